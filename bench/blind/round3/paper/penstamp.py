"""Ink for round 3's paper half: handwritten signatures and rubber stamps.

Written from scratch for round 3 (not derived from earlier rounds' kits).

Signatures follow the oscillation model of handwriting (Hollerbach 1981):
the pen is driven by two coupled oscillators, horizontal x(t) = A sin(wt)
+ drift and vertical y(t) = B sin(wt + phase); letters come from changing
amplitude, phase and drift piece by piece, loops from a phase near 90 deg,
garlands and zigzags from a phase near 0. Pens differ in how the stroke
width follows the speed and the direction (ballpoint: almost constant, ink
skips at speed; marker: wide and soft; fountain pen: width by the angle to
the nib; felt-tip initials: short and heavy).

Stamps are cut as masks (rings, ellipses, rectangles, triangles, with text
set along the outline glyph by glyph), then inked: uneven pressure (a low
frequency field), dry spots, a lighter side, a faded part, a double strike,
rotation, bleeding. Everything returns an alpha mask (float 0..1) that the
page composes with an ink colour.
"""
from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/"
STAMP_FONTS = {
    "sans_bold": FONT_DIR + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "sans": FONT_DIR + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": FONT_DIR + "liberation/LiberationSerif-Bold.ttf",
    "free": FONT_DIR + "freefont/FreeSansBold.ttf",
    "mono": FONT_DIR + "liberation/LiberationMono-Bold.ttf",
}

INKS = {
    "blue": (0.13, 0.22, 0.72),
    "navy": (0.08, 0.12, 0.45),
    "violet": (0.40, 0.18, 0.62),
    "red": (0.80, 0.12, 0.15),
    "black": (0.08, 0.08, 0.10),
    "ballpoint_blue": (0.10, 0.20, 0.66),
    "gel_black": (0.05, 0.05, 0.07),
    "green": (0.10, 0.45, 0.25),
}


# ----------------------------------------------------------------- noise
def smooth_noise(rng: np.random.Generator, h: int, w: int, scale: float) -> np.ndarray:
    """Low-frequency noise in 0..1, `scale` pixels per cell."""
    gh, gw = max(2, int(h / scale) + 2), max(2, int(w / scale) + 2)
    g = rng.random((gh, gw)).astype(np.float32)
    im = Image.fromarray((g * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32) / 255.0


# ----------------------------------------------------------- signatures
def _oscillation_path(rng, letters: int, loopiness: float, slant: float, tall: float):
    """Points of one pen-down run of cursive-like writing."""
    pts = []
    t = 0.0
    x = 0.0
    base = 0.0
    for _ in range(letters):
        steps = int(rng.integers(26, 40))
        width = rng.uniform(0.45, 0.95)
        amp_x = rng.uniform(0.25, 0.55)
        r = rng.random()
        if r < 0.22:
            amp_y, off = tall * rng.uniform(0.9, 1.3), -0.5 * tall   # ascender loop
        elif r < 0.34:
            amp_y, off = tall * rng.uniform(0.8, 1.1), 0.45 * tall   # descender
        else:
            amp_y, off = rng.uniform(0.45, 0.75), 0.0
        phase = rng.normal(loopiness * math.pi / 2, 0.3)
        base += rng.normal(0, 0.05)
        for k in range(steps):
            t += 2 * math.pi / steps
            x += width / steps
            env = math.sin(math.pi * (k + 0.5) / steps)
            px = x + amp_x * math.sin(t)
            py = base - amp_y * 0.5 * (1 - math.cos(t + phase)) + off * env
            pts.append((px + slant * -py, py))
    return np.array(pts, dtype=np.float64)


def _capital(rng, x0: float, size: float):
    """A big opening letter: a loop or a hooked stem, drawn as one stroke."""
    kind = rng.integers(0, 5)
    n = 80
    s = np.linspace(0, 1, n)
    if kind == 3:  # an angular M / N: up, down, up, down
        xs = np.array([0, 0.25, 0.5, 0.75, 1.0]) * size * 1.2
        ys = -np.array([0, 1.7, 0.6, 1.5, 0]) * size
        x = x0 + np.interp(s, np.linspace(0, 1, 5), xs)
        y = np.interp(s, np.linspace(0, 1, 5), ys)
        return np.stack([x, y], axis=1)
    if kind == 4:  # a tall stem crossed by a hook to the right (a "P"/"D")
        ang = s * 2 * math.pi
        x = np.where(s < 0.4, x0 + 0.05 * size * s, x0 + 0.7 * size * np.sin((s - 0.4) / 0.6 * math.pi))
        y = np.where(s < 0.4, -1.8 * size * (s / 0.4), -1.8 * size + 1.0 * size * (s - 0.4) / 0.6)
        return np.stack([x, y], axis=1)
    if kind == 0:  # tall loop then down
        ang = s * 2.2 * math.pi + math.pi / 2
        x = x0 + 0.6 * size * np.cos(ang) * (1 - 0.3 * s)
        y = -size * (0.5 + 0.5 * np.sin(ang)) * (1.2 - 0.5 * s)
    elif kind == 1:  # stem with a hook at the top
        x = x0 + 0.35 * size * np.sin(s * math.pi * 1.5) - 0.2 * size * s
        y = -size * 1.6 * (1 - s) + 0.3 * size * np.sin(s * math.pi * 3)
    else:  # wide bowl
        ang = s * 1.7 * math.pi + math.pi
        x = x0 + 0.8 * size * np.cos(ang)
        y = -0.7 * size + 0.9 * size * np.sin(ang)
    return np.stack([x, y], axis=1)


def _flourish(rng, start: np.ndarray, width: float):
    kind = rng.integers(0, 3)
    n = 60
    s = np.linspace(0, 1, n)
    x0, y0 = start
    if kind == 0:  # underline back to the left
        x = x0 - width * 1.05 * s
        y = y0 + 0.45 + 0.25 * np.sin(s * math.pi) + rng.uniform(-0.2, 0.2) * s
    elif kind == 1:  # rising tail
        x = x0 + width * 0.25 * s
        y = y0 - 1.2 * s ** 1.5
    else:  # long swoosh under everything
        x = x0 - width * 0.9 * s + 0.4 * np.sin(s * math.pi)
        y = y0 + 0.9 * np.sin(s * math.pi * 0.9)
    return np.stack([x, y], axis=1)


def signature_strokes(rng: np.random.Generator, style: str):
    """List of (N,2) arrays in arbitrary units (y down), pen lifts between."""
    strokes = []
    slant = rng.uniform(-0.15, 0.55)
    loop = {"loopy": 0.95, "angular": 0.15, "mixed": 0.55}.get(style, rng.uniform(0.2, 0.9))
    if style == "initials":
        cap = _capital(rng, 0.0, rng.uniform(1.1, 1.6))
        strokes.append(cap)
        run = _oscillation_path(rng, int(rng.integers(1, 3)), loop, slant, 1.4)
        run[:, 0] += cap[:, 0].max() + 0.2
        strokes.append(run)
        if rng.random() < 0.7:
            end = run[-1]
            strokes.append(np.array([[end[0] + 0.3, end[1] - 0.4], [end[0] + 0.6, end[1] - 0.5]]))
        return strokes
    x = 0.0
    if rng.random() < 0.8:
        cap = _capital(rng, 0.0, rng.uniform(1.2, 2.0))
        strokes.append(cap)
        x = cap[:, 0].max() + rng.uniform(-0.2, 0.3)
    words = int(rng.integers(1, 3))
    for w in range(words):
        run = _oscillation_path(rng, int(rng.integers(3, 7)), loop, slant, rng.uniform(1.3, 2.0))
        run[:, 0] += x - run[0, 0]
        run[:, 1] *= rng.uniform(0.55, 0.8)
        strokes.append(run)
        x = run[:, 0].max() + rng.uniform(0.5, 1.1)
        if w + 1 < words:
            strokes.append(_capital(rng, x, rng.uniform(0.8, 1.3)))
            x += 0.8
    if rng.random() < 0.8:
        strokes.append(_flourish(rng, strokes[-1][-1], x))
    if rng.random() < 0.35:  # a dot or a tick
        px, py = rng.uniform(0.2, 0.8) * x, -rng.uniform(1.0, 1.6)
        strokes.append(np.array([[px, py], [px + 0.08, py + 0.05]]))
    return strokes


def render_signature(rng: np.random.Generator, width_px: int, pen: str = "ballpoint",
                     style: str = "mixed") -> np.ndarray:
    """Alpha mask of a signature about `width_px` wide."""
    strokes = signature_strokes(rng, style)
    allp = np.concatenate(strokes)
    mn, mx = allp.min(0), allp.max(0)
    span = max(mx[0] - mn[0], 1e-3)
    ss = 2  # supersampling
    scale = width_px * ss / span
    h = int((mx[1] - mn[1]) * scale) + 60 * ss
    w = int(width_px * ss) + 60 * ss
    canvas = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(canvas)
    base = {"ballpoint": 2.2, "fine": 1.4, "marker": 7.5, "fountain": 2.0, "felt": 4.5}[pen]
    nib = rng.uniform(0, math.pi)
    for st in strokes:
        p = (st - mn) * scale + 30 * ss
        if len(p) < 2:
            continue
        # resample slightly with jitter (tremor)
        p = p + rng.normal(0, 0.35 * ss, p.shape)
        seg = np.diff(p, axis=0)
        speed = np.hypot(seg[:, 0], seg[:, 1])
        sp_n = speed / (speed.mean() + 1e-6)
        for i in range(len(seg)):
            x0, y0 = p[i]
            x1, y1 = p[i + 1]
            if pen == "ballpoint":
                wdt = base * (1.15 - 0.25 * min(sp_n[i], 2))
                if sp_n[i] > 1.4 and rng.random() < 0.25:
                    continue  # ink skips on fast strokes
                val = int(255 * rng.uniform(0.75, 1.0))
            elif pen == "fountain":
                ang = math.atan2(y1 - y0, x1 - x0)
                wdt = base + 4.0 * abs(math.sin(ang - nib))
                val = 255
            elif pen == "marker":
                wdt = base * rng.uniform(0.9, 1.05)
                val = int(255 * 0.85)
            elif pen == "felt":
                wdt = base * (1.2 - 0.3 * min(sp_n[i], 1.5))
                val = 240
            else:
                wdt = base
                val = 235
            wpx = max(1, int(round(wdt * ss)))
            d.line([(x0, y0), (x1, y1)], fill=val, width=wpx)
            if wpx > 3:
                r = wpx / 2
                d.ellipse([x1 - r, y1 - r, x1 + r, y1 + r], fill=val)
    if pen == "marker":
        canvas = canvas.filter(ImageFilter.GaussianBlur(1.6 * ss))
    elif pen == "felt":
        canvas = canvas.filter(ImageFilter.GaussianBlur(0.8 * ss))
    canvas = canvas.resize((w // ss, h // ss), Image.LANCZOS)
    a = np.asarray(canvas, dtype=np.float32) / 255.0
    if pen in ("ballpoint", "fine"):
        a = a * (0.8 + 0.2 * smooth_noise(rng, *a.shape, 6))
    return np.clip(a, 0, 1)


def render_written_name(rng, text: str, height_px: int) -> np.ndarray:
    """A legible signature: the name in an italic face, sheared and wobbling."""
    font = ImageFont.truetype(FONT_DIR + "freefont/FreeSerifItalic.ttf", int(height_px * 1.6))
    tw = int(font.getlength(text)) + 40
    im = Image.new("L", (tw, int(height_px * 2.6)), 0)
    d = ImageDraw.Draw(im)
    x = 10.0
    for ch in text:
        dy = rng.normal(0, height_px * 0.05)
        d.text((x, height_px * 0.4 + dy), ch, font=font, fill=255)
        x += font.getlength(ch) * rng.uniform(0.92, 1.02)
    im = im.crop((0, 0, int(x) + 20, im.height))
    sh = rng.uniform(0.15, 0.35)
    im = im.transform(im.size, Image.AFFINE, (1, sh, -sh * im.height * 0.5, 0, 1, 0), Image.BICUBIC)
    d = ImageDraw.Draw(im)
    y = im.height * 0.78
    d.line([(10, y), (im.width * rng.uniform(0.6, 0.95), y - rng.uniform(-8, 8))], fill=255, width=2)
    return np.asarray(im, dtype=np.float32) / 255.0


# ----------------------------------------------------------------- stamps
def _glyph(font, ch: str, angle_deg: float) -> Image.Image:
    bbox = font.getbbox(ch)
    w = max(1, bbox[2] - bbox[0] + 4)
    h = max(1, font.size + 6)
    g = Image.new("L", (w, h), 0)
    ImageDraw.Draw(g).text((2 - bbox[0], 2), ch, font=font, fill=255)
    return g.rotate(angle_deg, resample=Image.BICUBIC, expand=True)


def _ellipse_arclen(a: float, b: float, n: int = 2000):
    th = np.linspace(0, 2 * math.pi, n)
    x, y = a * np.cos(th), b * np.sin(th)
    ds = np.hypot(np.diff(x), np.diff(y))
    s = np.concatenate([[0], np.cumsum(ds)])
    return th, s


def text_on_ellipse(img: Image.Image, cx, cy, a, b, text: str, font, where: str,
                    spread: float = 1.0):
    """Set `text` along an ellipse. where: 'top' (clockwise over the top),
    'bottom' (left to right under the bottom, letters upright), 'all'."""
    th, s = _ellipse_arclen(a, b)
    total = s[-1]
    widths = [font.getlength(c) * spread for c in text]
    L = sum(widths)
    if where == "all":
        gap = (total - L) / max(len(text), 1)
        widths = [w + gap for w in widths]
        L = total
        start = total * 0.75 - widths[0] / 2  # begin at the top (theta=-pi/2 -> 3pi/2)
        direction = 1
    elif where == "top":
        start = total * 0.75 - L / 2
        direction = 1
    else:
        start = total * 0.25 + L / 2
        direction = -1
    pos = start
    for ch, w in zip(text, widths):
        mid = (pos + direction * w / 2) % total
        t = np.interp(mid, s, th)
        px, py = cx + a * math.cos(t), cy + b * math.sin(t)
        # tangent direction
        tx, ty = -a * math.sin(t), b * math.cos(t)
        ang = math.degrees(math.atan2(ty, tx))
        if direction == 1:
            rot = -ang
        else:
            rot = -(ang + 180)
        if ch.strip():
            g = _glyph(font, ch, rot)
            # normal pointing inward shifts glyph centre inside the ring
            img.paste(255, (int(px - g.width / 2), int(py - g.height / 2)), g)
        pos += direction * w


def _star(d, cx, cy, r, n=5, fill=255):
    pts = []
    for i in range(2 * n):
        rr = r if i % 2 == 0 else r * 0.42
        ang = -math.pi / 2 + i * math.pi / n
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=fill)


def _shield(d, cx, cy, r, lw):
    """A simplified coat of arms: a shield with a cross-like bird outline."""
    w, h = r * 0.9, r * 1.1
    pts = [(cx - w / 2, cy - h / 2), (cx + w / 2, cy - h / 2), (cx + w / 2, cy + h * 0.1),
           (cx, cy + h / 2), (cx - w / 2, cy + h * 0.1)]
    d.polygon(pts, outline=255, width=lw)
    d.line([(cx, cy - h * 0.35), (cx, cy + h * 0.3)], fill=255, width=lw)
    d.arc([cx - w * 0.35, cy - h * 0.3, cx, cy], 180, 360, fill=255, width=lw)
    d.arc([cx, cy - h * 0.3, cx + w * 0.35, cy], 180, 360, fill=255, width=lw)
    d.ellipse([cx - lw * 1.5, cy - h * 0.42, cx + lw * 1.5, cy - h * 0.3], fill=255)


def stamp_mask(rng: np.random.Generator, spec: dict) -> np.ndarray:
    """Alpha mask of a stamp impression (before rotation and inking).

    spec: shape ('round', 'oval', 'rect', 'triangle', 'hexagon'), size_px
    (diameter or width), top / bottom / ring texts, centre ('star', 'arms',
    'text', 'blank'), centre_lines, rings (1..3), font.
    """
    ss = 2
    shape = spec.get("shape", "round")
    W = int(spec.get("size_px", 300) * ss)
    aspect = spec.get("aspect", 1.0 if shape in ("round", "hexagon") else 0.62)
    H = int(W * aspect) if shape != "triangle" else int(W * 0.9)
    im = Image.new("L", (W + 20, H + 20), 0)
    d = ImageDraw.Draw(im)
    cx, cy = (W + 20) / 2, (H + 20) / 2
    lw = max(2, int(W * spec.get("line", 0.016)))
    font_path = STAMP_FONTS[spec.get("font", "sans_bold")]
    rings = spec.get("rings", 2)
    if shape in ("round", "oval"):
        a, b = W / 2 - lw, H / 2 - lw
        d.ellipse([cx - a, cy - b, cx + a, cy + b], outline=255, width=lw)
        fsize = int(min(a, b) * spec.get("text_scale", 0.17))
        font = ImageFont.truetype(font_path, fsize)
        band = fsize * 1.45
        if rings >= 2:
            a2, b2 = a - band - lw, b - band - lw
            d.ellipse([cx - a2, cy - b2, cx + a2, cy + b2], outline=255, width=max(2, lw * 2 // 3))
        if rings >= 3:
            a3, b3 = a2 - lw * 3, b2 - lw * 3
            d.ellipse([cx - a3, cy - b3, cx + a3, cy + b3], outline=255, width=max(1, lw // 2))
        ta, tb = a - lw - band / 2, b - lw - band / 2
        if spec.get("ring"):
            text_on_ellipse(im, cx, cy, ta, tb, spec["ring"], font, "all")
        else:
            if spec.get("top"):
                text_on_ellipse(im, cx, cy, ta, tb, spec["top"], font, "top", spec.get("spread", 1.0))
            if spec.get("bottom"):
                text_on_ellipse(im, cx, cy, ta, tb, spec["bottom"], font, "bottom", spec.get("spread", 1.0))
            if spec.get("separators", True) and spec.get("top") and spec.get("bottom"):
                for sx in (-1, 1):
                    _star(d, cx + sx * ta, cy, fsize * 0.35)
        inner = min(a, b) - band - 2 * lw
    elif shape == "hexagon":
        r = W / 2 - lw
        pts = [(cx + r * math.cos(math.pi / 6 + i * math.pi / 3), cy + r * math.sin(math.pi / 6 + i * math.pi / 3)) for i in range(6)]
        d.polygon(pts, outline=255, width=lw)
        fsize = int(r * spec.get("text_scale", 0.15))
        font = ImageFont.truetype(font_path, fsize)
        text_on_ellipse(im, cx, cy, r * 0.8, r * 0.8, spec.get("ring", spec.get("top", "")), font, "all" if spec.get("ring") else "top")
        if spec.get("bottom"):
            text_on_ellipse(im, cx, cy, r * 0.8, r * 0.8, spec["bottom"], font, "bottom")
        inner = r * 0.6
    elif shape == "triangle":
        r = H * 0.62
        pts = [(cx + r * math.cos(-math.pi / 2 + i * 2 * math.pi / 3), cy + H * 0.1 + r * math.sin(-math.pi / 2 + i * 2 * math.pi / 3)) for i in range(3)]
        d.polygon(pts, outline=255, width=lw)
        if rings >= 2:
            r2 = r * 0.62
            pts2 = [(cx + r2 * math.cos(-math.pi / 2 + i * 2 * math.pi / 3), cy + H * 0.1 + r2 * math.sin(-math.pi / 2 + i * 2 * math.pi / 3)) for i in range(3)]
            d.polygon(pts2, outline=255, width=max(2, lw // 2))
        fsize = int(r * spec.get("text_scale", 0.1))
        font = ImageFont.truetype(font_path, fsize)
        texts = spec.get("sides", ["", "", ""])
        for k in range(3):
            p0, p1 = pts[k], pts[(k + 1) % 3]
            txt = texts[k]
            if not txt:
                continue
            ang = math.degrees(math.atan2(p1[1] - p0[1], p1[0] - p0[0]))
            Ltxt = font.getlength(txt)
            mx_, my_ = (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2
            # step inward toward the centre
            vx, vy = cx - mx_, cy + H * 0.1 - my_
            nrm = math.hypot(vx, vy)
            mx_, my_ = mx_ + vx / nrm * fsize * 0.9, my_ + vy / nrm * fsize * 0.9
            ux, uy = math.cos(math.radians(ang)), math.sin(math.radians(ang))
            if ux < 0 or (abs(ux) < 1e-6 and uy < 0):
                ux, uy, ang = -ux, -uy, ang + 180
            pos = -Ltxt / 2
            for ch in txt:
                w = font.getlength(ch)
                px, py = mx_ + ux * (pos + w / 2), my_ + uy * (pos + w / 2)
                if ch.strip():
                    g = _glyph(font, ch, -ang)
                    im.paste(255, (int(px - g.width / 2), int(py - g.height / 2)), g)
                pos += w
        inner = r * 0.4
        cy = cy + H * 0.12
    else:  # rect
        m = lw
        d.rectangle([10 + m, 10 + m, W + 10 - m, H + 10 - m], outline=255, width=lw)
        if rings >= 2:
            g2 = lw * 3
            d.rectangle([10 + g2, 10 + g2, W + 10 - g2, H + 10 - g2], outline=255, width=max(1, lw // 2))
        lines = spec.get("lines", [])
        fsize = int(H / (len(lines) + 1.6) * 0.8)
        y = 10 + (H - fsize * 1.2 * len(lines)) / 2
        for ln in lines:
            f = ImageFont.truetype(font_path, fsize)
            while f.getlength(ln) > W * 0.86 and f.size > 8:
                f = ImageFont.truetype(font_path, f.size - 1)
            d.text((cx - f.getlength(ln) / 2, y), ln, font=f, fill=255)
            y += fsize * 1.2
        inner = 0
    centre = spec.get("centre", "blank")
    if inner > 0:
        if centre == "star":
            _star(d, cx, cy, inner * 0.45)
        elif centre == "arms":
            _shield(d, cx, cy, inner * 0.75, max(2, lw))
        elif centre == "text":
            clines = spec.get("centre_lines", [])
            cf = ImageFont.truetype(font_path, int(inner * spec.get("centre_scale", 0.24)))
            yy = cy - len(clines) * cf.size * 0.6
            for ln in clines:
                d.text((cx - cf.getlength(ln) / 2, yy), ln, font=cf, fill=255)
                yy += cf.size * 1.15
    im = im.resize(((W + 20) // ss, (H + 20) // ss), Image.LANCZOS)
    return np.asarray(im, dtype=np.float32) / 255.0


def ink_impression(rng: np.random.Generator, mask: np.ndarray, rotate: float = 0.0,
                   pressure: float = 0.85, fade: float = 0.0, fade_dir: float = 0.0,
                   double: bool = False, bleed: float = 0.6, dry: float = 0.15) -> np.ndarray:
    """Turn a clean mask into an inked impression (alpha)."""
    m = Image.fromarray((mask * 255).astype(np.uint8))
    pad = int(max(m.size) * 0.25)
    big = Image.new("L", (m.width + 2 * pad, m.height + 2 * pad), 0)
    big.paste(m, (pad, pad))
    if rotate:
        big = big.rotate(rotate, resample=Image.BICUBIC)
    if bleed:
        big = big.filter(ImageFilter.GaussianBlur(bleed))
    a = np.asarray(big, dtype=np.float32) / 255.0
    h, w = a.shape
    field = 0.65 + 0.35 * smooth_noise(rng, h, w, max(8, w / 7))
    grain = smooth_noise(rng, h, w, 2.5)
    dryspots = (grain > (1 - dry)).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    side = 1.0
    if fade:
        ux, uy = math.cos(fade_dir), math.sin(fade_dir)
        proj = ((xx - w / 2) * ux + (yy - h / 2) * uy) / (w / 2)
        side = 1.0 - fade * np.clip((proj + 0.2) / 1.0, 0, 1)
    a = a * field * side * pressure * (1 - 0.7 * dryspots)
    if double:
        shift = np.roll(np.roll(a, int(rng.integers(3, 7)), axis=1), int(rng.integers(-4, 4)), axis=0)
        a = np.maximum(a, shift * 0.35)
    return np.clip(a, 0, 1)


def halftone_copy(rng, alpha: np.ndarray, cell: int = 4) -> np.ndarray:
    """A photocopied (halftone, grey) version of an impression: dots not ink."""
    h, w = alpha.shape
    yy, xx = np.mgrid[0:h, 0:w]
    pattern = (np.cos(xx * 2 * math.pi / cell) + np.cos(yy * 2 * math.pi / cell) + 2) / 4
    dots = (np.clip(alpha * 1.6, 0, 1) > pattern * 0.9 + 0.05).astype(np.float32)
    dots = np.asarray(Image.fromarray((dots * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5)), dtype=np.float32) / 255
    return dots
