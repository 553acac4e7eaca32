"""The normalizer: magnitudes, qualifiers, periods, currency and derived values."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from loaders import _normalize as N


@pytest.mark.parametrize("text, value, qualifier", [
    ("140万亿", 140 * 10**12, "exact"),
    ("超过140万亿", 140 * 10**12, "lower_bound"),
    ("over 140 trillion", 140 * 10**12, "lower_bound"),
    ("more than 1,000 times", None, None),  # not a number with a known unit: see below
    ("突破 30 万亿", 30 * 10**12, "lower_bound"),
    ("逾1000亿", 10**11, "lower_bound"),
    ("1000亿", 10**11, "exact"),
    ("1.3 quadrillion", 13 * 10**14, "exact"),
    ("exceeded 100 trillion", 10**14, "lower_bound"),
    ("约2500亿", 25 * 10**10, "approximate"),
    ("about 8.6 trillion", 86 * 10**11, "approximate"),
    ("nearly 1 quadrillion", 10**15, "approximate"),
    ("up to 250 million", 25 * 10**7, "upper_bound"),
    ("43兆", 43 * 10**12, "exact"),            # Taiwan: 兆 = 10^12
    ("16.4萬億", 164 * 10**11, "exact"),        # traditional characters
    ("１４０万亿", 140 * 10**12, "exact"),       # full-width digits
    ("２，５００亿", 25 * 10**10, "exact"),      # full-width comma
    ("约10千万亿", 10**16, "approximate"),      # 千万亿 = quadrillion
    ("3 lakh crore", 3 * 10**12, "exact"),      # Indian: a lakh of crores (10^5 * 10^7)
    ("over 1.5 lakh crores", 15 * 10**11, "lower_bound"),
    ("3,200 trillion", 32 * 10**14, "exact"),
    ("608B", 608 * 10**9, "exact"),
    ("over 100t", 10**14, "lower_bound"),
    ("300多倍", 300, "lower_bound"),
    ("2.11×10^16", Decimal("2.11") * 10**16, "exact"),
    ("RMB9.9", Decimal("9.9"), "exact"),
    ("$1.40", Decimal("1.40"), "exact"),
])
def test_parse_quantity(text, value, qualifier):
    if value is None:
        with pytest.raises(N.NumberParseError):
            N.parse_quantity(text)
        return
    quantity = N.parse_quantity(text)
    assert quantity.value == value
    assert quantity.qualifier == qualifier


def test_wan_yi_is_a_thousand_times_yi():
    # The trap behind "1.4 quadrillion": 140万亿 is 140 trillion, not 140 * 10^4 * 10^8 * 10^3.
    assert N.parse_quantity("140万亿").value == 1000 * N.parse_quantity("1400亿").value
    assert N.parse_quantity("140万亿").value != N.parse_quantity("1.4 quadrillion").value


@pytest.mark.parametrize("text", ["", "   ", "trillion", "140 gazillion", "1 2", "abc", "14O万亿"])
def test_parse_quantity_rejects(text):
    with pytest.raises(N.NumberParseError):
        N.parse_quantity(text)


@given(st.text())
def test_parse_quantity_never_crashes(text):
    try:
        quantity = N.parse_quantity(text)
    except N.NumberParseError:
        return
    assert quantity.value >= 0
    assert quantity.qualifier in N.QUALIFIERS


@given(st.integers(min_value=0, max_value=10**20), st.integers(min_value=0, max_value=6))
def test_format_then_parse_round_trips(mantissa, decimals):
    value = Decimal(mantissa) / Decimal(10) ** decimals
    for lang in ("en", "zh"):
        text = N.format_quantity(value, lang)
        assert N.parse_quantity(text).value == value, text


@pytest.mark.parametrize("period, as_of, days", [
    ("month", "2025-10", 31),
    ("month", "2024-02", 29),   # leap year
    ("month", "2025-02", 28),
    ("quarter", "2025-Q1", 90),
    ("quarter", "2024-Q1", 91),
    ("year", "2025", 365),
    ("year", "2024-07-01..2025-06-30", 365),  # a fiscal year
    ("total", "2025-H1", 181),
    ("week", "2026-02-09..2026-02-15", 7),
    ("month", "2025-06-30", 30),  # a monthly rate dated by day: the month containing it
])
def test_period_days_uses_real_calendar_lengths(period, as_of, days):
    assert N.period_days(period, N.parse_period(as_of)) == days


def test_per_day_google_october_2025():
    # "over 1.3 quadrillion tokens per month" in October 2025 -> about 4.2e13 a day.
    rate = N.per_day(N.parse_quantity("over 1.3 quadrillion").value, "month", N.parse_period("2025-10"))
    assert float(rate.tokens_per_day) == pytest.approx(4.19e13, rel=1e-3)
    assert "÷ 31 days (October 2025)" in rate.formula


def test_per_day_per_minute():
    rate = N.per_day(Decimal(10**10), "minute", N.parse_period("2025-Q4"))
    assert rate.tokens_per_day == Decimal(144 * 10**11)


@pytest.mark.parametrize("text, start, end, precision", [
    ("2026-03", date(2026, 3, 1), date(2026, 3, 31), "month"),
    ("2025-Q4", date(2025, 10, 1), date(2025, 12, 31), "quarter"),
    ("2025-H1", date(2025, 1, 1), date(2025, 6, 30), "half"),
    ("2025", date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("2026-03-24", date(2026, 3, 24), date(2026, 3, 24), "day"),
])
def test_parse_period(text, start, end, precision):
    period = N.parse_period(text)
    assert (period.start, period.end, period.precision) == (start, end, precision)


@pytest.mark.parametrize("text", ["March 2026", "2026-13", "2026-02-30", "2026-03-05..2026-03-01", ""])
def test_parse_period_rejects(text):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        N.parse_period(text)


RATES = N.RateTable({date(2025, 2, 21): Decimal("7.25"), date(2025, 2, 24): Decimal("7.2500"),
                     date(2026, 5, 15): Decimal("6.8")})


def test_convert_uses_the_rate_of_that_date_or_the_latest_before():
    on_weekend = N.convert(Decimal("9.9"), "CNY", "USD", date(2026, 5, 17), RATES)
    assert on_weekend.rate_date == date(2026, 5, 15)
    assert on_weekend.value == Decimal("9.9") / Decimal("6.8")
    back = N.convert(on_weekend.value, "USD", "CNY", date(2026, 5, 17), RATES)
    assert back.value == pytest.approx(Decimal("9.9"))


def test_convert_refuses_dates_before_the_first_rate():
    with pytest.raises(ValueError, match="no CNY/USD rate"):
        N.convert(Decimal(1), "CNY", "USD", date(1998, 1, 1), RATES)


def test_cross_rate_from_ecb_quotes():
    assert N.cross_rate(Decimal("7.77"), Decimal("1.11")) == Decimal("7.77") / Decimal("1.11")


def test_derived_values_carry_their_formula():
    ratio = N.multiple(1.4e14, 1e11)
    assert ratio.value == pytest.approx(1400)
    assert ratio.derived and ratio.formula == "140 trillion ÷ 100 billion = 1,400×"
    growth = N.annual_growth(1e11, 2e11, date(2024, 1, 1), date(2025, 1, 1))
    assert growth.value == pytest.approx(2 ** (365.2425 / 366) - 1, rel=1e-6)
    doubling = N.doubling_time_days(1e11, 4e11, date(2024, 1, 1), date(2024, 1, 21))
    assert doubling.value == pytest.approx(10)
    assert "days" in doubling.formula
