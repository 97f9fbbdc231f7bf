#!/usr/bin/env python3
"""Check the material itself, independently of the product: every .eml parses,
DKIM verifies (or fails) as the truth's notes intend, and every PDF signature
validates against world/roots (or not). Prints one line per message.

    .venv/bin/python bench/blind/round1/selfcheck.py
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import re
import sys
from pathlib import Path

import dkim

HERE = Path(__file__).resolve().parent
ZONE: dict[str, bytes] = {}
for line in (HERE / "world" / "zone.txt").read_text(encoding="utf-8").splitlines():
    m = re.match(r"^(\S+)\s+(?:\d+\s+)?IN\s+TXT\s+(.*)$", line)
    if m:
        ZONE[m.group(1).rstrip(".").lower()] = "".join(re.findall(r'"([^"]*)"', m.group(2))).encode()


def dnsfunc(name, timeout=5):
    n = name.decode() if isinstance(name, bytes) else name
    return ZONE.get(n.rstrip(".").lower())


def pdf_sig_status(data: bytes) -> str:
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    der = (HERE / "world" / "roots" / "root.pem").read_bytes()
    _, _, der = pem.unarmor(der)
    vc = ValidationContext(trust_roots=[x509.Certificate.load(der)], allow_fetching=False,
                           revocation_mode="soft-fail")
    r = PdfFileReader(io.BytesIO(data))
    if not r.embedded_signatures:
        return "unsigned"
    out = []
    for s in r.embedded_signatures:
        st = validate_pdf_signature(s, vc)
        cov = st.coverage.name if st.coverage else "?"
        out.append(f"{'trusted' if st.trusted else 'untrusted'}/{'intact' if st.intact else 'broken'}/{cov}/"
                   f"{st.signing_cert.subject.human_friendly[:60]}")
    return "; ".join(out)


def main() -> int:
    truth = [json.loads(x) for x in (HERE / "mail" / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    bad = 0
    for t in truth:
        raw = (HERE / t["file"]).read_bytes()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        d = "-"
        if b"DKIM-Signature:" in raw:
            crlf = raw if b"\r\n" in raw else raw.replace(b"\n", b"\r\n")
            d = "pass" if dkim.verify(crlf, dnsfunc=dnsfunc) else "FAIL"
        pdfs = [p.get_payload(decode=True) for p in m.walk() if p.get_content_type() == "application/pdf"]
        ps = " | ".join(pdf_sig_status(p) for p in pdfs) or "-"
        body = m.get_body(preferencelist=("plain", "html"))
        blen = len(body.get_content()) if body is not None else 0
        print(f"{t['file']:16} {t['category']:15} gen={str(t['genuine']):5} dkim={d:4} body={blen:5} pdf={ps}")
        if t["genuine"] and (d != "pass" or "trusted/intact" not in ps):
            bad += 1
            print("   ^^^ genuine item does not check out")
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
