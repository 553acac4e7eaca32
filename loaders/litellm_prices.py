"""LiteLLM's model price list: USD per million input and output tokens, kept per fetch as price history."""

from __future__ import annotations

import json
from typing import Iterator

from ._core import Origin, load_json
from ._vendors import vendor_of

ORIGIN = Origin(
    producer="BerriAI (LiteLLM)",
    title="model_prices_and_context_window.json",
    url="https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json",
    license="MIT",
    citation="LiteLLM model price list (BerriAI/litellm, model_prices_and_context_window.json)",
)
TABLE = "api_prices"
MODE = "append"  # the file has no dates: history exists only if every fetch is kept
SUFFIX = "json"
CONFIDENCE = "B"  # a maintained community list, not the vendors' own pages


def fetch(http) -> bytes:
    return http.get(ORIGIN.url).content


def parse(raw: bytes) -> Iterator[dict]:
    """Chat models of the vendors Token Atlas compares; prices per token become per million."""
    body = load_json(raw)
    if not isinstance(body, dict):
        raise ValueError("expected one JSON object keyed by model name")
    priced = 0
    for model, entry in body.items():
        if model == "sample_spec" or not isinstance(entry, dict):
            continue
        if "input_cost_per_token" in entry or "output_cost_per_token" in entry:
            priced += 1
        if entry.get("mode") != "chat":
            continue
        provider = str(entry.get("litellm_provider", ""))
        vendor = vendor_of(provider, model)
        if vendor is None:
            continue
        prices = [entry.get("input_cost_per_token"), entry.get("output_cost_per_token")]
        if any(p is not None and not isinstance(p, (int, float)) for p in prices) or all(p is None for p in prices):
            continue
        yield {"id": model, "model": model, "vendor": vendor[0], "vendor_country": vendor[1],
               "listed_by": provider,
               "input_usd_per_million": prices[0] * 1e6 if prices[0] is not None else None,
               "output_usd_per_million": prices[1] * 1e6 if prices[1] is not None else None,
               "quote": json.dumps({k: entry.get(k) for k in ("input_cost_per_token", "output_cost_per_token",
                                                               "litellm_provider")})}
    if priced == 0:
        raise ValueError("no entry has input_cost_per_token or output_cost_per_token; the file's schema changed")
