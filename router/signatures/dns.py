"""The one DNS resolver every check asks: the network, or a zone file for offline use.

`resolver_for(config)` returns a `ZoneResolver` when REGISTRATURA_DNS_ZONE_FILE
is set (standard zone-file lines; names should be absolute, ending in a dot),
else a `NetworkResolver` with a short timeout. Answers are plain strings; an
absent name or type is an empty list, a failure is `DnsError`.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Protocol

import dns.exception
import dns.name
import dns.rdatatype
import dns.resolver
import dns.zone

from router.signatures.config import SignatureConfig
from router.signatures.errors import DnsError

_TYPES = ("TXT", "A", "AAAA", "MX")


def _norm(name: str) -> str:
    return name.strip().lower().rstrip(".")


class Resolver(Protocol):
    """Answers TXT, A, AAAA and MX questions; [] for no such record."""

    def query(self, name: str, rtype: str) -> list[str]: ...


def _text(rdata: object, rtype: str) -> str:
    if rtype == "TXT":
        strings: tuple[bytes, ...] = rdata.strings  # type: ignore[attr-defined]
        return b"".join(strings).decode("utf-8", "replace")
    if rtype == "MX":
        return _norm(str(rdata.exchange))  # type: ignore[attr-defined]
    return str(rdata)


# The TTL of a line that gives none, in a file without a $TTL of its own. A
# record's TTL means nothing to answers read from a file, and README's one-line
# example has none: dnspython refused such a file ("Missing default TTL value"),
# every DNS question then failed and each mail was judged "DNS is not available".
DEFAULT_TTL = 3600


class ZoneResolver:
    """Every answer from one zone file (dnspython parses it; $ORIGIN and $TTL work).

    Lines without a TTL take the file's `$TTL`, else `DEFAULT_TTL`.
    """

    def __init__(self, path: Path) -> None:
        try:
            text = path.read_text("utf-8")
            # Prepended on the first line's own line, so dnspython's line numbers stay right.
            zone = dns.zone.from_text(
                f"$TTL {DEFAULT_TTL} ; default for lines without a TTL\n{text}",
                origin=dns.name.root,
                relativize=False,
                check_origin=False,
                filename=str(path),
            )
        except (OSError, UnicodeError, dns.exception.DNSException) as exc:
            raise DnsError(f"cannot read zone file {path}: {_shifted(exc)}") from exc
        self._records: dict[tuple[str, str], list[str]] = {}
        for name, node in zone.nodes.items():
            for rdataset in node.rdatasets:
                rtype = dns.rdatatype.to_text(rdataset.rdtype)
                if rtype in _TYPES:
                    key = (_norm(name.to_text()), rtype)
                    self._records.setdefault(key, []).extend(_text(r, rtype) for r in rdataset)

    def query(self, name: str, rtype: str) -> list[str]:
        return list(self._records.get((_norm(name), rtype.upper()), []))


def _shifted(exc: BaseException) -> str:
    """dnspython's message with its line number counted in the file (one line was prepended)."""
    return re.sub(r":(\d+):", lambda m: f":{max(int(m.group(1)) - 1, 1)}:", str(exc), count=1)


class NetworkResolver:
    """The system's resolver, with a bounded lifetime per question."""

    def __init__(self, timeout: float) -> None:
        self._resolver = dns.resolver.Resolver()
        self._resolver.lifetime = timeout

    def query(self, name: str, rtype: str) -> list[str]:
        try:
            answer = self._resolver.resolve(_norm(name) + ".", rtype, search=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        except dns.exception.DNSException as exc:
            raise DnsError(f"{rtype} {name}: {exc.__class__.__name__}") from exc
        return [_text(r, rtype.upper()) for r in answer]


@functools.lru_cache(maxsize=8)
def _zone(path: Path, mtime: float) -> ZoneResolver:
    return ZoneResolver(path)


def resolver_for(config: SignatureConfig) -> Resolver:
    """The zone file's resolver when one is configured, else the network's."""
    if config.dns_zone_file is not None:
        path = config.dns_zone_file
        try:
            mtime = path.stat().st_mtime
        except OSError as exc:
            raise DnsError(f"zone file {path} is not readable: {exc}") from exc
        return _zone(path, mtime)
    return NetworkResolver(config.dns_timeout)


def txt_records(resolver: Resolver, name: str, prefix: str) -> list[str]:
    """The TXT strings at `name` that start with `prefix` (case-insensitive), e.g. "v=spf1"."""
    low = prefix.lower()
    return [t for t in resolver.query(name, "TXT") if t.strip().lower().startswith(low)]
