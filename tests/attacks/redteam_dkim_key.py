"""Red team: DKIM signatures the RFCs say must not count are a pass (testing keys, RSA-SHA1).

`router/signatures/dkim.verify_dkim` hands each signature to dkimpy, which
verifies it and nothing more: a key record published with `t=y` ("this
domain is testing DKIM": RFC 6376 3.6.1, verifiers MUST NOT treat such mail
differently from unsigned mail) and a signature made with `a=rsa-sha1`
(RFC 8301 3.1: verifiers MUST NOT consider it valid; SHA-1 collisions are
practical for a chosen prefix) both count as the authority's DKIM, so a
defective police mail is `verified`. The same mail signed with RSA-SHA256 by a
production key is the control.

Closed (issue 11, mail): both are now `neutral` DKIM results, as if unsigned.

Also closed: a signature whose `h=` does not name From (RFC 6376 5.4 and
6.1.1: "From field not signed"). dkimpy's verifier does not refuse it;
`verify_dkim` now records it as a permerror before dkimpy sees it, so a mail
from an authority's bulk mailer that signs To, Subject and Date only can no
longer carry another mailbox of the domain in its From.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.mailkit import build, registry
from tests.attacks.redteam_kit import dkim_key_record, dkim_sign, dkim_sign_headers_as_given
from tests.samples.signatures.world import World

CLS = "redteam_dkim_key"
DOMAIN = "cj.politiaromana.ro"


def _file(raw: bytes) -> Submission:
    return Submission(raw, channel="folder", filename="adresa.eml")


def _testing_key(w: World) -> Submission:
    dkim_key_record(w, DOMAIN, "test", "t=y")
    return _file(dkim_sign(w, build(w, dkim_domain=None), DOMAIN, selector="test"))


def _rsa_sha1(w: World) -> Submission:
    return _file(dkim_sign(w, build(w, dkim_domain=None), DOMAIN, algorithm=b"rsa-sha1"))


def _from_not_signed(w: World) -> Submission:
    raw = build(w, "notificari@cj.politiaromana.ro", display="Notificări", dkim_domain=None)
    signed = dkim_sign_headers_as_given(w, raw, DOMAIN, (b"to", b"subject", b"date", b"message-id"))
    # Anyone holding the mail: the From is outside the signature.
    start = signed.index(b"\r\nFrom: ") + 2
    end = signed.index(b"\r\n", start)
    forged = b"From: Inspectoratul de Politie Judetean Cluj <politia.cluj@cj.politiaromana.ro>"
    return _file(signed[:start] + forged + signed[end:])


def _genuine_sha256(w: World) -> Submission:
    return _file(dkim_sign(w, build(w, dkim_domain=None), DOMAIN))


ATTACKS = [
    Attack(
        CLS,
        "key_record_in_testing_mode_t_y",
        False,
        _testing_key,
        policy_toml=registry,
    ),
    Attack(
        CLS,
        "rsa_sha1_signature",
        False,
        _rsa_sha1,
        policy_toml=registry,
    ),
    Attack(
        CLS,
        "h_tag_without_from_and_from_replaced",
        False,
        _from_not_signed,
        policy_toml=registry,
    ),
    Attack(CLS, "genuine_rsa_sha256_production_key", True, _genuine_sha256, policy_toml=registry),
]
