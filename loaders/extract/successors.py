"""A successor named for a post ends it for the person the report names with it: "left".

A report tells a set of moves: "Ông B, Phó Chủ tịch UBND tỉnh, được điều động giữ chức Bí thư Huyện ủy Phú
Quốc." and, elsewhere, "ông A, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Phú Quốc giữ chức Trưởng Ban Tổ
chức". A's "Bí thư Huyện ủy Phú Quốc" is written as held, and a transfer alone does not end the title it is
told with (the gold's conv25), but the report gives that very post to B in its event: A leaves it. The gold
reads so ("a successor ... then left"; blind6 vietnews-0228).

A post is such a post when one person holds it at a time (``successor_posts.tsv``: "Bí thư", "Chủ tịch",
"Giám đốc" ..., never a deputy, and not in a body where several hold the role: "Bí thư Trung ương Đảng").
A held post of A ("holds") becomes "left" when another person B has the same role in the same body (the
body's name as kg reads it, tone style and case folded) as "appointed", the report's own act once the past
steps are settled (:mod:`.past_steps` runs this last).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from kg.model import Extraction, PostMention, Report
from kg.textkey import key as text_key

from .doc_tables import read_tsv


@cache
def _posts() -> dict[str, frozenset[str]]:
    """Role (folded) -> body kinds where several hold it (``successor_posts.tsv``)."""
    out: dict[str, frozenset[str]] = {}
    for row in read_tsv("successor_posts.tsv"):
        kinds = row["except_body"].strip()
        out[text_key(row["role"]).lower()] = frozenset() if kinds in ("", "-") else frozenset(kinds.split("|"))
    return out


def _single_post(pm: PostMention) -> tuple[str, str] | None:
    """(role, body) of a post one person holds at a time, folded; None for any other post."""
    if pm.deputy or pm.org is None:
        return None
    role = text_key(pm.role).lower()
    kinds = _posts().get(role)
    if kinds is None or pm.org.kind in kinds:
        return None
    return role, text_key(pm.org.name).lower()


def successors(report: Report, extraction: Extraction,
               told_earlier: Callable[[PostMention], bool] | None = None) -> None:
    """End each held post that the report gives to someone else (see the module's docstring); a post written
    in a sentence told as before the report's event (``told_earlier``: "Cách đây hai ngày, ... công bố các quyết
    định điều động ... Theo đó, ông A, Bí thư Tỉnh ủy được điều ra giữ chức ...") ended then: "former"."""
    given: dict[tuple[str, str], set[int]] = {}
    for pm in extraction.posts:
        if pm.status == "appointed" and (post := _single_post(pm)) is not None:
            given.setdefault(post, set()).add(id(pm.person))
    if not given:
        return
    for pm in extraction.posts:
        if pm.status != "holds":
            continue
        post = _single_post(pm)
        if post is not None and given.get(post, set()) - {id(pm.person)}:
            pm.status = "former" if told_earlier is not None and told_earlier(pm) else "left"
