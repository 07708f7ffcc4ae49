"""The Python API a notebook uses: build, Turtle, SPARQL, the view inline, networkx; as the README shows."""

from __future__ import annotations

import re

import kg
from tests.conftest import EXAMPLES, REPO


def test_build_gives_the_same_turtle_as_the_command(tmp_path):
    g = kg.build(EXAMPLES)
    assert g.errors == [] and g.summary()["reports"] == 3
    written = g.write(tmp_path / "out", html_view=False)
    assert (tmp_path / "out" / "graph.ttl") in written
    assert g.to_turtle() == (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_sparql_answers_select_and_ask():
    g = kg.build(EXAMPLES)
    rows = g.sparql("""
        PREFIX kg: <https://w3id.org/vnkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name""")
    assert len(rows) == g.summary()["people"] and all(set(r) == {"name"} for r in rows)
    assert g.sparql("PREFIX kg: <https://w3id.org/vnkg/ontology#> ASK { ?d a kg:Directive }") is True


def test_view_of_a_focus_shows_inline_in_a_notebook():
    g = kg.build(EXAMPLES)
    person = next(d["label"] for _, d in g.networkx().nodes(data=True) if d["cls"] == "Person")
    view = g.view(focus=person)
    assert person in view.title
    frame = view._repr_html_()
    assert frame.startswith("<iframe") and 'sandbox="allow-scripts"' in frame
    assert "<script" not in re.sub(r'srcdoc="[^"]*"', "", frame)  # the page is inside the escaped attribute


def test_networkx_is_the_entity_graph_and_a_copy():
    g = kg.build(EXAMPLES)
    G = g.networkx()
    assert G.number_of_nodes() > 0 and {"Person", "Post"} <= {d["cls"] for _, d in G.nodes(data=True)}
    G.clear()
    assert g.networkx().number_of_nodes() > 0


def test_version_and_the_readme_example_run():
    assert kg.__version__[0].isdigit()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```python\n(import kg\n.*?)```", readme, re.S)
    assert example, "README has a Python API example"
    code = example.group(1).replace('"examples"', repr(str(EXAMPLES)))
    exec(compile(code, "README.md", "exec"), {})
