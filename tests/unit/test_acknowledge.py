"""Replies and loops: robots' mail is marked auto-submitted and never acknowledged."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from parsers import Cues, extract, understand
from router.acknowledge import is_robot_address, should_acknowledge
from router.request import build, parsed_record
from tests.conftest import corpus
from tests.helpers import text_mail

# Real robots' mail from the shared corpora: DSNs, read receipts, bounces.
ROBOT_SAMPLES = [
    "mimekit/UnitTests/TestData/messages/delivery-status.txt",
    "mimekit/UnitTests/TestData/messages/delivery-status2.txt",
    "mimekit/UnitTests/TestData/messages/bounce.txt",
    "mimekit/UnitTests/TestData/messages/disposition-notification.txt",
    "flanker/tests/fixtures/messages/bounce/mailbox-full.eml",
    "flanker/tests/fixtures/messages/bounce/office365.eml",
    "flanker/tests/fixtures/messages/bounce/delayed.eml",
    "flanker/tests/fixtures/messages/bounce/no-mx.eml",
    "flanker/tests/fixtures/messages/disposition-notification.eml",
]
# Gmail's bounces carry neither Auto-Submitted nor multipart/report; only MAIL FROM:<>
# (their Return-Path) and the mailer-daemon sender give them away.
GMAIL_BOUNCES = [
    "flanker/tests/fixtures/messages/bounce/gmail-invalid-address.eml",
    "flanker/tests/fixtures/messages/bounce/gmail-no-dns.eml",
]


def request_of(
    raw: bytes, *, channel: str = "smtp", mail_from: str | None = "x@example.ro"
) -> dict[str, Any]:
    """The structured request the pipeline would build for `raw`, without a database."""
    doc = extract(raw, filename="mail.eml")
    item = SimpleNamespace(
        envelope={"mail_from": mail_from, "rcpt_to": ["support@okazii.ro"]},
        parsed=parsed_record(doc, understand(doc, Cues.default()), hashlib.sha256(raw).hexdigest()),
        decision=None,
        registration_number="REG-2026-000001",
        channel=channel,
        filename=None,
        sha256="0" * 64,
        received_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
        category=None,
        queue="support",
        state="routed",
        due_at=None,
        acknowledged_at=None,
        first_response_at=None,
        closed_at=None,
        error=None,
    )
    return build(item)  # type: ignore[arg-type]


@pytest.mark.parametrize("rel", ROBOT_SAMPLES)
def test_robot_samples_are_auto_submitted_and_not_acknowledged(rel: str) -> None:
    """A real DSN, bounce or read receipt is marked auto_submitted in the request and gets no acknowledgement."""
    request = request_of(corpus(rel).read_bytes())
    assert request["source"]["auto_submitted"] is True
    assert should_acknowledge(request) is False


@pytest.mark.parametrize("rel", GMAIL_BOUNCES)
def test_bounce_with_null_sender_is_auto_submitted(rel: str) -> None:
    """A bounce received with MAIL FROM:<> is auto_submitted even when its headers do not say so."""
    request = request_of(corpus(rel).read_bytes(), mail_from="")
    assert request["source"]["auto_submitted"] is True
    assert should_acknowledge(request) is False


@pytest.mark.parametrize("rel", GMAIL_BOUNCES)
def test_mailer_daemon_sender_is_never_acknowledged(rel: str) -> None:
    """Even with a normal envelope sender, a mail From: mailer-daemon gets no acknowledgement."""
    assert should_acknowledge(request_of(corpus(rel).read_bytes())) is False


@pytest.mark.parametrize(
    "header",
    [
        "Auto-Submitted: auto-replied",
        "Auto-Submitted: auto-generated",
        "Precedence: bulk",
        "Precedence: junk",
        "Precedence: list",
        "X-Autoreply: yes",
        "List-Id: Oferte <oferte.furnizor.ro>",
        "List-Unsubscribe: <mailto:unsubscribe@furnizor.ro>",
    ],
)
def test_out_of_office_headers_are_auto_submitted(header: str) -> None:
    """An out-of-office or list mail (RFC 3834 and the common non-standard headers) is never acknowledged."""
    raw = header.encode() + b"\n" + text_mail(1)
    request = request_of(raw)
    assert request["source"]["auto_submitted"] is True
    assert should_acknowledge(request) is False


def test_a_person_writing_is_acknowledged() -> None:
    """An ordinary mail from a person, by SMTP, may be acknowledged; Auto-Submitted: no does not change that."""
    assert should_acknowledge(request_of(text_mail(2))) is True
    assert should_acknowledge(request_of(b"Auto-Submitted: no\n" + text_mail(3))) is True


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"channel": "fax"}, "no mail address to answer"),
        ({"channel": "folder"}, "not a mail channel"),
        ({"from": None}, "no sender"),
        ({"from": "support@okazii.ro"}, "ourselves"),
        ({"from": "alerts@mail.okazii.ro"}, "our own subdomain"),
        ({"from": "owner-fraud-list@lists.example.org"}, "list robot"),
        ({"from": "noreply@bank.example.ro"}, "no-reply sender"),
        ({"auto_submitted": None}, "unknown counts as automatic"),
    ],
)
def test_no_acknowledgement_where_a_loop_could_start(change: dict[str, Any], why: str) -> None:
    """Mail that is not from an identifiable outside person is never acknowledged."""
    request = request_of(text_mail(4))
    request["source"].update(change)
    assert should_acknowledge(request) is False, why


def test_quarantined_requests_are_not_acknowledged() -> None:
    """A request the pipeline could not process gets no acknowledgement."""
    request = request_of(text_mail(5))
    request["status"] = "quarantined"
    assert should_acknowledge(request) is False


@pytest.mark.parametrize(
    ("address", "robot"),
    [
        ("MAILER-DAEMON@example.com", True),
        ("postmaster@example.com", True),
        ("fraud-request@lists.example.org", True),
        ("bounces+123@mail.example.com", True),
        ("ion.popescu@example.ro", False),
        ("politia@politiaromana.ro", False),
    ],
)
def test_robot_addresses(address: str, robot: bool) -> None:
    """Mailer daemons, list robots and no-reply senders are recognised by their local part."""
    assert is_robot_address(address) is robot
