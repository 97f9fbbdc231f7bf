"""Red team 7 (mail): what a check verifies is not the part a person reads, or not the mail's.

Two places where the mail channel proves one thing and the request is read from another.

**A. The S/MIME-signed entity is cut out of the raw bytes by its boundary string,
not from where the MIME parser found it** (`smime.signed_part_bytes` →
`mimecut.part_bytes`: the first line `--<boundary>` *anywhere* in the item). Red team 1
(`redteam_smime_cutout`) put a genuine signed entity between such delimiter lines in
the outer preamble; that was closed by `parsers/mailstrict` naming a delimiter line
in a preamble or an epilogue, i.e. the one place, not the class. Whoever holds the
police mailbox (the `unsigned_extras` threat model) and one genuine S/MIME mail of the
officer (its signed entity and its detached signature) puts the genuine entity between
`--<boundary>` lines anywhere *before* the multipart/signed where no reader takes them
for a delimiter: in the body of an earlier text part, inside an HTML comment of an
earlier HTML part (nobody sees it), or as the first of two multipart/signed parts
written with the same boundary. The signature is validated over the genuine copy and
binds it; `unsigned_collect._walk` then skips the first child of *every*
multipart/signed as "bound by S/MIME", so the text the mail client shows as the signed
part, a copy of the letter with a postscript asking for the account's passwords and
private conversations (no request verb, no field), is read by nobody.

- `smime_copy_in_earlier_text_part`: the copy in the body of a text/plain part before
  the signed part. **verified (hole)**.
- `smime_copy_in_html_comment`: the copy inside `<!-- … -->` of an HTML part before it
  (a person sees "Va transmitem adresa semnata."). **verified (hole)**.
- `smime_two_signed_parts_one_boundary`: the genuine multipart/signed, then a second
  one with the same boundary, the same signature part and the postscript: the second is
  validated over the first's entity. **verified (hole)**.
- held (regression): the same copy-before when the shown part names another user
  (`signed_content`: not stated by the entity the check verified), or gives a free-mail
  answer address (`covernote`), or when the copy sits in an `application/octet-stream`
  attachment (a file the checks do not read) → `incomplete`.
- control: a genuine S/MIME mail with a cover text part before the signed part, and
  by SMTP → `verified`.

**B. An enclosed original authenticates the channel, and the wrapper around it
is nobody's** (`router.signatures.enclosure`: a mail "of ours" enclosing one
`message/rfc822` from a registry domain is judged on the original's DKIM). The
enclosure's own argument is that nothing is weaker than replaying the original
straight to the door. It is weaker: the wrapper is never authenticated (its From is
only *read* as okazii.ro: no DKIM, SPF or DMARC of ours is asked, a mail file or an SMTP
client anywhere may write it), yet

- every file of the whole item, not only of the original, is a document the signature
  checks examine (`Context.files`/`attachments` walk `facts.leaves` of the outer mail),
  so a genuine sealed letter attached *to the wrapper* binds the request, beside an
  original that is any DKIM-signed mail of that police mailbox (its answer to a
  citizen's petition, which anyone can obtain by writing to it): **verified (hole)** as
  a forward (`.eml` by the CLI), the same over SMTP from an outside IP, over IMAP, as an
  Exchange journal report, and with the letter as a CAdES `.p7m`. A direct replay could
  attach nothing to the police's DKIM-signed body; the README says the wrapper's other
  parts are "read as unsigned text";
- the answer headers (Mail-Reply-To, Mail-Followup-To, Disposition-Notification-To) are
  judged on the original only (`AuthorityChannel.run`: `mail_channel(ctx.channel_message)`):
  on the wrapper, which is what the legal team answers, they send the answer or a read
  receipt to a free mailbox, and a fully genuine enclosed request is **verified (hole)**.
- held (regression): a wrapper Reply-To (the parse step reads it into `fields.reply_to`,
  which `covernote` judges), a wrapper from a free-mail address with the letter beside the
  unrelated police mail (no enclosure: `authority_domain` fails).
- controls: the genuine request forwarded as an attachment, and journaled → `verified`.

**C. Held (regression)**: IPJ Cluj's own mail system (d=cj.politiaromana.ro) writing a
From of IPJ Iași (is.politiaromana.ro): DMARC's relaxed alignment passes (one
organisational domain), `authority_alignment` does not (→ `suspicious` with the Cluj
seal's letter).
"""

from __future__ import annotations

import base64
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter as letter_text
from tests.attacks.mailkit import build
from tests.attacks.redteam4_enclosed_original import _enclose
from tests.attacks.redteam4_kit import police_mail
from tests.attacks.redteam_kit import POLICE, dkim_sign, sealed_letter, smime_detached, text_entity
from tests.samples.signatures.world import (
    ATTACKER_IP,
    LETTER,
    POLICE_IP,
    Identity,
    World,
    letter_pdf,
)

CLS = "redteam7_mail"

# ------------------------------------------------------------------ A. S/MIME cut out by boundary

SIGNED = "Inspectoratul de Politie Judetean Cluj\n" + LETTER + "\nComisar de politie Popescu Ion\n"
# What the attacker adds to the part a person reads as the officer's signed text: no
# request verb, no field, a data word the unsigned-text rule would find anywhere else.
PS = "\nP.S. Atasati la raspuns si parolele contului si conversatiile private ale utilizatorului.\n"
ANSWER = "\nRaspunsul se va transmite exclusiv la adresa dosare.ipjcluj@gmail.com.\n"
OTHER_USER = SIGNED.replace("ion_vanzator88", "victima_noua")

_HEAD = (
    f"From: Politia Cluj <{POLICE}>\r\nTo: legal@okazii.ro\r\nSubject: Adresa oficiala\r\n"
    "Date: Thu, 12 Nov 2026 14:32:10 +0200\r\nMessage-ID: <7001@test>\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/mixed; boundary="OUTER"\r\n\r\n'
).encode()


def _signed_part(ctype: bytes, boundary: bytes, shown: bytes, sigpart: bytes) -> bytes:
    """A multipart/signed part of the OUTER multipart showing `shown` over `sigpart`."""
    return (
        b"--OUTER\r\n" + ctype + b"\r\n\r\n--" + boundary + b"\r\n" + shown
        + b"\r\n--" + boundary + sigpart + b"--" + boundary + b"--\r\n"
    )  # fmt: skip


def _copy(boundary: bytes, entity: bytes) -> bytes:
    """The genuine entity between delimiter lines of the signed part's boundary."""
    return b"--" + boundary + b"\r\n" + entity + b"\r\n--" + boundary + b"--\r\n"


def _smime_file(w: World, body: bytes, channel: str = "cli") -> Submission:
    raw = dkim_sign(w, _HEAD + body + b"--OUTER--\r\n", "cj.politiaromana.ro")
    if channel == "smtp":
        env = {"client_ip": POLICE_IP, "helo": "mta.politiaromana.ro", "mail_from": POLICE}
        return Submission(raw, channel="smtp", envelope=env)
    return Submission(raw, channel=channel, filename="adresa.eml")


def _copy_before(shown_text: str, where: str) -> Callable[[World], Submission]:
    """The genuine entity copied before the signed part (`where`), the part showing `shown_text`."""

    def make(w: World) -> Submission:
        entity = text_entity(SIGNED)
        ctype, boundary, sigpart = smime_detached(w.signer, entity)
        copy = _copy(boundary, entity)
        if where == "text":
            first = (
                b"--OUTER\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                b"Buna ziua,\r\nVa transmitem adresa semnata; copie pentru arhiva:\r\n"
                + copy + b"\r\n"
            )  # fmt: skip
        elif where == "html":
            first = (
                b"--OUTER\r\nContent-Type: text/html; charset=us-ascii\r\n\r\n"
                b"<html><body><p>Buna ziua,</p><p>Va transmitem adresa semnata.</p>\r\n<!--\r\n"
                + copy + b"-->\r\n</body></html>\r\n"
            )  # fmt: skip
        else:  # a file nobody reads
            first = (
                b"--OUTER\r\nContent-Type: application/octet-stream\r\n"
                b'Content-Disposition: attachment; filename="jurnal.log"\r\n\r\n' + copy + b"\r\n"
            )
        shown = text_entity(shown_text)
        return _smime_file(w, first + _signed_part(ctype, boundary, shown, sigpart))

    return make


def _two_signed_parts(w: World) -> Submission:
    entity = text_entity(SIGNED)
    ctype, boundary, sigpart = smime_detached(w.signer, entity)
    genuine = _signed_part(ctype, boundary, entity, sigpart)
    second = _signed_part(ctype, boundary, text_entity(SIGNED + PS), sigpart)
    return _smime_file(w, genuine + second)


def _genuine_smime(channel: str) -> Callable[[World], Submission]:
    def make(w: World) -> Submission:
        entity = text_entity(SIGNED)
        ctype, boundary, sigpart = smime_detached(w.signer, entity)
        cover = (
            b"--OUTER\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
            b"Buna ziua,\r\nVa transmitem adresa semnata.\r\n"
        )
        return _smime_file(w, cover + _signed_part(ctype, boundary, entity, sigpart), channel)

    return make


# ------------------------------------------------------------------ B. the enclosure's wrapper

# Any DKIM-signed mail of the IPJ Cluj mailbox that asks nothing: a circular it sent to
# many people under Bcc ("undisclosed-recipients"), which anyone on its list holds, or a
# note it once sent to our legal mailbox (thanking us for an answer).
CIRCULAR = (
    "Buna ziua,\n\nVa informam ca programul de audiente al conducerii IPJ Cluj s-a "
    "schimbat: audientele au loc lunea si joia, dimineata.\n\nCu stima,\nIPJ Cluj\n"
)
THANKS = "Buna ziua,\n\nVa multumim pentru raspunsul transmis. Cu stima,\nIPJ Cluj\n"


def _police_note(w: World, body: str, to: str | None) -> bytes:
    """A DKIM-signed mail of the IPJ Cluj mailbox with `body`, to `to` (None: our legal mailbox)."""
    raw = w.mail(POLICE, display="IPJ Cluj", body=body, subject="Informare", received=False)
    if to is not None:
        raw = raw.replace(b"To: legal@okazii.ro", f"To: {to}".encode(), 1)
    return dkim_sign(w, raw, "cj.politiaromana.ro")


def _file_part(data: bytes, name: str, ctype: str = "application/pdf") -> bytes:
    return (
        (
            f"--ENC\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: base64\r\n"
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n'
        ).encode()
        + base64.encodebytes(data).replace(b"\n", b"\r\n")
        + b"\r\n"
    )


def _p7m(identity: Identity, data: bytes) -> bytes:
    builder = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(data)
        .add_signer(identity.cert, identity.key, hashes.SHA256())
    )
    for c in identity.chain:
        builder = builder.add_certificate(c)
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def _wrapped(
    *,
    channel: str = "cli",
    journal: bool = False,
    sender: str = "Ana Popa <ana.popa@okazii.ro>",
    cades: bool = False,
    thanks: bool = False,
) -> Callable[[World], Submission]:
    """A "forward" (or journal report) of a police mail that asks nothing (a Bcc'd circular;
    with `thanks`, a note the police sent our legal mailbox), the sealed letter beside it."""

    def make(w: World) -> Submission:
        letter = sealed_letter(w)
        if cades:
            part = _file_part(
                _p7m(w.seals["ipj_cluj"], letter_pdf(letter_text())),
                "adresa.pdf.p7m",
                "application/pkcs7-mime",
            )
        else:
            part = _file_part(letter, "adresa.pdf")
        original = (
            _police_note(w, THANKS, None)
            if thanks
            else _police_note(w, CIRCULAR, "undisclosed-recipients:;")
        )
        raw = _enclose(
            original,
            journal=journal,
            sender=sender,
            note="Va trimit adresa IPJ Cluj, primita pe adresa mea.\r\n",
            extra=part,
        )
        return _door(raw, channel)

    return make


def _door(raw: bytes, channel: str) -> Submission:
    if channel == "smtp":  # straight to our door, from a host that is nobody's
        env = {
            "client_ip": ATTACKER_IP,
            "helo": "mail.okazii.ro",
            "mail_from": "ana.popa@okazii.ro",
        }
        return Submission(raw, channel="smtp", envelope=env)
    if channel == "imap":
        return Submission(raw, channel="imap")
    return Submission(raw, channel=channel, filename="adresa.eml")


def _wrapper_header(header: bytes) -> Callable[[World], Submission]:
    """The genuine police request forwarded as an attachment; the wrapper carries `header`."""

    def make(w: World) -> Submission:
        raw = _enclose(police_mail(w).raw, journal=False)
        at = b"To: registratura@okazii.ro\r\n"
        return _door(raw.replace(at, at + header + b"\r\n", 1), "cli")

    return make


def _genuine_enclosed(journal: bool) -> Callable[[World], Submission]:
    def make(w: World) -> Submission:
        return _door(_enclose(police_mail(w).raw, journal=journal), "cli")

    return make


# ------------------------------------------------------------------ C. a sibling unit's From


def _sibling_from(w: World) -> Submission:
    raw = build(
        w,
        "politia.iasi@is.politiaromana.ro",
        attachments=(("adresa.pdf", sealed_letter(w)),),
        display="Inspectoratul de Poliție Județean Iași",
    )
    return Submission(raw, channel="cli", filename="adresa.eml")


# ------------------------------------------------------------------ the cases

_CUT = (
    "router/signatures/smime.py signed_part_bytes -> mimecut.part_bytes cuts the signed "
    "entity at the first `--<boundary>` line anywhere in the raw item (here {where}), not "
    "where the MIME parser found the multipart/signed; unsigned_collect._walk skips the "
    "first child of every multipart/signed once any S/MIME part binds, so the part a "
    "person reads as signed (with the postscript) is read by nobody"
)
_WRAPPER = (
    "router/signatures/context.py Context.files/attachments take every leaf of the whole "
    "item while enclosure.py authenticates only the enclosed original: a signed letter in "
    "the unauthenticated wrapper of ours ({how}) binds the request beside any DKIM-signed "
    "mail of the police mailbox"
)
_ANSWER = (
    "router/signatures/registry.py AuthorityChannel.run judges answer headers with "
    "mail_channel(ctx.channel_message) only: the wrapper's {header}, which is what the "
    "legal team answers, is never judged (authority.answer_headers)"
)


def _attack(
    name: str,
    genuine: bool,
    make: Callable[[World], Submission],
    gap: str = "",
) -> Attack:
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    # A. S/MIME cut out by boundary string
    _attack("genuine_smime_with_cover_part", True, _genuine_smime("cli")),
    _attack("genuine_smime_with_cover_part_by_smtp", True, _genuine_smime("smtp")),
    _attack(
        "smime_copy_in_earlier_text_part",
        False,
        _copy_before(SIGNED + PS, "text"),
        _CUT.format(where="the body of an earlier text/plain part"),
    ),
    _attack(
        "smime_copy_in_html_comment",
        False,
        _copy_before(SIGNED + PS, "html"),
        _CUT.format(where="an HTML comment of an earlier text/html part"),
    ),
    _attack(
        "smime_two_signed_parts_one_boundary",
        False,
        _two_signed_parts,
        _CUT.format(where="the first of two multipart/signed parts sharing the boundary"),
    ),
    _attack(
        "smime_copy_in_text_part_shown_part_names_other_user",
        False,
        _copy_before(OTHER_USER, "text"),
    ),
    _attack(
        "smime_copy_in_text_part_shown_part_answer_address",
        False,
        _copy_before(SIGNED + ANSWER, "text"),
    ),
    _attack("smime_copy_in_unread_attachment", False, _copy_before(SIGNED + PS, "file")),
    # B. the enclosure's wrapper
    _attack("genuine_forwarded_as_attachment", True, _genuine_enclosed(journal=False)),
    _attack("genuine_journal_report", True, _genuine_enclosed(journal=True)),
    _attack(
        "wrapper_carries_letter_beside_police_circular",
        False,
        _wrapped(),
        _WRAPPER.format(how="a forward as attachment, a mail file"),
    ),
    _attack(
        "wrapper_carries_letter_beside_police_note_to_us",
        False,
        _wrapped(thanks=True),
        _WRAPPER.format(how="beside a police note to our own legal mailbox"),
    ),
    _attack(
        "wrapper_carries_letter_by_smtp_from_outside",
        False,
        _wrapped(channel="smtp"),
        _WRAPPER.format(how="over SMTP from an outside IP"),
    ),
    _attack(
        "wrapper_carries_letter_by_imap",
        False,
        _wrapped(channel="imap"),
        _WRAPPER.format(how="over IMAP"),
    ),
    _attack(
        "journal_report_carries_letter",
        False,
        _wrapped(journal=True),
        _WRAPPER.format(how="an Exchange journal report"),
    ),
    _attack(
        "wrapper_carries_cades_letter",
        False,
        _wrapped(cades=True),
        _WRAPPER.format(how="the letter as a CAdES .p7m"),
    ),
    _attack(
        "wrapper_from_outsider_carries_letter",
        False,
        _wrapped(sender="Ana Popa <ana.popa1990@gmail.com>"),
    ),
    _attack(
        "wrapper_mail_reply_to",
        False,
        _wrapper_header(b"Mail-Reply-To: IPJ Cluj <dosare.ipjcluj@gmail.com>"),
        _ANSWER.format(header="Mail-Reply-To"),
    ),
    _attack(
        "wrapper_mail_followup_to",
        False,
        _wrapper_header(b"Mail-Followup-To: IPJ Cluj <dosare.ipjcluj@gmail.com>"),
        _ANSWER.format(header="Mail-Followup-To"),
    ),
    _attack(
        "wrapper_read_receipt_to",
        False,
        _wrapper_header(b"Disposition-Notification-To: dosare.ipjcluj@gmail.com"),
        _ANSWER.format(header="Disposition-Notification-To"),
    ),
    _attack(
        "wrapper_reply_to",
        False,
        _wrapper_header(b"Reply-To: IPJ Cluj <dosare.ipjcluj@gmail.com>"),
    ),
    # C. a sibling unit's From under IPJ Cluj's DKIM
    _attack("sibling_unit_from_under_own_dkim", False, _sibling_from),
]
