"""Names: normalisation, script detection, transliteration and symbols. Pure functions."""
