"""Where the honorifics before a name start (lists.honorific_start) is worked out once for each name
start of a text and kept on its tokens: the officials' rules ask it of the same few starts about a
hundred times a report, nine times in ten of a start asked before (perf38: a speed change; the answers
are the same, the facts below before and after)."""

from __future__ import annotations

import kg.loaders.extract.lists as lists
from kg.loaders.extract.lists import honorific_start
from kg.loaders.extract.tokens import Tokens
from kg.textkey import key

_TEXT = "Dự hội nghị có Thiếu tướng Trần Văn Bình, Chỉ huy trưởng, và ông Lê Minh Hòa, Giám đốc Sở Nội vụ."


def _toks(text: str) -> Tokens:
    return Tokens.of(text, key(text))


def test_a_start_asked_again_is_not_worked_out_again(monkeypatch) -> None:
    toks = _toks(_TEXT)
    t = list(toks.t)
    asked: list[int] = []
    work = lists._honorific_start
    monkeypatch.setattr(lists, "_honorific_start", lambda toks, b: asked.append(b) or work(toks, b))
    first = [honorific_start(toks, t.index(w)) for w in ("Trần", "Lê", "Trần", "Lê", "Trần")]
    assert first == [t.index("Thiếu"), t.index("ông")] * 2 + [t.index("Thiếu")]
    assert asked == [t.index("Trần"), t.index("Lê")]
    assert honorific_start(toks, t.index("Sở")) == t.index("Sở")  # none before it: the token itself
