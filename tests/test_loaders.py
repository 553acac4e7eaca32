"""Live loaders against a real local HTTP server: the contract, each source's quirks, the client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from loaders import _core
from loaders._http import Http, mirrored

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
LOADERS = _core.discover()
UNITS = {  # what each table's rows must carry, with the unit in the column name
    "fx_rates": ("date", "cny_per_usd"),
    "population": ("year", "value"),
    "api_prices": ("model", "input_usd_per_million", "output_usd_per_million"),
    "model_usage": ("date", "model", "tokens"),
    "quote_checks": ("status", "checked_url"),
}


def test_discovery_finds_loaders():
    assert len(LOADERS) > 0
    assert {"ecb_eurofxref", "fred_dexchus", "worldbank_population", "litellm_prices", "openrouter_models",
            "openrouter_rankings", "quote_check"} <= set(LOADERS)


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_loader_contract(name, sources, data_env, monkeypatch):
    """Every discovered loader: docstring, complete ORIGIN, a fixture, and fetch -> parse rows with units."""
    module = LOADERS[name]
    assert _core.contract_problems(name, module) == []
    if getattr(module, "BENCHMARK_ONLY", False):
        # Generated, never fetched: its "fixture" is the generator itself.
        import io
        import pyarrow.parquet as pq
        from loaders._http import FetchError
        sys.path.insert(0, str(ROOT / "bench"))
        import synthetic
        with pytest.raises(FetchError, match="generated, not fetched"):
            module.fetch(None)
        buffer = io.BytesIO()
        pq.write_table(synthetic.generate(1000), buffer)
        table = module.parse(buffer.getvalue())
        assert table.num_rows > 0 and set(UNITS[module.TABLE]) <= set(table.column_names)
        return
    assert (FIXTURES / name / "routes.toml").exists(), f"tests/fixtures/{name}/routes.toml is missing"
    for key in getattr(module, "SECRETS", ()):
        monkeypatch.setenv(key, "test-key")
    http = Http(cache_path=str(data_env.data / "http-cache"))
    raw = module.fetch(http)
    rows = list(module.parse(raw))
    assert rows, name
    for column in ("id", *UNITS[module.TABLE]):
        assert all(row.get(column) is not None for row in rows), (name, column)
    assert all(row.get("quote") for row in rows), "every row keeps the raw values it came from"


def test_contract_problems_name_file_and_field():
    import types
    broken = types.ModuleType("loaders.broken")
    broken.__file__ = "loaders/broken.py"
    problems = _core.contract_problems("broken", broken)
    assert "loaders/broken.py:1: docstring: missing; say in one line what the source is" in problems
    assert any(p.startswith("loaders/broken.py:1: ORIGIN: missing") for p in problems)
    assert any(p.startswith("loaders/broken.py:1: fetch: missing") for p in problems)


# --------------------------------------------------------------------------- source quirks


def test_ecb_cross_rate_and_missing_values():
    rows = list(LOADERS["ecb_eurofxref"].parse((FIXTURES / "ecb_eurofxref" / "eurofxref-hist.zip").read_bytes()))
    by_day = {r["date"]: r for r in rows}
    assert by_day[date(2019, 4, 10)]["cny_per_usd"] == pytest.approx(7.5758 / 1.1279)
    assert by_day[date(2025, 2, 24)]["cny_per_usd"] == pytest.approx(7.5879 / 1.0466)


def test_ecb_refuses_a_renamed_column():
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("eurofxref-hist.csv", "Date,US_DOLLAR,CNY,\n2026-01-02,1.1,7.7,\n")
    with pytest.raises(ValueError, match="column 'USD' is missing"):
        list(LOADERS["ecb_eurofxref"].parse(buf.getvalue()))


@pytest.mark.parametrize("fixture, first, count", [
    ("fredgraph_DEXCHUS.csv", (date(2020, 12, 23), 6.54), 2),
    ("fredgraph_DEXCHUS_old_header.csv", (date(1981, 2, 11), 1.6059), 2),
])
def test_fred_accepts_both_headers_and_both_missing_markers(fixture, first, count):
    rows = list(LOADERS["fred_dexchus"].parse((FIXTURES / "fred_dexchus" / fixture).read_bytes()))
    assert len(rows) == count
    assert (rows[0]["date"], rows[0]["cny_per_usd"]) == first
    assert all(not r["preferred"] for r in rows), "the ECB stays the rate used for conversions"


def test_fred_sorts_and_keeps_the_last_of_a_repeated_date():
    raw = b"observation_date,DEXCHUS\n2030-01-03,6.82\n2030-01-01,6.80\n2030-01-02,.\n2030-01-03,6.83\n"
    rows = list(LOADERS["fred_dexchus"].parse(raw))
    assert [(r["date"].isoformat(), r["cny_per_usd"]) for r in rows] == [("2030-01-01", 6.80), ("2030-01-03", 6.83)]


def test_world_bank_error_envelope_with_http_200_is_an_error():
    with pytest.raises(ValueError, match="120 Invalid value: The provided parameter value is not valid"):
        list(LOADERS["worldbank_population"].parse((FIXTURES / "worldbank_population" / "error_120.json").read_bytes()))


def test_world_bank_skips_the_unpublished_newest_year():
    rows = list(LOADERS["worldbank_population"].parse(
        (FIXTURES / "worldbank_population" / "CHN_SP.POP.TOTL.json").read_bytes()))
    assert [(r["year"], r["value"]) for r in rows] == [(2023, 336755052.0), (2022, 333996304.0)]


def test_litellm_skips_sample_spec_and_non_chat_models():
    raw = (FIXTURES / "litellm_prices" / "model_prices_and_context_window.json").read_bytes()
    rows = {r["model"]: r for r in LOADERS["litellm_prices"].parse(raw)}
    assert "sample_spec" not in rows and "text-embedding-3-large" not in rows
    deepseek = rows["deepseek/deepseek-chat"]
    entry = json.loads(raw)["deepseek/deepseek-chat"]
    assert deepseek["input_usd_per_million"] == pytest.approx(entry["input_cost_per_token"] * 1e6)
    assert deepseek["vendor"] == "DeepSeek" and deepseek["vendor_country"] == "CN"
    assert rows["dashscope/qwen-max"]["vendor"].startswith("Qwen")


def test_openrouter_follows_links_next_and_reads_string_prices(sources, data_env):
    http = Http(cache_path=str(data_env.data / "http-cache"))
    raw = LOADERS["openrouter_models"].fetch(http)
    assert any("offset=1&limit=1" in path for path, _ in sources.hits)
    rows = {r["model"]: r for r in LOADERS["openrouter_models"].parse(raw)}
    assert set(rows) == {"xiaomi/mimo-v2.5", "deepseek/deepseek-chat"}
    assert rows["xiaomi/mimo-v2.5"]["input_usd_per_million"] == pytest.approx(0.105)
    assert rows["xiaomi/mimo-v2.5"]["output_usd_per_million"] == pytest.approx(0.28)


def test_openrouter_rankings_is_skipped_without_a_key(data_env, monkeypatch):
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    outcome = _core.fetch_source(data_env, "openrouter_rankings", LOADERS["openrouter_rankings"], http=None)
    assert (outcome.status, outcome.line) == ("skipped", "openrouter_rankings: skipped: needs OPENROUTER_API_KEY")
    summary = _core.build(data_env)
    assert summary["sources"]["openrouter_rankings"] == "skipped: needs OPENROUTER_API_KEY"


def test_openrouter_rankings_keeps_the_required_citation(sources, data_env, monkeypatch):
    monkeypatch.setenv("OPENROUTER_API_KEY", "test-key")
    http = Http(cache_path=str(data_env.data / "http-cache"))
    rows = list(LOADERS["openrouter_rankings"].parse(LOADERS["openrouter_rankings"].fetch(http)))
    assert any(headers.get("Authorization") == "Bearer test-key" for _, headers in sources.hits)
    assert {r["note"] for r in rows} == {"Source: OpenRouter (openrouter.ai/rankings), as of 2026-05-12T02:00:00Z."}
    assert rows[0]["tokens"] == 12345678 and rows[0]["provider"] == "OpenAI"


def test_quote_check_records_verified_missing_and_link_rot(sources, data_env):
    http = Http(cache_path=str(data_env.data / "http-cache"))
    rows = {r["id"]: r for r in LOADERS["quote_check"].parse(LOADERS["quote_check"].fetch(http))}
    assert rows["cn-2026-03-nda-yicai"]["status"] == "verified"
    assert rows["government-work-report-2026"]["status"] == "verified"  # curly quotes and &rsquo; match
    assert rows["openai-2025-10"]["status"] == "quote missing"
    assert rows["cn-2024-01-nda"]["status"] == "link rot" and rows["cn-2024-01-nda"]["http_status"] == 404


# --------------------------------------------------------------------------- the HTTP client


def test_mirror_rewrites_scheme_and_host_into_the_path():
    assert mirrored("https://example.org/a/b?c=d", "http://127.0.0.1:8000") == "http://127.0.0.1:8000/example.org/a/b?c=d"
    assert mirrored("https://example.org/a/b?c=d", None) == "https://example.org/a/b?c=d"


def test_client_sends_a_user_agent_and_revalidates_with_etag(sources, data_env):
    module = LOADERS["fred_dexchus"]
    http = Http(cache_path=str(data_env.data / "http-cache"))
    first = _core.fetch_source(data_env, "fred_dexchus", module, http)
    second = _core.fetch_source(data_env, "fred_dexchus", module, http)
    assert (first.status, second.status) == ("ok", "unchanged")
    fred = [headers for path, headers in sources.hits if "fredgraph" in path]
    assert fred[0]["User-Agent"].startswith("TokenAtlas/")
    assert "If-None-Match" in fred[1], "the second request is conditional"
    log = [r for r in _core.read_fetch_log(data_env) if r.source == "fred_dexchus"]
    assert len(log) == 2 and log[0].path == log[1].path, "same bytes: one file, two logged observations"


def test_client_honours_retry_after_then_succeeds(sources, data_env):
    url = LOADERS["fred_dexchus"].ORIGIN.url
    sources.fault(url, status=429, retry_after=1, times=1)
    http = Http(cache_path=str(data_env.data / "http-cache"))
    import time
    started = time.monotonic()
    assert http.get(url).status == 200
    assert time.monotonic() - started >= 0.9, "waited as Retry-After asked"


# --------------------------------------------------------------------------- the command


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "loaders", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def test_fetch_refreshes_every_source_then_builds(sources, data_env):
    run = run_cli("fetch", env={"OPENROUTER_API_KEY": "test-key"})
    assert run.returncode == 0, run.stdout + run.stderr
    for name, module in LOADERS.items():
        if not getattr(module, "BENCHMARK_ONLY", False):
            assert f"  {name}: ok (" in run.stdout, name
    assert "synthetic_usage" not in run.stdout, "benchmark-only sources are never fetched"
    assert "Traceback" not in run.stderr
    with duckdb.connect(str(data_env.database), read_only=True) as con:
        statuses = dict(con.execute("SELECT source, status FROM sources").fetchall())
        assert all(status == "ok" for status in statuses.values()), statuses
        assert "synthetic_usage" not in statuses, "no synthetic source in a real database"
        assert con.execute("SELECT count(*) FROM population").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM model_usage").fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM fx_rates WHERE source = 'fred_dexchus'").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM quote_checks WHERE status = 'verified'").fetchone()[0] >= 2


def test_fetch_offline_builds_from_snapshots_without_a_network(data_env):
    run = run_cli("fetch", "--offline", env={"TOKENS_MIRROR": "http://127.0.0.1:9"})
    assert run.returncode == 0, run.stderr
    assert "offline: no fetching" in run.stdout and data_env.database.exists()


def test_fetch_reports_a_failure_and_exits_non_zero(sources, data_env):
    sources.fault(LOADERS["fred_dexchus"].ORIGIN.url, status=503)
    run = run_cli("fetch", "fred_dexchus", "ecb_eurofxref")
    assert run.returncode == 1
    assert ("fred_dexchus: failed: fred.stlouisfed.org (via the mirror 127.0.0.1:"
            in run.stdout) and "kept answering with an error after 1 retry (HTTP 5xx server errors)" in run.stdout
    assert "ecb_eurofxref: ok" in run.stdout


def test_fetch_rejects_unknown_source_names(data_env):
    run = run_cli("fetch", "nonsense")
    assert run.returncode == 2 and "unknown source(s): nonsense" in run.stderr
