"""What leaves kg as RDF and other formats: validation, SPARQL, streaming exports, bulk-load files.

Everything here reads a finished build (``DIR/graph.trig``) through pyoxigraph, never the
in-memory rdflib graph: pyoxigraph parses ~20x faster than rdflib and streams its serializers.
"""
