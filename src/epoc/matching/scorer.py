"""The scorer: a weighted list of features over two parties, giving a calibrated score and its explanation.

The score is the name evidence (the best pair of names; weak aliases only ever add) adjusted by the
qualifiers (countries, birth dates, schema, common names); an identifier both sides share short-circuits
to near-certain. ``match`` is ``score >= threshold``; ``DEFAULT_THRESHOLD`` is the one documented default,
the same for every list and script. Comparisons are symmetric: ``compare(a, b)`` and ``compare(b, a)``
give the same score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from epoc.matching.compare import (
    MISMATCH_BELOW,
    SYLLABLES_DIFFER,
    NameMatch,
    NameWords,
    compare_names,
    kinds_across_names,
    name_words,
    quick_estimate,
    quick_similarity,
    spells_out,
    syllable_verdict,
    token_similarity,
)
from epoc.matching.features import FEATURES, Context, Feature, describe, identifier_match
from epoc.matching.party import Party
from epoc.model import Name, NameKind
from epoc.names import frequency
from epoc.names.acronyms import written_as_acronym
from epoc.names.analysis import NameForm, analyse
from epoc.names.common import PATRONYMIC_ENDINGS
from epoc.names.script import HAN, HANGUL

# The one default threshold, the same for every list and script. Chosen on the dev curve of bench/quality.py
# (bench/quality-curve.png: hard negatives against the whole real list vs cross-script recall): 0.7 keeps
# cross-script recall at the threshold at 0.79-0.96 per script (Arabic 0.964) with 3.7 % of hard negatives
# matching something; 0.75 would take that to 2.75 % but Arabic recall to 0.77 and Han to 0.69, 0.8 to
# 1.7 % with Han at 0.51. Precision comes from the name evidence itself (word frequencies, routes, kinds
# of body, unmatched words), not from a higher threshold.
DEFAULT_THRESHOLD = 0.7
IDENTIFIER_SCORE = 0.99
_NO_MATCH = NameMatch(0.0, "none", "no names to compare", "", "")


@dataclass(frozen=True, slots=True)
class FeatureScore:
    feature: str
    score: float
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"feature": self.feature, "score": round(self.score, 4), "detail": self.detail}


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float
    match: bool
    explanation: list[FeatureScore] = field(default_factory=list)
    query_name: str = ""
    matched_name: str = ""
    how: str = ""  # how the best pair of names met (``NameMatch.how``: "acronym" …)

    def to_json(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4),
            "match": self.match,
            "explanation": [f.to_json() for f in self.explanation],
        }


def name_form(name: Name, organisation: bool) -> NameForm:
    return analyse(name.text, name.script, name.lang, organisation)


# Name comparisons by what determines them (both names' text, script, language and the organisation
# flag): the records of one entity on several lists share names, so a query meets the same pair again.
_NAME_MATCHES: dict[tuple[str, str | None, str | None, str, str | None, str | None, bool], NameMatch] = {}
_NAME_MATCHES_SIZE = 100_000
frequency.on_change(_NAME_MATCHES.clear)  # name comparisons depend on how common each word is


def _compare_names(a: Name, b: Name, organisation: bool) -> NameMatch:
    key = (a.text, a.script, a.lang, b.text, b.script, b.lang, organisation)
    found = _NAME_MATCHES.get(key)
    if found is None:
        left, right = name_form(a, organisation), name_form(b, organisation)
        # the pair met the other way round (resolution asks a pair from both of its records):
        # ``compare_names`` compares the two forms in one order and swaps the sides back, so the mirror is
        # the same match with its sides swapped -- unless the forms tie on that order
        mirrored = _NAME_MATCHES.get((b.text, b.script, b.lang, a.text, a.script, a.lang, organisation))
        if mirrored is not None and (left.text, left.script or "") != (right.text, right.script or ""):
            return NameMatch(
                mirrored.score, mirrored.how, mirrored.detail, mirrored.right, mirrored.left, mirrored.lossy
            )
        if len(_NAME_MATCHES) >= _NAME_MATCHES_SIZE:
            _NAME_MATCHES.clear()
        found = _NAME_MATCHES[key] = compare_names(left, right)
    return found


# Each party's names as the word estimate reads them: a query meets many candidates, a listed party many
# queries. Word weights depend on how common each word is.
_NAME_WORDS: dict[tuple[tuple[Name, ...], bool], NameWords] = {}
frequency.on_change(_NAME_WORDS.clear)


def _name_words(names: tuple[Name, ...], organisation: bool) -> NameWords:
    key = (names, organisation)
    found = _NAME_WORDS.get(key)
    if found is None:
        if len(_NAME_WORDS) >= _NAME_MATCHES_SIZE:
            _NAME_WORDS.clear()
        found = _NAME_WORDS[key] = name_words([name_form(n, organisation) for n in names])
    return found


def best_names(left: Party, right: Party, organisation: bool) -> tuple[NameMatch, NameMatch | None]:
    """The best pair of names that are not weak aliases, and the best involving a weak alias if better.
    Ties go to one canonical pair (chosen by its two texts), so that the order of sides does not matter."""
    strong: tuple[float, tuple[str, str], NameMatch] | None = None
    weak: tuple[float, tuple[str, str], NameMatch] | None = None
    for a in left.names:
        for b in right.names:
            match = _compare_names(a, b, organisation)
            if (
                match.lossy
                and match.score >= LOSSY_FLOOR
                and _written_both_ways(a, b, match, left, right, organisation)
            ):
                continue  # the pair in one script, which the loop meets too, decides
            ranked = (match.score, _tie_key(a.text, b.text), match)
            if NameKind.WEAK_ALIAS in (a.kind, b.kind):
                if weak is None or ranked[:2] > weak[:2]:
                    weak = ranked
            elif strong is None or ranked[:2] > strong[:2]:
                strong = ranked
    best = strong[2] if strong else _NO_MATCH
    weak_best = weak[2] if weak else None
    if organisation and best.score > 0:  # a body's other names say what kind of body it is
        forms_left = [name_form(n, organisation) for n in left.names]
        forms_right = [name_form(n, organisation) for n in right.names]
        best = kinds_across_names(best, forms_left, forms_right)
        if weak_best is not None:
            weak_best = kinds_across_names(weak_best, forms_left, forms_right)
    if not organisation and best.score > SYLLABLES_DIFFER:
        best = _own_native_name(best, left, right)
    if not organisation and best.score > PATRONYMICS_DIFFER:
        best = _patronymics_differ(best, left, right)
    if organisation and best.how == "acronym":
        best = _acronym_of_another(best, left, right, organisation)
    elif organisation and best.score > ACRONYM_ELSEWHERE_CAP:
        best = _acronym_as_a_word(best, left, right, organisation)
    if organisation and weak_best is not None and weak_best.how == "acronym":
        weak_best = _acronym_of_another(weak_best, left, right, organisation)
    if weak_best is None or weak_best.score <= best.score:
        return best, None
    return best, weak_best


# A pair of names compared across scripts by a lossy route (``NameMatch.lossy``) gives way when either party
# also writes that name in the other's script: a query's own romanisation (مجید منصوری, *Majid Mansouri*)
# says which vowels the Persian letters leave out, so *Majid* is not *Milad* however their skeletons
# agree; a listed party's original script is compared with a query in that script directly. Two forms of
# one party are one name when they agree this much, or as well as the lossy pair does (a Persian name
# reads as its own romanisation no worse than as another name); pairs below the floor are not looked into.
OWN_FORMS_AGREE = 0.8
LOSSY_FLOOR = 0.5


def _written_both_ways(
    a: Name, b: Name, match: NameMatch, left: Party, right: Party, organisation: bool
) -> bool:
    script_a, script_b = _script(a, organisation), _script(b, organisation)
    for name, party, other_script in ((a, left, script_b), (b, right, script_a)):
        for own in party.names:
            if own is name or own.kind is NameKind.WEAK_ALIAS or _script(own, organisation) != other_script:
                continue
            if _compare_names(name, own, organisation).score >= min(OWN_FORMS_AGREE, match.score):
                return True
    return False


def _script(name: Name, organisation: bool) -> str | None:
    return name_form(name, organisation).script


# Two Latin names of people a letter or two apart may be slips (*Wang Ming-pin* / *WANG, Mingming*), but not
# where one party also writes its name in Han or Hangul: that name, which its Latin one spells syllable by
# syllable, is the person's, and it reads another name than the other's (王明彬 is not Wang Mingming):
# the pair scores as the native name against the other's would (``SYLLABLES_DIFFER``)
_SYLLABIC = frozenset((HAN, HANGUL))


def _own_native_name(match: NameMatch, left: Party, right: Party) -> NameMatch:
    sides = ((match.left, left, match.right, right), (match.right, right, match.left, left))
    for own_text, party, other_text, other_party in sides:
        own_form, other_form = _analysed(party, own_text), _analysed(other_party, other_text)
        if own_form is None or other_form is None or not (own_form.is_latin and other_form.is_latin):
            continue
        for native in party.names:
            form = name_form(native, False)
            if (
                native.kind is not NameKind.WEAK_ALIAS
                and form.script in _SYLLABIC
                and syllable_verdict(form, own_form) is True
                and syllable_verdict(form, other_form) is False
            ):
                why = f"{native.text}, its own name, reads another name, syllable by syllable"
                detail = f"{match.detail}; {why}"
                return NameMatch(SYLLABLES_DIFFER, match.how, detail, match.left, match.right, match.lossy)
    return match


# A patronymic names the father: two people whose names give two (Viktorovich / Kirillovich) are two
# people, whichever of their names the best pair is (*Valeriy Medvedev*, the Latin name of Медведев
# Валерий Викторович, met MEDVEDEV, Valery Kirillovich at 0.87 for want of one)
PATRONYMICS_DIFFER = 0.6


def _patronymics(party: Party) -> set[str]:
    """The patronymics any of the party's names gives (romanised), e.g. *viktorovich*."""
    return {
        word
        for name in party.names
        if name.kind is not NameKind.WEAK_ALIAS
        for variant in name_form(name, False).variants
        for word in variant.words
        if len(word) > 6 and word.endswith(PATRONYMIC_ENDINGS)
    }


def _patronymics_differ(match: NameMatch, left: Party, right: Party) -> NameMatch:
    mine, theirs = _patronymics(left), _patronymics(right)
    if not mine or not theirs:
        return match
    if any(_same_patronymic(a, b) for a in mine for b in theirs):
        return match
    detail = f"{match.detail}; the patronymics differ ({min(mine)} / {min(theirs)})"
    return NameMatch(PATRONYMICS_DIFFER, match.how, detail, match.left, match.right, match.lossy)


def _same_patronymic(a: str, b: str) -> bool:
    """Not unlike (two slips leave a long patronymic that: Ismasielovich / Ismailovich), or one the other's
    end: a slip in an Abdul- that analysis splits off on one side only (Abudlvakhiyevich / Abdulvakhiyevich,
    read abd vakhiyevich)."""
    return token_similarity(a, b, None) >= MISMATCH_BELOW or a.endswith(b) or b.endswith(a)


def _analysed(party: Party, text: str) -> NameForm | None:
    """The party's person name a match names (as analysed: without its title, say)."""
    return next((f for n in party.names if (f := name_form(n, False)).text == text), None)


# An acronym met by a name it could stand for, where the acronym's own party spells it out as another name
# (*CASC* is China Aerospace Science and Technology Corporation there, not Coastal Alloys Systems
# Chemicals): two bodies that share an acronym, shown as a near miss, not a match
ACRONYM_ELSEWHERE_CAP = 0.6


def _spelt_out_elsewhere(
    acronym_text: str, party: Party, other_text: str, other_party: Party, organisation: bool
) -> Name | None:
    """The name of ``party`` that spells out its acronym ``acronym_text`` as another name than the other
    party's ``other_text`` meets, or None."""
    acronym = next((n for n in party.names if n.text == acronym_text), None)
    other = next((n for n in other_party.names if n.text == other_text), None)
    if acronym is None or other is None:
        return None
    acronym_form = name_form(acronym, organisation)
    for own in party.names:
        if own is acronym or own.kind is NameKind.WEAK_ALIAS:
            continue
        if (
            spells_out(acronym_form, name_form(own, organisation))
            and _compare_names(own, other, organisation).score < DEFAULT_THRESHOLD
        ):
            return own
    return None


def _near_miss(match: NameMatch, why: str) -> NameMatch:
    detail = f"{match.detail}; {why}"
    return NameMatch(ACRONYM_ELSEWHERE_CAP, match.how, detail, match.left, match.right, match.lossy)


def _acronym_of_another(match: NameMatch, left: Party, right: Party, organisation: bool) -> NameMatch:
    sides = ((match.left, left, match.right, right), (match.right, right, match.left, left))
    for acronym_text, party, other_text, other_party in sides:
        own = _spelt_out_elsewhere(acronym_text, party, other_text, other_party, organisation)
        if own is not None:
            return _near_miss(match, f"its own names spell {acronym_text} out as {own.text}")
    return match


def _acronym_as_a_word(match: NameMatch, left: Party, right: Party, organisation: bool) -> NameMatch:
    """A listed acronym (*SAI*, spelt out by its party as Shahid Alamolhoda Industries) that the other name
    writes as a word (*Sai Trading Company*: not in capitals), where that name does not meet the spelt-out
    one: a word that happens to spell the acronym, not the acronym, so a near miss (an all-capitals name,
    SAI TRADING, may mean either and is left as it is)."""
    sides = ((match.left, left, match.right, right), (match.right, right, match.left, left))
    for acronym_text, party, other_text, other_party in sides:
        if not written_as_acronym(acronym_text):
            continue
        word = acronym_text.strip()
        written = [w for w in re.findall(r"[^\W\d_]+", other_text) if w.lower() == word.lower()]
        if not written or any(w.isupper() for w in written):
            continue
        own = _spelt_out_elsewhere(acronym_text, party, other_text, other_party, organisation)
        if own is not None:
            return _near_miss(match, f"{word} is an acronym of {own.text}, written here as a word")
    return match


def _tie_key(a: str, b: str) -> tuple[str, str]:
    low, high = sorted((a, b))
    return (high, low)


class Scorer:
    """A weighted list of features and a threshold."""

    def __init__(
        self,
        features: tuple[Feature, ...] = FEATURES,
        weights: dict[str, float] | None = None,
        threshold: float = DEFAULT_THRESHOLD,
    ) -> None:
        self.features = features
        self.weights = weights or {}
        self.threshold = threshold

    def algorithms(self) -> list[dict[str, Any]]:
        return [
            {"name": f.__name__, "description": describe(f), "weight": self.weights.get(f.__name__, 1.0)}
            for f in self.features
        ]

    def quick(self, left: Party, right: Party) -> float:
        """A cheap estimate of the name evidence by letters (``compare.quick_similarity``) or 1.0 when an
        identifier is shared: screening looks further only at the candidates that pass it."""
        if left.identifiers and right.identifiers and identifier_match(Context(left, right, _NO_MATCH, None)):
            return 1.0
        organisation = _organisation(left, right)
        forms = [name_form(b, organisation) for b in right.names]
        best = 0.0
        for a in left.names:
            form_a = name_form(a, organisation)
            for form_b in forms:
                best = max(best, quick_similarity(form_a, form_b))
        return best

    def estimate(self, left: Party, right: Party, enough: float = 1.0) -> float:
        """A closer estimate of the name evidence by words (``compare.quick_estimate``), dearer than
        ``quick``, cheaper than ``compare``, or 1.0 when an identifier is shared: screening compares in
        full only the candidates that pass both. Once it reaches ``enough`` it is returned as it stands."""
        if left.identifiers and right.identifiers and identifier_match(Context(left, right, _NO_MATCH, None)):
            return 1.0
        organisation = _organisation(left, right)
        return quick_estimate(
            _name_words(left.names, organisation), _name_words(right.names, organisation), enough
        )

    def compare(self, left: Party, right: Party, threshold: float | None = None) -> Comparison:
        threshold = self.threshold if threshold is None else threshold
        organisation = _organisation(left, right)
        strong, weak = best_names(left, right, organisation)
        context = Context(left, right, strong, weak)
        explanation: list[FeatureScore] = []
        score = 0.0
        identified = False
        for feature in self.features:
            outcome = feature(context)
            if outcome is None:
                continue
            value, detail = outcome
            value *= self.weights.get(feature.__name__, 1.0)
            explanation.append(FeatureScore(feature.__name__, value, detail))
            if feature is identifier_match:
                identified = True  # a short-circuit, not a term of the sum
            else:
                score += value
        if identified and score < IDENTIFIER_SCORE:
            score = max(score, IDENTIFIER_SCORE if left.schema.compatible_with(right.schema) else 0.5)
        score = min(1.0, max(0.0, score))
        return Comparison(
            score=score,
            match=score >= threshold,
            explanation=explanation,
            query_name=strong.left if strong.left else (left.names[0].text if left.names else ""),
            matched_name=strong.right if strong.right else (right.names[0].text if right.names else ""),
            how=strong.how,
        )


def name_pairs(query: Party, listed: Sequence[Party]) -> list[NameMatch]:
    """For each of the query's names, the list name (of any of ``listed``) it comes nearest, best first:
    which alias met which, beyond the one pair the score rests on."""
    out: list[NameMatch] = []
    for name in query.names:
        best: NameMatch | None = None
        for other in listed:
            organisation = _organisation(query, other)
            form = name_form(name, organisation)
            for candidate in other.names:
                found = compare_names(form, name_form(candidate, organisation))
                if best is None or found.score > best.score:
                    best = found
        if best is not None:
            out.append(best)
    return sorted(out, key=lambda m: -m.score)


def _organisation(left: Party, right: Party) -> bool:
    """Compare as organisations' names (legal forms as symbols) unless a person is involved."""
    if left.schema.is_person or right.schema.is_person:
        return False
    return left.is_organisation or right.is_organisation


_DEFAULT: Scorer | None = None


def default_scorer() -> Scorer:
    """The scorer with the default features, weights and threshold (one per process)."""
    global _DEFAULT  # noqa: PLW0603  (a cache of an immutable default, not state)
    if _DEFAULT is None:
        _DEFAULT = Scorer()
    return _DEFAULT
