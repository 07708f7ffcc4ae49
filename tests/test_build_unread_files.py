"""A rebuild trusts a report file whose path, size and mtime_ns are unchanged: it is not read again.

The rule (docs/scale.md): same path, same size and same mtime_ns (and the same for the file's
.json sidecar) -> the stored digest and extraction are used without reading the file; any change of
size or mtime reads and hashes it as a clean build does; ``rehash=True`` (``kg build --rehash``) or
no store reads every file. The output is always the clean build's.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.build import build
from kg.loaders import readers

NAMES = ("kg-bo-nhiem-a", "kg-bo-nhiem-b", "kg-bo-nhiem-c")
TEXTS = {
    "kg-bo-nhiem-a": "Bổ nhiệm Giám đốc Sở Tài chính\n\nNgày 3/3/2024, Chủ tịch UBND tỉnh Lạng Sơn đã trao quyết "
                     "định bổ nhiệm ông Trần Văn Bảy giữ chức Giám đốc Sở Tài chính tỉnh Lạng Sơn.\n",
    "kg-bo-nhiem-b": "Bổ nhiệm Giám đốc Sở Xây dựng\n\nNgày 5/4/2024, UBND tỉnh Cao Bằng tổ chức hội nghị công bố "
                     "quyết định bổ nhiệm bà Hoàng Thị Tám giữ chức Giám đốc Sở Xây dựng tỉnh Cao Bằng.\n",
    "kg-bo-nhiem-c": "Bổ nhiệm Chánh Văn phòng\n\nNgày 9/5/2024, Chủ tịch UBND tỉnh Hà Giang đã trao quyết định "
                     "bổ nhiệm ông Vi Văn Chín giữ chức Chánh Văn phòng UBND tỉnh Hà Giang.\n",
}
OUTPUTS = ("graph.ttl", "graph.trig", "summary.json")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in NAMES:
        (folder / f"{name}.txt").write_text(TEXTS[name], encoding="utf-8")
    return folder


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The names of the report files the loader reads (sidecars are read through the same reader)."""
    seen: list[str] = []
    real = readers.read_bytes

    def counting(path: Path, max_bytes: int) -> bytes:
        seen.append(Path(path).name)
        return real(path, max_bytes)

    monkeypatch.setattr(readers, "read_bytes", counting)
    return seen


def outputs(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in OUTPUTS}


def clean_build(corpus: Path, out: Path) -> dict[str, bytes]:
    build([str(corpus)], out, jobs=1, use_store=False)
    return outputs(out)


def test_an_unchanged_file_is_not_read_on_rebuild(corpus, tmp_path, reads):
    out = tmp_path / "out"
    build([str(corpus)], out, jobs=1)
    assert sorted(reads) == [f"{n}.txt" for n in NAMES]  # the first build reads every file
    reads.clear()
    (out / "graph.ttl").write_text("edited", encoding="utf-8")  # make the rebuild write everything again
    outcome = build([str(corpus)], out, jobs=1)
    assert reads == [] and outcome.extracted == 0
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")


def test_a_file_with_a_new_size_or_mtime_is_read_again_and_its_new_facts_are_built(corpus, tmp_path, reads):
    out = tmp_path / "out"
    build([str(corpus)], out, jobs=1)
    a, b = corpus / "kg-bo-nhiem-a.txt", corpus / "kg-bo-nhiem-b.txt"
    st = a.stat()
    # Edited within the same mtime: the size tells.
    a.write_text(TEXTS["kg-bo-nhiem-a"].replace("Trần Văn Bảy", "Trần Văn Bảy Mươi"), encoding="utf-8")
    os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns))
    # Touched, the same size: the mtime tells (the content is the same, so nothing is extracted).
    os.utime(b, ns=(b.stat().st_atime_ns, b.stat().st_mtime_ns + 1_000_000_000))
    reads.clear()
    outcome = build([str(corpus)], out, jobs=1)
    assert sorted(reads) == ["kg-bo-nhiem-a.txt", "kg-bo-nhiem-b.txt"]
    assert outcome.extracted == 1
    assert "Trần Văn Bảy Mươi" in (out / "graph.ttl").read_text(encoding="utf-8")
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")
    reads.clear()
    build([str(corpus)], out, jobs=1)  # the new stamps are remembered: nothing is read a third time
    assert reads == []


def test_a_removed_files_facts_go(corpus, tmp_path, reads):
    out = tmp_path / "out"
    build([str(corpus)], out, jobs=1)
    assert "Vi Văn Chín" in (out / "graph.ttl").read_text(encoding="utf-8")
    (corpus / "kg-bo-nhiem-c.txt").unlink()
    reads.clear()
    outcome = build([str(corpus)], out, jobs=1)
    assert reads == [] and outcome.reports == 2
    assert "Vi Văn Chín" not in (out / "graph.ttl").read_text(encoding="utf-8")
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")


def test_a_new_sidecar_is_noticed(corpus, tmp_path, reads):
    out = tmp_path / "out"
    build([str(corpus)], out, jobs=1)
    (corpus / "kg-bo-nhiem-b.json").write_text('{"title": "Tin Cao Bằng", "date": "2024-04-06"}', encoding="utf-8")
    reads.clear()
    build([str(corpus)], out, jobs=1)
    assert sorted(reads) == ["kg-bo-nhiem-b.json", "kg-bo-nhiem-b.txt"]
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")


def test_rehash_reads_every_file(corpus, tmp_path, reads):
    out = tmp_path / "out"
    build([str(corpus)], out, jobs=1)
    reads.clear()
    build([str(corpus)], out, jobs=1, rehash=True)
    assert sorted(reads) == [f"{n}.txt" for n in NAMES]


def test_a_file_name_that_is_not_utf8_is_remembered_and_not_read_again(tmp_path, reads):
    folder = os.fsencode(tmp_path / "corpus")
    os.mkdir(folder)
    with open(folder + b"/b\xe1o-c\xe1o.txt", "wb") as f:  # Latin-1 bytes in the name: not UTF-8
        f.write(TEXTS["kg-bo-nhiem-a"].encode())
    out = tmp_path / "out"
    build([os.fsdecode(folder)], out, jobs=1)  # the store keeps the name as its file-system bytes
    reads.clear()
    outcome = build([os.fsdecode(folder)], out, jobs=1)
    assert reads == [] and outcome.extracted == 0
