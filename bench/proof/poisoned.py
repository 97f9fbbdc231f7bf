"""`python -m bench.proof.poisoned ARGS…`: the `registratura` command with one test-only hook.

An item whose bytes hold `POISON` ends its process (`os._exit(137)`, as a
crash in C or the kernel's OOM killer would) the moment the parse step
reads it, every time: the worker that takes it dies (with step children, the
worker's child that runs the step: `poisoned_steps`), the broker redelivers
it, and the next one dies too, until `items.attempts` stops it. Nothing
in the product knows of this hook; only `make proof` starts workers this way.
"""

from __future__ import annotations

import os
import sys
from typing import Any

POISON = b"PROOF-POISON-PILL"
EXIT_CODE = 137


def main() -> int:
    from registratura.cli import main as cli_main
    from router import steps

    real = steps.extract  # type: ignore[attr-defined]

    def extract(raw: bytes, *args: Any, **kwargs: Any) -> Any:
        if POISON in raw:
            os._exit(EXIT_CODE)
        return real(raw, *args, **kwargs)

    steps.extract = extract  # type: ignore[attr-defined]
    # With step children (the default) the step runs in a child that imports its steps
    # by name: the same hook there, and the child dies instead of the worker. (This patches
    # this process only: `worker --processes 1`, as the proof starts it; the processes of
    # `--processes 2` are spawned and import StepChildren afresh.)
    from registratura.workers import StepChildren

    defaults = StepChildren.__init__.__kwdefaults__ or {}
    defaults["steps_module"] = "bench.proof.poisoned_steps"
    StepChildren.__init__.__kwdefaults__ = defaults
    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
