"""Checks round 3's paper material without the product: every truth line has
its file, the file opens with the page count, resolution and TIFF tag the
truth implies, and the counts per group, split and ink are printed."""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from PIL import Image, ImageSequence

HERE = Path(__file__).resolve().parent
KEYS = {"file", "split", "category", "fields", "accept", "genuine", "expect_verdict", "ink", "notes", "item", "channel"}


def pages_of(path: Path) -> int:
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(str(path)))
    return sum(1 for _ in ImageSequence.Iterator(Image.open(path)))


def main() -> int:
    bad = 0
    rows = [json.loads(x) for x in (HERE / "truth.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    counts = collections.Counter()
    for r in rows:
        p = HERE.parent / r["file"]
        missing = KEYS - r.keys()
        if missing or not p.exists():
            print("BAD", r.get("file"), missing or "no file"); bad += 1; continue
        n = pages_of(p)
        if n != r["pages"]:
            print("BAD pages", r["file"], n, r["pages"]); bad += 1
        if r["channel"] == "fax":
            im = Image.open(p)
            if im.mode != "1" or im.tag_v2.get(270) != r.get("fax_number"):
                print("BAD fax", r["file"], im.mode, im.tag_v2.get(270)); bad += 1
        if r["category"] == "law_enforcement" and r["genuine"] is None:
            print("BAD genuine", r["file"]); bad += 1
        counts[(r["group"], r["split"])] += 1
        counts[("ink", "sig" if r["ink"]["signature"] else "-", "stamp" if r["ink"]["stamp"] else "-")] += 1
        counts[("verdict", str(r["genuine"]), str(r["expect_verdict"]))] += 1
        counts[("format", r["format"])] += 1
    for k in sorted(counts, key=str):
        print(*k, counts[k])
    size = sum(f.stat().st_size for f in HERE.glob("p[0-9][0-9].*"))
    print(f"{len(rows)} items, {size / 1e6:.1f} MB of pages")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
