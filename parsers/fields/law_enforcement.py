"""Fields of an official request from police, prosecutors or courts (REQUEST_SCHEMA.md)."""

from __future__ import annotations

import re
from typing import Any

from ..cues import Cues
from ..model import MailHeaders
from ..normalize import fold
from .authority import find_authority
from .legal import articles
from .numbers import case_number, reference, transactions
from .periods import period
from .requested import requested_data
from .response import reply_to, response_channel, urgent
from .roles import named_in_role
from .signatory import find_signatory
from .subjects import find_subjects
from .textview import TextView
from .unread import unread_case_number, unread_period, unread_reference_date


def law_enforcement_fields(
    view: TextView, cues: Cues, headers: MailHeaders | None
) -> dict[str, Any]:
    authority, kind = find_authority(view, cues, headers)
    ref_number, ref_date = reference(view)
    if view.ocr and (ref_number is None or ref_date is None):
        ref_number, ref_date = _reference_as_ocr_reads_it(view, ref_number, ref_date)
    bases, offences = articles(view)
    answer_to = reply_to(view, cues)
    if (
        answer_to is None
        and headers
        and headers.reply_to
        and not cues.is_operator(headers.reply_to)
    ):
        answer_to = headers.reply_to
    exclude = {answer_to.lower()} if answer_to else set()
    case = case_number(view)
    asked_period = period(view, today=ref_date)
    # Written but not readable: for a person, never "not stated" (see `unread`).
    unread: dict[str, str] = {}
    if ref_date is None and (raw := unread_reference_date(view)):
        unread["reference_date"] = raw
    if asked_period is None and (raw := unread_period(view)):
        unread["period"] = raw
    if case is None and (raw := unread_case_number(view)):
        unread["case_number"] = raw
    return {
        "authority": authority,
        "authority_kind": kind,
        "reference_number": ref_number,
        "reference_date": ref_date,
        "case_number": case,
        "legal_basis": bases,
        "offences": offences,
        "subjects": _whose_data(view, find_subjects(view, cues, headers, exclude)),
        "transactions": transactions(view),
        "requested_data": requested_data(view),
        "period": asked_period,
        "response_channel": response_channel(view),
        "reply_to": answer_to,
        "signatory": find_signatory(view),
        "urgent": urgent(view),
        "unread": unread,
    }


def _whose_data(view: TextView, subjects: list[dict[str, str]]) -> list[dict[str, str]]:
    """`subjects` without the users the letter names as complainant, injured party or witness
    ("partea vătămată, utilizatorul X", "X (persoană vătămată)"): whose data is asked for is
    the other party's, even where a data item names them ("mesajele schimbate cu X")."""
    out = []
    for subject in subjects:
        value = fold(subject["value"])
        pattern = r"(?<![\w@.])" + re.escape(value).replace(r"\ ", r"\s+") + r"(?![\w@])"
        if any(
            named_in_role(view.folded, m.start(), m.end())
            for m in re.finditer(pattern, view.folded)
        ):
            continue
        out.append(subject)
    return out


# How OCR reads a letter's registration line: "Nr." as "Ne." "Nr," "Nt." "Nr:", a word
# between the label and the number ("Nr. ieșire 41.227 / 03.12.2026", "Nr. înreg."), a
# speck after the day of a written date ("Oradea, 02- decembrie 2026").
_REG_LABEL = re.compile(
    r"(?m)^(?P<lead>[^\S\n]*(?:[A-ZĂÂÎȘȚ]{2,}[^\S\n]+)*)(?:N[reot][.,:]|Nr)[^\S\n]*"
    r"(?:(?:de[^\S\n]+)?(?:ie[sș]ire|intrare|[îi]nreg(?:istrare|\.)?)[^\S\n]*[.:]?[^\S\n]*)?(?=[0-9])"
)
_DAY_SPECK = re.compile(r"\b([0-9]{1,2})[-.,'][^\S\n]+(?=[a-zA-ZăâîșțĂÂÎȘȚ]{3,}[^\S\n]+[0-9]{4}\b)")
# Only the letter's head holds its registration line.
HEAD_CHARS = 1500


def _reference_as_ocr_reads_it(
    view: TextView, number: str | None, date: str | None
) -> tuple[str | None, str | None]:
    """The registration number and date read again with OCR's misreadings of the label
    and of the date undone in the letter's head (see `_REG_LABEL`); what was already
    read stays, and a date is taken again only beside the same number."""
    head, rest = view.text[:HEAD_CHARS], view.text[HEAD_CHARS:]
    fixed = _REG_LABEL.sub(lambda m: f"{m.group('lead')}Nr. ", head)
    fixed = _DAY_SPECK.sub(r"\1 ", fixed)
    if fixed == head:
        return number, date
    text = fixed + rest
    again_number, again_date = reference(TextView(text, fold(text), ocr=True))
    if number is None:
        return again_number, date or again_date
    if date is None and again_number == number:
        return number, again_date
    return number, date
