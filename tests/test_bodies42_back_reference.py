"""Titles, forty-second round: a head role's body written as its head and a word pointing back ("giữ chức Cục
trưởng Cục này") is the one body of that kind the report names (class F of the round-42 error classes on
written34/35), not a body named "Cục này"; nothing when the report names two of that kind.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, org_names


def test_the_head_and_this_is_the_body_the_report_names():
    text = "Bộ Tài chính bổ nhiệm ông Lê Văn An, Phó Cục trưởng Cục Thuế, giữ chức Cục trưởng Cục này."
    assert facts(text) == {("Lê Văn An", "Phó Cục trưởng", "Cục Thuế", "holds"),
                           ("Lê Văn An", "Cục trưởng", "Cục Thuế", "appointed")}
    assert "Cục này" not in org_names(text)
    text = ("Ông Lê Văn An, Phó Cục trưởng Cục Thuế, và ông Lê Văn Bình, Phó Cục trưởng Cục Hải quan, dự họp. Ông "
            "Lê Văn An sau đó giữ chức Cục trưởng Cục này.")
    assert "Cục này" not in org_names(text)  # two Cục named: which one is not known
