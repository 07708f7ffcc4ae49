"""The term convention applied to our own gold files (scripts/gold_conventions.py), on gold written by us."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "gold_conventions", Path(__file__).resolve().parent.parent / "scripts" / "gold_conventions.py")
gc = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(gc)


def _posts(gold: dict) -> list[tuple[str, str | None, str]]:
    return [(p["role"], p["organization"], p["status"]) for p in gold["persons"][0]["posts"]]


def test_a_career_line_over_a_list_of_terms_is_one_post_on_the_body_with_the_latest_terms_status():
    gold = {"persons": [{"name": "Lò Văn Thử", "posts": [
        {"role": "Uỷ viên", "organization": "Trung ương khoá IX", "status": "former"},
        {"role": "Uỷ viên", "organization": "Trung ương khoá X", "status": "holds"},
        {"role": "Đại biểu", "organization": "Quốc hội khoá XI", "status": "former"},
        {"role": "Đại biểu", "organization": "Quốc hội khoá XII", "status": "former"},
        {"role": "Giám đốc", "organization": "Sở Tư pháp", "status": "former"}]}]}
    text = ("Ông Lò Văn Thử, Uỷ viên Trung ương các khoá IX, X; đại biểu Quốc hội các khoá XI, XII; "
            "nguyên Giám đốc Sở Tư pháp.")
    out, changes = gc.apply(gold, text)
    assert _posts(out) == [("Uỷ viên", "Trung ương", "holds"), ("Đại biểu", "Quốc hội", "former"),
                           ("Giám đốc", "Sở Tư pháp", "former")]
    assert len(changes) == 2


def test_assembly_terms_written_apart_stay_one_post_per_term():
    """"Đại biểu Quốc hội khóa XI" in one sentence and "khóa XII" in another: the README's single-term case, twice."""
    gold = {"persons": [{"name": "Lò Văn Thử", "posts": [
        {"role": "Đại biểu", "organization": "Quốc hội khoá XI", "status": "former"},
        {"role": "Đại biểu", "organization": "Quốc hội khoá XII", "status": "former"}]}]}
    text = "Năm 2002 ông là đại biểu Quốc hội khoá XI. Năm 2007 ông tiếp tục trúng cử đại biểu Quốc hội khoá XII."
    out, changes = gc.apply(gold, text)
    assert _posts(out) == [("Đại biểu", "Quốc hội khoá XI", "former"), ("Đại biểu", "Quốc hội khoá XII", "former")]
    assert changes == []


def test_party_body_terms_written_apart_become_one_post():
    gold = {"persons": [{"name": "Lò Văn Thử", "posts": [
        {"role": "Uỷ viên", "organization": "Bộ Chính trị khoá XI", "status": "former"},
        {"role": "Uỷ viên", "organization": "Bộ Chính trị khoá XII", "status": "holds"}]}]}
    out, _ = gc.apply(gold, "Ông là Uỷ viên Bộ Chính trị khoá XI. Ông tái đắc cử Uỷ viên Bộ Chính trị khoá XII.")
    assert _posts(out) == [("Uỷ viên", "Bộ Chính trị", "holds")]


def test_a_party_body_loses_a_single_term_and_the_assembly_keeps_it():
    gold = {"persons": [{"name": "Lò Văn Thử", "posts": [
        {"role": "Ủy viên", "organization": "Bộ Chính trị khóa XII", "status": "holds"},
        {"role": "Ủy viên", "organization": "BCHTƯ khóa X", "status": "holds"},
        {"role": "Đại biểu", "organization": "Quốc hội khóa XIII", "status": "holds"},
        {"role": "Đại biểu", "organization": "HĐND tỉnh khóa IX", "status": "holds"}]}]}
    out, _ = gc.apply(gold)
    assert _posts(out) == [("Ủy viên", "Bộ Chính trị", "holds"), ("Ủy viên", "BCHTƯ", "holds"),
                           ("Đại biểu", "Quốc hội khóa XIII", "holds"), ("Đại biểu", "HĐND tỉnh khóa IX", "holds")]


def test_a_term_that_carries_an_event_stays_apart():
    """Sitting in one term and nominated for the next are two facts, not a career line."""
    gold = {"persons": [{"name": "Lò Văn Thử", "posts": [
        {"role": "Đại biểu", "organization": "Quốc hội khóa XIV", "status": "holds"},
        {"role": "Đại biểu", "organization": "Quốc hội khóa XV", "status": "nominated"}]}]}
    out, changes = gc.apply(gold)
    assert _posts(out) == [("Đại biểu", "Quốc hội khóa XIV", "holds"), ("Đại biểu", "Quốc hội khóa XV", "nominated")]
    assert changes == []


def test_terms_in_arabic_numerals_and_the_word_khoa_inside_a_name_are_read_right():
    assert gc.split_term("Ban chấp hành Trung ương Đảng khoá 12") == ("Ban chấp hành Trung ương Đảng", 12)
    assert gc.split_term("Khoa Luật") == ("Khoa Luật", None)
    assert gc.split_term(None) == (None, None)
