"""The ink detector's precision and recall on labelled last pages (`make eval`; `python -m bench.eval_ink`).

Two sets of pages, both generated, none read by the detector's tuning loop
as a fixed answer key: `scans.make_scan`'s six labels (one layout, the old
set) and `inkpages.make_page`'s varied pages (stamps round, oval and
rectangular in four colours with text along the ring in seven fonts; four
signature styles; marks far from the block; plain circles, logos, tables and
framed notes on pages without marks; colour, grey and faxes at 204×196 and
204×98). Each page is parsed (OCR and ink) and judged by the route step's
checks with the letter's stated authority; a signature is found when
`handwritten_signature` passes; a stamp is found when the `stamp` check sees
one (its text read or not), and named when it passes (its text names the
letter's authority). Printed per mark: overall, faxes only, pages with no marks.
"""

from __future__ import annotations

import inspect
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

from router.signatures.handwriting import signature_block_checks
from tests.helpers import read_document
from tests.samples.signatures.inkpages import make_page
from tests.samples.signatures.scans import LABELS, make_scan

MARKS = ("signature", "stamp found", "stamp named")
STATED = "Inspectoratul de Poliție Județean Cluj"  # what make_scan's letters state


def pages(varied: int, seeds: int) -> Iterator[tuple[bytes, dict[str, Any]]]:
    """(page, truth) for `seeds` rounds of the six labels and `varied` varied pages."""
    for seed in range(seeds):
        for label in LABELS:
            colour, fax = seed % 3 == 1, seed % 3 == 2
            data, truth = make_scan(label, 100 + seed, colour=colour, fax=fax)
            kind = "fax_fine" if fax else "colour" if colour else "grey"
            yield data, {**truth, "authority": STATED, "kind": kind}
    for seed in range(varied):
        yield make_page(5000 + seed)


def judged(data: bytes, authority: str) -> dict[str, bool]:
    """Whether the route step's checks find a signature and a stamp on the page."""
    scans = read_document(data)["scans"]
    # The older detector took no authority (it is measured too: the figures before a change).
    if "authorities" in inspect.signature(signature_block_checks).parameters:
        checks, _ = signature_block_checks([("scan", data)], scans, [authority])
    else:
        checks, _ = signature_block_checks([("scan", data)], scans)
    got = {c.kind: c.verdict.value for c in checks}
    return {
        "signature": got.get("handwritten_signature") == "pass",
        # Found: a stamp is there, its text read or not; named: its text names the authority.
        "stamp found": got.get("stamp", "missing") != "missing",
        "stamp named": got.get("stamp") == "pass",
    }


def scores(varied: int = 96, seeds: int = 3) -> dict[str, dict[str, Counter[str]]]:
    """Tallies (tp, fp, fn, tn) per group ("all", "fax", "no marks") and mark."""
    out: dict[str, dict[str, Counter[str]]] = {
        g: {m: Counter() for m in MARKS} for g in ("all", "fax", "no marks")
    }
    for data, truth in pages(varied, seeds):
        got = judged(data, truth["authority"])
        groups = ["all"]
        if str(truth["kind"]).startswith("fax"):
            groups.append("fax")
        if not truth["signature"] and not truth["stamp"]:
            groups.append("no marks")
        for mark in MARKS:
            t, p = bool(truth[mark.split()[0]]), got[mark]
            for g in groups:
                out[g][mark]["tp" if t and p else "fp" if p else "fn" if t else "tn"] += 1
    return out


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def report(tallies: dict[str, dict[str, Counter[str]]]) -> None:
    for group, marks in tallies.items():
        for mark, c in marks.items():
            n = sum(c.values())
            precision = _ratio(c["tp"], c["tp"] + c["fp"])
            recall = _ratio(c["tp"], c["tp"] + c["fn"])
            print(
                f"  {group:<9} {mark:<12} precision {precision}  recall {recall}  "
                f"({n} pages: tp {c['tp']} fp {c['fp']} fn {c['fn']} tn {c['tn']})"
            )


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.CRITICAL)
    args = argv or []
    varied = int(args[0]) if args else 96
    started = time.monotonic()
    report(scores(varied))
    print(f"({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
