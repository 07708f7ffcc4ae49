"""Directives, round 26 (directives32): named documents without a number whose name the text writes in a shape
the reader cut or skipped: a law's name with a comma or a dash inside, a congress's resolution named by its term
or in lower case, a Party central body's regulation or a passed resolution in lower case, a code of conduct, and
the Assembly's committees after "và" in a body's working rules."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def test_a_law_name_with_a_comma_or_a_dash_of_its_own_phrase_is_one_name():
    ds = extracted("Ngành vướng ở Luật Công chức, Viên chức và Luật thuế xuất khẩu, thuế nhập khẩu (sửa đổi).")
    assert set(ds) == {"Luật Công chức, Viên chức", "Luật thuế xuất khẩu, thuế nhập khẩu (sửa đổi)"}
    ds = extracted("Đại biểu góp ý dự thảo Luật Đơn vị hành chính - kinh tế đặc biệt tại phiên họp.")
    assert list(ds) == ["Luật Đơn vị hành chính - kinh tế đặc biệt"]
    assert ds["Luật Đơn vị hành chính - kinh tế đặc biệt"].title == "Đơn vị hành chính - kinh tế đặc biệt"


def test_a_dash_or_comma_not_of_a_listed_phrase_still_ends_a_law_name():
    ds = extracted("Ông nhắc Luật Đất đai - một luật lớn, và Luật Nhà ở, Luật Đầu tư.")
    assert set(ds) == {"Luật Đất đai", "Luật Nhà ở", "Luật Đầu tư"}
    ds = extracted("Quốc hội ban hành Pháp lệnh thực hành tiết kiệm, chống lãng phí thành luật năm sau.")
    assert list(ds) == ["Pháp lệnh thực hành tiết kiệm, chống lãng phí"]


def test_a_congress_resolution_named_by_its_term_or_its_years():
    ds = extracted("Quận báo cáo kết quả theo Nghị quyết Đại hội Đảng bộ quận khóa V, nhiệm kỳ 2015-2020. Theo đó")
    d = ds["Nghị quyết Đại hội Đảng bộ quận khóa V, nhiệm kỳ 2015-2020"]
    assert (d.doc_type, d.symbol, d.system) == ("NQ", None, "party")
    ds = extracted("Tỉnh thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2015 – 2020 đã đề ra.")
    assert list(ds) == ["Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2015 – 2020"]


def test_a_lower_case_resolution_of_a_capitalised_congress_and_a_second_congress_after_va():
    ds = extracted("Ông kêu gọi thực hiện nghị quyết Đại hội Đảng bộ TP lần thứ X và Đại hội Đảng toàn quốc "
                   "lần thứ XII, đưa TP phát triển.")
    assert set(ds) == {"nghị quyết Đại hội Đảng bộ TP lần thứ X", "nghị quyết Đại hội Đảng toàn quốc lần thứ XII"}
    ds = extracted("Bà nói về việc thực hiện nghị quyết Đại hội Đảng bộ TP.HCM lần VII trong năm qua.")
    assert list(ds) == ["nghị quyết Đại hội Đảng bộ TP.HCM lần VII"]
    ds = extracted("Tỉnh thực hiện Nghị quyết Đại hội XII của Đảng và Đại hội Đảng bộ tỉnh lần thứ XVIII, tỉnh "
                   "phát triển.")
    assert set(ds) == {"Nghị quyết Đại hội XII", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII"}


def test_a_lower_case_congress_resolution_in_prose_names_none():
    assert extracted("Các nghị quyết đại hội đảng bộ các cấp lần thứ X đều nêu rõ nhiệm vụ.") == {}


def test_a_party_central_bodys_regulation_in_lower_case_named_by_its_subject():
    ds = extracted("Vì vậy, căn cứ quy định của Bộ Chính trị về xử lý kỷ luật tổ chức đảng, đảng viên vi phạm, "
                   "Ban Bí thư quyết định cảnh cáo.", ("Bộ Chính trị", "national"))
    d = ds["quy định về xử lý kỷ luật tổ chức đảng, đảng viên vi phạm"]
    assert (d.doc_type, d.issuer.name) == ("QĐi", "Bộ Chính trị")


def test_two_lower_case_regulations_of_two_central_bodies_in_one_sentence():
    ds = extracted("Ông vi phạm quy định của Ban Chấp hành Trung ương về những điều đảng viên không được làm và "
                   "quy định của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng viên, vi phạm Luật Đấu thầu.",
                   ("Ban Chấp hành Trung ương", "national"), ("Ban Bí thư", "national"))
    assert ds["quy định về những điều đảng viên không được làm"].issuer.name == "Ban Chấp hành Trung ương"
    assert ds["quy định về trách nhiệm nêu gương của cán bộ, đảng viên"].issuer.name == "Ban Bí thư"


def test_a_lower_case_rule_of_the_law_or_of_a_pronoun_names_none():
    assert extracted("Việc xử lý theo quy định của pháp luật về đất đai.") == {}
    assert extracted("Ông đã ký kết luận của Ban Bí thư về vấn đề này. Trong đó nêu rõ.",
                     ("Ban Bí thư", "national")) == {}
    assert extracted("Cử tri đề nghị thành phố ra nghị quyết về môi trường, dành quỹ đất làm bãi đỗ xe.") == {}


def test_a_lower_case_resolution_a_body_passes_is_named_by_its_subject():
    ds = extracted("Chiều 27/7, Quốc hội thông qua nghị quyết về Chương trình hoạt động giám sát năm 2017. Theo đó",
                   ("Quốc hội", "national"))
    d = ds["nghị quyết về Chương trình hoạt động giám sát năm 2017"]
    assert (d.doc_type, d.issuer.name) == ("NQ", "Quốc hội")
    ds = extracted("Bộ Chính trị vừa ban hành quy định về luân chuyển cán bộ, với mục đích tạo nguồn cán bộ lâu dài.")
    assert list(ds) == ["quy định về luân chuyển cán bộ"]


def test_a_regulation_a_numbered_decision_issues_is_that_decisions_title():
    ds = extracted("Thực hiện Quyết định số 218 ngày 12-12-2013 của Bộ Chính trị ban hành quy định về việc Mặt trận "
                   "tham gia góp ý xây dựng Đảng, thể hiện quyết tâm của Đảng.", ("Bộ Chính trị", "national"))
    assert [d.symbol for d in ds.values()] == ["218"]
    assert ds["218"].title == "ban hành quy định về việc Mặt trận tham gia góp ý xây dựng Đảng"


def test_a_code_of_conduct_named_by_whose_conduct_or_where():
    ds = extracted("Thành phố thực hiện tốt Quy tắc ứng xử của cán bộ, công chức, viên chức trong các cơ quan thuộc "
                   "thành phố và Quy tắc ứng xử nơi công cộng; đề cao trách nhiệm nêu gương.")
    assert set(ds) == {"Quy tắc ứng xử của cán bộ, công chức, viên chức trong các cơ quan thuộc thành phố",
                       "Quy tắc ứng xử nơi công cộng"}
    assert {d.doc_type for d in ds.values()} == {"QTac"}
    ds = extracted("Hai bên nhất trí sớm xây dựng Bộ quy tắc ứng xử ở Biển Đông (COC).")
    assert ds["Bộ quy tắc ứng xử ở Biển Đông"].title == "ứng xử ở Biển Đông"
    ds = extracted("Hai nước thúc đẩy “Quy tắc ứng xử của cán bộ cơ quan thành phố” và “Quy tắc ứng xử nơi công cộng”.")
    assert ds["Quy tắc ứng xử của cán bộ cơ quan thành phố"].title == "ứng xử của cán bộ cơ quan thành phố"


def test_several_codes_name_none():
    assert extracted("Cán bộ phải mẫu mực trong thực hiện 2 bộ Quy tắc ứng xử của Thành phố.") == {}


def test_working_rules_of_a_council_and_the_assemblys_committees_are_one_document():
    ds = extracted("Quốc hội thông qua Quy chế hoạt động của Hội đồng dân tộc và các ủy ban của Quốc hội.",
                   ("Hội đồng dân tộc", "national"), ("Quốc hội", "national"))
    assert list(ds) == ["Quy chế hoạt động của Hội đồng dân tộc và các ủy ban của Quốc hội"]


def test_a_wished_resolution_or_one_about_what_was_said_before_names_none():
    assert extracted("Do vậy, HĐND cần ban hành nghị quyết về việc trả lời cử tri, để các giải pháp có bài bản.") == {}
    assert extracted("Ông đề nghị HĐND thông qua dự thảo nghị quyết về nội dung này. Đại biểu tán thành.") == {}


def test_a_regulation_title_ends_before_the_next_clause_of_the_sentence():
    ds = extracted("Ông vi phạm quy định của Ban Chấp hành Trung ương về những điều đảng viên không được làm, ảnh "
                   "hưởng xấu đến uy tín của tổ chức đảng.", ("Ban Chấp hành Trung ương", "national"))
    assert list(ds) == ["quy định về những điều đảng viên không được làm"]


def test_conferences_of_a_committee_by_its_term_name_no_one_resolution():
    ds = extracted("Hội viên học tập các Nghị quyết Hội nghị Ban Chấp hành Trung ương Đảng khoá XII; Thông báo số 5.")
    assert [d.doc_type for d in ds.values()] == ["TB"]


def test_a_resolution_named_by_the_act_it_makes():
    ds = extracted("Nghị quyết miễn nhiệm ông Trần Văn Bình được 92% đại biểu thông qua sau đó.")
    d = ds["Nghị quyết miễn nhiệm ông Trần Văn Bình"]
    assert (d.doc_type, d.symbol, d.title) == ("NQ", None, "miễn nhiệm ông Trần Văn Bình")
    ds = extracted("Chiều nay, Ủy ban Thường vụ Quốc hội đã thông qua nghị quyết cho ông Lê Văn Cường thôi nhiệm vụ "
                   "đại biểu Quốc hội khóa 14. Trước đó", ("Ủy ban Thường vụ Quốc hội", "national"))
    d = ds["nghị quyết cho ông Lê Văn Cường thôi nhiệm vụ đại biểu Quốc hội khóa 14"]
    assert d.issuer.name == "Ủy ban Thường vụ Quốc hội"


def test_a_resolution_act_title_ends_at_its_list_its_purpose_or_the_next_resolution():
    ds = extracted("Sáng nay, HĐND thành phố thông qua nghị quyết đặt tên 24 đường, phố mới: 1. Phố Văn Cao.")
    assert list(ds) == ["nghị quyết đặt tên 24 đường, phố mới"]
    ds = extracted("Ông trình bày dự thảo Nghị quyết bầu Chủ tịch nước để Quốc hội biểu quyết thông qua Nghị quyết "
                   "bầu Chủ tịch nước.")
    assert list(ds) == ["Nghị quyết bầu Chủ tịch nước"]
    ds = extracted("Chiều cùng ngày, HĐND đã thông qua nghị quyết tổng quyết toán ngân sách năm 2004 và nghị quyết "
                   "về dự toán ngân sách năm 2006.")
    assert "nghị quyết tổng quyết toán ngân sách năm 2004" in ds


def test_a_lower_case_act_resolution_needs_a_body_passing_it_and_a_named_object():
    assert extracted("Các nghị quyết phân bổ biên chế đã được thông qua.") == {}
    assert extracted("Nghị quyết cho thấy quyết tâm lớn của thành phố.") == {}
    assert extracted("Sau khi Quốc hội thông qua nghị quyết bầu các chức danh trên, Chủ tịch tuyên thệ.") == {}
    assert extracted("Sau kết quả bỏ phiếu, đại biểu bấm nút thông qua Nghị quyết miễn nhiệm. Danh sách đề cử.") == {}
    assert extracted("Chúng ta có đủ cơ sở để ra nghị quyết bãi bỏ quy định tạm ngừng đăng ký xe máy.") == {}


def test_an_abbreviation_in_brackets_inside_a_title_does_not_end_it():
    ds = extracted("Hội nghị sơ kết Kết luận số 27-KL/TW về Chiến lược phát triển giao thông vận tải (GTVT) đường sắt "
                   "đến năm 2020, tầm nhìn đến năm 2050 diễn ra mới đây, Phó Thủ tướng đánh giá cao.")
    assert ds["27-KL/TW"].title == ("về Chiến lược phát triển giao thông vận tải (GTVT) đường sắt đến năm 2020, "
                                    "tầm nhìn đến năm 2050")


def test_the_title_after_a_bracket_of_terms_is_each_terms_resolutions():
    ds = extracted("Ngành thực hiện Nghị quyết Hội nghị Trung ương 4 (Khóa XI, XII) về xây dựng, chỉnh đốn Đảng gắn "
                   "với học tập tư tưởng Hồ Chí Minh.")
    assert {(d.term, d.title) for d in ds.values()} == {(11, "về xây dựng, chỉnh đốn Đảng"),
                                                        (12, "về xây dựng, chỉnh đốn Đảng")}


def test_a_title_ends_before_cung_bi_of_the_predicate():
    ds = extracted("Không chỉ Nghị định 46, Nghị quyết 66 về đăng ký bản công bố sản phẩm cũng bị phản ánh làm phát "
                   "sinh thêm thủ tục.")
    assert ds["66"].title == "về đăng ký bản công bố sản phẩm"


def test_the_issuer_before_nhanh_chong_ban_hanh():
    ds = extracted("Doanh nghiệp đánh giá cao việc Chính phủ nhanh chóng ban hành Nghị quyết số 09/2026 tạm ngưng "
                   "hiệu lực Nghị định số 46/2026.", ("Chính phủ", "national"))
    assert ds["09/2026"].issuer.name == "Chính phủ"


def test_documents_named_only_in_a_related_links_footer_are_not_the_reports():
    ds = extracted("Quốc hội thảo luận Luật Đất đai.\nQuốc hội muốn linh hoạt cấp chứng nhận nhà, đất(02/06/2005)\n"
                   "Cân nhắc việc ban hành Luật Công cụ chuyển nhượng(30/05/2005)\n")
    assert list(ds) == ["Luật Đất đai"]


def test_a_lower_case_plan_the_verb_before_makes_or_passes():
    ds = extracted("Thủ tướng cũng đã phê duyệt đề án tái cơ cấu của Tập đoàn Điện lực Việt Nam (EVN).")
    assert list(ds) == ["đề án tái cơ cấu của Tập đoàn Điện lực Việt Nam"]
    ds = extracted("Khi xây dựng đề án cải cách tiền lương, từ năm 1993 Bộ Nội vụ đã tính tới phương án này.")
    assert list(ds) == ["đề án cải cách tiền lương"]
    assert extracted("Các nhà mạng sẽ phải nộp đề án thực hiện lên Ngân hàng Nhà nước để được cấp phép.") == {}


def test_a_law_name_of_three_joined_phrases():
    ds = extracted("Quốc hội thông qua Luật quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ; Luật Đất đai.")
    assert set(ds) == {"Luật quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "Luật Đất đai"}


def test_a_lower_case_law_name_opening_a_sentence_with_a_body_a_list_number_or_the_assembly_passing_it():
    ds = extracted("Ông là đại biểu Quốc hội. Luật tổ chức Quốc hội quy định về quyền miễn trừ của đại biểu.")
    assert list(ds) == ["Luật tổ chức Quốc hội"]
    ds = extracted("Dự kiến thông qua: 1. Luật bảo hiểm xã hội2. Luật kinh doanh bất động sản3. Luật điện ảnh.")
    assert set(ds) == {"Luật bảo hiểm xã hội", "Luật kinh doanh bất động sản", "Luật điện ảnh"}
    ds = extracted("Lãng phí còn lớn. Luật đấu thầu mà Quốc hội thông qua sẽ là biện pháp cơ bản.")
    assert list(ds) == ["Luật đấu thầu"]


def test_a_lower_case_law_word_opening_prose_names_none():
    assert extracted("Bộ trưởng có sai thì bãi nhiệm. Luật qui định Thủ tướng có quyền đó!") == {}
    assert set(extracted("Quốc hội thông qua Luật Cảnh vệ. Luật có 6 chương, 33 điều.")) == {"Luật Cảnh vệ"}


def test_a_new_resolution_passed_is_named_without_moi_and_its_purpose():
    ds = extracted("Hội nghị thống nhất ban hành nghị quyết mới về phát triển thành phố đến năm 2030, tầm nhìn 2045, "
                   "trên cơ sở kế thừa Nghị quyết 33.")
    assert ds["nghị quyết về phát triển thành phố đến năm 2030, tầm nhìn 2045"].doc_type == "NQ"
    ds = extracted("Trung ương nhất trí ban hành Nghị quyết mới về Chiến lược phát triển kinh tế biển để từng bước "
                   "đưa đất nước thành quốc gia biển.")
    assert list(ds) == ["Nghị quyết về Chiến lược phát triển kinh tế biển"]
    assert extracted("Các quy định mới về kiểm tra nhà nước đối với thực phẩm còn vướng.") == {}


def test_a_task_opening_its_clause_names_no_document():
    assert extracted("Kết luận yêu cầu: Ban hành quy định về trình tự, thủ tục thu hồi đất; huỷ bỏ văn bản cũ.") == {}
