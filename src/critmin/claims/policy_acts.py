"""Policy and operating events told in words the other event rules do not read (issue 6).

News on critical minerals reports many acts of governments, agencies, armed groups and
companies that ``events.csv`` does not record: national lists of critical minerals, missions,
schemes, strategies and laws approved or launched, licences granted, what a measure requires,
mines seized, plants mothballed. Each is a checkable claim (rule 10 of the evaluation set keeps
only plans, intentions, opinions, forecasts and company results out); when the table holds no
row for it, it is ``unverifiable`` and its explanation names the row that would settle it (rule 9).

The rules run only on a sentence from which no other rule drew a claim, behind a frozenset test
on its words (:func:`triggers`), and each is a structure, not a phrase:

* **a list of critical minerals** published, updated, proposed or changed ("has released its
  updated list of critical minerals", "has added A, B and C to its list", "was returned to the
  list", "ten new additions", "a list of 24 critical minerals", "designated as critical");
* **an act of a government body** (a cabinet, parliament, ministry, department, commission, the
  government) in the past or present perfect on a policy instrument (a mission, scheme,
  strategy, law, act, bill, amendment, reserve, fund, list), or such an instrument in the
  passive ("the national project was launched in 2025"), or a vote of a legislature;
* **what a measure requires** ("exporters will be required to apply for permits", "the new rule
  requires companies to secure licences", "the restrictions banned the export of ...") and
  **licences granted** ("some applications have been approved", "had secured licences");
* **territory or mines taken** by an armed force ("took control of a major mining hub");
* **plants and mines stopped** ("mothballed its mine", "scaling back production at its plant",
  "mining is on hold", "operations have come to a standstill", "placed on care and
  maintenance", "became the first producer of ... outside China").

A modal, plan, aim, condition or question in the clause before the verb keeps the sentence out
(rule 10), except a decision reported in speech ("said it would be mothballing its mine").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from critmin.claims import lexicon as _lx
from critmin.claims.model import Claim, Evidence, Verdict

__all__ = ["POLICY_ACT_TYPES", "policy_act", "policy_act_verdict", "triggers"]

#: event types of this module's claims that verdict.py routes to :func:`policy_act_verdict`
POLICY_ACT_TYPES = frozenset(("critical_list", "policy_act", "company_deal"))


def _ws(s: str) -> frozenset[str]:
    return frozenset(s.split())


_W_LIST = _ws("list lists listed additions entries designated classified classifying recognised recognized defined")
_W_LIST_TOPIC = _ws("critical strategic additions entries")
_W_LIST_CHANGE = _ws("added adds removed removes removing dropped returned restored retains retained reinstated")
_W_ACT = _ws("approved approval launched passed adopted ratified ratify amended enacted established released published "
             "unveiled introduced voted created submitted initiated auctioned awarded allocated")
_W_BODY = _ws("cabinet government parliament assembly senate congress rada commission council ministry department "
              "centre center lawmakers legislators deputies regulator administration authority authorities blocks "
              "concessions tenements")
_W_MANDATE = _ws("mandated ordered directed instructed obliged required require request impose introduce")
_W_ANNOUNCED = _ws("announced said declared")
_W_REQUIRE = _ws("required requires require needed need must obliged approved granted issued secured prohibit prohibits "
                 "prohibited banned")
_W_REQUIRE_OBJ = _ws("permit permits licence licences license licenses applications requests quotas approval export "
                     "exports import imports")
_W_SEIZE = _ws("seized captured capturing took taken seize seizing pushed drove ousted expelled")
_W_SEIZE_OBJ = _ws("mine mines mining hub hubs area areas territory town towns centre center region checkpoints")
_W_TROOPS = _ws("troops forces rebels army junta militia")
_W_PERMIT = _ws("permitted allowed allow allows permit permits resume resumes restart")
_W_PERMIT_OBJ = _ws("export exports exporting import imports importing quotas shipments continue")
_W_DEAL_VERB = _ws("entered signed formed")
_W_DEAL_NOUN = _ws("partnership agreement alliance venture memorandum")
_W_MEASURE_SCOPE = _ws("exclude excludes exempt exempted subject avoided targeted announcing imposing")
_W_STOP = _ws("mothball mothballed mothballing shuttered shutter shuttering hold standstill stopped maintenance "
              "scaling scaled curtailed halt halted deferred closure became become becoming marks marked")


def triggers(words: frozenset[str]) -> bool:
    """Whether a sentence may hold one of this module's events (a test on its words only)."""
    return ((not words.isdisjoint(_W_LIST) and not words.isdisjoint(_W_LIST_TOPIC | _W_LIST_CHANGE))
            or (not words.isdisjoint(_W_ACT_ON) and not words.isdisjoint(_W_BODY | _W_INSTRUMENT))
            or (not words.isdisjoint(_W_REQUIRE) and not words.isdisjoint(_W_REQUIRE_OBJ))
            or (not words.isdisjoint(_W_MANDATE) and not words.isdisjoint(_W_BODY | _W_ANNOUNCED))
            or (not words.isdisjoint(_W_SEIZE) and not words.isdisjoint(_W_SEIZE_OBJ | _W_TROOPS))
            or ("control" in words and "under" in words)
            or (not words.isdisjoint(_W_PERMIT) and not words.isdisjoint(_W_PERMIT_OBJ))
            or (not words.isdisjoint(_W_DEAL_VERB) and not words.isdisjoint(_W_DEAL_NOUN))
            or not words.isdisjoint(_W_MEASURE_SCOPE) or not words.isdisjoint(_W_PRESUPPOSED)
            or not words.isdisjoint(_W_DISPUTE) or not words.isdisjoint(_W_DETERMINED)
            or not words.isdisjoint(_W_STOP))


_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"
_DET_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|this|that|these|newly|recently)\s+)$", re.I)

# -- lists of critical minerals -------------------------------------------------------------
_LIST_VERB = re.compile(
    r"\b(?P<v>released|published|issued|unveiled|proposed|finali[sz]ed|adopted|introduced|introduces|updated|revised"
    r"|expanded)\s+(?:[\w'\u2019-]+\s+){0,6}?lists?\b", re.I)
_LIST_PASSIVE = re.compile(
    r"\blists?\b(?:\s+[\w-]+){0,3}?\s+(?:was|were|has\s+been|had\s+been)\s+(?P<v>released|published|issued|updated|adopted|"
    r"finali[sz]ed|unveiled)\b|\blists?\s+(?P<v2>published|released|issued)\s+(?:by|in|on)\b", re.I)
_LIST_CHANGE = re.compile(
    r"\b(?P<v>added|adds|removed|removes|removing|dropped|returned|restored|retains|retained|reinstated)\b"
    r"(?:\s+[\w,'\u2019-]+){0,12}?\s+(?:to|from|on)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?lists?\b"
    r"|\b(?:has|have|had)\s+been\s+(?P<v2>added|removed|dropped|returned|restored|reinstated)\b"
    r"|\blists?\b(?:\s+[\w-]+){0,4}?\s+(?P<v3>retains|adds|removes|includes|introduces)\b", re.I)
_LIST_COUNT = re.compile(
    rf"\b{_NUM}\s+(?:new\s+)?(?P<v>additions|entries)\b"
    rf"|\blists?\s+(?:of|with)\s+{_NUM}\s+(?:[\w-]+\s+){{0,3}}?(?P<v2>minerals|materials|metals|commodities|elements|entries)\b"
    r"|\b(?:other\s+|new\s+)?(?P<v4>additions)\s+(?:include|included|are|were)\b"
    r"|\b(?P<v3>designated|defined|recogni[sz]ed|deemed)\s+(?:[\w-]+\s+){0,6}?as\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:critical|strategic)\b", re.I)
_LIST_TOPIC = re.compile(r"\b(?:critical|strategic)\b", re.I)

# -- acts of a government body --------------------------------------------------------------
_INSTRUMENT = (r"mission|scheme|strategy|act|law|bill|amendment|programme|program|reserve|stockpile|fund|facility|"
               r"incentive|policy|regulations?|decree|memorandum|resolution|provision|initiative|roadmap|list")
_W_INSTRUMENT = _ws(_INSTRUMENT.replace("|", " ").replace("regulations?", "regulation regulations") + " project")
_BODY = (r"cabinet|government|parliament|assembly|senate|congress|rada|commission|council|ministry|department|centre|"
         r"center|lawmakers|legislators|deputies|regulator|administration|authorit(?:y|ies)")
_ACT_VERB = (r"approved|launched|passed|adopted|ratified|amended|enacted|established|set\s+up|created|released|"
             r"published|unveiled|introduced|submitted")
_GOV_ACT = re.compile(
    rf"\b(?:{_BODY})\b(?:\s+of\s+[A-Z][\w-]*){{0,3}}(?:\s+\([A-Z]{{2,8}}\))?"
    rf"(?:\s+(?:has|have|had|also|formally|officially|recently|now|already|finally|on\s+\w+|in\s+\w+)){{0,3}}\s+"
    rf"(?P<v>{_ACT_VERB})\s+(?:[\w'\u2019().-]+\s+){{0,9}}?(?:{_INSTRUMENT})\b"
    rf"|\((?:[A-Z]{{2,8}})\)\s+(?:has\s+|have\s+|had\s+)?(?P<v2>{_ACT_VERB})\s+(?:[\w'\u2019().-]+\s+){{0,9}}?(?:{_INSTRUMENT})\b",
    re.I)
#: an act verb on an instrument whose subject is a country the caller names (checked with its spans)
_ACT_ON = re.compile(
    rf"\b(?P<v>{_ACT_VERB}|removed|repealed|revoked)\s+(?:[\w'\u2019().-]+\s+){{0,9}}?(?:{_INSTRUMENT})\b", re.I)
_W_ACT_ON = _W_ACT | _ws("removed repealed revoked")
_SUBJECT_GAP = re.compile(r"(?:['\u2019]s\s+\w+\s*)?(?:\s*\b(?:has|have|had|also|formally|officially|recently|now|"
                          r"already|finally|government|parliament|cabinet|administration)\b)*\s*", re.I)
#: a government body ordering firms to act: "the government has mandated all mining companies to test ..."
_MANDATE = re.compile(
    rf"\b(?:{_BODY})\b(?:\s+of\s+[A-Z][\w-]*){{0,3}}(?:\s+(?:has|have|had|also|now|recently)){{0,2}}\s+"
    rf"(?P<v>mandated|ordered|directed|instructed|obliged|required)\s+(?:all\s+|the\s+|some\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:companies|firms|miners|exporters|producers|importers|operators|smelters|refiners)\s+to\b", re.I)
#: a requirement announced in reported speech: "announced that it will require export permits"
_ANNOUNCED_REQUIREMENT = re.compile(
    r"\b(?:announced|said|declared)\s+(?:that\s+)?it\s+(?:will|would)\s+(?P<v2>require|request|impose|introduce)\s+"
    r"(?:an?\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:permits?|licen[cs]es?|licensing|controls?|curbs?|quotas?)\b", re.I)
_GOV_PASSIVE = re.compile(
    rf"\b(?:national\s+)?(?:mission|scheme|strategy|act|law|bill|amendment|programme|program|reserve|stockpile|fund|"
    rf"initiative|national\s+project)\s+(?:was|were|has\s+been|had\s+been)\s+(?:officially\s+|formally\s+)?"
    rf"(?P<v>launched|approved|passed|adopted|enacted|established|introduced|ratified|set\s+up)\b"
    rf"|^\W*(?:originally\s+|first\s+)?(?P<v2>passed|approved|adopted)\s+by\s+the\s+(?:{_BODY})\b"
    # "The mission, initiated on January 29, 2025, will span ...": the instrument dated in apposition
    rf"|\b(?:mission|scheme|strategy|act|law|bill|programme|program|initiative|reserve|fund)\s*,\s*"
    rf"(?P<v3>initiated|launched|approved|adopted|passed|enacted|established)\s+(?:on|in)\s+(?=[A-Z0-9])"
    # "24 blocks of critical minerals have been successfully auctioned": licences awarded by a state
    rf"|\b(?:blocks|concessions|tenements|exploration\s+licen[cs]es)\b(?:\s+[\w-]+){{0,6}}?\s+(?:have|has|had|were|was)\s+"
    rf"(?:been\s+)?(?:successfully\s+)?(?P<v4>auctioned|awarded|allocated)\b", re.I)
_GOV_NOMINAL = re.compile(
    rf"\b(?:{_BODY})['\u2019]s\s+(?:recent\s+|latest\s+|formal\s+)?(?P<v>approval|adoption|launch)\s+(?:for|of)\s+"
    rf"(?:[\w'\u2019,.-]+\s+){{0,9}}?(?:{_INSTRUMENT})\b", re.I)
_VOTE = re.compile(
    rf"\b(?P<v>voted)\s+(?:on\s+\d{{1,2}}\s+\w+\s+|on\s+\w+\s+\d{{1,2}}\s+|unanimously\s+)?(?:to\s+(?:ratify|approve|pass|adopt)|for\s+it\b|in\s+favou?r)"
    rf"|\b{_NUM}\s+(?:deputies|lawmakers|legislators|senators|MPs|members)\s+(?P<v2>voted)\b", re.I)

#: a determination of a trade body or court: "the International Trade Commission said it had determined that ..."
_DETERMINED = re.compile(
    r"\b(?:Commission|ITC|USITC|WTO|tribunal|court|panel|Commerce(?:\s+Department)?|Department\s+of\s+Commerce)\b"
    r"[^.;:]{0,40}?\b(?P<v>determined|ruled)\s+that\b")
_W_DETERMINED = _ws("determined ruled")

# -- what a measure requires, licences granted ------------------------------------------------
_REQUIRE = re.compile(
    r"\b(?:exporters|companies|firms|importers|producers|traders|shippers)\b(?:\s+[\w-]+){0,4}?\s+"
    r"(?:will\s+be\s+|are\s+|were\s+|have\s+been\s+|had\s+been\s+|now\s+)?(?P<v>required|obliged|needed|need|must)\s+"
    r"(?:to\s+)?(?:apply\s+for|obtain|secure|seek|get|hold|have)?\s*(?:[\w-]+\s+){0,3}?"
    r"(?:permits?|licen[cs]es?|quotas|approvals?)\b"
    r"|\b(?:rule|rules|regulations?|measures?|controls|restrictions|law|regime|system)\s+(?:now\s+)?(?P<v2>requires?)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+(?:apply|obtain|secure|seek|get)\b"
    r"|\b(?:restrictions|controls|curbs|rules|ban|conditions|regulations|measures)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<v3>prohibit|prohibits)\s+(?:the\s+)?(?:export|import|exports|imports)\b", re.I)
_GRANTED = re.compile(
    r"\b(?:applications|requests|licen[cs]es|permits|export\s+licen[cs]es)(?:\s+(?:to|for|of)(?:\s+[\w-]+){1,5}?)?"
    r"\s+(?:have|had|has)\s+(?:already\s+)?been\s+(?P<v>approved|granted|issued)\b"
    # a step said not to have been taken (unverifiable: the table cannot show that something did not happen)
    r"|\b(?:applications|requests|licen[cs]es|permits)\s+(?P<v3>have|has|had)\s+(?:still\s+|yet\s+)?not\s+been\s+"
    r"(?:approved|granted|issued)\b"
    r"|\b(?P<v2>(?:had|have|has)\s+(?:already\s+)?(?:secured|received|obtained|won)|secured|obtained|were\s+granted)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:export\s+)?(?:licen[cs]es|permits)\b"
    # the authority's act: "Beijing has granted the first export licences", "approved 12 permits"
    r"|\b(?P<v4>(?:had|have|has)\s+(?:now\s+|already\s+|also\s+|recently\s+)?(?:granted|approved|issued)"
    # "has begun issuing some licences", "started granting licences": the grants under way
    r"|(?:began|begun|started|starts|begins)\s+(?:issuing|granting|approving)|granted|approved|issued)\s+"
    # (a number of licences, "granted 12 export licences", is a count the table does not hold: left to the fallback;
    # "a limited number of", "temporary six-month" licences are grants of an unstated number)
    r"(?:(?:some|the|its|their|first|new|more|additional|several|a\s+few|dozens\s+of|a\s+(?:limited\s+|small\s+)?"
    r"number\s+of|limited|temporary|six-month|one-year|individual|general)\s+){1,3}"
    r"(?:export\s+)?(?:licen[cs]es|permits)\b"
    # "Beijing granted licences initially to large firms": the act with no determiner, its subject before it
    r"|\b(?:China|Beijing|MOFCOM|ministry|authorities|government)\s+(?:has\s+|had\s+)?(?P<v5>granted|issued|approved)\s+"
    r"(?:export\s+)?(?:licen[cs]es|permits)\b", re.I)

_PERMIT = re.compile(
    r"\b(?:will\s+be|are|were|have\s+been|has\s+been|had\s+been)\s+(?P<v>permitted|allowed)\s+to\s+(?:[\w-]+\s+){0,3}?"
    r"(?:export|import|retain|continue|ship|resume)\w*\b"
    r"|\b(?P<v2>allow|allowed|permit|permitted)\s+(?:[\w'\u2019-]+\s+){1,6}?to\s+continue\s+(?:importing|exporting|operating|"
    r"shipping|processing)\b"
    r"|\b(?:exports|shipments|imports)\s+will\s+(?P<v3>resume|restart)\s+(?:on|from|in)\b", re.I)
_SCOPE = re.compile(
    r"\b(?:tariffs?|duties|levies|controls|restrictions|ban|sanctions)\s+(?:will\s+|would\s+)?(?P<v>exclude|excludes|exempt)\b"
    r"|\b(?P<v2>will)\s+not\s+be\s+subject\s+to\s+(?:these|the|those|any)\s+(?:[\w-]+\s+)?(?:tariffs|duties|levies)\b"
    r"|\b(?:has|have)\s+(?:so\s+far\s+)?(?P<v3>avoided|escaped)\s+(?:[\w.-]+\s+){0,2}?(?:sanctions|tariffs|duties)\b"
    r"|\b(?P<v4>targeted)\s+(?:[\w-]+\s+){1,3}?with\s+(?:\d+\s*%\s+|\d+\s+percent\s+)?(?:tariffs|duties|sanctions)\b"
    r"|\b(?P<v5>announcing|imposing)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:ban|embargo|moratorium)\s+on\s+(?:[\w-]+\s+){0,3}?"
    r"(?:exports?|imports?|shipments)\b", re.I)
_COMPANY_DEAL = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?(?P<v>entered|signed|formed)\s+(?:into\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:partnership|agreement|alliance|joint\s+venture|memorandum)\s+with\b", re.I)

# -- a measure of a named country presupposed as the cause of what the sentence reports -------------
#: "Recent Chinese export controls on several rare earths have intensified ...", "Beijing's curbs ... are
#: squeezing Korean firms", "to bypass China's export bans", "not covered by China's controls": the
#: measure is taken for granted (README, eleventh batch: a recorded event presupposed as the cause
#: decides the sentence under rule 4); the owner must be a country or capital (checked by the caller's spans)
_MEASURE_NOUN = r"(?:export\s+|trade\s+)?(?:controls|curbs|restrictions|bans?|embargo(?:es)?)"
_PRESUPPOSED = re.compile(
    rf"(?P<own>\b[A-Z][\w.-]*(?:['\u2019]s)?)\s+(?:(?:new|recent|latest|sweeping|expanded|tighter|earlier)\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?{_MEASURE_NOUN}\b"
    rf"(?:\s+(?:on|since|imposed|introduced|announced|from|in)(?:\s+[\w-]+){{1,6}}?)?(?:,\s+[^,]{{1,40}},)?\s+"
    rf"(?:(?:have|has|had)\s+)?(?:also\s+|already\s+|sharply\s+|significantly\s+|severely\s+)?"
    rf"(?P<v>intensified|pushed|prompted|spurred|squeezed|disrupted|forced|exposed|reduced|slashed|created|"
    rf"triggered|caused|hurt|choked|throttled|affected|sparked|fuell?ed|driven|crippled|upended|rattled|are\s+squeezing|"
    rf"are\s+hitting|are\s+disrupting|are\s+hurting)\b"
    rf"|\b(?P<v2>bypass|circumvent|evade|not\s+covered\s+by|exempt\s+from|hit\s+by)\s+"
    rf"(?P<own2>[A-Z][\w.-]*(?:['\u2019]s)?)\s+(?:(?:new|recent|latest)\s+)?{_MEASURE_NOUN}\b"
    # an absolute construction: "with Beijing imposing export controls to retaliate against tariffs"
    rf"|\bwith\s+(?P<own3>[A-Z][\w.-]*)\s+(?P<v3>imposing|introducing|tightening|expanding)\s+(?:(?:new|its|fresh)\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?{_MEASURE_NOUN}\b")
_W_PRESUPPOSED = _ws("controls curbs restrictions ban bans embargo embargoes")
_CAPITALS = frozenset(("beijing", "beijing's", "washington", "washington's", "moscow", "moscow's", "jakarta", "jakarta's",
                       "kinshasa", "kinshasa's", "tokyo", "tokyo's", "brussels", "canberra", "ottawa", "delhi"))

# -- a dated dispute between countries ("clashed over rare earths in 2010", "since a 2010 diplomatic row")
_DISPUTE = re.compile(
    r"\b(?P<v>clashed|feuded|sparred|quarrell?ed)\s+over\b"
    r"|\b(?P<v2>(?:diplomatic|territorial|sovereignty|maritime|border)\s+(?:row|dispute|spat|standoff|clash|feud))\b", re.I)
_W_DISPUTE = _ws("clashed feuded sparred quarrelled quarreled row dispute spat standoff clash feud")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")

# -- territory and mines taken --------------------------------------------------------------
_SEIZE = re.compile(
    r"\b(?P<v>seized|captured|capturing|took\s+control\s+of|taken\s+control\s+of|seized\s+control\s+of)\s+"
    r"(?:[\w,'\u2019-]+\s+){0,6}?(?:mines?|mining|hubs?|areas|territory|towns?|centres?|centers?|region|checkpoints)\b"
    r"|\b(?:troops|forces|rebels|army|militia)\s+(?:had\s+|have\s+|has\s+)?(?P<v2>pushed\s+out|drove\s+out|ousted|expelled)\b"
    r"|\b(?:is|are|remains?)\s+(?:still\s+|now\s+)?under\s+(?:the\s+)?(?:[\w-]+['\u2019]s?\s+)(?P<v3>control)\b", re.I)

# -- plants and mines stopped -----------------------------------------------------------------
_SITE = r"(?:mines?|mining|plants?|refiner(?:y|ies)|smelters?|operations|production|projects?|facilit(?:y|ies)|sites?|model)"
_STOP = re.compile(
    rf"\b(?P<v>mothball(?:ed|ing|s)?|shutter(?:ed|ing|s)?|scal(?:e|ed|ing)\s+back\s+production|curtail(?:ed|ing)\s+production"
    rf"|halt(?:ed|ing)?\s+production|placed\s+on\s+care\s+and\s+maintenance|(?:put|placed)\s+(?:[\w-]+\s+){{0,3}}?on\s+care"
    rf"\s+and\s+maintenance)\b(?:\s+[\w'\u2019-]+){{0,5}}?\s+{_SITE}\b"
    rf"|\b(?:mothballed|shuttered)\b"
    rf"|\b(?:deferred|suspended)\s+or\s+placed\s+on\s+care\s+and\s+maintenance\b"
    rf"|\b(?:mining|production|operations|extraction)\b(?:\s+[\w'\u2019-]+){{0,5}}?\s+(?:is|are|was|were|has\s+been|have\s+been)"
    rf"\s+(?:currently\s+|now\s+|largely\s+)?(?P<v2>on\s+hold|at\s+a\s+standstill|halted|suspended)\b"
    rf"|\b(?:have|has|had)\s+(?P<v3>come\s+to\s+a\s+standstill)\b"
    rf"|\b(?:operations|production|mining)\s+(?:[\w-]+\s+){{0,6}}?(?:have|has|had)\s+(?P<v4>stopped|ceased|halted)\b"
    rf"|\bproduction\s+(?P<v5>stopped|ceased|halted)\s+at\b"
    rf"|\b(?P<v6>closure)\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:mines?|mining\s+sites|plants?)\b"
    rf"|\b(?:became|has\s+become|becoming)\s+the\s+first\s+(?:[\w-]+\s+){{0,4}}?(?P<v7>producer|project|mine|company|miner)\b"
    rf"|\b(?P<v8>marks|marked)\s+the\s+first\s+(?:[\w-]+\s+){{0,3}}?(?:production|output|shipment|exports?)\s+of\b", re.I)

#: the kind of event each pattern reports, in the order tried
_RULES: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...] = (
    (_LIST_CHANGE, "critical_list", _W_LIST | _ws("added adds removed removes removing dropped returned restored retains "
                                                     "retained reinstated")),
    (_LIST_VERB, "critical_list", _ws("list lists")),
    (_LIST_PASSIVE, "critical_list", _ws("list lists")),
    (_LIST_COUNT, "critical_list", _W_LIST),
    (_GOV_ACT, "policy_act", _W_ACT),
    (_GOV_PASSIVE, "policy_act", _W_ACT),
    (_GOV_NOMINAL, "policy_act", _ws("approval adoption launch")),
    (_VOTE, "ratification", _ws("voted")),
    (_DETERMINED, "determination", _W_DETERMINED),
    (_MANDATE, "policy_act", _ws("mandated ordered directed instructed obliged required")),
    (_ANNOUNCED_REQUIREMENT, "control", _ws("require request impose introduce")),
    (_REQUIRE, "control", _W_REQUIRE),
    (_GRANTED, "licence", _ws("approved granted issued issuing granting approving secured received obtained won")),
    (_PERMIT, "control", _W_PERMIT),
    (_SCOPE, "tariff", _W_MEASURE_SCOPE),
    (_COMPANY_DEAL, "company_deal", _W_DEAL_VERB),
    (_SEIZE, "disruption", _W_SEIZE | _ws("control")),
    (_DISPUTE, "disruption", _W_DISPUTE),
    (_STOP, "operation", _W_STOP),
)

#: intent, plans, conditions and possibility before the verb in its clause: no event yet (rule 10)
_INTENT_WORDS = (
    _lx.without(_lx.MODALS, "may"), _lx.MAY_LOWER, _lx.DUTY_MODALS, _lx.PLAN_WORDS, "planning", _lx.AIM_WORDS, _lx.WISH_WORDS,
    _lx.CONDITIONALS, _lx.DELIBERATION_WORDS,
    r"intends?|intended|expected|likely|potential(?:ly)?|seeks?|seeking|wants?|hopes?|awaiting|poised|ready\s+to|"
    r"set\s+to|to\s+be|whether|if|unless|calls?\s+for|called\s+for|urged?|proposes?|proposing|threaten(?:s|ed)?|"
    r"considering|considered|before|once|when|not|never|no")
_INTENT = re.compile(_lx.bounded(*_INTENT_WORDS, _lx.FUTURE_MODALS), re.I)
#: the content of a measure is told in the future ("exporters will be required to apply"): no intent
_INTENT_OF_RULE = re.compile(_lx.bounded(*_INTENT_WORDS[:-1], r"intends?|intended|expected|likely|whether|if|unless|"
                                         r"not|never|no"), re.I)
#: a decision reported in speech: "said it would be mothballing", "announcing that it would"
_REPORTED = re.compile(r"\b(?:said|says|announced|announcing|confirmed|stated|told)\s+(?:that\s+)?(?:it|they|the\s+\w+)\s+"
                       r"(?:would|will)\s+(?:be\s+)?$", re.I)
_CLAUSE_CUT = re.compile(r"[,;:\u2014\u2013(]|\b(?:while|but|although|though|because)\b", re.I)
_QUESTION = re.compile(r"\?\s*[\"\u201d']?\s*$")
#: rule 10: company results, forecasts and budgets anywhere in the sentence
_NOT_FACT = re.compile(r"\b(?:forecasts?|predicts?|projected|projections?|revenue|earnings|profits?|dividend|"
                       r"share\s+price|shares\s+(?:rose|fell)|outlook|guidance)\b", re.I)


def _clause_start(sent: str, pos: int) -> int:
    cut = 0
    for m in _CLAUSE_CUT.finditer(sent, 0, pos):
        cut = m.end()
    return cut


#: a subject of no one in particular: "Several governments have published lists ...", "many countries added ..."
_GENERIC_SUBJECT = re.compile(r"\b(?:several|many|some|most|other|various|numerous|few|more)\s+(?:[\w-]+\s+)?"
                              r"(?:governments|countries|nations|states|companies|firms|miners|producers)\b", re.I)


def _intended(sent: str, pos: int, rule: bool = False) -> bool:
    """A modal, plan or condition in the clause before ``pos`` (not a decision reported in speech);
    ``rule``: what a measure requires, which the text may tell in the future."""
    head = sent[_clause_start(sent, pos):pos]
    if _GENERIC_SUBJECT.search(head):
        return True  # (no actor whose event a table could hold)
    if _REPORTED.search(head):
        return False
    return (_INTENT_OF_RULE if rule else _INTENT).search(head) is not None


@cache
def _word_gate() -> Callable[[re.Pattern[str], frozenset[str], str], bool]:
    """``extract.words_may_match``: False when no word of a sentence can start a match."""
    from critmin.claims.extract import words_may_match

    return words_may_match


def policy_act(sent: str, words: frozenset[str], actors: list[tuple[int, int]] | tuple[()] = ()) -> tuple[int, int, str] | None:
    """The span (within ``sent``) and event type of the first event of this module's classes
    the sentence reports, or None. ``actors``: the spans (within ``sent``) of the countries it
    names, which may be the subject of an act ("The Philippines has removed a provision from its bill")."""
    may = _word_gate()
    if _QUESTION.search(sent) or (may(_NOT_FACT, words, sent) and _NOT_FACT.search(sent)):
        return None
    if not words.isdisjoint(_W_PRESUPPOSED):
        for m in _PRESUPPOSED.finditer(sent):
            own = next(g for g in ("own", "own2", "own3") if m.group(g))
            oa, ob = m.span(own)
            if not (any(a < ob and oa < b for a, b in actors) or m.group(own).lower().replace("\u2019", "'") in _CAPITALS):
                continue  # ("Recent export controls ...": no owner named)
            at = m.start(next(g for g in ("v", "v2", "v3") if m.group(g)))
            if not _intended(sent, min(at, oa)):
                return m.start(), m.end(), "control"
    if actors and not words.isdisjoint(_W_ACT_ON):
        for m in _ACT_ON.finditer(sent):
            at = m.start("v")
            if any(b <= at and _SUBJECT_GAP.fullmatch(sent, b, at) for _, b in actors) and not _intended(sent, at):
                return m.start(), m.end(), "policy_act"
    for pat, kind, gate in _RULES:
        if words.isdisjoint(gate) or not may(pat, words, sent):  # (no word of the sentence can start a match)
            continue
        if pat is _DISPUTE and not _YEAR.search(sent):
            continue  # ("amid a trade dispute": no dated happening)
        if kind == "critical_list" and pat in (_LIST_VERB, _LIST_PASSIVE) and not _LIST_TOPIC.search(sent) \
                and not ({"additions", "entries"} & words):
            continue  # a list of anything ("a list of the top producers") is no policy list
        for m in pat.finditer(sent):
            v = next((g for g in m.groupdict() if m.group(g)), None)
            at = m.start(v) if v else m.start()
            if pat is _LIST_VERB and _DET_BEFORE.search(sent, 0, at):
                continue  # "The updated list follows ...": an adjective, no act
            if _intended(sent, at, rule=kind in ("control", "tariff")):  # (what a measure covers is told in the future)
                continue
            return m.start(), m.end(), kind
    return None


# -- verdict ------------------------------------------------------------------------------------
#: words of an instrument that name a row of the events table ("Strategic Reserve" -> a stockpile row)
_CONCEPTS = (("reserve", ("reserve", "stockpile")), ("stockpile", ("reserve", "stockpile")),
             ("ratify", ("ratif",)), ("ratified", ("ratif",)), ("voted", ("ratif",)), ("act", (" act ",)),
             ("fund", ("fund",)), ("mission", ("mission",)), ("scheme", ("scheme",)), ("strategy", ("strategy",)),
             ("list", ("list",)))
_WORDS = re.compile(r"[a-z]+")


def _row_evidence(e: dict[str, Any]) -> Evidence:
    return Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                    commodity=str(e.get("commodities") or ""), measure="event", country=str(e.get("actors") or ""),
                    year=None, value=None, unit="title", published=str(e.get("date") or "")[:10],
                    locator=f"title: {e.get('title') or ''}"[:200], current=True)


_YEARS = re.compile(r"(?<![\d,.$])\b((?:19[5-9]|20[0-4])\d)\b(?![\d,.]\d|\s*(?:%|per\s*cent|t\b|tonnes|tons))")
_DRAFT = re.compile(r"\b(?:draft|proposed|proposal)\b", re.I)
_FINAL = re.compile(r"\bfinal\b", re.I)


def _other_edition_of(sentence: str, years: set[str], title: str) -> bool:
    """The row is another edition of the instrument the sentence names: the row's title is dated by a
    year (the "2022 List of Critical Minerals", a "Strategy 2023-2030") and the sentence states years, none
    of them the title's ("a 2025 list of 54 critical minerals"); or the sentence names a draft or proposed
    instrument and the title does not (or a final one and the title a draft): a row about another
    instrument does not support the claim (labelling rule 9)."""
    t_years = set(_YEARS.findall(title))
    if t_years and years and t_years.isdisjoint(years):
        return True
    draft_t = _DRAFT.search(title) is not None
    if _DRAFT.search(sentence) is not None and _FINAL.search(sentence) is None:
        return not draft_t
    return _FINAL.search(sentence) is not None and draft_t


def policy_act_verdict(claim: Claim, events: list[dict[str, Any]] | None, on: str | None) -> Verdict:
    """A list or an act of a government body against the events table: a row of a party the
    sentence names, dated up to the article, whose title names the same instrument supports it;
    otherwise it is unverifiable, naming the row that would settle it."""
    ev = claim.event or {}
    kind = str(ev.get("type") or "")
    who = ", ".join(ev.get("actors") or []) or "the government the sentence names"
    what = {"critical_list": "critical-minerals list", "company_deal": "agreement between these companies"}.get(
        kind, "policy act (law, mission, scheme, strategy or vote)")
    needs = (f"a row of events.csv recording the {what} of {who} (date, type, title, what changed, source_id)")
    actors = set(ev.get("actors") or [])
    # the instrument the act is on (the words of the event's span), not any word of the sentence
    low = set(_WORDS.findall(claim.text.lower()))
    if events and actors:
        years = set(_YEARS.findall(claim.sentence))
        best: tuple[str, dict[str, Any]] | None = None
        for e in events:
            edate = str(e.get("date") or "")[:10]
            if on and edate > on[:10]:
                continue
            e_actors = {a for a in str(e.get("actors") or "").split(";") if a}
            if actors.isdisjoint(e_actors):
                continue
            title = f" {e.get('title') or ''} {e.get('type') or ''} ".lower()
            if any(w in low and any(t in title for t in ts) for w, ts in _CONCEPTS) \
                    and not _other_edition_of(claim.sentence, years, str(e.get("title") or "")) \
                    and (best is None or edate > best[0]):
                best = (edate, e)  # (among the rows of that instrument, the latest up to the article)
        if best is not None:
            edate, e = best
            return Verdict("supported", f"the events table records it: {e.get('title')} ({edate})",
                           evidence=[_row_evidence(e)])
    return Verdict("unverifiable", f"the events table records no {what} of {who} up to the article", needs=needs)
