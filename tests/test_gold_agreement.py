"""scripts/gold_agreement.py: two annotations of one report, scored one against the other with kg's matching."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import gold_agreement  # noqa: E402


def _write(folder: Path, gold: dict) -> None:
    folder.mkdir()
    (folder / "r-0001.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def test_the_second_annotation_is_scored_as_kg_would_be(tmp_path: Path) -> None:
    # "Bí thư Tỉnh ủy Nguyễn Văn An và Phó Chủ tịch UBND tỉnh Trần Thị Bình dự Hội nghị triển khai Chỉ thị
    # số 05-CT/TW": the first annotator lists both posts; the second writes "Tỉnh uỷ" in the other tone style,
    # misses Bình's post and the directive, and adds a Sở.
    _write(tmp_path / "a", {
        "persons": [{"name": "Nguyễn Văn An", "posts": [{"role": "Bí thư", "organization": "Tỉnh ủy"}]},
                    {"name": "Trần Thị Bình", "posts": [{"role": "Phó Chủ tịch", "organization": "UBND tỉnh"}]}],
        "organizations": ["Tỉnh ủy", "UBND tỉnh"],
        "directives": [{"symbol": "05-CT/TW"}]})
    _write(tmp_path / "b", {
        "persons": [{"name": "Nguyễn Văn An", "posts": [{"role": "Bí thư", "organization": "Tỉnh uỷ"}]},
                    {"name": "Trần Thị Bình", "posts": []}],
        "organizations": ["Tỉnh uỷ", "UBND tỉnh", "Sở Y tế"],
        "directives": []})
    totals = gold_agreement.compare(tmp_path / "a", tmp_path / "b", show=False)
    assert totals == {"persons": [2, 2, 2, 2], "posts": [1, 1, 1, 2],
                      "organizations": [2, 2, 3, 2], "directives": [0, 0, 0, 1]}
