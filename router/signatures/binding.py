"""Signed content: the request is built from authenticated content only.

A valid signature proves who signed that PDF, not the mail text around it.
An old genuinely signed PDF attached to a mail whose unsigned body asks for
more (passwords, an IBAN, conversations) must not vouch for the body. So when
a signed PDF is to satisfy the signature requirement, every field of the
request that matters — case number, reference number and date, users,
transactions, each requested data item, the period — must be stated by the
revision the signature covers (its text read here with pypdfium2, never from
the parse step; an image-only signed revision is rendered and OCR'd here),
either word for word (compared without diacritics, case or spacing) or as the
same value the field extractors read from the signed text alone. Anything
else is unsigned: the evidence names it and the request is not verified.

The same rule binds S/MIME (the signed MIME entity's own text, `smime.py`)
and a signed and stamped scan attached to a mail (its own OCR text,
`check_scan_binding`; "_" may be lost by OCR). A scan on paper is the request
itself and needs no binding.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import replace
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from parsers.cues import Cues
from parsers.fields import TextView, extract_fields
from parsers.fields.dates import MONTHS
from parsers.fields.requested import TRIGGER
from parsers.model import Category
from parsers.normalize import clean
from parsers.options import ExtractOptions
from parsers.pdf import _PDFIUM_LOCK, read_pdf
from parsers.repair import repair_ocr
from router.policy import heading_lines
from router.signatures.authority import fold
from router.signatures.countersign import approval_lines
from router.signatures.evidence import Check, Outcome
from router.signatures.stamptext import letter_pages

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")
# A word broken at a line's end by a hyphen ("conec-" / "tare"). It may be a
# hyphenated word ("Cluj-" / "Napoca") or one word cut in two, so it becomes a
# soft hyphen that a value's "-" or no character at all may match.
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010\u2011][ \t]*\r?\n\s*(?=[^\W\d_])")
_SOFT = "\u00ad"
# Typography a letter and the extractors' rewriting of it may not share.
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_QUOTES = re.compile(r"[\"'`\u00ab\u00bb\u2018-\u201f\u2039\u203a\u2032\u2033]")
# A thousands separator: "1.077.452" and "1 077 452" are the number 1077452.
_THOUSANDS = re.compile(r"(?<=\d)[.\u00a0\u202f \n](?=\d{3}(?!\d))")


def _norm(text: str) -> str:
    """A text as compared: folded (no diacritics, lower case), typography and layout undone.

    Dashes become "-", quotes go, thousands separators go ("1.077.452" is
    "1077452"), a word hyphenated at a line's end becomes one soft-hyphenated
    word, and every run of white space is one space. The signed text and the
    value asked for are both read this way, so the extractors' rewriting of a
    value (a dash or quote normalised, a separator dropped) still finds it.
    """
    text = _LINE_HYPHEN.sub(_SOFT, text)
    text = _QUOTES.sub(" ", _DASHES.sub("-", fold(text)))
    # A run of white space holding a line break stays one: a token may wrap there.
    text = _SPACE.sub(lambda m: "\n" if "\n" in m.group() else " ", text)
    return _THOUSANDS.sub("", text).strip()


def _char(c: str, ocr: bool) -> str:
    if c == "-":
        return "[-\u00ad]"
    return "_?" if ocr and c == "_" else re.escape(c)


def states(text: str, value: str, ocr: bool = False) -> bool:
    """Whether normalised `text` states `value` as a whole token (a line break may split it).

    Between two characters of the value the text may have one space or a soft
    hyphen (a line break, a word hyphenated at a line's end). With `ocr`, an
    underscore of the value may also have been read as a space or dropped
    (Tesseract often loses "_" under a baseline); nothing else is guessed.
    """
    pattern = _pattern(value, ocr)
    return pattern is not None and re.search(pattern, text) is not None


def _pattern(value: str, ocr: bool) -> str | None:
    """The regular expression `states` looks for `value` with (None for an empty value).

    Where the value has a space, or beside its punctuation ("4567 / P / 2026"), the
    text may have a space or a line break; between two letters or digits only a
    line break (a long token wrapped) or a soft hyphen: "Popescu Ion" does not
    state the username "popescuion". OCR splits words anywhere: any space there.
    """
    value = _norm(value).replace(_SOFT, "-")
    # An identifier written compact (an IBAN, a phone number, a CNP: 8 or more letters and
    # digits, with a digit) is often grouped by spaces in a letter ("RO31 RNCB 0168 …").
    grouped = len(value) >= 8 and value.isalnum() and any(c.isdigit() for c in value)
    out = ""
    prev = ""
    spaced = False
    for c in value:
        if c.isspace():
            spaced = True
            continue
        if prev:
            loose = spaced or ocr or grouped or not (prev.isalnum() and c.isalnum())
            out += r"[\s\u00ad]?" if loose else r"[\n\u00ad]?"
        out += _char(c, ocr)
        prev, spaced = c, False
    if not out:
        return None
    # Whole token: no letter, digit, "_" or "@" may continue it ("x_ion_vanzator88" is another
    # user), nor a ".", "/" or "-" joined to more of it (the user id 2026 is not "12.11.2026"
    # nor "4567/P/2026").
    return r"(?<![a-z0-9_@])(?<![a-z0-9][./-])" + out + r"(?![a-z0-9_@])(?![./-][a-z0-9])"


# An item that ends by naming whose data it is: "… ale utilizatorului ion_pop".
_OF_WHOM = re.compile(
    r"\s+(?:(?:ale|al|a|ai)\s+)?(?:utilizatorului|utilizatorilor|contului|conturilor|"
    r"titularului|titularilor)\s+(\S+)$"
)
# What may stand between the signed item and its owner: words only (no other
# user, number or address), in the same sentence, ending on the genitive that
# makes the owner's the data ("… și istoricul tranzacțiilor ale utilizatorului").
_GENITIVE_END = re.compile(
    r"\b(?:utilizatorului|utilizatorilor|contului|conturilor|titularului|titularilor)\s*$"
)
_BREAK = re.compile(r"[;:]|\.\s|\s[a-z0-9]\)\s|\s-\s")


def _owner_restated(value: str, readings: list[str], subjects: set[str], ocr: bool) -> bool:
    """A requested item restated with its owner ("the X of user U") that the signed text asks.

    A cover note cuts items its own way: "datele de identificare ale utilizatorului
    U" where the signed letter asks "datele de identificare și istoricul
    tranzacțiilor ale utilizatorului U". The item counts as signed when its data
    ("datele de identificare") is stated word for word, U is a user of the
    request, and in the same sentence of the signed text the data is followed by
    U in the genitive (its owner) with no other user, number or address between
    them: "… cu utilizatorul U" (with U) or "… ale utilizatorului V și U" is
    another request.
    """
    m = _OF_WHOM.search(_norm(value))
    if m is None:
        return False
    data, owner = _norm(value)[: m.start()], m.group(1).rstrip(".,;")
    if len(data.split()) < 2 or _key(owner) not in subjects:
        return False
    data_at, owner_at = _pattern(data, ocr), _pattern(owner, ocr)
    if data_at is None or owner_at is None:
        return False
    for text in readings:
        for found in re.finditer(data_at, text):
            after = text[found.end() : found.end() + 160]
            who = re.search(owner_at, after)
            if who is None:
                continue
            between = after[: who.start()]
            if _BREAK.search(between) or re.search(r"[0-9_@]", between):
                continue
            if _GENITIVE_END.search(between):
                return True
    return False


def _texts(value: Any) -> list[str]:
    return [value.strip()] if isinstance(value, str) and value.strip() else []


def key_content(fields: dict[str, Any]) -> list[tuple[str, str]]:
    """(what, value) the signed content must state: every field of the request that matters."""
    out: list[tuple[str, str]] = []
    out += [("case number", v) for v in _texts(fields.get("case_number"))]
    out += [("reference number", v) for v in _texts(fields.get("reference_number"))]
    out += [("reference date", v) for v in _texts(fields.get("reference_date"))]
    subjects = fields.get("subjects")
    for subject in subjects if isinstance(subjects, list) else []:
        value = subject.get("value") if isinstance(subject, dict) else subject
        kind = subject.get("kind") if isinstance(subject, dict) else None
        out += [(f"user ({kind})" if kind else "user", v) for v in _texts(value)]
    for kind, what in (("transactions", "transaction"), ("requested_data", "requested data")):
        items = fields.get(kind)
        for item in items if isinstance(items, list) else []:
            out += [(what, v) for v in _texts(item)]
    period = fields.get("period")
    if isinstance(period, dict) and (period.get("from") or period.get("to")):
        out.append(("period", f"{period.get('from')}..{period.get('to')}"))
    return out


def _key(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(value))


@functools.lru_cache(maxsize=1)
def _cues() -> Cues:
    return Cues.default()


def signed_values(readings: list[str], ocr: bool = False) -> set[tuple[str, str]]:
    """(what, key) of every field the extractors read from the signed texts alone."""
    out: set[tuple[str, str]] = set()
    for text in readings:
        view = TextView.of(text, ocr=ocr, vocabulary=_cues().vocabulary)
        found = extract_fields(Category.LAW_ENFORCEMENT, view, _cues(), None)
        out |= {(what, _vkey(what, v)) for what, v in key_content(found)}
    return out


def _vkey(what: str, value: str) -> str:
    """How two values of a field are compared: letters and digits, and for a username its
    separators too ("ion.vanzator88" is another account than "ion_vanzator88")."""
    if "username" in what:
        return re.sub(r"[^a-z0-9._-]", "", fold(value))
    return _key(value)


# The Romanian month names, as the date extractor knows them (its first name for each month).
_MONTHS = [next(name for name, n in MONTHS.items() if n == month) for month in range(1, 13)]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def date_forms(iso: str) -> list[str]:
    """The ways a Romanian letter writes an ISO date: 05.11.2026, 5/11/2026, 5 XI 2026, 5 noiembrie 2026…"""
    y, m, d = iso.split("-")
    month = int(m)
    if not 1 <= month <= 12:
        return []
    days = sorted({d, str(int(d))})
    out = [
        f"{day}{sep}{mm}{sep}{y}" for day in days for mm in sorted({m, str(month)}) for sep in "./-"
    ]
    for name in (_ROMAN[month - 1], _MONTHS[month - 1]):
        out += [f"{day} {name} {y}" for day in days] + [f"{day}.{name}.{y}" for day in days]
    return out


# The end of a sentence: not an abbreviation's full stop, nor a list marker's ("2.", "c.").
_SENTENCE_END = re.compile(
    r"(?<!\s[0-9])(?<!\s[0-9]{2})(?<!^[0-9])(?<!\s[a-z])(?<!^[a-z])"
    # "s.r.l.", "c.proc.pen.": the last part of a dotted abbreviation ends no sentence
    r"(?<!\.[a-z])(?<!\.[a-z]{2})(?<!\.[a-z]{3})(?<!\.[a-z]{4})"
    r"(?<!\bnr)(?<!\bart)(?<!\balin)(?<!\blit)(?<!\bpct)(?<!\bstr)(?<!\bcod)"
    r"(?<!\bdl)(?<!\bdna)(?<!\btel)(?<!\bp)"
    # "transactions no. 88431206", "ref. 55", "jud. Cluj", "mun. Turda", "sect. 4"
    # "Nr. crt." heading a table's numbering column, "ex." for "exemplu"
    r"(?<!\bno)(?<!\bref)(?<!\bjud)(?<!\bmun)(?<!\bsect)(?<!\bcrt)(?<!\bex)"
    # a Roman list marker ("II.", "iv."), as an Arabic one: the list goes on
    r"(?<!\s[ivxIVX]{2})(?<!\s[ivxIVX]{3})(?<!\s[ivxIVX]{4})[.!?](?=\s)"
)


def _asked_here(text: str, start: int) -> bool:
    """Whether a request verb asks, in the sentence or list that reaches `start`."""
    head = text[max(0, start - 2000) : start]
    ends = list(_SENTENCE_END.finditer(head))
    sentence = head[ends[-1].end() :] if ends else head
    return TRIGGER.search(sentence) is not None


def _asked(value: str, readings: list[str], ocr: bool) -> bool | None:
    """Whether the signed texts state a data item as asked for (None: never word for word).

    The item must stand in the sentence or list that asks (after a request
    verb), not only be mentioned ("adresele IP folosite aparțin unui furnizor").
    """
    pattern = _pattern(value, ocr)
    if pattern is None:
        return None
    seen = False
    for text in readings:
        for m in re.finditer(pattern, text):
            seen = True
            if _asked_here(text, m.start()):
                return True
    return False if seen else None


def _stated(what: str, value: str, readings: list[str], ocr: bool) -> bool:
    """Whether the signed texts state `value` word for word (an ISO date in any Romanian form)."""
    values = [value]
    if what == "reference date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        values += date_forms(value)
    return any(states(text, v, ocr) for text in readings for v in values)


def _answer_stated(value: str, readings: list[str], ocr: bool) -> bool:
    """Whether the signed texts state where to answer: the address word for word, or as read."""
    if _stated("reply to", value, readings, ocr):
        return True
    cues = _cues()
    for text in readings:
        view = TextView.of(text, ocr=ocr, vocabulary=cues.vocabulary)
        found = extract_fields(Category.LAW_ENFORCEMENT, view, cues, None).get("reply_to")
        if isinstance(found, str) and _key(found) == _key(value):
            return True
    return False


def signed_text(data: bytes, byte_range: list[int] | None) -> str:
    """The text of the revision a signature covers (the whole file when its range is unknown)."""
    if byte_range and len(byte_range) == 4:
        end = int(byte_range[2]) + int(byte_range[3])
        if 0 < end <= len(data):
            data = data[:end]
    return "\n".join(page_texts(data))


def annotated_pages(data: bytes) -> list[int]:
    """The (1-based) pages of a PDF that carry annotations a viewer draws over the page
    (free text, notes, stamps, form fields…; links and pop-ups are not content)."""
    quiet = {pdfium_c.FPDF_ANNOT_LINK, pdfium_c.FPDF_ANNOT_POPUP}
    out = []
    with _PDFIUM_LOCK:  # PDFium is not thread-safe; the parse step's threads share it
        pdf = pdfium.PdfDocument(data)
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                for k in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
                    annot = pdfium_c.FPDFPage_GetAnnot(page.raw, k)
                    kind = pdfium_c.FPDFAnnot_GetSubtype(annot)
                    pdfium_c.FPDFPage_CloseAnnot(annot)
                    if kind not in quiet:
                        out.append(i + 1)
                        break
                page.close()
        finally:
            pdf.close()
    return out


def page_texts(data: bytes) -> list[str]:
    """The text layer of each page of a PDF (pypdfium2), in order."""
    parts = []
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                textpage = page.get_textpage()
                parts.append(textpage.get_text_range())
                textpage.close()
                page.close()
        finally:
            pdf.close()
    return parts


def bind(
    name: str,
    readings: list[str],
    fields: dict[str, Any],
    signed: str,
    *,
    ocr: bool = False,
    evidence: dict[str, Any] | None = None,
    keep: dict[str, list[str]] | None = None,
) -> Check:
    """`signed_content` from the texts of what a signature covers (`signed` names it).

    Each wanted value must be stated by one of `readings` (already normalised).
    On a pass, `keep[name]` gets the readings (the signed text the rest of the
    mail is read against, `router.signatures.unsigned`).
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
    extracted: set[tuple[str, str]] | None = None
    unsigned = []
    subjects = {_key(v) for w, v in wanted if w.startswith("user")}
    for what, value in wanted:
        # A data item must be stated as asked for, not only mentioned in passing.
        asked = _asked(value, readings, ocr) if what == "requested data" else None
        if _stated(what, value, readings, ocr) and asked is not False:
            continue
        if what == "requested data" and _owner_restated(value, readings, subjects, ocr):
            continue
        if extracted is None:  # the extractors' reading of the signed text, only when needed
            extracted = signed_values(readings, ocr)
        if (what.split(" (")[0], _vkey(what, value)) not in {
            (w.split(" (")[0], k) for w, k in extracted
        }:
            unsigned.append((what, value))
    ev["checked"] = [f"{w} {v}" for w, v in wanted]
    ev["unsigned"] = [f"{w} {v}" for w, v in unsigned]
    answer = _texts(fields.get("reply_to"))
    if answer:
        # Where to answer: stated by the signed text, or it must be the authority's own
        # address (judged with the registry, `router.signatures.covernote`).
        ev["reply_to"] = answer[0]
        ev["reply_to_signed"] = _answer_stated(answer[0], readings, ocr)
    if unsigned:
        names = ", ".join(f"{w} {v!r}" for w, v in unsigned)
        return Check(
            "signed_content",
            Outcome.MISSING,
            f"{name}: the {signed} does not state {names}: that part of the request "
            "is unauthenticated (the signature covers another text)",
            ev,
        )
    if keep is not None:
        keep.setdefault(name, []).extend(readings)
    return Check(
        "signed_content",
        Outcome.PASS,
        f"{name}: the {signed} states every field of the request (case, reference, users, "
        "transactions, data requested, period)",
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


def signed_revision(data: bytes, byte_range: list[int] | None) -> bytes:
    """The bytes of the revision a signature covers (the whole file when its range is unknown)."""
    if byte_range and len(byte_range) == 4:
        end = int(byte_range[2]) + int(byte_range[3])
        if 0 < end <= len(data):
            return data[:end]
    return data


def _ocr_revision(data: bytes) -> str:
    """The signed revision rendered and OCR'd (a scanned-and-signed letter has no text layer)."""
    pages, _ = read_pdf(data, replace(ExtractOptions(), defer_ink=True))
    return "\n".join(p.text for p in pages)


def check_binding(
    name: str,
    data: bytes,
    byte_range: list[int] | None,
    fields: dict[str, Any],
    keep: dict[str, list[str]] | None = None,
    signed: str = "signed PDF",
) -> Check:
    """`signed_content` for one validly signed PDF: pass when it states the request's key content.

    An image-only signed revision (no text layer worth the name) is bound
    through OCR of that very revision, forgiving what OCR usually loses.
    """
    if not key_content(fields):
        return bind(name, [], fields, signed, keep=keep)
    revision = signed_revision(data, byte_range)
    try:
        text = signed_text(revision, None)
        if len(re.sub(r"\W", "", text)) >= 20:
            # The heading the signed revision itself states: whose letter it is.
            return bind(
                name,
                [_norm(text)],
                fields,
                signed,
                evidence={"heading": heading_lines(text), "approvals": approval_lines(text)},
                keep=keep,
            )
        ocr = _ocr_revision(revision)
    except Exception as exc:  # noqa: BLE001 - an unreadable signed revision binds nothing
        return unreadable(name, "signed PDF revision", exc)
    return bind(
        name,
        ocr_readings(ocr),
        fields,
        signed,
        ocr=True,
        evidence={
            "read_by": "ocr",
            "heading": heading_lines(clean(ocr)),
            "approvals": approval_lines(clean(ocr)),
        },
        keep=keep,
    )


def ocr_readings(text: str) -> list[str]:
    """Normalised readings of OCR text: as read, and with Tesseract's usual damage repaired."""
    cleaned = clean(text)
    return [_norm(cleaned), _norm(repair_ocr(cleaned))]


def check_scan_binding(
    name: str,
    reading: dict[str, Any],
    block_text: str,
    fields: dict[str, Any],
    keep: dict[str, list[str]] | None = None,
) -> Check:
    """`signed_content` for a mailed scan whose signature block shows handwriting and a stamp.

    The ink proves at most that someone signed and stamped that paper, not the
    mail body around it: the scan's own OCR text must state the request's case
    number and every user. The text of the signature page is tried first; else
    the pages the parse step kept of that file (its first and last OCR'd pages,
    `router.request.scan_readings`) that belong to the signed letter
    (`stamptext.letter_pages`: from the page opening it to the signature page;
    never a page before it or after the signature page) — text read from the
    very bytes found here.
    """
    signed = "signed and stamped scan"
    wanted = key_content(fields)
    readings = ocr_readings(block_text)
    if not wanted or all(any(states(t, v, True) for t in readings) for _, v in wanted):
        return bind(
            name, readings, fields, signed, ocr=True, evidence={"pages_read": "block"}, keep=keep
        )
    read = [p for p in reading.get("read") or [] if isinstance(p.get("text"), str)]
    signed_at = next((p.get("number") for p in read if p["text"] == block_text), None)
    pages, outside = letter_pages(read, signed_at) if isinstance(signed_at, int) else (read, [])
    for page in pages:
        readings += ocr_readings(page["text"])
    readings.append(_norm("\n".join(p["text"] for p in pages)))  # a value split across pages
    bound = bind(
        name,
        readings,
        fields,
        signed,
        ocr=True,
        evidence={
            "pages_read": [p.get("number") for p in pages],
            **({"pages_outside_letter": outside} if outside else {}),
        },
        keep=keep,
    )
    if bound.verdict is Outcome.PASS or not outside:
        return bound
    return replace(
        bound,
        detail=f"{bound.detail}; page(s) {', '.join(map(str, outside))} of {name} do not "
        "belong to the signed letter (before the page opening it or after its signature page)",
    )
