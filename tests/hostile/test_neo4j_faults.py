"""kg cypher and kg sync against a hostile user or a troubled server: read-only by default, no secret
on the command line or in the output, one line of kg's own (no driver log lines), two syncs at once.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from tests.fixtures_neo4j import local_settings

CATEGORY = 'Neo4j: read-only queries, secrets, noise, concurrent syncs'  # its heading in docs/reliability.md

pytestmark = pytest.mark.neo4j


def kg(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, env=e,
                          timeout=180, stdin=subprocess.DEVNULL)


def one_line(p: subprocess.CompletedProcess) -> str:
    lines = [x for x in p.stderr.splitlines() if x.strip()]
    assert "Traceback" not in p.stderr and len(lines) == 1, p.stderr
    return lines[0]


def _count(label: str = "Scratch") -> int:
    p = kg("cypher", f"MATCH (n:{label}) RETURN count(n) AS n", "--format", "json", "--uri", local_settings().uri)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)[0]["n"]


def test_cypher_is_read_only_unless_given_write(neo4j_db):
    uri = local_settings().uri
    p = kg("cypher", "CREATE (n:Scratch {x: 1}) RETURN n.x AS x", "--uri", uri)
    assert p.returncode == 1
    assert one_line(p) == "kg cypher: statement 1: this statement writes; kg cypher is read-only unless given --write"
    assert _count() == 0
    assert kg("cypher", "CREATE (n:Scratch {x: 1})", "--write", "--uri", uri).returncode == 0
    assert _count() == 1
    assert kg("cypher", "MATCH (n:Scratch) DELETE n", "--uri", uri).returncode == 1
    assert _count() == 1


@pytest.mark.parametrize("value", ["99999999999999999999", "[1, -99999999999999999999]"])
def test_a_parameter_too_large_for_a_64_bit_integer_is_one_line(neo4j_db, value):
    p = kg("cypher", "RETURN $n AS n", "--param", f"n={value}", "--uri", local_settings().uri)
    assert p.returncode == 2
    assert "does not fit a 64-bit integer" in one_line(p)


def test_a_parameter_that_is_not_utf8_is_one_line(neo4j_db):
    p = subprocess.run([sys.executable, "-m", "kg.cli", "cypher", "RETURN $s AS s", b"--param", b"s=\xff\xfe"],
                       capture_output=True, timeout=120)
    assert p.returncode == 2 and b"Traceback" not in p.stderr
    assert b"not valid text" in p.stderr


def test_the_password_is_never_taken_from_the_command_line():
    p = kg("cypher", "RETURN 1", "--password", "s3cret-on-the-command-line")
    assert p.returncode == 2
    assert "--password is not accepted on the command line" in p.stderr
    assert "s3cret-on-the-command-line" not in p.stderr + p.stdout


def test_the_password_from_a_file_works_and_a_wrong_one_is_never_printed(neo4j_db, tmp_path):
    uri = local_settings().uri
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.write_text(local_settings().password + "\n", encoding="utf-8")
    bad.write_text("wrong-s3cret\n", encoding="utf-8")
    assert kg("cypher", "RETURN 1 AS one", "--uri", uri, "--password-file", str(good)).returncode == 0
    p = kg("cypher", "RETURN 1 AS one", "--uri", uri, "--password-file", str(bad))
    assert "wrong user or password" in one_line(p) and "wrong-s3cret" not in p.stderr + p.stdout
    p = kg("cypher", "RETURN 1 AS one", "--uri", uri, env={"NEO4J_PASSWORD": "env-s3cret"})
    assert "env-s3cret" not in p.stderr + p.stdout


def test_asking_for_the_password_without_a_terminal_is_one_line():
    p = kg("cypher", "RETURN 1", "--ask-password")
    assert p.returncode == 1 and "no terminal to ask on" in one_line(p)


@pytest.mark.parametrize("scheme", ["bolt+s", "neo4j+s", "http"])
def test_a_wrong_uri_is_one_line_of_kg_with_no_driver_log(scheme):
    port = local_settings().uri.rsplit(":", 1)[1]
    p = kg("cypher", "RETURN 1", "--uri", f"{scheme}://127.0.0.1:{port}")
    assert p.returncode == 1
    assert one_line(p).startswith("kg cypher: ")


def test_a_server_that_accepts_and_hangs_up_is_one_line():
    with socket.socket() as srv:  # a port that accepts connections and closes them at once
        srv.bind(("127.0.0.1", 0))
        srv.listen(16)
        port = srv.getsockname()[1]
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "cypher", "RETURN 1", "--uri",
                                 f"bolt://127.0.0.1:{port}"], stderr=subprocess.PIPE, text=True)
        srv.settimeout(0.2)
        while proc.poll() is None:
            try:
                conn, _ = srv.accept()
                conn.close()
            except OSError:
                pass
        err = proc.stderr.read() if proc.stderr else ""
    assert proc.returncode == 1 and "Traceback" not in err
    assert len([x for x in err.splitlines() if x.strip()]) == 1, err


def test_a_24_kilobyte_title_syncs_and_keeps_its_full_text(neo4j_db, tmp_path):
    title = "Tiêu đề rất dài " * 1500  # 24 kB: over what Neo4j's name index takes (~8 kB)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Ông Nguyễn Văn An, Bí thư Tỉnh ủy Bình Định, phát biểu tại hội nghị.", encoding="utf-8")
    (src / "a.json").write_text(json.dumps({"title": title}, ensure_ascii=False), encoding="utf-8")
    (src / "b.txt").write_text("Bà Trần Thị Bình, Chủ tịch UBND tỉnh Bình Định, phát biểu.", encoding="utf-8")
    assert kg("build", str(src), "--out", str(tmp_path / "out"), "--no-html").returncode == 0
    uri = local_settings().uri
    p = kg("sync", str(tmp_path / "out"), "--uri", uri)
    assert p.returncode == 0, p.stderr
    q = kg("cypher", "MATCH (r:Report) RETURN size(r.title) AS title, size(r.name) AS name ORDER BY title DESC",
           "--format", "json", "--uri", uri)
    rows = json.loads(q.stdout)
    assert len(rows) == 2 and rows[0]["title"] == len(title.strip()) and rows[0]["name"] <= 1000
