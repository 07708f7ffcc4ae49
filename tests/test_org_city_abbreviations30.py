"""A city written "TP" after a body's name, a district's name with a later syllable in lower case,
and the diplomatic corps before a title (orgs30, from the audit24 rows). The sentences are our own;
the names are made up."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs

orgs = pipeline_orgs


def test_the_city_s_tp_is_no_body_of_its_own():
    got = orgs("Theo Thanh tra TP Cần Thơ, việc giao đất là trái thẩm quyền.")
    assert got == [("Thanh tra thành phố Cần Thơ", "Thanh tra TP Cần Thơ")]


def test_a_name_cut_at_the_dot_of_tp_goes_on_with_the_city():
    got = orgs("Lãnh đạo thành phố khánh thành Trung tâm Báo chí TP. HCM. Ông từng dạy ở Trường Đại học "
               "Kiến trúc TP. Hồ Chí Minh.")
    assert got == [("Trung tâm Báo chí thành phố Hồ Chí Minh", "Trung tâm Báo chí TP. HCM"),
                   ("Trường Đại học Kiến trúc TP. Hồ Chí Minh", "Trường Đại học Kiến trúc TP. Hồ Chí Minh")]


def test_a_known_district_with_a_later_syllable_in_lower_case():
    got = orgs("Ông từng là Bí thư Thị ủy Tân châu, rồi về tỉnh.")
    assert got == [("Thị ủy Tân Châu", "Thị ủy Tân châu")]


def test_the_diplomatic_corps_is_no_presidium():
    got = orgs("Lãnh đạo thành phố chúc Tết ngoại giao đoàn Chủ tịch UBND TP Lê Văn Hải chúc mừng.")
    assert not any(name.startswith("Đoàn Chủ tịch") for name, _ in got)
    got = orgs("Bà là Ủy viên đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.")
    assert ("Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam") in got


def test_an_urban_district_s_youth_union_keeps_its_level():
    got = orgs("Bà từng là Bí thư Quận đoàn quận 3, rồi Bí thư Huyện đoàn Củ Chi.")
    assert got == [("Quận đoàn quận 3", "Quận đoàn quận 3"), ("Huyện đoàn Củ Chi", "Huyện đoàn Củ Chi")]


def test_a_bare_presidium_is_a_body_and_the_one_owner_s_the_report_names():
    assert orgs("Đại hội bầu Đoàn chủ tịch, Đoàn thư ký. Sau đó Đoàn Chủ tịch họp.") == [
        ("Đoàn Chủ tịch", "Đoàn chủ tịch"), ("Đoàn Chủ tịch", "Đoàn Chủ tịch")]
    got = orgs("Hội nghị Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam khai mạc. Vấn đề này sẽ được Đoàn Chủ tịch "
               "thảo luận.")
    assert ("Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Đoàn Chủ tịch") in got


def test_a_congress_s_presidium_and_its_bare_short_name():
    got = orgs("Thay mặt Đoàn Chủ tịch Đại hội, ông Lê Văn Ba đọc tờ trình. Sau đó Đoàn Chủ tịch họp.")
    assert [name for name, _ in got] == ["Đoàn Chủ tịch Đại hội", "Đoàn Chủ tịch Đại hội"]
