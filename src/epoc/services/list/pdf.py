"""The list as a PDF a person reads: title page with the caveat and the marking, a table of contents, one
section per entity (names by script and kind with their sources, values, why it is listed), the marking at
the top and bottom of every page, page numbers.

fpdf2 lays it out; HarfBuzz (uharfbuzz) shapes Arabic and Persian (joined letters, right to left) on the
lines that need it; DejaVu Sans covers Latin, Cyrillic and Arabic script, Noto Sans CJK (the
``cvttf-notosanscjk-regular`` package, or a system CJK font) Hangul and Han.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any, BinaryIO

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import TTFFont

from epoc.model.entity import CAVEAT
from epoc.model.errors import EpocError
from epoc.services.list.exports import ExportSet

_SANS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
_SYSTEM_FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")
_CJK_FILES = (
    "NotoSansCJK-Regular.ttc",
    "NotoSansCJKsc-Regular.otf",
    "NotoSansCJKkr-Regular.otf",
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "DroidSansFallbackFull.ttf",
)
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic, Persian
_CJK = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_KIND_LABEL = {
    "primary": "name",
    "alias": "alias",
    "original_script": "original script",
    "weak_alias": "weak alias",
    "previous": "formerly",
}
GREY = (90, 90, 90)


def find_fonts() -> dict[str, Path | None]:
    """Where the fonts are: ``sans``, ``bold`` (required) and ``cjk`` (needed only for Hangul and Han)."""
    found: dict[str, Path | None] = {"sans": _find_file(_SANS[0]), "bold": _find_file(_SANS[1]), "cjk": None}
    spec = importlib.util.find_spec("cvttf_NotoSansCJK_Regular")
    if spec and spec.origin:
        packaged = Path(spec.origin).parent / "NotoSansCJKtc-Regular.otf"
        if packaged.is_file():
            found["cjk"] = packaged
    if found["cjk"] is None:
        for name in _CJK_FILES:
            found["cjk"] = _find_file(name)
            if found["cjk"]:
                break
    return found


def _find_file(name: str) -> Path | None:
    for folder in _SYSTEM_FONT_DIRS:
        if folder.is_dir():
            for path in folder.rglob(name):
                return path
    if shutil.which("fc-match"):
        out = subprocess.run(
            ["fc-match", "-f", "%{file}", name.rsplit(".", 1)[0]], capture_output=True, text=True, check=False
        )
        candidate = Path(out.stdout.strip())
        if candidate.name == name and candidate.is_file():
            return candidate
    return None


class ListPDF(FPDF):
    def __init__(self, data: ExportSet) -> None:
        super().__init__(format="A4", unit="mm")
        self.data = data
        self.banner = data.marking.banner
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)
        self.set_title(data.title)
        self.set_creator("epoc")
        self.set_subject(f"{self.banner}. {CAVEAT}")
        self.alias_nb_pages("{pages}")  # room for a five-digit page count

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
        self.set_text_color(*GREY)
        self.cell(0, 4, f"{self.data.title} · page {self.page_no()} of {{pages}}", align="C")
        self.set_y(-9)
        self.set_font("sans", "B", 8)
        self.set_text_color(160, 0, 0)
        self.cell(0, 4, self.banner, align="C")
        self.set_text_color(0, 0, 0)


def write_pdf(data: ExportSet, out: BinaryIO) -> int:
    """Write the PDF to ``out``; return its number of pages."""
    fonts = find_fonts()
    if fonts["sans"] is None or fonts["bold"] is None:
        raise EpocError("the PDF needs DejaVu Sans (Debian: apt-get install fonts-dejavu-core)")
    needs_cjk = any(_CJK.search(n) for e in data.entities for n in e["names"])
    if needs_cjk and fonts["cjk"] is None:
        raise EpocError(
            "the list has Hangul or Han names and no CJK font is installed: "
            "pip install cvttf-notosanscjk-regular (or apt-get install fonts-noto-cjk)"
        )
    pdf = ListPDF(data)
    pdf.add_font("sans", "", str(fonts["sans"]))
    pdf.add_font("sans", "B", str(fonts["bold"]))
    if fonts["cjk"] is not None:
        pdf.add_font("cjk", "", str(fonts["cjk"]))
        pdf.add_font("cjk", "B", str(fonts["cjk"]))
    _title_page(pdf, data)
    pdf.add_page()
    pdf.insert_toc_placeholder(_render_toc, pages=toc_pages(len(data.entities)))  # ends on a fresh page
    for entity in data.entities:
        _entity_section(pdf, entity)
    pdf.output(out)
    return pdf.pages_count


def _title_page(pdf: ListPDF, data: ExportSet) -> None:
    pdf.add_page()
    pdf.set_y(50)
    pdf.set_font("sans", "B", 22)
    pdf.multi_cell(0, 11, data.title, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("sans", "B", 14)
    pdf.set_text_color(160, 0, 0)
    pdf.multi_cell(0, 8, data.marking.banner, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    pdf.set_font("sans", "", 11)
    lines = [f"{len(data.entities):,} entities"]
    if data.edition:
        window = f"{data.edition.from_ or 'the beginning'} to {data.edition.to or 'today'}"
        lines.append(f"Compiled from the sources dated {window}")
        lines.append(f"Edition frozen {data.edition.created_at[:10]} by {data.edition.created_by}")
    lines.append(f"Generated {data.generated_at:%Y-%m-%d %H:%M} UTC")
    for line in lines:
        pdf.cell(0, 7, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(12)
    pdf.set_fill_color(245, 245, 245)
    pdf.set_font("sans", "B", 12)
    pdf.multi_cell(0, 8, "Caveat", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT, fill=True)
    pdf.set_font("sans", "", 11)
    pdf.multi_cell(
        0, 7, CAVEAT, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT, fill=True, padding=(0, 6, 6, 6)
    )
    if data.edition and data.edition.sources:
        pdf.ln(8)
        pdf.set_font("sans", "B", 10)
        pdf.cell(0, 6, "Sources", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("sans", "", 9)
        for source in data.edition.sources:
            pdf.multi_cell(
                0,
                5,
                f"{source['name']} ({source['key']}), dated {source['date']}: {source['records']:,} records",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )


TOC_LINE = 5.0
TOC_PER_PAGE = 50  # 50 lines of 5 mm fit between the margins of an A4 page
TOC_FIRST_PAGE = TOC_PER_PAGE - 2  # the heading takes two lines


def toc_pages(entries: int) -> int:
    """The pages the table of contents takes: counted, not guessed, so that no page is left blank."""
    return 1 + max(0, -(-(entries - TOC_FIRST_PAGE) // TOC_PER_PAGE))


def _render_toc(pdf: FPDF, outline: list[Any]) -> None:
    pdf.set_auto_page_break(auto=False)
    pdf.set_font("sans", "B", 14)
    pdf.set_x(pdf.l_margin)
    pdf.cell(pdf.epw, 2 * TOC_LINE, "Contents", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("sans", "", 8)
    width = pdf.epw - 14
    on_page, room = 0, TOC_FIRST_PAGE
    for section in outline:
        if on_page == room:
            pdf.add_page()
            pdf.set_font("sans", "", 8)
            on_page, room = 0, TOC_PER_PAGE
        on_page += 1
        link = pdf.add_link(page=section.page_number)
        name = section.name if pdf.get_string_width(section.name) < width - 2 else section.name[:70] + "…"
        y = pdf.get_y()
        number = str(section.page_number)
        if _plain_line(pdf, pdf.l_margin, TOC_LINE, name):  # the fast way, as for the sections
            pdf.set_y(y)
            _plain_line(pdf, pdf.l_margin + pdf.epw - pdf.get_string_width(number) - 1, TOC_LINE, number)
            pdf.link(pdf.l_margin, y, pdf.epw, TOC_LINE, link)
            continue
        pdf.cell(width, TOC_LINE, name, link=link, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.cell(14, TOC_LINE, number, align="R", link=link, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_auto_page_break(auto=True, margin=18)


def _text(pdf: FPDF, text: str, height: float = 4.6, indent: float = 0.0) -> None:
    """A wrapped paragraph. Arabic-script text is shaped (joined, right to left) by fpdf2's own line
    breaker; everything else is wrapped here, word widths measured once (fpdf2's breaker re-measures the
    line for every character, which is far too slow for a list of thousands of entries)."""
    width = pdf.epw - indent
    if _NEEDS_SHAPING.search(text):
        pdf.set_text_shaping(True)
        if "cjk" in pdf.fonts:
            pdf.set_fallback_fonts(["cjk"], exact_match=False)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(width, height, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_shaping(False)
        pdf.set_fallback_fonts([])
        return
    wide = bool(_CJK.search(text)) and "cjk" in pdf.fonts
    if wide:  # the fallback font costs 4x per line: only where a line needs it
        pdf.set_fallback_fonts(["cjk"], exact_match=False)
    for line in _wrap(pdf, text, width):
        if wide or not _plain_line(pdf, pdf.l_margin + indent, height, line):
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(width, height, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if wide:
        pdf.set_fallback_fonts([])


def _plain_line(pdf: FPDF, x: float, height: float, line: str) -> bool:
    """Write one line of plain text (every glyph in the current font) straight into the page, as
    ``cell()`` would, but without its per-character parsing, which dominates a 6,000-page list. False
    when the line is not plain (a glyph missing, a font not embedded): the caller uses ``cell()``."""
    font = pdf.current_font
    color = pdf.text_color
    if not isinstance(font, TTFFont) or color is None:
        return False
    chars, glyph_of = _glyph_tables(font)
    if not chars.issuperset(line):
        return False
    if pdf.y + height > pdf.page_break_trigger:
        pdf.add_page()
    if not pdf.current_font_is_set_on_page:
        pdf._out(pdf._set_font_for_page(font, pdf.font_size_pt))
    glyphs = "".join([glyph_of[c] if c in glyph_of else _pick(font, glyph_of, c) for c in line])
    k = pdf.k
    baseline = (pdf.h - pdf.y - 0.5 * height - 0.3 * pdf.font_size) * k
    pdf._out(
        f"BT {color.serialize().lower()} {x * k:.2f} {baseline:.2f} Td ({font.escape_text(glyphs)}) Tj ET"
    )
    pdf.set_xy(pdf.l_margin, pdf.y + height)
    return True


_GLYPHS: dict[int, tuple[frozenset[str], dict[str, str]]] = {}


def _glyph_tables(font: TTFFont) -> tuple[frozenset[str], dict[str, str]]:
    """The characters a font has, and the subset glyph of each character used so far (cached: the subset
    gives a character the same glyph every time once it has picked one)."""
    found = _GLYPHS.get(id(font))
    if found is None:
        found = _GLYPHS[id(font)] = (frozenset(chr(c) for c in font.cmap), {})
    return found


def _pick(font: TTFFont, glyph_of: dict[str, str], char: str) -> str:
    picked = font.subset.pick(ord(char))
    glyph_of[char] = chr(picked) if picked else ""
    return glyph_of[char]


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    cache: dict[tuple[str, str, float], dict[str, float]] = pdf.__dict__.setdefault("_epoc_widths", {})
    key = (pdf.font_family, pdf.font_style, pdf.font_size_pt)
    widths = cache.setdefault(key, {})
    em = pdf.font_size

    def measure(word: str) -> float:
        found = widths.get(word)
        if found is None:
            wide = len(_CJK.findall(word))
            rest = _CJK.sub("", word) if wide else word
            found = widths[word] = pdf.get_string_width(rest) + wide * em
        return found

    space = measure(" ")
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for whole in text.split():
        word, w = whole, measure(whole)
        while w > width:  # a word wider than the line (a long id, CJK without spaces): cut it
            cut = max(1, int(len(word) * (width / w)) - 1)
            if current:
                lines.append(" ".join(current))
                current, used = [], 0.0
            lines.append(word[:cut])
            word = word[cut:]
            w = measure(word)
        if current and used + space + w > width:
            lines.append(" ".join(current))
            current, used = [word], w
        else:
            used += (space if current else 0.0) + w
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines or [""]


def _entity_section(pdf: ListPDF, e: dict[str, Any]) -> None:
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.start_section(_plain(e["caption"]), level=0)
    pdf.set_font("sans", "B", 11)
    _text(pdf, f"{e['marking']['portion']} {e['caption']}", height=6)
    pdf.set_font("sans", "", 7.5)
    pdf.set_text_color(*GREY)
    status = (
        "active"
        if e["status"] == "active"
        else f"REMOVED {e.get('removed_on') or ''}: {e.get('removed_reason')}"
    )
    _text(pdf, f"{e['entity_id']} · {e['schema']} · {status} · records: {', '.join(e['record_ids'])}")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("sans", "", 8.5)
    by_script: dict[str, dict[str, list[str]]] = {}
    for name in e["names_detail"]:
        label = f"{name['text']} [{', '.join(name['sources'])}]"
        by_script.setdefault(name["script"], {}).setdefault(
            _KIND_LABEL.get(name["kind"], name["kind"]), []
        ).append(label)
    for script in sorted(by_script, key=lambda s: (s != "Latin", s)):
        for kind, names in by_script[script].items():
            _labelled(pdf, f"{script} {kind}", "; ".join(names))
    for label, key in (
        ("countries", "countries_detail"),
        ("addresses", "addresses"),
        ("identifiers", "identifiers"),
        ("born", "birth_dates"),
        ("programmes", "programmes"),
    ):
        items = (
            e.get(key) if key != "countries_detail" else [{"value": c, "sources": []} for c in e["countries"]]
        )
        if items:
            _labelled(pdf, label, "; ".join(_sourced(i) for i in items))
    reasons = [_reason(r) for r in e["reasons"]]
    if reasons:
        _labelled(pdf, "why listed", reasons[0])
        for reason in reasons[1:]:
            _labelled(pdf, "", reason)
    # an edition's entry: on what basis it is there, and the public lists that corroborate it
    if e.get("basis_label"):
        _labelled(pdf, "basis", e["basis_label"])
    corroboration = [c["text"] for c in e.get("corroboration") or []]
    if corroboration:
        _labelled(pdf, "corroboration", "; ".join(corroboration))
    pdf.ln(2.5)


def _labelled(pdf: FPDF, label: str, text: str) -> None:
    y = pdf.get_y()
    if y > pdf.h - 24:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("sans", "B", 7.5)
    pdf.set_text_color(*GREY)
    pdf.set_xy(pdf.l_margin, y + 0.3)
    if not _plain_line(pdf, pdf.l_margin, 4.3, label[:40]):
        pdf.cell(34, 4.3, label[:40])
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("sans", "", 8.5)
    pdf.set_xy(pdf.l_margin, y)
    _text(pdf, text, indent=35)


def _sourced(item: dict[str, Any]) -> str:
    detail = f"{item['detail']}: " if item.get("detail") else ""
    sources = f" [{', '.join(item['sources'])}]" if item.get("sources") else ""
    return f"{detail}{item['value']}{sources}"


def _reason(r: dict[str, Any]) -> str:
    parts = [f"{r['source_name']} ({r['source']})"]
    if r.get("partner"):
        parts.append(f"Partner {r['partner']}")
    if r.get("date"):
        parts.append(f"dated {r['date']}")
    if r.get("programmes"):
        parts.append("programmes " + ", ".join(r["programmes"]))
    if r.get("listed_on"):
        parts.append("listed " + ", ".join(r["listed_on"]))
    return " · ".join(parts)


def _plain(text: str) -> str:
    return " ".join(text.split())[:120]
