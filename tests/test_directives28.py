"""Twenty-fourth round (directives28), documents without a number: Party charter documents and rules known by their
name, a body's working rules, amending and revised laws, a directive named with its issuer before its subject;
titles that end before the sentence's main clause or a question. Our own sentences, in the shape of reports."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def test_the_party_statute_and_platform_are_documents_by_their_names():
    ds = extracted("Hội nghị thảo luận việc sửa đổi Điều lệ Đảng, Cương lĩnh chính trị và Quy định thi hành Điều lệ "
                   "Đảng.")
    assert set(ds) == {"Điều lệ Đảng", "Cương lĩnh chính trị", "Quy định thi hành Điều lệ Đảng"}
    assert (ds["Điều lệ Đảng"].doc_type, ds["Điều lệ Đảng"].system) == ("DL", "party")
    assert ds["Cương lĩnh chính trị"].doc_type == "CLi"


def test_the_statute_inside_a_bodys_name_is_no_mention_and_a_lower_case_party_word_is_no_statute():
    """"Tiểu ban Điều lệ Đảng" is a subcommittee; "điều lệ đảng viên" names nothing (the table's capital "Đảng")."""
    ds = extracted("Tiểu ban Điều lệ Đảng đã họp về điều lệ đảng viên mới.", ("Tiểu ban Điều lệ Đảng", "national"))
    assert ds == {}


def test_a_rule_known_by_its_subject_is_a_document_in_either_case_with_or_without_ve():
    ds = extracted("Ông vi phạm quy định về những điều đảng viên không được làm. Bà vi phạm Quy định những điều đảng "
                   "viên không được làm.")
    assert list(ds) == ["Quy định những điều đảng viên không được làm"]
    assert ds["Quy định những điều đảng viên không được làm"].title == "về những điều đảng viên không được làm"


def test_a_bodys_working_rules_are_named_by_the_body_and_a_local_body_keys_them_to_the_report():
    ds = extracted("Ông đã vi phạm quy chế làm việc của UBND tỉnh và Quy chế hoạt động của Ủy ban Thường vụ Quốc hội.",
                   ("UBND tỉnh", "province"), ("Ủy ban Thường vụ Quốc hội", "national"))
    local, national = ds["Quy chế làm việc của UBND tỉnh"], ds["Quy chế hoạt động của Ủy ban Thường vụ Quốc hội"]
    assert (local.doc_type, local.title, local.identity) == ("QC", "làm việc của UBND tỉnh",
                                                            "Quy chế làm việc của UBND tỉnh|report t")
    assert national.identity == "name:QC:quy chế hoạt động của uỷ ban thường vụ quốc hội"


def test_working_rules_of_a_list_of_bodies_and_a_term_and_of_no_one_body():
    ds = extracted("Ông vi phạm Quy chế làm việc của Thành uỷ, Ban Thường vụ Thành uỷ nhiệm kỳ 2015-2020. Các đơn vị "
                   "xây dựng quy chế làm việc của các cấp ủy.",
                   ("Thành uỷ", "province"), ("Ban Thường vụ Thành uỷ", "province"), ("các cấp ủy", "national"))
    assert list(ds) == ["Quy chế làm việc của Thành uỷ, Ban Thường vụ Thành uỷ nhiệm kỳ 2015-2020"]


def test_an_amending_law_is_one_law_named_by_the_laws_it_amends():
    """The gold lists the amending law, not the amended laws inside its name; a name whose first word usually ends
    one ("các") is read whole (law_name_words.tsv: whole_name)."""
    ds = extracted("Quốc hội đã thông qua 3 luật: Luật Phá sản; Luật sửa đổi, bổ sung một số điều của Luật các tổ "
                   "chức tín dụng; Luật sửa đổi, bổ sung Luật thuế A và Luật thuế B.", ("Quốc hội", "national"))
    assert set(ds) == {"Luật Phá sản", "Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng",
                       "Luật sửa đổi, bổ sung Luật thuế A và Luật thuế B"}
    amending = ds["Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng"]
    assert (amending.title, amending.issuer.name) == ("sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng",
                                                      "Quốc hội")


def test_a_revised_law_is_another_law_than_the_one_it_replaces():
    ds = extracted("Luật Giáo dục đã bộc lộ bất cập, nên Quốc hội cho ý kiến về Luật Giáo dục (sửa đổi).")
    assert set(ds) == {"Luật Giáo dục", "Luật Giáo dục (sửa đổi)"}
    assert ds["Luật Giáo dục (sửa đổi)"].title == "Giáo dục (sửa đổi)"


def test_a_whole_law_name_whose_first_word_usually_ends_a_name():
    ds = extracted("Đại biểu góp ý dự án Luật Ban hành văn bản quy phạm pháp luật năm 2015 và Luật Các tổ chức tín "
                   "dụng.")
    assert list(ds) == ["Luật Ban hành văn bản quy phạm pháp luật", "Luật Các tổ chức tín dụng"]
    # "… của HĐND và UBND" is another law (2004), named whole: tests/test_directives30.py (audit24 vntc-0220)


def test_a_directive_named_by_its_issuer_then_its_subject():
    ds = extracted("Công đoàn triển khai Chỉ thị của Ban Bí thư về tổ chức đại hội công đoàn các cấp.",
                   ("Ban Bí thư", "national"))
    d = ds["Chỉ thị về tổ chức đại hội công đoàn các cấp"]
    assert (d.doc_type, d.issuer.name, d.symbol) == ("CT", "Ban Bí thư", None)


def test_a_resolution_of_a_body_without_a_subject_is_no_document():
    assert extracted("Ông nhắc lại Nghị quyết của Quốc hội, nay đã hết hiệu lực.", ("Quốc hội", "national")) == {}


def test_a_title_ends_before_the_main_clause_whose_subject_is_a_body():
    ds = extracted("Căn cứ Quy định số 102-QĐ/TW của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm, Bộ Chính trị "
                   "quyết định thi hành kỷ luật ông A.", ("Bộ Chính trị", "national"))
    assert ds["102-QĐ/TW"].title == "về xử lý kỷ luật đảng viên vi phạm"


def test_a_title_keeps_a_list_of_bodies_that_a_clause_inside_it_is_about():
    ds = extracted("Thực hiện Quy định số 85-QĐ/TW của Bộ Chính trị về kê khai tài sản của cán bộ thuộc diện Bộ Chính "
                   "trị, Ban Bí thư quản lý.", ("Bộ Chính trị", "national"), ("Ban Bí thư", "national"))
    assert ds["85-QĐ/TW"].title == "về kê khai tài sản của cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý"


def test_a_title_ends_before_a_question_asked_of_the_document():
    ds = extracted("Việc triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng Hồ Chí Minh "
                   "có gì khác so với nơi khác?", ("Bộ Chính trị", "national"))
    assert ds["05-CT/TW"].title == "về học tập và làm theo tư tưởng Hồ Chí Minh"


def test_a_treaty_is_named_by_the_words_after_its_type_word_to_the_parties():
    ds = extracted("Hai bên ký Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu giúp tăng cường thương "
                   "mại, kỷ niệm Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào và nhắc Hiệp định Paris lịch sử.")
    assert set(ds) == {"Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu",
                       "Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào", "Hiệp định Paris"}
    assert ds["Hiệp định Paris"].doc_type == "HIEPDINH" and ds["Hiệp định Paris"].issuer is None


def test_a_law_inside_a_conventions_name_is_no_law_of_its_own_and_this_agreement_is_no_name():
    ds = extracted("Ta tôn trọng Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS). Hiệp định này có hiệu lực.")
    assert list(ds) == ["Công ước Liên hợp quốc về Luật Biển năm 1982"]


def test_a_treaty_then_another_document_of_the_list():
    ds = extracted("Hai bộ trưởng ký Hiệp định Khuyến khích bảo hộ đầu tư và Biên bản ghi nhớ xúc tiến đầu tư.")
    assert "Hiệp định Khuyến khích bảo hộ đầu tư" in ds
