"""The short way :mod:`kg.iris` takes for ASCII key parts gives the IRIs of the long way."""

from __future__ import annotations

import hashlib

from kg.iris import ID, identity, mint_once, slug
from kg.textkey import ascii_key, compact

ASCII_PARTS = [
    "https://w3id.org/vnkg/id/person/nguyen-van-an-ha-noi-1a2b3c4d",
    "https://w3id.org/vnkg/id/mention/vnexpress-0012-140-153",
    "Bo_Chinh_tri  (TW)  --  Khoa XIII, 2021/2026",
    "UBND tinh 'Ha Tinh' & HDND: 2 x 3",
    "",
    "  ",
    "__init__",
]


def test_an_ascii_part_has_the_identity_the_text_key_gives_it():
    for text in ASCII_PARTS:
        assert identity(text) == compact(text)


def test_an_ascii_readable_part_has_the_slug_of_its_ascii_key():
    for text in ASCII_PARTS:
        expected = "-".join(w for w in "".join(c if c.isalnum() else " " for c in ascii_key(text)).split())
        assert slug(text) == (expected[:60].rstrip("-") or "x")


def test_a_vietnamese_part_still_takes_the_text_key():
    assert identity("Bí thư Tỉnh uỷ  Hà Tĩnh") == compact("bí thư tỉnh ủy hà tĩnh")
    assert slug("Bí thư Tỉnh ủy Hà Tĩnh") == "bi-thu-tinh-uy-ha-tinh"


def test_a_tenure_keyed_on_two_iris_gets_the_iri_of_its_folded_key():
    person = "https://w3id.org/vnkg/id/person/tran-thi-b-national-0a0b0c0d"
    post = "https://w3id.org/vnkg/id/post/pho-chu-tich-quoc-hoi-9f8e7d6c"
    folded = "|".join(compact(p) for p in (person, post))
    digest = hashlib.sha1(f"tenure\x1f{folded}".encode()).hexdigest()[:8]
    got = mint_once("tenure", f"{person}|{post}", readable="tran-thi-b pho-chu-tich")
    assert got == ID[f"tenure/tran-thi-b-pho-chu-tich-{digest}"]
