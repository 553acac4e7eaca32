"""Chart exports for journalists: images with the source burned in, data with its citations.

Plain functions, no Streamlit: the app's download buttons, the bundle and the tests all
call them. Images come from kaleido driving Debian's chromium through one long-lived
export process (started on first use, see ExportProcess), not a new browser per image.
"""

from __future__ import annotations

import asyncio
import atexit
import io
import json
import re
import threading
import zipfile
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from loaders._export import FORMULA_START
from loaders._normalize import human

from . import _charts

SIZES = {"web": (1200, 675), "square": (1080, 1080), "print": (2400, 1350)}
SIZE_LABELS = {"web": "Web (1200×675)", "square": "Square (1080×1080)", "print": "Print (2400×1350)"}

_export_lock = threading.Lock()
_export_process: "ExportProcess | None" = None


@dataclass
class ChartExport:
    """Everything needed to export one chart as the user sees it."""

    slug: str  # e.g. "china-daily-tokens"
    title: str
    fig: go.Figure
    shown: pd.DataFrame  # exactly the rows and columns the chart shows
    full: pd.DataFrame  # the whole table behind it
    sources: pd.DataFrame  # rows with producer / outlet / published_on / url / license ...
    alt_text: str
    as_of: date | None
    units: dict[str, str] = field(default_factory=dict)
    fx_note: str | None = None

    @property
    def stem(self) -> str:
        return f"{self.slug}_{self.as_of:%Y-%m}" if self.as_of else self.slug

    @property
    def source_line(self) -> str:
        return _charts.source_line(self.sources)


# --------------------------------------------------------------------------- images


class ExportProcess:
    """One long-lived kaleido (Debian's chromium, found on PATH) with three tabs, for every image.

    Stock kaleido reloads a tab after each image and makes the caller wait for it; here the
    reload runs in the background while another tab takes the next image. That halves the
    time per image (bench/export_png.py). It overrides kaleido 1.5.0's _return_kaleido_tab,
    which is why kaleido is pinned; the PNG and SVG tests would catch a change.
    """

    TABS = 3

    def __init__(self):
        import kaleido

        class BackgroundReload(kaleido.Kaleido):
            async def _return_kaleido_tab(self, tab):
                async def reload_then_return():
                    await tab.reload()
                    await self.tabs_ready.put(tab)
                task = asyncio.ensure_future(reload_then_return())
                self.reloading.add(task)
                task.add_done_callback(self.reloading.discard)

        async def start():
            process = BackgroundReload(n=self.TABS, mathjax=False)
            process.reloading = set()
            await process.open()
            return process

        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, name="kaleido-export", daemon=True).start()
        self.kaleido = self._run(start())
        atexit.register(self.close)

    def _run(self, coroutine, timeout: float = 120):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def render(self, spec: dict, fmt: str, width: int, height: int) -> bytes:
        data = self._run(self.kaleido.calc_fig(spec, opts={"format": fmt, "width": width, "height": height}))
        return data if isinstance(data, bytes) else str(data).encode()

    def close(self) -> None:
        try:
            self._run(self.kaleido.close(), timeout=10)
        except Exception:  # the browser may already be gone at interpreter exit; nothing to keep
            pass


def export_process() -> ExportProcess:
    global _export_process
    with _export_lock:
        if _export_process is None:
            _export_process = ExportProcess()
        return _export_process


def publication_spec(export: ChartExport, size: str) -> dict:
    """The figure as it will be published, as a plotly figure dict: title, subtitle, source line,
    as-of date and project name. Edited as a dict, so plotly does not validate it all again."""
    width, height = SIZES[size]
    spec = export.fig.to_plotly_json()  # a fresh copy
    for trace in spec["data"]:
        trace.pop("hovertext", None)  # a still image has no hover; smaller to render
        trace["hoverinfo"] = "skip"
    lines = _charts.wrap(_charts.esc(export.source_line), 170 if width >= 1200 else 150)
    footer = (f"{lines}<br>Data as of {_charts.fmt_date(export.as_of, 'month')} · "
              f"{_charts.PROJECT}" if export.as_of else f"{lines}<br>{_charts.PROJECT}")
    n_lines = footer.count("<br>") + 1
    axis_space = 64  # tick labels and the x-axis title sit between the plot and the footer
    layout = spec["layout"]
    layout.update(width=width, height=height)
    layout["margin"] = {**layout.get("margin", {}), "b": axis_space + 16 * n_lines + 20, "t": 110, "l": 70}
    layout["legend"] = {**layout.get("legend", {}), "font": {"size": 11}}
    layout["annotations"] = list(layout.get("annotations", [])) + [{
        "text": footer, "xref": "paper", "yref": "paper", "x": 0, "y": 0, "xanchor": "left", "yanchor": "top",
        "yshift": -axis_space, "showarrow": False, "align": "left", "font": {"size": 11, "color": "#444"}}]
    return spec


def image_bytes(export: ChartExport, fmt: str = "png", size: str = "web") -> bytes:
    if fmt not in ("png", "svg"):
        raise ValueError(f"format {fmt!r}: choose png or svg")
    width, height = SIZES[size]
    return export_process().render(publication_spec(export, size), fmt, width, height)


# --------------------------------------------------------------------------- data


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that a spreadsheet would run as a formula (=, +, -, @) with a quote."""
    out = df.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v)
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    return neutralise(df).to_csv(index=False).encode("utf-8")


def metadata_rows(export: ChartExport, today: date | None = None) -> list[tuple[str, str]]:
    rows = [("title", export.title), ("chart", export.slug), ("data as of", str(export.as_of or "")),
            ("exported", (today or date.today()).isoformat()), ("source line", export.source_line),
            ("description", export.alt_text), ("compiled by", _charts.PROJECT)]
    rows += [(f"unit: {column}", unit) for column, unit in export.units.items()]
    if export.fx_note:
        rows.append(("exchange rates", export.fx_note))
    cols = [c for c in ("producer", "outlet", "published_on", "accessed_on", "url", "license", "confidence")
            if c in export.sources.columns]
    for _, src in export.sources[cols].drop_duplicates().iterrows():
        rows.append(("source", " · ".join(f"{c}: {src[c]}" for c in cols if not pd.isna(src[c]))))
    return rows


def metadata_csv_bytes(export: ChartExport) -> bytes:
    """The metadata section as its own CSV (field, value), beside the data CSV."""
    return csv_bytes(pd.DataFrame(metadata_rows(export), columns=["field", "value"]))


def xlsx_bytes(export: ChartExport, which: str = "shown") -> bytes:
    """A workbook with the data (shown or full) and a 'metadata' sheet."""
    data = export.shown if which == "shown" else export.full
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralise(_excel_safe(data)).to_excel(writer, sheet_name="data", index=False)
        meta = pd.DataFrame(metadata_rows(export), columns=["field", "value"])
        neutralise(meta).to_excel(writer, sheet_name="metadata", index=False)
    return buffer.getvalue()


def _excel_safe(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for column in out.columns:
        if isinstance(out[column].dtype, pd.DatetimeTZDtype):
            out[column] = out[column].dt.tz_localize(None)
    return out


# --------------------------------------------------------------------------- citations


def figure_citation(row: pd.Series) -> str:
    """'National Data Administration (24 March 2026). "Average daily …" Yicai Global. URL'"""
    when = _charts.fmt_date(row.get("published_on"), row.get("published_precision", "day"))
    quote = row.get("quote_en") if row.get("quote_lang") == "zh" and row.get("quote_en") else row["quote"]
    return (f"{row['producer']} ({when}). “{quote}” {row['outlet']}. {row['url']} "
            f"(figure {row['id']} in {_charts.PROJECT}, accessed {row['accessed_on']}).")


def _bibkey(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())[:24] or "source"


def figure_bibtex(row: pd.Series) -> str:
    published = row.get("published_on")
    year = pd.Timestamp(published).year if not pd.isna(published) else "n.d."
    fields = {
        "author": "{" + str(row["producer"]) + "}",
        "title": str(row.get("metric") or row.get("title") or row["id"]),
        "howpublished": str(row["outlet"]),
        "year": str(year),
        "url": str(row["url"]),
        "note": f"Quoted: {row['quote']}. Compiled in {_charts.PROJECT} as {row['id']}; accessed {row['accessed_on']}",
    }
    body = ",\n".join(f"  {key} = {{{_bib_escape(value)}}}" for key, value in fields.items())
    return f"@misc{{{_bibkey(str(row['producer']))}{year}_{_bibkey(str(row['id']))},\n{body}\n}}"


def _bib_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("&", "\\&").replace("#", "\\#")


def chart_citation(export: ChartExport, today: date | None = None) -> str:
    producers = list(dict.fromkeys(export.sources["producer"]))
    shown = "; ".join(producers[:8]) + (" and others" if len(producers) > 8 else "")
    return (f"{shown}. Compiled and normalized by {_charts.PROJECT}: “{export.title}”, data as of "
            f"{_charts.fmt_date(export.as_of, 'month')}, accessed {(today or date.today()).isoformat()}. "
            f"{export.source_line}.")


def chart_bibtex(export: ChartExport, today: date | None = None) -> str:
    producers = list(dict.fromkeys(export.sources["producer"]))
    year = export.as_of.year if export.as_of else (today or date.today()).year
    fields = {"author": " and ".join("{" + p + "}" for p in producers[:8]) + (" and others" if len(producers) > 8 else ""),
              "title": export.title, "howpublished": f"{_charts.PROJECT} chart ({export.slug})", "year": str(year),
              "note": export.source_line}
    body = ",\n".join(f"  {key} = {{{_bib_escape(value)}}}" for key, value in fields.items())
    return f"@misc{{tokenatlas{year}_{_bibkey(export.slug)},\n{body}\n}}"


def growth_sentence(latest: pd.Series, baseline: pd.Series) -> str:
    """A ready-to-paste sentence, every number read from the two database rows it cites.

    'China's daily token use passed 140 trillion in March 2026, more than 1,000 times the
    100 billion of early 2024 (National Data Administration, 24 March 2026; 14 August 2025).'
    """
    verb = {"lower_bound": "passed", "approximate": "reached about", "upper_bound": "reached up to"}.get(
        latest["qualifier"], "reached")
    ratio = latest["tokens_per_day"] / baseline["tokens_per_day"]
    floor = 10 ** (len(str(int(ratio))) - 1)
    rounded = int(ratio // floor * floor)
    relation = f"more than {rounded:,} times" if rounded < ratio else f"{rounded:,} times"
    if latest["qualifier"] == "lower_bound" and rounded == ratio:
        relation = f"at least {rounded:,} times"
    baseline_when = "early " + str(baseline["as_of_start"].year) if baseline["as_of_precision"] == "month" \
        and baseline["as_of_start"].month == 1 else baseline["as_of_label"]
    latest_cite = f"{latest['producer']}, {_charts.fmt_date(latest['published_on'], latest['published_precision'])}"
    base_when = _charts.fmt_date(baseline["published_on"], baseline["published_precision"])
    cite = latest_cite + (f"; {base_when}" if baseline["producer"] == latest["producer"]
                          else f"; {baseline['producer']}, {base_when}")
    return (f"China's daily token use {verb} {human(latest['tokens_per_day'])} in {latest['as_of_label']}, "
            f"{relation} the {human(baseline['tokens_per_day'])} of {baseline_when} ({cite}).")


# --------------------------------------------------------------------------- bundle


def datapackage(export: ChartExport, csv_name: str) -> dict:
    return {
        "name": re.sub(r"[^a-z0-9._-]+", "-", export.stem.lower()),
        "title": export.title,
        "description": export.alt_text,
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "sources": [{"title": f"{r['producer']} via {r['outlet']}", "path": r["url"]}
                    for _, r in export.sources[["producer", "outlet", "url"]].drop_duplicates().iterrows()
                    if str(r["url"]).startswith("http")],
        "resources": [{"name": "data", "path": csv_name, "format": "csv", "mediatype": "text/csv",
                       "encoding": "utf-8", "schema": table_schema(export.shown)}],
    }


def table_schema(df: pd.DataFrame) -> dict:
    """A Frictionless Table Schema for a DataFrame as it is written to CSV."""
    fields = []
    for column in df.columns:
        series = df[column]
        if pd.api.types.is_bool_dtype(series):
            kind = "boolean"
        elif pd.api.types.is_integer_dtype(series):
            kind = "integer"
        elif pd.api.types.is_float_dtype(series):
            kind = "number"
        elif pd.api.types.is_datetime64_any_dtype(series):
            kind = "datetime"
        elif series.map(lambda v: isinstance(v, date) or pd.isna(v)).all() and series.notna().any():
            kind = "date"
        else:
            kind = "string"
        fields.append({"name": str(column), "type": kind})
    return {"fields": fields, "missingValues": [""]}


def bundle_bytes(export: ChartExport, size: str = "web", today: date | None = None) -> bytes:
    """One zip: PNG, SVG, CSV, datapackage.json, citation, alt text and a short README."""
    stem = export.stem
    files = {
        f"{stem}.png": image_bytes(export, "png", size),
        f"{stem}.svg": image_bytes(export, "svg", size),
        f"{stem}.csv": csv_bytes(export.shown),
        f"{stem}_metadata.csv": metadata_csv_bytes(export),
        "datapackage.json": json.dumps(datapackage(export, f"{stem}.csv"), indent=2, ensure_ascii=False).encode(),
        "citation.txt": (chart_citation(export, today) + "\n\n" + chart_bibtex(export, today) + "\n").encode(),
        "alt-text.txt": (export.alt_text + "\n").encode(),
        "README.md": (f"# {export.title}\n\n{export.alt_text}\n\n{export.source_line}.\n\n"
                      f"- `{stem}.png`, `{stem}.svg`: the chart ({SIZE_LABELS[size]})\n"
                      f"- `{stem}.csv`: exactly the data the chart shows, with provenance columns\n"
                      f"- `{stem}_metadata.csv`: sources, licences, access dates, units, exchange rates\n"
                      f"- `datapackage.json`: Frictionless Data Package descriptor of the CSV\n"
                      f"- `citation.txt`: how to cite the chart (text and BibTeX)\n"
                      f"- `alt-text.txt`: a description of the chart for screen readers\n\n"
                      f"Made with {_charts.PROJECT}. Credit the original producers first.\n").encode(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(f"{stem}/{name}", data)
    return buffer.getvalue()
