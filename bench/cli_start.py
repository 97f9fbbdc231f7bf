"""How long the CLI takes to start (issue 15): `--help`, `show`, `ingest --help`, beside Python's own start.

Each command runs `runs` times as its own process (the venv's interpreter and
`registratura` entry point, as a user types it) and the median wall time is
printed beside the baseline measured in the same run: a bare `python -c pass`
of the same interpreter. `show` reads one request from a fresh SQLite data
folder where one mail was ingested first (not timed). The issue's targets
(--help under 0.3 s, show under 0.6 s) are printed as targets, never asserted.

    .venv/bin/python -m bench.cli_start [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MAIL = (
    b"From: Ana <ana@example.ro>\r\nTo: support@okazii.ro\r\nSubject: parola\r\n"
    b"Message-ID: <start@example.ro>\r\n\r\nCum schimb parola contului?\r\n"
)
TARGETS = {"--help": 0.3, "show REG": 0.6}


def _time(cmd: list[str], env: dict[str, str], runs: int) -> float:
    took = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(
            cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        took.append(time.perf_counter() - t)
    return statistics.median(took)


def run_cli_start(runs: int = 7) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        env = {**os.environ, "REGISTRATURA_DATA_DIR": tmp, "REGISTRATURA_SMTP_ENABLED": "false"}
        mail = Path(tmp) / "one.eml"
        mail.write_bytes(MAIL)
        out = subprocess.run(
            [str(BIN / "registratura"), "ingest", "--wait", "--json", "--quiet", str(mail)],
            env=env, capture_output=True, check=False,
        )  # fmt: skip
        reg = json.loads(out.stdout.splitlines()[-1])["registration_number"] if out.stdout else None
        base = _time([sys.executable, "-c", "pass"], env, runs)
        rows = []
        commands = {
            "--help": ["--help"],
            "ingest --help": ["ingest", "--help"],
            "show REG": ["show", str(reg)],
        }
        for name, args in commands.items():
            seconds = _time([str(BIN / "registratura"), *args], env, runs)
            rows.append(
                {
                    "command": name,
                    "median_s": round(seconds, 3),
                    "over_python_s": round(seconds - base, 3),
                    "target_s": TARGETS.get(name),
                }
            )
    return {"runs": runs, "python_baseline_s": round(base, 3), "rows": rows}


def table_lines(result: dict[str, Any]) -> list[str]:
    lines = [
        "",
        f"CLI start (median of {result['runs']} runs; bare `python -c pass` "
        f"{result['python_baseline_s']:.3f} s in the same run)",
        f"{'command':<16}{'median s':>10}{'over python':>13}{'target':>9}",
    ]
    for r in result["rows"]:
        target = f"{r['target_s']:.1f}" if r["target_s"] else "-"
        lines.append(
            f"{r['command']:<16}{r['median_s']:>10.3f}{r['over_python_s']:>13.3f}{target:>9}"
        )
    return lines + [""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    print("\n".join(table_lines(run_cli_start(args.runs))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
