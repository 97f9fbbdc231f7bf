"""List settings read from one environment string: commas, colons or a JSON list."""

from __future__ import annotations

from pathlib import Path

import pytest

from registratura.settings import Settings


@pytest.mark.parametrize(
    ("raw", "want"),
    [("a.ro,b.ro", ["a.ro", "b.ro"]), ('["x.ro", "y.ro"]', ["x.ro", "y.ro"]), ("c.ro", ["c.ro"])],
)
def test_accept_domains_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, raw: str, want: list[str]
) -> None:
    """The README's comma form was read as JSON by pydantic-settings and crashed at start."""
    monkeypatch.setenv("REGISTRATURA_SMTP_ACCEPT_DOMAINS", raw)
    monkeypatch.setenv("REGISTRATURA_INBOX_DIRS", "/srv/fax:/srv/post")
    s = Settings()
    assert s.smtp_accept_domains == want
    assert s.inbox_dirs == [Path("/srv/fax"), Path("/srv/post")]
