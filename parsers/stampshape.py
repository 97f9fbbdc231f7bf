"""Stamp candidates of any shape on a whole page: closed frames of ink, and ring edges refined.

`stamp.find_round` finds circles by template, tolerant of a signature crossing
them; ovals and rectangles of other sizes are found here as closed frames: a
component of (slightly dilated) ink whose bounding box is stamp-sized and
encloses paper that the outside cannot reach, with ink along its inscribed
ellipse (round, oval) or along its four sides (rectangular). Shape says
"candidate" only: whether a candidate is a stamp is decided by the text on it
(`stampring.py`).
"""

from __future__ import annotations

from collections import deque

import numpy as np

from .stamp import CELLS_PER_CM, Mask, Stamp, _dilate


def _outside(ink: Mask) -> Mask:
    """Cells of `ink`'s box that paper connects to its border (everything else is enclosed)."""
    free = ~ink
    reach = np.zeros_like(ink)
    reach[0, :], reach[-1, :], reach[:, 0], reach[:, -1] = (
        free[0, :],
        free[-1, :],
        free[:, 0],
        free[:, -1],
    )
    while True:
        grown = _dilate(reach) & free
        if (grown == reach).all():
            return reach
        reach = grown


def _ellipse_cover(box: Mask, sectors: int = 36) -> float:
    """Share of angular sectors with ink near the ellipse inscribed in `box`, or near the
    ellipse refined from it (a letter or a stroke touching the ring widens the box)."""
    h, w = box.shape
    centre, radii = ((w - 1) / 2, (h - 1) / 2), ((w - 1) / 2, (h - 1) / 2)
    first = _cover_at(box, centre, radii, sectors)
    if first >= 0.9:
        return first
    for scale in (0.9, 0.8):
        guess = (radii[0] * scale, radii[1] * scale)
        c, r = refine(box, centre, guess)
        first = max(first, _cover_at(box, c, r, sectors))
    return first


def _cover_at(
    box: Mask, centre: tuple[float, float], radii: tuple[float, float], sectors: int
) -> float:
    h, w = box.shape
    (cx, cy), (a, b) = centre, radii
    hit = 0
    for k in range(sectors):
        t = 2 * np.pi * k / sectors
        found = False
        for f in (0.93, 0.97, 1.0, 1.03):
            x, y = int(round(cx + a * f * np.cos(t))), int(round(cy + b * f * np.sin(t)))
            if 0 <= y < h and 0 <= x < w and box[y, x]:
                found = True
                break
        hit += found
    return hit / sectors


def _frame(box: Mask) -> tuple[float, tuple[int, int, int, int]]:
    """How closed a rectangular frame in `box` is (the least covered side, 0..1), and the
    frame's own box inside it: each side is the best 3-cell line in its quarter, so a speck
    or a letter touching the frame from outside does not move it."""
    h, w = box.shape
    band = 3

    def best(lines: Mask, lo: int, hi: int) -> int:
        scores = [lines[i : i + band].any(axis=0).mean() for i in range(lo, max(lo + 1, hi))]
        return lo + int(np.argmax(scores))

    top = best(box, 0, h // 4)
    bottom = best(box, 3 * h // 4 - band, h - band + 1)
    left = best(box.T, 0, w // 4)
    right = best(box.T, 3 * w // 4 - band, w - band + 1)
    inner = box[top : bottom + band, left : right + band]
    if inner.shape[0] < 2 * band or inner.shape[1] < 2 * band:
        return 0.0, (0, 0, w - 1, h - 1)
    sides = [
        inner[:band, :].any(axis=0).mean(),
        inner[-band:, :].any(axis=0).mean(),
        inner[:, :band].any(axis=1).mean(),
        inner[:, -band:].any(axis=1).mean(),
    ]
    return float(min(sides)), (left, top, right + band - 1, bottom + band - 1)


def find_closed(ink: Mask, boxes: list[tuple[tuple[int, int, int, int], int]]) -> list[Stamp]:
    """Closed frames among the components `boxes` of `ink` (cells): ovals, circles, rectangles."""
    out: list[Stamp] = []
    cm = CELLS_PER_CM
    for (x0, y0, x1, y1), _n in boxes:
        wc, hc = (x1 - x0 + 1) / cm, (y1 - y0 + 1) / cm
        if not (1.8 <= wc <= 8.0 and 1.2 <= hc <= 6.5):
            continue
        box = ink[y0 : y1 + 1, x0 : x1 + 1]
        enclosed = 1.0 - _outside(box).mean() - box.mean()
        if enclosed < 0.3:
            continue
        ellipse = _ellipse_cover(box)
        rect, (left, t, r, b) = _frame(box)
        if rect >= 0.85 and (r - left + 1) / cm >= 1.8 and (b - t + 1) / cm >= 1.0:
            out.append(Stamp("rectangular", (x0 + left, y0 + t, x0 + r, y0 + b), round(rect, 3)))
        elif ellipse >= 0.9 or (ellipse >= 0.8 and enclosed >= 0.35):
            # A ring with a faded side or pressed at a slant follows its box's ellipse less
            # closely; it still encloses a good part of its box.
            shape = "round" if 0.85 <= wc / hc <= 1.18 else "oval"
            out.append(Stamp(shape, (x0, y0, x1, y1), round(ellipse, 3)))
    return out


def radial_edge(mask: Mask, centre: tuple[float, float], radii: tuple[float, float]) -> float:
    """How far out (as a multiple of `radii`, 0.9–1.7) the outermost ring line lies.

    A template may lock onto a double stamp's inner ring; the text is then outside it.
    """
    cx, cy = centre
    a, b = radii
    h, w = mask.shape
    t = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    best = 1.0
    for f in np.arange(0.9, 1.7, 0.02):
        xs = np.rint(cx + a * f * np.cos(t)).astype(int)
        ys = np.rint(cy + b * f * np.sin(t)).astype(int)
        ok = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
        if not ok.any():
            break
        near = np.zeros(len(t), dtype=bool)
        # A few pixels either way: the ring may be a little oval (a fine fax is 4 % wider
        # than tall, a stamp pressed unevenly more), and its line a little broken.
        reach = max(1, int(round(0.03 * min(a, b) * f)))
        for dy in range(-reach, reach + 1):
            for dx in range(-reach, reach + 1):
                yy, xx = np.clip(ys + dy, 0, h - 1), np.clip(xs + dx, 0, w - 1)
                near |= mask[yy, xx] & ok
        if near.mean() >= 0.7:
            best = float(f)
    return best


def _thick(mask: Mask, reach: int) -> Mask:
    """`mask` dilated by `reach` pixels each way (a square)."""
    out = mask.copy()
    for _ in range(reach):
        out = _dilate(out)
        out[1:, 1:] |= out[:-1, :-1]
        out[:-1, :-1] |= out[1:, 1:]
    return out


def refine(
    mask: Mask, centre: tuple[float, float], radii: tuple[float, float], oval: bool = True
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The ring's centre and radii at page resolution: the ellipse near the one found that the
    most inked angles lie on. Cells are 0.5 mm, the ring text is read from a band a few
    millimetres wide, and a fine-mode fax (204×196 dpi) makes a circle 4 % wider than tall."""
    cx, cy = centre
    a, b = radii
    h, w = mask.shape
    t = np.linspace(0, 2 * np.pi, 240, endpoint=False)
    cos, sin = np.cos(t), np.sin(t)

    def cover(x: float, y: float, ra: float, rb: float) -> float:
        xs = np.rint(x + ra * cos).astype(int)
        ys = np.rint(y + rb * sin).astype(int)
        ok = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
        return float(mask[ys[ok], xs[ok]].sum()) / len(t)

    step = max(1.0, min(a, b) / 40)
    best = (cover(cx, cy, a, b), cx, cy, a, b)
    # Centre and radii searched together (a greedy search let a crossing signature pull
    # the centre off while the radius was wrong), coarse then fine.
    for s in (step, step / 3):
        _, x, y, ra, rb = best
        offsets = np.arange(-4, 5) * s
        # A fax's resolution is not square (204×196, or 204×98 with its rows doubled):
        # a circle comes out a few per cent wider than tall, an oval is free a little more.
        spread = (4 if oval else 3) * s + 1e-9
        shapes = [(d, e) for d in offsets for e in offsets if abs(d - e) <= spread]
        for dy in offsets:
            for dx in offsets:
                for da, db in shapes:
                    c = cover(x + dx, y + dy, ra + da, rb + db)
                    if c > best[0]:
                        best = (c, x + dx, y + dy, ra + da, rb + db)
    return (best[1], best[2]), (best[3], best[4])


def components(mask: Mask) -> list[tuple[tuple[int, int, int, int], int]]:
    """8-connected components of a small mask: (bounding box, cell count)."""
    seen = np.zeros_like(mask)
    h, w = mask.shape
    out = []
    for y, x in zip(*np.nonzero(mask), strict=True):
        if seen[y, x]:
            continue
        seen[y, x] = True
        queue = deque([(int(y), int(x))])
        x0 = x1 = int(x)
        y0 = y1 = int(y)
        n = 0
        while queue:
            cy, cx = queue.popleft()
            n += 1
            x0, x1, y0, y1 = min(x0, cx), max(x1, cx), min(y0, cy), max(y1, cy)
            for ny in (cy - 1, cy, cy + 1):
                for nx in (cx - 1, cx, cx + 1):
                    if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        queue.append((ny, nx))
        out.append(((x0, y0, x1, y1), n))
    return out


def slanted_oval(
    mask: Mask, centre: tuple[float, float], r: float
) -> tuple[float, tuple[float, float], tuple[float, float], float]:
    """The oval around a ring found as a circle of radius `r` (page pixels) that the most
    inked angles lie on, its axes at any slant: (cover, centre, radii, angle in radians).

    An oval stamp pressed at a slant is found by the circle template as a circle inside
    it; its text lies along the oval, which an axis-aligned ellipse does not follow.
    Axis ratios 1.2-1.8, slants every 15 degrees, the long axis 0.9-1.7 times `r`, the
    centre within a fifth of `r`; then refined, and the outermost of a double ring taken.
    """
    h, w = mask.shape
    t = np.linspace(0, 2 * np.pi, 240, endpoint=False)
    cos_t, sin_t = np.cos(t), np.sin(t)

    def cover(x: float, y: float, a: float, b: float, th: float) -> float:
        u, v = a * cos_t, b * sin_t
        xs = np.rint(x + u * np.cos(th) - v * np.sin(th)).astype(int)
        ys = np.rint(y + u * np.sin(th) + v * np.cos(th)).astype(int)
        ok = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
        return float(mask[ys[ok], xs[ok]].sum()) / len(t)

    best = (0.0, centre[0], centre[1], r, r, 0.0)
    for oy in (-0.2 * r, 0.0, 0.2 * r):
        for ox in (-0.2 * r, 0.0, 0.2 * r):
            cx, cy = centre[0] + ox, centre[1] + oy
            for th in np.radians(np.arange(0, 180, 15)):
                for ratio in (1.2, 1.4, 1.6, 1.8):
                    for k in np.arange(0.9, 1.7, 0.06):
                        a = r * k
                        c = cover(cx, cy, a, a / ratio, th)
                        if c > best[0]:
                            best = (c, cx, cy, a, a / ratio, float(th))
    # The centre and size refined about the best slant (the circle found may sit off-centre).
    step = max(1.0, r / 30)
    for s in (3 * step, step, step):
        _, x0, y0, a0, b0, th0 = best
        for dy in np.arange(-3, 4) * s:
            for dx in np.arange(-3, 4) * s:
                for da in (-s, 0.0, s):
                    for db in (-s, 0.0, s):
                        for dth in (-0.06, 0.0, 0.06):
                            c = cover(x0 + dx, y0 + dy, a0 + da, b0 + db, th0 + dth)
                            if c > best[0]:
                                best = (c, x0 + dx, y0 + dy, a0 + da, b0 + db, th0 + dth)
    c, x, y, a, b, th = best
    # A double ring: the text lies outside the inner one; the outermost line nearly as inked.
    for k in np.arange(1.5, 1.0, -0.02):
        if cover(x, y, a * k, b * k, th) >= 0.8 * c:
            return cover(x, y, a * k, b * k, th), (x, y), (a * k, b * k), th
    return c, (x, y), (a, b), th


def ellipse_cover(
    mask: Mask, centre: tuple[float, float], radii: tuple[float, float], angle: float = 0.0
) -> float:
    """The share of 240 points on the ellipse that are inked."""
    h, w = mask.shape
    t = np.linspace(0, 2 * np.pi, 240, endpoint=False)
    u, v = radii[0] * np.cos(t), radii[1] * np.sin(t)
    xs = np.rint(centre[0] + u * np.cos(angle) - v * np.sin(angle)).astype(int)
    ys = np.rint(centre[1] + u * np.sin(angle) + v * np.cos(angle)).astype(int)
    ok = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
    return float(mask[ys[ok], xs[ok]].sum()) / len(t)


def slanted_fit(
    mask: Mask, centre: tuple[float, float], radii: tuple[float, float]
) -> tuple[tuple[float, float], tuple[float, float], float, float] | None:
    """The slanted oval around a ring fitted as an upright ellipse (centre, radii in page
    pixels), when it is clearly the better fit: (centre, radii, angle, the share of the
    thickened outer line inked), else None.

    Both are measured on the ring's region thickened by 1 % of its radius: a faxed or
    scanned ring is a line a pixel or two wide, broken, and a faded side or a double
    strike leaves an exact ellipse few inked points to hit.
    """
    r = min(radii)
    span = 1.8 * max(radii) + 4
    ox, oy = max(0, int(centre[0] - span)), max(0, int(centre[1] - span))
    near = mask[oy : int(centre[1] + span) + 1, ox : int(centre[0] + span) + 1]
    thick = _thick(near, max(1, int(round(0.01 * r))))
    local = (centre[0] - ox, centre[1] - oy)
    c, o_centre, o_radii, o_angle = slanted_oval(thick, local, r)
    if c < 0.6 or c < ellipse_cover(thick, local, radii) + 0.15:
        return None
    # The outermost ring line: the text of a double ring lies between its lines, and a
    # faded side leaves the outer line too few inked points to be the best fit. The lines
    # of a ring are a constant width apart (not a constant scale): a line is an offset with a
    # good part of the ellipse inked and paper (half as much ink) a little further out.
    step = 0.02 * o_radii[1]
    cover = [
        ellipse_cover(thick, o_centre, (o_radii[0] + d, o_radii[1] + d), o_angle)
        for d in np.arange(36) * step
    ]
    outer = 0
    for i, v in enumerate(cover):
        beyond = cover[i + 4] if i + 4 < len(cover) else 0.0
        if v >= max(0.35, 0.45 * c) and beyond <= 0.5 * v:
            outer = i
    a, b = o_radii[0] + outer * step, o_radii[1] + outer * step
    return (o_centre[0] + ox, o_centre[1] + oy), (a, b), o_angle, cover[outer]
