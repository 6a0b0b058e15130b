"""Score ``critmin.claims`` against the labelled evaluation set in this folder.

    python benchmarks/claims_eval/run.py [--json] [--data DIR] [--split dev|heldout|all]

For every article in ``articles.csv`` the runner joins its labelled claim sentences
(``claims.csv`` and the closed blocks ``claims_A<first>-A<last>.csv``) and its non-claim sentences (``non_claims.csv``) into one text, checks
it with ``critmin.claims.check(text, date=<published>)`` and matches each detected claim
to the sentence its character span falls in. It prints, overall and per claim kind:

* detection recall: labelled claim sentences with at least one detected claim;
* detection precision: detected claims that fall in a labelled claim sentence (a
  detection in a non-claim sentence, or outside every sentence, is a false positive);
* verdict accuracy: labelled claims whose (sentence-level) verdict equals the label,
  over the detected ones ("of detected") and over all labelled claims ("end to end").

A baseline is measured in the same run: "every sentence with a digit is a claim,
and every claim is unverifiable" (the majority label). Exit status 2 when
``critmin.claims`` cannot be imported.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
VERDICTS = (
    "supported",
    "refuted",
    "partly_supported",
    "supported_by_other_edition",
    "unverifiable",
)
KINDS = ("quantity", "share", "rank", "comparison", "change", "date_event", "attribution")


@dataclass
class Sentence:
    sid: str  # claim_id or non_claim_id
    text: str
    is_claim: bool
    kind: str = ""
    expected: str = ""
    start: int = 0
    end: int = 0
    detected: list[Mapping[str, Any]] = field(default_factory=list)


@dataclass
class Article:
    article_id: str
    published: str
    sentences: list[Sentence]

    def text(self) -> str:
        """Join the sentences one per paragraph and record each sentence's span."""
        parts: list[str] = []
        pos = 0
        for s in self.sentences:
            s.start, s.end = pos, pos + len(s.text)
            parts.append(s.text)
            pos = s.end + 2
        return "\n\n".join(parts)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def claim_block(path: Path) -> tuple[str, str] | None:
    """The first and last article id of a closed block of claims (``claims_A1000-A1999.csv``), or None."""
    m = re.fullmatch(r"claims_(A\d+)-(A\d+)\.csv", path.name)
    return (m.group(1), m.group(2)) if m else None


def claim_files(data_dir: Path) -> list[Path]:
    """The files of the labelled claims: the closed blocks of a thousand articles in id order, then
    ``claims.csv`` (the open block, where new batches go). Every article's claims are in one file, so
    the sentences of an article keep their order (README, "Files")."""
    blocks = [(block, p) for p in data_dir.glob("claims_A*.csv") if (block := claim_block(p))]
    return [p for _, p in sorted(blocks, key=lambda bp: _id_key(bp[0][0]))] + [data_dir / "claims.csv"]


def read_claims(data_dir: Path) -> list[dict[str, str]]:
    return [r for path in claim_files(data_dir) for r in read_csv(path)]


def load(data_dir: Path) -> list[Article]:
    arts = {
        r["article_id"]: Article(r["article_id"], r["published"], [])
        for r in read_csv(data_dir / "articles.csv")
    }
    for r in read_claims(data_dir):
        arts[r["article_id"]].sentences.append(
            Sentence(r["claim_id"], r["sentence"], True, r["claim_kind"], r["expected_verdict"])
        )
    for r in read_csv(data_dir / "non_claims.csv"):
        arts[r["article_id"]].sentences.append(Sentence(r["non_claim_id"], r["sentence"], False))
    return [a for a in arts.values() if a.sentences]


#: held-out articles up to this id were scored at the end of seven sessions and are no longer a
#: clean measure: since December 2026 they are study material like the dev split (README)
RETIRED_UNTIL = "A241"


def _id_key(article_id: str) -> tuple[int, str]:
    return (len(article_id), article_id)


#: the articles up to A316 were split by hash; the batches after it were labelled whole, each the
#: clean measure of one session. The tenth to twelfth batches (A317-A496) were scored at the end
#: of the eighth and ninth sessions and are study material since the tenth; the fourteenth
#: (A557-A616), the eleventh session's test set, since the twelfth; the thirteenth (A497-A556,
#: validation in the eleventh and twelfth) and the fifteenth (A617-A674, the twelfth's test set)
#: since the thirteenth; the sixteenth (A675-A734, the thirteenth's test set) since the fourteenth;
#: the twentieth (A915-A974, the fourteenth's test set) since the fifteenth; the twenty-first
#: (A975-A1034, the fifteenth's test set) since the sixteenth; the twenty-third (A1095-A1154, the
#: sixteenth's test set) since the seventeenth; the twenty-sixth (A1275-A1334, the seventeenth's test set)
#: since the eighteenth; the twenty-eighth (A1395-A1454, the eighteenth's test set) since the nineteenth;
#: the thirtieth (A1515-A1574, the nineteenth's test set) since the twentieth; the thirty-third (A1695-A1754,
#: the twentieth's test set) since the twenty-first; the thirty-fifth (A1815-A1874, the twenty-first's
#: test set) since the twenty-second; the thirty-seventh (A1935-A1994, the twenty-second's test set)
#: since the twenty-third; the thirty-ninth (A2055-A2114, the twenty-third's test set) since the twenty-fourth;
#: the forty-first (A2175-A2234, the twenty-fourth's test set) since the twenty-fifth;
#: the forty-third (A2295-A2354, the twenty-fifth's test set) since the twenty-sixth;
#: the seventeenth (A735-A794), nineteenth (A855-A914), twenty-second (A1035-A1094),
#: twenty-fourth (A1155-A1214), twenty-fifth (A1215-A1274), twenty-seventh (A1335-A1394), twenty-ninth (A1455-A1514),
#: thirty-first (A1575-A1634), thirty-second (A1635-A1694), thirty-fourth (A1755-A1814), thirty-sixth (A1875-A1934), thirty-eighth (A1995-A2054), fortieth (A2115-A2174), forty-second (A2235-A2294), forty-fourth (A2355-A2414), forty-sixth (A2475-A2534) and forty-eighth (A2595-A2654) were
#: labelled as training data
#: (README).
#: Other batches stay unread.
LAST_SPLIT = "A316"
RETIRED_BATCHES = (("A317", "A794"), ("A855", "A2414"), ("A2475", "A2534"), ("A2595", "A2654"))


def readable(article_id: str) -> bool:
    """True when the failures of this article may be read while changing the checker."""
    key = _id_key(article_id)
    if key <= _id_key(RETIRED_UNTIL):
        return True
    if key <= _id_key(LAST_SPLIT):
        return split_of(article_id) == "dev"
    return any(_id_key(first) <= key <= _id_key(last) for first, last in RETIRED_BATCHES)


def _retired() -> str:
    return ", ".join(f"{first}-{last}" for first, last in RETIRED_BATCHES)


def split_of(article_id: str) -> str:
    """``dev`` or ``heldout``: a stable hash of the article id, half and half.

    Failures may be inspected in the dev split only; the held-out split is reported
    but never read when changing the checker.
    """
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "heldout"


def select(articles: list[Article], split: str) -> list[Article]:
    if split == "all":
        return articles
    if split == "readable":
        return [a for a in articles if readable(a.article_id)]
    return [a for a in articles if split_of(a.article_id) == split]


# --- reading whatever the checker returns -------------------------------------------


def _get(obj: Any, *names: str) -> Any:
    for n in names:
        if isinstance(obj, Mapping) and n in obj:
            return obj[n]
        if hasattr(obj, n):
            return getattr(obj, n)
    return None


def claims_of(result: Any) -> list[Any]:
    """The list of detected claims in a check result (object, mapping or list)."""
    checks = getattr(result, "checks", None)  # critmin.claims.CheckResult
    if checks is not None:
        return [{"span": c.claim.span, "verdict": c.verdict.verdict, "kind": c.claim.kind} for c in checks]
    if isinstance(result, list | tuple):
        return list(result)
    found = _get(result, "claims")
    return list(found) if found is not None else []


def span_of(claim: Any, text: str) -> tuple[int, int] | None:
    span = _get(claim, "span", "char_span")
    if span is not None:
        if isinstance(span, Mapping):
            span = (span.get("start"), span.get("end"))
        try:
            return int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            pass
    start, end = _get(claim, "start"), _get(claim, "end")
    if start is not None and end is not None:
        return int(start), int(end)
    sentence = _get(claim, "sentence", "text")
    if isinstance(sentence, str) and sentence:
        i = text.find(sentence)
        if i >= 0:
            return i, i + len(sentence)
    return None


def verdict_of(claim: Any) -> str:
    v = _get(claim, "verdict")
    v = _get(v, "value", "name") if v is not None and not isinstance(v, str) else v
    return str(v or "").strip().lower()


def kind_of(claim: Any) -> str:
    k = _get(claim, "kind", "claim_kind")
    k = _get(k, "value", "name") if k is not None and not isinstance(k, str) else k
    return str(k or "").strip().lower()


def sentence_verdict(verdicts: Iterable[str]) -> str:
    """Combine the verdicts of several claims found in one sentence (README rule)."""
    vs = {v for v in verdicts if v}
    if not vs:
        return ""
    if len(vs) == 1:
        return vs.pop()
    checkable = vs - {"unverifiable"}
    if len(checkable) == 1:
        return checkable.pop()
    if "refuted" in checkable or "partly_supported" in checkable:
        return "partly_supported"
    return "supported_by_other_edition"


def assign(article: Article, text: str, detections: list[Any]) -> int:
    """Attach detections to sentences by span overlap; return the unmatched count."""
    unmatched = 0
    for d in detections:
        span = span_of(d, text)
        best, best_overlap = None, 0
        if span is not None:
            for s in article.sentences:
                overlap = min(span[1], s.end) - max(span[0], s.start)
                if overlap > best_overlap:
                    best, best_overlap = s, overlap
        if best is None:
            unmatched += 1
        else:
            best.detected.append({"verdict": verdict_of(d), "kind": kind_of(d)})
    return unmatched


# --- scoring ------------------------------------------------------------------------


def score(articles: list[Article], unmatched: int) -> dict[str, Any]:
    by_kind: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    tp_det = fp_det = 0
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for a in articles:
        for s in a.sentences:
            if s.is_claim:
                k = by_kind[s.kind]
                k["labelled"] += 1
                tp_det += len(s.detected)
                if s.detected:
                    k["found"] += 1
                    got = sentence_verdict(d["verdict"] for d in s.detected)
                    confusion[s.expected][got or "(none)"] += 1
                    if got == s.expected:
                        k["correct"] += 1
                else:
                    confusion[s.expected]["(missed)"] += 1
            else:
                fp_det += len(s.detected)
    fp_det += unmatched

    def block(k: Mapping[str, int]) -> dict[str, Any]:
        lab, found, ok = k["labelled"], k["found"], k["correct"]
        return {
            "labelled": lab,
            "found": found,
            "recall": round(found / lab, 4) if lab else None,
            "verdict_accuracy_of_detected": round(ok / found, 4) if found else None,
            "verdict_accuracy_end_to_end": round(ok / lab, 4) if lab else None,
        }

    total: dict[str, int] = defaultdict(int)
    for k in by_kind.values():
        for key, v in k.items():
            total[key] += v
    detections = tp_det + fp_det
    overall = block(total)
    overall["detections"] = detections
    overall["precision"] = round(tp_det / detections, 4) if detections else None
    return {
        "overall": overall,
        "per_kind": {kind: block(by_kind[kind]) for kind in KINDS if kind in by_kind},
        "confusion": {e: dict(v) for e, v in sorted(confusion.items())},
    }


def baseline(articles: list[Article]) -> dict[str, Any]:
    """Digit heuristic for detection, majority label for verdicts."""
    for a in articles:
        for s in a.sentences:
            s.detected = (
                [{"verdict": "unverifiable", "kind": ""}] if re.search(r"\d", s.text) else []
            )
    return score(articles, 0)


def run_checker(articles: list[Article]) -> tuple[dict[str, Any], float]:
    try:
        from critmin import claims as claims_module  # type: ignore[attr-defined]
    except ImportError as err:
        print(
            f"critmin.claims is not available ({err}); the claim checker has not been "
            "built or installed in this environment, so there is nothing to evaluate.",
            file=sys.stderr,
        )
        raise SystemExit(2) from err
    unmatched = 0
    t0 = time.perf_counter()
    for a in articles:
        for s in a.sentences:
            s.detected = []
        text = a.text()
        result = claims_module.check(text, date=dt.date.fromisoformat(a.published))
        unmatched += assign(a, text, claims_of(result))
    elapsed = time.perf_counter() - t0
    return score(articles, unmatched), elapsed


def pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:5.1f}%"


def table(res: dict[str, Any], base: dict[str, Any]) -> str:
    lines = [
        f"{'kind':<12}{'labelled':>9}{'found':>7}{'recall':>9}{'verdict ok':>12}{'end-to-end':>12}",
    ]
    rows = [("overall", res["overall"]), *res["per_kind"].items()]
    for name, b in rows:
        lines.append(
            f"{name:<12}{b['labelled']:>9}{b['found']:>7}{pct(b['recall']):>9}"
            f"{pct(b['verdict_accuracy_of_detected']):>12}{pct(b['verdict_accuracy_end_to_end']):>12}"
        )
    o, bo = res["overall"], base["overall"]
    lines.append("")
    lines.append(
        f"detection precision {pct(o['precision'])} ({o['detections']} detections); "
        f"baseline (digit heuristic + majority label): recall {pct(bo['recall'])}, "
        f"precision {pct(bo['precision'])}, verdict accuracy {pct(bo['verdict_accuracy_end_to_end'])}"
    )
    for key, label in (("recall", "recall"), ("precision", "precision")):
        if o[key] is not None and bo[key]:
            lines.append(f"ratio to baseline, {label}: {o[key] / bo[key]:.2f}")
    if o["verdict_accuracy_end_to_end"] is not None and bo["verdict_accuracy_end_to_end"]:
        ratio = o["verdict_accuracy_end_to_end"] / bo["verdict_accuracy_end_to_end"]
        lines.append(f"ratio to baseline, verdict accuracy end to end: {ratio:.2f}")
    lines.append("")
    lines.append("confusion (expected -> got):")
    for exp, got in res["confusion"].items():
        cells = ", ".join(f"{g}: {n}" for g, n in sorted(got.items()))
        lines.append(f"  {exp:<28}{cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p.add_argument("--data", type=Path, default=HERE, help="folder with the three CSV files")
    p.add_argument(
        "--split",
        choices=("dev", "heldout", "readable", "all"),
        default="all",
        help="articles to score: dev or heldout half (stable hash of article_id), the readable ones (the training "
        "set: README, 'Which articles may be read'), or all",
    )
    p.add_argument(
        "--failures",
        action="store_true",
        help=f"list missed claims and wrong verdicts (readable articles only: up to {RETIRED_UNTIL}, the dev split "
        f"up to {LAST_SPLIT}, and the retired batches {_retired()})",
    )
    p.add_argument(
        "--from-article",
        metavar="ID",
        help="score only articles with this id or a later one (e.g. a batch labelled after a change)",
    )
    p.add_argument(
        "--until-article",
        metavar="ID",
        help="score only articles with this id or an earlier one (leave a newer batch unseen while tuning)",
    )
    args = p.parse_args(argv)
    articles = select(load(args.data), args.split)
    if args.from_article:
        articles = [a for a in articles if _id_key(a.article_id) >= _id_key(args.from_article)]
        if not articles:
            p.error(f"--from-article {args.from_article}: no article has that id or a later one")
    if args.until_article:
        articles = [a for a in articles if _id_key(a.article_id) <= _id_key(args.until_article)]
        if not articles:
            p.error(f"--until-article {args.until_article}: no article has that id or an earlier one")
    if args.failures and not all(readable(a.article_id) for a in articles):
        p.error(f"--failures reads only articles up to {RETIRED_UNTIL}, the dev split up to {LAST_SPLIT} and the "
                f"retired batches {_retired()}: narrow the articles with --split dev, "
                "--from-article or --until-article")
    base = baseline(articles)
    res, elapsed = run_checker(articles)
    n_chars = sum(len(a.text()) for a in articles)
    res["baseline"] = base
    res["split"] = args.split
    res["timing"] = {
        "articles": len(articles),
        "characters": n_chars,
        "seconds": round(elapsed, 4),
        "articles_per_second": round(len(articles) / elapsed, 1) if elapsed else None,
    }
    if args.json:
        print(json.dumps(res, indent=2, sort_keys=True))
    else:
        n_claims = sum(s.is_claim for a in articles for s in a.sentences)
        print(f"split: {args.split} ({len(articles)} articles, {n_claims} labelled claims)")
        print(table(res, base))
        if args.failures:
            print("\nfailures:")
            for a in articles:
                for s in a.sentences:
                    if not s.is_claim:
                        if s.detected:
                            print(f"  {s.sid} FP {[d['kind'] for d in s.detected]}: {s.text}")
                        continue
                    got = sentence_verdict(d["verdict"] for d in s.detected) or "(missed)"
                    if got != s.expected:
                        print(f"  {s.sid} [{s.kind}] {a.published} want {s.expected} got {got}: {s.text}")
        t = res["timing"]
        print(
            f"\n{t['articles']} articles, {t['characters']} characters checked in "
            f"{t['seconds']} s (import excluded)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
