"""OpenRouter's model catalogue: USD per million prompt and completion tokens, kept per fetch."""

from __future__ import annotations

import json
from typing import Iterator
from urllib.parse import urljoin

from ._core import Origin, load_json, require
from ._vendors import vendor_of

ORIGIN = Origin(
    producer="OpenRouter",
    title="Models API (/api/v1/models)",
    url="https://openrouter.ai/api/v1/models",
    license="OpenRouter Terms of Service; prices are public",
    citation="OpenRouter, model catalogue (openrouter.ai/api/v1/models)",
)
TABLE = "api_prices"
MODE = "append"
SUFFIX = "json"
CONFIDENCE = "A"  # the router's own price list
MAX_PAGES = 50


def fetch(http) -> bytes:
    """All pages joined into one {"data": [...]} document; follows `links.next` while present."""
    url, items, pages = ORIGIN.url, [], 0
    while url:
        raw = http.get(url).content
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            return raw  # not JSON: let parse() say so, with the bytes kept for a look
        if not isinstance(body, dict) or not isinstance(body.get("data"), list):
            return raw
        items.extend(body["data"])
        pages += 1
        following = (body.get("links") or {}).get("next")
        url = urljoin(ORIGIN.url, following) if following and pages < MAX_PAGES else None
    return json.dumps({"data": items}, ensure_ascii=False).encode()


def parse(raw: bytes) -> Iterator[dict]:
    body = load_json(raw)
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise ValueError('expected {"data": [...]} from the models API')
    for item in body["data"]:
        require(item, "id", "pricing", what="a model")
        vendor = vendor_of(item["id"])
        if vendor is None:
            continue
        prices = []
        for key in ("prompt", "completion"):
            text = item["pricing"].get(key)
            try:
                value = float(text) if text is not None else None
            except (TypeError, ValueError):
                raise ValueError(f"{item['id']}: pricing.{key} is {text!r}, not a number") from None
            prices.append(value * 1e6 if value is not None and value >= 0 else None)  # < 0: router pseudo-models
        yield {"id": f"openrouter:{item['id']}", "model": item["id"], "vendor": vendor[0],
               "vendor_country": vendor[1], "listed_by": "openrouter",
               "input_usd_per_million": prices[0], "output_usd_per_million": prices[1],
               "quote": json.dumps({"id": item["id"], "pricing": {k: item["pricing"].get(k)
                                                                  for k in ("prompt", "completion")}})}
