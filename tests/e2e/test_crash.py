"""SIGKILL the service mid-pipeline, start it again: every accepted item is routed exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage import Database, Event, Item
from tests.conftest import ROOT, SAMPLES
from tests.helpers import cli_env, free_port, text_mail, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _start(tmp_path: Path, log_name: str) -> subprocess.Popen[bytes]:
    env = cli_env(
        tmp_path,
        REGISTRATURA_SMTP_PORT=str(free_port()),
        REGISTRATURA_HTTP_PORT=str(free_port()),
        REGISTRATURA_FOLDER_SETTLE_SECONDS="0",
        REGISTRATURA_FOLDER_POLL_SECONDS="0.1",
        REGISTRATURA_WORKER_THREADS="2",
    )
    log = (tmp_path / log_name).open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "registratura", "serve"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def test_sigkill_mid_pipeline_then_restart(tmp_path: Path) -> None:
    """Items stored before a SIGKILL are all routed exactly once after a restart."""
    inbox = tmp_path / "var" / "inbox"
    inbox.mkdir(parents=True)
    # Scanned pages keep the parse step busy for seconds, so the kill lands mid-pipeline.
    for name in ("mediation_scan.pdf", "le_fax.tif"):
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    for n in range(40):
        (inbox / f"mail{n:03d}.eml").write_bytes(text_mail(n))
    total = 42
    db = Database(f"sqlite:///{tmp_path / 'var' / 'registratura.db'}")

    def counts() -> tuple[int, int]:
        try:
            with db.reader() as s:
                stored = s.scalar(select(func.count()).select_from(Item)) or 0
                final = (
                    s.scalar(
                        select(func.count())
                        .select_from(Item)
                        .where(Item.state.in_(["routed", "quarantined"]))
                    )
                    or 0
                )
                return stored, final
        except Exception:  # schema not created yet
            return 0, 0

    first = _start(tmp_path, "first.log")
    try:
        wait_for(lambda: counts()[0] >= 10, 60, 0.02, "items stored before the kill")
        stored_at_kill, final_at_kill = counts()
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    assert final_at_kill < stored_at_kill, "the kill must land while items are mid-pipeline"

    second = _start(tmp_path, "second.log")
    try:
        wait_for(lambda: counts() == (total, total), 240, 0.2, "every item routed after restart")
    finally:
        second.send_signal(signal.SIGTERM)
        try:
            second.wait(30)
        except subprocess.TimeoutExpired:
            second.kill()
    with db.reader() as s:
        items = s.scalars(select(Item)).all()
        assert len(items) == total
        assert all(i.state == "routed" for i in items), [
            (i.filename, i.state, i.error) for i in items if i.state != "routed"
        ]
        per_item = dict(
            s.execute(
                select(Event.item_id, func.count())
                .where(Event.to_state == "routed")
                .group_by(Event.item_id)
            ).all()
        )
        assert all(per_item.get(i.id) == 1 for i in items), per_item
        assert len({i.registration_number for i in items}) == total
    assert sorted(p.name for p in (inbox / "done").iterdir()) == sorted(
        [f"mail{n:03d}.eml" for n in range(40)] + ["mediation_scan.pdf", "le_fax.tif"]
    )
    db.dispose()
