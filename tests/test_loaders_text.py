"""Text: cleanup into Report.text, paragraphs and sentences as offsets, and metadata fallbacks."""

from __future__ import annotations

from kg.loaders import load
from kg.loaders.clean import clean_text
from kg.loaders.sentences import split_paragraphs, split_sentences
from kg.model import Span


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_cleanup_nfc_eth_nbsp_zero_width_soft_hyphen_and_line_endings():
    raw = "Ðảng bộ ti\u0309nh\u00a0Ninh Thuận\u200b\r\nTỉnh ủy\u00adviên\rhọp\u2028xong\x0c"
    assert clean_text(raw) == "Đảng bộ tỉnh Ninh Thuận\nTỉnh ủyviên\nhọp\nxong"


def test_cleanup_keeps_dashes_quotes_and_tone_style_as_written():
    raw = "Kết luận “Về tiếp tục đổi mới” – khoá X, Tỉnh uỷ và Tỉnh ủy"
    assert clean_text(raw) == raw


def test_report_text_is_clean_and_the_key_lines_up_with_it(write):
    [report] = load([str(write("r.txt", "\ufeffÐồng chí\u00a0Nguyễn Chí Dũng, Bí thư Tỉnh uỷ\r\n"))]).reports
    assert report.text == "Đồng chí Nguyễn Chí Dũng, Bí thư Tỉnh uỷ"
    i = report.key.index("tỉnh uỷ")
    assert report.text[i : i + 7] == "Tỉnh uỷ" and len(report.key) == len(report.text)


def test_paragraphs_are_non_blank_lines_trimmed():
    text = "Tiêu đề\n\n  Đoạn một. Câu hai.\nĐoạn hai\n"
    paragraphs = [text[p.start : p.end] for p in split_paragraphs(text)]
    assert paragraphs == ["Tiêu đề", "Đoạn một. Câu hai.", "Đoạn hai"]


def test_sentences_keep_symbols_abbreviations_dates_and_initials_inside():
    text = (
        "Thực hiện Kết luận số 62-KL/TW của BCH T.Ư Đảng, ngày 5.6.2012 ThS. Nguyễn Văn Hùng và "
        "PGS.TS. Trần V. Nam làm việc tại TP. Hồ Chí Minh. Có 3.288 ý kiến gửi về TP.HCM! "
        "Vì sao vậy? Ông trả lời: “Đó là trách nhiệm.” Sau đó… Hội nghị bế mạc."
    )
    assert _sentences(text) == [
        "Thực hiện Kết luận số 62-KL/TW của BCH T.Ư Đảng, ngày 5.6.2012 ThS. Nguyễn Văn Hùng và "
        "PGS.TS. Trần V. Nam làm việc tại TP. Hồ Chí Minh.",
        "Có 3.288 ý kiến gửi về TP.HCM!",
        "Vì sao vậy?",
        "Ông trả lời: “Đó là trách nhiệm.”",
        "Sau đó…",
        "Hội nghị bế mạc.",
    ]


def test_sentences_end_at_line_breaks_but_not_before_lower_case_or_list_numbers():
    text = "Tỉnh ủy yêu cầu\n1. Ban Dân vận chủ trì... và các ngành phối hợp.\nII. Nhiệm vụ"
    assert _sentences(text) == [
        "Tỉnh ủy yêu cầu", "1. Ban Dân vận chủ trì... và các ngành phối hợp.", "II. Nhiệm vụ"]


def test_sentence_of_a_span_uses_the_loaded_sentences(write):
    [report] = load([str(write("r.txt", "Câu một. Tỉnh ủy họp tại TP.HCM."))]).reports
    at = report.text.index("TP.HCM")
    assert report.quote(report.sentence_of(Span(at, at + 6))) == "Tỉnh ủy họp tại TP.HCM."


def test_province_from_metadata_is_canonical_pre2025_and_unknown_ones_are_kept_aside(write):
    write("a.json", '{"province": "tỉnh Khánh Hoà"}')
    write("b.json", '{"province": "Xứ Đoài"}')
    a, b = load([str(write("a.txt", "Bài A.")), str(write("b.txt", "Bài B."))]).reports
    assert a.province == "Khánh Hòa"
    assert b.province is None and b.extra["province_unknown"] == "Xứ Đoài"


def test_province_from_a_provincial_publisher_url_when_nothing_else_says(write):
    write("a.json", '{"url": "https://www.baoninhthuan.com.vn/news/123.html", "publisher": null}')
    [report] = load([str(write("a.txt", "Tỉnh ủy họp."))]).reports
    assert report.province == "Ninh Thuận" and report.extra["province_source"] == "publisher"


def test_national_outlet_gives_no_province(write):
    write("a.json", '{"publisher": "Tuổi Trẻ"}')
    [report] = load([str(write("a.txt", "Thành ủy TP.HCM họp."))]).reports
    assert report.province is None


def test_unparseable_metadata_date_falls_back_to_the_text_and_is_kept(write):
    write("a.json", '{"date": "mùa xuân"}')
    [report] = load([str(write("a.txt", "Bài.\nNgày 18-12-2012, Tỉnh ủy họp."))]).reports
    assert report.published.iso() == "2012-12-18"
    assert report.extra["date_unparsed"] == "mùa xuân" and report.extra["date_source"] == "text"


def test_a_txt_holding_an_html_fragment_is_read_one_line_per_block(write):
    fragment = (
        "<p class=title>BAN THƯỜNG VỤ TỈNH ỦY KHÓA XV</p><P>\n<TABLE border=0><TR><TD>"
        "<IMG src=\"a.jpg\"></TD></TR><TR><TD>Trần Văn An</TD></TR></TABLE>\n"
        "<DIV><STRONG>Ban Thường vụ Tỉnh ủy </STRONG></DIV>\n"
        "<DIV>- Bí thư Tỉnh ủy Trần Văn An.<BR>- Phó Bí thư Tỉnh ủy Lê Thị B&#7863;ng.</DIV>\n"
        "<P>Các đồng chí nhận nhiệm vụ &amp; phát biểu.</P>"
        "<p class=box><img src='arrow.gif'> TIN LIÊN QUAN</p><ul><li><a href='x'>Bài khác (26/04)</a></li></ul>"
    )
    [report] = load([str(write("r.txt", fragment))]).reports
    assert report.text.split("\n") == [
        "BAN THƯỜNG VỤ TỈNH ỦY KHÓA XV", "Trần Văn An", "Ban Thường vụ Tỉnh ủy",
        "- Bí thư Tỉnh ủy Trần Văn An.", "- Phó Bí thư Tỉnh ủy Lê Thị Bặng.",
        "Các đồng chí nhận nhiệm vụ & phát biểu.",
    ]


def test_prose_that_mentions_a_tag_stays_plain_text(write):
    text = "Ông An viết <p> trong báo cáo.\n</p> không phải thẻ: Tỉnh ủy họp ngày 5/6."
    [report] = load([str(write("r.txt", text))]).reports
    assert report.text == text


def test_character_references_a_crawler_left_are_decoded_and_abbreviations_with_ampersand_stay():
    raw = "Tập đoàn T&ampT Group tặng Sở GD-ĐT&nbsptập thể; Bộ NN&PTNT, Sở KH&CN; bà B&#7863;ng"
    assert clean_text(raw) == "Tập đoàn T&T Group tặng Sở GD-ĐT tập thể; Bộ NN&PTNT, Sở KH&CN; bà Bặng"
