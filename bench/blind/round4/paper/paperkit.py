"""Round 4 paper kit: page layout, ink (signatures, stamps) and wear.

Written from scratch for round 4 by a helper that had not seen the product's
code nor earlier rounds' generators. Everything is driven by a
numpy Generator passed in, so a seed gives the same pixels.
"""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype"
FAMILIES = {
    "serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
              "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"),
    "sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
             "liberation/LiberationSans-Italic.ttf", "liberation/LiberationSans-BoldItalic.ttf"),
    "narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
               "liberation/LiberationSansNarrow-Italic.ttf", "liberation/LiberationSansNarrow-BoldItalic.ttf"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
               "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"),
    "dvserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "free": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf",
             "freefont/FreeSerifItalic.ttf", "freefont/FreeSerifBoldItalic.ttf"),
    "freesans": ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf",
                 "freefont/FreeSansOblique.ttf", "freefont/FreeSansBoldOblique.ttf"),
    "mono": ("freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf",
             "freefont/FreeMonoOblique.ttf", "freefont/FreeMonoBoldOblique.ttf"),
    "hand": ("dejavu/DejaVuSerifCondensed-Italic.ttf", "dejavu/DejaVuSerifCondensed-BoldItalic.ttf",
             "freefont/FreeSerifItalic.ttf", "freefont/FreeSerifBoldItalic.ttf"),
}
_font_cache: dict = {}


def font(family: str, px: int, bold=False, italic=False) -> ImageFont.FreeTypeFont:
    idx = (1 if bold else 0) + (2 if italic else 0)
    key = (family, px, idx)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(f"{FONT_DIR}/{FAMILIES[family][idx]}", px)
    return _font_cache[key]


INK = {
    "blue": (28, 52, 168), "blue2": (40, 80, 190), "black": (22, 22, 30),
    "violet": (96, 44, 150), "pencil": (105, 105, 112), "red": (190, 30, 40),
    "stampblue": (40, 70, 185), "stampviolet": (110, 60, 170), "stampred": (200, 40, 55),
    "stampblack": (30, 30, 35), "brown": (120, 80, 40),
}


# --------------------------------------------------------------------------- layout
class Page:
    """An A4 page with a text cursor. Coordinates in pixels; mm() converts."""

    def __init__(self, dpi=200, family="serif", pt=11.5, margins=(25, 18, 20, 18),
                 bg=(253, 253, 250), size_mm=(210, 297)):
        self.dpi = dpi
        self.W = int(round(size_mm[0] / 25.4 * dpi))
        self.H = int(round(size_mm[1] / 25.4 * dpi))
        self.img = Image.new("RGB", (self.W, self.H), bg)
        self.d = ImageDraw.Draw(self.img)
        self.family = family
        self.pt = pt
        self.ml, self.mt, self.mr, self.mb = (self.mm(m) for m in margins)
        self.y = self.mt
        self.anchors: dict = {}
        self.ink: list = []          # what ink was put on this page (for truth/selfcheck)

    def mm(self, v):
        return int(round(v / 25.4 * self.dpi))

    def px(self, pt):
        return int(round(pt / 72 * self.dpi))

    def f(self, pt=None, bold=False, italic=False, family=None):
        return font(family or self.family, self.px(pt or self.pt), bold, italic)

    @property
    def x0(self):
        return self.ml

    @property
    def x1(self):
        return self.W - self.mr

    def gap(self, mm):
        self.y += self.mm(mm)

    def textw(self, s, fnt):
        return self.d.textlength(s, font=fnt)

    def line(self, s, pt=None, bold=False, italic=False, align="left", x=None, family=None,
             fill=(15, 15, 18), underline=False, lead=1.28, name=None, x1=None):
        fnt = self.f(pt, bold, italic, family)
        w = self.textw(s, fnt)
        lo, hi = (self.x0 if x is None else x), (self.x1 if x1 is None else x1)
        if align == "center":
            xx = lo + (hi - lo - w) / 2
        elif align == "right":
            xx = hi - w
        else:
            xx = lo
        self.d.text((xx, self.y), s, font=fnt, fill=fill)
        size = fnt.size
        box = (int(xx), self.y, int(xx + w), self.y + size)
        if underline:
            self.d.line((xx, self.y + size * 1.08, xx + w, self.y + size * 1.08), fill=fill, width=max(1, size // 16))
        if name:
            self.anchors[name] = box
        self.y += int(size * lead)
        return box

    def wrap(self, text, fnt, width):
        words = text.split()
        lines, cur = [], []
        for w in words:
            trial = " ".join(cur + [w])
            if cur and self.textw(trial, fnt) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, pt=None, indent_mm=12.5, justify=True, x=None, x1=None, bold=False,
             italic=False, lead=1.32, after_mm=1.8, family=None, fill=(15, 15, 18)):
        fnt = self.f(pt, bold, italic, family)
        lo = self.x0 if x is None else x
        hi = self.x1 if x1 is None else x1
        ind = self.mm(indent_mm)
        first = True
        # wrap with first-line indent
        words = text.split()
        lines, cur, width = [], [], hi - lo - ind
        for w in words:
            trial = " ".join(cur + [w])
            if cur and self.textw(trial, fnt) > width:
                lines.append(cur)
                cur, width = [w], hi - lo
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        top = self.y
        for i, ws in enumerate(lines):
            xs = lo + (ind if i == 0 else 0)
            avail = hi - xs
            last = i == len(lines) - 1
            if justify and not last and len(ws) > 1:
                tw = sum(self.textw(w, fnt) for w in ws)
                sp = (avail - tw) / (len(ws) - 1)
                xx = xs
                for w in ws:
                    self.d.text((xx, self.y), w, font=fnt, fill=fill)
                    xx += self.textw(w, fnt) + sp
            else:
                self.d.text((xs, self.y), " ".join(ws), font=fnt, fill=fill)
            self.y += int(fnt.size * lead)
        self.y += self.mm(after_mm)
        return (lo, top, hi, self.y)

    def items(self, entries, style="num", pt=None, indent_mm=10, lead=1.3, start=1, after_mm=1.5,
              family=None, hang_mm=7):
        """A list; style: num '1.', paren '1)', alpha 'a)', roman 'I.', dash '–', bullet '•', iroman '(i)'."""
        fnt = self.f(pt, family=family)
        lo = self.x0 + self.mm(indent_mm)
        for k, e in enumerate(entries):
            n = start + k
            mark = {
                "num": f"{n}.", "paren": f"{n})", "alpha": f"{chr(96 + n)})",
                "roman": f"{_roman(n)}.", "dash": "–", "bullet": "•", "iroman": f"({_roman(n).lower()})",
                "star": "*", "numdash": f"{n} -",
            }[style]
            self.d.text((lo, self.y), mark, font=fnt, fill=(15, 15, 18))
            self.para(e, pt=pt, indent_mm=0, x=lo + self.mm(hang_mm), justify=True, lead=lead,
                      after_mm=0.6, family=family)
        self.y += self.mm(after_mm)

    def columns(self, left, right, pt=None, lead=1.22, split=0.58, family=None, right_align="left"):
        """Two heading columns; entries are str or (str, bold)."""
        y0 = self.y
        ys = []
        for col, (lo, hi, al) in ((left, (self.x0, self.x0 + (self.x1 - self.x0) * split, "left")),
                                  (right, (self.x0 + (self.x1 - self.x0) * (split + 0.04), self.x1, right_align))):
            self.y = y0
            for e in col:
                s, b = (e, False) if isinstance(e, str) else e
                self.line(s, pt=pt, bold=b, x=int(lo), x1=int(hi), align=al, lead=lead, family=family)
            ys.append(self.y)
        self.y = max(ys)

    def table(self, rows, widths, pt=None, header=True, pad_mm=1.2, family=None):
        fnt = self.f(pt, family=family)
        fb = self.f(pt, bold=True, family=family)
        total = self.x1 - self.x0
        xs = [self.x0]
        for w in widths:
            xs.append(xs[-1] + total * w)
        pad = self.mm(pad_mm)
        top = self.y
        for r, row in enumerate(rows):
            f_ = fb if (header and r == 0) else fnt
            cells = [self.wrap(str(c), f_, xs[i + 1] - xs[i] - 2 * pad) for i, c in enumerate(row)]
            h = max(len(c) for c in cells) * int(f_.size * 1.25) + 2 * pad
            for i, c in enumerate(cells):
                yy = self.y + pad
                for ws in c:
                    self.d.text((xs[i] + pad, yy), " ".join(ws), font=f_, fill=(15, 15, 18))
                    yy += int(f_.size * 1.25)
            self.d.line((xs[0], self.y, xs[-1], self.y), fill=(20, 20, 20), width=2)
            self.y += h
        self.d.line((xs[0], self.y, xs[-1], self.y), fill=(20, 20, 20), width=2)
        for x in xs:
            self.d.line((x, top, x, self.y), fill=(20, 20, 20), width=2)
        self.y += self.mm(2.5)

    def sigblock(self, entries, align="right", pt=None, name="sig", width_mm=80, lead=1.3, x_mm=None):
        """Signatory lines (function / rank / name); records anchors name (block) and name_last."""
        if align == "right":
            lo, hi = self.x1 - self.mm(width_mm), self.x1
        elif align == "left":
            lo, hi = self.x0, self.x0 + self.mm(width_mm)
        else:
            lo = (self.x0 + self.x1) / 2 - self.mm(width_mm) / 2
            hi = lo + self.mm(width_mm)
        if x_mm is not None:
            lo, hi = self.mm(x_mm), self.mm(x_mm) + self.mm(width_mm)
        top = self.y
        box = None
        for e in entries:
            s, b = (e, False) if isinstance(e, str) else e
            box = self.line(s, pt=pt, bold=b, x=int(lo), x1=int(hi), align="center", lead=lead)
        self.anchors[name] = (int(lo), top, int(hi), self.y)
        self.anchors[name + "_last"] = box
        return self.anchors[name]

    def footer(self, s, pt=8, align="center", family=None):
        fnt = self.f(pt, family=family)
        w = self.textw(s, fnt)
        y = self.H - self.mb + self.mm(4)
        x = {"center": (self.W - w) / 2, "right": self.x1 - w, "left": self.x0}[align]
        self.d.text((x, y), s, font=fnt, fill=(40, 40, 40))

    def hrule(self, w=2, mm_after=2):
        self.d.line((self.x0, self.y, self.x1, self.y), fill=(20, 20, 20), width=w)
        self.y += self.mm(mm_after)

    def box_text(self, lines, pt=9, pad_mm=2, x_mm=None, w_mm=90, family=None, bold_first=False):
        fnt = self.f(pt, family=family)
        x = self.x0 if x_mm is None else self.mm(x_mm)
        y0 = self.y
        self.y += self.mm(pad_mm)
        for i, s in enumerate(lines):
            self.line(s, pt=pt, x=x + self.mm(pad_mm), family=family, bold=bold_first and i == 0, lead=1.25)
        self.y += self.mm(pad_mm)
        self.d.rectangle((x, y0, x + self.mm(w_mm), self.y), outline=(20, 20, 20), width=2)
        self.y += self.mm(2)


def _roman(n):
    vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


# --------------------------------------------------------------------------- ink helpers
def smooth_noise(rng, h, w, cell=24, lo=0.0, hi=1.0):
    gh, gw = max(2, h // cell + 2), max(2, w // cell + 2)
    g = (rng.random((gh, gw)) * 255).astype(np.uint8)
    im = Image.fromarray(g, "L").resize((w, h), Image.BICUBIC)
    a = np.asarray(im, dtype=np.float32) / 255.0
    return lo + (hi - lo) * a


def apply_ink(page_img: Image.Image, mask: np.ndarray, color, x: int, y: int, strength=1.0):
    """Multiply-blend an ink mask (float 0..1, h×w) of colour onto the page at (x, y)."""
    arr = np.asarray(page_img, dtype=np.float32)
    h, w = mask.shape
    H, W = arr.shape[:2]
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(W, x + w), min(H, y + h)
    if x1 <= x0 or y1 <= y0:
        return page_img
    m = mask[y0 - y:y1 - y, x0 - x:x1 - x, None] * strength
    c = np.array(color, dtype=np.float32)[None, None, :] / 255.0
    region = arr[y0:y1, x0:x1, :]
    arr[y0:y1, x0:x1, :] = region * (1 - m * (1 - c))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    page_img.paste(out)
    return page_img


def catmull_rom(pts, n_per=18):
    pts = np.asarray(pts, dtype=np.float64)
    P = np.vstack([pts[0], pts, pts[-1]])
    out = []
    for i in range(1, len(P) - 2):
        p0, p1, p2, p3 = P[i - 1], P[i], P[i + 1], P[i + 2]
        for t in np.linspace(0, 1, n_per, endpoint=False):
            t2, t3 = t * t, t * t * t
            out.append(0.5 * ((2 * p1) + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                              + (-p0 + 3 * p1 - 3 * p2 + p3) * t3))
    out.append(P[-2])
    return np.array(out)


def _signature_strokes(rng, style):
    """Strokes (lists of control points) in a unit box, x in [0,1], y in [0,0.45] (down positive)."""
    strokes = []
    if style == "loops":
        # a big capital loop, then a run of prolate-cycloid loops shrinking, and a flourish under
        cap = [(0.05, 0.32), (0.02, 0.12), (0.10, 0.02), (0.17, 0.14), (0.09, 0.30), (0.13, 0.36)]
        strokes.append(cap)
        n = int(rng.integers(4, 8))
        pts = []
        r = 0.035 + rng.random() * 0.015
        for i, t in enumerate(np.linspace(0, n * 2 * math.pi, n * 6)):
            k = 1.0 - 0.5 * t / (n * 2 * math.pi)
            x = 0.16 + t / (n * 2 * math.pi) * 0.62 - 0.045 * math.sin(t) * k
            y = 0.27 - (0.07 + 0.03 * rng.random()) * k * (1 - math.cos(t)) / 2 * (1.4 if i % 12 < 6 else 1)
            pts.append((x, y))
        strokes.append(pts)
        strokes.append([(0.12, 0.40), (0.40, 0.43), (0.72, 0.39), (0.93, 0.30), (0.88, 0.27)])
    elif style == "initials":
        # two initials and a long rising line with a hook
        a = [(0.04, 0.38), (0.10, 0.05), (0.16, 0.38), (0.07, 0.24), (0.15, 0.22)]
        b = [(0.22, 0.06), (0.21, 0.38), (0.30, 0.10), (0.31, 0.22), (0.22, 0.24), (0.33, 0.30), (0.26, 0.38)]
        strokes += [a, b]
        y0 = 0.36 + 0.03 * rng.random()
        strokes.append([(0.34, y0), (0.55, y0 - 0.05), (0.80, y0 - 0.13), (0.95, y0 - 0.20), (0.90, y0 - 0.10)])
    elif style == "zigzag":
        n = int(rng.integers(7, 12))
        pts = [(0.03, 0.30)]
        for i in range(n):
            x = 0.06 + 0.82 * (i + 0.5) / n
            amp = 0.25 * (1 - 0.6 * i / n) * (0.7 + 0.6 * rng.random())
            pts.append((x, 0.34 - amp if i % 2 == 0 else 0.34))
        pts.append((0.95, 0.22))
        strokes.append(pts)
        strokes.append([(0.20, 0.15), (0.55, 0.10), (0.75, 0.12)])
    elif style == "cursive":
        x = 0.03
        for word in range(int(rng.integers(2, 4))):
            pts = [(x, 0.30), (x + 0.02, 0.04), (x + 0.04, 0.32)]
            x += 0.05
            for hump in range(int(rng.integers(2, 5))):
                hgt = 0.16 + 0.1 * rng.random()
                pts += [(x + 0.02, 0.32 - hgt), (x + 0.04, 0.32)]
                x += 0.045
            pts.append((x + 0.02, 0.26))
            strokes.append(pts)
            x += 0.06
        strokes.append([(0.05, 0.41), (x * 0.6, 0.44), (x, 0.40)])
    elif style == "scrawl":
        # illegible: a tight coil followed by a slashing descent
        pts = []
        for t in np.linspace(0, 5 * math.pi, 40):
            pts.append((0.10 + 0.02 * t + 0.06 * math.cos(t), 0.20 + 0.10 * math.sin(t) * (1 - t / 20)))
        pts += [(0.55, 0.12), (0.70, 0.38), (0.85, 0.05)]
        strokes.append(pts)
    else:
        raise ValueError(style)
    # per-hand jitter
    out = []
    slant = rng.uniform(-0.25, 0.35)
    for s in strokes:
        s = np.array(s, dtype=np.float64)
        s += rng.normal(0, 0.008, s.shape)
        s[:, 0] += (0.45 - s[:, 1]) * slant * 0.5
        out.append(s)
    return out


def signature_mask(rng, style, width_px, pen_px=3.2, pencil=False):
    """Anti-aliased signature mask (float 0..1); pressure varies along every stroke."""
    ss = 3
    W = int(width_px * ss)
    H = int(width_px * 0.5 * ss)
    canvas = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(canvas)
    for s in _signature_strokes(rng, style):
        curve = catmull_rom(s, n_per=24)
        n = len(curve)
        phase = rng.random() * 6
        for i in range(n - 1):
            t = i / max(1, n - 1)
            pressure = (math.sin(math.pi * t) ** 0.6) * (0.75 + 0.25 * math.sin(phase + 9 * t)) + 0.15
            r = pen_px * ss * 0.5 * pressure
            (xa, ya), (xb, yb) = curve[i], curve[i + 1]
            d.line((xa * W, ya * W, xb * W, yb * W), fill=255, width=max(1, int(2 * r)))
            d.ellipse((xb * W - r, yb * W - r, xb * W + r, yb * W + r), fill=255)
    canvas = canvas.resize((W // ss, H // ss), Image.LANCZOS)
    m = np.asarray(canvas, dtype=np.float32) / 255.0
    if pencil:
        grain = rng.random(m.shape) ** 0.6
        m = m * (0.35 + 0.45 * grain)
    else:
        m = m * smooth_noise(rng, *m.shape, cell=18, lo=0.78, hi=1.0)
    return m


def _text_on_arc(canvas, text, cx, cy, rx, ry, fnt, start_deg, end_deg, fill=255, inward=True):
    """Characters around an ellipse from start to end angle (degrees, 0 = top, clockwise)."""
    d = ImageDraw.Draw(canvas)
    widths = [d.textlength(ch, font=fnt) for ch in text]
    total = sum(widths)
    span = end_deg - start_deg
    acc = 0.0
    for ch, w in zip(text, widths):
        frac = (acc + w / 2) / total
        acc += w
        ang = math.radians(start_deg + span * frac)
        x = cx + rx * math.sin(ang)
        y = cy - ry * math.cos(ang)
        if ch == " ":
            continue
        size = int(fnt.size * 1.6)
        tile = Image.new("L", (size, size), 0)
        td = ImageDraw.Draw(tile)
        td.text((size / 2, size / 2), ch, font=fnt, fill=fill, anchor="mm")
        rot = -math.degrees(ang) if inward else 180 - math.degrees(ang)
        tile = tile.rotate(rot, resample=Image.BICUBIC)
        canvas.paste(255, (int(x - size / 2), int(y - size / 2)), tile)


def _fit_arc_font(text, rx, ry, max_px, frac):
    perim = 2 * math.pi * math.sqrt((rx * rx + ry * ry) / 2) * frac
    px_ = max_px
    while px_ > 8 and font("dejavu", px_, bold=True).getlength(text) > perim:
        px_ -= 1
    return font("dejavu", px_, bold=True)


def _coat_of_arms(d, cx, cy, s, fill=255, width=3):
    """A schematic shield with an eagle (the stamp's centre)."""
    shield = [(cx - s, cy - s * 1.1), (cx + s, cy - s * 1.1), (cx + s, cy + 0.2 * s),
              (cx, cy + 1.25 * s), (cx - s, cy + 0.2 * s)]
    d.line(shield + [shield[0]], fill=fill, width=width)
    # eagle: body, wings, head, cross
    d.ellipse((cx - 0.18 * s, cy - 0.45 * s, cx + 0.18 * s, cy + 0.55 * s), outline=fill, width=width)
    d.line((cx - 0.2 * s, cy - 0.2 * s, cx - 0.8 * s, cy - 0.75 * s, cx - 0.7 * s, cy + 0.1 * s,
            cx - 0.2 * s, cy + 0.1 * s), fill=fill, width=width)
    d.line((cx + 0.2 * s, cy - 0.2 * s, cx + 0.8 * s, cy - 0.75 * s, cx + 0.7 * s, cy + 0.1 * s,
            cx + 0.2 * s, cy + 0.1 * s), fill=fill, width=width)
    d.ellipse((cx - 0.12 * s, cy - 0.72 * s, cx + 0.12 * s, cy - 0.48 * s), outline=fill, width=width)
    d.line((cx + 0.35 * s, cy - 0.95 * s, cx + 0.35 * s, cy - 0.55 * s), fill=fill, width=width)
    d.line((cx + 0.22 * s, cy - 0.82 * s, cx + 0.48 * s, cy - 0.82 * s), fill=fill, width=width)
    d.line((cx - 0.3 * s, cy + 0.75 * s, cx + 0.3 * s, cy + 0.75 * s), fill=fill, width=width)


def stamp_mask(rng, shape, outer, inner="", center="arms", center_text=("ROMÂNIA",),
               diameter_px=300, sep="★", rect_lines=(), double=False, dotted=False):
    """Stamp mask, float 0..1. shape: round | oval | rect."""
    ss = 2
    if shape == "oval":
        W, H = int(diameter_px * 1.45 * ss), int(diameter_px * ss)
    elif shape == "rect":
        W, H = int(diameter_px * 1.9 * ss), int(diameter_px * 0.8 * ss)
    else:
        W = H = int(diameter_px * ss)
    c = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(c)
    lw = max(3, W // 110)
    if shape in ("round", "oval"):
        cx, cy = W / 2, H / 2
        rx, ry = W / 2 - lw, H / 2 - lw
        d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), outline=255, width=lw)
        if double:
            d.ellipse((cx - rx + 2.2 * lw, cy - ry + 2.2 * lw, cx + rx - 2.2 * lw, cy + ry - 2.2 * lw), outline=255, width=max(2, lw // 2))
        band = H * 0.13
        t = outer if not sep else f"{outer} {sep} "
        ax, ay = rx - band * 0.72 - (1.6 * lw if double else 0), ry - band * 0.72 - (1.6 * lw if double else 0)
        fnt = _fit_arc_font(t, ax, ay, int(band * 0.66), 0.97)
        _text_on_arc(c, t, cx, cy, ax, ay, fnt, -175, 175)
        rin_x, rin_y = rx - band * 1.45 - (1.6 * lw if double else 0), ry - band * 1.45 - (1.6 * lw if double else 0)
        if dotted:
            for k in range(72):
                a = 2 * math.pi * k / 72
                x, y = cx + rin_x * math.sin(a), cy - rin_y * math.cos(a)
                d.ellipse((x - lw * 0.6, y - lw * 0.6, x + lw * 0.6, y + lw * 0.6), fill=255)
        else:
            d.ellipse((cx - rin_x, cy - rin_y, cx + rin_x, cy + rin_y), outline=255, width=max(2, lw // 2))
        if inner:
            fi = _fit_arc_font(inner, rin_x - band * 0.5, rin_y - band * 0.5, int(band * 0.5), 160 / 360 * 0.97)
            _text_on_arc(c, inner, cx, cy, rin_x - band * 0.5, rin_y - band * 0.5, fi, -80, 80)
        if center == "arms":
            _coat_of_arms(d, cx, cy + (0.05 * H if inner else 0), min(rin_x, rin_y) * 0.38, width=max(2, lw // 2))
            if center_text:
                fc = font("dejavu", int(band * 0.42), bold=True)
                d.text((cx, cy + min(rin_x, rin_y) * 0.72), center_text[0], font=fc, fill=255, anchor="mm")
        elif center == "text":
            fc = font("dejavu", int(band * 0.55), bold=True)
            n = len(center_text)
            for i, s in enumerate(center_text):
                d.text((cx, cy + (i - (n - 1) / 2) * band * 0.7), s, font=fc, fill=255, anchor="mm")
    else:  # rect
        d.rectangle((lw, lw, W - lw, H - lw), outline=255, width=lw)
        if double:
            d.rectangle((3 * lw, 3 * lw, W - 3 * lw, H - 3 * lw), outline=255, width=max(2, lw // 2))
        n = len(rect_lines)
        for i, (s, rel) in enumerate(rect_lines):
            px_ = int(H * rel)
            while px_ > 8 and font("dejavu", px_, bold=True).getlength(s) > W - 8 * lw:
                px_ -= 1
            fr = font("dejavu", px_, bold=True)
            d.text((W / 2, H * (i + 0.5) / n + lw * 0.3), s, font=fr, fill=255, anchor="mm")
    c = c.resize((W // ss, H // ss), Image.LANCZOS)
    return np.asarray(c, dtype=np.float32) / 255.0


def ink_texture(rng, m, faint=1.0, partial=None, speckle=0.25, blot=0.0):
    """Uneven pressure of a rubber stamp: patches, dropouts, a weaker side."""
    h, w = m.shape
    tex = smooth_noise(rng, h, w, cell=max(8, w // 10), lo=0.45, hi=1.0)
    drop = (rng.random((h, w)) > speckle * rng.random()).astype(np.float32)
    out = m * tex * (0.55 + 0.45 * drop)
    if partial:
        # partial: one side fades (stamp rocked), given as angle in degrees of the strong side
        yy, xx = np.mgrid[0:h, 0:w]
        a = math.radians(partial)
        proj = ((xx - w / 2) * math.cos(a) + (yy - h / 2) * math.sin(a)) / (max(h, w) / 2)
        out = out * np.clip(0.15 + 0.85 * (proj + 0.6), 0.05, 1.0)
    if blot:
        out = np.clip(out + blot * np.asarray(Image.fromarray((m * 255).astype(np.uint8)).filter(
            ImageFilter.GaussianBlur(2)), dtype=np.float32) / 255.0, 0, 1)
    return np.clip(out * faint, 0, 1)


def rotate_mask(m, deg):
    im = Image.fromarray((np.clip(m, 0, 1) * 255).astype(np.uint8), "L")
    im = im.rotate(deg, resample=Image.BICUBIC, expand=True)
    return np.asarray(im, dtype=np.float32) / 255.0


def put_signature(page: Page, rng, style, color, cx, cy, width_mm=42, pencil=False, pen_mm=0.45, rot=0.0):
    m = signature_mask(rng, style, page.mm(width_mm), pen_px=max(2.0, page.mm(pen_mm)), pencil=pencil)
    if rot:
        m = rotate_mask(m, rot)
    h, w = m.shape
    apply_ink(page.img, m, INK[color], int(cx - w / 2), int(cy - h / 2), strength=0.95)
    page.ink.append(("signature", style, color, (int(cx - w / 2), int(cy - h / 2), w, h)))


def put_stamp(page: Page, rng, cx, cy, color, shape="round", outer="", inner="", center="arms",
              center_text=("ROMÂNIA",), diameter_mm=36, rot=0.0, faint=1.0, partial=None,
              double_strike=False, double=False, dotted=False, rect_lines=(), sep="★"):
    m = stamp_mask(rng, shape, outer, inner, center, center_text, page.mm(diameter_mm), sep=sep,
                   rect_lines=rect_lines, double=double, dotted=dotted)
    m = ink_texture(rng, m, faint=faint, partial=partial, blot=0.15 if color == "stampviolet" else 0.0)
    if rot:
        m = rotate_mask(m, rot)
    h, w = m.shape
    apply_ink(page.img, m, INK[color], int(cx - w / 2), int(cy - h / 2))
    if double_strike:
        dx, dy = page.mm(rng.uniform(1.2, 2.5)), page.mm(rng.uniform(-1.5, 1.5))
        m2 = rotate_mask(ink_texture(rng, stamp_mask(rng, shape, outer, inner, center, center_text,
                                                    page.mm(diameter_mm), sep=sep, rect_lines=rect_lines,
                                                    double=double, dotted=dotted), faint=0.55 * faint), rot + 2.5)
        apply_ink(page.img, m2, INK[color], int(cx - w / 2 + dx), int(cy - h / 2 + dy))
    page.ink.append(("stamp", shape, color, (int(cx - w / 2), int(cy - h / 2), w, h)))


# --------------------------------------------------------------------------- handwriting-like text
def hand_lines(page: Page, rng, lines, color="blue", pt=15, x_mm=22, lead=1.55, ruled=None, family="hand"):
    """Text that looks written by hand: per-word baseline drift, size and slant changes, ink colour."""
    fnt_sizes = [page.px(pt * k) for k in (0.94, 1.0, 1.06)]
    y = page.y
    drift = 0.0
    for s in lines:
        x = page.mm(x_mm) + page.mm(rng.uniform(-1.5, 1.5))
        drift = 0.0
        for word in s.split(" "):
            if not word:
                x += page.mm(3)
                continue
            fpx = fnt_sizes[int(rng.integers(0, 3))]
            fnt = font(family, fpx, bold=rng.random() < 0.04)
            tw = int(page.d.textlength(word, font=fnt)) + 8
            tile = Image.new("L", (tw + 20, int(fpx * 1.6)), 0)
            ImageDraw.Draw(tile).text((10, int(fpx * 0.15)), word, font=fnt, fill=255)
            tile = tile.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=False)
            m = np.asarray(tile, dtype=np.float32) / 255.0
            m = m * smooth_noise(rng, *m.shape, cell=10, lo=0.7, hi=1.0)
            drift += rng.normal(0, 0.9)
            apply_ink(page.img, m, INK[color], int(x), int(y + drift))
            x += tw + page.mm(rng.uniform(1.4, 2.8))
            if x > page.x1:
                break
        y += int(page.px(pt) * lead)
    page.y = y


def ruled_paper(page: Page, squared=False, rng=None):
    d = page.d
    step = page.mm(5 if squared else 8.5)
    col = (170, 190, 215) if squared else (150, 175, 210)
    for y in range(page.mm(12), page.H, step):
        d.line((0, y, page.W, y), fill=col, width=1)
    if squared:
        for x in range(page.mm(5), page.W, step):
            d.line((x, 0, x, page.H), fill=col, width=1)
    else:
        d.line((page.mm(18), 0, page.mm(18), page.H), fill=(225, 120, 120), width=2)


# --------------------------------------------------------------------------- wear
def skew(img, deg, fill=(255, 255, 255)):
    return img.rotate(deg, resample=Image.BICUBIC, fillcolor=fill)


def add_noise(img, rng, sigma=6.0):
    a = np.asarray(img, dtype=np.float32)
    a = a + rng.normal(0, sigma, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), img.mode)


def coffee_stain(img, rng, cx, cy, r):
    a = np.asarray(img, dtype=np.float32)
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    rr = np.sqrt(((xx - cx) / 1.0) ** 2 + ((yy - cy) / 0.9) ** 2)
    wob = smooth_noise(rng, H, W, cell=60, lo=-0.08, hi=0.08) * r
    ring = np.exp(-((rr + wob - r) / (r * 0.035)) ** 2) * 0.55 + (rr + wob < r) * 0.12
    col = np.array([150, 105, 60], dtype=np.float32) / 255.0
    a = a * (1 - ring[..., None] * (1 - col))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def punch_holes(img, page_dpi, color=(38, 38, 40)):
    d = ImageDraw.Draw(img)
    W, H = img.size
    r = int(3 / 25.4 * page_dpi)
    x = int(12 / 25.4 * page_dpi)
    for dy in (-40, 40):
        y = H // 2 + int(dy / 25.4 * page_dpi)
        d.ellipse((x - r, y - r, x + r, y + r), fill=color)
    return img


def fold_shadow(img, y, strength=0.18, width_px=40):
    a = np.asarray(img, dtype=np.float32)
    H = a.shape[0]
    yy = np.arange(H)[:, None]
    prof = strength * np.exp(-((yy - y) / width_px) ** 2) * np.where(yy < y, 1.0, 0.55)
    a = a * (1 - prof[..., None]) if a.ndim == 3 else a * (1 - prof)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), img.mode)


def staple(img, page_dpi):
    d = ImageDraw.Draw(img)
    k = page_dpi / 25.4
    x0, y0 = 9 * k, 14 * k
    # corner shadow of the page behind and the staple itself
    d.polygon([(0, 0), (22 * k, 0), (0, 22 * k)], fill=(238, 236, 230))
    d.line((0, 22 * k, 22 * k, 0), fill=(190, 190, 185), width=2)
    d.line((x0, y0, x0 + 9 * k, y0 - 9 * k), fill=(120, 120, 125), width=int(0.9 * k))
    d.line((x0 + 0.4 * k, y0 + 0.5 * k, x0 + 9.4 * k, y0 - 8.5 * k), fill=(200, 200, 205), width=max(1, int(0.3 * k)))
    return img


def scanner_light(img, rng):
    """Uneven illumination and a slightly grey paper tone of a flatbed scan."""
    a = np.asarray(img, dtype=np.float32)
    H, W = a.shape[:2]
    g = smooth_noise(rng, H, W, cell=400, lo=0.93, hi=1.0)
    a = a * g[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def phone_photo(img, rng, out_w=1500, bg=(96, 74, 52)):
    """Photograph of a page on a table: perspective, shading, soft focus."""
    W, H = img.size
    scale = out_w / W
    page = img.resize((int(W * scale * 0.86), int(H * scale * 0.86)), Image.LANCZOS)
    pw, ph = page.size
    out_h = int(out_w * 1.36)
    canvas = Image.new("RGB", (out_w, out_h), bg)
    tex = smooth_noise(rng, out_h, out_w, cell=30, lo=0.8, hi=1.1)
    ca = np.asarray(canvas, dtype=np.float32) * tex[..., None]
    canvas = Image.fromarray(np.clip(ca, 0, 255).astype(np.uint8))
    # destination quad (page corners), a little trapezoid
    j = lambda s: rng.uniform(-s, s)
    ox, oy = (out_w - pw) / 2, (out_h - ph) / 2
    quad = [(ox + j(25) + 30, oy + j(20)), (ox + pw + j(25) - 10, oy + j(20) + 15),
            (ox + pw + j(30) + 20, oy + ph + j(25)), (ox + j(30) - 15, oy + ph + j(20) - 10)]
    coeffs = _perspective_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", page.size, 255).transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    # shadow of the page
    sh = mask.filter(ImageFilter.GaussianBlur(12))
    ca = np.asarray(canvas, dtype=np.float32) * (1 - 0.35 * np.asarray(sh, dtype=np.float32)[..., None] / 255.0)
    canvas = Image.fromarray(np.clip(ca, 0, 255).astype(np.uint8))
    canvas.paste(warped, (0, 0), mask)
    # light falloff + a warm cast
    H2, W2 = out_h, out_w
    yy, xx = np.mgrid[0:H2, 0:W2]
    lx, ly = rng.uniform(0.3, 0.7) * W2, rng.uniform(0.2, 0.5) * H2
    fall = 1 - 0.28 * (((xx - lx) / W2) ** 2 + ((yy - ly) / H2) ** 2) ** 0.8
    a = np.asarray(canvas, dtype=np.float32) * fall[..., None] * np.array([1.0, 0.98, 0.93])
    canvas = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return canvas.filter(ImageFilter.GaussianBlur(0.7))


def _perspective_coeffs(src, dst):
    """Coefficients mapping output (src quad) to input (dst rect) for Image.transform."""
    A, B = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64)).tolist()


def fax_page(img, rng, lines=196, header=None, streaks=1, dither=False, threshold=172, skew_deg=0.0,
             pepper=0.0005, footer=None):
    """A page as a receiving fax machine stores it: 1728 px wide, 98 or 196 lines per inch, bilevel."""
    g = img.convert("L")
    if skew_deg:
        g = g.rotate(skew_deg, resample=Image.BICUBIC, fillcolor=255)
    W = 1728
    H = int(round(297 / 25.4 * lines))
    g = g.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(g)
    hpx = 22 if lines >= 196 else 11
    if header:
        fh = ImageFont.truetype(f"{FONT_DIR}/liberation/LiberationMono-Bold.ttf", 22)
        tile = Image.new("L", (W, 30), 255)
        ImageDraw.Draw(tile).text((40, 3), header, font=fh, fill=0)
        tile = tile.resize((W, hpx + 4 if lines >= 196 else 15))
        g.paste(tile, (0, 4))
    if footer:
        fh = ImageFont.truetype(f"{FONT_DIR}/liberation/LiberationMono-Regular.ttf", 20)
        tile = Image.new("L", (W, 28), 255)
        ImageDraw.Draw(tile).text((40, 3), footer, font=fh, fill=0)
        tile = tile.resize((W, 26 if lines >= 196 else 13))
        g.paste(tile, (0, H - (40 if lines >= 196 else 20)))
    a = np.asarray(g, dtype=np.float32)
    a = a + rng.normal(0, 10, a.shape)
    for _ in range(streaks):
        x = int(rng.integers(60, W - 60))
        wdt = int(rng.integers(1, 4))
        if rng.random() < 0.5:
            a[:, x:x + wdt] = np.minimum(a[:, x:x + wdt], 60 + rng.random() * 60)
        else:
            y0 = int(rng.integers(0, H // 2))
            a[y0:y0 + int(rng.integers(H // 4, H // 2)), x:x + wdt] = 255
    if dither:
        bw = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").convert("1")  # Floyd–Steinberg
        b = np.asarray(bw, dtype=bool)
    else:
        b = a > threshold
    pep = rng.random(b.shape) < pepper
    b = np.where(pep, ~b, b)
    return Image.fromarray((b * 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)


def jpeg_roundtrip(img, q):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q)
    buf.seek(0)
    return Image.open(buf).convert(img.mode)
