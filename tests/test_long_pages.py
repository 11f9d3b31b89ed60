"""Long pages stay short: a document's mentions kept to the strongest, its text a page at a time."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from epoc.model import Marking
from epoc.services.documents import views
from epoc.services.documents.views import (
    DocumentRead,
    DocumentView,
    Mention,
    PortionView,
    keep_strongest,
    mention_page_json,
    portion_segments,
    text_pages,
)


def _mention(
    n: int,
    entity: str,
    score: float,
    status: str = "pending",
    start: int | None = None,
    end: int | None = None,
) -> Mention:
    start = n * 10 if start is None else start
    return Mention(
        id=n,
        kind="entity",
        text="Korvan",
        start=start,
        end=start + 6 if end is None else end,
        entity_id=entity,
        record_ids=(entity,),
        matched_name=None,
        annex_items=(),
        keyword=None,
        label=None,
        score=score,
        spotter="test",
        sentence="",
        paragraph=0,
        page=None,
        status=status,
        marking=Marking.public(),
        detail=None,
    )


def _document(text: str, mentions: list[Mention]) -> DocumentRead:
    portion = PortionView(0, "portion", None, 0, len(text), text, Marking.public())
    row: Any = None  # the paging reads only the portions and the mentions
    return DocumentRead(DocumentView(row, (portion,), ((0, len(text), 0),), False), mentions, len(mentions))


def test_the_strongest_of_each_entity_are_kept_in_text_order(monkeypatch: Any) -> None:
    monkeypatch.setattr(views, "MENTIONS_PER_TARGET", 2)
    monkeypatch.setattr(views, "MENTIONS_KEPT", 3)
    mentions = [
        _mention(0, "a", 0.5),
        _mention(1, "a", 0.9),
        _mention(2, "a", 0.7, "accepted"),
        _mention(3, "b", 0.6),
        _mention(4, "b", 0.8),
    ]
    kept = keep_strongest(mentions)
    # a: the decided one and the best scored; b: its best; then the three strongest of those, in text order
    assert [m.id for m in kept] == [1, 2, 4]
    few = mentions[:2]
    assert keep_strongest(few) is few  # nothing over the caps: the mentions as they were


def test_a_page_of_mentions_says_where_it_is(monkeypatch: Any) -> None:
    doc = _document("Korvan " * 10, [_mention(n, "a", 1.0) for n in range(5)])
    monkeypatch.setattr(DocumentView, "to_json", lambda self, mentions: {"mentions": mentions})
    page = mention_page_json(doc, 2, 2)
    assert [m["id"] for m in page["mentions"]] == [2, 3]
    assert (page["mentions_kept"], page["mentions_page"], page["mentions_pages"]) == (5, 2, 3)


def test_text_pages_cut_at_line_breaks_and_cover_the_text() -> None:
    text = "\n".join(f"paragraph {n} " + "word " * 30 for n in range(200))
    pages = text_pages(text, 1_000)
    assert pages[0][0] == 0 and pages[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(pages))
    assert all(text[end - 1] == "\n" for _, end in pages[:-1])
    assert all(end - start <= 1_000 for start, end in pages)


def test_a_page_of_text_shows_its_stretch_of_each_portion_and_its_mentions() -> None:
    text = "Korvan ships. " * 10
    mentions = [_mention(n, "a", 1.0, start=n * 14) for n in range(10)]
    [(shown, segments)] = portion_segments(_document(text, mentions), 28, 70)
    assert shown.text == text[28:70] and (shown.start, shown.end) == (28, 70)
    assert [m.id for _, m in segments if m] == [2, 3, 4]
    assert "".join(t for t, _ in segments) == text[28:70]


def test_a_diff_page_takes_its_rows_across_added_removed_and_changed() -> None:
    from epoc.services.list.editions import ChangedRow, DiffCounts, DiffRow, EditionDiff, diff_page

    added = tuple(DiffRow(f"added-{n}", "", ()) for n in range(3))
    changed = tuple(ChangedRow(f"changed-{n}", "", ()) for n in range(4))
    head: Any = None  # the editions compared play no part in the paging
    diff = EditionDiff(head, head, DiffCounts(3, 0, 4), added, (), changed)
    second = diff_page(diff, 2, 2)
    assert [r.entity_id for r in second.added + second.changed] == ["added-2", "changed-0"]
    assert (second.pages, second.rows, second.counts) == (4, 7, diff.counts)
    assert diff_page(diff, 9, 2).changed == ()
