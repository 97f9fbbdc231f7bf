"""Annexes: unsigned files beside a signed letter that ask for nothing.

A police letter often travels with its annexes: the victim's complaint, a
statement, a list of payments, all unsigned. What they name (the
complainant's account, the address the buyer wrote to, a phone number in a
screenshot) is not what the signed letter asks for. Read as part of the
request, every such name became a subject the signed letter "does not
state", and a genuine request was `incomplete`, its reply draft asking the
police to send again what they sent.

The request is built from authenticated content only (issue 11): so a value
that only an annex names is never a field of the request. `split` takes it
out of the fields before the signature checks judge them and returns it as an
`Annex` mention, which the verdict shows as unauthenticated
(`signatures.unauthenticated`) and a person may read; no data is given for
it. The mail body is not an annex: it is the sender's own words about this
request, and `router.signatures.unsigned` holds it to the signed text.

An attachment is an annex only when all of these hold (else it is read as
part of the request, as before, and the signed text must state what it
names):

- it is a file of the mail whose text the parse step read from a text layer
  or a document format (no page was OCR'd: a scan may be the signed letter
  itself, signed in ink, and is judged as one);
- its bytes carry no signature of any kind (a PDF signature dictionary, a
  CMS structure, an S/MIME label, a `.p7m`/`.p7s` name): a signed file is the
  letter, or a competing one;
- it asks for nothing: the extractors read no requested data from it, and no
  sentence of it asks (a request word) for a kind of personal data or to be
  sent, given, passed on anything;
- another attachment of the same mail carries a signature (the signed letter
  the annex is beside). Without one there is nothing authenticated to build
  the request from, and nothing changes.

`router.signatures.unsigned` still reads each annex as the checks' own
readers see it (text layer, pictures, annotations, what cannot be read) and
turns the signed letter's `signed_content` into `missing` when the annex asks
for something after all, hides text, redirects the answer, or when the
signed letter or the mail body asks for data "of the users in the annex"
(then the annex is the request, and it is unsigned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from parsers.cms import layers as cms_layers
from parsers.cues import Cues
from parsers.fields import TextView, extract_fields
from parsers.model import Category, Document
from router.signatures.binding import _norm, states
from router.signatures.unsigned_words import REQUEST

# A sentence that asks to be sent, given or answered something, or names data to be given.
GIVE = re.compile(
    r"\b(?:comunic\w*|transmit\w*|furniz\w*|inaint\w*|trimit\w*|pune\w*\s+la\s+dispozit\w*"
    r"|divulg\w*|dezvalu\w*|send|provide|disclose|share|forward"
    r"|submit|communicate|atas\w*|anexa?ti|includ\w*|adaug\w*|attach\w*|include\w*"
    # anything about our answer is asked of us: "atașați la răspuns …"
    r"|raspuns\w*|answer\w*|repl(?:y|ies))\b"
)
_DATA_WORDS = re.compile(
    r"\b(?:date(?:le|lor)?\s+(?:de|cu|personale|privind)|datele|parol\w*|iban\w*|cnp\w*"
    r"|conversat\w*|mesaj\w*|istoric\w*|log-?uri\w*|adres\w*\s+ip|identificare|password\w*"
    r"|personal\s+data|account\s+data|user\s+data|ip\s+address\w*|history|logs)\b"
)
# Words that say something is asked without asking ("Date solicitate: …", a table's head).
ASKED = re.compile(r"\b(?:solicitat\w*|solicitar\w*|cerut\w*|cerer\w*|requested|required)\b")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n\s*\n")
_SIGNATURE_TYPES = frozenset(
    {
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pkcs7-mime",
        "application/x-pkcs7-mime",
        "application/pgp-signature",
        "application/pgp-encrypted",
    }
)
_SIGNED_NAME = re.compile(r"\.(?:p7[msc]|sig|asc|asice|asics|sce|xades)$", re.IGNORECASE)
# What a PDF's signature dictionary or a signature field carries.
_PDF_SIGNATURE = re.compile(rb"/ByteRange|/Type\s*/Sig\b|/FT\s*/Sig\b|/SigFlags|/DocMDP|/Perms")
# A longer file is read as part of the request (its text is not searched for a request
# here: the extractors' budget would leave most of it unread).
MAX_ANNEX_CHARS = 200_000
# The kinds of field an annex may name without the signed letter stating them.
_MENTIONS = ("subjects", "transactions")


@dataclass(frozen=True, slots=True)
class Annex:
    """One unsigned annex and the values only it names (taken out of the request's fields)."""

    name: str
    sha256: str
    mentions: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.name,
            "sha256": self.sha256,
            "names": list(self.mentions),
            "authenticated": False,
        }


def _signed(name: str | None, content_type: str, data: bytes) -> bool:
    """Whether the file's bytes carry a signature of any kind (judged by the bytes first)."""
    if content_type.lower() in _SIGNATURE_TYPES or _SIGNED_NAME.search(name or ""):
        return True
    if _PDF_SIGNATURE.search(data):
        return True
    try:
        return bool(cms_layers(data))
    except Exception:  # noqa: BLE001 - bytes that do not parse as CMS carry no CMS signature
        return False


def asks(text: str, cues: Cues) -> bool:
    """Whether `text` asks for anything: requested data the extractors read, or a sentence
    with a request word that asks to be sent or given something, or names data."""
    view = TextView.of(text, ocr=False, vocabulary=cues.vocabulary)
    found = extract_fields(Category.LAW_ENFORCEMENT, view, cues, None)
    if found.get("requested_data"):
        return True
    folded = _norm(text)
    return any(
        (REQUEST.search(s) or ASKED.search(s)) and (GIVE.search(s) or _DATA_WORDS.search(s))
        for s in _SENTENCE.split(folded)
    )


def _value(item: Any) -> str:
    value = item.get("value") if isinstance(item, dict) else item
    return value.strip() if isinstance(value, str) else ""


def split(
    fields: dict[str, Any], doc: Document, cues: Cues
) -> tuple[dict[str, Any], tuple[Annex, ...]]:
    """`fields` without the values only an annex names, and the annexes with those values.

    Only for a mail with at least one signed attachment (see the module's docstring).
    """
    facts = doc.facts
    if facts is None or not doc.attachments:
        return fields, ()
    data = {leaf.sha256: leaf for leaf in facts.leaves}
    candidates: list[tuple[str, str, str]] = []
    others: list[str] = []
    signed_beside = False
    for att in doc.attachments:
        text = "\n\n".join(p.text for p in att.pages if p.text.strip())
        leaf = data.get(att.sha256)
        if leaf is None:
            # Not one of the mail's own parts (a file inside winmail.dat, an enclosed mail's):
            # read as part of the request.
            others.append(text)
            continue
        if _signed(att.filename, att.content_type, leaf.data):
            signed_beside = True
            others.append(text)
            continue
        read = bool(att.pages) and all(p.method != "ocr" for p in att.pages)
        if read and text.strip() and len(text) <= MAX_ANNEX_CHARS:
            candidates.append((att.filename or f"part-{leaf.index}", att.sha256, text))
        else:
            others.append(text)
    if not signed_beside or not candidates:
        return fields, ()
    # Only now, with a signed letter beside them, are the candidates read for a request.
    annexes: list[tuple[str, str, str]] = []
    for name, sha, text in candidates:
        if asks(text, cues):
            others.append(text)
        else:
            annexes.append((name, sha, text))
    if not annexes:
        return fields, ()
    own = [_norm(t) for t in [*(p.text for p in doc.pages), *others] if t.strip()]
    if doc.headers is not None and doc.headers.subject:
        own.append(_norm(doc.headers.subject))
    texts = [(name, sha, _norm(text)) for name, sha, text in annexes]
    mentioned: dict[str, list[str]] = {sha: [] for _, sha, _ in texts}
    out = dict(fields)
    for key in _MENTIONS:
        items = fields.get(key)
        if not isinstance(items, list):
            continue
        kept = []
        for item in items:
            value = _value(item)
            where = [sha for _, sha, text in texts if value and states(text, value)]
            if where and not any(states(t, value) for t in own):
                kind = item.get("kind") if isinstance(item, dict) else None
                label = f"{kind or 'user'} {value}" if key == "subjects" else f"transaction {value}"
                for sha in where:
                    mentioned[sha].append(label)
                continue
            kept.append(item)
        out[key] = kept
    found = tuple(Annex(name, sha, tuple(mentioned[sha])) for name, sha, _ in texts)
    return out, found
