"""`python -m loaders new NAME`: a new source is scaffolded and the contract test covers it at once."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def project_copy(tmp: Path) -> Path:
    root = tmp / "project"
    for part in ("loaders", "data", "tests", "bench"):
        shutil.copytree(ROOT / part, root / part, ignore=shutil.ignore_patterns("__pycache__", "versions",
                                                                                 "tokens.duckdb", "http-cache*"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def pytest_in(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=root,
                          capture_output=True, text=True, timeout=300)


def test_new_loader_is_checked_by_the_contract_test_until_it_is_filled_in(tmp_path):
    root = project_copy(tmp_path)
    made = subprocess.run([sys.executable, "-m", "loaders", "new", "demo_usage", "--root", str(root)], cwd=root,
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    module = root / "loaders" / "demo_usage.py"
    assert module.exists() and (root / "tests" / "fixtures" / "demo_usage" / "routes.toml").exists()
    assert (root / "tests" / "test_demo_usage.py").exists()

    untouched = pytest_in(root, "tests/test_loaders.py", "-k", "contract")
    assert untouched.returncode != 0
    report = untouched.stdout + untouched.stderr
    assert f"{module}:1: docstring: still TODO" in report
    assert f"{module}:" in report and "ORIGIN.producer: empty; every origin needs it" in report

    text = module.read_text(encoding="utf-8")
    text = text.replace('"""TODO: one line saying what this source is; it becomes the source\'s description."""',
                        '"""Demo usage counts: tokens per model per day."""')
    for field, value in [("producer", "Demo Lab"), ("title", "Demo usage"),
                         ("url", "https://example.org/replace-with-the-real-url"), ("license", "CC BY 4.0"),
                         ("citation", "Demo Lab, Demo usage")]:
        text = text.replace(f'    {field}="",', f'    {field}="{value}",')
    module.write_text(text, encoding="utf-8")
    filled = pytest_in(root, "tests/test_loaders.py", "tests/test_demo_usage.py", "-k",
                       "contract or discovery or demo_usage")
    assert filled.returncode == 0, filled.stdout[-2000:] + filled.stderr[-2000:]
    assert "demo_usage" in subprocess.run([sys.executable, "-m", "loaders", "list"], cwd=root, capture_output=True,
                                          text=True).stdout


def test_new_refuses_bad_or_taken_names(tmp_path):
    bad = subprocess.run([sys.executable, "-m", "loaders", "new", "Bad-Name", "--root", str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "lower-case letters" in bad.stderr
    taken = subprocess.run([sys.executable, "-m", "loaders", "new", "ecb_eurofxref", "--root", str(ROOT)], cwd=ROOT,
                           capture_output=True, text=True)
    assert taken.returncode == 1 and "already exists" in taken.stderr


def test_a_broken_loader_module_is_named_by_file_and_line(tmp_path):
    root = project_copy(tmp_path)
    (root / "loaders" / "broken_source.py").write_text('"""A broken source."""\nORIGIN = (\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "loaders", "build"], cwd=root, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "TOKENS_DATA_DIR": str(root / "data")})
    assert run.returncode == 1
    assert f"{root / 'loaders' / 'broken_source.py'}:2: syntax:" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_broken_fixture_route_is_named_by_file_and_line(tmp_path):
    root = project_copy(tmp_path)
    routes = root / "tests" / "fixtures" / "fred_dexchus" / "routes.toml"
    routes.write_text('[[route]]\nurl = "https://fred.stlouisfed.org/graph/fredgraph.csv?id=DEXCHUS"\n'
                      'file = "missing.csv"\n', encoding="utf-8")
    run = pytest_in(root, "tests/test_loaders.py", "-k", "fred")
    assert run.returncode != 0
    assert f"{routes}:1: file: 'missing.csv' is not in" in run.stdout + run.stderr
