"""A counted title over a list of names ("bầu ba Phó Chủ tịch UBND tỉnh A, B và C") names the posts of the
whole list: every name takes it with the same status, the first one too (``lists.shared_titles``,
``officials._share``)."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_every_elected_name_of_a_counted_list_is_appointed() -> None:
    text = "Kỳ họp thứ hai HĐND tỉnh đã bầu ba Phó Chủ tịch UBND tỉnh Hà Văn Lộc, Vũ Thị Mến và Đinh Quang Tú."
    got = facts(text)
    for name in ("Hà Văn Lộc", "Vũ Thị Mến", "Đinh Quang Tú"):
        assert (name, "Phó Chủ tịch", "UBND tỉnh", "appointed") in got
    assert not {f for f in got if f[3] == "holds"}


def test_every_dismissed_name_of_a_counted_list_left() -> None:
    got = facts("Hội nghị đã miễn nhiệm hai Ủy viên Ban Thường vụ Huyện ủy Lục Văn Kha và Tạ Minh Đường.")
    assert ("Lục Văn Kha", "Ủy viên", "Ban Thường vụ Huyện ủy", "left") in got
    assert ("Tạ Minh Đường", "Ủy viên", "Ban Thường vụ Huyện ủy", "left") in got


def test_counted_title_of_a_move_s_recipients_is_held() -> None:
    # "cho" names who the act is handed to, by the titles they hold: the move gives them posts elsewhere
    got = facts("Ban Tổ chức trao quyết định luân chuyển cho hai Phó Bí thư Tỉnh đoàn Kiều Văn Sâm và Mạc Thị Lụa.")
    assert ("Kiều Văn Sâm", "Phó Bí thư", "Tỉnh đoàn", "holds") in got
    assert ("Mạc Thị Lụa", "Phó Bí thư", "Tỉnh đoàn", "holds") in got


def test_list_marked_only_by_former_keeps_its_first_title() -> None:
    got = facts("Nguyên Chủ tịch nước Lương Văn Khải, Phùng Đức Tâm đã gửi lời chúc mừng.")
    assert ("Lương Văn Khải", "Chủ tịch nước", None, "former") in got
    assert ("Phùng Đức Tâm", "Chủ tịch nước", None, "former") in got
