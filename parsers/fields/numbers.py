"""Registration numbers, criminal file numbers and transaction / order numbers.

- case number: "dosar penal nr. 4567/P/2026", "dosarul nr. 123/D/P/2026",
  "1234/211/2026"; the one after "dosar" wins, else any ".../P/yyyy".
- reference number: the letter's own "Nr. 123.456 din 12.11.2026" (dotted
  thousands dropped: "123456"), never the file number; its date is the
  reference date. In OCR'd text a middle segment read as "11"/"1l" in a
  registration number like "2345/II/2026" is restored to Roman "II":
  Romanian registries number their compartments in Roman numerals, and
  Tesseract reads a serif "II" as "11".
- transactions: "tranzacția nr. 98765432", "comanda #55501234", "order 123456".
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import DATE, MONTH_ALT, MONTHS, date_from_match, find_dates
from .phones import normalize_phone
from .tables import table_transactions
from .textview import TextView

# A file number's first part may carry dotted thousands ("3.456/P/2026") or a letter
# glued to it ("1447D/P/2026"), kept as written.
_FILE_NO = r"(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,7}[a-z]?)"
# A court's incidental file carries its main file's number and "/a1" ("1203/100/2026/a1",
# "/a2.1": a complaint, a preliminary-chamber appeal).
_CASE = rf"{_FILE_NO}(?:/[a-z0-9]{{1,6}}){{1,3}}/(?:19|20)[0-9]{{2}}(?:/a[0-9]{{1,3}}(?:\.[0-9]{{1,3}})*)?"
CASE = re.compile(rf"(?<![0-9/])(?<![0-9]\.)(?P<n>{_CASE})(?![0-9/])")
# After its label a file may be number and year alone ("Dosar nr. 45120/2026": an
# authority's or a court's administrative file).
_CASE_AFTER_DOSAR = re.compile(
    rf"\bdosar(?:ul|ului)?(?:\s+penal)?(?:\s+unic)?\s*(?:nr\.?|numarul|numar)?\s*:?\s*"
    rf"(?P<n>{_CASE}|{_FILE_NO}/(?:19|20)[0-9]{{2}})(?![0-9/])"
)
_P_CASE = re.compile(
    rf"(?<![0-9/])(?<![0-9]\.)(?P<n>{_FILE_NO}(?:/[a-z]{{1,3}})?/p/(?:19|20)[0-9]{{2}})(?![0-9/])"
)

# Thousands dotted ("123.456"), spaced ("601 288"), or with the dot OCR'd as a comma
# ("123,456"); a registry's prefix in capitals before the digits ("IS-2026-045718",
# "IPJ/5521", "A-DGAF 7712": checked for capitals on the text as written).
_REF_NUM = (
    # a unit's code may end in its number ("DRAF4/77.219": regional directorate 4)
    r"(?P<n>(?P<prefix>[a-z]{1,6}[0-9]{0,2}(?:-[a-z]{1,6}[0-9]{0,2})?(?:\s?[/-]\s?|[ ]))?"
    r"(?:[0-9]{1,3}(?:[ ][0-9]{3}(?![0-9]))+(?![0-9./])|[0-9][0-9.]*(?:,[0-9]{3}(?![0-9]))?)"
    # compartments may carry a dashed sub-number or unit ("1567/II-5/2026", "1.511.840/ITPF-OR")
    # and a compartment its own thousands ("11/8.824/2026": directorate 11, number 8.824)
    # and a unit's dotted initials ("339.818/S.I.C.": Serviciul de Investigații Criminale)
    r"(?:-[0-9]+)*(?:/(?:[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9])|(?:[a-z]\.){2,6}(?![a-z0-9])|[a-z0-9]{1,8})(?:-(?:[0-9]{1,4}|[a-z]{1,4}))?){0,3})"
)
# The patterns that name a case file (not any registration number): for other readers.
CASE_FILE = (_CASE_AFTER_DOSAR, _P_CASE)
_REF = re.compile(
    # "Nr. ieșire 19.882": the registry's outgoing number (a court's, a prosecutor's)
    # (OCR reads the label's full stop as a comma: "Nr, 412.508", round 16)
    rf"(?P<label>\bnr[.,]?(?:\s+(?:de\s+)?iesire)?|\bnumar(?:ul)?(?:\s+de\s+(?:inregistrare|iesire))?|\bnr\.?\s+(?:de\s+)?inreg(?:istrare)?\.?"
    # English: "Ref. no. 3901/EUR/2026 of 01.12.2026", "Our ref.:", "Reference number"
    rf"|\b(?:our\s+)?ref(?:erence)?\.?(?:\s+(?:no\.?|number|nr\.?))?|\bref\.?)\s*:?\s*{_REF_NUM}"
    # "Nr. 5512/II/2/2026, data: 30.11.2026", "Nr. 123 din 12.11.2026", "Nr. 402117/13.11.2026"
    # "Nr. 412/II/2/2026 – 26.11.2026": a dash between them
    # "Nr. 2.331/VIII/1/2026, Focșani, 03.12.2026": the place between them
    # "Nr. 2402/II/2/2026 - Oradea, 03.12.2026": a dash, then the place
    rf"(?:\s*,?\s*(?:/|[-–—]{{1,2}}|din(?:\s+data\s+de)?|from|data|dated|of|(?:,|[-–—]{{1,2}})\s*(?!(?:str|strada|bd|b-dul|bulevardul|calea|aleea|sos|soseaua|piata|sector|jud)\b)[a-z][a-z .-]{{1,30}},)\s*:?\s*(?P<date>{DATE.pattern}))?"
)
_NOT_REFERENCE = re.compile(
    r"(?:dosar\w*(?:\s+penal)?|tranzacti\w*|comenzii|comanda|comanda\s*/\s*tranzactia|contract\w*|factur\w*|telefon\w*|art\.?|str\.?|strada|bd\.?|bl\.?|ap\.?|sc\.?|legea|order|invoice"
    # "Operator de date cu caracter personal nr. 3186": a data-protection registration
    # (on the number's own line: the line "Operator de date …" above a labelled
    # "Număr de înregistrare:" says nothing of it)
    r"|operator\w*(?:\s+de\s+date(?:\s+cu\s+caracter\s+personal)?)?(?=[ \t,:]*\Z)"
    # a street named before its number, on the line above too ("Str. Traian\nnr. 31")
    r"|(?:str\.?|strada|bd\.?|b-dul|bulevardul|calea|aleea|sos\.?|soseaua|piata)\s+[a-z][\w.-]*(?:\s+[a-z][\w.-]*){0,2}\s*,?"
    # an earlier letter cited ("în completarea adresei noastre nr.", "la adresa dvs. nr."),
    # not this one's number
    r"|(?:adres\w*|scris\w*|solicitar\w*)\s+(?:noastr\w*|dumneavoastr\w*|dvs\.?|d-voastra)"
    r"|(?:completarea|urmare[a]?|raspuns\w*)\s+(?:la\s+)?adres\w*)\s*$"
)
TRANSACTION = re.compile(
    r"\b(?:tranzacti\w*|comenzi\w*|comand\w*|order|transaction)"
    r"(?:\s*/\s*(?:tranzacti\w*|comand\w*))?"
    # "tranzacția reclamată are nr. 98765432": a participle and "are"/"având" before the number
    r"(?:\s+(?:reclamat|mentionat|contestat|suspect|respectiv)\w*)?(?:\s+(?:are|avand|poarta))?"
    # "Tranzacțiile de interes identificate până în prezent sunt nr. 87712093 și nr. …": a
    # few words and "sunt"/"este" before the numbers
    r"(?:\s+(?:[a-z]+\s+){1,6}?(?:sunt|este|au|are)(?:\s+(?:numerele|numarul))?(?=\s+(?:nr|numerele|[0-9])))?"
    # A stray quote OCR puts before "nr." ("tranzacția 'nr. 55512345") is read past.
    r"(?:\s+['‘’`\"]?(?:cu\s+)?(?:nr[.,]?|numarul|numar|no\.?|id|#))?(?:\s+(?:este|e|era|is))?\s*[:#]?\s*(?P<id>[0-9]{5,14})(?![0-9])"
)
_ROMAN_OCR = re.compile(r"(?<=/)(?:11|1l|l1|ll|II|Il|lI)(?=[/-])")
_DOTTED = re.compile(r"^[0-9]{1,3}(?:[., ][0-9]{3})+$")


# A registration table: a row of labels, the row under it their values in the same order
# ("Număr de înregistrare   Data   Dosar penal" / "8127/II/5/2026  04.12.2026  4410/P/2025").
_COLUMN_LABELS = (
    (
        "number",
        # "Nr, înregistrare": a fax prints the abbreviation's full stop as a comma
        r"(?:numar(?:ul)?|nr[.,]?)(?:\s+(?:de\s+)?inreg(?:istrare)?\.?)?|numar\s+iesire|nr[.,]?\s+iesire",
    ),
    ("date", r"data(?:\s+inregistrarii)?|din\s+data"),
    ("case", r"dosar(?:ul)?(?:\s+penal)?(?:\s+nr\.?)?|nr\.?\s+dosar(?:\s+penal)?"),
)
_ANY_LABEL = "|".join(p for _, p in _COLUMN_LABELS)
_LABEL_ROW = re.compile(
    rf"^[ \t]*(?:(?:{_ANY_LABEL})[ \t]*:?[ \t]*(?:[|;][ \t]*)?){{2,3}}$", re.MULTILINE
)


def registration_table(view: TextView) -> dict[str, str]:
    """The values of a registration table's label row, by label kind (number, date, case)."""
    for m in view.finditer(_LABEL_ROW):
        row = m.group()
        kinds: list[tuple[int, str]] = []
        for kind, pattern in _COLUMN_LABELS:
            for lm in re.finditer(rf"(?<![a-z])(?:{pattern})(?![a-z])", row):
                if not any(at <= lm.start() < at + 3 for at, _ in kinds):
                    kinds.append((lm.start(), kind))
        kinds.sort()
        if len({k for _, k in kinds}) != len(kinds) or len(kinds) < 2:
            continue
        nxt = view.folded.find("\n", m.end())
        if nxt < 0:
            continue
        end = view.folded.find("\n", nxt + 1)
        end = len(view.folded) if end < 0 else end
        cells = [c for c in re.split(r"[ \t|;]+", view.text[nxt + 1 : end].strip()) if c]
        if len(cells) != len(kinds):
            continue
        out = {kind: cell.strip(" ,") for (_, kind), cell in zip(kinds, cells, strict=True)}
        if "date" in out and not DATE.fullmatch(out["date"].lower()):
            continue
        if "case" in out and not CASE.fullmatch(out["case"].lower()):
            continue
        return out
    return {}


_LABELS_ONLY = re.compile(rf"[ \t]*(?:(?:{_ANY_LABEL})[ \t]*:?[ \t]*(?:[|;][ \t]*)?){{1,3}}$")
_DOTTED_DATE = re.compile(r"(?<![0-9])[0-3]?[0-9]\.[01]?[0-9]\.(?:19|20)[0-9]{2}")
_NUMBER_CELL = re.compile(r"[0-9][0-9.]*(?:/[a-z0-9-]{1,8}){0,3}")


def _scattered_table(view: TextView) -> dict[str, str]:
    """A registration table whose labels OCR read over two or three lines ("Număr" /
    "Data  Dosar penal") and whose values follow on the next lines, the date and the
    file number perhaps glued ("57.316" / "01.12.20262289/P/2026"): its values by kind,
    told apart by their form (a date, a file number, the number that is left)."""
    lines = [(a, b) for a, b in view.lines()[:HEADING_LINES] if view.folded[a:b].strip()]
    i = 0
    while i < len(lines):
        kinds: list[str] = []
        j = i
        while j < len(lines) and j - i < 3 and _LABELS_ONLY.fullmatch(view.folded, *lines[j]):
            row = view.folded[lines[j][0] : lines[j][1]]
            for kind, pattern in _COLUMN_LABELS:
                if re.search(rf"(?<![a-z])(?:{pattern})(?![a-z])", row):
                    kinds.append(kind)
            j += 1
        if j == i or "number" not in kinds or len(set(kinds)) < 2:
            i = j + 1 if j > i else i + 1
            continue
        values = " ".join(view.folded[a:b] for a, b in lines[j : j + 3])
        out: dict[str, str] = {}
        dm = _DOTTED_DATE.search(values)
        if "date" in kinds and dm:
            out["date"] = dm.group(0)
            values = f"{values[: dm.start()]} {values[dm.end() :]}"
        cm = CASE.search(values)
        if "case" in kinds and cm:
            out["case"] = cm.group("n")
            values = f"{values[: cm.start()]} {values[cm.end() :]}"
        first = values.split()[:1]
        if first and _NUMBER_CELL.fullmatch(first[0].strip(",;|")):
            out["number"] = first[0].strip(",;|")
        return out if "number" in out else {}
    return {}


def case_number(view: TextView) -> str | None:
    """The criminal file number, as written ("4567/P/2026")."""
    table = (registration_table(view) or (_scattered_table(view) if view.ocr else {})).get("case")
    if table:
        return table.upper()
    m = view.search(_CASE_AFTER_DOSAR) or view.search(_P_CASE)
    return view.value(m, "n").upper() if m else None


def reference(view: TextView) -> tuple[str | None, str | None]:
    """(reference number, ISO reference date) of the letter itself."""
    table = registration_table(view) or (_scattered_table(view) if view.ocr else {})
    if table.get("number") and any(c.isdigit() for c in table["number"]):
        d = DATE.fullmatch(table.get("date", "").lower())
        day = date_from_match(d) if d else None
        return _tidy(table["number"], view.ocr), day.isoformat() if day else _heading_date(view)
    best: tuple[int, str, str | None, int, int] | None = None
    for m in view.finditer(_REF):
        before = view.folded[max(0, m.start() - 40) : m.start()]
        if _NOT_REFERENCE.search(before) or _NOT_REFERENCE.search(
            view.folded[m.start() : m.start("n")]
        ):
            continue
        at_line_start = (
            _at_line_start(view.folded, m.start())
            or _beside_heading(view, m.start())
            or _after_act_title(view.folded, m.start())
        )
        prefix = m.group("prefix")
        if prefix and not view.text[m.start("prefix") : m.end("prefix")].strip(" /-").isupper():
            continue  # "nr. de ...", "Nr. din 12.11.2026": words, not a registry's prefix
        written = view.value(m, "n")
        date = None
        cut = _slash_date(view, m.start("n"), written)
        if cut is not None:
            # "Nr. 402117/13.11.2026": the date after the slash, not a part of the number
            written, date = cut
        number = _tidy(written, view.ocr)
        if not number or not any(c.isdigit() for c in number):
            continue
        if date is None and m.group("date"):
            dm = DATE.match(view.folded, m.start("date"))
            day = date_from_match(dm) if dm else None
            date = day.isoformat() if day else None
        if not date and not at_line_start:
            continue  # "Str. X nr. 7", "art. 5 nr. 2": a number mid-sentence without a date
        # A registration line of its own (an attached letter's) beats a number cited
        # in a cover mail's sentence: the signed letter's number is the request's.
        score = (2 if date else 0) + (1 if at_line_start else 0)
        if best is None or score > best[0]:
            best = (score, number, date, m.start(), m.end())
        if score == 3:
            break
    if best is None:
        return None, _heading_date(view)
    return best[1], best[2] or _date_beside(view, best[3], best[4]) or _heading_date(view)


# A date alone on its line, or after the place ("Cluj-Napoca, 10 noiembrie 2026"): the
# letter's own date in its head, wherever the head puts it (under the title of an
# ordinance, top right in a court's letter without a number).
_DATE_LINE = re.compile(
    rf"[ \t]*(?:[a-z][a-z .-]{{1,30}},[ \t]*"
    # a labelled date line: "Emis la data de 30.11.2026", "Data emiterii: …", "Date: …"
    r"|(?:emis[a-z]*\s+(?:la\s+)?data(?:\s+de)?|data\s+emiterii|data(?:\s+adresei)?|date[d]?"
    # an act's date under its title: "din data de 01.12.2026", "Ședința publică din data
    # de 25.11.2026", "Ședința din camera de consiliu din 3 decembrie 2026" (round 15)
    r"|(?:sedinta(?:\s+[a-z]+){0,4}\s+)?din(?:\s+(?:data|ziua)\s+de)?)"
    # the date in words with its digits in parentheses: "douăzeci și cinci noiembrie 2026
    # (25.11.2026)"
    rf"[ \t]*:?[ \t]*)?(?:[a-z0-9 ]{{5,50}}\([ \t]*)?(?:{DATE.pattern})[ \t]*\)?[ \t]*$",
    re.MULTILINE,
)
HEADING_LINES = 40


# The formula of an ordinance's or a court record's head: "Anul 2026, luna noiembrie, ziua 20".
_FORMULA_DATE = re.compile(
    rf"\banul\s+(?P<y>(?:19|20)[0-9]{{2}})\s*,?\s*luna\s+(?P<m>{MONTH_ALT})\s*,?\s*ziua\s+(?P<d>[0-3]?[0-9])\b"
)


def _heading_date(view: TextView) -> str | None:
    """The date of the first head line that holds only a date (and its place), or the
    ordinance formula ("Anul 2026, luna noiembrie, ziua 20") in the head."""
    head_end = view.lines()[:HEADING_LINES][-1][1] if view.lines() else 0
    formula = _FORMULA_DATE.search(view.folded, 0, head_end)
    if formula is not None:
        try:
            return dt.date(int(formula["y"]), MONTHS[formula["m"]], int(formula["d"])).isoformat()
        except ValueError:
            pass
    for a, b in view.lines()[:HEADING_LINES]:
        a = _past_heading(view, a, b)
        if b - a > 60:
            continue
        m = _DATE_LINE.match(view.folded, a, b)
        if m is None:
            continue
        found = find_dates(view.folded, a, b)
        if found:
            return found[0][2].isoformat()
    return None


# OCR reads a page's head across: the institution's name on the left and the registration
# box or the place and date on the right come out as one line ("MINISTERUL AFACERILOR
# INTERNE Nr. 57.204/S7/2026", "INSPECTORATUL GENERAL AL POLIȚIEI București, 30 noiembrie
# 2026"). Two or more words in capitals before them are that left column, or one long one
# ("ROMANIA Nr. 312.904", the country over the ministry: round 14).
_CAPS_HEAD = re.compile(
    r"[ \t]*(?:(?:[A-ZĂÂÎȘȚ][A-ZĂÂÎȘȚ.-]+[ \t]+){2,}|[A-ZĂÂÎȘȚ][A-ZĂÂÎȘȚ]{4,}[ \t]+)"
)


def _past_heading(view: TextView, a: int, b: int) -> int:
    """Where the line [a, b) goes on after a left column of capitals, in OCR'd text (else a)."""
    if not view.ocr:
        return a
    m = _CAPS_HEAD.match(view.text, a, b)
    return m.end() if m else a


def _beside_heading(view: TextView, pos: int) -> bool:
    """Whether `pos` follows a left column of capitals on its line (OCR'd text)."""
    if not view.ocr:
        return False
    a, _ = view.line_at(pos)
    return _past_heading(view, a, pos) == pos


def _slash_date(view: TextView, start: int, written: str) -> tuple[str, str] | None:
    """(number, ISO date) when a real date begins after one of the number's slashes.

    Registries join number and date with a slash ("402117/13.11.2026", "987.654/12
    noiembrie 2026"): the day is the date's, not a segment of the number.
    """
    for i, c in enumerate(written):
        if c != "/" or i == 0:
            continue
        pos = start + i + 1
        while pos < len(view.folded) and view.folded[pos] == " ":
            pos += 1
        dm = DATE.match(view.folded, pos)
        if dm is not None and dm.group("sep") == "/":
            # "5.230/11/2/2026": slashes throughout are the number's compartments (a
            # Roman "II" OCR read as "11"), not a date joined to it
            continue
        d = date_from_match(dm) if dm else None
        if d is not None:
            return written[:i].rstrip(" "), d.isoformat()
    return None


# The act's own title before its number at a line's start: "Încheierea penală nr. 418/DL/2026",
# "Ordonanța nr. 55/P/2026", "Sentința penală nr. 12".
_ACT_TITLE = re.compile(
    r"(?:^|\n)[ \t]*(?:incheierea|ordonanta|sentinta|decizia|hotararea|rezolutia|mandatul|"
    r"dispozitia|adresa)(?:[ \t]+(?:penala|civila|de[ \t]+\w+))?[ \t]*$"
)


def _after_act_title(folded: str, pos: int) -> bool:
    """Whether only an act's title ("Încheierea penală") stands before `pos` on its line."""
    return _ACT_TITLE.search(folded, max(0, pos - 60), pos) is not None


def _at_line_start(folded: str, pos: int) -> bool:
    """Whether only spaces stand between the line's start and `pos` (read back to the
    first other character, not to the line's start: a long line is not read again
    for every "nr." in it)."""
    i = pos - 1
    while i >= 0 and folded[i] != "\n" and folded[i].isspace():
        i -= 1
    return i < 0 or folded[i] == "\n"


# After the number on its own line: the place and the date ("Nr. 2211/II/2026    Brașov, 23.11.2026").
_PLACE_THEN = re.compile(r"[ \t]+(?:[a-z][a-z .-]{1,40},[ \t]*)?(?:data\s*:?\s*)?$")


_DIN_DATE_END = re.compile(
    rf"(?:^|[ \t])(?:din|gin|dln|d1n|djn|diu)[ \t]+(?:data[ \t]+(?:de[ \t]+)?)?"
    rf"(?P<date>{DATE.pattern})[ \t.]*$"
)


def _date_beside(view: TextView, pos: int, after: int) -> str | None:
    """A date after the number on its line behind a place ("Brașov, 23.11.2026"), or on a
    short line just above or below it ("Cluj, 12.11.2026" / "Data: ...")."""
    start, end = view.line_at(pos)
    dm = DATE.search(view.folded, after, end)
    if dm and _PLACE_THEN.match(view.folded[after : dm.start()]):
        d = date_from_match(dm)
        if d:
            return d.isoformat()
    above = view.folded.rfind("\n", 0, max(0, start - 1)) + 1
    below = view.folded.find("\n", end + 1)
    # "Nr. 57.902" with "din 04.12.2026" under it in the head's right column, OCR's line
    # holding the left column's text before it ("… JUDEȚEAN ARGEȘ din 04.12.2026"; "din"
    # read as "gin", "dln").
    under, at = "", end + 1
    for _ in range(2):  # OCR's blank line between the two
        stop = view.folded.find("\n", at)
        under = view.folded[at : len(view.folded) if stop < 0 else stop]
        if under.strip() or stop < 0:
            break
        at = stop + 1
    dm = _DIN_DATE_END.search(under) if end + 1 <= len(view.folded) else None
    dated = DATE.match(under, dm.start("date")) if dm else None
    d = date_from_match(dated) if dated else None
    if d:
        return d.isoformat()
    for a, b in ((above, start - 1), (end + 1, len(view.folded) if below < 0 else below)):
        if a < 0 or b <= a or b - a > 50:
            continue
        dm = DATE.search(view.folded, a, b)
        d = date_from_match(dm) if dm else None
        if d:
            return d.isoformat()
    return None


def _tidy(number: str, ocr: bool) -> str:
    number = number.rstrip(".")
    if _DOTTED.match(number):
        return number.replace(".", "").replace(",", "").replace(" ", "")
    if ocr:
        number = _ROMAN_OCR.sub(lambda m: "I" * len(m.group(0)), number)
    return number.upper() if "/" in number else number


# The next number of a list after one order number: "comenzile nr. 111, 222 și 333".
_MORE_IDS = re.compile(
    r"\s*(?:,|;|\bsi\b|\bsau\b|\band\b|&)\s*(?:(?:nr\.?|#)\s*)?(?P<id>[0-9]{5,14})(?![0-9.,/]?[0-9])"
)


def transactions(view: TextView) -> list[str]:
    """Transaction / order numbers in order of appearance, without repeats.

    A label names a list as well as one number ("tranzacțiile nr. 111, 222 și
    nr. 333"): the numbers joined to the first by commas or "și", of about its
    length (a phone or an amount is not one of them), are read too.
    """
    found: list[str] = []
    for m in view.finditer(TRANSACTION):
        first, pos = m.group("id"), m.end()
        tail = _SPLIT_TAIL.match(view.folded, pos) if view.ocr else None
        if tail and re.search(rf"(?<![0-9]){first}{tail.group(1)}(?![0-9])", view.folded):
            # "tranzacția nr. 704558 12" and "tranzacția nr. 70455812" further on: a space
            # OCR put inside the number the letter writes whole elsewhere (round 9)
            first, pos = first + tail.group(1), tail.end()
        found.append(first)
        width = len(first)
        while (more := _MORE_IDS.match(view.folded, pos)) and not normalize_phone(more.group("id")):
            number, pos = more.group("id"), more.end()
            tail = _SPLIT_TAIL.match(view.folded, pos) if view.ocr else None
            if tail and len(number) + len(tail.group(1)) == width and len(number) != width:
                # "nr. 66410287, nr. 664201 13": a space OCR put inside a number of the
                # list's width
                number, pos = number + tail.group(1), tail.end()
            if abs(len(number) - width) > 2:
                break
            found.append(number)
    # and the orders in a table's column of them ("Nr | Comanda | Data | Suma")
    found += [number for _at, number in table_transactions(view.folded)]
    return list(dict.fromkeys(found))


_SPLIT_TAIL = re.compile(r" ([0-9]{1,3})(?![0-9.,/]?[0-9])")
