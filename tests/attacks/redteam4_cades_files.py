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
"""

from __future__ import annotations

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
from tests.samples.signatures.world import Identity, World, letter_pdf

CLS = "redteam4_cades_files"
GAP = "{path}: a CAdES {what} signed by the bound seal over the letter is not a signature"


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


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack(
        "genuine_p7m_labelled_pkcs7_mime",
        True,
        _p7m("pkcs7-mime"),
        GAP.format(
            path="smime.validate_smime_parts takes it for opaque S/MIME and smime._check "
            "fails a certificate without an e-mail address (decisive: suspicious)",
            what=".p7m",
        ),
    ),
    _attack(
        "genuine_p7m_labelled_octet_stream",
        True,
        _p7m("octet-stream"),
        GAP.format(
            path="Context.files keeps PDFs and images only; nothing validates the CMS",
            what=".p7m",
        ),
    ),
    _attack(
        "genuine_pdf_with_detached_p7s",
        True,
        _p7s(),
        GAP.format(
            path="no check ties a detached CMS file to the file it signs "
            "(unsigned_collect skips application/pkcs7-signature)",
            what=".p7s",
        ),
    ),
    _attack("p7m_signed_by_a_private_person", False, _p7m("pkcs7-mime", private=True)),
    _attack("p7s_signs_another_pdf", False, _p7s(other=True)),
]
