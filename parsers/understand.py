"""`understand`: a Document to its category, confidence, reasons and fields.

A mail is judged on its subject and new text (the quoted history counts a
little, see `classify`), with its attachments; a forward's text is content.
Fields come from the same new text and attachments, and a field still missing
is looked for in the subject and quoted history.
"""

from __future__ import annotations

from .classify import classify
from .cues import Cues
from .fields import TextView, extract_fields, fill_missing
from .language import detect_language
from .model import Document, SourceKind, Understanding
from .normalize import clean
from .quoting import is_forward, split_reply
from .repair import repair_ocr, repair_words

PAGE_BREAK = "\n\f\n"  # kept by normalisation: lists and letterheads do not cross pages


def _parts(doc: Document) -> tuple[str, str]:
    """(new text, quoted history): mail bodies split, every other page is new text."""
    if doc.kind is not SourceKind.EMAIL:
        return PAGE_BREAK.join(p.text for p in doc.pages), ""
    forward = is_forward(doc.headers.subject if doc.headers else None)
    new: list[str] = []
    quoted: list[str] = []
    for page in doc.pages:
        fresh, old = split_reply(page.text, forward=forward)
        new.append(fresh)
        quoted.append(old)
    for att in doc.attachments:
        new.extend(p.text for p in att.pages)
    return PAGE_BREAK.join(t for t in new if t.strip()), "\n\n".join(t for t in quoted if t.strip())


def understand(doc: Document, cues: Cues) -> Understanding:
    """Classify `doc` and extract the fields of its category."""
    new, quoted = _parts(doc)
    ocr = doc.ocr_pages > 0
    # Classified on the repaired text too: cue words damaged by OCR or misspelt count.
    new = (
        repair_ocr(clean(new), cues.vocabulary)
        if ocr
        else repair_words(clean(new), cues.vocabulary)
    )
    subject = doc.headers.subject if doc.headers and doc.headers.subject else ""
    decision = classify(f"{subject}\n\n{new}" if subject else new, quoted, doc.headers, cues)
    view = TextView.of(new, ocr=ocr, vocabulary=cues.vocabulary)
    fields = extract_fields(decision.category, view, cues, doc.headers)
    if subject or quoted:
        backup = TextView.of(f"{subject}\n\n{quoted}", ocr=ocr, vocabulary=cues.vocabulary)
        fields = fill_missing(fields, extract_fields(decision.category, backup, cues, doc.headers))
    return Understanding(
        category=decision.category,
        confidence=decision.confidence,
        reasons=decision.reasons,
        fields=fields,
        language=detect_language(view.folded),
    )
