"""Every page, rendered server-side with Streamlit's AppTest against a real built database."""

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def run(page: str | None = None, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    return "\n".join(parts).replace("\\", "")


def chart_specs(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def test_growth_headline_shows_140_trillion_and_its_source(app_db):
    at = run()
    headline = at.metric[0]
    assert headline.value == "over 140 trillion" and "March 2026" in headline.label
    assert "Source: National Data Administration, via Yicai Global, 24 March 2026" in texts(at)
    assert at.metric[1].value == "1,400×"
    spec = chart_specs(at)[0]
    names = {trace.get("name") for trace in spec["data"]}
    assert "China (national)" in names and "China (national): other reports" in names
    assert "rose from 100 billion tokens a day in January 2024 to over 140 trillion in March 2026" in texts(at)


def test_growth_view_state_comes_from_the_url(app_db):
    at = run(params={"scale": "linear", "view": "index", "series": "China (national),OpenAI (API)"})
    assert at.radio(key="scale").value == "linear"
    assert at.radio(key="view").value == "index"
    assert at.multiselect(key="series").value == ["China (national)", "OpenAI (API)"]
    spec = chart_specs(at)[0]
    assert spec["layout"]["yaxis"]["type"] == "linear"
    at.radio(key="scale").set_value("log").run()
    assert at.query_params["scale"] in ("log", ["log"])


def test_growth_calculator_shows_multiple_rate_and_doubling_time(app_db):
    at = run()
    labels = {m.label: m.value for m in at.metric}
    assert labels["Multiple"] == "1,400×"
    assert labels["Doubling time"].endswith("days")
    assert any("140 trillion ÷ 100 billion = 1,400×" in c.value for c in at.code)


def test_pricing_shows_0_99_yuan_per_million_for_the_9_9_plan(app_db):
    at = run("app_pages/pricing.py")
    spec = chart_specs(at)[0]
    bars = spec["data"][0]
    labels = dict(zip(bars["y"], bars["text"]))
    assert labels["China Telecom · Personal & family, light"] == "0.99 CNY"
    assert "ECB reference rate" in texts(at)
    coding = next(d.value for d in at.dataframe if "quota_unit" in d.value.columns and "requests_included" in d.value.columns)
    assert set(coding["quota_unit"]) <= {"requests", "plan"} and len(coding) > 0


def test_pricing_in_usd_uses_the_dated_rate(app_db):
    at = run("app_pages/pricing.py")
    at.radio(key="currency").set_value("USD").run()
    bars = chart_specs(at)[0]["data"][0]
    text = dict(zip(bars["y"], bars["text"]))["China Telecom · Personal & family, light"]
    assert text.endswith("USD") and 0.1 < float(text.split()[0]) < 0.2


def test_timeline_shows_alibaba_commitment_in_both_currencies(app_db):
    at = run("app_pages/timeline.py")
    body = texts(at)
    assert "more than 380 billion yuan = 380.0 billion CNY" in body
    assert "billion USD at 7.25" in body
    at.multiselect(key="kinds").set_value(["export"]).run()
    assert "3 export" in texts(at)


def test_sources_page_lists_sources_and_searches_figures(app_db):
    at = run("app_pages/sources.py")
    sources = at.dataframe[0].value
    assert {"curated", "ecb_eurofxref"} <= set(sources["source"])
    total = len(at.dataframe[1].value)
    at.text_input(key="q").input("Doubao").run()
    figures = at.dataframe[1].value
    assert 0 < len(figures) < total
    assert all("doubao" in " ".join(map(str, row)).lower() for row in figures.itertuples())
    assert at.query_params["q"] in ("Doubao", ["Doubao"])


def test_missing_database_shows_the_command_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("TOKENS_DB", str(tmp_path / "nothing.duckdb"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "There is no database" in at.error[0].value
    assert "loaders build" in at.code[0].value


def test_footer_says_data_as_of_and_source_counts(app_db):
    import duckdb
    with duckdb.connect(str(app_db), read_only=True) as con:
        total, failed = con.execute("SELECT count(*), count(*) FILTER (WHERE status LIKE 'failed%') "
                                    "FROM sources").fetchone()
        newest = con.execute("SELECT max(published_on) FROM token_volumes").fetchone()[0]
    at = run()
    footer = f"Data as of {newest.day} {newest:%B %Y} · {total} sources · {failed} failed at last refresh"
    assert any(c.value.startswith(footer) for c in at.caption), [c.value for c in at.caption][-1]


def test_source_text_is_never_rendered_as_markup():
    from app_pages import _charts, _common
    assert _charts.esc("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert _common.md_text("[click](javascript:x) <img>") == "\\[click\\](javascript:x) \\<img\\>"


def test_pricing_shows_api_list_prices_for_context(app_db):
    at = run("app_pages/pricing.py")
    specs = chart_specs(at)
    api = next(s for s in specs if "API list prices" in s["layout"]["title"]["text"])
    names = {t["name"] for t in api["data"]}
    assert "DeepSeek (CN)" in names and "OpenAI (US)" in names


def test_a_rebuilt_database_is_picked_up_without_restarting(data_copy, monkeypatch):
    from loaders import _core
    _core.build(data_copy)
    monkeypatch.setenv("TOKENS_DB", str(data_copy.database))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert at.metric[0].value == "over 140 trillion"
    curated = data_copy.curated / "token_volumes.toml"
    curated.write_text(curated.read_text(encoding="utf-8").replace(
        'value_published = "exceeded 140 trillion"', 'value_published = "140 trillion"', 1), encoding="utf-8")
    _core.build(data_copy)
    at.run()
    assert not at.exception
    assert at.metric[0].value == "140 trillion", "the new figure is shown, no longer a lower bound"
