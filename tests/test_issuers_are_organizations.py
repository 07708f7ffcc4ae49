"""issuers.tsv (who issues documents) names each issuing body by its organizations.tsv row, and the
body's names come from there: a document's issuer and the body of a post are one node, named alike.

Every phrase of a central issuer, read in a sentence by the organizations component, is the body of
the issuer's name; the few phrases it reads otherwise are listed here, each with why."""

from __future__ import annotations

import pytest

from kg.loaders.build import build_report
from kg.loaders.extract import doc_tables
from kg.loaders.extract.directives import find_directives
from kg.loaders.extract.doc_tables import issuer_names, tables
from kg.loaders.extract.pipeline import extract
from kg.reference import tables as reference
from kg.reference.tables import TableError, table
from kg.textkey import key

from .fixtures_directives import make_doc

# Not bodies but offices (a person's title), or a bare word that is a body only after a title.
NOT_BODIES = {"Thủ tướng", "Thủ tướng Chính phủ", "Chủ tịch nước", "Trung ương"}
# Read otherwise by the organizations component (an issuer found in the text is the organization
# the officials component reads; only an issuer it does not read takes the issuers table's name).
KNOWN_APART = {
    "Văn phòng Trung ương": "read as 'Văn phòng Trung ương', the issuer is 'Văn phòng Trung ương Đảng'",
}

CENTRAL = [(i.vi, phrase) for i in tables().issuers if i.level == "central" and i.org
           for phrase in i.phrases if phrase not in NOT_BODIES and phrase not in KNOWN_APART]


def _organizations(sentence: str):
    report = build_report(report_id="r", source_file="r.txt", text=sentence, encoding="utf-8",
                          meta={"date": "2020-01-02"}, title_from_first_line=False)
    return extract(report)


@pytest.mark.parametrize(("canonical", "written"), CENTRAL)
def test_a_central_issuer_is_read_as_the_body_of_its_name(canonical, written):
    names = {o.written: o.name for o in _organizations(f"Theo văn bản của {written} ban hành.").organizations}
    assert written in names and key(names[written]) == key(canonical)


def test_a_bodys_names_are_those_organizations_tsv_gives_it():
    """A row of its own gives its names; a kind that takes a field or a suffix builds them."""
    by_code = tables().issuer_by_code
    assert (by_code["bct"].vi, by_code["bct"].en) == ("Bộ Công Thương", "Ministry of Industry and Trade")
    assert (by_code["btctw"].vi, by_code["btctw"].en) == (
        "Ban Tổ chức Trung ương", "Organisation Commission of the Party Central Committee")
    # the official names (Nghị định 56/2022/NĐ-CP; Hiến pháp 2013, Điều 107): "vận tải", "kiểm sát"
    assert by_code["bgtvt"].vi == "Bộ Giao thông vận tải"
    assert by_code["vksndtc"].vi == "Viện kiểm sát nhân dân tối cao"
    assert by_code["đu"].vi == "Đảng ủy"  # read only with a place after it: the row's own name


def test_only_an_office_has_no_body_and_writes_its_english():
    offices = {i.vi: i.en for i in tables().issuers if not i.org}
    assert offices == {"Thủ tướng Chính phủ": "Prime Minister", "Chủ tịch nước": "President"}


def test_every_issuer_is_named():
    """The names are read lazily; a first phrase the organizations rules read as another kind would
    stop kg on the first report that needs it, so every row is read here."""
    assert all(issuer_names(i)[0] for i in tables().issuers)


def test_the_youth_unions_central_committee_is_read_whole():
    sentence = "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh họp phiên thường kỳ."
    written = {o.written for o in _organizations(sentence).organizations}
    assert "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" in written


# --- the same issuer as before issuers.tsv lost its own names ------------------------------------

def test_a_party_symbol_and_the_issuer_phrase_after_it():
    (d,) = find_directives(*_parts(make_doc("Tỉnh ủy quán triệt Kết luận số 62-KL/TW của Bộ Chính trị.")))
    assert (d.issuer_code, d.issuer.name, d.issuer.name_en, d.issuer.scope) == (
        "TW", "Bộ Chính trị", "Politburo", "national")


def test_the_officials_reading_of_the_issuer_phrase_is_kept():
    extraction = _organizations("Tỉnh ủy quán triệt Kết luận số 62-KL/TW của Bộ Chính trị khóa XII.")
    (d,) = extraction.directives
    assert (d.issuer_code, d.issuer.name, d.issuer.kind, d.term) == ("TW", "Bộ Chính trị", "bo_chinh_tri", 12)


def test_an_issuer_phrase_before_the_document():
    (d,) = find_directives(*_parts(make_doc("Bộ Nội vụ vừa ban hành Thông tư số 01/2011/TT-BNV.")))
    assert (d.issuer_code, d.issuer.name, d.issuer.name_en) == ("BNV", "Bộ Nội vụ", "Ministry of Home Affairs")


def test_an_office_as_issuer():
    (d,) = find_directives(*_parts(make_doc("Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ được công bố.")))
    assert (d.issuer_code, d.issuer.name, d.issuer.name_en) == ("TTg", "Thủ tướng Chính phủ", "Prime Minister")


def _parts(doc):
    return doc.report, doc.extraction


# --- the table's cross-references ---------------------------------------------------------------

@pytest.fixture
def data(tmp_path, monkeypatch):
    """A data folder of our own, with the readers' caches emptied before and after."""
    monkeypatch.setattr(reference, "data_dir", lambda: tmp_path)
    table.cache_clear()
    doc_tables.tables.cache_clear()
    yield tmp_path
    table.cache_clear()
    doc_tables.tables.cache_clear()


REAL = reference.data_dir()
ORGS = ("# id\tcategory\tlevel\tcanonical\tenglish\tforms\tparent\ttakes\tflags\tsuffix\n"
        "bo_chinh_tri\tparty\tcentral\tBộ Chính trị\tPolitburo\tBộ Chính trị\t\t\talone\t\n")


def test_an_issuer_naming_an_unknown_body_stops_the_reading(data):
    (data / "organizations.tsv").write_text(ORGS, encoding="utf-8")
    (data / "issuers.tsv").write_text("# issuers\ncodes\torg\tphrases\tenglish\tsystem\tlevel\n"
                                      "\tbo_chinh_tri\tBộ Chính trị\t\tparty\tcentral\n"
                                      "\tban_bi_thu\tBan Bí thư\t\tparty\tcentral\n", encoding="utf-8")
    with pytest.raises(TableError) as caught:
        table("issuers.tsv")
    assert str(caught.value) == ("loaders/data/issuers.tsv:4: org 'ban_bi_thu' is not a id of "
                                 "loaders/data/organizations.tsv")


def test_an_issuer_with_neither_body_nor_english_stops_the_reading(data):
    for name in ("terms.tsv", "directive_relations.tsv", "document_types.tsv"):
        (data / name).write_text((REAL / name).read_text(encoding="utf-8"), encoding="utf-8")
    (data / "organizations.tsv").write_text(ORGS, encoding="utf-8")
    (data / "issuers.tsv").write_text("# issuers\ncodes\torg\tphrases\tenglish\tsystem\tlevel\n"
                                      "TTg\t\tThủ tướng Chính phủ\t\tstate\tcentral\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"^loaders/data/issuers.tsv:3: an issuer needs its phrases and either"):
        doc_tables.tables()
