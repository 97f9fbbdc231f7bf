"""Check the round-5 paper material without the product: files, pages, fax encoding and tags,
registry numbers, truth shape, counts, size.  Exit 0 when all hold."""
from __future__ import annotations

import collections
import json
import os
import re
import sys

import pypdfium2 as pdfium
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
bad = []


def fail(msg):
    bad.append(msg)
    print("FAIL", msg)


reg = json.load(open(os.path.join(HERE, "registry_additions.json"), encoding="utf-8"))["authorities"]
reg_fax = {f: a["name"] for a in reg for f in a["fax_numbers"]}
for a in reg:
    for k in ("name", "kind", "domains", "fax_numbers", "phone_numbers", "postal_addresses", "confirmed"):
        if k not in a:
            fail(f"registry {a.get('name')}: no {k}")
    for n in a["fax_numbers"] + a["phone_numbers"]:
        if not re.fullmatch(r"\+40\d{9}", n):
            fail(f"registry number not E.164: {n}")

truth = [json.loads(x) for x in open(os.path.join(HERE, "truth.jsonl"), encoding="utf-8")]
total = 0
for r in truth:
    path = os.path.join(HERE, r["file"].split("/", 1)[1])
    if not os.path.exists(path):
        fail(f"missing {path}")
        continue
    total += os.path.getsize(path)
    name = os.path.basename(path)
    if r["channel"] == "fax":
        im = Image.open(path)
        if im.n_frames != r["pages"]:
            fail(f"{name}: {im.n_frames} frames, truth {r['pages']}")
        for i in range(im.n_frames):
            im.seek(i)
            if im.mode != "1" or im.width != 1728:
                fail(f"{name} p{i + 1}: mode {im.mode} width {im.width}")
            if im.info.get("compression") not in ("group3", "group4"):
                fail(f"{name} p{i + 1}: compression {im.info.get('compression')}")
            xr, yr = float(im.tag_v2.get(282)), float(im.tag_v2.get(283))
            if xr != 204 or yr not in (98, 196):
                fail(f"{name} p{i + 1}: dpi {xr}x{yr}")
            tags = " ".join(str(im.tag_v2.get(t, "")) for t in (270, 269, 315))
            digits = re.sub(r"\D", "", tags)
            want = (r["fax_number"] or "").lstrip("+")
            if r["fax_number"] is None:
                if len(digits) >= 6:
                    fail(f"{name}: tags hold a number but truth has none")
            elif not (want in digits or want[2:] in digits):
                fail(f"{name}: number {r['fax_number']} not in tags {tags!r}")
        if r["category"] == "law_enforcement" and r["genuine"] and r["fax_number"] not in reg_fax:
            fail(f"{name}: genuine fax from a number not in the registry")
    elif name.endswith(".pdf"):
        d = pdfium.PdfDocument(path)
        if len(d) != r["pages"]:
            fail(f"{name}: {len(d)} pages")
        for i in range(len(d)):
            if d[i].get_textpage().get_text_range().strip():
                fail(f"{name}: has a text layer")
    else:
        im = Image.open(path)
        n = getattr(im, "n_frames", 1)
        if n != r["pages"]:
            fail(f"{name}: {n} frames, truth {r['pages']}")
        if "_scan" in name and im.info.get("dpi", (0, 0))[0] not in (200, 300) and round(im.info.get("dpi", (0, 0))[0]) not in (200, 300):
            fail(f"{name}: dpi {im.info.get('dpi')}")
    for k in ("file", "split", "category", "fields", "genuine", "expect_verdict", "notes", "item", "ink", "channel",
              "fax_number", "pages", "format"):
        if k not in r:
            fail(f"{name}: truth lacks {k}")
    if r["category"] == "law_enforcement" and r["genuine"]:
        f = r["fields"]
        for k in ("authority", "authority_kind", "reference_number", "reference_date", "case_number", "legal_basis",
                  "subjects", "requested_data", "signatory"):
            if not f.get(k):
                fail(f"{name}: genuine without {k}")
        if not (r["ink"]["signature"] and r["ink"]["stamp"]):
            fail(f"{name}: genuine without signature and stamp")
        if r["expect_verdict"] != "verified":
            fail(f"{name}: genuine not expected verified")
    if r["category"] == "law_enforcement" and not r["genuine"] and r["expect_verdict"] != "not_verified":
        fail(f"{name}: forged expected {r['expect_verdict']}")

groups = collections.Counter()
for r in truth:
    g = r["category"] + ("/genuine" if r["genuine"] else "/forged" if r["category"] == "law_enforcement" else "")
    groups[(g, r["split"])] += 1
for g in sorted({k[0] for k in groups}):
    d, b = groups[(g, "dev")], groups[(g, "blind")]
    print(f"{g:26s} dev {d:2d} blind {b:2d}")
    if abs(d - b) > 1:
        fail(f"split of {g}: {d}/{b}")
want = {"law_enforcement/genuine": 13, "law_enforcement/forged": 7, "complaint": 5, "mediation": 3, "support": 2, "unknown": 2}
for g, n in want.items():
    if groups[(g, "dev")] + groups[(g, "blind")] != n:
        fail(f"{g}: want {n}")
allsize = sum(os.path.getsize(os.path.join(HERE, f)) for f in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, f)))
print(f"{len(truth)} items, {sum(r['pages'] for r in truth)} pages, images {total / 1e6:.2f} MB, folder {allsize / 1e6:.2f} MB")
if allsize > 4.5e6:
    fail("over 4.5 MB")
print("ok" if not bad else f"{len(bad)} failure(s)")
sys.exit(1 if bad else 0)
