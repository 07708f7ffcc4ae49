"""Person clustering reuses the title cues an earlier build read around a mention only while the
tables that reading looked up answer as they did (:class:`kg.persons.CueMemo`): the persons are
those a resolution without the memo finds. The sentences and names are our own."""

from __future__ import annotations

from kg.persons import CueMemo
from kg.resolve import resolve
from tests.test_resolution import report


def persons(exs, res) -> dict[tuple[str, str], str]:
    return {(ex.report.id, p.name): str(res.of(p)) for ex in exs for p in ex.persons}


def digests(exs) -> dict[str, str]:
    return {ex.report.id: f"digest of {ex.report.id}" for ex in exs}


BARE = report("b", "ĐB Hà Quang Vịnh cũng đặt vấn đề về thất thoát trong đầu tư công.")
OTHER = report("c", "Ông Lê Hữu Phước, Chủ tịch UBND tỉnh Cà Mau, cho biết tỉnh sẽ rà soát các dự án.")
TITLED = report("a", "Ông Hà Quang Vịnh, đại biểu Quốc hội, nói rằng cần công khai tiến độ giải ngân.")


def test_a_second_build_of_the_same_reports_reads_no_cue_again_and_finds_the_same_persons():
    exs = [BARE, OTHER, TITLED]
    first = CueMemo(None, digests(exs))
    plain = persons(exs, resolve(exs))
    assert persons(exs, resolve(exs, cues=first)) == plain
    assert first.read > 0 and first.reused == 0
    again = CueMemo(first.table(), digests(exs))
    assert persons(exs, resolve(exs, cues=again)) == plain
    assert again.read == 0 and again.reused == first.read


def test_a_reading_whose_looked_up_title_changed_is_read_again():
    """Alone, "ĐB" names no title; once a report gives Hà Quang Vịnh the post "đại biểu Quốc hội",
    the initials mean "đại biểu" and the bare mention joins him: its stored reading asked for "đb"."""
    before = [BARE, OTHER]
    first = CueMemo(None, digests(before))
    alone = persons(before, resolve(before, cues=first))
    now = [BARE, OTHER, TITLED]
    memo = CueMemo(first.table(), digests(now))
    got = persons(now, resolve(now, cues=memo))
    assert got == persons(now, resolve(now))
    assert got[("b", "Hà Quang Vịnh")] == got[("a", "Hà Quang Vịnh")] != alone[("b", "Hà Quang Vịnh")]
    assert memo.reused >= 1  # Lê Hữu Phước's reading asked none of the changed keys
    assert memo.read >= 2  # the new report's mention, and the bare mention read again


def test_a_changed_report_is_read_again():
    first = CueMemo(None, digests([BARE]))
    resolve([BARE], cues=first)
    memo = CueMemo(first.table(), {"b": "digest of the edited b"})
    resolve([BARE], cues=memo)
    assert memo.reused == 0 and memo.read == first.read
