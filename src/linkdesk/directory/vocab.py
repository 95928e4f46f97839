"""Small vocabularies for imported fields: languages, ways of attending, contact details.

Language codes are ISO 639-1 (two letters) and ISO 639-2/3 (three letters, as HSDS 3.0's
``language.code`` allows), limited to the languages most spoken in UK communities (ONS Census
2021 main languages) plus the UK's sign languages; other codes are kept as written.
"""

from __future__ import annotations

import re

from linkdesk.directory.normalise import clean

LANGUAGES = {
    "en": "English", "eng": "English", "cy": "Welsh", "cym": "Welsh", "wel": "Welsh",
    "gd": "Scottish Gaelic", "gla": "Scottish Gaelic", "ga": "Irish", "gle": "Irish",
    "pl": "Polish", "pol": "Polish", "ro": "Romanian", "ron": "Romanian", "rum": "Romanian",
    "pa": "Punjabi", "pan": "Punjabi", "ur": "Urdu", "urd": "Urdu", "bn": "Bengali",
    "ben": "Bengali", "syl": "Sylheti", "gu": "Gujarati", "guj": "Gujarati", "ar": "Arabic",
    "ara": "Arabic", "pt": "Portuguese", "por": "Portuguese", "es": "Spanish", "spa": "Spanish",
    "it": "Italian", "ita": "Italian", "fr": "French", "fra": "French", "fre": "French",
    "de": "German", "deu": "German", "ger": "German", "lt": "Lithuanian", "lit": "Lithuanian",
    "lv": "Latvian", "lav": "Latvian", "bg": "Bulgarian", "bul": "Bulgarian", "ru": "Russian",
    "rus": "Russian", "uk": "Ukrainian", "ukr": "Ukrainian", "tr": "Turkish", "tur": "Turkish",
    "ku": "Kurdish", "kur": "Kurdish", "fa": "Persian (Farsi)", "fas": "Persian (Farsi)",
    "per": "Persian (Farsi)", "ps": "Pashto", "pus": "Pashto", "so": "Somali", "som": "Somali",
    "ti": "Tigrinya", "tir": "Tigrinya", "am": "Amharic", "amh": "Amharic", "ta": "Tamil",
    "tam": "Tamil", "hi": "Hindi", "hin": "Hindi", "ne": "Nepali", "nep": "Nepali",
    "zh": "Chinese", "zho": "Chinese", "chi": "Chinese", "yue": "Cantonese",
    "cmn": "Mandarin", "sq": "Albanian", "sqi": "Albanian", "alb": "Albanian",
    "hu": "Hungarian", "hun": "Hungarian", "cs": "Czech", "ces": "Czech", "sk": "Slovak",
    "slk": "Slovak", "el": "Greek", "ell": "Greek", "vi": "Vietnamese", "vie": "Vietnamese",
    "tl": "Tagalog", "tgl": "Tagalog", "ml": "Malayalam", "mal": "Malayalam", "te": "Telugu",
    "tel": "Telugu", "sw": "Swahili", "swa": "Swahili", "yo": "Yoruba", "yor": "Yoruba",
    "ig": "Igbo", "ibo": "Igbo", "ak": "Akan (Twi)", "aka": "Akan (Twi)", "tw": "Akan (Twi)",
    "bfi": "British Sign Language", "bsl": "British Sign Language", "sgn": "Sign language",
    "he": "Hebrew", "heb": "Hebrew", "yi": "Yiddish", "yid": "Yiddish", "nl": "Dutch",
    "nld": "Dutch", "ja": "Japanese", "jpn": "Japanese", "ko": "Korean", "kor": "Korean",
}  # fmt: skip


def language_name(value: object) -> str:
    """'pl' -> 'Polish'; 'en-GB' -> 'English'; a name is kept, capitalised; '' if empty."""
    text = clean(value, 60)
    if not text:
        return ""
    code = text.lower().replace("_", "-").split("-")[0]
    if code in LANGUAGES and (len(text) <= 3 or "-" in text or "_" in text):
        return LANGUAGES[code]
    return text[:1].upper() + text[1:]


def language_names(values: list[object]) -> list[str]:
    """Unique language names in first-seen order; a cell 'en, es' gives two."""
    names: dict[str, None] = {}
    for value in values:
        for part in re.split(r"[,;/]+", str(value)) if isinstance(value, str) else [value]:
            if name := language_name(part):
                names.setdefault(name, None)
    return list(names)[:30]


_WAYS = (
    ("in person", r"in[ -]?person|venue|face[ -]to[ -]face|drop[ -]?in|visit|on[ -]site|physical"),
    ("online", r"online|video|virtual|remote|zoom|teams|web|internet|e-?mail|digital|skype"),
    ("phone", r"phone|helpline|text message|\bsms\b|(?<!video )\bcalls?\b"),
)  # fmt: skip
_WAY_PATTERNS = tuple((way, re.compile(p, re.IGNORECASE)) for way, p in _WAYS)


def attending_ways(texts: list[str]) -> list[str]:
    """How a service is attended, as LinkDesk's three ways (in person, online, phone).

    Reads ORUK's ``attending_type`` (Venue, Phone, Online, Home visit) and HSDS 3.0's
    free-text ``schedule.attending_type``. Returns them in the order of ATTENDING_WAYS.
    """
    found = set()
    for text in texts:
        for way, pattern in _WAY_PATTERNS:
            if text and pattern.search(text):
                found.add(way)
    return [way for way, _ in _WAYS if way in found]


_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[A-Za-z]{2,}$")
_EMAIL_ANYWHERE = re.compile(r"[^@\s<>(),;:\"'/]+@[^@\s<>(),;:\"'/]+\.[A-Za-z]{2,}")


def split_email(value: object) -> tuple[str, str]:
    """(the email to keep, why anything was left out). Keeps the first of several."""
    text = clean(value, 300).strip().removeprefix("mailto:")
    if not text:
        return "", ""
    if _EMAIL.match(text):
        return text, ""
    found = _EMAIL_ANYWHERE.findall(text)
    if len(found) > 1:
        rest = ", ".join(found[1:])
        return found[0], f"holds more than one email address; kept {found[0]}, left out {rest}"
    if found:
        return found[0], f"the email {text!r} has extra text; kept {found[0]}"
    return "", f"the email {text!r} is not an email address; left out"


_URL = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(:\d+)?([/?#]\S*)?$", re.IGNORECASE)


def check_website(value: object) -> tuple[str, str]:
    """(the web address to keep, why it was left out)."""
    text = clean(value, 300)
    if not text:
        return "", ""
    if _URL.match(text):
        return text, ""
    return "", f"the web address {text!r} is not a web address; left out"


_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b")


def check_postcode(value: object) -> tuple[str, str]:
    """A UK postcode in its usual form ('ls6 1aa' -> 'LS6 1AA'); other short codes kept."""
    text = " ".join(clean(value, 100).upper().split())
    if not text:
        return "", ""
    found = _POSTCODE.findall(text)
    if len(found) == 1 and len(text) <= 10:
        return f"{found[0][0]} {found[0][1]}", ""
    if found:
        first = f"{found[0][0]} {found[0][1]}"
        return first, f"the postcode {text!r} holds more than a postcode; kept {first}"
    if len(text) <= 10:
        return text, ""  # a postcode from elsewhere (an example file's ZIP code) is kept
    return "", f"the postcode {text!r} is not a postcode; left out"


def tidy_phone(value: object) -> str:
    """A phone number without the stray quotes some exports put round it."""
    text = clean(value, 60)
    return text.strip("\"'“”‘’ ").strip()
