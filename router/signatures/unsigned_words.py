"""Words of the unsigned text, read as a person reads them (`router.signatures.unsigned`).

Two rules that do not depend on knowing every word a demand can use:

- **One reading.** Invisible characters inside words (zero-width spaces and
  joiners, word joiners, soft hyphens, the combining grapheme joiner, bidi
  controls) and letters of another script that look Latin (Cyrillic "а",
  Greek "ο", fullwidth "ａ") make a word read one way to a person and another
  to a check. `skeleton` undoes them (NFKC, invisibles removed, look-alikes
  mapped to Latin) before the text is searched, and `disguises` names them:
  an authority's cover note has no reason to hide letters, so their presence
  is a finding of its own.
- **A request must be the letter's.** A sentence of the unsigned text that asks
  for something (a request verb or "please" in Romanian, English, Hungarian,
  German or French) may use only words the signed text uses, or the words any
  cover note uses ("atașat", "adresa", "răspuns"…). A demand in any
  vocabulary — a synonym, another language, a word no list foresaw — names
  something the signed letter does not, and is found by that alone.
"""

from __future__ import annotations

import re
import unicodedata

from parsers.normalize import fold

# Letters of other scripts drawn like Latin ones (Unicode confusables, the common part).
_LOOKALIKE = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
        "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ո": "n", "ս": "u",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J",
        "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "υ": "u",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
        "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    }
)  # fmt: skip
_LATIN = re.compile(r"[A-Za-z]")
_OTHER_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\uff21-\uff5a]")
_WORD = re.compile(r"\w+")


def _invisible(c: str) -> bool:
    # Format characters (zero-width, joiners, bidi controls, soft hyphen) and the
    # combining grapheme joiner, which NFKC keeps and no one sees.
    return unicodedata.category(c) == "Cf" or c == "\u034f"


def disguises(text: str) -> list[str]:
    """What in `text` makes a word read differently to a person and to a check: letters of
    another script that look Latin, fullwidth letters."""
    out: list[str] = []
    # Invisible characters alone are no finding: mail clients put zero-width spaces and
    # soft hyphens in signatures, and `skeleton` removes them before anything is read.
    mixed = sorted(
        {
            w
            for w in _WORD.findall(unicodedata.normalize("NFKC", text))
            if _LATIN.search(w) and _OTHER_LETTER.search(w)
        }
    )
    if mixed:
        out.append(
            f"words mixing Latin with look-alike letters of another script ({', '.join(mixed[:3])})"
        )
    wide = sorted({w for w in _WORD.findall(text) if re.search(r"[\uff10-\uff5a]", w)})
    if wide:
        out.append(f"words in fullwidth letters ({', '.join(wide[:3])})")
    return out


# Explicit directional formatting (Unicode bidi, UAX #9): what opens a run, in which
# direction, and what closes it. Under an override (LRO, RLO) every letter takes the
# run's direction: Latin letters under RLO are drawn right to left, a word written
# backwards in the bytes reads forwards on screen. Embeddings and isolates (LRE, RLE,
# LRI, RLI, FSI) change the order of runs, not of letters; read both ways all the same.
_BIDI_OPEN = {
    "\u202a": ("L", "\u202c"),  # LRE
    "\u202b": ("R", "\u202c"),  # RLE
    "\u202d": ("L", "\u202c"),  # LRO
    "\u202e": ("R", "\u202c"),  # RLO
    "\u2066": ("L", "\u2069"),  # LRI
    "\u2067": ("R", "\u2069"),  # RLI
    "\u2068": ("R", "\u2069"),  # FSI: its direction is its first strong letter's; read both
}
_BIDI_ANY = re.compile("[\u202a-\u202e\u2066-\u2069]")
_RLO_RUN = re.compile("\u202e([^\u202c\u2069\n]*)")


def bidi_visual(text: str) -> str | None:
    """`text` as a client draws it where directional controls reorder it: each run opened
    right to left (RLO, RLE, RLI, FSI) reversed, nested runs included, up to its closing
    PDF/PDI or the end of the line. None when `text` has no such control.

    An approximation of the bidi algorithm that is exact for the case that matters:
    Latin letters under RLO (`<bdo dir="rtl">`) are shown in reverse order. The checks
    read this text beside the logical one, so a demand is found in either order."""
    if not _BIDI_ANY.search(text):
        return None
    lines = []
    for line in text.split("\n"):
        # A stack of (direction, closer, pieces); the bottom is the line itself.
        stack: list[tuple[str, str, list[str]]] = [("L", "", [])]
        for c in line:
            if c in _BIDI_OPEN:
                direction, closer = _BIDI_OPEN[c]
                stack.append((direction, closer, []))
            elif c in ("\u202c", "\u2069") and len(stack) > 1:
                if stack[-1][1] != c and not any(closer == c for _, closer, _ in stack[1:]):
                    continue  # a closer with nothing of its kind open: no effect
                while len(stack) > 1:
                    direction, closer, pieces = stack.pop()
                    run = "".join(pieces)
                    stack[-1][2].append(run[::-1] if direction == "R" else run)
                    if closer == c:
                        break
            else:
                stack[-1][2].append(c)
        while len(stack) > 1:
            direction, _, pieces = stack.pop()
            run = "".join(pieces)
            stack[-1][2].append(run[::-1] if direction == "R" else run)
        lines.append("".join(stack[0][2]))
    return "\n".join(lines)


def bidi_overrides(text: str) -> list[str]:
    """A finding when Latin letters stand under a right-to-left override: a client draws
    them reversed, so a person reads another text than the bytes hold."""
    found = [r for r in _RLO_RUN.findall(text) if len(_LATIN.findall(r)) >= 2]
    if not found:
        return []
    shown = _BIDI_ANY.sub("", found[0])[::-1].strip()[:40]
    return [
        f"text under a right-to-left override (U+202E or <bdo dir=rtl>), shown reversed "
        f"to a person ({shown!r})"
    ]


_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
_BREAKS = frozenset(
    {"br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr"}
    | {"blockquote", "pre", "table", "ul", "ol", "dl", "dt", "dd", "section", "article"}
)
_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)([^>]*)>")
_RTL_ATTR = re.compile(r"""\bdir\s*=\s*["']?\s*rtl|direction\s*:\s*rtl""", re.I)
_LTR_ATTR = re.compile(r"""\bdir\s*=\s*["']?\s*ltr|direction\s*:\s*ltr""", re.I)
_OVERRIDE_ATTR = re.compile(r"unicode-bidi\s*:\s*(?:bidi-override|isolate-override)", re.I)


def html_bidi(html: str) -> str:
    """`html` with the direction its markup sets written as the Unicode controls a client
    obeys the same way: `<bdo dir=rtl>` or `unicode-bidi: bidi-override; direction: rtl`
    as RLO … PDF, any other element with `dir=rtl` or `direction: rtl` as RLI … PDI (and
    `<bdo dir=ltr>` as LRO … PDF). Unchanged when nothing in it sets a direction."""
    if not re.search(r"<bdo|dir\s*=\s*[\"']?\s*rtl|direction\s*:\s*rtl", html, re.I):
        return html
    out: list[str] = []
    stack: list[tuple[str, str, str]] = []  # (element, opener, closer)
    pos = 0
    for m in _HTML_TAG.finditer(html):
        out.append(html[pos : m.start()])
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
        # A line break inside a run ends the line, not the run: the text reader starts a
        # new line there, so the open runs are closed before it and opened again after.
        breaks = name in _BREAKS
        if breaks:
            out.append("".join(c for _, _, c in reversed(stack)))
        if closing:
            if any(n == name for n, _, _ in stack):
                while stack:
                    n, _, closer = stack.pop()
                    if not breaks:
                        out.append(closer)
                    if n == name:
                        break
            out.append(m.group(0))
        else:
            out.append(m.group(0))
            if not (name in _VOID or attrs.rstrip().endswith("/")):
                override = name == "bdo" or _OVERRIDE_ATTR.search(attrs) is not None
                if _RTL_ATTR.search(attrs):
                    opener, closer = ("\u202e", "\u202c") if override else ("\u2067", "\u2069")
                elif override and _LTR_ATTR.search(attrs):
                    opener, closer = "\u202d", "\u202c"
                else:
                    opener = closer = ""
                if not breaks:
                    out.append(opener)
                stack.append((name, opener, closer))
        if breaks:
            out.append("".join(o for _, o, _ in stack))
    out.append(html[pos:])
    return "".join(out)


_LINK_ATTR = re.compile(
    r"""\b(?:href|action|formaction|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.I
)


def link_targets(html: str) -> str:
    """Where the HTML's links and forms go, one a line as "shown text <target>" (entities
    and %-escapes undone): a person follows a link to its target whatever its text shows,
    so both are read, together."""
    from html import unescape
    from urllib.parse import unquote

    out = []
    for tag in re.finditer(r"<([a-zA-Z][\w:-]*)\b([^>]*)>", html):
        m = _LINK_ATTR.search(tag.group(2))
        if m is None:
            continue
        target = unquote(unescape(m.group(1).strip("\"'"))).strip()
        if not target or target.startswith("#") or target.lower().startswith("cid:"):
            continue
        shown = ""
        if tag.group(1).lower() == "a":
            end = html.lower().find("</a", tag.end())
            inner = html[tag.end() : end if end >= 0 else tag.end() + 500][:500]
            shown = " ".join(unescape(re.sub(r"<[^>]*>", " ", inner)).split())
        out.append(f"{shown} <{target}>".strip())
    return "\n".join(out)


def skeleton(text: str) -> str:
    """`text` as a person reads it: NFKC, no invisible characters, look-alikes made Latin."""
    text = "".join(c for c in unicodedata.normalize("NFKC", text) if not _invisible(c))
    return text.translate(_LOOKALIKE)


# A sentence that asks (folded text): Romanian, English, Hungarian, German, French.
REQUEST = re.compile(
    r"\b(?:va\s+rog|va\s+rugam|rugam|rog|rugamintea|solicit|solicitam|solicitati|solicita"
    r"|solicitand|necesar\w*|nevoie|trebuie|asteptam"
    r"|atasati|anexati|includeti|adaugati|trimiteti|transmiteti|comunicati|furnizati|inaintati"
    r"|puneti|expediati|completati|precizati|mentionati|indicati|oferiti|dati|aratati"
    r"|please|kindly|send|provide|include|attach|forward|share|need|require\w*|request\w*"
    r"|kerjuk|kerem|kernenk|kuldj\w*|csatolj\w*|tovabbit\w*|mellekelj\w*"
    r"|bitte|senden|schicken|ubermitteln|fugen|beifugen|benotigen"
    r"|merci\s+de|veuillez|priere\s+de|envoyer|joindre|transmettre|communiquer|fournir)\b"
)


def words(text: str) -> frozenset[str]:
    """The set of white-space separated words of `text`."""
    return frozenset(text.split())


# Words any cover note uses around a signed letter, whatever the letter says.
_COVER_WORDS = words(
    """
    find attached attachment enclosed herewith sealed seal signed pdf electronically
    gasiti gasi gasesti regasiti regasi vedeti vizualizati consultati
    sigilat sigilata semnatura sigiliu sigiliul ciorna ciorna originalul scanata scanat draft
    copy
    preluati preluare preluarea preia curs dati solutionare solutionarea solutionati solutiona
    competenta competente competent legale procedati procedeze procedura indeplinire
    adresa adresei adresele adrese prezenta prezentei prezentul prezente acknowledge
    acknowledgement receipt confirm confirmation adresa noastra atasat atasata atasate atasam anexat anexata anexam
    alaturat alaturata alaturi transmitem transmis transmisa comunicam comunicat raspuns raspunsul
    raspunsului confirmare confirmati confirmarea primire primirea primirii semnat semnata semnate
    electronic electronica document documentul documente fisier fisierul solicitare solicitarea
    solicitarii solicitate solicitata solicitat mentionate mentionata mentionat cuprinse cuprinsa
    continut continutul termen termenul urgent urgenta urgente mail email e-mail posta curier
    prioritate prioritatea prioritar prioritara celeritate celeritatea operativitate grabnic
    format formatul scris scrisa prezenta prezentei multumim multumesc stima respect considerație
    consideratie buna ziua seara doamna domnule domnul stimate stimata colegi colega coleg
    dumneavoastra dvs noastra nostru noastre nostri aceasta acesta aceste acestei acestui acestor
    pentru care cele cel cea din dintre printre catre despre privind referitor conform potrivit
    sunt este fost fiind avand vom veti puteti putem poate lucru zile lucratoare ore cat mai
    curand posibil data datei mai jos sus mentiunea numarul numar nr dosar dosarul dosarului cauza
    cauzei adresa de mai sus prin care asupra lor acestora fata noi voi ne va sa si sau iar dar
    please kindly attached attachment enclosed letter request requested regards thank thanks
    find send sent provide reply answer soon possible confirm receipt signed electronically
    kerjuk kerem mellekelten kuldjuk atiratunkat alairt elektronikusan tisztelettel koszonjuk
    bitte anbei beigefugt schreiben unterzeichnet danke mit freundlichen grussen
    merci veuillez trouver ci-joint lettre signee cordialement
    cod codul procedura procedurii penala penal penale art articol articolul articolului alin
    alineat lit litera baza temeiul temei dispozitiile dispozitii legii lege legea ordonanta
    ordonantei incheiere incheierea infractiune infractiunea infractiunii infractiunilor
    cercetari cercetare cercetarea urmarire urmaririi prevazut prevazuta prevazute savarsirea
    savarsirii inselaciune inselaciunii fapta faptei penal penala politie politia politiei
    inspectoratul inspectoratului judetean parchetul parchetului tribunalul judecatoria
    serviciul biroul sectia procuror procurorul comisar comisarul agent ofiter
    revenim reveniti revenire trimitem trimis trimisa trimise atasament atasamentul anexa anexam
    anexele rugamintea colegului colegei colegul colega colegii colegilor meu mea mei mele
    impreuna redirectionez redirectionam redirectionat redirectionata inaintez inaintam
    inaintat cateva cativa acelasi aceeasi acelorasi aceleiasi suplimentare suplimentar
    raspundeti raspunde raspunsuri automat automata generat generata adresam adresat
    precizam precizat mentionam mentionat solicitarea solicitare solicitari solicitarii
    forward forwarding forwarded colleague below above further additional same please
    completare completarea okazii platforma platformei societatea societatii
    indicata indicat indicate specificata specificat specificate precizata precizate
    cpp ncpp c.p.p cpen c.pen c.proc.pen proc noul vechiul
    itself romanian
    """
)


# Short words that carry no demand (a three-letter word may: "PIN", "CNP", "SMS").
_SHORT = words(
    """
    ale din cum cei cel cea lui lor fie nou noi voi are sau dar iar cat deci ori nici tot
    the and for you our its all any can not but has had was are with from this that
    und die der das des den dem ein mit von auf ist les aux une est par sur pour des que qui
    egy az es is nem meg
    """
)
_TOKEN = re.compile(r"[a-z][a-z0-9_-]{2,}")


def _stem(word: str) -> str:
    """The part of a word its inflections share ("datele", "date", "datelor": "date")."""
    return word[: max(3, min(len(word) - 2, 7))]


# A cover word's other inflections ("se transmite" beside "transmitem"): words of
# seven letters or more compared by stem, so no short stem ("pos" of "posta") covers
# a word of another meaning.
_COVER_STEMS = frozenset(w[: max(3, min(len(w) - 2, 7))] for w in _COVER_WORDS if len(w) >= 7)


# An address is no word of a demand: who it names is judged as an address (the answer
# address, a user's e-mail), and its local part ("juridic@okazii.ro") says nothing asked.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# The correspondence itself, not data: "the number (and date) under which you registered
# this letter". Only as the whole phrase: "înregistrările" alone are recordings, data.
_OUR_REGISTRATION = re.compile(
    r"\bnum[a-z]*\s+(?:si\s+data(?:\s+de)?\s+)?(?:de\s+)?inregistrar[a-z]*"
    r"(?:\s+(?:al|a|ale)\s+(?:prezentei|adresei|solicitarii|cererii|acesteia))?"
    r"|\bsub\s+care\s+(?:a\s+fost|ati|s-a)\s+inregistrat[a-z]*"
    r"|\b(?:registration|reference)\s+number\s+(?:of|assigned\s+to|under\s+which)\b"
)


# A reference or a file cited by its number ("ref. 3394/II/2/2026", "file 1278/D/P/2026",
# "dosar nr. 77/P/2026"): correspondence, not a demand, when the signed letter states that
# number (`unsigned_requests`); another number keeps its words strange.
_CITED = re.compile(
    r"\b(?:ref(?:erence)?|our\s+ref|file|case|dosar(?:ul)?(?:\s+penal)?|nr|no)\.?\s*"
    r"(?:(?:no|nr)\.?\s*)?(?P<number>[0-9][0-9a-z./-]*[0-9a-z])"
)


# The letter's own body named in English ("Territorial Office Galați"): its Romanian words,
# which are then judged against the letter's as any other (a letter of no territorial
# service does not make "territorial" its word).
_ENGLISH_NAMES = (
    (re.compile(r"\bterritorial\s+(?:office|service|unit)\b"), "serviciul teritorial"),
    (re.compile(r"\bterritorial\s+bureau\b"), "biroul teritorial"),
    (re.compile(r"\bcounty\s+police\s+inspectorate\b"), "inspectoratul de politie judetean"),
    (re.compile(r"\bprosecutor'?s\s+office\b"), "parchetul"),
)
_NUMBER_TOKEN = re.compile(r"[0-9][0-9a-z./-]*[0-9a-z]")


def _uncited(sentence: str, signed: str) -> str:
    """`sentence` without the references and files it cites by a number the signed text
    states as a whole ("file 567/P/2026" is not the letter's 4567/P/2026), and with the
    letter's body named in English put in Romanian."""
    for pattern, romanian in _ENGLISH_NAMES:
        sentence = pattern.sub(romanian, sentence)
    if not signed:
        return sentence
    numbers = {n.strip("./-") for n in _NUMBER_TOKEN.findall(signed)}
    return _CITED.sub(lambda m: " " if m["number"].strip("./-") in numbers else m[0], sentence)


def _content_words(sentence: str) -> list[str]:
    sentence = _OUR_REGISTRATION.sub(" ", _ADDRESS.sub(" ", sentence))
    return [
        w
        for w in _TOKEN.findall(sentence)
        if w not in _COVER_WORDS
        and w not in _SHORT
        and _stem(w) not in _COVER_STEMS
        and not REQUEST.fullmatch(w)
    ]


def unsigned_requests(sentences: list[str], signed_stems: set[str], signed: str = "") -> list[str]:
    """The sentences (folded) that ask for something in words the signed text does not use
    (`signed`: the signed texts, folded, whose own numbers a sentence may cite)."""
    out: list[str] = []
    for sentence in sentences:
        if not REQUEST.search(sentence):
            continue
        words = _content_words(_uncited(sentence, signed))
        strange = [w for w in words if _stem(w) not in signed_stems]
        if strange:
            shown = " ".join(sentence.split())[:120]
            out.append(
                f"a request the signed letter does not make: {shown!r} (its words "
                f"{', '.join(strange[:4])} are not the letter's)"
            )
    return out


def stems_of(texts: list[str]) -> set[str]:
    """Every stem any word of the (normalised) signed texts may be met under."""
    out: set[str] = set()
    for w in {w for t in texts for w in _TOKEN.findall(fold(t))}:
        out.update(w[:n] for n in range(3, min(len(w), 7) + 1))
    return out


_PROPERTY = re.compile(r"^([A-Za-z-]+)((?:;[^:]*)?):(.*)$")
_HUMAN = frozenset(
    {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "NOTE", "TITLE", "ORG", "FN", "N", "ADR"}
)


def directory_text(text: str) -> str:
    """What a person sees of an iCalendar or vCard part: its human properties, unfolded
    (RFC 5545 §3.1 line folding undone, quoted-printable decoded, escapes undone)."""
    import quopri

    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    out: list[str] = []
    for line in unfolded.splitlines():
        m = _PROPERTY.match(line.strip())
        if m is None or m.group(1).upper() not in _HUMAN:
            continue
        value = m.group(3)
        if "QUOTED-PRINTABLE" in m.group(2).upper():
            value = quopri.decodestring(value.encode("latin-1", "replace")).decode(
                "utf-8", "replace"
            )
        out.append(value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";"))
    return "\n".join(out)


_RTF_GROUP_SKIP = re.compile(rb"{\\\*[^{}]*(?:{[^{}]*}[^{}]*)*}")
_RTF_HEX = re.compile(rb"\\'([0-9a-fA-F]{2})")
_RTF_UNICODE = re.compile(rb"\\u(-?[0-9]+)\??")
_RTF_CONTROL = re.compile(
    rb"\\(?:par|line|tab|cell|row)\b ?|\\[a-zA-Z]+-?[0-9]* ?|\\[^a-zA-Z]|[{}]"
)


def rtf_text(raw: bytes, everything: bool = False) -> str:
    """The text of an RTF document, roughly as a reader shows it: destinations skipped,
    \\'hh and \\uN escapes decoded (code page from \\ansicpg, else 1252), control words dropped.

    With `everything`, no group is skipped (hidden destinations, tables of fonts and
    styles are kept): a superset of what any reader shows, so nothing a reader
    finds in a group this parser thinks hidden is missed."""
    cp = re.search(rb"\\ansicpg([0-9]+)", raw)
    codec = f"cp{int(cp.group(1))}" if cp else "cp1252"
    try:
        "".encode(codec)
    except LookupError:
        codec = "cp1252"
    body = raw
    if not everything:
        body = _RTF_GROUP_SKIP.sub(b"", body)
        body = re.sub(
            rb"{\\(?:fonttbl|colortbl|stylesheet|info)[^{}]*(?:{[^{}]*}[^{}]*)*}", b"", body
        )
    body = _RTF_UNICODE.sub(lambda m: chr(int(m.group(1)) % 65536).encode("utf-8"), body)
    body = _RTF_HEX.sub(
        lambda m: bytes([int(m.group(1), 16)]).decode(codec, "replace").encode("utf-8"), body
    )
    body = re.sub(rb"\\(?:par|line)\b ?", b"\n", body)
    body = _RTF_CONTROL.sub(b" ", body)
    return body.decode("utf-8", "replace")


# A mail footer's legal notice: confidentiality, misdirected mail, data protection.
_DISCLAIMER = re.compile(
    r"confidential\w*|destinat\w*\s+(?:exclusiv|numai)|din\s+eroare|in\s+error|gdpr|2016/679"
    r"|prelucr\w*\s+(?:datel|date)|protectia\s+datelor|intended\s+recipient|disclaimer"
    r"|privileged"
)
# What a footer itself asks: to delete the mail, to tell the sender.
_FOOTER_ASKS = re.compile(
    r"\b(?:va\s+rugam|rugam|please|kindly)?\s*(?:sa\s*-?\s*(?:l|il|o|le|ii)?\s*-?\s*)?"
    r"(?:sterge\w*|distrug\w*|anunt\w*|informa\w*|notifica\w*|contacta\w*|returna\w*"
    r"|delete|destroy|notify|inform|contact|return)\b"
)


def is_disclaimer(sentence: str) -> bool:
    """Whether a (folded) sentence is a footer's legal notice asking nothing but to delete
    a misdirected mail or tell the sender."""
    if not _DISCLAIMER.search(sentence):
        return False
    return REQUEST.search(_FOOTER_ASKS.sub(" ", sentence)) is None
