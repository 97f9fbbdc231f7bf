"""Red team 7 (mail): what a check verifies is not the part a person reads, or not the mail's.

Places where the mail channel proves one thing and the request is read from another.
Every forgery below is built from genuine material only (a police mail DKIM-signed by
its own domain, a letter or S/MIME entity signed by a bound identity); what is forged is
where those pieces sit in the mail.

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
  the signed part. Was **verified**: closed.
- `smime_copy_in_html_comment`: the copy inside `<!-- … -->` of an HTML part before it
  (a person sees "Va transmitem adresa semnata."). Was **verified**, by the CLI and by
  SMTP: closed.
- `smime_two_signed_parts_one_boundary`: the genuine multipart/signed, then a second
  one with the same boundary, the same signature part and the postscript: the second was
  validated over the first's entity. Was **verified**: closed.
- closed (`suspicious`): the signature is validated over the stretch between delimiter
  lines that reads as exactly the first child the parser walked (`smime.signed_part_bytes`:
  the shown part with the postscript, which the signature does not cover), and the
  unsigned-text rule leaves out only the entity a signature verified and binds, by
  identity (`unsigned_collect._verified_entities`).
- held (regression): the same copy-before when the shown part names another user
  (`signed_content`: not stated by the entity the check verified), or gives a free-mail
  answer address (`covernote`), or when the copy sits in an `application/octet-stream`
  attachment (a file the checks do not read) → `incomplete`; and the very same
  postscript in a plain unsigned part beside the genuine signed part → `incomplete`
  (the rule reads it: the holes above are the skip, not the vocabulary).
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
  original that is any DKIM-signed mail of that police mailbox that asks nothing (a
  circular it sent under Bcc to "undisclosed-recipients", which anyone on its list
  holds; a thank-you note it once sent our legal mailbox): was **verified** as a
  forward (`.eml` by the CLI), the same over SMTP from an outside IP, over IMAP, as an
  Exchange journal report, and with the letter as a CAdES `.p7m`. Closed: only the
  original's own files, S/MIME and CAdES parts can be signed content
  (`Context.signable_files`; the wrapper's are read as unsigned text → `incomplete`), and
  a wrapper that came by SMTP or IMAP must pass DMARC for our own domain (`enclosure.
  wrapper_refusal`; else it is judged as the mail it is → `suspicious`). (An original
  addressed to the attacker's own mailbox is held only because the unsigned-text rule
  reads its To address as a user the letter does not name.) A direct replay could
  attach nothing to the police's DKIM-signed body; the README says the wrapper's other
  parts are "read as unsigned text";
- the answer headers (Mail-Reply-To, Mail-Followup-To, Disposition-Notification-To) are
  judged on the original only (`AuthorityChannel.run`: `mail_channel(ctx.channel_message)`):
  on the wrapper, which is what the legal team answers, they send the answer or a read
  receipt to a free mailbox, and a fully genuine enclosed request was **verified**.
  Closed: the wrapper's answer headers are judged too (`authority.wrapper_answer_headers`:
  our own domains or the original authority's only → `suspicious`).
- held (regression): a wrapper Reply-To (the parse step reads it into `fields.reply_to`,
  which `covernote` judges), a wrapper from a free-mail address with the letter beside the
  unrelated police mail (no enclosure: `authority_domain` fails).
- controls: the genuine request forwarded as an attachment, and journaled → `verified`.

**C. Held (regression)**: IPJ Cluj's own mail system (d=cj.politiaromana.ro) writing a
From of IPJ Iași (is.politiaromana.ro): DMARC's relaxed alignment passes (one
organisational domain), `authority_alignment` does not (→ `suspicious` with the Cluj
seal's letter).

**D. A boundary the strict reader does not see.** `mail_structure` rests on one strict
reading of the headers and MIME parts (`parsers/mailstrict.header_anomalies`), which
finds a multipart's boundary with a regular expression for `boundary=…`. The email
package, which splits the mail for the parse step and the checks, also decodes RFC 2231
parameters: `boundary*0="OUT"; boundary*1="ER"` or `boundary*=''OUTER` is the boundary
OUTER to it (and to any RFC 2231 reader), and no boundary to the strict reader, which
then scans no part at all (`_boundary` None → `continue`: a structure it cannot read is
taken for a clean one). Every part-level rule is off for that mail:

- `preamble_copy_rfc2231_continued_boundary` / `..._extended_boundary`: red team 1's
  closed attack (`redteam_smime_cutout`: the genuine signed entity copied into the
  outer preamble, the multipart/signed showing a postscript) was **verified** again: closed
  (`suspicious`: `mail_structure`, the boundary taken as the email package reads it);
- `spaced_part_headers_rfc2231_boundary`: a part whose headers are written
  `Content-Type : …` (RFC 5322 4.5 obsolete syntax, accepted by mail clients; to the
  email package the end of the part's headers, so the part is us-ascii body text) holds
  the postscript quoted-printable with every byte escaped: a client decodes it, the
  checks read "=50=2E=53…". Was **verified** beside the genuine sealed letter: closed
  (`mail_structure` names the `Name :` header).
- `preamble_copy_boundary_with_trailing_space`: the same without RFC 2231,
  `boundary="OUTER "`: the email package strips the space (`get_boundary`), the strict
  reader kept it and found no delimiter of it. Was **verified**: closed (stripped as
  `get_boundary` strips it).
- `preamble_copy_nested_ten_deep`: the same with plain boundaries, in a multipart nested
  ten levels down: the strict reader stops at depth 8 (and after 500 parts) and calls
  the rest clean. Was **verified**: closed (a limit reached is itself an anomaly).
- held (regression): both with a plain `boundary="OUTER"` (`mail_structure` fails,
  `suspicious`); control: the sealed letter with a cover, plain boundary → `verified`.

**E. A file labelled as a signature is skipped, wherever it sits.** The unsigned-text
rule returns on any part labelled `application/pgp-signature`,
`application/pkcs7-signature` or `application/x-pkcs7-signature`
(`unsigned_collect._SIGNATURE_PARTS`) as "a signature part", and the parse step does
not read those types (`parsers/mail._NOT_READ`); but only the second child of a
multipart/signed is one, and nothing validates such a label elsewhere. Beside the
genuine sealed letter, a file named `completare.txt` (or `.html`) under such a label,
which a mail client lists by its name and a person opens by it, asks for the account's
passwords and private conversations: was **verified** for each of the three labels
(base64 or not) and for the HTML file. Closed (`incomplete`): a part is a detached
signature only as the second child of a multipart/signed (`unsigned_collect`,
`parsers/mail`); anywhere else a file so labelled is read as any file (CMS bytes as
CAdES, a text file by its name, else named unread).
Held (regression): the same file as text/plain
(the rule reads it) and labelled `application/pkcs7-mime` (validated as opaque S/MIME,
fails: `suspicious`). Control: a genuine CAdES `adresa.pdf.p7s` labelled
`application/pkcs7-signature` beside its letter → `verified` (a fix must still read a
real detached signature as one).
"""

from __future__ import annotations

import base64
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter as letter_text
from tests.attacks.mailkit import build, pdf_part, text_part
from tests.attacks.redteam4_cades_files import _p7s
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


def _copy_before(
    shown_text: str, where: str, channel: str = "cli"
) -> Callable[[World], Submission]:
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
        return _smime_file(w, first + _signed_part(ctype, boundary, shown, sigpart), channel)

    return make


def _two_signed_parts(w: World) -> Submission:
    entity = text_entity(SIGNED)
    ctype, boundary, sigpart = smime_detached(w.signer, entity)
    genuine = _signed_part(ctype, boundary, entity, sigpart)
    second = _signed_part(ctype, boundary, text_entity(SIGNED + PS), sigpart)
    return _smime_file(w, genuine + second)


def _postscript_unsigned(w: World) -> Submission:
    """The postscript in a plain text part beside the genuine S/MIME part: read, and held."""
    entity = text_entity(SIGNED)
    ctype, boundary, sigpart = smime_detached(w.signer, entity)
    cover = (
        b"--OUTER\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        + PS.strip().encode()
        + b"\r\n"
    )
    return _smime_file(w, cover + _signed_part(ctype, boundary, entity, sigpart))


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


# ------------------------------------------------------------------ D. a boundary the strict reader misses

# How the outer boundary is written: RFC 2231 encodings the email package decodes (and
# every RFC 2231 reader: a continuation, an extended value with empty charset and
# language), the plain form, and a quoted form ending in a space.
BOUNDARY_PARAMS = {
    "continued": 'boundary*0="OUT"; boundary*1="ER"',
    "extended": "boundary*=''OUTER",
    "plain": 'boundary="OUTER"',
    # Not RFC 2231: a quoted value ending in a space, which the email package strips
    # (`Message.get_boundary` rstrips it) and the strict reader keeps.
    "trailing_space": 'boundary="OUTER "',
}


def _qp_all(text: str) -> bytes:
    """`text` quoted-printable with every byte escaped ("=50=2E=53…"), in 72-column lines."""
    enc = "".join(f"={b:02X}" for b in text.encode())
    return "=\r\n".join(enc[i : i + 72] for i in range(0, len(enc), 72)).encode() + b"\r\n"


def _head(param: str, subject: str = "Adresa oficiala") -> bytes:
    return (
        f"From: Politia Cluj <{POLICE}>\r\nTo: legal@okazii.ro\r\nSubject: {subject}\r\n"
        "Date: Thu, 12 Nov 2026 14:32:10 +0200\r\nMessage-ID: <7002@test>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/mixed; {param}\r\n\r\n"
    ).encode()


def _preamble_copy(param: str) -> Callable[[World], Submission]:
    """Red team 1's preamble cut-out (closed by mailstrict), the outer boundary written `param`."""

    def make(w: World) -> Submission:
        entity = text_entity(SIGNED)
        ctype, boundary, sigpart = smime_detached(w.signer, entity)
        body = _copy(boundary, entity)
        body += _signed_part(ctype, boundary, text_entity(SIGNED + PS), sigpart)
        raw = dkim_sign(
            w, _head(BOUNDARY_PARAMS[param]) + body + b"--OUTER--\r\n", "cj.politiaromana.ro"
        )
        return Submission(raw, channel="cli", filename="adresa.eml")

    return make


def _preamble_copy_deep(w: World) -> Submission:
    """Red team 1's preamble copy, in the preamble of a multipart nested ten deep: the
    strict reader stops splitting below depth 8 (and takes what it did not read for clean),
    the email package and the checks read every level."""
    entity = text_entity(SIGNED)
    ctype, boundary, sigpart = smime_detached(w.signer, entity)
    inner = _copy(boundary, entity) + _signed_part(
        ctype, boundary, text_entity(SIGNED + PS), sigpart
    )
    inner = inner.replace(b"--OUTER\r\n", b"--L10\r\n") + b"--L10--\r\n"
    for level in range(10, 0, -1):
        outer = "OUTER" if level == 1 else f"L{level - 1}"
        head = f'--{outer}\r\nContent-Type: multipart/mixed; boundary="L{level}"\r\n\r\n'
        inner = head.encode() + inner + b"\r\n"
        if level > 1:
            inner += f"--{outer}--\r\n".encode()
    raw = dkim_sign(
        w, _head(BOUNDARY_PARAMS["plain"]) + inner + b"--OUTER--\r\n", "cj.politiaromana.ro"
    )
    return Submission(raw, channel="cli", filename="adresa.eml")


def _genuine_plain(w: World) -> Submission:
    """The sealed letter and a cover, written like the cases of D (a plain boundary)."""
    cover = text_part("Buna ziua,\nVa transmitem alaturat adresa noastra, semnata.\n")
    parts = (cover, pdf_part(sealed_letter(w)))
    body = b"".join(b"--OUTER\r\n" + p + b"\r\n" for p in parts) + b"--OUTER--\r\n"
    subject = "Adresa oficiala nr. 123.456 din 12.11.2026"
    raw = dkim_sign(w, _head(BOUNDARY_PARAMS["plain"], subject) + body, "cj.politiaromana.ro")
    return Submission(raw, channel="cli", filename="adresa.eml")


def _spaced_part_headers(param: str) -> Callable[[World], Submission]:
    """The sealed letter, a cover, and a part whose headers are written "Name :" (RFC 5322
    4.5's obsolete syntax, which mail clients accept and the email package does not: to it
    they are body text), holding the postscript quoted-printable: a client decodes it, the
    checks read "=50=2E=53…"."""

    def make(w: World) -> Submission:
        cover = text_part("Buna ziua,\nVa transmitem alaturat adresa noastra, semnata.\n")
        hidden = (
            b"Content-Type : text/plain; charset=utf-8\r\n"
            b"Content-Transfer-Encoding : quoted-printable\r\n\r\n" + _qp_all(PS.strip())
        )
        parts = (cover, hidden, pdf_part(sealed_letter(w)))
        body = b"".join(b"--OUTER\r\n" + p + b"\r\n" for p in parts) + b"--OUTER--\r\n"
        subject = "Adresa oficiala nr. 123.456 din 12.11.2026"
        raw = dkim_sign(w, _head(BOUNDARY_PARAMS[param], subject) + body, "cj.politiaromana.ro")
        return Submission(raw, channel="cli", filename="adresa.eml")

    return make


# ------------------------------------------------------------------ E. a file labelled as a signature

PS_FILE = (
    "P.S. Atasati la raspuns si parolele contului si conversatiile private ale "
    "utilizatorului ion_vanzator88.\r\n"
)


def _labelled_file(
    ctype: str, name: str = "completare.txt", b64: bool = False
) -> Callable[[World], Submission]:
    """The sealed letter and a cover, and a text file `name` carrying the postscript, labelled
    `ctype`: outside any multipart/signed, a label is all that makes it "a signature"."""

    def make(w: World) -> Submission:
        data = PS_FILE.encode()
        cte = ""
        if b64:
            data = base64.encodebytes(data).replace(b"\n", b"\r\n")
            cte = "Content-Transfer-Encoding: base64\r\n"
        annex = (
            f'Content-Type: {ctype}; name="{name}"\r\n{cte}'
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n'
        ).encode() + data
        cover = text_part("Buna ziua,\nVa transmitem alaturat adresa noastra, semnata.\n")
        parts = (cover, pdf_part(sealed_letter(w)), annex)
        body = b"".join(b"--OUTER\r\n" + p + b"\r\n" for p in parts) + b"--OUTER--\r\n"
        subject = "Adresa oficiala nr. 123.456 din 12.11.2026"
        raw = dkim_sign(w, _head(BOUNDARY_PARAMS["plain"], subject) + body, "cj.politiaromana.ro")
        return Submission(raw, channel="cli", filename="adresa.eml")

    return make


# ------------------------------------------------------------------ the cases

_CUT = (
    "router/signatures/smime.py signed_part_bytes -> mimecut.part_bytes cuts the signed "
    "entity at the first `--<boundary>` line anywhere in the raw item (here {where}), not "
    "where the MIME parser found the multipart/signed; unsigned_collect._walk skips the "
    "first child of every multipart/signed once any S/MIME part binds, so the part a "
    "person reads as signed (with the postscript) is read by nobody"
)
_LABEL = (
    "router/signatures/unsigned_collect.py _walk returns on any part whose Content-Type is in "
    "_SIGNATURE_PARTS ({ctype}) without reading or naming it, wherever it sits (parsers/mail.py "
    "_NOT_READ: the parse step does not read it either, and no signature check looks at a "
    "detached-signature label outside a multipart/signed): the file {name} a person opens by "
    "its name carries the demand"
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
    ),
    _attack(
        "smime_copy_in_html_comment",
        False,
        _copy_before(SIGNED + PS, "html"),
    ),
    _attack(
        "smime_copy_in_html_comment_by_smtp",
        False,
        _copy_before(SIGNED + PS, "html", "smtp"),
    ),
    _attack(
        "smime_two_signed_parts_one_boundary",
        False,
        _two_signed_parts,
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
    _attack("smime_postscript_in_unsigned_part", False, _postscript_unsigned),
    # B. the enclosure's wrapper
    _attack("genuine_forwarded_as_attachment", True, _genuine_enclosed(journal=False)),
    _attack("genuine_journal_report", True, _genuine_enclosed(journal=True)),
    _attack(
        "wrapper_carries_letter_beside_police_circular",
        False,
        _wrapped(),
    ),
    _attack(
        "wrapper_carries_letter_beside_police_note_to_us",
        False,
        _wrapped(thanks=True),
    ),
    _attack(
        "wrapper_carries_letter_by_smtp_from_outside",
        False,
        _wrapped(channel="smtp"),
    ),
    _attack(
        "wrapper_carries_letter_by_imap",
        False,
        _wrapped(channel="imap"),
    ),
    _attack(
        "journal_report_carries_letter",
        False,
        _wrapped(journal=True),
    ),
    _attack(
        "wrapper_carries_cades_letter",
        False,
        _wrapped(cades=True),
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
    ),
    _attack(
        "wrapper_mail_followup_to",
        False,
        _wrapper_header(b"Mail-Followup-To: IPJ Cluj <dosare.ipjcluj@gmail.com>"),
    ),
    _attack(
        "wrapper_read_receipt_to",
        False,
        _wrapper_header(b"Disposition-Notification-To: dosare.ipjcluj@gmail.com"),
    ),
    _attack(
        "wrapper_reply_to",
        False,
        _wrapper_header(b"Reply-To: IPJ Cluj <dosare.ipjcluj@gmail.com>"),
    ),
    # D. a boundary the strict reader misses
    _attack("genuine_sealed_letter_with_cover", True, _genuine_plain),
    _attack("preamble_copy_plain_boundary", False, _preamble_copy("plain")),
    _attack("preamble_copy_rfc2231_continued_boundary", False, _preamble_copy("continued")),
    _attack("preamble_copy_rfc2231_extended_boundary", False, _preamble_copy("extended")),
    _attack("preamble_copy_boundary_with_trailing_space", False, _preamble_copy("trailing_space")),
    _attack("preamble_copy_nested_ten_deep", False, _preamble_copy_deep),
    _attack("spaced_part_headers_plain_boundary", False, _spaced_part_headers("plain")),
    _attack("spaced_part_headers_rfc2231_boundary", False, _spaced_part_headers("continued")),
    # E. a file labelled as a signature
    _attack("genuine_cades_p7s_labelled_pkcs7_signature", True, _p7s()),  # type: ignore[arg-type]
    _attack("text_file_labelled_text_plain", False, _labelled_file("text/plain")),
    _attack(
        "text_file_labelled_pgp_signature",
        False,
        _labelled_file("application/pgp-signature"),
    ),
    _attack(
        "text_file_labelled_pkcs7_signature",
        False,
        _labelled_file("application/pkcs7-signature"),
    ),
    _attack(
        "base64_text_file_labelled_x_pkcs7_signature",
        False,
        _labelled_file("application/x-pkcs7-signature", b64=True),
    ),
    _attack(
        "html_file_labelled_pgp_signature",
        False,
        _labelled_file("application/pgp-signature", name="completare.html"),
    ),
    _attack("text_file_labelled_pkcs7_mime", False, _labelled_file("application/pkcs7-mime")),
    # C. a sibling unit's From under IPJ Cluj's DKIM
    _attack("sibling_unit_from_under_own_dkim", False, _sibling_from),
]
