"""Red team 4 (genuine refused): a letter signed as a CAdES file (.p7m, .p7s) is not a signed letter.

Romanian institutions sign documents with their qualified trust-service
provider's desktop tools as often as in the PDF: "adresa.pdf.p7m" (CAdES
enveloping: the signed-data holds the PDF) or "adresa.pdf" with
"adresa.pdf.p7s" beside it (CAdES detached). Courts, prosecutors and police
send both; the legal team opens them with the provider's viewer. Signed by the
bound IPJ Cluj seal, over the letter the request states:

- the .p7m labelled `application/pkcs7-mime` (as mail clients label it) is
  taken for an opaque S/MIME message (`smime.validate_smime_parts`) and
  failed because a seal's certificate names no e-mail address: `suspicious`,
  a decisive fail for a genuine, bound signature;
- the same .p7m labelled `application/octet-stream`: nobody validates it
  (`Context.files` keeps PDFs and images only): `incomplete`;
- the .p7s beside its PDF: no check ties a detached CMS to the file it signs
  (`unsigned_collect` skips it as a "signature part"): `incomplete`.

Expected `verified` for each (the seal is bound, the signed content states
the request). Held (forged): a .p7m signed by a private person's unbound
certificate, and a .p7s that signs another PDF than the one attached.

Closed by `router.signatures.cades` (the same rules as a signed PDF, kind
`cades_signature`) and `parsers.cms` (the parse step reads the document inside
a .p7m). Added as an attacker who knows that: the signed file's bytes changed
inside the envelope, a self-signed certificate with the bound seal's exact
subject, another authority's bound seal over the letter, a .p7s whose digest
matches an old letter attached under another name while the shown
"adresa.pdf" asks for more, an unsigned annex beside a valid .p7s, a .p7m
re-wrapped in base64 (as some tools write it, genuine), signed twice
(.p7m.p7m, genuine) and a .p7m dropped into a folder as a file.
"""

from __future__ import annotations

import base64
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, letter
from tests.attacks.mailkit import crlf, sign
from tests.attacks.redteam4_kit import POLICE, eml
from tests.samples.signatures.world import SEALS, Identity, World, issue, letter_pdf

CLS = "redteam4_cades_files"


def _cms(identity: Identity, data: bytes, *, detached: bool) -> bytes:
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data)
    builder = builder.add_signer(identity.cert, identity.key, hashes.SHA256())
    for c in identity.chain:
        builder = builder.add_certificate(c)
    options = [pkcs7.PKCS7Options.Binary]
    if detached:
        options.append(pkcs7.PKCS7Options.DetachedSignature)
    return builder.sign(serialization.Encoding.DER, options)


def _mail(w: World, parts: list[tuple[str, bytes, str]]) -> Submission:
    msg = MIMEMultipart()
    msg.attach(MIMEText(COVER, "plain", "utf-8"))
    for name, data, subtype in parts:
        part = MIMEApplication(data, subtype)
        part.add_header("Content-Disposition", "attachment", filename=name)
        msg.attach(part)
    msg["From"] = formataddr((IPJ, POLICE))
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = "Adresă oficială nr. 123.456 din 12.11.2026"
    msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
    msg["Message-ID"] = "<71@test>"
    return eml(sign(w, crlf(msg.as_bytes()), "cj.politiaromana.ro"))


def _p7m(subtype: str, private: bool = False) -> object:
    def make(w: World) -> Submission:
        signer = w.private if private else w.seals["ipj_cluj"]
        assert signer is not None
        der = _cms(signer, letter_pdf(letter()), detached=False)
        return _mail(w, [("adresa.pdf.p7m", der, subtype)])

    return make


def _p7s(other: bool = False) -> object:
    def make(w: World) -> Submission:
        pdf = letter_pdf(letter())
        signed = letter_pdf(letter(user="altcineva_01")) if other else pdf
        der = _cms(w.seals["ipj_cluj"], signed, detached=True)
        return _mail(w, [("adresa.pdf", pdf, "pdf"), ("adresa.pdf.p7s", der, "pkcs7-signature")])

    return make


def _tampered_p7m(w: World) -> Submission:
    pdf = letter_pdf(letter())
    der = _cms(w.seals["ipj_cluj"], pdf, detached=False)
    # The signed PDF's bytes changed inside the envelope, lengths kept (the DER stays
    # well formed): an attacker's edit of the letter, as any byte of it would be.
    at = der.index(pdf) + len(pdf) // 2
    forged = der[:at] + bytes([der[at] ^ 0x01]) + der[at + 1 :]
    return _mail(w, [("adresa.pdf.p7m", forged, "pkcs7-mime")])


def _self_signed_look_alike(w: World) -> Submission:
    org, org_id = SEALS["ipj_cluj"]
    fake = issue("Sigiliu ipj_cluj", None, org=org, org_id=org_id)
    der = _cms(fake, letter_pdf(letter()), detached=False)
    return _mail(w, [("adresa.pdf.p7m", der, "octet-stream")])


def _other_authority_seal(w: World) -> Submission:
    der = _cms(w.seals["diicot"], letter_pdf(letter()), detached=False)
    return _mail(w, [("adresa.pdf.p7m", der, "pkcs7-mime")])


def _p7s_matches_old_letter(w: World) -> Submission:
    old = letter_pdf(letter())
    shown = letter_pdf(letter(data="parolele, IBAN-urile și conversațiile private"))
    der = _cms(w.seals["ipj_cluj"], old, detached=True)
    return _mail(
        w,
        [
            ("adresa.pdf", shown, "pdf"),
            ("adresa.pdf.p7s", der, "pkcs7-signature"),
            ("arhiva.pdf", old, "pdf"),
        ],
    )


def _p7s_with_unsigned_annex(w: World) -> Submission:
    pdf = letter_pdf(letter())
    annex = letter_pdf(
        "Anexa la adresa nr. 123.456\n\nVă rugăm să ne comunicați și parolele contului "
        "utilizatorului ion_vanzator88 și conversațiile sale private.\n"
    )
    der = _cms(w.seals["ipj_cluj"], pdf, detached=True)
    return _mail(
        w,
        [
            ("adresa.pdf", pdf, "pdf"),
            ("adresa.pdf.p7s", der, "pkcs7-signature"),
            ("anexa.pdf", annex, "pdf"),
        ],
    )


def _base64_p7m(w: World) -> Submission:
    der = _cms(w.seals["ipj_cluj"], letter_pdf(letter()), detached=False)
    text = b"-----BEGIN PKCS7-----\n" + base64.encodebytes(der) + b"-----END PKCS7-----\n"
    return _mail(w, [("adresa.pdf.p7m", text, "octet-stream")])


def _signed_twice(w: World) -> Submission:
    inner = _cms(w.signer, letter_pdf(letter()), detached=False)
    outer = _cms(w.seals["ipj_cluj"], inner, detached=False)
    return _mail(w, [("adresa.pdf.p7m.p7m", outer, "octet-stream")])


def _outer_layer_unbound(w: World) -> Submission:
    assert w.private is not None
    inner = _cms(w.seals["ipj_cluj"], letter_pdf(letter()), detached=False)
    outer = _cms(w.private, inner, detached=False)
    return _mail(w, [("adresa.pdf.p7m.p7m", outer, "octet-stream")])


def _folder_file(private: bool = False) -> object:
    def make(w: World) -> Submission:
        signer = w.private if private else w.seals["ipj_cluj"]
        assert signer is not None
        der = _cms(signer, letter_pdf(letter()), detached=False)
        return Submission(der, channel="folder", filename="adresa.pdf.p7m")

    return make


def _attack(name: str, genuine: bool, make, expect: str = "verified") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, expect=expect)


ATTACKS = [
    _attack("genuine_p7m_labelled_pkcs7_mime", True, _p7m("pkcs7-mime")),
    _attack("genuine_p7m_labelled_octet_stream", True, _p7m("octet-stream")),
    _attack("genuine_pdf_with_detached_p7s", True, _p7s()),
    _attack("genuine_p7m_in_base64", True, _base64_p7m),
    _attack("genuine_p7m_signed_twice_officer_and_seal", True, _signed_twice),
    _attack("p7m_signed_by_a_private_person", False, _p7m("pkcs7-mime", private=True)),
    _attack("p7s_signs_another_pdf", False, _p7s(other=True)),
    _attack("p7m_content_changed_inside_the_envelope", False, _tampered_p7m),
    _attack("p7m_self_signed_with_the_seals_subject", False, _self_signed_look_alike),
    _attack("p7m_sealed_by_another_authority", False, _other_authority_seal),
    _attack("p7s_matches_an_old_letter_under_another_name", False, _p7s_matches_old_letter),
    _attack("p7s_with_an_unsigned_annex_asking_more", False, _p7s_with_unsigned_annex),
    _attack("p7m_signed_again_by_a_private_person", False, _outer_layer_unbound),
    _attack("p7m_by_a_private_person_as_a_folder_file", False, _folder_file(private=True)),
]
