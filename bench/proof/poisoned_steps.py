"""The steps as `bench.proof.poisoned` runs them, for step children (`STEP_CHILDREN`).

A step child imports its steps from a module by name (`StepChildren(steps_module=…)`);
`bench.proof.poisoned` names this one, so the child that reads the poison item ends
(`os._exit(137)`) as the worker would without children. Importing it arms the hook in
`router.steps`; every step is `router.steps`' own.
"""

from __future__ import annotations

import os
from typing import Any

from bench.proof.poisoned import EXIT_CODE, POISON
from router import steps as _steps

_real = _steps.extract  # type: ignore[attr-defined]


def _extract(raw: bytes, *args: Any, **kwargs: Any) -> Any:
    if POISON in raw:
        os._exit(EXIT_CODE)
    return _real(raw, *args, **kwargs)


_steps.extract = _extract  # type: ignore[attr-defined]


def __getattr__(name: str) -> Any:
    return getattr(_steps, name)
