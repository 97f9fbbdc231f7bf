"""Romanian phone numbers, normalised to national digits ("0722123456").

Mobiles 07xx xxx xxx, landlines 02x/03x, written with spaces, dots or dashes,
with +40, 0040, (+40) or (0) prefixes, an area code apart by a slash. Foreign numbers (+ and another country code)
are kept as "+" and digits.
"""

from __future__ import annotations

import re

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
    """National digits for Romanian numbers, +digits for foreign ones; None if not a phone."""
    digits = re.sub(r"[^0-9+]", "", written.replace("(0)", ""))
    if digits.startswith("0040"):
        digits = "+40" + digits[4:]
    if digits.startswith("+40"):
        digits = "0" + digits[3:]
    if digits.startswith("0") and len(digits) == 10 and digits[1] in "237":
        return digits
    if digits.startswith("+") and 8 <= len(digits) <= 16 and not digits.startswith("+40"):
        return digits
    return None


def find_phones(folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, normalised) of every phone number in folded text."""
    out = []
    for m in PHONE.finditer(folded, start, len(folded) if end is None else end):
        phone = normalize_phone(m.group("num"))
        if phone:
            out.append((m.start("num"), m.end("num"), phone))
    return out
