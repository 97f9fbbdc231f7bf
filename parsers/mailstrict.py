"""One strict reading of a mail's headers and MIME structure, shared by the parser and DKIM.

The DKIM verifier (dkimpy), the email package and a person's mail client
each split a header block by their own rules: dkimpy ends a line at CRLF or
LF only, the email package at a bare CR too; dkimpy verifies the LAST of two
same-named headers, the email package reads the FIRST; "Name :" is a header
to one and the end of the header block to the other. A mail on which they
could disagree is not read at all for what it claims: `header_anomalies`
names every such place (in the top header block and in every MIME part's),
the parse step records them as defects, and a law-enforcement request
carrying one is suspicious (`router/signatures/readalike.py`).
`strip_leading_blank_lines` is the one normalisation both sides apply.
"""

from __future__ import annotations

import re

# RFC 5322 3.6 (at most one each) and the MIME headers that decide how a body is read.
SINGLETONS = frozenset(
    {
        "from",
        "sender",
        "reply-to",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
    }
)
PART_SINGLETONS = frozenset(
    {"content-type", "content-transfer-encoding", "content-disposition", "content-id"}
)
_LINE = re.compile(rb"([^\r\n]*)(\r\n|\r|\n|$)")
_NAME = re.compile(rb"^([\x21-\x39\x3b-\x7e]+):")
_NAME_SPACE = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]+:")
_BOUNDARY = re.compile(r'(?i)(?:^|;)\s*boundary\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;]+)')
_MAX_NESTING = 50  # comments nested deeper than this: the email package recurses per level
_MAX_PARTS = 500


def strip_leading_blank_lines(raw: bytes) -> bytes:
    """`raw` without blank lines before its first header: what every reader of the mail reads.

    Only whole blank lines go (spaces, tabs and line ends before the first line
    break); a first header line that begins with a space is left as it is, and
    is an anomaly.
    """
    return re.sub(rb"\A(?:[ \t]*(?:\r\n|\r|\n))+", b"", raw)


def _split_block(data: bytes) -> tuple[list[tuple[bytes, bytes]], bytes, bool]:
    """(lines with their endings, the body after the blank line, whether a blank line ended it)."""
    lines: list[tuple[bytes, bytes]] = []
    pos = 0
    while pos < len(data):
        m = _LINE.match(data, pos)
        assert m is not None  # the pattern matches at any position
        text, end = m.group(1), m.group(2)
        pos = m.end()
        if text == b"" and end:
            return lines, data[pos:], True
        lines.append((text, end))
        if not end:
            break
    return lines, b"", False


def _nesting(value: bytes) -> int:
    depth = deepest = 0
    escaped = False
    for byte in value:
        if escaped:
            escaped = False
        elif byte == 0x5C:
            escaped = True
        elif byte == 0x28:
            depth += 1
            deepest = max(deepest, depth)
        elif byte == 0x29:
            depth = max(0, depth - 1)
    return deepest


def scan_header_block(
    data: bytes, where: str, singletons: frozenset[str], out: list[str], top: bool = False
) -> tuple[dict[str, list[bytes]], bytes]:
    """The header block at the start of `data`, read strictly; anomalies appended to `out`.

    Returns the headers (lower-case name → raw values in order) and the body.
    """
    lines, body, ended = _split_block(data)
    headers: dict[str, list[bytes]] = {}
    last: str | None = None
    for n, (text, end) in enumerate(lines):
        label = text[:40].decode("ascii", "replace")
        if b"\x00" in text:
            out.append(f"{where}: NUL byte in the header block ({label!r})")
        if end == b"\r":
            out.append(f"{where}: bare CR line end in the header block ({label!r})")
        if text[:1] in (b" ", b"\t"):
            if not text.strip():
                out.append(f"{where}: whitespace-only line inside the header block")
            if last is None:
                out.append(f"{where}: the header block begins with a continuation line")
            else:
                headers[last][-1] += b"\r\n" + text
            continue
        if top and n == 0 and text.startswith(b"From "):
            continue  # an mbox "From " line: every reader skips it
        m = _NAME.match(text)
        if m is None:
            spaced = _NAME_SPACE.match(text)
            if spaced is not None:
                name = spaced.group(1).decode("ascii")
                out.append(f"{where}: whitespace before the colon in header {name!r}")
            else:
                out.append(f"{where}: a line that is no header inside the header block ({label!r})")
            last = None
            continue
        last = m.group(1).decode("ascii").lower()
        headers.setdefault(last, []).append(text[m.end() :])
    if not ended and lines and top:
        out.append(f"{where}: no blank line ends the header block")
    for name, values in headers.items():
        if name in singletons and len(values) > 1:
            out.append(f"{where}: duplicated {name} header ({len(values)} times)")
        for value in values:
            if _nesting(value) > _MAX_NESTING:
                out.append(f"{where}: comments nested deeper than {_MAX_NESTING} in header {name}")
    return headers, body


def _boundary(content_type: bytes, where: str, out: list[str]) -> str | None:
    text = content_type.decode("ascii", "replace")
    found: list[str] = _BOUNDARY.findall(text)
    if len(found) > 1:
        out.append(f"{where}: Content-Type names its boundary {len(found)} times")
    if not found:
        return None
    value = found[0]
    return value[1:-1].replace('\\"', '"') if value.startswith('"') else value


def _parts(body: bytes, boundary: str) -> tuple[list[bytes], bytes]:
    """The parts of a multipart body between `--boundary` lines, and what no reader reads
    (the preamble before the first delimiter and the epilogue after the closing one)."""
    delim = re.escape(b"--" + boundary.encode("ascii", "replace"))
    marks = list(re.finditer(rb"(?m)^" + delim + rb"(--)?[ \t]*(?:\r\n|\n|\r|$)", body))
    out: list[bytes] = []
    unread = body[: marks[0].start()] if marks else body
    for here, after in zip(marks, [*marks[1:], None], strict=False):
        if here.group(1):
            unread += b"\n" + body[here.end() :]
            break
        if after is None:
            break
        chunk = body[here.end() : after.start()]
        out.append(re.sub(rb"(?:\r\n|\n|\r)\Z", b"", chunk))
    return out, unread


def header_anomalies(raw: bytes) -> list[str]:
    """Every place where the parsers reading this mail could read different headers or parts.

    The top header block and every MIME part's header block are read strictly
    (line ends, names, duplicates, nesting); mixed CRLF and bare LF line ends
    anywhere, and bare CRs, are anomalies too, and so is a delimiter line of
    any boundary of the mail in a preamble or an epilogue (text nobody reads,
    where a checker that searches the raw bytes for a delimiter would find a
    copy: a genuine signed entity kept there while another is read). [] for a
    mail every reader reads alike.
    """
    out: list[str] = []
    data = strip_leading_blank_lines(raw)
    crlf = data.count(b"\r\n")
    bare_lf = data.count(b"\n") - crlf
    bare_cr = data.count(b"\r") - crlf
    if crlf and bare_lf:
        out.append(f"mail: mixed line ends ({crlf} CRLF, {bare_lf} bare LF)")
    if bare_cr:
        out.append(f"mail: {bare_cr} bare CR line end(s)")
    headers, body = scan_header_block(data, "headers", SINGLETONS, out, top=True)
    todo = [(headers, body, "headers", 0)]
    unread: list[tuple[str, bytes]] = []
    boundaries: set[str] = set()
    count = 0
    while todo:
        hdrs, part_body, where, depth = todo.pop(0)
        ctype = (hdrs.get("content-type") or [b""])[0]
        if not ctype.strip().lower().startswith(b"multipart/") or depth > 8:
            continue
        boundary = _boundary(ctype, where, out)
        if boundary is None:
            continue
        boundaries.add(boundary)
        parts, outside = _parts(part_body, boundary)
        unread.append((where, outside))
        for n, part in enumerate(parts, start=1):
            count += 1
            if count > _MAX_PARTS:
                return list(dict.fromkeys(out))
            name = f"{where} > part {n}" if where != "headers" else f"part {n}"
            part_headers, inner = scan_header_block(part, name, PART_SINGLETONS, out)
            todo.append((part_headers, inner, name, depth + 1))
    for where, text in unread:
        for b in sorted(boundaries):
            if re.search(rb"(?m)^--" + re.escape(b.encode("ascii", "replace")), text):
                out.append(
                    f"{where}: the preamble or epilogue holds a delimiter of boundary {b!r} "
                    "(a copy of a part that no reader reads)"
                )
    return list(dict.fromkeys(out))
