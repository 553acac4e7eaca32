"""Export and investment timeline: who is investing in token production and export, and when?"""

from __future__ import annotations

import streamlit as st

from app_pages import _charts, _common

EVENTS_SQL = "SELECT * FROM events ORDER BY date_date"
TABLE_COLUMNS = ["date_label", "kind", "actor", "title", "amount_published", "amount_cny", "amount_usd",
                 "fx_cny_per_usd", "fx_date", "span_start", "span_end", "confidence", "producer", "outlet",
                 "published_on", "url"]

st.title("Token export and investment timeline")
st.caption("Investments, policies, export pilots, products and statistic releases, each with its quote.")

df_all = _common.query(EVENTS_SQL)
kinds = [k for k in _charts.KIND_ORDER if k in set(df_all["kind"])]
actors = sorted(set(df_all["actor"]))
c1, c2, c3 = st.columns([2, 2, 1])
chosen_kinds = c1.multiselect("Kinds", kinds, key="kinds", format_func=lambda k: k.replace("_", " "),
                              default=_common.url_choices("kinds", kinds, kinds))
chosen_actors = c2.multiselect("Actors", actors, key="actors", placeholder="all actors",
                               default=_common.url_choices("actors", actors, []))
currency = c3.radio("Amounts in", ["CNY", "USD"], key="currency", horizontal=True,
                    index=["CNY", "USD"].index(_common.url_choice("currency", ["CNY", "USD"], "CNY")))
_common.set_url(kinds=chosen_kinds, actors=chosen_actors, currency=currency)

df = df_all[df_all["kind"].isin(chosen_kinds)]
if chosen_actors:
    df = df[df["actor"].isin(chosen_actors)]

if df.empty:
    st.info("No events match these filters.")
    st.stop()

fig = _common.figure(_charts.timeline_figure, df, currency)
_common.chart_block(fig, df, key="timeline_chart", alt_text=_charts.timeline_alt_text(df), sources=df,
                    table_columns=TABLE_COLUMNS, slug="token-export-investment-timeline", full=df_all,
                    as_of=df["date_start"].max(),
                    units={"amount_cny": "yuan", "amount_usd": "US dollars",
                           "fx_cny_per_usd": "CNY per USD (ECB reference rate of fx_date)"},
                    fx_note="Amounts converted at the ECB reference rate of each event's date (fx_date).")

st.subheader("Amounts")
money = df[df["amount"].notna()]
for _, row in money.iterrows():
    span = f" over {row['span_start']:%Y-%m-%d} to {row['span_end']:%Y-%m-%d}" if row["span_start"] else ""
    st.markdown(_common.md_text(
        f"{row['date_label']} · {row['actor']}: {row['amount_published']} = {row['amount_cny'] / 1e9:,.1f} billion CNY "
        f"≈ {row['amount_usd'] / 1e9:,.1f} billion USD at {row['fx_cny_per_usd']:.4f} CNY per USD "
        f"(ECB, {_charts.fmt_date(row['fx_date'])}){span} · confidence {row['confidence']}"))

st.subheader("Event details")
ids = df["id"].tolist()
picked = st.selectbox("Event", ids, key="event", index=ids.index(_common.url_choice("event", ids, ids[-1])),
                      format_func=lambda i: f"{df.set_index('id').loc[i, 'date_label']} · "
                                            f"{df.set_index('id').loc[i, 'title']}")
_common.set_url(event=picked)
row = df.set_index("id").loc[picked]
st.markdown(f"**{_common.md_text(row['title'])}**")
st.markdown("> " + _common.md_text(row["quote"]))
if row["quote_lang"] == "zh" and row["quote_en"]:
    st.caption("Translation (Token Atlas): " + _common.md_text(row["quote_en"]))
st.caption(_common.md_text(f"{row['producer']}, via {row['outlet']}, {_charts.fmt_date(row['published_on'], row['published_precision'])} · "
                           f"confidence {row['confidence']}"))
st.link_button("Open the source", row["url"])
if row["note"]:
    st.caption("Note: " + _common.md_text(row["note"]))
