"""Twenty-fifth round (directives30): a date that opens the clause whose subject gives a document; the type word
"Bộ luật" whole; a title read through "TP." and ended before ", trong đó," or a verb of saying; the law on legal
documents of the councils and committees, longer than the general law's name; "Việt Nam" kept whole at a law
name's cap; a treaty's signing date in brackets. Our own sentences, in the shape of reports."""

from __future__ import annotations

from kg.model import PartialDate
from tests.fixtures_directives import directives_by_name as extracted


def test_a_date_before_the_body_that_gives_the_document_is_its_issue_date():
    ds = extracted("Để củng cố lực lượng, ngày 12-5-1951, Ban Bí thư ra Chỉ thị số 05-CT/TW về tổ chức công an. "
                   "Ngày 12-6-1981, Hội đồng Chính phủ ký ban hành Nghị định số 250/NĐ-CP quy định nhiệm vụ.",
                   ("Ban Bí thư", "national"))
    assert ds["05-CT/TW"].date_issued == PartialDate(1951, 5, 12)  # type: ignore[attr-defined]
    assert ds["250/NĐ-CP"].date_issued == PartialDate(1981, 6, 12)  # type: ignore[attr-defined]


def test_a_date_before_on_behalf_of_the_issuer_is_the_issue_date_and_a_date_of_another_clause_is_not():
    ds = extracted("Ngày 20-1-1962, thay mặt Bộ Chính trị, đồng chí đã ký ban hành Nghị quyết số 40-NQ/TW về củng cố "
                   "lực lượng. Ngày 4/12/2002, sau khi xét đơn, UBND tỉnh có Quyết định số 9729 thu hồi đất.",
                   ("Bộ Chính trị", "national"), ("UBND tỉnh", "province"))
    assert ds["40-NQ/TW"].date_issued == PartialDate(1962, 1, 20)  # type: ignore[attr-defined]
    assert ds["9729"].date_issued is None  # type: ignore[attr-defined]


def test_the_type_word_bo_luat_is_kept_whole():
    ds = extracted("Theo Bộ luật Hình sự năm 2015, hành vi này bị xử lý.")
    assert ds["Bộ luật Hình sự"].type_word == "Bộ luật"  # type: ignore[attr-defined]


def test_a_title_runs_through_the_dot_of_tp_and_ends_before_a_gloss_or_what_the_document_says():
    ds = extracted("Quốc hội thông qua Nghị quyết số 54/2017/QH14 về thí điểm cơ chế đặc thù phát triển TP. Hồ Chí "
                   "Minh. Ông nhắc Chỉ thị số 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
                   "Minh, trong đó, thực hiện lời dạy của Bác. Nghị quyết số 40-NQ/TW về củng cố lực lượng Công an, "
                   "xác định “cần phải kiên quyết”.", ("Quốc hội", "national"))
    assert ds["54/2017/QH14"].title == "về thí điểm cơ chế đặc thù phát triển TP. Hồ Chí Minh"  # type: ignore
    assert ds["05-CT/TW"].title == "về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"  # type: ignore
    assert ds["40-NQ/TW"].title == "về củng cố lực lượng Công an"  # type: ignore[attr-defined]


def test_the_law_on_legal_documents_of_the_councils_and_committees_is_a_law_of_its_own():
    ds = extracted("Quốc hội cho ý kiến về Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND. Luật Ban hành "
                   "văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân có 62 điều; Luật Ban hành "
                   "văn bản quy phạm pháp luật năm 2015 thay thế.")
    assert set(ds) == {"Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND",
                       "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân",
                       "Luật Ban hành văn bản quy phạm pháp luật"}


def test_viet_nam_is_not_cut_at_a_law_names_cap():
    ds = extracted("Năm 1962, Quốc hội ban hành Pháp lệnh lực lượng Cảnh sát nhân dân Việt Nam.")
    assert "Pháp lệnh lực lượng Cảnh sát nhân dân Việt Nam" in ds


def test_a_treatys_signing_date_in_brackets_after_its_name():
    ds = extracted("Kỷ niệm 53 năm ngày ký kết Hiệp định Paris (27/1/1973) và 51 năm thống nhất đất nước (30/4/1975).")
    assert ds["Hiệp định Paris"].date_issued == PartialDate(1973, 1, 27)  # type: ignore[attr-defined]


def test_a_title_ends_before_the_agenda_after_it_and_before_the_date_of_the_event_that_names_it():
    ds = extracted("Kỳ họp ban hành các đề án triển khai Nghị quyết 54/2017 của Quốc hội về cơ chế đặc thù phát triển "
                   "TP. HCM và các nội dung quan trọng khác. Hội nghị quán triệt nghị quyết số 55 của Quốc hội về cơ "
                   "chế đặc thù phát triển TP. HCM ngày 23-2. Quyết định số 5/QĐ-TTg về việc sửa đổi Nghị định 46 "
                   "ngày 1/2/2019.", ("Quốc hội", "national"))
    assert ds["54/2017"].title == "về cơ chế đặc thù phát triển TP. HCM"  # type: ignore[attr-defined]
    assert ds["55"].title == "về cơ chế đặc thù phát triển TP. HCM"  # type: ignore[attr-defined]
    assert ds["5/QĐ-TTg"].title == "về việc sửa đổi Nghị định 46 ngày 1/2/2019"  # type: ignore[attr-defined]


def test_a_title_ends_before_what_is_said_of_the_document_after_a_comma():
    ds = extracted("Thông tư số 01/2021/TT-TTCP quy định quy tắc ứng xử của cán bộ thanh tra, có hiệu lực từ ngày 1/5.")
    assert ds["01/2021/TT-TTCP"].title == "quy định quy tắc ứng xử của cán bộ thanh tra"  # type: ignore[attr-defined]


def test_two_regulations_on_setting_an_example_are_named_whole():
    ds = extracted("Ông vi phạm quy định về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ "
                   "chốt các cấp; vi phạm tiêu chuẩn. Hội nghị thông qua Quy định về trách nhiệm nêu gương của cán bộ, "
                   "đảng viên, trước hết là Uỷ viên Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương Đảng.")
    titles = sorted(d.title for d in ds.values())  # type: ignore[attr-defined]
    assert titles == ["về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp",
                      "về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Uỷ viên Bộ Chính trị, Ban Bí thư, "
                      "Ban Chấp hành Trung ương"]


def test_the_constitution_in_lower_case_and_what_is_not_it():
    ds = extracted("So với nhiệm vụ mà hiến pháp và pháp luật giao, kết quả chưa đáng kể.")
    assert list(ds) == ["Hiến pháp"]
    for text in ("Các chuyên gia luật hiến pháp họp bàn.", "Ông so sánh hiến pháp Mỹ với hiến pháp của Pháp.",
                 "Các hiến pháp đều quy định điều này."):
        assert extracted(text) == {}, text


def test_a_decision_cited_by_its_act_with_its_issuer_and_without_the_posts_of_its_person():
    ds = extracted("Sáng 10/5, bà Nguyễn Thị Kim Ngân đã trao Quyết định của Bộ Chính trị phân công ông Nguyễn Văn An, "
                   "Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tham gia Đảng bộ TP.HCM, giữ "
                   "chức Bí thư Thành ủy TP.HCM. Ông Lê Văn Ba công bố quyết định của Ban Bí thư về việc chỉ định "
                   "ông Đỗ Văn Tư tham gia Ban chấp hành Đảng bộ tỉnh.", ("Bộ Chính trị", "national"),
                   ("Ban Bí thư", "national"))
    assert {(d.title, d.issuer.written) for d in ds.values()} == {  # type: ignore[attr-defined]
        ("phân công ông Nguyễn Văn An tham gia Đảng bộ TP.HCM, giữ chức Bí thư Thành ủy TP.HCM", "Bộ Chính trị"),
        ("về việc chỉ định ông Đỗ Văn Tư tham gia Ban chấp hành Đảng bộ tỉnh", "Ban Bí thư")}


def test_a_decision_told_in_passing_and_the_verb_decide_name_no_document():
    ds = extracted("Bộ Chính trị đã quyết định phân công ông Nguyễn Văn An làm Bí thư. Bà Trần Thị Ba đã ký quyết định "
                   "bổ nhiệm em trai mình. Hội nghị triển khai Quyết định của Bộ Chính trị về công tác cán bộ.",
                   ("Bộ Chính trị", "national"))
    assert ds == {}


def test_a_directive_named_by_its_quoted_title_alone_and_a_quote_of_its_words_is_not_one():
    ds = extracted("Hội nghị đã ban hành Chỉ thị “Nhật - Pháp bắn nhau và hành động của chúng ta”, Chỉ thị “Phá kho "
                   "thóc để chia cho dân đói”; kịp thời chuyển hướng. Ông nhắc Nghị quyết “xác định rõ” nhiệm vụ.")
    assert sorted(d.title for d in ds.values()) == [  # type: ignore[attr-defined]
        "Nhật - Pháp bắn nhau và hành động của chúng ta", "Phá kho thóc để chia cho dân đói"]


def test_a_qualifier_between_the_type_word_and_the_number_and_a_whole_law_name_with_a_comma():
    ds = extracted("Căn cứ Báo cáo thẩm tra số 658/BC-UBTP14 ngày 6/6/2017. Quốc hội thảo luận Luật điện lực; Luật ký "
                   "kết, gia nhập và thực hiện điều ước quốc tế; Luật Giáo dục.")
    assert ds["658/BC-UBTP14"].doc_type == "BC"  # type: ignore[attr-defined]
    assert "Luật ký kết, gia nhập và thực hiện điều ước quốc tế" in ds


def test_a_quote_after_a_colon_is_part_of_the_title():
    ds = extracted("Tỉnh triển khai Quyết định của Thủ tướng Chính phủ phê duyệt Đề án thí điểm: “Xây dựng huyện Nam "
                   "Đàn thành huyện nông thôn mới kiểu mẫu” và kế hoạch của tỉnh.")
    (d,) = ds.values()
    assert d.title == "phê duyệt Đề án thí điểm: “Xây dựng huyện Nam Đàn thành huyện nông thôn mới kiểu mẫu”"  # type: ignore
