"""Titles the parser did not read in the twelfth round (issue 15): a unit's commander written as one
word with the unit ("Sư đoàn trưởng"), a role whose last words are the head noun of its body ("Tổng
Thanh tra Nhà nước"), a general director written "TGĐ", a minister's ministry written "Bộ" + a short
field ("Bộ trưởng Bộ Giáo dục"), and a role with a place written alone inside a run before a verb
("Ông X, Chủ tịch kiêm Bí thư Hà Tĩnh được ..."). Each sentence is written in the shape seen in the
corpus; the posts out are exact."""

from __future__ import annotations

from tests.fixtures_officials import officials, posts_of


def test_a_division_commander_with_his_division():
    ex = officials("Đại tá Trần Văn Hùng, Sư đoàn trưởng Sư đoàn 312, đã báo cáo kết quả diễn tập.")
    assert posts_of(ex) == {("Trần Văn Hùng", "Sư đoàn trưởng", "Sư đoàn 312")}


def test_a_former_deputy_regiment_commander():
    ex = officials("Ông Lê Văn Bình, nguyên Phó Trung đoàn trưởng Trung đoàn 9, kể lại trận đánh.")
    assert [(p.person.name, p.role, p.org.written if p.org else None, p.status) for p in ex.posts] == [
        ("Lê Văn Bình", "Phó Trung đoàn trưởng", "Trung đoàn 9", "former")]


def test_a_regiment_commander_before_his_name_is_not_a_bare_head():
    # the whole word is the role: not "trưởng" read alone after the unit's name
    ex = officials("Trung đoàn trưởng Lê Văn Bình phát biểu tại buổi lễ.")
    assert posts_of(ex) == {("Lê Văn Bình", "Trung đoàn trưởng", None)}


def test_units_named_without_a_commander_give_no_post():
    assert posts_of(officials("Sư đoàn 312 và Trung đoàn 9 đã tham gia diễn tập.")) == set()


def test_the_state_inspector_general_shares_the_head_noun_with_the_body():
    ex = officials("Ông Nguyễn Văn Tâm, Tổng Thanh tra Nhà nước, đã ký kết luận thanh tra.")
    assert posts_of(ex) == {("Nguyễn Văn Tâm", "Tổng Thanh tra", "Thanh tra Nhà nước")}


def test_a_deputy_inspector_general_in_lower_case_before_the_name():
    ex = officials("Trong phần trả lời, Phó tổng thanh tra Nhà nước Quách Văn Lâm khẳng định việc đã xong.")
    assert {(p.person.name, p.role, p.org.name if p.org else None) for p in ex.posts} == {
        ("Quách Văn Lâm", "Phó tổng thanh tra", "Thanh tra Nhà nước")}


def test_the_government_inspector_general_keeps_the_government():
    ex = officials("Tổng thanh tra Chính phủ Trần Văn Long phát biểu tại hội nghị.")
    assert {(p.person.name, p.role, p.org.name if p.org else None) for p in ex.posts} == {
        ("Trần Văn Long", "Tổng thanh tra", "Chính phủ")}


def test_the_shorter_role_still_wins_over_a_head_inside_the_role():
    # "Trưởng Ban Tổ chức": the shorter role "Trưởng" with the body "Ban Tổ chức ...", as before
    ex = officials("Ông Trần Văn Long, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An, phát biểu.")
    assert posts_of(ex) == {("Trần Văn Long", "Trưởng", "Ban Tổ chức Tỉnh ủy Nghệ An")}


def test_a_general_director_written_tgd():
    ex = officials("Ông Phạm Quang Minh, TGĐ Tổng công ty Hàng hải Việt Nam, cho biết kế hoạch năm.")
    assert posts_of(ex) == {("Phạm Quang Minh", "TGĐ", "Tổng công ty Hàng hải Việt Nam")}


def test_a_deputy_general_director_written_ptgd_or_pho_tgd():
    ex = officials("Ông Nguyễn Văn Hải, PTGĐ Tổng công ty Sông Đà, và ông Lê Văn Dũng, Phó TGĐ Tổng công ty "
                   "Sông Đà, đã có mặt.")
    assert posts_of(ex) == {("Nguyễn Văn Hải", "PTGĐ", "Tổng công ty Sông Đà"),
                            ("Lê Văn Dũng", "Phó TGĐ", "Tổng công ty Sông Đà")}


def test_a_minister_of_a_ministry_written_with_its_short_field():
    # "Bộ" written before the short field, as after the role alone ("Bộ trưởng Giáo dục")
    ex = officials("Theo Bộ trưởng Bộ Giáo dục Nguyễn Văn An, quy chế thi đã được sửa.")
    assert {(p.person.name, p.role, p.org.name if p.org else None) for p in ex.posts} == {
        ("Nguyễn Văn An", "Bộ trưởng", "Bộ Giáo dục và Đào tạo")}


def test_a_former_minister_written_in_lower_case_with_the_short_field():
    ex = officials("Ông Nguyễn Văn An, nguyên bộ trưởng bộ Giao thông, nghỉ hưu năm 2000.")
    assert {(p.person.name, p.role, p.org.name if p.org else None, p.status) for p in ex.posts} == {
        ("Nguyễn Văn An", "bộ trưởng", "Bộ Giao thông vận tải", "former")}


def test_a_longer_field_not_known_is_still_no_short_field():
    # "Bộ Giáo dục Cao học Cuba": another country's ministry, not the Bộ Giáo dục và Đào tạo
    assert posts_of(officials("Ông Nguyễn Văn An, Bộ trưởng Bộ Giáo dục Cao học Cuba, cho biết.")) == set()


def test_a_role_and_place_in_apposition_before_the_verb():
    # after the name's comma the title is bounded on the left: the place is the body even with a
    # verb right after it
    ex = officials("Ông Lê Đình Sang, Chủ tịch kiêm Bí thư Hà Tĩnh được hội nghị hiệp thương nhất trí cho rút.")
    assert {(p.person.name, p.role, p.org.name if p.org else None) for p in ex.posts} == {
        ("Lê Đình Sang", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
        ("Lê Đình Sang", "Bí thư", "Tỉnh ủy Hà Tĩnh")}


def test_a_former_secretary_with_the_province_alone_before_the_verb():
    ex = officials("Ông Võ Kim Cường, nguyên Bí thư Hà Tĩnh cũng thôi chức.")
    assert {(p.person.name, p.role, p.org.name if p.org else None, p.status) for p in ex.posts} == {
        ("Võ Kim Cường", "Bí thư", "Tỉnh ủy Hà Tĩnh", "former")}


def test_a_role_and_place_opening_a_sentence_still_names_nobody():
    assert posts_of(officials("Bí thư Hà Nội khẳng định sẽ xử lý nghiêm các sai phạm.")) == set()
    assert posts_of(officials("Ông nói: “Tôi chưa nhận được tin nhắn”, Bí thư Hải Phòng nói.")) == set()
