"""The last step of a career told in the past is held now when "từ" and its date open it and nothing follows it.

A profile often tells the past steps with "từng" and the present one in the same sentence, after "từ <date>
là": "Bà A từng giữ các chức vụ X, Y và từ tháng 3/2019 là Z.", "Ông B từng giữ chức X, Y; từ tháng
10/2020 là Z, T." The "từng" of the sentence made every title former; the step after "từ <date>" (a start,
no end) runs from then on: held, dated from then (loaders/extract/careers.py, ``since_lists``,
loaders/data/career_since_links.tsv). A step told after it in the sentence may have ended it: then it stays
as it was.

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_officials import post_dates as dates


def test_the_step_since_a_date_after_past_ones_is_held_from_then():
    got = dates("Bà Trần Thị Mai sinh năm 1971, quê huyện Tuy An. Bà từng giữ các chức vụ Bí thư Huyện ủy Tuy An, "
                "Trưởng Ban Tổ chức Tỉnh ủy và từ tháng 5/2018 là Phó Bí thư Thường trực Tỉnh ủy Phú Yên.")
    assert got == {"Trần Thị Mai: Bí thư Huyện ủy Tuy An": (None, None, "former"),
                   "Trần Thị Mai: Trưởng Ban Tổ chức Tỉnh ủy Phú Yên": (None, None, "former"),
                   "Trần Thị Mai: Phó Bí thư Thường trực Tỉnh ủy Phú Yên": ("2018-05", None, "holds")}


def test_every_title_of_the_last_step_after_a_semicolon_is_held():
    got = dates("Ông Lê Văn Hòa từng giữ chức Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh; từ tháng 6/2020 là "
                "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Phú Yên.")
    assert got["Lê Văn Hòa: Ủy viên Ban Chấp hành Trung ương Đảng"] == ("2020-06", None, "holds")
    assert got["Lê Văn Hòa: Bí thư Tỉnh ủy Phú Yên"] == ("2020-06", None, "holds")
    assert got["Lê Văn Hòa: Giám đốc Sở Tài chính tỉnh Phú Yên"][2] == "former"
    later = dates("Ông Lê Văn Hòa từng giữ chức Giám đốc Sở Tài chính; từ tháng 6/2016 là Phó Chủ tịch UBND tỉnh; "
                  "tháng 9/2019 được bầu giữ chức Chủ tịch UBND tỉnh.")
    assert later["Lê Văn Hòa: Phó Chủ tịch Ủy ban nhân dân tỉnh"][2] == "former"  # a step came after it
