"""The brief's charts, drawn with matplotlib as SVG for the page (text kept as text, so that it reads and
scales; the Agg backend, so that no display is needed)."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

from epoc.services.outreach.results import Brief


def mentions_chart(brief: Brief) -> str | None:
    """IE-paper mentions of the country and its entities by year, as an SVG bar chart (None: none)."""
    dated = [m for m in brief.mentions if m.year is not None]
    if not dated:
        return None
    years = [str(m.year) for m in dated]
    with plt.rc_context({"svg.fonttype": "none", "font.size": 9}):
        figure, axes = plt.subplots(figsize=(max(3.0, 0.5 * len(years) + 1.5), 2.4))
        try:
            axes.bar(years, [m.mentions for m in dated], color="#3b5b92")
            axes.set_ylabel("mentions")
            axes.set_title(f"{brief.name}: IE-paper mentions by year")
            axes.spines[["top", "right"]].set_visible(False)
            figure.tight_layout()
            out = io.StringIO()
            figure.savefig(out, format="svg")
        finally:
            plt.close(figure)
    svg = out.getvalue()
    return svg[svg.index("<svg") :]  # without the XML prolog, to sit inside the page
