"""LinkDesk: offline, encrypted casework for social prescribing link workers."""

__version__ = "0.1.0"
