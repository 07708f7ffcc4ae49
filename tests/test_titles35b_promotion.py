"""A promotion told with the bare role, thirty-fifth titles round: "ông A, Phó Giám đốc Sở X, được bổ nhiệm
làm Giám đốc." The new post's body is the one of the deputy's post in the subject's own apposition; the
reverse (a head "appointed" a bare deputy's role) takes no body so.

The sentences are our own, written in the shape of personnel reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_deputy_promoted_to_the_bare_head_role_heads_the_same_body():
    got = pipeline_posts("Ông Hoàng Văn An, Phó Giám đốc Sở Y tế, được bổ nhiệm làm Giám đốc.", "Bổ nhiệm")
    assert ("Hoàng Văn An", "Giám đốc", "Sở Y tế", "appointed") in got
    got = pipeline_posts("Bộ trưởng đã ký quyết định bổ nhiệm ông Phan Văn Bình, Phó Cục trưởng Cục Thi hành án "
                         "dân sự, làm Cục trưởng.", "Bổ nhiệm")
    assert ("Phan Văn Bình", "Cục trưởng", "Cục Thi hành án dân sự", "appointed") in got
    # a date may close the new role
    got = pipeline_posts("Ông Hoàng Văn An, Phó Giám đốc Sở Y tế, được bổ nhiệm làm Giám đốc từ ngày 15/6/2020.",
                         "Bổ nhiệm")
    assert ("Hoàng Văn An", "Giám đốc", "Sở Y tế", "appointed") in got
    # a head given a bare deputy's role: no body read so
    got = pipeline_posts("Ông Hoàng Văn An, Giám đốc Sở Y tế, được bổ nhiệm làm Phó Giám đốc.", "Bổ nhiệm")
    assert not any(r == "Phó Giám đốc" for _, r, _, _ in got)
