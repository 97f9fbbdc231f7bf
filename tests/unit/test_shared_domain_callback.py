"""An urgent request from a domain several offices share is called back at the office it states.

Every prosecutor's office writes from mpublic.ro; the registry holds one entry
per office. The call-back used the first entry listing the domain, so an
urgent letter of another office would have the legal team call the wrong
office (or one that never wrote).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attacks.authority_mismatch import PTCJ, _offices_toml
from tests.attacks.harness import Attack, Submission, run_attack
from tests.attacks.letters import letter, mailed
from tests.samples.signatures.world import World, letter_pdf, sign_pdf

pytestmark = pytest.mark.slow


def _urgent(w: World) -> Submission:
    text = letter(PTCJ).replace("vă rugăm", "vă rugăm URGENT")
    pdf = sign_pdf(letter_pdf(text), w.seals["parchet"])
    return mailed(w, pdf, sender="registratura.ptcj@mpublic.ro", domain="mpublic.ro", display="")


def test_urgent_letter_of_the_second_office_is_called_back_there(tmp_path: Path) -> None:
    """The call-back names the office the letter states and its registry number, not the first listed."""
    world = World.create(tmp_path)
    case = Attack("shared_domain", "urgent", True, _urgent, policy_toml=_offices_toml)
    signatures = run_attack(case, world).signatures or {}
    assert signatures.get("verdict") == "verified", signatures.get("reasons")
    callback = signatures["callback"]
    assert callback["authority"] == "Parchetul de pe lângă Tribunalul Cluj"
    assert callback["numbers"] == ["+40 21 000 0702"]
