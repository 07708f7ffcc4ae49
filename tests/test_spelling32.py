"""A person one report names under two spellings (twenty-sixth round): the label is the spelling the
report writes first, unless its family name is one no official bears ("Trinh Văn A" in the lead,
"Trịnh Văn A" twice after it: the mark left out). Every sentence is written for these tests; the
names are made up."""

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


def test_a_caption_s_spelling_written_last_does_not_name_him():
    # "Lạc Thành Vĩnh" once, in the last caption: the first spelling names him, marks or not
    text = ("Chiều 4/10, ông Lạc Thanh Vĩnh, Trưởng đoàn ĐBQH thành phố, tiếp xúc cử tri. Ông Lạc Thanh Vĩnh "
            "hứa sẽ trả lời.\nTrưởng đoàn ĐBQH thành phố Lạc Thành Vĩnh phát biểu tại buổi tiếp xúc.")
    exs = [_report("a", text, (2018, 10, 4))]
    assert len(_iris(exs, "Lạc Thanh Vĩnh") | _iris(exs, "Lạc Thành Vĩnh")) == 1
    assert _labels(exs, "Lạc Thanh Vĩnh", "Lạc Thành Vĩnh") == {"Lạc Thanh Vĩnh"}
