"""End to end in a real browser: Debian's chromium driven by Playwright against the served app.

For each page: wait for the chart, change a control, check the URL records it, reload
that URL and check the same view comes back, and keep a screenshot in test-results/.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

SHOTS = Path(__file__).resolve().parent.parent / "test-results"
CHART = ".js-plotly-plot .main-svg"


def control(page, label: str):
    return page.locator('[data-testid="stRadio"]').filter(has_text=label)


def selected(page, label: str) -> str:
    return control(page, label).locator('[data-testid="stRadioOption"][data-selected="true"]').inner_text().strip()


def shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 1400, "height": 2400})
    page.screenshot(path=str(SHOTS / f"{name}.png"))


@pytest.fixture
def browser_page(page, app_server):
    page.set_default_timeout(45_000)
    page.set_viewport_size({"width": 1400, "height": 1000})
    return page


def test_growth_scale_survives_a_reload(browser_page, app_server):
    page = browser_page
    page.goto(app_server + "/")
    page.wait_for_selector(CHART)
    page.get_by_text("over 140 trillion").first.wait_for()
    # the default is log; Plotly may still be drawing the first figure when the text appears, so wait for it
    page.wait_for_function("() => document.querySelector('.js-plotly-plot').layout.yaxis.type === 'log'")
    control(page, "Scale").get_by_text("linear", exact=True).click()
    page.wait_for_url("**scale=linear**")
    page.wait_for_function("() => document.querySelector('.js-plotly-plot').layout.yaxis.type === 'linear'")
    url = page.url
    page.goto(url)
    page.wait_for_selector(CHART)
    page.wait_for_function("() => document.querySelector('.js-plotly-plot').layout.yaxis.type === 'linear'")
    assert "scale=linear" in page.url and selected(page, "Scale") == "linear"
    shot(page, "growth")


@pytest.mark.parametrize("path, radio, choice, axis", [
    ("pricing", "Currency", "USD", "xaxis"),
    ("timeline", "Amounts in", "USD", None),
])
def test_currency_choice_survives_a_reload(browser_page, app_server, path, radio, choice, axis):
    page = browser_page
    page.goto(f"{app_server}/{path}")
    page.wait_for_selector(CHART)
    control(page, radio).get_by_text(choice, exact=True).click()
    page.wait_for_url(f"**currency={choice}**")
    if axis:
        page.wait_for_function(f"() => document.querySelector('.js-plotly-plot').layout.{axis}.title.text.includes('{choice}')")
    page.goto(page.url)
    page.wait_for_selector(CHART)
    assert selected(page, radio) == choice
    if axis:  # the reloaded chart may still be drawing: wait for its axis rather than read it once
        page.wait_for_function(f"() => document.querySelector('.js-plotly-plot').layout.{axis}.title.text.includes('{choice}')")
    shot(page, path)


def test_sources_search_survives_a_reload(browser_page, app_server):
    page = browser_page
    page.goto(f"{app_server}/sources")
    page.get_by_text("Every figure").wait_for()
    box = page.get_by_label("Search (any column)")
    box.fill("Doubao")
    box.press("Enter")
    page.wait_for_url("**q=Doubao**")
    page.goto(page.url)
    page.get_by_text("Every figure").wait_for()
    expect(page.get_by_label("Search (any column)")).to_have_value("Doubao")
    counts = page.get_by_text(re.compile(r"^\d+ of \d+ rows")).inner_text()
    shown, total = map(int, re.match(r"(\d+) of (\d+)", counts).groups())
    assert 0 < shown < total
    shot(page, "sources")


def test_download_buttons_give_the_chart_data_and_image(browser_page, app_server, tmp_path):
    page = browser_page
    page.goto(app_server + "/?series=China+%28national%29")
    page.wait_for_selector(CHART)
    page.get_by_text("Download and cite this chart").first.click()
    with page.expect_download() as info:
        page.get_by_role("button", name="CSV, as shown").first.click()
    download = info.value
    assert download.suggested_filename == "china-daily-tokens_2026-03.csv"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("entity,as_of_label,value_published")
    assert any("exceeded 140 trillion" in line for line in lines)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="PNG image").first.click()
    png = tmp_path / info.value.suggested_filename
    info.value.save_as(png)
    assert png.name == "china-daily-tokens_2026-03.png" and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
