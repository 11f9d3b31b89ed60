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


# -- national markings: read as the regime level they are exchanged at, never lower ----------------------
@pytest.mark.parametrize(
    ("text", "originator", "banner"),
    [
        ("VS-VERTRAULICH", None, "CONFIDENTIAL // REL MTCR"),
        ("VS-NfD / RESTRICTED - REL MTCR", None, "RESTRICTED // REL MTCR"),
        ("VS-VERTRAULICH - NUR FÜR MTCR-PARTNER", None, "CONFIDENTIAL // REL MTCR"),
        ("CONFIDENTIEL – DIFFUSION RESTREINTE", None, "CONFIDENTIAL // REL MTCR"),
        ("CONFIDENTIEL DÉFENSE - SPÉCIAL FRANCE", None, "CONFIDENTIAL // REL FR"),
        ("UK RESTRICTED - RELEASABLE TO MTCR PARTNERS", None, "RESTRICTED // REL MTCR"),
        ("OFFICIAL-SENSITIVE", None, "RESTRICTED // REL MTCR"),
        ("OFFICIAL", "GB", "UNCLASSIFIED // REL MTCR"),  # not public: every Partner, no outreach
        ("CONFIDENTIAL - REL MTCR", None, "CONFIDENTIAL // REL MTCR"),
        ("CONFIDENTIAL (REL MTCR)", None, "CONFIDENTIAL // REL MTCR"),
        ("CONFIDENTIAL REL MTCR", None, "CONFIDENTIAL // REL MTCR"),
        ("CONFIDENTIAL - MTCR PARTNERS ONLY", None, "CONFIDENTIAL // REL MTCR"),
        ("CONFIDENTIAL - AUSTRALIA / REL MTCR", None, "CONFIDENTIAL // REL MTCR"),
        ("UNCLASSIFIED // FOR OFFICIAL USE", None, "UNCLASSIFIED // REL MTCR"),
        ("MTCR CONFIDENTIAL", None, "CONFIDENTIAL // REL MTCR"),
        ("RISERVATISSIMO", None, "CONFIDENTIAL // REL MTCR"),
        ("DIFUSIÓN LIMITADA", None, "RESTRICTED // REL MTCR"),
        ("STG. GEHEIM", None, "SECRET // REL MTCR"),
        ("極秘", None, "SECRET // REL MTCR"),
        ("대외비", None, "RESTRICTED // REL MTCR"),
        ("СЕКРЕТНО", None, "SECRET // REL MTCR"),
        ("CONFIDENTIAL // AUSTRALIA EYES ONLY", None, "CONFIDENTIAL // REL AU"),
        # one word, two systems: the originator's decides, else the stricter reading
        ("RESERVADO", "PT", "RESTRICTED // REL MTCR"),
        ("RESERVADO", "ES", "SECRET // REL MTCR"),
        ("RESERVADO", None, "SECRET // REL MTCR"),
    ],
)
def test_national_markings_read_as_the_regime_level(text, originator, banner):
    assert Marking.parse(text, originator).banner == banner


def test_a_bloc_narrows_to_its_members_and_never_widens_to_every_partner():
    marking = Marking.parse("NATO/MTCR CONFIDENTIAL")
    assert marking.scope is Scope.NAMED
    assert {"DE", "US", "GB"} <= marking.partners
    assert not {"JP", "KR", "AU", "RU"} & marking.partners


def test_a_country_prefix_does_not_eat_a_release_line():
    assert Marking.parse("CONFIDENTIAL // US ONLY").banner == "CONFIDENTIAL // REL US"
    assert Marking.parse("CONFIDENTIAL // FOR OFFICIAL USE ONLY").banner == "CONFIDENTIAL // REL MTCR"


@pytest.mark.parametrize(
    "text", ["TOP SECRET", "STRENG GEHEIM", "TRÈS SECRET", "機密", "SECRETO", "COSMIC TOP SECRET"]
)
def test_markings_above_secret_are_refused_saying_why(text):
    with pytest.raises(MarkingError, match="above SECRET"):
        Marking.parse(text)


@pytest.mark.parametrize("text", ["CONFIDENTIAL // PINK", "VERTRAULICHKEIT", "UK", "GEHEIM // SOMETIMES"])
def test_what_is_not_a_marking_is_still_refused_with_the_part(text):
    with pytest.raises(MarkingError, match="classification"):
        Marking.parse(text)
