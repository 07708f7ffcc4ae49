"""kg eval's "named directives" row: gold documents without a symbol, matched to kg's documents
without one by type and title (or by type, issuer and term when the gold gives no title), one to one."""

from __future__ import annotations

from itertools import count

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.evaluate import NAMED_DIRECTIVES, score_graph
from kg.vocab import KG

_ids = count()


def _doc(g: Graph, label: str, doc_type: str, *, title: str | None = None, issuer: str | None = None,
         term: int | None = None, symbol: str | None = None) -> None:
    """A directive of the graph as kg writes it: label, type node, optional title, issuer, term, symbol."""
    n = next(_ids)
    d, t = URIRef(f"urn:d{n}"), URIRef(f"urn:t{n}")
    g.add((d, RDF.type, KG.Directive))
    g.add((d, RDFS.label, Literal(label, lang="vi")))
    g.add((d, KG.documentType, t))
    g.add((t, RDFS.label, Literal(doc_type, lang="vi")))
    if title:
        g.add((d, KG["title"], Literal(title, lang="vi")))
    if issuer:
        o = URIRef(f"urn:o{n}")
        g.add((o, RDF.type, KG.Organization))
        g.add((o, RDFS.label, Literal(issuer, lang="vi")))
        g.add((d, KG.issuedBy, o))
    if term:
        g.add((d, KG["term"], Literal(term)))  # xsd:integer, as kg writes it
    if symbol:
        g.add((d, KG.symbol, Literal(symbol)))


def _gold(*directives: dict) -> dict:
    full = [{"symbol": None, "type": None, "issuer": None, "date": None, "term": None, "title": None} | d
            for d in directives]
    return {"report": "r", "persons": [], "organizations": [], "directives": full, "events": []}


def _counts(gold: dict, g: Graph) -> tuple[int, int, int, int]:
    c = score_graph(gold, g).counts[NAMED_DIRECTIVES]
    return c.tp_gold, c.gold, c.tp_pred, c.pred


def test_a_law_whose_name_is_its_title_matches_by_label_or_by_title():
    g = Graph()
    _doc(g, "Luật đất đai", "Luật")  # no kg:title: the label after the type word is the name
    _doc(g, "Luật Phòng, chống tham nhũng", "Luật", title="Phòng, chống tham nhũng")
    gold = _gold({"type": "Luật", "title": "Đất đai"}, {"type": "luật", "title": "phòng chống tham nhũng"})
    assert _counts(gold, g) == (2, 2, 2, 2)


def test_case_tone_style_punctuation_a_leading_ve_and_a_year_of_issue_are_set_aside():
    g = Graph()
    _doc(g, "Quy định những điều Đảng viên không được làm", "Quy định",
         title="những điều Đảng viên không được làm")
    _doc(g, "Quy chế làm việc của Tỉnh uỷ", "Quy chế", title="làm việc của Tỉnh uỷ")
    _doc(g, "Luật Trẻ em", "Luật", title="Trẻ em")
    gold = _gold({"type": "Quy định", "title": "về những điều đảng viên không được làm"},
                 {"type": "quy chế", "title": "Làm việc của Tỉnh ủy."},
                 {"type": "Luật", "title": "Trẻ em năm 2016"})
    assert _counts(gold, g) == (3, 3, 3, 3)


def test_a_different_type_or_a_different_title_does_not_match():
    g = Graph()
    # the text's "Nghị quyết về quy chế hoạt động…" read as the Quy chế itself: another document
    _doc(g, "Quy chế hoạt động của Ủy ban Thường vụ Quốc hội", "Quy chế",
         title="hoạt động của Ủy ban Thường vụ Quốc hội")
    _doc(g, "Luật Đấu thầu", "Luật", title="Đấu thầu")
    gold = _gold({"type": "Nghị quyết", "title": "về quy chế hoạt động của Ủy ban Thường vụ Quốc hội"},
                 {"type": "Luật", "title": "Đầu tư"})  # a tone apart: another law
    s = score_graph(gold, g)
    assert _counts(gold, g) == (0, 2, 0, 2)
    assert s.misses[NAMED_DIRECTIVES] == ["Nghị quyết về quy chế hoạt động của Ủy ban Thường vụ Quốc hội",
                                          "Luật Đầu tư"]
    assert s.extras[NAMED_DIRECTIVES] == ["Luật Đấu thầu", "Quy chế hoạt động của Ủy ban Thường vụ Quốc hội"]


def test_a_title_prefix_matches_when_it_covers_most_of_the_longer_title():
    g = Graph()
    _doc(g, "Nghị quyết Đại hội XII", "Nghị quyết")  # 3 words of the gold's 5: 60%
    _doc(g, "Quy định trách nhiệm nêu gương của cán bộ, đảng viên", "Quy định",
         title="trách nhiệm nêu gương của cán bộ, đảng viên")  # cut at less than half of the gold's
    gold = _gold({"type": "Nghị quyết", "title": "Đại hội XII của Đảng", "term": "XII"},
                 {"type": "Quy định", "title": "về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là "
                                              "cán bộ lãnh đạo chủ chốt các cấp"})
    assert _counts(gold, g) == (1, 2, 1, 2)


def test_bo_luat_is_its_own_type_word_where_kg_types_it_luat():
    g = Graph()
    _doc(g, "Bộ luật Hình sự", "Luật", title="Hình sự")
    assert _counts(_gold({"type": "Bộ luật", "title": "Hình sự"}), g) == (1, 1, 1, 1)


def test_a_resolution_named_by_its_meeting_matches_only_in_its_own_term():
    g = Graph()
    _doc(g, "Nghị quyết Trung ương 4 (khóa XI)", "Nghị quyết", term=11)
    _doc(g, "Nghị quyết Trung ương 4 (khóa 12)", "Nghị quyết")  # the term written in the name only
    assert _counts(_gold({"type": "Nghị quyết", "title": "Trung ương 4", "term": "XII"}), g) == (1, 1, 1, 2)
    s = score_graph(_gold({"type": "Nghị quyết", "title": "Trung ương 4", "term": "XII"}), g)
    assert s.extras[NAMED_DIRECTIVES] == ["Nghị quyết Trung ương 4 (khóa XI)"]


def test_matching_is_one_to_one_and_maximal():
    g = Graph()
    _doc(g, "Nghị quyết Đại hội XII của Đảng", "Nghị quyết")
    _doc(g, "Nghị quyết Đại hội XII", "Nghị quyết")
    # the first gold matches both documents, the second only the first: both are found
    gold = _gold({"type": "Nghị quyết", "title": "Đại hội XII"},
                 {"type": "Nghị quyết", "title": "Đại hội XII của Đảng ta"})
    assert _counts(gold, g) == (2, 2, 2, 2)
    # one document is never two gold documents, nor one gold document two of kg's
    assert _counts(_gold({"type": "Nghị quyết", "title": "Đại hội XII"}), g) == (1, 1, 1, 2)
    one = Graph()
    _doc(one, "Luật Đất đai", "Luật")
    assert _counts(_gold({"type": "Luật", "title": "Đất đai"}, {"type": "Luật", "title": "đất đai"}), one) == (
        1, 2, 1, 1)


def test_a_gold_without_title_matches_by_issuer_and_term_or_a_bare_type():
    g = Graph()
    _doc(g, "Hiến pháp năm 2013", "Hiến pháp")
    _doc(g, "Nghị quyết về kinh tế - xã hội", "Nghị quyết", title="về kinh tế - xã hội", issuer="Quốc hội")
    _doc(g, "Nghị quyết Đại hội XIV", "Nghị quyết")
    gold = _gold({"type": "Hiến pháp"},
                 {"type": "Nghị quyết", "issuer": "Quốc hội"},
                 {"type": "Nghị quyết", "issuer": "Đại hội XIV"})  # the issuer written in kg's name
    assert _counts(gold, g) == (3, 3, 3, 3)
    # a bare "Nghị quyết" is not any resolution with a name; a wrong issuer or term is no match
    assert _counts(_gold({"type": "Nghị quyết"}), g) == (0, 1, 0, 3)
    assert _counts(_gold({"type": "Nghị quyết", "issuer": "Chính phủ"}), g) == (0, 1, 0, 3)
    assert _counts(_gold({"type": "Nghị quyết", "issuer": "Quốc hội", "term": "XIII"}), g) == (0, 1, 0, 3)


def test_documents_with_a_symbol_are_left_to_the_directives_row():
    g = Graph()
    _doc(g, "Kết luận 62-KL/TW", "Kết luận", symbol="62-KL/TW")
    _doc(g, "Điều lệ Đảng", "Điều lệ", title="Đảng")
    gold = _gold({"symbol": "62-KL/TW", "type": "Kết luận"}, {"type": "Điều lệ", "title": "Đảng", "issuer": "Đảng"})
    s = score_graph(gold, g)
    assert _counts(gold, g) == (1, 1, 1, 1)
    assert vars(s.counts["directives"]) == {"tp_gold": 1, "tp_pred": 1, "pred": 1, "gold": 1}
    assert s.misses[NAMED_DIRECTIVES] == [] and s.extras[NAMED_DIRECTIVES] == []
