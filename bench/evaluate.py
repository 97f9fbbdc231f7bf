"""`python -m bench.evaluate [ARGS]` (`make eval`): run every `bench/eval_*.py` module's `main()`.

A thin dispatcher: each evaluation lives in its own module (understanding,
signatures, ...) with a `main(argv)`; the arguments given here (e.g.
`--quick`) are passed to each main that takes arguments. Exit status is the
worst of theirs.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    status = 0
    names = sorted(
        m.name
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if m.name.startswith("eval_")
    )
    summary: dict[str, str] = {}
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        run = getattr(module, "main", None)
        if run is None:
            continue
        print(f"##### bench.{name}", flush=True)
        result = run(args) if inspect.signature(run).parameters else run()
        status = max(status, int(result or 0))
        summary.update(getattr(module, "SUMMARY", None) or {})
    if summary:
        # Own corpus beside blind material: the gap is the point.
        print("##### summary (own corpus · blind material)")
        width = max(len(k) for k in summary)
        for key, value in summary.items():
            print(f"  {key:<{width}}  {value}")
    return status


if __name__ == "__main__":
    sys.exit(main())
