"""`python -m bench.ocr_variants [--quick]`: which Tesseract page segmentation and binarisation read best.

Every scanned page of the evaluation corpus (scanned PDFs, fax TIFFs; truth in
`tests/eval/corpus/manifest.json`) and the real G4 pages of tesseract's test
set are read through the pipeline's own `extract` (render, `prepare`, deskew,
OCR, orientation check) once per variant, and a table per page kind (scan,
fax_fine, fax_standard, g4_real) gives CER and CPU seconds per page:

- psm 3 (the default), 4, 6 and 1 (auto + OSD): `ExtractOptions(ocr_psm=N)`;
- binarisation, with psm 3: a global Otsu threshold, or a local Sauvola
  threshold (numpy, integral images), applied to the page exactly where it is
  handed to Tesseract (`parsers.ocr._run` is wrapped for the run, after
  deskew); and Tesseract's own Sauvola (`-c thresholding_method=2`) for
  comparison;
- for the bilevel kinds (faxes, real G4) also `deskew=False`.

CER and the pages come from `bench.eval_understanding.run_item` and
`_g4_pages` (so the CER is `bench.ocr_cer`'s), the field accuracy on the same
items from `check_fields`. CPU is this process plus its finished children
(the Tesseracts) by `resource.getrusage`, measured around each kind's batch
and divided by its pages: it includes rendering, deskew, ink examination and
`understand`, which every variant shares. Pages run two at a time (the
parsers' semaphore allows one Tesseract per core). The default variant is run
again at the end as a control: CER must be identical (Tesseract is
deterministic), its CPU shows the CPU noise. "d vs psm3" is the difference of
the character-weighted CER to the default's with its standard error over pages
(the page-to-page spread is the noise here, not Tesseract); the better/worse
counts are pages whose own CER moved by more than 0.1 point, with a sign test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

import parsers.ocr as ocr_module
from bench.eval_understanding import CORPUS, Outcome, _g4_pages, load, quick_subset, run_item
from bench.ocr_cer import PageCer, summarise
from parsers import Cues, ExtractOptions
from parsers.tesseract import Readers

KINDS = ("scan", "fax_fine", "fax_standard", "g4_real")
BILEVEL = ("fax_fine", "fax_standard", "g4_real")
BASELINE = "psm3 (current)"
CONTROL = "psm3 again"
MOVED = 0.001  # a page "better" or "worse" when its CER moved by more than 0.1 point


# --- binarisation at the hand-over to Tesseract --------------------------------------------


def otsu_threshold(grey: np.ndarray[Any, np.dtype[np.uint8]]) -> int:
    """The global grey level that best separates ink from paper (Otsu's between-class variance)."""
    hist = np.bincount(grey.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    levels = np.arange(256, dtype=np.float64)
    weight0 = np.cumsum(hist)
    weight1 = total - weight0
    sum0 = np.cumsum(hist * levels)
    mean0 = sum0 / np.maximum(weight0, 1)
    mean1 = (sum0[-1] - sum0) / np.maximum(weight1, 1)
    between = weight0 * weight1 * (mean0 - mean1) ** 2
    return int(np.argmax(between))


def binarise_otsu(image: Image.Image) -> Image.Image:
    grey = np.asarray(image.convert("L"))
    return _bilevel(grey <= otsu_threshold(grey), image)


def binarise_sauvola(image: Image.Image, k: float = 0.2, window_inch: float = 0.2) -> Image.Image:
    """Sauvola: ink where grey <= m (1 + k (s / 128 - 1)), m and s the mean and standard deviation
    of a window ~`window_inch` wide around the pixel.

    m and s are computed on blocks of about 1/75 inch (exact block means of the grey levels
    and their squares, so s keeps the ink's contrast) and the threshold map is interpolated
    back to full size: about 0.15 s per 300 dpi A4 page instead of 1.4 s at full size.
    """
    grey = np.asarray(image.convert("L"))
    h, w = grey.shape
    dpi = float((image.info.get("dpi") or (300, 300))[0])
    f = max(1, round(dpi / 75))
    bh, bw = -(-h // f), -(-w // f)
    full = np.pad(grey, ((0, bh * f - h), (0, bw * f - w)), mode="edge").astype(np.float32)
    mean = full.reshape(bh, f, bw, f).mean(axis=(1, 3), dtype=np.float64)
    mean_sq = (full * full).reshape(bh, f, bw, f).mean(axis=(1, 3), dtype=np.float64)
    half = max(1, round(dpi * window_inch / f) // 2)
    m, m2 = _box_mean(mean, half), _box_mean(mean_sq, half)
    s = np.sqrt(np.maximum(m2 - m * m, 0.0))
    small = (m * (1.0 + k * (s / 128.0 - 1.0))).astype(np.float32)
    threshold = Image.fromarray(small, "F").resize((bw * f, bh * f), Image.Resampling.BILINEAR)
    return _bilevel(grey <= np.asarray(threshold)[:h, :w], image)


def _box_mean(
    values: np.ndarray[Any, np.dtype[np.float64]], half: int
) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Mean over a (2 half + 1)² window (mirrored at the edges), from running sums along each axis."""
    size = 2 * half + 1
    run = np.cumsum(np.pad(values, (half + 1, half), mode="reflect"), axis=0)
    band = run[size:] - run[:-size]
    run = np.cumsum(band, axis=1)
    out: np.ndarray[Any, np.dtype[np.float64]] = (run[:, size:] - run[:, :-size]) / (size * size)
    return out


def _bilevel(ink: np.ndarray[Any, np.dtype[np.bool_]], like: Image.Image) -> Image.Image:
    out = Image.fromarray(np.where(ink, 0, 255).astype(np.uint8), "L").convert(
        "1", dither=Image.Dither.NONE
    )
    out.info = dict(like.info)  # the resolution goes to Tesseract as --dpi
    return out


@contextlib.contextmanager
def binarised(fn: Callable[[Image.Image], Image.Image]) -> Iterator[None]:
    """Every page `ocr_page` hands to Tesseract (after deskew, turn) goes through `fn` first."""
    original = ocr_module._run

    def run(image: Image.Image, *args: Any, **kwargs: Any) -> object:
        return original(fn(image), *args, **kwargs)

    ocr_module._run = run
    try:
        yield
    finally:
        ocr_module._run = original


@contextlib.contextmanager
def tesseract_config(extra: str) -> Iterator[None]:
    """Every Tesseract run gets `extra` on its command line (residents of their own)."""
    original = ocr_module.READERS
    readers = Readers(original.slots, resident=original.resident, extra=tuple(extra.split()))
    ocr_module.READERS = readers
    try:
        yield
    finally:
        ocr_module.READERS = original
        readers.close()


# --- the variants -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    name: str
    options: ExtractOptions
    context: Callable[[], contextlib.AbstractContextManager[None]] = contextlib.nullcontext
    kinds: tuple[str, ...] = KINDS


def variants() -> list[Variant]:
    base = ExtractOptions()
    return [
        Variant(BASELINE, base),
        Variant("psm4", replace(base, ocr_psm=4)),
        Variant("psm6", replace(base, ocr_psm=6)),
        Variant("psm1 (auto+OSD)", replace(base, ocr_psm=1)),
        Variant("psm3 + Otsu", base, lambda: binarised(binarise_otsu)),
        Variant("psm3 + Sauvola", base, lambda: binarised(binarise_sauvola)),
        Variant("psm3 + tess Sauvola", base, lambda: tesseract_config("-c thresholding_method=2")),
        Variant("psm3, no deskew", replace(base, deskew=False), kinds=BILEVEL),
        Variant(CONTROL, base),
    ]


# --- running ----------------------------------------------------------------------------------


@dataclass
class Batch:
    """One variant on one kind of page."""

    pages: list[PageCer]
    cpu_seconds: float
    wall_seconds: float
    fields: list[bool] = field(default_factory=list)


def cpu_now() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def item_kind(meta: dict[str, Any]) -> str:
    # Mirrors `run_item`'s labelling of its pages (checked against them after each batch).
    return "scan" if meta["format"].startswith("scan") else f"fax_{meta.get('fax', 'fine')}"


def run_batch(
    kind: str,
    names: list[str],
    manifest: dict[str, dict[str, Any]],
    options: ExtractOptions,
    cues: Cues,
    workers: int,
) -> Batch:
    cpu0, wall0 = cpu_now(), time.monotonic()
    if kind == "g4_real":
        pages = _g4_pages(options)
        outcomes: list[Outcome] = []
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            outcomes = list(
                pool.map(lambda n: run_item(n, manifest[n], CORPUS, cues, options), names)
            )
        pages = [p for o in outcomes for p in o.pages]
    ocr_module.READERS.close()  # resident Tesseracts count in CPU time only once ended
    batch = Batch(pages, cpu_now() - cpu0, time.monotonic() - wall0)
    batch.fields = [ok for o in outcomes for ok in o.fields.values()]
    wrong = {p.kind for p in pages} - {kind}
    if wrong:
        raise RuntimeError(f"pages of kind {wrong} in the {kind} batch")
    return batch


def study(
    names: list[str], manifest: dict[str, dict[str, Any]], g4: bool, workers: int
) -> dict[str, dict[str, Batch]]:
    """variant -> kind -> Batch."""
    by_kind: dict[str, list[str]] = {k: [] for k in KINDS}
    for n in names:
        by_kind[item_kind(manifest[n])].append(n)
    cues = Cues.default()
    # Warm-up, not measured: imports, language models into the page cache.
    first = next(n for k in KINDS for n in by_kind.get(k, []))
    run_item(first, manifest[first], CORPUS, cues, ExtractOptions())
    results: dict[str, dict[str, Batch]] = {}
    for variant in variants():
        results[variant.name] = {}
        with variant.context():
            for kind in variant.kinds:
                if kind == "g4_real" and not g4:
                    continue
                if kind != "g4_real" and not by_kind[kind]:
                    continue
                batch = run_batch(kind, by_kind[kind], manifest, variant.options, cues, workers)
                results[variant.name][kind] = batch
                print(
                    f"  {variant.name:22} {kind:13} {len(batch.pages):3} pages "
                    f"{batch.cpu_seconds:6.1f} s CPU {batch.wall_seconds:6.1f} s wall",
                    file=sys.stderr,
                    flush=True,
                )
    return results


# --- the report -------------------------------------------------------------------------------


def _sign_p(better: int, worse: int) -> float:
    """Two-sided sign test p-value for `better` against `worse` pages (ties left out)."""
    n = better + worse
    if n == 0:
        return 1.0
    tail: float = sum(math.comb(n, i) for i in range(min(better, worse) + 1)) / 2**n
    return min(1.0, 2 * tail)


def weighted_delta(pages: list[PageCer], base: list[PageCer]) -> tuple[float, float]:
    """CER(pages) - CER(base), both character-weighted over the same pages, and its standard error.

    The error is that of a ratio of sums over pages drawn at random (linearised):
    what the difference would scatter by if another set of pages of the kind were read.
    """
    chars = sum(p.chars for p in base)
    diff = [p.errors - b.errors for p, b in zip(pages, base, strict=True)]
    delta = sum(diff) / max(1, chars)
    n = len(pages)
    if n < 2:
        return delta, 0.0
    spread = sum((d - delta * b.chars) ** 2 for d, b in zip(diff, base, strict=True))
    return delta, math.sqrt(n / (n - 1) * spread) / max(1, chars)


def rows(results: dict[str, dict[str, Batch]], kind: str) -> list[dict[str, Any]]:
    base = results[BASELINE].get(kind)
    if base is None:
        return []
    base_by_name = {p.name: p for p in base.pages}
    out = []
    for name, per_kind in results.items():
        batch = per_kind.get(kind)
        if batch is None or not batch.pages:
            continue
        rates = [p.rate for p in batch.pages]
        deltas = [p.rate - base_by_name[p.name].rate for p in batch.pages]
        better = sum(d < -MOVED for d in deltas)
        worse = sum(d > MOVED for d in deltas)
        delta, se = weighted_delta(batch.pages, [base_by_name[p.name] for p in batch.pages])
        out.append(
            {
                "variant": name,
                "pages": len(batch.pages),
                "cer": summarise(batch.pages)[kind]["cer"],
                "page_median": statistics.median(rates),
                "page_max": max(rates),
                "delta": delta,
                "delta_se": se,
                "better": better,
                "worse": worse,
                "sign_p": _sign_p(better, worse),
                "cpu_per_page": batch.cpu_seconds / len(batch.pages),
                "wall_seconds": batch.wall_seconds,
                "fields_ok": sum(batch.fields),
                "field_checks": len(batch.fields),
            }
        )
    return out


def render(results: dict[str, dict[str, Batch]]) -> str:
    lines = []
    for kind in KINDS:
        table = rows(results, kind)
        if not table:
            continue
        n = table[0]["pages"]
        lines.append(f"== {kind} ({n} pages) ==")
        lines.append(
            f"{'variant':22} {'CER':>6} {'median':>6} {'max':>6} {'d vs psm3 (±se)':>17} "
            f"{'bet/wor':>7} {'sign p':>6} {'CPU s/p':>7} {'fields':>7}"
        )
        for r in table:
            fields = f"{r['fields_ok']}/{r['field_checks']}" if r["field_checks"] else "-"
            lines.append(
                f"{r['variant']:22} {r['cer'] * 100:5.2f}% {r['page_median'] * 100:5.2f}% "
                f"{r['page_max'] * 100:5.1f}% {r['delta'] * 100:+7.2f} ±{r['delta_se'] * 100:5.2f} pt "
                f"{r['better']:>3}/{r['worse']:<3} {r['sign_p']:6.3f} {r['cpu_per_page']:7.2f} {fields:>7}"
            )
        lines.append("")
    lines.append(
        "CER: character-weighted over the kind's pages (bench.ocr_cer); median/max: per page;\n"
        "d vs psm3: CER minus the default's, percentage points, ± its standard error over pages\n"
        "(how much another sample of pages of the kind would move it); bet/wor: pages whose CER\n"
        f"fell/rose by more than {MOVED * 100:g} pt; sign p: two-sided sign test on those;\n"
        "CPU s/p: this process + its Tesseract children, seconds per page;\n"
        f"fields: field checks right / made on the kind's items. '{CONTROL}' repeats the\n"
        "default at the end: its CPU difference is the CPU noise."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.ocr_variants", description=__doc__.splitlines()[0]
    )
    ap.add_argument(
        "--quick", action="store_true", help="every third scanned item, no real G4 pages"
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the rows here")
    args = ap.parse_args(argv)
    if not (CORPUS / "manifest.json").exists():
        print(f"no corpus at {CORPUS}: run python -m tests.eval.generate", file=sys.stderr)
        return 1
    manifest = load()
    names = quick_subset(manifest) if args.quick else sorted(manifest)
    names = [n for n in names if manifest[n]["group"] == "ocr" and manifest[n].get("pages")]
    workers = min(2, ocr_module.nproc())
    load_start = os.getloadavg()
    start = time.monotonic()
    results = study(names, manifest, g4=not args.quick, workers=workers)
    sys.stdout.write(render(results))
    print(
        f"({time.monotonic() - start:.0f} s wall, {workers} pages at a time, load average "
        f"{load_start[0]:.2f} at start, {os.getloadavg()[0]:.2f} at end)"
    )
    if args.json:
        report = {kind: rows(results, kind) for kind in KINDS}
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
