"""What an official request asks for: the list of data items.

The items follow a request phrase ("vă rugăm să ne comunicați ... :") as a
numbered, lettered or bulleted list (items may wrap over lines and be separated
by blank lines, as OCR makes them); without a list, the phrase's own sentence
is split at ";", ",", "și" and "precum și", with a deadline or manner cut off
an item's head ("în regim de urgență datele de trafic"), a clause naming the
period left out, and "X și de Y" kept as one item; a later sentence that asks
for more ("Totodată, vă rugăm să ne comunicați ...") adds its items. Items are
kept as written, minus the marker and the closing ";" or ".". With no request
phrase before it, the first list introduced by a colon is the data asked for.
The period is `periods.period` (re-exported here).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..normalize import fold
from .authority import on_transmission_line
from .dates import MONTH_ALT
from .periods import PERIOD_WORD, period
from .sentences import sentence_of, sentence_spans
from .tables import table_head, table_row
from .textview import TextView

__all__ = ["PERIOD_WORD", "period", "requested_data"]

TRIGGER = re.compile(
    # the pronoun as written ("ne", "le", "îmi") or as OCR reads "ne" ("he", "ni"); never
    # "nu": "vă rugăm să nu comunicați utilizatorului" asks for nothing
    r"\b(?:va\s+rugam\s+(?:sa\s+)?(?:(?:[nh][ei]|le|imi|mi)\s+)?(?:comunicati|transmiteti|puneti\s+la\s+dispozitie|furnizati|inaintati|comunica)(?:-ne)?"
    r"|solicitam\b(?:\s+sa\s+ne\s+(?:comunicati|transmiteti|furnizati)\b)?|please\s+provide|we\s+request"
    # English: "we kindly ask you to provide", "we would be grateful if you could provide",
    # "please send us", "you are requested to disclose"
    r"|(?:ask|request|invite)\s+you\s+to\s+(?:provide|send|disclose|communicate|submit|forward)"
    r"|(?:kindly|could\s+you|would\s+you|if\s+you\s+could)\s+(?:please\s+)?(?:provide|disclose|communicate)\b"
    r"|please\s+(?:send|disclose|communicate|forward)"
    r"|(?:are|is)\s+(?:hereby\s+)?(?:requested|required|ordered)\s+to\s+(?:provide|disclose|communicate|submit)"
    # a court or an ordinance: "dispune comunicarea următoarelor înscrisuri și date:"
    r"|\b(?:dispune|dispun|dispunem|solicita)\s+(?:comunicarea|transmiterea|furnizarea|punerea\s+la\s+dispozitie|predarea)\b"
    r"|urmatoare(?:le|lor)\s+(?:inscrisuri|documente|date|informatii)(?:\s+(?:si|sau)\s+(?:date|informatii|documente))?\b"
    # a court's letter: "instanța a dispus să vă solicite, cu privire la ...:"
    r"|(?:sa\s+(?:va|vi\s+se)\s+)solicite\b"
    r"|(?:sa\s+)?ne\s+(?:comunicati|transmiteti|trimiteti|furnizati|puneti\s+la\s+dispozitie|inaintati)"
    # an officer writing in the first person: "vă rog să îmi comunicați", "comunicați-mi"
    r"|(?:sa\s+)?(?:imi|mi)\s+(?:comunicati|transmiteti|trimiteti|furnizati|puneti\s+la\s+dispozitie|inaintati)"
    r"|(?:comunicati|transmiteti|trimiteti|furnizati|inaintati)-mi\b"
    r"|sa\s+(?:comunicati|transmiteti|furnizati|inaintati)(?:-ne)?"
    # An ordinance obliges in the third person: "DISPUN: Obligarea X să predea / să comunice".
    r"|sa\s+(?:predea|comunice|transmita|furnizeze|puna\s+la\s+dispozitie)\b"
    # ... or in the future: "DISPUN: Art. 1. X va comunica / vor fi transmise …".
    # ("Relațiile solicitate se vor comunica … prin poștă, la …" is how the answer goes, not
    # what is asked: the passive "se vor" is no request.)
    r"|(?<!\bse\s)\b(?:va|vor)\s+(?:comunica|transmite|furniza|preda|inainta|pune\s+la\s+dispozitie)\b"
    r"|pentru\s+a\s+(?:ne\s+|i\s+se\s+)?(?:comunica|transmite|furniza|inainta|pune\s+la\s+dispozitie)\b"
    r"|urmatoare(?:le|lor)\s+(?:date|informatii|documente)"
    # "… comunicarea de către societatea dumneavoastră, cu privire la contul X, a
    # următoarelor:" (a court's order, the verb far before its list)
    r"|\b(?:a\s+)?urmatoare(?:le|lor)\s*:"
    # a court's ruling: "a dispus solicitarea de la dumneavoastră a datelor de mai jos:"
    r"|\b(?:a\s+)?dispus\s+(?:solicitarea|comunicarea|transmiterea|furnizarea)\b"
    r"|\b(?:datele|datelor|informatiile|informatiilor|documentele|documentelor)\s+(?:de\s+)?mai\s+jos\b"
    # a form's label over the list: "Date solicitate:", "Datele solicitate sunt:" (round 16)
    r"|\b(?:date(?:le)?|informatii(?:le)?|documente(?:le)?)\s+(?:solicitate|cerute)"
    r"(?:\s+(?:sunt|vizeaza))?(?:\s+urmatoarele)?\s*:)"
)
# The same phrases as OCR reads them: a space between two words read as a colon, a
# comma or a full stop ("vă rugăm să ne:comunicați", "vă rugăm. să ne comunicați").
# (Requested data only: the signature checks keep `TRIGGER` as it is.)
_TRIGGER_OCR = re.compile(TRIGGER.pattern.replace(r"\s+", r"(?:\s*[:;,.]\s*|\s+)"))
# A list item's marker, as typed and as OCR reads it: "1." "1)" "1 -" "3-" "2," (a full
# stop read as a comma), "a)" "(b)", Roman "I." "II." "IV." (OCR: "Il." "Ill:" "TV." "1V."),
# lower-case Roman "(i)" "iii)", "|." and "l." (OCR's "1."), and bullets with what OCR
# makes of them ("•" as "«", "°", "¢", "©"). A speck or a quote OCR leaves between the
# marker and the item ("1. ' datele", "3. - conturile", "1. “datele") goes with the marker.
_ROMAN = r"(?:[IVX]{1,4}|[Il1|]{2,3}|[Il1|T][VY]|[VY][Il1|]{1,3})"
# OCR doubles a marker's full stop ("2...") or its letter ("Bb." for "b."), adds a speck after a letter's bracket ("c)."), reads a lower-case Roman "ii." as "ji." and its
# full stop as a comma ("iii," "ji,"), a number's as a semicolon ("1; datele", round 10's fax).
MARKER = re.compile(
    r"^\s*(?:\(?[0-9]{1,2}\s?[.):,;][.,:]{0,2}(?:\s*[-–—])?|[0-9]{1,2}\s?[-–—]"
    r"|\(?[a-h]\s?[.)][.,]?|[A-H][a-h]?\)|(?:Aa|Bb|Cc|Dd|Ee|Ff|Gg|Hh)[.)]|[A-H]\.|\(?(?:i{1,3}|ji{1,2}|iv|vi{0,3}|ix|x)\s?[.)]"
    r"|(?:i{2,3}|ji{1,2})\s?,|\(?" + _ROMAN + r"\s?[.):]{1,3}"
    # bullets as typed (round 16's "◦" in a mail's list) and as OCR reads them
    r"|[|l]\s?[.)]|[-•*·–«°¢©»+~◦▪■□○●►➢‣∙⁃])"
    r"(?:\s+|(?=[\"“„'‘]))(?:[-–—'\"“”„‘’`,.]+\s*)?(?=\S)"
)
_STOP_TAIL = re.compile(r"[\s;.,:]+(?:si|sau|and)?[\s;.,:]*$")
# Between the items of an inline request: ";", ", ", "și", "precum și" (and parentheses).
_SEPARATOR = re.compile(
    r"(\(|\)|;|,?\s+precum\s+(?:și|si)\s+|,\s+|\s+și\s+|\s+si\s+)", re.IGNORECASE
)
# At the head of an item, when or how rather than what: cut off ("în regim de urgență
# datele de trafic" -> "datele de trafic").
_LEAD = re.compile(
    r"^(?:(?:în|in)\s+(?:termen\s+de\s+[^,;]*?zile(?:\s+lucr\w+)?"
    # "în termen de 10 zile de la primire(a adresei)", "... de la data comunicării"
    r"(?:\s+de\s+la\s+(?:data\s+)?(?:primir\w*|comunic\w*|recep\w*|prezent\w*)(?:\s+(?:adresei|prezentei|solicit\w+))?)?"
    r"|regim\s+de\s+urgen\w+"
    r"|cel\s+mai\s+scurt\s+timp(?:\s+posibil)?)|de\s+urgen\w+|urgent)\b\s*,?\s*",
    re.IGNORECASE,
)
# A whole clause that is a deadline or the period (the period is a field of its own).
_DROP = re.compile(
    r"^(?:cel\s+t[âa]rziu|p[âa]n[ăa]\s+la|(?:în|in|pentru|din)\s+(?:perioada|intervalul)"
    r"|(?:de\s+la|între|intre)\s+[0-9]"
    # whom the data are about (the users are a field of their own), the file and the
    # article the request stands on, and the period: circumstances, not data
    r"|(?:ca\s+)?(?:cu\s+privire\s+la|referitor\s+la|privind|pentru)\s+(?:utilizator|cont|numit|titular|adres|num[ăa]rul\s+de\s+telefon)"
    r"|(?:în|in)\s+(?:dosar|cauza)|conform\s+art|(?:în|in)\s+(?:temeiul|baza)\s"
    # the correspondence itself, not data: the number under which you registered this
    # letter, a confirmation that it arrived
    r"|(?:num[ăa]r(?:ul)?\s+(?:(?:și|si)\s+data\s+)?(?:de\s+)?[îi]nregistr\w*\s+(?:al|a)\s+"
    r"(?:prezentei|adresei|solicit\w+|cererii)|num[ăa]r(?:ul)?\s+sub\s+care\b"
    r"|confirmar\w*\s+(?:de\s+)?primir\w*|(?:the\s+)?(?:registration|reference)\s+number\s+"
    r"(?:of|under\s+which|assigned\s+to)\s+(?:this|our)\b)"
    rf"|(?:din|începând\s+cu|incepand\s+cu)\s+(?:luna\s+)?(?:{MONTH_ALT})\b"
    # a period's end date left alone by the split at "și" ("între 01.02.2026 și 01.03.2026")
    r"|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}$"
    # the list's introduction, left as an item when OCR read its colon as ";"
    # ("vă rugăm să ne comunicați, pentru utilizatorii …, următoarele;")
    r"|(?:urm[ăa]to(?:are|ri)\w*|cele\s+ce\s+urmeaz[ăa])(?:\s+(?:date|informa[țţt]ii|documente"
    r"|categorii\s+de\s+date|aspecte))?$)",
    re.IGNORECASE,
)
# "datele de trafic și de localizare": what follows "și" with a preposition completes the item.
_OF_PREVIOUS = re.compile(r"^(?:de|din|ale|al)\s", re.IGNORECASE)
# A later sentence that asks for more: "Totodată, vă rugăm să ne comunicați ...".
_MORE = re.compile(
    r"\W*(?:totodat[aă]|de\s+asemenea|[îi]n\s+plus|also|additionally|furthermore)\b",
    re.IGNORECASE,
)
# How far after a request phrase its inline items are read (a long sentence's end is not).
INLINE_CHARS = 4000
# How far after a sentence's end the next enumerator ("(iii)") keeps the items going.
ENUM_REACH = 200
# How close a second request verb must follow the first to be the one the items follow.
NEXT_VERB_REACH = 200


def requested_data(view: TextView) -> list[str]:
    """The data items asked for, as written; an item the letter itself says is not asked
    for ("III. mesajele … nu sunt solicitate.", round 15) is none."""
    return [item for item in _requested(view) if not _NOT_ASKED.search(fold(item))]


# An item that says it is not asked for: "… nu sunt solicitate", "nu se solicită …", "nu
# este necesar(ă)", "(nu)" (folded).
_NOT_ASKED = re.compile(
    r"\bnu\s+(?:sunt|este|e|se)\s+(?:solicitat\w*|necesar\w*|cerut\w*|solicita\b|cere\b)"
    r"|\bnu\s+(?:le|o|il)\s+solicitam\b|\bnot\s+requested\b"
)


def _requested(view: TextView) -> list[str]:
    trigger = _TRIGGER_OCR if view.ocr else TRIGGER
    tried: set[int] = set()  # lists already read: the triggers before one list all find it
    # "Datele solicitate sunt: A; B; C." names the data itself, whatever the request
    # sentence before it asked (preservation, "the users below"): its items are the data.
    for label in view.finditer(_LABEL):
        items = _list_after(view, label.end() - 1, tried) if _closes_line(view, label.end()) else []
        if not items:
            items = _inline(view, label.end(), sentence_spans(view.text, view.folded))
        if items:
            return items
    for trig in view.finditer(trigger):
        items = _list_after(view, trig.end(), tried)
        if items:
            return items
    triggers = list(view.finditer(trigger))
    spans = sentence_spans(view.text, view.folded)
    for i, trig in enumerate(triggers):
        if (
            i + 1 < len(triggers)
            and triggers[i + 1].start() - trig.end() <= NEXT_VERB_REACH
            and _sentence(spans, triggers[i + 1].end()) == _sentence(spans, trig.end())
        ):
            # "vă solicităm ca, pentru contul X, să ne transmiteți ...": the items follow
            # the last request verb of the clause, not the first (a verb far on is
            # another request run on by a lost full stop).
            continue
        items = _inline(view, trig.end(), spans)
        if not items:
            continue
        done = _sentence(spans, trig.end())
        for later in triggers[i + 1 :]:
            span = _sentence(spans, later.end())
            if span is None or done is None or span[0] < done[1]:
                continue  # the same sentence
            if _MORE.match(view.text, span[0]):
                items += [x for x in _inline(view, later.end(), spans) if x not in items]
            done = span
        return items
    # No request phrase leads to them, but an official letter's list introduced by a
    # colon ("... și următoarele categorii de date:") is what it asks for.
    return _first_colon_list(view, tried)


# A label naming the data asked for, closed by a colon: "Datele solicitate sunt:",
# "Informațiile solicitate:", "Documentele cerute sunt următoarele:" (folded).
_LABEL = re.compile(
    r"\b(?:date(?:le)?|informatii(?:le)?|documente(?:le)?|date(?:le)?\s+si\s+informatiile)"
    r"\s+(?:solicitate|cerute)"
    r"(?:\s+(?:sunt|vizeaza))?(?:\s+urmatoarele)?\s*:"
)


def _closes_line(view: TextView, pos: int) -> bool:
    """Whether nothing but blanks follows `pos` on its line."""
    end = view.text.find("\n", pos)
    return not view.text[pos : len(view.text) if end < 0 else end].strip()


def _sentence(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    return sentence_of(spans, pos)


_SOLID = re.compile(r"\S")
# MARKER at a line's offset in the whole text ("^" matches only at the text's start).
_MARKER_AT = re.compile(MARKER.pattern.removeprefix("^"))


# "ale următorilor utilizatori", "privind conturile", at the end of a list's introduction.
_OF_USERS = re.compile(
    r"\s*\b(?:ale|al|a|ai|privind|pentru|referitoare\s+la|of|for)\s+(?:urm[aă]tori\w*\s+)?"
    r"(?:utilizator\w*|user\w*|cont\w*|titular\w*|persoan\w*|accounts?|users?)\s*$",
    re.IGNORECASE,
)
# A list's first item that is a name alone (a digit, "_" or "." in it), not a datum.
_NAME_ITEM = re.compile(
    r"\s*(?:[-•*–]|\(?[0-9a-z]{1,3}[.)])?[ \t]*[\"'„“]?[a-z0-9]*[0-9_.][a-z0-9._-]*[a-z0-9]"
    r"[\"'”]?(?:[ \t]*[;,.]?[ \t]*(?:\n|$)|[ \t]+[–—-][ \t]|[ \t]*[,(])"
)


def _names_follow(folded_after: str) -> bool:
    """Whether the (folded) text after a colon begins with a list of usernames."""
    return _NAME_ITEM.match(folded_after) is not None


# A list's introducing line that ends on the users it lists.
_USERS_HEAD = re.compile(
    r"\b(?:utilizator\w*|user\w*|cont(?:ul|ului|uri|urile|urilor)|titular\w*|persoan\w*"
    r"|accounts?|users?)\s*:\s*$"
)


# A page's own lines between a list's introduction and its items: "Pagina 1 din 2",
# "Continuare la adresa nr. ... din ...", a fax machine's page line ("... Pag. 2/2").
_PAGE_FURNITURE = re.compile(
    r"^\W*pagina\s+\S{1,3}\s+(?:din|/)\s+[0-9]|^\W*continuare\b|\bpag(?:ina)?\.?\s*[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*$"
    r"|^\W*[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*$",
    re.M,
)


def _furniture(view: TextView, a: int, b: int) -> bool:
    """Whether line a:b of an OCR'd page is the page's own: its number, a continuation
    line, or the sending fax machine's line ("DEC-02-2026 09:31 FROM POL X … P.2/2")."""
    return bool(_PAGE_FURNITURE.search(view.folded, a, b) or on_transmission_line(view, a))


# A line that is a list's marker alone ("1.", "3", "4,"): OCR read the markers as a column
# of their own, apart from the items (round 9's fax: "1.", "2.", "3", "4," then the items).
_BARE_MARKER = re.compile(r"^\s*\(?([0-9]{1,2})\s?[.):,]?\s*$")


# How many lines one item of a column-numbered list may wrap over.
WRAP_LINES = 3
# A line ending in a word that cannot end a phrase ("istoricul tranzacțiilor din") goes on.
_OPEN_END = re.compile(
    r"\b(?:din|de|la|cu|si|și|sau|pentru|in|în|pe|a|al|ale|ai|privind|prin|catre|către)\s*$",
    re.IGNORECASE,
)


def _bare_markers(view: TextView, lines: Sequence[tuple[int, int]], i: int) -> int:
    """How many lines from `i` on are bare markers numbered 1, 2, 3 … (blank lines between
    them allowed); 0 unless at least two are."""
    n = 0
    for a, b in lines[i:]:
        line = view.text[a:b]
        if not line.strip():
            continue
        m = _BARE_MARKER.match(line)
        if m is None or int(m.group(1)) != n + 1:
            break
        n += 1
    return n if n >= 2 else 0


def _list_after(view: TextView, pos: int, tried: set[int]) -> list[str]:
    """Items of the first list whose introducing line (after `pos`) ends with a colon.

    `tried` holds the lists already read (by their first line): read again, they
    would give the same nothing.
    """
    lines = view.lines()
    idx = None
    prev = None
    table = 0  # lines of a table (its head, its rows of users) read since the colon
    head = False  # a table's head among them: its rows may be numbered bare ("1 datele")
    # The first line ending at or after `pos`, found by bisection rather than a scan
    # from the top for every trigger.
    first = bisect_left(view.line_ends(), pos)
    for i in range(first, len(lines)):
        a, b = lines[i]
        if a > pos + 900 + 120 * table:
            break
        colon = prev is not None and ":" in view.text[max(prev[0], prev[1] - 4) : prev[1]]
        line = view.text[a:b]
        if (
            colon
            and table < TABLE_LINES
            and not (table == 0 and _MARKER_AT.match(view.text, a, b))
            and (table_head(view.folded[a:b]) or table_row(line))
        ):
            # (a marked line right after the colon is the list's first item, however many
            # commas its brackets hold: "I. datele … (nume, prenume, telefon, e-mail, …")
            # "… pentru conturile de mai jos:", then a table of the users (its head, a row
            # per user), then the list of data: the table stands between the two.
            table += 1
            head = head or table_head(view.folded[a:b])
            continue
        if colon and (
            _MARKER_AT.match(view.text, a, b)
            or (view.ocr and (_unmarked_item(line) or _bare_markers(view, lines, i)))
            or (head and _bare_number(line) == 1)
        ):
            idx = i - 1
            break
        if _SOLID.search(view.text, a, b) and not (view.ocr and _furniture(view, a, b)):
            prev = (a, b)
            table, head = 0, False
    if idx is None or idx in tried:
        return []
    tried.add(idx)
    if _USERS_HEAD.search(view.folded, *lines[idx]) and _names_follow(
        view.folded[lines[idx][1] : lines[idx][1] + 200]
    ):
        return []  # "… ale următorilor utilizatori:" and names: a list of users, not of data
    items: list[list[str]] = []
    gap = False
    resume = -1  # after a page break, the line where the list goes on
    # Markers read as a column of their own: the items they number follow, unmarked, one a
    # line, or wrapped: a line goes on the one before when that one is not closed (";", ","
    # "."), fills the page's width or ends in a word no phrase ends in, and no blank line
    # stands between; an item wraps over WRAP_LINES lines at most. A page break, or a
    # capital once an item is read, ends the list.
    waiting = _bare_markers(view, lines, idx + 1) if view.ocr else 0
    column = bool(waiting)
    blank = False
    kinds: list[str | None] = []  # each marked item's kind of marker (`_marker_kind`)
    sub = False  # reading an item's own lettered details
    for k in range(idx + 1, len(lines)):
        a, b = lines[k]
        line = view.text[a:b]
        if k < resume:
            continue  # the next page's header and running title
        if column:
            if "\f" in line:
                break  # the column's items stay on its page
            if not line.strip():
                blank = True
                continue
            if _furniture(view, a, b):
                continue
            if _BARE_MARKER.match(line) and not any(items):
                continue  # the column of markers itself
            last = items[-1] if items else None
            wraps = (
                last is not None
                and not blank
                and not last[-1].rstrip().endswith((";", ",", "."))
                and (not _short_line(view, last[-1]) or _OPEN_END.search(last[-1]) is not None)
                and len(last) < WRAP_LINES
                and line.lstrip()[:1].islower()
            )
            blank = False
            if wraps and last is not None:
                last.append(line)
                continue
            if len(items) == waiting or (items and line.lstrip()[:1].isupper()):
                break  # every numbered item read (or prose begins): the list is done
            items.append([line])
            continue
        if "\f" in line:
            resume = _continued(view, lines, k, items, kinds[0] if kinds and sub else None)
            if resume < 0:
                break  # a page break: the list does not go on into the next page's header
            continue
        if not line.strip():
            gap = True
            continue
        if items and view.ocr and _scraps(line):
            continue  # a stamp's or a signature's scraps between two items ("vik wn", "PNR")
        if _furniture(view, a, b):
            # the page's number or continuation line, typed ("Pagina 1 din 2" in a PDF's text
            # layer, round 12) or read: the list goes on below
            continue
        marker = MARKER.match(line)
        bare = _BARE_NUMBER.match(line) if head and not marker else None
        kind = _marker_kind(marker.group()) if marker else None
        if marker and items and kinds and kind != kinds[0] and (sub or _opens(items[-1])):
            # "1. datele de identificare ale titularului contului:" then "a) numele …",
            # "b) adresa …": the item's own details, not items of the list (round 14).
            if not sub:
                items[-1][-1] = _OPENING_TAIL.sub("", items[-1][-1])
            sub = True
        elif sub and not marker and not gap:
            pass  # a detail's wrapped line
        elif bare and int(bare.group(1)) == len(items) + 1:
            items.append([line[bare.end() :]])  # a table's row, numbered in its first column
        elif marker:
            items.append([line[marker.end() :]])
            kinds.append(kind)
            sub = False
        elif not items and view.ocr and _unmarked_item(line):
            items.append([line])  # every marker lost: items one a line, each closed by ";"
        elif not items:
            return []  # the colon introduced prose, not a list
        elif view.ocr and _lost_marker(view, items, line, k, gap):
            items.append([line])  # a bullet OCR did not read: an item of its own
        elif gap:
            break  # prose after the list
        elif head and line.lstrip()[:1].isupper():
            break  # a table's rows hold no full stop: a capital begins the prose after it
        elif items[-1][-1].rstrip().endswith(".") and line.lstrip()[:1].isupper():
            break  # the last item ended its sentence: prose follows, even with no blank line
        elif _SENTENCE_START.match(line) and _short_line(view, items[-1][-1]):
            # Items closed by nothing ("IV. adresele IP folosite la autentificare"), then
            # "Informațiile vor fi comunicate …": the item's last line stopped short of the
            # page's width (a wrapped item fills it) and a capitalised word begins a sentence.
            break
        else:
            items[-1].append(line)  # a wrapped item
        gap = False
    tidy = [_tidy(" ".join(parts), view.ocr) for parts in items]
    if column and all(" " not in item for item in tidy):
        return []  # a column of usernames numbered apart ("1", "2", "ion_pop77"): no data
    return [item for item in tidy if item]


def _marker_kind(marker: str) -> str:
    """A list marker's kind: a number (OCR's "l." and "|." too), a lower-case or a capital
    letter, a Roman numeral, or a bullet."""
    t = marker.strip().lstrip("(")
    if t[:1].isdigit() or t[:1] in "|l":
        return "number"
    if re.match(r"[a-h]\s?[.)]", t):
        return "letter"
    if re.match(r"[A-H][a-h]?[.)]", t) and not re.match(_ROMAN + r"\s?[.):]", t):
        return "capital"
    if re.match(r"(?:[IVXivxj]|" + _ROMAN + r")", t):
        return "roman"
    return "bullet"


# An item that introduces details of its own: it ends with a colon ("… titularului
# contului:", "… în aceeași perioadă, cu:"); the colon and a dangling "cu" go.
_OPENING_TAIL = re.compile(
    r"[,\s]*(?:\b(?:cu|privind|astfel|respectiv|inclusiv|după\s+cum\s+urmează|dupa\s+cum\s+urmeaza))?\s*:\s*$",
    re.IGNORECASE,
)


def _opens(item: list[str]) -> bool:
    return item[-1].rstrip().endswith(":")


# How many lines of a table may stand between a list's introduction and its items.
TABLE_LINES = 12
# A table's row numbered in its first column, no punctuation: "1 datele de identificare".
_BARE_NUMBER = re.compile(r"^\s*([0-9]{1,2})\s+(?=[a-zăâîșț\"„“])")


def _bare_number(line: str) -> int | None:
    m = _BARE_NUMBER.match(line)
    return int(m.group(1)) if m else None


# Lines of the next page's head read past to find a list's next item.
PAGE_HEAD_LINES = 5


def _ordinal(line: str) -> int | None:
    """The number a list marker gives its item ("4." 4, "d)" 4), or None."""
    m = re.match(r"\s*\(?([0-9]{1,2}|[a-h])\s?[.):,;]", line)
    if m is None or MARKER.match(line) is None:
        return None
    mark = m.group(1)
    return int(mark) if mark.isdigit() else ord(mark) - ord("a") + 1


def _continued(
    view: TextView,
    lines: Sequence[tuple[int, int]],
    k: int,
    items: list[list[str]],
    detailing: str | None = None,
) -> int:
    """The line after the page break at `k` where the list goes on, or -1.

    A list the page break cuts ("3. …;" at the foot of page 1) goes on past the next
    page's header (a fax machine's line, "Dosar nr. … - pag. 2") with the item its
    numbering expects ("4. …"); a list whose last item closed its sentence does not.
    `detailing`: the list's kind of marker, while the last item's own details were being
    read ("a) …"): a detail of another kind goes on too.
    """
    if not items or items[-1][-1].rstrip().endswith("."):
        return -1
    seen = 0
    for j in range(k + 1, len(lines)):
        a, b = lines[j]
        line = view.text[a:b]
        if not line.strip():
            continue
        if "\f" in line or seen >= PAGE_HEAD_LINES:
            return -1
        if m := MARKER.match(line):
            if detailing is not None and _marker_kind(m.group()) != detailing:
                return j
            return j if _ordinal(line) == len(items) + 1 else -1
        seen += 1
    return -1


# A line holding a whole item is shorter than a page's full line; a wrapped item's line is not.
SHORT_LINE = 0.75
# A sentence's first word: a capital, then lower case ("Informațiile"; not "INGB 0000").
_SENTENCE_START = re.compile(r"^\s*[A-ZĂÂÎȘȚŞŢ][a-zăâîșțşţ]")


def _short_line(view: TextView, line: str) -> bool:
    """The line stops well short of the text's widest line (it ends its paragraph)."""
    width = view.remember("line_width", lambda: max((b - a for a, b in view.lines()), default=0))
    return len(line.rstrip()) < SHORT_LINE * width


def _scraps(line: str) -> bool:
    """Up to three tokens of three letters or fewer, no list marker: OCR's reading of ink."""
    tokens = line.split()
    return (
        0 < len(tokens) <= 3
        and MARKER.match(line) is None
        and all(len(re.sub(r"\W", "", t)) <= 3 for t in tokens)
    )


def _unmarked_item(line: str) -> bool:
    """A line that is a whole item of a list whose markers OCR lost: lower-case start,
    two words or more, closed by ";"."""
    text = line.strip()
    return text[:1].islower() and text.endswith(";") and len(text.split()) >= 2


def _lost_marker(view: TextView, items: list[list[str]], line: str, k: int, gap: bool) -> bool:
    """Whether an unmarked line of an OCR'd list is an item whose bullet OCR lost.

    "— date de identificare" then, with no bullet, "numărul total de produse ...":
    each line short, beginning in lower case, the line before it short too (an item
    wrapped over lines fills the line before the break), not a period or deadline
    clause closing the list ("pentru perioada ..."), and the items so far one line each.
    """
    text = line.strip()
    if not text[:1].islower() or _DROP.match(text):
        return False
    words = text.split()
    if len(words) < 2 or not any(len(re.sub(r"\W", "", w)) >= 4 for w in words):
        return False  # scraps of a stamp or a signature ("vik wn"), not an item
    if items[-1][-1].rstrip().endswith(";"):
        return True  # the item before was closed: a new one begins (its ";" read as ":")
    if text.endswith(":"):
        return False
    if any(len(parts) > 1 for parts in items):
        return False
    lines = view.lines()
    prev = next((view.text[a:b] for a, b in reversed(lines[:k]) if view.text[a:b].strip()), "")
    if not _short_line(view, prev) or not _short_line(view, text):
        return False
    # After a blank line the list goes on only with an item like those before it.
    return not gap or not items[-1][-1].rstrip().endswith(".")


def _first_colon_list(view: TextView, tried: set[int]) -> list[str]:
    """Items of the first marked list whose introducing line ends with a colon."""
    prev: tuple[int, int] | None = None
    for a, b in view.lines():
        if (
            prev is not None
            and (_MARKER_AT.match(view.text, a, b) or (view.ocr and _unmarked_item(view.text[a:b])))
            and ":" in view.text[max(prev[0], prev[1] - 4) : prev[1]]
        ):
            return _list_after(view, prev[0], tried)
        if _SOLID.search(view.text, a, b):
            prev = (a, b)
    return []


def _inline(view: TextView, pos: int, spans: list[tuple[int, int]]) -> list[str]:
    """Items of the request sentence after `pos`, split at ";", ",", "și", "precum și"."""
    span = _sentence(spans, pos)
    if span is None:
        return []
    # Items follow their request within a few lines; a "sentence" of megabytes (no
    # full stop anywhere) is not read to its end for every request phrase in it.
    end = span[1]
    # Items separated by ";" run on past the sentence's end at each ";".
    while view.text[:end].rstrip().endswith(";") and (
        (following := _sentence(spans, end + 1)) is not None and following[1] > end
    ):
        end = following[1]
    # Items enumerated inside the sentence ("(i) ...; (ii) ...; (iii) ..."): a full stop
    # OCR reads or an abbreviation ends no item list while the next enumerator follows.
    while (
        _INLINE_ENUM.search(view.text, pos, end)
        and _INLINE_ENUM.search(view.text, end, end + ENUM_REACH)
        and (nxt := _SOLID.search(view.text, end)) is not None
        and (following := _sentence(spans, nxt.start())) is not None
        and following[1] > end
        and following[1] - pos <= INLINE_CHARS
    ):
        end = following[1]
    text = view.text[pos : min(end, pos + INLINE_CHARS)]
    # ... and the enumerators are where the items part.
    if len(_INLINE_ENUM.findall(text)) >= 2:
        text = _INLINE_ENUM.sub("; ", text)
    text = re.sub(
        r"^\s*(?:următoarele(?:\s+date|\s+informații)?\s*)?[:,]?\s*", "", text, flags=re.IGNORECASE
    )
    # "pentru conturile X și Y, în intervalul ...: A; B; C": after a colon come the data.
    colon = _last_colon(text)
    if (
        colon is not None
        and _USERS_HEAD.search(fold(text[: colon + 1]))
        and _names_follow(fold(text[colon + 1 :]))
    ):
        # "… datele X și Y ale următorilor utilizatori:" and a list of users: the data
        # come before the colon, the users after it.
        text = _OF_USERS.sub("", text[:colon])
    elif colon is not None and text[colon + 1 :].strip():
        text = text[colon + 1 :]
    parts: list[tuple[str, str]] = []  # (separator before, part)
    depth = 0
    buf, sep = "", ""
    # Items closed by ";" ("A; B, în special C; D") part only there: a comma or "și"
    # inside one is the item's own.
    separator = _SEMICOLON if _semicolons(text) >= 2 else _SEPARATOR
    for token in re.split(separator, text):
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        if depth == 0 and token not in ("", "(", ")") and separator.fullmatch(token):
            parts.append((sep, buf))
            buf, sep = "", token
        else:
            buf += token
    parts.append((sep, buf))
    items: list[str] = []
    for n, (sep, part) in enumerate(parts):
        item = _tidy(part, view.ocr)
        while (cut := _LEAD.sub("", item, count=1)) != item:
            item = cut
        if n == 0 and separator is _SEMICOLON:
            # "pentru: utilizatorul „x” (e-mail …), datele de identificare …; istoricul …":
            # whom the data are about, before the first datum (the users are a field)
            item = _WHOM_LEAD.sub("", item, count=1)
        if len(item) <= 2 or _DROP.match(item):
            continue
        joined = sep.strip().lower() in ("și", "si")
        if items and joined and (_OF_PREVIOUS.match(item) or _pair(items[-1], item)):
            items[-1] = f"{items[-1]} {sep.strip()} {item}"
        else:
            items.append(item)
    return items


_SEMICOLON = re.compile(r"(\(|\)|;)")
# A user named before the first datum of a list closed by ";", up to the comma after it
# (its parenthesis included).
_WHOM_LEAD = re.compile(
    r"^(?:(?:pentru|privind|referitor\s+la)\s+)?utilizator(?:ul|ului|ii|ilor)\s+"
    r"[^,;()]{1,60}(?:\([^()]{0,80}\))?\s*,\s+(?=[a-zăâîșț])",
    re.IGNORECASE,
)


def _semicolons(text: str) -> int:
    """How many ";" stand outside parentheses in `text`."""
    depth, count = 0, 0
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == ";" and depth == 0:
            count += 1
    return count


# An enumerator inside a sentence: "(i)", "(ii).", "(b)", "a)", "2)" (OCR: "(i)." for "(ii)").
_ENUM = r"(?:\((?:[ivx]{1,4}|[a-h]|[0-9]{1,2})\)|(?<![\w(])(?:[ivx]{1,4}|[a-h])\))[.,:]?"
_INLINE_ENUM = re.compile(r"(?:(?<=[\s;:,])|^)" + _ENUM + r"(?=\s)")


def _pair(before: str, after: str) -> bool:
    """Two single words joined by "și" are one datum ("numele și prenumele")."""
    return " " not in before and " " not in after


def _last_colon(text: str) -> int | None:
    """Offset of the last ":" outside parentheses, or None."""
    depth, found = 0, None
    for i, c in enumerate(text):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == ":" and depth == 0:
            found = i
    return found


# A speck OCR reads as a word of its own between two words ("istoricul . tranzacțiilor").
_LONE_SPECK = re.compile(r"(?<=[a-zăâîșț]) [.,'`‘’] (?=[a-zăâîșț])")
# OCR's specks after a short word that is never abbreviated ("în. perioada", "la.
# sediul"): a full stop there, before a lower-case word, is not the writer's.
_SPECK_STOP = re.compile(
    r"(?<![^\s(])((?:[îi]n|de|la|cu|din|pe|și|si|sau|al|ale|ai|a|ca|pentru|privind|[îi]ntre)"
    r")[.,:](?= [a-zăâîșț])",
    re.IGNORECASE,
)


# A date OCR read with a space after each dot ("27. 11. 2026").
_SPACED_DATE = re.compile(r"\b([0-9]{1,2})\. ([0-9]{1,2})\. ?((?:19|20)[0-9]{2})\b")


_NUMBERED = re.compile(r"\bnr\.?\s*([0-9]{5,14})(?![0-9]| [0-9])", re.IGNORECASE)
_NUMBER_SPLIT = re.compile(r"(\bnr\.?\s*)([0-9]{3,13}) ([0-9]{1,3})(?![0-9])", re.IGNORECASE)


def _split_numbers(item: str) -> str:
    """ "nr. 66410287, nr. 664201 13 și nr. 66598840": a number OCR split with a space,
    joined when it then has the width of the other numbers of the item."""
    widths = {len(m.group(1)) for m in _NUMBERED.finditer(item)}

    def join(m: re.Match[str]) -> str:
        whole = m.group(2) + m.group(3)
        if len(whole) in widths and len(m.group(2)) not in widths:
            return m.group(1) + whole
        return m.group(0)

    return _NUMBER_SPLIT.sub(join, item)


def _tidy(item: str, ocr: bool = False) -> str:
    item = " ".join(item.split())
    if ocr:
        item = _SPECK_STOP.sub(r"\1", item)
        item = _LONE_SPECK.sub(" ", item)
        item = _SPACED_DATE.sub(r"\1.\2.\3", item)
        item = _split_numbers(item)
    return _STOP_TAIL.sub("", item).strip()
