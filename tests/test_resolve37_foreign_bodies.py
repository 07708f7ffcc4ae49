"""Another country's ministry written with Việt Nam's words is not Việt Nam's ministry (round 37). A report of
talks writes "Bộ trưởng Ngoại giao Ivan Petrovsky" for the guest's minister: the body is "Bộ Ngoại giao" as
written, but it is the guest country's, so it is not the node of the "Bộ Ngoại giao" a Vietnamese minister
heads in another report. A foreign holder is a name no word of which is a Vietnamese syllable ("Ivan
Petrovsky"); an ethnic-minority Vietnamese name has one ("Ksor Nay"); a body whose name says its
country ("Quốc hội Cộng hòa Liên bang Myanmar") and an international body ("Liên minh Nghị viện Thế giới",
no kind of a state's or a Party's body) stay one node across reports.

Before, the corpus build had 10 reports whose foreign minister, Politburo member or Central Committee
member sat in Việt Nam's body of the same words (Bộ Ngoại giao, Bộ Quốc phòng, Bộ Công Thương, Chính
phủ, Bộ Chính trị, Ban Chấp hành Trung ương Đảng, Ban Đối ngoại Trung ương). Reports are our own
sentences, run through the real extraction pipeline; the names are made up.
"""

from __future__ import annotations

from kg.resolve import resolve
from tests.test_resolution import report


def _bodies(exs, res, name: str) -> dict[str, str]:
    """report id -> IRI of the body of the post held by ``name`` in it."""
    return {ex.report.id: str(res.of(p.org)) for ex in exs for p in ex.posts
            if p.person.name == name and p.org is not None}


def test_a_guest_countrys_ministry_written_with_vietnams_words_is_its_own_node():
    exs = [report("a", "Bộ trưởng Bộ Ngoại giao Trần Quang Vĩnh tiếp Đại sứ Nhật Bản tại Hà Nội."),
           report("b", "Hai bên đã hội đàm tại Mát-xcơ-va. Bộ trưởng Bộ Ngoại giao Ivan Petrovsky cho biết "
                       "hai nước sẽ mở rộng hợp tác."),
           report("c", "Bộ trưởng Bộ Ngoại giao Trần Quang Vĩnh chủ trì hội nghị ngoại giao kinh tế."),
           # an ethnic-minority name is Vietnamese; a body naming its country is one node across reports
           report("d", "Bộ trưởng Bộ Ngoại giao Ksor Nay tiếp Đại sứ Nhật Bản tại Hà Nội."),
           report("e", "Chủ tịch Quốc hội Cộng hòa Liên bang Myanmar Win Myint Kyaw đã tiếp đoàn."),
           report("f", "Chủ tịch Quốc hội Cộng hòa Liên bang Myanmar Win Myint Kyaw phát biểu khai mạc."),
           # an international body is one body whoever holds its posts
           report("g", "Tổng thư ký Liên minh Nghị viện Thế giới (IPU) Peter Olsson đã tiếp đoàn."),
           report("h", "Đoàn đã gặp ông Peter Olsson, Tổng thư ký Liên minh Nghị viện Thế giới.")]
    res = resolve(exs)
    ours, theirs = _bodies(exs, res, "Trần Quang Vĩnh"), _bodies(exs, res, "Ivan Petrovsky")
    ethnic, guest = _bodies(exs, res, "Ksor Nay"), _bodies(exs, res, "Win Myint Kyaw")
    assert set(ours) == {"a", "c"} and set(theirs) == {"b"}, "the extractor reads each minister's post"
    assert set(ethnic) == {"d"} and set(guest) == {"e", "f"}, "the extractor reads each post"
    assert ours["a"] == ours["c"] == ethnic["d"] != theirs["b"]
    assert guest["e"] == guest["f"]
    union = _bodies(exs, res, "Peter Olsson")
    assert set(union) == {"g", "h"} and union["g"] == union["h"]
