"""`understand`: a Document to its category, confidence, reasons and fields.

A mail is judged on its subject and new text (the quoted history counts a
little, see `classify`), with its attachments; a forward's text is content.
Fields come from the same new text and attachments, and a field still missing
is looked for in the subject and quoted history.

Only a budget of the text is read (`cues.TextBudget`: its start and its end),
so that one long letter cannot hold a worker for minutes (issue 13); what is
left out is recorded as a defect, and the stored original keeps all of it.
"""

from __future__ import annotations

from dataclasses import replace

from .classify import classify
from .cues import Cues, TextBudget
from .fields import TextView, extract_fields, fill_missing
from .language import detect_language
from .learned import load_model
from .model import Category, Document, SourceKind, Understanding
from .normalize import clean
from .quoting import is_forward, split_reply
from .repair import TYPED_EDITS, repair_ocr, repair_words

PAGE_BREAK = "\n\f\n"  # kept by normalisation: lists and letterheads do not cross pages
# A cut is moved to a line break this close to it, so no line is read in half.
_LINE_SLACK = 2048


def window(text: str, head: int, tail: int) -> tuple[str, int]:
    """(what analysis reads of `text`, how many characters it leaves out).

    The first `head` and the last `tail` characters, each cut at a line break
    near the limit, joined by a page break (a list or a letterhead does not run
    from one into the other). `head` 0: the whole text.
    """
    if head <= 0 or len(text) <= head + tail:
        return text, 0
    start = text[:head]
    nl = start.rfind("\n", max(0, head - _LINE_SLACK))
    if nl > 0:
        start = start[:nl]
    end = text[len(text) - tail :] if tail > 0 else ""
    nl = end.find("\n", 0, _LINE_SLACK)
    if nl >= 0:
        end = end[nl + 1 :]
    kept = (start + PAGE_BREAK + end) if end else start
    return kept, len(text) - len(start) - len(end)


def _cut(text: str, what: str, head: int, tail: int, defects: list[str]) -> str:
    kept, left_out = window(text, head, tail)
    if left_out:
        read = f"the first {head:,}" + (f" and the last {tail:,}" if tail else "")
        defects.append(
            f"text budget: analysis read {read} of the {len(text):,} characters of {what}; "
            f"{left_out:,} characters were not classified nor searched for fields "
            "(they are kept in the stored original)"
        )
    return kept


def _parts(doc: Document, budget: TextBudget, defects: list[str]) -> tuple[str, str]:
    """(new text, quoted history): mail bodies split, every other page is new text.

    Each within the budget: a body is cut before it is split (the split reads every
    line), the new text as a whole after, the history to its first characters.
    """
    head, tail = budget.head_chars, budget.tail_chars
    if doc.kind is not SourceKind.EMAIL:
        text = PAGE_BREAK.join(p.text for p in doc.pages)
        return _cut(text, "the text", head, tail, defects), ""
    forward = is_forward(doc.headers.subject if doc.headers else None)
    new: list[str] = []
    quoted: list[str] = []
    for page in doc.pages:
        body = _cut(page.text, "the mail body", head, tail, defects)
        fresh, old = split_reply(body, forward=forward)
        new.append(fresh)
        quoted.append(old)
    for att in doc.attachments:
        new.extend(p.text for p in att.pages)
    text = PAGE_BREAK.join(t for t in new if t.strip())
    history = "\n\n".join(t for t in quoted if t.strip())
    return (
        _cut(text, "the new text and the attachments", head, tail, defects),
        _cut(history, "the quoted history", budget.quoted_chars, 0, defects),
    )


def _letter(doc: Document, budget: TextBudget) -> str:
    """A mail's documents (PDF and image attachments) as one text, within the budget."""
    if doc.kind is not SourceKind.EMAIL:
        return ""
    text = PAGE_BREAK.join(
        p.text
        for att in doc.attachments
        for p in att.pages
        if p.method in ("text_layer", "ocr") and p.text.strip()
    )
    return window(text, budget.head_chars, budget.tail_chars)[0] if text else ""


def understand(doc: Document, cues: Cues, budget: TextBudget | None = None) -> Understanding:
    """Classify `doc` and extract the fields of its category.

    Reads at most `budget` (default: the cues' own, `Cues.budget`) of the text;
    what it leaves out is said in `Understanding.defects`.
    """
    budget = cues.budget if budget is None else budget
    defects: list[str] = []
    new, quoted = _parts(doc, budget, defects)
    ocr = doc.ocr_pages > 0
    # Classified on the repaired text too: cue words damaged by OCR or misspelt count.
    new = (
        repair_ocr(clean(new), cues.vocabulary)
        if ocr
        # A typed word of the language is the writer's, never "repaired" into another:
        # "astfel cum" (as) is no "altfel cum" (otherwise), round 16.
        else repair_words(clean(new), cues.vocabulary, TYPED_EDITS, typed=True, keep_names=True)
    )
    subject = doc.headers.subject if doc.headers and doc.headers.subject else ""
    subject = _cut(subject, "the subject", budget.subject_chars, 0, defects)
    letter = _letter(doc, budget)
    decision = classify(
        f"{subject}\n\n{new}" if subject else new,
        quoted,
        doc.headers,
        cues,
        documents=letter,
        model=load_model() if cues.learned_weight > 0 else None,
    )
    view = TextView.of(new, ocr=ocr, vocabulary=cues.vocabulary)
    headers = doc.headers
    if headers is not None and subject != (headers.subject or ""):
        headers = replace(headers, subject=subject)  # the extractors read the subject too
    fields = extract_fields(decision.category, view, cues, headers)
    if letter and decision.category is Category.LAW_ENFORCEMENT:
        # An official request mailed as a document: the letter states its fields, the
        # mail around it (a clerk's cover note, a quoted thread) only fills what the
        # letter leaves out; the signature checks bind the letter, not the cover.
        letter = (
            repair_ocr(clean(letter), cues.vocabulary)
            if ocr
            else repair_words(
                clean(letter), cues.vocabulary, TYPED_EDITS, typed=True, keep_names=True
            )
        )
        own = TextView.of(letter, ocr=ocr, vocabulary=cues.vocabulary)
        fields = fill_missing(extract_fields(decision.category, own, cues, headers), fields)
    if subject or quoted:
        backup = TextView.of(f"{subject}\n\n{quoted}", ocr=ocr, vocabulary=cues.vocabulary)
        fields = fill_missing(fields, extract_fields(decision.category, backup, cues, headers))
    return Understanding(
        category=decision.category,
        confidence=decision.confidence,
        reasons=decision.reasons,
        fields=fields,
        language=detect_language(view.folded),
        defects=tuple(defects),
    )
