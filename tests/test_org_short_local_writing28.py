"""A commune's (district's) body written short after the text names it in full ("UBND xã Quảng An",
then "UBND xã") keeps that writing as one of its names, as it does when the short form comes first
(orgs28). Sentences written for these tests; the names are made up."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, SKOS

from kg.build import build_graph
from kg.vocab import KG

TEXT = ("Ông Trần Văn An, Chủ tịch UBND xã Quảng An, huyện Quảng Xương, tỉnh Thanh Hóa cho biết. "
        "Ngoài ra, ông Lê Văn Bình, Phó Chủ tịch UBND xã, cũng được cấp đất.")


def labels(tmp_path: Path, text: str) -> dict[str, set[str]]:
    """Each organization node's label, with all its names (preferred and other labels)."""
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    g = build_graph([str(f)]).graph
    return {str(g.value(o, RDFS.label)): {str(x) for p in (SKOS.prefLabel, SKOS.altLabel) for x in g.objects(o, p)}
            for o in g.subjects(RDF.type, KG.Organization)}


def test_the_short_writing_after_the_full_name_is_a_name_of_the_commune_s_committee(tmp_path: Path):
    got = labels(tmp_path, TEXT)
    assert "UBND xã" in got["Ủy ban nhân dân xã Quảng An"]
    assert "Ủy ban nhân dân" not in got
