"""Which amounts of money are investments: the rules `_extract` applies to money that is not a price.

An amount of at least 10⁸ in its currency is an investment when an investment word stands near it
(`word_near`), it is not named as something else right after it (`named_otherwise`: revenue, a
valuation, debt …) and no refusal applies (`refused`: an estimate, a market's or a group's total, a
round in talks, a telecom's network spending, a segment's revenue …). Lists and gaps decide the rest:
an amount listed after an investment is one too unless a comparison stands between them (`LIST_BREAK`),
and "up from $X" after an investment is its baseline (`BASELINE_GAP`).

Every rule carries the sentence that called for it; `tests/test_extract.py` holds those sentences and
`bench/extract_eval/` measures the whole on articles the rules have not seen.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import _normalize as N

if TYPE_CHECKING:
    from ._extract import Num


# --------------------------------------------------------------------------- what names an investment

# The currency signs an amount may open with ("₹20,000 crore", "$1.2bn"); SIGN, optional, ends the patterns that stop
# right before an amount
SIGNS = r"(?:US\$|(?-i:S|AU?|C|NZ|HK)?\$|€|£|₹|Rs\.?\s*|INR\s*|(?-i:RM|Rm|Rp)\s*)"  # ringgit and rupiah from set 350
SIGN = SIGNS + "?"
# The qualifiers an amount may carry before it ("nearly", "more than"): one list for the patterns that must see past
# them (a place's totals, projects summed, raises sought)
_ROUGHLY = r"(?:nearly\s+|about\s+|around\s+|over\s+|more\s+than\s+|some\s+|almost\s+)?"
# "When I combine all of the sectors that we will be investing (in) … almost ₹1 lakh crore": a group's programme across
# all its sectors (set 334)
ALL_SECTORS = r"\b(?:combine|combining|across|spanning|covering)\s+all\s+(?:of\s+)?(?:the\s+|our\s+|its\s+)?sectors\b"
# Servers or GPUs bought, in Chinese: INVEST_WORD reads the purchase before the amount, PURCHASE_AFTER_ZH after it
_SERVERS_ZH = r"(?:服务器|伺服器|GPU|显卡|顯卡)"
_BUY_ZH = r"采购|採購|购买|購買|购置|購置"
_WORKING_CAPITAL_ZH = r"(?:补充|補充)(?:流动|流動)(?:资金|資金)"  # working capital, named before or after an amount
_RAISE_ZH = r"(?:募资|募資|募集资金|募集資金)"  # money raised from shareholders (an IPO, a placement)
# Words that make money near them an investment: spending, capex, deals, rounds, data centres, funds ….
INVEST_WORD = re.compile(r"invest(?!ors?\b)|capex|capital[- ]expenditure|\b(?:total|projected)\s+(?:projected\s+)?cost\b|\bcosts?\s+to\s+build\b|\bcosts?\s+of\s+(?:(?:its|their|the)\s+)?construction\b|\bconstruction\s+costs?\b|\b(?:chip|GPU|hardware|server)\s+purchases?\b|spend|spending|spent|commit|\bpledg(?:e|es|ed|ing)\b|\bdeals?\b|\bcontracts?\b|partnership|"
                         r"\bsecured\b|\bgarnered\b|\battract(?:s|ed|ing)\b|\bjoint[- ]ventures?\b|\bSeries\s+[A-H]\b(?!\s*[:：])|\bguided\b|\bbet\b|\b(?:in|under) construction\b|\binitiative\b|\btranches?\b|\brounds?\b|\barrangements?\b|\bproject\b|\b(?:compute|computing|cloud|capacity|infrastructure|chip|GPU)\s+agreements?\b|\b(?:cloud|compute|computing|GPU)\s+capacity\b|\bstak(?:e|es|ed|ing)\b|\bcomplex\b|follow-on|inject(?:s|ed|ing|ion)?\b|\binfusions?\s+of\b|\bcapital\s+infusions?\b|acquisitions?\b|Stargate|"
                         r"infrastructure|\bbuild-?outs?\b|\b(?:checks?|cheques?)\b|data[- ](?:processing\s+)?cent(?:er|re)s?|\blease(?:s|d)?\b|facility|facilities|campus|\bfab\b|financing|funding|rais(?:e|ed|es|ing)\b|募集资金|募集資金|募资|募資|融资|融資|投资|投資|总投|總投|投入|投得|资本金|資本金|斥资|斥資|资本开支|資本開支|资本支出|資本支出|基础设施|基礎設施|"
                         r"\bdata\s+hosting\b|\b(?:pump|pour)(?:s|ed|ing)?\s+in(?:to)?\b|"
                         # "would channel at least $10 billion to install …", "put the takeover price at" (set 345)
                         r"\bchannel(?:s|l?ed|l?ing)?\s+(?:(?:at\s+least|about|around|up\s+to|over|more\s+than|some|nearly|almost)\s+)?(?:(?=\S*\d)|$)|"
                         r"\b(?:takeover|buyout|purchase)\s+price\b|\bearmark(?:s|ed|ing)?\b|数据中心|數據中心|砸|中标|中標|招标|招標|集采|集中采购|集中採購|标包|標包|预算|預算|专项基金|專項基金|产业基金|產業基金|引导基金|引導基金|(?<!营销)(?<!營銷)支出|"
                         # "簽訂330台GPU系列伺服器採購合同,合約金額為6.93億元", "购买330台…算力服务器,合同总价…",
                         # "豪掷近7亿买英伟达算力服务器": servers or GPUs bought; "拟掷7.5亿元进军算力赛道", "上马7.5亿元的算力项目":
                         # money thrown at, a project launched
                         + _SERVERS_ZH + r"[^，,。；;]{0,12}(?:采购|採購)|(?:" + _BUY_ZH + r")[^，,。；;]{0,24}" + _SERVERS_ZH + r"|掷|擲|上马|上馬|"
                         # "向中国移动浙江公司采购算力服务,合同固定价格(含税)部分为2.76亿元": compute bought as a service
                         r"(?:" + _BUY_ZH + r")[^，,。；;]{0,6}(?:GPU)?(?:算力|智算)(?:服务|服務)",
                         re.I)
# (集采 and 标包: a buyer's central procurement and its lots, "這場總金額超過50億元的集采", "總含稅價超17億元")
# Capex reaches further back than the other words ("2026 capital expenditures, including principal payments on
# finance leases, to be in the range of $115–135 billion"); the shorthand (with 投资) tells that a bare "3,800 亿"
# beside it is yuan. They differ on purpose: one list would change which amounts are read as yuan.
CAPEX_WORD = re.compile(r"capex|capital[- ]expenditures?|资本开支|資本開支|资本支出|資本支出", re.I)
CAPEX_SHORTHAND = re.compile(r"资本开支|資本開支|资本支出|資本支出|投资|投資|募资|募資|投得|capex", re.I)  # "合計募資超400億", "以5億8100萬 投得"
# "字节跳动斥资800亿做AIGC应用": money spent, told by the verb just before it (a bare 亿 after it is yuan)
SPENT_ZH_BEFORE = re.compile(r"(?:斥资|斥資|耗资|耗資|豪掷|豪擲)\s*$")
# "腾讯5年5000亿、阿里3年2000亿元": a pledge over a span of years, the shorthand leaves out 元 (a year written in full,
# "2025年5000亿", is a date and tells nothing)
SPAN_OF_YEARS_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\s*年\s*$")
# "…增长到1600亿元,其中约900亿都将用于AI算力的采购": the part of a whole just given in yuan leaves out 元 too (after a
# whole in 亿美元 it is dollars, and left out)
PART_SHORTHAND_ZH = re.compile(r"其中\s*(?:约|約|近|超过|超過|超|逾)?\s*$")
WHOLE_IN_YUAN_ZH = re.compile(r"\d\s*(?:万|萬)?[亿億]元")
# A fund's size: "规模10亿元启明融凯基金", "a $15 billion AI fund", "总规模300億元的子基金群", "基金总规模达50亿元" (in a sentence after the fund is named).
FUND_AFTER = re.compile(r"^\s*(?:元|美元|人民币|人民幣)?[^，,。；;!！\d]{0,10}基金(?!矩阵|矩陣)|"  # a matrix: every fund a city has
                        r"^\s*(?:[\w-]+\s+){0,2}fund\b(?!ing|ed)", re.I)  # "backed by a $15 billion AI fund"
# "科創母基金,總規模300億元", "该基金规模为人民币5.02亿元"
FUND_SIZE_BEFORE = re.compile(r"基金(?:群)?[,，]?(?:总|總)?(?:规模|規模)(?:达到?|達到?|为|為|约|約)?\s*(?:人民币|人民幣)?\s*$|"
                              r"(?:首期|一期)(?:目标|目標)?(?:规模|規模)\s*(?:人民币|人民幣)?\s*$")  # "首期目标规模人民币100亿元"
# A currency code written before an amount ("USD1 billion", "THB126.8 billion"), for patterns that end at the amount: any
# code the extractor reads, from one list
CODE_BEFORE = r"\b(?:" + N.CURRENCY_CODES + r")\s?"
# "The fund has an initial target size of SAR 1.5 billion", "a fund size of $500 million": a fund's size, in English
FUND_SIZE_BEFORE_EN = re.compile(r"\bfund(?:['’]s)?\s+(?:has\s+(?:an?\s+)?)?(?:(?:initial|target|total|final|planned)\s+)*"
                                 r"size\s+(?:of|is|was|at)?\s*(?:about|around|roughly|approximately|up\s+to)?\s*"
                                 r"(?:(?:US|[A-Z]{1,2})?\$|[€£¥]|" + CODE_BEFORE + r")?\s*$", re.I)  # the currency's sign or code
# "55亿建大数据产业园": an amount to build something, as a headline writes it (not "建议", advice, or "建成", built);
# "a $20 billion scheme to build four AI gigafactories": a plan's money to build.
# "出資1億元人民幣,幫助上海交大建設…高性能計算中心": after the currency's name, or a comma, money to build or to help build
BUILT_WITH = re.compile(r"^\s*(?:元|美元)?\s*(?:人民币|人民幣)?\s*(?:建设|建設|投建|打造|建(?![议議成]))|"
                        r"^\s*(?:元|美元)?\s*(?:人民币|人民幣)?\s*[,，]\s*(?:(?:帮助|幫助|助力)[^，,。；;\d]{1,12}?)?(?:建设|建設|投建|打造)|"
                        r"^\s*(?:scheme|plan|program(?:me)?|initiative)\s+to\s+(?:build|construct)\b", re.I)
# A conversion in brackets just after the amount ("€1-billion ($1.1-billion) data centre"), skipped to reach the word after it.
BRACKET_AFTER = re.compile(r"(?:\s*-?(?:euros?|dollars?|yuan|ringgit|baht|yen|won|rupees|kronor|kroner|koruna|forints?|z[łl]otys?|taka|rand|rupiah|liras?|(?-i:TL|" + N.CURRENCY_CODES + r"))\b)?\s*(?:[(（][^()（）]{0,30}[)）])?")
# Amounts listed after the one in hand, skipped to reach the investment word after the list.
LIST_TAIL = re.compile(r"^(?:\s*,?\s*(?:and\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?(?:['’]s)?\s+)?(?:US|Can|C|A|AU|NZ|S|HK)?\$\s?\d[\d.,]*"
                       r"(?:\s*[–-]\s*\d[\d.,]*)?\s*(?:billion|bn|million|trillion|B\b)?)+")


# "Nebius landing $17.4B with Microsoft", "CoreWeave inks $14.2 billion with Meta": a deal told by its verb and its partner.
DEAL_VERB_BEFORE = re.compile(r"\b(?:land(?:s|ed|ing)?|ink(?:s|ed|ing)?|sign(?:s|ed|ing)?)\s+(?:an?\s+)?(?:US\$|\$)?\s*$", re.I)
WITH_PARTNER_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?with\s+(?-i:[A-Z])")
# "The group's goal is to deploy at least $30 billion in equity": capital a fund puts to work
DEPLOY_BEFORE = re.compile(r"\bdeploy(?:s|ed|ing)?\s*(?:US\$|\$)?\s*$", re.I)
DEPLOYED_IN_AFTER = re.compile(r"^\s*(?:in\s+)?(?:equity|capital)\b", re.I)
# "With €1.7B equity, $830M in debt": equity raised ("$40B equity value" is a valuation)
RAISED_EQUITY_AFTER = re.compile(r"^\s*(?:in\s+)?equity\b(?!\s+(?:value|valuation|stake|market))", re.I)
# "the government’s recently approved ₹10,372 crore (approximately $1.25 billion) IndiaAI Mission"
GOVERNMENT_BEFORE = re.compile(r"\bgovernment['’]s\s+(?:(?:recently|newly|already)\s+)?(?:approved\s+|announced\s+|sanctioned\s+)?"
                               + SIGN + r"\s*$", re.I)
# "the Centre has invested Rs 5.27 lakh crore in the Northeast over the last ten years": a government's spending in a
# place over years, nothing in its sentence naming computing, is a programme across sectors (set 340)
GOVERNMENT_SPENT_BEFORE = re.compile(r"\b(?:the\s+)?(?:Centre|Center|(?:central|union|federal|national)\s+government|government)\s+"
                                     r"(?:has|had|have)\s+(?:already\s+)?(?:invested|spent|poured|pumped)\s+" + SIGN + r"\s*$", re.I)
PLACE_OVER_YEARS_AFTER = re.compile(r"^\s*in\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s+(?:over|since|during)\b",
                                    re.I)
PROGRAM_AFTER = re.compile(r"^\s*(?:[(（][^()（）]{0,40}[)）]\s*)?(?:[\w-]+\s+){0,2}(?:mission|program(?:me)?|initiative|scheme)\b", re.I)
# "from which it purchased approximately $1 billion worth of services in 2024": a purchase of compute from a cloud
PURCHASE_BEFORE = re.compile(r"\b(?:bought|buys|buying|purchased|purchases|purchasing)\s*(?:US\$|\$)?\s*$", re.I)
SERVICES_AFTER = re.compile(r"^\s*worth\s+of\s+(?:[\w-]+\s+){0,2}(?:services|compute|capacity|GPUs|chips)\b", re.I)
# "$40 billion over two years for Texas projects", "an initial $35 billion for Anthropic's expansion": money set aside
# for building, told by what it is for; "a one-billion-euro high-tech hub": by what it builds.
# "拟出资近7亿元,向新华三信息采购330台英伟达H800GPU系列算力服务器", "豪掷近7亿买英伟达算力服务器": the servers or GPUs
# the money buys, told after it
PURCHASE_AFTER_ZH = re.compile(r"^\s*(?:元|美元)?\s*[,，]?\s*(?:向[^，,。；;]{1,20})?(?:" + _BUY_ZH + r"|买|買)"
                               r"[^，,。；;]{0,30}" + _SERVERS_ZH)
# "拟采购30亿元服务器用于算力租赁": the purchase before the amount, the servers it buys right after it
BUY_BEFORE_ZH = re.compile(r"(?:" + _BUY_ZH + r"|买|買)\s*(?:约|約|近|超过|超過|超|逾|不超过|不超過)?\s*$")
SERVERS_AFTER_ZH = re.compile(r"^\s*(?:元|美元)?\s*(?:的)?[^，,。；;\d]{0,8}?" + _SERVERS_ZH)
PURPOSE_AFTER = re.compile(r"^\s*(?:over\s+(?:the\s+next\s+)?[\w-]+\s+years?\s+)?for\s+(?:[\w'’-]+\s+){0,3}"
                           r"(?:expansion|projects|build-?out)\b|"
                           r"^(?:-(?:dollar|euro|yuan))?\s*(?:[\w-]+\s+){0,2}hub\b", re.I)

# "Nvidia is to build a $200 million artificial intelligence centre in Indonesia": money told by what it builds
BUILD_BEFORE = re.compile(r"\b(?:build|builds|building|construct|constructs|constructing)\s+(?:an?\s+|its\s+|their\s+)?(?:US\$|\$|€|£)?\s*$", re.I)
FACILITY_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}(?:cent(?:re|er)|data\s*cent(?:re|er)s?|campus|facility|hub|factory|cluster|"
                            r"supercomputer|gigafactory)\b", re.I)

# "a centre in Makarewa, estimated to cost up to $2 billion to build": what building something is to cost
BUILD_COST_BEFORE = re.compile(r"\bcost(?:s|ing)?\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|some\s+|over\s+|more\s+than\s+)?"
                               r"(?:US\$|\$|€|£)?\s*$", re.I)
TO_BUILD_AFTER = re.compile(r"^\s*(?:[(（][^()（）]{0,30}[)）]\s*)?to\s+(?:build|construct|develop|complete)\b", re.I)

# "had allocated Rs 200 million rupees in the current Public Sector Development Programme (PSDP) to set up Quetta Data
# Centre": money set aside, told by the data centre it is to set up further on in its clause (set 391)
ALLOCATED_BEFORE = re.compile(r"\b(?:allocat(?:e|es|ed|ing)|set(?:s|ting)?\s+aside|budget(?:s|ed|ing)?)\s+" + SIGN + r"\s*$", re.I)
TO_SET_UP_AFTER = re.compile(r"^[^.;,]{0,80}?\bto\s+(?:set\s+up|build|establish|construct|develop)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                             r"(?:[\w-]+\s+){0,3}?data\s*cent(?:re|er)s?\b", re.I)

# "Google increased its total capital in Singapore from $800 million to $5 billion": a company's stated total in a
# place (set 37) and the total it replaced (sets 19 and 99), both (set 394)
TOTAL_CAPITAL_FROM_TO_BEFORE = re.compile(r"\btotal\s+(?:capital|investments?)\s+(?:in\s+(?:[\w-]+\s+){1,3}?)?from\s+"
                                          r"(?:" + SIGN + r"\s*[\d.,]+\s*(?:million|billion|bn|m)?\s+to\s+)?" + SIGN + r"\s*$", re.I)

# An investment told by a word just before the amount and one just after it, neither enough alone: (before, how far back
# it may stand, after) — a deal by its verb and partner, capital deployed as equity, a government's programme, a
# purchase of a cloud's services, a facility built, what building it is to cost, servers bought (in Chinese), money
# allocated to set up a data centre.
WORDS_AROUND = ((DEAL_VERB_BEFORE, 20, WITH_PARTNER_AFTER), (DEPLOY_BEFORE, 20, DEPLOYED_IN_AFTER),
                (GOVERNMENT_BEFORE, 50, PROGRAM_AFTER), (PURCHASE_BEFORE, 20, SERVICES_AFTER), (BUILD_BEFORE, 20, FACILITY_AFTER),
                (BUILD_COST_BEFORE, 30, TO_BUILD_AFTER), (BUY_BEFORE_ZH, 12, SERVERS_AFTER_ZH),
                (ALLOCATED_BEFORE, 20, TO_SET_UP_AFTER))


# "a US$2B-plus, 100-megawatt AI data centre": the facility named after its size
SIZE_AFTER = re.compile(r"^(?:-?plus|\+)?\s*,\s*\d[\d.,]*[- ]?(?:megawatts?|MW|gigawatts?|GW)\b", re.I)
# "The investment in the future data center is estimated at US$150 million": a project's estimated cost, not an analyst's
# estimate of someone's spending ("capex is estimated at $100 billion by FactSet")
PROJECT_COST_ESTIMATED = re.compile(r"\b(?:investment|cost)\s+(?:in|of|for)\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                                    r"(?:data\s*cent(?:er|re)|project|facility|campus|phase)\s+(?:is|was|will\s+be)\s+"
                                    r"estimated\s+at\s*(?:US\$|\$)?\s*$", re.I)
# "a $9.7 billion, five-year contract": the deal named after its term
CONTRACT_AFTER = re.compile(r"^\s*,\s*(?:[\w-]+\s+){0,2}(?:contract|deal|agreement|lease)s?\b", re.I)
# "separately buying GPUs and equipment from Dell for about $5.8 billion": hardware bought
HARDWARE_BOUGHT_BEFORE = re.compile(r"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|procur(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}?"
                                    r"(?:GPUs?|chips?|accelerators?|servers?)\b[^.;$]{0,40}\bfor\s+(?:about\s+|around\s+|roughly\s+|"
                                    r"approximately\s+|some\s+|nearly\s+|over\s+)?(?:US\$|\$)?\s*$", re.I)
# "set to buy Core Scientific for $9 billion", "acquiring Core Scientific Inc. for a staggering $9 billion", "acquired
# Linode in February 2022 for $900 million": a company bought
ACQUIRED_FOR_BEFORE = re.compile(r"(?:\b(?:buy|buys|buying|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing))\s+"
                                 r"(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3}(?:\s+in\s+(?:(?-i:[A-Z])[a-z]+\s+)?\d{4})?"
                                 # "Switch was taken private by DigitalBridge and an IFM Investors affiliate for $11 billion"
                                 r"|\b(?:taken|took|taking|takes|take)\s+private\b(?:[^.;]|\.(?=\w)){0,80}?)"  # a ticker's dot ("DBRG.N") ends nothing
                                 r"\s+for\s+(?:a\s+(?:staggering|reported|whopping)\s+|"
                                 r"about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|over\s+)?(?:US\$|\$)?\s*$", re.I)
# "sold the controlling stake in Serverfarm, which it set up in the US, to Canadian insurance company Manulife for over
# NIS 2 billion", "sold 49% of Israel’s oldest data centers company, MedOne, to … Berkshire Partners, for over NIS 700
# million": a stake sold is its buyer's acquisition (set 373)
SOLD_STAKE_FOR_BEFORE = re.compile(r"\b(?:sold|sells|selling|sell)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:controlling|majority|"
                                   r"minority|remaining)\s+)?(?:stake|interest|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))"
                                   # not "sold 49% of his shares", an executive's own shares
                                   r"(?=[\s,])(?!\s+of\s+(?:his|her|my|their|its)\s+(?:own\s+)?(?:shares|holdings|stock)\b)"
                                   r"[^.;$]{0,140}?\bto\s+[^.;$]{0,100}?\bfor\s+(?:about\s+|around\s+|roughly\s+|"
                                   r"approximately\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?(?:US\$|\$|€|£|" + CODE_BEFORE + r")?\s*$", re.I)
# "has acquired a virtually 50-acre land parcel subsequent to Reliance Corporate Park in Navi Mumbai’s Ghansoli space for
# Rs 900 crore": land bought, as set 86 counts it, with its price after the place
LAND_BOUGHT_FOR_BEFORE = re.compile(r"\b(?:buy|buys|buying|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?"
                                    r"(?:[\w-]+\s+){0,3}?(?:land(?:\s+parcels?)?|parcels?|plots?|sites?|acres?)\b[^.;$]{0,120}?"
                                    r"\bfor\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|over\s+|almost\s+|"
                                    r"more\s+than\s+)?(?:US\$|\b(?-i:AU?\$|S\$|RM|Rs\.?)|\$|€|£|" + CODE_BEFORE + r")?\s*$", re.I)
# "designs are being finalized for a first phase $225m development of a 280,000 SF, 30 MW Tier III facility": a project
# called a development, with what it builds after it (set 376)
DEVELOPMENT_OF_AFTER = re.compile(r"^\s*development\s+of\b[^.;]{0,80}?\b(?:data\s*cent(?:er|re)s?|facility|facilities|campus(?:es)?)\b",
                                  re.I)
# "In just the first five years, $50 billion will be allocated, focusing heavily on advanced GPUs": money set aside
ALLOCATED_AFTER = re.compile(r"^\s*(?:will\s+be|is\s+being|has\s+been|have\s+been|was|were)\s+(?:allocated|earmarked|set\s+aside)\b|"
                             # "$500 billion planned over four years", "€200 million available for the development of the AI factory"
                             r"^\s*(?:planned|earmarked|budgeted)\s+(?:over|for|across|through)\b|"
                             r"^\s*available\s+for\s+(?:the\s+)?(?:development|construction|building|realization)\b", re.I)
# "Total lease for 400MW and valued at $11 billion", "The transaction, which values Aligned at approximately $40
# billion", "partnered with … Oracle … , valued at over $300 billion": what a lease, an acquisition or a partnership is
# worth, not a company's valuation (a funding "deal" that "values the startup at" is one, and so is "With the
# transaction now complete, … valuing the company at roughly $260 billion")
DEAL_VALUED = re.compile(r"\b(?:leases?|contracts?|agreements?|partnership|partnered|transaction|acquisition|acquir(?:e|es|ed|ing)|"
                         r"takeover|buyout)\b[^.;]{0,120}?\bvalu(?:e|es|ed|ing)\s+(?!(?:the\s+)?(?:company|firm|startup|business|it|them)\b)"
                         r"(?:[\w-]+\s+){0,3}?(?:at|near|around|above|over)"
                         r"(?:\s+(?:approximately|about|around|roughly|nearly|some|over|more\s+than))?\s*(?:US\$|\$)?\s*$|"
                         # "a consortium … to acquire Texas-based Compass Datacenters at a company valuation of US$5.7
                         # billion": the price of a company bought whole (set 375)
                         r"\b(?:acquir(?:e|es|ed|ing)|buy|buys|bought|purchas(?:e|es|ed|ing))\s+(?-i:[A-Z])[^.;]{0,80}?\bat\s+an?\s+"
                         r"(?:company\s+|enterprise\s+)?valuation\s+of(?:\s+(?:approximately|about|around|roughly|nearly|some))?"
                         r"\s*(?:US\$|\$)?\s*$|"
                         # "The Broadcom deal is valued at over $10 billion": the deal itself (a deal "valuing OpenAI at" is a
                         # valuation)
                         r"\bdeals?\s*(?:,\s*|\s+(?:is|was|are|were|has\s+been)\s+)(?:reportedly\s+)?valued\s+at"
                         r"(?:\s+(?:approximately|about|around|roughly|nearly|some|over|more\s+than))?\s*(?:US\$|\$)?\s*$|"
                         # "a 300 megawatt data center, valued at 72.7 billion baht", "data hosting services valued at 126.8
                         # billion baht": what a facility is worth, its project's size
                         # ("a data hosting service in Thailand, valued at THB126.8 billion baht": its place between)
                         # (not "a portfolio of data centers valued at around €50 billion": what a fund's holdings are worth)
                         # "The first phase, valued at PLN 700 million, will deliver 16 MW": a project's phase (set 360)
                         r"(?<!portfolio of )(?<!portfolios of )\b(?:data\s*cent(?:er|re)s?|campus|facility|(?:data\s+)?hosting\s+services?|"
                         r"(?:(?:first|second|third|initial|opening)\s+)?phase|project)"
                         r"(?:\s+(?:in|at|near)\s+(?:[\w-]+\s*?){1,3})?\s*,?\s+valued\s+at"
                         r"(?:\s+(?:approximately|about|around|roughly|nearly|some|over|more\s+than))?\s*(?:US\$|\$|฿|€|£|" + CODE_BEFORE + r")?\s*$", re.I)
# "two roughly 15-year lease agreements …, which the datacenter builder expects will generate around $7 billion in
# revenue": what a lease brings its owner over its term is the lease's value ("$1.94 billion in annualized revenue" is not)
LEASE_REVENUE_BEFORE = re.compile(r"\b(?:leases?|contracts?|agreements?)\b[^.;]{0,120}\b(?:generate|bring\s+in|yield)\s+"
                                  r"(?:around\s+|about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|over\s+)?(?:US\$|\$)?\s*$", re.I)
TOTAL_REVENUE_AFTER = re.compile(r"^\s*(?:in\s+)?(?:total\s+)?revenues?\b", re.I)


def lease_value(sentence: str, num: Num) -> bool:
    """Whether the amount is the revenue a lease or contract brings over its term, which is its value."""
    return bool(LEASE_REVENUE_BEFORE.search(N.window_before(sentence, num.qualifier_start, 180))
                and TOTAL_REVENUE_AFTER.match(sentence[num.end:]))


# A project's cost split among those who put it up: "Approximately CZK 70 billion would be provided by Czech
# Radiocommunications as a private investor, CZK 15 billion by the Czech state, and CZK 15 billion by the European
# Commission" (each share is a contribution, the later ones listed by "by").
PROVIDED_BY = re.compile(r"\b(?:would|will|is\s+to|are\s+to|to)\s+be\s+(?:provided|contributed|put\s+up)\s+by\b", re.I)


# Capital put into a company ("增资", "注资") is an investment when the sentence says it goes to compute;
# alone it may only raise registered capital or working capital.
INJECTION_ZH = re.compile(r"(?:增资|增資|注资|注資)\s*(?:约|約|近|超过|超過|超|逾)?\s*$")


def word_near(sentence: str, num: Num) -> bool:
    """An investment word up to 80 characters before the amount, or after it in the same clause
    ("a $6 billion AMD deal"), past any amounts listed with it ("Alphabet's $175-185 billion, Amazon's
    $200 billion, and Meta's $115-135 billion capex guidance"); "RPO ballooned to $625 billion" far
    after "CapEx surged" is not."""
    if INVEST_WORD.search(N.window_before(sentence, num.qualifier_start, 80)) or BUILT_WITH.match(sentence[num.end:]) \
            or FUND_AFTER.match(sentence[num.end:]) or (FUND_SIZE_BEFORE.search(N.window_before(sentence, num.qualifier_start, 16))
                                                         and "基金" in sentence) \
            or FUND_SIZE_BEFORE_EN.search(N.window_before(sentence, num.qualifier_start, 60)):
        return True
    if INJECTION_ZH.search(N.window_before(sentence, num.qualifier_start, 12)) and COMPUTE_ZH.search(sentence):
        return True  # "对…全资子公司世纪利通增资4.5亿元,布局服务器相关设备后提供AI算力租赁服务"
    if RAISED_EQUITY_AFTER.match(sentence[num.end:]) or PURPOSE_AFTER.match(sentence[num.end:]) \
            or PURCHASE_AFTER_ZH.match(sentence[num.end:]):
        return True  # "With €1.7B equity, $830M in debt": equity raised; "$40 billion … for Texas projects": what it is for
    if PROVIDED_BY.match(sentence[num.end:].lstrip()) or (re.match(r"\s*by\b", sentence[num.end:])
                                                     and PROVIDED_BY.search(sentence[:num.qualifier_start])):
        return True  # "CZK 70 billion would be provided by Czech Radiocommunications …, CZK 15 billion by the Czech state"
    before = N.window_before(sentence, num.qualifier_start, 180)
    if CONTRACT_AFTER.match(sentence[num.end:]) or ALLOCATED_AFTER.match(sentence[num.end:]) \
            or DEVELOPMENT_OF_AFTER.match(sentence[num.end:]) \
            or HARDWARE_BOUGHT_BEFORE.search(before) or ACQUIRED_FOR_BEFORE.search(before) \
            or SOLD_STAKE_FOR_BEFORE.search(before) or LAND_BOUGHT_FOR_BEFORE.search(before) \
            or DEAL_VALUED.search(before) or LEASE_REVENUE_BEFORE.search(before) or TOTAL_CAPITAL_FROM_TO_BEFORE.search(before):
        return True
    if any(before.search(N.window_before(sentence, num.qualifier_start, reach)) and after.match(sentence[num.end:])
           for before, reach, after in WORDS_AROUND):
        return True
    far = N.window_before(sentence, num.qualifier_start, 160)
    capex = sorted([*CAPEX_WORD.finditer(far), *TOTAL_INVESTMENT.finditer(far)], key=lambda m: m.end())
    if capex and not re.search(r"\d", far[capex[-1].end():]):
        return True  # "2026 capital expenditures, including principal payments on finance leases, to be in the range of $115–135 billion"
    rest = sentence[num.end:]
    rest = rest[len(BRACKET_AFTER.match(rest).group(0)):]  # "€1-billion ($1.1-billion) data centre": past its conversion
    size = SIZE_AFTER.match(rest)
    rest = rest[size.end():] if size else rest
    tail = LIST_TAIL.match(rest)
    after = re.split(r"[,，;；.。]", rest[tail.end():] if tail else rest, maxsplit=1)[0]
    if COST_AFTER.match(after) and INFRA_NOUN.search(sentence):
        return True  # "building a data center …, with the government footing about half of the more than ¥100 billion cost"
    found = INVEST_WORD.search(after)
    return bool(found) and found.start() <= 40


# "Nvidia’s total investment – including infrastructure, computing systems, … – is expected to reach close to NIS 4.8
# billion": the subject of a long sentence, as capex is
TOTAL_INVESTMENT = re.compile(r"\btotal\s+investment\b", re.I)
COST_AFTER = re.compile(r"^\s*(?:total\s+|construction\s+|building\s+|build\s+|project\s+)?cost\b", re.I)
# "…step up recruitment of data centers. Greensboro recently landed a $600 million one from … American Express": the noun
# "one" after an amount stands for the data centres the sentence before named (set 395)
ONE_AFTER = re.compile(r"^\s+one\b")
DATA_CENTRES_WORD = re.compile(r"\bdata\s*(?:processing\s+)?cent(?:er|re)s\b", re.I)


# --------------------------------------------------------------------------- money named as something else after it

# "across the top five hyperscalers": a sum of several companies; "would take 31 years to spend": an illustration.
NOT_INVEST_AFTER = re.compile(r"^[^,，;；.。]{0,24}(?:run[- ]rate|revenue|sales|in annualized|\bARR\b|in (?:net )?income|profit|"
                              # "investments exceeding 10 billion euros in five years and more than 22 major transactions":
                              # a country's deals over years, summed
                              r"(?:in|over)\s+(?:the\s+(?:last|past)\s+)?\w+\s+years?\s+and\s+(?:more\s+than\s+|over\s+)?\d+\s+"
                              r"(?:[\w-]+\s+)?(?:transactions|deals)\b|"
                              # "a $70 billion pipeline of prospective projects", "$70 billion in prospective development",
                              # "targeting £3.5 billion of potential inward investment"
                              r"pipeline\s+of\s+(?:prospective|potential|future)\b|"
                              # "what JLL calls a $3 trillion infrastructure investment supercycle": a market's cycle, a
                              # forecast (set 398)
                              r"(?:[\w-]+\s+){0,3}super-?cycle\b|"
                              # "the $44 billion being allocated to the region by major firms, including Amazon, Google, and
                              # Oracle": what many firms put into a region, summed (set 289)
                              r"(?:being\s+)?(?:allocated|invested|committed|poured|spent)\s+(?:to|in|into|across)\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+){0,2}by\s+(?:major|several|many|various|multiple|big|large|leading|global)\s+"
                              r"(?:[\w-]+\s+)?(?:firms|companies|players|hyperscalers|investors)\b|"
                              # "About $12 billion will be invested into four hyperscale data centers planned for central and
                              # eastern Arkansas": several planned data centres summed (set 373)
                              r"(?:will\s+be|is\s+being|are\s+being|has\s+been|have\s+been)\s+invested\s+(?:in|into|across)\s+"
                              r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+(?:[\w-]+\s+){0,2}"
                              r"data\s+cent(?:er|re)s\s+(?:planned|proposed|announced)\b|"
                              r"(?:in|of)\s+(?:prospective|potential)\s+"
                              r"(?:(?:inward|foreign|private)\s+)?(?:development|projects|investments?)\b|"
                              r"(?:(?:annual|yearly)\s+)?economic\s+(?:impact|effects?|benefits?|output|activity|infusion|boost)\b|"  # "25 trillion won worth of economic impact"
                              # "Oregon's $3.6 Billion in Projects Under Construction": a region's projects in every
                              # sector, summed (set 323)
                              r"in\s+projects\s+(?:under\s+construction|in\s+the\s+pipeline)\b|"
                              # "brings the total capital expenditures … in the Commonwealth to $121 billion since the start
                              # of his term": every business's investment in a state since its governor took office (set 324)
                              r"since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:his|her|their|the\s+governor[’']s)\s+"
                              r"(?:term|administration|tenure)|(?:he|she|the\s+governor)\s+took\s+office|taking\s+office)\b|"
                              # "€1.4 billion p.a. in contributions to the Portuguese GDP": what a campus adds to an economy
                              r"(?:p\.a\.\s+)?(?:in\s+)?contributions?\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:GDP|econom(?:y|ies))\b|"
                              # "will generate €10.7 billion in national GDP": the same, told as output (set 354)
                              r"in\s+(?:national\s+|regional\s+|local\s+)?(?:GDP|gross\s+domestic\s+product)\b|"
                              # "it can generate more than $240 million for the local economy": the same, told as
                              # what it generates for an economy (sets 79 and 394)
                              r"(?:for|to|into)\s+(?:the\s+)?(?:local|regional|state|national|city's|county's)\s+econom(?:y|ies)\b|"
                              r"investment\s+(?:firm|company|manager|house)\b|"  # "a relatively new $40 billion investment firm": its size
                              # "an expected €5 billion euros in additional indirect investments": what a project is to draw;
                              # "a broader €6 billion (US$ 7 billion) value for three facilities": wider economic activity
                              # "more than US$250-300bn of investment will be needed in data centre infrastructure": a need estimated
                              r"(?:will|would)\s+be\s+(?:needed|required)\b|"
                              # "Of around $243m invested in the regional economy in 2012": what a region drew in a year, a sum
                              r"invested\s+in\s+(?:the\s+)?(?:regional|national|local|domestic)\s+econom(?:y|ies)\b|"
                              r"indirect\s+(?:investments?|spending)\b|(?<!deal )(?<!contract )(?<!lease )value\s+(?:for|of)\b|"
                              # "斥資人民幣7.26億元,設立新一代智慧手機精密機構件研發中心": an R&D centre set up with it
                              # "投资3亿元,在园区设立人工智能研究院", "总投资3亿元,东华软件人工智能研究院落户园区": a research
                              # institute, R&D however much computing it will also build
                              r"[,，]?\s*(?:用于|用於)?(?:在[^，,。；;]{1,10})?(?:设立|設立|建立|成立|建设|建設)[^，,。；;]{0,24}"
                              r"(?:(?:研发|研發)(?:中心|基地)|研究院|研究所)|"
                              r"[,，]\s*[^，,。；;]{0,16}(?:研究院|研究所|(?:研发|研發)中心)(?:正式)?(?:落户|落戶|揭牌|成立)|"
                              # "总投资15亿元的国际创新社区已落成": an innovation community or incubator, offices for firms (set 319)
                              r"的[^的，,。；;]{0,10}(?:创新社区|創新社區|孵化器|孵化基地|众创空间|眾創空間|人才公寓)|"
                              # "178.1亿元的研发投入,占营收近18%": R&D named after the amount (before it, NOT_INVEST_BEFORE) (set 273)
                              r"(?:研发|研發)(?:投入|费用|費用|支出|开支|開支|经费|經費)|"
                              # "invested about HK$2.83 billion in semiconductor research": R&D ("in AI research infrastructure" is not)
                              r"in\s+(?:[\w-]+\s+){0,2}research\b(?!\s+(?:infrastructure|computing|compute|supercomput\w*|clusters?|data\s+cent))|"
                              # "总投资256亿元 长沙高新区世界计算·长沙智谷等7大项目集中开工": the sum of projects started together
                              r"等?(?:\d+|[两兩三四五六七八九十]+)\s*(?:个|個|大|项|項)\s*(?:重大|重点|重點)?[^\d。；;，,]{0,6}?(?:项目|項目)(?:集中)?(?:开工|開工|签约|簽約|投产|投產)|"
                              # "總投資額1800億元、73個簽約項目", "over 600 billion yuan in total investment, attracting 31 upstream and
                              # downstream projects": a total told with the number of projects it sums
                              r"、\s*\d+\s*(?:个|個|项|項)\s*(?:签约|簽約|重大|重点|重點)?(?:项目|項目)|"
                              r"investments?\s*,?\s*(?:attracting|across|from|covering|spanning)\s+\d+\s+(?:[\w-]+\s+){0,4}projects\b|"
                              # "Busan attracted KRW 3.6tn investment from four companies": many companies' sum (set 345)
                              r"(?:investments?\s+)?from\s+(?:three|four|five|six|seven|eight|nine|ten|several|multiple|various|"
                              r"numerous|[3-9]|\d\d+)\s+(?:[\w-]+\s+){0,2}(?:companies|firms|tenants|developers|operators)\b|"
                              # "raised more than $7 billion in total green investments over the past two years": green
                              # (sustainability-linked) financing, debt (sets 39 and 58; set 345)
                              r"in\s+(?:total\s+)?(?:green|sustainability[- ]linked|sustainable|ESG)\s+(?:investments?|financing|"
                              r"bonds?|loans?|debt)\b|"
                              # a listed company's placement and the uses that are not compute: "修改40亿元定向增发募集资金的用途",
                              # "800 million yuan allocated for the Spark Education large model", "800 million yuan for working capital"
                              r"(?:定向增发|定增|非公开发行|非公開發行)|allocated\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:large\s+)?models?\b|"
                              r"for\s+working\s+capital\b|" + _WORKING_CAPITAL_ZH + r"|"
                              # "$350 million, which was directed towards expanding its mining operations": a crypto miner's money;
                              # "$12.7 billion in available cash": money in hand
                              r",?\s*which\s+(?:was|were|is|are|will\s+be)\s+(?:directed|used|earmarked|spent|allocated)\s+(?:towards|to|for|on)\s+"
                              r"(?:[\w-]+\s+){0,3}(?:mining|cryptocurrency|bitcoin)\b|in\s+available\s+(?:cash|funds|liquidity|capital)\b|"
                              r"funding\s+(?:surge|including)\b|"  # "$410M+ in major AI funding including Inferact (…) and …": a sum
                              r"across (?:the |all )?(?:top|largest|biggest|major|\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
                              r"(?:figure |number |total )?(?:consolidates|combines|aggregates|sums up|adds up)\b|"
                              # thresholds: "10億美元或以上的投資", "$100 million-plus contracts", "more than the $100m threshold
                              # for Overseas Investment Office approval", "1亿元的投资门槛"; "The $725 billion figure consolidates ..."
                              r"(?:或|及)?以上|or (?:more|above|greater|higher)\b(?!\s+from\b)|and above\b|-plus\b|threshold\b|门槛|門檻|"
                              # "$10b+ and 1 gw+ data centers": a class of projects ("$400B+ committed" is an amount)
                              r"\+\s+(?:and\s+\d[^.;]{0,20}?\+\s*)?(?:[\w-]+\s+){0,2}(?:data\s*cent(?:er|re)s|projects|deals|contracts|campuses)\b|"
                              r"(?:[\w-]+\s+){0,4}(?:contract|contracted|future) revenue\b|"
                              # "AIIB’s investment of USD 100 million through a parallel fund structure": one limited
                              # partner's share of a fund (set 363)
                              r"through\s+(?:a|an|its|the)\s+parallel\s+fund\b|"
                              # "around $150M of deals closed", "closed just $150 million in total deals": a vendor's sales
                              r"(?:of|in)\s+(?:total\s+)?deals\s+closed\b|in\s+total\s+deals\b|"  # "$317 billion in expected future contract revenue"
                              r"(?:美元|元)?的?(?:未来|未來)[^，,。；;\d]{0,4}(?:合同|订单|訂單)|"  # "6250 亿美元的未来云合同": a backlog
                              r"in\s+(?:[\w-]+\s+){0,2}(?:VC|venture)\s+(?:spending|funding|investment|capital)\b|"  # "$297B in Record VC Spending"
                              r"would (?:take|last|buy|cover|pay)\b|"
                              r"(?:USD\s+)?(?:[\w-]+\s+){0,2}(?:bond|debt|notes?)\s+(?:issuance|offering|sale)|estimates?\b|forecast\b|projection\b|"
                              # "$725B: Estimated 2026 aggregate capex for Meta, Microsoft, …": a list's label for an estimated sum
                              r"\s*[:：]\s*(?:estimated|projected|forecast)\b|aggregate\b|"
                              # debt and parts: "seeking up to $40 billion in loans", "$10 billion syndicated to partners",
                              # "$27 billion in off-balance-sheet financing through Blue Owl" (not "financing from" investors)
                              # ("$2.8 billion in senior secured bank financing", set 380)
                              r"(?:in\s+)?(?:[\w-]+\s+){0,2}loans?\b|in (?:[\w-]+\s+){0,3}financing\b(?!\s+from\b)|"
                              # "a £110 million fund that will be used by the council to invest in further employment projects":
                              # a council's money from the site's sale (set 351)
                              r"(?:[\w-]+\s+){0,2}fund\s+(?:that|which)\s+(?:will\s+be|is|was|would\s+be)\s+(?:used|spent|paid\s+out)\s+by\s+"
                              r"the\s+(?:county\s+|city\s+|local\s+)?council\b|"
                              # "a broader $675 million refinancing in which it worked with TD Securities to arrange two
                              # five-year loans": debt replaced by debt (set 348)
                              r"(?:[\w-]+\s+){0,2}refinancings?\b|"
                              # "Backed by Over ₱1 Billion Investment Interest": interest investors expressed, not money committed
                              r"(?:[\w-]+\s+)?investment\s+interest\b|"
                              # "$500 million is to be sought from foreign investors": money still to be found, not committed
                              r"(?:is|are)\s+(?:still\s+)?to\s+be\s+(?:sought|raised|found)\s+from\b|"
                              # "extended … of financing to" (not "$1.5bn of financing has come from AustralianSuper", equity)
                              r"of (?:[\w-]+\s+){0,2}financing\b(?![^.;]{0,20}\bfrom\b)|"
                              # "a QAR 2 billion (US$549.4 million ) financing deal to help fund its plan": a loan by its name
                              r"(?:[\w-]+\s+){0,2}?financing\s+(?:deal|agreement|package|facility|facilities|arrangement)s?\b|"
                              # "its RM15 billion equivalent multicurrency financing, comprising a … Term Financing facility and a …
                              # Term Loan facility": bank loans by their kind (set 378)
                              r"(?:[\w-]+\s+){0,2}?(?:syndicated|multi-?currency)\s+(?:financing|facilit(?:y|ies))\b|"
                              r"(?:[\w-]+\s+){0,3}credit\s+(?:facility|facilities|lines?)\b|"  # "Lambda's original $275 million credit facility"
                              # "a €700 million accordion facility", "€685 million ($730m) committed facilities with a further
                              # €350m ($373m) uncommitted accordion": a loan's parts by their names (set 371)
                              r"(?:[\w-]+\s+){0,2}?accordion\b|(?:un)?committed\s+(?:[\w-]+\s+)?facilities\b|"
                              r"(?:元|美元)?[^，,。；;\d]{0,16}授信|"  # "16.8 亿元政策性开发性金融工具授信": a bank's credit line
                              # "Alphabet's $4.75B clean energy acquisition": energy, not AI infrastructure (as power purchase agreements)
                              r"(?:clean\s+|renewable\s+|green\s+)?(?:energy|power|utility)\s+(?:acquisition|purchase|deal)s?\b|"
                              r"in\s+proposed\b|"  # "more than €110 billion in proposed AI and data-centre investments": not committed
                              # "Apple's $500M+ quarterly data center capex increase": a gap, not an outlay
                              r"(?:capex|capital\s+expenditures?|spending)\s+(?:increase|rise|jump|hike|boost)s?\b|"
                              # "a $700m AI and process-automation joint venture with Accenture": a company's spending on its own
                              # operations, like a technology budget, not AI infrastructure
                              r"(?:[\w-]+\s+){0,4}(?:process[- ]automation|business[- ]process(?:es)?|digital[- ]transformation)\b|"
                              # "an unprecedented $650 billion artificial intelligence investment wave by global technology
                              # corporations": many companies' spending summed
                              r"(?:[\w-]+\s+){0,4}(?:by|from|among|across)\s+(?:(?:global|major|big|large|leading|US|American)\s+)*"
                              r"(?:tech(?:nology)?\s+(?:corporations|companies|giants|firms)|hyperscalers|Big\s+Tech)\b|"
                              # "a £31 billion \"Tech Prosperity Deal\" between the UK Government and a clutch of American tech
                              # giants": a government's deal with a group of companies is their announcements summed
                              r"[^.;]{0,40}?\bbetween\s+(?:[\w.'’-]+\s+){1,4}and\s+(?:an?\s+(?:clutch|group|host|handful|number|raft|slew)\s+of\s+|"
                              r"several\s+|multiple\s+|various\s+|many\s+)(?:[\w-]+\s+){0,2}(?:companies|firms|corporations|giants|groups)\b|"
                              # "a wider £29.5 billion injection into the UK's most innovative sectors": a summit's sum across sectors
                              r"(?:[\w-]+\s+){0,2}(?:injection|investments?|boost)\s+into\s+(?:[\w'’-]+\s+){0,4}sectors\b|"
                              # "$100 billion in data center and electric grid announcements": many companies' announcements summed;
                              # "Over Rs 10,785 crore in investment proposals were signed during the … Summit": a summit's MoUs
                              # summed (set 340; one company's "investment proposal" counts, set 339)
                              r"in\s+(?:[\w-]+\s+){0,6}announcements\b|in\s+(?:investment\s+)?(?:proposals|MoUs|memorand(?:a|ums))\b|"
                              # "$2B+ Funding for NVIDIA Rivals": several companies' rounds summed
                              r"\+?\s*(?:in\s+)?(?:funding|investments?)\s+for\s+(?:[\w-]+\s+){0,3}(?:rivals|startups|companies|firms)\b|"
                              # "$3.75 billion in convertible debt", "splitting the $3.75 billion debt into two tranches"
                              # ("$11.6 billion in new debt and equity funding commitments for a massive new facility" is funding)
                              # ("$12 billion in equity and debt commitments" is funding too; "not taking into account
                              # DataLine’s 3 billion ruble debts": a company's debts, the plural too, set 389)
                              r"in (?!equity\s+and\b)(?:[\w-]+\s+){0,2}(?:debt|notes|bonds)\b(?!\s+and\s+equity)|"
                              r"(?<!equity and )(?:convertible\s+)?debts?\b(?!\s+and\s+equity)|"
                              # "a $1 billion revolving multi-asset development debt facility", "$1.13 billion … in
                              # asset-backed securitizations", "$525 million in a financial maneuver known as asset-backed
                              # securitization": debt (set 346)
                              r"(?:[\w-]+\s+){1,4}debt\s+facilit(?:y|ies)\b|"
                              r"in\s+(?:an?\s+)?(?:[\w-]+\s+){0,5}?(?:asset-backed\s+)?securiti[sz]ations?\b|"
                              # "$1.3 billion has been invested in database-related startups": a sector's total
                              r"(?:has|have)\s+been\s+(?:invested|raised)\s+(?:in|by)\s+(?:[\w-]+\s+){0,3}(?:startups|companies|firms)\b|"
                              # "more than $1.9 billion has been invested in data centers in Hillsboro, Oregon": a place's
                              # data centres summed (set 395; "in the data center in Hillsboro" is one)
                              r"(?:has|have)\s+been\s+invested\s+in\s+(?:[\w-]+\s+){0,2}data\s*cent(?:er|re)s\s+(?:in|across|throughout)\b|"
                              # "investing 30 billion yuan in a 'Spring Festival 30 Billion Free Order' initiative", "30亿红包": marketing
                              r"(?:yuan\s+|元\s*)?in\s+(?:a|an|the)\s+[^.;]{0,30}?(?:free order|campaign|promotion|coupons?)\b|"
                              r"(?:元|美元)?\s*(?:现金|現金)?(?:红包|紅包|免单|免單|消费券|消費券)|"
                              r"(?:元|美元)?\s*(?:人民币|人民幣)?\s*(?:补贴|補貼)|"  # "500 億元人民幣補貼計劃": subsidies for shoppers
                              # "spent half a billion dollars in a single month after failing to set usage limits on its AI
                              # licenses": a bill for using AI, not infrastructure
                              r"[^.;]{0,40}\b(?:usage limits|licen[cs]es|subscriptions|seats)\b|"
                              # "invest 150 billion RMB annually for ecosystem development": developers and open source;
                              # "seeks to create a $250 billion AI infrastructure ecosystem": a sector it hopes to grow (a fund
                              # for an ecosystem is a fund)
                              r"for (?:[\w-]+\s+){0,2}ecosystems?\b|(?:[\w-]+\s+){0,3}ecosystem\b(?!\s+(?:fund|investment))|"
                              r"in (?:free\s+|operating\s+)?cash flow\b|"  # "left with $11.2 billion in free cash flow"
                              r"per (?:platform|deal|transaction|project|site|facility|campus|MW|megawatt)\b|"  # "$200-500m per platform": typical
                              r"for the top \d+\b|"
                              # "a $445 billion data center boom": the size of a market, not anyone's outlay (a build-out: below);
                              # "project DUB20 at the old Irish fertiliser industry site": the kind of site it is built on;
                              # "Rs 200 million rupees in the current Public Sector Development Programme (PSDP) to set up
                              # Quetta Data Centre": a budget's name (set 391)
                              r"(?:[\w-]+\s+){0,3}(?:boom|market|industry|sector)\b"
                              r"(?!\s+(?:sites?|land|parks?|estates?|zones?|areas?|development\s+program(?:me)?s?)\b)|"
                              # "debuted the $300 million Vietnam Data Center Fund (VDCF) …, with the first closing scheduled by
                              # Q4 this year": a fund still raising, capital sought (set 394)
                              r"(?:[\w-]+\s+){0,4}funds?\b[^.;]{0,100}?\b(?:first|initial)\s+clos(?:e|ing)\s+(?:is\s+|was\s+)?"
                              r"(?:scheduled|expected|planned|targeted|slated|due)\b|"
                              # "Williams Invests $1.6B in Power Generation Amid AI Data Center Boom", "a $1.6 billion investment
                              # to support power generation and gas pipeline infrastructure": money named for energy, whatever
                              # data centres it serves (set 393; a power company's power plants are energy)
                              r"(?:in|into|for|on|to\s+support|to\s+build)\s+(?:new\s+)?(?:power\s+generation|gas[- ]fired\s+power|"
                              r"gas\s+pipelines?|power\s+plants?)\b|"
                              # "plans to invest more than $7 billion in offices and data centers … across the United States":
                              # a company's spending across its business, offices and all (sets 74 and 392)
                              r"in\s+(?:new\s+)?offices\s+and\s+(?:new\s+)?data\s*cent(?:er|re)s?\b|"
                              # "$5 billion short of Street consensus", "a step-down from …": an analyst's gap or comparison
                              r"Street|consensus|undershoot|overshoot|shortfall|step-?(?:down|up)|sequential|\bbase\b|short of|"
                              # "$5 billion above expectations" is a gap; "~$190B Well above $152B analyst estimate" is not
                              r"\b(?:below|above)\b(?!\s*(?:US\$|\$)\s*\d)|"
                              r"\bloss(?:es)?\b|营收|營收|收入|销售额|利润|利潤|亏损|虧損|"
                              # "获1.1亿美元投资后估值10亿美元": the round, the valuation after it (not "按30亿元投后估值计算")
                              r"(?<!投资后)(?<!投資後)(?<!融资后)(?<!融資後)估值|市值|"
                              r"产值|產值|税收|稅收|"  # "每年可产生约1.77亿元产值": a project's expected output
                              r"减值|減值|impairments?|write-?(?:downs?|offs?))"  # "计提了约162亿元减值": an accounting charge
                              # "a $300 billion valuation" (not "a $13 billion funding round at a valuation of $183 billion")
                              # "a 10-million-euro ($11.7 billion) pre-money valuation": past the converted amount's bracket too
                              r"|^[\s)）]*(?:[\w-]+\s+)?(?:post-money\s+|pre-money\s+)?(?:valuation|market value)"
                              # "some $5 billion higher than analysts had expected": a gap ("$1.9 billion in Q3 was lower than expected" is not)
                              r"|^[\s)）]*(?:higher|lower|more|less)\s+than\b"  # "almost 80% (USD 356bn) higher than in 2025" too
                              r"|^\s*syndicated\b"  # "$10 billion syndicated to partners"
                              # "a $1B data center and R&D hub", "two projects worth more than $1 billion: the An Khanh Data
                              # Center … and the Viettel Research & Development Center": an R&D centre in the sum
                              r"|^[^.;。；]{0,120}?\b(?:R&D|research\s*(?:&|and)\s*development)\s+(?:cent(?:re|er)|hub|campus|facility)\b"
                              r"|^\s*(?:[\w-]+\s+){0,2}(?:sovereign\s+)?(?:wealth|pension)\s+fund\b"  # "$500 billion sovereign wealth fund": assets
                              # "450 trillion KRW … focusing on AI infrastructure and R&D", "a £5bn promise … to invest in
                              # research and infrastructure": a plan that is R&D in part, in either order
                              r"|^(?:[^.;。；]|\.(?=\d)){0,80}?\b(?:infrastructure|data\s+cent(?:re|er)s?|capex)\s+(?:and|&)\s+(?:R&D|research)\b"
                              r"|^(?:[^.;。；]|\.(?=\d)){0,80}?\b(?:R&D|research)\s+(?:and|&)\s+(?:infrastructure|data\s+cent(?:re|er)s?)\b"
                              r"|^\s*drawn\b"  # "$250M senior loan facility (with $100M drawn)": the part of a loan drawn
                              # "more than €100bn ($113.9bn) to digital infrastructure, renewable power, and semiconductor
                              # manufacturing worldwide": an asset manager's allocation across asset classes
                              r"|^(?:[^.;。；]|\.(?=\d)){0,40}?\b(?:to|across|in|into)\s+(?:[\w-]+\s+){0,3}(?:infrastructure|data\s+cent(?:er|re)s),?\s+"
                              r"(?:and\s+)?renewable\s+(?:power|energy)\b"
                              # "raised over $25 billion from global investors like Meta, … to expand the company's retail and
                              # telecom businesses": money for businesses that are not AI infrastructure
                              r"|^[^.;。；]{0,120}?\bto\s+(?:expand|fund|grow|support)\s+(?:the\s+company['’]s\s+|its\s+|their\s+|"
                              r"(?-i:[A-Z])\w*['’]s\s+)?(?:retail|telecoms?|telecommunications|e-commerce)\s+"
                              r"(?:and\s+(?:retail|telecoms?|telecommunications)\s+)?(?:businesses|ventures|operations|arms|units)\b"
                              r"|^[^.;]{0,30}?,\s*\d+\s+projects\b"  # "Kansas: $128.8B investment, 9 projects, 1.8 gw": a total
                              # "As much as $5 billion of the capital raised was raised by Middle Eastern … funds": a share of a round
                              r"|^\s*of\s+(?:the|this|that)\s+(?:capital|round|funding|money|amount)\b"
                              # "over $2.5 billion in fresh funding announced recently across various AI applications": a sum of many
                              r"|^[^.;,，；。]{0,40}?\b(?:funding|investments?|capital|deals)\b[^.;,，；。]{0,40}?"
                              r"\bacross\s+(?:various|several|multiple|many|numerous|different|a\s+(?:range|number|host)\s+of)\b"
                              # "a broader $450 billion infrastructure investment that's rolling out across multiple US
                              # locations": one programme built in many places, not many deals summed
                              r"(?!\s+(?:[\w.-]+\s+){0,2}(?:locations|sites|states|campuses|cities)\b)"
                              r"|^\s*(?:figure|number)\b"  # "That $700 billion figure represents a massive bet": a figure said before
                              r"|^\s*(?:[\w-]+\s+){0,2}peak\b"  # "versus OctoAI's ~$900M Series C peak": a valuation at its height
                              r"|^\s*(?:[\w-]+\s+){0,2}(?:reconstruction|rebuilding)\b"  # "as part of $4.7bn large scale reconstruction"
                              r"|^\s*mark\b"  # "expected to approach the $1 trillion mark": a milestone
                              r"|^\s*option\b"  # "chose not to exercise a nearly $12 billion option to buy more capacity"
                              # "start writing eight-billion-dollar cheques": cheques in general, right after the amount ("a $2
                              # billion check" is one; "raised $250 million with BlackRock writing checks" is a round)
                              r"|^(?:-dollar)?\s*(?:cheques|checks)\b"
                              r"|^[\s)）]*(?:post|pre)-money\b"  # "at a $24 billion post-money" (valuation)
                              # "世纪华通拟发行57亿可转债": a bond, convertible or not, is debt
                              r"|^\s*(?:元|美元|人民币|人民幣)?\s*的?(?:可转换|可轉換|可转|可轉|公司|企业|企業)?(?:债券?|債券?)"
                              # "认缴出资金额从最初的60亿追加至72亿元": a fund's size before it was enlarged (the new size counts)
                              # "将由不超过人民币40.00亿元增至不超过人民币48.00亿元": a project's amount before it was raised
                              r"|^\s*(?:元|美元)?\s*(?:追加|增加|提高|扩大|擴大|提升|上调|上調|增资|增資|增)(?:至|到)", re.I)
# "invest about A$120 million in two new data centres in Vanuatu as part of the broader A$500 million Nakamal Agreement":
# the pact a part belongs to, when the part's own amount comes before it in the sentence (with no part named, "as part
# of a broader $1 billion investment" is the sentence's one investment). A company's own drive or plan the part belongs
# to ("part of a $290-million drive to build data centres across Africa") is its total over several projects and stays.
WHOLE_OF_PART_BEFORE = re.compile(r"\bpart\s+of\s+(?:the|a|an|its|their)\s+(?:(?:broader|wider|larger|bigger|overall)\s+)?"
                                  r"(?:US\$|\b(?-i:AU?\$|NZ\$|S\$)|\$|€|£|¥|￥|" + CODE_BEFORE + r")?\s*$", re.I)
PART_AMOUNT = re.compile(r"\d[\d.,]*[\s-]*(?:million|billion|trillion|bn\b|亿|億|万|萬)", re.I)
PACT_AFTER = re.compile(r"^[^.;,]{0,40}?\b(?:agreement|pact|treaty|accord|compact|partnership|memorandum)\b", re.I)


# "a $445 billion data center buildout" is a market's size, but "growing its Texas footprint with a $40 billion
# build-out" is the company's own: a build-out counts when a possessive names whose it is.
# A project's cost "at full buildout" ("with the largest expected to exceed $21 billion at full buildout", set 373) is the
# project's, not a market's build-out.
BUILDOUT_AFTER = re.compile(r"^(?!\s*(?:at|upon|on|after)\s+(?:its\s+)?(?:full|complete|final|total)?\s*(?:buildout|build-out)\b)"
                            r"[^,，;；.。]{0,24}(?:[\w-]+\s+){0,3}(?:buildout|build-out)\b", re.I)
OWN_BEFORE = re.compile(r"\b(?:its|their|his|her|our)\b[^.;,]{0,40}$|"
                        r"\b(?:announced|unveiled|launched|began|started|plans?)\s+(?:an?\s+)?(?:US\$|\$)?$", re.I)  # "Anthropic has announced a"

ONE_THING_BEFORE = re.compile(r"\ban?\s+(?:US\$|\$|€|£)?\s*$", re.I)  # "a $2B-plus data centre", not "$100 million-plus contracts"


# "the $5bn equity and $7bn debt commitments raised in January": equity named right after the amount makes it equity,
# whatever the next amount is ("$12 billion in equity and debt commitments" is funding, equity first)
EQUITY_AFTER = re.compile(r"^\s*(?:in\s+|of\s+)?(?:new\s+|fresh\s+)?equity\b(?!\s+(?:value|valuation)\b)", re.I)

# "中标浙江凌艾未来4.89亿元智算服务项目", "2.14亿元算力服务三期项目": a compute-service order won, the provider's sales (a
# telecom's compute build won, "2.46亿元GPU算力建设项目", is the telecom's spending). Right after the amount only:
# "投资5亿元建设智算中心并开展算力服务项目" is an investment.
SERVICE_ORDER_AFTER = re.compile(r"^\s*(?:美元|元)?的?(?:智算|算力)(?:服务|服務)(?:[一二三四五六七八九十]期)?"
                                 r"(?:项目|項目|订单|訂單|大单|大單)")

# "其中为2.23亿元的算力设备预付款", "2.23亿元预付算力设备款": a prepayment, a payment within a spend told already (set 266)
PREPAYMENT_AFTER_ZH = re.compile(r"^[^，,。；;]{0,12}?(?:预付|預付)")


# "It raised USD 3.3bn in green financing … in April 2024 and USD 1.3bn in June 2024": the second of two amounts joined by
# "and", whose first is named as something else and which names no kind of its own ("in June", not "in equity") (set 361)
SECOND_LISTED_BEFORE = re.compile(r"\band\s+(?:" + CODE_BEFORE + r"|" + SIGNS + r")?\s*$", re.I)
OWN_KIND_AFTER = re.compile(r"^\s*(?:in|of|for)\s+(?-i:[a-z])")


def second_of_other_kind(sentence: str, num: Num) -> bool:
    """Whether the amount follows "and" after an earlier amount in its clause that the words after it name as
    something else, while the amount itself names no kind of its own."""
    before = N.window_before(sentence, num.qualifier_start, 160)
    if not SECOND_LISTED_BEFORE.search(before) or OWN_KIND_AFTER.match(sentence[num.end:]):
        return False
    earlier = list(PART_AMOUNT.finditer(before))
    between = before[earlier[-1].end():] if earlier else ""
    return bool(earlier) and not re.search(r"[;；]", between) and bool(NOT_INVEST_AFTER.match(between))


# "plans to invest $400-$500 million in the India market over the next two years": a named country's market is where
# the money goes, not a market's size; the words after it are read instead (set 380)
PLACE_MARKET_AFTER = re.compile(r"^\s*in\s+the\s+(?-i:[A-Z])[\w-]*\s+market\b", re.I)


def named_otherwise(sentence: str, num: Num) -> bool:
    """Whether the words right after the amount say it is something else (revenue, a valuation, debt, a
    market's size), or a build-out no possessive makes anyone's own."""
    rest = PLACE_MARKET_AFTER.sub("", sentence[num.end:], count=1)
    if lease_value(sentence, num) or EQUITY_AFTER.match(rest):
        return False
    if ONE_THING_BEFORE.search(N.window_before(sentence, num.qualifier_start, 12)):
        rest = re.sub(r"^-plus\b", "", rest)  # "a US$2B-plus, 100-megawatt AI data centre": one, more than; not a threshold
    skipped = BRACKET_AFTER.match(rest).group(0)  # "6.7 trillion rupiah (US$ 411 million) of financing": past the conversion
    # "$1.13 billion and Can$1.07 billion in asset-backed securitizations": past the amounts listed with it (set 346)
    listed = LIST_TAIL.match(rest)
    return bool(NOT_INVEST_AFTER.match(rest) or (skipped.strip() and NOT_INVEST_AFTER.match(rest[len(skipped):]))
                or (listed and NOT_INVEST_AFTER.match(rest[listed.end():]))
                or SERVICE_ORDER_AFTER.match(rest) or PREPAYMENT_AFTER_ZH.match(rest) or second_of_other_kind(sentence, num)) or (
        bool(BUILDOUT_AFTER.match(rest)) and not OWN_BEFORE.search(N.window_before(sentence, num.qualifier_start, 50)))


# --------------------------------------------------------------------------- refusals

# "is working with Morgan Stanley … on a financing package of roughly $13bn": a financing in the making, not closed (the
# article-level drop in _extract reads the same words)
FINANCING_IN_MAKING = r"\bworking\s+with\b[^.;$]{0,80}?\bfinancing\s+package\s+of\s+[^.;$\d]{0,12}"
# Money near an investment word that is not an investment, by what stands before it: accounting hits,
# global totals, revenue and profit, valuations ("investors valued the company at $300 billion"), analyst
# notes (Street, consensus, steps down, cash flow, FCF), IPO subscriptions, R&D, backlogs and RPO, ARR,
# forecasts and estimates ("X projected that", "analysts estimate", "Jefferies pegs"), sums ("combined").
US_STATE = (r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
            r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
            r"Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|"
            r"Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming)")
# A region larger than a country, whose total is every company's summed ("data centre investment in Asia-Pacific")
# The verbs of a hope told before what it is to draw ("India aims to attract", "is working to attract … with a total
# investment of"), one list for both patterns that read them
_HOPES = r"aims?|hopes?|hoping|seeks?|seeking|plans?|targets?"
REGION = r"(?:Asia[- ]Pacific|APAC|Southeast\s+Asia|Latin\s+America|Middle\s+East|EMEA|Europe|Africa|the\s+Americas|Nordics)"
# "AI boom fuels US$11.6b data centre investment in Asia-Pacific": the region's total (not "Microsoft's $2B …")
REGION_TOTAL_AFTER = re.compile(r"^\s*(?:of\s+)?(?:data[- ]cent(?:er|re)|AI|cloud|digital\s+infrastructure)\s+investments?\s+"
                                r"(?:in|across)\s+(?:the\s+)?" + REGION + r"\b", re.I)
NOT_INVEST_BEFORE = re.compile(r"(?:(?:impacted|hit|reduced|lowered|cut)\s+(?:net\s+)?(?:profit|income|earnings)[^.;]{0,20}|"
                               # "officially yanking $4 billion of funds pledged to the project": money withdrawn (set 394)
                               r"\b(?:yank(?:s|ed|ing)?|withdr(?:aw|aws|awing|ew|awn)|rescind(?:s|ed|ing)?|claw(?:s|ed|ing)?\s+back|"
                               r"pull(?:s|ed|ing)?\s+back)\s+" + _ROUGHLY + r"|"
                               # "Samsung, Hyundai Motor Group, and LG Group have committed to invest a total of": several
                               # companies' total
                               r"(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3},\s+(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3},?\s+"
                               r"and\s+(?-i:[A-Z])[^.;]{0,80}?\ba\s+(?:combined\s+)?total\s+of\s*(?:US\$|\$|€|£)?\s*|"
                               # "investor consortia plan to deploy a total of 1.8 billion New Zealand dollars", "investments
                               # around Christchurch and Hamilton have reached a total of": several investors' or projects' total
                               r"\bconsortia\b[^.;]{0,60}?\ba\s+(?:combined\s+)?total\s+of\s*|"
                               r"\binvestments\s+(?:in|into|around|across)\s+(?!(?:its|their|our)\b)[^.;]{0,60}?\b(?:have|has)\s+(?:reached|totall?ed|hit|topped|"
                               r"exceeded|surpassed)\s+(?:a\s+(?:combined\s+)?total\s+of\s*)?|"
                               # "Japan and Singapore recently witnessed data centre deals worth over $350m in total": the deals
                               # places saw, a market's transactions summed (set 268)
                               r"\b(?:witness(?:ed|es)?|saw|sees|recorded|registered)\s+(?:[\w-]+\s+){0,4}?(?:deals|transactions)\s+"
                               r"(?:worth|valued\s+at|totall?ing)\s+(?:over\s+|more\s+than\s+|about\s+|around\s+|nearly\s+|some\s+)?|"
                               # "network infrastructure represents over half of that dollar volume (over $200 billion.)": a
                               # market's money changing hands, not an outlay (set 272)
                               r"\b(?:dollar|sales|trading|transaction)\s+volumes?\b[^.;$\d]{0,12}|"
                               # "the purchase, sale or rental of infrastructure enabling the positioning of servers reached
                               # 654 million euros in 2023": a market's transactions
                               r"\b(?:purchases?|sales?|buying|selling)\s*,?\s*(?:(?:purchases?|sales?|buying|selling)\s*,?\s*)?"
                               r"or\s+(?:rentals?|renting|leasing|sales?|purchases?)\s+of\b[^.;]{0,120}|"  # not a deal's "purchase and sale of"
                               # "Blackstone's data center portfolio included $55 billion in operational … facilities": holdings
                               # "pushing its total digital infrastructure portfolio beyond AUD 6 billion": the same
                               r"\bportfolio\s+(?:includes|included|consists\s+of|consisted\s+of|comprises|comprised|beyond|past|above|to)\s+"
                               r"(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|over\s+|more\s+than\s+)?|"
                               # "IDC data shows that full-year 2025 AI infrastructure and related systems spending totalled USD
                               # 318 billion, more than double the USD 153 billion recorded in 2024": a market an analyst counted
                               r"\b(?:IDC|Gartner|Forrester|Canalys|Omdia|TrendForce|Synergy\s+Research(?:\s+Group)?|Dell['’]Oro(?:\s+Group)?)\s+"
                               r"(?:data|figures|numbers|research|estimates?|forecasts?|says|said|shows?|showed|expects?|predicts?|projects?|"
                               r"reports?|reported)\b[^.;]{0,160}|"
                               # "The study projects sharp growth for the Nordic data centre market until 2025 – with expected annual
                               # construction investments in the order of EUR 2-4.3 billion": a market a study forecast
                               r"\b(?:study|report|survey|analysis)\s+(?:projects|forecasts|predicts|expects|estimates)\b[^.;]{0,60}?"
                               r"\bmarkets?\b[^.;]{0,120}|"
                               r"\btotal\s+(?:fundraising\s+amount|amount\s+to\s+be\s+raised)\b[^.;,]{0,25}|"  # a placement's whole
                               # a raise not yet closed and what it would bring: "of a planned $818M funding round", "would bring
                               # Crusoe’s total funding to approximately $1.5 billion", "will have raised almost" ("is raising" is below);
                               # a valuation compared: "a higher price than the $3 billion"
                               r"\b(?:planned|targeted|intended)\s*|"
                               # "a funding deal valuing OpenAI at $300 billion": the company's valuation (an acquisition "which
                               # values Aligned at" is exempted below, as what the deal is worth)
                               # "in a deal valuing the company at $3.5bn" too
                               r"\bvalu(?:ing|es|ed)\s+(?:(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,2}|"
                               r"the\s+(?:company|firm|startup|business|group)|it|them)\s+at\s+"
                               r"(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+)?|"
                               # "Originally touted as a $10 billion project that would create 13,000 jobs": a plan since abandoned
                               r"\boriginally\s+(?:touted|billed|pitched|announced|planned)\s+as\s+(?:an?\s+)?|"
                               r"\bwould\s+bring\b[^.;]{0,50}\bto\s+(?:approximately\s+|about\s+|almost\s+|nearly\s+|roughly\s+)?|"
                               r"\bwill\s+have\s+raised\s+(?:approximately\s+|about\s+|almost\s+|nearly\s+|roughly\s+)?|"
                               r"\b(?:higher|lower)\s+price\s+than\s+(?:the\s+)?|"
                               # "Gartner projects global AI spending will reach", "Q1 2026 global venture funding reached $297B",
                               # "Global AI chip startup funding reached $8.3 billion": the world's or a sector's total
                               # ("Over 1/5 of global greenfield project values ($270 bn+) went to data centres" too)
                               r"(?:全球|global|worldwide|industry-wide|corporate|private)[^,，;；。.]{0,24}(?:资本开支|資本開支|capex|capital expenditure|"
                               r"(?:AI\s+)?(?:spending|investment|funding|(?:project\s+)?values))[^,，;；。.]{0,16}|"
                               r"(?:营收|營收|收入|产值|產值|税收|稅收)[^,，;；。]{0,6}|\bsteps? (?:down|up)\s*|估值[^,，;；。]{0,6}|valuation(?:\s+(?:reported|reportedly|said|put|pegged|estimated|set))?[^.;,)）]{0,20}|\bStreet\b|consensus[^.;]{0,20}|cash flow[^.;]{0,20}|\bFCF\b[^.;]{0,40}|"
                               # "长期股权投资价值从2024财年13亿美元增至2025财年34亿美元": the book value of stakes held
                               r"(?:长期股权投资|長期股權投資)[^,，;；。]{0,30}|"
                               # "获 “东数西算” 专项补贴 1.2 亿元": a grant received, not an outlay
                               r"(?:补贴|補貼|\bsubsid(?:y|ies)\b)[^,，;；。.]{0,6}|"
                               # "紫光计划10年内在芯片制造领域投资超过1000亿美元": chip manufacturing, a fab plan (sets 179 and 276)
                               r"(?:芯片|晶圆|晶圓|半导体|半導體|集成电路|集成電路)(?:制造|製造)(?:领域|領域|行业|行業|产业|產業)?\s*"
                               r"(?:投资|投資)(?:超过|超過|超|逾|约|約|近)?\s*|"
                               # "项目首期注册资本2亿元人民币": a company's registered capital, no outlay (sets 156 and 275)
                               r"(?:注册资本|註冊資本|注册资金|註冊資金)[^,，;；。]{0,6}|"
                               r"认购金额|認購金額|subscri\w*[^.;]{0,20}|(?:研发|研發|R&D)[^,，;；。.]{0,30}|"
                               r"(?:实验室|實驗室|\blaborator(?:y|ies))[^,，;；。.]{0,10}|"  # "新华三集团中央实验室投资20亿元": R&D
                               # a backlog: "储备订单已超50亿元", "在手订单约30亿元"
                               r"backlog[^.;]{0,30}|\bRPO\b[^.;]{0,30}|(?:积压|積壓|储备|儲備|在手)(?:订单|訂單)[^，,。；;\d]{0,6}|"
                               r"(?:ARR|经常性收入|經常性收入)\s*(?:为|為|约|約)?\s*|"
                               r"(?:projected|forecast|forecasts|predicted|predicts|estimated|estimates) that[^.;]{0,140}|"
                               r"analysts?\s+(?:estimate|expect|project|forecast|see)[^.,;]{0,40}|"
                               # "investment in the African data center market is expected to reach US$5.4billion by 2027", "The
                               # data centre market in South-east Asia is poised to grow by US$10.57 billion" (set 266), "Australia’s
                               # market forecast to reach $46 billion by 2029" (set 325)
                               r"\b(?:market|sector|industry)(?:\s+(?:in|of|across)\s+[^.;,]{1,40}?)?\s+(?:(?:is|are|was|were|will\s+be)\s+)?(?:expected|projected|forecast|set|poised|"
                               r"estimated|anticipated)\s+to\s+(?:(?:reach|hit|grow|exceed|surpass|top|be\s+worth)\b[^.;]{0,30}|"
                               # "Italy’s data center sector is set to experience a significant boom in investments, with
                               # an expected doubling to 10 billion euros": what a market is to see, a forecast
                               r"(?:experience|see|witness)\b[^.;]{0,80})|"
                               # "a nationwide boom in data centres that is predicted to bring an estimated €3 billion to Spain"
                               r"\bpredicted\s+to\s+(?:bring|attract|draw|reach|hit|top)\b[^.;]{0,40}|"
                               # "仍遠低市場預期的全年最少800億元": the market's expectation; "成本和费用达70亿元": operating costs
                               r"市[场場](?:普遍)?[预預](?:期|计|計|料)[^，,。；;]{0,12}|(?:成本|费用|費用)(?:和|及|与|與)?(?:费用|費用)?\s*(?:达到?|達到?|为|為|约|約)?|\bpegs?\b[^.;]{0,80}|"
                               # "The total investment in these projects has exceeded 98.5 billion baht": several projects
                               # just counted, summed (set 267)
                               r"\btotal\s+investments?\s+(?:in|of|for)\s+(?:these|those|the|all(?:\s+the)?)\s+(?:[\w-]+\s+){0,3}?"
                               r"projects\b[^.;]{0,40}|"
                               r"combined(?!\s+with\b)[^.;]{0,100}|" + ALL_SECTORS + r"[^.;]{0,160}|(?:collectively|collective|(?<![’']s )(?<!\bits )cumulative|altogether|in total|(?<!总价)(?<!總價)(?:合计|合計|共计|共計)(?!募资|募資)),?"
                               # (through a list of names: "Collectively, investments from giants like Reliance, Adani, Vedanta, and
                               # Tatas approached", set 340)
                               r"(?:[^.,;]|,(?=\s+(?:and\s+)?(?-i:[A-Z]))){0,100}|"
                               r"(?:获批|核准|批准|獲批|核準)(?:的)?投[资資][^。；;]{0,40}|"
                               # "India aims to attract $200 billion", "We are hoping to convince companies to invest up to €1 billion"
                               r"\b(?:" + _HOPES + r"|(?:goal|aim|ambition|target)\s+is)\s+to\s+(?:attract|garner|draw|lure|bring\s+in|"
                               r"(?:convince|persuade|encourage)\s+(?:[\w-]+\s+){1,3}?to\s+(?:invest|spend|commit))\s+"
                               r"(?:as\s+much\s+as\s+|up\s+to\s+|about\s+|over\s+|more\s+than\s+)?|"  # "子行业获批投资规模达…": a sector's approved total
                               # "is actively working to attract private companies to establish eight data centres …, with a
                               # total investment of approximately Rs 300 billion": what a government hopes to draw (set 342)
                               r"\b(?:working|" + _HOPES + r")\s+to\s+(?:attract|lure|woo|draw)\b[^.;]{0,120}?"
                               r"\bwith\s+(?:an?\s+)?(?:total\s+|combined\s+|estimated\s+)*investments?\s+of\s+"
                               r"(?:approximately\s+|about\s+|around\s+|over\s+|nearly\s+|more\s+than\s+)?|"
                               # "a target was set to develop 900 MW of capacity and attract investments worth ₹30,000 crore": to
                               # attract is a hope; "A revised policy now targets eight parks … with an estimated Rs 30,000 crore
                               # investment": a policy's target; "Investment proposals worth ₹21,342.90 crore have been
                               # approved": many companies' proposals, summed (set 328)
                               r"\battract\s+(?:[\w-]+\s+){0,2}?investments?\s+(?:worth|of|totall?ing)\s+(?:about\s+|around\s+|over\s+|"
                               r"nearly\s+|up\s+to\s+|more\s+than\s+)?|\bpolic(?:y|ies)\s+(?:now\s+|also\s+)?targets\b[^.;]{0,120}|"
                               r"\binvestment\s+proposals\s+(?:worth|of|totall?ing|valued\s+at)\s+(?:about\s+|around\s+|over\s+|nearly\s+|"
                               r"more\s+than\s+)?|"
                               # "investment in data centers across the Asia-Pacific region, totaling US$11.6 billion", "The
                               # Asia-Pacific region is seeing a surge in data center investments, amounting to": a region's total
                               r"(?<![’']s )(?<!\bits )\binvestments?\b[^.;]{0,60}?\b(?:across|in)\s+(?:the\s+)?" + REGION + r"\b[^.;]{0,30}?"
                               r"(?:totall?ing|amounting\s+to)\s*(?:US\$|\$)?\s*|"
                               r"\b(?:the\s+)?" + REGION + r"\s+region\b[^.;]{0,80}?\binvestments?\b[^.;]{0,30}?(?:totall?ing|amounting\s+to)\s*(?:US\$|\$)?\s*|"
                               # "data centre sales reached a record high of $840.47 million last year": deals summed over a year
                               r"\b(?:sales|transactions|deal\s+volumes?)\s+(?:reached|totall?ed|hit|amounted\s+to|rose\s+to)\b[^.;,]{0,30}|"
                               # "Several large transactions are in the works, including a potential $1 billion sale of … and a $500
                               # million data centre sale": deals not yet made
                               # (not "with plans in the works to invest a total of £1.85bn": a plan to invest, set 378)
                               r"(?<!\bplans )\bin\s+the\s+works\b(?!\s+to\s+(?:invest|spend|build|develop)\b)[^.;]{0,160}|"
                               # "data center investment in Asia Pacific reached US$4.1 billion": a region's total, no one's
                               r"(?<![’']s )(?<!\bits )\b(?:data[- ]cent(?:er|re)|AI|cloud|digital\s+infrastructure)\s+investments?\s+in\s+(?:the\s+)?"
                               r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s+(?:reached|totall?ed|hit|amounted\s+to|rose\s+to|climbed\s+to|"
                               r"grew\s+to|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?|"
                               # "the investment in data centres is on the rise in Bangladesh, with about Tk5,200 crore already
                               # invested": a country's total, every company's summed
                               r"(?<![’']s )(?<!\bits )(?<!\btheir )\binvestments?\s+in\s+(?:data[- ]cent(?:er|re)s|AI|cloud|digital\s+infrastructure)\s+"
                               r"(?:is|are|has|have)\b[^.;]{0,30}?\bin\s+(?-i:[A-Z])[\w-]*\b[^.;]{0,40}|"
                               # "Capital expenditure in data centres around the world in 2026 is huge, estimated at around USD 700
                               # billion": the world's spending, estimated
                               r"\b(?:worldwide|globally|(?:around|across)\s+the\s+(?:world|globe))\b[^.;]{0,60}?\bestimated\s+(?:at|to\s+be)\s+"
                               r"(?:around\s+|about\s+|some\s+|roughly\s+)?(?:USD\s+)?|"
                               # "闽宁产业园累计已完成固定资产投资6.7亿元(政府投资1.6亿元,企业投资5.1亿元)": a park's projects summed
                               r"(?:产业园|產業園|园区|園區|开发区|開發區)[^。；;，,]{0,10}(?:累计|累計)[^。；;，,]{0,6}(?:固定资产|固定資產)(?:投资|投資)[^。；;]{0,30}|"
                               # "大同市算力中心基建累計投資282億元,服務器投資累計491億元": a city's cumulative investment, every
                               # company's summed ("秦淮数据在大同市累计投资", a company's own in a city, starts with the company)
                               r"(?:^|[,，。；;:：“”\"])\s*[^\s在于於对對向，,。；;:：“”\"]{1,6}(?:市|省|县|縣)[^，,。；;“”]{0,12}(?:累计|累計)(?:完成)?"
                               r"(?:投资|投資)(?:[^。；;]{0,20}?[,，、][^，,。；;]{0,8}(?:累计|累計))?|"
                               # "今年魏桥集团在山东的投资额将超过240亿元", "海尔在国内外市场的投资额已超500亿元": a company's spending
                               # in a place or market, its projects summed (set 333)
                               r"在[^，,。；;的]{1,12}的(?:总|總)?投[资資](?:额|額|规模|規模)\s*(?:将|將|已|预计|預計|累计|累計)?\s*"
                               r"(?:超过|超過|超|达到?|達到?|逾|约|約|为|為)?\s*$|"
                               # "在宁夏中卫,数据中心产业已累计完成投资近400亿元": an industry's cumulative total in a place, as
                               # the city's above ("该数据中心产业园已累计完成投资20亿元" is one park's)
                               r"(?:产业|產業)(?:已经?|已經)?(?:累计|累計)(?:完成)?(?:投资|投資)了?[^，,。；;\d]{0,4}|"
                               # "2019年,我国算力产业投资规模达到1000亿元": a country's (or the world's) industry, every company's summed
                               r"(?:我国|我國|全国|全國|中国|中國|全球|全世界)[^，,。；;\d]{0,12}(?:产业|產業|行业|行業|市场|市場)(?:的)?(?:投资|投資)(?:规模|規模|总额|總額)"
                               r"[^，,。；;\d]{0,6}|"
                               # "there were 26 industrial projects, with a total investment of 58 billion yuan": a sum;
                               # "Quantum startup Photonic raises $137 million": quantum computing, not AI infrastructure
                               # "17 newly added electronic information and manufacturing projects were added, and the total
                               # planned investment was 100 million yuan" too; "four data center initiatives, amounting to a
                               # total project expenditure of P40.14 billion", "four data center initiatives with investments
                               # amounting to P3.96 billion": projects a board registered, summed
                               r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,6}(?:projects|initiatives)\b"
                               r"(?:[^.;]{0,40}?\btotal\s+(?:planned\s+)?(?:investment|project\s+(?:cost|expenditure))\s+"
                               r"(?:of|was|is|were|reached|amounted\s+to)|\s+involving|\s+with\s+(?:a\s+)?(?:total\s+)?investments?\s+"
                               r"(?:amounting\s+to|totall?ing|of|worth))\s+(?:about\s+|around\s+|over\s+)?|"
                               # "brought more than 40 projects to Prince William County, with $9 billion in capital
                               # investment": the projects' capital, told after a comma (set 358)
                               r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,6}projects\b[^.;$]{0,60}?,\s*"
                               r"with\s+" + _ROUGHLY + r"|"
                               r"\bquantum\s+(?:computing\s+)?(?:start-?up|company|firm)\b[^.;]{0,60}|"
                               r"(?:共有|共)\s*\d+\s*个项目[^。；;]{0,30}|(?:投资|投資)(?:过|超过|超過)\s*|"  # "共有207个项目…总投资", "投资过10亿元项目29个"
                               # "天翼云中南数字产业园项目、“天心数字谷”一期、长沙总部基地云计算项目已正式开工,计划总投资200亿元": a list's sum
                               r"(?:项目|項目)、[^。；;]{0,60}(?:项目|項目)(?:已|已经|已經)?(?:正式|集中)?(?:开工|開工|签约|簽約|投产|投產|落地)[^。；;]{0,12}|"
                               # "identified a further six data center investments with an aggregate value of around £200m": a pipeline
                               r"\bidentified\s+(?:[\w-]+\s+){0,6}(?:investments|deals|opportunities|acquisitions|targets)\b[^.;]{0,60}|"
                               # "an acquisitions roadmap that includes a further six data centre investments opportunities with an
                               # aggregate value of approximately £188 million": opportunities in sight, not deals made (set 378)
                               r"\b(?:opportunities|targets|prospects)\s+with\s+an?\s+(?:aggregate|combined|total)\s+value\s+of\s+"
                               r"(?:approximately\s+|about\s+|around\s+|some\s+|roughly\s+)?|"
                               # "The Australian portfolio comprises eight properties with a total acquisition value of $2.3 billion":
                               # a portfolio's holdings summed over its properties (set 50's portfolio; set 378)
                               r"\bportfolio\s+(?:comprises|includes|consists\s+of|contains)\s+(?:[\w-]+\s+){0,3}?(?:properties|assets|"
                               r"data\s*cent(?:er|re)s|facilities|sites)\b[^.;]{0,40}?\bvalue\s+of\s+(?:approximately\s+|about\s+|"
                               r"around\s+|some\s+|roughly\s+)?|"
                               # "to fund a development pipeline with a cost of more than $30B": projects planned, not committed (as "a pipeline
                               # of prospective projects")
                               r"\bpipeline\s+(?:with\s+a\s+(?:total\s+)?(?:cost|value)\s+of|worth|valued\s+at|costing)\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|some\s+)?|"
                               # "集中开工16个重大项目,总投资约190亿元", "产业项目8项,总投资", "招引一批重大項目入駐,總投資額達": sums
                               # ("8个软件和信息技术服务业总部项目集中签约…,总投资近100亿元": the projects may take many words)
                               # "15个重点算力产业项目完成签约,签约项目总投资超过500亿元" too
                               # "规划建设了14个超大型数据中心,总占地面积11184亩,预计总投资超过400亿元": a zone's data centres, summed
                               # ("已簽約落戶4個超大型數據中心項目,計劃總投資200多億元" too: a few projects are summed as well as many,
                               # while "该项目计划建设2个数据中心,总投资50亿元" is one project's)
                               r"(?:\d{2,}\s*(?:个|個)[^\d。；;，,]{0,6}?(?:数据中心|數據中心|智算中心|算力中心)|"
                               r"[2-9]\s*(?:个|個)[^\d。；;，,]{0,6}?(?:数据中心|數據中心|智算中心|算力中心)(?:项目|項目))[^。；;]{0,40}|"
                               r"\d+\s*(?:个|個|项|項)\s*(?:重大|重点|重點)?[^\d。；;，,]{0,16}?(?:项目|項目)[^。；;]{0,30}|(?:项目|項目)\s*\d+\s*(?:项|項|个|個)[^。；;]{0,30}|"
                               # "其中,福州76个、总投资308亿元,厦门20个、总投资31亿元": a count, then its total; "有明确意向来韶投资的
                               # 企业31家、总投资2200多亿元": a count of firms, then theirs
                               r"\d+\s*(?:个|個|项|項|家)[、,，]\s*(?:总投资|總投資)(?:额|額)?(?:约|約|达|達|为|為)?\s*|"
                               # "签订战略合作协议14项,计划总投资205亿元": agreements counted, then their total (set 358)
                               r"(?:协议|協議|合同)\s*\d+\s*(?:个|個|项|項|份)[^。；;]{0,30}|"
                               # "集中开工5个项目包括中国电信、中国移动…以及中瀚云韶关数据中心项目,总投资约215亿元": a count of projects
                               # listed, then their total (a list whose items give their own amounts has digits and is not this)
                               r"\d+\s*(?:个|個|项|項)[^\d。；;，,]{0,6}?(?:项目|項目)(?:包括|包含)[^\d。；;]{0,150}?、[^\d。；;]{0,150}?"
                               r"[,，\s]*(?:总投资|總投資)(?:额|額)?(?:约|約|达|達|为|為|超过|超過|逾)?\s*|"
                               # "中标公告或合同公告至少有9起,累计金额约20亿元": a count of awards, then their total
                               r"\d+\s*(?:起|笔|筆|单|單)[、,，]\s*(?:累计|累計|合计|合計|共计|共計|总计|總計)(?:金额|金額)?"
                               r"(?:约|約|达|達|为|為|超过|超過|逾)?\s*|"
                               # "福州滨海新城集中开工活动举行 总投资额逾90亿元", "当天集中开工的项目包括A、B、C等,总投资额约92.5亿元":
                               # projects started together, summed (not "集中开工的中联数据中心项目,总投资72亿元", one of them)
                               r"集中(?:开工|開工|签约|簽約)(?:(?:活动|活動|仪式|儀式)(?:举行|舉行)?[\s,，]*|的(?:重大|重点|重點)?(?:项目|項目)(?:包括|包含|有)"
                               r"[^。；;]{0,150}?、[^。；;]{0,150}?等[\s,，]*)(?:总投资|總投資)(?:额|額)?(?:约|約|达|達|为|為|超过|超過|逾)?\s*|"
                               # "全年大模型中标项目数量达587个,中标金额突破15亿元": a sector's winning bids, summed
                               r"(?:项目|項目)(?:数量|數量)(?:达|達|为|為|超过|超過)?\s*\d+\s*(?:个|個|项|項)[^。；;]{0,30}|"
                               # "建設銀行的科技投入爲244.33億元": a bank's technology budget, like R&D
                               r"(?:金融)?科技(?:投入|预算|預算)[^，,。；;]{0,6}|"
                               # "智算中心如雨後春筍般飛速生長,總體投資額早已超過1000億元": a city's centres, summed
                               r"(?<!项目)(?<!項目)(?:总体|總體|整体|整體)(?:投资|投資)(?:额|額|规模|規模)?[^，,。；;]{0,8}|"
                               r"一批[^。；;，,]{0,12}(?:项目|項目)[^。；;]{0,30}|"
                               r"(?:revenue|sales|income|营收|營收|收入)\b[^.;,]{0,30}\bto\s*|"  # "revenue jumped 48% to $17.7 billion"
                               r"(?:total|combined|aggregate)\s+(?:hyperscaler|industry|global|sector)\s+(?:capital\s+)?(?:expenditures?|capex|spending|spend)[^.;]{0,60}|"
                               r"estimates?\s+to\s*~?|(?<!\bprevious )(?<!\bprior )(?<!\bearlier )expectations?\s+(?:for|of)\s+(?:an?\s+)?|\bGDP\b[^.;]{0,30}|国内生产总值[^，,。；;]{0,10}|"
                               # "雲端四雄大投資總額上看", "上季四大北美CSP資本支出總額已達", "Alphabet、Meta和微軟上季資本支出總計達到":
                               # several clouds' capex summed, by a count of them or by a list
                               r"(?:[二三四五六七八九十两兩]|\d+)\s*(?:大|雄|巨頭|巨头)[^。；;]{0,80}?(?:總額|总额|總計|总计|總金額|总金额|合計|合计)[^。；;]{0,30}|"
                               r"、[^，,。；;]{0,40}(?:和|及|與|与)[^，,。；;]{0,30}?(?:總計|总计|總額|总额|合計|合计|總金額|总金额)[^，,。；;]{0,10}|"
                               # "先后引进并建设秦淮、京东、抖音、中联、秦云五大算力中心,累计完成投资": a list of companies' centres, summed
                               r"、[^，,。；;、]{1,12}?(?:[二三四五六七八九十两兩]|\d+)\s*(?:大|个|個|家)[^\d。；;，,]{0,6}?"
                               r"(?:数据中心|數據中心|智算中心|算力中心|企业|企業|项目|項目)[^。；;]{0,40}|"
                               # "以微軟去年度資本支出增加45%計算,今年度資本支出至少約為": the outlet's estimate, worked out
                               # (not an IPO's proceeds worked out from its fixed price: "按此計算,本次發行募集資金總額約80億元";
                               # not cloud computing: "以杭鋼雲計算數據中心建設為突破口,…總投資400億元的…小鎮")
                               r"(?:以|按|按照|依)[^，,。；;]{0,30}(?:(?<![雲云])(?:計算|计算)|推算|估算)(?![^。；;]{0,40}(?:募集|募资|募資))[^。；;]{0,40}|"
                               # "英業達…AI伺服器委外代工商機…投入資本支出": a contract manufacturer's capex for its factories
                               r"(?:代工|\bODM\b)[^。；;]{0,60}(?:資本支出|资本支出|資本開支|资本开支)[^。；;]{0,20}|"
                               # "total investments in computing power centers exceeding": many centres summed
                               r"\btotal\s+investments\s+in\s+(?:[\w-]+\s+){0,3}(?:cent(?:er|re)s|projects|facilities|campuses)\b[^.;]{0,30}|"
                               # "微軟、Alphabet、亞馬遜和Meta等今年…投入了超過": a group of companies listed with 、
                               r"(?![^，,。；;]*(?:分别|分別|各自))[^，,。；;、]+、[^，,。；;、]+、[^，,。；;]+(?:和|及|与|與)[^，,。；;]{0,60}|\bestimates?\s+(?:\w+\s+){1,3}at\s*|\btotal (?:capex|spending|spend|capital expenditures?)\b[^.;]{0,40}|"
                               # "projected at $98.8 billion by FactSet", "Q2 estimates at $36.25 billion", "capex estimates had hit $725 billion"
                               r"(?:projected|estimated|estimates?)\s+(?:(?:had|have|has|is|are|was|were)\s+)?(?:at|hit|reached|topped)\s*~?|"
                               r"(?:Alphabet|Amazon|Meta|Microsoft|Google), (?:Alphabet|Amazon|Meta|Microsoft|Google)(?![’']s)[^.;]{0,80}|"  # not "Alphabet, Google's parent"
                               r"(?<!consortium of )\b(?:Big Tech|hyperscalers|tech giants|technology giants|"
                               # "major technology companies promise to invest more than 24 billion euros": many companies
                               r"(?:major|large|big|leading)\s+(?:technology|tech)\s+(?:companies|firms))\b\s+"
                               r"(?:(?:are|is|now|have|has)\s+)*(?:on track|commits?|eyes?|projected|"
                               r"plans?|set to|expected|poised|collectively|together|promise[sd]?)[^.;]{0,40}|"
                               r"(?<!\bits earlier )(?<!\bits previous )(?<!\bits prior )(?<!\bits initial )(?<!\bits own )estimates? of|projected to (?:reach|hit|top|have|spend|invest)[^.;,]{0,40}|growth[^.;]{0,20}\bto|"
                               # "capital expenditures for the 14 largest publicly owned data-center operators were seen close to"
                               r"\b\d+\s+(?:largest|biggest|top|major)\b[^.;]{0,100}|\b(?:is|are|was|were)\s+seen\s+(?:at|close to|around|near|reaching)?\s*|"
                               r"potential|potentially(?:\s+(?:exceeding|topping|reaching|surpassing|hitting|over|above))?|"
                               r"\bpoints? (?:toward|towards|to)\b[^.;]{0,40}|on pace for|on track (?:for|to)(?:\s+\w+)?(?:\s+(?:over|more than|about|roughly))?|"
                               r"could (?:well |now )?(?:reach|hit|top|approach|be\s+(?:up\s+to|as\s+much\s+as)|(?:climb|rise|grow|jump|increase)(?: (?:to|above|past))?|exceed)(?: the)?(?:\s+(?:nearly|about|roughly|over|more than))?|(?<!partnership )(?<!deal )(?<!contract )(?<!agreement )valu(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}(?:at|near|around|above|over)(?:\s+somewhere)?(?:\s+between)?|"
                               r"valuation of|market (?:cap|capitali[sz]ation|value)(?: of|:)?|"
                               # "the Korean data center market is expected to grow at a CAGR of 9.89% from 2022 to 2028 at
                               # US$ 6.74 billion by 2028": a market's size forecast by its growth rate (set 320)
                               r"\bmarket\b[^.;]{0,40}?\bgrow\w*\b[^.;]{0,20}?\bCAGR\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:at|to)\s+(?:US\$|\$)?\s*$|"
                               r"\b(?:projects?|projected|forecasts?|forecasted|estimates?|estimated|puts?|pegs?|pegged|sizes?|sized|values?|valued)\s+"
                               r"the\s+(?:[\w&’'-]+\s+){0,8}?market\s+(?:at|to\s+(?:reach|hit|top))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?|"
                               # "could value the company between $170 billion and $200 billion" ("between" is the range's)
                               r"\bvalu(?:e|es|ed|ing)\s+(?:the\s+)?(?:company|firm|startup|business|it|them)\s*$|"
                               # "累計節省投資565億美元": savings, not spending; "deals totaling over $110 billion": a sum of several
                               r"(?:节省|節省|节约|節約|省下)[^，,。；;]{0,4}|"
                               # "a 100MW data center customer could save up to approximately $2.7bn": savings
                               # "eliminate more than $10 billion of cumulative future lease overhead": costs a deal saves
                               r"\b(?:sav(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing))\s+(?:up\s+to\s+)?"
                               r"(?:approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?|"
                               # "Combined, these contracts total approximately $8.5 billion", "Total AI hosting contracts now reach
                               # $8.5 billion including previous deals": an owner's contracts summed across its customers
                               r"\b(?:combined|together|altogether)\b,?\s+(?:these|the|its|their|all)\s+(?:[\w-]+\s+){0,2}"
                               r"(?:contracts|deals|leases|agreements)\s+total\s+(?:approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?|"
                               r"\btotal\s+(?:[\w-]+\s+){0,3}(?:contracts|leases|agreements)\s+(?:now\s+)?(?:reach(?:es|ed)?|stands?\s+at|"
                               r"amounts?\s+to)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?|"
                               # "If fully exercised, the total contract value is expected to reach $7 billion": options not taken
                               r"\bif\s+(?:fully\s+|all\s+)?(?:exercised|extended|renewed)\b[^.;]*|"
                               # "| Direct Community Payments | $360 Million + $50 Million |": payments to a county, not infrastructure
                               r"\b(?:community|county)\s+payments?\b[^.;]{0,40}|"
                               # (not where the clause counts the deals: "Microsoft had announced two more sizeable NeoCloud
                               # partnerships, totaling over $10 billion" is one company's total of compute deals, an investment)
                               r"(?:^|(?<=[.;,—–]))(?:(?!\b(?:two|three|four|five|both)\b)[^.;,—–])*?"
                               r"\b(?:deals|investments|commitments|projects|partnerships)\b[^.;]{0,30}\btotal(?:l?ing|l?ed)\s+"
                               r"(?:over\s+|more than\s+|about\s+|nearly\s+|roughly\s+)?|"
                               # "Large-scale raises by major industry players exceeding $100 billion": a bar a class of players passes
                               r"\b(?:raises|rounds|deals|investments)\s+(?:by|from|among)\s+(?:major|large|leading|big|top|the\s+(?:largest|biggest))\b"
                               r"[^.;]{0,40}(?:\b(?:exceeding|topping|above|over|of (?:more than|over|at least))\s*)?|"
                               # "the UAE's commitment earlier this year to invest USD 1.4 trillion in the U.S.": a country's pledge
                               # across another economy, not AI infrastructure
                               r"\b(?:UAE|Emirates|Saudi Arabia|Qatar|Kuwait|Japan|Korea|Taiwan|India)(?:['’]s?)?\s+(?:\w+\s+){0,3}?"
                               r"(?:commitment|pledge|promise)\b[^.;]{0,40}?\bto\s+invest\s+(?:USD\s*)?|"
                               # "France lines up €110B in AI and data-centre investment": what a country draws from many investors
                               r"\b(?:France|Germany|Britain|the UK|the U\.K\.|Italy|Spain|Europe|India|Japan|Korea|Brazil|Canada|"
                               r"Australia|Malaysia|Indonesia|Vietnam|Thailand)(?:,\s*for example,)?\s+(?:itself\s+)?(?:has\s+)?"
                               r"(?:lined up|lines up|secured|secures|attracted|attracts|drew|draws|investments of)\s+"  # "India … has investments of over $67 billion"
                               r"(?:more than\s+|over\s+|nearly\s+|about\s+)?€?\s*|"
                               # "funding for AI chip startups rose from approximately $2.0 billion", "AI Chip Startups Raise $1.1B":
                               # a sector's total
                               r"\b(?:funding|investments?)\s+(?:for|in|into)\s+(?:[\w-]+\s+){0,3}(?:startups|companies|firms)\b(?:[^.;]|\.(?=\d)){0,120}|"
                               r"\bstartups\s+(?:have\s+)?(?:already\s+)?(?:raised?|drew|drawn|attracted)\b[^.;]{0,20}|"
                               # "Tech and energy companies have announced more than $100 billion in new data centers": a group's sum;
                               # "Pennsylvania alone saw $90 billion in commitments": what a place received
                               # "the dozen companies that have invested about 250 million dollars to open operations": the same
                               # (not "The two companies invested an undisclosed amount to support the $5bn equity …": their
                               # own sum is not given, so the amount after it is someone else's)
                               r"\b(?:companies|firms)\s+(?:that\s+|which\s+|who\s+)?(?:have\s+|had\s+)?(?:announced|made|unveiled|pledged|committed|invested)\b"
                               r"(?![^.;]{0,12}\bundisclosed\b)[^.;]{0,40}|"
                               r"\b(?:alone|state|city|region|country|county)\s+saw\s+(?:more than\s+|over\s+|nearly\s+|about\s+)?|"  # not "Microsoft saw"
                               # "研發投入高達706.9億元,7年來累計投入達到3912億元": the clause after R&D goes on about R&D;
                               # "並計劃回購至少800億元股份": a share buyback; "控股股东…累计增持1020.49万股…,增持金额约2.5亿元": a
                               # shareholder buying more of the company's shares, the same
                               r"(?:研发|研發)[^。；;]{0,40}[,，](?![^，,。；;]*(?:资本|資本|基础设施|基礎設施|算力|数据中心|數據中心))"
                               r"[^，,。；;]{0,12}投入[^，,。；;]{0,6}|"
                               r"(?:回购|回購)[^，,。；;\d]{0,6}|\b(?:buy\s*backs?|repurchases?)\s+(?:of\s+)?(?:up to\s+|at least\s+)?|"
                               r"(?:股东(?!大会|大會)|股東(?!大會)|一致行动人|一致行動人|董事(?!会|會)|高管|实际控制人|實際控制人)"
                               r"[^。；;]{0,80}增持[^。；;]{0,60}?(?:万股|萬股|股份|股票)[^。；;]{0,40}?(?:金额|金額)[^，,。；;\d]{0,4}|"
                               # money not (yet) committed: rounds in talks or still being raised, targets, options
                               # ("in advanced talks", "with talks under way for a further £100m", "discussions are ongoing over")
                               # ("is in advanced stages of acquisition in other markets … with a further $220-250 million",
                               # set 380)
                               r"\b(?:in (?:early[- ]stage |early |advanced |preliminary )?(?:talks|discussions|negotiations)|"
                               r"in\s+(?:the\s+)?(?:early|advanced|final|late)\s+stages?\s+of\s+(?:an?\s+)?(?:acquisitions?|talks|"
                               r"discussions|negotiations)|"
                               r"(?:talks|discussions|negotiations)\s+(?:are\s+|were\s+)?(?:under\s*way|ongoing|continuing))\b[^.;]{0,60}|"
                               # "France’s Altice mulls $1bn data centre portfolio sell out": a deal weighed, not made
                               r"\b(?:mulls|mulling|weighs|weighing)\s+(?:an?\s+|the\s+|its\s+|a\s+possible\s+|a\s+potential\s+)?|"
                               # "is considering a sale of its data center operator in Switzerland for about €1 billion": a
                               # sale weighed, at the price sought (set 354; "considering" alone is left out, as above)
                               r"\b(?:considering|exploring)\s+(?:an?\s+|the\s+)?(?:possible\s+|potential\s+)?(?:sale|disposal|"
                               r"divestment|divestiture)\b[^.;,]{0,120}?\bfor\s+(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|"
                               r"more\s+than\s+|over\s+|nearly\s+)?|"
                               # "the region could lose around €27.76 billion in direct investments": what a place stands to
                               # lose, not money put in (set 354)
                               r"\b(?:could|would|may|might|stands?\s+to|risks?)\s+lose\s+(?:around\s+|about\s+|up\s+to\s+|nearly\s+|"
                               r"over\s+|more\s+than\s+|some\s+)?|"
                               # "is close to finalizing a reported ~$1.5 billion round": not closed
                               r"\b(?:close to|nearing)\s+(?:finaliz|clos|complet)\w*\b(?!\s+on\b)[^.;]{0,60}|"
                               + FINANCING_IN_MAKING + r"|"
                               # "xAI walked away from a $10 billion Oracle training deal": a deal not made; "saw Amazon cancel plans
                               # for a $1 billion data center campus": a plan given up (set 383)
                               r"\b(?:walk(?:s|ed)? away from|pull(?:s|ed)? out of|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|cancel(?:s|l?ed|l?ing)?)\s+"
                               r"(?:(?:its|their|the|his|her)\s+)?(?:plans?\s+(?:for|to\s+build)\s+)?(?:an?\s+|the\s+|its\s+)?|"
                               # "its decision to not build a $4.5 billion data center", "decided not to build": a plan given
                               # up too (set 390)
                               r"\b(?:decision|decided|decides|chose|opted)\s+(?:not\s+to|to\s+not)\s+(?:build|develop|construct|"
                               r"proceed\s+with)\s+(?:an?\s+|the\s+|its\s+)?|"
                               # "Southwest Minnesota board says no to proposed $4 billion data center complex", "rejected a
                               # proposed $4 billion data center complex": a project turned down (set 366, as set 336's was)
                               r"\b(?:rejects?|rejected|rejecting|says?\s+no\s+to|said\s+no\s+to|turn(?:s|ed)?\s+down|vot(?:es?|ed)\s+"
                               r"(?:down|against))\s+(?:an?\s+|the\s+|its\s+)?(?:proposed\s+|planned\s+)?|"
                               # "with the designation likely to provide an additional £20bn in funding", "could bring £5bn of
                               # investment": money something may draw, a guess (set 366)
                               r"\b(?:likely\s+to|could|might|may)\s+(?:provide|bring|unlock|attract|draw|deliver)\s+(?:in\s+)?(?:an?\s+)?"
                               r"(?:additional\s+|further\s+|extra\s+|another\s+)?|"
                               r"\bnear(?:s|ing)\s+(?:an?\s+)?(?:deal\s+(?:for|on|worth)\s+(?:an?\s+)?)?|"  # "Nvidia Nears $20 Billion OpenAI Investment"
                               r"(?:洽谈|洽談|商谈|商談|磋商)[^，,。；;]{0,20}|[≥>]\s*|"  # "Projects by Investment (≥$10B)"
                               # "Total Investment: $822.0 billion" as a list's label: a sum of the projects listed
                               r"(?:^|\n|[•·*]\s*|-\s+)total\s+investment\s*[:：]\s*|"
                               # "Total Investment$3.1B": the same label in a flattened table, its cell run into it (set 374)
                               r"(?:^|\n)total\s+investment(?=[$€£¥])|"
                               # "The bulk of the funding came from Amazon ($50 billion), Nvidia ($30 billion)": parts of a round
                               r"\b(?:funding|round|capital|money)\s+came\s+from\b[^.;]{0,80}|"
                               # "new mexico ($167.2b) from single mega-project": a state's total in brackets ("North Carolina:
                               # $10B+ investment in new AI/cloud complex" is one project)
                               + US_STATE + r"\s*[(（]\s*|"
                               r"\bincreas(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}by\s+|"  # "increase spending by $15 billion"
                               r"\b(?:risen|grown|climbed|jumped|soared)\s+by\s+|"  # "has risen by $100B+ … to $108.4B"
                               # "各類專項產業基金、人才基金等總規模近千億元,其中首批基金規模700億元": a city's funds of every kind summed
                               r"(?:各类|各類)[^。；;]{0,30}基金[^。；;]{0,12}|首批基金(?:规模|規模)?\s*|"
                               # "three startups closed funding rounds totaling $1.1 billion": several companies' rounds summed
                               r"\b(?:startups|companies|firms)\b[^.;]{0,40}\brounds\b[^.;]{0,10}\btotal(?:l?ing|l?ed)\s+(?:over\s+|more than\s+|about\s+|nearly\s+|roughly\s+)?|"
                               r"(?<!picked )(?<!picks )(?:\b|(?<=\d[BM]))(?:up|down|an (?:increase|improvement) of|a decrease of|increased by|rose by|fell by)\s*|\bsyndicated\s+(?:an?\s+)?(?:additional\s+|another\s+|further\s+)?|"  # "正與…洽談新一輪約6億美元新融資": a round in talks
                               r"(?:现金储备|現金儲備|手持现金|手持現金|流动投资|流動投資|cash (?:reserves?|pile|on hand|position))[^，,。；;.]{0,10}|"  # "现金储备超过100亿元"
                               # "账上可以随时动用的现金,竟然只有8.39亿元": the cash a company has on its books
                               r"(?:账上|賬上|账面|賬面)[^，,。；;]{0,10}(?:现金|現金)[，,]?[^，,。；;.]{0,8}|"
                               r"\boptions?\s+(?:for|to)\b[^.;,]{0,30}|\b(?:initial|original|earlier|previous)\s+target\s+of\s*|"
                               # "the state has achieved investment target of Rs 20,000 crore", "policy has achieved total
                               # targeted investment of": a target met, what everyone brought (set 342)
                               r"\b(?:achieved|met|surpassed|exceeded|crossed|hit)\s+(?:its\s+|the\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:targets?|targeted\s+investments?)\s+of\s+(?:about\s+|around\s+|over\s+|nearly\s+|more\s+than\s+)?|"
                               # "its target figure was only $1 billion"; "The remaining $1 billion was raised by other investors"
                               r"\btarget\s+(?:figure|amount)\s+(?:was|is)\s+(?:only\s+|just\s+)?|\btarget\s+was\s+(?:only|just)\s+|\bremaining\s+|"
                               # "unlocking $21 billion in confirmed investments": others' money a policy draws in (what one
                               # operator's named site unlocks is its own: ONE_SITE_UNLOCKS_BEFORE)
                               r"\bunlock(?:s|ed|ing)?\s+(?:over\s+|more than\s+|about\s+|nearly\s+)?|"
                               # "ElevenLabs$500M Series D ($11B)": the valuation in brackets after a round's amount (not
                               # "Lambda's February Series D ($480M)", the round's amount itself)
                               r"(?:\d\s*(?:[MBK]|million|billion|bn))\s+(?:Series\s+[A-H]|Seed|round)\s*[(（]\s*|"
                               # "Goldman Sachs’s baseline model puts AI capital expenditure at roughly": a model's number;
                               # "it says will require as much as $3T in total investment": what a build-out needs, not anyone's outlay
                               # ("the AI Gigafactory will require total investment of around CZK 100 billion": one project's cost)
                               r"\bmodel\s+(?:puts|pegs|sees|shows|projects|has)\b[^.;]{0,80}|\bwould\s+(?:require|need)\b[^.;]{0,40}|"
                               # "with projections indicating a 14% compound annual growth rate (CAGR) through 2030, necessitating
                               # investments up to $3 trillion": what a forecast says an industry needs (set 363)
                               r"\b(?:projections?|projected|forecasts?|forecasted|CAGR)\b[^.;]{0,120}\bnecessitat(?:e|es|ed|ing)\s+"
                               r"(?:(?:total|cumulative|global|new|additional)\s+)?(?:investments?|capital|spending|capex)\s*(?:of\s*)?|"
                               r"\b(?<!project )(?<!factory )(?<!campus )(?<!facility )(?<!centre )(?<!center )(?<!cluster )(?<!cent(?:er|re) [—–-] )(?<!project [—–-] )will\s+(?:require|need)\b[^.;]{0,40}|"
                               # "695 infrastructure funds … chasing an aggregate $555 billion": many funds' sum (not "SoftBank had
                               # invested an aggregate $34.6 billion": one investor's total)
                               r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:funds|companies|firms|investors|projects|deals)\b[^.;]{0,60}\baggregate\b[^.;,]{0,20}|"
                               # "closed $300M Series E at $5B": the valuation after the round
                               r"(?:\bSeries\s+[A-H]|\bround|\d\s*(?:million|billion|bn|[MB]))\s+at\s+(?:an?\s+)?|"
                               r"\bongoing\s+(?:funding\s+|financing\s+)?round\b[^.;]{0,20}|"
                               # ("Digital 9 wants to raise an impressive £200mn through listing shares", set 378)
                               r"(?<!IPO )(?<!offering )(?<!managed )(?<!able )\b(?:to|will|would|could|plans?\s+to|seeks?\s+to|seeking\s+to|looking\s+to|aims?\s+to)\s+raise\s+"
                               r"(?:an?\s+(?:impressive|additional|further|fresh|extra)\s+)?"
                               r"(?:up\s+to\s+|at\s+least\s+|as\s+much\s+as\s+)?" + _ROUGHLY + r"|"
                               # "The data center firm is believed to be seeking up to £1.5 billion … to expand its operations":
                               # capital still being sought (set 351)
                               r"\b(?:is|are|was|were)\s+(?:(?:believed|said|reported|understood|thought)\s+to\s+be\s+|now\s+|reportedly\s+)?"
                               r"seeking\s+(?:up\s+to\s+|at\s+least\s+|as\s+much\s+as\s+)?" + _ROUGHLY + r"|"
                               # "went to market for NZD 1.15bn in equity": capital a company sought from investors (set 361)
                               r"\b(?:went|goes|go|going|gone)\s+to\s+(?:the\s+)?market\s+(?:for|seeking)\s+(?:up\s+to\s+)?" + _ROUGHLY + r"|"
                               # "brings STACK’s total secured financing for developments in Virginia to $9 billion": a running
                               # total of financing (debt), not an outlay ("its total funding to about $450 million" is a
                               # company's raise to date and stays) (set 361)
                               r"\btotal\s+(?:secured\s+|green\s+|debt\s+)*financing\b[^.;]{0,60}?\bto\s+" + _ROUGHLY + r"|"
                               # "the end user, a company such as Facebook or Microsoft likely to invest a further £5-10 billion":
                               # an unnamed company's guessed outlay (set 351)
                               r"\b(?:company|firm|tenant|user|hyperscaler|customer)\s+such\s+as\b[^.;]{0,60}?\b(?:likely|expected|could|might|may|would)\s+"
                               r"(?:to\s+)?invest\s+(?:a\s+further\s+|another\s+|an\s+additional\s+)?|"
                               # "the council will receive £110million that has been earmarked to bring more than 5,000 jobs": the
                               # site's price, a council's money (set 351)
                               r"\bcouncil\s+(?:will\s+|would\s+)?(?:receive|receives|received|net|nets|netted|get|gets)\s+(?:about\s+|around\s+|some\s+)?|"
                               # "I underwrote a $108M data centre in Louisiana … Open to debt, equity, or a combination": a deal
                               # a lender weighs, capital sought (set 398)
                               r"\bunderw(?:rote|ritten|riting|rites)\s+(?:an?\s+|the\s+)?|"
                               # "was telling prospective investors that xAI was raising $3 billion": a round still open
                               # ("valued at $14.6 billion after raising $2 billion" is closed)
                               r"\b(?:is|was|are|were)\s+(?:now\s+|currently\s+|still\s+|reportedly\s+)?raising\s+(?:up\s+to\s+|about\s+|as\s+much\s+as\s+)?|"
                               # "Anthropic is closing a funding round worth approximately $30 billion": not closed yet
                               r"\b(?:is|are)\s+(?:now\s+|reportedly\s+)?(?:closing|finali[sz]ing)\s+(?:in\s+on\s+)?(?:a|an|its|the)\s+"
                               r"(?:[\w-]+\s+){0,2}(?:round|raise|fundraise)\b[^.;,]{0,30}|"
                               # ("The project, worth around 1 billion rubles, is being developed": a project's own worth set off by
                               # commas, set 276)
                               r"(?:^|(?<=[.;—–])|(?<=,)(?<!project,)(?<!centre,)(?<!center,)(?<!campus,)(?<!facility,))"
                               # ("setting up a data centre worth Rs 1,697 crore": a data centre's own worth, its size, set 342)
                               r"(?:(?!\b(?:deals?|contracts?|agreements?|investments?|rounds?|project)\b)[^.;,—–])*?"
                               r"(?<!centre )(?<!center )(?<!centres )(?<!centers )\bworth(?: more than| over| about| roughly| around| approximately)?|"
                               r"(?:average|median|mean)\b[^.;,]{0,50}|"
                               # "当前市值(2月9日收盘后约11亿港元,人民币9.79亿元)": a market value, its date and its conversion in brackets;
                               # "公司市值接近翻倍,最高拉升至55亿元": a market value told as climbing to an amount (set 311)
                               r"估值|市值(?:\s*[(（][^()（）]{0,40}?|[^。；;\d]{0,16}?(?:拉升|攀升|飙升|飆升|上升|上涨|上漲|涨|漲|回落|下跌|跌)(?:至|到))?|(?:市场|市場)(?:投资|投資)?(?:规模|規模)[^，,。；;]{0,8}|"
                               # "当前融资余额达15.12亿元": what traders have borrowed to hold a stock; "主力资金净流入1.45亿元":
                               # a day's net trading in it (set 179)
                               r"(?:融资|融資)(?:余额|餘額)[^，,。；;\d]{0,4}|(?:净|淨)(?:流入|流出)[^，,。；;\d]{0,4}|"
                               # "2025年,协创数据接连发布五次采购公告,累计拟用于采购高算力服务器的额度达212亿元": a year's
                               # purchase quotas summed over several announcements (set 180)
                               r"(?:累计|累計)[^，,。；;\d]{0,24}(?:额度|額度)[^，,。；;\d]{0,4}|"
                               # "Ooredoo is borrowing QR2bn ($550mn) to expand its … data centres": a loan by its verb, the
                               # bracket the same amount converted (set 299)
                               r"\bborrow(?:s|ed|ing)?\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+)?"
                               r"(?:\S*\d[\d.,]*\s*(?:bn|billion|mn|million|[bm])?\s*[(（]\s*(?:about\s+|approximately\s+|roughly\s+|around\s+)?)?|"
                               # "a financing credit line of up to €750 million to support the project": a loan by its name;
                               # "increased its debt capacity to $450 million": what it may borrow
                               # ("a new scalable finance facility of €1.035 billion", set 371)
                               r"(?:\bcredit\s+(?:lines?|facilit(?:y|ies))|\bline\s+of\s+credit|\bdebt\s+(?:capacity|facilit(?:y|ies))|"
                               r"\b(?:finance|financing|loan|lending|borrowing)\s+facilit(?:y|ies))\s+"
                               r"(?:of\s+|to\s+)?(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+)?|"
                               # "AWS、微软、谷歌、Meta、甲骨文和阿里巴巴等主要运营商…,预计2026年资本支出将超过": a sum over them;
                               # "入驻项目包括阿里巴巴云计算数据中心、…研发基地等标杆企业,主体投资规模超": a park's tenants summed
                               # "预计带动产业链投资达千亿元级": investment a project is to draw from others
                               r"(?:带动|帶動|拉动|拉動|撬动|撬動)[^，,。；;]{0,10}(?:投资|投資)[^，,。；;\d]{0,4}|"
                               # "同期分别产生归母净亏损18.4亿元、16.73亿元": losses; "仅次于华电新能181.71亿元的主板融资规模": another's
                               # amount named for comparison; "募资净额为75.76亿元": an IPO's net proceeds, the raise restated after fees
                               r"(?:亏损|虧損)[^，,。；;]{0,40}|(?:仅次于|僅次于|僅次於|仅次於|\bsecond\s+only\s+to\b)[^，,。；;\d]{0,12}|"
                               + _RAISE_ZH + r"(?:净额|淨額|凈額)[^，,。；;\d]{0,4}|"
                               # "燧原科技IPO獲受理,擬募資60億": an IPO only filed or accepted for review, the raise it plans (set 248;
                               # its proceeds count once priced, set 103)
                               r"IPO[^。；;，,]{0,8}(?:受理|申报|申報|递表|遞表)[^。；;]{0,6}?[,，]?\s*(?:拟|擬)" + _RAISE_ZH + r"[^，,。；;\d]{0,4}|"
                               # "其中,电气与电子行业吸纳285亿林吉特投资": a sector's approved total; "42 projects worth RM164.45b": a sum
                               r"(?:行业|行業|产业|產業|板块|板塊)(?:吸纳|吸納|吸引|获批|獲批)[^，,。；;\d]{0,6}|"
                               r"\b\d+\s+(?:[\w-]+\s+){0,2}projects\s+worth\s+|"
                               # "bringing the potential total investment to €200 million": a request not yet granted counted in
                               r"\bpotential\s+(?:total\s+)?(?:investment|funding|value)\s+(?:to|of)\s+(?:€|£)?|"
                               # "重点项目共14个,总投资187.09亿元": projects started together; "年度计划投资4.29亿元": the year's part
                               # "簽約的投資合同類項目達48個,合同資金達309.9億元" too
                               r"(?:项目|項目)(?:共|共计|共計|合计|合計|达|達)\s*\d+\s*(?:项|項|个|個)[^。；;]{0,30}|"
                               # "力争大数据领域项目投资完成200亿元": a goal; "2022年,贵州大数据领域总投资达205.39亿元": a field's
                               # investment across a province, a sum
                               r"(?:力争|力爭)[^，,。；;\d]{0,20}|(?:领域|領域)(?:的)?(?:项目|項目)?(?:总投资|總投資)[^，,。；;\d]{0,6}|"
                               r"(?:年度|年内|年內|今年|本年)(?:计划|計劃)(?:投资|投資)[^，,。；;\d]{0,4}|"
                               # "广西上半年完成投资2260.83亿元", "1—9月完成固定资产投资": what was spent in part of a year, a
                               # progress figure (a region's across its projects, or one project's share), not an outlay's size
                               r"(?:上半年|下半年|一季度|前三季度|前两季度|前兩季度|[1１一][-—–~至][0-9０-９一二三四五六七八九十]{1,2}月|今年以来|今年以來)"
                               r"[^，,。；;\d]{0,8}(?:累计|累計)?完成(?:固定资产|固定資產)?(?:投资|投資)[^，,。；;\d]{0,4}|"
                               # "sales from the company's internet data center business stood at 228 billion won": sales;
                               # "a third data center could increase the total investment to 450–500 million euros": conditional;
                               # "Why would Rwanda be an ideal choice for a $100 million investment": a question's hypothetical
                               r"\b(?:sales|revenues?)\s+(?:from|of)\b[^.;]{0,60}\b(?:stood|was|were|came|reached|amounted)\s+(?:at|to|in)?\s*|"
                               r"\b(?:could|would|might)\s+(?:increase|raise|lift|push)\s+(?:the\s+)?(?:total\s+)?(?:investment|spending|cost)s?\s+"
                               r"(?:up\s+)?to\s+|"
                               r"\b(?:why|how|what)\s+would\b[^.;?]{0,80}|"
                               # "Johor … is slated to see RM17 billion worth of new investments in data centres": what a place is
                               # expected to draw, a forecast (set 383)
                               r"\b(?:is|are|was|were|be)\s+(?:slated|poised|tipped|projected|forecast|expected|set)\s+to\s+(?:see|witness|experience)\s+|"
                               # "a digital infrastructure building boom that could see more than $3T in construction spending by
                               # the end of the decade": a boom's size, a market's (set 380)
                               r"\bboom\b[^.;]{0,40}?\b(?:could|might|may|would|will)\s+see\s+(?:more\s+than\s+|over\s+|about\s+|"
                               r"around\s+|nearly\s+|up\s+to\s+)?|"
                               # "the country could see investments soaring to €900 million": a potential; "The cited sources speak of
                               # analyzed investments of approximately $4 billion": a plan only weighed; "a poll asking users whether
                               # Tesla should invest $5 billion": a question
                               r"\b(?:could|might|may)\s+see\s+(?:[\w-]+\s+){0,3}?(?:soar(?:ing)?|ris(?:e|ing)|climb(?:ing)?|grow(?:ing)?|"
                               r"reach(?:ing)?|total(?:ling)?)\s+(?:to\s+)?(?:about\s+|around\s+|over\s+|more\s+than\s+)?[€£]?|"
                               # "a server center … could be built at the site of the Kehra paper factory, meaning a 150-million-euro
                               # investment": what a possible project would mean, not a plan
                               r"\b(?:could|might|may)\s+be\s+(?:built|constructed|set\s+up|located)\b[^.;]{0,100}?\bmeaning\s+(?:an?\s+)?|"
                               # ("G42 … is looking at an investment of $300 million to $500 million over three to five years": an
                               # interest expressed, weighed the same, set 275)
                               # ("is reportedly looking at a suite of investments to the tune of £670mn", set 378)
                               r"\b(?:(?:analy[sz]ed|contemplated|mulled|weighed)\s+|(?:looking\s+at|eyeing|considering)\s+(?:an?\s+)?"
                               r"(?:(?:suite|series|number|range|slate)\s+of\s+)?(?:potential\s+|possible\s+)?)investments?\s+"
                               r"(?:of\s+|to\s+the\s+tune\s+of\s+|worth\s+)?(?:approximately\s+|about\s+|around\s+|"
                               r"some\s+|roughly\s+|up\s+to\s+)?|"
                               # "investors have shown interest in investing around Rs 1000 crores in Sikkim", "the IT/ITeS sector
                               # drew investment interest worth Rs 400 crores", "could attract Rs 100 crores of investment": interest
                               # at an investors' meeting and what a sector could draw, not money committed (set 288)
                               # "Another mysterious company is reportedly exploring sites in Nebraska to build a $200m Project
                               # Photon": a site search, not a commitment (set 271's "reportedly considering"; set 329)
                               r"\b(?:exploring|scouting|searching\s+for|looking\s+for)\s+(?:potential\s+|possible\s+)?"
                               r"(?:sites?|locations?|land)\b[^.;,]{0,60}|"
                               # "tax incentives for data center projects companies invest at least US$200m into", "data centers
                               # that cost at least $300 million": the size a class of projects must reach, a threshold (set 329)
                               r"\b(?:projects|data\s+cent(?:er|re)s|facilities|campuses)\s+(?:that\s+)?(?:(?:companies|firms|developers|"
                               r"investors)\s+invest|cost|are\s+worth)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?|"
                               # "Mexican Data Center Association anticipates US $8 billion investment", "The Mexican Association
                               # of Data Centers (MEXDC) … anticipates an initial investment of up to US $8.5 billion in the Bajío
                               # region": what an industry body expects its members to bring, a sum (set 369)
                               r"\b(?-i:Association|Chamber|Council|Federation|Alliance)\b[^.;]{0,80}?\b(?:anticipates?|anticipated|expects?|"
                               r"expected|projects|projected|forecasts?|forecasted|predicts?|predicted|estimates?|estimated)\s+"
                               r"(?:(?:an?|the)\s+)?(?:(?:initial|total|new|further)\s+)?(?:investments?\s+(?:of\s+)?)?"
                               r"(?:up\s+to\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+)?(?-i:US\s*)?|"
                               # "the country expects investment of between 600 to 800 megawatts of capacity into data centers —
                               # representing around US $8.5 billion of investment": what a country expects, a sum (set 369)
                               r"\bthe\s+(?:country|nation|region)\s+(?:expects|anticipates|expected|anticipated)\s+(?:new\s+)?"
                               r"investments?\b[^.;]{0,120}|"
                               # "long-term data center and cloud investments tied to Missouri are projected to exceed 25 billion
                               # dollars": what a place's projects are projected to bring, summed (set 371)
                               r"\binvestments?\s+(?:tied|linked)\s+to\s+(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+){0,2}\s+(?:are|is|were|was)\s+"
                               r"(?:now\s+)?(?:projected|expected|forecast|estimated)\s+to\s+(?:exceed|reach|top|surpass|total|hit)\s+" + _ROUGHLY + r"|"
                               # "we have 15 operating data centers investing more than $4.6 billion in our communities": many
                               # data centres' sum (set 369; not "The operator's new data center is investing")
                               r"\b(?:[2-9]|[1-9]\d{1,3})\s+(?:[\w-]+\s+){0,2}?data\s+cent(?:er|re)s\s+(?:that\s+)?(?:have\s+)?"
                               r"invest(?:ing|ed)?\s+" + _ROUGHLY + r"|"
                               # "will have an estimated gross development value (GDV) of US$2.4 billion": what the finished property
                               # would be worth, a value, not an outlay (set 375)
                               r"\b(?:gross\s+development\s+values?(?:\s*\(GDV\))?|GDV)\s+(?:of|at|is|was|would\s+be|will\s+be)\s+"
                               + _ROUGHLY + r"|"
                               # "hosts 12 documented datacenter projects representing $3.1B in disclosed investment": a tracker's
                               # total over a state's projects (set 374)
                               r"\b(?:[2-9]|[1-9]\d{1,3})\s+(?:documented|tracked|reported|known|listed|announced)\s+"
                               r"(?:(?:AI\s+)?data\s*cent(?:er|re)\s+)?projects\s+"
                               r"(?:representing|totall?ing|worth)\s+" + _ROUGHLY + r"|"
                               # "In 2025, 36 data centre projects were submitted for investment promotion, totalling 728
                               # billion baht": projects counted, their amounts summed (set 388)
                               r"\b(?:[2-9]|[1-9]\d{1,3})\s+(?:[\w-]+\s+){0,3}?projects\b[^.;]{0,80}?,?\s+totall?(?:ing|ed)\s+"
                               + _ROUGHLY + r"|"
                               # "has evinced interest to invest around Rs 8,500 crore in Bengal" (set 333)
                               r"\b(?:shown|showed|shows|expressed|expresses|evinced|evinces)\s+(?:an?\s+)?interest\s+(?:in\s+investing|to\s+invest)\s+"
                               r"(?:approximately\s+|about\s+|around\s+|some\s+|roughly\s+|up\s+to\s+)?|"
                               # ("a flood of investment interests, totaling over Rs 4,000 crore in 11 months", set 343)
                               r"\binvestment\s+interests?\s*,?\s+(?:worth|of|totall?ing)\s+(?:about\s+|around\s+|over\s+|nearly\s+|"
                               r"more\s+than\s+)?|\bcould\s+attract\s+|"
                               # "has signed initial pacts with technology companies and IIT Patna … for investments worth ₹468
                               # crore across several projects": a state's pacts with many companies, summed (set 343; one
                               # company's pact is read)
                               r"\b(?:signed|inked|exchanged)\s+(?:[\w-]+\s+){0,2}?(?:pacts|MoUs|memorand(?:a|ums)|agreements)\s+with\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:companies|firms|players|investors|organi[sz]ations|entities|developers)\b"
                               r"[^.;]{0,120}?\b(?:worth|of|totall?ing)\s+(?:about\s+|around\s+|over\s+|nearly\s+|more\s+than\s+)?|"
                               r"\bwhether\s+(?:[\w-]+\s+){1,3}(?:should|would|could)\s+invest\s+(?:about\s+|around\s+|up\s+to\s+)?|"
                               # "Why Rwanda is the Smart $100M Bet for Africa’s AI Center": an op-ed's case for where money should go
                               r"\bwhy\s+(?:[\w’'-]+\s+){1,4}(?:is|are)\s+the\s+(?:[\w-]+\s+){0,2}|"
                               # "a net portfolio value of S$389 billion", "assets under management of": holdings
                               r"\bportfolio\s+value\s+(?:of|at|was|is|stood\s+at)\s*|\bassets\s+under\s+management\s+(?:of\s+)?|"
                               # "Brookfield Asset Management, which manages over $600 billion of assets globally": the same
                               r"\b(?:manag(?:es|ed|ing)|oversees?|oversaw|overseeing)\s+(?:over\s+|more\s+than\s+|about\s+|around\s+|"
                               r"nearly\s+|some\s+|roughly\s+|approximately\s+|almost\s+)?|"
                               # "我州在成都举办了“…园区招商推介会”,签订战略协议投资46亿元": what a region signed with several
                               # companies at a promotion meeting, summed
                               r"(?:我州|我市|我县|我縣|我区|我區|全州|全市|该市|該市|该州|該州)[^。；;]{0,60}?(?:招商|推介)"
                               r"[^。；;]{0,40}?(?:签订|簽訂|签约|簽約)[^。；;，,\d]{0,10}|"
                               # "基金管理規模為50億": the size of the funds a manager runs; "总资产3500亿元,净资产1400亿元,…管理资产
                               # 4.37万亿元": a group's balance sheet and what it manages
                               r"(?:(?:基金|资产|資產)管理(?:规模|規模)|(?:总|總|净|淨)(?:资产|資產)|(?:资产|資產)(?:总额|總額)|"
                               r"管理(?:资产|資產))(?:为|為|达到?|達到?|约|約|超过|超過|超|逾|近)?\s*|"
                               # "而补充流动资金就2.4亿了", "補充流動資金為3億元": working capital named before its amount (as after it)
                               + _WORKING_CAPITAL_ZH + r"[^，,。；;\d]{0,4}|"
                               # "a 1.8-year payback and a net present value of €142.5 million": a modelled return, not an outlay
                               r"\b(?:net\s+present\s+values?|NPV)\s+(?:\(NPV\)\s+)?(?:of\s+)?(?:about\s+|around\s+|approximately\s+)?[€£]?|"
                               # "华通创投作为有限合作人,以27亿元与…设立合伙企业": one limited partner's share of a fund
                               r"有限合[伙夥作]人\s*[,，]?\s*(?:以|出资|出資|认缴|認繳)\s*|"
                               # "从产业规模来看,2025 年上海算力基础设施总投资规模达 420 亿元": a figure given for an industry's scale,
                               # a sector's total, not a project
                               r"(?:从|從)(?:产业|產業|行业|行業|市场|市場)(?:规模|規模)(?:来看|來看|看|上看)\s*[,，]?[^。；;]{0,40}|"
                               # "低空经济领域累计融投资金额220.89亿元", "全年累计融投资金额超过1070亿元": a sector's (a year's)
                               # funding rounds summed, not one investment (a company's "累计融资金额" is its own)
                               r"(?:(?:领域|領域|赛道|賽道|行业|行業)[^，,。；;\d]{0,8}?|全年|年度)(?:累计|累計)?"
                               r"(?:投融资|投融資|融投资|融投資|融资|融資)(?:金额|金額|总额|總額|规模|規模)[^，,。；;\d]{0,4}|"
                               # "今年1至2月,全省共完成投资49.12亿元,全年进度达22.33%": a province's (a city's) projects summed
                               r"(?:全省|全市|全区|全區|全州|全县|全縣)[^。；;，,\d]{0,6}(?:完成|实现|實現)了?(?:固定资产|固定資產)?"
                               r"(?:投资|投資)[^，,。；;\d]{0,4}|"
                               # "太盟管理着超过550亿美元的资产,并在全球范围内累计投资超1000亿美元": an investment firm's investing
                               # over the years and the world summed, not one project ("项目累计投资20亿元" is a project's)
                               r"(?:全球范围内|全球範圍內|在全球|成立以来|成立以來|迄今为止|迄今為止|历年|歷年)[^，,。；;\d]{0,6}"
                               r"(?:累计|累計)(?:投资|投資)了?(?:超过|超過|超|逾|达|達|约|約)?\s*|"
                               # "中国各地政府今年以来在…数字新基建领域,公布了6.61万亿元的投资计划": every local government's plans summed
                               r"(?:各地|多地|全国各地|全國各地|各省|多个省份|多個省份)(?:政府)?[^。；;]{0,60}?"
                               r"(?:公布|發布|发布|推出|出台|披露)了?(?:总额|總額|合计|合計|共计|共計)?\s*|"
                               # "各个国家和地区对数据中心的投资几乎翻了一番,2024年投资总额已达5000亿美元": every country's, summed
                               r"(?:各个|各個|各)(?:国家|國家)(?:和|与|與|及)?(?:地区|地區)?[^。；;]{0,60}?(?:投资|投資)(?:总额|總額)"
                               r"[^，,。；;\d]{0,6}|"
                               # "先后布局银联大数据中心项目、产业园北区智能制造产业园项目,总投资额超40亿元": two projects named, one
                               # total, their sum (a data centre's part untold, set 36), as two operators' projects are (set 180)
                               r"(?:项目|項目)、[^，,。；;、]{2,30}?(?:项目|項目)\s*[,，]\s*(?:总投资|總投資)(?:额|額)?\s*"
                               r"(?:超过|超過|超|约|約|达|達|为|為)?\s*|"
                               # (not "已与华为、浪潮等厂商合作完成某省级智算中心一期交付,项目总投资3.2亿元": partners in one project, set 181)
                               r"、[^，,。；;]{1,40}等(?:主要|头部|頭部|科技|云|雲|标杆|標杆|龙头|龍頭)?(?:运营商|運營商|公司|巨头|巨頭|厂商|廠商|企业|企業)"
                               r"(?!合作|共同|联合|聯合)[^。；;]{0,60}|"
                               # "投资收益8.6亿元", "净利扭亏为盈(1.9-2.5亿元)", "其他金融资产贡献4-4.4亿元": returns, profit and what
                               # holdings added to it, not outlays
                               r"(?:profit|revenue|income|loss|sales|利润|利潤|营收|營收|收入|净利|淨利|收益|贡献|貢獻)\s*"
                               r"(?:扭亏为盈|扭虧為盈)?[(（]?\s*(?:of|was|were|reached|at|达到?|為|为)?)\s*(?:US\$|\b(?-i:AU?\$|S\$|RM|P|Rs\.?)|\$|¥|￥|€|£|₱|₹|" + CODE_BEFORE + r")?\s*$", re.I)
# "而一个总投资 30亿元的数据中心能够支撑约 500p 算力需求": any data centre of that size, a yardstick, not a project
# ("一个总投资30亿元的数据中心项目日前落户张家口" is one)
YARDSTICK_BEFORE = re.compile(r"一(?:个|個|座)\s*(?:总投资|總投資|投资|投資)?(?:约|約|达|達)?\s*$")
YARDSTICK_AFTER = re.compile(r"^\s*(?:元|美元)?的?[^，,。；;\d]{0,12}?(?:能够|能夠|可以|可|足以)\s*(?:支撑|支撐|支持|满足|滿足|容纳|容納)")
# "It has become routine for companies like Apple, Google … to invest more than $1 billion in a single location": what
# companies do as a rule, said to make a case, not one company's project (the English yardstick)
# "A 120 megawatt data centre typically requires a capital investment of at least US$1.2 billion": what any facility of a
# size costs, the same (set 274)
HABIT_BEFORE = re.compile(r"\b(?:routine|commonplace|common|typical|usual|normal|not\s+(?:unusual|uncommon))\s+for\s+"
                          r"(?:[\w'’-]+\s+){0,2}(?:companies|firms|operators|hyperscalers|players|tech\s+giants)\b[^.;]{0,80}$|"
                          r"\b(?:typically|usually|generally|normally)\s+(?:requires?|costs?|needs?|takes?)\b[^.;]{0,60}$|"
                          # "Under traditional Data center build-out guidelines, the investment typically would be $10
                          # million dollars / megawatt or over $2 billion": a guideline's figure, its own cost untold (set 393)
                          r"\b(?:(?:typically|usually|generally|normally)\s+would\s+be|would\s+(?:typically|usually|generally|normally)\s+"
                          r"(?:be|cost|require))\b[^.;]{0,60}$|"
                          # "a single data centre consumes 15-20 megawatts of power, represents nearly $100 million in
                          # investment": what any one facility costs, a rule of thumb (set 381)
                          r"\b(?:a\s+single|each|every|an\s+average|the\s+average|a\s+typical)\s+(?:[\w-]+\s+){0,2}?"
                          r"data\s*cent(?:er|re)\b[^.;]{0,80}?\b(?:represents?|costs?|requires?|needs?|brings?|means?)\b[^.;]{0,20}$", re.I)
# "in 2023, 23 organizations (including eight companies making their debut …) announced the opening of 83 new
# infrastructures …, the commissioning of which could potentially bring up to 15 billion euros": many organisations'
# openings summed (read over the whole sentence before the amount: the count is far from it; five to 999, so not
# "In 2023 companies announced")
# ("Four companies are set to build an eco-friendly data center … in the scale of KRW 3.6 trillion", "sign an MOU with
# four tenants of … Cluster on investing in …", "When the four companies implement investment of": three or more
# companies' investments, each its own, summed, set 345; not "three companies will jointly invest", one project, nor
# "one of four companies", one company, nor investors, who may share one round)
MANY_ORGANISATIONS_BEFORE = re.compile(r"\b(?:[5-9]|[1-9]\d{1,2})\s+(?:organi[sz]ations|companies|firms|operators)\b"
                                       r"(?:\s*\([^()]{0,80}\))?\s+(?:have\s+|had\s+)?announced\b|"
                                       r"(?<!\bof )(?<!\bof the )\b(?:three|four|five|six|seven|eight|nine|ten|[3-9])\s+(?:[\w-]+\s+)?"
                                       r"(?:companies|firms|tenants|developers)\b"
                                       r"(?![^.;]*\b(?:joint(?:ly)?|together|consortium|partners)\b)[^.;]{0,120}$", re.I)
# "55 data centres have already been built in the country, with more than R50-billion in investment expected", "55 data
# centres already built and more than R50bn of investment expected over the next three years": a country's pipeline,
# the expected sum of many projects, beside its count of data centres (set 368; "The campus, with R5bn of investment
# expected" is one project's)
DATA_CENTRES_COUNTED_BEFORE = re.compile(r"\b\d[\d,]*\s+data\s+cent(?:re|er)s\b[^.;]{0,80}$", re.I)
EXPECTED_INVESTMENT_AFTER = re.compile(r"^\s*(?:of|in)\s+(?:new\s+)?investments?\s+(?:is\s+|are\s+)?expected\b", re.I)
# "an expected R50bn worth of digital infrastructure coming to the country’s shores over the next three years": the same
# pipeline told as what comes into the country (set 368; not "coming to its Johannesburg campus", one operator's)
INTO_COUNTRY_AFTER = re.compile(r"^\s*(?:worth\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:infrastructure|investments?|projects?)\s+"
                                r"coming\s+(?:in)?to\s+(?:the\s+)?(?:country|nation|continent)\b", re.I)
# "tax exemptions … for companies that invest at least $250 million in a data center": the threshold of set 329 told of
# the companies, read with the amount's own "at least" (set 369; not "a company that invests $8.5 billion")
COMPANIES_THAT_INVEST_BEFORE = re.compile(r"\b(?:companies|firms|developers|investors|businesses|operators)\s+(?:that|which|who)\s+"
                                          r"invest\s*$", re.I)
AT_LEAST = re.compile(r"(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than)\b", re.I)
# "For a 30-year term, the investment must be $200 million in an opportunity zone": what a programme requires, a
# threshold told with "must" (set 376)
MUST_INVEST_BEFORE = re.compile(r"\binvestments?\s+(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:be|reach|exceed|total|top)\s+"
                                r"(?:at\s+least\s+|a\s+minimum\s+of\s+|no\s+less\s+than\s+)?(?:US\$|\$|€|£)?\s*$|"
                                r"\bmust\s+(?:make|invest)\b[^.;$]{0,60}?\b(?:of|at\s+least)\s*(?:US\$|\$|€|£)?\s*$", re.I)
# "RMB backed ADC’s expansion plans with a R2bn facility": a bank's facility backing a company's plans, a loan (set 47's
# credit facility), not a data centre called a facility ("an $800 million facility announced last year" is one)
BACKED_WITH_BEFORE = re.compile(r"\bbacked\b[^.;]{0,60}?\bwith\s+an?\s+(?:US\$|\$|€|£|(?-i:R))?\s*$", re.I)
LENDING_FACILITY_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?facilit(?:y|ies)\b", re.I)
# "Blackstone’s Real Estate Income Trust announced it has US$14 billion for investment in their fund", "says it has $14bn
# for acquisitions": money a buyer has on hand for deals of any kind, not an outlay (set 182)
HAS_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
                        # "has A$6 billion": the amount is read from its "$", after the dollar's country
                        r"(?:US\$|\$|€|£|(?-i:A|AU|NZ|S|HK|C)\$?)?\s*$", re.I)
# "said it has A$6 billion ($4.04 billion) invested in digital infrastructure assets": what a fund holds, a portfolio
HELD_INVESTED_AFTER = re.compile(r"^\s*(?:[(（][^()（）]{0,40}[)）])?\s*invested\s+in\b", re.I)
# "the single largest driver of returns across its entire $1.3 trillion portfolio": what a firm holds (set 398; "its
# $1.3 billion acquisition of a data centre portfolio" is a purchase)
WHOLE_HOLDINGS_BEFORE = re.compile(r"\b(?:its|their|the\s+firm['’]s)\s+(?:entire|whole|total|overall)\s+" + SIGN + r"\s*$", re.I)
PORTFOLIO_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?portfolio\b", re.I)
FOR_DEALS_AFTER = re.compile(r"^\s*(?:(?:of|in)\s+)?(?:capital\s+|cash\s+|dry\s+powder\s+)?(?:available\s+)?for\s+"
                             r"(?:investments?|acquisitions?|deals?)\b"
                             # ("has $5 billion for investment in data centres" names what it is for)
                             r"(?!\s+(?:in|into)\s+(?:AI\b|artificial|data\s*cent|comput|GPU|cloud|digital\s+infra))", re.I)
# "公司拟定增募资不超过17.5亿元,将用于…产业园项目和补充流动资金及偿还银行贷款": a placement whose uses include working
# capital or repaying loans; only its part for computing counts (sets 75 and 158), and that part is not this amount
# ("向特定对象发行股票募集资金总额不超过230,000.00万元": a private placement's name since 2023)
PLACEMENT_BEFORE_ZH = re.compile(r"(?:定增|定向增发|定向增發|非公开发行|非公開發行|向特定对象发行|向特定對象發行)[^，,。；;\d]{0,6}"
                                 + _RAISE_ZH + r"(?:总额|總額)?\s*(?:人民币|人民幣)?\s*$")
OTHER_USES_AFTER_ZH = re.compile(r"^[^。；;]{0,80}?(?:" + _WORKING_CAPITAL_ZH + r"|(?:偿还|償還)[^。；;，,]{0,6}"
                                 r"(?:贷款|貸款|债务|債務|借款))")
# "中华数岛数据中心集群,…总投资 2700 亿元,规划用地 4600 亩,吸引华为、中科曙光、中国移动等 15 家头部企业参与": a data-centre
# cluster's total across the many companies that join it, a sum (set 181; set 139 read the same cluster's projects so)
CLUSTER_BEFORE_ZH = re.compile(r"(?:数据中心|數據中心|算力)集群")
MANY_FIRMS_JOIN_AFTER_ZH = re.compile(r"^[^。；;]{0,40}?(?:吸引|集聚|聚集|汇聚|匯聚)[^。；;]{0,30}?\d+\s*家[^。；;，,\d]{0,8}"
                                      r"(?:企业|企業|公司)\s*(?:参与|參與|入驻|入駐|落户|落戶)")
# "从投资结构看,信息基础设施完成投资19.03亿元,占比38.74%": investment completed in one kind, told as its share of a
# total, is a part of a sum, not a project
COMPLETED_ZH_BEFORE = re.compile(r"(?:完成|实现|實現)了?(?:投资|投資)(?:额|額)?\s*$")
SHARE_OF_TOTAL_AFTER = re.compile(r"^\s*(?:元|美元)?\s*[,，]\s*(?:占比|佔比|占|佔)")
# "China has invested over $6.1 billion by June 2024 in constructing eight computing hubs", "中国将在2024年之前在8个计算中心
# 投资61亿美元": a country's money across many hubs, a sum (the country the sentence's subject: not China Mobile's, a
# company's in several data centres, or Tencent's "在中国投资…建设5个数据中心")
COUNTRY_MANY_HUBS = re.compile(
    r"(?:^|[,，:：]\s*)(?:\bChina\s+(?:has\s+|will\s+)?(?:invest|spen[dt]|pour)|(?:中国|中國|我国|我國)(?:将|將|已经|已經|已|计划|計劃)?"
    r"(?:在|于|於|投资|投資|投入))(?:[^.;。；]|\.(?=\d)){0,80}?"
    r"(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:national\s+)?(?:computing(?:\s+power)?|data)\s+"
    r"(?:hubs|cent(?:er|re)s|clusters)\b|(?:\d+|[两兩二三四五六七八九十]+)\s*(?:个|個|大)\s*(?:国家|國家)?(?:计算|計算|算力|数据|數據)"
    r"(?:中心|枢纽|樞紐|集群))", re.I)
# "foreign investment in the country exceeded $2.2bn in 2014", "FDI inflows into Kenya reached $1.5 billion": what all
# foreign companies brought into a country, a sum (not "Microsoft's $1 billion investment … the largest foreign investment")
# ("a fivefold jump in foreign direct investment (FDI) to RM8.5 billion in the third quarter", set 350)
FOREIGN_INFLOW_BEFORE = re.compile(r"\b(?:foreign\s+(?:direct\s+)?investments?|FDI)(?:\s*[(（]FDI[)）])?(?:\s+inflows?)?\s+"
                                   r"(?:(?:in|into|to)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+)?(?:(?:in|during)\s+\d{4}\s+)?"
                                   r"(?:(?:exceeded|reached|totall?ed|amounted\s+to|stood\s+at|rose\s+to|fell\s+to|grew\s+to|was|were|hit|of|to)\s+)?"
                                   + SIGN + r"\s*$", re.I)
# "Malaysia has received investments worth RM76bil involving data centres between 2021 and March this year": what
# a place has received over a period from everyone, a running total (set 350; not "will invest $3 billion between 2025
# and 2027", one company's plan)
RECEIVED_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:so\s+far\s+|already\s+)?received\s+investments\s+(?:worth|of|totall?ing|"
                             r"amounting\s+to)\s+" + _ROUGHLY + SIGN + r"\s*$", re.I)
OVER_A_PERIOD_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:between\s+\d{4}\s+and|since\s+\d{4}|from\s+\d{4}\s+to)\b", re.I)
# "the Iberian Peninsula attracts nearly $5 billion in capital commitment": what a place draws from everyone, a sum
# (set 277)
# ("The state has attracted investment of Rs 21,000 crore", "UP has so far garnered investment of nearly Rs 18,000
# crore": a place, or a state told by its initials, and its running total, set 342)
_PLACE_NOUN = r"\b(?:peninsula|region|country|nation|state|province|city|market|islands?|zone)"
PLACE_ATTRACTS_BEFORE = re.compile(r"(?:(?:" + _PLACE_NOUN + r"\s+"
                                   r"(?:attracts|attracted|draws|drew)|"
                                   r"(?:" + _PLACE_NOUN + r"|(?-i:\b(?!AI\b)[A-Z]{2}))\s+"
                                   r"has\s+(?:so\s+far\s+|already\s+)?(?:attracted|drawn|garnered))"
                                   r"(?:\s+(?:an?\s+)?investments?\s+(?:worth|of|totall?ing))?|"
                                   # "Uttar Pradesh has become a significant digital investment hub, attracting over Rs 21,000
                                   # crore in investments for data centers": what a hub has drawn (set 328)
                                   r"\b(?:hub|destination|magnet|hotspot)\s*,\s*(?:attracting|drawing)|"
                                   # "The Bengal’s Silicon Valley spread on close to 250-acre land is … poised to draw an
                                   # investment of around Rs 30,000 crores": what a hub or park is to draw (set 333)
                                   r"\b(?:Silicon\s+Valley|township|corridor|cluster|(?:IT|tech|technology|industrial)\s+(?:hub|park))s?\b"
                                   r"[^.;]{0,120}?\b(?:poised|expected|set|likely)\s+to\s+draw\s+(?:an?\s+)?investments?\s+(?:worth|of))\s+"
                                   + _ROUGHLY + SIGN + r"\s*$", re.I)
# "the Puget Sound region has seen only an estimated $180 million invested in these facilities": what a place has seen
# everyone invest, a sum (set 395)
PLACE_HAS_SEEN_BEFORE = re.compile(_PLACE_NOUN + r"\s+has\s+(?:so\s+far\s+|already\s+)?seen\s+(?:only\s+|just\s+)?(?:an?\s+)?"
                                   r"(?:estimated\s+)?" + _ROUGHLY + SIGN + r"\s*$", re.I)
INVESTED_AFTER = re.compile(r"^\s+(?:(?:\w+\s+)?invested|in\s+(?:new\s+|total\s+)?investments?)\b", re.I)
# "could contribute EUR1.9 billion (US$2.2 billion) to the country's GDP": what a project adds to an economy, economic
# impact (set 277; "contributions to the Portuguese GDP" is NOT_INVEST_AFTER's); so is a campus that could "inject $5
# billion into the region's economy" (set 396; "inject $5 billion into its data centre" is money spent)
CONTRIBUTES_BEFORE = re.compile(r"\b(?:contribut(?:e|es|ed|ing)|add(?:s|ed|ing)?|inject(?:s|ed|ing)?)\s+(?:about\s+|around\s+|some\s+|up\s+to\s+|"
                                r"over\s+|more\s+than\s+|nearly\s+)?(?:US\$|\$|€|£|EUR\s?)?\s*$", re.I)
TO_ECONOMY_AFTER = re.compile(r"^\s*(?:[(（][^()（）]{0,40}[)）]\s*)?(?:each\s+year\s+|a\s+year\s+|annually\s+)?(?:to|into)\s+(?:the\s+)?"
                              r"(?:[\w’'-]+\s+){0,3}(?:GDP|econom(?:y|ies))\b", re.I)
# "Iberdrola has announced global data center investments worth €10 billion": one company's programme across the world,
# not the world's spending (set 354; "companies have announced" is many)
ANNOUNCED_BY_ONE_BEFORE = re.compile(r"\b(?:has|had)\s+(?:announced|unveiled|pledged)\s+$", re.I)
# "In total, the telecom operator plans to invest EUR 241 million": one company's total for its project, not a sum
ONE_ACTOR_IN_TOTAL = re.compile(r"\bin\s+total,\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}(?:company|firm|operator|group|telco|developer|"
                                r"provider)\s+(?:plans|will|intends|expects|is\s+to)\b", re.I)


# What follows an amount says it is a forecast: "toward $470 billion this year, up from $350 billion in 2025, according to
# FactSet estimates" (someone's estimate), "a substantial fraction of the €3 billion investment predicted over the next
# few years"
FORECAST_AFTER = re.compile(r"^[^.;。；]{0,80}\baccording to\b[^.;]{0,40}\b(?:estimates?|projections?|forecasts?)\b|"
                            r"^\s*(?:[\w-]+\s+){0,2}(?:investments?|spending)\s+(?:predicted|forecast(?:ed)?)\b", re.I)
# A Chinese project's total with nothing about AI, computing or data in its sentence ("东区水厂水质提升工程,总投资约1.7亿元"):
# a local news roundup's other projects, not AI infrastructure; so is a science park ("“中国算谷”科技园…建设总投资约27亿元",
# set 344), whatever its name plays on.
PROJECT_ZH = re.compile(r"项目|項目|工程|基地|产业园|產業園|産業園|科技园|科技園|博览园|博覽園|公路|铁路|鐵路")  # "该基地…累计完成投资20亿元" after a testing base: no AI in either sentence
# "公告显示,项目总规划…", "该项目": the project the sentence before named (not "园区生活配套项目", a project named here)
# ("目前,一期工程计划投资27.8亿元": the first phase of the park the sentence before named), or the page's first sentence
# ("這個項目…計劃總投資45億元" closing a page that opened with "共同建設運營撫州云計算數據中心"), and a phase told by its
# computing power alone ("400P三期项目,预计投资20亿元": the third phase of the computing centre named before)
BARE_PROJECT = re.compile(r"(?:^|[,，:：;；]|该|本|此|該|这个|這個|\dP)\s*(?:项目|項目|基地|产业园|產業園|[一二三首]期(?:工程|项目|項目)?)")
# "…总投资约10亿元,用地面积100亩。" then "建成后将开辟“大数据+云计算”产业链": the next sentence says what the project will be
# ("…总投资约100亿元。" then "项目规划包括数据中心、云计算平台…": what the project is to include)
PURPOSE_NEXT_ZH = re.compile(r"^\s*(?:该|該|本)?(?:项目|項目)?\s*(?:建成后|建成後|投产后|投產後|达产后|達產後|建成投产后|建成投產後|"
                             r"(?:将|將)?打造|(?:将|將)?建成|(?:规划|規劃)?(?:包括|包含)|(?:主要)?(?:建设|建設)(?:内容|內容)|"
                             # "该中心是中国电信云计算战略规划全国八大重要节点之一": what the centre just named is (set 320)
                             r"(?<=[该該])(?:中心|基地)(?:是|为|為)|"
                             # "项目分两期建设,一期为数据中心土建工程…": what its first phase is (set 350)
                             r"分[两二三四]期(?:建设|建設|实施|實施)\s*[,，]\s*(?:一期|首期)(?:为|為|主要|建设|建設))")
# An industrial park named for the AI industry ("中國人工智能(廣州)產業園…總投資額約80億元", headquarters and technology finance)
# is offices for AI firms, and so is an AI technology park ("人工智能科技产业园"): its name alone does not make it computing
# infrastructure (set 214's rule; sets 325 and 327)
TECH_ZH = re.compile(r"人工智能(?!\s*(?:[(（][^)）]{1,8}[)）])?\s*(?:科技|创新|創新)?\s*(?:产业园|產業園|産業園))|\bAI\b|算力|智算|超算|超级计算|超級計算|数据中心|數據中心|数据|數據|(?<!星)云|(?<!星)雲|大模型|模型|芯片|服务器|伺服器|机柜|機櫃|计算|計算|"
                     # racks ("3万至4万个机架") too; not the digital economy ("总投资25亿元…的宁波胜遇数字经济产业园", a park for
                     # smart equipment, electronics and medical devices)
                     r"数字(?!经济)|數字(?!經濟)|機柜|机房|機房|机架|機架|GPU|IDC|半导体|半導體|集成电路|集成電路", re.I)
# A telecom's overall capex or its spending on mobile (5G) and fixed networks, with nothing about computing, AI,
# data centres or cloud in its sentence ("中国移动计划投入98亿元推进5GA建设"): not AI infrastructure.
_OPERATOR_ZH = r"中国移动|中国电信|中国联通|中國移動|中國電信|中國聯通"  # the three operators by name
# and "operators", short names, and the operators' tower company ("中国铁塔累计投资1388亿元,共交付铁塔167.9万个")
_OPERATOR_WORDS_ZH = r"运营商|運營商|" + _OPERATOR_ZH + r"|中移动|中移動|中电信|中電信|中联通|中聯通|中国铁塔|中國鐵塔"
TELECOM = re.compile(_OPERATOR_WORDS_ZH + r"|China (?:Mobile|Telecom|Unicom|Tower)|"
                     r"telecom operators|carriers|\btelcos?\b|"
                     # "took an $800m stake in Singtel last year": a stake in a telecom
                     r"\b(?:Singtel|Telstra|Optus|Airtel|Verizon|AT&T|T-Mobile|Vodafone|Deutsche Telekom)\b", re.I)
# "中国联通则计划2025年固定资产投资达550亿元,算力投资同比增长28%": an operator's overall capex, right before its amount, stays
# outside though the sentence goes on to its compute spending ("中国移动2025年资本开支计划1512亿元,其中算力投资373亿元" keeps the
# 373); not its compute capex ("中国电信算力资本开支…")
TELECOM_CAPEX_BEFORE_ZH = re.compile(r"(?:" + _OPERATOR_WORDS_ZH + r")"
                                     r"(?P<between>[^，,。；;:：]{0,24}?)(?:固定资产投资|固定資產投資|资本开支|資本開支|资本支出|資本支出)"
                                     r"(?:总额|總額|规模|規模)?(?:预计|預計|计划|計劃|将|將|拟|擬|为|為|达到|達到|达|達|约|約|超过|超過|"
                                     r"超|近|突破|\s)*$")
# A server maker's or contract manufacturer's own factories ("Foxconn is investing $569 million to expand its Wisconsin
# facility, aiming to meet the surging demand for AI servers"): manufacturing, unless the sentence names a data centre
SERVER_MAKER = re.compile(r"\b(?:Foxconn|Hon\s+Hai|Quanta|Wistron|Wiwynn|Inventec|Pegatron|Compal|Celestica|Jabil)\b", re.I)
DATA_CENTRE_WORD = re.compile(r"data\s*(?:processing\s+)?cent(?:er|re)|数据中心|數據中心|算力中心|智算中心", re.I)
# "Since building on Intel’s $20 billion Ohio One facility in New Albany began": a chip maker's plant, named by its
# maker's possessive and a plant noun after the amount, is chip manufacturing (set 359; "Intel's $1 billion data center
# facility" is a data centre)
CHIP_MAKER_BEFORE = re.compile(r"\b(?:Intel|TSMC|Micron|GlobalFoundries|SK\s*hynix|Texas\s+Instruments|Wolfspeed|SMIC|UMC)"
                               r"['’]s?\s*" + SIGN + r"\s*$", re.I)
PLANT_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:facility|facilities|plants?|fabs?|megafabs?|factory|factories|site|complex)\b", re.I)
# "the closing of Nordic Capital Fund XI (the Fund) at its hard cap of €9 billion", "its predecessor large-cap fund
# (Nordic Capital Fund X), which raised €6.1 billion": a private-equity fund's size with no AI, data or digital
# infrastructure in its sentence, a fund for other sectors (set 364; "closed its data center fund at its hard cap of
# $3 billion" is a data-centre fund's)
FUND_CLOSE_BEFORE = re.compile(r"\b(?:fund\s*rais(?:e|ing)|hard\s+cap|(?:predecessor|previous|prior)\s+(?:[\w-]+\s+){0,2}fund)\b"
                               r"(?:[^.;]|\.(?=\d)){0,120}$", re.I)
FUND_TOPIC = re.compile(r"\bdigital\b|\bdata\b|\btech", re.I)
# "a $15 billion healthcare fund": a fund named for another sector
OTHER_SECTOR_FUND_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:health\s*care|life[- ]sciences?|biotech|consumer|buyout)\s+"
                                     r"funds?\b", re.I)
# A military contract with nothing about AI or computing in its sentence ("F-16 Support … $488 Million Radar Contract")
MILITARY = re.compile(r"\b(?:radars?|F-\d+|fighter\s+jets?|missiles?|military|warships?|submarines?(?!\s+(?:cables?|fib(?:re|er)s?))|howitzers?)\b", re.I)  # not "submarine cable owner"
# A power line's or grid's cost ("666公里的输电线路,125亿投资") or a network's fibre ("a $600 million fiber optic
# investment"), with nothing about AI or computing in its sentence
# "to spend over US$630 million in power plant and renewable energy projects": energy, with nothing about computing
GRID_OR_FIBRE = re.compile(r"输电|輸電|特高压|特高壓|电网|電網|变电站|變電站|\bpower\s+(?:plants?|stations?)\b|\brenewable\s+energy\s+projects?\b|"
                           r"\bfib(?:re|er)[- ]optics?\b|\bfib(?:re|er)\s+(?:networks?|cables?|routes?)\b|光纤|光纖|光缆|光纜|"
                           r"\belectricity\s+(?:infrastructure|networks?|grids?|sector|systems?)\b|"  # "$1 billion in Yemen's Electricity Infrastructure"
                           r"\bbroadband\b", re.I)  # "more than Rs 50,000 crore has gone into the rural broadband project" (set 306)
# "another €120 million on a second cable linking Reunion Island to India", "$300 million in a new subsea cable": money
# spent on a cable, a network, with nothing about AI or computing in its sentence (judged after the amount: an IPO's
# proceeds beside the "submarine cable owner" the fund then bought stay an investment)
CABLE_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:on|in|into|for)\s+(?:[\w-]+\s+){0,3}?(?:(?:subsea|sub-sea|submarine|undersea|under-sea)\s+)?"
                         r"cables?\b(?!\s+(?:owners?|compan(?:y|ies)|operators?|makers?))", re.I)
# "…to set up a cable landing station at an investment of Rs 1,000 crore": a cable's station, network spending as the
# cable is (set 333), unless the sentence names a data centre or compute
CABLE_STATION_BEFORE = re.compile(r"\bcable\s+landing\s+stations?\b[^.;,]{0,40}$", re.I)
# "累计在成都投资230亿元提升通信覆盖,打造四张精品网": a telecom's money for network coverage, though the clause before
# names its cloud (not "提升算力覆盖")
COVERAGE_AFTER_ZH = re.compile(r"^\s*(?:元|亿元|億元)?\s*(?:用于|用於|用来|用來)?\s*(?:提升|提高|扩大|擴大|加强|加強|完善|优化|優化)"
                               r"(?:(?!算力)[^，,。；;]){0,6}(?:覆盖|覆蓋)")
# "中国移动作为国内通信行业龙头…" then "根据…数据,公司近五年资本开支…": the company named in the sentence before
COMPANY_BACK_ZH = re.compile(r"(?:^|[,，;；:：])\s*(?:该|該|其)?公司")
# A logistics company's hub ("菜鳥供應鏈…中國智能骨干網江西核心節點項目,總投資20億元,建成后將成為…訂單生產結算中心…、物流大數據信息平臺")
# or a company's warehouses and parks: not AI infrastructure, though it names big data; unless it names compute or a data centre
LOGISTICS_ZH = re.compile(r"物流|供应链|供應鏈|菜鸟|菜鳥|仓储|倉儲|冷链|冷鏈|快递|快遞")
COMPUTE_ZH = re.compile(r"算力|智算|超算|人工智能|\bAI\b|AIDC|GPU|数据中心|數據中心|云计算|雲計算|机柜|機櫃|服务器|伺服器|大模型|芯片", re.I)
# "Thanks to this investment, which is expected to reach a value of around 100 million euros, we will create the
# conditions to create industries such as automation, robotics …": an economic zone's industries, with nothing about AI,
# computing, data centres or chips in its sentence
NON_AI_INDUSTRY = re.compile(r"\bindustries\s+such\s+as\b|\bautomotive\b|\b(?:industrial|economic|free)\s+(?:zones?|parks?|estates?)\b|"
                             # "a USD250 million contract … for the construction of the port", "a $ 1.3 billion concession
                             # project for the construction of a free trade zone": ports, airports and trade zones
                             r"\bfree\s+trade\s+zones?\b|\b(?:air|sea)?ports?\b|"
                             r"\beconomic\s+development\s+areas?\b|"
                             # "$240 million in … cotton thread and denim plants": a textile mill
                             r"\b(?:textiles?|garments?|apparel|denim)\b|\bcotton\s+(?:thread|yarn|spinning|mills?|plants?)\b|"
                             # "a 6.15 billion baht project to produce prepreg and copper clad laminate": a plant (set 267)
                             r"\b(?:projects?|plants?|factory|factories)\s+to\s+(?:produce|manufacture)\b|"
                             # "Nippon Steel finally acquired U.S. Steel for $14.9 billion": a steelmaker (set 386)
                             r"\bsteel(?:makers?|works|mills?)?\b|"
                             # "a R30bn tie-up between Heineken and winemaker Distell": brewers and winemakers (set 368)
                             r"\b(?:brewers?|brewer(?:y|ies)|beer|winemakers?|winer(?:y|ies)|distiller(?:s|y|ies)?)\b|"
                             # "一期投资10亿元,建设手机、平板电脑等全产业链工业园区": a factory park
                             r"工业园|工業園|厂房|廠房|生产线|生產線|"
                             # "designed to help the country get back on its feet following 2010 deadly earthquake": disaster
                             # reconstruction; "addressing energy, internet, transportation, and urban tech ecosystems": transport
                             r"\bearthquakes?\b|\breconstruction\b|\bdisaster\s+(?:relief|recovery)\b|\btransport(?:ation)?\b|"
                             # "the financial viability of the $120 billion train" of "High-speed rail": a railway (set 394)
                             r"\bhigh[- ]speed\s+(?:rail|trains?)\b|\brailways?\b|\brailroads?\b|\brail\s+(?:lines?|links?|projects?)\b|"
                             # "今年投资21亿元开工建设的尚勤路、横二路等8条道路及地下管网": a park's roads and pipes
                             r"道路|公路|铁路|鐵路|管网|管網|桥梁|橋樑|"
                             # "联合投资600亿收购万达商管60%的股权 … 全球最大的商业地产管理公司": a property manager bought
                             r"商管|物业|物業|商业地产|商業地產|"
                             # "核電站建設累計投資將達到5000億元": nuclear power plants (set 317)
                             r"核电|核電|\bnuclear\s+(?:power\s+)?(?:plants?|reactors?|stations?)\b|"
                             # "inject 100 billion won to build a startup cluster": offices for young firms (set 320)
                             r"\bstart-?up\s+(?:clusters?|campus(?:es)?|hubs?|incubators?)\b|"
                             # "2017 年以 292 億元收購 94.55% 股權…總投入超 315 億元…躋身全球工業機器人 TOP4": an industrial
                             # robot maker bought (set 326; robotics is not AI infrastructure, set 126)
                             r"工业机器人|工業機器人|\bindustrial\s+robot(?:s|ics)\b|"
                             # "寧德時代 25 億元戰略投資落袋蔚來能源的消息,將這家造車新勢力再次推上熱搜": carmakers (set 327;
                             # "automotive" above in English)
                             r"造车|造車|车企|車企|整车|整車|新能源汽车|新能源汽車|新势力|新勢力", re.I)
# "2 trillion won (US$ 1.6 billion) of investment plans for building logistics and data centers": warehouses and data
# centres together, the data centres' part untold (set 36's rule; set 320)
LOGISTICS_AND_DATA_CENTRES = re.compile(r"\blogistics\s+(?:and|&)\s+data\s+cent(?:er|re)s?\b|"
                                        r"\bdata\s+cent(?:er|re)s?\s+(?:and|&)\s+logistics\b", re.I)
# "₹125 crore will be allocated for the Advanced Farming Cluster Project", "A ₹1300 crore investment will go toward
# constructing a Multipurpose Convention Centre", "₹1000 crore for hydro power projects": what the amount is for, told
# right after it, is farming, tourism, public works or power, whatever else the sentence lists (set 308); so is "a Rs 200
# crore pact for a 500-bed super specialty hospital", "Rs 3,200 crore in establishing a cement clinker and grinding
# plant" and money "to strengthen its telecom and IT infrastructure" (set 340), and "a Rs 300 crore investment to set
# up a state-of-the-art transformer manufacturing unit" (set 341). A purpose whose clause names AI or
# computing too ("for a data centre and a hotel", "its telecom and data centre infrastructure") is not refused
_NON_AI_PURPOSE = (r"(?:farming|agricultur\w*|convention\s+cent(?:re|er)s?|touris[mt]\w*|ropeways?|cable\s+cars?|"
                   r"hydro(?:electric|[- ]?power)?|sewage|fertili[sz]ers?|hotels?|hospitals?|housing|schools?|cement|"
                   r"telecom\w*|manufacturing\s+(?:units?|plants?|facilit(?:y|ies)|hubs?))\b")
NON_AI_PURPOSE_AFTER = re.compile(r"^\s*(?:(?:investment|pact|deal|agreement|MoU)\s+)?"
                                  r"(?:will\s+(?:be\s+)?(?:allocated|dedicated|earmarked|spent|go(?:ing)?)\s+)?"
                                  r"(?:for|towards?|into|in\s+(?:establishing|setting\s+up|building|constructing)|"
                                  r"to\s+(?:establish|set\s+up|build|construct))\s+"
                                  r"(?:[\w-]+\s+){0,4}?" + _NON_AI_PURPOSE + "|"
                                  # "Rs 400 crore is being invested in the state to strengthen its telecom and IT infrastructure"
                                  r"^[^.;]{0,40}?\bto\s+(?:strengthen|enhance|expand|improve|upgrade|boost)\s+(?:[\w-]+\s+){0,2}?"
                                  + _NON_AI_PURPOSE, re.I)
# "has committed to setting up a manufacturing plant for IT hardware, with a significant Rs 300 crore investment": the
# same purposes told before the amount, in its clause (set 343)
NON_AI_PURPOSE_BEFORE = re.compile(r"\b(?:set(?:ting)?\s+up|establish(?:ing)?|build(?:ing)?|construct(?:ing)?)\s+"
                                   r"(?:[\w-]+\s+){0,4}?" + _NON_AI_PURPOSE + r"[^.;]{0,60}?\bwith\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
                                   + SIGN + r"\s*$", re.I)
# "located in the Thilawa Special Economic Zone (SEZ), a $3.28 billion development project": the zone's size, told
# beside its name, not the data centre's in it ("in the Free Zone, a $1 billion investment" is the data centre's)
ZONE_APPOSITIVE_BEFORE = re.compile(r"\b(?:economic|industrial|free|trade|special)\s+(?:[\w-]+\s+)?(?:zone|park|estate|area)\s*"
                                    r"(?:\([A-Z]{2,6}\))?\s*,\s*(?:an?|the)\s+(?:US\$|\$|€|£)?$", re.I)
ZONE_NOUN_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:development|project|zone|park|estate|scheme)\b", re.I)
CHIP_WORD = re.compile(r"\bchips?\b|semiconductor|\bfabs?\b|foundr(?:y|ies)", re.I)
# "backed by $300 million in World Bank funding": a development bank's money, a loan however it is worded
DEV_BANK_FUNDING_AFTER = re.compile(r"^\s*(?:in|of)\s+(?:World\s+Bank|IMF|EIB|EBRD|AfDB|ADB|AIIB|(?:multilateral\s+)?development[- ]bank)\s+"
                                    r"(?:funding|financing|loans?|credit)\b", re.I)
# "a €175.1 million investment to develop a National Data Center and expand the country's fiber-optic and wireless
# networks": a connectivity programme whose object is a data centre and the networks together, mostly network spending
DATA_CENTRE_AND_NETWORKS_AFTER = re.compile(r"^(?:[^.;]|\.(?=\d)){0,120}?\bdata\s+cent(?:er|re)s?\b[^.;]{0,40}?\band\s+(?:the\s+)?"
                                            r"(?:expan|extend|deploy|build|upgrad|moderni[sz])\w*\s+[^.;]{0,60}?"
                                            r"\b(?:fib(?:re|er)[- ]optic|wireless|mobile|broadband|GSM|telecom\w*)\b[^.;]{0,30}?\bnetworks?\b", re.I)
AI_INFRA_WORD = re.compile(r"算力|智算|大数据|大數據|机架|機架|人工智能|\bAI\b|artificial intelligence|AIDC|GPU|数据中心|數據中心|云|雲|compute|computing|data (?:processing )?cent|cloud", re.I)
# "ASML led the initiative by investing 1.3 billion euros", "pumping more than $1.5 billion ... leading a round",
# "committing 1.3 billion euros for Mistral's 1.7 billion euro fundraise": the lead investor's share of a round.
# (not "a SoftBank-led round": the hyphenated lead describes the whole round)
LEAD_SHARE = re.compile(r"(?<!-)\b(?:led|leading|leads)\s+(?:the\s+|a\s+|its\s+|this\s+)?(?:initiative|round|fundraise|funding|raise)\b", re.I)
ROUND_AFTER = re.compile(r"^\s*(?:euros?\s+|dollars?\s+|yuan\s+)?(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}(?:funding\s+|financing\s+)?"
                         r"(?:round|fundraise|raise)\b", re.I)
SHARE_OF_ROUND_AFTER = re.compile(r"^\s*(?:euros?\s*)?(?:\([^)]*\)\s*)?for\s+(?:[^.;]|\.(?=\d)){0,60}?\b(?:fundraise|round)\b", re.I)
# A forecast for a whole market, with no company behind it: "Capital expenditures for data centers are
# poised to reach nearly $1 trillion", "预计到2027年,全球…支出就将超过1.4万亿美元", "…的投入…2025年预计达5950亿美元".
MARKET_FORECAST_EN = re.compile(r"(?<![’'][sS] )(?<!\w )(?<!\w \()\b(?:(?:(?:global|worldwide|industry|total|AI|data[- ]cent(?:er|re)|cloud|Big Tech|"
                                r"hyperscalers?|tech)\s+)+(?:capital expenditures?|capex|spending|investments?|outlays?)\b|"
                                # a bare "capex" names a market only with one after it ("Capital expenditures for data centers are
                                # poised to"); "For 2025, capex is estimated to be $12 billion" is the article's company's guidance
                                r"(?:capital expenditures?|capex|spending|investments?|outlays?)\s+(?:for|on|across|in|by)\s+(?:the\s+)?"
                                r"(?:data[- ]cent|AI\b|global|worldwide|industry|hyperscal|cloud|tech|U\.?S\.?|China|Europe))[^.;]{0,50}?\b"
                                r"(?:(?:is|are|will be)\s+)?(?:expected|poised|projected|forecast|set|likely|estimated)\s+to\b|"
                                # "Goldman Sachs has projected total “hyperscale” data centre capital expenditure from 2025 to
                                # 2027 will reach": a market's spending someone projects (set 368; not "Microsoft projects its
                                # capital expenditure will reach", a company's guidance)
                                r"\b(?:projected|projects|forecasts?|forecasted|predicts?|predicted|estimates?|estimated)\s+"
                                r"(?:that\s+)?(?:total\s+)?[“\"]?(?:hyperscale|global|worldwide|industry|AI|data[- ]cent(?:er|re)|cloud)"
                                r"[”\"]?\s+(?:[\w-]+\s+){0,3}?(?:capital\s+expenditures?|capex|spending|investments?|outlays?)\b"
                                r"[^.;]{0,60}?\bwill\s+(?:reach|hit|top|exceed|surpass|total|rise\s+to|grow\s+to|climb\s+to)\b", re.I)
MARKET_FORECAST_ZH = re.compile(r"预计|預計|预期|預期|有望")
# "高盛最新测算,到2030年全球AI基建投资累计将达3到4万亿美元": the world's total by a year, in the amount's own clause, is a
# forecast whoever the sentence names before it ("公司计划到2027年在全球投资…" is a company's plan)
WORLD_BY_YEAR_ZH = re.compile(r"(?:到|至)\s*20\d\d\s*年\s*[,，]?\s*(?:全球|全世界)[^，,。；;]{0,30}$")
COMPANY_ZH = re.compile(r"公司|集团|集團|阿里|腾讯|騰訊|字节|字節|百度|华为|華為|京东|京東|移动|移動|电信|電信|联通|聯通|"
                        r"亚马逊|亞馬遜|谷歌|微软|微軟|甲骨文|英伟达|英偉達|苹果|蘋果|美团|美團|小米|"
                        r"[A-Z][a-z]+[A-Za-z]*|[A-Z][a-z]*[A-Z][a-z]\w*")
# "Big Tech Earnings Tested by $725 Billion AI Capex Splurge": the group's spending, when no one company is named.
# ("The hyperscaler – which had already spent around $3 billion": one company, named before)
# ("The world’s largest hyperscaler has spent $108 billion": one company too)
GROUP_BEFORE = re.compile(r"\b(?:Big Tech|hyperscalers|(?<!the )(?<!largest )(?<!biggest )(?<!leading )hyperscaler|tech giants|"
                          r"Magnificent Seven)\b", re.I)
COMPANY_EN = re.compile(r"\b(?:Microsoft|Alphabet|Google|Amazon|AWS|Meta|Oracle|Apple|OpenAI|Anthropic|xAI|Tesla|Nvidia|"
                        r"Alibaba|Tencent|ByteDance|Baidu|CoreWeave)\b")


# "A consortium of tech giants plans to invest $500 billion", "Opening the Stargate: Tech Giants to Invest $500B": one venture.
CONSORTIUM = re.compile(r"\b(?:consortium|joint venture|Stargate)\b", re.I)


# "tech giants are pouring hundreds of millions …, from SambaNova’s $350M raise": one company's, named right before it
POSSESSIVE_BEFORE = re.compile(r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?['’]s\s*(?:US\$|\$|€)?\s*$")
# "总投资预计128亿元": a project's planned total, not a forecast for a market
PLANNED_TOTAL_ZH = re.compile(r"(?:总投资|總投資|投资额|投資額|计划投资|計劃投資)\s*$")
# "预计总投资约3.8亿元": a forecast word right before a project's total is that total's, not a market's forecast
EXPECTED_TOTAL_ZH = re.compile(r"\s*(?:总投资|總投資|投资总额|投資總額)")
# "…,预计用地200亩,总投资30亿元": a clause that opens with a project's total
PROJECT_TOTAL_ZH = re.compile(r"[,，;；]\s*(?:项目)?(?:总投资|總投資|投资总额|投資總額|计划投资|計劃投資)(?:约|約|达|達|为|為)?\s*$")
# "更让人期待的400P三期项目,预计投资20亿元": a forecast word right after the project it names, before its investment,
# is that project's expected cost
PROJECT_BEFORE_ZH = re.compile(r"(?:项目|項目|工程|[一二三四五六七八九十]期)\s*[,，]?\s*$")
EXPECTED_INVESTMENT_ZH = re.compile(r"\s*(?:投资|投資)\s*$")
CLAUSE_BREAK_ZH = re.compile(r"[,，;；]")
# the text ends just after a word that says what the amount buys, before saying it: "还将投资近10亿元在蕪率", "$2 billion in"
CUT_OFF_REST = re.compile(r"^\s*(?:元|美元|dollars|yuan)?\s*(?:在|于|於|用于|用於|建设|建設|(?:in|into|on|for|to)\b)"
                          r"[^.。!！?？;；,，:：)）\d]{0,6}$", re.I)


def market_forecast(sentence: str, num: Num) -> bool:
    """Whether the amount is a forecast for a market as a whole, or a group's total, rather than a company's plan."""
    head = sentence[:num.qualifier_start]
    group = GROUP_BEFORE.search(head) and not COMPANY_EN.search(head) and not re.search(r"\beach\b", head, re.I) \
        and not CONSORTIUM.search(head) and not POSSESSIVE_BEFORE.search(head) \
        and not PART_FROM_AFTER.match(sentence[num.end:])  # "came from tech giants: $4.3 billion from Nvidia": one
    if MARKET_FORECAST_EN.search(head) or group or WORLD_BY_YEAR_ZH.search(head):
        return True  # ("Each of the three major hyperscalers projects roughly $150b": one each)
    forecast = MARKET_FORECAST_ZH.search(head)
    if forecast and (PLANNED_TOTAL_ZH.search(head[:forecast.start()]) or EXPECTED_TOTAL_ZH.match(head[forecast.end():])
                     or (PROJECT_BEFORE_ZH.search(head[:forecast.start()])
                         and EXPECTED_INVESTMENT_ZH.match(head[forecast.end():]))):
        return False  # "总投资预计128亿元", "预计总投资约3.8亿元", "三期项目,预计投资20亿元": a project's expected total
    if forecast and CLAUSE_BREAK_ZH.search(head[forecast.end():]) and PROJECT_TOTAL_ZH.search(head):
        return False  # "将在该地建设云计算中心,预计用地200亩,总投资30亿元": the forecast word is another clause's (land)
    # ("迈信林…,预计今年将投入15亿元采购算力服务器": servers bought are one buyer's, whatever name the sentence gives it)
    return bool(forecast) and not COMPANY_ZH.search(head[:forecast.start()] + head[forecast.end():]) \
        and not PURCHASE_AFTER_ZH.match(sentence[num.end:])


# "AI相关收入达到400亿元…;AI云基础设施全年约200亿元,同比增长34%": a segment named after infrastructure, in a
# sentence about revenue, with no spending word in its own clause, is the segment's revenue.
REVENUE_WORD = re.compile(r"\brevenues?\b|营收|營收|收入", re.I)
# "SambaNova picked up $350m", "and Dutch startup Axelera AI brought in $250 million": a round, when the sentence before
# told of one; alone these verbs are revenue as often ("The Intelligent Cloud segment brought in $26.8 billion").
ROUND_VERB_BEFORE = re.compile(r"\b(?:brought in|brings in|picked up|picks up|pulled in|bagged|nabbed)\s*(?:US\$|\$|€|¥|￥)?\s*$", re.I)
SALES_WORD = re.compile(r"\brevenues?\b|\bsales\b|\bsegment\b|\bincome\b|\bprofits?\b|\bquarter\b|营收|營收|收入", re.I)
# "Data center firms committed 141.7 billion Malaysian ringgit …" then "The bulk of this came from tech giants: $4.3
# billion from Nvidia, $2.2 billion from Microsoft, …": the parts of the sentence before's investment, each from a
# company named after it (the total itself is a country's sum).
PARTS_FROM_BEFORE = re.compile(r"\b(?:bulk|most|much|majority|lion['’]s\s+share|(?:biggest|largest)\s+(?:share|part))\s+of\s+"
                               r"(?:this|that|it|the\s+(?:total|investment|sum))\s+came\s+from\b", re.I)
PART_FROM_AFTER = re.compile(r"^\s*(?:(?:through|up)\s+to\s+\d{4}\s+)?from\s+(?-i:[A-Z])")
INFRA_NOUN = re.compile(r"infrastructure|data[- ](?:processing\s+)?cent(?:er|re)s?|facility|facilities|campus|基础设施|基礎設施|数据中心|數據中心", re.I)


def segment_revenue(sentence: str, clause: str, clause_start: int) -> bool:
    """Whether the amount belongs to a segment named after infrastructure in a sentence about revenue:
    revenue earlier in the sentence, and no investment word in the amount's clause but the segment's name."""
    words = [m.group() for m in INVEST_WORD.finditer(clause)]
    return bool(REVENUE_WORD.search(sentence[:clause_start])) and bool(words) and all(INFRA_NOUN.fullmatch(w) for w in words)


# --------------------------------------------------------------------------- lists and gaps

# What may not stand between two amounts of one list: comparisons, gaps, other quantities.
LIST_BREAK = re.compile(r"\b(?:vs\.?|versus|Street|consensus|below|above|under|undershoot|step|down|up from|cash|revenue|"
                        r"income|RPO|backlog|FCF|margin|valuation)\b|%|估值|收入|营收|现金", re.I)
# "a sharp decline of 40% from the previous expectation of $20 billion": the guidance it replaced
BASELINE_GAP = re.compile(r"^[^.;。；]{0,90}?\b(?:up|down|jump|rise|increase|climb|surge|decline|drop|cut|fall)(?:\s+of\s+\d+(?:\.\d+)?%)?"
                          r" from(?:\s+(?:the|its|an?)\s+(?:earlier|previous|prior)\s+"
                          r"(?:range|forecast|guidance|estimate|expectation|outlook|plan)\s+of)?\s*(?:just\s+|only\s+|a mere\s+)?(?:US\$|\$|¥|￥)?\s*$", re.I)
# "revenue +77% to $18B in FY2026, reaching $144B by 2030": where an amount just refused goes next is refused with it.
# "… toward $1.6 trillion a year by 2031 — about $7.6 trillion cumulatively": a dash's restatement goes with it too.
CONTINUES = re.compile(r"^[^.;。；]{0,40}?(?:\b(?:reaching|rising to|growing to|climbing to|then to)|(?<!\bbut)\s(?:—|–|--)\s*"
                       r"(?:about|roughly|around|some|nearly|approximately|or)?)\s*(?:US\$|\$)?\s*$|"
                       r"^\s*(?:and|to|–|-)\s*(?:US\$|\$)?\s*$|"  # "valuation … between roughly $11 billion and $13 billion"
                       # "projected to reach $2.5 trillion in 2026 and $4 trillion by 2030": the next year's (set 389)
                       r"^\s*(?:in|for|by)\s+(?:19|20)\d\d\s*,?\s+and\s+(?:US\$|\$)?\s*$|"
                       # "valued at USD 2 Billion in 2020 and is expected to reach USD 5 Billion by 2026": where a
                       # market valued in one year is forecast to go (set 396)
                       r"^\s*(?:in|for|by)\s+(?:19|20)\d\d\s*,?\s+and\s+(?:is|are|was|were)\s+(?:expected|projected|forecast|"
                       r"set|estimated|poised|likely)\s+to\s+(?:reach|hit|top|exceed|surpass|grow\s+to|rise\s+to|climb\s+to)\s+"
                       r"(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?(?:US\$|\$|USD\s*|€|£)?\s*$|"
                       # "six data center investments with an aggregate value of around £200m ($277m), as well as another £470m"
                       r"^[^.;。；]{0,40}?,\s*as\s+well\s+as\s+(?:another|a\s+further)\s*(?:US\$|\$|£|€)?\s*$|"
                       # "$5.7 billion in infrastructure assets under management out of a total $44.7 billion": its whole
                       r"^[^.;。；]{0,80}?\bout\s+of\s+(?:a|the|its|their)\s+(?:total|overall)\s+(?:of\s+)?(?:US\$|\$|£|€)?\s*$|"
                       # "reached US$4.1 billion, or around Rp73.2 trillion": the same amount converted
                       r"^\s*,\s*or\s+(?:around\s+|about\s+|roughly\s+|approximately\s+|some\s+|nearly\s+)?"
                       r"(?:US\$|\$|€|£|¥|\b(?-i:Rp|R|RM|S\$|AU?\$))?\s*$", re.I)
# "1150 亿美元 至 1350 亿美元": a range written with its currency on both ends; the upper end is not a second amount.
# "7 trillion won ($5.1 billion), including $4 billion raised through investment from AWS": one investor's part of the
# amount just accepted, past its bracketed conversion.
# ("a nearly $3 billion equity raise by DataBank which includes more than $700 million in commitments": a part it includes)
PART_GAP = re.compile(r"^\s*(?:won|yuan|euros?|dollars|元|美元|韩元|韓元)?\s*(?:[(（][^()（）]{0,40}[)）])?\s*"
                      r"(?:[,，]?\s*(?:including|of which|包括|其中)|(?:[\w-]+\s+){0,5}(?:which|that)\s+includ(?:es|ed)"
                      r"(?:\s+(?:more\s+than|over|about|nearly|some|roughly|around))?)\s*(?:US\$|\$|¥|￥)?\s*$", re.I)
# "…1600亿元,其中约900亿都将用于AI算力的采购": a part set aside for compute is an investment of its own, as a part put into a
# computing platform is ("将其中24亿元投入算力平台建设")
COMPUTE_PART_AFTER = re.compile(r"^\s*(?:元|美元)?[^，,。；;]{0,8}(?:用于|用於|投入|投向)[^，,。；;]{0,20}?"
                                r"(?:算力|智算|人工智能|\bAI\b|GPU|数据中心|數據中心|服务器|伺服器)", re.I)
# "the investment must be $200 million in an opportunity zone and $400 million elsewhere": the other place's figure of a
# refused threshold, told by "elsewhere" or "if it is not" after it (set 376)
OTHERWISE_GAP = re.compile(r"^[^.;。；$]{0,60}?\b(?:and|or|but)\s*(?:US\$|\$|£|€)?\s*$", re.I)
OTHERWISE_AFTER = re.compile(r"^\s*(?:elsewhere|otherwise|outside\s+(?:it|them|those|such)|if\s+(?:it|they)\s+(?:is|are)\s+not|if\s+not)\b",
                             re.I)
# "the estimated $2 trillion in capital expenditures earmarked for … worldwide …, including $1 trillion in the U.S.":
# the part of an amount refused, later in its sentence, goes with it
PART_OF_REFUSED = re.compile(r"^[^.;。；]{0,160}?[,，]\s*(?:including|of which|包括|其中)\s*(?:US\$|\$|¥|￥)?\s*$", re.I)
RANGE_TOP_GAP = re.compile(r"^\s*(?:美元|元|人民币|人民幣|港元)?\s*(?:至|到|-|–|~|～)\s*(?:US\$|\$|¥|￥)?\s*$")
# "to capitalize on the estimated $2 trillion in capital expenditures earmarked for building … new data centers
# worldwide": the world's, as someone estimates it ("an estimated $10 billion investment in … Ohio" is one company's)
ESTIMATED_BEFORE = re.compile(r"\b(?:the|an)\s+estimated\s*(?:US\$|\$)?\s*$", re.I)
WORLD_AFTER = re.compile(r"^[^.;。；]{0,100}?\b(?:worldwide|globally|around\s+the\s+world|across\s+the\s+(?:world|globe))\b", re.I)
# "Amazon has already invested $12 billion in North Carolina", "has injected $12 billion into the state": a company's
# past total in a place, warehouses and all, not AI infrastructure ("has invested $13 billion in OpenAI" is a stake).
PAST_TOTAL_BEFORE = re.compile(r"\b(?:has|have)\s+(?:already\s+)?(?:invested|injected|spent)\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+)?"
                               + SIGN + r"\s*$", re.I)
IN_PLACE_AFTER = re.compile(r"^\s*(?:in|into)\s+(?:the\s+(?:state|country)\b|" + US_STATE + r")")
# "has raised $686 million of the $818 million it intends to raise": the target, not what was raised
TARGET_AFTER = re.compile(r"^\s*(?:it|they|the company)\s+(?:intends|hopes|plans|aims|seeks)\s+to\s+raise\b", re.I)
# "there is a $100 billion data centre opportunity in the northeastern region": the size of a chance, told by the words
# right after the amount, no one's money (set 306); "$5 billion to seize the AI opportunity" is still money
OPPORTUNITY_AFTER = re.compile(r"^\s*(?:(?!(?:to|in|into|for|on|the|a|an|of|and)\b)[\w-]+\s+){0,3}opportunit(?:y|ies)\b", re.I)
# "成本和费用达70亿元;全年累计180亿元": the year's total of an amount just refused is refused with it.
CUMULATIVE_NEXT = re.compile(r"^\s*(?:元|美元)?\s*[;；,，]\s*(?:全年|今年|前三季度?|上半年)?\s*(?:累计|累計|合计|合計)\s*(?:达到?|達到?|为|為|约|約)?\s*$")


# --------------------------------------------------------------------------- the refusal, put together


# "approved an estimated US$2.7 billion of investments in data centres", "approved 90.9 billion baht ($2.7 billion) worth of
# investments", "approved close to US$1.8 billion in data centre projects": a country's approvals summed over projects
# ("approved Google's $1 billion data centre" is one); what a state "recorded RM16.69 billion worth of investments" over
# three quarters, a sector "attracting RM11.37 billion worth of investment from 73 projects": its tally, the same sum
TALLIED_BEFORE = re.compile(r"\b(?:approv(?:ed|es|ing)|recorded|attract(?:ed|s|ing))\s+(?:an?\s+estimated\s+|close\s+to\s+|about\s+|"
                             r"around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?(?:US\$|\$|€|£|฿|THB\s?|RM\s?)?\s*$", re.I)
PROJECTS_AFTER = re.compile(r"^\s*(?:baht|won|yuan|euros?|dollars|rupees)?\s*(?:[(（][^()（）]{0,40}[)）]\s*)?(?:worth\s+)?(?:of|in)\s+"
                            r"(?:(?:[\w-]+\s+){0,3}(?:investments|projects)\b|investment\s+from\s+\d+\s+projects\b)", re.I)
# "announced two investments — one worth $7.8 billion, and another worth $3.5 billion —": investments told by their worth
INVESTMENTS_BEFORE = re.compile(r"\binvestments?\s*(?:—|–|--|:|,)\s*(?:[^.;]|\.(?=\d)){0,60}?\b(?:one|another|each|the\s+other|the\s+first|"
                                r"the\s+second)\s+worth\s*(?:US\$|\$)?\s*$", re.I)
# "The deal adds $2-3 billion annually during rollout", "deal expected to generate $1B annually": revenue a deal brings
# its supplier each year (what a lease brings over its whole term is its value: lease_value)
ADDS_BEFORE = re.compile(r"\b(?:add(?:s|ed|ing)?|generat(?:e|es|ed|ing))\s+(?:over\s+|more\s+than\s+|about\s+|around\s+|roughly\s+|"
                         r"nearly\s+|some\s+|approximately\s+)?(?:US\$|\$)?\s*$", re.I)
# "investing more than $29 billion in digital and fiber assets": a manager's holdings across asset classes
# "a US$62 billion alternative asset management company": the size of a manager of others' money; "The $397.4 billion
# Toronto-based giant has committed C$400 million": an investor's own size (set 313)
ORGANISATION_SIZE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}(?:(?:asset|investment|fund|wealth)[- ]management\s+(?:company|firm|"
                                     r"group|business|house)|(?:asset|investment|fund|wealth)\s+managers?|giant|conglomerate)\b",
                                     re.I)
# "$2 billion in assets", "900 trillion won (US$ 705.6 billion) of assets" (set 320, read past the conversion): what an
# investor holds
ASSETS_AFTER = re.compile(r"^\s*(?:(?:in|into|across)\s+(?:[\w-]+\s+){0,3}|of\s+)assets\b", re.I)
ANNUAL_AFTER = re.compile(r"^\s*(?:(?:in\s+)?(?:annual\s+)?revenues?|annually|a\s+year|per\s+year|each\s+year)\b", re.I)


# "… a massive research and innovation campus." then "… design the campus, which comes with a 100-million-euro price
# tag": the campus the sentence before called a research campus is R&D.
RESEARCH_CAMPUS = re.compile(r"\bresearch\s+(?:and|&)\s+(?:innovation|development)\s+(?:campus|hub|cent(?:re|er)|park)\b|"
                             r"\bR&D\s+(?:campus|hub|cent(?:re|er))\b", re.I)
THE_CAMPUS = re.compile(r"\bthe\s+(?:campus|hub|cent(?:re|er)|park)\b", re.I)
# "As a thumb rule, around $6-7 million of investment is needed to build each megawatt." then "So, the company is likely
# to invest ₹2,500 crore": a sum worked out from the cost per megawatt the sentence before gives, no one's plan (set 90)
COST_PER_MEGAWATT = re.compile(r"\d[^.;]{0,80}?\b(?:each|per|a|every)\s+(?:megawatt|MW)\b", re.I)
CONCLUSION_OPENING = re.compile(r"^\W*(?:so|thus|therefore|hence)\b", re.I)
# A project in a list, each with its own total ("总投资10亿元的中国联通哈尔滨云计算数据中心二期、总投资5亿元的…产业园等项目"):
# what it is, the name after "的" up to the list's "、" or "等", says whether it is AI infrastructure, not the sentence;
# and the batch the sentence opens with ("一批新兴产业项目") does not make its own total a sum.
# (both start where an amount's "的" names what it is for: "总投资10亿元的…")
_OF_ZH = r"^\s*(?:元|美元)?\s*(?:人民币|人民幣)?的"  # "20亿元人民币的…项目" too
_NAMED_BY_ZH = _OF_ZH + r"(?P<item>[^，,。；;、]{2,40}?"
LISTED_ITEM_ZH = re.compile(_NAMED_BY_ZH + r")(?:、|等)")
SUM_OF_LIST_ZH = re.compile(r"一批|\d\s*(?:个|個|项|項)")
# "总投资200余亿元的中国电信云计算内蒙古信息园、中国移动呼和浩特数据中心正在建设当中": one amount named by two telecoms'
# projects, the second with no amount of its own, is their sum (set 180)
TWO_OPERATORS_LISTED_ZH = re.compile(_OF_ZH + r"\s*(?P<first>" + _OPERATOR_ZH + r")[^，,。；;、\d]{2,40}?、\s*"
                                     r"(?P<second>" + _OPERATOR_ZH + r")[^，,。；;、\d]*(?:[，,。；;]|$)")
# "計劃總投資20億元的數智文化科技産業園項目,將…建設…中國數字直播産業創新基地、智慧頤養康養示範園…": a project whose own
# name, right after its amount, says culture, tourism, care, livestreaming, medicine or heavy industry and names
# nothing technical (no computing, data, cloud or chips: "生物计算中心" stays)
NAMED_PROJECT_ZH = re.compile(_NAMED_BY_ZH + r"(?:项目|項目|产业园|產業園|産業園|园区|園區|基地))")
# "总投资5亿元的朗瑞机械,…已投产达效": or of a firm, named right after its amount, whose name says it makes machinery,
# steel, chemicals, textiles or cement (set 341)
_HEAVY_INDUSTRY_ZH = r"机械|機械|重工|钢铁|鋼鐵|化工|纺织|紡織|水泥"
NAMED_MAKER_ZH = re.compile(_NAMED_BY_ZH + r"(?:" + _HEAVY_INDUSTRY_ZH + r"))(?=[，,。；;、]|$)")
NON_AI_NAME_ZH = re.compile(r"文化|文旅|旅游|旅遊|康养|康養|颐养|頤養|养老|養老|直播|影视|影視|版权|版權|医药|醫藥|医疗|醫療|生物|"
                            + _HEAVY_INDUSTRY_ZH)
# "拟投建高性能AI算力服务器智造项目,预计总投资10亿元,拟建设年产10万台AI算力服务器智能制造基地": a plant that makes
# hardware (servers, chips, cells, circuit boards), told by its yearly output or its name, is manufacturing whatever it
# makes; it is looked for in `refused`'s `near`, so a bare "本项目" is judged with the sentence before, which names it
MANUFACTURING_ZH = re.compile(r"年[产產](?!值)\s*[\d.]+\s*(?:万|萬|亿|億)?\s*(?:台|套|片|颗|顆|件|块|塊|㎡|平方米)|"  # "年产80万㎡高阶HDI"
                              # "預計實現產能30萬張/月陶瓷襯板": a capacity told in pieces made (set 309)
                              r"(?:产能|產能)\s*(?:达到?|達到?|为|為|约|約)?\s*[\d.]+\s*(?:万|萬|亿|億)?\s*(?:台|套|片|张|張|颗|顆|件|块|塊|㎡|平方米)|"
                              # "高端智能制造产业园片区…一期计划投资10亿元": a manufacturing park too (set 341)
                              r"智造(?:项目|項目|基地)|(?:智能)?制造(?:项目|項目|基地|产业园|產業園|園區|园区)|(?:生产|生產)基地|"
                              # "新建金灏伊利全球领先5G绿色生产人工智能应用示范项目": a project its own name calls production,
                              # whatever AI it applies, unless a computing word comes between ("生产调度算力中心项目", set 337)
                              r"(?:生产|生產)(?:(?!算力|智算|数据|數據|计算|計算|云|雲)[^，,。；;的]){0,12}(?:项目|項目)|"
                              # "這座投資 50 億元的超級工廠,每分鐘下線 1.7 臺車": what comes off its line (set 327)
                              r"(?:下线|下線)\s*[\d.]+\s*(?:万|萬)?\s*(?:台|臺|辆|輛)|"
                              # "人工智能芯片配套高端印製電路板擴產項目", "高多层算力电路板项目": circuit boards, for AI or not
                              r"(?:电路板|電路板)[^，,。；;]{0,4}(?:项目|項目)")
# "云计算创业产业园项目投资81.5亿元,建设内容有云数据存储加工中心、云计算服务器及配套设备生产基地和…": a park whose
# listed works, after its amount, include a data or computing centre is a computing park with a plant in it (set 180)
DATA_CENTRE_BUILT_AFTER_ZH = re.compile(r"^[^。；;]{0,30}?(?:建设内容|建設內容|包括|包含)[^。；;]{0,10}?"
                                        r"(?:数据|數據|算力|智算|计算|計算)[^，,。；;、]{0,6}中心")
# "计划投资44.84亿元建设甘肃庆阳东数西算产业园区绿电聚合试点项目一期工程": what is built is a power project (wind, solar,
# storage), though a data-centre park names it; unless its name says computing after the energy word ("绿电算力中心项目").
# Matched right after an amount, or anywhere in the sentence before one that names a bare project ("项目总投资为44.84亿元").
# Batteries store power: "计划投资逾320亿元人民币(约合49.6亿美元)在湖北建设电池回收设施" is a battery plant, its amount's
# conversion and the province it is built in told between (set 339).
_ENERGY_ZH = r"(?:绿电|綠電|风电|風電|光伏|太阳能|太陽能|新能源|储能|儲能|水电|水電|电池|電池)"
ENERGY_BUILT_ZH = re.compile(r"\s*(?:元|美元)?\s*(?:人民币|人民幣)?\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:在[^，,。；;]{1,8}?)?"
                             r"(?:用于|用於|建设|建設|投建|新建)[^，,。；;]{0,40}?"
                             + _ENERGY_ZH + r"(?P<name>[^，,。；;]{0,12}?)(?:项目|項目|工程|电站|電站|设施|設施)")
# "建設一座…1GW太陽能電站,總投資100億元人民幣": a power station named just before its amount, in the same clause (set 351)
ENERGY_NAMED_BEFORE_ZH = re.compile(r"(?:建设|建設|投建|新建)[^。；;]{0,60}?" + _ENERGY_ZH + r"(?P<name>[^，,。；;]{0,12}?)"
                                    r"(?:电站|電站|项目|項目|工程)\s*[,，]\s*(?:总投资|總投資|计划投资|計劃投資|投资|投資)(?:额|額)?"
                                    r"\s*(?:约|約|达|達|超|为|為)?\s*$")
# "未来三年,美的将投入至少500亿元布局AI大模型、新能源、机器人等前沿领域": what the amount is spread over, told right after it,
# lists energy or another sector that is not AI infrastructure beside AI; a combined amount whose AI part is untold (set
# 302's rule; set 326)
MIXED_SECTORS_AFTER_ZH = re.compile(r"^\s*(?:元|人民币|人民幣)?\s*(?:用于|用於|布局|投向|投资于|投資於|发力|發力)(?=[^。；;，,]{0,40}、)"
                                    r"[^。；;，,]{0,40}?(?:" + _ENERGY_ZH + r"|生物医药|生物醫藥|医疗器械|醫療器械|新材料)")
# "2021年斥资32亿进军光伏": money for entering the power business itself, told right after the amount
ENERGY_ENTERED_ZH = re.compile(r"\s*(?:元|美元)?\s*(?:进军|進軍|跨界)" + _ENERGY_ZH
                               + r"(?:产业|產業|行业|行業|领域|領域|赛道|賽道)?(?=[，,。；;]|$)")
# "總投資333億元的南安三安半導體研發與產業化項目": a chip maker's plant, named so, is chip manufacturing, not AI
# infrastructure, unless its name says computing ("…智算芯片…算力中心")
CHIP_PLANT_NAME_ZH = re.compile(r"半导体|半導體|集成电路|集成電路|晶圆|晶圓|封装|封裝|光芯片|光电|光電")  # "光电产业园": optoelectronics


# "总投资20亿元人民币的澜起新型可控数据中心平台项目落户昆山市,该项目将助推…在集成电路研发、设计、封装、测试等核心环节实现
# 突破": a project whose own sentence says it is to drive the chip industry is chip industry, whatever its name (set 275)
CHIP_INDUSTRY_AIM_ZH = re.compile(r"^[^。；;!！]*?(?:该项目|該項目|项目|項目)[^。；;，,]{0,6}(?:助推|推动|推動|带动|帶動)[^。；;]{0,24}?"
                                  r"(?:集成电路|集成電路|半导体|半導體)(?:产业|產業|研发|研發|设计|設計)")


# "紫光芯城项目包含紫光集成电路产业园暨…研究院、紫光大数据研究院、…紫光工业云四川基地。" then "该项目投资约500亿元": a project
# whose listed contents open with a chip plant is chip industry under one amount, whatever cloud it also holds, as a
# data centre and another business under one amount is not counted (sets 36 and 304)
CONTENTS_FIRST_ZH = re.compile(r"(?:项目|項目)(?:主要)?(?:包含|包括)\s*(?P<item>[^、，,。；;]{2,40}?)、")


# "本次签约的光电产业园项目,计划总投资102亿元,着力打造以计算、存储、网络…半导体…为主的专业产业园区": a project named right
# before its amount (or, for a bare "一期项目" the sentence after, in the sentence before) is judged by its name (set 307)
_NAMED_THEN_AMOUNT_ZH = (r"(?P<item>[^，,。；;、的]{2,30}?(?:项目|項目|产业园|產業園|産業園|园区|園區|基地))\s*[,，]?\s*"
                         r"(?:计划|計劃|规划|規劃|预计|預計|拟|擬)?\s*(?:总投资|總投資|投资|投資)")
NAMED_BEFORE_AMOUNT_ZH = re.compile(_NAMED_THEN_AMOUNT_ZH + r"[^，,。；;\d]{0,6}$")
NAMED_WITH_AMOUNT_ZH = re.compile(_NAMED_THEN_AMOUNT_ZH)


def chip_plant(name: str) -> bool:
    """A project named as a chip plant with no computing in the rest of its name (COMPUTE_ZH counts 芯片 itself, so
    the chip words are set aside before it is asked)."""
    return bool(CHIP_PLANT_NAME_ZH.search(name)) and not COMPUTE_ZH.search(CHIP_PLANT_NAME_ZH.sub("", name).replace("芯片", ""))


# "公司计划于2024年底前在全球范围内建立15个能源算力中心,固定投资规模超50亿元": one company's plan for many centres is its
# own outlay, not a zone's centres summed ("规划建设了14个超大型数据中心,…预计总投资超过400亿元")
COMPANY_PLANS_BEFORE_ZH = re.compile(r"(?:公司|集团|集團)[^，,。；;]{0,6}(?:计划|計劃|拟|擬)[^，,。；;]{0,24}(?:建立|建设|建設|投建|布局)\s*$")
CENTRES_COUNTED = re.compile(r"\d+\s*(?:个|個)[^\d。；;，,]{0,6}?(?:数据中心|數據中心|智算中心|算力中心)")


def energy_project(rest: str, previous: str, before: str = "") -> bool:
    """Whether the words right after an amount (`rest`), the sentence before one that names a bare project
    (`previous`, or ""), or its own clause just before it (`before`), say it builds a power project whose name says
    nothing about computing; or the words right after it say it enters the power business."""
    energy = ENERGY_BUILT_ZH.match(rest) or ENERGY_BUILT_ZH.search(previous) or ENERGY_NAMED_BEFORE_ZH.search(before)
    return bool(ENERGY_ENTERED_ZH.match(rest)) or (energy is not None and not COMPUTE_ZH.search(energy.group("name")))


# "while the overall project could attract investments of up to $600 million over the next several years": what a project
# itself may draw is its own whole, not a place's hope; so is "a proposed data center project that could bring more than
# $250 million in investment" (set 386)
PROJECT_ITSELF_BEFORE = re.compile(r"\b(?:the|this|its|an?)\s+(?:overall\s+|whole\s+|entire\s+|full\s+|proposed\s+|planned\s+|new\s+)?"
                                   r"(?:data\s+cent(?:re|er)\s+(?=project\b))?(?:project|campus|data\s+cent(?:re|er)|facility)\s+"
                                   r"(?:(?:that|which)\s+)?(?:(?:could|would|will|may|might)\s+)?$", re.I)
# "DataVita's North Lanarkshire site has been named a UK AI Growth Zone, unlocking £8.2 billion of private investment": what
# one operator's named site unlocks is that campus's own backing (set 395, as set 386's campus; not "the designation of
# the region … is unlocking", a policy's draw)
ONE_SITE_UNLOCKS_BEFORE = re.compile(r"\b[A-Z][\w-]*(?:'s|’s|‘s)\s+(?:[\w-]+\s+){0,3}(?:site|campus|project)\s+"
                                     r"(?:has\s+been|was|is)\s+(?:named|designated|selected|chosen)\b[^.;]{0,80}$")


def refused(sentence: str, num: Num, clause: str, clause_start: int, refused_end: int | None, previous: str = "",
            following: str = "", lead: str = "") -> bool:
    """Whether an amount near an investment word is something else, by the words before it, its
    sentence, or the amount refused just before it (`refused_end`): "… collective spend to over $470
    billion this year, up from $350 billion" refuses both. `previous` is the sentence before, which may say
    what a project is ("共建燧弘庆阳绿色智能数字基础设施项目。" then "总投资预计128亿元"); `following` is the sentence after,
    which may say what it will be ("总投资120亿元…。" then "建成后将拥有40万台服务器的云资源能力。"); `lead` is the page's first
    sentence, which names the project a bare "这个项目" at its end means. `clause` is the amount's clause and
    `clause_start` where it begins in the sentence."""
    rest = sentence[num.end:]
    gap = sentence[refused_end:num.qualifier_start] if refused_end is not None else None
    before = N.window_before(sentence, num.qualifier_start, 180)
    not_before = NOT_INVEST_BEFORE.search(before)
    if not_before and not_before.group().lower().startswith("valu") and DEAL_VALUED.search(before):
        not_before = None  # "Total lease for 400MW and valued at $11 billion": what the lease is worth
    if not_before and not_before.group().lower().startswith("estimated") and PROJECT_COST_ESTIMATED.search(before):
        not_before = None  # "The investment in the future data center is estimated at US$150 million": its own cost
    if not_before and "worth" in not_before.group().lower() and INVESTMENTS_BEFORE.search(before[-80:]):
        not_before = None  # "two investments — one worth $7.8 billion, and another worth $3.5 billion": each one's amount
    if not_before and not_before.group().lower().startswith("global") and ANNOUNCED_BY_ONE_BEFORE.search(before[:not_before.start()]):
        not_before = None  # "Iberdrola has announced global data center investments worth €10 billion": its own programme
    if not_before and not_before.group().lower().startswith("in total") and ONE_ACTOR_IN_TOTAL.search(before):
        not_before = None  # "In total, the telecom operator plans to invest EUR 241 million": its own project's total
    if not_before and CENTRES_COUNTED.match(not_before.group()) and COMPANY_PLANS_BEFORE_ZH.search(before[:not_before.start()]):
        not_before = None  # "公司计划…建立15个能源算力中心,固定投资规模超50亿元": the company's own plan
    if not_before and re.match(r"(?:(?:could|might|may|likely\s+to)\s+)?(?:attract|bring|draw)\b", not_before.group(), re.I) \
            and PROJECT_ITSELF_BEFORE.search(before[:not_before.start()]):
        not_before = None  # "the overall project could attract investments of up to $600 million": its own whole (set 374)
    if not_before and not_before.group().lower().startswith("unlock") and ONE_SITE_UNLOCKS_BEFORE.search(before[:not_before.start()]):
        not_before = None  # "DataVita's … site has been named a UK AI Growth Zone, unlocking £8.2 billion": its own backing
    there = previous if BARE_PROJECT.search(sentence) else ""  # a bare "该项目", "一期项目" is named in the sentence before
    # "…项目包含紫光集成电路产业园…、…工业云四川基地。该项目投资约500亿元", "光电产业园项目,计划总投资102亿元", then "其中,一期项目
    # 计划投资30亿元": a project whose contents open with, or whose name before its amount is, a chip plant
    named_first = (CONTENTS_FIRST_ZH.search(there + sentence[:num.qualifier_start]), NAMED_BEFORE_AMOUNT_ZH.search(before),
                   NAMED_WITH_AMOUNT_ZH.search(there))
    if any(chip_plant(name.group("item")) for name in named_first if name):
        return True
    named = NAMED_PROJECT_ZH.match(rest) or NAMED_MAKER_ZH.match(rest)
    if named and ((NON_AI_NAME_ZH.search(named.group("item")) and not TECH_ZH.search(named.group("item")))
                  or chip_plant(named.group("item")) or CHIP_INDUSTRY_AIM_ZH.match(rest[named.end():])):
        return True  # "總投資20億元的數智文化科技産業園項目", "…的南安三安半導體研發與產業化項目", "…的朗瑞机械": a culture park,
        # a chip plant, a machinery firm
    operators = TWO_OPERATORS_LISTED_ZH.match(rest)
    if operators and operators.group("first") != operators.group("second"):
        return True  # "总投资200余亿元的中国电信…、中国移动…": two operators' projects under one amount, their sum
    listed = LISTED_ITEM_ZH.match(rest)
    if listed and not TECH_ZH.search(listed.group("item")):
        return True  # "…、总投资5亿元的同创普润超高纯电子材料产业园等项目": a listed project told by its own name
    if listed and not_before and SUM_OF_LIST_ZH.search(not_before.group()):
        not_before = None  # "一批新兴产业项目,总投资10亿元的中国联通哈尔滨云计算数据中心二期、…": each listed project's own total
    # "項目占地面積1394畝…;總投資額60億元": a clause after a semicolon is judged with the clause that names its project
    joined = bool(re.search(r"[;；]\s*$", previous))
    own = previous + sentence if joined else sentence
    # "总投资705亿!宣城市2025重大项目全景扫描": a headline's amount cut off by "!" is judged with what the headline goes on
    # to say it is the total of
    if re.match(r"\s*[!！]\s*$", rest):
        own += following
    named_before = ((lead if joined else previous + lead) if BARE_PROJECT.search(own) else "")
    purpose = following if PURPOSE_NEXT_ZH.match(following) else ""
    around = named_before + own + purpose
    # a power line or fibre the sentence names is judged without the page's first sentence, which may name compute for a
    # whole round-up ("該項目投資額達549億元,是全國首個…特高壓柔性直流輸電工程" under "涵蓋多個為大灣區提供算力、電力保障的重大項目")
    near = ("" if joined or not BARE_PROJECT.search(own) else previous) + own + purpose
    return bool(not_before
                or (MANUFACTURING_ZH.search(near) and not DATA_CENTRE_BUILT_AFTER_ZH.match(rest))
                or energy_project(rest, there, before)
                or (not following and CUT_OFF_REST.match(rest))
                or market_forecast(sentence, num) or FORECAST_AFTER.match(rest)
                or (YARDSTICK_BEFORE.search(before[-12:]) and YARDSTICK_AFTER.match(rest))
                or HABIT_BEFORE.search(before) or FOREIGN_INFLOW_BEFORE.search(before) or PLACE_ATTRACTS_BEFORE.search(before)
                or (PLACE_HAS_SEEN_BEFORE.search(before) and INVESTED_AFTER.match(rest))
                or (WHOLE_HOLDINGS_BEFORE.search(before) and PORTFOLIO_AFTER.match(rest))
                or (RECEIVED_BEFORE.search(before) and OVER_A_PERIOD_AFTER.match(rest))
                or (GOVERNMENT_SPENT_BEFORE.search(before) and PLACE_OVER_YEARS_AFTER.match(rest)
                    and not AI_INFRA_WORD.search(sentence))
                or (CONTRIBUTES_BEFORE.search(before[-40:]) and TO_ECONOMY_AFTER.match(rest))
                or MANY_ORGANISATIONS_BEFORE.search(sentence[:num.qualifier_start])
                or COUNTRY_MANY_HUBS.search(sentence)
                or (CLUSTER_BEFORE_ZH.search(before) and MANY_FIRMS_JOIN_AFTER_ZH.match(rest))
                or (PLACEMENT_BEFORE_ZH.search(before[-24:]) and OTHER_USES_AFTER_ZH.match(rest))
                or (HAS_BEFORE.search(before) and (FOR_DEALS_AFTER.match(rest) or HELD_INVESTED_AFTER.match(rest)))
                or (BACKED_WITH_BEFORE.search(before) and LENDING_FACILITY_AFTER.match(rest))
                or (COMPANIES_THAT_INVEST_BEFORE.search(before) and AT_LEAST.match(sentence[num.qualifier_start:]))
                or MUST_INVEST_BEFORE.search(before)
                or (DATA_CENTRES_COUNTED_BEFORE.search(before) and EXPECTED_INVESTMENT_AFTER.match(rest))
                or INTO_COUNTRY_AFTER.match(rest)
                or (COMPLETED_ZH_BEFORE.search(before[-12:]) and SHARE_OF_TOTAL_AFTER.match(rest))
                or (REGION_TOTAL_AFTER.match(rest) and not POSSESSIVE_BEFORE.search(before) and not COMPANY_EN.search(sentence))
                # a project with nothing technical around it; what a sentence about warehouses and logistics counts with
                # no compute word, project or not ("…投资总额已超过172亿元,其中管理运营物流仓储及制造研发等产业基础设施达40处")
                or (PROJECT_ZH.search(own) and not TECH_ZH.search(around))
                or (LOGISTICS_ZH.search(own) and not COMPUTE_ZH.search(around))
                or ((TELECOM.search(sentence) or (TELECOM.search(previous) and COMPANY_BACK_ZH.search(sentence))
                     or MILITARY.search(sentence))
                    and not AI_INFRA_WORD.search(around))
                or ((capex := TELECOM_CAPEX_BEFORE_ZH.search(before)) is not None
                    and not COMPUTE_ZH.search(capex.group("between")))
                or ((GRID_OR_FIBRE.search(sentence) or CABLE_AFTER.match(rest) or CABLE_STATION_BEFORE.search(before))
                    and not AI_INFRA_WORD.search(near))
                or COVERAGE_AFTER_ZH.match(rest)  # network coverage, whatever cloud the sentence names
                or ASSETS_AFTER.match(rest[BRACKET_AFTER.match(rest).end():]) or ORGANISATION_SIZE_AFTER.match(rest) or DEV_BANK_FUNDING_AFTER.match(rest) or DATA_CENTRE_AND_NETWORKS_AFTER.match(rest)
                or ((whole := WHOLE_OF_PART_BEFORE.search(before)) is not None and PART_AMOUNT.search(before[:whole.start()])
                    and PACT_AFTER.match(rest))
                or (NON_AI_INDUSTRY.search(sentence) and not AI_INFRA_WORD.search(around) and not CHIP_WORD.search(around))
                or LOGISTICS_AND_DATA_CENTRES.search(sentence)
                or ((purpose := NON_AI_PURPOSE_AFTER.match(rest)) is not None
                    and not AI_INFRA_WORD.search(rest[:purpose.end()] + re.split(r"[,;，；]", rest[purpose.end():], maxsplit=1)[0]))
                or ((purpose := NON_AI_PURPOSE_BEFORE.search(before)) is not None and not AI_INFRA_WORD.search(purpose.group()))
                or MIXED_SECTORS_AFTER_ZH.match(rest)
                or (ZONE_APPOSITIVE_BEFORE.search(before) and (zone := ZONE_NOUN_AFTER.match(rest)) is not None
                    and not AI_INFRA_WORD.search(zone.group()))
                or (SERVER_MAKER.search(sentence) and not DATA_CENTRE_WORD.search(sentence))
                or (FUND_CLOSE_BEFORE.search(before) and not AI_INFRA_WORD.search(sentence) and not FUND_TOPIC.search(sentence))
                or OTHER_SECTOR_FUND_AFTER.match(rest)
                or (CHIP_MAKER_BEFORE.search(before) and (plant := PLANT_AFTER.match(rest)) is not None
                    and not DATA_CENTRE_WORD.search(plant.group()))
                or (THE_CAMPUS.search(sentence) and RESEARCH_CAMPUS.search(previous) and not DATA_CENTRE_WORD.search(sentence))
                or (CONCLUSION_OPENING.match(sentence) and COST_PER_MEGAWATT.search(previous))
                or (LEAD_SHARE.search(sentence) and not ROUND_AFTER.match(rest))
                or SHARE_OF_ROUND_AFTER.match(rest) or TARGET_AFTER.match(rest) or OPPORTUNITY_AFTER.match(rest) or segment_revenue(sentence, clause, clause_start)
                or (PAST_TOTAL_BEFORE.search(N.window_before(sentence, num.qualifier_start, 40))
                    and IN_PLACE_AFTER.match(rest))
                or (ESTIMATED_BEFORE.search(before) and WORLD_AFTER.match(rest))
                or (TALLIED_BEFORE.search(before) and PROJECTS_AFTER.match(rest))
                or (ADDS_BEFORE.search(before[-30:]) and ANNUAL_AFTER.match(rest)
                    and not lease_value(sentence, num))
                # "…, including $1 trillion in the U.S. alone": a part of an amount refused goes with it
                or (gap is not None and (BASELINE_GAP.match(gap) or CONTINUES.match(gap) or CUMULATIVE_NEXT.match(gap)
                                         or PART_OF_REFUSED.match(gap)
                                         or (OTHERWISE_GAP.match(gap) and OTHERWISE_AFTER.match(rest)))))
