"""PDF signatures validated by many worker threads at once, sharing one trust store.

asn1crypto parses a certificate's fields lazily and not thread-safely: worker
threads sharing the root objects of one trust store once raised
`KeyError('No field numbered 1 … NameTypeAndValue')` and made a genuine
letter `suspicious`. Each validation must work on certificates of its own.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from router.signatures import roots
from router.signatures.evidence import Outcome
from router.signatures.pdfsig import validate_pdf
from tests.samples.signatures.world import World, letter_pdf, sign_pdf

pytestmark = pytest.mark.slow

THREADS = 8
ROUNDS = 25  # 25 rounds of 8 threads: 200 signed PDFs


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Threads switch as often as the interpreter allows, as on a loaded worker."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def test_200_signed_pdfs_on_8_threads_validate_without_error(
    tmp_path: Path, busy_switching: None
) -> None:
    """200 genuine signed PDFs, 8 validated at once against one freshly loaded store, all pass."""
    world = World.create(tmp_path)
    pdfs = [sign_pdf(letter_pdf(f"Adresa nr. {n}"), world.signer) for n in range(ROUNDS * THREADS)]
    failures: list[str] = []
    for r in range(ROUNDS):
        # A freshly loaded store whose objects every thread is handed at the same moment.
        roots._load.cache_clear()
        store = roots.load_roots(world.roots)
        start = threading.Barrier(THREADS)

        def one(
            n: int, store: tuple[object, ...] = store, start: threading.Barrier = start
        ) -> list[str]:
            start.wait()
            checks = validate_pdf(f"p{n}.pdf", pdfs[n], store)  # type: ignore[arg-type]
            return [c.detail for c in checks if c.verdict is not Outcome.PASS]

        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            for details in pool.map(one, range(r * THREADS, (r + 1) * THREADS)):
                failures.extend(details)
    assert failures == []
