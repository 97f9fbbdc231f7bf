"""CAdES files: a letter signed as "adresa.pdf.p7m" (enveloping) or "adresa.pdf.p7s" (detached).

The same rules as a signed PDF (`pdfsig`): the CMS signature must verify over
the signed file's bytes, chain to a pinned root only (no fetching), come from
a certificate allowed to sign documents, and its signer is judged against the
registry afterwards (`consistency`, kind `cades_signature` beside
`pdf_signature` and `smime`). What the signed file states is then bound to
the request (`binding`), as for a signed PDF.

A detached signature signs another file of the mail: the file of its own name
("adresa.pdf" for "adresa.pdf.p7s") first, else whichever attached file its
signed digest matches. One that matches no attached file is a signature over
something we were not shown: it fails.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asn1crypto import cms, x509
from pyhanko.sign.validation import async_validate_detached_cms
from pyhanko_certvalidator import ValidationContext

from parsers.cms import Envelope, inner_name, layers
from router.signatures.evidence import Check, Outcome
from router.signatures.pdfsig import _untrusted_reason
from router.signatures.roots import private_copies
from router.signatures.signer import identity, purpose_problem, signer_name

KIND = "cades_signature"
LABEL = "CAdES-signed document"


@dataclass(frozen=True, slots=True)
class SignedFile:
    """One CAdES signature found in an item, and the file it signs (when found)."""

    name: str  # the signature file's name ("adresa.pdf.p7m", "adresa.pdf.p7s")
    layer: Envelope
    depth: int  # 1 for the outermost signature of a file
    content_name: str | None  # the signed file's name
    content: bytes | None  # the signed file's bytes; None: a detached one matching nothing


def _digest(signed: cms.SignedData) -> tuple[str, bytes] | None:
    """The signer's digest algorithm and the messageDigest it signed."""
    try:
        info = signed["signer_infos"][0]
        algo = info["digest_algorithm"]["algorithm"].native
        for attr in info["signed_attrs"] or []:
            if attr["type"].native == "message_digest":
                return algo, bytes(attr["values"][0].native)
    except Exception:  # noqa: BLE001 - an odd structure: no digest to match by
        return None
    return None


def _matches(signed: cms.SignedData, data: bytes) -> bool:
    found = _digest(signed)
    if found is None:
        return False
    algo, want = found
    try:
        return hashlib.new(algo, data).digest() == want
    except (ValueError, TypeError):
        return False


def signed_files(
    attachments: list[tuple[str, bytes]],
) -> list[SignedFile]:
    """Every CAdES signature among `attachments` (name, bytes), with the file each signs."""
    out: list[SignedFile] = []
    plain = [(n, d) for n, d in attachments if not layers(d)]
    for name, data in attachments:
        found = layers(data)
        for depth, layer in enumerate(found, start=1):
            if layer.content is not None:
                out.append(SignedFile(name, layer, depth, inner_name(name), layer.content))
                continue
            # Detached: the file of its own name, else the one its digest matches.
            own = inner_name(name)
            named = [(n, d) for n, d in plain if n == own]
            others = [(n, d) for n, d in plain if n != own]
            match = next(
                ((n, d) for n, d in named + others if _matches(layer.signed, d)),
                named[0] if named else None,
            )
            out.append(
                SignedFile(
                    name, layer, depth, match[0] if match else None, match[1] if match else None
                )
            )
    return out


def _context(roots: tuple[x509.Certificate, ...], moment: datetime | None) -> ValidationContext:
    kwargs: dict[str, Any] = {}
    if moment is not None:
        kwargs["moment"] = moment
    # Private copies: the caller's certificate objects may be shared by threads.
    return ValidationContext(
        trust_roots=private_copies(roots),
        allow_fetching=False,
        revocation_mode="soft-fail",
        **kwargs,
    )


def validate_cms(
    content: bytes,
    signed: cms.SignedData,
    roots: tuple[x509.Certificate, ...],
    moment: datetime | None = None,
) -> Any:
    """pyHanko's status of a CMS signature over `content`, against the pinned roots only.

    Signed-data that carries its content (enveloping, S/MIME's opaque form) is
    validated as detached content over a copy with the content taken out: the
    signer's digest is over the same bytes either way."""
    if signed["encap_content_info"]["content"].native is not None:
        signed = signed.copy()
        signed["encap_content_info"] = cms.ContentInfo(
            {"content_type": signed["encap_content_info"]["content_type"].native}
        )
    return asyncio.run(
        async_validate_detached_cms(
            content, signed, signer_validation_context=_context(roots, moment)
        )
    )


def validate(f: SignedFile, roots: tuple[x509.Certificate, ...]) -> Check:
    """`cades_signature` for one signature: pass, fail, or unverifiable (expired since)."""
    where = f.content_name or inner_name(f.name)
    form = "enveloping (.p7m)" if f.layer.content is not None else "detached (.p7s)"
    if f.content is None:
        return Check(
            KIND,
            Outcome.FAIL,
            f"{f.name}: a detached CAdES signature that signs none of the attached files "
            "(no file of its name, and its signed digest matches no attachment): it signs "
            "something we were not shown",
            {"document": where, "signature_file": f.name, "format": form},
        )
    try:
        status = validate_cms(f.content, f.layer.signed, roots)
    except Exception as exc:  # noqa: BLE001 - a malformed CMS is evidence, not a crash
        return Check(
            KIND,
            Outcome.FAIL,
            f"{f.name}: CAdES signature cannot be validated: {exc}",
            {"document": where, "signature_file": f.name, "format": form},
        )
    cert = status.signing_cert
    ident = identity(cert)
    when = status.signer_reported_dt
    ev: dict[str, Any] = {
        "document": where,
        "signature_file": f.name,
        "format": form,
        "layer": f.depth,
        "signed_sha256": hashlib.sha256(f.content).hexdigest(),
        "signer": signer_name(ident),
        "subject": ident.get("subject"),
        "signer_identity": ident,
        "issuer": cert.issuer.human_friendly if cert is not None else None,
        "not_after": cert["tbs_certificate"]["validity"]["not_after"].native.isoformat()
        if cert is not None
        else None,
        "signing_time_stated": when.isoformat() if when else None,
        "intact": status.intact,
        "valid": status.valid,
        "trusted": status.trusted,
        "revocation": "unverifiable (offline: no OCSP/CRL fetched)",
    }
    who = ev["signer"] or "unknown signer"
    problems: list[str] = []
    if not status.intact:
        problems.append(
            f"the signed file {where} was altered after signing"
            if f.layer.content is not None
            else f"the attached {where} is not the file it signs (changed since, or another file)"
        )
    elif not status.valid:
        problems.append("the signature does not verify")
    if (purpose := purpose_problem(cert)) is not None:
        problems.append(purpose)
    if cert is None:
        problems.append("no signer certificate")
    if not problems and not status.trusted:
        indic = str(getattr(status, "trust_problem_indic", "") or "")
        if when is not None and ("OUT_OF_BOUNDS" in indic or "EXPIRED" in indic):
            try:
                again = validate_cms(f.content, f.layer.signed, roots, when)
            except Exception:  # noqa: BLE001 - not provable then either: the expiry is reported
                again = None
            if again is not None and again.trusted and again.intact and again.valid:
                ev["expired_after_signing"] = True
                return Check(
                    KIND,
                    Outcome.UNVERIFIABLE,
                    f"{f.name}: signature of {who} was valid at the time it states "
                    f"({when.isoformat()}), but the certificate expired on {ev['not_after']} "
                    "and no timestamp proves that time: a copy signed again with a valid "
                    "certificate is needed",
                    ev,
                )
        problems.append(_untrusted_reason(status, cert, roots))
    if problems:
        return Check(KIND, Outcome.FAIL, f"{f.name}: signature of {who}: {'; '.join(problems)}", ev)
    return Check(
        KIND,
        Outcome.PASS,
        f"{f.name}: valid CAdES {form} signature of {who} over {where}, chains to a pinned "
        "root (revocation not checked offline)",
        ev,
    )
