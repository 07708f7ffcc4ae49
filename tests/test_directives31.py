"""Directives, round 25 (directives31): plans and reports named by their subject, with no number."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def test_a_plan_named_by_its_subject_after_a_capitalised_type_word():
    ds = extracted("Hội nghị thảo luận Đề án phát triển trường đại học tỉnh thành đại học vùng giai đoạn 2021-2025.")
    d = ds["Đề án phát triển trường đại học tỉnh thành đại học vùng giai đoạn 2021-2025"]
    assert (d.doc_type, d.symbol) == ("ĐA", None)
    assert d.title == "phát triển trường đại học tỉnh thành đại học vùng giai đoạn 2021-2025"


def test_an_action_programme_and_an_action_plan_keep_their_words_in_the_name():
    ds = extracted("Bộ trưởng trình bày Kế hoạch hành động triển khai quan hệ hợp tác giai đoạn 2020-2022. "
                   "Ông giới thiệu Chương trình hành động thực hiện chiến lược phát triển vùng biển.")
    assert ds["Kế hoạch hành động triển khai quan hệ hợp tác giai đoạn 2020-2022"].doc_type == "KH"
    assert ds["Chương trình hành động thực hiện chiến lược phát triển vùng biển"].doc_type == "CTr"


def test_a_report_and_a_submission_named_by_about():
    ds = extracted("Đại hội nghe Báo cáo tổng kết công tác nhiệm kỳ 2015-2020 và Tờ trình về việc sửa đổi quy chế.")
    assert ds["Báo cáo tổng kết công tác nhiệm kỳ 2015-2020"].doc_type == "BC"
    assert ds["Tờ trình về việc sửa đổi quy chế"].doc_type == "TTr"


def test_a_plan_in_passing_several_plans_and_the_ministry_name_no_document():
    assert extracted("Ông cho biết Kế hoạch này sẽ được triển khai trong năm tới.") == {}
    assert extracted("Việc thực hiện một số Đề án về đổi mới giáo dục còn chậm.") == {}
    assert extracted("Tỉnh có các đề án phát triển nông nghiệp sạch.") == {}
    assert extracted("Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Văn A và Thứ trưởng Kế hoạch Đầu tư dự họp.") == {}


def test_a_plans_title_ends_where_what_is_said_of_it_begins():
    ds = extracted("Tỉnh đã xây dựng Đề án phát triển nông nghiệp công nghệ cao trình Chính phủ vào cuối năm.")
    assert list(ds) == ["Đề án phát triển nông nghiệp công nghệ cao"]
    ds = extracted("Các đại biểu cho rằng Báo cáo sơ kết công tác phòng chống tham nhũng năm 2019 được chuẩn bị kỹ.")
    assert list(ds) == ["Báo cáo sơ kết công tác phòng chống tham nhũng năm 2019"]
    ds = extracted("Ông đọc Tờ trình về việc tiếp thu và giải trình ý kiến của đại biểu, theo đó: nhiều ý kiến …")
    assert list(ds) == ["Tờ trình về việc tiếp thu và giải trình ý kiến của đại biểu"]
    ds = extracted("Giải được tổ chức theo Đề án nâng cao chất lượng giải thưởng quốc gia "
                   "theo Quyết định số 12/QĐ-TTg.")
    assert "Đề án nâng cao chất lượng giải thưởng quốc gia" in ds
