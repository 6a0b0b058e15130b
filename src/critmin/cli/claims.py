"""``critmin check``: the claim checker on an article (file or standard input)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from critmin.cli.params import DATE


@click.command(name="check")
@click.argument("file", required=False, default="-")
@click.option("--date", "date", type=DATE, default=None,
              help="Date of the article (YYYY-MM-DD; default today): editions published on or before it are current.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "html"]), default="table",
              show_default=True, help="Output format.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write to FILE instead of standard output.")
@click.option("--with-text", is_flag=True, help="JSON: include the cleaned article text the spans refer to.")
def check(file: str, date: str | None, fmt: str, out: Path | None, with_text: bool) -> None:
    """Check every claim of an article against the data, edition by edition.

    FILE is a plain-text or HTML article ("-" or nothing: standard input). Each claim
    gets one verdict: supported, refuted, partly_supported, supported_by_other_edition
    (names the edition) or unverifiable (says what data would settle it).

    Example: critmin check article.txt --date 2025-03-19 --format html --out check.html
    """
    from critmin.claims import Checker, read_article
    from critmin.claims.render import render_html, render_json, render_table

    if file == "-" and sys.stdin.isatty():
        raise click.UsageError("give a FILE, or pipe the article into standard input")
    text = read_article(None if file == "-" else file)
    checker = Checker.from_store()
    result = checker.check(text, date)
    if fmt == "json":
        body = render_json(result, include_text=with_text)
    elif fmt == "html":
        body = render_html(result, title=f"Claim check: {Path(file).name if file != '-' else 'article'}")
    else:
        body = render_table(result)
        ids = sorted({e.source_id for c in result.checks for e in c.verdict.evidence if e.source_id})
        if ids:
            body += "\nSources:\n" + "\n".join(
                f"  [{i}] {checker.index.sources.get(i, {}).get('title') or ''}".rstrip() for i in ids)
    if out is not None:
        out.write_text(body + "\n", encoding="utf-8")
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(body)
