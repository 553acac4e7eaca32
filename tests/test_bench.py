"""The benchmark runs end to end at its smallest size; it measures, it asserts no timings."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_runs_at_the_smallest_size_and_writes_its_report(tmp_path):
    out = tmp_path / "results.md"
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "10000", "--repeats", "1",
                          "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    report = out.read_text(encoding="utf-8")
    assert report.startswith("# Benchmark: model-level usage at scale")
    assert "cores" in report and "rows/s" in report
    for page in ("growth", "pricing", "timeline", "sources"):
        assert f"app_pages/{page}.py" in report
    assert "× floor" in report and "faster than naive" in report and "MB" in report
    assert not (ROOT / "data" / "raw" / "synthetic_usage").exists(), "synthetic rows never touch data/"


def test_synthetic_rows_never_reach_the_real_database(built):
    import duckdb
    with duckdb.connect(str(built.database), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM model_usage WHERE synthetic").fetchone()[0] == 0
        assert "synthetic_usage" not in {r[0] for r in con.execute("SELECT source FROM sources").fetchall()}


def test_models_view_shows_synthetic_rows_only_flagged(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "bench"))
    import synthetic
    from streamlit.testing.v1 import AppTest

    from loaders import _core
    data = tmp_path / "data"
    synthetic.prepare(5000, data)
    _core.build(_core.Paths(data=data))
    monkeypatch.setenv("TOKENS_DB", str(data / "tokens.duckdb"))
    plain = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not plain.exception
    assert any("No model-level usage is loaded" in i.value for i in plain.info), "synthetic rows are not shown as real"
    monkeypatch.setenv("TOKENS_SHOW_SYNTHETIC", "1")
    flagged = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not flagged.exception
    assert any("SYNTHETIC benchmark data" in w.value for w in flagged.warning)
