"""A document signed after the mail that carries it was sent.

A signature's stated signing time (PAdES, CAdES) is the signer's claim. The time the
authority's own mail server signed the mail (the `t=` of its DKIM signature, which the
domain's key authenticates) is not: a letter is signed before the mail that carries it
leaves. A seal dated two days after the mail was sent (round 15) is a document sealed
after the fact and slipped into an older mail, or a signer whose clock is wrong: either
way the authority is asked (`content` missing, never `fail`: the letter may be genuine). The
`Date:` header is the sender's word and is not used; a mail whose authenticating DKIM
signature states no `t=` is not judged (only authenticated mail can be verified).

`SLACK` allows for clocks and time zones.
"""

from __future__ import annotations

import datetime as dt

from router.signatures.context import Context
from router.signatures.dkim import signing_times
from router.signatures.evidence import Check, Outcome

SLACK = dt.timedelta(hours=3)
_SIGNED = ("pdf_signature", "cades_signature", "smime")


def _when(value: object) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _dkim_times(ctx: Context, checks: list[Check]) -> list[dt.datetime]:
    """The `t=` of the DKIM signatures by the domains the mail is authenticated by."""
    domains = {
        str(a)[5:]
        for c in checks
        if c.kind == "authority_alignment" and c.verdict is Outcome.PASS
        for a in c.evidence.get("aligned_by") or []
        if str(a).startswith("dkim:")
    }
    if not domains:
        return []
    return [when for domain, when in signing_times(ctx.item.raw) if domain in domains]


def _sent(ctx: Context, checks: list[Check]) -> tuple[dt.datetime, str] | None:
    """The earliest time the authority's domain signed the mail (DKIM t=)."""
    found = [(t, "was signed by its domain (DKIM t=)") for t in _dkim_times(ctx, checks)]
    return min(found) if found else None


def signed_after_sent(ctx: Context, checks: list[Check]) -> list[Check]:
    """`content` missing when a valid signature states a signing time later than the
    authority's domain signed the mail carrying it, by more than `SLACK`."""
    if not ctx.is_mail:
        return []
    sent = _sent(ctx, checks)
    if sent is None:
        return []
    limit, what = sent
    late: list[tuple[dt.datetime, str]] = []
    for c in checks:
        if c.kind not in _SIGNED or c.verdict is not Outcome.PASS:
            continue
        when = _when(c.evidence.get("signing_time_stated"))
        if when is not None and when > limit + SLACK:
            late.append((when, str(c.evidence.get("document") or c.kind)))
    if not late:
        return []
    when, document = max(late)
    return [
        Check(
            "content",
            Outcome.MISSING,
            f"{document} was signed {when.isoformat(timespec='minutes')}, after the mail "
            f"carrying it {what} ({limit.isoformat(timespec='minutes')}): a letter is signed "
            "before it is sent; ask the authority, at its registry number, whether it stands",
            {"signed": when.isoformat(), "sent": limit.isoformat(), "document": document},
        )
    ]
