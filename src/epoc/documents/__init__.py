"""Documents Partners circulate: readers (plug-ins per format), markings found in the text, extraction of
entity, candidate and technology mentions, and the Annex data file."""
