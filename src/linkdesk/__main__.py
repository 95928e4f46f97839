import sys

if getattr(sys, "frozen", False):  # the bundle: its children start here too
    import multiprocessing

    # A child of the bundle (the directory import's reader, directory/child_reader.py) runs
    # its task and exits here instead of starting LinkDesk again.
    multiprocessing.freeze_support()

from linkdesk.cli import main  # noqa: E402 - after freeze_support, as the bundle needs

raise SystemExit(main())
