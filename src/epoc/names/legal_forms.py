"""Does a name look like an organisation's? Used where a list does not say whether it lists a person."""

from __future__ import annotations

import re
from functools import lru_cache

from epoc.names.fold import fold

_ORG_WORDS = frozenset(
    (
        # legal forms
        "co", "company", "companies", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc",
        "llp", "plc", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "aps", "kg",
        "ohg", "fze", "fzco", "fzc", "fz", "est", "establishment", "jsc", "ojsc", "cjsc", "pjsc", "ooo",
        "oao",
        "zao", "pao", "pte", "pty", "pvt", "sdn", "bhd", "tic", "sti", "as", "messrs", "fgup",
        # kinds of Russian defence bodies (NPO Mashinostroyeniya, OKB Novator)
        "npo", "npp", "npk", "okb", "nii", "tsnii",
        # kinds of organisation
        "group", "industries", "industrial", "industry", "trading", "trade", "traders", "enterprise",
        "enterprises",
        "factory", "factories", "works", "plant", "bank", "institute", "institution", "university", "academy",
        "center", "centre", "laboratory", "laboratories", "lab", "organization", "organisation", "agency",
        "bureau", "department", "ministry", "office", "association", "foundation", "holding", "holdings",
        "partners", "partnership", "services", "service", "systems", "technology", "technologies", "tech",
        "engineering", "electronics", "aviation", "airlines", "airline", "aerospace", "shipping", "lines",
        "logistics", "import", "export", "imports", "exports", "international", "intl", "commercial",
        "consortium", "cooperative", "complex", "research", "development", "manufacturing", "college",
        "school", "committee", "council", "authority", "administration", "force", "forces", "army", "navy",
        "brigade", "battalion", "regiment", "front", "movement", "party", "network", "branch", "unit",
        "station", "mission",
        # romanised native words
        "hoesa", "gongsi", "youxian", "sherkat", "sanat", "sanaye",
    )
)  # fmt: skip
_ORG_PATTERN = re.compile(
    r"(회사|公司|集团|研究所|研究院|大学|شرکت|سازمان|گروه|صنایع|ООО|ОАО|ЗАО|АО|ПАО|завод|институт"
    r"|\bM/[Ss]\b)"  # Messrs, as South Asian firms' names open (M/S Akhtar Traders)
)
# What firms make or do, written in their names (Zagros Electronic, 세손기술무역): a name with one is an
# organisation's, though the word is a distinctive part of it, not a word saying "some organisation"
_MAKES_WORDS = frozenset(
    (
        "electronic", "electrical", "electric", "chemical", "chemicals", "petrochemical", "machinery",
        "equipment", "instruments", "materials", "optics", "optical", "composites", "mining", "metals",
        "metallurgical", "pharmaceutical", "pharmaceuticals", "solutions",
    )
)  # fmt: skip
_MAKES_PATTERN = re.compile(r"(무역|贸易|貿易|技術|技术|株式会社)")


# asked of a legal entity's names for every candidate it meets in screening (``Party.is_organisation``)
@lru_cache(maxsize=100_000)
def looks_like_organisation(name: str) -> bool:
    if says_some_organisation(name) or _MAKES_PATTERN.search(name):
        return True
    return any(token in _MAKES_WORDS for token in fold(name).split())


@lru_cache(maxsize=100_000)
def says_some_organisation(word: str) -> bool:
    """A word (or native run) that says only "some organisation": a legal form or a kind of body."""
    return bool(_ORG_PATTERN.search(word)) or any(token in _ORG_WORDS for token in fold(word).split())
