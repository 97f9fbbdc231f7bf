"""SPF (RFC 7208) evaluated through the one resolver: check_host() for an IP and a domain.

Supported: ip4, ip6, a, mx, include, exists, all, redirect=, qualifiers,
the 10-lookup limit and the macros %{s} %{l} %{o} %{d} %{i} %{h} %{v} with
their transformers (digits, reversal, delimiters; RFC 7208 7.3).
`ptr` never matches (RFC 7208 discourages it); `exp=` is ignored.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from router.signatures.dns import Resolver, txt_records
from router.signatures.errors import DnsError

_QUAL = {"+": "pass", "-": "fail", "~": "softfail", "?": "neutral"}
_MAX_LOOKUPS = 10


@dataclass(frozen=True, slots=True)
class SpfResult:
    """pass | fail | softfail | neutral | none | permerror | temperror, for `domain`."""

    result: str
    domain: str
    detail: str


class _PermError(Exception):
    pass


class _Eval:
    def __init__(self, resolver: Resolver, ip: str, sender: str, helo: str) -> None:
        self.resolver = resolver
        self.ip = ipaddress.ip_address(ip)
        self.sender = sender
        self.helo = helo
        self.lookups = 0

    def _count(self) -> None:
        self.lookups += 1
        if self.lookups > _MAX_LOOKUPS:
            raise _PermError("more than 10 DNS-querying terms")

    def _expand(self, spec: str, domain: str) -> str:
        local, _, sdom = self.sender.rpartition("@")

        def repl(m: re.Match[str]) -> str:
            letter, digits, reverse, delimiters = m.groups()
            letter = letter.lower()
            ip = (
                str(self.ip)
                if self.ip.version == 4
                else ".".join(self.ip.exploded.replace(":", ""))  # RFC 7208 7.3: dot-nibbles
            )
            values = {
                "s": self.sender,
                "l": local or "postmaster",
                "o": sdom,
                "d": domain,
                "i": ip,
                "h": self.helo,
                "v": "in-addr" if self.ip.version == 4 else "ip6",
            }
            if letter not in values:
                raise _PermError(f"unsupported macro %{{{letter}}}")
            # Transformers (RFC 7208 7.3): split on the delimiters (default "."),
            # reverse with "r", keep the rightmost N parts, join with ".".
            parts = re.split("[" + re.escape(delimiters or ".") + "]", values[letter])
            if reverse:
                parts.reverse()
            if digits:
                if int(digits) == 0:
                    raise _PermError("macro keeps 0 parts")
                parts = parts[-int(digits) :]
            return ".".join(parts)

        out = re.sub(r"%\{([a-zA-Z])([0-9]*)(r?)([-.+,/_=]*)\}", repl, spec)
        return out.replace("%%", "%").replace("%_", " ").replace("%-", "%20")

    def _addresses(self, name: str) -> list[str]:
        rtype = "A" if self.ip.version == 4 else "AAAA"
        return self.resolver.query(name, rtype)

    def _in(self, addrs: list[str], cidr: str | None) -> bool:
        for a in addrs:
            try:
                net = ipaddress.ip_network(f"{a}/{cidr}" if cidr else a, strict=False)
            except ValueError:
                continue
            if self.ip.version == net.version and self.ip in net:
                return True
        return False

    def _cidr(self, arg: str) -> tuple[str, str | None]:
        """`domain/24//64` → ("domain", "24" for IPv4 or "64" for IPv6)."""
        v6: str | None = None
        if "//" in arg:
            arg, v6 = arg.split("//", 1)
        name, _, v4 = arg.partition("/")
        return name, (v4 or None) if self.ip.version == 4 else v6

    def check_host(self, domain: str, depth: int = 0) -> str:
        if depth > 10:
            raise _PermError("include/redirect loop")
        records = txt_records(self.resolver, domain, "v=spf1")
        records = [
            r for r in records if r.strip().lower() == "v=spf1" or r.lower().startswith("v=spf1 ")
        ]
        if not records:
            return "none"
        if len(records) > 1:
            raise _PermError(f"{domain} publishes {len(records)} SPF records")
        redirect: str | None = None
        for term in records[0].split()[1:]:
            low = term.lower()
            if low.startswith("redirect="):
                redirect = term.split("=", 1)[1]
                continue
            if "=" in term and not low.startswith(("include:", "exists:", "a:", "mx:")):
                continue  # exp= and unknown modifiers
            qual = _QUAL.get(term[0], "")
            mech = term[1:] if qual else term
            qual = qual or "pass"
            if self._matches(mech, domain, depth):
                return qual
        if redirect:
            self._count()
            result = self.check_host(self._expand(redirect, domain), depth + 1)
            if result == "none":
                raise _PermError(f"redirect to {redirect} has no SPF record")
            return result
        return "neutral"

    def _matches(self, mech: str, domain: str, depth: int) -> bool:
        name, _, arg = mech.partition(":")
        name = name.lower()
        if name == "all":
            return True
        if name == "ip4" or name == "ip6":
            return self._in([arg.split("/")[0]], arg.split("/")[1] if "/" in arg else None)
        base = name.split("/")[0]
        if base in ("a", "mx"):
            rest = mech[len(base) :]
            target, cidr = self._cidr(rest[1:] if rest.startswith(":") else rest)
            target = self._expand(target or domain, domain)
            self._count()
            if base == "a":
                return self._in(self._addresses(target), cidr)
            hosts = self.resolver.query(target, "MX")[:10]
            return any(self._in(self._addresses(h), cidr) for h in hosts)
        if name == "include":
            self._count()
            result = self.check_host(self._expand(arg, domain), depth + 1)
            if result == "none":
                raise _PermError(f"include:{arg} has no SPF record")
            return result == "pass"
        if name == "exists":
            self._count()
            return bool(self.resolver.query(self._expand(arg, domain), "A"))
        if name == "ptr":
            self._count()
            return False
        raise _PermError(f"unknown mechanism {mech!r}")


def check_spf(resolver: Resolver, ip: str, mail_from: str, helo: str) -> SpfResult:
    """SPF for the envelope sender (or, for a null sender, the HELO name) from `ip`."""
    sender = mail_from.strip().strip("<>")
    if "@" not in sender:
        sender = f"postmaster@{helo}" if helo else ""
    domain = sender.rpartition("@")[2].lower().rstrip(".")
    if not domain:
        return SpfResult("none", "", "no envelope sender and no HELO name")
    try:
        ev = _Eval(resolver, ip, sender, helo)
        result = ev.check_host(domain)
    except ValueError:
        return SpfResult("permerror", domain, f"client address {ip!r} is not an IP address")
    except _PermError as exc:
        return SpfResult("permerror", domain, str(exc))
    except DnsError as exc:
        return SpfResult("temperror", domain, str(exc))
    return SpfResult(result, domain, f"SPF {result} for {domain} from {ip}")
