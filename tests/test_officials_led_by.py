"""A delegation or board and the person who heads it: "BODY do ông X làm trưởng đoàn".

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_the_name_after_do_heads_the_delegation_named_before_it():
    got = facts("Chiều 15/5, Đoàn kiểm tra của Bộ Chính trị do Ủy viên Bộ Chính trị, Phó Thủ tướng Trần Văn "
                "Bình làm Trưởng đoàn, đã làm việc với tỉnh.")
    assert got == {
        ("Trần Văn Bình", "Ủy viên", "Bộ Chính trị", "holds"),
        ("Trần Văn Bình", "Phó Thủ tướng", None, "holds"),
        ("Trần Văn Bình", "Trưởng đoàn", "Đoàn kiểm tra của Bộ Chính trị", "holds"),
    }


def test_an_apposition_may_stand_between_the_name_and_lam_truong_doan():
    got = facts("Đoàn công tác của Bộ Y tế do ông Lê Văn An, Thứ trưởng Bộ Y tế, làm trưởng đoàn, đã đến thăm "
                "bệnh viện.")
    assert ("Lê Văn An", "trưởng đoàn", "Đoàn công tác của Bộ Y tế", "holds") in got


def test_a_body_whose_name_is_not_a_delegation_gets_no_head():
    assert facts("Công ty Bắc Nam do ông Lê Văn An làm trưởng đoàn.") == set()


def test_the_second_name_of_the_sentence_is_not_the_head():
    got = facts("Đoàn công tác của Bộ Y tế do ông Lê Văn An làm trưởng đoàn, ông Trần Văn Bình làm phó "
                "trưởng đoàn.")
    assert ("Lê Văn An", "trưởng đoàn", "Đoàn công tác của Bộ Y tế", "holds") in got
    assert not any(f[0] == "Trần Văn Bình" and f[1] == "trưởng đoàn" for f in got)


def test_a_head_already_named_with_the_delegation_gets_no_second_post():
    got = facts("Ông Trần Văn Bình, Trưởng Đoàn kiểm tra số 471 của Bộ Chính trị, cho biết. Đoàn kiểm tra của "
                "Bộ Chính trị do ông Trần Văn Bình làm trưởng đoàn đã làm việc với tỉnh.")
    assert got == {("Trần Văn Bình", "Trưởng", "Đoàn kiểm tra số 471 của Bộ Chính trị", "holds")}


def test_a_company_headed_by_a_director_named_after_do():
    # led_by.tsv: "Công ty A do B làm giám đốc", "Tổng công ty A do B làm tổng giám đốc"
    assert facts("Tổng công ty Sông Hồng do ông Lê Văn Tâm làm tổng giám đốc đã thua lỗ.") == {
        ("Lê Văn Tâm", "tổng giám đốc", "Tổng công ty Sông Hồng", "holds")}
    # the head decides: a delegation is not led by a director
    assert facts("Đoàn công tác do ông Lê Văn Tâm làm giám đốc điều hành.") == set()


def test_a_subcommittee_is_headed_by_its_truong_tieu_ban():
    # led_by.tsv: "trưởng tiểu ban" reads as roles.tsv's "Trưởng ban", in a body whose name begins "Tiểu ban"
    got = facts("Các tiểu ban gồm: Tiểu ban Văn kiện do Tổng Bí thư Trần Văn An làm Trưởng tiểu ban; Tiểu ban "
                "Nhân sự do Chủ tịch nước Lê Văn Bình làm Trưởng Tiểu ban.")
    assert got == {
        ("Trần Văn An", "Tổng Bí thư", None, "holds"),
        ("Trần Văn An", "Trưởng tiểu ban", "Tiểu ban Văn kiện", "holds"),
        ("Lê Văn Bình", "Chủ tịch nước", None, "holds"),
        ("Lê Văn Bình", "Trưởng Tiểu ban", "Tiểu ban Nhân sự", "holds"),
    }


def test_one_person_may_head_two_subcommittees():
    got = facts("Tiểu ban Văn kiện do Tổng Bí thư Trần Văn An làm Trưởng tiểu ban; Tiểu ban Nhân sự do Tổng Bí "
                "thư Trần Văn An làm Trưởng tiểu ban.")
    assert {f for f in got if f[1] == "Trưởng tiểu ban"} == {
        ("Trần Văn An", "Trưởng tiểu ban", "Tiểu ban Văn kiện", "holds"),
        ("Trần Văn An", "Trưởng tiểu ban", "Tiểu ban Nhân sự", "holds"),
    }


def test_a_deputy_head_of_delegation():
    got = facts("Đoàn công tác của Bộ Y tế do ông Lê Văn An làm Phó Trưởng đoàn, đã đến thăm tỉnh.")
    assert got == {("Lê Văn An", "Phó Trưởng đoàn", "Đoàn công tác của Bộ Y tế", "holds")}


def test_the_head_of_another_board_heads_a_steering_committee_too():
    got = facts("Ban Chỉ đạo do Trưởng Ban Tổ chức Trung ương Trần Văn An làm Trưởng ban.")
    assert got == {("Trần Văn An", "Trưởng", "Ban Tổ chức Trung ương", "holds"),
                   ("Trần Văn An", "Trưởng ban", "Ban Chỉ đạo", "holds")}


def test_a_company_director_general_as_well_as_a_corporations():
    # "tổng giám đốc" has two rows (Công ty, Tổng công ty): both heads are kept
    assert facts("Công ty Bắc Nam do ông Trần Văn An làm tổng giám đốc.") == {
        ("Trần Văn An", "tổng giám đốc", "Công ty Bắc Nam", "holds")}


def test_a_delegation_no_organization_row_names_is_read_from_its_head_word():
    # led_by.tsv heads: the words from "Đoàn" up to "do" name a delegation made for the occasion
    got = facts("Sau lễ đón, Đoàn đại biểu quân sự cấp cao Việt Nam do Thượng tướng Trần Văn An làm Trưởng đoàn "
                "hội đàm với đoàn bạn.")
    assert ("Trần Văn An", "Trưởng đoàn", "Đoàn đại biểu quân sự cấp cao Việt Nam", "holds") in got


def test_an_aside_after_the_written_body_is_no_part_of_its_name():
    # led_by_asides.tsv: "được thành lập", "gồm 8 thành viên" end the name
    got = facts("Chiều 17/3, Ban lễ tang nguyên Thủ tướng Lê Văn Bình được thành lập do Tổng bí thư Trần Văn An "
                "làm trưởng ban.")
    assert ("Trần Văn An", "trưởng ban", "Ban lễ tang nguyên Thủ tướng Lê Văn Bình", "holds") in got
    got = facts("Quốc hội cử ra ban kiểm phiếu gồm 10 thành viên, do đại biểu Trần Văn An làm trưởng ban.")
    assert ("Trần Văn An", "trưởng ban", "ban kiểm phiếu", "holds") in got


def test_the_written_body_is_the_one_nearest_do_not_a_role_word():
    got = facts("Đoàn đại biểu Việt Nam do ông Lê Văn Bình làm Trưởng đoàn hội đàm với Đoàn đại biểu Lào do ông "
                "Trần Văn An làm Trưởng đoàn.")
    assert ("Trần Văn An", "Trưởng đoàn", "Đoàn đại biểu Lào", "holds") in got
    assert ("Lê Văn Bình", "Trưởng đoàn", "Đoàn đại biểu Việt Nam", "holds") in got
    assert not any(f[0] == "Trần Văn An" and f[2] != "Đoàn đại biểu Lào" for f in got)
