"""Posts of another country's officials written with their own body (thirty-fourth round, officials34b).

"Tỉnh trưởng tỉnh <Lao province>" is the governor of that province, "Đại sứ đặc mệnh toàn quyền nước
<country> tại Việt Nam" the ambassador of that country (``foreign_bodies.tsv``); the read sets' gold
writes the body "tỉnh X" and the country as written after "nước". The sentences are our own, written in
the shape of reports on foreign delegations.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_foreign_governor_and_his_deputy_take_their_province():
    got = facts("Thành viên đoàn có đồng chí Xổm-chăn Phôm-ma, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Chăm-pa-sắc; "
                "đồng chí Bun-mi Xay-nha, Phó Tỉnh trưởng tỉnh Hủa Phăn.")
    assert ("Xổm-chăn Phôm-ma", "Tỉnh trưởng", "tỉnh Chăm-pa-sắc", "holds") in got
    assert ("Bun-mi Xay-nha", "Phó Tỉnh trưởng", "tỉnh Hủa Phăn", "holds") in got


def test_an_ambassador_takes_the_country_written_after_nuoc():
    got = facts("Dự buổi tiếp có đồng chí Khăm-phăn Xay-ma, Đại sứ đặc mệnh toàn quyền nước CHDCND Lào tại "
                "Việt Nam.")
    assert got == {("Khăm-phăn Xay-ma", "Đại sứ đặc mệnh toàn quyền", "CHDCND Lào", "holds")}


def test_a_name_run_too_long_for_a_place_gives_no_body():
    got = facts("Phát biểu tại buổi làm việc, Tỉnh trưởng tỉnh Hủa Phăn Khăm Xay Vông Xa cảm ơn tỉnh bạn.")
    assert all(org != "tỉnh Hủa Phăn Khăm Xay" for _, _, org, _ in got)


def test_a_delegation_head_across_the_country_apposition():
    got = facts("Chiều 3/4, ông Lò Văn Hùng tiếp Đoàn đại biểu tỉnh Sa-la-van, nước Cộng hòa Dân chủ Nhân dân Lào "
                "do đồng chí Phon-xay Mi-xay, Phó Tỉnh trưởng tỉnh Sa-la-van làm trưởng đoàn.")
    assert ("Phon-xay Mi-xay", "trưởng đoàn", "Đoàn đại biểu tỉnh Sa-la-van", "holds") in got
    assert ("Phon-xay Mi-xay", "Phó Tỉnh trưởng", "tỉnh Sa-la-van", "holds") in got


def test_a_foreign_governors_bare_party_committee_is_his_provinces():
    ex = officials("Ông Lò Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lai Châu tiếp đồng chí Phon-xay "
                   "Mi-xay, Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng tỉnh Sa-la-van.")
    bodies = {(p.person.name, p.role): p.org.name for p in ex.posts if p.org is not None}
    assert bodies[("Phon-xay Mi-xay", "Phó Bí thư")] == "Tỉnh ủy Sa-la-van"
    assert bodies[("Lò Văn Hùng", "Phó Bí thư")] == "Tỉnh ủy Lai Châu"


def test_vietnams_own_ambassador_keeps_the_role_alone():
    got = facts("Ông Lê Văn Hòa, Đại sứ đặc mệnh toàn quyền nước CHXHCN Việt Nam tại Vương quốc Thái Lan, phát biểu.")
    assert all(org is None for _, _, org, _ in got)
