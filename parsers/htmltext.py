"""HTML to readable text with the standard library's html.parser.

Scripts, styles and the head are dropped; block elements become line breaks;
list items get a "- " bullet; entities are decoded. Lines inside <blockquote>
are prefixed with "> " so that a quoted reply in an HTML mail is recognised by
the same rules as a quoted plain-text reply.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_DROP = frozenset({"script", "style", "head", "title", "noscript", "template", "svg"})
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "tr",
        "table",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "address",
        "pre",
        "form",
        "fieldset",
        "nav",
        "aside",
        "main",
        "figure",
        "figcaption",
        "center",
        "blockquote",
        "li",
        "caption",
    }
)
_CELL = frozenset({"td", "th"})
_NEWLINE = "\n"


class _TextParser(HTMLParser):
    """Collects (text, quote depth) pieces and line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[str, int]] = []
        self.drop_depth = 0
        self.quote_depth = 0
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            self.drop_depth += 1
            return
        if tag in _BLOCK:
            self.pieces.append((_NEWLINE, 0))
        if tag == "blockquote":
            self.quote_depth += 1
        elif tag == "pre":
            self.pre_depth += 1
        elif tag == "li":
            self.pieces.append(("- ", self.quote_depth))
        elif tag in _CELL:
            self.pieces.append((" ", self.quote_depth))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.pieces.append((_NEWLINE, 0))

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self.drop_depth = max(0, self.drop_depth - 1)
            return
        if tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in _BLOCK and tag != "br":
            self.pieces.append((_NEWLINE, 0))

    def handle_data(self, data: str) -> None:
        if self.drop_depth:
            return
        if self.pre_depth:
            for i, chunk in enumerate(data.split("\n")):
                if i:
                    self.pieces.append((_NEWLINE, 0))
                self.pieces.append((chunk, self.quote_depth))
        else:
            self.pieces.append((re.sub(r"\s+", " ", data), self.quote_depth))


def html_to_text(html: str) -> str:
    """Readable text of an HTML document or fragment (never raises on bad markup)."""
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; keep whatever was collected
        pass
    lines: list[str] = []
    buf: list[str] = []
    depth = 0

    def flush() -> None:
        text = " ".join("".join(buf).split())
        lines.append(("> " * depth + text) if text and depth else text)

    for text, d in parser.pieces:
        if text == _NEWLINE:
            flush()
            buf.clear()
            depth = 0
            continue
        if text.strip():
            depth = max(depth, d)
        buf.append(text)
    flush()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
