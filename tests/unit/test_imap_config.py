"""IMAP accounts from the policy file: defaults, and a clear error for each bad value."""

from __future__ import annotations

from typing import Any

import pytest

from ingest.errors import ImapConfigError
from ingest.imap_client import uid_set
from ingest.imap_config import DEFAULT_KEYWORD, After, Tls, parse_accounts

ENV = {"IMAP_PW": "secret"}


def table(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "host": "imap.okazii.ro",
        "username": "sesizari@okazii.ro",
        "password_env": "IMAP_PW",
    }
    base.update(overrides)
    return base


def test_defaults() -> None:
    """A minimal table means implicit TLS on 993, INBOX, keyword action, IDLE on."""
    (acct,) = parse_accounts([table()], environ=ENV)
    assert acct.name == "sesizari@okazii.ro@imap.okazii.ro"
    assert (acct.tls, acct.port, acct.folders) == (Tls.SSL, 993, ("INBOX",))
    assert (acct.after, acct.keyword, acct.idle) == (After.KEYWORD, DEFAULT_KEYWORD, True)
    assert acct.password(ENV) == "secret"


def test_starttls_defaults_to_port_143_and_move_needs_target() -> None:
    """STARTTLS defaults to port 143; after = 'move' keeps its move_to folder."""
    (acct,) = parse_accounts(
        [table(tls="starttls", after="move", move_to="Procesate", folders=["INBOX", "Fax"])],
        environ=ENV,
    )
    assert acct.port == 143 and acct.move_to == "Procesate" and acct.folders == ("INBOX", "Fax")


def test_no_imap_section_means_no_accounts() -> None:
    """A policy without [[imap]] starts no poller."""
    assert parse_accounts(None, environ=ENV) == ()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"password": "x"}, "never put the password"),
        ({"host": ""}, "host must be a non-empty string"),
        ({"tls": "tls13"}, "expected one of"),
        ({"after": "delete"}, "expected one of"),
        ({"after": "move"}, "needs move_to"),
        ({"after": "move", "move_to": "INBOX"}, "also a folder we poll"),
        ({"move_to": "Procesate"}, "move_to is set but after"),
        ({"port": 70000}, "out of range"),
        ({"port": "993"}, "port must be an integer"),
        ({"folders": []}, "folders must be a non-empty list"),
        ({"folders": ["INBOX", "INBOX"]}, "listed twice"),
        ({"keyword": "\\Seen"}, "not a valid IMAP keyword"),
        ({"keyword": "two words"}, "not a valid IMAP keyword"),
        ({"poll_seconds": 0}, "poll_seconds must be positive"),
        ({"idle": "yes"}, "idle must be true or false"),
        ({"colour": "blue"}, "unknown key(s) colour"),
        ({"password_env": "NOT_SET_ANYWHERE"}, "NOT_SET_ANYWHERE"),
        ({"ca_file": "/nonexistent/ca.pem"}, "is not a file"),
    ],
)
def test_bad_values_are_named(overrides: dict[str, Any], message: str) -> None:
    """Each mistake in an [[imap]] table is refused with a message naming the key at fault."""
    with pytest.raises(ImapConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_accounts([table(**overrides)], environ=ENV)


def test_duplicate_account_names_are_refused() -> None:
    """Two accounts may not share a name: it keys their UIDs and leases in the database."""
    with pytest.raises(ImapConfigError, match="used twice"):
        parse_accounts([table(), table()], environ=ENV)


def test_imap_must_be_an_array_of_tables() -> None:
    """`imap = {...}` (a single table) is refused with the right spelling in the message."""
    with pytest.raises(ImapConfigError, match=r"\[\[imap\]\]"):
        parse_accounts({"host": "x"}, environ=ENV)


def test_uid_set_compacts_runs() -> None:
    """UID lists become compact IMAP sequence sets, sorted and without repeats."""
    assert uid_set([7, 1, 2, 3, 3, 9, 10]) == "1:3,7,9:10"
    assert uid_set([5]) == "5"
