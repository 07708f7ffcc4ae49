"""The learned post-attachment experiment (scripts/post_attach.py, scripts/train_post_model.py): its
candidates, labels and revision of the rules' posts, on sentences written by us.

The experiment is not in the pipeline (cross-validation showed no gain), but it reads the rules'
state through a hook on the officials pass: these tests fail when that hook no longer sees it, so
the measurement can still be repeated."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from kg.loaders.extract import pipeline
from kg.model import Report

_SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
_SPEC = importlib.util.spec_from_file_location("train_post_model", _SCRIPTS / "train_post_model.py")
tpm = importlib.util.module_from_spec(_SPEC)
sys.modules["train_post_model"] = tpm  # its dataclasses look their module up there
_SPEC.loader.exec_module(tpm)
sys.path.remove(str(_SCRIPTS))  # the script puts its folder first to import post_attach
attach = tpm.post_model

# Two names in one sentence, the title set off after the first: the rules give it to the first.
TEXT = "Chiều 12/3, ông Nguyễn Văn An, Bí thư Tỉnh ủy Nghệ An, đã tiếp ông Trần Văn Bình tại trụ sở."


def _run(text: str):
    report = Report(id="example", text=text, source_file="example.txt")
    with tpm.installed():
        ex = pipeline.extract(report)
        state = tpm._STATE[0]
    return ex, state


def _pairs(state) -> dict[str, tuple]:
    out = {}
    for c, f, _ in attach.scored(state, attach.Model({}, 1.0)):
        out[c.person.mention.name] = (c.title.role, c.attached, f)
    return out


def test_every_name_of_the_sentence_is_paired_with_the_title_and_the_rules_choice_is_a_feature():
    _, state = _run(TEXT)
    pairs = _pairs(state)
    assert set(pairs) == {"Nguyễn Văn An", "Trần Văn Bình"}
    role, attached, f = pairs["Nguyễn Văn An"]
    assert (role, attached) == ("Bí thư", "holds")
    assert f["rules=holds"] == 1.0 and f["title_after"] == 1.0 and f["after:first_comma"] == 1.0
    role, attached, f = pairs["Trần Văn Bình"]
    assert (role, attached) == ("Bí thư", None)
    assert f["rules=none"] == 1.0 and f["rules_other"] == 1.0 and f["title_before"] == 1.0
    # the words between, on the side they are read from: ", đã tiếp ông" before the name
    assert f["before:first_comma"] == 1.0 and f["before:w_last_between=tiếp"] == 1.0 and "after:first_comma" not in f


def test_a_pair_is_labelled_right_only_when_the_gold_gives_that_person_that_post():
    _, state = _run(TEXT)
    gold = tpm._gold_posts({"persons": [
        {"name": "Nguyễn Văn An", "posts": [{"role": "Bí thư", "organization": "Tỉnh ủy Nghệ An"}]},
        {"name": "Trần Văn Bình", "posts": []}]})
    labels = {c.person.mention.name: tpm._labels(c, gold)
              for c, _, _ in attach.scored(state, attach.Model({}, 1.0))}
    assert labels == {"Nguyễn Văn An": 1, "Trần Văn Bình": 0}


@pytest.mark.parametrize(("threshold", "drop", "holders"), [
    (1.01, 0.0, {"Nguyễn Văn An"}),  # the rules alone
    (0.4, 0.0, {"Nguyễn Văn An", "Trần Văn Bình"}),  # every pair scores 0.5 under empty weights: added
    (1.01, 0.6, set()),  # and the rules' post, scored 0.5, dropped
])
def test_the_model_adds_the_pairs_it_keeps_and_drops_the_posts_it_rejects(threshold, drop, holders):
    ex, state = _run(TEXT)
    posts = attach.revise(state, attach.Model({}, threshold, drop), ex.posts)
    assert {p.person.name for p in posts} == holders
    assert all(p.role == "Bí thư" and p.org is not None and p.org.name.startswith("Tỉnh ủy") for p in posts)
