"""Score the product on the blind material, through its public CLI only.

    .venv/bin/python -m bench.blind.score [--round round1] [--split dev|blind|all]
                                          [--part mail|paper|all] [--json OUT]

For every truth file of the round (``mail/truth.jsonl`` and, when present,
``paper/truth.jsonl``) the files of the chosen split are ingested with
``<venv>/bin/registratura ingest --wait --json`` in a fresh temporary data
directory, with the round's own world (policy, DNS zone, trust roots). Then:

* category accuracy, macro-F1, per-class F1 and the confusion matrix;
* per category and field, strict accuracy on exactly the keys the truth gives;
* law enforcement: genuine items verified, forged/defective items verified (must be 0);
* ink (paper lines with ``"ink"``): precision and recall of the
  ``handwritten_signature`` and ``stamp`` checks (pass = judged present), and of the
  detector alone (a check with the mark's box, whatever was judged of it: a signature on
  a page not shown to be the letter's, a stamp whose ring cannot be read), on the items
  the product examined for it. Where the truth says where each mark is (``ink_where``,
  round 11 on: page and box in mm), a box elsewhere (more than ``PLACE_MM`` from every
  mark of its kind; the page's width as A4's) is no detection of the mark and a false one
  ("misplaced"); phone photos, whose perspective moves the page, are not placed.

Values are compared after the same normalisation on both sides (Unicode NFC,
ş→ș ţ→ț, dashes and quotes folded to ASCII unless --strict-typography,
casefold, whitespace collapsed, surrounding punctuation stripped);
lists as sets; phone numbers as +40 digits, IBANs without spaces, amounts as
decimals. A truth line may carry ``"accept": {key: [alternatives]}``. It
exits 0 whatever the figures: it is a measurement.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORIES = ["law_enforcement", "complaint", "mediation", "support", "unknown"]
PUNCT = " \t\r\n.,;:!?\"'`()[]{}<>«»„”“‚‘’–—-…•■·*/\\|"


# --------------------------------------------------------------------------
# normalisation and comparison
# --------------------------------------------------------------------------

TYPO_FOLD = True  # also fold typographic variants: dashes to "-", curly/low quotes to '"' and "'"
_TYPO = str.maketrans(
    {
        "–": "-",
        "—": "-",
        "‒": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "„": '"',
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "‚": "'",
        "‘": "'",
        "’": "'",
        "\u00a0": " ",
    }
)


def norm(s) -> str:
    s = unicodedata.normalize("NFC", str(s))
    s = s.replace("ş", "ș").replace("ţ", "ț").replace("Ş", "Ș").replace("Ţ", "Ț")
    if TYPO_FOLD:
        s = s.translate(_TYPO)
    s = re.sub(r"\s+", " ", s.casefold())
    return s.strip(PUNCT)


def canon_phone(s) -> str:
    d = re.sub(r"\D", "", str(s))
    if d.startswith("0040"):
        d = d[4:]
    elif d.startswith("40") and len(d) == 11:
        d = d[2:]
    elif d.startswith("0") and len(d) == 10:
        d = d[1:]
    return "+40" + d


def canon_iban(s) -> str:
    return re.sub(r"\s+", "", str(s)).upper()


def canon_subject(item) -> tuple[str, str] | str:
    if not isinstance(item, dict):
        return norm(item)
    kind = norm(item.get("kind", ""))
    value = item.get("value", "")
    if kind == "phone":
        return kind, canon_phone(value)
    if kind == "iban":
        return kind, canon_iban(value)
    if kind == "user_id":
        return kind, re.sub(r"\D", "", str(value)) or norm(value)
    return kind, norm(value)


def _empty(v) -> bool:
    return v is None or v == [] or v == {} or v == ""


def _dec(v):
    try:
        return Decimal(str(v).replace(" ", ""))
    except (InvalidOperation, ValueError):
        return None


def same(key: str, want, got) -> bool:
    if _empty(want):
        return _empty(got)
    if isinstance(want, bool):
        return isinstance(got, bool) and got == want
    if key == "amount" and isinstance(want, dict):
        if not isinstance(got, dict):
            return False
        dw, dg = _dec(want.get("value")), _dec(got.get("value"))
        return (
            dw is not None
            and dw == dg
            and norm(want.get("currency", "")) == norm(got.get("currency", ""))
        )
    if key == "contact" and isinstance(want, dict):
        if not isinstance(got, dict):
            return False
        for k, v in want.items():
            g = got.get(k)
            if k == "phone":
                if g is None or canon_phone(v) != canon_phone(g):
                    return False
            elif g is None or norm(v) != norm(g):
                return False
        return True
    if isinstance(want, dict):
        if not isinstance(got, dict):
            return False
        return all(
            norm(v) == norm(got.get(k, "")) if v is not None else got.get(k) is None
            for k, v in want.items()
        )
    if isinstance(want, list):
        if not isinstance(got, list):
            return False
        if key == "subjects":
            return {canon_subject(x) for x in want} == {canon_subject(x) for x in got}
        return {norm(x) for x in want} == {norm(x) for x in got if not isinstance(x, (dict, list))}
    if isinstance(got, (dict, list)):
        return False
    if got is None:
        return False
    if key == "authority":
        # A unit under its parent: "Poliția Capitalei, Secția 3 Poliție" and "Poliția
        # Capitalei - Secția 3 Poliție" are one name, the separator the writer's choice.
        return _parts(want) == _parts(got)
    return norm(want) == norm(got)


def _parts(value) -> str:
    return re.sub(r"\s*(?:,|\s-)\s+", " - ", norm(value))


# --------------------------------------------------------------------------
# running the product
# --------------------------------------------------------------------------


def registratura_bin() -> str:
    cand = [
        Path(sys.prefix) / "bin" / "registratura",
        HERE.parents[1] / ".venv" / "bin" / "registratura",
    ]
    for c in cand:
        if c.exists():
            return str(c)
    found = shutil.which("registratura")
    if found:
        return found
    raise SystemExit("registratura executable not found (run from the project's .venv)")


def run_product(
    files: list[Path],
    world: Path,
    batch: int,
    timeout: int,
    channels: dict[Path, str] | None = None,
) -> dict[str, dict]:
    """One `ingest` call per batch of files of the same channel (`--channel fax|post` for the
    truth's paper channels when `channels` is given; else every file goes in as `cli`)."""
    exe = registratura_bin()
    data_dir = tempfile.mkdtemp(prefix="blind-score-")
    env = dict(os.environ)
    env.update(
        {
            "REGISTRATURA_DATA_DIR": data_dir,
            "REGISTRATURA_CONFIG": str(world / "policy.toml"),
            "REGISTRATURA_DNS_ZONE_FILE": str(world / "zone.txt"),
            "REGISTRATURA_TRUST_ROOTS": str(world / "roots"),
            "REGISTRATURA_SMTP_ENABLED": "false",
        }
    )
    for k in ("REGISTRATURA_DATABASE_URL", "REGISTRATURA_BROKER_URL", "REGISTRATURA_INBOX_DIRS"):
        env.pop(k, None)
    # The product of *this* tree: the venv's `registratura` is an editable install of the
    # checkout it was made in, so a scorer run from another worktree (first contact on the
    # code before a change) would otherwise score that checkout's code, not its own.
    tree = str(HERE.parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (tree, env.get("PYTHONPATH")) if p)
    results: dict[str, dict] = {}
    groups: dict[str, list[Path]] = {}
    for f in files:
        groups.setdefault((channels or {}).get(f, "cli"), []).append(f)
    chunks = [
        (channel, group[i : i + batch])
        for channel, group in groups.items()
        for i in range(0, len(group), batch)
    ]
    t0 = time.monotonic()
    try:
        for n, (channel, chunk) in enumerate(chunks, 1):
            t1 = time.monotonic()
            print(
                f"[score] batch {n}/{len(chunks)}: {len(chunk)} files ...",
                file=sys.stderr,
                flush=True,
            )
            cmd = [exe, "ingest", "--wait", "--json", "--quiet", "--timeout", str(timeout)]
            if channel in ("fax", "post"):
                cmd += ["--channel", channel]
            cmd += [str(f) for f in chunk]
            try:
                proc = subprocess.run(
                    cmd, env=env, capture_output=True, timeout=timeout + 120, cwd=data_dir
                )
                out, err, rc = proc.stdout, proc.stderr, proc.returncode
            except subprocess.TimeoutExpired as e:
                out, err, rc = e.stdout or b"", e.stderr or b"", "timeout"
            lines = []
            for ln in out.decode("utf-8", "replace").splitlines():
                ln = ln.strip()
                if ln.startswith("{"):
                    with contextlib.suppress(json.JSONDecodeError):
                        lines.append(json.loads(ln))
            by_path = {}
            for obj in lines:
                p = ((obj.get("source") or {}).get("path")) or ""
                by_path[p] = obj
            for i, f in enumerate(chunk):
                obj = by_path.get(str(f))
                if obj is None:
                    obj = next(
                        (o for p, o in by_path.items() if p and Path(p).name == f.name), None
                    )
                if obj is None and len(lines) == len(chunk):
                    obj = lines[i]
                results[str(f)] = (
                    obj if obj is not None else {"error": f"no output line (exit {rc})"}
                )
            print(
                f"[score] batch {n}/{len(chunks)}: exit {rc}, {len(lines)} lines, "
                f"{time.monotonic() - t1:.1f}s (total {time.monotonic() - t0:.1f}s)",
                file=sys.stderr,
                flush=True,
            )
            if rc not in (0,) and err:
                tail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
                for t in tail:
                    print(f"[score]   {t[:200]}", file=sys.stderr)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    return results


# --------------------------------------------------------------------------
# figures
# --------------------------------------------------------------------------


def f1_table(pairs: list[tuple[str, str]]):
    labels = CATEGORIES
    per = {}
    for c in labels:
        tp = sum(1 for w, g in pairs if w == c and g == c)
        fp = sum(1 for w, g in pairs if w != c and g == c)
        fn = sum(1 for w, g in pairs if w == c and g != c)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[c] = {"precision": p, "recall": r, "f1": f, "support": tp + fn}
    present = [c for c in labels if per[c]["support"] or any(g == c for _, g in pairs)]
    macro = sum(per[c]["f1"] for c in present) / len(present) if present else 0.0
    return per, macro


def verdict_of(obj: dict) -> str | None:
    return ((obj or {}).get("signatures") or {}).get("verdict")


def ink_detected(obj: dict, kind: str) -> bool:
    checks = ((obj or {}).get("signatures") or {}).get("checks") or []
    return any(c.get("kind") == kind and c.get("verdict") == "pass" for c in checks)


def ink_found(obj: dict, kind: str) -> bool | None:
    """Whether the ink detector located the mark (a check of `kind` with its box), whatever
    was judged of it after (a signature on a page not shown to be the letter's, a stamp
    whose ring cannot be read); None when the product did not examine the item for it
    (a complaint, a mail: no check of that kind)."""
    checks = [
        c
        for c in ((obj or {}).get("signatures") or {}).get("checks") or []
        if c.get("kind") == kind
    ]
    if not checks:
        return None
    return any((c.get("evidence") or {}).get("box") for c in checks)


# How far (mm) a mark's box may lie from the truth's and still be that mark: the truth is
# drawn before skew and wear; the product's box is on the page as read (deskewed), and may
# hold only a part of the mark (a signature's strokes apart from its flourish).
PLACE_MM = 12.0


def ink_placed(obj: dict, kind: str, truth: dict) -> bool | None:
    """Whether the product's box for `kind` lies where the truth's `ink_where` puts a mark
    of that kind (its page; boxes within PLACE_MM): None when it cannot be told (no
    `ink_where`, a phone photo whose perspective moves the page, no box or page size)."""
    where = truth.get("ink_where")
    if not isinstance(where, list) or "photo" in str(truth.get("format", "")):
        return None
    name = "signature" if kind == "handwritten_signature" else kind
    marks = [w for w in where if w.get("kind") == name]
    boxes = []
    for c in ((obj or {}).get("signatures") or {}).get("checks") or []:
        ev = c.get("evidence") or {}
        if c.get("kind") == kind and ev.get("box") and ev.get("page_px"):
            boxes.append((ev.get("page"), ev["box"], ev["page_px"]))
    if not boxes:
        return None
    for page, box, (w, h) in boxes:
        mm = (210.0 if w <= h else 297.0) / max(1, w)
        x0, y0, x1, y1 = (v * mm for v in box)
        for m in marks:
            if page is not None and m.get("page") not in (None, page):
                continue
            a0, b0, a1, b1 = m["box_mm"]
            if (
                x0 <= a1 + PLACE_MM
                and a0 - PLACE_MM <= x1
                and y0 <= b1 + PLACE_MM
                and b0 - PLACE_MM <= y1
            ):
                return True
    return False


def _summary(obj: dict | None) -> dict:
    obj = obj or {}
    sig = obj.get("signatures") or {}
    return {
        "category": obj.get("category"),
        "confidence": obj.get("confidence"),
        "status": obj.get("status"),
        "verdict": sig.get("verdict"),
        "requirements": sig.get("requirements"),
        "signature_reasons": sig.get("reasons"),
        "fields": obj.get("fields"),
        "error": obj.get("error"),
    }


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}%" if b else "   n/a"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--round", default="round1")
    ap.add_argument("--split", choices=["dev", "blind", "all"], default="all")
    ap.add_argument(
        "--part",
        default="all",
        help="mail, paper, all (= mail + paper), or any other folder of the round with a truth.jsonl",
    )
    ap.add_argument("--json", dest="json_out")
    ap.add_argument(
        "--strict-typography",
        action="store_true",
        help='do not fold dashes (– — to -) and quotes („ ” « » to ") before comparing',
    )
    ap.add_argument("--batch", type=int, default=20, help="files per ingest call (default 20)")
    ap.add_argument(
        "--no-channels",
        action="store_true",
        help="send every file as `ingest` without --channel (for code older than that option); "
        "by default a truth line's channel fax|post is passed on",
    )
    ap.add_argument(
        "--timeout", type=int, default=1800, help="seconds one ingest call may take (default 1800)"
    )
    args = ap.parse_args(argv)
    global TYPO_FOLD
    TYPO_FOLD = not args.strict_typography

    root = HERE / args.round
    world = root / "world"
    parts = ["mail", "paper"] if args.part == "all" else [args.part]
    truth = []
    for part in parts:
        tf = root / part / "truth.jsonl"
        if not tf.exists():
            continue
        for ln in tf.read_text(encoding="utf-8").splitlines():
            if ln.strip():
                t = json.loads(ln)
                if args.split == "all" or t.get("split") == args.split:
                    t["_path"] = root / t["file"]
                    t["_part"] = part
                    truth.append(t)
    if not truth:
        print("no truth lines for this selection", file=sys.stderr)
        return 0
    missing = [t["file"] for t in truth if not t["_path"].exists()]
    truth = [t for t in truth if t["_path"].exists()]
    files = [t["_path"] for t in truth]
    print(
        f"[score] {len(files)} files ({args.round}, split={args.split}, part={args.part})",
        file=sys.stderr,
    )
    channels = (
        None if args.no_channels else {t["_path"]: str(t.get("channel") or "cli") for t in truth}
    )
    results = run_product(files, world, args.batch, args.timeout, channels)

    # --- categories
    pairs = []
    misses = []
    for t in truth:
        got = results.get(str(t["_path"])) or {}
        g = got.get("category") or "none"
        pairs.append((t["category"], g))
        if g != t["category"]:
            misses.append({"file": t["file"], "key": "category", "want": t["category"], "got": g})
    acc = sum(1 for w, g in pairs if w == g) / len(pairs)
    per, macro = f1_table(pairs)
    cols = CATEGORIES + sorted({g for _, g in pairs} - set(CATEGORIES))
    conf = {w: Counter(g for ww, g in pairs if ww == w) for w in CATEGORIES}

    # --- fields
    field_stats: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for t in truth:
        got = (results.get(str(t["_path"])) or {}).get("fields") or {}
        accept = t.get("accept") or {}
        for key, want in (t.get("fields") or {}).items():
            g = got.get(key)
            ok = same(key, want, g) or any(same(key, alt, g) for alt in accept.get(key, []))
            st = field_stats[t["category"]][key]
            st[1] += 1
            if ok:
                st[0] += 1
            else:
                misses.append({"file": t["file"], "key": f"fields.{key}", "want": want, "got": g})

    # --- law enforcement verdicts
    le = [t for t in truth if t["category"] == "law_enforcement" and t.get("genuine") is not None]
    gen = [t for t in le if t["genuine"]]
    forged = [t for t in le if not t["genuine"]]
    gen_ok = [t for t in gen if verdict_of(results.get(str(t["_path"]))) == "verified"]
    forged_bad = [t for t in forged if verdict_of(results.get(str(t["_path"]))) == "verified"]
    for t in gen:
        v = verdict_of(results.get(str(t["_path"])))
        if v != "verified":
            misses.append(
                {"file": t["file"], "key": "signatures.verdict", "want": "verified", "got": v}
            )
    for t in forged_bad:
        misses.append(
            {
                "file": t["file"],
                "key": "signatures.verdict",
                "want": "not_verified",
                "got": "verified",
            }
        )
    gen_dist = Counter(str(verdict_of(results.get(str(t["_path"])))) for t in gen)
    forged_dist = Counter(str(verdict_of(results.get(str(t["_path"])))) for t in forged)

    # --- ink
    ink = {}
    inked = [t for t in truth if isinstance(t.get("ink"), dict)]
    for name, kind in (("signature", "handwritten_signature"), ("stamp", "stamp")):
        tp = fp = fn = tn = 0
        misplaced = found_misplaced = 0
        for t in inked:
            if name not in t["ink"]:
                continue
            want = bool(t["ink"][name])
            obj = results.get(str(t["_path"]))
            det = ink_detected(obj, kind)
            if det and ink_placed(obj, kind, t) is False:
                # a mark judged where the truth has none of its kind: no detection of the
                # real one, and a false one
                fp += 1
                misplaced += 1
                misses.append(
                    {
                        "file": t["file"],
                        "key": f"ink.{name}.where",
                        "want": "truth's box",
                        "got": "elsewhere",
                    }
                )
                det = False
                if not want:
                    continue
            if want and det:
                tp += 1
            elif det:
                fp += 1
                misses.append({"file": t["file"], "key": f"ink.{name}", "want": False, "got": True})
            elif want:
                fn += 1
                misses.append({"file": t["file"], "key": f"ink.{name}", "want": True, "got": False})
            else:
                tn += 1
        # The detector alone, on the items the product examined for this mark.
        dtp = dfp = dfn = dtn = unexamined = 0
        for t in inked:
            if name not in t["ink"]:
                continue
            obj = results.get(str(t["_path"]))
            found = ink_found(obj, kind)
            want = bool(t["ink"][name])
            if found and ink_placed(obj, kind, t) is False:
                dfp += 1
                found_misplaced += 1
                found = False
                if not want:
                    continue
            if found is None:
                unexamined += 1
            elif want and found:
                dtp += 1
            elif found:
                dfp += 1
            elif want:
                dfn += 1
            else:
                dtn += 1
        ink[name] = {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "tn": tn,
            "precision": tp / (tp + fp) if tp + fp else None,
            "recall": tp / (tp + fn) if tp + fn else None,
            "misplaced": misplaced,
            "found": {
                "tp": dtp,
                "fp": dfp,
                "fn": dfn,
                "tn": dtn,
                "not_examined": unexamined,
                "misplaced": found_misplaced,
                "precision": dtp / (dtp + dfp) if dtp + dfp else None,
                "recall": dtp / (dtp + dfn) if dtp + dfn else None,
            },
        }

    errors = [
        {
            "file": t["file"],
            "error": (results.get(str(t["_path"])) or {}).get("error"),
            "status": (results.get(str(t["_path"])) or {}).get("status"),
        }
        for t in truth
        if (results.get(str(t["_path"])) or {}).get("error")
    ]

    # --- print
    out = []
    out.append(
        f"blind {args.round}  split={args.split}  part={args.part}  items={len(truth)}"
        + ("  (strict typography)" if args.strict_typography else "")
        + (f"  (missing files: {len(missing)})" if missing else "")
    )
    out.append("")
    out.append(f"CATEGORY  accuracy {acc * 100:.1f}%  macro-F1 {macro:.3f}")
    out.append(f"  {'class':16} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for c in CATEGORIES:
        p = per[c]
        out.append(
            f"  {c:16} {p['precision']:6.2f} {p['recall']:6.2f} {p['f1']:6.2f} {p['support']:4d}"
        )
    out.append("")
    short = {
        "law_enforcement": "le",
        "complaint": "compl",
        "mediation": "med",
        "support": "supp",
        "unknown": "unk",
        "none": "none",
    }
    out.append("  confusion (rows = truth, columns = product)")
    out.append("  " + " " * 16 + "".join(f"{short.get(c, c[:6]):>7}" for c in cols))
    for w in CATEGORIES:
        if sum(conf[w].values()):
            out.append(f"  {w:16}" + "".join(f"{conf[w].get(c, 0):7d}" for c in cols))
    out.append("")
    out.append("FIELDS  (strict, on the keys the truth gives)")
    total_ok = total_n = 0
    for cat in CATEGORIES:
        if cat not in field_stats:
            continue
        keys = field_stats[cat]
        ok = sum(v[0] for v in keys.values())
        n = sum(v[1] for v in keys.values())
        total_ok += ok
        total_n += n
        out.append(f"  {cat}: {ok}/{n} {pct(ok, n)}")
        for key in sorted(keys):
            a, b = keys[key]
            out.append(f"    {key:20} {a:3d}/{b:<3d} {pct(a, b)}")
    out.append(f"  all fields: {total_ok}/{total_n} {pct(total_ok, total_n)}")
    out.append("")
    out.append("LAW ENFORCEMENT VERDICTS")
    out.append(
        f"  genuine verified:          {len(gen_ok)}/{len(gen)} {pct(len(gen_ok), len(gen))}   "
        f"verdicts {dict(gen_dist)}"
    )
    out.append(
        f"  forged/defective verified: {len(forged_bad)}/{len(forged)}  (must be 0)   "
        f"verdicts {dict(forged_dist)}"
    )
    for t in forged_bad:
        out.append(f"    !! {t['file']}: {t.get('notes', '')[:110]}")
    if inked:
        out.append("")
        out.append("INK  (paper; pass = judged present: found and shown to be the letter's)")
        for name in ("signature", "stamp"):
            s = ink[name]
            pr = "n/a" if s["precision"] is None else f"{s['precision']:.2f}"
            rc = "n/a" if s["recall"] is None else f"{s['recall']:.2f}"
            out.append(
                f"  {name:10} precision {pr}  recall {rc}  (tp {s['tp']} fp {s['fp']} fn {s['fn']} tn {s['tn']}"
                + (f"; misplaced {s['misplaced']}" if s.get("misplaced") else "")
                + ")"
            )
        out.append("  found by the detector (a box, whatever was judged of it), on examined items:")
        for name in ("signature", "stamp"):
            d = ink[name]["found"]
            pr = "n/a" if d["precision"] is None else f"{d['precision']:.2f}"
            rc = "n/a" if d["recall"] is None else f"{d['recall']:.2f}"
            out.append(
                f"  {name:10} precision {pr}  recall {rc}  (tp {d['tp']} fp {d['fp']} fn {d['fn']} "
                f"tn {d['tn']}; not examined {d['not_examined']}"
                + (f"; misplaced {d['misplaced']}" if d.get("misplaced") else "")
                + ")"
            )
    if errors:
        out.append("")
        out.append(f"ERRORS / QUARANTINED: {len(errors)}")
        for e in errors[:20]:
            out.append(f"  {e['file']}: {e['status']} {str(e['error'])[:120]}")
    print("\n".join(out))

    if args.json_out:
        report = {
            "round": args.round,
            "split": args.split,
            "part": args.part,
            "items": len(truth),
            "missing_files": missing,
            "category": {
                "accuracy": acc,
                "macro_f1": macro,
                "per_class": per,
                "confusion": {w: dict(conf[w]) for w in CATEGORIES},
            },
            "fields": {
                cat: {k: {"correct": v[0], "total": v[1]} for k, v in keys.items()}
                for cat, keys in field_stats.items()
            },
            "fields_all": {"correct": total_ok, "total": total_n},
            "law_enforcement": {
                "genuine": len(gen),
                "genuine_verified": len(gen_ok),
                "forged": len(forged),
                "forged_verified": len(forged_bad),
                "genuine_verdicts": dict(gen_dist),
                "forged_verdicts": dict(forged_dist),
                "forged_verified_files": [t["file"] for t in forged_bad],
            },
            "ink": ink if inked else None,
            "errors": errors,
            "misses": misses,
            "results": {t["file"]: _summary(results.get(str(t["_path"]))) for t in truth},
        }
        Path(args.json_out).write_text(
            json.dumps(report, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
        )
        print(f"[score] JSON written to {args.json_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
