"""What a person reads of a mail beside its signed letter (`router.signatures.unsigned`).

Everything outside what the signatures cover, read as a mail client would
show it: the subject and the display names of the headers, every text part
(HTML rendered and also as every client might draw it, calendar and vCard
parts by their human properties, RTF and winmail.dat bodies), whatever label
or sniffed type the part carries; the text layer of unsigned PDFs and the OCR
text of the scans the parse step read. What cannot be read — a file of
another kind, a page nobody OCR'd, remote or embedded content in HTML, an
encrypted part, text in an unknown charset — is named instead.

Only what a signature verified is left out, by identity: the entity whose very
bytes an S/MIME signature verified and whose text binds the request (the first
child of *that* multipart/signed, `smime.smime_parts` numbering the checks),
never the first child of every multipart/signed; and a detached signature
only where it is one, the second child of a multipart/signed (which `smime`
validates, or the mail fails). A file labelled `application/pgp-signature`,
`application/pkcs7-signature` or `application/x-pkcs7-signature` anywhere else
is no signature by its label: it is read as any file is (a CAdES signature by
its bytes, which `cades` validates; a text file by its name; else named unread).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from email.header import decode_header
from email.message import Message
from typing import Any

from parsers.cms import layers as cms_layers
from parsers.cms import signed_file
from parsers.facts import MailFacts
from parsers.htmltext import html_to_text
from parsers.normalize import fold
from parsers.office import is_office, office_text
from parsers.quoting import split_reply
from parsers.sniff import is_image
from router.signatures import panels, pictures
from router.signatures.binding import _cues, annotated_pages, page_texts
from router.signatures.context import Context, is_pdf
from router.signatures.smime import same_entity, smime_parts
from router.signatures.unsigned_words import directory_text, html_bidi, link_targets, rtf_text

# Pages of a text layer shorter than this hold no text worth the name (a scan).
_MIN_PAGE_TEXT = 20
# Read otherwise than as a file: opaque S/MIME (validated by `smime`, the entity inside)
# and Outlook's winmail.dat (`_tnef`).
_SIGNATURE_PARTS = frozenset(
    {
        "application/pkcs7-mime",
        "application/x-pkcs7-mime",
        "application/ms-tnef",
        "application/vnd.ms-tnef",
    }
)
# A detached signature's labels: one only as the second child of a multipart/signed.
DETACHED_SIGNATURES = frozenset(
    {"application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature"}
)
_SMIME_NAME = re.compile(r"S/MIME part ([1-9][0-9]*)")


# Content a mail client loads or draws that is not in the mail's text: a remote or
# embedded (data:) image, frame, object or style sheet. A link (<a href>) loads nothing.
_REMOTE = re.compile(
    r"""<(?:img|image|input|video|audio|source|iframe|frame|embed|object|script|link|use|svg)\b"""
    r"""[^>]*?\b(?:src|srcset|href|xlink:href|data|poster)\s*=\s*["']?\s*(?:https?:|//|data:|ftp:)"""
    r"""|\bbackground\s*=\s*["']?\s*(?:https?:|//|data:)"""
    r"""|url\(\s*["']?\s*(?:https?:|//|data:)|@import""",
    re.IGNORECASE,
)


@dataclass
class Unsigned:
    """Everything outside the signatures of one mail: its text, and what could not be read."""

    text: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    # Quoted history the mail attributes to us (the operator's own earlier reply): it may
    # name the data we sent, and is searched for users only.
    ours: list[str] = field(default_factory=list)
    # HTML with its tags removed and nothing put in their place: a word split by inline
    # tags is whole here, and sentences run together, so only data words are searched.
    glued: list[str] = field(default_factory=list)
    # The mail's parts as the parse step decoded them (`Context.facts`): read, not decoded again.
    facts: MailFacts | None = None
    # The unsigned annexes (`router.signatures.annexes`), SHA-256 -> name, and what each
    # shows, read here like any part but held to the annex rules (`unsigned.annex_findings`).
    annex_names: dict[str, str] = field(default_factory=dict)
    annexes: dict[str, list[str]] = field(default_factory=dict)

    def annex_of(self, part: Message) -> str | None:
        """The annex name of a leaf part, or None when it is no annex."""
        if not self.annex_names or self.facts is None:
            return None
        leaf = self.facts.leaf_of(part)
        return None if leaf is None else self.annex_names.get(leaf.sha256)


def _payload(part: Message, out: Unsigned) -> Any:
    """`part`'s decoded payload: the facts' (decoded once) when it is one of the mail's parts."""
    leaf = out.facts.leaf_of(part) if out.facts is not None else None
    if leaf is not None and leaf.error is None:
        return leaf.data
    return part.get_payload(decode=True)


# Charset labels mail clients write that Python does not know by that name.
_CHARSETS = {
    "unicode": "utf-16-le",
    "unicodefffe": "utf-16-be",
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "x-cp1250": "cp1250",
    "x-cp1252": "cp1252",
    "ucs-2": "utf-16-le",
    "csunicode": "utf-16-le",
    "iso-10646-ucs-2": "utf-16-le",
}


def _decoded(part: Message, out: Unsigned, name: str) -> str:
    data = _payload(part, out)
    if not isinstance(data, bytes):
        return ""
    label = (part.get_content_charset() or "utf-8").strip().lower()
    charset = _CHARSETS.get(label, label)
    try:
        text = data.decode(charset, "replace")
    except LookupError:
        out.unread.append(f"{name}: text in an unknown character set {label!r}")
        text = data.decode("utf-8", "replace")
    if text.count("\ufffd") + text.count("\x00") > max(8, len(text) // 50):
        out.unread.append(f"{name}: text that does not decode as its label {label!r} says")
    return text


_ENCODED_WORD_LANG = re.compile(r"(=\?[^?*]+)\*[A-Za-z-]+(\?[bBqQ]\?)")


def _header_text(value: object) -> str:
    """A header as a person's mail client shows it (RFC 2047 words decoded, an RFC 2231
    language tag and Windows charset names understood)."""
    raw = _ENCODED_WORD_LANG.sub(r"\1\2", str(value or ""))
    try:
        parts = decode_header(raw)
        out = []
        for chunk, charset in parts:
            if isinstance(chunk, bytes):
                label = (charset or "utf-8").lower()
                try:
                    out.append(chunk.decode(_CHARSETS.get(label, label), "replace"))
                except LookupError:
                    out.append(chunk.decode("utf-8", "replace"))
            else:
                out.append(chunk)
        return "".join(out)
    except (UnicodeError, LookupError, ValueError):
        return raw


def _subject(msg: Message) -> str:
    return _header_text(msg.get("Subject"))


def _names(msg: Message) -> str:
    """The display names a person sees in the headers (From, To, Cc, Reply-To, Sender), each
    on a line of its own under its label, as a client shows them: an address in "Cc:" is a
    copy (an officer's colleague at the same authority), not a user named in the text."""
    out = []
    for header in ("From", "To", "Cc", "Reply-To", "Sender", "Mail-Reply-To", "Mail-Followup-To"):
        for value in msg.get_all(header) or []:
            out.append(f"{header}: {_header_text(value)}")
    return "\n\n".join(out)


def _looks_html(text: str) -> bool:
    return bool(re.search(r"<\s*(?:html|body|div|p|span|table|br|font|b|i)\b", text[:4000], re.I))


_TAG = re.compile(r"<[^>]*>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|tr|li|h[1-6]|table|tbody|blockquote|title|head|body|html|section|article"
    r"|header|footer|ul|ol|pre|hr|center|dl|dt|dd|address|form|fieldset)\b[^>]*>",
    re.I,
)
_ATTR_TEXT = re.compile(
    r"""\b(?:alt|title|value|placeholder|aria-label|label|summary|content)\s*=\s*("[^"]*"|'[^']*')""",
    re.I,
)
_CODE = re.compile(r"<(style|script)\b[^>]*>.*?</\1\s*>", re.I | re.S)


def html_everything(html: str) -> list[str]:
    """Every text any mail client might draw from `html`, whatever it hides: tags removed
    (once joined, once spaced: a word split by inline tags is whole), comments, CDATA and
    the head kept, attribute texts (alt, title, value…) added. Style sheets and scripts
    are not text."""
    body = _CODE.sub(" ", html)
    attrs = " ".join(m.group(1)[1:-1] for m in _ATTR_TEXT.finditer(body))
    body = re.sub(r"<!\[CDATA\[|\]\]>|<!--|-->|<!", " ", body)
    from html import unescape

    joined = unescape(_TAG.sub("", body))
    spaced = unescape(_TAG.sub(" ", _BLOCK_TAG.sub("\n\n", body)))
    return [joined, spaced, unescape(attrs)]


def _walk(part: Message, verified: frozenset[int], out: Unsigned) -> None:
    """Collect the text parts of `part`; name the parts nobody reads (PDFs and images are
    `Context.files`, judged in `_files`). `verified`: the ids of the entities a signature
    verified and binds (`_verified_entities`), left out."""
    ctype = part.get_content_type()
    name = part.get_filename() or ctype
    annex = None if part.is_multipart() else out.annex_of(part)
    if annex is not None:
        # An annex's text is read as any part's, into its own place.
        sub = Unsigned(facts=out.facts)
        _walk(part, verified, sub)
        out.annexes.setdefault(annex, []).extend(sub.text + sub.glued)
        out.unread += sub.unread
        return
    if part.get_filename():
        out.text.append(_header_text(part.get_filename()))  # a file's name is read too
    if ctype == "message/external-body":  # a client offers it as a file; it is elsewhere
        where = part.get_param("url") or part.get_param("name") or part.get_param("site") or ""
        out.unread.append(f"{name}: content kept elsewhere ({where}), which the checks cannot read")
        return
    if part.is_multipart():
        children = part.get_payload()
        if not isinstance(children, list):
            return
        for n, child in enumerate(children):
            if not isinstance(child, Message) or id(child) in verified:
                continue  # the entity an S/MIME signature verified, and which binds
            if (
                ctype == "multipart/signed"
                and n == 1
                and child.get_content_type() in DETACHED_SIGNATURES
            ):
                continue  # the detached signature: `smime` validates it (or the mail fails)
            if ctype == "message/rfc822":
                out.text.append(_subject(child) + "\n\n" + _names(child))
            _walk(child, verified, out)
        return
    if ctype in _SIGNATURE_PARTS:
        if (
            ctype in ("application/pkcs7-mime", "application/x-pkcs7-mime")
            and "enveloped" in str(part.get_param("smime-type") or "").lower()
        ):
            out.unread.append(f"{name}: an encrypted S/MIME part the checks cannot read")
        if ctype in ("application/ms-tnef", "application/vnd.ms-tnef"):
            _tnef(part, out, name)
        return
    data = _payload(part, out)
    if not isinstance(data, bytes) or not data:
        return
    if cms_layers(data):
        # A CAdES file: `cades` judges the signature; a PDF or scan inside is one of
        # `Context.files` (read by `_files`), a detached one has no text.
        inner = signed_file(data)
        if inner is None or is_pdf(inner) or is_image(inner):
            return
        data = inner
    text_part = part.get_content_maintype() == "text"
    if not text_part and (is_pdf(data) or is_image(data)):
        return  # a document: `_files` reads it
    if ctype in ("text/rtf", "application/rtf", "text/richtext") or data.lstrip()[:5] == b"{\\rtf":
        # Read as Word shows it, and as a superset with no group skipped.
        out.text += [rtf_text(data), rtf_text(data, everything=True)]
        return
    if not text_part and re.search(r"\.(?:txt|html?|eml|csv|ics|vcf)$", name, re.I):
        text_part = True  # a text file under another label: read as the client opens it
    if text_part:
        text = _decoded(part, out, name)
        if ctype == "text/html" or _looks_html(text):
            text = html_bidi(text)  # the markup's direction, as the controls a client obeys
            remote = sorted({m.group(0).strip()[:40] for m in _REMOTE.finditer(text)})
            if remote:
                out.unread.append(
                    f"{name}: HTML that loads content from elsewhere or embeds it "
                    f"({', '.join(remote[:3])}…), which a mail client shows and the checks "
                    "cannot read"
                )
            joined, spaced, attrs = html_everything(text)
            links = link_targets(text)
            text = html_to_text(text)
            # Our own reply quoted in the HTML is ours in its other renderings too.
            (joined, spaced), tails = _without_our_quote(text, joined, spaced)
            out.ours.extend(tails)
            out.glued.append(joined)
            out.text.extend((spaced, attrs, links))  # a link's target is read too
        elif ctype in ("text/calendar", "text/vcard", "text/x-vcard", "text/directory"):
            text = directory_text(text)
        elif ctype not in ("text/plain",):
            out.unread.append(f"{name} ({ctype}): a text format the checks do not render")
        if re.match(r"(?:[A-Za-z-]+:[^\n]*\n){3,}", text) and "\nFrom:" in "\n" + text[:2000]:
            out.unread.append(f"{name}: a mail inside a text part, which a client may open")
        _, quoted = split_reply(text)
        lines = text.split("\n")
        marked = [x for x in lines if x.lstrip().startswith(">")]
        if quoted and _attributed_to_us(quoted) and marked:
            # Only the lines marked as quoted are ours: text after a mere attribution
            # line is anyone's.
            out.ours.append("\n".join(marked))
            out.text.append("\n".join(x for x in lines if not x.lstrip().startswith(">")))
        elif quoted and quoted in text and _attributed_to_us(quoted) and _header_block(quoted):
            # Outlook marks no line: the quote is what follows its header block
            # (De la / Trimis / Către / Subiect). As with '>' lines, the sender could
            # have written it; the rule lets "ours" name data, never promise more.
            at = text.rindex(quoted)
            out.ours.append(quoted)
            out.text.append(text[:at] + "\n" + text[at + len(quoted) :])
        else:
            out.text.append(text)
        return
    if is_office(data):
        # A Word or OpenDocument file (the letter's editable copy, an annex): text a person
        # reads, so read like the body; what it could not give keeps it unread.
        text, problems = office_text(data)
        out.text.append(text)
        if problems or not text.strip():
            shown = "; ".join(problems[:3]) or "no text in it"
            out.unread.append(f"{name}: an office document read only in part ({shown})")
        return
    out.unread.append(f"{name} ({ctype}, {len(data)} bytes): a file the checks do not read")


def _plain_bytes(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1250", "replace")


def _tnef_rtf(data: bytes) -> str | None:
    """The RTF message body Outlook keeps in a winmail.dat (compressed), as text."""
    try:
        import tnefparse

        body = getattr(tnefparse.TNEF(data), "rtfbody", None)
    except Exception:  # noqa: BLE001 - a winmail.dat without a readable RTF body
        return None
    if not isinstance(body, bytes) or not body:
        return None
    return rtf_text(body) + "\n\n" + rtf_text(body, everything=True)


def _tnef(part: Message, out: Unsigned, name: str) -> None:
    """Outlook's winmail.dat: its message body is text; its files other than PDFs and
    images (which `Context.files` holds) are unread."""
    from parsers.tnef import read_tnef

    data = _payload(part, out)
    if not isinstance(data, bytes):
        return
    inner: list[str] = []

    def keep(raw: bytes, inner_name: str | None) -> tuple[tuple[()], tuple[str, ...]]:
        shown = inner_name or "a file"
        if is_pdf(raw) or is_image(raw):
            return (), ()
        if raw.lstrip().startswith(b"{\\rtf"):
            out.text += [rtf_text(raw), rtf_text(raw, everything=True)]
        elif re.search(r"\.(?:txt|csv)$", shown, re.I):
            out.text.append(_plain_bytes(raw))
        else:
            inner.append(shown)
        return (), ()

    pages, _, defects = read_tnef(data, keep)
    out.text.extend(p.text for p in pages)
    rtf = _tnef_rtf(data)
    if rtf:
        out.text.append(rtf)
    if defects:
        out.unread.append(f"{name}: {'; '.join(defects)}")
    for inner_name in inner:
        out.unread.append(f"{name}: {inner_name} inside it, a file the checks do not read")


def _our_quote(text: str) -> str:
    """The quoted history of `text` when it is attributed to us (as `_walk` judges it)."""
    _, quoted = split_reply(text)
    if not quoted or not _attributed_to_us(quoted):
        return ""
    marked = any(x.lstrip().startswith(">") for x in text.split("\n"))
    return quoted if marked or (quoted in text and _header_block(quoted)) else ""


def _without_our_quote(text: str, *renderings: str) -> tuple[list[str], list[str]]:
    """`renderings` of an HTML part (tags removed otherwise than `text`) cut where the
    quoted reply of ours that `text` shows begins (unchanged when it is not found there),
    and the parts cut off: read as ours (searched for users and promises)."""
    quoted = _our_quote(text)
    first = next((line for line in quoted.split("\n") if line.strip()), "")
    words = re.findall(r"\w+", first)[:6]
    if len(words) < 2:
        return list(renderings), []
    pattern = re.compile(r"\W*".join(map(re.escape, words)), re.IGNORECASE)
    kept: list[str] = []
    tails: list[str] = []
    for rendering in renderings:
        hits = list(pattern.finditer(rendering))
        at = hits[-1].start() if hits else len(rendering)
        kept.append(rendering[:at])
        tails.append(rendering[at:])
    return kept, [t for t in tails if t.strip()]


def _attributed_to_us(quoted: str) -> bool:
    """Whether quoted history opens with an attribution to one of the operator's mailboxes."""
    head = fold("\n".join(quoted.split("\n")[:4]))
    from parsers.fields.emails import find_emails

    cues = _cues()
    if any(cues.is_operator(addr) for _, _, addr in find_emails(head)):
        return True
    # Outlook writes the sender's display name alone ("De la: Echipa juridica OKAZII"):
    # the operator's name is its domain's first label.
    # So does a client's attribution line ("On 02.12.2026 15:41, Registratura Okazii wrote:").
    sender = re.search(r"^\W*(?:de la|from|expeditor)\s*:\s*(.*)$", head, re.M) or re.search(
        r"^(.*\b(?:wrote|a scris|a\s+scris|scrie|schrieb|a ecrit))\s*:?\s*$", head, re.M
    )
    names = {d.split(".")[0] for d in cues.operator_domains}
    if sender is None:
        return False
    return any(re.search(rf"\b{re.escape(n)}\b", sender.group(1)) for n in names)


def _header_block(quoted: str) -> bool:
    """Whether quoted history opens with a client's header block: sender, date and subject."""
    head = fold("\n".join(quoted.strip().split("\n")[:6]))
    return all(
        re.search(rf"^\W*(?:{words})\s*:", head, re.M)
        for words in ("de la|from|expeditor", "trimis|sent|data|date", "subiect|subject")
    )


def _files(ctx: Context, out: Unsigned, covered: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    """The unsigned files: a PDF's text layer, else what the parse step OCR'd of each page.
    A file inside a verified S/MIME entity (`covered`, by SHA-256) is signed: left out."""
    scans = {s.get("sha256"): s for s in ctx.item.document.get("scans") or []}
    for name, data in ctx.files:
        sha = ctx.sha256(data)
        if sha in covered:
            continue
        scan = scans.get(sha) or {}
        if sha in ctx.bound_files:
            # The signed scan's own pages outside its letter are not signed by its ink.
            outside = set(ctx.outside_pages.get(sha, []))
            out.text += [
                str(p.get("text") or "")
                for p in scan.get("read") or []
                if p.get("number") in outside
            ]
            continue
        # An annex's text goes to its own place (`annex_findings` reads it), the rest is the mail's.
        text_of = (
            out.annexes.setdefault(out.annex_names[sha], []) if sha in out.annex_names else out.text
        )
        ocr = {p.get("number"): p.get("text") or "" for p in scan.get("read") or []}
        pages: list[str] = []
        if is_pdf(data):
            try:
                pages = page_texts(data)
                drawn = annotated_pages(data)
            except Exception:  # noqa: BLE001 - an unreadable PDF is unread content
                out.unread.append(f"{name}: a PDF whose text cannot be read")
                continue
            if drawn:
                out.unread.append(
                    f"{name}: annotations or form fields on page(s) "
                    f"{', '.join(map(str, drawn[:5]))}, which a viewer draws and the checks "
                    "do not read"
                )
            # What a viewer shows beside the pages: bookmarks, page labels, the title read;
            # scripts, embedded files and actions named unread (`panels`).
            beside = panels.read(data)
            out.text += beside.texts  # an annex's too: what a viewer shows beside its pages
            out.unread += [f"{name}: {what}" for what in beside.unread]
        else:
            pages = [""] * max(1, int(scan.get("pages") or 1))
        missing = []
        layered = set()
        for number, text in enumerate(pages, start=1):
            if len(re.sub(r"\W", "", text)) >= _MIN_PAGE_TEXT:
                text_of.append(text)
                layered.add(number)
            elif number in ocr:
                text_of.append(ocr[number])
            else:
                missing.append(number)
        if layered and is_pdf(data):
            # The layer holds no picture: a pasted note on a typed page is read too.
            seen = pictures.read(data, layered)
            # Pictures are held to the mail's rules, an annex's too: where text is hidden
            # from the layer, and OCR may garble the request word the annex rules look for.
            out.text += seen.texts
            missing = sorted({*missing, *seen.unread})
        if missing:
            shown = ", ".join(map(str, missing[:5])) + ("…" if len(missing) > 5 else "")
            out.unread.append(
                f"{name}: page(s) {shown} were not read (scanned or pictures, not OCR'd)"
            )


def _signed_entity(part: Message) -> Message | None:
    """The first child of a multipart/signed (its signed entity); None for any other part."""
    children = part.get_payload()
    if part.get_content_type() != "multipart/signed" or not isinstance(children, list):
        return None
    first = children[0] if children else None
    return first if isinstance(first, Message) else None


def _inside_entities(msg: Message, verified: frozenset[int]) -> set[str]:
    """The SHA-256 of each file inside an entity an S/MIME signature verified: the
    signature covers its bytes, as it covers the entity's text (round 14: a prosecutor's
    S/MIME request carrying its letter's PDF copy inside the signed entity)."""
    out: set[str] = set()

    def files(part: Message) -> None:
        if part.is_multipart():
            for child in part.get_payload() or []:
                if isinstance(child, Message):
                    files(child)
            return
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and data:
            out.add(hashlib.sha256(data).hexdigest())

    def find(part: Message) -> None:
        if id(part) in verified:
            files(part)
            return
        if part.is_multipart():
            for child in part.get_payload() or []:
                if isinstance(child, Message):
                    find(child)

    if verified:
        find(msg)
    return out


def _verified_entities(ctx: Context, msg: Message, signed: set[str]) -> frozenset[int]:
    """The ids of the parts of `msg` that are S/MIME-signed entities binding the request.

    For each "S/MIME part N" in `signed`: the signed entity of the N-th part the `smime`
    check numbered (`smime.smime_parts`, over the mail, or over an enclosed original read
    from its own bytes), whose bytes are those its signature verified
    (`smime.signed_part_bytes`). For an enclosed original, the part of `msg` shown in its
    place must read as exactly that entity (`smime.same_entity`). A file of the mail named
    like a check ("S/MIME part 1") makes that name no check's.
    """
    numbers = {int(m.group(1)) for name in signed if (m := _SMIME_NAME.fullmatch(name))}
    if not numbers:
        return frozenset()
    files = {leaf.name or f"part-{leaf.index}" for leaf in ctx.facts.leaves}
    enclosed = ctx.enclosed
    checked = list(smime_parts(enclosed.message if enclosed is not None else msg))
    shown = list(smime_parts(enclosed.part)) if enclosed is not None else checked
    out: set[int] = set()
    for n in sorted(numbers):
        if f"S/MIME part {n}" in files or n > min(len(checked), len(shown)):
            continue
        verified, entity = _signed_entity(checked[n - 1]), _signed_entity(shown[n - 1])
        if verified is None or entity is None:
            continue
        if entity is verified or same_entity(entity, verified):
            out.add(id(entity))
    return frozenset(out)


def collect(ctx: Context, signed: set[str]) -> Unsigned:
    """The mail's text outside the documents in `signed` (and outside the S/MIME-signed
    entities among them)."""
    out = Unsigned(facts=ctx.facts, annex_names={a.sha256: a.name for a in ctx.item.annexes})
    msg = ctx.message
    if msg is None:
        return out
    out.text.append(_subject(msg) + "\n\n" + _names(msg))
    verified = _verified_entities(ctx, msg, signed)
    _walk(msg, verified, out)
    _files(ctx, out, _inside_entities(msg, verified))
    banners = _banner_patterns(tuple(ctx.policy.document.signatures.own_banners))
    if banners:
        out.text = [_without(t, banners) for t in out.text]
        out.glued = [_without(t, banners) for t in out.glued]
    return out


def _banner_patterns(banners: tuple[str, ...]) -> list[re.Pattern[str]]:
    """Our own mail system's banners, each word for word with any spacing between words."""
    return [
        re.compile(r"\s+".join(map(re.escape, b.split())), re.IGNORECASE)
        for b in banners
        if b.split()
    ]


def _without(text: str, banners: list[re.Pattern[str]]) -> str:
    for pattern in banners:
        text = pattern.sub(" ", text)
    return text
