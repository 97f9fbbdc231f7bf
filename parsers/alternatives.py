"""What a person sees against what the pipeline reads: alternatives and hidden HTML text.

A multipart/alternative holds several renderings of one message; the
pipeline reads one (text/plain when it has text) and a person's client shows
another (text/html, or the last one it can display). When they disagree on
what matters (identifiers and numbers, e-mail addresses, usernames, the data
asked for), or when an HTML part holds text a person cannot see (see
`htmltext.read_html`) or draws text no text node holds (a `<style>` rule's
`content: "…"`), the person may act on what no check has read. This
module names those places; `parsers/mail.py` records them as defects and the
signature checks make a law-enforcement request carrying one suspicious.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from email.message import Message
from typing import Any
from urllib.parse import unquote

from .charset import decode_bytes
from .fields.requested import requested_data
from .fields.textview import TextView
from .htmltext import read_html

_URL = re.compile(r"<?(?:https?://|www\.)[^\s>]+>?", re.IGNORECASE)
# Outlook's text/plain writes an inline image as "[cid:image001.png@01DB…]": a reference
# to a part, shown as the picture in HTML, never an address or an identifier.
_CID = re.compile(r"\[?cid:[^\s\]>]+\]?", re.IGNORECASE)
_STYLE = re.compile(r"<style[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_CONTENT = re.compile(
    r"""content\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""", re.IGNORECASE
)
_MAILTO_HREF = re.compile(r"""href\s*=\s*["']?\s*mailto:([^"'\s>?]+)""", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TOKEN = re.compile(r"[\w./-]*\d[\w./-]*|\w+_[\w_]*")
_EDGE = ".,;:-/_'\"()[]"


@dataclass(frozen=True)
class Report:
    """Disagreeing alternatives and hidden HTML text of one mail (both empty: nothing to say)."""

    disagreements: list[dict[str, Any]] = field(default_factory=list)
    hidden: list[dict[str, str]] = field(default_factory=list)

    def reasons(self) -> list[str]:
        out = []
        for d in self.disagreements:
            sides = "; ".join(f"only in {k}: {', '.join(v)}" for k, v in d["only_in"].items() if v)
            out.append(f"{d['where']}: the alternatives disagree ({sides})")
        for h in self.hidden:
            out.append(f"{h['where']}: text hidden from the reader: {h['text'][:200]!r}")
        return out


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _part_text(part: Message) -> tuple[str, str]:
    """(visible text, hidden text) of one text part; HTML made readable."""
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - an undecodable part shows nothing
        return "", ""
    if not isinstance(data, bytes):
        return "", ""
    text = decode_bytes(data, part.get_content_charset(), [], "alternative")
    if part.get_content_type() == "text/html":
        visible, hidden = read_html(text)
        # A link's mailto: target is where an answer goes when the reader clicks it:
        # it is compared with the address text/plain writes after the link's text.
        targets = " ".join(unquote(t) for t in _MAILTO_HREF.findall(text))
        return (f"{visible}\n{targets}" if targets else visible), hidden
    return text, ""


def _css_content(part: Message) -> str:
    """Text a <style> rule draws (`content: "…"`): a person sees it, no text node holds it."""
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - an undecodable part draws nothing
        return ""
    if not isinstance(data, bytes):
        return ""
    html = decode_bytes(data, part.get_content_charset(), [], "alternative")
    drawn = [
        a or b
        for block in _STYLE.findall(html)
        for a, b in _CONTENT.findall(block)
        if re.search(r"\w", a or b)
    ]
    return " ".join(drawn)


def _rendering(part: Message) -> tuple[str, str]:
    """What one alternative shows: the text of its text parts that are not files."""
    seen: list[str] = []
    hidden: list[str] = []
    for leaf in part.walk():
        if leaf.is_multipart() or leaf.get_content_maintype() != "text":
            continue
        if leaf.get_content_disposition() == "attachment":
            continue
        visible, unseen = _part_text(leaf)
        seen.append(visible)
        hidden.append(unseen)
    return "\n".join(seen), " ".join(h for h in hidden if h)


def _matters(token: str) -> bool:
    """An identifier rather than a list number or a font size: three digits or more, digits
    with letters (a username, "4567/P/2026"), or an underscore."""
    digits = sum(c.isdigit() for c in token)
    return "_" in token or digits >= 3 or (digits > 0 and any(c.isalpha() for c in token))


def significant(text: str) -> set[str]:
    """What must read alike in every rendering: e-mail addresses, tokens holding a digit or an
    underscore (numbers, case numbers, usernames), and the words of the data asked for."""
    folded = _fold(_URL.sub(" ", _CID.sub(" ", text)))
    out = {m.group(0).strip(_EDGE) for m in _EMAIL.finditer(folded)}
    rest = _EMAIL.sub(" ", folded)
    out |= {t for t in (t.strip(_EDGE) for t in _TOKEN.findall(rest)) if _matters(t)}
    for item in requested_data(TextView.of(text)):
        out |= {f"data:{w}" for w in re.findall(r"\w{4,}", _fold(item))}
    return {t for t in out if t and t != "data:"}


def _correspondents(msg: Message) -> set[str]:
    """The addresses of the mail's own From header, folded."""
    from email.utils import getaddresses

    try:
        values = [str(v) for v in msg.get_all("From") or []]
        return {_fold(a).strip(_EDGE) for _, a in getaddresses(values) if "@" in a}
    except Exception:  # noqa: BLE001 - unreadable headers name no correspondent
        return set()


def _label(part: Message, n: int) -> str:
    return f"{n}:{part.get_content_type()}"


def examine(msg: Message) -> Report:
    """The disagreements between the alternatives of every multipart/alternative, and the
    text hidden in every HTML body part, of one parsed mail."""
    report = Report()
    # The mail's own sender: a quoted header names it in one rendering and not in the
    # other (Outlook's HTML header drops "To:", where the sender was the addressee of the
    # mail it quotes); no disagreement. Any other address is one (a To or Cc is the
    # sender's to write, so it excuses nothing).
    own = _correspondents(msg)
    for n, part in enumerate(msg.walk()):
        if (
            part.get_content_type() == "text/html"
            and part.get_content_disposition() != "attachment"
        ):
            _, unseen = _part_text(part)
            if re.search(r"\w", unseen):
                report.hidden.append({"where": f"part {n} (text/html)", "text": unseen})
            drawn = _css_content(part)
            if drawn:
                report.hidden.append({"where": f"part {n} (text/html, CSS content)", "text": drawn})
        if part.get_content_type() != "multipart/alternative" or not part.is_multipart():
            continue
        children = [c for c in part.get_payload() if isinstance(c, Message)]
        readings = [
            (_label(c, i), significant(_rendering(c)[0]) - own) for i, c in enumerate(children)
        ]
        readings = [(k, v) for k, v in readings if v or k.split(":", 1)[1].startswith("text/")]
        for (ka, a), (kb, b) in zip(readings, readings[1:], strict=False):
            if a != b:
                report.disagreements.append(
                    {
                        "where": f"part {n} (multipart/alternative)",
                        "only_in": {ka: sorted(a - b)[:20], kb: sorted(b - a)[:20]},
                    }
                )
    return report
