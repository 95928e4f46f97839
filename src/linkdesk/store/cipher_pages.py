"""SQLCipher's page format, read directly: every page's HMAC checked, and page 1 switched
from WAL to rollback-journal mode, without the private copy a backup used to need (issue 15).

A backup bundle is the workspace's encrypted file copied byte for byte inside a held read
snapshot (``services/exchange.py``). Two things used to need SQLCipher on a whole private
copy of the 1.2 GB file: proving every page's HMAC under the key (``cipher_integrity_check``,
~30 µs a page) and switching the copy out of WAL mode (a bundle must open as one
self-contained file, read-only, even on a read-only share, with no ``-wal``/``-shm`` files
made beside it: older LinkDesk releases open a bundle in place to recognise it). Both are
done here on the bytes as they stream to the destination:

- **page HMACs**: SQLCipher 4 (https://www.zetetic.net/sqlcipher/design/): each page ends in
  ``reserve`` bytes, a 16-byte IV and an HMAC of ``page[offset : size - reserve + 16]`` (the
  ciphertext and the IV; ``offset`` is 16 on page 1, whose first 16 bytes are the key
  derivation's salt) followed by the page number (4 bytes, little-endian). The HMAC key is
  PBKDF2 of the encryption key with the salt XOR ``cipher_hmac_salt_mask``, ``fast_kdf_iter``
  iterations. SQLite's lock-byte page (the one holding byte 2**30) is never written and is
  skipped, as ``cipher_integrity_check`` skips it. The HMAC is SHA-512 through ``hashlib``
  (OpenSSL; the GIL is released for each page, so it runs beside the copy on the other core);
- **page 1**: decrypted (AES-256-CBC, the ``cryptography`` library), bytes 18-19 of the
  database header set from 2 (WAL) to 1 (rollback journal), exactly what SQLite writes for
  ``PRAGMA journal_mode = DELETE``, and encrypted again under a fresh random IV with its HMAC.
  Its plaintext (the header and the schema table's root page) is held in memory only.

:func:`page_format` reads the connection's cipher settings and returns None for any setting
this module does not repeat (the caller then uses ``sqlcipher_export``). The bundle is still
opened with SQLCipher at the destination, which decrypts and HMAC-checks page 1 itself.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linkdesk.store.workspace import Connection

PENDING_BYTE = 1 << 30  # SQLite's lock byte: the page holding it is never written
IV_BYTES = 16
SALT_BYTES = 16
HMAC_BYTES = 64  # HMAC-SHA512
KEY_BYTES = 32  # AES-256
WAL_VERSION, ROLLBACK_VERSION = 2, 1  # header bytes 18-19 (file format write/read version)
_SUPPORTED = {  # the SQLCipher 4 defaults LinkDesk creates every workspace with
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "cipher_hmac_pgno": "le",
    "cipher_use_hmac": "1",
    "cipher_plaintext_header_size": "0",
}


class PageError(ValueError):
    """A page whose HMAC does not check under the key (``pgno`` counts from 1)."""

    def __init__(self, pgno: int) -> None:
        super().__init__(f"page {pgno} does not check under the key")
        self.pgno = pgno


@dataclass(frozen=True)
class PageFormat:
    """How the pages of one encrypted file are laid out and keyed (see the module doc)."""

    page_size: int
    reserve: int
    key: bytes = b""  # the AES-256 key (never printed: repr=False below)
    salt: bytes = b""
    inner: Any = None  # hashlib SHA-512 states after the HMAC's padded keys
    outer: Any = None

    def __repr__(self) -> str:  # no key material in logs or tracebacks
        return f"PageFormat(page_size={self.page_size}, reserve={self.reserve})"

    @property
    def lock_page(self) -> int:
        """The page number of SQLite's lock-byte page (skipped)."""
        return PENDING_BYTE // self.page_size + 1

    def _hmac(self, data: memoryview | bytes, pgno: int) -> bytes:
        inner = self.inner.copy()
        inner.update(data)
        inner.update(pgno.to_bytes(4, "little"))
        outer = self.outer.copy()
        outer.update(inner.digest())
        mac: bytes = outer.digest()
        return mac

    def check(self, chunk: bytes | memoryview, first_pgno: int) -> None:
        """Raise :class:`PageError` for the first page of ``chunk`` (whole pages, the first
        numbered ``first_pgno``) whose HMAC does not check; the lock-byte page is skipped."""
        view = memoryview(chunk)
        size, end = self.page_size, self.page_size - self.reserve + IV_BYTES
        if len(view) % size:
            raise PageError(first_pgno + len(view) // size)
        lock = self.lock_page
        for index in range(len(view) // size):
            pgno = first_pgno + index
            if pgno == lock:
                continue
            page = view[index * size : (index + 1) * size]
            start = SALT_BYTES if pgno == 1 else 0
            mac = self._hmac(page[start:end], pgno)
            if not hmac.compare_digest(mac, page[end : end + HMAC_BYTES]):
                raise PageError(pgno)

    def _page_one_plain(self, page: bytes) -> bytearray:
        """Page 1 decrypted from byte 16 (the salt is not encrypted), after its HMAC check."""
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        self.check(page[: self.page_size], 1)
        body_end = self.page_size - self.reserve
        iv = page[body_end : body_end + IV_BYTES]
        decryptor = Cipher(algorithms.AES(self.key), modes.CBC(iv)).decryptor()
        return bytearray(decryptor.update(page[SALT_BYTES:body_end]) + decryptor.finalize())

    def header_versions(self, page: bytes) -> bytes:
        """Database header bytes 18-19 of an encrypted page 1 (``b"\\x01\\x01"``: rollback
        journal, ``b"\\x02\\x02"``: WAL), after its HMAC check (:class:`PageError`)."""
        plain = self._page_one_plain(page)
        versions = bytes(plain[2:4])  # plain[0] is header byte 16
        plain[:] = bytes(len(plain))
        return versions

    def rollback_page_one(self, page: bytes) -> bytes:
        """Page 1 of a WAL-mode file as SQLite writes it after ``journal_mode = DELETE``
        (header bytes 18-19 set to 1), encrypted again under a fresh IV; its HMAC is checked
        first (:class:`PageError`). A page already in rollback mode comes back unchanged."""
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        plain = self._page_one_plain(page)
        try:
            if plain[2:4] == bytes([ROLLBACK_VERSION, ROLLBACK_VERSION]):
                return page
            if plain[2:4] != bytes([WAL_VERSION, WAL_VERSION]):
                raise PageError(1)  # not a header this module knows how to change
            plain[2:4] = bytes([ROLLBACK_VERSION, ROLLBACK_VERSION])
            body_end = self.page_size - self.reserve
            fresh_iv = os.urandom(IV_BYTES)
            encryptor = Cipher(algorithms.AES(self.key), modes.CBC(fresh_iv)).encryptor()
            body = encryptor.update(bytes(plain)) + encryptor.finalize()
        finally:
            plain[:] = bytes(len(plain))  # the plaintext is not kept longer than needed
        signed = page[:SALT_BYTES] + body + fresh_iv
        tail = page[body_end + IV_BYTES + HMAC_BYTES :]  # reserve bytes past the HMAC, if any
        return signed + self._hmac(signed[SALT_BYTES:], 1) + tail


def page_format(conn: Connection, raw_key: bytes) -> PageFormat | None:
    """The page format of the file ``conn`` is keyed on with ``raw_key`` (SQLCipher's raw-key
    form ``x'<64 hex key><32 hex salt>'``, store/reader.py), or None when a cipher setting
    differs from the SQLCipher 4 defaults this module repeats (or ``cryptography`` is
    missing), so the caller can fall back to SQLCipher's own export and checks."""
    try:
        import cryptography.hazmat.primitives.ciphers  # noqa: F401  (page 1 needs AES)
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    for name, wanted in _SUPPORTED.items():
        row = conn.execute(f"PRAGMA {name}").fetchone()
        if row is None or str(row[0]).lower() != wanted.lower():
            return None
    page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
    iterations = int(conn.execute("PRAGMA fast_kdf_iter").fetchone()[0])
    mask = int(str(conn.execute("PRAGMA cipher_hmac_salt_mask").fetchone()[0]), 16)
    text = raw_key.decode("ascii", "replace")
    if not (text.startswith("x'") and text.endswith("'")) or len(text) != 3 + 2 * (
        KEY_BYTES + SALT_BYTES
    ):
        return None
    material = bytes.fromhex(text[2:-1])
    key, salt = material[:KEY_BYTES], material[KEY_BYTES:]
    hmac_key = hashlib.pbkdf2_hmac(
        "sha512", key, bytes(b ^ mask for b in salt), iterations, KEY_BYTES
    )
    block = hashlib.sha512().block_size
    padded = hmac_key.ljust(block, b"\0")
    inner = hashlib.sha512(bytes(b ^ 0x36 for b in padded))
    outer = hashlib.sha512(bytes(b ^ 0x5C for b in padded))
    reserve = IV_BYTES + HMAC_BYTES
    reserve += (-reserve) % IV_BYTES  # SQLCipher rounds the reserve up to the cipher block
    return PageFormat(page_size, reserve, key, salt, inner, outer)
