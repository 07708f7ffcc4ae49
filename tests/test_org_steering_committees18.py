"""A steering committee of the state's level ("quốc gia", "trung ương", in either case) is named with
its level and its task: "về" and the subject, or a task of prevention written without "về"
("phòng chống ..."); with no task it is the committee of that level. Sentences written for these
tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_a_national_committee_in_lower_case_keeps_its_subject():
    text = "Ông Đỗ Văn Lâm, Phó Trưởng Ban Chỉ đạo quốc gia về ứng phó sự cố tràn dầu, đã đi kiểm tra."
    assert org_names(text) == {"Ban Chỉ đạo quốc gia về ứng phó sự cố tràn dầu"}


def test_a_central_committee_s_task_without_về_is_part_of_its_name():
    text = "Đại biểu đề nghị thành lập Ban chỉ đạo trung ương phòng chống buôn lậu do Phó Thủ tướng đứng đầu."
    assert org_names(text) == {"Ban Chỉ đạo Trung ương phòng chống buôn lậu"}


def test_the_central_level_is_written_with_a_capital_in_the_name():
    text = "Ban Chỉ đạo trung ương về cải cách tiền lương đã họp."
    assert org_names(text) == {"Ban Chỉ đạo Trung ương về cải cách tiền lương"}


def test_a_committee_named_by_its_level_alone():
    assert org_names("Tỉnh thực hiện theo hướng dẫn của Ban Chỉ đạo quốc gia hoặc của Bộ Y tế.") \
        == {"Ban Chỉ đạo quốc gia", "Bộ Y tế"}


def test_a_subject_that_goes_on_past_a_plural_is_not_cut_there():
    names = org_names(
        "Ông Lê Văn Tư, phó trưởng Ban chỉ đạo quốc gia về sắp xếp các đơn vị sự nghiệp - công lập, dự họp.")
    assert "Ban Chỉ đạo quốc gia về sắp xếp" not in names


def test_a_national_commission_about_a_field():
    assert org_names("Bà Trần Thị Mai là thành viên Ủy ban quốc gia về Đổi mới khoa học công nghệ nhấn mạnh.") \
        == {"Ủy ban quốc gia về Đổi mới khoa học công nghệ"}
