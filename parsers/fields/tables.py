"""Tables in an official letter's text, as OCR or a PDF's text gives them: a head line
naming the columns, then one row a line.

A table's cells come out of OCR as words on a line, their borders as "|" or
nothing; a row is told from prose by holding identifiers (a name with "_" or
".", an e-mail, a number) and no plain word of prose.
"""

from __future__ import annotations

import re

from .phones import find_phones

# The words a column's name is made of ("Nr. crt.", "Nume utilizator", "Adresă de e-mail",
# "ID utilizator", "Telefon", "Date solicitate"; folded).
COLUMN_WORD = re.compile(
    r"\b(?:nr|crt|nume|utilizator(?:ul)?|username|user|e-?mail|telefon|id|iban|cont(?:ul)?"
    r"|numar|data|date(?:le)?|solicitate|observatii|denumire|tip)\b"
)


def table_head(folded_line: str) -> bool:
    """Whether a (folded) line names a table's columns rather than saying something."""
    text = folded_line.strip()
    words = text.replace("|", " ").split()
    if not 2 <= len(words) <= 12 or text[-1:] in (";", ":", ","):
        return False
    columns = len(COLUMN_WORD.findall(text))
    return columns >= 2 and columns * 2 >= len([w for w in words if len(w) > 2])


_IDENTIFIER = re.compile(r"@|_|[0-9]{4,}|[0-9]{3}\s[0-9]{3}|[a-z0-9]\.[a-z]", re.IGNORECASE)
_PLAIN_WORD = re.compile(r"^[a-zăâîșț]{4,}[,;]?$")


# A column of free text ("Observații", "Mențiuni"): its words are prose in a row of ids.
_REMARKS_COLUMN = re.compile(r"\b(?:observatii|mentiuni|detalii|descriere|remarks|notes)\s*$")


def table_row(line: str, remarks: bool = False) -> bool:
    """A table's row of users: identifiers (names with "_" or ".", e-mails, numbers), no
    word of prose; under a head whose last column is free text (`remarks`), prose only
    after two cells that are identifiers ("40771236 plata_sigura cont creat la …")."""
    tokens = line.split()
    if not tokens or _IDENTIFIER.search(line) is None:
        return False
    cells = tokens[1:] if re.fullmatch(r"[0-9]{1,2}[.)]?", tokens[0]) else tokens  # "Nr. crt."
    if remarks and len(cells) >= 2 and all(_IDENTIFIER.search(t) for t in cells[:2]):
        return len(tokens) <= 20
    return len(tokens) <= 10 and not any(_PLAIN_WORD.match(t) for t in tokens)


# The column of usernames ("Nume utilizator", "Utilizator", "Username", not "ID
# utilizator") and the column of user ids ("ID utilizator", "ID", "User ID"); folded.
_NAME_COLUMN = re.compile(r"\b(?:nume(?:\s+de)?\s+utilizator|username|(?<!id )utilizator(?! id))\b")
_NAME_THEN_ID = re.compile(r"\butilizator\s+id\b")
_ID_COLUMN = re.compile(r"\b(?:id(?:\s+utilizator)?|user\s+id)\b")
# How many rows a table of users is read for.
MAX_ROWS = 40
_NAME_TOKEN = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}[a-z0-9]")
_ID_TOKEN = re.compile(r"[0-9]{5,12}")
_PHONE_COLUMN = re.compile(r"\b(?:telefon\w*|tel|mobil|phone)\b")
_PHONE_DIGITS = re.compile(r"0[237][0-9]{8}|40[237][0-9]{8}")


def _line_offsets(lines: list[str]) -> list[int]:
    """Where each of `lines` (a text split at its line breaks) starts in the text."""
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    return offsets


def table_users(text: str, folded: str) -> list[tuple[int, str, str]]:
    """(offset, kind, value) of the usernames and user ids in the rows of a table whose
    head names a column of them ("Nr. crt. | Nume utilizator | E-mail | ID utilizator"):
    a row's token that looks like a username (a digit, "_" or "." in it, no "@") is
    one, a number of 5..12 digits standing alone is an id when the head has an id column."""
    out: list[tuple[int, str, str]] = []
    lines = folded.split("\n")
    offsets = _line_offsets(lines)
    for i, line in enumerate(lines):
        if not table_head(line):
            continue
        # "Utilizator ID" is a column of ids, or a column of names beside one of ids (round
        # 9's "Nr. | Utilizator | ID | Telefon"): the rows' tokens tell, a name has letters.
        names = _NAME_COLUMN.search(line) is not None or _NAME_THEN_ID.search(line) is not None
        ids = _ID_COLUMN.search(line) is not None
        phones = _PHONE_COLUMN.search(line) is not None
        remarks = _REMARKS_COLUMN.search(line.replace("|", " ")) is not None
        if not (names or ids):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + MAX_ROWS)):
            row = lines[j]
            if not row.strip():
                continue
            if not table_row(row, remarks):
                break
            if phones:
                # A column of the users' phones ("Telefon asociat"): each number in the
                # row is the user's (round 9: a table's phones were not read as users').
                row_end = offsets[j] + len(row)
                out += [(a, "phone", n) for a, _b, n in find_phones(folded, offsets[j], row_end)]
            if remarks:
                # Only the cells before the remarks' prose: an amount, an order number or a
                # site written there is nobody's account (its first plain word ends them).
                prose = next(
                    (m.start() for m in re.finditer(r"\S+", row) if _PLAIN_WORD.match(m.group(0))),
                    len(row),
                )
                row = row[:prose]
            for m in re.finditer(r"\S+", row):
                token = m.group(0).strip(",;|()\"'")
                start = offsets[j] + m.start() + m.group(0).find(token)
                if "@" in token or folded[start + len(token) : start + len(token) + 1] == "@":
                    continue
                if ids and _ID_TOKEN.fullmatch(token):
                    # a phone's digits: ten from 0, or eleven from 40 (4072…, 4021…); an id
                    # may begin with 40 too ("40117322", round 9)
                    if not _PHONE_DIGITS.fullmatch(token):
                        out.append((start, "user_id", token))
                elif (
                    names
                    and _NAME_TOKEN.fullmatch(token)
                    and re.search(r"[0-9_.]", token)
                    and re.search(r"[a-z]", token)
                ):
                    out.append((start, "username", text[start : start + len(token)]))
    return out


# A table's column of orders or transactions ("Nr | Comanda | Data | Suma", "ID tranzacție",
# "Nr. comandă"; folded), and a number of 6..14 digits standing alone in a row under it.
_ORDER_COLUMN = re.compile(
    r"\b(?:comanda|comenzi\w*|comenzii|tranzacti\w*|order\w*|transaction\w*)\b"
)
_ORDER_TOKEN = re.compile(r"[0-9]{6,14}")
_FREE_COLUMN = re.compile(
    r"\b(?:observatii|mentiuni|detalii|descriere|remarks|notes|anunt\w*|produs\w*|titlu\w*)\s*$"
)


def table_transactions(folded: str) -> list[tuple[int, str]]:
    """(offset, number) of the orders or transactions in the rows of a table whose head
    names a column of them (round 16: "Comenzile vizate:" over "Nr Comanda Data Suma"):
    a number of 6..14 digits standing alone in a row (not a date, an amount or a phone)."""
    out: list[tuple[int, str]] = []
    lines = folded.split("\n")
    offsets = _line_offsets(lines)
    for i, line in enumerate(lines):
        if not (_ORDER_COLUMN.search(line) and table_head(_ORDER_COLUMN.sub("nr", line))):
            continue
        # a last column of free text: the listing's title ("Comanda Data Suma Anunț")
        remarks = _FREE_COLUMN.search(line.replace("|", " ")) is not None
        for j in range(i + 1, min(len(lines), i + 1 + MAX_ROWS)):
            row = lines[j]
            if not row.strip():
                continue
            if not table_row(row, remarks):
                break
            for m in re.finditer(r"\S+", row):
                token = m.group(0).strip(",;|()")
                if _ORDER_TOKEN.fullmatch(token) and not _PHONE_DIGITS.fullmatch(token):
                    out.append((offsets[j] + m.start(), token))
    return out
