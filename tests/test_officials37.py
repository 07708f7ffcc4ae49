"""Officials, thirty-seventh round: a profile's "Ông có học hàm ..." makes the honorific a pronoun for the
person named before, so the posts after the degrees are that person's; a delegation written with its term
and then its province ("Trưởng Đoàn đại biểu Quốc hội khoá XIV tỉnh X") is that province's delegation of
that term; a post a career list gives as past ("từng giữ các chức vụ: ..., Giám đốc Sở X") that the report
also names the person by, undated and without "nguyên", is held, unless that sentence looks back ("khi đó"),
a deputy promoted to the head of the same body included (tests/gold/README.md, conv25); two persons named
with their titles before one "giữ chức" are both given the post, as one person is.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_the_academic_rank_of_a_profile_leaves_the_posts_after_it_with_the_person():
    got = facts("Ông Lê Quang Thành sinh năm 1962 tại Nam Định. Ông có học hàm phó giáo sư, học vị tiến sĩ, "
                "là Ủy viên Trung ương Đảng khóa XII, đại biểu Quốc hội khóa XIV.")
    assert got == {("Lê Quang Thành", "Ủy viên", "Trung ương Đảng", "holds"),
                   ("Lê Quang Thành", "đại biểu", "Quốc hội khóa XIV", "holds")}


def test_a_delegation_written_with_its_term_then_its_province_keeps_both():
    ex = officials("Ông Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội khoá XIV tỉnh Bình Phước "
                   "phát biểu tại hội nghị.")
    got = {(p.person.name, p.role, p.org.name, p.org.written, p.status) for p in ex.posts}
    assert got == {("Lê Văn Hòa", "Phó Bí thư", "Tỉnh ủy Bình Phước", "Tỉnh ủy", "holds"),
                   ("Lê Văn Hòa", "Trưởng", "Đoàn đại biểu Quốc hội tỉnh Bình Phước khóa XIV",
                    "Đoàn đại biểu Quốc hội khoá XIV tỉnh Bình Phước", "holds")}


def test_a_delegation_written_with_its_province_alone_is_as_before():
    got = facts("Ông Lê Văn Hòa, Trưởng Đoàn đại biểu Quốc hội tỉnh Bình Phước phát biểu tại hội nghị.")
    assert got == {("Lê Văn Hòa", "Trưởng", "Đoàn đại biểu Quốc hội tỉnh Bình Phước", "holds")}


_LEAD = "Ông Trần Văn Lâm, Giám đốc Sở Tài chính tỉnh Bình Định, cho biết tỉnh sẽ cắt giảm chi thường xuyên."
_CAREER = "Ông Lâm sinh năm 1970, từng giữ các chức vụ Trưởng phòng Ngân sách, Phó giám đốc, Giám đốc Sở Tài chính " \
          "tỉnh Bình Định."


def test_a_post_a_career_list_ends_with_and_the_report_names_the_person_by_is_held():
    for text in (f"{_LEAD} {_CAREER}", f"{_CAREER} {_LEAD}"):
        got = facts(text)
        assert ("Trần Văn Lâm", "Giám đốc", "Sở Tài chính tỉnh Bình Định", "holds") in got
        assert ("Trần Văn Lâm", "Phó giám đốc", "Sở Tài chính tỉnh Bình Định", "former") in got


def test_a_post_written_nguyen_stays_former_beside_the_career_list():
    got = facts(_LEAD.replace("Giám đốc Sở", "nguyên Giám đốc Sở") + " " + _CAREER)
    assert ("Trần Văn Lâm", "Giám đốc", "Sở Tài chính tỉnh Bình Định", "former") in got


def test_a_post_held_only_at_a_time_the_sentence_looks_back_to_stays_former():
    got = facts("Ông Trần Văn Lâm từng nhiều năm giữ chức Giám đốc Trung tâm Phát triển quỹ đất tỉnh Bình Định. "
                "Hồ sơ được duyệt trong một ngày, khi đó ông Lâm là Phó giám đốc Sở Tài chính kiêm Giám đốc Trung tâm "
                "Phát triển quỹ đất tỉnh Bình Định.")
    assert ("Trần Văn Lâm", "Giám đốc", "Trung tâm Phát triển quỹ đất tỉnh Bình Định", "former") in got


def test_two_persons_with_their_titles_before_one_giu_chuc_are_both_given_the_post():
    got = facts("HĐND tỉnh Long An bầu ông Trần Văn Cần giữ chức Chủ tịch UBND tỉnh Long An. Ông Phạm Văn Rạnh, "
                "Giám đốc Sở Nội vụ và bà Nguyễn Thị Hạnh, Trưởng ban Dân vận Tỉnh ủy giữ chức Phó chủ tịch.")
    assert ("Phạm Văn Rạnh", "Phó chủ tịch", "UBND tỉnh Long An", "appointed") in got
    assert ("Nguyễn Thị Hạnh", "Phó chủ tịch", "UBND tỉnh Long An", "appointed") in got
    assert ("Phạm Văn Rạnh", "Giám đốc", "Sở Nội vụ", "holds") in got


def test_two_persons_before_a_giu_chuc_said_held_now_keep_it_held():
    got = facts("Ông Phạm Văn Rạnh, Giám đốc Sở Nội vụ và bà Nguyễn Thị Hạnh, Trưởng ban Dân vận Tỉnh ủy vẫn giữ "
                "chức Phó chủ tịch UBND tỉnh Long An.")
    assert not any(s == "appointed" for _, _, _, s in got)


def test_a_deputy_promoted_to_the_head_of_the_same_body_keeps_the_post_it_is_told_with():
    # conv25: the title a person is told with stays held unless the text tells its end
    got = facts("HĐND tỉnh Bình Định bầu ông Trần Văn Lâm (Phó chủ tịch UBND tỉnh Bình Định) giữ chức Chủ tịch UBND "
                "tỉnh Bình Định. Ông Lâm từng kinh qua các chức vụ Giám đốc Sở Tài chính, Phó chủ tịch UBND tỉnh "
                "Bình Định.")
    assert ("Trần Văn Lâm", "Phó chủ tịch", "UBND tỉnh Bình Định", "holds") in got
    assert ("Trần Văn Lâm", "Chủ tịch", "UBND tỉnh Bình Định", "appointed") in got
    assert ("Trần Văn Lâm", "Giám đốc", "Sở Tài chính", "former") in got
