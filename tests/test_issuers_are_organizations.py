"""issuers.tsv (who issues documents) and organizations.tsv (how bodies are read) name the same
central bodies: every central issuer, written as the issuers table writes it, is read by the
organizations component as a body of that canonical name, so a document's issuer and the body of
a post are one node. The few names the two tables still spell apart are listed here, each with why."""

from __future__ import annotations

import pytest

from kg.loaders.build import build_report
from kg.loaders.extract.doc_tables import read_tsv
from kg.loaders.extract.pipeline import extract
from kg.textkey import key

# Not bodies but offices (a person's title), or a bare word that is a body only after a title.
NOT_BODIES = {"Thủ tướng", "Thủ tướng Chính phủ", "Chủ tịch nước", "Trung ương"}
# Spelled apart in the two tables (an issuer found in the text is the organization the officials
# component reads; only an issuer it does not read takes the issuers table's name).
KNOWN_APART = {
    "Văn phòng Trung ương": "read as 'Văn phòng Trung ương', the issuer is 'Văn phòng Trung ương Đảng'",
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": "organizations.tsv names it 'Trung ương Đoàn'",
    "Trung ương Đoàn": "organizations.tsv names it 'Trung ương Đoàn'",
    "Ngân hàng Nhà nước": "a short form of 'Ngân hàng Nhà nước Việt Nam', read by name",
    "UBKTTW": "a glued abbreviation the organization forms do not hold",
}

CENTRAL = [(row["vi"], name) for row in read_tsv("issuers.tsv") if row["level"] == "central"
           for name in [row["vi"], *filter(None, row["aliases"].split("|"))]
           if name not in NOT_BODIES and name not in KNOWN_APART]


@pytest.mark.parametrize(("canonical", "written"), CENTRAL)
def test_a_central_issuer_is_read_as_the_body_of_its_name(canonical, written):
    report = build_report(report_id="r", source_file="r.txt", text=f"Theo văn bản của {written} ban hành.",
                          encoding="utf-8", meta={"date": "2020-01-02"}, title_from_first_line=False)
    names = {o.written: o.name for o in extract(report).organizations}
    assert written in names and key(names[written]) == key(canonical)


KINDS = [(row["vi"], row["org"]) for row in read_tsv("issuers.tsv") if row["level"] == "central" and row["org"]]


@pytest.mark.parametrize(("written", "kind"), KINDS)
def test_a_central_issuer_is_read_as_the_kind_its_row_names(written, kind):
    """issuers.tsv's ``org`` column and organizations.tsv agree: the issuer's name, read in a sentence,
    is a body of that kind (a typo in the column is caught when the table is read, see
    kg/reference/tables.py; a kind that disagrees with the reading is caught here)."""
    report = build_report(report_id="r", source_file="r.txt", text=f"Theo văn bản của {written} ban hành.",
                          encoding="utf-8", meta={"date": "2020-01-02"}, title_from_first_line=False)
    kinds = {o.written: o.kind for o in extract(report).organizations}
    assert kinds.get(written) == kind


def test_every_issuer_but_an_office_names_its_kind():
    offices = {row["vi"] for row in read_tsv("issuers.tsv") if not row["org"]}
    assert offices == {"Thủ tướng Chính phủ", "Chủ tịch nước"}


def test_the_youth_unions_central_committee_is_read_whole():
    report = build_report(report_id="r", source_file="r.txt", encoding="utf-8", title_from_first_line=False,
                          text="Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh họp phiên thường kỳ.")
    assert "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" in {o.written for o in extract(report).organizations}
