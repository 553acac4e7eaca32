"""Curated files: the committed ones are clean, and every kind of bad input is named FILE:LINE: field."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from loaders import _curated

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "data" / "curated"


def test_committed_curated_files_have_no_problems():
    files = _curated.curated_files(CURATED)
    assert {f.stem for f in files} == set(_curated.SPECS)
    for path in files:
        assert _curated.check_file(path) == [], path


def test_every_committed_figure_has_url_quote_and_grade():
    for path in _curated.curated_files(CURATED):
        rows, _ = _curated.read_rows(path)
        assert rows
        for row in rows:
            assert row.values["url"].startswith(("http://", "https://")), row.values["id"]
            assert row.values["quote"].strip(), row.values["id"]
            assert row.values["confidence"] in _curated.CONFIDENCE, row.values["id"]
            assert row.values["confidence"] not in ("D", "C/D")


def test_conflicting_reports_are_all_kept_with_one_preferred():
    rows, _ = _curated.read_rows(CURATED / "token_volumes.toml")
    march = [r.values for r in rows if r.values["fact_key"] == "cn/2026-03"]
    assert len(march) >= 2 and sum(r.get("preferred", True) for r in march) == 1
    assert all(r.get("preferred_reason") for r in march if not r.get("preferred", True))
    plans, _ = _curated.read_rows(CURATED / "token_plans.toml")
    basic = [r.values for r in plans if r.values["fact_key"] == "china-telecom/developer-basic"]
    assert {r["tokens_published"] for r in basic} == {"15 million", "as high as 150 million"}
    assert [r["tokens_published"] for r in basic if r.get("preferred", True)] == ["15 million"]


GOOD = '''[defaults]
source = "curated"
accessed_on = "2026-11-27"

[[row]]
id = "cn-2026-03"
fact_key = "cn/2026-03"
series = "china_national"
entity = "China (national)"
country = "CN"
metric = "daily token calls"
measure = "reported"
value_published = "exceeded 140 trillion"
unit_published = "average daily token usage"
period = "day"
as_of = "2026-03"
published_on = "2026-03-24"
producer = "National Data Administration"
outlet = "Yicai Global"
url = "https://www.yicaiglobal.com/news/x"
quote = "Average daily token usage in China has exceeded 140 trillion so far this month"
quote_lang = "en"
confidence = "A"
preferred = true
'''


def write(tmp_path: Path, text: str, name: str = "token_volumes.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_good_row_passes(tmp_path):
    assert _curated.check_file(write(tmp_path, GOOD)) == []


@pytest.mark.parametrize("old, new, field, message", [
    ('value_published = "exceeded 140 trillion"', 'value_published = "exceeded 1.4 quadrillion"',
     "value_published", "does not appear in the quote"),
    ('value_published = "exceeded 140 trillion"', 'value_published = "exceeded 140 zillion"',
     "value_published", "cannot read a number"),
    ('period = "day"', 'period = "fortnight"', "period", "is not one of"),
    ('as_of = "2026-03"', 'as_of = "March 2026"', "as_of", "is not a date"),
    ('confidence = "A"', 'confidence = "D"', "confidence", "is not one of"),
    ('url = "https://www.yicaiglobal.com/news/x"', 'url = "yicaiglobal.com"', "url", "not an http(s) URL"),
    ('preferred = true', 'preferred = "yes"', "preferred", "true or false"),
    ('quote_lang = "en"', 'quote_lang = "zh"', "quote_en", "needs an English translation"),
    ('measure = "reported"', 'measure = "reported"\nsize = 3', "size", "unknown field"),
    ('confidence = "A"', 'confidence = "B/D"', "preferred", "set preferred = false"),
])
def test_bad_field_is_named_with_its_line(tmp_path, old, new, field, message):
    text = GOOD.replace(old, new)
    problems = _curated.check_file(write(tmp_path, text))
    assert problems, "the bad input was accepted"
    problem = next(p for p in problems if p.field == field)
    assert message in problem.message
    expected_line = line_of(text, new.splitlines()[-1]) if field in new else line_of(text, "[[row]]")
    if field == "preferred":
        expected_line = line_of(text, "preferred =")
    assert problem.line == expected_line
    assert re.fullmatch(rf".*token_volumes\.toml:{problem.line}: {field}: .+", str(problem))


def test_missing_required_field_points_at_its_row(tmp_path):
    text = GOOD + GOOD.split("[[row]]")[1].replace('id = "cn-2026-03"', 'id = "second"').replace(
        'quote = "Average', 'quotation = "Average').join(["[[row]]", ""])
    problems = _curated.check_file(write(tmp_path, text))
    second_row = [i for i, line in enumerate(text.splitlines(), 1) if line == "[[row]]"][1]
    assert any(p.field == "quote" and p.line == second_row and "missing" in p.message for p in problems)


def test_duplicate_ids_and_two_preferred_reports(tmp_path):
    text = GOOD + "\n[[row]]" + GOOD.split("[[row]]")[1]
    problems = _curated.check_file(write(tmp_path, text))
    fields = {p.field for p in problems}
    assert {"id", "preferred"} <= fields
    assert any("already used on line" in p.message for p in problems)


def test_truncated_file_fails_with_file_and_line(tmp_path):
    text = GOOD[: GOOD.index('quote = "Average') + 20]  # cut inside a string
    problems = _curated.check_file(write(tmp_path, text))
    assert len(problems) == 1 and problems[0].field == "syntax"
    assert problems[0].line == line_of(text, 'quote = "Average')


def test_unknown_file_name_is_refused(tmp_path):
    problems = _curated.check_file(write(tmp_path, GOOD, "volumes.toml"))
    assert problems[0].field == "file" and "token_volumes.toml" in problems[0].message


def test_plan_quota_in_requests_is_never_counted_as_tokens(tmp_path):
    rows, _ = _curated.read_rows(CURATED / "token_plans.toml")
    text = (CURATED / "token_plans.toml").read_text(encoding="utf-8").replace(
        'requests_published = "600 次"', 'requests_published = "600 次"\ntokens_published = "600"', 1)
    problems = _curated.check_file(write(tmp_path, text, "token_plans.toml"))
    assert any(p.field == "tokens_published" and "never counted as tokens" in p.message for p in problems)


def test_check_command_reports_every_problem_without_traceback(tmp_path):
    text = GOOD.replace('period = "day"', 'period = "fortnight"').replace('as_of = "2026-03"', 'as_of = "soon"')
    path = write(tmp_path, text)
    run = subprocess.run([sys.executable, "-m", "loaders", "check", str(path)], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert f"{path}:{line_of(text, 'fortnight')}: period:" in run.stdout
    assert f"{path}:{line_of(text, 'soon')}: as_of:" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr


def test_check_command_passes_on_committed_data():
    run = subprocess.run([sys.executable, "-m", "loaders", "check"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
