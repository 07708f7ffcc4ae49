"""One graph whatever order the reports come in: labels, tenure dates, identity links and IRIs.

A build reads reports in the order a folder lists them, a store its digests, a user their batch;
the graph must not depend on it. Reports are our own sentences, the names made up.
"""

from __future__ import annotations

from rdflib import XSD, Literal

from kg.graph import build_dataset, serialize_trig
from kg.model import PartialDate
from kg.resolve import chosen_label, resolve, tenure_end, tenure_start
from kg.vocab import KG
from tests.test_resolution import report

REPORTS = [
    report("a", "Sáng 3/3, đồng chí Phạm Quốc Thắng, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị. "
                "Ông Phạm Quốc Thắng giữ chức Bí thư Tỉnh ủy Phú Yên từ năm 2015.", (2016, 3, 3)),
    report("b", "Từ tháng 6/2015, ông Phạm Quốc Thắng giữ chức Bí thư Tỉnh ủy Phú Yên.", (2017, 1, 5)),
    report("c", "Từ tháng 3/2014, ông Phạm Quốc Thắng giữ chức Bí thư Tỉnh uỷ Phú Yên.", (2018, 1, 5)),
    report("d", "Thủ tướng bổ nhiệm ông Phạm Quốc Thắng, nguyên Bí thư Tỉnh ủy Phú Yên, giữ chức Bộ trưởng "
                "Bộ Xây dựng.", (2019, 1, 5)),
    report("e", "Ông Lê Hữu Phước, Chủ tịch UBND tỉnh Cà Mau, cho biết.", (2019, 2, 1)),
    report("f", "Ông Lê Hữu Phước, Giám đốc Sở Y tế tỉnh Lào Cai, cho biết.", (2019, 2, 2)),
    report("g", "Bộ trưởng Bộ Xây dựng Phạm Quốc Thắng đã kiểm tra công trình.", (2020, 6, 1)),
]


def trig(exs) -> bytes:
    return serialize_trig(build_dataset(exs, resolve(exs)))


def test_the_same_reports_in_three_orders_give_byte_identical_graphs():
    first = trig(REPORTS)
    assert trig(list(reversed(REPORTS))) == first
    assert trig(REPORTS[3:] + REPORTS[:3]) == first


def test_a_tenure_s_start_is_the_earliest_of_the_most_precise_dates_in_any_order():
    for exs in (REPORTS[:3], list(reversed(REPORTS[:3]))):
        g = build_dataset(exs, resolve(exs)).to_graph()
        assert set(g.objects(None, KG.startDate)) == {Literal("2014-03", datatype=XSD.gYearMonth)}


def test_a_date_gives_way_to_a_more_precise_one_of_the_same_time():
    assert tenure_start((PartialDate(2020), PartialDate(2020, 5))) == PartialDate(2020, 5)
    assert tenure_start((PartialDate(2020, 5), PartialDate(2020, 5, 12), PartialDate(2020))) == PartialDate(2020, 5, 12)
    assert tenure_end((PartialDate(2016, 2), PartialDate(2016))) == PartialDate(2016, 2)


def test_dates_that_disagree_keep_the_earliest_start_and_the_latest_end():
    assert tenure_start((PartialDate(2009), PartialDate(2006))) == PartialDate(2006)
    assert tenure_end((PartialDate(2008), PartialDate(2011))) == PartialDate(2011)
    # 2020 is made more precise by 5/2020, which is earlier than 6/2020
    assert tenure_start((PartialDate(2020, 6), PartialDate(2020), PartialDate(2020, 5))) == PartialDate(2020, 5)
    assert tenure_end((PartialDate(2020, 6), PartialDate(2020), PartialDate(2020, 5))) == PartialDate(2020, 6)


def test_a_stated_year_goes_before_a_year_taken_from_the_report_s_date():
    observed = PartialDate(2021, 5, 5, inferred_year=True)  # "ngày 5/5" in a report of 2021
    assert tenure_end((PartialDate(2020, 3), observed)) == PartialDate(2020, 3)
    assert tenure_start((observed, PartialDate(2022))) == PartialDate(2022)
    # agreeing dates: the more precise, whichever year was inferred
    assert tenure_start((PartialDate(2021), observed)) == observed


def test_a_date_without_a_year_is_chosen_only_when_no_other_is_left():
    assert tenure_start((PartialDate(None, 5, 10), PartialDate(2019))) == PartialDate(2019)
    assert tenure_end((PartialDate(2019), PartialDate(None, 5, 10))) == PartialDate(2019)
    assert tenure_start((PartialDate(None, 5, 10), PartialDate(2019, 5, 10))) == PartialDate(2019, 5, 10)
    assert tenure_start(PartialDate(None, 5, 10)) == PartialDate(None, 5, 10)
    assert tenure_start(None) is None


def test_forms_that_differ_in_tone_style_or_case_count_as_one_wording():
    # 2 + 2 mentions of one wording against 3 of another: the first wins, in any order
    counts = [("Uỷ viên Ban Chấp hành Trung ương Đảng", 2), ("Ủy viên Trung ương Đảng", 3),
              ("Ủy viên Ban Chấp hành Trung ương Đảng", 2)]
    assert chosen_label(counts) == "Uỷ viên Ban Chấp hành Trung ương Đảng"
    assert chosen_label(list(reversed(counts))) == "Uỷ viên Ban Chấp hành Trung ương Đảng"
    assert chosen_label([("Phó bí thư Tỉnh ủy X", 2), ("Phó Bí thư Tỉnh ủy X", 1), ("Bí thư X", 2)]) == \
        "Phó bí thư Tỉnh ủy X"


def test_a_body_s_label_is_its_name_without_a_term_before_the_most_written():
    counts = [("Quốc hội khóa XIV", 5), ("Quốc hội", 1)]
    assert chosen_label(counts, termless=True) == "Quốc hội"
    assert chosen_label(counts) == "Quốc hội khóa XIV"
