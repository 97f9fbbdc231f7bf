"""Issue 13's memory bounds: a PDF page whose content stream inflates past a cap is not read.

The PDFs are generated here: one ordinary page and one whose Flate content
stream inflates to several megabytes from a few kilobytes (a small "bomb";
the report measures the 1.5 GB one). The cap is set low so the test stays
small; what is checked is that the page is recorded as not read, never
handed to PDFium, and the other page is read as before.
"""

from __future__ import annotations

import zlib
from dataclasses import replace

import pytest

from parsers import ExtractOptions, extract
from parsers.pdfcap import inflates_past, pages_over_cap

FAST = ExtractOptions(min_text_chars_per_page=0, ocr_page_timeout=10)


def bomb_pdf(size: int) -> bytes:
    """Two pages: page 1 says a short text, page 2's content stream inflates to `size` bytes."""
    big = zlib.compress(b"q Q\n" * (size // 4), 9)
    text = zlib.compress(b"BT /F1 24 Tf 72 720 Td (Hello bounded world) Tj ET\n")
    font = b"/Resources << /Font << /F1 7 0 R >> >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + font + b" /Contents 5 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + font + b" /Contents 6 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(big) + big + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_a_page_inflating_past_the_cap_is_a_defect_and_the_others_are_read() -> None:
    """An 8 MB content stream under a 1 MB cap: page 2 is not read (a defect), page 1 is."""
    raw = bomb_pdf(8 * 1024 * 1024)
    assert len(raw) < 64 * 1024
    doc = extract(raw, options=replace(FAST, max_content_stream_bytes=1 << 20))
    assert [p.method for p in doc.pages] == ["text_layer", "not_read"]
    assert "Hello bounded world" in doc.pages[0].text
    assert any("page 2: not read" in d and "1,048,576 bytes" in d for d in doc.defects)


def test_under_the_cap_every_page_is_read() -> None:
    """The same PDF under the default cap (64 MB) is read whole, with no defect."""
    doc = extract(bomb_pdf(2 * 1024 * 1024), options=FAST)
    assert [p.method for p in doc.pages] == ["text_layer", "text_layer"]
    assert not any("not read" in d for d in doc.defects)


@pytest.mark.parametrize("size", [1 << 20, 16 << 20])
def test_inflation_stops_at_the_cap(size: int) -> None:
    """A stream is judged by inflating at most the cap (plus a chunk), whatever its full size."""
    data = zlib.compress(b"\0" * size)
    assert inflates_past(memoryview(data), 1 << 19) is True
    assert inflates_past(memoryview(data), size) is False
    assert pages_over_cap(bomb_pdf(size), 1 << 19, 2) == {2}
