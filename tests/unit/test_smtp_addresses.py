"""The SMTP door's address parsing: the plain `<local@domain>` fast path gives what
aiosmtpd's own parser gives (`IntakeSMTP._getaddr` against `SMTP._getaddr`)."""

from __future__ import annotations

import pytest
from aiosmtpd.smtp import SMTP
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.smtp_limits import ConnectionLimits, IntakeSMTP


class _Handler:
    pass


@pytest.fixture(scope="module")
def servers() -> tuple[SMTP, IntakeSMTP]:
    plain = SMTP(_Handler())
    ours = IntakeSMTP(
        _Handler(), limits=ConnectionLimits(10, 10), command_timeout=300, data_timeout=600
    )
    return plain, ours


CASES = [
    "<a@b.ro>",
    "<client7@example.ro> SIZE=2048 BODY=8BITMIME",
    "<a.b+c@x-y.ro>  BODY=8BITMIME",
    "<A@B.RO>",
    "<a@b.ro>x",
    "<a@b.ro>\tSIZE=1",
    "<a@b.ro> (comment) SIZE=1",
    "<a@b.ro> ",
    "<a..b@c.ro>",
    "<.a@b.ro>",
    "<a@b..ro>",
    "<a@b.ro.>",
    "<a@[1.2.3.4]>",
    '<"quoted local"@b.ro>',
    "<>",
    " <a@b.ro>",
    "a@b.ro",
    "<@relay.ro:a@b.ro>",
    "<ștefan@exemplu.ro>",
    "<" + "x" * 65 + "@b.ro>",
    "<" + "x" * 64 + "@b.ro>",
    "",
]


def _outcome(server: SMTP, arg: str) -> object:
    """The parse, or the exception it raises (aiosmtpd's parser raises on some input)."""
    try:
        return server._getaddr(arg)
    except Exception as exc:
        return type(exc)


@pytest.mark.parametrize("arg", CASES)
def test_the_fast_path_answers_as_aiosmtpd(servers: tuple[SMTP, IntakeSMTP], arg: str) -> None:
    plain, ours = servers
    assert _outcome(ours, arg) == _outcome(plain, arg)


_PIECES = st.sampled_from(
    [
        "<",
        ">",
        "@",
        ".",
        " ",
        "\t",
        "(",
        ")",
        '"',
        "a",
        "Z",
        "0",
        "-",
        "+",
        "_",
        "=",
        "ș",
        "[",
        "]",
        ":",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(_PIECES, max_size=30).map("".join),
    st.sampled_from(["<a@b.ro", "<x.y@d-e.ro", "<", ""]),
)
def test_any_argument_answers_as_aiosmtpd(tail: str, head: str) -> None:
    plain = SMTP(_Handler())
    ours = IntakeSMTP(
        _Handler(), limits=ConnectionLimits(10, 10), command_timeout=300, data_timeout=600
    )
    arg = head + tail
    assert _outcome(ours, arg) == _outcome(plain, arg)
