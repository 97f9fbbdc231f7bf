"""The text of an office document (Word OOXML .docx, OpenDocument .odt), as Word shows it.

Officers send the editable copy of a signed letter beside it "for your
convenience", and a forger sends a Word annex with one more demand: either
way the document is text a person reads, so the checks read it too (the
signed-content rule then finds a restated letter clean and an extra demand
named). Only the parts a reader sees are read: the body, headers and
footers, foot- and endnotes, comments (OOXML); the body and styles' header
and footer text (ODF). Bounded: at most `MAX_MEMBERS` parts and `MAX_BYTES`
of XML decompressed in all (a zip bomb stops there, noted); XML read with
defusedxml (no entity expansion, no external entities).
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

MAX_MEMBERS = 200
MAX_BYTES = 8 * 1024 * 1024

_OOXML_PARTS = re.compile(
    r"^word/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$"
)
_ODF_PARTS = ("content.xml", "styles.xml")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def is_office(data: bytes) -> bool:
    """A zip holding a Word or OpenDocument text document."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist()[: MAX_MEMBERS * 5])
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    return "word/document.xml" in names or "content.xml" in names


def office_text(data: bytes) -> tuple[str, list[str]]:
    """(the document's text, one paragraph per line; what could not be read)."""
    problems: list[str] = []
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        return "", [f"not a readable office document ({exc})"]
    out: list[str] = []
    budget = MAX_BYTES
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS * 5:
            problems.append(f"{len(infos)} parts in the archive: only the first read")
        wanted = [
            i
            for i in infos[: MAX_MEMBERS * 5]
            if _OOXML_PARTS.match(i.filename) or i.filename in _ODF_PARTS
        ][:MAX_MEMBERS]
        # The body first, as a reader meets it.
        wanted.sort(
            key=lambda i: (i.filename not in ("word/document.xml", "content.xml"), i.filename)
        )
        for info in wanted:
            if info.file_size > budget:
                problems.append(
                    f"{info.filename}: {info.file_size} bytes, past the limit: not read"
                )
                continue
            try:
                with archive.open(info) as f:
                    raw = f.read(budget + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, ValueError) as exc:
                problems.append(f"{info.filename}: {exc}")
                continue
            if len(raw) > budget:
                problems.append(f"{info.filename}: larger than it says, past the limit: not read")
                continue
            budget -= len(raw)
            try:
                root = ElementTree.fromstring(raw)
            except Exception as exc:  # noqa: BLE001 - defusedxml's refusals and parse errors
                problems.append(f"{info.filename}: {type(exc).__name__}")
                continue
            text = _paragraphs(root)
            if text.strip():
                out.append(text)
    return "\n\n".join(out), problems


def _paragraphs(root: Element) -> str:
    lines: list[str] = []
    for el in root.iter():
        if el.tag in (f"{_W}p", f"{_TEXT_NS}p", f"{_TEXT_NS}h"):
            lines.append(_text_of(el))
    return "\n".join(line for line in lines if line.strip())


def _text_of(p: Element) -> str:
    parts: list[str] = []
    for el in p.iter():
        if el.tag in (f"{_W}t", f"{_W}delText"):
            parts.append(el.text or "")
        elif el.tag in (f"{_W}tab", f"{_TEXT_NS}tab"):
            parts.append("\t")
        elif el.tag in (f"{_W}br", f"{_TEXT_NS}line-break"):
            parts.append("\n")
        elif el.tag == f"{_TEXT_NS}s":
            parts.append(" ")
        elif (
            el.tag in (f"{_TEXT_NS}p", f"{_TEXT_NS}span", f"{_TEXT_NS}h", f"{_TEXT_NS}a")
            and el.text
        ):
            parts.append(el.text)
        if el is not p and el.tail and el.tag.startswith(_TEXT_NS):
            parts.append(el.tail)
    return "".join(parts)
