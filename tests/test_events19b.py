"""Nineteenth round, events (second helper): a sentence in the shape of a report's in, the exact facts out."""

from __future__ import annotations

from kg.loaders.extract import events
from kg.loaders.extract.directives import extract_directives
from kg.loaders.extract.events import extract_events


def run(t):
    extract_directives(t.report, t.extraction)
    extract_events(t.report, t.extraction)
    return t.extraction


def test_a_word_of_the_attending_table_matches_in_either_tone_style(doc):
    """The words of event_sentence_words.tsv are matched on the text's key (one tone style): "dự tọa đàm" and
    "dự toạ đàm" both say the person attended the round table."""
    for written in ("tọa đàm", "toạ đàm"):
        t = doc(f"Thứ trưởng Lê Văn Nam dự {written} cấp Bộ trưởng về hợp tác công tư.").person("Lê Văn Nam")
        (ev,) = run(t).events
        assert ev.kind == "Tọa đàm"
        assert [(p.person.name, p.role) for p in ev.participants] == [("Lê Văn Nam", "attended")]


def test_a_nominal_word_is_no_task_inside_a_noun_of_its_own():
    """"công tác tổ chức …" names organizing as a task; "đoàn công tác tổ chức …" is a delegation that holds it
    (nominal_not in the table: the phrase's last word is guarded by a look-behind on the rest)."""
    assert events._NOMINAL.search("công tác ") and events._NOMINAL.search("việc ")
    assert events._NOMINAL.search("đoàn công tác ") is None
    assert events._guarded(("công tác", "việc"), ("đoàn công tác",)) == r"(?<!đoàn\ )công\ tác|việc"


def test_the_organizer_is_not_taken_from_a_delegation_phrase(doc):
    t = doc("Sáng 5/3, Đoàn công tác Bộ Tư pháp tổ chức hội nghị tại tỉnh.").org("Bộ Tư pháp")
    (ev,) = run(t).events
    assert (ev.date.iso(), ev.organizer.name) == ("--03-05", "Bộ Tư pháp")
