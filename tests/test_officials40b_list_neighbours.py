"""Officials, fortieth round (b): in a list of names, a title or a clause written after one name is that
name's, never its bare neighbour's.

- "A, B, <title>, từng <title 2>; C, ...": each name of such a list is followed by its own titles, so the
  past post after B's title is B's alone; the bare name A before B takes nothing.
- "... cùng các đồng chí: A, B, C…, đồng chí được phân công là ...": the pronoun after the list opens a
  new clause about the sentence's subject, not about C, the list's last name.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_past_post_after_a_listed_name_s_title_is_not_the_bare_name_before_it_titled_names_with_va_share():
    got = facts("Nhiều cán bộ bị xử lý như Lò Văn Thiết, Hà Văn Mạnh, Phó Trưởng ban Thường trực Ban Tổ chức "
                "Trung ương, từng Bí thư Tỉnh ủy Sơn La; Quàng Văn Ba, nguyên Bí thư Tỉnh ủy Điện Biên.")
    assert got == {("Hà Văn Mạnh", "Phó Trưởng ban Thường trực", "Ban Tổ chức Trung ương", "holds"),
                   ("Hà Văn Mạnh", "Bí thư", "Tỉnh ủy Sơn La", "former"),
                   ("Quàng Văn Ba", "Bí thư", "Tỉnh ủy Điện Biên", "former")}
    # titled names joined by "và" still share the predicate written after them
    got = facts("Ông Lò Văn Thiết, Chủ tịch UBND tỉnh, và ông Hà Văn Mạnh, Phó Chủ tịch UBND tỉnh, được bầu "
                "làm Phó Bí thư Tỉnh ủy Sơn La.")
    assert ("Lò Văn Thiết", "Phó Bí thư", "Tỉnh ủy Sơn La", "appointed") in got
    assert ("Hà Văn Mạnh", "Phó Bí thư", "Tỉnh ủy Sơn La", "appointed") in got
    # and so do names each given its titles in brackets
    got = facts("HĐND tỉnh bầu các ông Lò Văn Thiết (nguyên Giám đốc Sở Y tế), ông Hà Văn Mạnh (nguyên Giám đốc "
                "Sở Tài chính) cùng giữ chức Phó Chủ tịch UBND tỉnh Sơn La.")
    assert {f[0] for f in got if f[1] == "Phó Chủ tịch"} == {"Lò Văn Thiết", "Hà Văn Mạnh"}


def test_a_pronoun_after_a_list_of_names_is_the_sentence_s_subject_not_the_last_name():
    got = facts("Ông Lò Văn Thiết sinh năm 1917 tại Sơn La. Năm 1940, thực dân đưa đồng chí ra Côn Đảo. Tại nhà "
                "tù Côn Đảo, đồng chí tham gia hoạt động cùng các đồng chí: Hà Văn Mạnh, Quàng Văn Ba, Tòng Văn "
                "Hặc…, đồng chí được phân công là chi ủy viên khối Sơn La.")
    assert {f[0] for f in got} == {"Lò Văn Thiết"}


def test_a_pronoun_after_a_list_with_no_subject_before_it_is_no_one_of_the_list():
    got = facts("Trong nhà tù có các đồng chí Hà Văn Mạnh, Quàng Văn Ba, ông được phân công là chi ủy viên "
                "khối Sơn La.")
    assert got == set()
