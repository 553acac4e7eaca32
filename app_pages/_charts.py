"""Chart builders and text helpers: plain functions of DataFrames, no Streamlit.

Pages, exports and tests call these directly, so a chart looks the same on screen, in a
PNG and in a test. Text that came from a source (quotes, titles) is escaped before it
goes into plotly's hover labels, which would otherwise read it as HTML.
"""

from __future__ import annotations

import html
import pandas as pd
import plotly.graph_objects as go

from loaders._normalize import QUALIFIER_SIGNS, human

PROJECT = "Token Atlas"
SYMBOLS = {"exact": "circle", "lower_bound": "triangle-up", "approximate": "diamond",
           "upper_bound": "triangle-down"}
QUALIFIER_LEGEND = {"exact": "exact", "lower_bound": "lower bound ('over …')",
                    "approximate": "approximate ('about …')", "upper_bound": "upper bound ('up to …')"}
PALETTE = ["#c0392b", "#2471a3", "#229954", "#d68910", "#7d3c98", "#17a589", "#5d6d7e",
           "#a04000", "#1f618d", "#b03a2e", "#148f77", "#6c3483"]
EVENT_COLORS = {"investment": "#d68910", "policy": "#2471a3", "export": "#c0392b",
                "product": "#229954", "corporate": "#7d3c98", "statistic_release": "#5d6d7e"}
FONT = dict(family="Inter, 'Noto Sans CJK SC', 'Noto Sans', Arial, sans-serif", size=13)


def esc(text: object) -> str:
    """Escape source text for plotly labels (which read <b>, <a> ...)."""
    return html.escape("" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text))


def wrap(text: str, width: int = 70) -> str:
    """Break long (already escaped) text into <br>-separated lines for hover labels."""
    words, lines, line = text.split(" "), [], ""
    for word in words:
        if len(line) + len(word) + 1 > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(lines)


def fmt_date(value: object, precision: object = "day") -> str:
    """'24 March 2026'; 'March 2026' or '2026' when the date is only known that precisely."""
    if value is None or pd.isna(value):
        return "date not shown"
    day = pd.Timestamp(value)
    if precision == "year":
        return str(day.year)
    if precision in ("month", "quarter", "half"):
        return f"{day:%B %Y}"
    return f"{day.day} {day:%B %Y}"


def source_line(df: pd.DataFrame) -> str:
    """ "Source: National Data Administration, via Yicai Global, 24 March 2026; ..." — producer first."""
    if df.empty:
        return ""
    parts = []
    cols = [c for c in ("producer", "outlet", "published_on", "published_precision") if c in df.columns]
    for row in df[cols].drop_duplicates().to_dict("records"):
        part = str(row["producer"])
        if row.get("outlet") and row["outlet"] != row["producer"]:
            part += f", via {row['outlet']}"
        if row.get("published_on") is not None and not pd.isna(row["published_on"]):
            part += f", {fmt_date(row['published_on'], row.get('published_precision', 'day'))}"
        if part not in parts:
            parts.append(part)
    shown = parts[:6]
    more = f"; and {len(parts) - 6} more (see the table)" if len(parts) > 6 else ""
    return "Source: " + "; ".join(shown) + more


def _base_layout(fig: go.Figure, title: str, subtitle: str | None = None) -> go.Figure:
    fig.update_layout(title=dict(text=esc(title), x=0, xanchor="left", font=dict(size=17),
                                 subtitle=dict(text=esc(subtitle or ""), font=dict(size=12, color="#555"))), font=FONT, template="plotly_white",
                      margin=dict(l=60, r=20, t=80, b=40), hovermode="closest",
                      legend=dict(orientation="v", yanchor="top", y=1, x=1.01, xanchor="left", font=dict(size=12)))
    return fig


# --------------------------------------------------------------------------- growth


def volume_hover(row: pd.Series) -> str:
    quote = row.get("quote_en") if row.get("quote_lang") == "zh" and row.get("quote_en") else row.get("quote")
    lines = [
        f"<b>{esc(row['entity'])}</b> · {esc(row['as_of_label'])}",
        f"{esc(row['value_published'])} ({esc(row['unit_published'])})",
        f"= {QUALIFIER_SIGNS.get(row['qualifier'], '')}{human(row['tokens_per_day'])} tokens/day",
    ]
    if row.get("tokens_per_day_derived"):
        lines.append(f"<i>{esc(row['tokens_per_day_formula'])}</i>")
    lines += [
        f"Confidence {esc(row['confidence'])}" + ("" if row.get("preferred", True) else " · not the preferred report"),
        f"{esc(row['producer'])}, via {esc(row['outlet'])}, "
        f"{fmt_date(row.get('published_on'), row.get('published_precision'))}",
        wrap("“" + esc(quote) + "”"),
    ]
    return "<br>".join(lines)


def growth_figure(df: pd.DataFrame, *, log_scale: bool = True, index: bool = False,
                  events: pd.DataFrame | None = None, title: str | None = None) -> go.Figure:
    """Tokens per day by series. Markers say the qualifier; hollow markers are reports that
    are not preferred; events sit as ticks on the time axis."""
    fig = go.Figure()
    y_col = "index" if index else "tokens_per_day"
    series = list(dict.fromkeys(df["entity"]))
    for i, entity in enumerate(series):
        color = PALETTE[i % len(PALETTE)]
        part = df[df["entity"] == entity].sort_values("as_of_date")
        main = part[part["preferred"]]
        fig.add_trace(go.Scatter(
            x=main["as_of_date"], y=main[y_col], mode="lines+markers", name=entity,
            line=dict(color=color, width=2),
            marker=dict(symbol=[SYMBOLS[q] for q in main["qualifier"]], size=11, color=color),
            hovertext=[volume_hover(r) for _, r in main.iterrows()], hoverinfo="text",
            legendgroup=entity,
        ))
        other = part[~part["preferred"]].copy()
        if not other.empty:
            # Reports of the same fact sit side by side, a week apart, right of the preferred one.
            other["shift"] = other.groupby("fact_key").cumcount() + 1
            other["x"] = pd.to_datetime(other["as_of_date"]) + pd.to_timedelta(other["shift"] * 9, unit="D")
            fig.add_trace(go.Scatter(
                x=other["x"], y=other[y_col], mode="markers",
                name=f"{entity}: other reports", legendgroup=entity,
                marker=dict(symbol=[SYMBOLS[q] + "-open" for q in other["qualifier"]], size=12,
                            color=color, line=dict(width=2, color=color)),
                hovertext=[volume_hover(r) for _, r in other.iterrows()], hoverinfo="text",
            ))
    for qualifier in ("lower_bound", "approximate"):
        if (df["qualifier"] == qualifier).any():
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=QUALIFIER_LEGEND[qualifier],
                                     marker=dict(symbol=SYMBOLS[qualifier], size=10, color="#777")))
    if events is not None and not events.empty:
        fig.add_trace(go.Scatter(
            x=events["date_date"], y=[0.04] * len(events), yaxis="y2", mode="markers", name="events",
            marker=dict(symbol="line-ns-open", size=16, line=dict(width=2),
                        color=[EVENT_COLORS.get(k, "#777") for k in events["kind"]]),
            hovertext=[f"<b>{esc(r['date_label'])}</b> · {esc(r['kind'].replace('_', ' '))}<br>"
                       f"{wrap(esc(r['title']))}" for _, r in events.iterrows()],
            hoverinfo="text",
        ))
        fig.update_layout(yaxis2=dict(overlaying="y", range=[0, 1], visible=False, fixedrange=True))
    y_title = "× first point of each series (× early 2024 for China)" if index else "tokens per day"
    fig.update_layout(yaxis=dict(type="log" if log_scale else "linear", title=y_title,
                                 exponentformat="SI" if not index else None))
    fig.update_xaxes(title="date the figure describes")
    return _base_layout(fig, title or ("Tokens per day, as published and normalized" if not index
                                       else "Growth index"),
                        "Each point is a published figure; hollow markers are other reports of the same figure")


# --------------------------------------------------------------------------- pricing


def price_bar_figure(df: pd.DataFrame, currency: str, rate_note: str) -> go.Figure:
    """Price per million tokens for plans whose quota is counted in tokens."""
    col = f"price_per_million_{currency.lower()}"
    part = df.sort_values(col)
    labels = [f"{p} · {t}" + ("" if pref else f" · {q} (conflicting report)")
              for p, t, q, pref in zip(part["provider"], part["tier"], part["tokens_published"], part["preferred"])]
    colors = [PALETTE[1] if pref else "#aab7c4" for pref in part["preferred"]]
    fig = go.Figure(go.Bar(
        x=part[col], y=labels, orientation="h", marker_color=colors,
        text=[f"{v:,.3g} {currency}" for v in part[col]], textposition="outside",
        hovertext=[f"<b>{esc(r['provider'])} · {esc(r['tier'])}</b><br>{esc(r['price_published'])} for "
                   f"{esc(r['tokens_published'] or '1 million tokens (list price)')}<br>"
                   f"<i>{esc(r['price_per_million_formula'])}</i><br>Confidence {esc(r['confidence'])}<br>"
                   f"{wrap('“' + esc(r['quote']) + '”')}" for _, r in part.iterrows()],
        hoverinfo="text",
    ))
    fig.update_xaxes(title=f"{currency} per million tokens", range=[0, float(part[col].max()) * 1.18])
    fig.update_layout(height=max(360, 34 * len(part) + 140), showlegend=False)
    return _base_layout(fig, f"Price per million tokens ({currency})", rate_note)


def price_scatter_figure(df: pd.DataFrame, currency: str, rate_note: str) -> go.Figure:
    col = f"price_{currency.lower()}"
    fig = go.Figure()
    for i, (provider, part) in enumerate(df.groupby("provider", sort=False)):
        fig.add_trace(go.Scatter(
            x=part["tokens_included"], y=part[col], mode="markers", name=provider,
            marker=dict(size=12, color=PALETTE[i % len(PALETTE)],
                        symbol=["circle" if p else "circle-open" for p in part["preferred"]]),
            hovertext=[f"<b>{esc(r['provider'])} · {esc(r['tier'])}</b><br>{esc(r['price_published'])} · "
                       f"{esc(r['tokens_published'])} tokens" for _, r in part.iterrows()],
            hoverinfo="text",
        ))
    fig.update_xaxes(type="log", title="tokens included")
    fig.update_yaxes(title=f"price ({currency})")
    return _base_layout(fig, f"Price against tokens included ({currency})", rate_note)


API_DEFAULT_VENDORS = ("DeepSeek", "Qwen (Alibaba)", "Moonshot (Kimi)", "Zhipu (GLM)", "MiniMax",
                       "ByteDance (Doubao)", "OpenAI", "Anthropic", "Google")


def api_price_figure(df: pd.DataFrame, currency: str, note: str) -> go.Figure:
    """Input against output price per million tokens, one point per model, by vendor."""
    fig = go.Figure()
    for i, (vendor, part) in enumerate(df.groupby("vendor", sort=True)):
        country = part["vendor_country"].iloc[0]
        fig.add_trace(go.Scatter(
            x=part["input_per_million"], y=part["output_per_million"], mode="markers",
            name=f"{vendor} ({country})", marker=dict(size=9, color=PALETTE[i % len(PALETTE)],
                                                      symbol="circle" if country == "CN" else "square"),
            hovertext=[f"<b>{esc(r['model'])}</b> ({esc(r['vendor'])}, listed by {esc(r['listed_by'])})<br>"
                       f"input {r['input_per_million']:,.3g} · output {r['output_per_million']:,.3g} "
                       f"{currency} per million tokens<br>{esc(r['producer'])}, {fmt_date(r['observed_on'])}"
                       for _, r in part.iterrows()], hoverinfo="text",
        ))
    fig.update_xaxes(type="log", title=f"input, {currency} per million tokens")
    fig.update_yaxes(type="log", title=f"output, {currency} per million tokens")
    fig.update_layout(height=520)
    return _base_layout(fig, f"API list prices per million tokens ({currency})",
                        note + "; circles: Chinese vendors, squares: others")


def api_price_alt_text(df: pd.DataFrame, currency: str) -> str:
    if df.empty:
        return "Empty chart: no vendors selected."
    medians = df.groupby("vendor")["input_per_million"].median().sort_values()
    parts = [f"{v} {m:,.3g}" for v, m in medians.items()]
    return (f"Scatter chart of {len(df)} models' API prices; median input price per million tokens in "
            f"{currency}: " + ", ".join(parts) + ".")


def models_figure(df: pd.DataFrame, by: str, grain: str, synthetic: bool) -> go.Figure:
    """Stacked tokens of the top models (or providers) and 'all other', per period."""
    fig = go.Figure()
    names = list(dict.fromkeys(df.sort_values("tokens", ascending=False)["name"]))
    names = [n for n in names if n != "all other"] + (["all other"] if "all other" in names else [])
    for i, name in enumerate(names):
        part = df[df["name"] == name]
        fig.add_trace(go.Scatter(x=part["period"], y=part["tokens"], name=name, mode="lines", stackgroup="one",
                                 line=dict(width=0.5, color="#c8ccd2" if name == "all other" else PALETTE[i % len(PALETTE)]),
                                 hovertemplate=f"{esc(name)}<br>%{{x|%d %b %Y}}: %{{y:.3s}} tokens<extra></extra>"))
    fig.update_yaxes(title=f"tokens per {grain}", exponentformat="SI")
    title = f"Tokens per {grain} by {by}, top {len(names) - ('all other' in names)} and all other"
    return _base_layout(fig, ("SYNTHETIC — " if synthetic else "") + title,
                        "Synthetic benchmark data, not measurements" if synthetic else "OpenRouter rankings")


def country_share_figure(df: pd.DataFrame, grain: str, synthetic: bool) -> go.Figure:
    """Share of tokens by the model provider's country, per period."""
    fig = go.Figure()
    colors = {"CN": "#c0392b", "US": "#2471a3"}
    for country in sorted(set(df["country"]), key=lambda c: (c not in colors, c)):
        part = df[df["country"] == country]
        fig.add_trace(go.Scatter(x=part["period"], y=part["tokens"], name=country, mode="lines",
                                 stackgroup="one", groupnorm="percent",
                                 line=dict(width=0.5, color=colors.get(country, "#aab7c4")),
                                 hovertemplate=f"{esc(country)}: %{{y:.1f}}%<extra></extra>"))
    fig.update_yaxes(title="share of tokens (%)", range=[0, 100])
    return _base_layout(fig, ("SYNTHETIC — " if synthetic else "") + f"Share of tokens by provider country, per {grain}",
                        "Synthetic benchmark data, not measurements" if synthetic else "OpenRouter rankings")


def weekly_country_figure(df: pd.DataFrame) -> go.Figure:
    """The curated weekly totals of Chinese and US models on OpenRouter."""
    fig = go.Figure()
    for entity, color in (("OpenRouter, Chinese models", "#c0392b"), ("OpenRouter, US models", "#2471a3")):
        part = df[df["entity"] == entity]
        fig.add_trace(go.Bar(x=part["as_of_label"], y=part["value"], name=entity, marker_color=color,
                             text=[f"{human(v)}" for v in part["value"]], textposition="outside",
                             hovertext=[volume_hover(r) for _, r in part.iterrows()], hoverinfo="text"))
    fig.update_yaxes(title="tokens in the week", exponentformat="SI")
    fig.update_layout(barmode="group")
    return _base_layout(fig, "Weekly tokens on OpenRouter: Chinese against US models",
                        "Published weekly totals (curated figures)")


# --------------------------------------------------------------------------- timeline

KIND_ORDER = ["investment", "export", "policy", "product", "corporate", "statistic_release"]


def event_hover(row: pd.Series) -> str:
    quote = row["quote_en"] if row.get("quote_lang") == "zh" and row.get("quote_en") else row["quote"]
    amount = ""
    if row.get("amount") is not None and not pd.isna(row.get("amount")):
        amount = (f"<br>{esc(row['amount_published'])} = {human(row['amount_cny'])} CNY ≈ "
                  f"{human(row['amount_usd'])} USD at {row['fx_cny_per_usd']:.4f} CNY/USD "
                  f"(ECB, {fmt_date(row['fx_date'])})")
    return (f"<b>{esc(row['date_label'])}</b> · {esc(row['actor'])}<br>{wrap(esc(row['title']))}{amount}"
            f"<br>Confidence {esc(row['confidence'])} · {esc(row['outlet'])}<br>{wrap('“' + esc(quote) + '”')}")


def timeline_figure(df: pd.DataFrame, currency: str = "CNY") -> go.Figure:
    """Events by kind on a time axis; multi-year commitments drawn as spans under their row."""
    fig = go.Figure()
    kinds = [k for k in KIND_ORDER if k in set(df["kind"])]
    rows = {kind: len(kinds) - i for i, kind in enumerate(kinds)}  # first kind at the top
    amount_col = f"amount_{currency.lower()}"
    for kind in kinds:
        part = df[df["kind"] == kind]
        spans = part[part["span_start"].notna()].sort_values("date_start")
        for j, (_, row) in enumerate(spans.iterrows()):
            y = rows[kind] - 0.22 - 0.14 * j
            fig.add_trace(go.Scatter(
                x=[row["span_start"], row["span_end"]], y=[y, y], mode="lines",
                line=dict(color=EVENT_COLORS[kind], width=6), opacity=0.45, showlegend=False,
                hovertext=f"{esc(row['actor'])}: {esc(row['amount_published'] or '')}, "
                          f"{row['span_start']:%b %Y} to {row['span_end']:%b %Y}", hoverinfo="text",
            ))
        sizes = [12 if pd.isna(a) else 14 + min(26, (a / 1e10) ** 0.5 * 2) for a in part[amount_col]]
        fig.add_trace(go.Scatter(
            x=part["date_date"], y=[rows[kind]] * len(part), mode="markers", name=kind.replace("_", " "),
            marker=dict(size=sizes, color=EVENT_COLORS[kind], line=dict(width=1, color="white"),
                        symbol=["circle" if p else "circle-open" for p in part["preferred"]]),
            hovertext=[event_hover(r) for _, r in part.iterrows()], hoverinfo="text",
            customdata=part["id"],
        ))
    fig.update_yaxes(tickvals=list(rows.values()), ticktext=[k.replace("_", " ") for k in rows],
                     range=[0.3, len(kinds) + 0.5], showgrid=True, zeroline=False)
    fig.update_layout(height=140 + 70 * len(kinds))
    return _base_layout(fig, "Token export, investment and policy timeline",
                        "Marker size grows with the amount; bars under a row show the years a commitment covers")


# --------------------------------------------------------------------------- alt text


def growth_alt_text(df: pd.DataFrame, index: bool = False) -> str:
    """Describe the chart from its data, e.g. China's rise from 100 billion to over 140 trillion."""
    if df.empty:
        return "Empty chart: no figures match the current selection."
    parts = []
    for entity, part in df[df["preferred"]].sort_values("as_of_date").groupby("entity", sort=False):
        first, last = part.iloc[0], part.iloc[-1]
        if len(part) == 1:
            parts.append(f"{entity}: one figure, {_said(last)} tokens a day in {last['as_of_label']}")
        else:
            parts.append(f"{entity} rose from {_said(first)} tokens a day in {first['as_of_label']} to "
                         f"{_said(last)} in {last['as_of_label']} ({len(part)} figures)")
    kind = "Line chart (index)" if index else "Line chart"
    return f"{kind}: " + "; ".join(parts) + "."


def _said(row: pd.Series) -> str:
    words = {"lower_bound": "over ", "approximate": "about ", "upper_bound": "up to "}
    return words.get(row["qualifier"], "") + human(row["tokens_per_day"])


def pricing_alt_text(df: pd.DataFrame, currency: str) -> str:
    if df.empty:
        return "Empty chart: no plans with a token quota match the current selection."
    col = f"price_per_million_{currency.lower()}"
    preferred = df[df["preferred"]] if df["preferred"].any() else df
    cheapest, dearest = preferred.loc[preferred[col].idxmin()], preferred.loc[preferred[col].idxmax()]
    return (f"Bar chart of {len(df)} plans' price per million tokens in {currency}; preferred reports range from "
            f"{cheapest[col]:,.3g} ({cheapest['provider']}, {cheapest['tier']}) to "
            f"{dearest[col]:,.3g} ({dearest['provider']}, {dearest['tier']}).")


def timeline_alt_text(df: pd.DataFrame) -> str:
    if df.empty:
        return "Empty timeline: no events match the current filters."
    counts = df["kind"].value_counts()
    ordered = df.sort_values("date_start")
    first, last = ordered.iloc[0]["date_label"], ordered.iloc[-1]["date_label"]
    kinds = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items())
    return f"Timeline of {len(df)} events from {first} to {last}: {kinds}."
