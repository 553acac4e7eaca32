"""Generate synthetic model-level daily token counts and load them through the normal build.

    .venv/bin/python bench/synthetic.py ROWS DATA_DIR

Copies data/curated and data/raw into DATA_DIR (a benchmark folder, never data/), writes a
Parquet snapshot for the `synthetic_usage` loader with about ROWS rows, logs it like a fetch,
and leaves the build to the caller. The shape is meant to look like OpenRouter's rankings:
models appear over time, their shares are long-tailed (Zipf), total use grows
exponentially, and each day has noise. Every row is marked synthetic.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
PROVIDERS = [("openai", "US"), ("anthropic", "US"), ("google", "US"), ("meta-llama", "US"), ("x-ai", "US"),
             ("deepseek", "CN"), ("qwen", "CN"), ("moonshotai", "CN"), ("z-ai", "CN"), ("minimax", "CN"),
             ("bytedance-seed", "CN"), ("tencent", "CN"), ("xiaomi", "CN"), ("mistralai", "FR"),
             ("cohere", "CA"), ("amazon", "US"), ("microsoft", "US"), ("nvidia", "US"), ("baidu", "CN"),
             ("stepfun", "CN")]


def generate(rows: int, seed: int = 7) -> pa.Table:
    """About `rows` rows: days x active models, with models born over time."""
    rng = np.random.default_rng(seed)
    days = max(30, min(3000, int(round((rows / 2) ** 0.5 * 1.6))))
    models = max(5, int(round(2 * rows / days)))  # births spread evenly: active models average models / 2
    births = np.sort(rng.integers(0, days, size=models))
    births[: max(1, models // 20)] = 0  # some models exist from the start
    births.sort()
    weights = 1.0 / np.arange(1, models + 1) ** 1.1
    rng.shuffle(weights)  # a popular model may arrive late
    active = np.searchsorted(births, np.arange(days), side="right")  # models born on or before each day
    day_index = np.repeat(np.arange(days), active)
    model_index = np.concatenate([np.arange(n) for n in active])
    weight_sum = np.cumsum(weights)[active - 1]
    total = 1e11 * np.exp(np.arange(days) * (np.log(1400) / max(days, 1)))  # ~1,400x over the span
    share = weights[model_index] / weight_sum[day_index]
    tokens = total[day_index] * share * rng.lognormal(0.0, 0.25, size=day_index.size)
    provider_index = np.arange(models) % len(PROVIDERS)
    names = np.array([f"{PROVIDERS[p][0]}/model-{i:05d}" for i, p in enumerate(provider_index)], dtype=object)
    start = date(2025, 1, 1)
    dates = np.datetime64(start) + day_index.astype("timedelta64[D]")
    country = np.array([c for _, c in PROVIDERS], dtype=object)[provider_index[model_index]]
    return pa.table({
        "date": pa.array(dates, type=pa.date32()),
        "model": pa.DictionaryArray.from_arrays(pa.array(model_index, type=pa.int32()), pa.array(names)),
        "provider": pa.DictionaryArray.from_arrays(pa.array(provider_index[model_index], type=pa.int32()),
                                                   pa.array([p for p, _ in PROVIDERS])),
        "provider_country": pa.array(country),
        "tokens": pa.array(np.round(tokens)),
    })


def prepare(rows: int, data_dir: Path) -> dict:
    """A benchmark data folder: the committed data plus one synthetic snapshot, logged as a fetch."""
    if data_dir.resolve() == (ROOT / "data").resolve():
        raise SystemExit("refusing to write synthetic rows into data/: give a benchmark folder")
    if not (data_dir / "curated").exists():
        shutil.copytree(ROOT / "data" / "curated", data_dir / "curated")
        shutil.copytree(ROOT / "data" / "raw", data_dir / "raw")
    table = generate(rows)
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    raw = buffer.getvalue()
    digest = hashlib.sha256(raw).hexdigest()
    when = datetime.now(timezone.utc)
    folder = data_dir / "raw" / "synthetic_usage"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    path = folder / f"{when:%Y%m%dT%H%M%SZ}-{digest[:12]}.parquet"
    path.write_bytes(raw)
    log = data_dir / "raw" / "fetch-log.jsonl"
    kept = [line for line in log.read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line)["source"] != "synthetic_usage"]
    kept.append(json.dumps({"source": "synthetic_usage", "fetched_at": when.isoformat(timespec="seconds"),
                            "url": "bench/synthetic.py", "http_status": None, "bytes": len(raw), "sha256": digest,
                            "path": str(path.relative_to(data_dir)), "error": None,
                            "note": f"synthetic: {table.num_rows} generated rows, for benchmarks only"}))
    log.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return {"rows": table.num_rows, "bytes": len(raw), "path": str(path)}


if __name__ == "__main__":
    print(prepare(int(sys.argv[1]), Path(sys.argv[2])))
