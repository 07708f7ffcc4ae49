"""A retirement or removal decision that names no post ends the titles of the persons it names
(loaders/extract/named_removals.py, ``decided_objects``): written with its number and issuer before "về việc", and
naming a second person joined by "và". The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.test_successors34 import posts  # (person, role and body) -> status of every post of a text


def test_a_numbered_decision_of_a_party_board_ends_the_titles_named_after_it():
    got = posts("Sáng 2/10, Ban Tổ chức Tỉnh uỷ công bố Quyết định số 215-QĐ/TU của Ban Thường vụ Tỉnh uỷ về việc nghỉ "
                "hưu để hưởng chế độ bảo hiểm xã hội đối với đồng chí Lê Văn Nam, Uỷ viên Ban Thường vụ Tỉnh uỷ, "
                "Trưởng Ban Dân vận Tỉnh uỷ, kể từ ngày 1/11.")
    assert got[("Lê Văn Nam", "Trưởng Ban Dân vận Tỉnh ủy")] == "left"
    assert got[("Lê Văn Nam", "Uỷ viên Ban Thường vụ Tỉnh ủy")] == "left"  # the Party's board retires its own


def test_a_numbered_decision_of_the_army_keeps_the_party_seat_held():
    got = posts("Ngày 3/6, Bộ Quốc phòng trao Quyết định số 12/QĐ-BQP về việc nghỉ hưu đối với Đại tá Trần Văn An, Ủy "
                "viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Phú Yên.")
    assert got[("Trần Văn An", "Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh Phú Yên")] == "left"
    assert got[("Trần Văn An", "Ủy viên Ban Thường vụ Tỉnh ủy Phú Yên")] == "holds"


def test_a_second_person_joined_by_va_is_named_by_the_decision_too():
    got = posts("Ngày 3/6, UBND tỉnh Phú Yên tổ chức công bố quyết định nghỉ hưu đối với ông Trần Văn An, Giám đốc Sở "
                "Xây dựng và ông Lê Minh Tâm, Giám đốc Sở Y tế.")
    assert got[("Trần Văn An", "Giám đốc Sở Xây dựng tỉnh Phú Yên")] == "left"
    assert got[("Lê Minh Tâm", "Giám đốc Sở Y tế tỉnh Phú Yên")] == "left"
    # "và" before another verb ("và giao ông B ... phụ trách"): B is that verb's object, not the decision's
    got = posts("Ngày 29/11, Bộ Xây dựng tổ chức trao quyết định nghỉ hưu cho ông Lê Hữu Bằng, Tổng giám đốc Tổng công "
                "ty Cảng hàng không, và giao ông Trần Văn Thành, Phó Tổng giám đốc Tổng công ty, phụ trách điều hành.")
    assert got[("Lê Hữu Bằng", "Tổng giám đốc Tổng công ty Cảng hàng không")] == "left"
    assert got[("Trần Văn Thành", "Phó Tổng giám đốc Tổng công ty Cảng hàng không")] == "holds"
