"""`Envelope.to_json` is what `dataclasses.asdict` gave (the stored envelope's shape),
built without asdict's deep copy (the SMTP door's cost per message)."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import UTC, datetime

import pytest

from ingest import Channel, Envelope


def _as_before(env: Envelope) -> dict[str, object]:
    data = asdict(env)
    data["channel"] = env.channel.value
    data["rcpt_to"] = list(env.rcpt_to)
    data["received_at"] = env.received_at.isoformat()
    return data


ENVELOPES = [
    Envelope(channel=Channel.CLI),
    Envelope(
        channel=Channel.SMTP,
        mail_from="a@b.ro",
        rcpt_to=("support@okazii.ro", "x@okazii.ro"),
        client_ip="127.0.0.1",
        helo="mx.example.ro",
        tls=True,
        auth_user="journal",
        received_at=datetime(2026, 12, 6, 6, 0, tzinfo=UTC),
        extra={
            "received_header": "Received: from mx",
            "mail_options": ["SIZE=2048", "BODY=8BITMIME"],
            "smtputf8": False,
            "nested": {"list": [1, 2.5, None, {"k": ("t", "u")}]},
        },
    ),
    Envelope(channel=Channel.FOLDER, filename="adres\udce3_poli\udcfeie.pdf"),
    Envelope(channel=Channel.FAX, fax_number="+40 21 000 0000", extra={"via": "smtp"}),
]


@pytest.mark.parametrize("env", ENVELOPES)
def test_to_json_is_asdict_s_shape(env: Envelope) -> None:
    got = env.to_json()
    assert got == _as_before(env)
    assert list(got) == [f.name for f in fields(Envelope)]  # every field, in order


def test_to_json_shares_nothing_mutable_with_the_envelope() -> None:
    env = ENVELOPES[1]
    got = env.to_json()
    got["extra"]["mail_options"].append("changed")
    got["extra"]["nested"]["list"][3]["k"] = "changed"
    assert env.extra["mail_options"] == ["SIZE=2048", "BODY=8BITMIME"]
    assert env.extra["nested"]["list"][3] == {"k": ("t", "u")}
