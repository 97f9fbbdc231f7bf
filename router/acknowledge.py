"""Whether a request may get an automatic acknowledgement by e-mail (RFC 3834 §2).

Every acknowledgement registratura sends (`router.outbox`) passes this gate
first, so that the pipeline can never loop with another robot:
no answer to auto-submitted mail (Auto-Submitted, Precedence bulk/junk/list,
X-Autoreply, delivery and read reports, a null reverse-path), to mailer
daemons and list robots, to mail without a sender address, to ourselves, or
to anything that did not arrive by mail.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

MAIL_CHANNELS = frozenset({"smtp", "imap"})
# Local parts that belong to robots (RFC 3834 §2, RFC 2142): never answer them.
ROBOT_LOCAL_PARTS = frozenset(
    {
        "mailer-daemon",
        "postmaster",
        "noreply",
        "no-reply",
        "donotreply",
        "do-not-reply",
        "bounce",
        "bounces",
    }
)
ROBOT_PREFIXES = ("owner-", "bounce-", "bounces-", "mailer-daemon")
ROBOT_SUFFIXES = ("-request", "-owner", "-bounces", "-bounce")


def is_robot_address(address: str) -> bool:
    """True for mailer daemons, list robots and no-reply senders."""
    local = address.strip().lower().rsplit("@", 1)[0]
    local = local.split("+", 1)[0]
    return (
        local in ROBOT_LOCAL_PARTS
        or local.startswith(ROBOT_PREFIXES)
        or local.endswith(ROBOT_SUFFIXES)
    )


def refusal(
    request_json: Mapping[str, Any], own_domains: Iterable[str] = ("okazii.ro",)
) -> str | None:
    """Why an automatic reply to this request's sender could start a mail loop (None: it cannot)."""
    source = request_json.get("source") or {}
    if source.get("channel") not in MAIL_CHANNELS:
        return f"not mail (channel {source.get('channel')})"
    if source.get("auto_submitted") is not False:  # unknown counts as automatic: stay silent
        return "auto-submitted, list or bounce traffic (RFC 3834)"
    sender = str(source.get("from") or "").strip().lower()
    if "@" not in sender:
        return "no sender address"
    if is_robot_address(sender):
        return f"a robot's address ({sender})"
    domain = sender.rsplit("@", 1)[1]
    if any(domain == d.lower() or domain.endswith("." + d.lower()) for d in own_domains):
        return f"our own domain ({domain})"
    if request_json.get("status") == "quarantined":
        return "quarantined"
    return None


def should_acknowledge(
    request_json: Mapping[str, Any], own_domains: Iterable[str] = ("okazii.ro",)
) -> bool:
    """True only when an automatic reply to this request's sender cannot start a mail loop."""
    return refusal(request_json, own_domains) is None
