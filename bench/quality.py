"""Benchmark: matching quality at the one default threshold, on dev sets built from the shared data.

    python bench/quality.py [--raw PATH] [--per-script 1000] [--typos 3000]

Sets (nothing is copied into the repository; everything is built here from ../shared/data/raw):

- cross-script pairs, per script (Hangul, Han, Arabic, Cyrillic): ../shared/eval/make_dev_pairs.py (real
  native <-> Latin pairs from the odd lines of name_variants; negatives pair a native name with another
  pair's Latin name);
- UN original script: each UN record's NAME_ORIGINAL_SCRIPT against its Latin name (positives) and against
  the Latin name of another record of the same kind (negatives);
- cross-list linkage: UK HMT records that give a UN reference, against that UN record (positives) and
  against another UN record of the same kind (negatives); identifiers removed so that names, countries and
  birth dates must decide;
- typo'd UN names: one or two edits to a UN name, screened against the UN list (a hit on the right record
  with match=true is recall); synthetic negatives (invented names, and given and family names of different
  UN persons recombined) screened the same way (any match is a false positive).

- typo'd East-Asian names: 1,000 listed people whose name has a Chinese or Korean family name at an end,
  typo'd as the UN names are and screened against the whole list (with the dev negatives only): short names
  leave a slip little room (0.716 at `1cae7e0`, against 0.965 for the UN names);
- UK-only people: people the 2018 UK list names under its own regimes only (Syria, Ukraine, Tunisia …; no
  UN reference), screened against the UN list as listed: any match is a wrong one;
- hard negatives (``bench/negatives.py``, or ``--negatives FILE`` for a held-out set): names of people and
  firms that are not listed, screened against the whole real list (``--db``, a store holding every list)
  and against the UN list alone; the share with any ``match`` at the default threshold, per script and per
  kind; and the candidate recall of the typo'd UN names (is the right record among the candidates the
  index proposes, whatever the scorer then says).

Prints precision, recall, F1 and false-positive rate at the default threshold, and for the cross-script
sets the recall at the threshold that keeps the false-positive rate at or below 1 %. ``--plot PNG`` draws
the false-match rate of the negatives against the whole list beside cross-script recall per script, over
thresholds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from epoc.matching.party import Party
from epoc.matching.scorer import DEFAULT_THRESHOLD, default_scorer
from epoc.matching.search import CANDIDATES
from epoc.model import FactKind, Name, NameKind, Schema
from epoc.names.script import LATIN, detect_script
from epoc.names.syllables import is_east_asian_family_name
from epoc.services.records.imports import import_paths
from epoc.services.screening.screener import Screener
from epoc.sources.base import ImportOptions
from epoc.store import Store
from epoc.store.records import RecordRepository
from screen import invented

SHARED = Path(__file__).resolve().parents[2] / "shared"
THRESHOLDS = [round(0.5 + 0.01 * i, 2) for i in range(51)]


def report(label: str, scores: list[float], labels: list[bool], threshold: float = DEFAULT_THRESHOLD) -> None:
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if y and s >= threshold)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if not y and s >= threshold)
    positives = sum(labels)
    negatives = len(labels) - positives
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / positives if positives else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fpr = fp / negatives if negatives else 0.0
    negative_scores = sorted((s for s, y in zip(scores, labels, strict=True) if not y), reverse=True)
    allowed = int(len(negative_scores) * 0.01)
    cut = negative_scores[allowed] if allowed < len(negative_scores) else 0.0
    at_1 = (
        sum(1 for s, y in zip(scores, labels, strict=True) if y and s > cut) / positives if positives else 0
    )
    print(
        f"{label:28} n={len(labels):5}  P={precision:.3f} R={recall:.3f} F1={f1:.3f} FPR={fpr:.4f}"
        f"   R@FPR<=1%={at_1:.3f}"
    )


def make_pairs(folder: str, per_script: int, seed: int | None = None) -> None:
    """The eval kit's cross-script dev pairs, written into ``folder`` (``<script>.tsv``)."""
    command = [sys.executable, str(SHARED / "eval" / "make_dev_pairs.py"), folder]
    command += ["--per-script", str(per_script)] + (["--seed", str(seed)] if seed is not None else [])
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def cross_script(
    per_script: int, curves: dict[str, tuple[list[float], list[bool]]]
) -> tuple[list[float], list[bool]]:
    scorer = default_scorer()
    every_score: list[float] = []
    every_label: list[bool] = []
    with tempfile.TemporaryDirectory() as folder:
        make_pairs(folder, per_script)
        for script in ("hangul", "han", "arabic", "cyrillic"):
            scores, labels = [], []
            for line in (Path(folder) / f"{script}.tsv").open(encoding="utf-8"):
                native, latin, label = line.rstrip("\n").split("\t")
                left = Party(Schema.PERSON, (Name(native),))
                right = Party(Schema.PERSON, (Name(latin),))
                scores.append(scorer.compare(left, right).score)
                labels.append(label == "true")
            report(f"cross-script {script}", scores, labels)
            curves[script] = (scores, labels)
            every_score += scores
            every_label += labels
    return every_score, every_label


def record_pairs(records: list, label: str, pairs: list[tuple]) -> tuple[list[float], list[bool]]:
    scorer = default_scorer()
    scores = [scorer.compare(a, b).score for a, b, _ in pairs]
    labels = [y for _, _, y in pairs]
    report(label, scores, labels)
    return scores, labels


def un_original_script(un: list, rng: random.Random) -> list[tuple]:
    pairs = []
    for record in un:
        native = [n for n in record.names if n.kind is NameKind.ORIGINAL_SCRIPT]
        latin = [n for n in record.names if n.kind is NameKind.PRIMARY]
        if not native or not latin:
            continue
        left = Party(record.schema, tuple(native[:1]))
        pairs.append((left, Party(record.schema, tuple(latin[:1])), True))
        other = rng.choice([r for r in un if r.schema is record.schema and r.id != record.id])
        others = [n for n in other.names if n.kind is NameKind.PRIMARY]
        if others:
            pairs.append((left, Party(other.schema, tuple(others[:1])), False))
    return pairs


def cross_list(uk: list, un_by_ref: dict, rng: random.Random) -> list[tuple]:
    pairs = []
    un_all = list(un_by_ref.values())
    for record in uk:
        refs = [i.value.removeprefix("UN:") for i in record.identifiers if i.value.startswith("UN:")]
        target = next((un_by_ref[r] for r in refs if r in un_by_ref), None)
        if target is None:
            continue
        left = replace(Party.from_record(record), identifiers=())
        pairs.append((left, replace(Party.from_record(target), identifiers=()), True))
        other = rng.choice([r for r in un_all if r.schema is target.schema and r.id != target.id])
        pairs.append((left, replace(Party.from_record(other), identifiers=()), False))
    return pairs


def typo(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.choice((1, 1, 2))):
        letters = [i for i, c in enumerate(chars) if c.isalpha()]
        if len(letters) < 5:
            break
        i = rng.choice(letters[1:])
        kind = rng.randrange(4)
        if kind == 0:
            del chars[i]
        elif kind == 1:
            chars.insert(i, rng.choice("aeioulnrst"))
        elif kind == 2:
            chars[i] = rng.choice([c for c in "aeioulnrstkm" if c != chars[i].lower()])
        elif i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def typo_screening(store: Store, un: list, count: int, rng: random.Random, folder: Path) -> None:
    screener = Screener(store, folder)
    screener.refresh()
    latin = [
        (r, n.text)
        for r in un
        for n in r.names
        if n.kind in (NameKind.PRIMARY, NameKind.ALIAS)
        and detect_script(n.text) == LATIN
        and len(n.text) >= 8
    ]
    found = fetched = 0
    positives = rng.sample(latin, min(count, len(latin)))
    missed = []
    for record, text in positives:
        party = Party(record.schema, (Name(typo(rng, text)),))
        if record.id in screener.index.candidates(party, CANDIDATES):
            fetched += 1
        hits = screener.score(party, DEFAULT_THRESHOLD, 5)
        if any(h.record_id == record.id and h.comparison.match for h in hits):
            found += 1
        elif len(missed) < 8:
            missed.append((text, party.names[0].text))
    made_up = []
    for _ in range(count):
        name = invented(
            rng
        )  # names are compared case-folded: the capitals screen.py gives them change nothing
        made_up.append(Party(rng.choice((Schema.PERSON, Schema.LEGAL_ENTITY)), (Name(name),)))
    persons = [r for r in un if r.schema is Schema.PERSON]
    recombined = []
    while len(recombined) < count // 3:
        a, b = rng.sample(persons, 2)
        given = a.caption.replace(",", " ").split()
        family = b.caption.replace(",", " ").split()
        if given and family:
            recombined.append(Party(Schema.PERSON, (Name(f"{given[-1]} {family[0]}"),)))

    def any_match(party: Party) -> bool:
        return any(h.comparison.match for h in screener.score(party, DEFAULT_THRESHOLD, 5))

    recall = found / len(positives)
    fpr = sum(map(any_match, made_up)) / len(made_up)
    hard = sum(map(any_match, recombined)) / len(recombined)
    print(
        f"{'typo-d UN names (screen)':28} R={recall:.4f} on {len(positives)} typo'd names; "
        f"FPR={fpr:.4f} on {len(made_up)} invented names; candidate recall {fetched / len(positives):.4f}"
    )
    print(
        f"{'  hard negatives':28} {hard:.4f} of {len(recombined)} recombined given + family names of "
        "different "
        "UN persons match something (many are partial names of listed people)"
    )
    for original, query in missed:
        print(f"    missed: {query!r} (from {original!r})")


_DOUBLE_FAMILY = re.compile(r"^([A-Za-z]+) (?:[A-Za-z]+ )?([A-Za-z]{5,})-([A-Za-z]{5,})$")


def double_family_names(store: Store, screener: Screener, rng: random.Random, count: int = 300) -> None:
    """Listed people with a double family name (*Edgar GARZA-SANCHEZ*), screened as the given name and one
    part of it (*Edgar Garza*, *Edgar Sanchez*): a hit on the right record with match=true is recall."""
    cases = []
    with store.read() as conn:
        for record in RecordRepository(conn).iter_active():
            if record.schema.is_person:
                for name in record.names:
                    found = _DOUBLE_FAMILY.match(name.text)
                    if found:
                        cases.append((record.id, found.group(1), found.group(2), found.group(3)))
    cases = rng.sample(cases, min(count, len(cases)))
    hits = total = 0
    for record_id, given, *parts in cases:
        for part in parts:
            total += 1
            found = screener.score(Party(Schema.PERSON, (Name(f"{given} {part}"),)), DEFAULT_THRESHOLD, 10)
            hits += any(h.record_id == record_id and h.comparison.match for h in found)
    print(f"{'double family names alone':28} R={hits / max(total, 1):.3f} ({hits}/{total}; given + one part)")


def east_asian_typos(store: Store, screener: Screener, rng: random.Random, count: int = 1000) -> None:
    """Listed people whose name (two or three words, in Latin letters) has a Chinese or Korean family name
    at an end, typo'd as the UN names are (``typo``) and screened against the whole list: a hit on the right
    record with match=true is recall. Short names leave a slip little room: this is the weak spot."""
    cases = []
    with store.read() as conn:
        for record in RecordRepository(conn).iter_active():
            if not record.schema.is_person:
                continue
            for name in record.names:
                words = re.split(r"[\s,-]+", name.text.strip())
                if (
                    name.kind is not NameKind.WEAK_ALIAS
                    and name.text.isascii()
                    and 2 <= len(words) <= 3
                    and (is_east_asian_family_name(words[0]) or is_east_asian_family_name(words[-1]))
                ):
                    cases.append((record.id, name.text))
                    break
    cases = rng.sample(cases, min(count, len(cases)))
    hits = 0
    for record_id, text in cases:
        found = screener.score(Party(Schema.PERSON, (Name(typo(rng, text)),)), DEFAULT_THRESHOLD, 5)
        hits += any(h.record_id == record_id and h.comparison.match for h in found)
    total = max(len(cases), 1)
    print(f"{'typo-d East-Asian names':28} R={hits / total:.3f} ({hits}/{len(cases)}; whole list)")


# UK regimes of 2018 with no UN list behind them (Guinea-Bissau's is the UN's resolution 2048: its people
# are on the UN list too)
UK_ONLY_REGIMES = (
    "Syria", "Ukraine", "Tunisia", "Egypt", "Venezuela", "Belarus", "Burundi", "Zimbabwe",
    "Iran (Human Rights)", "Republic of Guinea", "Burma", "Myanmar", "Moldova",
)  # fmt: skip


def uk_only_people(uk: list, screener: Screener) -> None:
    """People listed by the UK under its own regimes only (no UN reference), screened against the UN list
    with identifiers, countries and dates as listed: any match is a wrong one (issue 11's third check)."""
    screener.refresh()
    people = []
    for record in uk:
        if record.schema is not Schema.PERSON or any(i.value.startswith("UN:") for i in record.identifiers):
            continue
        regimes = [f.value for f in record.facts if f.kind is FactKind.PROGRAMME]
        if regimes and all(r.startswith(UK_ONLY_REGIMES) and "Bissau" not in r for r in regimes):
            people.append(record)
    wrong = []
    for record in people:
        hits = screener.score(Party.from_record(record), DEFAULT_THRESHOLD, 5)
        matched = [h for h in hits if h.comparison.match]
        if matched:
            wrong.append((record.caption, matched[0].caption, matched[0].comparison.score))
    print(f"{'UK-only people vs UN list':28} wrong match {len(wrong)} of {len(people)} (UK's own regimes)")
    for query, listed, score in wrong:
        print(f"    {query} ~ {listed} {score:.2f}")


def load_negatives(path: Path) -> list[tuple[Party, str, str]]:
    """Parties of a negatives file (one JSON object a line: ``names`` or ``name``, optional ``schema`` and
    ``kind``), each with the script of its first name and its kind."""
    out = []
    for number, line in enumerate(path.open(encoding="utf-8"), 1):
        if not line.strip():
            continue
        data = json.loads(line)
        if "names" not in data and "name" in data:
            data["names"] = [data["name"]]
        if not data.get("schema"):
            data["schema"] = "Person"
        try:
            party = Party.from_query(data)
        except Exception as exc:  # a held-out file may carry shapes we do not know: skip, say so
            print(f"    {path}:{number}: skipped" + ("" if BLIND else f" ({exc})"))
            continue
        script = detect_script(party.names[0].text) or "none"
        out.append((party, script, str(data.get("kind", "?"))))
    return out


def negative_scores(screener: Screener, negatives: list[tuple[Party, str, str]]) -> list[float]:
    """The best score any listed record gets for each negative (0 when none reaches the report floor)."""
    screener.refresh()
    best = []
    for party, _, _ in negatives:
        hits = screener.score(party, DEFAULT_THRESHOLD, 5)
        best.append(max((h.comparison.score for h in hits), default=0.0))
    return best


BLIND = False  # --blind: print rates only, never a name of the set (held-out material stays unseen)


def report_negatives(label: str, negatives: list[tuple[Party, str, str]], scores: list[float]) -> None:
    def rate(rows: list[float]) -> str:
        hits = sum(1 for s in rows if s >= DEFAULT_THRESHOLD)
        return f"{hits / max(1, len(rows)):.4f} ({hits}/{len(rows)})"

    print(f"{label:28} false-match rate {rate(scores)}")
    for field, name in ((1, "script"), (2, "kind")):
        groups: dict[str, list[float]] = {}
        for item, score in zip(negatives, scores, strict=True):
            groups.setdefault(item[field], []).append(score)
        print(f"    by {name}: " + "; ".join(f"{k} {rate(v)}" for k, v in sorted(groups.items())))
    if not BLIND:
        worst = sorted(zip(scores, (n[0].names[0].text for n in negatives), strict=True), reverse=True)[:6]
        print("    highest: " + "; ".join(f"{text} {score:.2f}" for score, text in worst))


def print_curve(negatives: list[float], curves: dict[str, tuple[list[float], list[bool]]]) -> None:
    """The curve as a table: per threshold, the negatives' false-match rate and recall per script."""
    print("threshold  negatives-FP  " + "  ".join(f"{s:>9}" for s in curves))
    for t in THRESHOLDS[::5]:
        fp = sum(1 for s in negatives if s >= t) / max(1, len(negatives))
        recalls = []
        for scores, labels in curves.values():
            positives = [s for s, y in zip(scores, labels, strict=True) if y]
            recalls.append(sum(1 for s in positives if s >= t) / max(1, len(positives)))
        print(f"{t:9.2f}  {fp:12.4f}  " + "  ".join(f"{r:9.3f}" for r in recalls))


def plot_curve(path: Path, negatives: list[float], curves: dict[str, tuple[list[float], list[bool]]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 5))
    fp = [sum(1 for s in negatives if s >= t) / max(1, len(negatives)) for t in THRESHOLDS]
    for script, (scores, labels) in curves.items():
        positives = [s for s, y in zip(scores, labels, strict=True) if y]
        recall = [sum(1 for s in positives if s >= t) / max(1, len(positives)) for t in THRESHOLDS]
        axes.plot([100 * f for f in fp], recall, marker=".", label=f"{script} recall")
        at = THRESHOLDS.index(DEFAULT_THRESHOLD) if DEFAULT_THRESHOLD in THRESHOLDS else None
        if at is not None:
            axes.annotate(f"{DEFAULT_THRESHOLD}", (100 * fp[at], recall[at]), fontsize=7)
    axes.set_xscale("symlog", linthresh=0.1)
    axes.set_xlabel("hard negatives matching the whole real list (%), over thresholds 0.50-1.00")
    axes.set_ylabel("cross-script recall")
    axes.axvline(0.1, color="grey", linestyle=":")
    axes.axhline(0.95, color="grey", linestyle=":")
    axes.legend(loc="lower right")
    axes.set_title("false matches vs recall (labels: the default threshold)")
    figure.tight_layout()
    figure.savefig(path, dpi=90)
    print(f"curve written to {path}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, default=SHARED / "data" / "raw")
    parser.add_argument("--per-script", type=int, default=1000)
    parser.add_argument("--typos", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", default="sqlite:////tmp/precision.db", help="a store holding every list")
    parser.add_argument("--negatives", type=Path, help="hard negatives (default: made by negatives.py)")
    parser.add_argument("--plot", type=Path, help="write the curve of false matches vs recall here (PNG)")
    parser.add_argument("--only-negatives", action="store_true", help="skip the pair sets")
    parser.add_argument("--blind", action="store_true", help="print no names of the negatives (held out)")
    args = parser.parse_args()
    global BLIND  # noqa: PLW0603  (set once from the command line)
    BLIND = args.blind
    rng = random.Random(args.seed)
    print(f"default threshold {DEFAULT_THRESHOLD}")
    curves: dict[str, tuple[list[float], list[bool]]] = {}
    negatives_path = args.negatives
    if negatives_path is None:
        # made afresh each run (ten seconds): a file an earlier generator left would be measured as this one
        negatives_path = Path(tempfile.gettempdir()) / "epoc-dev-negatives.jsonl"
        subprocess.run(
            [sys.executable, str(Path(__file__).with_name("negatives.py")), "--db", args.db, "--out",
             str(negatives_path)],
            check=True,
        )  # fmt: skip
    negatives = load_negatives(negatives_path)
    whole = Store.open(args.db)
    whole_screener = Screener(whole, Path(tempfile.gettempdir()) / "epoc-quality-index")
    whole_scores = negative_scores(whole_screener, negatives)
    report_negatives("negatives vs whole list", negatives, whole_scores)
    if not args.negatives:
        double_family_names(whole, whole_screener, random.Random(args.seed))  # its own: the sets after stay
        east_asian_typos(whole, whole_screener, random.Random(args.seed))
    whole.close()
    if args.only_negatives:
        with tempfile.TemporaryDirectory() as folder:
            un_only = Store.open(f"sqlite:///{folder}/un.db")
            assert import_paths(un_only, [args.raw / "un_sc_consolidated"], ImportOptions()).ok
            screener = Screener(un_only, Path(folder) / "index")
            report_negatives("negatives vs UN list", negatives, negative_scores(screener, negatives))
            un_only.close()
        return
    all_scores, all_labels = cross_script(args.per_script, curves)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{folder}/q.db")
        for sub in ("un_sc_consolidated", "uk_hmt_conlist_2018"):
            assert import_paths(store, [args.raw / sub], ImportOptions()).ok
        with store.read() as conn:
            repo = RecordRepository(conn)
            un = list(repo.iter_active(source="un"))
            uk = list(repo.iter_active(source="uk-hmt"))
        s, y = record_pairs(un, "UN original script", un_original_script(un, rng))
        all_scores += s
        all_labels += y
        s, y = record_pairs(uk, "cross-list UK HMT <-> UN", cross_list(uk, {r.native_id: r for r in un}, rng))
        all_scores += s
        all_labels += y
        report("all pairs above", all_scores, all_labels)
        un_only = Store.open(f"sqlite:///{folder}/un.db")
        assert import_paths(un_only, [args.raw / "un_sc_consolidated"], ImportOptions()).ok
        typo_screening(un_only, un, args.typos, rng, Path(folder) / "index")
        screener = Screener(un_only, Path(folder) / "index")
        report_negatives("negatives vs UN list", negatives, negative_scores(screener, negatives))
        uk_only_people(uk, screener)
        un_only.close()
        store.close()
    print_curve(whole_scores, curves)
    if args.plot:
        plot_curve(args.plot, whole_scores, curves)


if __name__ == "__main__":
    main()
