"""A region of a page in its own shades: how strongly each pixel is inked, 0 to 1.

The ink mask a page is examined on (`ink.ink_mask`) is one bit a pixel: a light
stamp's letters come out fat, their counters filled, and a stamp's small
letters (a unit's name under the body's, some 1-1.5 mm tall) merge into blots
nobody can read. The page as it came still has them: its colour or grey, asked
again only for the region that needs it (the scan is decoded once per call, not
kept), turned and straightened as the page was read, and measured as distance
from the region's paper. A bilevel page (a fax) has no shades: None.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt
from PIL import Image

from .orient import source_box, source_point

Regions = Callable[[list[tuple[int, int, int, int]]], list[Image.Image | None]]
Shades = Callable[[tuple[int, int, int, int]], npt.NDArray[np.float32] | None]


def ink_strength(region: Image.Image) -> npt.NDArray[np.float32]:
    """How far each pixel is from the region's paper (its median colour: a stamp's box is
    mostly paper), scaled so that the strongest ink is 1."""
    rgb = np.asarray(region.convert("RGB") if region.mode != "L" else region, dtype=np.float32)
    if rgb.ndim == 2:
        rgb = rgb[:, :, None]
    paper = np.median(rgb.reshape(-1, rgb.shape[2]), axis=0)
    # Only what is darker than the paper is ink (a scanner's bright speck is not).
    darker = rgb.mean(axis=2) < paper.mean()
    dist = np.sqrt(((rgb - paper) ** 2).sum(axis=2)) * darker
    top = float(np.percentile(dist, 99.5)) if dist.size else 0.0
    if top <= 0:
        return np.zeros(dist.shape, dtype=np.float32)
    out: npt.NDArray[np.float32] = np.clip(dist / top, 0.0, 1.0).astype(np.float32)
    return out


def region_shades(
    regions: Regions,
    box: tuple[int, int, int, int],
    size: tuple[int, int],
    angle: float,
    turned: int,
) -> npt.NDArray[np.float32] | None:
    """The box (pixels of the page as read: `size`, deskewed by `angle` and turned by
    `turned`) in shades (`ink_strength`), pixel for pixel; None when the page has none."""
    x0, y0, x1, y1 = box
    if x1 <= x0 or y1 <= y0:
        return None
    src = source_box([x0, y0, x1, y1], size, angle, turned)
    got = regions([src])
    region = got[0] if got else None
    if region is None:
        return None
    strength = ink_strength(region)
    # Each pixel of the box, sampled where it lies on the page as it came (bilinear).
    ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float64) + 0.5
    px, py = source_point(xs, ys, size, angle, turned)
    sx: npt.NDArray[np.float64] = np.asarray(px, dtype=np.float64) - src[0] - 0.5
    sy: npt.NDArray[np.float64] = np.asarray(py, dtype=np.float64) - src[1] - 0.5
    h, w = strength.shape
    framed = np.pad(strength, 1)  # outside the region is paper
    sx = np.clip(sx + 1, 0, w + 1 - 1.001)
    sy = np.clip(sy + 1, 0, h + 1 - 1.001)
    ix, iy = sx.astype(np.intp), sy.astype(np.intp)
    dx, dy = (sx - ix).astype(np.float32), (sy - iy).astype(np.float32)
    top = framed[iy, ix] * (1 - dx) + framed[iy, ix + 1] * dx
    bottom = framed[iy + 1, ix] * (1 - dx) + framed[iy + 1, ix + 1] * dx
    out: npt.NDArray[np.float32] = (top * (1 - dy) + bottom * dy).astype(np.float32)
    return out
