"""Safe file handling shared by every layer: private files, atomic writes, bounded reads.

- :mod:`linkdesk.fileio.private`: files and folders created 0600/0700 whatever the umask,
  never through a planted link.
- :mod:`linkdesk.fileio.atomic`: the only way LinkDesk writes a file into a user's or shared
  folder (exclusive temp file under an unpredictable name, fsync, rename, folder fsync,
  read back).
- :mod:`linkdesk.fileio.bounded`: reads of files that come from outside, bounded by the bytes
  actually read (never by ``stat``), refusing FIFOs and devices where a file is expected.
- :mod:`linkdesk.fileio.passphrase_file`: a passphrase file as written by any editor
  (UTF-8 with or without a byte-order mark, UTF-16).

It may use ``linkdesk.domain`` (for :class:`~linkdesk.domain.errors.LinkDeskError`) and
``linkdesk.support``; nothing else (``tests/unit/test_layers.py``).
"""
