"""The organization scan passes by a lower-case first word of organizations.tsv whose next word goes
on only phrases that running text never reads in lower case ("hội" + "nghị", "công" + "an": rows
written with their capital only), without a parse there: parse_org would read every phrase and refuse
each (perf35b: a speed change; the bodies read are the same, the facts below before and after)."""

from __future__ import annotations

import pytest

from kg.loaders.extract import organizations
from kg.loaders.extract.lexicon import lexicon
from kg.loaders.extract.organizations import OrgFinder, _lower_case_firsts, first_word_tokens, parse_org
from kg.loaders.extract.tokens import Tokens
from kg.textkey import key
from tests.fixtures_officials import orgs_of

_TEXT = ("Tại hội nghị sáng nay, lực lượng công an xã và Hội Nông dân tỉnh Nam Định đã bàn cách giữ "
         "an ninh ở các thôn; ban tổ chức hội nghị cho biết Công an tỉnh Nam Định sẽ hỗ trợ.")


def _toks(text: str) -> Tokens:
    return Tokens.of(text, key(text))


def _passed_by(toks: Tokens, x: int) -> bool:
    """The scan's test at a lower-case first word: neither the word alone nor the word and the next
    one begin a phrase read in lower case."""
    nexts, own = _lower_case_firsts().get(toks.k[x], ({}, []))
    return not own and (x + 1 >= len(toks.k) or toks.brk[x + 1] or toks.k[x + 1] not in nexts)


def test_a_word_passed_by_begins_no_body() -> None:
    toks = _toks(_TEXT)
    full = lexicon().org_index.firsts
    passed = [x for x in first_word_tokens(toks) if not toks.cap[x] and _passed_by(toks, x)
              and toks.k[x + 1] in full[toks.k[x]][0]]  # (those a phrase of any row goes on from)
    assert [toks.t[x] for x in passed] == ["hội", "lực", "công", "hội"]  # "hội nghị", "lực lượng", "công an"
    assert all(parse_org(toks, x, "top") is None for x in passed)


def test_the_scan_parses_nothing_there(monkeypatch: pytest.MonkeyPatch) -> None:
    toks = _toks(_TEXT)
    asked: list[tuple[int, str]] = []
    parse = organizations._parse_org

    def recording(toks: Tokens, i: int, ctx: str, depth: int) -> organizations.OrgParse | None:
        asked.append((i, ctx))
        return parse(toks, i, ctx, depth)

    monkeypatch.setattr(organizations, "_parse_org", recording)
    OrgFinder(toks, None).scan()
    words = [toks.t[i] for i, ctx in asked if ctx == "top" and not toks.cap[i]]
    assert "hội" not in words and "công" not in words


def test_every_lower_case_phrase_row_is_kept() -> None:
    """A phrase of a row read in lower case ("công ty", a head with ``lowerhead``) stays in the table."""
    firsts = _lower_case_firsts()
    assert "ty" in firsts["công"][0]
    assert all(w in lexicon().org_index.firsts for w in firsts)


def test_the_bodies_of_the_sentence() -> None:
    assert orgs_of(_TEXT) == {
        ("Hội Nông dân tỉnh Nam Định", "Hội Nông dân tỉnh Nam Định"),
        ("Công an tỉnh Nam Định", "Công an tỉnh Nam Định"),
    }
