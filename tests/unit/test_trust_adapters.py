"""`TrustAdapters`: DNS and the pinned roots built once, injected into every item's checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from parsers.model import Category
from router.policy import load_policy
from router.signatures.adapters import TrustAdapters
from router.signatures.config import SignatureConfig
from router.signatures.context import Context
from router.signatures.dns import ZoneResolver
from router.signatures.input import SignatureInput
from tests.samples.signatures.world import World

MAIL = b"From: a@politiaromana.ro\r\nSubject: x\r\n\r\nbody\r\n"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("adapters"))


def _input() -> SignatureInput:
    return SignatureInput(
        category=Category.LAW_ENFORCEMENT, channel="smtp", raw=MAIL, envelope={}, document={}
    )


def test_built_once_from_the_configuration(world: World, tmp_path: Path) -> None:
    roots = tmp_path / "roots"
    shutil.copytree(world.roots, roots)
    adapters = TrustAdapters.from_config(
        SignatureConfig(trust_roots=roots, dns_zone_file=world.zone)
    )
    assert isinstance(adapters.resolver, ZoneResolver)
    assert adapters.resolver_error is None
    assert len(adapters.roots) >= 1
    # The folder is not read again: a root removed after the build is still the one judged by.
    for f in roots.iterdir():
        f.unlink()
    first, second = adapters.certificates(), adapters.certificates()
    assert [c.dump() for c in first] == list(adapters.roots)
    assert all(a is not b for a, b in zip(first, second, strict=True))  # objects of their own


def test_a_context_uses_the_injected_adapters(world: World) -> None:
    class Fake:
        def query(self, name: str, rtype: str) -> list[str]:
            return []

    fake = Fake()
    config = SignatureConfig(dns_zone_file=world.zone)  # never read: the adapters are given
    ctx = Context(_input(), load_policy(), config, TrustAdapters.of(fake))
    assert ctx.resolver is fake
    assert ctx.roots == ()
    assert ctx.defects == []


def test_an_unreadable_zone_file_is_each_item_s_defect(tmp_path: Path) -> None:
    adapters = TrustAdapters.from_config(SignatureConfig(dns_zone_file=tmp_path / "missing.txt"))
    assert adapters.resolver is None and adapters.resolver_error
    ctx = Context(_input(), load_policy(), SignatureConfig(), adapters)
    assert ctx.resolver is None
    assert ctx.defects == [adapters.resolver_error]
