"""Round 16: round 15's kit (itself round 14's) copied as a tool, plus ``smime_opaque`` (an enveloping S/MIME
signature, application/pkcs7-mime; smime-type=signed-data) and ``text_attachment`` (a file sent 7bit as text), and one
fix in ``letter_pdf``: the ``2|`` two-column heading now ends below its LONGER column. Round 14's header follows: Round 14: round 13's kit (itself round 11's, unchanged since) copied as a tool, plus one markup code in
``letter_pdf``: ``M|`` a sub-item line indented one level deeper than ``L|``. Round 11's header follows: Round 11: round 10's kit copied as a tool (nothing removed; round 11 additions at the end: a letter with page
breaks and a footer, a PAdES-LT DSS update carrying a CRL, an optional-content layer hidden at signing and shown
afterwards, a PDF portfolio wrapping a signed PDF, OpenPGP/MIME, a word-processor letter with a vector seal and a
pasted signature image). Round 10's header follows: Round 10: round 9's kit copied as a tool (nothing removed; ``rfc822()`` added for enclosed messages). Round 9's
header follows: Small, deterministic tools to write the mail half of blind round 8 (round 7's kit, copied as a tool, plus: a
searchable scan whose invisible text layer says more than its image, a document time-stamp alone, a visible
time-stamp field whose appearance draws text after a signature). Round 7's header follows: (round 6's kit, copied as a tool, plus:
a PDF signature with a chosen digest (SHA-1), a decoy certificate placed first in a signature's CMS, one
base64 part whose readers decode different lengths). Round 6's own header follows: (round 5 kit (itself round 4's), adapted: CAdES
detached ``.p7s`` and enveloped ``.p7m`` signatures, a FreeText annotation added after a PDF signature, a
letter rendered to an image, DKIM with rsa-sha1 or a chosen header list).

Written from the domain description and RFCs only: raw MIME assembly (so that
charsets, transfer encodings and boundaries are exactly what we choose), DKIM
signing with dkimpy against the world's keys, PDF letters with fpdf2, PDF
signatures with pyHanko, and the ``Received:`` line our MX (Postfix on
mx1.okazii.ro) would write.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import hashlib
import io
import json
import quopri
import re
from email.header import Header
from pathlib import Path

import dkim
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
WORLD = HERE / "world"
IDENT = json.loads((WORLD / "identities.json").read_text(encoding="utf-8"))
FONTS = Path("/usr/share/fonts/truetype/dejavu")
EET = dt.timezone(dt.timedelta(hours=2))


def when(y: int, mo: int, d: int, h: int, mi: int, s: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=EET)


def rfc_date(t: dt.datetime) -> str:
    return email.utils.format_datetime(t)


def ro_iban(bank: str, account: str) -> str:
    """A Romanian IBAN with correct check digits, grouped by four."""
    bban = bank + account
    assert len(bban) == 20
    digits = "".join(str(int(c, 36)) for c in bban + "RO00")
    check = 98 - int(digits) % 97
    raw = f"RO{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def qid(seed: str) -> str:
    alphabet = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    out = "4"
    for _ in range(13):
        h, r = divmod(h, len(alphabet))
        out += alphabet[r]
    return out


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------

def hdr(value: str, charset: str = "utf-8") -> str:
    """A header value; non-ASCII text as RFC 2047 encoded words in ``charset``."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        if charset.lower() in ("iso-8859-2", "windows-1250"):
            value = to_cedilla(value)
        return Header(value, charset).encode()


def addr(name: str | None, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        if charset.lower() in ("iso-8859-2", "windows-1250"):
            name = to_cedilla(name)
        return f"{Header(name, charset).encode()} <{address}>"


def mx_received(helo: str, ip: str, t: dt.datetime, rcpt: str, rdns: str | None = None,
                tls: bool = True, seed: str = "") -> str:
    """The line Postfix on mx1.okazii.ro writes for an inbound connection."""
    rdns = rdns if rdns is not None else helo
    lines = [f"from {helo} ({rdns} [{ip}])"]
    if tls:
        lines += ["(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                  " key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
                  "(No client certificate requested)"]
    lines += [f"by mx1.okazii.ro (Postfix) with {'ESMTPS' if tls else 'ESMTP'} id {qid(seed + ip + str(t))}",
              f"for <{rcpt}>; {rfc_date(t)} (EET)"]
    return "Received: " + "\n\t".join(lines)


# --------------------------------------------------------------------------
# MIME parts (raw, with "\n"; CRLF applied at the end)
# --------------------------------------------------------------------------

class Part:
    def __init__(self, headers: list[tuple[str, str]], body: str, children: list[Part] | None = None,
                 boundary: str | None = None):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary

    def render(self) -> str:
        out = "".join(f"{k}: {v}\n" for k, v in self.headers) + "\n"
        if self.children:
            if self.body:
                out += self.body + "\n"
            for c in self.children:
                out += f"--{self.boundary}\n" + c.render()
                if not out.endswith("\n"):
                    out += "\n"
            out += f"--{self.boundary}--\n"
        else:
            out += self.body
            if not out.endswith("\n"):
                out += "\n"
        return out


def _encode(data: bytes, cte: str) -> str:
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte in ("8bit", "7bit"):
        return data.decode("latin-1")  # bytes carried through unchanged (decoded back at the end)
    raise ValueError(cte)


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         format_flowed: bool = False) -> Part:
    if charset.lower() in ("iso-8859-2", "windows-1250"):
        body = to_cedilla(body)  # these charsets have only the old cedilla letters
    if charset.lower() == "iso-8859-2":
        body = body.translate(str.maketrans({"„": '"', "”": '"', "“": '"', "–": "-"}))
    data = body.encode(charset)
    ct = f'text/{subtype}; charset="{charset}"' if charset != "us-ascii" else f"text/{subtype}; charset=us-ascii"
    if format_flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _encode(data, cte))


def attachment(data: bytes, filename: str, ctype: str = "application/pdf", style: str = "rfc2231",
               inline: bool = False) -> Part:
    disp = "inline" if inline else "attachment"
    try:
        filename.encode("ascii")
        fn_ct = f'; name="{filename}"'
        fn_cd = f'; filename="{filename}"'
    except UnicodeEncodeError:
        if style == "rfc2231":
            enc = email.utils.encode_rfc2231(filename, "utf-8")
            fn_ct = f"; name*={enc}"
            fn_cd = f"; filename*={enc}"
        else:  # what many webmails do: an encoded word inside quotes
            ew = Header(filename, "utf-8").encode()
            fn_ct = f'; name="{ew}"'
            fn_cd = f'; filename="{ew}"'
    return Part([("Content-Type", ctype + fn_ct), ("Content-Disposition", disp + fn_cd),
                 ("Content-Transfer-Encoding", "base64")], _encode(data, "base64"))


def multipart(subtype: str, children: list[Part], seed: str, preamble: str = "") -> Part:
    b = "----=_Part_" + hashlib.sha1((seed + subtype).encode()).hexdigest()[:24]
    return Part([("Content-Type", f'multipart/{subtype};\n\tboundary="{b}"')], preamble, children, b)


# --------------------------------------------------------------------------
# whole messages
# --------------------------------------------------------------------------

def dkim_key(domain: str, selector: str | None = None) -> tuple[str, bytes]:
    d = IDENT["dns"][domain]
    if selector and selector != d["selector"]:
        return selector, (WORLD / d["selectors"][selector]).read_bytes()
    return d["selector"], (WORLD / d["key"]).read_bytes()


class _FixedTime:
    def __init__(self, t: float):
        self.t = t

    def time(self) -> float:
        return self.t


def dkim_sign(msg: bytes, domain: str, t: dt.datetime, selector: str | None = None,
              headers: list[bytes] | None = None, length: bool = False, algo: bytes = b"rsa-sha256") -> bytes:
    sel, key = dkim_key(domain, selector)
    include = headers or [b"from", b"to", b"cc", b"subject", b"date", b"message-id", b"mime-version",
                          b"content-type", b"reply-to", b"in-reply-to", b"references"]
    present = {m.group(1).lower() for m in re.finditer(rb"^([A-Za-z-]+):", msg.split(b"\r\n\r\n")[0], re.M)}
    include = [h for h in include if h in present]
    saved = dkim.time
    dkim.time = _FixedTime(t.timestamp() + 2)  # type: ignore[assignment]
    try:
        sig = dkim.sign(msg, sel.encode(), domain.encode(), key, include_headers=include,
                        canonicalize=(b"relaxed", b"relaxed"), length=length,
                        signature_algorithm=algo)
    finally:
        dkim.time = saved  # type: ignore[assignment]
    return sig


def build(*, seed: str, frm: str, to: list[str], subject: str, date: dt.datetime, message_id: str,
          body: Part, cc: list[str] | None = None, reply_to: str | None = None,
          extra: list[tuple[str, str]] | None = None, subject_charset: str = "utf-8") -> bytes:
    """The message as its author's MUA wrote it (CRLF line ends)."""
    headers: list[tuple[str, str]] = []
    for k, v in (extra or []):
        if k.startswith("!"):  # "!Name" = header placed before From (some MUAs do)
            headers.append((k[1:], v))
    headers += [("From", frm), ("To", ", ".join(to))]
    if cc:
        headers.append(("Cc", ", ".join(cc)))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers += [("Subject", hdr(subject, subject_charset)), ("Date", rfc_date(date)),
                ("Message-ID", message_id), ("MIME-Version", "1.0")]
    for k, v in (extra or []):
        if not k.startswith("!"):
            headers.append((k, v))
    top = Part(headers + body.headers, body.body, body.children, body.boundary)
    raw = top.render()
    return raw.replace("\n", "\r\n").encode("latin-1") if _is_latin1(raw) else raw.replace("\n", "\r\n").encode(
        "utf-8")


def _is_latin1(s: str) -> bool:
    try:
        s.encode("latin-1")
        return True
    except UnicodeEncodeError:
        return False


def deliver(msg: bytes, *, helo: str, ip: str, t: dt.datetime, rcpt: str, mail_from: str,
            rdns: str | None = None, tls: bool = True, sender_hops: list[str] | None = None,
            dkim_domain: str | None = None, dkim_header: bytes | None = None,
            above_received: list[str] | None = None, seed: str = "", dkim_length: bool = False,
            dkim_selector: str | None = None, dkim_headers: list[bytes] | None = None,
            dkim_algo: bytes = b"rsa-sha256", dkim_time: dt.datetime | None = None) -> bytes:
    """Sign (DKIM, as the sender's outbound MTA) and receive (Return-Path + our Received)."""
    out = msg
    if dkim_domain:
        out = dkim_sign(out, dkim_domain, dkim_time or (t - dt.timedelta(seconds=3)), length=dkim_length,
                        selector=dkim_selector, headers=dkim_headers, algo=dkim_algo) + out
    if dkim_header:
        out = dkim_header + out
    hops = "".join(h.replace("\n", "\r\n") + "\r\n" for h in (sender_hops or []))
    ours = mx_received(helo, ip, t, rcpt, rdns=rdns, tls=tls, seed=seed).replace("\n", "\r\n") + "\r\n"
    top = f"Return-Path: <{mail_from}>\r\n" if mail_from is not None else ""
    for h in (above_received or []):
        top += h.replace("\n", "\r\n") + "\r\n"
    # a sender-side hop sits below the DKIM header added by the outbound MTA: put it after DKIM
    if dkim_domain or dkim_header:
        first_end = out.index(b"\r\n", out.index(b"DKIM-Signature:"))
        # find the end of the (folded) DKIM-Signature header
        m = re.match(rb"DKIM-Signature:.*?\r\n(?![ \t])", out, re.S)
        assert m, "DKIM header"
        cut = m.end()
        del first_end
        return top.encode() + ours.encode() + out[:cut] + hops.encode() + out[cut:]
    return top.encode() + ours.encode() + hops.encode() + out


# --------------------------------------------------------------------------
# PDF letters
# --------------------------------------------------------------------------

def letter_pdf(markup: str, *, family: str = "serif", created: dt.datetime, title: str = "",
               author: str = "", creator: str = "Microsoft® Word 2016", size: float = 11.0,
               condensed: bool = False, below_page: list[str] | None = None) -> bytes:
    """Render a letter from a tiny markup, one line each:

    ``C|`` centred bold, ``B|`` left bold, ``R|`` right, ``T|`` title (centred, larger, bold),
    ``L|`` indented list line, ``S|`` centred (signature block), ``s|`` small left, ``K|`` kept
    left line (no justification), a blank line is a small gap, anything else a justified paragraph.
    """
    base = {"serif": "DejaVuSerif", "sans": "DejaVuSans"}[family]
    if condensed:
        base += "Condensed"
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("L", "", str(FONTS / f"{base}.ttf"))
    pdf.add_font("L", "B", str(FONTS / f"{base}-Bold.ttf"))
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator(creator)
    pdf.set_producer("Microsoft® Word 2016" if "Word" in creator else creator)
    pdf.add_page()
    lh = size * 0.48
    table_rows: list[list[str]] = []
    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line:
            pdf.ln(lh * 0.7)
            continue
        code, sep, rest = line.partition("|")
        if code == "X" and sep:
            table_rows.append([c.strip() for c in rest.split("¦")])
            continue
        if table_rows:
            _flush_table(pdf, table_rows, size)
            table_rows = []
        if code == "2" and sep:
            left, _, right = rest.partition("¦")
            pdf.set_font("L", "B", size)
            y0 = pdf.get_y()
            half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
            pdf.multi_cell(half, lh, left.strip().replace("\\n", "\n"), align="L", new_x="LMARGIN", new_y="NEXT")
            y1 = pdf.get_y()  # round 16: the left column's own bottom (it may be the longer one)
            pdf.set_xy(pdf.l_margin + half, y0)
            pdf.set_font("L", "", size)
            pdf.multi_cell(half, lh, right.strip().replace("\\n", "\n"), align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), y1))
            continue
        if not sep or len(code) != 1 or code not in "CBRTLSsKM":
            code, rest = "P", line
        rest = rest.strip() if code != "L" else rest.rstrip()
        if code == "C":
            pdf.set_font("L", "B", size)
            pdf.multi_cell(0, lh, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif code == "B":
            pdf.set_font("L", "B", size)
            pdf.multi_cell(0, lh, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif code == "R":
            pdf.set_font("L", "", size)
            pdf.multi_cell(0, lh, rest, align="R", new_x="LMARGIN", new_y="NEXT")
        elif code == "T":
            pdf.ln(lh * 0.5)
            pdf.set_font("L", "B", size + 2)
            pdf.multi_cell(0, lh * 1.2, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(lh * 0.3)
        elif code == "M":  # round 14: a sub-item, one level deeper than L|
            pdf.set_font("L", "", size)
            pdf.set_x(pdf.l_margin + 16)
            pdf.multi_cell(0, lh, rest.strip(), align="L", new_x="LMARGIN", new_y="NEXT")
        elif code == "L":
            pdf.set_font("L", "", size)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(0, lh, rest.strip(), align="L", new_x="LMARGIN", new_y="NEXT")
        elif code == "S":
            pdf.set_font("L", "", size)
            pdf.multi_cell(0, lh, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif code == "s":
            pdf.set_font("L", "", size - 3)
            pdf.multi_cell(0, lh * 0.8, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif code == "K":
            pdf.set_font("L", "", size)
            pdf.multi_cell(0, lh, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("L", "", size)
            pdf.multi_cell(0, lh, rest, align="J", new_x="LMARGIN", new_y="NEXT")
    if table_rows:
        _flush_table(pdf, table_rows, size)
    if below_page:  # round 9: lines drawn under page 1's lower edge, outside its MediaBox (not shown)
        pdf.page = 1
        pdf.set_auto_page_break(False)
        pdf.set_font("L", "", size)
        y = pdf.h + 8
        for ln in below_page:
            pdf.text(pdf.l_margin, y, ln)
            y += lh * 1.15
    return bytes(pdf.output())


def _flush_table(pdf, rows: list[list[str]], size: float) -> None:
    """``X|a ¦ b ¦ c`` lines: a bordered table, the first row bold."""
    pdf.set_font("L", "", size - 1)
    from fpdf.fonts import FontFace
    widths = tuple(max(len(r[i]) for r in rows if i < len(r)) + 4 for i in range(len(rows[0])))
    with pdf.table(first_row_as_headings=True, line_height=size * 0.5, text_align="LEFT", col_widths=widths,
                   headings_style=FontFace(emphasis="BOLD")) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(size * 0.3)


class _frozen_clock:
    """Make pyHanko's PDF signer take ``t`` as its system time (the signing time it writes)."""

    def __init__(self, t: dt.datetime | None):
        self.t = t

    def __enter__(self):
        from pyhanko.sign.signers import pdf_signer
        self.mod, self.saved = pdf_signer, pdf_signer.datetime
        t = self.t

        class _DT(dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return t.astimezone(tz) if tz else t

        if t is not None:
            pdf_signer.datetime = _DT
        return self

    def __exit__(self, *a):
        self.mod.datetime = self.saved


def sign_pdf(data: bytes, signer_id: str, *, reason: str = "", location: str = "",
             visible: bool = False, field: str = "Semnatura1", box=(330, 40, 560, 100),
             bytes_reserved: int | None = None, at: dt.datetime | None = None, md: str = "sha256",
             pss: bool = False, no_chain: bool = False) -> bytes:
    with _frozen_clock(at):
        return _sign_pdf(data, signer_id, reason=reason, location=location, visible=visible, field=field,
                         box=box, bytes_reserved=bytes_reserved, md=md, pss=pss, no_chain=no_chain)


def _sign_pdf(data: bytes, signer_id: str, *, reason: str = "", location: str = "",
              visible: bool = False, field: str = "Semnatura1", box=(330, 40, 560, 100),
              bytes_reserved: int | None = None, md: str = "sha256", pss: bool = False,
              no_chain: bool = False) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    s = IDENT["pki"]["signers"][signer_id]
    chain = [] if no_chain else [str(WORLD / c) for c in s.get("chain", [])]
    signer = signers.SimpleSigner.load(str(WORLD / s["key"]), str(WORLD / s["cert"]),
                                       ca_chain_files=tuple(chain) or None, key_passphrase=None, prefer_pss=pss)
    assert signer is not None
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name=field, reason=reason or None, location=location or None,
                                        md_algorithm=md)
    spec = fields.SigFieldSpec(field, on_page=0, box=box) if visible else None
    if bytes_reserved:
        out = signers.sign_pdf(w, meta, signer=signer, new_field_spec=spec, bytes_reserved=bytes_reserved)
    else:
        out = signers.sign_pdf(w, meta, signer=signer, new_field_spec=spec)
    return out.getvalue()


def append_text_revision(data: bytes, text_: str, x: int = 70, y: int = 120) -> bytes:
    """An incremental update after the signature that draws extra text on page 1."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStamp, TextStampStyle

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    style = TextStampStyle(stamp_text=text_, border_width=0,
                           text_box_style=TextBoxStyle(font_size=10))
    TextStamp(w, style).apply(0, x, y)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def append_page_revision(data: bytes, lines: list[str]) -> bytes:
    """An incremental update after the signature that adds a whole new last page of text."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    ops = ["BT", "/F1 11 Tf", "14 TL", "64 780 Td"]
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    stream = generic.StreamObject(stream_data="\n".join(ops).encode("latin-1"))
    font = generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Font"),
        generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
        generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
        generic.NameObject("/Encoding"): generic.NameObject("/WinAnsiEncoding"),
    })
    page = generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Page"),
        generic.NameObject("/MediaBox"): generic.ArrayObject([generic.NumberObject(x) for x in (0, 0, 595, 842)]),
        generic.NameObject("/Resources"): generic.DictionaryObject({
            generic.NameObject("/Font"): generic.DictionaryObject({generic.NameObject("/F1"): w.add_object(font)})}),
        generic.NameObject("/Contents"): w.add_object(stream),
    })
    w.insert_page(page)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def smime_signed(inner: Part, signer_id: str, seed: str) -> Part:
    """multipart/signed (application/pkcs7-signature, detached) over ``inner``, as Outlook/Thunderbird send it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    s = IDENT["pki"]["signers"][signer_id]
    cert = x509.load_pem_x509_certificate((WORLD / s["cert"]).read_bytes())
    key = serialization.load_pem_private_key((WORLD / s["key"]).read_bytes(), password=None)
    chain = [x509.load_pem_x509_certificate((WORLD / c).read_bytes()) for c in s.get("chain", [])]
    rendered = inner.render()
    assert rendered.endswith("\n")
    entity = rendered[:-1].replace("\n", "\r\n").encode("ascii")  # the last line end belongs to the boundary
    b = (pkcs7.PKCS7SignatureBuilder().set_data(entity).add_signer(cert, key, hashes.SHA256()))
    for c in chain:
        b = b.add_certificate(c)
    der = b.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])
    sig = Part([("Content-Type", 'application/pkcs7-signature; name="smime.p7s"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", 'attachment; filename="smime.p7s"')], _encode(der, "base64"))
    bnd = "----=_smime_" + hashlib.sha1(seed.encode()).hexdigest()[:20]
    return Part([("Content-Type", f'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;'
                                  f'\n\tboundary="{bnd}"')], "This is an S/MIME signed message", [inner, sig], bnd)


def transplant_signature(target_signed: bytes, donor_signed: bytes) -> bytes:
    """Put the CMS blob of ``donor_signed``'s signature into ``target_signed``'s /Contents (same reserved size):
    the signer certificate is the donor's, the digest no longer matches the bytes."""
    def contents(b: bytes) -> tuple[int, int]:
        m = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", b)
        assert m
        return m.start(1), m.end(1)
    ts, te = contents(target_signed)
    ds, de = contents(donor_signed)
    raw = bytes.fromhex(donor_signed[ds:de].decode())
    assert raw[0] == 0x30 and raw[1] == 0x82, "DER SEQUENCE with a 2-byte length"
    donor = raw[:4 + int.from_bytes(raw[2:4], "big")].hex().encode()
    assert len(donor) <= te - ts, "donor signature larger than the reserved space"
    return target_signed[:ts] + donor + b"0" * ((te - ts) - len(donor)) + target_signed[te:]


def to_cedilla(s: str) -> str:
    """Comma-below letters (not in ISO-8859-2 / Windows-1250) written with the old cedilla letters."""
    return s.translate(str.maketrans("șȘțȚ", "şŞţŢ"))


def strip_diacritics(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))



# --------------------------------------------------------------------------
# round 4 additions
# --------------------------------------------------------------------------

def scan_pdf(lines: list[str], *, seed: str, stamp_text: tuple[str, str] = ("", ""), signer_name: str = "",
             header_line: str = "") -> bytes:
    """An image-only PDF that looks like a faxed page: text drawn into a 1-bit image at 200 dpi, a round
    stamp and a scribbled signature, slight skew and noise. No text layer."""
    import math
    import random
    from PIL import Image, ImageDraw, ImageFont

    rnd = random.Random(seed)
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 27)
    fb = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 28)
    fh = ImageFont.truetype(str(FONTS / "DejaVuSansMono.ttf"), 20)
    y = 40
    if header_line:
        d.text((60, y), header_line, font=fh, fill=0)
        y += 50
    y += 40
    for ln in lines:
        bold = ln.startswith("**")
        t = ln[2:] if bold else ln
        d.text((150, y), t, font=fb if bold else f, fill=0)
        y += 40 if t else 22
    # stamp (two concentric circles, text around) and signature scribble near the bottom right of the text
    cx, cy, r = 1150, y + 40, 120
    for rr in (r, r - 18):
        d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=0, width=4)
    fs = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 19)
    top, mid = stamp_text
    for i, ch in enumerate(top):
        a = math.pi * (1.15 + 0.7 * i / max(1, len(top) - 1))
        d.text((cx + (r - 10) * math.cos(a) - 6, cy + (r - 10) * math.sin(a) - 10), ch, font=fs, fill=0)
    if mid:
        d.text((cx - 60, cy - 12), mid, font=fs, fill=0)
    pts = []
    x0, y0 = 980, y + 20
    for k in range(60):
        pts.append((x0 + k * 5 + rnd.randint(-3, 3), y0 + 30 * math.sin(k / 3.1) + rnd.randint(-6, 6)))
    d.line(pts, fill=0, width=4)
    if signer_name:
        d.text((900, y + 190), signer_name, font=f, fill=0)
    img = img.rotate(0.6, fillcolor=255, resample=Image.BICUBIC)
    px = img.load()
    for _ in range(2500):
        px[rnd.randrange(W), rnd.randrange(H)] = 0
    img = img.point(lambda v: 0 if v < 150 else 255, mode="1")
    png = io.BytesIO()
    img.save(png, "PNG")
    pdf = FPDF(format="A4")
    pdf.set_creator("HylaFAX tiff2pdf")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=EET))
    pdf.add_page()
    png.seek(0)
    pdf.image(png, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def add_text_field(data: bytes, name: str, rect: tuple[float, float, float, float]) -> bytes:
    """Add an empty AcroForm text field (with an empty appearance) on page 1, as a fillable template has."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref = w.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    helv = w.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Font"),
        generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
        generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
        generic.NameObject("/Encoding"): generic.NameObject("/WinAnsiEncoding")}))
    x1, y1, x2, y2 = rect
    ap = generic.StreamObject({
        generic.NameObject("/Type"): generic.NameObject("/XObject"),
        generic.NameObject("/Subtype"): generic.NameObject("/Form"),
        generic.NameObject("/BBox"): generic.ArrayObject([generic.FloatObject(v) for v in (0, 0, x2 - x1, y2 - y1)]),
    }, stream_data=b"/Tx BMC EMC")
    field = w.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Widget"),
        generic.NameObject("/FT"): generic.NameObject("/Tx"),
        generic.NameObject("/T"): generic.TextStringObject(name),
        generic.NameObject("/F"): generic.NumberObject(4),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in rect]),
        generic.NameObject("/P"): page_ref,
        generic.NameObject("/DA"): generic.TextStringObject("/Helv 10 Tf 0 g"),
        generic.NameObject("/V"): generic.TextStringObject(""),
        generic.NameObject("/AP"): generic.DictionaryObject({generic.NameObject("/N"): w.add_object(ap)}),
    }))
    annots = page.get("/Annots")
    if annots is None:
        page[generic.NameObject("/Annots")] = generic.ArrayObject([field])
    else:
        annots.append(field)
    w.update_container(page)
    w.root[generic.NameObject("/AcroForm")] = generic.DictionaryObject({
        generic.NameObject("/Fields"): generic.ArrayObject([field]),
        generic.NameObject("/DA"): generic.TextStringObject("/Helv 10 Tf 0 g"),
        generic.NameObject("/DR"): generic.DictionaryObject({generic.NameObject("/Font"): generic.DictionaryObject(
            {generic.NameObject("/Helv"): helv})}),
    })
    w.update_root()
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def certify_pdf(data: bytes, signer_id: str, *, reason: str = "", location: str = "") -> bytes:
    """A certification signature (DocMDP) that allows form filling afterwards (P=2)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    s = IDENT["pki"]["signers"][signer_id]
    chain = [str(WORLD / c) for c in s.get("chain", [])]
    signer = signers.SimpleSigner.load(str(WORLD / s["key"]), str(WORLD / s["cert"]),
                                       ca_chain_files=tuple(chain), key_passphrase=None)
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name="Certificare", reason=reason or None,
                                        location=location or None, md_algorithm="sha256", certify=True,
                                        docmdp_permissions=fields.MDPPerm.FILL_FORMS)
    return signers.sign_pdf(w, meta, signer=signer).getvalue()


def fill_text_field(data: bytes, name: str, value: str) -> bytes:
    """Fill a text field in an incremental update (value and a new appearance stream)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    for ref in w.root["/AcroForm"]["/Fields"]:
        fld = ref.get_object()
        if fld.get("/T") != name:
            continue
        x1, y1, x2, y2 = [float(v) for v in fld["/Rect"]]
        esc = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        helv = w.root["/AcroForm"]["/DR"]["/Font"].raw_get("/Helv")
        ap = generic.StreamObject({
            generic.NameObject("/Type"): generic.NameObject("/XObject"),
            generic.NameObject("/Subtype"): generic.NameObject("/Form"),
            generic.NameObject("/BBox"): generic.ArrayObject([generic.FloatObject(v) for v in (0, 0, x2 - x1, y2 - y1)]),
            generic.NameObject("/Resources"): generic.DictionaryObject({generic.NameObject("/Font"):
                                                                        generic.DictionaryObject({generic.NameObject("/Helv"): helv})}),
        }, stream_data=f"/Tx BMC q BT /Helv 10 Tf 0 g 2 {(y2 - y1) / 2 - 3:.1f} Td ({esc}) Tj ET Q EMC".encode("latin-1"))
        fld[generic.NameObject("/V")] = generic.TextStringObject(value)
        fld[generic.NameObject("/AP")] = generic.DictionaryObject({generic.NameObject("/N"): w.add_object(ap)})
        w.update_container(fld)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()



# --------------------------------------------------------------------------
# round 5 additions
# --------------------------------------------------------------------------

def cades(data: bytes, signer_id: str, *, detached: bool, signing_time: dt.datetime | None = None) -> bytes:
    """A CAdES-BES signature (CMS SignedData, signing-certificate-v2, signing time) over ``data``, DER:
    detached (what a ``.p7s`` beside the file holds) or enveloping the data (a ``.p7m``)."""
    import asyncio
    from pyhanko.sign import signers
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    s = IDENT["pki"]["signers"][signer_id]
    chain = [str(WORLD / c) for c in s.get("chain", [])]
    signer = signers.SimpleSigner.load(str(WORLD / s["key"]), str(WORLD / s["cert"]),
                                       ca_chain_files=tuple(chain), key_passphrase=None)
    attrs = PdfCMSSignedAttributes(signing_time=signing_time) if signing_time else None
    ci = asyncio.run(signer.async_sign_general_data(data, "sha256", detached=detached, use_cades=True,
                                                    signed_attr_settings=attrs))
    return ci.dump()


def add_freetext_annotation(data: bytes, lines: list[str], rect=(70, 180, 540, 260)) -> bytes:
    """An incremental update after the signature that adds a FreeText annotation (a "comment" drawn on the
    page, with its own appearance stream), the kind of change a lax validator files under "annotations"."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref = w.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    x1, y1, x2, y2 = rect
    helv = w.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Font"),
        generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
        generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
        generic.NameObject("/Encoding"): generic.NameObject("/WinAnsiEncoding")}))
    ops = ["BT", "/Helv 10.5 Tf", "0 g", "13 TL", f"4 {y2 - y1 - 14} Td"]
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    ap = generic.StreamObject({
        generic.NameObject("/Type"): generic.NameObject("/XObject"),
        generic.NameObject("/Subtype"): generic.NameObject("/Form"),
        generic.NameObject("/BBox"): generic.ArrayObject([generic.FloatObject(v) for v in (0, 0, x2 - x1, y2 - y1)]),
        generic.NameObject("/Resources"): generic.DictionaryObject({generic.NameObject("/Font"):
                                                                    generic.DictionaryObject({generic.NameObject("/Helv"): helv})}),
    }, stream_data="\n".join(ops).encode("cp1252"))
    annot = w.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in rect]),
        generic.NameObject("/Contents"): generic.TextStringObject("\n".join(lines)),
        generic.NameObject("/DA"): generic.TextStringObject("/Helv 10.5 Tf 0 g"),
        generic.NameObject("/F"): generic.NumberObject(4),
        generic.NameObject("/P"): page_ref,
        generic.NameObject("/AP"): generic.DictionaryObject({generic.NameObject("/N"): w.add_object(ap)}),
    }))
    annots = page.get("/Annots")
    if annots is None:
        page[generic.NameObject("/Annots")] = generic.ArrayObject([annot])
    else:
        annots.append(annot)
    w.update_container(page)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def pdf_page_png(data: bytes, *, banner: str = "", scale: float = 1.4) -> bytes:
    """Page 1 of a PDF as a PNG (a screenshot), optionally with a drawn green "signature valid" banner on top."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFont

    doc = pdfium.PdfDocument(data)
    img = doc[0].render(scale=scale).to_pil().convert("RGB")
    if banner:
        W = img.width
        bar = Image.new("RGB", (W, 46), (232, 245, 233))
        d = ImageDraw.Draw(bar)
        d.rectangle((0, 0, W - 1, 45), outline=(76, 175, 80), width=2)
        d.ellipse((12, 11, 36, 35), fill=(46, 125, 50))
        d.line((18, 23, 23, 29, 31, 16), fill=(255, 255, 255), width=3)
        f = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 17)
        d.text((48, 13), banner, font=f, fill=(27, 94, 32))
        out = Image.new("RGB", (W, img.height + 46), (255, 255, 255))
        out.paste(bar, (0, 0))
        out.paste(img, (0, 46))
        img = out
    img = img.quantize(colors=32)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()



# --------------------------------------------------------------------------
# round 6 additions
# --------------------------------------------------------------------------

def embed_file_after(data: bytes, filename: str, content: bytes, mime: str = "text/csv",
                     description: str = "") -> bytes:
    """An incremental update after the signature that only adds an embedded file (the document's
    EmbeddedFiles name tree, the paper-clip pane of a viewer): nothing changes on the page."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    ef = embed.EmbeddedFileObject.from_file_data(w, data=content, mime_type=mime)
    spec = embed.FileSpec(file_spec_string=filename, embedded_data=ef, description=description or None)
    embed.embed_file(w, spec)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def append_whole_pdf(first: bytes, second: bytes) -> bytes:
    """``second`` (a complete, classic-xref PDF) appended after ``first``'s %%EOF, its xref offsets and
    startxref shifted so that a reader starting from the end reads ``second`` alone (no /Prev: the first
    document, and its signature, are not part of the chain the last trailer starts)."""
    prefix = first if first.endswith(b"\n") else first + b"\n"
    off = len(prefix)
    m = re.search(rb"\nxref\n0 (\d+)\n", second)
    assert m, "classic xref table expected"
    n = int(m.group(1))
    start = m.end()
    entries = second[start:start + 20 * n]
    out = []
    for i in range(n):
        e = entries[20 * i:20 * i + 20]
        num, gen, kind = int(e[:10]), e[11:16], e[17:18]
        if kind == b"n":
            num += off
        out.append(b"%010d %s %s\r\n" % (num, gen, kind) if e.endswith(b"\r\n") else b"%010d %s %s \n" % (num, gen, kind))
    body = second[:start] + b"".join(out) + second[start + 20 * n:]
    sx = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", body)
    assert sx
    body = body[:sx.start(1)] + str(int(sx.group(1)) + off).encode() + body[sx.end(1):]
    return prefix + body


def image_pdf(images, *, creator: str = "Canon iR-ADV C3530 MFP", created: dt.datetime | None = None,
              dpi: int = 200) -> bytes:
    """An image-only PDF (no text layer) of one or more PIL images, as a scanner writes it."""
    pdf = FPDF(format="A4")
    pdf.set_creator(creator)
    pdf.set_producer(creator)
    pdf.set_creation_date(created or dt.datetime(2026, 12, 1, tzinfo=EET))
    for im in images:
        pdf.add_page()
        b = io.BytesIO()
        if im.mode == "1":
            im.save(b, "PNG")
        else:
            im.convert("L").save(b, "JPEG", quality=70) if im.mode != "RGB" else im.save(b, "JPEG", quality=68)
        b.seek(0)
        pdf.image(b, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())



# --------------------------------------------------------------------------
# round 7 additions
# --------------------------------------------------------------------------

def cms_decoy_first(signed_pdf: bytes, decoy_signer_id: str) -> bytes:
    """Put the certificate of ``decoy_signer_id`` FIRST in the CMS certificate set of the PDF's signature
    (the /Contents hex, outside the signed byte range): the signer (SignerInfo sid) is unchanged, the
    signature stays intact; a reader that takes "the first certificate" as the signer is misled."""
    from asn1crypto import cms, pem as apem, x509 as ax509

    m = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", signed_pdf)
    assert m
    ts, te = m.start(1), m.end(1)
    raw = bytes.fromhex(signed_pdf[ts:te].decode())
    assert raw[0] == 0x30 and raw[1] == 0x82
    raw = raw[:4 + int.from_bytes(raw[2:4], "big")]
    ci = cms.ContentInfo.load(raw)
    sd = ci["content"]
    decoy = ax509.Certificate.load(apem.unarmor((WORLD / IDENT["pki"]["signers"][decoy_signer_id]["cert"])
                                                .read_bytes())[2])
    certs = [decoy] + [c.chosen for c in sd["certificates"]]
    # byte surgery, to keep OUR order (asn1crypto would sort a DER SET OF)
    def tlv(tag: int, content: bytes) -> bytes:
        n = len(content)
        ln = bytes([n]) if n < 0x80 else bytes([0x80 | ((n.bit_length() + 7) // 8)]) + n.to_bytes((n.bit_length() + 7) // 8, "big")
        return bytes([tag]) + ln + content
    old_cs = sd["certificates"].dump()
    new_cs = tlv(0xA0, b"".join(c.dump() for c in certs))
    sd_contents = sd.contents
    assert sd_contents.count(old_cs) == 1
    sd_contents = sd_contents.replace(old_cs, new_cs)
    oid = ci["content_type"].dump()
    new = tlv(0x30, oid + tlv(0xA0, tlv(0x30, sd_contents))).hex().encode()
    assert len(new) <= te - ts, "reserved space too small for the decoy certificate"
    return signed_pdf[:ts] + new + b"0" * ((te - ts) - len(new)) + signed_pdf[te:]


def b64_two_readings(first: bytes, tail: bytes, width: int = 76) -> str:
    """base64 of ``first`` (whose length is not a multiple of 3, so its encoding ends with "=" padding)
    immediately followed by base64 of ``tail``, wrapped at ``width``: a decoder that stops at the padding
    reads ``first`` alone, a decoder that goes on reads ``first + tail``."""
    assert len(first) % 3 != 0, "the first part must end with padding"
    enc = base64.b64encode(first).decode() + base64.b64encode(tail).decode()
    return "\n".join(enc[i:i + width] for i in range(0, len(enc), width)) + "\n"


def utf7(text_: str) -> str:
    """``text_`` encoded as UTF-7 (RFC 2152), as an ASCII string."""
    return text_.encode("utf-7").decode("ascii")



# --------------------------------------------------------------------------
# round 8 additions
# --------------------------------------------------------------------------

def _tsa():
    from asn1crypto import keys as akeys, pem as apem, x509 as ax509
    from pyhanko.sign import timestamps
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    t = IDENT["pki"]["tsa"]
    cert = ax509.Certificate.load(apem.unarmor((WORLD / t["cert"]).read_bytes())[2])
    from cryptography.hazmat.primitives import serialization
    k = serialization.load_pem_private_key((WORLD / t["key"]).read_bytes(), password=None)
    der = k.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    issuing = ax509.Certificate.load(apem.unarmor((WORLD / "pki" / "issuing.cert.pem").read_bytes())[2])
    return cert, akeys.PrivateKeyInfo.load(der), SimpleCertificateStore.from_certs([issuing])


def doc_timestamp(data: bytes, at: dt.datetime, field: str = "Marca_temporala") -> bytes:
    """An RFC 3161 document time-stamp (/DocTimeStamp) by the TSP's time-stamping unit, in an incremental
    update: it proves when the bytes existed, not who wrote them."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers, timestamps
    cert, key, store = _tsa()
    ts = timestamps.DummyTimeStamper(tsa_cert=cert, tsa_key=key, certs_to_embed=store, fixed_dt=at)
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    out = signers.PdfTimeStamper(ts, field_name=field).timestamp_pdf(w, "sha256", in_place=False)
    return out.getvalue()


def timestamp_shadow(signed: bytes, lines: list[str], at: dt.datetime, rect=(60, 150, 540, 215),
                     field: str = "Marca_temporala") -> bytes:
    """After a signature: ONE incremental update that adds a visible signature field (a widget on page 1 whose
    appearance stream draws ``lines``, like a printed note) and fills it with a document time-stamp of the TSP.
    A viewer shows the drawn text on the page; the revision holds no signature by anybody."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers, timestamps
    cert, key, store = _tsa()
    w = IncrementalPdfFileWriter(io.BytesIO(signed))
    fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=0, box=rect))
    x1, y1, x2, y2 = rect
    helv = w.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Font"),
        generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
        generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
        generic.NameObject("/Encoding"): generic.NameObject("/WinAnsiEncoding")}))
    ops = ["BT", "/Helv 10 Tf", "0 g", "12.5 TL", f"2 {y2 - y1 - 12} Td"]
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    ap = generic.StreamObject({
        generic.NameObject("/Type"): generic.NameObject("/XObject"),
        generic.NameObject("/Subtype"): generic.NameObject("/Form"),
        generic.NameObject("/BBox"): generic.ArrayObject([generic.FloatObject(v) for v in (0, 0, x2 - x1, y2 - y1)]),
        generic.NameObject("/Resources"): generic.DictionaryObject({generic.NameObject("/Font"):
                                                                    generic.DictionaryObject({generic.NameObject("/Helv"): helv})}),
    }, stream_data="\n".join(ops).encode("cp1252"))
    apref = w.add_object(ap)
    for ref in w.root["/AcroForm"]["/Fields"]:
        fld = ref.get_object()
        if fld.get("/T") == field:
            fld[generic.NameObject("/AP")] = generic.DictionaryObject({generic.NameObject("/N"): apref})
            w.update_container(fld)
    ts = timestamps.DummyTimeStamper(tsa_cert=cert, tsa_key=key, certs_to_embed=store, fixed_dt=at)
    out = signers.PdfTimeStamper(ts, field_name=field).timestamp_pdf(w, "sha256", in_place=False)
    return out.getvalue()


def searchable_scan_pdf(visible_png: bytes, hidden_lines: list[str], *, created: dt.datetime,
                        creator: str = "ABBYY FineReader Server 14") -> bytes:
    """A "searchable" scan: the page is an image (what a person sees) and the text layer a reader extracts is
    invisible text (render mode 3) laid over it, as OCR software writes it. Here the two say different things."""
    from fpdf.enums import TextMode
    pdf = FPDF(format="A4")
    pdf.set_creator(creator)
    pdf.set_producer(creator)
    pdf.set_creation_date(created)
    pdf.add_page()
    pdf.image(io.BytesIO(visible_png), x=0, y=0, w=210, h=297)
    pdf.add_font("L", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.set_font("L", "", 10.5)
    pdf.text_mode = TextMode.INVISIBLE
    y = 20.0
    for ln in hidden_lines:
        if ln:
            pdf.text(22, y, ln)
        y += 5.2
    return bytes(pdf.output())



# --------------------------------------------------------------------------
# round 9 additions
# --------------------------------------------------------------------------

def zero_signature_contents(signed_pdf: bytes) -> bytes:
    """Keep a signature dictionary, its field and its visible appearance, but overwrite the /Contents hex (the
    CMS) with zeros: a "signature" that carries no signature at all (universal signature forgery)."""
    m = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", signed_pdf)
    assert m
    return signed_pdf[:m.start(1)] + b"0" * (m.end(1) - m.start(1)) + signed_pdf[m.end(1):]


def set_mediabox(data: bytes, box: tuple[float, float, float, float], page: int = 0) -> bytes:
    """An incremental update after the signature that changes nothing but page ``page``'s /MediaBox (and
    /CropBox, if any): what a viewer shows of the page changes; no content stream is touched."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref = w.root["/Pages"]["/Kids"][page]
    pg = page_ref.get_object()
    arr = generic.ArrayObject([generic.FloatObject(v) for v in box])
    pg[generic.NameObject("/MediaBox")] = arr
    if "/CropBox" in pg:
        pg[generic.NameObject("/CropBox")] = generic.ArrayObject([generic.FloatObject(v) for v in box])
    w.update_container(pg)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _relaxed_header(name: bytes, value: bytes) -> bytes:
    v = re.sub(rb"\r\n(?=[ \t])", b"", value)
    v = re.sub(rb"[ \t]+", b" ", v).strip()
    return name.strip().lower() + b":" + v


def dkim_sign_duplicate_d(msg: bytes, key_domain: str, shown_domain: str | None, t: dt.datetime) -> bytes:
    """A DKIM-Signature header made with ``key_domain``'s key (its d= first, its s=) that carries a SECOND d=
    tag naming ``shown_domain`` (RFC 6376 3.2: a tag must not appear twice; such a signature is invalid).
    The RSA signature itself is correct over the header as written (relaxed/relaxed)."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    sel, keypem = dkim_key(key_domain)
    head, body = msg.split(b"\r\n\r\n", 1)
    # relaxed body
    lines = body.split(b"\r\n")
    lines = [re.sub(rb"[ \t]+", b" ", ln).rstrip(b" \t") for ln in lines]
    while lines and lines[-1] == b"":
        lines.pop()
    cbody = b"\r\n".join(lines) + b"\r\n" if lines else b""
    bh = base64.b64encode(hashlib.sha256(cbody).digest()).decode()
    hdrs = re.findall(rb"^([A-Za-z0-9-]+):(.*?)(?=\r\n(?![ \t])|\Z)", head, re.M | re.S)
    names = [b"from", b"to", b"subject", b"date", b"message-id", b"mime-version", b"content-type"]
    present = {n.lower(): (n, v) for n, v in hdrs}
    names = [n for n in names if n in present]
    ts = int(t.timestamp())
    value = (f" v=1; a=rsa-sha256; c=relaxed/relaxed; d={key_domain}; s={sel};\r\n\tt={ts}; "
             f"{'d=' + shown_domain + '; ' if shown_domain else ''}h={':'.join(n.decode() for n in names)};\r\n\tbh={bh};\r\n\tb=")
    data = b"\r\n".join(_relaxed_header(*present[n]) for n in names) + b"\r\n"
    data += _relaxed_header(b"DKIM-Signature", value.encode())
    key = serialization.load_pem_private_key(keypem, password=None)
    sig = base64.b64encode(key.sign(data, padding.PKCS1v15(), hashes.SHA256())).decode()
    folded = "\r\n\t".join(sig[i:i + 72] for i in range(0, len(sig), 72))
    return b"DKIM-Signature:" + value.encode() + folded.encode() + b"\r\n"


def scan_jpeg_of_letter(page_img, *, quality: int = 62, dpi: int = 200) -> bytes:
    buf = io.BytesIO()
    page_img.convert("RGB").save(buf, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
    return buf.getvalue()



# --------------------------------------------------------------------------
# round 10 additions
# --------------------------------------------------------------------------

def rfc822(inner: bytes, filename: str | None = None, ctype: str = "message/rfc822") -> Part:
    """An enclosed message (its exact bytes, 7-bit, CRLF turned into the kit's LF; build() turns them back)."""
    txt = inner.decode("ascii").replace("\r\n", "\n")
    hs = [("Content-Type", ctype + (f'; name="{filename}"' if filename else ""))]
    if filename:
        hs.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    return Part(hs, txt)



# --------------------------------------------------------------------------
# round 11 additions
# --------------------------------------------------------------------------

def letter_pdf_pages(pages: list[str], *, footer: str = "", family: str = "serif", created: dt.datetime,
                     title: str = "", author: str = "", creator: str = "Microsoft® Word 2016", size: float = 11.0) -> bytes:
    """Several explicit pages (each a letter_pdf markup), with an optional footer "{p}"/"{n}" on each page."""
    import tempfile
    base = {"serif": "DejaVuSerif", "sans": "DejaVuSans"}[family]
    n = len(pages)
    docs = []
    for i, mk_ in enumerate(pages):
        extra = f"\ns|{footer.format(p=i + 1, n=n)}" if footer else ""
        docs.append(letter_pdf(mk_ + extra, family=family, created=created, title=title, author=author,
                               creator=creator, size=size))
    if n == 1:
        return docs[0]
    import pypdfium2 as pdfium
    out = pdfium.PdfDocument.new()
    for d in docs:
        src = pdfium.PdfDocument(d)
        out.import_pages(src)
    buf = io.BytesIO()
    out.save(buf)
    # re-write through fpdf-free path: keep pdfium's output (a classic PDF; metadata set again with pyHanko)
    from pyhanko.pdf_utils.writer import PdfFileWriter, copy_into_new_writer
    from pyhanko.pdf_utils.reader import PdfFileReader
    w = copy_into_new_writer(PdfFileReader(io.BytesIO(buf.getvalue())))
    from pyhanko.pdf_utils import generic
    info = generic.DictionaryObject({generic.NameObject("/Creator"): generic.TextStringObject(creator),
                                     generic.NameObject("/Producer"): generic.TextStringObject(creator),
                                     generic.NameObject("/Title"): generic.TextStringObject(title),
                                     generic.NameObject("/CreationDate"): generic.TextStringObject(
                                         created.strftime("D:%Y%m%d%H%M%S+02'00'"))})
    w._info = w.add_object(info)
    b2 = io.BytesIO()
    w.write(b2)
    del base, tempfile
    return b2.getvalue()


def add_dss_crl(signed: bytes, crl_der: bytes, extra_cert_files: list[str] = ()) -> bytes:
    """PAdES-LT: an incremental update adding a /DSS with the CA's CRL and the chain (what a signing tool with
    "LTV" does after signing; nothing is signed by it)."""
    from asn1crypto import crl as acrl, pem as apem, x509 as ax509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    r = PdfFileReader(io.BytesIO(signed))
    sig = r.embedded_signatures[0]
    certs = [ax509.Certificate.load(apem.unarmor((WORLD / f).read_bytes())[2]) for f in extra_cert_files]
    buf = io.BytesIO(signed)
    DocumentSecurityStore.add_dss(buf, sig.pkcs7_content, certs=certs, crls=[acrl.CertificateList.load(crl_der)])
    return buf.getvalue()


def _helv(w):
    from pyhanko.pdf_utils import generic
    return w.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Font"),
        generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
        generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
        generic.NameObject("/Encoding"): generic.NameObject("/WinAnsiEncoding")}))


def add_hidden_ocg_layer(data: bytes, lines: list[str], x: float = 62, y: float = 300, name: str = "Observatii") -> bytes:
    """BEFORE signing: an incremental update that adds to page 1 an optional-content group (a "layer") holding
    ``lines``, switched OFF in the document's default configuration: a viewer does not show it."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    ocg = w.add_object(generic.DictionaryObject({generic.NameObject("/Type"): generic.NameObject("/OCG"),
                                                 generic.NameObject("/Name"): generic.TextStringObject(name)}))
    page_ref = w.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    ops = ["/OC /oc1 BDC", "BT", "/HelvOC 10.5 Tf", "0 g", "13 TL", f"{x} {y} Td"]
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops += ["ET", "EMC"]
    stream = w.add_object(generic.StreamObject(stream_data="\n".join(ops).encode("cp1252")))
    contents = page["/Contents"]
    arr = generic.ArrayObject(list(contents) if isinstance(contents, generic.ArrayObject) else [page.raw_get("/Contents")])
    arr.append(stream)
    page[generic.NameObject("/Contents")] = arr
    res = page["/Resources"]
    fonts = res["/Font"]
    fonts[generic.NameObject("/HelvOC")] = _helv(w)
    res[generic.NameObject("/Properties")] = generic.DictionaryObject({generic.NameObject("/oc1"): ocg})
    w.update_container(page)
    w.root[generic.NameObject("/OCProperties")] = generic.DictionaryObject({
        generic.NameObject("/OCGs"): generic.ArrayObject([ocg]),
        generic.NameObject("/D"): generic.DictionaryObject({
            generic.NameObject("/Order"): generic.ArrayObject([ocg]),
            generic.NameObject("/OFF"): generic.ArrayObject([ocg]),
            generic.NameObject("/ON"): generic.ArrayObject([])})})
    w.update_root()
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def show_ocg_layers(data: bytes) -> bytes:
    """AFTER signing: an incremental update that only switches the hidden layer ON (the catalog's /OCProperties)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    ocp = w.root["/OCProperties"]
    ocgs = ocp.raw_get("/OCGs")
    w.root[generic.NameObject("/OCProperties")] = generic.DictionaryObject({
        generic.NameObject("/OCGs"): ocgs,
        generic.NameObject("/D"): generic.DictionaryObject({
            generic.NameObject("/Order"): ocgs, generic.NameObject("/ON"): ocgs,
            generic.NameObject("/OFF"): generic.ArrayObject([])})})
    w.update_root()
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def portfolio(cover: bytes, files: list[tuple[str, bytes, str]]) -> bytes:
    """A PDF portfolio (/Collection): an unsigned cover document that carries other files (here a signed PDF);
    viewers open on the navigator / the cover, the signed file is one of the embedded files."""
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(cover))
    for name, content, desc in files:
        ef = embed.EmbeddedFileObject.from_file_data(w, data=content, mime_type="application/pdf")
        embed.embed_file(w, embed.FileSpec(file_spec_string=name, embedded_data=ef, description=desc))
    w.root[generic.NameObject("/Collection")] = generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Collection"),
        generic.NameObject("/View"): generic.NameObject("/D"),
        generic.NameObject("/D"): generic.TextStringObject(files[0][0])})
    w.root[generic.NameObject("/PageMode")] = generic.NameObject("/UseAttachments")
    w.update_root()
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def pgp_signed(inner: Part, uid: str, seed: str) -> Part:
    """multipart/signed (application/pgp-signature, RFC 3156) over ``inner``, with a throw-away OpenPGP key made
    in a temporary GNUPGHOME (the key is nobody's certificate)."""
    import os
    import subprocess
    import tempfile
    rendered = inner.render()
    entity = rendered[:-1].replace("\n", "\r\n").encode("utf-8")
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, GNUPGHOME=home)
        subprocess.run(["gpg", "--batch", "--passphrase", "", "--quick-gen-key", uid, "ed25519", "sign", "2028-12-31"],
                       env=env, check=True, capture_output=True)
        p = subprocess.run(["gpg", "--batch", "--armor", "--detach-sign", "--digest-algo", "SHA256"], input=entity,
                           env=env, check=True, capture_output=True)
        pub = subprocess.run(["gpg", "--batch", "--armor", "--export"], env=env, check=True, capture_output=True).stdout
    sig = Part([("Content-Type", 'application/pgp-signature; name="OpenPGP_signature.asc"'),
                ("Content-Description", "OpenPGP digital signature"),
                ("Content-Disposition", 'attachment; filename="OpenPGP_signature.asc"')], p.stdout.decode("ascii"))
    bnd = "------------pgp" + hashlib.sha1(seed.encode()).hexdigest()[:20]
    out = Part([("Content-Type", f'multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature";'
                                 f'\n\tboundary="{bnd}"')],
               "This is an OpenPGP/MIME signed message (RFC 4880 and 3156)", [inner, sig], bnd)
    out.pubkey = pub  # type: ignore[attr-defined]
    return out


def vector_seal_letter(markup: str, *, created: dt.datetime, seal_top: str, seal_bottom: str, seal_center: list[str],
                       sig_png: bytes, seal_xy=(128, 222), sig_xy=(118, 214), creator="Microsoft® Word 2019") -> bytes:
    """A word-processor letter (text layer) with a round "seal" drawn as VECTOR graphics (two circles and text set
    along the ring, flat colour) and a PNG of a signature pasted over it: no ink, no electronic signature."""
    import math
    from fpdf import FPDF as _F
    base = letter_pdf(markup, created=created, creator=creator)
    # draw the seal on a separate one-page PDF, then merge as an overlay with pdfium-free method: redraw all
    pdf = _F(format="A4")
    pdf.add_font("L", "", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    cx, cy, r = seal_xy[0], seal_xy[1], 19.0
    pdf.set_draw_color(35, 60, 170)
    pdf.set_text_color(35, 60, 170)
    pdf.set_line_width(0.7)
    pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r)
    pdf.set_line_width(0.35)
    pdf.ellipse(cx - r + 1.6, cy - r + 1.6, 2 * (r - 1.6), 2 * (r - 1.6))
    pdf.ellipse(cx - r + 6.2, cy - r + 6.2, 2 * (r - 6.2), 2 * (r - 6.2))
    pdf.set_font("L", "", 6.2)
    rr = r - 4.2

    def ring(text, a0, a1, bottom=False):
        n = len(text)
        for k, ch in enumerate(text):
            a = math.radians(a0 + (a1 - a0) * (k + 0.5) / n)
            x, y = cx + rr * math.sin(a), cy - rr * math.cos(a)
            rot = -math.degrees(a) + (180 if bottom else 0)
            with pdf.rotation(rot, x, y):
                pdf.text(x - pdf.get_string_width(ch) / 2, y + 1.0, ch)
    ring(seal_top, -128, 128)
    ring(seal_bottom, 222, 138, bottom=True)
    pdf.set_font("L", "", 5.6)
    for i, ln in enumerate(seal_center):
        pdf.text(cx - pdf.get_string_width(ln) / 2, cy - 1.5 * len(seal_center) + 3.2 * i + 2, ln)
    pdf.image(io.BytesIO(sig_png), x=sig_xy[0], y=sig_xy[1], w=44)
    overlay = bytes(pdf.output())
    # merge: overlay page 1 onto page 1 of base (pdfium can import a page as an XObject)
    import pypdfium2 as pdfium
    import pypdfium2.raw as praw
    doc = pdfium.PdfDocument(base)
    ov = pdfium.PdfDocument(overlay)
    xobj = ov.page_as_xobject(0, doc)
    po = xobj.as_pageobject()
    pg = doc[0]
    pg.insert_obj(po)
    pg.gen_content()
    buf = io.BytesIO()
    doc.save(buf)
    del praw
    return buf.getvalue()



# --------------------------------------------------------------------------
# round 16 additions
# --------------------------------------------------------------------------

def smime_opaque(inner: Part, signer_id: str) -> Part:
    """An OPAQUE S/MIME signature (RFC 8551 3.5.2): the signed MIME entity travels inside the CMS SignedData,
    ``application/pkcs7-mime; smime-type=signed-data`` (what some clients send instead of multipart/signed)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    s = IDENT["pki"]["signers"][signer_id]
    cert = x509.load_pem_x509_certificate((WORLD / s["cert"]).read_bytes())
    key = serialization.load_pem_private_key((WORLD / s["key"]).read_bytes(), password=None)
    chain = [x509.load_pem_x509_certificate((WORLD / c).read_bytes()) for c in s.get("chain", [])]
    entity = inner.render().replace("\n", "\r\n").encode("utf-8")
    b = pkcs7.PKCS7SignatureBuilder().set_data(entity).add_signer(cert, key, hashes.SHA256())
    for c in chain:
        b = b.add_certificate(c)
    der = b.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    return Part([("Content-Type", 'application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"'),
                 ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", 'attachment; filename="smime.p7m"')], _encode(der, "base64"))


def text_attachment(text_: str, filename: str, ctype: str = "application/octet-stream") -> Part:
    """A file whose bytes are ASCII text (e.g. a base64 .p7m) sent as is, 7bit, without a second base64 layer."""
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "7bit")], text_)
