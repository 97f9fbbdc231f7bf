"""Channels: a `Letter` as an e-mail (charsets, HTML, attachment, reply), a text PDF,
a scanned PDF (grey or colour JPEG inside) or a fax TIFF (G4, fine or standard).

Every raster renderer also returns the text it drew, page by page, in reading
order: the OCR ground truth for the character error rate.
"""

from __future__ import annotations

import html
import io
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter

from tests.eval.letter import Letter
from tests.samples.generate import (
    MONO,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    _font,
    _squiggle,
    _stamp,
    _wrap,
)

EET = timezone(timedelta(hours=2))
BASE_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=EET)


# ------------------------------------------------------------------- e-mail


def _header(text: str, charset: str) -> str:
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        try:
            return Header(text.translate(_LEGACY), charset).encode()
        except UnicodeEncodeError:
            return Header(text, "utf-8").encode()


_LEGACY = str.maketrans({"•": "-", "–": "-", "„": '"', "”": '"', "€": "EUR "})


def _body_part(text: str, charset: str, subtype: str = "plain") -> bytes:
    if charset != "utf-8":
        text = text.translate(_LEGACY)
    raw = text.encode(charset)
    if charset == "utf-8" or charset == "iso-8859-16":
        enc, payload = "quoted-printable", quopri.encodestring(raw)
    else:
        enc, payload = "8bit", raw
    return (
        f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {enc}\n\n'
    ).encode() + payload


def email(
    letter: Letter,
    n: int,
    *,
    charset: str = "utf-8",
    html_body: bool = False,
    attachment: tuple[str, str, bytes] | None = None,
    quoted: str | None = None,
    in_reply_to: str | None = None,
    subject_prefix: str = "",
) -> bytes:
    """An .eml: text/plain (or HTML alternative), optional attachment, optional quoted history."""
    when = BASE_TIME + timedelta(minutes=37 * n)
    text = letter.text()
    if quoted:
        text += (
            "\n\nÎn data de 18.11.2026, Okazii Suport <support@okazii.ro> a scris:\n"
            + "\n".join("> " + line for line in quoted.split("\n"))
        )
    headers = [
        ("From", formataddr((_header(letter.sender_name, charset), letter.sender_email))),
        ("To", letter.to),
        ("Subject", _header(subject_prefix + (letter.subject or ""), charset)),
        ("Date", when.strftime("%a, %d %b %Y %H:%M:%S %z")),
        ("Message-ID", f"<eval-{n:04d}@{letter.sender_email.split('@')[1]}>"),
        ("MIME-Version", "1.0"),
    ]
    if in_reply_to:
        headers += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    head = "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii")
    if html_body:
        paras = "".join(
            f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n")
        )
        page = f'<html><head><style>p{{margin:0 0 8px}}</style></head><body><div dir="ltr">{paras}</div></body></html>'
        alt = (
            b"--ALT\n"
            + _body_part(text, charset)
            + b"\n--ALT\n"
            + _body_part(page, charset, "html")
            + b"\n--ALT--\n"
        )
        body = b'Content-Type: multipart/alternative; boundary="ALT"\n\n' + alt
    else:
        body = _body_part(text, charset)
    if attachment is None:
        return head + body
    name, ctype, data = attachment
    import base64

    b64 = base64.encodebytes(data)
    parts = (
        b"--MIX\n"
        + body
        + b"\n--MIX\n"
        + f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
        f"Content-Transfer-Encoding: base64\n\n".encode()
        + b64
        + b"--MIX--\n"
    )
    return head + b'Content-Type: multipart/mixed; boundary="MIX"\n\n' + parts


# ----------------------------------------------------------------- text PDF


def text_pdf(letter: Letter, n: int) -> bytes:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(BASE_TIME + timedelta(hours=n))
    pdf.set_producer("registratura tests/eval/generate.py")
    fonts = "/usr/share/fonts/truetype/dejavu/"
    pdf.add_font("S", "", fonts + "DejaVuSans.ttf")
    pdf.add_font("S", "B", fonts + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    for style, text in letter.blocks:
        if not text.strip():
            continue
        bold = style in ("head", "title")
        pdf.set_font("S", "B" if bold else "", 11 if style != "head" else 10.5)
        align = {"head": "C", "right": "R", "title": "C"}.get(style, "L")
        pdf.multi_cell(0, 5.6, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


# --------------------------------------------------------------- raster page


def _draw_letter(
    letter: Letter, size: tuple[int, int], px: int, ink: int, serif: bool, rnd: random.Random
) -> tuple[list[Image.Image], list[str], list[int]]:
    """Typeset the letter on as many pages as needed; (pages, texts, y of the end)."""
    w, h = size
    margin = int(w * 0.09)
    body_f = _font(SERIF if serif else SANS, px)
    bold_f = _font(SERIF_BOLD if serif else SANS_BOLD, px)
    pages: list[Image.Image] = []
    texts: list[list[str]] = []
    ends: list[int] = []
    page = Image.new("L", size, 255)
    d = ImageDraw.Draw(page)
    y, lines = float(margin), []
    step = px * 1.42
    for style, text in letter.blocks:
        font = bold_f if style in ("head", "title") else body_f
        for raw in text.split("\n"):
            for line in _wrap(raw, font, w - 2 * margin) or [""]:
                if y + step > h - margin:
                    pages.append(page), texts.append(lines), ends.append(int(y))
                    page = Image.new("L", size, 255)
                    d = ImageDraw.Draw(page)
                    y, lines = float(margin), []
                lw = font.getlength(line)
                x = (
                    margin
                    if style in ("body", "sign")
                    else (w - margin - lw if style == "right" else (w - lw) / 2)
                )
                d.text((round(x), round(y)), line, font=font, fill=ink)
                if line.strip():
                    lines.append(line)
                y += step
        y += step * 0.6
    pages.append(page), texts.append(lines), ends.append(int(y))
    return pages, ["\n".join(t) for t in texts], ends


def _marks(
    page: Image.Image, letter: Letter, y: int, rnd: random.Random, colour: bool
) -> Image.Image:
    """Signature (and stamp for official letters) under the text; blue on colour scans."""
    w = page.width
    s = w / 2480
    mask = Image.new("L", page.size, 0)
    if letter.official:
        stamp = _stamp(
            400, "ROMÂNIA • MINISTERUL • ", ["ROMÂNIA", "ȘTAMPILA"], seed=rnd.randrange(999)
        )
        stamp = stamp.resize((int(400 * s), int(400 * s)))
        mask.paste(
            255,
            (int(w * 0.45), max(0, y - int(330 * s))),
            stamp.point(lambda v: 255 if v < 128 else 0),
        )
    _squiggle(
        ImageDraw.Draw(mask),
        int(w * 0.12),
        y + int(10 * s),
        int(420 * s),
        int(110 * s),
        seed=rnd.randrange(999),
        ink=255,
        width=max(2, int(5 * s)),
    )
    if not colour:
        page.paste(30, (0, 0), mask)
        return page
    rgb = page.convert("RGB")
    rgb.paste((40, 60, 170), (0, 0), mask)
    return rgb


def scan_pdf(
    letter: Letter, rnd: random.Random, colour: bool, dpi: int = 200
) -> tuple[bytes, list[str]]:
    """Post scanned by the mailroom: JPEG pages in an image-only PDF, slight skew, paper noise."""
    size = (int(8.27 * dpi), int(11.69 * dpi))
    pages, texts, ends = _draw_letter(letter, size, int(dpi * 0.155), 25, rnd.random() < 0.4, rnd)
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(BASE_TIME)
    pdf.set_producer("Mailroom scanner (tests/eval)")
    pdf.set_margins(0, 0, 0)
    pdf.set_auto_page_break(False)
    for i, page in enumerate(pages):
        page = page.point(lambda v: 244 if v > 244 else v)
        if i == len(pages) - 1:
            page = _marks(page, letter, ends[i], rnd, colour)
        d = ImageDraw.Draw(page)
        for _ in range(400):
            x, yy = rnd.randrange(page.width), rnd.randrange(page.height)
            d.point((x, yy), fill=(120, 120, 120) if colour else 120)
        page = page.filter(ImageFilter.GaussianBlur(0.6))
        angle = rnd.uniform(-2.0, 2.0)
        page = page.rotate(
            angle, resample=Image.Resampling.BICUBIC, fillcolor=(244, 244, 240) if colour else 244
        )
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=55, dpi=(dpi, dpi))
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    return bytes(pdf.output()), texts


def fax_tiff(
    letter: Letter, rnd: random.Random, fine: bool, rotate: int = 0
) -> tuple[bytes, list[str]]:
    """A fax server's multi-page G4 TIFF: 1728 px wide, 204×196 (fine) or 204×98 (standard)."""
    size = (1728, 2292)
    pages, texts, ends = _draw_letter(letter, size, 36, 0, True, rnd)
    frames = []
    for i, page in enumerate(pages):
        d = ImageDraw.Draw(page)
        header = f"20/11/2026 10:{i:02d}  DE LA: +40 2{rnd.randrange(10, 69)} 000 111  CATRE: 021 000 9876  P.{i + 1:03d}/{len(pages):03d}"
        d.text((40, 18), header, font=_font(MONO, 22), fill=0)
        texts[i] = header + "\n" + texts[i]
        if i == len(pages) - 1:
            page = _marks(page, letter, ends[i], rnd, False)
        page = page.rotate(rnd.uniform(-1.2, 1.2), resample=Image.Resampling.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(page)
        for _ in range(500):
            x, yy = rnd.randrange(page.width), rnd.randrange(page.height)
            d.rectangle((x, yy, x + rnd.randrange(3), yy + rnd.randrange(2)), fill=0)
        if rotate and i == 0:
            page = page.rotate(rotate, expand=True)
        bw = page.point(lambda v: 0 if v < 150 else 255).convert("1", dither=Image.Dither.NONE)
        if not fine:
            bw = bw.resize((bw.width, bw.height // 2), Image.Resampling.NEAREST)
        frames.append(bw)
    dpi = (204, 196) if fine else (204, 98)
    if rotate in (90, 270):
        pass  # the page lies sideways in the file; the dpi stays the fax machine's
    buf = io.BytesIO()
    frames[0].save(
        buf, "TIFF", compression="group4", dpi=dpi, save_all=True, append_images=frames[1:]
    )
    return buf.getvalue(), texts
