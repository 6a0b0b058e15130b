"""Claims the sentence rules leave, found from broad word classes (issue #6, recall on fresh text).

A fallback: :func:`fallback_claims` runs only on a sentence from which no other rule drew a
claim (extract.py calls it when ``_sentence_claims`` found nothing), so it never doubles a
detection and never changes what the specific rules read. Each detector is a lexicon (a
frozenset tested on the sentence's words before any regex, :func:`triggers`) and one pattern
built from word classes rather than phrases:

* **a role with a place** -- a superlative, an ordinal or a size adjective before a market role
  ("the world's biggest supplier of cobalt", "the second-largest exporter", "the largest
  consumer of tungsten", "a major exporter of graphite", "the largest share of mined
  output"): a **rank** claim. A superlative or an ordinal names the place; "major", "key",
  "significant" name none (``rank_op="among"``, README rule 14). The role picks the measure
  (producer, miner, supplier: production; exporter: exports; importer, buyer, customer:
  imports; consumer: consumption; holder: reserves; refiner, processor: refining). The
  country is the one named before the role in its clause; a company or a city named there
  instead ("Lynas, the biggest producer ...") leaves the claim without a country, which no
  table can settle (``unverifiable``).
* **passive dominance** -- "supply was dominated by production in China": first place.
* **a lead verb** -- "Australia led lithium output in 2024", "China topped global graphite
  production", "Indonesia, the Philippines and Russia lead nickel mining": first place, or for
  n countries named together a place in the first n (``rank_op="<="``).
* **a place or a share by comparison with every other country** -- "Congo mines more cobalt
  than any other country", "no nation refines more graphite than China" (first place), "more
  than all other countries combined" (a share above half), "output eight times that of
  Indonesia" (a ratio between two countries, ``comparison={"other", "op": "ratio"}``).
* **a change written as a noun** -- "a sharp drop in shipments", "steep increases in the
  price", "a rebound in exports": a **change** of unstated size (``change=None``), which
  only names the series that would settle it.
* **dependence on a partner** -- "heavily reliant on China for ...", "largely dependent on
  Chinese supply", "mostly sourced from China": a **share** of supply in words, without a size
  (``comparison["unsized"] = "share"``).

* **fractions the share reader skips** -- "roughly a tenth of", "over three quarters", "one
  sixth": a **share** of world output (the fraction as a percentage, 2.5 points either way).
* **a figure in a unit the number reader skips** -- "3.9 moz", "650 koz", "7,351 tU",
  "5.2 million pounds of U3O8": a **quantity** in ounces, tonnes of uranium or pounds, reported
  like the generic unread figure of extract.py (``comparison["unread_figure"]``,
  ``unverifiable``, naming what was read).

* **places and comparisons in other words** -- a group noun or any importance adjective ("one
  of the undisputed leaders in reserves", "ranks among the top for nickel", "among the three
  biggest producers": ``rank_op="among"`` or ``"<="``), leaders listed after their role ("the
  main producers are A, B and C"), a place with no role noun in the article's market ("Congo
  is the undisputed leader", "by far the biggest.", "a distant third", "the runner-up",
  "Chile's reserves are the world's largest"), a verb of passing or "fewer ... than" ("has
  overtaken the Philippines", "ranks ahead of", "lags", "mines fewer rare earths than Myanmar":
  ``comparison={"other", "op": ">" | "<"}``), a market noun "dominated by" a country without
  a copula ("gallium, a market dominated by China"). "It" or "the country" before the verb is
  the subject of the sentence before (extract.py passes it).
* **moves without a size** in the forms the sentence rules leave -- "exports of both metals
  fell to almost zero", "with prices falling", "saw its price skyrocket", "the curbs have
  slashed exports", "exports have been slashed", "production has seen strong growth", "prices
  are at their lowest in nine years": ``change=None``; a commodity's production named right
  before the move is the world's, checked by its sign over a span of years.
* **figures in words** -- a mass ("two million tonnes", "half a million tons"), a flow or an
  output of zero ("zero exports of germanium to the US", "shipped no antimony"), a share as a
  fraction after its verb ("Congo's share is about three-quarters", "its share has climbed to
  more than half") and a vague share of a country's sector ("Congo's artisanal mining sector
  accounts for a significant share").

:func:`fill_role_measures` also gives a rank the other rules read without a measure ("the
second-biggest source of cobalt") the measure its role names.

Guards (rule 10 of benchmarks/claims_eval/README.md): a forecast, plan, condition or wish in
the clause before the trigger (will, could, expected, aims, if ...), company results and share
prices, and sentences about no commodity give no claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

from critmin.claims import lexicon as _lx
from critmin.claims.dependence import HEAVY_DEPENDENCE, heavy_dependence, named_supplier
from critmin.claims.model import Claim
from critmin.claims.qualitative import add_direction as _add_direction

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["ROLE_WORDS", "fallback_claims", "fill_role_measures", "triggers"]


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


class _LazyPattern:
    """A regular expression compiled on first use: the detectors added for recall run on few
    sentences, so their patterns need not cost start-up time (issue 6: first check < 2 s)."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))



# --------------------------------------------------------------------------- lexicons
#: market roles a rank can be of (singular and plural), with the measure and stage each names
_ROLE_MEASURE: dict[str, tuple[str, str | None]] = {
    "producer": ("production", None), "miner": ("production", "mining"), "supplier": ("production", None),
    "source": ("production", None), "exporter": ("exports", None), "importer": ("imports", None),
    "buyer": ("imports", None), "customer": ("imports", None), "consumer": ("apparent_consumption", None),
    "user": ("apparent_consumption", None), "holder": ("reserves", None), "refiner": ("production", "refining"),
    "processor": ("production", "refining"), "share": ("production", None),
    # a site's place ("the largest lithium mine in the world"): a rank of sites, which no table holds yet
    "mine": ("production", "mining"), "deposit": ("reserves", None),
}
#: roles of sites, not countries: the claim names no country (README rule 13: sites are not evidence yet)
_SITE_ROLES = frozenset({"mine", "deposit"})
ROLE_WORDS = frozenset(_ROLE_MEASURE) | frozenset(w + "s" for w in _ROLE_MEASURE)
#: words that give a role its place: superlatives, ordinals and size adjectives
_PLACE_WORDS = _words("only sole no number largest biggest greatest top leading main dominant primary principal chief foremost "
                         "major key significant important second third fourth fifth sixth seventh eighth ninth tenth "
                         "monopolistic monopoly")  # "a monopolistic supplier": first place
_ORDINALS = {word: i for i, word in enumerate(_lx.ORDINALS, start=1) if i > 1}
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NUMBERED = re.compile(r"(?:no\.?\s*|#|number[\s-]+)(\d|one|two|three|four|five)")
_VAGUE = frozenset({"major", "key", "significant", "important"})
#: change nouns and the market quantities they can be "in"
_CHANGE_NOUNS = _words("drop drops fall falls decline declines decrease decreases increase increases rise rises "
                          "surge surges jump jumps slump slumps plunge plunges spike spikes rally rallies slide slides "
                          "collapse rebound rebounds dip dips downturn upturn uptick upticks contraction reduction "
                          "reductions growth")
#: a move told with the quantity before its noun or by a comparative after a verb of cause (_NOUN_CHANGE)
_CHANGE_NOUNS_AFTER = _words("increases rises declines drops falls hikes gains cuts decreases jumps surges higher lower "
                             "rising falling soaring surging plunging tumbling")
_W_DEMAND = _words("demand")
_CHANGE_OBJECTS = _words("price prices export exports import imports shipment shipments output production "
                            "supply supplies deliveries volumes mining")
#: move verbs a market quantity can take as its subject: "prices to tumble", "output continues to rise"
_MOVE_VERBS = _words("tumble tumbled fall fell drop dropped plunge plunged slump slumped rise rose soar soared surge "
                        "surged climb climbed jump jumped crash crashed collapse collapsed sink sank slide slid spike "
                        "spiked skyrocket skyrocketed grow grew increase increased decline declined plummet rebound "
                        "recover spiral tank")
#: verbs of first place and what they can rank
_LEAD_VERBS = _words("led leads lead topped tops heads headed head")
_LEAD_OBJECTS = _words("output production mining supply exports reserves refining processing producers miners "
                          "exporters suppliers")
_LEAD_STAGE: dict[str, tuple[str, str | None]] = {
    "output": ("production", None), "production": ("production", None), "supply": ("production", None),
    "producers": ("production", None), "suppliers": ("production", None), "mining": ("production", "mining"),
    "miners": ("production", "mining"), "exports": ("exports", None), "exporters": ("exports", None),
    "reserves": ("reserves", None), "refining": ("production", "refining"), "processing": ("production", "refining"),
}
#: fraction words (the share reader of extract.py takes half, thirds, quarters and fifths after "of")
_FRACTION_WORDS = _words("tenth tenths sixth sixths eighth eighths ninth quarters thirds fifths")
_FRACTION = re.compile(
    r"\b(?P<hedge>(?:roughly|about|around|nearly|almost|over|more\s+than|some|approximately|close\s+to)\s+)?"
    r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?P<d>tenths?|sixths?|eighths?|ninths?|quarters|thirds|fifths)\b"
    r"(?!\s+of\s+an?\s+(?:hundred|thousand|million|billion|trillion)\b)", re.I)  # "three quarters of a million t"
_FRACTION_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9}
_FRACTION_D = {"tenth": 10, "sixth": 6, "eighth": 8, "ninth": 9, "quarter": 4, "third": 3, "fifth": 5}
_HEDGE = {"roughly": "about", "about": "about", "around": "about", "approximately": "about", "some": "about",
             "nearly": "nearly", "almost": "nearly", "close to": "nearly", "over": "more than", "more than": "more than"}
#: a share verb or "of" near a fraction: "supplied a tenth of", "handling over three quarters"
_SHARE_CONTEXT = re.compile(r"\b(?:of|account\w*|suppl\w*|produc\w*|mine[sd]?|mining|refin\w*|process\w*|hand\w*"
                               r"|control\w*|hold\w*|held|represent\w*|make\w*\s+up|made\s+up|turn\w*\s+out|churn\w*\s+out|provid\w*"
    r"|contribut\w*|deliver\w*|export\w*|ship\w*)\b", re.I)
#: comparisons with every other country, or with one by a multiple
_THAN_WORDS = frozenset({"than", "times"})
_THAN_ANY = re.compile(
    r"\bmore\s+(?:[\w-]+\s+){0,3}?than\s+any\s+other\s+(?:country|nation|producer|state|miner|supplier|exporter)\b"
    r"|\bno\s+(?:other\s+)?(?:country|nation)\s+(?:[\w-]+\s+){0,3}?more\s+(?:[\w-]+\s+){0,3}?than\s+(?P<after>)", re.I)
_ALL_OTHERS = re.compile(
    r"\bthan\s+(?:that\s+of\s+|those\s+of\s+)?all\s+(?:the\s+)?other\s+(?:countries|nations|producers)"
    r"(?:\s+(?:in\s+the\s+world|worldwide))?\s+(?:combined|put\s+together|together)\b", re.I)
_TIMES_OF = re.compile(
    r"\b(?P<n>twice|double|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)[\s-]+times?\s+"
    r"(?:(?:that|those)\s+of|(?:as\s+)?(?:much|big|large|high)\s+as|more\s+than)\s+(?:the\s+)?", re.I)
_TIMES_N = {"twice": 2.0, "double": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
               "eight": 8.0, "nine": 9.0, "ten": 10.0}
#: dependence words
_DEPEND_WORDS = _words("dependent reliant dependence reliance depends relies depend rely sourced imported")
_DOMINATED = frozenset({"dominated"})


#: unit words of figures the number reader skips ("3.9 moz", "7,351 tU", "5 million lb")
_UNIT_WORDS = _words("moz koz tu lb lbs pounds")

#: a market quantity that moved, in any of the forms the sentence rules leave: a past or perfect
#: move verb after it ("exports of both metals fell to almost zero", "prices fluctuated upward"),
#: a transitive cut or boost before it ("the curbs have slashed exports"), a move noun it "has seen"
#: ("production has seen strong growth"), "with prices falling", "saw its price skyrocket"
_QMOVE_PAST = _words(
    "fell fallen dropped plunged plummeted slumped tumbled collapsed crashed declined decreased sank sunk slid dipped "
    "eased weakened softened shrank shrunk contracted halved dwindled retreated rose risen soared surged jumped "
    "climbed skyrocketed rocketed spiked rallied rebounded recovered increased grew grown doubled tripled "
    "strengthened firmed fluctuated swung stagnated stabilised stabilized")
_QMOVE_ING = _words("falling dropping plunging plummeting slumping tumbling collapsing declining decreasing sinking "
                    "sliding dipping easing weakening softening shrinking rising soaring surging jumping climbing "
                    "skyrocketing spiking rallying rebounding recovering increasing growing")
_QMOVE_BARE = _words("fall drop plunge plummet slump tumble collapse decline decrease sink slide dip ease weaken "
                     "rise soar surge jump climb skyrocket spike rally rebound recover increase grow double triple")
_QMOVE_TRANSITIVE = _words("slashed cut curbed crimped squeezed choked throttled halted halved boosted lifted "
                           "reduced dampened hammered hit crushed")
_QMOVE_NOUN = _words("growth decline declines increase increases rise rises drop drops fall falls surge surges jump "
                     "jumps slump slumps plunge plunges rebound rebounds contraction downturn upturn recovery")
_QMOVE_QUANTITY = _words("price prices exports imports shipments output production")
_QMOVE_LEVELS = _words("lowest highest weakest strongest")
_QMOVE_WORDS = _QMOVE_PAST | _QMOVE_ING | _QMOVE_BARE | _QMOVE_TRANSITIVE | _QMOVE_NOUN | _QMOVE_LEVELS
_QMOVE_Q = r"(?P<q>prices?|exports?|imports?|shipments?|output|production)"
_QMOVE_GAP = r"(?:\s+(?:of|from|to|for)\s+(?:[\w-]+\s+){1,4}?|\s+)"
_QMOVE = _lazy(
    # a subject that moved: "exports of both metals fell", "prices have since fluctuated upward"
    r"\b" + _QMOVE_Q + _QMOVE_GAP + r"(?:(?:has|have|had)\s+(?:also\s+|since\s+|now\s+)?(?:been\s+)?)?"
    r"(?P<verb>" + "|".join(sorted(_QMOVE_PAST)) + r")\b"
    # "exports from China have been slashed": a cut in the passive
    r"|\b" + _QMOVE_Q.replace("?P<q>", "?P<q6>") + _QMOVE_GAP + r"(?:(?:has|have|had)\s+)?(?:been|were|was)\s+"
    r"(?:(?:sharply|drastically|heavily|severely|further)\s+)?(?P<passive>slashed|cut|curbed|halved|reduced|squeezed"
    r"|throttled|choked|crimped)\b"
    # "production has seen significant growth"
    r"|\b" + _QMOVE_Q.replace("?P<q>", "?P<q1>") + _QMOVE_GAP + r"(?:(?:has|have|had)\s+(?:also\s+)?)?"
    r"(?:seen|saw|witnessed|experienced|recorded|registered|undergone|underwent|posted)\s+(?:a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(sorted(_QMOVE_NOUN)) + r")\b"
    # "with Pr-Nd prices falling", "saw its price skyrocket"
    r"|\bwith\s+(?:[\w-]+\s+){0,3}?" + _QMOVE_Q.replace("?P<q>", "?P<q2>") + r"\s+(?:(?:still|also|now)\s+)?"
    r"(?P<ing>" + "|".join(sorted(_QMOVE_ING)) + r")\b"
    r"|\b(?:saw|seen|watched)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?" + _QMOVE_Q.replace("?P<q>", "?P<q3>")
    + r"\s+(?P<bare>" + "|".join(sorted(_QMOVE_BARE)) + r")\b"
    # "prices are at their lowest in nine years", "exports stood near their highest since 2019"
    r"|\b" + _QMOVE_Q.replace("?P<q>", "?P<q5>") + r"\s+(?:are|were|is|was|stood|stand|stands|remain|remains|remained"
    r"|sit|sits|sat|hover\w*|trade[sd]?|trading)\s+(?:(?:now|still)\s+)?(?:at|near|close\s+to)\s+(?:their|its|the)\s+"
    r"(?P<level>lowest|highest|weakest|strongest)\s+(?:levels?\s+|point\s+)?(?:in|since|for)\b"
    # "the restrictions have slashed exports of the metals"
    r"|\b(?P<trans>" + "|".join(sorted(_QMOVE_TRANSITIVE)) + r")\s+(?:(?:the|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _QMOVE_Q.replace("?P<q>", "?P<q4>") + r"\b", re.I)
#: a month, a week or a quarter: a move of part of a year (the table is annual)
_QMOVE_SUB_ANNUAL = _lazy(r"\b(?:months?|weeks?|quarters?|week|January|February|March|April|May|June|July"
                               r"|August|September|October|November|December|H[12]|Q[1-4])\b")
_QMOVE_GENERIC = _lazy(r"\b(?:when|whenever|if|typically|usually|generally|often|tends?\s+to)\b", re.I)
#: a company's own figures or a share price as the moving quantity (rule 10)
_QMOVE_FIRM = _lazy(r"\b(?:shares?|stocks?|revenues?|profits?|earnings|margins?|company['\u2019]s|firm['\u2019]s"
                         r"|its\s+own)\s+$", re.I)

#: a mass written in words, which the number reader (digits only) skips: "two million tonnes",
#: "half a million tons", "some three thousand metric tons", "a billion pounds"
_WORD_NUM = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0,
             "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "eleven": 11.0, "twelve": 12.0, "fifteen": 15.0,
             "twenty": 20.0, "thirty": 30.0, "forty": 40.0, "fifty": 50.0, "sixty": 60.0, "seventy": 70.0,
             "eighty": 80.0, "ninety": 90.0, "half a": 0.5, "half an": 0.5, "a half": 0.5,
             "one and a half": 1.5, "one-and-a-half": 1.5, "two and a half": 2.5, "a quarter of a": 0.25,
             "three quarters of a": 0.75, "a few hundred": 0.0, "one quarter of a": 0.25, "a third of a": 1 / 3,
             "one third of a": 1 / 3, "two thirds of a": 2 / 3, "a fifth of a": 0.2, "one fifth of a": 0.2,
             "a tenth of a": 0.1, "one tenth of a": 0.1}
_WORD_SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_WORD_SCALE_WORDS = frozenset(_WORD_SCALE)
_WORD_MASS_WORDS = _words("tonnes tons tonne ton t kilograms kilogrammes kg ounces oz pounds lb lbs")
#: the words that may open a mass in words: a scale, or (twenty-second session) a count of two or more
_WORD_SCALE_COUNT = _WORD_SCALE_WORDS | _words("two three four five six seven eight nine ten eleven twelve fifteen "
                                               "twenty thirty forty fifty sixty seventy eighty ninety")
_WORD_FIGURE = _lazy(
    r"\b(?P<n>one[\s-]and[\s-]a[\s-]half|two\s+and\s+a\s+half|half\s+an?|a\s+half|a\s+quarter\s+of\s+an?"
    r"|three\s+quarters\s+of\s+an?|(?:a|one)[\s-](?:quarter|third|fifth|tenth)\s+of\s+a|two[\s-]thirds\s+of\s+a"
    r"|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+(?P<scale>hundred|thousand|million|billion))?\s+"
    r"(?:(?:metric|short|troy)\s+)?(?P<unit>tonnes?|tons?|t|kilogra(?:m|mme)s|kg|ounces|oz|pounds|lbs?)\b", re.I)
_WORD_UNIT = {"tonne": (1.0, "t"), "tonnes": (1.0, "t"), "ton": (1.0, "t"), "tons": (1.0, "t"), "t": (1.0, "t"),
              "kilograms": (1.0, "kg"), "kilogrammes": (1.0, "kg"), "kg": (1.0, "kg"), "ounces": (1.0, "oz"),
              "oz": (1.0, "oz"), "pounds": (1.0, "lb"), "lb": (1.0, "lb"), "lbs": (1.0, "lb")}
_WORD_HEDGE = _lazy(r"\b(?P<h>about|around|roughly|approximately|some|nearly|almost|close\s+to|over|more\s+than"
                         r"|at\s+least|less\s+than|under|up\s+to)\s+$", re.I)
_WORD_HEDGE_OF = {"about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
                  "nearly": "nearly", "almost": "nearly", "close to": "nearly", "over": "more than",
                  "more than": "more than", "at least": "at least", "less than": "less than", "under": "less than",
                  "up to": "up to"}

#: a flow or an output of zero in words: "zero exports of gallium to the US", "shipments were
#: zero", "exported no germanium to the United States in 2024"
_ZERO_WORDS = frozenset({"zero"})
_ZERO_VERB_WORDS = _words("exported imported shipped")
_ZERO = _lazy(
    r"\b(?:(?P<h>almost|virtually|nearly|effectively|practically|near)[\s-]+)?zero\b(?![\s-]+(?:tariffs?|duty|duties"
    r"|emissions?|carbon|waste|tolerance|percent|per\s+cent|%|-?based|sum|covid|hour|day))"
    r"|\b(?P<verb>exported|imported|shipped)\s+(?:virtually\s+|almost\s+|practically\s+)?no\b(?=\s+\w)", re.I)
_ZERO_FLOW = _lazy(r"\b(?P<w>exports?|exported|exporting|imports?|imported|importing|shipments?|shipped"
                        r"|output|production|produced|mined)\b", re.I)
_ZERO_PARTNER = _lazy(r"\b(?P<dir>to|into|from)\s+(?:the\s+)?$", re.I)

#: a comparison told by a verb of passing or by "less/fewer ... than": "Indonesia has overtaken
#: the Philippines in nickel output", "the US mines fewer rare earths than Myanmar"
_PASS_WORDS = _words("overtook overtaken overtaking overtakes surpassed surpassing outproduced outproduces "
                     "outstripped outpaced eclipsed leapfrogged ahead behind lags lagged lagging outranks outranked")
_LESS_WORDS = _words("less fewer")
_PASS = _lazy(
    r"\b(?P<v>overt[oa]ok|overtaken|overtaking|overtakes|surpassed|surpassing|outproduced|outproduces|outstripped"
    r"|outpaced|eclipsed|leapfrogged)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:producers?|output|production|miners?"
    r"|exporters?|suppliers?)\s+of\s+)?"
    # "ranks ahead of Argentina", "is well behind Chile", "lags Chile": a place before or after another's
    r"|\b(?:ranks?|ranked|is|are|was|were|sits?|sat|stands?|stood|comes?|came|lies|lay|remains?|remained|falls?"
    r"|fell|trails?|trailed)\s+(?:(?:well|far|just|slightly|now|still|already|firmly)\s+)?(?P<ahead>ahead\s+of)\b"
    r"|\b(?:ranks?|ranked|is|are|was|were|sits?|sat|stands?|stood|comes?|came|lies|lay|remains?|remained|falls?"
    r"|fell|trails?|trailed)\s+(?:(?:well|far|just|slightly|now|still|already|firmly)\s+)?(?P<behind>behind)\b"
    r"|\b(?P<lags>lags|lagged|lagging|outranks|outranked)\b(?!\s+behind)"
    r"|\b(?P<lt>less|fewer)\s+(?!than\b)(?:[\w-]+\s+){0,4}?than(?:\s+(?:the\s+)?(?:output|production)\s+(?:of|in))?",
    re.I)
#: "the runner-up": second place
_RUNNER_UP = _lazy(r"\b(?:is|was|are|were|remains?|remained|became|has\s+become|as|stood|ranks?|ranked)\s+"
                        r"(?:the\s+)?(?:(?:world|globe)['\u2019]s\s+|global\s+)?(?:[\w-]+\s+)?runner[\s-]up\b", re.I)

#: the leaders of a market listed after their role: "the main rare earth producers are China, the
#: United States and Myanmar", "other major nickel miners include the Philippines and Russia"
_LIST_VERB_WORDS = _words("are were include includes included comprise remain")
_LIST_ROLE_WORDS = _words("producers miners exporters suppliers holders refiners processors importers buyers consumers")
_LEADERS_LISTED = _lazy(
    r"\b(?P<adj>main|major|largest|biggest|leading|top|key|principal|chief|dominant|greatest|primary)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>producers|miners|exporters|suppliers|holders|refiners|processors|importers|buyers"
    r"|consumers)\b(?:\s+(?:of|in|from|for)\s+(?:[\w-]+\s+){0,3}?)?\s*(?:are|were|include|includes|included|comprise"
    r"|remain)\s+", re.I)

W_SHARE_NOUNS = _words("share portion part proportion chunk slice")
#: a vague share whose subject is a country's sector: "Congo's informal miners provide a
#: sizeable part of cobalt output", "Indonesia's smelters supply a large portion of nickel"
_SECTOR_WORDS = _words("sector sectors industry industries miners mines producers operations smelters refiners "
                       "refineries output production")
_VAGUE_SIZE_WORDS = _words("large significant sizeable sizable substantial big major considerable hefty huge massive")
_SECTOR_SHARE = _lazy(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,4}?(?:sector|sectors|industry|industries|miners|mines|producers|operations|smelters"
    r"|refiners|refineries|output|production)\s+(?:(?:alone|also|still|now)\s+)?"
    r"(?:accounts?\s+for|accounted\s+for|suppl(?:y|ies|ied)|provides?|provided|produces?|produced|makes?\s+up|made\s+up"
    r"|represents?|represented|contributes?|contributed)\s+"
    r"(?P<share>(?:a|an)\s+(?:large|significant|sizeable|sizable|substantial|big|major|considerable|hefty|huge|massive)"
    r"\s+(?:share|portion|part|proportion|chunk|slice))\s+of\s+(?!its\b|their\b)", re.I)

#: a place told without a role noun, the market being the article's topic: "Congo is the undisputed
#: leader", "Congo remains by far the biggest.", "Russia is a distant third"
_ELLIPTIC_WORDS = _words("leader biggest largest second third fourth fifth")
_ELLIPTIC_PLACE = _lazy(
    r"\b(?:is|was|are|were|remains?|remained|became|has\s+become|have\s+become|stays?|stayed|ranks?|ranked|came|comes"
    r"|sits?|sat)\s+(?:(?:still|now|also|clearly|easily)\s+)?(?:"
    r"(?:by\s+far\s+)?the\s+(?:(?:world|globe|planet)['\u2019]s\s+|global\s+)?(?:(?:undisputed|clear|dominant|global"
    r"|world|unrivalled|unrivaled|top|biggest|largest)\s+)?(?P<leader>leader)\b(?!\s+of\s+(?:the\s+)?(?:opposition|party"
    r"|government|group|company|firm))"
    r"|by\s+far\s+the\s+(?P<sup>biggest|largest)(?=\s*(?:[.,;]|$))"
    r"|the\s+(?:(?:world|globe|planet)['\u2019]s\s+)?(?P<sup2>biggest|largest)(?=\s*(?:[.;]|,\s+(?:followed|ahead|with)|$))"
    r"|an?\s+(?:distant|close|clear|solid|strong|comfortable)\s+(?P<ord>second|third|fourth|fifth))", re.I)

#: a country's share told as a fraction after a verb, with no "of" after it: "Congo's share is
#: about three-quarters", "China's share of mined output stood at roughly two thirds."
_SHARE_FRACTION_WORDS = _words("half third thirds quarter quarters fifth fifths tenth")
_SHARE_FRACTION_VALUE = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3,
                         "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "a fifth": 20.0,
                         "one fifth": 20.0, "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0,
                         "a tenth": 10.0, "one tenth": 10.0}
_SHARE_FRACTION = _lazy(
    r"(?:['\u2019]s|\b(?P<pro>its|their))\s+(?:[\w-]+\s+){0,3}?share(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+)?\s+"
    r"(?:is|was|stands\s+at|stood\s+at|reached|amounts\s+to|amounted\s+to|is\s+now|was\s+then|has\s+reached"
    r"|came\s+to|(?:(?:has|have|had)\s+)?(?:climbed|risen|rose|grown|grew|increased|jumped|fallen|fell|dropped|declined"
    r"|slipped|shrunk|shrank|eased)\s+to)\s+"
    r"(?P<hedge>(?:about|around|roughly|approximately|some|nearly|almost|close\s+to|over|more\s+than)\s+)?"
    r"(?P<f>half|(?:a|one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenth))\b(?!\s+of\b)", re.I)

#: a place among the leaders told by a group noun ("one of the undisputed leaders in reserves",
#: "ranks among the top for nickel", "among the heavyweights of cobalt mining") or by a role noun
#: with any size or importance adjective ("one of the most important suppliers")
_GROUP_LEADER_NOUNS = _words("leaders top frontrunners front-runners heavyweights giants powerhouses titans "
                             "leading")
_GROUP_ROLE_NOUNS = _words("producers miners suppliers exporters holders refiners processors countries nations")
_GROUP_SIZE_ADJ = _words("largest biggest greatest leading top major main key principal foremost dominant important "
                         "significant prominent chief prime premier notable")
_AMONG_GROUP_WORDS = _words("one among amongst")
_PLACES_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_AMONG_GROUP = _lazy(
    r"\b(?:one\s+of|among|amongst)\s+(?:the\s+)?(?:(?:world|globe|planet)['\u2019]s\s+|global\s+|worldwide\s+)?"
    r"(?P<adjs>(?:[\w-]+\s+){0,3}?)(?P<noun>leaders|top|front-?runners|heavyweights|giants|powerhouses|titans"
    r"|producers|miners|suppliers|exporters|holders|refiners|processors|countries|nations)"
    r"(?:\s+(?:in|for|of|when\s+it\s+comes\s+to)\b|\s*[,.;]|$)", re.I)
#: what lies between the country and the group: a copula or a ranking verb, or an apposition
_GROUP_SUBJECT_GAP = _lazy(
    r"[\s\"'\u201c\u201d]*(?:,\s*)?(?:(?:is|are|was|were|remains?|remained|ranks?|ranked|stands?|stood|became"
    r"|has\s+become|counts?|counted|features?|sits?)\s+)?[\s\"'\u201c\u201d]*"
    r"(?:(?:also|still|now|currently|firmly|already|long|consistently|undoubtedly|clearly)\s+)?(?:as\s+)?", re.I)
_GROUP_STAGE = _lazy(r"\b(?P<st>reserves|refin\w*|process\w*|export\w*|min(?:e|es|ed|ing)|miners"
                          r"|producers?|production|output)\b", re.I)


def triggers(words: frozenset[str]) -> bool:
    """Whether any detector of this module can fire on a sentence with these words."""
    return not words.isdisjoint(_UNIT_WORDS) or not words.isdisjoint(_THAN_WORDS) \
        or not words.isdisjoint(_FRACTION_WORDS) \
        or (not words.isdisjoint(_LEAD_VERBS) and not words.isdisjoint(_LEAD_OBJECTS)) or (not words.isdisjoint(ROLE_WORDS) and not words.isdisjoint(_PLACE_WORDS)) \
        or (not words.isdisjoint(_CHANGE_OBJECTS | _W_DEMAND) and ((not words.isdisjoint(_CHANGE_NOUNS) and "in" in words)
                                                                       or not words.isdisjoint(_MOVE_VERBS)
                                                                       or not words.isdisjoint(_CHANGE_NOUNS_AFTER))) \
        or not words.isdisjoint(_DEPEND_WORDS) or not words.isdisjoint(_DOMINATED) \
        or (not words.isdisjoint(_AMONG_GROUP_WORDS) and not words.isdisjoint(_GROUP_LEADER_NOUNS | _GROUP_ROLE_NOUNS)) \
        or (not words.isdisjoint(_QMOVE_QUANTITY) and not words.isdisjoint(_QMOVE_WORDS)) \
        or (not words.isdisjoint(_WORD_SCALE_COUNT) and not words.isdisjoint(_WORD_MASS_WORDS)) \
        or not words.isdisjoint(_ZERO_WORDS) or ("no" in words and not words.isdisjoint(_ZERO_VERB_WORDS)) \
        or not words.isdisjoint(_PASS_WORDS) or (not words.isdisjoint(_LESS_WORDS) and "than" in words) \
        or "runner" in words or not words.isdisjoint(_ELLIPTIC_WORDS) \
        or ("share" in words and not words.isdisjoint(_SHARE_FRACTION_WORDS)) \
        or (not words.isdisjoint(_SECTOR_WORDS) and not words.isdisjoint(_VAGUE_SIZE_WORDS)
            and not words.isdisjoint(W_SHARE_NOUNS)) \
        or (not words.isdisjoint(_LIST_VERB_WORDS) and not words.isdisjoint(_LIST_ROLE_WORDS)
            and not words.isdisjoint(_GROUP_SIZE_ADJ))


# --------------------------------------------------------------------------- patterns
_ROLE_RANK = re.compile(
    r"(?:\b|(?<=\s)(?=#))(?P<place>(?:No\.?\s*|#|number[\s-]+)(?:[1-9]|one|two|three|four|five)(?![\d.,])"
    r"|\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[\s-]+"
    r"(?:largest|biggest|greatest|top|leading|most\s+important))"
    r"|largest|biggest|greatest|top|leading|main|dominant|primary|principal|chief|foremost|only|sole"
    r"|major|key|significant|important|monopolistic|monopoly)\s+"
    r"(?P<mid>(?!to\s)(?:[\w-]+\s+){0,3}?)(?P<role>producer|miner|supplier|source|exporter|importer|buyer"
    r"|customer|consumer|user|holder|refiner|processor|share|mine|deposit)\b(?!-)", re.I)
#: the place word follows an article or a possessive: "the largest", "a major", "the world's second-largest"
_PLACE_LEAD = re.compile(r"(?:\b(?:the|a|an)|['\u2019]s)\s+(?:[\w-]+\s+)?$", re.I)
_LEAD = re.compile(
    r"\b(?P<verb>led|leads|lead|topped|tops|heads|headed|head)\s+(?:the\s+)?"
    r"(?:(?:world|globe|planet)(?:['\u2019]s)?\s+(?:in\s+)?|global\s+|worldwide\s+|(?:list|ranking|table)\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<obj>output|production|mining|supply|exports|reserves|refining|processing|producers"
    r"|miners|exporters|suppliers)\b", re.I)
_DOMINATED_BY = re.compile(
    r"\b(?:is|was|are|were|remains?|remained|been|being)\s+(?:[\w-]+\s+)?dominated\s+by\s+"
    r"(?:(?:production|output|mining|supply|refining|exports?)\s+(?:in|from|by)\s+)?(?:the\s+)?", re.I)
_NOUN_CHANGE = re.compile(
    # a verb that reports the move before it: "caused a sharp drop in", "saw steep increases in", "amid a rebound in"
    r"\b(?:caused|causing|triggered|triggering|sparked|sparking|prompted|prompting|led\s+to|leading\s+to"
    r"|resulted\s+in|resulting\s+in|drove|driving|fuell?ed|fuell?ing|saw|seen|sees|recorded|recording|posted"
    r"|registered|reported|experienced|suffered|showed|shows|marked|amid|after|following)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>drops?|falls?|declines?|decreases?|increases?|rises?|surges?|jumps?|slumps?|plunges?|spikes?"
    r"|rall(?:y|ies)|slides?|collapse|rebounds?|dips?|downturn|upturn|upticks?|contraction|reductions?|growth)"
    r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<obj>prices?|exports?|imports?|shipments?|output|production"
    r"|suppl(?:y|ies)|deliveries|volumes|mining|demand)\b"
    # the quantity before the noun: "shows broad-based price increases", "saw export declines"
    r"|\b(?:saw|seen|sees|recorded|recording|posted|registered|reported|experienced|suffered|showed|shows|show|marked)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?P<obj3>price|export|import|output|production|shipment)\s+"
    r"(?P<noun2>increases|rises|declines|drops|falls|hikes|gains|cuts|decreases|jumps|surges)\b"
    # a move told by a comparative after a verb of cause: "contributing to higher global prices"
    r"|\b(?:contribut(?:ed|ing|es)\s+to|led\s+to|leading\s+to|resulted\s+in|resulting\s+in|causing|caused|fuell?ing"
    r"|fuell?ed)\s+(?:[\w-]+\s+){0,1}?(?P<adj>higher|lower|rising|falling|soaring|surging|plunging|tumbling|record)\s+"
    r"(?:[\w-]+\s+){0,1}?(?P<obj4>prices?|exports?|imports?|shipments?|output|production)\b", re.I)
_VERB_CHANGE = re.compile(
    # a market quantity moving, reported after a cause or as a continuing trend:
    # "causing prices to tumble", "sent exports to plunge", "output continues to rise"
    r"\b(?:(?:caused|causing|sent|sending|pushed|pushing|drove|driving|forced|forcing|led|leading|prompted|prompting)"
    r"\s+(?:[\w-]+\s+){0,4}?(?P<obj>prices?|exports?|imports?|shipments?|output|production|supply)"
    r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+to"
    r"|(?P<obj2>prices?|exports?|imports?|shipments?|output|production|supply)\s+(?:(?:has|have|had)\s+)?"
    r"(?:continued|continues|continue|kept|keeps|began|begins|started|starts)\s+to)\s+"
    r"(?P<verb>tumble|fall|drop|plunge|plummet|slump|rise|soar|surge|climb|jump|crash|collapse|sink|slide|spike|skyrocket"
    r"|grow|increase|decline|rebound|recover|spiral|tank)\b", re.I)
_DEPEND = re.compile(
    r"\b(?:dependent|reliant|dependence|reliance|depends|relies|depend|rely|depending|relying)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:up)?on\s+(?:the\s+)?"
    r"|\b(?:largely|mostly|mainly|chiefly|primarily|predominantly|overwhelmingly|heavily|almost\s+entirely"
    r"|entirely)\s+(?:sourced|imported|supplied|bought|purchased)\s+from\s+(?:the\s+)?", re.I)
_UNIT_FIGURE = re.compile(
    r"(?<![\w.,$/])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?:(?P<scale>" + _lx.joined(_lx.SCALE_WORDS) + r")\s+)?(?P<unit>(?-i:[Mm]oz|koz|tU)|lbs?|pounds)\b", re.I)
#: (scale, unit the claim keeps) of each unit word
_UNIT_OF = {"moz": (1e6, "oz"), "koz": (1e3, "oz"), "tu": (1.0, "t"), "lb": (1.0, "lb"), "lbs": (1.0, "lb"),
               "pounds": (1.0, "lb")}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
#: a price or a rate, not a quantity: "$6 a pound", "per pound"
_PER_BEFORE = re.compile(r"(?:\$|US\$|USD|\bper|\ba|/)\s*$", re.I)
_GRADE = re.compile(r"\b(?:yield\w*|grades?|graded|grading|contain\w*|per\s+(?:tonne|ton)|a\s+(?:tonne|ton)\s+of\s+ore)\b",
                       re.I)
#: a forecast, plan, condition or wish before the trigger (rule 10)
_NOT_FACT = re.compile(_lx.bounded(
    _lx.FUTURE_MODALS, _lx.without(_lx.MODALS, "may"), _lx.MAY_LOWER, "should|can", _lx.CONDITIONALS, "once",
    _lx.FORECAST_WORDS, _lx.PREDICTION_WORDS, "likely", _lx.POISED_TO, _lx.PLAN_WORDS, _lx.AIM_WORDS, "targets?|intends?",
    # ("night vision" goggles are a use of germanium or antimony, no aim: twenty-second session)
    _lx.WISH_WORDS, r"ambitions?|bid\s+to|strive\w*|goal|(?<!night\s)(?<!night-)vision|potential(?:ly)?|to\s+become|becoming"), re.I)
#: dependence someone wants to lessen is no report of it: "reduce its reliance on China"
_LESSEN = re.compile(r"\b(?:reduc\w*|decreas\w*|lessen\w*|lower(?:s|ing)?|curb\w*|diversif\w*|wean\w*|break\w*"
                        r"|cut\s+(?:its|their)|end\s+(?:its|their)|less|free\w*|away\s+from)\b", re.I)
#: company results and markets for shares (rule 10)
_FINANCE = re.compile(
    r"\b(?:shares\s+(?:of|in)|shares?\s+prices?|stocks?|" + _lx.joined(_lx.FINANCE_WORDS) + r"|sales|dividends?"
    r"|valuation|market\s+cap\w*|investors?|shareholders?|stake|equity)\b", re.I)
#: where a clause ends before or after a trigger
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|though|and)\b|\s\u2013\s|\s\u2014\s|\s-\s")
_ANAPHOR = re.compile(r"\b(?:the\s+(?:country|nation)|it)\s+(?:is|was|remains|remained|has\s+been|became|has\s+become)\s", re.I)
#: a place inside one country ("the country's biggest source", "its main supplier"): no world rank
_INNER_OWNER = re.compile(r"(?:\b(?:country|nation|state|region|province|company|firm)['\u2019]s|\bits|\btheir|\bour)\s+$",
                             re.I)
_EXCLUDING = re.compile(r"\b(?:outside|excluding|except|besides|apart\s+from|other\s+than|after|behind|"
                           r"non-\w+)\b", re.I)
#: a company named after a country's possessive, in apposition to the role: "Australia's Lynas Rare Earths Ltd, the"
_FIRM_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,4}"
                            r"(?:\s*,|\s+(?:is|was|remains|remained|has\s+been|became))\s+(?:the\s+|a\s+|an\s+)?"
                            r"(?:(?:world|globe|planet)['\u2019]s\s+)?$")
#: a place inside a region: "the EU's largest consumer", "Africa's biggest producer" (no world rank to check)
_REGION_BEFORE = re.compile(r"(?-i:[A-Z][\w.]*)['\u2019]s\s+(?:[\w-]+\s+)?$")
_WORLD_BEFORE = re.compile(r"\b(?:world|globe|planet)['\u2019]s\s+(?:[\w-]+\s+)?$", re.I)
_AMONG_BEFORE = re.compile(r"\b(?:one\s+of|among|amongst)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_WORLD = re.compile(r"\b(?:world|global|globe|planet|worldwide|international)", re.I)
#: dependence on suppliers abroad in general: "on foreign nations, particularly China", "on overseas suppliers"
_FOREIGN = re.compile(r"(?:foreign|overseas|other)\s+(?:nations|countries|suppliers|sources|producers)\b", re.I)
_PARTNER_ADJ = re.compile(r"(?:Chinese|Russian|Congolese|Indonesian|Australian|Chilean|South\s+African)\s+", re.I)


def _unreported(text: str, a: int, b: int, at: int) -> bool:
    """A forecast, plan or wish in the clause ``[a, b)`` before ``at``, or company results
    anywhere in it (rule 10): what the rules of this module do not report as a claim."""
    return _NOT_FACT.search(text, a, at) is not None or _FINANCE.search(text, a, b) is not None


def _clause(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The clause around ``pos`` within [lo, hi)."""
    a = lo
    for m in _CLAUSE_END.finditer(text, lo, pos):
        a = m.end()
    m2 = _CLAUSE_END.search(text, pos, hi)
    return a, (m2.start() if m2 else hi)


def _past_year(s: Any, article_year: int | None) -> int | None:
    years = [int(y.value) for y in s.years]
    past = [y for y in years if article_year is None or y <= article_year]
    return past[0] if past else None


def _commodity(s: Any, pos: int, article: Sequence[Any], world: bool) -> str | None:
    """The commodity nearest ``pos`` in the sentence; the article's running topic only when the
    sentence speaks of the world market ("the world's biggest producer")."""
    if s.commodities:
        return min(s.commodities, key=lambda c: abs(c.start - pos)).value
    if world and article:
        before = [c for c in article if c.start < pos]
        return (before[-1] if before else article[0]).value
    return None


def fallback_claims(text: str, s: Any, article: Sequence[Any], article_date: str | None,
                    article_countries: Sequence[Any] = ()) -> list[Claim]:
    """Claims of the word classes above in a sentence no other rule drew a claim from
    (``article_countries``: the countries "it" and "the country" may refer to, in text order)."""
    sent = text[s.start:s.end]
    article_year = int(article_date[:4]) if article_date else None
    words = s.words
    named = [c for c in s.countries if c.end > c.start and c.value != "WLD"]
    out: list[Claim] = []

    def claim(kind: str, a: int, b: int, **kw: Any) -> Claim:
        return Claim(sentence=sent, span=(a, b), kind=kind, text=text[a:b], sentence_span=(s.start, s.end), **kw)

    if not words.isdisjoint(ROLE_WORDS) and not words.isdisjoint(_PLACE_WORDS):
        out.extend(_role_ranks(text, s, named, article, article_year, claim))
    if not out and not words.isdisjoint(_LEAD_VERBS) and not words.isdisjoint(_LEAD_OBJECTS):
        out.extend(_lead_ranks(text, s, named, article, article_year, claim))
    if not out and not words.isdisjoint(_THAN_WORDS):
        out.extend(_compared_with_all(text, s, named, article, article_year, claim))
    if not out and "dominated" in words:
        out.extend(_dominated(text, s, named, article, article_year, claim))
    if not out and not words.isdisjoint(_CHANGE_OBJECTS | _W_DEMAND) and (
            (not words.isdisjoint(_CHANGE_NOUNS) and "in" in words) or not words.isdisjoint(_MOVE_VERBS)
            or not words.isdisjoint(_CHANGE_NOUNS_AFTER)):
        out.extend(_noun_changes(text, s, named, article, article_year, claim))
    if not out and not words.isdisjoint(_DEPEND_WORDS):
        out.extend(_dependence(text, s, named, article, article_year, claim))
    if not out and not words.isdisjoint(_FRACTION_WORDS):
        out.extend(_fractions(text, s, named, article, article_year, claim))
    if not out and not words.isdisjoint(_UNIT_WORDS):
        out.extend(_unit_figures(text, s, named, article, article_year, claim))
    if not out and not words.isdisjoint(_WORD_SCALE_COUNT) and not words.isdisjoint(_WORD_MASS_WORDS):
        out.extend(_word_figures(text, s, named, article, article_year, claim))
    if not out and (not words.isdisjoint(_ZERO_WORDS) or ("no" in words and not words.isdisjoint(_ZERO_VERB_WORDS))):
        out.extend(_zero_figures(text, s, named, article, article_year, claim))
    if not out and (not words.isdisjoint(_PASS_WORDS) or (not words.isdisjoint(_LESS_WORDS) and "than" in words)
                    or "runner" in words):
        out.extend(_passes(text, s, named, article, article_year, claim, _earlier_country(s, article_countries)))
    if not out and not words.isdisjoint(_LIST_VERB_WORDS) and not words.isdisjoint(_LIST_ROLE_WORDS) \
            and not words.isdisjoint(_GROUP_SIZE_ADJ):
        out.extend(_leaders_listed(text, s, named, article, article_year, claim))
    if not out and not words.isdisjoint(_SECTOR_WORDS) and not words.isdisjoint(_VAGUE_SIZE_WORDS) \
            and not words.isdisjoint(W_SHARE_NOUNS):
        out.extend(_sector_share(text, s, named, article, article_year, claim))
    if not out and "share" in words and not words.isdisjoint(_SHARE_FRACTION_WORDS):
        out.extend(_share_fractions(text, s, named, article, article_year, claim))
    if not out and not words.isdisjoint(_ELLIPTIC_WORDS):
        out.extend(_elliptic_places(text, s, named, article, article_year, claim))
    if not out and not words.isdisjoint(_AMONG_GROUP_WORDS) \
            and not words.isdisjoint(_GROUP_LEADER_NOUNS | _GROUP_ROLE_NOUNS):
        out.extend(_among_group(text, s, named, article, article_year, claim, _earlier_country(s, article_countries)))
    if not out and not words.isdisjoint(_QMOVE_QUANTITY) and not words.isdisjoint(_QMOVE_WORDS):
        out.extend(_quantity_moves(text, s, named, article, article_year, claim))
    return out


def _quantity_moves(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                    claim: Any) -> list[Claim]:
    """A price, trade flow or output that moved, without a size: a **change** claim with
    ``change=None`` (README rule 12). A production move with a span of years ("in recent years",
    "since 2019") and a country (or the world) is checked by its sign (verdict.py); the rest name
    the series that would settle them (``unverifiable``)."""
    for m in _QMOVE.finditer(text, s.start, s.end):
        q = next(g for g in ("q", "q1", "q2", "q3", "q4", "q5", "q6") if m.group(g))
        mv = next(g for g in ("noun", "verb", "ing", "bare", "trans", "level", "passive") if m.group(g))
        a, b = _clause(text, s.start, s.end, m.start())
        if _NOT_FACT.search(text, a, m.end()) or _QMOVE_GENERIC.search(text, a, m.end()) \
                or re.search(r"\b(?:not|never|no\s+longer|n['\u2019]t)\b", text[m.start():m.end()], re.I):
            continue  # "prices could fall", "when supply falls, prices rise": no move that happened
        if _QMOVE_FIRM.search(text, max(a, m.start(q) - 20), m.start(q)) \
                or _FINANCE.search(text, a, m.start(q)) or _FINANCE.search(text, m.start(), m.end()):
            continue  # "the company's output fell", "sales volumes and prices fell": a firm's results
        commodity = _commodity(s, m.start(), article, True)
        if commodity is None:
            continue
        obj = m.group(q).lower()
        meas = "price" if obj.startswith("price") else "exports" if obj.startswith(("export", "shipment")) \
            else "imports" if obj.startswith("import") else "production"
        who = next((c for c in reversed(named) if a <= c.start < m.end()), None) \
            or next((c for c in named if m.end() <= c.start <= m.end() + 40
                     and re.search(r"\b(?:from|of|in|by)\s+(?:the\s+)?$", text[m.end():c.start])), None) \
            or next((c for c in s.countries if c.end == c.start), None)
        # "cobalt production has grown", "global output rose": the world's, a series a table holds
        world = meas == "production" and (_WORLD.search(text, a, b) is not None or any(
            0 <= m.start(q) - c.end <= 2 for c in s.commodities))
        country = who.value if who is not None else ("WLD" if world else None)
        monthly = _QMOVE_SUB_ANNUAL.search(text, a, b) is not None
        c = claim("change", m.start(mv), m.end(mv), commodity=commodity, measure=meas, country=country,
                  year=_past_year(s, article_year), change=None)
        c.comparison = {"unsized": "move", "sub_annual": monthly, "from_peak": mv == "level"}
        if mv in ("verb", "bare"):  # eleventh session: "output fell from 2022 to 2024": its sign (rule 12)
            _add_direction(c, m.group(mv), text, a, b)
        c.subject = f"a move in {commodity} {meas} (size not stated)"
        return [c]
    return []


def _word_figures(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                  claim: Any) -> list[Claim]:
    """ "China mined two million tonnes of graphite in 2024", "reserves of half a million tons":
    a mass written in words is a **quantity** claim like one in digits, checked the same way
    (the precision is half of the last word's unit: "two million" holds from 1.5 to 2.5 million)."""
    for m in _WORD_FIGURE.finditer(text, s.start, s.end):
        n = _WORD_NUM.get(re.sub(r"[\s-]+", " ", m.group("n").lower()), 0.0)
        if not n or (m.group("scale") is None and (n % 1 or m.group("n").lower() in ("a", "an"))):
            continue  # (twenty-second session: "five tons of magnets" needs no scale word; "a ton of" is no figure)
        a, b = _clause(text, s.start, s.end, m.start())
        if _unreported(text, a, b, m.start()) \
                or _PER_BEFORE.search(text, max(s.start, m.start() - 6), m.start()) or _GRADE.search(text, a, b):
            continue  # a plan, company results, a price or a grade (rule 10)
        if article_year is not None and any(int(y.value) > article_year for y in s.years):
            continue  # a year still to come: a forecast
        commodity = _commodity(s, m.start(), article, bool(named) or bool(s.measures))
        if commodity is None or not s.measures:
            continue  # a mass of what? no series to name
        scale = _WORD_SCALE[m.group("scale").lower()] if m.group("scale") else 1.0
        unit_scale, unit = _WORD_UNIT[m.group("unit").lower()]
        value = n * scale * unit_scale
        precision = (0.25 if n % 1 else 0.5) * scale * unit_scale
        if n < 1:  # "a quarter of a million": at most half the fraction either way (125,000 t), as "half a million"
            precision = min(precision, n / 2 * scale * unit_scale)
        hedge_m = _WORD_HEDGE.search(text, max(s.start, m.start() - 20), m.start())
        hedge = _WORD_HEDGE_OF.get(re.sub(r"\s+", " ", hedge_m.group("h").lower())) if hedge_m else None
        start = hedge_m.start("h") if hedge_m else m.start()
        who = next((c for c in reversed(named) if a <= c.start < m.start()), None) \
            or next((c for c in named if m.end() <= c.start < b), None) \
            or next((c for c in s.countries if c.end == c.start), None)
        meas = min(s.measures, key=lambda x: abs(x.start - m.start()))
        c = claim("quantity", start, m.end(), commodity=commodity, measure=meas.kind, stage=meas.value or None,
                  country=who.value if who is not None else None, year=_past_year(s, article_year), value=value,
                  unit=unit, hedge=hedge, precision=precision)
        c.subject = f"{meas.kind} of {commodity} (a figure in words)"
        return [c]
    return []


def _zero_figures(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                  claim: Any) -> list[Claim]:
    """ "Customs data show zero exports of germanium to the US in 2024", "imports from Russia
    were virtually zero", "China shipped no antimony to America last year": a trade flow or an
    output of 0 t (a **quantity**, ``nearly`` with "almost" / "virtually"). A flow to one
    partner names it (``comparison["partner"]``: the dataset holds no trade by partner)."""
    for m in _ZERO.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        if re.search(r"\bnet[\s-]+$", text[max(a, m.start() - 5):m.start()], re.I):
            continue  # "net zero"
        if _unreported(text, a, b, m.start()) \
                or re.search(r"\b(?:not|never)\b", text[a:m.start()], re.I):
            continue
        if m.group("verb"):
            flow, pos = m.group("verb").lower(), m.start()
        else:
            near = [f for f in _ZERO_FLOW.finditer(text, a, b) if abs(f.start() - m.start()) <= 60]
            if not near:
                continue
            f = min(near, key=lambda f: abs(f.start() - m.start()))
            flow, pos = f.group("w").lower(), f.start()
        meas = "imports" if flow.startswith("import") else "exports" if flow.startswith(("export", "ship")) \
            else "production"
        commodity = _commodity(s, m.start(), article, True)
        if commodity is None:
            continue
        partner = trader = None
        for c in named:
            if not a <= c.start < b:
                continue
            d = _ZERO_PARTNER.search(text, max(a, c.start - 12), c.start)
            way = d.group("dir").lower() if d is not None else ""
            if (way in ("to", "into") and meas == "exports") or (way == "from" and meas == "imports"):
                partner = partner or c.value  # "exports to the US", "imports from China"
            elif c.start < max(pos, m.start()):
                trader = c.value
        c = claim("quantity", m.start(), m.end(), commodity=commodity, measure=meas,
                  country=None if partner else trader, year=_past_year(s, article_year), value=0.0, unit="t",
                  precision=0.0, hedge="nearly" if m.group("h") else None)
        c.comparison = {"partner": partner} if partner else {}
        if _QMOVE_SUB_ANNUAL.search(text, a, b):
            c.comparison["period"] = "part of a year"
        c.subject = f"{meas} of {commodity} (none){' to ' + partner if partner else ''}"
        return [c]
    return []


#: a pronoun or a common noun for a country as the subject right before the verb ("it has
#: overtaken", "the country is one of", "the nation now ranks among")
_PRONOUN_SUBJECT = _lazy(r"\b(?:it|the\s+(?:country|nation))\s+(?:(?:has|have|had|is|was|now|also|already|since"
                              r"|still|thus|therefore|effectively)\s+){0,3}$", re.I)


#: the countries passed named by their producers: "overtaken established growers in Australia", "rivals such as"
_PASSED_ROLE = re.compile(r"\s*(?:(?:the\s+)?(?:established|traditional|major|leading|top|rival|former|older)\s+)?"
                          r"(?:growers|producers|miners|rivals|suppliers|exporters|players|refiners)\s+"
                          r"(?:in|like|such\s+as|from)\s+(?:the\s+)?", re.I)


_PRONOUN_GROUP = _lazy(r"\b(?:it|the\s+(?:country|nation))\s+(?:(?:also|still|now|currently|already)\s+)?"
                            r"(?:is|was|remains|remained|ranks|ranked|stands|stood|became|has\s+become)\s+"
                            r"(?:(?:also|still|now|currently|firmly|already)\s+)?$", re.I)


def _earlier_country(s: Any, article_countries: Sequence[Any]) -> Any:
    """The last of ``article_countries`` before sentence ``s`` (what "it" and "the country" refer
    to: extract.py passes the subject of the sentence before, else every country named), or None."""
    return next((c for c in reversed(article_countries) if c.start < s.start), None)


def _passes(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
            claim: Any, earlier: Any = None) -> list[Claim]:
    """ "Indonesia has overtaken Australia and the Philippines in nickel output" (a **comparison**,
    ``op=">"``, one per country passed), "the US produced fewer rare earths than Myanmar"
    (``op="<"``), "Chile is the runner-up in lithium" (a **rank**, second place). The subject is
    the country named before the verb in its clause, or the one "it" carries from before."""
    year = _past_year(s, article_year)
    for m in _RUNNER_UP.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        who = next((c for c in reversed(named) if a <= c.start < m.start()), None)
        commodity = _commodity(s, m.start(), article, False)
        if who is None or commodity is None or _unreported(text, a, b, m.start()):
            continue
        meas, stage = _measure_near(s, m.start(), a, b)
        c = claim("rank", m.start(), m.end(), commodity=commodity, measure=meas, stage=stage, country=who.value,
                  year=year, rank=2, rank_op="==")
        c.subject = f"second place in {commodity} {stage or meas}"
        return [c]
    for m in _PASS.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        if _unreported(text, a, b, m.start()) \
                or re.search(r"\b(?:not|never|yet\s+to)\b", text[a:m.start()], re.I):
            continue  # "could overtake", "has not yet surpassed": no comparison made
        # the countries passed: right after the verb, and any joined to it by "and" / commas
        others: list[Any] = []
        pos = m.end()
        for c in named:
            if c.start < pos:
                continue
            if not others and _PASSED_ROLE.fullmatch(text, pos, c.start):
                others.append(c)  # "has overtaken established growers in Australia": the role before the country
                pos = c.end
                continue
            if c.start - pos > 10 or not re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*(?:the\s+)?", text[pos:c.start]):
                break
            others.append(c)
            pos = c.end
        if not others:
            continue
        who = next((c for c in reversed(named) if a <= c.start < m.start()), None) \
            or next((c for c in s.countries if c.end == c.start), None)
        if who is None and earlier is not None and _PRONOUN_SUBJECT.search(text, max(a, m.start() - 40), m.start()):
            who = earlier  # "This means that it has overtaken Australia": the country named before
        commodity = _commodity(s, m.start(), article, who is not None and who.end <= s.start)
        if who is None or commodity is None:
            continue
        if re.search(r"\s+as\s+(?:the\s+)?(?:world['\u2019]s\s+)?(?:[\w-]+\s+){0,2}?(?:largest|biggest|top|leading"
                     r"|second|third|fourth|fifth|no\.)", text[pos:b], re.I):
            continue  # "overtook Australia as the third-largest producer": a rank, the rank rules' claim
        meas, stage = _measure_near(s, m.start(), a, b)
        op = "<" if m.group("lt") or m.group("behind") or (m.group("lags") or "").lower().startswith("lag") else ">"
        out = []
        for other in dict.fromkeys(o.value for o in others):
            if other == who.value:
                continue
            c = claim("comparison", m.start(), m.start() + len(m.group(0).rstrip()), commodity=commodity,
                      measure=meas, stage=stage, country=who.value, year=year)
            c.comparison = {"other": other, "op": op, "ratio": None}
            c.subject = f"{who.value} vs {other} {stage or meas}"
            out.append(c)
        if out:
            return out
    return []


def _leaders_listed(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                    claim: Any) -> list[Claim]:
    """ "The main rare earth producers are China, the United States and Myanmar": each country
    listed after the role holds a place among the leaders (``rank_op="among"``, README rule 14)."""
    for m in _LEADERS_LISTED.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        if _NOT_FACT.search(text, a, m.end()) or _FINANCE.search(text, a, b) or _INNER_OWNER.search(
                text, max(s.start, m.start() - 20), m.start()):
            continue  # "will include", "the company's main suppliers", "its main buyers"
        if re.search(r"\btop[\s-]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b", text[a:m.end()], re.I):
            continue  # "the top three producers are": a numbered list, the rank rules'
        listed, pos = [], m.end()
        for c in named:
            if c.start < pos:
                continue
            if c.start - pos > 8 or not re.fullmatch(r"\s*(?:,|and|,\s*and|as\s+well\s+as)?\s*(?:the\s+)?",
                                                     text[pos:c.start]):
                break
            listed.append(c)
            pos = c.end
        if not listed:
            continue
        commodity = _commodity(s, m.start(), article, True)
        if commodity is None:
            continue
        role = m.group("noun").lower().rstrip("s")
        meas, stage = _ROLE_MEASURE.get(role, ("production", None))
        if meas == "production" and stage is None and re.search(r"\b(?:mine|mined|mining)\b", text[m.start():m.end()],
                                                                re.I):
            stage = "mining"
        out = []
        for who in dict.fromkeys(c.value for c in listed):
            c = claim("rank", m.start("adj"), m.end("noun"), commodity=commodity, measure=meas, stage=stage,
                      country=who, year=_past_year(s, article_year), rank=None, rank_op="among")
            c.subject = f"a place among the leading {role}s of {commodity}"
            out.append(c)
        return out
    return []


def _sector_share(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                  claim: Any) -> list[Claim]:
    """A share without a size of a country's sector ("Congo's informal miners provide a
    sizeable part of cobalt output"): the country's share of world output, ``unverifiable``
    (``comparison["unsized"] = "share"``) but a claim all the same (README rule 10)."""
    for m in _SECTOR_SHARE.finditer(text, s.start, s.end):
        who = next((c for c in named if c.start < m.start() <= c.end), None)  # (the mention may hold the "'s")
        if who is None:
            continue  # "Lynas's operations": a company's
        a, b = _clause(text, s.start, s.end, m.start())
        if _NOT_FACT.search(text, a, m.start("share")) or _FINANCE.search(text, a, b):
            continue
        if not any(m.end() <= c.start < b for c in s.commodities):
            continue
        commodity = _commodity(s, m.end(), article, False)
        if commodity is None:
            continue
        meas, stage = _measure_near(s, m.end(), m.end(), b)
        c = claim("share", m.start("share"), m.end("share"), commodity=commodity, measure=meas, stage=stage,
                  country=who.value, year=_past_year(s, article_year), value=None, unit="percent")
        c.comparison = {"unsized": "share"}
        c.subject = f"share of world {commodity} {stage or meas} (size not stated)"
        return [c]
    return []


def _share_fractions(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                     claim: Any) -> list[Claim]:
    """ "Congo's share is about three-quarters": the country's share of world output (or of the
    measure named in the clause), the fraction as a percentage held 2.5 points either way."""
    for m in _SHARE_FRACTION.finditer(text, s.start, s.end):
        if m.group("pro"):  # "Its share ...": the country "it" carries from before
            who = next((c for c in s.countries if c.end == c.start), None)
        else:
            who = next((c for c in named if c.start < m.start() <= c.end), None)  # (the mention may hold the "'s")
        if who is None:
            continue
        a, b = _clause(text, s.start, s.end, m.start())
        if _NOT_FACT.search(text, a, m.start("f")) or _FINANCE.search(text, a, b):
            continue
        value = _SHARE_FRACTION_VALUE.get(re.sub(r"[\s-]+", " ", m.group("f").lower()))
        commodity = _commodity(s, m.start(), article, True)
        if value is None or commodity is None:
            continue
        hedge = _HEDGE.get(re.sub(r"\s+", " ", (m.group("hedge") or "").strip().lower()))
        meas, stage = _measure_near(s, m.start(), a, b)
        start = m.start("hedge") if m.group("hedge") else m.start("f")
        c = claim("share", start, m.end("f"), commodity=commodity, measure=meas, stage=stage, country=who.value,
                  year=_past_year(s, article_year), value=value, unit="percent", hedge=hedge, precision=2.5)
        c.share = value / 100.0
        c.subject = f"share of world {commodity} {stage or meas}"
        return [c]
    return []


_ELLIPTIC_SUBJECT_GAP = _lazy(
    r"(?:(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}?(?:reserves|output|production|mining|exports|refining|processing|supply)"
    r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?)?\s*,?\s*", re.I)


def _elliptic_places(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                     claim: Any) -> list[Claim]:
    """ "Congo is the undisputed leader", "Congo remains by far the biggest.", "Russia is a distant
    third": a **rank** of the country that is the subject, in the market the sentence or the
    article is about (production, or the stage named in the clause)."""
    for m in _ELLIPTIC_PLACE.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        who = next((c for c in reversed(named) if a <= c.start < m.start()), None)
        if who is None or not _ELLIPTIC_SUBJECT_GAP.fullmatch(text, who.end, m.start()):
            continue  # the country (or its measure: "Chile's reserves are") is the subject right before the verb
        if re.search(r"\b(?:in|at|from|of|near)\s+(?:the\s+)?$", text[max(s.start, who.start - 12):who.start], re.I):
            continue  # "the mine in Congo is the biggest": a site's place
        if _unreported(text, a, b, m.start()):
            continue
        commodity = _commodity(s, m.start(), article, True)
        if commodity is None:
            continue
        ordinal = m.group("ord")
        rank = _ORDINALS[ordinal.lower()] if ordinal else 1
        meas, stage = _measure_near(s, m.start(), a, b)
        c = claim("rank", m.start(), m.end(), commodity=commodity, measure=meas, stage=stage, country=who.value,
                  year=_past_year(s, article_year), rank=rank, rank_op="==")
        c.subject = f"place {rank} in {commodity} {stage or meas}"
        return [c]
    return []


def _among_group(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                 claim: Any, earlier: Any = None) -> list[Claim]:
    """ "Russia is one of the undisputed leaders in reserves of rare earths", "Chile ranks among
    the top for lithium", "Indonesia, one of the most important nickel suppliers": a place among
    the leaders without a number (``rank_op="among"``, README rule 14), for the country that is
    the subject (or the head of the apposition) right before the group, of a commodity named in
    the clause."""
    for m in _AMONG_GROUP.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        noun = m.group("noun").lower()
        adjs = set(m.group("adjs").lower().split())
        if noun in _GROUP_ROLE_NOUNS and adjs.isdisjoint(_GROUP_SIZE_ADJ):
            continue  # "one of the producers": no place claimed
        count = re.search(r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", m.group("adjs"), re.I)
        if count is not None and (noun not in _GROUP_ROLE_NOUNS or count.group("n").lower() == "dozen"):
            continue  # "among the top five": a numbered place, read by the rank rules
        if _unreported(text, a, b, m.start()) \
                or _EXCLUDING.search(text, m.end(), b) or s.excluded:
            continue
        who = next((c for c in reversed(named) if a <= c.start and c.end <= m.start()), None)
        pronoun = who is None and earlier is not None and _PRONOUN_GROUP.search(
            text, max(a, m.start() - 40), m.start()) is not None
        if pronoun:
            who = earlier  # "the nation is one of the leaders in ...": the country named before
        elif who is None or not _GROUP_SUBJECT_GAP.fullmatch(text, who.end, m.start()) \
                or re.search(r"\b(?:in|at|from|of|near|outside|across)\s+(?:the\s+)?$",
                             text[max(s.start, who.start - 12):who.start], re.I):
            continue  # "a mine in Brazil is one of ...", "Chinese firms are among ...": no country's place
        inside = [c for c in s.commodities if a <= c.start < b]
        if inside:
            commodity = min(inside, key=lambda c: abs(c.start - m.start())).value
        elif noun in _GROUP_ROLE_NOUNS and noun not in ("countries", "nations") and article:
            # "Australia is one of the five biggest producers": of the article's running topic
            commodity = ([c for c in article if c.start < s.start] or list(article))[-1].value
        else:
            continue
        st = _GROUP_STAGE.search(text, m.start("noun"), b)
        word = st.group("st").lower() if st else ""
        meas, stage = ("reserves", None) if word == "reserves" else ("exports", None) if word.startswith("export") \
            else ("production", "refining") if word.startswith(("refin", "process")) \
            else ("production", "mining") if word.startswith("min") else ("production", None)
        n_word = count.group("n").lower() if count is not None else ""
        places = int(n_word) if n_word.isdigit() else _PLACES_N.get(n_word)
        c = claim("rank", m.start(), m.end("noun"), commodity=commodity, measure=meas, stage=stage, country=who.value,
                  year=_past_year(s, article_year), rank=int(places) if places else None,
                  rank_op="<=" if places else "among")
        c.subject = (f"a place in the first {int(places)} of {commodity} {stage or meas}" if places
                     else f"a place among the leaders in {commodity} {stage or meas} (no number of places)")
        return [c]
    return []


def _fractions(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
               claim: Any) -> list[Claim]:
    for m in _FRACTION.finditer(text, s.start, s.end):
        n, d = _FRACTION_N[m.group("n").lower()], _FRACTION_D[m.group("d").lower().rstrip("s")]
        if not 0 < n < d:
            continue
        a, b = _clause(text, s.start, s.end, m.start())
        if _unreported(text, a, b, m.start()) \
                or not _SHARE_CONTEXT.search(text, max(a, m.start() - 30), min(b, m.end() + 6)):
            continue
        who = next((c for c in reversed(named) if a <= c.start < m.start()), None) \
            or next((c for c in named if m.end() <= c.start < b), None)
        commodity = _commodity(s, m.start(), article, who is not None)
        if who is None or commodity is None:
            continue
        hedge = _HEDGE.get(" ".join((m.group("hedge") or "").lower().split())) if m.group("hedge") else None
        meas, stage = _measure_near(s, m.start(), a, b)
        start = m.start("hedge") if m.group("hedge") else m.start("n")
        c = claim("share", start, m.end(), commodity=commodity, measure=meas, stage=stage, country=who.value,
                  year=_past_year(s, article_year), value=100.0 * n / d, unit="percent", hedge=hedge, precision=2.5)
        c.share = n / d
        c.subject = f"share of world {commodity} {stage or meas}"
        return [c]
    return []


def _unit_figures(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                  claim: Any) -> list[Claim]:
    for m in _UNIT_FIGURE.finditer(text, s.start, s.end):
        if _PER_BEFORE.search(text, max(s.start, m.start() - 6), m.start()) \
                or _GRADE.search(text, s.start, s.end):
            continue  # a price, or a grade or a yield per tonne of ore (rule 10)
        a, b = _clause(text, s.start, s.end, m.start())
        if _unreported(text, a, b, m.start()):
            continue
        if any(int(y.value) > article_year for y in s.years) if article_year is not None else False:
            continue  # a year still to come: a forecast
        commodity = _commodity(s, m.start(), article, bool(named) or bool(s.measures))
        if commodity is None:
            continue
        scale, unit = _UNIT_OF[m.group("unit").lower()]
        scale *= _SCALE.get((m.group("scale") or "").lower(), 1.0)
        value = float(m.group("num").replace(",", "")) * scale
        who = next((c for c in reversed(named) if a <= c.start < m.start()), None) or (named[0] if named else None)
        meas = min(s.measures, key=lambda x: abs(x.start - m.start())) if s.measures else None
        c = claim("quantity", m.start(), m.end(), commodity=commodity, measure=meas.kind if meas else None,
                  stage=(meas.value or None) if meas else None, country=who.value if who is not None else None,
                  year=_past_year(s, article_year), value=value, unit=unit)
        c.comparison = {"unread_figure": True}
        c.subject = f"a figure on {commodity}"
        return [c]
    return []


def role_ranks_beside(text: str, s: Any, found: Sequence[Claim], article: Sequence[Any],
                      article_date: str | None) -> list[Claim]:
    """The role ranks of a sentence from which other rules drew claims of other kinds ("Congo is
    the main source of cobalt, and the price of cobalt hydroxide has fallen to below $6 per
    pound": a price figure and a first place, each checked, README rule 4). Only a rank with a
    country named in the sentence, outside the spans of the claims found (twenty-first session)."""
    if any(c.kind == "rank" for c in found) or s.words.isdisjoint(ROLE_WORDS) or s.words.isdisjoint(_PLACE_WORDS):
        return []
    sent = text[s.start:s.end]
    named = [c for c in s.countries if c.end > c.start and c.value != "WLD"]
    if not named:
        return []

    def claim(kind: str, a: int, b: int, **kw: Any) -> Claim:
        return Claim(sentence=sent, span=(a, b), kind=kind, text=text[a:b], sentence_span=(s.start, s.end), **kw)

    article_year = int(article_date[:4]) if article_date else None
    ranks = _role_ranks(text, s, named, article, article_year, claim)
    return [r for r in ranks if r.country is not None and r.rank_op == "=="
            and not any(r.span[0] < c.span[1] and c.span[0] < r.span[1] for c in found)]


def fill_role_measures(text: str, s: Any, found: list[Claim]) -> None:
    """A rank another rule read without saying what is ranked ("Indonesia, the second-biggest
    source of cobalt"): the measure (and stage) of the role right after its place word."""
    for c in found:
        if c.kind != "rank" or c.measure is not None or c.rank is None:
            continue
        m = _ROLE_RANK.search(text, c.span[0], min(s.end, c.span[1] + 40))
        if m is None or m.start() > c.span[1] or m.group("role").lower() == "share" \
                or _INNER_OWNER.search(text, max(s.start, m.start() - 20), m.start()):
            continue
        role = m.group("role").lower()
        c.measure, c.stage = _ROLE_MEASURE[role]


#: a country that "is the" role: its place in the world market of the article's topic
_COUNTRY_COPULA_THE = re.compile(
    r"(?:['\u2019]s\s+status\s+as|,?\s+(?:is|was|remains|remained|has\s+been|had\s+been|became|has\s+become)"
    r"(?:\s+(?:still|now|also|already|by\s+far))?)\s+(?:the|a)\s+$", re.I)


def _country_is_the(text: str, named: list[Any], a: int, pos: int) -> bool:
    """ "China is the main producer", "Congo remains the top supplier": the place of a country
    named as the subject of its clause right before the role (no world word needed)."""
    who = next((c for c in reversed(named) if a <= c.start and c.end <= pos), None)
    return who is not None and _COUNTRY_COPULA_THE.match(text, who.end, pos) is not None


def _role_ranks(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                claim: Any) -> list[Claim]:
    for m in _ROLE_RANK.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        start = m.start()
        if _unreported(text, a, b, m.start()):
            apposed = _apposed_role(text, s, m, named)
            if apposed is None:
                apposed = firm_place_beside_result(text, s, m)
            if apposed is None:
                continue
            start = apposed
        if _INNER_OWNER.search(text, max(s.start, m.start() - 20), m.start()):
            continue  # "the country's biggest source", "its main customer": a place at home, not in the world
        place = m.group("place").lower()
        role = m.group("role").lower()
        if role == "share" and place in _VAGUE:
            continue  # "a major share of": a vague share, qualitative.py's
        if not _PLACE_LEAD.search(text, max(s.start, m.start() - 30), m.start()):
            continue  # "is leading to", "top producers": no place claimed for one subject
        if _AMONG_BEFORE.search(text, max(s.start, m.start() - 30), m.start()):
            continue  # "one of the largest producers", "among the leading holders": qualitative.py's
        commodity = _commodity(s, m.start(), article, _WORLD.search(text, a, b) is not None
                               or _country_is_the(text, named, a, m.start()))
        if commodity is None:
            continue
        first = place.split()[0].split("-")[0]
        rank = _ORDINALS.get(first, 1)
        numbered = _NUMBERED.match(place)
        if numbered:  # "the No. 2 producer", "the number one exporter", "the #1 supplier"
            rank = _COUNT.get(numbered.group(1), 0) or int(numbered.group(1))
        # the country is named before the role in its clause, never inside the phrase ("the largest US producer")
        who = next((c for c in reversed(named) if a <= c.start < m.start() and c.end <= m.start()), None)
        if who is not None and _FIRM_AFTER.match(text, who.end, m.start()):
            who = None  # "Australia's Lynas Rare Earths, the biggest ...", "Japan's Sumitomo is the main ...": a company's
        if _REGION_BEFORE.search(text, max(s.start, m.start() - 30), m.start()) \
                and not _WORLD_BEFORE.search(text, max(s.start, m.start() - 30), m.start()):
            who = None  # "Germany, the EU's largest consumer": a place in a region, which no table ranks
        if who is None and _ANAPHOR.search(text, a, m.start()):
            # "..., and the country is a major exporter": the country named earlier in the sentence
            who = next((c for c in reversed(s.countries) if c.start < a), None)
        if role in _SITE_ROLES:
            who = None  # "Australia's Greenbushes, the largest lithium mine": a site's place, not the country's
        elif place in ("only", "sole") and who is None:
            continue  # "the only producer" of a company: nothing a table of countries holds
        if who is None and role in ("buyer", "customer", "user", "consumer"):
            continue  # "Tesla is the largest buyer of ...": a company's purchases, not a market rank
        vague = place in _VAGUE
        if who is not None and (s.excluded or _EXCLUDING.search(text, m.end(), b)):
            continue  # "the largest producer outside China": a place in a subset of the table, not the world's
        if vague and who is None:
            continue  # "a major producer" said of a company or a mine: no country's place
        meas, stage = _ROLE_MEASURE[role]
        mid = m.group("mid").lower()
        if meas == "production" and stage is None and re.search(r"\b(?:mine|mined|mining)\b", mid + text[m.end():b]):
            stage = "mining"
        # (an apposition the main clause's gate does not reach is read from its article: "China, the world's
        # largest producer", the span non_claims._APPOSED_RANK_BEFORE knows as set off after a name)
        c = claim("rank", start, m.end(), commodity=commodity, measure=meas, stage=stage,
                  country=who.value if who is not None else None, year=_past_year(s, article_year),
                  rank=None if vague else rank, rank_op="among" if vague else "==")
        c.subject = f"a place among the {role}s of {commodity}"
        if who is None and (s.excluded or _EXCLUDING.search(text, m.end(), b)):
            # "Lynas, the world's largest producer outside China": a firm's place in a subset of the producers,
            # never to be re-read as the article's country (article_subject.py; twentieth session)
            c.subject = f"{ONE_HOLDER} the first {role} of {commodity} in a subset of the producers"
        return [c]
    return []


#: (twenty-second session) a role rank set off after a name by a comma: "... away from China, the world's largest
#: producer of critical minerals", "Washington aims to ... reduce its dependence on China, the world's leading supplier
#: of these products". The apposition describes the name whatever the plan, wish, forecast or condition of the
#: main clause (the plan governs its own verb, not the apposition: non_claims._APPOSED_RANK_BEFORE reads it so);
#: the name is a capitalised word (a country or a firm) right before the comma, the place word follows an article
#: and at most the world's possessive and one word ("China, the world's second-largest supplier")
_APPOSED_ROLE = re.compile(r"(?-i:[A-Z][\w'\u2019.&-]*)\)?\s*,\s+(?:the|a|an)\s+(?:(?:world|globe|planet)['\u2019]s\s+)?"
                           r"(?:[\w-]+\s+)?$", re.I)
#: what may stand between the country and the comma of its apposition: "China,", "Myanmar (Burma),"
_COMMA_AFTER_NAME = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*")
#: how far before the place word the name's comma may stand
_APPOSED_SPAN = 60


def _apposed_role(text: str, s: Any, m: re.Match[str], named: list[Any]) -> int | None:
    """Where the apposition starts (its article) when the role rank ``m`` is set off after a country
    ``named`` in the sentence (:data:`_APPOSED_ROLE`) with no plan, forecast, condition or company result
    of its own, so that rule 10's gate of the main clause does not reach it; else None. (A firm's or a
    site's place stays held: "Greenbushes, Australia's largest lithium mine, may be forced to ...".)"""
    ap = _APPOSED_ROLE.search(text, max(s.start, m.start() - _APPOSED_SPAN), m.start())
    if ap is None:
        return None
    comma = text.index(",", ap.start())
    if not any(c.end <= comma and _COMMA_AFTER_NAME.fullmatch(text, c.end, comma) for c in named):
        return None
    end = text.find(",", m.end(), s.end)  # the apposition closes at the next comma (or the sentence's end)
    end = s.end if end < 0 else end
    if _NOT_FACT.search(text, comma, m.end()) is not None or _FINANCE.search(text, comma, end) is not None:
        return None
    return comma + 1 + len(text[comma + 1:m.start()]) - len(text[comma + 1:m.start()].lstrip())


#: (twenty-fifth session) a firm's first place in a subset of the producers, written before the firm's results:
#: "Lynas, which is the world's largest producer of rare earths outside China, saw a 21.8% drop in its ... revenue",
#: "The world's largest producer of rare earths outside China said net profit ... was A$39.5 million". The subset
#: ("outside China", "excluding China", "non-Chinese") closes the place's phrase right after the role; the results
#: (rule 10's company results) come after it, in what the firm said, saw or reported
_SUBSET_AFTER_ROLE = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,4}?)?\s*(?:outside|excluding|except|besides|apart\s+from|other\s+than)\s+(?:of\s+)?"
    r"(?:the\s+)?(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,2}", re.I)


def firm_place_beside_result(text: str, s: Any, m: re.Match[str]) -> int | None:
    """Where a firm's first place in a subset of the producers starts (``m``, the role rank) when the
    sentence's company results (rule 10) come only after the place's own phrase, and no plan, forecast
    or condition comes before its end (README rule 20(c): a company's rank apposed to its name, or
    stated of it, is a rank claim, `unverifiable`: C7618, C8801, C9100, C13620); else None. Only a
    place in a subset ("the largest producer outside China"), which :func:`_role_ranks` gives no
    country (``ONE_HOLDER``): a world place of a firm could be re-read as a country's."""
    sub = _SUBSET_AFTER_ROLE.match(text, m.end(), s.end)
    if sub is None:
        return None
    end = sub.end()
    if _NOT_FACT.search(text, s.start, end) is not None or _FINANCE.search(text, s.start, end) is not None:
        return None
    if _FINANCE.search(text, end, s.end) is None:
        return None  # held by something else than a company result: not this rule's
    return m.start()


#: the subject of a place held by a firm or a site in a subset of the producers ("the largest producer outside
#: China" said of a company): no country holds it, so article_subject.py does not read it as the article's country
ONE_HOLDER = "a place held by"


def _lead_ranks(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                claim: Any) -> list[Claim]:
    for m in _LEAD.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        if _unreported(text, a, b, m.start()):
            continue
        # the subjects: every country named before the verb in its clause ("A, B and C lead ...")
        subjects = [c for c in named if a <= c.start < m.start()]
        if not subjects or re.search(r"\b(?:which|that|who|where)\b", text[subjects[-1].end:m.start()]):
            continue
        commodity = _commodity(s, m.start(), article, False)
        if commodity is None:
            continue
        meas, stage = _LEAD_STAGE[m.group("obj").lower()]
        n = len({c.value for c in subjects})
        out = []
        for who in dict.fromkeys(c.value for c in subjects):
            c = claim("rank", m.start(), m.end(), commodity=commodity, measure=meas, stage=stage, country=who,
                      year=_past_year(s, article_year), rank=n, rank_op="==" if n == 1 else "<=")
            c.subject = f"first place{'s' if n > 1 else ''} in {commodity} {stage or meas}"
            out.append(c)
        return out
    return []


def _measure_near(s: Any, pos: int, a: int, b: int) -> tuple[str, str | None]:
    inside = [m for m in s.measures if a <= m.start < b]
    if not inside:
        return "production", None
    m = min(inside, key=lambda x: abs(x.start - pos))
    return m.kind, (m.value or None)


def _compared_with_all(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                       claim: Any) -> list[Claim]:
    year = _past_year(s, article_year)
    for m in _THAN_ANY.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        if _unreported(text, a, b, m.start()):
            continue
        if m.group("after") is not None:  # "no nation refines more graphite than China"
            who = next((c for c in named if m.end() <= c.start <= m.end() + 5), None)
        else:
            who = next((c for c in reversed(named) if a <= c.start < m.start()), None)
        commodity = _commodity(s, m.start(), article, False)
        if who is None or commodity is None:
            continue
        meas, stage = _measure_near(s, m.start(), a, b)
        c = claim("rank", m.start(), m.end(), commodity=commodity, measure=meas, stage=stage, country=who.value,
                  year=year, rank=1, rank_op="==")
        c.subject = f"first place in {commodity} {stage or meas}"
        return [c]
    for m in _ALL_OTHERS.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        who = next((c for c in reversed(named) if a <= c.start < m.start()), None)
        commodity = _commodity(s, m.start(), article, False)
        if who is None or commodity is None or _NOT_FACT.search(text, a, m.start()):
            continue
        meas, stage = _measure_near(s, m.start(), a, b)
        c = claim("share", m.start(), m.end(), commodity=commodity, measure=meas, stage=stage, country=who.value,
                  year=year, value=50.0, unit="percent", hedge="more than", precision=0.0)
        c.share = 0.5
        c.subject = f"share of world {commodity} {stage or meas} (more than all others combined)"
        return [c]
    for m in _TIMES_OF.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        other = next((c for c in named if m.end() <= c.start <= m.end() + 3), None)
        who = next((c for c in reversed(named) if a <= c.start < m.start()), None)
        commodity = _commodity(s, m.start(), article, False)
        if other is None or who is None or who.value == other.value or commodity is None \
                or _unreported(text, a, b, m.start()):
            continue
        n = m.group("n").lower()
        ratio = _TIMES_N.get(n) or float(n)
        meas, stage = _measure_near(s, m.start(), a, b)
        c = claim("comparison", m.start(), m.end(), commodity=commodity, measure=meas, stage=stage,
                  country=who.value, year=year)
        c.comparison = {"other": other.value, "op": "ratio", "ratio": ratio}
        c.subject = f"{who.value} vs {other.value} {stage or meas}"
        return [c]
    return []


#: a market noun with the participle after it, no copula (a reduced relative or an apposition):
#: "rare earths, categories dominated by China", "gallium, a market largely dominated by China"
_DOMINATED_NOUN = _lazy(
    r"\b(?P<noun>markets?|industry|industries|sectors?|categories|category|segments?|supply|supplies|trade|production"
    r"|output|processing|refining|mining|chains?|business|commodity|commodities|metals?|minerals?|elements?)\s+"
    r"(?:(?:largely|heavily|overwhelmingly|mostly|mainly|almost\s+entirely|still|long)\s+)?dominated\s+by\s+"
    r"(?:(?:production|output|mining|supply|refining|exports?)\s+(?:in|from|by)\s+)?(?:the\s+)?", re.I)


def _dominated(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
               claim: Any) -> list[Claim]:
    for m in _DOMINATED_NOUN.finditer(text, s.start, s.end):
        a = max(s.start, text.rfind(",", s.start, m.start()) + 1)  # the apposition opens at its comma
        if _NOT_FACT.search(text, a, m.start()) or _FINANCE.search(text, a, m.end()):
            continue
        who = next((c for c in named if c.start == m.end()), None)
        commodity = _commodity(s, m.start(), article, False)
        if who is None or commodity is None:
            continue
        noun = m.group("noun").lower()
        stage = "refining" if noun in ("processing", "refining") else "mining" if noun == "mining" else None
        c = claim("rank", m.start(), m.start() + len(m.group(0).rstrip()), commodity=commodity, measure="production",
                  stage=stage, country=who.value, year=_past_year(s, article_year), rank=1, rank_op="==")
        c.subject = f"first place in {commodity} {stage or 'production'}"
        return [c]
    for m in _DOMINATED_BY.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        if _unreported(text, a, b, m.start()):
            continue
        who = next((c for c in named if c.start == m.end()), None)
        if who is None:
            continue
        commodity = _commodity(s, m.start(), article, False)
        if commodity is None:
            continue
        c = claim("rank", m.start(), m.end(), commodity=commodity, measure="production", country=who.value,
                  year=_past_year(s, article_year), rank=1, rank_op="==")
        c.subject = f"first place in {commodity} production"
        return [c]
    return []


#: (twenty-fifth session) the objects of a move that are output, not money: "an increase in graphite production"
_OUTPUT_OBJECTS = frozenset({"output", "production", "mining"})


def output_move_beside_result(text: str, a: int, b: int, m: re.Match[str]) -> bool:
    """A move in output (``m``, of :data:`_NOUN_CHANGE`) reported beside a company's results in its clause
    [a, b): "Syrah Resources saw an increase in graphite production and sales during the December quarter".
    Production is a claim under README rule 10 even when a firm reports it with its revenue (rule 10 excludes
    the results, revenue, profit and share prices, not the output): no plan, forecast or condition before
    the move, the move's own object is output, and no word of company results stands in the move's phrase
    before its object (C9790)."""
    obj = m.groupdict().get("obj") or m.groupdict().get("obj3") or m.groupdict().get("obj4")
    if obj is None or obj.lower() not in _OUTPUT_OBJECTS:
        return False
    if _NOT_FACT.search(text, a, m.end()) is not None:
        return False
    return _FINANCE.search(text, m.start(), m.end()) is None and _FINANCE.search(text, a, b) is not None


def _noun_changes(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                  claim: Any) -> list[Claim]:
    # (tried only where a match can start: the same matches)
    from critmin.claims.extract import _finditer_words

    ws = getattr(s, "word_starts", None)
    for m in [*_finditer_words(_NOUN_CHANGE, text, s.start, s.end, ws),
              *_finditer_words(_VERB_CHANGE, text, s.start, s.end, ws)]:
        a, b = _clause(text, s.start, s.end, m.start())
        if _unreported(text, a, b, m.start()) and not output_move_beside_result(text, a, b, m):
            continue
        commodity = _commodity(s, m.start(), article, True)
        if commodity is None:
            continue
        obj = next(g for g in (m.groupdict().get(k) for k in ("obj", "obj2", "obj3", "obj4")) if g).lower()
        meas = "price" if obj.startswith("price") else "exports" if obj.startswith(("export", "shipment", "deliver")) \
            else "imports" if obj.startswith("import") else "consumption" if obj == "demand" else "production"
        who = next((c for c in reversed(named) if a <= c.start < m.start()), None)
        c = claim("change", m.start(), m.end(), commodity=commodity, measure=meas,
                  country=who.value if who is not None else None, year=_past_year(s, article_year))
        c.comparison = {"unsized": "move", "sub_annual": False, "from_peak": False}
        c.subject = f"a move in {commodity} {meas}"
        return [c]
    return []


def _dependence(text: str, s: Any, named: list[Any], article: Sequence[Any], article_year: int | None,
                claim: Any) -> list[Claim]:
    for m in _DEPEND.finditer(text, s.start, s.end):
        a, b = _clause(text, s.start, s.end, m.start())
        if _NOT_FACT.search(text, a, m.start()) or _LESSEN.search(text, a, m.start()) \
                or _FINANCE.search(text, a, b):
            continue
        if re.search(r"\b(?:too|overly|excessively|dangerously)\s+$", text[max(s.start, m.start() - 16):m.start()], re.I):
            continue  # "too dependent on China": a judgement (rule 10: opinions)
        adj = _PARTNER_ADJ.match(text, m.end()) or _FOREIGN.match(text, m.end())
        partner = next((c for c in named if m.end() <= c.start <= m.end() + 12), None)
        if partner is None and adj is None:
            continue  # dependence on a named supplier only ("on imports" is the reliance rule's)
        commodity = _commodity(s, m.start(), article, False)
        if commodity is None:
            continue
        buyer = next((c for c in reversed(named) if a <= c.start < m.start()), None)
        c = claim("share", m.start(), m.end(), commodity=commodity, measure="imports",
                  country=buyer.value if buyer is not None else None, year=_past_year(s, article_year),
                  value=None, unit="percent")
        c.comparison = {"unsized": "share"}
        supplier = named_supplier(text, m.end(), named) if heavy_dependence(text, m.start(), m.end(), s.end) else None
        if supplier is not None and (buyer is None or supplier.value != buyer.value):
            c.comparison[HEAVY_DEPENDENCE] = supplier.value  # "heavily reliant on China": more than half
        c.subject = f"dependence on one supplier of {commodity}"
        return [c]
    return []
