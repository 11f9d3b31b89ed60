"""The working group's report to the Plenary, from the gap register: summary, near-term priorities,
longer-term priorities (each with its evidence counts), the charts, and the papers reviewed as an annex; as
HTML (one self-contained file, charts inline) and as PDF (fpdf2, as the list's PDF). The whole report is
marked with the strictest marking of the evidence and papers it uses, at the top and bottom of every page.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from jinja2 import Environment, select_autoescape

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import EpocError, InvalidInput
from epoc.model.marking import Marking
from epoc.services import audit
from epoc.services.ietem import charts
from epoc.services.ietem.gaps import Gap, list_gaps, suggestions
from epoc.services.ietem.review import Review, ReviewQuery, run_review
from epoc.services.list.pdf import find_fonts
from epoc.store import Store

TITLE = "IE-TEM working group: report to the Plenary"


@dataclass(frozen=True, slots=True)
class ReportData:
    generated: datetime
    review: Review
    near_term: tuple[Gap, ...]
    longer_term: tuple[Gap, ...]
    suggested: tuple[Gap, ...]  # the review's suggestions not yet confirmed by the group
    closed: tuple[Gap, ...]
    marking: Marking
    per_year_png: bytes
    coverage_png: bytes

    @property
    def summary(self) -> str:
        open_gaps = len(self.near_term) + len(self.longer_term)
        mix = self.review.coverage_mix
        return (
            f"The group reviewed {len(self.review.papers)} IE papers holding {len(self.review.mentions)} "
            f"technology mentions: {mix.get('controlled', 0)} controlled, {mix.get('below-threshold', 0)} "
            f"below the control threshold, {mix.get('not-covered', 0)} not covered by the Annex and "
            f"{mix.get('unclear', 0)} unclear. The register holds {open_gaps} open entries "
            f"({len(self.near_term)} for near-term and {len(self.longer_term)} for longer-term attention); "
            f"{len(self.suggested)} further suggestions await the group's confirmation."
        )


def build_report(store: Store, viewer: Viewer | None = None, query: ReviewQuery | None = None) -> ReportData:
    review = run_review(store, query or ReviewQuery(), viewer)
    stored = list_gaps(store, viewer, with_suggestions=False)
    registered = {(g.technology.lower(), g.coverage) for g in stored}
    suggested = suggestions(review, registered)
    live = [g for g in stored if g.status not in {"closed", "adopted"}]
    marking = Marking.strictest_of([review.marking, *(g.marking for g in [*stored, *suggested])])
    return ReportData(
        generated=datetime.now(UTC),
        review=review,
        near_term=tuple(g for g in live if g.priority == "near-term"),
        longer_term=tuple(g for g in live if g.priority != "near-term"),
        suggested=tuple(suggested),
        closed=tuple(g for g in stored if g.status in {"closed", "adopted"}),
        marking=marking,
        per_year_png=charts.mentions_per_year(review.by_year),
        coverage_png=charts.coverage_mix(review.coverage_mix),
    )


def render_html(data: ReportData) -> str:
    env = Environment(autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(
        resources.files("epoc.services.ietem").joinpath("report.html.j2").read_text(encoding="utf-8")
    )
    return template.render(
        title=TITLE,
        data=data,
        banner=data.marking.banner,
        per_year=base64.b64encode(data.per_year_png).decode("ascii"),
        coverage=base64.b64encode(data.coverage_png).decode("ascii"),
    )


class _ReportPDF(FPDF):
    def __init__(self, banner: str) -> None:
        super().__init__(format="A4", unit="mm")
        self.banner = banner
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)
        self.set_title(TITLE)
        self.set_creator("epoc")
        self.set_subject(banner)
        self.alias_nb_pages("{pages}")

    def header(self) -> None:
        self.set_font("sans", "B", 8)
        self.set_text_color(160, 0, 0)
        self.set_y(7)
        self.cell(0, 4, self.banner, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("sans", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"{TITLE} · page {self.page_no()} of {{pages}}", align="C")
        self.set_y(-9)
        self.set_font("sans", "B", 8)
        self.set_text_color(160, 0, 0)
        self.cell(0, 4, self.banner, align="C")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, size: int = 13) -> None:
        self.set_font("sans", "B", size)
        self.multi_cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def para(self, text: str, size: int = 9) -> None:
        self.set_font("sans", "", size)
        self.multi_cell(0, 4.6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)


def _gap_block(pdf: _ReportPDF, g: Gap) -> None:
    pdf.set_font("sans", "B", 10)
    pdf.multi_cell(0, 5, f"{g.gap_id} {g.technology} — {g.coverage}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    documents = len({e.document_id for e in g.evidence})
    pdf.para(
        f"Annex: {', '.join(g.annex_entries) or 'no entry'} · proposed action: {g.proposed_action} · status: "
        f"{g.status}{' (' + g.adopted_in + ')' if g.adopted_in else ''} · owner: {g.owner or 'none yet'} · "
        f"evidence: {len(g.evidence)} mentions in {documents} papers from {', '.join(g.partners) or '—'} "
        f"({', '.join(str(y) for y in g.years) or 'undated'})"
    )
    if g.summary:
        pdf.para(g.summary)
    for e in g.evidence[:3]:
        pdf.para(f"  #{e.document_id} ¶{e.paragraph}: “{e.text[:300]}” — {e.reason}", size=8)


def write_pdf(data: ReportData, path: Path) -> int:
    fonts = find_fonts()
    if fonts["sans"] is None or fonts["bold"] is None:
        raise EpocError("the PDF needs DejaVu Sans (Debian: apt-get install fonts-dejavu-core)")
    pdf = _ReportPDF(data.marking.banner)
    pdf.add_font("sans", "", str(fonts["sans"]))
    pdf.add_font("sans", "B", str(fonts["bold"]))
    pdf.add_page()
    pdf.heading(TITLE, 16)
    pdf.para(f"Generated {data.generated:%Y-%m-%d %H:%M} UTC. Marked {data.marking.banner}: the strictest "
             "marking of the evidence and papers it uses.")  # fmt: skip
    pdf.heading("Summary")
    pdf.para(data.summary)
    pdf.image(data.per_year_png, w=170)
    pdf.image(data.coverage_png, w=120)
    for title, gaps in (
        ("Near-term priorities", data.near_term),
        ("Longer-term priorities", data.longer_term),
        ("Suggested by the review, not yet confirmed", data.suggested),
        ("Adopted or closed", data.closed),
    ):
        pdf.heading(title)
        if not gaps:
            pdf.para("None.")
        for g in gaps:
            _gap_block(pdf, g)
    pdf.add_page()
    pdf.heading("Annex: papers reviewed")
    for p in data.review.papers:
        pdf.para(
            f"#{p.document_id} {p.title} — {p.partner or '?'}, {p.year or 'undated'}; "
            f"{p.mentions} technology mentions; read against Annex version {p.annex_version}; "
            f"{p.marking.banner}",
            size=8,
        )
    pdf.output(str(path))
    return pdf.pages_count


def write_report(
    store: Store, fmt: str, path: Path, viewer: Viewer | None = None, query: ReviewQuery | None = None
) -> ReportData:
    """Write the report as ``pdf`` or ``html`` to ``path``."""
    if fmt not in {"pdf", "html"}:
        raise InvalidInput(f"report format {fmt!r}: pdf or html")
    data = build_report(store, viewer, query)
    try:
        if fmt == "html":
            path.write_text(render_html(data), encoding="utf-8")
        else:
            write_pdf(data, path)
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot write ({exc.strerror})") from None
    with store.transaction() as conn:
        audit.record(
            conn, viewer, Action.IETEM_REPORT, str(path), {"format": fmt, "marking": data.marking.banner}
        )
    return data
