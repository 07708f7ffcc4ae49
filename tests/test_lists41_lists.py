"""Lists, forty-first round: who a list's title and a list's act reach.

- A plural subject told by its act ("Các đồng chí được chỉ định giữ chức Phó Bí thư Tỉnh uỷ gồm: A, B")
  gives each listed name the title, with the act's status (``list_post_verbs.tsv``).
- A title a single person holds ("Bí thư Đảng uỷ xã X", ``list_sole_heads.tsv``) after a plural list
  of bare names is the last name's apposition only; a deputy's or a former holder's title stays shared.
- An item whose own title is the colon heading's title narrowed by a qualifier ("các đồng chí Phó Bí thư
  Tỉnh uỷ: A, Phó Bí thư Thường trực Tỉnh uỷ; B, ...") holds that title only, not the plain one too.
- An election "bầu bổ sung bà A, TITLE vào Ban Thường vụ ..." seats A, her title between the name and
  "vào" as it may stand.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_plural_subject_appointed_to_a_title_gives_it_to_each_listed_name():
    got = facts("Các đồng chí được chỉ định giữ chức Phó Bí thư Tỉnh ủy gồm: đồng chí Vi Văn Khoa, "
                "đồng chí Hà Thị Nương.")
    assert got == {("Vi Văn Khoa", "Phó Bí thư", "Tỉnh ủy", "appointed"),
                   ("Hà Thị Nương", "Phó Bí thư", "Tỉnh ủy", "appointed")}


def test_a_plural_subject_elected_by_lam_gives_the_title_to_both_names():
    got = facts("Các đại biểu đã biểu quyết. Các ông bà được bầu làm Phó Chủ tịch HĐND tỉnh gồm: ông Vi Văn "
                "Khoa và bà Hà Thị Nương.")
    assert got == {("Vi Văn Khoa", "Phó Chủ tịch", "HĐND tỉnh", "appointed"),
                   ("Hà Thị Nương", "Phó Chủ tịch", "HĐND tỉnh", "appointed")}


def test_a_single_holders_title_after_a_plural_list_of_bare_names_is_the_last_names_a_deputys_is_shared():
    got = facts("Cùng đi có các đồng chí Vi Văn Khoa, Hà Thị Nương, Lục Văn Sinh và Nông Văn Tài, Bí thư "
                "Đảng ủy xã Quang Thành, huyện Nguyên Bình.")
    assert got == {("Nông Văn Tài", "Bí thư", "Đảng ủy xã Quang Thành", "holds")}
    # a deputy's title and a former title after a plural list stay shared
    assert facts("Tiếp đoàn có các ông Vi Văn Khoa và Hà Văn Nương, Phó Chủ tịch UBND tỉnh.") == \
        {("Vi Văn Khoa", "Phó Chủ tịch", "UBND tỉnh", "holds"), ("Hà Văn Nương", "Phó Chủ tịch", "UBND tỉnh", "holds")}
    assert facts("Đến dự có các ông Vi Văn Khoa và Hà Văn Nương, nguyên Chủ tịch UBND tỉnh.") == \
        {("Vi Văn Khoa", "Chủ tịch", "UBND tỉnh", "former"), ("Hà Văn Nương", "Chủ tịch", "UBND tỉnh", "former")}


def test_a_titled_name_elected_into_a_standing_committee_takes_the_seat():
    got = facts("Hội nghị bầu bổ sung ông Vi Văn Khoa, Giám đốc Sở Nông nghiệp vào Ban Thường vụ Tỉnh ủy Cao Bằng.")
    assert got == {("Vi Văn Khoa", "Giám đốc", "Sở Nông nghiệp", "holds"),
                   ("Vi Văn Khoa", "Ủy viên", "Ban Thường vụ Tỉnh ủy Cao Bằng", "appointed")}


def test_an_item_narrowing_its_plural_headings_title_holds_its_own_title_only():
    got = facts("Chủ trì hội nghị có các đồng chí Phó Bí thư Tỉnh ủy: Vi Văn Khoa, Phó Bí thư Thường trực Tỉnh ủy; "
                "Hà Văn Nương, Chủ tịch UBND tỉnh.")
    assert got == {("Vi Văn Khoa", "Phó Bí thư Thường trực", "Tỉnh ủy", "holds"),
                   ("Hà Văn Nương", "Phó Bí thư", "Tỉnh ủy", "holds"),
                   ("Hà Văn Nương", "Chủ tịch", "UBND tỉnh", "holds")}
    # under a heading the act gives, an item elected to the narrowed title takes that one only
    got = facts("Hai đồng chí được bầu giữ chức Phó Bí thư Tỉnh ủy gồm: đồng chí Vi Văn Khoa, Chủ tịch UBND tỉnh; "
                "đồng chí Hà Văn Nương, được bầu làm Phó Bí thư Thường trực Tỉnh ủy.")
    assert {f for f in got if f[1].startswith("Phó")} == {("Vi Văn Khoa", "Phó Bí thư", "Tỉnh ủy", "appointed"),
                                                         ("Hà Văn Nương", "Phó Bí thư Thường trực", "Tỉnh ủy",
                                                          "appointed")}
