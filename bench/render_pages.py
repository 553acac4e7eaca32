"""Render pages server-side with AppTest in this process; print timings and peak memory as JSON.

    TOKENS_DB=... python bench/render_pages.py app|naive|floor REPEATS
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["app_pages/growth.py", "app_pages/pricing.py", "app_pages/timeline.py", "app_pages/sources.py"]


def timed(make) -> tuple[float, AppTest]:
    started = time.perf_counter()
    at = make()
    elapsed = time.perf_counter() - started
    if at.exception:
        raise SystemExit(f"page failed: {at.exception[0].value}")
    return elapsed, at


def main(mode: str, repeats: int) -> None:
    AppTest.from_file(str(ROOT / "bench" / "floor_page.py"), default_timeout=600).run()  # imports only
    results = {}
    if mode == "app":
        session = None
        for page in PAGES:
            if session is None:  # the first view in a fresh session lands on the default page
                cold, session = timed(lambda: AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run())
            else:
                cold, session = timed(lambda: session.switch_page(page).run())
            # A rerun of the same page, as after a widget change: its queries are cache hits.
            warm = [timed(session.run)[0] for _ in range(repeats)]
            results[page] = {"cold": cold, "warm": statistics.median(warm)}
    else:
        script = str(ROOT / "bench" / ("naive_models.py" if mode == "naive" else "floor_page.py"))
        cold, session = timed(lambda: AppTest.from_file(script, default_timeout=600).run())
        warm = [timed(session.run)[0] for _ in range(repeats)]
        results[mode] = {"cold": cold, "warm": statistics.median(warm)}
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so it would count the parent's peak.
    status = Path("/proc/self/status").read_text()
    peak_mb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) / 1024
    print(json.dumps({"pages": results, "peak_mb": peak_mb}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
