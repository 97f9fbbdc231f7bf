"""Handwritten signature and stamp on scans: generated labelled pages and the shipped fax."""

from __future__ import annotations

import base64

import pytest

from router.signatures.handwriting import signature_block_checks
from tests.conftest import SAMPLES
from tests.helpers import read_document
from tests.samples.signatures.scans import as_pdf, make_scan

pytestmark = pytest.mark.slow

# The authorities the letters state: make_scan's inspectorate, le_fax.tif's prosecutor's office.
IPJ = "Inspectoratul de Poliție Județean Cluj"
PARCHET = "Parchetul de pe lângă Judecătoria Sectorului 1 București"


def _found(data: bytes) -> dict[str, str]:
    checks, _ = signature_block_checks([("scan", data)], read_document(data)["scans"], [IPJ])
    return {c.kind: c.verdict.value for c in checks}


@pytest.mark.parametrize(
    ("label", "seed", "colour", "fax"),
    [
        ("full", 7, True, False),
        ("signature_only", 8, False, True),
        ("none", 9, False, False),
        ("partial", 10, False, False),
    ],
)
def test_labelled_scans(label: str, seed: int, colour: bool, fax: bool) -> None:
    """Signature and stamp are found exactly when the generated page has them."""
    data, truth = make_scan(label, seed, colour=colour, fax=fax)
    got = _found(data)
    assert (got["handwritten_signature"] == "pass") == truth["signature"]
    assert (got["stamp"] == "pass") == truth["stamp"]


def test_shipped_fax_has_signature_and_stamp_on_page_two() -> None:
    """le_fax.tif: both found on page 2 with a box, a score and a small cropped PNG; the
    stamp's ring and middle name the prosecutor's office the letter states."""
    data = (SAMPLES / "le_fax.tif").read_bytes()
    checks, _ = signature_block_checks(
        [("le_fax.tif", data)], read_document(data)["scans"], [PARCHET]
    )
    by = {c.kind: c for c in checks}
    assert (
        by["handwritten_signature"].verdict.value == "pass" and by["stamp"].verdict.value == "pass"
    )
    ev = by["handwritten_signature"].evidence
    assert ev["page"] == 2 and len(ev["box"]) == 4 and 0 < ev["score"] <= 1
    png = base64.b64decode(ev["crop_png_base64"])
    assert png.startswith(b"\x89PNG") and len(png) < 20_000


@pytest.mark.parametrize("as_pdf_page", [False, True])
def test_ink_colour_of_a_colour_scan_is_blue(as_pdf_page: bool) -> None:
    """Blue ink on a colour scan is recorded as blue, whether an image or a scanned PDF page."""
    data, truth = make_scan("full", 7, colour=True)
    assert truth["signature"]
    if as_pdf_page:
        data = as_pdf(data)
    checks, _ = signature_block_checks([("scan", data)], read_document(data)["scans"])
    by = {c.kind: c for c in checks}
    assert by["handwritten_signature"].evidence["ink"] == "blue"


def test_ink_colour_of_a_fax_is_black_and_white() -> None:
    data, _ = make_scan("full", 8, fax=True)
    checks, _ = signature_block_checks([("scan", data)], read_document(data)["scans"])
    assert {c.kind: c for c in checks}["handwritten_signature"].evidence["ink"] == "black and white"


@pytest.mark.parametrize(
    "sample",
    ["le_fax.tif", "mediation_scan.pdf", "colour.png", "colour.pdf"],
)
def test_deferred_examination_sees_what_the_eager_one_sees(sample: str) -> None:
    """The parse step examines ink after the understanding, from the page rendered again and
    straightened by the angle measured while reading: the marks are those of examining at once."""
    from parsers import ExtractOptions, extract
    from parsers.model import examine_deferred

    if sample.startswith("colour"):
        data = make_scan("full", 7, colour=True)[0]
        data = as_pdf(data) if sample.endswith(".pdf") else data
    else:
        data = (SAMPLES / sample).read_bytes()
    eager = extract(data)
    waiting = extract(data, options=ExtractOptions(defer_ink=True))
    assert all(p.marks is None for p in waiting.pages)
    assert [p.ink is not None for p in waiting.pages] == [p.marks is not None for p in eager.pages]
    later = examine_deferred(waiting)
    assert [p.marks for p in later.pages] == [p.marks for p in eager.pages]
    assert any(p.marks and p.marks["signature"] for p in later.pages)


def _reading(data: bytes, marks: list[dict[str, object] | None]) -> dict[str, object]:
    import hashlib

    pages = [{"number": n, "text": "", "marks": m} for n, m in enumerate(marks, start=1)]
    return {"sha256": hashlib.sha256(data).hexdigest(), "ocr_pages": len(marks), "read": pages}


def test_a_failed_or_skipped_examination_is_reported_as_not_examined() -> None:
    """No ink judged is never "no signature found": the evidence names what was not examined."""
    data = b"%PDF-1.7 a scan"
    failed = _reading(data, [{"error": "ink examination failed: boom"}])
    checks, best = signature_block_checks([("scan.pdf", data)], [failed])
    assert best is None and [c.verdict.value for c in checks] == ["missing", "missing"]
    assert "boom" in checks[0].evidence["not_examined"][0]
    assert "not examined" in checks[0].detail
    skipped = _reading(data, [None])  # read, but the parse step did not examine the ink
    checks, _ = signature_block_checks([("scan.pdf", data)], [skipped])
    assert checks[0].evidence["not_examined"] == ["scan.pdf (ink not examined at parse)"]


def test_the_same_bytes_attached_twice_use_the_fuller_reading() -> None:
    data = b"%PDF-1.7 a scan"
    full = _reading(data, [{"anchor": None, "signature": None, "stamp": None}])
    cut = _reading(data, [None])
    for scans in ([full, cut], [cut, full]):
        checks, _ = signature_block_checks([("a.pdf", data)], scans)
        assert "not_examined" not in checks[0].evidence
        assert checks[0].detail == "no handwriting strokes on the last page(s) (1 page(s))"


def test_gif_and_webp_are_scans_to_the_checks_too() -> None:
    from router.signatures.context import is_image

    assert is_image(b"GIF89a....") and is_image(b"GIF87a....")
    assert is_image(b"RIFF\x10\x00\x00\x00WEBPVP8 ") and not is_image(b"RIFF\x10\x00\x00\x00WAVE")


def test_ink_colour_on_a_transparent_colour_scan_is_still_blue() -> None:
    """Transparent paper is white when the colour is read, as it is for OCR."""
    import io

    import numpy as np
    from PIL import Image

    data, _ = make_scan("full", 7, colour=True)
    rgba = Image.open(io.BytesIO(data)).convert("RGBA")
    pixels = np.asarray(rgba).copy()
    paper = pixels[..., :3].min(axis=2) > 200
    pixels[paper, 3] = 0  # the paper transparent, the ink opaque
    buf = io.BytesIO()
    Image.fromarray(pixels, "RGBA").save(buf, "PNG")
    data = buf.getvalue()
    checks, _ = signature_block_checks([("scan.png", data)], read_document(data)["scans"])
    assert {c.kind: c for c in checks}["handwritten_signature"].evidence["ink"] == "blue"
