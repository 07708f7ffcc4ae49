"""A list of those present opened by "có sự tham dự của" as by "với sự tham dự của"."""

from __future__ import annotations

from tests.fixtures_directives import run_events as run


def test_a_list_opened_by_co_su_tham_du_cua_attended(doc):
    ex = run(doc("Sáng 3/3, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2017. Hội nghị có sự tham dự của "
                 "ông Vi Văn Toàn, Phó Chủ tịch UBND tỉnh.", "2018-03-03").org("Sở Nội vụ").person("Vi Văn Toàn"))
    assert [(ev.kind, p.person.name, p.role) for ev in ex.events for p in ev.participants] == [
        ("Hội nghị", "Vi Văn Toàn", "attended")]
