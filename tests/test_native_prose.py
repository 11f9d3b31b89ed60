"""Names in Korean and Chinese prose, where no space or capital marks them, found by the screening engine."""

import pytest

from epoc.documents.candidates import ENGINE_ONLY, find_candidates
from epoc.services.documents.extraction import extractor_for
from epoc.services.records.imports import import_paths
from epoc.sources.base import ImportOptions
from epoc.store import Store

HEADER = (
    "id,schema,name,aliases,weak_aliases,previous_names,original_script_names,countries,addresses,"
    "identifiers,birth_dates,birth_places,programmes,remarks,listed_on\n"
)
ROWS = (
    'P-1,Person,"KIM, Song Ho",,,,,KP,,,1966,,,,\n'
    "P-2,Person,WANG Jianming,,,,,CN,,,1971,,,,\n"
    "P-3,Company,Choson Taesong Trading Company,,,,조선태성무역회사,KP,,,,,,,\n"
)


@pytest.fixture(scope="module")
def extractor(tmp_path_factory):
    work = tmp_path_factory.mktemp("native-prose")
    listed = work / "list.csv"
    listed.write_text(HEADER + ROWS, encoding="utf-8")
    store = Store.open(f"sqlite:///{work / 'epoc.db'}")
    assert import_paths(store, [listed], ImportOptions(source="corpus"), "partner-csv").ok
    return extractor_for(store, work / "index")


def _found(extractor, text):
    return [(m.kind.value, m.text, m.record_ids) for m in extractor.extract(text)]


def test_a_korean_name_with_its_particle_in_korean_prose_is_the_listed_person(extractor):
    found = _found(extractor, "보도에 따르면 김성호는 공장을 방문했으며 박민수가 동행했다.")
    assert ("entity", "김성호", ("corpus:P-1",)) in found
    # a name the engine finds on no list is not put forward as a new entity: most such words are no name
    assert not [f for f in found if f[1].startswith("박민수")]


def test_names_written_into_chinese_prose_are_the_listed_people(extractor):
    found = _found(extractor, "据报道，金成浩视察了工厂，王建明陪同。李娜表示同意。")
    assert ("entity", "金成浩", ("corpus:P-1",)) in found  # a Korean name, read in Korean
    assert ("entity", "王建明", ("corpus:P-2",)) in found
    assert [f for f in found if f[0] == "entity"] == [f for f in found if f[1] in ("金成浩", "王建明")]


def test_the_spans_put_to_the_engine_open_with_a_family_name():
    text = "보도에 김성호는 공장을 방문했다. 王建明陪同。"
    spans = {text[c.start : c.end] for c in find_candidates(text, []) if c.detail.get(ENGINE_ONLY)}
    assert "김성호" in spans and "김성호는" not in spans  # the particle taken off
    assert "방문했다" in spans  # 방 is a family name too: the engine, finding no such person, drops it
    assert "공장" not in spans  # 공장 (a works) says an organisation
    assert not [s for s in spans if s.startswith("보도")]  # 보 opens no family name
    assert {"王建", "王建明"} & spans == {"王建明"}  # two characters only where the run ends


def test_a_north_korean_body_written_into_chinese_prose_is_read_in_korean(extractor):
    # Chinese writes the body by the characters of its Korean name: 朝鲜泰成贸易公司 read in Korean is
    # 조선태성무역공사, the listed 조선태성무역회사; the words before it (受制裁实体, "the sanctioned entity")
    # are not part of it
    found = _found(extractor, "报告指出，受制裁实体朝鲜泰成贸易公司和一家银行仍在转移资金。")
    assert ("entity", "朝鲜泰成贸易公司", ("corpus:P-3",)) in found
