"""Split a mail body into the new text and the quoted history it replies to.

Recognised: lines starting with ">" (any depth), an attribution line such as
"On Tue, 24 Nov 2026 at 10:15, X <x@y> wrote:" or "În data de ..., X a scris:"
(possibly wrapped over two lines) after which everything is history, and the
Outlook "-----Original Message-----" / "De la: ... Trimis: ..." header block of
a reply. A forward's header block is not history: a forwarded mail is content.
"""

from __future__ import annotations

import re

from .normalize import fold

_ATTRIBUTION = re.compile(
    r"^\s*(?:on|le|am|el|il|in|la|pe|in data de)\b.{0,200}\b(?:wrote|a scris|schrieb|a ecrit|escribio|ha scritto)\s*:\s*$"
)
_BARE_ATTRIBUTION = re.compile(r"^.{0,120}\b(?:wrote|a scris)\s*:\s*$")
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(?:original message|mesaj original|mesajul original)\s*-{2,}\s*$"
)
_OUTLOOK_FROM = re.compile(r"^\s*\*?(?:from|de la)\s*:\*?\s+\S")
_OUTLOOK_NEXT = re.compile(r"^\s*\*?(?:sent|trimis|date|data|to|catre|subject|subiect)\s*:")
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|tr|redirectionare|forward(?:ed)?)\s*:", re.IGNORECASE)


def is_forward(subject: str | None) -> bool:
    """Whether a subject marks a forward (Fwd:, FW:, TR:, Redirecționare:)."""
    return bool(subject and _FORWARD_SUBJECT.match(fold(subject)))


def split_reply(text: str, *, forward: bool = False) -> tuple[str, str]:
    """(new text, quoted history) of a mail body; the history is "" when there is none."""
    lines = text.split("\n")
    folded = [fold(line) for line in lines]
    cut = len(lines)
    for i, line in enumerate(folded):
        if _ATTRIBUTION.match(line) or (
            i + 1 < len(folded)
            and _ATTRIBUTION.match(line + " " + folded[i + 1].strip())
            and not _ATTRIBUTION.match(folded[i + 1])
        ):
            cut = i
            break
        if _BARE_ATTRIBUTION.match(line) and _quoted_follows(folded, i + 1):
            cut = i
            break
        if not forward and (_ORIGINAL.match(line) or _outlook_block(folded, i)):
            cut = i
            break
    new_lines: list[str] = []
    quoted_lines: list[str] = []
    for i, line in enumerate(lines):
        if i >= cut or line.lstrip().startswith(">"):
            quoted_lines.append(line)
        else:
            new_lines.append(line)
    quoted = "\n".join(_unquote(q) for q in quoted_lines)
    return "\n".join(new_lines).strip(), quoted.strip()


def _quoted_follows(folded: list[str], start: int) -> bool:
    for line in folded[start : start + 3]:
        if line.strip():
            return line.lstrip().startswith(">")
    return False


def _outlook_block(folded: list[str], i: int) -> bool:
    """ "From: X" followed within three lines by Sent:/To:/Subject: (a reply header)."""
    if not _OUTLOOK_FROM.match(folded[i]):
        return False
    following = [line for line in folded[i + 1 : i + 4] if line.strip()]
    return sum(1 for line in following if _OUTLOOK_NEXT.match(line)) >= 2


def _unquote(line: str) -> str:
    return re.sub(r"^\s*(?:>\s?)+", "", line)
