"""`registratura purge` and `registratura legal-hold`: the retention policy applied.

`purge` walks the final items in id order, a batch per transaction
(`storage.retention.BATCH`), and removes the originals and personal data of
those whose case ended before their cutoff (`storage.retention` says what
goes, what stays and what keeps an item). `--dry-run` reads the same batches
and writes nothing. `legal-hold place|release|list` keeps a request's case
from any purge until released; each is an audit event with who and why.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import datetime

from registratura.errors import CommandError
from registratura.runtime import Runtime
from storage import utcnow
from storage.retention import (
    Cutoffs,
    RetentionError,
    Schedule,
    Totals,
    holds,
    place_hold,
    release_hold,
    run,
)


def schedule_of(rt: Runtime) -> Schedule:
    """The policy's `[retention]` as a `Schedule` (days per queue, per category, default)."""
    r = rt.policy.document.retention
    return Schedule(
        days=r.days,
        queues={k: v for k, v in r.queues.model_dump().items() if v is not None},
        categories={k: v for k, v in r.categories.model_dump().items() if v is not None},
    )


def _local(when: datetime | None, rt: Runtime) -> str:
    if when is None:
        return "-"
    return when.astimezone(rt.policy.timezone).isoformat(timespec="minutes")


def purge(
    rt: Runtime,
    *,
    older_than: str | None,
    before: str | None,
    queues: list[str] | None,
    dry_run: bool,
    by: str,
    list_items: bool,
) -> int:
    from registratura.clock_cmd import parse_since

    now = utcnow()
    schedule = schedule_of(rt)
    asked, asked_rule = None, "command line"
    try:
        if older_than is not None:
            asked = parse_since(older_than, now, rt.policy.timezone)
            asked_rule = f"--older-than {older_than}"
        elif before is not None:
            asked = parse_since(before, now, rt.policy.timezone)
            asked_rule = f"--before {before}"
    except ValueError as exc:
        raise CommandError(f"purge: {exc}") from exc
    if asked is not None and asked > now:
        raise CommandError("purge: the cutoff is in the future")
    cutoffs = Cutoffs(now=now, schedule=schedule, asked=asked, asked_rule=asked_rule[:64])
    if cutoffs.latest() is None:
        raise CommandError(
            "purge: no retention period: the policy has no [retention] (days, queues, "
            "categories) and neither --older-than nor --before was given"
        )
    actor = f"cli.purge:{by}"
    totals = Totals()
    kept_lines: dict[str, list[str]] = defaultdict(list)
    verb = "would purge" if dry_run else "purged"
    for plan, done in run(rt.db, cutoffs, by=actor, queues=queues, dry_run=dry_run):
        totals.looked += plan.looked
        totals.not_due += plan.not_due
        totals.purged += len(plan.purge)
        for c, why in plan.kept:
            totals.kept[why] += 1
            if dry_run or list_items:
                kept_lines[why].append(c.registration_number)
        for p in done:
            totals.files_removed += p.file_removed
            if p.file_problem:
                totals.file_problems.append(p.file_problem)
        if dry_run or list_items:
            for c in plan.purge:
                print(
                    f"{verb} {c.registration_number} queue={c.queue or '-'} "
                    f"category={c.category or '-'} state={c.state} "
                    f"received={_local(c.received_at, rt)} "
                    f"last_activity={_local(c.last_activity, rt)} rule={c.rule}"
                )
    if dry_run or list_items:
        for why, numbers in kept_lines.items():
            for n in numbers:
                print(f"kept {n}: {why}")
    kept = ", ".join(f"{n} {why}" for why, n in sorted(totals.kept.items()))
    print(
        f"{verb} {totals.purged} request(s) of {totals.looked} in a final state looked at; "
        f"kept past their period: {sum(totals.kept.values())}{f' ({kept})' if kept else ''}; "
        f"not due yet: {totals.not_due}"
        + (f"; {totals.files_removed} copy(ies) removed from done/" if totals.files_removed else "")
        + ("; nothing was changed (dry run)" if dry_run else "")
    )
    for problem in totals.file_problems:
        print(f"registratura: purge: could not remove {problem}", file=sys.stderr)
    return 1 if totals.file_problems else 0


def legal_hold(
    rt: Runtime, action: str, numbers: list[str], reason: str | None, by: str, every: bool
) -> int:
    """`place` / `release` a hold on each REG (exit 1 if any was refused), or `list` them."""
    actor = f"cli.legal-hold:{by}"
    if action == "list":
        targets: list[str | None] = [*numbers] or [None]
        with rt.db.read() as conn:
            found = [h for n in targets for h in holds(conn, active_only=not every, number=n)]
        for h in found:
            state = (
                f"released {_local(h.released_at, rt)} by {h.released_by}: {h.release_reason}"
                if h.released_at
                else "in force"
            )
            print(
                f"{h.registration_number} held {_local(h.placed_at, rt)} by {h.placed_by}: "
                f"{h.reason} [{state}]"
            )
        print(f"{len(found)} hold(s)", file=sys.stderr)
        return 0
    if not numbers:
        raise CommandError(f"legal-hold {action}: give the registration number(s)")
    if not reason or not reason.strip():
        raise CommandError(
            f"legal-hold {action}: --reason is required (it is kept in the audit trail)"
        )
    status = 0
    for number in numbers:
        try:
            with rt.db.begin() as conn:
                if action == "place":
                    h = place_hold(conn, number, reason, actor)
                    print(f"{number}: legal hold placed ({h.reason}); its case is kept from purge")
                else:
                    released = release_hold(conn, number, reason, actor)
                    print(f"{number}: {len(released)} legal hold(s) released ({reason})")
        except RetentionError as exc:
            print(f"{number}: {exc}", file=sys.stderr)
            status = 1
    return status
