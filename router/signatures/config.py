"""The signature checks' narrow, frozen view of the environment (read once, passed down).

The spine's `Settings` belongs to another package; these variables are read
here so the checks can be configured (and tested) on their own:

- REGISTRATURA_TRUST_ROOTS: a folder of PEM certificates, the only roots a PDF
  or S/MIME signature may chain to (never the operating system's store);
- REGISTRATURA_DNS_ZONE_FILE: answer every DNS question from this zone file
  instead of the network (tests, offline replays);
- REGISTRATURA_OWN_MTA_DOMAINS: comma-separated domains of the operator's own
  receiving hosts; a `Received:` line must be written `by` one of them to be
  read at all (default okazii.ro);
- REGISTRATURA_OWN_MTA_NETWORKS: comma-separated CIDRs of the operator's own
  mail hosts (relays in front of the SMTP door, internal hops). A hop whose
  connecting IP is in them is internal; nothing else is (a HELO name never
  is). Default loopback only;
- REGISTRATURA_TRUSTED_AUTHSERV_IDS: comma-separated authserv-ids whose
  topmost `Authentication-Results` header is believed for IMAP mail (default
  none).
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
DEFAULT_OWN_NETWORKS = ("127.0.0.0/8", "::1/128")


def _csv(value: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return default
    return tuple(v.strip().lower().rstrip(".") for v in value.split(",") if v.strip())


def networks(cidrs: tuple[str, ...]) -> tuple[IpNetwork, ...]:
    """CIDRs parsed; a wrong one raises ValueError naming it (a typo must not pass silently)."""
    out: list[IpNetwork] = []
    for cidr in cidrs:
        try:
            out.append(ipaddress.ip_network(cidr.strip(), strict=False))
        except ValueError as exc:
            raise ValueError(f"REGISTRATURA_OWN_MTA_NETWORKS: bad network {cidr!r}: {exc}") from exc
    return tuple(out)


def parse_ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An IP address (IPv4-mapped IPv6 as IPv4); None when `text` is not one."""
    try:
        ip = ipaddress.ip_address(text.strip().strip("[]").removeprefix("IPv6:"))
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


@dataclass(frozen=True, slots=True)
class SignatureConfig:
    """Where trust comes from: pinned roots, the DNS source, the hosts and headers believed."""

    trust_roots: Path | None = None
    dns_zone_file: Path | None = None
    own_mta_domains: tuple[str, ...] = ("okazii.ro",)
    trusted_authserv_ids: tuple[str, ...] = ()
    dns_timeout: float = 5.0
    own_mta_networks: tuple[IpNetwork, ...] = networks(DEFAULT_OWN_NETWORKS)

    def is_own_ip(self, text: str) -> bool:
        """Whether `text` is an address of one of the operator's own mail hosts."""
        ip = parse_ip(text)
        return ip is not None and any(ip in net for net in self.own_mta_networks)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SignatureConfig:
        """The configuration named by the REGISTRATURA_* variables (defaults where unset)."""
        env = os.environ if env is None else env
        roots = env.get("REGISTRATURA_TRUST_ROOTS")
        zone = env.get("REGISTRATURA_DNS_ZONE_FILE")
        return cls(
            trust_roots=Path(roots) if roots else None,
            dns_zone_file=Path(zone) if zone else None,
            own_mta_domains=_csv(env.get("REGISTRATURA_OWN_MTA_DOMAINS"), ("okazii.ro",)),
            trusted_authserv_ids=_csv(env.get("REGISTRATURA_TRUSTED_AUTHSERV_IDS"), ()),
            own_mta_networks=networks(
                _csv(env.get("REGISTRATURA_OWN_MTA_NETWORKS"), DEFAULT_OWN_NETWORKS)
            ),
        )
