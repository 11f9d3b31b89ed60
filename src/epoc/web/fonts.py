"""A CJK web font served with the application, so that Hangul and Han never render as boxes on a reader's
machine without a CJK font — and nothing is fetched from the internet.

The font is Noto Sans CJK (SIL Open Font License), from the ``cvttf-notosanscjk-regular`` package the PDF
already embeds. Its 16 MB are too much for a browser: the served file is a WOFF subset of the characters names
are written in — every Hangul syllable of KS X 1001 (2,350), every Han character of GB 2312 (6,763), kana,
CJK punctuation and full-width forms — about 2.7 MB (a minute to build on a busy machine), built once per
data folder (in the background when ``epoc serve`` starts) and then cached. The stylesheet's
``unicode-range`` makes a browser fetch it only for a page that holds such characters; until it is built the
route answers 404 and the page keeps its fallback.
"""

from __future__ import annotations

import importlib.util
import io
import threading
from collections.abc import Iterable
from pathlib import Path

SUBSET_VERSION = "1"  # change when the character set changes: the cached file's name carries it
FONT_NAME = "noto-sans-cjk"


def source_font() -> Path | None:
    spec = importlib.util.find_spec("cvttf_NotoSansCJK_Regular")
    if spec is None or spec.origin is None:
        return None
    found = sorted(Path(spec.origin).parent.glob("NotoSansCJK*.otf"))
    return found[0] if found else None


def default_characters() -> set[int]:
    chars: set[int] = set()
    for cp in range(0xAC00, 0xD7A4):  # Hangul syllables in KS X 1001 (two bytes in EUC-KR)
        if len(_encoded(chr(cp), "euc-kr")) == 2:
            chars.add(cp)
    for cp in range(0x4E00, 0xA000):  # Han characters of GB 2312
        if _encoded(chr(cp), "gb2312"):
            chars.add(cp)
    chars |= set(range(0x3000, 0x3100))  # CJK punctuation, hiragana, katakana
    chars |= set(range(0x3130, 0x3190))  # Hangul compatibility jamo
    chars |= set(range(0xFF00, 0xFFF0))  # full-width forms
    return chars


def _encoded(char: str, codec: str) -> bytes:
    try:
        return char.encode(codec)
    except UnicodeEncodeError:
        return b""


def build_subset(target: Path, characters: Iterable[int] | None = None) -> Path:
    """Write the WOFF subset to ``target`` (atomically); return it."""
    from fontTools import subset

    source = source_font()
    if source is None:
        raise FileNotFoundError("cvttf-notosanscjk-regular is not installed: no CJK font to serve")
    options = subset.Options()
    options.flavor = "woff"
    options.hinting = False  # screens do without; a quarter of the size
    options.layout_features = ["*"]
    options.name_IDs = ["*"]  # keep the licence and copyright strings
    options.notdef_outline = True
    font = subset.load_font(str(source), options)
    try:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=set(characters) if characters is not None else default_characters())
        subsetter.subset(font)
        out = io.BytesIO()
        subset.save_font(font, out, options)
    finally:
        font.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(out.getvalue())
    partial.replace(target)
    return target


class WebFont:
    """The cached subset of one data folder, built at most once per process."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "fonts" / f"{FONT_NAME}-{SUBSET_VERSION}.woff"
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def ready(self) -> bool:
        return self.path.exists()

    def build_in_background(self) -> None:
        with self._lock:
            if self.ready() or (self._thread is not None and self._thread.is_alive()):
                return
            self._thread = threading.Thread(target=self._build, name="epoc-webfont", daemon=True)
            self._thread.start()

    def _build(self) -> None:
        try:
            build_subset(self.path)
        except (OSError, ImportError):  # no font package or a read-only folder: pages keep their fallback
            return
