"""Romanian phone numbers, normalised to national digits ("0722123456").

Mobiles 07xx xxx xxx, landlines 02x/03x, written with spaces, dots or dashes,
with +40, 0040, (+40) or (0) prefixes, an area code apart by a slash. Foreign numbers (+ and another country code)
are kept as "+" and digits.

The pattern finds candidates in folded (OCR'd) text, where a library's finder
trips on the letters OCR makes of digits; whether a candidate is a number, and
its normal form, is libphonenumber's call (`phonenumbers`, Google's metadata
of every country's numbering plan, kept current by its releases).
"""

from __future__ import annotations

import re

import phonenumbers

# On folded text; the digits groups allow one separator between them.
PHONE = re.compile(
    r"(?<![0-9+/.])(?P<num>"
    # "+40", "0040", "(+40)", then a separator, a "(0)" trunk prefix: "+40-752-...", "+40 (0)731 ..."
    r"\(?(?:\+|00)\s?40\)?\s?[.\-]?\s?(?:\(0\)\s?)?[237](?:[\s.\-]?[0-9]){8}"
    # a landline's area code apart by a slash: "0254/111.222"
    r"|\(?0[237][0-9]{0,2}\)?(?:\s?/\s?)?(?:[\s.\-]?[0-9]){6,8}"
    r"|\+(?:[1-35-9][0-9]?|4[1-9])(?:[\s.\-]?[0-9]){7,12}"
    r")(?![0-9])"
)


def normalize_phone(written: str) -> str | None:
    """National digits for Romanian numbers, +digits for foreign ones; None if not a phone.

    A number counts when libphonenumber finds it valid for its country's plan
    (length and prefix); a Romanian one is written back with its trunk 0.
    """
    try:
        # A number wrapped at a line's end ("+40 768 330\n912") is one number.
        number = phonenumbers.parse(" ".join(written.replace("(0)", " ").split()), "RO")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    national = phonenumbers.national_significant_number(number)
    if number.country_code == 40:
        return "0" + national if national[:1] in ("2", "3", "7") else None
    return f"+{number.country_code}{national}"


def find_phones(folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, normalised) of every phone number in folded text."""
    out = []
    for m in PHONE.finditer(folded, start, len(folded) if end is None else end):
        phone = normalize_phone(m.group("num"))
        if phone:
            out.append((m.start("num"), m.end("num"), phone))
    return out
