"""Raster images (PNG, JPEG, TIFF incl. multi-page CCITT fax, GIF, WebP) to OCR'd pages.

Fax standard resolution (204x98 dpi) has half as many rows as columns per inch;
its rows are doubled (nearest neighbour) to square pixels before OCR, which
cut character errors from 6% to 1.7% in the measurements of ARCHITECTURE.md
(bicubic upscaling was slower and worse). The frames of a multi-page file are
read in parallel (`ocr.map_pages`, at most one Tesseract per core).
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Callable

from PIL import Image, ImageOps, ImageSequence

from .errors import UnreadableInput
from .model import Page
from .ocr import map_pages, ocr_page
from .options import ExtractOptions

log = logging.getLogger(__name__)

MIN_SIDE = 32  # below this on either side there is nothing to read (icons, spacers)
_PIL_ERRORS = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    IndexError,
    TypeError,
    KeyError,
    ZeroDivisionError,
    MemoryError,
    Image.DecompressionBombError,
)


def read_image(raw: bytes, options: ExtractOptions) -> tuple[tuple[Page, ...], tuple[str, ...]]:
    """OCR every frame of an image file (up to `max_pages`); UnreadableInput if none decodes."""
    defects: list[str] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            # PIL warns about corrupt metadata: those are defects of this item, not
            # process-wide warnings. Our own pixel cap decides what is too big.
            warnings.simplefilter("always")
            img = Image.open(io.BytesIO(raw))
            w, h = img.size
            if w * h > 4 * options.max_image_pixels:
                raise UnreadableInput(f"image too large ({w}x{h} pixels)")
            frames: list[Image.Image | None] = []
            for i, frame in enumerate(ImageSequence.Iterator(img)):
                if i >= options.max_pages:
                    defects.append(f"only the first {options.max_pages} frames read")
                    break
                try:
                    frames.append(prepare(frame.copy(), options, defects, i + 1))
                except _PIL_ERRORS as exc:
                    if not frames:
                        raise
                    defects.append(f"page {i + 1}: image data unreadable ({type(exc).__name__})")
                    break
        for warning in caught:
            if not issubclass(warning.category, Image.DecompressionBombWarning):
                defects.append(f"image: {str(warning.message).strip()[:120]}")
    except UnreadableInput:
        raise
    except _PIL_ERRORS as exc:
        raise UnreadableInput(f"image cannot be decoded: {type(exc).__name__}: {exc}") from exc

    first_examined = len(frames) - options.ink_pages

    def read(job: tuple[int, Image.Image | None]) -> tuple[Page, list[str]]:
        number, prepared = job
        if prepared is None:
            return Page(number=number, text="", method="ocr"), []
        if number <= first_examined:
            return ocr_page(prepared, number, options)
        return ocr_page(
            prepared,
            number,
            options,
            examine_ink=True,
            colour=_colour_regions(raw, number, prepared.size),
        )

    pages: list[Page] = []
    for page, page_defects in map_pages(read, list(enumerate(frames, start=1))):
        pages.append(page)
        defects.extend(page_defects)
    if not any(p.text.strip() for p in pages):
        defects.append("no text found")
    return tuple(pages), tuple(defects)


def prepare(
    frame: Image.Image, options: ExtractOptions, defects: list[str], number: int
) -> Image.Image | None:
    """Square the pixels, flatten to greyscale or bilevel, cap the size; None if too small."""
    frame.load()
    dpi = _dpi(frame)
    transposed = ImageOps.exif_transpose(frame)
    frame = transposed if transposed is not None else frame
    if frame.mode not in ("1", "L"):
        frame = _on_white(frame).convert("L")
    w, h = frame.size
    if w < MIN_SIDE or h < MIN_SIDE:
        defects.append(f"page {number}: image too small to read ({w}x{h})")
        return None
    if dpi is not None:
        x, y = dpi
        if x >= 1.5 * y:  # fax standard mode: double (or more) the rows
            factor = round(x / y)
            frame = frame.resize((w, h * factor), Image.Resampling.NEAREST)
            dpi = (x, y * factor)
            log.debug("page %d: rows x%d for %gx%g dpi", number, factor, x, y)
        elif y >= 1.5 * x:
            factor = round(y / x)
            frame = frame.resize((w * factor, h), Image.Resampling.NEAREST)
            dpi = (x * factor, y)
    w, h = frame.size
    if w * h > options.max_image_pixels:
        scale = (options.max_image_pixels / (w * h)) ** 0.5
        frame = frame.convert("L").resize(
            (max(1, int(w * scale)), max(1, int(h * scale))), Image.Resampling.LANCZOS
        )
        defects.append(f"page {number}: scaled down from {w}x{h} pixels for OCR")
        dpi = (dpi[0] * scale, dpi[1] * scale) if dpi else None
    frame.info.clear()
    if dpi is not None:
        # pytesseract saves the image with its info, so Tesseract learns the real resolution.
        frame.info["dpi"] = (round(dpi[0]), round(dpi[1]))
    return frame


def _on_white(frame: Image.Image) -> Image.Image:
    """A frame with transparency laid on white paper (others as they are)."""
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        return Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
    return frame


_COLOUR_MODES = frozenset({"RGB", "RGBA", "P", "CMYK", "YCbCr", "LAB", "HSV", "PA"})


def _colour_regions(
    raw: bytes, number: int, size: tuple[int, int]
) -> Callable[[list[tuple[int, int, int, int]]], list[Image.Image | None]]:
    """Regions of frame `number` in colour, in the prepared frame's pixels.

    The frame is decoded at each call (one per examination) and not kept: a
    mail's colour scans never sit decoded in memory together.
    """

    def regions(boxes: list[tuple[int, int, int, int]]) -> list[Image.Image | None]:
        try:
            img = Image.open(io.BytesIO(raw))
            img.seek(number - 1)
            if img.mode not in _COLOUR_MODES:
                return [None] * len(boxes)
            colour = _on_white(ImageOps.exif_transpose(img) or img).convert("RGB")
        except _PIL_ERRORS:
            return [None] * len(boxes)
        if colour.size != size:
            colour = colour.resize(size, Image.Resampling.BILINEAR)
        return [colour.crop(b) for b in boxes]

    return regions


def _dpi(img: Image.Image) -> tuple[float, float] | None:
    dpi = img.info.get("dpi")
    try:
        if dpi and len(dpi) == 2 and float(dpi[0]) > 1 and float(dpi[1]) > 1:
            return float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError):
        return None
    return None
