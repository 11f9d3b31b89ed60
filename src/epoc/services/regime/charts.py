"""The picture of the regime's list on the dashboard: how many entries, and charts of them by programme,
country, year of evidence and source — counted over the entries the viewer may read, drawn here as SVG with
matplotlib (nothing is fetched from the internet)."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass

from epoc.model.access import Viewer
from epoc.model.errors import NotFound
from epoc.model.marking import Marking
from epoc.model.regime import is_partner_source, reader_marking
from epoc.names.countries import country_name
from epoc.services.regime.inclusion import included_entities
from epoc.store import Store

CHARTS = {
    "programme": "Entries by programme",
    "country": "Entries by country",
    "year": "Entries by year of evidence",
    "source": "Entries by source",
}
TOP = 12  # bars per chart: the rest are summed as "other"


@dataclass(frozen=True, slots=True)
class ListPicture:
    entries: int
    counts: dict[str, tuple[tuple[str, int], ...]]  # chart -> (label, entries) biggest first
    marking: Marking

    def svg(self, chart: str) -> str:
        if chart not in CHARTS:
            raise NotFound(f"no chart {chart!r}")
        return _bar_svg(CHARTS[chart], self.counts[chart], sort_labels=chart == "year")


def list_picture(store: Store, viewer: Viewer | None) -> ListPicture:
    found = included_entities(store, viewer)
    counters: dict[str, Counter[str]] = {name: Counter() for name in CHARTS}
    for entity in found:
        counters["programme"].update({p.value for p in entity.programmes} or {"(none stated)"})
        counters["country"].update({country_name(c.value) for c in entity.countries} or {"(none stated)"})
        partner_reasons = [r for r in entity.reasons if is_partner_source(r.partner)]
        counters["year"].update({r.year for r in partner_reasons if r.year} or {"(undated)"})
        counters["source"].update({r.source_name for r in entity.reasons})
    counts = {}
    for name, counter in counters.items():
        ordered = counter.most_common()
        if len(ordered) > TOP:
            rest = sum(n for _, n in ordered[TOP - 1 :])
            ordered = [*ordered[: TOP - 1], ("other", rest)]
        counts[name] = tuple(ordered)
    return ListPicture(len(found), counts, reader_marking(e.marking for e in found))


def _bar_svg(title: str, items: tuple[tuple[str, int], ...], *, sort_labels: bool) -> str:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.ticker import MaxNLocator

    rows = sorted(items) if sort_labels else list(reversed(items))
    fig, ax = plt.subplots(figsize=(5.5, 0.35 * max(len(rows), 2) + 0.9))
    try:
        labels = [label[:40] for label, _ in rows] or ["(no entries)"]
        values = [n for _, n in rows] or [0]
        ax.barh(labels, values, color="#2f5d8a")
        ax.set_title(title, fontsize=10, loc="left")
        ax.tick_params(labelsize=8)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        fig.tight_layout()
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None})
        return out.getvalue()
    finally:
        plt.close(fig)
