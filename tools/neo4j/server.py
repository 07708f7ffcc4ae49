"""Start and stop the local Neo4j of ``tools/neo4j/Launcher.java`` (``make neo4j-start/neo4j-stop``).

Why Python and not shell: "started" means "Bolt accepts a login", which only the driver can tell
(``verify_connectivity``, the same check ``kg sync`` makes), and a failed start should print the end
of the server log rather than leave the user to look for it.

    python tools/neo4j/server.py start [--timeout 180]
    python tools/neo4j/server.py stop
    python tools/neo4j/server.py status
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from kg.sync.connection import Neo4jUnavailable, Settings, connect

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
HOME = Path(os.environ.get("KG_NEO4J_HOME", REPO / ".neo4j")).resolve()
PID_FILE = HOME / "neo4j.pid"
LOG_FILE = HOME / "launcher.log"
CLASSPATH = HERE / "classpath.txt"


def http_port() -> int | None:
    """The port of the HTTP API and Browser (``KG_NEO4J_HTTP_PORT``, 7474; ``off``: none)."""
    value = os.environ.get("KG_NEO4J_HTTP_PORT", "7474")
    return None if value.lower() == "off" else int(value)


# Neo4j Browser 5.24.0 reaches out to four hosts from its own files: Google Fonts (a CSS @import),
# Segment (usage analytics, loaded even with client.allow_telemetry=false), Canny (the feedback
# widget) and Sentry (error reports). The copy this server serves has those URLs replaced by a local
# path that answers 404, which the Browser already handles (fonts fall back, the scripts' onerror
# fires), and Sentry initialised disabled: nothing the page loads or sends leaves the machine.
# (file pattern, text, replacement)
BROWSER_PATCHES = [
    (r"ui-libs-.*\.bundle\.js", re.compile(r"@import url\(https://fonts\.googleapis\.com/[^)]*\);"), ""),
    (r"app-.*\.js", re.compile(r'"https://canny\.io/sdk\.js"'), '"./kg-offline.js"'),
    (r"app-.*\.js", re.compile(r'"https://cdn\.segment\.com/analytics\.js/v1/"\+(\w+)\+"/analytics\.min\.js"'),
     '"./kg-offline.js"'),
    (r"app-.*\.js", re.compile(r'dsn:"https://[0-9a-f]+@o\d+\.ingest\.sentry\.io/\d+"'), 'enabled:!1,dsn:""'),
]
PATCH_LEVEL = 2  # bumped with BROWSER_PATCHES: an older patched copy is made again
BROWSER_JAR = re.compile(r"neo4j-browser-([0-9.]+)\.jar$")


def browser_classpath(classpath: str) -> str:
    """``classpath`` with the Browser jar replaced by a patched copy of its files under ``HOME``.

    The copy is made once per Browser version; ``kg.grass`` (the ontology's style sheet) is written
    beside the Browser's files on every start, so ``/browser/kg.grass`` serves the current one and the
    Browser applies it after connecting (``browser.post_connect_cmd``, set by the launcher).
    """
    entries = classpath.split(os.pathsep)
    jar = next((e for e in entries if BROWSER_JAR.search(e)), None)
    if jar is None:
        return classpath
    target = HOME / f"browser-{BROWSER_JAR.search(jar).group(1)}"
    marker = target / "browser" / f".kg-patched-{PATCH_LEVEL}"
    if not marker.is_file():
        import shutil

        shutil.rmtree(target, ignore_errors=True)
        with zipfile.ZipFile(jar) as z:
            z.extractall(target, [n for n in z.namelist() if n.startswith("browser/")])
        missing = []
        for pattern, text, new in BROWSER_PATCHES:
            hits = 0
            for f in (target / "browser").glob("*.js"):
                if re.fullmatch(pattern, f.name):
                    old = f.read_text(encoding="utf-8")
                    patched, n = text.subn(new, old)
                    if n:
                        f.write_text(patched, encoding="utf-8")
                        hits += n
            if not hits:
                missing.append(text.pattern)
        for m in missing:
            print(f"neo4j: Browser patch not applied (this Browser version may reach out): {m}", file=sys.stderr)
        marker.write_text("patched\n")
    try:
        from kg.sync.grass import grass

        (target / "browser" / "kg.grass").write_text(grass(), encoding="utf-8")
    except Exception as exc:  # the Browser still works, only without kg's colours
        print(f"neo4j: could not write kg.grass: {exc}", file=sys.stderr)
    return os.pathsep.join(str(target) if e == jar else e for e in entries)


def _local_settings() -> Settings:
    # The launcher's own user and password, whatever NEO4J_* says: this checks *our* server.
    port = os.environ.get("KG_NEO4J_PORT", "7687")
    pw = os.environ.get("KG_NEO4J_PASSWORD", "kg-local-neo4j")
    return Settings(uri=f"bolt://127.0.0.1:{port}", user="neo4j", password=pw, database="neo4j")


def _pid() -> int | None:
    try:
        pid = int(PID_FILE.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return pid


def _up() -> bool:
    try:
        connect(_local_settings()).close()
        return True
    except Neo4jUnavailable:
        return False


def _tail(n: int = 25) -> str:
    try:
        return "\n".join(LOG_FILE.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return "(no log)"


def start(timeout: float) -> int:
    settings = _local_settings()
    if _pid() is not None and _up():
        print(f"neo4j: already running at {settings.uri} (pid {_pid()})"
              + (f"; Browser at {browser_url()}" if http_port() else ""))
        return 0
    if _up():
        print(f"neo4j: a server already answers at {settings.uri} with kg's credentials; using it")
        return 0
    if not CLASSPATH.is_file():
        print(f"neo4j: {CLASSPATH} missing: run `make neo4j-start` (it builds it with mvn)", file=sys.stderr)
        return 1
    HOME.mkdir(parents=True, exist_ok=True)
    java = os.environ.get("JAVA", "java")
    heap = os.environ.get("KG_NEO4J_HEAP", "2g")
    # extra JVM options, e.g. "-Xms2g -XX:+UseParallelGC" (tried for bulk writes: no measurable
    # gain over the default G1, docs/neo4j.md)
    extra = os.environ.get("KG_NEO4J_JAVA_OPTS", "").split()
    HOME.mkdir(parents=True, exist_ok=True)
    classpath = browser_classpath(CLASSPATH.read_text().strip())
    cmd = [java, f"-Xmx{heap}", *extra, "-cp", classpath, str(HERE / "Launcher.java")]
    env = dict(os.environ, KG_NEO4J_HOME=str(HOME))
    port = http_port()
    env["KG_NEO4J_HTTP_PORT"] = str(port) if port else "off"
    t0 = time.monotonic()
    with open(LOG_FILE, "ab") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=env, cwd=REPO, start_new_session=True)
    PID_FILE.write_text(f"{proc.pid}\n")
    while time.monotonic() - t0 < timeout:
        if proc.poll() is not None:
            PID_FILE.unlink(missing_ok=True)
            print(f"neo4j: the server exited with code {proc.returncode} while starting; "
                  f"end of {LOG_FILE}:\n{_tail()}", file=sys.stderr)
            return 1
        if _up():
            print(f"neo4j: up at {settings.uri} after {time.monotonic() - t0:.1f} s "
                  f"(pid {proc.pid}, data {HOME}, user neo4j)")
            if port:
                print(f"neo4j: Browser at {browser_url()} (user neo4j, password {settings.password!r})")
            return 0
        time.sleep(0.5)
    print(f"neo4j: Bolt did not accept connections at {settings.uri} within {timeout:.0f} s "
          f"(pid {proc.pid} left running; `make neo4j-stop` ends it); end of {LOG_FILE}:\n{_tail()}",
          file=sys.stderr)
    return 1


def browser_url() -> str:
    return f"http://127.0.0.1:{http_port()}/browser/"


def stop(timeout: float = 60.0) -> int:
    pid = _pid()
    if pid is None:
        PID_FILE.unlink(missing_ok=True)
        print("neo4j: not running")
        return 0
    os.kill(pid, signal.SIGTERM)
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        os.kill(pid, signal.SIGKILL)
        print(f"neo4j: pid {pid} ignored SIGTERM for {timeout:.0f} s; killed", file=sys.stderr)
    PID_FILE.unlink(missing_ok=True)
    print(f"neo4j: stopped (pid {pid}) after {time.monotonic() - t0:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("action", choices=["start", "stop", "status"])
    p.add_argument("--timeout", type=float, default=float(os.environ.get("KG_NEO4J_START_TIMEOUT", 180)))
    a = p.parse_args(argv)
    if a.action == "start":
        return start(a.timeout)
    if a.action == "stop":
        return stop()
    running = _pid() is not None and _up()
    print(f"neo4j: {'running' if running else 'not running'} at {_local_settings().uri}"
          + (f"; Browser at {browser_url()}" if running and http_port() else ""))
    return 0 if running else 1


if __name__ == "__main__":
    sys.exit(main())
