"""Extraction without a database: the gazetteer and its guards, variants, candidates, technology."""

import pytest

from epoc.documents.candidates import CandidateLabel, find_candidates
from epoc.documents.extract import Extractor
from epoc.documents.gazetteer import Gazetteer, pattern_keys
from epoc.documents.textmap import FoldedText, Layout, fold_key
from epoc.documents.variants import FuzzyVerifier
from epoc.model import NameKind
from epoc.model.annex import annex, entries_by_code

NAMES = [
    ("r:shig", "Shahid Hemmat Industrial Group", NameKind.PRIMARY, "Organization"),
    ("r:shig", "SHIG", NameKind.ALIAS, "Organization"),
    ("r:shig", "Hemmat", NameKind.WEAK_ALIAS, "Organization"),
    ("r:shig", "گروه صنعتی شهید همت", NameKind.ORIGINAL_SCRIPT, "Organization"),
    ("r:komid", "Korea Mining Development Trading Corporation", NameKind.PRIMARY, "Company"),
    ("r:komid", "조선광업개발무역회사", NameKind.ORIGINAL_SCRIPT, "Company"),
    ("r:cpmiec", "中国精密机械进出口总公司", NameKind.ORIGINAL_SCRIPT, "Company"),
    ("r:ros", "Rosoboronexport", NameKind.PRIMARY, "Company"),
    ("r:ros", "Рособоронэкспорт", NameKind.ORIGINAL_SCRIPT, "Company"),
    ("r:li", "LI Fangwei", NameKind.PRIMARY, "Person"),
    ("r:tiber", "Tiber Precision Trading Co., Ltd.", NameKind.PRIMARY, "Company"),
    ("r:generic", "General Trading Company", NameKind.ALIAS, "Company"),
    ("r:short", "Sun", NameKind.ALIAS, "Company"),
    ("r:country", "Iran", NameKind.ALIAS, "Organization"),
    ("r:tem", "TEM", NameKind.ALIAS, "Organization"),
    ("r:global", "Global", NameKind.ALIAS, "Organization"),
    ("r:aeoi", "Atomic Energy Organization of Iran (AEOI)", NameKind.PRIMARY, "Organization"),
    ("r:aeoi2", "Atomic Energy Organization of Iran", NameKind.PRIMARY, "Organization"),
]


@pytest.fixture(scope="module")
def extractor():
    gazetteer = Gazetteer()
    for record_id, text, kind, schema in NAMES:
        gazetteer.add(record_id, text, kind, schema)
    gazetteer.build()
    return Extractor.default(gazetteer, FuzzyVerifier(gazetteer.forms()))


def entities(extractor, text):
    return [(m.text, m.entity_id) for m in extractor.extract(text) if m.kind.value == "entity"]


def test_names_in_every_script(extractor):
    text = (
        "In 2024 Shahid Hemmat Industrial Group (SHIG), گروه صنعتی شهید همت, and 조선광업개발무역회사는 met "
        "中国精密机械进出口总公司的代表 and Рособоронэкспорт; LI Fangwei was there. Rosoboronexport declined."
    )
    assert entities(extractor, text) == [
        ("Shahid Hemmat Industrial Group", "r:shig"),
        ("SHIG", "r:shig"),
        ("گروه صنعتی شهید همت", "r:shig"),
        ("조선광업개발무역회사", "r:komid"),
        ("中国精密机械进出口总公司", "r:cpmiec"),
        ("Рособоронэкспорт", "r:ros"),
        ("LI Fangwei", "r:li"),
        ("Rosoboronexport", "r:ros"),
    ]


def test_guards_against_noise(extractor):
    text = (
        "A general trading company in Iran, the Sun and Global markets; Hemmat alone; the TEM met; "
        "shig in lower case; Iran's General Trading Company."
    )
    assert entities(extractor, text) == []


def test_legal_form_and_brackets(extractor):
    found = entities(
        extractor, "Orders went to Tiber Precision Trading Co. Ltd. and to Tiber Precision Trading."
    )
    assert found == [("Tiber Precision Trading Co. Ltd.", "r:tiber"), ("Tiber Precision Trading", "r:tiber")]
    (mention,) = [
        m
        for m in extractor.extract("The Atomic Energy Organization of Iran (AEOI) said.")
        if m.kind.value == "entity"
    ]
    assert mention.text == "Atomic Energy Organization of Iran (AEOI)"
    assert set(mention.record_ids) == {"r:aeoi", "r:aeoi2"}


def test_variants_the_gazetteer_does_not_hold(extractor):
    (mention,) = [
        m
        for m in extractor.extract("Shahid Hemat Industries Group bought steel.")
        if m.kind.value == "entity"
    ]
    assert mention.entity_id == "r:shig" and mention.spotter == "variant" and mention.score >= 0.9
    assert entities(extractor, "Shahid Bagheri Industrial Group bought steel.") == []


def test_candidates_persons_relations_addresses_countries(extractor):
    text = (
        "Pars Tarash (a/k/a Pars Trash Company) and Arvand Hydraulic Engineering Co., Ltd. "
        "(formerly known as "
        "Arvand Pumps) shipped to Brigadier General Hassan Tehrani Moghaddam. Farhad Rostami, a national of "
        "Iran, gave the address No. 12, Azadi Street, Tehran, Iran. "
        "شرکت مهندسی کاوش صنعت در تهران; 上海恒远贸易有限公司的; 조선금성무역회사는; "
        "ООО «Северный Приборный Завод»."
    )
    found = {(m.label, m.text) for m in extractor.extract(text) if m.kind.value == "candidate"}
    assert {
        ("relation", "Pars Trash Company"),
        ("relation", "Arvand Pumps"),
        ("organisation", "Pars Trash Company"),
        ("organisation", "Arvand Hydraulic Engineering Co., Ltd."),
        ("person", "Hassan Tehrani Moghaddam"),
        ("person", "Farhad Rostami"),
        ("address", "No. 12, Azadi Street, Tehran, Iran"),
        ("country", "Iran"),
        ("organisation", "شرکت مهندسی کاوش صنعت"),
        ("organisation", "上海恒远贸易有限公司"),
        ("organisation", "조선금성무역회사"),
        ("organisation", "ООО «Северный Приборный Завод»"),
    } <= found


def test_technology_mapped_to_annex_items(extractor):
    text = (
        "They sought Gyroscopes, fibre-optic gyros, a gyro-astro compass, ammonium perchlorate, "
        "maraging steel, carbon-fiber prepregs, flow-forming machines, telemetry equipment, turbojet "
        "engines and IMUs; an imu in lower case is not the acronym. A drone with a range of 290 km sits "
        "just below the control threshold."
    )
    tagged = [
        (m.text, m.annex_items, m.label) for m in extractor.extract(text) if m.kind.value == "technology"
    ]
    plain = {t: items for t, items, label in tagged if label is None}
    assert plain == {
        "Gyroscopes": ("9.A.4",),
        "fibre-optic gyros": ("9.A.4",),
        "gyro-astro compass": ("9.A.2",),
        "ammonium perchlorate": ("4.C.4",),
        "maraging steel": ("6.C.7",),
        "carbon-fiber prepregs": ("6.C.1",),
        "flow-forming machines": ("3.B.3",),
        "telemetry equipment": ("12.A.4",),
        "turbojet engines": ("3.A.1",),
        "IMUs": ("9.A.6",),
        "drone": ("19.A.2",),
    }
    thresholds = [(t, items) for t, items, label in tagged if label == "threshold"]
    assert ("range of 290 km", ("1.A.1", "19.A.1", "19.A.2")) in thresholds
    assert any(
        t.startswith("just below the control threshold") and "19.A.2" in items for t, items in thresholds
    )


def test_annex_data_file_is_complete_and_consistent():
    numbers = [item.number for item in annex()]
    assert numbers == [
        1,
        2,
        3,
        4,
        6,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        20,
    ]  # 5, 7 and 8 are reserved
    assert {item.number for item in annex() if item.category == "I"} == {1, 2}
    for code, entry in entries_by_code().items():
        item, part, _ = code.split(".")
        assert (int(item) == entry.item and part in "ABCDE" and entry.keywords) or part in "DE"


def test_mentions_carry_sentence_paragraph_and_page(extractor):
    text = "First page.\n\nSecond page: Mr. Li met Rosoboronexport. Then he left."
    (mention,) = [m for m in extractor.extract(text, page_starts=[0, 13]) if m.kind.value == "entity"]
    assert mention.sentence == "Second page: Mr. Li met Rosoboronexport." and mention.paragraph == 2
    assert mention.page == 2


def test_folding_keeps_offsets():
    text = "Café  Über-Group; گروه صنعتی and 제2자연과학원."
    folded = FoldedText.of(text)
    assert folded.folded == " cafe uber group گروه صنعتی 제 2 자연과학원 "  # "and" says nothing in a name
    start = folded.folded.index("uber")
    assert text[slice(*folded.span(start, start + len("uber group")))] == "Über-Group"
    assert fold_key("제2자연과학원") == "제 2 자연과학원"
    assert pattern_keys("Hemmat", NameKind.WEAK_ALIAS) == []
    assert Layout("Co. Ltd. is here. U.S. firms too.").sentence(0, 3) == "Co. Ltd. is here."


def test_a_chinese_firm_of_one_word_and_a_legal_form_is_not_found_by_its_city_alone():
    # "Lanzhou Co." is a firm; "Lanzhou" alone is a city the document names as often: the legal form must be
    # written. A coined one-word name keeps its bare form (Vorbexport OJSC is written Vorbexport)
    gazetteer = _listing(("r:lz", "Lanzhou Co.", "Organization"), ("r:vx", "Vorbexport OJSC", "Organization"))
    found = _entities(gazetteer, "Goods left Lanzhou by rail for Vorbexport.")
    assert found == {("Vorbexport", "gazetteer"): ("r:vx",)}
    assert pattern_keys("Lanzhou Co.", NameKind.PRIMARY) == [" lanzhou co "]


def test_a_firm_word_other_listed_firms_share_is_not_found_alone():
    # "Tarvand Company" would be found as "Tarvand", but two other listed firms' names carry Tarvand with
    # words of their own: alone it names none of them surely. A word only its own firm carries is found
    gazetteer = _listing(
        ("r:t1", "Tarvand Company", "Organization"),
        ("r:t2", "Ghelvar Tarvand Electric Generation", "Organization"),
        ("r:t3", "Tarvand Iran Financial Company", "Organization"),
        ("r:m", "Morvask Company", "Organization"),
    )
    assert _entities(gazetteer, "Tarvand engineers met Morvask.") == {("Morvask", "gazetteer"): ("r:m",)}
    assert _entities(gazetteer, "Tarvand Company paid.") == {("Tarvand Company", "gazetteer"): ("r:t1",)}


def test_person_names_in_either_order():
    gazetteer = Gazetteer()
    gazetteer.add("r:li", "LI, Fangwei", NameKind.PRIMARY, "Person")
    gazetteer.add("r:volkov", "Aleksandr Ivanovich Volkov", NameKind.PRIMARY, "Person")
    gazetteer.build()
    found = Extractor.default(gazetteer).extract("Fangwei Li met Li Fangwei and Volkov Aleksandr Ivanovich.")
    assert [(m.text, m.entity_id) for m in found if m.kind.value == "entity"] == [
        ("Fangwei Li", "r:li"),
        ("Li Fangwei", "r:li"),
        ("Volkov Aleksandr Ivanovich", "r:volkov"),
    ]


def test_the_screening_engine_plugs_in_as_a_verifier():
    """ScreenerVerifier speaks the engine's interface: parties in, per party hits with match and records."""
    from types import SimpleNamespace

    from epoc.documents.variants import ScreenerVerifier

    class FakeEngine:  # the interface of epoc.services.screening.screener.Screener.screen, nothing more
        def __init__(self):
            self.seen = []

        def screen(self, parties, threshold=0.7, limit=5, viewer=None):
            self.seen.extend(parties)
            hit = SimpleNamespace(
                entity_id="e:komid",
                score=0.93,
                match=True,
                matched_name="Korea Mining Development Trading Corp",
                record_ids=("un:KPe.001", "ofac-sdn:1"),
                explanation=(SimpleNamespace(detail="Hangul romanised"),),
            )
            return [[hit] if "금성" not in p["names"][0] else [] for p in parties]

    engine = FakeEngine()
    gazetteer = Gazetteer()
    gazetteer.build()
    extractor = Extractor.default(gazetteer, ScreenerVerifier(engine, make_party=dict))
    found = extractor.extract("조선광업개발무역회사 and 조선금성무역회사 traded.")
    (mention,) = [m for m in found if m.kind.value == "entity"]
    assert (mention.text, mention.entity_id, mention.spotter) == (
        "조선광업개발무역회사",
        "e:komid",
        "variant",
    )
    assert mention.record_ids == ("un:KPe.001", "ofac-sdn:1") and "Hangul" in mention.detail["explanation"]
    assert {p["schema"] for p in engine.seen} == {"Organization"}


def test_short_acronyms_confirm_and_punctuation_breaks_names():
    gazetteer = Gazetteer()
    gazetteer.add("r:aio", "Aerospace Industries Organization", NameKind.PRIMARY, "Organization")
    gazetteer.add("r:aio", "AIO", NameKind.ALIAS, "Organization")
    gazetteer.add("r:mit", "MIT", NameKind.ALIAS, "Organization")
    gazetteer.add("r:kim", "KIM, Jong Un", NameKind.PRIMARY, "Person")
    gazetteer.add("r:shig", "Shahid Hemmat Industrial Group (SHIG)", NameKind.PRIMARY, "Organization")
    gazetteer.build()
    extractor = Extractor.default(gazetteer)

    def found(text):
        return [(m.text, m.entity_id) for m in extractor.extract(text) if m.kind.value == "entity"]

    assert found("Released under the MIT licence; AIO was not named.") == []
    assert found("The Aerospace Industries Organization (AIO) and AIO again.") == [
        ("Aerospace Industries Organization", "r:aio"),
        ("AIO", "r:aio"),
        ("AIO", "r:aio"),
    ]
    assert found("Kim Jong Un ≠ Kim Jong Il") == [("Kim Jong Un", "r:kim")]
    # two names, not one across the punctuation; the acronym the listed name writes of itself is its own
    assert found("*Shahid Hemmat Industrial Group*, *SHIG*") == [
        ("Shahid Hemmat Industrial Group", "r:shig"),
        ("SHIG", "r:shig"),
    ]


def test_the_acronym_a_listed_name_writes_of_itself_is_found_when_it_spells_the_name_out():
    gazetteer = Gazetteer()
    gazetteer.add("r:awc", "Air Velmora Complex (AVC)", NameKind.PRIMARY, "Organization")
    other_body = "Tavrin Atomic Energy Commission (TAEC), and subordinate entity NDX"
    gazetteer.add("r:ndc", other_body, NameKind.ALIAS, "Organization")
    gazetteer.add("r:pvt", "Velmora & Sons (Pvt) Ltd", NameKind.PRIMARY, "Company")
    gazetteer.build()
    extractor = Extractor.default(gazetteer)

    def found(text):
        return [(m.text, m.entity_id) for m in extractor.extract(text) if m.kind.value == "entity"]

    # three letters: found where the document names the record in full too, as any short acronym
    assert found("AVC is the Air Velmora\nComplex in Tavria; AVC ordered valves.") == [
        ("AVC", "r:awc"),
        ("Air Velmora\nComplex", "r:awc"),
        ("AVC", "r:awc"),
    ]
    assert found("The TAEC and the PVT were named.") == []


def test_abbreviated_and_british_org_words_find_the_listed_name():
    gazetteer = Gazetteer()
    for record, name in [
        ("r:kestrel", "KESTREL DEFENSE INDUSTRIAL ORGANIZATION"),
        ("r:lumen", "Lumen Machinery Manufacturing Technology Company"),
        ("r:orca", "ORCA VALLEY SCIENCE AND RESEARCH CENTER"),
        ("r:brisk", "Brisk Harbour Commercial Bank"),
    ]:
        gazetteer.add(record, name, NameKind.PRIMARY, "Organization")
    gazetteer.build()
    text = (
        "The Kestrel Defence Ind. Org. asked Lumen Machinery Mfg. Tech. Co. Ltd. for a quote; the ORCA"
        " VALLEY\nSCIENCE & RESEARCH CENTRE paid through Brisk Harbour Commercial Bk's branch."
    )
    mentions = Extractor.default(gazetteer).extract(text)
    found = {m.text: m.record_ids for m in mentions if m.kind.value == "entity"}
    assert found == {
        "Kestrel Defence Ind. Org.": ("r:kestrel",),
        "Lumen Machinery Mfg. Tech. Co. Ltd.": ("r:lumen",),
        "ORCA VALLEY\nSCIENCE & RESEARCH CENTRE": ("r:orca",),
        "Brisk Harbour Commercial Bk": ("r:brisk",),
    }


def test_initials_with_full_stops_are_the_acronym():
    folded = FoldedText.of("Orders from S.H.I.G. and the U.S. went out.")
    start = folded.folded.index(" shig ") + 1
    assert folded.original[slice(*folded.span(start, start + 4))] == "S.H.I.G"
    assert fold_key("S.H.I.G.") == "shig"


def _entities(gazetteer, text):
    return {
        (m.text, m.spotter): m.record_ids
        for m in Extractor.default(gazetteer).extract(text)
        if m.kind.value == "entity"
    }


def _listing(*rows: tuple[str, str, str]) -> Gazetteer:
    """A gazetteer of these (record id, primary name, schema) rows."""
    gazetteer = Gazetteer()
    for record_id, text, schema in rows:
        gazetteer.add(record_id, text, NameKind.PRIMARY, schema)
    gazetteer.build()
    return gazetteer


def test_short_forms_of_a_party_the_document_names_in_full():
    found = _entities(
        _listing(
            ("r:heron", "Heron Valley Aviation Works", "Organization"),
            ("r:tamsin", "TAMSIN GREYWOLD TRADING CORPORATION", "Organization"),
            ("r:vasquel", "Oriane Delmas VASQUEL", "Person"),
        ),
        "The Heron Valley Aviation Works (hereafter HVAW) and Korea Tamsin Greywold Trading Corp. met "
        "Oriane Delmas VASQUEL. HVAW paid; Tamsin Greywold's agent and Vasquel signed.",
    )
    assert found[("HVAW", "short_form")] == ("r:heron",)
    # (the gazetteer holds a firm's name without its organisation words too, and finds it first)
    assert found[("Tamsin Greywold", "gazetteer")] == ("r:tamsin",)
    assert found[("Vasquel", "short_form")] == ("r:vasquel",)


def test_a_firm_named_after_a_person_lends_no_short_form_to_the_person_after_a_title():
    # "Dr A.Q. Khan" and "Dr Khan" named the founder, not Khan Research Laboratories, whose short form
    # "Khan" had claimed them
    text = (
        "Velmorin Research Laboratories keep the name of their founder. Dr T.R. Velmorin died in 2021, "
        "and Dr Velmorin's papers were not found. Velmorin bought the valves."
    )
    gazetteer = _listing(("r:labs", "Velmorin Research Laboratories", "Organization"))
    found = [m for m in Extractor.default(gazetteer).extract(text) if m.kind.value == "entity"]
    short = [m.start for m in found if m.spotter == "short_form"]
    assert short == [text.rindex("Velmorin bought")]  # the firm, named alone; not the founder after "Dr"


def test_a_firm_named_in_capitals_goes_by_its_first_word_and_a_martyrs_by_his_name():
    gazetteer = _listing(
        ("r:vard", "VARDAN COMPOSITE FIBRE COMPANY", "Organization"),
        ("r:tolv", "Shahid Tolvari Industries", "Organization"),
        ("r:city", "TIANJIN HELVOR OPTICS COMPANY", "Organization"),
    )
    text = (
        "VARDAN COMPOSITE FIBRE COMPANY, Shahid Tolvari Industries and TIANJIN HELVOR OPTICS COMPANY were "
        "named. Vardan's purchases went through Tolvari; Tianjin port handled them."
    )
    found = _entities(gazetteer, text)
    assert found[("Vardan", "short_form")] == ("r:vard",)
    assert found[("Tolvari", "short_form")] == ("r:tolv",)
    assert ("Tianjin", "short_form") not in found  # a Chinese firm's first word is its city


def test_a_short_form_is_the_names_own_word_a_chinese_firm_past_its_place_a_chinese_person_by_family():
    found = _entities(
        _listing(
            ("r:velmor", "Korea Velmor Machinery Joint Venture Corporation", "Organization"),
            ("r:taoyue", "Hunan Taoyue Industrial Co., Ltd.", "Organization"),
            ("r:zhang", "Zhang Weisheng", "Person"),
        ),
        "Korea Velmor Machinery Joint Venture Corporation and Hunan Taoyue Industrial Co., Ltd. traded; "
        "Zhang Weisheng signed. The Velmor workshop, Taoyue's agent and Zhang met; Joint Venture law "
        "applies.",
    )
    # the name's own word, not the everyday words beside it ("Joint Venture")
    assert found[("Velmor", "short_form")] == ("r:velmor",)
    assert ("Joint Venture", "short_form") not in found
    assert found[("Taoyue", "short_form")] == ("r:taoyue",)  # Hunan is where the firm is
    assert found[("Zhang", "short_form")] == ("r:zhang",)  # a Chinese family name comes first


def test_a_name_inside_a_longer_one_does_not_share_its_acronym():
    # "Defence Science" (another listed party) ends where the academy's name ends: it is no second claim
    # on the academy's acronym, which is still the academy's
    gazetteer = _listing(
        ("r:acad", "Academy of Applied Defence Science", "Organization"),
        ("r:ds", "Defence Science", "Organization"),
    )
    found = _entities(gazetteer, "The Academy of Applied Defence Science (AADS) replied. AADS refused.")
    assert found[("AADS", "short_form")] == ("r:acad",)


def test_one_party_found_by_two_spotters_is_one_owner_of_its_short_form():
    # the gazetteer names a mention's records before they are grouped (entity "corpus:1"), the variant
    # spotter the entity ("ent-9"): records in common make them one party, whose short form stands
    from dataclasses import replace

    from epoc.documents.extract import ShortFormSpotter, TextView
    from epoc.model import Mention, MentionKind

    text = "Korea Velmor Trading Corp. and Korea Velmor Trading Corporation: Velmor paid."
    first = Mention(MentionKind.ENTITY, "Korea Velmor Trading Corp.", 0, 26, "gazetteer",
                    entity_id="corpus:1", record_ids=("corpus:1", "un:7"),
                    detail={"schema": "Organization"})  # fmt: skip
    second = Mention(MentionKind.ENTITY, "Korea Velmor Trading Corporation", 31, 63, "variant",
                     entity_id="ent-9", record_ids=("un:7",), detail={"schema": "Organization"})  # fmt: skip
    other = replace(second, entity_id="ent-4", record_ids=("un:8",))
    spotter = ShortFormSpotter()
    assert [(m.text, m.entity_id) for m in spotter.spot(TextView.of(text), [first, second])] == [
        ("Velmor", "corpus:1")
    ]
    assert spotter.spot(TextView.of(text), [first, other]) == []  # two parties: neither


def test_a_legal_form_in_brackets_is_no_short_form_and_messrs_opens_a_firms_name():
    gazetteer = _listing(("r:kestrel", "KESTREL VANE AND SONS PVT LTD.", "Organization"))
    text = "M/S KESTREL VANE & SONS (PVT) LTD shipped the valves. Pvt orders are made to measure."
    found = _entities(gazetteer, text)
    assert ("r:kestrel",) in found.values()  # M/S, the ampersand and (Pvt) Ltd are what they stand for
    assert ("Pvt", "short_form") not in found and ("PVT", "short_form") not in found


def test_no_short_form_without_the_full_name_or_when_two_parties_share_it():
    gazetteer = _listing(
        ("r:a", "Marrow Point Optics Group", "Organization"),
        ("r:b", "Marrow Point Optics Company", "Organization"),
        ("r:c", "Institute of Applied Optics Reykholt", "Organization"),
    )
    alone = _entities(gazetteer, "HVAW and Marrow Point wrote to us.")
    assert alone == {}
    both = _entities(gazetteer, "Marrow Point Optics Group and Marrow Point Optics Company; Marrow Point.")
    assert ("Marrow Point", "short_form") not in both
    # what follows "of" in a name is its subject, not a short form of it
    subject = _entities(
        gazetteer, "The Institute of Applied Optics Reykholt wrote. Applied Optics is a field."
    )
    assert [k for k in subject if k[1] == "short_form"] == []


def test_hangul_and_han_names_inside_running_sentences():
    gazetteer = Gazetteer()
    gazetteer.add("r:k", "한별정밀무역회사", NameKind.ORIGINAL_SCRIPT, "Organization")
    gazetteer.add("r:h", "青岚精密机械有限公司", NameKind.ORIGINAL_SCRIPT, "Organization")
    gazetteer.build()
    text = "보고서에 따르면 한별정밀무역회사는 작년에 부품을 샀다. 据报道青岚精密机械有限公司向其供货。"
    found = {
        m.text: m.record_ids for m in Extractor.default(gazetteer).extract(text) if m.kind.value == "entity"
    }
    assert found == {"한별정밀무역회사": ("r:k",), "青岚精密机械有限公司": ("r:h",)}


def _labelled(text: str) -> dict[str, CandidateLabel]:
    """The candidates the document reader proposes in ``text``, by their text."""
    return {text[c.start : c.end]: c.label for c in find_candidates(text, [])}


def _organisations(text: str) -> list[str]:
    """The organisations the document reader proposes in ``text``, in order."""
    return [
        text[c.start : c.end] for c in find_candidates(text, []) if c.label is CandidateLabel.ORGANISATION
    ]


def test_a_native_script_name_in_brackets_is_a_candidate_for_the_engine():
    text = (
        "Harry Wen (温浩林), Pak Un Sol (박은솔; a broker), Yusef Karimzad (یوسف کریم‌زاد) and Ilya Sorin "
        "(Илья Сорин) met the Taesong Bank (태성은행) and the Sanlu Plant (Санлуский завод). "
        "A note (see) and a date (日) are no names."
    )
    found = _labelled(text)
    for person in ("温浩林", "박은솔", "یوسف کریم‌زاد", "Илья Сорин"):
        assert found[person] is CandidateLabel.PERSON
    assert found["태성은행"] is CandidateLabel.ORGANISATION
    assert found["Санлуский завод"] is CandidateLabel.ORGANISATION
    assert "see" not in found and "日" not in found


def test_a_native_name_among_a_brackets_other_forms_or_in_latin_prose_is_a_candidate():
    text = (
        "CHOE Tal-hun (Choe Tal Hun; 최달훈), general manager. The notice names as یوسف کریم‌زاد and "
        "مهدی ترابی پور — that is, the two brokers — and lists Илья Петрович Сорин (Ilya Sorin) as a "
        'partner of "Вертикаль". Only a sentence in Russian: Он приехал в Москву.'
    )
    found = _labelled(text)
    for person in ("최달훈", "یوسف کریم‌زاد", "مهدی ترابی پور", "Илья Петрович Сорин"):
        assert found[person] is CandidateLabel.PERSON, person
    assert found["Вертикаль"] is CandidateLabel.ORGANISATION  # one word in quotes: a firm's name
    assert not [name for name in found if name.startswith(("Он", "Москв"))]


def test_organisations_in_lines_typed_in_capitals():
    text = (
        "DENIAL NOTIFICATION\n"
        "THE APPLICANT IS HARROW VALE PRECISION INDUSTRIAL GROUP OF TEHRAN.\n"
        "END USER: KOREA TAMSIN GREYWOLD TRADING CORP., PYONGYANG\n"
        "The broker, Linden Marsh Trading Co. Ltd., was paid."
    )
    found = _organisations(text)
    assert "HARROW VALE PRECISION INDUSTRIAL GROUP OF TEHRAN" in found
    assert "KOREA TAMSIN GREYWOLD TRADING CORP." in found
    assert "Linden Marsh Trading Co. Ltd." in found
    assert not [f for f in found if f.startswith(("THE", "DENIAL", "END USER"))]


def test_a_bracketed_legal_form_stays_in_the_name_and_messrs_stays_out():
    text = "Goods went to M/s Qadir & Sons (Pvt) Ltd and Zarqa Tools (Private) Limited; see note (Pvt)."
    found = _organisations(text)
    assert found == ["Qadir & Sons (Pvt) Ltd", "Zarqa Tools (Private) Limited"]


def test_an_owner_in_the_possessive_is_not_part_of_the_name():
    text = "We asked whether HVAW's Quill Ridge Testing Complex was the end user."
    assert _organisations(text) == ["Quill Ridge Testing Complex"]


def test_a_name_starts_after_a_purpose_for_unless_a_body_is_for_it():
    text = (
        "IT ACTS AS A PROCUREMENT FRONT FOR HARROW VALE INDUSTRIAL GROUP.\n"
        "Shipments for Linden Marsh Trading Co. were held. The Centre for Quill Studies and the Popular "
        "Front for Greywold Liberation were named."
    )
    found = _organisations(text)
    assert "HARROW VALE INDUSTRIAL GROUP" in found
    assert "Linden Marsh Trading Co." in found
    assert "Centre for Quill Studies" in found
    assert not [f for f in found if "FRONT FOR" in f or f.startswith("Shipments")]


def test_a_korean_or_chinese_name_alone_in_latin_prose_and_russian_bodies_written_first():
    text = (
        "Our press reported that 박은솔 inspected the line; the clerk, 温浩林, signed. Both 조선 and 中国 "
        "appear, as does 태성은행 in full. The order went to NPO Greywold in Reutov, and OKB Quill too."
    )
    found = _labelled(text)
    assert found["박은솔"] is CandidateLabel.PERSON
    assert found["温浩林"] is CandidateLabel.PERSON
    assert "조선" not in found and "中国" not in found  # countries, not people
    assert found.get("태성은행") is not CandidateLabel.PERSON
    assert found["NPO Greywold"] is CandidateLabel.ORGANISATION
    assert found["OKB Quill"] is CandidateLabel.ORGANISATION


def test_a_name_in_quotation_marks_and_no_sentence_opener_in_a_name():
    text = (
        '2.2 The Harrow Vale Calibration Laboratory was named. Contacts spell his name "Tamsin al-Greywold" '
        "or, in Arabic, “عمرو الأرمنازي”; the “Quill Ridge Trading Company” bought it. He said “yes”."
    )
    found = _labelled(text)
    assert found["Harrow Vale Calibration Laboratory"] is CandidateLabel.ORGANISATION
    assert not [f for f in found if f.startswith(("2.2", "The "))]
    assert found["Tamsin al-Greywold"] is CandidateLabel.PERSON
    assert found["عمرو الأرمنازي"] is CandidateLabel.PERSON
    assert found["Quill Ridge Trading Company"] is CandidateLabel.ORGANISATION
    assert "yes" not in found


def test_a_person_named_before_a_role_over_a_line_break_without_the_title():
    text = (
        "It acts on instructions from Tamsin Quill\n       Greywold, the long-serving head of trade.\n"
        "2.4 Dr Harrow VALE, the former director-general, oversaw both."
    )
    found = _labelled(text)
    assert found["Tamsin Quill\n       Greywold"] is CandidateLabel.PERSON
    assert found["Harrow VALE"] is CandidateLabel.PERSON
    assert not [f for f in found if f.startswith("Dr ")]


def test_a_firm_is_found_without_the_organisation_words_that_end_its_name():
    keys = pattern_keys("Harrow Vale Industrial Group", NameKind.PRIMARY)
    assert " harrow vale " in keys
    assert " quill greywold source " in pattern_keys(
        "Quill Greywold Source International Trade Co., Ltd.", NameKind.PRIMARY
    )
    # one word of its own, a country or a region and a word: as often a place or a word as the firm
    for name in (
        "Tamsin Commercial Bank",
        "Korea Vale Trading Corporation",
        "East Asia Trading Co",
        "Hong Kong Electronics Co",
    ):
        assert not [k for k in pattern_keys(name, NameKind.PRIMARY) if len(k.split()) <= 2], name
    assert pattern_keys("Harrow Vale", NameKind.PRIMARY, person=True) == [" harrow vale ", " vale harrow "]
    gazetteer = Gazetteer()
    gazetteer.add("r1", "Harrow Vale Industrial Group", NameKind.PRIMARY, "Organization")
    gazetteer.build()
    text = "Valves went to Harrow Vale last year."
    assert [text[h.start : h.end] for h in gazetteer.find(FoldedText.of(text))] == ["Harrow Vale"]


def test_a_short_family_name_names_the_person_after_a_title_only():
    gazetteer = Gazetteer()
    gazetteer.add("r:li", "LI, Velmoran", NameKind.PRIMARY, "Person")
    gazetteer.build()
    extractor = Extractor.default(gazetteer)
    text = "The order was signed by Mr Li. Velmoran Li is listed. Li Ning shoes; DR LI agreed."
    found = [(m.text, m.entity_id) for m in extractor.extract(text) if m.kind.value == "entity"]
    assert found == [("Mr Li", "r:li"), ("Velmoran Li", "r:li"), ("DR LI", "r:li")]


def test_a_russian_defence_body_written_by_its_kind_and_trade_is_a_candidate():
    # Russian names such bodies by what they build, in lower case and unquoted: НПО машиностроения
    text = "The НПО приборостроения is based in Tavrinsk; КБ точного машиностроения замечено. КБ is a word."
    found = _labelled(text)
    assert found["НПО приборостроения"] is CandidateLabel.ORGANISATION
    assert found["КБ точного машиностроения"] is CandidateLabel.ORGANISATION
    assert not any(name.startswith("КБ is") for name in found)


def test_a_name_the_list_lookup_misses_is_compared_with_the_parties_the_document_names():
    from epoc.documents.variants import VerifiedMatch

    class LookupMisses:  # the list at large finds nothing; the document's own parties are asked next
        def __init__(self):
            self.asked = []

        def verify(self, names, schema=None):
            return [None] * len(names)

        def verify_among(self, names, schema, record_ids):
            self.asked.append((tuple(names), tuple(record_ids)))
            return [
                VerifiedMatch(("r:tav",), "TAVRINI, Majid", 0.82) if "تاورینی" in n else None for n in names
            ]

    gazetteer = Gazetteer()
    gazetteer.add("r:tav", "TAVRINI, Majid", NameKind.PRIMARY, "Person")
    gazetteer.build()
    verifier = LookupMisses()
    found = Extractor.default(gazetteer, verifier).extract(
        "The director, Majid Tavrini, signs in Persian as مجید تاورینی on every invoice."
    )
    assert [(m.text, m.entity_id, m.spotter) for m in found if m.kind.value == "entity"] == [
        ("Majid Tavrini", "r:tav", "gazetteer"),
        ("مجید تاورینی", "r:tav", "variant"),
    ]
    assert verifier.asked and all(ids == ("r:tav",) for _, ids in verifier.asked)


def test_the_screener_compares_a_name_with_given_records_only(store, tmp_path):
    from epoc.matching.party import Party
    from epoc.services.records.imports import import_paths
    from epoc.services.screening.screener import Screener
    from epoc.sources.base import ImportOptions

    listed = tmp_path / "list.csv"
    listed.write_text(
        'id,schema,name,aliases\nP-1,Person,"TAVRINI, Majid",\nP-2,Person,"TAVRINI, Milad",\n',
        encoding="utf-8",
    )
    assert import_paths(store, [listed], ImportOptions(source="t"), "partner-csv").ok
    screener = Screener(store, tmp_path / "index")
    screener.refresh()
    party = Party.from_query({"schema": "Person", "names": ["مجید تاورینی"]})
    hit = screener.compare_with(party, ["t:P-1", "t:gone"])
    assert hit is not None and hit.record_id == "t:P-1" and hit.comparison.match
    assert screener.compare_with(party, ["t:gone"]) is None


def test_two_people_joined_by_and_are_two_and_a_hyphenated_korean_name_is_a_candidate():
    # "Ri Pyong-chol and Kim Jong-sik" was found as one listed "KIM, Pyong Chol" (its words reordered, "and"
    # folded away), which took Ri's and Kim's names both; a Korean name in prose without a title or a role
    # after it ("under Paek Chang-ho and Chang Myong-jin") was proposed to no one
    gazetteer = _listing(("r:kpc", "KIM, Pyong Chol", "Person"), ("r:rpc", "RI, Pyong Chol", "Person"))
    found = Extractor.default(gazetteer).extract("Among them Ri Pyong-chol and Kim Jong-sik attended.")
    assert [(m.text, m.entity_id) for m in found if m.kind.value == "entity"] == [("Ri Pyong-chol", "r:rpc")]
    found = _labelled("The work was led under Paek Chang-ho and Chang Myong-jin. Smith Long-term is not one.")
    assert found["Chang Myong-jin"] is CandidateLabel.PERSON
    assert found["Paek Chang-ho"] is CandidateLabel.PERSON
    assert "Smith Long-term" not in found


def test_a_russian_body_written_first_is_named_by_what_follows_it_up_to_a_place():
    # "NPO Mashinostroyenia of Reutov" took the town into the name, and "Li Fangwei and NPO …" a person
    # before it; a legal form after the name (Kvantel-Komponent OOO) still ends it
    found = _labelled(
        "The designer, NPO Greywold of Reutov, sold to Velmoran Tey and OKB Quill; Kastor-Komponent OOO, "
        "which passed them on, and JSC MIC NPO Greywold too."
    )
    assert found["NPO Greywold"] is CandidateLabel.ORGANISATION
    assert found["OKB Quill"] is CandidateLabel.ORGANISATION
    assert found["Kastor-Komponent OOO"] is CandidateLabel.ORGANISATION
    assert found["JSC MIC NPO Greywold"] is CandidateLabel.ORGANISATION
    assert not any("Reutov" in name or "Tey and" in name for name in found)


def test_a_firm_is_found_without_the_country_its_name_opens_with_and_by_abbreviated_words():
    gazetteer = Gazetteer()
    gazetteer.add("r:hyok", "KOREA TAVRIN TRADING CORPORATION", NameKind.PRIMARY, "Organization")
    gazetteer.add("r:aircraft", "Iran Aircraft Industries", NameKind.PRIMARY, "Organization")
    gazetteer.add("r:news", "IRAQI NEWS AGENCY", NameKind.PRIMARY, "Organization")
    gazetteer.add("r:chem", "CHEM", NameKind.ALIAS, "Organization")  # an acronym that folds to a word
    gazetteer.add("r:parch", "VELMORA CHEMICAL INDUSTRIES", NameKind.PRIMARY, "Organization")
    gazetteer.add("r:krl", "Dr. A.Q. Velkan Research Laboratories", NameKind.ALIAS, "Organization")
    gazetteer.build()
    text = (
        "Payments for Tavrin Trading Corp. and Velmora Chem. Industries went through Aircraft Industries "
        "Ltd; Dr A.Q. Velkan was not the laboratories, as the Korean Central News Agency said. CHEMICALS."
    )
    mentions = Extractor.default(gazetteer).extract(text)
    found = [(m.text, m.entity_id) for m in mentions if m.kind.value == "entity"]
    assert ("Tavrin Trading Corp.", "r:hyok") in found
    assert ("Velmora Chem. Industries", "r:parch") in found
    assert not any(entity in ("r:aircraft", "r:krl", "r:news", "r:chem") for _, entity in found)
