"""Organizations joined to the body the report means (orgs38): a head known by its number or its name
("Quân khu", "Sư đoàn", organizations.tsv's number+name rows) written bare, in a report that names one
body of that head with its number, is that body ("Bộ Tư lệnh Quân khu", "Đảng ủy Quân khu" of the
report's "Quân khu 5"); a Party unit written bare in a run of titles before a second bare unit ("Bí
thư Đảng đoàn, Bí thư Đảng ủy cơ quan, Chủ tịch <body>") is the unit of the body the run ends with;
a state unit named by its task in lower case after a pair of acts with a comma ("Cục Cảnh sát phòng,
chống tội phạm ..."), in a title or before its code, is named so in full. The sentences are our own."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts


def names(text: str) -> set[str]:
    return {name for name, _ in pipeline_orgs(text)}


def test_the_command_and_a_department_of_the_one_numbered_region():
    got = pipeline_orgs("Hội nghị tổng kết của Quân khu 5 diễn ra sáng 3/5. Bộ Tư lệnh Quân khu đã chỉ đạo các "
                        "đơn vị. Cục Chính trị Quân khu báo cáo kết quả.")
    assert ("Bộ Tư lệnh Quân khu 5", "Bộ Tư lệnh Quân khu") in got
    assert ("Cục Chính trị Quân khu 5", "Cục Chính trị Quân khu") in got
    assert "Bộ Tư lệnh Quân khu" not in {name for name, _ in got}


def test_the_party_committee_of_the_region_written_bare():
    got = pipeline_orgs("Ông Trần Văn Minh, Phó Bí thư Đảng ủy Quân khu 5, dự hội nghị. Đảng ủy Quân khu đã lãnh "
                        "đạo các đơn vị hoàn thành nhiệm vụ.")
    assert ("Đảng ủy Quân khu 5", "Đảng ủy Quân khu") in got


def test_a_division_written_bare_after_its_number():
    assert ("Bộ Tư lệnh Sư đoàn 312", "Bộ Tư lệnh Sư đoàn") in pipeline_orgs(
        "Sư đoàn 312 đón nhận Huân chương. Bộ Tư lệnh Sư đoàn đã tổ chức lễ mít tinh.")


def test_a_role_that_begins_with_the_head_is_no_mention_of_the_body():
    assert pipeline_orgs("Ông Lê Văn Hai, Sư đoàn trưởng Sư đoàn 330, dự lễ. Bộ Tư lệnh Sư đoàn đã báo cáo.") == [
        ("Sư đoàn 330", "Sư đoàn 330"), ("Bộ Tư lệnh Sư đoàn 330", "Bộ Tư lệnh Sư đoàn"), ("Sư đoàn 330", "Sư đoàn")]
    # (the last, the command's division; none at "Sư đoàn trưởng")


def test_the_one_region_only_where_the_report_names_one_by_its_number():
    assert "Bộ Tư lệnh Quân khu 7" in names("Quân khu 7 phối hợp diễn tập. Bộ Tư lệnh Quân khu đã chỉ đạo.")
    assert names("Quân khu 4 và Quân khu 5 phối hợp diễn tập. Bộ Tư lệnh Quân khu đã chỉ đạo.") == {
        "Quân khu 4", "Quân khu 5", "Bộ Tư lệnh Quân khu"}
    got = names("Quân khu 7 và Quân khu Thủ đô phối hợp. Đảng ủy Quân khu đã họp.")
    assert not any(name.startswith("Đảng ủy Quân khu") for name in got)  # a region named by its name


def test_the_plural_is_no_one_region():
    got = pipeline_orgs("Quân khu 5 dự hội nghị. Đại diện các Quân khu đã phát biểu. Đảng ủy Quân khu đã họp.")
    assert got == [("Quân khu 5", "Quân khu 5"), ("Quân khu 5", "Quân khu"), ("Đảng ủy Quân khu 5", "Đảng ủy Quân khu")]
    # (the second, the committee's region; none of "các Quân khu")


def test_a_party_group_before_an_agency_committee_is_the_bodys():
    text = ("Ông Lê Văn Bình, Bí thư Đảng đoàn, Bí thư Đảng ủy cơ quan, Chủ tịch Liên đoàn Lao động tỉnh Nghệ An "
            "phát biểu.")
    assert ("Đảng đoàn Liên đoàn Lao động tỉnh Nghệ An", "Đảng đoàn") in pipeline_orgs(text)


def test_a_committee_before_a_party_group_is_the_bodys():
    text = "Ông Lê Văn Tâm, Bí thư Đảng ủy, Phó Bí thư Đảng đoàn, Phó Chủ tịch Hội Luật gia Việt Nam dự."
    assert {"Đảng ủy Hội Luật gia Việt Nam", "Đảng đoàn Hội Luật gia Việt Nam"} <= names(text)
    assert ("Lê Văn Tâm", "Bí thư", "Đảng ủy", "holds") in pipeline_posts(text, "Đại hội Hội Luật gia")


def test_a_police_department_named_by_its_task_in_a_title():
    got = pipeline_orgs("Ông Lê Văn An, Cục trưởng Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao, cho biết.")
    assert ("Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao",
            "Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao") in got


def test_a_police_department_named_by_its_task_before_its_code_but_not_what_a_unit_does():
    assert "Tổng cục Cảnh sát phòng, chống tội phạm" in names(
        "Lãnh đạo Tổng cục Cảnh sát phòng, chống tội phạm (C 40) đã kiểm tra.")
    assert names("Vụ Pháp chế phòng, chống tham nhũng hiệu quả.") == {"Vụ Pháp chế"}
