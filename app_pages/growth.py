"""Growth: how fast is token use growing in China, and how does it compare with the big providers?"""

from __future__ import annotations

import os

import pandas as pd
import streamlit as st

from app_pages import _charts, _common, _exports
from loaders._normalize import QUALIFIER_WORDS_EN, annual_growth, doubling_time_days, human, multiple

VOLUMES_SQL = """
    SELECT * FROM token_volumes
    WHERE measure IN ('reported', 'estimate')
    ORDER BY as_of_date, preferred DESC
"""
NOT_DRAWN_SQL = """
    SELECT entity, measure, value_published, unit_published, as_of_label, tokens_per_day, confidence, url
    FROM token_volumes WHERE measure NOT IN ('reported', 'estimate') ORDER BY as_of_date
"""
EVENTS_SQL = """
    SELECT id, kind, title, date_date, date_label FROM events
    WHERE date_date BETWEEN ? AND ? ORDER BY date_date
"""
POPULATION_SQL = """
    SELECT value, year, producer FROM population WHERE country = 'CHN' ORDER BY year DESC LIMIT 1
"""
# The Models view: every aggregation runs in DuckDB; only the plotted series reach pandas.
USAGE_SPAN_SQL = "SELECT count(*) AS n, min(date) AS first, max(date) AS last FROM {table}"
TOP_SQL = """
    WITH per AS (SELECT date_trunc($grain, date) AS period, {column} AS name, sum(tokens) AS tokens
                 FROM {table} GROUP BY ALL),
    top AS (SELECT name FROM per GROUP BY name ORDER BY sum(tokens) DESC LIMIT $n)
    SELECT period, CASE WHEN name IN (SELECT name FROM top) THEN name ELSE 'all other' END AS name,
           sum(tokens) AS tokens
    FROM per GROUP BY ALL ORDER BY period
"""
COUNTRY_SQL = """
    SELECT date_trunc($grain, date) AS period, coalesce(provider_country, 'unknown') AS country,
           sum(tokens) AS tokens
    FROM {table} GROUP BY ALL ORDER BY period
"""
CURATED_WEEKLY_SQL = """
    SELECT * FROM token_volumes WHERE series IN ('openrouter_cn_models', 'openrouter_us_models') AND preferred
    ORDER BY as_of_start
"""
MAX_POINTS = 400  # periods per series: more than a screen can show is downsampled to a coarser grain
NATIONAL = "China (national)"
DEFAULT_ENTITIES = [NATIONAL, "Google (all surfaces)", "OpenAI (API)", "ByteDance Doubao (Volcano Engine)",
                    "Microsoft (Azure AI Foundry)", "OpenRouter (all models)"]
TABLE_COLUMNS = ["entity", "as_of_label", "value_published", "unit_published", "qualifier", "tokens_per_day",
                 "tokens_per_day_formula", "preferred", "confidence", "producer", "outlet", "published_on", "url"]

st.title("Growth of token use")
st.caption("China's National Data Administration reports daily token use; providers publish their own "
           "volumes per minute, day, week, month or quarter. All are shown here as tokens per day; hover over a "
           "point for its quote and source.")

df_all = _common.query(VOLUMES_SQL)
national = df_all[(df_all["series"] == "china_national") & df_all["preferred"]].sort_values("as_of_date")

# ---------------------------------------------------------------- headline cards
latest, baseline = national.iloc[-1], national.iloc[0]
ratio = multiple(latest["tokens_per_day"], baseline["tokens_per_day"])
growth = annual_growth(baseline["tokens_per_day"], latest["tokens_per_day"],
                       baseline["as_of_date"], latest["as_of_date"])
card1, card2, card3 = st.columns(3)
with card1:
    st.metric(f"China, tokens per day, {latest['as_of_label']}",
              f"{QUALIFIER_WORDS_EN[latest['qualifier']]}{human(latest['tokens_per_day'])}".strip(),
              help="Daily average token calls, as published.")
    st.caption(_common.md_text(_charts.source_line(national.tail(1))))
with card2:
    st.metric(f"Multiple of {baseline['as_of_label']}", f"{ratio.value:,.0f}×",
              help="Derived from the two published figures.")
    st.caption(_common.md_text(f"Derived: {ratio.formula}. {_charts.source_line(national.head(1))}"))
with card3:
    people = _common.query(POPULATION_SQL)
    if not people.empty:
        person = people.iloc[0]
        per_person = latest["tokens_per_day"] / person["value"]
        st.metric("Tokens per person per day", f"{QUALIFIER_WORDS_EN[latest['qualifier']]}{per_person:,.0f}".strip(),
                  help="Derived from the latest national figure and the population.")
        st.caption(_common.md_text(f"Derived: {human(latest['tokens_per_day'])} ÷ population "
                                   f"{human(person['value'])} ({person['producer']}, {person['year']})."))
    else:
        st.metric("Average annual growth since " + baseline["as_of_label"], f"{growth.value * 100:,.0f}%")
        st.caption(_common.md_text("Derived: " + growth.formula))

st.caption("Ready to paste (every number read from the database):")
st.code(_exports.growth_sentence(latest, baseline), language=None, wrap_lines=True)

# ---------------------------------------------------------------- controls (state in the URL)
entities = list(dict.fromkeys(df_all["entity"]))
months = pd.period_range(df_all["as_of_date"].min(), df_all["as_of_date"].max(), freq="M").astype(str).tolist()
left, mid, right = st.columns([3, 1, 1])
with left:
    chosen = st.multiselect("Series", entities, default=_common.url_choices("series", entities, DEFAULT_ENTITIES),
                            key="series")
with mid:
    scale = st.radio("Scale", ["log", "linear"], index=["log", "linear"].index(
        _common.url_choice("scale", ["log", "linear"], "log")), key="scale", horizontal=True)
    view = st.radio("View", ["per day", "index"], key="view", horizontal=True,
                    index=["per day", "index"].index(_common.url_choice("view", ["per day", "index"], "per day")),
                    help="Index: each series divided by its first figure; for China, × early 2024.")
with right:
    others = st.checkbox("Show other reports", key="others",
                         value=_common.url_choice("others", ["1", "0"], "1") == "1",
                         help="Conflicting or repeated reports of the same figure, drawn hollow.")
    show_events = st.checkbox("Show events", key="events",
                              value=_common.url_choice("events", ["1", "0"], "1") == "1")
default_range = (months[0], months[-1])
start, end = st.select_slider("Dates", options=months, key="range", value=(
    _common.url_choice("from", months, default_range[0]), _common.url_choice("to", months, default_range[1])))
_common.set_url(series=chosen, scale=scale, view=view, others="1" if others else "0",
                events="1" if show_events else "0", **{"from": start, "to": end})

# ---------------------------------------------------------------- the chart
first_points = df_all[df_all["preferred"]].sort_values("as_of_date").groupby("entity")["tokens_per_day"].first()
df = df_all[df_all["entity"].isin(chosen)].copy()
df["index"] = df["tokens_per_day"] / df["entity"].map(first_points)
lo, hi = pd.Period(start, "M").start_time, pd.Period(end, "M").end_time
df = df[(pd.to_datetime(df["as_of_date"]) >= lo) & (pd.to_datetime(df["as_of_date"]) <= hi)]
if not others:
    df = df[df["preferred"]]
events = _common.query(EVENTS_SQL, [lo.date(), hi.date()]) if show_events else None

if df.empty:
    st.info("No figures match this selection. Pick at least one series and widen the dates.")
else:
    fig = _common.figure(_charts.growth_figure, df, log_scale=scale == "log", index=view == "index", events=events)
    only_china = set(df["entity"]) == {NATIONAL}
    _common.chart_block(fig, df, key="growth_chart", alt_text=_charts.growth_alt_text(df, view == "index"),
                        sources=df[df["preferred"]], table_columns=TABLE_COLUMNS + (["index"] if view == "index" else []),
                        slug="china-daily-tokens" if only_china else "daily-tokens", full=df_all,
                        as_of=df[df["preferred"]]["as_of_date"].max(),
                        units={"tokens_per_day": "tokens per day", "value": "tokens per `period`, as published",
                               "index": "multiple of the series' first figure"})

# ---------------------------------------------------------------- growth between two points
st.subheader("Growth between two figures")
points = df_all[df_all["preferred"] & df_all["entity"].isin(chosen or [NATIONAL])].sort_values("as_of_date")
labels = {r["id"]: f"{r['entity']} · {r['as_of_label']} · {r['value_published']}" for _, r in points.iterrows()}
ids = list(labels)
if len(ids) >= 2:
    default_a = baseline["id"] if baseline["id"] in ids else ids[0]
    default_b = latest["id"] if latest["id"] in ids else ids[-1]
    c1, c2 = st.columns(2)
    a = c1.selectbox("From", ids, format_func=labels.get, key="from_point",
                     index=ids.index(_common.url_choice("a", ids, default_a)))
    b = c2.selectbox("To", ids, format_func=labels.get, key="to_point",
                     index=ids.index(_common.url_choice("b", ids, default_b)))
    _common.set_url(a=a, b=b)
    pa, pb = points.set_index("id").loc[a], points.set_index("id").loc[b]
    if pb["as_of_date"] <= pa["as_of_date"]:
        st.info("Pick a second figure that comes after the first.")
    else:
        m = multiple(pb["tokens_per_day"], pa["tokens_per_day"])
        g = annual_growth(pa["tokens_per_day"], pb["tokens_per_day"], pa["as_of_date"], pb["as_of_date"])
        k1, k2, k3 = st.columns(3)
        k1.metric("Multiple", f"{m.value:,.4g}×")
        k2.metric("Annual growth rate", f"{g.value * 100:,.0f}%")
        if pb["tokens_per_day"] > pa["tokens_per_day"]:
            d = doubling_time_days(pa["tokens_per_day"], pb["tokens_per_day"], pa["as_of_date"], pb["as_of_date"])
            k3.metric("Doubling time", f"{d.value:,.0f} days")
            formulas = [m.formula, g.formula, d.formula]
        else:
            k3.metric("Doubling time", "none (no growth)")
            formulas = [m.formula, g.formula]
        st.code("\n".join(formulas), language=None)
        if "lower_bound" in (pa["qualifier"], pb["qualifier"]):
            st.caption("One of the figures is a lower bound ('over …'), so the true change may differ: "
                       "a lower-bound end point means growth was at least this.")
        if pa["entity"] != pb["entity"]:
            st.warning("These figures measure different things (different series); compare with care.")
else:
    st.info("Choose series with at least two figures to compute growth.")

# ---------------------------------------------------------------- models
st.subheader("Models")
# Synthetic rows exist only in benchmark databases; the benchmark asks to see them, flagged.
synthetic = os.environ.get("TOKENS_SHOW_SYNTHETIC") == "1"
usage_table = "model_usage" if synthetic else "real_model_usage"
span = _common.query(USAGE_SPAN_SQL.format(table=usage_table)).iloc[0]
if span["n"] == 0:
    st.info("No model-level usage is loaded: the OpenRouter rankings loader needs OPENROUTER_API_KEY "
            "(`python -m loaders fetch openrouter_rankings`). What is published: the weekly totals of "
            "Chinese and US models on OpenRouter.")
    weekly = _common.query(CURATED_WEEKLY_SQL)
    _common.chart_block(_common.figure(_charts.weekly_country_figure, weekly), weekly, key="weekly_country",
                        alt_text=f"Bar chart of {len(weekly)} published weekly totals of Chinese and US models "
                                 "on OpenRouter.", sources=weekly, full=weekly, as_of=weekly["as_of_date"].max(),
                        table_columns=["entity", "as_of_label", "value_published", "value", "confidence", "outlet",
                                       "url"], slug="openrouter-china-us-weekly")
else:
    if synthetic:
        st.warning("SYNTHETIC benchmark data: generated to measure speed, not measured usage. Never cite it.")
    m1, m2, m3 = st.columns(3)
    by = m1.radio("By", ["model", "provider"], horizontal=True, key="by",
                  index=["model", "provider"].index(_common.url_choice("by", ["model", "provider"], "provider")))
    grain = m2.radio("Per", ["day", "week", "month"], horizontal=True, key="grain",
                     index=["day", "week", "month"].index(_common.url_choice("grain", ["day", "week", "month"], "week")))
    top_n = m3.select_slider("Top", [5, 10, 20], key="top",
                             value=int(_common.url_choice("top", ["5", "10", "20"], "10")))
    _common.set_url(by=by, grain=grain, top=str(top_n))
    days = (pd.Timestamp(span["last"]) - pd.Timestamp(span["first"])).days + 1
    shown_grain = grain
    for coarser, length in (("week", 7), ("month", 30)):
        if {"day": 1, "week": 7, "month": 30}[shown_grain] < length and days / {"day": 1, "week": 7, "month": 30}[shown_grain] > MAX_POINTS:
            shown_grain = coarser
    if shown_grain != grain:
        st.caption(f"{days:,} days are too many points per {grain} for a screen; shown per {shown_grain}.")
    top = _common.query(TOP_SQL.format(table=usage_table, column=by), {"grain": shown_grain, "n": top_n})
    shares = _common.query(COUNTRY_SQL.format(table=usage_table), {"grain": shown_grain})
    sources = _common.query("SELECT producer, title AS outlet, NULL AS published_on, url, license FROM sources "
                            "WHERE source IN (SELECT DISTINCT source FROM " + usage_table + ")")
    _common.chart_block(_common.figure(_charts.models_figure, top, by, shown_grain, synthetic), top, key="models_chart",
                        alt_text=f"Stacked area chart of tokens per {shown_grain} for the top {top_n} {by}s and all "
                                 f"other, {len(top['period'].unique())} periods.", sources=sources, full=top,
                        as_of=top["period"].max(), table_columns=["period", "name", "tokens"],
                        slug=f"tokens-by-{by}", units={"tokens": f"tokens per {shown_grain}"})
    _common.chart_block(_common.figure(_charts.country_share_figure, shares, shown_grain, synthetic), shares, key="country_chart",
                        alt_text="Stacked share chart of tokens by the model provider's country.", sources=sources,
                        full=shares, as_of=shares["period"].max(), table_columns=["period", "country", "tokens"],
                        slug="token-share-by-country", units={"tokens": f"tokens per {shown_grain}"})

with st.expander("Figures not drawn: one-minute peaks and forecasts"):
    st.dataframe(_common.query(NOT_DRAWN_SQL), hide_index=True, width="stretch")
