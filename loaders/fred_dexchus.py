"""FRED DEXCHUS: Chinese yuan per US dollar, noon buying rates in New York (a second FX source)."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Iterator

from ._core import Origin

ORIGIN = Origin(
    producer="Board of Governors of the Federal Reserve System (US)",
    title="Chinese Yuan Renminbi to U.S. Dollar Spot Exchange Rate [DEXCHUS]",
    url="https://fred.stlouisfed.org/graph/fredgraph.csv?id=DEXCHUS",
    license="FRED Terms of Use; H.10 data are in the public domain",
    citation="Board of Governors of the Federal Reserve System (US), Chinese Yuan Renminbi to U.S. Dollar "
             "Spot Exchange Rate [DEXCHUS], retrieved from FRED, Federal Reserve Bank of St. Louis",
)
TABLE = "fx_rates"
SUFFIX = "csv"
MISSING = ("", ".")


def fetch(http) -> bytes:
    return http.get(ORIGIN.url).content


def parse(raw: bytes) -> Iterator[dict]:
    """Accepts both header spellings (observation_date / DATE) and both missing markers ("" / ".").

    Rows are sorted by date; a date given twice keeps its last value.
    """
    text = raw.decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader, [])]
    if len(header) < 2 or header[0] not in ("observation_date", "DATE") or header[1] != "DEXCHUS":
        raise ValueError(f"expected the header 'observation_date,DEXCHUS' or 'DATE,DEXCHUS', got {','.join(header)!r}")
    rates: dict[date, tuple[float, str]] = {}
    for row in reader:
        if not row or len(row) < 2:
            continue
        day_text, value = row[0].strip(), row[1].strip()
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            raise ValueError(f"line {reader.line_num}: {day_text!r} is not a date") from None
        if value in MISSING:
            continue
        try:
            rates[day] = (float(value), f"{day_text},{value}")
        except ValueError:
            raise ValueError(f"line {reader.line_num}: {value!r} is not a rate") from None
    for day in sorted(rates):
        rate, line = rates[day]
        yield {"id": f"fred-{day.isoformat()}", "date": day, "date_precision": "day", "cny_per_usd": rate,
               "rate_type": "fred_h10_noon_new_york", "derived": False, "formula": None, "quote": line,
               "published_on": day, "published_precision": "day", "preferred": False,
               "preferred_reason": "A second source; conversions use the ECB reference rates."}
