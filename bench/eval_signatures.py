"""`make eval` (signatures): forged and defective law-enforcement requests against valid ones.

Builds a fresh test world (CA, DKIM keys in a zone file, signed PDFs,
S/MIME, labelled scans) in a temporary folder, runs every case through
`router.signatures.evaluate`, and prints the confusion matrix of truth
(valid / forged-or-defective) against verdict. Targets: no forged or
defective case verified; at least 95% of valid cases verified. Then the
ink detector's precision and recall on labelled last pages (`bench/eval_ink.py`).
No network: every DNS answer comes from the zone file.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import eval_ink
from bench.signature_cases import Case, cases
from router.signatures import SignatureConfig, evaluate
from tests.samples.signatures.scans import LABELS
from tests.samples.signatures.world import (
    World,
)


@dataclass(frozen=True)
class Outcome:
    case: Case
    verdict: str
    result: dict[str, Any]


def run_matrix(w: World, *, scans: bool = True) -> list[Outcome]:
    """Every case's verdict under the world's zone file and trust roots."""
    base = SignatureConfig(trust_roots=w.roots, dns_zone_file=w.zone)
    policy = w.policy()  # the world's signing identities bound to their authorities
    results = []
    for case in cases(w, scans=scans):
        res = evaluate(case.build(), case.policy or policy, case.config or base)
        results.append(Outcome(case, res["verdict"], res))
    return results


def confusion(results: list[Outcome]) -> dict[tuple[str, str], int]:
    return dict(
        Counter(("valid" if o.case.valid else "forged/defective", o.verdict) for o in results)
    )


def report(results: list[Outcome]) -> tuple[int, float]:
    """Print the matrix and mismatches; returns (forged verified, share of valid verified)."""
    cols = ["verified", "incomplete", "suspicious", "not_required"]
    matrix = confusion(results)
    print(f"{'truth / verdict':<20}" + "".join(f"{c:>14}" for c in cols))
    for row in ("valid", "forged/defective"):
        print(f"{row:<20}" + "".join(f"{matrix.get((row, c), 0):>14}" for c in cols))
    valid = [o for o in results if o.case.valid]
    forged = [o for o in results if not o.case.valid]
    forged_verified = sum(o.verdict == "verified" for o in forged)
    share = sum(o.verdict == "verified" for o in valid) / max(1, len(valid))
    exact = sum(o.verdict == o.case.expect for o in results)
    print(f"\ncases: {len(valid)} valid, {len(forged)} forged/defective")
    print(f"forged/defective verified: {forged_verified} (target 0)")
    print(f"valid verified: {share:.1%} (target >= 95%)")
    print(f"expected verdict exactly (incomplete vs suspicious too): {exact}/{len(results)}")
    for o in results:
        if o.verdict != o.case.expect:
            print(
                f"  mismatch: {o.case.name}: expected {o.case.expect}, got {o.verdict}: {o.result['reasons'][:3]}"
            )
    return forged_verified, share


def main(argv: list[str] | None = None) -> int:
    """Run the matrix and the detector measurement; non-zero exit when a target is missed."""
    logging.basicConfig(level=logging.CRITICAL)  # pyHanko logs every untrusted path at ERROR
    quick = "--quick" in (argv or [])
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        world = World.create(Path(tmp))
        results = run_matrix(world)
    forged_verified, share = report(results)
    varied = 24 if quick else 96
    print(
        f"\nink detector on labelled last pages ({'1' if quick else '3'} seed(s) × {len(LABELS)} "
        f"labels of scans.py, {varied} varied pages of inkpages.py; bench/eval_ink.py):"
    )
    eval_ink.report(eval_ink.scores(varied, 1 if quick else 3))
    print(f"({time.monotonic() - started:.0f} s)")
    return 0 if forged_verified == 0 and share >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
