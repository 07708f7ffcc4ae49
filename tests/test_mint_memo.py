"""A build keeps the IRIs it minted in its store, and the next build of the same code looks them up
(:class:`kg.iris.MintMemo`): the IRIs, and so the output, are those minting gives."""

from __future__ import annotations

import shutil

import pytest

import kg.iris as iris
from kg.build import build
from kg.iris import MintMemo, mint, mint_once, remembering
from kg.store import STORE_NAME, Store
from tests.conftest import EXAMPLES

KEYS = [
    ("person", "Nguyễn Văn Bảy|Lạng Sơn", None),
    ("org", "Sở Tài chính|Lạng Sơn", "Sở Tài chính"),
    ("post", "https://w3id.org/vnkg/id/role/giam-doc-1a2b3c4d|https://w3id.org/vnkg/id/org/so-tai-chinh-5e6f7a8b",
     "Giám đốc Sở Tài chính"),
    ("org", "Tỉnh ủy|report vnexpress-0012", "Tỉnh ủy vnexpress-0012"),
]


def test_a_memo_gives_the_iris_minting_gives_and_keeps_each_key_it_used():
    plain = [mint_once(*k) for k in KEYS]
    with remembering(MintMemo()) as memo:
        assert [mint_once(*k) for k in KEYS] == plain
        assert [mint(*k) for k in KEYS] == plain  # mint's own cache was emptied: the memo sees its keys
    assert memo.table() == {k: str(i) for k, i in zip(KEYS, plain, strict=True)}


def test_a_key_of_the_last_builds_table_is_looked_up_not_minted(monkeypatch):
    with remembering(MintMemo()) as first:
        plain = [mint_once(*k) for k in KEYS]
    table = first.table()

    def refuse(*key):
        raise AssertionError(f"minted again: {key}")

    monkeypatch.setattr(iris, "_mint_once", refuse)
    with remembering(MintMemo(table)):
        got = [mint_once(*k) for k in KEYS]
    assert got == plain and all(type(i) is type(p) for i, p in zip(got, plain, strict=True))
    with remembering(MintMemo(table)), pytest.raises(AssertionError, match="minted again"):
        mint_once("person", "Trần Thị Mười|Cà Mau")  # not in the table: minted


def test_a_memo_stops_keeping_keys_at_its_limit(monkeypatch):
    monkeypatch.setattr(MintMemo, "LIMIT", 2)
    with remembering(MintMemo()) as memo:
        iris_ = [mint_once(*k) for k in KEYS]
    assert iris_ == [mint_once(*k) for k in KEYS]
    assert list(memo.table()) == KEYS[:2]


def test_the_table_of_another_code_version_is_not_read(tmp_path):
    with Store(tmp_path / STORE_NAME, version="old") as old:
        old.set_memo("minted", {KEYS[0]: "https://w3id.org/vnkg/id/person/x-00000000"})
        old.commit()
        assert old.memo("minted") == {KEYS[0]: "https://w3id.org/vnkg/id/person/x-00000000"}
    with Store(tmp_path / STORE_NAME, version="new") as new:
        assert new.memo("minted") == {}


def test_a_rebuild_with_the_stored_table_writes_the_bytes_of_a_build_without_a_store(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    out, clean = tmp_path / "out", tmp_path / "clean"
    build([str(corpus)], out)
    with Store(out / STORE_NAME) as store:
        table = store.memo("minted")
    assert any(k[0] == "person" for k in table)
    (corpus / "kg-added-report.txt").write_text(
        "Bổ nhiệm Phó Giám đốc Sở Tài chính\n\nNgày 5/4/2024, Chủ tịch UBND tỉnh Lạng Sơn trao quyết định bổ "
        "nhiệm bà Hoàng Thị Năm giữ chức Phó Giám đốc Sở Tài chính tỉnh Lạng Sơn.\n", encoding="utf-8")
    added = build([str(corpus)], out)
    assert added.extracted == 1
    build([str(corpus)], clean, use_store=False)
    for name in ("graph.ttl", "graph.trig", "summary.json", "redirects.tsv"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
