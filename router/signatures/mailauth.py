"""E-mail authentication as evidence: the dkim, spf and dmarc checks of one mail.

Computed from the original bytes and the SMTP facts (`origin.py`), or read from
a trusted Authentication-Results header. A mail whose origin cannot be
established gets `unverifiable`, never `pass`. The `Received:` and
`Return-Path:` lines of a mail that reached us as a file (folder, cli, post)
are its author's claims: recorded in the spf evidence, never used to compute it.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from typing import Any

from router.signatures.config import SignatureConfig
from router.signatures.dkim import DkimResult, verify_dkim
from router.signatures.dmarc import aligned, check_dmarc
from router.signatures.dns import Resolver
from router.signatures.errors import DnsError
from router.signatures.evidence import Check, Outcome
from router.signatures.origin import (
    SmtpFacts,
    TrustedResults,
    from_envelope,
    from_received,
    trusted_results,
)
from router.signatures.spf import SpfResult, check_spf

_OUTCOME = {
    "pass": Outcome.PASS,
    "fail": Outcome.FAIL,
    "softfail": Outcome.FAIL,
    "permerror": Outcome.FAIL,
    "neutral": Outcome.UNVERIFIABLE,
    "none": Outcome.MISSING,
    "temperror": Outcome.UNVERIFIABLE,
    "policy": Outcome.UNVERIFIABLE,
}


@dataclass(frozen=True, slots=True)
class MailAuth:
    """The three checks, and whether DMARC passed aligned for the From domain."""

    dkim: Check
    spf: Check
    dmarc: Check

    @property
    def dmarc_pass(self) -> bool:
        return self.dmarc.verdict is Outcome.PASS

    def checks(self) -> list[Check]:
        return [self.dkim, self.spf, self.dmarc]


def _dkim_check(results: list[DkimResult]) -> Check:
    ev: dict[str, Any] = {"signatures": [[r.domain, r.selector, r.result] for r in results]}
    if not results:
        return Check("dkim", Outcome.MISSING, "the mail carries no DKIM signature")
    good = [r for r in results if r.result == "pass"]
    if good:
        return Check("dkim", Outcome.PASS, "; ".join(r.detail for r in good), ev)
    if all(r.result in ("temperror", "neutral") for r in results):
        return Check("dkim", Outcome.UNVERIFIABLE, "; ".join(r.detail for r in results), ev)
    return Check("dkim", Outcome.FAIL, "; ".join(r.detail for r in results), ev)


def _from_trusted(msg: Message, config: SignatureConfig, from_domain: str) -> MailAuth | None:
    tr = trusted_results(msg, config.trusted_authserv_ids)
    if tr is None:
        return None
    out: list[Check] = []
    for method in ("dkim", "spf", "dmarc"):
        res = tr.results.get(method)
        props = tr.properties.get(method, {})
        if res is None:
            out.append(Check(method, Outcome.MISSING, f"{tr.authserv_id} reports no {method}"))
            continue
        verdict = _OUTCOME.get(res, Outcome.UNVERIFIABLE)
        if method == "dmarc" and verdict is Outcome.PASS:
            hf = props.get("header.from", "").lower().rstrip(".")
            if hf != from_domain:
                # About another From domain (fail), or about no named one: a pass
                # that does not say for which From is not a pass for this one.
                verdict = Outcome.FAIL if hf else Outcome.UNVERIFIABLE
        evidence: dict[str, Any] = {"source": "authentication-results", **props}
        if method == "dmarc":
            # Which identifiers the report says passed aligned with this From, written
            # as the computed path writes them ("dkim:<d=>", "spf:<domain>").
            evidence["aligned_by"] = _reported_identifiers(tr, from_domain)
        if method == "dkim":
            evidence["signatures"] = [[r, p] for r, p in tr.dkim]
        out.append(
            Check(
                method,
                verdict,
                f"{method}={res} per Authentication-Results of {tr.authserv_id}",
                evidence,
            )
        )
    return MailAuth(*out)


def _domain_part(value: str) -> str:
    """The domain after the last "@" of a property (a quoted local part may hold anything)."""
    return value.rpartition("@")[2].strip(chr(34)).strip().lower().rstrip(".")


def _reported_identifiers(tr: TrustedResults, from_domain: str) -> list[str]:
    """Every passing DKIM domain (aligned with the From) and the passing SPF domain reported.

    Each dkim result counts on its own: a provider's passing signature listed
    first does not hide the authority's second. A signature named by
    `header.i` alone is read by the domain of that identity (RFC 6376 3.5: the
    signing domain is that domain or a parent of it).
    """
    out: list[str] = []
    for result, props in tr.dkim:
        d = props.get("header.d") or _domain_part(props.get("header.i", ""))
        d = d.strip().lower().rstrip(".")
        if result == "pass" and d and aligned(d, from_domain, "r"):
            out.append(f"dkim:{d}")
    results, properties = tr.results, tr.properties
    mailfrom = properties.get("spf", {}).get("smtp.mailfrom")
    if results.get("spf") == "pass" and mailfrom:
        # The domain after the last "@" of the whole value (a quoted local part may hold anything).
        out.append(f"spf:{mailfrom.rpartition('@')[2].strip(chr(34)).lower().rstrip('.')}")
    return out


def smtp_facts(
    msg: Message, envelope: dict[str, Any], channel: str, config: SignatureConfig
) -> tuple[SmtpFacts | None, str]:
    """Where the SMTP client is read for this channel, and why none when it cannot be.

    SMTP: the envelope, unless its client is one of our own relays; then the
    relay's Received lines (the envelope sender it passed on stays). Never the
    Received lines of a mail that came straight to the door: the client wrote
    them all. Other channels: our own hosts' Received lines.
    """
    env = from_envelope(envelope)
    if channel == "smtp":
        if env is None:
            return None, "SMTP item without a recorded client IP"
        if not config.is_own_ip(env.client_ip):
            return env, ""
        hop = from_received(msg, config.own_mta_domains, config.is_own_ip)
        if hop is None:
            return None, (
                f"relayed by our own host {env.client_ip}, but no Received line of our "
                "hosts names the client it came from"
            )
        return (
            SmtpFacts(
                hop.client_ip,
                hop.helo,
                env.mail_from or hop.mail_from,
                f"relay {env.client_ip} and our Received lines",
            ),
            "",
        )
    if env is not None and not config.is_own_ip(env.client_ip):
        return env, ""
    if channel != "imap":
        # A file's Received lines were written by whoever wrote the file.
        return None, (
            f"a mail file ({channel or 'no channel'}): its Received and Return-Path lines are "
            "the file's own claims, recorded but never evidence of where it came from"
        )
    hop = from_received(msg, config.own_mta_domains, config.is_own_ip)
    if hop is None:
        return None, (
            "no SMTP client known: no trusted Authentication-Results, "
            "no Received line of our own hosts"
        )
    return hop, ""


def claimed_origin(msg: Message, config: SignatureConfig) -> dict[str, str] | None:
    """What a file's own Received/Return-Path lines claim about its origin (evidence only)."""
    hop = from_received(msg, config.own_mta_domains, config.is_own_ip)
    if hop is None:
        return None
    return {"client_ip": hop.client_ip, "helo": hop.helo, "mail_from": hop.mail_from}


def authenticate(
    raw: bytes,
    msg: Message,
    envelope: dict[str, Any],
    from_domain: str | None,
    config: SignatureConfig,
    resolver: Resolver | None,
    channel: str = "",
) -> MailAuth:
    """DKIM, SPF and DMARC for one mail, from the best source of SMTP facts for its channel.

    A trusted Authentication-Results header is believed only for mail pulled
    over IMAP (where the hosted mailbox's server wrote the topmost one).
    """
    if channel == "imap" and from_domain:
        trusted = _from_trusted(msg, config, from_domain)
        if trusted is not None:
            return trusted
    facts, why_none = smtp_facts(msg, envelope, channel, config)
    if resolver is None:
        na = "DNS is not available"
        return MailAuth(*(Check(k, Outcome.UNVERIFIABLE, na) for k in ("dkim", "spf", "dmarc")))

    dkim_all = verify_dkim(raw, resolver)
    dkim = _dkim_check(dkim_all)
    # A testing key or rsa-sha1 (neutral) counts as no signature at all for DMARC.
    dkim_results = [r for r in dkim_all if r.result != "neutral"]

    spf_result: SpfResult | None = None
    if facts is None:
        claim = claimed_origin(msg, config) if channel not in ("smtp", "imap") else None
        spf = Check("spf", Outcome.UNVERIFIABLE, why_none, {"claimed": claim} if claim else {})
    else:
        spf_result = check_spf(resolver, facts.client_ip, facts.mail_from, facts.helo)
        spf = Check(
            "spf",
            _OUTCOME.get(spf_result.result, Outcome.UNVERIFIABLE),
            f"{spf_result.detail} (facts from {facts.source})",
            {
                "result": spf_result.result,
                "client_ip": facts.client_ip,
                "helo": facts.helo,
                "mail_from": facts.mail_from,
                "source": facts.source,
            },
        )

    if not from_domain:
        dmarc = Check("dmarc", Outcome.FAIL, "the mail has no single From domain to align with")
    elif spf_result is None and not dkim_results:
        dmarc = Check(
            "dmarc",
            Outcome.UNVERIFIABLE,
            (
                f"no DKIM signature that counts ({dkim.detail})"
                if dkim_all
                else "the mail carries no DKIM signature"
            )
            + f", and SPF cannot be evaluated ({why_none})",
        )
    else:
        try:
            res = check_dmarc(resolver, from_domain, dkim_results, spf_result)
        except DnsError as exc:  # defensive: check_dmarc already maps these
            dmarc = Check("dmarc", Outcome.UNVERIFIABLE, str(exc))
        else:
            verdict = _OUTCOME.get(res.result, Outcome.UNVERIFIABLE)
            if res.result == "none":
                # No published policy: an aligned DKIM/SPF pass still authenticates the
                # From domain; without one the domain is simply unauthenticated.
                verdict = Outcome.PASS if res.aligned_by else Outcome.MISSING
            if res.result == "fail" and spf_result is None and dkim.verdict is Outcome.UNVERIFIABLE:
                verdict = Outcome.UNVERIFIABLE
            dmarc = Check(
                "dmarc",
                verdict,
                res.detail,
                {"result": res.result, "policy": res.policy, "aligned_by": list(res.aligned_by)},
            )
    return MailAuth(dkim, spf, dmarc)
