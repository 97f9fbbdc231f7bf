"""Decode the headers the pipeline uses into `MailHeaders`, tolerating bad input.

Header values are taken raw and decoded here (RFC 2047 encoded words with any
charset, raw 8-bit bytes, broken addresses) instead of through the email
package's structured headers, which raise on some malformed values.
"""

from __future__ import annotations

import email.header
import email.utils
import re
from email.message import Message

from .charset import decode_bytes, decode_surrogates
from .model import MailHeaders

_ID = re.compile(r"<[^<>\s]+>")


def raw_header(msg: Message, name: str) -> str | None:
    """The first raw value of a header (surrogate-escaped bytes intact), or None."""
    for key, value in msg.raw_items():
        if key.lower() == name.lower():
            return str(value)
    return None


def raw_headers(msg: Message, name: str) -> list[str]:
    return [str(v) for k, v in msg.raw_items() if k.lower() == name.lower()]


def decode_header_value(raw: str | None, defects: list[str], name: str = "header") -> str | None:
    """RFC 2047 decode a raw header value, unfolded; bad charsets decoded by guess."""
    if raw is None:
        return None
    where = f"header {name}"
    raw = decode_surrogates(raw, defects, where)
    raw = re.sub(r"\r?\n[ \t]+", " ", raw)
    if "=?" not in raw:
        return " ".join(raw.split()) or None
    try:
        chunks = email.header.decode_header(raw)
    except Exception:  # malformed encoded words: keep the raw text
        defects.append(f"{where}: malformed encoded word")
        return " ".join(raw.split()) or None
    parts: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            parts.append(decode_bytes(chunk, charset, defects, where))
        else:
            parts.append(chunk)
    # decode_header drops the whitespace between an encoded word and plain text
    # only where RFC 2047 says to; joining with "" keeps its result intact.
    text = "".join(parts) if any(isinstance(c, bytes) for c, _ in chunks) else raw
    return " ".join(text.split()) or None


def _addresses(values: list[str], defects: list[str], name: str) -> list[tuple[str, str]]:
    """The (display name, address) pairs of an address header.

    Addresses are split from the raw value first and only the display names
    are decoded after (RFC 2047 5: an encoded word is never an address), as the
    signature checks read them: an encoded word that decodes to
    "<politia@…>" names nobody, it does not replace the real address.
    """
    raw = [
        re.sub(r"\r?\n[ \t]+", " ", decode_surrogates(v, defects, f"header {name}")) for v in values
    ]
    try:
        pairs = email.utils.getaddresses(raw)
    except Exception:  # nested too deep for the address parser, and such
        defects.append(f"header {name}: unparseable address list")
        return []
    return [
        ((decode_header_value(n, defects, name) or "").strip(), a.strip().lower())
        for n, a in pairs
        if "@" in a
    ]


def _ids(value: str | None) -> tuple[str, ...]:
    return tuple(_ID.findall(value or ""))


def _auto_kind(msg: Message) -> str:
    """RFC 3834 Auto-Submitted, Precedence bulk/junk/list, a mailing list's List-Id or
    List-Unsubscribe (RFC 2919, 2369: RFC 3834 §2 says not to answer those either),
    X-Autoreply, or a report (DSN/MDN); "" for mail a person sent.

    The kind: "report", "auto-replied", "auto-generated" (and other Auto-Submitted
    values as written), "bulk" or "list"."""
    if msg.get_content_type() == "multipart/report":
        return "report"
    auto = (raw_header(msg, "Auto-Submitted") or "").strip().lower()
    if auto and not auto.startswith("no"):
        return auto.split(";")[0].strip() or "auto-generated"
    if raw_header(msg, "X-Autoreply") is not None or raw_header(msg, "X-Autorespond") is not None:
        return "auto-replied"
    if (raw_header(msg, "Precedence") or "").strip().lower() in {"bulk", "junk"}:
        return "bulk"
    if (raw_header(msg, "Precedence") or "").strip().lower() == "list":
        return "list"
    if raw_header(msg, "List-Id") is not None or raw_header(msg, "List-Unsubscribe") is not None:
        return "list"
    return ""


def read_headers(msg: Message, defects: list[str]) -> MailHeaders:
    """The decoded `MailHeaders` of a parsed message; oddities go to `defects`."""
    from_pairs = _addresses(raw_headers(msg, "From"), defects, "From")
    from_display, from_addr = from_pairs[0] if from_pairs else ("", "")
    reply_pairs = _addresses(raw_headers(msg, "Reply-To"), defects, "Reply-To")
    date_raw = raw_header(msg, "Date")
    date_iso = None
    if date_raw:
        try:
            date_iso = email.utils.parsedate_to_datetime(" ".join(date_raw.split())).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            defects.append(f"header Date: unparseable {date_raw.strip()[:60]!r}")
    mid = _ids(raw_header(msg, "Message-ID"))
    irt = _ids(raw_header(msg, "In-Reply-To"))
    return MailHeaders(
        message_id=mid[0] if mid else None,
        from_addr=from_addr or None,
        from_display=from_display or None,
        to=tuple(a for _, a in _addresses(raw_headers(msg, "To"), defects, "To")),
        cc=tuple(a for _, a in _addresses(raw_headers(msg, "Cc"), defects, "Cc")),
        subject=decode_header_value(raw_header(msg, "Subject"), defects, "Subject"),
        date=date_iso,
        in_reply_to=irt[0] if irt else None,
        references=_ids(" ".join(raw_headers(msg, "References"))),
        reply_to=reply_pairs[0][1] if reply_pairs else None,
        auto_submitted=bool(_auto_kind(msg)),
        auto_kind=_auto_kind(msg),
    )
