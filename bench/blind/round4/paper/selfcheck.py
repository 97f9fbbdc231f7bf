"""Checks the paper half without the product: files, pages, formats, fax tags, truth shape and counts.

    .venv/bin/python bench/blind/round4/paper/selfcheck.py      (exit 0 when all is well)
"""
import collections
import json
import pathlib
import re
import sys

from PIL import Image

HERE = pathlib.Path(__file__).resolve().parent
CATS = {"law_enforcement", "complaint", "mediation", "support", "unknown"}
FAX_TAGS = (270, 269, 315)   # ImageDescription, DocumentName, Artist
errors = []


def err(msg):
    errors.append(msg)
    print("FAIL", msg)


def pages_of(path):
    if path.suffix == ".pdf":
        data = path.read_bytes()
        if b"/Font" in data:
            err(f"{path.name}: PDF has a font (should be image-only)")
        return len(re.findall(rb"/Type\s*/Page(?!s)", data))
    im = Image.open(path)
    return getattr(im, "n_frames", 1)


def digits(s):
    return re.sub(r"\D", "", s or "")


registry = json.loads((HERE / "registry_additions.json").read_text(encoding="utf-8"))
reg_fax = {digits(n)[-9:]: a["name"] for a in registry for n in a.get("fax_numbers", [])}
for a in registry:
    for k in ("name", "kind", "fax_numbers", "phone_numbers", "postal_addresses", "confirmed"):
        if k not in a:
            err(f"registry entry {a.get('name')}: no {k}")
    if a.get("confirmed") is not True:
        err(f"registry entry {a['name']}: not confirmed")

rows = [json.loads(l) for l in (HERE / "truth.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
counts = collections.Counter()
splits = collections.Counter()
formats = collections.Counter()
total_pages = 0
for r in rows:
    path = HERE / pathlib.Path(r["file"]).name
    if not r["file"].startswith("paper/") or not path.exists():
        err(f"{r['file']}: missing")
        continue
    if r["category"] not in CATS:
        err(f"{r['file']}: category {r['category']}")
    if r["split"] not in ("dev", "blind"):
        err(f"{r['file']}: split {r['split']}")
    ink = r.get("ink", {})
    if set(ink) != {"signature", "stamp"} or not all(isinstance(v, bool) for v in ink.values()):
        err(f"{r['file']}: ink {ink}")
    n = pages_of(path)
    total_pages += n
    if n != r["pages"]:
        err(f"{r['file']}: {n} pages, truth says {r['pages']}")
    if r["category"] == "law_enforcement":
        if r["genuine"] not in (True, False):
            err(f"{r['file']}: genuine must be a bool")
        if r["genuine"] and (r["expect_verdict"] != "verified" or not (ink["signature"] and ink["stamp"])):
            err(f"{r['file']}: genuine paper must be verified with signature and stamp")
        if r["genuine"] is False and r["expect_verdict"] != "not_verified":
            err(f"{r['file']}: forged must be not_verified")
    elif r["genuine"] is not None or r["expect_verdict"] is not None:
        err(f"{r['file']}: genuine/expect_verdict only for law_enforcement")
    if r["channel"] == "fax":
        im = Image.open(path)
        for i in range(im.n_frames):
            im.seek(i)
            comp = im.tag_v2.get(259)
            if comp not in (3, 4):
                err(f"{r['file']} p{i + 1}: compression {comp}, want CCITT G3/G4")
            xres, yres = (float(v) for v in im.info.get("dpi", (0, 0)))
            if round(xres) != 204 or round(yres) not in (98, 196) or im.size[0] != 1728 or im.mode != "1":
                err(f"{r['file']} p{i + 1}: {im.mode} {im.size} dpi {xres}x{yres}")
            found = [digits(im.tag_v2.get(t)) for t in FAX_TAGS if im.tag_v2.get(t)]
            if not any(len(d) >= 9 for d in found):
                err(f"{r['file']} p{i + 1}: no sending number in ImageDescription/DocumentName/Artist")
            if i == 0 and not any(digits(r["fax_number"])[-9:] == d[-9:] for d in found):
                err(f"{r['file']}: fax_number {r['fax_number']} not the TIFF tag's {found}")
        in_reg = digits(r["fax_number"])[-9:] in reg_fax
        if r.get("genuine") and not in_reg:
            err(f"{r['file']}: genuine fax from a number not in registry_additions.json")
        print(f"  {r['file']}: fax {r['format']} {n}p from {r['fax_number']}"
              f" ({'registry: ' + reg_fax[digits(r['fax_number'])[-9:]] if in_reg else 'no registry entry'})")
    key = r["category"] + ("" if r["genuine"] is None else ("/genuine" if r["genuine"] else "/forged"))
    counts[key] += 1
    splits[(key, r["split"])] += 1
    formats[r["format"]] += 1
for key in counts:
    d, b = splits[(key, "dev")], splits[(key, "blind")]
    if abs(d - b) > 1:
        err(f"{key}: split {d} dev / {b} blind")
size = sum(p.stat().st_size for p in HERE.iterdir() if p.is_file())
print("\nitems", len(rows), "pages", total_pages, "folder bytes", size)
for key in sorted(counts):
    print(f"  {key:28s} {counts[key]:3d}  dev {splits[(key, 'dev')]}  blind {splits[(key, 'blind')]}")
print("formats:", dict(formats))
if size > 4_300_000:
    err(f"folder is {size} bytes (> ~4 MB)")
print("OK" if not errors else f"{len(errors)} problem(s)")
sys.exit(1 if errors else 0)
