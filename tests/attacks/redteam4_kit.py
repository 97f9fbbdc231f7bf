"""Builders the fourth red-team round's modules (`redteam4_*.py`) share.

Nothing here touches product code: every case goes in as bytes through the
harness. What the earlier kits lack:

- `timestamped_annotation`: an old genuine signed letter followed by a document
  timestamp revision (made with pyHanko by a TSA of the attacker's own: the
  product records, never requires, that a timestamp's TSA chains to a pinned
  root) whose signature field is also an annotation a viewer draws. The
  field dictionary is written with two `/Rect` keys: pyHanko's non-strict
  reader keeps the first (`[0 0 0 0]`: an invisible field, so the revision is
  LTA_UPDATES), PDFium (every Chromium viewer, and the product's own
  pypdfium2) keeps the last (the real rectangle, so the annotation is drawn).
- `seal_like`: a certificate under the world's CA carrying a bound seal's O and
  organizationIdentifier, with whatever else a case needs (a natural person's
  name, an older validity).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers, timestamps
from pyhanko_certvalidator.registry import SimpleCertificateStore

from tests.attacks.harness import Submission
from tests.attacks.letters import COVER, IPJ
from tests.attacks.redteam_kit import rsa_tsa, sealed_letter
from tests.samples.signatures.world import Identity, World

POLICE = "politia.cluj@cj.politiaromana.ro"
DER = serialization.Encoding.DER


def eml(raw: bytes) -> Submission:
    """A mail file as our MX stored it, dropped in the watched folder."""
    return Submission(raw, channel="folder", filename="adresa.eml")


def police_mail(
    w: World,
    pdf: bytes | None = None,
    *,
    body: str = COVER,
    sender: str = POLICE,
    domain: str = "cj.politiaromana.ro",
    display: str = IPJ,
    subject: str = "Adresă oficială nr. 123.456 din 12.11.2026",
) -> Submission:
    """The (default: sealed) letter attached to a mail of `sender`, DKIM-signed by `domain`."""
    raw = w.mail(
        sender,
        display=display,
        body=body,
        subject=subject,
        attachments=(("adresa.pdf", pdf if pdf is not None else sealed_letter(w)),),
        dkim_domain=domain,
    )
    return eml(raw)


# ----------------------------------------------------------------- a timestamp that draws


class _TwoRects(generic.DictionaryObject):
    """A dictionary written with `/Rect [0 0 0 0]` before its own keys (and its real /Rect).

    PDF readers disagree on a key written twice: pyHanko (non-strict, as the
    product opens signed PDFs) keeps the first, PDFium the last.
    """

    def write_to_stream(self, stream: Any, handler: Any = None, container_ref: Any = None) -> None:
        stream.write(b"<<\n/Rect [0 0 0 0]\n")
        for key, value in list(self.items()):
            key.write_to_stream(stream, handler, container_ref)
            stream.write(b" ")
            value.write_to_stream(stream, handler, container_ref)
            stream.write(b"\n")
        stream.write(b">>")


def own_tsa(w: World) -> timestamps.TimeStamper:
    """A TSA anyone can run: an RSA key and certificate (here under the world's CA, which
    changes nothing: the product does not require a document timestamp's TSA to chain)."""
    tsa = rsa_tsa(w)
    return timestamps.DummyTimeStamper(
        tsa_cert=ax509.Certificate.load(tsa.cert.public_bytes(DER)),
        tsa_key=akeys.PrivateKeyInfo.load(
            tsa.key.private_bytes(
                DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        certs_to_embed=SimpleCertificateStore.from_certs(
            [ax509.Certificate.load(w.ca.cert.public_bytes(DER))]
        ),
    )


def _name(value: str) -> generic.NameObject:
    return generic.NameObject(value)


def _numbers(values: list[float]) -> generic.ArrayObject:
    return generic.ArrayObject([generic.FloatObject(v) for v in values])


def timestamped_annotation(
    w: World,
    subtype: str,
    rect: list[float],
    extra: dict[str, generic.PdfObject],
    signed: bytes | None = None,
    *,
    two_rects: bool = True,
    field: str = "Stampila",
    form_extra: dict[str, generic.PdfObject] | None = None,
    timestamp: bool = True,
) -> bytes:
    """`signed` (default: the sealed IPJ Cluj letter) + a document timestamp revision whose
    signature field is a `subtype` annotation over `rect` on page 1 (see the module doc).

    `timestamp=False`: the field is left empty (no /V), the revision signed by nobody.
    """
    writer = IncrementalPdfFileWriter(io.BytesIO(signed or sealed_letter(w)), strict=False)
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    page = page_ref.get_object()
    keys: dict[str, generic.PdfObject] = {
        "/FT": _name("/Sig"),
        "/T": generic.TextStringObject(field),
        "/Type": _name("/Annot"),
        "/Subtype": _name(subtype),
        "/Rect": _numbers(rect),
        "/F": generic.NumberObject(4),
        "/P": page_ref,
        **extra,
    }
    cls = _TwoRects if two_rects else generic.DictionaryObject
    field_ref = writer.add_object(cls({_name(k): v for k, v in keys.items()}))
    annots = page.get("/Annots")
    if annots is None:
        page[_name("/Annots")] = generic.ArrayObject([field_ref])
    else:
        annots.append(field_ref)
    writer.update_container(page)
    form = writer.root["/AcroForm"]
    form["/Fields"].append(field_ref)
    for k, v in (form_extra or {}).items():
        form[_name(k)] = v
    writer.update_container(form)
    if not timestamp:  # an empty signature field: an incremental update, nothing signed
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    stamper = signers.PdfTimeStamper(own_tsa(w), field_name=field)
    return bytes(stamper.timestamp_pdf(writer, "sha256").getvalue())


WHITE_BOX: dict[str, generic.PdfObject] = {
    # A Square annotation filled and stroked white: it hides what it covers.
    "/IC": _numbers([1, 1, 1]),
    "/C": _numbers([1, 1, 1]),
    "/Border": _numbers([0, 0, 0]),
}


def free_text(text: str) -> dict[str, generic.PdfObject]:
    """A FreeText annotation's keys: `text` in Helvetica, black on white."""
    return {
        "/Contents": generic.TextStringObject(text),
        "/DA": generic.TextStringObject("/Helv 11 Tf 0 g"),
        "/C": _numbers([1, 1, 1]),
        "/BS": generic.DictionaryObject({_name("/W"): generic.NumberObject(0)}),
    }


def helvetica_resources() -> dict[str, generic.PdfObject]:
    """/DR and /DA for the /AcroForm: the font a viewer draws a FreeText's /DA with."""
    font = generic.DictionaryObject(
        {
            _name("/Type"): _name("/Font"),
            _name("/Subtype"): _name("/Type1"),
            _name("/BaseFont"): _name("/Helvetica"),
            _name("/Encoding"): _name("/WinAnsiEncoding"),
        }
    )
    fonts = generic.DictionaryObject({_name("/Helv"): font})
    return {
        "/DR": generic.DictionaryObject({_name("/Font"): fonts}),
        "/DA": generic.TextStringObject("/Helv 11 Tf 0 g"),
    }


# ----------------------------------------------------------------- certificates


def seal_like(
    w: World,
    org: str,
    org_id: str,
    *,
    cn: str,
    person: tuple[str, str] | None = None,
    serial: str | None = None,
    days: tuple[int, int] = (-1, 365),
    qc_type: str | None = "default",
) -> Identity:
    """A certificate under the world's CA with O=`org`, organizationIdentifier=`org_id`.

    `qc_type`: the QcType of its QC statements, "esign" or "eseal", or None for none; by
    default "eseal" for a seal (no `person`), as a qualified seal carries, none for a person.

    `person` = (given name, surname) makes it a natural person's certificate
    "associated with an organisation", as Romanian QTSPs issue to an
    institution's employees (with `serial`, e.g. "PNORO-1800101123456").
    """
    key = ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "RO")]
    attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, org_id))
    if person:
        attrs.append(x509.NameAttribute(NameOID.GIVEN_NAME, person[0]))
        attrs.append(x509.NameAttribute(NameOID.SURNAME, person[1]))
    if serial:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    now = dt.datetime.now(dt.UTC)
    builder = x509.CertificateBuilder()
    if qc_type == "default":
        qc_type = None if person else "eseal"
    if qc_type:
        # QCStatements with one QcType statement (ETSI EN 319 412-5): esign or eseal.
        last = {"esign": "01", "eseal": "02"}[qc_type]
        der = bytes.fromhex(
            f"3015301306060400 8e460106 3009 0607 0400 8e46 0106 {last}".replace(" ", "")
        )
        builder = builder.add_extension(
            x509.UnrecognizedExtension(x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3"), der),
            critical=False,
        )
    cert = (
        builder.subject_name(x509.Name(attrs))
        .issuer_name(w.ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + dt.timedelta(days=days[0]))
        .not_valid_after(now + dt.timedelta(days=days[1]))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(w.ca.key, hashes.SHA256())
    )
    return Identity(key, cert, [w.ca.cert])


# ----------------------------------------------------------------- text as vector outlines

_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def outlined_text(text: str, x: float, y: float, size: float) -> bytes:
    """PDF path operators that fill `text`'s glyph outlines (DejaVu Sans) at (x, y).

    What "convert text to outlines" (Illustrator, Inkscape, many PDF printers)
    writes: the page shows the words, its text layer holds none of them.
    """
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(_DEJAVU)
    glyphs = font.getGlyphSet()
    cmap = font.getBestCmap()
    scale = size / font["head"].unitsPerEm
    out: list[str] = []

    class _Pen(BasePen):
        def __init__(self, dx: float) -> None:
            super().__init__(glyphs)
            self.dx = dx

        def _pt(self, p: tuple[float, float]) -> str:
            return f"{self.dx + p[0] * scale:.2f} {y + p[1] * scale:.2f}"

        def _moveTo(self, p: tuple[float, float]) -> None:
            out.append(f"{self._pt(p)} m")

        def _lineTo(self, p: tuple[float, float]) -> None:
            out.append(f"{self._pt(p)} l")

        def _curveToOne(
            self, a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]
        ) -> None:
            out.append(f"{self._pt(a)} {self._pt(b)} {self._pt(c)} c")

        def _closePath(self) -> None:
            out.append("h")

    pen_x = x
    for ch in text:
        name = cmap.get(ord(ch), ".notdef")
        glyphs[name].draw(_Pen(pen_x))
        pen_x += glyphs[name].width * scale
    return ("0 g\n" + "\n".join(out) + "\nf\n").encode()
