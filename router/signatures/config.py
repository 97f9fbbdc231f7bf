"""The signature checks' narrow, frozen view of the environment (read once, passed down).

The spine's `Settings` belongs to another package; these four variables are
read here so the checks can be configured (and tested) on their own:

- REGISTRATURA_TRUST_ROOTS: a folder of PEM certificates, the only roots a PDF
  or S/MIME signature may chain to (never the operating system's store);
- REGISTRATURA_DNS_ZONE_FILE: answer every DNS question from this zone file
  instead of the network (tests, offline replays);
- REGISTRATURA_OWN_MTA_DOMAINS: comma-separated domains of the operator's own
  receiving hosts, whose `Received:` lines are believed (default okazii.ro);
- REGISTRATURA_TRUSTED_AUTHSERV_IDS: comma-separated authserv-ids whose
  `Authentication-Results` headers are believed (default none).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


def _csv(value: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return default
    return tuple(v.strip().lower().rstrip(".") for v in value.split(",") if v.strip())


@dataclass(frozen=True, slots=True)
class SignatureConfig:
    """Where trust comes from: pinned roots, the DNS source, the hosts and headers believed."""

    trust_roots: Path | None = None
    dns_zone_file: Path | None = None
    own_mta_domains: tuple[str, ...] = ("okazii.ro",)
    trusted_authserv_ids: tuple[str, ...] = ()
    dns_timeout: float = 5.0

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
        )
