"""Read-only access to the served database while builds swap in new versions.

`data/tokens.duckdb` is a symlink the build replaces atomically. DuckDB caches database
instances by path, so a second connection to the same path would keep seeing the old
file; connecting to the *resolved* versioned path instead gives each version its own
instance. Each query runs on its own cursor, so threads never share a busy connection,
and every answer comes from one whole version. No Streamlit here: the app and the tests
use the same reader.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Sequence

import duckdb
import pandas as pd


MEMORY_LIMIT = "384MB"


class Reader:
    def __init__(self, link: Path, keep: int = 2):
        self.link = Path(link)
        self.keep = keep
        self._cons: dict[str, duckdb.DuckDBPyConnection] = {}
        self._lock = threading.Lock()

    def version(self) -> str | None:
        real = self.link.resolve()
        return str(real) if real.exists() else None

    def connection(self, version: str) -> duckdb.DuckDBPyConnection:
        with self._lock:
            con = self._cons.get(version)
            if con is None:
                con = self._cons[version] = duckdb.connect(version, read_only=True)
                # A cap keeps the app's memory bounded however large the tables grow. Set after
                # connecting: a connect-time config would clash with other connections in this
                # process to the same file.
                con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
                # Keep the newest few; an older version's queries have long finished by now.
                for old in list(self._cons)[: -self.keep]:
                    self._cons.pop(old).close()
            return con

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = (), version: str | None = None) -> pd.DataFrame:
        version = version or self.version()
        if version is None:
            raise FileNotFoundError(str(self.link))
        cur = self.connection(version).cursor()
        try:
            return cur.execute(sql, params if isinstance(params, dict) else list(params)).df()
        finally:
            cur.close()

    def close(self) -> None:
        with self._lock:
            for con in self._cons.values():
                con.close()
            self._cons.clear()
