"""Matching: parties, comparison features, the scorer, the candidate index. Pure: no store, no web."""
