"""An appointment cited as someone else's fault is a past act, not this report's event: the post is former.

A report on a discipline tells what the disciplined did: "Ông A có vi phạm, khuyết điểm trong ... đề xuất
cấp có thẩm quyền phê chuẩn chức danh Phó Chủ tịch UBND tỉnh với ông X", "ông A cùng chịu trách nhiệm về vi
phạm ...; ký báo cáo ... và bổ nhiệm ông X giữ chức vụ Giám đốc Sở Y", "ông A có biểu hiện vụ lợi trong việc
tiếp nhận, bổ nhiệm con trai là X làm kiểm soát viên ...". The officials extractor reads the appointing verb
as this report's act (appointed). An appointed post is former when its sentence writes a charge word of
``charged_act_cues.tsv`` (use ``charge``), then an act verb (use ``act``), then the appointee's name, before
the title: the appointee is the object of the charged act, not its subject. The appointee may be named right after the
title instead ("đề xuất cấp có thẩm quyền phê chuẩn chức danh Phó chủ tịch UBND tỉnh với ông X").
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import Extraction, Report

from .doc_tables import whole_words, words_by_use
from .sentences import posts_by_sentence


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(charge words, act verbs) on the report's key."""
    words = words_by_use("charged_act_cues.tsv")
    charge = whole_words(words['charge'])
    act = whole_words(words['act'])
    return charge, act


def charged_acts(report: Report, extraction: Extraction) -> None:
    """Give an appointment cited as someone else's fault the status "former" (see the module's docstring)."""
    k = report.key
    charge, act = _cues()
    for pm, s in posts_by_sentence(report, extraction.posts, "appointed", charge):
        c = charge.search(k, s.start, pm.span.start)
        if c is None:
            continue
        verbs = [m.end() for m in act.finditer(k, c.end(), pm.span.start)]
        if verbs and any(verbs[0] <= sp.start < pm.span.start or _named_after(k, pm.span.end, sp.start)
                         for sp in pm.person.spans):
            pm.status = "former"


# "phê chuẩn chức danh Phó Chủ tịch UBND tỉnh với ông X": the appointee named right after the title
_AFTER = re.compile(r"\s*,?\s*(?:đối với|với|cho)\s+(?:ông|bà|đồng chí)\s+$")


def _named_after(k: str, title_end: int, name_start: int) -> bool:
    """The name at ``name_start`` follows the title ending at ``title_end`` by "với/đối với/cho ông"."""
    return 0 < name_start - title_end <= 20 and _AFTER.fullmatch(k, title_end, name_start) is not None
