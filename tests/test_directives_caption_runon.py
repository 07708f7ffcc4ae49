"""A law's name ends where a photo caption runs into the next sentence with no full stop."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def test_a_capitalised_time_of_day_after_a_law_name_begins_the_next_sentence():
    ds = extracted("Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh phát biểu về dự án Luật Cảnh vệ Chiều nay, 6-6, "
                   "Quốc hội thảo luận ở hội trường về dự án Luật Cảnh vệ.")
    assert sorted(str(k) for k in ds) == ["Luật Cảnh vệ"]



def test_a_time_of_day_word_at_the_start_of_a_law_name_is_not_a_break():
    ds = extracted("Đại biểu góp ý dự thảo Luật Tổ chức chính quyền địa phương. Sáng nay, Quốc hội họp.")
    assert "Luật Tổ chức chính quyền địa phương" in ds
