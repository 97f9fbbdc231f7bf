"""The routing policy: data the legal team can change without a release.

Defaults ship in `router/default_policy.toml`; the operator's file
(REGISTRATURA_CONFIG) is merged over them, table by table.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
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


def fold_name(text: str) -> str:
    """An authority's name as compared: lower case, no diacritics, punctuation as single spaces."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _upper_plain(text: str) -> str:
    """The text without diacritics, case kept (acronyms are matched in capitals only)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _fingerprint(value: str) -> str:
    return re.sub(r"[^0-9a-f]", "", value.lower())


@dataclass(frozen=True, slots=True)
class SigningIdentity:
    """One signing identity an authority accepts (policy `signing_identities`).

    A qualified seal is named by BOTH its subject O and its organizationIdentifier
    (OID 2.5.4.97); an officer's personal certificate by the SHA-256 of its DER.
    """

    organization: str | None = None
    organization_identifier: str | None = None
    certificate_sha256: str | None = None

    def matches(self, organization: str | None, identifier: str | None, sha256: str | None) -> bool:
        if self.certificate_sha256:
            return bool(sha256) and _fingerprint(self.certificate_sha256) == _fingerprint(
                sha256 or ""
            )
        if not (self.organization and self.organization_identifier):
            return False
        return (
            fold_name(self.organization) == fold_name(organization or "")
            and self.organization_identifier.strip().upper() == (identifier or "").strip().upper()
        )

    @classmethod
    def from_toml(cls, table: dict[str, Any]) -> SigningIdentity:
        sha = str(table.get("certificate_sha256") or "").strip()
        org = str(table.get("organization") or "").strip()
        oid = str(table.get("organization_identifier") or "").strip()
        unknown = set(table) - {"certificate_sha256", "organization", "organization_identifier"}
        if unknown:
            raise ValueError(f"signing identity with unknown keys {sorted(unknown)}")
        if sha:
            if org or oid or len(_fingerprint(sha)) != 64:
                raise ValueError(
                    "a certificate_sha256 identity is the 64-hex SHA-256 of the DER alone"
                )
            return cls(certificate_sha256=_fingerprint(sha))
        if not (org and oid):
            # An O alone is anyone's to write in a certificate request: never enough.
            raise ValueError("a seal identity needs both organization and organization_identifier")
        return cls(organization=org, organization_identifier=oid)


@dataclass(frozen=True, slots=True)
class Authority:
    """A known authority: its mail domains, fax and phone numbers (for call-backs), addresses.

    `confirmed` is false for the shipped defaults until the legal team confirms them.
    `aliases` (folded: no case or diacritics, whole words) and `acronyms` (in
    capitals) are how letters name it; `outranks` names the authorities whose
    heading it may sit under (DIICOT under the Parchetul ÎCCJ). `signing_identities`
    are the certificates whose signature speaks for it.
    """

    name: str
    kind: str
    domains: tuple[str, ...] = ()
    fax_numbers: tuple[str, ...] = ()
    phone_numbers: tuple[str, ...] = ()
    postal_addresses: tuple[str, ...] = ()
    confirmed: bool = False
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    outranks: tuple[str, ...] = ()
    signing_identities: tuple[SigningIdentity, ...] = ()

    def owns_domain(self, domain: str) -> bool:
        """`domain` is one the registry lists, exactly; a subdomain only by a `"*.parent"` entry.

        Nothing is implicit: a subdomain may be delegated to someone else (a
        mailing company's newsletter), so it is the authority's only when listed.
        """
        domain = domain.lower().rstrip(".")
        for d in self.domains:
            if d.startswith("*."):
                if domain.endswith(d[1:]) and len(domain) > len(d) - 1:
                    return True
            elif domain == d.rstrip("."):
                return True
        return False

    def owns_fax(self, number: str) -> bool:
        want = national_number(number)
        return bool(want) and any(national_number(n) == want for n in self.fax_numbers)

    def named_at(self, text: str) -> int | None:
        """Where `text` first names this authority (name, alias, acronym), or None.

        A name right after "de pe lângă" is the court a prosecutor's office is
        attached to ("Parchetul de pe lângă Judecătoria X"), not the issuer.
        """
        folded = f" {fold_name(text)} "
        plain = _upper_plain(text)
        found: list[int] = []
        for phrase in (self.name, *self.aliases):
            want = fold_name(phrase)
            if not want:
                continue
            for m in re.finditer(re.escape(f" {want} "), folded):
                if not folded[: m.start() + 1].endswith(" de pe langa "):
                    found.append(m.start())
                    break
        for acronym in self.acronyms:
            for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])", plain):
                # The folded position of the acronym: a heading starts with its issuer.
                at = len(fold_name(plain[: m.start()])) + 1
                if not folded[: at + 1].endswith(" de pe langa "):
                    found.append(at)
                    break
        return min(found) if found else None

    def signs_as(
        self, organization: str | None, identifier: str | None, sha256: str | None
    ) -> bool:
        """Whether a certificate with this O, organizationIdentifier and fingerprint speaks for it."""
        return any(i.matches(organization, identifier, sha256) for i in self.signing_identities)


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

    def authority_named(self, text: str | None) -> Authority | None:
        """The registry authority a letter's stated authority names, when one clearly does.

        Every authority whose name, alias or acronym occurs is a candidate; one
        that another candidate outranks drops out (DIICOT's territorial service
        sits under the Parchetul ÎCCJ heading and is DIICOT); of the rest the one
        named first is the issuer ("Parchetul de pe lângă Judecătoria X" is a
        prosecutor's office, not the court). A tie names nobody.
        """
        if not text or not text.strip():
            return None
        hits = {a.name: (at, a) for a in self.authorities if (at := a.named_at(text)) is not None}
        outranked = {o for _, a in hits.values() for o in a.outranks}
        left = sorted((at, a.name) for name, (at, a) in hits.items() if name not in outranked)
        if not left or (len(left) > 1 and left[0][0] == left[1][0]):
            return None
        return hits[left[0][1]][1]

    def authorities_signed_by(
        self, organization: str | None, identifier: str | None, sha256: str | None
    ) -> list[Authority]:
        """The authorities whose signing identities name this certificate."""
        return [a for a in self.authorities if a.signs_as(organization, identifier, sha256)]


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
                aliases=tuple(str(x) for x in a.get("aliases", [])),
                acronyms=tuple(str(x) for x in a.get("acronyms", [])),
                outranks=tuple(str(x) for x in a.get("outranks", [])),
                signing_identities=tuple(
                    SigningIdentity.from_toml(i) for i in a.get("signing_identities", [])
                ),
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
