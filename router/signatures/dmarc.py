"""DMARC (RFC 7489): the From domain's policy, and whether DKIM or SPF passed *aligned*.

The organisational domain comes from the Public Suffix List shipped with
publicsuffixlist (a release follows each list update; no download at run time).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from publicsuffixlist import PublicSuffixList

from router.signatures.dkim import DkimResult
from router.signatures.dns import Resolver, txt_records
from router.signatures.errors import DnsError
from router.signatures.spf import SpfResult


@dataclass(frozen=True, slots=True)
class DmarcResult:
    """pass | fail | none | temperror | permerror; `policy` is p= (or sp=) when a record exists."""

    result: str
    from_domain: str
    policy: str | None
    aligned_by: tuple[str, ...]
    detail: str


@functools.cache
def _psl() -> PublicSuffixList:
    # The list is parsed once (a quarter of a second), on the first question.
    return PublicSuffixList()


def org_domain(domain: str) -> str:
    """The organisational (registrable) domain of `domain`: one label below its public suffix.

    A name under a suffix the list does not know is read by the list's default rule
    (`*`: the last label is the suffix), so `mail.attacker.example` is
    `attacker.example`; a public suffix itself (`gov.ro` is not one, `com.ro` is) or a
    name the list cannot split is its own organisational domain.
    """
    domain = domain.lower().rstrip(".")
    return _psl().privatesuffix(domain) or domain


def aligned(a: str, b: str, mode: str) -> bool:
    """Identifier alignment: strict = same name; relaxed = same organisational domain."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if mode == "s":
        return a == b
    return org_domain(a) == org_domain(b)


def _record(resolver: Resolver, from_domain: str) -> tuple[dict[str, str] | None, bool]:
    """The DMARC tags for the From domain (or its organisational domain); bool = from org."""
    for name, from_org in ((from_domain, False), (org_domain(from_domain), True)):
        records = txt_records(resolver, f"_dmarc.{name}", "v=DMARC1")
        if len(records) == 1:
            tags = {}
            for part in records[0].split(";"):
                key, _, value = part.strip().partition("=")
                if key:
                    tags[key.strip().lower()] = value.strip().lower()
            return tags, from_org
        if from_org or name == org_domain(from_domain):
            break
    return None, False


def _aligned_by(
    from_domain: str, dkim: list[DkimResult], spf: SpfResult | None, adkim: str, aspf: str
) -> tuple[str, ...]:
    by = [
        f"dkim:{d.domain}"
        for d in dkim
        if d.result == "pass" and aligned(d.domain, from_domain, adkim)
    ]
    if spf is not None and spf.result == "pass" and aligned(spf.domain, from_domain, aspf):
        by.append(f"spf:{spf.domain}")
    return tuple(by)


def check_dmarc(
    resolver: Resolver,
    from_domain: str,
    dkim: list[DkimResult],
    spf: SpfResult | None,
) -> DmarcResult:
    """DMARC for one From domain given the DKIM results and the SPF result (if computed)."""
    try:
        tags, from_org = _record(resolver, from_domain)
    except DnsError as exc:
        return DmarcResult("temperror", from_domain, None, (), str(exc))
    if tags is None:
        # No policy published: still say whether an identifier passed aligned (relaxed).
        by = _aligned_by(from_domain, dkim, spf, "r", "r")
        return DmarcResult(
            "none",
            from_domain,
            None,
            by,
            f"{from_domain} publishes no DMARC record"
            + (f"; aligned pass via {', '.join(by)}" if by else "; no aligned DKIM or SPF pass"),
        )
    policy = tags.get("sp", tags.get("p")) if from_org else tags.get("p")
    if policy not in ("none", "quarantine", "reject"):
        return DmarcResult("permerror", from_domain, policy, (), f"bad DMARC p={policy!r}")
    by = _aligned_by(from_domain, dkim, spf, tags.get("adkim", "r")[:1], tags.get("aspf", "r")[:1])
    if by:
        return DmarcResult(
            "pass", from_domain, policy, by, f"aligned pass via {', '.join(by)} (p={policy})"
        )
    return DmarcResult(
        "fail",
        from_domain,
        policy,
        (),
        f"no aligned DKIM or SPF pass for {from_domain} (p={policy})",
    )
