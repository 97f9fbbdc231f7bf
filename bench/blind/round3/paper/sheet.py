"""Page layout for round 3's paper letters: blocks flowed onto A4 pages at
200 dpi, with the places where ink goes (anchors) recorded.

A letter is a list of blocks (tuples):
  ("lines", [str], {"align": "left|center|right", "bold": bool, "size": px, "x": px})
  ("twocol", [left str], [right str], {})
  ("gap", px)
  ("title", str, {})
  ("para", str, {"indent": bool, "justify": bool})
  ("list", [str], {"marker": "{n}.", "indent": px})
  ("sig", [str], {"align": "right|left|center", "name": key})   -> anchor `key`
  ("anchor", key)                                            -> anchor at the cursor
  ("pagebreak",)
Options of the whole letter: font family, size, ruled paper, handwriting.
"""
from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont

import penstamp as ps

W, H = 1654, 2339  # A4 at 200 dpi
FD = "/usr/share/fonts/truetype/"
FAMILIES = {
    "times": (FD + "liberation/LiberationSerif-Regular.ttf", FD + "liberation/LiberationSerif-Bold.ttf"),
    "freeserif": (FD + "freefont/FreeSerif.ttf", FD + "freefont/FreeSerifBold.ttf"),
    "dejaserif": (FD + "dejavu/DejaVuSerifCondensed.ttf", FD + "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "arial": (FD + "liberation/LiberationSans-Regular.ttf", FD + "liberation/LiberationSans-Bold.ttf"),
    "narrow": (FD + "liberation/LiberationSansNarrow-Regular.ttf", FD + "liberation/LiberationSansNarrow-Bold.ttf"),
    "freesans": (FD + "freefont/FreeSans.ttf", FD + "freefont/FreeSansBold.ttf"),
    "mono": (FD + "liberation/LiberationMono-Regular.ttf", FD + "liberation/LiberationMono-Bold.ttf"),
    "courier": (FD + "freefont/FreeMono.ttf", FD + "freefont/FreeMonoBold.ttf"),
    "hand": (FD + "dejavu/DejaVuSansCondensed-Oblique.ttf", FD + "dejavu/DejaVuSansCondensed-BoldOblique.ttf"),
    "handserif": (FD + "freefont/FreeSerifItalic.ttf", FD + "freefont/FreeSerifBoldItalic.ttf"),
}

_cache: dict = {}


def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    k = (path, size)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(path, size)
    return _cache[k]


def roman(n: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][n]


class Page:
    def __init__(self, paper: str = "plain", rng=None):
        self.im = Image.new("RGB", (W, H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.im)
        if paper == "ruled":
            for y in range(260, H - 120, 62):
                self.d.line([(0, y), (W, y)], fill=(170, 190, 225), width=2)
            self.d.line([(190, 0), (190, H)], fill=(230, 150, 150), width=2)
        elif paper == "squared":
            for y in range(0, H, 50):
                self.d.line([(0, y), (W, y)], fill=(200, 210, 230), width=1)
            for x in range(0, W, 50):
                self.d.line([(x, 0), (x, H)], fill=(200, 210, 230), width=1)
        self.ink: list = []  # (alpha, x, y, colour)


class Letter:
    def __init__(self, rng, family="times", size=32, margin=(170, 150, 170, 150), paper="plain",
                 hand=False, text_colour=(0, 0, 0), line=1.28, footer=None, page_numbers=False):
        self.rng = rng
        self.reg, self.bold = FAMILIES[family]
        self.size = size
        self.ml, self.mt, self.mr, self.mb = margin
        self.paper = paper
        self.hand = hand
        self.colour = text_colour
        self.line = line
        self.footer = footer
        self.page_numbers = page_numbers
        self.pages: list[Page] = []
        self.anchors: dict = {}
        self._new_page()

    # ------------------------------------------------------------ basics
    def _new_page(self):
        self.pages.append(Page(self.paper, self.rng))
        self.y = self.mt
        if self.paper == "ruled":
            self.y = 260 - int(self.size * 1.0)

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def lh(self, size=None):
        if self.paper == "ruled":
            return 62
        return int((size or self.size) * self.line)

    def _ensure(self, h):
        if self.y + h > H - self.mb:
            self._new_page()

    def _draw(self, x, y, text, f, colour=None):
        colour = colour or self.colour
        if not self.hand:
            self.page.d.text((x, y), text, font=f, fill=colour)
            return f.getlength(text)
        # handwriting-like: each word jittered, slight baseline wave
        cx = x
        for word in text.split(" "):
            dy = self.rng.normal(0, 1.6)
            sc = self.rng.uniform(0.96, 1.05)
            ff = font(f.path, max(8, int(f.size * sc)))
            self.page.d.text((cx, y + dy), word, font=ff, fill=colour)
            cx += ff.getlength(word + " ") * self.rng.uniform(0.98, 1.06)
        return cx - x

    def width(self):
        return W - self.ml - self.mr

    def wrap(self, text, f, width):
        words = text.split()
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if f.getlength(t) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    # ------------------------------------------------------------ blocks
    def lines(self, items, align="left", bold=False, size=None, x=None, colour=None, underline=False):
        f = font(self.bold if bold else self.reg, size or self.size)
        for t in items:
            self._ensure(self.lh(size))
            tw = f.getlength(t)
            if align == "center":
                xx = (W - tw) / 2
            elif align == "right":
                xx = W - self.mr - tw
            else:
                xx = self.ml if x is None else x
            self._draw(xx, self.y, t, f, colour)
            if underline:
                yy = self.y + f.size * 1.1
                self.page.d.line([(xx, yy), (xx + tw, yy)], fill=colour or self.colour, width=2)
            self.y += self.lh(size)

    def twocol(self, left, right, bold_left=True, size=None, right_x=None):
        f = font(self.bold if bold_left else self.reg, size or self.size)
        fr = font(self.reg, size or self.size)
        y0 = self.y
        for t in left:
            self._draw(self.ml, self.y, t, f)
            self.y += self.lh(size)
        y1 = self.y
        self.y = y0
        for t in right:
            xx = right_x if right_x else W - self.mr - fr.getlength(t)
            self._draw(xx, self.y, t, fr)
            self.y += self.lh(size)
        self.y = max(self.y, y1)

    def boxed(self, items, x, width, size=None):
        """A framed box (registration number box) at x, current y."""
        f = font(self.reg, size or self.size)
        y0 = self.y
        for t in items:
            self._draw(x + 14, self.y + 8, t, f)
            self.y += self.lh(size)
        self.page.d.rectangle([x, y0, x + width, self.y + 14], outline=(0, 0, 0), width=2)
        self.y += 20

    def gap(self, px):
        self.y += px

    def title(self, text, size=None, spaced=False):
        f = font(self.bold, size or int(self.size * 1.15))
        t = " ".join(text) if spaced else text
        self._ensure(self.lh(size) * 2)
        self._draw((W - f.getlength(t)) / 2, self.y, t, f)
        self.y += int(self.lh(size) * 1.5)

    def para(self, text, indent=True, justify=True, size=None, left=None, bold=False):
        f = font(self.bold if bold else self.reg, size or self.size)
        x0 = self.ml if left is None else left
        width = W - self.mr - x0
        ind = int(self.size * 2.2) if indent else 0
        lines = self.wrap(text, f, width - ind)
        # rewrap after the first line with full width
        if ind and len(lines) > 1:
            first = lines[0]
            rest = self.wrap(text[len(first):].strip(), f, width)
            lines = [first] + rest
        for i, ln in enumerate(lines):
            self._ensure(self.lh(size))
            xx = x0 + (ind if i == 0 else 0)
            avail = width - (ind if i == 0 else 0)
            words = ln.split(" ")
            if justify and i < len(lines) - 1 and len(words) > 1 and not self.hand:
                total = sum(f.getlength(w) for w in words)
                space = (avail - total) / (len(words) - 1)
                cx = xx
                for w in words:
                    self.page.d.text((cx, self.y), w, font=f, fill=self.colour)
                    cx += f.getlength(w) + space
            else:
                self._draw(xx, self.y, ln, f)
            self.y += self.lh(size)
        self.y += int(self.size * 0.35) if self.paper != "ruled" else 0

    def items(self, items, marker="{n}.", indent=60, hang=50, size=None):
        f = font(self.reg, size or self.size)
        letters = "abcdefghijklmnopqrstuvwxyz"
        for i, it in enumerate(items):
            m = marker.format(n=i + 1, a=letters[i], r=roman(i + 1).lower(), R=roman(i + 1))
            lines = self.wrap(it, f, self.width() - indent - hang)
            self._ensure(self.lh(size))
            self._draw(self.ml + indent, self.y, m, f)
            for j, ln in enumerate(lines):
                self._ensure(self.lh(size))
                self._draw(self.ml + indent + hang, self.y, ln, f)
                self.y += self.lh(size)
        self.y += int(self.size * 0.35)

    def sig(self, items, align="right", key="sig", bold_first=False, size=None, space_after=150, x=None):
        """A signature block: function, rank, name; the anchor is the box
        under / around the lines where a hand would sign."""
        need = self.lh(size) * len(items) + space_after
        self._ensure(need)
        f = font(self.reg, size or self.size)
        fb = font(self.bold, size or self.size)
        widths = [(fb if (bold_first and i == 0) else f).getlength(t) for i, t in enumerate(items)]
        bw = max(widths) if widths else 300
        if x is not None:
            cx = x + bw / 2
        elif align == "right":
            cx = W - self.mr - max(bw, 420) / 2
        elif align == "left":
            cx = self.ml + max(bw, 420) / 2
        else:
            cx = W / 2
        y0 = self.y
        for i, t in enumerate(items):
            ff = fb if (bold_first and i == 0) else f
            self._draw(cx - ff.getlength(t) / 2, self.y, t, ff)
            self.y += self.lh(size)
        self.anchors[key] = {"page": len(self.pages) - 1, "cx": cx, "top": y0, "bottom": self.y, "w": bw}
        self.y += space_after

    def anchor(self, key, x=None):
        self.anchors[key] = {"page": len(self.pages) - 1, "cx": x or W / 2, "top": self.y, "bottom": self.y, "w": 0}

    def pagebreak(self):
        self._new_page()

    # ------------------------------------------------------------ ink
    def put_ink(self, page, alpha, x, y, colour):
        self.pages[page].ink.append((alpha, int(x), int(y), colour))

    def finish(self):
        """Footers and page numbers, then the ink composed over the text."""
        out = []
        n = len(self.pages)
        for i, p in enumerate(self.pages):
            f = font(self.reg, int(self.size * 0.7))
            if self.footer:
                t = self.footer
                p.d.line([(self.ml, H - 120), (W - self.mr, H - 120)], fill=(90, 90, 90), width=1)
                p.d.text(((W - f.getlength(t)) / 2, H - 108), t, font=f, fill=(60, 60, 60))
            if self.page_numbers and n > 1:
                t = f"{i + 1}/{n}"
                p.d.text((W - self.mr - f.getlength(t), H - 80), t, font=f, fill=(0, 0, 0))
            a = np.asarray(p.im, dtype=np.float32) / 255.0
            a = a.copy()
            for alpha, x, y, col in p.ink:
                compose(a, alpha, x, y, col)
            out.append(a)
        return out


def compose(page: np.ndarray, alpha: np.ndarray, x: int, y: int, colour):
    """Ink over paper: subtractive (darkens, never lightens)."""
    col = np.array(ps.INKS[colour] if isinstance(colour, str) else colour, dtype=np.float32)
    h, w = alpha.shape
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(page.shape[1], x + w), min(page.shape[0], y + h)
    if x1 <= x0 or y1 <= y0:
        return
    a = alpha[y0 - y:y1 - y, x0 - x:x1 - x, None]
    reg = page[y0:y1, x0:x1]
    reg[:] = reg * (1 - a * (1 - col))
