"""The review's charts, drawn with matplotlib (Agg, no display) as PNG bytes: mentions per technology per
year, and the coverage mix. The same pictures go on the page and into the report."""

from __future__ import annotations

import io
from collections.abc import Mapping

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from epoc.model.ietem import COVERAGES

COVERAGE_COLOURS = {
    "controlled": "#3b7d3b",
    "below-threshold": "#d08c00",
    "not-covered": "#b22222",
    "unclear": "#6d6d9c",
}
MOST_TECHNOLOGIES = 8  # more lines than this is a picture nobody reads; the rest are summed as "other"


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def mentions_per_year(by_year: Mapping[str, Mapping[int, int]]) -> bytes:
    """Stacked bars: each year's mentions, split by technology (the most mentioned ones)."""
    totals = sorted(by_year, key=lambda t: -sum(by_year[t].values()))
    shown, rest = totals[:MOST_TECHNOLOGIES], totals[MOST_TECHNOLOGIES:]
    years = sorted({y for counts in by_year.values() for y in counts})
    fig, ax = plt.subplots(figsize=(8, 3.6))
    if not years:
        ax.text(0.5, 0.5, "no dated technology mentions", ha="center", va="center")
        ax.set_axis_off()
        return _png(fig)
    bottom = [0] * len(years)
    series = [(t, [by_year[t].get(y, 0) for y in years]) for t in shown]
    if rest:
        series.append(("other", [sum(by_year[t].get(y, 0) for t in rest) for y in years]))
    colours = plt.get_cmap("tab10")
    for index, (technology, counts) in enumerate(series):
        ax.bar(
            [str(y) for y in years], counts, bottom=bottom, label=technology[:40], color=colours(index % 10)
        )
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("technology mentions")
    ax.set_title("Technology mentions per year")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def coverage_mix(mix: Mapping[str, int]) -> bytes:
    """Horizontal bars: how many mentions are controlled, below threshold, not covered, unclear."""
    fig, ax = plt.subplots(figsize=(6, 2.2))
    labels = list(COVERAGES)
    values = [mix.get(c, 0) for c in labels]
    ax.barh(labels, values, color=[COVERAGE_COLOURS[c] for c in labels])
    for y, v in enumerate(values):
        ax.text(v, y, f" {v}", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("technology mentions")
    ax.set_title("Coverage of the mentions by the Annex")
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)
