"""Use cases: what the GUI and the command line ask for. No Qt, no SQL."""
