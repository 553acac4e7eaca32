"""TODO: one line saying what this source is; it becomes the source's description."""

# Copied by `python -m loaders new __NAME__`. Fill in ORIGIN, point fetch() at the real
# URL, make parse() read the real response shape, and record a real response as
# tests/fixtures/__NAME__/. Then `make test`: the contract test covers this loader at once.

from __future__ import annotations

import json
from datetime import date
from typing import Iterator

from ._core import Origin, load_json, require

ORIGIN = Origin(
    producer="",  # who publishes the data, credited first in every source line
    title="",  # the dataset's own name
    url="",  # the URL fetch() asks for; also where rows link to
    license="",  # the terms the data comes under
    citation="",  # how the producer asks to be cited
)
# The table rows go to (loaders/_schema.sql): model_usage, api_prices, population or fx_rates.
TABLE = "model_usage"
MODE = "append"  # "append" keeps every fetch as a dated observation; "replace" serves the newest
SUFFIX = "json"  # how the raw bytes are stored under data/raw/__NAME__/
# SECRETS = ("SOME_API_KEY",)  # environment variables it needs; without them: "skipped: needs ..."


def fetch(http) -> bytes:
    """Return the bytes exactly as published (join pages here if the source pages)."""
    return http.get(ORIGIN.url).content


def parse(raw: bytes) -> Iterator[dict]:
    """Pure: bytes in, rows out. Raise ValueError with a message saying what to fix."""
    body = load_json(raw)
    for item in body["data"]:
        require(item, "date", "model", "tokens")
        yield {"id": f"{item['date']}:{item['model']}", "date": date.fromisoformat(item["date"]),
               "model": item["model"], "provider": item["model"].split("/")[0], "provider_country": None,
               "tokens": float(item["tokens"]), "synthetic": False, "quote": json.dumps(item)}
