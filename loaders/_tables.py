"""Reading list prices from the tables in an article's text.

Pipe tables (Markdown rows with or without their outer pipes, or flattened onto one line), tables
laid out with spaces, and prices that stand one per line under their labels. A price is read only
where its unit is written somewhere a reader would look for it: the column's header ("输入价格(/1K
tokens)", "Input / 1M"), a caption just above the table ("USD Pricing (per 1 Million Tokens)") or a note
just below it ("Price unit: USD / 1M tokens"), the cell itself ("$2.50/1M"), or a line just above ("Per 1M
tokens"). Records in JSON or YAML are read
the same way (`record_prices`): a key that names its unit ("input_cost_per_mtok"), a price beside a
`"unit"` field ("per_1M_tokens"), or a `"pricing"` object's field the page's field reference gives the unit of
("pricing.input | Price per 1M input tokens (USD)"). `_extract` turns each
`TablePrice` into a candidate that quotes its row. A Chinese filing's table of what its money goes to, in the unit
its note gives ("单位:万元"), is read the same way for investments (`investment_rows`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import _invest
from . import _normalize as N


@dataclass
class TablePrice:
    """One price read from a table: where its row is, what was written, and the unit it is for."""
    line_start: int  # where the row's line starts in the text
    line: str  # the row as written
    offset: int  # where the price starts in the row
    written: str  # the price as written ("$0.30", "0.12")
    value: float
    currency: str | None
    per: float  # the tokens the price is for: 1,000 or 1,000,000
    heading: str | None  # the column's header or the label above, when there is one
    where: str  # for the candidate's note: the row and the column, the unit's line, or a record's field


# A word that marks a unit of tokens in a header or a caption.
TOKEN_UNIT = re.compile(r"tokens?\b|Tok(?:ens)?\b|词元|詞元", re.I)
TABLE_RULE = re.compile(r"^[\s|:\-]+$")
# What a price may be per besides tokens ("per image", "per 1K requests"): one list for the header's unit, which must
# not be followed by one, and for OTHER_UNIT, which names one
_NOT_TOKENS = r"(?:images?|pixels?|seconds?|minutes?|hours?|requests?|calls?|searches|characters?|pages?)(?-i:(?![a-z]))"
# A column of list prices gives its unit in its header ("输入价格(/1K tokens)", "Input ($/1M)", "1M Tokens Output
# Price"), or the whole table gives it in a caption just above it ("USD Pricing (per 1 Million Tokens)"). A header
# glued to the next one ("Input $/MOutput $/M") still gives its unit.
HEADER_UNIT = re.compile(r"(?:(?:/|per\s*|每)\s*(?P<scale>1\s*[KM]\b|1\s*(?-i:[KM](?![a-z]))|(?-i:[KMkm](?![a-z\d]))|M(?=Tok)|1,000,000|1,000|1000000(?!\d)|1000(?!\d)|1\s*million|million|"
                         r"thousand|百万|百萬|千)\s*(?:tokens?|Tok(?:ens)?|词元|詞元)?(?!\s*" + _NOT_TOKENS + r")"
                         r"|\b(?P<scale2>1\s*[KM]|1\s*million|one million)\s+tokens?\b"
                         # a unit in brackets of its own under a column's label ("Input unit price" then "(1,000 tokens)")
                         r"|(?<=[(（])(?P<scale3>1,000,000|1,000|1000000|1000)\s+tokens?(?=\s*[)）]))",
                         re.I)
# A price per something other than tokens in a header ("Price per imagePrice per thousand images", "Price per billion
# pixels"): its column holds no token price.
OTHER_UNIT = re.compile(r"(?:/|\bper\s*|每)\s*(?:(?:1\s*)?(?:[KMB]|thousand|million|billion)\s*)?"
                        + _NOT_TOKENS, re.I)
# a column header that names a price: "输入价", "Output", "单价"
PRICE_HEADER = re.compile(r"输入|输出|輸入|輸出|价|價|\b(?:input|output|price|pricing|cost)\b", re.I)
# The signs a price may be written with ("$0.50", "¥2", "₹13.23", "€0.40"), and its number, thousands separated or not
# ("$1,444.50"): one pair for the cell, label, spaced and run-together layouts. A cell of several prices
# (MULTI_PRICE_CELL) keeps plain numbers, since it may separate its prices with commas ("$0.03,$0.06").
_SIGN_MARKS = "$¥￥₹€£₽"  # one list, so a sign added here is read in every layout and kept out of a price's label
SIGN = r"US\$|" + "|".join(re.escape(mark) for mark in _SIGN_MARKS)
AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
PRICE_CELL = re.compile(r"^\s*(?P<pre>" + SIGN + r"|RMB|(?-i:Rp)(?=\s))?\s*(?P<num>" + AMOUNT + r")\s*(?P<post>元|yuan|美元|USD|CNY)?\s*"
                        r"(?P<unit>(?:/|per\s+)\s*(?:1\s*[KM]|[KM]|1\s*million|million|百万|百萬|千|M(?=Tok))\s*(?:tokens?|Tok)?)?\s*$",
                        re.I)  # "$2.50/1M", "$2.50 per 1M"
# A number with its price in a currency in brackets ("0.03 (€0.006)": credits, then the euro price): the bracket's price.
BRACKETED_PRICE_CELL = re.compile(r"^\s*\d+(?:\.\d+)?\s*[(（]\s*(?P<pre>" + SIGN + r")\s*(?P<num>" + AMOUNT + r")\s*[)）]\s*$")
# A line that is only a unit, below the price it is for ("$0.60" then "/ 1M tokens").
UNIT_LINE = re.compile(r"^\s*(?:/|per\s)\s*(?:1\s*[KM]|[KM]|1\s*million|million|1,000,000|1,000|1000)\s*(?:tokens?|Tok(?:ens)?)\s*$", re.I)
# A price after its label on a line of its own, glued or not ("Input tokens$3.00"), under a line giving the unit; a
# note in brackets may follow it ("Cached input tokens$0.50 (75% discount)").
LABELLED_PRICE = re.compile(r"^\s*(?P<label>[A-Za-z\u4e00-\u9fff][^" + re.escape(_SIGN_MARKS) + r"\d|]{0,40}?)\s*(?P<cell>(?:" + SIGN + r")\s*(?:" + AMOUNT + r"))"
                            r"\s*(?:[(（][^()（）\d]{0,30}(?:\d+\s*%[^()（）\d]{0,30})?[)）])?\s*$")  # "(75% discount)" after it
# A row of a table laid out with spaces (or none): two or more amounts with a currency sign and nothing else between them.
SPACED_PRICES = re.compile(r"(?:" + SIGN + r")(?:" + AMOUNT + r")(?:[ \t]*(?:" + SIGN + r")(?:" + AMOUNT + r"))+")
SPACED_PRICE = re.compile(r"(?P<pre>" + SIGN + r")(?P<num>" + AMOUNT + r")")
# "| Model | Input × | Output × |": a column of credit multipliers per model, not of prices, however the text above
# says they follow "each provider's real $/1M token price"
MULTIPLIER_HEADER = re.compile(r"×|\bmultipliers?\b|\bcoefficients?\b|倍率|系数|係數", re.I)
# A column of sums or averages the outlet worked out ("Combined $/M", "Blended", a worked example's "Subtotal"), not
# anyone's list price.
DERIVED_HEADER = re.compile(r"\b(?:combined|blended|(?:sub)?total|sum|average|avg|mean|effective)\b|"
                            r"合计|合計|总计|總計|小计|小計|平均|综合|綜合", re.I)
# A header over what some usage costs and saves ("Model Monthly Volume Direct API Cost HolySheep Cost Monthly
# Savings"): its amounts are no one's prices
COST_SAVINGS_HEADER = re.compile(r"^(?=.*(?:\bcosts?\b|成本|费用|費用))(?=.*(?:\bsavings?\b|节省|節省)).*$", re.I)
# A column of examples of the format ("| Unit | Example value | Note |"), not anyone's list price.
EXAMPLE_HEADER = re.compile(r"\bexamples?\b|示例|範例|范例|举例|舉例", re.I)
# A worked line ("5M tokens × $5 per million = $25"): arithmetic, never the unit caption of the prices below it.
WORKED_LINE = re.compile(r"×|\s\*\s|=\s*(?:" + SIGN + r")?\s*\d")  # (not the "**" of a bold caption)
MULTI_PRICE_CELL = re.compile(r"^\s*(?:" + SIGN + r")\d+(?:\.\d+)?(?:\s*[/,、]\s*(?:" + SIGN + r")\d+(?:\.\d+)?)+\s*$")


FLAT_TABLE = re.compile(r"[^\n]*\|[ \t]*\|[ \t:|-]*-{3,}[^\n]*")  # on one line: a table's own rule row follows a break


def _unflatten(match: re.Match) -> str:
    """The rows of a table flattened onto one line, each on a line of its own; the prose before the header
    too ("… Rate Card (Mid-2026) | Provider / Model | …"). Only spaces become line breaks."""
    flat = match.group(0).replace("| |", "|\n|")
    first = flat.find("|")
    if first > 0 and flat[first - 1] == " " and flat[:first].strip():
        flat = flat[:first - 1] + "\n" + flat[first:]
    return flat


UNIT_HEADER = re.compile(r"^(?:unit|billing unit|单位|單位|计费单位|計費單位)$", re.I)
# Two sentences on one line: prose, not a header or a caption.
PROSE = re.compile(r"[.!?。！？]\s+\S")


def is_table_line(line: str) -> bool:
    """A Markdown table row, with or without its outer pipes ("| GPT-4o | $0.005 |", "deepseek-chat | 64K | $0.07 |")."""
    stripped = line.strip()
    return stripped.count("|") >= 2 and (stripped.startswith("|") or stripped.endswith("|"))


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset in the line, text) of each cell of a Markdown table row."""
    stripped = line.rstrip()
    at = line.index("|") + 1 if line.lstrip().startswith("|") else len(line) - len(line.lstrip())
    out = []
    for part in stripped[at:].split("|"):
        out.append((at, part))
        at += len(part) + 1
    return out[:-1] if out and not out[-1][1].strip() else out


def cell_at(row: str, at: int) -> str:
    """The text of the cell of a Markdown table row that holds position `at` ("" when none does)."""
    return next((cell for offset, cell in _cells(row) if offset <= at < offset + len(cell)), "")


# "| 服务商 | … | 免费额度 |" then "| 通义千问 | … | 每月500万token |": a column of what a plan gives free, not of use;
# "| Model | Input × | Output × | 5M quota ≈ |" then "| … | ~18.7M |": what a plan's quota reaches, likewise.
ALLOWANCE_HEADER = re.compile(r"免费额度|免費額度|赠送|贈送|free\s+(?:tier|allowance|tokens)|\bquotas?\b", re.I)


def cells_under(folded: str, header: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) in the text of each cell under a table header that `header` finds: a free allowance
    (ALLOWANCE_HEADER), an example of the format (EXAMPLE_HEADER)."""
    spans: list[tuple[int, int]] = []
    columns: list[int] = []
    previous_is_row = False
    for match in re.finditer(r"[^\n]*", folded):
        line = match.group(0)
        if not is_table_line(line):
            previous_is_row = previous_is_row and not line.strip()  # a blank line between rows is not an end
            continue
        cells = _cells(line)
        if not previous_is_row:  # a new table: this row is its header
            columns = [i for i, (_, cell) in enumerate(cells) if header.search(cell)]
        elif not TABLE_RULE.match(line):
            spans += [(match.start() + cells[i][0], match.start() + cells[i][0] + len(cells[i][1]))
                      for i in columns if i < len(cells)]
        previous_is_row = True
    return spans


# A table whose cells the page glued together: "服务商输入价格(元/千token)输出价格(元/千token)单次请求平均成本…" then
# "智谱AI(GLM-4)0.040.080.012元12元". Each priced column of the header takes one price from the run, in order.
GLUED_RUN = re.compile(r"(?<![\d.])(?:\d+\.\d+){2,}(?![\d.])")
GLUED_PIECE = re.compile(r"\d+\.\d+?(?=0\.|$)")  # the prices glued after the first are under one: "0.04" "0.08"


def _cut(run: re.Match, piece: re.Pattern) -> list[tuple[int, str]]:
    """(offset in the line, as written) of each price a glued run is cut into by `piece`, or [] when the pieces do not
    make up the whole run (a run it cannot cut unambiguously)."""
    pieces = [(run.start() + m.start(), m.group(0)) for m in piece.finditer(run.group(0))]
    return pieces if "".join(written for _, written in pieces) == run.group(0) else []


def _glued_prices(line: str, above: list[str]) -> list[tuple[int, str, str | None, float | None, str]]:
    """(offset, as written, currency, unit, column) of each price in a row of glued cells, or [] when the line is not one."""
    run = GLUED_RUN.search(line)
    header = next((h for h in reversed(above[-6:]) if len(HEADER_UNIT.findall(h)) >= 2 and not GLUED_RUN.search(h)),
                  None) if run else None
    if not header or not TOKEN_UNIT.search(header):
        return []
    pieces = _cut(run, GLUED_PIECE)
    if not pieces:
        return []
    ends = [m.end() for m in HEADER_UNIT.finditer(header)]
    headings = [header[start:end].lstrip(")）").strip() for start, end in zip([0] + ends, ends)]  # "输出价格(元/千token"
    return [(offset, written, _currency_of(heading), _unit_of(heading), heading)
            for (offset, written), heading in zip(pieces, headings)]


# The same under a header that names its columns only ("ModelWindowInputCachedOutput"), the unit on a line just above
# it ("USDper 1M tokens"); the rows may lie far below, each model's name and id on lines of their own between them.
# Each price has one digit before its point ("Standard0.900.152.30": 0.90, 0.15 and 2.30), one per priced column.
GLUED_NAMES_HEADER = re.compile(r"(?:[A-Z][a-z]+){3,10}")
GLUED_PRICE_NAME = re.compile(r"Input|Cached|Cache(?=[A-Z])|Output|Prompt|Completion")
GLUED_ONE_DIGIT = re.compile(r"\d\.\d+?(?=\d\.|$)")
# The same with each price signed and in cents, the context window glued after the last ("deepseek-chatDeepSeek$0.20
# $0.40128K" under "ModelProviderInputOutputContext", the unit in a sentence above: "All prices per 1M tokens."): the
# cents close each price, so "$0.40128K" is $0.40 and a window of 128K.
SIGNED_GLUED_ROW = re.compile(r"(?P<run>(?:(?:" + SIGN + r")\d+\.\d{2}){2,})(?P<window>\d+(?:\.\d+)?[KM])?\s*$")
SIGNED_CENTS = re.compile(r"(?P<sign>" + SIGN + r")(?P<num>\d+\.\d{2})")
WINDOW_NAME = re.compile(r"Context|Window")


def _glued_under_names(lines: list[tuple[int, str]], index: int) -> list[tuple[int, str, str | None, float | None, str]]:
    """(offset, as written, currency, unit, column) of each price in a row of glued cells under a header of glued
    column names with the unit a line or two above it, or [] when the line is not one. Between the header and the
    row only other such rows and short lines that are not prose (a model's name, its id) may stand. Bare prices take
    their currency from the unit's line, signed ones from their sign."""
    line = lines[index][1]
    run = GLUED_RUN.search(line)
    signed = None if run else SIGNED_GLUED_ROW.search(line)
    if run and line[run.end():].strip():
        return []
    found = run or signed
    if not found or not line[:found.start()].strip():
        return []
    for i in range(index - 1, max(-1, index - 60), -1):
        text = lines[i][1].strip()
        if GLUED_NAMES_HEADER.fullmatch(text):
            names = GLUED_PRICE_NAME.findall(text)
            unit = next((u for _, u in lines[max(0, i - 2):i] if TOKEN_UNIT.search(u) and _unit_of(u)
                         and (signed or _currency_of(u))), None)
            if len(names) < 2 or unit is None:
                return []
            if signed:
                pieces = [(signed.start() + m.start("num"), m.group("num"), _currency_of(m.group("sign")))
                          for m in SIGNED_CENTS.finditer(signed.group("run"))]
                if signed.group("window") and not WINDOW_NAME.search(text.split(names[-1])[-1]):
                    return []  # digits after the last price, and no column after the prices to hold them
            else:
                pieces = [(offset, written, _currency_of(unit)) for offset, written in _cut(run, GLUED_ONE_DIGIT)]
            if len(pieces) != len(names):
                return []
            return [(offset, written, currency, _unit_of(unit), name)
                    for (offset, written, currency), name in zip(pieces, names)]
        if not (GLUED_RUN.search(text) or SIGNED_GLUED_ROW.search(text)) and (len(text) > 60 or PROSE.search(text)):
            return []
    return []


def _unit_of(cell: str) -> float | None:
    unit = HEADER_UNIT.search(cell)
    return N.tokens_per(unit.group("scale") or unit.group("scale2") or unit.group("scale3")) if unit else None


# "| Endpoint | Base Price | Price per Token |": a column priced per single token. Its header's own: not a caption's
# unit ("├── Price per Token: $0.00001" in a worked example above the table), nor the other columns' (a base price per call)
SINGLE_TOKEN_UNIT = re.compile(r"(?:/|\bper\s*|每)\s*(?:个|個)?\s*(?:token|Tok(?:en)?)(?![\w-])", re.I)


def _column_unit(header_cell: str) -> float | None:
    return _unit_of(header_cell) or (1.0 if SINGLE_TOKEN_UNIT.search(header_cell) else None)


# The currency a header or cell names: the price signs above (after the dollars marked with letters), codes and words
CURRENCY_SIGN = re.compile(r"US\$|HK\$|" + "|".join(re.escape(mark) for mark in _SIGN_MARKS) +
                           r"|\bRUB\b|\b(?-i:Rp)\b|USD|HKD|EUR|CNY|RMB|美元|港元|港币|港幣|欧元|歐元|dollars?|euros?|元|yuan", re.I)


def _number(written: str) -> float:
    """A price's number as written in a cell, its thousands separated or not ("1,444.50")."""
    return float(written.replace(",", ""))


def _currency_of(words: str) -> str | None:
    """The currency a table's header or cell names ("Input ($/1M)", "输入价格(元/千token)"), if any."""
    found = CURRENCY_SIGN.search(words)
    return N.CURRENCY_OF.get(found.group(0).lower(), "CNY") if found else None


# A JSON or YAML record's price fields. Either the key names the unit ("input_per_mtok": 0.5, output_usd_per_1m: 3),
# or a "unit" field of the same object does ({"unit": "元/千tokens", "input": 0.0025, "output_batch": 0.005}); the
# currency only where the key or the unit names one.
RECORD_PRICE = re.compile(r'^\s*"?(?P<key>[a-z_]*?(?:input|output|prompt|completion|cache[a-z]*|price|cost)[a-z_]*?'
                          r'_per_(?P<unit>m|1m|mtok|million|m_tokens|1m_tokens|million_tokens|k|1k|ktok|thousand|'
                          r'k_tokens|1k_tokens|thousand_tokens))"?\s*(?P<sep>[:=])\s*(?P<num>\d+(?:\.\d+)?)\s*,?\s*$', re.I)
# "cost_per_million_tokens = 0.50" among "import replicate" and "print(…)": a variable in example code, not a record;
# "input_price_per_1k=0.01," under "pricing = TokenPrices(": a keyword argument to a call the script opens
PYTHON_LINE = re.compile(r"^\s*(?:import\s+\w|from\s+[\w.]+\s+import\b|def\s+\w+\(|print\(|return\b|if\s+.+:\s*$|for\s+\w+\s+in\b|"
                         r"[\w.]+\s*=\s*[\w.]+\(\s*$)", re.M)
RECORD = re.compile(r"\{[^{}]*\}")  # an object with no object inside it
UNIT_FIELD = re.compile(r'"unit"\s*:\s*"(?P<unit>[^"]{1,30})"', re.I)
PRICE_FIELD = re.compile(r'"(?P<key>[a-z_]*(?:input|output|prompt|completion|cache)[a-z_]*|price)"\s*:\s*(?P<num>\d+(?:\.\d+)?)\b', re.I)
# A "pricing" object's bare fields ("pricing": {"input": 1.25, "output": 10}) take their unit from the page's field
# reference, where there is one ("pricing.inputPrice per 1M input tokens (USD).", "pricing.output | Price per 1M output
# tokens (USD). |"); the key is lower case, so a reference whose cells were glued ("inputPrice") still shows where it ends.
PRICING_OBJECT = re.compile(r'"pricing"\s*:\s*$')
FIELD_REFERENCE = re.compile(r"\bpricing\.(?P<key>[a-z_]+)[\s|:–—-]*(?P<doc>[^\n|]{0,80})")


# Records whose keys and values were shuffled (a content farm's garbled copy): a price field that holds an object
# ("cache_write_per_million_tokens": {), or a section's name that holds a number ("capabilities": 0.575, "pricing": 1.3).
SHUFFLED_RECORD = re.compile(r'"\w*_per_(?:million|1m|1k|thousand)_tokens\s*"\s*:\s*\{|'
                             r'"(?:pricing|capabilities|context_window)\s*"\s*:\s*-?\d', re.I)


def record_prices(folded: str) -> list[TablePrice]:
    """The list prices in JSON or YAML records: fields whose key names the unit, the price fields of
    an object whose "unit" field names a unit of tokens, and those of a "pricing" object the page's field reference
    gives a unit of tokens for; none from records whose keys and values were shuffled, since which number is whose price
    cannot be read."""
    if SHUFFLED_RECORD.search(folded):
        return []
    out = []
    for line in re.finditer(r"[^\n]+", folded):
        field = RECORD_PRICE.match(line.group(0))
        if field and field.group("sep") == "=" and PYTHON_LINE.search(folded[max(0, line.start() - 400):line.end() + 400]):
            continue  # an assignment in a script, however its variable is named
        if field:
            key, unit = field.group("key"), field.group("unit").lower()
            per = 1000.0 if unit.startswith(("k", "1k", "thousand")) else 1e6
            out.append(TablePrice(line.start(), line.group(0), field.start("num"), field.group("num"),
                                  float(field.group("num")), _currency_of(key.replace("_", " ")), per, key,
                                  f"field '{key}' of a record"))
    documented = {}  # a "pricing" object's key → the words its reference gives and the tokens they name
    for ref in FIELD_REFERENCE.finditer(folded):
        doc = ref.group("doc").strip()
        if TOKEN_UNIT.search(doc) and (tokens := _unit_of(doc)):
            documented[ref.group("key")] = (doc, tokens)
    for record in RECORD.finditer(folded):
        unit = UNIT_FIELD.search(record.group(0))
        written = unit.group("unit").replace("_", " ") if unit else ""  # "per_1M_tokens"
        per = _unit_of(written) if TOKEN_UNIT.search(written) else None
        pricing = per is None and PRICING_OBJECT.search(folded[max(0, record.start() - 30):record.start()])
        if per is None and not pricing:
            continue  # no unit, or not one of tokens ("元/千次调用": per thousand calls)
        for field in PRICE_FIELD.finditer(record.group(0)):
            key = field.group("key")
            if pricing and key not in documented:
                continue  # a bare field the page's reference gives no unit of tokens for
            unit_words, tokens = documented[key] if pricing else (unit.group("unit"), per)
            out.append(TablePrice(record.start(), record.group(0), field.start("num"), field.group("num"),
                                  float(field.group("num")), _currency_of(unit_words), tokens, key,
                                  f"field '{key}' of a record priced in '{unit_words}'"))
    return out


def _glued_labels(header: str) -> tuple[list[str], str]:
    """The column labels of a header whose units are glued between them ("ModelPrompt $/MCompletion $/MEffective
    Cost/1M" → "ModelPrompt $", "Completion $", "Effective Cost"): the text before each unit; and what the header names
    after its last unit, a column with no unit ("ItemCountPrice (per 1M tokens)Subtotal" → ")Subtotal")."""
    labels, start = [], 0
    for unit in HEADER_UNIT.finditer(header):
        labels.append(header[start:unit.start()])
        start = unit.end()
    return labels, header[start:] if labels else ""


# A note under a table that gives its prices' unit ("Pricing Note: Price unit: USD / 1M tokens").
UNIT_NOTE = re.compile(r"\b(?:price|prices|pricing)\b|价格|價格|单价|單價|计价|計價|单位|單位", re.I)
# A cell of prices by tier, with discounts and official prices beside them ("≤200.0K$1.60-20% $2.00Official Price").
SIGNED_WITH_UNIT = re.compile(r"(?:US\$|\$|¥|￥)\s*\d+(?:\.\d+)?\s*/")


def _unit_note_below(lines: list[tuple[int, str]], header_index: int) -> float | None:
    """The unit a note gives on the line just after the table that starts at `header_index` (a note past a heading
    below it, "Token pricing" then "Prices are quoted per 1M tokens", is for the next section, not this table)."""
    end = next((i for i in range(header_index + 1, len(lines)) if not is_table_line(lines[i][1])), len(lines))
    for _, line in lines[end:end + 1]:
        if UNIT_NOTE.search(line) and TOKEN_UNIT.search(line) and _unit_of(line):
            return _unit_of(line)
    return None


def _tiered(cell: str) -> bool:
    """Whether a cell holds several prices with a currency sign, none of them with a unit of its own ("$3.50/hr")."""
    return len(SPACED_PRICE.findall(cell)) >= 2 and not SIGNED_WITH_UNIT.search(cell)


def _rejoined_rows(folded: str) -> str:
    """A row whose first cell sits on a line of its own, under a table line ("| Model | Context | Input / MTok |",
    "|---|---|---|", "Peak AI V4.3 |", "66K tokens | $1.25 | $10 |"), joined to the rest of its row on the next line:
    the line break becomes a space, so offsets do not move (set 277)."""
    lines = folded.split("\n")
    pieces = []
    for i, line in enumerate(lines):
        pieces.append(line)
        if i + 1 < len(lines):
            split_row = (i > 0 and line.count("|") == 1 and line.rstrip().endswith("|") and is_table_line(lines[i - 1])
                         and is_table_line(lines[i + 1]) and not lines[i + 1].lstrip().startswith("|"))
            pieces.append(" " if split_row else "\n")
    return "".join(pieces)


def table_prices(folded: str) -> list[TablePrice]:
    """The list prices in the text's tables, one per cell. Pipe tables take each column's unit from its
    header, or the caption's unit for cells with a currency sign; rows of prices laid out with spaces
    ("deepseek-chat 64K - 8K $0.07 $0.27 $1.10") take the unit from the lines just above them; a table
    laid out with spaces whose header names the unit ("月调用量区间 单价(元/千Token)") reads its priced
    column; a price alone on its line takes the unit from a line at most four above it, or from the price a row
    before it (a table laid out one cell per line). Column headers a line below a row of tiers replace them."""
    out: list[TablePrice] = []
    # A table flattened onto one line ("| Model | Input ($ / M tokens) | |---|---| | Claude Opus 4.6 | 5 | 25 |"):
    # its rows start again at each "| |"; the space becomes a line break, so offsets do not move.
    folded = _rejoined_rows(FLAT_TABLE.sub(_unflatten, folded))
    raw = [(m.start(), m.group(0)) for m in re.finditer(r"^.*$", folded, re.M)]
    # a blank line ends a table: "| **Streaming** | Yes |", a blank line, then "| Model | Input / 1M tokens |" heads another
    after_blank = {at for (_, before), (at, _) in zip(raw, raw[1:]) if not before.strip()}
    lines = [(at, line) for at, line in raw if line.strip()]
    header: list[tuple[str, float | None, str | None]] = []
    caption_currency: str | None = None
    unit_column: int | None = None  # the header's column of units, when it has one
    caption: float | None = None
    spaced: tuple[int, int, str] | None = None  # a table laid out with spaces: (cells, the priced column, its header)
    stacked_last: tuple[int, int] | None = None  # the last price on a line of its own: (its line, its unit's line)
    double_spaced = False  # whether the table's rule row came after a blank line
    for index, (at, line) in enumerate(lines):
        above = [lines[i][1] for i in range(max(0, index - 12), index)]  # a header line and the rows since
        if is_table_line(line):
            goes_on = index > 0 and is_table_line(lines[index - 1][1])
            if goes_on and at in after_blank:
                # "| Tier | Model | $/1k tokens |", a blank line, "|---|---|", a blank line, "| nano | … | $0.001 |": a
                # table with a blank line after every row, its rule row's included, goes on past them
                double_spaced = double_spaced or bool(TABLE_RULE.match(line))
                goes_on = double_spaced
            # a new table: its header, or a row a rule row follows ("| |", "|---|", two rows of settings, then "| Model |
            # Input / 1M tokens | Output / 1M tokens |" over its own "|---|": a second table under the first's rule)
            if not goes_on or (
                    index + 1 < len(lines) and not TABLE_RULE.match(line) and TABLE_RULE.match(lines[index + 1][1])):
                double_spaced = False
                header = [(c.strip(), _column_unit(c), _currency_of(c)) for _, c in _cells(line)]
                # a column of units ("Model | Unit | Input Price | …" then "kimi-k2.5 | 1M tokens | $0.10 | …")
                unit_column = next((i for i, (name, _, _) in enumerate(header) if UNIT_HEADER.match(name)), None)
                units = {u for _, u, _ in header if u and u > 1}  # (a column per single token keeps its unit to itself)
                # the caption's unit, or the one unit the other price columns give ("Cached Input" beside "Input / 1M")
                # "2.2 付费 LLM 模型(主流,价格:元/M tokens)": a heading that gives the currency too prices bare numbers
                # in the columns the header names as prices ("| 模型 ID | 输入价 | 输出价 |")
                caption_line = next((u for u in reversed(above[-3:]) if _unit_of(u)), None)
                caption_currency = _currency_of(caption_line) if caption_line else None
                caption = (_unit_of(caption_line) if caption_line else None) or \
                    (units.pop() if len(units) == 1 else None) or _unit_note_below(lines, index)
                continue
            if TABLE_RULE.match(line):
                continue
            cells = _cells(line)
            named = [_unit_of(c) for _, c in cells]
            if TABLE_RULE.match(lines[index - 1][1]) and sum(1 for u in named if u) >= 2 and not any(
                    PRICE_CELL.match(c) for _, c in cells):
                # the column headers a line below a row of tiers ("| Provider | Standard | Batch |" then
                # "| Input $ / 1M | Output $ / 1M | …"); with no cell over the rows' names, the tiers' first gives it
                top = header[:1] if named[0] and header and not header[0][1] else []
                header = top + [(c.strip(), u, _currency_of(c)) for (_, c), u in zip(cells, named)]
                continue
            row_unit = _unit_of(cells[unit_column][1]) if unit_column is not None and unit_column < len(cells) else None
            if unit_column is not None and unit_column < len(cells) and row_unit is None and cells[unit_column][1].strip():
                continue  # "| per image | $0.002 |": the row's own unit is not tokens, so the caption's is not its unit
            # the row's name: its leading cells that are not prices ("OpenAI GPT-4o", "DeepSeek-V3")
            leading = [c.strip() for _, c in cells[:2]]
            label = " ".join(c for c in leading[:next((i for i, c in enumerate(leading) if PRICE_CELL.match(c)
                                                       or MULTI_PRICE_CELL.match(c)), len(leading))])
            # a table on its side: the row's first cell names the price and its unit ("Price per 1000 input tokens")
            row_head = cells[0][1] if cells else ""
            label_unit = _unit_of(row_head) if PRICE_HEADER.search(row_head) and TOKEN_UNIT.search(row_head) \
                and not OTHER_UNIT.search(row_head) else None
            for column, (offset, cell) in enumerate(cells):
                if column < len(header) and (DERIVED_HEADER.search(header[column][0])
                                             or MULTIPLIER_HEADER.search(header[column][0])):
                    continue
                if column < len(header) and caption and not header[column][1] and (
                        MULTI_PRICE_CELL.match(cell) or _tiered(cell)):
                    for price in SPACED_PRICE.finditer(cell):  # "$0.625 / $5.00": two prices in one cell
                        out.append(TablePrice(at, line, offset + price.start(), price.group(0),
                                                    _number(price.group("num")), _currency_of(price.group("pre")), caption,
                                                    header[column][0], f"row '{label}', column '{header[column][0]}'"))
                    continue
                bracketed = BRACKETED_PRICE_CELL.match(cell) if label_unit and column else None
                if bracketed:  # "0.03 (€0.006)" in a row "Price per 1000 input tokens": the euro price
                    out.append(TablePrice(at, line, offset + bracketed.start("pre"), cell[bracketed.start("pre"):bracketed.end("num")],
                                          _number(bracketed.group("num")), _currency_of(bracketed.group("pre")), label_unit,
                                          row_head.strip(), f"row '{row_head.strip()}', column {column + 1}"))
                    continue
                price = PRICE_CELL.match(cell)
                if not price or column >= len(header):
                    continue
                heading, per, currency = header[column]
                per = _unit_of(price.group("unit")) if price.group("unit") else per or row_unit or label_unit  # "$2.50/1M": the cell says it
                signed = price.group("pre") or price.group("post")
                bare = per is None and not signed and caption and caption_currency and PRICE_HEADER.search(heading)
                if per is None and not (signed and caption) and not bare:
                    continue
                currency = _currency_of(signed or "") or currency or (caption_currency if bare else None)
                if currency is None:
                    continue
                out.append(TablePrice(at, line, offset + len(cell) - len(cell.lstrip()), cell.strip(),
                                            _number(price.group("num")), currency, per or caption,
                                            heading, f"row '{label}', column '{heading}'"))
            continue
        stacked = PRICE_CELL.match(line)
        labelled = None if stacked else LABELLED_PRICE.match(line)  # "Input tokens$3.00": the label glued to it
        if labelled:
            stacked = PRICE_CELL.match(labelled.group("cell"))
        multi = None if stacked else MULTI_PRICE_CELL.match(line)  # "$0.03 / $0.03": a cell of two tiers
        if multi or (stacked and (stacked.group("pre") or stacked.group("post")) and not stacked.group("unit")):
            below = lines[index + 1][1] if index + 1 < len(lines) else ""
            unit_line = index + 1 if UNIT_LINE.match(below) else next(  # "$0.60" then "/ 1M tokens": its own unit
                (i for i in range(index - 1, max(-1, index - 5), -1) if _unit_of(lines[i][1])
                 and TOKEN_UNIT.search(lines[i][1]) and not PRICE_CELL.match(lines[i][1])
                 and not WORKED_LINE.search(lines[i][1])), None)
            # the next label and price under the same unit; a table laid out one cell per line has a row's name
            # and its note between one row's last price and the next row's first
            if unit_line is None and stacked_last and index - stacked_last[0] <= 3:
                unit_line = stacked_last[1]
            if labelled and DERIVED_HEADER.search(labelled.group("label")):
                unit_line = None  # "Total cost per request: $0.00125" under a worked example: a sum, not a list price
            if unit_line is not None:
                stacked_last = (index, unit_line)
                label = labelled.group("label").strip() if labelled else lines[index - 1][1].strip()
                if multi:
                    priced = [(p.start(), p.group(0), p.group("num"), p.group("pre")) for p in SPACED_PRICE.finditer(line)]
                elif labelled:
                    priced = [(labelled.start("cell"), labelled.group("cell"), stacked.group("num"), stacked.group("pre"))]
                else:
                    priced = [(len(line) - len(line.lstrip()), line.strip(), stacked.group("num"),
                               stacked.group("pre") or stacked.group("post"))]
                for offset, written, number, sign in priced:  # (offset, as written, number, currency sign)
                    out.append(TablePrice(at, line, offset, written, _number(number), _currency_of(sign),
                                          _unit_of(lines[unit_line][1]), label,
                                          f"'{label}', under '{lines[unit_line][1].strip()}'"))
                continue
        words = line.split()
        spaced_unit = [i for i, w in enumerate(words) if _unit_of(w) and TOKEN_UNIT.search(w) and _currency_of(w)]
        if len(words) >= 2 and len(spaced_unit) == 1:
            spaced = (len(words), spaced_unit[0], words[spaced_unit[0]])  # "月调用量区间 单价(元/千Token)"
            continue
        if spaced and len(words) == spaced[0] and PRICE_CELL.match(words[spaced[1]]) \
                and not PRICE_CELL.match(words[spaced[1]]).group("unit"):
            count, column, heading = spaced  # "0-50万 0.12": a row of it, its price in the priced column
            written = words[column]
            offset = [m.start() for m in re.finditer(r"\S+", line)][column]
            out.append(TablePrice(at, line, offset, written, _number(PRICE_CELL.match(written).group("num")),
                                        _currency_of(heading), _unit_of(heading), heading,
                                        f"row '{' '.join(words[:column]) or words[0]}', column '{heading}'"))
            continue
        spaced = None
        glued = _glued_prices(line, above) or _glued_under_names(lines, index)
        if glued:
            out += [TablePrice(at, line, offset, written, float(written), currency, per, heading,
                               f"row '{line[:glued[0][0]].strip()}', column '{heading}', its cells glued together")
                    for offset, written, currency, per, heading in glued]
            continue
        row = SPACED_PRICES.search(line)
        # a header or a caption, not prose ("Pricing is listed per million tokens, but you don't process million-token
        # batches — you process tasks. Here's what common tasks actually cost …" above a table of costs per task)
        header_line = _header_above(above) if row else None
        per = _unit_of(header_line) if header_line else None
        if row and per:
            prices = list(SPACED_PRICE.finditer(line, row.start(), row.end()))
            labels, tail = _glued_labels(header_line)
            units = _column_units(header_line)
            if len(prices) == len(labels) + 1 and DERIVED_HEADER.search(tail):
                prices.pop()  # "ItemCountPrice (per 1M tokens)Subtotal" over "Input tokens2,000$3.00$0.006000"
            for column, price in enumerate(prices):
                if len(labels) == len(prices) and DERIVED_HEADER.search(labels[column]):
                    continue  # "ModelPrompt $/MCompletion $/MEffective Cost/1M": the outlet's own column
                unit = units[column] if len(units) == len(prices) else per
                if unit is None:
                    continue  # "Price per billion pixels": this column's price is not per tokens
                written, number = _unglued(line, price)
                out.append(TablePrice(at, line, price.start(), written, number, _currency_of(price.group("pre")), unit, None,
                                      f"row '{line[:row.start()].strip()}', unit from the lines above"))
    return out


def _header_above(above: list[str]) -> str | None:
    """The nearest line above a row of prices laid out with spaces that gives a unit and is not prose; a header that
    prices its columns per something other than tokens ("Number of pixelsPrice per imagePrice per thousand images")
    ends the search, since the rows under it are not token prices."""
    for line in reversed(above):
        if SPACED_PRICES.search(line) or PROSE.search(line):
            continue
        if COST_SAVINGS_HEADER.search(line):
            return None  # "Model Monthly Volume Direct API Cost HolySheep Cost Monthly Savings": what usage costs and saves
        if _unit_of(line):
            return line
        if OTHER_UNIT.search(line):
            return None
    return None


def _column_units(header: str) -> list[float | None]:
    """The unit of each priced column of a glued header, in order: the size of a token unit, or None for a price per
    something else ("Price per million tokensPrice per billion pixels" → [1e6, None])."""
    found = [(m.start(), _unit_of(m.group(0))) for m in HEADER_UNIT.finditer(header)]
    found += [(m.start(), None) for m in OTHER_UNIT.finditer(header)]
    return [unit for _, unit in sorted(found, key=lambda pair: pair[0])]


# The next cell's count glued to a price's last digits ("$0.06200 million": $0.06, then 200 million free tokens).
GLUED_COUNT_AFTER = re.compile(r"\s*(?:million|billion|thousand|[MBK](?![a-z]))", re.I)


def _unglued(line: str, price: re.Match) -> tuple[str, float]:
    """A price as written and its number, with the next cell's count cut off when the two are glued: the count is
    the shortest tail of the decimals that starts with a digit other than 0 ("$0.1250 million" → $0.12 and 50)."""
    written, number = price.group(0), price.group("num")
    if "." not in number or not GLUED_COUNT_AFTER.match(line, price.end()):
        return written, _number(number)
    whole, decimals = number.split(".")
    for cut in range(len(decimals) - 1, 0, -1):
        if decimals[cut] != "0":
            return written[:len(written) - (len(decimals) - cut)], _number(f"{whole}.{decimals[:cut]}")
    return written, _number(number)


# "单位:万元" above "| 项目名称 | 项目投资总额 | 拟以募集资金投入金额 |": a filing's table of what its money goes to, in the
# unit its note gives. A row whose item is compute infrastructure ("| 智算中心建设项目 | 130,450.39 | 110,220.00 |")
# gives that project's total and the money raised for it; a network, a loan repaid, working capital, R&D and the
# total row do not.
AMOUNT_UNIT_NOTE = re.compile(r"^\s*(?:单位|單位)\s*[:：]\s*(?:人民币|人民幣)?\s*(?P<unit>万元|萬元|亿元|億元)\s*$")
ZH_MONEY_UNITS = {"万元": 1e4, "萬元": 1e4, "亿元": 1e8, "億元": 1e8}
MONEY_HEADER = re.compile(r"投资|投資|募集资金|募集資金|金额|金額")
NOT_INFRA_ITEM = re.compile(r"研发|研發|合计|合計|总计|總計|小计|小計|偿还|償還|流动资金|流動資金")
AMOUNT_CELL = re.compile(r"^\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$")


@dataclass
class TableAmount:
    """One investment read from a filing's table: where its row is, what was written, its column and its unit."""
    line_start: int
    line: str
    offset: int  # where the amount starts in the row
    written: str  # the cell as written ("130,450.39")
    value: float  # in yuan
    heading: str  # the column's header
    unit: str  # the note's unit ("万元")


def investment_rows(folded: str) -> list[TableAmount]:
    """The amounts in the compute-infrastructure rows of tables under a note of their unit ("单位:万元"), one per
    column whose header names money (投资, 募集资金, 金额), at least 10⁸ yuan as the prose's investments are."""
    out: list[TableAmount] = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"^.*$", folded, re.M)]
    for index, (_, note) in enumerate(lines):
        unit = AMOUNT_UNIT_NOTE.match(note)
        if not unit or index + 1 >= len(lines) or not is_table_line(lines[index + 1][1]):
            continue
        header = [c.strip() for _, c in _cells(lines[index + 1][1])]
        for at, row in lines[index + 2:]:
            if not is_table_line(row):
                break  # prose, or a blank line, ends the table
            cells = _cells(row)
            item = cells[0][1] if cells else ""
            if TABLE_RULE.match(row) or not _invest.COMPUTE_ZH.search(item) or NOT_INFRA_ITEM.search(item) \
                    or _invest.chip_plant(item):
                continue
            for column, (offset, cell) in enumerate(cells[1:], 1):
                amount = AMOUNT_CELL.match(cell)
                heading = header[column] if column < len(header) else ""
                value = _number(amount.group("num")) * ZH_MONEY_UNITS[unit.group("unit")] if amount else 0.0
                if amount and MONEY_HEADER.search(heading) and value >= 1e8:
                    out.append(TableAmount(at, row, offset + amount.start("num"), amount.group("num"), value,
                                           heading, unit.group("unit")))
    return out

