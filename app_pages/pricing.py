"""Plan pricing: what does a million tokens cost on each token plan, in CNY or USD?"""

from __future__ import annotations

import streamlit as st

from app_pages import _charts, _common

PLANS_SQL = "SELECT * FROM token_plans ORDER BY provider, price"
API_PRICES_SQL = """
    WITH latest AS (
        SELECT *, row_number() OVER (PARTITION BY source, model ORDER BY observed_on DESC) AS newest
        FROM api_prices
    )
    SELECT l.model, l.vendor, l.vendor_country, l.listed_by, l.source, l.observed_on,
           l.input_usd_per_million, l.output_usd_per_million, l.producer, l.outlet, l.url, l.confidence,
           l.published_on, l.published_precision,
           (SELECT cny_per_usd FROM fx_rates f WHERE f.rate_type = 'ecb_reference_cross'
              AND f.date <= l.observed_on ORDER BY f.date DESC LIMIT 1) AS fx_cny_per_usd
    FROM latest l WHERE newest = 1 AND l.input_usd_per_million IS NOT NULL
    ORDER BY l.vendor_country, l.vendor, l.input_usd_per_million
"""
LATEST_RATE_SQL = """
    SELECT date, cny_per_usd FROM fx_rates WHERE rate_type = 'ecb_reference_cross'
    ORDER BY date DESC LIMIT 1
"""
TABLE_COLUMNS = ["provider", "tier", "plan_type", "price_published", "tokens_published", "price_per_million_cny",
                 "price_per_million_usd", "price_per_million_formula", "fx_cny_per_usd", "fx_date", "preferred",
                 "confidence", "producer", "outlet", "published_on", "url"]

st.title("Plan pricing")
st.caption("Telecom operators and model makers now sell tokens by the month. Prices per million tokens "
           "are derived from the published price and the tokens included.")

currency = st.radio("Currency", ["CNY", "USD"], horizontal=True, key="currency",
                    index=["CNY", "USD"].index(_common.url_choice("currency", ["CNY", "USD"], "CNY")))
show_conflicts = st.checkbox("Show conflicting reports", key="conflicts",
                             value=_common.url_choice("conflicts", ["1", "0"], "1") == "1")
_common.set_url(currency=currency, conflicts="1" if show_conflicts else "0")

df_all = _common.query(PLANS_SQL)
rate = _common.query(LATEST_RATE_SQL)
usual = df_all[df_all["quota_unit"] == "tokens"].groupby(["fx_date", "fx_cny_per_usd"]).size().idxmax()
rate_note = (f"Converted at the ECB reference rate of each plan's date: {usual[1]:.4f} CNY per USD on "
             f"{_charts.fmt_date(usual[0])} for most plans (each plan's rate is in the table); latest ECB rate "
             f"{rate['cny_per_usd'][0]:.4f} on {_charts.fmt_date(rate['date'][0])}")
st.caption(_common.md_text(rate_note))

tokens = df_all[(df_all["quota_unit"] == "tokens") & df_all["price_per_million"].notna()]
if not show_conflicts:
    tokens = tokens[tokens["preferred"] | ~tokens["fact_key"].duplicated(keep=False)]

st.subheader("Price per million tokens")
fig = _common.figure(_charts.price_bar_figure, tokens, currency, rate_note)
UNITS = {"price_per_million_cny": "CNY per million tokens", "price_per_million_usd": "USD per million tokens",
         "fx_cny_per_usd": "CNY per USD (ECB reference rate of fx_date)"}
_common.chart_block(fig, tokens, key="price_chart", alt_text=_charts.pricing_alt_text(tokens, currency),
                    sources=tokens, table_columns=TABLE_COLUMNS, slug="token-plan-price-per-million", full=df_all,
                    as_of=tokens["as_of_date"].max(), units=UNITS, fx_note=rate_note)

plans = tokens[tokens["plan_type"] != "api_price"]
st.subheader("Price against tokens included")
fig2 = _common.figure(_charts.price_scatter_figure, plans, currency, rate_note)
_common.chart_block(fig2, plans, key="price_scatter", sources=plans, table_columns=TABLE_COLUMNS,
                    slug="token-plan-price-vs-tokens", full=df_all, as_of=plans["as_of_date"].max(), units=UNITS,
                    fx_note=rate_note,
                    alt_text=f"Scatter chart of {len(plans)} token plans: price in {currency} against tokens "
                             f"included, from {plans['tokens_included'].min():,.0f} to "
                             f"{plans['tokens_included'].max():,.0f} tokens.")

st.subheader("Plans whose quota is not counted in tokens")
st.caption("Coding plans count requests (per 5 hours, week or month) or give a plan-based allowance. "
           "They cannot be priced per token, so they are listed here and never mixed into the charts above.")
other = df_all[df_all["quota_unit"] != "tokens"].copy()
other["price_shown"] = other[f"price_{currency.lower()}"]
st.dataframe(other[["provider", "plan", "tier", "price_published", "intro_price", "currency", "price_shown",
                    "quota_unit", "requests_included", "quota_window", "confidence", "note", "url"]],
             hide_index=True, width="stretch",
             column_config={"price_shown": st.column_config.NumberColumn(f"price ({currency})", format="%.2f"),
                            "url": st.column_config.LinkColumn("source")})
free = df_all[(df_all["quota_unit"] == "tokens") & (df_all["price"] == 0)]
if not free.empty:
    st.caption("Free allowances (no price per token): " + _common.md_text(
        "; ".join(f"{r['provider']} {r['tier']}: {r['tokens_published']} tokens" for _, r in free.iterrows())))

st.subheader("API list prices, for context")
api = _common.query(API_PRICES_SQL)
if api.empty:
    st.info("No API price list is loaded. Run `python -m loaders fetch litellm_prices openrouter_models`.")
else:
    factor = api["fx_cny_per_usd"] if currency == "CNY" else 1.0
    api["input_per_million"] = api["input_usd_per_million"] * factor
    api["output_per_million"] = api["output_usd_per_million"] * factor
    vendors = sorted(set(api["vendor"]))
    default_vendors = [v for v in vendors if v in _charts.API_DEFAULT_VENDORS]
    chosen_vendors = st.multiselect("Vendors", vendors, key="vendors",
                                    default=_common.url_choices("vendors", vendors, default_vendors))
    _common.set_url(vendors=chosen_vendors)
    shown = api[api["vendor"].isin(chosen_vendors)]
    observed = _charts.fmt_date(api["observed_on"].max())
    note = (f"USD list prices as of {observed}" + ("" if currency == "USD" else
            ", converted at the ECB rate of the day each list was fetched"))
    fig3 = _common.figure(_charts.api_price_figure, shown, currency, note)
    _common.chart_block(fig3, shown, key="api_prices", sources=shown,
                        table_columns=["vendor", "model", "listed_by", "input_per_million", "output_per_million",
                                       "input_usd_per_million", "output_usd_per_million", "observed_on",
                                       "fx_cny_per_usd", "source", "url"],
                        slug="api-list-prices", full=api, as_of=api["observed_on"].max(),
                        units={"input_usd_per_million": "USD per million input tokens",
                               "output_usd_per_million": "USD per million output tokens",
                               "input_per_million": f"{currency} per million input tokens",
                               "output_per_million": f"{currency} per million output tokens"},
                        fx_note=note,
                        alt_text=_charts.api_price_alt_text(shown, currency))
