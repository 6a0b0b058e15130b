"""Detections that labelling rule 10 says are not claims, dropped after the
detectors have read a sentence.

The detectors find figures, changes and events by their wording; some sentences carry that
wording without stating a checkable fact (benchmarks/claims_eval/README.md, rule 10):

* **plans, targets and intent**: "the masterplan envisions extracting 2 Mt a year by 2030",
  "the firm aims to lift capacity to 60,000 t", "is considering expanding capacity to 5,000 t":
  a figure governed by a verb of intent or scheduling is what someone wants, not what is;
* **share prices**: "its stock soared 50%", "Lynas Rare Earths rose 8 per cent": a company's
  shares moving, not a market or an output;
* **money for markets, plans and sales**: "a $1.4 billion market", "a $550-billion plan",
  "sales increased by 16% to $238 billion": market sizes, budgets and company results;
* **forecasts for the article's year or later**: "set to reach 95 kt in 2027, a 30% rise" (an
  attributed outlook, IEA or USGS, is kept: labelling rule 1 checks projections);
* **company results and grades**: "a dividend of $0.35, a yield of 1.9%", "an adjusted net loss
  of $18 million", "the concentrate is 62% WO3";
* **undated events of intent**: "the two sides agreed to use coordinated tools", "the company
  is developing a project through a joint venture": a wish or an ongoing description, not a
  dated measure.

Every rule is gated on the sentence's words (a frozenset check) before any pattern runs.
"""

from __future__ import annotations

import re

from critmin.claims import lexicon as _lx
from critmin.claims.model import Claim

__all__ = ["NON_CLAIM_GATE", "drop_non_claims", "framed_or_pending"]

_FIGURE_KINDS = frozenset({"quantity", "share", "change", "rank", "comparison"})

# ---- plans, targets, intent --------------------------------------------------------------
_W_PLAN = _lx.spellings(
    _lx.AIM_WORDS, "plans?|planning", _lx.INTENT_WORDS, _lx.WISH_WORDS, "hoping|proposes?|proposing",
    _lx.without(_lx.TARGET_WORDS, "targeted")) | frozenset(str.split(
    "envisions envision envisioned envisages envisage envisaged "
    "considering considers scheduled anticipates anticipating seen forward "
    "masterplan roadmap goal ambition ambitions"))
_PLAN_PHRASE = re.compile(
    r"\b" + _lx.alternation(_lx.AIM_WORDS, "plans?|planning", _lx.INTENT_WORDS, _lx.WISH_WORDS, "hoping|proposes?|proposing")
    + r"\s+to\b"
    r"|\benvision(?:s|ed)?\b|\benvisage[sd]?\b"
    r"|\bconsider(?:s|ing)\s+(?:\w+\s+)?\w+ing\b"           # "is considering (then) expanding"
    r"|\bscheduled\s+(?:for|to)\b|\banticipat(?:es|ing)\s+(?:\w+ing|that)\b"
    r"|\btarget(?:s|ing)?\s+(?:of\s+|to\s+)?(?:an?\s+|the\s+)?(?:annual\s+)?(?:output|production|capacity|share|\d)"
    r"|\b(?:is|are)\s+seen\s+(?:\w+ing|to)\b|\blooking\s+forward\b"
    r"|\bmasterplan\b|\broadmap\b|\b(?:goal|ambition)s?\s+(?:is|of|to)\b",
    re.I)
# a forecast verb: its figure is not checkable when the sentence names a year after the article's
_W_FORECAST = _lx.spellings(_lx.without(_lx.FORECAST_WORDS, "expects?"), "forecasted|predicted") | frozenset({"set", "poised"})
_FORECAST_PHRASE = re.compile(
    r"\b(?:set|forecast(?:ed)?|projected|expected|predicted|poised|estimated)\s+to\s+(?:\w+\s+){0,2}?"
    r"(?:reach|rise|grow|hit|climb|increase|fall|decline|exceed|top|double|triple|expand|surpass|stagnate|remain)\b",
    re.I)
_FUTURE_YEAR = re.compile(r"\b(?:by|in|until|through|to)\s+(?:the\s+year\s+)?(?P<y>20[2-6]\d)\b", re.I)
# a verb stating what happened between the plan word and the figure: the figure is a fact
_PAST_FIGURE = re.compile(
    r"\b(?:produced|mined|exported|imported|refined|processed|shipped|supplied|accounted|reached|stood|"
    r"totall?ed|was|were|held|rose|fell|grew|declined|dropped|jumped|climbed|increased|"
    r"decreased|doubled|tripled|produces|accounts)\b", re.I)
# the figure a plan starts from ("to 300,000 t from 240,000 t in 2024"): a fact
_BASELINE_BEFORE = re.compile(
    r"\b(?:from|up\s+from|down\s+from|compared\s+(?:with|to)|versus|than)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.I)
# "..., which dominates 70% of mining": a fact told in a relative clause after the plan
_RELATIVE_FACT = re.compile(r",\s*(?:which|who|where|whose)\b", re.I)
# "break China's dominance of the supply chain", "to loosen Beijing's grip on": a dominance noun
# after its holder's possessive is presupposed, whatever plan governs the verb (README rule 17 (d))
_PRESUPPOSED_DOMINANCE = re.compile(
    r"[^,;:]{0,40}?['\u2019\u2018]s?\s+(?:[\w-]+\s+){0,3}?(?:dominance|supremacy|hegemony|primacy|grip|control"
    r"|stranglehold|chokehold|monopoly|near-monopoly)\b", re.I)
# "rare earths, a sector currently dominated by China": a reduced relative set off after its noun
# describes what is, whatever the plan of the main clause
_APPOSED_DOMINATED = re.compile(r"[,\u2014\u2013]\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?$")
# "... away from China, the world's largest producer": a rank set off after a name describes the
# name, whatever the plan of the main clause (the plan governs its own verb, not the apposition)
_APPOSED_RANK_BEFORE = re.compile(r"\b[A-Z][\w'\u2019.&-]*\s*,\s*$")
# a figure that is itself the subject of a passive plan verb, with no punctuation between
_PLANNED_AFTER = re.compile(
    r"(?:(?!\band\b)[^,;:()\u2014\u2013]){0,80}?\b(?:is|are)\s+(?:seen|scheduled|planned|targeted|envisaged|envisioned"
    r"|slated)\s+(?:to|for|\w+ing)\b",
    re.I)
_PLANNED_AFTER_GAP = re.compile(r"(?:(?!\band\b)[^,;:()\u2014\u2013\d]){0,60}\b(?:is|are)\s+", re.I)
# (nineteenth session: the full stop of an abbreviation, "U.S. per share", "Jan. 26", breaks no clause)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|although|though)\b|(?-i:(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z]))\.\s",
                           re.I)
# projections an outlook publishes are checkable (labelling rule 1): keep attributed forecasts
_W_OUTLOOK_SOURCE = frozenset({"iea", "usgs", "bgs", "agency", "outlook", "survey"})

# "an upgrade ... to increase NdPr production capacity to approximately 10,500 tonnes a year", "on track to
# upscale this production to 40 tonnes a month": a figure an infinitive of purpose aims at is a target
# (rule 10), kept apart from ``_W_PLAN`` (the detector's gate words); "from 3,000 t" stays a fact
_W_PURPOSE = frozenset(str.split("increase raise boost expand lift upscale scale ramp"))
_PURPOSE_TO = re.compile(r"\bto\s+(?:increase|raise|boost|expand|lift|upscale|scale\s+up|ramp\s+up)\b", re.I)
# a past act that set the figure ("To increase supply, China raised the quota to 270,000 t"): a fact
_PAST_SETTING = re.compile(r"\b(?:raised|lifted|boosted|expanded|set|cut|reduced|lowered|approved|issued|granted|"
                           r"increased|scaled\s+up|ramped\s+up)\b", re.I)
_TARGET_TO = re.compile(r"\bto\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|some\s+|over\s+|more\s+than\s+"
                        r"|nearly\s+|almost\s+|at\s+least\s+)?$", re.I)


def _purpose_target(sent: str, a: int) -> bool:
    """The figure at ``a`` is the target ("to X") of an infinitive of purpose in its clause."""
    if _TARGET_TO.search(sent, max(0, a - 25), a) is None:
        return False
    for m in _PURPOSE_TO.finditer(sent, max(0, a - 100), a):
        if _same_clause(sent, m.end(), a) and _PAST_FIGURE.search(sent, m.end(), a) is None \
                and _PAST_SETTING.search(sent, m.end(), a) is None \
                and _RELATIVE_FACT.search(sent, m.end(), a) is None:
            return True
    return False


# ---- share prices ------------------------------------------------------------------------
_W_MOVE = _lx.spellings(_lx.SHARE_MOVES)
_W_EQUITY = frozenset({"shares", "stock", "stocks"})
_W_FIRM = frozenset(str.split("resources ltd limited inc corp corporation holdings group mining minerals metals "
                              "materials earths plc"))
_MOVES = _lx.joined(_lx.SHARE_MOVES)
_EQUITY_MOVE = re.compile(
    rf"\b(?:shares|stocks?|share\s+price|stock\s+price)\s+(?:[\w'\u2019]+\s+){{0,3}}?(?:{_MOVES})\b", re.I)
# "Shares of MP, which has begun ..., jumped more than 10%": the company's shares, whatever comes between
_SHARES_OF = re.compile(r"\b(?:shares|stock)\s+(?:of|in)\s+(?-i:[A-Z])", re.I)
# "Arafura Rare Earths rose nearly 8 per cent": a listed company's name, then the move
_FIRM_MOVE = re.compile(
    r"(?-i:\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+(?:Resources|Ltd|Limited|Inc|Corp|Corporation|Holdings|Group"
    rf"|Mining|Minerals|Metals|Materials|Rare\s+Earths|plc|PLC)\.?\s+(?:{_MOVES})\s+(?:by\s+)?"
    r"(?:nearly\s+|about\s+|almost\s+|over\s+|more\s+than\s+|around\s+|some\s+)?\d", re.I)

# "CMOC jumped over 1% at 0206 GMT", "Xiamen Tungsten and Chongyi Zhangyuan Tungsten climbed more than 3%":
# a clause whose whole subject is a run of names (two or more, or an acronym) moving by a percentage is a
# listed company's shares, as trading reports write them; a market, an output or a country names its noun
_NAME = r"(?-i:[A-Z][\w&.'\u2019-]*)"
_NAMES_MOVE = re.compile(
    rf"(?P<subj>{_NAME}(?:(?:\s+|\s*,\s*|\s+and\s+|\s+&\s+){_NAME})*)\s+(?:{_MOVES}|advanced|declined|slipped|edged\s+(?:up|down))\b",
    re.I)
_CLAUSE_OPEN = re.compile(r"^\s*|[;:]\s*|,?\s*\b(?:while|whereas|and|but)\s+", re.I)
_ACRONYM = re.compile(r"^(?-i:[A-Z]{3,})$")


def _names_move(sent: str, c: Claim, a: int) -> bool:
    """The change at ``a`` is told of a subject that is only company names (see ``_NAMES_MOVE``)."""
    if c.country is not None or c.measure is not None:
        return False
    for o in _CLAUSE_OPEN.finditer(sent, 0, a):
        m = _NAMES_MOVE.match(sent, o.end())
        if m is None or not m.start() <= a <= m.end() + 40:
            continue
        names = [t for t in re.split(r"\s*,\s*|\s+", m.group("subj")) if t and t.lower() not in ("and", "&")]
        if len(names) >= 2 or (names and _ACRONYM.match(names[0].rstrip(".'\u2019s"))):
            return True
    return False


# ---- money for markets, plans and sales --------------------------------------------------
_W_MONEY_PURPOSE = frozenset(str.split(
    "market markets plan plans package fund funds budget investment investments deal initiative programme program "
    "revenue revenues sales contract loan grant profit profits earnings turnover target valuation"))
_MONEY_PURPOSE_AFTER = re.compile(
    r"(?:[\s-]+[\w'\u2019-]+){0,3}?[\s-]+(?:market|plan|package|fund|budget|investments?|deal|initiative|programm?e"
    r"|revenues?|sales|contract|loan|grant|profits?|earnings|turnover|(?:price\s+)?target|valuation)\b", re.I)
_W_TRADE = frozenset(str.split("exports export imports import exported imported shipments trade traded worth"))
_FINANCE_NOUN = re.compile(_lx.bounded("sales", _lx.FINANCE_WORDS, r"turnover|market\s+(?:value|size)"), re.I)
_FINANCE_CHANGE = re.compile(
    _lx.bounded("sales", _lx.FINANCE_WORDS, "turnover|income") + r"(?:\s+[\w'\u2019-]+){0,5}?\s+(?:increased|rose|grew|jumped"
    r"|climbed|fell|dropped|declined|decreased|surged|soared)\b", re.I)

# a company's results and market value named in the clause of a figure: "a forward dividend of $0.29,
# implying a yield of roughly 2.5%", "an adjusted loss of $21 million", "valuing the company at $13 billion",
# a project's net present value ("an NPV of US$1.5 billion")
_W_RESULT = frozenset(str.split(
    "dividend dividends ebitda eps yield loss losses cap capitalization capitalisation valuing npv"))
_RESULT = re.compile(
    r"\b(?:dividends?|yield|EBITDA|EPS|(?:net|adjusted|operating|quarterly)\s+(?:net\s+)?(?:loss|income|profit)"
    r"|per\s+share|market\s+cap(?:itali[sz]ation)?|valuing\s+(?:the\s+)?(?:company|firm|miner|group)"
    r"|NPV|net\s+present\s+value|(?:micro|small|mid|large|mega)-cap)\b", re.I)

# ---- undated events of intent ------------------------------------------------------------
_W_EVENT_INTENT = _lx.spellings(_lx.AIM_WORDS, "seeks|hopes|intends") | frozenset({"ready", "agreed", "developing"})
_EVENT_INTENT = re.compile(
    r"\b" + _lx.alternation(_lx.AIM_WORDS, "seeks?|hopes?|intends?") + r"\s+to\b|\bappears?\s+ready\s+to\b|\bready\s+to\s+negotiate\b"
    r"|\bagreed\s+to\s+(?:use|work|cooperate|explore|develop|strengthen|promote|pursue|deepen|coordinate|continue"
    r"|consider|discuss|study|build|seek|support)\b"
    r"|\b(?:is|are)\s+(?:currently\s+)?developing\b", re.I)

# a policy still being written: "will develop a policy to ban exports", "would formulate a policy of
# banning", "is drafting rules to restrict": the measure it names is planned, not taken (rule 10)
_W_POLICY_PLAN = frozenset(str.split(
    "develop develops developing formulate formulates formulating draft drafts drafting prepare prepares preparing "
    "craft crafting devise devising draw drawing work working"))
_POLICY_PLAN = re.compile(
    r"\b(?:develop(?:s|ing)?|formulat(?:e|es|ing)|draft(?:s|ing)?|prepar(?:e|es|ing)|craft(?:s|ing)?|devis(?:e|es|ing)"
    r"|draw(?:s|ing)?\s+up|work(?:s|ing)?\s+(?:on|out))\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:(?:new|national|comprehensive|formal|clear|detailed)\s+)?(?:polic(?:y|ies)|plans?|rules?|regulations?|legislation"
    r"|laws?|bill|framework|mechanism|roadmap|strategy)\s+(?:to|of|on|for|aimed\s+at|that\s+would|restricting|banning"
    r"|prohibiting|limiting)\b", re.I)

# between an event word and the intent verb it is the subject of: no punctuation, no other verb's clause
_SUBJECT_GAP = re.compile(r"(?:(?!\b(?:and|which|that|who)\b)[^,;:()\u2014\u2013.]){0,60}", re.I)

# "The concentrate is 65% tungsten trioxide": the grade of an ore or product, not a share of world output
_W_GRADE = frozenset({"concentrate", "concentrates", "grade", "grades", "purity", "pure", "assay", "assays"})

_GRADE_OF = re.compile(r"\b(?:concentrates?|grades?|purity|pure|assays?)\b", re.I)

# ---- company accounts and project costs named by their noun ---------------------------------
# "a 47% drop in fourth-quarter revenue", "net profit ... a year-on-year decrease of 57.64%", "reported
# net cash of A$154.2 million", "the project would cost between A$1.7 billion and A$1.8 billion", "unit
# cost fell 10% to A$619 per tonne": a company's results and a project's budget (rule 10), not a
# production, trade, price or reserve figure. Kept apart from ``_W_RESULT`` (the detector's gate words).
_W_ACCOUNTS = frozenset(str.split(
    "revenue revenues profit profits earnings income cash assets cost costs budget capex expenditure tag overrun "
    "loss losses price value capitalization capitalisation stock shares"))
_ACCOUNT_NOUN = re.compile(
    r"\b(?:(?:sales\s+)?revenues?|(?:(?:net|gross|operating|underlying|pre-tax|after-tax|attributable)\s+)?profits?"
    r"|(?:net\s+)?earnings|(?:net|operating)\s+income|net\s+cash(?:\s+(?:reserves|balance|position))?|cash\s+(?:and\s+cash\s+equivalents|reserves|balance"
    r"|position|flows?)|(?:total|net)\s+assets|(?P<unit>(?:unit|operating|cash|all-in)(?:\s+operating)?\s+costs?)"
    r"|(?:development|capital|construction|project|projected|estimated|build|overall)\s+costs?|cost\s+overruns?"
    r"|(?:the|its|total)\s+cost\s+(?:is|was|has|had|would|will)\b|cost\s+of\s+(?:the\s+)?(?:project|refinery|plant|mine"
    r"|facility|smelter)|price\s+tag|capex"
    r"|capital\s+expenditures?|budget|share\s+price|stock\s+price|market\s+(?:value|capitali[sz]ation)"
    r"|(?:\u2019s|'s)\s+(?:stock|shares)\s+(?:closed|ended|finished|opened|traded)|(?:(?:underlying|operating|net|annual|quarterly|half-year|full-year|first-half)\s+)"
    r"loss(?:es)?|loss\s+of|(?:to|would|will|could)\s+cost"
    r"|(?P<held>(?:ended|finished|closed)\s+the\s+(?:[\w-]+\s+){0,2}(?:quarter|period|year|half)\s+with)"
    r"|(?P<cash>cash)(?=\s*(?:,|;|\.|$|and\s+(?:cash\s+equivalents|short[-\s]term|term\s+deposits|deposits|investments)))"
    r"|(?P<bare>loss(?:es)?|costs?))\b", re.I)
# a sum paid in cash ("purchased the deposit for $5 million in cash", "will pay $100 million in cash"): a deal's
# price, not the company's cash at hand
_PAYMENT_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying|for|purchas\w*|acquir\w*|buy\w*|bought|offer\w*"
                             r"|consideration|price)\b", re.I)
_W_ACCOUNT_TRADE = _W_TRADE | frozenset({"exporting", "importing", "royalty", "royalties", "tax", "taxes", "gdp"})
# a measure named between the noun and the figure: the figure is that measure's ("revenue rose as output fell 5%")
_MEASURE_WORD = re.compile(
    r"\b(?:prices?|output|production|produced|exports?|imports?|supply|supplies|demand|reserves|shipments|capacity"
    r"|volumes?|tonnes|tons|market)\b", re.I)
# "$619 per tonne", "A$721/t": a sum per unit of weight
_PER_UNIT = re.compile(r"\s*(?:per\s+|a\s+|an\s+|/\s*)(?:dry\s+)?(?:metric\s+)?(?:t|tons?|tonnes?|kg|kilograms?|lbs?|pounds?"
                       r"|ounces?|oz|dmt|mt)\b", re.I)
_CURRENCY = re.compile(r"[$\u20ac\u00a3\u00a5\u20b9]|\b(?:USD|AUD|CAD|HKD|RMB|yuan|yen|won|rand|euros?|dollars?)\b", re.I)
# what may stand between a change or a sum and the noun after it: "47% drop in fourth-quarter revenue",
# "$2.58 billion (R47.5bn) loss", "a 19% decrease in full-year revenue"
_NOUN_AFTER_GAP = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?P<prep>in|of)\s+)?(?:(?:its|the|their|his|her|a|an)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,2}", re.I)


def _clause_start_free(sent: str, a: int, pat: re.Pattern[str]) -> bool:
    """No match of ``pat`` between the start of the clause of offset ``a`` and ``a``."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sent, 0, a):
        lo = m.end()
    return pat.search(sent, lo, a) is None


def _account_figure(sent: str, c: Claim, a: int, b: int) -> bool:
    """The figure at ``a:b`` is a company result or a project cost (a noun of ``_ACCOUNT_NOUN`` heads
    it in its clause: before it with no other measure between, or right after it)."""
    money = c.kind == "quantity" and _CURRENCY.search(sent, a, b) is not None
    if not money and c.kind not in ("change", "share"):
        return False
    per_unit = "/" in (c.unit or "") or _PER_UNIT.match(sent, b) is not None
    lo = max(0, a - 120)
    for m in _ACCOUNT_NOUN.finditer(sent, lo, min(len(sent), b + 45)):
        if m.group("bare") and not (money and m.start() >= b):
            continue  # a bare "loss" or "cost" names a result only right after a sum: "a $2.58 billion loss"
        if m.group("cash") and not (money and m.start() >= b and _clause_start_free(sent, a, _PAYMENT_BEFORE)):
            continue  # "$1.03 billion in cash and short-term deposits": money held, unless a price paid in cash
        if m.group("held") and not money:
            continue  # "ended the quarter with $1.03 billion": a sum held at the end of a reporting period
        if per_unit and money and not m.group("unit"):
            continue  # "$12,000 a tonne" after "costs" is a price unless the noun is a unit or operating cost
        if m.end() <= a and c.kind != "share":  # a share is of the noun after it: "40 per cent of its revenue"
            between = sent[m.end():a]
            if _same_clause(sent, m.end(), a) and ";" not in between and _MEASURE_WORD.search(between) is None \
                    and not _RELATIVE_FACT.search(between):
                return True
        elif m.start() >= b:
            g = _NOUN_AFTER_GAP.fullmatch(sent, b, m.start())
            if g is not None and (money or g.group("prep")):
                return True
    return False


# ---- what an act means, not the act --------------------------------------------------------
# "This pricing floor represents a major shift in strategy", "The agreement underscores the strength of
# the relationship", "the joint venture is structured to ensure U.S. oversight", "Today's announcement
# confirms support for the joint venture": a measure named as the subject of a verb of meaning or
# purpose is an opinion or a description of it (rule 10), not a dated act; an undated event word there
# is dropped when the sentence gives no figure (a figure or a date keeps it: "the agreement represents
# an $8.5 billion pipeline", "the deal reached Thursday marks ...")
_W_MEANING = frozenset(str.split(
    "represents represented marks marked underscores underscored signals signalled signaled highlights highlighted "
    "reflects reflected demonstrates demonstrated confirms confirmed designed structured latest foundations "
    "shows showed helps helped strengthens strengthened"))
_MEANING_ACT = re.compile(
    r"^(?:[^,;:\u2014]{0,40}?\bsaid\s+(?:that\s+)?|[^,;:\u2014]{0,40},\s*"
    r"|[^,;:\u2014]{0,80}?\u2014[^\u2014;]{0,60}\u2014\s*)?"  # "Despite lacking ... \u2014 a key priority \u2014 the agreement signals"
    r"(?:the|this|that|these|those|today['\u2019]s|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:deals?|agreements?|frameworks?|decisions?|moves?|announcements?|bans?|controls?|measures?|partnerships?"
    r"|ventures?|system|stakes?|pacts?|mou|memorandum|floor|conference|polic(?:y|ies)|development|delivery"
    r"|restrictions?|curbs?|shift|signature|accord|investments?)\b"
    r"(?:(?!\b(?:not|n['\u2019]t|never)\b)[^,;:.\u2014]){0,80}?\s+(?:(?:further|effectively|clearly|also|thus)\s+)?"
    r"(?:represent(?:s|ed)?|mark(?:s|ed)?|underscor(?:es|ed|e)|signal(?:s|led|ed)?|highlight(?:s|ed)?|reflect(?:s|ed)?"
    r"|demonstrat(?:es|ed)|confirm(?:s|ed)?|(?:is|was|are|were)\s+(?:designed|structured)\s+to"
    r"|show(?:s|ed)?|help(?:s|ed)?|strengthen(?:s|ed)?"  # "the deal helps give him more leverage"
    r"|(?:is|was)\s+the\s+latest\s+(?:example|step|sign|move|twist)|establish(?:es)?\s+foundations)\b", re.I)
_DIGIT = re.compile(r"\d")


def _meaning_of_act(sent: str, c: Claim) -> bool:
    """An undated event claim of a sentence that tells what a measure means or is for (``_MEANING_ACT``)."""
    ev = c.event or {}
    if ev.get("date") or ev.get("dates") or ev.get("count") or ev.get("legal") or ev.get("percents"):
        return False
    return _DIGIT.search(sent) is None and _MEANING_ACT.search(sent.lstrip("\"'\u201c ")) is not None


# ---- acts framed, pending or left out ------------------------------------------------------------------
# "Trump framed the deal as a way to recover ...", "King hailed the legislation as a 'game changer'", "the
# deal still requires ratification by Ukrainian lawmakers", "The terms of the fund have yet to be agreed
# upon", "security guarantees are also not part of the deal", "Kyiv and Washington are reported to be
# closing in on signing a deal": an opinion of an act, or an act not (yet) taken (rule 10: opinions,
# plans, intent), not a dated event. Only undated event claims are dropped (a date, a count or a legal
# reference keeps the claim: "a ministry letter dated February 17 ... described the measure as ...").
# Kept apart from the word sets the detector's features read (``_W_PLAN``, ``_W_RESULT`` ...).
_W_FRAMED = frozenset(str.split(
    "framed frames framing described describes describing hailed hails hailing touted touts touting "
    "characterised characterized characterises characterizes yet requires require requiring part closing"))
_ACT_NOUN = (r"(?:deals?|agreements?|accords?|pacts?|treat(?:y|ies)|partnerships?|frameworks?|mou|memorandum"
             r"|contracts?|legislation|laws?|bill|acts?|moves?|decisions?|measures?|quotas?|controls?|bans?"
             r"|sanctions|tariffs?|restrictions?|curbs?|polic(?:y|ies)|projects?|mines?|milestone|initiative"
             r"|ventures?|terms|funds?|investments?|arrangements?|transactions?|programm?es?)")
_FRAMING = (
    r"\b(?:fram(?:ed|es|ing)|describ(?:ed|es|ing)|hail(?:ed|s|ing)|tout(?:ed|s|ing)|characteri[sz](?:ed|es|ing))\s+"
    r"(?:the|this|that|these|those|its|their|his|her|our|a|an)\s+(?:[\w'\u2019.-]+\s+){0,4}?" + _ACT_NOUN
    + r"(?:\s*\([^()]{0,40}\))?(?:\s+and\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,3}?" + _ACT_NOUN + r")?\s+as\b")
# a figure told inside the framing ("framed the deal as a way to recover the roughly $350 billion ..."): opinion
_FRAMED_FIGURE = re.compile(_FRAMING, re.I)
_FRAMED_ACT = re.compile(
    _FRAMING + r"|\b" + _ACT_NOUN + r"\s+(?:[\w'\u2019-]+\s+){0,2}?(?:(?:still|also)\s+)?(?:requires?|needs?|awaits?)\s+"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:ratification|approval|sign-?off)\b"
    r"|\b" + _ACT_NOUN + r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+be\s+"
    r"(?:agreed|signed|finali[sz]ed|ratified|approved|concluded|settled|completed|reached|determined|provided)\b"
    r"|\bnot\s+(?:\w+\s+)?part\s+of\s+the\s+(?:[\w'\u2019-]+\s+)?(?:deal|agreement|accord|pact|treaty)\b"
    r"|\bclosing\s+in\s+on\s+(?:signing|reaching|finali[sz]ing|a\s+deal|an\s+agreement)\b",
    re.I)


def framed_or_pending(sent: str, words: frozenset[str] | None = None) -> bool:
    """The sentence frames an act ("hailed the deal as ...") or tells it is still pending ("the deal
    still requires ratification"): ``_FRAMED_ACT``, behind its word gate (``words``: the sentence's
    lower-case words, read from it when not given)."""
    if words is None:
        words = frozenset(re.findall(r"[a-z]+", sent.lower()))
    return not words.isdisjoint(_W_FRAMED) and _FRAMED_ACT.search(sent) is not None


def _framed_act(sent: str, c: Claim) -> bool:
    """An undated event claim of a sentence that frames an act or tells it is still pending (``_FRAMED_ACT``)."""
    ev = c.event or {}
    if ev.get("date") or ev.get("dates") or ev.get("count") or ev.get("legal") or ev.get("percents"):
        return False
    return _FRAMED_ACT.search(sent) is not None


# ---- a company's stock as the subject of the figure's clause --------------------------------------------
# "The stock remains about $40 off its all-time high", "Perpetua stock is now up to $8.64 a share (+26.5%)",
# "buying the stock at its then-current price of $6.83", "The Las Vegas-based miner share jumped 10.45%",
# "Iluka Resources, rose more than 3%", "the broader ASX 200 benchmark fell 0.5 per cent": share prices and
# stock indices (rule 10), not a market's price or a country's output. Kept apart from ``_W_EQUITY``
# (the detector's feature words).
_W_STOCK = frozenset(str.split("stock stocks shares share asx nasdaq dow ftse nikkei seng benchmark"))
_STOCK_NOUN = re.compile(r"\b(?<!market\s)(?:stock|shares)\b(?!\s+(?:of|in)\s+(?:the\s+)?(?:world|global|market|total))",
                         re.I)
# a deal for stock ("bought shares in MP for $400 million", "agreed to purchase $400 million in MP stocks"): a
# transaction, told by the verb before the noun
_STOCK_DEAL = re.compile(r"\b(?:buy\w*|bought|purchas\w*|acquir\w*|sell\w*|sold|issu\w*|subscri\w*|plac\w*|"
                         r"offer\w*|hold\w*|held|own\w*|stake|swap\w*|exchang\w*|convert\w*|pay\w*|paid|grant\w*)\b",
                         re.I)
# "the miner share jumped", "the company's stock price fell": a company's (singular) share moving
_FIRM_SHARE_MOVE = re.compile(
    r"\b(?:miner|company|firm|producer|group|developer|explorer)(?:['\u2019]s)?\s+(?:share|stock)(?:\s+price)?\s+"
    rf"(?:[\w'\u2019]+\s+){{0,2}}?(?:{_MOVES}|advanced|declined|slipped)\b", re.I)
# "Iluka Resources, rose more than 3%": a listed name set off by a comma before its move
_FIRM_COMMA_MOVE = re.compile(
    r"(?-i:\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+(?:Resources|Ltd|Limited|Inc|Corp|Corporation|Holdings|Group"
    rf"|Mining|Minerals|Metals|Materials|Rare\s+Earths|plc|PLC)\.?\s*,\s+(?:{_MOVES})\s+(?:by\s+)?"
    r"(?:nearly\s+|about\s+|almost\s+|over\s+|more\s+than\s+|around\s+|some\s+)?\d", re.I)
# a stock index moving: "the broader ASX 200 benchmark fell 0.5 per cent", "the Nasdaq Composite rose 1%"
_STOCK_INDEX = re.compile(
    r"\b(?:ASX\s*\d+|S&P(?:/ASX)?\s*\d+|Nasdaq(?:\s+Composite)?|Dow(?:\s+Jones)?|FTSE(?:\s*\d+)?|Hang\s+Seng|Nikkei"
    r"(?:\s*\d+)?|CSI\s*\d+|Shanghai\s+Composite|(?:stock|equity|share)\s+(?:index|indices|market)"
    r"|broader\s+(?:market|index|benchmark))(?:\s+(?:benchmark|index))?\s+(?:[\w'\u2019]+\s+){0,2}?"
    rf"(?:{_MOVES}|advanced|declined|slipped|edged\s+(?:up|down)|(?:was|were|is|are)\s+(?:up|down))\b", re.I)


def _stock_figure(sent: str, c: Claim, a: int) -> bool:
    """The figure at ``a`` is a company's share price or move, or a stock index's (see above)."""
    lo = max(0, a - 90)
    money_or_rate = c.kind in ("change", "share") or (c.kind == "quantity" and c.unit is not None and "USD" in c.unit)
    for m in (_STOCK_NOUN.finditer(sent, lo, a) if money_or_rate else ()):  # ("the largest shares at 6,650 tons")
        between = sent[m.end():a]
        if _same_clause(sent, m.end(), a) and ";" not in between \
                and _MEASURE_WORD.search(between.replace("price", "")) is None \
                and _clause_start_free(sent, m.start(), _STOCK_DEAL) and _STOCK_DEAL.search(between) is None:
            return True
    for p in (_FIRM_SHARE_MOVE, _FIRM_COMMA_MOVE, _STOCK_INDEX):
        for m in p.finditer(sent, lo, min(len(sent), a + 40)):
            if m.start() <= a and _same_clause(sent, m.start(), a) and a - m.end() < 60:
                return True
    return False


# ---- a later phase of a project -------------------------------------------------------------------------
# "Its Phase 2 production of 5,000 tonnes per year can support 4.5 million cars", "the aim of the planned
# Phase 2 and Phase 3 circuits is to produce 150 t/y", "Planned phase 1 output is ... around 5,000 tonnes per
# year": the output of a phase not yet built is a plan (rule 10). A first phase built or operating ("capable of
# producing 2,000 tonnes per year in Phase 1") stays a claim, as does a figure a past verb states.
_W_PHASE = frozenset(str.split("phase phases stage stages"))
_LATER_PHASE = re.compile(
    r"\b(?:planned|proposed|future|second|third|next|later)\s+(?:phase|stage)s?\b"
    r"|\b(?:phase|stage)s?\s+(?:[2-9]|I{2,3}|IV|two|three|four)\b", re.I)


def _later_phase(sent: str, c: Claim, a: int) -> bool:
    """A tonnage at ``a`` told of a later or planned phase named before it in its clause (``_LATER_PHASE``)."""
    if c.kind != "quantity" or (c.unit is not None and "USD" in c.unit):
        return False
    for m in _LATER_PHASE.finditer(sent, max(0, a - 120), a):
        if _same_clause(sent, m.end(), a) and _PAST_FIGURE.search(sent, m.end(), a) is None \
                and _RELATIVE_FACT.search(sent, m.end(), a) is None:
            return True
    return False


#: words of which at least one must be in a sentence for any rule here to apply
NON_CLAIM_GATE = _W_PLAN | _W_EQUITY | _W_MOVE | _W_MONEY_PURPOSE | _W_EVENT_INTENT | _W_FORECAST | _W_GRADE | _W_RESULT \
    | _W_POLICY_PLAN | _W_ACCOUNTS | _W_MEANING | _W_PURPOSE | _W_FRAMED | _W_STOCK | _W_PHASE


def _same_clause(sent: str, a: int, b: int) -> bool:
    """No clause break (";", ", while", ", but", a full stop) between offsets ``a < b``."""
    return _CLAUSE_BREAK.search(sent, a, b) is None


#: (twenty-third session) a verb of speaking after a wish word: "I want to emphasize", "we would like to stress"
#: frame what the speaker asserts, they plan nothing (README rule 10 excludes plans, not emphasis)
_SPEECH_FRAME = re.compile(r"\s+(?:" + _lx.SPEECH_AFTER_WISH + r")\b", re.I)


#: (twenty-fifth session) a monopoly noun read from its own span ("stranglehold on", qualitative.py's monopoly_noun)
#: right after its holder's possessive: "... aiming to challenge China's stranglehold on graphite"
_MONOPOLY_SPAN = re.compile(r"(?:(?:de\s+facto|near|virtual|effective|quasi|outright|total|complete|global)[\s-]+)?"
                            r"(?:monopoly|stranglehold|chokehold)\s+(?:over|on|of|in)\b", re.I)
_POSSESSOR_BEFORE = re.compile(r"(?-i:[A-Z][\w.-]*)['\u2019\u2018]s?\s+$")


def _possessed_monopoly(sent: str, a: int, b: int) -> bool:
    """The claim at ``a:b`` is a monopoly noun presupposed of its possessive holder ("to break China's
    stranglehold on rare earths"): the plan governs the breaking, not the stranglehold, which the sentence
    takes as given (README rule 17(d); C2873, C6351), as ``_PRESUPPOSED_DOMINANCE`` reads a span that
    starts at the holder."""
    return _MONOPOLY_SPAN.match(sent, a, b) is not None and _POSSESSOR_BEFORE.search(sent, max(0, a - 30), a) is not None


def _planned(sent: str, words: frozenset[str], c: Claim, a: int, b: int, article_year: int | None = None) -> bool:
    """The figure at ``a:b`` (sentence offsets) is governed by a verb of plan or intent."""
    if c.source is not None or not words.isdisjoint(_W_OUTLOOK_SOURCE):
        return False
    if _BASELINE_BEFORE.search(sent, max(0, a - 30), a):
        return False
    if c.kind in ("rank", "share") and _possessed_monopoly(sent, a, b):
        return False
    if c.kind == "rank" and (_APPOSED_RANK_BEFORE.search(sent, max(0, a - 40), a)
                             or _PRESUPPOSED_DOMINANCE.match(sent, a, b)
                             or _APPOSED_DOMINATED.search(sent, max(0, a - 40), a)):
        return False
    if article_year is not None and not words.isdisjoint(_W_FORECAST):
        f = _FORECAST_PHRASE.search(sent)
        if f is not None and any(int(y.group("y")) >= article_year for y in _FUTURE_YEAR.finditer(sent)) \
                and ((f.end() <= a and _PAST_FIGURE.search(sent, f.end(), a) is None and ";" not in sent[f.end():a])
                     or (f.start() >= b and _PLANNED_AFTER_GAP.fullmatch(sent, b, f.start()) is not None)):
            return True  # "set to reach 59.8 kt in 2026, a 21% increase": a forecast for a later year
    if _PLANNED_AFTER.match(sent, b):
        return True  # "increased production ... is seen coming from": the figure is the plan's subject
    for m in _PLAN_PHRASE.finditer(sent, 0, a):
        if _SPEECH_FRAME.match(sent, m.end()):
            continue  # "we have, I want to emphasize, more resources than ...": a frame of speaking, no plan
        if m.end() <= a and _same_clause(sent, m.end(), a) and _PAST_FIGURE.search(sent, m.end(), a) is None \
                and _RELATIVE_FACT.search(sent, m.end(), a) is None:
            return True
    return False


def _equity(sent: str, words: frozenset[str], a: int | None) -> bool:
    """The figure at ``a`` is a move of a company's shares (``a`` None: the sentence tells one)."""
    pats = []
    if not words.isdisjoint(_W_EQUITY) or "price" in words:
        pats.append(_EQUITY_MOVE)
    if not words.isdisjoint(_W_FIRM):
        pats.append(_FIRM_MOVE)
    if "of" in words or "in" in words:
        sh = _SHARES_OF.search(sent) if not words.isdisjoint(_W_EQUITY) else None
        if sh is not None and (a is None or (sh.start() <= a and ";" not in sent[sh.start():a])):
            return True
    for p in pats:
        for m in p.finditer(sent):
            if a is None or (m.start() <= a and _same_clause(sent, m.start(), a) and a - m.end() < 80):
                return True
    return False


def _money_purpose(sent: str, words: frozenset[str], c: Claim, a: int, b: int) -> bool:
    """A sum of money that sizes a market, plan or company result, or a change in sales."""
    if not words.isdisjoint(_W_TRADE):
        return False
    if c.kind == "quantity" and c.unit == "USD":
        if _MONEY_PURPOSE_AFTER.match(sent, b) is not None:
            return True
        fin = _FINANCE_NOUN.search(sent, 0, a)
        return fin is not None and _same_clause(sent, fin.start(), a)
    if c.kind == "change" and "$" in sent:
        m = _FINANCE_CHANGE.search(sent, 0, b)
        return m is not None and m.end() >= a - 40 and _same_clause(sent, m.start(), a)
    return False


def _company_result(sent: str, a: int, b: int) -> bool:
    """A figure in the clause of a company-result word (dividend, yield, EBITDA, net loss,
    market cap, "valuing the company"), within 60 characters of it."""
    for m in _RESULT.finditer(sent, max(0, a - 60), min(len(sent), b + 60)):
        lo, hi = (m.end(), a) if m.end() <= a else (b, m.start())
        if lo <= hi and _same_clause(sent, lo, hi) and ";" not in sent[lo:hi]:
            return True
    return False


def _intent_event(sent: str, c: Claim, a: int) -> bool:
    """An undated event whose verb is a wish, a readiness or work in progress."""
    ev = c.event or {}
    if ev.get("date") or ev.get("dates") or ev.get("count") or ev.get("legal"):
        return False
    for m in _EVENT_INTENT.finditer(sent):
        if m.start() <= a + 1 and _same_clause(sent, m.start(), a):
            return True
        if m.start() > a:  # "The guaranteed floor aims to offset ...": the intent governs its subject
            return _SUBJECT_GAP.fullmatch(sent, a, m.start()) is not None
    return False


def drop_non_claims(sent: str, sent_start: int, words: frozenset[str], found: list[Claim],
                    date: str | None = None) -> list[Claim]:
    """``found`` without the detections rule 10 excludes (plans, forecasts for later years,
    share prices, market sizes, budgets, company results, grades, undated intentions).
    ``sent`` starts at ``sent_start`` in the article; ``words`` are its lower-case words;
    ``date`` is the article's (ISO), for forecasts."""
    if not found or words.isdisjoint(NON_CLAIM_GATE):
        return found
    article_year = int(date[:4]) if date and date[:4].isdigit() else None
    plan = not words.isdisjoint(_W_PLAN) or (article_year is not None and not words.isdisjoint(_W_FORECAST))
    grade = not words.isdisjoint(_W_GRADE)
    result = not words.isdisjoint(_W_RESULT) or ("share" in words and "per" in words)
    equity = not words.isdisjoint(_W_MOVE) and (not words.isdisjoint(_W_EQUITY) or not words.isdisjoint(_W_FIRM))
    money = not words.isdisjoint(_W_MONEY_PURPOSE)
    intent = not words.isdisjoint(_W_EVENT_INTENT)
    purpose = not words.isdisjoint(_W_PURPOSE) and "to" in words
    meaning = not words.isdisjoint(_W_MEANING)
    framed = not words.isdisjoint(_W_FRAMED)
    phase = not words.isdisjoint(_W_PHASE)
    stock = not words.isdisjoint(_W_STOCK) or (not words.isdisjoint(_W_FIRM) and not words.isdisjoint(_W_MOVE))
    accounts = not words.isdisjoint(_W_ACCOUNTS) and words.isdisjoint(_W_ACCOUNT_TRADE)
    policy = None if words.isdisjoint(_W_POLICY_PLAN) else _POLICY_PLAN.search(sent)
    kept = []
    for c in found:
        a, b = c.span[0] - sent_start, c.span[1] - sent_start
        if not 0 <= a <= len(sent):
            kept.append(c)
            continue
        if c.kind in _FIGURE_KINDS:
            if plan and _planned(sent, words, c, a, b, article_year):
                continue
            if purpose and c.kind in ("quantity", "change", "share") and c.source is None \
                    and _purpose_target(sent, a):
                continue
            if result and c.kind in ("quantity", "share", "change") and _company_result(sent, a, b):
                continue
            if grade and c.kind == "share" and c.country is None and _GRADE_OF.search(sent) is not None:
                continue
            if equity and c.kind in ("change", "quantity") and _equity(sent, words, a):
                continue
            if c.kind == "change" and not words.isdisjoint(_W_MOVE) and _names_move(sent, c, a):
                continue
            if money and _money_purpose(sent, words, c, a, b):
                continue
            if accounts and c.kind in ("quantity", "change", "share") and _account_figure(sent, c, a, b):
                continue
            if phase and c.source is None and _later_phase(sent, c, a):
                continue
            if stock and c.kind in ("quantity", "change", "share") and _stock_figure(sent, c, a):
                continue
            if framed and c.source is None and any(
                    m.end() <= a and _same_clause(sent, m.end(), a) for m in _FRAMED_FIGURE.finditer(sent, 0, a)):
                continue
        elif c.kind == "event":
            if intent and _intent_event(sent, c, a):
                continue
            if meaning and _meaning_of_act(sent, c):
                continue
            if framed and _framed_act(sent, c):
                continue
            if policy is not None and a >= policy.start():
                continue  # "will develop a policy to ban exports ..., the minister said on Monday": planned
            if equity and not (c.event or {}).get("type") and _equity(sent, words, None):
                # "Its stock had doubled in the months before the news": a generic event
                # word in a sentence about a company's shares
                continue
        kept.append(c)
    return kept
