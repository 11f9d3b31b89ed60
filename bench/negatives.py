"""A dev set of hard negatives: real-looking names of people and firms that are not on the lists.

    python bench/negatives.py --db sqlite:////tmp/precision.db --out /tmp/precision-negatives.jsonl

Written outside the repository (it is checked against the real lists, which never enter the repository),
deterministic for a seed. One JSON object a line, in the ``epoc screen`` input shape plus ``kind`` (where
it comes from):

- Faker (MIT) personal names in their native scripts for many locales, given and family names in the
  order each locale writes them (Japanese, Chinese, Korean, Hungarian, Vietnamese family name first), and
  the romanised Japanese and Chinese names Faker gives;
- Faker company names in several locales and scripts;
- the trap shapes of issue 11, built from small pools of common name parts written here (not from the
  lists): Arabic and Persian given names recombined with family names in Latin (*Salim Mohammad
  Al-Rifai*); Korean and Chinese names in romanisation; Korean firms that share a generic prefix with
  listed ones (조선 … 무역회사, *Korea … Trading Corporation*); listed organisations with their kind of
  organisation changed (a *bank* made a *university*), which is a different party.

Every name that reads as a listed name is dropped (and counted): one of its romanisations, words sorted,
equals one of a listed name's (김영수 is *Kim Yong Su*: a hit on a listed Kim Yong Su is no false match);
and every name that sounds like one is dropped too and counted apart: its words, in any order, each the
same as a listed name's word, short words (under five letters) as spelt, longer ones by their Metaphone key
(rigour's, the library the peer uses, not the engine's own): *Muhammad Rostami* is *ROSTAMI, Mohammad*, a
homonym a name-only screen must show, while *Guo Dong* is not *Gao Dang* (short words sound alike by chance).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from faker import Faker
from rigour.text.phonetics import metaphone

from epoc.names.analysis import analyse
from epoc.store import Store
from epoc.store.records import RecordRepository

PERSON_LOCALES = (
    "ja_JP", "zh_CN", "zh_TW", "ko_KR", "fa_IR", "ar_SA", "ar_AA", "ru_RU", "uk_UA", "hi_IN", "th_TH",
    "he_IL", "tr_TR", "bn_BD", "ne_NP", "el_GR", "hy_AM", "ka_GE", "az_AZ", "vi_VN", "id_ID", "en_US",
    "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "pt_BR", "nl_NL", "hu_HU", "cs_CZ", "ro_RO",
    "fi_FI", "sv_SE", "en_IN", "fil_PH", "bg_BG",
)  # fmt: skip
FAMILY_FIRST = {"ja_JP", "zh_CN", "zh_TW", "ko_KR", "hu_HU", "vi_VN"}
UNSPACED = {"zh_CN", "zh_TW", "ko_KR"}  # Chinese and Korean names are written without a space
COMPANY_LOCALES = (
    "ja_JP", "zh_CN", "zh_TW", "ko_KR", "fa_IR", "ru_RU", "uk_UA", "en_US", "en_GB", "de_DE", "fr_FR",
    "tr_TR", "it_IT", "es_ES", "pl_PL", "hi_IN", "th_TH", "ar_AA",
)  # fmt: skip


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# common name parts, written here from general knowledge (romanised as Latin lists usually spell them)
ARABIC_GIVEN = words(
    "Mohammad Mohammed Muhammad Ahmed Ahmad Ali Hassan Hussein Hossein Omar Umar Yusuf Youssef Ibrahim "
    "Ismail Khalid Karim Salim Saleh Said Tariq Walid Nabil Samir Faisal Hamza Mustafa Mahmoud Abdullah "
    "Abdulrahman Abdelaziz Jamal Rashid Nasser Adel Majid Bilal Anwar Hamid Reza Mehdi Amir Javad Saeed "
    "Morteza Mojtaba Ehsan Farid Kamal Hadi Yasin Ziad Fadi Imad Osama Rami Sami Tarek Zaid Yahya Idris"
)
ARABIC_FAMILY = words(
    "Al-Hassan Al-Rifai Al-Tamimi Al-Masri Al-Khatib Al-Najjar Al-Haddad Al-Shami Al-Sayed Al-Qurashi "
    "Al-Harbi Al-Otaibi Al-Zahrani Al-Ghamdi Al-Mutairi Al-Dosari Al-Shehri Al-Amri Al-Saadi Al-Jaber "
    "Haddad Khoury Nasser Saleh Mansour Darwish Hamdan Qasim Jaber Barakat Abbas Hashemi Karimi Rahimi "
    "Rezaei Mohammadi Hosseini Jafari Moradi Ahmadi Salimi Sadeghi Ghasemi Rostami Kazemi Nouri Bagheri "
    "Tehrani Shirazi Esfahani Tabrizi Yazdani Farahani Kermani Akbari Heidari Soltani Shahbazi Amini"
)
KOREAN_FAMILY = words("Kim Ri Lee Pak Park Choe Choi Jong Kang Han Ho Jo Cho Yun So Ryu O Kwon Song Hwang")
KOREAN_SYLLABLES = words(
    "Chol Song Il Nam Ho Myong Hyok Kwang Yong Su Chun Jin Hui Sun Ok Gyong Un Nam Tae Hun Sok Min Jun "
    "Chang Hak Bong Gil Dok Mun Sang Won Hwa"
)
CHINESE_FAMILY = words("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao")
CHINESE_SYLLABLES = words(
    "wei fang jian guo hua ming jun li qiang min jing xiu ying hong lei yan ping tao bin hai dong feng "
    "yu chen xin zhi peng bo kai"
)
HANGUL_SYLLABLES = "광명천룡금은성해평화신흥대동남북동방보통련합강철봉수영예복락향산"
KOREAN_ORG_WORDS = ("무역회사", "무역총회사", "회사", "은행", "기술회사", "개발회사", "합영회사")
KOREAN_LATIN_WORDS = (
    "Trading Corporation", "Trading Company", "General Corporation", "Bank", "Technology Corporation",
    "Development Company", "Joint Venture Company",
)  # fmt: skip
ORG_KINDS = (
    "bank", "university", "institute", "academy", "trading", "shipping", "factory", "hospital", "school",
    "insurance", "airlines", "foundation",
)  # fmt: skip


def faker_for(locale: str, seed: int) -> Faker:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


def person(fake: Faker, locale: str) -> str:
    given, family = fake.first_name(), fake.last_name()
    if locale in FAMILY_FIRST:
        return f"{family}{given}" if locale in UNSPACED else f"{family} {given}"
    return f"{given} {family}"


def generate(seed: int, per_locale: int, per_company_locale: int, traps: int, listed_orgs: list[str]):
    rng = random.Random(seed)
    for n, locale in enumerate(PERSON_LOCALES):
        fake = faker_for(locale, seed + n)
        for _ in range(per_locale):
            yield "Person", person(fake, locale), f"faker:{locale}:person"
    for n, locale in enumerate(("ja_JP", "zh_CN")):
        fake = faker_for(locale, seed + 100 + n)
        for _ in range(per_locale):
            yield "Person", fake.romanized_name(), f"faker:{locale}:romanised"
    for n, locale in enumerate(COMPANY_LOCALES):
        fake = faker_for(locale, seed + 200 + n)
        for _ in range(per_company_locale):
            yield "Company", fake.company(), f"faker:{locale}:company"
    for _ in range(traps):
        parts = [*rng.sample(ARABIC_GIVEN, 2 if rng.random() < 0.5 else 1), rng.choice(ARABIC_FAMILY)]
        yield "Person", " ".join(parts), "trap:arabic-persian-common-parts"
    for _ in range(traps // 2):
        family = rng.choice(KOREAN_FAMILY)
        given = rng.sample(KOREAN_SYLLABLES, 2)
        yield "Person", f"{family} {given[0]} {given[1]}", "trap:korean-romanised"
        family = rng.choice(CHINESE_FAMILY)
        given = "".join(rng.sample(CHINESE_SYLLABLES, rng.choice((1, 2)))).capitalize()
        yield "Person", f"{family} {given}", "trap:chinese-romanised"
    for _ in range(traps // 4):
        middle = "".join(rng.sample(HANGUL_SYLLABLES, rng.choice((2, 3, 4))))
        yield "Company", f"조선{middle}{rng.choice(KOREAN_ORG_WORDS)}", "trap:hangul-generic-prefix"
        middle = " ".join(rng.choice(KOREAN_SYLLABLES) for _ in range(rng.choice((1, 2))))
        yield "Company", f"Korea {middle} {rng.choice(KOREAN_LATIN_WORDS)}", "trap:korea-generic-prefix"
    kinds = re.compile(r"\b(" + "|".join(ORG_KINDS) + r")\b", re.IGNORECASE)
    swappable = [name for name in listed_orgs if kinds.search(name)]
    for name in rng.sample(swappable, min(len(swappable), traps // 4)):
        found = kinds.search(name)
        assert found is not None
        other = rng.choice([k for k in ORG_KINDS if k != found.group(1).lower()])
        yield "Company", name[: found.start()] + other.title() + name[found.end() :], "trap:org-kind-changed"


def keys(text: str) -> set[str]:
    """The name's romanisations, words sorted, and run together with the family name first or last (what
    makes two names the same name: 김영수 = Kim Yong Su = Kim Yongsu)."""
    out: set[str] = set()
    for variant in analyse(text).variants:
        words = variant.words
        if words:
            out |= {" ".join(sorted(words)), "".join(words), "".join(words[1:] + words[:1])}
            out.add("".join(words[-1:] + words[:-1]))
    return out


def sounds(text: str) -> set[str]:
    """The name's romanisations, word by word, sorted, each word of five letters or more as its Metaphone
    key (*Hussein Salimi* and *Husain SALIMI* share one): two names that sound alike whatever the spelling."""
    out: set[str] = set()
    for variant in analyse(text).variants:
        keys_ = sorted(w if len(w) < 5 else "~" + metaphone(w) for w in variant.words if w.isalpha())
        if len(keys_) > 1:  # one word alone sounds like too many names to say so
            out.add(" ".join(keys_))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True, help="a store holding every real list")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--per-locale", type=int, default=220)
    parser.add_argument("--per-company-locale", type=int, default=120)
    parser.add_argument("--traps", type=int, default=1600)
    args = parser.parse_args()
    store = Store.open(args.db)
    listed: set[str] = set()
    listed_sounds: set[str] = set()
    orgs: list[str] = []
    with store.read() as conn:
        for record in RecordRepository(conn).iter_active():
            for name in record.names:
                listed.update(keys(name.text))
                listed_sounds.update(sounds(name.text))
            if not record.schema.is_person and record.names:
                orgs.append(record.names[0].text)
    store.close()
    orgs.sort()
    seen: set[str] = set()
    dropped = homonyms = written = 0
    with args.out.open("w", encoding="utf-8") as out:
        for schema, name, kind in generate(
            args.seed, args.per_locale, args.per_company_locale, args.traps, orgs
        ):
            folded = keys(name)
            if not folded or folded & seen:
                continue
            seen.update(folded)
            if folded & listed:
                dropped += 1
                continue
            if sounds(name) & listed_sounds:
                homonyms += 1
                continue
            out.write(json.dumps({"schema": schema, "names": [name], "kind": kind}, ensure_ascii=False))
            out.write("\n")
            written += 1
    print(
        f"{written} negatives written to {args.out}; {dropped} dropped as listed names, {homonyms} as "
        "homonyms (they sound like a listed name)"
    )


if __name__ == "__main__":
    main()
