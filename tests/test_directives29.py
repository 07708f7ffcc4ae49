"""Twenty-fourth round (directives29): the issuer of a numbered document told by the body that acts by it after
"Trong / Tại Văn bản số … gửi …," or "… này", and by a signer's body followed by the province and an aside on the
signer's post at another time; a listed resolution with its own issuer ends the title before it. Our own sentences,
in the shape of reports."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def issuer(d: object) -> str | None:
    return d.issuer.written if d.issuer is not None else None  # type: ignore[attr-defined]


def test_the_body_that_acts_after_a_document_sent_to_another_body_is_its_issuer():
    ds = extracted("Trong Văn bản số 412/UBND-KT gửi UBND tỉnh Lạng Sơn mới đây, UBND huyện Tràng Định đã đề nghị "
                   "xem xét lại dự án.",
                   ("UBND tỉnh Lạng Sơn", "province"), ("UBND huyện Tràng Định", "province"))
    assert issuer(ds["412/UBND-KT"]) == "UBND huyện Tràng Định"


def test_the_body_after_the_document_and_this_is_its_issuer_and_a_passive_is_not():
    ds = extracted("Cũng tại Văn bản số 518/UBND-KT này UBND huyện Tràng Định đã “bác bỏ” kết quả. Tại Quyết định "
                   "số 77/QĐ-UBND này UBND xã Đề Thám được giao quản lý đất.",
                   ("UBND huyện Tràng Định", "province"), ("UBND xã Đề Thám", "province"))
    assert issuer(ds["518/UBND-KT"]) == "UBND huyện Tràng Định"
    assert issuer(ds["77/QĐ-UBND"]) is None


def test_a_signers_body_with_its_province_and_an_aside_on_the_post_at_another_time_issues_the_document():
    ds = extracted("Năm 2012, ông Lê Văn Tám, Chủ tịch UBND huyện Yên Định, tỉnh Thanh Hoá (lúc đó là Phó Chủ tịch "
                   "UBND huyện) đã ký Quyết định số 1520/QĐ-UBND về việc giao đất.",
                   ("UBND huyện Yên Định", "province"), ("UBND huyện", "province"))
    assert issuer(ds["1520/QĐ-UBND"]) == "UBND huyện Yên Định"


def test_a_long_aside_that_is_no_other_time_keeps_the_body_from_the_verb():
    ds = extracted("Ông Lê Văn Tám, cán bộ UBND huyện Yên Định, tỉnh Thanh Hoá (người trực tiếp thụ lý hồ sơ đất) đã "
                   "ký Quyết định số 1521/QĐ-UBND về việc giao đất.",
                   ("UBND huyện Yên Định", "province"))
    assert issuer(ds["1521/QĐ-UBND"]) is None


def test_a_listed_resolution_with_its_own_issuer_ends_the_title_that_names_another_document():
    ds = extracted("Quốc hội công bố Nghị quyết của Quốc hội về ban hành Quy chế hoạt động của Hội đồng bầu cử và "
                   "Nghị quyết của Quốc hội về tổ chức các ủy ban.", ("Quốc hội", "national"),
                   ("Hội đồng bầu cử", "national"))
    titles = {d.title for d in ds.values() if d.doc_type == "NQ"}  # type: ignore[attr-defined]
    assert titles == {"về ban hành Quy chế hoạt động của Hội đồng bầu cử", "về tổ chức các ủy ban"}


def test_a_title_ends_before_the_next_item_of_the_sentences_list():
    ds = extracted("Lễ công bố Nghị quyết của Quốc hội về việc thành lập thị xã Hoà Bình và khai mạc lễ hội hoa. "
                   "Quốc hội giám sát việc thực hiện Nghị quyết số 44/2010/QH12 về dự án cảng biển Vân Phong, "
                   "việc ban hành văn bản của Chính phủ.", ("Quốc hội", "national"))
    assert {d.title for d in ds.values()} == {"về việc thành lập thị xã Hoà Bình",  # type: ignore[attr-defined]
                                              "về dự án cảng biển Vân Phong"}


def test_a_title_keeps_a_lower_case_list_of_its_own_and_its_own_acts():
    ds = extracted("Quốc hội ban hành Nghị quyết số 45/2010/QH12 về công tác chuẩn bị và khai mạc kỳ họp, tổ chức "
                   "các phiên thảo luận.", ("Quốc hội", "national"))
    assert ds["45/2010/QH12"].title == ("về công tác chuẩn bị và khai mạc kỳ họp, "  # type: ignore[attr-defined]
                                        "tổ chức các phiên thảo luận")


def test_the_body_of_a_signer_named_after_do_issues_the_document_when_the_signing_verb_follows():
    ds = extracted("Theo quyết định 212/2006/QĐ-UB do ông Trần Văn Hai, Phó chủ tịch UBND tỉnh ký thì công ty được thu "
                   "phí. Theo quyết định 213/2006/QĐ-UB do ông Trần Văn Hai, Phó chủ tịch UBND tỉnh trình thì công ty "
                   "được thu phí.", ("UBND tỉnh", "province"))
    assert issuer(ds["212/2006/QĐ-UB"]) == "UBND tỉnh"
    assert issuer(ds["213/2006/QĐ-UB"]) is None


def test_the_body_a_signer_acts_on_behalf_of_issues_the_document():
    ds = extracted("Thay mặt Ban Bí thư, đồng chí Trần Văn Hai, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã ký "
                   "Quyết định số 512-QĐNS/TW. Thay mặt gia đình, ông Ba cảm ơn. Thường trực Ban Bí thư đã ký "
                   "Quyết định số 513-QĐNS/TW.", ("Ban Bí thư", "national"), ("Bộ Chính trị", "national"),
                   ("Thường trực Ban Bí thư", "national"))
    assert issuer(ds["512-QĐNS/TW"]) == "Ban Bí thư"
    assert issuer(ds["513-QĐNS/TW"]) == "Thường trực Ban Bí thư"


def test_the_fronts_statute_is_a_document_by_its_name_and_a_generic_associations_is_not():
    ds = extracted("Đại hội góp ý dự thảo Điều lệ MTTQ VN sửa đổi; hội viên thực hiện đúng Điều lệ Hội.")
    assert list(ds) == ["Điều lệ MTTQ VN"]
    assert ds["Điều lệ MTTQ VN"].doc_type == "DL"  # type: ignore[attr-defined]
