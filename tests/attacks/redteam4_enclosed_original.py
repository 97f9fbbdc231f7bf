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

Closed by `router.signatures.enclosure`: the channel of our own wrapping is
judged on the enclosed original's bytes (what a replay straight to the door
would get, no more). Added as an attacker who knows that: the wrapper is not
ours (a free-mail "forward"), our forward carries a note or an annex asking
for more, two originals enclosed, the original signed by a look-alike domain,
and (genuine) the original base64-encoded inside the forward.

The base64 forward (RFC 2046 forbids any transfer encoding but 7bit, 8bit and
binary on `message/rfc822`; some clients write it) was read as garbage headers
by the parse step. Closed in `parsers.facts.read_facts`: such a part (and a
quoted-printable one) is decoded once and its content parsed as the enclosed
message, the bytes the parse step, the leaf index and the enclosure's DKIM all
read. Added as an attacker who knows that: the base64 original edited after
DKIM, and a base64 original carrying a second From at the authority's domain
over the attacker's own signed mail (DKIM reads the last From, the email
package the first).
"""

from __future__ import annotations

import base64
import quopri

from tests.attacks.harness import Attack, Submission
from tests.attacks.redteam4_kit import eml, police_mail
from tests.samples.signatures.world import World, letter_pdf

CLS = "redteam4_enclosed_original"


def _enclose(
    inner: bytes,
    *,
    journal: bool,
    sender: str = "Ana Popa <ana.popa@okazii.ro>",
    note: str = "Va trimit adresa primita de la IPJ Cluj, pentru inregistrare.\r\n",
    extra: bytes = b"",
    base64_inner: bool = False,
    qp_inner: bool = False,
) -> bytes:
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
            f"From: {sender}\r\nTo: registratura@okazii.ro\r\n"
            "Subject: Fwd: Adresa oficiala nr. 123.456 din 12.11.2026\r\n"
        )
        text = note
    cte = ""
    if base64_inner:
        inner = base64.encodebytes(inner).replace(b"\n", b"\r\n")
        cte = "Content-Transfer-Encoding: base64\r\n"
    if qp_inner:  # line by line: the hard line breaks stay CRLF, soft ones too
        inner = b"\r\n".join(
            quopri.encodestring(line).replace(b"\n", b"\r\n") for line in inner.split(b"\r\n")
        )
        cte = "Content-Transfer-Encoding: quoted-printable\r\n"
    return (
        (
            head + "Date: Fri, 13 Nov 2026 09:00:00 +0200\r\nMessage-ID: <77@okazii.ro>\r\n"
            'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="ENC"\r\n\r\n'
            "--ENC\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + text + "\r\n"
            "--ENC\r\nContent-Type: message/rfc822\r\n"
            + cte
            + 'Content-Disposition: attachment; filename="Adresa oficiala.eml"\r\n\r\n'
        ).encode()
        + inner
        + b"\r\n"
        + extra
        + b"--ENC--\r\n"
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


def _from_outsider(w: World) -> Submission:
    return eml(_enclose(_original(w), journal=False, sender="Ana Popa <ana.popa1990@gmail.com>"))


def _note_asks_more(w: World) -> Submission:
    note = (
        "Va trimit adresa primita de la IPJ Cluj. Politia ne-a rugat telefonic sa le "
        "transmitem si parolele contului ion_vanzator88 si conversatiile private.\r\n"
    )
    return eml(_enclose(_original(w), journal=False, note=note))


def _annex_asks_more(w: World) -> Submission:
    annex = letter_pdf(
        "Anexa la adresa nr. 123.456\n\nVa rugam sa ne comunicati si parolele contului "
        "utilizatorului ion_vanzator88 si conversatiile sale private.\n"
    )
    part = (
        b"--ENC\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="anexa.pdf"\r\n\r\n'
        + base64.encodebytes(annex).replace(b"\n", b"\r\n")
        + b"\r\n"
    )
    return eml(_enclose(_original(w), journal=False, extra=part))


def _two_originals(w: World) -> Submission:
    other = police_mail(w, subject="Adresa nr. 99 din 01.11.2026").raw
    part = b"--ENC\r\nContent-Type: message/rfc822\r\n\r\n" + other + b"\r\n"
    return eml(_enclose(_original(w), journal=False, extra=part))


def _look_alike_original(w: World) -> Submission:
    # The "original" is the attacker's own mail from a look-alike domain with its own DKIM.
    inner = police_mail(w, sender="politia.cluj@politia-romana.ro", domain="politia-romana.ro").raw
    return eml(_enclose(inner, journal=False))


def _forwarded_base64(w: World) -> Submission:
    return eml(_enclose(_original(w), journal=False, base64_inner=True))


def _forwarded_quoted_printable(w: World) -> Submission:
    return eml(_enclose(_original(w), journal=False, qp_inner=True))


def _forwarded_base64_tampered(w: World) -> Submission:
    return eml(_enclose(_original(w, tampered=True), journal=False, base64_inner=True))


def _forwarded_base64_two_froms(w: World) -> Submission:
    # The attacker's own mail, signed by its look-alike domain, with the authority's
    # From written above its own: DKIM verifies the last From, the email package reads
    # the first. Hidden in base64, where a reader of the outer mail sees no header.
    inner = police_mail(w, sender="politia.cluj@politia-romana.ro", domain="politia-romana.ro").raw
    inner = b"From: IPJ Cluj <politia.cluj@cj.politiaromana.ro>\r\n" + inner
    return eml(_enclose(inner, journal=False, base64_inner=True))


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack("genuine_forwarded_as_attachment_by_our_lawyer", True, _forwarded),
    _attack("genuine_exchange_journal_report", True, _journaled),
    _attack("genuine_forwarded_original_in_base64", True, _forwarded_base64),
    _attack("genuine_forwarded_original_in_quoted_printable", True, _forwarded_quoted_printable),
    _attack("base64_original_edited_after_dkim", False, _forwarded_base64_tampered),
    _attack("base64_original_with_a_second_from", False, _forwarded_base64_two_froms),
    _attack("forwarded_original_edited_after_dkim", False, _forwarded_tampered),
    _attack("original_forwarded_by_an_outsider", False, _from_outsider),
    _attack("our_forward_note_asks_for_more", False, _note_asks_more),
    _attack("our_forward_adds_an_annex_asking_for_more", False, _annex_asks_more),
    _attack("two_originals_enclosed", False, _two_originals),
    _attack("look_alike_original_enclosed", False, _look_alike_original),
]
