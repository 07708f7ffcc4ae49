"""Bad input: each bad file gets exactly one one-line error naming it, and the rest still load."""

from __future__ import annotations

import io

import pytest

from kg.loaders import LoadError, iter_load, load

GOOD = "Tỉnh ủy tổ chức Hội nghị sơ kết công tác dân vận năm 2012.\n"


def _one_error(write, name: str, content: str | bytes, **kwargs) -> str:
    """Load a bad file beside a good one; return the bad file's single error line."""
    good = write("good.txt", GOOD)
    bad = write(name, content)
    result = load([str(good), str(bad)], **kwargs)
    assert [r.id for r in result.reports] == ["good"]
    assert len(result.errors) == 1
    line = str(result.errors[0])
    assert line.startswith(f"{bad}: ") and "\n" not in line
    return line


def test_missing_path(write):
    good = write("good.txt", GOOD)
    result = load([str(good), "no/such/report.txt"])
    assert [str(e) for e in result.errors] == ["no/such/report.txt: no such file or directory"]
    assert len(result.reports) == 1


def test_glob_matching_nothing(write):
    result = load([str(write("good.txt", GOOD).parent / "*.html")])
    assert result.reports == [] and result.errors[0].message == "no file matches this pattern"


def test_empty_file(write):
    assert _one_error(write, "empty.txt", b"").endswith(": empty file")


def test_file_with_only_white_space_and_invisible_characters(write):
    assert _one_error(write, "blank.txt", " \n\u200b\u00a0\n").endswith("empty file (no text)")


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("scan.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        ("photo2.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        ("bundle.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "a zip archive"),
        ("blob.txt", b"abc\x00\x01\x02\x03def\x00\x00\x17\x00\x99", "contains NUL bytes"),
        ("words.txt", bytes([1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0]) * 8, "contains NUL bytes"),
        ("page.html", b"%PDF-1.7\n", "a PDF file"),
    ],
)
def test_binary_files_are_refused_by_their_bytes_not_their_name(write, name, content, what):
    line = _one_error(write, name, content)
    assert "binary file" in line and what in line


def test_file_over_the_size_limit(write):
    content = (GOOD * 200).encode("utf-8")
    line = _one_error(write, "huge.txt", content, max_bytes=2_000)
    assert line.endswith(f": file is {len(content) / 1000:.1f} kB, over the 2.0 kB limit (kg build --max-size)")


def test_standard_input_over_the_size_limit():
    result = load(["-"], stdin=io.BytesIO(b"x" * 101), max_bytes=100)
    assert [str(e) for e in result.errors] == ["-: standard input is over the 100 bytes limit (kg build --max-size)"]


def test_undecodable_bytes_in_a_utf8_file(write):
    data = (GOOD * 5).encode("utf-8")
    broken = data[:40] + b"\xff\xfe\xfa" + data[40:]
    line = _one_error(write, "broken.txt", broken)
    assert "undecodable bytes: invalid UTF-8 at byte 40" in line


def test_malformed_sidecar_json_refuses_that_report(write):
    write("bad.json", '{"title": "Hội nghị", "date": 2012-12-18}')
    line = _one_error(write, "bad.txt", GOOD)
    assert "sidecar bad.json: malformed JSON at line 1 column" in line


def test_sidecar_that_is_not_an_object(write):
    write("list.json", '["Hội nghị"]')
    assert "sidecar list.json: expected a JSON object" in _one_error(write, "list.txt", GOOD)


def test_malformed_jsonl_line_is_an_error_for_that_line_only(write):
    path = write(
        "batch.jsonl",
        '{"text": "Tỉnh ủy họp.", "title": "Một"}\n'
        '{"text": "Thiếu dấu đóng", "title": \n'
        "\n"
        '["not", "an", "object"]\n'
        '{"title": "no text"}\n'
        '{"text": "   "}\n'
        '{"text": "UBND tỉnh họp.", "date": "2012-12-18"}\n',
    )
    result = load([str(path)])
    assert [r.id for r in result.reports] == ["batch-1", "batch-7"]
    assert [e.message.split(":")[0] for e in result.errors] == ["line 2", "line 4", "line 5", "line 6"]
    assert "malformed JSON" in result.errors[0].message
    assert all(e.path == str(path) for e in result.errors)


def test_a_raw_nul_byte_loses_only_its_own_jsonl_record(write):
    path = write("batch.jsonl", '\x00\n\x00{"text": "Tỉnh ủy họp."}\n{"text": "UBND tỉnh họp."}\n')
    result = load([str(path)])
    assert [r.id for r in result.reports] == ["batch-3"]
    assert [e.message for e in result.errors] == [
        "line 1: a raw NUL byte (JSON escapes it as \\u0000)",
        "line 2: a raw NUL byte (JSON escapes it as \\u0000)",
    ]


def test_a_binary_file_named_jsonl_is_still_one_line(write):
    path = write("junk.jsonl", bytes(range(256)) * 40)
    result = load([str(path)])
    assert result.reports == [] and [e.message for e in result.errors] == ["binary file (contains NUL bytes), not text"]


@pytest.mark.parametrize(
    "body",
    [
        "",
        "<nav>Trang chủ | Thời sự | Kinh tế</nav>",
        "<div><a href=/a>Thời sự</a> <a href=/b>Kinh tế</a></div>"
        "<footer>Bản quyền © Báo Ninh Thuận. Địa chỉ: 123 đường Thống Nhất</footer>",
    ],
)
def test_html_with_no_article_text(write, body):
    html = f"<html><head><title>Trang chủ</title></head><body>{body}</body></html>"
    assert _one_error(write, "empty.html", html).endswith("HTML page with no article text")


def test_front_matter_never_closed(write):
    assert "never closed" in _one_error(write, "fm.txt", "---\ntitle: Hội nghị\n\nNgày 18-12 ...")


def test_explicit_file_with_an_unknown_extension(write):
    line = _one_error(write, "report.docx", b"PK\x03\x04")
    assert "unsupported file type '.docx'" in line


def test_unknown_extensions_inside_a_directory_are_ignored_not_errors(write):
    write("dir/a.txt", GOOD)
    write("dir/a.json", '{"title": "A"}')
    write("dir/notes.md", "# notes")
    write("dir/roster.csv", "name,post\n")
    write("dir/scan.pdf", b"%PDF-1.4")
    result = load([str(write("dir/b.txt", GOOD).parent)])
    assert [r.id for r in result.reports] == ["a", "b"] and result.errors == []


def test_empty_standard_input():
    result = load(["-"], stdin=io.BytesIO(b""))
    assert result.errors == [LoadError("-", "empty input")]


def test_many_bad_files_never_raise_and_each_gets_one_line(write):
    names = {
        "e.txt": b"", "p.txt": b"%PDF-1.4", "z.htm": b"PK\x03\x04", "n.txt": b"\x00\x01\x02\x00",
        "j.jsonl": b"not json\n",
    }
    paths = [str(write(n, c)) for n, c in names.items()]
    result = load([*paths, "missing.txt"])
    assert result.reports == []
    assert len(result.errors) == len(names) + 1


def test_a_sidecar_named_on_its_own_is_explained(write):
    line = _one_error(write, "meta.json", '{"title": "Hội nghị"}')
    assert "sidecar" in line and "not a report" in line


def test_iter_load_streams_reports_and_errors_in_input_order(write):
    a = write("a.txt", GOOD)
    b = write("b.jsonl", '{"text": "Một."}\nnot json\n{"text": "Ba."}\n')
    out = list(iter_load([str(a), "missing.txt", str(b)]))
    assert [o.id if not isinstance(o, LoadError) else str(o) for o in out] == [
        "a", "missing.txt: no such file or directory", "b-1",
        f"{b}: line 2: malformed JSON at column 1: Expecting value", "b-3"]
