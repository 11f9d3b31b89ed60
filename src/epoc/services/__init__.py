"""Use cases: the store and the pure core tied together. The CLI and the web call only these."""
