"""Where a mail came from: the SMTP client, HELO and envelope sender, or a trusted verdict.

Sources, by channel (`mailauth.authenticate` picks):
1. SMTP: the envelope our own SMTP door recorded (`SignatureInput.envelope`).
   When that client is one of our own hosts (a relay in front of the door,
   `REGISTRATURA_OWN_MTA_NETWORKS`), the origin is read from the relay's
   `Received:` lines instead, as in 3.;
2. IMAP only: the topmost `Authentication-Results` header, when its
   authserv-id is a configured trusted one (the hosted mailbox's);
3. IMAP without 2. (and our relay's lines in 1.): the `Received:` lines our
   own hosts wrote. A mail *file* (folder, cli, post) is never read this way:
   its lines were written by whoever wrote the file (`claimed_origin` in
   mailauth.py records them as claims).
   The topmost line must be written `by` one of our hosts; a hop whose
   connecting IP (the `[…]` literal our MTA wrote) is in our own networks is
   internal and the line below it must be ours too; the first hop from an IP
   that is not ours is the origin. The HELO name is the client's own claim
   and never makes a hop internal. `Return-Path:` is believed only above all
   `Received:` lines (where final delivery writes it).
Anything an outside sender wrote below our own hosts' lines is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from router.signatures.config import SignatureConfig

# "from HELO (TCP-info)": the HELO token is the client's; the parenthesised
# TCP-info (reverse name and [IP]) is what our MTA saw.
_HOP = re.compile(r"^from\s+(\S+)\s+\(([^()]*)\)", re.IGNORECASE)
_LITERAL = re.compile(r"\[(?:IPv6:)?([0-9a-fA-F:.]+)\](?::\d+)?")
_EXIM_HELO = re.compile(r"(?:^|\s)helo=(\S*)", re.IGNORECASE)
_BY = re.compile(r"\bby\s+([A-Za-z0-9.-]+)", re.IGNORECASE)
_METHOD = re.compile(r"(dkim|spf|dmarc)\s*=\s*([a-z]+)\b(.*)", re.IGNORECASE)
_PROP = re.compile(r"\b(header\.d|header\.i|header\.from|smtp\.mailfrom|smtp\.helo)\s*=\s*(\S+)")


@dataclass(frozen=True, slots=True)
class SmtpFacts:
    """The SMTP client's IP, its HELO name and the envelope sender, and where they were read."""

    client_ip: str
    helo: str
    mail_from: str
    source: str  # "envelope" | "received" | "relay"


@dataclass(frozen=True, slots=True)
class TrustedResults:
    """Method results (dkim, spf, dmarc) from a trusted Authentication-Results header.

    `results`/`properties` hold one entry per method (for dkim: "pass" when any
    signature passed, with that signature's properties); `dkim` holds every
    dkim result in order, since a mail may carry several signatures (a
    provider's first, the authority's second).
    """

    authserv_id: str
    results: dict[str, str]
    properties: dict[str, dict[str, str]] = field(default_factory=dict)
    dkim: list[tuple[str, dict[str, str]]] = field(default_factory=list)


def owned(host: str, domains: tuple[str, ...]) -> bool:
    """Whether `host` is one of `domains` or below one."""
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


def _trusted_return_path(msg: Message) -> str:
    """The first Return-Path above every Received line ("" when there is none)."""
    for name, value in msg.items():
        low = name.lower()
        if low == "received":
            return ""
        if low == "return-path":
            return str(value).strip().strip("<>")
    return ""


def from_received(
    msg: Message,
    own_domains: tuple[str, ...],
    is_own_ip: Callable[[str], bool] | None = None,
) -> SmtpFacts | None:
    """The hop where the mail entered the operator's hosts, read from their own Received lines.

    `is_own_ip` says which connecting IPs are our own hosts (default: loopback).
    """
    if is_own_ip is None:
        is_own_ip = SignatureConfig().is_own_ip
    lines = [" ".join(str(v).split()) for v in msg.get_all("Received") or []]
    for line in lines:
        hop = _HOP.match(line)
        if hop is None:
            return None  # no "from … (… [IP])" our MTA wrote: the origin is unknown
        by = _BY.search(line, hop.end())
        if by is None or not owned(by.group(1), own_domains):
            # The topmost line, or the line below an internal hop, is not ours:
            # whoever wrote it and everything below it cannot be believed.
            return None
        # The MTA names itself after `by` (Postfix: "(Postfix)", Exim: "(Exim 4.96)"):
        # its own words, not the client's, say how to read the parentheses.
        exim = "(exim" in line[by.end() :].lower()
        client = _hop_client(hop.group(1), hop.group(2), exim)
        if client is None:
            return None  # no single connecting IP our MTA wrote: the origin is unknown
        client_ip, helo = client
        if is_own_ip(client_ip):
            continue  # an internal hop: one of our hosts handed it on; read the next line
        return SmtpFacts(client_ip, helo, _trusted_return_path(msg), "received")
    return None


def _hop_client(first: str, tcp_info: str, exim: bool) -> tuple[str, str] | None:
    """(connecting IP, HELO) of one `from … (…)` clause, or None when not exactly one IP is ours.

    Postfix and Sendmail write `from HELO (rdns [IP])`: the HELO comes first
    and is the client's claim (it may be an address literal), the IP is the
    one literal inside the parentheses. Exim writes the client's HELO inside
    the parentheses, `from HOST ([IP]:port helo=HELO)` or `from [IP]
    (port=N helo=HELO)`: there the IP is the `from` literal or the literal
    opening the parentheses, and nothing after `helo=` (the client's words,
    "[127.0.0.1]" say) is an IP our MTA saw. Which of the two a line is, the
    MTA's own name after `by` says (`exim`), never the text in the parentheses.
    """
    helo = _EXIM_HELO.search(tcp_info)
    if exim:
        literal = _LITERAL.fullmatch(first) or _LITERAL.match(tcp_info)
        return (literal.group(1), helo.group(1) if helo else first) if literal else None
    if helo is not None:
        return None  # "helo=" in a Postfix/Sendmail line: not text those MTAs write there
    ips = set(_LITERAL.findall(tcp_info))
    if len(ips) != 1:
        return None
    return ips.pop(), first


def trusted_results(msg: Message, authserv_ids: tuple[str, ...]) -> TrustedResults | None:
    """The topmost Authentication-Results header, parsed, when its authserv-id is trusted.

    Only the topmost counts: the hosted mailbox's server writes its header on
    top; any header below it came with the mail and may be the sender's own.
    """
    if not authserv_ids:
        return None
    values = msg.get_all("Authentication-Results") or []
    if not values:
        return None
    text = " ".join(str(values[0]).split())
    parts = _ar_parts(text)
    head = parts[0].split() if parts else []
    ident = head[0].lower() if head else ""
    if ident not in authserv_ids:
        return None
    results: dict[str, str] = {}
    props: dict[str, dict[str, str]] = {}
    dkim: list[tuple[str, dict[str, str]]] = []
    for part in parts[1:]:
        m = _METHOD.match(part.strip())
        if m is None:
            continue
        method, result = m.group(1).lower(), m.group(2).lower()
        found = _properties(m.group(3))
        if method == "dkim":
            # One result per signature (RFC 8601 2.7.1): every one is kept and judged.
            dkim.append((result if found is not None else "permerror", found or {}))
            continue
        if found is None or (method in results and results[method] != result):
            result = "permerror"  # a property or a verdict twice: believe neither
        results[method] = result
        props.setdefault(method, found or {})
    if dkim:
        passing = [p for r, p in dkim if r == "pass"]
        results["dkim"] = "pass" if passing else dkim[0][0]
        props["dkim"] = passing[0] if passing else dkim[0][1]
    return TrustedResults(ident, results, props, dkim)


_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')


def _properties(text: str) -> dict[str, str] | None:
    """`ptype.property=value` pairs of one result; None when a property is named twice.

    A quoted string is one piece of a value, never searched for properties:
    `smtp.mailfrom="a smtp.mailfrom=x.example b"@attacker.example` is one
    mail-from, at attacker.example.
    """
    quoted: list[str] = []

    def hide(m: re.Match[str]) -> str:
        quoted.append(m.group(0))
        return f"\x00{len(quoted) - 1}\x00"

    masked = _QUOTED.sub(hide, text)
    out: dict[str, str] = {}
    for key, value in _PROP.findall(masked):
        key = key.lower()
        if key in out:
            return None
        out[key] = re.sub(r"\x00(\d+)\x00", lambda m: quoted[int(m.group(1))], value)
    return out


def _ar_parts(text: str) -> list[str]:
    """An Authentication-Results value split at its top-level ";", comments removed (RFC 8601).

    A ";" or "dmarc=pass" inside a quoted string (a local part such as
    `"x;dmarc=pass"@example.net` that the server echoes) or inside a
    "(comment)" is data, not a new result.
    """
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    quoted = escaped = False
    for ch in text:
        if escaped:
            escaped = False
            if depth == 0:
                current.append(ch)
            continue
        if ch == "\\" and (quoted or depth):
            escaped = True
            if depth == 0:
                current.append(ch)
            continue
        if quoted:
            current.append(ch)
            quoted = ch != '"'
            continue
        if depth:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            continue
        if ch == "(":
            depth = 1
            current.append(" ")
        elif ch == '"':
            quoted = True
            current.append(ch)
        elif ch == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts
