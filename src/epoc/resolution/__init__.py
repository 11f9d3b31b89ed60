"""Resolution: records from many sources grouped into entities of concern. Pure: no store, no edges.

- ``engine``: the two small protocols the screening engine satisfies (a candidate source, a pair scorer);
- ``constraints``: the hard rules (same source, list ids, birth dates, identifiers, schema);
- ``clustering``: constrained union-find over links, judgements first;
- ``identity``: stable entity ids across runs;
- ``view``: one ``Entity`` built from its records.
"""
