"""Markings found in a document's text: banners, portion marks, and never lower than the upload's."""

import pytest

from epoc.documents.markings import document_marking, find_markings, is_banner_line
from epoc.model import ImportFailure, Marking

DEFAULT = Marking.parse("UNCLASSIFIED // REL MTCR")


def marking_of(text, uploaded=None, originator=None):
    return document_marking(
        find_markings(text, originator=originator), Marking.parse(uploaded) if uploaded else None, DEFAULT
    ).banner


@pytest.mark.parametrize(
    ("text", "uploaded", "expected"),
    [
        ("CONFIDENTIAL // REL MTCR\n\nBody.\n\nCONFIDENTIAL // REL MTCR", None, "CONFIDENTIAL // REL MTCR"),
        ("Title\n\n(C/REL MTCR) A paragraph.\n\n(U) Another.", None, "CONFIDENTIAL // REL MTCR"),
        ("Title\n\n(S//REL FR, DE) A paragraph.", "CONFIDENTIAL // REL MTCR", "SECRET // REL DE, FR"),
        ("UNCLASSIFIED\n\nPublic text.", "CONFIDENTIAL // REL MTCR", "CONFIDENTIAL // REL MTCR"),
        ("UNCLASSIFIED\n\nPublic text.", None, "UNCLASSIFIED"),
        ("No marking at all.", None, "UNCLASSIFIED // REL MTCR"),
        ("No marking at all.", "UNCLASSIFIED", "UNCLASSIFIED"),
        ("CONFIDENTIEL // REL FR, DE\n\nTexte.", None, "CONFIDENTIAL // REL DE, FR"),
        ("DIFFUSION RESTREINTE\n\nTexte.", None, "RESTRICTED // REL MTCR"),
        ("CONFIDENTIAL // FR ONLY\n\n(C/FR ONLY) Draft.", None, "CONFIDENTIAL // REL FR"),
        ("SECRET//NOT FOR OUTREACH\n\nBody", None, "SECRET // REL MTCR"),
        ("Lettered list\n\n(A) first\n(B) second\n(C) third", None, "UNCLASSIFIED // REL MTCR"),
        # a classified portion without a release line is the originator's only: no originator known, the POC's
        ("(C) A bare portion mark with no lettered list around it.", None, "CONFIDENTIAL // POC ONLY"),
        ("Confidential matters are discussed in lower case.\n", None, "UNCLASSIFIED // REL MTCR"),
    ],
)
def test_document_marking(text, uploaded, expected):
    assert marking_of(text, uploaded) == expected


def test_a_banner_that_cannot_be_read_is_an_error_with_its_line():
    with pytest.raises(ImportFailure, match=r"paper.txt:3: a marking line that cannot be read"):
        find_markings("Title\n\nCONFIDENTIAL // REL SOMEWHERE ELSE\n", "paper.txt")


def test_offsets_and_kinds():
    text = "SECRET // REL MTCR\n\n(S/REL MTCR) Body."
    banner, portion = find_markings(text)
    assert (banner.kind, text[banner.start : banner.end]) == ("banner", "SECRET // REL MTCR")
    assert (portion.kind, text[portion.start : portion.end]) == ("portion", "(S/REL MTCR)")


def test_banner_lines():
    assert is_banner_line("CONFIDENTIAL // REL MTCR")
    assert is_banner_line("  UNCLASSIFIED  ")
    assert not is_banner_line("Confidential // rel mtcr")
    assert not is_banner_line("CONFIDENTIAL INFORMATION EXCHANGE ON THE FOLLOWING TOPICS AND MANY MORE " * 3)


def test_headings_in_capitals_are_not_banners():
    assert not is_banner_line("CONFIDENTIAL SOURCES AND METHODS")
    assert not is_banner_line("SECRET SERVICE")
    assert is_banner_line("CONFIDENTIAL REL MTCR")
    assert find_markings("RESTRICTED ITEMS\n\nA list of items.") == []


@pytest.mark.parametrize(
    ("banner", "expected"),
    [
        ("VS-VERTRAULICH", "CONFIDENTIAL // REL MTCR"),
        ("VS-NfD / RESTRICTED - REL MTCR", "RESTRICTED // REL MTCR"),
        ("CONFIDENTIEL – DIFFUSION RESTREINTE", "CONFIDENTIAL // REL MTCR"),
        ("UK RESTRICTED - RELEASABLE TO MTCR PARTNERS", "RESTRICTED // REL MTCR"),
        ("OFFICIAL-SENSITIVE", "RESTRICTED // REL MTCR"),
        ("CONFIDENTIAL - REL MTCR", "CONFIDENTIAL // REL MTCR"),
        ("UNCLASSIFIED // FOR OFFICIAL USE", "UNCLASSIFIED // REL MTCR"),
        ("NATO/MTCR CONFIDENTIAL", None),  # named NATO members
        # VS- however spaced: left apart, the German RESTRICTED was no banner and the paper read UNCLASSIFIED
        ("VS - NUR FÜR DEN DIENSTGEBRAUCH / REL MTCR", "RESTRICTED // REL MTCR"),
        # a Japanese banner with its English gloss beside it was refused, the gloss unread
        ("取扱注意 / HANDLE WITH CARE - REL MTCR", "RESTRICTED // REL MTCR"),
    ],
)
def test_national_banners_mark_the_document_and_stay_as_written(banner, expected):
    text = f"{banner}\n\nInformation exchange paper on a fictional supplier.\n\n{banner}"
    found = find_markings(text)
    assert [f.kind for f in found] == ["banner", "banner"]
    assert found[0].text == banner.strip()  # the line as the originator wrote it
    marking = marking_of(text)
    if expected is None:
        assert marking.startswith("CONFIDENTIAL // REL ") and "MTCR" not in marking
    else:
        assert marking == expected


def test_a_national_banner_is_never_read_lower_than_it_says():
    # a spaced-dash banner was once not seen as a banner at all, leaving the document at the default
    text = "CONFIDENTIAL - RELEASABLE TO MTCR PARTNERS\n\nBody.\n"
    assert marking_of(text) == "CONFIDENTIAL // REL MTCR"


def test_a_banner_above_secret_is_refused_with_what_and_where():
    with pytest.raises(ImportFailure) as error:
        find_markings("Title\n\nSTRENG GEHEIM\n\nBody.", name="paper.txt")
    assert "above SECRET" in str(error.value) and "3" in str(error.value)


def test_national_words_in_running_text_or_headings_are_not_banners():
    assert not is_banner_line("Geheim und vertraulich: die Lieferkette")
    assert not is_banner_line("UK INFORMATION EXCHANGE PAPER")
    assert not is_banner_line("OFFICIAL RECORD OF THE MEETING")


@pytest.mark.parametrize(
    ("banner", "expected"),
    [
        # a Partner's own words are often not written in capitals; each was once no banner at all, and the
        # document read UNCLASSIFIED // REL MTCR: under-marked
        ("Diffusion Restreinte", "RESTRICTED // REL MTCR"),
        ("Confidentiel Défense", "CONFIDENTIAL // REL MTCR"),
        ("VS-Vertraulich", "CONFIDENTIAL // REL MTCR"),
        ("Riservato", "RESTRICTED // REL MTCR"),
        ("Official-Sensitive", "RESTRICTED // REL MTCR"),
        ("Для служебного пользования", "RESTRICTED // REL MTCR"),
        ("Секретно", "SECRET // REL MTCR"),
        # the EU's own marking names its level in French, then UE: the EU's members only
        ("RESTREINT UE/EU RESTRICTED", None),
        ("CONFIDENTIEL UE", None),
        # spelt out, sensitive-but-unclassified words were no banner either
        ("SENSITIVE BUT UNCLASSIFIED", "UNCLASSIFIED // REL MTCR"),
        ("FOR OFFICIAL USE ONLY // NOT FOR OUTREACH", "UNCLASSIFIED // REL MTCR"),
    ],
)
def test_national_banners_in_any_case_mark_the_document(banner, expected):
    text = f"Information exchange paper\n\n{banner}\n\nA paragraph on a fictional supplier."
    assert [f.kind for f in find_markings(text)] == ["banner"]
    marking = marking_of(text)
    if expected is None:
        assert marking.startswith(("RESTRICTED // REL ", "CONFIDENTIAL // REL ")) and "MTCR" not in marking
        assert "AT" in marking and "US" not in marking  # the EU's members, not NATO's
    else:
        assert marking == expected


def test_the_eu_top_level_in_its_own_words_is_refused():
    with pytest.raises(ImportFailure, match="above SECRET"):
        find_markings("Title\n\nTRÈS SECRET UE/EU TOP SECRET\n\nBody.", name="paper.txt")


def test_everyday_english_in_mixed_case_is_not_a_banner():
    # national words that are English too are a marking only in capitals, as the regime's own words
    for line in ("Official", "Protected", "Handle with care", "In confidence", "Secret", "Confidential"):
        assert not is_banner_line(line), line
    assert is_banner_line("OFFICIAL")
    assert not is_banner_line("Geheimhaltung und Vertraulichkeit der Lieferkette")
