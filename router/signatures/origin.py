"""Where a mail came from: the SMTP client, HELO and envelope sender, or a trusted verdict.

Three sources, most trustworthy first:
1. the envelope our own SMTP server recorded (`SignatureInput.envelope`);
2. the topmost `Authentication-Results` of a configured trusted authserv-id
   (mail pulled over IMAP from a hosted mailbox);
3. the `Received:` line written by one of the operator's own hosts where the
   mail crossed into them, plus `Return-Path:` (mail read from a file).
Anything an outside sender wrote below our own hosts' lines is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

_IP = re.compile(r"\[(?:IPv6:)?([0-9a-fA-F:.]+)\]")
_FROM = re.compile(r"^\s*from\s+(\S+)", re.IGNORECASE)
_BY = re.compile(r"\bby\s+([A-Za-z0-9.-]+)", re.IGNORECASE)
_METHOD = re.compile(r"\b(dkim|spf|dmarc)\s*=\s*([a-z]+)([^;]*)", re.IGNORECASE)
_PROP = re.compile(r"\b(header\.d|header\.i|header\.from|smtp\.mailfrom|smtp\.helo)\s*=\s*(\S+)")


@dataclass(frozen=True, slots=True)
class SmtpFacts:
    """The SMTP client's IP, its HELO name and the envelope sender, and where they were read."""

    client_ip: str
    helo: str
    mail_from: str
    source: str  # "envelope" | "received"


@dataclass(frozen=True, slots=True)
class TrustedResults:
    """Method results (dkim, spf, dmarc) from a trusted Authentication-Results header."""

    authserv_id: str
    results: dict[str, str]
    properties: dict[str, dict[str, str]] = field(default_factory=dict)


def _owned(host: str, domains: tuple[str, ...]) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in domains)


def from_envelope(envelope: dict[str, Any]) -> SmtpFacts | None:
    """The facts our SMTP server recorded, when it recorded a client IP."""
    ip = envelope.get("client_ip")
    if not ip:
        return None
    return SmtpFacts(
        client_ip=str(ip).strip("[]"),
        helo=str(envelope.get("helo") or ""),
        mail_from=str(envelope.get("mail_from") or ""),
        source="envelope",
    )


def from_received(msg: Message, own_domains: tuple[str, ...]) -> SmtpFacts | None:
    """The hop where the mail entered the operator's hosts, read from their own Received lines."""
    lines = [" ".join(str(v).split()) for v in msg.get_all("Received") or []]
    for line in lines:
        by = _BY.search(line)
        if by is None or not _owned(by.group(1), own_domains):
            return None  # the topmost line is not ours: nothing below it can be believed
        helo_m = _FROM.match(line)
        helo = helo_m.group(1) if helo_m else ""
        ip_m = _IP.search(line.split(" by ", 1)[0])
        if helo and _owned(helo, own_domains):
            continue  # an internal hop between our own hosts
        if ip_m is None:
            return None
        paths = msg.get_all("Return-Path") or []
        mail_from = str(paths[0]).strip().strip("<>") if paths else ""
        return SmtpFacts(ip_m.group(1), helo, mail_from, "received")
    return None


def trusted_results(msg: Message, authserv_ids: tuple[str, ...]) -> TrustedResults | None:
    """The topmost Authentication-Results header whose authserv-id is trusted, parsed."""
    if not authserv_ids:
        return None
    for value in msg.get_all("Authentication-Results") or []:
        text = " ".join(str(value).split())
        ident = text.split(";", 1)[0].strip().split()[0].lower() if text else ""
        if ident not in authserv_ids:
            continue
        results: dict[str, str] = {}
        props: dict[str, dict[str, str]] = {}
        for part in text.split(";")[1:]:
            m = _METHOD.search(part)
            if m is None:
                continue
            method = m.group(1).lower()
            results.setdefault(method, m.group(2).lower())
            props.setdefault(method, {k.lower(): v for k, v in _PROP.findall(m.group(3))})
        return TrustedResults(ident, results, props)
    return None
