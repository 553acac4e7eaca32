"""Measure `extract` against figures a person annotated in real articles (bench/extract_eval/).

    .venv/bin/python bench/extract_eval.py FOLDER_WITH_<id>.txt

Prints recall (expected figures found) and precision (candidates that are right), per article and
per set, and lists every miss and every wrong candidate. Articles whose text is not in FOLDER are
skipped. annotations.json also keeps each set's first run ("first_runs"): the honest measure.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders import _extract  # noqa: E402


def key(cand: _extract.Candidate) -> tuple:
    if cand.kind == "multiple":
        return ("multiple", cand.factor)
    if cand.kind == "plan_price":
        return ("plan_price", cand.value, cand.tokens_included)
    return (cand.kind, cand.value)


def same(found: tuple, expected: list) -> bool:
    if found[0] != expected[0]:
        return False
    return all(abs(a - b) <= 0.005 * abs(b) for a, b in zip(found[1:], expected[1:]) if a is not None and b is not None)


def main(folder: Path) -> None:
    spec = json.loads((ROOT / "bench" / "extract_eval" / "annotations.json").read_text(encoding="utf-8"))
    for which in dict.fromkeys(a["set"] for a in spec["articles"]):  # in the order they were drawn
        print(f"== {which} articles")
        score([a for a in spec["articles"] if a.get("set") == which], folder)


def score(articles: list[dict], folder: Path) -> None:
    hits = total_expected = right = total_found = 0
    for article in articles:
        path = folder / f"{article['id']}.txt"
        if not path.exists():
            print(f"{article['id']}: no text at {path}; skipped")
            continue
        text, page_date = _extract.article_text(path.read_bytes())
        cands = _extract.extract(text, date.fromisoformat(article["published"]))
        found = list(dict.fromkeys(key(c) for c in cands))
        expected = article["expected"]
        got = [e for e in expected if any(same(f, e) for f in found)]
        ok = [f for f in found if any(same(f, e) for e in expected)]
        hits, total_expected = hits + len(got), total_expected + len(expected)
        right, total_found = right + len(ok), total_found + len(found)
        misses = [e for e in expected if e not in got]
        wrong = [f for f in found if f not in ok]
        print(f"{article['id']}: found {len(got)}/{len(expected)}, right {len(ok)}/{len(found)}"
              + (f"; missed {misses}" if misses else "") + (f"; wrong {wrong}" if wrong else ""))
    # a set with no figures, or an extractor that proposed nothing, has no share to print
    recall = f"{hits / total_expected:.0%}" if total_expected else "n/a (no figures)"
    precision = (f"{right / total_found:.0%} (wrong: {1 - right / total_found:.0%})" if total_found
                 else "n/a (no candidates)")
    print(f"\nrecall {hits}/{total_expected} = {recall}; precision {right}/{total_found} = {precision}")


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        sys.exit("usage: .venv/bin/python bench/extract_eval.py FOLDER_WITH_<id>.txt (a folder of article texts)")
    main(Path(sys.argv[1]))
