"""Signed content: does what was signed itself state what the request asks for?

A valid signature proves who signed that PDF, not the mail text around it.
An old genuinely signed PDF attached to a mail whose unsigned body asks for
someone else's data must not vouch for the body. So when a signed PDF is to
satisfy the signature requirement, the request's key content — the case
number and every user named in `SignatureInput.fields` — must appear in the
text of the revision the signature covers (read here with pypdfium2, never
from the parse step), compared without diacritics, case or spacing.

The same rule binds S/MIME (the signed MIME entity's own text, `smime.py`)
and a signed and stamped scan attached to a mail (its own OCR text,
`check_scan_binding`; "_" may be lost by OCR). A scan on paper is the request
itself and needs no binding.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import pypdfium2 as pdfium

from parsers.normalize import clean
from parsers.repair import repair_ocr
from router.signatures.authority import fold
from router.signatures.evidence import Check, Outcome

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Folded (no diacritics, lower case) with every run of white space made one space."""
    return _SPACE.sub(" ", fold(text)).strip()


def states(text: str, value: str, ocr: bool = False) -> bool:
    """Whether normalised `text` states `value` as a whole token (a line break may split it).

    With `ocr`, an underscore of the value may also have been read as a space or
    dropped (Tesseract often loses "_" under a baseline); nothing else is guessed.
    """
    chars = ["_?" if ocr and c == "_" else re.escape(c) for c in _norm(value) if not c.isspace()]
    if not chars:
        return False
    # Whole token: no letter, digit, "_" or "@" may continue it ("x_ion_vanzator88" is another user).
    pattern = r"(?<![a-z0-9_@])" + r"\s?".join(chars) + r"(?![a-z0-9_@])"
    return re.search(pattern, text) is not None


def key_content(fields: dict[str, Any]) -> list[tuple[str, str]]:
    """(what, value) the signed text must state: the case number and each user concerned."""
    out: list[tuple[str, str]] = []
    case = fields.get("case_number")
    if isinstance(case, str) and case.strip():
        out.append(("case number", case.strip()))
    subjects = fields.get("subjects")
    for subject in subjects if isinstance(subjects, list) else []:
        value = subject.get("value") if isinstance(subject, dict) else subject
        if isinstance(value, str) and value.strip():
            kind = subject.get("kind") if isinstance(subject, dict) else None
            out.append((f"user ({kind})" if kind else "user", value.strip()))
    return out


def signed_text(data: bytes, byte_range: list[int] | None) -> str:
    """The text of the revision a signature covers (the whole file when its range is unknown)."""
    if byte_range and len(byte_range) == 4:
        end = int(byte_range[2]) + int(byte_range[3])
        if 0 < end <= len(data):
            data = data[:end]
    pdf = pdfium.PdfDocument(data)
    try:
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts)
    finally:
        pdf.close()


def bind(
    name: str,
    readings: list[str],
    fields: dict[str, Any],
    signed: str,
    *,
    ocr: bool = False,
    evidence: dict[str, Any] | None = None,
) -> Check:
    """`signed_content` from the texts of what a signature covers (`signed` names it).

    Each wanted value must be stated by one of `readings` (already normalised).
    """
    wanted = key_content(fields)
    ev: dict[str, Any] = {"document": name, "signed": signed, **(evidence or {})}
    if not wanted:
        return Check(
            "signed_content",
            Outcome.MISSING,
            f"{name}: the request names no case number or user, so nothing ties it to the {signed}",
            ev,
        )
    unsigned = [
        (what, value)
        for what, value in wanted
        if not any(states(text, value, ocr) for text in readings)
    ]
    ev["checked"] = [f"{w} {v}" for w, v in wanted]
    ev["unsigned"] = [f"{w} {v}" for w, v in unsigned]
    if unsigned:
        names = ", ".join(f"{w} {v!r}" for w, v in unsigned)
        return Check(
            "signed_content",
            Outcome.MISSING,
            f"{name}: the {signed} does not state {names}: that part of the request "
            "is unsigned (the signature covers another text)",
            ev,
        )
    return Check(
        "signed_content",
        Outcome.PASS,
        f"{name}: the {signed} states the case number and every user the request names",
        ev,
    )


def unreadable(name: str, signed: str, exc: BaseException) -> Check:
    """`signed_content` missing: the text of what the signature covers cannot be read."""
    log.info("cannot read the text of %s (%s): %r", name, signed, exc)
    return Check(
        "signed_content",
        Outcome.MISSING,
        f"{name}: the text of the {signed} cannot be read ({exc}); the request's "
        "content is not shown to be signed",
        {"document": name, "signed": signed},
    )


def check_binding(
    name: str, data: bytes, byte_range: list[int] | None, fields: dict[str, Any]
) -> Check:
    """`signed_content` for one validly signed PDF: pass when it states the request's key content."""
    if not key_content(fields):
        return bind(name, [], fields, "signed PDF")
    try:
        text = _norm(signed_text(data, byte_range))
    except Exception as exc:  # noqa: BLE001 - an unreadable signed revision binds nothing
        return unreadable(name, "signed PDF revision", exc)
    return bind(name, [text], fields, "signed PDF")


def ocr_readings(text: str) -> list[str]:
    """Normalised readings of OCR text: as read, and with Tesseract's usual damage repaired."""
    cleaned = clean(text)
    return [_norm(cleaned), _norm(repair_ocr(cleaned))]


def check_scan_binding(
    name: str, reading: dict[str, Any], block_text: str, fields: dict[str, Any]
) -> Check:
    """`signed_content` for a mailed scan whose signature block shows handwriting and a stamp.

    The ink proves at most that someone signed and stamped that paper, not the
    mail body around it: the scan's own OCR text must state the request's case
    number and every user. The text of the signature page is tried first; else
    every page the parse step kept of that file (its first and last OCR'd pages,
    `router.request.scan_readings`) — text read from the very bytes found here.
    """
    signed = "signed and stamped scan"
    wanted = key_content(fields)
    readings = ocr_readings(block_text)
    if not wanted or all(any(states(t, v, True) for t in readings) for _, v in wanted):
        return bind(name, readings, fields, signed, ocr=True, evidence={"pages_read": "block"})
    pages = [p for p in reading.get("read") or [] if isinstance(p.get("text"), str)]
    for page in pages:
        readings += ocr_readings(page["text"])
    readings.append(_norm("\n".join(p["text"] for p in pages)))  # a value split across pages
    return bind(
        name,
        readings,
        fields,
        signed,
        ocr=True,
        evidence={"pages_read": [p.get("number") for p in pages]},
    )
