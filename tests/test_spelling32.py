"""A person one report names under two spellings, as marks go (twenty-sixth round): the label is the
spelling with the mark the other leaves out ("Trinh Văn A" in the lead, "Trịnh Văn A" twice after
it), of two with as many marks the one the report writes most, then the one it writes first. Every
sentence is written for these tests; the names are made up."""

from __future__ import annotations

from tests.test_persons17 import _iris, _report
from tests.test_spelling22 import _labels


def test_a_name_written_without_its_tone_mark_in_the_lead_is_labelled_as_written_after():
    text = ("Với 100% phiếu bầu, ông Lạc Văn Tùng, Trinh Văn Khiêm được bầu giữ chức Chủ tịch HĐND tỉnh. "
            "HĐND tỉnh tiếp tục bầu ông Trịnh Văn Khiêm, Bí thư Tỉnh uỷ giữ chức Chủ tịch HĐND.\n\n"
            "Ông Trịnh Văn Khiêm tại kỳ họp.")
    exs = [_report("a", text, (2016, 6, 30))]
    assert len(_iris(exs, "Trinh Văn Khiêm") | _iris(exs, "Trịnh Văn Khiêm")) == 1
    assert _labels(exs, "Trinh Văn Khiêm", "Trịnh Văn Khiêm") == {"Trịnh Văn Khiêm"}


def test_two_spellings_with_as_many_marks_the_one_written_most_then_the_first():
    # two syllables swapped: as many marks; the order written twice names him
    text = ("Ông Lạc Tịnh Quốc, Giám đốc Sở Tư pháp, ký văn bản. Ông Lạc Quốc Tịnh cho biết như vậy. "
            "Ông Lạc Quốc Tịnh nói thêm.")
    exs = [_report("a", text, (2018, 10, 5))]
    assert len(_iris(exs, "Lạc Tịnh Quốc") | _iris(exs, "Lạc Quốc Tịnh")) == 1
    assert _labels(exs, "Lạc Tịnh Quốc", "Lạc Quốc Tịnh") == {"Lạc Quốc Tịnh"}
