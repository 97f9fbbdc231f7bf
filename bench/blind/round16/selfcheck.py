#!/usr/bin/env python3
"""Check the material of blind round 16 itself, without the product: round 15's checker, copied as a tool (its
generic checks kept, the checks of round 15's own attack items replaced by round 16's).

For every mail listed in ``mail/material.json`` (what make_mail.py intended):

* DKIM: every DKIM-Signature is verified with dkimpy against ``world/zone.txt`` (never the network); the set of
  domains that pass must be the intended one; no signature time (t=) after the mail's arrival or after today;
* PDF signatures: each signed PDF attachment is validated with pyHanko against ``world/roots/root.pem`` only; the
  signer must be the intended certificate, the signed bytes intact, the coverage whole (or, for the B-LTA letter,
  the seal followed by a /DSS and a trusted document time-stamp), the chain trusted;
* CAdES ``.p7m``/``.p7s``: validated with pyHanko's CMS validator against the same root (a base64-text .p7m too);
* S/MIME: each multipart/signed part and each OPAQUE application/pkcs7-mime signed-data part is verified with
  ``openssl cms -verify`` against the same root; the signed entity's text must hold the intended request;
* every scored value of a genuine item is in its signed content's text;
* round 16: an art. 152 order without the judge's approval; a TEST certificate with the seal's O and
  organizationIdentifier; the absent chief's certificate on his deputy's letter; a disciplinary (no criminal) file;
  a judge "of the prosecutors' office"; the police ordering funds frozen; S/MIME from another mailbox than the
  certificate's; a signing time before the certificate existed; a letter naming no person.

For the paper half (``paper/truth.jsonl`` and ``paper/material.json``): files, pages, fax encodings, TIFF tags,
registry numbers of genuine faxes, image-only PDFs, landscape pages for sideways scans, ink truth and ``ink_where``,
every scored value of a genuine letter drawn on its pages; round 16: each forged item's point (see check_paper).

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


def _openssl_verify(der: bytes, entity: bytes | None) -> tuple[bool, str, bytes]:
    with tempfile.TemporaryDirectory() as td:
        Path(td, "s").write_bytes(der)
        args = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", f"{td}/s",
                "-CAfile", str(WORLD / "roots" / "root.pem"), "-purpose", "any", "-out", f"{td}/o"]
        if entity is not None:
            Path(td, "c").write_bytes(entity)
            args += ["-content", f"{td}/c"]
        p = subprocess.run(args, capture_output=True, text=True)
        out = Path(td, "o").read_bytes() if Path(td, "o").exists() else b""
    return p.returncode == 0, p.stderr.strip()[-120:], out


def _cms_signer(der: bytes):
    sd = cms.ContentInfo.load(der)["content"]
    sid = sd["signer_infos"][0]["sid"]
    for c in sd["certificates"]:
        cc = c.chosen
        if cc.issuer == sid.chosen["issuer"] and cc.serial_number == sid.chosen["serial_number"].native:
            return SHA_TO_SIGNER.get(hashlib.sha256(cc.dump()).hexdigest()), cc
    return None, None


def _entity_text(entity: bytes) -> str:
    m = email.message_from_bytes(entity, policy=email.policy.compat32)
    out = []
    for p in m.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8"))
    return "\n".join(out)


def check_smime(raw: bytes) -> list[dict]:
    res = []
    for entity, der in raw_signed_parts(raw):
        signer, cert = _cms_signer(der)
        ok, err, _ = _openssl_verify(der, entity)
        res.append({"signer": signer, "verified": ok, "err": err, "text": _entity_text(entity), "cert": cert,
                    "opaque": False})
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in msg.walk():  # round 16: opaque signed-data (the entity inside the CMS)
        if part.get_content_type() in ("application/pkcs7-mime", "application/x-pkcs7-mime") and \
                "signed-data" in (part.get_param("smime-type") or ""):
            der = part.get_payload(decode=True)
            signer, cert = _cms_signer(der)
            ok, err, entity = _openssl_verify(der, None)
            res.append({"signer": signer, "verified": ok, "err": err, "text": _entity_text(entity), "cert": cert,
                        "opaque": True})
    return res


def cert_email(cert) -> str | None:
    try:
        for g in cert["tbs_certificate"]["extensions"]:
            if g["extn_id"].native == "subject_alt_name":
                for n in g["extn_value"].parsed:
                    if n.name == "rfc822_name":
                        return n.native
    except Exception:  # noqa: BLE001
        pass
    return None


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
        if not fn.lower().endswith((".p7s", ".p7m")) or fn.lower() in ("smime.p7s", "smime.p7m"):  # S/MIME
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


def paper_item_checks(rec, d, text_, rings, sigs_, stamps_, reg_fax, e164) -> list[str]:
    """Round 16: the point of each forged paper item, and a few genuine layouts."""
    import datetime as dt_
    out: list[str] = []
    item = rec["item"]

    def inside(w, box):
        cx, cy = (w["box_mm"][0] + w["box_mm"][2]) / 2, (w["box_mm"][1] + w["box_mm"][3]) / 2
        return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]
    if item == "f_ink_on_a_sticky_note":
        nb = (d.get("extra") or {}).get("note_box")
        if not (nb and sigs_ and stamps_ and all(inside(w, nb) for w in sigs_ + stamps_)
                and "Crișan Vlad" in text_ and "Aprobat," in d.get("handwritten", [])):
            out.append("sticky note: some ink is not on the note, or no note")
    if item == "f_fax_relayed_from_a_phone_fax_app":
        rh = d.get("relay_headers") or []
        if not (rh and all("771 305 662" in h for h in rh) and e164("+40 771 305 662") not in reg_fax
                and rec["fax_number"] in reg_fax):
            out.append(f"relayed fax: {rh}")
        if not (rh and rh[0][:10] == "03/12/2026" and (d.get("fax_header") or "").startswith("04-DEC-2026")):
            out.append("relayed fax: the inner transmission is not the earlier one")
    if item == "f_prosecutor_orders_after_indictment":
        if not ("rechizitoriul din 14.10.2026" in text_ and "trimiterea în judecată" in text_ and "DISPUN:" in text_
                and rec["fax_number"] in reg_fax and "Parchetul de pe lângă Tribunalul Galați" == reg_fax[rec["fax_number"]]):
            out.append("after indictment: not stated, or not from the office's registry fax")
    if item == "f_ridicare_after_the_preservation_term_expired":
        start = dt_.date(2026, 8, 10)
        if not ("pe o durată de 90 de zile" in text_ and "10.08.2026" in text_ and "nu a fost prelungită" in text_
                and "art. 154 alin. (7)" in text_ and "Sibiu, 01.12.2026" in text_
                and start + dt_.timedelta(days=90) < dt_.date(2026, 12, 1)):
            out.append("preservation: the term is not over at the order's date")
    if item == "f_english_language_die":
        if not (len(rings) == 1 and "ROMANIAN POLICE" in rings[0]
                and not re.search(r"POLIȚI|INSPECTORAT|MINISTERUL|ROMÂNIA", rings[0])
                and "INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ" in text_):
            out.append(f"english die: {rings}")
    if item == "f_signed_in_pencil":
        if not (d.get("pens") == ["pencil_grey"] and len(stamps_) == 1):
            out.append(f"pencil: pens {d.get('pens')}")
    if item == "g_diicot_st_bacau_fax_cover_sheet_then_ordonanta":
        if not (rec["pages"] == 3 and all(w["page"] == 3 for w in sigs_ + stamps_) and "F A X" in text_):
            out.append("cover sheet: ink not only on page 3, or no cover sheet")
    if item == "g_beius_two_page_colour_pdf_initials_p1_serif_ring":
        if not (sorted(w["page"] for w in sigs_) == [1, 2] and [w["page"] for w in stamps_] == [2]):
            out.append("Beiuș: initials on page 1 and signature and stamp on page 2 expected")
    if item == "g_ca_bacau_png_colour_judge_and_clerk_stamp_between":
        if not (len(sigs_) == 2 and len(stamps_) == 1):
            out.append("court: two signatures and one stamp expected")
    if item == "g_medias_registered_unit_g4_fine_numbered_stamp":
        if reg_fax.get(rec["fax_number"]) != "Poliția Municipiului Mediaș":
            out.append("Mediaș: not from the unit's own registry fax")
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
        # ---- round 16 checks
        rings = drawn[rec["file"]].get("rings", [])
        text_ = drawn[rec["file"]]["text"]
        wh = rec.get("ink_where") or []
        sigs_ = [w for w in wh if w["kind"] == "signature" and w["ink"]]
        stamps_ = [w for w in wh if w["kind"] == "stamp" and w["ink"]]
        probs += paper_item_checks(rec, drawn[rec["file"]], text_, rings, sigs_, stamps_, reg_fax, e164)
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
        # ---- round 16 checks
        txt = " ".join(p["text"] for p in pdfs)
        arrival = email.utils.parsedate_to_datetime(
            msg.get_all("Received")[0].split(";")[-1].split("(")[0].strip())
        import datetime as dt_
        for v in sigs:  # no DKIM signature made after the mail arrived, or after the day the material was written
            tm = re.search(rb"\bt=(\d+)", v)
            if tm and int(tm.group(1)) > min(arrival.timestamp(), dt_.datetime(2026, 12, 7, tzinfo=dt_.UTC).timestamp()):
                problems.append("DKIM t= after arrival or in the future")
        if arrival >= dt_.datetime(2026, 12, 7, tzinfo=dt_.UTC):
            problems.append("arrival not before 07.12.2026")
        if want.get("no_approval"):
            if not ("art. 152" in txt and "fără aprobarea prealabilă a judecătorului de drepturi și libertăți" in txt
                    and "încheierea" not in txt):
                problems.append("no approval: not an art. 152 order stating it has no judge's approval")
        if want.get("test_cert"):
            from asn1crypto import pem as apem, x509 as ax5
            c_ = ax5.Certificate.load(apem.unarmor((WORLD / IDENT["pki"]["signers"][want["test_cert"]]["cert"])
                                                   .read_bytes())[2])
            real = IDENT["pki"]["signers"]["seal_ipj_ms"]
            exts = {e["extn_id"].dotted for e in c_["tbs_certificate"]["extensions"]}
            subj = c_.subject.native
            if "1.3.6.1.5.5.7.1.3" in exts or "TEST" not in subj.get("common_name", "") or \
                    subj.get("organization_name") != real["organization"] or \
                    subj.get("organization_identifier") != real["organization_identifier"]:
                problems.append("test certificate: QC statements present, no TEST, or another O/orgid")
        if want.get("item") == "f_absent_chiefs_token_signs_his_deputys_letter":
            if not ("concediu" in txt and "Roman Bogdan-Ștefan" in txt and "Tănase Ovidiu-Mihai" in txt
                    and pdfs and pdfs[0]["signer"] == "pers_bc_tanase"):
                problems.append("absent chief: not his certificate, or the letter does not say he is away")
        if want.get("disciplinary"):
            if "cercetare disciplinară" not in txt or re.search(r"\d+/P/20\d\d", txt):
                problems.append("disciplinary: not a disciplinary file, or a criminal case is named")
        if want.get("jdl_in_parchet"):
            if "judecătorului de drepturi și libertăți din cadrul Parchetului" not in txt:
                problems.append("jdl in parchet: the approval is not placed in the prosecutors' office")
        if want.get("freeze"):
            if "indisponibilizarea" not in txt or "art. 249" not in txt or "procuror" in txt.lower():
                problems.append("freeze: no freezing order by the police alone")
        if want.get("signed_before_cert"):
            nb = dt_.datetime.fromisoformat(IDENT["pki"]["signers"][pdfs[0]["signer"]]["not_before"]) if pdfs else None
            real = IDENT["pki"]["signers"]["seal_ipj_ag"]
            me = IDENT["pki"]["signers"][pdfs[0]["signer"]] if pdfs else {}
            if not (pdfs and pdfs[0]["time"] and pdfs[0]["time"] < nb and
                    (me.get("organization"), me.get("organization_identifier")) ==
                    (real["organization"], real["organization_identifier"]) and "26.11.2026" in txt):
                problems.append("signed before certificate: the signing time is not before its notBefore")
        if want.get("nobody"):
            if re.search(r"(?i)\b(comisar|inspector|procuror|agent|director|șef|sef|subcomisar|chestor)\b", txt):
                problems.append("nobody: a person or function is named")
        if want.get("item") == "g_dna_pades_b_lta_dss_and_document_timestamp":
            import pypdfium2 as pdfium  # noqa: F401
            data_ = raw_pdfs(raw)[0]
            if b"/DSS" not in data_ or not any(p.get("timestamp") and p["trusted"] for p in pdfs):
                problems.append("B-LTA: no /DSS or no trusted document time-stamp")
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
                problems.append(f"smime {[{k: v for k, v in s.items() if k != 'cert'} for s in sm]}")
            elif want.get("signed_text") and norm(want["signed_text"]).strip() not in norm(sm[0]["text"]):
                problems.append("smime: the signed entity does not hold the intended text")
            if bool(want.get("smime_opaque")) != bool(sm and sm[0]["opaque"]):
                problems.append("smime: opaque/detached not as intended")
            mail_from = email.utils.parseaddr(msg["From"])[1].lower()
            em = (cert_email(sm[0]["cert"]) or "").lower() if sm else ""
            if want.get("smime_other_mailbox"):
                if not em or em == mail_from or em.split("@")[1] != mail_from.split("@")[1]:
                    problems.append(f"smime other mailbox: certificate {em} vs From {mail_from}")
            elif em != mail_from:
                problems.append(f"smime: certificate address {em} is not the From {mail_from}")
        elif sm:
            problems.append("unexpected smime")
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
    print(f"\nround16 size (mail, paper, world, scripts): {size / 1e6:.2f} MB; {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
