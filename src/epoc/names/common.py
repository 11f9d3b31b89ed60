"""Words that say little about *which* party a name denotes, so they weigh less in a comparison.

- very common given names and family names (a common first name plus a common family name is weak
  evidence: many people share it);
- name particles (*bin*, *ibn*, *abu*, *van*, *de* …) and patronymic endings;
- country words and other generic words in organisation names (*Korea*, *Choson*, *Zhongguo*, *National*).

Kept short on purpose: the candidate index also learns how common each word is in the lists it holds.
"""

from __future__ import annotations

COMMON_PERSON_WORDS = frozenset(
    (
        # given names met across many lists, in their usual romanisations
        "mohammad", "mohammed", "muhammad", "muhammed", "mohamed", "mohamad", "mohd", "md", "ahmad", "ahmed",
        "ali", "hassan", "hasan", "hussein", "husain", "hossein", "husayn", "abd", "abdullah", "omar", "umar",
        "ibrahim", "ismail", "yusuf", "youssef", "mahmoud", "mahmud", "reza", "mehdi", "hamid", "karim",
        "john", "james", "david", "michael", "robert", "william", "maria", "anna", "elena", "olga",
        "alexander", "aleksandr", "sergey", "sergei", "vladimir", "andrey", "andrei", "dmitry", "igor",
        "ivan", "nikolay", "yuri", "yuriy", "viktor", "jose", "juan", "carlos", "luis",
        # family names shared by very many people
        "kim", "lee", "li", "yi", "ri", "rhee", "park", "pak", "choi", "choe", "jung", "jong", "chong",
        "kang", "han", "cho", "jo", "yun", "yoon", "jang", "chang", "wang", "zhang", "liu", "chen", "yang",
        "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao",
        "nguyen", "tran", "le", "pham", "smith", "johnson", "brown", "jones", "garcia", "rodriguez",
        "martinez", "lopez", "gonzalez", "ivanov", "smirnov", "kuznetsov", "popov", "petrov", "khan",
        "shah", "singh", "kumar", "hosseini", "husseini", "mousavi", "ahmadi", "rezaei", "karimi",
    )
)  # fmt: skip

PARTICLES = frozenset(
    ("bin", "ibn", "ben", "bint", "binti", "abu", "abou", "umm", "ould", "van", "von", "der", "den", "de",
     "da", "di", "du", "del", "della", "dos", "das", "la", "le", "mc", "mac", "st", "haji", "hajji", "sheikh",
     "shaikh", "sayyid", "seyed", "seyyed", "sayed", "syed", "mr", "mrs", "ms", "dr", "gen", "col")
)  # fmt: skip

# (Russian, Ukrainian -ovych / -ivna, Turkic -ogly / -kyzy)
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna", "inichna", "ogly",
                      "oglu", "kyzy", "qizi")  # fmt: skip

GENERIC_ORG_WORDS = frozenset(
    (
        "korea", "korean", "choson", "chosun", "joseon", "chaoxian", "dprk", "china", "chinese", "zhongguo",
        "zhonghua",
        "iran", "iranian", "russia", "russian", "rossii", "rossiya", "syria", "syrian", "national", "state",
        "central", "first", "second", "third", "new", "united", "global", "world", "asia", "pacific",
        "middle", "east", "west", "north", "south", "the", "of", "for", "in", "on", "no", "kukka", "gukga",
        "guojia", "melli", "dolat", "sazman", "szman", "organization", "organisation", "center", "centre",
        "service", "services", "systems", "system", "office", "bureau", "department", "ministry",
        "tehran", "pyongyang", "beijing", "shanghai", "shenzhen", "hong", "kong", "dubai", "moscow",
    )
)  # fmt: skip

# Country words that name one country in several languages (Korea = Choson = Chaoxian): alike, not a
# difference, when one name writes one and the other another
COUNTRY_SYNONYMS = (
    frozenset(("korea", "korean", "choson", "chosun", "joseon", "chaoxian", "dprk", "bukhan")),
    frozenset(("china", "chinese", "zhongguo", "zhonghua", "prc")),
    frozenset(("iran", "iranian", "persia", "persian")),
    frozenset(("russia", "russian", "rossii", "rossiya", "rossiyskaya", "rossiiskaya")),
)
SYNONYM_OF = {word: min(group) for group in COUNTRY_SYNONYMS for word in group}
