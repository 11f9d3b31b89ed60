"""List readers: one module per format, registered in ``epoc.sources.registry.READERS``."""
