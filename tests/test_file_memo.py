"""The file memo of a build with a store (kg.store.FileMemo): the files a build read go to the store
as soon as their reports are digested, and the memo then holds none of them (at 100,000 files this
build's and the last build's tables were ~90 MB held to the end of the build)."""

from __future__ import annotations

import json

from kg.store import STORE_NAME, FileMemo, Store


def test_a_saved_file_memo_holds_no_files_and_the_store_recalls_them(tmp_path):
    stamp = [1834, 1_733_000_000_123_456_789, None, "kg-bo-nhiem-a", "kg-bo-nhiem-a.txt"]
    with Store(tmp_path / STORE_NAME, version="v") as store:
        store.db.execute("INSERT INTO extraction VALUES ('d1', 'v', 'kg-bo-nhiem-a', x'', x'', x'')")
        memo = FileMemo({"/r/kg-bo-nhiem-a.txt": (json.dumps(stamp), "d1"),
                         "/r/kg-gone.txt": (json.dumps(stamp), "d2")})
        assert memo.recall("/r/kg-bo-nhiem-a.txt", stamp).digest == "d1"
        assert memo.recall("/r/kg-bo-nhiem-a.txt", [*stamp[:1], 0, *stamp[2:]]) is None  # touched: read again
        memo.save(store, {})
        assert memo.seen == [] and memo.known == {}
        assert store.sources() == {"/r/kg-bo-nhiem-a.txt": (json.dumps(stamp), "d1")}
