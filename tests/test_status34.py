"""A chain of assignments whose link names its holders with "là các ông" (loaders/extract/status.py).

The sentence is our own, written in the shape of corpus reports on a Party committee's first sitting.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def test_a_title_before_its_holders_named_with_cac_ong_carries_the_election():
    text = ("Tin nhân sự\nÔng Lê Văn Tâm, nguyên Phó bí thư Thành ủy Đà Nẵng được bầu giữ chức vụ Bí thư Thành ủy Đà "
            "Nẵng; hai Phó bí thư là các ông Trần Văn Hòa và ông Nguyễn Văn Nam, Chủ tịch UBND thành phố Đà Nẵng.")
    report = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8")
    got = {(p.person.name, p.role): p.status for p in extract(report).posts}
    assert got[("Trần Văn Hòa", "Phó bí thư")] == "appointed"
    assert got[("Nguyễn Văn Nam", "Phó bí thư")] == "appointed"
