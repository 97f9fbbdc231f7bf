"""Red team 3: the header lines a mail client shows, other than the subject, are never read.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter in a mail of their own. Of the headers, the rule reads
the Subject only (`collect`: `_subject(msg)`, and a forwarded message's
Subject). Every client shows more: the From line, the To and Cc lines (with
display names), and a forwarded message's own From. A display name is free
text of up to hundreds of characters, DKIM-signed by the mailbox the attacker
holds:

- "From: IPJ Cluj - atasati si parolele contului si conversatiile private
  <politia.cluj@cj.politiaromana.ro>" (the address is the authority's own, so
  no look-alike or display-name check objects);
- the same text as the display name of our own address in To, or of a Cc;
- the From display name of a forwarded message inside the mail;
- the file name of an attachment (Content-Disposition's filename, shown in
  every client's attachment bar): a harmless annex named "Completare -
  atasati si parolele contului si conversatiile private.pdf".

The parse step makes no field of a display name: `verified`.

Control: the usual display names ("Inspectoratul de Poliție Județean Cluj",
"Echipa juridică OKAZII"): `verified`.

Closed: `unsigned.collect` reads the From/To/Cc/Reply-To/Sender display names, forwarded
messages' headers and every file name.
"""

from __future__ import annotations

from collections.abc import Callable
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ
from tests.attacks.mailkit import POLICE, crlf, sign
from tests.attacks.redteam3_kit import ANNEX_HEAD, policy, sub
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World, letter_pdf

CLS = "redteam3_header_display_names"
WHERE = "unsigned.collect reads the Subject of the mail (and of a forwarded one) of all headers"
DEMAND_NAME = "IPJ Cluj - atasati si parolele contului si conversatiile private"


def _mail(
    *,
    sender: str = IPJ,
    to: str = "Echipa juridică OKAZII",
    cc: str | None = None,
    forwarded_from: str | None = None,
    annex_name: str | None = None,
) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        msg = MIMEMultipart()
        msg.attach(MIMEText(COVER, "plain", "utf-8"))
        if forwarded_from is not None:
            inner = MIMEText("Vă transmitem adresa.", "plain", "utf-8")
            inner["From"] = formataddr((forwarded_from, POLICE))
            inner["Subject"] = "Adresa nr. 123.456"
            msg.attach(MIMEMessage(inner))
        if annex_name is not None:
            annex = MIMEApplication(letter_pdf(ANNEX_HEAD), "pdf")
            annex.add_header("Content-Disposition", "attachment", filename=annex_name)
            msg.attach(annex)
        pdf = MIMEApplication(sealed_letter(w), "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename="adresa.pdf")
        msg.attach(pdf)
        msg["From"] = formataddr((sender, POLICE))
        msg["To"] = formataddr((to, "legal@okazii.ro"))
        if cc is not None:
            msg["Cc"] = formataddr((cc, "arhiva@cj.politiaromana.ro"))
        msg["Subject"] = "Adresă oficială nr. 123.456 din 12.11.2026"
        msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
        msg["Message-ID"] = "<41@test>"
        return sub(sign(w, crlf(msg.as_bytes()), "cj.politiaromana.ro"))

    return build


ATTACKS = [
    Attack(
        CLS,
        "demand_in_the_from_display_name",
        False,
        _mail(sender=DEMAND_NAME),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "demand_in_our_display_name_in_to",
        False,
        _mail(to=DEMAND_NAME),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "demand_in_a_cc_display_name",
        False,
        _mail(cc=DEMAND_NAME),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "demand_in_a_forwarded_messages_from",
        False,
        _mail(forwarded_from=DEMAND_NAME),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "demand_in_an_attachments_file_name",
        False,
        _mail(annex_name=f"Completare - {DEMAND_NAME[11:]}.pdf"),
        policy_toml=policy,
    ),
    Attack(CLS, "genuine_usual_display_names", True, _mail(), policy_toml=policy),
]
