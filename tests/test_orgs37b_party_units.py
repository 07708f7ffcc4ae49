"""Bodies, round 37 (orgs37b): "các ban Đảng Trung ương" (the Party's central boards named by a
common noun) names no party "Đảng Trung ương"; "Trường Đảng Trung ương" is still the school. The
sentences are our own."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def test_the_partys_central_boards_written_as_a_common_noun_name_no_body():
    assert pipeline_orgs("Đại diện các ban Đảng Trung ương dự hội nghị tổng kết.") == []
    assert pipeline_orgs("Hội nghị có sự tham gia của một số ban Đảng Trung ương và Bộ Nội vụ.") == [
        ("Bộ Nội vụ", "Bộ Nội vụ")]
    # the central Party school is still read
    assert pipeline_orgs("Ông Lê Văn An là giảng viên Trường Đảng Trung ương.") == [
        ("Trường Đảng Trung ương", "Trường Đảng Trung ương")]
