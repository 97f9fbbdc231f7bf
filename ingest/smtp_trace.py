"""The `Received:` trace line (RFC 5321 §4.4) for a message the SMTP door took in.

It is recorded beside the item (`Envelope.extra["received_header"]`), never
written into the stored bytes, which stay exactly as the client sent them.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import format_datetime

_UNSAFE = re.compile(r"[^\x21-\x7e]")  # a client's HELO may hold anything; keep it printable


def protocol(*, extended: bool, tls: bool, auth: bool, smtputf8: bool) -> str:
    """The `with` keyword (RFC 3848, RFC 6531): SMTP, ESMTP, ESMTPS, ESMTPSA, UTF8SMTPS…"""
    if not extended:
        return "SMTP"
    base = "UTF8SMTP" if smtputf8 else "ESMTP"
    return base + ("S" if tls else "") + ("A" if auth else "")


def received_header(
    *,
    helo: str | None,
    client_ip: str,
    server_name: str,
    with_protocol: str,
    recipients: tuple[str, ...],
    when: datetime,
    tls_version: str | None = None,
    tls_cipher: str | None = None,
) -> str:
    """The header line `Received: …` without its final CRLF, folded like Postfix's."""
    helo_name = _UNSAFE.sub("?", (helo or "unknown")[:255])
    literal = f"IPv6:{client_ip}" if ":" in client_ip else client_ip
    parts = [f"Received: from {helo_name} ([{literal}])"]
    if tls_version:
        parts.append(f"(using {tls_version} with cipher {tls_cipher or 'unknown'})")
    parts.append(f"by {server_name} (registratura) with {with_protocol}")
    if len(recipients) == 1:
        parts.append(f"for <{_UNSAFE.sub('?', recipients[0])}>")
    return "\r\n\t".join(parts) + f"; {format_datetime(when)}"
