"""Red team 4 (genuine refused): a genuine police mail enclosed whole, as forwarding and journaling do.

Two ordinary ways a genuine request reaches the registry inside another mail,
its bytes untouched (the police's DKIM signature still verifies over them):

- a lawyer of ours who got it personally "forwards as attachment" (Outlook,
  Thunderbird, Gmail): a mail of ours whose part is the original as
  `message/rfc822`;
- Exchange journaling (Microsoft 365's journal rules, the way a legal
  mailbox is often archived and read): a journal report from
  "Microsoft Exchange" on our own domain, with `X-MS-Journal-Report`, whose
  body lists sender and recipients and whose attachment is the original.

The checks judge only the outer mail: `authority.mail_channel` finds
okazii.ro "no known authority" (a decisive fail) and the genuine, DKIM-signed,
seal-signed request is `suspicious`. The enclosed original could be judged as
it would have been had it come straight (its DKIM verifies over the enclosed
bytes; the outer mail adds nothing of the police's). The expectation here is
that: `verified`.

Held beside them: the same enclosure whose original was edited after the
police's DKIM signed it (another username): never `verified`.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.redteam4_kit import eml, police_mail
from tests.samples.signatures.world import World

CLS = "redteam4_enclosed_original"
GAP = (
    "authority.mail_channel (and every check) judges the outer mail only: the {who}'s "
    "okazii.ro From is 'no known authority' (a decisive fail) though the enclosed "
    "message/rfc822 is the police's original with its DKIM intact"
)


def _enclose(inner: bytes, *, journal: bool) -> bytes:
    if journal:
        head = (
            "From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
            "@okazii.ro>\r\nTo: registratura@okazii.ro\r\n"
            "Subject: Adresa oficiala nr. 123.456 din 12.11.2026\r\n"
            "X-MS-Journal-Report: \r\n"
        )
        text = (
            "Sender: politia.cluj@cj.politiaromana.ro\r\n"
            "Subject: Adresa oficiala nr. 123.456 din 12.11.2026\r\n"
            "Message-Id: <1@test>\r\nTo: legal@okazii.ro\r\n"
        )
    else:
        head = (
            "From: Ana Popa <ana.popa@okazii.ro>\r\nTo: registratura@okazii.ro\r\n"
            "Subject: Fwd: Adresa oficiala nr. 123.456 din 12.11.2026\r\n"
        )
        text = "Va trimit adresa primita de la IPJ Cluj, pentru inregistrare.\r\n"
    return (
        (
            head + "Date: Fri, 13 Nov 2026 09:00:00 +0200\r\nMessage-ID: <77@okazii.ro>\r\n"
            'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="ENC"\r\n\r\n'
            "--ENC\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + text + "\r\n"
            "--ENC\r\nContent-Type: message/rfc822\r\n"
            'Content-Disposition: attachment; filename="Adresa oficiala.eml"\r\n\r\n'
        ).encode()
        + inner
        + b"\r\n--ENC--\r\n"
    )


def _original(w: World, tampered: bool = False) -> bytes:
    raw = police_mail(w).raw
    if tampered:  # after DKIM: the body's base64 is re-encoded nowhere, the subject is signed
        raw = raw.replace(b"Subject: ", b"Subject: URGENT ", 1)
    return raw


def _forwarded(w: World) -> Submission:
    return eml(_enclose(_original(w), journal=False))


def _journaled(w: World) -> Submission:
    return eml(_enclose(_original(w), journal=True))


def _forwarded_tampered(w: World) -> Submission:
    return eml(_enclose(_original(w, tampered=True), journal=False))


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack(
        "genuine_forwarded_as_attachment_by_our_lawyer",
        True,
        _forwarded,
        GAP.format(who="forwarding lawyer"),
    ),
    _attack("genuine_exchange_journal_report", True, _journaled, GAP.format(who="journal report")),
    _attack("forwarded_original_edited_after_dkim", False, _forwarded_tampered),
]
