"""denials."""
