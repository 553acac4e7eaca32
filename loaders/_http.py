"""The one HTTP client every loader uses.

A requests session with urllib3 `Retry` (429 and 5xx, exponential backoff, honouring
Retry-After), connect and read timeouts, conditional GET through requests-cache (a stored
ETag or Last-Modified is sent back, a 304 answers from the cache), a maximum response
size, a descriptive User-Agent and a mirror setting:

    TOKENS_MIRROR=http://HOST:PORT   https://example.org/a/b?c=d -> http://HOST:PORT/example.org/a/b?c=d

Every failure comes out as a FetchError whose message says what happened in words a
person can act on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urlsplit

import requests
import requests_cache
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

USER_AGENT = "TokenAtlas/0.1 (open-source dashboard of published AI token-usage figures; python-requests)"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


class FetchError(Exception):
    """A fetch failed; the message says why, for a person to act on."""


class ResponseTooLarge(FetchError):
    pass


def mirrored(url: str, mirror: str | None) -> str:
    """Rewrite a URL to go through the mirror: scheme dropped, host becomes the first path part."""
    if not mirror:
        return url
    parts = urlsplit(url)
    rest = parts.path + (f"?{parts.query}" if parts.query else "")
    return f"{mirror.rstrip('/')}/{parts.netloc}{rest}"


class CappedAdapter(HTTPAdapter):
    """Reads the body itself, in chunks, so it can stop at the size cap and report progress."""

    def __init__(self, max_bytes: int, on_bytes: Callable[[int, int | None], None], **kwargs):
        self.max_bytes = max_bytes
        self.on_bytes = on_bytes
        super().__init__(**kwargs)

    def send(self, request, stream=False, **kwargs):  # noqa: D401 - requests' signature
        response = super().send(request, stream=True, **kwargs)
        declared = response.headers.get("Content-Length", "")
        expected = int(declared) if declared.isdigit() else None
        if expected is not None and expected > self.max_bytes:
            response.close()
            raise ResponseTooLarge(f"the response says it is {expected:,} bytes, over the cap of "
                                   f"{self.max_bytes:,}; raise TOKENS_MAX_BYTES if this is expected")
        chunks, total = [], 0
        try:
            for chunk in response.raw.stream(64 * 1024, decode_content=True):
                total += len(chunk)
                if total > self.max_bytes:
                    response.close()
                    raise ResponseTooLarge(f"the response passed the cap of {self.max_bytes:,} bytes; "
                                           "raise TOKENS_MAX_BYTES if this is expected")
                chunks.append(chunk)
                self.on_bytes(total, expected)
        except urllib3.exceptions.ReadTimeoutError:
            raise requests.exceptions.ReadTimeout(f"the server stopped sending after {total:,} bytes "
                                                  "(read timeout)") from None
        except urllib3.exceptions.ProtocolError as exc:
            got = f"{total:,} of {expected:,}" if expected is not None else f"{total:,}"
            raise requests.exceptions.ChunkedEncodingError(
                f"the body was cut off: got {got} bytes ({exc.args[0] if exc.args else exc})") from None
        response._content = b"".join(chunks)
        response._content_consumed = True
        return response


@dataclass
class Response:
    url: str  # the URL asked for (before the mirror)
    fetched_from: str  # the URL actually requested
    status: int
    content: bytes
    headers: dict = field(default_factory=dict)
    from_cache: bool = False


class Http:
    """One configured session. Loaders call `http.get(url)` and get a Response or a FetchError."""

    def __init__(self, *, cache_path: str | None = None, mirror: str | None = None,
                 connect_timeout: float | None = None, read_timeout: float | None = None,
                 retries: int | None = None, backoff: float | None = None, max_bytes: int | None = None,
                 retry_after_max: int = 60):
        env = os.environ
        self.mirror = mirror if mirror is not None else env.get("TOKENS_MIRROR") or None
        self.timeout = (connect_timeout or float(env.get("TOKENS_CONNECT_TIMEOUT", 10)),
                        read_timeout or float(env.get("TOKENS_READ_TIMEOUT", 60)))
        self.retries = retries if retries is not None else int(env.get("TOKENS_RETRIES", 3))
        self.max_bytes = max_bytes or int(env.get("TOKENS_MAX_BYTES", DEFAULT_MAX_BYTES))
        self.progress: Callable[[int, int | None], None] = lambda done, total: None
        self.last_status: int | None = None
        retry = Retry(total=self.retries, connect=self.retries, read=self.retries, status=self.retries,
                      backoff_factor=backoff if backoff is not None else float(env.get("TOKENS_BACKOFF", 0.5)),
                      status_forcelist=(429, 500, 502, 503, 504), allowed_methods=frozenset({"GET", "HEAD"}),
                      respect_retry_after_header=True, retry_after_max=retry_after_max, raise_on_status=True)
        # expire_after=0: a stored response is always revalidated with its ETag or
        # Last-Modified; one without validators is not stored, so it is simply fetched again.
        self.session = requests_cache.CachedSession(
            cache_path or str(env.get("TOKENS_HTTP_CACHE", "data/http-cache")), backend="sqlite",
            expire_after=0, stale_if_error=False, allowable_codes=(200,))
        adapter = CappedAdapter(self.max_bytes, lambda done, total: self.progress(done, total), max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = USER_AGENT

    def get(self, url: str, headers: dict | None = None) -> Response:
        target = mirrored(url, self.mirror)
        where = urlsplit(url).netloc + (f" (via the mirror {urlsplit(target).netloc})" if self.mirror else "")
        try:
            response = self.session.get(target, headers=headers or {}, timeout=self.timeout)
        except ResponseTooLarge:
            raise
        except requests.exceptions.RetryError as exc:
            tries = f"{self.retries} {'retry' if self.retries == 1 else 'retries'}"
            raise FetchError(f"{where} kept answering with an error after {tries} ({_reason(exc)})") from None
        except requests.exceptions.ConnectTimeout:
            raise FetchError(f"timed out after {self.timeout[0]:g} s connecting to {where}; "
                             "is the host reachable (or TOKENS_MIRROR right)?") from None
        except requests.exceptions.ReadTimeout as exc:
            raise FetchError(f"{where} did not answer within {self.timeout[1]:g} s (read timeout; {exc})") from None
        except requests.exceptions.ChunkedEncodingError as exc:
            raise FetchError(f"incomplete response from {where}: {exc}") from None
        except requests.exceptions.ConnectionError as exc:
            raise FetchError(f"could not connect to {where} ({_reason(exc)})") from None
        except requests.exceptions.RequestException as exc:
            raise FetchError(f"request to {where} failed: {exc}") from None
        self.last_status = response.status_code
        if response.status_code >= 400:
            raise FetchError(f"{where} answered HTTP {response.status_code} {response.reason or ''}".strip()
                             + (f" for {url}" if response.status_code == 404 else ""))
        return Response(url=url, fetched_from=target, status=response.status_code, content=response.content,
                        headers=dict(response.headers), from_cache=bool(getattr(response, "from_cache", False)))

    def close(self) -> None:
        self.session.close()


def _reason(exc: Exception) -> str:
    text = str(exc)
    for marker, words in (("Connection refused", "connection refused"),
                          ("too many 429", "HTTP 429 Too Many Requests"),
                          ("too many 5", "HTTP 5xx server errors"),
                          ("Read timed out", "read timeout"),
                          ("timed out", "timeout"),
                          ("Name or service not known", "host name not found")):
        if marker in text:
            return words
    return text[:200]
