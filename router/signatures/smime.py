"""S/MIME signed mail: multipart/signed (detached) and application/pkcs7-mime signed-data.

The signed bytes are cut from the untouched original (boundaries are unique,
so this works for a signed part nested anywhere), canonicalised to CRLF, and
the CMS signature is validated by pyHanko against the pinned roots only, with
no revocation fetching. The signer's certificate must name the From address
(a certificate naming no e-mail address binds no sender and fails).
"""

from __future__ import annotations

import logging
from email import message_from_bytes
from email import policy as email_policy
from email.message import Message
from typing import Any

from asn1crypto import cms, x509

from parsers.cms import is_mime_entity
from parsers.htmltext import html_to_text
from router.signatures.binding import _norm, signed_text
from router.signatures.cades import validate_cms
from router.signatures.context import is_pdf
from router.signatures.evidence import Check, Outcome
from router.signatures.mimecut import part_bytes
from router.signatures.signer import identity, purpose_problem

log = logging.getLogger(__name__)

_SIG_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature")
_MIME_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")


def _crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def signed_part_bytes(raw: bytes, boundary: str) -> bytes | None:
    """The first body part of the multipart whose boundary is `boundary`, as signed (CRLF)."""
    part = part_bytes(raw, boundary)
    return None if part is None else _crlf(part)


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


def validate_smime_parts(
    raw: bytes, msg: Message, sender: str | None, roots: tuple[x509.Certificate, ...]
) -> list[tuple[Check, bytes | None]]:
    """Each signed part's `smime` check with the MIME entity its signature covers."""
    checks: list[tuple[Check, bytes | None]] = []
    for part in msg.walk():
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
            content = signed_part_bytes(raw, boundary)
            sig_part = subparts[1]
            der = sig_part.get_payload(decode=True) if isinstance(sig_part, Message) else None
            if content is None or not isinstance(der, bytes):
                checks.append(
                    (
                        Check("smime", Outcome.FAIL, "signed part or signature cannot be cut out"),
                        None,
                    )
                )
                continue
            checks.append((_check(content, der, sender, roots), content))
        elif ctype in _MIME_TYPES:
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
                inner = _encapsulated(der)
                if inner is not None and not is_mime_entity(inner):
                    continue  # a signed file (CAdES .p7m) under S/MIME's label: `cades` judges it
                checks.append((_check(None, der, sender, roots), inner))
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
