"""Fields of a complaint or a mediation request (REQUEST_SCHEMA.md).

complainant, transaction_id, counterparty, amount, delivery_guarantee, issue,
proposed_resolution; the issue vocabulary differs between the two categories
and comes from `Cues.issues`.
"""

from __future__ import annotations

import re
from typing import Any

from ..cues import Cues
from ..model import MailHeaders
from .amounts import AMOUNT, amount_from_match
from .numbers import transactions
from .people import complainant
from .sentences import sentence_of, sentence_spans
from .textview import TextView
from .usernames import mentions

_GUARANTEE = re.compile(r"\bgarantia\s+de\s+livrare\b|\bdelivery\s+guarantee\b")
_NEGATION = re.compile(r"\b(?:nu|fara|nici|in\s+afara|not|without|outside|no)\b")
# The amount the complaint is about: paid, or lost to a fraud ("I s-au retras 2.300 de lei
# de pe card" after "a vândut … cu 450 lei": the loss, not the price asked).
_PAID = re.compile(
    r"\b(?:platit|achitat|plata|valoare|pretul|pret|suma|sumei|costat|cost|paid|price|total"
    r"|retras\w*|retragere\w*|debitat\w*|prejudici\w*|pierdut|furat\w*|stolen|lost|withdrawn)\b"
)
_RESOLUTION_WORDS = re.compile(
    r"\b(?:returnare\w*|rambursa\w*|recuper\w*|banii|banilor|inlocuire\w*|schimb\w*|reducere\w*|despagubi\w*|"
    r"anulare\w*|restitui\w*|retur\w*|refund\w*|replacement|money\s+back|blocati|blocarea)\b"
)
_ASK = re.compile(
    r"\b(?:solicit|propun|doresc|as\s+dori|mi-as\s+dori|as\s+vrea|as\s+prefera|vreau|cer|va\s+rog|te\s+rog|rog|astept"
    r"|i\s+want|i\s+would\s+like|please|i\s+request|i\s+propose)\b"
)


# "Electro Depozit Ploiești SRL (cont vânzător electro_depozit_ph)": a party's name, then
# its account in brackets (folded text up to the mention).
_NAMED_ACCOUNT = re.compile(r"(?P<name>[a-z][\w.-]*(?:\s+[\w.-]+){1,5})\s*\((?:[^()\n]{0,40}\s)?$")
# How much of the letter's end is its closing and signature.
_CLOSING_CHARS = 300


def _signs(view: TextView, start: int) -> bool:
    """Whether the mention at `start` is the account of the party that signs the letter:
    the name written before it, in brackets, is in the letter's closing lines."""
    m = _NAMED_ACCOUNT.search(view.folded, max(0, start - 120), start)
    if m is None:
        return False
    name = " ".join(m.group("name").split())
    # the letter's end, after the mention itself
    closing = " ".join(view.folded[max(start, len(view.folded) - _CLOSING_CHARS) :].split())
    # its last three words at least ("… de la Electro Depozit Ploiești SRL" signed
    # "Electro Depozit Ploiești SRL"; "Trading SRL" alone is anyone's)
    words = name.split()
    least = min(3, len(words))
    return any(
        f" {' '.join(words[i:])} " in f" {closing} "
        for i in range(max(0, len(words) - 4), len(words) - least + 1)
    )


def counterparty(view: TextView) -> str | None:
    """The other party's username: named as seller/buyer first, else any user who is not the writer."""
    found = mentions(view)
    own = {m.value.lower() for m in found if m.role == "self" or _signs(view, m.start)}
    for role in ("counterparty", "user"):
        for mention in found:
            if mention.role == role and mention.value.lower() not in own:
                return mention.value
    return None


def amount(view: TextView) -> dict[str, str] | None:
    """The amount paid: one in a sentence about paying or price first, else the first."""
    spans = sentence_spans(view.text, view.folded)
    first = None
    for m in view.finditer(AMOUNT):
        value = amount_from_match(m)
        if value is None:
            continue
        first = first or value
        sentence = sentence_of(spans, m.start()) or (m.start(), m.end())
        if _PAID.search(view.folded, max(sentence[0], m.start() - 80), m.start() + 1):
            return value
    return first


def delivery_guarantee(view: TextView) -> bool | None:
    """True when the Delivery Guarantee is named as used or applying, False when negated, None if unnamed."""
    verdicts = []
    for m in view.finditer(_GUARANTEE):
        # Only the 50 characters before the name are read: look no further back for the
        # clause's start (an unbounded look back made a long line quadratic).
        low = max(0, m.start() - 51)
        clause_start = max(view.folded.rfind(ch, low, m.start()) for ch in ".,;!?\n")
        window = view.folded[max(clause_start + 1, m.start() - 50) : m.start()]
        verdicts.append(not _NEGATION.search(window))
    if not verdicts:
        return None
    return any(verdicts)


def issue(view: TextView, cues: Cues, category: str) -> str:
    """The first issue (in the cues' order) with a matching phrase, else "other"."""
    for name, phrases in cues.issues.get(category, {}).items():
        if any(view.search(c.pattern) for c in phrases):
            return name
    return "other"


# Asking reported in the third person ("Petenta solicită restituirea sumei achitate", an
# authority forwarding a petition): what is asked is the words after the verb.
_ASKS_REPORTED = re.compile(
    r"\b(?:petent(?:ul|a)|reclamant(?:ul|a)|consumator(?:ul|ea)"
    r"|(?:the\s+)?(?:petitioner|complainant|consumer))\s+"
    r"(?:solicita|cere|doreste|propune|asks\s+for|requests|wants|asks\s+that|proposes)\s+"
)


def proposed_resolution(view: TextView) -> str | None:
    """What the writer asks for, as written: from the asking verb to the end of its sentence;
    failing that, what a petition reports its writer asks ("petenta solicită …": the words
    after the verb)."""
    spans = sentence_spans(view.text, view.folded)
    own = _asked(view, spans)
    if own is not None:
        return own
    for m in view.finditer(_ASKS_REPORTED):
        end = sentence_of(spans, m.start())
        if end is not None and _RESOLUTION_WORDS.search(view.folded, m.end(), end[1]):
            return _tidy(view.text[m.end() : end[1]])
    return None


def _asked(view: TextView, spans: list[tuple[int, int]]) -> str | None:
    """The writer's own ask: from the asking verb to the end of its sentence."""
    fallback = None
    for a, b in spans:
        if not _RESOLUTION_WORDS.search(view.folded, a, b):
            continue
        ask = None
        # The last place a resolution word starts, found once: "is one after this
        # asking verb?" is then a comparison, not a search to the sentence's end
        # for every verb.
        last = None
        for found in _RESOLUTION_WORDS.finditer(view.folded, a, b):
            last = found
        for m in _ASK.finditer(view.folded, a, b):
            if last is None:
                break
            if m.end() <= last.start() or (
                m.end() < last.end() and _RESOLUTION_WORDS.search(view.folded, m.end(), b)
            ):
                ask = m
                break
        if ask:
            return _tidy(view.text[ask.start() : b])
        fallback = fallback or None
    return fallback


def _tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" .;,")
    return re.sub(r"^(?:propun o soluție|propun o solutie)\s*:\s*", "", text, flags=re.IGNORECASE)


def complaint_fields(
    view: TextView, cues: Cues, headers: MailHeaders | None, category: str
) -> dict[str, Any]:
    tx = transactions(view)
    return {
        "complainant": complainant(view, cues, headers),
        "transaction_id": tx[0] if tx else None,
        "counterparty": counterparty(view),
        "amount": amount(view),
        "delivery_guarantee": delivery_guarantee(view),
        "issue": issue(view, cues, category),
        "proposed_resolution": proposed_resolution(view),
    }
