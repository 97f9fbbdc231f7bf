"""A file inside the entity an S/MIME signature verified is signed too.

Round 14's blind split (spent at round 15's arrival) held a prosecutor's request
written as an S/MIME-signed entity, multipart/mixed: the letter's text and its PDF
copy, both inside what her bound certificate signed. The copy was read as unsigned
text around the signed content, and its phone number (the copy's line breaking
inside it: "+40 721 004" / "558") as one the signed text does not state, the mail
saying more than the signature covers: the genuine request was `incomplete`. A file inside a verified
entity is covered by the signature as its text is (`unsigned_collect._inside_entities`).

Control: the same PDF *beside* the signed entity, outside it, still says more than
the signature covers (a user the signed text never names).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, letter
from tests.attacks.mailkit import multipart, pdf_part, text_part
from tests.attacks.redteam3_kit import policy, sub
from tests.attacks.redteam_kit import crlf, dkim_sign, smime_detached
from tests.samples.signatures.world import World, letter_pdf

CLS = "smime_enclosed_copy"

SIGNED = letter(data="datele de identificare (telefon +40 721 004 558)")
# the copy's lines break inside the number, as round 14's PDF did ("+40 721 004\n558")
COPY = letter(data="datele de identificare (telefon +40 721 004\n558)")
OTHER = letter(user="alt_utilizator77")


def _signed_mail(copy: bytes, *, inside: bool) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        parts = (
            [text_part(SIGNED), pdf_part(copy, "adresa_copie.pdf")]
            if inside
            else [text_part(SIGNED)]
        )
        entity = crlf(
            b'Content-Type: multipart/mixed; boundary="INNER"\r\n\r\n' + multipart("INNER", *parts)
        )
        ctype, boundary, sigpart = smime_detached(w.signer, entity)
        signed = (
            ctype
            + b"\r\n\r\n--"
            + boundary
            + b"\r\n"
            + entity
            + b"\r\n--"
            + boundary
            + sigpart
            + b"--"
            + boundary
            + b"--\r\n"
        )
        outer = [text_part(COVER), signed] + ([] if inside else [pdf_part(copy, "anexa.pdf")])
        head = (
            b"From: Politia Cluj <politia.cluj@cj.politiaromana.ro>\r\nTo: legal@okazii.ro\r\n"
            b"Subject: Adresa oficiala\r\nDate: Thu, 12 Nov 2026 14:32:10 +0200\r\n"
            b"Message-ID: <71@test>\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="OUTER"\r\n\r\n'
        )
        return sub(dkim_sign(w, head + multipart("OUTER", *outer), "cj.politiaromana.ro"))

    return build


ATTACKS = [
    Attack(
        CLS,
        "genuine_pdf_copy_inside_the_signed_entity",
        True,
        lambda w: _signed_mail(letter_pdf(COPY), inside=True)(w),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "unsigned_pdf_beside_the_signed_entity_naming_another_user",
        False,
        lambda w: _signed_mail(letter_pdf(OTHER), inside=False)(w),
        policy_toml=policy,
    ),
]
