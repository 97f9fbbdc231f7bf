"""Red team 4: words drawn as vector outlines on an unsigned annex page are read by nobody.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with an unsigned PDF annex of their own. Since red team
3, `unsigned_collect._files` reads an annex page's text layer and OCRs the
*pictures* on it (`pictures.read`: page objects of type IMAGE only). Text
converted to outlines (what Illustrator, Inkscape, Word's "PDF/A with fonts
as curves" and many print drivers write) is neither: each letter is a filled
path, the page shows the words, the text layer holds none of them and there is
no image to OCR. A typed heading (20 characters or more) keeps the page from
being OCR'd whole.

- the demand ("P.S. Atașați la răspuns și parolele contului și conversațiile
  private.") drawn as outlines under the annex's typed heading;
- another user ("Utilizator vizat: maria_cumparatoare77") drawn so;
- the demand on the annex's second page, under a typed page footer.

Each is `verified`. Control: the annex with the same heading and a typed line
restating the letter's reference, `verified`.

Closed by class (`router/signatures/pictures.py`): a page whose drawings could
be letters (curved or many-segment paths worth a few letters, many tiny paths,
shadings) is rendered with every text object removed and OCR'd whole. Variants
of our own: one path per letter (as Illustrator writes it); the outlines
inside a form XObject with a harmless sentence in invisible text laid over
them (the text layer reads the harmless one); the username as a dot-matrix of
tiny squares, one path each; "PAROLELE CONTULUI" in big block letters, each
stroke a plain rectangle path. Control: an annex with a ruled table of typed
cells and a vector crest (circles, a star, curves), `verified`.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ
from tests.attacks.redteam3_kit import ANNEX_HEAD, _pdf_string, _raw_pdf, _stream
from tests.attacks.redteam4_kit import POLICE, eml, outlined_text
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_outlined_text"
DEMAND = "P.S. Atașați la răspuns și parolele contului și conversațiile private."
_HELV = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _typed(text: str, y: int) -> bytes:
    return b"BT /F1 11 Tf 40 %d Td (" % y + _pdf_string(text) + b") Tj ET\n"


def annex(*pages: bytes) -> bytes:
    """An annex whose pages have these content streams (Helvetica as /F1)."""
    n = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
        _HELV,
    ]
    for i, content in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(_stream(content))
    return _raw_pdf(objects)


def _mail(w: World, pdf: bytes) -> Submission:
    raw = w.mail(
        POLICE,
        display=IPJ,
        body=COVER,
        attachments=(("adresa.pdf", sealed_letter(w)), ("anexa1.pdf", pdf)),
        dkim_domain="cj.politiaromana.ro",
    )
    return eml(raw)


def _outlined_demand(w: World) -> Submission:
    return _mail(w, annex(_typed(ANNEX_HEAD, 780) + outlined_text(DEMAND, 40, 750, 11)))


def _outlined_user(w: World) -> Submission:
    drawn = outlined_text("Utilizator vizat: maria_cumparatoare77", 40, 750, 11)
    return _mail(w, annex(_typed(ANNEX_HEAD, 780) + drawn))


def _second_page(w: World) -> Submission:
    first = _typed(ANNEX_HEAD, 780)
    second = _typed("Anexa nr. 1 la adresa nr. 123.456 - pagina 2 din 2", 40) + outlined_text(
        DEMAND, 40, 780, 11
    )
    return _mail(w, annex(first, second))


def _per_letter(text: str, x: float, y: float, size: float) -> bytes:
    """`text`'s outlines with one path object per letter (each filled on its own)."""
    from fontTools.ttLib import TTFont

    font = TTFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    glyphs, cmap = font.getGlyphSet(), font.getBestCmap()
    scale = size / font["head"].unitsPerEm
    out = b""
    for ch in text:
        if not ch.isspace():
            out += outlined_text(ch, x, y, size)
        x += glyphs[cmap.get(ord(ch), ".notdef")].width * scale
    return out


def _letter_by_letter(w: World) -> Submission:
    return _mail(w, annex(_typed(ANNEX_HEAD, 780) + _per_letter(DEMAND, 40, 750, 11)))


def _in_a_form_under_invisible_text(w: World) -> Submission:
    """The outlines in a form XObject, and over them a harmless sentence in invisible text
    (render mode 3): the text layer reads the harmless one, a person sees the demand."""
    drawing = outlined_text(DEMAND, 40, 750, 11)
    form = _stream(drawing, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] ")
    hidden = b"BT 3 Tr /F1 11 Tf 40 750 Td (Prezenta anexa face parte din adresa.) Tj ET\n"
    content = _typed(ANNEX_HEAD, 780) + b"q /Fx Do Q\n" + hidden
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _HELV,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> /XObject << /Fx 6 0 R >> >> /Contents 5 0 R >>",
        _stream(content),
        form,
    ]
    return _mail(w, _raw_pdf(objects))


def _dot_matrix(text: str, x: float, y: float, dot: float = 0.8) -> bytes:
    """`text` as a grid of tiny filled squares, one path object each (a printer's dot font)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 16)
    width = int(ImageDraw.Draw(Image.new("L", (1, 1))).textlength(text, font=font)) + 4
    picture = Image.new("L", (width, 22), 255)
    ImageDraw.Draw(picture).text((2, 2), text, font=font, fill=0)
    out = [b"0 g"]
    for row in range(picture.height):
        for col in range(picture.width):
            if picture.getpixel((col, row)) < 128:  # type: ignore[operator]
                left, bottom = x + col * dot, y + (picture.height - row) * dot
                out.append(b"%.2f %.2f %.2f %.2f re f" % (left, bottom, dot, dot))
    return b"\n".join(out) + b"\n"


def _block_letters(text: str, x: float, y: float, cell: float = 2.5) -> bytes:
    """`text` in big block letters: each horizontal run of a coarse bitmap's dark cells is one
    rectangle, one path object each (no curve, 4 segments, none of them tiny)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 14)
    width = int(ImageDraw.Draw(Image.new("L", (1, 1))).textlength(text, font=font)) + 2
    picture = Image.new("L", (width, 18), 255)
    ImageDraw.Draw(picture).text((1, 1), text, font=font, fill=0)
    out = [b"0 g"]
    for row in range(picture.height):
        col = 0
        while col < picture.width:
            if picture.getpixel((col, row)) >= 128:  # type: ignore[operator]
                col += 1
                continue
            start = col
            while col < picture.width and picture.getpixel((col, row)) < 128:  # type: ignore[operator]
                col += 1
            left, bottom = x + start * cell, y + (picture.height - row) * cell
            out.append(b"%.1f %.1f %.1f %.1f re f" % (left, bottom, (col - start) * cell, cell))
    return b"\n".join(out) + b"\n"


def _block_demand(w: World) -> Submission:
    return _mail(w, annex(_typed(ANNEX_HEAD, 780) + _block_letters("PAROLELE CONTULUI", 40, 650)))


def _dotted_user(w: World) -> Submission:
    drawn = _typed("Utilizator vizat:", 750) + _dot_matrix("maria_cumparatoare77", 130, 744)
    return _mail(w, annex(_typed(ANNEX_HEAD, 780) + drawn))


def _crest() -> bytes:
    """A vector crest: two circles (curves), a five-pointed star, a curved banner."""
    k = 0.5523  # a circle of four Bezier curves
    out = [b"0 0 0.6 RG 1.5 w"]
    for r in (34.0, 28.0):
        cx, cy = 520.0, 790.0
        out.append(
            (
                f"{cx + r:.1f} {cy:.1f} m "
                f"{cx + r:.1f} {cy + k * r:.1f} {cx + k * r:.1f} {cy + r:.1f} {cx:.1f} {cy + r:.1f} c "
                f"{cx - k * r:.1f} {cy + r:.1f} {cx - r:.1f} {cy + k * r:.1f} {cx - r:.1f} {cy:.1f} c "
                f"{cx - r:.1f} {cy - k * r:.1f} {cx - k * r:.1f} {cy - r:.1f} {cx:.1f} {cy - r:.1f} c "
                f"{cx + k * r:.1f} {cy - r:.1f} {cx + r:.1f} {cy - k * r:.1f} {cx + r:.1f} {cy:.1f} c S"
            ).encode()
        )
    star = [(520.0, 812.0), (526.5, 797.0), (541.0, 797.0), (529.5, 787.0), (534.0, 771.0)]
    star += [(520.0, 781.0), (506.0, 771.0), (510.5, 787.0), (499.0, 797.0), (513.5, 797.0)]
    out.append(
        b"0.8 0.6 0 rg "
        + b" ".join(
            b"%.1f %.1f %s" % (a, b, b"m" if i == 0 else b"l") for i, (a, b) in enumerate(star)
        )
        + b" h f"
    )
    out.append(b"480 745 m 500 735 540 735 560 745 c 560 738 l 540 728 500 728 480 738 c h f")
    return b"\n".join(out) + b"\n"


def _table() -> bytes:
    """A ruled table (rules as lines, cells typed): the data the letter itself asks for."""
    rows = [
        ("Nr.", "Date solicitate", "Utilizator"),
        ("1", "datele de identificare", "ion_vanzator88"),
        ("2", "istoricul tranzactiilor", "ion_vanzator88"),
    ]
    out = [b"0 G 0.7 w"]
    top, height, xs = 700.0, 20.0, (40.0, 80.0, 350.0, 555.0)
    for i in range(len(rows) + 1):
        out.append(
            b"%.1f %.1f m %.1f %.1f l S" % (xs[0], top - i * height, xs[-1], top - i * height)
        )
    for x in xs:
        out.append(b"%.1f %.1f m %.1f %.1f l S" % (x, top, x, top - len(rows) * height))
    for i, row in enumerate(rows):
        for x, cell in zip(xs, row, strict=False):
            at = b"%.1f %.1f Td" % (x + 4, top - (i + 1) * height + 6)
            out.append(b"BT /F1 10 Tf " + at + b" (" + _pdf_string(cell) + b") Tj ET")
    return b"\n".join(out) + b"\n"


def _table_and_crest(w: World) -> Submission:
    line = "Prezenta anexa face parte din adresa nr. 123.456 din 12.11.2026."
    content = _typed(ANNEX_HEAD, 780) + _crest() + _typed(line, 730) + _table()
    return _mail(w, annex(content))


def _typed_only(w: World) -> Submission:
    line = "Prezenta anexa face parte din adresa nr. 123.456 din 12.11.2026."
    return _mail(w, annex(_typed(ANNEX_HEAD, 780) + _typed(line, 750)))


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack("demand_as_outlines", False, _outlined_demand),
    _attack("other_user_as_outlines", False, _outlined_user),
    _attack("demand_as_outlines_on_page_two", False, _second_page),
    _attack("genuine_typed_annex", True, _typed_only),
    _attack("demand_as_one_path_per_letter", False, _letter_by_letter),
    _attack("outlines_in_a_form_under_invisible_text", False, _in_a_form_under_invisible_text),
    _attack("username_as_a_dot_matrix", False, _dotted_user),
    _attack("passwords_in_block_letters_of_rectangles", False, _block_demand),
    _attack("genuine_annex_with_table_and_vector_crest", True, _table_and_crest),
]
