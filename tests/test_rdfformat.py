"""kg export's format: from --format (kg's, rdflib's and rapper's names) or from --out's extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.rdfformat import count_phrase, resolve_format


@pytest.mark.parametrize("out, fmt", [("g.jsonld", "json-ld"), ("g.nt", "nt"), ("g.nq", "nquads"),
                                      ("g.trig", "trig"), ("g.rdf", "xml"), ("g.xml", "xml"),
                                      ("g.ttl", "turtle"), ("G.NQ", "nquads"), ("g.txt", "turtle")])
def test_the_extension_decides_when_format_is_absent(out, fmt):
    assert resolve_format(None, Path(out)) == fmt


@pytest.mark.parametrize("given, fmt", [("ntriples", "nt"), ("nquads", "nquads"), ("json-ld", "json-ld"),
                                        ("jsonld", "json-ld"), ("pretty-xml", "pretty-xml"), ("TTL", "turtle"),
                                        ("rdfxml", "xml")])
def test_rdflib_and_rapper_names_are_aliases(given, fmt):
    assert resolve_format(given, Path("g.ttl")) == fmt  # --format wins over the extension


def test_an_unknown_format_names_the_choices():
    with pytest.raises(ValueError, match="unknown RDF format 'yaml'.*ntriples"):
        resolve_format("yaml")


def test_datasets_are_counted_in_quads():
    assert count_phrase(12, "nquads") == "12 quads" and count_phrase(1, "nt") == "1 triple"
