"""The one reader of kg's data tables: every table reads, and a broken cross-reference stops kg
with one line naming the file, the line and the value."""

from __future__ import annotations

import pytest

from kg.reference import tables
from kg.reference.tables import Ref, Schema, TableError, data_dir, table


def test_every_data_table_reads_and_its_references_hold():
    names = sorted(p.name for p in data_dir().iterdir() if p.suffix in (".tsv", ".txt"))
    assert "provinces.tsv" in names and "organizations.tsv" in names
    for name in names:
        assert len(table(name)) > 0, name


def test_headerless_tables_get_their_declared_columns():
    row = next(r for r in table("organizations.tsv") if r["id"] == "bo_chinh_tri")
    assert (row["canonical"], row["parent"]) == ("Bộ Chính trị", "bch_tw")


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A data folder of our own, with the reader's cache emptied before and after."""
    monkeypatch.setattr(tables, "data_dir", lambda: tmp_path)
    table.cache_clear()
    yield tmp_path
    table.cache_clear()


def test_a_reference_to_nothing_names_the_file_and_line(data, monkeypatch):
    (data / "units.tsv").write_text("# units\nid\tparent\nban\t\nso\tubnd\n", encoding="utf-8")
    monkeypatch.setitem(tables.SCHEMAS, "units.tsv", Schema(refs=(Ref("parent", "units.tsv", "id"),)))
    with pytest.raises(TableError, match=r"^loaders/data/units.tsv:4: parent 'ubnd' is not a id of "):
        table("units.tsv")


def test_a_written_name_may_refer_in_any_tone_style(data, monkeypatch):
    (data / "regions.tsv").write_text("name\talt\nHòa Bình\t\n", encoding="utf-8")
    (data / "outlets.tsv").write_text("outlet\tprovince\nBáo Hoà Bình\tHoà Bình\n", encoding="utf-8")
    monkeypatch.setitem(tables.SCHEMAS, "outlets.tsv",
                        Schema(refs=(Ref("province", "regions.tsv", "name", also=("alt",), folded=True),)))
    assert table("outlets.tsv").rows[0]["province"] == "Hoà Bình"


def test_a_missing_table_is_named(data):
    with pytest.raises(TableError, match="loaders/data/nothing.tsv: no such data table"):
        table("nothing.tsv")


def test_cells_keep_a_no_break_space(data):
    (data / "bytes.tsv").write_text("bytes\tunicode\n20\t\u00a0\n", encoding="utf-8")
    assert table("bytes.tsv").rows[0]["unicode"] == "\u00a0"


def test_a_status_the_ontology_does_not_know_names_the_line(data):
    (data / "status_cues.tsv").write_text("# cue\tstatus\tscope\nnguyên\tformer\tprefix\nvừa\tjust\tprefix\n",
                                          encoding="utf-8")
    with pytest.raises(TableError, match=r"^loaders/data/status_cues.tsv:3: status 'just' is not one of appointed, "):
        table("status_cues.tsv")


@pytest.mark.parametrize("module", ["kg.reference.tables", "kg.reference.places", "kg.reference.documents",
                                    "kg.reference.numerals", "kg.vocab"])
def test_the_examples_in_the_ground_floor_modules_hold(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_one_reader_of_terms_for_every_stage():
    """"khóa XIII", "khóa 13" and the evaluator's numerals go through kg.reference.numerals."""
    from kg.reference.numerals import is_term_value, read_term, to_roman

    assert [read_term(w) for w in ("XIII", "13", "xiii", "Xe")] == [13, 13, None, None]
    assert [is_term_value(w) for w in ("XIII", "13", "130", "học")] == [True, True, False, False]
    assert [to_roman(n) for n in (9, 14, 4)] == ["IX", "XIV", "IV"]
