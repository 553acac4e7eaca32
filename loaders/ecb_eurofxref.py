"""ECB euro foreign exchange reference rates: CNY per USD for every ECB working day since 1999."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Iterator

from ._core import Origin
from ._normalize import cross_rate

ORIGIN = Origin(
    producer="European Central Bank",
    title="Euro foreign exchange reference rates (eurofxref-hist)",
    url="https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip",
    license="ECB statistics may be reused with attribution; the rates are for information only",
    citation="European Central Bank, euro foreign exchange reference rates, eurofxref-hist",
)
TABLE = "fx_rates"
MODE = "replace"
SUFFIX = "zip"


def fetch(http) -> bytes:
    return http.get(ORIGIN.url).content


def parse(raw: bytes) -> Iterator[dict]:
    """One row per day with both a USD and a CNY rate; CNY per USD = CNY rate ÷ USD rate.

    The CSV is wide, newest first, with a trailing comma on every line and "N/A" for
    missing values. Columns are looked up by name: the set has changed over the years.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = [n for n in archive.namelist() if n.endswith(".csv")]
            if not names:
                raise ValueError("the zip holds no CSV file; expected eurofxref-hist.csv")
            text = archive.read(names[0]).decode("utf-8-sig")
    except zipfile.BadZipFile as exc:
        raise ValueError(f"not a zip file ({exc}); the ECB sends eurofxref-hist.zip") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    for column in ("Date", "USD", "CNY"):
        if column not in header:
            raise ValueError(f"column {column!r} is missing from {names[0]}; columns are {header[:8]}...")
    for row in reader:
        usd, cny = (row.get("USD") or "").strip(), (row.get("CNY") or "").strip()
        if usd in ("", "N/A") or cny in ("", "N/A"):
            continue
        try:
            day = date.fromisoformat(row["Date"].strip())
            rate = cross_rate(Decimal(cny), Decimal(usd))
        except (ValueError, InvalidOperation) as exc:
            raise ValueError(f"{names[0]} line {reader.line_num}: bad date or rate ({exc})") from None
        yield {
            "id": f"ecb-{day.isoformat()}",
            "date": day,
            "date_precision": "day",
            "cny_per_usd": float(rate),
            "rate_type": "ecb_reference_cross",
            "derived": True,
            "formula": f"CNY {cny} ÷ USD {usd} (both per euro) = {float(rate):.4f}",
            "quote": f"{row['Date'].strip()}: USD {usd}, CNY {cny}",
            "published_on": day,
            "published_precision": "day",
        }
