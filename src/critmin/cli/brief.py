"""``critmin brief``: a self-contained report on one commodity (HTML, Markdown or PDF)."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from critmin.cli.params import COMMODITY, COUNTRY
from critmin.errors import CritminError

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")


class BriefError(CritminError):
    """A brief cannot be written in the asked format."""


def find_chromium() -> str | None:
    """Path of a headless-capable Chromium, or None."""
    for c in CHROMIUM_CANDIDATES:
        path = c if Path(c).is_file() else shutil.which(c)
        if path:
            return path
    return None


def html_to_pdf(html: str, out: Path, chromium: str | None = None, timeout: float = 120.0) -> None:
    """Print ``html`` to ``out`` with headless Chromium (no network: the HTML is self-contained).

    Raises
    ------
    BriefError
        When Chromium is missing or fails.
    """
    import subprocess
    import tempfile

    exe = chromium or find_chromium()
    if exe is None:
        raise BriefError(
            "PDF needs Chromium, which is not installed",
            hint="install it (Debian: apt-get install chromium, or `bash scripts/ensure-chromium.sh`), "
                 "or write --out brief.html and print that from a browser",
        )
    with tempfile.TemporaryDirectory(prefix="critmin-brief-") as tmp:
        src = Path(tmp) / "brief.html"
        src.write_text(html, encoding="utf-8")
        target = Path(tmp) / "brief.pdf"
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp}/profile",
               "--no-pdf-header-footer", f"--print-to-pdf={target}", src.as_uri()]
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as err:
            raise BriefError(f"Chromium did not finish printing within {timeout:g} s") from err
        if not target.exists() or target.stat().st_size == 0:
            last = (res.stderr or res.stdout).strip().splitlines()[-1:] or ["no output"]
            raise BriefError(f"Chromium failed to print the PDF (exit {res.returncode}): {last[0]}")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(target), out)


def write_brief(commodity: str, out: Path, country: str | None = None) -> Path:
    """Render the brief in the format named by ``out``'s suffix (.html, .md, .pdf) and write it."""
    from critmin.briefing import render_brief
    from critmin.service import open_default_store

    suffix = out.suffix.lower().lstrip(".")
    if suffix not in ("html", "htm", "md", "pdf"):
        raise BriefError(f"{out.name}: cannot tell the format from the suffix {out.suffix or '(none)'}",
                         hint="end --out with .html, .md or .pdf")
    store = open_default_store()
    if suffix == "pdf":
        exe = find_chromium()
        if exe is None:
            html_to_pdf("", out, None)  # raises the clear message
        html_to_pdf(render_brief(store, commodity, country, "html"), out, exe)
        return out
    text = render_brief(store, commodity, country, "md" if suffix == "md" else "html")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return out


@click.command()
@click.argument("commodity", type=COMMODITY)
@click.option("--country", type=COUNTRY, default=None, help="Describe this country's position (ISO code or name).")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="FILE.html, FILE.md or FILE.pdf (PDF through headless Chromium).")
def brief(commodity: str, country: str | None, out: Path) -> None:
    """Write a self-contained brief on COMMODITY: top producers and reserve holders, a
    world map, stage shares, concentration over time, revisions and a country's position,
    every figure sourced.

    Example: critmin brief rare-earths --country RUS --out brief.html
    """
    path = write_brief(commodity, out, country)
    click.echo(f"critmin: wrote {path} ({path.stat().st_size:,} bytes)", err=True)
