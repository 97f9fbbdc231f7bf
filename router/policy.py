"""The routing policy: data the legal team can change without a release.

Defaults ship in `router/default_policy.toml`; the operator's file
(REGISTRATURA_CONFIG) is merged over them, table by table.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from parsers import Cues
from parsers.model import Category
from router.errors import PolicyError
from router.sla import SlaRule


def national_number(number: str) -> str:
    """A Romanian phone/fax number as national digits: "+40 21 000 4321" → "0210004321"."""
    digits = re.sub(r"\D", "", number)
    if digits.startswith("0040"):
        digits = digits[4:]
    elif digits.startswith("40") and len(digits) == 11:
        digits = digits[2:]
    return digits if digits.startswith("0") or not digits else "0" + digits


@dataclass(frozen=True, slots=True)
class Authority:
    """A known authority: its mail domains, fax and phone numbers (for call-backs), addresses.

    `confirmed` is false for the shipped defaults until the legal team confirms them.
    """

    name: str
    kind: str
    domains: tuple[str, ...] = ()
    fax_numbers: tuple[str, ...] = ()
    phone_numbers: tuple[str, ...] = ()
    postal_addresses: tuple[str, ...] = ()
    confirmed: bool = False

    def owns_domain(self, domain: str) -> bool:
        domain = domain.lower().rstrip(".")
        return any(domain == d or domain.endswith("." + d) for d in self.domains)

    def owns_fax(self, number: str) -> bool:
        want = national_number(number)
        return bool(want) and any(national_number(n) == want for n in self.fax_numbers)


@dataclass(frozen=True, slots=True)
class Policy:
    """Everything the router decides by: queues, required checks, SLAs, authorities, cues."""

    timezone: ZoneInfo
    min_confidence: float
    queues: dict[str, str]
    required: dict[str, tuple[str, ...]]
    sla: dict[str, SlaRule]
    authorities: tuple[Authority, ...]
    cues: Cues = field(repr=False)
    # The merged policy document, for sections other packages read themselves
    # (e.g. [[imap]] accounts, [[folders]]); treat as read-only.
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def queue_for(self, category: Category) -> str:
        return self.queues.get(category.value, "triage")

    def authority_for_domain(self, domain: str | None) -> Authority | None:
        if not domain:
            return None
        return next((a for a in self.authorities if a.owns_domain(domain)), None)

    def authority_for_fax(self, number: str | None) -> Authority | None:
        if not number:
            return None
        return next((a for a in self.authorities if a.owns_fax(number)), None)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def load_policy(path: Path | None = None) -> Policy:
    """The shipped defaults, with the operator's file (if any) merged over them."""
    data = tomllib.loads(
        resources.files("router").joinpath("default_policy.toml").read_text("utf-8")
    )
    if path is not None:
        try:
            data = _merge(data, tomllib.loads(Path(path).read_text("utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise PolicyError(f"cannot read policy file {path}: {exc}") from exc
    try:
        routing = data["routing"]
        sla = {k: SlaRule(**v) for k, v in data.get("sla", {}).items()}
        authorities = tuple(
            Authority(
                name=a["name"],
                kind=a.get("kind", "other"),
                domains=tuple(d.lower() for d in a.get("domains", [])),
                fax_numbers=tuple(a.get("fax_numbers", [])),
                phone_numbers=tuple(a.get("phone_numbers", [])),
                postal_addresses=tuple(a.get("postal_addresses", [])),
                confirmed=bool(a.get("confirmed", False)),
            )
            for a in data.get("authorities", [])
        )
        cues = Cues.default()
        if data.get("classification"):
            cues = cues.merged(data["classification"])
        return Policy(
            timezone=ZoneInfo(data.get("timezone", "Europe/Bucharest")),
            min_confidence=float(routing.get("min_confidence", 0.5)),
            queues=dict(routing["queues"]),
            required={k: tuple(v) for k, v in data["signatures"]["required"].items()},
            sla=sla,
            authorities=authorities,
            cues=cues,
            raw=data,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PolicyError(f"policy is malformed: {exc!r}") from exc
