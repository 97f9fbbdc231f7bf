"""Plain-text files: decoded as UTF-8 (with or without BOM), UTF-16 by BOM, else Windows-1250."""

from __future__ import annotations

from .model import Page


def read_text(raw: bytes) -> tuple[tuple[Page, ...], tuple[str, ...]]:
    defects: list[str] = []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1250", errors="replace")
            defects.append("text: not UTF-8, decoded as windows-1250")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        defects.append("no text found")
    return (Page(number=1, text=text, method="plain_text"),), tuple(defects)
