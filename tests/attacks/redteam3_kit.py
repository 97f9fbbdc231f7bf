"""Builders the third red-team round's modules (`redteam3_*.py`) share.

The threat model of all of them is the one `router/signatures/unsigned.py`
answers: an attacker who holds an authority's mailbox (or its DKIM channel)
and one old genuine signed letter writes a mail of their own around it. The
letter's fields bind; the rest of the mail must name nothing the letter does
not ask for. Every case goes in as bytes through the harness; nothing here
touches product code.

`police_mail` is the DKIM-signed police mail with the old signed letter and
the parts a case adds; `annex_pdf` writes a small unsigned PDF by hand (an
annotation, a form field or a font whose text layer lies), so no binary
fixture is stored.
"""

from __future__ import annotations

from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.utils import formataddr

from tests.attacks.harness import Submission
from tests.attacks.letters import COVER, IPJ
from tests.attacks.mailkit import POLICE, crlf, sign
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

# The extra demand, written where no request verb makes the extractors read it as a field
# (a postscript): only `unsigned.py` stands between it and a `verified` request.
DEMAND = "P.S. Atașați la răspuns și parolele contului și conversațiile private."
DEMAND_ASCII = "P.S. Atasati la raspuns si parolele contului si conversatiile private."
COVER_HTML = "".join(f"<p>{line}</p>" for line in COVER.split("\n") if line)


def sub(raw: bytes) -> Submission:
    return Submission(raw, channel="folder", filename="adresa.eml")


def police_mail(
    w: World,
    *parts: MIMEBase,
    letter: bytes | None = None,
    subject: str = "Adresă oficială nr. 123.456 din 12.11.2026",
) -> Submission:
    """A police mail: `parts` (the first is the body), then the old signed letter; DKIM-signed."""
    msg = MIMEMultipart()
    for part in parts:
        msg.attach(part)
    pdf = MIMEApplication(letter or sealed_letter(w), "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename="adresa.pdf")
    msg.attach(pdf)
    msg["From"] = formataddr((IPJ, POLICE))
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = subject
    msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
    msg["Message-ID"] = "<31@test>"
    return sub(sign(w, crlf(msg.as_bytes()), "cj.politiaromana.ro"))


def policy(w: World) -> str:
    """The shipped registry with the world's signers bound (the seal speaks for the police)."""
    return w.policy_toml()


# ---------------------------------------------------------------------- a PDF by hand


def _raw_pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return out


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _pdf_string(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


ANNEX_HEAD = "Anexa nr. 1 la adresa nr. 123.456 din 12.11.2026 (dosar penal nr. 4567/P/2026)"
# A ToUnicode map that reads every printable byte as itself but "p" as "b" and "c" as "k":
# the page shows the glyphs of the string, the text layer reads other words.
_LYING_CMAP = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << "
    b"/Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /X def /CMapType 2 def "
    b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <0020> "
    b"endbfrange 2 beginbfchar <70> <0062> <63> <006B> endbfchar endcmap CMapName currentdict "
    b"/CMap defineresource pop end end"
)


def annex_pdf(kind: str, text: str) -> bytes:
    """A one-page unsigned annex: a real text line (the heading), and `text` shown as `kind`:

    - "freetext": a FreeText annotation (with its appearance) over the page;
    - "field": an AcroForm text field whose value and appearance show it;
    - "tounicode": page text drawn in Helvetica whose ToUnicode map lies.
    """
    helv = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    content = b"BT /F1 11 Tf 40 780 Td (" + _pdf_string(ANNEX_HEAD) + b") Tj ET"
    objs: list[bytes] = [b"", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"", helv, b""]
    fonts, annots, acro = b"/F1 4 0 R", b"", b""
    if kind == "tounicode":
        objs.append(_stream(_LYING_CMAP))  # 6
        objs.append(helv[:-2] + b" /ToUnicode 6 0 R >>")  # 7
        content += b" BT /F2 11 Tf 40 760 Td (" + _pdf_string(text) + b") Tj ET"
        fonts = b"/F1 4 0 R /F2 7 0 R"
    else:
        shown = b"BT /F1 10 Tf 2 6 Td (" + _pdf_string(text) + b") Tj ET"
        objs.append(
            _stream(
                shown,
                b"/Type /XObject /Subtype /Form /BBox [0 0 520 20] "
                b"/Resources << /Font << /F1 4 0 R >> >> ",
            )
        )  # 6: the appearance
        common = b"/Rect [40 740 560 760] /F 4 /DA (/Helv 10 Tf 0 g) /AP << /N 6 0 R >>"
        if kind == "freetext":
            objs.append(
                b"<< /Type /Annot /Subtype /FreeText /Contents ("
                + _pdf_string(text)
                + b") "
                + common
                + b" >>"
            )
        else:
            objs.append(
                b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (nota) /V ("
                + _pdf_string(text)
                + b") /P 3 0 R "
                + common
                + b" >>"
            )
            acro = b" /AcroForm << /Fields [7 0 R] /DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv 4 0 R >> >> >>"
        annots = b" /Annots [7 0 R]"
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R" + acro + b" >>"
    objs[2] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
        + fonts
        + b" >> >> /Contents 5 0 R"
        + annots
        + b" >>"
    )
    objs[4] = _stream(content)
    return _raw_pdf(objs)
