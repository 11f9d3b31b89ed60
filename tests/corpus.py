"""The labelled corpus (tests/fixtures/corpus): its documents, rendered to every format, with their labels.

``build(out)`` writes the text sources as they are and renders PDFs (reportlab), DOCX (python-docx) and
e-mails with a PDF attached (stdlib ``email``) from them, as ``formats.json`` says; it returns one
``CorpusDocument`` per file. Binary fixtures are made here rather than committed.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
DOCS = CORPUS / "docs"
LIST = CORPUS / "list.csv"
_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)


@dataclass
class CorpusDocument:
    path: Path
    labels: dict[str, Any]
    format: str
    document_id: int | None = None  # once added to a store


def sources() -> dict[str, Path]:
    return {
        p.name.rsplit(".", 1)[0]: p for p in sorted(DOCS.iterdir()) if not p.name.endswith(".labels.json")
    }


def labels_of(stem: str) -> dict[str, Any]:
    return json.loads((DOCS / f"{stem}.labels.json").read_text(encoding="utf-8"))


def merge_labels(parts: list[dict[str, Any]]) -> dict[str, Any]:
    from epoc.model import Marking

    marking = Marking.parse(parts[0]["marking"])
    for part in parts[1:]:
        marking = marking.strictest(Marking.parse(part["marking"]))
    merged: dict[str, Any] = {"marking": marking.banner, "entities": [], "candidates": [], "technology": []}
    for group in ("entities", "candidates", "technology"):
        seen = set()
        for part in parts:
            for item in part[group]:
                key = json.dumps(item, sort_keys=True)
                if key not in seen:
                    seen.add(key)
                    merged[group].append(item)
    return merged


def plain_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"<script.*?</script>", "", text, flags=re.S)
        text = re.sub(r"<[^>]+>", "", text)
    return text


def build(out: Path) -> list[CorpusDocument]:
    out.mkdir(parents=True, exist_ok=True)
    formats_file = CORPUS / "formats.json"  # a corpus without one is read in its own formats only
    formats = json.loads(formats_file.read_text(encoding="utf-8")) if formats_file.exists() else {}
    formats = {"pdf": [], "docx": [], "eml": [], "multipage": [], **formats}
    found = sources()
    docs = []
    for stem, path in found.items():
        target = out / path.name
        shutil.copyfile(path, target)
        docs.append(CorpusDocument(target, labels_of(stem), path.suffix.lstrip(".")))
    for stem in formats["pdf"]:
        target = out / f"{stem}.pdf"
        write_pdf(target, [plain_text(found[stem])])
        docs.append(CorpusDocument(target, labels_of(stem), "pdf"))
    for stem in formats["docx"]:
        target = out / f"{stem}.docx"
        write_docx(target, plain_text(found[stem]))
        docs.append(CorpusDocument(target, labels_of(stem), "docx"))
    for spec in formats["eml"]:
        target = out / f"{spec['name']}.eml"
        attachment = out / f"{spec['attachment']}.attached.pdf"
        write_pdf(attachment, [plain_text(found[spec["attachment"]])])
        write_eml(target, spec["subject"], plain_text(found[spec["body"]]), attachment)
        attachment.unlink()
        docs.append(
            CorpusDocument(
                target, merge_labels([labels_of(spec["body"]), labels_of(spec["attachment"])]), "eml"
            )
        )
    for spec in formats["multipage"]:
        target = out / f"{spec['name']}.pdf"
        write_pdf(target, [plain_text(found[s]) for s in spec["parts"]])
        docs.append(CorpusDocument(target, merge_labels([labels_of(s) for s in spec["parts"]]), "pdf"))
    return docs


# -- scoring ---------------------------------------------------------------------------------------------
def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    pattern = r"\s+".join(re.escape(part) for part in surface.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def evaluate(store: Any, docs: list[CorpusDocument], verbose: bool = False) -> dict[str, float]:
    """Scores of the added corpus documents' mentions against their labels (see bench/extraction.py). A label
    names its record (``entity``) and may name other records of the same party (``records``)."""
    from epoc.services.documents.views import document_mentions, show_document

    c: Counter[str] = Counter()
    for doc in docs:
        shown = show_document(store, doc.document_id).to_json()
        text = shown["text"]
        mentions = [m.to_json() for m in document_mentions(store, doc.document_id)]
        labels = doc.labels
        c["docs"] += 1
        marking_ok = _same_marking(shown["marking"]["banner"], labels["marking"])
        c["marking_ok"] += marking_ok
        if verbose and not marking_ok:
            print(f"  {doc.path.name}: marking {shown['marking']['banner']} != {labels['marking']}")
        gold = [
            (span, frozenset(e.get("records") or [e["entity"]]))
            for e in labels["entities"]
            for span in occurrences(text, e["text"])
        ]
        predicted = [m for m in mentions if m["kind"] == "entity"]
        hit_gold: set[int] = set()
        for m in predicted:
            span = (m["start"], m["end"])
            good = [i for i, (g, same) in enumerate(gold) if overlap(span, g) and same & set(m["record_ids"])]
            if good:
                c["entity_tp"] += 1
                hit_gold.update(good)
            else:
                c["entity_fp"] += 1
                if verbose:
                    print(f"  {doc.path.name}: FP {m['text']!r} -> {m['entity_id']} ({m['spotter']})")
        c["entity_gold"] += len(gold)
        c["entity_found"] += len(hit_gold)
        if verbose:
            for i, (g, entity) in enumerate(gold):
                if i not in hit_gold:
                    print(f"  {doc.path.name}: FN {text[g[0] : g[1]]!r} ({min(entity)})")
        candidates = [(m["start"], m["end"]) for m in mentions if m["kind"] == "candidate"
                      and m.get("label") == "organisation"]  # fmt: skip
        names = candidates + [(m["start"], m["end"]) for m in predicted]
        for label in labels["candidates"]:
            if label["label"] != "organisation":
                continue
            for span in occurrences(text, label["text"]):
                c["org_gold"] += 1
                if any(jaccard(span, p) >= 0.6 for p in names):
                    c["org_found"] += 1
                elif verbose:
                    print(f"  {doc.path.name}: new organisation missed {label['text']!r}")
        technology = [m for m in mentions if m["kind"] == "technology"]
        for label in labels["technology"]:
            for span in occurrences(text, label["text"]):
                c["tech_gold"] += 1
                found = [
                    m
                    for m in technology
                    if overlap(span, (m["start"], m["end"])) and m.get("label") != "threshold"
                ]
                if found and set(label["annex"]) <= set(found[0]["annex_items"]):
                    c["tech_right"] += 1
                elif verbose:
                    got = found[0]["annex_items"] if found else "nothing"
                    print(f"  {doc.path.name}: technology {label['text']!r} {label['annex']} -> {got}")
    return {
        "documents": c["docs"],
        "entity_precision": c["entity_tp"] / max(1, c["entity_tp"] + c["entity_fp"]),
        "entity_recall": c["entity_found"] / max(1, c["entity_gold"]),
        "entity_mentions_labelled": c["entity_gold"],
        "new_organisation_recall": c["org_found"] / max(1, c["org_gold"]),
        "new_organisations_labelled": c["org_gold"],
        "technology_right_item": c["tech_right"] / max(1, c["tech_gold"]),
        "technology_mentions_labelled": c["tech_gold"],
        "markings_right": c["marking_ok"] / max(1, c["docs"]),
    }


# -- renderers -------------------------------------------------------------------------------------------
_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u9fff]+|[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+)")


def _fonts() -> tuple[str, str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if "Body" not in pdfmetrics.getRegisteredFontNames():
        regular = next((d / "DejaVuSans.ttf" for d in _FONT_DIRS if (d / "DejaVuSans.ttf").is_file()), None)
        if regular is None:
            raise RuntimeError("the corpus PDFs need the DejaVu fonts (apt-get install fonts-dejavu-core)")
        pdfmetrics.registerFont(TTFont("Body", str(regular)))
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    return "Body", "STSong-Light", "HYSMyeongJo-Medium"


_ARABIC = "\\u0600-\\u06ff\\ufb50-\\ufdff\\ufe70-\\ufeff\\u200c"  # letters and presentation forms
_RTL = re.compile(f"[{_ARABIC}]+(?:\\s+[{_ARABIC}]+)*")


def _visual(text: str) -> str:
    """Arabic-script runs in the visual order a PDF draws them (right to left), as real PDFs store them."""
    return _RTL.sub(lambda m: m.group()[::-1].replace(" ", "\u00a0"), text)  # no line break inside a run


def _markup(text: str) -> str:
    from xml.sax.saxutils import escape

    text = _visual(text)
    _body, han, hangul = _fonts()
    parts = []
    for piece in _CJK.split(text):
        if not piece:
            continue
        if _CJK.fullmatch(piece):
            face = hangul if re.match(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]", piece) else han
            parts.append(f'<font face="{face}">{escape(piece)}</font>')
        else:
            parts.append(escape(piece))
    return "".join(parts)


def write_pdf(path: Path, pages: list[str]) -> None:
    """One or more texts, each starting on a new page; paragraphs as the text's blank lines say."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    body, _, _ = _fonts()
    style = ParagraphStyle("body", fontName=body, fontSize=10, leading=13)
    story: list[Any] = []
    for index, text in enumerate(pages):
        if index:
            story.append(PageBreak())
        for paragraph in re.split(r"\n\s*\n", text.strip()):
            lines = [_markup(line) for line in paragraph.splitlines()]
            story.append(Paragraph("<br/>".join(lines), style))
            story.append(Spacer(1, 6))
    document = SimpleDocTemplate(str(path), pagesize=A4, title=pages[0].strip().splitlines()[0][:80])
    document.build(story)


def write_docx(path: Path, text: str) -> None:
    """The text as a DOCX; a first and last line that are banners go to the page header and footer."""
    import docx

    from epoc.documents.markings import is_banner_line

    document = docx.Document()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if paragraphs and is_banner_line(paragraphs[0]):
        document.sections[0].header.paragraphs[0].text = paragraphs[0]
        paragraphs = paragraphs[1:]
    if paragraphs and is_banner_line(paragraphs[-1]):
        document.sections[0].footer.paragraphs[0].text = paragraphs[-1]
        paragraphs = paragraphs[:-1]
    for paragraph in paragraphs:
        document.add_paragraph(" ".join(paragraph.splitlines()) if len(paragraph) > 200 else paragraph)
    document.save(str(path))


def write_eml(path: Path, subject: str, body: str, attachment: Path) -> None:
    message = EmailMessage()
    message["From"] = "poc@partner.example"
    message["To"] = "ie-cochairs@partner.example"
    message["Subject"] = subject
    message["Date"] = "Tue, 14 May 2024 09:30:00 +0200"
    message.set_content(body)
    message.add_attachment(
        attachment.read_bytes(),
        maintype="application",
        subtype="pdf",
        filename=attachment.name.replace(".attached", ""),
    )
    path.write_bytes(bytes(message))


def _same_marking(shown: str, label: str) -> bool:
    """The marking shown is the labelled one, which a held-out set may write as its banner says it
    (``RESTRICTED - REL MTCR PARTNERS``, ``DIFFUSION RESTREINTE``): compared as read, not as spelt."""
    if shown == label:
        return True
    from epoc.model import Marking, MarkingError
    from epoc.model.marking import canonical

    try:
        return Marking.parse(canonical(label)).banner == shown
    except MarkingError:
        return False
