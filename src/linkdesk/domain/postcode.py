"""UK postcodes: recognise, tidy and, when they fail, say what is wrong (a warning, never a block).

Sources:

- The format and the letters allowed in each position: Royal Mail, *Programmers' Guide to
  PAF* ("Postcode format"), as restated in the ONS *Postcode Directory User Guide* and the
  UK Government Data Standards Catalogue entry "Postcode" (BS 7666). An outward code is
  one of ``A9 A99 A9A AA9 AA99 AA9A``; the inward code is ``9AA``.

  - first letter: any but Q, V, X;
  - second letter (``AA9…``): any but I, J, Z;
  - third-position letter (``A9A``): A B C D E F G H J K P S T U W;
  - fourth-position letter (``AA9A``): A B E H M N P R V W X Y;
  - the inward letters: any but C I K M O V.

- Special forms Royal Mail issues outside those rules: ``GIR 0AA`` (Girobank), British Forces
  Post Office numbers ``BFPO 1`` to ``BFPO 9999`` (BFPO, *Addressing guidance*), and
  ``SAN TA1``.
- British Overseas Territories with UK-style postcodes (Royal Mail; each territory's
  postal service): ASCN 1ZZ (Ascension Island), STHL 1ZZ (St Helena), TDCU 1ZZ (Tristan da
  Cunha), BBND 1ZZ (British Indian Ocean Territory), BIQQ 1ZZ (British Antarctic
  Territory), FIQQ 1ZZ (Falkland Islands), GX11 1AA (Gibraltar), PCRN 1ZZ (Pitcairn),
  SIQQ 1ZZ (South Georgia), TKCA 1ZZ (Turks and Caicos); and the territories' own schemes
  (Universal Postal Union, *Postal addressing systems*): Anguilla ``AI-2640``, Bermuda
  ``HM 12``, British Virgin Islands ``VG1110``, Cayman Islands ``KY1-1001``, Montserrat
  ``MSR 1110``.
- NHS pseudo-postcodes ``ZZ99 9AA`` (NHS Data Dictionary, "Postcode": e.g. ZZ99 3VZ, no
  fixed abode), which NHS referrals carry.
"""

from __future__ import annotations

import re

from linkdesk.domain.worker_text import wt

MAX_POSTCODE_LENGTH = 30  # longer text is not a postcode at all (the only hard limit)

_FIRST = "ABCDEFGHIJKLMNOPRSTUWYZ"  # not Q V X
_SECOND = "ABCDEFGHKLMNOPQRSTUVWXY"  # not I J Z
_THIRD = "ABCDEFGHJKPSTUW"
_FOURTH = "ABEHMNPRVWXY"
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"  # not C I K M O V

_UK = re.compile(
    rf"""^(?:
        [{_FIRST}][0-9]{{1,2}}             # A9, A99
      | [{_FIRST}][0-9][{_THIRD}]          # A9A
      | [{_FIRST}][{_SECOND}][0-9]{{1,2}}  # AA9, AA99
      | [{_FIRST}][{_SECOND}][0-9][{_FOURTH}]  # AA9A
    )[0-9][{_INWARD}]{{2}}$""",
    re.VERBOSE,
)
_SPECIAL = {
    "GIR0AA": "GIR 0AA",
    "SANTA1": "SAN TA1",
    **{
        code.replace(" ", ""): code
        for code in (
            "ASCN 1ZZ",
            "STHL 1ZZ",
            "TDCU 1ZZ",
            "BBND 1ZZ",
            "BIQQ 1ZZ",
            "FIQQ 1ZZ",
            "GX11 1AA",
            "PCRN 1ZZ",
            "SIQQ 1ZZ",
            "TKCA 1ZZ",
        )  # fmt: skip
    },
}
_BFPO = re.compile(r"^BFPO(?:C/?O)?([0-9]{1,4})$")
_NHS_PSEUDO = re.compile(r"^ZZ99[0-9][A-Z]{2}$")
_TERRITORIES = (
    (re.compile(r"^AI-?(2640)$"), "AI-{0}"),  # Anguilla
    (re.compile(r"^VG-?(11[0-9]{2})$"), "VG{0}"),  # British Virgin Islands
    (re.compile(r"^KY([1-3])-?([0-9]{4})$"), "KY{0}-{1}"),  # Cayman Islands
    (re.compile(r"^MSR-?(1[0-9]{3})$"), "MSR {0}"),  # Montserrat
    (re.compile(r"^([A-Z]{2})-?([0-9]{2}|[A-Z]{2})$"), "{0} {1}"),  # Bermuda
)
_BERMUDA_AREAS = {"CR", "DD", "DV", "FL", "GE", "HM", "HS", "MA", "PG", "SB", "SN", "WK"}


def _compact(text: str) -> str:
    return "".join(text.split()).upper()


def _recognised(compact: str) -> str | None:
    """The tidy form of a recognised postcode, else None."""
    if compact in _SPECIAL:
        return _SPECIAL[compact]
    bfpo = _BFPO.match(compact)
    if bfpo and int(bfpo.group(1)) > 0:
        return f"BFPO {int(bfpo.group(1))}"
    if _UK.match(compact) or _NHS_PSEUDO.match(compact):
        return f"{compact[:-3]} {compact[-3:]}"
    for pattern, shape in _TERRITORIES:
        found = pattern.match(compact)
        if found and (shape != "{0} {1}" or found.group(1) in _BERMUDA_AREAS):
            return shape.format(*found.groups())
    return None


def normalise_postcode(text: str) -> str:
    """'ls14ap' -> 'LS1 4AP', 'bfpo105' -> 'BFPO 105'. Unrecognised text is returned with its
    spaces collapsed and upper-cased, so nothing the worker typed is lost."""
    tidy = _recognised(_compact(text))
    return tidy if tidy is not None else " ".join(text.split()).upper()


def is_valid_postcode(text: str) -> bool:
    return _recognised(_compact(text)) is not None


def postcode_problem(text: str) -> str | None:
    """None for a recognised postcode (or blank text); else one sentence saying what is wrong.

    Meant as a warning: the postcode is saved as typed all the same.
    """
    compact = _compact(text)
    if not compact or _recognised(compact) is not None:
        return None
    example = wt("for example LS1 4AP, BFPO 105 or GIR 0AA")
    if not compact.isascii() or not compact.replace("-", "").replace("/", "").isalnum():
        return wt("A postcode has only letters and numbers ({example}).", example=example)
    if compact.startswith("BFPO"):
        return wt("A BFPO number runs from 1 to 9999, written like BFPO 105.")
    parts = text.split()
    if len(parts) == 2 and len(parts[1]) != 3:
        return wt(
            "The last part of a postcode has three characters, a number then two letters "
            "(like 4AP in LS1 4AP); {part} has {count}.",
            part=parts[1].upper(),
            count=len(parts[1]),
        )
    if len(compact) < 5:
        return wt(
            "That postcode is too short: a full one has 5 to 7 characters ({example}).",
            example=example,
        )
    if len(compact) > 7:
        return wt(
            "That postcode is too long: a full one has 5 to 7 characters ({example}).",
            example=example,
        )
    inward, outward = compact[-3:], compact[:-3]
    if not (inward[0].isdigit() and inward[1:].isalpha()):
        return wt(
            "The last part of a postcode is a number then two letters, like 4AP in LS1 4AP; "
            "{part} is not.",
            part=inward,
        )
    bad = sorted(set(inward[1:]) - set(_INWARD))
    if bad:
        return wt(
            "The last two letters of a postcode never include C, I, K, M, O or V "
            "(this one has {letters}).",
            letters=", ".join(bad),
        )
    if not outward[0].isalpha():
        return wt("A postcode starts with a letter ({example}).", example=example)
    if outward[0] in "QVX":
        return wt("No UK postcode starts with Q, V or X.")
    if not any(ch.isdigit() for ch in outward):
        return wt(
            "The first part of a postcode has a number in it, like LS1 ({example}).",
            example=example,
        )
    if len(outward) > 1 and outward[1].isalpha() and outward[1] in "IJZ":
        return wt("The second letter of a postcode is never I, J or Z.")
    return wt(
        "{part} is not the first part of any UK postcode ({example}).",
        part=outward,
        example=example,
    )
