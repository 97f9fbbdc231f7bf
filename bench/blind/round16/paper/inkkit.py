"""Round 11 paper kit: round 10's kit copied as a tool, plus a choice of ring font (``ring_font``) and extra letter
spacing on the ring (``ring_track``), an ink quantity above 1 (overinked: spread and darker), a printed (toner)
rendering of a stamp or signature (``as_printed``) and a colour-copier halftone (``halftone``). Round 10's header
follows.

Round 10 paper kit: round 9's kit copied as a tool, plus a beaded (dotted) outer ring, a horizontal band across
the centre, a second ring of text inside the first, an octagonal and a rounded-rectangle frame, a smeared (moved)
impression, a fade across the impression, teal/navy/magenta inks, four more hands ("bigloop", "ladder", "hook",
"spiral") and three more pens (rollerball, pencil, fine liner); a facsimile signature stamp. Round 9's header follows.

Round 9 paper kit: round 8's kit (itself round 7's) copied as a tool, plus a dashed outer ring, a
single ring without an inner circle, and a mirrored impression. Round 7's header follows.

Round 7 paper kit: round 6's kit (itself round 5's), copied here as a tool, plus a triple-ring stamp, a
hexagonal stamp, two more hands ("lasso", "wave") and a green ink. Round 6's header follows.

Round 6 paper kit: round 5's kit (written from scratch for that round), copied here as a tool.

Page layout (letters in mm, rendered at any dpi, non-square fax pixels
included), handwritten signatures (spline strokes with pressure, several
hands and pens), rubber stamps (round, double ring, oval, rectangular, with
text on the ring, a schematic coat of arms, texture, faint, partial), a
printed emblem that is not a stamp, and the wear of fax machines, flatbed
scanners and phone cameras.  Only Pillow and numpy.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

F = "/usr/share/fonts/truetype/"
FONTS = {
    "serif": F + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": F + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": F + "liberation/LiberationSerif-Italic.ttf",
    "sans": F + "liberation/LiberationSans-Regular.ttf",
    "sans-b": F + "liberation/LiberationSans-Bold.ttf",
    "sans-i": F + "liberation/LiberationSans-Italic.ttf",
    "dserif": F + "dejavu/DejaVuSerif.ttf",
    "dserif-b": F + "dejavu/DejaVuSerif-Bold.ttf",
    "dserif-i": F + "dejavu/DejaVuSerif-Italic.ttf",
    "dsans": F + "dejavu/DejaVuSans.ttf",
    "dsans-b": F + "dejavu/DejaVuSans-Bold.ttf",
    "free": F + "freefont/FreeSerif.ttf",
    "free-b": F + "freefont/FreeSerifBold.ttf",
    "free-i": F + "freefont/FreeSerifItalic.ttf",
    "freesans": F + "freefont/FreeSans.ttf",
    "freesans-b": F + "freefont/FreeSansBold.ttf",
    "mono": F + "freefont/FreeMono.ttf",
    "mono-b": F + "freefont/FreeMonoBold.ttf",
    "lmono": F + "liberation/LiberationMono-Regular.ttf",
    "lmono-b": F + "liberation/LiberationMono-Bold.ttf",
    "dmono": F + "dejavu/DejaVuSansMono.ttf",
}
_fc: dict = {}


def font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(px)))
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FONTS[name], max(6, int(round(px))))
    return _fc[key]


# ---------------------------------------------------------------- layout


@dataclass
class Style:
    family: str = "serif"     # base font key; "-b", "-i" variants looked up
    size: float = 12.0        # pt
    lead: float = 1.28        # line height factor
    margin_l: float = 25.0    # mm
    margin_r: float = 20.0
    margin_t: float = 18.0
    justify: bool = True
    indent: float = 10.0      # first-line indent of paragraphs, mm


class Page:
    """A white page laid out top-down in millimetres."""

    def __init__(self, style: Style, dpi=(200, 200), size_mm=(210.0, 297.0), width_px=None):
        self.st = style
        self.dx, self.dy = dpi
        if width_px:  # fax: the machine's 1728 px line, page drawn in it
            self.w = width_px
        else:
            self.w = int(round(size_mm[0] / 25.4 * self.dx))
        self.h = int(round(size_mm[1] / 25.4 * self.dy))
        self.wmm = self.w / self.dx * 25.4
        self.im = Image.new("RGB", (self.w, self.h), "white")
        self.d = ImageDraw.Draw(self.im)
        self.y = style.margin_t
        self.anchors: dict = {}
        self.overflow = False

    # unit helpers
    def px(self, x_mm, y_mm):
        return (x_mm / 25.4 * self.dx, y_mm / 25.4 * self.dy)

    def fpx(self, pt):  # font size in px (vertical resolution)
        return pt / 72.0 * self.dy

    def fam(self, kind=""):
        base = self.st.family
        k = base + ("-" + kind if kind else "")
        return k if k in FONTS else base

    def textw(self, s, f):
        return f.getlength(s) * self.dx / self.dy  # font drawn at dy, stretched by x later? no: same px

    def _font(self, kind, size):
        return font(self.fam(kind), self.fpx(size))

    def line(self, s, size=None, kind="", align="left", x=None, color=(0, 0, 0), anchor=None, advance=True, underline=False):
        size = size or self.st.size
        f = self._font(kind, size)
        tw = f.getlength(s) / self.dx * 25.4  # mm
        l = self.st.margin_l if x is None else x
        r = self.wmm - self.st.margin_r
        if align == "center":
            xm = (l + r) / 2 - tw / 2
        elif align == "right":
            xm = r - tw
        else:
            xm = l
        X, Y = self.px(xm, self.y)
        self.d.text((X, Y), s, font=f, fill=color)
        hmm = size / 72 * 25.4 * self.st.lead
        if underline:
            uy = Y + self.fpx(size) * 1.05
            self.d.line([(X, uy), (X + f.getlength(s), uy)], fill=color, width=max(1, int(self.dy / 150)))
        if anchor:
            self.anchors[anchor] = (xm, self.y, xm + tw, self.y + size / 72 * 25.4)
        if advance:
            self.y += hmm
            if self.y > 297 - 8:
                self.overflow = True
        return (xm, self.y, tw)

    def cols(self, left, right, size=None, kind_l="b", kind_r="", gap=1.0, right_x=None):
        """Two columns of lines starting at the same height."""
        y0 = self.y
        for i, s in enumerate(left):
            k = kind_l if isinstance(kind_l, str) else kind_l[i]
            self.line(s, size=size, kind=k)
        y1 = self.y
        self.y = y0
        for s in right:
            if right_x is None:
                self.line(s, size=size, kind=kind_r, align="right")
            else:
                self.line(s, size=size, kind=kind_r, x=right_x)
        self.y = max(y1, self.y) + gap

    def space(self, mm):
        self.y += mm

    def wrap(self, text, f, width_mm):
        words = text.split()
        lines, cur = [], []
        for w in words:
            t = " ".join(cur + [w])
            if cur and f.getlength(t) / self.dx * 25.4 > width_mm:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, size=None, kind="", indent=None, x=None, right=None, justify=None, after=1.6, hang=0.0, label=None, color=(0, 0, 0)):
        size = size or self.st.size
        f = self._font(kind, size)
        justify = self.st.justify if justify is None else justify
        indent = self.st.indent if indent is None else indent
        l = (self.st.margin_l if x is None else x)
        r = self.wmm - (self.st.margin_r if right is None else right)
        lines = self.wrap(text, f, r - l - max(indent, hang) - 0.5)
        hmm = size / 72 * 25.4 * self.st.lead
        for i, words in enumerate(lines):
            xl = l + (indent if i == 0 else hang)
            if i == 0 and label:
                X, Y = self.px(l, self.y)
                self.d.text((X, Y), label, font=f, fill=color)
            X, Y = self.px(xl, self.y)
            last = i == len(lines) - 1
            if justify and not last and len(words) > 1:
                wpx = sum(f.getlength(w) for w in words)
                avail = (r - xl) / 25.4 * self.dx
                gap = (avail - wpx) / (len(words) - 1)
                gap = min(gap, f.getlength(" ") * 3)
                xx = X
                for w in words:
                    self.d.text((xx, Y), w, font=f, fill=color)
                    xx += f.getlength(w) + gap
            else:
                self.d.text((X, Y), " ".join(words), font=f, fill=color)
            self.y += hmm
        self.y += after
        if self.y > 297 - 8:
            self.overflow = True

    def items(self, items, style="num", size=None, x=None, after=0.6, start=1):
        x = self.st.margin_l + 6 if x is None else x
        for i, it in enumerate(items):
            n = i + start
            lab = {
                "num": f"{n}.", "paren": f"{n})", "let": f"{chr(96 + n)})", "letdot": f"{chr(96 + n)}.",
                "roman": ["i.", "ii.", "iii.", "iv.", "v.", "vi.", "vii.", "viii."][n - 1],
                "dash": "–", "bullet": "•", "arrow": ">", "none": "",
            }[style]
            self.para(it, size=size, indent=0, hang=7, x=x, label=None, after=after, justify=False) if not lab else self._item(lab, it, size, x, after)

    def _item(self, lab, text, size, x, after):
        size = size or self.st.size
        f = self._font("", size)
        X, Y = self.px(x, self.y)
        self.d.text((X, Y), lab, font=f, fill=(0, 0, 0))
        self.para(text, size=size, indent=0, x=x + 7, after=after, justify=False)

    def table(self, rows, widths, size=None, header=True, border=True, pad=1.2, x=None):
        size = size or self.st.size * 0.92
        l = self.st.margin_l if x is None else x
        fb = self._font("b", size)
        fr = self._font("", size)
        hmm = size / 72 * 25.4 * self.st.lead
        lw = max(1, int(self.dy / 120))
        top = self.y
        for ri, row in enumerate(rows):
            f = fb if (header and ri == 0) else fr
            wrapped = [self.wrap(str(c), f, widths[ci] - 2 * pad) for ci, c in enumerate(row)]
            nl = max(len(w) for w in wrapped)
            rh = nl * hmm + 2 * pad
            xx = l
            for ci, w in enumerate(wrapped):
                for li, words in enumerate(w):
                    X, Y = self.px(xx + pad, self.y + pad + li * hmm)
                    self.d.text((X, Y), " ".join(words), font=f, fill=(0, 0, 0))
                if border:
                    a, b = self.px(xx, self.y)
                    c, d2 = self.px(xx + widths[ci], self.y + rh)
                    self.d.rectangle([a, b, c, d2], outline=(0, 0, 0), width=lw)
                xx += widths[ci]
            self.y += rh
        self.y += 2
        return top

    def hrule(self, x0=None, x1=None, width=1):
        a = self.px(x0 if x0 is not None else self.st.margin_l, self.y)
        b = self.px(x1 if x1 is not None else self.wmm - self.st.margin_r, self.y)
        self.d.line([a, b], fill=(0, 0, 0), width=max(1, int(width * self.dy / 200)))
        self.y += 1.5

    def box(self, x0, y0, x1, y1, width=1):
        a = self.px(x0, y0)
        b = self.px(x1, y1)
        self.d.rectangle([a, b], outline=(0, 0, 0), width=max(1, int(width * self.dy / 200)))

    def sigblock(self, lines, align="right", name="sig", x=None, size=None, kinds=None, width_mm=80):
        """Signatory block: lines centred in a column; anchors name (whole block) and name+'_last' (last line)."""
        size = size or self.st.size
        if align == "right":
            cx = self.wmm - self.st.margin_r - width_mm / 2
        elif align == "left":
            cx = self.st.margin_l + width_mm / 2
        else:
            cx = x
        y0 = self.y
        boxes = []
        for i, s in enumerate(lines):
            k = (kinds[i] if kinds else ("b" if i == len(lines) - 1 else ""))
            f = self._font(k, size)
            tw = f.getlength(s) / self.dx * 25.4
            X, Y = self.px(cx - tw / 2, self.y)
            self.d.text((X, Y), s, font=f, fill=(0, 0, 0))
            boxes.append((cx - tw / 2, self.y, cx + tw / 2, self.y + size / 72 * 25.4))
            self.y += size / 72 * 25.4 * self.st.lead
        self.anchors[name] = (min(b[0] for b in boxes), y0, max(b[2] for b in boxes), self.y)
        self.anchors[name + "_last"] = boxes[-1]
        return boxes

    def mark(self, name, x0=None, x1=None, h=0.0):
        self.anchors[name] = (x0 if x0 is not None else self.st.margin_l, self.y,
                              x1 if x1 is not None else self.wmm - self.st.margin_r, self.y + h)


# ---------------------------------------------------------------- emblem (printed)


def coat_of_arms(d: ImageDraw.ImageDraw, cx, cy, s, fill, width=2, solid=False):
    """A schematic shield with a crowned eagle; s = half-height in px."""
    w = s * 0.8
    shield = [(cx - w, cy - s * 0.7), (cx + w, cy - s * 0.7), (cx + w, cy + s * 0.15),
              (cx, cy + s), (cx - w, cy + s * 0.15)]
    d.polygon(shield, outline=fill, width=width, fill=fill if solid else None)
    c = (255, 255, 255) if solid else fill
    # eagle: body, wings, head, crown
    d.ellipse([cx - s * 0.12, cy - s * 0.5, cx + s * 0.12, cy + s * 0.35], fill=c)
    for sgn in (-1, 1):
        d.polygon([(cx, cy - s * 0.25), (cx + sgn * w * 0.85, cy - s * 0.55), (cx + sgn * w * 0.7, cy - s * 0.2),
                   (cx + sgn * w * 0.8, cy - s * 0.15), (cx + sgn * w * 0.55, cy + s * 0.05), (cx, cy + s * 0.05)], fill=c)
    d.ellipse([cx - s * 0.1, cy - s * 0.68, cx + s * 0.1, cy - s * 0.48], fill=c)
    d.line([(cx - s * 0.35, cy + s * 0.55), (cx + s * 0.35, cy + s * 0.55)], fill=c, width=width)
    d.polygon([(cx - s * 0.12, cy - s * 0.78), (cx - s * 0.06, cy - s * 0.9), (cx, cy - s * 0.8), (cx + s * 0.06, cy - s * 0.9),
               (cx + s * 0.12, cy - s * 0.78)], fill=fill)


def print_emblem(page: Page, x_mm, y_mm, h_mm, color=(60, 60, 60), kind="arms", text=None):
    """A PRINTED emblem (letterhead or company logo): flat, sharp, no rubber texture."""
    d = page.d
    cx, cy = page.px(x_mm, y_mm)
    s = h_mm / 2 / 25.4 * page.dy
    if kind == "arms":
        coat_of_arms(d, cx, cy, s, color, width=max(2, int(s / 14)), solid=True)
    else:  # a round company logo: filled disc with initials and a ring of text
        d.ellipse([cx - s, cy - s, cx + s, cy + s], outline=color, width=max(2, int(s / 10)))
        d.ellipse([cx - s * 0.72, cy - s * 0.72, cx + s * 0.72, cy + s * 0.72], fill=color)
        f = font("sans-b", s * 0.7)
        t = text or "AB"
        tw = f.getlength(t)
        d.text((cx - tw / 2, cy - s * 0.45), t, font=f, fill=(255, 255, 255))


# ---------------------------------------------------------------- ink primitives


PENS = {
    # name: (rgb, base width mm, grain 0..1, uniform?)
    "ballpoint_blue": ((28, 44, 150), 0.46, 0.25, False),
    "ballpoint_blue2": ((35, 60, 175), 0.42, 0.3, False),
    "ballpoint_black": ((30, 30, 38), 0.44, 0.25, False),
    "felt_black": ((12, 12, 16), 0.85, 0.06, True),
    "gel_violet": ((88, 40, 140), 0.45, 0.15, False),
    "fountain_blue": ((20, 50, 120), 0.55, 0.1, False),
    "rollerball_blue": ((18, 38, 165), 0.62, 0.05, True),
    "pencil_grey": ((90, 90, 96), 0.36, 0.65, False),
    "fineliner_black": ((20, 20, 24), 0.3, 0.02, True),
}
INKS = {
    "blue": (40, 70, 185), "violet": (110, 50, 160), "red": (200, 40, 50), "black": (35, 35, 40),
    "darkblue": (25, 45, 130), "green": (30, 110, 60),
    "teal": (20, 105, 125), "navy": (20, 30, 95), "magenta": (165, 40, 120),
}


def _catmull(pts, n=18):
    pts = [pts[0]] + list(pts) + [pts[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = (np.array(p, float) for p in pts[i - 1:i + 3])
        for t in np.linspace(0, 1, n, endpoint=False):
            t2, t3 = t * t, t * t * t
            out.append(0.5 * ((2 * p1) + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3))
    out.append(np.array(pts[-2], float))
    return np.array(out)


def _hand_strokes(rng: random.Random, hand: str):
    """Strokes in a unit box (x 0..1 to the right, y 0..1 downwards)."""
    J = lambda a: rng.uniform(-a, a)
    S = []
    if hand == "flourish":   # big looped capital, cursive humps, long return underline
        cap = [(0.05, 0.75), (0.10, 0.15 + J(.05)), (0.16, 0.05), (0.22, 0.3), (0.13, 0.55), (0.06, 0.48), (0.2, 0.42), (0.3, 0.55)]
        hum = []
        x = 0.3
        n = rng.randint(5, 8)
        for i in range(n):
            x += 0.55 / n
            hum += [(x - 0.03, 0.42 + J(.06)), (x, 0.62 + J(.05)), (x + 0.02, 0.36 + J(.1))]
        tail = [(0.9, 0.5), (0.95, 0.72), (0.6, 0.86 + J(.04)), (0.25, 0.9), (0.08, 0.83)]
        S.append(cap + hum + tail)
    elif hand == "initials":  # short: two letters and a stroke
        # a tall looped stroke, a hooked second letter run into a small loop, then a quick tick
        a = [(0.06, 0.78), (0.16, 0.5), (0.3, 0.08 + J(.05)), (0.24, 0.05), (0.17, 0.3), (0.2, 0.82 + J(.04)),
             (0.3, 0.6), (0.4, 0.55)]
        b = [(0.45, 0.3), (0.55, 0.18 + J(.05)), (0.58, 0.55), (0.5, 0.9), (0.42, 0.78), (0.6, 0.62), (0.72, 0.66),
             (0.68, 0.5), (0.76, 0.58)]
        c = [(0.8, 0.8 + J(.05)), (0.97, 0.35 + J(.1))]
        S += [a, b, c]
    elif hand == "zigzag":  # fast illegible zigzag rising, hook end
        pts = [(0.02, 0.7)]
        x = 0.02
        up = True
        while x < 0.85:
            x += rng.uniform(0.03, 0.07)
            pts.append((x, (0.25 if up else 0.75) - x * 0.25 + J(.08)))
            up = not up
        pts += [(0.92, 0.2), (0.98, 0.35), (0.9, 0.45)]
        S.append(pts)
    elif hand == "coil":   # overlapping loops (prolate cycloid) and a slash
        pts = []
        for t in np.linspace(0, 5.2 * math.pi, 26):
            pts.append((0.05 + 0.052 * t - 0.05 * math.sin(t), 0.5 + 0.3 * math.cos(t) + J(.03)))
        S.append(pts)
        S.append([(0.15, 0.92), (0.55, 0.78 + J(.05)), (0.98, 0.62)])
    elif hand == "upright":  # careful upright name-like signature with dot
        pts = [(0.05, 0.3), (0.06, 0.85), (0.1, 0.4), (0.2, 0.3), (0.18, 0.6), (0.08, 0.62)]
        x = 0.24
        for i in range(rng.randint(4, 6)):
            pts += [(x, 0.62), (x + 0.04, 0.45 + J(.05)), (x + 0.08, 0.64)]
            x += 0.11
        S.append(pts)
        S.append([(x - 0.05, 0.25), (x - 0.04, 0.26)])
        S.append([(0.03, 0.9), (x + 0.05, 0.88 + J(.05))])
    elif hand == "steep":  # tall steep loops leaning right, short
        pts = [(0.02, 0.9)]
        x = 0.02
        for i in range(rng.randint(3, 5)):
            pts += [(x + 0.12, 0.05 + J(.05)), (x + 0.06, 0.2), (x + 0.14, 0.9 + J(.04))]
            x += 0.18
        pts += [(x + 0.1, 0.5), (x + 0.2, 0.55)]
        S.append(pts)
    elif hand == "lasso":  # a name-like run enclosed by one big loop returning through it
        pts = [(0.12, 0.55)]
        x = 0.12
        for i in range(rng.randint(4, 6)):
            pts += [(x + 0.05, 0.35 + J(.06)), (x + 0.09, 0.62 + J(.05))]
            x += 0.1
        pts += [(x + 0.08, 0.45), (0.95, 0.2), (0.7, 0.04), (0.25, 0.08), (0.03, 0.4), (0.1, 0.88),
                (0.6, 0.95 + J(.03)), (0.97, 0.7)]
        S.append(pts)
    elif hand == "wave":  # descending waves, a short cross stroke and a final dot
        pts = []
        for k, t in enumerate(np.linspace(0, 1, 14)):
            pts.append((0.04 + 0.86 * t, 0.25 + 0.45 * t + (0.16 if k % 2 else -0.12) + J(.04)))
        S.append(pts)
        S.append([(0.3, 0.5 + J(.05)), (0.55, 0.42)])
        S.append([(0.95, 0.9), (0.955, 0.905)])
    elif hand == "bigloop":  # round 10: two big ovals run together, a small tail and an underline dot
        pts = []
        for k, t in enumerate(np.linspace(0, 4 * math.pi, 30)):
            pts.append((0.22 + 0.18 * math.sin(t) + 0.045 * t, 0.5 - 0.38 * math.cos(t) * (0.8 if k > 14 else 1) + J(.02)))
        pts += [(0.9, 0.55), (0.97, 0.4)]
        S.append(pts)
        S.append([(0.1, 0.95), (0.85, 0.9 + J(.03))])
    elif hand == "ladder":  # round 10: compressed vertical strokes (m/n humps) ending in a long descender
        pts = [(0.03, 0.6)]
        x = 0.03
        for i in range(rng.randint(7, 10)):
            pts += [(x + 0.02, 0.3 + J(.05)), (x + 0.045, 0.62 + J(.03))]
            x += 0.06
        pts += [(x + 0.05, 0.35), (x + 0.03, 0.98), (x - 0.05, 0.8), (x + 0.2, 0.6)]
        S.append(pts)
    elif hand == "hook":  # round 10: a capital with a hook, then a long nearly straight line rising to the right
        S.append([(0.08, 0.2), (0.12, 0.85), (0.05, 0.7), (0.2, 0.45), (0.3, 0.5), (0.25, 0.62)])
        S.append([(0.3, 0.65), (0.55, 0.55 + J(.04)), (0.8, 0.42 + J(.04)), (0.97, 0.3), (0.93, 0.45)])
    elif hand == "spiral":  # round 10: a tight spiral start unwinding into a wave
        pts = []
        for t in np.linspace(0, 3 * math.pi, 20):
            r = 0.03 + 0.025 * t
            pts.append((0.2 + r * math.cos(t) * 0.7, 0.5 + r * math.sin(t)))
        for k, t in enumerate(np.linspace(0, 1, 9)):
            pts.append((0.45 + 0.5 * t, 0.5 + (0.15 if k % 2 else -0.1) + J(.04)))
        S.append(pts)
    else:
        raise ValueError(hand)
    return S


def signature(rng: random.Random, hand: str, pen: str, w_mm: float, h_mm: float, dpi=(200, 200), slant=None):
    """RGBA image of a handwritten signature (transparent background)."""
    rgb, bw, grain, uniform = PENS[pen]
    SS = 3
    W = int(w_mm / 25.4 * dpi[0] * SS)
    H = int(h_mm / 25.4 * dpi[1] * SS)
    alpha = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(alpha)
    slant = rng.uniform(-0.25, 0.35) if slant is None else slant
    wpx = bw / 25.4 * dpi[1] * SS
    for stroke in _hand_strokes(rng, hand):
        p = _catmull([(x + rng.uniform(-0.01, 0.01), y + rng.uniform(-0.015, 0.015)) for x, y in stroke], n=22)
        xs = (p[:, 0] + slant * (0.5 - p[:, 1])) * 0.9 + 0.05
        ys = p[:, 1] * 0.84 + 0.08
        X = xs * W
        Y = ys * H
        n = len(X)
        # resample densely
        seg = np.hypot(np.diff(X), np.diff(Y))
        L = np.concatenate([[0], np.cumsum(seg)])
        m = max(2, int(L[-1] / (wpx * 0.25 + 1)))
        t = np.linspace(0, L[-1], m)
        X = np.interp(t, L, X)
        Y = np.interp(t, L, Y)
        s = t / max(L[-1], 1)
        if uniform:
            r = np.full(m, wpx / 2)
        else:
            press = np.clip(np.sin(np.pi * np.clip(s * 1.15, 0, 1)) ** 0.5, 0.25, 1)
            wob = 1 + 0.25 * np.sin(s * rng.uniform(8, 20) + rng.uniform(0, 6))
            r = wpx / 2 * press * wob
        for xi, yi, ri in zip(X, Y, r):
            d.ellipse([xi - ri, yi - ri, xi + ri, yi + ri], fill=255)
    a = np.asarray(alpha, dtype=np.float32) / 255.0
    if grain > 0:
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        g = nrng.random(a.shape).astype(np.float32)
        a = a * np.clip(1 - grain * g * 1.2, 0.25, 1)
    img = Image.fromarray((a * 255).astype(np.uint8)).resize((W // SS, H // SS), Image.LANCZOS)
    out = Image.new("RGBA", img.size, rgb + (0,))
    out.putalpha(img)
    return out


def _arc_text(layer: Image.Image, text, cx, cy, rx, ry, f, start_deg, span_deg, fill, bottom=False):
    """Place characters along an ellipse, centred on start_deg (0 = top, clockwise)."""
    widths = [f.getlength(ch) for ch in text]
    total = sum(widths)
    rm = (rx + ry) / 2
    span = total / rm
    if span_deg:
        track = (math.radians(span_deg) - span) / max(1, len(text) - 1)
    else:
        track = 0
    ang = math.radians(start_deg) - (span + track * (len(text) - 1)) / 2 * (-1 if bottom else 1)
    asc = f.getbbox("Ă")[3]
    for ch, w in zip(text, widths):
        half = (w / rm) / 2
        a = ang + (-half if bottom else half)
        # position on ellipse: angle measured from top, clockwise
        px_ = cx + rx * math.sin(a)
        py_ = cy - ry * math.cos(a)
        if ch.strip():
            g = Image.new("L", (int(w * 1.6) + 4, int(asc * 1.6) + 4), 0)
            ImageDraw.Draw(g).text((g.width / 2 - w / 2, g.height / 2 - asc / 2), ch, font=f, fill=255)
            rot = -math.degrees(a) + (180 if bottom else 0)
            g = g.rotate(rot, resample=Image.BICUBIC, expand=True)
            layer.paste(Image.new("L", g.size, 255), (int(px_ - g.width / 2), int(py_ - g.height / 2)), g)
        ang += (-1 if bottom else 1) * (w / rm + track)


def stamp(rng: random.Random, kind: str, top: str, bottom: str = "", center=(), color="blue", size_mm=38.0,
          dpi=(200, 200), inner_top: str = "", arms=False, faint=1.0, partial=None, rotate=None, double_strike=False,
          rect_lines=(), aspect=1.0, dashed=False, mirror=False, single=False, beaded=False, band="",
          inner_ring="", smear=0.0, fade=None, star=False, ring_font="dsans-b", ring_track=0.0):
    """RGBA stamp impression.

    kind: round | double | oval | rect | rect2.  top/bottom: ring texts.  center: lines in the middle.
    faint: 0..1 ink quantity.  partial: side that did not touch the paper ('left','right','top','bottom').
    """
    SS = 2
    H = int(size_mm / 25.4 * dpi[1] * SS)
    W = int(size_mm * (aspect if kind in ("oval", "rect", "rect2", "hex", "rrect", "octagon") else 1.0) / 25.4 * dpi[0] * SS)
    L = Image.new("L", (W + 8, H + 8), 0)
    d = ImageDraw.Draw(L)
    cx, cy = L.width / 2, L.height / 2
    rx, ry = W / 2 - 2, H / 2 - 2
    lw = max(2, int(H / 55))
    if kind == "hex":  # hexagonal frame, text in lines
        pts = [(cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a))) for a in range(0, 360, 60)]
        d.polygon(pts, outline=255, width=lw * 2)
        inner = [(cx + (rx - lw * 4) * math.cos(math.radians(a)), cy + (ry - lw * 4) * math.sin(math.radians(a)))
                 for a in range(0, 360, 60)]
        d.polygon(inner, outline=255, width=lw)
        lines_ = [top] + list(center) + ([bottom] if bottom else [])
        fh = H * 0.5 / max(3, len(lines_))
        yy = cy - len(lines_) * fh * 1.2 / 2
        for i, s_ in enumerate(lines_):
            fnt = font("dsans-b", fh)
            while fnt.getlength(s_) > W * 0.62 and fh > 6:
                fh *= 0.93
                fnt = font("dsans-b", fh)
            d.text((cx - fnt.getlength(s_) / 2, yy), s_, font=fnt, fill=255)
            yy += fh * 1.2
        kind = "_done"
    if kind == "octagon":  # round 10: octagonal frame, text in lines
        pts = [(cx + rx * math.cos(math.radians(a + 22.5)), cy + ry * math.sin(math.radians(a + 22.5))) for a in range(0, 360, 45)]
        d.polygon(pts, outline=255, width=lw * 2)
        lines_ = [top] + list(center) + ([bottom] if bottom else [])
        fh = H * 0.55 / max(3, len(lines_))
        yy = cy - len(lines_) * fh * 1.2 / 2
        for s_ in lines_:
            fnt = font("dsans-b", fh)
            while fnt.getlength(s_) > W * 0.7 and fh > 6:
                fh *= 0.93
                fnt = font("dsans-b", fh)
            d.text((cx - fnt.getlength(s_) / 2, yy), s_, font=fnt, fill=255)
            yy += fh * 1.2
        kind = "_done"
    if kind == "rrect":  # round 10: rounded rectangle, double frame, lines of text
        d.rounded_rectangle([cx - rx, cy - ry, cx + rx, cy + ry], radius=int(min(rx, ry) * 0.35), outline=255, width=lw * 2)
        o = lw * 3
        d.rounded_rectangle([cx - rx + o, cy - ry + o, cx + rx - o, cy + ry - o], radius=int(min(rx, ry) * 0.3), outline=255, width=lw)
        lines_ = [top] + list(rect_lines)
        fh = H * 0.75 / len(lines_) * 0.66
        for i, s_ in enumerate(lines_):
            while font("dsans-b" if i == 0 else "dsans", fh).getlength(s_) > W * 0.84 and fh > 6:
                fh *= 0.95
        yy = cy - len(lines_) * fh / 0.72 / 2 + fh * 0.2
        for i, s_ in enumerate(lines_):
            fnt = font("dsans-b" if i == 0 else "dsans", fh)
            d.text((cx - fnt.getlength(s_) / 2, yy), s_, font=fnt, fill=255)
            yy += fh / 0.72
        kind = "_done"
    if kind in ("round", "double", "oval", "triple"):
        if beaded:  # round 10: the outer ring is a row of dots
            n = int(2 * math.pi * (rx + ry) / 2 / (lw * 3.2))
            for k in range(n):
                a = 2 * math.pi * k / n
                px_, py_ = cx + (rx - lw) * math.cos(a), cy + (ry - lw) * math.sin(a)
                d.ellipse([px_ - lw * 1.1, py_ - lw * 1.1, px_ + lw * 1.1, py_ + lw * 1.1], fill=255)
        else:
            d.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], outline=255, width=lw * 2)
        off = lw * 3
        if kind == "triple":
            d.ellipse([cx - rx + off, cy - ry + off, cx + rx - off, cy + ry - off], outline=255, width=lw)
            off += lw * 2
        if kind in ("double", "triple"):
            d.ellipse([cx - rx + off, cy - ry + off, cx + rx - off, cy + ry - off], outline=255, width=lw)
            off += lw * 2
        ring_in = H * 0.155
        trx, try_ = rx - off - ring_in * 0.62, ry - off - ring_in * 0.62
        rm = (trx + try_) / 2

        def fit(text, span_deg, start):
            px_ = start
            while px_ > 6 and font(ring_font, px_).getlength(text) * (1 + ring_track) > math.radians(span_deg) * rm * 0.97:
                px_ *= 0.95
            return font(ring_font, px_)
        top_span = 235 if bottom else 320
        fr = fit(top, top_span, ring_in * 0.62)
        _arc_text(L, top, cx, cy, trx, try_, fr, 0, top_span if (len(top) > 12 or ring_track) else 0, 255)
        if bottom:
            fb = fit(bottom, 95, ring_in * 0.62)
            _arc_text(L, bottom, cx, cy, trx + ring_in * 0.05, try_ + ring_in * 0.05, fb, 180, 0, 255, bottom=True)
            for sd in (-1, 1):  # separators
                a = math.radians(180 + sd * 55)
                sx, sy = cx + trx * math.sin(a), cy - try_ * math.cos(a)
                rr = ring_in * 0.14
                d.ellipse([sx - rr, sy - rr, sx + rr, sy + rr], fill=255)
        irx, iry = rx - off - ring_in * 1.05, ry - off - ring_in * 1.05
        if not single:
            d.ellipse([cx - irx, cy - iry, cx + irx, cy + iry], outline=255, width=lw)
        if inner_top:
            fi = font("dsans-b", ring_in * 0.42)
            _arc_text(L, inner_top, cx, cy, irx - ring_in * 0.4, iry - ring_in * 0.4, fi, 0, 200, 255)
        if inner_ring:  # round 10: a second ring of text inside the inner circle, then a third circle
            fi = font("dsans-b", ring_in * 0.5)
            while fi.getlength(inner_ring) > math.radians(300) * (irx - ring_in * 0.45) * 0.97 and fi.size > 6:
                fi = font("dsans-b", fi.size * 0.94)
            _arc_text(L, inner_ring, cx, cy, irx - ring_in * 0.45, iry - ring_in * 0.45, fi, 0, 300, 255)
            irx, iry = irx - ring_in * 0.95, iry - ring_in * 0.95
            d.ellipse([cx - irx, cy - iry, cx + irx, cy + iry], outline=255, width=lw)
        if band:  # round 10: a horizontal band across the centre with a word in it
            bh = iry * 0.34
            d.line([(cx - irx * 0.94, cy - bh), (cx + irx * 0.94, cy - bh)], fill=255, width=lw)
            d.line([(cx - irx * 0.94, cy + bh), (cx + irx * 0.94, cy + bh)], fill=255, width=lw)
            fb_ = font("dsans-b", bh * 1.15)
            while fb_.getlength(band) > irx * 1.7 and fb_.size > 6:
                fb_ = font("dsans-b", fb_.size * 0.94)
            d.text((cx - fb_.getlength(band) / 2, cy - bh * 0.72), band, font=fb_, fill=255)
        if star:
            rr_ = iry * 0.3
            pts = []
            for k in range(10):
                a = -math.pi / 2 + k * math.pi / 5
                r_ = rr_ if k % 2 == 0 else rr_ * 0.42
                pts.append((cx + r_ * math.cos(a), cy - iry * 0.45 + r_ * math.sin(a)))
            d.polygon(pts, fill=255)
        if arms:
            coat_of_arms(d, cx, cy + iry * 0.05, iry * (0.38 if inner_top else 0.5), 255, width=lw)
        if center:
            fs = ring_in * (0.45 if arms else 0.6)
            maxw = max(font("dsans-b", fs).getlength(s) for s in center)
            if maxw > irx * 1.6:
                fs *= irx * 1.6 / maxw
            fc = font("dsans-b", fs)
            step = fs * 1.15
            tot = len(center) * step
            yy = cy - tot / 2 + (iry * 0.5 if arms else 0)
            for s in center:
                tw = fc.getlength(s)
                d.text((cx - tw / 2, yy), s, font=fc, fill=255)
                yy += step
    elif kind != "_done":  # rectangular
        d.rectangle([cx - rx, cy - ry, cx + rx, cy + ry], outline=255, width=lw * 2)
        if kind == "rect2":
            o = lw * 3
            d.rectangle([cx - rx + o, cy - ry + o, cx + rx - o, cy + ry - o], outline=255, width=lw)
        lines = [top] + list(rect_lines)
        n = len(lines)
        fh = H * 0.8 / n * 0.68
        yy = cy - n * fh / 0.72 / 2 + fh * 0.2
        for i, s in enumerate(lines):
            fnt = font("dsans-b" if i == 0 else "dsans", fh)
            while fnt.getlength(s) > W * 0.9 and fh > 6:
                fh *= 0.93
                fnt = font("dsans-b" if i == 0 else "dsans", fh)
            tw = fnt.getlength(s)
            d.text((cx - tw / 2, yy), s, font=fnt, fill=255)
            yy += fh / 0.72
    a = np.asarray(L, dtype=np.float32) / 255.0
    if dashed:  # round 9: the outer ring printed as dashes (12 degree period)
        yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]].astype(np.float32)
        rr = np.sqrt(((xx - cx) / max(rx, 1)) ** 2 + ((yy - cy) / max(ry, 1)) ** 2)
        band = rr > 1 - (lw * 2.6) / max(rx, 1)
        ang = (np.degrees(np.arctan2(yy - cy, xx - cx)) + 360) % 12
        a[band & (ang < 5)] = 0
    if mirror:  # round 9: the impression mirror-imaged (lettering reads backwards)
        a = a[:, ::-1].copy()
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    # rubber texture: smooth blotches and grain
    low = nrng.random((max(2, L.height // 24), max(2, L.width // 24))).astype(np.float32)
    low = np.asarray(Image.fromarray((low * 255).astype(np.uint8)).resize(L.size, Image.BICUBIC), np.float32) / 255.0
    grain = nrng.random(a.shape).astype(np.float32)
    tex = np.clip(0.55 + 0.6 * low - 0.35 * grain, 0, 1)
    a = a * tex * faint
    if partial:
        yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]].astype(np.float32)
        t = {"left": xx / a.shape[1], "right": 1 - xx / a.shape[1], "top": yy / a.shape[0], "bottom": 1 - yy / a.shape[0]}[partial]
        a = a * np.clip((t - 0.18) * 2.2, 0, 1)
    if fade:  # round 10: less ink towards one side (a rocked stamp), never zero
        yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]].astype(np.float32)
        t = {"left": xx / a.shape[1], "right": 1 - xx / a.shape[1], "top": yy / a.shape[0], "bottom": 1 - yy / a.shape[0]}[fade]
        a = a * (0.25 + 0.75 * t)
    # dropouts
    for _ in range(rng.randint(2, 6)):
        r = rng.uniform(0.03, 0.09) * H
        x0, y0 = rng.uniform(0, a.shape[1]), rng.uniform(0, a.shape[0])
        yy, xx = np.ogrid[0:a.shape[0], 0:a.shape[1]]
        a[((xx - x0) ** 2 + (yy - y0) ** 2) < r * r] *= rng.uniform(0.1, 0.5)
    img = Image.fromarray(np.clip(a * 255 * 1.15, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(SS * (0.6 if faint <= 1.0 else 0.6 + 1.4 * (faint - 1.0))))
    if smear:  # round 10: the stamp slid while pressed: a motion trail
        acc = np.asarray(img, np.float32)
        out_ = acc.copy()
        for k in range(1, 6):
            sh = img.transform(img.size, Image.AFFINE, (1, 0, -H * smear * k / 5, 0, 1, H * smear * k / 10))
            out_ = np.maximum(out_, np.asarray(sh, np.float32) * (0.75 - 0.1 * k))
        img = Image.fromarray(out_.astype(np.uint8))
    if double_strike:
        sh = img.transform(img.size, Image.AFFINE, (1, 0, -H * 0.02, 0, 1, H * 0.015))
        img = Image.fromarray(np.maximum(np.asarray(img), (np.asarray(sh) * 0.5).astype(np.uint8)))
    rot = rng.uniform(-25, 25) if rotate is None else rotate
    img = img.rotate(rot, resample=Image.BICUBIC, expand=True)
    img = img.resize((img.width // SS, img.height // SS), Image.LANCZOS)
    rgb = INKS[color]
    out = Image.new("RGBA", img.size, rgb + (0,))
    out.putalpha(img)
    return out


def apply_ink(page_img: Image.Image, ink: Image.Image, cx, cy, strength=1.0):
    """Multiply ink (RGBA) onto an RGB page, centred at (cx, cy) px."""
    x0 = int(cx - ink.width / 2)
    y0 = int(cy - ink.height / 2)
    base = np.asarray(page_img, dtype=np.float32)
    a = np.asarray(ink.getchannel("A"), dtype=np.float32) / 255.0 * strength
    col = np.array(ink.getpixel((0, 0))[:3], dtype=np.float32) / 255.0
    h, w = a.shape
    X0, Y0 = max(0, x0), max(0, y0)
    X1, Y1 = min(base.shape[1], x0 + w), min(base.shape[0], y0 + h)
    if X1 <= X0 or Y1 <= Y0:
        return page_img
    aa = a[Y0 - y0:Y1 - y0, X0 - x0:X1 - x0][..., None]
    region = base[Y0:Y1, X0:X1]
    base[Y0:Y1, X0:X1] = region * (1 - aa * (1 - col))
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def handwriting(page: Page, rng: random.Random, lines, x_mm, y_mm, size_pt=15, pen=(25, 45, 140), line_mm=9.0, fam="free-i", width_mm=None):
    """Lines of 'handwritten' text: per-word drift, size and tilt changes, ink texture."""
    im = page.im
    y = y_mm
    for ln in lines:
        x = x_mm + rng.uniform(-1.5, 1.5)
        base = y + rng.uniform(-0.8, 0.8)
        for w in ln.split():
            sz = size_pt * rng.uniform(0.92, 1.1)
            f = font(fam, page.fpx(sz))
            tw = f.getlength(w) + 8
            g = Image.new("L", (int(tw) + 12, int(page.fpx(sz) * 1.6)), 0)
            ImageDraw.Draw(g).text((4, 2), w, font=f, fill=255)
            g = g.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, expand=True)
            X, Y = page.px(x, base)
            col = Image.new("RGBA", g.size, pen + (0,))
            ga = np.asarray(g, np.float32) * rng.uniform(0.8, 1.0)
            col.putalpha(Image.fromarray(ga.astype(np.uint8)))
            page.im = im = apply_ink(im, col, X + g.width / 2, Y + g.height / 2)
            x += (f.getlength(w) + f.getlength(" ") * rng.uniform(0.9, 1.6)) / page.dx * 25.4
            base += rng.uniform(-0.35, 0.35)
        y += line_mm
    page.d = ImageDraw.Draw(page.im)
    return y


def ruled_paper(page: Page, step_mm=8.0, color=(170, 190, 225), margin=True, squares=False):
    d = page.d
    y = 20.0
    while y < 290:
        a = page.px(0, y)
        b = page.px(page.wmm, y)
        d.line([a, b], fill=color, width=1)
        y += step_mm if not squares else 5.0
    if squares:
        x = 5.0
        while x < page.wmm:
            d.line([page.px(x, 0), page.px(x, 297)], fill=color, width=1)
            x += 5.0
    if margin:
        d.line([page.px(25, 0), page.px(25, 297)], fill=(225, 140, 140), width=2)


# ---------------------------------------------------------------- wear


def fax_page(img: Image.Image, rng: random.Random, header: str, fine=True, dither=False, skew=None, streaks=1, noise=0.0006,
             header_font="lmono", threshold=150):
    """A fax page: 1728 px line at 204 dpi, 196 or 98 lines per inch, bilevel, with the sender's header line."""
    g = img.convert("L")
    d = ImageDraw.Draw(g)
    f = font(header_font, 26)
    d.rectangle([0, 0, g.width, 40], fill=255)
    d.text((18, 8), header, font=f, fill=0)
    sk = rng.uniform(-0.6, 0.6) if skew is None else skew
    g = g.rotate(sk, resample=Image.BICUBIC, fillcolor=255)
    if not fine:
        g = g.resize((g.width, g.height // 2), Image.BOX)
    a = np.asarray(g, np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    for _ in range(streaks):
        x = nrng.integers(100, g.width - 100)
        a[:, x:x + 1] = 255  # a dirty scanner element: a thin white line down the page
    if dither:
        bw = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("1")  # Floyd-Steinberg
    else:
        bw = Image.fromarray(((a > threshold) * 255).astype(np.uint8)).convert("1", dither=Image.Dither.NONE)
    b = np.asarray(bw).copy()
    m = nrng.random(b.shape) < noise
    b[m] = ~b[m]
    return Image.fromarray(b)


def scan_page(img: Image.Image, rng: random.Random, grey=False, skew=None, falloff=0.08, noise=3.0, yellow=0.0, fold=False, holes=False):
    sk = rng.uniform(-0.9, 0.9) if skew is None else skew
    im = img.rotate(sk, resample=Image.BICUBIC, fillcolor=(246, 246, 244))
    a = np.asarray(im, np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 1 - falloff * ((xx / w - 0.5) ** 2 * 2 + (yy / h - 0.5) ** 2)
    a = a * light[..., None]
    if yellow:
        a = a * np.array([1.0, 0.985, 1 - yellow], np.float32)
    if fold:
        fy = int(h * rng.uniform(0.32, 0.36))
        a[fy - 2:fy + 3] *= 0.88
        a[fy + 3:fy + 12] *= 0.96
    if holes:
        for fy in (0.38, 0.62):
            cy, cx, r = int(h * fy), int(w * 0.035), int(w * 0.018)
            a[(yy - cy) ** 2 + (xx - cx) ** 2 < r * r] = 70
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, noise, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(0.45))
    return out.convert("L") if grey else out


def _persp_coeffs(src, dst):
    # coefficients mapping output (dst) points to input (src) points, for Image.transform PERSPECTIVE
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(img: Image.Image, rng: random.Random, out_w=1500, out_h=2000, table=(120, 84, 52), shade=0.5):
    """A phone photo of the page lying on a table: perspective, shading, blur."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    bg = np.zeros((out_h, out_w, 3), np.float32) + np.array(table, np.float32)
    stripes = np.sin(np.linspace(0, 40, out_w) + nrng.normal(0, 0.2, out_w).cumsum() * 0.05)[None, :, None] * 10
    bg = bg + stripes + nrng.normal(0, 4, (out_h, out_w, 1))
    base = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    J = lambda: rng.uniform(-1, 1)
    m = 0.07
    dst = [(out_w * (m + 0.03 * J()), out_h * (m + 0.02 * J())), (out_w * (1 - m + 0.03 * J()), out_h * (m + 0.04 + 0.02 * J())),
           (out_w * (1 - m * 0.6 + 0.02 * J()), out_h * (1 - m + 0.02 * J())), (out_w * (m * 1.4 + 0.02 * J()), out_h * (1 - m * 0.7))]
    src = [(0, 0), (img.width, 0), (img.width, img.height), (0, img.height)]
    co = _persp_coeffs(src, dst)
    warped = img.convert("RGB").transform((out_w, out_h), Image.PERSPECTIVE, co, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", img.size, 255).transform((out_w, out_h), Image.PERSPECTIVE, co, resample=Image.BILINEAR, fillcolor=0)
    base.paste(warped, (0, 0), mask)
    a = np.asarray(base, np.float32)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = (xx / out_w - 0.5) * math.cos(ang) + (yy / out_h - 0.5) * math.sin(ang)
    light = 1 - shade * np.clip(g + 0.5, 0, 1) ** 1.5
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)  # warm light
    a = a + nrng.normal(0, 3, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    return out



def facsimile_signature(rng: random.Random, hand: str, w_mm: float, h_mm: float, dpi=(200, 200), color="violet"):
    """Round 10: a signature made by a rubber FACSIMILE stamp: the strokes of a hand, uniform width, in stamp ink
    with rubber texture (no pressure, no pen grain), identical every time it is struck."""
    rgb = INKS[color]
    sig = signature(random.Random(hand + "-facsimile"), hand, "felt_black", w_mm, h_mm, dpi=dpi, slant=0.15)
    a = np.asarray(sig.getchannel("A"), np.float32) / 255.0
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    low = nrng.random((max(2, a.shape[0] // 12), max(2, a.shape[1] // 12))).astype(np.float32)
    low = np.asarray(Image.fromarray((low * 255).astype(np.uint8)).resize((a.shape[1], a.shape[0]), Image.BICUBIC),
                     np.float32) / 255.0
    a = a * np.clip(0.5 + 0.6 * low - 0.3 * nrng.random(a.shape).astype(np.float32), 0, 1)
    out = Image.new("RGBA", sig.size, rgb + (0,))
    out.putalpha(Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7)))
    return out



def as_printed(ink: Image.Image, color=(30, 30, 34), jpeg_quality=None, threshold=70, dot_dpi=None):
    """Round 11: the same shape as laser TONER: one flat colour, hard edges (no rubber texture, no pen pressure);
    optionally first degraded by JPEG (a signature scanned once, pasted into a document and printed)."""
    import io as _io
    a = ink.getchannel("A")
    if jpeg_quality:
        g = Image.new("L", a.size, 255)
        g.paste(0, (0, 0), a)
        b = _io.BytesIO()
        g.save(b, "JPEG", quality=jpeg_quality)
        g = Image.open(_io.BytesIO(b.getvalue())).convert("L")
        a = g.point(lambda v: 255 - v)
    a = a.point(lambda v: 235 if v > threshold else 0)
    out = Image.new("RGBA", ink.size, color + (0,))
    out.putalpha(a)
    return out


def halftone(img: Image.Image, period=4, strength=0.55, seed=7):
    """Round 11: a colour copier's screen: every non-white area broken into a regular dot pattern, colours
    slightly shifted; white stays white."""
    a = np.asarray(img.convert("RGB"), np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out = a.copy()
    for ch, ang in zip(range(3), (15, 75, 45)):
        t = math.radians(ang)
        u = (xx * math.cos(t) + yy * math.sin(t)) / period
        v = (-xx * math.sin(t) + yy * math.cos(t)) / period
        screen = (np.cos(2 * math.pi * u) * np.cos(2 * math.pi * v) + 1) / 2  # 0..1
        dark = 1 - a[..., ch] / 255.0
        on = dark > screen * (1 - strength) + strength * 0.5 * (1 - dark)
        out[..., ch] = np.where(dark > 0.04, np.where(on, a[..., ch] * 0.8, 255 - (255 - a[..., ch]) * 0.35), a[..., ch])
    rng = np.random.default_rng(seed)
    out += rng.normal(0, 2.0, out.shape[:2])[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
