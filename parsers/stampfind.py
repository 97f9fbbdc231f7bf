"""The stamp on a whole page: every candidate shape, then the one whose ring or frame has text.

Candidates are rings by template (`stamp.find_round`, a few, each blanked
before the next), closed frames of any shape (`stampshape.find_closed`) and
rectangular frames (`stamp.find_rectangular`). Each, best first, has the text
on its ring or in its frame read (`stampring`) until one names an institution;
a ring with text-like ink that yields no institution's name is a stamp whose
text cannot be read; a shape with nothing on it is plain (never a stamp, but
kept out of the signature search).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from .shades import Shades
from .stamp import PARTIAL_MISSING, Mask, Stamp, _dilate, find_rectangular, find_round
from .stampring import RING_LINE, read_box, read_ring, ring_line
from .stampshape import (
    components,
    find_closed,
    radial_edge,
    refine,
    slanted_fit,
)
from .stampwords import names_institution, registry_mark

# Ring candidates found by template per page, and candidates whose text is read.
_MAX_RINGS = 3
_MAX_READ = 4


@dataclass(frozen=True, slots=True)
class Found:
    """A stamp candidate with what its ring (or frame) says: `ring` holds `text`, `ring_ink`."""

    shape: str
    box: tuple[int, int, int, int]  # mask cells
    score: float
    ring: dict[str, Any]


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Intersection over the smaller box's area."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / max(1, small)


def _candidates(ink: Mask, clean: Mask) -> list[Stamp]:
    """Rings by template (a few, each blanked before the next) and closed frames of any shape."""
    out: list[Stamp] = []
    ink_left, clean_left = ink.copy(), clean.copy()
    for _ in range(_MAX_RINGS):
        ring = find_round(ink_left, clean_left)
        if ring is None:
            break
        out.append(ring)
        x0, y0, x1, y1 = ring.box
        pad = (x1 - x0) // 4
        ink_left[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad] = False
        clean_left[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad] = False
    if not out:
        # No closed ring: one closed in three quarters of its sectors, a stamp only if its
        # ring names an institution (`find_stamp`); a faded arc alone proves nothing.
        ring = find_round(ink_left, clean_left, missing=PARTIAL_MISSING)
        if ring is not None:
            out.append(replace(ring, partial=True))
    boxes = components(_dilate(ink))
    # A stamp pressed over the printed text (the last paragraph, "L.S.", the rank) joins it
    # in one component of the ink: with the recognised words blanked it stands alone.
    seen = {b for b, _ in boxes}
    boxes += [(b, n) for b, n in components(_dilate(clean)) if b not in seen]
    for cand in find_closed(ink, boxes):
        if all(_overlap(cand.box, o.box) < 0.5 for o in out):
            out.append(cand)
    rect = find_rectangular(ink, [b for b, _ in components(clean)])
    if rect is not None and all(_overlap(rect.box, o.box) < 0.5 for o in out):
        out.append(rect)
    return out


def find_stamp(
    ink: Mask, clean: Mask, full: Mask, f: int, shades: Shades | None = None
) -> tuple[Found | None, list[Found]]:
    """The stamp (a candidate whose ring or frame has text), and the plain closed shapes.

    `full` is the page's ink at page pixels, `f` pixels a mask cell. A candidate
    with text that names an institution wins; else one whose ring is inked but
    unreadable (a stamp, its text unknown); shapes with nothing on the ring are plain.
    """
    named: list[Found] = []
    unread: list[Found] = []
    plain: list[Found] = []
    for cand in sorted(_candidates(ink, clean), key=lambda c: -c.score):
        sealed = any(not n.ring.get("registry_mark") for n in named)
        if sealed or len(named) + len(unread) + len(plain) >= _MAX_READ:
            plain.append(Found(cand.shape, cand.box, cand.score, {}))  # not read: kept out
            continue  # of the signature search all the same
        x0, y0, x1, y1 = (v * f for v in cand.box)
        if cand.shape == "rectangular":
            ring = read_box(full, (x0, y0, x1, y1))
        else:
            centre = ((x0 + x1) / 2, (y0 + y1) / 2)
            radii = ((x1 - x0) / 2, (y1 - y0) / 2)
            k = radial_edge(full, centre, radii)
            oval = cand.shape == "oval"  # a circle stays a circle: a signature may pull at it
            centre, radii = refine(full, centre, (radii[0] * k, radii[1] * k), oval)
            angle = 0.0
            if not oval:
                # A circle inside a slanted oval stamp: the oval, when it is clearly the better fit.
                slant = slanted_fit(full, centre, radii)
                if slant is not None:
                    # A slanted oval's circle may sit on its inner ring or off it: the fit
                    # from the candidate's own box too, the one whose outer line is the
                    # more inked kept.
                    box_centre = ((x0 + x1) / 2, (y0 + y1) / 2)
                    again = slanted_fit(full, box_centre, ((x1 - x0) / 2, (y1 - y0) / 2))
                    if again is not None and again[3] > slant[3]:
                        slant = again
                    centre, radii, angle, _ = slant
                    cand = replace(cand, shape="oval")
            line = ring_line(full, centre, radii, angle)
            if line < RING_LINE:
                # No ring line where the ring should be: the template took a table's grid or
                # a block of print for a circle. Not read (never a stamp); kept out of the
                # signature search as before.
                plain.append(Found(cand.shape, cand.box, cand.score, {"ring_line": round(line, 3)}))
                continue
            ring = read_ring(full, centre, radii, angle, shades)
            # The box of the outer ring as refined (the template may have found an inner one):
            # what the signature search leaves out, and what is shown.
            (cx, cy), (a, b) = centre, radii
            if angle:  # the slanted oval's bounding box
                ca, sa = abs(np.cos(angle)), abs(np.sin(angle))
                a, b = float(np.hypot(a * ca, b * sa)), float(np.hypot(a * sa, b * ca))
            box = (
                int((cx - a) / f),
                int((cy - b) / f),
                int((cx + a) / f) + 1,
                int((cy + b) / f) + 1,
            )
            cand = replace(cand, box=box)
        if cand.partial:
            ring = {**ring, "partial": True}  # shown: a person sees the ring was not whole
        found = Found(cand.shape, cand.box, cand.score, ring)
        # A name read only in the middle is no stamp's: a letterhead's emblem beside the
        # heading, or printed lines under a ring, read there too. The ring must name.
        on_ring = " ".join(
            str(r.get("text", ""))
            for r in ring.get("readings") or []
            if r.get("direction") != "middle"
        )
        if cand.partial and not (ring["text"] and names_institution(on_ring)):
            plain.append(Found(cand.shape, cand.box, cand.score, {}))  # an arc, nothing named
            continue
        if ring["text"] and names_institution(on_ring):
            if registry_mark(on_ring):
                # A registry's mark names the institution too; a seal beside it goes first.
                found = Found(cand.shape, cand.box, cand.score, {**ring, "registry_mark": True})
            named.append(found)
        elif cand.shape != "rectangular" and ring.get("readings"):  # text-like ink was read
            unread.append(found)
        else:
            plain.append(found)
    if named:
        named.sort(key=lambda n: bool(n.ring.get("registry_mark")))  # a seal before a mark
        return named[0], [*named[1:], *unread, *plain]
    if unread:
        first = unread[0]
        return Found(first.shape, first.box, first.score, {**first.ring, "unreadable": True}), [
            *unread[1:],
            *plain,
        ]
    return None, plain
