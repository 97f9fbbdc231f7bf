"""The rows of an unrolled ring that Tesseract is given: the text's, not a ring line's."""

from __future__ import annotations

import numpy as np

from parsers.stampring import _text_rows


def test_a_wandering_ring_line_is_not_taken_for_the_text_rows() -> None:
    """A ring fitted a little off (a fax's 4 % oval, a crossing signature pulling the fit) leaves
    its line wandering over a few rows, too short a run to be removed as a line and denser
    than the letters: the rows kept are the letters' all the same."""
    strip = np.zeros((130, 1200), dtype=np.bool_)
    for x in range(20, 700, 24):  # capitals some 26 px tall, 14 px wide, 10 px apart
        strip[40:66, x : x + 3] = True
        strip[40:43, x : x + 14] = True
        strip[63:66, x : x + 14] = True
    xs = np.arange(1200)
    ys = np.rint(12 + 3 * np.sin(xs / 60)).astype(int)  # the ring's line, 4 px thick
    for d in (0, 1, 2, 3):
        strip[ys + d, xs] = True
    rows = _text_rows(strip)
    assert rows.shape[0] >= 26
    assert rows.sum() >= strip[40:66].sum()  # every letter's ink is there
