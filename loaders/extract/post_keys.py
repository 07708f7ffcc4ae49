"""One key for a post however often a report writes it, shared by the status rules.

A report names the same post in its headline, its lead and its body, in either tone-mark style
("Ủy viên" / "Uỷ viên") and case ("Bí thư" / "bí thư"). The rules that ask "is this the same post?"
(a removal that names one post of a role, a step told again later in a career) must all answer the
same way, so they share this key. It sits in a module of its own, below every extraction module
that uses it, so that none of them imports another only for it.
"""

from __future__ import annotations

from typing import Protocol

from kg.model import OrgMention
from kg.textkey import key as text_key


class _Post(Protocol):
    """A post as a rule holds it: a :class:`kg.model.PostMention` or a title of
    :mod:`.titles` still being read (the key reads only these two)."""

    role: str
    org: OrgMention | None


def post_key(pm: _Post) -> tuple[str, str]:
    """The post as (role, body name): the role on the text key (case and tone style folded), the body
    by its name ("" for none). Two mentions with one key are one post, told twice."""
    return text_key(pm.role).lower(), pm.org.name if pm.org is not None else ""


def folded_post_key(pm: _Post) -> tuple[str, str]:
    """:func:`post_key` with the body's name on the text key too: for posts of different sentences or
    persons, whose body one sentence may write "Tỉnh ủy" and another "Tỉnh uỷ" (a successor's post taken
    from the predecessor's)."""
    return text_key(pm.role).lower(), text_key(pm.org.name).lower() if pm.org is not None else ""
