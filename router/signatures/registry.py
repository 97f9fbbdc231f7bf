"""The checks as plug-ins: a small Protocol, one adapter per kind of evidence, and the registry.

A check declares which policy requirements it serves; it runs for an item only
when the item's category requires one of them. Checks are cheap to skip and
never raise: a failure inside a check is evidence (`fail` or `unverifiable`).
"""

from __future__ import annotations

import logging
from typing import Protocol

from router.signatures.authority import mail_channel, paper_channel
from router.signatures.completeness import check_content
from router.signatures.context import Context, is_pdf
from router.signatures.evidence import Check, Outcome
from router.signatures.handwriting import scan_pages, signature_block_checks
from router.signatures.pdfsig import validate_pdf
from router.signatures.smime import validate_smime

log = logging.getLogger(__name__)


class SignatureCheck(Protocol):
    """One kind of evidence about an item."""

    name: str
    serves: frozenset[str]

    def run(self, ctx: Context) -> list[Check]: ...


class MailAuthentication:
    """dkim, spf and dmarc of a mail."""

    name = "mail_authentication"
    serves = frozenset({"authority_channel", "authenticated_sender"})

    def run(self, ctx: Context) -> list[Check]:
        return ctx.mail_auth.checks() if ctx.message is not None else []


class AuthorityChannel:
    """authority_domain / reply_to for mail; paper_channel / fax_number otherwise."""

    name = "authority_channel"
    serves = frozenset({"authority_channel"})

    def run(self, ctx: Context) -> list[Check]:
        if ctx.message is not None:
            return mail_channel(ctx.message, ctx.policy)
        return paper_channel(ctx.item.channel, ctx.item.envelope.get("fax_number"), ctx.policy)


class PdfSignatures:
    """pdf_signature for every signed PDF: the item itself or a mail attachment."""

    name = "pdf_signature"
    serves = frozenset({"signature"})

    def run(self, ctx: Context) -> list[Check]:
        out: list[Check] = []
        for name, data in ctx.files:
            if is_pdf(data):
                out.extend(validate_pdf(name, data, ctx.roots))
        return out


class SmimeSignature:
    """smime for a signed mail."""

    name = "smime"
    serves = frozenset({"signature"})

    def run(self, ctx: Context) -> list[Check]:
        if ctx.message is None:
            return []
        return validate_smime(ctx.item.raw, ctx.message, ctx.sender, ctx.roots)


class HandwrittenSignature:
    """handwritten_signature and stamp on scanned pages."""

    name = "handwriting"
    serves = frozenset({"signature"})

    def run(self, ctx: Context) -> list[Check]:
        pages = scan_pages(ctx.files)
        if not pages:
            return []
        return signature_block_checks(pages)


class ContentCompleteness:
    """content: the items an official request must state."""

    name = "content"
    serves = frozenset({"content"})

    def run(self, ctx: Context) -> list[Check]:
        return [check_content(ctx.item.fields)]


REGISTRY: tuple[SignatureCheck, ...] = (
    MailAuthentication(),
    AuthorityChannel(),
    SmimeSignature(),
    PdfSignatures(),
    HandwrittenSignature(),
    ContentCompleteness(),
)


def run_checks(ctx: Context, registry: tuple[SignatureCheck, ...] = REGISTRY) -> list[Check]:
    """Every applicable check's evidence, in registry order."""
    out: list[Check] = []
    for check in registry:
        if not (check.serves & set(ctx.required)):
            continue
        try:
            out.extend(check.run(ctx))
        except Exception as exc:  # noqa: BLE001 - one broken check must not hide the others
            log.exception("signature check %s crashed", check.name)
            out.append(Check(check.name, Outcome.UNVERIFIABLE, f"check crashed: {exc!r}"))
    return out
