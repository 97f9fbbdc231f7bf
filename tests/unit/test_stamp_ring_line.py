"""A ring candidate must have a ring line: a table's grid the template took for a circle is no
stamp, and its page must not outrank the page with the signature (blind round 5, dev split)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

import parsers.stampfind as stampfind
from parsers.stampring import RING_LINE, ring_line

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "ink_dev"


def _ink(name: str) -> np.ndarray:
    """A copied dev crop (bilevel PNG, black ink) as a boolean ink mask."""
    return ~np.asarray(Image.open(SAMPLES / name).convert("1"), dtype=np.bool_)


def _pooled(full: np.ndarray, f: int) -> np.ndarray:
    h, w = full.shape
    cut = full[: h // f * f, : w // f * f]
    return cut.reshape(h // f, f, w // f, f).any(axis=(1, 3))


def _no_ocr(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """read_ring recorded, never run: what matters is whether the ring is read at all."""
    calls: list[Any] = []

    def fake(
        full: Any, centre: Any, radii: Any, angle: float = 0.0, shades: Any = None
    ) -> dict[str, Any]:
        calls.append((centre, radii))
        return {"ring_ink": 0.1, "text": "", "readings": [{"text": "x", "direction": "outward"}]}

    monkeypatch.setattr(stampfind, "read_ring", fake)
    return calls


def test_a_table_grid_taken_for_a_ring_is_not_read_and_is_no_stamp(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Round 5 dev p32, page 1: the ring template finds a circle in a request's table (cell
    lines and print hit 22 of its 24 sectors); its band has no ring line, so it is a plain
    shape, not an unreadable stamp that made page 1 the best page over page 2's signature."""
    full = _ink("r5_p32_p1_table.png")  # 300 dpi, 6 pixels a cell
    calls = _no_ocr(monkeypatch)
    stamp, plain = stampfind.find_stamp(_pooled(full, 6), _pooled(full, 6), full, 6)
    assert stamp is None
    assert plain, "the template's candidate is still kept out of the signature search"
    assert not calls
    assert all(p.ring.get("ring_line", 1.0) < RING_LINE for p in plain)


def test_a_dithered_violet_ring_on_a_fax_keeps_its_line_and_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Round 5 dev p25: a faint violet ring faxed as dots (the weakest genuine ring line of
    the dev pages, 0.65) is still a ring whose text is read."""
    full = _ink("r5_p25_dithered_ring.png")  # 196 dpi fax, 4 pixels a cell
    calls = _no_ocr(monkeypatch)
    stamp, _plain = stampfind.find_stamp(_pooled(full, 4), _pooled(full, 4), full, 4)
    assert calls, "the ring was read"
    assert stamp is not None


def test_ring_line_of_a_drawn_ring_and_of_a_grid() -> None:
    """Synthetic: a broken ring (a fax's dashes, a quarter of it gone) keeps a line; a grid of
    table cells under the same circle has none."""
    size = 400
    yy, xx = np.mgrid[:size, :size]
    d = np.hypot(xx - 200, yy - 200)
    theta = np.arctan2(yy - 200, xx - 200)
    ring = (np.abs(d - 150) <= 2) & ((theta > -np.pi / 2) | (theta < -np.pi))  # a quarter gone
    ring &= (xx // 6) % 4 != 0  # dashes
    assert ring_line(ring, (200, 200), (150, 150)) >= RING_LINE
    grid = np.zeros((size, size), dtype=np.bool_)
    grid[::60, :] = True
    grid[:, ::90] = True
    grid[1::60, :] = True
    assert ring_line(grid, (200, 200), (150, 150)) < RING_LINE


def test_a_ring_dithered_into_sparse_dots_keeps_its_line() -> None:
    """Round 5 (spent) p24: a light ring faxed at 98 lines as sparse dots (under a third of
    its line inked, the rows doubled to square pixels) measured 0.50 and was called a plain
    circle, so the letter's stamp was "missing" where a person sees one. Dots are closed
    along the line first; a grid of ruled lines, dotted or not, is still no ring."""
    size = 400
    rng = np.random.default_rng(7)
    yy, xx = np.mgrid[:size, :size]
    d = np.hypot(xx - 200, yy - 200)
    dots = np.repeat(rng.random((size // 2, size)) < 0.3, 2, axis=0)  # rows doubled
    ring = (np.abs(d - 150) <= 2) & dots
    assert ring_line(ring, (200, 200), (150, 150)) >= RING_LINE  # 0.43 before
    grid = np.zeros((size, size), dtype=np.bool_)
    grid[::60, :] = True
    grid[1::60, :] = True
    grid[:, ::90] = True
    assert ring_line(grid, (200, 200), (150, 150)) < RING_LINE
    assert ring_line(grid & dots, (200, 200), (150, 150)) < RING_LINE
