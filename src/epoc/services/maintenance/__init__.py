"""The store as a whole: `epoc check` (integrity, the domain's invariants, the audit chain), backup and
restore as a portable dump."""
