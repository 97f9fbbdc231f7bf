"""DKIM: every DKIM-Signature of the original bytes, verified with dkimpy.

Keys are looked up through the one resolver (`router.signatures.dns`), so a
zone file answers them offline. Keys shorter than 1024 bits do not verify.
A mail dkimpy cannot read at all (a NUL in a header name, a line that is no
header) is a `permerror` with dkimpy's reason, never a crash. A signature by a
key published in testing mode (`t=y`, RFC 6376 3.6.1) or made with
`a=rsa-sha1` (RFC 8301) is `neutral`: the mail is treated as unsigned by it.
A signature with a body length `l=` shorter than the body signs only the start of it:
`partial_signatures` names each one (anything after `l=` is anyone's).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import dkim as dkimpy
from dkim.canonicalization import CanonicalizationPolicy, InvalidCanonicalizationPolicyError
from dkim.util import InvalidTagValueList, parse_tag_value

from router.signatures.dns import Resolver
from router.signatures.errors import DnsError


@dataclass(frozen=True, slots=True)
class DkimResult:
    """One signature's outcome: pass, fail, permerror, temperror or neutral (a testing key,
    rsa-sha1: as if unsigned), with its d= and s=."""

    domain: str
    selector: str
    result: str
    detail: str


def _signatures(raw: bytes) -> list[tuple[str, str, str | None, str]]:
    """(d=, s=, why malformed, a=) of each DKIM-Signature, in the order dkimpy's `verify(idx=)`
    counts.

    The headers are split by dkimpy's own parser and the tag list read with its
    own strict reader (RFC 6376 3.2: a tag named twice or a malformed list is
    an error), so the domain recorded is the one dkimpy verifies against: an
    unknown tag such as "x-d=police.example" can never be taken for d=.
    """
    out: list[tuple[str, str, str | None, str]] = []
    for tags in _tag_lists(raw):
        if isinstance(tags, InvalidTagValueList):
            out.append(("", "", f"malformed tag list: {_short(str(tags))}", ""))
            continue
        domain = _domain(tags)
        selector = tags.get(b"s", b"").decode("ascii", "replace").strip()
        algorithm = tags.get(b"a", b"").decode("ascii", "replace").strip().lower()
        signed = {
            h.strip().lower() for h in tags.get(b"h", b"").decode("ascii", "replace").split(":")
        }
        if "from" not in signed:
            # RFC 6376 5.4 and 6.1.1: the From field MUST be signed; a signature that
            # leaves it out vouches for a mail whose sender anyone may write.
            why = f"signature by d={domain} does not sign the From header (h= lacks from)"
            out.append((domain, selector, why, algorithm))
            continue
        out.append((domain, selector, None, algorithm))
    return out


def _tag_lists(raw: bytes) -> Iterator[dict[bytes, bytes] | InvalidTagValueList]:
    """Each DKIM-Signature's tag list, split by dkimpy's own parser and read with its own
    strict reader (the error instead, for a malformed list), in the order dkimpy counts."""
    headers, _ = dkimpy.rfc822_parse(raw)
    for name, value in headers:
        if name.lower() != b"dkim-signature":
            continue
        try:
            yield parse_tag_value(value)
        except InvalidTagValueList as exc:
            yield exc


def _domain(tags: dict[bytes, bytes]) -> str:
    return tags.get(b"d", b"").decode("ascii", "replace").strip().lower().rstrip(".")


def signing_times(raw: bytes) -> list[tuple[str, dt.datetime]]:
    """(d=, t=) of each DKIM-Signature that states a signature timestamp (RFC 6376 3.5),
    read as `verify_dkim` reads the signatures."""
    out: list[tuple[str, dt.datetime]] = []
    try:
        lists = list(_tag_lists(raw))
    except Exception:  # noqa: BLE001 - a mail dkimpy cannot read states no time
        return []
    for tags in lists:
        if isinstance(tags, InvalidTagValueList):
            continue
        stamp = tags.get(b"t", b"").decode("ascii", "replace").strip()
        if stamp.isdigit():
            with contextlib.suppress(OverflowError, OSError, ValueError):
                out.append((_domain(tags), dt.datetime.fromtimestamp(int(stamp), dt.UTC)))
    return out


def _testing_key(resolver: Resolver, domain: str, selector: str) -> bool:
    """Whether the key record of `selector._domainkey.domain` says t=y (the domain is testing)."""
    try:
        records = resolver.query(f"{selector}._domainkey.{domain}", "TXT")
        tags = parse_tag_value(records[0].encode("utf-8")) if records else {}
    except (DnsError, InvalidTagValueList):
        return False
    flags = tags.get(b"t", b"").decode("ascii", "replace").lower()
    return "y" in (f.strip() for f in flags.split(":"))


def _dnsfunc(resolver: Resolver) -> object:
    def lookup(name: bytes | str, timeout: int = 5) -> bytes | None:
        text = name.decode("ascii", "replace") if isinstance(name, bytes) else name
        try:
            records = resolver.query(text, "TXT")
        except DnsError as exc:
            raise dkimpy.DnsTimeoutError(str(exc)) from exc
        return records[0].encode("utf-8") if records else None

    return lookup


def _short(text: str, limit: int = 160) -> str:
    """A reason kept readable: a hostile header must not make the evidence megabytes long."""
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"


def partial_signatures(raw: bytes) -> list[str]:
    """A reason for each DKIM-Signature whose `l=` signs less than the whole body.

    The body is canonicalised as the signature's own `c=` says (what `l=`
    counts); a mail dkimpy cannot split, or a signature it cannot read, is
    judged by `verify_dkim` instead.
    """
    try:
        headers, body = dkimpy.rfc822_parse(raw)
    except Exception:  # noqa: BLE001 - unreadable for dkimpy: verify_dkim says why
        return []
    out: list[str] = []
    for name, value in headers:
        if name.lower() != b"dkim-signature":
            continue
        try:
            tags = parse_tag_value(value)
        except InvalidTagValueList:
            continue
        if b"l" not in tags:
            continue
        domain = tags.get(b"d", b"").decode("ascii", "replace").strip().lower()
        try:
            signed = int(tags[b"l"].strip())
            policy = CanonicalizationPolicy.from_c_value(tags.get(b"c", b"simple/simple").strip())
            length = len(policy.canonicalize_body(body))
        except (ValueError, InvalidCanonicalizationPolicyError):
            out.append(f"DKIM signature by d={domain} has an unreadable l= or c= tag")
            continue
        if signed < length:
            out.append(
                f"DKIM signature by d={domain} signs only the first {signed} of the body's "
                f"{length} bytes (l=): what follows is unsigned and could be anyone's"
            )
    return out


def verify_dkim(raw: bytes, resolver: Resolver) -> list[DkimResult]:
    """One result per DKIM-Signature header; [] when the mail carries none.

    A mail dkimpy cannot split into headers gives one `permerror` with the reason.
    """
    try:
        signatures = _signatures(raw)
    except Exception as exc:  # noqa: BLE001 - any reason dkimpy cannot read it is evidence
        return [DkimResult("", "", "permerror", f"DKIM cannot read the mail: {_short(str(exc))}")]
    results: list[DkimResult] = []
    for idx, (domain, selector, malformed, algorithm) in enumerate(signatures):
        if malformed:
            results.append(DkimResult(domain, selector, "permerror", malformed))
            continue
        if algorithm == "rsa-sha1":
            # RFC 8301 3.1: verifiers MUST NOT consider rsa-sha1 signatures valid.
            why = f"signature by d={domain} uses a=rsa-sha1, which is never accepted (RFC 8301)"
            results.append(DkimResult(domain, selector, "neutral", why))
            continue
        verifier = dkimpy.DKIM(raw, minkey=1024)
        try:
            ok = verifier.verify(idx=idx, dnsfunc=_dnsfunc(resolver))
        except dkimpy.DnsTimeoutError as exc:
            results.append(DkimResult(domain, selector, "temperror", f"key lookup failed: {exc}"))
            continue
        except Exception as exc:  # noqa: BLE001 - a signature that cannot be checked does not pass
            why = _short(str(exc)) or type(exc).__name__
            results.append(DkimResult(domain, selector, "permerror", f"d={domain}: {why}"))
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
        if ok and _testing_key(resolver, domain, selector):
            # RFC 6376 3.6.1: a domain testing DKIM (t=y) is treated as unsigned.
            why = f"signature by d={domain} verifies with a key in testing mode (t=y): unsigned"
            results.append(DkimResult(domain, selector, "neutral", why))
        elif ok:
            results.append(
                DkimResult(domain, selector, "pass", f"signature by d={domain} verifies")
            )
        else:
            results.append(
                DkimResult(domain, selector, "fail", f"signature by d={domain} does not verify")
            )
    return results
