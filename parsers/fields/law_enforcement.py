"""Fields of an official request from police, prosecutors or courts (REQUEST_SCHEMA.md)."""

from __future__ import annotations

from typing import Any

from ..cues import Cues
from ..model import MailHeaders
from .authority import find_authority
from .legal import articles
from .numbers import case_number, reference, transactions
from .periods import period
from .requested import requested_data
from .response import reply_to, response_channel, urgent
from .signatory import find_signatory
from .subjects import find_subjects
from .textview import TextView
from .unread import unread_case_number, unread_period, unread_reference_date


def law_enforcement_fields(
    view: TextView, cues: Cues, headers: MailHeaders | None
) -> dict[str, Any]:
    authority, kind = find_authority(view, cues, headers)
    ref_number, ref_date = reference(view)
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
        "subjects": find_subjects(view, cues, headers, exclude),
        "transactions": transactions(view),
        "requested_data": requested_data(view),
        "period": asked_period,
        "response_channel": response_channel(view),
        "reply_to": answer_to,
        "signatory": find_signatory(view),
        "urgent": urgent(view),
        "unread": unread,
    }
