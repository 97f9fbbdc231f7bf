"""`make eval` (signatures): forged and defective law-enforcement requests against valid ones.

Builds a fresh test world (CA, DKIM keys in a zone file, signed PDFs,
S/MIME, labelled scans) in a temporary folder, runs every case through
`router.signatures.evaluate`, and prints the confusion matrix of truth
(valid / forged-or-defective) against verdict. Targets: no forged or
defective case verified; at least 95% of valid cases verified. Then the
handwriting/stamp detector's precision and recall on labelled scans.
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

from bench.signature_cases import Case, cases
from router.signatures import SignatureConfig, evaluate
from router.signatures.handwriting import signature_block_checks
from tests.helpers import read_document
from tests.samples.signatures.scans import LABELS, make_scan
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


def detector_scores(seeds: int = 3) -> dict[str, dict[str, float]]:
    """Precision and recall of the signature and stamp detectors on labelled scans."""
    tallies = {k: Counter[str]() for k in ("signature", "stamp")}
    for seed in range(seeds):
        for label in LABELS:
            data, truth = make_scan(label, 100 + seed, colour=seed % 3 == 1, fax=seed % 3 == 2)
            got = {
                c.kind: c.verdict.value == "pass"
                for c in signature_block_checks([("scan", data)], read_document(data)["scans"])[0]
            }
            for key, kind in (("signature", "handwritten_signature"), ("stamp", "stamp")):
                t, p = truth[key], got.get(kind, False)
                tallies[key]["tp" if t and p else "fp" if p else "fn" if t else "tn"] += 1
    out = {}
    for key, c in tallies.items():
        out[key] = {
            "precision": c["tp"] / max(1, c["tp"] + c["fp"]),
            "recall": c["tp"] / max(1, c["tp"] + c["fn"]),
            "pages": float(sum(c.values())),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the matrix and the detector measurement; non-zero exit when a target is missed."""
    logging.basicConfig(level=logging.CRITICAL)  # pyHanko logs every untrusted path at ERROR
    quick = "--quick" in (argv or [])
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        world = World.create(Path(tmp))
        results = run_matrix(world)
    forged_verified, share = report(results)
    print(
        f"\nhandwriting/stamp detector on labelled scans ({'1' if quick else '3'} seed(s) × {len(LABELS)} labels):"
    )
    for key, s in detector_scores(1 if quick else 3).items():
        print(
            f"  {key:<10} precision {s['precision']:.2f}  recall {s['recall']:.2f}  ({int(s['pages'])} pages)"
        )
    print(f"({time.monotonic() - started:.0f} s)")
    return 0 if forged_verified == 0 and share >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
