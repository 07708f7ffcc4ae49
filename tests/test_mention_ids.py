"""Every mention has a stable id made of its report, kind and span; per-report caches live on the report.

This is what lets reports be extracted in separate processes (or cached) and still be resolved as
one build: nothing depends on object identity or on module-level state.
"""

from __future__ import annotations

import pickle

from kg.loaders.extract.pipeline import extract
from kg.loaders.extract.sentences import sentences
from kg.model import Extraction, OrgMention, PersonMention, PostMention, Report, Span

TEXT = (
    "Sáng 12-4, Tỉnh ủy Bình Định tổ chức Hội nghị sơ kết 3 năm thực hiện Kết luận số 62-KL/TW của Bộ Chính trị. "
    "Đồng chí Trần Văn Hùng, Bí thư Tỉnh ủy chủ trì hội nghị. "
    "Tham dự có đồng chí Lê Thị Mai, Phó Chủ tịch UBND tỉnh."
)


def report(rid: str = "r1") -> Report:
    return Report(id=rid, text=TEXT, source_file=f"{rid}.txt", province="Bình Định")


def test_every_mention_gets_an_id_from_report_kind_and_span():
    ex = extract(report())
    mentions = list(ex.mentions())
    assert mentions, "the report names people, bodies, a document and a conference"
    ids = [m.id for m in mentions]
    assert len(set(ids)) == len(ids)
    hung = next(p for p in ex.persons if p.name == "Trần Văn Hùng")
    start = TEXT.index("Trần Văn Hùng")
    assert hung.id == f"r1:person:{start}-{start + len('Trần Văn Hùng')}"
    (kl,) = ex.directives
    assert kl.id.startswith("r1:directive:")


def test_ids_are_the_same_in_another_run_and_after_crossing_a_process_boundary():
    first, second = extract(report()), extract(report())
    assert [m.id for m in first.mentions()] == [m.id for m in second.mentions()]
    copy = pickle.loads(pickle.dumps(first))
    assert [m.id for m in copy.mentions()] == [m.id for m in first.mentions()]


def test_two_mentions_of_one_kind_over_one_span_are_told_apart_by_their_order():
    """One title over two names ("Phó Bí thư Tỉnh ủy A và B") gives two posts over the same words."""
    r = Report(id="r2", text="Phó Bí thư Tỉnh ủy Lê Văn An và Phạm Thị Bình", source_file="r2.txt")
    org = OrgMention(Span(11, 18), "Tỉnh ủy", "Tỉnh ủy")
    an, binh = PersonMention(Span(19, 28), "Lê Văn An"), PersonMention(Span(32, 45), "Phạm Thị Bình")
    posts = [PostMention(Span(0, 18), an, "Phó Bí thư", org=org), PostMention(Span(0, 18), binh, "Phó Bí thư", org=org)]
    ex = Extraction(report=r, persons=[an, binh], posts=posts)
    ex.assign_ids()
    assert [p.id for p in posts] == ["r2:post:0-18", "r2:post:0-18~1"]
    assert org.id == "r2:organization:11-18", "a mention only referred to gets an id too"


def test_a_sentence_split_is_kept_on_its_report():
    a, b = report("a"), Report(id="b", text="Một câu. Hai câu.", source_file="b.txt")
    split_a = sentences(a)
    assert sentences(b) == [Span(0, 8), Span(9, 17)]
    assert sentences(a) is split_a, "asking for another report in between does not throw a's split away"


def test_no_loader_or_extractor_keeps_state_in_a_module_global():
    """A cache of "the last text seen" in a module global gives wrong answers when reports are read
    in threads; what is derived from a report lives on the report (Report.memo) or its tokens."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "loaders"
    offenders = [f"{path.relative_to(root.parent)}:{node.lineno}"
                 for path in sorted(root.rglob("*.py"))
                 for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Global)]
    assert offenders == []


def test_interleaved_reports_get_the_same_extraction_as_one_at_a_time():
    """Extracting A, B, A gives A the same mentions both times (no state carried between reports)."""
    other = Report(id="r9", text="Ngày 3-2-2020, Tỉnh ủy Phú Yên họp. Đồng chí Phạm Văn Tư chủ trì hội nghị.",
                   source_file="r9.txt", province="Phú Yên")
    alone = [m.id for m in extract(report()).mentions()]
    extract(other)
    assert [m.id for m in extract(report()).mentions()] == alone
