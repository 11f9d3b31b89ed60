"""The risk assessment of a licence application, line by line with its evidence.

Each party (the exporter too) is screened by the screening engine (hits with their explanation and the
list's entity); each denial the Partner may read is asked, party by party, whether it names the same party
(the engine's scorer, never a string ratio) and then whether it binds (``Denial.binding_on``) an
essentially identical transaction (``model.licensing.calls_for_consultation``); the Annex category, the
destination's programmes of concern and the red flags are stated. The band is ``model.licensing.band_of``
of the facts counted here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from epoc.matching.party import Party
from epoc.matching.scorer import DEFAULT_THRESHOLD
from epoc.model.access import Viewer
from epoc.model.denial import DEFAULT_LAPSE_YEARS, same_or_related_entry
from epoc.model.licensing import (
    CONSULTATION_ROLES,
    PROGRAMMES_OF_CONCERN,
    Application,
    ApplicationParty,
    Facts,
    Reason,
    band_of,
    calls_for_consultation,
    fired_rules,
)
from epoc.model.marking import Marking
from epoc.services.denials.notifications import denial_of_row
from epoc.services.denials.parties import (
    DENIAL_SOURCE_PREFIX,
    PartyMatch,
    denial_party_matches,
    party_match,
)
from epoc.services.licensing.annex import annex_info, suggest_annex
from epoc.services.screening.screener import Hit, Screener
from epoc.store.denials import DenialRepository
from epoc.store.records import marking_from_row

SCREEN_LIMIT = 3  # list entities shown per party: the best few, each with its explanation


@dataclass(frozen=True, slots=True)
class RelatedDenial:
    denial_id: int
    partner: str
    reference: str
    annex_codes: tuple[str, ...]
    binding: bool  # no-undercut binds this transaction (whoever's denial it is)
    consult: bool  # another Partner's: a consultation is opened
    why: str
    matches: tuple[tuple[ApplicationParty, PartyMatch], ...]
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        return {
            "denial_id": self.denial_id,
            "partner": self.partner,
            "binding": self.binding,
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class Assessment:
    band: str
    reasons: tuple[Reason, ...]
    rules: tuple[tuple[str, str, str], ...]  # the rules that fired: (band, code, text)

    def to_json(self) -> dict[str, Any]:
        return {
            "band": self.band,
            "reasons": [r.to_json() for r in self.reasons],
            "rules": [{"band": b, "rule": c, "text": t} for b, c, t in self.rules],
        }


@dataclass(frozen=True, slots=True)
class Assessed:
    assessment: Assessment
    related: tuple[RelatedDenial, ...]
    marking: Marking  # the strictest of the evidence the assessment shows


def party_query(name: str, country: str | None) -> Party:
    return Party.from_query({"names": [name], "countries": [country] if country else []})


def assess(
    conn: Connection,
    screener: Screener,
    application: Application,
    partner: str,
    reader: Viewer,
    today: date,
    lapse_years: int = DEFAULT_LAPSE_YEARS,
    *,
    refresh: bool = True,
) -> Assessed:
    """Assess ``application`` of ``partner`` as ``reader`` (that Partner's officer) may see the evidence."""
    reasons: list[Reason] = []
    screened = [("exporter", application.exporter, None)] + [
        (p.role.value, p.name, p.country) for p in application.parties
    ]
    hits = screener.screen(
        [party_query(name, country) for _, name, country in screened],
        DEFAULT_THRESHOLD,
        SCREEN_LIMIT,
        reader,
        refresh=refresh,
    )
    listed = possible = 0
    for party, party_hits in zip(screened, hits, strict=True):
        found = [h for h in party_hits if _list_records(h)]
        matches = [h for h in found if h.match]
        if matches:
            listed += 1
            best = matches[0]
            reasons.append(
                Reason(
                    "screening",
                    f"{_role(party[0])} {party[1]!r} is the same as the list's {best.caption!r} "
                    f"(score {best.score:.2f}, {best.matched_name!r})",
                    tuple(_hit_evidence_json(party, h) for h in matches),
                )
            )
        elif found:
            possible += 1
            best = found[0]
            reasons.append(
                Reason(
                    "possible-match",
                    f"{_role(party[0])} {party[1]!r} resembles the list's {best.caption!r} "
                    f"(score {best.score:.2f}, below the match threshold {DEFAULT_THRESHOLD}): check it",
                    tuple(_hit_evidence_json(party, h) for h in found),
                )
            )

    related = denials_for(conn, screener, application, partner, reader, today, lapse_years)
    for denial in related:
        kind = "denial" if denial.binding else "denial-information"
        reasons.append(Reason(kind, denial.why, (_denial_evidence_json(denial),)))

    categories: set[str] = set()
    for number, item in enumerate(application.items, 1):
        reasons.append(_annex_reason(number, item.description, item.annex, categories))

    concern = False
    places = [("destination", application.destination)] + [
        (_role(p.role.value), p.country)
        for p in application.parties
        if p.country and p.role.value in CONSULTATION_ROLES
    ]
    for what, country in dict.fromkeys(places):
        programmes = PROGRAMMES_OF_CONCERN.get(country or "")
        if programmes:
            concern = True
            reasons.append(
                Reason(
                    "destination",
                    f"{what} {country}: {'; '.join(programmes)}",
                    ({"type": "destination", "country": country, "programmes": list(programmes)},),
                )
            )
    for flag in application.red_flags:
        reasons.append(
            Reason(
                "red-flag",
                f"red flag: {flag.question} Yes — {flag.stated}",
                (
                    {
                        "type": "red-flag",
                        "code": flag.code,
                        "question": flag.question,
                        "answer": "yes",
                        "stated": flag.stated,
                    },
                ),
            )
        )

    facts = Facts(
        categories=frozenset(categories),
        listed_parties=listed,
        possible_parties=possible,
        undercut_denials=sum(1 for d in related if d.consult),
        own_denials=sum(1 for d in related if d.binding and not d.consult),
        information_denials=sum(1 for d in related if not d.binding),
        concern_destination=concern,
        red_flags=len(application.red_flags),
    )
    band = band_of(facts)
    rules = fired_rules(facts)
    summary = Reason(
        "band",
        f"{band.value}: "
        + ("; ".join(f"{r.text} ({r.band.value})" for r in rules) if rules else "no rule fires"),
        tuple({"type": "rule", "band": r.band.value, "rule": r.code, "text": r.text} for r in rules),
    )
    marking = Marking.parse("CONFIDENTIAL // REL " + partner)
    for denial in related:
        marking = Marking(
            max(marking.classification, denial.marking.classification),
            marking.scope,
            marking.partners,
            marking.not_for_outreach,
        )
    assessment = Assessment(
        band.value, (summary, *reasons), tuple((r.band.value, r.code, r.text) for r in rules)
    )
    return Assessed(assessment, tuple(related), marking)


def _role(role: str) -> str:
    return role.replace("_", " ")


def _list_records(hit: Hit) -> bool:
    """A hit on the list or a public list: a denial's own parties are the denial reasons' business."""
    return any(not r.startswith(DENIAL_SOURCE_PREFIX) for r in hit.record_ids)


def _hit_evidence_json(party: tuple[str, str, str | None], hit: Hit) -> dict[str, Any]:
    """A screening hit as a reason's evidence: a dict on purpose, the JSON the assessment is stored in."""
    role, name, country = party
    return {
        "type": "screening-hit",
        "party": {"role": role, "name": name, "country": country},
        "entity_id": hit.entity_id,
        "caption": hit.caption,
        "score": round(hit.score, 4),
        "match": hit.match,
        "query_name": hit.query_name,
        "matched_name": hit.matched_name,
        "record_ids": list(hit.record_ids),
        "sources": sorted({r.split(":", 1)[0] for r in hit.record_ids}),
        "explanation": [f.to_json() for f in hit.explanation],
    }


def _annex_reason(number: int, description: str, code: str | None, categories: set[str]) -> Reason:
    if code is None:
        suggested = suggest_annex(description)
        hint = f" (the tagger suggests {', '.join(suggested)}: confirm or correct)" if suggested else ""
        return Reason(
            "annex",
            f"item {number} {description!r}: no Annex entry given — a catch-all case if the end use is of "
            f"concern{hint}",
            ({"type": "annex", "code": None, "category": None, "suggested": suggested},),
        )
    info = annex_info(code)
    if info is None:
        return Reason("annex", f"item {number}: {code} is not an Annex entry", ())
    categories.add(info.category)
    weight = (
        "Category I: a strong presumption of denial" if info.category == "I" else "Category II: case by case"
    )
    title = f" ({info.title})" if info.title else ""
    suggested = suggest_annex(description)
    check = (
        f" — the tagger reads {', '.join(suggested)} in the description: confirm the entry"
        if suggested and not any(same_or_related_entry(code, s) for s in suggested)
        else ""
    )
    return Reason(
        "annex",
        f"item {number} {description!r}: Annex {code}{title}, {weight}{check}",
        (
            {
                "type": "annex",
                "code": code,
                "item": info.item,
                "category": info.category,
                "title": info.title,
                "suggested": suggested,
            },
        ),
    )


def _denial_evidence_json(denial: RelatedDenial) -> dict[str, Any]:
    """A related denial as a reason's evidence: a dict on purpose, the JSON the assessment is stored in."""
    return {
        "type": "denial",
        "denial_id": denial.denial_id,
        "partner": denial.partner,
        "reference": denial.reference,
        "binding": denial.binding,
        "consultation": denial.consult,
        "marking": denial.marking.banner,
        "matched": [
            {"application_party": {"role": p.role.value, "name": p.name}, **m.to_json()}
            for p, m in denial.matches
        ],
    }


def denials_for(
    conn: Connection,
    screener: Screener,
    application: Application,
    partner: str,
    reader: Viewer,
    today: date,
    lapse_years: int,
) -> list[RelatedDenial]:
    """The denials the reader may read that name one of the application's parties (the engine says so,
    searching the denials' part of its index), each with whether it binds this transaction and why."""
    rows = DenialRepository(conn).list(reader)
    parties_of = {p["record_id"]: (row, p) for row in rows for p in row.parties if p.get("record_id")}
    matched: dict[int, list[tuple[ApplicationParty, PartyMatch]]] = {}
    for party in application.parties:
        query = party_query(party.name, party.country)
        best: dict[int, PartyMatch] = {}
        for record_id, comparison in denial_party_matches(
            screener.index, screener.scorer, query, reader.may_read
        ):
            if record_id not in parties_of:
                continue  # a denial the reader may not read, or one gone since the index was built
            row, entry = parties_of[record_id]
            if row.id not in best or comparison.score > best[row.id].score:
                best[row.id] = party_match(entry, comparison)
        for denial_id, found in best.items():
            matched.setdefault(denial_id, []).append((party, found))
    codes = [item.annex for item in application.items if item.annex]
    out = []
    for row in rows:
        matches = matched.get(row.id)
        if not matches:
            continue
        denial = denial_of_row(row)
        binding = denial.binding_on(today, lapse_years)
        related_item = any(same_or_related_entry(c, d) for c in codes for d in denial.annex_codes)
        roles = [
            m.role for p, m in matches if p.role.value in CONSULTATION_ROLES and m.role in CONSULTATION_ROLES
        ]
        consult = calls_for_consultation(binding, related_item, roles, denial.partner, partner)
        binds_here = binding.binds and related_item and bool(roles)
        what = (
            f"{denial.partner} denied {denial.item_description!r} "
            f"({', '.join(denial.annex_codes) or 'catch-all'}) on {denial.notified_on.isoformat()} "
            f"(ref. {denial.reference}) naming "
            + "; ".join(f"{m.role.replace('_', ' ')} {m.name!r} as {p.name!r}" for p, m in matches)
        )
        if consult:
            why = f"{what}: an essentially identical transaction — consult {denial.partner} ({binding.why})"
        elif binds_here:
            why = f"{what}: your own Partner's denial of an essentially identical transaction ({binding.why})"
        elif not binding.binds:
            why = f"{what}: for information — {binding.why}"
        elif not related_item:
            why = (
                f"{what}: for information — a different Annex item (applied for "
                f"{', '.join(codes) or 'no listed item'})"
            )
        else:
            why = f"{what}: for information — the party is not the consignee or end user on both sides"
        out.append(
            RelatedDenial(
                denial_id=row.id,
                partner=denial.partner,
                reference=denial.reference,
                annex_codes=denial.annex_codes,
                binding=binds_here,
                consult=consult,
                why=why,
                matches=tuple(matches),
                marking=marking_from_row(row),
            )
        )
    return out


def consultation_request_json(application: Application, denial: RelatedDenial) -> dict[str, Any]:
    """What the denying Partner is shown: the item and the matched parties only. A dict on purpose: the
    consultation's request, stored with it and shown as written."""
    return {
        "items": [
            {"description": i.description, "annex": i.annex, "quantity": i.quantity}
            for i in application.items
            if i.annex and any(same_or_related_entry(i.annex, c) for c in denial.annex_codes)
        ],
        "parties": [
            {
                "role": p.role.value,
                "name": p.name,
                "country": p.country,
                "matched": m.to_json(),
            }
            for p, m in denial.matches
            if p.role.value in CONSULTATION_ROLES
        ],
        "denial": {"denial_id": denial.denial_id, "reference": denial.reference},
    }
