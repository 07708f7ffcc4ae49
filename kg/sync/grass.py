"""A Neo4j Browser style sheet (``.grass``) from the ontology's colours, so the Browser shows the
same colours as kg's HTML views (``kg sync --grass FILE``; drag the file onto the Browser, or
``:style`` and paste it).

Each label gets its class's ``kg:colour`` and a caption: ``{name}`` where nodes have names, the
quote for mentions; relationship types get their name as caption.
"""

from __future__ import annotations

from kg import vocab
from kg.sync.mapping import BASE_LABEL, IDENTIFIER


def _text_colour(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    try:
        r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "#000000"
    return "#000000" if (0.299 * r + 0.587 * g + 0.114 * b) > 150 else "#ffffff"


def _darker(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    try:
        r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "#333333"
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.7) for c in (r, g, b)))


def grass() -> str:
    v = vocab.load()
    caption_of = {"Mention": "{quote}"}
    out = [
        "node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n"
        "  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n"
        "  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: '<type>';\n}",
        f"node.{BASE_LABEL} {{\n  caption: '{{name}}';\n}}",
    ]
    # Superclasses first, so a subclass's rule (later in the file) wins on nodes with both labels.
    classes = sorted((c for c in v.classes.values() if c.neo4j_label and IDENTIFIER.match(c.name)),
                     key=lambda c: (len(c.superclasses), c.order, c.name))
    for c in classes:
        out.append(
            f"node.{c.name} {{\n  color: {c.colour};\n  border-color: {_darker(c.colour)};\n"
            f"  text-color-internal: {_text_colour(c.colour)};\n"
            f"  caption: '{caption_of.get(c.name, '{name}')}';\n}}"
        )
    return "\n\n".join(out) + "\n"
