"""Officials, thirty-third round: a title whose body is written again in lower case by its kind
alone ("Phó Giám đốc công ty", "Phó Hiệu trưởng nhà trường") after the report has named the body
in full (``back_reference_bodies.tsv``).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_company_named_again_by_its_kind_is_the_titles_body():
    got = facts("Công ty Hoà Phát vừa khánh thành nhà máy mới. Ông Lê Văn Hà, Phó Giám đốc công ty cho biết "
                "sản lượng tăng.")
    assert ("Lê Văn Hà", "Phó Giám đốc", "Công ty Hoà Phát", "holds") in got


def test_a_school_named_again_as_nha_truong():
    got = facts("Trường Cao đẳng Kỹ thuật Vinh tổ chức lễ khai giảng. Ông Trần Văn Khánh, Phó Hiệu trưởng nhà "
                "trường phát biểu tại buổi lễ.")
    assert ("Trần Văn Khánh", "Phó Hiệu trưởng", "Trường Cao đẳng Kỹ thuật Vinh", "holds") in got


def test_no_body_of_the_kind_named_before_gives_no_post():
    assert not facts("Ông Lê Văn Hà, Phó Giám đốc công ty cho biết sản lượng tăng.")


def test_two_bodies_of_the_kind_named_before_give_no_post():
    got = facts("Công ty Hoà Phát và Công ty Sông Đà cùng ký hợp đồng. Ông Lê Văn Hà, Phó Giám đốc công ty "
                "cho biết sản lượng tăng.")
    assert not {f for f in got if f[0] == "Lê Văn Hà"}


def test_a_kind_word_that_goes_on_naming_another_body_is_no_back_reference():
    # "công ty con": a subsidiary, not the company named before
    got = facts("Công ty Hoà Phát vừa khánh thành nhà máy mới. Ông Lê Văn Hà, Phó Giám đốc công ty con của "
                "Hoà Phát cho biết sản lượng tăng.")
    assert not {f for f in got if f[0] == "Lê Văn Hà" and f[2] == "Công ty Hoà Phát"}
