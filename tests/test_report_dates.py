"""A report with no date in its metadata is dated from its own text, or stays undated.

The dateline of the lead ("Sáng 24/6, …") is the report's date. Written without a year, it takes the
year the text states for it: the same day written with a year, a date written within weeks of it
near the lead, or the year an anniversary is kept. Never a cited document's date, a birth, a
remembered event, a date to come, or a guess. The sentences are our own; the names are made up.
"""

from __future__ import annotations

import pytest
from rdflib import RDF, XSD, Literal

from kg.graph import build_dataset
from kg.loaders import load
from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from kg.model import PartialDate
from kg.resolve import resolve
from kg.vocab import KG


def dated(text: str) -> PartialDate | None:
    return build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8").published


@pytest.mark.parametrize(("text", "expected"), [
    # the dateline's year written elsewhere in the lead, days before it
    ("Tỉnh ủy Phú Yên sơ kết\nSáng 24/6, Tỉnh ủy Phú Yên tổ chức hội nghị sơ kết. "
     "Ngày 20/6/2017, Ban Thường vụ Tỉnh ủy đã họp chuẩn bị.", PartialDate(2017, 6, 24)),
    # the year an anniversary is kept: the end of the span, not its start
    ("Kỷ niệm ngày thành lập\nTối 3/2, tại Tuy Hòa, Tỉnh ủy tổ chức lễ kỷ niệm 70 năm Ngày thành lập "
     "Đảng bộ tỉnh (3/2/1947 - 3/2/2017).", PartialDate(2017, 2, 3)),
    ("Mít tinh\nSáng 1/9, Thành ủy tổ chức mít tinh kỷ niệm 59 năm Cách mạng Tháng Tám (1945 - 2004).",
     PartialDate(2004, 9, 1)),
    # the day an anniversary the text counts falls on: the day remembered, that many years on
    ("Khánh thành bia tưởng niệm\nSáng 6-9, Thành ủy tổ chức lễ khánh thành bia tưởng niệm đồng chí Lê Văn Tám "
     "đúng dịp kỷ niệm lần thứ 74 ngày mất của đồng chí. Đồng chí sinh ngày 1-5-1904. Ngày 6-9-1931, đồng chí "
     "hy sinh tại nhà lao.", PartialDate(2005, 9, 6)),
    ("Mít tinh\nNgày 21-3, Hội Hữu nghị tổ chức mít tinh kỷ niệm 50 năm ngày thành lập Hội. Hội được thành "
     "lập ngày 22-3-1955.", PartialDate(2005, 3, 21)),
    # a birth remembered in brackets before the dateline does not make the dateline a birth date
    ("Dâng hương\nNhân kỷ niệm 105 năm ngày sinh đồng chí Lê Văn Tám (9/7/1912-9/7/2017), chiều 7/7, đoàn "
     "đại biểu tỉnh đã đến dâng hương tại khu lưu niệm.", PartialDate(2017, 7, 7)),
    # a remembered date in the lead is passed over for the dateline that follows it
    ("Về nơi ở cũ\nNgày 20/5/1947, đoàn cán bộ đến ở tại xóm Điềm. Tối 19/5, tại xã Điềm diễn ra lễ kỷ "
     "niệm 70 năm ngày đoàn cán bộ về xóm Điềm (20/5/1947 - 20/5/2017).", PartialDate(2017, 5, 19)),
    # the month just past that the dateline's own sentence reviews
    ("Giao ban tháng\nSáng 6-2, Chủ tịch UBND tỉnh chủ trì hội nghị giao ban đánh giá tình hình thực "
     "hiện nhiệm vụ tháng 1-2017.", PartialDate(2017, 2, 6)),
    ("Phiên họp\nNgày 3/7, Chính phủ họp phiên thường kỳ tháng 6/2017 theo hình thức trực tuyến.",
     PartialDate(2017, 7, 3)),
    ("Giao ban đầu năm\nSáng 6-1, Chủ tịch UBND tỉnh chủ trì giao ban đánh giá nhiệm vụ tháng 12-2016.",
     PartialDate(2017, 1, 6)),
    # the part of the year a meeting near the lead reviews, when the dateline falls in it or just after
    ("Họp báo\nNgày 20/6, Chủ tịch UBND tỉnh Trần Văn Bình cho biết tỉnh đã trả nợ. Ông phát biểu tại buổi "
     "họp báo 6 tháng đầu năm 2017.", PartialDate(2017, 6, 20)),
    ("Sơ kết quý\nChiều 10/4, Sở Tư pháp sơ kết công tác quý I/2019.", PartialDate(2019, 4, 10)),
    # a dateline right after a photo credit whose full stop the source lost: a capital opens its sentence
    ("Phiên họp\nThủ tướng chủ trì phiên họp. Ảnh: Minh Anh Sáng 3/7, Chính phủ họp phiên thường kỳ "
     "tháng 6/2017.", PartialDate(2017, 7, 3)),
    # a day named from the report's own ("sáng nay, 27/6", "chiều qua 5-11", "Hôm nay (11-6)")
    ("Hội nghị Quân chính\nSáng nay, 27/6, tại Hà Nội, Quân ủy Trung ương tổ chức Hội nghị đánh giá nhiệm vụ "
     "6 tháng đầu năm 2017.", PartialDate(2017, 6, 27)),
    ("Thảo luận\nChiều qua 5-11, các đại biểu thảo luận ở tổ về dự án. Ngày 1/11/2005, Quốc hội khai mạc phiên "
     "họp.", PartialDate(2005, 11, 5)),
    # a dateline written with its year is the date
    ("Hội nghị\nChiều ngày 10-5-2017, Hội nghị Tỉnh ủy bế mạc.", PartialDate(2017, 5, 10)),
    # the year of the Tết the report names, for a dateline in the weeks around it (in December: the
    # Tết to come is next year's)
    ("Chúc Tết công nhân\nTối 26-1, Thành ủy đã đến thăm và chúc Tết công nhân Công ty Bình An. "
     "Ông Lê Văn Nam cho biết doanh thu trong dịp Tết Bính Tuất 2006 đạt 25 tỉ đồng.", PartialDate(2006, 1, 26)),
    ("Trồng cây\nSáng 6.2, Hội Nông dân tổ chức Lễ phát động “Tết trồng cây” xuân Đinh Dậu 2017.",
     PartialDate(2017, 2, 6)),
    ("Chuẩn bị Tết\nSáng 20-12, UBND tỉnh họp bàn việc chăm lo Tết Nguyên đán 2006 cho người nghèo.",
     PartialDate(2005, 12, 20)),
    # the year of a named occasion the lead says the event belongs to
    ("Ngày hội biên giới\nChiều 5-7, tại thành phố Hà Giang đã diễn ra lễ trao tặng Huân chương. Đây là sự kiện "
     "nằm trong khuôn khổ “Ngày hội Giao lưu văn hóa vùng biên giới Việt Nam - Lào 2017”.",
     PartialDate(2017, 7, 5)),
    ("Gặp mặt\nHưởng ứng Tháng hành động Vì trẻ em năm 2017, chiều 26/5, Chủ tịch nước gặp mặt học sinh nghèo.",
     PartialDate(2017, 5, 26)),
    # an event the lead names with its year
    ("Xúc tiến đầu tư\nNgày 18/6, Bộ trưởng Lê Văn Nam dự hội nghị xúc tiến đầu tư vào nông nghiệp tỉnh năm 2017.",
     PartialDate(2017, 6, 18)),
])
def test_the_dateline_and_the_year_the_text_states_for_it(text: str, expected: PartialDate):
    assert dated(text) == expected


@pytest.mark.parametrize("text", [
    # a commemoration falls on the day it remembers: that year is not the report's
    "Tưởng niệm\nSáng 6/9, nhân dân xã Tân Lập dâng hương tưởng niệm đồng chí Lê Văn Tám. "
    "Ngày 6/9/1931, đồng chí Lê Văn Tám hy sinh.",
    # an anniversary whose day is months from the dateline says nothing of its year
    "Kỷ niệm\nSáng 6/9, Trường tổ chức kỷ niệm 50 năm ngày thành lập. Trường thành lập ngày 1/5/1960.",
    # the same day in another year, in a sentence that looks back ("khi đó": at that time)
    "Kỷ luật\nNgày 6/10, Ban Chấp hành Trung ương kỷ luật ông Lê Văn Nam. Ông từng công tác ở nhiều nơi. "
    "Ngày 6/10/2015, Ban Chấp hành Đảng bộ thành phố đã bầu ông Lê Văn Nam giữ chức Bí thư; khi đó ông là "
    "Bí thư trẻ nhất nước.",
    # a cited document's date, before or after the date's words
    "Triển khai quyết định\nSáng 24/6, Tỉnh ủy triển khai Quyết định số 12-QĐ/TU ngày 20/6/2016.",
    "Nghị quyết mới\nNgày 18/11/2016, Chính phủ ban hành Nghị quyết về cải cách hành chính.",
    # a photo's date inside its caption
    "Hội nghị\nQuang cảnh hội nghị (ảnh chụp sáng 3/7/2016). Tỉnh ủy bàn về công tác cán bộ.",
    # a date to come is not the year of the dateline, nor the dateline
    "Dự kiến công bố kết quả bầu cử sớm nhất ngày 22/3/2026\nChủ tịch Quốc hội cho biết kết quả sẽ được công bố.",
    "Nghỉ hưu\nNgày 16/11, Bí thư Tỉnh ủy Trần Văn Bình cho biết ông được nghỉ hưu từ ngày 1/1/2018.",
    # a period compared with, a deadline to come, a period the dateline is far from: no year
    "So sánh\nNgày 20/6, tỉnh cho biết thu ngân sách tăng 5% so với 6 tháng đầu năm 2016.",
    "Kế hoạch\nSáng 26-9, Hội đồng nghiệm thu bản thảo, dự kiến hoàn thành vào quý III/2006.",
    "Tổng kết\nNgày 20/12, tỉnh họp báo về kết quả 6 tháng đầu năm 2017.",
    # a month-year in another sentence (a career, a plan) says nothing of the dateline's year
    "Tân Giám đốc\nSáng 6-2, Sở Nội vụ công bố quyết định. Ông Lê Văn Nam nhận nhiệm vụ từ tháng 1-2017.",
    # a career history further on is full of dates near any day of the year
    "Tân Bí thư\nSáng 6/7, Ban Thường vụ Tỉnh ủy công bố quyết định. Ông Lê Văn Nam sinh năm 1976. "
    "Ông có bằng tiến sĩ. Ông từng công tác tại huyện. Ông từng làm Trưởng phòng. Ông có nhiều năm "
    "công tác. Ông từng là Phó Chủ tịch. Ông từng là Chủ tịch huyện. Ngày 27/6/2016, ông được bầu "
    "làm Chủ tịch UBND tỉnh.",
    # no year anywhere: never guessed
    "Hội nghị\nSáng 24/6, Tỉnh ủy tổ chức hội nghị.",
    # a Tết months from the dateline, a Tết compared with or prepared for, a name that is not Tết
    "Tổng kết\nSáng 24/6, Sở Công thương cho biết sức mua trong dịp Tết 2017 tăng mạnh.",
    "Dự trữ hàng\nSáng 6-2, UBND thành phố cho biết doanh số tăng 10% so với kế hoạch dự trữ hàng hóa Tết "
    "năm 2016.",
    "Tiếp khách\nChiều 10/2, Thủ tướng Lê Xuân Bình tiếp đoàn đại biểu. Ông Lê Xuân Nam sinh năm 1976.",
    # a named occasion whose year is a term or a target, or one named far from the lead (last year's
    # results, next year's plan)
    "Ngày hội\nSáng 5-7, tỉnh tổ chức Ngày hội văn hóa các dân tộc giai đoạn 2016-2020.",
    "Hợp tác\nNgày 10/7, Đài Phát thanh và UBND tỉnh ký kết chương trình hợp tác. Dự lễ có ông Lê Văn Nam. "
    "Hai bên thống nhất nhiều nội dung. Ông Lê Văn Nam phát biểu. Hai bên sẽ phối hợp tổ chức Liên hoan "
    "Phát thanh toàn quốc lần thứ XIII - năm 2018 tại tỉnh.",
    # an event named after the year it plans for or the year its prizes reward
    "Triển khai\nNgày 28/12, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2017.",
    "Trao giải\nTối 21/6, Ban Tuyên giáo tổ chức Lễ trao Giải Báo chí quốc gia năm 2016.",
])
def test_otherwise_the_report_stays_undated(text: str):
    assert dated(text) is None


def test_a_report_dated_from_its_text_says_so_and_one_with_a_metadata_date_keeps_it(write):
    write("a.json", '{"date": "2018-03-01"}')
    body = "Hội nghị\nSáng 24/6, Tỉnh ủy họp. Ngày 20/6/2017, Ban Thường vụ họp."
    [meta] = load([str(write("a.txt", body))]).reports
    [text] = load([str(write("b.txt", body))]).reports
    assert (meta.published, meta.extra["date_source"]) == (PartialDate(2018, 3, 1), "metadata")
    assert (text.published, text.extra["date_source"]) == (PartialDate(2017, 6, 24), "text")


def test_an_undated_report_from_the_loader_never_moves_a_tenure_s_dates():
    texts = {"a": "Hội nghị\nNgày 3-3-2015, ông Trần Văn Khải, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị.",
             "b": "Lễ khánh thành\nSáng 24/6, ông Trần Văn Khải, Bí thư Tỉnh ủy Phú Yên, dự lễ khánh thành.",
             "c": "Năm 2019\nÔng Trần Văn Khải, Bí thư Tỉnh ủy Phú Yên, dự họp năm 2019."}
    exs = [extract(build_report(report_id=k, source_file=f"{k}.txt", text=v, encoding="utf-8"))
           for k, v in texts.items()]
    assert [ex.report.published for ex in exs] == [PartialDate(2015, 3, 3), None, None]
    res = resolve(exs)
    g = build_dataset(exs, res).to_graph()
    (tenure,) = set(g.subjects(RDF.type, KG.Tenure))
    assert g.value(tenure, KG.firstSeen) == g.value(tenure, KG.lastSeen) == Literal("2015-03-03", datatype=XSD.date)
