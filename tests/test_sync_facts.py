"""The sync's bookkeeping, without a server: a node's ``_facts`` text and the write batches.

``_facts`` is compared as a string to decide that a node did not change, so the fast encoder must
give exactly the text ``json.dumps`` gives (a database synced by an older kg then reads as unchanged).
"""

from __future__ import annotations

import json

from kg.sync.engine import _decode_facts, _encode_facts, _Rows, _sent


def _encode_facts_json(facts: dict[str, dict], props: dict) -> str:
    """The ``_facts`` text as ``json.dumps`` writes it (how kg wrote it before): the reference."""
    def pairs(ps: set[tuple[str, str, str]]) -> list[list]:
        return [[key, None if kind == "s" and props.get(key) == lex else lex, kind] for key, lex, kind in sorted(ps)]

    return json.dumps(
        {g: ({"t": sorted(e["t"]), "p": pairs(e["p"]), "u": sorted(e["u"])} if e.get("u")
             else {"t": sorted(e["t"]), "p": pairs(e["p"])})
         for g, e in sorted(facts.items())},
        ensure_ascii=False, separators=(",", ":"))

REPORT = "https://w3id.org/vnkg/id/report/tin-001"
OTHER = "https://w3id.org/vnkg/id/report/tin-002"
MENTION = "https://w3id.org/vnkg/ontology#Mention"


def test_a_mention_stated_by_one_report_is_written_as_json_does_with_its_own_values_as_null():
    facts = {REPORT: {"t": {MENTION}, "p": {("quote", "Tỉnh ủy Bình Định", "s"), ("start", "12", "i")},
                      "u": {"quote"}}}
    props = {"quote": "Tỉnh ủy Bình Định", "start": 12}
    text = _encode_facts(facts, props)
    assert text == _encode_facts_json(facts, props)
    assert json.loads(text) == {REPORT: {"t": [MENTION], "p": [["quote", None, "s"], ["start", "12", "i"]],
                                         "u": ["quote"]}}


def test_every_character_json_escapes_is_escaped_the_same_and_others_are_kept_as_they_are():
    awkward = 'Ông "Ba" nói: \\ tab\there\nnew line \x01 \u2028 đ — ️'
    facts = {OTHER: {"t": set(), "p": {("note", awkward, "s"), ("name", "Lê Văn A", "s")}},
             "": {"t": {MENTION, "https://example.org/x\"y"}, "p": {("name", "Lê Văn B", "s")}, "u": set()},
             REPORT: {"t": set(), "p": set()}}
    props = {"name": "Lê Văn A"}  # OTHER's name is the node's own (null), the default graph's is not
    text = _encode_facts(facts, props)
    assert text == _encode_facts_json(facts, props)
    assert _decode_facts(text, props, set())[OTHER]["p"] == {("note", awkward, "s"), ("name", "Lê Văn A", "s")}


class _RetryingSession:
    """A session whose first attempt at a transaction fails after running it, as a deadlock does."""

    def __init__(self) -> None:
        self.seen: list[list] = []

    def execute_write(self, work, query, batch):
        work(self, query, batch)  # the attempt that is rolled back
        return work(self, query, batch)

    def run(self, query, rows):
        self.seen.append(list(rows))
        return len(rows)


def test_a_batch_is_sent_whole_on_a_retry_and_let_go_once_committed():
    session = _RetryingSession()
    batch = _Rows([{"iri": "a"}, {"iri": "b"}])
    assert _sent(session, lambda tx, q, b: tx.run(q, rows=b), "UNWIND $rows AS row RETURN 1", batch) == 2
    assert session.seen == [[{"iri": "a"}, {"iri": "b"}]] * 2
    assert batch == []
