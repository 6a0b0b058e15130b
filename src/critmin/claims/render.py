"""Output of a check: a terminal table, JSON (``schema.json``), a standalone HTML page."""

from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any

from critmin.claims.model import CheckResult

__all__ = ["COLOURS", "render_html", "render_json", "render_table", "schema"]

#: verdict -> colour used in the HTML page (and a one-letter mark for the terminal)
COLOURS = {
    "supported": "#2e7d32",
    "supported_by_other_edition": "#1565c0",
    "partly_supported": "#ef8f00",
    "refuted": "#c62828",
    "unverifiable": "#757575",
}


def schema() -> dict[str, Any]:
    """The published JSON schema of the checker's output."""
    text = resources.files("critmin.claims").joinpath("schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def render_json(result: CheckResult, include_text: bool = False) -> str:
    """JSON following ``critmin/claims/schema.json``."""
    return json.dumps(result.to_dict(include_text=include_text), ensure_ascii=False, indent=2, default=str)


def _cut(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def render_table(result: CheckResult, width: int = 160) -> str:
    """A plain-text table: one line per claim, then the contradictions."""
    lines = [f"Article date {result.date}; editions current then: "
             + ", ".join(f"{v}" for v in sorted(result.current_editions.values()))]
    if not result.checks:
        lines.append(result.message or "no checkable claims")
        return "\n".join(lines)
    head = f"{'#':>3}  {'kind':<10} {'verdict':<26} {'where':<11} claim"
    lines += [head, "-" * min(width, 80)]
    for i, c in enumerate(result.checks, 1):
        v = c.verdict
        where = f"{c.claim.span[0]}-{c.claim.span[1]}"
        lines.append(f"{i:>3}  {c.claim.kind:<10} {v.verdict:<26} {where:<11} {_cut(c.claim.text, width - 53)}")
        expl = v.explanation + (f" [needs: {v.needs}]" if v.needs and v.verdict == "unverifiable" else "")
        lines.append(f"{'':>5}{_cut(expl, width - 5)}")
    counts = ", ".join(f"{k} {n}" for k, n in result.counts().items() if n)
    lines.append(f"{len(result.checks)} claims: {counts}")
    for x in result.contradictions:
        lines.append(f"contradiction ({x.kind}): {x.explanation} [claims {', '.join(str(i + 1) for i in x.claims)}]")
    return "\n".join(lines)


_CSS = """
body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222}
h1{font-family:sans-serif;font-size:1.3rem} .meta,.legend,table{font-family:sans-serif;font-size:.85rem}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;border-radius:4px}
mark{background:none;border-bottom:3px solid;cursor:pointer;padding:0 1px}
mark:focus,mark:hover{outline:2px solid #999}
.legend span{display:inline-block;margin-right:1rem} .legend i{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:middle}
#panel{position:sticky;bottom:0;background:#fafafa;border-top:2px solid #ccc;padding:.5rem 1rem;font-family:sans-serif;font-size:.85rem;min-height:3rem}
table{border-collapse:collapse;margin-top:1rem;width:100%} td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
"""

_JS = """
document.querySelectorAll('mark[data-claim]').forEach(function(m){
  function show(){document.getElementById('panel').innerHTML=document.getElementById('claim-'+m.dataset.claim).innerHTML;}
  m.addEventListener('click',show);m.addEventListener('mouseenter',show);m.addEventListener('focus',show);
});
"""


def _evidence_html(c: Any) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(e.edition)}</td><td>{html.escape(str(e.country))}</td><td>{e.year or ''}</td>"
        f"<td>{'' if e.value is None else f'{e.value:,.6g}'}</td><td>{html.escape(e.unit)} {html.escape(e.basis or '')}</td>"
        f"<td>{'current' if e.current else ''}</td><td>{html.escape(e.source_id)}</td>"
        f"<td>{html.escape(e.derived or '')}</td></tr>"
        for e in c.verdict.evidence[:12])
    table = ("<table><tr><th>edition</th><th>country</th><th>year</th><th>value</th><th>unit</th>"
             f"<th></th><th>source</th><th>note</th></tr>{rows}</table>") if rows else ""
    needs = f"<div><b>Needs:</b> {html.escape(c.verdict.needs)}</div>" if c.verdict.needs else ""
    return (f"<b style='color:{COLOURS[c.verdict.verdict]}'>{c.verdict.verdict}</b> "
            f"({html.escape(c.claim.kind)}): {html.escape(c.verdict.explanation)}{needs}{table}")


def render_html(result: CheckResult, title: str = "Claim check") -> str:
    """A standalone page (no external assets): the article with each claim highlighted in
    its verdict's colour; hovering or clicking shows the verdict and the evidence."""
    text = result.text
    marks = sorted(((c.claim.span, i, c) for i, c in enumerate(result.checks)), key=lambda t: (t[0][0], -t[0][1]))
    out, pos = [], 0
    for (a, b), i, c in marks:
        if a < pos:  # overlapping claims: the first one keeps the highlight
            continue
        out.append(html.escape(text[pos:a]))
        col = COLOURS[c.verdict.verdict]
        out.append(f"<mark tabindex='0' data-claim='{i}' style='border-color:{col};color:{col}' "
                   f"title='{html.escape(c.verdict.verdict + ': ' + c.verdict.explanation, quote=True)}'>"
                   f"{html.escape(text[a:b])}</mark>")
        pos = b
    out.append(html.escape(text[pos:]))
    details = "".join(f"<div id='claim-{i}' hidden>{_evidence_html(c)}</div>" for i, c in enumerate(result.checks))
    legend = "".join(f"<span><i style='background:{col}'></i>{v}</span>" for v, col in COLOURS.items())
    contra = "".join(f"<li>{html.escape(x.kind)}: {html.escape(x.explanation)}</li>" for x in result.contradictions)
    summary = ", ".join(f"{k} {n}" for k, n in result.counts().items() if n) or html.escape(result.message or "")
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f"<p class='meta'>Article date {result.date}; editions current then: "
        f"{html.escape(', '.join(sorted(result.current_editions.values())))}; dataset {html.escape(result.dataset_version)}."
        f" {summary}</p><p class='legend'>{legend}</p>"
        f"<div class='article'>{''.join(out)}</div>"
        + (f"<h2 class='meta'>Contradictions</h2><ul class='meta'>{contra}</ul>" if contra else "")
        + f"{details}<div id='panel'>Hover over or click a highlighted claim to see its verdict and evidence.</div>"
        f"<script>{_JS}</script></body></html>"
    )
