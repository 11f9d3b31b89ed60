"""The labelled corpus through the whole documents path (every format), scored against its labels.

The benchmark (bench/extraction.py) prints the same figures, also with the real lists loaded; this test
holds the floor on the corpus list alone so that a change that breaks extraction fails here first.
"""

import pytest

from epoc.documents.readers.base import Limits
from epoc.services.documents.extraction import extractor_for
from epoc.services.documents.ingest import DocumentOptions, add_documents
from epoc.services.records.imports import import_paths
from epoc.sources.base import ImportOptions
from epoc.store import Store

from .corpus import LIST, build, evaluate


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    work = tmp_path_factory.mktemp("corpus")
    store = Store.open(f"sqlite:///{work / 'epoc.db'}")
    assert import_paths(store, [LIST], ImportOptions(source="corpus"), "partner-csv").ok
    docs = build(work / "docs")
    extractor = extractor_for(store, work / "index")
    results = add_documents(store, [d.path for d in docs], DocumentOptions(), Limits(), lambda: extractor)
    assert [r.error for r in results if r.error] == []
    for doc, result in zip(docs, results, strict=True):
        doc.document_id = result.document_id
    yield len(docs), evaluate(store, docs)
    store.close()


def test_corpus_has_every_kind_of_document(scores):
    count, _ = scores
    assert count >= 30


@pytest.mark.parametrize(
    ("figure", "floor"),
    [
        ("entity_precision", 0.95),
        ("entity_recall", 0.95),
        ("new_organisation_recall", 0.8),
        ("technology_right_item", 0.9),
        ("markings_right", 1.0),
    ],
)
def test_extraction_targets_on_the_corpus(scores, figure, floor):
    _, figures = scores
    assert figures[figure] >= floor, figures
