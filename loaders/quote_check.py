"""Quote check: fetch each curated figure's URL and record whether its quote still appears there."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from typing import Iterator

from . import _core, _curated
from ._core import Origin
from ._http import FetchError
from ._normalize import to_halfwidth

ORIGIN = Origin(
    producer="Token Atlas",
    title="Quote check of the curated figures",
    url="data/curated/",
    license="CC BY 4.0",
    citation="Token Atlas quote check: each curated figure's page fetched and searched for its quote",
)
TABLE = "quote_checks"
MODE = "append"
SUFFIX = "json"


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(raw: bytes) -> str:
    for encoding in ("utf-8", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = raw.decode("latin-1")
    parser = _Text()
    parser.feed(text)
    return html.unescape(" ".join(parser.parts))


def comparable(text: str) -> str:
    """Ignore what copying a quote changes: widths, curly quotes, spaces, case."""
    text = to_halfwidth(text).translate(str.maketrans("‘’“”", "''\"\""))
    return re.sub(r"\s+", "", text).lower()


def fetch(http) -> bytes:
    rows = []
    for path in _curated.curated_files(_core.Paths().curated):
        found, _ = _curated.read_rows(path)
        rows += [r.values for r in found]
    pages: dict[str, tuple[str | None, int | None, str]] = {}
    results = []
    for row in rows:
        url = row["url"]
        if url not in pages:
            try:
                response = http.get(url)
                pages[url] = (comparable(page_text(response.content)), response.status, "")
            except FetchError as exc:
                pages[url] = (None, getattr(http, "last_status", None), str(exc))
        text, status, error = pages[url]
        if text is None:
            kind = "link rot" if status in (404, 410) else "unreachable"
            results.append({"id": row["id"], "url": url, "status": kind, "http_status": status, "detail": error})
        elif comparable(row["quote"]) in text:
            results.append({"id": row["id"], "url": url, "status": "verified", "http_status": status, "detail": ""})
        else:
            results.append({"id": row["id"], "url": url, "status": "quote missing", "http_status": status,
                            "detail": "the page loads but the quote is not in its text"})
    if results and all(r["status"] == "unreachable" for r in results):
        raise FetchError(f"none of the {len(pages)} pages could be reached: {results[0]['detail']}")
    return json.dumps({"results": results}, ensure_ascii=False).encode()


def parse(raw: bytes) -> Iterator[dict]:
    body = _core.load_json(raw)
    for item in body.get("results", []):
        yield {"id": item["id"], "checked_url": item["url"], "status": item["status"],
               "http_status": item.get("http_status"), "detail": item.get("detail") or None,
               "quote": f"{item['status']}: {item['url']}"}
