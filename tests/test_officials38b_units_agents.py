"""Thirty-eighth officials round (b): an army unit's commander written bare before the title of a larger
unit is no head of that unit (role_unshared_bodies.tsv); a meeting written as the agent of a nomination
("được hội nghị hiệp thương lần thứ hai của Ủy ban MTTQ tỉnh giới thiệu ứng cử ...", agent_meetings.tsv)
is passed to its body; the honorific words before a name stop at the name's first word ("ông Ông Văn
Thành": "Ông" is a family name).

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_battalion_commander_before_a_regiment_s_title_keeps_no_body():
    got = pipeline_posts("Từ năm 1988 đến 1993, ông Lê Văn An là Tiểu đoàn trưởng, Phó Trung đoàn trưởng Trung đoàn "
                         "9, Sư đoàn 316.", "Tiểu sử")
    assert ("Lê Văn An", "Tiểu đoàn trưởng", "", "former") in got
    assert ("Lê Văn An", "Phó Trung đoàn trưởng", "Trung đoàn 9", "former") in got


def test_a_company_or_regiment_commander_is_no_head_of_the_larger_unit_named_next():
    got = pipeline_posts("Ông Hà Văn Bình, Đại đội trưởng, Tiểu đoàn trưởng Tiểu đoàn 4, được tặng bằng khen. Ông "
                         "Lò Văn Cương, Trung đoàn trưởng, Phó Sư đoàn trưởng Sư đoàn 968, phát biểu.", "Khen thưởng")
    assert ("Hà Văn Bình", "Đại đội trưởng", "", "holds") in got
    assert ("Hà Văn Bình", "Tiểu đoàn trưởng", "Tiểu đoàn 4", "holds") in got
    assert ("Lò Văn Cương", "Trung đoàn trưởng", "", "holds") in got
    # the same unit's deputy and head still share it
    got = pipeline_posts("Ông Hà Văn Bình, Phó Trung đoàn trưởng, Trung đoàn trưởng Trung đoàn 9, phát biểu.", "Tin")
    assert ("Hà Văn Bình", "Phó Trung đoàn trưởng", "Trung đoàn 9", "former") in got


def test_a_consultative_meeting_of_the_front_as_the_agent_of_a_nomination():
    got = pipeline_posts("Bà Lò Thị Dung, người vừa được hội nghị hiệp thương lần thứ hai của Ủy ban MTTQ Việt Nam "
                         "tỉnh Sơn La giới thiệu ứng cử đại biểu Quốc hội khóa XV, phát biểu tại buổi tiếp xúc.",
                         "Tiếp xúc cử tri")
    assert ("Lò Thị Dung", "đại biểu", "Quốc hội khóa XV", "nominated") in got
    got = pipeline_posts("Ông Hà Văn Bình được Hội nghị hiệp thương lần 3 của Ủy ban MTTQ Việt Nam tỉnh Sơn La giới "
                         "thiệu ứng cử đại biểu Quốc hội khóa XV.", "Bầu cử")
    assert ("Hà Văn Bình", "đại biểu", "Quốc hội khóa XV", "nominated") in got


def test_honorific_words_stop_at_a_name_that_begins_with_one():
    from kg.loaders.extract.officials import _skip_honorific_words
    from kg.loaders.extract.tokens import Tokens
    from kg.textkey import key
    text = "các ông Ông Văn Thành"
    toks = Tokens.of(text, key(text))
    assert _skip_honorific_words(toks, 0, {2}) == 2  # the family name "Ông" begins the name found
    assert _skip_honorific_words(toks, 0, set()) == 3
