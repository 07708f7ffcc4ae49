"""Bodies written short, thirty-seventh organizations round (c): foreign bodies known by a short name ("CPP",
"Nhân đại", "Chính hiệp"), Cambodian honorifics before a name, a district's military command ("Huyện đội
Duy Xuyên") and its one-word head, and a palace's name that goes on in lower case ("Cung Văn hóa hữu nghị").

The sentences are our own.
"""

from __future__ import annotations

from kg.loaders.extract.organizations import parse_org
from kg.loaders.extract.tokens import Tokens, text_key
from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def _body_at(text: str, head: str) -> str | None:
    """The body parse_org reads from the first token of ``head`` in ``text``, as written."""
    toks = Tokens.of(text, text_key(text))
    i = next(k for k in range(len(toks.k)) if toks.s[k] == text.index(head))
    p = parse_org(toks, i)
    return None if p is None else toks.surface(p.start, p.end)


def test_a_foreign_party_written_by_its_abbreviation():
    got = pipeline_posts("Đoàn sang Phnôm Pênh theo lời mời của Chủ tịch CPP Hun Sen.", "Chuyến thăm Campuchia")
    assert ("Hun Sen", "Chủ tịch", "CPP", "holds") in got


def test_chinas_congress_and_consultative_conference_written_short():
    got = pipeline_posts("Phó Thủ tướng tiếp Phó Chủ tịch Chính hiệp toàn quốc Trung Quốc Lưu Kỳ Bảo. Đoàn sang Bắc "
                         "Kinh theo lời mời của Ủy viên trưởng Nhân đại Trung Quốc Triệu Lạc Tế.",
                         "Quan hệ Việt - Trung")
    assert ("Lưu Kỳ Bảo", "Phó Chủ tịch", "Chính hiệp toàn quốc Trung Quốc", "holds") in got
    assert ("Triệu Lạc Tế", "Ủy viên trưởng", "Nhân đại Trung Quốc", "holds") in got


def test_the_consultative_conference_written_in_full():
    got = pipeline_posts("Chủ tịch nước tiếp Phó Chủ tịch Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc "
                         "Lưu Kỳ Bảo.", "Quan hệ Việt - Trung")
    assert ("Lưu Kỳ Bảo", "Phó Chủ tịch", "Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc", "holds") in got


def test_cambodian_honorifics_are_no_part_of_the_name():
    got = pipeline_posts("Đoàn đã hội kiến Thủ tướng Vương quốc Campuchia Samdech Techo Hun Manet. Trước đó, đoàn gặp "
                         "Chủ tịch Thượng viện Campuchia Xăm-đéc Tê-chô Hun Xen.", "Chuyến thăm Campuchia")
    assert ("Hun Manet", "Thủ tướng", "", "holds") in got
    assert ("Hun Xen", "Chủ tịch", "Thượng viện Campuchia", "holds") in got


def test_a_district_military_command_and_its_one_word_head_keep_the_career_chain():
    got = pipeline_posts("Ông Trần Văn Bình từng giữ các chức vụ: Huyện đội trưởng Huyện đội Duy Xuyên (1966 - 1970), "
                         "Bí thư Huyện ủy Điện Bàn (1976 - 1981), Phó Chủ tịch UBND tỉnh Quảng Nam.", "Tin buồn")
    assert ("Trần Văn Bình", "Huyện đội trưởng", "Huyện đội Duy Xuyên", "former") in got
    assert ("Trần Văn Bình", "Bí thư", "Huyện ủy Điện Bàn", "former") in got


def test_a_district_military_command_named_by_the_bare_district():
    got = pipeline_posts("Ông Trần Văn Bình, Chính trị viên Huyện đội Phú Vang, phát biểu.", "Huấn luyện dân quân")
    assert ("Trần Văn Bình", "Chính trị viên", "Huyện đội Phú Vang", "holds") in got


def test_a_palace_whose_name_goes_on_in_lower_case():
    assert _body_at("Sáng 2/9, tại Cung Văn hóa hữu nghị, thành phố tổ chức mít tinh.", "Cung") == \
        "Cung Văn hóa hữu nghị"
    got = pipeline_posts("Ông Trần Văn Bình, Giám đốc Cung Văn hóa Lao động Hữu nghị Việt - Xô, phát biểu.", "Mít tinh")
    assert ("Trần Văn Bình", "Giám đốc", "Cung Văn hóa Lao động Hữu nghị Việt - Xô", "holds") in got
