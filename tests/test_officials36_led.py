"""The head of a delegation named before "do <person> ... làm trưởng đoàn" when the delegation is of a foreign
body written with its country's full name: "Đoàn đại biểu <body> nước Cộng hòa Dân chủ Nhân dân Lào do bà X,
<post>, làm trưởng đoàn" (wtune35 cause 14, the delegation's form).

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_the_head_of_a_delegation_of_a_foreign_body_with_its_countrys_full_name():
    got = pipeline_posts("Chiều 12/9, Phó Chủ tịch Quốc hội Hà Văn Dũng đã tiếp Đoàn đại biểu Ủy ban Kinh tế Quốc hội "
                         "nước Cộng hòa Dân chủ Nhân dân Lào do bà Khamla Vongsa, Chủ nhiệm Ủy ban Kinh tế Quốc hội "
                         "Lào, làm trưởng đoàn, đang thăm Việt Nam.", "Tiếp đoàn Quốc hội Lào")
    assert ("Khamla Vongsa", "trưởng đoàn",
            "Đoàn đại biểu Ủy ban Kinh tế Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào", "holds") in got
    assert ("Khamla Vongsa", "Chủ nhiệm", "Ủy ban Kinh tế Quốc hội Lào", "holds") in got
