"""Legal forms and organisation types as symbols, in Latin and in native scripts.

*Co., Ltd.*, *Company Limited*, *Youxian Gongsi*, 有限公司, *Hoesa*, 회사, *Sherkat*, شرکت, ООО … carry
almost no evidence of *which* party a name denotes, and they vary more than the distinctive words do. So
they are compared as symbols (``#co``, ``#ltd`` …), never letter by letter, and weigh little in a score.

Native-script words are split off before transliteration (Hangul and Han are written without spaces, so a
company's name is one long word ending in 회사 or 公司); romanised words are mapped after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

# symbol -> its spellings, already folded to lower-case ASCII tokens (a phrase is space-separated)
_LATIN: dict[str, tuple[str, ...]] = {
    "#co": ("co", "company", "companies", "cie", "compagnie", "compania", "companhia", "hoesa", "hoisa",
            "gongsi", "kongsi", "sherkat", "shirkat", "sharikat", "shirket", "sherkate", "shrkt", "shrkh",
            "kompaniya", "kompania", "firma", "firm", "sangsa", "kigyo", "kiop", "giyeop", "enterprise",
            "enterprises", "qiye", "etablissement", "establishment", "est", "shrka"),
    "#corp": ("corp", "corporation", "chonghoesa", "zonggongsi", "zong gongsi", "konzern", "concern",
              "kontsern", "jituan gongsi", "kongsa", "gongsa"),
    "#ltd": ("ltd", "limited", "youxian", "yugen", "you xian", "youxian zeren", "sdn bhd", "bhd", "pty",
             "pte", "plc",
             # South Asian firms' private limited company, written out or not: (Pvt) Ltd, Private Limited
             "pvt", "pvt ltd", "pvt limited", "private ltd", "private limited", "pvt ltd co",
             # 有限公司 and 股份有限公司 as one native word, in pinyin and Wade-Giles (Co., Ltd.)
             "youxiangongsi", "youshiangongsi", "yousiangongsi", "yuhsienkungssu", "gufenyouxiangongsi",
             "kufenyuhsienkungssu", "gufenyoushiangongsi", "gufenyousiangongsi"),
    "#llc": ("llc", "l l c", "limited liability company", "ooo", "mchj", "tov", "sp z o o", "sro", "kft",
             "youxian zeren gongsi", "youxianzerengongsi", "youshianzerengongsi", "yousianzerengongsi",
             "yuhsientsejenkungssu", "mas uliyat mahdud",
             "masuliyat mahdud", "societatea cu raspundere limitata"),
    "#inc": ("inc", "incorporated"),
    "#jsc": ("jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "pao", "ao", "jscb", "joint stock company",
             "closed joint stock company", "open joint stock company", "public joint stock company",
             "closed joint stock", "open joint stock", "public joint stock", "joint stock",
             "aktsionernoe obshchestvo", "sahami khas", "sahami am", "sahami"),
    "#gmbh": ("gmbh", "mbh", "ag", "kg", "ohg", "ug", "gmbh co kg"),
    "#sa": ("sa", "sas", "sarl", "srl", "spa", "sl", "ltda", "eirl", "bv", "nv", "ab", "oy", "as", "aps",
            "asa", "sal", "saog", "saoc", "wll", "llp", "lp"),
    "#fze": ("fze", "fzco", "fzc", "fz llc", "fz", "dmcc", "fzd"),
    "#group": ("group", "groupe", "grupo", "gruppa", "jituan", "goruh", "gorooh", "grwh", "grvh", "guruh",
               "kurup", "geurup", "mjmwa", "mjmwat", "majmua"),
    "#industry": ("industrial", "industries", "industry", "industrie", "industria", "sanaye", "sanaat",
                  "sanati", "sanat", "snay", "snaty", "snt", "snty", "snaiy", "snayi", "gongye", "kongop",
                  "gongeop", "promyshlennost", "promyshlennaya", "snaya", "snaat", "llsnaat"),
    "#trading": ("trading", "trade", "traders", "trader", "commerce", "commercial", "muyok", "muyeok",
                 "maoyi", "tejarat", "tijarat", "tjart", "tjarat", "bazargani", "bazrgany", "torgovyi",
                 "tjara", "tjarya", "lltjara",
                 "torgovaya", "torgovyy", "handel", "handels", "comercio", "comercial",
                 # a Russian trading house (Torgovy Dom, ТД): what kind of firm, not which
                 "torgovy dom", "torgovyi dom", "torgovyy dom", "torgovyj dom", "trading house", "td"),
    "#import": ("import", "imports", "importing", "importer", "jinkou"),
    "#export": ("export", "exports", "exporting", "exporter", "chukou"),
    "#importexport": ("import export", "imp exp", "impex", "imex", "jinchukou", "suchulip", "suchurip",
                      "imports exports", "import and export", "imports and exports", "imp and exp",
                      "import and exports"),
    # what a firm does, made (制造 zhizao, تولید tolid): of the industry family
    "#manufacturing": ("manufacturing", "manufacturer", "manufacturers", "mfg", "mfrs", "mfr", "zhizao",
                       "tolid", "tolidi", "twlydy", "tvlydy", "twlyd", "tvlyd"),
    "#intl": ("international", "intl", "int l", "guoji", "kukje", "gukje", "beynolmelal", "bynalmll",
              "mezhdunarodnyi", "mezhdunarodnaya", "bynmlly", "byn mlly", "byn almlly"),
    "#holding": ("holding", "holdings", "hwldyng"),
    "#tech": ("technology", "technologies", "tech", "technical", "technic", "keji", "jishu", "kisul",
              "gisul", "tekhnologii", "tekhnologiya", "fanavari", "fnavry",
              # 科技 (keji) as Chinese firms translate it: Science and Technology, Sci-Tech, S&T, High-Tech
              "science and technology", "science technology", "sci tech", "scitech", "s and t",
              "sci and tech", "science and tech", "hi tech", "hitech", "high tech", "hightech",
              "high technology", "hi technology", "fnawry"),
    "#engineering": ("engineering", "engineers", "gongcheng", "konghak", "gonghak", "mohandesi", "mhndsy"),
    "#bank": ("bank", "banque", "banco", "yinhang", "unhaeng", "eunhaeng", "bonk", "bnk"),
    "#institute": ("institute", "institut", "instituto", "yanjiusuo", "yonguso", "yeonguso", "institut",
                   "moasseseh", "moassese", "moassesse", "moassesseh", "muassese", "mwssh", "mvssh",
                   "muassasa", "muassasah", "muassasat", "mwssa", "pzhwhshgah", "pzhwhshkdh", "pazhuheshgah",
                   "pazhuheshkadeh"),
    "#academy": ("academy", "academie", "akademiya", "kwahakwon", "gwahagwon", "kexueyuan", "akademi"),
    "#university": ("university", "universite", "universidad", "universitet", "daxue", "taehak", "daehak",
                    "daneshgah", "dnshgah", "danshgah"),
    "#factory": ("factory", "factories", "works", "plant", "gongchang", "kongjang", "gongjang", "zavod",
                 "karkhaneh", "karkhane", "krkhanh", "karkhanh"),
    "#development": ("development", "developments", "kaebal", "gaebal", "kaifa", "tose", "tosee", "twsh",
                     "tvsh"),
    "#shipping": ("shipping", "shipmanagement", "ship management", "maritime", "marine", "haiyun",
                  "haeun", "kashtirani", "kshtyrany"),
    "#general": ("general",),
    "#and": ("and", "und", "et"),
    # Messrs, as South Asian firms' names open (M/S AKHTAR & SONS): a courtesy, not a word of the name
    "#messrs": ("m s", "messrs", "messers"),
    # more kinds of body, each a difference against another (a hospital is not a university)
    "#foundation": ("foundation", "foundations", "fondation", "fundacion", "fundacao", "stiftung", "bonyad",
                    "bnyad"),
    # an industrial complex, as Iranian firms are named (Mojtame Sanati = Industrial Complex)
    "#complex": ("complex", "complexes", "mojtame", "mojtama", "mojtamae", "mjtm", "kompleks"),
    "#hospital": ("hospital", "hospitals", "clinic", "clinics", "polyclinic", "infirmary", "bymarstan",
                  "bimarestan", "bimarstan", "mstshfa", "mustashfa"),
    "#insurance": ("insurance", "assurance", "reinsurance"),
    "#airline": ("airline", "airlines", "airways", "air lines"),
    "#school": ("school", "schools", "college", "lyceum"),
    "#laboratory": ("laboratory", "laboratories", "labs", "azmayshgah", "azmayeshgah"),
    "#ministry": ("ministry", "ministere", "ministerio", "ministerstvo"),
    "#museum": ("museum", "musee", "museo"),
    "#hotel": ("hotel", "hotels"),
    # the kinds of body Russian defence industry names carry, abbreviated or written out, in Russian or in
    # English (NPO Mashinostroyeniya, Scientific Production Association Mashinostroyeniya, НПО
    # машиностроения): words of what kind of body it is, not of which
    "#npo": ("npo", "nauchno proizvodstvennoe obedinenie", "scientific production association",
             "scientific and production association", "research and production association",
             "science and production association"),
    "#npp": ("npp", "nauchno proizvodstvennoe predpriyatie", "scientific production enterprise",
             "scientific and production enterprise", "research and production enterprise"),
    "#npk": ("npk", "nauchno proizvodstvennaya korporatsiya", "scientific production corporation",
             "scientific and production corporation", "research and production corporation"),
    "#mic": ("mic", "vpk", "military industrial corporation", "voenno promyshlennaya korporatsiya"),
    "#kb": ("kb", "konstruktorskoe byuro", "konstruktorskoye byuro", "design bureau"),
    "#okb": ("okb", "skb", "opytnoe konstruktorskoe byuro", "experimental design bureau",
             "special design bureau"),
    "#nii": ("nii", "tsnii", "cnii", "nauchno issledovatelskiy institut", "scientific research institute",
             "central scientific research institute", "central research institute"),
    "#fgup": ("fgup", "fsue", "gup", "federal state unitary enterprise", "state unitary enterprise",
              "federalnoe gosudarstvennoe unitarnoe predpriyatie"),
}  # fmt: skip
# abbreviated legal forms and kinds, as firms write them (Shaheed Hemat Industrial Grp, Trdg. Corpn.)
_ABBREVIATIONS = {
    "#group": ("grp",), "#industry": ("inds", "indus", "indl", "ind"), "#trading": ("trdg",),
    "#university": ("univ",), "#institute": ("inst",), "#academy": ("acad",), "#development": ("devt", "dev"),
    "#engineering": ("engg", "eng"), "#shipping": ("shpg",), "#corp": ("corpn",), "#bank": ("banking",),
    # Imp. & Exp., Ind., Dev., as Chinese and South Asian firms abbreviate them
    "#import": ("imp",), "#export": ("exp",),
}  # fmt: skip
for _symbol, _short in _ABBREVIATIONS.items():
    _LATIN[_symbol] += _short

# Native-script words split off before transliteration, then romanised like the rest of the name.
_HANGUL_WORDS = ("회사", "총회사", "무역", "공사", "상사", "그룹", "기업", "공업", "개발", "기술", "연구소",
                 "연구원", "대학", "은행", "공장", "련합", "연합", "총국", "수출입", "국제")  # fmt: skip
_HAN_WORDS = ("有限责任公司", "股份有限公司", "有限公司", "总公司", "集团", "公司", "进出口", "贸易", "国际",
              "科技", "技术", "工业", "研究所", "研究院", "大学", "银行", "工厂", "发展", "有限責任公司",
              "總公司", "集團", "進出口", "貿易", "國際", "技術", "工業", "銀行", "發展")  # fmt: skip
_NATIVE_SPLIT = re.compile("(" + "|".join(sorted({*_HANGUL_WORDS, *_HAN_WORDS}, key=len, reverse=True)) + ")")

_PHRASES: dict[tuple[str, ...], str] = {}
for _symbol, _forms in _LATIN.items():
    for _form in _forms:
        _PHRASES[tuple(_form.split())] = _symbol
_LONGEST = max(len(k) for k in _PHRASES)

SYMBOLS = frozenset(_LATIN)
# Symbols that tell only *what kind* of body it is; they never carry a match alone.
WEAK_SYMBOLS = SYMBOLS
# Legal forms are written every which way for one firm (Co., Ltd., LLC, JSC): two of them neither
# support nor contradict a match. The other symbols say what the body *does* (a bank, a university, a
# shipping line): two different ones are a difference, except within a family of near-synonyms.
LEGAL_FORMS = frozenset(("#co", "#corp", "#ltd", "#llc", "#inc", "#jsc", "#gmbh", "#sa", "#fze", "#general",
                         "#intl", "#holding", "#and", "#messrs", "#fgup"))  # fmt: skip
_RESEARCH_PRODUCTION = frozenset(("#npo", "#npp", "#npk", "#mic"))  # a Russian firm's research and production
_SAME_BUSINESS = frozenset(("#trading", "#import", "#export", "#importexport"))
_KIND_FAMILIES = (
    _SAME_BUSINESS,
    frozenset(("#institute", "#academy", "#nii")),
    # a Russian defence firm is renamed from one of these to another as it is merged (NPO, NPK, MIC), and
    # its design bureau is one bureau however it is called
    _RESEARCH_PRODUCTION,
    frozenset(("#kb", "#okb")),
    frozenset(("#industry", "#factory", "#development", "#complex", "#manufacturing")),
    frozenset(("#tech", "#engineering")),
)


def symbol_similarity(a: str, b: str) -> float:
    """How alike two different symbols are: legal forms 0.7 (neither for nor against); two kinds of body
    from one family 0.7; two different kinds of body 0 (a difference); a legal form against a kind 0.5."""
    if a == b:
        return 1.0
    legal_a, legal_b = a in LEGAL_FORMS, b in LEGAL_FORMS
    if legal_a and legal_b:
        return 0.7
    if legal_a or legal_b:
        return 0.5
    if any(a in family and b in family for family in _KIND_FAMILIES):
        return 0.7
    return 0.0


# A limited-liability company and a joint-stock company are two forms of company wherever a law has both
# (OOO / AO, TOV / PAT): neutral beside a firm's own words, a difference where little else agrees
_OTHER_COMPANY_FORMS = frozenset(("#llc", "#jsc"))


def another_body(a: str, b: str) -> bool:
    """Two symbols that say another body: kinds of body not of one family, one kind against a legal form,
    or a limited-liability against a joint-stock company."""
    if a == b:
        return False
    if {a, b} == _OTHER_COMPANY_FORMS:
        return True
    return (says_what_it_does(a) or says_what_it_does(b)) and symbol_similarity(a, b) < 0.7


def says_what_it_does(token: str) -> bool:
    """A kind of body that says what the body is (a bank, an institute, an engineering firm): not a legal
    form, nor *Group*, which any firm may call itself, nor the words firms add and drop as they write their
    names: trading, import and export, and a Russian firm's NPO or NPP (*NPO Saturn*, *PJSC Saturn*)."""
    return (
        is_kind(token)
        and token != "#group"
        and token not in _SAME_BUSINESS
        and token not in _RESEARCH_PRODUCTION
    )


# A firm's legal form says the body is a company; these kinds of body are not companies, so *X Foundation*
# (or *University*, *Hospital* …) is not *X Company* however alike the rest. A bank, a shipping line or an
# institute can be a joint-stock company, so only these kinds meet a legal form as a difference.
FIRM_FORMS = frozenset(("#co", "#corp", "#ltd", "#llc", "#inc", "#jsc", "#gmbh", "#sa", "#fze"))
NOT_FIRMS = frozenset(("#foundation", "#university", "#hospital", "#school", "#museum", "#ministry"))


def firm_unlike(tokens: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, str] | None:
    """A kind of body one name says (a foundation) that is not a firm, where the other name says only
    that it is a firm (a legal form and no such kind): the two kinds, or None."""
    for mine, theirs in ((tokens, other), (other, tokens)):
        kinds = [t for t in mine if t in NOT_FIRMS]
        if kinds and not any(t in NOT_FIRMS for t in theirs):
            form = next((t for t in theirs if t in FIRM_FORMS), None)
            if form is not None:
                return (kinds[0], form) if mine is tokens else (form, kinds[0])
    return None


def same_business(a: str, b: str) -> bool:
    """Two kinds of body that describe one business alike (trading, import, export)."""
    return a == b or (a in _SAME_BUSINESS and b in _SAME_BUSINESS)


def is_kind(token: str) -> bool:
    """A symbol that says what kind of body it is (not a legal form)."""
    return token.startswith("#") and token not in LEGAL_FORMS


# the country prefix many firms' names open with, split off (as a generic word) in an organisation's name
_NATIVE_PREFIX = re.compile("^(조선|중국|朝鲜|朝鮮|中国|中國)(?=[\uac00-\ud7a3\u4e00-\u9fff]{2})")


def split_native_words(text: str) -> str:
    """Put spaces around the organisation words of Hangul and Han names: 조선광업개발무역회사 ->
    ``조선 광업 개발 무역 회사`` (the country prefix only where an organisation word says it is a firm)."""
    split = _NATIVE_SPLIT.sub(r" \1 ", text)
    if split != text:
        split = _NATIVE_PREFIX.sub(r"\1 ", split.strip())
    return split


@lru_cache(maxsize=65536)
def symbolise(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Replace legal-form and organisation-type words (longest phrase first) by their symbols."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(_LONGEST, len(tokens) - i), 0, -1):
            symbol = _PHRASES.get(tokens[i : i + size])
            if symbol is not None:
                if not (symbol == "#and" and (i == 0 or i + size == len(tokens))):
                    out.append(symbol)
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    if out and all(t.startswith("#") for t in out):
        return tokens  # a name made only of such words ("General Trading Company") keeps its words
    return tuple(out)


def is_symbol(token: str) -> bool:
    return token.startswith("#")


# the three-letter abbreviations of legal forms typed most: a slip in one of them (*Lkd.*, *tLLC*, *Tld*)
# is that form, where the word is none the lists write; shorter ones (Co, SA, AG) and the rarer ones are
# left out: one slip from them is a word or a name as often (Eco, Sam, Zhao from ZAO, East from Est)
SLIPPED_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "#ltd": ("ltd", "plc"),
    "#llc": ("llc",),
    "#inc": ("inc",),
    "#jsc": ("jsc",),
}

# the spellings a slip may be measured against: four letters or more (a slip in "co" is another word)
SPELLINGS: dict[str, tuple[str, ...]] = {
    symbol: tuple(f.replace(" ", "") for f in forms if len(f.replace(" ", "")) >= 4)
    for symbol, forms in _LATIN.items()
}


_NATIVE_ORGANISATION_WORDS = frozenset(
    (*_HANGUL_WORDS, *_HAN_WORDS, "조선", "중국", "朝鲜", "朝鮮", "中国", "中國")
)


def distinctive_native_words(text: str) -> list[str]:
    """A Hangul or Han organisation name's words but its organisation words and country prefix:
    조선통합무역회사 -> ``["통합"]``."""
    return [w for w in split_native_words(text).split() if w not in _NATIVE_ORGANISATION_WORDS]
