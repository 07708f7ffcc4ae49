"""events._verbs_in looks a pattern's gate words up by the pattern's id (perf33: a speed change): a compiled
pattern's hash is worked out from its whole compiled code at every dictionary lookup, and _verbs_in is asked
about 94,000 times on the corpus. The words, and the participations read behind them, are the same."""

from __future__ import annotations

from kg.loaders.extract.events import _verb_words, _verb_words_by_id, _verbs_in
from kg.model import Span
from kg.textkey import key


def test_each_pattern_s_words_are_found_by_its_id() -> None:
    # fails before perf33 (no lookup by id)
    by_id = _verb_words_by_id()
    assert len(by_id) == len(_verb_words())
    for pattern, words in _verb_words().items():
        assert by_id[id(pattern)] is words


def test_verbs_behind_the_gate_are_the_patterns_matches() -> None:
    sentences = ("Chiều 4/6, đồng chí Lê Văn Tám, Phó Bí thư Tỉnh ủy, chủ trì buổi làm việc và phát biểu kết luận.",
                 "Tham dự hội nghị có các đồng chí Hoàng Văn Sơn, Phạm Thị Lan.",
                 "Ông Nguyễn Hữu Đức được bầu giữ chức Chủ tịch HĐND tỉnh, thay ông Bùi Văn Hải nghỉ hưu.",
                 "Báo cáo tại kỳ họp, bà Trịnh Thu Hà cho biết tỉnh đã hoàn thành kế hoạch.")
    found = []
    for text in sentences:
        k = key(text)
        sent = Span(0, len(k))
        for pattern in _verb_words():
            spans = [m.span() for m in _verbs_in(pattern, k, sent)]
            assert spans == [m.span() for m in pattern.finditer(k, 0, len(k))]
            found += [k[a:b] for a, b in spans]
    assert {"chủ trì", "phát biểu", "tham dự", "được bầu", "cho biết", "báo cáo"} <= set(found)
