"""Stamps on a scanned page: round ones by a ring template, rectangular ones by their frame.

Works on a boolean ink mask sampled at about 50 dpi (one cell ≈ 0.5 mm). A
round stamp is a ring of ink with paper just outside it: for each plausible
radius the ring's ink coverage minus the coverage of the band outside it is
computed for every centre at once by FFT convolution; the best exceeds a
threshold on real stamps and stays low on text, lines and signatures.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Mask = npt.NDArray[np.bool_]

CELLS_PER_CM = 50 / 2.54
RING_THRESHOLD = 0.4
MIN_RING_COVER = 0.8
RECT_THRESHOLD = 0.8


@dataclass(frozen=True, slots=True)
class Stamp:
    """A stamp found: shape, bounding box in mask cells (x0, y0, x1, y1), score 0..1."""

    shape: str  # "round" | "rectangular"
    box: tuple[int, int, int, int]
    score: float


def _annulus(r_in: float, r_out: float, size: int) -> npt.NDArray[np.float64]:
    yy, xx = np.mgrid[-size : size + 1, -size : size + 1]
    d = np.hypot(xx, yy)
    ring: npt.NDArray[np.float64] = ((d >= r_in) & (d <= r_out)).astype(np.float64)
    return ring


def _dilate(mask: Mask) -> Mask:
    out = mask.copy()
    out[1:, :] |= mask[:-1, :]
    out[:-1, :] |= mask[1:, :]
    out[:, 1:] |= mask[:, :-1]
    out[:, :-1] |= mask[:, 1:]
    return out


def _fast(n: int) -> int:
    return -(-n // 64) * 64


def _conv(
    fmask: npt.NDArray[np.complex128], shape: tuple[int, int], kernel: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Correlation of the mask with a centred, symmetric kernel, via the mask's FFT."""
    k = np.zeros(shape)
    kh, kw = kernel.shape
    k[:kh, :kw] = kernel
    k = np.roll(k, (-(kh // 2), -(kw // 2)), axis=(0, 1))
    out: npt.NDArray[np.float64] = np.fft.irfft2(fmask * np.fft.rfft2(k), s=shape)
    return out


def find_round(ink: Mask, clean: Mask) -> Stamp | None:
    """The best ring of ink (radius 1.1–2.8 cm), nearly closed, with little ink just outside.

    `ink` is every dark cell; `clean` has recognised text removed (for the outside band).
    """
    h, w = ink.shape
    if h < 30 or w < 30:
        return None
    pad = int(3.2 * CELLS_PER_CM)
    shape = (_fast(h + 2 * pad), _fast(w + 2 * pad))
    # A ring line is 1-2 cells wide; dilated by one cell it fills the 3-cell annulus.
    f_ink = np.fft.rfft2(np.pad(_dilate(ink).astype(np.float64), pad), s=shape)
    f_clean = np.fft.rfft2(np.pad(clean.astype(np.float64), pad), s=shape)
    best: Stamp | None = None
    for r in np.arange(1.1 * CELLS_PER_CM, 2.8 * CELLS_PER_CM, 2.0):
        size = int(r + 8)
        ring = _annulus(r - 1.5, r + 1.5, size)
        outside = _annulus(r + 3.0, r + 6.0, size)
        cover = (_conv(f_ink, shape, ring) / ring.sum())[pad : pad + h, pad : pad + w]
        candidates = cover >= MIN_RING_COVER
        if not candidates.any():
            continue  # no ring of this radius anywhere: the band outside needs no look
        around = (_conv(f_clean, shape, outside) / outside.sum())[pad : pad + h, pad : pad + w]
        score = np.where(candidates, cover - around, 0.0)
        idx = int(np.argmax(score))
        cy, cx = divmod(idx, w)
        value = float(score[cy, cx])
        better = value >= RING_THRESHOLD and (best is None or value > best.score)
        if better and _closed(ink, cx, cy, float(r)):
            ri = int(round(r))
            box = (cx - ri, cy - ri, cx + ri, cy + ri)
            best = Stamp("round", box, round(min(1.0, value), 3))
    return best


def _closed(ink: Mask, cx: int, cy: int, r: float, sectors: int = 24) -> bool:
    """Ink on the ring in nearly every angular sector (a ring, not a dense patch's edge)."""
    h, w = ink.shape
    hit = 0
    for k in range(sectors):
        a = 2 * np.pi * k / sectors
        found = False
        for dr in (-1.5, -0.75, 0.0, 0.75, 1.5):
            x = int(round(cx + (r + dr) * np.cos(a)))
            y = int(round(cy + (r + dr) * np.sin(a)))
            if 0 <= y < h and 0 <= x < w and ink[y, x]:
                found = True
                break
        hit += found
    return hit >= sectors - 2


def find_rectangular(ink: Mask, components: list[tuple[int, int, int, int]]) -> Stamp | None:
    """A component whose bounding box is a closed frame of ink 2.5–8 × 1.2–5 cm."""
    best: Stamp | None = None
    for x0, y0, x1, y1 in components:
        wc, hc = (x1 - x0) / CELLS_PER_CM, (y1 - y0) / CELLS_PER_CM
        if not (2.5 <= wc <= 8.0 and 1.2 <= hc <= 5.0):
            continue
        box = ink[y0 : y1 + 1, x0 : x1 + 1]
        band = 4  # about 2 mm: tolerates a slightly skewed scan and stray specks
        sides = [
            box[:band, :].any(axis=0).mean(),
            box[-band:, :].any(axis=0).mean(),
            box[:, :band].any(axis=1).mean(),
            box[:, -band:].any(axis=1).mean(),
        ]
        score = float(min(sides))
        if score >= RECT_THRESHOLD and (best is None or score > best.score):
            best = Stamp("rectangular", (x0, y0, x1, y1), round(score, 3))
    return best
