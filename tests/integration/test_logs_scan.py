"""The logs of a real run, scanned: `registratura serve` takes mail through its SMTP door
and `registratura ingest --wait` takes samples, both logging JSON lines to a captured
stderr. One `state` line per state change (the audit trail is the count), each with its
registration number; the SMTP door's 250 and 550 are there; and no user's e-mail
address, phone number or message text appears anywhere."""

from __future__ import annotations

import json
import re
import signal
import smtplib
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request
from collections import Counter
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.helpers import cli_env, free_port, run_cli, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.e2e, pytest.mark.slow]

SENDER = "maria.ionescu.test@gmail.com"
REPLY_TO = "m.ionescu-77@yahoo.com"
STRANGER = "someone.else@gmail.com"
PHONE = "0744 123 456"
SUBJECT = "Colet nelivrat comanda 55501234"
BODY = (
    "Buna ziua, am comandat un telefon si nu a ajuns, vanzatorul nu raspunde. "
    f"Ma puteti suna la {PHONE} sau scrie la {REPLY_TO}. Am platit 1.250,00 lei."
)
SAMPLE_FILES = ["complaint_reply.eml", "le_police_email.eml", "support_html.eml"]
ADDRESS = re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE_RE = re.compile(rb"(?:\+40|0)[ ]?7\d{2}[ .]?\d{3}[ .]?\d{3}")
REG = re.compile(r"^REG-\d{4}-\d{6}$")


def _mail() -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"Maria Ionescu <{SENDER}>"
    m["Reply-To"] = REPLY_TO
    m["To"] = "support@okazii.ro"
    m["Subject"] = SUBJECT
    m.set_content(BODY)
    return m


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except OSError:
        return 0


def _json_lines(text: str, where: str) -> list[dict[str, Any]]:
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except ValueError:
            pytest.fail(f"{where}: a stderr line that is not JSON: {line[:300]!r}")
    return out


def test_one_state_line_per_change_and_no_personal_data(tmp_path: Path) -> None:
    smtp_port, http_port = free_port(), free_port()
    env = cli_env(
        tmp_path,
        REGISTRATURA_SMTP_PORT=str(smtp_port),
        REGISTRATURA_HTTP_PORT=str(http_port),
        REGISTRATURA_FOLDER_POLL_SECONDS="5",
    )
    serve_err = tmp_path / "serve.stderr"
    with serve_err.open("w") as err:
        serve = subprocess.Popen(
            [sys.executable, "-m", "registratura", "serve"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,  # a file: not a terminal, so JSON lines
        )
    try:
        wait_for(
            lambda: _get(f"http://127.0.0.1:{http_port}/readyz") == 200 or serve.poll() is not None,
            120,
            what="serve ready",
        )
        assert serve.poll() is None, serve_err.read_text()[-3000:]
        with smtplib.SMTP("127.0.0.1", smtp_port, timeout=30) as s:
            s.ehlo("client.example")
            s.mail(SENDER)
            code, _ = s.rcpt(STRANGER)  # not ours: refused, and the refusal logged
            assert code == 550
            assert s.rcpt("support@okazii.ro")[0] == 250
            code, reply = s.data(_mail().as_bytes())
            assert code == 250, reply
        smtp_reg = reply.decode().rsplit(" ", 1)[1]
        assert REG.match(smtp_reg), reply

        # Samples through the CLI, and a file nobody can read (quarantined).
        broken = tmp_path / "broken.pdf"
        broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
        files = [str(SAMPLES / f) for f in SAMPLE_FILES] + [str(broken)]
        ingest = run_cli(["ingest", "--wait", "--json", *files], env, timeout=600)
        assert ingest.returncode == 0, ingest.stderr[-3000:]

        db = tmp_path / "var" / "registratura.db"

        def smtp_item_final() -> bool:
            with sqlite3.connect(db) as conn:
                row = conn.execute(
                    "SELECT state FROM items WHERE registration_number = ?", (smtp_reg,)
                ).fetchone()
            return row is not None and row[0] in ("routed", "quarantined")

        wait_for(smtp_item_final, 120, what="the SMTP item routed")
    finally:
        serve.send_signal(signal.SIGTERM)
        try:
            serve.wait(60)
        except subprocess.TimeoutExpired:
            serve.kill()
            serve.wait()
    text = serve_err.read_text("utf-8") + ingest.stderr
    records = _json_lines(serve_err.read_text("utf-8"), "serve") + _json_lines(
        ingest.stderr, "ingest"
    )

    # -- one state line per state change, as the audit trail counts them ---------------
    with sqlite3.connect(tmp_path / "var" / "registratura.db") as conn:
        changes = Counter(
            (reg, to_state)
            for reg, to_state in conn.execute(
                "SELECT i.registration_number, e.to_state FROM events e "
                "JOIN items i ON i.id = e.item_id WHERE e.to_state != 'duplicate'"
            )
        )
        finals = dict(conn.execute("SELECT registration_number, state FROM items").fetchall())
    states = [r for r in records if r.get("event") == "state"]
    assert Counter((r["reg"], r["state"]) for r in states) == changes
    assert len(finals) == len(SAMPLE_FILES) + 2  # the samples, the broken file, the mail
    assert "quarantined" in finals.values() and "routed" in finals.values()
    for r in states:
        assert REG.match(r["reg"]), r
        assert r["channel"] in ("smtp", "cli"), r
        assert isinstance(r["duration_ms"], int) and r["duration_ms"] >= 0, r
        assert r["timestamp"].endswith("+00:00"), r
        if r["state"] in ("decided", "routed"):
            assert r["queue"] and r["category"], r
        if r["state"] == "quarantined":
            assert r["queue"] == "quarantine" and r.get("reason"), r
    smtp_states = [r["state"] for r in states if r["reg"] == smtp_reg]
    assert smtp_states[0] == "received" and smtp_states[-1] == finals[smtp_reg]

    # -- the SMTP door: its 250 with the registration number, its refusal with the reason
    accepted = [r for r in records if r.get("event") == "smtp.accepted"]
    assert [(r["reg"], r["smtp_code"]) for r in accepted] == [(smtp_reg, 250)]
    refused = [r for r in records if r.get("event") == "smtp.refused"]
    assert [r["smtp_code"] for r in refused] == [550] and "Relaying denied" in refused[0]["reason"]

    # -- no personal data: addresses and phones of the inputs, the mail's text ------------
    inputs = [_mail().as_bytes(), STRANGER.encode()] + [
        (SAMPLES / f).read_bytes() for f in SAMPLE_FILES
    ]
    addresses = {
        a.decode().lower()
        for raw in inputs
        for a in ADDRESS.findall(raw)
        if not a.lower().endswith(b"@okazii.ro")
    }
    phones = {p.decode() for raw in inputs for p in PHONE_RE.findall(raw)}
    assert {SENDER, REPLY_TO, STRANGER} <= addresses and PHONE in phones
    lowered = text.lower()
    leaked = [a for a in addresses if a in lowered]
    leaked += [p for p in phones if p in text or re.sub(r"\D", "", p) in text]
    leaked += [t for t in (SUBJECT, "nu a ajuns", "Maria Ionescu") if t in text]
    assert not leaked, leaked
