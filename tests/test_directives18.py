"""Eighteenth round, directives: the body that passed a law, told after its name or before a list of laws."""

from __future__ import annotations

from kg.loaders.extract.directives import find_directives


def issuers(doc, text):
    t = doc(text)
    return [(d.name, d.issuer.name if d.issuer else None) for d in find_directives(t.report, t.extraction)]


def test_a_law_passed_by_a_body_written_after_its_name_has_that_issuer_and_the_passing_date(doc):
    """"Luật X được Quốc hội thông qua ngày …": the Assembly passed it, on that day."""
    t = doc("Bộ trưởng cho biết Luật Lâm nghiệp được Quốc hội thông qua ngày 15/11/2017 và có hiệu lực từ năm 2019.")
    [d] = find_directives(t.report, t.extraction)
    assert (d.name, d.issuer.name if d.issuer else None) == ("Luật Lâm nghiệp", "Quốc hội")
    assert d.date_issued is not None and d.date_issued.iso() == "2017-11-15"


def test_the_term_written_between_the_body_and_the_verb_is_the_laws(doc):
    t = doc("Theo ông Hùng, Luật Trẻ em mới được Quốc hội khóa 13 ban hành, song nhiều địa phương chưa kịp triển khai.")
    [d] = find_directives(t.report, t.extraction)
    assert d.issuer is not None and d.term == 13


def test_each_law_of_a_list_the_assembly_passed_has_the_assembly_as_issuer(doc):
    """"Quốc hội đã thông qua 3 luật: A; B; C": every law listed; a clause about other drafts ends the list."""
    assert issuers(doc, "Đến nay, Quốc hội đã thông qua 3 luật gồm: Luật Thú y; Luật Đo lường; Luật Trồng trọt; "
                        "cho ý kiến về Luật Quy hoạch.") == [
        ("Luật Thú y", "Quốc hội"), ("Luật Đo lường", "Quốc hội"), ("Luật Trồng trọt", "Quốc hội"),
        ("Luật Quy hoạch", None)]


def test_laws_the_assembly_will_pass_have_no_issuer_yet(doc):
    assert issuers(doc, "Tại kỳ họp này, Quốc hội sẽ thông qua 2 luật là Luật Thú y và Luật Đo lường.") == [
        ("Luật Thú y", None), ("Luật Đo lường", None)]
