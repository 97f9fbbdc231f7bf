"""The bench's two outputs from one record: a JSON document and a table for people."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.bare import BareResult
from bench.machine import load_average
from bench.pipeline import PipelineResult

SCHEMA = 1
EMAILS_TARGET_PER_S = 100.0
RATIO_TARGET = 0.9


def _verdict(value: float, target: float, problems: list[str]) -> str:
    return "PASS" if value >= target and not problems else "BELOW"


def _pipeline(r: PipelineResult) -> dict[str, Any]:
    return {
        "items": r.items,
        "worker_threads": r.worker_threads,
        "accept_seconds": round(r.accept_seconds, 4),
        "stored_per_s": round(r.stored_per_s, 2),
        "e2e_seconds": round(r.e2e_seconds, 4),
        "routed": r.routed,
        "quarantined": r.quarantined,
        "pending": r.pending,
        "latency_p50_s": round(r.latency_p50, 3),
        "latency_max_s": round(r.latency_max, 3),
        "by_queue": r.by_queue,
        "cpu_busy": r.cpu_busy,
        "cpu_seconds": round(r.cpu_seconds, 2),
        "tesseract_seconds": round(r.tesseract_seconds, 2),
        "tesseract_slots_busy": r.slots_busy,
        "problems": r.problems,
        "warnings": r.warnings,
    }


def build(
    machine: dict[str, Any],
    options: dict[str, Any],
    emails: PipelineResult | None,
    pages: PipelineResult | None,
    bare: BareResult | None,
    rounds: list[tuple[float, float]] | None = None,
) -> dict[str, Any]:
    """The machine-readable record of one run (bench/results/latest.json)."""
    record: dict[str, Any] = {"schema": SCHEMA, "machine": machine, "options": options}
    problems: list[str] = []
    if emails is not None:
        record["emails"] = {
            **_pipeline(emails),
            "routed_per_s": round(emails.routed_per_s, 2),
            "target_routed_per_s": EMAILS_TARGET_PER_S,
            "verdict": _verdict(emails.routed_per_s, EMAILS_TARGET_PER_S, emails.problems),
        }
        problems += [f"emails: {p}" for p in emails.problems]
    if pages is not None:
        record["pages"] = {
            **_pipeline(pages),
            "pages": pages.pages,
            "pages_per_s": round(pages.pages_per_s, 4),
            "s_per_page_wall": round(pages.e2e_seconds / pages.pages, 3) if pages.pages else None,
            "cpu_s_per_page": round(pages.cpu_seconds / pages.pages, 3) if pages.pages else None,
            "tesseract_s_per_page": round(pages.tesseract_seconds / pages.pages, 3)
            if pages.pages
            else None,
        }
        problems += [f"pages: {p}" for p in pages.problems]
    if bare is not None:
        record["bare_tesseract"] = {
            "pages": bare.pages,
            "workers": bare.workers,
            "omp_thread_limit": 1,
            "seconds": round(bare.seconds, 3),
            "pages_per_s": round(bare.pages_per_s, 4),
            "s_per_page": round(bare.s_per_page, 3),
            "s_per_page_min": round(min(bare.process_seconds), 3) if bare.process_seconds else None,
            "s_per_page_max": round(max(bare.process_seconds), 3) if bare.process_seconds else None,
            "cpu_busy": bare.cpu_busy,
            "cpu_seconds": round(bare.cpu_seconds, 2),
            "cpu_s_per_page": round(bare.cpu_seconds / bare.pages, 3) if bare.pages else None,
            "unread": bare.unread,
        }
        problems += [f"bare tesseract: marker not found on {p}" for p in bare.unread]
    if pages is not None and bare is not None and bare.pages_per_s > 0:
        ratio = pages.pages_per_s / bare.pages_per_s
        record["ratio"] = {
            "pipeline_over_bare": round(ratio, 3),
            # CPU cost per page, bare ÷ pipeline: the ratio's cause, unmoved by others' load.
            "cpu_bare_over_pipeline": round(bare.cpu_seconds / pages.cpu_seconds, 3)
            if pages.cpu_seconds > 0
            else None,
            # Each round's pipeline ÷ bare: the spread says how far one figure can be trusted.
            "rounds": [round(p / b, 3) for p, b in rounds or [] if b > 0],
            "target": RATIO_TARGET,
            "verdict": _verdict(ratio, RATIO_TARGET, pages.problems),
        }
    record["load_average_at_end"] = load_average()
    record["problems"] = problems
    record["ok"] = not problems
    return record


def write_json(record: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def _busy(share: float | None) -> str:
    return "" if share is None else f", all cores {share:.0%} busy"


def _row(label: str, value: str, note: str = "") -> str:
    return f"  {label:<40}{value:>9}   {note}".rstrip()


def table(record: dict[str, Any]) -> str:
    """The same record as a table to read."""
    m, o = record["machine"], record["options"]
    lines = [
        f"registratura bench  {m['timestamp']}  commit {m['git_commit'] or '?'}",
        f"  {m['nproc']} cores ({m['cpu_model']}), Python {m['python']}, {m['tesseract']}, "
        f"OCR languages {o['ocr_languages']}",
        f"  load average at start {m['load_average_at_start']}, at end {record.get('load_average_at_end')}"
        " (other work on the machine skews every figure)",
        "",
    ]
    if (e := record.get("emails")) is not None:
        lines += [
            f"text e-mails: {e['items']} through Runtime.accept, SQLite + in-process broker, "
            f"{e['worker_threads']} worker threads",
            _row(
                "stored/s (accept phase alone)",
                f"{e['stored_per_s']:.1f}",
                f"{e['items']} in {e['accept_seconds']:.2f} s",
            ),
            _row(
                "routed/s (first accept → last routed)",
                f"{e['routed_per_s']:.1f}",
                f"{e['routed']} in {e['e2e_seconds']:.2f} s{_busy(e['cpu_busy'])}   "
                f"target ≥ {e['target_routed_per_s']:.0f}/s  {e['verdict']}",
            ),
            _row(
                "latency received → final",
                f"{e['latency_p50_s']:.2f} s",
                f"median; max {e['latency_max_s']:.2f} s",
            ),
            "",
        ]
    if (p := record.get("pages")) is not None:
        lines += [
            f"scanned pages: {o['pages_copies']} × mediation_scan.pdf (1 p.) + {o['pages_copies']} × "
            f"le_fax.tif (2 p.) = {p['pages']} pages, {p['worker_threads']} worker threads",
            _row(
                "pipeline pages/s",
                f"{p['pages_per_s']:.3f}",
                f"{p['pages']} pages in {p['e2e_seconds']:.1f} s{_busy(p['cpu_busy'])}",
            ),
            _row(
                "our CPU seconds per page",
                f"{p['cpu_s_per_page']:.2f}",
                "this process + its tesseract children, all steps included",
            ),
            _row(
                "  of which Tesseract",
                f"{p['tesseract_s_per_page']:.2f}",
                "the rest: rendering, deskew, ink, routing, storage, in this process",
            ),
            _row(
                "Tesseract slots busy",
                "-" if p["tesseract_slots_busy"] is None else f"{p['tesseract_slots_busy']:.0%}",
                "share of the run each core had a page in Tesseract (idle: a page not ready)",
            ),
            _row(
                "latency received → final",
                f"{p['latency_p50_s']:.1f} s",
                f"median; max {p['latency_max_s']:.1f} s",
            ),
            "",
        ]
    if (b := record.get("bare_tesseract")) is not None:
        lines += [
            f"bare tesseract CLI on the same pages: {b['workers']} processes at once, OMP_THREAD_LIMIT=1",
            _row(
                "bare pages/s",
                f"{b['pages_per_s']:.3f}",
                f"{b['pages']} pages in {b['seconds']:.1f} s{_busy(b['cpu_busy'])}",
            ),
            _row(
                "s/page (one process, one core)",
                f"{b['s_per_page']:.2f}",
                f"min {b['s_per_page_min']:.2f}, max {b['s_per_page_max']:.2f}",
            ),
            _row(
                "our CPU seconds per page", f"{b['cpu_s_per_page']:.2f}", "the tesseract processes"
            ),
            "",
        ]
    if (r := record.get("ratio")) is not None:
        lines += [
            _row(
                "ratio pipeline ÷ bare pages/s",
                f"{r['pipeline_over_bare']:.2f}",
                f"target ≥ {r['target']}  {r['verdict']}",
            ),
            *(
                [_row("  each round", " ".join(f"{x:.2f}" for x in r["rounds"]), "P B, B P, …")]
                if len(r.get("rounds", [])) > 1
                else []
            ),
            _row(
                "CPU per page, bare ÷ pipeline",
                "-"
                if r["cpu_bare_over_pipeline"] is None
                else f"{r['cpu_bare_over_pipeline']:.2f}",
                "1.0: no CPU spent beyond Tesseract (the bound the ratio can reach)",
            ),
            "",
        ]
    warnings = [
        f"{k}: {w}" for k in ("emails", "pages") for w in (record.get(k) or {}).get("warnings", [])
    ]
    for title, items in (
        ("PROBLEMS (figures not to be trusted)", record["problems"]),
        ("warnings", warnings),
    ):
        if items:
            lines += [title + ":", *(f"  - {x}" for x in items), ""]
    return "\n".join(lines).rstrip() + "\n"
