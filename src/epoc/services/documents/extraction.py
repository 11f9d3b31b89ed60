"""The extractor for a store: the gazetteer over every stored name form, built once per store state.

Building the gazetteer over the full real lists takes seconds; it is kept in memory for the process and
on disk (``<EPOC_DATA_DIR>/index/gazetteer-<state>.pickle``) so that the next command with the same store
state loads it instead. Any new list, document or denial version changes the state, and the next use
rebuilds.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path

from epoc.documents.extract import EntityOf, Extractor, records_are_entities
from epoc.documents.gazetteer import Gazetteer
from epoc.documents.variants import FuzzyVerifier, NameVerifier, ScreenerVerifier
from epoc.matching.party import Party
from epoc.model import NameKind
from epoc.services.screening.screener import Screener
from epoc.store import Store
from epoc.store.documents import name_forms, names_fingerprint

log = logging.getLogger(__name__)
_CACHE_VERSION = "19"  # 2: British spellings folded as American; 3: abbreviations, "and", weak aliases;
# 4: no bare one-pinyin-word firm (Dandong Co.); 5: no bare word other listed firms' names share (Pishro);
# 6: the acronym a listed name writes of itself in brackets (Air Weapons Complex (AWC)); 7: Allah joined to
# the name before it, ض ذ ظ ث read as z and s too (Arabic script); 8: a person's native title and label
# left out (김미유 귀하, آقای …, Consignee:); 9: Il- opening a hyphenated word kept (Kang Il-yong);
# 10: an apostrophe with a space after it inside a word (Myo' ng-ch'o' l); 11: ... in Latin names only;
# 12: Ukrainian пан not taken for a title; 13: a person's Latin title left out (Mrs, Dr); 14: a firm
# without the country its name opens with (Hyoksin Trading Corp.), Chem., Equip.; 15: no key for an acronym
# that folds to a word (CHEM); 16: Abd and its article joined to a three-letter name split (Abdulhai);
# 17: foreign names in characters or Hangul read as their languages say them; 18: a name in Ukrainian or
# Belarusian letters read as Slavic; 19: Chinese characters read in Korean (hanja), and Hangul as them
_memory: dict[str, tuple[Gazetteer, FuzzyVerifier]] = {}


def _state(store: Store) -> str:
    with store.read() as conn:
        fingerprint = names_fingerprint(conn)
    url = store.engine.url.render_as_string(hide_password=True)
    return hashlib.sha256(f"{_CACHE_VERSION}|{url}|{fingerprint}".encode()).hexdigest()[:16]


def build_gazetteer(store: Store) -> Gazetteer:
    gazetteer = Gazetteer()
    with store.read() as conn:
        for row in name_forms(conn):
            gazetteer.add(row.record_id, row.text, NameKind(row.kind), row.schema, row.script)
    gazetteer.build()
    return gazetteer


def load_matchers(store: Store, cache_dir: Path | None = None) -> tuple[Gazetteer, FuzzyVerifier]:
    """The gazetteer and the interim variant verifier for the store as it is now."""
    state = _state(store)
    if state in _memory:
        return _memory[state]
    path = cache_dir / f"gazetteer-{state}.pickle" if cache_dir else None
    pair: tuple[Gazetteer, FuzzyVerifier] | None = None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as handle:
                pair = pickle.load(handle)  # our own file, written below
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
            log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
    if pair is None:
        gazetteer = build_gazetteer(store)
        pair = (gazetteer, FuzzyVerifier(gazetteer.forms()))
        if path is not None:
            _write(path, pair)
    _memory.clear()
    _memory[state] = pair
    return pair


def _write(path: Path, pair: tuple[Gazetteer, FuzzyVerifier]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("gazetteer-*.pickle"):
            with contextlib.suppress(OSError):
                old.unlink()
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(pair, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only data folder: work without the cache
        log.warning("cannot write the gazetteer cache %s: %s", path, exc)


def extractor_for(
    store: Store,
    cache_dir: Path | None = None,
    verifier: NameVerifier | None = None,
    entity_of: EntityOf = records_are_entities,
) -> Extractor:
    """The default chain of spotters over this store's names. The variant spotter's spans are verified by
    the screening engine (``ScreenerVerifier`` over a ``Screener`` whose index lives in ``cache_dir``);
    ``verifier`` replaces it, and the interim fuzzy verifier serves only where there is no index folder."""
    # the screener first: it reads the tables kept in the index folder (countries' aliases, everyday words),
    # which building the gazetteer asks for too and would otherwise build itself (0.7 s)
    if verifier is None and cache_dir is not None:
        verifier = ScreenerVerifier(Screener(store, cache_dir), Party.from_query)
    gazetteer, fuzzy = load_matchers(store, cache_dir)
    return Extractor.default(gazetteer, verifier or fuzzy, entity_of)


def lazy_extractor(store: Store, cache_dir: Path | None = None) -> Callable[[], Extractor]:
    """``extractor_for`` the store, built at the first call and kept (a batch whose files all fail to read
    never builds it)."""
    return functools.cache(lambda: extractor_for(store, cache_dir))
