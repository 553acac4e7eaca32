"""Shared fixtures: a database built from the committed data, and the app against it.

Every test that needs data builds it into a temporary folder from the real curated
files and the bundled ECB snapshot, through the normal build path.
"""

from __future__ import annotations

import hashlib
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


# --------------------------------------------------------------------------- the local source server

import threading  # noqa: E402
import tomllib  # noqa: E402
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def mirror_path(url: str) -> str:
    """The path a request for `url` arrives at through TOKENS_MIRROR."""
    parts = urlsplit(url)
    return f"/{parts.netloc}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def read_routes(path: Path) -> list[dict]:
    """A fixture's routes; a mistake in them fails as FILE:LINE: field: what is wrong."""
    text = path.read_text(encoding="utf-8")
    try:
        routes = tomllib.loads(text).get("route", [])
    except tomllib.TOMLDecodeError as exc:
        raise pytest.UsageError(f"{path}:{getattr(exc, 'lineno', None) or 1}: syntax: {exc}") from None
    starts = [i for i, line in enumerate(text.splitlines(), 1) if line.strip() == "[[route]]"]
    for route, line in zip(routes, starts):
        for field in ("url", "file"):
            if not route.get(field):
                raise pytest.UsageError(f"{path}:{line}: {field}: missing; every route needs it")
        if not (path.parent / route["file"]).exists():
            raise pytest.UsageError(f"{path}:{line}: file: {route['file']!r} is not in {path.parent}")
    return routes


class SourceServer:
    """Serves tests/fixtures/<loader>/ as the real sites would, with faults on demand.

    A fault is set per URL: slow, error status, truncated body, other content ...
    """

    def __init__(self):
        self.routes: dict[str, dict] = {}
        self.faults: dict[str, dict] = {}
        self.hits: list[tuple[str, dict]] = []
        for routes in sorted(FIXTURES.glob("*/routes.toml")):
            for route in read_routes(routes):
                self.add(route["url"], (routes.parent / route["file"]).read_bytes(),
                         route.get("content_type", "application/octet-stream"), route.get("require_header"))
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802 - http.server's name
                server.hits.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path)
                fault = server.faults.get(self.path, {})
                if fault.get("times") is not None:  # a fault that clears after N hits
                    fault["times"] -= 1
                    if fault["times"] < 0:
                        fault = {}
                if route is None:
                    return self.reply(404, b"<html><body>Not Found</body></html>", "text/html")
                if route["require_header"] and route["require_header"] not in self.headers:
                    return self.reply(401, b'{"error":{"message":"No auth credentials found","code":401}}',
                                      "application/json")
                if fault.get("delay"):
                    time.sleep(fault["delay"])
                if fault.get("status"):
                    headers = {"Retry-After": str(fault["retry_after"])} if "retry_after" in fault else {}
                    return self.reply(fault["status"], fault.get("body", b"error"), "text/plain", headers)
                body = fault.get("body", route["body"])
                etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
                if self.headers.get("If-None-Match") == etag and not fault:
                    return self.reply(304, b"", route["content_type"], {"ETag": etag})
                if fault.get("truncate"):
                    self.send_response(200)
                    self.send_header("Content-Type", route["content_type"])
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return None
                return self.reply(200, body, fault.get("content_type", route["content_type"]), {"ETag": etag})

            def reply(self, status, body, content_type, headers=None):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass  # clients that give up at their timeout are expected here

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def add(self, url: str, body: bytes, content_type: str, require_header: str | None = None) -> None:
        self.routes[mirror_path(url)] = {"body": body, "content_type": content_type,
                                         "require_header": require_header}

    def fault(self, url: str, **fault) -> None:
        self.faults[mirror_path(url)] = fault

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def sources(monkeypatch) -> SourceServer:
    """The fixture server, with TOKENS_MIRROR pointing at it and short timeouts."""
    server = SourceServer()
    monkeypatch.setenv("TOKENS_MIRROR", server.url)
    for key, value in {"TOKENS_CONNECT_TIMEOUT": "0.5", "TOKENS_READ_TIMEOUT": "0.5", "TOKENS_RETRIES": "1",
                       "TOKENS_BACKOFF": "0"}.items():
        monkeypatch.setenv(key, value)
    yield server
    server.close()


@pytest.fixture
def data_env(data_copy, monkeypatch) -> _core.Paths:
    """A private data folder that `python -m loaders` and Paths() use."""
    monkeypatch.setenv("TOKENS_DATA_DIR", str(data_copy.data))
    monkeypatch.setenv("TOKENS_HTTP_CACHE", str(data_copy.data / "http-cache"))
    return data_copy
