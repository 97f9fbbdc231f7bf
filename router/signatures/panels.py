"""What a PDF viewer shows beside a PDF's pages: panels, labels, dialogs, attachments.

An unsigned PDF annex speaks through more than its pages. A viewer shows the
outline (bookmarks) beside the page, a page label in the page-number box and
the thumbnails, the document title in its tab; it runs JavaScript when the
file opens (an `app.alert` dialog), lists embedded files in its attachments
panel, follows an action a page or the document runs on opening. For the
unsigned-text rule the texts a person reads there are read (outline titles,
page labels other than the page's number, the title), and what the checks
cannot read — any JavaScript, any embedded file, any action other than going
to a page, an XFA form, a layer the document opens hidden, thumbnails of its
own — is named unread (layer names are read): a person must open it, so the
request is not verified on it.

Read three ways, because PDF readers disagree (a key written twice, a name
written with `#xx` escapes, objects packed in compressed object streams):
PDFium's own view (what Chromium's viewer shows), pyHanko's structural view
of the catalog and pages, and a scan of the raw bytes and of the object
streams for the names of scripts, files and actions. Bounded: at most
`MAX_ITEMS` outline items and `MAX_PAGES` pages' labels and actions.
"""

from __future__ import annotations

import ctypes
import io
import logging
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from parsers.pdf import _PDFIUM_LOCK

log = logging.getLogger(__name__)

MAX_ITEMS = 500
MAX_PAGES = 200
_MAX_INFLATED = 16 << 20  # object-stream bytes inflated per file, at most

# Names of content a viewer runs or opens that is not the page: scripts, files, actions.
# (Not "/JS": three bytes a compressed stream holds by chance; a script action's type,
# /JavaScript, is always there beside it.)
_ACTIVE = re.compile(
    rb"/(JavaScript|EmbeddedFiles?|Launch|RichMedia\w*|XFA|GoToE|ImportData|SubmitForm"
    rb"|Rendition|GoToR|Thumb)(?![A-Za-z0-9])"
)
# A layer (optional content group) the document opens hidden: a viewer's layer panel shows it.
_HIDDEN_LAYER = re.compile(rb"/OFF\s*\[\s*\d")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_OBJSTM = re.compile(rb"/Type\s*/ObjStm\b")
_WORDS = {
    b"JavaScript": "JavaScript",
    b"EmbeddedFile": "an embedded file",
    b"EmbeddedFiles": "an embedded file",
    b"XFA": "an XFA form",
    b"Thumb": "page thumbnails of its own (a viewer shows them for the pages)",
}


@dataclass
class Panels:
    """The texts a viewer shows beside the pages, and what it runs or opens unread."""

    texts: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)  # what it runs or opens, named


def _utf16(size: int, fill: Any) -> str:
    if size <= 2:
        return ""
    buf = (ctypes.c_ushort * (size // 2 + 1))()
    fill(buf, size)
    return bytes(buf)[: size - 2].decode("utf-16-le", "replace")


def _outline(pdf: pdfium.PdfDocument) -> list[str]:
    titles: list[str] = []
    for n, item in enumerate(pdf.get_toc(max_depth=15)):
        if n >= MAX_ITEMS:
            break
        titles.append(str(item.get_title() or ""))
    return titles


def _pdfium_view(data: bytes, out: Panels, kinds: set[str]) -> None:
    with _PDFIUM_LOCK:  # PDFium is not thread-safe; the parse step's threads share it
        pdf = pdfium.PdfDocument(data)
        try:
            raw = pdf.raw
            out.texts += [t for t in _outline(pdf) if t.strip()]
            title = _utf16(
                pdfium_c.FPDF_GetMetaText(raw, b"Title", None, 0),
                lambda b, n: pdfium_c.FPDF_GetMetaText(raw, b"Title", b, n),
            )
            if title.strip():
                out.texts.append(title)
            for i in range(min(len(pdf), MAX_PAGES)):
                label = _utf16(
                    pdfium_c.FPDF_GetPageLabel(raw, i, None, 0),
                    lambda b, n, i=i: pdfium_c.FPDF_GetPageLabel(raw, i, b, n),
                )
                if label.strip() and label.strip() != str(i + 1):
                    out.texts.append(label)
            if pdfium_c.FPDFDoc_GetJavaScriptActionCount(raw) > 0:
                kinds.add("JavaScript")
            if pdfium_c.FPDFDoc_GetAttachmentCount(raw) > 0:
                kinds.add("an embedded file")
            if pdfium_c.FPDF_GetXFAPacketCount(raw) > 0:
                kinds.add("an XFA form")
        finally:
            pdf.close()


def _action_kind(action: Any) -> str | None:
    """What an action does, when it does more than go to a page of this file (None)."""
    try:
        action = action.get_object()
    except Exception:  # noqa: BLE001 - a broken reference does nothing
        return None
    if not hasattr(action, "get"):
        return None  # a destination (an array): go to a page
    kind = str(action.get("/S") or "")
    if kind in ("", "/GoTo"):
        nxt = action.get("/Next")
        return _action_kind(nxt) if nxt is not None else None
    return "JavaScript" if kind == "/JavaScript" else f"an action ({kind.lstrip('/')})"


def _layers(root: Any, out: Panels) -> None:
    """Optional content: the layer names a viewer's layer panel lists are read; a layer the
    document opens hidden is content a person can show and the checks do not read."""
    props = root.get("/OCProperties")
    if props is None or not hasattr(props, "get"):
        return
    for n, group in enumerate(props.get("/OCGs") or []):
        if n >= MAX_ITEMS:
            break
        group = group.get_object() if hasattr(group, "get_object") else group
        name = group.get("/Name") if hasattr(group, "get") else None
        if name is not None and str(name).strip():
            out.texts.append(str(name))
    configs = [props.get("/D"), *(props.get("/Configs") or [])]
    for config in configs:
        config = config.get_object() if hasattr(config, "get_object") else config
        if config is not None and hasattr(config, "get") and (config.get("/OFF") or []):
            out.kinds.add("a layer the document opens hidden")


def _structure(data: bytes, out: Panels) -> None:
    """pyHanko's reading of the catalog and the pages: actions, scripts, files, XFA, layers."""
    kinds = out.kinds
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    root = reader.root
    opening = root.get("/OpenAction")
    if opening is not None and (kind := _action_kind(opening)) is not None:
        kinds.add(f"{kind} run when the file opens")
    if root.get("/AA") is not None:
        kinds.add("an action run by the document (/AA)")
    names = root.get("/Names")
    if names is not None and hasattr(names, "get"):
        if names.get("/JavaScript") is not None:
            kinds.add("JavaScript")
        if names.get("/EmbeddedFiles") is not None:
            kinds.add("an embedded file")
    form = root.get("/AcroForm")
    if form is not None and hasattr(form, "get") and form.get("/XFA") is not None:
        kinds.add("an XFA form")
    _layers(root, out)
    if any(page.get("/AA") is not None for page in _pages(root.get("/Pages"))):
        kinds.add("an action run when a page opens (/AA)")


def _pages(node: Any, depth: int = 0, seen: set[int] | None = None) -> list[Any]:
    """The page dictionaries under a page-tree node (bounded: `MAX_PAGES`, depth 32)."""
    seen = set() if seen is None else seen
    if node is None or depth > 32 or len(seen) >= MAX_PAGES:
        return []
    node = node.get_object() if hasattr(node, "get_object") else node
    if not hasattr(node, "get") or id(node) in seen:
        return []
    seen.add(id(node))
    kids = node.get("/Kids")
    if kids is None:
        return [node]
    out: list[Any] = []
    for kid in kids:
        out += _pages(kid, depth + 1, seen)
    return out


def _raw(data: bytes, kinds: set[str]) -> None:
    """The names of scripts, files and actions anywhere in the bytes, `#xx` escapes undone,
    and in the file's compressed object streams (where a catalog's objects may be packed)."""
    texts = [data]
    budget = _MAX_INFLATED
    for m in re.finditer(rb"stream\r?\n", data):
        if budget <= 0:
            kinds.add("object streams past the reading bound")
            break
        head = data[max(0, m.start() - 400) : m.start()]
        if not _OBJSTM.search(head[head.rfind(b"obj") :] if b"obj" in head else head):
            continue
        end = data.find(b"endstream", m.end())
        chunk = data[m.end() : end if end > 0 else len(data)]
        try:
            inflated = zlib.decompressobj().decompress(chunk, budget)
        except zlib.error:
            continue
        budget -= len(inflated)
        texts.append(inflated)
    for text in texts:
        text = _ESCAPE.sub(lambda e: bytes([int(e.group(1), 16)]), text)
        if _HIDDEN_LAYER.search(text):
            kinds.add("a layer the document opens hidden")
        for found in _ACTIVE.finditer(text):
            name = found.group(1)
            kinds.add(_WORDS.get(name, f"an action ({name.decode()})"))


def read(data: bytes) -> Panels:
    """What a viewer shows beside the pages of an unsigned PDF, and what it runs unread."""
    out = Panels()
    kinds = out.kinds
    readings: list[tuple[str, Any]] = [
        ("PDFium", lambda: _pdfium_view(data, out, kinds)),
        ("structure", lambda: _structure(data, out)),
        ("bytes", lambda: _raw(data, kinds)),
    ]
    for what, reading in readings:
        try:
            reading()
        except Exception as exc:  # noqa: BLE001 - one reader failing leaves the others
            log.info("PDF panels: the %s reading failed: %r", what, exc)
    if kinds:
        out.unread.append(
            ", ".join(sorted(kinds))
            + ", which a viewer runs or opens beside the pages and the checks do not read"
        )
    return out
