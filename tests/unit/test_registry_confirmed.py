"""An unconfirmed registry entry binds no signer (blind round 14, development split).

The attack module `tests/attacks/registry_confirmed.py` holds the verdict; here the
rest of what the legal team sees: why, the signer offered for review, no reply
asking the authority to sign again, and the policy check's note.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from registratura.policy_cmd import run_check
from tests.attacks.harness import run_attack
from tests.attacks.registry_confirmed import ATTACKS
from tests.samples.signatures.world import World

CASES = {a.name: a for a in ATTACKS}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("registry_confirmed"))


def test_a_seal_listed_under_an_unconfirmed_entry_is_a_signer_to_review(world: World) -> None:
    out = run_attack(CASES["seal_bound_by_an_unconfirmed_entry"], world)
    assert out.verdict == "incomplete"
    sig = out.signatures or {}
    assert sig["requirements"]["signature"] == "missing"
    assert any("has not confirmed" in r for r in sig["reasons"])
    review = sig.get("signers_to_review") or []
    assert [r.get("organization") for r in review] == ["INSPECTORATUL DE POLITIE JUDETEAN CLUJ"]
    # Nothing asks the authority to sign again what it signed.
    assert sig.get("reply_draft") is None


def test_the_same_letter_verifies_once_the_entry_is_confirmed(world: World) -> None:
    out = run_attack(CASES["seal_bound_by_a_confirmed_entry"], world)
    assert out.verdict == "verified"


def test_policy_check_notes_identities_of_an_unconfirmed_entry(
    world: World, tmp_path: Path
) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(world.policy_toml(confirm=False), "utf-8")
    out = io.StringIO()
    assert run_check(path, out) == 0
    notes = [line for line in out.getvalue().splitlines() if line.startswith("note:")]
    assert notes and all("confirmed = false" in n for n in notes)
    assert any("Cluj" in n for n in notes)
    path.write_text(world.policy_toml(), "utf-8")
    out = io.StringIO()
    assert run_check(path, out) == 0
    assert "note:" not in out.getvalue()
