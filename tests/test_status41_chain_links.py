"""A ";" chain opened by an act carries it to later links that name a person with the titles held now and say only
"giữ chức / làm" (loaders/extract/status.py, ``_chained_status``): every title after the link's verb takes the act,
and the link passes it on to the next. The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.test_successors34 import posts  # (person, role and body) -> status of every post of a text

TEXT = ("Tại xã Hòa An, đồng chí Vũ Văn Hậu, Phó Trưởng Ban Tổ chức Huyện ủy Phú Hòa được chỉ định giữ chức Bí thư "
        "Đảng ủy xã; đồng chí Lộc Văn Mạnh, Phó Chủ tịch UBND huyện Phú Hòa, giữ chức Phó Bí thư, Chủ tịch UBND xã "
        "Hòa An; đồng chí Mạc Thị Hoa, Bí thư Đảng ủy xã Hòa Quang, giữ chức Phó Bí thư Thường trực Đảng ủy, Chủ tịch "
        "HĐND xã Hòa An.")


def test_every_title_after_a_links_verb_takes_the_act_and_the_link_passes_it_on():
    got = posts(TEXT)
    assert got[("Lộc Văn Mạnh", "Phó Bí thư Đảng ủy xã Hòa An")] == "appointed"
    assert got[("Lộc Văn Mạnh", "Chủ tịch Ủy ban nhân dân xã Hòa An")] == "appointed"
    assert got[("Lộc Văn Mạnh", "Phó Chủ tịch Ủy ban nhân dân huyện Phú Hòa")] == "holds"
    # the link named with its titles passes the act on to the next
    assert got[("Mạc Thị Hoa", "Phó Bí thư Thường trực Đảng ủy xã Hòa An")] == "appointed"
    assert got[("Mạc Thị Hoa", "Chủ tịch Hội đồng nhân dân xã Hòa An")] == "appointed"
