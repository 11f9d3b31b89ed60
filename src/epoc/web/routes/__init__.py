"""One module per area of the application, each with a ``router`` and an ``AREA`` (see ``epoc.web.areas``)."""
