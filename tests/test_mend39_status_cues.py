"""The status cues have one reader in the ground floor (kg.reference.status_cues), which the extractors' lexicon
and the resolver both use: "được" + a verb of choosing is derived there once, and a scope the rules do not know
stops the resolver as it stops the extractors. The tables written here are our own."""

from __future__ import annotations

import pytest

from kg import persons
from kg.loaders.extract import lexicon
from kg.reference import status_cues, tables
from kg.reference.tables import TableError


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A data folder of our own, with the readers' caches emptied before and after."""
    monkeypatch.setattr(tables, "data_dir", lambda: tmp_path)
    caches = (tables.table, status_cues.status_cue_rows, persons._link_phrases, persons._link_phrases_by_word)
    for c in caches:
        c.cache_clear()
    (tmp_path / "link_verbs.tsv").write_text("word\nlàm\ngiữ chức vụ\n", encoding="utf-8")
    (tmp_path / "selection_verbs.tsv").write_text("word\ntuyển chọn\n", encoding="utf-8")
    yield tmp_path
    for c in caches:
        c.cache_clear()


def test_the_lexicon_and_the_resolver_read_the_same_rows(data):
    (data / "status_cues.tsv").write_text("# cue\tstatus\tscope\nthôi giữ chức\tleft\t\n", encoding="utf-8")
    assert lexicon.status_cue_rows is status_cues.status_cue_rows
    assert [(c.cue, c.status, c.scope) for c in status_cues.status_cue_rows()] == [
        ("thôi giữ chức", "left", "clause"), ("được tuyển chọn", "appointed", "clause")]
    assert {" ".join(p) for p in persons._link_phrases()} == {
        "được tuyển chọn", "giữ chức vụ", "làm", "thôi giữ chức", "thôi giữ chức vụ"}


def test_a_scope_the_rules_do_not_know_stops_the_resolver_too(data):
    (data / "status_cues.tsv").write_text("# cue\tstatus\tscope\nvừa\tappointed\tbefore\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"^loaders/data/status_cues.tsv:2: scope 'before' is not one of "
                                           r"after, clause, prefix "):
        persons._link_phrases()
