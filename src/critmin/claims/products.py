"""Products and stages a figure is about ("rare-earth compounds and metals", "nickel pig
iron", "magnet output").

A figure of a product is not a figure of the commodity's mine output: US production of
rare-earth compounds and metals (1,300 t REO in 2024) is a separated-products series, not
the 45,000 t of mine output; 2.2 Mt of nickel pig iron is gross weight of an alloy, not
nickel content; "270,000 t of magnets" are magnets, not rare-earth oxide. :func:`tag_products`
reads the product named next to each figure and records it on the claim (``Claim.product``,
a product slug); the verdict then checks the claim against that product's series when the
dataset holds one (observations with that ``product``), and otherwise calls it unverifiable,
naming the series that would settle it, never judging it by the commodity's mine output.

Assumptions (docs/claims.md): the product is read in the figure's own clause (the words
right after it up to a comma or the next figure, else the words just before it); "magnet(s)"
not followed by "rare earth" means finished magnets.
"""

from __future__ import annotations

import re
from functools import cache

from critmin.claims.match import PRODUCT_SEP
from critmin.claims.model import Claim

__all__ = ["PRODUCT_LABELS", "PRODUCT_SEP", "product_label", "tag_products"]

#: product cues: (commodities they apply to, pattern, product slug). A slug that is a
#: ``product`` of observations.csv selects that series; any other slug names a product the
#: dataset holds no series of. More specific cues come first.
_CUES: tuple[tuple[frozenset[str], re.Pattern[str], str], ...] = tuple(
    (frozenset(coms.split()), re.compile(pat, re.I), slug) for coms, pat, slug in (
        # rare earths: USGS salient-statistics lines
        ("rare_earths", r"\bcompounds?\s+(?:and|&)\s+metals?\b", "compounds_and_metals"),
        ("rare_earths", r"\bmetals?\s+(?:and|&)\s+alloys\b", "metals_and_alloys"),
        ("rare_earths", r"\bferro-?cerium\b", "ferrocerium_alloys"),
        # USGS's US mine line, "mineral concentrates", is stated in REO
        ("rare_earths", r"\bconcentrates?\b", "mineral_concentrates"),
        ("rare_earths", r"\bcompounds?\b(?!\s+(?:annual|growth|interest))", "compounds"),
        # narrower products and intermediates the dataset holds no production series of
        ("lithium", r"\bhard[\s-]rock\b", "hard_rock_lithium"),
        ("lithium", r"\bspodumene\b", "spodumene_concentrate"),
        ("lithium", r"\b(?:lithium\s+)?hydroxide\b", "lithium_hydroxide"),
        ("lithium", r"\bbrines?\b", "brine_lithium"),
        ("nickel", r"\b(?:nickel\s+)?pig\s+iron\b|\bNPI\b", "nickel_pig_iron"),
        ("nickel", r"\bmixed\s+hydroxide(?:\s+precipitate)?\b|\bMHP\b", "mixed_hydroxide_precipitate"),
        ("nickel", r"\bmatte\b", "nickel_matte"),
        ("nickel", r"\bferro-?nickel\b", "ferronickel"),
        ("nickel", r"\b(?:nickel\s+)?sul(?:ph|f)ate\b", "nickel_sulfate"),
        ("nickel", r"\bclass[\s-](?:1|one|I)\b", "class_1_nickel"),
        ("cobalt", r"\b(?:cobalt\s+)?hydroxide\b", "cobalt_hydroxide"),
        ("cobalt", r"\b(?:cobalt\s+)?sul(?:ph|f)ate\b", "cobalt_sulfate"),
        ("graphite", r"\bspherical\b|\bspheroidi[sz]ed\b", "spherical_graphite"),
        ("graphite", r"\banodes?\b|\banode[\s-]grade\b", "anode_graphite"),
        ("graphite", r"\bsynthetic\b", "synthetic_graphite"),
        ("tungsten", r"\bAPT\b|\bammonium\s+paratungstate\b", "ammonium_paratungstate"),
        ("tungsten", r"\btungsten\s+carbide\b|\bferro-?tungsten\b", "tungsten_carbide"),
        ("gallium germanium graphite lithium nickel cobalt antimony tungsten",
         r"\bhigh[\s-]purity\b|\bbattery[\s-]grade\b", "high_grade"),
        # "nickel intermediates production": HPAL and smelter intermediates, neither ore nor refined metal
        ("nickel cobalt lithium", r"\bintermediates?\b(?!\s+(?:goods|stage|step))", "intermediates"),
    ))

#: "magnets" (not "magnet rare earths"): finished NdFeB magnets, another commodity
_MAGNET_WORD = re.compile(r"\bmagnets?\b(?![\s-]+(?:rare|REEs?\b|metals?\b|materials?\b|feed))", re.I)
#: where a figure's own words end: a clause break or another figure
_TAIL_STOP = re.compile(r"[,;:()\u2014]|\s[\u2013-]\s|\d|\b(?:while|whereas|but|compared|versus|than|used|for|needed|"
                        r"vital|key|critical|essential|which|that|who)\b"
                        r"|\band\b(?!\s+(?:metals?|alloys)\b)", re.I)
_HEAD_STOP = re.compile(r"[,;:()\u2014]|\d|\b(?:while|whereas|but|which|that|who)\b|\band\b(?!\s+(?:metals?|alloys)\b)",
                        re.I)
_REACH = 60
_ORE_WORD = re.compile(r"\bores?\b|\bgross\s+weight\b|\brun[\s-]of[\s-]mine\b", re.I)
_CAPACITY_STAGES = (("mining", re.compile(r"\b(?:mine|mines|mining|mined|extraction)\b", re.I)),
                    ("refining", re.compile(r"\b(?:refin\w*|separat\w*|process\w*|smelt\w*)", re.I)))
#: the form a price is quoted for ("rare earth metals" is the group's name, not a form)
_PRICE_FORM = re.compile(r"(?<!earth\s)(?<!earths\s)(?<!earth-)\bmetals?\b|\boxides?\b", re.I)
_ASIDE = re.compile(r"\([^()]*\)")
#: the words that may join two figures of one series ("from 4,300 t in 2024 to an estimated 8,900 t")
_SAME_SERIES_GAP = re.compile(r"(?:[\s,]+|\b(?:in|to|and|from|then|an?|estimated|about|around|some|the|(?:19|20)\d\d)\b)*", re.I)

#: how a product slug reads in an explanation
PRODUCT_LABELS = {
    "compounds_and_metals": "compounds and metals",
    "metals_and_alloys": "metals and alloys",
    "ferrocerium_alloys": "ferrocerium and other pyrophoric alloys",
    "compounds": "compounds",
    "mineral_concentrates": "mineral concentrates",
    "high_grade": "a high-purity or battery-grade product",
}


def product_label(slug: str) -> str:
    return PRODUCT_LABELS.get(slug, slug.replace("_", " "))


@cache
def _head_stop_lead() -> re.Pattern[str]:
    """:data:`_HEAD_STOP` tried only where a match can start (``extract._lead``: the same matches)."""
    from critmin.claims.extract import _lead

    return _lead(_HEAD_STOP)


def _window(text: str, sent: tuple[int, int], span: tuple[int, int]) -> tuple[str, str, str]:
    """(words before, the claim's own text, words after) a figure, inside its clause."""
    a, b = span
    tail = text[b:min(sent[1], b + _REACH)]
    stop = _TAIL_STOP.search(tail)
    tail = tail[:stop.start()] if stop else tail
    # "compounds and metals (expressed in REO equivalent) from 4,300 t": an aside is skipped
    head = text[max(sent[0], a - _REACH - 40):a]
    head = (_ASIDE.sub(" ", head) if "(" in head else head)[-_REACH:]  # (no aside without a bracket)
    cut = None
    for m in _head_stop_lead().finditer(head):
        cut = m
    head = head[cut.end():] if cut else head
    return head, text[a:b], tail


#: per commodity, one pattern matching wherever any of its cues matches: a part none of
#: them can match is passed over with one search instead of one per cue
_CUE_ANY_OF: dict[str, re.Pattern[str]] = {
    com: re.compile("|".join(f"(?:{pat.pattern})" for coms, pat, _ in _CUES if com in coms), re.I)
    for com in sorted({c for coms, _, _ in _CUES for c in coms})}


def _cue(parts: tuple[str, str, str], commodity: str) -> str | None:
    head, own, tail = parts
    any_cue = _CUE_ANY_OF.get(commodity)
    if any_cue is None:
        return None  # no cue applies to the commodity
    for where in (tail, own, head):
        if not any_cue.search(where):
            continue
        for coms, pat, slug in _CUES:
            if commodity in coms and pat.search(where):
                return slug
    return None


#: "refined into", "processes ... into": the output a refining step makes of the commodity
_INTO = re.compile(r"\binto\b", re.I)


def tag_products(text: str, sent: tuple[int, int], claims: list[Claim]) -> None:
    """Record on each figure of one sentence the product it is about (in place)."""
    prev: Claim | None = None
    for c in claims:
        if c.kind == "quantity" and c.measure == "price" and c.commodity:
            # "neodymium metal", "terbium oxide": which product's price (never a metal's by an oxide's)
            form = _PRICE_FORM.search(" ".join(_window(text, sent, c.span)[::2]))
            if form is not None:
                c.product = "oxide" if form.group(0).lower().startswith("oxide") else "metal"
            continue
        if c.kind == "event" or c.commodity is None or c.measure in ("price", "quota", "net_import_reliance") \
                or (c.comparison or {}).get("buyer"):
            continue  # (import shares are checked against the import-sources lines, whatever the product)
        last, prev = prev, c
        window: tuple[str, str, str] | None = None  # the figure's window, cut once per figure
        if c.measure == "capacity" and c.stage is None:
            # "mining capacity", "separation capacity": the stage of the capacity, so a share of
            # separation capacity never answers one of mining capacity
            parts = window = _window(text, sent, c.span)
            stage = next((st for p in parts for st, pat in _CAPACITY_STAGES if pat.search(p)), None)
            if stage is not None:
                c.stage = stage
        # ("fell by 7.8% to 414,000 t": the level a change reached shares its product)
        if last is not None and last.product and (last.kind == c.kind or (last.kind, c.kind) == ("change", "quantity")) \
                and last.commodity == c.commodity \
                and last.measure == c.measure and last.country == c.country and last.span[1] <= c.span[0] \
                and _SAME_SERIES_GAP.fullmatch(text, last.span[1], c.span[0]):
            c.product = last.product  # "... compounds and metals from 4,300 t in 2024 to 8,900 t in 2025"
            continue
        parts = window if window is not None else _window(text, sent, c.span)
        if c.kind == "share" and c.stage == "refining" and (into := _INTO.search(parts[2])) is not None:
            # "refines 90% of the world's graphite into anode material": what the commodity is refined
            # into names the refinery's output, not another product the share is of (thirteenth session;
            # README readings C290, C388, C4723)
            parts = (parts[0], parts[1], parts[2][:into.start()])
        if c.commodity == "rare_earths" and c.kind != "share" and any("magnet" in p.lower() and _MAGNET_WORD.search(p) for p in parts):
            # "270,000 t of magnets", "magnet output rose 10%", "the largest magnet producer"
            c.commodity, c.stage = "ndfeb_magnets", "magnet" if c.measure in (None, "production") else c.stage
            c.subject = (c.subject or "").replace("Rare earths", "NdFeB magnets") or None
            continue
        slug = _cue(parts, c.commodity)
        if slug is not None:
            c.product = slug
            if slug == "mineral_concentrates" and c.basis == "gross weight" and not _ORE_WORD.search(c.sentence):
                c.basis = None  # the concentrates line is REO contained in concentrate, as USGS states it
