"""The loader's sentence split finds a sentence's end marks with one branch per first mark
("\\.[.!?]*|![.!?]*|\\?[.!?]*|…"), which ``re`` looks for as those characters instead of trying the
pattern at every character; it must end the same sentences as the plain run of marks ("[.!?]+|…").
The texts are our own, each written around a run of marks the two could read differently."""

from __future__ import annotations

import re

import pytest

from kg.loaders.sentences import _END, split_sentences

# The pattern as it was written before: a run of marks, or an ellipsis.
_PLAIN_END = re.compile(r"(?P<punct>[.!?]+|…)[\"'”’»)\]]*(?P<ws>\s+)(?=(?P<next>\S))")

TEXTS = [
    "Hội nghị bế mạc. Ông A phát biểu! Bà B hỏi? Xong…",
    "Thật sao?! Ông A trả lời... Bà B nói tiếp.. Ông C cảm ơn?. Hết.",
    "Hội nghị…. Ông A dự. Bà B…… Ông C dự…! Bà D.",
    "Ông A nói: “Đoàn kết.” Bà B đáp (đồng ý.) Ông C hỏi ‘vì sao?’ Hết!",
    "TP. Hồ Chí Minh. Nguyễn V. Anh dự. 1. Tỉnh ủy họp. IV. Kết luận.",
    "Câu một.\tCâu hai!\u00a0Câu ba?  – Câu bốn. “Câu năm.” 2024 là năm.",
    "...",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_end_marks_match_where_the_run_of_marks_matched(text):
    def spans(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], ...]]:
        return [(m.span(), m.span("punct"), m.span("ws"), m.span("next")) for m in pattern.finditer(text)]

    assert spans(_END) == spans(_PLAIN_END)


def test_a_run_of_marks_ends_one_sentence_and_an_ellipsis_its_own():
    text = "Thật sao?! Ông A trả lời… Bà B nói.. Hết."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Thật sao?!", "Ông A trả lời…", "Bà B nói..", "Hết."]
