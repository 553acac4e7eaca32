"""Curated figures: read, check and normalize the hand-entered files in data/curated/.

Each file is TOML: a `[defaults]` table and one `[[row]]` per published number. The file
name says which table the rows go to (token_volumes.toml -> token_volumes). Every
problem is reported as `FILE:LINE: field: what is wrong`, all at once, so a researcher
can fix a file in one pass.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from . import _normalize as N


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class CuratedError(Exception):
    """One or more curated files are invalid; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# --------------------------------------------------------------------------- field specs

CONFIDENCE = ("A", "A/B", "B", "B/C", "C", "B/D")  # D alone, C/D: not figures
LANGS = ("en", "zh")
MEASURES = ("reported", "estimate", "forecast", "peak")
PLAN_TYPES = ("token_plan", "coding_plan", "api_price", "subscription")
QUOTA_UNITS = ("tokens", "requests", "plan")
BILLING = ("month", "purchase", "one-off", "per million tokens")
EVENT_KINDS = ("investment", "policy", "export", "product", "corporate", "statistic_release")
FX_TYPES = ("pboc_central_parity", "onshore_intraday_high", "implied_by_media_conversion")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str = "text"  # text | number | int | bool | date | period | url | choice
    required: bool = False
    choices: tuple[str, ...] = ()


PROVENANCE = [
    Field("id", required=True),
    Field("source", required=True),
    Field("accessed_on", "date", required=True),
    Field("published_on", "period"),
    Field("stated_by"),
    Field("producer", required=True),
    Field("outlet", required=True),
    Field("url", "url", required=True),
    Field("quote", required=True),
    Field("quote_lang", "choice", required=True, choices=LANGS),
    Field("quote_en"),
    Field("confidence", "choice", required=True, choices=CONFIDENCE),
    Field("preferred", "bool"),
    Field("preferred_reason"),
    Field("note"),
]

SPECS: dict[str, list[Field]] = {
    "token_volumes": PROVENANCE + [
        Field("fact_key", required=True),
        Field("series", required=True),
        Field("entity", required=True),
        Field("country", required=True),
        Field("metric", required=True),
        Field("measure", "choice", required=True, choices=MEASURES),
        Field("value_published", required=True),
        Field("unit_published", required=True),
        Field("period", "choice", required=True, choices=N.RATE_PERIODS),
        Field("as_of", "period", required=True),
    ],
    "token_plans": PROVENANCE + [
        Field("fact_key", required=True),
        Field("provider", required=True),
        Field("country", required=True),
        Field("plan", required=True),
        Field("tier", required=True),
        Field("plan_type", "choice", required=True, choices=PLAN_TYPES),
        Field("price", "number", required=True),
        Field("intro_price", "number"),
        Field("currency", "choice", required=True, choices=N.CURRENCIES),
        Field("price_published", required=True),
        Field("billing", "choice", required=True, choices=BILLING),
        Field("quota_unit", "choice", required=True, choices=QUOTA_UNITS),
        Field("tokens_published"),
        Field("requests_published"),
        Field("quota_window"),
        Field("as_of", "period", required=True),
    ],
    "events": PROVENANCE + [
        Field("date", "period", required=True),
        Field("kind", "choice", required=True, choices=EVENT_KINDS),
        Field("actor", required=True),
        Field("title", required=True),
        Field("amount_published"),
        Field("currency", "choice", choices=N.CURRENCIES),
        Field("horizon_years", "number"),
        Field("span", "period"),
        Field("related_fact"),
    ],
    "fx_rates": PROVENANCE + [
        Field("date", "period", required=True),
        Field("rate_type", "choice", required=True, choices=FX_TYPES),
        Field("rate_published"),
        Field("implied_cny"),
        Field("implied_usd"),
    ],
}

# --------------------------------------------------------------------------- reading


@dataclass
class RawRow:
    path: str
    line: int  # the [[row]] header line
    values: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)  # field -> line

    def line_of(self, name: str) -> int:
        return self.lines.get(name, self.line)


_HEADER = re.compile(r"^\s*\[\[\s*row\s*\]\]\s*(?:#.*)?$")
_DEFAULTS = re.compile(r"^\s*\[\s*defaults\s*\]\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_]+)\s*=")


def _field_lines(text: str) -> tuple[list[int], list[dict[str, int]], dict[str, int]]:
    """Where each [[row]] starts and on which line each of its fields is written."""
    starts: list[int] = []
    per_row: list[dict[str, int]] = []
    defaults: dict[str, int] = {}
    current: dict[str, int] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if _HEADER.match(line):
            starts.append(number)
            current = {}
            per_row.append(current)
        elif _DEFAULTS.match(line):
            current = defaults
        elif (m := _KEY.match(line)) and current is not None:
            current.setdefault(m[1], number)
    return starts, per_row, defaults


def read_rows(path: Path) -> tuple[list[RawRow], list[Problem]]:
    """Parse one curated file; on a syntax error return the problem instead of rows."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(shown, 1, "file", f"cannot be read: {exc}")]
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc), text)
        return [], [Problem(shown, line, "syntax", f"not valid TOML: {exc.args[0] if exc.args else exc}")]
    starts, per_row, default_lines = _field_lines(text)
    problems: list[Problem] = []
    unknown = set(doc) - {"defaults", "row"}
    for key in sorted(unknown):
        problems.append(Problem(shown, 1, key, "unknown top-level table; use [defaults] and [[row]]"))
    defaults = doc.get("defaults", {})
    rows_doc = doc.get("row", [])
    if not isinstance(rows_doc, list) or not rows_doc:
        problems.append(Problem(shown, 1, "row", "the file has no [[row]] entries"))
        return [], problems
    rows = []
    for i, values in enumerate(rows_doc):
        start = starts[i] if i < len(starts) else 1
        lines = per_row[i] if i < len(per_row) else {}
        merged = {**defaults, **values}
        merged_lines = {k: default_lines.get(k, start) for k in defaults} | lines
        rows.append(RawRow(shown, start, merged, merged_lines))
    return rows, problems


def _line_from_message(message: str, text: str) -> int:
    """tomllib says '(at line N, column M)' or '(at end of document)'."""
    m = re.search(r"line (\d+)", message)
    if m:
        return int(m[1])
    return max(1, len(text.splitlines())) if "end of document" in message else 1


# --------------------------------------------------------------------------- checking


def table_of(path: Path) -> str | None:
    return path.stem if path.stem in SPECS else None


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", N.to_halfwidth(text))


def _in_quote(row: RawRow, name: str, problems: list[Problem]) -> None:
    text = row.values.get(name)
    if text and isinstance(row.values.get("quote"), str) and _squash(text) not in _squash(row.values["quote"]):
        problems.append(Problem(row.path, row.line_of(name), name,
                                f"{text!r} does not appear in the quote; copy it from the quote"))


def _check_value(row: RawRow, spec: Field, problems: list[Problem]) -> None:
    value = row.values.get(spec.name)
    where = row.line_of(spec.name)

    def bad(message: str) -> None:
        problems.append(Problem(row.path, where, spec.name, message))

    if isinstance(value, str) and value.startswith("TODO"):
        bad("still TODO; fill it in from the source")
        return
    if value is None or value == "":
        if spec.required:
            problems.append(Problem(row.path, row.line, spec.name, "missing; every row needs it"))
        return
    if spec.kind == "bool":
        if not isinstance(value, bool):
            bad(f"must be true or false, not {value!r}")
    elif spec.kind in ("number", "int"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            bad(f"must be a number, not {value!r}")
        elif value < 0:
            bad(f"must not be negative ({value})")
    elif not isinstance(value, str):
        bad(f"must be text in quotes, not {value!r}")
    elif spec.kind == "choice" and value not in spec.choices:
        bad(f"{value!r} is not one of: {', '.join(spec.choices)}")
    elif spec.kind == "url" and not re.match(r"^https?://[^\s/]+\.[^\s]+$", value):
        bad(f"{value!r} is not an http(s) URL")
    elif spec.kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            bad(f"{value!r} is not a date; write YYYY-MM-DD")
    elif spec.kind == "period":
        try:
            N.parse_period(value)
        except ValueError as exc:
            bad(str(exc))


def _check_quantity(row: RawRow, name: str, problems: list[Problem]) -> None:
    text = row.values.get(name)
    if not isinstance(text, str) or not text:
        return
    try:
        N.parse_quantity(text)
    except N.NumberParseError as exc:
        problems.append(Problem(row.path, row.line_of(name), name,
                                f"cannot read a number from {text!r} ({exc})"))


def check_rows(table: str, rows: list[RawRow]) -> list[Problem]:
    problems: list[Problem] = []
    specs = {s.name: s for s in SPECS[table]}
    seen_ids: dict[str, int] = {}
    for row in rows:
        for name in row.values:
            if name not in specs:
                problems.append(Problem(row.path, row.line_of(name), name,
                                        f"unknown field; known fields: {', '.join(sorted(specs))}"))
        for spec in specs.values():
            _check_value(row, spec, problems)
        rid = row.values.get("id")
        if isinstance(rid, str):
            if rid in seen_ids:
                problems.append(Problem(row.path, row.line_of("id"), "id",
                                        f"{rid!r} is already used on line {seen_ids[rid]}"))
            seen_ids.setdefault(rid, row.line_of("id"))
        if row.values.get("quote_lang") == "zh" and not row.values.get("quote_en"):
            problems.append(Problem(row.path, row.line, "quote_en",
                                    "missing; a Chinese quote needs an English translation"))
        grade = row.values.get("confidence", "")
        if isinstance(grade, str) and "D" in grade and row.values.get("preferred", True):
            problems.append(Problem(row.path, row.line_of("preferred"), "preferred",
                                    f"a {grade} row conflicts with better sources; set preferred = false "
                                    "and say why in preferred_reason"))
        if row.values.get("preferred") is False and not row.values.get("preferred_reason"):
            problems.append(Problem(row.path, row.line_of("preferred"), "preferred_reason",
                                    "missing; say why this report is not the preferred one"))
        _TABLE_CHECKS[table](row, problems)
    if table != "fx_rates":
        problems += _check_preferred(rows, "fact_key" if table != "events" else "id")
    return problems


def _check_preferred(rows: list[RawRow], key: str) -> list[Problem]:
    """Conflicting reports share a key: at most one is preferred, and the choice is explained."""
    problems = []
    groups: dict[str, list[RawRow]] = {}
    for row in rows:
        if isinstance(row.values.get(key), str):
            groups.setdefault(row.values[key], []).append(row)
    for value, group in groups.items():
        preferred = [r for r in group if r.values.get("preferred", True) is True]
        if len(preferred) > 1:
            lines = ", ".join(str(r.line) for r in preferred)
            problems.append(Problem(group[0].path, preferred[1].line_of("preferred"), "preferred",
                                    f"{key} {value!r} has {len(preferred)} preferred rows (lines {lines}); "
                                    "mark one and set preferred = false on the others"))
        elif len(group) > 1 and preferred and not preferred[0].values.get("preferred_reason"):
            problems.append(Problem(group[0].path, preferred[0].line, "preferred_reason",
                                    f"{key} {value!r} has {len(group)} reports; say why this one is preferred"))
    return problems


def _check_volume(row: RawRow, problems: list[Problem]) -> None:
    _check_quantity(row, "value_published", problems)
    _in_quote(row, "value_published", problems)


def _check_plan(row: RawRow, problems: list[Problem]) -> None:
    _in_quote(row, "price_published", problems)
    for name in ("tokens_published", "requests_published"):
        _check_quantity(row, name, problems)
        _in_quote(row, name, problems)
    unit = row.values.get("quota_unit")
    if unit == "tokens" and row.values.get("plan_type") != "api_price" and not row.values.get("tokens_published"):
        problems.append(Problem(row.path, row.line_of("quota_unit"), "tokens_published",
                                "missing; a token quota needs the number of tokens as published"))
    if unit != "tokens" and row.values.get("tokens_published"):
        problems.append(Problem(row.path, row.line_of("tokens_published"), "tokens_published",
                                f"given, but quota_unit is {unit!r}; request quotas are never counted as tokens"))
    if row.values.get("requests_published") and not row.values.get("quota_window"):
        problems.append(Problem(row.path, row.line_of("requests_published"), "quota_window",
                                "missing; say the window the requests are counted over (month, 5 hours, ...)"))


def _check_event(row: RawRow, problems: list[Problem]) -> None:
    if row.values.get("amount_published"):
        _check_quantity(row, "amount_published", problems)
        _in_quote(row, "amount_published", problems)
        if not row.values.get("currency"):
            problems.append(Problem(row.path, row.line_of("amount_published"), "currency",
                                    "missing; an amount needs its currency (CNY or USD)"))


def _check_fx(row: RawRow, problems: list[Problem]) -> None:
    published = row.values.get("rate_published")
    implied = row.values.get("implied_cny"), row.values.get("implied_usd")
    if bool(published) == any(implied):
        problems.append(Problem(row.path, row.line, "rate_published",
                                "give either rate_published or both implied_cny and implied_usd"))
    elif not published and not all(implied):
        problems.append(Problem(row.path, row.line, "implied_usd", "give both implied_cny and implied_usd"))
    for name in ("rate_published", "implied_cny", "implied_usd"):
        _check_quantity(row, name, problems)
        _in_quote(row, name, problems)


_TABLE_CHECKS: dict[str, Callable[[RawRow, list[Problem]], None]] = {
    "token_volumes": _check_volume,
    "token_plans": _check_plan,
    "events": _check_event,
    "fx_rates": _check_fx,
}


def read_and_check(path: Path) -> tuple[str | None, list[RawRow], list[Problem]]:
    """A curated file's table, its rows and every problem in it, reading the file once."""
    table = table_of(path)
    if table is None:
        return None, [], [Problem(str(path), 1, "file", "unknown curated file; name it one of: "
                                  + ", ".join(f"{t}.toml" for t in SPECS))]
    rows, problems = read_rows(path)
    return table, rows, problems + check_rows(table, rows)


def check_file(path: Path) -> list[Problem]:
    return read_and_check(path)[2]


def curated_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml"))


# --------------------------------------------------------------------------- normalizing

PROVENANCE_COLUMNS = ("source", "url", "quote", "quote_lang", "quote_en", "published_on",
                      "published_precision", "accessed_on", "confidence", "preferred",
                      "preferred_reason", "stated_by", "producer", "outlet", "note")


def _provenance(values: dict[str, Any]) -> dict[str, Any]:
    published = N.parse_period(values["published_on"]) if values.get("published_on") else None
    return {
        "source": values["source"],
        "url": values["url"],
        "quote": values["quote"],
        "quote_lang": values["quote_lang"],
        "quote_en": values.get("quote_en"),
        "published_on": published.start if published else None,
        "published_precision": published.precision if published else None,
        "accessed_on": date.fromisoformat(values["accessed_on"]),
        "confidence": values["confidence"],
        "preferred": values.get("preferred", True),
        "preferred_reason": values.get("preferred_reason"),
        "stated_by": values.get("stated_by"),
        "producer": values["producer"],
        "outlet": values["outlet"],
        "note": values.get("note"),
    }


def _when(text: str, prefix: str) -> dict[str, Any]:
    period = N.parse_period(text)
    return {f"{prefix}_start": period.start, f"{prefix}_end": period.end,
            f"{prefix}_precision": period.precision, f"{prefix}_label": period.label,
            f"{prefix}_date": period.midpoint}


def normalize_volume(values: dict[str, Any], rates: N.RateTable) -> dict[str, Any]:
    quantity = N.parse_quantity(values["value_published"])
    as_of = N.parse_period(values["as_of"])
    rate = N.per_day(quantity.value, values["period"], as_of)
    return {
        "id": values["id"], "fact_key": values["fact_key"], "series": values["series"],
        "entity": values["entity"], "country": values["country"], "metric": values["metric"],
        "measure": values["measure"], "value_published": values["value_published"],
        "unit_published": values["unit_published"], "qualifier": quantity.qualifier,
        "value": float(quantity.value), "period": values["period"],
        "period_days": float(rate.period_days), "tokens_per_day": float(rate.tokens_per_day),
        "tokens_per_day_formula": rate.formula,
        "tokens_per_day_derived": values["period"] != "day",
        **_when(values["as_of"], "as_of"),
        **_provenance(values),
    }


def _fx(amount: Decimal, currency: str, on: date, rates: N.RateTable) -> dict[str, Any]:
    cny = N.convert(amount, currency, "CNY", on, rates)
    usd = N.convert(amount, currency, "USD", on, rates)
    return {"cny": float(cny.value), "usd": float(usd.value),
            "fx_cny_per_usd": float(cny.rate_cny_per_usd), "fx_date": cny.rate_date}


def normalize_plan(values: dict[str, Any], rates: N.RateTable) -> dict[str, Any]:
    as_of = N.parse_period(values["as_of"])
    price = Decimal(str(values["price"]))
    tokens = None
    if values.get("plan_type") == "api_price":
        tokens = Decimal(10**6)
    elif values.get("tokens_published"):
        tokens = N.parse_quantity(values["tokens_published"]).value
    tokens_q = N.parse_quantity(values["tokens_published"]).qualifier \
        if values.get("tokens_published") else ("exact" if tokens else None)
    requests = N.parse_quantity(values["requests_published"]).value \
        if values.get("requests_published") else None
    money = _fx(price, values["currency"], as_of.start, rates)
    per_million = per_million_cny = per_million_usd = None
    formula = None
    if tokens and price > 0:
        per_million = float(price / tokens * 10**6)
        per_million_cny = money["cny"] / float(tokens) * 10**6
        per_million_usd = money["usd"] / float(tokens) * 10**6
        formula = (f"{_num(price)} {values['currency']} ÷ {N.human(float(tokens))} tokens × 1 million"
                   f" = {per_million:,.4g} {values['currency']} per million tokens")
    return {
        "id": values["id"], "fact_key": values["fact_key"], "provider": values["provider"],
        "country": values["country"], "plan": values["plan"], "tier": values["tier"],
        "plan_type": values["plan_type"], "price": float(price),
        "intro_price": values.get("intro_price"), "currency": values["currency"],
        "price_published": values["price_published"], "billing": values["billing"],
        "quota_unit": values["quota_unit"], "tokens_published": values.get("tokens_published"),
        "tokens_included": float(tokens) if tokens is not None else None,
        "tokens_qualifier": tokens_q,
        "requests_included": float(requests) if requests is not None else None,
        "quota_window": values.get("quota_window"),
        "price_cny": money["cny"], "price_usd": money["usd"],
        "price_per_million": per_million, "price_per_million_cny": per_million_cny,
        "price_per_million_usd": per_million_usd, "price_per_million_formula": formula,
        "fx_cny_per_usd": money["fx_cny_per_usd"], "fx_date": money["fx_date"],
        **_when(values["as_of"], "as_of"),
        **_provenance(values),
    }


def _num(value: Decimal) -> str:
    return N._plain(value)


def _add_years(day: date, years: float) -> date:
    whole = int(years)
    try:
        shifted = day.replace(year=day.year + whole)
    except ValueError:  # 29 February
        shifted = day.replace(year=day.year + whole, day=28)
    return shifted + timedelta(days=round((years - whole) * 365.2425)) - timedelta(days=1)


def normalize_event(values: dict[str, Any], rates: N.RateTable) -> dict[str, Any]:
    when = N.parse_period(values["date"])
    record: dict[str, Any] = {
        "id": values["id"], "kind": values["kind"], "actor": values["actor"],
        "title": values["title"], "related_fact": values.get("related_fact"),
        **_when(values["date"], "date"),
        "amount_published": values.get("amount_published"), "amount": None,
        "amount_qualifier": None, "currency": values.get("currency"),
        "horizon_years": values.get("horizon_years"), "span_start": None, "span_end": None,
        "amount_cny": None, "amount_usd": None, "fx_cny_per_usd": None, "fx_date": None,
        **_provenance(values),
    }
    if values.get("span"):
        span = N.parse_period(values["span"])
        record["span_start"], record["span_end"] = span.start, span.end
    elif values.get("horizon_years"):
        record["span_start"] = when.start
        record["span_end"] = _add_years(when.start, float(values["horizon_years"]))
    if values.get("amount_published"):
        quantity = N.parse_quantity(values["amount_published"])
        money = _fx(quantity.value, values["currency"], when.start, rates)
        record.update(amount=float(quantity.value), amount_qualifier=quantity.qualifier,
                      amount_cny=money["cny"], amount_usd=money["usd"],
                      fx_cny_per_usd=money["fx_cny_per_usd"], fx_date=money["fx_date"])
    return record


def normalize_fx(values: dict[str, Any], rates: N.RateTable) -> dict[str, Any]:
    when = N.parse_period(values["date"])
    if values.get("rate_published"):
        rate = N.parse_quantity(values["rate_published"]).value
        derived, formula = False, None
    else:
        cny = N.parse_quantity(values["implied_cny"]).value
        usd = N.parse_quantity(values["implied_usd"]).value
        rate = cny / usd
        derived = True
        formula = f"{values['implied_cny']} ÷ {values['implied_usd']} = {float(rate):.4f} CNY per USD"
    record = {"date": when.start, "date_precision": when.precision, "cny_per_usd": float(rate),
              "rate_type": values["rate_type"], "derived": derived, "formula": formula,
              "fetch_id": None, **_provenance(values)}
    record["preferred"] = False  # context only: conversions use the ECB reference rates
    record["id"] = values["id"]
    return record


NORMALIZERS: dict[str, Callable[[dict[str, Any], N.RateTable], dict[str, Any]]] = {
    "token_volumes": normalize_volume,
    "token_plans": normalize_plan,
    "events": normalize_event,
    "fx_rates": normalize_fx,
}


def load_folder(folder: Path) -> dict[str, list[RawRow]]:
    """Read and check every curated file; raise CuratedError listing every problem."""
    problems: list[Problem] = []
    tables: dict[str, list[RawRow]] = {}
    for path in curated_files(folder):
        table, rows, file_problems = read_and_check(path)
        problems += file_problems
        if table and not file_problems:
            tables.setdefault(table, []).extend(rows)
    if problems:
        raise CuratedError(problems)
    return tables


def normalize_tables(tables: dict[str, list[RawRow]], rates: N.RateTable) -> dict[str, list[dict]]:
    """Turn checked rows into database records; a failure names the row it came from."""
    out: dict[str, list[dict]] = {}
    problems = []
    for table, rows in tables.items():
        for row in rows:
            try:
                out.setdefault(table, []).append(NORMALIZERS[table](row.values, rates))
            except (ValueError, ArithmeticError) as exc:
                problems.append(Problem(row.path, row.line, table, f"cannot be normalized: {exc}"))
    if problems:
        raise CuratedError(problems)
    return out
