"""``kg export --format ftm``: FollowTheMoney entities, checked by the followthemoney package itself."""

from __future__ import annotations

import json

import pytest
from followthemoney import model
from followthemoney.exc import InvalidData

from kg.build import build_graph, write_outputs
from kg.cli import main
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def entities(tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("ftm")
    write_outputs(build_graph([str(EXAMPLES)]), out / "build")
    assert main(["export", str(out / "build"), "--format", "ftm", "--out", str(out / "e.jsonl")]) == 0
    return [json.loads(line) for line in (out / "e.jsonl").read_text(encoding="utf-8").splitlines()]


def test_every_entity_passes_followthemoney_validation(entities: list[dict]):
    ids = {e["id"]: e for e in entities}
    assert len(ids) == len(entities), "ids are unique"
    for e in entities:
        schema = model.get(e["schema"])
        assert schema is not None, e["schema"]
        assert set(e["properties"]) <= set(schema.properties), (e["schema"], set(e["properties"]))
        assert set(schema.required) <= set(e["properties"]), (e["id"], schema.required)
        try:
            schema.validate(e)
        except InvalidData as exc:
            pytest.fail(f"{e['id']}: {exc.errors}")
        # Cleaning changes nothing: every value is already in the form FollowTheMoney stores.
        cleaned = model.get_proxy(e, cleaned=False).to_dict()["properties"]
        assert {k: sorted(v) for k, v in cleaned.items()} == e["properties"], e["id"]
        # Entity references point at entities of the file, of a schema the property accepts.
        for name, values in e["properties"].items():
            prop = schema.properties[name]
            if prop.type.name == "entity":
                for v in values:
                    assert v in ids, (e["id"], name, v)
                    assert model.get(ids[v]["schema"]).is_a(prop.range), (e["id"], name, ids[v]["schema"])


def test_the_kinds_kg_knows_become_the_schemata_ftm_knows(entities: list[dict]):
    schemata = {e["schema"] for e in entities}
    assert {"Person", "Position", "Occupancy"} <= schemata
    assert schemata & {"Organization", "PublicBody"} == {"Organization", "PublicBody"}, \
        "Party committees are organizations, people's committees public bodies"


def test_an_occupancy_says_who_holds_which_position_and_quotes_its_sentence(entities: list[dict]):
    ids = {e["id"]: e for e in entities}
    occ = [e for e in entities if e["schema"] == "Occupancy"]
    assert occ
    for o in occ:
        (holder,) = o["properties"]["holder"]
        (post,) = o["properties"]["post"]
        assert ids[holder]["schema"] == "Person" and ids[post]["schema"] == "Position"
        assert o["properties"]["status"][0] in {"current", "ended", "unknown"}
    with_sentence = [o for o in occ if o["properties"].get("description")]
    assert len(with_sentence) == len(occ), "every tenure was read from a sentence"
    o = with_sentence[0]
    holder_name = ids[o["properties"]["holder"][0]]["properties"]["name"][0]
    assert any(holder_name in s for s in o["properties"]["description"]), "the sentence names the holder"
