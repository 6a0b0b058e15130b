"""Event claims without a date or a measure verb of their own (issue 6).

Three classes of sentences report an event the other event rules miss:

* **terms of a deal** told around it: "Under the pact, the country keeps ownership of its
  deposits", "The fund is to be governed jointly", "The agreement grants Washington first
  rights to buy ...". The sentence names a deal (or follows one named in the article) and
  states a term with a term verb (keep, retain, own, establish, grant, contribute, manage,
  hold ...). It is linked to the deal the article is about: an event of ``events.csv`` of
  type agreement, investment or price floor, dated on or shortly before the article, whose
  actors the sentence or the article names.
* **company and state transactions and operations**: stakes, equity, preferred stock,
  offtakes, price floors, joint ventures, a plant or mine that starts, resumes, closes or
  shuts down, a moratorium. They are claims even without a date (rule 10 of the evaluation
  set keeps plans, targets, offers, intentions, company results and budgets out).
* **announced measures with a time word**: "the country will begin curbing shipments of the
  metal this weekend", "will impose duties on ..., the producer said": a decision reported
  for a day near the article's date.

Verdicts compare the sentence's content with the linked event's text (title, what_changed,
detail, note) through a small lexicon of term concepts: a shared concept supports the claim,
a percentage or a count of years that disagrees with the event's own makes it
partly_supported (right and wrong parts) or refuted, and a term the row does not mention
stays unverifiable, naming the row that would settle it.

Every rule is gated by a frozenset test on the sentence's words (:func:`triggers`).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from critmin.claims import lexicon as _lx
from critmin.claims.model import Claim, Evidence, Verdict

__all__ = ["TERM_EVENT_TYPES", "actors_named", "figures_in_event_rows", "term_claims", "term_triggers", "term_verdict"]

#: the ``type`` values of the claims this module makes (verdict.py routes them here)
TERM_EVENT_TYPES = frozenset(("deal_term", "transaction", "operation", "announced"))


def _ws(s: str) -> frozenset[str]:
    return frozenset(s.split())


#: nouns naming a deal
_DEAL_NOUNS = _ws("deal deals accord accords agreement agreements pact pacts fund memorandum venture framework "
                     "partnership arrangement treaty understanding truce")  # understanding, truce
#: verbs (and their nouns) stating a term of a deal
_TERM_VERBS = _ws(
    "retain retains retained keep keeps kept maintain maintains preserve preserves own owns ownership sovereignty "
    "establish establishes established create creates created grant grants granted give gives gains gain secures "
    "secured guarantee guarantees guaranteed contribute contributes contributed channel channels reinvested "
    "managed co managed run governed credited hold holds holding allow allows entitles entitled provides "
    "receive receives received split shared manage manages put puts pay pays paid transfer transfers allocate "
    "allocates allocated direct directs lets enables requires obliges commits stipulates"
    " includes include included covers part")  # "the deal includes ...", "is part of the agreement"
#: transactions: stakes and securities, offtakes, floors, ventures
_TRANSACTION_NOUNS = _ws("teamed teaming partnered partnership sale "
                         "stake stakes equity preferred shareholder shareholders warrant warrants offtake floor "
                            "venture ventures moratorium loan loans grant grants financing shares"
                            " jv jvs contract contracts acquired acquires bought guarantee invest invested invests")  # JVs, supply contracts, takeovers
#: what a plant or mine does when it starts or stops
_OPERATION_VERBS = _ws(
    "begun commenced processed refined separated made first "
    "started starts began begins resumed resumes restarted restarts shut shuts shutting closed closes closing ceased "
    "ceases commissioned opened idled operated operating halting mothballed suspended curtailed halted stopped "
    "produced poured shipped came inaugurated inaugurates inaugurating construction entered enter "
    "operational")  # construction; "became operational" is gated on its adjective
#: the facilities an operation verb is about
_FACILITY_NOUNS = _ws("plant plants refinery refineries mine mines mining smelter smelters facility facilities "
                         "production project operations factory factories first online stream investment")
#: a time word close to the article's date
_NEAR_TIME = _ws("weekend tomorrow week") | _lx.spellings(_lx.WEEKDAYS)
_WILL = _ws("will")
_FUTURE = _ws("will would")
#: the verbs of a measure announced with "will" (the gate of :data:`_ANNOUNCED`)
_ANNOUNCE_VERBS = _ws("start begin impose introduce levy restrict curb ban suspend halt")
#: what a company decides about a plant (with "will"/"would")
_DECISION_VERBS = _ws("shut close idle halt suspend restart resume put place build open stop")
#: words of a term's content that make a sentence naming no deal worth reading as a term of one
_TERM_CONTENT = _ws("ownership sovereignty rights access revenues profits governance jointly equal preferential "
                       "reinvested stake credited")

#: intentions, plans, possibilities and questions: no claim (rule 10)
_INTENT = re.compile(_lx.bounded(
    _lx.without(_lx.MODALS, "would"), _lx.DUTY_MODALS, _lx.PLAN_WORDS, "planning", _lx.AIM_WORDS, "aimed", _lx.WISH_WORDS,
    "hoping|wanted|intends?|intended", _lx.PROPOSAL_WORDS, r"proposal|considering|expected|likely|potential(?:ly)?",
    _lx.CONDITIONALS, _lx.without(_lx.TARGET_WORDS, "targeted"), r"goal|would\s+like|talks|demanded|demands"), re.I)
#: company results, budgets and market figures: no claim (rule 10)
_NOT_EVENT = re.compile(
    r"\b(?:revenue\s+(?:rose|fell|grew)|profits?\s+(?:rose|fell)|earnings|quarterly|budget|"
    r"quarter\s+(?:results|revenues?|earnings|profits?|loss(?:es)?|sales)|capex|cost\s+of|"
    r"share\s+price|shares\s+(?:rose|fell|jumped|slumped|surged|climbed)|market\s+cap(?:s|itali[sz]ation)?\b|analysts?|investors\s+(?:expect|fear))\b",
    re.I)
_QUESTION = re.compile(r"\?\s*$")

#: "Under the deal," / "The accord establishes" / "The fund will": the sentence is about a deal
_DEAL_SUBJECT = re.compile(
    r"^(?:\W*(?:under|as\s+part\s+of|according\s+to|per)\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:deal|accord|agreement|pact|terms|framework|memorandum|arrangement|treaty|understanding)\b"
    r"|\W*(?:the|this|a|that)\s+(?:[\w-]+\s+){0,4}?(?:deal|accord|agreement|pact|fund|framework|memorandum|venture|"
    r"arrangement|treaty|understanding|truce)\b(?:,[^,]{0,160},)?\s+(?:(?:will|would|also|is\s+to)\s+)?(?:be\s+)?\w+"
    r"|\W*(?:it|they)\s+(?:also\s+)?(?:establish|create|set)s?\b)", re.I)
#: a term verb in the sentence (with "will" allowed: the terms of a signed deal are stated in the future)
_TERM = re.compile(
    r"\b(?:retain(?:s|ed)?|keep(?:s)?|kept|maintain(?:s)?|preserve(?:s)?|own(?:s)?|ownership|sovereignty|"
    r"establish(?:es|ed)?|creat(?:es|ed)|set(?:s)?\s+up|grant(?:s|ed)?|gives?|gain(?:s)?|secure[sd]?|"
    r"guarantee(?:s|d)?|contribut(?:e|es|ed)|channel(?:s)?|reinvested|(?:co-?|jointly\s+)managed|managed\s+jointly|"
    r"run\s+jointly|governed|credited|hold(?:s|ing)?|allow(?:s)?|entitle[sd]?|provides?|receive[sd]?|split|manages?|puts?|pays?|paid|transfers?|allocat(?:e|es|ed)|directs?|lets|enables|requires|obliges"
    r"|commits|stipulates|(?<!would\s)(?<!could\s)(?<!might\s)(?:includes?|included|covers)"
    r"|(?:is|are|was|were|forms?|formed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?part\s+of)\b")  # (lower case: "Direct" in "Russian Direct Investment Fund" is a name)
#: a term in the conditional, right before its verb: "would give", "would also establish"
_WOULD_BEFORE = re.compile(r"\bwould\s+(?:also\s+|then\s+|only\s+|effectively\s+)?(?:be\s+)?[\"'\u201c\u2018]?$", re.I)
#: a deal said to be concluded, or its text cited: its conditional terms are its terms
_CONCLUDED = re.compile(r"\b(?:signed|agreed|reached|inked|concluded|finali[sz]ed|sealed|struck|approved|ratified"
                        r"|according\s+to|under)\b", re.I)
#: a promise: "has pledged to honour", "vowed to keep" (a term only when a deal is the subject)
_PLEDGED_TO = re.compile(r"\b(?:pledged?|pledges|vowed|vows|promised|promises)\s+to\b", re.I)
#: what the parties undertake, read as a term only after a deal subject ("Under the
#: accord, both sides committed to ...", "As part of the framework, the countries pledged to ...")
_PLEDGE_VERBS = _ws("pledged pledge pledges committed commit commits agreed agree agrees undertook undertake")
_PLEDGE = re.compile(r"\b(?:pledged?|pledges|committed|commits?|agreed|agrees?|undert(?:ook|akes?))\b")
_TERM_OR_PLEDGE = _TERM_VERBS | _PLEDGE_VERBS
_INCLUSION = re.compile(r"includ|covers|is\b|are\b|was\b|were\b|form", re.I)
#: enforcement by a state: arrests, charges, raids, fines, inspections, crackdowns
_ENFORCE_WORDS = _ws("arrest arrests arrested indicted detained sentenced convicted raided raids fined charged "
                        "inspections crackdown crackdowns")
_ENFORCEMENT = re.compile(
    r"\b(?:arrests?\s+of|arrested|indicted|detained|sentenced|convicted|raided|fined)\b"
    r"|\b(?:was|were|been|being|those|executives|officials)\s+charged\b|\bcharged\s+(?:with|over)\b"
    r"|\b(?:increased|stepped\s+up|launched|tightened|intensified|expanded|began|conducted)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:inspections|crackdowns?|raids)\b|\bcrackdowns?\s+(?:on|against)\b", re.I)
#: transactions in the sentence
_TRANSACTION = re.compile(
    r"\b(?:(?:acquir\w+|buy\w*|bought|took|tak\w+|purchas\w+|sold|sell\w*)\s+(?:[\w$.,%-]+\s+){0,6}?"
    r"(?:stakes?|equity|preferred\s+(?:stock|shares)|(?<!market\s)shares?\s+(?:in|of)\b)"
    r"|(?:holds?|holding|owns?|owned)\s+(?:[\w$.,%-]+\s+){0,6}?(?:stakes?|equity|preferred\s+(?:stock|shares))"
    r"|(?:largest|biggest|top)\s+shareholder"
    r"|(?:approved|granted|extended|signed|provided|secured|awarded|received|closed|finali[sz]ed)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w$.,%-]+\s+){0,5}?(?:loans?|grants?|financing|credit\s+facility|equity\s+investment)"
    r"|(?:equity\s+)?stakes?\s+(?:was|were|will\s+be|have\s+been|has\s+been)\s+(?:obtained|acquired|taken|held|issued)"
    r"|(?<=[a-z] )(?:has\s+|have\s+)?(?:acquired|acquires|bought|buys)\s+(?-i:(?:[a-z][\w-]*\s+){0,2}?[A-Z][\w&.-]*\s+[A-Z]\w*)"
    r"|(?:supply\s+|sales\s+)?contracts?\s+(?:to\s+(?:supply|sell|buy|deliver)|until|through|running\s+(?:until|to))"
    r"|(?<![\w-])JVs?(?![\w-])(?!\s+partners?\b)"  # takeovers of named companies, supply contracts, JVs
    r"|(?:invested|invests|to\s+invest)\s+(?:[\w$.,-]+\s+){0,4}?in\s+(?-i:(?:[a-z][\w-]*\s+){0,3}?[A-Z]\w*)"
    # "teamed up with Maaden", "announced the partnership with", "the sale of its graphite project to"
    r"|(?:team(?:ed|ing|s)?\s+up|partner(?:ed|ing|s))\s+with"
    r"|(?:announced|formed|signed|launched|unveiled|struck|sealed)\s+(?:a|an|the|its)\s+(?:[\w'\u2019-]+\s+){0,3}?partnership"
    r"|sale\s+of\s+(?:its|the|a|their)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:project|mine|stake|assets?|business|plant|refinery)"
    r"(?:\s+in\s+[A-Z][\w-]+)?\s+to"
    # ("its joint venture partner, Eramet": a firm described, no transaction reported)
    r"|price\s+(?:floor|guarantee)|minimum\s+price|offtake|joint\s+venture(?!\s+partners?\b)|(?:[\w-]+\s+){0,2}moratorium"
    r"|warrants?\s+(?:to|convertible))\b",
    re.I)
#: (twenty-second session) a completed capital raise (README rule 17(e)): a placement, a PIPE, "raised $1.5
#: billion from investors", "the issue of 1.26 billion new shares", "committed to subscribe to 95,000,000 new
#: ordinary shares" is a corporate event, a claim (``unverifiable`` unless events.csv holds it), not a financial
#: result under rule 10; a raise only planned ("plans to issue", "aimed to raise") stays a plan (``_INTENT``
#: before the match), a tax or tariff that raises revenue is none (``_RAISE_NOT``). ``_CAPITAL_RAISE_ON`` off:
#: not read
_CAPITAL_RAISE_ON = True
_RAISE_WORDS = _ws("placement placements pipe raised raising subscribe subscribed subscription issue issued issuing "
                   "issuance raise")
_CAPITAL_RAISE = re.compile(
    r"\b(?:(?:institutional|share|equity|private|two-tranche|oversubscribed|strategic)\s+placements?"
    r"|placements?\s+(?:of|to|with|raising|at)\b|(?-i:PIPE)\b|(?:capital|equity)\s+raise\b"
    r"|(?:raised|raising)\s+(?:a\s+|an\s+|about\s+|around\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|over\s+|"
    r"more\s+than\s+|an\s+additional\s+)?(?:US|USD|A|AU|AUD|C|CAD|NZ|HK)?\s?[$\u00a3\u20ac]\s?\d"
    r"|(?:issu(?:e|ed|ing|ance)|subscri(?:be|bed|ption))\s+(?:to\s+|of\s+|for\s+)?(?:[\w$.,\u00a3-]+\s+){0,4}?"
    r"new\s+(?:ordinary\s+|common\s+|fully\s+paid\s+)?shares)",
    re.I)
#: what a row that records a capital raise says
_RAISE_ROW = re.compile(r"\b(?:placements?|(?-i:PIPE)|(?:capital|equity)\s+raise|new\s+(?:ordinary\s+|common\s+)?shares|"
                        r"share\s+(?:issue|issuance|sale)|shares?\s+(?:issued|issuance))\b", re.I)
#: a sum raised that is no capital raise: revenue, a tax or a tariff, a price, a debt ceiling
_RAISE_NOT = re.compile(r"\b(?:revenues?|tax(?:es)?|tariffs?|royalt(?:y|ies)|duties|prices?|rates?|ceiling|limit|"
                        r"IPO)\b", re.I)
#: a plant or mine that starts, resumes, closes or stops
_OPERATION = re.compile(
    r"\b(?:(?:plant|refinery|mine|mines|mining|smelter|facility|facilities|production|operations)"
    r"(?:\s+(?:in|at|near|of)(?:\s+[A-Z][\w'\u2019-]*){1,3})?\s+"
    r"(?:(?:has|have|had|was|were)\s+)?(?:started|began|resumed|restarted|shut|closed|ceased|opened|idled|been\s+operat\w+|operated|"
    r"was\s+commissioned|were\s+commissioned|mothballed)"
    r"|(?:started|began|resumed|restarted|ceased|halted|commenced)\s+(?:(?:its|primary|commercial|full)\s+)*"
    r"(?:[\w-]+\s+)?(?:production|output|operations|mining|construction)"
    r"|(?:is|are|was|were)\s+(?:shutting|closing)\s+(?:down\s+)?(?:its\s+|the\s+)?(?:[\w-]+\s+)?(?:mines?|plants?|refiner(?:y|ies)|smelters?|operations)"
    r"|(?:shut|closed)\s+(?:down\s+)?(?:its\s+|the\s+)?(?:[\w-]+\s+)?(?:mines?|plants?|refiner(?:y|ies)|smelters?)"
    r"|(?:put|puts|placed|places|placing|putting|moved|transitioned|went|go|goes|going)\s+(?:[\w'\u2019-]+\s+){0,8}?"
    r"(?:into|in|under|on)\s+care\s+and\s+maintenance"
    r"|(?:entered|enters|enter|went\s+into|came\s+into)\s+(?:commercial\s+|full\s+)?production"
    r"|(?:became|becomes|turned|turns|went|was\s+declared)\s+(?:fully\s+)?operational"  #
    r"|(?:suspended|curtailed|halted|stopped)\s+(?:all\s+)?(?:its\s+)?(?:[\w-]+\s+)?(?:operations|production|output|mining)"
    r"|(?:produced|poured|shipped)\s+(?:its\s+|the\s+)?first\s+(?:[\w-]+\s+){0,3}?(?:batch|concentrate|oxide|metal|product|cargo|"
    r"shipment|tonnes?|ore|magnets?)"
    r"|(?:plant|refinery|mine|smelter|facility|factory)(?:\s+(?:in|at|near|of)(?:\s+[A-Z][\w'\u2019-]*){1,3})?\s+"
    r"(?:came|has\s+come|comes)\s+(?:online|on\s+stream|on\s+line|into\s+operation)"
    r"|(?:opened|inaugurat(?:ed|es|ing)|commissioned)\s+(?:its\s+|a\s+|the\s+)?(?:new\s+|first\s+)?(?:[\w'\u2019-]+\s+){0,6}?"
    r"(?:plant|refinery|smelter|factory|facility|mine)"
    # "produced dysprosium oxide at its Malaysian facility": a product made at a named plant (no figure)
    r"|(?<!to\s)(?:produced|processed|refined|separated|made)\s+(?:(?!\d)[\w'\u2019-]+\s+){1,5}?(?:at|in)\s+(?:its|the|their|a)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:plant|refinery|smelter|factory|facility|mine)"
    # "has begun processing the first ore", "started producing oxide": a plant's activity begun
    r"|(?:began|begun|started|commenced)\s+(?:commercial\s+)?(?:processing|producing|refining|separating|mining|smelting)"
    # "the first commercial production of a heavy rare earth": the milestone named by a noun
    r"|first\s+(?:commercial\s+|industrial\s+)?(?:production|output|pour)\s+of)\b",  # (not "the first batch of quotas")
    re.I)
#: a company's decision reported with "will"/"would": "will immediately shut its mine", "said it would idle the plant"
_DECIDED_OPERATION = re.compile(
    r"\b(?:said|says|announced|announces|confirmed)\b[^.;]{0,60}?\b(?:will|would)\s+(?:immediately\s+)?"
    r"(?:shut|close|idle|halt|suspend|restart|resume|put|place|build|open|stop)\b"
    r"|\bwill\s+immediately\s+(?:shut|close|idle|halt|suspend|stop)\b"
    r"|\bwill\s+(?:shut|close|idle|halt|suspend|stop)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:mines?|plants?|refiner(?:y|ies)|smelters?|"
    r"operations|project)\b[^.;]{0,40}?\bimmediately\b", re.I)
_SITE_WORD = re.compile(r"\b(?:mines?|plants?|refiner(?:y|ies)|smelters?|operations|project|facility|facilities)\b", re.I)
#: a measure announced for a day near the article: "will start limiting exports ... this weekend"
_ANNOUNCED = re.compile(
    r"\bwill\s+(?:start|begin)\s+(?:to\s+)?(?:limit|restrict|curb|control|ban|require|halt|suspend)(?:ing)?\b"
    r"|\bwill\s+(?:impose|introduce|levy|restrict|curb|ban|suspend|halt)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:duties|tariffs|controls|restrictions|curbs|ban|levies|quotas)\b", re.I)
_NEAR_TIME_RE = re.compile(
    r"\b(?:this|next)\s+(?:weekend|week)\b|\btomorrow\b|\bon\s+" + _lx.alternation(day.lower() for day in _lx.WEEKDAYS) + r"\b"
    r"|,?\s+(?:said|says|announced)\b", re.I)

#: the concepts a term is stated in: each maps the words that express it (in the sentence or the event row)
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "ownership": ("ownership", "own", "owns", "owner", "sovereignty", "retain", "retains", "keep", "keeps",
                  "maintain", "control", "title"),
    "fund": ("fund", "funds"),
    "joint": ("joint", "jointly", "co-managed", "co-manage", "equal", "50/50", "governance", "governed", "managed",
              "equally", "jv", "jvs"),  # ("a refinery JV": a joint venture)
    "revenue": ("revenue", "revenues", "income", "proceeds", "royalties", "profits", "reinvested", "reinvest"),
    "rights": ("rights", "access", "preferential", "exclusive"),
    "licence": ("licence", "licences", "license", "licenses", "licensing", "concessions"),
    "reconstruction": ("reconstruction", "recovery", "rebuilding"),
    "stake": ("stake", "stakes", "shareholder", "shareholding", "equity", "preferred", "stock", "shares", "warrant",
              "warrants"),
    "floor": ("floor", "minimum", "guarantee", "guarantees", "guaranteed"),  # a price guarantee
    # measures a deal suspends or keeps, and joint stockpiles
    "tariff": ("tariff", "tariffs", "duties", "levies"),
    "controls": ("controls", "restrict", "restriction", "restrictions", "curbs", "licensing"),
    "invest": ("invest", "invests", "invested", "investment", "investments", "loan", "loans"),
    "stockpile": ("stockpile", "stockpiles", "stockpiling", "reserve", "reserves"),
    "offtake": ("offtake",),
    "pause": ("pause", "paused", "postpone", "postponed", "suspend", "suspended", "suspension", "delay", "delayed"),
}
_WORD_CONCEPT = {w: c for c, ws in _CONCEPTS.items() for w in ws}
#: concepts too common to support a term on their own (the deal's own name)
_WEAK = frozenset(("fund",))
_WORD = re.compile(r"[a-z0-9/-]+")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)")
_YEARS = re.compile(r"\b(\d+|ten|five|two|three)[\s-]+years?\b(?![\s-]+old)|\b(decade)\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "five": 5, "ten": 10, "decade": 10}
#: event types a transaction or a deal term can be recorded as
_DEAL_TYPES = frozenset(("agreement", "investment", "price_floor", "stockpile"))
#: a country adjective naming where a firm is based: "Australian natural resources company X"
FIRM_AFTER_COUNTRY = re.compile(
    # (no verb in the past tense or number between: "China added 14 foreign firms" names no firm's base)
    r"(?:-(?:based|listed|headquartered)\b|(?:\s+(?!\d)(?![\w]*ed\b)[\w-]+){0,3}?\s+(?:company|companies|miner|miners|firm|firms|producer|"
    r"producers|group|corporation|refiner|developer|explorer|trading\s+house)\b)")
#: the other ways news names agencies of ``actors.csv`` ("the Defense Department" for the DoD)
_AGENCY_VARIANTS = {
    "Defense Department": "us_dod", "Defence Department": "us_dod", "War Department": "us_dod",
    "Department of Defense": "us_dod", "Department of Defence": "us_dod", "Department of War": "us_dod",
    "Commerce Department": "us_commerce", "Department of Commerce": "us_commerce",
    "Treasury Department": "us_treasury", "Department of the Treasury": "us_treasury",
}
#: how far back (characters) the parties of the sentences before a sentence are read
CONTEXT_REACH = 1500
#: how long before an article a deal can still be "the deal" its terms describe
_DEAL_RECENT_DAYS = 45


@cache
def _actor_finder(data_dir: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for every company and agency of ``actors.csv`` (names and aliases of at least
    three letters, and :data:`_AGENCY_VARIANTS`), with the actor id of each form."""
    forms = dict(_AGENCY_VARIANTS)
    path = Path(data_dir) / "actors.csv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("kind") in ("company", "agency"):
                    for n in (row.get("name") or "", *(row.get("aliases") or "").split(";")):
                        if len(n.strip()) >= 3:
                            forms.setdefault(n.strip(), row["actor_id"])
    if not forms:
        return None, {}
    # (led, twentieth session: tried only at the characters a name starts with, 3.7x faster on real text)
    return _actor_pattern(forms, led=True), forms


def _actor_pattern(forms: dict[str, str], led: bool = False) -> re.Pattern[str]:
    """Any of the names ``forms``, longest first, as a whole name; ``led``: with a look-ahead on the
    first characters of the names (the same matches, as ``extract._lead`` gives, compiled once)."""
    alt = "|".join(re.escape(n) for n in sorted(forms, key=len, reverse=True))
    lead = "(?=[" + "".join(sorted({re.escape(n[0]) for n in forms})) + "])" if led else ""
    return re.compile(rf"{lead}(?<![\w-])(?:{alt})(?![\w-])")


def actors_named(text: str, start: int, end: int, before: int, data_dir: str) -> tuple[list[str], list[str]]:
    """The companies and agencies named in ``text[start:end]`` and, apart from those, in the
    ``before`` characters ahead of it (one pass of one pattern over each)."""
    pat, forms = _actor_finder(data_dir)
    if pat is None:
        return [], []
    inside = {forms[m.group(0)] for m in pat.finditer(text, start, end)}
    ahead = {forms[m.group(0)] for m in pat.finditer(text, max(0, start - before), start)} - inside
    return sorted(inside), sorted(ahead)


def term_triggers(words: frozenset[str], sentence: str | None = None) -> dict[str, bool]:
    """The rules of this module a sentence's words make worth running (frozenset tests; with
    ``sentence``, confirmed by :func:`_some_kind_matches`, so a sentence such as "Magnet makers
    sought long-term contracts" that none of the kinds' patterns reads is not run at all)."""
    on = _term_words_on(words)
    return {"deal_terms": on and (sentence is None or _some_kind_matches(sentence, words))}


@cache
def _term_kinds_led() -> tuple[re.Pattern[str], ...]:
    """The kinds' patterns tried only where a match can start (``extract._lead``: the same
    matches, found without trying every alternative at every character)."""
    from critmin.claims.extract import _lead

    return tuple(_lead(p) for p in (_TRANSACTION, _OPERATION, _ENFORCEMENT, _DECIDED_OPERATION, _ANNOUNCED))


@cache
def _word_gate() -> Callable[[re.Pattern[str], frozenset[str], str], bool]:
    """``extract.words_may_match``: False when no word of a sentence can start a match."""
    from critmin.claims.extract import words_may_match

    return words_may_match


@cache
def _sentence_search() -> Callable[[re.Pattern[str], str], re.Match[str] | None]:
    """``extract.search_in_sentence``: ``p.search(sent)``, tried at the words of a sentence of the
    article being checked."""
    from critmin.claims.extract import search_in_sentence

    return search_in_sentence


def _some_kind_matches(sent: str, words: frozenset[str]) -> bool:
    """Whether the pattern of one of the kinds :func:`term_claims` reads matches ``sent``,
    under the same word tests it uses there: a necessary condition for it to find a claim.
    (``words``: the sentence's, as ``extract`` reads them; a pattern is searched only when one
    of them can start a match.)"""
    transaction, operation, enforcement, decided, announced = _term_kinds_led()
    may = _word_gate()
    find = _sentence_search()  # (p.search(sent), at the sentence's words when it is the article's)
    return bool(
        ((not words.isdisjoint(_TRANSACTION_NOUNS) or ("minimum" in words and "price" in words))
         and may(transaction, words, sent) and find(transaction, sent))
        or ((not words.isdisjoint(_OPERATION_VERBS) or "maintenance" in words)
            and may(operation, words, sent) and find(operation, sent))
        or (_CAPITAL_RAISE_ON and not words.isdisjoint(_RAISE_WORDS) and _capital_raise(sent, _INTENT.search(sent)) is not None)
        or (not words.isdisjoint(_ENFORCE_WORDS) and may(enforcement, words, sent) and find(enforcement, sent))
        or (not words.isdisjoint(_FUTURE) and not words.isdisjoint(_DECISION_VERBS)
            and may(decided, words, sent) and find(decided, sent))
        or ("will" in words and may(announced, words, sent) and find(announced, sent))
        or (not words.isdisjoint(_TERM_OR_PLEDGE)
            and (find(_TERM, sent) or (_DEAL_SUBJECT.search(sent) and find(_PLEDGE, sent)))))


def _capital_raise(sent: str, intent: re.Match[str] | None) -> re.Match[str] | None:
    """The match of a completed capital raise in ``sent`` (:data:`_CAPITAL_RAISE`), else None: none when a
    plan, aim or modal comes before it (``intent``: :data:`_INTENT`'s first match), when the sentence speaks
    of revenue, a tax, a tariff or a price raised (:data:`_RAISE_NOT`) or the raise is told in the future
    ("will issue", "to raise")."""
    m = _CAPITAL_RAISE.search(sent)
    if m is None or intent is not None or _RAISE_NOT.search(sent):
        return None  # (a plan, an aim or a modal anywhere: "For the placement, X plans to issue ...")
    if (_RAISE_FUTURE.search(sent, max(0, m.start() - 30), m.start()) and not _RAISE_AGREED.search(sent, 0, m.start())) \
            or _OWN_CLAUSE_FUTURE.search(sent, 0, m.start()):
        return None
    return m


#: a raise still to come, just before the match ("will issue", "to raise", "is set to raise")
_RAISE_FUTURE = re.compile(r"\b(?:will|would|shall|to)\s+(?:\w+\s+){0,2}$", re.I)
#: a subscription agreed to is done ("the investor has committed to subscribe to ... new shares")
_RAISE_AGREED = re.compile(r"\b(?:committed|agreed)\s+to\s+$", re.I)


def _term_words_on(words: frozenset[str]) -> bool:
    """The word test of :func:`term_triggers`."""
    return (
        (not words.isdisjoint(_TERM_OR_PLEDGE)
         and not (words.isdisjoint(_DEAL_NOUNS) and words.isdisjoint(_TERM_CONTENT)))
        or not words.isdisjoint(_TRANSACTION_NOUNS) or ("minimum" in words and "price" in words)
        or (_CAPITAL_RAISE_ON and not words.isdisjoint(_RAISE_WORDS))
        or (not words.isdisjoint(_OPERATION_VERBS) and not words.isdisjoint(_FACILITY_NOUNS))
        or ("maintenance" in words and "care" in words) or not words.isdisjoint(_ENFORCE_WORDS)
        or (not words.isdisjoint(_FUTURE) and not words.isdisjoint(_DECISION_VERBS)
            and not words.isdisjoint(_FACILITY_NOUNS))
        or (not words.isdisjoint(_WILL) and not words.isdisjoint(_ANNOUNCE_VERBS)
            and not words.isdisjoint(_NEAR_TIME | {"said", "says", "announced"}))
    )


def _deal_before(text: str, start: int) -> bool:
    """A deal is named in the article before the sentence (its last 2,500 characters)."""
    window = text[max(0, start - 2500):start].lower()
    return any(w in window for w in (" deal", " accord", " agreement", " pact", " fund ", " memorandum", " venture"))


def term_claims(text: str, start: int, end: int, words: frozenset[str], countries: list[str],
                commodities: list[str], actors: list[str], near: list[str] | None = None,
                ) -> list[tuple[int, int, dict[str, Any]]]:
    """The event claim of the sentence ``text[start:end]`` this module finds (at most one): its
    span and its event dict (``type`` one of :data:`TERM_EVENT_TYPES`, actors, commodities,
    and the sentence's content words for the verdict). ``actors`` are the companies and
    agencies of ``actors.csv`` the sentence names; ``near`` the parties named in the sentences just
    before it or only in the possessive ("Ukraine's reconstruction"), which link a deal without
    being its parties."""
    sent = text[start:end]
    if _QUESTION.search(sent) or _NOT_EVENT.search(sent):
        return []
    kind: str | None = None
    m: re.Match[str] | None = None
    intent = _INTENT.search(sent)
    raise_ = False
    if not words.isdisjoint(_TRANSACTION_NOUNS) or ("minimum" in words and "price" in words):
        m = _TRANSACTION.search(sent)
        if m is not None and (intent is None or intent.start() > m.end()):
            kind = "transaction"
    if kind is None and _CAPITAL_RAISE_ON and not words.isdisjoint(_RAISE_WORDS):
        m = _capital_raise(sent, intent)
        if m is not None:
            kind, raise_ = "transaction", True
    if kind is None and (not words.isdisjoint(_OPERATION_VERBS) or "maintenance" in words):
        m = _OPERATION.search(sent)
        if m is not None and (intent is None or intent.start() > m.end()) \
                and (words.isdisjoint(_FUTURE) or _past_in_own_clause(sent, m)):
            kind = "operation"
    enforce = False
    if kind is None and not words.isdisjoint(_ENFORCE_WORDS) and words.isdisjoint(_FUTURE):
        m = _ENFORCEMENT.search(sent)  # an arrest, a charge, a raid, a crackdown
        if m is not None and (intent is None or intent.start() > m.end()):
            kind, enforce = "operation", True
    if kind is None and not words.isdisjoint(_FUTURE) and not words.isdisjoint(_DECISION_VERBS):
        m = _DECIDED_OPERATION.search(sent)
        if m is not None and _SITE_WORD.search(sent, m.start()) is not None \
                and (intent is None or intent.start() > m.end()):
            kind = "operation"  # a company's decision on its plant, reported: not a mere plan
    if kind is None and "will" in words:
        m = _ANNOUNCED.search(sent)
        if m is not None and (countries or actors) and _NEAR_TIME_RE.search(sent, m.end()) is not None \
                and (intent is None or intent.start() > m.end()):
            kind = "announced"
    if kind is None and not words.isdisjoint(_TERM_OR_PLEDGE):
        m = _TERM.search(sent)
        subj = _DEAL_SUBJECT.search(sent)
        if m is None and subj is not None:
            m = _PLEDGE.search(sent, subj.end() - 1)  # "As part of the framework, both pledged to ..."
        party = bool(countries or actors or near) and m is not None and m.start() < 120
        if m is not None and intent is not None and _INCLUSION.match(m.group(0)):
            m = None  # "the deal includes a plan to ...": what is included is a plan (rule 10)
        if m is not None and _WOULD_BEFORE.search(sent, 0, m.start()) and _CONCLUDED.search(sent) is None:
            m = None  # "the draft deal would give ...", no deal said to be signed: a term not (yet) agreed (rule 10)
        if m is not None and subj is None and _PLEDGED_TO.search(sent, 0, m.start()):
            m = None  # "Congo has pledged to honour the quotas allocated ...", no deal as subject: an intention (rule 10)
        if m is not None and (intent is None or intent.start() > m.end()) and (
                subj is not None or (party and not words.isdisjoint(_DEAL_NOUNS))
                or (party and _deal_before(text, start)
                    and (_term_concepts(sent) or not words.isdisjoint(_TERM_CONTENT)))):
            kind = "deal_term"
    if kind is None or m is None:
        return []
    ev: dict[str, Any] = {"type": kind, "actors": sorted(set(countries) | set(actors)),
                          "near": sorted(set(near or []) - set(countries) - set(actors)),
                          "commodities": sorted(set(commodities)), "words": sorted(_term_concepts(sent)),
                          "percents": [float(x) for x in _PERCENT.findall(sent)], "years": _years_of(sent),
                          "stake_in": _stake_target(sent), "amounts": _amounts_of(sent),
                          "deal_words": sorted(words & _DEAL_NOUNS),
                          "date": None, "count": None, "legal": None, "dates": []}
    if enforce:
        ev["action"] = "enforcement"
    if raise_:
        ev["action"] = "capital_raise"
    return [(start + m.start(), start + m.end(), ev)]


_PAST_OPERATION = re.compile(r"(?:started|began|begun|commenced|resumed|restarted|entered|produced|processed)\b", re.I)
_OWN_CLAUSE_FUTURE = re.compile(r"\b(?:will|would)\b[^,;:\u2014]*$", re.I)


def _past_in_own_clause(sent: str, m: re.Match[str]) -> bool:
    """An operation told in the past tense in a clause of its own ("..., which started
    production in September 2025") while "will" belongs to another clause: no plan."""
    if _PAST_OPERATION.match(m.group(0)) is None and _PAST_OPERATION.search(m.group(0)) is None:
        return False
    return _OWN_CLAUSE_FUTURE.search(sent, 0, m.start()) is None and re.search(
        r"\b(?:will|would)\b", sent[m.end():m.end() + 60]) is None


def _term_concepts(text: str) -> set[str]:
    return {_WORD_CONCEPT[w] for w in _WORD.findall(text.lower()) if w in _WORD_CONCEPT}


def _years_of(text: str) -> list[int]:
    out = []
    for m in _YEARS.finditer(text):
        raw = (m.group(1) or m.group(2) or "").lower()
        n = _NUMBER_WORDS.get(raw) or (int(raw) if raw.isdigit() else None)
        if n:
            out.append(n)
    return out


_MONEY = re.compile(
    r"(?<![\w.])(?P<cur>A\$|AU\$|US\$|\$)\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<scale>billion|bn|million|mn)\b", re.I)
_SCALES = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6}


def _amounts_of(text: str) -> list[tuple[float, str, float]]:
    """Sums of money the sentence states: (value, currency, half a unit of the last digit)."""
    out = []
    for m in _MONEY.finditer(text):
        scale = _SCALES[m.group("scale").lower()]
        num = m.group("num").replace(",", "")
        frac = num.split(".")[1] if "." in num else ""
        c = m.group("cur").upper()
        cur = "AUD" if c.startswith("A") else "USD" if c.startswith("US") else "$"  # ("$": the article's dollar)
        out.append((float(num) * scale, cur, 0.5 * 10 ** (-len(frac)) * scale))
    return out


def _row_amounts(e: dict[str, Any]) -> list[tuple[float, str]]:
    out = [(v, "USD" if c == "$" else c) for v, c, _ in _amounts_of(_row_text(e))]
    if str(e.get("unit") or "") == "USD_million" and e.get("quantity") not in (None, ""):
        with contextlib.suppress(TypeError, ValueError):
            out.append((float(e["quantity"]) * 1e6, "USD"))
    return out


def _split(v: Any) -> set[str]:
    return {x.strip() for x in str(v or "").split(";") if x.strip()}


def _row_text(e: dict[str, Any]) -> str:
    return " ".join(str(e.get(f) or "") for f in ("title", "what_changed", "detail", "note"))


def row_blob(e: dict[str, Any]) -> str:
    """An events row's title, parties and text in lower case, actor ids spelt as words: what a
    name must appear in to be one of the row's parties or subjects."""
    return " ".join(str(e.get(k) or "") for k in ("title", "actors", "imposed_by", "targets", "what_changed",
                                                  "detail", "note")).replace("_", " ").lower()


def _days_before(edate: str, on: str | None) -> int | None:
    if not on or len(edate) < 7:
        return None
    try:
        d = dt.date.fromisoformat(edate if len(edate) == 10 else f"{edate[:7]}-01")
        return (dt.date.fromisoformat(on[:10]) - d).days
    except ValueError:
        return None


#: the company a stake is in: "a stake in magnet maker Vulcan Elements", "shareholder of Acme"
_STAKE_TARGET = re.compile(
    r"\b(?:stakes?|shares?|equity|warrants?|stock|shareholder|shareholding)\s+(?:in|of)\s+(?:both\s+)?"
    r"(?:[a-z][\w-]*\s+){0,4}?"
    # (a backer or home before the company, "the Gina Rinehart-backed Arafura", "the Perth-based Acme": not its name)
    r"(?:(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*-(?:backed|owned|led|listed|based|controlled|linked|run|headquartered)"
    r"\s+(?:[a-z][\w-]*\s+){0,3}?)?([A-Z][\w&.-]*)")
_NOT_A_NAME = frozenset(("The", "A", "An", "Its", "Their", "This", "That", "U", "US", "U.S.", "American"))


def _stake_target(sentence: str) -> str | None:
    """The first word of the company a stake is in, when the sentence names it."""
    m = _STAKE_TARGET.search(sentence)
    return None if m is None or m.group(1) in _NOT_A_NAME else m.group(1)


_DEAL_EVENTS: dict[int, tuple[list[dict[str, Any]], list[tuple[dict[str, Any], str, frozenset[str]]]]] = {}


def _deal_events(events: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, frozenset[str]]]:
    """The events of a deal type (:data:`_DEAL_TYPES`), in table order, each with its date (ISO,
    at most ten characters) and its parties (:func:`_split`), found once per table."""
    hit = _DEAL_EVENTS.get(id(events))
    if hit is None or hit[0] is not events:
        _DEAL_EVENTS.clear()
        hit = _DEAL_EVENTS[id(events)] = (events, [
            (e, str(e.get("date") or "")[:10], frozenset(_split(e.get("actors"))))
            for e in events if str(e.get("type") or "") in _DEAL_TYPES])
    return hit[1]


_ROW_CONCEPTS: dict[str, frozenset[str]] = {}


def _row_concepts(e: dict[str, Any]) -> frozenset[str]:
    """:func:`_term_concepts` of the event's text, read once per text (the memo is emptied past
    10,000 texts)."""
    text = _row_text(e)
    got = _ROW_CONCEPTS.get(text)
    if got is None:
        if len(_ROW_CONCEPTS) >= 10_000:
            _ROW_CONCEPTS.clear()
        got = _ROW_CONCEPTS[text] = frozenset(_term_concepts(text))
    return got


def _linked_event(ev: dict[str, Any], events: list[dict[str, Any]], on: str | None) -> dict[str, Any] | None:
    """The deal the sentence is about: an event of a deal type, dated on or before the article,
    sharing a party with the sentence (a company or agency, or a country with a commodity), or,
    for the terms of a deal, recent (within :data:`_DEAL_RECENT_DAYS`) and sharing a party."""
    named = set(ev.get("actors") or [])
    near = set(ev.get("near") or [])
    coms = set(ev.get("commodities") or []) - {"critical_minerals"}
    concepts = set(ev.get("words") or [])
    best: tuple[tuple[int, int, int, int, str], dict[str, Any]] | None = None
    for e, edate, e_actors in _deal_events(events):  # (the events of a deal type, in table order)
        if on and edate > on[:10]:
            continue
        if ev.get("stake_in") and str(ev["stake_in"]).lower() not in f"{_row_text(e)} {e.get('actors')}".lower():
            continue  # a stake in a company the row never names
        shared = (named & e_actors) | (near & e_actors)  # with the firms named just before
        if not shared or (not named & e_actors and len(shared) < 2
                          and all(a.isupper() and len(a) == 3 for a in shared)):
            continue  # one country of the sentences before links no deal: it names too many
        firms = {a for a in shared if not (a.isupper() and len(a) == 3)}
        if not firms and any(not (a.isupper() and len(a) == 3) for a in named):
            continue  # the sentence names a company or agency that is no party of this event: another deal
        e_coms = _split(e.get("commodities"))
        age = _days_before(edate, on)
        recent = age is not None and 0 <= age <= _DEAL_RECENT_DAYS
        if (ev.get("type") == "deal_term" or not named & e_actors) and not recent:
            continue  # a deal's terms, or parties only from the sentences before: the deal of the day
        if not firms and not recent and not (coms & e_coms):
            continue
        overlap = len(concepts & _row_concepts(e))
        # other countries the sentence names that are no party of this event: another deal
        foreign = {a for a in named if a.isupper() and len(a) == 3 and a not in e_actors}
        if foreign and not firms and len((named | near) & e_actors) <= len(foreign):
            continue
        row = _row_text(e).lower()
        named_as = sum(w.rstrip("s") in row for w in ev.get("deal_words") or []) + (
            bool(ev.get("deal_words")) and str(e.get("type")) == "agreement")
        # (the firms and agencies the sentence itself names that the row holds come first: "MP Materials
        # and Maaden set up a joint venture" is the deal with Maaden, not another deal of MP's)
        key = (len(firms & named), overlap, named_as, len(shared) + len(coms & e_coms), edate)
        if best is None or key > best[0]:
            best = (key, e)
    return best[1] if best else None


def _evidence(e: dict[str, Any], field: str, value: str) -> Evidence:
    return Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                    commodity=str(e.get("commodities") or ""), measure="event", country=str(e.get("actors") or ""),
                    year=None, value=None, unit=field, published=str(e.get("date") or "")[:10],
                    locator=f"{field}: {value}"[:200], current=True)


def _row_percents(e: dict[str, Any]) -> set[float]:
    out = {float(x) for x in _PERCENT.findall(_row_text(e))}
    if str(e.get("unit") or "") == "percent" and e.get("quantity") not in (None, ""):
        with contextlib.suppress(TypeError, ValueError):
            out.add(float(e["quantity"]))
    return out


#: a plant or mine that starts (the sentence) and the rows that record a start (their titles)
_OP_START = re.compile(
    r"\b(?:beg[ai]n|begun|begins|start(?:s|ed)?|commenc(?:e|es|ed|ing)|produc(?:ed|es)|commission(?:ed|ing)"
    r"|open(?:s|ed)|inaugurat(?:e|es|ed|ing)|enter(?:s|ed)?\s+(?:commercial\s+)?production"
    r"|(?:first|commercial)\s+(?:commercial\s+)?production|turned\s+operational)\b", re.I)
_OP_START_ROW = re.compile(r"\b(?:starts|opens|opened|produces|inaugurates|commercial\s+production|production)\b", re.I)
#: a plant or mine that stops (the sentence) and the rows that record a halt (their titles)
_OP_STOP = re.compile(
    r"\b(?:idl(?:e|es|ed|ing)|shutter(?:s|ed|ing)?|shut(?:s|ting)?\s+(?:down\b)?|suspend(?:s|ed|ing)?|suspension"
    r"|halt(?:s|ed|ing)?|clos(?:e|es|ed|ing|ure)|care\s+and\s+maintenance|mothball(?:s|ed|ing)?)\b", re.I)
_OP_STOP_ROW = re.compile(r"\b(?:idles|suspends|suspension|halts|stops|care\s+and\s+maintenance)\b", re.I)
#: umbrella commodities that link no particular plant
_OP_BROAD = frozenset({"rare_earths", "critical_minerals"})
_OP_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"), 1)}
_OP_MONTH_NAMES = frozenset(m.title() for m in _OP_MONTHS)
_OP_MONTH = re.compile(r"\b(?:in|since|from|during|by|until|on|of)\s+(?:early\s+|late\s+|mid-?)?("
                       + "|".join(m.title() for m in _OP_MONTHS) + r")\b")
_OP_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_OP_LAST_YEAR = re.compile(r"\blast\s+year\b", re.I)
_OP_THIS_YEAR = re.compile(r"\b(?:this|earlier\s+this)\s+year\b", re.I)
#: proper names of a row's title that name a plant, a mine or a place ("Kemerton", "Independence")
_OP_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
_OP_NOT_NAMES = frozenset({"Rare", "Earths", "Materials", "Resources", "Minerals", "Metals", "Mining", "Corporation",
                           "Limited", "Group", "Company", "Department", "Western", "Northern", "Southern", "Eastern",
                           "Australia", "Australian", "China", "Chinese", "United", "States", "Brazil", "Malaysia",
                           # (commodity words in firms' names: "Core Lithium" and "Arcadium Lithium" share no plant)
                           "Lithium", "Nickel", "Cobalt", "Graphite", "Copper", "Uranium", "Manganese", "Gallium",
                           "Germanium", "Antimony", "Tungsten", "Magnets", "Magnet", "Earth"})


def _operation_verdict(ev: dict[str, Any], sentence: str, events: list[dict[str, Any]], on: str | None) -> Verdict | None:
    """A plant or mine that starts or stops ("Lynas produced dysprosium at its Malaysian plant for
    the first time", "Albemarle will idle its Kemerton train") against the rows of the events
    table that record a firm's milestone (``project_milestone``) or halt (``supply_disruption``),
    dated on or before the article: ``supported`` by the one row of that direction linked to the
    sentence by its firm, a proper name of its title (the plant, the mine) or its country with a
    commodity narrower than the umbrella words, and dated in any year or month the sentence states;
    None (the claim stays open) otherwise."""
    start, stop = _OP_START.search(sentence) is not None, _OP_STOP.search(sentence) is not None
    if start == stop:
        return None  # no direction, or both ("halted production ... then restarted"): not one event
    want, title_word = ("project_milestone", _OP_START_ROW) if start else ("supply_disruption", _OP_STOP_ROW)
    on_day = (on or "")[:10]
    actors = set(ev.get("actors") or [])
    firms = {a for a in actors if not (a.isupper() and len(a) == 3)}
    near_firms = {a for a in ev.get("near") or [] if not (a.isupper() and len(a) == 3)}
    countries = {a for a in actors if a.isupper() and len(a) == 3}
    coms = set(ev.get("commodities") or []) - _OP_BROAD
    first = _OP_NAME.match(sentence.lstrip(" \"'\u201c("))  # (the opening word is capitalised whatever it is)
    words = set(_OP_NAME.findall(sentence)) - _OP_NOT_NAMES - ({first.group(0)} if first else set())
    years = {int(y) for y in _OP_YEAR.findall(sentence)}
    if on_day[:4].isdigit():
        if _OP_LAST_YEAR.search(sentence):
            years.add(int(on_day[:4]) - 1)
        if _OP_THIS_YEAR.search(sentence):
            years.add(int(on_day[:4]))
    months = {_OP_MONTHS[m.lower()] for m in _OP_MONTH.findall(sentence)}
    best: tuple[tuple[int, str], dict[str, Any]] | None = None
    for e in events:
        if str(e.get("type") or "") != want:
            continue
        edate = str(e.get("date") or "")[:10]
        if not edate or (on_day and edate > on_day):
            continue
        title = str(e.get("title") or "")
        if title_word.search(title) is None:
            continue  # (a milestone that is no start: a resource reported)
        e_actors = _split(e.get("actors"))
        e_firms = {a for a in e_actors if not (a.isupper() and len(a) == 3)}
        if firms and not firms & e_firms:
            continue  # another firm's plant
        named = {w for w in words if w in title}
        firm_words = {w.title() for a in e_firms for w in a.split("_")}
        # the row's firm, among the sentence's parties or by the words of its name ("Serra Verde")
        firm_hit = bool(firms & e_firms) or any(all(w.title() in named for w in a.split("_")) for a in e_firms)
        if firm_hit and not named - firm_words and words - named - _OP_MONTH_NAMES:
            continue  # "Glencore idled its Raglan mine": the firm's, but a plant the row does not name
        score = 3 * firm_hit + 2 * len(named - firm_words)
        if not firms and not words - named - _OP_MONTH_NAMES:
            # no firm named, and no name of its own ("Acme Lithium will mothball its Mt Hope mine" is
            # another firm's, which the table lacks): the firm of the sentences before, or "it produced
            # dysprosium" with the country of the row
            score += 2 * len(near_firms & e_firms)
            if countries & e_actors and coms & _split(e.get("commodities")):
                score += 2
        if score < 2:
            continue
        if years and int(edate[:4]) not in years:
            continue  # a stated year the row does not have: another start (or stop) than this one
        if months and len(edate) >= 7 and int(edate[5:7]) not in months:
            continue
        key = (score, edate)
        if best is None or key > best[0]:
            best = (key, e)
    if best is None:
        return None
    e = best[1]
    title = str(e.get("title") or e.get("event_id"))
    return Verdict("supported", f"{title}: in the events table, dated {str(e.get('date') or '')[:10]}",
                   [_evidence(e, "title", title)])


def term_verdict(claim: Claim, events: list[dict[str, Any]] | None, on: str | None) -> Verdict:
    """A claim of this module against the events table (see the module docstring)."""
    ev = claim.event or {}
    kind = str(ev.get("type") or "")
    needs = {"deal_term": "the terms of this agreement in the events table",
             "transaction": "a row of events.csv recording this transaction",
             "operation": "a sites table with the start and closure dates of plants and mines",
             "announced": "a row of events.csv recording this measure and its start date"}.get(kind, "an events row")
    if ev.get("action") == "enforcement":  #
        return Verdict("unverifiable", "the events table records no arrests, charges, raids or inspections",
                       needs="a row of events.csv recording this enforcement action")
    if not events:
        return Verdict("unverifiable", "the dataset has no events table", needs=needs)
    if ev.get("action") == "capital_raise":
        # a deal row of the same firm is not its capital raise: only a row that records one may settle it
        e = _linked_event(ev, events, on)
        if e is None or not _RAISE_ROW.search(_row_text(e)):
            return Verdict("unverifiable", "the events table records no capital raise (placement, share issue, PIPE) "
                           "of these parties up to the article (README rule 17(e))",
                           needs="a row of events.csv recording this capital raise")
    if kind == "announced":
        got = _announced_verdict(ev, claim.sentence, events, on)
        if got is not None:
            return got
    if kind == "operation":
        got = _operation_verdict(ev, claim.sentence, events, on)
        if got is not None:
            return got
    if kind in ("operation", "announced"):
        return Verdict("unverifiable", "the events table records no such operation or announced measure", needs=needs)
    e = _linked_event(ev, events, on)
    if e is None:
        return Verdict("unverifiable", "no deal of these parties in the events table up to the article", needs=needs)
    title = str(e.get("title") or e.get("event_id"))
    row_concepts = _term_concepts(_row_text(e))
    shared = (set(ev.get("words") or []) & row_concepts) - _WEAK
    if kind != "transaction":
        shared.discard("invest")  # "investment" names a deal's purpose, a term only of a transaction
    if kind == "transaction" and "stake" in set(ev.get("words") or []) and str(e.get("type")) == "investment":
        shared.add("stake")
    # checkable points: percentages and terms in years
    wrong: list[str] = []
    right: list[str] = []
    pcts = _row_percents(e)
    for p in ev.get("percents") or []:
        if pcts:
            (right if any(abs(p - q) < 0.5 for q in pcts) else wrong).append(f"{p:g}%")
    row_amounts = _row_amounts(e)
    amiss: list[str] = []  # a sum the row lacks: the row may not hold every tranche, so it never refutes
    for value, cur, prec in ev.get("amounts") or []:
        if row_amounts:
            # (a bare "$" is the dollar of the article, A$ in an Australian paper: it holds against a
            # sum of the row in any dollar; a row's bare "$" is read as US$)
            ok = any((c == cur or cur == "$") and abs(v - value) <= prec for v, c in row_amounts)
            (right if ok else amiss).append(f"{'A$' if cur == 'AUD' else '$' if cur == '$' else 'US$'}"
                                            f"{value / 1e6:g} million")
    row_years = set(_years_of(_row_text(e)))
    for y in ev.get("years") or []:
        if row_years:
            (right if y in row_years else wrong).append(f"{y} years")
    weak_only = not shared and set(ev.get("words") or []) & _WEAK and (
        kind == "deal_term" and re.search(r"\b(?:establish|creat|set)", claim.sentence, re.I))
    if kind == "transaction" and not right and ev.get("percents"):
        # "will own a 3% stake": a share the row does not state may be of another transaction
        return Verdict("unverifiable", f"{title} is the closest transaction of these parties, but its row does not state "
                       f"{', '.join(f'{p:g}%' for p in ev.get('percents') or []) or 'this term'}",
                       needs=f"the terms of {e.get('event_id')} beyond its row in events.csv")
    age = _days_before(str(e.get("date") or "")[:10], on)
    if wrong and not (age is not None and 0 <= age <= _DEAL_RECENT_DAYS):
        # an older deal of the same parties with other figures: the sentence may tell of a new one
        return Verdict("unverifiable", f"{title} of {str(e.get('date') or '')[:10]} records other terms "
                       f"({', '.join(wrong)} not held); the sentence may be about a later deal", needs=needs)
    if amiss and not wrong and not right:  # (a sum the row holds beside one it lacks, a fund's size: rule 4)
        return Verdict("unverifiable", f"{title} records other sums than {', '.join(amiss)}; the row may not hold "
                       "every tranche", needs=f"the amounts of {e.get('event_id')} beyond its row in events.csv")
    if wrong and (right or shared):
        return Verdict("partly_supported", f"{title}: {', '.join(right + sorted(shared))} hold, but not "
                       f"{', '.join(wrong)}", [_evidence(e, "detail", str(e.get("detail") or e.get("what_changed") or ""))])
    if wrong:
        return Verdict("refuted", f"{title} records other terms ({', '.join(wrong)} not held)",
                       [_evidence(e, "detail", str(e.get("detail") or e.get("what_changed") or ""))])
    if (shared or weak_only) and not right:
        from critmin.claims.article_subject import firm_of_its_own

        firm = firm_of_its_own(claim.sentence, e, None)
        if firm is not None:
            # "Tianqi Lithium is heavily invested in Greenbushes" against the launch of a partnership that
            # names investment among its aims: a word of a term shared, and a firm the row does not hold,
            # is that firm's own deal (rule 9)
            return Verdict("unverifiable", f"no deal of {firm} in the events table; the closest row, {title}, "
                           "shares only a word of its terms", needs=needs)
    if shared or right or weak_only:
        what = ", ".join(right + sorted(shared)) or "the fund it establishes"
        return Verdict("supported", f"{title} (dated {str(e.get('date') or '')[:10]}) records {what}",
                       [_evidence(e, "what_changed", str(e.get("what_changed") or title))])
    return Verdict("unverifiable", f"no row of the events table states this term; the closest deal of these "
                   f"parties, {title}, does not", needs=f"the terms of this deal (closest row: {e.get('event_id')})")


#: a deal named in a sentence that another event rule read ("as part of this understanding")
_DEAL_IN_SENTENCE = re.compile(
    r"\b(?:deal|accord|agreement|pact|understanding|truce|framework|arrangement|consensus)\b", re.I)


def deal_term_fallback(claim: Claim, events: list[dict[str, Any]] | None, on: str | None) -> Verdict | None:
    """For an event claim the event rules could not settle: when the sentence tells a
    term of a deal ("as part of this understanding, Washington postponed the rule"), the recent
    deal of its parties whose row states that term supports it; ``None`` otherwise."""
    if not events or _DEAL_IN_SENTENCE.search(claim.sentence) is None:
        return None
    ev = claim.event or {}
    concepts = _term_concepts(claim.sentence) - _WEAK
    if not concepts:
        return None
    probe = Claim(sentence=claim.sentence, span=claim.span, kind="event",
                  event={"type": "deal_term", "actors": list(ev.get("actors") or []), "near": [],
                         "commodities": [c for c in ev.get("commodities") or [] if c != "critical_minerals"],
                         "words": sorted(concepts), "percents": [], "years": []})
    got = term_verdict(probe, events, on)
    return got if got.verdict == "supported" else None


_STATE_WORD = re.compile(
    r"\b(?:government|administration|ministry|minister|president|officials|Washington|Beijing|Canberra|Tokyo|Kyiv"
    r"|Riyadh|Brussels|White\s+House|Treasury|State\s+Department|countries|nations|sides)\b")


#: the last sentence :func:`company_deal_elsewhere` read, its data dir and the companies it names
#: (the same sentence is tested against every deal of the events table in turn)
_DEAL_FIRMS_LAST: tuple[str | None, str, list[str]] = (None, "", [])


def deal_firms(sentence: str, data_dir: str) -> list[str]:
    """The companies of ``actors.csv`` the sentence names (:func:`actors_named`), remembered for
    the last sentence asked (the same sentence is tested against every deal of the table)."""
    global _DEAL_FIRMS_LAST
    last = _DEAL_FIRMS_LAST  # (read once: another thread may replace it; the tuple itself never changes)
    if last[0] is not sentence or last[1] != data_dir:  # (asked once per event of the table)
        last = _DEAL_FIRMS_LAST = (sentence, data_dir, actors_named(sentence, 0, len(sentence), 0, data_dir)[0])
    return last[2]


def company_deal_elsewhere(sentence: str, ev: dict[str, Any], e: dict[str, Any], data_dir: str) -> bool:
    """A company's deal is not a state's: the sentence names a company of
    ``actors.csv`` that is no party of the event ``e`` (a deal, an investment or a price floor),
    and the countries it shares with ``e`` are only where firms are based ("U.S. miner X signed a
    memorandum with Saudi Y" is no US-China agreement)."""
    if str(e.get("type") or "") not in _DEAL_TYPES:
        return False
    based = set(ev.get("firm_countries") or [])
    firms = deal_firms(sentence, data_dir)
    if not (firms or based):
        return False  # no company at all (tested first: the event's parties are then not read)
    e_actors = _split(e.get("actors"))
    if any(f in e_actors for f in firms):
        return False  # a party of the event is named
    states = (set(ev.get("actors") or []) - based) & e_actors
    # the states act only when the sentence says so: a government, a ministry, a leader
    return not states or _STATE_WORD.search(sentence) is None


_WEEKDAYS = tuple(day.lower() for day in _lx.WEEKDAYS)
_SOON = re.compile(r"\b(?:this|next)\s+(?:weekend|week)\b|\btomorrow\b|\b(?:on|from)\s+(" + "|".join(_WEEKDAYS) + r")\b",
                      re.I)


def _soon_window(sentence: str, on: str) -> tuple[dt.date, dt.date] | None:
    """The days a time word after "will" names, from the article's date: "this weekend" (the
    coming Saturday and Sunday), "tomorrow", "next week", "on Thursday" (the coming Thursday)."""
    m = _SOON.search(sentence)
    if m is None:
        return None
    try:
        day = dt.date.fromisoformat(on[:10])
    except ValueError:
        return None
    word = m.group(0).lower()
    if m.group(1):
        ahead = (_WEEKDAYS.index(m.group(1).lower()) - day.weekday()) % 7
        d = day + dt.timedelta(days=ahead)
        return d, d
    if "tomorrow" in word:
        return day + dt.timedelta(days=1), day + dt.timedelta(days=1)
    if "weekend" in word:
        sat = day + dt.timedelta(days=(5 - day.weekday()) % 7)
        return sat, sat + dt.timedelta(days=1)
    if word.startswith("next"):
        monday = day + dt.timedelta(days=7 - day.weekday())
        return monday, monday + dt.timedelta(days=6)
    return day, day + dt.timedelta(days=6 - day.weekday())


def _announced_verdict(ev: dict[str, Any], sentence: str, events: list[dict[str, Any]], on: str | None,
                       ) -> Verdict | None:
    """A measure announced for a day near the article ("will start curbing exports this weekend"):
    an event of the sentence's parties and commodities, announced on or before the article, that
    takes effect in the days the time word names supports it; ``None`` when the table has none."""
    if not on:
        return None
    window = _soon_window(sentence, on)
    if window is None:
        return None
    named = set(ev.get("actors") or [])
    coms = set(ev.get("commodities") or []) - {"critical_minerals"}
    for e in events:
        edate = str(e.get("date") or "")[:10]
        if not edate or edate > on[:10] or not named & (_split(e.get("imposed_by")) | _split(e.get("actors"))):
            continue
        if coms and not coms & _split(e.get("commodities")):
            continue
        eff = str(e.get("effective_date") or "")[:10]
        try:
            when = dt.date.fromisoformat(eff) if len(eff) == 10 else None
        except ValueError:
            when = None
        if when is not None and window[0] - dt.timedelta(days=1) <= when <= window[1]:
            return Verdict("supported", f"{e.get('title') or e.get('event_id')}: announced {edate}, effective {eff}",
                           [_evidence(e, "effective_date", eff)])
    return None


# --------------------------------------------------------------------------- figures an event row holds
#: a tonnage in an event row's text: "initial 2,000 t/yr", "over 1,000 t to Japan", "27.6 t in 2024"
_ROW_TONNES = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:(?P<k>kt|thousand\s+t(?:onnes)?)"
                         r"|(?P<m>Mt|million\s+t(?:onnes)?)|t|tonnes|tons)\b")
#: the parts of a row's text a figure is stated in ("...; 25% of scrap to be sold at home, ...")
_ROW_PARTS = re.compile(r";|,\s|\.\s|\(|\)")
#: words too common to tie a sentence to a row
_FIGURE_STOP = _ws("about around roughly nearly almost some more less than over under percent tonnes tons metric "
                   "year years total share world global with from that this these those which their there have "
                   "been will were they also into after before since while where when would could should being "
                   "than what them then just only each both most much such very")
_TONNE_FACTORS = {"t": 1.0, "kt": 1e3, "Mt": 1e6}
#: a fall in a row's text ("down 6.5%", "cut by 10%", "below")
_DOWN_WORDS = re.compile(r"\b(?:down|fell|fall|falls|cut|cuts|lower|declin\w*|drop\w*|decreas\w*|below|less)\b", re.I)


def _half_unit(number: str) -> float:
    """Half a unit of the last digit of a number as written ("19" -> 0.5, "18.5" -> 0.05)."""
    frac = number.split(".")[1] if "." in number else ""
    return 0.5 * 10 ** (-len(frac))


_ROW_STEMS: dict[int, tuple[dict[str, Any], frozenset[str]]] = {}


def _states_closely(claim: Any, part: str) -> bool:
    """The part states the claim's tonnage or sum within 1 % (not merely at a coarse stated
    precision: "10,000 t" is no match for a row's "9,600 t/yr" on the word stems alone)."""
    factor = _TONNE_FACTORS.get(claim.unit or "")
    value = claim.value or 0.0
    if factor is not None:
        want, got = value * factor, _tonnages(part)
    elif claim.unit == "USD":
        want, got = value, _dollars(part)
    else:
        return False
    return any(abs(x - want) <= 0.01 * want for x in got)


#: stems of the words a figure is written with ("million", "tonnes", "a year"): no tie to the row
_UNIT_STEMS = frozenset({"milli", "billi", "thous", "tonne", "metri", "annua", "years", "month"})


def _row_stems(e: dict[str, Any]) -> frozenset[str]:
    """The five-letter stems of the content words of an event row's title, change and detail
    (read once per row)."""
    hit = _ROW_STEMS.get(id(e))
    if hit is None or hit[0] is not e:
        if len(_ROW_STEMS) > 50_000:
            _ROW_STEMS.clear()
        text = " ".join(str(e.get(k) or "") for k in ("title", "what_changed", "detail"))
        hit = _ROW_STEMS[id(e)] = (e, frozenset(w[:5] for w in _content_words(text)))
    return hit[1]


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _FIGURE_STOP}


def _tonnages(text: str) -> list[float]:
    out = []
    for m in _ROW_TONNES.finditer(text):
        with contextlib.suppress(ValueError):
            out.append(float(m.group(1).replace(",", "")) * (1e3 if m.group("k") else 1e6 if m.group("m") else 1.0))
    return out


#: one row's text cut into the parts a figure is stated in, with what ``_figure_parts`` reads
#: of each part, found once per row: (field, part, percents as (value, half a unit of its last
#: digit), tonnages, whether the part holds a word of a fall)
_RowPart = tuple[str, str, tuple[tuple[float, float], ...], tuple[float, ...], bool]
_ROW_PARTS_OF: dict[int, tuple[dict[str, Any], tuple[_RowPart, ...]]] = {}


def _row_parts(e: dict[str, Any]) -> tuple[_RowPart, ...]:
    """The parts of the row's title, what changed, detail and note (``_ROW_PARTS``), each read
    once per row (the row object is kept with its parts, so a new row never reads another's)."""
    hit = _ROW_PARTS_OF.get(id(e))
    if hit is not None and hit[0] is e:
        return hit[1]
    parts = tuple((f, part, tuple((float(p), _half_unit(p)) for p in _PERCENT.findall(part)), tuple(_tonnages(part)),
                   _DOWN_WORDS.search(part) is not None)
                  for f in ("title", "what_changed", "detail", "note") if e.get(f)
                  for part in _ROW_PARTS.split(str(e[f])))
    if len(_ROW_PARTS_OF) > 50_000:
        _ROW_PARTS_OF.clear()
    _ROW_PARTS_OF[id(e)] = (e, parts)
    return parts


#: a dollar sum in a row's text: "US$1.1 billion", "A$200 million", "$533m"
_ROW_DOLLARS = re.compile(r"(?<![\w$])(?:US|A|AU|C|NZ)?\$\s?(\d[\d,]*(?:\.\d+)?)\s*(?:(?P<b>billion|bn)|(?P<m>million|mn|m))\b", re.I)


def _dollars(text: str) -> list[float]:
    if "$" not in text:  # (every match holds a dollar sign: most row parts are read at once)
        return []
    out = []
    for m in _ROW_DOLLARS.finditer(text):
        with contextlib.suppress(ValueError):
            out.append(float(m.group(1).replace(",", "")) * (1e9 if m.group("b") else 1e6))
    return out


def _figure_parts(claim: Claim, e: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, part) of the event row's text that state the claim's figure at the claim's
    precision: a percentage for a share, a tonnage for a quantity (the row's quantity cell
    counts as stated in its title). The parts and their figures are read once per row
    (``_row_parts``)."""
    if claim.value is None and claim.kind != "change":
        return []
    half = claim.precision if claim.precision is not None else 0.0
    factor = _TONNE_FACTORS.get(claim.unit or "")
    if claim.kind == "share" and claim.unit == "percent":
        share = claim.value or 0.0
        out = [(f, part) for f, part, pcts, _, _ in _row_parts(e)
               if any(abs(p - share) <= half + 1e-9 for p, _ in pcts)]
    elif claim.kind == "change" and claim.change is not None and claim.value is None:
        # "increased by 19.05%" against a row's "up 19%": each figure at its own precision
        # (the coarser decides, as a government's finer figure is read at USGS's, C5772)
        size, up = abs(claim.change) * 100, claim.change > 0
        own = 100 * (claim.precision or 0.0)
        out = [(f, part) for f, part, pcts, _, down in _row_parts(e)
               if down != up and any(abs(p - size) <= max(own, u) + 1e-9 for p, u in pcts)]
    elif claim.kind == "quantity" and factor is not None:
        want, slack = (claim.value or 0.0) * factor, half * factor + 1e-9
        out = [(f, part) for f, part, _, tons, _ in _row_parts(e) if any(abs(t - want) <= slack for t in tons)]
    elif claim.kind == "quantity" and claim.unit == "USD" and claim.value:
        # (fifteenth session) a sum of money a deal, loan or award row states ("a US$533 million debt
        # package", "A$200 million for cost overruns"): the row's terms (README rule 9, C283)
        want, tol = claim.value, max(half, 0.005 * claim.value)
        out = [(f, part) for f, part, _, _, _ in _row_parts(e) if any(abs(d - want) <= tol for d in _dollars(part))]
    else:
        return []
    if not out and factor is not None and claim.kind == "quantity" and str(e.get("unit") or "") == "t":
        quantity, value = e.get("quantity"), claim.value
        if quantity is not None and value is not None:
            with contextlib.suppress(ValueError):
                if abs(float(quantity) - value * factor) <= half * factor + 1e-9:
                    out.append(("quantity", str(e.get("title") or "")))
    return out


_BY_COMMODITY: dict[int, tuple[list[dict[str, Any]], dict[str, list[tuple[dict[str, Any], str, frozenset[str]]]]]] = {}


def _rows_by_commodity(events: list[dict[str, Any]]) -> dict[str, list[tuple[dict[str, Any], str, frozenset[str]]]]:
    """commodity -> the dated events of that commodity, each with its date (ISO, at most ten
    characters) and its parties (actors, targets, imposer), found once per table."""
    hit = _BY_COMMODITY.get(id(events))
    if hit is None or hit[0] is not events:
        _BY_COMMODITY.clear()
        table: dict[str, list[tuple[dict[str, Any], str, frozenset[str]]]] = {}
        for e in events:
            edate = str(e.get("date") or "")[:10]
            if not edate:
                continue
            parties = frozenset(_split(e.get("actors")) | _split(e.get("targets")) | _split(e.get("imposed_by")))
            for com in _split(e.get("commodities")):
                table.setdefault(com, []).append((e, edate, parties))
        hit = _BY_COMMODITY[id(events)] = (events, table)
    return hit[1]


def figures_in_event_rows(checks: list[Any], events: list[dict[str, Any]] | None, on: str | None) -> None:
    """Re-judge, in place, a share or tonnage left unverifiable that an event row dated on or
    before the article states: "about 24% of the enriched uranium used by US plants comes from
    Russia" against a sanction row whose detail holds that share, "the plant's initial capacity is
    2,000 t a year" against the plant's opening. Figures a row's cells state count as held
    (README rule 9, C283). The row must be of the claim's commodity and name its country (when
    the claim has one), and the part of its text that states the figure at the claim's precision
    must share at least two content words with the sentence besides the commodity; otherwise
    the verdict stands (fourteenth session)."""
    if not events:
        return
    from critmin.claims.model import ClaimCheck

    day = (on or "")[:10]
    for i, cc in enumerate(checks):
        c, v = cc.claim, cc.verdict
        if v.verdict != "unverifiable" or c.kind not in ("share", "quantity", "change") \
                or (c.value is None if c.kind != "change" else c.change is None) \
                or not c.commodity or (c.comparison or {}).get("amount"):
            continue
        words: set[str] | None = None
        hedge = (c.hedge or "").lower()
        for e, edate, parties in _rows_by_commodity(events).get(c.commodity, ()):
            if day and edate > day:
                continue
            if c.country not in (None, "WLD") and c.country not in parties:
                continue
            if c.kind == "quantity" and str(e.get("type") or "") == "quota" and c.measure != "quota":
                continue  # an output or export tonnage equal to a quota is still another quantity (C2110)
            parts = _figure_parts(c, e)
            if not parts:
                continue
            if words is None:
                words = _content_words(c.sentence) - set(c.commodity.split("_"))
            part = next(((f, p) for f, p in parts if len(words & _content_words(p)) >= 2
                         and (not hedge or hedge in _lx.APPROX_HEDGES or hedge in p.lower())), None)
            if part is None and c.kind == "quantity" and words:
                # sixteenth session: a tonnage stated in a short part of the row ("initial 2,000 t/yr",
                # "About 280,000 t of ore in stockpiles") that the sentence ties to the row's own words
                # elsewhere (the plant, its phase; mining, stockpiles, processing): two words of
                # the sentence whose stems the row's title, change or detail holds
                stems = _row_stems(e)
                if len({w[:5] for w in words} & stems - _UNIT_STEMS) >= 2:
                    part = next(((f, p) for f, p in parts if _states_closely(c, p)
                                 and (not hedge or hedge in _lx.APPROX_HEDGES or hedge in p.lower())), None)
            if part is None:
                continue  # the figure, but said of something else ("70% of revenue"), or another bound
            field, said = part
            checks[i] = ClaimCheck(c, Verdict(
                "supported", f"{e.get('title') or e.get('event_id')} (dated {edate}): the row states the figure "
                f"({field}: {said.strip()[:120]})", [_evidence(e, field, said.strip())]))
            break
