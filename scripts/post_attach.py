"""A learned second look at (person, title) pairs the rules of ``kg.loaders.extract.officials``
left apart: the candidates, their features and the logistic model of ``train_post_model.py``.

Not part of the extraction pipeline: measured by grouped 5-fold cross-validation on the 261 read
gold reports (round 10, issue 15), adding the pairs it keeps and dropping the posts it rejects
left the posts F1 where the rules put it (0.847 -> 0.846 pooled; see ``train_post_model.py``). It
stays here so that the measurement can be repeated when the rules or the gold change.

The rules attach a run of titles to a name by the shapes they know ("ông X, Bí thư ...", "Bí thư
... X", "bầu ông X giữ chức ..."). Every other pairing of a name and a title written in one
sentence is a *candidate* here; :func:`features` describes one candidate by what lies between the
name and the title (punctuation, names, link words from the data files) and by what the rules did
with it. A logistic model trained on the annotated reports (``scripts/train_post_model.py``) scores
each candidate with a dot product over those features (pure Python: applying it would need no new
dependency at extraction time).

The same :func:`features` is used to train and to apply the model: a feature added here is seen
by both, or by neither.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from kg.loaders.extract.lexicon import phrase_table
from kg.loaders.extract.lists import honorific_start
from kg.loaders.extract.names import NameHit
from kg.loaders.extract.status import clause_start, clause_status
from kg.loaders.extract.titles import Title, role_english
from kg.loaders.extract.tokens import PhraseIndex, Tokens, phrase_tokens, sentence_end, sentence_start
from kg.model import PostMention, Span
from kg.textkey import compact

_PUNCT = {",": "comma", ";": "semicolon", ":": "colon", "-": "dash", "(": "open", ")": "close"}
_AND = frozenset(phrase_tokens("và cùng với"))
_MAX_GAP = 40  # tokens between a name and a title: farther pairs are not candidates


@cache
def _tables() -> dict[str, PhraseIndex]:
    """The phrase tables whose words, written between a name and a title, say how they relate."""
    return {name: phrase_table(f"{name}.tsv") for name in
            ("link_verbs", "of_links", "replace_cues", "list_words", "career_cues", "saying_verbs",
             "meeting_verbs", "fronted_cues", "list_openers")}


@dataclass
class Candidate:
    """One (person, title) pair of a sentence: ``hit`` is the name's mention, ``title`` one title of
    the run starting at ``run_start``; ``person`` is whatever object the caller groups names by."""

    hit: NameHit
    person: object
    title: Title
    run_start: int
    index: int  # the title's place in its run
    run_len: int
    attached: str | None  # the status the rules gave this title to this person, or None
    other: bool  # the rules gave this title to another person


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6-10" if n < 11 else "11+"


def _words_between(toks: Tokens, a: int, b: int) -> set[str]:
    """Names of the phrase tables with a phrase starting in tokens [a, b) and ending by b."""
    out = set()
    for name, idx in _tables().items():
        for x in range(a, b):
            if toks.k[x] in idx.firsts:
                hit = idx.longest(toks, x)
                if hit and x + hit[0] <= b:
                    out.add(name)
                    break
    return out


def features(toks: Tokens, c: Candidate, name_starts: list[int], run_spans: list[tuple[int, int]]) -> dict[str, float]:
    """What the model knows of one candidate: sparse binary features (name -> 1.0).

    ``name_starts`` are the first tokens of every name of the report (sorted); ``run_spans`` the
    (start, end) of every run of titles. Used by training and by extraction alike."""
    h, t = c.hit, c.title
    f: dict[str, float] = {"bias": 1.0}
    f["rules=" + (c.attached or "none")] = 1.0
    if c.other:
        f["rules_other"] = 1.0
    after = t.start >= h.end
    f["title_after" if after else "title_before"] = 1.0
    a, b = (h.end, t.start) if after else (t.end, honorific_start(toks, h.start))
    gap = max(0, b - a)
    f["gap=" + _bucket(gap)] = 1.0
    names = sum(1 for s in name_starts if a <= s < b)
    f["names_between=" + _bucket(names)] = 1.0
    runs = sum(1 for s, _ in run_spans if a <= s < b)
    f["runs_between=" + _bucket(runs)] = 1.0
    for x in range(a, b):
        k = toks.k[x]
        if k in _PUNCT:
            f["punct_" + _PUNCT[k]] = 1.0
        elif k in _AND:
            f["and_between"] = 1.0
    if a < b and toks.k[a] in _PUNCT:
        f["first_" + _PUNCT[toks.k[a]]] = 1.0
    if a < b and toks.k[b - 1] in _PUNCT:
        f["last_" + _PUNCT[toks.k[b - 1]]] = 1.0
    for name in _words_between(toks, a, b):
        f["cue_" + name] = 1.0
    f["index=" + _bucket(c.index)] = 1.0
    f["last_in_run" if c.index == c.run_len - 1 else "not_last_in_run"] = 1.0
    if c.run_len > 1:
        f["run_len=" + _bucket(c.run_len)] = 1.0
    f["org" if t.org is not None else ("no_org_needed" if not t.row.needs_org else "org_missing")] = 1.0
    if t.prefix:
        f["prefix=" + t.prefix] = 1.0
    if t.deputy:
        f["deputy"] = 1.0
    if h.short:
        f["short_name"] = 1.0
    f["how=" + h.how] = 1.0
    if h.gender:
        f["honorific"] = 1.0
    first = sentence_start(toks, min(h.start, t.start))
    f["name_first_in_sentence" if not any(first <= s < h.start for s in name_starts) else "name_not_first"] = 1.0
    # the words next to the pair: "thay", "của", "với", "cho", "là" ... (learned, not listed)
    f["w_before_title=" + (toks.k[t.start - 1] if t.start > 0 else "^")] = 1.0
    hs = honorific_start(toks, h.start)
    f["w_before_name=" + (toks.k[hs - 1] if hs > 0 else "^")] = 1.0
    if a < b:
        f["w_first_between=" + toks.k[a]] = 1.0
        f["w_last_between=" + toks.k[b - 1]] = 1.0
        st = clause_status(toks, a, b)
        if st:
            f["status_between=" + st] = 1.0
    # the same words mean other things on either side of the name ("ông A, Bí thư" / "Bí thư, ông A")
    side = "after:" if after else "before:"
    f.update({side + k: v for k, v in list(f.items()) if k != "bias" and not k.startswith("rules")})
    return f


def candidates(toks: Tokens, runs: dict[int, list[Title]], hits: list[NameHit], hit_person: dict[int, object],
               titles_of: dict[int, list[tuple[Title, str]]]) -> list[Candidate]:
    """Every (name, title) pair of one sentence no farther apart than :data:`_MAX_GAP` tokens.

    ``titles_of`` maps ``id(person)`` to the (title, status) pairs the rules gave that person."""
    given: dict[tuple, dict[int, str]] = {}  # title key -> {id(person): status}
    for pid, items in titles_of.items():
        for t, st in items:
            given.setdefault(_title_key(t), {})[pid] = st
    out = []
    for idx, h in enumerate(hits):
        person = hit_person.get(idx)
        if person is None or h.how == "credit":
            continue
        lo, hi = sentence_start(toks, h.start), sentence_end(toks, h.start)
        for s, run in runs.items():
            if not (lo <= s < hi) or run[-1].end > hi:
                continue
            if h.start < run[-1].end and s < h.end:
                continue  # overlapping: a name inside a run
            dist = s - h.end if s >= h.end else h.start - run[-1].end
            if dist > _MAX_GAP:
                continue
            for x, t in enumerate(run):
                who = given.get(_title_key(t), {})
                out.append(Candidate(h, person, t, s, x, len(run), who.get(id(person)),
                                     any(p != id(person) for p in who)))
    return out


def _title_key(t: Title) -> tuple:
    """A title by where it is written and what it reads: passes of the rules may copy a title."""
    return (t.role_start, t.end, t.role, t.org.name if t.org is not None else "")


@dataclass
class Model:
    """Weights of a logistic model over :func:`features`; a pair the rules left is added at
    ``threshold`` or above, a post the rules gave is dropped when every pair giving it scores below
    ``drop``."""

    weights: dict[str, float]
    threshold: float
    drop: float = 0.0

    def score(self, f: dict[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class State:
    """What the rules read from one report, as the model needs it: tokens, runs of titles, name
    mentions, the person of each name (an object with ``.mention`` and ``.titles``)."""

    toks: Tokens
    runs: dict[int, list[Title]]
    hits: list[NameHit]
    hit_person: dict[int, object]


def scored(state: State, model: Model) -> list[tuple[Candidate, dict[str, float], float]]:
    """Every candidate of the report with its features and the model's probability."""
    persons = {id(p): p for p in state.hit_person.values()}
    titles_of = {pid: list(p.titles) for pid, p in persons.items()}  # type: ignore[attr-defined]
    cands = candidates(state.toks, state.runs, state.hits, state.hit_person, titles_of)
    name_starts = sorted(h.start for h in state.hits if h.how not in ("credit", "pronoun"))
    run_spans = sorted((s, r[-1].end) for s, r in state.runs.items())
    out = []
    for c in cands:
        f = features(state.toks, c, name_starts, run_spans)
        out.append((c, f, model.score(f)))
    return out


def post_for(state: State, c: Candidate) -> PostMention:
    """The post a kept candidate gives its person, its status read the way the rules read a title
    reached by a verb: a prefix ("nguyên"), else the cue of the clause before the title."""
    from kg.loaders.extract.officials import _role_id  # the rules' own role ids

    toks, t = state.toks, c.title
    status = t.prefix or clause_status(toks, clause_start(toks, t.start), t.start) or "holds"
    return PostMention(span=Span(toks.s[t.role_start], toks.e[t.end - 1]), person=c.person.mention,  # type: ignore[attr-defined]
                       role=t.role, role_id=_role_id(t.row.phrase), role_en=role_english(t), deputy=t.deputy,
                       qualifier=t.qualifier, org=t.org, status=status)


def post_key(person: object, role: str, org: object) -> tuple[int, str, str]:
    """One post of one person: (person mention, role, body), compacted as the rules compare them."""
    return (id(person), compact(role), compact(org.name) if org is not None else "")  # type: ignore[attr-defined]


def revise(state: State, model: Model, existing: list[PostMention],
           keep: Callable[[Candidate, float], bool] | None = None) -> list[PostMention]:
    """The report's posts after the model: the rules' posts whose every pair scores below
    ``model.drop`` left out, then the posts of the pairs the rules left that score ``model.threshold``
    or more (one per person, role and body, none the person already holds). ``keep`` replaces the
    add threshold (the training script's oracle)."""
    all_scored = scored(state, model)
    best: dict[tuple[int, str, str], float] = {}
    for c, _f, prob in all_scored:
        if c.attached is not None:
            k = post_key(c.person.mention, c.title.role, c.title.org)  # type: ignore[attr-defined]
            best[k] = max(prob, best.get(k, 0.0))
    out = [p for p in existing if best.get(post_key(p.person, p.role, p.org), 1.0) >= model.drop]
    have = {post_key(p.person, p.role, p.org) for p in out}
    for c, _f, prob in all_scored:
        if c.attached is not None or not (keep(c, prob) if keep else prob >= model.threshold):
            continue
        k = post_key(c.person.mention, c.title.role, c.title.org)  # type: ignore[attr-defined]
        if k in have:
            continue
        have.add(k)
        out.append(post_for(state, c))
    return out
