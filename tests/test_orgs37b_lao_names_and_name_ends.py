"""Persons and bodies, round 37 (orgs37b): a Lao leader's name written in Vietnamese syllables with
one syllable in lower case ("Cay xỏn Phôm-vi-hản") is read after his title; a body's name ends
before "nay là" (its later name). The sentences are our own."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts


def test_a_lao_name_with_a_lower_case_syllable_after_a_title():
    assert pipeline_posts("Đoàn đã gặp Tổng Bí thư Xỏm xạy Phăn-thạ-vông tại Viêng Chăn.", "Tin đối ngoại") == {
        ("Xỏm xạy Phăn-thạ-vông", "Tổng Bí thư", "", "holds")}
    # a commune's name with a hyphen after a title and a place word is still the commune
    assert pipeline_posts("Ông Lê Văn An, Chủ tịch Hội Nông dân xã Hòa Bình, phát biểu.", "Tin địa phương") == {
        ("Lê Văn An", "Chủ tịch", "Hội Nông dân xã Hòa Bình", "holds")}


def test_a_body_name_ends_before_its_later_name():
    assert pipeline_orgs("Thẩm quyền này khi đó thuộc Hội đồng Bộ trưởng nay là Chính phủ.") == [
        ("Hội đồng Bộ trưởng", "Hội đồng Bộ trưởng"), ("Chính phủ", "Chính phủ")]


def test_a_body_name_ends_before_a_span_of_its_terms():
    assert pipeline_orgs("Buổi gặp mặt các đồng chí nguyên chỉ huy Bộ Tư lệnh Quân khu qua các thời kỳ.") == [
        ("Bộ Tư lệnh Quân khu", "Bộ Tư lệnh Quân khu")]
