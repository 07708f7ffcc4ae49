"""Persons and bodies, round 37 (orgs37b): a people's language written like a name ("tiếng K'Ho") is
no person; a project or a tunnel named after a man ("dự án", "hầm" + the name) is no person; a foreign
ministry of energy ("Bộ Năng lượng") is a ministry. The sentences are our own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from tests.fixtures_pipeline import pipeline_posts


def _persons(text: str) -> list[str]:
    report = build_report(report_id="r", source_file="r.txt", text=f"Tin địa phương\n{text}", encoding="utf-8")
    return [p.name for p in extract(report).persons]


def test_a_language_written_like_a_name_is_no_person():
    assert _persons("Đài phát thanh huyện có chuyên mục tiếng K'Ho và tiếng Chăm mỗi tối.") == []
    assert _persons("Bà Lê Thị Hoa dạy chữ K'Ho cho học sinh.") == ["Lê Thị Hoa"]
    # a compound ending like the cue is no cue: the singer is a person
    assert _persons("Ca sĩ nổi tiếng Lê Văn Tùng đã hát tại lễ hội.") == ["Lê Văn Tùng"]
    # a person written like a K'Ho name is still one when no language cue precedes
    assert _persons("Ông K'Brơi, người dân thôn 2, cho biết.") == ["K'Brơi"]


def test_a_project_or_a_tunnel_named_after_a_man_is_no_person():
    assert _persons("Dự án Nguyễn Văn Linh nối dài đã hoàn thành; hầm Trần Hưng Đạo sắp thông xe.") == []
    assert _persons("Ông Lê Văn Tám, Giám đốc ban quản lý dự án, cho biết.") == ["Lê Văn Tám"]


def test_a_minister_of_energy_holds_a_post_in_the_ministry():
    assert pipeline_posts("Phía Hungary có Bộ trưởng Bộ Năng lượng Péter Kovács.", "Tin đối ngoại") == {
        ("Péter Kovács", "Bộ trưởng", "Bộ Năng lượng", "holds")}
    assert pipeline_posts("Ông Trần Văn Bình, Bộ trưởng Bộ Năng lượng, phát biểu.", "Tin đối ngoại") == {
        ("Trần Văn Bình", "Bộ trưởng", "Bộ Năng lượng", "holds")}


def test_a_business_trade_name_after_its_kind_and_trade_is_no_person():
    assert _persons("Cơ sở giết mổ gia cầm, thủy cầm Trần Gia Phát bị xử phạt.") == []
    assert _persons("Đoàn kiểm tra cơ sở sản xuất nước đá Lê Gia Hưng ở xã An Bình.") == []
    # after a clause or a title the name is a person's again
    assert _persons("Không có cơ sở pháp lý nào để chuyển Nguyễn Văn An sang cơ quan khác.") == ["Nguyễn Văn An"]
    assert _persons("Tại cơ sở dịch vụ văn hóa, đại biểu Nguyễn Đức Hùng phát biểu.") == ["Nguyễn Đức Hùng"]
