"""`python -m bench.ocr_tesserocr`: the resident `tesseract` process against tesserocr.

Issue 15 names tesserocr (Tesseract's C API, the models kept loaded in the
Python process) as the kept library for what `parsers/resident.py` does by
hand (a `tesseract` process in streaming mode, fed page names on stdin). This
measures both on the same page images, one after the other in this process,
with the same languages and page segmentation, one page at a time on one core
(as each of our OCR slots reads):

- pages per second, each after a warm-up page (models loaded);
- how far the two readings differ (word-level similarity of the texts).

tesserocr is not a dependency: without it installed the bench says so and
exits 0. The figures and the decision are in docs/DESIGN.md ("Libraries kept
and replaced").
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

# One thread per reader in both (the resident's own default, `parsers/resident.py`):
# set before tesserocr loads libtesseract, whose OpenMP reads it once.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from parsers.tesseract import Readers

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "eval" / "corpus").glob("*_fax_*.tif"))
LANGS = "ron+eng"
PSM = 3
TIMEOUT = 120.0


def _pngs(paths: list[Path], folder: Path) -> list[Path]:
    """Each fax's first page as a PNG at its own resolution (what both readers get)."""
    out = []
    for i, path in enumerate(paths):
        with Image.open(path) as im:
            page = folder / f"p{i:03d}.png"
            im.convert("L").save(page)
            out.append(page)
    return out


def _tessdata() -> str:
    """The folder the `tesseract` command reads its models from (its first line says it)."""
    out = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=True, timeout=30
    ).stdout
    m = re.search(r'"([^"]+)"', out.splitlines()[0] if out else "")
    if m is None:
        raise SystemExit("cannot tell where tesseract keeps its models (tesseract --list-langs)")
    return m.group(1).rstrip("/") + "/"


def _words(text: str) -> list[str]:
    return text.split()


def measure(pages: list[Path]) -> dict[str, float]:
    import tesserocr  # noqa: PLC0415 - optional, measured only when installed

    readers = Readers(1)
    resident_text: list[str] = []
    started = None
    for n, page in enumerate(pages):
        if n == 1:
            started = time.perf_counter()
        data = readers.data(str(page), LANGS, PSM, TIMEOUT)
        resident_text.append(" ".join(w for w in data["text"] if str(w).strip()))
    resident_s = time.perf_counter() - (started or time.perf_counter())
    readers.close()

    api_text: list[str] = []
    with tesserocr.PyTessBaseAPI(
        path=_tessdata(),
        lang=LANGS,
        psm=tesserocr.PSM.AUTO,
    ) as api:
        started = None
        for n, page in enumerate(pages):
            if n == 1:
                started = time.perf_counter()
            api.SetImageFile(str(page))
            api_text.append(api.GetUTF8Text())
        api_s = time.perf_counter() - (started or time.perf_counter())

    timed = max(1, len(pages) - 1)
    similarity = [
        difflib.SequenceMatcher(None, _words(a), _words(b)).ratio()
        for a, b in zip(resident_text, api_text, strict=True)
    ]
    return {
        "pages": float(timed),
        "resident_pages_per_s": timed / resident_s,
        "tesserocr_pages_per_s": timed / api_s,
        "word_similarity_median": statistics.median(similarity),
        "word_similarity_min": min(similarity),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=12, help="fax pages to read (default 12)")
    args = ap.parse_args(argv)
    try:
        import tesserocr  # noqa: F401, PLC0415
    except ImportError:
        print("tesserocr is not installed (pip install tesserocr): nothing measured")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pages = _pngs(PAGES[: args.pages], Path(tmp))
        r = measure(pages)
    print(f"OCR, one core, {r['pages']:.0f} fax pages ({LANGS}, psm {PSM}), models loaded:")
    print(f"  resident tesseract  {r['resident_pages_per_s']:.2f} pages/s")
    print(
        f"  tesserocr           {r['tesserocr_pages_per_s']:.2f} pages/s "
        f"({r['tesserocr_pages_per_s'] / r['resident_pages_per_s']:.2f}x the resident)"
    )
    print(
        f"  word similarity of the two readings: median {r['word_similarity_median']:.3f}, "
        f"lowest {r['word_similarity_min']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
