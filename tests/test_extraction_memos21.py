"""What the twenty-first round's speed changes must keep: the tokens of a text are freed as soon as
the text is read (no memo kept on them keeps them in turn), the capitalised tokens Tokens.of lists
are those of its arrays, a lower-case word that only starts bodies written with a capital starts
none, and a component patched in its module is the one the pipeline runs."""

from __future__ import annotations

import gc
import weakref

from kg.loaders.extract import pipeline
from kg.loaders.extract.organizations import OrgFinder, _body_at, _capital_only_firsts, parse_org
from kg.loaders.extract.tokens import Tokens
from kg.textkey import key

TEXT = ("Ông Nguyễn Văn A, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Quảng Nam, gặp người dân xã Tam Kỳ.\n"
        "Ủy ban Công ty Ủy ban Ban Chỉ đạo Trung ương về phòng, chống tham nhũng họp tại Hà Nội.")


def _toks(text: str) -> Tokens:
    return Tokens.of(text, key(text))


def test_the_tokens_are_freed_without_the_cyclic_collector():
    """The bodies' memo (organizations._BodyMemo) is kept on the tokens: it must not keep them, or
    every text's token lists would wait for a collection of the cyclic collector."""
    was = gc.isenabled()
    gc.disable()
    try:
        toks = _toks(TEXT)
        answers = [_body_at(toks, k) for k in range(len(toks))]
        finder = OrgFinder(toks, None)
        finder.scan()
        assert any(answers) and finder.mentions  # the memo was filled, bodies were read
        alive = weakref.ref(toks)
        del toks, finder
        assert alive() is None  # freed by reference counting alone
    finally:
        if was:
            gc.enable()


def test_the_capitalised_tokens_are_those_of_the_arrays():
    toks = _toks(TEXT)
    caps, texts = toks.capitalised()
    assert caps == [i for i in range(len(toks)) if toks.cap[i]]
    assert texts == [toks.t[i] for i in caps]
    assert texts[:4] == ["Ông", "Nguyễn", "Văn", "A"] and "HĐND" in texts
    toks._memo.clear()  # made again from the arrays when Tokens.of did not keep them
    assert toks.capitalised() == (caps, texts)
    assert [toks.upper[i] for i in caps] == [t.isupper() for t in texts]


def test_a_lower_case_word_that_only_starts_capitalised_bodies_starts_none():
    """"người" starts only rows read with a capital ("Người ..."): in lower case in running text
    ("gặp người dân") no body starts there; a word that starts a body read in lower case too
    ("ủy ban nhân dân", "sở tư pháp") is no such word."""
    only = _capital_only_firsts()
    toks = _toks(TEXT)
    lower = [i for i in range(len(toks)) if toks.k[i] in only and not toks.cap[i]]
    assert lower  # the text writes such words
    assert all(parse_org(toks, i, "top") is None for i in lower)
    assert key("người") in only and key("ủy") not in only and key("sở") not in only


def test_a_patched_component_is_the_one_the_pipeline_runs(monkeypatch):
    from kg.loaders.extract import directives

    def nothing(report, extraction):  # noqa: ANN001, ARG001 - a component's signature
        return None

    monkeypatch.setattr(directives, "extract_directives", nothing)
    assert nothing in pipeline.components()
