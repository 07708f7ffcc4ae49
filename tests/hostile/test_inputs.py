"""Hostile inputs, one example per class that once gave a traceback, lost reports or wrote a bad graph.

Each test states the input and the guarantee: the input loads (or gets one line naming it), the
other inputs still load, and what reaches the graph is valid (Turtle that parses, no impossible date).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from rdflib import Graph

from kg.graph import build_dataset, serialize_turtle
from kg.loaders import load
from kg.loaders.extract.pipeline import extract
from kg.resolve import resolve
from tests.conftest import REPO

CATEGORY = 'Tracebacks and silent loss on hostile input'  # its heading in docs/reliability.md

SENTENCE = "Ông Nguyễn Văn An, Bí thư Tỉnh ủy Bình Định, phát biểu tại hội nghị ngày 18/12/2012."


def kg(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=REPO, **kw)


def _turtle(reports) -> str:
    extractions = [extract(r) for r in reports]
    ttl = serialize_turtle(build_dataset(extractions, resolve(extractions)).union())
    Graph().parse(data=ttl, format="turtle")
    return ttl.decode("utf-8")


def test_a_lone_surrogate_in_a_sidecar_value_becomes_a_replacement_character(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "a.json").write_text('{"title": "Tin \\ud800 mới", "note": {"x\\udfff": "\\ud800"}}', encoding="utf-8")
    result = load([str(tmp_path)])
    assert result.errors == []
    assert result.reports[0].title == "Tin \ufffd mới"
    assert "Tin \ufffd mới" in _turtle(result.reports)


def test_a_lone_surrogate_in_a_json_lines_record_loads_that_record(tmp_path):
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": SENTENCE + " \ud800", "title": "\udc80"}) + "\n",
                                      encoding="utf-8")
    result = load([str(tmp_path / "b.jsonl")])
    assert result.errors == [] and result.reports[0].text.endswith("\ufffd")
    _turtle(result.reports)


def test_a_file_name_that_is_not_utf8_builds_with_a_replacement_character(tmp_path):
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(folder + b"/b\xe1o-c\xe1o.txt", "wb") as f:  # Latin-1 bytes: not UTF-8
        f.write(SENTENCE.encode())
    r = kg("build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-html")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "b\ufffdo-c\ufffdo.txt" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_an_impossible_metadata_date_is_dropped_with_one_warning_naming_the_file(tmp_path):
    (tmp_path / "c.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "c.json").write_text('{"date": "2023-02-29"}', encoding="utf-8")
    r = kg("build", str(tmp_path / "c.txt"), "--out", str(tmp_path / "out"), "--no-html")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    warnings = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(warnings) == 1 and "c.txt" in warnings[0] and "2023-02-29" in warnings[0]
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "2023-02-29" not in ttl and '"2012-12-18"^^xsd:date' in ttl  # the lead's date instead


def test_an_impossible_date_in_the_text_is_no_date(tmp_path):
    (tmp_path / "d.txt").write_text("Sáng 31/2/2012, Tỉnh ủy Bình Định họp. Ngày 29/2/2023, UBND tỉnh họp.",
                                    encoding="utf-8")
    result = load([str(tmp_path)])
    assert result.reports[0].published is None
    ttl = _turtle(result.reports)
    assert "-02-31" not in ttl and "2023-02-29" not in ttl


def test_closed_standard_input_is_one_line(tmp_path):
    r = kg("build", "-", "--out", str(tmp_path / "out"), stdin=None, preexec_fn=lambda: os.close(0))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "-: standard input is closed" in r.stderr


def test_a_record_nested_ten_thousand_deep_loses_only_itself(tmp_path):
    deep = '{"text": "x", "a": ' + "[" * 10_000 + "]" * 10_000 + "}"
    lines = [json.dumps({"text": SENTENCE}), deep, json.dumps({"text": SENTENCE + " Hai."})]
    (tmp_path / "e.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = load([str(tmp_path / "e.jsonl")])
    assert [r.id for r in result.reports] == ["e-1", "e-3"]
    assert [str(e) for e in result.errors] == [f"{tmp_path / 'e.jsonl'}: line 2: JSON nested too deeply"]


def test_line_and_paragraph_separators_inside_json_strings_do_not_split_a_record(tmp_path):
    text = f"{SENTENCE}\u2028Dòng hai.\u2029Đoạn ba.\x85Hết."
    (tmp_path / "f.jsonl").write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = load([str(tmp_path / "f.jsonl")])
    assert result.errors == [] and len(result.reports) == 1
    assert result.reports[0].text.endswith("Dòng hai.\nĐoạn ba.\nHết.")


def test_an_unreadable_sub_folder_is_one_line_and_the_rest_loads(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "g.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):  # root reads any folder, so the refusal is simulated where os.walk asks
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = load([str(tmp_path)])
    assert [r.id for r in result.reports] == ["g"]
    assert [str(e) for e in result.errors] == [f"{tmp_path / 'locked'}: folder cannot be read: permission denied"]


def test_a_255_byte_file_name_loads_although_its_sidecar_name_would_be_too_long(tmp_path):
    name = "b" * 251 + ".txt"
    (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    result = load([str(tmp_path)])
    assert result.errors == [] and len(result.reports) == 1


def test_a_page_nested_deeper_than_the_html_parser_goes_still_gives_its_article(tmp_path):
    html = ("<html><head><title>Tin</title></head><body>" + "<div>" * 3000 + f"<p>{SENTENCE} {SENTENCE}</p>"
            + "</div>" * 3000 + "</body></html>")
    (tmp_path / "h.html").write_text(html, encoding="utf-8")
    result = load([str(tmp_path / "h.html")])
    assert result.errors == [] and result.reports[0].text.startswith(SENTENCE)
    assert result.reports[0].title == "Tin"


def test_viz_refuses_a_date_that_does_not_exist(tmp_path):
    from tests.conftest import EXAMPLES

    assert kg("build", str(EXAMPLES), "--out", str(tmp_path / "out"), "--no-html").returncode == 0
    for value in ("9999-99-99", "2023-02-29", "2012-13"):
        r = kg("viz", str(tmp_path / "out"), "--from", value, "--out", str(tmp_path / "v.html"))
        assert r.returncode == 2
        assert r.stderr.strip() == f"kg viz: not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)"
