"""OpenRouter daily rankings: tokens per model per day (top 50 plus 'other'); needs an API key."""

from __future__ import annotations

import json
import os
from datetime import date
from typing import Iterator

from ._core import Origin, load_json, require
from ._vendors import vendor_of

ORIGIN = Origin(
    producer="OpenRouter",
    title="Rankings dataset (rankings-daily)",
    url="https://openrouter.ai/api/v1/datasets/rankings-daily",
    license="CC BY 4.0",
    # The dataset's required citation; {as_of} is filled from the response's meta.as_of.
    citation="Source: OpenRouter (openrouter.ai/rankings), as of {as_of}.",
)
TABLE = "model_usage"
MODE = "append"
SUFFIX = "json"
SECRETS = ("OPENROUTER_API_KEY",)


def fetch(http) -> bytes:
    headers = {"Authorization": f"Bearer {os.environ['OPENROUTER_API_KEY']}"}
    return http.get(ORIGIN.url, headers=headers).content


def parse(raw: bytes) -> Iterator[dict]:
    body = load_json(raw)
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise ValueError('expected {"data": [...], "meta": {...}} from the rankings dataset')
    as_of = (body.get("meta") or {}).get("as_of", "n/s")
    citation = ORIGIN.citation.format(as_of=as_of)
    for item in body["data"]:
        require(item, "date", "model_permaslug", "total_tokens")
        slug = item["model_permaslug"]
        vendor = vendor_of(slug)
        tokens = float(item["total_tokens"])  # a decimal string in the docs, an int in some fixtures
        yield {"id": f"{item['date']}:{slug}", "date": date.fromisoformat(item["date"]), "model": slug,
               "provider": vendor[0] if vendor else ("other models" if slug == "other" else slug.split("/")[0]),
               "provider_country": vendor[1] if vendor else None, "tokens": tokens, "synthetic": False,
               "quote": json.dumps(item), "note": citation}
