"""Tesseract through pytesseract: one page image in, one `Page` of text out.

Measured facts this follows (ARCHITECTURE.md):

- Tesseract's OpenMP threads fight each other on small machines: every run
  gets `OMP_THREAD_LIMIT=1`, and at most `nproc` Tesseracts run at once,
  whichever worker thread or document asks (pages of one document are read in
  parallel by `map_pages`); pages waiting for a core are read together, the
  language models loaded once for them (`tesseract.Readers`).
- pytesseract hands a PIL image over as a PNG it encodes first (0.34 s per
  page measured); the page is written uncompressed to a temporary file that
  carries its resolution. The file is BMP: Leptonica reads
  a 300 dpi greyscale page as PNM 0.16 s slower than as BMP (0.81 s against
  0.65 s of Tesseract CPU on the bench's scan, same text out).
- The Romanian model writes the cedilla letters ş ţ for half of the
  comma-below ones: they are folded.
- `image_to_data` gives words, layout and confidences in one run; the text is
  rebuilt from it. Word confidences are kept on the page.

Before reading, small skew is straightened (`orient.deskew`); a reading that
looks like a page lying sideways or upside down (low confidence) is checked
with Tesseract's orientation detection and read again turned upright.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytesseract
from PIL import Image

from .errors import OcrError
from .ink import examine_mask, ink_mask, pack, unpack, words_with_boxes
from .model import Page
from .normalize import fold_cedilla
from .ocrrescue import (
    Rescued,
    better_reading,
    columns_cut,
    flatten_lighting,
    remove_vertical_rules,
    reread_inked,
    rescue_blocks,
    sheet_box,
    word_in,
)
from .options import ExtractOptions
from .orient import deskew, parse_osd, source_box, turn
from .shades import region_shades
from .tesseract import Readers

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")

# Tesseract reads "@" as "Q", "(G", "(@", "(" or "©" often enough in e-mail addresses
# that an address is otherwise lost; only a lower-case domain with a dot after it
# is repaired, so ordinary words are left alone.
_AT_CONFUSION = re.compile(
    r"(?<=[a-z0-9._-])(?:Q|\(G|\(@\)?|\(a\)|©|®|@@|\((?![^\s)]*\)))"
    r"(?=[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b)"
)
# A first reading below this mean confidence, or with fewer words, may be a turned page.
SUSPECT_CONFIDENCE = 70.0
SUSPECT_WORDS = 12
MIN_OSD_CONFIDENCE = 1.5


def nproc() -> int:
    """Cores this process may use (affinity-aware)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# One Tesseract per core across the whole process: router worker threads, the
# pages of one document and the evaluation's item threads all pass through here;
# pages that wait for a core are read together (tesseract.py).
READERS = Readers(nproc())


def _thread_limit() -> None:
    # pytesseract starts tesseract with this process's environment; an operator's
    # explicit setting wins (setdefault), the measured default is one thread.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def repair_ocr_text(text: str) -> str:
    """Fold cedilla letters to comma-below and mend "@" misreads in e-mail addresses."""
    return _AT_CONFUSION.sub("@", fold_cedilla(text))


def map_pages(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """`fn` over `items` on up to nproc threads, results in order (the semaphore caps Tesseract)."""
    if len(items) <= 1:
        return [fn(i) for i in items]
    with ThreadPoolExecutor(max_workers=min(nproc(), len(items)), thread_name_prefix="ocr") as pool:
        return list(pool.map(fn, items))


def _save(image: Image.Image, fh: Any) -> None:
    """The page as an uncompressed BMP carrying its resolution (Tesseract reads it from there)."""
    dpi = image.info.get("dpi")
    if dpi:
        square = round(float(dpi[0]))  # what `--dpi` used to say: the horizontal resolution
        image.save(fh, "BMP", dpi=(square, square))
    else:
        image.save(fh, "BMP")


def _run(
    image: Image.Image,
    options: ExtractOptions,
    number: int,
    osd: bool = False,
    psm: int | None = None,
) -> object:
    """One page through the shared Tesseract runs (`tesseract.Readers`) from a temporary BMP."""
    _thread_limit()
    fd, path = tempfile.mkstemp(prefix="registratura-ocr-", suffix=".bmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            _save(image, fh)
        if osd:
            return READERS.orientation(path, options.ocr_page_timeout)
        return READERS.data(
            path, options.ocr_languages, psm or options.ocr_psm, options.ocr_page_timeout
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrError("tesseract is not installed or not on PATH") from exc
    except pytesseract.TesseractError as exc:
        if osd:  # "too few characters": no orientation to learn, not a failure
            return ""
        raise OcrError(f"tesseract failed on page {number}: {exc.message or exc.status}") from exc
    except RuntimeError as exc:
        if "timeout" not in str(exc).lower():
            raise OcrError(f"tesseract failed on page {number}: {exc}") from exc
        raise TimeoutError(str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)


# Words of this many letters at least tell a line's direction by their box.
SIDEWAYS_LETTERS = 4
# A page whose long words are this share taller than wide was read sideways.
SIDEWAYS_SHARE = 0.6


def _sideways(data: dict[str, list[object]]) -> bool:
    """Whether Tesseract read the page's lines running up or down (a page scanned on its
    side: the layout finds vertical text and reads it, but every region read again on its
    own, a signature block under ink, is then read across its lines; round 14)."""
    tall = wide = 0
    for i, word in enumerate(data.get("text", [])):
        if len(str(word).strip()) < SIDEWAYS_LETTERS:
            continue
        w, h = int(str(data["width"][i])), int(str(data["height"][i]))
        if h > w:
            tall += 1
        else:
            wide += 1
    return tall + wide >= SUSPECT_WORDS and tall >= SIDEWAYS_SHARE * (tall + wide)


def _suspect(text: str, confidence: float | None, image: Image.Image) -> bool:
    words = len(re.findall(r"\w{2,}", text))
    if confidence is not None and confidence >= SUSPECT_CONFIDENCE and words >= SUSPECT_WORDS:
        return False
    hist = image.convert("L").histogram()
    dark = sum(hist[:128]) / max(1, image.width * image.height)
    return dark > 0.005  # enough ink to be text read the wrong way round


def ocr_page(
    image: Image.Image,
    number: int,
    options: ExtractOptions,
    *,
    examine_ink: bool = False,
    colour: Callable[[list[tuple[int, int, int, int]]], list[Image.Image | None]] | None = None,
    shades: Callable[[list[tuple[int, int, int, int]]], list[Image.Image | None]] | None = None,
) -> tuple[Page, list[str]]:
    """OCR one page image; a timeout is a defect (empty page), a Tesseract failure an OcrError.

    With `examine_ink` the page's ink that is not text (signature, stamp) is
    examined too (`ink.examine_mask`), on the image as read and with this reading's
    word boxes; `colour` gives regions (x0, y0, x1, y1) of the page as it came,
    in colour (None when the scan has none), asked once, only where ink was found;
    `shades` likewise in colour or grey (None when bilevel), asked where a stamp's small
    letters are read (`shades.region_shades`).
    With `options.defer_ink` the examination is left to `Page.ink`, which keeps
    only the page's ink mask (one bit a pixel) and the word boxes.
    """
    defects: list[str] = []
    original = image
    image, angle = _straightened(original, options, number)
    try:
        data = _run(image, options, number)
        text, confidence = text_from_data(data)  # type: ignore[arg-type]
        sheet = sheet_box(original)
        if sheet is not None:
            # A sheet photographed on a table: read cut out too, the better reading kept
            # (`ocrrescue.sheet_box`); what is asked of the page as it came is then asked
            # at the sheet's offset.
            cut = original.crop(sheet)
            cut.info = dict(original.info)
            cut_image, cut_angle = _straightened(cut, options, number)
            cut_data = _run(cut_image, options, number)
            if better_reading(data, cut_data):  # type: ignore[arg-type]
                log.info("page %d: read cut out of its background (%s)", number, sheet)
                image, angle, data = cut_image, cut_angle, cut_data
                text, confidence = text_from_data(data)  # type: ignore[arg-type]
                colour = _offset(colour, sheet[0], sheet[1])
                shades = _offset(shades, sheet[0], sheet[1])
        rotate = 0
        sideways = _sideways(data)  # type: ignore[arg-type]
        if options.detect_orientation and (_suspect(text, confidence, image) or sideways):
            turn_by, osd_conf = parse_osd(str(_run(image, options, number, osd=True)))
            if turn_by and osd_conf >= MIN_OSD_CONFIDENCE:
                turned = turn(image, turn_by)
                data2 = _run(turned, options, number)
                t2, c2 = text_from_data(data2)  # type: ignore[arg-type]
                if (c2 or 0) > (confidence or 0) or (
                    sideways and not _sideways(data2)  # type: ignore[arg-type]
                ):
                    log.info("page %d: read turned by %d degrees", number, turn_by)
                    defects.append(f"page {number}: turned {turn_by} degrees to read")
                    text, confidence, data, image, rotate = t2, c2, data2, turned, turn_by
        if columns_cut(data):  # type: ignore[arg-type]
            # Lines cut into columns where there are none (`ocrrescue.columns_cut`): the
            # page read again as one block, kept when it reads clearly more.
            block = _run(image, options, number, psm=6)
            if better_reading(data, block):  # type: ignore[arg-type]
                log.info(
                    "page %d: read again as one block (its lines were cut into columns)", number
                )
                data = block
                text, confidence = text_from_data(data)  # type: ignore[arg-type]
    except TimeoutError:
        log.warning("OCR timed out on page %d after %.0f s", number, options.ocr_page_timeout)
        defects.append(f"page {number}: OCR timed out after {options.ocr_page_timeout:g} s")
        return Page(number=number, text="", method="ocr", ocr_confidence=None), defects
    if examine_ink:
        # The signature page: a block under a stamp and a signature is read as a
        # picture and lost (the rank, the name); such regions are read again.
        text = _with_rescued(image, data, options, number, colour, angle, rotate) or text  # type: ignore[arg-type]
    marks = None
    later = None
    if examine_ink:
        size, dpi = image.size, float((image.info.get("dpi") or (300, 300))[1])
        words = words_with_boxes(data)  # type: ignore[arg-type]

        def coloured(boxes: list[list[int]]) -> list[Image.Image | None]:
            # The boxes' regions of the page as it came, found by undoing the turn
            # and the deskew on each box (turning a whole colour page costs 0.3 s).
            if colour is None:
                return [None] * len(boxes)
            return colour([source_box(b, size, angle, rotate) for b in boxes])

        def shaded(box: tuple[int, int, int, int]) -> Any:
            # A box of the page as read in the shades of the page as it came.
            if shades is None:
                return None
            return region_shades(shades, box, size, angle, rotate)

        def examined(mask: Image.Image) -> dict[str, Any]:
            # Never fatal to the reading: a page whose ink cannot be examined says so.
            try:
                return examine_mask(mask, mode, words, dpi, coloured, shaded)
            except Exception as exc:  # noqa: BLE001 - the checks then say "not examined"
                log.warning("page %d: ink examination failed", number, exc_info=True)
                return {"error": f"ink examination failed: {type(exc).__name__}: {exc}"}

        mode = image.mode
        if options.defer_ink:
            # Kept for later: the page's ink mask, one bit a pixel (about 1 MB an A4
            # page), not the page; no rendering or straightening again.
            packed = pack(ink_mask(image))

            def later() -> dict[str, Any] | None:
                return examined(unpack(packed))

        else:
            marks = examined(ink_mask(image))
    page = Page(
        number=number,
        text=repair_ocr_text(text),
        method="ocr",
        ocr_confidence=confidence,
        words=tuple(word_confidences(data)),  # type: ignore[arg-type]
        marks=marks,
        ink=later,
    )
    return page, defects


def _straightened(
    image: Image.Image, options: ExtractOptions, number: int
) -> tuple[Image.Image, float]:
    """The page evened out, its vertical rules whitened and deskewed, and the deskew angle."""
    angle = 0.0
    image, flattened = flatten_lighting(image)
    if flattened:
        log.debug("page %d: uneven light evened out before reading", number)
    image, rules = remove_vertical_rules(image)
    if rules:
        log.debug("page %d: %d vertical rule(s) whitened before reading", number, rules)
    if options.deskew:
        image, angle = deskew(image)
        if angle:
            log.debug("page %d: deskewed by %.2f degrees", number, angle)
    return image, angle


Colour = Callable[[list[tuple[int, int, int, int]]], list[Image.Image | None]]


def _offset(colour: Colour | None, dx: int, dy: int) -> Colour | None:
    """`colour` for boxes of a part of the page whose corner is at (dx, dy)."""
    if colour is None:
        return None
    whole = colour

    def shifted(boxes: list[tuple[int, int, int, int]]) -> list[Image.Image | None]:
        return whole([(x0 + dx, y0 + dy, x1 + dx, y1 + dy) for x0, y0, x1, y1 in boxes])

    return shifted


def _with_rescued(
    image: Image.Image,
    data: dict[str, list[object]],
    options: ExtractOptions,
    number: int,
    colour: Callable[[list[tuple[int, int, int, int]]], list[Image.Image | None]] | None,
    angle: float,
    rotate: int,
) -> str | None:
    """The page's text with its picture-like regions read again (`ocrrescue`); None if none."""

    def read(region: Image.Image, psm: int) -> dict[str, list[object]]:
        return _run(region, options, number, psm=psm)  # type: ignore[return-value]

    def in_colour(boxes: list[tuple[int, int, int, int]]) -> list[Image.Image | None]:
        if colour is None:
            return [None] * len(boxes)
        crops = colour([source_box(list(b), image.size, angle, rotate) for b in boxes])
        # A page read turned (a scan on its side): each region turned as the page was, so
        # that its coloured ink is dropped from the same lines (round 14).
        return [turn(c, rotate) if c is not None and rotate else c for c in crops]

    try:
        inked = reread_inked(image, data, read, in_colour) if colour is not None else []
        rescued = inked + rescue_blocks(
            image, data, read, in_colour, [r.box for r in inked if r.box is not None]
        )
    except (OcrError, TimeoutError):
        log.warning("page %d: reading a region again failed", number, exc_info=True)
        return None
    if not rescued:
        return None
    return text_from_data(data, rescued)[0]


def word_confidences(data: dict[str, list[object]]) -> list[tuple[str, float]]:
    """(word, confidence 0..100) for every recognised word, in reading order."""
    return [(w, c) for w, c, _ in words_with_boxes(data) if c >= 0]


def text_from_data(
    data: dict[str, list[object]], rescued: Sequence[Rescued] = ()
) -> tuple[str, float | None]:
    """Lines and paragraphs rebuilt from Tesseract's word table; mean word confidence 0..100.

    `rescued` regions' lines come in as paragraphs after the last paragraph that
    starts above them; a region read again in place of words of the table
    (`Rescued.box`) at its first line's place (the confidence is the table's alone).
    """
    lines: dict[tuple[int, int, int], list[str]] = {}
    tops: dict[tuple[int, int], int] = {}
    confs: list[float] = []
    replaced = [r for r in rescued if r.box is not None]
    # A region read again stands where its first line stood: that line's place in the
    # reading order (not after the paragraphs above its top: a paragraph's last line in
    # the region goes on in the region's reading, round 15's "nr. / 2, Cluj-Napoca").
    anchors: dict[tuple[int, int, int], Rescued] = {}
    for i, word in enumerate(data.get("text", [])):
        word = str(word).strip()
        if not word:
            continue
        key = (
            int(str(data["block_num"][i])),
            int(str(data["par_num"][i])),
            int(str(data["line_num"][i])),
        )
        inside = next((r for r in replaced if r.box and word_in(data, i, r.box)), None)
        if inside is not None:
            # read again under coloured ink (`ocrrescue.reread_inked`)
            if inside not in anchors.values():
                anchors[key] = inside
                lines.setdefault(key, [])
            continue
        lines.setdefault(key, []).append(word)
        top = int(str(data["top"][i])) if "top" in data else 0
        tops[key[:2]] = min(tops.get(key[:2], top), top)
        conf = float(str(data["conf"][i]))
        if conf >= 0:
            confs.append(conf)
    paragraphs: list[tuple[int, list[str]]] = []
    prev: tuple[int, int] | None = None
    for key, line_words in lines.items():  # dicts keep Tesseract's reading order
        block, par, _line = key
        if (block, par) != prev:
            paragraphs.append((tops.get((block, par), 0), []))
        if key in anchors:
            paragraphs[-1][1].extend(anchors[key].lines)
        if line_words:
            paragraphs[-1][1].append(" ".join(line_words))
        prev = (block, par)
    placed = set(map(id, anchors.values()))
    for r in sorted((r for r in rescued if id(r) not in placed), key=lambda r: r.top):
        at = max((i + 1 for i, (top, _) in enumerate(paragraphs) if top < r.top), default=0)
        paragraphs.insert(at, (r.top, list(r.lines)))
    confidence = round(sum(confs) / len(confs), 1) if confs else None
    return "\n\n".join("\n".join(p) for _, p in paragraphs), confidence
