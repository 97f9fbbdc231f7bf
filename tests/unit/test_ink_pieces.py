"""A hand whose pen skips is in pieces; lines of type the OCR missed are in pieces too."""

from __future__ import annotations

import numpy as np

from parsers.ink import _signature


def _page() -> np.ndarray:
    return np.zeros((584, 413), dtype=np.bool_)  # an A4 page in 0.5 mm cells


def test_a_signature_in_pieces_is_taken_together() -> None:
    """A looping stroke broken every few millimetres (a ballpoint skipping on fast strokes):
    no piece is a signature alone, the pieces 1 mm apart together are."""
    page = _page()
    t = np.linspace(0, 6 * np.pi, 900)
    xs = np.rint(200 + 9 * t / np.pi * 2 + 10 * np.cos(t)).astype(int)
    ys = np.rint(300 + 12 * np.sin(t)).astype(int)
    keep = (np.arange(len(t)) // 6) % 4 != 3  # a 1 mm gap after every 3 mm of stroke
    page[ys[keep], xs[keep]] = True
    page[300:330, 200] = True  # a capital's stem, 1.5 cm tall
    assert _signature(page, []) is None
    found = _signature(page, [], 3)
    assert found is not None
    x0, _y0, x1, _y1 = found[0]
    assert x0 <= 200 and x1 >= 300


def test_lines_of_type_in_pieces_are_no_signature() -> None:
    """Two lines of words the OCR did not read, their letters 1 mm apart: joined they are
    wide and low-filled, but no piece stands taller than a letter."""
    page = _page()
    for line in (0, 1):
        y = 200 + line * 9
        for x in range(60, 260, 7):
            page[y : y + 5, x : x + 4] = True
            page[y + 1 : y + 4, x + 1 : x + 3] = False
    assert _signature(page, [], 3) is None
