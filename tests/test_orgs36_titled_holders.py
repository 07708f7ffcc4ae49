"""Organizations, thirty-sixth round: a title written before its holder runs the body's capitalised name into
the holder's full name; a body whose names are persons' names (a school, a company) keeps its own name and the
holder is the person after it. The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts


def test_a_company_named_by_its_director_title_ends_before_the_directors_full_name():
    got = pipeline_posts("Nguyên Giám đốc Công ty TNHH Hòa Phong Trịnh Văn Khải đã về dự buổi gặp mặt.", "Gặp mặt")
    assert ("Trịnh Văn Khải", "Giám đốc", "Công ty TNHH Hòa Phong", "former") in got
    # the holder named before the title: the company's name may hold a person's
    got = pipeline_posts("Ông Phan Quốc Huy, Giám đốc Công ty TNHH Lý Thành Đạt, phát biểu.", "Hội nghị")
    assert ("Phan Quốc Huy", "Giám đốc", "Công ty TNHH Lý Thành Đạt", "holds") in got
    # ... or earlier in the clause, the subject of the act that gives the title
    got = pipeline_posts("Ông Hà Minh Tuấn được bổ nhiệm giữ chức Giám đốc Công ty Cổ phần Thép Việt Lê Minh.",
                         "Bổ nhiệm")
    assert ("Hà Minh Tuấn", "Giám đốc", "Công ty Cổ phần Thép Việt Lê Minh", "appointed") in got
    # the name read ended before a person already: the company keeps its whole name
    got = pipeline_posts("Giám đốc Công ty Cổ phần Nhựa Bình Lò Minh Trịnh Quang Bảo phát biểu.", "Hội nghị")
    assert ("Trịnh Quang Bảo", "Giám đốc", "Công ty Cổ phần Nhựa Bình Lò Minh", "holds") in got



def test_a_school_named_after_a_person_keeps_that_name_and_the_holder_after_it_is_the_person():
    got = pipeline_posts("Phó Hiệu trưởng Trường THCS Chu Văn An Đỗ Thị Loan trình bày báo cáo.", "Hội nghị")
    assert ("Đỗ Thị Loan", "Phó Hiệu trưởng", "Trường THCS Chu Văn An", "holds") in got
    # a full name of three syllables before one of two or four ("Hà" is a family name too)
    got = pipeline_posts("Hiệu trưởng Trường Tiểu học Đinh Bộ Hà Lưu Văn Kiên phát biểu.", "Hội nghị")
    assert ("Lưu Văn Kiên", "Hiệu trưởng", "Trường Tiểu học Đinh Bộ Hà", "holds") in got
    # no title before the school: no holder to find in its name
    written = [w for _, w in pipeline_orgs("Trường THPT Đặng Thai Mai Hoàng Văn Thụ tổ chức lễ khai giảng.")]
    assert written == ["Trường THPT Đặng Thai Mai Hoàng Văn Thụ"]
