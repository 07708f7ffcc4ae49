"""Speed changes that must read exactly what the whole-text scans read (twentieth round): the occasion
patterns tried only where their cues are written, and the campaign scan only up to the last quote."""

from __future__ import annotations

import pytest

from kg.loaders.dates import _cycle_pattern, _occasion_cues, _occasion_patterns, _word_starts, anchored, occasion_years
from kg.loaders.extract.events import _campaigns, _patterns
from kg.model import Extraction, Report
from kg.textkey import key

# Cues at the start of the text, inside other words ("thanh xuân", "lễ" in "lễ hội"), one after the lead, a
# season named by its cycle year, and an occasion whose year is a target.
OCCASIONS = ("Xuân Bính Thân 2016 về trên quê hương. Dịp Tết Nguyên đán Đinh Dậu 2017, tỉnh tổ chức Lễ hội "
             "Hoa Ban 2017 và Ngày hội Thanh xuân 2017; hội chợ Xuân năm 2016. Tháng hành động vì trẻ em "
             "đến năm 2020 được phát động. Đón xuân Đinh Dậu, Hội thi Tiếng hát 2018 diễn ra.")


@pytest.mark.parametrize("at", [0, 1, 2])
def test_occasion_patterns_tried_where_their_cues_are_written_are_the_whole_text_scans(at):
    k = key(OCCASIONS)
    pattern = _occasion_patterns()[at]
    starts = _word_starts(k, _occasion_cues(("season", "occasion", "not_before")[at]))
    for end in (None, 40, 120, len(k)):
        whole = pattern.finditer(k) if end is None else pattern.finditer(k, 0, end)
        assert [m.span() for m in anchored(pattern, k, starts, end)] == [m.span() for m in whole]


def test_the_cycle_pattern_tried_where_a_season_or_a_new_year_is_written_is_the_whole_text_scan():
    k = key(OCCASIONS)
    cycle, _offsets = _cycle_pattern()
    found = [m.span() for m in anchored(cycle, k, _word_starts(k, _occasion_cues("season", "new_year")))]
    assert found and found == [m.span() for m in cycle.finditer(k)]


def test_occasion_years_of_a_lead_and_of_the_whole_text():
    """The years the code before the change gave (007ea49): seasons first, then occasions, then a cycle year."""
    assert occasion_years(OCCASIONS, 2, lead_end=120) == [2016, 2017, 2017, 2016, 2017]
    assert occasion_years(OCCASIONS, 2, near_year=2017) == [2016, 2017, 2017, 2016, 2017, 2017, 2016, 2018, 2017]
    assert occasion_years(OCCASIONS, 7) == [2017, 2017, 2016, 2018]
    assert occasion_years(OCCASIONS, 12, near_year=2017) == [2015, 2016, 2016, 2015, 2017, 2017, 2016, 2018]


def _campaign_names(text: str) -> list[tuple[str, str]]:
    report = Report(id="r", text=text, source_file="r.txt")
    return [(c.kind, c.name) for c in _campaigns(report, Extraction(report=report), [])]


def test_a_campaign_is_named_in_quotes_only():
    assert _campaign_names("Tỉnh phát động phong trào thi đua Dân vận khéo trong toàn tỉnh.") == []
    assert _campaign_names('Tỉnh phát động phong trào thi đua "Dân vận khéo", "Vì người nghèo" và '
                           'cuộc vận động "Ngày vì biển đảo". Phong trào này kéo dài') == [
        ("Phong trào", "Dân vận khéo"), ("Phong trào", "Vì người nghèo"), ("Cuộc vận động", "Ngày vì biển đảo")]


def test_the_campaign_scan_up_to_the_last_quote_is_the_whole_text_scan():
    text = key('Phong trào "Dân vận khéo", cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và '
               'phong trào thi đua "Chung sức xây dựng nông thôn mới"; phong trào "chưa đóng')
    p = _patterns()
    whole = [m.span() for m in p.campaign.finditer(text)]
    assert len(whole) == 3 and [m.span() for m in p.campaign.finditer(text, 0, text.rfind('"') + 1)] == whole
