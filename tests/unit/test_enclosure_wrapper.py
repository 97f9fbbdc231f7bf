"""Our own mail enclosing an authority's original: what of it is ours, what is the authority's.

Red team 7 (class B, `tests/attacks/redteam7_mail.py`) found the wrapper around an
enclosed original taken on its word: its files were signed content beside any
DKIM-signed mail of the police mailbox, its answer headers were never judged. The attack
cases pin the letter (PDF, CAdES) in the wrapper and three answer headers; these pin
the rest of the rules (`router.signatures.enclosure`, `Context.signable_files`,
`authority.wrapper_answer_headers`), each end to end through the parse and route steps:

- an S/MIME-signed part of the wrapper is not the authority's signed content either;
- a wrapper's answer header may name our own domains or the original's authority only
  (another authority's domain is diverted too);
- "ours" is one of our own domains exactly, not any subdomain of one;
- a wrapper that came by SMTP must authenticate as ours (DMARC for our domain), even
  around a fully genuine original; a mail file whose DKIM signature by our domain does
  not verify is not ours.

Controls: the genuine forward by SMTP signed by our own domain, and answer headers naming
our legal mailbox or the police mailbox, stay `verified`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.attacks.harness import Attack, Outcome, Submission, holds, run_attack
from tests.attacks.redteam4_enclosed_original import _enclose
from tests.attacks.redteam4_kit import police_mail
from tests.attacks.redteam7_mail import CIRCULAR, SIGNED, _police_note
from tests.attacks.redteam_kit import dkim_sign, smime_detached, text_entity
from tests.samples.signatures.world import ATTACKER_IP, World

pytestmark = pytest.mark.slow

CLS = "enclosure_wrapper"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("enclosure-world"))


def _eml(raw: bytes) -> Submission:
    return Submission(raw, channel="cli", filename="adresa.eml")


def _smtp(raw: bytes) -> Submission:
    env = {"client_ip": ATTACKER_IP, "helo": "mail.okazii.ro", "mail_from": "ana.popa@okazii.ro"}
    return Submission(raw, channel="smtp", envelope=env)


def _genuine(w: World, **kw: str) -> bytes:
    return _enclose(police_mail(w).raw, journal=False, **kw)


def _with_header(header: bytes) -> Callable[[World], Submission]:
    def make(w: World) -> Submission:
        at = b"To: registratura@okazii.ro\r\n"
        return _eml(_genuine(w).replace(at, at + header + b"\r\n", 1))

    return make


def _smime_in_wrapper(w: World) -> Submission:
    """The officer's genuine S/MIME-signed letter as a part of the wrapper, beside a police
    circular that asks nothing (the PDF of red team 7's B1, as S/MIME)."""
    entity = text_entity(SIGNED)
    ctype, boundary, sigpart = smime_detached(w.signer, entity)
    part = (
        b"--ENC\r\n" + ctype + b"\r\n\r\n--" + boundary + b"\r\n" + entity
        + b"\r\n--" + boundary + sigpart + b"--" + boundary + b"--\r\n"
    )  # fmt: skip
    original = _police_note(w, CIRCULAR, "undisclosed-recipients:;")
    return _eml(_enclose(original, journal=False, extra=part))


def _subdomain_wrapper(w: World) -> Submission:
    return _eml(_genuine(w, sender="Ana Popa <ana.popa@news.okazii.ro>"))


def _broken_dkim_of_ours(w: World) -> Submission:
    raw = dkim_sign(w, _genuine(w), "okazii.ro")
    return _eml(raw.replace(b"Subject: Fwd: ", b"Subject: Fwd: URGENT ", 1))


def _smtp_unauthenticated(w: World) -> Submission:
    return _smtp(_genuine(w))


def _smtp_signed_by_us(w: World) -> Submission:
    return _smtp(dkim_sign(w, _genuine(w), "okazii.ro"))


def _case(name: str, genuine: bool, make: Callable[[World], Submission]) -> Attack:
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml)


CASES = [
    _case("smime_part_in_wrapper_beside_circular", False, _smime_in_wrapper),
    _case(
        "wrapper_followup_to_another_authority",
        False,
        _with_header(b"Mail-Followup-To: IPJ Iasi <politia.iasi@is.politiaromana.ro>"),
    ),
    _case("wrapper_from_a_subdomain_of_ours", False, _subdomain_wrapper),
    _case("mail_file_with_broken_dkim_of_ours", False, _broken_dkim_of_ours),
    _case("genuine_original_by_smtp_unauthenticated", False, _smtp_unauthenticated),
    _case("genuine_by_smtp_signed_by_our_domain", True, _smtp_signed_by_us),
    _case(
        "genuine_followup_to_our_legal_mailbox",
        True,
        _with_header(b"Mail-Followup-To: legal@okazii.ro"),
    ),
    _case(
        "genuine_read_receipt_to_the_police_mailbox",
        True,
        _with_header(b"Disposition-Notification-To: politia.cluj@cj.politiaromana.ro"),
    ),
]


def _checks(outcome: Outcome, kind: str) -> list[dict[str, object]]:
    return [c for c in (outcome.signatures or {}).get("checks", []) if c["kind"] == kind]


@pytest.mark.parametrize("case", CASES, ids=lambda a: a.name)
def test_enclosure_wrapper(case: Attack, world: World) -> None:
    outcome = run_attack(case, world)
    want = case.expect if case.genuine else "anything but verified"
    assert holds(case, outcome), (
        f"{case.name}: got {outcome.verdict}, want {want}; "
        f"reasons {(outcome.signatures or {}).get('reasons')}"
    )


def test_wrapper_smime_is_named_outside_the_original(world: World) -> None:
    outcome = run_attack(CASES[0], world)
    smime = _checks(outcome, "smime")
    assert smime and all(c["verdict"] == "fail" for c in smime)
    assert all((c.get("evidence") or {}).get("outside_original") for c in smime)


def test_unauthenticated_wrapper_is_judged_as_the_mail_it_is(world: World) -> None:
    outcome = run_attack(CASES[4], world)
    (enclosure,) = _checks(outcome, "enclosure")
    assert enclosure["verdict"] == "fail"
    assert "came by smtp unauthenticated" in str(enclosure["detail"])
    assert outcome.verdict == "suspicious"


def test_genuine_forward_names_what_is_outside_the_original(world: World) -> None:
    outcome = run_attack(CASES[5], world)
    (enclosure,) = _checks(outcome, "enclosure")
    assert enclosure["verdict"] == "pass"
    assert (enclosure.get("evidence") or {}).get("wrapper_dmarc") == "pass"
