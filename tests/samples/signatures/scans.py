"""Labelled letter scans for the handwriting/stamp detector: with, without, partial, one of two.

`make_scan(label, seed)` draws a one-page official letter at 150 dpi
(DejaVu fonts) ending in a signature block, then adds what the label says:

- `full`: handwritten signature and round stamp (sometimes overlapping);
- `signature_only`: signature, no stamp;
- `stamp_only`: stamp, no signature;
- `rect_stamp`: signature and a rectangular registry stamp;
- `none`: the block is there, nothing is signed;
- `partial`: the page is cut just below the signer's name: only the top
  few millimetres of the signature remain, no stamp.
Colour scans draw in blue ink; `fax=True` gives a bilevel 204×196 dpi-like page.
Deterministic for a (label, seed, colour, fax, case, user).
"""

from __future__ import annotations

import io
import math
import os
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tests.samples.signatures.inkpages import ring_text

FONT_DIR = Path(os.environ.get("DEJAVU_DIR", "/usr/share/fonts/truetype/dejavu"))
DPI = 150
W, H = 1240, 1754  # A4 at 150 dpi
PAPER_RGB = (250, 250, 246)
LABELS = ("full", "signature_only", "stamp_only", "rect_stamp", "none", "partial")
TRUTH = {
    "full": (True, True),
    "signature_only": (True, False),
    "stamp_only": (False, True),
    "rect_stamp": (True, True),
    "none": (False, False),
    "partial": (False, False),
}

BODY = [
    "ROMÂNIA",
    "MINISTERUL AFACERILOR INTERNE",
    "INSPECTORATUL DE POLIȚIE JUDEȚEAN {county}",
    "",
    "Nr. {num} din {day}.11.2026",
    "",
    "Către: OKAZII - Departamentul Juridic",
    "",
    "În baza art. 170 Cod procedură penală, în dosarul penal nr. {case}/P/2026,",
    "vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor",
    "utilizatorului {user}, pentru perioada 01.09.2026 - 30.11.2026.",
    "Răspunsul va fi transmis în format electronic la adresa instituției.",
    "",
    "Vă mulțumim pentru colaborare.",
]
COUNTIES = ["CLUJ", "IAȘI", "TIMIȘ", "BRAȘOV", "CONSTANȚA", "DOLJ", "BIHOR", "ARGEȘ"]
NAMES = ["Popescu Ion", "Ionescu Maria", "Dumitru Vasile", "Stan Elena", "Radu Mihai"]


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def signature(
    draw: ImageDraw.ImageDraw,
    x0: int,
    y0: int,
    w: int,
    h: int,
    seed: int,
    ink: object,
    width: int = 3,
) -> None:
    """A cursive-looking scribble: up and down strokes drifting right, a flourish under it."""
    rnd = random.Random(seed)
    pts: list[tuple[float, float]] = []
    x, base = float(x0), y0 + h * 0.7
    up = True
    while x < x0 + w * 0.85:
        y = base - rnd.uniform(0.3, 0.95) * h if up else base + rnd.uniform(-0.05, 0.15) * h
        pts.append((x, y))
        x += rnd.uniform(0.04, 0.09) * w
        up = not up
    pts += [(x0 + w, base - 0.4 * h), (x0 + 0.9 * w, base + 0.3 * h), (x0 + 0.2 * w, y0 + h)]
    smooth: list[tuple[float, float]] = []
    for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False):
        for k in range(8):
            t = k / 8
            smooth.append(
                (ax + (bx - ax) * t + rnd.uniform(-1, 1), ay + (by - ay) * t + rnd.uniform(-1, 1))
            )
    draw.line(smooth, fill=ink, width=width, joint="curve")  # type: ignore[arg-type]


def round_stamp(
    img: Image.Image, cx: int, cy: int, r: int, ink: object, seed: int, text: str
) -> None:
    """Two concentric rings, `text` written along the ring between them, a word in the middle."""
    draw = ImageDraw.Draw(img)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=4)  # type: ignore[arg-type]
    r2 = int(r * 0.66)
    draw.ellipse((cx - r2, cy - r2, cx + r2, cy + r2), outline=ink, width=2)  # type: ignore[arg-type]
    rr = (r + r2) / 2
    size = int(min(r * 0.22, 2 * math.pi * rr / len(text) * 1.3))
    ring_text(img, cx, cy, rr, rr, text, _font(size, bold=True), ink)
    draw.text((cx, cy), "ROMÂNIA", font=_font(max(10, r // 6), bold=True), fill=ink, anchor="mm")  # type: ignore[arg-type]


def rect_stamp(draw: ImageDraw.ImageDraw, x0: int, y0: int, ink: object, county: str) -> None:
    """A rectangular stamp: a frame with the inspectorate's name and an exit number."""
    draw.rectangle((x0, y0, x0 + 400, y0 + 130), outline=ink, width=4)  # type: ignore[arg-type]
    f = _font(20, bold=True)
    for i, line in enumerate(
        ["INSPECTORATUL DE POLIȚIE", f"JUDEȚEAN {county}", "IEȘIRE Nr. ______"]
    ):
        draw.text((x0 + 16, y0 + 14 + i * 36), line, font=f, fill=ink)  # type: ignore[arg-type]


def make_scan(
    label: str,
    seed: int,
    colour: bool = False,
    fax: bool = False,
    *,
    case: str | None = None,
    user: str | None = None,
    county: str | None = None,
    number: str | None = None,
    day: str | None = None,
) -> tuple[bytes, dict[str, bool]]:
    """A PNG page for `label` and its truth: {"signature": bool, "stamp": bool}.

    `case` ("4567" for "4567/P/2026"), `user`, and the letter's `number` ("123.456")
    and `day` of November 2026 replace the random ones the letter names.
    """
    rnd = random.Random(f"{label}:{seed}:{colour}:{fax}")
    img = Image.new("RGB", (W, H), (250, 250, 246))
    d = ImageDraw.Draw(img)
    text_ink = (25, 25, 25)
    pen = (30, 50, 170) if colour else (20, 20, 20)
    stamp_ink = (60, 60, 190) if colour else (35, 35, 35)
    body = _font(24)
    y = 110
    values = {
        "county": rnd.choice(COUNTIES) and (county or "CLUJ"),
        "num": f"{rnd.randint(100, 999)}.{rnd.randint(100, 999)}",
        "day": f"{rnd.randint(10, 28)}",
        "case": str(rnd.randint(1000, 9999)),
        "user": f"user_{rnd.randint(10, 99)}",
    }
    if case is not None:
        values["case"] = case
    if user is not None:
        values["user"] = user
    if number is not None:
        values["num"] = number
    if day is not None:
        values["day"] = day
    for line in BODY:
        d.text((110, y), line.format(**values), font=body, fill=text_ink)
        y += 40
    y += 50 + rnd.randint(0, 120)
    signer = rnd.choice(NAMES)
    bx = 640 + rnd.randint(-60, 40)
    d.text((bx, y), "Șef serviciu,", font=_font(24, bold=True), fill=text_ink)
    d.text((bx, y + 36), "Comisar-șef de poliție", font=body, fill=text_ink)
    d.text((bx, y + 72), signer, font=body, fill=text_ink)
    d.text((bx - 220, y + 72), "L.S.", font=body, fill=text_ink)
    has_sig, has_stamp = TRUTH[label]
    sig_box = (
        bx + rnd.randint(-10, 60),
        y + 100,
        200 + rnd.randint(0, 80),
        60 + rnd.randint(0, 30),
    )
    if label == "partial":
        signature(d, *sig_box, seed=seed, ink=pen)
        img = img.crop((0, 0, W, sig_box[1] + 4))
        img = img.resize((W, img.height))
        canvas = Image.new("RGB", (W, H), (250, 250, 246))
        canvas.paste(img, (0, 0))
        img, d = canvas, ImageDraw.Draw(canvas)
    if has_sig:
        signature(d, *sig_box, seed=seed, ink=pen)
    if has_stamp and label != "rect_stamp":
        r = rnd.randint(95, 125)
        cx = bx - 120 + rnd.randint(-30, 60)
        ring = f"INSPECTORATUL DE POLIȚIE JUDEȚEAN {values['county']} * "
        round_stamp(img, cx, y + 90 + rnd.randint(-20, 30), r, stamp_ink, seed, ring)
    if label == "rect_stamp":
        rect_stamp(d, 110, y + 220, stamp_ink, values["county"])
    # scanner noise
    for _ in range(400):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        d.point((x, yy), fill=(120, 120, 120))
    img = img.rotate(rnd.uniform(-0.6, 0.6), fillcolor=(250, 250, 246))
    buf = io.BytesIO()
    if fax:
        bw = img.convert("L").point(lambda v: 0 if v < 150 else 255).convert("1")
        bw.save(buf, "TIFF", compression="group4", dpi=(DPI, DPI))
    elif colour:
        img.save(buf, "PNG", dpi=(DPI, DPI))
    else:
        img.convert("L").save(buf, "PNG", dpi=(DPI, DPI))
    return buf.getvalue(), {"signature": has_sig, "stamp": has_stamp}


def as_pdf(png: bytes) -> bytes:
    """An image-only PDF of one scanned page (no text layer), as a scanner would save it."""
    img = Image.open(io.BytesIO(png))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "PDF", resolution=float(DPI))
    return buf.getvalue()


def main() -> None:
    """Write one scan per label to ./out for looking at."""
    out = Path("out")
    out.mkdir(exist_ok=True)
    for i, label in enumerate(LABELS):
        data, _ = make_scan(label, i, colour=i % 2 == 0)
        (out / f"{label}.png").write_bytes(data)


if __name__ == "__main__":
    main()
