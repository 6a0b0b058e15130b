"""The claim checker: read an article, find every checkable claim, judge it against the
data edition by edition, and list the statements that contradict each other.

>>> from critmin.claims import check
>>> result = check("China mined 270,000 tons of rare earths in 2024.", date="2025-03-19")  # doctest: +SKIP
>>> result.checks[0].verdict.verdict                                                      # doctest: +SKIP
'supported'

:class:`Checker` loads the store's tables once (``Checker.from_store()`` or
``Checker.from_frames(...)``); each :meth:`Checker.check` is then pure Python.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from critmin.claims.model import (
    KINDS,
    VERDICTS,
    CheckResult,
    Claim,
    ClaimCheck,
    Contradiction,
    Evidence,
    Verdict,
)
from critmin.errors import ClaimError

if TYPE_CHECKING:
    from critmin.claims.match import EvidenceIndex
    from critmin.store import Store

__all__ = [
    "KINDS",
    "MAX_BYTES",
    "MAX_CLAIMS",
    "VERDICTS",
    "CheckResult",
    "Checker",
    "Claim",
    "ClaimCheck",
    "Contradiction",
    "Evidence",
    "Verdict",
    "check",
    "decode_article",
    "read_article",
]

#: largest article accepted (bytes); a longer input is refused before it is read whole
MAX_BYTES = 2_000_000

NO_CLAIMS = "no checkable claims"

#: most claims judged in one article (a 2 MB list of figures is not an article)
MAX_CLAIMS = 5000

_OBS_SQL = (
    "SELECT commodity, product, measure, stage, country, year, value, value_high, unit, basis, "
    "qualifier, edition, source_id, locator FROM obs_all"  # bundled rows and the user layer
)


def decode_article(data: bytes, where: str = "input") -> str:
    """Text of an article given as bytes: UTF-8 (with or without BOM), else a clear error."""
    if len(data) > MAX_BYTES:
        raise ClaimError(
            f"{where} is {len(data) / 1e6:.1f} MB; the checker reads articles of at most {MAX_BYTES / 1e6:.0f} MB",
            hint="split the text into articles and check them one by one")
    head = data[:4096]
    if b"\x00" in head or (head and sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.1):
        raise ClaimError(f"{where} looks like binary data, not text",
                         hint="give a plain-text or HTML article (UTF-8)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ClaimError(
            f"{where} is not UTF-8 text: byte 0x{data[err.start]:02x} at offset {err.start} cannot be decoded",
            hint="save the article as UTF-8 (e.g. iconv -f latin1 -t utf-8 FILE)") from None


def read_article(path: str | Path | None = None, stream: BinaryIO | None = None) -> str:
    """Read an article from a file or a binary stream, reading at most ``MAX_BYTES + 1``
    bytes so a huge input costs bounded memory."""
    if path is not None and str(path) != "-":
        p = Path(path)
        if not p.exists():
            raise ClaimError(f"no such file: {p}")
        if p.is_dir():
            raise ClaimError(f"{p} is a directory, not an article")
        try:
            with p.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as err:
            raise ClaimError(f"cannot read {p}: {err.strerror}") from err
        return decode_article(data, str(p))
    if stream is None:
        import sys

        stream = sys.stdin.buffer
    return decode_article(stream.read(MAX_BYTES + 1), "standard input")


def _today() -> str:
    return dt.date.today().isoformat()


def _parse_date(date: str | dt.date | None) -> str:
    if date is None or date == "":
        return _today()
    if isinstance(date, dt.date):
        return date.isoformat()
    try:
        return dt.date.fromisoformat(str(date).strip()).isoformat()
    except ValueError:
        raise ClaimError(f"article date {date!r} is not a date; expected YYYY-MM-DD (e.g. 2025-03-19)") from None


class Checker:
    """Checks articles against an evidence index built once from the store."""

    def __init__(self, index: EvidenceIndex, dataset_version: str = "unknown", data_dir: str | None = None) -> None:
        from critmin.dataset import DATA_DIR

        self.index = index
        self.dataset_version = dataset_version
        self.data_dir = data_dir or str(DATA_DIR)
        #: the learned fallback for sentences no rule reads (critmin.claims.detector); off to see the rules alone
        self.fallback = True
        #: events recognised by their rows' signatures (critmin.claims.event_signatures); off to see the rules alone
        self.signatures = True
        #: event sentences left open matched to a row by the learned matcher (critmin.claims.event_matcher); off to see the rules alone
        self.matcher = True

    @classmethod
    def from_store(cls, store: Store | None = None) -> Checker:
        """Load observations, editions, sources (and events when the store has them) once."""
        if store is None:
            from critmin.service import open_default_store

            store = open_default_store()
        from critmin.claims.match import EvidenceIndex

        def rows(sql: str) -> list[dict[str, Any]]:
            cols, data = store.sql(sql, output="rows")
            return [dict(zip(cols, r, strict=True)) for r in data]

        tables = set(store.tables())
        events = rows("SELECT * FROM events") if "events" in tables else None
        imports = rows("SELECT * FROM import_sources") if "import_sources" in tables else None
        index = EvidenceIndex.build(
            rows(_OBS_SQL), rows("SELECT * FROM editions"), events=events,
            sources=rows("SELECT source_id, publisher, title, edition, table_or_page, url FROM sources"),
            import_sources=imports,
        )
        return cls(index, store.dataset_version, str(store.data_dir))

    @classmethod
    def from_frames(cls, observations: Any, editions: Any, events: Any = None, sources: Any = None,
                    dataset_version: str = "unknown", import_sources: Any = None) -> Checker:
        """From DataFrames (or lists of dicts) shaped like the store's tables."""
        from critmin.claims.match import EvidenceIndex

        def recs(df: Any) -> list[dict[str, Any]] | None:
            if df is None:
                return None
            if hasattr(df, "to_dict"):
                return list(df.to_dict("records"))
            return list(df)

        index = EvidenceIndex.build(recs(observations) or [], recs(editions) or [], events=recs(events),
                                    sources=recs(sources), import_sources=recs(import_sources))
        return cls(index, dataset_version)

    def check(self, text: str | bytes, date: str | dt.date | None = None) -> CheckResult:
        """Every checkable claim of ``text`` with its verdict, and the contradictions."""
        from critmin.claims import subject_scope
        from critmin.claims.contradictions import find_contradictions
        from critmin.claims.extract import clean_text, extract_claims, new_article
        from critmin.claims.verdict import context, judge
        from critmin.claims.year_carry import carry_previous_year

        if isinstance(text, (bytes, bytearray)):
            text = decode_article(bytes(text))
        if len(text) > MAX_BYTES:
            raise ClaimError(f"the article has {len(text):,} characters; the checker reads at most {MAX_BYTES:,}",
                             hint="split the text into articles and check them one by one")
        day = _parse_date(date)
        clean = clean_text(text)
        subject_scope.new_article()
        new_article()  # (the sentence memos of extract.py: nothing carries between articles)
        current = self.index.current_editions(day)
        result = CheckResult(text=clean, date=day, current_editions=current,
                             dataset_version=self.dataset_version)
        if not clean:
            result.message = f"empty text: {NO_CLAIMS}"
            return result
        claims = extract_claims(clean, self.data_dir, day)
        carry_previous_year(claims, clean, day, _latest_year_of_day(self.index, current))  # labelling rule 13: the year of the sentence before
        _other_countries(claims)
        _previous_edition_ranks(claims)
        _rank_revisions(claims)
        _umbrella_commodity(claims, self.data_dir)
        _apposed_shares(claims)
        if len(claims) > MAX_CLAIMS:
            result.message = f"the article has {len(claims):,} claims; the first {MAX_CLAIMS:,} were checked"
            claims = claims[:MAX_CLAIMS]
        ctx = context(self.index, day, current)
        for c in claims:
            try:
                v = judge(c, self.index, day, current, ctx)
            except Exception as err:  # one odd claim must not sink the whole article
                v = Verdict("unverifiable", f"the checker could not judge this claim ({type(err).__name__}: {err})",
                            needs="a fix in the checker; please report the sentence")
            result.checks.append(ClaimCheck(c, v))
        _corroborate_carried_country(result.checks, self.index, day, current, ctx)
        _carried_main_subject(result.checks, self.index, day, current, ctx)
        _refit_carried(result.checks, self.index, day, current, ctx)
        _article_subject(result.checks, self.index, day, current, ctx, self.data_dir)
        _one_edition_per_sentence(result.checks)
        _bound_share_follows_day(result.checks)
        _world_figure_of_ranked_country(result.checks, lambda c: judge(c, self.index, day, current, ctx))
        _rank_measure_of_figure(result.checks, lambda c: judge(c, self.index, day, current, ctx))
        _specific_commodity_ranks(result.checks, clean, lambda c: judge(c, self.index, day, current, ctx),
                                  self.data_dir)
        _article_commodity(result.checks, clean, self.index, day, current, ctx, self.data_dir)
        result.checks = _neighbour_figures_unread(result.checks)
        result.checks = _partly_matched_measures(result.checks, self.index, day)
        _later_editions(result.checks, self.index, day)
        _figures_in_event_rows(result.checks, self.index, day)
        result.checks = _drop_anchoring_events(result.checks)
        result.checks = _drop_unsettled_presupposed(result.checks)
        if self.fallback and len(result.checks) < MAX_CLAIMS:
            _detector_fallback(result.checks, clean, (self.index, day, current, ctx, self.data_dir))
        if self.signatures and len(result.checks) < MAX_CLAIMS:
            _signature_events(result.checks, clean, self.index, day, self.data_dir)
        if self.matcher and self.index.events:
            _matched_events(result.checks, self.index, day, self.data_dir, clean)
        if self.matcher and self.index.events and len(result.checks) < MAX_CLAIMS:
            # (after the matcher, and off with it: the learned parts are trained without this pass)
            _planned_row_figures(result.checks, clean, self.index, day, self.data_dir)
        if self.matcher and self.index.events:
            # (after the matcher, and off with it: the learned parts are trained without this pass)
            _unheld_acts(result.checks, self.index.events, day)
            _other_base_shares(result.checks)
        _approval_rates(result.checks)
        result.contradictions = find_contradictions(claims)
        if not claims and not result.checks:
            result.message = NO_CLAIMS
        return result


def _approval_rates(checks: list[ClaimCheck]) -> None:
    """A share of licence applications approved is no recorded event: see
    :mod:`critmin.claims.approval_rates`."""
    from critmin.claims.approval_rates import unheld_approval_rates

    unheld_approval_rates(checks)


def _unheld_acts(checks: list[ClaimCheck], events: list[dict[str, Any]] | None, day: str) -> None:
    """A meeting that took place, licences granted to named firms: acts the matched row does not hold
    (labelling rules 21a, 18a), a deal completed long after the recorded agreement (rule 9); see
    :mod:`critmin.claims.unheld_acts`."""
    from critmin.claims.unheld_acts import unheld_acts

    unheld_acts(checks, events, day)


def _other_base_shares(checks: list[ClaimCheck]) -> None:
    """A percentage of a product's value or of a country's own output set aside is no share of the world
    (labelling rule 6); see :mod:`critmin.claims.share_bases`."""
    from critmin.claims.share_bases import other_base_shares

    other_base_shares(checks)


def _judge_carried(checks: list[ClaimCheck], i: int, index: EvidenceIndex, day: str,
                   current: dict[str, str], ctx: Any, why: str) -> None:
    """Judge claim ``i``, whose country came from another paragraph, as if it were named, saying
    ``why`` the reading is trusted; keep the cautious verdict if judging fails."""
    from dataclasses import replace

    from critmin.claims.verdict import judge

    c = checks[i].claim
    try:
        v = judge(replace(c, country_source="previous_sentence"), index, day, current, ctx)
    except Exception:  # keep the cautious verdict
        return
    v.explanation = f"{v.explanation} (the country, {c.country}, was read from another paragraph; {why})"
    checks[i] = ClaimCheck(c, v)


def _corroborate_carried_country(checks: list[ClaimCheck], index: EvidenceIndex, day: str,
                                 current: dict[str, str], ctx: Any) -> None:
    """A claim whose country came from another paragraph is not refuted (the text may mean
    another country), unless another claim of the same sentence about that country is
    supported (a sentence that ranks the country first for a commodity and gives its share: the
    confirmed rank shows the reading is right, so the share is judged too)."""
    from critmin.claims.verdict import CARRIED_NEEDS

    for i, cc in enumerate(checks):
        c = cc.claim
        if cc.verdict.needs != CARRIED_NEEDS:
            continue
        if not any(j != i and o.claim.sentence_span == c.sentence_span and o.claim.country == c.country
                   and o.verdict.verdict == "supported" for j, o in enumerate(checks)):
            continue
        _judge_carried(checks, i, index, day, current, ctx, "another claim of the sentence about it is supported")


def _carried_main_subject(checks: list[ClaimCheck], index: EvidenceIndex, day: str,
                          current: dict[str, str], ctx: Any) -> None:
    """ "The country produces 400,000 t a year" in an article about one country: a country read
    from "it/its/the country" in another paragraph is trusted, and the claim judged, when it
    is the article's main subject: the country its other claims name in their own sentences
    most often (at least twice, and more often than any other)."""
    from collections import Counter

    from critmin.claims.verdict import CARRIED_NEEDS

    if not any(cc.verdict.needs == CARRIED_NEEDS for cc in checks):
        return
    named = Counter(cc.claim.country for cc in checks
                    if cc.claim.country_source is None and cc.claim.country not in (None, "WLD"))
    top = named.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return
    main = top[0][0]
    for i, cc in enumerate(checks):
        c = cc.claim
        if cc.verdict.needs != CARRIED_NEEDS or c.country != main:
            continue
        _judge_carried(checks, i, index, day, current, ctx, "it is the country the article's other claims name most")


def _latest_year_of_day(index: EvidenceIndex, current: dict[str, str]) -> Any:
    """The latest year a claim's series has in the editions current on the day."""
    from critmin.claims.match import measure_key

    cur = set(current.values())

    def latest(c: Claim) -> int | None:
        key = measure_key(c.measure or "", c.stage)
        if c.kind == "share" and not index.editions_with(c.commodity or "", key):
            key = "production_share"
        years = [y for e in index.editions_with(c.commodity or "", key) if e in cur
                 and (y := index.latest_year(c.commodity or "", key, e)) is not None]
        return max(years) if years else None

    return latest


def _refit_carried(checks: list[ClaimCheck], index: EvidenceIndex, day: str, current: dict[str, str],
                   ctx: Any) -> None:
    """A carried country the figures contradict, when they fit one other country
    alone: see :mod:`critmin.claims.carried_fit`."""
    from critmin.claims.carried_fit import refit_carried_country
    from critmin.claims.verdict import CARRIED_NEEDS

    refit_carried_country(checks, index, day, current, ctx, CARRIED_NEEDS)


def _article_subject(checks: list[ClaimCheck], index: EvidenceIndex, day: str, current: dict[str, str],
                     ctx: Any, data_dir: str | None = None) -> None:
    """A figure whose sentence names no country, in an article about one country: see
    :mod:`critmin.claims.article_subject`."""
    from critmin.claims.article_subject import judge_for_article_subject

    judge_for_article_subject(checks, index, day, current, ctx, data_dir)


def _article_commodity(checks: list[ClaimCheck], text: str, index: EvidenceIndex, day: str,
                       current: dict[str, str], ctx: Any, data_dir: str) -> None:
    """Dominance over "critical minerals" in an article about one commodity: see
    :mod:`critmin.claims.article_commodity`."""
    from critmin.claims.article_commodity import judge_for_article_commodity

    judge_for_article_commodity(checks, text, index, day, current, ctx, data_dir)


def _apposed_shares(claims: list[Claim]) -> None:
    """A share set off after a dated tonnage: see :mod:`critmin.claims.apposition`."""
    from critmin.claims.apposition import date_apposed_shares

    date_apposed_shares(claims)


def _other_countries(claims: list[Claim]) -> None:
    """Tonnages of "other countries": see :mod:`critmin.claims.other_countries`."""
    from critmin.claims.other_countries import read_other_countries

    read_other_countries(claims)


def _umbrella_commodity(claims: list[Claim], data_dir: str) -> None:
    """A figure tied to a singular "critical mineral" that stands for the sentence's one commodity:
    see :mod:`critmin.claims.umbrella_commodity`."""
    from critmin.claims.umbrella_commodity import specific_for_umbrella

    specific_for_umbrella(claims, data_dir)


def _rank_revisions(claims: list[Claim]) -> None:
    """A rank the text says an edition revised ("moved Vietnam from second to sixth"): see
    :mod:`critmin.claims.rank_revision`."""
    from critmin.claims.rank_revision import read_rank_revisions

    read_rank_revisions(claims)


def _previous_edition_ranks(claims: list[Claim]) -> None:
    """ "The agency had previously estimated that Vietnam had 22 Mt, the world's second-largest
    deposits": a rank set beside a figure the text gives as the previous edition's (same
    country and measure, no year of its own) is that edition's rank too."""
    prev = {(c.sentence_span, c.country, c.measure) for c in claims if c.kind == "quantity" and c.edition_ref == "previous"}
    if not prev:
        return
    for c in claims:
        if c.kind == "rank" and c.year is None and not c.edition_ref and (c.sentence_span, c.country, c.measure) in prev:
            c.edition_ref = "previous"


def _later_editions(checks: list[ClaimCheck], index: EvidenceIndex, day: str) -> None:
    """Figures only editions published after the article hold: see
    :mod:`critmin.claims.later_editions`."""
    from critmin.claims.later_editions import settle_later_editions

    settle_later_editions(checks, index, day)


def _neighbour_figures_unread(checks: list[ClaimCheck]) -> list[ClaimCheck]:
    """A refuted figure read as the same quantity as a supported, different figure of its
    sentence: see :mod:`critmin.claims.data_fit`."""
    from critmin.claims.data_fit import unread_neighbour_figures

    return unread_neighbour_figures(checks)


def _partly_matched_measures(checks: list[ClaimCheck], index: EvidenceIndex, day: str) -> list[ClaimCheck]:
    """A measure matched for only some of the commodities a sentence lists, another measure
    of that kind covering the rest: see :mod:`critmin.claims.data_fit`."""
    from critmin.claims.data_fit import partly_matched_measures

    return partly_matched_measures(checks, index.events, day)


def _drop_anchoring_events(checks: list[ClaimCheck]) -> list[ClaimCheck]:
    """An event in a clause of time that dates a change ("since China restricted
    exports"): see :mod:`critmin.claims.anchor_clause`."""
    from critmin.claims.anchor_clause import drop_anchoring_events

    return drop_anchoring_events(checks)


def _drop_unsettled_presupposed(checks: list[ClaimCheck]) -> list[ClaimCheck]:
    """A measure presupposed in passing that the table does not settle is no claim to list:
    see :mod:`critmin.claims.presupposed_events`."""
    from critmin.claims.presupposed_events import drop_unsettled

    return drop_unsettled(checks)


def _one_edition_per_sentence(checks: list[ClaimCheck]) -> None:
    """A sentence that quotes one series for several dated figures follows one edition
    (labelling rule 3, C604): when one figure of a series (commodity and measure) is supported
    by the edition current on the date, and another dated figure of the same series matches
    only an older or newer edition while that current edition holds its year with another
    value ("230,000 t in 2023, up from 2022's 190,000 t", the current edition having revised
    2022 to 197,000 t), the text mixes editions: the second figure is wrong in the edition the
    sentence otherwise follows (refuted), so the sentence is partly supported. Figures of
    other kinds or measures, and undated ones, keep their own edition (supported_by_other_edition)."""
    for i, cc in enumerate(checks):
        v, c = cc.verdict, cc.claim
        if v.verdict != "supported_by_other_edition" or c.year is None:
            continue
        now = {e.edition for e in v.evidence if e.current and e.value is not None and e.year == c.year}
        follows = next((o for j, o in enumerate(checks) if j != i
                        and o.claim.sentence_span == c.sentence_span and o.claim.year is not None
                        and o.claim.kind == c.kind
                        and (o.claim.commodity, o.claim.measure, o.claim.stage) == (c.commodity, c.measure, c.stage)
                        and o.verdict.verdict == "supported" and o.verdict.edition in now), None)
        if follows is None:
            continue
        ed = follows.verdict.edition
        fy = follows.claim.year
        cur_vals = {e.value for e in follows.verdict.evidence if e.edition == ed and e.year == fy and e.value is not None}
        old_vals = {e.value for e in follows.verdict.evidence if e.edition == v.edition and e.year == fy and e.value is not None}
        if cur_vals and cur_vals == old_vals:
            # "Brazil produced 20 t in 2024, compared with China's 270,000": the edition that matches
            # the second figure gives the first one too, so the sentence follows it whole (rule 3 b)
            continue
        checks[i] = ClaimCheck(cc.claim, Verdict(
            "refuted", f"the sentence follows {ed}, current on the date (its figure {follows.claim.text!r} is "
            f"{ed}'s), which disagrees here; only {v.edition} matches: {v.explanation}",
            evidence=v.evidence, edition=ed))


def _world_figure_of_ranked_country(checks: list[ClaimCheck], judging: Any) -> None:
    """A tonnage read as the world total that is the ranked country's: see
    :mod:`critmin.claims.world_figure` (twelfth session)."""
    from critmin.claims.world_figure import world_figure_of_ranked_country

    world_figure_of_ranked_country(checks, judging)


def _figures_in_event_rows(checks: list[ClaimCheck], index: EvidenceIndex, day: str) -> None:
    """A share or tonnage left unverifiable that an event row states: see
    :func:`critmin.claims.event_terms.figures_in_event_rows` (fourteenth session)."""
    if index.events and any(cc.verdict.verdict == "unverifiable" and cc.claim.kind in ("share", "quantity", "change")
                            and (cc.claim.value is not None or cc.claim.change is not None) for cc in checks):
        from critmin.claims.event_terms import figures_in_event_rows

        figures_in_event_rows(checks, index.events, day)


def _planned_row_figures(checks: list[ClaimCheck], text: str, index: EvidenceIndex, day: str, data_dir: str) -> None:
    """A recorded plan's output figure in a sentence no rule, fallback or matcher read ("is expected
    to produce 100 t of gallium a year"): see :mod:`critmin.claims.planned_figures` (twenty-fifth session)."""
    from critmin.claims.planned_figures import planned_row_figures

    planned_row_figures(checks, text, index.events, day, data_dir)


def _rank_measure_of_figure(checks: list[ClaimCheck], judging: Any) -> None:
    """A rank naming no measure, stated with a figure the data read as the other of production
    and reserves: see :func:`critmin.claims.share_rank.rank_measure_of_figure` (fourteenth session)."""
    if any(cc.claim.kind == "rank" and cc.verdict.verdict == "refuted" for cc in checks):
        from critmin.claims.share_rank import rank_measure_of_figure

        rank_measure_of_figure(checks, judging)


def _bound_share_follows_day(checks: list[ClaimCheck]) -> None:
    """A share over a lower-bound world total in a sentence that follows the edition of the day:
    see :mod:`critmin.claims.bound_shares` (thirteenth session)."""
    if any(cc.claim.kind == "share" and cc.verdict.verdict == "supported_by_other_edition" for cc in checks):
        from critmin.claims.bound_shares import bound_share_follows_day

        bound_share_follows_day(checks)


def _specific_commodity_ranks(checks: list[ClaimCheck], text: str, judging: Any, data_dir: str) -> None:
    """A rank left open for want of a table of its commodity, read for the specific commodity
    the sentence names: see :mod:`critmin.claims.umbrella_ranks` (thirteenth session)."""
    if any(cc.claim.kind == "rank" and cc.verdict.verdict == "unverifiable" for cc in checks):
        from critmin.claims.umbrella_ranks import specific_commodity_ranks

        specific_commodity_ranks(checks, text, judging, data_dir)


def _detector_fallback(checks: list[ClaimCheck], text: str, judging: tuple[Any, ...] | None = None) -> None:
    """Sentences no rule read that the learned detector scores as checkable claims: one
    ``unverifiable`` claim each, in reading order (see :mod:`critmin.claims.detector`); with
    ``judging`` (index, day, current editions, context, data dir), a dated event sentence a
    recorded event settles takes the event judge's verdict (:mod:`critmin.claims.fallback_events`)."""
    from critmin.claims.detector import (
        fallback_claims,
        fallback_explanation,
        fallback_needs,
        load_weights,
    )
    from critmin.claims.extract import sentence_spans
    from critmin.claims.fallback_events import fallback_event_verdict
    from critmin.claims.fallback_figures import fallback_figure_verdict

    weights = load_weights()
    sents = sentence_spans(text)  # (the spans extract_claims read)
    extra = fallback_claims(text, sents, [cc.claim for cc in checks], weights)
    if not extra:
        return
    coms = Counter(cc.claim.commodity for cc in checks if cc.claim.commodity)
    top = coms.most_common(2)
    main = top[0][0] if top and (len(top) == 1 or top[0][1] > 2 * top[1][1]) else None  # the article's commodity
    for c, logit in extra:  # inserted before the first claim that starts after it; the rules' order stays
        at = next((i for i, cc in enumerate(checks) if cc.claim.span[0] > c.span[0]), len(checks))
        judged = fallback_event_verdict(c, *judging) if judging is not None else None
        if judged is None and judging is not None:
            idx, day, current, ctx, data_dir = judging
            judged = fallback_figure_verdict(c, idx, day, current, ctx, data_dir,
                                             article_commodity=main)  # (twelfth session: fallback_figures.py)
        if judged is not None:
            checks.insert(at, ClaimCheck(*judged))
            continue
        checks.insert(at, ClaimCheck(c, Verdict("unverifiable", fallback_explanation(logit, weights.threshold),
                                                needs=fallback_needs(c.kind))))


def _signature_events(checks: list[ClaimCheck], text: str, index: EvidenceIndex, day: str, data_dir: str) -> None:
    """Sentences that name a recorded event in words no rule reads: see
    :mod:`critmin.claims.event_signatures`."""
    from critmin.claims.event_signatures import signature_events
    from critmin.claims.extract import sentence_spans

    if not index.events:
        return
    sents = sentence_spans(text)  # (split_sentences with the dateline cut off: the spans extract_claims read)
    try:
        signature_events(checks, text, sents, index.events, day, data_dir)
    except Exception:  # an odd row or sentence must not sink the article: the claims stay as the rules left them
        return


def _matched_events(checks: list[ClaimCheck], index: EvidenceIndex, day: str, data_dir: str, text: str = "") -> None:
    """Event sentences the rules and signatures left open, matched to a row by the learned
    matcher, then sentences rule 10's gates held that it links to a recorded row: see
    :mod:`critmin.claims.event_matcher`."""
    from critmin.claims.event_matcher import cited_rows, match_gated_events, match_open_events

    cited = cited_rows(checks)  # the rules' citations, before any call of the matcher (as in training)
    try:
        match_open_events(checks, index.events, day, data_dir)
    except Exception:  # an odd row or sentence must not sink the article: the claims stay as they were
        return
    try:  # (twenty-sixth session) rows the rules found but compared nothing of: critmin.claims.found_rows
        from critmin.claims.found_rows import match_found_rows

        match_found_rows(checks, index.events, day, data_dir)
    except Exception:  # as above
        return
    try:  # (twenty-sixth session) sentences re-telling an event the matcher called: critmin.claims.restatements
        from critmin.claims.restatements import match_restatements

        match_restatements(checks, index.events, day, data_dir, cited)
    except Exception:  # as above
        return
    if text:
        try:
            match_gated_events(checks, text, index.events, day, data_dir, cited)
        except Exception:  # as above
            return


_DEFAULT: Checker | None = None


def check(text: str | bytes, date: str | dt.date | None = None, store: Store | None = None) -> CheckResult:
    """Check an article (text, date of publication; default today) against the bundled data."""
    global _DEFAULT
    if store is not None:
        return Checker.from_store(store).check(text, date)
    if _DEFAULT is None:
        _DEFAULT = Checker.from_store()
    return _DEFAULT.check(text, date)
