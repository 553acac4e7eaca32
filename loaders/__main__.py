"""python -m loaders list | fetch [NAME ...] [--offline] | build | check PATH... | extract SRC | new NAME | export OUT_DIR

Bad input is reported as FILE:LINE: field: what is wrong, with exit status 1 and no
traceback. A failed build leaves the served database as it was.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import _core, _curated


def cmd_list(args: argparse.Namespace) -> int:
    paths = _core.Paths()
    log = _core.read_fetch_log(paths)
    print("Loaders (data/raw/<name>/ snapshots):")
    for name, module in _core.discover().items():
        snaps = _core.snapshots(paths, name, log)
        newest = snaps[0].fetched_at if snaps else "none"
        doc = (module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else ""
        print(f"  {name:<24} {doc}\n  {'':<24} table {getattr(module, 'TABLE', '-')}, "
              f"{len(snaps)} snapshot(s), newest {newest}")
    print("Curated files (data/curated/):")
    for path in _curated.curated_files(paths.curated):
        rows, problems = _curated.read_rows(path)
        print(f"  {path.name:<24} {len(rows)} rows" + (f", {len(problems)} problem(s)" if problems else ""))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    targets = [Path(p) for p in args.paths] or _curated.curated_files(_core.Paths().curated)
    problems = []
    for target in targets:
        files = _curated.curated_files(target) if target.is_dir() else [target]
        for path in files:
            if not path.exists():
                problems.append(_curated.Problem(str(path), 0, "file", "does not exist"))
                continue
            problems += _curated.check_file(path)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print(f"ok: {len(targets)} path(s) checked, no problems.")
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    """Fetch each source (a progress bar per source), then build; one line per source at the end."""
    from tqdm import tqdm

    from ._http import Http

    paths = _core.Paths()
    modules = _core.discover()
    unknown = [n for n in args.names if n not in modules]
    if unknown:
        print(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(modules)}", file=sys.stderr)
        return 2
    # Benchmark-only sources are generated, never fetched, unless named.
    chosen = {n: m for n, m in modules.items()
              if (n in args.names if args.names else not getattr(m, "BENCHMARK_ONLY", False))}
    outcomes: list[_core.FetchOutcome] = []
    if args.offline:
        print("offline: no fetching; building from the snapshots on disk")
    else:
        paths.raw.mkdir(parents=True, exist_ok=True)
        http = Http(cache_path=str(paths.data / "http-cache"))
        try:
            for name, module in chosen.items():
                with tqdm(desc=f"{name:<22}", unit="B", unit_scale=True, leave=True, file=sys.stderr,
                          disable=None) as bar:
                    def progress(done: int, total: int | None, bar=bar) -> None:
                        bar.total = total
                        bar.update(done - bar.n)
                    http.progress = progress
                    outcome = _core.fetch_source(paths, name, module, http)
                    bar.set_postfix_str(outcome.status)
                outcomes.append(outcome)
        finally:
            http.close()
    build_failed = False
    if not args.no_build:
        build_failed = cmd_build(args) != 0
    if outcomes:
        print("\nFetched:")
        for outcome in outcomes:
            print(f"  {outcome.line}")
    failed = [o for o in outcomes if o.status == "failed"]
    if failed:
        print(f"{len(failed)} source(s) failed; their previous snapshots and rows are still served.", file=sys.stderr)
    return 1 if failed or build_failed else 0


def cmd_build(args: argparse.Namespace) -> int:
    try:
        summary = _core.build()
    except _core.BuildError as exc:
        print(f"build failed; the served database is unchanged.\n{exc}", file=sys.stderr)
        return 1
    print(f"built {summary['version']}")
    for table, count in summary["rows"].items():
        print(f"  {table:<14} {count:>7} rows")
    for name, status in summary["sources"].items():
        print(f"  {name}: {status}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Propose cited figures from an article (a file or a URL)."""
    import json
    from datetime import date

    from . import _extract
    from ._http import FetchError, Http

    target = args.source
    try:
        if target.startswith(("http://", "https://")):
            http = Http(cache_path=str(_core.Paths().data / "http-cache"))
            raw = http.get(target).content
            http.close()
        else:
            raw = Path(target).read_bytes()
        published = date.fromisoformat(args.published) if args.published else None
    except FetchError as exc:
        print(f"{target}: could not fetch: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{target}: cannot be read: {exc.strerror}", file=sys.stderr)
        return 1
    except ValueError:
        print(f"--published {args.published!r}: write the date as YYYY-MM-DD", file=sys.stderr)
        return 2
    text, page_date = _extract.article_text(raw)
    published = published or page_date
    if not text.strip():
        print(f"{target}: no article text found", file=sys.stderr)
        return 1
    found = _extract.extract(text, published)
    _extract.cross_check(found, _extract.curated_volumes(_core.Paths().curated))
    if args.json:
        print(json.dumps({"source": target, "published": published.isoformat() if published else None,
                          "candidates": [c.as_json() for c in found]}, ensure_ascii=False, indent=2))
        return 0
    lang = "zh" if sum("\u4e00" <= ch <= "\u9fff" for ch in text) > len(text) * 0.1 else "en"
    url = target if target.startswith(("http://", "https://")) else "TODO"
    print(f"# {len(found)} candidate(s) from {target}" + (f", published {published}" if published else
          " (no publication date: give --published YYYY-MM-DD)"))
    print(_extract.as_curated_rows(found, url, published, lang))
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """Scaffold a loader module, its fixture folder and its test from loaders/_template.py."""
    import re

    name, root = args.name, Path(args.root).resolve()
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name) or name.startswith("_"):
        print(f"{name!r}: a loader name is lower-case letters, digits and _, starting with a letter "
              "(e.g. volcengine_usage); it is the module, CLI and source name", file=sys.stderr)
        return 2
    module = root / "loaders" / f"{name}.py"
    fixtures = root / "tests" / "fixtures" / name
    test = root / "tests" / f"test_{name}.py"
    existing = [str(p) for p in (module, fixtures, test) if p.exists()]
    if existing:
        print(f"{name}: already exists ({', '.join(existing)}); pick another name", file=sys.stderr)
        return 1
    template = (Path(__file__).with_name("_template.py")).read_text(encoding="utf-8")
    module.write_text(template.replace("__NAME__", name), encoding="utf-8")
    fixtures.mkdir(parents=True)
    (fixtures / "response.json").write_text(
        '{"data": [{"date": "2026-01-01", "model": "example/model", "tokens": "1000000"}]}\n', encoding="utf-8")
    (fixtures / "routes.toml").write_text(
        "# Replace response.json with a recorded real response, and url with the URL fetch() asks for.\n"
        '[[route]]\nurl = "https://example.org/replace-with-the-real-url"\nfile = "response.json"\n'
        'content_type = "application/json"\n', encoding="utf-8")
    test.write_text(f'''"""Quirks of the {name} source, read from its recorded fixture."""

from pathlib import Path

from loaders import {name}

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "{name}" / "response.json"


def test_parse_reads_the_recorded_response():
    rows = list({name}.parse(FIXTURE.read_bytes()))
    assert rows, "the fixture holds rows"
    # Assert the source's quirks here: units, missing values, the fields it renames ...
''', encoding="utf-8")
    print(f"created {module}\ncreated {fixtures}/ (routes.toml, response.json)\ncreated {test}\n"
          f"next: fill ORIGIN, fetch and parse in {module.name}, record a real response, then `make test` "
          "(the contract test checks the new loader at once; docs/adding-a-source.md walks through it)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ._export import export

    try:
        summary = export(Path(args.out))
    except FileNotFoundError as exc:
        print(f"export failed: {exc}", file=sys.stderr)
        return 1
    for path, rows in summary["tables"].items():
        print(f"  {path:<22} {rows:>8} rows (+ .parquet)")
    print(f"wrote {summary['out']}/datapackage.json")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="list loaders and curated files").set_defaults(func=cmd_list)
    check = sub.add_parser("check", help="validate curated files; problems as FILE:LINE: field: message")
    check.add_argument("paths", nargs="*", help="files or folders (default: data/curated/)")
    check.set_defaults(func=cmd_check)
    sub.add_parser("build", help="build data/tokens.duckdb from what is on disk (no network)"
                   ).set_defaults(func=cmd_build)
    fetch = sub.add_parser("fetch", help="fetch sources (all, or NAME ...), keep their snapshots, then build")
    fetch.add_argument("names", nargs="*", metavar="NAME")
    fetch.add_argument("--offline", action="store_true", help="fetch nothing; build from the snapshots on disk")
    fetch.add_argument("--no-build", action="store_true", help="fetch only")
    fetch.set_defaults(func=cmd_fetch)
    extract = sub.add_parser("extract", help="propose cited figures from an article (file or URL)")
    extract.add_argument("source", metavar="PATH_OR_URL")
    extract.add_argument("--json", action="store_true", help="print candidates as JSON")
    extract.add_argument("--published", metavar="YYYY-MM-DD", help="the article's publication date")
    extract.set_defaults(func=cmd_extract)
    new = sub.add_parser("new", help="scaffold a loader, its fixture folder and its test")
    new.add_argument("name", metavar="NAME")
    new.add_argument("--root", default=str(Path(__file__).resolve().parent.parent), help=argparse.SUPPRESS)
    new.set_defaults(func=cmd_new)
    exporter = sub.add_parser("export", help="write every table as CSV and Parquet with a datapackage.json")
    exporter.add_argument("out", metavar="OUT_DIR")
    exporter.set_defaults(func=cmd_export)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except _core.LoaderError as exc:
        print("a loader module cannot be used:\n" + "\n".join(exc.problems), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
