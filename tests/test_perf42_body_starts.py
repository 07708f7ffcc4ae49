"""Whether a body's name starts at a token (organizations' _body_at, asked where a name's tail may
run into another body) is worked out only at the tokens where a name can start: a first word of
organizations.tsv written with its capital, or a head read in lower case. Every other token is no
body's start without a look (perf42: a speed change; the answers and the bodies read are the same,
the facts below before and after)."""

from __future__ import annotations

from kg.loaders.extract.lexicon import lexicon
from kg.loaders.extract.organizations import _body_at, parse_org
from kg.loaders.extract.tokens import Tokens
from kg.textkey import key
from tests.fixtures_officials import orgs_of

_TEXT = ("Hôm qua, Công ty Cổ phần Xi măng Hoàng Thạch và Tổng công ty Xây dựng Hà Nội đã ký biên bản "
         "ghi nhớ với Sở Kế hoạch và Đầu tư tỉnh Nam Định về dự án nhà ở xã hội.")


def _toks(text: str) -> Tokens:
    return Tokens.of(text, key(text))


def test_only_the_tokens_a_name_can_start_at_are_worked_out() -> None:
    toks = _toks(_TEXT)
    lex = lexicon()
    assert _body_at(toks, list(toks.t).index("Công"))  # the first body: the rest of the line is worked out
    worked_out = set(toks._memo["organizations.bodies"].known)
    assert worked_out  # the bodies after it were looked at
    assert all(toks.k[x] in lex.org_index.firsts and (toks.cap[x] or toks.k[x] in lex.lower_heads)
               for x in worked_out)


def test_every_token_gets_the_same_answer_as_a_parse_there() -> None:
    toks = _toks(_TEXT)
    lex = lexicon()
    for x in range(len(toks)):
        p = parse_org(toks, x, "top") if toks.k[x] in lex.org_index.firsts \
            and (toks.cap[x] or toks.k[x] in lex.lower_heads) else None
        assert _body_at(toks, x) == (p is not None and "toponly" not in p.row.flags), toks.t[x]


def test_the_bodies_of_a_sentence_naming_three() -> None:
    assert orgs_of(_TEXT) == {
        ("Công ty Cổ phần Xi măng Hoàng Thạch", "Công ty Cổ phần Xi măng Hoàng Thạch"),
        ("Tổng công ty Xây dựng Hà Nội", "Tổng công ty Xây dựng Hà Nội"),
        ("Sở Kế hoạch và Đầu tư tỉnh Nam Định", "Sở Kế hoạch và Đầu tư tỉnh Nam Định"),
    }


def test_the_first_words_of_bodies_are_found_once_a_report(first_word_lookups: list[int]) -> None:
    """The scan and the memo above start from the same tokens: a first word of organizations.tsv
    (first_word_tokens), looked for once a report, not once by each."""
    from kg.loaders.extract.organizations import OrgFinder

    toks = _toks(_TEXT)
    finder = OrgFinder(toks, None)
    finder.scan()
    assert _body_at(toks, list(toks.t).index("Công"))
    assert len(first_word_lookups) == 1
    assert {m.written for m in finder.mentions} == {
        "Công ty Cổ phần Xi măng Hoàng Thạch", "Tổng công ty Xây dựng Hà Nội", "Sở Kế hoạch và Đầu tư tỉnh Nam Định"}
