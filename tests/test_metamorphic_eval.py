"""scripts/metamorphic_eval.py: each transform changes the surface, never the facts, of text and gold alike."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
_spec = importlib.util.spec_from_file_location("metamorphic_eval", ROOT / "scripts" / "metamorphic_eval.py")
assert _spec and _spec.loader
me = importlib.util.module_from_spec(_spec)
sys.modules["metamorphic_eval"] = me
_spec.loader.exec_module(me)


def _data() -> me.NameData:
    """Name data of one family name, one middle and one given name: the generated name is known in advance."""
    real = me.NameData.load()
    return me.NameData(["Lò"], [("Thanh", 1)], [("Tùng", 1)], real.known, real.surname_keys, real.titles)


def test_tone_swaps_both_styles_and_leaves_closed_and_qu_syllables() -> None:
    text = "Ông Lê Văn Thụy, Phó Bí thư Tỉnh ủy Khánh Hoà, dự lễ khoá học hoàn thành tại Quý Châu."
    assert me.swap_tone_style(text) == (
        "Ông Lê Văn Thuỵ, Phó Bí thư Tỉnh uỷ Khánh Hòa, dự lễ khóa học hoàn thành tại Quý Châu.")
    assert me.swap_tone_style(me.swap_tone_style(text)) == text


def test_tone_copy_changes_text_sidecar_and_gold() -> None:
    c = me.Copy("Bí thư Huyện ủy Hòa Vang", {"title": "Huyện ủy", "url": "http://x/ủy"},
                {"report": "r", "persons": [], "organizations": ["Huyện ủy Hòa Vang"], "directives": [], "events": []})
    t = me.tone_copy(c)
    assert t.text == "Bí thư Huyện uỷ Hoà Vang"
    assert t.sidecar == {"title": "Huyện uỷ", "url": "http://x/ủy"}
    assert t.gold["organizations"] == ["Huyện uỷ Hoà Vang"]


def _gold(persons: list[dict], orgs: list[str]) -> dict:
    return {"report": "r", "persons": persons, "organizations": orgs, "directives": [],
            "events": [{"kind": "Hội nghị", "date": None, "organizer": None,
                        "participants": [p["name"] for p in persons], "directives": []}]}


def test_names_full_and_bare_given_name_after_a_title() -> None:
    text = ("Chiều 3/4, đồng chí Hà Văn Khải, Bí thư Huyện ủy Yên Thành, làm việc với xã. "
            "Bí thư Khải đề nghị xã rà soát. Ông Khải cho biết thêm. ĐỒNG CHÍ HÀ VĂN KHẢI PHÁT BIỂU.")
    gold = _gold([{"name": "Hà Văn Khải", "posts": [
        {"role": "Bí thư", "organization": "Huyện ủy Yên Thành", "status": "holds"}]}], ["Huyện ủy Yên Thành"])
    out = me.names_copy(me.Copy(text, None, gold), _data(), 1, "r")
    assert out.text == ("Chiều 3/4, đồng chí Lò Văn Tùng, Bí thư Huyện ủy Yên Thành, làm việc với xã. "
                        "Bí thư Tùng đề nghị xã rà soát. Ông Tùng cho biết thêm. ĐỒNG CHÍ LÒ VĂN TÙNG PHÁT BIỂU.")
    assert out.gold["persons"][0]["name"] == "Lò Văn Tùng"
    assert out.gold["events"][0]["participants"] == ["Lò Văn Tùng"]
    assert out.gold["persons"][0]["posts"] == gold["persons"][0]["posts"]


def test_names_middle_and_given_name_after_an_honorific() -> None:
    text = "Bà Đỗ Thị Minh Hạnh, Giám đốc Sở Y tế, dự họp. Bà Minh Hạnh cho biết sở đã chuẩn bị."
    gold = _gold([{"name": "Đỗ Thị Minh Hạnh", "posts": []}], [])
    out = me.names_copy(me.Copy(text, None, gold), _data(), 1, "r")
    assert out.text == "Bà Lò Thị Thanh Tùng, Giám đốc Sở Y tế, dự họp. Bà Thanh Tùng cho biết sở đã chuẩn bị."


def test_names_a_given_name_two_persons_share_is_kept() -> None:
    # "ông Khải" may be either: both keep the given name, so the bare reference reads as it did
    text = "Ông Hà Văn Khải và ông Trần Đình Khải dự họp. Ông Khải phát biểu."
    gold = _gold([{"name": "Hà Văn Khải", "posts": []}, {"name": "Trần Đình Khải", "posts": []}], [])
    out = me.names_copy(me.Copy(text, None, gold), _data(), 1, "r")
    assert out.text == "Ông Lò Văn Khải và ông Lò Thanh Khải dự họp. Ông Khải phát biểu."
    assert [p["name"] for p in out.gold["persons"]] == ["Lò Văn Khải", "Lò Thanh Khải"]


def test_names_bare_given_name_that_starts_a_word_is_left() -> None:
    # "Quốc" of "Chủ tịch Quốc hội" is no person's given name, though a person of the report is called Quốc
    text = "Ông Lê Minh Quốc, Phó Chủ tịch Quốc hội, dự họp. Phó Chủ tịch Quốc phát biểu."
    gold = _gold([{"name": "Lê Minh Quốc", "posts": []}], ["Quốc hội"])
    out = me.names_copy(me.Copy(text, None, gold), _data(), 1, "r")
    assert out.text == "Ông Lò Thanh Tùng, Phó Chủ tịch Quốc hội, dự họp. Phó Chủ tịch Tùng phát biểu."
    assert out.gold["organizations"] == ["Quốc hội"]


def test_names_bare_given_name_written_elsewhere_without_a_title_is_left() -> None:
    # "Chủ tịch Đại hội": "Đại hội" is written with no title before it too, so it is a word, not "Chủ tịch Đại"
    text = "Ông Lê Văn Đại dự Đại hội Đảng bộ. Chủ tịch Đại hội phát biểu. Ông Đại cho biết thêm."
    gold = _gold([{"name": "Lê Văn Đại", "posts": []}], [])
    out = me.names_copy(me.Copy(text, None, gold), _data(), 1, "r")
    assert out.text == "Ông Lò Văn Tùng dự Đại hội Đảng bộ. Chủ tịch Đại hội phát biểu. Ông Tùng cho biết thêm."


def test_names_leaves_a_foreign_or_unwritten_name() -> None:
    text = "Tổng thống Vladimir Putin tiếp ông Phạm Minh Chính."
    gold = _gold([{"name": "Vladimir Putin", "posts": []}, {"name": "Phạm Văn Chính", "posts": []}], [])
    out = me.names_copy(me.Copy(text, None, gold), _data(), 1, "r")
    assert out.text == text and out.gold == gold


def _consistent(c: me.Copy) -> None:
    for p in c.gold["persons"]:
        assert next(me._find(me.key(c.text), p["name"]), None) is not None, p["name"]


def test_names_on_read_set_reports_keep_gold_and_text_consistent() -> None:
    data = me.NameData.load()
    files = sorted((ROOT / "tests" / "gold" / "mid31").glob("*.gold.json"))
    assert files
    changed = 0
    for gf in files:
        stem, _path, c = me.read_copy(gf, CORPUS)
        written = [p["name"] for p in c.gold["persons"] if next(me._find(me.key(c.text), p["name"]), None)]
        for seed in (1, 2):
            out = me.names_copy(c, data, seed, stem)
            assert len(out.gold["persons"]) == len(c.gold["persons"])
            for old, new in zip(c.gold["persons"], out.gold["persons"], strict=True):
                assert len(old["name"].split()) == len(new["name"].split())
                if old["name"] in written:  # a name written in the text is written, under its new name
                    assert next(me._find(me.key(out.text), new["name"]), None) is not None, (stem, new["name"])
                if old["name"] != new["name"]:
                    changed += 1
                    assert next(me._find(me.key(out.text), old["name"]), None) is None, (stem, old["name"])
    assert changed > 10


def test_places_permutation_in_text_and_gold_not_in_names() -> None:
    provinces = me.load_provinces()
    mapping = {"Nghệ An": "Gia Lai", "Hồ Chí Minh": "Đà Nẵng", "Thái Bình": "Hà Nam", "Gia Lai": "Nghệ An"}
    text = ("Ông Trần Thái Bình, Phó Chủ tịch UBND tỉnh Nghệ An, gặp đoàn TP.HCM; "
            "Học viện Chính trị quốc gia Hồ Chí Minh; tỉnh Thái Bình; NGHỆ AN")
    c = me.Copy(text, {"title": "Nghệ An", "url": "u"},
                _gold([{"name": "Trần Thái Bình", "posts": [
                    {"role": "Phó Chủ tịch", "organization": "UBND tỉnh Nghệ An", "status": "holds"}]}],
                    ["UBND tỉnh Nghệ An"]))
    out = c.map_text(lambda s: me.move_places(s, provinces, mapping, ["Trần Thái Bình"]),
                     frozenset({"name", "participants"}))
    assert out.text == ("Ông Trần Thái Bình, Phó Chủ tịch UBND tỉnh Gia Lai, gặp đoàn TP. Đà Nẵng; "
                        "Học viện Chính trị quốc gia Hồ Chí Minh; tỉnh Hà Nam; GIA LAI")
    assert out.sidecar == {"title": "Gia Lai", "url": "u"}
    assert out.gold["persons"][0]["name"] == "Trần Thái Bình"
    assert out.gold["persons"][0]["posts"][0]["organization"] == "UBND tỉnh Gia Lai"
    assert out.gold["organizations"] == ["UBND tỉnh Gia Lai"]


def test_places_permutation_moves_every_province_within_its_kind() -> None:
    provinces = me.load_provinces()
    kinds = {p.name: p.kind for p in provinces}
    mapping = me.plan_places(provinces, 1)
    assert len(provinces) >= 63 and set(mapping) == set(mapping.values()) == set(kinds)
    assert all(a != b and kinds[a] == kinds[b] for a, b in mapping.items())


@pytest.mark.corpus
def test_identity_reproduces_kg_eval(tmp_path: Path) -> None:
    gold_dir = ROOT / "tests" / "gold" / "mid31"
    kg = Path(sys.executable).parent / "kg"
    res = subprocess.run([str(kg), "eval", str(gold_dir), "--corpus", str(CORPUS), "--json"],
                         capture_output=True, text=True, check=True)
    want = json.loads(res.stdout)["totals"]
    run = me.score_set(gold_dir, CORPUS, "identity", 0, tmp_path, me.NameData.load(), me.load_provinces(), set())
    got = {k: dict(vars(c), f1=round(c.prf()[2], 4)) for k, c in run.totals.items()}
    assert got == want
