#!/usr/bin/env python3
"""Check the material of blind round 15 itself, without the product: round 14's checker, copied as a tool (its
generic checks kept, the checks of round 14's own attack items replaced by round 15's).

For every mail listed in ``mail/material.json`` (what make_mail.py intended):

* DKIM: every DKIM-Signature is verified with dkimpy against ``world/zone.txt`` (never the network); the set of
  domains that pass must be the intended one; a forwarded message/rfc822 inside is verified too (``inner_dkim``);
* PDF signatures: each signed PDF attachment is validated with pyHanko against ``world/roots/root.pem`` only; the
  signer must be the intended certificate, the signed bytes intact, the coverage whole, the chain trusted;
* CAdES ``.p7m``/``.p7s``: validated with pyHanko's CMS validator against the same root;
* S/MIME: each multipart/signed part is verified with ``openssl cms -verify`` against the same root (none expected);
* every scored value of a genuine item is in its signed content's text (for an image-only signed scan: in the text
  drawn on it, and the PDF has no text layer);
* round 15: a seal made before the date its act bears; a case file of next year; an ordonanță reaching users its
  judge's approval excludes; a Mail-Followup-To outside DKIM; a case closed by clasare; a police officer signing a
  prosecutors' ordonanță; a signing time after arrival; two originals in one forward; a delegation order addressed to
  the police.

For the paper half (``paper/truth.jsonl`` and ``paper/material.json``): files, pages, fax encodings, TIFF tags,
registry numbers of genuine faxes, image-only PDFs, landscape pages for sideways scans, ink truth and ``ink_where``,
every scored value of a genuine letter drawn on its pages; round 15: each forged item's point (see check_paper).

Also checks truth.jsonl's shape and prints counts per category and split. Exit status 1 when anything differs from
the intention.
"""

from __future__ import annotations

import base64
import collections
import email
import email.policy
import email.utils
import hashlib
import io
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import dkim
from asn1crypto import cms
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore  # noqa: F401
from asn1crypto import pem, x509 as ax509

HERE = Path(__file__).resolve().parent
WORLD = HERE / "world"
IDENT = json.loads((WORLD / "identities.json").read_text(encoding="utf-8"))
SHA_TO_SIGNER = {v["sha256"]: k for k, v in IDENT["pki"]["signers"].items()}
if "tsa" in IDENT["pki"]:
    SHA_TO_SIGNER[IDENT["pki"]["tsa"]["sha256"]] = "tsa"


def load_zone() -> dict[bytes, bytes]:
    recs: dict[bytes, bytes] = {}
    for line in (WORLD / "zone.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\S+)\.\s+\d+\s+IN\s+TXT\s+(.*)$", line)
        if m:
            txt = "".join(re.findall(r'"([^"]*)"', m.group(2)))
            recs.setdefault(m.group(1).lower().encode() + b".", b"")
            recs[m.group(1).lower().encode() + b"."] = txt.encode()
    return recs


ZONE = load_zone()
TRUTH: dict = {}


def load_cnames() -> dict[bytes, bytes]:
    out = {}
    for line in (WORLD / "zone.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\S+)\s+\d+\s+IN\s+CNAME\s+(\S+)$", line)
        if m:
            out[m.group(1).lower().encode()] = m.group(2).lower().encode()
    return out


CNAMES = load_cnames()


def dnsfunc(name: bytes, timeout: int = 5) -> bytes | None:
    n = name.lower()
    if not n.endswith(b"."):
        n += b"."
    for _ in range(5):  # round 11: follow CNAMEs, as a resolver does
        if n in ZONE:
            return ZONE[n]
        if n not in CNAMES:
            return None
        n = CNAMES[n]
    return None


def dkim_pass_domains(raw: bytes) -> tuple[set[str], bool]:
    d = dkim.DKIM(raw)
    headers = [h for h in d.headers if h[0].lower() == b"dkim-signature"]
    ok: set[str] = set()
    has_l = False
    for i, (_, v) in enumerate(headers):
        dom = re.search(rb"\bd=([^;\s]+)", v).group(1).decode()
        has_l = has_l or bool(re.search(rb"(^|;)\s*l=", v))
        try:
            if dkim.DKIM(raw).verify(idx=i, dnsfunc=dnsfunc):
                ok.add(dom)
        except Exception as e:  # noqa: BLE001
            print("   dkim error", dom, e)
    return ok, has_l


def vc() -> ValidationContext:
    root = ax509.Certificate.load(pem.unarmor((WORLD / "roots" / "root.pem").read_bytes())[2])
    return ValidationContext(trust_roots=[root], allow_fetching=False, revocation_mode="soft-fail")


def check_pdf(data: bytes) -> list[dict]:
    out = []
    r = PdfFileReader(io.BytesIO(data))
    try:
        sigs = r.embedded_signatures
    except Exception as e:  # noqa: BLE001  (round 9: a /Sig dictionary whose /Contents is no CMS)
        return [{"signer": "unparseable", "error": str(e)[:80], "intact": False, "valid": False, "trusted": False,
                 "chain_trusted": False, "whole": False, "coverage": "NONE", "modification": None, "text": ""}]
    for sig in sigs:
        cert = sig.signer_cert
        sha = hashlib.sha256(cert.dump()).hexdigest()
        if sig.sig_object_type == "/DocTimeStamp":
            from pyhanko.sign.validation import validate_pdf_timestamp
            st = validate_pdf_timestamp(sig, validation_context=vc())
            out.append({"signer": SHA_TO_SIGNER.get(sha, sha[:12]), "intact": st.intact, "valid": st.valid,
                        "modification": None, "text": pdf_text(data), "chain_trusted": st.trusted,
                        "trusted": st.trusted, "whole": st.coverage.name == "ENTIRE_FILE",
                        "coverage": st.coverage.name, "timestamp": True})
            continue
        st = validate_pdf_signature(sig, vc())
        # the same with no key-usage rule: does the chain itself reach the root?
        loose = validate_pdf_signature(sig, vc(), key_usage_settings=KeyUsageConstraints(
            key_usage=set(), extd_key_usage=None, explicit_extd_key_usage_required=False,
            match_all_key_usages=False))
        out.append({"signer": SHA_TO_SIGNER.get(sha, sha[:12]), "intact": st.intact, "valid": st.valid,
                    "time": sig.self_reported_timestamp,
                    "modification": getattr(st.modification_level, "name", None), "text": pdf_text(data),
                    "chain_trusted": loose.trusted,
                    "trusted": st.trusted, "whole": st.coverage.name == "ENTIRE_FILE",
                    "coverage": st.coverage.name})
    return out


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(data)
    out = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    return re.sub(r"\s+", " ", out)


def raw_pdfs(raw: bytes) -> list[bytes]:
    """Every base64 application/pdf part in the raw bytes, in order (whatever boundary parameter is used)."""
    out = []
    for m in re.finditer(rb"Content-Type: application/pdf", raw):
        start = raw.index(b"\r\n\r\n", m.end()) + 4
        end = raw.find(b"\r\n--", start)
        out.append(base64.b64decode(raw[start:end]))
    return out


def norm(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFD", s.replace("ş", "ș").replace("ţ", "ț").replace("Ş", "Ș").replace("Ţ", "Ț"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).casefold()


def truth_in_text(fields: dict, txt: str) -> list[str]:
    """Values of a genuine item's truth that its signed PDF does not state (digits compared for phones/IBANs)."""
    t = norm(txt)
    digits = re.sub(r"\D", "", txt)
    miss = []
    vals = [fields.get("case_number"), fields.get("reference_number")] + list(fields.get("transactions") or [])
    vals += list(fields.get("requested_data") or [])
    undotted = re.sub(r"(?<=\d)\.(?=\d{3})", "", t)  # 1.204.557 is the number 1204557
    for v in vals:
        if v and norm(v) not in t and norm(v) not in undotted:
            miss.append(v)
    for sub in fields.get("subjects") or []:
        v = sub["value"]
        if sub["kind"] in ("phone",):
            d = re.sub(r"\D", "", v)
            d = d[2:] if d.startswith("40") else d
            if d not in digits:
                miss.append(v)
        elif sub["kind"] == "iban":
            if re.sub(r"\s", "", v).casefold() not in re.sub(r"\s", "", t):
                miss.append(v)
        elif norm(v) not in t:
            miss.append(v)
    return miss


def raw_signed_parts(raw: bytes) -> list[tuple[bytes, bytes]]:
    """(signed entity bytes, DER signature) of each multipart/signed, read from the raw bytes."""
    out = []
    for m in re.finditer(rb'multipart/signed;[^\r\n]*(?:\r\n[ \t][^\r\n]*)*', raw, re.I):
        hdr = m.group(0)
        if b"pgp-signature" in hdr:  # round 11: OpenPGP/MIME is checked apart
            continue
        b = re.search(rb'boundary="?([^";\r\n]+)"?', hdr)
        if not b:
            continue
        delim = b"--" + b.group(1)
        start = raw.index(delim + b"\r\n", m.end()) + len(delim) + 2
        end = raw.index(b"\r\n" + delim, start)
        entity = raw[start:end]
        sig_start = end + 2 + len(delim) + 2
        sig_end = raw.index(b"\r\n" + delim + b"--", sig_start)
        sig_part = raw[sig_start:sig_end]
        body = sig_part.split(b"\r\n\r\n", 1)[1]
        out.append((entity, base64.b64decode(body)))
    return out


def check_smime(raw: bytes) -> list[dict]:
    res = []
    for entity, der in raw_signed_parts(raw):
        info = cms.ContentInfo.load(der)
        sd = info["content"]
        sid = sd["signer_infos"][0]["sid"]
        signer = None
        for c in sd["certificates"]:
            cc = c.chosen
            if cc.issuer == sid.chosen["issuer"] and cc.serial_number == sid.chosen["serial_number"].native:
                signer = SHA_TO_SIGNER.get(hashlib.sha256(cc.dump()).hexdigest())
        with tempfile.TemporaryDirectory() as td:
            Path(td, "c").write_bytes(entity)
            Path(td, "s").write_bytes(der)
            p = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", f"{td}/s",
                                "-content", f"{td}/c", "-CAfile", str(WORLD / "roots" / "root.pem"),
                                "-purpose", "any", "-out", "/dev/null"], capture_output=True, text=True)
        res.append({"signer": signer, "verified": p.returncode == 0, "err": p.stderr.strip()[-120:]})
    return res


def check_cades(raw: bytes, over: dict | None = None) -> list[dict]:
    """Every .p7s / .p7m attachment: signer, intact, trusted; the signed content's text (PDF)."""
    import asyncio
    from pyhanko.sign.validation.generic_cms import async_validate_cms_signature, async_validate_detached_cms

    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    files = {}
    for part in msg.walk():
        fn = part.get_filename()
        if fn and not part.is_multipart():
            files[fn] = part.get_payload(decode=True)
    out = []
    for fn, data in files.items():
        if not fn.lower().endswith((".p7s", ".p7m")) or fn.lower() == "smime.p7s":  # S/MIME: check_smime
            continue
        if not data[:1] == b"\x30":
            data = base64.b64decode(data)
        sd = cms.ContentInfo.load(data)["content"]
        sha = None
        for c in sd["certificates"]:
            cc = c.chosen
            sid = sd["signer_infos"][0]["sid"].chosen
            if cc.issuer == sid["issuer"] and cc.serial_number == sid["serial_number"].native:
                sha = hashlib.sha256(cc.dump()).hexdigest()
        if fn.lower().endswith(".p7s"):
            content = files.get((over or {}).get(fn) or fn[:-4])
            st = asyncio.run(async_validate_detached_cms(content or b"", sd, signer_validation_context=vc()))
            detached = True
        else:
            content = sd["encap_content_info"]["content"].native
            st = asyncio.run(async_validate_cms_signature(sd, validation_context=vc()))
            detached = False
        txt = ""
        try:
            txt = pdf_text(content) if content and st.intact else ""
        except Exception:  # noqa: BLE001
            pass
        out.append({"file": fn, "signer": SHA_TO_SIGNER.get(sha, (sha or "?")[:12]), "detached": detached,
                    "intact": st.intact, "valid": bool(st.intact and st.valid), "trusted": st.trusted, "text": txt})
    return out


def check_paper() -> int:
    """The paper half: files, pages, fax encoding/size/dpi/tags, image-only PDFs, registry numbers of genuine
    faxes, truth shape and ink, scored values of genuine letters in the text drawn on their pages; counts."""
    from PIL import Image
    import pypdfium2 as pdfium
    tpath = HERE / "paper" / "truth.jsonl"
    if not tpath.exists():
        print("\npaper: no truth.jsonl yet")
        return 0
    drawn = json.loads((HERE / "paper" / "material.json").read_text(encoding="utf-8"))
    auths = json.loads((WORLD / "authorities.json").read_text(encoding="utf-8"))

    def e164(x: str) -> str:
        d = re.sub(r"[^\d+]", "", x)
        return d if d.startswith("+") else ("+" + d if d.startswith("40") else "+40" + d[1:])
    reg_fax = {e164(f): a["name"] for a in auths for f in a["fax_numbers"]}
    bad = 0
    counts: collections.Counter = collections.Counter()
    print("\npaper:")
    for line in tpath.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        probs = []
        for k in ("file", "split", "category", "fields", "genuine", "expect_verdict", "notes", "item", "ink",
                  "channel", "fax_number", "pages", "format"):
            if k not in rec:
                probs.append(f"truth key {k} missing")
        # round 11: where the ink is must agree with the ink flags
        wh = rec.get("ink_where")
        if wh is None:
            probs.append("truth key ink_where missing")
        else:
            for kind, flag in (("signature", "signature"), ("stamp", "stamp")):
                if rec["ink"][flag] != any(w["kind"] == kind and w["ink"] for w in wh):
                    probs.append(f"ink_where disagrees with ink.{flag}")
            if any(not (1 <= (w["page"] or 0) <= rec["pages"]) for w in wh):
                probs.append("ink_where names a page that is not there")
        f = HERE / rec["file"]
        if not f.exists():
            probs.append("file missing")
        elif f.suffix == ".pdf":
            doc = pdfium.PdfDocument(str(f))
            if len(doc) != rec["pages"]:
                probs.append(f"{len(doc)} pages != {rec['pages']}")
            if any(doc[i].get_textpage().get_text_range().strip() for i in range(len(doc))):
                probs.append("PDF has a text layer")
        else:
            im = Image.open(f)
            n = getattr(im, "n_frames", 1)
            if n != rec["pages"]:
                probs.append(f"{n} pages != {rec['pages']}")
            if rec["channel"] == "fax":
                comp = im.info.get("compression")
                dpi = tuple(round(float(v)) for v in im.info.get("dpi", (0, 0)))
                tags = " ".join(str(im.tag_v2.get(t, "")) for t in (269, 270, 315))
                if comp not in ("group3", "group4") or im.mode != "1" or im.width != 1728 or dpi[0] != 204 \
                        or dpi[1] not in (98, 196):
                    probs.append(f"fax encoding {comp} {im.mode} {im.width} {dpi}")
                if rec["fax_number"] and rec["fax_number"].lstrip("+")[-9:] not in re.sub(r"\D", "", tags):
                    probs.append(f"fax number {rec['fax_number']} not in the TIFF tags {tags!r}")
        # ---- round 12/14: a page put on the scanner on its side lies landscape
        if drawn[rec["file"]].get("rotate") in (90, 270) and f.exists() and f.suffix != ".pdf":
            im_ = Image.open(f)
            if im_.width <= im_.height:
                probs.append("rotated on its side but not landscape")
        # ---- round 15 checks
        rings = drawn[rec["file"]].get("rings", [])
        text_ = drawn[rec["file"]]["text"]
        wh = rec.get("ink_where") or []
        sigs_ = [w for w in wh if w["kind"] == "signature" and w["ink"]]
        stamps_ = [w for w in wh if w["kind"] == "stamp" and w["ink"]]
        if rec["item"] == "f_ink_on_drafter_line_chief_unsigned":
            if not (len(sigs_) == 1 and stamps_ and "Întocmit: agent-șef principal Gavra Nicolae" in text_
                    and (sigs_[0]["box_mm"][1] + sigs_[0]["box_mm"][3]) / 2
                    > (stamps_[0]["box_mm"][1] + stamps_[0]["box_mm"][3]) / 2 + 12):
                probs.append("drafter: the only signature is not on the drafter's line below the chief's block")
        if rec["item"] == "f_moldovan_police_die_on_romanian_letter":
            if not (len(rings) == 1 and "REPUBLICA MOLDOVA" in rings[0] and "ROMÂN" not in rings[0]
                    and "INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI" in text_):
                probs.append(f"moldovan die: {rings}")
        if rec["item"] == "f_pages_from_two_fax_machines":
            hs = drawn[rec["file"]].get("fax_headers") or []
            if not (len(hs) == 2 and "722 618 404" in hs[0] and "241 576 144" in hs[1]
                    and e164("+40 722 618 404") not in reg_fax and rec["fax_number"] in reg_fax
                    and all(w["page"] == 2 for w in wh)):
                probs.append(f"two fax machines: headers {hs}")
        if rec["item"] == "f_answer_to_parcel_locker":
            if "easybox" not in text_ or "cod de ridicare" not in text_ or rec["fax_number"] not in reg_fax:
                probs.append("parcel locker: not in the letter, or not from a registry fax")
        if rec["item"] == "f_jdl_approval_box_left_empty":
            if not ("ÎNCUVIINȚAT" in text_ and "Numele: ______" in text_ and len(sigs_) == 1 and len(stamps_) == 1
                    and "art. 152" in text_):
                probs.append("approval box: not empty, or more ink than the prosecutor's")
        if rec["item"] == "f_stamp_only_on_blank_back":
            if not (rec["pages"] == 2 and [w["page"] for w in sigs_] == [1] and [w["page"] for w in stamps_] == [2]):
                probs.append("blank back: signature and stamp not on pages 1 and 2")
        if rec["category"] == "law_enforcement" and rec["genuine"]:
            if rec["channel"] == "fax" and rec["fax_number"] not in reg_fax:
                probs.append(f"genuine fax from {rec['fax_number']}, not a registry number")
            if not (rec["ink"]["signature"] and rec["ink"]["stamp"]):
                probs.append("genuine paper letter without signature and stamp")
            miss = truth_in_text(rec["fields"], drawn[rec["file"]]["text"])
            if miss:
                probs.append(f"truth values not drawn on the pages: {miss}")
        g = "" if rec["category"] != "law_enforcement" else ("/genuine" if rec["genuine"] else "/forged")
        counts[(rec["category"] + g, rec["split"])] += 1
        print(f"{'OK ' if not probs else 'BAD'} {rec['file']:<22} {rec['item']:<26} {rec['category'] + g:<24} "
              f"{rec['split']:<5} {rec['format']:<26} ink={int(rec['ink']['signature'])}{int(rec['ink']['stamp'])} "
              f"fax={rec['fax_number'] or '-'}")
        for p_ in probs:
            print("     ", p_)
        bad += bool(probs)
    print("\npaper category               dev  blind")
    for cat in sorted({c for c, _ in counts}):
        print(f"{cat:<28} {counts[(cat, 'dev')]:>4} {counts[(cat, 'blind')]:>6}")
    return bad


def main() -> int:
    import logging
    logging.disable(logging.CRITICAL)  # pyHanko logs every untrusted path with a traceback
    material = json.loads((HERE / "mail" / "material.json").read_text(encoding="utf-8"))
    global TRUTH
    TRUTH = {json.loads(x)["file"]: json.loads(x) for x in
             (HERE / "mail" / "truth.jsonl").read_text(encoding="utf-8").splitlines()}
    bad = 0
    for fname, want in material.items():
        raw = (HERE / fname).read_bytes()
        problems = []
        ok, has_l = dkim_pass_domains(raw)
        if ok != set(want.get("dkim", [])):
            problems.append(f"dkim pass {sorted(ok)} != {want.get('dkim')}")
        sigs = re.findall(rb"^DKIM-Signature:(.*?)\r\n(?![ \t])", raw.split(b"\r\n\r\n", 1)[0] + b"\r\n",
                          re.M | re.S)
        if want.get("dkim_selector"):
            sels = {re.sub(rb"\s", b"", re.search(rb"\bs=([^;]+)", v).group(1)).decode() for v in sigs}
            if sels != {want["dkim_selector"]}:
                problems.append(f"dkim selectors {sels} != {want['dkim_selector']}")
            rec = ZONE.get(f"{want['dkim_selector']}._domainkey.{want['dkim'][0]}.".encode(), b"")
            if b"t=y" not in rec:
                problems.append("selector not in testing mode (t=y)")
        for hname in want.get("unsigned_headers", []):
            covered = any(hname.encode() in re.sub(rb"\s", b"", re.search(rb"\bh=([^;]+)", v).group(1)).lower().split(b":")
                          for v in sigs)
            present = re.search(rb"^" + hname.encode() + rb":", raw.split(b"\r\n\r\n", 1)[0], re.M | re.I)
            if covered or not present:
                problems.append(f"header {hname} present={bool(present)} covered by DKIM={covered}")
        if want.get("dkim_l") and not has_l:
            problems.append("no l= tag")
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        if want.get("inner_dkim"):
            # the forwarded message's exact bytes, as they sit between the outer boundaries
            bnd = msg.get_boundary().encode()
            inner_ok = set()
            for chunk in raw.split(b"\r\n--" + bnd):
                if b"message/rfc822" in chunk.split(b"\r\n\r\n", 1)[0]:
                    inner_ok |= dkim_pass_domains(chunk.split(b"\r\n\r\n", 1)[1])[0]
            if inner_ok != set(want["inner_dkim"]):
                problems.append(f"inner dkim {sorted(inner_ok)} != {want['inner_dkim']}")
        pdfs = []
        for data in raw_pdfs(raw):
            pdfs += check_pdf(data)
        cds = check_cades(raw, {c["file"]: c["over"] for c in want.get("cades", []) if c.get("over")})
        if want.get("appended"):
            for data in raw_pdfs(raw):
                first = data[:data.index(b"%PDF-", 10)]
                got = check_pdf(first)
                if not (len(got) == 1 and got[0]["signer"] == want["appended"]["signer"] and got[0]["intact"]
                        and got[0]["whole"] and got[0]["trusted"]):
                    problems.append(f"appended: first document's signature {got}")
                import pypdfium2 as pdfium
                if "Prev" in data[data.index(b"%PDF-", 10):].decode("latin-1") or \
                        len(pdfium.PdfDocument(data)) != 1:
                    problems.append("appended: /Prev in the second document or page count")
        if want.get("genuine") and (want.get("scan_text") or want.get("signed_text")):
            miss = truth_in_text(TRUTH[fname]["fields"], want.get("scan_text") or want.get("signed_text"))
            if miss:
                problems.append(f"truth values not in the scan/signed text: {miss}")
        if want.get("scan_text") and any(p["text"].strip() for p in pdfs):
            problems.append("the signed scan has a text layer")
        if want.get("genuine") and (pdfs or cds) and not want.get("scan_text"):
            miss = truth_in_text(TRUTH[fname]["fields"], " ".join(p["text"] for p in pdfs + cds))
            if miss:
                problems.append(f"truth values not in the signed PDF text: {miss}")
        want_pdf = want.get("pdf", [])
        if "pdf" in want:
            if len(pdfs) != len(want_pdf):
                problems.append(f"{len(pdfs)} signed PDF(s), expected {len(want_pdf)}")
            for got, exp in zip(pdfs, want_pdf):
                trusted_exp = exp.get("trusted", True) and exp.get("intact", True)
                if got["signer"] != exp["signer"]:
                    problems.append(f"pdf signer {got['signer']} != {exp['signer']}")
                if got["intact"] != exp.get("intact", True):
                    problems.append(f"pdf signature intact={got['intact']}, expected {exp.get('intact', True)}")
                if got["whole"] != exp["whole"]:
                    problems.append(f"pdf coverage {got['coverage']} (whole expected {exp['whole']})")
                if got["modification"] not in (None, "NONE") and exp["whole"]:
                    problems.append(f"pdf modified after signing: {got['modification']}")
                if "chain_trusted" in exp and got["chain_trusted"] != exp["chain_trusted"]:
                    problems.append(f"pdf chain trusted={got['chain_trusted']}, expected {exp['chain_trusted']}")
                if bool(got["trusted"] and got["valid"]) != trusted_exp:
                    problems.append(f"pdf trusted={got['trusted']} valid={got['valid']}, expected {trusted_exp}")
        if want.get("decoy_first"):
            for data in raw_pdfs(raw):
                r = PdfFileReader(io.BytesIO(data))
                for sig in r.embedded_signatures:
                    first = sig.signed_data["certificates"][0].chosen
                    if SHA_TO_SIGNER.get(hashlib.sha256(first.dump()).hexdigest()) != want["decoy_first"]:
                        problems.append("decoy certificate is not first in the CMS")
                    if SHA_TO_SIGNER.get(hashlib.sha256(sig.signer_cert.dump()).hexdigest()) == want["decoy_first"]:
                        problems.append("decoy certificate is the signer")
        if want.get("md"):
            for data in raw_pdfs(raw):
                for sig in PdfFileReader(io.BytesIO(data)).embedded_signatures:
                    if sig.md_algorithm != want["md"]:
                        problems.append(f"digest {sig.md_algorithm} != {want['md']}")
        if want.get("b64_two"):
            m = re.search(rb"Content-Type: application/pdf.*?\r\n\r\n(.*?)\r\n--", raw, re.S)
            b64 = re.sub(rb"\s", b"", m.group(1))
            short = base64.b64decode(b64)  # Python's decoder stops at the padding
            cont = b"".join(base64.b64decode(q + b"=" * (-len(q) % 4)) for q in re.split(rb"=+", b64) if q)
            if len(cont) - len(short) != want["b64_two"]["tail"]:
                problems.append(f"two readings differ by {len(cont) - len(short)} bytes")
            cs = check_pdf(cont)
            if not cs or cs[0]["whole"] or not cs[0]["intact"]:
                problems.append(f"the long reading should be a sealed PDF with a later revision: {cs}")
            import pypdfium2 as pdfium
            if "COMPLETARE" not in pdf_text(cont) or "COMPLETARE" in pdf_text(short):
                problems.append("the added revision's text is not where it should be")
        if "dkim" in want and not want["dkim"] and b"DKIM-Signature:" in raw and want.get("genuine") is False \
                and "antivirus" in want["item"] and not ok:
            pass  # a DKIM signature is present and fails, as intended
        if want.get("twin"):
            import asyncio
            from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
            tw = want["twin"]
            same = [pt.get_payload(decode=True) for pt in msg.walk() if pt.get_filename() == tw["name"]]
            p7 = [pt.get_payload(decode=True) for pt in msg.walk() if pt.get_filename() == tw["name"] + ".p7s"]
            sd = cms.ContentInfo.load(p7[0])["content"]
            res = [bool(asyncio.run(async_validate_detached_cms(c, sd, signer_validation_context=vc())).intact)
                   for c in same]
            signer = SHA_TO_SIGNER.get(hashlib.sha256(sd["certificates"][0].chosen.dump()).hexdigest())
            if res != tw["matches"] or signer != tw["signer"]:
                problems.append(f"twin: p7s matches {res} (want {tw['matches']}), signer {signer}")
            cds = [c for c in cds if c["file"] != tw["name"] + ".p7s"]
        if want.get("hidden_text"):
            txt = " ".join(p["text"] for p in pdfs)
            for v in want["hidden_text"]:
                if v not in txt:
                    problems.append(f"hidden text {v} not in the signed text layer")
        if want.get("dkim_selector_weak"):
            dom = re.search(rb"\bd=([^;\s]+)", sigs[0]).group(1).decode()
            rec = ZONE.get(f"{want['dkim_selector_weak']}._domainkey.{dom}.".encode(), b"")
            from cryptography.hazmat.primitives.serialization import load_der_public_key
            k = load_der_public_key(base64.b64decode(re.search(rb"p=([A-Za-z0-9+/=]+)", rec).group(1)))
            if k.key_size >= 1024:
                problems.append(f"weak selector key has {k.key_size} bits")
        if want.get("pages"):
            import pypdfium2 as pdfium
            for data in raw_pdfs(raw):
                if len(pdfium.PdfDocument(data)) != want["pages"]:
                    problems.append("page count")
        if want.get("auto_submitted") and not msg.get("Auto-Submitted"):
            problems.append("no Auto-Submitted header")
        # ---- round 15 checks
        txt = " ".join(p["text"] for p in pdfs)
        arrival = email.utils.parsedate_to_datetime(
            msg.get_all("Received")[0].split(";")[-1].split("(")[0].strip())
        import datetime as dt_
        if want.get("signed_before"):
            signed, dated = want["signed_before"]
            st_ = pdfs[0]["time"] if pdfs else None
            d_ = dt_.datetime.strptime(dated, "%d.%m.%Y").date()
            if not (st_ and st_.date().isoformat() == signed and st_.date() < d_ < arrival.date() and dated in txt):
                problems.append(f"signed before: signing {st_}, dated {d_}, arrival {arrival}")
        if want.get("future_case"):
            if want["future_case"] not in txt or not want["future_case"].endswith(str(arrival.year + 1)):
                problems.append("future case: not in the letter or not next year's")
        if want.get("approval_scope"):
            a_, b_ = want["approval_scope"]
            rec_, _, op_ = txt.partition("DISPUN")
            if not ("exclusiv" in rec_ and a_ in rec_ and b_ not in rec_ and a_ in op_ and b_ in op_):
                problems.append("approval scope: recital/operative part not as intended")
        if want.get("closed") and "s-a dispus clasarea" not in txt:
            problems.append("closed: the letter does not say the case was closed")
        if want.get("police_signs"):
            if "procuror" in txt.lower() or "Comisar de poliție" not in txt or "ORDONANȚĂ" not in txt:
                problems.append("police signs: a prosecutor is named, or no police officer, or no ordonanță")
        if want.get("signed_after"):
            st_ = pdfs[0]["time"] if pdfs else None
            if not (st_ and st_.date().isoformat() == want["signed_after"] and st_ > arrival):
                problems.append(f"signed after arrival: signing {st_}, arrival {arrival}")
        if want.get("delegation"):
            if "DELEGARE" not in txt or "Către: I.P.J. Cluj" not in txt or "OKAZII ONLINE" in txt:
                problems.append("delegation: not addressed to the police, or names us")
        if want.get("inner_dkim") and len(want["inner_dkim"]) > 1:
            n_enc = sum(1 for pt in msg.walk() if pt.get_content_type() == "message/rfc822")
            if n_enc != len(want["inner_dkim"]):
                problems.append(f"{n_enc} enclosed messages")
        want_c = want.get("cades", [])
        if len(cds) != len(want_c):
            problems.append(f"{len(cds)} CAdES file(s), expected {len(want_c)}")
        for got, exp in zip(sorted(cds, key=lambda c: c["file"]), sorted(want_c, key=lambda c: c["file"])):
            if (got["file"], got["signer"], got["detached"]) != (exp["file"], exp["signer"], exp["detached"]):
                problems.append(f"cades {got['file']} {got['signer']} detached={got['detached']} != {exp}")
            if exp.get("valid", True) != bool(got["valid"] and got["trusted"]):
                problems.append(f"cades intact={got['intact']} valid={got['valid']} trusted={got['trusted']}, "
                                f"expected valid={exp.get('valid', True)}")
        if want.get("genuine") and not (pdfs or cds or want.get("smime") or want.get("scan_text")):
            problems.append("genuine item without any signature")
        sm = check_smime(raw)
        if want.get("smime"):
            if not sm or sm[0]["signer"] != want["smime"] or not sm[0]["verified"]:
                problems.append(f"smime {sm}")
        elif sm:
            problems.append(f"unexpected smime {sm}")
        status = "OK " if not problems else "BAD"
        bad += bool(problems)
        pdf_s = ", ".join(f"{p['signer']}{'' if p['whole'] else ' (partial, ' + str(p['modification']) + ')'}"
                          f"{' trusted' if p['trusted'] and p['valid'] else ' untrusted'}" for p in pdfs) or "-"
        sm_s = ", ".join(f"{s['signer']} {'ok' if s['verified'] else 'FAIL'}" for s in sm) or "-"
        cd_s = ", ".join(f"{c['signer']}{' p7s' if c['detached'] else ' p7m'}"
                         f"{' trusted' if c['valid'] and c['trusted'] else ' NOT-VALID'}" for c in cds) or "-"
        print(f"{status} {fname} {want['item']:<38} genuine={want['genuine']!s:<5} dkim={','.join(sorted(ok)) or '-'}"
              f"{' l=' if has_l else ''} pdf=[{pdf_s}] cades=[{cd_s}] smime=[{sm_s}]")
        for p in problems:
            print("     ", p)

    # truth shape and counts
    counts: collections.Counter = collections.Counter()
    keys = ["file", "split", "category", "fields", "genuine", "expect_verdict", "notes", "item"]
    for line in (HERE / "mail" / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        missing = [k for k in keys if k not in rec]
        if missing or not (HERE / rec["file"]).exists():
            print("BAD truth line", rec.get("file"), missing)
            bad += 1
        g = "" if rec["category"] != "law_enforcement" else ("/genuine" if rec["genuine"] else "/forged")
        counts[(rec["category"] + g, rec["split"])] += 1
    print("\ncategory                     dev  blind")
    for cat in sorted({c for c, _ in counts}):
        print(f"{cat:<28} {counts[(cat, 'dev')]:>4} {counts[(cat, 'blind')]:>6}")
    bad += check_paper()
    size = sum(p.stat().st_size for d in ("mail", "world", "paper") for p in (HERE / d).rglob("*")
               if p.is_file() and "__pycache__" not in p.parts)
    size += sum((HERE / f).stat().st_size for f in ("README.md", "make_world.py", "mailkit.py", "make_mail.py",
                                                     "selfcheck.py") if (HERE / f).exists())
    print(f"\nround15 size (mail, paper, world, scripts): {size / 1e6:.2f} MB; {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
