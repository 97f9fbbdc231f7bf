"""The IMAP wire, kept apart from the polling logic: connect, read responses, act on UIDs.

`ImapConnection` opens a logged-in `IMAPClient` (implicit TLS, STARTTLS or
plain) and turns every socket, TLS and protocol failure into
`ImapConnectionError`, so the poller has one thing to catch and back off on.
"""

from __future__ import annotations

import imaplib
import logging
import ssl
from collections.abc import Sequence
from typing import Any

from imapclient import DELETED, SEEN, IMAPClient, SocketTimeout
from imapclient.util import to_bytes

from ingest.errors import ImapConnectionError
from ingest.imap_config import After, ImapAccount, Tls

log = logging.getLogger(__name__)

# imaplib.IMAP4.abort and imapclient's errors derive from IMAP4.error; sockets and TLS raise OSError.
WIRE_ERRORS = (imaplib.IMAP4.error, OSError)


def uid_set(uids: Sequence[int]) -> str:
    """`[1, 2, 3, 7]` → `"1:3,7"`: a compact IMAP sequence set for long UID lists."""
    out: list[str] = []
    ordered = sorted(set(uids))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}")
        i = j + 1
    return ",".join(out)


def apply_action(
    client: IMAPClient, account: ImapAccount, uids: Sequence[int], *, label: str
) -> None:
    """Keyword, \\Seen or move; runs only for UIDs whose item is committed."""
    if not uids:
        return
    after = account.after
    if after is After.KEYWORD:
        client.add_flags(uids, [to_bytes(account.keyword)], silent=True)
    elif after is After.SEEN:
        client.add_flags(uids, [SEEN], silent=True)
    elif client.has_capability("MOVE"):
        client.move(uids, account.move_to or "")
    else:
        client.copy(uids, account.move_to or "")
        client.add_flags(uids, [DELETED], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            # A plain EXPUNGE would also remove what others marked \Deleted.
            log.warning("imap %s: server lacks UIDPLUS; moved copies left \\Deleted", label)


def take_new_mail_notice(client: IMAPClient) -> bool:
    """True (and forget it) if the server announced new mail since the last call.

    Servers report new messages in the untagged responses of whatever command
    runs next (FETCH, STORE, SEARCH…), not only during IDLE; imaplib keeps
    those aside. A poller that ignored them would IDLE while mail waits.
    """
    pending = client._imap.untagged_responses  # imaplib's store; imapclient reads it too
    found = pending.pop("EXISTS", None) is not None
    return pending.pop("RECENT", None) is not None or found


def is_bye(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) > 0 and response[0] == b"BYE"


def is_new_mail(response: Any) -> bool:
    return (
        isinstance(response, tuple) and len(response) > 1 and response[1] in (b"EXISTS", b"RECENT")
    )


def _untrusted(account: ImapAccount, exc: ssl.SSLCertVerificationError) -> ImapConnectionError:
    """The server was reached, but its certificate is not one we trust: say so, and what to do."""
    return ImapConnectionError(
        f"{account.host}:{account.port} answered with a certificate we do not trust ({exc}); "
        "set ca_file to the CA that issued it, or check the host name"
    )


class ImapConnection:
    """A logged-in IMAPClient as a context manager; errors become `ImapConnectionError`."""

    def __init__(
        self, account: ImapAccount, password: str, *, connect_timeout: float, read_timeout: float
    ) -> None:
        context = None
        if account.tls is not Tls.NONE:
            context = ssl.create_default_context(cafile=account.ca_file)
        try:
            self.client = IMAPClient(
                account.host,
                port=account.port,
                ssl=account.tls is Tls.SSL,
                ssl_context=context,
                timeout=SocketTimeout(connect=connect_timeout, read=read_timeout),
            )
        except ssl.SSLCertVerificationError as exc:
            raise _untrusted(account, exc) from exc
        except WIRE_ERRORS as exc:
            raise ImapConnectionError(f"cannot reach {account.host}:{account.port}: {exc}") from exc
        try:
            if account.tls is Tls.STARTTLS:
                self.client.starttls(context)
            self.client.login(account.username, password)
        except ssl.SSLCertVerificationError as exc:
            self.__exit__()
            raise _untrusted(account, exc) from exc
        except WIRE_ERRORS as exc:
            self.__exit__()
            raise ImapConnectionError(
                f"cannot open {account.username}@{account.host}:{account.port}: {exc}"
            ) from exc
        self.client.normalise_times = False  # keep INTERNALDATE's own zone

    def __enter__(self) -> ImapConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.client.logout()
        except (*WIRE_ERRORS, ValueError):  # the session is over either way
            try:
                self.client.shutdown()
            except (*WIRE_ERRORS, ValueError):
                pass
