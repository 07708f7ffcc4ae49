"""Encodings: every way a Vietnamese report's bytes arrive is detected, decoded and recorded."""

from __future__ import annotations

import unicodedata

import pytest

from kg.loaders import load
from kg.loaders.decode import decode_bytes
from kg.loaders.legacy import ASCII_PUNCT, decode_legacy, encode_cp1258, encode_legacy

# Our own sentence in the corpus style: tone marks of every kind, both tone-mark styles, capitals.
SENTENCE = (
    "Ngày 18-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết công tác dân vận; "
    "đồng chí Nguyễn Đức Dũng, Phó Bí thư Thường trực Tỉnh uỷ, chủ trì. Ủy ban nhân dân tỉnh "
    "Khánh Hòa báo cáo kết quả thực hiện nhiệm vụ năm 2012."
)


def _load_one(write, name: str, data: bytes):
    result = load([str(write(name, data))])
    assert result.errors == []
    assert len(result.reports) == 1
    return result.reports[0]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + SENTENCE.encode("utf-16-le"), "utf-16-le"),
        (SENTENCE.encode("utf-16-le"), "utf-16-le"),  # VNTC came as BOM-less UTF-16LE
        (b"\xfe\xff" + SENTENCE.encode("utf-16-be"), "utf-16-be"),
        (SENTENCE.encode("utf-16-be"), "utf-16-be"),
        (encode_cp1258(SENTENCE), "cp1258"),
        (encode_legacy(SENTENCE, "tcvn3"), "tcvn3"),
        (encode_legacy(SENTENCE, "vni"), "vni"),
    ],
)
def test_each_encoding_is_detected_and_decodes_to_the_same_nfc_text(write, data, encoding):
    report = _load_one(write, "r.txt", data)
    assert report.encoding == encoding
    assert report.text == SENTENCE
    assert unicodedata.is_normalized("NFC", report.text)


def test_cp1258_bytes_are_base_letter_plus_combining_tone_and_come_out_nfc(write):
    data = encode_cp1258("Tỉnh ủy")
    assert data == b"Ti\xd2nh u\xd2y"  # 0xD2 is cp1258's combining hook above
    report = _load_one(write, "r.txt", data + b" ho\xf2p.")  # 0xF2: combining dot below
    assert report.text == "Tỉnh ủy họp."
    assert report.encoding == "cp1258"


def test_tcvn3_real_mojibake_from_a_provincial_document():
    # As such files look when opened as Windows-1252: "Uû ban nh©n d©n tØnh Qu¶ng Ninh".
    data = "Uû ban nh©n d©n tØnh Qu¶ng Ninh".encode("cp1252")
    assert decode_legacy(data, "tcvn3") == "Uỷ ban nhân dân tỉnh Quảng Ninh"
    more = "; Ban Th\u00adêng vô TØnh uû".encode("cp1252")  # 0xAD (a soft hyphen in cp1252) is ư
    assert decode_bytes(data + more) == ("Uỷ ban nhân dân tỉnh Quảng Ninh; Ban Thường vụ Tỉnh uỷ", "tcvn3")


def test_vni_real_bytes_letter_plus_modifier():
    assert decode_legacy("Xin chaøo caùc baïn".encode("cp1252"), "vni") == "Xin chào các bạn"
    assert decode_legacy("Tænh uûy Ninh Thuaän".encode("cp1252"), "vni") == "Tỉnh ủy Ninh Thuận"
    assert decode_legacy("ÑAÛNG COÄNG SAÛN VIEÄT NAM".encode("cp1252"), "vni") == "ĐẢNG CỘNG SẢN VIỆT NAM"


def test_legacy_tables_round_trip_every_vietnamese_letter():
    letters = "".join(
        unicodedata.normalize("NFC", base + tone)
        for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
        for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    ) + "đĐ"
    for enc in ("tcvn3", "vni"):
        assert decode_legacy(encode_legacy(letters, enc), enc) == letters, enc


def test_real_corpus_sentences_encoded_to_legacy_encodings_are_detected(write, corpus_sentences):
    for i, sentence in enumerate(corpus_sentences):
        for encoding, data, expected in (
            ("cp1258", encode_cp1258(sentence), sentence),
            ("tcvn3", encode_legacy(sentence, "tcvn3"), "".join(ASCII_PUNCT.get(c, c) for c in sentence)),
            ("vni", encode_legacy(sentence, "vni"), sentence),
            ("utf-16-le", sentence.encode("utf-16-le"), sentence),
        ):
            report = _load_one(write, f"s{i}-{encoding}.txt", data)
            assert (report.encoding, report.text) == (encoding, expected)
