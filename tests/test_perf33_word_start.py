"""Cue patterns that stand at a word's start test it after their first letter, not by a look-behind in front
(perf33: a speed change). ``re`` tries a pattern that opens with ``(?<![\\w])`` at every character it searches;
one that opens with its words' first letters is looked for by a C loop and tried only where such a letter is
written. doc_tables.whole_words (every status and career rule's cue table, and the gate that searches a whole
report in sentences.posts_by_sentence) and the verb and cue patterns of events (searched over whole sentences by
_participants and the organizer's rules, and over whole reports) are written so. The matches are the same (the
old forms below, on sentences in the shape of real ones), and so are the facts of a report (the last test,
before and after)."""

from __future__ import annotations

import re

import pytest

from kg.loaders.extract import events
from kg.loaders.extract.doc_tables import alternation, whole_words
from kg.loaders.extract.pipeline import extract
from kg.model import Report

# Cue words at the start of the text, after a digit, glued to a word before and after, after "_", and at the end.
_TEXTS = (
    "thôi giữ chức Phó Chủ tịch, ông A đã thôichức; 5thôi giữ chức, x_miễn nhiệm và miễn nhiệm",
    "Ngày 3/4, HĐND tỉnh bầu bổ sung ông B giữ chức Phó Chủ tịch UBND tỉnh, bầubổ sung, tái bầu, được bầu",
    "Đồng chí C chủ trì hội nghị; phó chủ trì; Đồng chí D phát biểu chỉ đạo, xphát biểu, phát biểu",
)


def _old_whole_words(words: list[str]) -> re.Pattern[str]:
    """whole_words as written before perf33: the look-behind in front of the words."""
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])")


@pytest.mark.parametrize("words", [
    ["thôi", "thôi giữ chức", "miễn nhiệm"],
    ["bầu", "bầu bổ sung", "được bầu"],
    ["chủ trì", "phát biểu", "phát biểu chỉ đạo"],
    [],
])
def test_whole_words_matches_what_the_look_behind_in_front_matched(words: list[str]) -> None:
    new, old = whole_words(words), _old_whole_words(words)
    for text in _TEXTS:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        for start in range(len(text)):  # a search from inside the text sees the characters before it
            for end in (start + 12, len(text)):
                a, b = new.search(text, start, end), old.search(text, start, end)
                assert (a and a.span()) == (b and b.span()), (text, start, end)


def test_whole_words_gives_these_spans() -> None:
    found = [m.group() for m in whole_words(["thôi", "thôi giữ chức", "miễn nhiệm"]).finditer(_TEXTS[0])]
    assert found == ["thôi giữ chức", "miễn nhiệm"]  # not glued, not after "5" nor "_"


def test_whole_words_opens_with_the_words_letters() -> None:
    # fails before perf33: the pattern opened with (?<![\w]), tried at every character
    assert not whole_words(["thôi giữ chức", "miễn nhiệm"]).pattern.startswith("(?<!")


_CHANGED = ("_CHAIR", "_SPEAK", "_DEBATE", "_FLOOR", "_PRESENT", "_LEAD", "_ELECT_AFTER", "_ELECT_BEFORE",
            "_CONCERNS_GAP", "_ORGANIZED_BY", "_DELEGATIONS", "_FOUNDED", "_NAME_WITH_DOCUMENT")


def test_events_word_patterns_open_with_their_letters() -> None:
    # fails before perf33: each opened with (?<![\w])
    p = events._patterns()
    for pattern in [*(getattr(events, n) for n in _CHANGED), events._GIVE, events._ANCHORED,
                    p.say, p.organize, p.honour_after, p.honour_before, p.chain_break, p.promote]:
        assert not pattern.pattern.startswith("(?<!"), pattern.pattern[:60]


def test_standing_matches_what_the_look_behind_in_front_matched() -> None:
    for name, use in (("_CHAIR", "chair_verb"), ("_SPEAK", "speak_verb"), ("_ELECT_AFTER", "elect_after"),
                      ("_ELECT_BEFORE", "elect_before")):
        old = re.compile(rf"(?<![\w])(?:{events._ordered(events._WORDS[use])})(?![\w])")
        new = getattr(events, name)
        for text in _TEXTS:
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], name
            for start in range(len(text)):
                a, b = new.search(text, start), old.search(text, start)
                assert (a and a.span()) == (b and b.span()), (name, text, start)


def test_relative_days_standing_read_the_same_day() -> None:
    text = "Chiều nay 25-5, Văn phòng họp; xsáng nay 26-5; hôm qua (24/5) Ban Bí thư làm việc."
    old = re.compile(rf"(?<![\w])(?P<w>{events._relative_words()})\s*[,(]?\s*(?:(?:thứ\s+\w+|chủ nhật)\s*,\s*)?"
                     r"(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?![\d])")
    key = text.lower()
    assert [m.groupdict() for m in events._ANCHORED.finditer(key)] == [m.groupdict() for m in old.finditer(key)]
    assert [m.group("w") for m in events._ANCHORED.finditer(key)] == ["chiều nay", "hôm qua"]


_REPORT = ("Sáng 12/3/2024, tại Hà Nội, Ban Thường vụ Tỉnh ủy Nam Định tổ chức hội nghị sơ kết công tác quý I. "
           "Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy, chủ trì hội nghị. "
           "Tham dự hội nghị có bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh. "
           "Phát biểu tại hội nghị, ông Phạm Quốc Hùng, Giám đốc Sở Nội vụ, cho biết tỉnh đã hoàn thành kế hoạch. "
           "Hội nghị đã quyết định thành lập Ban Chỉ đạo do ông Đỗ Minh Tâm làm trưởng ban.")


def test_the_facts_of_a_report_are_the_same() -> None:
    """Read the same before perf33 and after: the meeting's chair, guest and speaker (events' verb patterns)
    and the head of the body founded in the act, appointed (founded_heads' gate, whole_words)."""
    ex = extract(Report(id="perf33", text=_REPORT, source_file="perf33"))
    [ev] = ex.events
    assert (ev.kind, ev.date.year, ev.date.month, ev.date.day) == ("Hội nghị", 2024, 3, 12)
    assert ev.organizer is not None and ev.organizer.name == "Ban Thường vụ Tỉnh ủy Nam Định"
    assert [(p.person.name, p.role) for p in ev.participants] == [
        ("Trần Văn Bình", "chaired"), ("Lê Thị Hoa", "attended"), ("Phạm Quốc Hùng", "attended"),
        ("Phạm Quốc Hùng", "spokeAt")]
    assert sorted((pm.person.name, pm.role, pm.status) for pm in ex.posts) == [
        ("Lê Thị Hoa", "Phó Chủ tịch", "holds"), ("Phạm Quốc Hùng", "Giám đốc", "holds"),
        ("Trần Văn Bình", "Bí thư", "holds"), ("Đỗ Minh Tâm", "trưởng ban", "appointed")]
