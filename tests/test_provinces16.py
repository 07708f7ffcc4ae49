"""In a report whose bodies name several provinces, a provincial body written without its own ("UBND
tỉnh", "HĐND", "Tỉnh ủy") is the province's it stands nearest to: the last one its clause writes
before it, else the first its clause writes after it, else the last one the text wrote before it (a
round-up of congresses gives each province its paragraph) when that sentence wrote one only. It is
no longer the province the report names most. Sentences written for these tests; the people in them
are fictional. A report whose bodies name one province keeps the rules of round 15
(tests/test_org_one_province_of_its_kind15.py)."""

from __future__ import annotations

from tests.fixtures_officials import officials, orgs_of


def _names(text: str, province: str | None = None) -> set[str]:
    return {name for _, name in orgs_of(text, province)}


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(p.person.name, p.role, p.org.name) for p in officials(text).posts if p.org}


def test_a_second_province_s_paragraph_keeps_its_bare_bodies():
    text = ("Sáng 2/7, HĐND tỉnh Hà Giang khóa XV bầu ông Lò Văn Tuấn, Phó Bí thư Tỉnh ủy, "
            "làm Chủ tịch HĐND tỉnh Hà Giang.\n"
            "Ông Vi Đức Khang tái cử Chủ tịch UBND tỉnh Hà Giang.\n"
            "Cùng ngày, HĐND tỉnh Nam Định khóa XVIII bầu ông Trần Quốc Hưng giữ chức Chủ tịch HĐND.\n"
            "Ông Mai Văn Lộc được bầu làm Phó Chủ tịch UBND tỉnh.")
    posts = _posts(text)
    assert ("Mai Văn Lộc", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định") in posts
    assert not any(org == "Ủy ban nhân dân tỉnh Hà Giang" and person == "Mai Văn Lộc" for person, _, org in posts)


def test_a_province_written_outside_a_body_opens_its_paragraph():
    text = ("Tỉnh ủy Bắc Kạn và Tỉnh ủy Cà Mau đã họp phiên đầu. Tại Bắc Kạn, ông Hà Văn Sáu tái đắc "
            "cử Bí thư Tỉnh ủy.\n"
            "Tại Cà Mau, ông Phan Thanh Tâm được bầu làm Bí thư Tỉnh ủy.\n"
            "Ông Đỗ Minh Quý, Chủ tịch UBND tỉnh Cà Mau, được bầu làm Phó Bí thư.")
    posts = _posts(text)
    assert ("Hà Văn Sáu", "Bí thư", "Tỉnh ủy Bắc Kạn") in posts
    assert ("Phan Thanh Tâm", "Bí thư", "Tỉnh ủy Cà Mau") in posts


def test_the_province_after_it_in_its_clause():
    text = ("Ông Lưu Đình Phong, Bí thư Tỉnh ủy Gia Lai, chủ trì hội nghị. Ủy ban Kiểm tra Trung ương "
            "xem xét Ban cán sự đảng UBND tỉnh và ông Tạ Văn Kiên, nguyên Chủ tịch UBND tỉnh Bến Tre.")
    assert "Ủy ban nhân dân tỉnh Bến Tre" in _names(text)
    assert "Ủy ban nhân dân tỉnh Gia Lai" not in _names(text)


def test_a_semicolon_closes_the_clause():
    text = ("Ông Lưu Đình Phong là Bí thư Tỉnh ủy Gia Lai. Ủy ban đã giám sát Thường trực Tỉnh ủy Bình "
            "Phước; kiểm tra Ban Thường vụ Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy Trà Vinh.")
    names = _names(text)
    assert "Ban Thường vụ Tỉnh ủy Trà Vinh" in names and "Ban Thường vụ Tỉnh ủy Bình Phước" not in names


def test_two_provinces_in_the_last_sentence_leave_it_bare():
    text = ("Bí thư Tỉnh ủy Hà Giang và Bí thư Tỉnh ủy Nam Định cùng dự hội nghị. "
            "Sau đó UBND tỉnh đã có văn bản.")
    assert "Ủy ban nhân dân tỉnh" in _names(text)


def test_a_person_named_after_a_province_is_no_province():
    text = ("Bí thư Tỉnh ủy Nam Định dự họp. Ông Vũ Văn Hòa, Chủ tịch UBND tỉnh Hà Giang, cũng dự.\n"
            "Ông Nguyễn Thái Bình cho biết HĐND tỉnh đã họp.")
    names = _names(text)
    assert "Hội đồng nhân dân tỉnh Hà Giang" in names and "Hội đồng nhân dân tỉnh Thái Bình" not in names


def test_several_provinces_after_it_or_any_province_leave_it_bare():
    text = ("Ông Lưu Đình Phong là Bí thư Tỉnh ủy Gia Lai. Ông Tạ Văn Kiên là Chủ tịch UBND tỉnh Bến Tre. "
            "Ủy ban đã kiểm tra Ban Thường vụ Tỉnh ủy các tỉnh Hà Giang, Nam Định.")
    assert "Ban Thường vụ Tỉnh ủy Hà Giang" not in _names(text)
    text = ("Ông Lưu Đình Phong là Bí thư Tỉnh ủy Gia Lai. Ông Tạ Văn Kiên là Chủ tịch UBND tỉnh Bến Tre. "
            "Nhiều người được giới thiệu giữ chức Phó Chủ tịch UBND tỉnh, thành.")
    assert "Ủy ban nhân dân tỉnh Bến Tre" in _names(text)
    assert not any(p.org and p.org.name == "Ủy ban nhân dân tỉnh Bến Tre" and p.person.name != "Tạ Văn Kiên"
                   for p in officials(text).posts)
