"""Directives, round 27 (directives34): a stated title that ran on into the sentence's next clause (a conjunction
after a comma, the topic particle "thì", a main clause whose subject follows a comma, a clause pointing back at
the document); symbols written with a space or a date inside; documents that share one trailing date."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def _title(text: str, key: str, *orgs: tuple[str, str]) -> str | None:
    return extracted(text, *orgs)[key].title


def test_a_conjunction_after_a_comma_ends_the_title():
    assert _title("Là năm đầu tiên thực hiện Nghị quyết 388 về bồi thường thiệt hại oan sai, nên trên cả nước, "
                  "các cơ quan tố tụng đã rà soát.", "388") == "về bồi thường thiệt hại oan sai"
    assert _title("Quốc hội có Nghị quyết số 12 về chống thất thoát, đầu tư dàn trải, nhưng tình trạng vẫn xảy "
                  "ra.", "12") == "về chống thất thoát, đầu tư dàn trải"


def test_the_topic_particle_thi_ends_the_title():
    assert _title("Theo Quyết định số 6758/QĐ-UBND về việc phê duyệt quy hoạch rừng giai đoạn 2008 – 2020 thì "
                  "diện tích rừng đặc dụng chỉ còn 2.500 ha.", "6758/QĐ-UBND") \
        == "về việc phê duyệt quy hoạch rừng giai đoạn 2008 – 2020"


def test_a_lower_case_subject_after_a_comma_then_a_predicate_ends_the_title():
    assert _title("Qua 1 năm thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
                  "phong cách Hồ Chí Minh, nhiều địa phương, đơn vị đã gắn với giải quyết việc khó.", "05-CT/TW") \
        == "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    assert _title("Nói về Quyết định 33 về tách thửa, đồng chí Lê Văn Khoa cho biết mục tiêu là quản lý đất.",
                  "33") == "về tách thửa"


def test_a_verb_of_saying_after_a_named_subject_ends_the_title_but_not_inside_it():
    assert _title("Để thực hiện Công điện số 156/CĐ-TTg về tập trung triển khai nhiệm vụ trọng tâm đầu năm, "
                  "Chủ tịch UBND tỉnh yêu cầu các sở vào cuộc.", "156/CĐ-TTg") \
        == "về tập trung triển khai nhiệm vụ trọng tâm đầu năm"
    assert _title("Thành phố ban hành Quyết định số 40/QĐ-UBND về việc yêu cầu thu hồi các quyết định chưa đúng.",
                  "40/QĐ-UBND") == "về việc yêu cầu thu hồi các quyết định chưa đúng"
    assert _title("Quyết định số 41/QĐ-UBND về kiểm tra đất đai, đồng chí Bí thư nhấn mạnh: phải làm ngay.",
                  "41/QĐ-UBND") == "về kiểm tra đất đai"


def test_cung_opens_the_predicate_but_not_cung_nhu():
    assert _title("Nghị quyết 25/2016/QH14 về kế hoạch tài chính 5 năm quốc gia cũng đặt ra yêu cầu lớn.",
                  "25/2016/QH14") == "về kế hoạch tài chính 5 năm quốc gia"
    assert _title("Chỉ thị số 07-CT/TW về công tác thanh niên cũng như công tác đội trong trường học.",
                  "07-CT/TW") == "về công tác thanh niên cũng như công tác đội trong trường học"


def test_a_verb_of_saying_before_a_quote_ends_the_title_without_a_comma():
    assert _title("Nghị quyết số 11-NQ/TW về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa xác định "
                  "\u201cphải xây dựng đội ngũ cán bộ nữ\u201d.", "11-NQ/TW") \
        == "về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa"


def test_a_clause_pointing_back_at_the_document_is_not_its_title():
    assert _title("Cần thực hiện Nghị quyết 04 về xây dựng, chỉnh đốn Đảng, triển khai Nghị quyết này phải gắn "
                  "với công việc.", "04") == "về xây dựng, chỉnh đốn Đảng"
    assert _title("Chỉ thị số 40-CT/TW về tín dụng chính sách xã hội mới được ban hành.", "40-CT/TW") \
        == "về tín dụng chính sách xã hội"


def test_a_plenums_resolutions_named_with_cua_or_in_lower_case_or_with_the_centre_abbreviated():
    ds = extracted("Tỉnh thực hiện có hiệu quả các nghị quyết của Hội nghị Trung ương 4 (khóa XII), gắn với việc "
                   "học tập.")
    d = ds["nghị quyết Hội nghị Trung ương 4 (khóa XII)"]
    assert (d.doc_type, d.term, d.symbol) == ("NQ", 12, None)
    ds = extracted("Các cấp triển khai các Nghị quyết của Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng (khóa XII) "
                   "về hoàn thiện thể chế kinh tế thị trường.")
    assert list(ds) == ["Nghị quyết Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng (khóa XII)"]
    ds = extracted("Bộ khắc phục yếu kém theo nghị quyết Trung ương 4 khoá 11.")
    assert ds["nghị quyết Trung ương 4 khoá 11"].term == 11
    assert list(extracted("Việc thực hiện Nghị quyết TƯ 4 đã tạo chuyển biến.")) == ["Nghị quyết TƯ 4"]
    ds = extracted("Báo cáo kết quả thực hiện nghị quyết T.Ư 6 (lần 2) về xây dựng - chỉnh đốn Đảng.")
    assert ds["nghị quyết T.Ư 6 (lần 2)"].title == "về xây dựng - chỉnh đốn Đảng"


def test_the_centre_must_be_written_so_tu_in_lower_case_is_no_plenum():
    assert extracted("Đó là các nghị quyết trung ương 4 của nhiều khoá.") == {}
    assert extracted("Ông nói về nghị quyết tư 4 lần trong buổi họp.") == {}


def test_a_plenums_resolution_before_the_next_documents_number_is_still_named():
    ds = extracted("Cần thực hiện Nghị quyết Trung ương 4 (khóa XII), Chỉ thị 05 của Bộ Chính trị gắn với thi đua.")
    assert "Nghị quyết Trung ương 4 (khóa XII)" in ds and "05" in ds


def test_a_dispatch_named_by_its_subject_in_either_case():
    ds = extracted("Sau sự việc, Thủ tướng Chính phủ đã có công điện về việc tập trung tháo gỡ khó khăn cho doanh "
                   "nghiệp.", ("Thủ tướng Chính phủ", "national"))
    d = ds["công điện về việc tập trung tháo gỡ khó khăn cho doanh nghiệp"]
    assert (d.doc_type, d.symbol, d.issuer.name) == ("CĐ", None, "Thủ tướng Chính phủ")
    ds = extracted("Chiều 26/4, Chủ tịch UBND tỉnh đã ban hành Công điện về việc tăng cường phòng, chống dịch.")
    assert list(ds) == ["Công điện về việc tăng cường phòng, chống dịch"]


def test_several_dispatches_or_one_without_its_subject_name_none():
    assert extracted("Tỉnh đã nhận các công điện về việc phòng, chống bão trong tuần.") == {}
    assert extracted("Ông đọc công điện khẩn của Thủ tướng tại cuộc họp.") == {}


def test_a_notice_given_by_a_body_named_by_its_subject():
    ds = extracted("Chiều 11/7, Uỷ ban Kiểm tra Trung ương ra thông báo về kỳ họp thứ IV của Uỷ ban.",
                   ("Uỷ ban Kiểm tra Trung ương", "national"))
    d = ds["thông báo về kỳ họp thứ IV của Uỷ ban"]
    assert (d.doc_type, d.symbol, d.issuer.name) == ("TB", None, "Uỷ ban Kiểm tra Trung ương")
    ds = extracted("Văn phòng Chính phủ vừa có thông báo kết luận của Thủ tướng tại cuộc họp về quy hoạch sân bay.")
    assert list(ds) == ["thông báo kết luận của Thủ tướng tại cuộc họp về quy hoạch sân bay"]


def test_a_meetings_communique_ends_at_what_is_said_of_it():
    ds = extracted("“Trung ương đồng ý”, thông cáo ngày làm việc thứ ba hội nghị lần thứ năm Ban Chấp hành Trung "
                   "ương Đảng khoá XII nêu.")
    assert list(ds) == ["thông cáo ngày làm việc thứ ba hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khoá XII"]
    ds = extracted("Ngày 15-3, Uỷ ban Kiểm tra Trung ương đã ra thông báo về kỳ họp 23 diễn ra trong hai ngày.")
    assert list(ds) == ["thông báo về kỳ họp 23"]


def test_the_verb_announce_or_a_numbered_conclusion_is_no_unnumbered_notice():
    assert extracted("Thủ tướng đã thông báo về tình hình kinh tế của đất nước.") == {}
    ds = extracted("Đảng viên học tập Thông báo Kết luận số 50-TB/TW của Ban Bí thư trong tháng.")
    assert None not in {d.symbol for d in ds.values()}


def test_a_notice_of_conclusions_named_only_by_whose_names_none():
    assert extracted("Thành uỷ chưa thực hiện thông báo kết luận của Bộ Chính trị trong việc khắc phục vi phạm.") == {}


def test_a_master_plan_named_by_its_subject_and_horizon():
    ds = extracted("Thủ tướng Chính phủ phê duyệt Quy hoạch chung xây dựng Khu nông nghiệp công nghệ cao Phú Yên đến "
                   "năm 2030. Khu này rộng 2.000 ha.")
    d = ds["Quy hoạch chung xây dựng Khu nông nghiệp công nghệ cao Phú Yên đến năm 2030"]
    assert (d.doc_type, d.symbol, d.title) == ("QHo", None,
                                               "chung xây dựng Khu nông nghiệp công nghệ cao Phú Yên đến năm 2030")
    ds = extracted("HĐND bổ sung Quy hoạch tổng thể phát triển kinh tế xã hội tỉnh đến năm 2020, định hướng đến năm "
                   "2030 và một số vấn đề khác.")
    assert list(ds) == ["Quy hoạch tổng thể phát triển kinh tế xã hội tỉnh đến năm 2020, định hướng đến năm 2030"]


def test_a_lower_case_master_plan_only_when_approved_and_its_approver():
    ds = extracted("Theo quy hoạch phát triển ngành công nghiệp ô tô đến năm 2010, tầm nhìn đến 2020 được Chính phủ "
                   "phê duyệt, công ty là một đầu mối.", ("Chính phủ", "national"))
    d = ds["Quy hoạch phát triển ngành công nghiệp ô tô đến năm 2010, tầm nhìn đến 2020"]
    assert d.issuer.name == "Chính phủ"
    assert extracted("Tỉnh điều chỉnh quy hoạch sử dụng đất đến năm 2020 cho phù hợp.") == {}


def test_a_plan_that_is_another_documents_subject_or_several_plans_is_not_named():
    ds = extracted("HĐND thông qua Nghị quyết số 12/NQ-HĐND về Quy hoạch phát triển điện lực đến năm 2025.")
    assert set(ds) == {"12/NQ-HĐND"}
    assert extracted("Ông nói các Quy hoạch phát triển ngành đến năm 2030 cần sửa.") == {}


def test_a_lower_case_plan_named_by_a_quoted_title_after_it():
    ds = extracted("Hội nghị đang thảo luận đề án \" Tập trung xây dựng đội ngũ cán bộ các cấp \". Ông nói thêm.")
    d = ds["đề án Tập trung xây dựng đội ngũ cán bộ các cấp"]
    assert (d.doc_type, d.symbol) == ("ĐA", None)
    ds = extracted("Trong đề án \u201cPhát triển sản xuất nông nghiệp hàng hóa tập trung\u201d, tỉnh nêu rõ mục tiêu.")
    assert list(ds) == ["đề án Phát triển sản xuất nông nghiệp hàng hóa tập trung"]
    assert extracted("Ông gọi đó là đề án \u201cđẹp\u201d nhưng khó làm.") == {}


def test_a_central_body_written_bare_after_the_type_word_is_the_issuer():
    ds = extracted("Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết Bộ Chính trị về phát triển du lịch "
                   "trở thành ngành kinh tế mũi nhọn; đa dạng hóa sản phẩm.", ("Bộ Chính trị", "national"))
    d = ds["Nghị quyết về phát triển du lịch trở thành ngành kinh tế mũi nhọn"]
    assert (d.doc_type, d.issuer.name) == ("NQ", "Bộ Chính trị")
    ds = extracted("Tỉnh thực hiện Quyết định số 15/QĐ-UBND Chính phủ đã giao.", ("Chính phủ", "national"))
    assert ds["15/QĐ-UBND"].issuer is None


def test_a_code_after_the_date_of_a_bare_number_completes_its_symbol():
    ds = extracted("Tại Quyết định số 807 ngày 2/4/2004/QĐUB của UBND thành phố Hải Phòng, 62 hộ được cấp đất.",
                   ("UBND thành phố Hải Phòng", "province"))
    d = ds["807/QĐUB"]
    assert (d.doc_type, d.issuer.name, d.date_issued.iso()) == ("QĐ", "UBND thành phố Hải Phòng", "2004-04-02")
    ds = extracted("Theo Quyết định số 12 ngày 2/4/2004, tỉnh giao đất.")
    assert list(ds) == ["12"]


def test_a_bare_number_of_a_regulation_whose_symbol_says_qd_is_that_regulation():
    ds = extracted("Kỷ luật theo Quy định số 181-QĐ/TW, ngày 30-3-2013 của Bộ Chính trị. Căn cứ Quy định số 181 của "
                   "Bộ Chính trị, Ủy ban quyết định cảnh cáo.", ("Bộ Chính trị", "national"))
    assert list(ds) == ["181-QĐ/TW"]


def test_the_anti_corruption_law_named_in_lower_case_or_as_a_bill():
    ds = extracted("Quốc hội dành trọn cả ngày để thảo luận về dự luật phòng chống tham nhũng.")
    d = ds["Luật phòng, chống tham nhũng"]
    assert (d.doc_type, d.title) == ("LUAT", "phòng chống tham nhũng")
    ds = extracted("Chính phủ gấp rút hoàn thiện dự luật Chống tham nhũng, trình Quốc hội.")
    assert list(ds) == ["Luật chống tham nhũng"]


def test_a_law_name_with_va_or_a_dash_between_its_two_phrases():
    ds = extracted("Nội dung đáng chú ý là dự thảo Luật thực hành tiết kiệm và chống lãng phí. Trong đó có quy định.")
    assert list(ds) == ["Luật thực hành tiết kiệm và chống lãng phí"]
    ds = extracted("Ông nói Pháp lệnh Thực hành tiết kiệm, chống lãng phí đưa ra nhiều quy định.")
    assert list(ds) == ["Pháp lệnh Thực hành tiết kiệm, chống lãng phí"]


def test_two_documents_of_one_series_share_the_date_said_after_the_second():
    ds = extracted("Quy định này thay thế Quyết định số 67-QĐ/TW và Quyết định số 68-QĐ/TW, ngày 4-7-2007 của Bộ "
                   "Chính trị khoá X.", ("Bộ Chính trị", "national"))
    assert ds["67-QĐ/TW"].date_issued.iso() == ds["68-QĐ/TW"].date_issued.iso() == "2007-07-04"
    ds = extracted("Thực hiện Nghị định số 46/2026/NĐ-CP và Quyết định số 12/QĐ-TTg ngày 5/3/2026 của Thủ tướng.")
    assert ds["46/2026/NĐ-CP"].date_issued is None


def test_a_number_in_brackets_after_the_type_and_issuer_or_before_the_issuer():
    ds = extracted("Trên cơ sở xem xét Tờ trình của Ban Tổ chức Trung ương (số 374 - TTr / BTCTW, ngày 20/6/2019), Bộ "
                   "Chính trị đã quyết định.", ("Ban Tổ chức Trung ương", "national"))
    d = ds["374-TTr/BTCTW"]
    assert (d.doc_type, d.issuer.name, d.date_issued.iso()) == ("TTr", "Ban Tổ chức Trung ương", "2019-06-20")
    ds = extracted("Sau khi xem xét Báo cáo (số 08 - BC / BCĐ, ngày 20/6/2019) của Ban Tổ chức Trung ương, Bộ Chính "
                   "trị đồng ý.", ("Ban Tổ chức Trung ương", "national"))
    assert ds["08-BC/BCĐ"].issuer.name == "Ban Tổ chức Trung ương"


def test_a_draft_or_an_outline_of_a_report_names_no_report():
    assert extracted("Phiên họp cho ý kiến về Dự thảo Báo cáo tổng kết mô hình tổ chức của Ban Chỉ đạo.") == {}
    assert extracted("Bộ Chính trị cho ý kiến về Đề cương Báo cáo tổng kết công tác xây dựng Đảng.") == {}
    assert list(extracted("Đại hội thảo luận Báo cáo tổng kết công tác xây dựng Đảng nhiệm kỳ qua.")) == [
        "Báo cáo tổng kết công tác xây dựng Đảng nhiệm kỳ qua"]


def test_a_subject_of_the_levels_after_a_comma_ends_the_title():
    ds = extracted("Theo Báo cáo tổng kết công tác năm 2018, các cấp hội đã đạt kết quả quan trọng.")
    assert list(ds) == ["Báo cáo tổng kết công tác năm 2018"]


def test_a_law_name_longer_than_names_run_read_whole():
    ds = extracted("Quốc hội thông qua Luật phòng, chống nhiễm virus gây ra hội chứng suy giảm miễn dịch mắc phải ở "
                   "người (HIV/AIDS).")
    assert list(ds) == ["Luật phòng, chống nhiễm virus gây ra hội chứng suy giảm miễn dịch mắc phải ở người"]


def test_a_congress_election_rules_named_by_whom_they_elect_and_the_term():
    ds = extracted("Các đại biểu góp ý cho dự thảo Quy chế bầu cử Ban Chấp hành Trung ương khóa X. Buổi chiều họp tổ.")
    d = ds["Quy chế bầu cử Ban Chấp hành Trung ương khóa X"]
    assert (d.doc_type, d.term, d.title) == ("QC", 10, "bầu cử Ban Chấp hành Trung ương khóa X")
    assert extracted("Theo quy chế bầu cử, mỗi đại biểu nhận một phiếu.") == {}


def test_the_law_in_general_names_no_law():
    assert extracted("Đoàn thanh tra việc chấp hành pháp luật về phòng chống tham nhũng của cán bộ.") == {}


def test_a_central_bodys_submission_in_lower_case_about_a_person_ends_at_the_name():
    ds = extracted("Trung ương đã nghe tờ trình của Bộ Chính trị về thi hành kỷ luật ông Nguyễn Văn A và nhận thấy ông "
                   "có vi phạm.", ("Bộ Chính trị", "national"))
    d = ds["tờ trình về thi hành kỷ luật ông Nguyễn Văn A"]
    assert (d.doc_type, d.issuer.name) == ("TTr", "Bộ Chính trị")
    ds = extracted("Ông đọc tờ trình của Bộ Chính trị về thi hành kỷ luật ông Đinh Văn B, Ủy viên Bộ Chính trị, Bí thư "
                   "Thành uỷ.", ("Bộ Chính trị", "national"))
    assert list(ds) == ["tờ trình về thi hành kỷ luật ông Đinh Văn B"]
    assert extracted("HĐND thông qua tờ trình về việc miễn nhiệm chức vụ Phó Chủ tịch UBND TP.") == {}


def test_a_bodys_given_conclusion_in_lower_case_named_by_its_subject():
    ds = extracted("Ngày 26/10/2018, Thanh tra tỉnh đã có kết luận về việc sử dụng đất đai tại xã Quảng Thái, trong đó "
                   "nêu rõ sai phạm.", ("Thanh tra tỉnh", "province"))
    d = ds["kết luận về việc sử dụng đất đai tại xã Quảng Thái"]
    assert (d.doc_type, d.issuer.name) == ("KL", "Thanh tra tỉnh")
    assert extracted("Hiện chưa có kết luận về vụ việc này.") == {}


def test_a_strategy_named_by_its_subject_and_horizon():
    ds = extracted("Đại hội thông qua các văn kiện gồm: Báo cáo chính trị, Chiến lược phát triển kinh tế - xã hội "
                   "10 năm 2021-2030; Báo cáo tổng kết.")
    d = ds["Chiến lược phát triển kinh tế - xã hội 10 năm 2021-2030"]
    assert (d.doc_type, d.symbol) == ("CLg", None)
    ds = extracted("Bộ quản lý khai thác khoáng sản theo Chiến lược khoáng sản đến năm 2020, tầm nhìn đến năm 2030, "
                   "Bộ Tài nguyên chủ trì.")
    assert list(ds) == ["Chiến lược khoáng sản đến năm 2020, tầm nhìn đến năm 2030"]
    ds = extracted("Bộ Chính trị ban hành Nghị quyết số 49-NQ/TW về Chiến lược cải cách tư pháp đến năm 2020.")
    assert list(ds) == ["49-NQ/TW"]


def test_a_laws_name_ends_before_lan_chu_gom():
    assert list(extracted("Đây là lần sửa Luật tổ chức Quốc hội lần thứ hai.")) == ["Luật tổ chức Quốc hội"]
    assert list(extracted("Chỉ nên sửa một số điều của Luật Giáo dục chứ không nên sửa toàn diện.")) == [
        "Luật Giáo dục"]
    assert list(extracted("Dự thảo Bộ luật hàng hải VN gồm 20 chương.")) == ["Bộ luật hàng hải VN"]


def test_a_quoted_subject_after_ve_viec_is_the_title():
    ds = extracted("Ngày 25-9-1948, Ban Thường vụ đã ra Chỉ thị số 25-CT/TW về việc \u201cđề phòng gián điệp chui vào "
                   "hàng ngũ Đảng\u201d; nhằm củng cố lực lượng.")
    assert ds["25-CT/TW"].title == "đề phòng gián điệp chui vào hàng ngũ Đảng"
