"""Class 9 end to end: ink on paper is evidence, verified only with a call-back to the registry.

The suite (`tests/unit/test_attacks.py`) checks that no forgery is verified;
this pins what a verdict on ink must also carry: a call-back, to numbers from
the registry and never to the number printed on the letter.
"""

from __future__ import annotations

import pytest

from tests.attacks.harness import Attack, holds, run_attack
from tests.attacks.ink import ATTACKS, LETTER_PHONE
from tests.samples.signatures.world import World

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("ink-world"))


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: a.name)
def test_ink_is_verified_only_with_a_call_back_to_the_registry(
    attack: Attack, world: World
) -> None:
    """A forgery is not verified; a genuine ink letter is, with `callback.required` and no
    number taken from the letter."""
    outcome = run_attack(attack, world)
    assert holds(attack, outcome), (outcome.verdict, (outcome.signatures or {}).get("reasons"))
    if outcome.verified:
        callback = (outcome.signatures or {}).get("callback") or {}
        assert callback.get("required") is True
        digits = LETTER_PHONE.replace(" ", "")
        assert all(digits not in n.replace(" ", "") for n in callback.get("numbers") or [])
