"""Property: any bytes at the signature checks' entry points give a verdict or a recorded failure.

The route step's judge (`router.signatures.evaluate`) reads the raw bytes of an
item again (MIME, DKIM, CMS, PDF signatures, the enclosed original): whatever
they are, on a mail or a paper channel and for an official request, it
returns a `signatures` object with one of the four verdicts, never raises,
and never says `verified` for bytes nobody signed. The CMS reader behind
`.p7m`/`.p7s` files takes any bytes too. Time is bounded by hypothesis's
deadline per example (generous: a shared 2-core machine), not asserted.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.cms import layers, signed_file
from parsers.model import Category
from router.policy import load_policy
from router.signatures import SignatureInput, evaluate
from tests.attacks.harness import config_for
from tests.samples.signatures.world import World

VERDICTS = {"verified", "incomplete", "suspicious", "not_required"}

PREFIXES = st.sampled_from(
    [
        b"",
        b"From: politia.cluj@cj.politiaromana.ro\r\nTo: legal@okazii.ro\r\nSubject: Adresa\r\n"
        b"DKIM-Signature: v=1; a=rsa-sha256; d=cj.politiaromana.ro; s=sel; h=from; bh=x; b=y\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n',
        b"From: ana.popa@okazii.ro\r\nTo: registratura@okazii.ro\r\n"
        b'Content-Type: multipart/mixed; boundary="E"\r\n\r\n--E\r\n'
        b"Content-Type: message/rfc822\r\n\r\nFrom: politia.cluj@cj.politiaromana.ro\r\n",
        b"From: a@b.ro\r\nContent-Type: application/pkcs7-mime; smime-type=signed-data\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHAqCAMIACAQEx",
        b"%PDF-1.7\n1 0 obj<</Type/Sig/ByteRange[0 10 20 30]/Contents<3082>>>endobj\n",
        b"\x30\x80\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02\xa0\x80",
        b"-----BEGIN PKCS7-----\n",
    ]
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(Path(tmp_path_factory.mktemp("props-sig")))


@settings(
    max_examples=60,
    deadline=timedelta(seconds=20),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    prefix=PREFIXES,
    body=st.binary(max_size=4096),
    channel=st.sampled_from(["smtp", "imap", "folder", "cli", "fax", "post"]),
)
def test_any_bytes_get_a_verdict(world: World, prefix: bytes, body: bytes, channel: str) -> None:
    """An official request's checks on any bytes: a verdict, never an exception, never verified."""
    policy = load_policy()
    out = evaluate(
        SignatureInput(
            category=Category.LAW_ENFORCEMENT,
            channel=channel,
            raw=prefix + body,
            envelope={"client_ip": "198.51.100.66", "mail_from": "x@example.net"},
            document={},
            fields={"case_number": "4567/P/2026", "subjects": [{"kind": "username", "value": "x"}]},
            received_at=datetime(2026, 12, 5, tzinfo=UTC),
        ),
        policy,
        config_for(world),
    )
    assert out["verdict"] in VERDICTS
    assert out["verdict"] != "verified"  # nobody signed random bytes
    assert all(c["verdict"] in {"pass", "fail", "missing", "unverifiable"} for c in out["checks"])


@settings(max_examples=400, deadline=timedelta(seconds=5))
@given(prefix=PREFIXES, body=st.binary(max_size=4096))
def test_the_cms_reader_takes_any_bytes(prefix: bytes, body: bytes) -> None:
    data = prefix + body
    found = layers(data)
    assert isinstance(found, list)
    inner = signed_file(data)
    assert inner is None or isinstance(inner, bytes)
