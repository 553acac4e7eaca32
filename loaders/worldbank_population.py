"""World Bank population of China (SP.POP.TOTL), for tokens per person per day."""

from __future__ import annotations

import json
from typing import Iterator

from ._core import Origin, load_json, require

ORIGIN = Origin(
    producer="World Bank",
    title="Population, total (SP.POP.TOTL), China",
    url="https://api.worldbank.org/v2/country/CHN/indicator/SP.POP.TOTL?format=json&per_page=200",
    license="CC BY 4.0",
    citation="World Bank, World Development Indicators, Population, total (SP.POP.TOTL)",
)
TABLE = "population"
SUFFIX = "json"


def fetch(http) -> bytes:
    return http.get(ORIGIN.url).content


def parse(raw: bytes) -> Iterator[dict]:
    """The API answers `[meta, rows]`; errors also come with HTTP 200, as `[{"message": [...]}]`."""
    body = load_json(raw)
    if isinstance(body, list) and body and isinstance(body[0], dict) and "message" in body[0]:
        messages = "; ".join(f"{m.get('id')} {m.get('key')}: {m.get('value')}" for m in body[0]["message"])
        raise ValueError(f"the World Bank API returned an error: {messages}")
    if not (isinstance(body, list) and len(body) == 2 and isinstance(body[1], list)):
        raise ValueError("expected a two-element array [meta, rows] from the World Bank API")
    meta, rows = body
    for item in rows:
        require(item, "countryiso3code", "date", "value")
        if item["value"] is None:  # the newest year is often not published yet
            continue
        year = int(item["date"])
        yield {"id": f"{item['countryiso3code']}-{year}", "country": item["countryiso3code"], "year": year,
               "value": float(item["value"]), "indicator": item.get("indicator", {}).get("id", "SP.POP.TOTL"),
               "quote": json.dumps({"date": item["date"], "value": item["value"]}),
               "published_on": None, "note": f"World Bank data last updated {meta.get('lastupdated', 'n/s')}"}
