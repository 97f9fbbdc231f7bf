"""The yardstick: the `tesseract` CLI on the same pages, one single-threaded process per core.

This is the best the machine does on these pages with no pipeline around
Tesseract at all: PNGs already rendered, `OMP_THREAD_LIMIT=1` (Tesseract's own
OpenMP threads only fight each other, ARCHITECTURE.md), and as many processes
at once as there are cores. The pipeline's pages/s divided by this figure is
the share of the machine's OCR capacity the pipeline actually delivers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from bench.machine import busy_share, cpu_snapshot, own_cpu_seconds
from bench.samples import PageImage

# A word each sample's OCR text must contain, proving the page was really read.
MARKERS = {"mediation_scan.pdf": "77712345", "le_fax.tif": "8910/P/2026"}


@dataclass(frozen=True, slots=True)
class BareResult:
    """Bare Tesseract on `pages` page images with `workers` processes at once."""

    pages: int
    workers: int
    seconds: float  # wall time, first process started to last one finished
    process_seconds: list[float]  # each page's own process time
    unread: list[str]  # pages whose text lacked their sample's marker
    cpu_busy: float | None = None  # share of all cores busy meanwhile (anyone's work)
    cpu_seconds: float = 0.0  # CPU time of the tesseract processes (ours only)

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    @property
    def s_per_page(self) -> float:
        """Mean seconds one single-threaded Tesseract spends on a page (≈ one core's cost)."""
        return (
            sum(self.process_seconds) / len(self.process_seconds) if self.process_seconds else 0.0
        )


def _ocr(path: Path, languages: str, timeout: float) -> tuple[float, str]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    start = time.monotonic()
    done = subprocess.run(
        ["tesseract", str(path), "stdout", "-l", languages],
        env=env,
        capture_output=True,
        check=True,
        timeout=timeout,
    )
    return time.monotonic() - start, done.stdout.decode("utf-8", "replace")


def run_bare(
    images: list[PageImage], copies: int, languages: str, workers: int, timeout: float = 300.0
) -> BareResult:
    """OCR each of `images` `copies` times, `workers` processes at once."""
    with tempfile.TemporaryDirectory(prefix="registratura-bench-bare-") as tmp:
        paths: list[tuple[PageImage, Path]] = []
        for i, image in enumerate(images):
            path = Path(tmp) / f"page-{i}.png"
            path.write_bytes(image.png)
            paths.append((image, path))
        jobs = [pair for _ in range(copies) for pair in paths]
        durations: list[float] = []
        unread: list[str] = []
        start, cpu_before, own_before = time.monotonic(), cpu_snapshot(), own_cpu_seconds()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_ocr, path, languages, timeout): image for image, path in jobs}
            for count, future in enumerate(as_completed(futures), 1):
                image = futures[future]
                seconds, text = future.result()
                durations.append(seconds)
                marker = MARKERS.get(image.sample)
                if marker is not None and image.page == 1 and marker not in text:
                    unread.append(f"{image.sample} p.{image.page}")
                print(
                    f"  bare tesseract: {count}/{len(jobs)} pages ({seconds:.1f} s)",
                    file=sys.stderr,
                )
        seconds = time.monotonic() - start
        cpu_busy = busy_share(cpu_before, cpu_snapshot())
        cpu_seconds = own_cpu_seconds() - own_before
    return BareResult(len(jobs), workers, seconds, durations, unread, cpu_busy, cpu_seconds)


def combine(results: Sequence[BareResult]) -> BareResult:
    """Several rounds as one: their pages over their summed time."""
    if len(results) == 1:
        return results[0]
    seconds = sum(r.seconds for r in results)
    busy = [(r.cpu_busy, r.seconds) for r in results if r.cpu_busy is not None]
    return BareResult(
        pages=sum(r.pages for r in results),
        workers=results[0].workers,
        seconds=seconds,
        process_seconds=[s for r in results for s in r.process_seconds],
        unread=[u for r in results for u in r.unread],
        cpu_busy=round(sum(b * t for b, t in busy) / sum(t for _, t in busy), 3) if busy else None,
        cpu_seconds=sum(r.cpu_seconds for r in results),
    )
