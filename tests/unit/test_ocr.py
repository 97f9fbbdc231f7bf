"""OCR: Romanian text rendered in the test, a real G4 fax page, fax resolution, repairs."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers import ExtractOptions, OcrError, SourceKind, extract
from parsers.image import prepare
from parsers.normalize import matchable
from parsers.ocr import repair_ocr_text, text_from_data
from parsers.orient import deskew, skew_angle, source_box, straighten, turn
from tests.unit.corpora import corpus_bytes

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = ["Poliția Română solicită", "istoricul tranzacțiilor", "în dosarul penal 4567/P/2026"]


def _page(
    lines: list[str],
    size: tuple[int, int] = (1400, 420),
    dpi: tuple[int, int] = (300, 300),
    fmt: str = "PNG",
) -> bytes:
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(DEJAVU, 56)
    for i, line in enumerate(lines):
        draw.text((40, 40 + i * 110), line, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, fmt, dpi=dpi)
    return buf.getvalue()


@pytest.mark.slow
def test_romanian_words_come_back() -> None:
    """Rendered Romanian text with ș ț ă î comes back from OCR, comma-below, with a confidence."""
    doc = extract(_page(LINES))
    assert doc.kind is SourceKind.IMAGE
    page = doc.pages[0]
    assert page.method == "ocr" and page.ocr_confidence is not None and page.ocr_confidence > 60
    for word in ("Poliția", "Română", "tranzacțiilor", "4567/P/2026"):
        assert word in page.text
    assert "ţ" not in page.text and "ş" not in page.text
    assert doc.ocr_pages == 1 and doc.ocr_mean_confidence == page.ocr_confidence


def _real_g4() -> Image.Image:
    img = Image.open(io.BytesIO(corpus_bytes("tesseract-test/testing/8087_054.3B.tif")))
    assert img.info.get("compression") == "group4" and img.mode == "1"
    return img


@pytest.mark.slow
def test_real_g4_fax_page() -> None:
    """A real 300 dpi CCITT G4 page (tesseract's 8087_054.3B.tif) reads; its top-left column, re-encoded G4, keeps the test fast."""
    img = _real_g4()
    top = img.crop((0, 0, img.width // 2, 800))
    buf = io.BytesIO()
    top.save(buf, "TIFF", compression="group4", dpi=img.info["dpi"])
    doc = extract(buf.getvalue(), options=ExtractOptions(ocr_languages="eng"))
    text = matchable(doc.text)
    for word in ("dubrovnik", "dalmatian", "greater serbia"):
        assert word in text


def test_fax_standard_rows_doubled() -> None:
    """A 204x98 dpi fax frame gets its rows doubled to square pixels (nearest neighbour); 204x196 is left alone."""
    standard = Image.new("1", (1728, 1143), 1)
    standard.info["dpi"] = (204.0, 98.0)
    out = prepare(standard, ExtractOptions(), [], 1)
    assert out is not None and out.size == (1728, 2286) and out.info["dpi"] == (204, 196)
    fine = Image.new("1", (1728, 2292), 1)
    fine.info["dpi"] = (204.0, 196.0)
    out = prepare(fine, ExtractOptions(), [], 1)
    assert out is not None and out.size == (1728, 2292)


def test_multipage_tiff_frames_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every frame of a multi-page G4 TIFF becomes a page (OCR stubbed: this pins the frame loop)."""
    import parsers.image as image_mod
    from parsers.model import Page

    frames = [Image.new("1", (400, 300), 1) for _ in range(3)]
    buf = io.BytesIO()
    frames[0].save(
        buf, "TIFF", compression="group4", dpi=(204, 98), save_all=True, append_images=frames[1:]
    )
    seen: list[tuple[int, tuple[int, int], bool]] = []

    def fake_ocr(
        img: Image.Image,
        number: int,
        options: ExtractOptions,
        *,
        examine_ink: bool = False,
        **_: Any,
    ) -> tuple[Page, list[str]]:
        seen.append((number, img.size, examine_ink))
        return Page(number=number, text=f"pagina {number}", method="ocr", ocr_confidence=90.0), []

    monkeypatch.setattr(image_mod, "ocr_page", fake_ocr)
    doc = extract(buf.getvalue(), filename="fax.tif")
    assert [p.text for p in doc.pages] == ["pagina 1", "pagina 2", "pagina 3"]
    # Rows doubled for standard fax; the ink of the last two pages (the signature block) examined.
    assert sorted(seen) == [(1, (400, 600), False), (2, (400, 600), True), (3, (400, 600), True)]


def test_ocr_timeout_is_a_defect() -> None:
    """A page whose OCR overruns its limit is an empty page plus a defect; the item still reads."""
    doc = extract(_page(LINES), options=ExtractOptions(ocr_page_timeout=0.001))
    assert doc.pages[0].text == ""
    assert "page 1: OCR timed out after 0.001 s" in doc.defects
    # The Tesseract that overran was killed; the next page gets a working one.
    assert "4567/P/2026" in extract(_page(LINES)).text


def test_missing_tesseract_is_ocr_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """No tesseract binary is an OcrError (ours to fix), not UnreadableInput."""
    import pytesseract

    from parsers.ocr import READERS

    READERS.close()  # a resident already running would still read
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(OcrError, match="not installed"):
        extract(_page(["x"]))


def test_thread_limit_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract runs with OMP_THREAD_LIMIT=1 unless the operator set another value."""
    import os

    from parsers.ocr import READERS

    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    READERS.close()  # residents started from here on see this environment
    extract(_page(["x"]))
    assert os.environ.get("OMP_THREAD_LIMIT") == "1"  # pytesseract's runs (orientation)
    if READERS.resident:
        (resident,) = READERS._idle
        environ = dict(
            e.split("=", 1)
            for e in Path(f"/proc/{resident.proc.pid}/environ").read_text().split("\0")
            if "=" in e
        )
        assert environ.get("OMP_THREAD_LIMIT") == "1"


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Poliţia şi ţara", "Poliția și țara"),
        ("maria.popQexample.ro", "maria.pop@example.ro"),
        ("legal(Gokazii.ro", "legal@okazii.ro"),
        ("ion.popescu88(yahoo.com, telefon", "ion.popescu88@yahoo.com, telefon"),
        ("vezi pagina(www.example.ro)", "vezi pagina(www.example.ro)"),  # a parenthesis closed
        ("QUARTER Quality", "QUARTER Quality"),  # a Q in words is left alone
    ],
)
def test_repair_ocr_text(raw: str, fixed: str) -> None:
    """OCR output: cedilla letters folded to comma-below, "@" misreads in addresses mended."""
    assert repair_ocr_text(raw) == fixed


def test_text_from_data_layout() -> None:
    """Tesseract's word table becomes lines, with a blank line between paragraphs; conf is the mean."""
    data = {
        "text": ["Bună", "ziua", "", "Doi"],
        "conf": [90, 80, -1, 70],
        "block_num": [1, 1, 1, 2],
        "par_num": [1, 1, 1, 1],
        "line_num": [1, 1, 1, 1],
    }
    assert text_from_data(data) == ("Bună ziua\n\nDoi", 80.0)  # type: ignore[arg-type]


@pytest.mark.parametrize("tilt", [-2.0, -0.75, 1.25, 3.0])
def test_skew_angle_finds_the_tilt_back(tilt: float) -> None:
    """A page of text lines turned by `tilt` degrees is measured as needing `-tilt` (within one step)."""
    lines = [f"Rândul {i}: Poliția Română solicită datele utilizatorului" for i in range(12)]
    img = Image.new("L", (1700, 1600), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(DEJAVU, 40)
    for i, line in enumerate(lines):
        draw.text((60, 60 + i * 120), line, font=font, fill=0)
    tilted = img.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert skew_angle(img) == 0.0
    assert abs(skew_angle(tilted) + tilt) <= 0.25
    # The profile from the ink's coordinates picks the angle rotating the thumbnail would.
    assert skew_angle(tilted) == _skew_by_rotating(tilted)
    straightened, applied = deskew(tilted)
    assert applied != 0.0 and abs(skew_angle(straightened)) <= 0.25


def _skew_by_rotating(image: Image.Image) -> float:
    """The first version of `skew_angle`: the thumbnail rotated for every angle (the reference)."""
    scale = 900 / image.width if image.width > 900 else 1.0
    small = image.convert("L").resize(
        (max(1, int(image.width * scale)), max(1, int(image.height * scale))),
        Image.Resampling.BOX,
    )
    ink = small.point(lambda v: 255 if v < 160 else 0)

    def score(img: Image.Image) -> float:
        values = img.resize((1, img.height), Image.Resampling.BOX).tobytes()
        mean = sum(values) / len(values)
        return sum((v - mean) ** 2 for v in values) / len(values)

    best, best_score = 0.0, score(ink)
    for i in range(-16, 17):
        if i == 0:
            continue
        value = score(ink.rotate(i * 0.25, resample=Image.Resampling.NEAREST))
        if value > best_score * 1.02:
            best, best_score = i * 0.25, value
    return best


def test_skew_angle_of_a_blank_page_is_zero() -> None:
    assert skew_angle(Image.new("L", (800, 1000), 255)) == 0.0


@pytest.mark.parametrize("turned", [0, 90, 180, 270])
@pytest.mark.parametrize("angle", [0.0, 2.5])
def test_source_box_finds_a_mark_on_the_page_as_it_came(turned: int, angle: float) -> None:
    """A box around a mark on the page as read (deskewed, turned) maps back onto the mark as scanned."""
    page = Image.new("L", (900, 1300), 255)
    page.paste(0, (600, 1000, 700, 1060))  # the mark, as scanned
    read = turn(straighten(page, angle), turned)
    ys, xs = np.nonzero(np.asarray(read) < 128)
    box = [int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1]
    x0, y0, x1, y1 = source_box(box, read.size, angle, turned)
    assert x0 <= 604 and y0 <= 1004 and x1 >= 696 and y1 >= 1056  # the mark is inside
    assert (x1 - x0) * (y1 - y0) < 1.5 * 100 * 60 + 4000  # and little else


def test_a_grey_scan_renders_as_pdfiums_own_grey_render() -> None:
    """The page is rendered in colour and turned grey by Pillow (half the CPU): on a greyscale
    scan that gives PDFium's own greyscale render, pixel for pixel."""
    import pypdfium2 as pdfium

    from parsers.pdf import _render

    raw = (Path(__file__).resolve().parents[1] / "samples" / "mediation_scan.pdf").read_bytes()
    doc = pdfium.PdfDocument(raw)
    try:
        ours = _render(doc, 1, ExtractOptions(), [])
        theirs = doc[0].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()
    assert ours is not None and ours.mode == "L" and ours.info["dpi"] == (300, 300)
    assert ours.size == theirs.size
    assert np.array_equal(np.asarray(ours), np.asarray(theirs))


@pytest.mark.parametrize("mode", ["L", "1"])
def test_straighten_keeps_the_page_mode(mode: str) -> None:
    """A grey page turns grey (bilinear), a bilevel fax stays bilevel (bicubic, thresholded)."""
    page = Image.new("L", (400, 300), 255)
    page.paste(0, (100, 100, 300, 120))
    page = page.convert(mode)
    page.info["dpi"] = (300, 300)
    turned = straighten(page, 1.5)
    assert turned.mode == mode and turned.size == page.size and turned.info["dpi"] == (300, 300)
    grey = np.asarray(turned.convert("L"))
    assert set(np.unique(grey)) <= ({0, 255} if mode == "1" else set(range(256)))
    assert (grey < 128).sum() > 0.9 * 200 * 20  # the bar is still there, turned
