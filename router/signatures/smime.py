"""S/MIME signed mail: multipart/signed (detached) and application/pkcs7-mime signed-data.

The signed bytes are cut from the untouched original, canonicalised to CRLF,
and the CMS signature is validated by pyHanko against the pinned roots only,
with no revocation fetching. The signer's certificate must name the From
address (a certificate naming no e-mail address binds no sender and fails).

Which bytes are signed is decided by the part the MIME parser walked, never by
the boundary string alone: the same `--<boundary>` lines may be written
anywhere before the multipart/signed (in an earlier text part, an HTML comment,
a first multipart/signed with the same boundary), where no reader takes them
for delimiters, around a genuine signed entity while the part every reader
shows is another. Of the stretches between delimiter lines of its boundary
(`mimecut.stretches`), the signature is validated over the one that, read
alone, is exactly the multipart/signed's first child as the parser read it
(every header as written, every body as written, part by part:
`same_entity`); none is a failure (`signed part or signature cannot be cut
out`). `smime_parts` names the parts the checks are made for, in their order,
so the unsigned-text rule exempts the very entity a signature binds
(`unsigned_collect`), not the first child of every multipart/signed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from email import message_from_bytes
from email import policy as email_policy
from email.message import Message
from typing import Any

from asn1crypto import cms, x509

from parsers.cms import is_mime_entity
from parsers.facts import EnclosedMessage, read_facts
from parsers.htmltext import html_to_text
from parsers.mailstrict import strip_leading_blank_lines
from router.signatures.binding import _norm, signed_text
from router.signatures.cades import validate_cms
from router.signatures.context import is_pdf
from router.signatures.evidence import Check, Outcome
from router.signatures.mimecut import stretches
from router.signatures.signer import identity, purpose_problem

log = logging.getLogger(__name__)

_SIG_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature")
_MIME_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")


def _crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# Stretches of a boundary tried against the parsed part: a genuine mail has one; more
# are written by whoever copies delimiter lines into the item (a failure past these).
_MAX_STRETCHES = 64


def _reread(cut: bytes) -> Message | None:
    """`cut` read alone, as the parse step reads an item (`parsers.facts.read_facts`)."""
    if strip_leading_blank_lines(cut) != cut:
        # An entity with no header (RFC 2046's default text/plain): read as it stands.
        return message_from_bytes(cut, policy=email_policy.compat32)
    return read_facts(cut).parsed


def _edge(text: object) -> object:
    """A preamble or epilogue as compared: the email package reads the one after a
    close delimiter without its last line end, or as None, inside an enclosing part."""
    if text is None:
        return ""
    if isinstance(text, str):
        return re.sub(r"(?:\r\n|\r|\n)\Z", "", text)
    return text


def same_entity(parsed: Message, other: Message) -> bool:
    """Whether two parsed MIME entities are the same as written: the same headers in the
    same order with the same raw values, and the same bodies, part by part (a leaf's
    payload undecoded; a multipart's children, preamble and epilogue)."""
    todo: list[tuple[Message, Message]] = [(parsed, other)]
    while todo:
        a, b = todo.pop()
        if isinstance(a, EnclosedMessage) != isinstance(b, EnclosedMessage):
            return False
        if list(a.raw_items()) != list(b.raw_items()):
            return False
        pa, pb = a.get_payload(), b.get_payload()
        if isinstance(pa, list) and isinstance(pb, list):
            if len(pa) != len(pb) or any(
                _edge(getattr(a, edge)) != _edge(getattr(b, edge))
                for edge in ("preamble", "epilogue")
            ):
                return False
            for x, y in zip(pa, pb, strict=True):
                if not isinstance(x, Message) or not isinstance(y, Message):
                    return False
                todo.append((x, y))
        elif isinstance(pa, list) or isinstance(pb, list) or pa != pb:
            return False
    return True


def signed_part_bytes(raw: bytes, signed: Message) -> bytes | None:
    """The first body part of the multipart/signed `signed` (a part of the Message parsed
    from `raw`), as signed (CRLF): the stretch between delimiter lines of its boundary
    that reads as exactly the first child the parser walked; None when none does."""
    boundary = signed.get_boundary()
    children = signed.get_payload()
    if not boundary or not isinstance(children, list) or not children:
        return None
    first = children[0]
    if not isinstance(first, Message):
        return None
    for n, cut in enumerate(stretches(raw, boundary)):
        if n >= _MAX_STRETCHES:
            break
        try:
            again = _reread(cut)
        except Exception:  # noqa: BLE001 - a stretch that cannot be read is not the part
            continue
        if again is not None and same_entity(first, again):
            return _crlf(cut)
    return None


def _emails(cert: x509.Certificate) -> set[str]:
    out = (
        {str(e).lower() for e in (cert.subject.native.get("email_address") or [])}
        if isinstance(cert.subject.native.get("email_address"), list)
        else set()
    )
    single = cert.subject.native.get("email_address")
    if isinstance(single, str):
        out.add(single.lower())
    for name in cert.subject_alt_name_value or []:
        if name.name == "rfc822_name":
            out.add(str(name.native).lower())
    return out


def _check(
    content: Any, der: bytes, sender: str | None, roots: tuple[x509.Certificate, ...]
) -> Check:
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            return Check(
                "smime",
                Outcome.FAIL,
                f"S/MIME part is {info['content_type'].native}, not signed-data",
            )
        signed = info["content"]
        if content is None:
            # Opaque (application/pkcs7-mime) signed-data: the content is inside.
            # Validate it as detached content over a copy with the content taken
            # out; the signer's digest is over the same bytes either way.
            content = signed["encap_content_info"]["content"].native
            if not isinstance(content, bytes):
                return Check("smime", Outcome.FAIL, "S/MIME signed-data carries no content")
        status = validate_cms(content, signed, roots)
    except Exception as exc:  # noqa: BLE001 - malformed CMS of any kind is evidence, not a crash
        return Check("smime", Outcome.FAIL, f"S/MIME signature cannot be validated: {exc}")
    cert = status.signing_cert
    emails = _emails(cert) if cert is not None else set()
    ev: dict[str, Any] = {
        "subject": cert.subject.human_friendly if cert is not None else None,
        "issuer": cert.issuer.human_friendly if cert is not None else None,
        "emails": sorted(emails),
        "signer_identity": identity(cert),
        "intact": status.intact,
        "valid": status.valid,
        "trusted": status.trusted,
        "trust_problem": str(status.trust_problem_indic or "") or None,
        "revocation": "unverifiable (offline: no OCSP/CRL fetched)",
    }
    problems = []
    if not status.intact:
        problems.append("the signed content was altered")
    elif not status.valid:
        problems.append("the signature does not verify")
    if (purpose := purpose_problem(cert)) is not None:
        problems.append(purpose)
    if status.intact and not status.trusted:
        if not roots:
            problems.append("no trust roots configured")
        elif cert is not None and cert.self_signed != "no":
            problems.append("self-signed certificate")
        else:
            problems.append(
                f"certificate not trusted ({status.trust_problem_indic or 'no path to a pinned root'})"
            )
    # Whether the certificate names the sender is judged with the registry
    # (`consistency._signer_check`): a bound officer's certificate may name his
    # authority's other address, a seal names none; an unbound one counts for nothing.
    sender_problem = None
    if cert is None:
        problems.append("no signer certificate")
    elif not emails:
        sender_problem = "the certificate names no e-mail address"
    elif not sender:
        sender_problem = "the mail has no single From address to bind the certificate to"
    elif sender.lower() not in emails:
        sender_problem = (
            f"the certificate is for {', '.join(sorted(emails))}, not the sender {sender}"
        )
    if sender_problem:
        ev["sender_problem"] = sender_problem
    if problems:
        return Check("smime", Outcome.FAIL, "; ".join(problems), ev)
    said = f" ({sender_problem})" if sender_problem else ""
    return Check("smime", Outcome.PASS, f"valid S/MIME signature of {ev['subject']}{said}", ev)


def validate_smime(
    raw: bytes, msg: Message, sender: str | None, roots: tuple[x509.Certificate, ...]
) -> list[Check]:
    """One `smime` check per signed part of the mail; [] when the mail is not S/MIME signed."""
    return [check for check, _ in validate_smime_parts(raw, msg, sender, roots)]


def _encapsulated(der: bytes) -> bytes | None:
    """The content an opaque signed-data (application/pkcs7-mime) carries, if any."""
    try:
        content = cms.ContentInfo.load(der)["content"]["encap_content_info"]["content"].native
    except Exception:  # noqa: BLE001 - malformed CMS: `_check` reports it
        return None
    return content if isinstance(content, bytes) else None


def smime_parts(msg: Message) -> Iterator[Message]:
    """The parts of `msg` that `validate_smime_parts` makes one check for, in its order:
    each multipart/signed and each pkcs7-mime part but a CAdES file under its label."""
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "multipart/signed":
            yield part
        elif ctype in _MIME_TYPES:
            der = part.get_payload(decode=True)
            if str(part.get_param("smime-type") or "").lower() == "enveloped-data":
                yield part  # encrypted: recorded unverifiable
            elif isinstance(der, bytes):
                inner = _encapsulated(der)
                if inner is None or is_mime_entity(inner):
                    yield part
                # else a signed file (CAdES .p7m) under S/MIME's label: `cades` judges it


def validate_smime_parts(
    raw: bytes, msg: Message, sender: str | None, roots: tuple[x509.Certificate, ...]
) -> list[tuple[Check, bytes | None]]:
    """Each signed part's `smime` check with the MIME entity its signature covers, one for
    each of `smime_parts(msg)`, in its order."""
    checks: list[tuple[Check, bytes | None]] = []
    for part in smime_parts(msg):
        ctype = part.get_content_type()
        if ctype == "multipart/signed":
            protocol = str(part.get_param("protocol") or "").lower()
            boundary = part.get_boundary()
            subparts = part.get_payload()
            if (
                protocol not in _SIG_TYPES
                or not boundary
                or not isinstance(subparts, list)
                or len(subparts) < 2
            ):
                checks.append(
                    (Check("smime", Outcome.FAIL, f"malformed multipart/signed ({protocol})"), None)
                )
                continue
            content = signed_part_bytes(raw, part)
            sig_part = subparts[1]
            der = sig_part.get_payload(decode=True) if isinstance(sig_part, Message) else None
            if content is None or not isinstance(der, bytes):
                detail = (
                    "signed part cannot be cut out: no stretch of the mail between delimiter "
                    "lines of its boundary reads as the part the mail shows as signed"
                    if content is None
                    else "signature cannot be cut out"
                )
                checks.append((Check("smime", Outcome.FAIL, detail), None))
                continue
            checks.append((_check(content, der, sender, roots), content))
        else:
            smime_type = str(part.get_param("smime-type") or "").lower()
            der = part.get_payload(decode=True)
            if smime_type == "enveloped-data":
                checks.append(
                    (
                        Check("smime", Outcome.UNVERIFIABLE, "encrypted S/MIME: no key to open it"),
                        None,
                    )
                )
            elif isinstance(der, bytes):
                checks.append((_check(None, der, sender, roots), _encapsulated(der)))
    return checks


def _decoded(part: Message, data: bytes) -> str:
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def signed_readings(content: bytes | None) -> list[str]:
    """Normalised texts of a signed MIME entity: its text parts and the text of its PDFs.

    Only what the signature covers is read: never the mail's own headers or any
    part outside the signed entity.
    """
    if content is None:
        raise ValueError("the signed content cannot be cut out")
    entity = message_from_bytes(content, policy=email_policy.compat32)
    out: list[str] = []
    for part in entity.walk():
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        ctype = part.get_content_type()
        if ctype == "text/html":
            out.append(_norm(html_to_text(_decoded(part, data))))
        elif part.get_content_maintype() == "text":
            out.append(_norm(_decoded(part, data)))
        elif is_pdf(data):
            try:
                out.append(_norm(signed_text(data, None)))
            except Exception as exc:  # noqa: BLE001 - an unreadable PDF states nothing
                log.info("cannot read a PDF inside S/MIME-signed content: %r", exc)
    return out
