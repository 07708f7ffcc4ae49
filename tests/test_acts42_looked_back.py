"""Statuses, forty-second round (acts42): a removal the report looks back on, counted up to now ("đến nay ông X
đã bị miễn nhiệm chức vụ Y"), was made before the report's event: its post is former, not left (tests/gold/README.md:
a removal cited as past is former). A removal the report tells as its own act, even with "đã", stays left.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_removal_counted_up_to_now_is_former():
    got = pipeline_posts("Sáng 9/8, Ban Bí thư họp xem xét kỷ luật các cán bộ sai phạm. Liên quan vụ việc, đến nay "
                         "ông Lê Văn Hùng đã bị miễn nhiệm chức vụ Bộ trưởng Bộ Nông nghiệp.", "Kỷ luật cán bộ")
    assert ("Lê Văn Hùng", "Bộ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn", "former") in got
    # the report's own removal, told with "đã" but not counted up to now, is left
    got = pipeline_posts("Sáng 9/8, HĐND tỉnh Hà Nam đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Hà Nam đối với ông "
                         "Lê Văn Hùng.", "Miễn nhiệm Phó Chủ tịch")
    assert ("Lê Văn Hùng", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "left") in got
    # "đến nay" with no removal opens a post held
    got = pipeline_posts("Sáng 9/8, HĐND tỉnh Hà Nam họp bất thường. Từ năm 2015 đến nay, ông Lê Văn Hùng là Phó Chủ "
                         "tịch UBND tỉnh Hà Nam.", "Kỳ họp bất thường")
    assert ("Lê Văn Hùng", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "holds") in got


def test_the_case_of_an_earlier_appointment_talked_about_is_held():
    got = pipeline_posts("Chiều 2/4, Bộ Giao thông vận tải họp báo thường kỳ. Về trường hợp bổ nhiệm ông Hoàng Văn Tú "
                         "làm Cục trưởng Cục Hàng hải, người phát ngôn cho biết quy trình đúng quy định.", "Họp báo")
    assert ("Hoàng Văn Tú", "Cục trưởng", "Cục Hàng hải", "holds") in got
    # the report's own appointment stays appointed
    got = pipeline_posts("Chiều 2/4, Bộ trưởng Bộ Giao thông vận tải ký quyết định bổ nhiệm ông Hoàng Văn Tú làm Cục "
                         "trưởng Cục Hàng hải.", "Bổ nhiệm Cục trưởng")
    assert ("Hoàng Văn Tú", "Cục trưởng", "Cục Hàng hải", "appointed") in got


def test_a_post_held_until_an_earlier_move_is_former_and_the_move_held():
    got = pipeline_posts("Chiều 5/6, HĐND tỉnh Hà Nam bầu ông Trần Văn Khải giữ chức Chủ tịch UBND tỉnh Hà Nam. Ông "
                         "Trần Văn Khải sinh năm 1970. Từ tháng 3/2015 đến khi được chỉ định làm Phó Bí thư Tỉnh ủy Hà "
                         "Nam, ông Trần Văn Khải là Phó Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ.", "Bầu Chủ tịch")
    assert ("Trần Văn Khải", "Phó Vụ trưởng", "Vụ Tổ chức cán bộ", "former") in got
    assert ("Trần Văn Khải", "Phó Bí thư", "Tỉnh ủy Hà Nam", "holds") in got
    assert ("Trần Văn Khải", "Chủ tịch", "UBND tỉnh Hà Nam", "appointed") in got
    # a second title of the move's own list is not ended by it
    got = pipeline_posts("Chiều 5/6, HĐND tỉnh Hà Nam bầu ông Trần Văn Khải giữ chức Chủ tịch HĐND tỉnh Hà Nam. Từ "
                         "tháng 3/2015 đến khi được điều động làm Phó Bí thư Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Hà "
                         "Nam, ông Trần Văn Khải là Phó Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ.", "Bầu Chủ tịch")
    assert ("Trần Văn Khải", "Phó Vụ trưởng", "Vụ Tổ chức cán bộ", "former") in got
    assert ("Trần Văn Khải", "Trưởng", "Ban Dân vận Tỉnh ủy Hà Nam", "holds") in got


def test_a_move_already_made_behind_the_removal_gives_a_held_post():
    got = pipeline_posts("Sáng 3/10, HĐND tỉnh Cao Bằng thông báo kết quả miễn nhiệm đối với ông Nông Văn Bình, "
                         "nguyên Chủ tịch UBND tỉnh Cao Bằng vừa được Bộ Chính trị điều động, chỉ định giữ chức Bí thư "
                         "Tỉnh ủy Bắc Kạn.", "Miễn nhiệm")
    assert ("Nông Văn Bình", "Bí thư", "Tỉnh ủy Bắc Kạn", "holds") in got
    # a second person's election in the same sentence is the sitting's own act
    got = pipeline_posts("Sáng 3/10, HĐND tỉnh Cao Bằng miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Nông Văn "
                         "Bình, đồng thời ông Lục Văn Hà đã được bầu giữ chức Chủ tịch UBND tỉnh Cao Bằng.",
                         "Miễn nhiệm")
    assert ("Lục Văn Hà", "Chủ tịch", "UBND tỉnh Cao Bằng", "appointed") in got
