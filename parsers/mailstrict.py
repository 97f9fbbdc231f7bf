"""One strict reading of a mail's headers and MIME structure, shared by the parser and DKIM.

The DKIM verifier (dkimpy), the email package and a person's mail client
each split a header block by their own rules: dkimpy ends a line at CRLF or
LF only, the email package at a bare CR too; dkimpy verifies the LAST of two
same-named headers, the email package reads the FIRST; "Name :" is a header
to one and the end of the header block to the other. A mail on which they
could disagree is not read at all for what it claims: `header_anomalies`
names every such place (in the top header block and in every MIME part's),
the parse step records them as defects, and a law-enforcement request
carrying one is suspicious (`router/signatures/readalike.py`). Each
multipart is split by the boundary the parse step's email package finds
(RFC 2231 included); a multipart this reading cannot split, or does not reach
within its limits, is itself such a place: a mail read in part is not clean.
`strip_leading_blank_lines` is the one normalisation both sides apply.
"""

from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser

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
# A Content-Type parameter naming the boundary: plain, RFC 2231 extended ("boundary*")
# or one of its continuations ("boundary*0", "boundary*1*", …).
_BOUNDARY_NAME = re.compile(r"boundary(?:\*([0-9]+))?\*?")
_MAX_NESTING = 50  # comments nested deeper than this: the email package recurses per level
# How far the MIME tree is split (the work is bounded); a mail deeper or larger is
# not read to its end, and that is itself an anomaly: it cannot be called clean.
_MAX_DEPTH = 8
_MAX_PARTS = 500
# The parse step's reading of a header (`parsers/mail.py` parses with compat32).
_PARSER = BytesParser(policy=policy.compat32)


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


def _param_names(value: str) -> list[str]:
    """The parameter names of a Content-Type value, split as the email package splits them
    (`email.message._parseparam`: at a ";" before which the field's quotes, less its
    escaped ones, are even), lower-case; counted as it goes, so linear in the length."""
    fields: list[str] = []
    field = start = quotes = 0
    pos = value.find(";")
    while pos >= 0:
        # A ";" is neither '"' nor '\\', so counts over consecutive spans add up.
        quotes += value.count('"', start, pos) - value.count('\\"', start, pos)
        start = pos
        if quotes % 2 == 0 or pos == field:
            fields.append(value[field:pos])
            field = start = pos + 1
            quotes = 0
        pos = value.find(";", pos + 1)
    fields.append(value[field:])
    return [f[: f.index("=")].strip().lower() for f in fields[1:] if "=" in f]


def _content_type(value: bytes) -> tuple[bool, str | None, str | None]:
    """(multipart, boundary, why unreadable) of a Content-Type value, as the parse step reads it.

    The value goes through the email package with the parse step's policy, so the
    boundary is the one it splits the part by: RFC 2231 continuations and extended
    values decoded, a trailing space stripped (`Message.get_boundary`). Multipart when
    the email package or the literal type says so (either reader may split it).
    """
    literal = value.strip().lower().startswith(b"multipart/")
    try:
        msg = _PARSER.parsebytes(b"Content-Type:" + value + b"\r\n\r\n", headersonly=True)
        multipart = literal or msg.get_content_maintype() == "multipart"
        boundary = msg.get_boundary() if multipart else None
    except Exception as exc:  # the email package itself fails on odd RFC 2231 sets
        return literal, None, f"{type(exc).__name__}: {exc}"
    return multipart, boundary, None


def _boundary(content_type: bytes, where: str, out: list[str]) -> tuple[bool, bytes | None]:
    """(multipart, its boundary as bytes in the mail) for a part's Content-Type.

    A multipart whose boundary cannot be had (none, undecodable, folded over lines,
    or not writable in the mail's bytes) is an anomaly: its parts would go unread
    here while other readers split it; so is a boundary named more than once (plain,
    RFC 2231 extended or continued: readers pick different ones) or RFC 2231
    continuations not numbered 0, 1, 2….
    """
    multipart, boundary, failed = _content_type(content_type)
    if not multipart:
        return False, None
    names = _param_names(content_type.decode("ascii", "surrogateescape"))
    forms = [m for m in map(_BOUNDARY_NAME.fullmatch, names) if m is not None]
    numbers = sorted(int(m.group(1)) for m in forms if m.group(1) is not None)
    namings = sum(1 for m in forms if m.group(1) is None) + (1 if numbers else 0)
    if namings > 1:
        out.append(f"{where}: Content-Type names its boundary {namings} times")
    if numbers and numbers != list(range(len(numbers))):
        out.append(f"{where}: the RFC 2231 continuations of its boundary are not numbered 0, 1, 2…")
    if failed is not None:
        out.append(f"{where}: a multipart whose boundary the email package cannot read ({failed})")
        return True, None
    if boundary is None:
        out.append(f"{where}: a multipart with no boundary: its parts go unread")
        return True, None
    if "\r" in boundary or "\n" in boundary:
        out.append(
            f"{where}: a multipart boundary folded over lines ({boundary!r}): a reader that "
            "unfolds it splits the part, the email package finds no delimiter of it"
        )
        return True, None
    try:
        return True, boundary.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        out.append(
            f"{where}: a multipart boundary {boundary!r} that is not its bytes in the mail "
            "(decoded from a charset): the email package finds no delimiter of it"
        )
        return True, None


def _parts(body: bytes, boundary: bytes) -> tuple[list[bytes], bytes]:
    """The parts of a multipart body between `--boundary` lines, and what no reader reads
    (the preamble before the first delimiter and the epilogue after the closing one).

    A last part with no closing delimiter runs to the end of the body, as the email
    package reads it.
    """
    delim = re.escape(b"--" + boundary)
    marks = list(re.finditer(rb"(?m)^" + delim + rb"(--)?[ \t]*(?:\r\n|\n|\r|$)", body))
    out: list[bytes] = []
    unread = body[: marks[0].start()] if marks else body
    for here, after in zip(marks, [*marks[1:], None], strict=False):
        if here.group(1):
            unread += b"\n" + body[here.end() :]
            break
        chunk = body[here.end() : after.start()] if after is not None else body[here.end() :]
        out.append(re.sub(rb"(?:\r\n|\n|\r)\Z", b"", chunk))
    return out, unread


def header_anomalies(raw: bytes) -> list[str]:
    """Every place where the parsers reading this mail could read different headers or parts.

    The top header block and every MIME part's header block are read strictly
    (line ends, names, duplicates, nesting); mixed CRLF and bare LF line ends
    anywhere, and bare CRs, are anomalies too, and so is a delimiter line of
    any boundary of the mail in a preamble or an epilogue (text nobody reads,
    where a checker that searches the raw bytes for a delimiter would find a
    copy: a genuine signed entity kept there while another is read). Each
    multipart is split by the boundary the email package finds (RFC 2231
    included); what this reading cannot split (a multipart with no usable
    boundary, or one folded over lines) or does not reach (nesting deeper than
    `_MAX_DEPTH`, more than `_MAX_PARTS` parts) is an anomaly, never taken for
    clean. [] for a mail every reader reads alike.
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
    boundaries: set[bytes] = set()
    count = 0
    while todo:
        hdrs, part_body, where, depth = todo.pop(0)
        ctype = (hdrs.get("content-type") or [b""])[0]
        multipart, boundary = _boundary(ctype, where, out)
        if not multipart or boundary is None:
            continue
        if depth > _MAX_DEPTH:
            out.append(f"{where}: a multipart nested deeper than {_MAX_DEPTH}: its parts go unread")
            continue
        boundaries.add(boundary)
        parts, outside = _parts(part_body, boundary)
        unread.append((where, outside))
        for n, part in enumerate(parts, start=1):
            count += 1
            if count > _MAX_PARTS:
                out.append(f"mail: more than {_MAX_PARTS} MIME parts: the rest go unread")
                todo.clear()
                break
            name = f"{where} > part {n}" if where != "headers" else f"part {n}"
            part_headers, inner = scan_header_block(part, name, PART_SINGLETONS, out)
            todo.append((part_headers, inner, name, depth + 1))
    for where, text in unread:
        for b in sorted(boundaries):
            if re.search(rb"(?m)^--" + re.escape(b), text):
                out.append(
                    f"{where}: the preamble or epilogue holds a delimiter of boundary "
                    f"{b.decode('ascii', 'replace')!r} (a copy of a part that no reader reads)"
                )
    return list(dict.fromkeys(out))
