"""`registratura policy check [FILE]`: is the policy file valid, and which policy is it?

The file (default: REGISTRATURA_CONFIG, else the shipped defaults alone) is
merged over the shipped defaults by the policy's one merge rule and checked
against its one schema (`router.policy_schema`). Each mistake is printed as
`FILE:LINE: key.path: message` on stdout and the exit status is 2; a valid
policy prints `ok: N authorities, digest <sha256>` and exits 0. The digest is
the one recorded on every decision (`decision.policy_digest`). A valid policy
may still print `note:` lines: an entry with signing identities that is not
`confirmed` (they bind no signer until it is).

`check_policy` is the same check, for the commands that start the service:
an invalid file stops them with one line and exit status 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from router.errors import PolicyError
from router.policy_schema import invalid_message, validate_file


def run_check(path: Path | None, out: TextIO | None = None) -> int:
    """Print each problem of the policy file (exit 2) or `ok: …` (exit 0)."""
    out = out or sys.stdout
    try:
        checked = validate_file(path)
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        print(f"{path}: cannot read: {reason}", file=out)
        return 2
    if checked.problems:
        for problem in checked.problems:
            print(problem, file=out)
        n = len(checked.problems)
        print(f"{n} problem{'s' if n != 1 else ''}", file=sys.stderr)
        return 2
    assert checked.document is not None
    print(
        f"ok: {len(checked.document.authorities)} authorities, digest {checked.digest}",
        file=out,
    )
    for a in checked.document.authorities:
        if a.signing_identities and not a.confirmed:
            n = len(a.signing_identities)
            print(
                f"note: {a.name}: {n} signing identit{'ies' if n != 1 else 'y'} but "
                "confirmed = false: an unconfirmed entry binds no signer (its requests stay "
                "incomplete, the signer under signers_to_review) until the legal team sets "
                "confirmed = true",
                file=out,
            )
    return 0


def check_policy(path: Path | None) -> None:
    """PolicyError (one line: the first problem and how many more) when the policy is invalid."""
    try:
        checked = validate_file(path)
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise PolicyError(
            f"cannot read policy file {path} (REGISTRATURA_CONFIG): {reason}"
        ) from None
    if checked.problems:
        raise PolicyError(invalid_message(checked.problems), checked.problems)
