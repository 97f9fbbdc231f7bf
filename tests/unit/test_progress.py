"""Progress of long CLI runs: a bar on a terminal, a log line a second off one, nothing when quiet."""

from __future__ import annotations

import io
import logging

import pytest

from registratura.progress import Progress


def test_a_terminal_gets_a_bar_with_the_count() -> None:
    out = io.StringIO()
    with Progress("stored", 40, stream=out, terminal=True) as bar:
        for n in range(41):
            bar.update(n)
        bar._bar.refresh()  # what the screen shows now (the refresh thread may not have run)
        shown = out.getvalue()
    assert "stored" in shown
    assert "40/40" in shown


def test_off_a_terminal_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    out = io.StringIO()
    with caplog.at_level(logging.INFO, logger="registratura.ingest"):
        bar = Progress("routed or quarantined", 10, stream=out, terminal=False)
        bar.update(3)
        bar.close()
    assert out.getvalue() == ""  # no bar drawn into a pipe or a log
    assert "routed or quarantined: 3 of 10" in caplog.text


@pytest.mark.parametrize(("enabled", "total"), [(False, 50), (True, 1)])
def test_quiet_or_a_single_file_shows_nothing(
    caplog: pytest.LogCaptureFixture, enabled: bool, total: int
) -> None:
    out = io.StringIO()
    with (
        caplog.at_level(logging.INFO, logger="registratura.ingest"),
        Progress("stored", total, enabled=enabled, stream=out, terminal=True) as bar,
    ):
        bar.update(0)
    assert out.getvalue() == ""
    assert caplog.text == ""
