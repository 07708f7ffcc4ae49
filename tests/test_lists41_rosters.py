"""Rosters, forty-first round: the members a body's heading lists, in the forms the round-33 roster reader
missed.

- "các đồng chí Ủy viên Ban Thường vụ Tỉnh uỷ, trong đó có các đồng chí: A, ...; B, ...": each listed name
  holds the seat (``list_heading_words.tsv``: "trong đó").
- "BODY nhiệm kỳ ..., ngoài N đồng chí ... nêu trên, gồm các đồng chí: A (nguyên ...), được phân công làm
  TITLE; B, ...": the aside (``list_heading_asides.tsv``) and an item's verb phrase do not end the list.
- A body a higher body designated in an earlier sentence ("chỉ định Ban Chấp hành ... gồm 50 đồng chí; Ban
  Thường vụ Tỉnh uỷ gồm 15 đồng chí", ``roster_designation_cues.tsv``) lists its members appointed.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts
from tests.test_elected_lists34 import members as seats  # each Ban Thường vụ seat's holder -> its status

_BTV = "Ban Thường vụ Tỉnh ủy"


def test_members_listed_after_trong_do_co_hold_the_seat():
    got = facts("Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, trong đó có các đồng chí: Hầu Văn Lý, "
                "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Sùng Thị Mỷ, Trưởng Ban Dân vận Tỉnh ủy.")
    assert got == {("Hầu Văn Lý", "Ủy viên", _BTV, "holds"), ("Hầu Văn Lý", "Phó Bí thư", "Tỉnh ủy", "holds"),
                   ("Hầu Văn Lý", "Chủ tịch", "UBND tỉnh", "holds"), ("Sùng Thị Mỷ", "Ủy viên", _BTV, "holds"),
                   ("Sùng Thị Mỷ", "Trưởng", "Ban Dân vận Tỉnh ủy", "holds")}


def test_an_aside_before_the_list_and_an_items_verb_phrase_keep_the_roster_whole():
    got = seats("Ban Thường vụ Tỉnh ủy Hà Giang nhiệm kỳ 2025 - 2030, ngoài 3 đồng chí Bí thư, Phó Bí thư nêu trên, "
                "gồm các đồng chí: Hầu Văn Lý (nguyên Trưởng Ban Dân vận Tỉnh ủy Tuyên Quang), được phân công làm "
                "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; Sùng Thị Mỷ (nguyên Trưởng Ban Tổ chức Tỉnh ủy Tuyên Quang), "
                "Trưởng Ban Tổ chức Tỉnh ủy; Vàng Seo Dìn, Trưởng Ban Nội chính Tỉnh ủy.")
    assert got == {"Hầu Văn Lý": "holds", "Sùng Thị Mỷ": "holds", "Vàng Seo Dìn": "holds"}


def test_a_roster_of_a_body_designated_in_an_earlier_sentence_is_appointed():
    roster = ("Ban Thường vụ Tỉnh ủy Hà Giang nhiệm kỳ 2025 - 2030 gồm các đồng chí: Hầu Văn Lý, Bí thư Tỉnh ủy; "
              "Sùng Thị Mỷ, Phó Bí thư Thường trực Tỉnh ủy; Vàng Seo Dìn, Trưởng Ban Tổ chức Tỉnh ủy.")
    designated = ("Hội nghị công bố quyết định của Bộ Chính trị chỉ định Ban Chấp hành Đảng bộ tỉnh Hà Giang nhiệm kỳ "
                  "2025 - 2030 gồm 50 đồng chí; Ban Thường vụ Tỉnh ủy gồm 15 đồng chí. ")
    assert seats(designated + roster) == {"Hầu Văn Lý": "appointed", "Sùng Thị Mỷ": "appointed",
                                          "Vàng Seo Dìn": "appointed"}
    assert seats("Bộ Chính trị chỉ định Ban Chấp hành, Ban Thường vụ Tỉnh ủy Hà Giang nhiệm kỳ 2025 - 2030. "
                  + roster) == {"Hầu Văn Lý": "appointed", "Sùng Thị Mỷ": "appointed", "Vàng Seo Dìn": "appointed"}
    assert set(seats("Hội nghị diễn ra trong hai ngày. " + roster).values()) == {"holds"}
