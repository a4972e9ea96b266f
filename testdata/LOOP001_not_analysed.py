# LOOP001 is reported only for files that need analysis: this file mentions none of the words
# the rules look for (no import of the event-loop libraries), so it is not parsed and its
# syntax error is not looplint's business -- with or without --no-prefilter.


def broken(:
    pass
