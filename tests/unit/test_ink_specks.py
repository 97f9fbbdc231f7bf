"""A dithered or speckled fax: its grey background is single dots, no one's ink.

A fax of a tinted or grey sheet comes out as a field of isolated dots. Pooled
to the detector's 0.5 mm cells, every cell held a dot: the page was one
component of ink, no signature had a shape of its own and the ring of a stamp
was unrolled through noise. The dots (pixels with no inked neighbour, and pairs
of them) are taken out when they are a large share of the page's ink.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from parsers.ink import DARK, _specks, examine_mask

SIZE = (1654, 2339)  # A4 at 200 dpi
DPI = 200.0


def _dithered(seed: int = 7) -> np.ndarray:
    """A page of isolated dots on a 3-pixel grid (half the grid points inked): a grey
    background dithered by the fax machine. No two dots touch."""
    rng = np.random.default_rng(seed)
    page = np.zeros((SIZE[1], SIZE[0]), dtype=np.bool_)
    grid = page[::3, ::3]
    grid[:] = rng.random(grid.shape) < 0.5
    return page


def _mask(page: np.ndarray, draw: list[tuple[str, list[tuple[int, int]]]]) -> Image.Image:
    img = Image.fromarray(np.where(page, DARK, 0).astype(np.uint8), "L")
    pen = ImageDraw.Draw(img)
    for kind, points in draw:
        if kind == "line":
            pen.line(points, fill=DARK, width=3)
        else:
            pen.rectangle((points[0], points[1]), outline=DARK, width=3)
    return img


def _hand(x: int, y: int) -> list[tuple[int, int]]:
    """A looping hand about 5 cm wide and 1.5 cm tall (200 dpi)."""
    t = np.linspace(0, 6 * np.pi, 400)
    xs = x + 20 * t + 25 * np.cos(t)
    ys = y + 55 * np.sin(t) * (1 + 0.3 * np.cos(t / 3))
    return [(int(a), int(b)) for a, b in zip(xs, ys, strict=True)]


def test_signature_on_a_dithered_fax_is_found() -> None:
    """A hand drawn at the foot of a dithered page, far from any signatory block."""
    mask = _mask(_dithered(), [("line", _hand(300, 1900))])
    marks = examine_mask(mask, "1", [], DPI)
    assert marks["signature"] is not None
    x0, y0, x1, y1 = marks["signature"]["box"]
    assert x0 <= 330 and x1 >= 640 and y0 <= 1860 and y1 >= 1940


def test_dithered_page_with_a_table_shows_no_mark() -> None:
    """The dots alone, and a table's frame and rules on them, are neither hand nor stamp."""
    page = _dithered(11)
    table = [("rect", [(200, 600), (1400, 1100)])]
    table += [("line", [(200, y), (1400, y)]) for y in range(700, 1100, 100)]
    table += [("line", [(x, 600), (x, 1100)]) for x in (600, 1000)]
    for draw in ([], table):
        marks = examine_mask(_mask(page, draw), "1", [], DPI)
        assert marks["signature"] is None and marks["stamp"] is None


def test_a_clean_page_keeps_its_dots() -> None:
    """A few specks on a clean page (a full stop, dust) are left as they are: only a page
    whose ink is largely specks is dithered."""
    page = np.zeros((400, 400), dtype=np.bool_)
    page[100:103, 50:350] = True  # a rule
    page[200:260, 200:203] = True
    page[::50, ::50] = True  # 64 single dots
    assert _specks(page) is None
    dotted = _dithered()[:400, :400]
    specks = _specks(dotted | page)
    assert specks is not None
    near = np.zeros_like(page)  # the page's own ink and the pixels touching it
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            near |= np.roll(np.roll(page, dy, axis=0), dx, axis=1)
    assert not specks[100:103, 50:350].any() and not specks[200:260, 200:203].any()
    assert specks[dotted & ~near].all()
