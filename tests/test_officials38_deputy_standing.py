"""Officials, thirty-eighth round: a deputy's standing written before his name with no body ("Quốc hội đã
bãi nhiệm tư cách đại biểu của ông A") makes A a deputy of the assembly the sentence names before the
words; the act before them gives the status as for any title (done: left; still to be weighed: held).
With no assembly in the sentence, or a plural after "của", nothing is read.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_removed_standing_is_a_seat_in_the_assembly_the_sentence_names_left():
    got = facts("Chiều qua, Quốc hội đã bãi nhiệm tư cách đại biểu của ông Hoàng Minh Tâm.")
    assert got == {("Hoàng Minh Tâm", "đại biểu", "Quốc hội", "left")}


def test_a_standing_still_to_be_weighed_leaves_the_seat_held():
    got = facts("Cuối kỳ họp, Quốc hội sẽ xem xét việc miễn nhiệm tư cách đại biểu của ông Hoàng Minh Tâm.")
    assert got == {("Hoàng Minh Tâm", "đại biểu", "Quốc hội", "holds")}


def test_the_standing_after_doi_voi_takes_a_local_council_and_a_written_assembly_is_read_once():
    got = facts("Quốc hội đã bãi nhiệm tư cách đại biểu Quốc hội của ông Hoàng Minh Tâm. Hôm sau, HĐND tỉnh "
                "Bắc Giang đã bãi nhiệm tư cách đại biểu đối với bà Lưu Thị Hạnh.")
    assert got == {("Hoàng Minh Tâm", "đại biểu", "Quốc hội", "left"),
                   ("Lưu Thị Hạnh", "đại biểu", "HĐND tỉnh Bắc Giang", "left")}


def test_no_assembly_in_the_sentence_reads_no_seat():
    got = facts("Quốc hội đã bãi nhiệm tư cách đại biểu của ông Hoàng Minh Tâm. Ông Tâm cho rằng cần xem xét "
                "tư cách đại biểu của ông Lưu Văn Hải.")
    assert got == {("Hoàng Minh Tâm", "đại biểu", "Quốc hội", "left")}
