"""DKIM: every DKIM-Signature of the untouched original bytes, verified with dkimpy.

Keys are looked up through the one resolver (`router.signatures.dns`), so a
zone file answers them offline. Keys shorter than 1024 bits do not verify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import dkim as dkimpy

from router.signatures.dns import Resolver
from router.signatures.errors import DnsError

_SIG_HEADER = re.compile(rb"^dkim-signature:", re.IGNORECASE | re.MULTILINE)
_TAG = re.compile(r"\b([a-z]+)\s*=\s*([^;]*)")


@dataclass(frozen=True, slots=True)
class DkimResult:
    """One signature's outcome: pass, fail, permerror or temperror, with its d= and s=."""

    domain: str
    selector: str
    result: str
    detail: str


def _header_block(raw: bytes) -> bytes:
    end = re.search(rb"\r?\n\r?\n", raw)
    return raw[: end.start()] if end else raw


def _tags(raw: bytes) -> list[dict[str, str]]:
    """The tags of each DKIM-Signature header, top to bottom (unfolded, whitespace removed)."""
    head = _header_block(raw).replace(b"\r\n", b"\n")
    out: list[dict[str, str]] = []
    for m in _SIG_HEADER.finditer(head):
        body = head[m.end() :]
        stop = re.search(rb"\n(?![ \t])", body)
        value = (body[: stop.start()] if stop else body).decode("ascii", "replace")
        value = re.sub(r"\s+", "", value)
        out.append({k: v for k, v in _TAG.findall(value.replace(";", "; "))})
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
    for idx, tags in enumerate(_tags(raw)):
        domain = tags.get("d", "").lower().rstrip(".")
        selector = tags.get("s", "")
        try:
            ok = dkimpy.DKIM(raw, minkey=1024).verify(idx=idx, dnsfunc=_dnsfunc(resolver))
        except dkimpy.DnsTimeoutError as exc:
            results.append(DkimResult(domain, selector, "temperror", f"key lookup failed: {exc}"))
            continue
        except (dkimpy.DKIMException, ValueError, IndexError) as exc:
            results.append(DkimResult(domain, selector, "permerror", str(exc) or "malformed"))
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
