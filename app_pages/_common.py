"""What every page shares: the read-only database, cached queries, URL state, chart blocks.

The database is `data/tokens.duckdb`, a symlink the build swaps atomically to a new
versioned file. Connections are keyed on the resolved path, so after a rebuild the next
rerun opens the new version and the old one is released (see tech-feasibility §5).
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any, Sequence

import duckdb
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from . import _charts, _exports
from ._db import Reader

ROOT = Path(__file__).resolve().parent.parent


def db_path() -> Path:
    return Path(os.environ.get("TOKENS_DB", ROOT / "data" / "tokens.duckdb"))


def current_version() -> str | None:
    """The resolved file behind the symlink, or None when there is no database."""
    return _reader(str(db_path())).version()


@st.cache_resource(on_release=lambda reader: reader.close())
def _reader(link: str) -> Reader:
    return Reader(Path(link))


@st.cache_data(max_entries=256, show_spinner=False)
def _query(real_path: str, sql: str, params: tuple, named: bool) -> pd.DataFrame:
    values = dict(params) if named else list(params)
    return _reader(str(db_path())).query(sql, values, version=real_path)


def query(sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> pd.DataFrame:
    """Run read-only SQL with DuckDB parameters (positional or named); cached per database version."""
    version = current_version()
    if version is None:
        raise FileNotFoundError(str(db_path()))
    named = isinstance(params, dict)
    return _query(version, sql, tuple(sorted(params.items())) if named else tuple(params), named)


def require_database() -> None:
    """Stop the page with a clear message (and the command to run) when there is no data."""
    version = current_version()
    problem = None
    if version is None:
        problem = f"There is no database at `{db_path()}` yet."
    else:
        try:
            if query("SELECT count(*) AS n FROM token_volumes")["n"][0] == 0:
                problem = "The database is empty: it holds no token figures."
        except duckdb.Error as exc:
            problem = f"The database at `{db_path()}` cannot be read ({type(exc).__name__})."
    if problem:
        st.error(f"{problem}\n\nBuild it from the committed figures (no network needed):")
        st.code("make run        # or: .venv/bin/python -m loaders build", language="bash")
        st.stop()


# --------------------------------------------------------------------------- cached figures

_cached_builders: dict[Any, Any] = {}


def figure(builder, *args, **kwargs) -> go.Figure:
    """Build a chart through st.cache_data: a rerun with the same data reuses the figure
    instead of paying plotly's property validation again."""
    if builder not in _cached_builders:
        _cached_builders[builder] = st.cache_data(max_entries=64, show_spinner=False)(builder)
    return _cached_builders[builder](*args, **kwargs)


# --------------------------------------------------------------------------- URL state


def url_choice(key: str, options: Sequence[str], default: str) -> str:
    """The value for a single-choice control from the URL, if valid, else the default."""
    value = st.query_params.get(key)
    return value if value in options else default


def url_choices(key: str, options: Sequence[str], default: Sequence[str]) -> list[str]:
    raw = st.query_params.get(key)
    if raw is None:
        return list(default)
    picked = [v for v in raw.split(",") if v in options]
    return picked


def set_url(**values: Any) -> None:
    """Write the view's state into the URL so a copied link reopens the same view."""
    for key, value in values.items():
        text = ",".join(value) if isinstance(value, (list, tuple)) else str(value)
        if st.query_params.get(key) != text:
            st.query_params[key] = text


# --------------------------------------------------------------------------- chart block


def md_text(text: object) -> str:
    """Source text for st.markdown: shown literally, never as Markdown or HTML."""
    special = "\\`*_[]<>#|~$"
    return "".join("\\" + ch if ch in special else ch for ch in str(text))


def chart_block(fig: go.Figure, data: pd.DataFrame, *, key: str, alt_text: str, sources: pd.DataFrame,
                table_columns: Sequence[str], slug: str, full: pd.DataFrame, as_of: Any = None,
                units: dict[str, str] | None = None, fx_note: str | None = None) -> None:
    """A chart with its source line, its alt text, a table view and its downloads."""
    st.plotly_chart(fig, key=key, width="stretch", config={"displaylogo": False})
    st.caption(md_text(_charts.source_line(sources)))
    st.caption("Chart description: " + md_text(alt_text))
    shown = data[list(table_columns)]
    with st.expander("Table view of this chart"):
        st.dataframe(shown, hide_index=True, width="stretch")
    title = html.unescape(fig.layout.title.text or slug)
    export = _exports.ChartExport(slug=slug, title=title, fig=fig, shown=shown, full=full, sources=sources,
                                  alt_text=alt_text, as_of=pd.Timestamp(as_of).date() if as_of is not None else None,
                                  units=units or {}, fx_note=fx_note)
    downloads(export, key)


def downloads(export: _exports.ChartExport, key: str) -> None:
    """Images with the source burned in, the data with provenance, and how to cite it."""
    with st.expander("Download and cite this chart"):
        size = st.radio("Image size", list(_exports.SIZES), format_func=_exports.SIZE_LABELS.get,
                        horizontal=True, key=f"{key}_size")
        stem = export.stem
        c1, c2, c3, c4 = st.columns(4)
        c1.download_button("PNG image", lambda: _exports.image_bytes(export, "png", size), f"{stem}.png",
                           "image/png", key=f"{key}_png", on_click="ignore")
        c1.download_button("SVG image", lambda: _exports.image_bytes(export, "svg", size), f"{stem}.svg",
                           "image/svg+xml", key=f"{key}_svg", on_click="ignore")
        c2.download_button("CSV, as shown", _exports.csv_bytes(export.shown), f"{stem}.csv", "text/csv",
                           key=f"{key}_csv", on_click="ignore")
        c2.download_button("CSV, full table", lambda: _exports.csv_bytes(export.full), f"{stem}_full.csv",
                           "text/csv", key=f"{key}_csv_full", on_click="ignore")
        c2.download_button("Metadata (CSV)", lambda: _exports.metadata_csv_bytes(export), f"{stem}_metadata.csv",
                           "text/csv", key=f"{key}_csv_meta", on_click="ignore")
        xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        c3.download_button("Excel, as shown", lambda: _exports.xlsx_bytes(export, "shown"), f"{stem}.xlsx", xlsx,
                           key=f"{key}_xlsx", on_click="ignore")
        c3.download_button("Excel, full table", lambda: _exports.xlsx_bytes(export, "full"), f"{stem}_full.xlsx",
                           xlsx, key=f"{key}_xlsx_full", on_click="ignore")
        c4.download_button("Everything (zip)", lambda: _exports.bundle_bytes(export, size), f"{stem}.zip",
                           "application/zip", key=f"{key}_zip", on_click="ignore")
        st.caption("Cite this chart")
        st.code(_exports.chart_citation(export), language=None, wrap_lines=True)
        st.code(_exports.chart_bibtex(export), language="latex")


def footer() -> None:
    """'data as of DATE · N sources · M failed at last refresh'."""
    try:
        info = query("SELECT data_as_of, built_at FROM build_info")
        sources = query("SELECT count(*) AS n, count(*) FILTER (WHERE status LIKE 'failed%') AS failed "
                        "FROM sources")
    except (FileNotFoundError, duckdb.Error):
        return
    as_of = _charts.fmt_date(info["data_as_of"][0])
    built = pd.Timestamp(info["built_at"][0]).strftime("%Y-%m-%d %H:%M UTC")
    st.divider()
    st.caption(f"Data as of {as_of} · {sources['n'][0]} sources · {sources['failed'][0]} failed at last "
               f"refresh · built {built} · Token Atlas")
