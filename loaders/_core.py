"""The loader framework: origins, discovery, snapshots, the fetch log and the atomic build.

A loader is a module in this folder whose name does not start with "_". It declares an
ORIGIN and two functions, `fetch(http) -> bytes` and `parse(raw) -> Iterable[dict]`.
The runner, not the loader, adds provenance to each row, keeps the raw bytes under
data/raw/<loader>/ and logs every fetch. The build reads only what is on disk: curated
files and stored snapshots. It writes a new DuckDB file and swaps it in atomically, so
the served database is always a complete earlier or newer version.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import pkgutil
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable

import duckdb
import pandas as pd

from . import _curated
from . import _normalize as N

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Path(__file__).with_name("_schema.sql")

ORIGIN_FIELDS = ("producer", "title", "url", "license", "citation")
# Large tables whose rows carry provenance by reference (source, fetch_id), not per row.
BY_REFERENCE = ("model_usage",)
# Tables a loader may write to (see _schema.sql); curated files write the first four.
FACT_TABLES = ("token_volumes", "token_plans", "events", "fx_rates", "population", "api_prices",
               "model_usage", "quote_checks")


@dataclass(frozen=True)
class Origin:
    """Where a source's data comes from and how to credit it (OWID's `origin`)."""

    producer: str
    title: str
    url: str
    license: str
    citation: str


class BuildError(Exception):
    """The build stopped; the served database was not touched."""


@dataclass
class Paths:
    """Every place the framework reads or writes, so tests can point it at a temp folder."""

    data: Path = field(default_factory=lambda: Path(os.environ.get("TOKENS_DATA_DIR", ROOT / "data")))

    @property
    def curated(self) -> Path:
        return self.data / "curated"

    @property
    def raw(self) -> Path:
        return self.data / "raw"

    @property
    def fetch_log(self) -> Path:
        return self.raw / "fetch-log.jsonl"

    @property
    def database(self) -> Path:
        return self.data / "tokens.duckdb"

    @property
    def versions(self) -> Path:
        return self.data / "versions"


# --------------------------------------------------------------------------- discovery


class LoaderError(Exception):
    """A loader module cannot be used; `problems` are FILE:LINE: field: what is wrong."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def discover() -> dict[str, ModuleType]:
    """Every loader module in this package, by name: files not starting with "_".

    A module that does not import, or misses part of the loader contract, raises
    LoaderError naming its file, line and field; never a traceback.
    """
    package = importlib.import_module(__package__ or "loaders")
    found, problems = {}, []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        path = Path(package.__path__[0]) / f"{info.name}.py"
        try:
            module = importlib.import_module(f"{package.__name__}.{info.name}")
        except SyntaxError as exc:
            problems.append(f"{path}:{exc.lineno or 1}: syntax: {exc.msg}")
            continue
        except Exception as exc:  # an import-time failure of a researcher's module, reported not raised
            tb = exc.__traceback__
            line = 1
            while tb is not None:
                if tb.tb_frame.f_code.co_filename == str(path):
                    line = tb.tb_lineno
                tb = tb.tb_next
            problems.append(f"{path}:{line}: import: {type(exc).__name__}: {exc}")
            continue
        problems += contract_problems(info.name, module)
        found[info.name] = module
    if problems:
        raise LoaderError(problems)
    return dict(sorted(found.items()))


def _line_of(path: str, pattern: str) -> int:
    try:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith(pattern):
                return number
    except OSError:
        pass
    return 1


def contract_problems(name: str, module: ModuleType) -> list[str]:
    """What a loader module is missing, each as `FILE:LINE: field: what is wrong`."""
    path = getattr(module, "__file__", name)
    where = f"{path}:1"
    problems = []
    if not (module.__doc__ or "").strip():
        problems.append(f"{where}: docstring: missing; say in one line what the source is")
    if (module.__doc__ or "").strip().startswith("TODO"):
        problems.append(f"{where}: docstring: still TODO; say in one line what the source is")
    origin = getattr(module, "ORIGIN", None)
    if not isinstance(origin, Origin):
        problems.append(f"{where}: ORIGIN: missing; declare ORIGIN = Origin(producer=..., title=..., "
                        "url=..., license=..., citation=...)")
    else:
        for name_ in ORIGIN_FIELDS:
            if not str(getattr(origin, name_, "")).strip():
                line = _line_of(path, f"{name_}=")
                problems.append(f"{path}:{line}: ORIGIN.{name_}: empty; every origin needs it")
    for func in ("fetch", "parse"):
        if not callable(getattr(module, func, None)):
            problems.append(f"{where}: {func}: missing; define {func}()")
    if getattr(module, "TABLE", None) not in FACT_TABLES:
        problems.append(f"{path}:{_line_of(path, 'TABLE')}: TABLE: {getattr(module, 'TABLE', None)!r} is not one "
                        f"of the data contract's tables: {', '.join(FACT_TABLES)}")
    if getattr(module, "MODE", "replace") not in ("replace", "append"):
        problems.append(f"{path}:{_line_of(path, 'MODE')}: MODE: {module.MODE!r}; use \"replace\" or \"append\"")
    return problems


# --------------------------------------------------------------------------- helpers for parsers


def load_json(raw: bytes) -> Any:
    """Parse fetched JSON, or raise ValueError saying where it broke."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None


def require(item: dict, *keys: str, what: str = "a row") -> None:
    """Raise ValueError naming the first missing field: the response's shape changed."""
    for key in keys:
        if key not in item:
            raise ValueError(f"{what} has no {key!r} field; the response shape changed")


# --------------------------------------------------------------------------- fetch log and snapshots


@dataclass
class FetchRecord:
    source: str
    fetched_at: str  # ISO 8601, UTC
    url: str
    http_status: int | None = None
    bytes: int | None = None
    sha256: str | None = None
    path: str | None = None  # relative to the data folder
    error: str | None = None
    note: str | None = None

    @property
    def fetch_id(self) -> str:
        return (self.sha256 or "")[:16] + "@" + self.fetched_at


def read_fetch_log(paths: Paths) -> list[FetchRecord]:
    """The fetch log; a line torn by a crash mid-append is skipped, never fatal."""
    if not paths.fetch_log.exists():
        return []
    records = []
    for number, line in enumerate(paths.fetch_log.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(FetchRecord(**json.loads(line)))
        except (json.JSONDecodeError, TypeError) as exc:
            print(f"{paths.fetch_log}:{number}: fetch log: skipping an unreadable line ({exc})", file=sys.stderr)
    return records


def append_fetch_log(paths: Paths, record: FetchRecord) -> None:
    paths.fetch_log.parent.mkdir(parents=True, exist_ok=True)
    torn = False
    if paths.fetch_log.exists() and paths.fetch_log.stat().st_size:
        with paths.fetch_log.open("rb") as existing:
            existing.seek(-1, os.SEEK_END)
            torn = existing.read(1) != b"\n"  # a crash tore the last line: start a fresh one
    with paths.fetch_log.open("a", encoding="utf-8") as log:
        log.write(("\n" if torn else "") + json.dumps(asdict(record), ensure_ascii=False) + "\n")
        log.flush()
        os.fsync(log.fileno())


def store_snapshot(paths: Paths, source: str, raw: bytes, suffix: str, when: datetime) -> tuple[str, str]:
    """Keep raw bytes as data/raw/<source>/<time>-<sha>.<suffix>; return (relative path, sha256)."""
    digest = hashlib.sha256(raw).hexdigest()
    folder = paths.raw / source
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{when:%Y%m%dT%H%M%SZ}-{digest[:12]}.{suffix}"
    write_atomic(target, raw)
    return str(target.relative_to(paths.data)), digest


def write_atomic(target: Path, raw: bytes) -> None:
    """Write a file so that a crash leaves either the old file or the whole new one."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def snapshots(paths: Paths, source: str, log: list[FetchRecord]) -> list[FetchRecord]:
    """Good fetches of a source whose bytes are on disk, newest first."""
    kept = [r for r in log if r.source == source and r.path and not r.error
            and (paths.data / r.path).exists()]
    return sorted(kept, key=lambda r: r.fetched_at, reverse=True)


# --------------------------------------------------------------------------- running parsers


@dataclass
class SourceResult:
    name: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    bulk: Any = None  # an Arrow table from a BULK loader, inserted in one statement
    snapshot: FetchRecord | None = None
    status: str = "ok"
    problems: list[str] = field(default_factory=list)


def with_provenance(module: ModuleType, name: str, rows: Iterable[dict[str, Any]],
                    snap: FetchRecord) -> list[dict[str, Any]]:
    """Add the fields a loader never writes itself: where and when the row came from.

    Rows of an append-mode source also get `observed_on` (the fetch day) and an id
    suffixed with it, so each fetch adds a dated observation instead of replacing one.
    """
    fetched = datetime.fromisoformat(snap.fetched_at)
    origin: Origin = module.ORIGIN
    append = getattr(module, "MODE", "replace") == "append"
    out = []
    for row in rows:
        record = {
            "source": name, "url": origin.url, "fetch_id": snap.fetch_id,
            "accessed_on": fetched.date(), "producer": origin.producer, "outlet": origin.producer,
            "confidence": getattr(module, "CONFIDENCE", "A"), "preferred": True,
            "quote_lang": "en", **row,
        }
        if append:
            record["observed_on"] = fetched.date()
            record["id"] = f"{row['id']}@{fetched.date().isoformat()}"
        out.append(record)
    return out


def _parse_snapshot(paths: Paths, name: str, module: ModuleType, snap: FetchRecord) -> list[dict[str, Any]]:
    raw = (paths.data / snap.path).read_bytes()  # type: ignore[operator]
    rows = list(module.parse(raw))
    if not rows:
        raise ValueError("the snapshot holds zero rows")
    return with_provenance(module, name, rows, snap)


def bulk_provenance(module: ModuleType, name: str, snap: FetchRecord) -> dict[str, Any]:
    """The provenance every row of a BULK source shares, added in SQL rather than row by row."""
    fetched = datetime.fromisoformat(snap.fetched_at)
    return {"source": name, "fetch_id": snap.fetch_id, "observed_on": fetched.date(),
            "synthetic": bool(getattr(module, "BENCHMARK_ONLY", False))}


def parse_source(paths: Paths, name: str, module: ModuleType, log: list[FetchRecord]) -> SourceResult:
    """Rows for one source from what is on disk, and its status.

    Replace-mode sources serve the newest snapshot that parses (an older good one if the
    newest is bad). Append-mode sources serve every snapshot that parses, one dated
    observation per fetch, so history builds up.
    """
    result = SourceResult(name)
    candidates = snapshots(paths, name, log)
    append = getattr(module, "MODE", "replace") == "append"
    if getattr(module, "BULK", False):
        for snap in candidates:
            try:
                table = module.parse((paths.data / snap.path).read_bytes())  # type: ignore[operator]
                if table.num_rows == 0:
                    raise ValueError("the snapshot holds zero rows")
            except Exception as exc:  # reported like any parser failure
                result.problems.append(f"{snap.path}: {type(exc).__name__}: {exc}")
                continue
            result.bulk, result.snapshot = (table, bulk_provenance(module, name, snap)), snap
            break
        result.status = _status(name, module, log, result, candidates)
        return result
    by_id: dict[str, dict[str, Any]] = {}
    for snap in candidates:
        try:
            rows = _parse_snapshot(paths, name, module, snap)
        except Exception as exc:  # a parser may fail in any way on bad bytes; report and fall back
            result.problems.append(f"{snap.path}: {type(exc).__name__}: {exc}")
            continue
        result.snapshot = result.snapshot or snap
        for row in rows:
            by_id.setdefault(row["id"], row)  # newest first: an older fetch never overrides
        if not append:
            break
    result.rows = list(by_id.values())
    result.status = _status(name, module, log, result, candidates)
    return result


def _status(name: str, module: ModuleType, log: list[FetchRecord], result: SourceResult,
            candidates: list[FetchRecord]) -> str:
    attempts = sorted((r for r in log if r.source == name), key=lambda r: r.fetched_at)
    last = attempts[-1] if attempts else None
    missing = [key for key in getattr(module, "SECRETS", ()) if not os.environ.get(key)]
    if result.snapshot is None:
        if missing and not (last and last.error):
            return "skipped: needs " + ", ".join(missing)
        if last and last.error:
            return f"failed: {last.error}"
        if result.problems:
            return "failed: no snapshot could be parsed: " + "; ".join(result.problems)
        return f"not fetched yet: run `python -m loaders fetch {name}`"
    served = result.snapshot.fetched_at[:10]
    if last and last.error:
        return f"failed: {last.error} (serving the snapshot of {served})"
    if result.snapshot is not candidates[0]:
        return f"stale: the newest snapshot is unusable ({result.problems[0]}); serving the one of {served}"
    return "ok"


# --------------------------------------------------------------------------- fetching

HTML_START = (b"<!doctype html", b"<html", b"<head", b"<body")


@dataclass
class FetchOutcome:
    name: str
    status: str  # ok | unchanged | failed | skipped
    message: str = ""
    rows: int = 0

    @property
    def line(self) -> str:
        if self.status in ("ok", "unchanged"):
            return f"{self.name}: ok ({self.rows:,} rows{', unchanged since the last fetch' if self.status == 'unchanged' else ''})"
        return f"{self.name}: {self.status}: {self.message}"


def check_raw(module: ModuleType, raw: bytes) -> None:
    """Generic checks on fetched bytes, before the loader's own parser."""
    if not raw.strip():
        raise ValueError("the response body is empty")
    suffix = getattr(module, "SUFFIX", "json")
    if suffix not in ("html", "htm") and raw.lstrip()[:20].lower().startswith(HTML_START):
        raise ValueError(f"got an HTML page where {suffix.upper()} was expected (an error or login page?)")


def fetch_source(paths: Paths, name: str, module: ModuleType, http: Any,
                 now: datetime | None = None) -> FetchOutcome:
    """Fetch one source, keep its bytes and log the attempt. Never raises for a bad source:
    the failure is logged, and the previous snapshot stays the one the build serves."""
    from ._http import FetchError

    now = now or datetime.now(timezone.utc)
    missing = [key for key in getattr(module, "SECRETS", ()) if not os.environ.get(key)]
    if missing:
        return FetchOutcome(name, "skipped", "needs " + ", ".join(missing))
    record = FetchRecord(source=name, fetched_at=now.isoformat(timespec="seconds"), url=module.ORIGIN.url)
    raw: bytes | None = None
    rows = 0
    try:
        raw = module.fetch(http)
        record.http_status = getattr(http, "last_status", None)
        check_raw(module, raw)
        rows = len(list(module.parse(raw)))
        if rows == 0:
            raise ValueError("the response holds zero rows")
    except FetchError as exc:
        record.error = str(exc)
    except Exception as exc:  # the parser's complaint about the bytes, whatever its type
        record.error = f"{type(exc).__name__}: {exc}"
    log = read_fetch_log(paths)
    previous = snapshots(paths, name, log)
    unchanged = False
    if raw is not None:
        digest = hashlib.sha256(raw).hexdigest()
        record.bytes, record.sha256 = len(raw), digest
        if not record.error and previous and previous[0].sha256 == digest:
            record.path, unchanged = previous[0].path, True  # same bytes: log the observation, keep one file
        else:
            suffix = getattr(module, "SUFFIX", "json") + (".rejected" if record.error else "")
            record.path, _ = store_snapshot(paths, name, raw, suffix, now)
    append_fetch_log(paths, record)
    if record.error:
        return FetchOutcome(name, "failed", record.error)
    return FetchOutcome(name, "unchanged" if unchanged else "ok", rows=rows)


# --------------------------------------------------------------------------- the build

CURATED_ORIGIN = Origin(
    producer="Token Atlas contributors",
    title="Curated figures from published statements",
    url="data/curated/",
    license="CC BY 4.0 for the curation; quotes belong to their publishers",
    citation="Token Atlas curated figures; each row cites its original producer, outlet and URL",
)


def rate_table(rows: list[dict[str, Any]]) -> N.RateTable:
    return N.RateTable({r["date"]: Decimal(str(r["cny_per_usd"])) for r in rows
                        if r.get("rate_type") == "ecb_reference_cross"})


def build(paths: Paths | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Build data/tokens.duckdb from curated files and snapshots; swap it in atomically.

    Raises BuildError (curated problems listed FILE:LINE) and leaves the served database
    untouched when anything is wrong.
    """
    paths = paths or Paths()
    now = now or datetime.now(timezone.utc)
    try:
        curated = _curated.load_folder(paths.curated)
    except _curated.CuratedError as exc:
        raise BuildError(str(exc)) from None
    log = read_fetch_log(paths)
    try:
        modules = discover()
    except LoaderError as exc:
        raise BuildError(str(exc)) from None
    # Benchmark-only sources exist in a database only where their generated snapshot does.
    modules = {n: m for n, m in modules.items()
               if not getattr(m, "BENCHMARK_ONLY", False) or snapshots(paths, n, log)}
    results = {name: parse_source(paths, name, module, log) for name, module in modules.items()}

    loader_rows: dict[str, list[dict]] = {}
    for name, result in results.items():
        table = getattr(modules[name], "TABLE", None)
        if table and result.rows:
            loader_rows.setdefault(table, []).extend(result.rows)
    fx_rows = loader_rows.get("fx_rates", [])
    if not fx_rows:
        raise BuildError("no exchange rates: the ECB snapshot under data/raw/ecb_eurofxref/ is missing "
                         "or unreadable (" + results.get("ecb_eurofxref", SourceResult("?")).status + ")")
    try:
        normalized = _curated.normalize_tables(curated, rate_table(fx_rows))
    except _curated.CuratedError as exc:
        raise BuildError(str(exc)) from None

    tables = {t: list(normalized.get(t, [])) + loader_rows.get(t, []) for t in FACT_TABLES}
    tables["fetches"] = [{"fetch_id": r.fetch_id, **asdict(r),
                          "fetched_at": datetime.fromisoformat(r.fetched_at).replace(tzinfo=None)}
                         for r in log]
    tables["sources"] = _source_rows(results, modules, log, normalized)
    failed = sum(r.status.startswith("failed") for r in results.values())
    # "Data as of": the newest publication among the facts (forecasts look ahead, so
    # their as-of dates do not count).
    published = [r["published_on"] for t in ("token_volumes", "token_plans", "events")
                 for r in tables[t] if r.get("published_on")]
    tables["build_info"] = [{"built_at": now.replace(tzinfo=None), "data_as_of": max(published, default=None),
                             "sources_ok": len(results) + 1 - failed, "sources_failed": failed}]
    bulk = [(getattr(modules[n], "TABLE"), r.bulk) for n, r in results.items() if r.bulk is not None]
    target = _write_database(paths, tables, now, bulk)
    publish(paths, target)
    return {"database": str(paths.database), "version": str(target),
            "rows": {t: len(r) + sum(a.num_rows for bt, (a, _) in bulk if bt == t) for t, r in tables.items()},
            "sources": {n: r.status for n, r in results.items()}}


def _source_rows(results: dict[str, SourceResult], modules: dict[str, ModuleType],
                 log: list[FetchRecord], curated: dict[str, list[dict]]) -> list[dict]:
    rows = [{
        "source": "curated", "kind": "curated",
        "description": "Hand-entered figures from press conferences, filings and articles, each with URL and quote",
        **asdict(CURATED_ORIGIN), "secrets": None,
        "row_count": sum(len(r) for r in curated.values()),
        "last_fetch_at": None, "last_ok_at": None, "status": "ok", "snapshot": "data/curated/",
    }]
    for name, result in results.items():
        module = modules[name]
        attempts = [r for r in log if r.source == name]
        last = max(attempts, key=lambda r: r.fetched_at, default=None)
        good = [r for r in attempts if not r.error]
        rows.append({
            "source": name, "kind": "loader",
            "description": (module.__doc__ or "").strip().splitlines()[0],
            **asdict(module.ORIGIN), "secrets": ",".join(getattr(module, "SECRETS", ())) or None,
            "row_count": result.bulk[0].num_rows if result.bulk is not None else len(result.rows),
            "last_fetch_at": _ts(last.fetched_at) if last else None,
            "last_ok_at": _ts(max(r.fetched_at for r in good)) if good else None,
            "status": result.status, "snapshot": result.snapshot.path if result.snapshot else None,
        })
    return rows


def _ts(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=None)


def _write_database(paths: Paths, tables: dict[str, list[dict]], now: datetime,
                    bulk: list[tuple[str, tuple[Any, dict[str, Any]]]] = ()) -> Path:
    paths.versions.mkdir(parents=True, exist_ok=True)
    target = paths.versions / f"tokens-{now:%Y%m%dT%H%M%S%fZ}-{os.getpid()}.duckdb"
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    con = duckdb.connect(str(partial))
    try:
        con.execute(SCHEMA.read_text(encoding="utf-8"))
        con.execute("SET enable_progress_bar = false")
        con.execute("SET preserve_insertion_order = false")  # faster bulk inserts; no query relies on row order
        for table, rows in tables.items():
            if rows:
                df = pd.DataFrame(rows)
                if table in BY_REFERENCE:
                    # Provenance by reference: keep the table's own columns; URL, producer and
                    # the rest live once in sources and fetches.
                    known = {c for (c,) in con.execute("SELECT column_name FROM information_schema.columns "
                                                       "WHERE table_name = ?", [table]).fetchall()}
                    df = df[[c for c in df.columns if c in known]]
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM df")
        for table, (arrow, provenance) in bulk:
            con.register("bulk_rows", arrow)
            constants = ", ".join(f"${key} AS {key}" for key in provenance)
            con.execute(f"INSERT INTO {table} BY NAME SELECT *, {constants} FROM bulk_rows", provenance)
            con.unregister("bulk_rows")
        missing = con.execute("""
            SELECT 'token_volumes' AS t, id FROM token_volumes WHERE url = '' OR quote = ''
            UNION ALL SELECT 'token_plans', id FROM token_plans WHERE url = '' OR quote = ''
            UNION ALL SELECT 'events', id FROM events WHERE url = '' OR quote = ''
            UNION ALL SELECT 'fx_rates', id FROM fx_rates WHERE url = '' OR quote = ''
            UNION ALL SELECT 'model_usage', source FROM model_usage
                WHERE source NOT IN (SELECT source FROM sources) LIMIT 5
        """).fetchall()
        if missing:
            raise BuildError(f"rows without URL or quote: {missing}")
        con.execute("CHECKPOINT")
    except duckdb.Error as exc:
        con.close()
        partial.unlink(missing_ok=True)
        raise BuildError(f"the database could not be written: {exc}") from None
    except BaseException:
        con.close()
        partial.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(partial, target)
    return target


def publish(paths: Paths, target: Path) -> None:
    """Point data/tokens.duckdb at `target` in one atomic rename; keep the previous version.

    Readers that hold the old file keep reading it; new connections get the new one.
    Versions older than the previous one are deleted.
    """
    link = paths.database
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    os.symlink(os.path.relpath(target, link.parent), tmp)
    previous = link.resolve() if link.is_symlink() else None
    if link.exists() and not link.is_symlink():
        # An older layout kept a plain file here; keep it as a version before replacing.
        os.replace(link, paths.versions / "tokens-legacy.duckdb")
    os.replace(tmp, link)
    keep = {target.resolve()} | ({previous} if previous else set())
    for old in paths.versions.glob("tokens-*.duckdb"):
        if old.resolve() not in keep:
            old.unlink(missing_ok=True)
    for stale in paths.versions.glob("*.partial"):
        if stale.stat().st_mtime < target.stat().st_mtime - 3600:
            stale.unlink(missing_ok=True)
