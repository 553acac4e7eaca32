"""Sources and data: where every figure comes from, and every figure with its provenance."""

from __future__ import annotations

import streamlit as st

from app_pages import _common, _exports

SOURCES_SQL = """
    SELECT source, kind, description, producer, license, last_fetch_at, last_ok_at, status, row_count, url
    FROM sources ORDER BY kind, source
"""
# The latest quote check of each curated row, if the quote_check source has run.
CHECKS = """WITH checks AS (
    SELECT split_part(id, '@', 1) AS row_id, status || ' on ' || CAST(observed_on AS VARCHAR) AS quote_check,
           row_number() OVER (PARTITION BY split_part(id, '@', 1) ORDER BY observed_on DESC) AS newest
    FROM quote_checks) """
FIGURES_SQL = {
    "Token volumes": CHECKS + """SELECT t.id, entity, value_published, unit_published, tokens_per_day, as_of_label,
                        preferred, preferred_reason, confidence, producer, outlet, stated_by, published_on,
                        accessed_on, quote_check, quote, quote_en, url, note FROM token_volumes t
                        LEFT JOIN checks c ON c.row_id = t.id AND c.newest = 1 ORDER BY as_of_date""",
    "Token plans": CHECKS + """SELECT t.id, provider, tier, price_published, tokens_published, price_per_million,
                      currency, preferred, preferred_reason, confidence, producer, outlet, published_on,
                      accessed_on, quote_check, quote, quote_en, url, note FROM token_plans t
                      LEFT JOIN checks c ON c.row_id = t.id AND c.newest = 1 ORDER BY provider""",
    "Events": CHECKS + """SELECT t.id, date_label, kind, actor, title, amount_published, confidence, producer,
                 outlet, published_on, accessed_on, quote_check, quote, quote_en, url, note FROM events t
                 LEFT JOIN checks c ON c.row_id = t.id AND c.newest = 1 ORDER BY date_date""",
    "Published exchange rates": """SELECT id, date, cny_per_usd, rate_type, derived, formula, confidence,
                 producer, outlet, quote, url, note FROM fx_rates WHERE source = 'curated' ORDER BY date""",
}

st.title("Sources and data")
st.subheader("Sources")
st.dataframe(_common.query(SOURCES_SQL), hide_index=True, width="stretch",
             column_config={"url": st.column_config.LinkColumn("link"),
                            "row_count": st.column_config.NumberColumn("figures")})

st.subheader("Every figure")
tables = list(FIGURES_SQL)
table = st.radio("Table", tables, horizontal=True, key="table",
                 index=tables.index(_common.url_choice("table", tables, tables[0])))
df = _common.query(FIGURES_SQL[table])
c1, c2 = st.columns([3, 1])
search = c1.text_input("Search (any column)", key="q", value=st.query_params.get("q", ""))
grades = sorted(set(df["confidence"]))
chosen = c2.multiselect("Confidence", grades, key="grades", default=_common.url_choices("grades", grades, grades))
_common.set_url(table=table, q=search, grades=chosen)

shown = df[df["confidence"].isin(chosen)]
if search:
    text = shown.astype(str).apply(lambda col: col.str.contains(search, case=False, regex=False))
    shown = shown[text.any(axis=1)]
st.caption(f"{len(shown)} of {len(df)} rows. Quotes are verbatim; English translations of Chinese quotes "
           "are Token Atlas's own. `quote_check` says when a fetch last found the quote on its page "
           "(`python -m loaders fetch quote_check`).")
st.dataframe(shown, hide_index=True, width="stretch", column_config={"url": st.column_config.LinkColumn("url")})

st.subheader("Cite a figure")
TABLE_OF = {"Token volumes": "token_volumes", "Token plans": "token_plans", "Events": "events",
            "Published exchange rates": "fx_rates"}
ids = shown["id"].tolist()
if ids:
    picked = st.selectbox("Figure", ids, key="cite", index=ids.index(_common.url_choice("cite", ids, ids[0])))
    _common.set_url(cite=picked)
    row = _common.query(f"SELECT * FROM {TABLE_OF[table]} WHERE id = ?", [picked]).iloc[0]
    st.code(_exports.figure_citation(row), language=None, wrap_lines=True)
    st.code(_exports.figure_bibtex(row), language="latex")
