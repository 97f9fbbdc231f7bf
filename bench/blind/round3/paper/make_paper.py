"""Blind round 3, paper half: scanned letters and faxes with their truth.

    /work/main/.venv/bin/python bench/blind/round3/paper/make_paper.py

Writes p01.. (TIFF, JPEG, PNG, PDF) and truth.jsonl beside this file.
Deterministic: SEED, and one numpy Generator per item (seeded by its name).
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import penstamp as ps  # noqa: E402
import sheet  # noqa: E402
import wear  # noqa: E402
from letters3 import ITEMS  # noqa: E402

SEED = 20261205_3


def item_rng(name: str) -> np.random.Generator:
    h = int(hashlib.sha256(f"{SEED}:{name}".encode()).hexdigest()[:16], 16)
    return np.random.default_rng(h)


def render(it: dict, rng, stem: Path) -> tuple[str, int]:
    L = it["letter"]
    pages = L.finish()
    out = it["out"]
    kind = out["kind"]
    if kind == "fax":
        ims, dpi = wear.fax_pages(rng, pages, out.get("header"), mode=out.get("mode", "fine"),
                                  skew=out.get("skew", 0.0), noise=out.get("noise", 0.06),
                                  threshold=out.get("threshold", 0.58),
                                  page_label=out.get("page_label", "P.{i:03d}/{n:03d}"))
        path = stem.with_suffix(".tif")
        wear.save_fax_tiff(path, ims, dpi, out.get("compression", "group4"), out.get("tsi"))
    elif kind == "photo":
        if len(pages) != 1:
            raise ValueError("photo of one page only")
        im = wear.phone_photo(rng, pages[0], **out.get("args", {}))
        path = stem.with_suffix(".jpg")
        wear.save_jpeg(path, im, quality=out.get("quality", 72), dpi=150)
    elif kind == "jpeg":
        im = wear.flatbed(rng, pages[0], grey=out.get("grey", False), skew=out.get("skew", 0.0),
                          scale=out.get("scale", 1.0))
        path = stem.with_suffix(".jpg")
        wear.save_jpeg(path, im, quality=out.get("quality", 70), dpi=int(200 * out.get("scale", 1.0)))
    elif kind == "png":
        src = pages[0]
        if out.get("copy"):
            src = wear.photocopy(rng, src)
        im = wear.flatbed(rng, src, grey=out.get("grey", True), skew=out.get("skew", 0.0),
                          scale=out.get("scale", 1.0), noise=0.004, tone=(0.985, 0.985, 0.975))
        path = stem.with_suffix(".png")
        wear.save_png(path, im, dpi=int(200 * out.get("scale", 1.0)), colours=out.get("colours"))
    elif kind == "pdf":
        ims = []
        for p in pages:
            src = wear.photocopy(rng, p) if out.get("copy") else p
            ims.append(wear.flatbed(rng, src, grey=out.get("grey", False), skew=rng.uniform(-0.6, 0.6),
                                    scale=out.get("scale", 1.0)))
        path = stem.with_suffix(".pdf")
        wear.save_pdf(path, ims, dpi=int(200 * out.get("scale", 1.0)), quality=out.get("quality", 60))
    elif kind == "tiff":
        ims = [wear.flatbed(rng, p, grey=out.get("grey", True), skew=rng.uniform(-0.8, 0.8),
                            scale=out.get("scale", 1.0)) for p in pages]
        path = stem.with_suffix(".tif")
        wear.save_tiff(path, ims, dpi=int(200 * out.get("scale", 1.0)), compression=out.get("compression", "jpeg"))
    else:
        raise ValueError(kind)
    return path.name, len(pages)


def main() -> int:
    # the file numbers: a seeded shuffle of the items
    names = [f.__name__ for f in ITEMS]
    order = np.random.default_rng(SEED).permutation(len(ITEMS))
    number = {names[i]: k + 1 for k, i in enumerate(order)}
    # split: half of each group dev, half blind
    groups: dict = {}
    built = []
    for f in ITEMS:
        rng = item_rng(f.__name__)
        it = f(rng)
        it["name"] = f.__name__
        it["rng"] = rng
        built.append(it)
        groups.setdefault(it["group"], []).append(f.__name__)
    split = {}
    srng = np.random.default_rng(SEED + 1)
    for g, members in sorted(groups.items()):
        members = sorted(members)
        perm = srng.permutation(len(members))
        half = len(members) // 2 + (srng.integers(0, 2) if len(members) % 2 else 0)
        for k, i in enumerate(perm):
            split[members[i]] = "dev" if k < half else "blind"
    for old in HERE.glob("p[0-9][0-9].*"):
        old.unlink()
    lines = []
    for it in sorted(built, key=lambda x: number[x["name"]]):
        stem = HERE / f"p{number[it['name']]:02d}"
        fname, npages = render(it, it["rng"], stem)
        t = it["truth"]
        row = {"file": f"paper/{fname}", "split": split[it["name"]], "category": t["category"],
               "fields": t.get("fields", {}), "accept": t.get("accept", {}),
               "genuine": t.get("genuine"), "expect_verdict": t.get("expect_verdict"),
               "ink": t["ink"], "notes": t["notes"], "item": it["name"],
               "channel": t["channel"], "pages": npages, "format": it["out"]["kind"],
               "group": it["group"]}
        for k in ("fax_number", "registry_authority", "defect"):
            if k in t:
                row[k] = t[k]
        lines.append(json.dumps(row, ensure_ascii=False))
        print(fname, it["name"], row["split"], os.path.getsize(HERE / fname) // 1024, "KB")
    (HERE / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
