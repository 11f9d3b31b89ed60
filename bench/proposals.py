"""Proposal import quality: `epoc proposals import` on labelled messages, against their expected proposals.

    python bench/proposals.py DIR      # DIR holds msg-N.txt and msg-N.expected.json

Each expected file is a list, in document order, of {"sponsor", "subject", "marking": {"classification",
"releasability"}, "consensus_language"}. Prints, over all messages: proposals found vs expected, and the
share of expected proposals whose sponsor, classification and consensus language (whitespace and quotes
normalised, exact otherwise) the import got right. Runs the real command on a fresh SQLite store per message.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def normal(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip().strip("\"'").strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every difference")
    args = parser.parse_args()
    expected_total = found_total = 0
    right = {"sponsor": 0, "classification": 0, "consensus_language": 0, "all three": 0}
    for expected_file in sorted(args.folder.glob("*.expected.json")):
        message = expected_file.with_name(expected_file.name.replace(".expected.json", ".txt"))
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as work:
            command = [sys.executable, "-m", "epoc", "--db", f"sqlite:///{work}/p.db"]
            done = subprocess.run(
                [*command, "proposals", "import", str(message), "--json"],
                capture_output=True,
                text=True,
                check=False,
                env={"EPOC_DATA_DIR": work, "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)},
            )
        if done.returncode != 0:
            print(f"{message.name}: failed: {done.stderr.strip()}")
            expected_total += len(expected)
            continue
        found = json.loads(done.stdout)
        expected_total += len(expected)
        found_total += len(found)
        print(f"{message.name}: {len(found)} proposals found, {len(expected)} expected")
        for want, got in zip(expected, found, strict=False):
            checks = {
                "sponsor": got.get("sponsor") == want["sponsor"],
                "classification": (got.get("marking") or {}).get("classification")
                == want["marking"]["classification"],
                "consensus_language": normal(got.get("consensus_language"))
                == normal(want["consensus_language"]),
            }
            for key, ok in checks.items():
                right[key] += ok
                if not ok and args.verbose:
                    print(f"  {want['subject']!r} {key}:")
                    print(f"    want {want.get(key, want['marking'])!r}")
                    print(f"    got  {got.get(key, got.get('marking'))!r}")
            right["all three"] += all(checks.values())
    print(f"proposals found {found_total} / expected {expected_total}")
    for key, count in right.items():
        print(f"{key} right: {count}/{expected_total} = {count / max(expected_total, 1):.3f}")


if __name__ == "__main__":
    main()
