"""Round 38 review mend (b): one table each for two rules.

A bare numbered head ("Đảng ủy Quân khu", "Bộ Tư lệnh Sư đoàn") takes the report's one body of that
head only for bare_head_bodies.tsv's "report" rows, the rows officials reads for a role before a bare
head; a head not listed there ("Khu ủy", "Ủy ban kháng chiến") stays as written. An army unit's
commander ("Trung đoàn trưởng" heads a Trung đoàn, role_heads.tsv) written with no body before
another kind's title keeps no body, whatever that kind (not only a larger unit).

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts  # (person, role, body as written or "", status)


def test_a_unit_commander_before_a_title_of_another_kind_keeps_no_body_but_his_unit_s_committee_shares():
    got = pipeline_posts("Ông Lò Văn Cương, Trung đoàn trưởng, Chỉ huy trưởng Bộ Chỉ huy Quân sự huyện Mường Tè, "
                         "phát biểu.", "Tin")
    assert ("Lò Văn Cương", "Trung đoàn trưởng", "", "holds") in got
    assert ("Lò Văn Cương", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự huyện Mường Tè", "holds") in got
    got = pipeline_posts("Ông Lò Văn Cương, Lữ đoàn trưởng, Chủ tịch UBND xã Tả Phìn, phát biểu.", "Tin")
    assert ("Lò Văn Cương", "Lữ đoàn trưởng", "", "holds") in got
    # the committee of his own unit is his unit's; a larger unit stays apart
    got = pipeline_posts("Ông Lò Văn Cương, Trung đoàn trưởng, Bí thư Đảng ủy Trung đoàn 9, phát biểu.", "Tin")
    assert ("Lò Văn Cương", "Trung đoàn trưởng", "Trung đoàn 9", "holds") in got
    got = pipeline_posts("Ông Lò Văn Cương, Sư đoàn trưởng, Phó Tư lệnh Quân khu 2, phát biểu.", "Tin")
    assert ("Lò Văn Cương", "Sư đoàn trưởng", "", "holds") in got


def test_the_bare_numbered_heads_are_the_report_rows_of_bare_head_bodies():
    from kg.loaders.extract.organizations import report_bare_heads
    assert {"quan_khu", "su_doan", "tieu_doan", "don_bien_phong"} <= report_bare_heads()
    assert "khu_uy" not in report_bare_heads() and "so" not in report_bare_heads()  # Roman numbers; a sentence row
    got = pipeline_orgs("Tiểu đoàn 4 tổ chức hội nghị. Văn phòng Tiểu đoàn đã gửi báo cáo.")
    assert ("Văn phòng Tiểu đoàn 4", "Văn phòng Tiểu đoàn") in got  # the report's one Tiểu đoàn
