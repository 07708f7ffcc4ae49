"""Formats: text with sidecar or front matter, HTML pages, JSON Lines, folders, globs and stdin."""

from __future__ import annotations

import io
import json

from kg.loaders import iter_load, load
from kg.model import PartialDate

BODY = (
    "Tỉnh ủy Ninh Thuận sơ kết 3 năm thực hiện Kết luận 62-KL/TW\n"
    "\n"
    "Ngày 18-12, Tỉnh ủy họp bàn việc sơ kết 3 năm triển khai Kết luận số 62-KL/TW của Bộ Chính "
    "trị (khoá X). Dự họp có đồng chí Trần Minh Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.\n"
)


def test_plain_text_title_is_the_first_line_and_id_is_the_stem(write):
    path = write("tinhuy-62kl.txt", BODY)
    [report] = load([str(path)]).reports
    assert report.id == "tinhuy-62kl"
    assert report.source_file == str(path)
    assert report.title == "Tỉnh ủy Ninh Thuận sơ kết 3 năm thực hiện Kết luận 62-KL/TW"
    assert report.text == BODY.strip()
    assert report.published is None  # "Ngày 18-12" has no year: unknown, never today
    assert report.province is None
    assert report.extra["title_source"] == "first_line"


def test_sidecar_metadata_wins_and_unknown_fields_are_kept_in_extra(write):
    write("r.json", json.dumps({
        "title": "Sơ kết Kết luận 62", "date": "2012-12-19", "url": "https://baoninhthuan.com.vn/a.html",
        "publisher": "Báo Ninh Thuận", "province": "Ninh Thuận", "note": "hand-checked",
        "source": {"dataset": "seed", "licence": None}, "keywords": ["dân vận", "Tỉnh ủy"],
    }, ensure_ascii=False))
    [report] = load([str(write("r.txt", BODY))]).reports
    assert report.title == "Sơ kết Kết luận 62"
    assert report.published == PartialDate(2012, 12, 19)
    assert (report.url, report.publisher, report.province) == (
        "https://baoninhthuan.com.vn/a.html", "Báo Ninh Thuận", "Ninh Thuận")
    assert report.extra["note"] == "hand-checked"
    assert report.extra["source.dataset"] == "seed"
    assert report.extra["keywords"] == "dân vận; Tỉnh ủy"
    assert "source.licence" not in report.extra


def test_sidecar_title_null_means_no_title_not_the_first_line(write):
    write("r.json", '{"title": null, "date": null}')
    [report] = load([str(write("r.txt", BODY))]).reports
    assert report.title is None


def test_front_matter_is_metadata_and_not_part_of_the_text(write):
    text = (
        "---\ntitle: \"Hội nghị sơ kết Kết luận 62\"\ndate: 18/12/2012\npublisher: Báo Bình Định\n"
        "tags: dân vận\n---\n" + BODY
    )
    [report] = load([str(write("fm.txt", text))]).reports
    assert report.title == "Hội nghị sơ kết Kết luận 62"
    assert report.published == PartialDate(2012, 12, 18)
    assert report.text.startswith("Tỉnh ủy Ninh Thuận sơ kết")
    assert report.province == "Bình Định"  # from the provincial publisher
    assert report.extra["tags"] == "dân vận" and report.extra["province_source"] == "publisher"


def test_cited_dates_and_dates_beyond_the_lead_are_not_the_reports_date(write):
    lead = (
        "Sơ kết Quyết định 645\nNgày 18-12, Tỉnh ủy sơ kết Quyết định số 645 ngày 06/5/2014 của Thủ tướng. "
        "Bí thư Tỉnh ủy, ông Nguyễn Văn A (sinh ngày 14/4/1964), chủ trì. Nhiều ý kiến phát biểu. "
        "Hội nghị bế mạc."
    )
    [report] = load([str(write("d.txt", lead))]).reports
    assert report.published is None and "date_source" not in report.extra
    # A date two days before gives the dateline its year; it is not the report's date itself.
    [report] = load([str(write("e.txt", lead + " Ngày 16/12/2014, Ban Thường vụ đã họp chuẩn bị."))]).reports
    assert report.published == PartialDate(2014, 12, 18)
    # Two days after is a plan or another year's event: no year from it.
    [report] = load([str(write("f.txt", lead + " Ngày 20/12/2014, Tỉnh ủy ra thông báo kết luận."))]).reports
    assert report.published is None


def test_a_yearless_dateline_is_the_date_not_a_later_date_written_with_a_year(write):
    text = "Hội nghị Tỉnh ủy\nSáng 18-12, Tỉnh ủy họp. Ngày 03 tháng 4 năm 2018, UBND tỉnh ra kế hoạch.\n"
    [report] = load([str(write("d.txt", text))]).reports
    assert report.published is None  # 3 April is months from 18 December: no year for the dateline
    text = "Hội nghị Tỉnh ủy\nNgày 03 tháng 4 năm 2018, UBND tỉnh ra kế hoạch. Sáng 18-12, Tỉnh ủy họp.\n"
    [report] = load([str(write("f.txt", text))]).reports
    assert report.published == PartialDate(2018, 4, 3)
    assert report.extra["date_source"] == "text"


HTML = """<!doctype html><html lang="vi"><head>
<title>Tỉnh ủy sơ kết Kết luận 62 | Báo Bình Định</title>
<meta property="og:title" content="Tỉnh ủy sơ kết 3 năm thực hiện Kết luận 62-KL/TW">
<meta property="og:site_name" content="Báo Bình Định">
<meta property="og:url" content="https://baobinhdinh.vn/viewer.aspx?macm=1&amp;id=1">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Tỉnh ủy sơ kết 3 năm thực hiện Kết luận 62-KL/TW", "datePublished": "2012-12-19T08:30:00+07:00",
 "publisher": {"@type": "Organization", "name": "Báo Bình Định"}}</script>
</head><body>
<nav><a href="/">Trang chủ</a> | <a href="/ts">Thời sự</a> | <a href="/kt">Kinh tế</a></nav>
<article><h1>Tỉnh ủy sơ kết 3 năm thực hiện Kết luận 62-KL/TW</h1>
<p>Ngày 18-12, Tỉnh ủy họp bàn việc sơ kết 3 năm triển khai Kết luận số 62-KL/TW của Bộ Chính trị.
Dự họp có đồng chí Trần Minh Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.</p>
<p>Hội nghị đánh giá kết quả công tác dân vận của các cấp ủy đảng và chính quyền trên địa bàn tỉnh.</p>
</article>
<footer>Bản quyền thuộc Báo Bình Định. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</footer>
</body></html>"""


def test_html_page_main_text_title_date_and_publisher_from_its_metadata(write):
    [report] = load([str(write("page.html", HTML))]).reports
    assert report.id == "page"
    assert report.title == "Tỉnh ủy sơ kết 3 năm thực hiện Kết luận 62-KL/TW"
    assert report.published == PartialDate(2012, 12, 19)  # JSON-LD datePublished
    assert report.publisher == "Báo Bình Định"
    assert report.province == "Bình Định"
    assert "Trần Minh Hải, Ủy viên Trung ương Đảng" in report.text
    assert "Trang chủ" not in report.text and "Bản quyền" not in report.text


def test_html_date_from_a_time_element_and_title_from_the_title_tag(write):
    html = (
        "<html><head><title>UBND tỉnh họp phiên thường kỳ</title></head><body><article>"
        '<h1>UBND tỉnh họp phiên thường kỳ</h1><time datetime="2017-02-08T10:00:00+07:00">08/02/2017</time>'
        "<p>Sáng 8-2, UBND tỉnh tổ chức phiên họp thường kỳ tháng 1 để đánh giá tình hình kinh tế, "
        "xã hội và bàn nhiệm vụ trọng tâm trong thời gian tới.</p></article></body></html>"
    )
    [report] = load([str(write("t.htm", html))]).reports
    assert report.title == "UBND tỉnh họp phiên thường kỳ"
    assert report.published == PartialDate(2017, 2, 8)


def test_jsonl_one_report_per_line_with_ids_stem_and_line_number(write):
    lines = [
        {"text": "Tỉnh ủy họp.\nUBND tỉnh báo cáo.", "title": "Tỉnh ủy họp", "date": "2012-12-18",
         "province": "TP.HCM", "category": "thời sự"},
        {"text": "Ngày 5.6.2012, HĐND tỉnh khai mạc kỳ họp.", "publisher": "Báo Ninh Thuận"},
    ]
    path = write("batch.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    one, two = load([str(path)]).reports
    assert (one.id, two.id) == ("batch-1", "batch-2")
    assert (one.title, one.published) == ("Tỉnh ủy họp", PartialDate(2012, 12, 18))
    assert one.province == "Hồ Chí Minh"
    assert one.extra["category"] == "thời sự"
    assert one.paragraphs and one.text[one.paragraphs[1].start :] == "UBND tỉnh báo cáo."
    assert two.title is None and two.province == "Ninh Thuận"
    assert two.published == PartialDate(2012, 6, 5)


def test_stdin_text_jsonl_and_html():
    [txt] = load(["-"], stdin=io.BytesIO(BODY.encode("utf-8"))).reports
    assert (txt.id, txt.source_file, txt.title) == ("stdin", "-", BODY.split("\n")[0])
    reports = load(["-"], stdin=io.BytesIO(b'{"text": "A b."}\n{"text": "C d."}\n')).reports
    assert [r.id for r in reports] == ["stdin-1", "stdin-2"]
    [page] = load(["-"], stdin=io.BytesIO(HTML.encode("utf-8"))).reports
    assert page.publisher == "Báo Bình Định"


def test_directory_is_read_recursively_in_sorted_order_and_globs_expand(write):
    write("in/b.txt", "Bài B.")
    write("in/a/z.txt", "Bài Z.")
    write("in/a/c.html", HTML)
    write("in/.hidden/x.txt", "Ẩn.")
    write("in/d.jsonl", '{"text": "Bài D."}\n')
    root = write("in/e.txt", "Bài E.").parent
    result = load([str(root)])
    assert [r.source_file for r in result.reports] == [
        f"{root}/a/c.html", f"{root}/a/z.txt", f"{root}/b.txt", f"{root}/d.jsonl", f"{root}/e.txt"]
    assert [r.id for r in result.reports] == ["c", "z", "b", "d-1", "e"]
    globbed = load([f"{root}/**/*.txt"])
    assert [r.id for r in globbed.reports] == ["z", "b", "e"]
    assert [r.id for r in iter_load([str(root)])] == ["c", "z", "b", "d-1", "e"]


def test_the_same_file_twice_loads_once_and_colliding_stems_get_their_folder(write):
    a = write("x/2012/report.txt", "Bài một.")
    b = write("x/2013/report.txt", "Bài hai.")
    result = load([str(a), str(b), str(a)])
    assert [r.id for r in result.reports] == ["2012-report", "2013-report"]


def test_html_in_a_legacy_code_page_declared_by_its_meta_charset(write):
    from kg.loaders.legacy import encode_cp1258

    body = (
        "Sáng 8-2, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng 1 để đánh giá tình hình "
        "kinh tế, xã hội và bàn nhiệm vụ trọng tâm trong thời gian tới."
    )
    html = (
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        b"<title>UBND</title></head><body><article><p>" + encode_cp1258(body) + b"</p></article></body></html>"
    )
    [report] = load([str(write("old.html", html))]).reports
    assert report.encoding == "cp1258"
    assert report.text == body
