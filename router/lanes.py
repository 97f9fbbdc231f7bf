"""Which lane a received item is parsed in: text on `parse`, files on `ocr` (issue 13).

Every item's first message goes to the `parse` queue, whose actor takes a
cheap first look at the stored bytes (their kind, their size, the MIME types
named in a mail) before anything is decoded. A text mail, or a small text
file, is parsed right there: it costs milliseconds. A PDF, an image, a mail
carrying any part that is not text (a PDF, a scan, a TNEF, a forwarded
message), or anything over `TEXT_LANE_MAX_BYTES` goes on to the `ocr` queue,
which has its own worker threads (and, scaled out, its own machines), so a
200-page OCR job never makes a one-line complaint wait.

The look is conservative: a mail whose MIME types cannot be read at a glance
(a folded Content-Type line, the words "Content-Type: application/pdf" in a
body) goes to `ocr`, where it is parsed the same way, only later.
"""

from __future__ import annotations

import re

from sqlalchemy import LargeBinary, func, select

from parsers.errors import UnreadableInput
from parsers.model import SourceKind
from parsers.sniff import sniff
from router.steps import Pipeline
from storage import State
from storage.items import ITEMS, ORIGINALS

# A text item larger than this is parsed on the `ocr` lane all the same: decoding
# megabytes of MIME is not the few milliseconds the `parse` lane promises.
TEXT_LANE_MAX_BYTES = 2 * 1024 * 1024
_CONTENT_TYPE = re.compile(rb"^content-type:[ \t]*([^\s;]*)", re.IGNORECASE | re.MULTILINE)


def needs_file_lane(raw: bytes, filename: str | None = None) -> bool:
    """Whether reading `raw` may read a PDF or an image (OCR): the `ocr` lane's work."""
    if len(raw) > TEXT_LANE_MAX_BYTES:
        return True
    try:
        kind = sniff(raw, filename)
    except UnreadableInput:
        return False  # refused at once by the parse step, with its reason
    if kind in (SourceKind.PDF, SourceKind.IMAGE):
        return True
    if kind is SourceKind.TEXT:
        return False
    for m in _CONTENT_TYPE.finditer(raw):
        if not m.group(1).lower().startswith((b"text/", b"multipart/")):
            return True
    return False


def first_look(p: Pipeline, item_id: int) -> bool | None:
    """True: parse `item_id` on the `ocr` lane; False: here; None: it waits for no parse.

    Reads the item's size and at most `TEXT_LANE_MAX_BYTES` of its bytes.
    """
    data = ORIGINALS.c.data
    with p.db.read() as conn:
        row = conn.execute(
            select(
                ITEMS.c.state,
                ITEMS.c.filename,
                func.length(data).label("size"),
                func.substr(data, 1, TEXT_LANE_MAX_BYTES, type_=LargeBinary).label("head"),
            )
            .join(ORIGINALS, ORIGINALS.c.sha256 == ITEMS.c.sha256)
            .where(ITEMS.c.id == item_id)
        ).first()
    if row is None or row.state != State.RECEIVED.value:
        return None
    if int(row.size or 0) > TEXT_LANE_MAX_BYTES:
        return True
    # An empty file's head is NULL in SQL: no bytes, not an error retried five times
    return needs_file_lane(bytes(row.head or b""), row.filename)
