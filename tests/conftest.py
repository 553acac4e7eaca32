"""Shared fixtures: a database built from the committed data, and the app against it.

Every test that needs data builds it into a temporary folder from the real curated
files and the bundled ECB snapshot, through the normal build path.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders import _core  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def copy_data(target: Path) -> _core.Paths:
    """A private copy of data/curated and data/raw, so a test may break it freely."""
    shutil.copytree(ROOT / "data" / "curated", target / "curated")
    shutil.copytree(ROOT / "data" / "raw", target / "raw")
    return _core.Paths(data=target)


@pytest.fixture
def data_copy(tmp_path: Path) -> _core.Paths:
    return copy_data(tmp_path / "data")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> _core.Paths:
    """One database built from the committed data, shared read-only by the app tests."""
    paths = copy_data(tmp_path_factory.mktemp("built") / "data")
    _core.build(paths)
    return paths


@pytest.fixture
def app_db(built: _core.Paths, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TOKENS_DB", str(built.database))
    return built.database


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def app_server(built: _core.Paths):
    """The real app, served by Streamlit on a free loopback port."""
    port = free_port()
    env = {**os.environ, "TOKENS_DB": str(built.database)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("streamlit did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's chromium, never a downloaded browser."""
    return {**browser_type_launch_args, "executable_path": shutil.which("chromium") or "/usr/bin/chromium",
            "args": CHROMIUM_ARGS}
