"""Organizations, thirty-fifth round's third wave: a district whose name holds a hyphen is read whole after
its level word ("UBND thành phố Phan Rang-Tháp Chàm", not "... Phan Rang"); a province written with a dash
closes a name run in lower case whole ("Chi hội ... Bà Rịa - Vũng Tàu", not "... Bà Rịa"); the chief
accountant is a company's role, whose company may be written as its brand alone ("nguyên Kế toán trưởng
Vinaco").

The sentences are our own, written in the shape of wtune35's and the shape probe's.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts  # posts: (person, role, body, status)


def test_a_hyphened_city_is_read_whole_after_its_level_word():
    got = pipeline_posts("Ông Trần Văn Sơn, Chủ tịch UBND thành phố Phan Rang-Tháp Chàm, dự lễ khánh thành.", "Tin")
    assert got == {("Trần Văn Sơn", "Chủ tịch", "UBND thành phố Phan Rang-Tháp Chàm", "holds")}


def test_a_hyphened_city_spaced_out_is_read_whole_too():
    got = pipeline_posts("Bà Lê Thị Mai, Phó Chủ tịch HĐND thành phố Phan Rang - Tháp Chàm, phát biểu.", "Tin")
    assert got == {("Lê Thị Mai", "Phó Chủ tịch", "HĐND thành phố Phan Rang - Tháp Chàm", "holds")}


def test_a_hyphened_city_is_read_whole_after_its_party_committee():
    got = pipeline_orgs("Thành ủy Phan Rang-Tháp Chàm vừa tổ chức hội nghị sơ kết.")
    assert ("Thành ủy Phan Rang-Tháp Chàm", "Thành ủy Phan Rang-Tháp Chàm") in got
    assert not any(name == "Thành ủy Phan Rang" for name, _ in got)


def test_the_chief_accountant_takes_the_company_written_by_its_brand():
    got = pipeline_posts("Ông Đinh Văn Toàn, nguyên Kế toán trưởng Vinaco, bị khởi tố.", "Tin")
    assert got == {("Đinh Văn Toàn", "Kế toán trưởng", "Vinaco", "former")}


def test_the_chief_accountant_before_and_in_a_list_of_defendants():
    got = pipeline_posts("Các bị can gồm Đinh Văn Toàn, nguyên Kế toán trưởng Vinaco và Phùng Thị Hạnh, nguyên "
                         "Giám đốc Sở Tài chính tỉnh Hà Nam.", "Tin")
    assert ("Đinh Văn Toàn", "Kế toán trưởng", "Vinaco", "former") in got
    assert ("Phùng Thị Hạnh", "Giám đốc", "Sở Tài chính tỉnh Hà Nam", "former") in got


def test_a_dashed_province_closes_a_name_run_in_lower_case_whole():
    got = pipeline_posts("Ông Hồ Văn Lực, Chi hội trưởng Chi hội văn nghệ dân gian Bà Rịa - Vũng Tàu, dự buổi gặp mặt.",
                         "Tin")
    assert got == {("Hồ Văn Lực", "Chi hội trưởng", "Chi hội văn nghệ dân gian Bà Rịa - Vũng Tàu", "holds")}
