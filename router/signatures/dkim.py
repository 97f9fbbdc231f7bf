"""DKIM: every DKIM-Signature of the untouched original bytes, verified with dkimpy.

Keys are looked up through the one resolver (`router.signatures.dns`), so a
zone file answers them offline. Keys shorter than 1024 bits do not verify.
"""

from __future__ import annotations

from dataclasses import dataclass

import dkim as dkimpy
from dkim.util import InvalidTagValueList, parse_tag_value

from router.signatures.dns import Resolver
from router.signatures.errors import DnsError


@dataclass(frozen=True, slots=True)
class DkimResult:
    """One signature's outcome: pass, fail, permerror or temperror, with its d= and s=."""

    domain: str
    selector: str
    result: str
    detail: str


def _signatures(raw: bytes) -> list[tuple[str, str, str | None]]:
    """(d=, s=, why malformed) of each DKIM-Signature, in the order dkimpy's `verify(idx=)` counts.

    The headers are split by dkimpy's own parser and the tag list read with its
    own strict reader (RFC 6376 3.2: a tag named twice or a malformed list is
    an error), so the domain recorded is the one dkimpy verifies against: an
    unknown tag such as "x-d=police.example" can never be taken for d=.
    """
    headers, _ = dkimpy.rfc822_parse(raw)
    out: list[tuple[str, str, str | None]] = []
    for name, value in headers:
        if name.lower() != b"dkim-signature":
            continue
        try:
            tags = parse_tag_value(value)
        except InvalidTagValueList as exc:
            out.append(("", "", f"malformed tag list: {exc}"))
            continue
        domain = tags.get(b"d", b"").decode("ascii", "replace").strip().lower().rstrip(".")
        selector = tags.get(b"s", b"").decode("ascii", "replace").strip()
        out.append((domain, selector, None))
    return out


def _dnsfunc(resolver: Resolver) -> object:
    def lookup(name: bytes | str, timeout: int = 5) -> bytes | None:
        text = name.decode("ascii", "replace") if isinstance(name, bytes) else name
        try:
            records = resolver.query(text, "TXT")
        except DnsError as exc:
            raise dkimpy.DnsTimeoutError(str(exc)) from exc
        return records[0].encode("utf-8") if records else None

    return lookup


def verify_dkim(raw: bytes, resolver: Resolver) -> list[DkimResult]:
    """One result per DKIM-Signature header; [] when the mail carries none."""
    results: list[DkimResult] = []
    for idx, (domain, selector, malformed) in enumerate(_signatures(raw)):
        if malformed:
            results.append(DkimResult(domain, selector, "permerror", malformed))
            continue
        verifier = dkimpy.DKIM(raw, minkey=1024)
        try:
            ok = verifier.verify(idx=idx, dnsfunc=_dnsfunc(resolver))
        except dkimpy.DnsTimeoutError as exc:
            results.append(DkimResult(domain, selector, "temperror", f"key lookup failed: {exc}"))
            continue
        except (dkimpy.DKIMException, ValueError, IndexError) as exc:
            results.append(DkimResult(domain, selector, "permerror", str(exc) or "malformed"))
            continue
        # The domain the key was fetched for and the signature checked against: dkimpy's own.
        checked = verifier.domain
        if isinstance(checked, bytes):
            checked_domain = checked.decode("ascii", "replace").lower().rstrip(".")
            if checked_domain != domain:  # cannot happen with one parser; never trust a mismatch
                results.append(
                    DkimResult(domain, selector, "permerror", f"d= read as {checked_domain!r}")
                )
                continue
        if ok:
            results.append(
                DkimResult(domain, selector, "pass", f"signature by d={domain} verifies")
            )
        else:
            results.append(
                DkimResult(domain, selector, "fail", f"signature by d={domain} does not verify")
            )
    return results
