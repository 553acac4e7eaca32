"""Numbers, qualifiers, periods, dates, currency and derived values, in English and Chinese.

Everything here is pure: no network, no clock, no database. The build, the app, the
exports and the article extractor all read published numbers through these functions,
so a figure is normalized the same way wherever it appears.

Numbers are parsed into `Decimal` so that "140万亿" is exactly 140 * 10**12 and a
formatted number parses back to the same value.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

# --------------------------------------------------------------------------- magnitudes

# English words (and the short forms used in headlines: "608B", "13T").
EN_SCALES: dict[str, int] = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    # Malaysian papers' short forms ("RM76bil", "US$50mil"); the extractor takes them only joined to their digits
    "bil": 10**9,
    "mil": 10**6,
    "t": 10**12,
    "quadrillion": 10**15,
    # Indian numbering: "₹10,372 crore" is ₹103.72 billion
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}

# Chinese characters; a compound such as 万亿 multiplies its parts (10^4 * 10^8 = 10^12).
# 兆 is 10^12 as used in Taiwan and Hong Kong reporting ("43兆" = 43 trillion), not the
# mainland's older 10^6 reading; the mainland writes 万亿.
ZH_SCALES: dict[str, int] = {
    "十": 10,
    "百": 10**2,
    "千": 10**3,
    "万": 10**4,
    "萬": 10**4,
    "亿": 10**8,
    "億": 10**8,
    "兆": 10**12,
}

QUALIFIERS = ("exact", "lower_bound", "approximate", "upper_bound")

# Longest phrases first so "more than" wins over "more".
_QUALIFIER_WORDS: list[tuple[str, str]] = sorted(
    [
        ("over", "lower_bound"),
        ("more than", "lower_bound"),
        ("exceeded", "lower_bound"),
        ("exceeding", "lower_bound"),
        ("exceeds", "lower_bound"),
        ("surpassed", "lower_bound"),
        ("above", "lower_bound"),
        ("at least", "lower_bound"),
        ("in excess of", "lower_bound"),
        ("far more than", "lower_bound"),
        ("upwards of", "lower_bound"),
        (">", "lower_bound"),
        ("超过", "lower_bound"),
        ("超過", "lower_bound"),
        ("突破", "lower_bound"),
        ("逾", "lower_bound"),
        ("超", "lower_bound"),
        ("多于", "lower_bound"),
        ("about", "approximate"),
        ("around", "approximate"),
        ("approximately", "approximate"),
        ("roughly", "approximate"),
        ("nearly", "approximate"),
        ("almost", "approximate"),
        ("some", "approximate"),
        ("~", "approximate"),
        ("≈", "approximate"),
        ("约", "approximate"),
        ("約", "approximate"),
        ("近", "approximate"),
        ("大约", "approximate"),
        ("up to", "upper_bound"),
        ("as high as", "upper_bound"),
        ("as many as", "upper_bound"),
        ("at most", "upper_bound"),
        ("<", "upper_bound"),
        ("最多", "upper_bound"),
        ("至多", "upper_bound"),
        ("不超过", "upper_bound"),
    ],
    key=lambda pair: -len(pair[0]),
)
# Chinese suffix qualifiers: "300多倍", "1000余亿", "140万亿以上".
_ZH_SUFFIX_RE = re.compile(r"([0-9十百千万萬亿億兆])(?:多|余|餘|以上)(?=[十百千万萬亿億兆倍]|\s*$)")


class NumberParseError(ValueError):
    """The text does not hold one number this module can read."""


@dataclass(frozen=True)
class Quantity:
    value: Decimal  # the number, scale applied ("140万亿" -> 140000000000000)
    qualifier: str  # one of QUALIFIERS
    text: str  # the text it was read from


def window_before(text: str, at: int, reach: int) -> str:
    """The `reach` characters before `at`, widened to the start of a Latin word the cut would split, so that a
    pattern with a word boundary does not match a word's tail: "…report re|leased April" is not "leased"."""
    start = max(0, at - reach)
    while 0 < start < at and text[start - 1].isascii() and text[start - 1].isalnum() \
            and text[start].isascii() and text[start].isalnum():
        start -= 1
    return text[start:at]


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters and punctuation to ASCII ("１４０，０００" -> "140,000")."""
    return unicodedata.normalize("NFKC", text)


# Indian scale words, a lakh of crores (10^12) written as two: one list for the number reader here and the extractor's
INDIAN_SCALE = r"lakhs?\s+crores?|lakhs?|crores?"

_NUMBER_RE = re.compile(
    r"""
    (?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)
    (?:\s*[x×]\s*10\s*\^\s*(?P<exp>-?[0-9]{1,4}))?
    \s*
    (?P<scale>(?:[十百千万萬亿億兆])+|(?:""" + INDIAN_SCALE + r""")(?![A-Za-z])|[A-Za-z]+)?
    """,
    re.VERBOSE,
)


def _scale_of(word: str) -> int | None:
    if not word:
        return 1
    if all(ch in ZH_SCALES for ch in word):
        return math.prod(ZH_SCALES[ch] for ch in word)  # 万亿 = 10^4 * 10^8
    if len(parts := word.lower().split()) > 1:  # "lakh crore" multiplies its parts too (10^5 * 10^7 = 10^12)
        scales = [EN_SCALES.get(part) for part in parts]
        return None if None in scales else math.prod(scales)
    return EN_SCALES.get(word.lower())


def parse_quantity(text: str) -> Quantity:
    """Read one published number with its magnitude and qualifier.

    >>> parse_quantity("over 140 trillion").value == 140 * 10**12
    True
    >>> parse_quantity("超过140万亿").qualifier
    'lower_bound'

    Raises NumberParseError (never anything else) when the text holds no number, more
    than one, or a magnitude word it does not know.
    """
    if not isinstance(text, str):
        raise NumberParseError(f"expected text, got {type(text).__name__}")
    lowered = to_halfwidth(text).strip().lower()
    if not lowered:
        raise NumberParseError("empty text")

    qualifier = "exact"
    for phrase, kind in _QUALIFIER_WORDS:
        if lowered.startswith(phrase):
            qualifier = kind
            lowered = lowered[len(phrase):].strip()
            break

    # "300多倍", "1000余亿", "140万亿以上": a Chinese "more than" after the digits.
    lowered, count = _ZH_SUFFIX_RE.subn(r"\1", lowered)
    if count and qualifier == "exact":
        qualifier = "lower_bound"

    # Drop trailing units that carry no magnitude.
    body = re.sub(r"\s*(?:tokens?|词元|詞元|倍|次|个|元|yuan|rmb|cny|usd|\$|¥|￥)\s*$", "", lowered)
    body = re.sub(r"^(?:\$|¥|￥|rmb|cny|usd)\s*", "", body)
    body = body.strip()
    match = _NUMBER_RE.fullmatch(body)
    if not match:
        raise NumberParseError(f"no single number in {text!r}")
    try:
        number = Decimal(match.group("num").replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise NumberParseError(f"bad digits in {text!r}") from exc
    if match.group("exp") is not None:
        exponent = int(match.group("exp"))
        if abs(exponent) > 30:
            raise NumberParseError(f"exponent out of range in {text!r}")
        number *= Decimal(10) ** exponent
    scale = _scale_of(match.group("scale") or "")
    if scale is None:
        raise NumberParseError(f"unknown magnitude {match.group('scale')!r} in {text!r}")
    return Quantity(value=number * scale, qualifier=qualifier, text=text)


_EN_FORMAT = [(10**15, "quadrillion"), (10**12, "trillion"), (10**9, "billion"),
              (10**6, "million"), (10**3, "thousand")]
_ZH_FORMAT = [(10**12, "万亿"), (10**8, "亿"), (10**4, "万")]


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_quantity(value: Decimal | int | float, lang: str = "en") -> str:
    """Write a number the way a press release would ("140 trillion", "140万亿").

    Lossless: parse_quantity(format_quantity(x)).value == x for any finite x >= 0.
    """
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if number < 0:
        return "-" + format_quantity(-number, lang)
    scales = _EN_FORMAT if lang == "en" else _ZH_FORMAT
    for scale, word in scales:
        if number >= scale:
            mantissa = _plain(number / scale)
            return f"{mantissa} {word}" if lang == "en" else f"{mantissa}{word}"
    return _plain(number)


def human(value: float | Decimal | None, digits: int = 3) -> str:
    """A short reading form for charts and sentences: 1.4e14 -> '140 trillion'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    number = float(value)
    for scale, word in _EN_FORMAT:
        if abs(number) >= scale:
            return f"{number / scale:,.{digits}g} {word}"
    return f"{number:,.{digits}g}"


QUALIFIER_SIGNS = {"exact": "", "lower_bound": ">", "approximate": "≈", "upper_bound": "≤"}
QUALIFIER_WORDS_EN = {"exact": "", "lower_bound": "over ", "approximate": "about ",
                      "upper_bound": "up to "}

# --------------------------------------------------------------------------- dates

PRECISIONS = ("day", "week", "month", "quarter", "half", "year", "range")


@dataclass(frozen=True)
class Period:
    """A stretch of calendar time a figure describes, with the precision it was given in."""

    start: date
    end: date  # inclusive
    precision: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def midpoint(self) -> date:
        return self.start + timedelta(days=(self.days - 1) // 2)

    @property
    def label(self) -> str:
        if self.precision == "day":
            return f"{self.start.day} {self.start:%B %Y}"
        if self.precision == "week":
            return f"week of {self.start.day} {self.start:%B %Y}"
        if self.precision == "month":
            return f"{self.start:%B %Y}"
        if self.precision == "quarter":
            return f"Q{(self.start.month - 1) // 3 + 1} {self.start.year}"
        if self.precision == "half":
            return f"H{1 if self.start.month == 1 else 2} {self.start.year}"
        if self.precision == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str, precision: str | None = None) -> Period:
    """Read a date as the curated files write it.

    YYYY-MM-DD (day; with precision "week" the week starting that day), YYYY-MM (month),
    YYYY-Qn (quarter), YYYY-Hn (half year), YYYY (year), START..END (range, inclusive).
    """
    text = (text or "").strip()
    try:
        if ".." in text:
            first, _, last = text.partition("..")
            start, end = date.fromisoformat(first.strip()), date.fromisoformat(last.strip())
            if end < start:
                raise ValueError("range ends before it starts")
            return Period(start, end, "range")
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", text):
            year, quarter = int(m[1]), int(m[2])
            return Period(date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter), "quarter")
        if m := re.fullmatch(r"(\d{4})-H([12])", text):
            year, half = int(m[1]), int(m[2])
            return Period(date(year, 6 * half - 5, 1), _month_end(year, 6 * half), "half")
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return Period(date(year, 1, 1), date(year, 12, 31), "year")
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            year, month = int(m[1]), int(m[2])
            return Period(date(year, month, 1), _month_end(year, month), "month")
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(
            f"{text!r} is not a date; write YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY "
            f"or START..END ({exc})"
        ) from None
    if precision == "week":
        return Period(day, day + timedelta(days=6), "week")
    return Period(day, day, "day")


# --------------------------------------------------------------------------- periods

RATE_PERIODS = ("minute", "hour", "day", "week", "month", "quarter", "half", "year", "total")


@dataclass(frozen=True)
class PerDay:
    tokens_per_day: Decimal
    period_days: Decimal  # length of the period the figure was counted over, in days
    formula: str


def period_days(period: str, as_of: Period) -> Decimal:
    """The real length, in days, of the calendar period a "per <period>" figure covers.

    A monthly figure for October 2025 covers 31 days; for February 2024, 29. When the
    figure's date is given more loosely or more finely than its period (a monthly rate
    "as of 30 June"), the calendar month, quarter or year containing the date's start
    is used. A "total" covers exactly the dated range.
    """
    if period == "minute":
        return Decimal(1) / Decimal(1440)
    if period == "hour":
        return Decimal(1) / Decimal(24)
    if period == "day":
        return Decimal(1)
    if period == "week":
        return Decimal(7)
    if period == "total":
        return Decimal(as_of.days)
    if as_of.precision in (period, "range") and period in ("month", "quarter", "half", "year"):
        return Decimal(as_of.days)
    start = as_of.start
    if period == "month":
        return Decimal(calendar.monthrange(start.year, start.month)[1])
    if period == "quarter":
        first = (start.month - 1) // 3 * 3 + 1
        return Decimal((_month_end(start.year, first + 2) - date(start.year, first, 1)).days + 1)
    if period == "half":
        first = 1 if start.month <= 6 else 7
        return Decimal((_month_end(start.year, first + 5) - date(start.year, first, 1)).days + 1)
    if period == "year":
        return Decimal(366 if calendar.isleap(start.year) else 365)
    raise ValueError(f"unknown period {period!r}; use one of {', '.join(RATE_PERIODS)}")


def per_day(value: Decimal, period: str, as_of: Period) -> PerDay:
    """Tokens per day from a figure counted per `period`, with the formula shown."""
    days = period_days(period, as_of)
    per = value / days
    shown = format_quantity(value)
    if period == "minute":
        formula = f"{shown} per minute × 1,440 minutes"
    elif period == "hour":
        formula = f"{shown} per hour × 24 hours"
    elif period == "day":
        formula = f"{shown} per day, as published"
    elif period == "total":
        formula = f"{shown} in total ÷ {_plain(days)} days ({as_of.label})"
    else:
        span = as_of.label if as_of.precision in (period, "range") \
            else f"the {period} containing {as_of.start.isoformat()}"
        formula = f"{shown} per {period} ÷ {_plain(days)} days ({span})"
    return PerDay(tokens_per_day=per, period_days=days, formula=formula)


# --------------------------------------------------------------------------- currency

CURRENCIES = ("CNY", "USD")
# CFA francs: the Central African (XAF) and the West African (XOF) are at par, both 655.957 to the euro. Written
# without its code ("FCFA 31 billion") the franc is read as XAF unless the sentence names a West African country
# (_extract.SIGN_BY_COUNTRY looks these same words up by country).
CFA_FRANCS = ("fcfa", "cfa", "cfa francs", "cfa franc", "francs cfa", "franc cfa")
# Currency by the sign or word that marks it in a text; anything else money-like is CNY (¥, 元, RMB ...).
CURRENCY_OF = {"$": "USD", "us$": "USD", "$us": "USD", "usd": "USD", "美元": "USD", "us dollars": "USD", "dollars": "USD", "dollar": "USD",
               "hk$": "HKD", "hkd": "HKD", "港元": "HKD", "港币": "HKD", "港幣": "HKD", "hk dollars": "HKD",
               "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR", "歐元": "EUR",
               "£": "GBP", "gbp": "GBP", "pounds sterling": "GBP", "英镑": "GBP", "英鎊": "GBP",
               "₩": "KRW", "krw": "KRW", "won": "KRW", "korean won": "KRW", "south korean won": "KRW", "韩元": "KRW", "韓元": "KRW",
               "sek": "SEK", "skr": "SEK", "kronor": "SEK", "swedish kronor": "SEK", "swedish kroner": "SEK",
               "swedish crowns": "SEK", "瑞典克朗": "SEK",
               "dkk": "DKK", "danish kroner": "DKK", "danish krone": "DKK", "丹麦克朗": "DKK", "丹麥克朗": "DKK",
               "r": "ZAR", "zar": "ZAR", "rand": "ZAR", "south african rand": "ZAR", "南非兰特": "ZAR", "南非蘭特": "ZAR",
               "rp": "IDR", "idr": "IDR", "rupiah": "IDR", "indonesian rupiah": "IDR", "印尼盾": "IDR",
               "nz$": "NZD", "nzd": "NZD", "new zealand dollars": "NZD", "nz dollars": "NZD", "新西兰元": "NZD",
               "紐元": "NZD", "纽元": "NZD", "nt$": "TWD", "twd": "TWD", "新台币": "TWD", "新台幣": "TWD", "新臺幣": "TWD",
               "c$": "CAD", "ca$": "CAD", "can$": "CAD", "cad": "CAD", "canadian dollars": "CAD", "加元": "CAD",
               "r$": "BRL", "brl": "BRL", "reais": "BRL",
               "nok": "NOK", "norwegian kroner": "NOK", "norwegian krone": "NOK", "挪威克朗": "NOK",
               "czk": "CZK", "koruna": "CZK", "korunas": "CZK", "czech koruna": "CZK", "czech korunas": "CZK",
               "czech crowns": "CZK", "koruny": "CZK", "czech koruny": "CZK", "捷克克朗": "CZK",
               "huf": "HUF", "forint": "HUF", "forints": "HUF", "hungarian forint": "HUF", "hungarian forints": "HUF",
               "匈牙利福林": "HUF",
               "pln": "PLN", "zloty": "PLN", "zlotys": "PLN", "złoty": "PLN", "złotys": "PLN", "polish zloty": "PLN",
               "polish zlotys": "PLN", "polish złoty": "PLN", "波兰兹罗提": "PLN", "波蘭茲羅提": "PLN",
               "bdt": "BDT", "tk": "BDT", "taka": "BDT", "bangladeshi taka": "BDT", "孟加拉塔卡": "BDT",
               "npr": "NPR", "nepalese rupees": "NPR", "nepali rupees": "NPR", "尼泊尔卢比": "NPR", "尼泊爾盧比": "NPR",
               "qar": "QAR", "qatari riyals": "QAR", "qatari riyal": "QAR", "卡塔尔里亚尔": "QAR", "卡塔爾里亞爾": "QAR",
               "sar": "SAR", "saudi riyals": "SAR", "saudi riyal": "SAR", "沙特里亚尔": "SAR", "沙特里亞爾": "SAR",
               "aed": "AED", "uae dirhams": "AED", "uae dirham": "AED", "emirati dirhams": "AED", "emirati dirham": "AED",
               "阿联酋迪拉姆": "AED", "阿聯酋迪拉姆": "AED",
               "try": "TRY", "tl": "TRY", "₺": "TRY", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY",
               "turkish liras": "TRY", "土耳其里拉": "TRY",
               "bob": "BOB", "bolivianos": "BOB", "boliviano": "BOB", "玻利维亚诺": "BOB", "玻利維亞諾": "BOB",
               "gmd": "GMD", "dalasi": "GMD", "dalasis": "GMD", "gambian dalasi": "GMD", "gambian dalasis": "GMD",
               "达拉西": "GMD", "達拉西": "GMD",
               "chf": "CHF", "swiss francs": "CHF", "swiss franc": "CHF", "瑞士法郎": "CHF",
               "pkr": "PKR", "pakistani rupees": "PKR", "巴基斯坦卢比": "PKR", "巴基斯坦盧比": "PKR",
               "lkr": "LKR", "sri lankan rupees": "LKR", "斯里兰卡卢比": "LKR", "斯里蘭卡盧比": "LKR",
               "kes": "KES", "ksh": "KES", "kshs": "KES", "kenyan shillings": "KES", "kenya shillings": "KES",
               "肯尼亚先令": "KES", "肯尼亞先令": "KES", "ugx": "UGX", "ugandan shillings": "UGX", "uganda shillings": "UGX",
               "乌干达先令": "UGX", "烏干達先令": "UGX", "tzs": "TZS", "tanzanian shillings": "TZS",
               "tanzania shillings": "TZS", "坦桑尼亚先令": "TZS", "坦桑尼亞先令": "TZS",
               "xaf": "XAF", "xof": "XOF", **{word: "XAF" for word in CFA_FRANCS}, "中非法郎": "XAF", "西非法郎": "XOF",
               "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR", "rupees": "INR", "indian rupees": "INR", "印度卢比": "INR",
               "印度盧比": "INR", "₫": "VND", "vnd": "VND", "dong": "VND", "vietnamese dong": "VND", "越南盾": "VND",
               "฿": "THB", "thb": "THB", "baht": "THB", "thai baht": "THB", "泰铢": "THB", "泰銖": "THB",
               "jpy": "JPY", "yen": "JPY", "japanese yen": "JPY", "日元": "JPY", "日圓": "JPY", "円": "JPY",
               "a$": "AUD", "au$": "AUD", "aud": "AUD", "australian dollars": "AUD", "澳元": "AUD", "澳币": "AUD", "澳幣": "AUD",
               "s$": "SGD", "sgd": "SGD", "singapore dollars": "SGD", "新加坡元": "SGD", "新元": "SGD", "新币": "SGD", "新幣": "SGD",
               "rm": "MYR", "myr": "MYR", "ringgit": "MYR", "malaysian ringgit": "MYR", "林吉特": "MYR", "令吉": "MYR", "马币": "MYR",
               "馬幣": "MYR", "nis": "ILS", "ils": "ILS", "₪": "ILS", "shekel": "ILS", "shekels": "ILS", "new shekels": "ILS",
               "谢克尔": "ILS", "謝克爾": "ILS", "新谢克尔": "ILS",
               "₽": "RUB", "rub": "RUB", "roubles": "RUB", "rouble": "RUB", "rubles": "RUB", "ruble": "RUB",
               "russian roubles": "RUB", "russian rubles": "RUB", "卢布": "RUB", "盧布": "RUB",
               "₱": "PHP", "php": "PHP", "p": "PHP", "philippine pesos": "PHP", "philippine peso": "PHP",
               "菲律宾比索": "PHP", "菲律賓比索": "PHP",
               "chinese yuan": "CNY", "renminbi": "CNY", "chinese renminbi": "CNY",
               "₦": "NGN", "ngn": "NGN", "n": "NGN", "naira": "NGN", "nigerian naira": "NGN", "奈拉": "NGN"}
# The three-letter codes among them ("CAD", "BRL"), for patterns that read a code beside an amount ("$685 million CAD
# ($500 million USD)"): one list, so a currency added above is read there too.
CURRENCY_CODES = "|".join(sorted({key.upper() for key in CURRENCY_OF if re.fullmatch(r"[a-z]{3}", key)}))


def tokens_per(scale: str) -> float:
    """How many tokens a unit price is for, by the unit as written: 1,000 for "K", "thousand", 千 or
    "1000", else a million ("M", "1M", "million", 百万)."""
    scale = scale.lower()
    return 1000.0 if ("k" in scale or "thousand" in scale or "千" in scale or scale in ("1,000", "1000")) else 1e6


@dataclass(frozen=True)
class Converted:
    value: Decimal
    currency: str
    rate_cny_per_usd: Decimal
    rate_date: date


class RateTable:
    """CNY per USD by date; a date without a rate uses the latest earlier one."""

    def __init__(self, rates: dict[date, Decimal]):
        if not rates:
            raise ValueError("no exchange rates: build the FX source first")
        self._dates = sorted(rates)
        self._rates = rates

    def on(self, day: date) -> tuple[date, Decimal]:
        from bisect import bisect_right

        i = bisect_right(self._dates, day)
        if i == 0:
            raise ValueError(f"no CNY/USD rate on or before {day.isoformat()} "
                             f"(first is {self._dates[0].isoformat()})")
        found = self._dates[i - 1]
        return found, self._rates[found]


def convert(amount: Decimal, from_currency: str, to_currency: str, on: date,
            rates: RateTable) -> Converted:
    """Convert between CNY and USD at the rate of `on` (or the latest earlier rate)."""
    if from_currency not in CURRENCIES or to_currency not in CURRENCIES:
        raise ValueError(f"only {' and '.join(CURRENCIES)} are supported, "
                         f"not {from_currency}->{to_currency}")
    rate_date, rate = rates.on(on)
    if from_currency == to_currency:
        value = amount
    elif from_currency == "CNY":
        value = amount / rate
    else:
        value = amount * rate
    return Converted(value=value, currency=to_currency, rate_cny_per_usd=rate, rate_date=rate_date)


def cross_rate(cny_per_eur: Decimal, usd_per_eur: Decimal) -> Decimal:
    """ECB rates are per euro: CNY per USD = CNY rate ÷ USD rate for the same day."""
    return cny_per_eur / usd_per_eur


# --------------------------------------------------------------------------- derived values


@dataclass(frozen=True)
class Derived:
    value: float
    formula: str
    derived: bool = True


def multiple(later: float, earlier: float) -> Derived:
    """140 trillion ÷ 100 billion = 1,400×."""
    ratio = later / earlier
    return Derived(ratio, f"{human(later)} ÷ {human(earlier)} = {ratio:,.0f}×"
                   if ratio >= 10 else f"{human(later)} ÷ {human(earlier)} = {ratio:,.2f}×")


def years_between(start: date, end: date) -> float:
    return (end - start).days / 365.2425


def annual_growth(earlier: float, later: float, start: date, end: date) -> Derived:
    """Compound annual growth rate between two dated values."""
    years = years_between(start, end)
    if years <= 0:
        raise ValueError("the second point must come after the first")
    rate = (later / earlier) ** (1 / years) - 1
    return Derived(rate, f"({human(later)} ÷ {human(earlier)})^(1 ÷ {years:.2f} years) − 1 "
                         f"= {rate * 100:,.0f}% a year")


def doubling_time_days(earlier: float, later: float, start: date, end: date) -> Derived:
    """Days for the value to double at the average growth between two dated values."""
    days = (end - start).days
    if days <= 0:
        raise ValueError("the second point must come after the first")
    if later <= earlier:
        raise ValueError("the value did not grow, so it has no doubling time")
    doubling = days * math.log(2) / math.log(later / earlier)
    return Derived(doubling, f"{days} days × ln 2 ÷ ln({human(later)} ÷ {human(earlier)}) "
                             f"= {doubling:,.0f} days")
