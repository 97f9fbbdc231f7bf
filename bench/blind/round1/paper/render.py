"""Drawing helpers for make_paper.py: page layout, procedural ink, scan and fax degradation.

Written blind (without reading the product's OCR, extractors or ink detector).
Everything takes an explicit numpy Generator so the output is deterministic.
"""
from __future__ import annotations

import io
import math
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 200
W, H = 1654, 2339  # A4 at 200 dpi

FONT_DIRS = {
    "liberation": "/usr/share/fonts/truetype/liberation/",
    "free": "/usr/share/fonts/truetype/freefont/",
    "urw": "/usr/share/fonts/opentype/urw-base35/",
    "crosextra": "/usr/share/fonts/truetype/crosextra/",
}

# family -> (regular, bold, italic)
FAMILIES = {
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                        "liberation/LiberationSerif-Italic.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                       "liberation/LiberationSans-Italic.ttf"),
    "LiberationNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                         "liberation/LiberationSansNarrow-Italic.ttf"),
    "NimbusRoman": ("urw/NimbusRoman-Regular.otf", "urw/NimbusRoman-Bold.otf", "urw/NimbusRoman-Italic.otf"),
    "NimbusSans": ("urw/NimbusSans-Regular.otf", "urw/NimbusSans-Bold.otf", "urw/NimbusSans-Italic.otf"),
    "NimbusMono": ("urw/NimbusMonoPS-Regular.otf", "urw/NimbusMonoPS-Bold.otf", "urw/NimbusMonoPS-Italic.otf"),
    "FreeSerif": ("free/FreeSerif.ttf", "free/FreeSerifBold.ttf", "free/FreeSerifItalic.ttf"),
    "FreeSans": ("free/FreeSans.ttf", "free/FreeSansBold.ttf", "free/FreeSansOblique.ttf"),
    "C059": ("urw/C059-Roman.otf", "urw/C059-Bold.otf", "urw/C059-Italic.otf"),
    "P052": ("urw/P052-Roman.otf", "urw/P052-Bold.otf", "urw/P052-Italic.otf"),
    "Bookman": ("urw/URWBookman-Light.otf", "urw/URWBookman-Demi.otf", "urw/URWBookman-LightItalic.otf"),
    "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf", "crosextra/Carlito-Italic.ttf"),
    "Caladea": ("crosextra/Caladea-Regular.ttf", "crosextra/Caladea-Bold.ttf", "crosextra/Caladea-Regular.ttf"),
    "Gothic": ("urw/URWGothic-Book.otf", "urw/URWGothic-Demi.otf", "urw/URWGothic-BookOblique.otf"),
    "Z003": ("urw/Z003-MediumItalic.otf", "urw/Z003-MediumItalic.otf", "urw/Z003-MediumItalic.otf"),
}


def _path(rel: str) -> str:
    d, f = rel.split("/", 1)
    return FONT_DIRS[d] + f


@lru_cache(maxsize=None)
def font(family: str, size: int, style: str = "r") -> ImageFont.FreeTypeFont:
    idx = {"r": 0, "b": 1, "i": 2}[style]
    return ImageFont.truetype(_path(FAMILIES[family][idx]), size, layout_engine=ImageFont.Layout.BASIC)


def pt(points: float) -> int:
    return int(round(points * DPI / 72))


# --------------------------------------------------------------------------- layout
class Page:
    """A white A4 page with a text cursor. Anchors remember where things were drawn."""

    def __init__(self, family: str, size_pt: float = 11.5, margins=(190, 150, 170, 170), ink=(20, 20, 20)):
        self.img = Image.new("RGB", (W, H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.family = family
        self.size = pt(size_pt)
        self.left, self.top, self.right, self.bottom = margins[0], margins[1], W - margins[2], H - margins[3]
        self.y = self.top
        self.ink = ink
        self.anchors: dict[str, tuple[int, int, int, int]] = {}
        self.overflow = False

    def f(self, style="r", scale=1.0, family=None):
        return font(family or self.family, max(8, int(self.size * scale)), style)

    def lh(self, scale=1.0):
        return int(self.size * scale * 1.32)

    def text_at(self, x, y, text, fnt, color=None):
        self.d.text((x, y), text, font=fnt, fill=color or self.ink)
        b = self.d.textbbox((x, y), text, font=fnt)
        return b

    def line(self, text, style="r", scale=1.0, align="left", indent=0, color=None, family=None, x=None,
             advance=True, underline=False):
        fnt = self.f(style, scale, family)
        w = self.d.textlength(text, font=fnt)
        if x is None:
            if align == "left":
                x = self.left + indent
            elif align == "center":
                x = (self.left + self.right - w) / 2 + indent
            else:
                x = self.right - w - indent
        b = self.text_at(x, self.y, text, fnt, color)
        if underline:
            uy = self.y + int(fnt.size * 1.08)
            self.d.line([(x, uy), (x + w, uy)], fill=color or self.ink, width=max(1, fnt.size // 16))
        if advance:
            self.y += self.lh(scale)
        if self.y > self.bottom:
            self.overflow = True
        return (int(b[0]), int(b[1]), int(b[2]), int(b[3]))

    def gap(self, px):
        self.y += px

    def wrap(self, text, fnt, width):
        words = text.split()
        lines, cur = [], ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if self.d.textlength(t, font=fnt) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w_
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, style="r", scale=1.0, indent=0, first=60, justify=True, hang=None, gap_after=None,
             color=None, family=None, spacing=1.0):
        """Paragraph; `hang` is a label (e.g. '1.') drawn in the indent (hanging list item)."""
        fnt = self.f(style, scale, family)
        x0 = self.left + indent
        width = self.right - x0
        lines = self.wrap(text, fnt, width - (0 if hang else first))
        # re-wrap with proper widths: first line narrower
        if not hang and first:
            first_lines = self.wrap(text, fnt, width - first)
            head = first_lines[0]
            rest = text[len(head):].strip()
            lines = [head] + (self.wrap(rest, fnt, width) if rest else [])
        top = self.y
        for i, ln in enumerate(lines):
            lx = x0 + (first if (i == 0 and not hang) else 0)
            if hang and i == 0:
                self.text_at(x0 - int(self.size * 1.4), self.y, hang, fnt, color)
            last = i == len(lines) - 1
            avail = self.right - lx
            words = ln.split()
            if justify and not last and len(words) > 1:
                tw = sum(self.d.textlength(w_, font=fnt) for w_ in words)
                sp = (avail - tw) / (len(words) - 1)
                if sp < self.size * 0.9:
                    xx = lx
                    for w_ in words:
                        self.d.text((xx, self.y), w_, font=fnt, fill=color or self.ink)
                        xx += self.d.textlength(w_, font=fnt) + sp
                    self.y += int(self.lh(scale) * spacing)
                    continue
            self.d.text((lx, self.y), ln, font=fnt, fill=color or self.ink)
            self.y += int(self.lh(scale) * spacing)
        self.y += self.lh(scale) // 3 if gap_after is None else gap_after
        if self.y > self.bottom:
            self.overflow = True
        return (x0, top, self.right, self.y)


# --------------------------------------------------------------------------- noise helpers
def smooth_noise(rng, h, w, cells=6):
    cw = max(2, int(round(cells * w / max(h, 1))))
    ch = max(2, cells)
    small = rng.random((ch, cw)).astype(np.float32)
    im = Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return np.asarray(im, np.float32) / 255.0


def apply_ink(img: Image.Image, mask: Image.Image, xy, color):
    """Multiply-blend an ink mask (L, 0..255 = coverage) at top-left xy onto an RGB page."""
    x0, y0 = int(xy[0]), int(xy[1])
    mw, mh = mask.size
    X0, Y0 = max(0, x0), max(0, y0)
    X1, Y1 = min(img.width, x0 + mw), min(img.height, y0 + mh)
    if X1 <= X0 or Y1 <= Y0:
        return
    m = np.asarray(mask, np.float32)[Y0 - y0:Y1 - y0, X0 - x0:X1 - x0, None] / 255.0
    region = np.asarray(img.crop((X0, Y0, X1, Y1)), np.float32)
    c = np.asarray(color, np.float32)[None, None, :] / 255.0
    out = region * (1 - m + m * c)
    img.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), (X0, Y0))


# --------------------------------------------------------------------------- handwriting
INK_COLORS = {
    "blue": (25, 45, 160),
    "darkblue": (20, 30, 110),
    "black": (28, 28, 34),
    "violet": (95, 40, 150),
    "red": (185, 35, 45),
    "stampblue": (45, 70, 185),
    "stampviolet": (115, 60, 175),
}


def _draw_poly(draw, pts, widths, ss):
    for i in range(len(pts) - 1):
        w = max(1, int(round(widths[i] * ss)))
        p, q = pts[i], pts[i + 1]
        draw.line([(p[0] * ss, p[1] * ss), (q[0] * ss, q[1] * ss)], fill=255, width=w)
        r = w / 2
        draw.ellipse([q[0] * ss - r, q[1] * ss - r, q[0] * ss + r, q[1] * ss + r], fill=255)


def signature_mask(rng, width=None, height=None, pen=None, style=None):
    """A procedural handwritten signature: smooth looping pen path, pen lifts, slant, pressure."""
    width = width or float(rng.uniform(260, 460))
    height = height or float(rng.uniform(70, 140))
    pen = pen or float(rng.uniform(2.2, 4.6))
    style = style or rng.choice(["loops", "zigzag", "initials", "flourish"])
    slant = math.radians(rng.uniform(-8, 30))
    strokes = []
    n = int(rng.integers(260, 420))
    t = np.linspace(0, 1, n)
    freq = rng.uniform(3.5, 9.0) if style != "zigzag" else rng.uniform(7, 13)
    env = 0.45 + 0.8 * np.interp(t, np.linspace(0, 1, 6), rng.uniform(0.2, 1.0, 6))
    if style in ("initials", "flourish"):
        env = env * (1 + 1.3 * np.exp(-((t - 0.05) / 0.08) ** 2))
    phase = rng.uniform(0, 2 * math.pi)
    # the pen's angular speed changes along the name: tall letters, small letters, gaps
    fr = freq * (0.45 + 1.1 * np.interp(t, np.linspace(0, 1, 9), rng.uniform(0, 1, 9)))
    ph = phase + 2 * math.pi * np.cumsum(fr) / n
    env = env * (0.35 + 1.0 * np.interp(t, np.linspace(0, 1, 14), rng.uniform(0, 1, 14)) ** 1.5)
    speed = 0.4 + np.interp(t, np.linspace(0, 1, 7), rng.uniform(0, 1.2, 7))
    prog = np.cumsum(speed)
    prog = prog / prog[-1]
    loop_r = rng.uniform(0.12, 0.4) * height * (0.5 + np.interp(t, np.linspace(0, 1, 5), rng.uniform(0, 1, 5)))
    x = prog * width + loop_r * np.cos(ph)
    y = (0.5 * height * env * np.sin(ph + rng.uniform(0.6, 1.6))
         + 0.25 * height * np.sin(2 * math.pi * rng.uniform(0.5, 1.5) * t + rng.uniform(0, 6)))
    if style == "zigzag":
        y = 0.5 * height * env * np.sign(np.sin(ph)) * np.abs(np.sin(ph)) ** 0.4
    # baseline drift
    y += np.cumsum(rng.normal(0, 0.6, n))
    y -= t * rng.uniform(-0.25, 0.35) * height
    x = x - y * math.tan(slant)
    # pen lifts
    cuts = sorted(rng.choice(np.arange(40, n - 40), size=int(rng.integers(0, 3)), replace=False))
    prev = 0
    for c in list(cuts) + [n]:
        seg = np.stack([x[prev:c], y[prev:c]], 1)
        if len(seg) > 5:
            strokes.append(seg + rng.normal(0, 4, 2))
        prev = c + int(rng.integers(2, 8))
    if style == "flourish" or rng.random() < 0.45:
        # an underline or a return stroke
        u = np.linspace(0, 1, 80)
        ux = width * (1.05 - 1.0 * u) + rng.uniform(-20, 20)
        uy = height * (0.55 + 0.15 * np.sin(math.pi * u)) + 8 * np.sin(3 * u)
        strokes.append(np.stack([ux, uy], 1))
    if rng.random() < 0.3:  # a dot or a short dash
        cx, cy = rng.uniform(0.3, 0.9) * width, -0.55 * height
        strokes.append(np.array([[cx, cy], [cx + rng.uniform(8, 25), cy - rng.uniform(0, 6)]]))
    allp = np.concatenate(strokes)
    mn = allp.min(0) - 12
    mx = allp.max(0) + 12
    ss = 3
    size = (int((mx[0] - mn[0]) * ss) + 1, int((mx[1] - mn[1]) * ss) + 1)
    m = Image.new("L", size, 0)
    dr = ImageDraw.Draw(m)
    for s in strokes:
        s = s - mn
        k = len(s)
        press = 0.65 + 0.45 * np.interp(np.linspace(0, 1, k), np.linspace(0, 1, 5), rng.uniform(0, 1, 5))
        taper = np.minimum(1, np.minimum(np.arange(k) + 1, k - np.arange(k)) / 6.0) * 0.6 + 0.4
        _draw_poly(dr, s, pen * press * taper, ss)
    m = m.resize((size[0] // ss, size[1] // ss), Image.LANCZOS)
    a = np.asarray(m, np.float32) / 255.0
    # ballpoint: slightly uneven coverage
    a = a * (0.78 + 0.22 * smooth_noise(rng, a.shape[0], a.shape[1], 10))
    return Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8))


def scribble_mask(rng, kind="zigzag"):
    """Marks that are NOT a signature: a pen-test zigzag, a coil, a couple of ruler strokes."""
    ss = 3
    if kind == "coil":
        t = np.linspace(0, 8 * math.pi, 300)
        r = 6 + 2.2 * t
        pts = np.stack([r * np.cos(t), r * np.sin(t) * 0.8], 1)
    elif kind == "lines":
        pts = np.array([[0, 0], [190, 6], [8, 22], [200, 28]], float)
    else:
        k = 14
        xs = np.arange(k) * 9.0
        ys = np.where(np.arange(k) % 2 == 0, 0.0, 38.0) + rng.normal(0, 2, k)
        pts = np.stack([xs, ys], 1)
    pts = pts - pts.min(0) + 10
    size = (int(pts[:, 0].max() + 20) * ss, int(pts[:, 1].max() + 20) * ss)
    m = Image.new("L", size, 0)
    _draw_poly(ImageDraw.Draw(m), pts, np.full(len(pts), 2.8), ss)
    return m.resize((size[0] // ss, size[1] // ss), Image.LANCZOS)


# --------------------------------------------------------------------------- stamps
def _char_tile(ch, fnt):
    b = fnt.getbbox(ch)
    s = int(fnt.size * 2)
    tile = Image.new("L", (s, s), 0)
    ImageDraw.Draw(tile).text((s / 2, s / 2), ch, font=fnt, fill=255, anchor="mm")
    return tile


def _text_on_ellipse(m, cx, cy, a, b, text, fnt, start_deg=-90.0, span=360.0, outward=True):
    """Place `text` clockwise along an ellipse, centred on start_deg+span/2 when span < 360."""
    dr = ImageDraw.Draw(m)
    adv = [dr.textlength(c, font=fnt) * 1.06 for c in text]
    # arc length along the ellipse per degree, numerically
    thetas = np.radians(np.linspace(start_deg, start_deg + span, 2000))
    px = cx + a * np.cos(thetas)
    py = cy + b * np.sin(thetas)
    seg = np.hypot(np.diff(px), np.diff(py))
    cum = np.concatenate([[0], np.cumsum(seg)])
    total = sum(adv)
    offset = max(0.0, (cum[-1] - total) / 2) if span < 360 else 0.0
    s = offset
    for c, w_ in zip(text, adv):
        mid = s + w_ / 2
        i = int(np.searchsorted(cum, mid))
        i = min(i, len(thetas) - 1)
        th = thetas[i]
        x, y = cx + a * math.cos(th), cy + b * math.sin(th)
        tx, ty = -a * math.sin(th), b * math.cos(th)  # tangent (clockwise in image coords)
        ang = math.degrees(math.atan2(ty, tx))
        if c != " ":
            tile = _char_tile(c, fnt).rotate(-ang, resample=Image.BICUBIC, expand=True)
            m.paste(255, (int(x - tile.width / 2), int(y - tile.height / 2)), tile)
        s += w_


def _star(dr, cx, cy, r, fill=255):
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.42
        th = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(th), cy + rr * math.sin(th)))
    dr.polygon(pts, fill=fill)


def _coat_of_arms(dr, cx, cy, r, lw):
    """A schematic coat of arms: crowned shield with an eagle-ish silhouette and a cross."""
    w, h = r * 1.1, r * 1.35
    top = cy - h * 0.45
    shield = [(cx - w / 2, top), (cx + w / 2, top), (cx + w / 2, top + h * 0.55),
              (cx, top + h), (cx - w / 2, top + h * 0.55)]
    dr.polygon(shield, outline=255, width=lw)
    # crown
    cw = w * 0.55
    ct = top - r * 0.32
    dr.polygon([(cx - cw / 2, top - 3), (cx - cw / 2, ct + 8), (cx - cw / 4, ct + 18), (cx, ct),
                (cx + cw / 4, ct + 18), (cx + cw / 2, ct + 8), (cx + cw / 2, top - 3)], fill=255)
    # eagle: body, wings, head
    ey = top + h * 0.42
    dr.ellipse([cx - w * 0.09, ey - h * 0.22, cx + w * 0.09, ey + h * 0.18], fill=255)
    dr.polygon([(cx, ey - h * 0.08), (cx - w * 0.42, ey - h * 0.28), (cx - w * 0.30, ey + h * 0.04)], fill=255)
    dr.polygon([(cx, ey - h * 0.08), (cx + w * 0.42, ey - h * 0.28), (cx + w * 0.30, ey + h * 0.04)], fill=255)
    dr.ellipse([cx - w * 0.06, ey - h * 0.33, cx + w * 0.06, ey - h * 0.2], fill=255)
    dr.line([(cx + w * 0.18, ey - h * 0.36), (cx + w * 0.18, ey + h * 0.05)], fill=255, width=lw)
    dr.line([(cx + w * 0.12, ey - h * 0.29), (cx + w * 0.24, ey - h * 0.29)], fill=255, width=lw)


def stamp_mask(rng, shape, ring_text, center=None, inner_text=None, radius=None, lines=None):
    """shape: round | oval | rect | plain_circle. Returns an L mask (not yet textured)."""
    if shape == "rect":
        lines = lines or [ring_text]
        fam = rng.choice(["LiberationSans", "NimbusSans", "FreeSans"])
        fnts = [font(fam, 30, "b")] + [font(fam, 27, "r")] * (len(lines) - 1)
        tmp = ImageDraw.Draw(Image.new("L", (10, 10)))
        wmax = max(tmp.textlength(ln, font=f_) for ln, f_ in zip(lines, fnts))
        Wd, Hd = int(wmax + 60), int(len(lines) * 40 + 40)
        m = Image.new("L", (Wd, Hd), 0)
        dr = ImageDraw.Draw(m)
        dr.rectangle([3, 3, Wd - 4, Hd - 4], outline=255, width=5)
        dr.rectangle([12, 12, Wd - 13, Hd - 13], outline=255, width=2)
        y = 22
        for ln, f_ in zip(lines, fnts):
            dr.text((Wd / 2, y), ln, font=f_, fill=255, anchor="ma")
            y += 40
        return m
    R = radius or float(rng.uniform(150, 172))
    if shape == "oval":
        a, b = R * 1.35, R * 0.85
    else:
        a = b = R
    S = int(2 * a + 20), int(2 * b + 20)
    m = Image.new("L", S, 0)
    dr = ImageDraw.Draw(m)
    cx, cy = S[0] / 2, S[1] / 2
    outer_w = int(rng.integers(4, 8))
    dr.ellipse([cx - a, cy - b, cx + a, cy + b], outline=255, width=outer_w)
    if shape == "plain_circle":
        return m
    band = 48
    dr.ellipse([cx - a + band, cy - b + band, cx + a - band, cy + b - band], outline=255, width=3)
    if rng.random() < 0.5:
        dr.ellipse([cx - a + 9, cy - b + 9, cx + a - 9, cy + b - 9], outline=255, width=2)
    fam = rng.choice(["LiberationSans", "NimbusSans", "FreeSans", "NimbusSansNarrowless"]) \
        if False else rng.choice(["LiberationSans", "NimbusSans", "FreeSans", "LiberationNarrow"])
    tr_a, tr_b = a - band / 2 - 2, b - band / 2 - 2
    # fit text size to circumference
    circ = math.pi * (3 * (tr_a + tr_b) - math.sqrt((3 * tr_a + tr_b) * (tr_a + 3 * tr_b)))
    tmp = ImageDraw.Draw(Image.new("L", (10, 10)))
    size = 30
    while size > 12 and tmp.textlength(ring_text, font=font(fam, size, "b")) * 1.06 > circ * 0.97:
        size -= 1
    fnt = font(fam, size, "b")
    _text_on_ellipse(m, cx, cy, tr_a - size * 0.05, tr_b - size * 0.05, ring_text, fnt, start_deg=-90 - 175,
                     span=359.9)
    inner = min(a, b) - band
    if center == "star":
        _star(dr, cx, cy - (10 if inner_text else 0), inner * 0.45)
    elif center == "arms":
        _coat_of_arms(dr, cx, cy + inner * 0.08, inner * 0.8, 3)
    if inner_text:
        f2 = font(fam, int(rng.integers(22, 28)), "b")
        ys = cy + inner * 0.45 if center else cy - 14 * len(inner_text)
        for ln in inner_text:
            dr.text((cx, ys), ln, font=f2, fill=255, anchor="mm")
            ys += f2.size + 4
    return m


def texture_stamp(rng, m: Image.Image, strength=1.0, partial=None, angle=None):
    """Uneven ink: blotches, one side lighter, optional fade-out (partial impression), rotation."""
    angle = float(rng.uniform(-25, 25)) if angle is None else angle
    m = m.rotate(angle, resample=Image.BICUBIC, expand=True)
    a = np.asarray(m, np.float32) / 255.0
    h, w = a.shape
    blot = smooth_noise(rng, h, w, 7)
    fine = smooth_noise(rng, h, w, 40)
    a = a * np.clip(0.35 + 0.9 * blot, 0, 1) * np.clip(0.55 + 0.6 * fine, 0, 1)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    th = rng.uniform(0, 2 * math.pi)
    ramp = ((xx / w - 0.5) * math.cos(th) + (yy / h - 0.5) * math.sin(th)) + 0.5
    a *= np.clip(0.6 + 0.6 * ramp, 0, 1)
    if partial:
        # partial impression: the part beyond a chord fades to nothing
        a *= np.clip((partial - ramp) * 6, 0, 1)
    a *= strength
    return Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8))


# --------------------------------------------------------------------------- hand-written letters
def hand_text(page: Page, rng, text, family="Z003", size=44, color=INK_COLORS["blue"], indent=0, first=80,
              line_gap=1.45):
    """Write a paragraph word by word with a wobbling baseline, size and slant jitter, in ink."""
    fnt_cache = {}
    x = page.left + indent + first
    words = text.split()
    base_drift = 0.0
    for w_ in words:
        sz = int(size * rng.uniform(0.93, 1.07))
        fnt = fnt_cache.setdefault(sz, font(family, sz, "i" if family != "Z003" else "r"))
        tw = page.d.textlength(w_ + " ", font=fnt)
        if x + tw > page.right + rng.uniform(-30, 10):
            x = page.left + indent + rng.uniform(-6, 10)
            page.y += int(size * line_gap)
            base_drift = 0.0
        base_drift += rng.normal(0, 0.9)
        tile = Image.new("L", (int(tw + 20), int(sz * 1.8)), 0)
        ImageDraw.Draw(tile).text((10, sz * 0.3), w_, font=fnt, fill=255)
        tile = tile.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=True)
        a = np.asarray(tile, np.float32) / 255.0
        a = a * (0.8 + 0.2 * smooth_noise(rng, a.shape[0], a.shape[1], 4))
        apply_ink(page.img, Image.fromarray((a * 255).astype(np.uint8)),
                  (x - 10, page.y + base_drift - sz * 0.3), color)
        x += tw + rng.uniform(-2, 6)
    page.y += int(size * line_gap * 1.25)


# --------------------------------------------------------------------------- degradation
def _rotate(img, angle, fill):
    return img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def post_scan(img: Image.Image, rng, colour: bool, skew: float, blur: float = 0.7, noise: float = 4.0,
              lighting: float = 0.08, lid: str | None = None, paper=(250, 248, 240), photocopy=False,
              bleed: float = 0.0) -> Image.Image:
    """A flatbed/ADF scan: paper tone, skew, uneven light, lid shadow, blur, sensor noise."""
    arr = np.asarray(img, np.float32) / 255.0
    arr = arr * (np.asarray(paper, np.float32) / 255.0)
    if photocopy:
        g = arr.mean(2, keepdims=True)
        g = np.clip((g - 0.12) * 1.35, 0, 1)
        g = g * (0.9 + 0.08 * smooth_noise(rng, g.shape[0], g.shape[1], 30)[..., None])
        arr = np.repeat(g, 3, 2)
        sp = rng.random(g.shape[:2]) < 0.0009
        arr[sp] *= 0.25
    if bleed:
        # show-through of the back page (mirrored faint text)
        back = np.asarray(img.transpose(Image.FLIP_LEFT_RIGHT).convert("L"), np.float32)[..., None] / 255.0
        arr = arr * (1 - bleed * (1 - back))
    im = Image.fromarray((np.clip(arr, 0, 1) * 255).astype(np.uint8))
    bg = (238, 238, 236) if lid is None else (70, 70, 72)
    im = _rotate(im, skew, bg)
    arr = np.asarray(im, np.float32)
    h, w = arr.shape[:2]
    light = 1 - lighting * smooth_noise(rng, h, w, 3)[..., None]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light *= (1 - lighting * 0.6 * (xx / w))[..., None]
    arr *= light
    if lid:
        band = int(rng.integers(25, 70))
        prof = np.clip(1 - np.arange(band * 2) / (band * 2), 0, 1) ** 1.5
        dark = 0.25 + 0.75 * (1 - prof)
        if "bottom" in lid:
            arr[h - band * 2:] *= dark[::-1][:, None, None]
        if "right" in lid:
            arr[:, w - band * 2:] *= dark[::-1][None, :, None]
        if "left" in lid:
            arr[:, :band * 2] *= dark[None, :, None]
        if "top" in lid:
            arr[:band * 2] *= dark[:, None, None]
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(im, np.float32)
    if noise:
        arr = arr + rng.normal(0, noise, arr.shape[:2])[..., None]
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return im if colour else im.convert("L")


FAX_W = 1728


def fax_scan(img: Image.Image, rng, fine=True, skew=0.0, threshold=150, streaks=2, speckle=0.0004,
             header: str | None = None, dropouts=2, blur=0.6) -> Image.Image:
    """A received fax: grey, skewed, resampled to 204 dpi wide (1728 px), thresholded, streaked, 1-bit."""
    g = img.convert("L")
    g = _rotate(g, skew, 255)
    hh = int(round(H * 196 / DPI))
    g = g.resize((int(round(W * 204 / DPI)), hh), Image.BILINEAR)
    canvas = Image.new("L", (FAX_W, hh), 255)
    canvas.paste(g, ((FAX_W - g.width) // 2, 0))
    if header:
        dr = ImageDraw.Draw(canvas)
        dr.rectangle([0, 0, FAX_W, 44], fill=255)
        dr.text((30, 10), header, font=font("NimbusMono", 26, "b"), fill=0)
    if blur:
        canvas = canvas.filter(ImageFilter.GaussianBlur(blur))
    if not fine:
        canvas = canvas.resize((FAX_W, hh // 2), Image.BOX)
    arr = np.asarray(canvas, np.float32)
    arr = arr + rng.normal(0, 12, arr.shape)
    bw = arr > threshold
    h, w = bw.shape
    for _ in range(streaks):  # dirty scanner glass: a thin vertical line, intermittent
        x = int(rng.integers(40, w - 40))
        on = smooth_noise(rng, h, 1, 30)[:, 0] > 0.35
        bw[on, x:x + int(rng.integers(1, 3))] = False
    for _ in range(dropouts):  # transmission errors: a damaged scan line
        y = int(rng.integers(60, h - 60))
        kind = rng.random()
        if kind < 0.5:
            bw[y:y + int(rng.integers(1, 3)), :] = True
        else:
            bw[y, int(rng.integers(0, w // 2)):] = False
    if speckle:
        bw[rng.random(bw.shape) < speckle] = False
        bw[rng.random(bw.shape) < speckle] = True
    out = Image.fromarray((bw * 255).astype(np.uint8)).convert("1", dither=Image.NONE)
    return out


def save_jpeg_bytes(im, quality):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=quality, optimize=True, dpi=(DPI, DPI))
    return b.getvalue()
