# -*- coding: utf-8 -*-
"""Write negatives/README.md (composition tables) from negatives.jsonl and build_stats.json."""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_negatives import script_of, SEED  # noqa: E402

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "negatives")
rows = [json.loads(l) for l in open(os.path.join(D, "negatives.jsonl"), encoding="utf-8")]
st = json.load(open(os.path.join(D, "build_stats.json")))
N = len(rows)


def table(title, cnt, head=("value", "rows")):
    out = [f"### {title}", "", f"| {head[0]} | {head[1]} | share |", "|---|---:|---:|"]
    for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {k} | {v} | {100 * v / N:.1f} % |")
    return "\n".join(out) + "\n"


def script_name(s):
    return {"han": "Han (simplified / traditional / Japanese kanji)", "ja": "kana", "arabic": "Arabic script (Persian, Arabic, Urdu)",
            "cyrillic": "Cyrillic (Russian, Ukrainian, Belarusian, Kazakh)"}.get(s, s)


schema = Counter(r["schema"] for r in rows)
first = Counter(r["kind"].split("/")[0] for r in rows)
scripts = Counter()
for r in rows:
    s = {script_of(f) for f in r["names"]} - {"latin"}
    scripts[script_name(next(iter(s))) if s else "Latin only"] += 1
native = N - scripts["Latin only"]
country = Counter(r["kind"].split("/")[2 if r["kind"].startswith("trap") else 1] for r in rows)
traps = Counter(r["kind"].split("/")[1] for r in rows if r["kind"].startswith("trap"))
noise = sum(r["kind"].endswith("/noise") for r in rows)
noise_by = Counter(("native" if any(script_of(f) != "latin" for f in r["names"]) else "latin") for r in rows if r["kind"].endswith("/noise"))
forms = Counter(len(r["names"]) for r in rows)
kinds = Counter(r["kind"].replace("/noise", "") for r in rows)

md = f"""# heldout-11 hard negatives

`negatives.jsonl`: {N} parties, one JSON object a line: `{{"schema", "names", "kind"}}`. None of them is a listed party
(see *Filtering*). `names` holds one party written one or two ways (native script plus a romanisation, or two
romanisations / spellings). `kind` = `person|org/<country>/<script>` or `trap/<shape>/<country>`, plus `/noise` when a
form carries document noise (a title, an "Attn:" / "Consignee:" / "M/s." prefix, quotes, brackets, trailing punctuation,
a doubled space; in the script of the form: 先生, 様, 님, آقای, السيد, г-н, ...).

Built by `../tools/gen_negatives.py` (seed {SEED}; run with `/usr/bin/python3`, about 3 s) from name pools typed by
hand in `../tools/pools.py` and `../tools/orgpools.py`, weighted by rough real frequencies (Kim/Lee/Park, 王/李/张,
Mohammad/Ali/Hosseini, Ivanov/Smirnov, ...), and romanisers in `../tools/translit.py` (Korean Revised Romanization and
McCune–Reischauer from the Hangul, plus ROK passport spellings and DPRK/UN-style spellings; Hanyu pinyin, Wade–Giles
for Taiwan, Cantonese for Hong Kong, Hokkien-style family names for Singapore; Russian BGN/PCGN, ICAO passport and
popular spellings; Ukrainian national; typed variants for Persian, Arabic, Urdu and the rest). No Faker, no wordfreq.
This README is written by `../tools/negatives_readme.py`.

## Composition

{table("Rows by schema", schema, ("schema", "rows"))}
Persons {schema['Person']} ({100 * schema['Person'] / N:.1f} %), organisations {N - schema['Person']} ({100 * (N - schema['Person']) / N:.1f} %):
`Company` = firms, `Organization` = universities, hospitals, research institutes (and trap rows whose kind word is such).

{table("Rows by top-level kind", first, ("kind", "rows"))}
{table("Rows by script of the non-Latin form (a row has at most one non-Latin form or two in the same script)", scripts, ("script", "rows"))}
Rows with a native-script form: {native} ({100 * native / N:.1f} %).

{table("Forms per row", forms, ("forms", "rows"))}
{table("Rows by country code (kind path)", country, ("country", "rows"))}
`kp` = DPRK-style (McCune–Reischauer, 리/림/류 spellings, DPRK firm frames); `ar` countries are sy, ae, eg, iq, jo, lb, sa;
`xx` = could not be placed.

{table("Traps by shape", traps, ("shape", "rows"))}
Traps: {sum(traps.values())} ({100 * sum(traps.values()) / N:.1f} %). Shapes:
- `family-new-given`: a listed person's family name (UN KPi/IRi, OFAC NPWMD/DPRK/IRAN persons) with new given names of
  the same culture; Hangul / Persian / Han form added where the family name's native spelling is known.
- `one-part-away`: a listed (often common-name) person with exactly one name part replaced (one Korean given syllable,
  or the Persian given name or family name).
- `native-family`: Hangul (DPRK orthography) or Han names sharing a listed person's family name, with MR or pinyin.
- `given-family-recombined`: the family name of one listed person with the given names of another of the same programme.
- `frame-new-word`: a listed firm's or body's name (UN KPe/IRe, OFAC NPWMD entities, METI EUL) with one distinctive
  word replaced by a new word of the same culture ("Korea ... Trading Corporation", "Shahid ... Industries",
  "<city> ... Technology Co., Ltd."); bracketed acronyms dropped.
- `kind-changed`: a listed organisation's distinctive core with its kind words replaced by another category
  (University, Hospital, School, Hotel, Sports Club, ...).

### Noise

{noise} rows ({100 * noise / N:.1f} %) carry noise on one of their forms: {noise_by['latin']} on Latin-only rows,
{noise_by['native']} on rows with a native form. The clean form was filtered before the noise was added, and the noisy
form was checked again.

### Full kind table (without /noise)

| kind | rows |
|---|---:|
""" + "\n".join(f"| {k} | {v} |" for k, v in sorted(kinds.items())) + f"""

## Filtering

All names, aliases, weak (low-quality) aliases and original-script names of the raw lists under
`/work/shared/data/raw` were loaded by `../tools/lists.py`: UN consolidated (aliases split at ";"), OFAC SDN
(2024 sdn.csv, alt.csv of 2025 and 2026, weak "a.k.a. '...'" names from the remarks), OFAC non-SDN consolidated, UK
HMT 2018 (every name row; surname/given structure kept), BIS Denied Persons, and the KAIST JSON (BIS Entity List, METI
End User List, MEU, 1260H, 1286, UFLPA, NS-CMIC, Canada NRO; English, native and Korean-translation names and aliases):
{st['n_listed_records']} records, {st['n_listed_names']} name strings.

Every candidate was checked with every emitted form **and every other romanisation the generator knew for it** (so a
Hangul-only row is dropped if its McCune–Reischauer reading is a listed name). Folding = Unicode NFKD, diacritics
removed, case-folded, punctuation (hyphens, apostrophes, commas, dots) to spaces. A candidate was dropped when:

| rule | meaning | dropped |
|---|---|---:|
| R0-duplicate-in-set | same folded first form as a row already kept | {st['drops'].get('R0-duplicate-in-set', 0)} |
| R1-folded-equal | a form equals a listed name or alias, folded | {st['drops'].get('R1-folded-equal', 0)} |
| R2-folded-equal-ignoring-spaces | equal once spaces are removed too (Kwang Il / Kwangil) | {st['drops'].get('R2-folded-equal-ignoring-spaces', 0)} |
| R3-same-word-set | same set of words as a listed name, any order | {st['drops'].get('R3-same-word-set', 0)} |
| R4-same-family-and-given-names | persons: same family name and same given names (any order, split or joined) as a listed person | {st['drops'].get('R4-same-family-and-given-names', 0)} |
| R5-native-script-equal | a native form equals a listed original-script name (spaces ignored) | {st['drops'].get('R5-native-script-equal', 0)} |

Drops by rule and intended top-level kind: """ + ", ".join(f"{k} {v}" for k, v in sorted(st["drops_by_kind"].items())) + """.

Every drop is in `build.log` (rule, intended kind, forms, which form hit, the listed source:id:name it hit).
Dropped were, for example, very common names that a list carries (a Zhang Wei, a Mohammad Hosseini, a Kim Yong Chol),
and trap candidates that landed on another real listed name. Rows were generated until each quota was met, so the
drops do not change the composition.

## Caveats

- Real, unlisted universities, hospitals and research institutes are used as negatives (e.g. big national
  universities); any that appear on a loaded list were removed by the rules above. A few may be on lists that are not
  available here (current EU/UK lists, the full US CSL).
- The trap shapes intentionally share a family name or a firm frame with listed parties; under a strict matcher some
  of them (especially `one-part-away` and `frame-new-word`) are the hardest rows. They are *not* listed.
- Romanisations are generated by rule and typed tables; rare mis-spellings are possible (e.g. voicing in a McCune–
  Reischauer given name), which real documents also contain.
"""
open(os.path.join(D, "README.md"), "w", encoding="utf-8").write(md)
print("ok")
