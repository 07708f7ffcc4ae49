"""Round 37 (orgs37): a leader's familiar name inside an honour's name names no one; a session's
secretariat named with its session or body ("Đoàn thư ký kỳ họp", "Đoàn thư ký Quốc hội") is a body, as the
presidium is; a company's or bank's branch written before it ("Chi nhánh Công ty X tại Y") is the body of
its director's post, and a company's name in lower case ends before "tại" and a place; a Party school
("Trường Đảng cao cấp X") is a school, and the leader it is named after no person of the report.

The sentences are our own.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def _extract(text: str):
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2017-06-10"},
                     title_from_first_line=False)
    return extract(r)


def persons(text: str) -> set[str]:
    return {p.name for p in _extract(text).persons}


def written(text: str) -> set[str]:
    return {o.written for o in _extract(text).organizations}


def test_an_honour_does_not_make_the_campaign_s_namesake_a_person():
    assert persons("Đơn vị xứng danh Bộ đội Cụ Hồ. Đảng ủy đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
                   "phong cách Hồ Chí Minh.") == set()
    # the man told of beside the honour is still a person
    assert persons("Như Bác Hồ từng dạy, cán bộ phải cần, kiệm, liêm, chính. Đơn vị được khen là xứng danh "
                   "Bộ đội Cụ Hồ.") == {"Bác Hồ"}


def test_a_session_s_secretariat_is_a_body():
    assert "Đoàn thư ký kỳ họp" in written("Đoàn thư ký kỳ họp đã tổng hợp ý kiến của các đại biểu.")
    assert "Đoàn thư ký Quốc hội" in written("Theo Đoàn thư ký Quốc hội, đã có 200 ý kiến gửi về.")


def test_the_head_of_a_session_s_secretariat():
    got = pipeline_posts("Ông Lê Văn Tâm, Trưởng đoàn thư ký kỳ họp, báo cáo kết quả lấy phiếu thăm dò.", "Kỳ họp")
    assert ("Lê Văn Tâm", "Trưởng", "đoàn thư ký kỳ họp", "holds") in got


def test_the_director_of_a_company_s_branch_holds_the_branch():
    got = pipeline_posts("Ông Lê Văn Tâm, Phó Giám đốc Chi nhánh Công ty cổ phần Xây dựng Hòa Bình tại Đà Nẵng, "
                         "cho biết công trình sẽ xong trong tháng 6.", "Công trình sắp xong")
    assert ("Lê Văn Tâm", "Phó Giám đốc", "Chi nhánh Công ty cổ phần Xây dựng Hòa Bình", "holds") in got


def test_a_company_s_name_in_lower_case_ends_before_tai_and_a_place():
    got = pipeline_posts("Ông Lê Văn Tâm, Phó Giám đốc Chi nhánh Công ty cổ phần Đầu tư và Phát triển nhà ở tại "
                         "miền Trung, cho biết dự án sẽ khởi công.", "Dự án sắp khởi công")
    assert ("Lê Văn Tâm", "Phó Giám đốc", "Chi nhánh Công ty cổ phần Đầu tư và Phát triển nhà ở", "holds") in got


def test_a_bank_s_branch_written_before_the_bank():
    got = pipeline_posts("Ông Lê Văn Tâm, Giám đốc Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh "
                         "Bắc Ninh, cho biết đã giải ngân 200 tỷ đồng.", "Giải ngân vốn vay")
    assert ("Lê Văn Tâm", "Giám đốc", "Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn", "holds") in got
    assert written("Ngân hàng có ba chi nhánh ở miền Trung.") == set()  # branches in lower case: no body


def test_a_party_school_named_after_the_leader():
    text = "Năm 1980, ông Lê Văn Tâm là học viên Trường Đảng cao cấp Nguyễn Ái Quốc."
    assert persons(text) == {"Lê Văn Tâm"}
    assert "Trường Đảng cao cấp Nguyễn Ái Quốc" in written(text)
    assert persons("Lãnh tụ Nguyễn Ái Quốc về nước năm 1941.") == {"Nguyễn Ái Quốc"}
