"""The tables both passes of officials' _attach read off the runs, the names and the text alone
(the runs by their ends, past their terms, the appositive runs, the periods): made once a report,
not once a pass (perf41: a speed change; what is read is the same, the facts below before and
after). The second pass, of short references, reads the same runs set off after a name."""

from __future__ import annotations

import pytest

from kg.loaders.extract import officials as officials_module
from tests.fixtures_officials import facts, officials

_TEXT = ("Ông Trần Văn Hùng - Chủ tịch UBND tỉnh Quảng Trị, ông Lê Minh Tâm - Phó Chủ tịch UBND tỉnh Quảng Trị "
         "dự hội nghị. Ông Hùng, Bí thư Tỉnh ủy Quảng Trị, phát biểu.")


def test_the_tables_are_made_once_for_both_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    made = []
    real = officials_module._run_tables

    def counted(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(officials_module, "_run_tables", counted)
    officials(_TEXT)
    assert len(made) == 1


def test_each_name_keeps_the_titles_set_off_after_it_in_both_passes() -> None:
    assert facts(_TEXT) == {
        ("Trần Văn Hùng", "Chủ tịch", "UBND tỉnh Quảng Trị", "holds"),
        ("Lê Minh Tâm", "Phó Chủ tịch", "UBND tỉnh Quảng Trị", "holds"),
        ("Trần Văn Hùng", "Bí thư", "Tỉnh ủy Quảng Trị", "holds"),
    }
