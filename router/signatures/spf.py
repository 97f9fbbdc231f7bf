"""SPF (RFC 7208) evaluated by pyspf through the one resolver: check_host() for an IP and a domain.

pyspf is the reference implementation (RFC 7208's test suite): every
mechanism and modifier, macros with their transformers, the 10-lookup and
2-void-lookup limits, `exp=`. Its DNS questions are answered by our
`Resolver` (`_Query.dns`), so a zone file (REGISTRATURA_DNS_ZONE_FILE) answers
them in the tests and nothing reaches the network. The resolver has no PTR
answers: `ptr` never matches (RFC 7208 discourages it).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any

import spf as pyspf

from router.signatures.dns import Resolver
from router.signatures.errors import DnsError

# A zone file answers at once; a network resolver bounds each question itself
# (`NetworkResolver`). pyspf's own time budget is not used (its clock is read
# only around its own DNS calls, which `_Query.dns` replaces).
_RESULTS = ("pass", "fail", "softfail", "neutral", "none", "permerror", "temperror")


@dataclass(frozen=True, slots=True)
class SpfResult:
    """pass | fail | softfail | neutral | none | permerror | temperror, for `domain`."""

    result: str
    domain: str
    detail: str


class _Query(pyspf.query):  # type: ignore[misc]
    """pyspf's query, asking our resolver instead of its module-wide dnspython lookup."""

    def __init__(self, resolver: Resolver, ip: str, sender: str, helo: str) -> None:
        super().__init__(i=ip, s=sender, h=helo, strict=True)
        self._resolver = resolver

    def set_ip(self, i: str) -> None:
        super().set_ip(i)
        # pyspf writes an IPv6 client's %{i} nibbles in capitals; RFC 7208 7.4 in
        # small letters. DNS does not mind; the expansion reads as the RFC's example.
        nibbles = getattr(self, "i", None)
        if isinstance(nibbles, str):
            setattr(self, "i", nibbles.lower())  # noqa: B010 (pyspf's attribute, untyped)

    def dns(
        self, name: str, qtype: str, cnames: Any = None, ignore_void: bool = False
    ) -> list[Any]:
        """The answers to one question, shaped as pyspf's dnspython lookup shapes them."""
        if not name:
            raise pyspf.PermError("empty domain name in a DNS question")
        name = str(name).rstrip(".").lower()
        if not all(0 < len(label) < 64 for label in name.split(".")):
            return []  # not a DNS name (as pyspf: no answer, no question asked)
        key = (name, qtype)
        result: list[Any] | None = self.cache.get(key)
        if result is None:
            try:
                if qtype == "TXT":
                    result = [[t.encode("utf-8")] for t in self._resolver.query(name, "TXT")]
                elif qtype in ("A", "AAAA"):
                    result = list(self._resolver.query(name, qtype))
                elif qtype == "MX":
                    # Our resolver gives the exchanges without preferences; order
                    # only decides which ten are looked at, and ten is the limit.
                    result = [(0, host) for host in self._resolver.query(name, "MX")]
                else:  # PTR, and type 99 (SPF), which only pyspf's harsh mode asks
                    result = []
            except DnsError as exc:
                raise pyspf.TempError(f"DNS {exc}") from exc
            self.cache[key] = result
        if not result and not ignore_void:
            self.void_lookups += 1
            if self.void_lookups > pyspf.MAX_VOID_LOOKUPS:
                raise pyspf.PermError(f"Void lookup limit of {pyspf.MAX_VOID_LOOKUPS} exceeded")
        return result


class _Eval:
    """Macro expansion alone (RFC 7208 7.3), for a sender seen from `ip` with `helo`."""

    def __init__(self, resolver: Resolver, ip: str, sender: str, helo: str) -> None:
        self._query = _Query(resolver, ip, sender, helo)

    def _expand(self, spec: str, domain: str) -> str:
        self._query.d = domain
        return str(self._query.expand(spec))


def check_spf(resolver: Resolver, ip: str, mail_from: str, helo: str) -> SpfResult:
    """SPF for the envelope sender (or, for a null sender, the HELO name) from `ip`."""
    sender = mail_from.strip().strip("<>")
    if "@" not in sender:
        sender = f"postmaster@{helo}" if helo else ""
    local, _, domain = sender.rpartition("@")
    domain = domain.lower().rstrip(".")
    if not domain:
        return SpfResult("none", "", "no envelope sender and no HELO name")
    sender = f"{local}@{domain}"  # pyspf reads "P.RO." as no domain at all
    try:
        ipaddress.ip_address(ip)
        query = _Query(resolver, ip, sender, helo)
    except (ValueError, pyspf.PermError):
        return SpfResult("permerror", domain, f"client address {ip!r} is not an IP address")
    result, _code, explanation = query.check()
    if result not in _RESULTS:  # "ambiguous": pyspf's harsh mode only
        return SpfResult("permerror", domain, f"SPF {result} for {domain}: {explanation}")
    if result in ("permerror", "temperror"):
        return SpfResult(result, domain, f"{explanation} ({domain}, from {ip})")
    return SpfResult(result, domain, f"SPF {result} for {domain} from {ip}")
