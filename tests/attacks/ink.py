"""Class 9, ink on paper: a drawn signature and stamp are evidence, never proof.

Forgeries: a scribble beside a plain ring (no text on it); a town hall's stamp
on a police letter; a two-page fax whose second page is the signature page of
another letter; a stamp whose ring cannot be read. Controls: a police letter
on paper with its own stamp and signature, one faxed on two pages that number
themselves, and the same letter scanned and attached to the police's own
DKIM-signed mail: all `verified`, and (tests/unit/test_ink_attacks.py) every
one with a call-back to the registry's number, never the letter's.

Pages are one A4 at 150 dpi, drawn like `tests/samples/signatures/scans.py`.
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

from tests.attacks.harness import Attack, Submission
from tests.samples.signatures.scans import (
    FONT_DIR,
    PAPER_RGB,
    H,
    W,
    _font,
    round_stamp,
    signature,
)
from tests.samples.signatures.world import World

OWN_RING = "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ * "
# A number printed on the letter: a call-back must never go there.
LETTER_PHONE = "0722 000 111"
HEAD = [
    "ROMÂNIA",
    "MINISTERUL AFACERILOR INTERNE",
    "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ",
    "",
    "Nr. {num} din 12.11.2026",
    f"Telefon: {LETTER_PHONE}",
    "",
    "Către: OKAZII - Departamentul Juridic",
    "",
]
REQUEST = [
    "În baza art. 170 Cod procedură penală, în dosarul penal nr. 4567/P/2026,",
    "vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor",
    "utilizatorului ion_vanzator88, pentru perioada 01.09.2026 - 30.11.2026.",
    "Răspunsul va fi transmis în format electronic la adresa instituției.",
    "",
    "Vă mulțumim pentru colaborare.",
]
OTHER = [
    "vă rugăm să ne transmiteți copii ale documentelor depuse în dosarul",
    "nr. 1111/P/2025, privind pe numitul Ionescu Dan.",
]


def _page(lines: list[str]) -> tuple[Image.Image, ImageDraw.ImageDraw, int]:
    img = Image.new("RGB", (W, H), PAPER_RGB)
    d = ImageDraw.Draw(img)
    y = 110
    for line in lines:
        d.text((110, y), line, font=_font(24), fill=(25, 25, 25))
        y += 40
    return img, d, y


def _block(
    img: Image.Image,
    d: ImageDraw.ImageDraw,
    y: int,
    ring: str | None,
    sign: bool,
    typeset: bool = False,
    rank: str = "Comisar-șef de poliție",
) -> None:
    """The signature block: `rank`, name, and optionally a stamp reading `ring` and a signature.

    `ring` "" draws a plain double ring with nothing written on it; "?" one whose ring
    is covered with strokes no one can read.
    """
    y += 60
    d.text((640, y), "Șef serviciu,", font=_font(24, bold=True), fill=(25, 25, 25))
    d.text((640, y + 36), rank, font=_font(24), fill=(25, 25, 25))
    d.text((640, y + 72), "Popescu Ion", font=_font(24), fill=(25, 25, 25))
    ink = (40, 60, 185)
    if ring is not None:
        cx, cy, r = 470, y + 90, 110
        if ring in ("", "?"):
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=4)
            d.ellipse((cx - 73, cy - 73, cx + 73, cy + 73), outline=ink, width=2)
            if ring == "?":  # smudged: ink all round the ring, no letter in it
                rnd = random.Random(9)
                for k in range(60):
                    a = 6.283 * k / 60
                    x0, y0 = cx + 80 * math.cos(a), cy + 80 * math.sin(a)
                    pts = [(x0 + rnd.uniform(-12, 12), y0 + rnd.uniform(-12, 12)) for _ in range(3)]
                    d.line([(x0, y0), *pts], fill=ink, width=3)
        else:
            round_stamp(img, cx, cy, r, ink, 1, ring)
    if sign:
        signature(d, 650, y + 100, 250, 75, seed=5, ink=(30, 50, 170))
    if typeset:  # the name printed in a large italic type where the hand belongs (round 8)
        italic = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), 52)
        d.text((650, y - 20), "Popescu I.", font=italic, fill=(25, 25, 25))


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("L").save(buf, "PNG", dpi=(150, 150))
    return buf.getvalue()


def _fax(pages: list[Image.Image]) -> bytes:
    """A fine-mode fax: 1 bit, G4, 204×196 dpi, one frame a page."""
    frames = [
        p.convert("L").resize((1728, 2292)).point(lambda v: 0 if v < 150 else 255).convert("1")
        for p in pages
    ]
    buf = io.BytesIO()
    frames[0].save(
        buf, "TIFF", compression="group4", dpi=(204, 196), save_all=True, append_images=frames[1:]
    )
    return buf.getvalue()


def letter(ring: str | None = OWN_RING, sign: bool = True, typeset: bool = False) -> bytes:
    """The police request on one page, with the block as asked."""
    img, d, y = _page([*(h.format(num="123.456") for h in HEAD), *REQUEST])
    _block(img, d, y, ring, sign, typeset)
    return _png(img)


def two_pages(own_second: bool) -> bytes:
    """Page 1: the request; page 2: its own signature page, or another letter's."""
    first, _, _ = _page([*(h.format(num="123.456") for h in HEAD), *REQUEST, "", "Pagina 1 din 2"])
    if own_second:
        lines = ["Continuare la adresa nr. 123.456 din 12.11.2026", "", "Pagina 2 din 2"]
    else:
        lines = ["Continuare la adresa nr. 987.654 din 03.02.2025", *OTHER, "", "Pagina 2 din 2"]
    second, d, y = _page(lines)
    _block(second, d, y, OWN_RING, True)
    return _fax([first, second])


def _post(data: bytes) -> Submission:
    return Submission(data, channel="post", filename="adresa.png")


def _mailed_scan(w: World) -> Submission:
    raw = w.mail(
        "politia.cluj@cj.politiaromana.ro",
        body="Vă transmitem alăturat adresa noastră nr. 123.456 din 12.11.2026.",
        attachments=(("adresa.png", letter()),),
        dkim_domain="cj.politiaromana.ro",
    )
    return Submission(raw, channel="folder", filename="adresa.eml")


ATTACKS = [
    Attack(
        "ink",
        "scribble_and_plain_ring",
        False,
        lambda w: _post(letter(ring="")),
        "a scribble and two plain circles: no text on the ring, no stamp",
    ),
    Attack(
        "ink",
        "town_hall_stamp_on_police_letter",
        False,
        lambda w: _post(letter(ring="PRIMĂRIA MUNICIPIULUI CLUJ-NAPOCA * ")),
        "a genuine-looking stamp of another institution",
    ),
    Attack(
        "ink",
        "page_two_of_another_letter",
        False,
        lambda w: Submission(two_pages(own_second=False), channel="fax", filename="fax.tif"),
        "the signed and stamped page is another letter's (another number)",
    ),
    Attack(
        "ink",
        "unreadable_stamp",
        False,
        lambda w: _post(letter(ring="?")),
        "a ring inked all round, but nothing on it can be read",
    ),
    Attack(
        "ink",
        "typeset_name_for_a_signature",
        False,
        lambda w: _post(letter(sign=False, typeset=True)),
        "its own stamp, and the signatory's name printed in a large italic type where the "
        "hand belongs: print, however tall, is no signature",
    ),
    Attack("ink", "paper_letter_with_own_stamp", True, lambda w: _post(letter())),
    Attack(
        "ink",
        "two_page_fax_numbered",
        True,
        lambda w: Submission(two_pages(own_second=True), channel="fax", filename="fax.tif"),
    ),
    Attack("ink", "police_mail_with_scanned_letter", True, _mailed_scan),
]
