"""LinkDesk: offline, encrypted casework for social prescribing link workers."""

from importlib.metadata import PackageNotFoundError, version

# pyproject.toml is the one source of the version: installed (or frozen, with its metadata
# copied into the bundle by packaging/linkdesk.spec), it is read back from the package metadata.
try:
    __version__ = version("linkdesk")
except PackageNotFoundError:  # a bare source tree on sys.path, never installed
    __version__ = "0+unknown"
