"""Unsigned text beside a signed letter: it may name nothing the letter does not ask for.

`binding.bind` asks the signed content to state every *field* of the request.
But a field is what the extractors made of the text, and a person reads the
text: a demand written where the extractors do not look (quoted history, past
the text budget, a postscript without a request verb, a person named by name
and CNP, a Word attachment, a remote image) is bound to nothing, and an old
genuine signed letter would vouch for it. So this rule binds the *text*, not
the fields. For a mail whose law-enforcement request rests on a signed letter
(a PDF, an S/MIME entity, a signed and stamped scan), everything outside what
the signatures cover is collected (`collect`): the subject, every body part as
a person sees it (HTML rendered, quoted history included), text attachments,
the text layer of unsigned PDFs and the OCR text of the scans the parse step
read. In it:

- every user it names (username, e-mail, phone, user id, IBAN as the subject
  extractor finds them; any username-shaped word; a CNP; a person introduced
  by name: "numitul POPESCU ANDREI") must be one the signed text asks for:
  stated in the sentence or list after a request verb, or in the sentence
  just before one that refers back to it ("… acestuia"), and never where the
  signed text gives it another role (the complainant, the injured party, a
  witness: "plângerii utilizatorului X", "X (persoană vătămată)");
- every kind of personal data it names (passwords, conversations, IBAN, IP
  addresses, identification data, transaction history, location…) must be
  one the signed text asks for;
- a sentence the signed text itself contains, word for word, is the letter
  restated and needs nothing more;
- what cannot be read (an attachment of a kind the parse step does not read,
  a page it did not OCR, a remote or embedded image or style sheet in the
  HTML, a text too long to check) is named: a person would read it, the
  checks could not.

The roles are read from the signed text only, which the attacker cannot
change; the unsigned text is only searched for what it names. Anything found
turns each passing `signed_content` into `missing` (at most `incomplete`), its
evidence naming what is unsigned, so a person reads it and, if it is wanted,
asks the authority for a signed letter stating it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from parsers.fields import TextView
from parsers.fields.emails import find_emails
from parsers.fields.requested import TRIGGER
from parsers.fields.roles import other_role as _other_role
from parsers.fields.subjects import find_subjects, in_mail_header, on_contact_line
from parsers.normalize import fold
from router.signatures.annexes import ASKED, GIVE
from router.signatures.binding import (
    _SENTENCE_END,
    _asked_here,
    _cues,
    _norm,
    _pattern,
)
from router.signatures.context import Context
from router.signatures.covernote import answer_routes
from router.signatures.evidence import Check, Outcome
from router.signatures.unsigned_collect import collect
from router.signatures.unsigned_words import (
    REQUEST,
    bidi_overrides,
    bidi_visual,
    disguises,
    is_disclaimer,
    skeleton,
    stems_of,
    unsigned_requests,
    words,
)

# More unsigned text than this is not searched: a person must read it.
MAX_CHARS = 2_000_000
# Whose data: a CNP, a username-shaped word, a person introduced by name.
# A standard's or a form's code, not a username: ISO27001, EN16931, RFC5322.
_STANDARD = re.compile(r"(?:iso|en|sr|din|ieee|rfc|ecdl|itil|gdpr|cod|art|anexa|formular)[0-9]+")
_CNP = re.compile(r"(?<![0-9])[1-8](?:[ .\-]?[0-9]){12}(?![0-9])")
_SHAPED = re.compile(
    r"(?<![\w@./:-])([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*(?:_[a-z0-9]+|[a-z][0-9]{2,}))"
    r"(?![\w@])(?!\.[a-z]{2,5}\b)"
)
# A word right after "utilizatorul", "contul", "user": the account's name, whatever it
# looks like ("contul mariacumparatoare"), unless it is a word that goes on the sentence.
_ROLE_NAMED = re.compile(
    r"\b(?:utilizator(?:ul|ului|ii|ilor)?|cont(?:ul|ului|urile|urilor)|user(?:ul|ului)?|username"
    r"|pseudonim(?:ul|ului)?|vanzator(?:ul|ului)?|cumparator(?:ul|ului)?|account|seller|buyer)\b"
    # on its line or the next, never past a blank line: "… privind contul" ending a subject
    # runs into the header block under it ("From: …"), a greeting ("Bună ziua") after it
    r"[ \t]*:?[ \t]*(?:\n[ \t]*)?[\"'(\u201e\u201c]?([a-z0-9][a-z0-9._-]{2,31})"
)
# The words that go on a sentence after "contul", "conturile", "utilizatorii", in any of
# their forms ("vizat", "vizate", "vizaților", "menționații", "enumerate").
_PARTICIPLE = re.compile(
    r"(?:vizat|mentionat|susmentionat|sus-mentionat|indicat|semnalat|sesizat|implicat"
    r"|identificat|suspectat|reclamat|respectiv|enumerat|folosit|utilizat|creat|deschis"
    r"|cercetat|inregistrat|denumit|cunoscut|precizat|listat|prezentat|aratat)"
    r"(?:ul|ului|a|ei|e|i|ii|ilor|ele|elor)?"
)
_NOT_NAMES = words(
    """
    a acesteia acestora acestuia ai al ale and anonim are au avand avea bancar bancara
    bancare bancari care care-l careia carora caruia ce cercetat cercetata clienta
    clientei clientilor clientul clientului creat creata cu cunoscut de denumit deschis
    deschisa din dumneavoastra dvs ei era este fals falsa folosit folosita fost has
    having id id-ul identificat implicat implicata in inca indicat indicatul inregistrat
    is la lui mai mea mentionat mentionatul mentionatului meu noastra nostru nr numarul
    numele of okazii okazii.ro pe pentru personal personale platforma platformei prin
    reclamat reclamata respectiv respectivul respectivului sau semnalat semnalata
    semnalati sesizat sesizata si site site-ului sunt sus sus-mentionat susmentionat
    suspect suspectat tau the titular titularul unei unor unui utilizat utilizata vizat
    vizatul was with
    """
)
_NAME_WORD = r"[A-ZĂÂÎȘŞȚŢ][A-Za-zĂÂÎȘŞȚŢăâîșşțţ'-]+"
_PERSON = re.compile(
    r"\b(?:[Nn]umit(?:ul|ului|a|ei|ilor)|[Ss]us-?numit\w*|[Dd]omn(?:ul|ului)|[Dd]oamn(?:a|ei)|"
    r"[Dd]-(?:l|na|nei|lui)|[Dd]l\.|[Dd]na\.|[Pp]ersoan(?:a|ei)|[Cc]et[ăa][țţt]ean(?:ul|ului|a|ei)|"
    r"[Tt]itular(?:ul|ului)|pe\s+numele(?:\s+de)?|Mr\.?|Mrs\.?|Ms\.?)\s+"
    rf"((?:{_NAME_WORD}[ \t]+){{1,3}}{_NAME_WORD})"
)
_RANKS = frozenset(
    [
        "agent",
        "agentul",
        "comisar",
        "comisarul",
        "subcomisar",
        "inspector",
        "inspectorul",
        "procuror",
        "procurorul",
        "judecator",
        "judecatorul",
        "ofiter",
        "ofiterul",
        "grefier",
        "grefierul",
        "sef",
        "seful",
        "sefului",
        "director",
        "directorul",
        "presedinte",
        "presedintele",
        "av",
        "avocat",
        "avocatul",
        "dr",
    ]
)
# The kinds of personal data a request may ask for: (concept, what names it in the
# unsigned text, what in the signed text's request covers it). The second is wider: a
# letter asking for "datele de plată (IBAN, procesator de plăți)" asks for bank data, one
# asking for "contul de e-mail" or "date de contact" covers the e-mail address; but only a
# letter that asks for passwords or conversations covers passwords or conversations.
_DATA_KINDS: tuple[tuple[str, str, str], ...] = (
    ("passwords", r"\bparol\w*|\bpasswords?\b|\bcredential\w*", r"\bparol|\bpassword|\bcredential"),
    (
        "conversations",
        r"\bconversat\w*|\bmesajel\w*|\bmesaje\b|\bmessages\b|\bchat\w*",
        r"\bconversat|\bmesaj|\bmessage|\bchat|\bcorespondent|\bcomunicari\b",
    ),
    (
        "correspondence",
        r"\bcorespondent\w*|\bcorrespondence\b",
        r"\bcorespondent|\bconversat|\bmesaj",
    ),
    (
        "bank accounts",
        r"\biban\w*|\bcont\w*\s+bancar\w*|\bbank\s+accounts?\b|\bcard(?:ul|uri|urile|ului|urilor)?\b",
        r"\biban|\bbancar|\bbank|\bcard|\bplat[ia]|\bplata\b|\bpayment|\bincasar",
    ),
    (
        "identity numbers",
        r"\bcnp\w*|\bcod(?:ul)?\s+numeric\s+personal\b",
        r"\bcnp|\bcod numeric|\bidentificare|\bidentitate|\bidentification",
    ),
    (
        "identity documents",
        r"\b(?:act|carte|carti|document)\w*\s+de\s+identitate\b|\bbuletin\w*|\bpasaport\w*|\bid\s+cards?\b",
        r"\bidentitate|\bbuletin|\bpasaport|\bid card|\bidentificare|\bidentification",
    ),
    (
        "IP addresses",
        r"\badres\w*\s+ip\b|\bip-?uri\w*|\bip\s+address\w*",
        r"\bip\b|\bip-?uri|\blog|\bconectar|\bconexiun|\btrafic|\bconnection",
    ),
    (
        "logs",
        r"\blog-?uri\w*|\bjurnal\w*\s+de\s+(?:acces|conectare)|\blogins?\b|\blogs\b",
        r"\blog|\bjurnal|\bconectar|\baccesar|\bconexiun|\bip\b|\bip-?uri|\bconnection",
    ),
    (
        "traffic and location data",
        r"\bdate\w*\s+de\s+trafic\b|\blocaliz\w*|\bgeolocaliz\w*|\bgps\b|\blocation\b",
        r"\btrafic|\blocaliz|\bgps\b|\blocation|\blocati",
    ),
    (
        "transaction history",
        r"\bistoric\w*|\btranzacti\w*|\btransactions?\b|\bhistory\b",
        r"\bistoric|\btranzacti|\bcomenz|\bvanzar|\bcumparar|\bachizit|\banunt|\btransaction"
        r"|\bhistory|\border",
    ),
    (
        "identification data",
        r"\bidentificare\b|\bidentification\b",
        r"\bidentificare|\bidentitate|\bidentification|\bidentity|\btitular",
    ),
    (
        "personal data",
        r"\bdate\w*\s+(?:cu\s+caracter\s+)?personal\w*|\bpersonal\s+data\b",
        r"\bpersonal|\bidentificare|\bidentification",
    ),
    (
        "addresses",
        r"\badres\w*\s+de\s+(?:livrare|domiciliu|facturare|resedinta|e-?mail)\b|\bdomiciliu\w*"
        r"|\b(?:postal|delivery|home|e-?mail)\s+address\w*",
        r"\badres|\bdomicil|\be-?mail|\blivrare|\bcontact|\bidentificare|\baddress",
    ),
    (
        "phone numbers",
        r"\bnumar\w*\s+de\s+telefon\b|\bphone\s+numbers?\b",
        r"\btelefon|\bcontact|\bphone|\bidentificare",
    ),
    (
        "devices and sessions",
        r"\bsesiun\w*|\bdevices?\b|\bcookie\w*|\buser[- ]agent\w*",
        r"\bsesiun|\bdevice|\bdispozitiv|\bcookie|\bagent|\bip\b|\blog|\bconectar",
    ),
    (
        "payments",
        r"\bplati\b|\bplatil\w*|\bpayments?\b",
        r"\bplat[ia]|\bplata\b|\bpayment|\biban|\bbancar|\bcard|\bincasar|\btranzacti",
    ),
)
_DATA = tuple(
    (concept, re.compile(named), re.compile(covered)) for concept, named, covered in _DATA_KINDS
)
# Words that widen whose data or how much, with no name and no new data word: "any
# account on the same device", "his relatives", "the whole history". Found anywhere in
# the unsigned text (a request verb or not), each is the letter's only when the signed
# text says the same (the concept's pattern found there too).
_SCOPE_KINDS: tuple[tuple[str, str], ...] = (
    (
        "accounts beyond the one asked for",
        r"\b(?:orice|oricare|oricarui|oricarei|toate|toti|tuturor|celelalte|celorlalte|alte|altor"
        r"|fiecare|any|all|every|each|other)\s+(?:[\w-]+\s+){0,2}?(?:cont(?:uri|urile|urilor)?\b"
        r"|utilizator\w*|persoan\w*|client\w*|profil\w*|accounts?\b|users?\b|profiles?\b"
        r"|persons?\b|people\b|customers?\b|members?\b(?!\s+(?:states?|countries)\b))"
        r"|\bcont(?:ul|uri|urile|urilor)?\s+(?:asociat|legat|conex|corelat|similar|secundar|duplicat"
        r"|multipl)\w*|\b(?:associated|linked|related|connected|similar|secondary|duplicate)\s+"
        r"accounts?\b|\bmulti-?cont\w*",
    ),
    (
        "accounts sharing an identifier",
        r"\b(?:acelasi|aceeasi|aceleasi|acelorasi|aceleiasi|same|shared|comun|comune)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:dispozitiv\w*|device\w*|telefon\w*|phone\b|ip\b"
        r"|adres\w*\s+(?:ip|de\s+e-?mail|de\s+livrare)|card\w*|iban\w*|browser\w*|cookie\w*"
        r"|e-?mail\w*|cnp\b|parol\w*|password\w*|address\w*)",
    ),
    (
        "related persons",
        r"\b(?:rud(?:a|e|ele|elor|ei)|(?<!nume de )(?<!numele de )famili\w*|sot(?:ul|ului|ia|iei)|sotie\w*|parinti\w*"
        r"|frat(?:e|ele|ii|ilor|elui)|sora|sorei|surori\w*|fiul|fiului|fiica|fiicei|copiii|copiilor"
        r"|prieten(?:ul|ului|a|ei|ii|ilor|ele|elor)?\b|complic(?:e|ii|ilor|ei|ele|elui)\b"
        r"|relatives?|family(?!\s+name)|spouse|wife|husband|parents|siblings?|brothers?"
        r"|sisters?|children|friends?|associates|accomplices?)\b",
    ),
    (
        "a time beyond the letter's",
        r"\b(?:fara\s+limit\w*|nelimitat\w*|de\s+la\s+(?:crearea|deschiderea|inregistrarea"
        r"|infiintarea|inceput\w*)|(?:istoric\w*|perioad\w*|activitat\w*)\s+(?:complet\w*"
        r"|integral\w*|intreg\w*|total\w*)|(?:tot|toata|intregul|intreaga)\s+(?:istoric\w*"
        r"|perioad\w*|activitat\w*)|nu\s+(?:doar|numai)\s+(?:[\w-]+\s+){0,2}?perioad\w*"
        r"|indiferent\s+de\s+(?:perioad\w*|data)|dintotdeauna|(?:since|from)\s+(?:the\s+)?"
        r"(?:account\s+was\s+)?(?:creat\w*|registration|opening|beginning)|(?:whole|entire|full"
        r"|complete)\s+(?:[\w-]+\s+)?(?:history|period|activity)|all[\s-]+time|no\s+time\s+limit"
        r"|without\s+(?:a\s+)?time\s+limit|unlimited|not\s+(?:only|just)\s+(?:the\s+)?period"
        r"|ultim(?:ii|ele|ul|a)\s+(?:[0-9]+|doi|doua|trei|patru|cinci|sase|zece)\s+(?:ani|luni)"
        r"|(?:last|past)\s+(?:[0-9]+|two|three|four|five|ten)\s+(?:years|months))\b",
    ),
)
_SCOPE = tuple((concept, re.compile(named)) for concept, named in _SCOPE_KINDS)
_MONTHS = (
    r"ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie"
    r"|decembrie|january|february|march|april|may|june|july|september|october|november|december"
)
_DATE = rf"(?<![0-9./-])(?:[0-9]{{1,2}}[./-][0-9]{{1,2}}[./-](?:[0-9]{{4}}|[0-9]{{2}})|[0-9]{{1,2}}\s+(?:{_MONTHS})\s+[0-9]{{4}}|(?:19|20)[0-9]{{2}})(?![0-9])"
# A period: two dates joined ("01.01.2020 - 31.12.2026", "între … și …", "din 2019 până în
# prezent"), or one date a period word introduces ("începând cu 01.01.2020").
_PERIOD = re.compile(
    rf"(?P<a>{_DATE})\s*(?:(?:-|pana\s+(?:la|in)|si|to|until|through)\s*(?:(?P<b>{_DATE})"
    rf"|prezent|present|azi|today)|incoace|onwards|to\s+date)"
    rf"|\b(?:perioad\w*|interval\w*|incepand\s+(?:cu|din|de\s+la)|since|din\s+anul|starting)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?P<c>{_DATE})"
)


# "Nu informați utilizatorul sau alte persoane": a sentence that asks not to tell anyone
# names people without asking for their data.
_NOT_TELL = re.compile(
    r"\b(?:nu|not|never|fara\s+a)\s+(?:[\w-]+\s+){0,3}?(?:informa|divulg|aduce|dezvalu|instiinta"
    r"|notifica|anunta|avertiza|inform|disclose|notify|tell|alert|reveal)\w*"
)


def _scope(sentences: list[str], readings: list[str]) -> list[str]:
    """Scope words and periods in the (folded) unsigned sentences the signed text does not
    state: whose data or how much, widened without a name or a new data word."""
    sentences = [s for s in sentences if not _NOT_TELL.search(s)]
    signed = " ".join(_norm(r) for r in readings)
    digits = re.sub(r"[^0-9]", "", signed)
    out: list[str] = []
    for concept, named in _SCOPE:
        if named.search(signed):
            continue
        hit = next((m for s in sentences for m in [named.search(s)] if m), None)
        if hit is not None:
            out.append(f"widens what is asked: {concept} ({hit.group().strip()!r})")
    for sentence in sentences:
        for m in _PERIOD.finditer(sentence):
            dates = [d for d in (m.group("a"), m.group("b"), m.group("c")) if d]
            unstated = [
                d
                for d in dates
                if re.sub(r"[^0-9a-z]", "", d) not in re.sub(r"[^0-9a-z]", "", signed)
                and re.sub(r"[^0-9]", "", d) not in digits
            ]
            open_ended = bool(m.group("a")) and not m.group("b") and not m.group("c")
            if unstated or (open_ended and " ".join(m.group().split()) not in signed):
                shown = " ".join(m.group().split())
                out.append(
                    f"widens what is asked: a period the signed letter does not state ({shown!r})"
                )
                break
    return out


# The next sentence asks for "his" data: "Vă rugăm să ne comunicați datele acestuia." Only
# words that refer back and nothing else ("său"/"sau", "lui", "ei" are in every sentence).
_BACK = re.compile(
    r"\b(?:acestui[a]?|acesteia|acestora|sus-?numit\w*|sus-?mentionat\w*"
    r"|(?:de\s+)?mai\s+sus|mentionat\w*|indicat\w*|above|mentioned)\b"
)


def _flat_lines(text: str) -> tuple[str, set[int]]:
    """`_flat(text)`, and the positions in it where a line of `text` began."""
    out: list[str] = []
    starts: set[int] = set()
    size = 0
    for m in re.finditer(r"[\s\u00ad]+|[^\s\u00ad]+", text):
        piece = m.group()
        if piece[0].isspace() or piece[0] == "\u00ad":
            if size:
                out.append(" ")
                size += 1
                if "\n" in piece:
                    starts.add(size)
        else:
            out.append(piece)
            size += len(piece)
    return "".join(out).rstrip(), starts


def _flat(text: str) -> str:
    return re.sub(r"[\s\u00ad]+", " ", text).strip()


_PARAGRAPH = "\u2029"
# A promise to send: "vom atașa", "vă vom comunica", "we will send".
_PROMISE = re.compile(
    r"\b(?:vom|va\s+vom|o\s+sa|we\s+will|we'll|will\s+be)\s+(?:\w+\s+){0,2}?"
    r"(?:atasa|trimite|transmite|comunica|furniza|pune|oferi|send|provide|attach|share|sent)"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+")
# The data a footer's legal notice names without asking for it.
_NOTICE_DATA = frozenset({"correspondence", "personal data", "conversations"})
_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def _sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence of `text` around `pos`, never across a paragraph break (`_PARAGRAPH`)."""
    head = text[max(0, pos - 2000) : pos]
    ends = list(_SENTENCE_END.finditer(head))
    start = pos - len(head) + (ends[-1].end() if ends else 0)
    start = max(start, text.rfind(_PARAGRAPH, 0, pos) + 1)
    end_m = _SENTENCE_END.search(text, pos)
    end = end_m.end() if end_m else len(text)
    stop = text.find(_PARAGRAPH, pos)
    return start, end if stop < 0 else min(end, stop)


def _asks_for(value: str, readings: list[str]) -> bool:
    """Whether the signed texts ask for this user's data (the role read from the signed text).

    Stated in the sentence or list after a request verb, or in the sentence
    just before one asking for "his" data; never where the signed text names
    the user as complainant, injured party or witness.
    """
    pattern = _pattern(value, False)
    if pattern is None:
        return False
    for text in readings:
        for m in re.finditer(pattern, text):
            if _other_role(text, m.start(), m.end()):
                continue
            if _asked_here(text, m.start()):
                return True
            _, end = _sentence_at(text, m.start())
            following = text[end : end + 600]
            nxt = _SENTENCE_END.search(following)
            sentence = following[: nxt.end() if nxt else len(following)]
            if TRIGGER.search(sentence) and _BACK.search(sentence):
                return True  # "X este cercetat … . Vă rugăm să ne comunicați datele acestuia."
    return False


def _names_person(value: str, readings: list[str]) -> bool:
    """Whether the signed texts name this person (every word of the name), not in another role.

    A person's name is often the officer's or the suspect's in the letter's
    own words; what it may not be is a name the letter does not contain, or
    the complainant's.
    """
    for word in value.split():
        pattern = _pattern(word, False)
        if pattern is None:
            return False
        if not any(
            not _other_role(text, m.start(), m.end())
            for text in readings
            for m in re.finditer(pattern, text)
        ):
            return False
    return True


def _recalled_in_role(value: str, norm: str, readings: list[str]) -> bool:
    """Whether the unsigned text names this person only as complainant, victim or witness,
    and the signed texts name them too: the note recalls whose complaint the letter is
    about ("Adresa privește plângerea doamnei Pop Elena"); it asks nothing of their data.
    A mention in any other place (after "datele de identificare ale") is judged as a user.
    """
    pattern = _pattern(value, False)
    if pattern is None:
        return False
    found = list(re.finditer(pattern, norm))
    if not found or not all(_other_role(norm, m.start(), m.end()) for m in found):
        return False
    words = [_pattern(w, False) for w in value.split()]
    return all(w is not None and any(re.search(w, text) for text in readings) for w in words)


def _data_asked(concept: re.Pattern[str], readings: list[str]) -> bool:
    return any(_asked_here(text, m.start()) for text in readings for m in concept.finditer(text))


# A line that names whom a letter goes to or is copied to ("Copie: Parchetul … (x@mpublic.ro)"),
# or who wrote a forwarded mail ("De la: Procuror X <x@mpublic.ro>").
_COPY_LINE = re.compile(
    r"\W*(?:copie|copii|cc|bcc|in\s+copie|spre\s+stiinta|spre\s+informare|comunicat\w*"
    r"\s+spre\s+stiinta|catre|destinatar\w*|to|copy|from|de\s+la|expeditor)\b\s*:?"
)


_ADDRESS_STOP = re.compile(r"@[\w-]+(?:\.[\w-]+)+\.(?=\s)")
# Dotted initials that end their line ("… sigiliul electronic al D.I.I.C.O.T." / "Vă
# rugăm să confirmați primirea"): the line's sentence ends there, as a person reads it
# (round 16; within a line the initials go on: "la sediul I.P.J. Dolj").
_ACRONYM_STOP = re.compile(r"\b(?:[a-z]\.){2,}(?=[ \t]*\n)")


# A line of a forwarded or quoted mail's header block ("Data: Mon, 1 Dec 2026", "Subiect: …"):
# the line under it is the next header, never an item of a list it introduces.
_HEADER_LINE = re.compile(
    r"\W*(?:data|date|sent|trimis|subiect|subject|de\s+la|from|catre|to|cc|bcc|expeditor|"
    r"destinatar\w*|reply-to|raspuns\s+la)\s*:"
)


# "Pentru întrebări mă puteți contacta la …": an address given to be written to, in a
# sentence that names no data ("aceleași date", "datele", "contul").
_CONTACT_WORDS = re.compile(
    r"\b(?:contact\w*|intrebari|lamuriri|clarificari|detalii|relatii|questions|reach)\b"
)
_DATA_TALK = re.compile(
    r"\b(?:date(?:le|lor)?|data|aceleasi|same|cont(?:ul|ului|uri|urile|urilor)?|accounts?|utilizator\w*)\b"
)


def _contact(folded: str, pos: int) -> bool:
    head = folded[max(0, pos - 300) : pos]
    cut = max(head.rfind(". "), head.rfind("\n\n"), head.rfind("? "), head.rfind("! "))
    sentence = head[cut + 1 :]
    return bool(_CONTACT_WORDS.search(sentence)) and not _DATA_TALK.search(
        sentence.replace("date de contact", " ")
    )


@dataclass(frozen=True)
class Mailboxes:
    """Whose mailboxes an unsigned text may name without naming a user whose data is asked.

    `own`: a domain of the authority the request speaks for (the mail authenticated as
    it, a signer is bound to it): an address there on a signature block's contact line is
    the officer's own. `names`: an address right after the name of the authority that
    owns it, on a line that names no data, is that authority's mailbox. `registry`: a domain of any registry authority: an address there on
    a copy line ("Copie: Parchetul … (x@mpublic.ro)") is a copy to an authority. Anywhere
    else an address — at a court, a prosecutor's office, the sender's own domain — is an
    account like any other: a judge or an officer registers with a work address too.
    """

    own: Callable[[str], bool]
    registry: Callable[[str], bool]
    # Whether a text (the address's line before it) names an authority owning the domain.
    names: Callable[[str, str], bool] = lambda _text, _domain: False

    def host(self, host: str) -> bool:
        """A web host a link may go to unsigned: a registry authority's (or below one), ours."""
        return self.registry(host) or _registry_domain(host) or _cues().is_operator(f"x@{host}")


def _registry_domain(domain: str) -> bool:
    return _cues().authority_domain(f"x@{domain}") is not None


# Without an authenticated sender (paper): any registry authority's domain is "own".
_PAPER_MAILBOXES = Mailboxes(own=_registry_domain, registry=_registry_domain)


def _named(
    text: str, exclude: set[str], mailboxes: Mailboxes = _PAPER_MAILBOXES
) -> list[tuple[str, str]]:
    """(kind, value) of every user or person the unsigned text names."""
    folded = fold(text)
    cues = _cues()
    view = TextView.of(text, ocr=False, vocabulary=cues.vocabulary)
    out: list[tuple[str, str]] = []
    for s in find_subjects(view, cues, None, exclude):
        if s["value"].lower() not in exclude and s["kind"] != "email":
            out.append((s["kind"], s["value"]))
    # E-mail addresses are judged here, not by the subject extractor (which steps aside
    # for any authority's address and for any address on a contact line).
    for start, _end, addr in find_emails(view.folded):
        if addr in exclude or cues.is_operator(addr):
            continue
        domain = addr.rpartition("@")[2]
        line_start, _ = view.line_at(start)
        before = view.folded[line_start:start]
        # A line under one that asks ("Aceleași date și pentru:") is part of the demand.
        above = view.folded[view.folded.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
        listed = not _HEADER_LINE.match(above) and bool(
            _DATA_TALK.search(above) or (above.rstrip().endswith(":") and REQUEST.search(above))
        )
        if in_mail_header(view, start, addr, cues) and not listed:
            continue  # whom a forwarded mail went to: our mailbox misspelt ("Către: …@okazii.com")
        if (
            mailboxes.own(domain)
            and (on_contact_line(view, start) or _contact(view.folded, start))
            and not listed
        ):
            continue  # the officer's own address in the signature block, or "write to me at"
        if mailboxes.registry(domain) and _COPY_LINE.match(view.folded, line_start) and not listed:
            continue  # a copy to an authority's mailbox
        if mailboxes.names(before, domain) and not _DATA_TALK.search(before) and not listed:
            continue  # "Serviciul … <mailto:sice@…>", "Parchetul … (x@mpublic.ro)": its mailbox
        if not mailboxes.registry(domain) and on_contact_line(view, start):
            # Someone else's contact line (a forwarded signature, a footer) names no user
            # unless it stands in a sentence of its own.
            continue
        out.append(("email", addr))
    for m in _CNP.finditer(folded):
        out.append(("CNP", re.sub(r"[^0-9]", "", m.group())))
    emails = [(a, b) for a, b, _ in find_emails(folded)]
    for m in _SHAPED.finditer(folded):
        if any(a <= m.start() < b for a, b in emails) or _STANDARD.fullmatch(m.group(1)):
            continue
        if _in_file_name(folded, m.start()):
            continue  # "Adresa_387154_12.11.2026.pdf": a file's name, not an account's
        out.append(("username", m.group(1)))
    for m in _ROLE_NAMED.finditer(folded):
        word = m.group(1).strip("._-")
        if _PARTICIPLE.fullmatch(word):
            continue  # "conturile vizate", "utilizatorii menționați": the sentence goes on
        if word not in _NOT_NAMES and not word.isdigit() and len(word) >= 3:
            out.append(("username", word))
    for m in _PERSON.finditer(text):
        words = [w for w in m.group(1).split() if fold(w).strip(".") not in _RANKS]
        if len(words) >= 2:
            out.append(("person", " ".join(words)))
    return out


_FILE_NAME = re.compile(
    r"\.(?:pdf|docx?|odt|rtf|tiff?|jpe?g|png|gif|p7[ms]|eml|msg|zip|xml|txt|xlsx?|csv)$"
)


def _in_file_name(folded: str, pos: int) -> bool:
    """Whether `pos` is inside a file name (a run without spaces ending in an extension)."""
    start = max(folded.rfind(" ", 0, pos), folded.rfind("\n", 0, pos), folded.rfind("\t", 0, pos))
    ends = [i for i in (folded.find(c, pos) for c in " \n\t") if i >= 0]
    run = folded[start + 1 : min(ends) if ends else len(folded)].strip("\"'()[]<>,;:")
    return bool(_FILE_NAME.search(run))


def findings(
    unsigned: str,
    readings: list[str],
    exclude: set[str],
    ours: str = "",
    glued: str = "",
    mailboxes: Mailboxes = _PAPER_MAILBOXES,
) -> list[str]:
    """What the unsigned text names that the signed texts do not ask for.

    `ours`: quoted history attributed to the operator (its ">" lines), searched for
    users only: our own reply may name data and ask the authority for things.
    """
    unsigned = unsigned.replace("\r\n", "\n").replace("\r", "\n")
    # Text the directional controls reorder is read as drawn too (both orders).
    if (visual := bidi_visual(unsigned)) is not None:
        unsigned = f"{unsigned}\n\n{visual}"
    if glued and (visual := bidi_visual(glued)) is not None:
        glued = f"{glued}\n\n{visual}"
    unsigned = skeleton(unsigned)
    ours = skeleton(ours.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = [_norm(p) for p in re.split(r"\n[ \t]*\n", _QUOTE_MARKS.sub("", unsigned))]
    # Data words are searched up to here; past it is our own quoted reply.
    data_end = len(f"\n{_PARAGRAPH}\n".join(paragraphs))
    if ours:
        paragraphs += [_norm(p) for p in re.split(r"\n[ \t]*\n", _QUOTE_MARKS.sub("", ours))]
        unsigned = f"{unsigned}\n\n{ours}"
    unsigned = _QUOTE_MARKS.sub("", unsigned)  # quoted history is read as text like the rest
    flat_signed: list[str] = []
    starts: list[set[int]] = []
    for reading in readings:
        flat, lines = _flat_lines(reading)
        flat_signed.append(flat)
        starts.append(lines | {m.end() + 1 for m in _SENTENCE_END.finditer(flat)} | {0})
    # Where a sentence of the signed text ends and begins: a restated sentence must end and
    # begin there too (a fragment cut out of a signed sentence, "… (persoană vătămată), în
    # baza art." or "maria_… (persoană vătămată), în baza …", is no restatement of it). A
    # line of the letter may begin one: a heading runs into the first sentence.
    ends = [{m.end() for m in _SENTENCE_END.finditer(f)} | {len(f)} for f in flat_signed]
    norm = f"\n{_PARAGRAPH}\n".join(paragraphs)
    copied: dict[tuple[int, int], bool] = {}

    def whole(sentence: str) -> bool:
        for flat, at_start, at_end in zip(flat_signed, starts, ends, strict=True):
            i = flat.find(sentence)
            while i >= 0:
                if i in at_start and i + len(sentence) in at_end:
                    return True
                i = flat.find(sentence, i + 1)
        return False

    def _whole_of(sentence: str) -> bool:
        return len(sentence) >= 12 and whole(sentence)

    def restated(pos: int) -> bool:
        """Whether the sentence at `pos` of `norm` is a whole sentence the signed text states."""
        span = _sentence_at(norm, pos)
        if span not in copied:
            sentence = _flat(norm[span[0] : span[1]])
            copied[span] = len(sentence) >= 12 and whole(sentence)
        return copied[span]

    def only_restated(value: str) -> bool:
        pattern = _pattern(value, False)
        found = list(re.finditer(pattern, norm)) if pattern else []
        return bool(found) and all(restated(m.start()) for m in found)

    out: list[str] = []
    seen: set[str] = set()
    for kind, value in _named(unsigned, exclude, mailboxes):
        key = f"{kind}:{fold(value)}"
        if key in seen:
            continue
        seen.add(key)
        if only_restated(value):
            continue
        if kind == "person" and _names_person(value, readings):
            continue
        if kind == "person" and _recalled_in_role(value, norm, readings):
            continue
        if kind != "person" and _asks_for(value, readings):
            continue
        out.append(f"{kind} {value}")
    glued_norm = _norm(skeleton(glued)) if glued else ""

    def notice(pos: int) -> bool:
        span = _sentence_at(norm, pos)
        return is_disclaimer(norm[span[0] : span[1]])

    for concept, named, covered in _DATA:
        hits = [
            m
            for m in named.finditer(norm, 0, data_end)
            if not restated(m.start()) and not (concept in _NOTICE_DATA and notice(m.start()))
        ]
        hits += list(named.finditer(glued_norm))
        if hits and not _data_asked(covered, readings):
            out.append(f"data asked for: {concept} ({hits[0].group().strip()!r})")
    # Our own reply as quoted may name data; it may not promise data the letter does not
    # ask for (a quote "of ours" is the sender's to write: check it in our sent mail).
    for paragraph in norm[data_end:].split(_PARAGRAPH):
        for sentence in _SENTENCE_SPLIT.split(paragraph):
            if not _PROMISE.search(sentence):
                continue
            for concept, named, covered in _DATA:
                if named.search(sentence) and not _data_asked(covered, readings):
                    out.append(
                        f"our own quoted reply promises {concept} the signed letter does not ask "
                        "for: compare it with the reply we actually sent"
                    )
    # A sentence that asks, in words the signed letter does not use (any vocabulary, any
    # language), whoever it is attributed to.
    asking: list[str] = []
    for paragraph in norm[:data_end].split(_PARAGRAPH):
        start = 0
        # A sentence ending in an address ("… la juridic@okazii.ro. Mulțumesc") ends at its
        # full stop, which the abbreviation rule (".ro.") would not see as one.
        stops = sorted(
            {m.end() for m in _SENTENCE_END.finditer(paragraph)}
            | {m.end() for m in _ADDRESS_STOP.finditer(paragraph)}
            | {m.end() for m in _ACRONYM_STOP.finditer(paragraph)}
        )
        for end in [*stops, len(paragraph)]:
            if end <= start:
                continue
            sentence = paragraph[start:end]
            start = end
            if sentence.strip() and not _whole_of(_flat(sentence)) and not is_disclaimer(sentence):
                asking.append(sentence)
    out += unsigned_requests(asking, stems_of(readings), fold(" ".join(readings)))
    out += answer_routes(asking, readings, mailboxes.host)
    out += _scope(asking, readings)
    return out


# Words that send the reader to an annex, and words that ask for someone's data.
_ANNEX_WORD = re.compile(
    r"\b(?:anex\w*|atasa\w*|alatura\w*|annex\w*|attached|enclosed|appendix|appendices)\b"
)
_WHOSE = re.compile(
    r"\b(?:date(?:le|lor)?|utilizator\w*|cont(?:ul|ului|uri|urile|urilor)?|persoan\w*"
    r"|informati\w*|titular\w*|data|users?|accounts?|persons?|people|information)\b"
)
_RAW_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n[ \t]*\n")


def annex_findings(
    text: str, readings: list[str], exclude: set[str], mailboxes: Mailboxes = _PAPER_MAILBOXES
) -> list[str]:
    """What an unsigned annex (`router.signatures.annexes`) asks that the signed texts do not.

    An annex may name anyone (a complaint names its author, the seller, the
    addresses they wrote to): those names are shown as unauthenticated, never
    held against the letter. What it may not do is ask: a sentence with a
    request word that names a user or a kind of data the signed texts do not
    ask for, or asks to be sent or given something in words the signed letter
    does not use, or says where to send an answer.
    """
    text = skeleton(text.replace("\r\n", "\n").replace("\r", "\n"))
    if (visual := bidi_visual(text)) is not None:
        text = f"{text}\n\n{visual}"
    signed_stems = stems_of(readings)
    out: list[str] = []
    asking: list[str] = []
    for raw in _RAW_SENTENCE.split(_QUOTE_MARKS.sub("", text)):
        sentence = _norm(raw)
        if not (REQUEST.search(sentence) or ASKED.search(sentence)):
            continue
        asking.append(sentence)
        shown = " ".join(sentence.split())[:120]
        names = [
            f"{kind} {value}"
            for kind, value in _named(raw, exclude, mailboxes)
            if not (
                _names_person(value, readings) if kind == "person" else _asks_for(value, readings)
            )
        ]
        kinds = [
            concept
            for concept, named, covered in _DATA
            if named.search(sentence) and not _data_asked(covered, readings)
        ]
        if names or kinds:
            what = ", ".join([*names, *kinds][:4])
            out.append(f"it asks about what the signed letter does not ({what}): {shown!r}")
        elif GIVE.search(sentence):
            out += unsigned_requests([sentence], signed_stems)
    out += answer_routes(asking, readings, mailboxes.host)
    out += _scope(asking, readings)
    return out


def annex_references(texts: list[str]) -> list[str]:
    """Sentences (of the signed letter or the mail) that ask for data of what an annex lists:
    then the annex is part of the request, and it is unsigned."""
    out: list[str] = []
    for text in texts:
        for sentence in _SENTENCE_SPLIT.split(_norm(text)):
            if (
                (REQUEST.search(sentence) or TRIGGER.search(sentence))
                and _ANNEX_WORD.search(sentence)
                and _WHOSE.search(sentence)
            ):
                shown = " ".join(sentence.split())[:120]
                out.append(f"the request asks for data of what its unsigned annex lists: {shown!r}")
    return out


def _exclude(ctx: Context) -> set[str]:
    """Addresses that name no user here: the authenticated sender's, the request's answer
    address (`covernote.answer_address_checks` judges where the answer goes) and the
    answer headers' (`authority.answer_headers` judges them)."""
    out = {ctx.sender.lower()} if ctx.sender else set()
    answer = ctx.item.fields.get("reply_to")
    if isinstance(answer, str) and "@" in answer:
        out.add(answer.strip().lower())
    if ctx.message is not None:  # the answer headers' own addresses: `mail_channel` judges them
        from email.utils import getaddresses

        from router.signatures.authority import ANSWER_HEADERS

        for header in ANSWER_HEADERS:
            try:
                values = [str(v) for v in ctx.message.get_all(header) or []]
                out |= {a.lower() for _, a in getaddresses(values) if a}
            except RecursionError:
                continue
    return out


def _mailboxes(ctx: Context, checks: list[Check]) -> Mailboxes:
    """The authorities this request speaks for (the mail's, the signers' bound ones)."""
    names = {
        str(c.evidence.get("authority"))
        for c in checks
        if c.kind in ("authority_domain", "signer_authority")
        and c.verdict is Outcome.PASS
        and c.evidence.get("authority")
    }
    sender = (ctx.sender or "").rpartition("@")[2].lower()
    speaking = [a for a in ctx.policy.authorities if a.name in names or a.owns_domain(sender)]
    every = ctx.policy.authorities

    def own(domain: str) -> bool:
        return domain == sender or any(a.owns_domain(domain) for a in speaking)

    def registry(domain: str) -> bool:
        return any(a.owns_domain(domain) for a in every) or _registry_domain(domain)

    by_name = {a.name: a for a in every}

    def introduced(text: str, domain: str) -> bool:
        # The unit owning the domain, or the institution above it ("Serviciul de Investigare
        # a Criminalității Economice" of the Poliția Română, at an IPJ's address).
        return any(
            a.owns_domain(domain)
            and any(
                x.named_at(text) is not None
                for x in (a, *(by_name[n] for n in ctx.policy.ancestors(a) if n in by_name))
            )
            for a in every
        )

    return Mailboxes(own=own, registry=registry, names=introduced)


def unsigned_text_checks(ctx: Context, checks: list[Check]) -> list[Check]:
    """`checks` with each passing `signed_content` made missing when the unsigned text says more."""
    passing = [c for c in checks if c.kind == "signed_content" and c.verdict is Outcome.PASS]
    if not passing or ctx.message is None:
        return checks
    signed_names = {str(c.evidence.get("document")) for c in passing}
    readings = [r for name in signed_names for r in ctx.bound_texts.get(name, [])]
    unsigned = collect(ctx, signed_names)
    text = "\n\n".join(t for t in unsigned.text if t.strip())
    problems = list(unsigned.unread) + disguises(text + "\n" + "\n".join(unsigned.ours))
    problems += bidi_overrides(text)
    if len(text) > MAX_CHARS:
        problems.append(
            f"the unsigned text is {len(text)} characters, more than the {MAX_CHARS} checked: "
            "a person must read it"
        )
    elif readings:
        exclude = _exclude(ctx)
        problems += [
            f
            for f in findings(
                text,
                readings,
                exclude,
                "\n\n".join(unsigned.ours),
                "\n\n".join(unsigned.glued),
                _mailboxes(ctx, checks),
            )
        ]
    if unsigned.annexes and readings:
        exclude = _exclude(ctx)
        mailboxes = _mailboxes(ctx, checks)
        for name, texts in unsigned.annexes.items():
            annex = "\n\n".join(t for t in texts if t.strip())
            problems += disguises(annex) + bidi_overrides(annex)
            if len(annex) > MAX_CHARS:
                problems.append(
                    f"the unsigned annex {name} is too long to check: a person must read it"
                )
                continue
            found = annex_findings(annex, readings, exclude, mailboxes)
            problems += [f"the unsigned annex {name}: {f}" for f in found]
        problems += annex_references([*readings, text])
    if not problems:
        return checks
    out: list[Check] = []
    for c in checks:
        if c not in passing:
            out.append(c)
            continue
        shown = "; ".join(problems[:6]) + (
            f"; and {len(problems) - 6} more" if len(problems) > 6 else ""
        )
        ev: dict[str, Any] = {
            **c.evidence,
            "unsigned": [*c.evidence.get("unsigned", []), *problems],
        }
        out.append(
            replace(
                c,
                verdict=Outcome.MISSING,
                detail=(
                    f"{c.evidence.get('document')}: the mail around the {c.evidence.get('signed')} "
                    f"says more than it: {shown}. The signature does not cover that text; a person "
                    "must read it, and what it asks is not authenticated"
                ),
                evidence=ev,
            )
        )
    return out
