"""Hostile inputs for row 4, generated (nothing downloaded, nothing kept).

Each is (name, file name as bytes, the bytes). Mail is built by hand, not
with `email`, which would refuse or recurse on the shapes wanted here.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

Bomb = tuple[str, bytes, bytes]
HEAD = (
    b"From: ana@example.ro\r\nTo: support@okazii.ro\r\nMIME-Version: 1.0\r\n"
    b"Message-ID: <{tag}@example.ro>\r\n"
)
TEXT = b"Buna ziua, nu am primit produsul comandat, comanda nr. 55501234.\r\n"


def _head(tag: str, subject: str = "Reclamatie") -> bytes:
    return HEAD.replace(b"{tag}", tag.encode()) + f"Subject: {subject}\r\n".encode()


def nested(depth: int) -> bytes:
    """A multipart/mixed inside another, `depth` deep, a text part at the bottom."""
    out = bytearray(_head(f"nest{depth}"))
    for i in range(depth):
        out += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
    out += b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + TEXT
    for i in reversed(range(depth)):
        out += b"\r\n--b%d--\r\n" % i
    return bytes(out)


def many_parts(count: int) -> bytes:
    out = bytearray(_head(f"parts{count}"))
    out += b'Content-Type: multipart/mixed; boundary="p"\r\n\r\n'
    out += b"--p\r\nContent-Type: text/plain\r\n\r\n" + TEXT
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    out += part * count + b"--p--\r\n"
    return bytes(out)


def long_header(size: int) -> bytes:
    """One Subject folded over `size` bytes."""
    line = b"Reclamatie " * 6
    folded = b"\r\n ".join([line] * (size // (len(line) + 3)))
    return _head("hdr1").replace(b"Subject: Reclamatie", b"Subject: " + folded) + b"\r\n" + TEXT


def many_headers(size: int) -> bytes:
    one = b"X-Filler: " + b"a" * 40 + b"\r\n"
    return _head("hdrN") + one * (size // len(one)) + b"\r\n" + TEXT


def foreign_bytes() -> bytes:
    """8-bit bytes in the Message-ID and a header, a NUL, an attachment named in cp1250."""
    return (
        b"From: ana@example.ro\r\nTo: support@okazii.ro\r\nMIME-Version: 1.0\r\n"
        b"Message-ID: <r\xe9clam\xe3@example.ro>\r\nSubject: Reclama\xfeie\x00 urgent\r\n"
        b'Content-Type: multipart/mixed; boundary="f"\r\n\r\n'
        b"--f\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + TEXT + b"--f\r\n"
        b"Content-Type: text/plain\r\n"
        b'Content-Disposition: attachment; filename="adres\xe3_poli\xfeie.txt"\r\n\r\n'
        b"anexa\r\n--f--\r\n"
    )


def long_body(size: int) -> bytes:
    body = (
        b"Am comandat un telefon si nu am primit nimic. Vanzatorul nu raspunde. "
        b"Am platit 1.250,00 lei. "
    )
    return (
        _head(f"body{size}")
        + b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body * (size // len(body))
        + b"\r\n"
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(side: int) -> bytes:
    """A grey PNG of side × side pixels, all white: a few hundred KB, side² bytes decoded."""
    comp = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * side
    chunks = [comp.compress(row * 256) for _ in range(side // 256)]
    chunks.append(comp.compress(row * (side % 256)) + comp.flush())
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", b"".join(chunks))
        + _chunk(b"IEND", b"")
    )


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(data), extra) + (
        data + b"\nendstream"
    )


def _deflate_repeated(unit: bytes, size: int) -> bytes:
    comp = zlib.compressobj(9)
    block = unit * (4 * 1024 * 1024 // len(unit))
    parts = [comp.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + comp.flush()


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_content_bomb(size: int) -> bytes:
    """Page 1 says a line; page 2's content stream inflates to `size` bytes."""
    text = zlib.compress(b"BT /F1 14 Tf 72 720 Td (Reclamatie: nu am primit produsul) Tj ET\n")
    res = b"/Resources << /Font << /F1 7 0 R >> >>"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + res + b" /Contents 5 0 R >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + res + b" /Contents 6 0 R >>",
            _stream(text),
            _stream(_deflate_repeated(b"q Q\n", size)),
            FONT,
        ]
    )


def pdf_image_bomb(side: int) -> bytes:
    """One page without text showing a side × side grey image (side² bytes once decoded)."""
    image = _deflate_repeated(b"\xff", side * side)
    draw = zlib.compress(b"q 612 0 0 792 0 0 cm /Im1 Do Q\n")
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(draw),
            _stream(
                image,
                b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                b"/ColorSpace /DeviceGray /BitsPerComponent 8 " % (side, side),
            ),
        ]
    )


def pdf_pages(count: int) -> bytes:
    """`count` pages of text, the first a complaint."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        FONT,
    ]
    for k in range(count):
        line = (
            b"Reclamatie: nu am primit produsul, comanda nr. 55501234"
            if k == 0
            else b"Anexa, pagina %d: tranzactia nr. 5550%04d din 01.02.2026, 120,00 lei"
            % (k + 1, k % 10_000)
        )
        content = zlib.compress(b"BT /F1 14 Tf 72 720 Td (" + line + b") Tj ET\n")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * k)
        )
        objects.append(_stream(content))
    return _pdf(objects)


def pdf_encrypted(user_password: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.cell(text="Reclamatie: nu am primit produsul, comanda nr. 55501234")
    pdf.set_encryption(owner_password="proprietar", user_password=user_password)
    return bytes(pdf.output())


def generate(full: bool) -> Iterator[Bomb]:
    """The set: the full form has every class at issue 13's sizes; the quick one, nine."""
    mb = 1024 * 1024
    for depth in (25, 1000, 10_000) if full else (1000,):
        yield f"MIME nesting {depth:,}", b"nest%d.eml" % depth, nested(depth)
    parts = 100_000 if full else 20_000
    yield f"{parts:,} MIME parts", b"parts.eml", many_parts(parts)
    yield "1 MB header (one Subject)", b"header.eml", long_header(mb)
    if full:
        yield "1 MB of headers (20,000 lines)", b"headers.eml", many_headers(mb)
    yield "8-bit Message-ID, NUL in a header, cp1250 name", b"foreign.eml", foreign_bytes()
    if full:
        yield "512 KB complaint body", b"body.eml", long_body(512 * 1024)
    side = 40_000 if full else 20_000
    yield f"PNG bomb {side:,}² px", b"bomb.png", png_bomb(side)
    size = 1536 * mb if full else 256 * mb
    yield f"PDF content stream bomb ({size // mb:,} MB)", b"stream.pdf", pdf_content_bomb(size)
    side = 30_000 if full else 12_000
    yield f"PDF image bomb {side:,}² px", b"image.pdf", pdf_image_bomb(side)
    if full:
        yield "2,000-page PDF", b"pages.pdf", pdf_pages(2000)
    yield "encrypted PDF (password needed)", b"locked.pdf", pdf_encrypted("secret")
    if full:
        yield "encrypted PDF (empty password)", b"rc4.pdf", pdf_encrypted("")
    yield "non-UTF-8 file name (cp1250)", b"adres\xe3_poli\xfeie.pdf", pdf_pages(2)
    if full:
        yield "26 MB file (over the door's limit)", b"big.eml", long_body(26 * mb)
