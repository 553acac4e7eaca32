"""Faults keep the last good data: one table of faults, kill -9, and readers during rebuilds."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from loaders import _core
from loaders._http import Http

ROOT = Path(__file__).resolve().parent.parent
LOADERS = _core.discover()
JSON_SOURCE, CSV_SOURCE, OTHER = "openrouter_models", "fred_dexchus", "ecb_eurofxref"


def backlog_full_port() -> tuple[int, list[socket.socket]]:
    """A loopback port whose accept queue is full, so a new connection attempt times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    held = [listener]
    for _ in range(8):
        filler = socket.socket()
        filler.setblocking(False)
        try:
            filler.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        held.append(filler)
    time.sleep(0.1)
    return port, held


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# name, source, how to break it, words the logged failure must contain
FAULTS = [
    ("connect timeout", JSON_SOURCE, {"http": "backlog"}, "timed out after 0.5 s connecting"),
    ("read timeout", JSON_SOURCE, {"delay": 1.5}, "read timeout"),
    ("connection refused", JSON_SOURCE, {"http": "closed"}, "connection refused"),
    ("5xx after retries", JSON_SOURCE, {"status": 503}, "HTTP 5xx server errors"),
    ("429", JSON_SOURCE, {"status": 429, "retry_after": 0}, "HTTP 429 Too Many Requests"),
    ("truncated body", JSON_SOURCE, {"truncate": True}, "the body was cut off"),
    ("HTML error page", JSON_SOURCE, {"body": b"<!DOCTYPE html><html><body>Service Unavailable</body></html>",
                                      "content_type": "text/html"}, "got an HTML page where JSON was expected"),
    ("invalid JSON", JSON_SOURCE, {"body": b'{"data": [{"id": "deepseek/x", '}, "not JSON"),
    ("invalid CSV", CSV_SOURCE, {"body": b"\x89PNG\r\n\x1a\n\x00\x00binary"}, "Error"),
    ("missing field", JSON_SOURCE, {"body": b'{"data": [{"id": "deepseek/deepseek-chat", "name": "x"}]}'},
     "has no 'pricing' field"),
    ("renamed column", CSV_SOURCE, {"body": b"observation_date,CNY_PER_USD\n2026-01-02,7.0\n"},
     "expected the header"),
    ("zero rows", JSON_SOURCE, {"body": b'{"data": []}'}, "zero rows"),
    ("over the size cap", JSON_SOURCE, {"http": "tiny cap"}, "over the cap"),
]


def count_rows(paths: _core.Paths, source: str) -> int:
    with duckdb.connect(str(paths.database), read_only=True) as con:
        table = LOADERS[source].TABLE
        return con.execute(f"SELECT count(*) FROM {table} WHERE source = ?", [source]).fetchone()[0]


def status_of(paths: _core.Paths, source: str) -> str:
    with duckdb.connect(str(paths.database), read_only=True) as con:
        return con.execute("SELECT status FROM sources WHERE source = ?", [source]).fetchone()[0]


@pytest.mark.parametrize("fault, source, how, words", FAULTS, ids=[f[0] for f in FAULTS])
def test_a_fault_keeps_that_sources_last_good_data_and_touches_no_other(fault, source, how, words, sources,
                                                                       data_env):
    module, other = LOADERS[source], LOADERS[OTHER]
    cache = str(data_env.data / "http-cache")
    good = Http(cache_path=cache)
    assert _core.fetch_source(data_env, source, module, good).status == "ok"
    _core.build(data_env)
    rows_before = count_rows(data_env, source)
    snapshot_before = _core.snapshots(data_env, source, _core.read_fetch_log(data_env))[0]
    assert rows_before > 0

    held: list[socket.socket] = []
    how = dict(how)
    kind = how.pop("http", None)
    if kind == "backlog":
        port, held = backlog_full_port()
        faulty = Http(cache_path=cache, mirror=f"http://127.0.0.1:{port}")
    elif kind == "closed":
        faulty = Http(cache_path=cache, mirror=f"http://127.0.0.1:{closed_port()}")
    elif kind == "tiny cap":
        sources.fault(module.ORIGIN.url, body=b'{"data": [' + b" " * 5000 + b"]}")  # new content, too big
        faulty = Http(cache_path=cache, max_bytes=200)
    else:
        sources.fault(module.ORIGIN.url, **how)
        faulty = Http(cache_path=cache)
    try:
        outcome = _core.fetch_source(data_env, source, module, faulty)
    finally:
        for sock in held:
            sock.close()
    other_outcome = _core.fetch_source(data_env, OTHER, other, good)
    _core.build(data_env)

    assert outcome.status == "failed" and words in outcome.message, outcome.message
    assert other_outcome.status == "ok"
    log = _core.read_fetch_log(data_env)
    assert _core.snapshots(data_env, source, log)[0] == snapshot_before, "the last good snapshot still serves"
    assert [r for r in log if r.source == source][-1].error == outcome.message, "the failure is logged"
    assert count_rows(data_env, source) == rows_before
    assert status_of(data_env, source).startswith("failed: ") and "serving the snapshot of" in status_of(data_env, source)
    assert status_of(data_env, OTHER) == "ok"


# --------------------------------------------------------------------------- kill -9


def served(paths: _core.Paths) -> tuple[Path, int]:
    """The served file and its token_volumes row count; opening it proves it is whole."""
    with duckdb.connect(str(paths.database), read_only=True) as con:
        return paths.database.resolve(), con.execute("SELECT count(*) FROM token_volumes").fetchone()[0]


def start(args: list[str], paths: _core.Paths) -> subprocess.Popen:
    env = {**os.environ, "TOKENS_DATA_DIR": str(paths.data)}
    return subprocess.Popen([sys.executable, "-m", "loaders", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_kill_9_during_fetch_loses_nothing(sources, data_env, monkeypatch):
    _core.build(data_env)
    before = served(data_env)
    snaps_before = _core.snapshots(data_env, JSON_SOURCE, _core.read_fetch_log(data_env))
    monkeypatch.setenv("TOKENS_READ_TIMEOUT", "30")
    sources.fault(LOADERS[JSON_SOURCE].ORIGIN.url, delay=20)
    proc = start(["fetch", JSON_SOURCE], data_env)
    deadline = time.monotonic() + 20
    while not any("openrouter.ai" in path for path, _ in sources.hits) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert served(data_env) == before
    assert _core.snapshots(data_env, JSON_SOURCE, _core.read_fetch_log(data_env)) == snaps_before
    _core.build(data_env)  # and the next build works
    assert served(data_env)[1] == before[1]


@pytest.mark.parametrize("delay", [0.3, 0.6, 0.9, 1.2, 1.5])
def test_kill_9_during_build_leaves_a_complete_database(data_env, delay):
    _core.build(data_env)
    before = served(data_env)
    proc = start(["build"], data_env)
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    path, rows = served(data_env)
    assert rows == before[1], "the served file is a whole earlier or newer version"
    assert path.exists()
    summary = _core.build(data_env)  # leftovers never block the next build
    assert summary["rows"]["token_volumes"] == before[1]


# --------------------------------------------------------------------------- readers during rebuilds


def test_readers_see_whole_versions_across_rebuilds(data_env):
    """Readers query in a loop while builds swap versions: no errors, whole answers, new versions seen."""
    from app_pages._db import Reader

    _core.build(data_env)
    expected = served(data_env)[1]
    reader = Reader(data_env.database)
    errors: list[BaseException] = []
    seen: set[str] = set()
    answers = 0
    stop = threading.Event()
    lock = threading.Lock()

    def read_loop():
        nonlocal answers
        while not stop.is_set():
            try:
                df = reader.query("SELECT (SELECT built_at FROM build_info) AS built, count(*) AS n, "
                                  "(SELECT count(*) FROM fx_rates) AS fx FROM token_volumes")
                with lock:
                    assert df["n"][0] == expected and df["fx"][0] > 5000, "a partial version"
                    seen.add(str(df["built"][0]))
                    answers += 1
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)
                return

    threads = [threading.Thread(target=read_loop) for _ in range(3)]
    for thread in threads:
        thread.start()
    builds = 0
    deadline = time.monotonic() + 40
    while builds < 4 and time.monotonic() < deadline:
        _core.build(data_env)
        builds += 1
        time.sleep(0.3)
    time.sleep(0.3)
    stop.set()
    for thread in threads:
        thread.join(timeout=10)
    reader.close()
    assert not errors, errors[:3]
    assert answers > 50
    assert len(seen) >= builds, f"the reader saw {len(seen)} versions across {builds} builds without a restart"
