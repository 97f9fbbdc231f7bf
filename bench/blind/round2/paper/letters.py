"""Letter renderer for the round-2 paper half: a small block language
(headings, registration boxes, paragraphs, lists, signature blocks with ink,
stamps, page breaks, footers) rendered onto clean 200 dpi A4 pages.

Written blind (no product code read)."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from inkdraw import (A4, INK, STAMP_INK, F, Page, apply_mask, signature_mask, stamp_mask,
                     zigzag_mask, smooth_noise)

BOTTOM = 200  # bottom margin in px


def _stamp(rng, st):
    kw = {k: v for k, v in st.items() if k in (
        "shape", "top", "bottom", "centre", "centre_lines", "diameter", "ratio", "rings", "font",
        "texture", "rotation", "faint", "partial", "lines")}
    return stamp_mask(rng, **kw)


def place_stamp(page: Page, rng, st, cx, cy):
    m = _stamp(rng, st)
    colour = STAMP_INK[st.get("colour", "blue")]
    if st.get("pasted"):
        _paste_photocopied(page, rng, m, cx, cy, st)
    else:
        page.apply(m, colour, cx, cy)


def _paste_photocopied(page: Page, rng, m, cx, cy, st):
    """A photocopy of a stamp cut out and glued on: grey halftone ink on a
    slightly darker scrap of paper, crooked, with a visible edge and shadow."""
    h, w = m.shape
    pad = 14
    scrap = np.full((h + 2 * pad, w + 2 * pad), 228.0, dtype=np.float32)
    scrap *= smooth_noise(rng, w + 2 * pad, h + 2 * pad, cells=4, lo=0.95, hi=1.0)
    # halftone: threshold the ink against a dot screen
    yy, xx = np.mgrid[0:h, 0:w]
    screen = (np.sin(xx * 0.9) * np.sin(yy * 0.9) + 1) / 2
    dots = (m > screen * 0.8 + 0.1).astype(np.float32)
    scrap[pad:pad + h, pad:pad + w] *= 1 - 0.78 * dots
    scrap += rng.normal(0, 6, scrap.shape)
    im = Image.fromarray(np.clip(scrap, 0, 255).astype(np.uint8), "L")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, im.width - 1, im.height - 1], outline=150, width=2)
    ang = st.get("paste_angle", rng.uniform(6, 11))
    rgba = im.convert("RGBA").rotate(ang, resample=Image.BICUBIC, expand=True)
    # shadow on the lower right edge
    alpha = rgba.split()[3]
    shadow = Image.new("RGBA", rgba.size, (60, 60, 60, 0))
    shadow.putalpha(alpha.point(lambda v: int(v * 0.35)).filter(ImageFilter.GaussianBlur(4)))
    x0, y0 = int(cx - rgba.width / 2), int(cy - rgba.height / 2)
    base = page.img.convert("RGBA")
    base.alpha_composite(shadow, (x0 + 5, y0 + 6))
    base.alpha_composite(rgba, (x0, y0))
    page.img.paste(base.convert("RGB"))
    page.d = ImageDraw.Draw(page.img)


def place_signature(page: Page, rng, sg, cx, cy):
    if sg.get("zigzag"):
        m = zigzag_mask(rng, int(sg.get("w", 260)), int(sg.get("h", 60)))
    else:
        m = signature_mask(rng, sg.get("w", 330), sg.get("h", 120), pen=sg.get("pen", 3.0), hand=sg.get("hand"))
    page.apply(m, INK[sg.get("colour", "blue")], cx, cy)


class Letter:
    """Renders blocks onto pages. Fonts: base (regular) and bold keys, size in pt."""

    def __init__(self, rng, base="serif", bold="serif-b", pt=11.5, ml=190, mr=150, top=150,
                 footer=None, cont=None, spacing=1.32):
        self.rng = rng
        self.base, self.bold, self.pt = base, bold, pt
        self.ml, self.mr, self.top = ml, mr, top
        self.footer = footer
        self.cont = cont  # text for the top of continuation pages ("{n}" = page number)
        self.spacing = spacing
        self.pages: list[Page] = []
        self.new_page()

    # ---- pages
    def new_page(self):
        p = Page(self.rng, ml=self.ml, mr=self.mr, top=self.top)
        self.pages.append(p)
        n = len(self.pages)
        if n > 1 and self.cont:
            p.line(self.cont.format(n=n), F(self.base, self.pt - 2), align="right")
            p.gap(60)
        return p

    @property
    def p(self) -> Page:
        return self.pages[-1]

    def need(self, px):
        if self.p.y + px > A4[1] - BOTTOM:
            self.new_page()

    def f(self, bold=False, dpt=0.0, key=None):
        return F(key or (self.bold if bold else self.base), self.pt + dpt)

    # ---- blocks
    def run(self, blocks):
        for b in blocks:
            getattr(self, "b_" + b[0])(*b[1:])
        self.finish()
        return self

    def finish(self):
        if self.footer:
            for i, p in enumerate(self.pages):
                f = F(self.base, 8)
                y = A4[1] - 120
                p.d.line([(p.ml, y - 10), (p.right, y - 10)], fill=(0, 0, 0), width=1)
                for k, s in enumerate(self.footer):
                    s = s.format(n=i + 1, N=len(self.pages))
                    p.d.text((p.ml + (p.width - f.getlength(s)) / 2, y + k * 26), s, font=f, fill=(0, 0, 0))

    def b_gap(self, px):
        self.p.gap(px)

    def b_break(self):
        self.new_page()

    def b_lines(self, lines, align="left", bold=False, dpt=0.0, x=None, key=None, spacing=1.25, underline=False):
        for s in lines:
            b = bold
            fk = key
            d = dpt
            if isinstance(s, tuple):
                s, b = s[0], s[1]
                if len(s) > 2:
                    pass
            self.need(int(self.f(b, d, fk).size * spacing))
            self.p.line(s, self.f(b, d, fk), align=align, x=x, spacing=spacing, underline=underline)

    def b_head_box(self, left, box, bold_left=True, dpt=0.0, box_dpt=-0.5, box_w=None, box_x=None):
        """Heading block on the left, a framed registration box top-right."""
        y0 = self.p.y
        fb = self.f(True, box_dpt)
        bw = box_w or int(max(fb.getlength(s) for s in box) + 40)
        bx = box_x if box_x is not None else self.p.right - bw
        bb = self.p.box(bx, y0, box, fb, pad=18, width=bw)
        for s in left:
            b = bold_left
            if isinstance(s, tuple):
                s, b = s
            self.p.line(s, self.f(b, dpt), spacing=1.22)
        self.p.y = max(self.p.y, bb[3] + 10)

    def b_head_two(self, left, right, dpt=0.0, right_x=None):
        """Two heading columns (institution left, address/number right)."""
        y0 = self.p.y
        rx = right_x or (self.p.ml + int(self.p.width * 0.58))
        for s in right:
            b = False
            if isinstance(s, tuple):
                s, b = s
            self.p.line(s, self.f(b, dpt - 1), x=rx, spacing=1.2)
        y1 = self.p.y
        self.p.y = y0
        for s in left:
            b = True
            if isinstance(s, tuple):
                s, b = s
            self.p.line(s, self.f(b, dpt), spacing=1.22, width=int(self.p.width * 0.56))
        self.p.y = max(self.p.y, y1)

    def b_rule(self, w=2):
        self.p.hrule(w=w)
        self.p.gap(14)

    def b_p(self, text, first=70, align="justify", bold=False, dpt=0.0, x=None):
        f = self.f(bold, dpt)
        # split long paragraphs over pages line by line
        words = text.split()
        width = self.p.right - (x or self.p.ml)
        lines, cur, ind = [], [], first
        for w in words:
            t = " ".join(cur + [w])
            if cur and f.getlength(t) > width - ind:
                lines.append((ind, " ".join(cur)))
                cur, ind = [w], 0
            else:
                cur.append(w)
        if cur:
            lines.append((ind, " ".join(cur)))
        for i, (ind, s) in enumerate(lines):
            self.need(int(f.size * self.spacing))
            last = i == len(lines) - 1
            self.p.para(s, f, x=(x or self.p.ml), first=ind, align="left" if last else align,
                        spacing=self.spacing, width=width, justify_last=not last)
        self.p.gap(int(f.size * 0.35))

    def b_list(self, items, marker="{n}.", indent=60, x=None, bold=False, start=0):
        f = self.f(bold)
        for i, e in enumerate(items, start):
            self.need(int(f.size * self.spacing * 2))
            x0 = (self.p.ml + 50) if x is None else x
            m = marker.format(n=i + 1, a="abcdefghij"[i], r=["I", "II", "III", "IV", "V", "VI", "VII"][i])
            self.p.d.text((x0, self.p.y), m, font=f, fill=(0, 0, 0))
            self.p.para(e, f, x=x0 + indent, first=0, align="left", spacing=self.spacing)
            self.p.gap(4)

    def b_stamp_at(self, st, x, y):
        """A stamp at absolute coordinates on the current page."""
        place_stamp(self.p, self.rng, st, x, y)

    def b_sig_here(self, sg, x, dy=0):
        """A signature at x, dy below the cursor (e.g. under a name just written)."""
        place_signature(self.p, self.rng, sg, x, self.p.y + dy)
        self.p.gap(max(0, dy + sg.get("h", 100) // 2))

    def b_sig_at(self, sg, x, y):
        place_signature(self.p, self.rng, sg, x, y)

    def b_sign(self, signers, gap_before=50, height=None):
        """Signature blocks side by side. Each signer: dict(pos='left'|'right'|'center'|x,
        lines=[str or (str,bold)], width, sig=dict|None (w,h,pen,colour,dx,dy relative to
        the block centre, over= 'name'|'between'), stamp=dict|None (dx,dy relative to the
        block centre))."""
        self.p.gap(gap_before)
        h_needed = height or 330
        self.need(h_needed)
        y0 = self.p.y
        ends = []
        for s in signers:
            bw = s.get("width", 560)
            pos = s.get("pos", "right")
            if pos == "left":
                x = self.p.ml
            elif pos == "right":
                x = self.p.right - bw
            elif pos == "center":
                x = self.p.ml + (self.p.width - bw) // 2
            else:
                x = int(pos)
            self.p.y = y0
            name_y = None
            lines = s["lines"]
            gap_after = s.get("gap_after", 0)  # index after which the hand signs (a gap)
            for i, ln in enumerate(lines):
                b = True
                if isinstance(ln, tuple):
                    ln, b = ln
                self.p.line(ln, self.f(b), align=s.get("align", "center"), x=x, width=bw, spacing=1.25)
                if gap_after and i + 1 == gap_after:
                    self.p.gap(s.get("gap_px", 90))
            yend = self.p.y
            ends.append(yend)
            cx = x + bw / 2
            cy = (y0 + yend) / 2
            if s.get("sig"):
                sg = s["sig"]
                place_signature(self.p, self.rng, sg, cx + sg.get("dx", 0), cy + sg.get("dy", 0))
            if s.get("stamp"):
                st = s["stamp"]
                place_stamp(self.p, self.rng, st, cx + st.get("dx", -150), cy + st.get("dy", 10))
        self.p.y = max(ends) + 30

    def b_small(self, lines, dpt=-2.5, align="left"):
        for s in lines:
            self.need(30)
            self.p.line(s, self.f(False, dpt), align=align, spacing=1.2)

    def images(self):
        return [p.img for p in self.pages]


# ----------------------------------------------------------------------------- handwritten
def handwritten(rng, paras, paper="lines", font="dsans-o", pt=16, colour="ballpoint",
                heading=None, sign=None, x=230, width=1250, jitter=1.0, top=300, right_block=None):
    """A handwritten letter on ruled or squared paper. paras: list of strings
    ('' = blank line). right_block: lines written top right (sender's details)."""
    from inkdraw import Page as _P, ruled_paper, hand_para, hand_text, F as _F
    p = _P(rng)
    p.img = ruled_paper(rng, kind=paper)
    p.d = ImageDraw.Draw(p.img)
    f = _F(font, pt)
    lh = 62
    y = top - 45
    col = INK[colour]
    if right_block:
        for s in right_block:
            hand_text(p, 950, y, s, _F(font, pt - 1.5), rng, col, jitter)
            y += lh
        y += lh // 2
    if heading:
        hand_text(p, x + (width - f.getlength(heading) * 1.1) / 2, y, heading, _F(font, pt + 3), rng, col, jitter)
        y += int(lh * 1.5)
    for s in paras:
        if not s:
            y += lh
            continue
        y = hand_para(p, s, f, rng, x, y, width, lh, col, jitter)
    if sign:
        y += lh // 2
        for s in sign.get("lines", []):
            hand_text(p, sign.get("x", 1000), y, s, f, rng, col, jitter)
            y += lh
        if sign.get("sig"):
            sg = sign["sig"]
            place_signature(p, rng, dict(sg, colour=colour), sign.get("x", 1000) + 180, y + 30)
    return p.img
