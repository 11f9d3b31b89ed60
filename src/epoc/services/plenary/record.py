"""The Plenary record of a meeting: its decisions in the order taken, with their final texts and taskings,
under the meeting's marking (raised by what the decisions come from); and the public extract — only the
items marked for release, as public text.

The PDF is laid out by fpdf2 with the fonts of the list's PDF (``services.list.pdf.find_fonts``), the marking
at the top and bottom of every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import EpocError
from epoc.model.marking import Marking
from epoc.model.plenary import MeetingKind, Outcome
from epoc.services import audit
from epoc.services.list.pdf import find_fonts
from epoc.services.plenary.meetings import meeting_row
from epoc.services.plenary.taskings import Tasking, taskings_of
from epoc.store import Store
from epoc.store.plenary import ProposalRepository
from epoc.store.records import marking_from_row

PUBLIC = Marking.parse("UNCLASSIFIED // PUBLIC")


@dataclass(frozen=True, slots=True)
class RecordItem:
    number: int
    proposal_id: int
    sponsor: str
    subject: str
    outcome: str
    outcome_label: str
    text: str | None
    marking: Marking
    taskings: tuple[Tasking, ...]


@dataclass(frozen=True, slots=True)
class PlenaryRecord:
    meeting_id: str
    title: str
    place: str | None
    start: date
    end: date | None
    chair: str | None
    public: bool
    marking: Marking
    items: tuple[RecordItem, ...]


def meeting_record(
    store: Store, meeting_id: str, viewer: Viewer | None = None, public: bool = False
) -> PlenaryRecord:
    """A meeting's decisions in order, as far as the viewer may read them (audited)."""
    with store.transaction() as conn:
        meeting = meeting_row(conn, meeting_id, viewer)
        rows = ProposalRepository(conn).meeting_decisions(meeting_id, viewer)
        if public:
            rows = [r for r in rows if r.for_release]
        items = []
        for number, r in enumerate(rows, 1):
            marking = PUBLIC if public else marking_from_row(r)
            tasks = () if public else tuple(taskings_of(conn, viewer, decision_id=r.id))
            outcome = Outcome(r.outcome)
            items.append(
                RecordItem(
                    number,
                    r.proposal_id,
                    r.sponsor,
                    r.subject,
                    outcome.value,
                    outcome.label,
                    r.text,
                    marking,
                    tasks,
                )
            )
        own = PUBLIC if public else marking_from_row(meeting)
        marking = Marking.strictest_of([own, *(item.marking for item in items)])
        if viewer is not None:
            audit.record(conn, viewer, Action.PLENARY_RECORD, f"meeting:{meeting_id}", {"public": public})
        kind = MeetingKind(meeting.kind)
        title = (
            f"{'Public extract of the record' if public else 'Record'} of the {kind.label}: {meeting.name}"
        )
        return PlenaryRecord(
            meeting_id, title, meeting.place, meeting.start_date, meeting.end_date, meeting.chair, public,
            marking, tuple(items),
        )  # fmt: skip


class _RecordPDF(FPDF):
    def __init__(self, banner: str) -> None:
        super().__init__(format="A4")
        self.banner = banner
        fonts = find_fonts()
        if fonts["sans"] is None or fonts["bold"] is None:
            raise EpocError("the PDF needs the DejaVu Sans fonts (fonts-dejavu-core)")
        self.add_font("sans", "", str(fonts["sans"]))
        self.add_font("sans", "B", str(fonts["bold"]))
        self.set_auto_page_break(auto=True, margin=20)

    def header(self) -> None:
        self.set_font("sans", "B", 9)
        self.cell(0, 6, self.banner, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("sans", "B", 9)
        self.cell(0, 5, self.banner, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("sans", "", 8)
        self.cell(0, 4, f"page {self.page_no()}", align="C")


def record_pdf(record: PlenaryRecord) -> bytes:
    pdf = _RecordPDF(record.marking.banner)
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    pdf.multi_cell(0, 7, record.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("sans", "", 10)
    dates = record.start.isoformat() + (f" – {record.end.isoformat()}" if record.end else "")
    where = f"{record.place}, " if record.place else ""
    pdf.multi_cell(0, 6, f"{where}{dates}; chair: {record.chair or '—'}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    if not record.items:
        pdf.multi_cell(0, 6, "No decisions recorded.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for item in record.items:
        pdf.set_font("sans", "B", 11)
        head = f"{item.number}. {item.subject} ({item.sponsor}) {item.marking.portion}"
        pdf.multi_cell(0, 6, head, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("sans", "", 10)
        pdf.multi_cell(0, 6, f"Decision: {item.outcome_label}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if item.text:
            pdf.multi_cell(0, 6, f"“{item.text}”", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for t in item.taskings:
            due = t.due_meeting_id or (t.due_date.isoformat() if t.due_date else "no date")
            line = f"Tasking: {t.owner} — {t.what} (due: {due}; {t.status})"
            pdf.multi_cell(0, 6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
    return bytes(pdf.output())
