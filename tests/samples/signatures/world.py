"""A self-contained test world: a CA, DKIM keys in a zone file, mail and PDF builders.

`World.create(folder)` writes `zone.txt` (DKIM keys, SPF, DMARC for fictional
authority and attacker domains; documentation IP ranges only) and `roots/`
(the test CA's root). Builders make mail (DKIM-signed or not, with the
Received line of our own MX), signed/tampered PDFs (pyHanko) and S/MIME
mail (cryptography). Nothing here touches the network.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import tomllib
from dataclasses import dataclass, field
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from importlib import resources
from pathlib import Path
from typing import Any
from unittest import mock

import dkim
from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigFieldSpec
from pyhanko.sign.signers import pdf_signer
from pyhanko_certvalidator.registry import SimpleCertificateStore

from router.policy import Policy, load_policy

# The fields of the police request every signature test judges (case 4567, one user).
REQUEST_FIELDS: dict[str, Any] = {
    "authority": "IPJ Cluj",
    "reference_number": "123456",
    "reference_date": "2026-11-12",
    "case_number": "4567/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "requested_data": ["istoricul tranzacțiilor"],
    "subjects": [{"kind": "username", "value": "ion_vanzator88"}],
}
POLICE_IP = "192.0.2.10"  # TEST-NET-1: the police's outbound MTA
ATTACKER_IP = "198.51.100.66"  # TEST-NET-2
GMAIL_IP = "203.0.113.5"  # TEST-NET-3
FAXGW_IP = "192.0.2.20"  # a fax-to-e-mail gateway's outbound MTA (TEST-NET-1)
FAXGW = "fax@faxgw.example.ro"  # the gateway's sender address
DER = serialization.Encoding.DER

# The qualified seals of the test world: (subject O, organizationIdentifier).
SEALS: dict[str, tuple[str, str]] = {
    "ipj_cluj": ("INSPECTORATUL DE POLITIE JUDETEAN CLUJ", "VATRO-4288001"),
    "diicot": (
        "DIRECTIA DE INVESTIGARE A INFRACTIUNILOR DE CRIMINALITATE ORGANIZATA",
        "VATRO-14746705",
    ),
    "court": ("TRIBUNALUL CLUJ", "VATRO-4305849"),
    "parchet": ("PARCHETUL DE PE LANGA TRIBUNALUL CLUJ", "VATRO-4322661"),
}

# The registry entry of the county police whose seal and officer the world binds.
IPJ_CLUJ = "Inspectoratul de Poliție Județean Cluj"


def seal_identity(seal: tuple[str, str]) -> dict[str, str]:
    """A registry `signing_identities` entry for a seal."""
    return {"organization": seal[0], "organization_identifier": seal[1]}


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(type(value))


def registry_toml(bind: dict[str, list[dict[str, str]]], *, confirm: bool = True) -> str:
    """The shipped [[authorities]] (lists replace in an overlay), with these signing identities.

    An entry given identities is marked confirmed unless `confirm` is false (the
    operator bound them but the legal team has not confirmed the entry).
    """
    text = resources.files("router").joinpath("default_policy.toml").read_text("utf-8")
    out: list[str] = []
    for entry in tomllib.loads(text)["authorities"]:
        ids = bind.get(entry["name"], [])
        # Binding an entry's identities is the legal team's confirmation of the entry:
        # an unconfirmed entry binds no signer (router.signatures.consistency).
        entry = {
            **entry,
            "signing_identities": ids,
            **({"confirmed": True} if ids and confirm else {}),
        }
        out.append("[[authorities]]")
        out += [f"{k} = {_toml_value(v)}" for k, v in entry.items()]
        out.append("")
    return "\n".join(out)


# QCStatements (ETSI EN 319 412-5): qcCompliance, and QcType id-etsi-qct-eseal.
QC_ESEAL = bytes.fromhex("301f3008060604008e4601013013060604008e4601063009060704008e46010602")


def _name(
    cn: str, org: str | None = "Test", email: str | None = None, org_id: str | None = None
) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "RO")]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    if org_id:  # organizationIdentifier (2.5.4.97), as a qualified seal carries it
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, org_id))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(attrs)


@dataclass
class Identity:
    """A key and its certificate (cryptography objects), with the chain above it."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)

    def asn1_cert(self) -> ax509.Certificate:
        return ax509.Certificate.load(self.cert.public_bytes(DER))

    def signer(self) -> signers.SimpleSigner:
        key = akeys.PrivateKeyInfo.load(
            self.key.private_bytes(
                DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        chain = [ax509.Certificate.load(c.public_bytes(DER)) for c in self.chain]
        return signers.SimpleSigner(
            signing_cert=self.asn1_cert(),
            signing_key=key,
            cert_registry=SimpleCertificateStore.from_certs(chain),
        )


def issue(
    cn: str,
    issuer: Identity | None = None,
    *,
    ca: bool = False,
    days: tuple[int, int] = (-1, 365),
    email: str | None = None,
    org: str | None = "Test",
    org_id: str | None = None,
    qualified: bool | None = None,
) -> Identity:
    """A certificate for `cn`, signed by `issuer` (self-signed when None). `qualified`:
    with the QC statements of a qualified seal (qcCompliance, QcType eseal); by default
    an end entity with an organizationIdentifier is one, as an institution's seal is."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    b = (
        x509.CertificateBuilder()
        .subject_name(_name(cn, org, email, org_id))
        .issuer_name(issuer.cert.subject if issuer else _name(cn, org, email, org_id))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + dt.timedelta(days=days[0]))
        .not_valid_after(now + dt.timedelta(days=days[1]))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    if email:
        b = b.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    if qualified if qualified is not None else bool(org_id and not ca):
        b = b.add_extension(
            x509.UnrecognizedExtension(x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3"), QC_ESEAL),
            critical=False,
        )
    cert = b.sign(issuer.key if issuer else key, hashes.SHA256())
    chain = ([issuer.cert, *issuer.chain]) if issuer else []
    return Identity(key, cert, chain)


def _dkim_key() -> tuple[bytes, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    pub = key.public_key().public_bytes(DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem, base64.b64encode(pub).decode()


def _txt(value: str) -> str:
    chunks = [value[i : i + 200] for i in range(0, len(value), 200)]
    return " ".join(f'"{c}"' for c in chunks)


@dataclass
class World:
    """The zone file, the trust roots and the keys of one test run."""

    folder: Path
    ca: Identity
    signer: Identity  # an authority's signing certificate under the CA
    dkim_keys: dict[str, bytes]  # domain → private key PEM (selector "sel")
    # Qualified seals (O + organizationIdentifier) and a private person's
    # qualified certificate, all under the same pinned root.
    seals: dict[str, Identity] = field(default_factory=dict)
    private: Identity | None = None

    @property
    def zone(self) -> Path:
        return self.folder / "zone.txt"

    @property
    def roots(self) -> Path:
        return self.folder / "roots"

    @classmethod
    def create(cls, folder: Path) -> World:
        folder.mkdir(parents=True, exist_ok=True)
        ca = issue("Test Root CA", ca=True, days=(-10, 3650))
        signer = issue("Popescu Ion", ca, email="politia.cluj@cj.politiaromana.ro", org="IPJ Cluj")
        keys: dict[str, bytes] = {}
        lines = ["$TTL 300"]
        for domain in (
            "cj.politiaromana.ro",
            "politiaromana.ro",
            "mpublic.ro",
            "gmail.com",
            "politia-romana.ro",
            "politiaromana.ro.example.net",
            "mai.gov.ro",  # an authority under a parent domain many institutions share
            "primaria-oarecare.gov.ro",  # another institution under it
            "just.ro",  # the courts' mailboxes
            "diicot.ro",
            "faxgw.example.ro",  # our fax-to-e-mail gateway, whose mail may come as a file
        ):
            pem, pub = _dkim_key()
            keys[domain] = pem
            lines.append(f"sel._domainkey.{domain}. IN TXT {_txt(f'v=DKIM1; k=rsa; p={pub}')}")
        lines += [
            f'politiaromana.ro. IN TXT "v=spf1 ip4:{POLICE_IP}/32 -all"',
            f'cj.politiaromana.ro. IN TXT "v=spf1 ip4:{POLICE_IP} -all"',
            '_dmarc.politiaromana.ro. IN TXT "v=DMARC1; p=reject; rua=mailto:d@politiaromana.ro"',
            f'mpublic.ro. IN TXT "v=spf1 ip4:{POLICE_IP} -all"',
            f'gmail.com. IN TXT "v=spf1 ip4:{GMAIL_IP} ~all"',
            '_dmarc.gmail.com. IN TXT "v=DMARC1; p=none"',
            f'politia-romana.ro. IN TXT "v=spf1 ip4:{ATTACKER_IP} -all"',
            '_dmarc.politia-romana.ro. IN TXT "v=DMARC1; p=none"',
            f'example.net. IN TXT "v=spf1 ip4:{ATTACKER_IP} -all"',
            f'attacker.example. IN TXT "v=spf1 ip4:{ATTACKER_IP} -all"',
            f'faxgw.example.ro. IN TXT "v=spf1 ip4:{FAXGW_IP} -all"',
            '_dmarc.faxgw.example.ro. IN TXT "v=DMARC1; p=reject"',
            '_dmarc.mai.gov.ro. IN TXT "v=DMARC1; p=reject"',
            f'just.ro. IN TXT "v=spf1 ip4:{POLICE_IP} -all"',
            '_dmarc.just.ro. IN TXT "v=DMARC1; p=reject"',
            f'diicot.ro. IN TXT "v=spf1 ip4:{POLICE_IP} -all"',
            '_dmarc.diicot.ro. IN TXT "v=DMARC1; p=reject"',
        ]
        (folder / "zone.txt").write_text("\n".join(lines) + "\n", "utf-8")
        roots = folder / "roots"
        roots.mkdir(exist_ok=True)
        (roots / "test-root.pem").write_bytes(ca.cert.public_bytes(serialization.Encoding.PEM))
        seals = {
            name: issue(f"Sigiliu {name}", ca, org=org, org_id=org_id)
            for name, (org, org_id) in SEALS.items()
        }
        private = issue("Ionescu Maria", ca, org=None, email="maria.ionescu@gmail.com")
        return cls(folder, ca, signer, keys, seals, private)

    def policy_toml(
        self, bind: dict[str, list[dict[str, str]]] | None = None, *, confirm: bool = True
    ) -> str:
        """The shipped registry with the world's signing identities bound (a policy overlay).

        By default "Popescu Ion" (the officer's certificate, by its SHA-256) and
        the county police seal speak for Poliția Română, the DIICOT seal for
        DIICOT, the court seal for the courts. `bind` replaces that binding.
        The bound entries are confirmed unless `confirm` is false.
        """
        if bind is None:
            bind = {
                IPJ_CLUJ: [
                    {"certificate_sha256": self.fingerprint(self.signer)},
                    seal_identity(SEALS["ipj_cluj"]),
                ],
                "DIICOT": [seal_identity(SEALS["diicot"])],
                "Instanțele judecătorești": [seal_identity(SEALS["court"])],
                "Ministerul Public (parchete)": [seal_identity(SEALS["parchet"])],
            }
        return registry_toml(bind, confirm=confirm)

    def policy(self) -> Policy:
        """The shipped policy with the world's signing identities bound (`policy_toml`)."""
        path = self.folder / "bound-policy.toml"
        if not path.exists():
            path.write_text(self.policy_toml(), "utf-8")
        return load_policy(path)

    @staticmethod
    def fingerprint(identity: Identity) -> str:
        return hashlib.sha256(identity.cert.public_bytes(DER)).hexdigest()

    # ------------------------------------------------------------------ mail

    def mail(
        self,
        from_addr: str,
        *,
        display: str = "Inspectoratul de Poliție Județean Cluj",
        body: str = "Vă rugăm să ne comunicați datele utilizatorului ion_vanzator88.",
        subject: str = "Adresă oficială nr. 123.456 din 12.11.2026",
        attachments: tuple[tuple[str, bytes], ...] = (),
        dkim_domain: str | None = None,
        client_ip: str = POLICE_IP,
        mail_from: str | None = None,
        reply_to: str | None = None,
        received: bool = True,
        tamper_after_dkim: bool = False,
    ) -> bytes:
        """A mail as our MX stored it: Return-Path and our Received line on top of the sender's."""
        if attachments:
            msg: MIMEMultipart | MIMEText = MIMEMultipart()
            msg.attach(MIMEText(body, "plain", "utf-8"))
            for name, data in attachments:
                part = MIMEApplication(data, "pdf")
                part.add_header("Content-Disposition", "attachment", filename=name)
                msg.attach(part)
        else:
            msg = MIMEText(body, "plain", "utf-8")
        msg["From"] = formataddr((display, from_addr)) if display else from_addr
        msg["To"] = "legal@okazii.ro"
        msg["Subject"] = subject
        msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
        msg["Message-ID"] = "<1@test>"
        if reply_to:
            msg["Reply-To"] = reply_to
        raw = msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if dkim_domain:
            sig = dkim.sign(
                raw,
                b"sel",
                dkim_domain.encode(),
                self.dkim_keys[dkim_domain],
                include_headers=[b"from", b"to", b"subject", b"date", b"message-id"],
            )
            raw = sig + raw
        if tamper_after_dkim:
            raw = raw.replace(b"Message-ID: <1@test>", b"Message-ID: <9@test>")
        if received:
            sender = mail_from if mail_from is not None else from_addr
            top = (
                f"Return-Path: <{sender}>\r\n"
                f"Received: from mta.sender.example (mta.sender.example [{client_ip}])\r\n"
                f"\tby mx1.okazii.ro (Postfix) with ESMTPS id 4X; Thu, 12 Nov 2026 14:32:11 +0200\r\n"
            )
            raw = top.encode() + raw
        return raw

    def smime_mail(
        self,
        identity: Identity,
        from_addr: str,
        body: str,
        tamper: bool = False,
        outer_body: str | None = None,
    ) -> bytes:
        """A multipart/signed S/MIME mail signed by `identity` (cryptography's PKCS#7 builder).

        With `outer_body`, the signed entity is nested in a multipart/mixed mail
        after an unsigned text/plain part holding `outer_body`.
        """
        inner = MIMEText(body, "plain", "us-ascii")
        content = inner.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        builder = (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(content)
            .add_signer(identity.cert, identity.key, hashes.SHA256())
        )
        for c in identity.chain:
            builder = builder.add_certificate(c)
        smime = builder.sign(serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
        head = (
            f"From: {formataddr(('Politia Cluj', from_addr))}\r\nTo: legal@okazii.ro\r\n"
            "Subject: Adresa oficiala\r\nMessage-ID: <2@test>\r\n"
        ).encode()
        smime = smime.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if outer_body is not None:
            smime = (
                b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="OUTER"\r\n\r\n'
                b"--OUTER\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + outer_body.replace("\n", "\r\n").encode("ascii")
                + b"\r\n--OUTER\r\n"
                + smime.replace(b"MIME-Version: 1.0\r\n", b"", 1)
                + b"\r\n--OUTER--\r\n"
            )
        raw = head + smime
        if tamper:
            raw = raw.replace(b"utilizatorului", b"utilizatorilor", 1)
        return raw

    # ------------------------------------------------------------------ PDFs


LETTER = (
    "Adresa oficiala nr. 123.456 din 12.11.2026, dosar penal nr. 4567/P/2026. "
    "In baza art. 170 CPP va rugam sa ne comunicati datele de identificare si "
    "istoricul tranzactiilor utilizatorului ion_vanzator88."
)


def letter_pdf(text: str = LETTER) -> bytes:
    """A one-page text PDF (fpdf2, core font); by default the letter the bench's fields describe."""
    pdf = FPDF()
    pdf.add_page()
    try:
        text.encode("latin-1")
        pdf.set_font("helvetica", size=12)
    except UnicodeEncodeError:  # Romanian letters (ș, ț): a Unicode font
        pdf.add_font("dejavu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        pdf.set_font("dejavu", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def sign_pdf(
    data: bytes,
    identity: Identity,
    field_name: str = "Semnatura",
    at: dt.datetime | None = None,
    **spec: Any,
) -> bytes:
    """`data` signed by `identity` with pyHanko (PAdES-style CMS, incremental update).

    `at`: the signing time the signature states (as the signer's clock said it);
    `spec`: a new visible field's SigFieldSpec arguments (e.g. `box`).
    """
    field_spec = SigFieldSpec(field_name, **spec) if spec else None

    def run() -> bytes:
        out = signers.sign_pdf(
            IncrementalPdfFileWriter(io.BytesIO(data)),
            signers.PdfSignatureMetadata(field_name=field_name),
            signer=identity.signer(),
            new_field_spec=field_spec,
        )
        return bytes(out.getvalue())

    if at is None:
        return run()

    class _Then(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> _Then:  # type: ignore[override]
            return cls.fromtimestamp(at.timestamp(), tz)

    with mock.patch.object(pdf_signer, "datetime", _Then):
        return run()


def modify_after_signing(signed: bytes) -> bytes:
    """An incremental update after the signature that adds text to the page (not allowed)."""
    w = IncrementalPdfFileWriter(io.BytesIO(signed))
    page = w.root["/Pages"]["/Kids"][0].get_object()
    ref = w.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 100 Td (ALTERED) Tj ET"))
    contents = page.raw_get("/Contents")
    page["/Contents"] = generic.ArrayObject([contents, ref])
    w.update_container(page)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def tamper_bytes(signed: bytes) -> bytes:
    """One byte of the signed range changed in place (the page's MediaBox key)."""
    i = signed.index(b"/MediaBox")
    return signed[:i] + b"/MediaBoy" + signed[i + 9 :]
