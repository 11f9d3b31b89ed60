import pytest

from epoc.model import Classification, Marking, MarkingError, Scope


@pytest.mark.parametrize(
    ("text", "classification", "scope", "partners", "banner"),
    [
        ("UNCLASSIFIED", Classification.UNCLASSIFIED, Scope.PUBLIC, set(), "UNCLASSIFIED"),
        (
            "CONFIDENTIAL // REL MTCR",
            Classification.CONFIDENTIAL,
            Scope.PARTNERS,
            set(),
            "CONFIDENTIAL // REL MTCR",
        ),
        ("(C/REL MTCR)", Classification.CONFIDENTIAL, Scope.PARTNERS, set(), "CONFIDENTIAL // REL MTCR"),
        (
            "restricted // rel to FR, DE",
            Classification.RESTRICTED,
            Scope.NAMED,
            {"FR", "DE"},
            "RESTRICTED // REL DE, FR",
        ),
        (
            "CONFIDENTIAL // FR ONLY",
            Classification.CONFIDENTIAL,
            Scope.NAMED,
            {"FR"},
            "CONFIDENTIAL // REL FR",
        ),
        ("CONFIDENTIAL", Classification.CONFIDENTIAL, Scope.PARTNERS, set(), "CONFIDENTIAL // REL MTCR"),
        (
            "U // NOT FOR OUTREACH",
            Classification.UNCLASSIFIED,
            Scope.PUBLIC,
            set(),
            "UNCLASSIFIED // NOT FOR OUTREACH",
        ),
    ],
)
def test_parse(text, classification, scope, partners, banner):
    marking = Marking.parse(text)
    assert marking.classification is classification
    assert marking.scope is scope
    assert marking.partners == frozenset(partners)
    assert marking.banner == banner
    assert Marking.parse(marking.banner) == marking  # the banner reads back as the same marking


@pytest.mark.parametrize(
    "text", ["", "TOP-ISH", "CONFIDENTIAL // REL France", "// REL MTCR", "CONFIDENTIAL // ORCON X1"]
)
def test_parse_refuses_what_it_cannot_read(text):
    with pytest.raises(MarkingError):
        Marking.parse(text)


def test_strictest_never_lowers():
    public = Marking.public()
    conf = Marking.parse("CONFIDENTIAL // REL MTCR")
    named = Marking.parse("RESTRICTED // REL FR, DE")
    assert public.strictest(conf) == conf
    assert conf.strictest(public) == conf
    combined = conf.strictest(named)
    assert combined.classification is Classification.CONFIDENTIAL
    assert combined.scope is Scope.NAMED and combined.partners == {"FR", "DE"}
    assert named.strictest(Marking.parse("SECRET // REL DE")).partners == {"DE"}
    assert conf.strictest(public).not_for_outreach


def test_strictest_of_folds_a_list():
    conf = Marking.parse("CONFIDENTIAL // REL MTCR")
    named = Marking.parse("RESTRICTED // REL FR, DE")
    de = Marking.parse("SECRET // REL DE")
    assert Marking.strictest_of([]) == Marking.public()  # nothing shown: UNCLASSIFIED
    assert Marking.strictest_of([conf]) == conf
    assert Marking.strictest_of(iter([conf, named, de])) == conf.strictest(named).strictest(de)
    for order in ([de, named, conf], [named, conf, de]):  # the order never matters
        assert Marking.strictest_of(order) == Marking.strictest_of([conf, named, de])
    folded = Marking.strictest_of([named, de])
    assert folded.classification is Classification.SECRET and folded.partners == {"DE"}
