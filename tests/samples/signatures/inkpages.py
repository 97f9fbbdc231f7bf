"""Varied labelled last pages for the ink detector: many stamps, hands, pens, scanners and traps.

`make_page(seed)` draws one last page of an official letter and says what is
on it. Unlike `scans.make_scan` (one layout, one stamp, one scribble) it varies
what a detector could otherwise learn by heart:

- stamps round (one or two rings), oval or rectangular, 2.6–5 cm, in blue,
  violet, red or black, with the authority's name written ALONG the ring
  (letters turned to the tangent) in one of several fonts, placed beside,
  over or far from the signature block;
- signatures as pen strokes of several styles (looped cursive, zig-zag,
  initials and a flourish, a long underline) and pen widths, in colour;
- no-mark pages with traps: a plain circle, a letterhead logo, a table of
  boxes, a framed note;
- output as a colour or grey PNG, or a fax (1 bit, G4, 204×196 or 204×98),
  slightly skewed, with speckle noise.

The truth is {"signature": bool, "stamp": bool, "authority": str, "kind": str};
"stamp" is true only for a stamp with text on its ring (a plain circle is no stamp).
Deterministic for a seed.
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

W, H, DPI = 1240, 1754, 150  # A4 at 150 dpi
PAPER = (250, 250, 246)
FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
]
BODY_FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
]
STAMP_INKS = {
    "blue": (40, 60, 185),
    "violet": (110, 50, 150),
    "red": (190, 40, 45),
    "black": (30, 30, 30),
}
PEN_INKS = [(25, 45, 160), (20, 20, 20), (40, 40, 90), (10, 60, 120)]
COUNTIES = ["CLUJ", "IAȘI", "TIMIȘ", "BRAȘOV", "CONSTANȚA", "DOLJ", "BIHOR", "ARGEȘ", "SIBIU"]
# (the authority the letter states, its stamp's ring text)
AUTHORITIES = [
    ("Inspectoratul de Poliție Județean {c}", "INSPECTORATUL DE POLIȚIE JUDEȚEAN {C}"),
    ("Parchetul de pe lângă Tribunalul {c}", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL {C}"),
    ("Tribunalul {c}", "ROMÂNIA * TRIBUNALUL {C}"),
    ("Judecătoria {c}", "ROMÂNIA * JUDECĂTORIA {C}"),
    ("DIICOT Serviciul Teritorial {c}", "D.I.I.C.O.T. SERVICIUL TERITORIAL {C}"),
    (
        "Direcția Generală de Poliție a Municipiului București",
        "DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI",
    ),
]
SIGNERS = ["Popescu Ion", "Ionescu Maria", "Dumitru Vasile", "Stan Elena", "Radu Mihai", "Lupu Ana"]
RANKS = ["Comisar-șef de poliție", "Procuror", "Judecător", "Inspector principal", "Șef serviciu"]
BODY = [
    "În continuarea adresei noastre, vă rugăm să comunicați datele solicitate",
    "în termen de 5 zile de la primire, la adresa instituției noastre.",
    "Datele vor fi transmise în format electronic, pe suport securizat.",
    "Vă mulțumim pentru colaborare.",
]


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, max(8, size))


def ring_text(
    img: Image.Image, cx: float, cy: float, a: float, b: float, text: str, font: Any, ink: Any
) -> None:
    """`text` along the ellipse of radii (a, b), clockwise from the top, letter tops outward."""
    n = len(text)
    for i, ch in enumerate(text):
        t = -math.pi / 2 + 2 * math.pi * i / n
        x, y = cx + a * math.cos(t), cy + b * math.sin(t)
        normal = math.degrees(math.atan2(a * math.sin(t), b * math.cos(t)))
        box = font.getbbox(ch)
        side = int(max(box[2], box[3]) * 1.6) + 4
        glyph = Image.new("L", (side, side), 0)
        ImageDraw.Draw(glyph).text((side / 2, side / 2), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-(normal + 90), resample=Image.Resampling.BICUBIC)
        layer = Image.new("RGB", (side, side), ink)
        img.paste(layer, (int(x - side / 2), int(y - side / 2)), glyph)


def stamp(img: Image.Image, rnd: random.Random, cx: int, cy: int, text: str, ink: Any) -> str:
    """A stamp of a random shape centred at (cx, cy) naming `text`; returns its shape."""
    d = ImageDraw.Draw(img)
    shape = rnd.choice(["round", "round", "double", "oval", "rect"])
    font_path = rnd.choice(FONTS)
    width = rnd.choice([2, 3, 4])
    if shape == "rect":
        fw, fh = rnd.randint(250, 330), rnd.randint(110, 150)
        x0, y0 = cx - fw // 2, cy - fh // 2
        d.rectangle((x0, y0, x0 + fw, y0 + fh), outline=ink, width=width)
        words = text.replace("* ", "").split()
        lines, line = [], ""
        for w in words:
            if len(line) + len(w) > 18 and line:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines.append(line)
        size = min(24, int(fh * 0.8 / max(1, len(lines)) * 0.8))
        f = _font(font_path, size)
        for i, ln in enumerate(lines):
            d.text(
                (cx, y0 + (i + 0.6) * fh / (len(lines) + 0.2)), ln, font=f, fill=ink, anchor="mm"
            )
        return "rectangular"
    r = rnd.randint(85, 140)
    a, b = (r, r) if shape != "oval" else (int(r * 1.35), r)
    d.ellipse((cx - a, cy - b, cx + a, cy + b), outline=ink, width=width)
    inner = 0.62 if shape == "double" or rnd.random() < 0.5 else 0.0
    if inner:
        d.ellipse(
            (cx - a * inner, cy - b * inner, cx + a * inner, cy + b * inner), outline=ink, width=2
        )
    full = f"{text} * "
    mid = 0.83
    size = int(min(b * 0.21, 2 * math.pi * b * mid / len(full) * 1.25))
    ring_text(img, cx, cy, a * mid, b * mid, full, _font(font_path, size), ink)
    centre = rnd.choice(["ROMÂNIA", "L.S.", "", "★"])
    if centre:
        d.text((cx, cy), centre, font=_font(font_path, int(b * 0.2)), fill=ink, anchor="mm")
    return "oval" if shape == "oval" else "round"


def pen(
    d: ImageDraw.ImageDraw, rnd: random.Random, x0: int, y0: int, w: int, h: int, ink: Any
) -> None:
    """A handwritten signature as pen strokes of one of several styles."""
    style = rnd.choice(["loops", "zigzag", "initials", "underline"])
    width = rnd.choice([1, 2, 2, 3, 4])
    pts: list[tuple[float, float]] = []
    steps = 160
    if style == "loops":
        k, loop = rnd.uniform(5, 9), rnd.uniform(0.08, 0.16)
        for i in range(steps):
            t = i / steps
            ang = 2 * math.pi * k * t
            pts.append(
                (
                    x0 + w * t + w * loop * math.cos(ang),
                    y0 + h * (0.55 - 0.35 * math.sin(ang) * rnd.uniform(0.7, 1.0)),
                )
            )
    elif style == "zigzag":
        x = float(x0)
        up = True
        while x < x0 + w:
            pts.append((x, y0 + (rnd.uniform(0, 0.3) if up else rnd.uniform(0.7, 1.0)) * h))
            x += rnd.uniform(0.05, 0.1) * w
            up = not up
    elif style == "initials":
        for i in range(steps // 2):
            t = i / (steps // 2)
            ang = 2 * math.pi * 1.5 * t
            pts.append((x0 + 0.3 * w * t + 0.12 * w * math.sin(ang), y0 + h * (0.1 + 0.8 * t)))
        for i in range(steps // 2):
            t = i / (steps // 2)
            pts.append((x0 + 0.25 * w + 0.75 * w * t, y0 + h * (0.9 - 0.5 * math.sin(math.pi * t))))
    else:
        for i in range(steps):
            t = i / steps
            pts.append((x0 + w * t, y0 + h * (0.3 + 0.5 * math.sin(3 * math.pi * t) * (1 - t))))
    pts = [(x + rnd.uniform(-0.8, 0.8), y + rnd.uniform(-0.8, 0.8)) for x, y in pts]
    d.line(pts, fill=ink, width=width, joint="curve")
    if rnd.random() < 0.6:  # a flourish under the name
        fy = y0 + h + rnd.randint(0, 10)
        d.line([(x0 - 10, fy), (x0 + w * 0.6, fy + 6), (x0 + w, fy - 4)], fill=ink, width=width)


def _trap(img: Image.Image, rnd: random.Random, kind: str, y: int) -> None:
    """Ink that is no signature and no stamp."""
    d = ImageDraw.Draw(img)
    ink = (30, 30, 30)
    if kind == "circle":
        r = rnd.randint(80, 130)
        cx, cy = rnd.randint(200, 1000), min(H - 200, y + rnd.randint(100, 300))
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=rnd.choice([2, 3, 4]))
    elif kind == "table":
        x0, y0, cw, ch = 110, y, rnd.randint(160, 240), rnd.randint(40, 60)
        f = _font(BODY_FONTS[0], 18)
        for r in range(4):
            for c in range(4):
                box = (x0 + c * cw, y0 + r * ch, x0 + (c + 1) * cw, y0 + (r + 1) * ch)
                d.rectangle(box, outline=ink, width=2)
                d.text((box[0] + 8, box[1] + 10), f"{rnd.randint(10, 9999)}", font=f, fill=ink)
    elif kind == "box":
        x0, y0 = rnd.randint(110, 600), y
        d.rectangle((x0, y0, x0 + 420, y0 + 140), outline=ink, width=3)
        f = _font(BODY_FONTS[1], 20)
        d.text((x0 + 14, y0 + 20), "Notă: răspunsul se va transmite", font=f, fill=ink)
        d.text((x0 + 14, y0 + 60), "prin curier, la sediul instituției.", font=f, fill=ink)


def _logo(img: Image.Image, rnd: random.Random) -> None:
    """A letterhead emblem at the top left: a shield inside a plain circle."""
    d = ImageDraw.Draw(img)
    cx, cy, r = 150, 120, 60
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(30, 30, 90), width=3)
    d.polygon(
        [
            (cx - 30, cy - 30),
            (cx + 30, cy - 30),
            (cx + 25, cy + 20),
            (cx, cy + 40),
            (cx - 25, cy + 20),
        ],
        outline=(30, 30, 90),
        width=3,
    )


def _output(img: Image.Image, rnd: random.Random, kind: str) -> bytes:
    img = img.rotate(rnd.uniform(-1.2, 1.2), fillcolor=PAPER, resample=Image.Resampling.BILINEAR)
    d = ImageDraw.Draw(img)
    for _ in range(rnd.randint(100, 800)):
        d.point((rnd.randrange(W), rnd.randrange(H)), fill=(110, 110, 110))
    buf = io.BytesIO()
    if kind.startswith("fax"):
        fine = kind == "fax_fine"
        size = (1728, 2292 if fine else 1146)
        grey = img.convert("L").resize(size, Image.Resampling.BILINEAR)
        threshold = rnd.randint(140, 175)
        bw = grey.point(lambda v: 0 if v < threshold else 255).convert("1")
        bw.save(buf, "TIFF", compression="group4", dpi=(204, 196 if fine else 98))
    elif kind == "colour":
        img.save(buf, "PNG", dpi=(DPI, DPI))
    else:
        img.convert("L").save(buf, "PNG", dpi=(DPI, DPI))
    return buf.getvalue()


KINDS = ("colour", "grey", "fax_fine", "fax_standard")


def make_page(seed: int, kind: str | None = None) -> tuple[bytes, dict[str, Any]]:
    """One labelled last page (PNG or G4 TIFF) and its truth."""
    rnd = random.Random(f"inkpage:{seed}")
    kind = kind or KINDS[seed % len(KINDS)]
    county = rnd.choice(COUNTIES)
    stated, ring = rnd.choice(AUTHORITIES)
    cap = county.title() if county != "IAȘI" else "Iași"
    stated, ring = stated.format(c=cap), ring.format(C=county)
    has_sig = rnd.random() < 0.6
    has_stamp = rnd.random() < 0.6
    img = Image.new("RGB", (W, H), PAPER)
    d = ImageDraw.Draw(img)
    ink = (25, 25, 25)
    body_font = _font(rnd.choice(BODY_FONTS), rnd.randint(22, 26))
    y = 90
    if rnd.random() < 0.3:
        _logo(img, rnd)
        y = 200
    d.text((110 if y == 90 else 240, y), stated.upper(), font=body_font, fill=ink)
    y += 50
    d.text(
        (110, y),
        f"Nr. {rnd.randint(100, 999)}/{rnd.randint(10, 99)} — pagina 2",
        font=body_font,
        fill=ink,
    )
    y += 70
    for line in BODY[: rnd.randint(2, 4)]:
        d.text((110, y), line, font=body_font, fill=ink)
        y += 40
    if not has_stamp and rnd.random() < 0.6:
        _trap(img, rnd, rnd.choice(["circle", "table", "box"]), y + 20)
        y += 280
    y += rnd.randint(40, 200)
    bx = rnd.choice([110, 400, 700]) + rnd.randint(-30, 30)
    bold = _font(rnd.choice(FONTS), 24)
    d.text((bx, y), rnd.choice(RANKS) + ",", font=bold, fill=ink)
    d.text((bx, y + 36), rnd.choice(SIGNERS), font=body_font, fill=ink)
    if rnd.random() < 0.5:
        d.text((max(110, bx - 230), y + 36), "L.S.", font=body_font, fill=ink)
    pen_ink = rnd.choice(PEN_INKS)
    stamp_ink = STAMP_INKS[rnd.choice(list(STAMP_INKS))]
    shape = None
    if has_stamp:
        where = rnd.choice(["beside", "over", "far"])
        if where == "far":
            cx, cy = rnd.choice([220, 1000]), min(H - 180, y + rnd.randint(250, 450))
        elif where == "over":
            cx, cy = bx + rnd.randint(60, 200), y + rnd.randint(40, 110)
        else:
            cx = bx - 160 if bx > 400 else bx + 420
            cy = y + rnd.randint(20, 120)
        shape = stamp(img, rnd, cx, cy, ring, stamp_ink)
    if has_sig:
        sw, sh = rnd.randint(170, 320), rnd.randint(50, 100)
        sx = bx + rnd.randint(-20, 80)
        sy = y + 70 + rnd.randint(0, 40)
        if rnd.random() < 0.2:  # signed well away from the block
            sx, sy = rnd.randint(110, 800), min(H - 220, y + rnd.randint(220, 420))
        pen(d, rnd, sx, sy, sw, sh, pen_ink)
    data = _output(img, rnd, kind)
    truth = {
        "signature": has_sig,
        "stamp": has_stamp,
        "authority": stated,
        "kind": kind,
        "shape": shape,
    }
    return data, truth


def main() -> None:
    """Write a few pages to ./out-ink for looking at."""
    out = Path("out-ink")
    out.mkdir(exist_ok=True)
    for seed in range(12):
        data, truth = make_page(seed)
        ext = "tif" if truth["kind"].startswith("fax") else "png"
        (out / f"{seed}-{truth['signature']:d}{truth['stamp']:d}.{ext}").write_bytes(data)


if __name__ == "__main__":
    main()
