"""The whole dataset for researchers: every table as CSV and Parquet, with a datapackage.json.

`python -m loaders export OUT_DIR` reads the served database (read-only) and writes
OUT_DIR/<table>.csv, OUT_DIR/<table>.parquet and OUT_DIR/datapackage.json, a Frictionless
Data Package describing the CSV files with typed schemas. Text cells that a spreadsheet
would run as formulas (=, +, -, @) are prefixed with a quote in the CSV files only; the
Parquet files keep every value as stored.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb

from ._core import FACT_TABLES, Paths

TABLES = FACT_TABLES + ("sources", "fetches", "build_info")
TYPES = {"VARCHAR": "string", "DOUBLE": "number", "FLOAT": "number", "BIGINT": "integer", "INTEGER": "integer",
         "BOOLEAN": "boolean", "DATE": "date", "TIMESTAMP": "datetime"}
# What a spreadsheet runs as a formula when a cell starts with it; the chart exports use it too.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _neutralise_sql(column: str) -> str:
    starts = ", ".join(f"chr({ord(ch)})" for ch in FORMULA_START)
    return (f"CASE WHEN left(\"{column}\", 1) IN ({starts}) "
            f"THEN '''' || \"{column}\" ELSE \"{column}\" END AS \"{column}\"")


def export(out: Path, paths: Paths | None = None) -> dict:
    paths = paths or Paths()
    if not paths.database.exists():
        raise FileNotFoundError(f"no database at {paths.database}; run `python -m loaders build` first")
    out.mkdir(parents=True, exist_ok=True)
    resources = []
    with duckdb.connect(str(paths.database.resolve()), read_only=True) as con:
        built = con.execute("SELECT built_at FROM build_info").fetchone()[0]
        for table in TABLES:
            columns = con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                  "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
            select = ", ".join(_neutralise_sql(c) if t == "VARCHAR" else
                               (f"strftime(\"{c}\", '%Y-%m-%dT%H:%M:%S') AS \"{c}\"" if t == "TIMESTAMP" else f'"{c}"')
                               for c, t in columns)
            csv_path, parquet_path = out / f"{table}.csv", out / f"{table}.parquet"
            con.execute(f"COPY (SELECT {select} FROM {table}) TO '{csv_path}' (HEADER, DELIMITER ',')")
            con.execute(f"COPY {table} TO '{parquet_path}' (FORMAT parquet, COMPRESSION zstd)")
            rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            fields = [{"name": c, "type": TYPES.get(t, "string")} for c, t in columns]
            for f in fields:
                if f["type"] == "datetime":
                    f["format"] = "%Y-%m-%dT%H:%M:%S"
            resources.append({"name": table.replace("_", "-"), "path": csv_path.name, "format": "csv",
                              "mediatype": "text/csv", "encoding": "utf-8",
                              "schema": {"fields": fields, "missingValues": [""]}, "rows": rows})
    package = {
        "name": "token-atlas",
        "title": "Token Atlas: AI token-usage figures with their sources",
        "description": ("Published AI token volumes, token-plan prices, the export and investment timeline, "
                        "exchange rates and API prices, each row with its source, URL and quote. "
                        "Parquet copies of every table sit beside the CSV files."),
        "version": f"{built:%Y.%m.%d}",
        "created": f"{built:%Y-%m-%dT%H:%M:%S}Z",
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": resources,
    }
    (out / "datapackage.json").write_text(json.dumps(package, indent=2, ensure_ascii=False), encoding="utf-8")
    return {"out": str(out), "tables": {r["path"]: r["rows"] for r in resources}, "exported": date.today().isoformat()}
