"""An act told in a sentence that opens with "Theo đó" takes the date of the decision the sentence before names.

Reports announce a personnel decision in one sentence and tell what it says in the next: "Ngày 6/3/2019,
Tỉnh ủy tổ chức Hội nghị công bố quyết định của Ban Bí thư về công tác cán bộ. Theo đó, ông X được điều
động giữ chức …". The second sentence writes no date; its act is the decision's, so it takes the date that
opens the sentence before (loaders/extract/tenure_dates.py, ``_follows_decision``; the opening words are
loaders/data/tenure_follow_words.tsv). Nothing is taken when the sentence before names no decision, when
its date is the day someone said something about it, or when the act's sentence does not open with such
a word.

The sentences are our own, written in the shape of corpus reports; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_officials import post_dates as dates


def test_an_appointment_after_theo_do_starts_on_the_day_the_decision_was_announced():
    got = dates("Chiều 6/3/2019, Tỉnh ủy Phú Yên tổ chức Hội nghị công bố quyết định của Ban Bí thư về công tác "
                "cán bộ. Theo đó, ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh được điều động, chỉ định giữ chức "
                "Phó Bí thư Tỉnh ủy Phú Yên.")
    assert got["Trần Văn Bình: Phó Bí thư Tỉnh ủy Phú Yên"] == ("2019-03-06", None, "appointed")
    assert got["Trần Văn Bình: Phó Chủ tịch Ủy ban nhân dân tỉnh Phú Yên"][:2] == (None, None)


def test_a_removal_after_theo_quyet_dinh_ends_on_the_decisions_day():
    got = dates("Ngày 12/8/2018, Ban Thường vụ Tỉnh ủy Phú Yên ký quyết định về công tác cán bộ. Theo quyết định "
                "này, ông Lê Văn Hòa thôi giữ chức Giám đốc Sở Tài chính tỉnh Phú Yên để nghỉ hưu theo chế độ.")
    assert got["Lê Văn Hòa: Giám đốc Sở Tài chính tỉnh Phú Yên"] == (None, "2018-08-12", "left")


def test_the_day_someone_spoke_of_a_decision_dates_nothing():
    got = dates("Ngày 5/3/2019, ông Lê Văn Hòa cho biết Thường vụ Tỉnh ủy đã họp và quyết định về công tác cán bộ. "
                "Theo đó, ông Trần Văn Bình được bổ nhiệm giữ chức Phó Bí thư Tỉnh ủy Phú Yên.")
    assert got["Trần Văn Bình: Phó Bí thư Tỉnh ủy Phú Yên"][:2] == (None, None)


def test_a_sentence_before_that_names_no_decision_dates_nothing():
    got = dates("Ngày 5/3/2019, Tỉnh ủy Phú Yên họp phiên thường kỳ. Theo đó, ông Trần Văn Bình được bổ nhiệm giữ "
                "chức Phó Bí thư Tỉnh ủy Phú Yên.")
    assert got["Trần Văn Bình: Phó Bí thư Tỉnh ủy Phú Yên"][:2] == (None, None)


def test_an_act_not_told_as_the_decisions_content_takes_no_date_from_the_sentence_before():
    got = dates("Ngày 5/3/2019, Tỉnh ủy Phú Yên tổ chức Hội nghị công bố quyết định của Ban Bí thư về công tác "
                "cán bộ. Ông Trần Văn Bình được bổ nhiệm giữ chức Phó Bí thư Tỉnh ủy Phú Yên.")
    assert got["Trần Văn Bình: Phó Bí thư Tỉnh ủy Phú Yên"][:2] == (None, None)
