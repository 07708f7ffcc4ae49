"""Bounded time: whatever a report contains, reading it costs time linear in its size.

The budgets are generous (a shared 2-core machine) but far below what the failures cost: a run of
40 body-like words took 42 s before the organization parser remembered its answers, 200 never ended.

Not yet linear: one sentence with no end. Measured in the thirty-third round (`python
bench/bench_hostile_time.py --endless 0.25 0.5 1 2`), its CPU grew about x3 a doubling between 1 and 2 MB.
In the thirty-fourth round (hostile34; `python bench/endless_components.py` splits that CPU by component)
directives' treaty-tail and passed-laws searches start at the name (endless sentence, directives 1 MB
1.32 -> 0.37 s, 2 MB 1.80 -> 0.63 s); officials (titles read at each find) is most of what is left, and
events' campaign check still walks every body per promoting verb. On the round's machine the whole 1 MB
endless case took 6.0-6.3 s at its start code and 3.9-4.2 s at its end (load 1), and failed its absolute
4 s budget in CI. The two megabyte cases' budgets are therefore a multiple of reading the same text as the
reports it was cut from, in the same run: 3x (measured 1.0-1.5x on one line and 1.25-2.0x with no
sentence end at the round's end). Linearity is checked apart, by the quarter-megabyte ratio.
"""

from __future__ import annotations

import time

import pytest

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from kg.model import Extraction

CATEGORY = 'Bounded time'  # its heading in docs/reliability.md


def _extract(text: str) -> tuple[Extraction, float]:
    report = build_report(report_id="hostile", source_file="hostile.txt", text=text, encoding="utf-8",
                          meta={"title": "Báo cáo"})
    start = time.process_time()
    ex = extract(report)
    return ex, time.process_time() - start


@pytest.mark.parametrize("word", ["Ủy ban", "Công ty Ủy ban", "Ủy ban Công ty", "Hội đồng Hội"])
def test_a_long_run_of_body_like_words_is_read_in_linear_time(word):
    ex, seconds = _extract("Tỉnh ủy Bình Định họp với " + " ".join([word] * 200) + " hôm nay.")
    assert seconds < 3, f"{word!r} x 200 took {seconds:.1f} s of CPU"
    assert ex.organizations  # still read as bodies, not dropped


def test_a_run_too_long_for_the_stack_is_read_without_recursion_error():
    ex, seconds = _extract(" ".join(["Ủy ban Công ty"] * 2000))
    assert seconds < 10
    assert len(ex.organizations) >= 1000


def _best_of_two(text: str) -> float:
    """The lower of two CPU times: the machine is shared, and a neighbour's burst (cache, memory
    bandwidth) inflates one run; it does not make a quadratic extractor linear."""
    return min(_extract(text)[1] for _ in range(2))


def _reports(corpus_dir, size: int) -> list[str]:
    """The first corpus reports whose text, on one line, reaches ``size`` bytes."""
    parts, total = [], 0
    for path in sorted(corpus_dir.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        total += len(text.replace("\n", " ").encode())
        if total >= size:
            break
    return parts


def _one_line(corpus_dir, size: int) -> str:
    return " ".join(t.replace("\n", " ") for t in _reports(corpus_dir, size))[:size]


def _as_reports(corpus_dir, size: int) -> float:
    """The CPU of reading the same text as the reports it was cut from, best of two: the budget of a
    hostile shape is a multiple of this, measured in the same run on the same machine, because an
    absolute budget moves with the machine (the 4 s of the thirty-third round's 1 MB limit was 1.3-1.7x
    this on the thirty-fourth round's machine, and failed there at the start code as at the end)."""
    parts = _reports(corpus_dir, size)
    return min(sum(_extract(t)[1] for t in parts) for _ in range(2))


@pytest.mark.corpus
def test_a_megabyte_on_one_line_costs_about_four_times_a_quarter_megabyte(corpus_dir):
    # Before: every event word, person and date scanned the whole report (1 MB 3.8 s, 4.9 MB 102 s).
    quarter = _best_of_two(_one_line(corpus_dir, 250_000))
    whole = _best_of_two(_one_line(corpus_dir, 1_000_000))
    ordinary = _as_reports(corpus_dir, 1_000_000)
    assert whole < 3 * ordinary, (f"1 MB on one line took {whole:.1f} s of CPU, {whole / ordinary:.1f}x "
                                  f"the same text read as its reports ({ordinary:.1f} s)")
    assert whole / quarter < 7, f"4x the text cost {whole / quarter:.1f}x the time (linear is 4x)"


@pytest.mark.corpus
def test_a_megabyte_with_no_sentence_end_costs_about_four_times_a_quarter_megabyte(corpus_dir):
    # Before: each career cue walked back to its sentence's start, so one endless sentence was
    # quadratic (0.5 MB 2.6 s, 2 MB 32 s; bench/bench_hostile_time.py). Then the bare Party units'
    # owners, event places and dates, and the names before a shared title each scanned the whole
    # sentence per find (1 MB: 2.45 s against 0.63 s for 0.25 MB; 7x in CI).
    endless = str.maketrans(".?!", "   ")
    quarter = _best_of_two(_one_line(corpus_dir, 250_000).translate(endless))
    whole = _best_of_two(_one_line(corpus_dir, 1_000_000).translate(endless))
    ordinary = _as_reports(corpus_dir, 1_000_000)
    assert whole < 3 * ordinary, (f"1 MB with no sentence end took {whole:.1f} s of CPU, {whole / ordinary:.1f}x "
                                  f"the same text read as its reports ({ordinary:.1f} s)")
    assert whole / quarter < 7, f"4x the text cost {whole / quarter:.1f}x the time (linear is 4x)"
