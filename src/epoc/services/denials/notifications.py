"""Denial notifications: import from the template (one transaction per file), list, and the no-undercut
check ("which denials would approving this party and item undercut?").

Each denial is a source of kind ``denial`` (``denial-<partner>-<reference>``) whose records are its parties
(consignee, end user, intermediaries), so that they are screened and resolved like any list's records.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from epoc.documents.denials import read_denials
from epoc.matching.party import Party
from epoc.matching.scorer import Scorer, default_scorer
from epoc.model import Address, Fact, FactKind, Marking, Name, NameKind, Record, Source, SourceKind
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.denial import (
    DEFAULT_LAPSE_YEARS,
    Denial,
    DenialParty,
    DenialStatus,
    PartyRole,
    same_entry,
)
from epoc.names.script import LATIN, detect_script, guess_lang
from epoc.services import audit
from epoc.services.denials.parties import DENIAL_SOURCE_PREFIX, PartyMatch, best_party_match
from epoc.services.records.imports import store_source
from epoc.services.results import plain, plain_json
from epoc.sources.base import SourceData, slug
from epoc.store import Store
from epoc.store.denials import DenialRepository
from epoc.store.records import RecordRepository, marking_from_row

DEFAULT_MARKING = Marking.parse("CONFIDENTIAL // REL MTCR")  # denials are Partner-only by nature


@dataclass(frozen=True, slots=True)
class DenialImportOptions:
    marking: Marking | None = None  # for denials that give none; a denial's own marking is raised to it
    max_bytes: int = 100 * 1024 * 1024
    actor: Viewer | None = None  # who enters them, for the audit trail (None: the command line)


@dataclass(frozen=True, slots=True)
class SavedDenial:
    """A denial stored by an entry or an import, and how (``added``, ``amended`` or ``unchanged``)."""

    partner: str
    reference: str
    source: str
    status: str
    records: int  # its parties, as records of its source
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


@dataclass(frozen=True, slots=True)
class DenialsImported:
    """A file of denials imported (`epoc denials import --json`)."""

    file: str
    denials: tuple[SavedDenial, ...]

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


@dataclass(frozen=True, slots=True)
class DenialView:
    """A stored denial as the desk shows it (`epoc denials list --json`), with whether no-undercut binds on
    the day asked (``Denial.binding_on``) and why. Its parties are the denial row's stored party objects
    (role, name, aliases, address, country, record_id), by role."""

    denial_id: int
    partner: str
    reference: str
    date: str  # notified on (ISO)
    annex_codes: tuple[str, ...]
    catch_all: bool
    item_description: str
    quantity: str | None
    consignee: tuple[dict[str, Any], ...]
    end_user: tuple[dict[str, Any], ...]
    intermediaries: tuple[dict[str, Any], ...]
    end_use: str | None
    reason: str | None
    status: str
    review_due: str
    binding: bool
    binding_why: str
    renewed_on: str | None
    revoked_on: str | None
    predecessor_id: int | None
    successor_id: int | None
    source: str
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)

    def extended(self, cls: type[V], **more: Any) -> V:
        """This view with ``more`` fields, as ``cls``: a result that extends a denial's view."""
        return cls(**{f.name: getattr(self, f.name) for f in fields(DenialView)}, **more)


V = TypeVar("V", bound=DenialView)


@dataclass(frozen=True, slots=True)
class DenialCheck(DenialView):
    """A denial that names the checked party (`epoc denials check --json`): whether approving would undercut
    it, and why."""

    matched_party: PartyMatch
    undercut: bool
    why: str

    def to_json(self) -> dict[str, Any]:
        """The matched party in its own JSON form (``PartyMatch.to_json``: the name that met as ``name``)."""
        return {**plain(self), "matched_party": self.matched_party.to_json()}


def source_key(denial: Denial) -> str:
    return f"{DENIAL_SOURCE_PREFIX}{denial.partner.lower()}-{slug(denial.reference, 40)}"[:64]


def denial_records(denial: Denial, key: str, origin: str) -> list[Record]:
    remark = (
        f"Denied by {denial.partner} on {denial.notified_on.isoformat()} (ref. {denial.reference}): "
        f"{denial.item_description}"
        + (f" [{', '.join(denial.annex_codes)}]" if denial.annex_codes else "")
        + (" (catch-all)" if denial.catch_all else "")
    )
    records = []
    counters: dict[str, int] = {}
    for party in denial.parties:
        counters[party.role.value] = counters.get(party.role.value, 0) + 1
        native = f"{party.role.value}-{counters[party.role.value]}"
        names = []
        for kind, text in [(NameKind.PRIMARY, party.name), *((NameKind.ALIAS, a) for a in party.aliases)]:
            script = detect_script(text)
            names.append(Name(text, kind, script, guess_lang(script) if script != LATIN else None, origin))
        facts = [
            Fact(FactKind.REMARK, remark, origin=origin),
            Fact(FactKind.POSITION, party.role.value, origin=origin),
            *(Fact(FactKind.PROGRAMME, f"Annex {code}", origin=origin) for code in denial.annex_codes),
        ]
        if party.country:
            facts.append(Fact(FactKind.COUNTRY, party.country, origin=origin))
        addresses = (Address(party.address, country=party.country, origin=origin),) if party.address else ()
        records.append(
            Record(
                id=Record.make_id(key, native),
                source=key,
                native_id=native,
                schema=party.schema,
                names=tuple(names),
                addresses=addresses,
                facts=tuple(facts),
            )
        )
    return records


def import_denials(
    store: Store, path: Path, options: DenialImportOptions, lapse_years: int = DEFAULT_LAPSE_YEARS
) -> DenialsImported:
    """Read the file, then store every denial (its source, records and row) in one transaction."""
    denials = read_denials(path, options.max_bytes)
    return DenialsImported(str(path), tuple(save_denials(store, denials, options, path.name, lapse_years)))


def save_denials(
    store: Store,
    denials: list[Denial],
    options: DenialImportOptions,
    origin: str,
    lapse_years: int = DEFAULT_LAPSE_YEARS,
) -> list[SavedDenial]:
    """Store denials (from a file, or from a form through ``epoc.documents.denials.denial_from``) in one
    transaction; ``origin`` names where they came from (a file name, "form:<username>")."""
    now = datetime.now(UTC)
    results = []
    with store.transaction() as conn:
        records = RecordRepository(conn)
        repo = DenialRepository(conn)
        for denial in denials:
            key = source_key(denial)
            marking = denial.marking or options.marking or DEFAULT_MARKING
            if options.marking is not None:
                marking = marking.at_least(options.marking)
            source = Source(
                key=key,
                name=f"Denial {denial.partner} {denial.reference}",
                format="denial-template",
                kind=SourceKind.DENIAL,
                publisher=denial.partner,
                partner=denial.partner,
                date=denial.notified_on,
                marking=marking,
            )
            party_records = denial_records(denial, key, f"{origin}:{denial.reference}")
            stored = store_source(records, SourceData(source, party_records, [origin]), f"denial:{key}", now)
            parties = [
                {
                    "role": p.role.value,
                    "name": p.name,
                    "aliases": list(p.aliases),
                    "address": p.address,
                    "country": p.country,
                    "record_id": r.id,
                }
                for p, r in zip(denial.parties, party_records, strict=True)
            ]
            status = repo.upsert(
                {
                    "source_key": key,
                    "partner": denial.partner,
                    "reference": denial.reference,
                    "notified_on": denial.notified_on,
                    "annex_codes": list(denial.annex_codes),
                    "catch_all": denial.catch_all,
                    "item_description": denial.item_description,
                    "quantity": denial.quantity,
                    "end_use": denial.end_use,
                    "reason": denial.reason,
                    "parties": parties,
                    "status": denial.status.value,
                    "review_due": denial.review_due(lapse_years),
                    "imported_from": origin,
                },
                marking,
                now,
            )
            if options.actor is not None:
                details = {"status": status, "marking": marking.banner, "from": origin}
                audit.record(conn, options.actor, Action.DENIAL_ENTER, key, details)
            saved = SavedDenial(denial.partner, denial.reference, key, status, stored.records, marking)
            results.append(saved)
    return results


def denial_of_row(row: Any) -> Denial:
    """The stored denial as the model's ``Denial``, so that the model's rules (binding, review date) answer
    for it."""
    return Denial(
        partner=row.partner,
        reference=row.reference,
        notified_on=row.notified_on,
        item_description=row.item_description,
        parties=tuple(
            DenialParty(
                PartyRole(p["role"]),
                p["name"],
                tuple(p.get("aliases") or ()),
                p.get("address"),
                p.get("country"),
            )
            for p in row.parties
        ),
        annex_codes=tuple(row.annex_codes),
        catch_all=row.catch_all,
        quantity=row.quantity,
        end_use=row.end_use,
        reason=row.reason,
        status=DenialStatus(row.status),
        marking=marking_from_row(row),
        renewed_on=row.renewed_on,
        superseded_by=f"denial {row.successor_id}" if row.successor_id is not None else None,
    )


def denial_view(row: Any, today: date | None = None, lapse_years: int = DEFAULT_LAPSE_YEARS) -> DenialView:
    """The stored denial as the desk shows it on ``today``."""
    denial = denial_of_row(row)
    binding = denial.binding_on(today or date.today(), lapse_years)
    return DenialView(
        denial_id=row.id,
        partner=row.partner,
        reference=row.reference,
        date=row.notified_on.isoformat(),
        annex_codes=tuple(row.annex_codes),
        catch_all=row.catch_all,
        item_description=row.item_description,
        quantity=row.quantity,
        consignee=tuple(p for p in row.parties if p["role"] == "consignee"),
        end_user=tuple(p for p in row.parties if p["role"] == "end_user"),
        intermediaries=tuple(p for p in row.parties if p["role"] == "intermediary"),
        end_use=row.end_use,
        reason=row.reason,
        status=row.status,
        review_due=denial.review_due(lapse_years).isoformat(),
        binding=binding.binds,
        binding_why=binding.why,
        renewed_on=row.renewed_on.isoformat() if row.renewed_on else None,
        revoked_on=row.revoked_on.isoformat() if row.revoked_on else None,
        predecessor_id=row.predecessor_id,
        successor_id=row.successor_id,
        source=row.source_key,
        marking=marking_from_row(row),
    )


def list_denials(
    store: Store,
    viewer: Viewer | None = None,
    today: date | None = None,
    lapse_years: int = DEFAULT_LAPSE_YEARS,
) -> list[DenialView]:
    """The denials the viewer may read, newest first, as on ``today``."""
    with store.read() as conn:
        rows = DenialRepository(conn).list(viewer)
    return [denial_view(r, today, lapse_years) for r in rows]


def check_denials(
    store: Store,
    party: str,
    item: str | None = None,
    on: date | None = None,
    viewer: Viewer | None = None,
    lapse_years: int = DEFAULT_LAPSE_YEARS,
    scorer: Scorer | None = None,
) -> list[DenialCheck]:
    """Denials an approval for ``party`` (and ``item``, an Annex code) on ``on`` would undercut: a consignee,
    end user or intermediary the screening engine finds to be the same party (with its explanation), and the
    same item, while the denial binds (``Denial.binding_on``). Catch-all, lapsed and revoked denials are
    listed with why they do not bind."""
    on = on or date.today()
    scorer = scorer or default_scorer()
    query = Party.from_query({"names": [party]})
    with store.read() as conn:
        rows = DenialRepository(conn).list(viewer)
    out = []
    for row in rows:
        found = best_party_match(scorer, query, row.parties)
        if found is None:
            continue
        denial = denial_of_row(row)
        same_item = item is None or any(same_entry(item, code) for code in denial.annex_codes)
        if not same_item and not denial.catch_all:
            continue
        view = denial_view(row, on, lapse_years)  # binds or not: Denial.binding_on
        undercut = view.binding and same_item
        why = (
            f"consult {denial.partner} before approving: an essentially identical transaction was denied "
            f"({view.binding_why})"
            if undercut
            else view.binding_why
        )
        out.append(view.extended(DenialCheck, matched_party=found, undercut=undercut, why=why))
    return sorted(out, key=lambda d: (not d.undercut, d.date))
