"""Whether a mail reads the same to every reader: DKIM, the parser, a person's mail client.

`mail_structure`: one strict reading of the headers and MIME parts
(`parsers.mailstrict`: duplicated singleton headers, bare CR or mixed line
ends, "Name :", whitespace-only lines, inside parts too) and DKIM `l=`
shorter than the body (`dkim.partial_signatures`): DKIM and the parser could
then read different mails. `alternatives`: renderings that disagree on what
matters, or HTML text a person does not see (`parsers.alternatives`). For the
authority channel each fails (a decisive check); elsewhere it is recorded.
"""

from __future__ import annotations

from email.message import Message

from parsers.alternatives import examine
from parsers.mailstrict import header_anomalies
from router.signatures.dkim import partial_signatures
from router.signatures.evidence import Check, Outcome


def structure_check(raw: bytes, decisive: bool) -> Check | None:
    """`mail_structure`: whether DKIM and the parser read the same headers, parts and body.

    A duplicated singleton header, a bare CR or mixed line ends, "Name :", a
    whitespace-only line in a header block (at the top or in a MIME part), or a
    DKIM `l=` shorter than the body. `decisive` (the authority channel): such
    a mail fails; otherwise the oddity is recorded as unverifiable. None when
    every reader reads the mail alike.
    """
    problems = header_anomalies(raw) + partial_signatures(raw)
    if not problems:
        return None
    why = (
        "DKIM and the parser could read different mails: "
        if decisive
        else "readers could disagree on this mail: "
    )
    return Check(
        "mail_structure",
        Outcome.FAIL if decisive else Outcome.UNVERIFIABLE,
        why + "; ".join(problems),
        {"problems": problems},
    )


def alternatives_check(msg: Message, decisive: bool) -> Check | None:
    """`alternatives`: renderings that disagree on what matters, or HTML text nobody sees."""
    report = examine(msg)
    reasons = report.reasons()
    if not reasons:
        return None
    return Check(
        "alternatives",
        Outcome.FAIL if decisive else Outcome.UNVERIFIABLE,
        "what a person reads is not what was checked: " + "; ".join(reasons),
        {"disagreements": report.disagreements, "hidden": report.hidden},
    )
