"""`make bench`: build speed, page render time against a floor and a naive baseline, memory.

    .venv/bin/python bench/run.py [--sizes 10000,1000000,10000000] [--out bench/results.md]

For each size it generates synthetic model-level rows (bench/synthetic.py) into a temporary
data folder, builds through the normal build path, renders every page with AppTest in a fresh
process (with the synthetic rows shown, flagged), renders the naive Models page and the floor
page the same way, and writes the results with the machine they ran on. Nothing is asserted:
the test suite runs it once at the smallest size to prove it works.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synthetic  # noqa: E402

from loaders import _core  # noqa: E402

TARGET_FLOOR_MULTIPLE, TARGET_SPEEDUP, TARGET_ROWS_PER_S, TARGET_MB = 2.0, 10.0, 1_000_000, 600


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    return (f"{platform.platform()}; {os.cpu_count()} cores ({cpu}); {int(memory) // 1024 // 1024} GiB; "
            f"Python {platform.python_version()}")


def render(mode: str, db: Path, repeats: int) -> dict:
    env = {**os.environ, "TOKENS_DB": str(db), "TOKENS_SHOW_SYNTHETIC": "1"}
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "render_pages.py"), mode, str(repeats)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=3600)
    if run.returncode != 0:
        raise SystemExit(f"rendering {mode} failed:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def measure(rows: int, repeats: int, work: Path) -> dict:
    data = work / f"data-{rows}"
    shutil.rmtree(data, ignore_errors=True)
    generated = synthetic.prepare(rows, data)
    started = time.perf_counter()
    _core.build(_core.Paths(data=data))
    build_s = time.perf_counter() - started
    db = data / "tokens.duckdb"
    result = {"rows": generated["rows"], "build_s": build_s, "rows_per_s": generated["rows"] / build_s,
              "app": render("app", db, repeats), "naive": render("naive", db, repeats),
              "floor": render("floor", db, repeats)}
    shutil.rmtree(data, ignore_errors=True)
    return result


def verdict(ok: bool, text: str) -> str:
    return ("met" if ok else "missed") + f": {text}"


def report(results: list[dict]) -> str:
    lines = ["# Benchmark: model-level usage at scale", "",
             f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {machine()}.", "",
             "Synthetic rows (bench/synthetic.py: long-tailed model shares, exponential growth, models "
             "appearing over time) are loaded through the normal build. Pages are rendered server-side with "
             "Streamlit's AppTest in a fresh process per size. *Cold* is a page's first view after a build "
             "(its DuckDB queries run); *warm* is a rerun of that page, as after a widget change (queries "
             "cached per database version). The "
             "floor is a minimal page with one plotly chart of 1,000 points; the naive baseline is the Models "
             "view done in pandas, loading every row on every rerun. Memory is the peak resident size of the "
             "process that rendered all pages.", ""]
    for r in results:
        floor, naive = r["floor"]["pages"]["floor"], r["naive"]["pages"]["naive"]
        lines += [f"## {r['rows']:,} rows", "",
                  f"Build: {r['build_s']:.2f} s, {r['rows_per_s']:,.0f} rows/s "
                  f"({verdict(r['rows_per_s'] >= TARGET_ROWS_PER_S, 'target 1,000,000 rows/s')}).", "",
                  f"Floor page: cold {floor['cold'] * 1000:.0f} ms, warm {floor['warm'] * 1000:.0f} ms. "
                  f"Naive Models page: cold {naive['cold'] * 1000:.0f} ms, warm {naive['warm'] * 1000:.0f} ms, "
                  f"peak {r['naive']['peak_mb']:.0f} MB.", "",
                  "| page | cold (ms) | warm (ms) | warm × floor | growth page vs naive (warm) |",
                  "|---|---|---|---|---|"]
        for page, t in r["app"]["pages"].items():
            speedup = naive["warm"] / t["warm"] if page.endswith("growth.py") else None
            lines.append(f"| {page} | {t['cold'] * 1000:.0f} | {t['warm'] * 1000:.0f} | "
                         f"{t['warm'] / floor['warm']:.1f}× | "
                         + (f"{speedup:.0f}× faster" if speedup else "") + " |")
        growth = r["app"]["pages"]["app_pages/growth.py"]
        worst = max(t["warm"] / floor["warm"] for t in r["app"]["pages"].values())
        lines += ["", f"- Every page within {TARGET_FLOOR_MULTIPLE:.0f}× the floor (warm): "
                  + verdict(worst <= TARGET_FLOOR_MULTIPLE, f"worst {worst:.1f}×"),
                  f"- Growth page (with the Models view) at least {TARGET_SPEEDUP:.0f}× faster than naive (warm): "
                  + verdict(naive["warm"] / growth["warm"] >= TARGET_SPEEDUP, f"{naive['warm'] / growth['warm']:.0f}×"),
                  f"- Growth page cold against naive: {naive['cold'] / growth['cold']:.1f}× faster",
                  f"- App memory at most {TARGET_MB} MB: "
                  + verdict(r["app"]["peak_mb"] <= TARGET_MB, f"{r['app']['peak_mb']:.0f} MB peak"), ""]
    lines += ["## Why a target is missed, where one is", "",
              "- The floor is close to what any page costs: Streamlit's script run plus one plotly figure. Pages "
              "that draw several charts with hover text, tables and download buttons cost a few floors even when "
              "their data is cached; the data size no longer matters once queries are cached, which is what the "
              "10-million-row rows show.",
              "- A cold view runs the DuckDB aggregations over every row once; later views of the same database "
              "version are cache hits. The naive page pays the full load into pandas on every rerun.",
              "- Build speed includes the fixed cost of the curated build (about 1.5 s), which dominates at small "
              "sizes.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,1000000,10000000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.md"))
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="token-atlas-bench-") as tmp:
        for rows in (int(s) for s in args.sizes.split(",")):
            print(f"size {rows:,}: generating, building, rendering ...", flush=True)
            results.append(measure(rows, args.repeats, Path(tmp)))
    text = report(results)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
