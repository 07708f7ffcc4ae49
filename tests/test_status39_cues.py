"""The one reader of the status cues (kg/reference/status_cues.status_cue_rows, which lexicon re-exports):
status_cues.tsv's rows, a scope it does not know refused with the file and line, and "được" + each verb of
choosing of selection_verbs.tsv read as an appointment without a row of its own. The tables written here are our own."""

from __future__ import annotations

import pytest

from kg.loaders.extract import lexicon
from kg.reference import tables
from kg.reference.tables import TableError


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A data folder of our own, with the readers' caches emptied before and after."""
    monkeypatch.setattr(tables, "data_dir", lambda: tmp_path)
    tables.table.cache_clear()
    lexicon.status_cue_rows.cache_clear()
    yield tmp_path
    tables.table.cache_clear()
    lexicon.status_cue_rows.cache_clear()


def test_a_verb_of_choosing_is_an_appointment_with_duoc(data):
    (data / "status_cues.tsv").write_text("# cue\tstatus\tscope\nnguyên\tformer\tprefix\nmiễn nhiệm\tleft\t\n",
                                          encoding="utf-8")
    (data / "selection_verbs.tsv").write_text("word\ntuyển chọn\n", encoding="utf-8")
    assert [(c.cue, c.status, c.scope) for c in lexicon.status_cue_rows()] == [
        ("nguyên", "former", "prefix"), ("miễn nhiệm", "left", "clause"), ("được tuyển chọn", "appointed", "clause")]
    assert lexicon.status_cue_keys("appointed") == ["được tuyển chọn"]


def test_a_scope_the_rules_do_not_know_names_the_line(data):
    (data / "status_cues.tsv").write_text("# cue\tstatus\tscope\nnguyên\tformer\tprefix\nvừa\tappointed\tbefore\n",
                                          encoding="utf-8")
    (data / "selection_verbs.tsv").write_text("word\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"^loaders/data/status_cues.tsv:3: scope 'before' is not one of "
                                           r"after, clause, prefix "):
        lexicon.status_cue_rows()
