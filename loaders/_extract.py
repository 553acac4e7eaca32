"""Propose cited figures from an article, in English or Chinese.

`python -m loaders extract PATH_OR_URL [--json] [--published YYYY-MM-DD]` reads an article
(HTML through trafilatura's main-text extraction, or plain text), splits it into sentences
and proposes candidates of four kinds: token volumes, multiples ("1,000 times"), plan prices
and investments. Every candidate carries its verbatim sentence and that sentence's
character offsets in the extracted text. Percentages, years, counts of people, model
sizes and money that is neither a price nor an investment are not proposed.

Which money is an investment is decided in `_invest`, and prices in tables are read by `_tables`.
Everything here is pure: `python -m loaders extract` fetches a URL through the project's client
(`_http`) before it calls `article_text` and `extract`.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Iterator

from . import _invest, _tables
from . import _normalize as N

KINDS = ("token_volume", "multiple", "plan_price", "investment")
FIELDS = ("kind", "value", "unit", "period", "qualifier", "as_of", "tokens_per_day", "currency",
          "tokens_included", "horizon_years", "factor", "quote", "start", "end")


@dataclass
class Candidate:
    kind: str
    quote: str
    start: int
    end: int
    value: float | None = None
    unit: str | None = None  # as written: "trillion tokens", "万亿", "yuan" ...
    period: str | None = None
    qualifier: str | None = None
    as_of: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    tokens_per_day: float | None = None
    currency: str | None = None
    tokens_included: float | None = None
    horizon_years: float | None = None
    factor: float | None = None
    value_published: str | None = None  # the words in the quote the value was read from
    tokens_published: str | None = None  # for plan prices: the allowance as written
    actor: str | None = None
    notes: list[str] = field(default_factory=list)
    position: int = 0  # where value_published starts in the sentence: reading order, and lists of prices

    def as_json(self) -> dict:
        data = asdict(self)
        return {key: data[key] for key in FIELDS} | {"value_published": self.value_published,
                                                     "actor": self.actor, "note": "; ".join(self.notes) or None}


# --------------------------------------------------------------------------- text and sentences


def fold(text: str) -> str:
    """Full-width digits and punctuation to ASCII, one character for one, so offsets still match."""
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


# "…with Stream Data Centers.1 The Australian bank…": a footnote's digit after a word's full stop ends the sentence too
# (set 353); "$1.5 billion" has a digit before its point, so stays whole
# "…talked about above.Blackstone is at present …": a full stop a page's markup left with no space after it ends the
# sentence too, between a lowercase word and a capitalised one (set 375; not "e.g.The", "U.S.Steel" or "Amazon.com")
_SENTENCE_END = re.compile(r"(?<=[。！？；!?])|(?<=[.;])(?=\s)|(?<=;)(?=[\u4e00-\u9fff])|\n+|"
                           r"(?:(?<=[a-z]\.\d)|(?<=[a-z]\.\d\d))(?=\s+[A-Z])|(?<=[a-z]{2}\.)(?=[“\"]?[A-Z][a-z]+\s)")


# "U.S.", "J. Smith" and "€1.4 billion p.a. in contributions" do not end a sentence; "a $150 million Series D. If this
# round closes" does.
_ABBREVIATION = re.compile(r"(?:(?<!Series )\b[A-Z]|\bMr|\bMs|\bDr|\bInc|\bCo|\bLtd|\bNo|\bvs|\bSt|\be\.g|\bi\.e|\bp\.a|\b[Aa]pprox|\b[Ee]st|\bca|"
                          r"\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSep|\bSept|\bOct|\bNov|\bDec)\.$")


# A line that is only a price's label on a model card ("Input Price", "输出价格"): the price is on the next line.
PRICE_LABEL_LINE = re.compile(r"(?:(?:cached\s+)?input|output|prompt|completion)\s+(?:tokens?\s+)?(?:price|pricing|cost)|"
                              r"(?:price|prices|pricing|cost)\s*\(\s*input\s*/\s*output\s*\)|"  # "Pricing (Input / Output)"
                              r"(?:输入|输出|輸入|輸出)\s*(?:价格|價格)", re.I)
# A line that is only a volume's label on a model page ("Weekly Tokens" on OpenRouter's): the volume is on the next line.
VOLUME_LABEL_LINE = re.compile(r"(?:daily|weekly|monthly)\s+tokens", re.I)
# A line that is only a price, its unit on the next line ("$0.9000" then "Input /1M" on a model card).
PRICE_ONLY_LINE = re.compile(r"(?:US\$|\$|¥|￥|€|£)\s?\d[\d.,]*")
UNIT_LABEL_NEXT = re.compile(r"\s*(?:(?:cached\s+)?input|output|prompt|completion)?\s*(?:/|per\s+)\s*1?\s?[MK]\b", re.I)
# Text wrapped at a fixed width: a line ending in a lowercase word or a comma, the next one going on in lowercase.
_WRAPPED = re.compile(r"[a-z,]\n+[a-z]")
# A line that stops on a word no sentence ends with: "Current curated chat models span roughly\n$0.00024to$0.018per 1K
# input tokens" goes on on the next line (set 267)
_DANGLING = re.compile(r"\b(?:roughly|approximately|about|around|between|from)\s*$", re.I)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence; a decimal point or an abbreviation ('U.S.') does not end one."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        if "\n" not in match.group(0) and _in_table_row(text, end):
            continue  # a table row is read whole: its cells explain each other
        if end > start and text[end - 1] == "." and _ABBREVIATION.search(text[max(start, end - 12):end]):
            continue
        if end > start and text[start:end].rstrip().endswith((":", "：")):
            continue  # "日均Token呼叫量:\n50兆。": the figure is on the next line
        if "\n" in match.group(0) and PRICE_LABEL_LINE.fullmatch(text[start:end].strip()):
            continue  # "Input Price\n\n$0.15per 1M": a model card's label, its price on the next line
        if "\n" in match.group(0) and VOLUME_LABEL_LINE.fullmatch(text[start:end].strip()):
            continue  # "Weekly Tokens\n\n774M": the label's volume is on the next line
        if "\n" in match.group(0) and PRICE_ONLY_LINE.fullmatch(text[start:end].strip()) \
                and UNIT_LABEL_NEXT.match(text, match.end()):
            continue  # "$0.9000\nInput /1M": the price's unit is on the next line
        if "\n" in match.group(0) and _WRAPPED.search(text, max(start, end - 1), min(len(text), match.end() + 1)):
            continue  # "bringing the total amount raised\n\nto $15 billion.": a line wrapped mid-sentence
        if "\n" in match.group(0) and _DANGLING.search(text, start, end):
            continue  # "span roughly\n$0.00024to$0.018": a line that stops mid-phrase
        if end > start:
            yield from _trimmed(text, start, end)
        start = match.end()
    if start < len(text):
        yield from _trimmed(text, start, len(text))


def _in_table_row(text: str, at: int) -> bool:
    """Whether position `at` lies on a line of a Markdown table ("| Google | $0.00025 |")."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return _tables.is_table_line(text[line_start:line_end if line_end != -1 else len(text)])


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 8:
        yield start, end


# --------------------------------------------------------------------------- numbers in context

WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "hundred": 100, "thousand": 1000, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# A price written in words, with its unit after it: "fifteen dollars per million input tokens", "twenty-five cents per
# thousand" (not "hovered around thirty dollars", an era's level with no unit).
_WORD_UNIT = r"one|two|three|four|five|six|seven|eight|nine"
_WORD_PRICE = (r"(?<![\w-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:" + _WORD_UNIT + r"))?|" + _WORD_UNIT
               + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
               r"(?=\s+(?:dollars|cents)\s+(?:per|for every|for each)\s)")
# Verbs that are a multiple by themselves: "Since then we have doubled that number", "调用量翻了一番".
# "after doubling their initial counts" too, but not "doubling every six months" (a rate, not a multiple).
# "more than double the number in May" too, with its qualifier; not "doubled multiple times" (no factor).
VERB_FACTORS = {"doubled": 2, "tripled": 3, "quadrupled": 4, "doubling": 2, "tripling": 3, "quadrupling": 4, "double": 2, "triple": 3,
                "翻了一番": 2, "翻番": 2, "翻倍": 2, "翻了一倍": 2}
_WORD_FACTOR = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand"
ZH_NUMBERS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# Not "828 B2B"; a "B" glued to the next cell of a flattened table is billions ("~$200BSharp jump", "$125–145BRaised").
# "RM76bil", "US$50mil": Malaysian papers' short forms, only joined to their digits (set 350; "R$ 10 mil" is thousands)
_SHORT_SCALE = r"(?<=\d)(?:bil|mil)"
# Taiwan dollars in Chinese, with 臺 as well as 台 (set 351)
_TWD_ZH = "新台币|新台幣|新臺幣"
EN_SCALE = r"(?:thousand|million|billion|trillion|quadrillion|" + N.INDIAN_SCALE + r"|mn|bn|tn|[kKmMbBtT](?![a-zA-Z0-9])|(?-i:B)(?=(?-i:[A-Z][a-z]))|(?-i:[BM])(?=\d{1,4}(?:\.\d+)?\s*(?-i:MW|GW))|" + _SHORT_SCALE + r"(?![a-zA-Z0-9]))"
NUMBER = re.compile(
    # "N366,2bn": a decimal comma, only before a magnitude (a thousands comma has three digits after it)
    r"(?P<num>(?<![\d,.])\d{1,3},\d{1,2}(?=\s*(?:bn|mn|tn|billion|million|trillion)\b)|"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + _WORD_PRICE + r"|\b(?:" + _WORD_FACTOR + r")(?=-?fold\b)|"
    r"\b(?:" + _WORD_FACTOR + r")\b(?=\s+times\b)|(?<=[超近约約逾])[两二三四五六七八九十]{1,3}(?=\s*(?:多|余)?\s*倍)|"
    r"(?<=[破过過超达達近逾约約])(?=[千百][亿億](?![级級]))|"  # "实际支出就已突破千亿元": a magnitude with no digit before it
    # "超过一百万亿个 token": Chinese numerals before 亿 (not "数十亿", tens of billions, nor "十亿级", a class)
    r"(?<![数數几幾上])(?![千百])(?:[一二两三四五六七八九]?[十百千])+[一二两三四五六七八九]?"
    r"(?=\s*(?:多|余)?\s*(?:万亿|萬億|亿|億)(?![级級]))|"
    r"\b(?:doubled|tripled|quadrupled)\b(?!\s+(?:multiple|several|many|a few|numerous)\s+times\b)|"
    r"\b(?:doubling|tripling|quadrupling)(?=\s+(?:its|their|the|our|from)\b)|"
    r"(?:(?<=more than )|(?<=nearly )|(?<=almost )|(?<=over ))(?:double|triple)(?=\s+(?:the|that|its|their|what)\b)|"
    r"翻了一番|翻了一倍|翻番|翻倍|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred\b(?=\s+(?:thousand|million|billion|trillion)\b)|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\b(?=\s+"
    + EN_SCALE + r"|-(?:thousand|million|billion|trillion)-))"
    # "an $11+ billion investment": a plus sign between the amount and its scale, a lower bound (set 363)
    r"(?P<more>\s*(?:多|余)|\+(?=\s*(?:thousand|million|billion|trillion|mn|bn|tn)\b))?"
    # "a one-billion-euro high-tech hub": a scale spelled out may hang on a hyphen
    # "$2.4 [billion] in equipment": a scale a writer put in square brackets inside a quote (set 365)
    r"(?:\s*(?P<zh>[十百千万萬亿億兆]+)|(?:(?P<bracket>\s*\[\s*)(?=(?:thousand|million|billion|trillion)\s*\])|\s*|"
    # "Rs 20,000-crore investment": crore and lakh hang on a hyphen too (set 375)
    r"-(?=(?:thousand|million|billion|trillion|crores?|lakhs?)\b))(?P<en>" + EN_SCALE + r")(?(bracket)\s*\]))?",
    re.IGNORECASE)

QUALIFIER_BEFORE = [
    (re.compile(r"(?:more than|over|exceeded|exceeding|exceeds|surpassed|surpassing|above|at least|in excess of|"
                r"upwards of|topped|passed|(?<!不)超过|(?<!不)超過|突破|逾|(?<!不)超|多于|>)\s*(?:RMB|US\$|\$|¥|￥)?\s*$", re.I),
     "lower_bound"),
    (re.compile(r"(?:about|around|approximately|roughly|nearly|almost|some|close to|~|≈|约|約|近|大约)\s*"
                r"(?:RMB|US\$|\$|¥|￥)?\s*$", re.I), "approximate"),
    (re.compile(r"(?:up to|as high as|as many as|at most|最多|至多|不超过|不超過)\s*(?:RMB|US\$|\$|¥|￥)?\s*$", re.I),
     "upper_bound"),
]
TOKEN_WORD = re.compile(r"tokens?\b|词元|詞元|Token", re.I)
TOKEN_AFTER = re.compile(r"^\s*(?:AI\s+|of\s+|个|個|input\s+|output\s+|prompt\s+|completion\s+|cached\s+|"
                         r"(?:monthly|daily|weekly|annual|yearly)\s+)?"
                         r"(?:tokens?\b|词元|詞元|Tokens?|(?<=[个個])代币|(?<=[个個])代幣)", re.I)  # "8.7万亿个代币": a machine translation
PERCENT_AFTER = re.compile(r"^\s*(?:%|％|percent|per cent|pct|个百分点|百分点)", re.I)
MULTIPLE_AFTER = re.compile(r"^\s*(?:多|余)?\s*(?:倍|times\b|-fold|fold\b|x\b|×(?!\s*10))", re.I)  # "1.3 × 10¹⁵" is notation
# "At 10M+ tokens per month, …", "Above 1B+ tokens": a volume from which something holds, not one anyone used.
AT_LEAST_BEFORE = re.compile(r"(?:^|[,;:(，；：（]\s*)(?:at|above|beyond)\s+$", re.I)
# "12 times faster", "six times the capex", "daily requests increasing more than sevenfold": not token growth; nor
# "Output tokens consistently cost more than input tokens, often 4x more" (a ratio of prices, past its comma).
MULTIPLE_NOT_TOKENS_BEFORE = re.compile(r"(?:(?:less|fewer) than\s*$|\bcosts?\s+(?:\w+\s+)?(?:more|less)\s+than\b[^.;。]{0,40}$|年均|年复合|年複合|\bCAGR\b|average annual|\bgap\b|差距|costs?|equivalent|相当于|相當於|requests?|users?|capex|capital expenditure|spend(?:ing)?|revenue|images?|"
                                        r"downloads?|value|price|throughput|speed|latency|burndown|(?<!growth )\brate\b|"
                                        r"(?:will|would|can|could|may|might)\s+(?:consume|use|burn|generate)|用户|用戶|请求|請求|营收|營收|收入|"
                                        r"(?:很多|许多|許多|不少)\s*平台|\bmany platforms\b|"  # "很多平台调用量直接翻倍": nobody's figure
                                        r"资本开支|支出|开支|開支|费用|費用|价值|價值|价格|價格|成本|吞吐量|速度|延迟|"
                                        # "token consumption per task by 30x", "the average prompt length has quadrupled"
                                        r"\bper (?:task|request|query|prompt|call|session|conversation|user|turn)\b|"
                                        r"\b(?:length|size)s?\b|基站|基地台|宽带|寬頻|寬帶|\bbase stations?\b|"  # "5G基地台總數…增長了5倍"
                                        # "中文比英文费 1.5~2 倍 token": one thing against another ("比去年多10倍" is growth)
                                        r"(?<![对對])比(?!去年|上年|前年|年初|上月|上个月|上個月|上季|同期|此前|之前|以前|过去|過去|\s*\d|"
                                        r"\s*[一二两兩三四五六七八九十半]+\s*(?:年|个月|個月))[\u4e00-\u9fff]{1,6}"
                                        r"(?:费|費|贵|貴|多|快|慢|高|低|省|少))(?:[^,，;；.。]|\.(?=\d)){0,30}$", re.I)  # "1.5~" is not a sentence's end
# "$US80 billion" too. A "$" after other letters is another dollar ("NT$", "C$", "NZ$", "R$"), read as that one, not
# as US dollars; a bare R is rand only before an amount with its magnitude (see `_currency`).
MONEY_BEFORE = re.compile(r"(?:RMB|CNY|US\$|\$US|USD|HK\$|HKD|\b(?-i:AU?\$|S\$|NZ\$|NT\$|CA?\$|Can\$|R\$|RM|Rm(?!\s)|R|N)|\bNZD|\bNGN|₦|\bTWD|\bCAD|\bBRL|" + _TWD_ZH + r"|\bAUD|\bSGD|\bMYR|\bNIS|\bILS|₪|EUR|GBP|KRW|\bSEK|\bDKK|\bNOK|\bZAR|\bIDR|\bCZK|\bHUF|\bPLN|\bBDT|\bNPR|\bPKR|\bLKR|\bKES|\b(?-i:KShs?|Kshs?)\.?|\bUGX|\bTZS|\bQAR|\b(?-i:SAR)|\bAED|\b(?-i:BOB)|\b(?-i:TRY|TL)|₺|\bGMD|\bCHF|\bXAF|\bXOF|\bF?CFA|\bRUB|₽|\b(?-i:PHP|P)|₱|\b(?-i:Tk)\.?|\b(?-i:Rp)\.?|\bSkr|\bINR|\bRs\.?|\bVND|\bTHB|\bJPY|"
                          r"(?<!\b(?-i:NT))(?<!\b(?-i:NZ))(?<!\b(?-i:C))(?<!\b(?-i:R))\$|¥|￥|€|£|₩|₹|₫|฿|人民币|人民幣)\s*$", re.I)
# "a 25-billion-baht budget": the currency word hyphenated to the amount (set 267)
MONEY_AFTER = re.compile(r"^(?:\s*|-)(?:(?:Chinese\s+)?(?:yuan|renminbi\b)|元|美元|港元|港币|港幣|欧元|歐元|英镑|英鎊|韩元|韓元|HK dollars|US dollars|dollars|euros?\b|pounds sterling|"
                         r"USD|CNY|RMB|HKD|EUR|GBP|KRW|SEK|INR|VND|THB|JPY|AUD|SGD|人民币|人民幣|瑞典克朗|印度卢比|印度盧比|越南盾|泰铢|泰銖|日元|日圓|円|"
                         r"澳元|澳币|澳幣|新加坡元|新元|新币|新幣|林吉特|令吉|马币|馬幣|MYR|(?:Malaysian\s+)?ringgit\b|新谢克尔|谢克尔|謝克爾|NIS\b|ILS\b|(?:Nigerian\s+)?naira\b|NGN\b|奈拉|(?:new\s+)?shekels?\b|kronor\b|(?:Australian|Singapore)\s+dollars\b|"
                         r"Swedish\s+(?:kronor|kroner|crowns)\b|(?:Danish|Norwegian)\s+kroner?\b|DKK\b|NOK\b|丹麦克朗|丹麥克朗|挪威克朗|kroner\b|(?:South\s+African\s+)?rand\b|ZAR\b|南非兰特|南非蘭特|Philippine\s+pesos?\b|(?-i:PHP)\b|菲律宾比索|菲律賓比索|(?:Indonesian\s+)?rupiah\b|IDR\b|印尼盾|(?:Czech\s+)?korun(?:a|as|y)\b|Czech\s+crowns\b|CZK\b|捷克克朗|(?:Polish\s+)?z[łl]otys?\b|PLN\b|波兰兹罗提|波蘭茲羅提|(?:Hungarian\s+)?forints?\b|HUF\b|匈牙利福林|(?:Bangladeshi\s+)?taka\b|BDT\b|孟加拉塔卡|(?:Nepalese|Nepali)\s+rupees\b|NPR\b|尼泊尔卢比|尼泊爾盧比|(?:Pakistani|Sri\s+Lankan)\s+rupees\b|PKR\b|LKR\b|巴基斯坦卢比|巴基斯坦盧比|斯里兰卡卢比|斯里蘭卡盧比|Qatari\s+riyals?\b|QAR\b|卡塔尔里亚尔|卡塔爾里亞爾|Saudi\s+riyals?\b|(?-i:SAR)\b|沙特里亚尔|沙特里亞爾|(?:UAE|Emirati)\s+dirhams?\b|AED\b|阿联酋迪拉姆|阿聯酋迪拉姆|bolivianos?\b|(?-i:BOB)\b|玻利维亚诺|玻利維亞諾|(?:Turkish\s+)?liras?\b|(?-i:TRY|TL)\b|土耳其里拉|(?:Gambian\s+)?dalasis?\b|GMD\b|达拉西|達拉西|Swiss\s+francs?\b|CHF\b|瑞士法郎|(?:F?CFA\s+francs?|francs?\s+CFA|FCFA)\b|XAF\b|XOF\b|中非法郎|西非法郎|(?:Kenyan?|Ugandan?|Tanzanian?)\s+shillings\b|shillings\b|KES\b|UGX\b|TZS\b|肯尼亚先令|肯尼亞先令|乌干达先令|烏干達先令|坦桑尼亚先令|坦桑尼亞先令|(?:New\s+Zealand|NZ|Canadian)\s+dollars\b|NZD\b|TWD\b|CAD\b|BRL\b|reais\b|新西兰元|紐元|纽元|加元|" + _TWD_ZH + r"|(?:Indian\s+)?rupees\b|(?:Vietnamese\s+)?dong\b|(?:Russian\s+)?ro?ubles?\b|RUB\b|卢布|盧布|(?:Thai\s+)?baht\b|"
                         r"(?:Japanese\s+)?yen\b|"
                         r"\$(?![\s$]*\d))|"  # "Input: 0.2$ / 1M tokens": the sign written after the number
                         r"^\s+won\b(?!\s+(?:the|a|an|against|its|their)\b)|"  # "7 trillion won ($5.1 billion)"
                         r"^\s+(?:South\s+)?Korean\s+won\b|"  # "2 quadrillion Korean won"
                         r"^-(?:dollar|euro|yuan|won)\b", re.I)  # "a one-billion-euro hub", "a 200-billion-won ($164 million) joint venture"
NOT_TOKENS_AFTER = re.compile(r"^(?:\s*/\s*\d+(?:\.\d+)?\s*[BMK])*"  # "a 7B/13B/40B parameters … model": sizes listed
                              r"\s*(?:[(（][^()（）]{0,8}[)）]|[)）])?\s*\+?\s*(?:个|個)?\s*(?:大|小)?(?:(?:monthly|daily|weekly|active|activated|paying|paid|registered|new|enterprise|total|API|free)\s+){0,2}"
                              r"(?:-?parameters?|-?params|(?:激活|活跃|活躍|总|總)?(?:参数|參數)|模型|models?\b|[-\s]?tokens?\s+context|-?context|users?|people|用户|人|developers?|开发者|開發者|customers?|"
                              r"companies|enterprises|家|credits?|requests?|calls?|interactions?|searches|次|queries|messages?|conversations?|prompts?|sessions?|tasks?|GPUs?|PFlops|EFLOPS|racks?|"
                              r"downloads?|visits?|variants?|transistors?|晶体管|晶體管|cache\s+(?:writes?|hits?|reads?)|(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b|年(?!度)|km|[kMGT]Wh|千瓦时|千瓦時|度电|度電|MW|GW|"
                              r"ZB|PB|TB|GB|yuan|元|dollars|words?|pages?|characters|汉字|漢字|字|筆|笔|杯|张|張|单|單|名|位(?!居|列|于|於)|本(?![季月周週年次轮輪])|台|辆|輛|戶|户|部|套|条|條|件|份|"
                              r"现金|現金|红包|紅包|免单|免單|用户|用戶|量級|量级|架|机架|機架|机柜|機櫃|images?|pixels?|pictures?|photos?|videos?|图片|圖片|图像|圖像|视频|影片|"
                              # "8B has 32 layers, 4096 hidden": a model named by its size, told by its architecture
                              r"(?:has|have|with)\s+\d+\s+(?:transformer\s+)?(?:layers|attention heads|experts)\b)", re.I)
USAGE_WORD = re.compile(r"调用量|調用量|使用量|消耗量|吞吐量|usage|consumption|processed|processes|process|handled|"
                        r"served|generated|call volumes?|\bcalls\b|the volume", re.I)
# "1 trillion tokens represents roughly $5b in annual revenue": a quantity used as a yardstick, not a report.
NOT_USAGE_AFTER = re.compile(r"^[\s-]*(?:AI\s+)?(?:(?:daily|monthly|weekly)\s+)?tokens?\s+(?:(?:in|per|a|each)\s+(?:a\s+)?(?:day|week|month|year)\s+)?(?:represents?|would|equals?|is worth|costs?|translates?|works? out|"
                             r"per (?:customer|user|developer|request|task|session|query|conversation|employee|seat)\b|"  # an average
                             r"or (?:more|above)\b|"  # "workloads at a trillion tokens or more per year": a threshold
                             # "Aggregates over 1 trillion tokens from multilingual web crawls": a training corpus
                             r"(?:from|of)\s+(?:[\w-]+\s+){0,2}(?:web|crawls?|corpus|corpora|books|(?:pre-?)?training data)\b|"
                             r"(?:pre-?)?training\b|"  # "a 2.5T-tokens pretraining regime"
                             r"(?:is|are) (?:equivalent|equal|roughly|about|enough)|相当于|相當於)|"
                             # "4百万tokens相当于六百万字", "4百万tokens包括 V1.5 版本的二百万token + V2.0 版本的二百万token": a
                             # quantity converted into characters or summed from its parts
                             r"^\s*(?:tokens?|Tokens?)\s*(?:相当于|相當於|包括[^。；;]*\+)|"
                             r"^-tokens?\s+(?:threshold|club)\b|"  # "crossing the one-trillion-token threshold"
                             # "- 5 million input tokens → 15.00 x 5)": a worked calculation's line (set 181)
                             r"^\s*(?:(?:input|output|cached|prompt|completion)\s+){0,2}tokens?\s*(?:→|->|=|×)|"
                             # "10M Tokens/Month Cost Comparison", "on a 10M token/month workload": the volume a worked cost
                             # comparison is run at, a workload's size
                             r"^\s*(?:tokens?\s*(?:/\s*|per\s+|a\s+)?(?:day|month|mo|year)?\s+)?(?:(?:[\w-]+\s+)?(?:cost|price|pricing|spend)\s+"
                             r"(?:comparison|breakdown|analysis|calculation|scenario)s?|workloads?)\b|"
                             # "在20万亿文本Token的大规模语料上完成预训练": a training corpus
                             r"^\s*(?:文本|高质量|高質量)?\s*(?:tokens?|Tokens?|词元|詞元)?\s*的?[^。；;，,\d]{0,8}(?:语料|語料|训练数据|訓練數據|数据集|數據集)|"
                             # "Free (1.5M max per project)", "1.5M tokens maximum": a tier's cap, what a plan allows (set 265)
                             r"^\s*(?:tokens?\s+)?max(?:imum)?\b|"
                             # "小于50M的音频文件": a file's size in megabytes, not tokens
                             r"^\s*的?(?:音频|音頻|视频|視頻|图片|圖片|图像|圖像)?(?:文件|檔案)|^\s*(?:[\w-]+\s+)?(?:files?|uploads?|attachments?)\b",
                             re.I)
# "Demand estimate relayed by Epoch (~5 billion tokens/sec)", "据预测…将达到": an estimate or a forecast, not a report.
# In a table row, such a word anywhere describes the row's figures ("| Global forecast 2030 | … 120
# quadrillion tokens/month |"), unless the number is said to be measured ("OpenRouter's measured ~1T/day").
_ESTIMATE = r"(?:estimat\w*|extrapolat\w*|forecast\w*|projected|projection|simulation|预测|預測|估算|预计|預計)"
ESTIMATE_BEFORE = re.compile(_ESTIMATE + r"[^,，;；。\n]{0,45}$", re.I)  # "to anchor an estimate:\n- OpenAI: ..." is a list of reports
ESTIMATE_WORD = re.compile(_ESTIMATE, re.I)
# "| China Unicom | 30 million tokens | Free trial quota |": what a plan gives, not what anyone used.
# "The first 200 million tokens for voyage-3 … are free for every account", "200M free embedding tokens", "a 200M
# free-token tier": tokens given free.
ALLOWANCE_WORD = re.compile(r"quota|allowance|额度|額度|套餐|token pack(?:s|ages?)?|free trial|free tier|for free|free testing|试用|試用|赠送|贈送|免费|免費|"
                            r"\bfree[- ](?:[\w-]+\s+){0,2}tokens?\b|\btokens?\b[^.;\n]{0,80}?\b(?:are|is)\s+free\b|\btokens?\s+free\b",
                            re.I)
# "with a 200M free-token tier", "each with the first 200 million tokens free": given free, whatever else the sentence says
FREE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?free\b", re.I)
MEASURED_BEFORE = re.compile(r"(?:measured|reported|actual|实测|實測)\s*(?:~|about|roughly)?\s*$", re.I)
# "most businesses ... land somewhere between 10 million and 100 million tokens per month": a typical range.
# "Median monthly usage per developer stands at 51 million tokens, with the 90th percentile reaching 380 million": a distribution.
TYPICAL_BEFORE = re.compile(r"(?:\bmost (?:businesses|companies|users|developers|teams|people|customers)|typical(?:ly)?|usually|"
                            r"\bmedian\b|\bpercentile\b|"
                            r"一般|通常)[^.;。；]{0,60}$", re.I)
# "如每千token 0.1元", "若生成一个包含2000token的完整应用,单次成本约0.2元": examples and hypotheticals, not prices.
# "将超出的Token数(500)乘以单价(0.0001元/Token)": a worked calculation is an example too.
# "例如一次 request 有 200,000 input tokens…,未計 cache 時就是 $1.00 + $0.50 = $1.50": a sentence that opens as an
# example and works out a sum is an example in every clause ("For example, Google reported 1.3 quadrillion tokens" is a
# real figure given as an example; "例如:" before a line break introduces a list of the real thing).
EXAMPLE_OPENING = re.compile(r"^\s*(?:例如|比如|举例来说|舉例來說|for example|for instance|e\.g\.|suppose|imagine)(?!\s*[:：]\s*\n)", re.I)
WORKED_SUM = re.compile(r"\d\s*[=×÷]|[=×÷+]\s*(?:US\$|\$|¥|￥)?\s*\d")
# "When you see “$3/MTok input, $15/MTok output”, that means $3 to send a million tokens": a lesson in reading a price's
# notation, every amount in it of the writer's choosing
NOTATION_LESSON_OPENING = re.compile(r"^\s*(?:when(?:ever)?|if)\s+you\s+(?:see|read|spot|come\s+across|encounter)\b", re.I)
# The words a sentence opens a what-if with ("Let's say a model charges:", "Suppose", "Say a call runs …")
_WHAT_IF_OPENER = (r"(?:let['’]s\s+(?:say|assume|imagine)|let\s+us\s+(?:say|assume)|say,?\s+(?:a|an|you|your|we|our|the|that)|"
                   r"suppose|imagine|assume)\b")
# "Say a call runs a model whose catalogue rate is $2.00 / 1M tokens": a what-if the sentence opens, every amount in it;
# the worked sum after it ("The AI cost for that call is 250K × $2.00/1M = $0.50") works out the what-if's numbers
WHAT_IF_OPENING = re.compile(r"^\W*" + _WHAT_IF_OPENER, re.I)
# "(e.g., for 100k tokens @ $1/m-tokens, you would be charged $0.10)": a bracket the example opens, still open at the amount
EXAMPLE_ASIDE_BEFORE = re.compile(r"[(（]\s*(?:e\.g\.|for example|for instance|例如|比如)[^()（）]*$", re.I)
# "Consider a realistic enterprise workload: 6M input tokens + 4M output tokens monthly": a case the writer sets up
HYPOTHETICAL_CLAUSE = re.compile(r"(?:^|[^a-z])(?:if|suppose|imagine|e\.g\.|for example|for instance|multiplied by|consider\s+(?:a|an)|"
                                 r"let['’]s\s+(?:say|assume)|let\s+us\s+(?:say|assume))\b|\bexample\s*[:：]|"
                                 r"如每|[(（]如|例如|比如|假如|"
                                 r"假设|假設|若|如果|为例|為例|乘以",
                                 re.I)
# "~$4 of paid usage", "$12 worth of API usage": the cost of some usage, no one's list price
USAGE_COST_AFTER = re.compile(r"^\s*(?:of|worth\s+of|in)\s+(?:paid\s+|API\s+|token\s+)?usage\b", re.I)
# The sign a price may open with; and that sign ending a pattern that reads the words before it
_PRICE_SIGN = r"(?:US\$|\$|€|£|¥|￥)"
_PRICE_SIGN_END = _PRICE_SIGN + r"?\s*$"
# "larger models like nvidia/nemotron-4-340b-instruct can exceed $3.00 per 1M output tokens": a floor for some models
MODAL_FLOOR_BEFORE = re.compile(r"\b(?:can|could|may|might|often|sometimes)\s+(?:exceed|top|surpass|go\s+(?:above|beyond|over))\s*"
                                + _PRICE_SIGN_END, re.I)
# "To convert: $3.00 per 1M tokens = 0.000003 per token": a guide showing how to convert between units, with a
# price of its own choosing (not "GPT-4o costs $2.50 per 1M tokens", nor a price converted "to convert text"); a
# Markdown source may escape the sign ("\$3.00")
CONVERSION_HOWTO_BEFORE = re.compile(r"(?:^|[.!?:：]\s+)to\s+convert\b[^:：.\n]{0,40}[:：]\s*\\?" + _PRICE_SIGN_END, re.I)
# "Self-served GPU inference runs $0.30 to $0.70 per million output tokens": what running a service costs, not what
# anyone charges
SELF_SERVED_COST = re.compile(r"\bself-?(?:served|hosted|hosting)\b|\b(?:realised|realized)\s+cost\b|\bcost\s+(?:of\s+goods|to\s+serve)\b", re.I)
# "Let's say a model charges:" then "$0.50 per million input tokens" and "$1.50 per million output tokens", a line each:
# the list a what-if opens is the what-if's, its second line too (the first shares the opener's sentence)
WHAT_IF_LIST_OPENER = re.compile(r"^\s*" + _WHAT_IF_OPENER +
                                 r"[^\n]*[:：][ \t]*\n[^\n]*$", re.I)
# "Example: You use model Qwen3-32B priced at $0.165/1M input tokens and $0.187/1M output tokens": a named model's
# rates inside a worked example are its list prices (the example's result, after "=", is not)
NAMED_MODEL_PRICED_BEFORE = re.compile(r"\b[A-Z][\w.-]*\d[\w.-]*\s+(?:is\s+|are\s+)?priced\s+at\b[^.;=\n]{0,60}$")
COST_BEFORE = re.compile(r"(?:bill[^.;]{0,25}?|costs?|cost of|runs|billed|\bspend(?:ing)?\b[^.;$]{0,12}?|成本(?:约|約|仅|僅|为|為)?)\s*(?:roughly|about|only|just|约|約|仅|僅)?\s*"
                         r"(?:US\$|\$|¥|￥)?\s*$", re.I)
# "8x addressable market expansion … times 100x per-enterprise … yields ~800x demand": the outlet's arithmetic.
MULTIPLIED = re.compile(r"\d\s*(?:x|×)\s+[^.;]{0,80}?\b(?:times|multiplied by)\s+~?\d+(?:\.\d+)?\s*(?:x|×)", re.I)
# "approximately 280 times every day": how often, not how much more.
FREQUENCY_AFTER = re.compile(r"^\s*(?:every|each|a|per)\s+(?:day|week|month|year|hour|minute|second)\b", re.I)
NOT_USAGE_BEFORE = re.compile(
    r"(?:(?:trained on|training|pre-?trained|context (?:window|length) of|上下文|[训訓](?:\([^)]{1,6}\))?[练練]|[预預](?:\([^)]{1,6}\))?[训訓])[^.,;，；]{0,30}"
    r"|\b(?:corpus|corpora|dataset|data\s+set)\s+(?:of|containing|totall?ing|spanning)\s+(?:about\s+|roughly\s+|around\s+|"
    r"approximately\s+|over\s+|more than\s+|nearly\s+|some\s+|~\s*)?"  # "train a … model on a diverse corpus of 2.5 trillion"
    r"|\blong-context\b[^.;]{0,60}"  # "a long-context neural memory architecture scaling beyond 2 million tokens"
    # "The model accepts up to 1,048,576 tokens of combined input": what a model takes in one call, a context length
    r"|\b(?:accepts?|accepting|supports?|supporting)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|max(?:imum)?\s+)?"
    # "during the Intelligence Index evaluation, Phi-4 generated 8.8 million tokens, … less than the average of 13 million":
    # what a model wrote in a benchmark, not anyone's usage
    r"|\b(?:during|in|for)\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:evaluations?|benchmarks?|benchmarking|eval)\b(?:[^.;]|\.(?=\d)){0,120}"
    # "text-embedding-3-small would burn through 200M tokens at ~$4": a what-if's quantity
    r"|\bwould\s+(?:burn\s+through|go\s+through|use\s+up|consume|need|require)\s+(?:about\s+|roughly\s+|some\s+|~\s*)?"
    # "will surge from approximately 10 quadrillion in 2025 to around 3,900 quadrillion by 2030": a forecast's target
    r"|\bwill\s+(?:surge|grow|rise|reach|climb|increase|jump|soar|expand)\b[^.;]*\bto\s+(?:around\s+|about\s+|roughly\s+|approximately\s+|over\s+|more than\s+)?"
    r"|\beach\s+(?:\w+\s+){0,2}(?:more than\s+|over\s+|exceeding\s+|surpassing\s+|above\s+|topping\s+)?"
    # "Minimum commitment: 10 million tokens/month": a threshold; "Entire model (up to 70B)": a model's size
    r"|\bminimum(?:\s+\w+){0,2}\s*[:：]?\s*|\bmodels?\s*(?:[(（]\s*)?(?:size\s*)?(?:of\s+)?"
    # "inference workloads where per-token savings accumulate (100M+ daily tokens)": the size of a kind of workload
    r"|\bworkloads?\b[^.;()（）]{0,60}[(（]\s*"
    # "375 customers each consumed more than 1 trillion", "three models each exceeding 1 trillion": thresholds
    r"|\b(?:ahead|behind|lead|gap|difference|trails?|trailing)\s+(?:of|by)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?"
    r"|\btogether,?\s+(?:\w+\s+){0,3}(?:account(?:ed|s)? for|total(?:l?ed|s)?|reach(?:ed|es)?|make up|came to|"
    r"comes? to)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|over\s+|more than\s+)?"
    r"|(?:差距|相差|领先|領先|加起来|加起來)[^，,。；;]{0,6}"  # an outlet's own gap or sum of reported figures
    # "The remaining 20 trillion comes from a mix of cloud APIs": the rest of a total, worked out by subtraction
    r"|\bremaining\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?|(?:其余|其餘|剩余|剩餘|剩下的?)[^，,。；;\d]{0,4}"
    r"|\bthresholds?\s+(?:are|were|of|at)\b[^.;]*"  # "The thresholds are 10 billion, 100 billion and 1 trillion"
    # award tiers: "Three tiers: silver for 10 billion tokens, black for 100 billion", "plaques for ..."
    r"|\b(?:badges?|plaques?|awards?|trophies)\b[^.;]*|\b(?:silver|gold|bronze|black|blue|platinum|diamond)\s+(?:for|at)\s+"
    r"|\b(?:race|club|era|age|milestone|barrier)\s+(?:of|to|past)\s+(?:the\s+)?"  # "the Daily Token Race of a Trillion Tokens": a goal
    # "A single power user can generate 10-50 million AI tokens per day": what someone could do, not what anyone did
    r"|\b(?:can|could|might|may)\s+(?:\w+\s+){0,2}?(?:generate|use|consume|process|burn|reach)\b[^.;]*"
    # "Even if each used 500+ tokens, it would total ~127T": arithmetic on a what-if; "0.1% of OpenRouter is around 400
    # billion tokens", "so 0.1% would be 30 billion": a share worked out of a total
    r"|\bwould\s+(?:total|be|equal|amount to|come to)\s*~?\s*|\d%\s+(?:of\s+[\w\s]{1,30}?\s+)?(?:is|would be|=)\s+(?:around\s+|about\s+|roughly\s+|~)?"
    # "一元可以買200萬tokens": what a yuan buys at a price; "最高支持1000萬tokens長文本輸入": a context length
    r"|(?:元|块|塊)(?:钱|錢)?[^，,。；;\d]{0,4}(?:买|買|购买|購買)(?:到)?[^，,。；;\d]{0,12}|(?:最高|最多|最大)支持\s*"
    # "a GEX44 instance breaks even with the API somewhere between 8 and 15 million tokens per day", "pays for itself
    # around 3–5 million tokens per day": the volume at which a server's cost equals an API's, nobody's use ("broke even
    # last year while processing 5 trillion tokens" is a company's own)
    r"|\bbreaks?[\s-]+even\b[^.;]*?\b(?:at|around|about|between|somewhere|once|when|above|beyond|past)\b[^.;]*"
    r"|\bbreak-?even\s+(?:point|volume|threshold)\b[^.;]*|\bpays?\s+for\s+itself\b[^.;]*"
    r"|\b(?:scenario|assum(?:e|es|ing)|suppose|hypothetical(?:ly)?)\b[^.;]*"  # "Same scenario: 100,000 chats/month … (100M in + 25M out)"
    # "Real-World Cost Comparison: 10M Tokens Monthly": the workload a cost comparison is run at, as after it (NOT_USAGE_AFTER)
    r"|\b(?:cost|price|pricing|spend)\s+(?:comparison|breakdown|analysis|calculation)s?\s*[:：]\s*"
    r"|(?:预训练|預訓練|微调|微調|精调|精調)[^。；;]{0,12}|\bfine-?tun\w*[^.;]{0,20}"  # "基础预训练,约 ~15 trillion tokens"
    r"|\b\d[\d,]*\s+(?:crossed|surpassed|exceeded|topped|processed|consumed|used)\s+(?:(?:more than|over)\s+)?"  # "while 35 crossed 10 trillion"
    r"|\bcollectively\b[^.;]{0,40}"  # "… alongside 26 other players, have collectively burned through over one trillion"
    r"|\bannuali[sz]ed run[- ]rate of\s+(?:over\s+|more than\s+|about\s+)?"  # the outlet's conversion of a per-minute rate
    # "leading AI labs are now processing approximately two trillion tokens per day": a group's rough total
    r"|\b(?:leading|top|major|frontier)\s+(?:AI\s+)?(?:labs|companies|providers|players)\b[^.;]{0,40}"
    r"|(?:相当于|相當於)[^，,。；;\d]{0,8}"  # "相当于每秒处理约347万Token"
    r"|\btokens?\s+(?:in|per|a)\s+(?:a\s+)?(?:day|week|month|year)\s+is\s+(?:(?:roughly|about|approximately|around)\s+)?"
    r"|(?:translates? to|translating to|equivalent (?:of|to)|equates to|works out to|implying|implies|相当于|相當於|换算为|換算為|折合)\s*"
    r"(?:processing\s+|generating\s+)?"  # "roughly equates to processing over one trillion … requests per day"
    r"(?:about\s+|roughly\s+|approximately\s+|some\s+|约|約)?"  # an outlet's conversion ("100 billion words ... translates to about 4 trillion tokens")
    r"|(?:adds?|added|an increase of|up by|growth[^.;,]{0,20}(?:stands at|of|was|is)|新增|增加了?)\s*(?:about\s+|约)?"  # increments
    # a model's size: "参数量超过", "parameter sizes ranging from 7 billion to 65 billion" (both ends)
    r"|[\u4e00-\u9fff]版\s*"  # "R1 满血版 671B", "蒸馏版 7B": an edition named by its size
    # "模型參數量(70B、235B、671B)": a list of sizes in brackets, each one
    r"|(?:参数|參數|parameters?)(?:\s+(?:sizes?|counts?))?(?:量|规模|規模)?\s*(?:ranging\s+)?[(（]?\s*(?:\d[\d.,]*\s*[BbMm]\s*[、,，/]\s*)*"
    r"(?:超过|超過|达到?|達到?|为|為|of|over|more than|exceeding|from|between)?\s*"
    r"(?:\d[\d.,]*\s*(?:billion|B)?\s*(?:to|and|-|–)\s*)?"
    r"|[\"']?(?:size|model_size|param(?:eter)?s?(?:_count)?|num_params)[\"']?\s*[:=]\s*[\"']?"  # a record's field: "size": "8B"
    r"|(?:日活|月活|DAU|MAU|下单量|下單量|订单|訂單)[^，,。；;]{0,8})$", re.I)
MULTIPLE_NOT_TOKENS = re.compile(r"^\s*(?:more|fewer|less)\s+tokens\s+than\s+(?:a|an|the|one)\b|"  # a comparison of tasks
                                 # "a roughly 1,000-fold reduction over three years": a fall (of a price), not growth
                                 r"^\s*(?:reduction|drop|decline|decrease|fall|cut|cheaper|lower)\b|"
                                 # "16x more than Together": a ratio between companies, not growth over time
                                 r"^\s*(?:more|larger|bigger|higher|greater)\s+(?:tokens\s+)?than\s+(?!(?:January|February|March|April|"
                                 r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                                 r"Sep|Sept|Oct|Nov|Dec|Q[1-4])\b)(?-i:[A-Z])|"
                                 r"^\s*(?:that of\s+)?the\s+(?:US|U\.S\.|United States|America|China|EU)\b|"  # between countries
                                 # "a hundred times that of traditional AI applications": two things compared, not growth
                                 # ("1,000 times that of early 2024" is growth)
                                 r"^\s*that of\s+(?!(?:early|mid|late|last|a year|(?:one|two|three) years?|the\s+(?:start|beginning|end|same)|"
                                 r"\d{4}|Q[1-4]|January|February|March|April|May|June|July|August|September|October|November|"
                                 r"December)\b)|"
                                 r"^[^.;。；]{0,30}compared (?:to|with) (?:simpler|single|simple|a single)|"
                                 # "tokens used by Flash 2.5 has increased by about 17 times compared to its previous version": per task
                                 r"^[^.;。；]{0,30}compared (?:to|with) (?:its |the |their )?(?:previous|prior|earlier|older|last) "
                                 r"(?:version|model|generation)s?\b|"
                                 # "Gemini app doubled to 900M monthly active users": growth in users, not tokens
                                 r"^\s*(?:to|from)\b[^.;,]{0,30}\b(?:users|MAU|DAU|subscribers|customers|downloads|requests|images)\b|"
                                 r"^[^,，;；.。]{0,40}(?:per request|pricier|cheaper|more expensive|price|cost|faster|spread|margin|threshold|"
                                 r"discount|savings?|reduction from (?:the )?(?:US)?[$¥]|budget|"  # "a tenfold spread", "a tenfold reduction from the $5–$15 range"
                                 r"slower|speed|capex|the \d{4} level|价格|價格|成本|更快|速度)|"
                                 # "30x: Increase in token consumption for agentic systems vs. linear workflows": two kinds of
                                 # workload compared ("10x vs. a year ago" is growth)
                                 r"^[^.;。]{0,80}?\b(?:vs\.?|versus)\s+(?!(?:19|20)\d\d|last|a year|the same|early|mid|late|Q[1-4]\b|"
                                 r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|"
                                 # "Pro+ is 3x usage on all OpenAI, Claude, Gemini models": a plan's allowance against another's
                                 r"^\s*(?:of\s+\w+\s+)?(?:usage|limits?|quotas?|credits?|allowance)\b(?!\s+growth)|"
                                 # "billed at roughly 2× input and 1.5× output": a multiplier of prices
                                 r"^\s*(?:the\s+)?(?:standard\s+|base\s+)?(?:input|output)\b(?!\s+tokens)",
                                 re.I)
# "五年或增長 370 倍", "will grow by 10 times": growth someone forecasts, not growth that happened.
# "JPMorgan predicts that China’s token consumption will have a compound annual growth rate of 330% …, a 400-fold increase".
FORECAST_CLAUSE = re.compile(r"\b(?:predicts?|predicted|forecasts?|projects?|expects?)\s+that\b[^.;]*\bwill\b", re.I)
FORECAST_GROWTH_BEFORE = re.compile(r"(?:或|将|將|预计|預計|有望|可能|预期|預期)\s*(?:会|會)?\s*(?:再)?(?:增长|增長|增加|提升|扩容|擴容|翻)[^，,。；;\d]{0,4}$|"
                                    r"\b(?:will|could|would|may|might|(?:(?:is|are)\s+)?(?:expected|projected|forecast|set|poised|likely)\s+to)\s+"
                                    r"(?:grow|increase|rise|jump|surge|expand|multiply)\s+(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+)?"
                                    r"(?:\d+(?:\.\d+)?\s*(?:-|–|to)\s*)?$",  # "capacity set to grow 10-20x": the range's upper end too
                                    re.I)
# A multiple of growth says so, or names the time it is measured from: "1,000 times more than at the
# beginning of 2024", "增长了1000多倍", "2× Jan 6.4T". Without either, "N times" is a ratio between two
# things ("已达到美国的2.11倍", "reading the Library of Congress 25 times"), not growth.
GROWTH_WORD = re.compile(r"increas|\bgr[eo]w|growth|\bup\b|\bris[ei]|\brose\b|risen|jump|surg|soar|climb|expan|"
                         r"more than|higher|larger|bigger|greater|\bfrom\b|since|compared|doubl|tripl|fold|"
                         r"增长|增長|提升|上升|翻|扩大|擴大|激增|暴增|飙升|飆升|增加|相比|相較|较|較|(?<![对對])比", re.I)
# "中国大模型周调用量已达到美国的2.11倍": a ratio between countries, written before the number in Chinese.
COUNTRY_BASE_BEFORE = re.compile(r"(?:美国|美國|中国|中國|欧洲|歐洲|日本|韩国|韓國|印度|全球)(?:大模型|模型)?的\s*$")
ANAPHORA = re.compile(r"this figure|the figure|this number|that number|that figure|\b(?:this|that|which) includes an additional\b|该数字|這一數字|这一数字|这一指标|這一指標|该指标|"
                      r"\b(?:that|this|it)(?:'s|’s| is| was)\s+(?:up|down)\s+(?:sharply\s+)?from\b", re.I)  # "That's up from $130 billion"
# "monthly active users approaching 1 billion": a count named before its number.
# "3 million weekly active users", "for every additional million users, up to 10 million": a count of people, its noun
# said before a number with no token word after it
# ("used by our customers, up from 7 billion last quarter" is the tokens' baseline)
COUNT_BEFORE = re.compile(r"\b(?:users|people|developers|customers|subscribers|downloads)(?:\s+(?:[a-z]+\s+){0,2}|,\s+)$", re.I)
# "250 customers are on track to process over 1 trillion tokens": a bar each customer passes, not a total.
PER_CUSTOMER_BEFORE = re.compile(r"\b(?:customers|companies|enterprises|organi[sz]ations|clients)\b(?:[^.,;]{0,50}|[^.;]{0,100}"
                                 r",\s*(?:each\s+)?(?:processing|process|using|consuming)\s+(?:more than\s+|over\s+)?)$", re.I)
# A list price per unit of tokens: "$0.27 per million input tokens", "2元/百万tokens", "0.0008元/千tokens".
_PER_UNIT = (r"(?P<scale>1\s*M\b|M\b|M(?=Tok(?:ens?)?\b)|1\s*million|one million|a million|million|1,000,000|百万|百萬|1\s*K\b|K\b|"
             r"1,000|one thousand|a thousand|thousand|千)\s*(?:(?:input|output|cached|cache[- ]hit|cache[- ]miss|cache|prompt|completion|"
             r"输入|输出|輸入|輸出|个|個)\s*){0,2}")
UNIT_PRICE_AFTER = re.compile(r"^\s*(?:yuan|元|美元|dollars|USD|CNY|RMB|\$(?!\s*\d))?\s*(?:(?:input|output|for input|for output|in|out)\s+)?(?:per|/\s*每|/|每|for every|for each)\s*"
                              + _PER_UNIT + r"(?P<tokens>tokens?\b|Tokens?|词元|詞元|(?<=M)Tok\b|tok\b)?"  # "per MTok", "per 1M tok"
                              # "$4.20 / 1M characters", "$5 / 1k calls": a price for something else
                              # "$1.00 / 1M tokens / hour": cache storage by the hour
                              r"(?!\s*(?:(?:/|per)\s*)?(?:characters?|chars?|images?|calls?|requests?|queries|searches|seconds?|secs?|"
                              r"minutes?|mins?|hours?|hrs?|words?|pages?|字符|次)\b)", re.I)
UNIT_IO = re.compile(r"(?:input|output|输入|输出|輸入|輸出)\s*\)?\s*$", re.I)
UNIT_PRICE_BEFORE = re.compile(r"(?:per|每)\s*" + _PER_UNIT + r"(?:tokens?|Tokens?|词元|詞元)\s*"
                               r"(?:(?:input|output|输入|输出|輸入|輸出)\s*)?(?:的)?(?:价格|價格|售价|售價|定价|定價)?\s*"
                               r"(?:为|為|是|:|：|降至|仅|僅)?\s*(?:RMB|US\$|\$|¥|￥)?\s*$", re.I)
# "each million tokens cost me about $60": the unit told before the price, as what it cost someone
EACH_UNIT_COST_BEFORE = re.compile(r"\beach\s+" + _PER_UNIT + r"tokens\s+cost\s+(?:me\s+|us\s+)?(?:US\$|\$)?\s*$", re.I)
# "Input:0.001元/Token": a list price for a single token, with its currency written just before the slash.
PER_TOKEN_AFTER = re.compile(r"^\s*(?:yuan|元|美元|USD|CNY|RMB)\s*(?:/|per|每)\s*(?:个|個)?\s*(?:tokens?\b|Tokens?|词元|詞元)", re.I)
# The billing period of a list price by how many tokens it is for.
UNIT_PERIOD = {1e6: "per million tokens", 1e3: "per thousand tokens", 1.0: "per token"}
# A list price is under 10,000 in its currency, save in currencies whose unit is a thousandth of a dollar or less:
# "Rp 149,999 per 1 million tokens" is about US$9, "Rp 36,543" per 1M output tokens about US$2.
SMALL_UNIT_PRICE_CEILING = {"IDR": 10**7, "VND": 10**7, "KRW": 10**6}


def _price_ceiling(currency: str | None) -> int:
    return SMALL_UNIT_PRICE_CEILING.get(currency, 10**4)


# "Claude 3.5 Opus sits at $12 input and $48 output": shorthand for list prices in the unit the article uses.
# "bringing cached input down to $1.20": an input price in the article's unit, named before it
IO_SHORTHAND_BEFORE = re.compile(r"\b(?:cached\s+)?(?:input|output)(?:\s+tokens?)?\s+(?:(?:down|up)\s+to|at)\s*(?:US\$|\$)?\s*$", re.I)
IO_SHORTHAND_AFTER = re.compile(r"^\s*(?:input|output)\b|^\s*(?:in|out)\s*(?:/|,|\)|$)", re.I)
# "paid tier at just $0.50/$3": an input and an output price in the article's unit, left out.
FEE_WORD = re.compile(r"\bfees?\b|请求费|請求費", re.I)
SLASH_PAIR_AFTER = re.compile(r"^\s*/\s*(?:US)?\$\s*\d+(?:\.\d+)?(?![\d.]*\s*(?:/|per\b))")
SLASH_PAIR_BEFORE = re.compile(r"(?<![/\d.])(?<!/\$)(?<!/\s\$)(?:US)?\$\s*\d+(?:\.\d+)?\s*/\s*(?:US)?\$?\s*$")
_MODEL_NAMED = r"[A-Z][\w.-]*(?:\s+[\w.-]+){0,2}"  # "GPT-5.4", "Claude Sonnet", "Large 3": a model named before its price
# "Large 3 at $0.50 input is already 80% cheaper than GPT-5.4 at $2.50": the model compared with, in the same shorthand.
SHORTHAND_COMPARED_BEFORE = re.compile(r"\bthan\s+" + _MODEL_NAMED + r"\s+at\s*(?:US\$|\$)?\s*$")
_MODEL_PRICE_BRACKET = _MODEL_NAMED + r"\s*[(（]\s*(?:US\$|\$)\s*$"  # "GPT-5.4 ($": a model, then its price in brackets
# "output is 2.5× cheaper than GPT-5.4 ($15) and Claude Sonnet ($15)": models compared at their price in the article's unit
COMPARED_BRACKET_BEFORE = re.compile(r"\b(?:than|vs\.?|versus)\s+" + _MODEL_PRICE_BRACKET)
LISTED_BRACKET_BEFORE = re.compile(r"(?:\band|\bor|,)\s+" + _MODEL_PRICE_BRACKET)
# "| Production |\nClaude Sonnet 4.6 ($3.00), GPT-5.4 ($2.50) |": models named in a table cell, each with its price in
# brackets, on a page priced per 1M tokens (set 327); the cell ends at "|" ("Starter ($9/month) |" is not a bare price)
CELL_BRACKET_BEFORE = re.compile(r"(?:^|\n|\|)[^\n|]{0,60}?" + _MODEL_PRICE_BRACKET)
CELL_BRACKET_AFTER = re.compile(r"\s*[)）][^\n|]*\|")
ARTICLE_PER_MILLION = re.compile(r"per (?:1\s*|one\s+|a\s+)?(?:million|M)\s+(?:input |output )?tokens|/\s*1?M(?:Tok)?\b|\bper M(?:Tok)?\b|"
                                 r"\bper-1?M-tokens?\b|"  # "at the model's per-1M-token rate"
                                 r"元/百万|元/百萬|每百万|每百萬", re.I)
# An article that gives its prices per thousand tokens only ("~0.27¢ per 1K input tokens … ~0.014¢ input"); per million wins.
ARTICLE_PER_THOUSAND = re.compile(r"per (?:1\s*K|1,000|one thousand|a thousand|thousand)\s+(?:input |output )?tokens|/\s*1K\b|"
                                  r"元/千|每千(?:个|個)?\s*(?:tokens?|词元|詞元)", re.I)
# "The cost per million input tokens now ranges from roughly $0.15 … to nearly $15": the unit opens the clause.
EN_UNIT_OPENS_CLAUSE = re.compile(r"\b(?:cost|price|pricing|rate)s?\s+(?:per|for)\s+(?:one\s+|a\s+|1\s*)?(?P<scale>million|M|thousand|K)\s+"
                                  r"(?:(?:input|output|cached)\s+)?tokens?\b(?:[^.;]|\.(?=\d)){0,100}$", re.I)
# "…RPM (free model)Output Token Length": a heading of limits on tokens, whose rows are not volumes
TOKEN_LIMIT_HEADING = re.compile(r"\btoken\s+(?:length|limit)s?\b|\bcontext\s+(?:length|window)\b|\bmax(?:imum)?\s+(?:output\s+)?tokens\b|"
                                 r"\brate\s+limits?\b|\b(?:RPM|TPM)\b", re.I)
# "no tier fits cost budget $0.0500 for ~120000 tokens": a cap someone sets on spending, not a price
# "can save your organization $47,000+ annually on a 10M token/month workload": a saving at some volume, not a price
SAVING_BEFORE = re.compile(r"\b(?:save|saves|saved|saving|savings\s+of)\b[^.;$]{0,30}(?:US\$|\$)?\s*$", re.I)
BUDGET_BEFORE = re.compile(r"\bbudget(?:s|ed)?\s*(?:of\s+|at\s+|is\s+|:\s*)?(?:US\$|\$)?\s*$", re.I)
# "Text generation was billed per 1M tokens: Llama 3 8B at $0.15, Llama 3 70B around $0.90, …": a unit, then a colon,
# heads every price of the list that follows it in the sentence
LIST_UNIT_HEADING = re.compile(r"\b(?:billed|priced|charged|prices?|pricing|rates?)\s+(?:per|by\s+the)\s+(?:one\s+|1\s*)?"
                               r"(?P<scale>million|M|thousand|K)\s+tokens?\s*[:：](?:[^.;:：]|\.(?=\d))*$", re.I)
ZH_UNIT_IN_CLAUSE = re.compile(r"(?:每)?(?P<scale>百万|百萬|千)\s*(?:个|個)?\s*(?:tokens?|Tokens?|词元|詞元)", re.I)
EN_UNIT_IN_CLAUSE = re.compile(r"\b(?P<scale>(?:one|1|a)\s+(?:million|thousand)|1\s*M)\s+(?:(?:input|output)\s+)?tokens\b", re.I)
FEE_BEFORE = re.compile(r"\b(?:search(?:es)?|calls?|requests?|queries|lookups?)\s+(?:at|costs?|for|is|are)?\s*(?:US\$|\$)?\s*$", re.I)
AVERAGE_BEFORE = re.compile(r"(?:average|blended|平均)[^,，;；.。]{0,20}$", re.I)
# "the blended cost of AI fell 67% year-over-year, from $18.40 to $6.07 per million tokens": averages over many models.
BLENDED_COST_BEFORE = re.compile(r"\b(?:average|blended|mean)\s+(?:cost|price|rate)s?\b(?:[^.;]|\.(?=\d)){0,70}$", re.I)
GENERIC_MODEL_BEFORE = re.compile(r"(?:某|国产|國產|一款|一个|一個)\s*大?模型\s*(?:的)?(?:定价|定價|价格|價格|单价|單價)?\s*(?:为|為|是|约|約)?\s*$")
PRICE_WORD = re.compile(r"API|价格|價格|定价|定價|售价|售價|收费|收費|计费|計費|单价|單價|price|pricing|priced|cost", re.I)
# "Kimi (¥0.1/1K tokens ≈ $1.4/M tokens)": a price converted into another currency right after it.
CONVERTED_PRICE_BEFORE = re.compile(r"\d\s*(?:元|yuan|USD|RMB|CNY)?\s*(?:/\s*(?:1\s*)?(?:[KkMm]|百万|百萬|千)\s*(?:tokens?)?)?\s*"
                                    r"(?:≈|~|～|约合|約合|约|約)\s*(?:US\$|\$|¥|￥)?\s*$", re.I)
# "1000 × $0.30/1M = $0.0003", "总计: $0.000318", "= $25 + $50": the outlet's arithmetic ("prompt=0.58 USD/MTokens"
# assigns a value)
ARITHMETIC_BEFORE = re.compile(r"(?:(?<![=!<>])(?<![a-z][a-z][a-z])[=≈]|(?:总计|總計|合计|合計|总共|總共|\btotal)\s*[:：]|\d\s*\+)"
                               r"\s*(?:US\$|\$|¥|￥)?\s*$", re.I)
# A rate's currency sign, if any, written before it: a table cell's signs, or rupiah, ringgit and rand
RATE_SIGN = r"(?:" + _tables.SIGN + r"|\b(?-i:Rp|RM|R)\s?)?"
# "Price = (Tokens ÷ 1,000) × Rp 149.99 (per 1,000 tokens)": the rate in a cost formula, the price restated as a multiplier
FORMULA_RATE_BEFORE = re.compile(r"\b(?:price|cost|total)\s*=[^=\n]{0,40}[×*]\s*" + RATE_SIGN + r"\s*$", re.I)
# "(5M * $5/MTok)": tokens times a price, the outlet's arithmetic
TIMES_PRICE_AFTER = re.compile(r"^\s*[*×]\s*(?:US\$|\$|¥|￥)")
OUTLET_SUM_BEFORE = re.compile(r"(?:(?:translates?|translating|works? out|equates?) to|(?:implies|implying)(?: an?)?(?: (?:annuali[sz]ed )?"
                               r"run[- ]rate of)?)(?:\s+(?:roughly|about|around|approximately))?"
                               r"\s*(?:US\$|\$|¥|￥)?\s*$", re.I)
# A sign several currencies share is read by the country its sentence is about, the first that matches: ¥ is yuan
# unless the sentence is about Japan, "Rs" Indian rupees unless it is about Nepal, Pakistan or Sri Lanka.
JAPAN = re.compile(r"\bJapan(?:ese)?\b|\bTokyo\b|\bOsaka\b|\bHokkaido\b|\byen\b|日本|日元|日圓|東京|大阪|北海道", re.I)
# "FCFA 25 billion" in Dakar or Abidjan is the West African franc (XOF); elsewhere the Central African (XAF)
WEST_AFRICA = re.compile(r"\bSenegal(?:ese)?\b|\bDakar\b|Ivory\s+Coast|C[ôo]te\s+d.Ivoire|\bIvorian\b|\bAbidjan\b|\bMali(?:an)?\b|"
                         r"\bBamako\b|Burkina\s+Faso|\bOuagadougou\b|\bNiger(?!ia)\b|\bNiamey\b|\bTogo(?:lese)?\b|\bLom[ée]\b|"
                         r"\bBenin(?:ese)?\b|\bCotonou\b|Guinea-Bissau|\bUEMOA\b|\bBCEAO\b|塞内加尔|科特迪瓦|马里(?!兰)|布基纳法索|尼日尔|多哥|贝宁", re.I)
SIGN_BY_COUNTRY = {
    "¥": [(JAPAN, "JPY")], "￥": [(JAPAN, "JPY")],
    "rs": [(re.compile(r"\bNepal(?:ese|i)?\b|\bKathmandu\b|尼泊尔|尼泊爾", re.I), "NPR"),
           (re.compile(r"\bPakistan(?:i)?\b|\bKarachi\b|\bLahore\b|\bIslamabad\b|巴基斯坦", re.I), "PKR"),
           (re.compile(r"\bSri\s+Lanka(?:n)?\b|\bColombo\b|斯里兰卡|斯里蘭卡", re.I), "LKR")],
    **{cfa: [(WEST_AFRICA, "XOF")] for cfa in N.CFA_FRANCS},
}
# "1529亿林吉特": an amount in a currency extract does not read (ringgit, pesos …), not yuan left out.
FOREIGN_CURRENCY_AFTER = re.compile(r"^\s*(?:卢比|盧比|先令|" + _TWD_ZH + r"|印尼盾|"
                                    r"加元|雷亚尔|比索|pounds?)", re.I)
# "新用户注册送 14 元余额(约 2000 万 Tokens)", "sign-up credit of $5 (about 2M tokens)": credit given away, not a plan
FREE_CREDIT = re.compile(r"(?:注册|註冊|邀请|邀請)[^,，。;；]{0,4}(?:送|赠|贈|得|获|獲)|余额|餘額|免费额度|免費額度|赠送|贈送|"
                         r"\bsign[- ]?up\s+(?:bonus|credits?)\b|\bfree\s+credits?\b", re.I)
PLAN_WORD = re.compile(r"plan|package|subscription|per month|a month|/month|monthly|套餐|包月|每月|/月|月费", re.I)

PERIOD_WORDS = [
    ("minute", re.compile(r"per minute|a minute(?!\s+(?:ago|earlier|before|later|prior))|a single minute|every minute|each minute|/min\b|tokens/min|每分钟|每分鐘|分钟|分鐘", re.I)),
    ("day", re.compile(r"per day|a day(?!\s+(?:ago|earlier|before|later|prior))|a single day|daily|each day|every day|every single day|/day|日均|每日|每天|日調用|日调用|单日|單日", re.I)),
    ("week", re.compile(r"per week|a week(?!\s+(?:ago|earlier|before|later|prior))|a single week|weekly|in the week|that week|this week|last week|the week|每周|每週|周调用|一周|上周|本周", re.I)),
    ("month", re.compile(r"in (?:just )?one month|per month|a month(?!\s+(?:ago|earlier|before|later|prior))|a single month|monthly|each month|every month|last month|/month|每月|月均|每个月|单月|單月|上个月", re.I)),
    ("quarter", re.compile(r"per quarter|this quarter|a quarter(?!\s+(?:ago|earlier|before|later|prior))|quarterly|last quarter|每季度|季度", re.I)),
    ("year", re.compile(r"per year|a year(?!\s+(?:ago|earlier|before|later|prior))|a single year|annually|yearly|annual|每年|全年|年度|年均", re.I)),
]

MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"], 1)}
MONTHS.update({m[:3].lower(): i for m, i in list(MONTHS.items())})
MONTH_RE = r"(?-i:\b(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)\.?"

DATE_PATTERNS = [
    (re.compile(r"(?:start|beginning|early|first days?) of (?P<y>\d{4})|early (?P<y2>\d{4})", re.I), "year_start"),
    (re.compile(r"end of (?P<y>\d{4})|late (?P<y2>\d{4})|(?P<y3>\d{4})\s*年\s*(?:底|末)", re.I), "year_end"),
    (re.compile(r"end of (?:the )?(?:last |previous )?year|去年底|去年末|去年年底", re.I), "last_year_end"),
    (re.compile(r"(?P<y>\d{4})\s*年\s*初|年初", re.I), "year_start_zh"),
    (re.compile(r"(?:end of |end-)(?P<m>" + MONTH_RE + r")(?:\s+(?P<y>\d{4}))?", re.I), "month_end"),
    (re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:至|到|-|–|~)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?"
                r"(?P<d2>\d{1,2})\s*日|(?P<em>" + MONTH_RE + r")\s+(?P<ed>\d{1,2})\s*(?:-|–|to)\s*(?P<ed2>\d{1,2})(?!\d)"
                r"(?:,?\s+(?P<y>\d{4}))?", re.I), "day_range"),
    (re.compile(r"(?:(?P<y>\d{4})\s*年\s*|今年\s*|去年(?P<last>)\s*)?(?P<m>\d{1,2})\s*月\s*(?:底|末)", re.I), "zh_month_end"),
    (re.compile(r"(?P<m>" + MONTH_RE + r")\s+(?P<d>\d{1,2})(?!\d)(?:,?\s+(?P<y>\d{4}))?", re.I), "en_day"),
    (re.compile(r"(?P<m>" + MONTH_RE + r")(?:\s+(?P<y>\d{4}))?", re.I), "en_month"),
    (re.compile(r"(?:(?P<y>\d{4})\s*年\s*|今年\s*|去年(?P<last>)\s*)?(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?", re.I),
     "zh_month"),
    (re.compile(r"\bQ(?P<q>[1-4])\s+(?P<y>\d{4})|(?P<y2>\d{4})\s*(?:年)?\s*(?:第)?(?P<q2>[一二三四1-4])季度", re.I), "quarter"),
    (re.compile(r"so far this month|this month|本月|当月", re.I), "this_month"),
    (re.compile(r"last week|上周", re.I), "last_week"),
    (re.compile(r"last month|上个月|上月", re.I), "last_month"),
    (re.compile(r"\bin (?P<y>20\d{2})\b|(?P<y2>20\d{2})\s*年(?!\s*\d)", re.I), "year"),
]


@dataclass
class Num:
    value: Decimal
    start: int  # in the sentence
    end: int
    text: str
    scaled: bool  # a magnitude word or character was given
    qualifier: str
    qualifier_start: int
    range_text: str | None = None
    list_text: str | None = None  # the list whose last item's magnitude this bare item shares


SIZE_WORD_END = re.compile(r"(?:约|約|超过|超過|超|达|達|为|為|about|of|at|US\$|\$|¥|￥|\s)+$", re.I)
LABEL_END = re.compile(r"(?:[\u4e00-\u9fff]{2,4}|[A-Za-z]{3,})$")


def _label_before(before: str) -> str | None:
    """The label right before an amount, past any word of size ("總含稅價約" → "總含稅價"), or None."""
    label = LABEL_END.search(SIZE_WORD_END.sub("", before))
    return label.group(0) if label else None


def _shifted(num: Num, by: int) -> Num:
    """The same number with its offsets moved `by` characters, as in a text that puts `by` characters before it."""
    return replace(num, start=num.start + by, end=num.end + by, qualifier_start=num.qualifier_start + by)


# "between $60 billion and $65 billion", "$66 billion to $72 billion", "up from $35 billion to $40 billion" (a baseline
# range), "the estimated cost ranges from $20 billion to $30 billion"; "from $35 billion to $40 billion" alone is growth,
# two figures. Either end may group its thousands ("₹2,000-2,500 crore").
_RANGE_END = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
RANGE = re.compile(r"(?:between\s+(?:US\$|\$|¥|￥|RMB\s?)?(?P<a1>" + _RANGE_END + r")\s*(?P<a_en>" + EN_SCALE + r")?\s*"
                   r"(?:and|to|-|–)|(?P<a2>" + _RANGE_END + r")\s*(?:(?P<a2_en>" + EN_SCALE + r")\s*)?(?:-|–|—|至|到|~)|(?:(?<=up from )|(?<=ranges from )|(?<=ranging from )|(?<!from ))(?:US\$|\$|USD\s*|¥|￥|€|£)(?P<a3>" + _RANGE_END + r")"
                   r"(?:\s*(?P<a3_en>" + EN_SCALE + r"))?\s+to(?=\s*(?:US\$|\$|USD|¥|￥|€|£)))"
                   r"\s*(?:US\$|\$|¥|￥|€|£|RMB\s?|USD\s*)?(?P<b>" + _RANGE_END + r")\s*"
                   r"(?:(?P<zh>[十百千万萬亿億兆]+)|(?P<en>" + EN_SCALE + r"))", re.I)


# "资本开支分别为349、240、194、351亿美元": items listed with 分别/依次 share the magnitude (and currency) written after the
# last one; the bare items before it are read with it (set 274). Without 分别 or 依次 a list is left as written.
SHARED_SCALE_LIST = re.compile(r"(?<=分别为|分别是|分别达|分別為|分別是|分別達|依次为|依次為)\s*"
                               r"(?P<items>\d+(?:\.\d+)?(?:\s*[、,，]\s*\d+(?:\.\d+)?)+)\s*(?P<zh>万亿|萬億|亿|億|万|萬)")
LIST_ITEM = re.compile(r"\d+(?:\.\d+)?")


# A number right after a model family's name is a version or a size ("Qwen 2.5-72B", "Llama 3.1 405B", "Mixtral 8x7B").
MODEL_NAME_BEFORE = re.compile(r"(?:Qwen|Llama|GPT|Claude|Gemini|DeepSeek|Kimi|GLM|MiniMax|Doubao|Step|Mistral|Mixtral|Grok|"
                               r"Hunyuan|ERNIE|Phi|Gemma|Yi|Baichuan|Seed|Seedance|MiMo|Falcon|Jais|Nemotron|OLMo|Vicuna|InternLM|Stable\s?LM)[A-Za-z0-9_.-]*(?:\s+\d+(?:\.\d+)*)?[- ]?(?:V|M|K|x)?"
                               r"(?:\s*[(（])?$", re.I)  # "Llama 3.1 (8B and 70B variants)": sizes in brackets too


# "falcon-40b", "llama-3-70b-instruct": a model's id ends its name with its size in billions of parameters
MODEL_ID_SIZE = re.compile(r"\b[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*?-(\d+(?:\.\d+)?[bB])(?![A-Za-z0-9])")
LETTER_CODE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]\d+[A-Za-z](?![A-Za-z0-9])")
# "cache_write_5m_tokens ÷ 1,000,000": a name in code or a formula, not five million tokens.
IDENTIFIER = re.compile(r"(?<![A-Za-z0-9_])(?=[A-Za-z0-9]*_)(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_]*[A-Za-z_][A-Za-z0-9_]*")
# "internlm/internlm2_5-7b-chat", "deepseek-ai/DeepSeek-R1": a model's repository path (an owner ending in a letter, then
# a name), not "7 billion"; "RMB29.9/month" is a price
REPO_PATH = re.compile(r"(?<![\w./-])[A-Za-z](?:[\w.-]*[A-Za-z])?/[A-Za-z][\w./-]*")
ISO_STAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
CENTS_AFTER = re.compile(r"\s*(?:(?:US\s+)?cents?\b|¢)", re.I)  # "~0.27¢ per 1K input tokens" too
# "输入 0.5 分/百万 token": a list price in fen (a hundredth of a yuan), only where a unit of tokens follows.
FEN_AFTER = re.compile(r"\s*分(?:钱|錢)?(?=\s*(?:/|每)\s*(?:百万|百萬|千|1\s*M|M)\s*(?:个|個)?\s*(?:tokens?|词元|詞元))", re.I)


# "750億億美元": a currency right after an amount written in Chinese (a scale typed twice there is a typo)
ZH_MONEY_AFTER = re.compile(r"\s*(?:美元|元|港元|日元|日圓|韩元|韓元|欧元|歐元)")
# "以5億8100萬元投得": the 万 after an amount in 亿 belong to it
ZH_WAN_TAIL = re.compile(r"\s*(\d{1,4})\s*[万萬](?![亿億])")


def numbers_in(sentence: str) -> Iterator[Num]:
    ranges = [(m.start(), m.end()) for m in ISO_STAMP.finditer(sentence)]  # "2026-04-25T16:15:04.854Z": a timestamp
    ranges += [(m.start(), m.end()) for m in LETTER_CODE.finditer(sentence)]  # "B2B", "A3B": a code, not "2 billion"
    ranges += [(m.start(), m.end()) for m in IDENTIFIER.finditer(sentence)]
    ranges += [(m.start(), m.end()) for m in REPO_PATH.finditer(sentence)]
    ranges += [(m.start(1), m.end(1)) for m in MODEL_ID_SIZE.finditer(sentence)]
    for match in RANGE.finditer(sentence):
        if any(s < match.end() and match.start() < e for s, e in ranges):
            continue  # "LFM2-24B-A2B", "liquid-lfm-2-24b-a2b": a range whose end is a model id's size is the id
        if MODEL_NAME_BEFORE.search(N.window_before(sentence, match.start(), 24)):
            ranges.append((match.start(), match.end()))
            continue
        scale_text = match.group("zh") or " " + (match.group("a_en") or match.group("a2_en") or match.group("a3_en")
                                                 or match.group("en"))
        try:
            low = N.parse_quantity((match.group("a1") or match.group("a2") or match.group("a3")) + scale_text).value
        except N.NumberParseError:
            continue
        ranges.append((match.start(), match.end()))
        first = next((match.start(g) for g in ("a1", "a3") if match.group(g)), match.start())  # the sign stays visible
        yield Num(low, first, match.end(), match.group(0), True, "lower_bound", match.start(),
                  range_text=match.group(0))
    for match in SHARED_SCALE_LIST.finditer(sentence):
        scale = N.parse_quantity("1" + match.group("zh")).value
        items = list(LIST_ITEM.finditer(sentence, match.start("items"), match.end("items")))
        for item in items[:-1]:  # the last item carries the magnitude itself and is read below
            ranges.append((item.start(), item.end()))
            yield Num(Decimal(item.group(0)) * scale, item.start(), match.end(), item.group(0) + match.group("zh"), True,
                      "exact", item.start(), list_text=match.group(0).strip())
    for match in NUMBER.finditer(sentence):
        if any(s <= match.start() < e for s, e in ranges):
            continue
        if MODEL_NAME_BEFORE.search(N.window_before(sentence, match.start(), 24)):
            continue
        raw = match.group("num")
        if not raw:
            base = Decimal(1)  # "千亿": the scale alone
        elif raw.lower() in VERB_FACTORS:
            yield Num(Decimal(VERB_FACTORS[raw.lower()]), match.start(), match.start() + len(raw), raw, False, "exact",
                      match.start())
            continue
        elif raw.lower() == "a" and sentence[:match.start()].lower().endswith("half "):
            base = Decimal("0.5")  # "half a billion dollars"
        elif raw.lower().endswith(" hundred"):
            base = Decimal(WORD_NUMBERS[raw.lower().split()[0]] * 100)  # "three hundred billion dollars"
        elif raw.lower().split("-")[0] in WORD_NUMBERS:
            base = Decimal(sum(WORD_NUMBERS[word] for word in raw.lower().split("-")))  # "twenty-five"
        elif raw[0] in ZH_NUMBERS:
            base = Decimal(_zh_small(raw))
        elif re.fullmatch(r"\d{1,3},\d{1,2}", raw):
            base = Decimal(raw.replace(",", "."))  # "N366,2bn": a decimal comma
        else:
            base = Decimal(raw.replace(",", ""))
        scale_text = match.group("zh") or match.group("en") or ""
        try:
            scale = N.parse_quantity("1" + (scale_text if match.group("zh") else (" " + scale_text if scale_text else ""))).value
        except N.NumberParseError:
            continue
        start, end = match.start(), match.end()
        if scale_text in ("亿亿", "億億") and ZH_MONEY_AFTER.match(sentence, end):
            scale = Decimal(10**8)  # "750億億美元": a scale typed twice in money ("百亿亿次", a speed, is no typo)
        tail = ZH_WAN_TAIL.match(sentence, end) if match.group("zh") in ("亿", "億") else None
        if tail:  # "5億8100萬": 5 亿 and 8,100 万, one amount
            base, scale, end = base * scale + Decimal(tail.group(1)) * 10**4, Decimal(1), tail.end()
            ranges.append((match.end(), end))
        qualifier, q_start = "exact", start
        before = N.window_before(sentence, start, 24)
        for pattern, kind in QUALIFIER_BEFORE:
            found = pattern.search(before)
            if found:
                qualifier, q_start = kind, start - (len(before) - found.start())
                break
        if match.group("more"):
            qualifier = "lower_bound" if qualifier == "exact" else qualifier
        cents = None if scale_text else CENTS_AFTER.match(sentence[end:]) or FEN_AFTER.match(sentence[end:])
        if cents:  # "3 cents per thousand tokens", "0.5 分/百万 token": a price in dollars or yuan
            base, end = base / 100, end + cents.end()
        yield Num(base * scale, start, end, sentence[start:end], bool(scale_text), qualifier, q_start)


ZH_UNITS = {"十": 10, "百": 100, "千": 1000}


def _zh_small(text: str) -> int:
    """十 = 10, 二十 = 20, 十五 = 15, 三 = 3, 一百 = 100, 两千五百 = 2500: Chinese numerals below ten thousand."""
    total, digit = 0, 0
    for ch in text:
        if ch in ZH_UNITS:
            total, digit = total + (digit or 1) * ZH_UNITS[ch], 0
        else:
            digit = ZH_NUMBERS[ch]
    return total + digit


def period_near(sentence: str, start: int, end: int) -> str | None:
    """The period word nearest to the number; failing that, the sentence's only kind of period."""
    best: tuple[int, str] | None = None
    kinds = set()
    for name, pattern in PERIOD_WORDS:
        for found in pattern.finditer(sentence):
            kinds.add(name)
            distance = found.start() - end if found.start() >= end else start - found.end()
            if best is None or abs(distance) < best[0]:
                best = (abs(distance), name)
    if best and best[0] <= 60:
        return best[1]
    return kinds.pop() if len(kinds) == 1 else None


def _month_of(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:3] if text.lower().rstrip(".") not in MONTHS else text.lower().rstrip(".")]


def resolve_date(kind: str, match: re.Match, published: date | None) -> str | None:
    g = match.groupdict()
    year = next((int(g[k]) for k in ("y", "y2", "y3") if g.get(k)), None)
    this_year = published.year if published else None

    def infer(month: int) -> int | None:
        if year:
            return year
        if this_year is None:
            return None
        if g.get("last") is not None and "last" in g and match.group(0).startswith("去年"):
            return this_year - 1
        return this_year if published is None or month <= published.month else this_year - 1

    if kind in ("year_start", "year_start_zh"):
        y = year or this_year
        return f"{y}-01" if y else None
    if kind == "year_end":
        return f"{year}-12-31" if year else None
    if kind == "last_year_end":
        return f"{this_year - 1}-12-31" if this_year else None
    if kind in ("month_end", "zh_month_end", "en_day", "en_month", "zh_month"):
        month = _month_of(g["m"]) if not g["m"].isdigit() else int(g["m"])
        if not 1 <= month <= 12:
            return None
        y = infer(month)
        if y is None:
            return None
        if kind in ("month_end", "zh_month_end"):
            return f"{y}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"
        if g.get("d"):
            try:
                return date(y, month, int(g["d"])).isoformat()
            except ValueError:
                return None
        return f"{y}-{month:02d}"
    if kind == "quarter":
        q = g.get("q") or g.get("q2")
        q = ZH_NUMBERS.get(q, q)
        y = year
        return f"{y}-Q{int(q)}" if y and q else None
    if kind == "this_month":
        return f"{published:%Y-%m}" if published else None
    if kind == "last_month":
        if not published:
            return None
        previous = published.replace(day=1) - timedelta(days=1)
        return f"{previous:%Y-%m}"
    if kind == "day_range":
        month = int(g["m"]) if g.get("m") else _month_of(g["em"])
        first_day, last_day = int(g.get("d") or g["ed"]), int(g.get("d2") or g["ed2"])
        last_month = int(g["m2"]) if g.get("m2") else month
        y = year or (published.year if published and month <= published.month else
                     (published.year - 1 if published else None))
        if y is None:
            return None
        try:
            return f"{date(y, month, first_day).isoformat()}..{date(y, last_month, last_day).isoformat()}"
        except ValueError:
            return None
    if kind == "last_week":
        if not published:
            return None
        monday = published - timedelta(days=published.weekday() + 7)
        return f"{monday.isoformat()}..{(monday + timedelta(days=6)).isoformat()}"
    if kind == "year":
        return str(year) if year else None
    return None


def dates_in(sentence: str, published: date | None) -> list[tuple[int, int, str]]:
    """(start, end, as_of) of every date phrase, longest match first where phrases overlap."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in DATE_PATTERNS:
        for match in pattern.finditer(sentence):
            if any(match.start() < e and match.end() > s for s, e in taken):
                continue
            value = resolve_date(kind, match, published)
            if value:
                found.append((match.start(), match.end(), value))
                taken.append((match.start(), match.end()))
    return sorted(found)


def date_near(dates: list[tuple[int, int, str]], sentence: str, start: int, end: int,
              published: date | None) -> str | None:
    """The date phrase in the number's clause (nearest), else the closest one before it, else publication."""
    clause_start = max(sentence.rfind(c, 0, start) for c in ",，;；") + 1
    ends = [sentence.find(c, end) for c in ",，;；"]
    clause_end = min([e for e in ends if e != -1] or [len(sentence)])
    in_clause = [d for d in dates if d[0] >= clause_start and d[1] <= clause_end]
    if in_clause:
        return min(in_clause, key=lambda d: min(abs(d[0] - end), abs(start - d[1])))[2]
    # "截至今年6月底，…突破30万亿", "By the end of June, …": a clause that is only a date sets it
    # for the clause after it.
    if clause_start > 0:
        previous_start = max(sentence.rfind(c, 0, clause_start - 1) for c in ",，;；") + 1
        previous = sentence[previous_start:clause_start - 1]
        leading = [d for d in dates if d[0] >= previous_start and d[1] <= clause_start - 1]
        if leading and not re.search(r"\d", NUMBER_FREE.sub("", previous)):
            return leading[-1][2]
    return f"{published:%Y-%m}" if published else None


# Date words whose digits do not count as a figure of their own in a leading date clause.
NUMBER_FREE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|" + MONTH_RE + r"\s*\d{0,2}(?:,?\s*\d{4})?|"
                         r"\b(?:19|20)\d{2}\b", re.I)


# --------------------------------------------------------------------------- classification


def _per_day(value: Decimal, period: str, as_of: str | None) -> float | None:
    if period is None:
        return None
    if period == "total":
        return None
    try:
        when = N.parse_period(as_of) if as_of else N.parse_period("2000-01")
    except ValueError:
        return None
    return float(N.per_day(value, period, when).tokens_per_day)


def _currency(sentence: str, num: Num) -> str | None:
    """The currency when the number is money: a sign or code just before it or its qualifier
    ("RMB9.9", "over $5 billion", "€5.5 billion"), or a currency word just after it ("380 billion yuan")."""
    if re.search(r"(?:cents?|¢)$", num.text, re.I):
        return "USD"
    if re.search(r"分(?:钱|錢)?$", num.text):
        return "CNY"
    found = MONEY_AFTER.match(sentence[num.end:num.end + 20])  # " Swedish kroner" too
    after = found.group(0).strip() if found else ""
    for end in (num.start, num.qualifier_start):
        sign = MONEY_BEFORE.search(sentence[max(0, end - 8):end])
        if sign:
            mark = sign.group(0).strip()
            if mark == "$" and after and re.fullmatch(N.CURRENCY_CODES, after):
                return N.CURRENCY_OF.get(after.lower())  # "$685 million CAD": the code names the dollars
            if mark in ("R", "P", "PHP", "N") and not num.scaled:
                return None  # "R4-billion", "P1-billion", "N366bn" are rand, pesos and naira; "DeepSeek R1", "ONLY R63pm",
                # "PHP 8", "N95" are not
            return _by_sign(mark.lower().rstrip("."), sentence)  # "Rp.5 trillion", "Rs. 5 billion" as "rp", "rs"
    if after.lower() in NAMED_BEFORE:
        return _named_before(after.lower(), sentence[:num.start])
    if found:
        return _by_sign(re.sub(r"\s+", " ", found.group(0).strip(" \t\n-").lower()), sentence)
    return None


# "After closing a commitment 15.7 billion euros …, the community now secures another 7.5 billion to continue building",
# "… the second largest investor in data centers in the country, surpassing the 6.6 billion that Microsoft allocated":
# an English amount in millions or billions with no currency of its own, beside an investment word, is in the currency
# of the amounts the page gave before it, when they are all in one; a noun after it ("6 billion parameters", "1.4
# billion people") says it counts something else, and a letter before it is a sign of its own, read or not.
BARE_BILLIONS = re.compile(r"\d\s*(?:million|billion|trillion)$", re.I)
BARE_AMOUNT_AFTER = re.compile(r"^\s*(?:to|that|in|into|for|on|from|and|which|it|this|[,.;)]|$)(?!\s*(?:tokens?|users?|people|parameters?)\b)",
                               re.I)


def _currency_told_before(head: str) -> str | None:
    """The one currency of the amounts with a magnitude in `head`, or None when it gives none or several."""
    told = {currency for num in numbers_in(head) if num.scaled and (currency := _currency(head, num))}
    return told.pop() if len(told) == 1 else None


def _by_sign(key: str, sentence: str) -> str:
    """The currency a sign or word names, or the country's where several share it ("the more than ¥100 billion ($650
    million) cost" of a data centre on Hokkaido; "Rs 5 billion" in Kathmandu; "FCFA 25 billion" in Dakar)."""
    by_country = next((code for country, code in SIGN_BY_COUNTRY.get(key, ()) if country.search(sentence)), None)
    return by_country or N.CURRENCY_OF.get(key, "CNY")


# Currency words several countries share, read by what the sentence names before them; unnamed, no currency is
# guessed. "invested 600 million Danish kroner ($87 million) … an additional 100 million kroner": the kroner named
# before (Danish and Norwegian both write "kroner"); "the Altech Group, the owner of Kenya Data Network, … intends to
# invest an impressive 830 million shillings": the country named before (Kenya, Uganda and Tanzania all have them).
NAMED_BEFORE = {
    "kroner": (re.compile(r"\b(Danish|Norwegian|Swedish)\s+kron(?:er|or|e)\b", re.I),
               {"danish": "DKK", "norwegian": "NOK", "swedish": "SEK"}),
    "shillings": (re.compile(r"\b(Kenya|Uganda|Tanzania)n?\b", re.I), {"kenya": "KES", "uganda": "UGX", "tanzania": "TZS"}),
}


# "Another firm Masinga Data is planning Sh6 billion green facility": East African papers write shillings "Sh" or "Shs"
# joined to the amount; they take the country the page named before them, as bare "shillings" do (set 393)
SHILLING_SIGN_BEFORE = re.compile(r"\b(?-i:Shs?)\.?\s?$")


def _named_before(word: str, head: str) -> str | None:
    """The currency the last name in `head` gives a shared currency word ("kroner", "shillings"), or None."""
    pattern, codes = NAMED_BEFORE[word]
    named = pattern.findall(head)
    return codes[named[-1].lower()] if named else None


def _horizon(sentence: str) -> float | None:
    found = re.search(r"(?:over|in|within|across) the (?:next|coming) (\w+) years|未来(\w)年|(\w)年内", sentence, re.I)
    if not found:
        return None
    word = next(g for g in found.groups() if g)
    if word.isdigit():
        return float(word)
    return float(WORD_NUMBERS.get(word.lower(), ZH_NUMBERS.get(word, 0))) or None


def _actor(sentence: str, before: int) -> str | None:
    head = sentence[:before]
    found = re.search(r"([A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and))*)\s+(?:Group\s+)?"
                      r"(?:announced|said|says|will|plans|pledged|committed|confirmed|is|has|to)\b", head)
    if found and found.group(1) not in ("The", "On", "In", "By", "CEO"):
        return found.group(1).strip()
    found = re.search(r"([\u4e00-\u9fff]{2,10}?)(?:宣布|将|計劃|计划|拟)", head)
    return found.group(1) if found else None


@dataclass
class _Sentence:
    """One sentence and what is known around it, shared by the steps of `candidates_in`."""
    text: str
    offset: int
    published: date | None
    dates: list[tuple[int, int, str]]
    recent: frozenset[str]
    recent_period: str | None
    has_token: bool  # the sentence is about tokens (or continues one that was)
    token_row: bool  # a short row under a heading about tokens: its quantities are tokens, its "N×" are not growth
    capex_row: bool  # a short row under a heading about capex ("Company2026 CapEx GuidanceChange"): its amounts are capex
    follows_volume: bool  # a token volume was found in the two sentences before
    continues: bool  # ... and nothing in this one counts other things
    article_unit: float | None = None  # the unit the article's list prices are given in, when it gives one
    previous: str = ""  # the sentence before, which may say what a project is
    following: str = ""  # the sentence after, which may say what a project will be ("建成后将拥有40万台服务器的云资源能力")
    lead: str = ""  # the page's first sentence, which names the project "这个项目" means
    page: str = ""  # the whole page, the sentence at `offset` in it
    # amounts read as investments and refused in prose, with their currency and place on the page, for the page-wide rules
    refused: list[tuple[float, str | None, int]] | None = None

    def before(self, num: Num, width: int) -> str:
        return N.window_before(self.text, num.qualifier_start, width)


def candidates_in(sentence: str, offset: int, published: date | None, token_context: bool = False,
                  recent: frozenset[str] = frozenset(), recent_period: str | None = None,
                  under_token_heading: bool = False, article_unit: float | None = None,
                  under_capex_heading: bool = False, previous: str = "", following: str = "",
                  lead: str = "", page: str = "", refused: list | None = None) -> list[Candidate]:
    """Candidates in one sentence. `token_context`: the article is about tokens, so a usage
    sentence without the word ("日均使用量超过1.3万亿") still counts tokens. `under_token_heading`: the
    sentence is a short row under a heading about tokens ("Provider Period Token Consumption" then
    "Jul 2025 980T +43%"), so its quantities count tokens too; `under_capex_heading` the same for capex
    ("Company2026 CapEx GuidanceChange" then "Amazon~$200BSharp jump from prior years"). `article_unit`: the unit the article's list
    prices are given in ("per million tokens"), for shorthand like "$12 input and $48 output". `page`: the whole page
    (the sentence starts at `offset` in it), whose earlier amounts give a bare "another 7.5 billion" its currency. `refused`
    collects the amounts a sentence of prose reads as investments and refuses. `recent`: the kinds
    found in the two sentences before. After a token volume, "this figure rose to 140 trillion",
    "Last year that climbed to 480 trillion" and "It had jumped seven times" continue it (a
    quantity of a billion or more with its magnitude word, with `recent_period` when it names
    none); after an investment, "that number is expected to land between $180 billion and ...".

    Three steps: sort each number into a multiple, money or a token quantity; read the money as
    list prices, plan prices or investments (pairing plans with their allowances); what is left of
    the token quantities are volumes."""
    nums = sorted(numbers_in(sentence), key=lambda n: n.start)
    follows_volume = "token_volume" in recent
    ctx = _Sentence(
        text=sentence, offset=offset, published=published, dates=dates_in(sentence, published), recent=recent,
        recent_period=recent_period, follows_volume=follows_volume,
        has_token=(bool(TOKEN_WORD.search(sentence)) or (token_context and bool(USAGE_WORD.search(sentence)))
                   or (follows_volume and bool(ANAPHORA.search(sentence)))),
        # A quantity continuing a volume from the sentences before must not sit among counts of other
        # things ("13 products with over 1 billion monthly active users, 5 of which have over 3 billion").
        continues=follows_volume and not any(NOT_TOKENS_AFTER.match(sentence[n.end:n.end + 24]) for n in nums),
        token_row=under_token_heading, capex_row=under_capex_heading, article_unit=article_unit, previous=previous,
        following=following, lead=lead, page=page, refused=refused if PROSE_END.search(sentence) else None)
    out, money, token_qty, bare = _sort_numbers(ctx, nums)
    money = _without_bands(sentence, money)
    allowance = _money_candidates(ctx, money, token_qty, out)
    _share_unit_prices(ctx, out, money, bare)
    out += _volume_candidates(ctx, [t for t in token_qty if t.start not in allowance])
    out = [c for c in out if not (c.kind == "plan_price" and c.value == 0)]  # "$0 to build": free, not a price
    out.sort(key=lambda c: (c.start, c.position, KINDS.index(c.kind)))
    return out


def _sort_numbers(ctx: _Sentence, nums: list[Num]) -> tuple[list[Candidate], list, list[Num], list[Num]]:
    """Multiples (as candidates), money (with its currency), token quantities and the bare numbers left."""
    sentence = ctx.text
    date_spans = [(s, e) for s, e, _ in ctx.dates]
    multiples, money, token_qty, bare = [], [], [], []
    for num in nums:
        if any(s <= num.start and num.end <= e for s, e in date_spans) and not num.scaled:
            continue  # part of a date: "2024年", "March 9"
        after = sentence[num.end:num.end + 24]
        if PERCENT_AFTER.match(after):
            continue
        multiple_match = MULTIPLE_AFTER.match(after)
        if multiple_match and num.scaled and num.value >= 10**9:
            multiple_match = None  # "soared to 20.4 trillion times": a count (调用次数); "grown one million times" stays a multiple
        if multiple_match or num.text.lower() in VERB_FACTORS:
            multiple_end = num.end + (multiple_match.end() if multiple_match else 0)
            rest = sentence[multiple_end:]
            if not (ctx.has_token or ctx.follows_volume) or MULTIPLE_NOT_TOKENS.match(rest) or FREQUENCY_AFTER.match(rest) \
                    or MULTIPLIED.search(sentence) \
                    or MULTIPLE_NOT_TOKENS_BEFORE.search(ctx.before(num, 60)) or COUNTRY_BASE_BEFORE.search(ctx.before(num, 12)) \
                    or FORECAST_GROWTH_BEFORE.search(ctx.before(num, 30)) or FORECAST_CLAUSE.search(sentence[:num.start]) \
                    or not (GROWTH_WORD.search(sentence) or ctx.dates):
                continue  # a multiple of something else: datasets, base stations, prices, requests, speed
            multiples.append(_candidate("multiple", sentence, ctx.offset, num, end=multiple_end,
                                        factor=float(num.value),
                                        as_of=date_near(ctx.dates, sentence, num.start, num.end, None)))
            continue
        currency = _currency(sentence, num)
        if currency and CONVERTED_PRICE_BEFORE.search(N.window_before(sentence, num.start, 40)):
            continue  # "(¥0.1/1K tokens ≈ $1.4/M tokens)": the outlet's conversion of the price before it
        if currency and (ARITHMETIC_BEFORE.search(ctx.before(num, 12)) or FORMULA_RATE_BEFORE.search(ctx.before(num, 60))):
            continue  # "1000 × $0.30/1M = $0.0003", "Price = Tokens × Rp 0.15": the outlet's arithmetic, not a price
        if currency and OUTLET_SUM_BEFORE.search(ctx.before(num, 32)) and not UNIT_PRICE_AFTER.match(sentence[num.end:num.end + 60]):
            continue  # "the difference translates to roughly $23 per month"; "works out to ¥0.99 per 1M tokens" is a unit price
        if not currency and re.search(r"[亿億]", num.text) \
                and (_invest.CAPEX_SHORTHAND.search(ctx.before(num, 16) + "|" + sentence[num.end:num.end + 12])
                     or _invest.BUILT_WITH.match(sentence[num.end:]) or _invest.SPENT_ZH_BEFORE.search(ctx.before(num, 8))
                     or _invest.SPAN_OF_YEARS_BEFORE.search(ctx.before(num, 8))
                     or (_invest.PART_SHORTHAND_ZH.search(ctx.before(num, 8))
                         and _invest.WHOLE_IN_YUAN_ZH.search(sentence[:num.start]))) \
                and not FOREIGN_CURRENCY_AFTER.match(sentence[num.end:]) \
                and not TOKEN_WORD.search(after) and not NOT_TOKENS_AFTER.match(after):
            currency = "CNY"  # "“3 年 3,800 亿” 资本开支计划": Chinese shorthand leaves out 元 beside an investment word
        if not currency and num.scaled and BARE_BILLIONS.search(num.text) and BARE_AMOUNT_AFTER.match(sentence[num.end:]) \
                and not re.search(r"[^\W\d]$", sentence[:num.start]) and _invest.word_near(sentence, num):
            currency = _currency_told_before(ctx.page[:ctx.offset] + sentence[:num.qualifier_start])
        if not currency and num.scaled and SHILLING_SIGN_BEFORE.search(sentence[max(0, num.start - 5):num.start]):
            currency = _named_before("shillings", ctx.page[:ctx.offset] + sentence[:num.start])
        if not currency and not num.scaled and num.value < 10**4:
            unit_after = UNIT_PRICE_AFTER.match(sentence[num.end:num.end + 60])
            if unit_after and unit_after.group("tokens"):
                currency = _currency_word_before(sentence, num.start)  # "yuan rates of 0.025, 3 and 6 per million tokens"
        if currency:
            money.append((num, currency))
            continue
        bare.append(num)
        explicit = bool(TOKEN_AFTER.match(after))
        if not num.scaled and not (explicit and num.value >= 1000) and num.value < 10**6:
            continue  # "2 tokens", years and other small numbers without a magnitude
        refused = NOT_TOKENS_AFTER.match(after)
        # "调用量突破50万亿次": Chinese reports count token calls in 次; a few hundred million 次
        # are API requests ("日均调用量达2亿次"), not tokens. The same in English: "from 100 billion
        # daily calls in early 2024" counts token calls.
        if refused and re.sub(r"\W|daily|monthly|weekly", "", refused.group(0).lower()) in ("次", "calls", "call") \
                and ctx.has_token and num.value >= 10**11:
            refused = None
        converted = "≈" in sentence[num.qualifier_start:num.start] and \
            re.search(r"\d\s*\S{0,6}\s*$", N.window_before(sentence, num.qualifier_start, 12))
        # "(>100M tokens/month)"; a tier "200万+ 0.08"; "At 10M+ tokens per month, going direct is cheaper"
        threshold = re.search(r"[(（]\s*[>≥]\s*$", sentence[:num.start]) \
            or re.match(r"\+[ \t]+\d", sentence[num.end:]) \
            or (AT_LEAST_BEFORE.search(sentence[:num.qualifier_start]) and sentence[num.end:num.end + 1] == "+")
        if refused or converted or threshold or NOT_USAGE_BEFORE.search(sentence[:num.qualifier_start]) \
                or NOT_USAGE_AFTER.match(sentence[num.end:num.end + 60]) \
                or ((num.qualifier in ("lower_bound", "approximate") or sentence[num.end:num.end + 1] == "+")  # "used 1T+"
                    and PER_CUSTOMER_BEFORE.search(sentence[:num.qualifier_start])) \
                or (not explicit and COUNT_BEFORE.search(ctx.before(num, 40))):
            continue
        if explicit or ((ctx.has_token or ctx.token_row) and num.scaled and num.value >= 10**6) \
                or (ctx.continues and num.scaled and num.value >= 10**9):
            token_qty.append(num)
    return multiples, money, token_qty, bare


def _money_candidates(ctx: _Sentence, money: list, token_qty: list[Num], out: list[Candidate]) -> set[int]:
    """List prices, plan prices (a price with the nearest token quantity as its allowance) and
    investments, appended to `out`; returns where the allowances start."""
    sentence = ctx.text
    allowance: set[int] = set()
    last_investment_end = None  # "Amazon at $200 billion, Alphabet at $175–185 billion and Meta at ...": one list
    refused_end = None  # where the last amount refused as a sum or an estimate ends
    accepted_end = None  # where the last investment ends: "... up from the earlier range of $66 billion" is its baseline
    shorthand = False  # whether a list price in the article's unit, left out, came before in this sentence
    conversion_end = None  # where the last amount read as a conversion in brackets ends
    for index, (num, currency) in enumerate(money):
        if QUOTED_EXAMPLE_BEFORE.search(ctx.before(num, 8)):
            continue  # "prices are quoted per million tokens ('$3 / 1M input')": an example of the format
        if COUNT_AT_RATE_BEFORE.search(ctx.before(num, 60)):
            continue  # "(109,080 tokens @ $10.00/1M)$1.09": what a count of tokens costs at a rate
        if COST_AT_RATE_AFTER.match(sentence[num.end:num.end + 40]):
            load = [t for t in token_qty if t.end <= num.qualifier_start][-1:]  # the tokens the cost is worked for
            allowance.update(t.start for t in load)
            continue  # "is 50M input tokens — that's $150/day at $3/MTok": what a load costs for a period at a rate
        if RATE_OF_A_COST_BEFORE.search(ctx.before(num, 40)):
            continue  # the rate that cost was worked out at
        if AVERAGE_ASIDE_BEFORE.search(ctx.before(num, 16)):
            continue  # "$0.13 per 1M (average: $0.10)": the average of other models, in brackets
        if index and (BRACKET_BEFORE.search(ctx.before(num, 24))
                      or (OR_CONVERTED_BEFORE.search(ctx.before(num, 40)) and money[index - 1][1] != currency)
                      or (conversion_end is not None and CONVERSION_OR_GAP.match(sentence[conversion_end:num.qualifier_start]))):
            conversion_end = num.end
            continue  # "380 billion yuan (about 53 billion U.S. dollars)", "NIS 4.8 billion, or roughly $US1.5 billion": a conversion
        if (_example(sentence, num) and not NAMED_MODEL_PRICED_BEFORE.search(ctx.before(num, 80))) or (
                "\n" not in sentence.strip() and WHAT_IF_LIST_OPENER.match(ctx.previous)) or (
                WORKED_SUM.search(sentence) and WHAT_IF_OPENING.match(ctx.previous)):
            continue  # an example or a what-if, not a price or an amount anyone reported
        if USAGE_COST_AFTER.match(sentence[num.end:]):
            continue  # "would burn through 200M tokens at ~$4 of paid usage": what some usage costs, not a price
        unit = _unit_price(sentence, num, ctx.article_unit, currency)
        if not unit and ctx.article_unit and num.value < 10**3 and (
                IO_SHORTHAND_AFTER.match(sentence[num.end:num.end + 12]) or IO_SHORTHAND_BEFORE.search(ctx.before(num, 40))
                or (not FEE_WORD.search(sentence) and _slash_pair(sentence, num))
                or (shorthand and SHORTHAND_COMPARED_BEFORE.search(ctx.before(num, 60)))
                or (re.match(r"\s*[)）]", sentence[num.end:num.end + 3])
                    and (COMPARED_BRACKET_BEFORE.search(ctx.before(num, 60))
                         or (shorthand and LISTED_BRACKET_BEFORE.search(ctx.before(num, 60)))
                         or (CELL_BRACKET_AFTER.match(sentence[num.end:]) and CELL_BRACKET_BEFORE.search(ctx.before(num, 80)))))):
            unit = ctx.article_unit, num.end, num.end  # "at $12 input and $48 output": the article's unit, left out
            shorthand = True
        if unit and SELF_SERVED_COST.search(_clause(sentence, num.qualifier_start, num.end)):
            continue  # a cost of running a service, not a list price
        if unit and MODAL_FLOOR_BEFORE.search(ctx.before(num, 40)):
            continue  # "larger models … can exceed $3.00 per 1M output tokens": a floor for some models, no one's price
        if unit and CONVERSION_HOWTO_BEFORE.search(ctx.before(num, 60)):
            continue  # "To convert: $3.00 per 1M tokens = 0.000003 per token": a guide's worked conversion, no one's price
        if unit:
            per, unit_start, unit_end = unit
            allowance.update(t.start for t in token_qty if unit_start <= t.start < unit_end)
            cand = _candidate("plan_price", sentence, ctx.offset, num, currency=currency, tokens_included=per,
                              period=UNIT_PERIOD[per])
            cand.tokens_published = sentence[unit_start:unit_end].strip() or None
            if unit_start == unit_end:
                cand.notes.append("the sentence gives no unit: the article's list prices are per million tokens; check it")
            out.append(cand)
            continue
        bought = re.match(r"\s*(?:yuan|元|美元|dollars)?\s*(?:for|buys|gets|含|包含)\s*", sentence[num.end:])
        buys_tokens = bool(bought) and any(t.qualifier_start == num.end + bought.end() for t in token_qty)
        per_unit = any(UNIT_GAP.fullmatch(sentence[num.end:t.qualifier_start]) for t in token_qty if t.qualifier_start >= num.end)
        if token_qty and not per_unit and (PLAN_WORD.search(sentence) or any(abs(t.start - num.end) < 40 for t in token_qty)) \
                and num.value < 10**6 and (buys_tokens or not COST_BEFORE.search(ctx.before(num, 30))) \
                and not ESTIMATE_WORD.search(ctx.before(num, 80)) \
                and not FREE_CREDIT.search(sentence) \
                and not BUDGET_BEFORE.search(ctx.before(num, 20)) \
                and not SAVING_BEFORE.search(ctx.before(num, 40)):  # "estimated monthly spend is ~$1,000 (Opus)"; sign-up credit; a budget
            tokens = min(token_qty, key=lambda t: abs(t.start - num.start))
            allowance.add(tokens.start)
            billing = "month" if re.search(r"per month|a month|/month|monthly|月", sentence, re.I) else "purchase"
            cand = _candidate("plan_price", sentence, ctx.offset, num, currency=currency, period=billing,
                              tokens_included=float(tokens.value))
            cand.tokens_published = sentence[tokens.qualifier_start:tokens.end].strip()
            out.append(cand)
        elif (_invest.word_near(sentence, num) or ctx.capex_row or ("investment" in ctx.recent and ANAPHORA.search(sentence))
              # "前四個…總含稅價超17億元;後兩個…總含稅價約34億元": a clause after a semicolon that labels its amount as the
              # clause before labelled an investment goes on with it
              or ("investment" in ctx.recent and re.search(r"[;；]\s*$", ctx.previous)
                  and (label := _label_before(ctx.before(num, 16))) is not None and label in ctx.previous
                  and _invest.word_near(ctx.previous + sentence, _shifted(num, len(ctx.previous))))
              or ("investment" in ctx.recent and _invest.ROUND_VERB_BEFORE.search(ctx.before(num, 20))
                  and not _invest.SALES_WORD.search(sentence))
              or (_invest.PARTS_FROM_BEFORE.search(sentence[:num.start]) and _invest.PART_FROM_AFTER.match(sentence[num.end:])
                  and _invest.INVEST_WORD.search(ctx.previous))
              # "…recruitment of data centers. Greensboro recently landed a $600 million one": "one" stands for them
              or (_invest.ONE_AFTER.match(sentence[num.end:]) and _invest.DATA_CENTRES_WORD.search(ctx.previous))
              or (last_investment_end is not None and num.qualifier_start - last_investment_end <= 60
                  and not _invest.LIST_BREAK.search(sentence[last_investment_end:num.qualifier_start]))
              or (accepted_end is not None and _invest.BASELINE_GAP.match(sentence[accepted_end:num.qualifier_start]))) \
                and num.value >= 10**8:
            if _invest.named_otherwise(sentence, num):
                if ctx.refused is not None:  # "$525 million in … asset-backed securitization": debt, whatever a title
                    ctx.refused.append((float(num.value), currency, ctx.offset + num.start))  # restating it calls it
                continue
            last_investment_end = num.end  # an estimate or a sum still starts a list of amounts
            if _invest.refused(sentence, num, _clause(sentence, num.qualifier_start, num.end),
                               _clause_start(sentence, num.qualifier_start), refused_end, ctx.previous, ctx.following, ctx.lead):
                refused_end = num.end  # "... collective spend to over $470 billion this year, up from $350 billion"
                if ctx.refused is not None:
                    ctx.refused.append((float(num.value), currency, ctx.offset + num.start))
                continue
            if accepted_end is not None and _invest.RANGE_TOP_GAP.match(sentence[accepted_end:num.qualifier_start]):
                continue  # "1150 亿美元 至 1350 亿美元": the upper end of a range given by its lower end
            if accepted_end is not None and _invest.PART_GAP.match(sentence[accepted_end:num.qualifier_start]) \
                    and not _invest.COMPUTE_PART_AFTER.match(sentence[num.end:]):
                continue  # "7 trillion won ($5.1 billion), including $4 billion raised through investment from AWS": a part
            accepted_end = num.end
            out.append(_candidate("investment", sentence, ctx.offset, num, currency=currency,
                                  horizon_years=_horizon(sentence), actor=_actor(sentence, num.qualifier_start),
                                  as_of=date_near(ctx.dates, sentence, num.start, num.end, ctx.published)))
    return allowance


def _volume_candidates(ctx: _Sentence, token_qty: list[Num]) -> list[Candidate]:
    """Token quantities that are reported volumes, not yardsticks, typical ranges or what-ifs."""
    sentence = ctx.text
    out = []
    for num in token_qty:
        if num.value <= 10**6:
            continue  # "1,000 tokens" per image, "200,000 tokens" of context, "per 1M tokens": never volumes
        if num.text.split()[0].lower() in ("a", "one") and num.qualifier == "exact" \
                and not period_near(sentence, num.start, num.end):
            continue  # "at a billion tokens", "one million tokens is the length of Harry Potter": a yardstick
        if ((ALLOWANCE_WORD.search(sentence) or FREE_CREDIT.search(sentence)) and not USAGE_WORD.search(sentence)) \
                or FREE_AFTER.match(sentence[num.end:]):
            continue  # "| China Unicom | 30 million tokens | Free trial quota |": what a plan gives, not what was used
        if _tables.is_table_line(sentence) and _priced_row_elsewhere(sentence, num):
            continue  # "| <= 3B | $0.10 per Million Tokens |": a model's size beside a price per tokens
        estimate = ESTIMATE_BEFORE.search(ctx.before(num, 60)) or (
            _tables.is_table_line(sentence) and ESTIMATE_WORD.search(sentence))
        if TYPICAL_BEFORE.search(ctx.before(num, 80)) or (estimate and not MEASURED_BEFORE.search(ctx.before(num, 20))) \
                or _example(sentence, num) or TIMES_PRICE_AFTER.match(sentence[num.end:]):
            continue
        as_of = date_near(ctx.dates, sentence, num.start, num.end, ctx.published)
        if as_of and ctx.published and as_of[:4] > f"{ctx.published:%Y}":
            continue  # dated after the article itself ("by 2030"): a forecast
        period = period_near(sentence, num.start, num.end) or (ctx.recent_period if ctx.follows_volume else None) \
            or "total"
        cand = _candidate("token_volume", sentence, ctx.offset, num, as_of=as_of, period=period)
        cand.tokens_per_day = _per_day(num.value, period, as_of)
        out.append(cand)
    return out


def _priced_row_elsewhere(row: str, num: Num) -> bool:
    """Whether a table row's only tokens are those of a price in another cell: the number's own cell names no tokens."""
    return not TOKEN_WORD.search(_tables.cell_at(row, num.start)) \
        and bool(ARTICLE_PER_MILLION.search(row) or ARTICLE_PER_THOUSAND.search(row))


CURRENCY_WORD = re.compile(r"yuan|元|RMB|CNY|人民币|人民幣|US\$|USD|dollars?|美元|\$", re.I)
# Between two prices of one list: "$0.435 input and $0.87 output", "1 yuan for input, 2 yuan per million tokens".
PRICE_LIST_GAP = re.compile(r"^[\s,，、;；()（）:：/—–]*(?:(?:and|or|while|to|from|down|up|input|output|in|out|cache[- ]?(?:hit|miss)s?|"
                            r"was|previously|formerly|originally|"  # "$0.8939 (was $0.95)": the price it replaced
                            r"hits?|for|at|is|are|of|the|after|only|now|then|discounted|priced|drops?|cut|list|rates?|"
                            # "a premium over the standard $5 / $25, but a sharp reduction from the $30 / $150", "(1M context at $3/$15)";
                            # names are capitalised or hold a digit ("Sonnet 4.6", "o3"): other prose does not join two prices
                            r"a|an|but|over|premium|reduction|sharp|standard|context|\d+(?:\.\d+)*[KkM]?|"
                            r"(?-i:[A-Z])[\w.-]*(?:-[\w.]+)*|[a-z]+\d[\w.-]*|输入|输出|輸入|輸出|缓存命中|缓存未命中|"
                            r"分别为|分別為|均为|均為|为|為|和|及|与|與|降至|降为|降為)(?![a-z])[\s,，、;；()（）:：/—–]*){0,8}$", re.I)
# "that's $150/day at $3/MTok": a cost for a period worked out at a rate; neither the cost nor the rate it was worked at
# is anyone's price
_PERIOD_AT = r"\s*(?:/\s*|per\s+|an?\s+)(?:day|week|month|year|hour|hr)\s+at\s+"
COST_AT_RATE_AFTER = re.compile(r"^" + _PERIOD_AT + _PRICE_SIGN + r"?\s*\d", re.I)
RATE_OF_A_COST_BEFORE = re.compile(_PRICE_SIGN + r"\s*\d[\d.,]*" + _PERIOD_AT + _PRICE_SIGN_END, re.I)
# "GPT-4o (109,080 tokens @ $10.00/1M)$1.09": a count of tokens at a rate, in a bracket; the amount right after it is
# what that count costs, not a price
COUNT_AT_RATE_BEFORE = re.compile(r"\btokens?\s*(?:@|×|x)\s*(?:US\$|\$|¥|￥)?\s*[\d.,]+\s*/\s*(?:1\s*)?[KM]\w*\s*[)）]\s*(?:US\$|\$|¥|￥)?\s*$", re.I)
QUOTED_EXAMPLE_BEFORE = re.compile(r"[(（]\s*['‘\"“]\s*(?:US\$|\$|¥|￥)?\s*$")
# "$8/MTok(约¥58.4)", "$17.5 billion (Rs 1.5 lakh crore)": a conversion in brackets right after an amount (set 348 for
# rupees); "GPT-4.1 ($2/$8)" opens a list of prices instead,
# and so does a model whose name ends in 元 ("腾讯混元 (¥0.015/1K …)").
BRACKET_BEFORE = re.compile(r"(?:[$¥￥]\d[\d.,]*|\d[\s-]*(?:billion|million|trillion|bn|tn|" + N.INDIAN_SCALE + r"|[BMT](?![a-z])|" + _SHORT_SCALE + r"|亿|億|万|萬)|/\s*[KM]|Tok|tokens?|(?<=[\d亿億万萬千百十])\s*元|美元|"
                            r"yuan|dollars?|euros?|\bwon|韩元|韓元|kronor|kroner|crowns|koruna|forints?|z[łl]otys?|\btaka|rupees|\bdong|\bbaht|\byen|\bringgit|\bliras?|\b(?-i:TL)|日元|日圓|澳元|新元|林吉特|人民币|人民幣|RMB|CNY|USD|KRW|SEK|INR|VND|THB|JPY|AUD|SGD|MYR|\b(?-i:" + N.CURRENCY_CODES + r"))\s*[(（]\s*"
                            # "$240 million (over N366bn)": a conversion rounded down, too (set 373)
                            r"(?:约合|約合|合约|合約|约|約|about|approx(?:imately|\.)?|roughly|around|some|~|over|more\s+than|nearly|almost)?\s*"
                            r"(?:US\$|(?-i:S|AU?|NZ|NT|CA?|R)\$|\$|¥|￥|€|£|" + _TWD_ZH + r"|港币|港幣|人民币|人民幣|美元|"
                            r"₱|₹|₦|₺|\b(?-i:" + N.CURRENCY_CODES + r"|Rs\.?|Rp|R|RM|Rm|P|N|TL)\s?)?\s*$", re.I)  # "$15 billion (€12.8 billion)", "（合約新台幣7,158億元）", "(around BRL 3 billion)"
OR_CONVERTED_BEFORE = re.compile(r"\d\s*(?:billion|million|trillion|bn|[BM])\s*,?\s+or\s+(?:roughly\s+|about\s+|around\s+|"
                                 r"approximately\s+|some\s+|nearly\s+)?(?:US\$|\$US|\$|€|£|\b(?-i:Rp|R|RM))\s*$", re.I)
# "(approximately Rp 0.15 per token or Rp 149.99 per 1,000 tokens)": the bracket's next amount restates the same price
CONVERSION_OR_GAP = re.compile(r"^[^()（）.;。]{0,30}?\s(?:or|或)\s+(?:about\s+|approximately\s+|roughly\s+|~)?"
                               + RATE_SIGN + r"\s*$", re.I)
MODEL_TIER_BEFORE = re.compile(r"\b(?:Large|Small|Medium|Mini|Nano|Pro|Flash|Lite|Turbo|Plus|Max|Ultra|Sonnet|Opus|Haiku)\s+$")
# "…, while the smaller GPT-5 Pro costs $7.50 and $30 respectively": a pair that takes the unit of the prices before it
RESPECTIVELY_AFTER = re.compile(r"^(?:\s*(?:,|and)\s*(?:US\$|\$|¥|￥)?\s*\d[\d.,]*)*\s*,?\s*respectively\b", re.I)
RATIO_AFTER = re.compile(r"\s*[:：]\s*\d")
BARE_LIST_GAP = re.compile(r"^[\s,，、]*(?:(?:and|or|down from|up from|from|和|及|与)[\s,，、]*)?$", re.I)


def _currency_word_before(sentence: str, start: int) -> str | None:
    found = None
    for found in CURRENCY_WORD.finditer(sentence, 0, start):
        pass
    if not found:
        return None
    return N.CURRENCY_OF.get(found.group(0).lower(), "CNY")


# "Input pricing across frontier models has converged between $0.50 and $2.00", "contextualized variants
# $0.008–$0.05/M": a band of prices across models nobody names, not any model's list price.
BAND_GROUP_BEFORE = re.compile(r"\b(?:models|variants|tiers|providers|vendors|options|offerings)\b[^.;$¥￥]{0,40}"
                               r"(?:US\$|\$|¥|￥)?$", re.I)
# "Frontier models (GPT-4o, Claude Sonnet 4, Gemini 2.5 Pro) charge $1-15": a class of models, its examples in brackets
# (whose commas end the clause, so it is read from the sentence's start)
BAND_CLASS_BEFORE = re.compile(r"\bmodels\s*[(（][^()（）]{0,80}[)）][^.;$¥￥()（）]{0,40}(?:US\$|\$|¥|￥)?$", re.I)
RANGE_NEXT = re.compile(r"^\s*(?:–|-|to\b|and\b)\s*(?:US\$|\$|¥|￥|USD\s?)?\s*\d")  # "between USD 0.60 and USD 20" too
# "ranges from $0.10 to $4.00 per million input tokens …, depending on the model": a band however it is introduced
# "an honest $0.30 to $0.70 per Mtok band": one the outlet calls a band
BAND_AFTER = re.compile(r"^(?:[^.;。；]|\.(?=\d)){0,120}\b(?:depending on (?:the )?(?:models?|tier)|across (?:all )?(?:the )?models|"
                        r"varies by model|varying by model|bands?)\b", re.I)
# "Gemini Flash-Lite models: … costing as little as $0.075 per million input tokens": a family's floor
# "Small models (3B-8B)From $0.10 per 1M tokens": a class of models' floor, in a table cell or after a label
FAMILY_FLOOR_BEFORE = re.compile(r"\bmodels\b[^.;$¥￥]{0,60}(?:\b(?:as little as|as low as)|[)）:：|]\s*(?:from|starting\s+at|starts\s+at))"
                                 r"\s*(?:US\$|\$|¥|￥)?\s*$", re.I)
RANGE_JOIN = re.compile(r"^\s*(?:–|-|to|and)\s*(?:US\$|\$|¥|￥|USD\s?)?\s*$")


# "priced roughly between USD 0.60 and USD 20 per million tokens, depending on model size": a band's two ends, which a
# table row further on ("watsonx.ai inference (Granite)per million tokens$0.60 – $20") restates
PRICE_RANGE = re.compile(r"(?:US\$|\$|¥|￥|USD\s?)\s*(?P<a>\d[\d,]*(?:\.\d+)?)\s*(?:–|-|to|and)\s*(?:US\$|\$|¥|￥|USD\s?)?\s*"
                         r"(?P<b>\d[\d,]*(?:\.\d+)?)", re.I)


def _band_pairs(text: str) -> list[frozenset]:
    """The two ends of each band of prices the article says varies by model or tier."""
    return [frozenset((float(found.group("a").replace(",", "")), float(found.group("b").replace(",", ""))))
            for found in PRICE_RANGE.finditer(text) if BAND_AFTER.match(text[found.end():])]


def _without_restated_bands(found: list[Candidate], bands: list[frozenset]) -> list[Candidate]:
    """The candidates less list prices that are both ends of a band the article gave, read again in one sentence (a
    named model's own range, "GPT-4o mini ($0.15-0.6/M tokens)", is kept unless it is such a band)."""
    if not bands:
        return found
    prices: dict[int, set] = {}
    for cand in found:
        if cand.kind == "plan_price":
            prices.setdefault(cand.start, set()).add(cand.value)
    return [c for c in found if not (c.kind == "plan_price"
                                     and any(c.value in band and band <= prices[c.start] for band in bands))]


def _without_bands(sentence: str, money: list) -> list:
    """The money amounts less the two ends of any band of prices across unnamed models. A range after a band in the
    same sentence is the band's other side ("charge $1-15 per million input tokens and $5-75 per million output")."""
    kept, band_end, banded = [], None, False
    for num, currency in money:
        if band_end is not None and RANGE_JOIN.match(sentence[band_end:num.qualifier_start]):
            band_end = None
            continue  # the band's upper end
        clause = sentence[_clause_start(sentence, num.qualifier_start):num.qualifier_start]
        if num.value < 10**4 and (banded or BAND_GROUP_BEFORE.search(clause) or BAND_AFTER.match(sentence[num.end:])
                                  or BAND_CLASS_BEFORE.search(sentence[:num.qualifier_start])) \
                and RANGE_NEXT.match(sentence[num.end:num.end + 12]):
            band_end, banded = num.end, True
            continue
        kept.append((num, currency))
    return kept


def _share_unit_prices(ctx: _Sentence, out: list[Candidate], money: list, bare: list) -> None:
    """Prices listed beside a list price share its unit: "$0.435 input and $0.87 output",
    "rates of 0.025, 3 and 6 per million tokens, down from 0.1, 12 and 24". Money amounts may be
    joined by labels ("for input", "cache hits to"); bare numbers only by commas, "and" or "down from"."""
    sentence = ctx.text
    unit_of = {}  # start of a list price's words -> (their end, tokens per price, currency, unit words, period)
    for c in out:
        if c.kind == "plan_price" and c.period in UNIT_PERIOD.values() and c.value_published:
            unit_of[c.position] = (c.position + len(c.value_published), c.tokens_included, c.currency,
                                   c.tokens_published, c.period)
    if not unit_of:
        return
    taken = [(c.position, c.value) for c in out]  # a plan price with its own allowance is not read again
    pending = [(n, cur, False) for n, cur in money
               if n.value < _price_ceiling(cur) and not BRACKET_BEFORE.search(N.window_before(sentence, n.qualifier_start, 16))
               and not COUNT_AT_RATE_BEFORE.search(N.window_before(sentence, n.qualifier_start, 60))
               and not AVERAGE_ASIDE_BEFORE.search(N.window_before(sentence, n.qualifier_start, 16))
               and not any(n.qualifier_start - 8 <= p <= n.qualifier_start and v == float(n.value)
                                              for p, v in taken)] + \
              [(n, None, True) for n in bare if not n.scaled and n.value < 10**4 and ("." in n.text or n.value <= 1000)
               and not re.match(r"[A-Za-z]", sentence[max(0, n.start - 1):n.start])  # "V3 $0.07/M": a model's name
               and not re.match(r"[$¥￥]", sentence[n.end:n.end + 1])  # "Mistral Small 3.1$0.20/M": a version glued to a price
               and not MODEL_TIER_BEFORE.search(N.window_before(sentence, n.start, 12))
               and not PERCENT_AFTER.match(sentence[n.end:n.end + 4])
               and not RATIO_AFTER.match(sentence[n.end:n.end + 4])]  # "$8.00/MTok 1:1": an input/output ratio
    changed = True
    while changed:  # a price that joins the list lets the next one join too
        changed = False
        for num, currency, is_bare in pending:
            if any(s0 <= num.qualifier_start < e0 or s0 <= num.start < e0 for s0, (e0, *_) in unit_of.items()):
                continue
            best = None
            for s0, (e0, per, currency0, words, period) in unit_of.items():
                if e0 <= num.qualifier_start:
                    gap = sentence[e0:num.qualifier_start]
                elif num.end <= s0:
                    gap = sentence[num.end:s0]
                else:
                    continue
                if not is_bare:
                    gap = re.sub(r"^\s*(?:yuan|元|美元|dollars)|(?:US\$|\$|¥|￥|RMB)\s*$", "", gap)
                gap = re.sub(r"(?:per|/)\s*(?:1\s*)?(?:M|million|MTok)\b\s*(?:(?:input|output|cache[- ]?(?:hit|miss))\s*){0,2}"
                             r"(?:tokens?)?", "", gap, flags=re.I)
                if (len(gap) <= 45 and (BARE_LIST_GAP if is_bare else PRICE_LIST_GAP).match(gap)) \
                        or (not is_bare and len(gap) <= 120 and not re.search(r"[.;。；]", gap)
                            and RESPECTIVELY_AFTER.match(sentence[num.end:])):
                    if best is None or len(gap) < best[0]:
                        best = (len(gap), per, currency0, words, period)
            if best is None:
                continue
            _, per, currency0, words, period = best
            cand = _candidate("plan_price", sentence, ctx.offset, num, currency=currency or currency0, tokens_included=per,
                              period=period)
            cand.tokens_published = words
            cand.notes.append("the unit is written once for the whole list of prices")
            out.append(cand)
            unit_of[num.qualifier_start] = (num.end, per, currency or currency0, words, period)
            changed = True
    out.sort(key=lambda c: (c.start, c.position, KINDS.index(c.kind)))


# "1,000-token prompt": a thousands separator is not a clause mark; a space between two Chinese characters separates a
# headline's phrases ("加碼AI投資至230億美元 輝達限制若鬆綁"), and "but" two clauses ("a flat $8 per million … but … if you
# exceed 32,000 tokens": the what-if is the second's).
CLAUSE_MARK = re.compile(r"[，;；。]|,(?!\d{3})|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?<=\s)but(?=\s)")


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding position `at` begins: just after the punctuation before it."""
    marks = [m.end() for m in CLAUSE_MARK.finditer(sentence, 0, at)]
    return marks[-1] if marks else 0


def _clause(sentence: str, start: int, end: int) -> str:
    """The text between the punctuation around [start, end)."""
    left = _clause_start(sentence, start)
    right = CLAUSE_MARK.search(sentence, end)
    return sentence[left:right.start() if right else len(sentence)]


def _slash_pair(sentence: str, num: Num) -> bool:
    """Whether the amount is one of exactly two joined by a slash ("$0.50/$3"), not one of three ("$5/$8/$12")."""
    after, before = sentence[num.end:num.end + 12], N.window_before(sentence, num.qualifier_start, 12)
    joined_after, joined_before = re.match(r"\s*/\s*(?:US)?\$", after), re.search(r"\$\s*[\d.]+\s*/\s*(?:US)?\$?\s*$", before)
    return bool((SLASH_PAIR_AFTER.match(after) and not joined_before) or (SLASH_PAIR_BEFORE.search(before) and not joined_after))


def _example(sentence: str, num: Num) -> bool:
    """Whether the amount is in an example or a what-if: its own clause is one, or the whole sentence opens
    as an example and works out a sum ("例如一次 request 有 …,未計 cache 時就是 $1.00 + $0.50 = $1.50")."""
    at = num.qualifier_start - _clause_start(sentence, num.qualifier_start)  # the amount's place in its clause
    return _hypothetical(_clause(sentence, num.qualifier_start, num.end), at) or bool(
        EXAMPLE_OPENING.match(sentence) and WORKED_SUM.search(sentence)) or bool(
        EXAMPLE_ASIDE_BEFORE.search(sentence[:num.qualifier_start])) or bool(
        NOTATION_LESSON_OPENING.match(sentence) or WHAT_IF_OPENING.match(sentence))


def _hypothetical(clause: str, at: int | None = None) -> bool:
    """Whether a clause is an example or a what-if. "例如:" at the end of a line introduces a list of the
    real thing ("例如:\n– 输入价格:每百万 Token 2 元"), not an example of it; an aside that closes its bracket
    before the amount ("Input tokens (your ChatGPT prompt, for example) are relatively cheap: $3 a million") is the
    aside's example, not the amount's (`at`, the amount's place in the clause, when known)."""
    return any(not re.match(r"\s*[:：]\s*\n", clause[found.end():])
               and not (at is not None and found.end() <= at and _closes_aside(clause[found.end():at]))
               for found in HYPOTHETICAL_CLAUSE.finditer(clause))


def _closes_aside(rest: str) -> bool:
    """Whether `rest` closes a bracket it did not open: the words before it were an aside."""
    depth = 0
    for char in rest:
        if char in "(（":
            depth += 1
        elif char in ")）":
            if depth == 0:
                return True
            depth -= 1
    return False


# "$1.00 / 1M tokens / hour": the tokens after the price are its unit, not an allowance it buys.
UNIT_GAP = re.compile(r"\s*(?:/|per)\s*")
STORAGE_AFTER = re.compile(r"^[^.;,。]{0,30}?\btokens?\s*(?:/|per)\s*(?:hour|hr|h)\b", re.I)
IO_PRICE_LABEL_BEFORE = re.compile(r"\b(?:input|output)\s+(?:tokens?\s+)?(?:price|pricing|cost)\s*[:：]?\s*(?:US\$|\$)?\s*$", re.I)
IO_PAIR_PRICE_LABEL = re.compile(r"\b(?:price|prices|pricing|cost)\s*\(\s*input\s*/\s*output\s*\)", re.I)  # "Pricing (Input / Output)\n$0.002 / $0.006 per 1M"
TOKENS_COST_BEFORE = re.compile(r"\btokens?\s+(?:cost|costs|costing|are priced at|priced at|at)\s*(?:US\$|\$)?\s*$", re.I)
# "$0.13 per 1M (average: $0.10)": the average of comparable models, beside a model's own price, is nobody's price
AVERAGE_ASIDE_BEFORE = re.compile(r"[(（]\s*(?:average|avg\.?|median|mean|平均)\s*[:：]?\s*(?:US\$|\$|¥|￥)?\s*$", re.I)


def _unit_price(sentence: str, num: Num, article_unit: float | None = None,
                currency: str | None = None) -> tuple[float, int, int] | None:
    """(tokens per price, start, end of the unit words) when the money is a list price per
    thousand or million tokens, written after the price or before it ("每百万tokens 2元"). A bare
    "/1M" ("jumping to $4.00/1M above it") counts in an article whose list prices are per million tokens."""
    if num.value >= _price_ceiling(currency):
        return None
    if AVERAGE_BEFORE.search(N.window_before(sentence, num.qualifier_start, 30)) \
            or BLENDED_COST_BEFORE.search(N.window_before(sentence, num.qualifier_start, 90)):
        return None  # "at a blended average of ~$5 per million tokens": an estimate, not a list price
    if re.search(r"(?:最低为|最低為|最低|不低于|不低於|minimum of)\s*$", sentence[:num.qualifier_start], re.I):
        return None  # "训练单价(最低为 0.006元/千Token)": a floor across models, not a model's list price
    if FAMILY_FLOOR_BEFORE.search(sentence[_clause_start(sentence, num.qualifier_start):num.qualifier_start]):
        return None  # "Gemini Flash-Lite models: … as little as $0.075 per million input tokens": a family's floor
    if GENERIC_MODEL_BEFORE.search(N.window_before(sentence, num.qualifier_start, 24)):
        return None  # "使用的国产大模型定价为0.005元/Token": a model nobody names, in a case study's arithmetic
    if num.qualifier == "approximate" and re.search(r"\b(?:prices|models\s+priced)\s*$", sentence[:num.qualifier_start], re.I):
        return None  # "input prices around $0.3 per million tokens", "MoE models priced around $0.10/M": a level across models
    after = UNIT_PRICE_AFTER.match(sentence[num.end:num.end + 60])
    if after and STORAGE_AFTER.match(sentence[num.end:]):
        return None  # "Cache storage: $1.00 / 1M tokens / hour": storage by the hour, not a price for using tokens
    if after and not after.group("tokens") and FEE_BEFORE.search(N.window_before(sentence, num.qualifier_start, 30)):
        return None  # "raw web search at $5/1K, no token fees": a fee per thousand searches
    if after and (after.group("tokens") or ((PRICE_WORD.search(sentence) or article_unit) and "/" in after.group(0))
                  or (article_unit and re.search(r"\bper\b", after.group(0), re.I))  # "¥0.6/¥3.6 per 1M" on a page priced per 1M tokens
                  or UNIT_IO.search(after.group(0))  # "input tokens cost $4 per million": the tokens named before it
                  or IO_PRICE_LABEL_BEFORE.search(sentence[:num.qualifier_start])  # "Input Price\n\n$0.15per 1M"
                  or IO_PAIR_PRICE_LABEL.search(sentence[:num.qualifier_start])
                  or TOKENS_COST_BEFORE.search(sentence[_clause_start(sentence, num.qualifier_start):num.qualifier_start])):
        return (N.tokens_per(after.group("scale")), num.end + after.start("scale") - (1 if "/" in after.group(0) else 0),
                num.end + after.end())
    single = PER_TOKEN_AFTER.match(sentence[num.end:num.end + 24])
    if single:
        return 1.0, num.end, num.end + single.end()
    base = max(0, num.qualifier_start - 40)
    before = UNIT_PRICE_BEFORE.search(sentence[base:num.qualifier_start]) \
        or EACH_UNIT_COST_BEFORE.search(sentence[base:num.qualifier_start])
    if before:
        return N.tokens_per(before.group("scale")), base + before.start(), base + before.end()
    heading = LIST_UNIT_HEADING.search(sentence[:num.qualifier_start])
    if heading:
        return N.tokens_per(heading.group("scale")), heading.start("scale"), heading.end("scale")
    clause_start = _clause_start(sentence, num.qualifier_start)
    opening = EN_UNIT_OPENS_CLAUSE.search(sentence[clause_start:num.qualifier_start])
    if opening:
        return N.tokens_per(opening.group("scale")), clause_start + opening.start("scale"), clause_start + opening.end("scale")
    unit = ZH_UNIT_IN_CLAUSE.search(sentence[clause_start:num.qualifier_start])
    if not unit and COST_BEFORE.search(N.window_before(sentence, num.qualifier_start, 30)):
        # "one million tokens of output (the model's responses) costs $25"
        unit = EN_UNIT_IN_CLAUSE.search(sentence[clause_start:num.qualifier_start])
    if unit:
        return N.tokens_per(unit.group("scale")), clause_start + unit.start(), clause_start + unit.end()
    return None


def _candidate(kind: str, sentence: str, offset: int, num: Num, *, end: int | None = None, **values) -> Candidate:
    first = num.qualifier_start
    prefix = MONEY_BEFORE.search(sentence[max(0, first - 8):first])
    if prefix and kind in ("plan_price", "investment"):
        first -= len(sentence[max(0, first - 8):first]) - prefix.start()
    published_words = sentence[first:end or num.end].strip()
    money = MONEY_AFTER.match(sentence[num.end:]) if kind in ("plan_price", "investment") else None
    if money:
        published_words = sentence[first:num.end + money.end()].strip()
    if num.list_text:  # "349亿美元" for the first of "349、240、194、351亿美元", not the whole list
        published_words = num.text + (money.group(0).strip() if money else "")
    unit_words = TOKEN_AFTER.match(sentence[num.end:]) or MONEY_AFTER.match(sentence[num.end:])
    value = values.pop("factor", None)
    cand = Candidate(kind=kind, quote=sentence, start=offset, end=offset + len(sentence),
                     value=float(num.value) if kind != "multiple" else None, qualifier=num.qualifier,
                     value_published=published_words, position=first, **values)
    if num.range_text:
        cand.notes.append(f"a range, {num.range_text}: its lower end is proposed, as a lower bound")
    if num.list_text:
        cand.notes.append(f"one of a list, {num.list_text}: read with the magnitude written after its last item")
    if kind == "multiple":
        cand.factor = value
        cand.unit = "times"
    else:
        scale = re.sub(r"[\d.,\s]", "", num.text).strip("-")
        cand.unit = (scale + (" " + unit_words.group(0).strip(" \t\n-") if unit_words else "")).strip() or None
    return cand


LINGPAI_AI_CONTEXT = re.compile(r"人工智能|大模型|模型|推理|算力|\bAI\b", re.I)
LINGPAI_CRYPTO = re.compile(r"区块链|區塊鏈|加密货币|加密貨幣|币圈|幣圈|钱包|錢包|blockchain|crypto", re.I)


BARE_PROJECT_EN = re.compile(r"\b(?:the|this)\s+project\b", re.I)
# A page long enough to name its subject that never does is about some other industry: a share offering's proceeds
# ("募集资金总额为人民币54,156.50万元" in a power-electronics maker's report on its 2017 IPO), a city's river works and
# solar-cell park ("- 總投資:86億元", set 312). A sentence or two quoted alone ("智谱累计募集资金约83.63亿元") has no room to
# name it and is read as it stands.
NAMES_ITS_SUBJECT_IN = 500  # characters
# Words that put a page on this dashboard's subject besides those of _invest.AI_INFRA_WORD, COMPUTE_ZH, CHIP_WORD and the
# big technology companies' names (COMPANY_EN: "Google … this US$250 million investment" in an ICT facility); "AI公司" and
# Taiwan's "人工智慧" name AI too. On a page with none of them, "the project" an amount is the cost of is not AI
# infrastructure ("the total estimated cost of the project was $144 million" for Nauru's port). Data storage is
# data-centre work by another name ("a $2.5-billion battery and data-storage facility", set 317).
ON_TOPIC_WORD = re.compile(r"\bservers?\b|\bICT\b|supercomput|hyperscal|\bLLMs?\b|\btokens?\b|词元|詞元|模型|機櫃|伺服器|晶片|"
                           r"(?<![A-Za-z])AI(?![A-Za-z])|人工智慧|\bdata[- ]storage\b|数据存储|數據儲存", re.I)

# "£" a page's encoding turned into "?" or "�" before an amount ("as part of its ?100m development of a new data centre",
# set 385): read as pounds only on a page that places itself in Britain and writes no "£" anywhere, so a page that
# prints its pounds, or a page about anywhere else, keeps its question marks
LOST_POUND = re.compile(r"(?:(?<=^)|(?<=[\s(]))[?\ufffd](?=\d[\d.,]*\s?(?:m|bn|million|billion)\b)", re.I | re.M)
BRITISH_PAGE = re.compile(r"\b(?:UK|U\.K\.|Britain|British|England|Scotland|Scottish|Wales|Welsh|"
                          r"Northern\s+Ireland|pounds?\s+sterling)\b")  # not "English": a page's language menu says it


# A chapter of a web novel, told by its characters' gestures ("周平津勾唇", "抿唇揚了揚眉", "頷首", "點頭"): what its
# characters say was invested or used is fiction (sets 167, 200 and 205). Three different gestures on one page, so
# a news story's "他笑道" or a regulator's "点头" alone does not make it a novel (and not "眨眼", which news writes as
# "一眨眼" for "in no time").
FICTION_GESTURE = re.compile(r"笑道|轻笑|輕笑|冷笑|点头|點頭|摇头|搖頭|颔首|頷首|撇嘴|抿唇|挑眉|勾唇|提唇|皱眉|皺眉|耸肩|聳肩")
FICTION_GESTURES = 3
# A page that opens with a web novel's numbered chapter ("第369章【釜底抽薪】(2/4)") and lets its characters speak
# ("徐常明鏇即說道") is one too (set 335); a report's "第一章 项目概况" is numbered in words, and a chapter with no one
# speaking is not enough
NOVEL_CHAPTER_OPENING = re.compile(r"^\s*第\s*\d+\s*章")
FICTION_SPEECH = re.compile(r"说道|說道|问道|問道|笑道|答道")
# A sentence of prose ends with its punctuation; a title line does not ("投資已超500億,寧德時代的全球攻略"). When prose
# restates a title's amount and refuses it ("…新能源汽車核心全產業鏈,總投資已超500億元。"), the title's amount is what the
# prose says it is (set 339).
PROSE_END = re.compile(r"[。.!！?？]\s*$")


def extract(text: str, published: date | None = None) -> list[Candidate]:
    """Candidates in an extracted text; offsets refer to `text` itself."""
    folded = fold(text)
    if "£" not in folded and LOST_POUND.search(folded) and BRITISH_PAGE.search(folded):
        folded = LOST_POUND.sub("£", folded)  # one character for one: offsets still match
    if len(set(FICTION_GESTURE.findall(folded))) >= FICTION_GESTURES \
            or (NOVEL_CHAPTER_OPENING.match(folded) and FICTION_SPEECH.search(folded)):
        return []
    if "令牌" in folded and LINGPAI_AI_CONTEXT.search(folded) and not LINGPAI_CRYPTO.search(folded):
        folded = folded.replace("令牌", "词元")  # "日均令牌消耗量": 令牌 is tokens in an article about AI (same length)
    about_tokens = bool(TOKEN_WORD.search(folded))
    article_unit = 1e6 if ARTICLE_PER_MILLION.search(folded) else 1e3 if ARTICLE_PER_THOUSAND.search(folded) else None
    found: list[Candidate] = []
    refused: list[tuple[float, str | None, int]] = []  # amounts prose reads as investments and refuses
    window: list[set[str]] = []  # the kinds found in each of the last two sentences
    last_period = None
    token_heading = capex_heading = cost_heading = False
    previous_start = previous_end = 0  # the sentence before
    spans = list(sentences(folded))
    for index, (start, end) in enumerate(spans):
        sentence = folded[start:end]
        gap = folded[previous_end:start]
        if "\n\n" in gap:
            token_heading = capex_heading = cost_heading = False  # a blank line ends the rows under a heading
        if "\n" not in gap:
            capex_heading = cost_heading = False  # a row of a table starts a line
        short = len(sentence) < SHORT_LINE  # a heading or a table's row, not prose
        if cost_heading and short:
            here = []  # "GPT-4.1 2M tokens $16,000 $2,560 $13,440 (84%)" under "… Direct API Cost HolySheep Cost Monthly
            # Savings": what a workload costs and saves, neither prices nor volumes anyone reported
        else:
            here = candidates_in(sentence, start, published, about_tokens, frozenset().union(*window),
                                 last_period, under_token_heading=token_heading and short,
                                 article_unit=article_unit, under_capex_heading=capex_heading and short,
                                 previous=folded[previous_start:previous_end], lead=folded[slice(*spans[0])], page=folded,
                                 refused=refused,
                                 following=folded[slice(*spans[index + 1])] if index + 1 < len(spans) else "")
        previous_start, previous_end = start, end
        if TOKEN_WORD.search(sentence) and not re.search(r"\d", sentence) and short \
                and not TOKEN_LIMIT_HEADING.search(sentence):
            token_heading = True  # "Provider Period Token Consumption CMGR Source"
        last_line = sentence.rsplit("\n", 1)[-1]
        capex_heading = _rows_follow(last_line, capex_heading, _invest.CAPEX_WORD)
        cost_heading = _rows_follow(last_line, cost_heading, _tables.COST_SAVINGS_HEADER)
        for cand in here:
            cand.quote = text[start:end]  # verbatim, as written (full-width and all)
        found += here
        window = (window + [{c.kind for c in here}])[-2:]
        last_period = next((c.period for c in reversed(here) if c.kind == "token_volume" and c.period != "total"),
                           last_period)
    if not (_invest.AI_INFRA_WORD.search(folded) or _invest.COMPUTE_ZH.search(folded) or _invest.CHIP_WORD.search(folded)
            or ON_TOPIC_WORD.search(folded) or _invest.COMPANY_EN.search(folded)):
        # "the total estimated cost of the project was $144 million" on a page that never names AI, computing, chips or
        # data centres: the project it means is something else, and so is every investment on a page long enough to name them
        found = [c for c in found if not (c.kind == "investment" and (BARE_PROJECT_EN.search(c.quote or "")
                                                                      or len(folded) >= NAMES_ITS_SUBJECT_IN))]
    derived = _derived_values(folded) + _global_totals(folded)
    found = [c for c in found if not (c.kind == "token_volume" and any(abs(c.value - d) <= 0.005 * d for d in derived))]
    free = _tables.cells_under(folded, _tables.ALLOWANCE_HEADER)  # a column of free allowances
    found = [c for c in found if not (c.kind == "token_volume" and any(s <= c.start + c.position < e for s, e in free))]
    ended = _ended_contracts(folded)
    found = [c for c in found if not (c.kind == "investment" and any(abs(c.value - e) <= 0.005 * e for e in ended))]
    said_otherwise = (_debt_amounts(folded) + _debt_sums(folded) + _range_tops(folded) + _not_invested(folded)
                      + _derived_amounts(folded) + _batch_sums(folded) + _sector_programmes(folded))
    found = [c for c in found if not (c.kind == "investment" and any(
        abs(c.value - value) <= 0.005 * value and not c.start <= at < c.end for value, at in said_otherwise))]
    found = [c for c in found if not (c.kind == "investment" and not PROSE_END.search(c.quote) and any(
        c.currency == currency and _rounds_to(c, value) and not c.start <= at < c.end for value, currency, at in refused))]
    converted = _converted_amounts(folded)
    found = [c for c in found if not (c.kind == "investment" and any(
        c.currency == currency and (abs(c.value - value) <= 0.005 * value or _rounds_to(c, value))
        and not s <= c.start + c.position < e for value, currency, s, e in converted))]
    examples = _example_listings(folded)
    found = [c for c in found if not any(s <= c.start + c.position < e for s, e in examples) or (
        c.kind == "plan_price"
        and NAMED_MODEL_PRICED_BEFORE.search(folded[max(0, c.start + c.position - 80):c.start + c.position]))]
    worked = _cost_breakdowns(folded)
    found = [c for c in found if c.kind == "investment" or not any(s <= c.start + c.position < e for s, e in worked)]
    found = _without_restatements(found)
    found = [c for c in found if not (c.kind == "plan_price" and UNNAMED_VENDOR_PRICES.search(
        folded[max(0, c.start - 120):c.start + c.position]))]
    found = _without_restated_bands(found, _band_pairs(folded))
    table = [_table_candidate(text, price) for price in _tables.table_prices(folded) + _tables.record_prices(folded)]
    table = [c for c in table if c.value != 0]  # "| GPT-OSS 120B | … | $0.00 | $0.00 |": a free model, as "$0" in prose is
    # the same price read from the row's words too, where the row starts or inside it (a row whose first cell is on a
    # line of its own is one row to the table reader, two lines to the sentence reader)
    found = [c for c in found if not (c.kind == "plan_price" and any(t.value == c.value and t.start <= c.start < t.end
                                                                     for t in table))] + table
    shown = _tables.cells_under(folded, _tables.EXAMPLE_HEADER)  # a column of examples of the format, read either way
    found = [c for c in found if not (c.kind == "plan_price" and any(s <= c.start + c.position < e for s, e in shown))]
    found += [_table_investment(text, amount, published) for amount in _tables.investment_rows(folded)]
    found.sort(key=lambda c: (c.start, c.position, KINDS.index(c.kind)))
    return found


# "# 中卫数据中心政策支持体系示例\npolicy_support = {…}": a code listing its comment calls an example
EXAMPLE_COMMENT = re.compile(r"^[ \t]*(?:#|//)[^\n]*(?:示例|样例|樣例|范例|範例|\bexample\b|\bsample\b)[^\n]*$", re.I | re.M)
LISTING_END = re.compile(r"^[ \t]*(?:[}\])][^\n]*)?$", re.M)  # a closing bracket at a line's start, or a blank line
# "Example Usage" over "Medium Project $25/month" and "5M tokens consumed": a section of the page's own examples, which
# runs to the next heading (a short line with no number and no punctuation: "Auto Top-Up"); a markdown heading ("## Examples"
# over a library's doctest) opens one too
# (not a lone "Example:", which often introduces one worked case whose named model's rates are list prices)
EXAMPLE_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+)?(?:usage\s+examples?|examples?\s+(?:usage|scenarios?|projects?|calculations?)|examples|"
                             r"worked\s+examples?|"  # "Worked example" over "Swap to a model priced at $0.20 / $0.80 per MTok" (set 307)
                             r"使用示例|计算示例|計算示例)[ \t]*$", re.I | re.M)
HEADING_LINE = re.compile(r"^[ \t]*[^\d\n.,:;!?。，：；！？$€£¥￥]{2,40}$", re.M)
# "input_tokens graduated" over "0–1M @ $0.50/1M, 1M–10M @ $0.30/1M": a charge a billing system defines in its own
# terms (a metric's code, then its charge model), a sample configuration; it runs to the first line without a number
CHARGE_MODEL_LINE = re.compile(r"^[ \t]*[a-z][a-z0-9]*(?:_[a-z0-9]+)+[ \t]+"
                               r"(?:standard|graduated|volume|package|percentage|tiered)[ \t]*$", re.M)
NO_NUMBER_LINE = re.compile(r"^[^\d\n]*$", re.M)
# "Average calls are 3-15k tokens. Cost Breakdown:" over "• 3k tokens: 0.75 cents": costs worked out at the page's
# price, to the first line with words and no number ("Setup Billing Information:")
COST_BREAKDOWN_LINE = re.compile(r"\b(?:cost|price|pricing)\s+breakdown\s*[:：]?[ \t]*$", re.I | re.M)
WORDS_NO_NUMBER_LINE = re.compile(r"^[ \t]*[^\d\s][^\d\n]*$", re.M)


def _example_listings(text: str) -> list[tuple[int, int]]:
    """Where code listings labelled as examples run: from the end of the comment to the line that closes the
    listing (a line opening with a closing bracket) or the first blank line. The comment itself may name a real
    model's rates ("# Example — mistral-7b-instruct (₹0.80 in / ₹2.40 out per 1K)"), which stay list prices, as a named
    model's rates inside do ("Qwen3-32B priced at $0.165/1M"). A section under a heading that calls it examples
    ("Example Usage") runs from the heading to the next heading. A charge a billing system defines in its own terms
    ("input_tokens graduated") is a sample configuration, to the first line without a number."""
    spans = []
    for comment in EXAMPLE_COMMENT.finditer(text):
        end = LISTING_END.search(text, comment.end() + 1)
        spans.append((comment.end(), end.end() if end else len(text)))
    return spans + _runs(text, EXAMPLE_HEADING, HEADING_LINE) + _runs(text, CHARGE_MODEL_LINE, NO_NUMBER_LINE)


def _runs(text: str, opening: re.Pattern, closing: re.Pattern) -> list[tuple[int, int]]:
    """Where each run `opening` starts goes: from its end to the start of the next line `closing` finds (or the text's
    end)."""
    spans = []
    for start in opening.finditer(text):
        end = closing.search(text, start.end() + 1)
        spans.append((start.end(), end.start() if end else len(text)))
    return spans


def _cost_breakdowns(text: str) -> list[tuple[int, int]]:
    """Where a cost breakdown's list runs ("Cost Breakdown:" over "3k tokens: 0.75 cents", costs worked out at the
    page's price): to the first line with words and no number. A project's breakdown of its costs is left to the
    investment rules."""
    return _runs(text, COST_BREAKDOWN_LINE, WORDS_NO_NUMBER_LINE)


# A table's heading or row is shorter than this; a sentence of prose is longer
SHORT_LINE = 80


def _rows_follow(line: str, under_heading: bool, heading_word: re.Pattern) -> bool:
    """Whether the lines after `line` are rows under a heading `heading_word` finds (about capex: "Company2026 CapEx
    GuidanceChange", not "No hyperscaler guided CapEx down."; about costs and savings): `line` is that heading, or a
    row of amounts under it. Prose or a row without money ends the table. A heading may end the sentence that
    introduces it ("…, Fortune):\n\nCompany…"), so the caller passes the sentence's last line."""
    if len(line) >= SHORT_LINE or not (under_heading or heading_word.search(line)):
        return False  # prose, or a line that neither is a heading nor sits under one (most sentences: no number read)
    money_row = any(MONEY_BEFORE.search(line[:n.start]) or MONEY_AFTER.match(line[n.end:]) for n in numbers_in(line))
    if not money_row:
        return bool(heading_word.search(line)) and not re.search(r"[.。!?！？:：]\s*$", line)
    return under_heading


def _row_span(line_start: int, line: str, offset: int) -> tuple[int, int, int]:
    """Where a table row stands in the text without its surrounding blanks, and where the value at `offset` in the
    row starts within that quote: (start, end, position)."""
    lead = len(line) - len(line.lstrip())
    return line_start + lead, line_start + len(line.rstrip()), offset - lead


def _table_candidate(text: str, price: _tables.TablePrice) -> Candidate:
    """A plan_price candidate for a price read from a table, quoting its row as written in `text`."""
    start, end, position = _row_span(price.line_start, price.line, price.offset)
    cand = Candidate(kind="plan_price", quote=text[start:end], start=start, end=end, value=price.value,
                     qualifier="exact", currency=price.currency, tokens_included=price.per,
                     period=UNIT_PERIOD[price.per], value_published=price.written,
                     tokens_published=price.heading, position=position)
    cand.notes.append(f"read from a table: {price.where}")
    if price.currency is None:
        cand.notes.append("no currency is written beside it: check it")
    return cand


# The days a period may stand for when an outlet converts between them (a month of 28 to 31 days, or 30).
PERIOD_DAYS = {"minute": (1 / 1440,), "day": (1,), "week": (7,), "month": (28, 29, 30, 30.44, 31),
               "quarter": (90, 91, 92), "year": (365, 366)}


def _table_investment(text: str, amount: _tables.TableAmount, published: date | None) -> Candidate:
    """An investment candidate for an amount read from a filing's table, quoting its row as written in `text`."""
    start, end, position = _row_span(amount.line_start, amount.line, amount.offset)
    cand = Candidate(kind="investment", quote=text[start:end], start=start, end=end, value=amount.value,
                     qualifier="exact", currency="CNY", value_published=f"{amount.written}{amount.unit}",
                     as_of=published.isoformat() if published else None, position=position)
    cand.notes.append(f"read from a table in {amount.unit}: column “{amount.heading}”")
    return cand


def _without_restatements(found: list[Candidate]) -> list[Candidate]:
    """Drop a volume that is an earlier one converted to another period: "processing over 980 trillion
    tokens monthly", then a summary's "Google: 32.7 trillion tokens daily" (980 / 30). The outlet's
    arithmetic, not a second report; the figure first written is kept."""
    kept: list[Candidate] = []
    for cand in found:
        if cand.kind == "token_volume" and cand.period in PERIOD_DAYS and any(
                earlier.kind == "token_volume" and earlier.period in PERIOD_DAYS and earlier.period != cand.period
                and any(abs(cand.value - earlier.value * mine / theirs) <= 0.01 * cand.value
                        for mine in PERIOD_DAYS[cand.period] for theirs in PERIOD_DAYS[earlier.period])
                for earlier in kept):
            continue
        kept.append(cand)
    return kept


# "up to SEK 95 billion ($10 billion)": the dollars an outlet converted an amount into. The headline's "Brookfield
# Pledges $10B" is that amount again, not a second investment.
CONVERTED_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:billion|million|trillion|bn|tn|crores?|[BMT]\b)\s*(?:[^\W\d]+\s+){0,2}[(（]\s*"
                              r"(?:about|approximately|approx\.?|around|roughly|some|~|约|約)?\s*"
                              r"(?P<conv>(?P<sign>US\$|\$|£|€)\s*\d[\d,.]*\s*-?(?:billion|million|trillion|bn|[BM]\b))", re.I)


# "计划投资逾320亿元人民币(约合49.6亿美元)": the same in Chinese, the yuan amount converted into another currency (set 339)
CONVERTED_AMOUNT_ZH = re.compile(r"\d[\d,.]*\s*(?:亿|億|万|萬)\s*元?\s*(?:人民币|人民幣)?\s*[(（]\s*"
                                 r"(?:约合|約合|折合|约|約|合)?\s*"
                                 r"(?P<conv>\d[\d,.]*\s*(?:亿|億|万|萬)\s*(?P<sign>美元|港元|欧元|歐元|英镑|英鎊))\s*[)）]")


def _converted_amounts(text: str) -> list[tuple[float, str, int, int]]:
    """Amounts in dollars, pounds or euros the article gives as a conversion in brackets ("€1.4B (£1.2B)"), their
    currency and where: the same amount elsewhere (a headline) restates the converted amount."""
    return [(value, N.CURRENCY_OF[found.group("sign").lower()], found.start("conv"), found.end("conv"))
            for pattern in (CONVERTED_AMOUNT, CONVERTED_AMOUNT_ZH) for found in pattern.finditer(text)
            if (value := _scaled_amount(found.group("conv").replace("-", " "))) is not None]


def _rounds_to(cand: Candidate, value: float) -> bool:
    """Whether `value` rounds to the candidate's amount as written: "50亿美元" restates 49.6亿 (to the nearest 亿), "$10B"
    does not restate $14 billion."""
    written = re.search(r"\d[\d,]*(?:\.(\d+))?", cand.value_published or "")
    if cand.value is None or written is None or not float(written.group().replace(",", "")):
        return False
    unit = cand.value / float(written.group().replace(",", "")) / 10 ** len(written.group(1) or "")
    return abs(cand.value - value) <= unit / 2 * 1.000001


CONVERSION = re.compile(r"(?:translates? to|translating to|equates to|works out to|implying|相当于|相當於|换算为|換算為|折合)"
                        r"\s*(?:more than|over|about|roughly|approximately|some|约|約|超过|超過)?\s*", re.I)


def _derived_values(text: str) -> list[float]:
    """Token quantities the article works out itself ("That translates to more than 40 trillion tokens
    per day"): a summary that restates one later ("Google: 1.3 quadrillion/month, 40T+/day") is still
    the outlet's arithmetic, not a second report."""
    values = []
    for found in CONVERSION.finditer(text):
        first = next(numbers_in(text[found.end():found.end() + 40]), None)
        if first is not None and first.start == 0 and first.scaled:
            values.append(float(first.value))
    return values


# "puts global AI token throughput at over 16 billion tokens per minute": an estimate of the world's total,
# however derived; the headline and the heading that repeat it are the same estimate.
GLOBAL_TOTAL = re.compile(r"(?:\b(?:global|worldwide|world's|total\s+industry|industry-wide)\s+(?:AI\s+)?token\s+"
                          r"(?:throughput|consumption|usage|volume|demand)s?\b[^.;]{0,30}?\b(?:at|of|reach\w*|hit\w*|to|is|was)|"
                          # "the industry is serving roughly 30-50 trillion tokens per day": the same, for an industry
                          r"\bthe\s+(?:whole\s+|entire\s+)?industry\s+is\s+(?:serving|processing|generating|consuming|handling))"
                          r"\s+(?:likely\s+)?(?:over\s+|about\s+|roughly\s+|approximately\s+|"
                          r"more than\s+|nearly\s+|~)?", re.I)


def _global_totals(text: str) -> list[float]:
    """Token quantities given as the world's total: not anyone's reported volume."""
    values = []
    for found in GLOBAL_TOTAL.finditer(text):
        first = next(numbers_in(text[found.end():found.end() + 40]), None)
        if first is not None and first.start == 0 and first.scaled:
            values.append(float(first.value))
    return values


# "raise a staggering $3.75 billion in convertible debt": the headline's "Nebius’ $3.75B AI Datacenter Push" is that
# debt too, however it is written there. (Within the debt's own sentence the sentence's rules decide: "$5 billion in
# debt financing and an additional $5 billion in strategic equity investment".)
# "a $1 billion syndicated senior secured credit facility", "a ₩400 billion (US$270 million) loan" (not "US$500 million
# in equity and loans to build several data centres" nor "in debt and equity": funding, as the sentence's rules read it)
DEBT_AMOUNT = re.compile(r"(?:US\$|\$|₩|€|£)\s*\d[\d,.]*\s*(?:billion|million|bn|[BM]\b)(?:\s*[(（][^()（）]{0,30}[)）])?\s+(?:in\s+)?"
                         r"(?:(?!equity\b)[\w-]+\s+){0,3}(?:debt|notes|bonds|loans?|credit\s+facilit(?:y|ies))\b"
                         r"(?!\s+and\s+equity\b)", re.I)
# "14.6亿元可转债", "发行10亿元公司债券": an amount named as a bond in Chinese (so "彩讯股份14.6亿元AI投资" elsewhere on the
# page is that bond too)
DEBT_AMOUNT_ZH = re.compile(r"\d[\d,.]*\s*(?:亿|億|万|萬)\s*(?:元|美元)?(?:人民币|人民幣)?\s*的?"
                            r"(?:(?:可转换|可轉換)?(?:公司|企业|企業)?(?:债券|債券)|(?:可转|可轉)(?:债|債)|债务|債務)")


def _scaled_amount(written: str) -> float | None:
    """The first number in `written`, when it has a magnitude ("$3.75 billion"): an amount another sentence may repeat."""
    first = next(numbers_in(written), None)
    return float(first.value) if first is not None and first.scaled else None


# An amount in dollars with its scale ("$1.4 billion"), as the rules over the whole article below look for it
_AMOUNT = r"(?:US\$|\$)\s*\d[\d,.]*\s*(?:billion|million|bn|[BM]\b)"
# "it has secured $1.4 billion in funding to expand its Helios data center in West Texas. The debt facility, which
# covers 80% of construction costs, …": funding the next sentence names as a loan (so the headline's "Galaxy Secures
# $1.4B" is that loan too)
DEBT_NAMED_NEXT = re.compile(r"(?P<amount>" + _AMOUNT + r")\s+(?:in\s+)?"
                             r"(?:[\w-]+\s+){0,2}(?:funding|financing)\b[^.;]{0,300}[.;]\s+(?P<named>(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:debt|loan|credit)(?:\s+(?:facility|financing|package))?\b)", re.I)


def _amounts_where(pattern: re.Pattern, text: str, amount: int | str = 0, at: int | str = 0) -> list[tuple[float, int]]:
    """Each match's amount (group `amount`) and where the article says what it is (the start of group `at`)."""
    return [(value, found.start(at)) for found in pattern.finditer(text)
            if (value := _scaled_amount(found.group(amount))) is not None]


# "CPP Investments | $225 million | 50% construction loan and long-term investor |", "… | $225 million | Lead lender for
# the remaining loan |": a funding table's row whose next cell names the amount as a loan
DEBT_CELL = re.compile(r"(?P<amount>" + _AMOUNT + r")\s*\|\s*(?:\d+%\s+)?(?:[\w-]+\s+){0,3}(?:loan|lender|debt|credit)\b", re.I)


def _debt_amounts(text: str) -> list[tuple[float, int]]:
    """Amounts the article says are debt, and where it says so: not investments in other sentences (for funding the
    next sentence calls a loan, "where" is that next sentence, so the funding's own sentence drops it too). Two or more
    shares a funding table names as loans are also debt all together ("Together, they’ve supplied the full $450
    million" under two "$225 million" rows)."""
    cells = _amounts_where(DEBT_CELL, text, "amount")
    together = [(sum(value for value, _ in cells), -1)] if len(cells) > 1 else []
    return (_amounts_where(DEBT_AMOUNT, text) + _amounts_where(DEBT_AMOUNT_ZH, text)
            + _amounts_where(DEBT_NAMED_NEXT, text, "amount", "named") + cells + together)


# "close to finalizing a stunning $1.5 billion funding round at a $13 billion valuation": a round not closed and a
# valuation. The headline's "Baseten's $1.5B Round" and "others pay the full $13 billion" further on are the same amounts.
# "close to finalizing … $X", "working with Morgan Stanley … on a financing package of roughly $13bn": not closed
NOT_INVESTED_AMOUNT = re.compile(r"(?:\b(?:close to|nearing)\s+(?:finaliz|clos|complet)\w*\b[^.;$]{0,60}?|"
                                 + _invest.FINANCING_IN_MAKING + r")(?P<open>" + _AMOUNT + r")|"
                                 r"(?P<before>" + _AMOUNT + r")\s+(?:post-money\s+|pre-money\s+)?valuation\b|"
                                 r"\bvaluation\s+(?:of\s+|at\s+|reported\s+|reportedly\s+)?(?:between\s+)?(?:roughly\s+|about\s+|around\s+|~)?"
                                 r"(?P<after>" + _AMOUNT + r")(?:\s+(?:and|to)\s+(?P<top>" + _AMOUNT + r"))?", re.I)


# "According to industry estimates, a 1MW data centre costs as much as $10m, meaning a 12MW facility would require at
# least $120m in investment": the outlet's arithmetic, and so is its "estimated to have cost … at least $120m" above it.
DERIVED_AMOUNT = re.compile(r"\b(?:meaning|which means|implying|suggesting)\b[^.;$]{0,60}?\b(?:would|will)\s+(?:require|need|cost)\s+"
                            r"(?:at\s+least\s+|about\s+|around\s+|roughly\s+|some\s+)?(?P<amount>" + _AMOUNT + r")", re.I)


# "某云厂商基础版模型收费标准: • 输入:16元/百万Tokens": an explainer's price list for a vendor nobody names, an example
UNNAMED_VENDOR_PRICES = re.compile(r"某[^。\n]{0,8}?(?:厂商|廠商|平台|服务商|服務商|公司|云|雲)[^。\n]{0,16}"
                                   r"(?:收费标准|收費標準|价格|價格|定价|定價|计费|計費|报价|報價)")


def _derived_amounts(text: str) -> list[tuple[float, int]]:
    """Amounts the article shows it worked out itself, and where: not investments anywhere in it."""
    return _amounts_where(DERIVED_AMOUNT, text, "amount")


# "这次开工的102个重大项目,总投资707.9亿元": a batch's sum, which the headline "总投资707.9亿元!萍乡102个重大项目开工建设"
# restates cut from its count
BATCH_SUM_ZH = re.compile(r"\d+\s*(?:个|個)[^，,。；;!！]{0,8}?(?:项目|項目)\s*[,，]?\s*(?:总投资|總投資|计划总投资|計劃總投資)\s*"
                          r"(?:约|約|达|達|为|為)?\s*(?P<zh>\d[\d.,]*\s*(?:亿|億)\s*元?)")


# "When I combine all of the sectors … we would be looking at almost ₹1 lakh crore of investment": a group's programme
# across its sectors, which "the Adani Group has plans to invest almost ₹1 lakh crore" restates without them (set 334)
SECTORS_PROGRAMME = re.compile(_invest.ALL_SECTORS + r"[^.;]{0,160}?(?P<amount>" + _invest.SIGNS
                               + r"\s*\d[\d,.]*\s*(?:lakh\s+crore|crore|billion|million|bn|[BM]\b))", re.I)


def _sector_programmes(text: str) -> list[tuple[float, int]]:
    """Amounts the article gives as a programme across all of a group's sectors, and where: not investments anywhere."""
    return _amounts_where(SECTORS_PROGRAMME, text, "amount")


def _batch_sums(text: str) -> list[tuple[float, int]]:
    """Sums of a batch of projects the article gives with their count, and where: not investments where restated."""
    return _amounts_where(BATCH_SUM_ZH, text, "zh")


def _not_invested(text: str) -> list[tuple[float, int]]:
    """Amounts the article names as a round not yet closed or as a valuation, and where: not investments elsewhere."""
    return [(value, found.start()) for found in NOT_INVESTED_AMOUNT.finditer(text)
            for group in ("open", "before", "after", "top")
            if found.group(group) and (value := _scaled_amount(found.group(group))) is not None]


# "总金额36.9亿元(含税)的《算力服务协议》已终止", "the $3.69 billion contract was terminated": a deal that did not happen
ENDED_CONTRACT = re.compile(r"(?P<zh>\d[\d,.]*\s*(?:亿|億)元?)[^。；;，,]{0,20}?(?:协议|協議|合同|订单|訂單)[》」]?\s*(?:已|被)?"
                            r"(?:终止|終止|解除|告吹)|"
                            r"(?P<en>" + _AMOUNT + r")\s+(?:[\w-]+\s+){0,2}(?:contract|deal|agreement)\s+(?:was|has been|had been)\s+"
                            r"(?:terminated|cancell?ed|scrapped)\b", re.I)


def _ended_contracts(text: str) -> list[float]:
    """Amounts of contracts the article says were terminated: not investments anywhere in it."""
    return [value for found in ENDED_CONTRACT.finditer(text)
            if (value := _scaled_amount(found.group("zh") or found.group("en"))) is not None]


# "$100M Series C equity led by Macquarie + $250M senior loan facility": the headline's "Macquarie's $350M Bet" is the
# round and the loan summed, an amount no one invested.
AMOUNT_AND_DEBT = re.compile(r"(?P<first>" + _AMOUNT + r")[^.;$]{0,60}?\s(?:\+|plus|and)\s+(?P<debt>" + DEBT_AMOUNT.pattern + r")|"
                             r"(?P<debt_first>" + DEBT_AMOUNT.pattern + r")[^.;$]{0,60}?\s(?:\+|plus|and)\s+(?P<then>" + _AMOUNT + r")",
                             re.I)


def _debt_sums(text: str) -> list[tuple[float, int]]:
    """Amounts and the debt beside them, summed, and where the article tells them apart: a sum, not an investment."""
    sums = []
    for found in AMOUNT_AND_DEBT.finditer(text):
        parts = [_scaled_amount(found.group(g)) for g in ("first", "debt") if found.group(g)] or \
            [_scaled_amount(found.group(g)) for g in ("debt_first", "then")]
        if None not in parts:
            sums.append((sum(parts), found.start()))
    return sums


def _range_tops(text: str) -> list[tuple[float, int]]:
    """The upper ends of the article's ranges, and where each range is: "Google’s $185 B Spend" in a headline
    is the top of "$175–$185 billion in capital expenditure" below it, not a second amount."""
    tops = []
    for found in RANGE.finditer(text):
        try:
            top = N.parse_quantity(found.group("b") + (found.group("zh") or " " + found.group("en"))).value
        except N.NumberParseError:
            continue
        tops.append((float(top), found.start()))
    return tops


# --------------------------------------------------------------------------- reading sources


def looks_like_html(raw: bytes) -> bool:
    head = raw[:2000].lstrip().lower()
    if head.startswith((b"{", b"[")):
        return False  # a JSON record, even one that carries a post's HTML in a field
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<p>" in head


# "預(yù)計", "數(shù)據(jù)": some sites print each character's pinyin (with its tone mark) after it, and scrapers keep
# it; it splits the words the rules look for.
PINYIN_RUBY = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7}\)")


def article_text(raw: bytes) -> tuple[str, date | None]:
    """Main text (and the publication date when the page says it) of HTML or plain text bytes, without
    the pinyin a scraper left after characters, and with a Markdown source's escaped dollar signs ("| \\$1.40 |")
    read as the dollar signs they print."""
    text, when = _main_text(raw)
    return PINYIN_RUBY.sub("", text).replace("\\$", "$"), when


def _main_text(raw: bytes) -> tuple[str, date | None]:
    if looks_like_html(raw):
        import trafilatura

        html = raw.decode("utf-8", errors="replace")
        text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
        meta = trafilatura.extract_metadata(html)
        when = None
        if meta is not None and meta.date:
            try:
                when = date.fromisoformat(meta.date[:10])
            except ValueError:
                when = None
        return text, when
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding), None
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1"), None


# --------------------------------------------------------------------------- cross-checks and output


def cross_check(found: list[Candidate], curated: list[dict]) -> None:
    """Flag a volume that is a power of ten away from a curated figure for the same period:
    the mark of 万亿 read as 10^13 or 10^15 ("1.4 quadrillion" for 140万亿)."""
    for cand in found:
        if cand.kind != "token_volume" or not cand.tokens_per_day or not cand.as_of:
            continue
        for row in curated:
            if row["as_of"][:7] != cand.as_of[:7] or not row.get("tokens_per_day"):
                continue
            ratio = cand.tokens_per_day / row["tokens_per_day"]
            if any(abs(ratio - p) / p < 0.02 or abs(ratio - 1 / p) * p < 0.02 for p in (10, 100, 1000)):
                cand.notes.append(
                    f"{ratio:g}× the curated {row['value_published']} ({row['id']}) for the same period: "
                    "check the magnitude (万亿 is 10^12: 140万亿 = 140 trillion, not 1.4 quadrillion)")
                break


def curated_volumes(folder) -> list[dict]:
    from . import _curated

    path = folder / "token_volumes.toml"
    if not path.exists():
        return []
    rows, _ = _curated.read_rows(path)
    out = []
    for row in rows:
        try:
            q = N.parse_quantity(row.values["value_published"])
            per = N.per_day(q.value, row.values["period"], N.parse_period(row.values["as_of"]))
        except (KeyError, ValueError):
            continue
        out.append({"id": row.values["id"], "as_of": row.values["as_of"],
                    "value_published": row.values["value_published"], "tokens_per_day": float(per.tokens_per_day)})
    return out


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def as_curated_rows(found: list[Candidate], url: str, published: date | None, lang: str) -> str:
    """TOML blocks in the curated files' format, to review and paste. TODO marks what a
    person must fill in; `python -m loaders check` refuses a file that still has one."""
    blocks = []
    for i, cand in enumerate(found, 1):
        common = {"published_on": published.isoformat() if published else "TODO", "producer": "TODO",
                  "outlet": "TODO", "url": url, "quote": cand.quote, "quote_lang": lang}
        if lang == "zh":
            common["quote_en"] = "TODO"
        common["confidence"] = "TODO"
        if cand.kind == "token_volume":
            head = "# paste into data/curated/token_volumes.toml"
            fields = {"id": f"TODO-{i}", "fact_key": "TODO", "series": "TODO", "entity": "TODO", "country": "TODO",
                      "metric": "TODO", "measure": "reported", "value_published": cand.value_published,
                      "unit_published": cand.unit or "TODO", "period": cand.period if cand.period != "total" else "TODO",
                      "as_of": cand.as_of or "TODO", **common}
        elif cand.kind == "plan_price":
            head = "# paste into data/curated/token_plans.toml"
            per_unit = cand.period in UNIT_PERIOD.values()
            if cand.period in ("per thousand tokens", "per token"):
                factor = "1,000" if cand.period == "per thousand tokens" else "1,000,000"
                cand.notes.append(f"a price {cand.period}: api_price rows are per million, so convert "
                                  f"(× {factor}) and say so in `note`, or leave the row out")
            fields = {"id": f"TODO-{i}", "fact_key": "TODO", "provider": "TODO", "country": "TODO", "plan": "TODO",
                      "tier": "TODO", "plan_type": "api_price" if per_unit else "token_plan", "price": cand.value,
                      "currency": cand.currency, "price_published": cand.value_published,
                      "billing": "per million tokens" if per_unit else cand.period, "quota_unit": "tokens",
                      **({} if per_unit else {"tokens_published": cand.tokens_published or "TODO"}),
                      "as_of": cand.as_of or (published.isoformat() if published else "TODO"), **common}
        elif cand.kind == "investment":
            head = "# paste into data/curated/events.toml"
            fields = {"id": f"TODO-{i}", "date": cand.as_of or "TODO", "kind": "investment",
                      "actor": cand.actor or "TODO", "title": "TODO", "amount_published": cand.value_published,
                      "currency": cand.currency, **({"horizon_years": cand.horizon_years} if cand.horizon_years else {}),
                      **common}
        else:
            blocks.append(f"# multiple: {cand.value_published} (factor {cand.factor:g}, baseline {cand.as_of or 'n/s'})"
                          f"\n#   “{cand.quote}”")
            continue
        if cand.currency and cand.currency not in N.CURRENCIES:
            cand.notes.append(f"{cand.currency} is not a currency the curated files take yet ({', '.join(N.CURRENCIES)}): "
                              "convert at a published rate and say so in `note`, or leave the row out")
        notes = "".join(f"\n# note: {n}" for n in cand.notes)
        blocks.append(head + notes + "\n[[row]]\n" + "\n".join(f"{k} = {_toml(v)}" for k, v in fields.items()))
    return "\n\n".join(blocks)
