"""`make eval` (blind): the product on material written by people who never saw its code.

Runs `bench.blind.score` (the public CLI, the round's own trust world) on the
newest round's **blind** split, which nobody tuning the code may look at,
and prints its figures beside the first-contact figures of that round
(`bench/blind/history.json`: measured on the code as it was before anyone
saw the material) and beside the own corpus (`bench.eval_understanding`),
so the gap between fit and understanding stays in view. Development splits
(`--split dev`) are for fixing classes of failure; the blind split is only
ever scored.

Exit 0 whatever the figures: a measurement, not a gate (the attack suite
is the gate for forgeries).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "blind"
HISTORY = HERE / "history.json"

# Filled by main() for bench.evaluate's side-by-side summary.
SUMMARY: dict[str, str] = {}


def rounds() -> list[str]:
    """The rounds in order of their number ("round10" after "round9", not after "round1")."""
    names = [p.name for p in HERE.glob("round*") if p.is_dir() and p.name[5:].isdigit()]
    return sorted(names, key=lambda n: int(n[5:]))


def headline(report: dict[str, Any]) -> dict[str, str]:
    """The few figures the issue's targets are stated in."""
    le = report.get("law_enforcement") or {}
    fields = report.get("fields") or {}
    out: dict[str, str] = {
        "category macro-F1": f"{report['category']['macro_f1']:.3f}",
    }
    for cat in ("law_enforcement", "complaint", "mediation"):
        keys = fields.get(cat) or {}
        ok = sum(v["correct"] for v in keys.values())
        n = sum(v["total"] for v in keys.values())
        if n:
            worst = min(keys.items(), key=lambda kv: kv[1]["correct"] / kv[1]["total"])
            out[f"{cat} fields (pooled)"] = f"{ok / n:.3f}"
            out[f"{cat} weakest field"] = f"{worst[0]} {worst[1]['correct']}/{worst[1]['total']}"
    if le.get("genuine"):
        out["genuine requests verified"] = f"{le['genuine_verified']}/{le['genuine']}"
        out["forged requests verified"] = f"{le['forged_verified']}/{le['forged']}"
    ink = report.get("ink")
    if isinstance(ink, dict):
        for kind, v in sorted(ink.items()):
            if isinstance(v, dict) and "precision" in v:
                p, r = v["precision"], v["recall"]
                shown = "/".join("—" if x is None else f"{x:.2f}" for x in (p, r))
                out[f"ink {kind} P/R"] = shown
                found = v.get("found")
                if isinstance(found, dict):  # the detector alone, on the examined items
                    p, r = found["precision"], found["recall"]
                    shown = "/".join("—" if x is None else f"{x:.2f}" for x in (p, r))
                    out[f"ink {kind} found P/R"] = shown
    return out


def score(round_name: str, split: str) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory(prefix="blind-") as tmp:
        out = Path(tmp) / "report.json"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.blind.score",
                "--round",
                round_name,
                "--split",
                split,
                "--part",
                "all",
                "--json",
                str(out),
            ],
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
        if proc.returncode != 0 or not out.exists():
            print(proc.stderr[-2000:], file=sys.stderr)
            return None
        print(proc.stdout)
        report: dict[str, Any] = json.loads(out.read_text("utf-8"))
        return report


def main(argv: list[str] | None = None) -> int:
    names = rounds()
    if not names:
        print("no blind material under bench/blind/")
        return 0
    current = names[-1]
    report = score(current, "blind")
    if report is None:
        print(f"blind round {current}: the scorer failed (see above)")
        return 0
    now = headline(report)
    history = json.loads(HISTORY.read_text("utf-8")) if HISTORY.exists() else {}
    first = (history.get(current) or {}).get("first_contact", {}).get("blind", {})
    SUMMARY.update({f"blind {current} (blind split) · {k}": v for k, v in now.items()})
    print(f"== blind material {current}, blind split: now vs first contact ==")
    width = max(len(k) for k in now)
    for key, value in now.items():
        print(f"  {key:<{width}}  {value:>12}  {first.get(key, '—'):>12}")
    note = (history.get(current) or {}).get("first_contact", {}).get("note")
    if note:
        print(f"  (first contact: {note})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
