"""Property: any bytes in, a Document or UnreadableInput out, never another exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import Document, ExtractOptions, UnreadableInput, extract

# No OCR in a property test: tiny caps keep any image or scan from reaching Tesseract.
FAST = ExtractOptions(
    max_pages=1, max_image_pixels=10_000, min_text_chars_per_page=0, ocr_page_timeout=5
)

PREFIXES = st.sampled_from(
    [
        b"",
        b"%PDF-1.4\n",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff",
        b"II*\x00",
        b"MM\x00*",
        b"GIF89a",
        b"From: a@b.ro\nSubject: x\nContent-Type: multipart/mixed; boundary=z\n\n--z\n",
        b"From: a@b.ro\nContent-Type: text/html; charset=x-bad\nContent-Transfer-Encoding: base64\n\n",
        b"\xff\xfe",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=PREFIXES,
    body=st.binary(max_size=2048),
    name=st.sampled_from([None, "x.eml", "x.tif", "x.pdf"]),
)
def test_any_bytes(prefix: bytes, body: bytes, name: str | None) -> None:
    """Whatever the bytes (and whatever the name), extract returns a Document or raises UnreadableInput."""
    try:
        doc = extract(prefix + body, filename=name, options=FAST)
    except UnreadableInput as exc:
        assert str(exc)
    else:
        assert isinstance(doc, Document)
