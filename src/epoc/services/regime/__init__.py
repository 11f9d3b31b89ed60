"""The regime's list: inclusion decisions, circulation to Partners, Partners' feedback on entries."""
