"""The checks as plug-ins: a small Protocol, one adapter per kind of evidence, and the registry.

A check declares which policy requirements it serves; it runs for an item only
when the item's category requires one of them. Checks are cheap to skip and
never raise: a failure inside a check is evidence (`fail` or `unverifiable`).
"""

from __future__ import annotations

import hashlib
import logging
from email.message import Message
from typing import Protocol

from parsers.cms import layers as cms_layers
from parsers.office import is_office, office_text
from router.signatures import cades
from router.signatures.authority import (
    GatewayMail,
    domain_of,
    mail_channel,
    not_a_mail,
    paper_channel,
    sender_matches,
    wrapper_answer_headers,
)
from router.signatures.binding import _norm, bind, check_binding, check_scan_binding, unreadable
from router.signatures.completeness import check_content
from router.signatures.context import Context, is_pdf
from router.signatures.evidence import Check, Outcome
from router.signatures.handwriting import authority_names, signature_block_checks
from router.signatures.pdfsig import validate_pdf
from router.signatures.readalike import alternatives_check, structure_check
from router.signatures.smime import signed_readings, validate_smime_parts

_SMIME_TYPES = frozenset({"multipart/signed", "application/pkcs7-mime", "application/x-pkcs7-mime"})

log = logging.getLogger(__name__)


class SignatureCheck(Protocol):
    """One kind of evidence about an item."""

    name: str
    serves: frozenset[str]

    def run(self, ctx: Context) -> list[Check]: ...


class MailAuthentication:
    """dkim, spf and dmarc of a mail (for a gateway fax: of the gateway's mail)."""

    name = "mail_authentication"
    serves = frozenset({"authority_channel", "authenticated_sender"})

    def run(self, ctx: Context) -> list[Check]:
        if ctx.message is None:
            return []
        # For the authority channel a mail that readers could read differently fails
        # (a forged request rides on it); for others the oddity is recorded.
        decisive = "authority_channel" in ctx.required
        extra = [
            structure_check(ctx.facts.data, decisive),
            alternatives_check(ctx.message, decisive),
        ]
        if ctx.enclosed is not None:  # the original is read by every reader alike too
            extra.append(structure_check(ctx.enclosed.raw, decisive))
        return ctx.mail_auth.checks() + [c for c in extra if c is not None]


def _configured_gateway(ctx: Context, address: str) -> bool:
    """Whether `address` is the sender of a configured [[fax_gateways]] rule."""
    rules = ctx.policy.raw.get("fax_gateways") or []
    return any(sender_matches(str(r.get("from", "")).lower(), address) for r in rules)


def _gateway(ctx: Context) -> GatewayMail | None:
    """How the mail of a fax mailed by a fax-to-e-mail gateway fares, if it is one.

    The mail must come from the gateway: its single From address (read as the
    other checks read it) must be the address the door recognised the gateway
    by (`extra.gateway_from`), and DMARC must pass aligned for that address's
    domain (the DMARC check is about the single From domain). An item recorded
    before the door kept that address is held to the policy's [[fax_gateways]]
    senders instead (none configured: it cannot be a gateway's mail).
    """
    if ctx.gateway is None:
        return None
    via = ctx.gateway
    if ctx.message is None:
        return GatewayMail(via, Outcome.FAIL, "the bytes are not a mail message")
    sender = ctx.sender
    extra = ctx.item.envelope.get("extra") or {}
    expected = str(extra.get("gateway_from") or "").strip().lower()
    if expected:
        if sender is None or sender.lower() != expected:
            shown = sender or "no single From address"
            return GatewayMail(
                via,
                Outcome.FAIL,
                f"its From ({shown}) is not the gateway address {expected} the door "
                "recognised it by",
            )
    elif sender is None or not _configured_gateway(ctx, sender.lower()):
        shown = sender or "no single From address"
        return GatewayMail(via, Outcome.FAIL, f"its From ({shown}) is no configured fax gateway")
    dmarc = ctx.mail_auth.dmarc
    return GatewayMail(
        via,
        Outcome.PASS if dmarc.verdict is Outcome.PASS else Outcome.UNVERIFIABLE,
        f"From {sender}, dmarc {dmarc.verdict.value}: {dmarc.detail}",
    )


def _authority_alignment(ctx: Context, checks: list[Check]) -> list[Check]:
    """`authority_alignment`: a DKIM signature by a domain the registry lists for the authority.

    SPF is recorded, never sufficient: an authority's SPF that includes a shared
    provider passes for every tenant of that provider, and a mail file's
    Received lines are its author's. DMARC's relaxed alignment compares
    organisational domains (for `mai.gov.ro` that is `gov.ro`, which every
    government institution shares), and a subdomain may be delegated to a
    mailing company. So the authority channel needs a passing DKIM signature,
    aligned with the From (DMARC), whose `d=` the registry lists for the From's
    authority exactly (`Authority.owns_domain`: a subdomain only through an
    explicit `"*.domain"` entry). For a trusted Authentication-Results: every
    dkim result it reports as passing (`mailauth._reported_identifiers`).
    """
    claimed = next(
        (c for c in checks if c.kind == "authority_domain" and c.verdict is Outcome.PASS), None
    )
    dmarc = ctx.mail_auth.dmarc
    if claimed is None or dmarc.verdict is not Outcome.PASS:
        return []  # no authority to align with, or DMARC itself did not pass: judged there
    name = claimed.evidence.get("authority")
    authority = next((a for a in ctx.policy.authorities if a.name == name), None)
    by = [str(x) for x in dmarc.evidence.get("aligned_by") or []]
    dkim = [x.partition(":")[2] for x in by if x.startswith("dkim:")]
    own = [d for d in dkim if authority is not None and authority.owns_domain(d)]
    ev = {"aligned_by": by, "authority": name}
    if own:
        return [
            Check(
                "authority_alignment",
                Outcome.PASS,
                f"DKIM signature by d={', '.join(own)}, a domain the registry lists for {name}",
                ev,
            )
        ]
    # A unit's mailbox signed by the institution above it: its mail system (the
    # national politiaromana.ro signing for cj.politiaromana.ro), which the From's unit
    # sits under in the registry. The From, not the signer, still names the unit.
    above = [
        a for a in ctx.policy.authorities if authority and a.name in ctx.policy.ancestors(authority)
    ]
    upper = [(d, a.name) for d in dkim for a in above if a.owns_domain(d)]
    if upper:
        return [
            Check(
                "authority_alignment",
                Outcome.PASS,
                f"DKIM signature by d={upper[0][0]}, a domain of {upper[0][1]}, which {name} "
                "sits under in the registry (its mail system signs for the unit's mailbox)",
                {**ev, "signed_by": upper[0][1]},
            )
        ]
    if dkim:
        why = (
            f"DKIM passed only for d={', '.join(dkim)}, not a domain the registry lists for "
            f'{name} (listed exactly; a subdomain only through an explicit "*." entry)'
        )
    else:
        spf = ", ".join(x.partition(":")[2] for x in by if x.startswith("spf:")) or "nothing named"
        why = (
            f"DMARC passed through SPF only ({spf}), and SPF is never sufficient for an "
            f"authority: a DKIM signature by a domain the registry lists for {name} is required"
        )
    return [Check("authority_alignment", Outcome.MISSING, why, ev)]


def _enclosure(ctx: Context) -> list[Check]:
    """For our own authenticated mail enclosing an authority's original: the `enclosure`
    check, and the wrapper's own answer headers (what the legal team answers)."""
    enclosed = ctx.enclosed
    assert enclosed is not None and ctx.message is not None
    how = "journal report" if enclosed.journal else "forward as attachment"
    outside = ctx.outside_original
    ev: dict[str, object] = {"wrapper": enclosed.wrapper, "original_from": ctx.sender}
    if ctx.wrapper_auth is not None:
        ev["wrapper_dmarc"] = ctx.wrapper_auth.dmarc.verdict.value
    if outside:
        ev["outside_original"] = outside
    annexes = (
        f"; {', '.join(outside[:5])}{'…' if len(outside) > 5 else ''}, outside the original, "
        "never its signed content"
        if outside
        else ""
    )
    return [
        Check(
            "enclosure",
            Outcome.PASS,
            f"our own {how} from {enclosed.wrapper} encloses the original from {ctx.sender}: "
            "its channel is judged on the original's own bytes and DKIM (as if it had come "
            "straight), and only the original's own files and signed parts can be signed "
            f"content; the rest of the mail is read as unsigned text{annexes}",
            ev,
        ),
        *wrapper_answer_headers(ctx.message, domain_of(ctx.sender) or "", ctx.policy),
    ]


class AuthorityChannel:
    """authority_domain / reply_to for mail; paper_channel / fax_number otherwise."""

    name = "authority_channel"
    serves = frozenset({"authority_channel"})

    def run(self, ctx: Context) -> list[Check]:
        if ctx.is_mail:
            if ctx.message is None:
                return [not_a_mail(ctx.item.channel)]
            checks = mail_channel(ctx.channel_message or ctx.message, ctx.policy)
            if ctx.enclosed is not None:
                checks += _enclosure(ctx)
            elif ctx.enclosure_refused is not None and ctx.enclosing is not None:
                checks.append(
                    Check(
                        "enclosure",
                        Outcome.FAIL,
                        f"{ctx.enclosure_refused}: judged as the mail it is, not on the "
                        "original it encloses",
                        {
                            "wrapper": ctx.enclosing.wrapper,
                            "wrapper_dmarc": ctx.wrapper_auth.dmarc.to_json()
                            if ctx.wrapper_auth is not None
                            else None,
                        },
                    )
                )
            return checks + _authority_alignment(ctx, checks)
        return paper_channel(
            ctx.item.channel, ctx.item.envelope.get("fax_number"), ctx.policy, _gateway(ctx)
        )


def _wrapper_smime(ctx: Context) -> list[Check]:
    """A failing `smime` for each S/MIME-signed part of our wrapper outside the enclosed
    original. Whoever signed it, it is not the authority's signed content (its DKIM does
    not cover it) and a forward or a journal report writes none: read as unsigned text it
    would not be either, since a part signed by S/MIME is taken for the signature's."""
    enclosed = ctx.enclosed
    assert enclosed is not None and ctx.message is not None
    out: list[Check] = []
    todo = [ctx.message]
    while todo:
        part = todo.pop(0)
        if part is enclosed.part:
            continue
        if part.get_content_type() in _SMIME_TYPES:
            for check, _ in validate_smime_parts(ctx.item.raw, part, ctx.sender, ctx.roots):
                out.append(
                    Check(
                        "smime",
                        Outcome.FAIL,
                        f"an S/MIME-signed part of the enclosing mail, outside the original "
                        f"(its own check: {check.verdict.value}, {check.detail}): only the "
                        "original's own signed parts can be the authority's",
                        {**check.evidence, "outside_original": True},
                    )
                )
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            todo[:0] = [p for p in payload if isinstance(p, Message)]
    return out


class PdfSignatures:
    """pdf_signature for every signed PDF (the item itself or a mail attachment), and
    signed_content for each validly signed one: does it state what the request asks?"""

    name = "pdf_signature"
    serves = frozenset({"signature"})

    def run(self, ctx: Context) -> list[Check]:
        out: list[Check] = []
        for name, data in ctx.signable_files:
            if not is_pdf(data):
                continue
            checks = validate_pdf(name, data, ctx.roots)
            out.extend(checks)
            for c in checks:
                if c.verdict is Outcome.PASS:
                    bound = check_binding(
                        name, data, c.evidence.get("byte_range"), ctx.item.fields, ctx.bound_texts
                    )
                    # Which revision's text it read: a countersignature needs the first's.
                    bound.evidence.setdefault("revision", c.evidence.get("revision"))
                    out.append(bound)
                    if bound.verdict is Outcome.PASS:
                        ctx.bound_files.add(ctx.sha256(data))
        return out


class SmimeSignature:
    """smime for a signed mail, and signed_content for each valid signature: does the
    signed entity itself state what the request asks (not unsigned text around it)?"""

    name = "smime"
    serves = frozenset({"signature"})

    def run(self, ctx: Context) -> list[Check]:
        if ctx.message is None:
            return []
        out: list[Check] = []
        enclosed = ctx.enclosed
        if enclosed is not None:
            # Only the original's own S/MIME parts, cut from its own bytes (what its DKIM
            # covers); one in the wrapper around it is nobody's signed content.
            out += _wrapper_smime(ctx)
            parts = validate_smime_parts(enclosed.raw, enclosed.message, ctx.sender, ctx.roots)
        else:
            parts = validate_smime_parts(ctx.item.raw, ctx.message, ctx.sender, ctx.roots)
        for n, (check, content) in enumerate(parts, start=1):
            out.append(check)
            if check.verdict is not Outcome.PASS:
                continue
            name = f"S/MIME part {n}"
            try:
                readings = signed_readings(content)
            except Exception as exc:  # noqa: BLE001 - unreadable signed content binds nothing
                out.append(unreadable(name, "S/MIME-signed content", exc))
                continue
            out.append(
                bind(name, readings, ctx.item.fields, "S/MIME-signed content", keep=ctx.bound_texts)
            )
        return out


class CadesSignatures:
    """cades_signature for every CAdES file (.p7m around a letter, .p7s beside it), and
    signed_content for each valid one: does the signed file state what the request asks?"""

    name = "cades_signature"
    serves = frozenset({"signature"})

    def run(self, ctx: Context) -> list[Check]:
        out: list[Check] = []
        for f in ctx.signable_cades:
            check = cades.validate(f, ctx.roots)
            out.append(check)
            if check.verdict is not Outcome.PASS or f.content is None:
                continue
            if cms_layers(f.content):
                continue  # signed again inside: the innermost signature binds the letter
            name = str(check.evidence.get("document"))
            if is_pdf(f.content):
                bound = check_binding(
                    name, f.content, None, ctx.item.fields, ctx.bound_texts, signed=cades.LABEL
                )
            elif is_office(f.content):
                text, _ = office_text(f.content)
                bound = bind(
                    name, [_norm(text)], ctx.item.fields, cades.LABEL, keep=ctx.bound_texts
                )
            else:
                bound = Check(
                    "signed_content",
                    Outcome.MISSING,
                    f"{name}: a CAdES-signed file of a kind whose text the checks do not read "
                    "(a PDF or an office document is): a person must compare it with the request",
                    {"document": name, "signed": cades.LABEL},
                )
            out.append(bound)
            if bound.verdict is Outcome.PASS:
                ctx.bound_files.add(hashlib.sha256(f.content).hexdigest())
                ctx.bound_files.add(hashlib.sha256(f.layer.der).hexdigest())
        return out


class HandwrittenSignature:
    """handwritten_signature and stamp on scanned pages; for a mail, signed_content too.

    On paper (fax, post, folder, cli, a gateway's fax) the scan is the request
    itself. A scan attached to a mail is not: the mail body beside it is
    unsigned, so the scan carrying the signature block must itself state the
    request's case number and users (`signed_content`), or the ink counts for nothing.
    """

    name = "handwriting"
    serves = frozenset({"signature"})

    def run(self, ctx: Context) -> list[Check]:
        scans = ctx.item.document.get("scans") or []
        names = authority_names(ctx.item.fields, ctx.policy.authorities)
        checks, best = signature_block_checks(ctx.signable_files, scans, names)
        if not ctx.is_mail or best is None:
            return checks
        if all(c.verdict is Outcome.PASS for c in checks):
            bound = check_scan_binding(
                best.source, best.reading, best.text, ctx.item.fields, ctx.bound_texts
            )
            checks.append(bound)
            if bound.verdict is Outcome.PASS and best.reading.get("sha256"):
                sha = str(best.reading["sha256"])
                ctx.bound_files.add(sha)
                outside = bound.evidence.get("pages_outside_letter") or []
                ctx.outside_pages[sha] = [int(n) for n in outside]
        return checks


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
    CadesSignatures(),
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
