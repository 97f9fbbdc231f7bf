"""`registratura ingest PATH… [--wait] [--json]`: the command-line channel.

Each input yields exactly one line with --json, in input order: the stored
request, the existing one with "duplicate": true, or, for a file that cannot
even be read from disk, a quarantine line with its error (nothing to store).
Every line is UTF-8 JSON whatever the locale: a path that is not UTF-8 is
printed as the envelope names it (`storage.text`), never as raw bytes.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ingest import Channel, Envelope
from ingest.fax import normalise_number, number_from_tiff
from ingest.folder import too_large
from registratura.errors import CommandError
from registratura.progress import Progress
from registratura.runtime import Runtime
from registratura.settings import Settings
from router.request import SCHEMA_VERSION, build
from storage import Item, StorageUnavailable
from storage.text import clean_text

log = logging.getLogger("registratura.ingest")


def expand(paths: list[Path]) -> Iterator[Path]:
    """Files as given; folders expanded to their files (recursively, sorted, hidden ones skipped)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            yield path


NOT_STORED = "not stored: "


def _unread_line(path: Path, error: str) -> dict[str, Any]:
    """The line of an input that has no item: unreadable from disk, or refused by storage.

    Unreadable files are quarantined (nothing can ever be made of them);
    a storage refusal is `not_stored`, a transient failure the caller must
    retry: the command then exits 3, so no script deletes the file.
    """
    not_stored = error.startswith(NOT_STORED)
    return {
        "schema_version": SCHEMA_VERSION,
        "registration_number": None,
        "source": {"channel": "cli", "path": clean_text(str(path)), "sha256": None},
        "category": "unknown",
        "queue": None if not_stored else "quarantine",
        "status": "not_stored" if not_stored else "quarantined",
        "error": clean_text(error),
    }


def run_ingest(
    settings: Settings,
    paths: list[Path],
    *,
    wait: bool,
    as_json: bool,
    timeout: float,
    progress: bool,
    channel: str = "cli",
    fax_number: str | None = None,
) -> int:
    if fax_number is not None and channel != "fax":
        raise CommandError("--fax-number goes with --channel fax")
    door = Channel(channel)
    rt = Runtime(settings)
    try:
        if wait and settings.in_process:
            rt.start_workers()
        results: list[tuple[Path, int | None, bool, str | None]] = []
        files = list(expand(paths))
        if not files:
            print("registratura ingest: no files found in the given paths", file=sys.stderr)
            return 1
        bar = Progress("stored", len(files), enabled=progress)
        for n, path in enumerate(files, 1):
            bar.update(n - 1)
            try:
                size = path.stat().st_size
                if size > settings.max_message_bytes:
                    # Refused as SMTP refuses it, before it is read into memory; the
                    # file is left where it is.
                    reason = too_large(size, settings.max_message_bytes)
                    results.append((path, None, False, f"{reason}, the file is left as it is"))
                    continue
                raw = path.read_bytes()
            except OSError as exc:
                results.append((path, None, False, f"cannot read file: {exc.strerror or exc}"))
                continue
            try:
                number = None
                if door is Channel.FAX:
                    # As the fax folder reads it: given, else the fax server's TIFF tags.
                    number = normalise_number(fax_number or "") or number_from_tiff(raw)
                acc = rt.accept(
                    raw,
                    Envelope(
                        channel=door,
                        filename=path.name,
                        fax_number=number,
                        extra={"path": str(path)},
                    ),
                )
            except StorageUnavailable as exc:
                results.append((path, None, False, f"{NOT_STORED}{exc}"))
                continue
            results.append((path, acc.item_id, acc.duplicate, None))
        bar.close()
        ids = [r[1] for r in results if r[1] is not None]
        pending: set[int] = set()
        if wait and ids:
            if settings.in_process:
                # A duplicate may point at an item an earlier in-process run
                # stored but never finished; nothing else holds its message.
                rt.sweep(timedelta(0), ids=[r[1] for r in results if r[1] is not None and r[2]])
            pending = rt.wait_final(ids, timeout, progress=progress)
            if pending:
                log.error(
                    "%s item(s) not finished within %ss; they stay in the pipeline",
                    len(pending),
                    timeout,
                )
        elif ids and settings.in_process:
            log.info(
                "%s item(s) stored; the in-process broker works only while a process runs: "
                "use --wait, or start `registratura serve` to process them",
                len(ids),
            )
        if as_json:
            _print_lines(rt, results)
        else:
            _print_table(rt, results)
        if any(r[1] is None and (r[3] or "").startswith(NOT_STORED) for r in results):
            log.error("some inputs were NOT stored (storage refused them): run the command again")
            return 3
        return 1 if pending else 0
    finally:
        rt.close()


def _rows(
    rt: Runtime, results: list[tuple[Path, int | None, bool, str | None]]
) -> list[dict[str, Any]]:
    """The structured request of each input, in input order (the `--json` lines)."""
    ids = [r[1] for r in results if r[1] is not None]
    out: list[dict[str, Any]] = []
    with rt.db.reader() as s:
        items = {i.id: i for i in s.scalars(select(Item).where(Item.id.in_(ids)))} if ids else {}
        for path, item_id, duplicate, error in results:
            if item_id is None:
                line = _unread_line(path, error or "unknown error")
            else:
                line = build(items[item_id], duplicate=duplicate)
                line["source"]["path"] = clean_text(str(path))
            out.append(line)
    return out


def _print_table(rt: Runtime, results: list[tuple[Path, int | None, bool, str | None]]) -> None:
    """What happened to each file, one row each, and a count per outcome: a person reads
    which files were quarantined (and why) and the registration number of each."""
    rows = _rows(rt, results)
    table = [("FILE", "REGISTRATION", "STATUS", "QUEUE", "CATEGORY", "VERDICT / REASON")]
    counts: dict[str, int] = {}
    for line in rows:
        status = str(line.get("status") or "")
        if line.get("duplicate"):
            status += " (duplicate)"
        counts[status] = counts.get(status, 0) + 1
        why = line.get("error") or (line.get("signatures") or {}).get("verdict") or ""
        if not why and line.get("quarantine"):
            why = str((line.get("quarantine") or {}).get("reason") or "")
        name = Path(str((line.get("source") or {}).get("path") or "")).name
        table.append(
            (
                name if len(name) <= 40 else name[:37] + "...",
                str(line.get("registration_number") or "-"),
                status,
                str(line.get("queue") or "-"),
                str(line.get("category") or "-"),
                " ".join(str(why).split())[:80],
            )
        )
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]) - 1)]
    for r in table:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1])
    print(f"{len(rows)} file(s): " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))


def _print_lines(rt: Runtime, results: list[tuple[Path, int | None, bool, str | None]]) -> None:
    ids = [r[1] for r in results if r[1] is not None]
    sys.stdout.flush()
    out = sys.stdout.buffer
    with rt.db.reader() as s:
        items = {i.id: i for i in s.scalars(select(Item).where(Item.id.in_(ids)))} if ids else {}
        for path, item_id, duplicate, error in results:
            if item_id is None:
                line = _unread_line(path, error or "unknown error")
            else:
                line = build(items[item_id], duplicate=duplicate)
                line["source"]["path"] = clean_text(str(path))
            # Bytes, not the text stream: its encoding follows the locale, the line is UTF-8.
            out.write(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
    out.flush()
