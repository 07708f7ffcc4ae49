"""How kg says what went wrong in one line.

Errors from parsers and drivers (pyoxigraph's SyntaxError, the Neo4j driver's, the OS's) often
span several lines; kg's rule is one line per problem, naming the file or server, so every command
prints the first line of the error's text (or its class when the text is empty)."""

from __future__ import annotations


def first_line(exc: BaseException) -> str:
    """The first line of ``exc``'s message, or its class name when it has none."""
    text = str(exc)
    return text.splitlines()[0] if text.strip() else type(exc).__name__
