"""Signed content: does a signed PDF itself state what the request asks for?

A valid signature proves who signed that PDF, not the mail text around it.
An old genuinely signed PDF attached to a mail whose unsigned body asks for
someone else's data must not vouch for the body. So when a signed PDF is to
satisfy the signature requirement, the request's key content — the case
number and every user named in `SignatureInput.fields` — must appear in the
text of the revision the signature covers (read here with pypdfium2, never
from the parse step), compared without diacritics, case or spacing.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import pypdfium2 as pdfium

from router.signatures.authority import fold
from router.signatures.evidence import Check, Outcome

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Folded (no diacritics, lower case) with every run of white space made one space."""
    return _SPACE.sub(" ", fold(text)).strip()


def states(text: str, value: str) -> bool:
    """Whether normalised `text` states `value` as a whole token (a line break may split it)."""
    chars = [re.escape(c) for c in _norm(value) if not c.isspace()]
    if not chars:
        return False
    pattern = r"(?<![a-z0-9])" + r"\s?".join(chars) + r"(?![a-z0-9])"
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


def check_binding(
    name: str, data: bytes, byte_range: list[int] | None, fields: dict[str, Any]
) -> Check:
    """`signed_content` for one validly signed PDF: pass when it states the request's key content."""
    wanted = key_content(fields)
    if not wanted:
        return Check(
            "signed_content",
            Outcome.MISSING,
            f"{name}: the request names no case number or user, so nothing ties it to the signed PDF",
            {"document": name},
        )
    try:
        text = _norm(signed_text(data, byte_range))
    except Exception as exc:  # noqa: BLE001 - an unreadable signed revision binds nothing
        log.info("cannot read the signed text of %s: %r", name, exc)
        return Check(
            "signed_content",
            Outcome.MISSING,
            f"{name}: the signed revision's text cannot be read ({exc}); the request's "
            "content is not shown to be signed",
            {"document": name},
        )
    unsigned = [(what, value) for what, value in wanted if not states(text, value)]
    ev: dict[str, Any] = {
        "document": name,
        "checked": [f"{w} {v}" for w, v in wanted],
        "unsigned": [f"{w} {v}" for w, v in unsigned],
    }
    if unsigned:
        names = ", ".join(f"{w} {v!r}" for w, v in unsigned)
        return Check(
            "signed_content",
            Outcome.MISSING,
            f"{name}: the signed PDF does not state {names}: that part of the request "
            "is unsigned (the signature covers another text)",
            ev,
        )
    return Check(
        "signed_content",
        Outcome.PASS,
        f"{name}: the signed PDF states the case number and every user the request names",
        ev,
    )
