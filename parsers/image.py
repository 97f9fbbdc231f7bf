"""Raster images (PNG, JPEG, TIFF incl. multi-page CCITT fax, GIF, WebP) to OCR'd pages.

Fax standard resolution (204x98 dpi) has half as many rows as columns per inch;
its rows are doubled (nearest neighbour) to square pixels before OCR, which
cut character errors from 6% to 1.7% in the measurements of ARCHITECTURE.md
(bicubic upscaling was slower and worse). The frames of a multi-page file are
read in parallel (`ocr.map_pages`, at most one Tesseract per core).

Size: a frame over `max_image_pixels` is scaled down for OCR, decoded as
small as its format allows (a JPEG at 1/2 to 1/8 scale by `draft`; others
whole, then resized without a second full-size copy). A frame over
`DECODE_FACTOR` times that (240 M pixels by default) is refused as a
decompression bomb, from its header, before a pixel is decoded. Pillow's own
process-wide limit (`Image.MAX_IMAGE_PIXELS`, an error from 179 M pixels)
refused scans the code meant to scale down: it is raised to our cap (a
process-wide setting, made here on purpose), `open_image` opens without its
first-frame check (a JPEG may claim more, it decodes reduced), and our cap
is checked on every frame.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Callable

from PIL import Image, ImageOps, ImageSequence, JpegImagePlugin

from .errors import UnreadableInput
from .model import Page
from .ocr import map_pages, ocr_page
from .options import ExtractOptions

log = logging.getLogger(__name__)

MIN_SIDE = 32  # below this on either side there is nothing to read (icons, spacers)
# The most pixels one frame may decode to, as a multiple of the OCR size: a
# 1200 dpi A4 colour scan (139 M pixels, 560 MB decoded) passes, a bomb does not.
DECODE_FACTOR = 4
# JPEG decodes at 1/8 scale at best (`draft`), so a claimed size 64 times the cap still
# decodes within it.
_JPEG_DRAFT = 64
_FORMATS = ("PNG", "JPEG", "TIFF", "GIF", "WEBP")  # what `sniff.is_image` lets through
# Pillow checks a frame's size again as it decodes some formats (TIFF, WebP, GIF),
# against its process-wide limit: an error above twice MAX_IMAGE_PIXELS. Set,
# knowingly, so that error falls on our cap for the default OCR size (240 M
# pixels) and no lower; our own check (`check_size`) runs first on every frame.
_DEFAULT_CAP = DECODE_FACTOR * ExtractOptions().max_image_pixels
if Image.MAX_IMAGE_PIXELS is not None and 2 * Image.MAX_IMAGE_PIXELS < _DEFAULT_CAP:
    Image.MAX_IMAGE_PIXELS = _DEFAULT_CAP // 2
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


class _TooLarge(Exception):
    """A frame whose header claims more pixels than we decode."""


def open_image(raw: bytes) -> Image.Image:
    """The image (its header read, nothing decoded) without Pillow's process-wide pixel check.

    The formats we read are opened by their own plugin, as `Image.open` would,
    minus its `MAX_IMAGE_PIXELS` check; the caller checks every frame against
    its own cap (`check_size`). Anything else goes through `Image.open`.
    """
    Image.init()
    prefix = raw[:16]
    for name in _FORMATS:
        entry = Image.OPEN.get(name)
        if entry is None:
            continue
        factory, accept = entry
        verdict = accept(prefix) if accept is not None else True
        if verdict and not isinstance(verdict, str):
            return factory(io.BytesIO(raw), "")
    return Image.open(io.BytesIO(raw))


def check_size(frame: Image.Image, options: ExtractOptions) -> None:
    """Raise _TooLarge when the current frame would decode to more than the cap."""
    w, h = frame.size
    cap = DECODE_FACTOR * options.max_image_pixels
    limit = cap * _JPEG_DRAFT if isinstance(frame, JpegImagePlugin.JpegImageFile) else cap
    if w * h > limit:
        raise _TooLarge(
            f"image too large ({w}x{h} pixels, over the cap of {limit} pixels): not decoded"
        )


def load_frames(raw: bytes, options: ExtractOptions) -> tuple[list[Image.Image | None], list[str]]:
    """Every frame (up to `max_pages`) decoded within the cap and prepared for OCR.

    UnreadableInput when the first frame cannot be decoded or is too large;
    a later frame that cannot is a defect and ends the reading.
    """
    defects: list[str] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            # PIL warns about corrupt metadata: those are defects of this item, not
            # process-wide warnings. Our own pixel cap decides what is too big.
            warnings.simplefilter("always")
            img = open_image(raw)
            frames: list[Image.Image | None] = []
            for i, frame in enumerate(ImageSequence.Iterator(img)):
                if i >= options.max_pages:
                    defects.append(f"only the first {options.max_pages} frames read")
                    break
                try:
                    check_size(frame, options)
                    decoded = shrink(frame, options, defects, i + 1)
                    frames.append(prepare(decoded, options, defects, i + 1))
                except _TooLarge as exc:
                    if not frames:
                        raise UnreadableInput(str(exc)) from None
                    defects.append(f"page {i + 1}: {exc}")
                    break
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
    return frames, defects


def read_image(raw: bytes, options: ExtractOptions) -> tuple[tuple[Page, ...], tuple[str, ...]]:
    """OCR every frame of an image file (up to `max_pages`); UnreadableInput if none decodes."""
    frames, defects = load_frames(raw, options)
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
            colour=_colour_regions(raw, number, prepared.size, options),
            shades=_colour_regions(raw, number, prepared.size, options, grey=True),
        )

    pages: list[Page] = []
    for page, page_defects in map_pages(read, list(enumerate(frames, start=1))):
        pages.append(page)
        defects.extend(page_defects)
    if not any(p.text.strip() for p in pages):
        defects.append("no text found")
    return tuple(pages), tuple(defects)


def _row_factor(dpi: tuple[float, float] | None) -> int:
    """How many times `prepare` multiplies one side to square fax pixels (1: none)."""
    if dpi is None:
        return 1
    x, y = dpi
    return round(x / y) if x >= 1.5 * y else round(y / x) if y >= 1.5 * x else 1


def shrink(
    frame: Image.Image, options: ExtractOptions, defects: list[str] | None, number: int
) -> Image.Image:
    """The current frame decoded: a copy as it is when small enough for OCR, else scaled down.

    A frame over `max_image_pixels` is decoded at most once at full size (a
    JPEG not even once: `draft` decodes it at 1/2 to 1/8 scale) and resized
    straight to the OCR size, its resolution scaled with it, so the full-size
    pixels are never copied, transposed or converted to colour.
    """
    w, h = frame.size
    dpi = _dpi(frame)
    target = options.max_image_pixels / _row_factor(dpi)
    if w * h <= target:
        return frame.copy()
    scale = (target / (w * h)) ** 0.5
    size = (max(1, int(w * scale)), max(1, int(h * scale)))
    if isinstance(frame, JpegImagePlugin.JpegImageFile):
        frame.draft(frame.mode, size)
        dw, dh = frame.size
        if dw * dh > DECODE_FACTOR * options.max_image_pixels:  # draft declined (MPO, …)
            raise _TooLarge(f"image too large ({w}x{h} pixels) to decode: not decoded")
    frame.load()
    src: Image.Image = frame
    if src.mode in ("P", "PA") and (src.mode == "PA" or "transparency" in src.info):
        src = src.convert("RGBA")
    elif src.mode not in ("L", "LA", "RGB", "RGBA", "CMYK"):
        src = src.convert("L")  # bilevel, palette, 16-bit: what prepare would convert to anyway
    small = src.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    small.info = dict(frame.info)
    if dpi is not None:
        small.info["dpi"] = (dpi[0] * size[0] / w, dpi[1] * size[1] / h)
    if defects is not None:
        defects.append(f"page {number}: scaled down from {w}x{h} pixels for OCR")
    return small


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
_GREY_MODES = frozenset({"L", "LA"})


def _colour_regions(
    raw: bytes, number: int, size: tuple[int, int], options: ExtractOptions, grey: bool = False
) -> Callable[[list[tuple[int, int, int, int]]], list[Image.Image | None]]:
    """Regions of frame `number` in colour, in the prepared frame's pixels; with `grey`, of a
    grey frame too (its shades: `shades.region_shades`), never of a bilevel one.

    The frame is decoded at each call (one per examination) and not kept: a
    mail's colour scans never sit decoded in memory together. A large frame
    is decoded as `shrink` decodes it for OCR.
    """

    def regions(boxes: list[tuple[int, int, int, int]]) -> list[Image.Image | None]:
        try:
            img = open_image(raw)
            img.seek(number - 1)
            if img.mode not in _COLOUR_MODES and not (grey and img.mode in _GREY_MODES):
                return [None] * len(boxes)
            if img.size[0] * img.size[1] > options.max_image_pixels:
                check_size(img, options)
                img = shrink(img, options, None, number)
            colour = _on_white(ImageOps.exif_transpose(img) or img).convert("RGB")
        except (_TooLarge, *_PIL_ERRORS):
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
