"""A photo caption that names a body which no longer exists is of the past (thirty-eighth round): "Trong ảnh, từ
trái sang phải: đồng chí A, Bí thư Liên khu ủy IV, ... (Ảnh tư liệu)" in a life story shows the posts A held in
the 1950s, though the caption writes no year and names no leader of deceased_leaders.tsv. The inter-zones and
their Party committees, the regional Party committees and the resistance committees are gone (caption_cues.tsv,
old_body). An archive credit alone changes nothing: a file photo may show a post held today.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_the_titles_of_a_caption_naming_an_inter_zone_are_former():
    got = pipeline_posts("Năm 1951, ông Lê Văn Hà được điều động về công tác tại Liên khu IV. Trong ảnh, từ trái sang "
                         "phải: đồng chí Lê Văn Hà, Bí thư Liên khu ủy IV, và đồng chí Trần Văn Lộc, Tư lệnh Liên khu "
                         "IV. (Ảnh tư liệu)", "Người cộng sản kiên trung")
    assert ("Lê Văn Hà", "Bí thư", "Liên khu ủy IV", "former") in got
    assert ("Trần Văn Lộc", "Tư lệnh", "Liên khu IV", "former") in got
    # an archive photo of a body of today is left as it reads
    got = pipeline_posts("Trong ảnh: Bí thư Tỉnh ủy Phú Yên Trần Văn Lộc thăm hỏi người dân vùng lũ. (Ảnh tư liệu)",
                         "Phú Yên khắc phục hậu quả lũ")
    assert ("Trần Văn Lộc", "Bí thư", "Tỉnh ủy Phú Yên", "holds") in got
