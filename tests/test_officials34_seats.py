"""A standing board written alone among a person's titles is the seat "Ủy viên" of it (thirty-fourth round).

"ông A, Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy" is short for "Ủy viên Ban Thường vụ Tỉnh ủy", the
post the shared gold README writes role "Ủy viên", organization "Ban Thường vụ Tỉnh ủy". The body alone
in running text ("Thường vụ Tỉnh ủy đã họp", "được Thường vụ Tỉnh ủy, HĐND tỉnh thông qua") is the board
acting, no one's seat. The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_seat_inside_a_chain_of_titles():
    got = facts("Dự hội nghị có ông Hà Văn Lâm, Ủy viên Trung ương Đảng, Thường vụ Tỉnh ủy, Giám đốc Sở Nội vụ "
                "tỉnh Sơn La.")
    assert got == {("Hà Văn Lâm", "Ủy viên", "Trung ương Đảng", "holds"),
                   ("Hà Văn Lâm", "Ủy viên", "Thường vụ Tỉnh ủy", "holds"),
                   ("Hà Văn Lâm", "Giám đốc", "Sở Nội vụ tỉnh Sơn La", "holds")}


def test_a_seat_right_after_a_numbered_name_of_a_roster():
    got = facts("7. Lò Thị Mai, Thường vụ Huyện ủy, Chủ tịch UBND thị trấn Ít Ong\n"
                "8. Quàng Văn Hoan, Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố Sơn La")
    assert ("Lò Thị Mai", "Ủy viên", "Thường vụ Huyện ủy", "holds") in got
    assert ("Quàng Văn Hoan", "Ủy viên", "Thường vụ Thành ủy", "holds") in got
    assert ("Quàng Văn Hoan", "Phó Chủ tịch", "UBND thành phố Sơn La", "holds") in got


def test_the_seat_names_the_standing_board_of_the_committee():
    ex = officials("Ông Hà Văn Lâm, Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy Sơn La phát biểu.")
    seats = [p for p in ex.posts if p.role == "Ủy viên"]
    assert [p.org.name for p in seats if p.org] == ["Ban Thường vụ Tỉnh ủy Sơn La"]


def test_a_former_title_carries_over_the_seat_after_it():
    got = facts("Ông Hà Văn Lâm, nguyên Bí thư Huyện ủy Mai Sơn, Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy "
                "Sơn La đã nghỉ hưu.")
    assert ("Hà Văn Lâm", "Ủy viên", "Thường vụ Tỉnh ủy", "former") in got


def test_the_board_acting_in_running_text_is_no_seat():
    assert facts("Các chủ trương này đều được Thường vụ Tỉnh ủy, Hội đồng nhân dân tỉnh thông qua.") == set()
    assert facts("Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh đã họp và thống nhất chủ trương.") == set()


def test_another_body_written_alone_stays_no_post():
    got = facts("Dự có ông Hà Văn Lâm, Giám đốc Sở Tài chính, Công an tỉnh Sơn La, Lò Văn Pấng và các sở.")
    assert got == {("Hà Văn Lâm", "Giám đốc", "Sở Tài chính", "holds")}
