"""Journalists' exports: images, data files, citations, bundles and the whole-dataset export."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest
from frictionless import validate

from app_pages import _charts, _exports
from loaders._normalize import human

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tables(built):
    with duckdb.connect(str(built.database), read_only=True) as con:
        volumes = con.sql("SELECT * FROM token_volumes WHERE measure IN ('reported', 'estimate')").df()
        events = con.sql("SELECT * FROM events").df()
    return volumes, events


@pytest.fixture(scope="module")
def china(tables):
    volumes, _ = tables
    df = volumes[volumes["series"] == "china_national"]
    fig = _charts.growth_figure(df)
    shown = df[["entity", "as_of_label", "value_published", "tokens_per_day", "producer", "outlet", "url"]]
    return _exports.ChartExport(slug="china-daily-tokens", title="China's daily token use", fig=fig, shown=shown,
                                full=volumes, sources=df[df["preferred"]], alt_text=_charts.growth_alt_text(df),
                                as_of=df[df["preferred"]]["as_of_date"].max(), units={"tokens_per_day": "tokens per day"})


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", list(_exports.SIZES))
def test_png_has_magic_bytes_and_the_chosen_size(china, size):
    assert png_size(_exports.image_bytes(china, "png", size)) == _exports.SIZES[size]


def test_svg_parses_and_carries_the_source_line_and_as_of_date(china):
    svg = _exports.image_bytes(china, "svg", "web").decode("utf-8")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    text = " ".join(" ".join(root.itertext()).replace("\xa0", " ").split())
    assert " ".join(china.source_line.split()) in text
    assert "National Data Administration, via Yicai Global, 24 March 2026" in text
    assert "Data as of March 2026" in text and "Token Atlas" in text


def test_file_names_say_what_and_when(china):
    assert china.stem == "china-daily-tokens_2026-03"


def test_csv_neutralises_formula_cells_but_not_numbers():
    df = pd.DataFrame({"text": ["=HYPERLINK(\"x\")", "+1", "-cmd", "@SUM(A1)", "plain", "\tx"],
                       "number": [-5.0, 1.0, 2.0, 3.0, 4.0, 5.0]})
    out = pd.read_csv(io.BytesIO(_exports.csv_bytes(df)), keep_default_na=False)
    assert out["text"].tolist() == ["'=HYPERLINK(\"x\")", "'+1", "'-cmd", "'@SUM(A1)", "plain", "'\tx"]
    assert out["number"].tolist()[0] == -5.0


def test_xlsx_opens_and_has_data_and_metadata_sheets(china):
    book = openpyxl.load_workbook(io.BytesIO(_exports.xlsx_bytes(china, "shown")))
    assert book.sheetnames == ["data", "metadata"]
    header = [c.value for c in book["data"][1]]
    assert header == list(china.shown.columns)
    meta = {row[0].value: row[1].value for row in book["metadata"].iter_rows(min_row=2)}
    assert meta["source line"].startswith("Source: National Data Administration")
    assert meta["unit: tokens_per_day"] == "tokens per day"
    assert any(k == "source" for k in meta)
    full = openpyxl.load_workbook(io.BytesIO(_exports.xlsx_bytes(china, "full")))
    assert full["data"].max_row == len(china.full) + 1


def test_sentence_numbers_come_from_the_database(built):
    with duckdb.connect(str(built.database), read_only=True) as con:
        rows = con.sql("""SELECT * FROM token_volumes WHERE series = 'china_national' AND preferred
                          ORDER BY as_of_date""").df()
    baseline, latest = rows.iloc[0], rows.iloc[-1]
    sentence = _exports.growth_sentence(latest, baseline)
    assert sentence == ("China's daily token use passed 140 trillion in March 2026, more than 1,000 times the "
                        "100 billion of early 2024 (National Data Administration, 24 March 2026; 14 August 2025).")
    assert human(latest["tokens_per_day"]) in sentence and human(baseline["tokens_per_day"]) in sentence
    assert latest["tokens_per_day"] / baseline["tokens_per_day"] > 1000


def test_citations_credit_the_producer_first(china, built):
    row = china.sources.iloc[-1]
    text = _exports.figure_citation(row)
    assert text.startswith("National Data Administration (24 March 2026).")
    assert row["url"] in text
    bib = _exports.figure_bibtex(row)
    assert bib.startswith("@misc{") and "author = {{National Data Administration}}" in bib
    assert _exports.chart_citation(china).startswith("National Data Administration. Compiled and normalized by Token Atlas")


def test_bundle_holds_every_file_and_a_valid_data_package(china, tmp_path):
    data = _exports.bundle_bytes(china, "web")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path)
    stem = "china-daily-tokens_2026-03"
    assert names == {f"{stem}/{n}" for n in (f"{stem}.png", f"{stem}.svg", f"{stem}.csv", f"{stem}_metadata.csv",
                                              "datapackage.json", "citation.txt", "alt-text.txt", "README.md")}
    meta = (tmp_path / stem / f"{stem}_metadata.csv").read_text(encoding="utf-8")
    assert meta.startswith("field,value") and "source line" in meta and "unit: tokens_per_day" in meta
    folder = tmp_path / stem
    assert png_size((folder / f"{stem}.png").read_bytes()) == (1200, 675)
    assert "@misc{" in (folder / "citation.txt").read_text()
    report = validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_dataset_export_writes_csv_parquet_and_a_valid_package(built, tmp_path):
    import os
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "loaders", "export", str(out)], cwd=ROOT, capture_output=True,
                         text=True, env={**os.environ, "TOKENS_DATA_DIR": str(built.data)})
    assert run.returncode == 0, run.stderr
    package = json.loads((out / "datapackage.json").read_text())
    names = {r["path"] for r in package["resources"]}
    assert {"token_volumes.csv", "token_plans.csv", "events.csv", "fx_rates.csv", "sources.csv"} <= names
    for resource in package["resources"]:
        assert (out / resource["path"].replace(".csv", ".parquet")).exists()
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM '{out / 'token_volumes.parquet'}'").fetchone()[0] == \
            next(r["rows"] for r in package["resources"] if r["path"] == "token_volumes.csv")
    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]


def test_export_without_a_database_says_what_to_run(tmp_path):
    import os
    run = subprocess.run([sys.executable, "-m", "loaders", "export", str(tmp_path / "out")], cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ, "TOKENS_DATA_DIR": str(tmp_path)})
    assert run.returncode == 1 and "run `python -m loaders build` first" in run.stderr


def test_dataset_csv_neutralises_the_same_formula_starts_as_chart_exports():
    from loaders import _export
    with duckdb.connect() as con:
        con.execute("CREATE TABLE t (x VARCHAR)")
        con.executemany("INSERT INTO t VALUES (?)", [[v] for v in ("=1+1", "+1", "-cmd", "@SUM(A1)", "\tx", "plain")])
        out = [r[0] for r in con.execute(f"SELECT {_export._neutralise_sql('x')} FROM t").fetchall()]
    assert out == ["'=1+1", "'+1", "'-cmd", "'@SUM(A1)", "'\tx", "plain"]
    assert _exports.FORMULA_START is _export.FORMULA_START
