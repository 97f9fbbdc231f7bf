"""Write the small, fictional sample set in tests/samples/.

Every name, number, address and account below is invented; the marketplace is
"Okazii" (support@okazii.ro, legal@okazii.ro). The output is deterministic:
fixed seeds, fixed dates, fixed MIME boundaries, fixed PDF creation dates and no
timestamps in image metadata, so running this twice gives byte-identical files.

    .venv/bin/python tests/samples/generate.py [OUTPUT_DIR]

Needs Pillow (with libtiff for CCITT G4), fpdf2 and the DejaVu fonts
(fonts-dejavu-core; override the folder with $DEJAVU_DIR).
"""

from __future__ import annotations

import io
import json
import math
import os
import quopri
import random
import sys
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONT_DIR = Path(os.environ.get("DEJAVU_DIR", "/usr/share/fonts/truetype/dejavu"))
SANS = FONT_DIR / "DejaVuSans.ttf"
SANS_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
SERIF = FONT_DIR / "DejaVuSerif.ttf"
SERIF_BOLD = FONT_DIR / "DejaVuSerif-Bold.ttf"
MONO = FONT_DIR / "DejaVuSansMono.ttf"

EET = timezone(timedelta(hours=2))  # Romania in November


# --------------------------------------------------------------------------- mail


def _eml(headers: list[tuple[str, str]], body: bytes) -> bytes:
    """Headers (already RFC 2047-safe ASCII) + a blank line + body, LF line ends."""
    head = "".join(f"{name}: {value}\n" for name, value in headers)
    return head.encode("ascii") + b"\n" + body


def _qp(text: str, charset: str) -> bytes:
    return quopri.encodestring(text.encode(charset), quotetabs=False)


def _subject(text: str, charset: str) -> str:
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name="Subject").encode()


# ISO-8859-2 has no comma-below ș ț: mail clients of this era send the cedilla
# letters ş ţ instead, exactly as below.
LE_POLICE_BODY = """\
ROMÂNIA
MINISTERUL AFACERILOR INTERNE
POLIŢIA ROMÂNĂ
Inspectoratul de Poliţie Judeţean Cluj
Serviciul de Investigare a Criminalităţii Economice
Str. Exemplului nr. 7, Cluj-Napoca, jud. Cluj

Nr. 123.456 din 12.11.2026

Către: OKAZII - Departamentul Juridic
E-mail: legal@okazii.ro

Stimată doamnă / Stimate domn,

Inspectoratul de Poliţie Judeţean Cluj efectuează cercetări în dosarul penal
nr. 4567/P/2026, privind săvârşirea infracţiunii de înşelăciune (art. 244 Cod
penal), comisă prin intermediul platformei dumneavoastră de anunţuri.

În temeiul art. 170 Cod procedură penală, vă rugăm să ne comunicaţi
următoarele date referitoare la utilizatorul cu numele de utilizator
ion_vanzator88, adresa de e-mail ion.vanzator88@example.ro şi numărul de
telefon 0722 123 456:

  1. datele de identificare ale titularului contului (nume, prenume, adresă,
     număr de telefon şi adresă de e-mail declarate la înregistrare);
  2. istoricul tranzacţiilor efectuate în perioada 01.09.2026 - 31.10.2026,
     inclusiv detaliile tranzacţiei nr. 98765432;
  3. adresele IP de la care a fost accesat contul în aceeaşi perioadă, cu
     data şi ora fiecărei conectări.

Vă rugăm ca răspunsul să fie transmis în format electronic, la adresa de
e-mail politia.cluj@cj.politiaromana.ro, menţionând numărul de înregistrare
al prezentei adrese.

Vă mulţumim pentru colaborare.

Comisar-şef de poliţie Popescu Ion

Inspectoratul de Poliţie Judeţean Cluj
Tel.: 0264 000 111 | Fax: 0264 000 112
politia.cluj@cj.politiaromana.ro
"""


def le_police_email() -> bytes:
    cs = "iso-8859-2"
    headers = [
        ("Return-Path", "<politia.cluj@cj.politiaromana.ro>"),
        ("Message-ID", "<20261112143210.123456.sice@cj.politiaromana.ro>"),
        ("Date", "Thu, 12 Nov 2026 14:32:10 +0200"),
        (
            "From",
            formataddr(
                ("Inspectoratul de Poliţie Judeţean Cluj", "politia.cluj@cj.politiaromana.ro"),
                charset=cs,
            ),
        ),
        ("To", "legal@okazii.ro"),
        (
            "Subject",
            _subject(
                "Adresă oficială nr. 123.456 din 12.11.2026 - dosar penal nr. 4567/P/2026", cs
            ),
        ),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'text/plain; charset="{cs}"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Content-Language", "ro"),
    ]
    return _eml(headers, _qp(LE_POLICE_BODY, cs))


SUPPORT_PLAIN = """\
Buna ziua,

As dori sa schimb numarul de telefon asociat contului meu de pe Okazii
(utilizator andrei_m_1990). Am schimbat operatorul si numarul vechi nu mai
este activ, asa ca nu mai primesc codul de confirmare prin SMS.

Cum pot face schimbarea? Trebuie sa trimit vreun document sau se poate
direct din setarile contului?

Multumesc frumos,
Andrei Munteanu
"""

SUPPORT_HTML = """\
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 14px;">
<div>Buna ziua,</div>
<div><br></div>
<div>As dori sa schimb <b>numarul de telefon</b> asociat contului meu de pe Okazii
(utilizator andrei_m_1990). Am schimbat operatorul si numarul vechi nu mai
este activ, asa ca nu mai primesc codul de confirmare prin SMS.</div>
<div><br></div>
<div>Cum pot face schimbarea? Trebuie sa trimit vreun document sau se poate
direct din setarile contului?</div>
<div><br></div>
<div>Multumesc frumos,<br>Andrei Munteanu</div>
<div style="color:#888888;font-size:11px;">Trimis de pe telefonul meu</div>
</body></html>
"""


def support_html_email() -> bytes:
    boundary = "000000000000okazii5a7c1f2e9d3b"
    headers = [
        ("Message-ID", "<CAF3x9QpZ7nKq1-sample-support@mail.example.com>"),
        ("Date", "Mon, 23 Nov 2026 22:47:05 +0200"),
        ("From", "Andrei Munteanu <andrei.munteanu@example.com>"),
        ("To", "support@okazii.ro"),
        ("Subject", "Schimbare numar de telefon cont"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
    ]
    parts = [
        b"--" + boundary.encode() + b"\n"
        b'Content-Type: text/plain; charset="UTF-8"\n'
        b"Content-Transfer-Encoding: quoted-printable\n\n" + _qp(SUPPORT_PLAIN, "utf-8"),
        b"--" + boundary.encode() + b"\n"
        b'Content-Type: text/html; charset="UTF-8"\n'
        b"Content-Transfer-Encoding: quoted-printable\n\n" + _qp(SUPPORT_HTML, "utf-8"),
    ]
    body = b"\n".join(parts) + b"\n--" + boundary.encode() + b"--\n"
    return _eml(headers, body)


# The customer writes without diacritics; the quoted support message (written by
# an agent in an old Windows client) has cedilla diacritics in windows-1250.
COMPLAINT_REPLY_BODY = """\
Buna ziua,

Revin cu detaliile cerute. Am fost victima unei tepe. Pe 03.11.2026 am
cumparat de la utilizatorul tepar_2026 o consola de jocuri, tranzactia
nr. 44400011, si am platit 350 lei. Nu am platit prin Garantia de Livrare,
vanzatorul m-a convins sa fac transfer bancar direct in contul lui, zicea ca
asa trimite mai repede.

De atunci nu am primit nimic, nu raspunde la telefon si nici la mesajele de
pe Okazii. Cred ca este o frauda si ca mai face asta si cu altii.

Va rog sa blocati contul vanzatorului si sa ma ajutati sa-mi recuperez banii.
Am depus si plangere la politie.

Cristian Vasile
tel. 0755 010 203

On Tue, 24 Nov 2026 at 10:15, Okazii Asistenta Clienti <support@okazii.ro> wrote:
> Bună ziua,
>
> Vă mulţumim pentru mesaj. Pentru a putea analiza sesizarea
> dumneavoastră, vă rugăm să ne transmiteţi numărul tranzacţiei, numele de
> utilizator al vânzătorului, suma plătită şi modalitatea de plată.
>
> Cu stimă,
> Departamentul de Asistenţă Clienţi
> Okazii
>
>> Am o problema cu un vanzator care nu mi-a trimis produsul. Ce pot face?
"""


def complaint_reply_email() -> bytes:
    cs = "windows-1250"
    headers = [
        ("Message-ID", "<7f3e2a1b-sample-reply@mail.example.net>"),
        ("Date", "Wed, 25 Nov 2026 08:03:41 +0200"),
        ("From", "Cristian Vasile <cristian.vasile@example.net>"),
        ("To", "Okazii Asistenta Clienti <support@okazii.ro>"),
        ("Subject", "Re: Problema vanzator - tichet #20261124-0042"),
        ("In-Reply-To", "<ticket-20261124-0042.reply1@okazii.ro>"),
        (
            "References",
            "<c1a2b3-sample-first@mail.example.net> <ticket-20261124-0042.reply1@okazii.ro>",
        ),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'text/plain; charset="{cs}"'),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    return _eml(headers, COMPLAINT_REPLY_BODY.encode(cs))


# ------------------------------------------------------------------- text PDF


def complaint_pdf() -> bytes:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(datetime(2026, 11, 20, 9, 30, 0, tzinfo=EET))
    pdf.set_title("Reclamație - comanda nr. 55501234")
    pdf.set_author("Mihai-Andrei Dumitrescu")
    pdf.set_creator("Okazii sample generator")
    pdf.set_producer("registratura tests/samples/generate.py")
    pdf.add_font("DejaVu", "", str(SANS))
    pdf.add_font("DejaVu", "B", str(SANS_BOLD))
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    def para(
        text: str, size: float = 11, style: str = "", align: str = "J", gap: float = 3
    ) -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(0, 5.6, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    para(
        "Mihai-Andrei Dumitrescu\nStr. Livezilor nr. 14, ap. 3, Iași\n"
        "E-mail: mihai.dumitrescu@example.ro\nTelefon: 0733 456 789\nUtilizator Okazii: mihai_d77",
        align="L",
        gap=6,
    )
    para("Către: Okazii - Departamentul de Securitate\nsupport@okazii.ro", align="L", gap=6)
    para("Iași, 20.11.2026", align="R", gap=6)
    para("RECLAMAȚIE", size=14, style="B", align="C", gap=5)
    para(
        "Privind: comanda / tranzacția nr. 55501234 - nu am primit produsul",
        style="B",
        align="L",
        gap=5,
    )
    para("Stimată doamnă / Stimate domn,", align="L")
    para(
        "Subsemnatul Mihai-Andrei Dumitrescu, utilizator Okazii mihai_d77, formulez prezenta "
        "reclamație împotriva vânzătorului cu numele de utilizator gadget_shop_ro."
    )
    para(
        "În data de 02.11.2026 am cumpărat de la acest vânzător un telefon mobil (anunțul "
        "„Telefon smartphone 256 GB, sigilat, garanție”), comanda / tranzacția nr. 55501234, "
        "în valoare totală de 1.250,00 lei, inclusiv transportul. Plata a fost făcută online, "
        "prin Garanția de Livrare oferită de Okazii, în aceeași zi."
    )
    para(
        "Vânzătorul a confirmat comanda și a promis expedierea în 2 zile lucrătoare. Până astăzi "
        "nu am primit produsul și nici un număr de AWB valid; numărul comunicat nu există în "
        "sistemul curierului. Din data de 09.11.2026 vânzătorul nu mai răspunde la mesaje și "
        "nici la telefon."
    )
    para(
        "Deoarece tranzacția este acoperită de Garanția de Livrare, solicit returnarea banilor "
        "(1.250,00 lei) în contul meu și verificarea contului vânzătorului gadget_shop_ro."
    )
    para("Anexez capturile de ecran cu anunțul, confirmarea plății și conversația cu vânzătorul.")
    para("Vă mulțumesc,", align="L", gap=1)
    para("Mihai-Andrei Dumitrescu", align="L")
    return bytes(pdf.output())


# ------------------------------------------------------------- raster helpers


def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap of one paragraph to a pixel width."""
    out: list[str] = []
    line = ""
    for word in text.split():
        cand = f"{line} {word}".strip()
        if line and font.getlength(cand) > width:
            out.append(line)
            line = word
        else:
            line = cand
    if line:
        out.append(line)
    return out


# A block is (text, font, alignment, space after in line heights); "" = blank line.
Block = tuple[str, ImageFont.FreeTypeFont, str, float]


def _typeset(
    draw: ImageDraw.ImageDraw,
    blocks: Iterable[Block],
    left: int,
    top: int,
    width: int,
    leading: float,
    ink: int,
) -> int:
    """Draw paragraphs; lines inside a block are kept (\\n), long ones wrapped. Returns y."""
    y = float(top)
    for text, font, align, after in blocks:
        size = font.size
        step = size * leading
        for raw in text.split("\n"):
            for line in _wrap(raw, font, width) or [""]:
                w = font.getlength(line)
                x = (
                    left
                    if align == "L"
                    else (left + width - w if align == "R" else left + (width - w) / 2)
                )
                draw.text((round(x), round(y)), line, font=font, fill=ink)
                y += step
        y += step * after
    return round(y)


def _catmull_rom(ctrl: list[tuple[float, float]], steps: int = 14) -> list[tuple[float, float]]:
    pts = [ctrl[0], *ctrl, ctrl[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(steps):
            t = k / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * b
                        + (-a + c) * t
                        + (2 * a - 5 * b + 4 * c - d) * t2
                        + (-a + 3 * b - 3 * c + d) * t3
                    )
                    for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
                )
            )
    out.append(ctrl[-1])
    return out


def _squiggle(
    draw: ImageDraw.ImageDraw, x0: int, y0: int, w: int, h: int, seed: int, ink: int, width: int
) -> None:
    """A hand-drawn-looking signature: a tall initial, uneven cursive loops, a flourish."""
    rnd = random.Random(seed)
    base = y0 + h * 0.7
    # Tall initial: up-stroke, loop back down.
    ctrl = [
        (x0, base),
        (x0 + 0.06 * w, y0),
        (x0 + 0.02 * w, y0 + 0.15 * h),
        (x0 + 0.07 * w, base + 0.1 * h),
    ]
    x = x0 + 0.1 * w
    up = True
    while x < x0 + 0.8 * w:
        if up:
            ctrl.append((x + rnd.uniform(0.0, 0.03) * w, base - rnd.uniform(0.25, 0.75) * h))
            if rnd.random() < 0.45:  # a small loop: step back while going down
                ctrl.append((x - rnd.uniform(0.02, 0.04) * w, base - rnd.uniform(0.1, 0.3) * h))
        else:
            ctrl.append((x, base + rnd.uniform(-0.05, 0.12) * h))
        x += rnd.uniform(0.035, 0.07) * w
        up = not up
        base -= rnd.uniform(0.0, 0.04) * h  # handwriting drifts upwards
    # Flourish: swing right and back underneath.
    ctrl += [
        (x0 + 0.95 * w, base - 0.3 * h),
        (x0 + 0.9 * w, base + 0.25 * h),
        (x0 + 0.3 * w, y0 + 1.05 * h),
        (x0 + 0.12 * w, y0 + 1.0 * h),
    ]
    pts = [
        (px + rnd.uniform(-0.8, 0.8), py + rnd.uniform(-0.8, 0.8)) for px, py in _catmull_rom(ctrl)
    ]
    draw.line(pts, fill=ink, width=width, joint="curve")


def _stamp(size: int, ring_text: str, centre: list[str], seed: int) -> Image.Image:
    """A round office stamp, black on white ("L"), with ink dropout."""
    img = Image.new("L", (size, size), 255)
    d = ImageDraw.Draw(img)
    c = size / 2
    r1, r2 = c - 6, c - 64
    d.ellipse((c - r1, c - r1, c + r1, c + r1), outline=0, width=6)
    d.ellipse((c - r2, c - r2, c + r2, c + r2), outline=0, width=4)
    f = _font(SANS_BOLD, 26)
    rr = (r1 + r2) / 2
    n = len(ring_text)
    span = 2 * math.pi * 0.93
    for i, ch in enumerate(ring_text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        glyph = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(glyph).text((20, 20), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        gx, gy = c + rr * math.cos(a) - 20, c + rr * math.sin(a) - 20
        img.paste(0, (round(gx), round(gy)), glyph)
    fc = _font(SANS_BOLD, 30)
    total = len(centre) * 38
    for j, line in enumerate(centre):
        d.text((c, c - total / 2 + 19 + j * 38), line, font=fc, fill=0, anchor="mm")
    # Uneven ink: knock out random specks of the impression.
    rnd = random.Random(seed)
    px = img.load()
    assert px is not None
    for _ in range(size * size // 9):
        x, y = rnd.randrange(size), rnd.randrange(size)
        px[x, y] = 255
    return img


# ---------------------------------------------------------------- scanned PDF

MEDIATION_BLOCKS = [
    ("Elena Marinescu", SANS_BOLD, "L", 0),
    (
        "Str. Castanilor nr. 21, Brașov\nTelefon: 0744 555 666\nE-mail: elena.marinescu@example.ro\nUtilizator Okazii: elena_m_84",
        SANS,
        "L",
        1.2,
    ),
    (
        "Către: Okazii - Departamentul de Securitate\nCentrul de prevenire a fraudelor",
        SANS,
        "L",
        1.2,
    ),
    ("Brașov, 18.11.2026", SANS, "R", 1.2),
    ("Subiect: dispută - tranzacția nr. 77712345, cerere de mediere", SANS_BOLD, "L", 1.0),
    ("Stimată doamnă / Stimate domn,", SANS, "L", 0.6),
    (
        "Subsemnata Elena Marinescu, utilizator Okazii elena_m_84, vă aduc la cunoștință că în "
        "data de 05.11.2026 am cumpărat de la utilizatorul retro_mobila o comodă vintage, "
        "tranzacția nr. 77712345, la prețul de 430 RON, plătit integral.",
        SANS,
        "L",
        0.6,
    ),
    (
        "Produsul nu corespunde descrierii din anunț: comoda era prezentată ca fiind din lemn "
        "masiv de stejar, cu patru sertare, iar cea primită este din PAL furniruit și are doar "
        "trei sertare. Am trimis vânzătorului fotografii, dar acesta refuză să primească produsul "
        "înapoi.",
        SANS,
        "L",
        0.6,
    ),
    (
        "Pentru a rezolva amiabil situația, propun o soluție: returnarea produsului și "
        "rambursarea sumei de 430 RON, cu transportul retur suportat de vânzător. Vă rog să "
        "mediați această dispută între mine și vânzătorul retro_mobila.",
        SANS,
        "L",
        0.6,
    ),
    ("Anexez fotografiile produsului și capturi ale anunțului.", SANS, "L", 1.2),
    ("Cu stimă,\nElena Marinescu", SANS, "L", 0),
]


def mediation_scan_pdf() -> bytes:
    w, h = 2480, 3508  # A4 at 300 dpi
    page = Image.new("L", (w, h), 250)
    d = ImageDraw.Draw(page)
    blocks = [(t, _font(p, 38), a, s) for t, p, a, s in MEDIATION_BLOCKS]
    y = _typeset(d, blocks, left=236, top=260, width=w - 2 * 236, leading=1.45, ink=28)
    _squiggle(d, 260, y + 40, 420, 110, seed=84, ink=40, width=5)

    rnd = random.Random(77712345)
    # Paper and scanner noise: faint blotches, dust specks, then a soft optical blur.
    for _ in range(1200):
        x, yy = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice((1, 1, 1, 2, 2, 3))
        d.ellipse((x, yy, x + r, yy + r), fill=rnd.randrange(90, 200))
    page = page.filter(ImageFilter.GaussianBlur(0.7))
    gw, gh = w // 8, h // 8
    grain = Image.frombytes("L", (gw, gh), rnd.randbytes(gw * gh))
    grain = grain.point(lambda v: 250 - (v % 4)).resize((w, h), Image.Resampling.BICUBIC)
    page = Image.composite(page, grain, page.point(lambda v: 255 if v < 245 else 0))
    page = page.rotate(0.5, resample=Image.Resampling.BICUBIC, fillcolor=250)

    jpg = io.BytesIO()
    page.save(jpg, "JPEG", quality=50, optimize=True, progressive=True, dpi=(300, 300))
    jpg.seek(0)

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(datetime(2026, 11, 19, 11, 5, 0, tzinfo=EET))
    pdf.set_creator("Mailroom scanner")
    pdf.set_producer("registratura tests/samples/generate.py")
    pdf.set_margins(0, 0, 0)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(jpg, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


# ------------------------------------------------------------------ fax TIFF

FAX_W, FAX_H = 1728, 2292  # ITU-T fine: 204 x 196 dpi, A4 height


def _fax_header(d: ImageDraw.ImageDraw, page_no: int, pages: int) -> None:
    f = _font(MONO, 22)
    d.text(
        (40, 18),
        f"16/11/2026 09:12   DE LA: +40 21 000 4321  PARCHET JUD SECT1 BUC   CATRE: 021 000 9876   P.{page_no:03d}/{pages:03d}",
        font=f,
        fill=0,
    )


def _fax_page(blocks: list[Block], page_no: int, seed: int, extra: bool) -> Image.Image:
    img = Image.new("L", (FAX_W, FAX_H), 255)
    d = ImageDraw.Draw(img)
    _fax_header(d, page_no, 2)
    y = _typeset(d, blocks, left=120, top=110, width=FAX_W - 240, leading=1.38, ink=0)
    if extra:
        # Page 2: the signature and the round stamp, overlapping a little, as on paper.
        stamp = _stamp(
            400,
            "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 1 • ",
            ["ROMÂNIA", "MINISTERUL", "PUBLIC", "BUCUREȘTI"],
            seed=seed + 1,
        )
        sx, sy = 820, y - 250
        img.paste(0, (sx, sy), stamp.point(lambda v: 255 if v < 128 else 0))
        _squiggle(d, 1040, y - 160, 420, 120, seed=seed + 2, ink=0, width=6)
    rnd = random.Random(seed)
    img = img.rotate(-0.35, resample=Image.Resampling.BICUBIC, fillcolor=255)
    d = ImageDraw.Draw(img)
    for _ in range(260):  # line noise specks
        x, yy = rnd.randrange(FAX_W), rnd.randrange(FAX_H)
        d.rectangle((x, yy, x + rnd.randrange(2), yy + rnd.randrange(2)), fill=0)
    return img.point(lambda v: 0 if v < 150 else 255).convert("1", dither=Image.Dither.NONE)


def le_fax_tif() -> bytes:
    title = _font(SERIF_BOLD, 40)
    body = _font(SERIF, 40)
    bold = _font(SERIF_BOLD, 40)
    p1: list[Block] = [
        ("ROMÂNIA\nMINISTERUL PUBLIC", title, "C", 0.2),
        ("PARCHETUL DE PE LÂNGĂ\nJUDECĂTORIA SECTORULUI 1 BUCUREȘTI", title, "C", 0.2),
        (
            "Bd. Exemplului nr. 10, Sector 1, București\nTel. 021 000 4321, fax 021 000 4322",
            body,
            "C",
            0.8,
        ),
        ("Nr. 2345/II/2026 din 15 noiembrie 2026", bold, "L", 0.6),
        ("Către: OKAZII - Departamentul Juridic\nlegal@okazii.ro", body, "L", 0.6),
        ("Dosar nr. 8910/P/2026", bold, "L", 0.6),
        (
            "În temeiul art. 152 din Codul de procedură penală, în cauza penală ce formează "
            "obiectul dosarului nr. 8910/P/2026, vă rugăm să ne comunicați următoarele date "
            "privind utilizatorul platformei Okazii înregistrat cu adresa de e-mail "
            "maria.pop@example.ro, pentru perioada 01.06.2026 - 31.10.2026:",
            body,
            "L",
            0.4,
        ),
        (
            "1. datele de identificare ale titularului contului (nume, prenume, adresă, telefon);",
            body,
            "L",
            0.2,
        ),
        ("2. istoricul tranzacțiilor și al anunțurilor publicate;", body, "L", 0.2),
        ("3. adresele IP și data și ora conectărilor la cont;", body, "L", 0.2),
        ("4. conturile bancare (IBAN) folosite pentru încasări.", body, "L", 0.2),
    ]
    p2: list[Block] = [
        ("- pagina 2 din 2 - dosar nr. 8910/P/2026 -", body, "C", 1.0),
        (
            "Vă rugăm să transmiteți răspunsul în scris, prin curier, la adresa: Parchetul de pe "
            "lângă Judecătoria Sectorului 1 București, Bd. Exemplului nr. 10, Sector 1, "
            "București, cu mențiunea numărului de dosar.",
            body,
            "L",
            0.6,
        ),
        (
            "Datele solicitate sunt necesare pentru soluționarea cauzei și vor fi folosite "
            "exclusiv în scopul urmăririi penale.",
            body,
            "L",
            1.6,
        ),
        ("Prim-procuror Ionescu Maria", bold, "R", 5.0),
    ]
    pages = [_fax_page(p1, 1, seed=2345, extra=False), _fax_page(p2, 2, seed=8910, extra=True)]
    out = io.BytesIO()
    pages[0].save(
        out,
        "TIFF",
        compression="group4",
        dpi=(204, 196),
        save_all=True,
        append_images=pages[1:],
    )
    return out.getvalue()


# ----------------------------------------------------------- expected + README

EXPECTED: dict[str, dict[str, object]] = {
    "le_police_email.eml": {
        "category": "law_enforcement",
        "queue": "law_enforcement",
        "fields": {
            "authority": "Inspectoratul de Poliție Județean Cluj",
            "authority_kind": "police",
            "reference_number": "123456",
            "reference_date": "2026-11-12",
            "case_number": "4567/P/2026",
            "legal_basis": ["art. 170 CPP"],
            "subjects": [
                {"kind": "username", "value": "ion_vanzator88"},
                {"kind": "email", "value": "ion.vanzator88@example.ro"},
                {"kind": "phone", "value": "0722123456"},
            ],
            "transactions": ["98765432"],
            "requested_data": ["datele de identificare", "istoricul tranzacțiilor", "adresele IP"],
            "period": {"from": "2026-09-01", "to": "2026-10-31"},
            "response_channel": "electronic",
            "reply_to": "politia.cluj@cj.politiaromana.ro",
            "signatory": "Comisar-șef de poliție Popescu Ion",
        },
    },
    "complaint_text.pdf": {
        "category": "complaint",
        "queue": "complaint",
        "fields": {
            "complainant": "Mihai-Andrei Dumitrescu",
            "transaction_id": "55501234",
            "counterparty": "gadget_shop_ro",
            "amount": {"value": "1250.00", "currency": "RON"},
            "delivery_guarantee": True,
            "issue": "not_delivered",
            "proposed_resolution": "solicit returnarea banilor",
            "contact": {"email": "mihai.dumitrescu@example.ro", "phone": "0733456789"},
        },
    },
    "mediation_scan.pdf": {
        "category": "mediation",
        "queue": "mediation",
        "fields": {
            "complainant": "Elena Marinescu",
            "transaction_id": "77712345",
            "counterparty": "retro_mobila",
            "amount": {"value": "430.00", "currency": "RON"},
            "issue": "not_as_described",
            "proposed_resolution": "returnarea produsului și rambursarea",
            "contact": {"email": "elena.marinescu@example.ro", "phone": "0744555666"},
        },
    },
    "le_fax.tif": {
        "category": "law_enforcement",
        "queue": "law_enforcement",
        "fields": {
            "authority": "Parchetul de pe lângă Judecătoria Sectorului 1 București",
            "authority_kind": "prosecutor",
            "reference_number": "2345/II/2026",
            "reference_date": "2026-11-15",
            "case_number": "8910/P/2026",
            "legal_basis": ["art. 152 CPP"],
            "subjects": [{"kind": "email", "value": "maria.pop@example.ro"}],
            "requested_data": [
                "datele de identificare",
                "istoricul tranzacțiilor",
                "adresele IP",
                "conturile bancare (IBAN)",
            ],
            "period": {"from": "2026-06-01", "to": "2026-10-31"},
            "response_channel": "courier",
            "reply_to": "Bd. Exemplului nr. 10, Sector 1, București",
            "signatory": "Prim-procuror Ionescu Maria",
        },
    },
    "support_html.eml": {
        "category": "support",
        "queue": "support",
        "fields": {
            "topic": "Schimbare numar de telefon cont",
            "contact": {"email": "andrei.munteanu@example.com"},
        },
    },
    "complaint_reply.eml": {
        "category": "complaint",
        "queue": "complaint",
        "fields": {
            "complainant": "Cristian Vasile",
            "transaction_id": "44400011",
            "counterparty": "tepar_2026",
            "amount": {"value": "350.00", "currency": "RON"},
            "delivery_guarantee": False,
            "issue": "fraud_suspected",
            "proposed_resolution": "sa-mi recuperez banii",
            "contact": {"email": "cristian.vasile@example.net", "phone": "0755010203"},
        },
    },
}

README = """\
# tests/samples — fictional sample inputs

All files are written by `generate.py` in this folder (deterministic: run it
twice, get byte-identical files). Every person, username, number, address and
case is invented; the marketplace is "Okazii". `expected.json` holds, per file,
the expected `category`, `queue` and key `fields` in REQUEST_SCHEMA.md form.

| file | what it is | channel it imitates |
| --- | --- | --- |
| `le_police_email.eml` | law_enforcement: IPJ Cluj official request (nr. 123.456 din 12.11.2026, dosar penal 4567/P/2026, art. 170 CPP) for user ion_vanzator88; text/plain ISO-8859-2 quoted-printable, cedilla ş ţ | e-mail from a police mailbox to legal@okazii.ro (no DKIM: expect an `incomplete`/`suspicious` authenticity verdict) |
| `complaint_text.pdf` | complaint: buyer's reclamație, goods not delivered, order 55501234, seller gadget_shop_ro, 1.250,00 lei, Garanția de Livrare, refund asked; fpdf2 + DejaVuSans, real text layer | PDF attached to / uploaded with a complaint |
| `mediation_scan.pdf` | mediation: letter, produsul nu corespunde descrierii, tranzacția 77712345, retro_mobila, 430 RON, return + refund proposed; Pillow-rendered 300 dpi greyscale page with noise, 0.5° skew, JPEG in an image-only PDF (no text layer, needs OCR) | post scanned by the mailroom |
| `le_fax.tif` | law_enforcement: Parchetul de pe lângă Judecătoria Sectorului 1 București, nr. 2345/II/2026 din 15 noiembrie 2026, dosar 8910/P/2026, art. 152 CPP, user maria.pop@example.ro; 2 pages, bilevel CCITT G4, 204×196 dpi, 1728×2292, signature squiggle + round stamp on page 2 | fax server dropping a multi-page TIFF into a folder |
| `support_html.eml` | support: customer asks how to change the phone number on the account; multipart/alternative text/plain + text/html, UTF-8, no diacritics | e-mail to support@okazii.ro |
| `complaint_reply.eml` | complaint without diacritics ("teapa", tepar_2026, 350 lei, tranzactia 44400011, paid outside the Delivery Guarantee) replying to a support message, quoted with `>` under an "On ... wrote:" line; windows-1250, 8bit | e-mail reply in a support thread |

Conventions in `expected.json`: only fields the document states are listed
(absent = not stated). Compare strings after Unicode NFC and mapping the cedilla
letters ş ţ Ş Ţ to ș ț Ș Ț (the ISO-8859-2 and windows-1250 mails carry cedilla
letters). Phone numbers are given as national digits without spaces.
Free-text fields (`requested_data` items, `proposed_resolution`, `reply_to`,
`topic`) are phrases the extracted value should contain, case-insensitively,
after collapsing whitespace (PDF and OCR text wraps lines mid-phrase).

OCR notes (tesseract 5): use `-l ron+eng`; with `ron` alone `@` in e-mail
addresses is often misread (`QB`, `(G`). In `le_fax.tif` the registration number
`2345/II/2026` is read as `2345/11/2026` with either language set: the Roman
numeral between digits is a known OCR confusion the parser has to tolerate.

Regenerate with `.venv/bin/python tests/samples/generate.py`.
"""


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "le_police_email.eml": le_police_email,
        "complaint_text.pdf": complaint_pdf,
        "mediation_scan.pdf": mediation_scan_pdf,
        "le_fax.tif": le_fax_tif,
        "support_html.eml": support_html_email,
        "complaint_reply.eml": complaint_reply_email,
    }
    for name, make in files.items():
        (out / name).write_bytes(make())
    (out / "expected.json").write_text(
        json.dumps(EXPECTED, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (out / "README.md").write_text(README, encoding="utf-8")
    for name in [*files, "expected.json", "README.md"]:
        print(f"{(out / name).stat().st_size:>8}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
