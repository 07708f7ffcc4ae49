"""An act's post read from a headline or a lead takes the date the body tells the same act with.

A report often names the act first without its date ("Tỉnh ủy trao quyết định chỉ định ông X giữ chức Phó
Bí thư Tỉnh ủy", or with a day whose year the report does not give) and tells it again further on with the
decision's date ("Quyết định số 12-QĐNS/TW ngày 6/2/2017 … chỉ định ông X … giữ chức Phó Bí thư Tỉnh ủy Y").
The post is read from its first writing; its date comes from where its title is written again
(loaders/extract/tenure_dates.py, ``_retold_act_date``), only where an act of the same kind governs the
title there (not "Phó Bí thư" for "Bí thư") and the sentence is about the holder: it names the holder
before the title, or names no one ("bổ nhiệm các ông có tên tại Điều 1 … làm Thẩm phán …"), not only
someone else ("ông A ký văn bản giải trình về việc bổ nhiệm Giám đốc Sở …").

The sentences are our own, written in the shape of corpus reports; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_officials import post_dates as dates

LEAD = ("Tỉnh ủy Phú Yên tổ chức hội nghị trao quyết định chỉ định ông Trần Văn Bình giữ chức Phó Bí thư "
        "Tỉnh ủy Phú Yên. ")


def test_the_decisions_date_told_later_dates_the_post():
    got = dates(LEAD + "Tại hội nghị, ông Lê Văn Hòa công bố Quyết định số 512-QĐNS/TW ngày 6/3/2019 của Ban Bí "
                "thư chỉ định ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh, giữ chức Phó Bí thư Tỉnh ủy Phú Yên.")
    assert got["Trần Văn Bình: Phó Bí thư Tỉnh ủy Phú Yên"] == ("2019-03-06", None, "appointed")


def test_a_later_sentence_naming_no_one_still_tells_the_act():
    got = dates(LEAD + "Theo quyết định, Ban Bí thư chỉ định giữ chức Phó Bí thư Tỉnh ủy Phú Yên kể từ ngày "
                "15/3/2019.")
    assert got["Trần Văn Bình: Phó Bí thư Tỉnh ủy Phú Yên"] == ("2019-03-15", None, "appointed")


def test_a_later_sentence_about_someone_else_dates_nothing():
    got = dates(LEAD + "Ngày 6/3/2019, ông Lê Văn Hòa ký văn bản giải trình về việc chỉ định giữ chức Phó Bí thư "
                "Tỉnh ủy Phú Yên.")
    assert got["Trần Văn Bình: Phó Bí thư Tỉnh ủy Phú Yên"][:2] == (None, None)


def test_the_title_inside_a_longer_title_is_not_the_post_written_again():
    got = dates("Tỉnh ủy Phú Yên tổ chức hội nghị trao quyết định chỉ định ông Trần Văn Bình giữ chức Bí thư "
                "Huyện ủy Tuy An. Ngày 6/3/2019, Ban Thường vụ Tỉnh ủy chỉ định ông Trần Văn Bình giữ "
                "chức Phó Bí thư Huyện ủy Tuy An.")
    assert got["Trần Văn Bình: Bí thư Huyện ủy Tuy An"][:2] == (None, None)
