"""Sixteenth round, a directive's issuer (issue 15): the body the sentence says gave the document, and none
where it says no such thing. Sentences in the shape of a report's in, the issuer out."""

from __future__ import annotations

from kg.loaders.extract.directives import find_directives


def issuers(t):
    return {d.symbol: (d.issuer.name if d.issuer else None) for d in find_directives(t.report, t.extraction)}


def test_the_subject_of_a_verb_that_gives_the_document(doc):
    """"X ban hành / đã có / vừa ký / đã ra Quyết định số …": X, with a place or the signer's name between."""
    t = doc("Cuối tháng 5, UBND tỉnh Hòa Bình ban hành Quyết định số 1520 quy định chức năng của Sở.")
    assert issuers(t.org("UBND tỉnh Hòa Bình", name="Ủy ban nhân dân tỉnh Hòa Bình")) == {
        "1520": "Ủy ban nhân dân tỉnh Hòa Bình"}
    assert issuers(doc("Ngày 4/8, Ban Bí thư đã có Quyết định số 1402-QĐNS/TW về việc chỉ định ông Hùng.")) == {
        "1402-QĐNS/TW": "Ban Bí thư"}
    assert issuers(doc("Thủ tướng Chính phủ Phạm Minh Tuấn vừa ký Chỉ thị số 18/CT-TTg yêu cầu giảm thủ tục.")) == {
        "18/CT-TTg": "Thủ tướng Chính phủ"}
    t = doc("Chủ tịch UBND tỉnh Lào Cai Hoàng Văn Nam đã ký Công điện số 12/CĐ-UBND về phòng chống lũ.")
    assert issuers(t.org("UBND tỉnh Lào Cai", name="Ủy ban nhân dân tỉnh Lào Cai")) == {
        "12/CĐ-UBND": "Ủy ban nhân dân tỉnh Lào Cai"}


def test_the_body_whose_act_a_document_records_after_tai(doc):
    assert issuers(doc("Quy hoạch này được Chính phủ thông qua tại Nghị quyết số 77/NQ-CP ngày 2/5/2014.")) == {
        "77/NQ-CP": "Chính phủ"}
    assert issuers(doc("Các sở làm theo chỉ đạo của Thủ tướng Chính phủ tại Công văn số 412/TTg-KTN.")) == {
        "412/TTg-KTN": "Thủ tướng Chính phủ"}
    assert issuers(doc("Cụ thể, tại Quyết định số 215/QĐ-TTg, Thủ tướng Chính phủ phê chuẩn kết quả bầu.")) == {
        "215/QĐ-TTg": "Thủ tướng Chính phủ"}


def test_no_issuer_where_the_sentence_names_another(doc):
    """A body the document concerns, a deputy, a signer whose symbol is of another body, a document "của" another."""
    t = doc("Tại Quyết định số 216/QĐ-UBND, UBND huyện được giao quản lý khu đất.")
    assert issuers(t.org("UBND huyện", name="Ủy ban nhân dân huyện")) == {"216/QĐ-UBND": None}
    assert issuers(doc("Phó Thủ tướng Lê Văn Hà đã ký Quyết định số 981/QĐ-TTP về quy hoạch.")) == {
        "981/QĐ-TTP": None}
    assert issuers(doc("Chủ tịch Quốc hội Lê Minh đã ký ban hành Nghị quyết số 40/NQ-HĐBCQG về đơn vị bầu cử.")) == {
        "40/NQ-HĐBCQG": None}
    t = doc("Ban đề nghị HĐND tỉnh thông qua Tờ trình số 88 ngày 2/7 của Chủ tịch UBND tỉnh Lai Châu.")
    t = t.org("HĐND tỉnh", name="Hội đồng nhân dân tỉnh")
    t = t.org("UBND tỉnh Lai Châu", name="Ủy ban nhân dân tỉnh Lai Châu")
    assert issuers(t) == {"88": "Ủy ban nhân dân tỉnh Lai Châu"}


def test_a_party_body_said_after_a_list_issued_no_decree(doc):
    t = doc("Việc chuyển nhượng vi phạm Nghị định 61 và Quyết định số 905 năm 2012 của Thành ủy.").org("Thành ủy")
    assert issuers(t) == {"61": None, "905": "Thành ủy"}


def test_a_year_between_the_symbol_and_its_issuer(doc):
    assert issuers(doc("Các xã thực hiện Chỉ thị số 21-CT/TW năm 2018 của Ban Bí thư về bảo vệ rừng.")) == {
        "21-CT/TW": "Ban Bí thư"}


def names(t):
    return {d.name: (d.issuer.name if d.issuer else None) for d in find_directives(t.report, t.extraction)}


def test_a_law_is_the_assemblys_whatever_body_is_said_with_it(doc):
    """A body after a law is whose draft or debate it was; a decree's issuer is not carried to a law before it."""
    t = doc("Ủy ban thảo luận dự án Luật Điện lực và Luật Thủy lợi của Ủy ban Thường vụ Quốc hội ngày 3/9.")
    assert names(t) == {"Luật Điện lực": None, "Luật Thủy lợi": None}
    t = doc("Công ty đã vi phạm quy định của Luật Đầu tư và Nghị định số 43/2015/NĐ-CP của Chính phủ.")
    assert {d.name or d.symbol: (d.issuer.name if d.issuer else None)
            for d in find_directives(t.report, t.extraction)} == {"Luật Đầu tư": None, "43/2015/NĐ-CP": "Chính phủ"}
    assert names(doc("Năm 2014, Quốc hội đã thông qua Luật Đầu tư với nhiều điểm mới.")) == {"Luật Đầu tư": "Quốc hội"}
