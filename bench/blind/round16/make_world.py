#!/usr/bin/env python3
"""Build the self-contained trust world of blind round 16.

Round 15's make_world.py, copied as a tool, with a new world: a new root ("Round16 Test Qualified Root CA", TSP
"Carpați-Dunărea Trust Services Test SRL") and issuing CA, new keys, new DKIM keys and other authorities: IGPR as the
parent of the county inspectorates of Argeș (a seal, renewed on 01.12.2026: both certificates carry the same O and
organizationIdentifier), Bacău (two officers' personal certificates), Mureș (a seal; also a TEST certificate with the
seal's O and organizationIdentifier issued by the same CA), Sibiu (whose town police of Mediaș is a registered unit
writing on paper only), Galați and Bihor; the Border Police (IGPF) and its territorial inspectorate at Galați (a unit,
paper only); DIICOT and its Bacău service, DNA and its Târgu Mureș service (units, paper only); the prosecutors'
offices by Tribunalul Argeș (a prosecutor's personal certificate naming her e-mail address), by Judecătoria Bacău, by
Judecătoria Sibiu, by Tribunalul Galați and by the Târgu Mureș court of appeal; Tribunalul Mureș, Judecătoria Pitești
(a judge's certificate) and Curtea de Apel Bacău; the Romanian Customs Authority (kind "other": a finding body, no
criminal prosecution). A time-stamping unit of the TSP (RFC 3161) for a PAdES B-LTA letter.

Writes, under ``world/`` next to this script: ``keys/dkim/``, ``zone.txt``, ``pki/``, ``roots/root.pem``,
``policy.toml``, ``authorities.json``, ``identities.json``.

Keys are generated once and kept; certificates are re-issued deterministically from them (fixed serials
and dates), so running the script twice changes nothing.
Test material only: documentation IP ranges, fictional +40 xx 577 … numbers, fictional identifiers.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import subprocess
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID, ObjectIdentifier

HERE = Path(__file__).resolve().parent
WORLD = HERE / "world"
ADDITIONS = HERE / "paper" / "registry_additions.json"

MAIL_DOMAINS: dict[str, dict] = {
    # --- authorities (in the registry) ---
    "politiaromana.ro": {"selector": "igpr16", "ips": ["192.0.2.20", "192.0.2.21"], "all": "-all",
                         "dmarc": "v=DMARC1; p=reject; adkim=r; aspf=r"},
    "ag.politiaromana.ro": {"selector": "ag2026", "ips": ["192.0.2.33"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject"},
    "bc.politiaromana.ro": {"selector": "bcmail", "ips": ["192.0.2.44", "192.0.2.20"], "all": "-all",
                            "dmarc": "v=DMARC1; p=quarantine"},
    "ms.politiaromana.ro": {"selector": "ms16", "ips": ["192.0.2.55"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "sb.politiaromana.ro": {"selector": "sb16", "ips": ["192.0.2.66"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "gl.politiaromana.ro": {"selector": "gl2026", "ips": ["192.0.2.77"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject"},
    "bh.politiaromana.ro": {"selector": "bh16", "ips": ["192.0.2.88"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "politiadefrontiera.ro": {"selector": "igpf16", "ips": ["198.51.100.61"], "all": "-all",
                              "dmarc": "v=DMARC1; p=reject"},
    "diicot.ro": {"selector": "dct16", "ips": ["198.51.100.65"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "pna.ro": {"selector": "dna16", "ips": ["198.51.100.66"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "mpublic.ro": {"selector": "mp16", "ips": ["198.51.100.67", "198.51.100.68"], "all": "-all",
                   "dmarc": "v=DMARC1; p=reject"},
    "just.ro": {"selector": "jr16", "ips": ["198.51.100.71", "198.51.100.72"], "all": "~all",
                "dmarc": "v=DMARC1; p=quarantine"},
    "customs.ro": {"selector": "avr", "ips": ["198.51.100.75"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    # --- free mail ---
    "gmail.com": {"selector": "20230601", "ips": ["198.51.100.200", "198.51.100.201"], "all": "~all",
                  "dmarc": "v=DMARC1; p=none; sp=quarantine"},
    "yahoo.com": {"selector": "s2048", "ips": ["198.51.100.210"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    "outlook.com": {"selector": "selector1", "ips": ["198.51.100.220"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "icloud.com": {"selector": "1a1hai", "ips": ["198.51.100.225"], "all": "~all", "dmarc": "v=DMARC1; p=quarantine"},
    # --- us, companies, services ---
    "okazii.ro": {"selector": "ok16", "ips": ["198.51.100.5"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "oglinzi-decor-galati.ro": {"selector": "default", "ips": ["198.51.100.231"], "all": "~all", "dmarc": None},
    "cabinet-avocat-enescu.ro": {"selector": "mail", "ips": ["198.51.100.232"], "all": "~all",
                                 "dmarc": "v=DMARC1; p=none"},
    "stil-textil-arges.ro": {"selector": "k1", "ips": ["198.51.100.233"], "all": "~all",
                             "dmarc": "v=DMARC1; p=none"},
    "plata-factura-online.com": {"selector": "x", "ips": ["203.0.113.72"], "all": "~all", "dmarc": None},
}

ROOT_NAME = "Round16 Test Qualified Root CA"
ISSUING_NAME = "Round16 Test Qualified Signing CA 2026"
TSP_ORG = "Carpați-Dunărea Trust Services Test SRL"
TSP_ORGID = "VATRO-99000016"
CPS = "https://ca.round16-test.example/cps"
OID_TEST_POLICY = "1.3.6.1.4.1.99999.16.9.1"  # the TSP's policy for test certificates (no QC statements)

SIGNERS: list[dict] = [
    {"id": "seal_igpr", "kind": "seal", "O": "Inspectoratul General al Poliției Române",
     "orgid": "VATRO-4267117", "CN": "IGPR - SIGILIU ELECTRONIC", "L": "București"},
    {"id": "seal_ipj_ag", "kind": "seal", "O": "Inspectoratul de Poliție Județean Argeș",
     "orgid": "VATRO-4122406", "CN": "IPJ ARGES SIGILIU", "L": "Pitești"},
    # the same seal renewed: a new key and certificate, same O and organizationIdentifier, valid from 01.12.2026
    {"id": "seal_ipj_ag_r", "kind": "seal", "O": "Inspectoratul de Poliție Județean Argeș",
     "orgid": "VATRO-4122406", "CN": "IPJ ARGES SIGILIU 2026-12", "L": "Pitești",
     "not_before": dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC), "not_after": dt.datetime(2029, 11, 30, tzinfo=dt.UTC)},
    {"id": "pers_bc_tanase", "kind": "person", "GN": "Ovidiu-Mihai", "SN": "Tănase",
     "CN": "TANASE OVIDIU-MIHAI", "serial": "PNORO-1760512040031"},
    {"id": "pers_bc_cozma", "kind": "person", "GN": "Irina", "SN": "Cozma",
     "CN": "COZMA IRINA", "serial": "PNORO-2880217040052"},
    {"id": "seal_ipj_ms", "kind": "seal", "O": "Inspectoratul de Poliție Județean Mureș",
     "orgid": "VATRO-4322777", "CN": "IPJ MURES - SIGILIU", "L": "Târgu Mureș"},
    # a TEST certificate of the same CA with the seal's exact O and organizationIdentifier (integration testing)
    {"id": "seal_ipj_ms_test", "kind": "seal", "O": "Inspectoratul de Poliție Județean Mureș",
     "orgid": "VATRO-4322777", "CN": "IPJ MURES - SIGILIU TEST", "L": "Târgu Mureș",
     "OU": "Mediu de test integrare", "test": True},
    {"id": "seal_ipj_sb", "kind": "seal", "O": "Inspectoratul de Poliție Județean Sibiu",
     "orgid": "VATRO-4240433", "CN": "IPJ SIBIU SIGILIU ELECTRONIC", "L": "Sibiu"},
    {"id": "seal_ipj_gl", "kind": "seal", "O": "Inspectoratul de Poliție Județean Galați",
     "orgid": "VATRO-3127850", "CN": "IPJ GALATI", "L": "Galați"},
    {"id": "seal_ipj_bh", "kind": "seal", "O": "Inspectoratul de Poliție Județean Bihor",
     "orgid": "VATRO-4234009", "CN": "IPJ Bihor - sigiliu", "L": "Oradea"},
    {"id": "seal_igpf", "kind": "seal", "O": "Inspectoratul General al Poliției de Frontieră",
     "orgid": "VATRO-4337118", "CN": "IGPF SIGILIU CALIFICAT", "L": "București"},
    {"id": "seal_diicot", "kind": "seal",
     "O": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "orgid": "VATRO-14841163", "CN": "DIICOT - SIGILIU ELECTRONIC", "L": "București"},
    {"id": "seal_dna", "kind": "seal", "O": "Direcția Națională Anticorupție",
     "orgid": "VATRO-16312745", "CN": "DNA SIGILIU", "L": "București"},
    {"id": "pers_ptag_voicu", "kind": "person", "GN": "Andreea-Luminița", "SN": "Voicu",
     "CN": "VOICU ANDREEA-LUMINIȚA", "serial": "PNORO-2830911030018", "email": "andreea.voicu@mpublic.ro"},
    {"id": "seal_pj_bc", "kind": "seal", "O": "Parchetul de pe lângă Judecătoria Bacău",
     "orgid": "VATRO-4278366", "CN": "PJ BACAU - SIGILIU", "L": "Bacău"},
    {"id": "seal_pj_sb", "kind": "seal", "O": "Parchetul de pe lângă Judecătoria Sibiu",
     "orgid": "VATRO-4241020", "CN": "PARCHETUL JUDECATORIA SIBIU", "L": "Sibiu"},
    {"id": "seal_pt_gl", "kind": "seal", "O": "Parchetul de pe lângă Tribunalul Galați",
     "orgid": "VATRO-3128104", "CN": "PT GALATI SIGILIU", "L": "Galați"},
    {"id": "seal_pca_ms", "kind": "seal", "O": "Parchetul de pe lângă Curtea de Apel Târgu Mureș",
     "orgid": "VATRO-4323011", "CN": "PCA TARGU MURES", "L": "Târgu Mureș"},
    {"id": "seal_tb_ms", "kind": "seal", "O": "Tribunalul Mureș",
     "orgid": "VATRO-4322505", "CN": "TRIBUNALUL MURES", "L": "Târgu Mureș"},
    {"id": "pers_jud_pitesti", "kind": "person", "GN": "Daniela-Maria", "SN": "Stoica",
     "CN": "STOICA DANIELA-MARIA", "serial": "PNORO-2810304030066"},
    {"id": "seal_ca_bc", "kind": "seal", "O": "Curtea de Apel Bacău",
     "orgid": "VATRO-4278790", "CN": "CURTEA DE APEL BACAU", "L": "Bacău"},
    {"id": "seal_avr", "kind": "seal", "O": "Autoritatea Vamală Română",
     "orgid": "VATRO-45030221", "CN": "AVR SIGILIU", "L": "București"},
]

# the TSP's RFC 3161 time-stamping unit (EKU timeStamping, critical): the B-LTA letter's document time-stamp
TSA = {"id": "tsa", "kind": "seal", "O": TSP_ORG, "orgid": TSP_ORGID, "CN": "Round16 Test TSU 01", "L": "Sibiu",
       "eku_ts": True}

IGPR = "Inspectoratul General al Poliției Române"
IGPF = "Inspectoratul General al Poliției de Frontieră"
DIICOT = "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"
DNA = "Direcția Națională Anticorupție"
IPJ_SB = "Inspectoratul de Poliție Județean Sibiu"


def _pol(county, dom, n3, addr, ids, faxes, **kw):
    a = {"name": f"Inspectoratul de Poliție Județean {county}", "kind": "police", "parent": IGPR,
         "acronyms": [f"IPJ {county}"], "domains": [dom] if dom else [], "phone_numbers": [f"+40 {n3} 577 100"],
         "fax_numbers": faxes, "postal_addresses": [addr], "identities": ids}
    a.update(kw)
    return a


def _mp(name, n3, addr, ids, faxes=None, kind="prosecutor", dom="mpublic.ro", **kw):
    a = {"name": name, "kind": kind, "domains": [dom], "phone_numbers": [f"+40 {n3} 577 600" if kind == "prosecutor"
                                                                          else f"+40 {n3} 577 700"],
         "fax_numbers": faxes or [f"+40 {n3} 577 {610 if kind == 'prosecutor' else 710}"],
         "postal_addresses": [addr], "identities": ids}
    a.update(kw)
    return a


def _unit(name, parent, kind, n3, fax, addr, acr):
    return {"name": name, "kind": kind, "parent": parent, "acronyms": acr, "domains": [],
            "phone_numbers": [f"+40 {n3} 577 {fax[-3:-1]}0"], "fax_numbers": [fax], "postal_addresses": [addr],
            "identities": []}


AUTHORITIES: list[dict] = [
    {"name": IGPR, "kind": "police", "aliases": ["Poliția Română"], "acronyms": ["IGPR"],
     "domains": ["politiaromana.ro"], "phone_numbers": ["+40 21 577 0100"], "fax_numbers": ["+40 21 577 0109"],
     "postal_addresses": ["Str. Mihai Vodă nr. 6, sector 5, București"], "identities": ["seal_igpr"]},
    _pol("Argeș", "ag.politiaromana.ro", "248", "Str. Victoriei nr. 1, Pitești, județul Argeș",
         ["seal_ipj_ag"], ["+40 248 577 109", "+40 248 577 131"]),
    _pol("Bacău", "bc.politiaromana.ro", "234", "Str. Nicolae Titulescu nr. 1, Bacău, județul Bacău",
         ["pers_bc_tanase", "pers_bc_cozma"], ["+40 234 577 109", "+40 234 577 142"]),
    _pol("Mureș", "ms.politiaromana.ro", "265", "Str. Borsos Tamás nr. 12, Târgu Mureș, județul Mureș",
         ["seal_ipj_ms"], ["+40 265 577 109"]),
    _pol("Sibiu", "sb.politiaromana.ro", "269", "Str. Revoluției nr. 2-4, Sibiu, județul Sibiu",
         ["seal_ipj_sb"], ["+40 269 577 109"]),
    _unit("Poliția Municipiului Mediaș", IPJ_SB, "police", "269", "+40 269 577 309",
          "Str. Mihai Viteazu nr. 16, Mediaș, județul Sibiu", ["Poliția Mediaș"]),
    _pol("Galați", "gl.politiaromana.ro", "236", "Str. Nae Leonard nr. 2, Galați, județul Galați",
         ["seal_ipj_gl"], ["+40 236 577 109", "+40 236 577 166"]),
    _pol("Bihor", "bh.politiaromana.ro", "259", "Str. Lt. Ion Nicoară nr. 6, Oradea, județul Bihor",
         ["seal_ipj_bh"], ["+40 259 577 109"]),
    {"name": IGPF, "kind": "police", "acronyms": ["IGPF"], "aliases": ["Poliția de Frontieră Română"],
     "domains": ["politiadefrontiera.ro"], "phone_numbers": ["+40 21 577 0300"], "fax_numbers": ["+40 21 577 0309"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 24, sector 1, București"], "identities": ["seal_igpf"]},
    _unit("Inspectoratul Teritorial al Poliției de Frontieră Galați", IGPF, "police", "236", "+40 236 577 309",
          "Str. Portului nr. 54, Galați, județul Galați", ["ITPF Galați", "I.T.P.F. Galați"]),
    {"name": DIICOT, "kind": "prosecutor", "acronyms": ["DIICOT"], "domains": ["diicot.ro"],
     "phone_numbers": ["+40 21 577 0600"], "fax_numbers": ["+40 21 577 0609"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 12, sector 1, București"], "identities": ["seal_diicot"]},
    _unit(f"{DIICOT} – Serviciul Teritorial Bacău", DIICOT, "prosecutor", "234", "+40 234 577 609",
          "Str. Mărășești nr. 4, Bacău, județul Bacău", ["DIICOT ST Bacău", "DIICOT – ST Bacău"]),
    {"name": DNA, "kind": "prosecutor", "acronyms": ["DNA"], "domains": ["pna.ro"],
     "phone_numbers": ["+40 21 577 0700"], "fax_numbers": ["+40 21 577 0709"],
     "postal_addresses": ["Str. Știrbei Vodă nr. 79-81, sector 1, București"], "identities": ["seal_dna"]},
    _unit(f"{DNA} – Serviciul Teritorial Târgu Mureș", DNA, "prosecutor", "265", "+40 265 577 709",
          "Str. Justiției nr. 1, Târgu Mureș, județul Mureș", ["DNA ST Târgu Mureș", "DNA – ST Târgu Mureș"]),
    _mp("Parchetul de pe lângă Tribunalul Argeș", "248", "Bd. Republicii nr. 62, Pitești, județul Argeș",
        ["pers_ptag_voicu"], faxes=["+40 248 577 610"]),
    _mp("Parchetul de pe lângă Judecătoria Bacău", "234", "Str. Ștefan cel Mare nr. 4, Bacău, județul Bacău",
        ["seal_pj_bc"], faxes=["+40 234 577 620"]),
    _mp("Parchetul de pe lângă Judecătoria Sibiu", "269", "Str. Dealului nr. 6, Sibiu, județul Sibiu",
        ["seal_pj_sb"], faxes=["+40 269 577 620"]),
    _mp("Parchetul de pe lângă Tribunalul Galați", "236", "Str. Brăilei nr. 153, Galați, județul Galați",
        ["seal_pt_gl"], faxes=["+40 236 577 610"]),
    _mp("Parchetul de pe lângă Curtea de Apel Târgu Mureș", "265", "Str. Bernády György nr. 2, Târgu Mureș, "
        "județul Mureș", ["seal_pca_ms"], faxes=["+40 265 577 610"], acronyms=["PCA Târgu Mureș"]),
    _mp("Tribunalul Mureș", "265", "Str. Justiției nr. 1, Târgu Mureș, județul Mureș", ["seal_tb_ms"],
        kind="court", dom="just.ro"),
    _mp("Judecătoria Pitești", "248", "Str. Egalității nr. 19, Pitești, județul Argeș", ["pers_jud_pitesti"],
        kind="court", dom="just.ro", faxes=["+40 248 577 720"]),
    _mp("Curtea de Apel Bacău", "234", "Str. Cornișa Bistriței nr. 5, Bacău, județul Bacău", ["seal_ca_bc"],
        kind="court", dom="just.ro"),
    {"name": "Autoritatea Vamală Română", "kind": "other", "acronyms": ["AVR"], "domains": ["customs.ro"],
     "phone_numbers": ["+40 21 577 0900"], "fax_numbers": ["+40 21 577 0909"],
     "postal_addresses": ["Str. Alexandru Ioan Cuza nr. 13, sector 1, București"], "identities": ["seal_avr"]},
]

# our own fax-to-e-mail gateway (README "Fax and post folders"); no item of this round comes through it
FAX_GATEWAYS = [{"from": "@fax-in.okazii.ro", "pattern": r"Fax primit de la (?P<number>\+?\d+)"}]

NOT_BEFORE = dt.datetime(2025, 10, 1, tzinfo=dt.UTC)
ROOT_NOT_BEFORE = dt.datetime(2021, 3, 1, tzinfo=dt.UTC)
NOT_AFTER_CA = dt.datetime(2041, 1, 1, tzinfo=dt.UTC)
NOT_AFTER_EE = dt.datetime(2028, 9, 30, tzinfo=dt.UTC)

OID_ORG_ID = ObjectIdentifier("2.5.4.97")
OID_QC_STATEMENTS = ObjectIdentifier("1.3.6.1.5.5.7.1.3")
OID_QCP_N_QSCD = "0.4.0.194112.1.2"
OID_QCP_L_QSCD = "0.4.0.194112.1.3"


def _der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag: int, content: bytes) -> bytes:
    return bytes([tag]) + _der_len(len(content)) + content


def _der_oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(chunk))
    return _der(0x06, body)


def qc_statements(qc_type: str) -> bytes:
    compliance = _der(0x30, _der_oid("0.4.0.1862.1.1"))
    sscd = _der(0x30, _der_oid("0.4.0.1862.1.4"))
    qctype = _der(0x30, _der_oid("0.4.0.1862.1.6") + _der(0x30, _der_oid(qc_type)))
    return _der(0x30, compliance + sscd + qctype)


def load_or_make_key(path: Path, bits: int = 2048, ec_curve: bool = False):
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        assert isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey))
        return key
    key = ec.generate_private_key(ec.SECP256R1()) if ec_curve else rsa.generate_private_key(public_exponent=65537,
                                                                                          key_size=bits)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return key


def serial_for(name: str) -> int:
    return int.from_bytes(hashlib.sha256(("blind-round16/" + name).encode()).digest()[:15], "big") | (1 << 100)


def ski(key) -> x509.SubjectKeyIdentifier:
    return x509.SubjectKeyIdentifier.from_public_key(key.public_key())


def ca_name_of(cn: str, org: str, orgid: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        x509.NameAttribute(OID_ORG_ID, orgid),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ])


def make_ca(key, name, issuer_name, issuer_key, serial_id, path_length, not_after, not_before=None):
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(issuer_name)
         .public_key(key.public_key()).serial_number(serial_for(serial_id))
         .not_valid_before(not_before or NOT_BEFORE).not_valid_after(not_after)
         .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
         .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
         .add_extension(ski(key), critical=False))
    if issuer_key is not key:
        b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                            critical=False)
    return b.sign(issuer_key, hashes.SHA256())


def make_ee(s: dict, key, ca_name, ca_key, cps: str):
    if s["kind"] in ("seal", "tls"):
        name = x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, s.get("C", "RO")),
            x509.NameAttribute(NameOID.LOCALITY_NAME, s["L"]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, s["O"]),
            *([x509.NameAttribute(NameOID.ORGANIZATION_NAME, s["O2"])] if s.get("O2") else []),
            *([x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, s["OU"])] if s.get("OU") else []),
            x509.NameAttribute(OID_ORG_ID, s["orgid"]),
            *([x509.NameAttribute(OID_ORG_ID, s["orgid2"])] if s.get("orgid2") else []),
            x509.NameAttribute(NameOID.COMMON_NAME, s["CN"]),
        ])
        policy, qctype = OID_QCP_L_QSCD, "0.4.0.1862.1.6.2"
    else:
        attrs = [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
            x509.NameAttribute(NameOID.SURNAME, s["SN"]),
            x509.NameAttribute(NameOID.GIVEN_NAME, s["GN"]),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, s["serial"]),
            x509.NameAttribute(NameOID.COMMON_NAME, s["CN"]),
        ]
        if s.get("email"):
            attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, s["email"]))
        if s["kind"] == "person_org":  # a natural person's certificate with organisation attributes
            attrs[1:1] = [x509.NameAttribute(NameOID.LOCALITY_NAME, s["L"]),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, s["O"]),
                          x509.NameAttribute(OID_ORG_ID, s["orgid"])]
        name = x509.Name(attrs)
        policy, qctype = OID_QCP_N_QSCD, "0.4.0.1862.1.6.1"
    if s["kind"] == "tls":
        return (x509.CertificateBuilder().subject_name(name).issuer_name(ca_name)
                .public_key(key.public_key()).serial_number(serial_for(s["id"]))
                .not_valid_before(NOT_BEFORE).not_valid_after(dt.datetime(2027, 3, 1, tzinfo=dt.UTC))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, False, True, False, False, False, False, False, False),
                               critical=True)
                .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH,
                                                      x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
                .add_extension(x509.SubjectAlternativeName([x509.DNSName(d) for d in s["dns"]]), critical=False)
                .add_extension(ski(key), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                               critical=False)
                .add_extension(x509.CertificatePolicies([
                    x509.PolicyInformation(ObjectIdentifier("2.23.140.1.2.2"), None)]), critical=False)
                .sign(ca_key, hashes.SHA256()))
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(ca_name)
         .public_key(key.public_key()).serial_number(serial_for(s["id"]))
         .not_valid_before(s.get("not_before", NOT_BEFORE)).not_valid_after(s.get("not_after", NOT_AFTER_EE))
         .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
         .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
         .add_extension(ski(key), critical=False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
         .add_extension(x509.CertificatePolicies([
             x509.PolicyInformation(ObjectIdentifier(OID_TEST_POLICY if s.get("test") else policy), None),
             x509.PolicyInformation(ObjectIdentifier("1.3.6.1.4.1.99999.2.1"), [cps]),
         ]), critical=False))
    if not s.get("test"):  # round 16: a test certificate carries no QC statements (not qualified)
        b = b.add_extension(x509.UnrecognizedExtension(OID_QC_STATEMENTS, qc_statements(qctype)), critical=False)
    if s.get("critical_ext"):  # a private extension the validator cannot know, marked critical (RFC 5280 4.2)
        b = b.add_extension(x509.UnrecognizedExtension(ObjectIdentifier("1.3.6.1.4.1.99999.9.1"),
                                                       b"\x0c\x12uz intern - sigiliu"), critical=True)
    if s.get("eku_ts"):  # round 13: a certificate meant for RFC 3161 time-stamps only (EKU critical, sole)
        b = b.add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    if s.get("email"):
        b = b.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(s["email"])]), critical=False)
        b = b.add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
    return b.sign(ca_key, hashes.SHA256())


def make_pki() -> dict:
    pki = WORLD / "pki"
    pki.mkdir(parents=True, exist_ok=True)
    out: dict = {"signers": {}}
    pem = serialization.Encoding.PEM

    root_key = load_or_make_key(pki / "root.key.pem", 3072)
    root_name = ca_name_of(ROOT_NAME, TSP_ORG, TSP_ORGID)
    root = make_ca(root_key, root_name, root_name, root_key, "root", None, NOT_AFTER_CA, ROOT_NOT_BEFORE)
    ca_key = load_or_make_key(pki / "issuing.key.pem", 3072)
    ca_name = ca_name_of(ISSUING_NAME, TSP_ORG, TSP_ORGID)
    ca = make_ca(ca_key, ca_name, root_name, root_key, "issuing", 0, dt.datetime(2037, 1, 1, tzinfo=dt.UTC))
    (pki / "root.cert.pem").write_bytes(root.public_bytes(pem))
    (pki / "issuing.cert.pem").write_bytes(ca.public_bytes(pem))
    (WORLD / "roots").mkdir(parents=True, exist_ok=True)
    (WORLD / "roots" / "root.pem").write_bytes(root.public_bytes(pem))
    out["root"], out["issuing"] = "pki/root.cert.pem", "pki/issuing.cert.pem"

    for group, cakey, caname, chain, trusted in (
            (SIGNERS, ca_key, ca_name, ["pki/issuing.cert.pem"], True),):
        for s in group:
            key = load_or_make_key(pki / f"{s['id']}.key.pem", 2048, ec_curve=bool(s.get("ec")))
            cert = make_ee(s, key, caname, cakey, CPS)
            (pki / f"{s['id']}.cert.pem").write_bytes(cert.public_bytes(pem))
            der = cert.public_bytes(serialization.Encoding.DER)
            out["signers"][s["id"]] = {
                "kind": s["kind"], "key": f"pki/{s['id']}.key.pem", "cert": f"pki/{s['id']}.cert.pem",
                "chain": chain, "sha256": hashlib.sha256(der).hexdigest(),
                "subject": cert.subject.rfc4514_string(), "organization": s.get("O"),
                "organization_identifier": s.get("orgid"), "email": s.get("email"),
                "not_after": cert.not_valid_after_utc.isoformat(),
                "trusted_chain": trusted and not s.get("critical_ext"),
                "not_before": cert.not_valid_before_utc.isoformat(),
                "key_type": "ec-p256" if s.get("ec") else "rsa-2048",
            }
    # round 16: the TSP's time-stamping unit
    tkey = load_or_make_key(pki / "tsa.key.pem", 2048)
    tcert = make_ee(TSA, tkey, ca_name, ca_key, CPS)
    (pki / "tsa.cert.pem").write_bytes(tcert.public_bytes(pem))
    out["tsa"] = {"kind": "tsa", "key": "pki/tsa.key.pem", "cert": "pki/tsa.cert.pem", "chain": ["pki/issuing.cert.pem"],
                  "sha256": hashlib.sha256(tcert.public_bytes(serialization.Encoding.DER)).hexdigest(),
                  "subject": tcert.subject.rfc4514_string()}
    # the issuing CA's CRL of 07.12.2026 (what a signing tool with LTV embeds; nothing is fetched)
    revoked = [s for s in SIGNERS if s.get("revoked")]
    b = (x509.CertificateRevocationListBuilder().issuer_name(ca_name)
         .last_update(dt.datetime(2026, 12, 7, 6, 0, tzinfo=dt.UTC))
         .next_update(dt.datetime(2026, 12, 14, 6, 0, tzinfo=dt.UTC))
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
         .add_extension(x509.CRLNumber(1616), critical=False))
    for s in revoked:
        b = b.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial_for(s["id"])).revocation_date(s["revoked"])
            .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False).build())
    crl = b.sign(ca_key, hashes.SHA256())
    (pki / "issuing.crl.der").write_bytes(crl.public_bytes(serialization.Encoding.DER))
    out["crl"] = {"file": "pki/issuing.crl.der", "revoked": {s["id"]: s["revoked"].isoformat() for s in revoked}}
    return out


def txt_record(name: str, text: str, width: int = 250) -> str:
    chunks = [text[i:i + width] for i in range(0, len(text), width)]
    return f'{name}. 3600 IN TXT ' + " ".join(f'"{c}"' for c in chunks)


def make_dns() -> dict:
    lines = ["; blind round 16 - DNS answers for the product (REGISTRATURA_DNS_ZONE_FILE)",
             "; documentation IP ranges only; every name absolute", "$TTL 3600"]
    out: dict = {}
    for domain, d in MAIL_DOMAINS.items():
        key = load_or_make_key(WORLD / "keys" / "dkim" / f"{domain}.{d['selector']}.pem", d.get("bits", 2048))
        pub = key.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
        lines.append(f"; --- {domain}")
        if d.get("cname"):  # round 12: the selector delegated to the hosted provider's zone
            lines.append(f"{d['selector']}._domainkey.{domain}. 3600 IN CNAME {d['cname']}.")
            lines.append(txt_record(d["cname"], f"v=DKIM1; k=rsa; p={base64.b64encode(pub).decode()}",
                                    d.get("split", 250)))
        else:
            lines.append(txt_record(f"{d['selector']}._domainkey.{domain}",
                                    f"v=DKIM1; k=rsa; p={base64.b64encode(pub).decode()}", d.get("split", 250)))
        lines.append(txt_record(domain, "v=spf1 " + " ".join(f"ip4:{ip}" for ip in d["ips"]) + f" {d['all']}"))
        if d.get("dmarc"):
            lines.append(txt_record(f"_dmarc.{domain}", d["dmarc"]))
        out[domain] = {"selector": d["selector"], "ips": d["ips"],
                       "key": f"keys/dkim/{domain}.{d['selector']}.pem", "selectors": {}}
        for ex in d.get("extra_selectors", []):
            kp = WORLD / "keys" / "dkim" / f"{domain}.{ex['selector']}.pem"
            if ex.get("bits", 2048) < 1024 and not kp.exists():  # cryptography refuses to generate it
                subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", f"rsa_keygen_bits:{ex['bits']}",
                                "-out", str(kp)], check=True, capture_output=True)
            k2 = load_or_make_key(kp, ex.get("bits", 2048))
            pub2 = k2.public_key().public_bytes(serialization.Encoding.DER,
                                                serialization.PublicFormat.SubjectPublicKeyInfo)
            if ex.get("revoked"):  # retired selector: the key is withdrawn, the private key still exists
                rec = "v=DKIM1; k=rsa; p="
            else:
                rec = f"v=DKIM1; k=rsa; {ex.get('flags', '')}p={base64.b64encode(pub2).decode()}"
            lines.append(txt_record(f"{ex['selector']}._domainkey.{domain}", rec))
            out[domain]["selectors"][ex["selector"]] = f"keys/dkim/{domain}.{ex['selector']}.pem"
    (WORLD / "zone.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def merged_authorities() -> list[dict]:
    auths = [dict(a) for a in AUTHORITIES]
    if not ADDITIONS.exists():
        return auths
    extra = json.loads(ADDITIONS.read_text(encoding="utf-8"))
    if isinstance(extra, dict):  # {"authorities": [...]} or {name: {...}}
        extra = extra.get("authorities") or [dict(v, name=k) for k, v in extra.items() if isinstance(v, dict)]
    by_name = {a["name"]: a for a in auths}
    for add in extra:
        name = add["authority"] if "authority" in add else add["name"]
        a = by_name.get(name)
        if a is None:
            a = {"name": name, "kind": add.get("kind", "police"), "domains": list(add.get("domains", [])),
                 "phone_numbers": [], "fax_numbers": [], "postal_addresses": [], "identities": [],
                 "added_by": "paper"}
            for k in ("aliases", "acronyms"):
                if add.get(k):
                    a[k] = list(add[k])
            auths.append(a)
            by_name[name] = a
        if add.get("parent") and not a.get("parent"):
            a["parent"] = add["parent"]
        if add.get("kind") and a.get("added_by") == "paper":
            a["kind"] = add["kind"]
        for sid in add.get("signing_identities", []) or []:  # raw registry identities, kept as given
            if isinstance(sid, dict) and sid not in a.setdefault("raw_identities", []):
                a["raw_identities"].append(sid)
        for k in ("fax_numbers", "phone_numbers", "postal_addresses", "domains", "aliases", "acronyms"):
            vals = add.get(k, []) or []
            if isinstance(vals, str):
                vals = [vals]
            a.setdefault(k, [])
            for v in vals:
                if v not in a[k]:
                    a[k] = list(a[k]) + [v]
    return auths


def make_policy(pki: dict, auths: list[dict]) -> None:
    lines = ["# blind round 16 - the authority registry the product is run with (REGISTRATURA_CONFIG).",
             "# Top-level lists replace the shipped defaults: every authority of the mail half and of",
             "# the paper half is here. Written by bench/blind/round16/make_world.py (merging",
             "# paper/registry_additions.json); do not edit by hand.", ""]
    for a in auths:
        lines.append("[[authorities]]")
        lines.append(f"name = {toml_str(a['name'])}")
        lines.append(f"kind = {toml_str(a['kind'])}")
        if a.get("parent"):
            lines.append(f"parent = {toml_str(a['parent'])}")
        for k in ("aliases", "acronyms"):
            if a.get(k):
                lines.append(f"{k} = [" + ", ".join(toml_str(x) for x in a[k]) + "]")
        for k in ("domains", "phone_numbers", "fax_numbers", "postal_addresses"):
            lines.append(f"{k} = [" + ", ".join(toml_str(x) for x in a[k]) + "]")
        lines.append(f"confirmed = {str(a.get('confirmed', True)).lower()}")
        ids = []
        for sid in a["identities"]:
            s = pki["signers"][sid]
            if s["kind"] == "seal":
                ids.append(f"{{ organization = {toml_str(s['organization'])}, "
                           f"organization_identifier = {toml_str(s['organization_identifier'])} }}")
            else:
                ids.append(f"{{ certificate_sha256 = {toml_str(s['sha256'])} }}")
        for raw in a.get("raw_identities", []):
            ids.append("{ " + ", ".join(f"{k} = {toml_str(v)}" for k, v in raw.items()) + " }")
        lines.append("signing_identities = [\n  " + ",\n  ".join(ids) + ",\n]" if ids else "signing_identities = []")
        lines.append("")
    for g in FAX_GATEWAYS:
        lines.append("[[fax_gateways]]")
        lines.append(f"from = {toml_str(g['from'])}")
        lines.append(f"pattern = '{g['pattern']}'")
        lines.append("")
    (WORLD / "policy.toml").write_text("\n".join(lines), encoding="utf-8")


WORLD_README = """Trust world of blind round 16 (made by ../make_world.py; see ../README.md).

zone.txt        REGISTRATURA_DNS_ZONE_FILE: DKIM/SPF/DMARC TXT records, $TTL 3600 and a TTL on every line
policy.toml     REGISTRATURA_CONFIG: the authority registry (IPJ Argeș, Bacău, Mureș, Sibiu, Galați, Bihor with parent
                IGPR; Poliția Municipiului Mediaș (unit of IPJ Sibiu, paper only); IGPF and ITPF Galați (unit, paper
                only); DIICOT and its Bacău service, DNA and its Târgu Mureș service (units, paper only); the
                prosecutors' offices by Tribunalul Argeș, Judecătoria Bacău, Judecătoria Sibiu, Tribunalul Galați
                and Curtea de Apel Târgu Mureș; Tribunalul Mureș, Judecătoria Pitești, Curtea de Apel Bacău; the
                Romanian Customs Authority (kind "other")) and our fax-to-e-mail gateway (unused)
roots/          REGISTRATURA_TRUST_ROOTS: only "Round16 Test Qualified Root CA"
pki/            test CAs (root, issuing CA), seals (IPJ Argeș's twice: renewed 01.12.2026; IPJ Mureș's and a TEST
                certificate with its O and organizationIdentifier), two Bacău officers', a prosecutor's (with an
                e-mail address) and a judge's certificates, the TSP's time-stamping unit; issuing.crl.der (empty)
keys/dkim/      DKIM private keys (test keys), <domain>.<selector>.pem
authorities.json, identities.json   the registry and the signers in plain JSON, for the generators

Test material only: fictional identifiers and +40 xx 577 ... numbers, documentation IP ranges.
"""


def main() -> None:
    WORLD.mkdir(parents=True, exist_ok=True)
    (WORLD / "README").write_text(WORLD_README, encoding="utf-8")
    pki = make_pki()
    dns = make_dns()
    auths = merged_authorities()
    make_policy(pki, auths)
    public = [{"name": a["name"], "kind": a["kind"], "parent": a.get("parent"), "aliases": a.get("aliases", []),
               "acronyms": a.get("acronyms", []), "domains": a["domains"],
               "phone_numbers": a["phone_numbers"], "fax_numbers": a["fax_numbers"],
               "postal_addresses": a["postal_addresses"], "confirmed": a.get("confirmed", True),
               "signing_identities": [{"id": sid, "subject": pki["signers"][sid]["subject"]}
                                      for sid in a["identities"]]} for a in auths]
    (WORLD / "authorities.json").write_text(json.dumps(public, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
    ident = {"pki": pki, "dns": dns, "authorities": auths}
    (WORLD / "identities.json").write_text(json.dumps(ident, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print(f"world written to {WORLD} ({len(auths)} authorities)")


if __name__ == "__main__":
    main()
