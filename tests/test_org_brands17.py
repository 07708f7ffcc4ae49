"""A state group or bank written by its brand, its official name or an older name ("PVN", "Tập đoàn
Dầu khí Quốc gia Việt Nam", "Tập đoàn Dầu khí Việt Nam"; "OceanBank", "Ngân hàng TMCP Đại Dương")
is one body (organizations.tsv rows pvn, oceanbank, mobifone), and so are its units; a body written
by its bare head ("Hội đồng quản trị Tập đoàn") is the one group of that head the report names by a
fixed name. Sentences written for these tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_a_group_s_brand_and_its_names_are_one_body_with_its_units():
    text = ("Ông Trần Văn Hòa, nguyên Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Quốc gia Việt Nam, "
            "bị khởi tố. Đảng ủy PVN đã họp. Tập đoàn dầu khí quốc gia Việt Nam cho biết thêm.")
    assert org_names(text) == {"Tập đoàn Dầu khí Việt Nam", "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam",
                            "Đảng ủy Tập đoàn Dầu khí Việt Nam"}


def test_a_bank_s_brand_and_its_name_are_one_body():
    text = "PVN góp vốn vào Ngân hàng TMCP Đại Dương. Hội đồng quản trị OceanBank đã họp."
    assert org_names(text) == {"Tập đoàn Dầu khí Việt Nam", "Ngân hàng Thương mại cổ phần Đại Dương",
                            "Hội đồng quản trị Ngân hàng Thương mại cổ phần Đại Dương"}


def test_a_bare_head_is_the_one_group_named_by_a_fixed_name():
    text = "Tập đoàn Dầu khí Việt Nam báo lãi. Hội đồng quản trị Tập đoàn đã thông qua kế hoạch."
    assert org_names(text) == {"Tập đoàn Dầu khí Việt Nam", "Hội đồng quản trị Tập đoàn Dầu khí Việt Nam"}


def test_another_country_s_oil_group_is_not_petrovietnam():
    assert "Tập đoàn Dầu khí Việt Nam" not in org_names("Đối tác là Tập đoàn dầu khí Total của Pháp.")


def test_the_group_written_short_is_the_group():
    text = "Ông Hoàng Văn Quý, Chủ tịch HĐTV Tập đoàn Dầu khí, nói Tập đoàn Dầu khí và PVN là một."
    assert org_names(text) == {"Tập đoàn Dầu khí Việt Nam", "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam"}
