"""Document readers, one module per format, registered in ``registry.READERS``."""
