"""Document symbols: every line of reference §1.3 as input -> expected parse, hard cases included."""

from __future__ import annotations

import unicodedata

import pytest

from kg.loaders.extract.symbols import find_symbols, parse_symbol

# written -> (symbol, number, type abbreviation, type label, issuer code, system, year, term)
CASES = [
    ("62-KL/TW", ("62-KL/TW", "62", "KL", "Kết luận", "TW", "party", None, None)),
    ("18-NQ/TW", ("18-NQ/TW", "18", "NQ", "Nghị quyết", "TW", "party", None, None)),
    ("36-HD/VPTW", ("36-HD/VPTW", "36", "HD", "Hướng dẫn", "VPTW", "party", None, None)),
    ("08-QĐi/TW", ("08-QĐi/TW", "08", "QĐi", "Quy định", "TW", "party", None, None)),
    ("01-QĐNS/TW", ("01-QĐNS/TW", "01", "QĐNS", "Quyết định nhân sự", "TW", "party", None, None)),
    ("1012-CV/TU", ("1012-CV/TU", "1012", "CV", "Công văn", "TU", "party", None, None)),
    ("123-QĐ/TU", ("123-QĐ/TU", "123", "QĐ", "Quyết định", "TU", "party", None, None)),
    ("18 – NQ/TW", ("18-NQ/TW", "18", "NQ", "Nghị quyết", "TW", "party", None, None)),
    ("94- KH/BTGDVTW", ("94-KH/BTGDVTW", "94", "KH", "Kế hoạch", "BTGDVTW", "party", None, None)),
    ("367 - QĐ/TWĐTN-VP", ("367-QĐ/TWĐTN-VP", "367", "QĐ", "Quyết định", "TWĐTN-VP", "party", None, None)),
    ("05-QDNS/TW", ("05-QĐNS/TW", "05", "QĐNS", "Quyết định nhân sự", "TW", "party", None, None)),
    ("439 – QĐNS/TW", ("439-QĐNS/TW", "439", "QĐNS", "Quyết định nhân sự", "TW", "party", None, None)),
    ("101-KH/TU", ("101-KH/TU", "101", "KH", "Kế hoạch", "TU", "party", None, None)),
    ("100/2019/NĐ-CP", ("100/2019/NĐ-CP", "100", "NĐ", "Nghị định", "CP", "state", 2019, None)),
    ("15/2023/QĐ-UBND", ("15/2023/QĐ-UBND", "15", "QĐ", "Quyết định", "UBND", "state", 2023, None)),
    ("55/2005/TTLT-BNV-VPCP",
     ("55/2005/TTLT-BNV-VPCP", "55", "TTLT", "Thông tư liên tịch", "BNV-VPCP", "state", 2005, None)),
    ("59/2020/QH14", ("59/2020/QH14", "59", None, None, "QH14", "state", 2020, 14)),
    ("202/2025/QH15", ("202/2025/QH15", "202", None, None, "QH15", "state", 2025, 15)),
    ("76/2025/UBTVQH15", ("76/2025/UBTVQH15", "76", None, None, "UBTVQH15", "state", 2025, 15)),
    ("05/2020/L-CTN", ("05/2020/L-CTN", "05", "L", "Lệnh", "CTN", "state", 2020, None)),
    ("1234/QĐ-TTg", ("1234/QĐ-TTg", "1234", "QĐ", "Quyết định", "TTg", "state", None, None)),
    ("1656/NQ-UBTVQH15", ("1656/NQ-UBTVQH15", "1656", "NQ", "Nghị quyết", "UBTVQH15", "state", None, 15)),
    ("4800/UBND-NC", ("4800/UBND-NC", "4800", None, "Công văn", "UBND-NC", "state", None, None)),
    ("05/HD-MTTW-BTT", ("05/HD-MTTW-BTT", "05", "HD", "Hướng dẫn", "MTTW-BTT", "state", None, None)),
    # Hard cases
    ("84 QĐ/TWĐTN", ("84 QĐ/TWĐTN", "84", "QĐ", "Quyết định", "TWĐTN", "party", None, None)),
    ("18/NQ-TW", ("18/NQ-TW", "18", "NQ", "Nghị quyết", "TW", "party", None, None)),
    ("05-CT/T.Ư", ("05-CT/T.Ư", "05", "CT", "Chỉ thị", "TW", "party", None, None)),
    ("218-QĐ/TƯ", ("218-QĐ/TƯ", "218", "QĐ", "Quyết định", "TW", "party", None, None)),
    ("1352 - QĐNS / TW", ("1352-QĐNS/TW", "1352", "QĐNS", "Quyết định nhân sự", "TW", "party", None, None)),
    ("2852 / KL - TTCP", ("2852/KL-TTCP", "2852", "KL", "Kết luận", "TTCP", "state", None, None)),
    ("66.13/2026/NQ-CP", ("66.13/2026/NQ-CP", "66.13", "NQ", "Nghị quyết", "CP", "state", 2026, None)),
    ("19-2017/NQ-CP", ("19-2017/NQ-CP", "19", "NQ", "Nghị quyết", "CP", "state", 2017, None)),
]


def _facts(p):
    return (p.symbol, p.number, p.type_abbr, p.doc_type.vi if p.doc_type else None, p.issuer_code, p.system,
            p.year, p.term)


@pytest.mark.parametrize(("written", "expected"), CASES, ids=[c[0] for c in CASES])
def test_reference_parse(written: str, expected: tuple) -> None:
    p = parse_symbol(written)
    assert p is not None, written
    assert _facts(p) == expected


@pytest.mark.parametrize(("written", "expected"), CASES, ids=[c[0] for c in CASES])
def test_nfd_input_parses_the_same(written: str, expected: tuple) -> None:
    p = parse_symbol(unicodedata.normalize("NFD", written))
    assert p is not None and _facts(p) == expected


def test_malformed_party_symbol_keeps_its_layout_but_is_keyed_as_party() -> None:
    p = parse_symbol("68/QĐ-TW")
    assert (p.symbol, p.canonical, p.system, p.malformed) == ("68/QĐ-TW", "68-QĐ/TW", "party", True)


def test_canonical_form_drops_leading_zeros_and_dash_styles() -> None:
    assert parse_symbol("05 – QDNS/TW").canonical == parse_symbol("5-QĐNS/TW").canonical == "5-QĐNS/TW"
    assert parse_symbol("19-2017/NQ-CP").canonical == "19/2017/NQ-CP"


@pytest.mark.parametrize("text", ["tỉ lệ 18/12", "HIV/AIDS", "làm việc 24/7", "ngày 26/01/2026",
                                  "khoảng 3-4/10", "1/2 số hộ", "COVID-19"])
def test_not_symbols(text: str) -> None:
    assert find_symbols(text) == []


def test_prose_after_a_dash_is_not_an_issuer_group() -> None:
    text = "theo Nghị định 100/2019/NĐ-CP - nghị định này quy định"
    (m,) = find_symbols(text)
    assert text[m.span.start : m.span.end] == "100/2019/NĐ-CP"
    assert m.parse.issuer_code == "CP"


def test_offsets_point_into_the_text() -> None:
    text = "Thực hiện Kết luận số 62-KL/TW và Quyết định 1234/QĐ-TTg."
    assert [text[m.span.start : m.span.end] for m in find_symbols(text)] == ["62-KL/TW", "1234/QĐ-TTg"]


@pytest.mark.parametrize(("text", "written", "symbol", "term"), [
    ("Ủy ban Thường vụ Quốc hội ra Nghị quyết số 812 / NQ - UBTVQH 14 về việc thành lập thị xã.",
     "812 / NQ - UBTVQH 14", "812/NQ-UBTVQH14", 14),
    ("Nghị quyết 812/NQ-UBTVQH 14 ngày 12/11/2019 có hiệu lực.", "812/NQ-UBTVQH 14", "812/NQ-UBTVQH14", 14),
    ("Thực hiện Nghị quyết số 73/2018 / QH 14 phê duyệt chủ trương đầu tư.", "73/2018 / QH 14", "73/2018/QH14", 14),
])
def test_the_assemblys_term_written_apart_from_its_code(text, written, symbol, term) -> None:
    (m,) = find_symbols(text)
    assert (text[m.span.start : m.span.end], m.parse.symbol, m.parse.term) == (written, symbol, term)


def test_a_number_after_the_assemblys_code_that_counts_something_is_no_term() -> None:
    text = "Theo Quyết định 35/QĐ-UBTVQH 12 địa phương được chọn làm điểm."
    (m,) = find_symbols(text)
    assert (m.parse.symbol, m.parse.term) == ("35/QĐ-UBTVQH", None)


def test_a_term_that_is_not_the_symbols_years_is_no_term() -> None:
    # QH 12 sat 2007-2011: "2018/QH 12" names no law; the bare "QH" is no symbol either
    assert find_symbols("Luật số 19/2018/QH 12 đã sửa đổi.") == []


def test_a_space_for_the_slash_after_the_year_before_a_type_code_and_its_issuer() -> None:
    text = "Tàu đóng theo Nghị định 67/2014 NĐ-CP trên địa bàn bị hư hỏng."
    (m,) = find_symbols(text)
    assert text[m.span.start : m.span.end] == "67/2014 NĐ-CP"
    assert (m.parse.symbol, m.parse.canonical, m.parse.year, m.parse.issuer_code) == \
        ("67/2014 NĐ-CP", "67/2014/NĐ-CP", 2014, "CP")


def test_a_month_and_year_before_a_capitalised_word_is_no_symbol() -> None:
    assert find_symbols("Tháng 3/2014 UBND-HN làm việc; ngày 5/2014 Hà Nội mưa.") == []
