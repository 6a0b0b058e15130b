"""Data classes of the claim checker: what a sentence asserts, the evidence, the verdict."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "KINDS",
    "VERDICTS",
    "CheckResult",
    "Claim",
    "ClaimCheck",
    "Contradiction",
    "Evidence",
    "Verdict",
]

#: The verdict vocabulary (exactly these five).
VERDICTS = ("supported", "refuted", "partly_supported", "supported_by_other_edition", "unverifiable")

#: Claim kinds.
KINDS = ("quantity", "share", "rank", "comparison", "change", "event")


@dataclass
class Claim:
    """One checkable statement, in structured form.

    ``span`` is the character span of the claim's core (the number, ordinal or event
    phrase) in the article; ``sentence_span`` the span of its sentence.
    """

    sentence: str
    span: tuple[int, int]
    kind: str
    text: str = ""
    sentence_span: tuple[int, int] = (0, 0)
    subject: str | None = None          # what the statement is about, in words
    commodity: str | None = None        # commodity slug
    measure: str | None = None          # observations.measure
    stage: str | None = None
    country: str | None = None          # ISO3 (WLD for the world)
    year: int | None = None
    value: float | None = None          # as stated, in ``unit``
    unit: str | None = None             # units.csv unit (t, kt, Mt, kg, percent, USD/kg ...)
    basis: str | None = None            # REO, metal content, ore/gross weight, total supply (shares) when stated
    hedge: str | None = None            # about, more than, at least ...
    precision: float | None = None      # half a unit of the last stated digit, in ``unit``
    rank: int | None = None             # 1 = largest
    rank_op: str | None = None          # "==" or "<=" (top three)
    share: float | None = None          # fraction of the world
    change: float | None = None         # relative change (-0.74 = fell 74%); ratio-1 for "tripled"
    comparison: dict[str, Any] | None = None   # {"other": ISO3, "op": ">", "ratio": 2.0}
    event: dict[str, Any] | None = None        # {"type":..., "date":..., "count":..., "elements":...}
    source: str | None = None           # attributed publisher (USGS, IEA, BGS ...)
    series: str | None = None           # editions.series the attribution selects
    edition: str | None = None          # edition named in the text ("MCS 2024")
    edition_ref: str | None = None      # "previous": the figure the edition before the current one reported
    country_source: str | None = None   # country taken from "it/its/the country": previous_sentence | previous_paragraph
    undated: str | None = None          # "eleven years later": a time relative to another sentence, no year
    product: str | None = None          # product the figure is of ("compounds_and_metals", "nickel_pig_iron")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        d["sentence_span"] = list(self.sentence_span)
        return d


@dataclass
class Evidence:
    """One row of the store brought to bear on a claim."""

    edition: str
    source_id: str
    commodity: str
    measure: str
    country: str
    year: int | None
    value: float | None
    unit: str
    basis: str | None = None
    qualifier: str | None = None
    published: str | None = None
    locator: str | None = None
    current: bool = False               # the edition current on the article's date
    derived: str | None = None          # how a figure was computed from rows (share, rank ...)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Verdict:
    """The verdict on one claim, with the evidence and a one-line explanation."""

    verdict: str
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    edition: str | None = None          # edition that settles it (named for other-edition verdicts)
    needs: str | None = None            # for unverifiable: the data that would settle it

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}; expected one of {VERDICTS}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "explanation": self.explanation,
            "edition": self.edition,
            "needs": self.needs,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass
class ClaimCheck:
    """A claim and its verdict."""

    claim: Claim
    verdict: Verdict

    def to_dict(self) -> dict[str, Any]:
        return {"claim": self.claim.to_dict(), **self.verdict.to_dict()}


@dataclass
class Contradiction:
    """Two or more statements in one article that cannot all hold."""

    kind: str                      # different_figures | ordinal_vs_list | total_mismatch | rank_conflict
    explanation: str
    claims: list[int] = field(default_factory=list)   # indexes into CheckResult.checks

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CheckResult:
    """Everything the checker says about one article."""

    text: str
    date: str
    current_editions: dict[str, str]
    checks: list[ClaimCheck] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    message: str | None = None
    dataset_version: str = "unknown"

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(VERDICTS, 0)
        for c in self.checks:
            out[c.verdict.verdict] += 1
        return out

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        return {
            "schema": "https://critmin.org/schema/claims/v1.json",
            "date": self.date,
            "dataset_version": self.dataset_version,
            "current_editions": dict(self.current_editions),
            "message": self.message,
            "counts": self.counts(),
            "claims": [c.to_dict() for c in self.checks],
            "contradictions": [c.to_dict() for c in self.contradictions],
            **({"text": self.text} if include_text else {}),
        }
