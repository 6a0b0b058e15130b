"""Charts of indicators: a value over time (HHI per year) or across countries (shares).

matplotlib is imported inside the functions, with the non-interactive ``Agg`` backend,
so importing this module costs nothing and no display is needed. The output format is
taken from the file's extension (``.png`` or ``.svg``); anything else is refused before
any drawing, naming the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from critmin.errors import CritminError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PLOT_FORMATS", "PlotError", "check_plot_path", "plot_bars", "plot_series"]

PLOT_FORMATS = ("png", "svg")


class PlotError(CritminError):
    """A chart cannot be drawn or written."""


def check_plot_path(path: str | Path) -> Path:
    """The path as a :class:`Path` when its extension is ``.png`` or ``.svg``.

    Raises
    ------
    PlotError
        When the extension is another one (or missing), or the folder does not exist.
    """
    p = Path(path)
    ext = p.suffix.lower().lstrip(".")
    if ext not in PLOT_FORMATS:
        raise PlotError(
            f"cannot draw {p.name!r}: unsupported plot format {('.' + ext) if ext else '(no extension)'}",
            hint="give a file name ending in .png or .svg, e.g. --plot hhi.png",
        )
    if not p.parent.exists():
        raise PlotError(f"cannot write {p}: folder {p.parent} does not exist")
    return p


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def _save(fig: Any, p: Path, caption: str) -> Path:
    if caption:
        fig.text(0.01, 0.01, caption, fontsize=7, ha="left", va="bottom", wrap=True)
    fig.tight_layout(rect=(0, 0.06 if caption else 0, 1, 1))
    try:
        fig.savefig(p, format=p.suffix.lower().lstrip("."))
    except OSError as err:
        raise PlotError(f"cannot write {p}: {err.strerror}") from err
    finally:
        _pyplot().close(fig)
    return p


def plot_series(
    frame: pd.DataFrame,
    path: str | Path,
    *,
    x: str = "year",
    y: str = "hhi",
    label: str | None = None,
    title: str = "",
    ylabel: str = "",
    caption: str = "",
    hlines: Sequence[tuple[float, str]] = (),
) -> Path:
    """Draw ``y`` against ``x`` (one line per value of ``label`` when given).

    Parameters
    ----------
    frame
        Rows to draw; rows with an empty ``y`` are gaps, left as breaks in the line.
    path
        ``.png`` or ``.svg`` file.
    hlines
        Reference lines (value, label), e.g. the 2,500 "highly concentrated" mark.

    Returns
    -------
    Path
        The file written.
    """
    p = check_plot_path(path)
    if frame.empty:
        raise PlotError("nothing to draw: the indicator has no values")
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(8, 4.5))
    groups = frame.groupby(label, sort=True) if label else [("", frame)]
    for key, grp in groups:
        g = grp.sort_values(x)
        ax.plot(g[x].astype(float), g[y].astype(float), marker="o", label=str(key) if label else None)
    for value, text in hlines:
        ax.axhline(value, color="grey", linestyle="--", linewidth=0.8)
        ax.annotate(text, (0.01, value), xycoords=("axes fraction", "data"), fontsize=7, color="grey",
                    va="bottom")
    ax.set_xlabel(x)
    ax.set_ylabel(ylabel or y)
    ax.set_title(title)
    ax.xaxis.get_major_locator().set_params(integer=True)
    if label:
        ax.legend(fontsize=8)
    return _save(fig, p, caption)


def plot_bars(
    frame: pd.DataFrame,
    path: str | Path,
    *,
    x: str = "country",
    y: str = "share",
    title: str = "",
    ylabel: str = "",
    caption: str = "",
    percent: bool = True,
) -> Path:
    """A bar chart of ``y`` by ``x`` (largest first), e.g. each country's share."""
    p = check_plot_path(path)
    if frame.empty:
        raise PlotError("nothing to draw: the indicator has no values")
    plt = _pyplot()
    g = frame.sort_values(y, ascending=False)
    fig, ax = plt.subplots(figsize=(8, 4.5))
    vals = g[y].astype(float) * (100.0 if percent else 1.0)
    ax.bar(g[x].astype(str), vals)
    ax.set_ylabel(ylabel or (f"{y} (%)" if percent else y))
    ax.set_title(title)
    ax.tick_params(axis="x", labelrotation=45)
    return _save(fig, p, caption)
