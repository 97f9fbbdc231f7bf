"""Red team 4: answer-address headers other than Reply-To are never looked at.

Threat model (`redteam_answer_address`'s): anyone holding one genuine police
mail (the suspect it was copied to, a forwarded copy) adds a header the
police's DKIM does not sign, without duplicating any, and drops the mail in.
Data sent where the answer goes is the leak itself.

`authority.mail_channel` judges `Reply-To` only, and `unsigned_collect._names`
reads the display names of From, To, Cc, Reply-To and Sender. Mail clients
answer to more than Reply-To:

- `Mail-Reply-To:` (the "Reply" target in Thunderbird, mutt, Gnus, Claws);
- `Mail-Followup-To:` ("Reply All"/"Followup" in the same clients; an
  attacker puts only their own address there);

so the legal team's "Reply" goes to the attacker's mailbox, and the request is
`verified` because nothing reads either header. The same header written by the
holder of a police mailbox (DKIM-signed) gets through too.

Control: a police mail whose Mail-Followup-To is the police mailbox itself.

Closed by class (`authority.answer_headers`): every header a client or server
addresses something back to (Reply-To, Mail-Reply-To, Mail-Followup-To,
Resent-Reply-To, the read-receipt headers, Errors-To) must name the From's
domain or a registry authority's, with no display name showing another
address. Variants of our own: a read receipt asked to a free-mail address, a
Mail-Followup-To naming the police and a free-mail address, a Mail-Reply-To
whose display name shows the free-mail address; controls: a read receipt to
the officer's own mailbox, a Mail-Reply-To at the same police domain.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ
from tests.attacks.mailkit import sign
from tests.attacks.redteam4_kit import POLICE, eml, police_mail
from tests.attacks.redteam_kit import insert_header, sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_answer_headers"
DROP = "dosare.ipjcluj@gmail.com"


def _replayed(w: World) -> bytes:
    return police_mail(w).raw


def _added(header: str) -> object:
    def build(w: World) -> Submission:
        return eml(insert_header(_replayed(w), f"{header}: {DROP}".encode()))

    return build


def _signed_by_mailbox(w: World) -> Submission:
    """Written by the holder of the police mailbox itself: DKIM covers it."""
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    from email.utils import formataddr

    from tests.attacks.mailkit import crlf

    msg = MIMEMultipart()
    msg.attach(MIMEText(COVER, "plain", "utf-8"))
    pdf = MIMEApplication(sealed_letter(w), "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename="adresa.pdf")
    msg.attach(pdf)
    msg["From"] = formataddr((IPJ, POLICE))
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = "Adresă oficială nr. 123.456 din 12.11.2026"
    msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
    msg["Message-ID"] = "<41@test>"
    msg["Mail-Reply-To"] = f"Dosare IPJ Cluj <{DROP}>"
    return eml(sign(w, crlf(msg.as_bytes()), "cj.politiaromana.ro"))


def _genuine_followup_own(w: World) -> Submission:
    return eml(insert_header(_replayed(w), f"Mail-Followup-To: {IPJ} <{POLICE}>".encode()))


def _genuine_receipt_own(w: World) -> Submission:
    raw = insert_header(
        _replayed(w), b"Disposition-Notification-To: <ion.popescu@cj.politiaromana.ro>"
    )
    return eml(raw)


def _genuine_mail_reply_to_colleague(w: World) -> Submission:
    raw = insert_header(_replayed(w), f"Mail-Reply-To: {IPJ} <sic@cj.politiaromana.ro>".encode())
    return eml(raw)


def _followup_police_and_drop(w: World) -> Submission:
    raw = insert_header(_replayed(w), f"Mail-Followup-To: {POLICE},\r\n {DROP}".encode())
    return eml(raw)


def _mail_reply_to_shows_drop(w: World) -> Submission:
    raw = insert_header(_replayed(w), f'Mail-Reply-To: "{DROP}" <{POLICE}>'.encode())
    return eml(raw)


def _attack(name: str, genuine: bool, build, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, build, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack(
        "mail_reply_to_added_to_replayed_mail",
        False,
        _added("Mail-Reply-To"),
    ),
    _attack("mail_followup_to_added_to_replayed_mail", False, _added("Mail-Followup-To")),
    _attack("mail_reply_to_signed_by_the_mailbox", False, _signed_by_mailbox),
    _attack("genuine_followup_to_own_mailbox", True, _genuine_followup_own),
    # Variants of the class: any header that sends something back.
    _attack("read_receipt_to_free_mail", False, _added("Disposition-Notification-To")),
    _attack("return_receipt_to_free_mail", False, _added("Return-Receipt-To")),
    _attack("followup_to_police_and_free_mail", False, _followup_police_and_drop),
    _attack("mail_reply_to_display_name_shows_free_mail", False, _mail_reply_to_shows_drop),
    _attack("genuine_read_receipt_to_own_mailbox", True, _genuine_receipt_own),
    _attack("genuine_mail_reply_to_a_colleague", True, _genuine_mail_reply_to_colleague),
]
