"""How and where an official request wants its answer, and whether it is urgent.

The answer sentence is one that speaks of the answer ("răspunsul", "reply",
"response") or sends something "prin curier" / "în format electronic"; the
channel words inside it decide `electronic`, `courier` or `both`. The answer
address is the e-mail in that sentence, else what follows "la adresa" (minus a
", cu mențiunea ..." tail).
"""

from __future__ import annotations

import re

from ..cues import Cues
from .emails import find_emails
from .sentences import sentence_spans
from .textview import TextView

_ANSWER = re.compile(r"\b(?:raspuns\w*|raspund\w*|reply|response|answer)\b")
_SENDING = re.compile(
    r"\b(?:prin\s+curier\w*|prin\s+posta|in\s+format\s+(?:electronic|fizic|letric)|prin\s+e-?mail|pe\s+e-?mail|by\s+(?:e-?mail|courier|post)|pe\s+cale\s+electronica|transmis\w*\s+electronic|electronic\w*,?\s+la|pe\s+suport\s+(?:electronic|optic|de\s+hartie)"
    r"|(?:transmi[st]|comunica|trimi[st]|expedia|inainta)\w*\s+(?:la|pe)\s+adresa"
    # "Informațiile vor fi transmise exclusiv prin canalul securizat …": the data as the
    # subject of a sending verb
    r"|(?:informatiile|datele|documentele|raspunsul|acestea|ele)\s+(?:solicitate\s+)?(?:vor\s+fi|se\s+vor|urmeaza\s+sa\s+fie)"
    # ("vor fi transmise", "se vor transmite": either form of the verb)
    r"\s+(?:transmi[st]|comunica|trimi[st]|expedia|furniza|inainta|incarca|preda)\w*"
    # "încărcate pe platforma …", "upload them at https://…": the answer left on a web site
    # (asked of us: "vor fi încărcate", "să le încărcați", "please upload"; never what a
    # user did, "a încărcat anunțuri pe platformă", which a letter narrates)
    r"|(?:(?:vor\s+fi|urmeaza\s+sa\s+fie|se\s+vor)\s+incarca\w*|(?:sa\s+(?:le\s+|o\s+|il\s+)?)?incarcati"
    r"|please\s+upload|upload\s+(?:the|them|it)\b)\s+(?:\w+\s+){0,4}?(?:pe|in|prin|la|to|on|via)\s+"
    r"(?:platform|portal|link|aplicati|adresa|https?://)\w*)\b"
)
ELECTRONIC = re.compile(
    r"\b(?:electronic\w*|e-?mail|posta\s+electronica|email|(?:pe|prin)\s+mail|canal\w*\s+securizat\w*"
    r"|platform\w*\s+(?:securizat\w*|de\s+transfer|online)|https?://)"
)
COURIER = re.compile(
    r"\b(?:curier\w*|prin\s+posta|posta\s+(?:romana|recomandata)|scrisoare\s+recomandata|format\s+(?:fizic|letric|hartie)|pe\s+suport\s+de\s+hartie|courier|registered\s+mail|by\s+post)\b"
)
# "la adresa noastră nr. 123" / "adresa dumneavoastră nr." is a letter ("adresă"), not
# a place to answer to.
_ADDRESS = re.compile(
    r"\b(?:la|pe|catre)\s+adresa(?:\s+de\s+(?:e-?mail|corespondenta|posta))?"
    r"(?!\s+(?:noastra|dumneavoastra|dvs|d-voastra|nr\b|numarul|mentionata|sus))\s*:?\s*"
)
_TAIL = re.compile(
    r",\s*(?:cu\s+mentiunea|mentionand|cu\s+precizarea|indicand|specificand|with\s+reference)\b.*$",
    re.DOTALL,
)
# A postal address in the answer sentence ("prin curier la sediul nostru din Craiova,
# Str. Brestei nr. 12, județul Dolj"): the town before it ("din Craiova, "), the street
# and number, and what follows them (block, town, county or sector), as written.
_UP = "A-ZĂÂÎȘȚŞŢ"
_PLACE = rf"[{_UP}][\w-]+(?:(?:[ -]|[ \t]*\n[ \t]*)[{_UP}][\w-]+)?"  # a line may wrap in it
_STREET = re.compile(
    rf"(?:\b(?:din|în|in)\s+(?P<town>{_PLACE}),\s+)?"
    # (the street's word as typed: "Str." or "str.", "Bd." or "bd.")
    r"(?P<street>\b(?:(?i:str\.|strada|bd\.|b-dul|bulevardul)|Calea|[ȘŞS]os\.|[ȘŞS]oseaua|Aleea|Pia[țţt]a|Splaiul|Intrarea)"
    rf"\s+(?:(?:[{_UP}0-9][\w.'-]*|de|cu|lui|la)\s+){{0,5}}?nr\.?\s*[0-9]+[A-Za-z]?(?:-[0-9]+)?)"
    r"(?P<more>(?:,\s*(?:(?:bl|sc|et|ap)\.\s*\w+"
    rf"|(?:jude[țţt]ul|jud\.)\s+{_PLACE}|sector(?:ul)?\s+[0-9]|{_PLACE}(?=\s*(?:[,.;]|$))))*)",
    re.MULTILINE,
)
URGENT = re.compile(
    r"\b(?:urgen(?:t|ta|te|tei)|de\s+urgenta|cu\s+celeritate|cu\s+prioritate|in\s+regim\s+de\s+urgenta|asap|as\s+soon\s+as\s+possible|immediately"
    # a deadline in hours is urgency ("cu termen: 24 de ore", "în cel mult 48 de ore")
    r"|termen\w*\s*:?\s*(?:de\s+)?[0-9]{1,2}\s+(?:de\s+)?ore|in\s+(?:cel\s+mult\s+)?[0-9]{1,2}\s+(?:de\s+)?ore|within\s+[0-9]{1,2}\s+hours)\b"
)


def _answer_sentences(view: TextView) -> list[tuple[int, int]]:
    spans = sentence_spans(view.text, view.folded)
    chosen = [s for s in spans if _ANSWER.search(view.folded, s[0], s[1])]
    # "vă rugăm să ne răspundeți cu celeritate" says when, not how: sentences that
    # send something count beside those naming the answer.
    sending = [s for s in spans if s not in chosen and _SENDING.search(view.folded, s[0], s[1])]
    return sorted(chosen + sending) if chosen else sending


# A channel ruled out ("Nu transmiteți datele prin e-mail sau prin poștă", "do not send
# it by post"): to the end of its clause.
_RULED_OUT = re.compile(
    r"\b(?:nu|not|never)\s+(?:se\s+|le\s+|vor\s+fi\s+)?(?:\w+\s+){0,2}?"
    r"(?:transmit|trimit|expedi|comunic|furniz|send|sent|deliver)\w*[^.;]*"
)


def response_channel(view: TextView) -> str | None:
    """ "electronic", "courier", "both", or None when the letter does not say."""
    electronic = courier = False
    for a, b in _answer_sentences(view):
        said = _RULED_OUT.sub(lambda m: " " * len(m.group()), view.folded[a:b])
        # An answer sentence naming an e-mail address asks for the answer there, even
        # without a word for the channel ("Răspunsul la sic@...").
        electronic |= bool(ELECTRONIC.search(said) or find_emails(said, 0, len(said)))
        courier |= bool(COURIER.search(said))
    if electronic and courier:
        return "both"
    return "electronic" if electronic else ("courier" if courier else None)


# The addressee's line ("Către: OKAZII.RO …, Str. Frunzei nr. 29"): our own address.
_ADDRESSEE = re.compile(r"[ \t]*(?:catre|to|destinatar\w*|in\s+atentia)\b", re.IGNORECASE)


def _postal(view: TextView, a: int, b: int) -> str | None:
    """The postal address in [a, b), as written, or None (never on the addressee's line)."""
    for m in _STREET.finditer(view.text, a, b):
        line_start, _ = view.line_at(m.start())
        if _ADDRESSEE.match(view.folded, line_start) or _ADDRESSEE.match(
            view.folded, view.line_at(max(0, line_start - 1))[0]
        ):
            continue  # the letter's addressee (a wrapped "Către:" line above it too)
        start = m.start("town") if m.group("town") else m.start("street")
        return " ".join(view.text[start : m.end()].split()).strip(" .,;")
    return None


# A web address the answer is to be left at ("la adresa https://…/u/7QK2"), as written:
# up to a space, or a comma or full stop that ends it.
_LINK = re.compile(r"\bhttps?://[^\s<>()\"']+?(?=[.,;:!?]?(?:\s|$))")


def reply_to(view: TextView, cues: Cues) -> str | None:
    """Where to send the answer: an e-mail address, a web address to upload to, or a
    postal address, as written."""
    spans = sentence_spans(view.text, view.folded)
    for a, b in _answer_sentences(view):
        named = [(s, e) for s, _, e in find_emails(view.folded, a, b) if not cues.is_operator(e)]
        if not named:
            # No mailbox: a link the answer is to be uploaded to is where it goes.
            links = [
                m.group()
                for m in _LINK.finditer(view.text, a, b)
                if not cues.is_operator("x@" + _link_host(m.group()))
            ]
            if links:
                return links[0]
        if named:
            # The address the answer words lead to: a list whose items close with no
            # full stop runs into the answer sentence, and an e-mail named in the list
            # ("contul …, asociat adresei de e-mail x@gmail.com") comes before it.
            cue = _ANSWER.search(view.folded, a, b) or _SENDING.search(view.folded, a, b)
            after = [e for s, e in named if cue is not None and s >= cue.start()]
            return (after or [e for _, e in named])[0]
        # The address the answer words lead to, not one named before them (a sentence
        # that ran on from the heading through a list with no full stop holds both).
        cue = _ANSWER.search(view.folded, a, b) or _SENDING.search(view.folded, a, b)
        if (
            cue is not None
            and cue.start() > a
            and (found := _answer_place(view, spans, cue.start(), b))
        ):
            return found
        if found := _answer_place(view, spans, a, b):
            return found
    return None


def _link_host(url: str) -> str:
    return re.split(r"[/?#:]", url.split("://", 1)[-1].rpartition("@")[2], maxsplit=1)[0].lower()


def _answer_place(view: TextView, spans: list[tuple[int, int]], a: int, b: int) -> str | None:
    """The address ("la adresa …") or, for post and courier, the street address in [a, b)."""
    m = _ADDRESS.search(view.folded, a, b)
    if m:
        tail = _TAIL.search(view.folded, m.end(), b)
        value = view.text[m.end() : tail.start() if tail else b]
        value = " ".join(value.split()).strip(" .,;")
        if value:
            return value
    # Sent by post or courier to a street address; a sentence OCR broke at a blank
    # line (no full stop) goes on in the next one.
    if COURIER.search(view.folded, a, b):
        end = b
        if not view.text[a:b].rstrip().endswith((".", "!", "?")):
            end = next((nb for na, nb in spans if na >= b), b)
        if found := _postal(view, a, end):
            return found
    return None


def urgent(view: TextView) -> bool:
    """Whether the letter asks for urgency."""
    return bool(view.search(URGENT))
