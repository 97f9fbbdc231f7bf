"""Acknowledgements (router/outbox.py): what is sent, to whom, and what never is."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from router.errors import PolicyError
from router.outbox import MAX_SUBJECT_CHARS, render, why_not
from router.policy import Policy, load_policy
from router.policy_schema import AckMessage

TZ = ZoneInfo("Europe/Bucharest")
RECEIVED = datetime(2026, 12, 4, 21, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy()


def _render(policy: Policy, headers: dict[str, Any], template: AckMessage | None = None) -> Any:
    acks = policy.document.acknowledgements
    assert acks.support is not None
    r = render(
        template or acks.support,
        acks.sender,
        to="ion@example.ro",
        registration_number="REG-2026-000123",
        category="support",
        queue="support",
        received_at=RECEIVED,
        timezone=TZ,
        headers=headers,
    )
    return r, email.message_from_bytes(r.message, policy=email.policy.default)


def test_the_acknowledgement_threads_under_the_request_and_says_it_is_automatic(
    policy: Policy,
) -> None:
    r, msg = _render(
        policy,
        {
            "subject": "Nu pot intra în cont",
            "message_id": "<abc@example.ro>",
            "references": ["<root@example.ro>"],
        },
    )
    assert msg["Subject"].startswith("[REG-2026-000123] ")
    assert "Nu pot intra în cont" in msg["Subject"]
    assert msg["In-Reply-To"] == "<abc@example.ro>"
    assert msg["References"] == "<root@example.ro> <abc@example.ro>"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["From"] == "Registratura Okazii <registratura@okazii.ro>"
    assert msg["To"] == "ion@example.ro"
    assert msg["Message-ID"] == r.message_id
    assert r.message_id.endswith("@okazii.ro>")
    assert msg["Content-Language"] == "ro"
    body = msg.get_content()
    assert "REG-2026-000123" in body
    assert "04.12.2026, ora 23:30" in body  # local time (UTC+2 in December)
    assert "Bună ziua" in body


def test_the_registration_number_is_put_in_front_when_a_template_leaves_it_out(
    policy: Policy,
) -> None:
    bare = AckMessage(
        subject="Am primit [REG-1999-000001] mesajul", body="Numărul: {{ registration_number }}"
    )
    _, msg = _render(policy, {}, bare)
    assert msg["Subject"] == "[REG-2026-000123] Am primit mesajul"


def test_what_the_request_wrote_is_bounded_and_never_a_header_of_ours(policy: Policy) -> None:
    """A subject with line breaks, a Message-ID with a Bcc smuggled in: one line, no header."""
    _, msg = _render(
        policy,
        {
            "subject": "x\r\nBcc: victim@example.net\r\n" + "y" * 500,
            "message_id": "<a@b>\r\nBcc: victim@example.net",
            "references": ["not an id", *(f"<r{i}@example.ro>" for i in range(40))],
        },
    )
    assert msg["Bcc"] is None
    assert msg["In-Reply-To"] is None and msg["References"] is None  # the parent is no Message-ID
    assert "\n" not in msg["Subject"]
    assert len(msg["Subject"]) < MAX_SUBJECT_CHARS + 80


def test_references_keep_the_latest_ten(policy: Policy) -> None:
    refs = [f"<r{i}@example.ro>" for i in range(40)]
    _, msg = _render(policy, {"message_id": "<p@example.ro>", "references": refs})
    assert msg["References"].split() == [*refs[-9:], "<p@example.ro>"]


def _why(policy: Policy, **overrides: Any) -> str | None:
    args: dict[str, Any] = {
        "category": "support",
        "queue": "support",
        "channel": "smtp",
        "envelope": {"mail_from": "ion@example.ro"},
        "headers": {"from": "ion@example.ro", "auto_submitted": False},
        "signatures": {"verdict": "not_required"},
    }
    args.update(overrides)
    return why_not(policy, **args)


def test_a_person_writing_to_support_is_acknowledged(policy: Policy) -> None:
    assert _why(policy) is None


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"headers": {"from": "ion@example.ro", "auto_submitted": True}}, "auto-submitted"),
        ({"envelope": {"mail_from": ""}}, "auto-submitted"),  # a bounce's null reverse-path
        ({"headers": {"from": "mailer-daemon@example.ro"}}, "robot"),
        ({"headers": {"from": "owner-list@example.ro"}}, "robot"),
        ({"headers": {"from": "colleague@okazii.ro"}}, "own domain"),
        ({"channel": "fax"}, "not mail"),
        ({"channel": "folder"}, "not mail"),
        ({"queue": "quarantine"}, "quarantined"),
        ({"signatures": {"verdict": "suspicious"}}, "suspicious"),
        ({"headers": {"from": "ion@cj.politiaromama.ro"}}, "look-alike"),
        ({"headers": {"from": "ion@politiaromana.ro.example.net"}}, "look-alike"),
        ({"headers": {"from": "a b@example.ro"}}, "cannot be answered"),
        ({"category": "unknown", "queue": "triage"}, "not acknowledged"),
    ],
)
def test_never_acknowledged(policy: Policy, overrides: dict[str, Any], expected: str) -> None:
    why = _why(policy, **overrides)
    assert why is not None and expected in why


def test_a_category_can_be_switched_off(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("[acknowledgements.support]\nenabled = false\n", "utf-8")
    assert "not acknowledged" in (_why(load_policy(path)) or "")


def test_a_template_naming_an_unknown_variable_is_a_policy_error(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('[acknowledgements.support]\nsubject = "{{ registraton_number }}"\n', "utf-8")
    with pytest.raises(PolicyError, match="registraton_number"):
        load_policy(path)


def test_templates_run_in_a_sandbox(tmp_path: Path) -> None:
    """A template may not reach Python's internals (the policy file is data, not code)."""
    path = tmp_path / "policy.toml"
    path.write_text(
        "[acknowledgements.support]\n"
        'subject = "{{ subject.__class__.__mro__[1].__subclasses__() }}"\n',
        "utf-8",
    )
    from jinja2.exceptions import SecurityError

    with pytest.raises(SecurityError):
        _render(
            load_policy(path), {"subject": "x"}, load_policy(path).document.acknowledgements.support
        )


def test_another_cases_number_in_the_request_subject_is_not_repeated(policy: Policy) -> None:
    """A reply to the acknowledgement must name this case alone (router/cases.py joins by it)."""
    _, msg = _render(policy, {"subject": "Re: [REG-2026-000001] REG-2026-000002 cont"})
    assert msg["Subject"].count("REG-") == 1
    assert msg["Subject"].startswith("[REG-2026-000123]")


def test_the_outbox_migration_is_the_single_head(tmp_path: Path) -> None:
    """One line of migrations, 0007_outbox on it, and it creates the outbox with its keys."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    from storage import Database
    from storage.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    (head,) = script.get_heads()
    assert "0007_outbox" in {r.revision for r in script.walk_revisions("base", head)}
    db = Database(f"sqlite:///{tmp_path / 'm.db'}")
    db.migrate()
    db.migrate()  # twice: nothing to do the second time
    found = inspect(db.engine)
    uniques = {tuple(u["column_names"]) for u in found.get_unique_constraints("outbox")}
    assert ("kind", "dedupe_key") in uniques and ("message_id",) in uniques
    db.dispose()
