"""Organizations, thirty-sixth round: a later, shorter mention of a body the report wrote in full is that body.

- A village's body written with the village's level word and no name ("Chi bộ ấp đã họp") after the report
  named the body of one village ("Bí thư Chi bộ ấp Tân Hòa") is that village's body, not a second one.
- A body's short name defined in brackets after a name that ends with a bare level word ("Trung tâm Y tế
  huyện (TTYT)") names that body later, also with the level word after it ("Giám đốc TTYT huyện").

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts


def test_a_village_body_written_with_its_level_word_only_is_the_one_village_body_named_before():
    got = pipeline_orgs("Ông Thạch Sa Rết, Bí thư Chi bộ ấp Tân Hòa, chủ trì buổi họp. Theo ông Rết, Chi bộ ấp "
                        "đã họp và thống nhất danh sách.")
    assert ("Chi bộ ấp Tân Hòa", "Chi bộ ấp") in got
    assert not any(name == "Chi bộ ấp" for name, _ in got)
    # where two villages were named before, the bare mention is neither
    got = pipeline_orgs("Ông A dự họp Chi bộ ấp Tân Hòa. Bà B dự họp Chi bộ ấp Tân Lợi. Sau đó Chi bộ ấp đã "
                        "thống nhất.")
    assert not any(written == "Chi bộ ấp" and name != "Chi bộ ấp" for name, written in got)
    assert ("Chi bộ ấp Tân Hòa", "Chi bộ ấp Tân Hòa") in got


def test_a_short_name_defined_after_a_name_ending_with_a_level_word_names_that_body_later():
    got = pipeline_posts("Trung tâm Kiểm soát bệnh tật huyện (KSBT) đã tổ chức tập huấn. Bà Hà Thị Ngân, "
                         "Giám đốc KSBT huyện, cho biết đã tiêm cho 500 trẻ.", "Tiêm chủng mở rộng")
    assert ("Hà Thị Ngân", "Giám đốc", "KSBT", "holds") in got
    names = [name for name, _ in pipeline_orgs("Trung tâm Kiểm soát bệnh tật huyện (KSBT) đã tổ chức tập "
                                               "huấn. Bà Hà Thị Ngân, Giám đốc KSBT huyện, cho biết.")]
    assert "KSBT" not in names
