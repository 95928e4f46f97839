"""Passphrases as keys: one normal form, so the same passphrase opens the same workspace
on every system, and a wipeable copy held only while unlocked.

The same text can reach LinkDesk as different code points: "é" typed on macOS is often
decomposed (``e`` + U+0301, NFD) while Windows and Linux send the precomposed U+00E9 (NFC).
SQLCipher keys on bytes, so LinkDesk keys on the UTF-8 of the NFC form (Unicode Standard
Annex #15, "Unicode Normalization Forms"). Workspaces keyed before this rule still open:
:func:`key_candidates` also yields the text exactly as typed, and its NFD form, and the
workspace is then re-keyed to NFC.
"""

from __future__ import annotations

import hmac
import unicodedata

from linkdesk.domain.errors import LinkDeskError


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, e.g. from a non-UTF-8 command line
        raise LinkDeskError("The passphrase holds characters that are not valid text.") from None


def normal_form(passphrase: str) -> str:
    """The passphrase in Unicode NFC."""
    return unicodedata.normalize("NFC", passphrase)


def key_bytes(passphrase: str) -> bytes:
    """The bytes every workspace and bundle is keyed with: UTF-8 of the NFC form."""
    return _utf8(normal_form(passphrase))


def key_candidates(passphrase: str) -> list[bytes]:
    """Keys to try, in order: NFC (the rule), then as typed and NFD (keys made before the
    rule). One entry for text that normalisation does not change (all ASCII, for one)."""
    found: list[bytes] = []
    for form in (
        normal_form(passphrase),
        passphrase,
        unicodedata.normalize("NFD", passphrase),
    ):
        key = _utf8(form)
        if key not in found:
            found.append(key)
    return found


class HeldKey:
    """The key bytes of an unlocked workspace, in a mutable buffer that :meth:`wipe` zeroes.

    Python cannot wipe ``str`` or ``bytes`` objects, so every conversion (:meth:`text`,
    :meth:`value`) makes a short-lived copy that lingers until its memory is reused; this
    keeps the long-lived copy wipeable and dropped at lock.
    """

    def __init__(self, key: bytes) -> None:
        self._buffer = bytearray(key)
        self._wiped = False

    def value(self) -> bytes:
        if self._wiped:
            raise LinkDeskError("The workspace is locked.")
        return bytes(self._buffer)

    def text(self) -> str:
        return self.value().decode("utf-8")

    def matches(self, passphrase: str) -> bool:
        """Constant-time comparison with ``passphrase`` in its normal form."""
        if self._wiped:
            return False
        try:
            other = key_bytes(passphrase)
        except LinkDeskError:
            return False
        return hmac.compare_digest(bytes(self._buffer), other)

    @property
    def wiped(self) -> bool:
        return self._wiped

    def wipe(self) -> None:
        for i in range(len(self._buffer)):
            self._buffer[i] = 0
        self._buffer = bytearray()
        self._wiped = True
