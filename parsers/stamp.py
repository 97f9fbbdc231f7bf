"""Stamps on a scanned page: round ones by a ring template, rectangular ones by their frame.

Works on a boolean ink mask sampled at about 50 dpi (one cell ≈ 0.5 mm). A
round stamp is a ring of ink with paper just outside it: for each plausible
radius the ring's ink coverage minus the coverage of the band outside it is
computed for every centre at once; the best exceeds a threshold on real stamps
and stays low on text, lines and signatures. The ring's coverage is an FFT
correlation, rounded to the exact cell count it is; the band outside is counted
only at the centres whose ring is nearly covered (directly, or by FFT for many).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

Mask = npt.NDArray[np.bool_]

CELLS_PER_CM = 50 / 2.54
RING_THRESHOLD = 0.4
MIN_RING_COVER = 0.8
RECT_THRESHOLD = 0.8
# Up to this many ring candidates of a radius the band outside is summed at each directly
# (about 2.5 µs a candidate, against 2 ms for an FFT correlation of a fax region).
_DIRECT = 400


@dataclass(frozen=True, slots=True)
class Stamp:
    """A stamp found: shape, bounding box in mask cells (x0, y0, x1, y1), score 0..1."""

    shape: str  # "round" | "rectangular"
    box: tuple[int, int, int, int]
    score: float
    # A ring closed in all but PARTIAL_MISSING of its sectors (an impression faded or rocked on
    # one side): a stamp only when its text names an institution (`stampfind.find_stamp`).
    partial: bool = False


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


def _fft_length(n: int) -> int:
    """The smallest length >= n with no prime factor above 5: numpy's FFT is quick on those."""
    while True:
        m = n
        for p in (2, 3, 5):
            while m % p == 0:
                m //= p
        if m == 1:
            return n
        n += 1


@dataclass(frozen=True, slots=True)
class _Radius:
    """One radius tried, with its two 0/1 kernels (both of half-size `size`)."""

    r: float
    size: int
    ring: npt.NDArray[np.float64]  # rows 0..size of the kernel (it is symmetric)
    ring_sum: float
    ring_need: int  # the fewest inked cells n with n / ring_sum >= MIN_RING_COVER
    outside: npt.NDArray[np.float64]
    outside_sum: float
    outside_cells: tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]  # offsets from the centre


@dataclass(frozen=True, slots=True)
class _Kernels:
    """The radii tried and how far their kernels reach from the centre (in cells)."""

    radii: tuple[_Radius, ...]
    size: int  # the largest half-size
    ring_reach: int  # the farthest non-zero cell of a ring kernel, along a row or a column
    outside_reach: int


def _reach(half: npt.NDArray[np.float64]) -> int:
    dy, dx = np.nonzero(half)
    return int(max(dy.max(), np.abs(dx - (half.shape[0] - 1)).max()))


@cache
def _kernels() -> _Kernels:
    """The radii (1.1–2.8 cm, every 2 cells) and their kernels, made once (1.4 MB)."""
    radii = []
    for r in np.arange(1.1 * CELLS_PER_CM, 2.8 * CELLS_PER_CM, 2.0):
        size = int(r + 8)
        ring = _annulus(r - 1.5, r + 1.5, size)
        outside = _annulus(r + 3.0, r + 6.0, size)
        ring_sum = ring.sum()
        need = next(n for n in range(int(ring_sum) + 1) if n / ring_sum >= MIN_RING_COVER)
        dy, dx = np.nonzero(outside)
        cells = (dy - size, dx - size)
        radii.append(
            _Radius(
                float(r), size, ring[size:], ring_sum, need, outside[size:], outside.sum(), cells
            )
        )
    return _Kernels(
        tuple(radii),
        max(k.size for k in radii),
        max(_reach(k.ring) for k in radii),
        max(_reach(k.outside) for k in radii),
    )


class _Correlator:
    """Correlations of one mask with the radii's kernels by FFT: cell counts, exact to 1e-12.

    The mask sits at the top left of a zero array: a kernel reaching `reach` cells
    from its centre never wraps round onto the mask when each length is at least the
    mask's plus `reach`, and lengths of factors 2, 3 and 5 are quick. (It was padded
    by 62 cells on every side and rounded up to 64s: 384 x 576 for a fax's 245 x 432
    region, now 300 x 500.) The work arrays are kept from one radius to the next:
    fresh ones cost about as much in page faults as the FFTs themselves.
    """

    def __init__(self, mask: Mask, reach: int, size: int) -> None:
        self.h, self.w = h, w = mask.shape
        # At least a whole kernel long too, so that the kernel's rows never overlap when wrapped.
        height = _fft_length(max(h + reach, 2 * size + 1))
        width = _fft_length(max(w + reach, 2 * size + 1))
        self.shape = (height, width)
        # Rows past the mask are zero: only the mask's rows are transformed along the rows.
        rows = np.fft.rfft(mask.astype(np.float64), n=width, axis=1)
        self.f: npt.NDArray[np.complex128] = np.fft.fft(rows, n=height, axis=0)
        half_width = width // 2 + 1
        self._wrapped = np.zeros((height, half_width))
        self._spectrum = np.empty((height // 2 + 1, half_width), dtype=np.complex128)
        self._product = np.empty((height, half_width), dtype=np.complex128)
        self._out = np.empty((h, width))

    def correlate(self, half: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """The kernel (its rows 0..size) summed over the mask centred on every cell (h x w).

        The array returned is overwritten by the next call.
        """
        (height, width), s = self.shape, half.shape[0] - 1
        # The kernel is symmetric about both axes, so its spectrum is real and even:
        # its non-zero rows through a real FFT, then half of every column through
        # another (0.3 ms, against 1.3 ms for `rfft2` of the whole wrapped kernel).
        rows = np.zeros((s + 1, width))
        rows[:, : s + 1] = half[:, s:]
        rows[:, width - s :] = half[:, :s]
        part = np.fft.rfft(rows, axis=1).real
        wrapped = self._wrapped
        wrapped[: s + 1] = part
        wrapped[s + 1 : height - s] = 0.0
        wrapped[height - s :] = part[:0:-1]
        spectrum = np.fft.rfft(wrapped, axis=0, out=self._spectrum).real  # row u = row height-u
        top = height // 2 + 1
        product = self._product
        np.multiply(self.f[:top], spectrum, out=product[:top])
        np.multiply(self.f[top:], spectrum[height - top : 0 : -1], out=product[top:])
        # Back along the columns, then along only the mask's rows.
        np.fft.ifft(product, axis=0, out=product)
        out: npt.NDArray[np.float64] = np.fft.irfft(
            product[: self.h], n=width, axis=1, out=self._out
        )[:, : self.w]
        return out


def _counts_at(
    padded: Mask,
    margin: int,
    ys: npt.NDArray[np.intp],
    xs: npt.NDArray[np.intp],
    cells: tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]],
) -> npt.NDArray[np.float64]:
    """The counts `_Correlator.correlate` gives, only at the cells (ys, xs), summed directly.

    `padded` is the mask with `margin` (at least the kernel's half-size) zeros on every side.
    """
    width = padded.shape[1]
    flat = padded.ravel()
    offsets = (cells[0] + margin) * width + cells[1] + margin
    starts = ys * width + xs
    out = np.empty(len(ys))
    step = max(1, 250_000 // len(offsets))  # a few MB of indices at a time
    for i in range(0, len(ys), step):
        out[i : i + step] = np.count_nonzero(flat[starts[i : i + step, None] + offsets], axis=1)
    return out


# Sectors of 24 a ring may miss: 2 for a ring; PARTIAL_MISSING for a partial one (round 10's
# grey stamp faded towards its top left 3 sectors bare; round 9's red one rocked off its side).
RING_MISSING = 2
PARTIAL_MISSING = 6


def find_round(ink: Mask, clean: Mask, missing: int = RING_MISSING) -> Stamp | None:
    """The best ring of ink (radius 1.1–2.8 cm), nearly closed (ink in all but `missing` of
    24 sectors), with little ink just outside.

    `ink` is every dark cell; `clean` has recognised text removed (for the outside band).
    """
    h, w = ink.shape
    if h < 30 or w < 30:
        return None
    # Smaller FFTs, kernel spectra from their non-zero rows, exact counts, the band
    # outside summed at the candidates only: le_fax.tif's two regions went from 130
    # and 110 ms of CPU to 30 and 39 ms, the corpus' 49 scanned regions 2.9x faster,
    # with the same stamps (tests/unit/test_stamp_speed.py).
    kernels = _kernels()
    size = kernels.size
    # A ring line is 1-2 cells wide; dilated by one cell it fills the 3-cell annulus.
    f_ink = _Correlator(_dilate(ink), kernels.ring_reach, size)
    f_clean: _Correlator | None = None
    padded_clean: Mask | None = None
    best: Stamp | None = None
    for k in kernels.radii:
        # Counts are integers: cover >= MIN_RING_COVER exactly when the count reaches `need`.
        ring = f_ink.correlate(k.ring)
        candidates = ring >= k.ring_need - 0.5
        if not candidates.any():
            continue  # no ring of this radius anywhere: the band outside needs no look
        ys, xs = np.nonzero(candidates)
        cover = np.rint(ring[ys, xs]) / k.ring_sum
        # The band outside only at the candidates: summed at each, or by FFT for many.
        if len(ys) <= _DIRECT:
            if padded_clean is None:
                padded_clean = np.pad(clean, size)
            outside = _counts_at(padded_clean, size, ys, xs, k.outside_cells)
        else:
            if f_clean is None:
                f_clean = _Correlator(clean, kernels.outside_reach, size)
            outside = np.rint(f_clean.correlate(k.outside)[ys, xs])
        score = cover - outside / k.outside_sum
        # The first best in reading order, as argmax over the whole mask gives. (Among
        # exact ties the old code's pick was its FFT's rounding: never seen on real pages.)
        i = int(np.argmax(score))
        cy, cx = int(ys[i]), int(xs[i])
        value = float(score[i])
        better = value >= RING_THRESHOLD and (best is None or value > best.score)
        if better and _closed(ink, cx, cy, k.r, missing=missing):
            ri = int(round(k.r))
            box = (cx - ri, cy - ri, cx + ri, cy + ri)
            best = Stamp("round", box, round(min(1.0, value), 3))
    return best


def _closed(
    ink: Mask, cx: int, cy: int, r: float, sectors: int = 24, missing: int = RING_MISSING
) -> bool:
    """Ink on the ring in all but `missing` angular sectors (a ring, not a dense patch's edge)."""
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
    return hit >= sectors - missing


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
