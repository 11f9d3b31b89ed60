"""Write the labelled corpus, rendered to every format, into a folder (to look at, or to add by hand).

    python bench/make_corpus.py OUT

Each document is written with its labels beside it (``NAME.labels.json``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus import build  # noqa: E402


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    out = Path(sys.argv[1])
    docs = build(out)
    for doc in docs:
        labels = doc.path.with_name(doc.path.name + ".labels.json")
        labels.write_text(json.dumps(doc.labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for doc in docs:
        kinds[doc.format] = kinds.get(doc.format, 0) + 1
    print(f"{len(docs)} documents in {out}: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))


if __name__ == "__main__":
    main()
