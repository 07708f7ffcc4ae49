"""Officials, thirty-eighth round: the place a deputy's seat is held for, written between two titles
("đại biểu Quốc hội đoàn Hà Tĩnh, Ủy viên Ủy ban Kinh tế của Quốc hội"), ends the deputy's title and
leaves the run going on (``seat_place_words.tsv``); a role whose body is written as its bare head in
the middle of one person's run ("Giám đốc Sở ..., Chủ tịch Hội đồng, Trưởng Ban ...") holds that
body as written, and the titles after it are still that person's.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_delegation_written_after_the_deputy_title_leaves_the_next_title_to_the_same_person():
    got = facts("Trước đó, ông Trần Văn Lực - Chủ tịch Hội Nông dân Việt Nam, đại biểu Quốc hội đoàn Nghệ An, "
                "Ủy viên Ủy ban Kinh tế của Quốc hội - đã gửi đơn xin thôi làm đại biểu.")
    assert got == {("Trần Văn Lực", "Chủ tịch", "Hội Nông dân Việt Nam", "holds"),
                   ("Trần Văn Lực", "đại biểu", "Quốc hội", "holds"),
                   ("Trần Văn Lực", "Ủy viên", "Ủy ban Kinh tế của Quốc hội", "holds")}


def test_a_constituency_written_after_the_term_leaves_the_next_title_to_the_same_person():
    got = facts("Ông Phạm Quốc Huy, đại biểu Quốc hội khóa XIV đơn vị tỉnh Quảng Bình, Phó Chủ nhiệm Ủy ban "
                "Pháp luật của Quốc hội phát biểu tại phiên họp.")
    assert got == {("Phạm Quốc Huy", "đại biểu", "Quốc hội khóa XIV", "holds"),
                   ("Phạm Quốc Huy", "Phó Chủ nhiệm", "Ủy ban Pháp luật của Quốc hội", "holds")}


def test_a_delegation_word_without_a_place_after_it_ends_nothing_new():
    got = facts("Ông Phạm Quốc Huy, đại biểu Quốc hội đoàn kết với cử tri, cho biết sẽ chất vấn.")
    assert ("Phạm Quốc Huy", "Ủy viên", "Ủy ban Kinh tế của Quốc hội", "holds") not in got
    assert {t for t in got if t[0] == "Phạm Quốc Huy"} <= {("Phạm Quốc Huy", "đại biểu", "Quốc hội", "holds")}


def test_a_bare_council_between_two_titles_is_the_council_as_written_and_the_run_goes_on():
    ex = officials("Ông Đỗ Minh Tâm, Tỉnh ủy viên, Giám đốc Sở Giáo dục và Đào tạo, Chủ tịch Hội đồng, Trưởng Ban "
                   "Chỉ đạo phải chịu trách nhiệm chính về các sai phạm.")
    got = {(p.person.name, p.role, p.org.name if p.org else None, p.status) for p in ex.posts}
    assert got == {("Đỗ Minh Tâm", "Tỉnh ủy viên", None, "holds"),
                   ("Đỗ Minh Tâm", "Giám đốc", "Sở Giáo dục và Đào tạo", "holds"),
                   ("Đỗ Minh Tâm", "Chủ tịch", "Hội đồng", "holds"),
                   ("Đỗ Minh Tâm", "Trưởng", "Ban Chỉ đạo", "holds")}
    council = next(p.org for p in ex.posts if p.role == "Chủ tịch")
    assert (council.written, council.kind, council.scope) == ("Hội đồng", "hoi_dong", "report")
    assert council in ex.organizations


def test_a_bare_committee_that_the_sentence_named_before_is_still_that_committee():
    ex = officials("Ủy ban Kiểm tra Trung ương đã họp dưới sự chủ trì của ông Trần Văn Khang - Ủy viên Bộ Chính "
                   "trị, Chủ nhiệm Ủy ban.")
    got = {(p.person.name, p.role, p.org.name, p.org.written) for p in ex.posts}
    assert ("Trần Văn Khang", "Chủ nhiệm", "Ủy ban Kiểm tra Trung ương", "Ủy ban") in got


def test_a_bare_council_at_the_end_of_the_run_names_no_body_of_its_own():
    got = facts("Ông Đỗ Minh Tâm, Giám đốc Sở Giáo dục và Đào tạo, Chủ tịch Hội đồng phát biểu.")
    assert got == {("Đỗ Minh Tâm", "Giám đốc", "Sở Giáo dục và Đào tạo", "holds")}


def test_a_bare_council_in_the_middle_of_a_run_refers_back_to_the_council_the_report_named():
    ex = officials("Ông Đỗ Minh Tâm với cương vị Chủ tịch Hội đồng thi của tỉnh đã ký quyết định. Kết luận nêu rõ "
                   "ông Đỗ Minh Tâm, Giám đốc Sở Giáo dục và Đào tạo, Chủ tịch Hội đồng, Trưởng Ban Chỉ đạo phải chịu "
                   "trách nhiệm.")
    got = {(p.role, p.org.name) for p in ex.posts if p.org is not None}
    assert got == {("Chủ tịch", "Hội đồng thi"), ("Giám đốc", "Sở Giáo dục và Đào tạo"), ("Trưởng", "Ban Chỉ đạo")}
    assert not any(o.name == "Hội đồng" for o in ex.organizations)


def test_a_bare_company_head_in_the_middle_of_a_run_is_the_company_the_report_named():
    ex = officials("Dự án của Tổng công ty Hoá chất Miền Nam thua lỗ. Ông Đỗ Văn Phi, Ủy viên HĐQT, Tổng Giám đốc "
                   "Tổng công ty, Thành viên HĐTV Tập đoàn phải chịu trách nhiệm.")
    got = {(p.person.name, p.role, p.org.name) for p in ex.posts if p.org is not None}
    assert ("Đỗ Văn Phi", "Tổng Giám đốc", "Tổng công ty Hoá chất Miền Nam") in got
    assert not any(o.written == o.name == "Tổng công ty" for o in ex.organizations)


def test_the_last_name_of_a_counted_list_after_a_comma_and_va_shares_the_title():
    got = facts("Hội nghị bầu bổ sung hai Ủy viên Ban Bí thư là ông Lê Văn Mạnh, Ủy viên Trung ương Đảng, Chủ tịch "
                "Hội Nông dân Việt Nam, và ông Phan Văn Tú, Ủy viên Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra "
                "Trung ương với số phiếu cao.")
    assert ("Lê Văn Mạnh", "Ủy viên", "Ban Bí thư", "appointed") in got
    assert ("Phan Văn Tú", "Ủy viên", "Ban Bí thư", "appointed") in got
    assert ("Phan Văn Tú", "Chủ nhiệm", "Ủy ban Kiểm tra Trung ương", "holds") in got
