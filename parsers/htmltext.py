"""HTML to readable text with the standard library's html.parser.

Scripts, styles and the head are dropped; block elements become line breaks;
list items get a "- " bullet; entities are decoded. Lines inside <blockquote>
are prefixed with "> " so that a quoted reply in an HTML mail is recognised by
the same rules as a quoted plain-text reply.

Text a person does not see is kept apart (`read_html`'s hidden text) and never
joins the readable text: elements hidden by `display:none`,
`visibility:hidden`, `opacity:0`, `mso-hide:all`, the `hidden` attribute, a
zero or tiny font (under 4px or 3pt, `<font size=...>` is never that small),
or text in the colour of the background it sits on (white on the page's white
by default); inline styles and the document's own <style> rules for simple
selectors (tag, class, id) count alike. The pipeline must never read what
the person reading the mail does not.
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
# Elements with no end tag: they never hold text, so they never open a scope.
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
)
_HIDDEN_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|"
    r"opacity\s*:\s*0*(?:\.0*)?\s*(?:;|$|!)|mso-hide\s*:\s*all|"
    r"(?:max-)?height\s*:\s*0(?:px)?\s*(?:;|$|!).*overflow\s*:\s*hidden)",
    re.IGNORECASE,
)
_FONT_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*([0-9.]+)\s*(px|pt|em|rem|%)?", re.IGNORECASE)
_COLOR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;!]+)", re.IGNORECASE)
_BACKGROUND = re.compile(r"(?:^|;)\s*background(?:-color)?\s*:\s*([^;!]+)", re.IGNORECASE)
_NAMED = {"white": "#ffffff", "black": "#000000", "transparent": ""}


def _colour(value: str | None) -> str | None:
    """A CSS or HTML colour as "#rrggbb" (None when not one we can read)."""
    if not value:
        return None
    v = value.strip().lower().split()[0] if value.strip() else ""
    v = _NAMED.get(v, v)
    if re.fullmatch(r"#[0-9a-f]{3}", v):
        return "#" + "".join(c * 2 for c in v[1:])
    if re.fullmatch(r"#[0-9a-f]{6}", v):
        return v
    m = re.fullmatch(r"rgba?\((\d+)\s*,\s*(\d+)\s*,\s*(\d+)(?:\s*,\s*[0-9.]+)?\)", v)
    if m:
        return "#" + "".join(f"{min(255, int(g)):02x}" for g in m.groups())
    return None


_STYLE_BLOCK = re.compile(r"<style[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE = re.compile(r"^([a-z][a-z0-9]*)?(?:([.#])([\w-]+))?$", re.IGNORECASE)


def stylesheet(html: str) -> dict[str, str]:
    """Declarations of the document's <style> rules by simple selector ("p", ".cls", "#id",
    "p.cls"), wherever the block sits: a class can hide text as well as an inline style.
    Other selectors (descendants, pseudo-classes, @media) are not evaluated."""
    out: dict[str, str] = {}
    for block in _STYLE_BLOCK.findall(html):
        block = re.sub(r"/\*.*?\*/", "", block, flags=re.DOTALL)
        for selectors, body in _RULE.findall(block):
            for sel in selectors.split(","):
                sel = sel.strip().lower()
                if _SIMPLE.match(sel):
                    out[sel] = out.get(sel, "") + ";" + body.strip()
    return out


def _tiny(style: str) -> bool:
    m = _FONT_SIZE.search(style)
    if m is None:
        return False
    size, unit = float(m.group(1)), (m.group(2) or "px").lower()
    limit = {"px": 4.0, "pt": 3.0, "em": 0.25, "rem": 0.25, "%": 25.0}[unit]
    return size < limit


class _TextParser(HTMLParser):
    """Collects (text, quote depth) pieces and line breaks; hidden text apart."""

    def __init__(self, rules: dict[str, str] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.rules = rules or {}
        self.pieces: list[tuple[str, int]] = []
        self.hidden: list[str] = []
        self.drop_depth = 0
        self.quote_depth = 0
        self.pre_depth = 0
        # Open elements: (tag, hidden, text colour, background colour).
        self.scopes: list[tuple[str, bool, str | None, str]] = []

    def _scope(self) -> tuple[bool, str | None, str]:
        if not self.scopes:
            return False, None, "#ffffff"
        _, hidden, colour, background = self.scopes[-1]
        return hidden, colour, background

    def _open(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        hidden, colour, background = self._scope()
        a = {k.lower(): (v or "") for k, v in attrs}
        style = self._rules_for(tag, a) + ";" + a.get("style", "")
        if "hidden" in a or _HIDDEN_STYLE.search(style) or _tiny(style):
            hidden = True
        # The last declaration wins (the stylesheet's come first, the inline ones after).
        found = _BACKGROUND.findall(style)
        bg = _colour(found[-1]) if found else _colour(a.get("bgcolor"))
        if bg:
            background = bg
        found = _COLOR.findall(style)
        fg = _colour(found[-1]) if found else _colour(a.get("color")) if tag == "font" else None
        if fg:
            colour = fg
        self.scopes.append((tag, hidden, colour, background))

    def _rules_for(self, tag: str, a: dict[str, str]) -> str:
        """The stylesheet's declarations for this element (tag, classes, id), inline ones after."""
        if not self.rules:
            return ""
        keys = [tag] + [f"{p}.{c}" for c in a.get("class", "").lower().split() for p in ("", tag)]
        if a.get("id"):
            keys += [f"#{a['id'].lower()}", f"{tag}#{a['id'].lower()}"]
        return ";".join(self.rules[k] for k in keys if k in self.rules)

    def _close(self, tag: str) -> None:
        for i in range(len(self.scopes) - 1, -1, -1):
            if self.scopes[i][0] == tag:
                del self.scopes[i:]
                return

    @property
    def unseen(self) -> bool:
        hidden, colour, background = self._scope()
        return hidden or (colour is not None and colour == background)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self._open(tag, attrs)
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
        self._close(tag)
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
        if self.unseen:
            if data.strip():
                self.hidden.append(" ".join(data.split()))
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
    return read_html(html)[0]


def read_html(html: str) -> tuple[str, str]:
    """(the text a person sees, the text hidden from them) of an HTML document."""
    parser = _TextParser(stylesheet(html))
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
    visible = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return visible, " ".join(parser.hidden)
