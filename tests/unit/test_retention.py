"""Retention without servers: periods and cutoffs, redaction, the policy keys, the commands.

The commands run through `registratura.cli.main` on SQLite, on items written
with the storage functions the pipeline uses (no parsing, no DNS).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from registratura.cli import main
from router.policy_schema import validate_file
from storage import Database, State
from storage.clock_events import record
from storage.items import ITEMS, ORIGINALS, NewItem, advance, insert_items
from storage.retention import Cutoffs, Schedule, redact_decision, redact_parsed

NOW = datetime(2027, 6, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)

# ------------------------------------------------------------------ periods


def test_the_longest_period_naming_an_item_applies_else_the_default() -> None:
    s = Schedule(days=3650, queues={"support": 365}, categories={"support": 730, "complaint": 90})
    assert s.period("support", "support") == (730, "retention.categories.support")
    assert s.period("complaint", "complaint") == (90, "retention.categories.complaint")
    assert s.period("triage", "unknown") == (3650, "retention.days")
    assert Schedule(queues={"support": 365}).period("triage", "unknown") is None


def test_the_command_line_never_shortens_the_policy() -> None:
    """`--older-than` applies where the policy is silent, and only lengthens where it speaks."""
    asked = NOW - 30 * DAY
    c = Cutoffs(NOW, Schedule(queues={"support": 365}), asked, "--older-than 30d")
    assert c.for_item("support", "support") == (
        NOW - 365 * DAY,
        "retention.queues.support = 365 days",
    )
    assert c.for_item("triage", "unknown") == (asked, "--older-than 30d")
    longer = Cutoffs(NOW, Schedule(queues={"support": 365}), NOW - 800 * DAY, "--older-than 800d")
    assert longer.for_item("support", "support") == (NOW - 800 * DAY, "--older-than 800d")
    assert c.latest() == asked
    assert Cutoffs(NOW, Schedule()).latest() is None
    assert Cutoffs(NOW, Schedule()).for_item("support", "support") is None


# ------------------------------------------------------------------ redaction

PARSED: dict[str, Any] = {
    "document": {
        "kind": "email",
        "chars": 812,
        "pages": 1,
        "ocr_pages": 0,
        "ocr_mean_confidence": None,
        "defects": ["attachment 'Ion Popescu CI.pdf' unreadable"],
        "attachments": [{"filename": "Ion Popescu CI.pdf", "sha256": "ab" * 32, "size": 9}],
        "attachments_total": 1,
        "scans": [{"read": [{"text": "CNP 1800101123456"}]}],
        "headers": {"from": "ion@example.ro", "subject": "Plangere Ion Popescu"},
    },
    "understanding": {
        "category": "complaint",
        "confidence": 0.91,
        "reasons": ["'nu am primit produsul'"],
        "fields": {"iban": "RO49AAAA1B31007593840000", "users": ["ion_p"]},
        "language": "ro",
    },
    "error": None,
}
DECISION: dict[str, Any] = {
    "signatures": {"required": ["content"], "verdict": "verified", "checks": [{"who": "Ion"}]},
    "sla_policy": "complaint",
    "policy_digest": "cd" * 32,
    "thread": {
        "case_id": "REG-2026-000001",
        "in_reply_to": "<x@example.ro>",
        "joined_by": "transaction",
        "linked": [{"registration_number": "REG-2026-000002", "relation": "same_user"}],
    },
    "acknowledgement": {"message_id": "<ack@okazii.ro>", "to": "ion@example.ro"},
}


def test_redaction_keeps_counts_verdict_and_case_and_drops_the_person() -> None:
    parsed, decision = redact_parsed(PARSED), redact_decision(DECISION)
    text = json.dumps([parsed, decision])
    for personal in ("Popescu", "ion@example.ro", "RO49", "CNP", "ion_p", "<x@example.ro>"):
        assert personal not in text
    assert parsed is not None and decision is not None
    assert parsed["document"]["chars"] == 812 and parsed["document"]["attachments_total"] == 1
    assert parsed["understanding"]["category"] == "complaint"
    assert decision["signatures"] == {"required": ["content"], "verdict": "verified", "checks": []}
    assert decision["thread"]["case_id"] == "REG-2026-000001"
    assert decision["thread"]["linked"] == DECISION["thread"]["linked"]
    assert decision["acknowledgement"] == {"message_id": "<ack@okazii.ro>"}
    assert redact_parsed(None) is None and redact_decision(None) is None


# ------------------------------------------------------------------ the policy keys


def test_the_retention_section_is_validated(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text("[retention]\ndays = 1825\n[retention.queues]\nsupport = 365\n", "utf-8")
    checked = validate_file(good)
    assert checked.document is not None and checked.document.retention.queues.support == 365
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[retention]\ndays = "five years"\n[retention.queues]\nsuport = 365\n'
        "[retention.categories]\ncomplaint = 0\n",
        "utf-8",
    )
    problems = {p.path: p for p in validate_file(bad).problems}
    assert set(problems) == {
        "retention.days",
        "retention.queues.suport",
        "retention.categories.complaint",
    }
    assert "'support'" in problems["retention.queues.suport"].message
    assert problems["retention.queues.suport"].line == 4


# ------------------------------------------------------------------ the commands


@pytest.fixture
def var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("REGISTRATURA_CONFIG", "REGISTRATURA_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("REGISTRATURA_DATA_DIR", str(tmp_path / "var"))
    (tmp_path / "var").mkdir()
    return tmp_path / "var"


def _store(
    db: Database,
    n: int,
    *,
    days_ago: int,
    closed: bool = True,
    quarantine: bool = False,
    folder: Path | None = None,
) -> str:
    raw = f"Buna ziua, sunt clientul {n}, telefon 07220000{n:02d}".encode()
    received = datetime.now(UTC) - days_ago * DAY
    with db.begin() as conn:
        (stored,) = insert_items(
            conn,
            [
                NewItem(
                    raw=raw,
                    digest=hashlib.sha256(raw).hexdigest(),
                    channel="folder" if folder else "smtp",
                    filename=f"scrisoare-{n}.txt" if folder else None,
                    envelope={
                        "mail_from": f"client{n}@example.ro",
                        "extra": {"folder": str(folder)},
                    }
                    if folder
                    else {"mail_from": f"client{n}@example.ro"},
                    received_at=received,
                    year=2026,
                    actor="test",
                )
            ],
        )
        item_id = stored.item_id
        if quarantine:
            advance(
                conn,
                item_id,
                expected=["received"],
                to_state=State.QUARANTINED,
                actor="t",
                values={"error": f"unreadable: client{n}@example.ro", "queue": "quarantine"},
            )
            return stored.registration_number
        advance(
            conn,
            item_id,
            expected=["received"],
            to_state=State.PARSED,
            actor="t",
            values={"parsed": PARSED, "category": "support"},
        )
        advance(
            conn,
            item_id,
            expected=["parsed"],
            to_state=State.DECIDED,
            actor="t",
            values={"queue": "support", "decision": DECISION},
        )
        advance(conn, item_id, expected=["decided"], to_state=State.ROUTED, actor="t")
        if closed:
            record(conn, item_id, "closed", received + DAY, "test")
    return stored.registration_number


def _db(var: Path) -> Database:
    db = Database(f"sqlite:///{(var / 'registratura.db').resolve()}")
    db.migrate()
    return db


def test_purge_needs_a_period(var: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["purge", "--dry-run"]) == 2
    assert "no retention period" in capsys.readouterr().err


def test_dry_run_then_purge_then_show(var: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _db(var)
    old = _store(db, 1, days_ago=400)
    open_ = _store(db, 2, days_ago=400, closed=False)
    young = _store(db, 3, days_ago=10)
    quarantined = _store(db, 4, days_ago=400, quarantine=True)
    db.dispose()
    capsys.readouterr()

    assert main(["purge", "--older-than", "365d", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"would purge {old} " in out and f"would purge {quarantined} " in out
    assert f"kept {open_}: open" in out and young not in out
    assert "would purge 2 request(s)" in out and "nothing was changed (dry run)" in out
    assert main(["show", old]) == 0
    assert "ion@example.ro" in capsys.readouterr().out  # the dry run left it

    assert main(["purge", "--older-than", "365d", "--by", "ana"]) == 0
    assert "purged 2 request(s)" in capsys.readouterr().out
    assert main(["show", old]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["retention"]["purged"]["by"] == "cli.purge:ana"
    assert shown["retention"]["purged"]["rule"] == "--older-than 365d"
    assert shown["audit"][-1]["detail"]["retention"] == "purged"
    assert shown["status"] == "routed" and shown["queue"] == "support"
    for personal in ("ion@example.ro", "client1@example.ro", "RO49", "Popescu"):
        assert personal not in json.dumps(shown)
    assert shown["fields"] == {} and shown["source"]["from"] is None
    assert shown["signatures"]["verdict"] == "verified"

    assert main(["retry", quarantined]) == 1
    assert "was purged" in capsys.readouterr().err
    assert main(["purge", "--older-than", "365d"]) == 0
    assert "purged 0 request(s)" in capsys.readouterr().out
    assert main(["audit", "verify"]) == 0


def test_legal_hold_commands(var: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _db(var)
    held = _store(db, 1, days_ago=400)
    db.dispose()
    assert main(["legal-hold", "place", held]) == 2
    assert "--reason is required" in capsys.readouterr().err
    assert main(["legal-hold", "place", held, "--reason", "DIICOT 55/D/2027", "--by", "legal"]) == 0
    assert main(["legal-hold", "place", "REG-2026-999999", "--reason", "x"]) == 1
    assert "no request REG-2026-999999" in capsys.readouterr().err
    assert main(["legal-hold", "list"]) == 0
    assert f"{held} held" in capsys.readouterr().out
    assert main(["purge", "--older-than", "30d", "--list"]) == 0
    assert f"kept {held}: legal hold" in capsys.readouterr().out
    assert main(["legal-hold", "release", held, "--reason", "case closed by the court"]) == 0
    assert "1 legal hold(s) released" in capsys.readouterr().out
    assert main(["legal-hold", "list"]) == 0
    assert held not in capsys.readouterr().out
    assert main(["legal-hold", "list", "--all"]) == 0
    assert "released" in capsys.readouterr().out
    assert main(["purge", "--older-than", "30d"]) == 0
    assert "purged 1 request(s)" in capsys.readouterr().out
    assert main(["show", held]) == 0
    holds = json.loads(capsys.readouterr().out)["retention"]["legal_holds"]
    assert (
        holds[0]["reason"] == "DIICOT 55/D/2027" and holds[0]["placed_by"] == "cli.legal-hold:legal"
    )


def test_the_policy_period_is_used_and_is_a_floor(
    var: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[retention.queues]\nsupport = 500\n", "utf-8")
    monkeypatch.setenv("REGISTRATURA_CONFIG", str(policy))
    db = _db(var)
    _store(db, 1, days_ago=400)
    gone = _store(db, 2, days_ago=600)
    db.dispose()
    assert main(["purge", "--older-than", "30d", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.count("would purge REG") == 1 and f"would purge {gone} " in out
    assert "rule=retention.queues.support = 500 days" in out
    assert main(["purge", "--dry-run"]) == 0  # the policy's period alone
    assert "would purge 1 request(s)" in capsys.readouterr().out


def test_the_copy_in_done_goes_only_if_its_bytes_are_the_originals(
    var: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "done").mkdir(parents=True)
    db = _db(var)
    same = _store(db, 1, days_ago=400, folder=inbox)
    _store(db, 2, days_ago=400, folder=inbox)
    with db.read() as conn:
        digests = dict(conn.execute(select(ITEMS.c.registration_number, ITEMS.c.sha256)).all())
        assert conn.execute(select(ORIGINALS.c.data)).scalars().all()
    db.dispose()
    (inbox / "done" / "scrisoare-1.txt").write_bytes(
        b"Buna ziua, sunt clientul 1, telefon 0722000001"
    )
    assert (
        hashlib.sha256((inbox / "done" / "scrisoare-1.txt").read_bytes()).hexdigest()
        == digests[same]
    )
    (inbox / "done" / "scrisoare-2.txt").write_bytes(b"another letter of the same name")
    assert main(["purge", "--older-than", "365d"]) == 0
    assert "1 copy(ies) removed from done/" in capsys.readouterr().out
    assert not (inbox / "done" / "scrisoare-1.txt").exists()
    assert (inbox / "done" / "scrisoare-2.txt").exists()
