"""Drawing kit for the round-2 paper half: page layout, procedural ink
(signatures from random Bezier strokes, stamps with text set along the ring),
and scan / phone-photo / photocopy / fax degradations.

Written blind (no product code read). Pure Pillow + numpy; every random choice
comes from the numpy Generator passed in, so output is deterministic.
"""
from __future__ import annotations

import time
import io
import math
import sys
from pathlib import Path
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, TiffImagePlugin

DPI = 200
A4 = (1654, 2339)  # 8.27 x 11.69 in at 200 dpi

FONT_FILES = {
    "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "serif-b": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "serif-i": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "sans-b": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "fserif": "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "fserif-b": "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf",
    "fserif-i": "/usr/share/fonts/truetype/freefont/FreeSerifItalic.ttf",
    "fsans": "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "fsans-b": "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
    "fsans-o": "/usr/share/fonts/truetype/freefont/FreeSansOblique.ttf",
    "fmono": "/usr/share/fonts/truetype/freefont/FreeMono.ttf",
    "fmono-b": "/usr/share/fonts/truetype/freefont/FreeMonoBold.ttf",
    "dserif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "dserif-b": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "dserif-c": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "dsans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dsans-b": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "dsans-c": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "dsans-cb": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "dsans-o": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "dsans-co": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
}

_font_cache: dict = {}


def F(name: str, pt: float) -> ImageFont.FreeTypeFont:
    """A font at `pt` points for a 200 dpi page."""
    px = max(6, int(round(pt * DPI / 72)))
    key = (name, px)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(FONT_FILES[name], px)
    return _font_cache[key]


def Fpx(name: str, px: int) -> ImageFont.FreeTypeFont:
    key = (name, int(px))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(FONT_FILES[name], int(px))
    return _font_cache[key]


# --------------------------------------------------------------------------- colours
INK = {
    "blue": (28, 52, 150),
    "darkblue": (20, 30, 95),
    "black": (25, 25, 30),
    "violet": (95, 45, 140),
    "ballpoint": (35, 60, 170),
}
STAMP_INK = {
    "blue": (40, 70, 175),
    "violet": (110, 55, 160),
    "red": (190, 40, 50),
    "black": (35, 35, 40),
}


# --------------------------------------------------------------------------- noise
def smooth_noise(rng, w, h, cells=6, lo=0.0, hi=1.0):
    """Low-frequency noise field in [lo, hi], shape (h, w)."""
    cw = max(2, int(cells))
    ch = max(2, int(cells * h / max(w, 1)) + 1)
    small = rng.random((ch, cw)).astype(np.float32)
    im = Image.fromarray((small * 255).astype(np.uint8), "L").resize((w, h), Image.BICUBIC)
    a = np.asarray(im, dtype=np.float32) / 255.0
    return lo + (hi - lo) * a


# --------------------------------------------------------------------------- page
@dataclass
class Page:
    rng: np.random.Generator
    size: tuple = A4
    ml: int = 190
    mr: int = 150
    top: int = 150
    paper: tuple = (255, 255, 255)
    img: Image.Image = field(init=False)
    y: int = field(init=False)

    def __post_init__(self):
        self.img = Image.new("RGB", self.size, self.paper)
        self.d = ImageDraw.Draw(self.img)
        self.y = self.top
        self.anchors: dict = {}

    @property
    def right(self):
        return self.size[0] - self.mr

    @property
    def width(self):
        return self.right - self.ml

    def gap(self, px):
        self.y += int(px)

    def text(self, x, y, s, f, fill=(0, 0, 0)):
        self.d.text((x, y), s, font=f, fill=fill)
        return self.d.textbbox((x, y), s, font=f)

    def line(self, s, f, align="left", x=None, fill=(0, 0, 0), spacing=1.25, width=None, underline=False):
        """One line at the cursor; returns its bbox."""
        x0 = self.ml if x is None else x
        w = (self.right - x0) if width is None else width
        tw = f.getlength(s)
        if align == "center":
            xx = x0 + (w - tw) / 2
        elif align == "right":
            xx = x0 + w - tw
        else:
            xx = x0
        bb = self.text(xx, self.y, s, f, fill)
        if underline and s.strip():
            uy = self.y + f.size * 1.08
            self.d.line([(xx, uy), (xx + tw, uy)], fill=fill, width=max(1, f.size // 14))
        self.y += int(f.size * spacing)
        return bb

    def para(self, s, f, x=None, width=None, first=60, align="justify", spacing=1.3, fill=(0, 0, 0), hang=0,
             justify_last=False):
        """A wrapped paragraph; `first` is the first-line indent, `hang` a hanging indent."""
        x0 = self.ml if x is None else x
        w = (self.right - x0) if width is None else width
        words = s.split()
        lines, cur = [], []
        ind = first
        for wd in words:
            trial = " ".join(cur + [wd])
            if cur and f.getlength(trial) > w - ind:
                lines.append((ind, cur))
                cur = [wd]
                ind = hang
            else:
                cur.append(wd)
        if cur:
            lines.append((ind, cur))
        boxes = []
        for i, (ind, ws) in enumerate(lines):
            last = i == len(lines) - 1 and not justify_last
            if align == "justify" and not last and len(ws) > 1:
                tot = sum(f.getlength(t) for t in ws)
                space = (w - ind - tot) / (len(ws) - 1)
                xx = x0 + ind
                for t in ws:
                    self.d.text((xx, self.y), t, font=f, fill=fill)
                    xx += f.getlength(t) + space
                boxes.append((x0 + ind, self.y, x0 + w, self.y + f.size))
            else:
                t = " ".join(ws)
                if align == "center":
                    xx = x0 + (w - f.getlength(t)) / 2
                elif align == "right":
                    xx = x0 + w - f.getlength(t)
                else:
                    xx = x0 + ind
                self.d.text((xx, self.y), t, font=f, fill=fill)
                boxes.append((xx, self.y, xx + f.getlength(t), self.y + f.size))
            self.y += int(f.size * spacing)
        return boxes

    def items(self, entries, f, marker="{n}.", x=None, indent=60, gap_after=6, spacing=1.3):
        """A list; marker may be '{n}.', '{a})', '-', '•' ..."""
        x0 = (self.ml + 40) if x is None else x
        for i, e in enumerate(entries):
            m = marker.format(n=i + 1, a="abcdefghij"[i], r=["I", "II", "III", "IV", "V", "VI", "VII"][i])
            self.d.text((x0, self.y), m, font=f, fill=(0, 0, 0))
            self.para(e, f, x=x0 + indent, first=0, align="left", spacing=spacing)
            self.y += gap_after

    def box(self, x, y, lines, f, pad=14, width=None, border=2, spacing=1.3):
        """Lines framed by a rectangle at (x, y); returns bbox."""
        w = width or int(max(f.getlength(s) for s in lines) + 2 * pad)
        h = int(len(lines) * f.size * spacing + 2 * pad - f.size * (spacing - 1))
        self.d.rectangle([x, y, x + w, y + h], outline=(0, 0, 0), width=border)
        yy = y + pad
        for s in lines:
            self.d.text((x + pad, yy), s, font=f, fill=(0, 0, 0))
            yy += int(f.size * spacing)
        return (x, y, x + w, y + h)

    def hrule(self, x0=None, x1=None, w=2):
        self.d.line([(x0 or self.ml, self.y), (x1 or self.right, self.y)], fill=(0, 0, 0), width=w)

    # ---- ink
    def apply(self, mask: np.ndarray, colour, cx, cy):
        """Multiply-blend an ink mask (float 0..1, shape h,w) centred at (cx, cy)."""
        apply_mask(self.img, mask, colour, cx, cy)


def apply_mask(img: Image.Image, mask: np.ndarray, colour, cx, cy):
    """Multiply-blend `mask` (float 0..1) in `colour` onto img (RGB), centred at (cx, cy)."""
    h, w = mask.shape
    x0, y0 = int(round(cx - w / 2)), int(round(cy - h / 2))
    X0, Y0 = max(0, x0), max(0, y0)
    X1, Y1 = min(img.width, x0 + w), min(img.height, y0 + h)
    if X1 <= X0 or Y1 <= Y0:
        return
    reg = np.asarray(img.crop((X0, Y0, X1, Y1))).astype(np.float32)
    m = mask[Y0 - y0:Y1 - y0, X0 - x0:X1 - x0][..., None]
    col = np.array(colour, dtype=np.float32)[None, None, :] / 255.0
    reg *= 1.0 - m * (1.0 - col)
    img.paste(Image.fromarray(np.clip(reg, 0, 255).astype(np.uint8), "RGB"), (X0, Y0))


# --------------------------------------------------------------------------- signatures
def _bezier_chain(pts: np.ndarray, per=14) -> np.ndarray:
    """Catmull-Rom through pts, evaluated as cubic Bezier segments."""
    out = []
    P = np.vstack([pts[0], pts, pts[-1]])
    for i in range(1, len(P) - 2):
        p0, p1, p2, p3 = P[i - 1], P[i], P[i + 1], P[i + 2]
        c1 = p1 + (p2 - p0) / 6.0
        c2 = p2 - (p3 - p1) / 6.0
        t = np.linspace(0, 1, per, endpoint=False)[:, None]
        seg = ((1 - t) ** 3) * p1 + 3 * ((1 - t) ** 2) * t * c1 + 3 * (1 - t) * t * t * c2 + (t ** 3) * p2
        out.append(seg)
    out.append(P[-2][None, :])
    return np.vstack(out)


def signature_mask(rng, width_px=330, height_px=120, pen=3.2, hand=None):
    """A handwritten signature as an ink mask (float 0..1).

    `hand` fixes the writer's habits (dict); otherwise drawn at random.
    Strokes: a capital with a big loop, a run of cursive loops (trochoid control
    points), pen lifts, optional underline/flourish; pen width follows a smooth
    pressure curve with tapered ends.
    """
    h = hand or {}
    S = 3  # supersampling
    W, H = int(width_px * S), int(height_px * S)
    im = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(im)
    slant = h.get("slant", rng.uniform(-0.15, 0.55))
    loops = h.get("loops", rng.uniform(0.6, 1.4))
    nstrokes = h.get("strokes", int(rng.integers(1, 4)))
    flourish = h.get("flourish", rng.random() < 0.6)
    amp = h.get("amp", rng.uniform(0.18, 0.32))

    strokes = []
    # capital: a tall loop at the start
    cx, cy = W * rng.uniform(0.08, 0.16), H * 0.5
    cap = []
    for k in range(int(rng.integers(5, 9))):
        a = -math.pi / 2 + k * rng.uniform(0.9, 1.3)
        r = H * rng.uniform(0.22, 0.42)
        cap.append((cx + r * 0.55 * math.cos(a), cy + r * math.sin(a)))
    strokes.append(np.array(cap))
    # cursive body, split into pen-lifted words
    xs = np.linspace(W * 0.14, W * rng.uniform(0.78, 0.95), nstrokes + 1)
    for s in range(nstrokes):
        n = int(rng.integers(9, 20))
        t = np.linspace(0, 1, n)
        x = xs[s] + (xs[s + 1] - xs[s]) * 0.92 * t
        om = 2 * math.pi * loops * n / 3.2
        ph = rng.uniform(0, 2 * math.pi)
        x = x + W * 0.035 * np.cos(om * t + ph) * rng.uniform(0.5, 1.4)
        env = 0.6 + 0.4 * np.sin(math.pi * t)
        y = H * 0.55 - H * amp * np.sin(om * t + ph + 0.9) * env
        y += rng.normal(0, H * 0.04, n)
        # occasional tall ascender / descender
        for j in rng.choice(n, size=min(n, int(rng.integers(0, 3))), replace=False):
            y[j] += H * rng.choice([-0.3, 0.28])
        strokes.append(np.stack([x, y], axis=1))
    if flourish:
        x0 = W * rng.uniform(0.05, 0.3)
        x1 = W * rng.uniform(0.75, 0.98)
        yy = H * rng.uniform(0.72, 0.86)
        fl = np.array([[x0, yy + H * 0.03], [(x0 + x1) / 2, yy - H * 0.05 * rng.uniform(-1, 1)],
                       [x1, yy - H * rng.uniform(0.02, 0.15)], [x1 - W * 0.05, yy - H * 0.2]])
        strokes.append(fl if rng.random() < 0.6 else fl[:3])
    if rng.random() < 0.35:  # a dot or short dash
        px, py = W * rng.uniform(0.4, 0.9), H * rng.uniform(0.12, 0.3)
        strokes.append(np.array([[px, py], [px + W * 0.02, py - H * 0.01]]))

    base = pen * S
    for st in strokes:
        st = st.copy()
        st[:, 0] += (H * 0.5 - st[:, 1]) * slant  # shear
        path = _bezier_chain(st, per=24)
        seg = np.hypot(*np.diff(path, axis=0).T)
        cum = np.concatenate([[0], np.cumsum(seg)])
        step = max(1.0, base * 0.25)
        ss = np.arange(0, cum[-1] + step, step)
        path = np.stack([np.interp(ss, cum, path[:, 0]), np.interp(ss, cum, path[:, 1])], axis=1)
        n = len(path)
        pr = smooth_noise(rng, max(n, 4), 1, cells=max(3, n // 60)).ravel()[:n]
        k = max(4.0, n / 25)
        taper = np.minimum(1, np.minimum(np.arange(n), n - 1 - np.arange(n)) / k + 0.3)
        wv = base * (0.5 + 0.8 * pr) * taper
        for (px, py), r in zip(path, wv):
            r = max(0.7, r / 2)
            dr.ellipse([px - r, py - r, px + r, py + r], fill=255)
    small = im.resize((int(width_px), int(height_px)), Image.LANCZOS)
    m = np.asarray(small, dtype=np.float32) / 255.0
    # ballpoint: ink slightly uneven
    m *= smooth_noise(rng, m.shape[1], m.shape[0], cells=12, lo=0.72, hi=1.0)
    return np.clip(m * 1.05, 0, 1)


def zigzag_mask(rng, width_px=260, height_px=60, pen=2.5):
    S = 3
    im = Image.new("L", (width_px * S, height_px * S), 0)
    dr = ImageDraw.Draw(im)
    n = int(rng.integers(8, 14))
    pts = [(i * width_px * S / n, (height_px * S) * (0.25 if i % 2 else 0.75)) for i in range(n + 1)]
    dr.line(pts, fill=255, width=int(pen * S))
    return np.asarray(im.resize((width_px, height_px), Image.LANCZOS), dtype=np.float32) / 255.0


# --------------------------------------------------------------------------- stamps
def _glyph(ch, f, angle_deg):
    """A glyph rendered upright then rotated; returns L image (ink=255)."""
    bb = f.getbbox(ch)
    w = max(2, int(f.getlength(ch)) + 4)
    h = int(f.size * 1.2)
    g = Image.new("L", (w, h), 0)
    ImageDraw.Draw(g).text((2, 0), ch, font=f, fill=255)
    return g.rotate(angle_deg, resample=Image.BICUBIC, expand=True)


def _text_on_curve(im, text, f, pts, s_centre, outward_up=True, spacing=1.0):
    """Set `text` along a closed curve given as dense points (N,2) with
    cumulative arc length; centred on arc length s_centre. With outward_up the
    glyph tops point away from the centre (top text, read clockwise); otherwise
    towards it (bottom text, read left to right along the bottom)."""
    seg = np.diff(np.vstack([pts, pts[:1]]), axis=0)
    L = np.concatenate([[0], np.cumsum(np.hypot(seg[:, 0], seg[:, 1]))])
    total = L[-1]
    adv = [f.getlength(c) * spacing for c in text]
    tl = sum(adv)
    direction = 1 if outward_up else -1
    s = s_centre - direction * tl / 2
    centre = pts.mean(axis=0)
    for c, a in zip(text, adv):
        sm = (s + direction * a / 2) % total
        i = int(np.searchsorted(L, sm) % len(pts))
        p = pts[i]
        q = pts[(i + 1) % len(pts)]
        tang = math.degrees(math.atan2(q[1] - p[1], q[0] - p[0]))
        ang = -tang if outward_up else -(tang + 180)
        # push glyph centre onto the curve, glyph baseline toward the inside/outside
        nx, ny = p - centre
        nn = math.hypot(nx, ny) or 1
        off = f.size * 0.45 * (1 if outward_up else -1)
        gx, gy = p[0] - nx / nn * off * 0 , p[1] - ny / nn * off * 0
        g = _glyph(c, f, ang)
        if c.strip():
            im.paste(255, (int(gx - g.width / 2), int(gy - g.height / 2)), g)
        s += direction * a
    return im


def _ellipse_pts(cx, cy, rx, ry, n=2400, start=-math.pi / 2, clockwise=True):
    t = np.linspace(0, 2 * math.pi, n, endpoint=False)
    t = start + (t if clockwise else -t)
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1)


def _star(dr, cx, cy, r, fill=255, points=5):
    pts = []
    for k in range(points * 2):
        rr = r if k % 2 == 0 else r * 0.42
        a = -math.pi / 2 + k * math.pi / points
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    dr.polygon(pts, fill=fill)


def _coat_of_arms(dr, cx, cy, r, w):
    """A schematic coat of arms: shield outline, crown, eagle with spread wings."""
    sw, sh = r * 0.9, r * 1.1
    shield = [(cx - sw / 2, cy - sh / 2), (cx + sw / 2, cy - sh / 2), (cx + sw / 2, cy + sh * 0.1),
              (cx, cy + sh / 2), (cx - sw / 2, cy + sh * 0.1)]
    dr.polygon(shield, outline=255, width=w)
    # crown
    top = cy - sh / 2
    dr.line([(cx - sw * 0.3, top - r * 0.08), (cx + sw * 0.3, top - r * 0.08)], fill=255, width=w)
    for k in (-1, 0, 1):
        dr.line([(cx + k * sw * 0.28, top - r * 0.08), (cx + k * sw * 0.22, top - r * 0.3)], fill=255, width=w)
    # eagle: body, wings, head
    dr.ellipse([cx - r * 0.08, cy - r * 0.25, cx + r * 0.08, cy + r * 0.2], outline=255, width=w)
    for side in (-1, 1):
        dr.line([(cx, cy - r * 0.1), (cx + side * r * 0.36, cy - r * 0.32), (cx + side * r * 0.38, cy + r * 0.05),
                 (cx + side * r * 0.12, cy + r * 0.05)], fill=255, width=w, joint="curve")
    dr.ellipse([cx - r * 0.06, cy - r * 0.4, cx + r * 0.06, cy - r * 0.28], fill=255)
    dr.line([(cx - r * 0.1, cy + r * 0.28), (cx, cy + r * 0.2), (cx + r * 0.1, cy + r * 0.28)], fill=255, width=w)
    # a cross in the beak
    dr.line([(cx + r * 0.16, cy - r * 0.45), (cx + r * 0.16, cy - r * 0.25)], fill=255, width=w)
    dr.line([(cx + r * 0.1, cy - r * 0.39), (cx + r * 0.22, cy - r * 0.39)], fill=255, width=w)


def stamp_mask(rng, shape="round", top="", bottom="", centre="arms", centre_lines=(),
               diameter=330, ratio=0.68, rings=2, font="dsans-b", texture=True,
               rotation=None, faint=1.0, partial=None, lines=()):
    """An ink mask (float 0..1) for a stamp.

    shape: 'round' (double ring, text along the ring), 'oval' (same on an
    ellipse of height ratio*width), 'rect' (double frame with centred lines).
    top: text along the upper ring (clockwise); bottom: along the lower ring,
    reading left to right. centre: 'arms' (coat of arms), 'star', 'text'
    (centre_lines horizontally), or None.
    """
    S = 3
    D = int(diameter * S)
    if shape == "rect":
        W0, H0 = D, int(D * ratio)
    elif shape == "oval":
        W0, H0 = D, int(D * ratio)
    else:
        W0, H0 = D, D
    pad = int(0.08 * D)
    W, H = W0 + 2 * pad, H0 + 2 * pad
    im = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(im)
    cx, cy = W / 2, H / 2
    lw = max(2, int(D * 0.018))
    if shape in ("round", "oval"):
        rx, ry = W0 / 2, H0 / 2
        dr.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], outline=255, width=lw)
        band = D * 0.17
        if rings >= 2:
            dr.ellipse([cx - rx + band, cy - ry + band, cx + rx - band, cy + ry - band], outline=255, width=max(2, lw * 2 // 3))
        if rings >= 3:
            g = D * 0.025
            dr.ellipse([cx - rx + g, cy - ry + g, cx + rx - g, cy + ry - g], outline=255, width=max(1, lw // 2))
        if top or bottom:
            fsz = int(band * 0.62)
            mid = band * 0.5
            prx, pry = rx - mid, ry - mid
            pts = _ellipse_pts(cx, cy, prx, pry)  # starts at top, clockwise
            L = _arc_len(pts)
            if bottom:
                # fit: the top text within ~58% of the ring, the bottom within ~28%
                f = _fit(font, fsz, top, L[-1] * 0.46)
                fb = _fit(font, fsz, bottom, L[-1] * 0.25)
                sp_top = min(1.35, max(1.0, L[-1] * 0.44 / max(1, sum(f.getlength(c) for c in top))))
                _text_on_curve(im, top, f, pts, 0.0, outward_up=True, spacing=sp_top)
                _text_on_curve(im, bottom, fb, pts, L[-1] / 2, outward_up=False, spacing=1.08)
                # separators (small stars) at left and right
                for frac in (0.30, 0.70):
                    sx, sy = pts[int(frac * len(pts)) % len(pts)]
                    _star(dr, sx, sy, fsz * 0.3)
            else:
                # the whole ring carries the text, starting and ending at the bottom
                text = top + " \u2605 "
                f = _fit(font, fsz, text, L[-1] * 0.97)
                spacing = (L[-1] * 0.97) / max(1.0, sum(f.getlength(c) for c in text))
                spacing = min(max(spacing, 1.0), 1.6)
                _text_on_curve(im, text, f, pts, 0.0, outward_up=True, spacing=spacing)
        inner = min(rx, ry) - band
        if centre == "arms":
            _coat_of_arms(dr, cx, cy, inner * 0.95, max(2, lw * 2 // 3))
        elif centre == "star":
            _star(dr, cx, cy, inner * 0.7)
        elif centre == "text" and centre_lines:
            fs = int(inner * 0.32)
            f2 = Fpx(font, fs)
            n = len(centre_lines)
            y = cy - n * fs * 1.15 / 2
            for s in centre_lines:
                dr.text((cx - f2.getlength(s) / 2, y), s, font=f2, fill=255)
                y += fs * 1.15
    else:  # rect
        x0, y0, x1, y1 = cx - W0 / 2, cy - H0 / 2, cx + W0 / 2, cy + H0 / 2
        dr.rectangle([x0, y0, x1, y1], outline=255, width=lw)
        g = D * 0.03
        dr.rectangle([x0 + g, y0 + g, x1 - g, y1 - g], outline=255, width=max(2, lw // 2))
        ls = list(lines) or [top, bottom]
        fs = int((H0 - 4 * g) / (len(ls) * 1.3))
        fs = min(fs, int(D * 0.085))
        y = cy - len(ls) * fs * 1.25 / 2
        for s in ls:
            f2 = Fpx(font, fs)
            while f2.getlength(s) > W0 - 6 * g and fs > 10:
                fs -= 2
                f2 = Fpx(font, fs)
            dr.text((cx - f2.getlength(s) / 2, y), s, font=f2, fill=255)
            y += fs * 1.25
    rot = rng.uniform(-25, 25) if rotation is None else rotation
    im = im.rotate(rot, resample=Image.BICUBIC, expand=True)
    small = im.resize((im.width // S, im.height // S), Image.LANCZOS)
    m = np.asarray(small, dtype=np.float32) / 255.0
    if texture:
        h, w = m.shape
        blot = smooth_noise(rng, w, h, cells=7, lo=0.55, hi=1.0)
        side = np.linspace(rng.uniform(0.65, 1.0), rng.uniform(0.85, 1.0), w)[None, :]
        if rng.random() < 0.5:
            side = side[:, ::-1]
        grain = (rng.random((h, w)) > rng.uniform(0.04, 0.12)).astype(np.float32)
        m = m * blot * side * (0.55 + 0.45 * grain)
        m = np.asarray(Image.fromarray((np.clip(m, 0, 1) * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)),
                       dtype=np.float32) / 255.0
    m = np.clip(m * 1.25 * faint, 0, 1)
    if partial:
        h, w = m.shape
        # partial = fraction of the stamp (from one side) that did not print
        side, frac = partial
        if side == "left":
            m[:, : int(w * frac)] *= 0.05
        elif side == "bottom":
            m[int(h * (1 - frac)):, :] *= 0.05
        elif side == "right":
            m[:, int(w * (1 - frac)):] *= 0.05
    return m


def _fit(font, size, text, avail):
    f = Fpx(font, size)
    while size > 30 and sum(f.getlength(c) for c in text) > avail:
        size -= 1
        f = Fpx(font, size)
    if sum(f.getlength(c) for c in text) > avail * 1.02:
        print(f"warning: stamp text does not fit: {text!r}", file=sys.stderr)
    return f


def _arc_len(pts):
    seg = np.diff(np.vstack([pts, pts[:1]]), axis=0)
    return np.concatenate([[0], np.cumsum(np.hypot(seg[:, 0], seg[:, 1]))])


# --------------------------------------------------------------------------- handwriting-ish text
def hand_text(page: Page, x, y, s, f, rng, colour=INK["ballpoint"], jitter=1.0):
    """Draw text 'by hand': per-glyph baseline wobble, size and angle jitter,
    uneven pressure. Returns the x after the text."""
    S = 1
    xx = x
    drift = 0.0
    for ch in s:
        if ch == " ":
            xx += f.getlength(" ") * rng.uniform(0.9, 1.5)
            continue
        drift += rng.normal(0, 0.6 * jitter)
        drift = max(-6, min(6, drift))
        ang = rng.normal(8, 3 * jitter)  # a right-leaning hand
        g = _glyph(ch, f, ang)
        m = np.asarray(g, dtype=np.float32) / 255.0 * rng.uniform(0.75, 1.0)
        apply_mask(page.img, m, colour, xx + g.width / 2, y + f.size * 0.55 + drift)
        xx += f.getlength(ch) * rng.uniform(0.93, 1.08)
    return xx


def hand_para(page: Page, s, f, rng, x, y, width, line_h, colour=INK["ballpoint"], jitter=1.0, first=50):
    words = s.split()
    cur_x = x + first
    for wd in words:
        wl = f.getlength(wd) * 1.02
        if cur_x + wl > x + width:
            y += line_h
            cur_x = x + rng.uniform(-4, 8)
        cur_x = hand_text(page, cur_x, y, wd, f, rng, colour, jitter)
        cur_x += f.getlength(" ") * rng.uniform(0.9, 1.6)
    return y + line_h


def ruled_paper(rng, size=A4, kind="lines", tone=(250, 250, 246)):
    img = Image.new("RGB", size, tone)
    d = ImageDraw.Draw(img)
    if kind == "lines":
        for y in range(260, size[1] - 80, 62):
            d.line([(0, y), (size[0], y)], fill=(165, 190, 215), width=2)
        d.line([(200, 0), (200, size[1])], fill=(220, 120, 120), width=2)
    elif kind == "squares":
        for y in range(120, size[1], 40):
            d.line([(0, y), (size[0], y)], fill=(175, 195, 220), width=1)
        for x in range(40, size[0], 40):
            d.line([(x, 0), (x, size[1])], fill=(175, 195, 220), width=1)
    return img


# --------------------------------------------------------------------------- degradations
def _perspective_coeffs(src, dst):
    """Coefficients for Image.transform(PERSPECTIVE) mapping dst quad -> src quad."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, dtype=float), np.array(B, dtype=float)).tolist()


def scan(img: Image.Image, rng, grey=False, skew=None, paper=(247, 244, 236), blur=0.6, noise=3.5,
         lid_band=False, light=(0.93, 1.0)):
    """A flatbed scan: paper tone, uneven light, skew, slight blur, sensor noise."""
    w, h = img.size
    a = np.asarray(img).astype(np.float32)
    tone = np.array(paper, dtype=np.float32) / 255.0
    light = smooth_noise(rng, w, h, cells=3, lo=light[0], hi=light[1])[..., None]
    a = a * tone[None, None, :] * light
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    sk = rng.uniform(-1.8, 1.8) if skew is None else skew
    im = im.rotate(sk, resample=Image.BICUBIC, fillcolor=tuple(int(c * 0.97) for c in paper))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32)
    a += rng.normal(0, noise, a.shape[:2])[..., None]
    if lid_band:
        a[:, -int(w * 0.015):] *= 0.35
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    if grey:
        im = im.convert("L")
    return im


def photocopy(img: Image.Image, rng):
    """A photocopy: grey, harder contrast, toner dust, dark borders."""
    g = img.convert("L")
    a = np.asarray(g).astype(np.float32)
    a = np.clip((a - 60) * 1.35, 0, 255)
    dust = rng.random(a.shape) < 0.0015
    a[dust] = rng.uniform(0, 80, dust.sum())
    h, w = a.shape
    edge = int(w * 0.012)
    a[:, :edge] *= np.linspace(0.2, 1, edge)[None, :]
    a[:edge, :] *= np.linspace(0.3, 1, edge)[:, None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    im = im.rotate(rng.uniform(-1, 1), resample=Image.BICUBIC, fillcolor=235)
    return im.convert("RGB")


def phone_photo(img: Image.Image, rng, out_w=1650, shadow=True, warm=True):
    """A phone photo of a page on a table: perspective, rotation, shadow, vignette."""
    w, h = img.size
    bgc = np.array([rng.uniform(90, 150), rng.uniform(70, 120), rng.uniform(50, 90)])
    cw, ch = int(w * 1.16), int(h * 1.12)
    bg = (np.ones((ch, cw, 3)) * bgc[None, None, :] * smooth_noise(rng, cw, ch, cells=9, lo=0.8, hi=1.1)[..., None])
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    ox, oy = (cw - w) // 2, (ch - h) // 2
    canvas.paste(img, (ox, oy))
    src = [(ox, oy), (ox + w, oy), (ox + w, oy + h), (ox, oy + h)]
    j = lambda s: rng.uniform(-s, s)
    k = rng.uniform(0.02, 0.06) * w  # keystone: top narrower
    dst = [(ox + k + j(25), oy + j(30)), (ox + w - k + j(25), oy + j(30)),
           (ox + w + j(20), oy + h + j(20)), (ox + j(20), oy + h + j(20))]
    coeffs = _perspective_coeffs(src, dst)
    im = canvas.transform(canvas.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    im = im.rotate(rng.uniform(-3.5, 3.5), resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(c) for c in bgc))
    a = np.asarray(im).astype(np.float32)
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    vig = 1 - 0.28 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
    a *= vig[..., None]
    if shadow:
        # the soft shadow of the phone and hand, from one corner
        sm = Image.new("L", (W, H), 0)
        sd = ImageDraw.Draw(sm)
        corner = rng.integers(0, 4)
        cx = [0, W, W, 0][corner] + j(W * 0.1)
        cy = [0, 0, H, H][corner] + j(H * 0.1)
        r = rng.uniform(0.35, 0.6) * W
        sd.ellipse([cx - r, cy - r * 1.3, cx + r, cy + r * 1.3], fill=255)
        sm = sm.filter(ImageFilter.GaussianBlur(W * 0.06))
        s = np.asarray(sm, dtype=np.float32) / 255.0
        a *= (1 - rng.uniform(0.3, 0.45) * s)[..., None]
    if warm:
        a *= np.array([1.04, 1.0, 0.9])[None, None, :]
    a += rng.normal(0, 5, a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    oh = int(out_w * H / W)
    return im.resize((out_w, oh), Image.LANCZOS)


def fax_page(img: Image.Image, rng, fine=True, header="", threshold=None, streaks=2, width=1728,
             xdpi=204, ydpi=None):
    """Render a page as a received fax: TSI header line, threshold to 1 bit,
    vertical streaks, dropped scan lines, speckle. Returns a 1-bit image whose
    pixel aspect is that of the fax resolution."""
    ydpi = ydpi or (196 if fine else 98)
    g = img.convert("L")
    w, h = g.size
    # resample to fax resolution (A4 at 200 dpi source)
    new_w_content = int(w * xdpi / DPI)
    new_h = int(h * ydpi / DPI)
    g = g.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255)
    g = g.resize((new_w_content, new_h), Image.LANCZOS)
    page = Image.new("L", (width, new_h), 255)
    page.paste(g, ((width - new_w_content) // 2, 0))
    a = np.asarray(page).astype(np.float32)
    a += rng.normal(0, 14, a.shape)
    a += (smooth_noise(rng, a.shape[1], a.shape[0], cells=5, lo=-15, hi=15))
    thr = threshold if threshold is not None else rng.uniform(150, 175)
    b = a < thr
    # header (sending machine's line), written after thresholding as the receiver prints it
    if header:
        hdr = Image.new("L", (width, int(34 * ydpi / 196) + 6), 255)
        f = Fpx("mono", 22)
        t = Image.new("L", (width, 34), 255)
        ImageDraw.Draw(t).text((40, 6), header, font=f, fill=0)
        t = t.resize((width, max(8, int(34 * ydpi / 196))), Image.NEAREST)
        hb = np.asarray(t) < 128
        b[: hb.shape[0], :] = hb
    hh, ww = b.shape
    for _ in range(int(rng.integers(0, streaks + 1))):
        x = int(rng.integers(60, ww - 60))
        y0 = int(rng.integers(0, hh // 2))
        y1 = int(min(hh, y0 + rng.integers(hh // 6, hh // 2)))
        b[y0:y1, x: x + 1] = True
    for _ in range(int(rng.integers(1, 4))):  # damaged scan lines: repeated or white
        y = int(rng.integers(40, hh - 40))
        n = int(rng.integers(1, 4))
        if rng.random() < 0.5:
            b[y: y + n] = b[y - 1]
        else:
            b[y: y + n] = False
    sp = rng.random(b.shape) < 0.0006
    b |= sp
    return Image.fromarray(np.where(b, 0, 255).astype(np.uint8), "L").convert("1")


def save_tiff(pages, path, compression="group4", dpi=(204, 196), tsi=None, docname=None):
    info = TiffImagePlugin.ImageFileDirectory_v2()
    if tsi is not None:
        info[270] = tsi  # ImageDescription: the sending machine's TSI, as fax servers write it
    if docname:
        info[269] = docname
    info[305] = "HylaFAX-like receiver (blind round2)"
    pages[0].save(path, save_all=True, append_images=pages[1:], compression=compression, dpi=dpi,
                  tiffinfo=info)


def save_jpeg(img, path, q):
    img.save(path, "JPEG", quality=int(q), optimize=True)


def save_pdf(pages, path, q=45, dpi=DPI):
    """Image-only PDF: each page a JPEG (via Pillow)."""
    conv = []
    for p in pages:
        buf = io.BytesIO()
        p.save(buf, "JPEG", quality=int(q), optimize=True)
        buf.seek(0)
        conv.append(Image.open(buf))
    fixed = time.strptime("2026-12-04 09:00:00", "%Y-%m-%d %H:%M:%S")  # deterministic bytes (Pillow defaults to now)
    conv[0].save(path, "PDF", save_all=True, append_images=conv[1:], resolution=dpi,
                 creationDate=fixed, modDate=fixed, producer="mailroom scanner", title=Path(path).stem)
