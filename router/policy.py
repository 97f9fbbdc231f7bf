"""The routing policy: data the legal team can change without a release.

Defaults ship in `router/default_policy.toml`; the operator's file
(REGISTRATURA_CONFIG) is merged over them, table by table.
"""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Authority:
    """A known authority and the mail domains it writes from."""

    name: str
    kind: str
    domains: tuple[str, ...] = ()
    fax_numbers: tuple[str, ...] = ()

    def owns_domain(self, domain: str) -> bool:
        domain = domain.lower().rstrip(".")
        return any(domain == d or domain.endswith("." + d) for d in self.domains)


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
