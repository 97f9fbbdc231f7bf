#!/usr/bin/env python3
"""Build the self-contained trust world of blind round 14.

Round 13's make_world.py, copied as a tool, with a new world: a new root ("Round14 Test Qualified Root CA", TSP
"Carpați-Prahova Trust Services Test SRL") and issuing CA, new keys, new DKIM keys and other authorities: the
Romanian Police's general inspectorate (IGPR) as the parent of the county inspectorates of Brașov, Maramureș and
Prahova and of the capital's directorate (DGPMB), whose Secția 21 Poliție is a registered unit of its own (paper only,
its own fax); the Border Police (IGPF) and its territorial inspectorate at Sighetu Marmației (a unit, paper only); the
gendarmerie of Brașov county (kind "other": no criminal prosecution body); DIICOT and its territorial service in
Brașov (a unit, paper only); the prosecutors' office by the High Court (PÎCCJ), by Tribunalul Prahova (two
prosecutors' personal certificates, one with an e-mail address for S/MIME), by Judecătoria Sighetu Marmației and by
Judecătoria Câmpina (registered but NOT confirmed: ``confirmed = false``); Tribunalul Brașov, Judecătoria Ploiești
(a judge's certificate) and Tribunalul Maramureș.

Writes, under ``world/`` next to this script: ``keys/dkim/``, ``zone.txt``, ``pki/``, ``roots/root.pem``,
``policy.toml``, ``authorities.json``, ``identities.json``.

Keys are generated once and kept; certificates are re-issued deterministically from them (fixed serials
and dates), so running the script twice changes nothing.
Test material only: documentation IP ranges, fictional +40 xx 575 … numbers, fictional identifiers.
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
    "politiaromana.ro": {"selector": "igpr14", "ips": ["192.0.2.40", "192.0.2.41"], "all": "-all",
                         "dmarc": "v=DMARC1; p=reject; adkim=r; aspf=r"},
    "bv.politiaromana.ro": {"selector": "bv2026", "ips": ["192.0.2.52"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject"},
    "mm.politiaromana.ro": {"selector": "mmpol", "ips": ["192.0.2.63", "192.0.2.40"], "all": "-all",
                            "dmarc": "v=DMARC1; p=quarantine"},
    "ph.politiaromana.ro": {"selector": "ph14", "ips": ["192.0.2.74"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "b.politiaromana.ro": {"selector": "dgpmb14", "ips": ["192.0.2.85"], "all": "-all",
                           "dmarc": "v=DMARC1; p=reject"},
    "politiadefrontiera.ro": {"selector": "igpf", "ips": ["198.51.100.31"], "all": "-all",
                              "dmarc": "v=DMARC1; p=reject"},
    "jandarmeriabrasov.ro": {"selector": "ijj", "ips": ["198.51.100.33"], "all": "~all",
                             "dmarc": "v=DMARC1; p=quarantine"},
    "diicot.ro": {"selector": "dct14", "ips": ["198.51.100.35"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "mpublic.ro": {"selector": "mp14", "ips": ["198.51.100.37", "198.51.100.38"], "all": "-all",
                   "dmarc": "v=DMARC1; p=reject"},
    "just.ro": {"selector": "jr14", "ips": ["198.51.100.41", "198.51.100.42"], "all": "~all",
                "dmarc": "v=DMARC1; p=quarantine"},
    # --- free mail ---
    "gmail.com": {"selector": "20230601", "ips": ["198.51.100.200", "198.51.100.201"], "all": "~all",
                  "dmarc": "v=DMARC1; p=none; sp=quarantine"},
    "yahoo.com": {"selector": "s2048", "ips": ["198.51.100.210"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    "outlook.com": {"selector": "selector1", "ips": ["198.51.100.220"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "icloud.com": {"selector": "1a1hai", "ips": ["198.51.100.225"], "all": "~all", "dmarc": "v=DMARC1; p=quarantine"},
    # --- us, companies, services ---
    "okazii.ro": {"selector": "ok14", "ips": ["198.51.100.5"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "electro-depozit-ploiesti.ro": {"selector": "default", "ips": ["198.51.100.241"], "all": "~all", "dmarc": None},
    "editura-penal-plus.ro": {"selector": "news", "ips": ["198.51.100.242"], "all": "~all",
                              "dmarc": "v=DMARC1; p=none"},
    "hostnova.ro": {"selector": "billing", "ips": ["198.51.100.243"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "rank-boost-agency.com": {"selector": "s1", "ips": ["203.0.113.91"], "all": "~all", "dmarc": None},
}

ROOT_NAME = "Round14 Test Qualified Root CA"
ISSUING_NAME = "Round14 Test Qualified Signing CA 2026"
TSP_ORG = "Carpați-Prahova Trust Services Test SRL"
TSP_ORGID = "VATRO-99000014"
CPS = "https://ca.round14-test.example/cps"

SIGNERS: list[dict] = [
    {"id": "seal_igpr", "kind": "seal", "O": "Inspectoratul General al Poliției Române",
     "orgid": "VATRO-4267117", "CN": "IGPR - SIGILIU ELECTRONIC CALIFICAT", "L": "București"},
    {"id": "seal_ipj_bv", "kind": "seal", "O": "Inspectoratul de Poliție Județean Brașov",
     "orgid": "VATRO-4384125", "CN": "IPJ BRASOV - sigiliu", "L": "Brașov"},
    {"id": "seal_ipj_mm", "kind": "seal", "O": "Inspectoratul de Poliție Județean Maramureș",
     "orgid": "VATRO-3698840", "CN": "IPJ Maramures", "L": "Baia Mare"},
    {"id": "pers_ph_stanciu", "kind": "person", "GN": "Marius-Cristian", "SN": "Stanciu",
     "CN": "STANCIU MARIUS-CRISTIAN", "serial": "PNORO-1790517290041"},
    {"id": "pers_ph_radu", "kind": "person", "GN": "Elena-Luminița", "SN": "Radu",
     "CN": "RADU ELENA-LUMINIȚA", "serial": "PNORO-2840903290012"},
    {"id": "pers_ph_ene", "kind": "person", "GN": "Bogdan", "SN": "Ene",
     "CN": "ENE BOGDAN", "serial": "PNORO-1920214290057"},
    {"id": "pers_ph_vasilescu", "kind": "person", "GN": "Ionuț-Sorin", "SN": "Vasilescu",
     "CN": "VASILESCU IONUȚ-SORIN", "serial": "PNORO-1830611290033"},
    {"id": "seal_dgpmb", "kind": "seal", "O": "Direcția Generală de Poliție a Municipiului București",
     "orgid": "VATRO-4192563", "CN": "DGPMB SIGILIU", "L": "București"},
    {"id": "seal_igpf", "kind": "seal", "O": "Inspectoratul General al Poliției de Frontieră",
     "orgid": "VATRO-4337310", "CN": "IGPF - sigiliu electronic", "L": "București"},
    {"id": "seal_ijj_bv", "kind": "seal", "O": "Inspectoratul de Jandarmi Județean Brașov",
     "orgid": "VATRO-4522081", "CN": "IJJ BRASOV", "L": "Brașov"},
    {"id": "seal_diicot", "kind": "seal",
     "O": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "orgid": "VATRO-14840803", "CN": "DIICOT - SIGILIU CALIFICAT", "L": "București"},
    {"id": "seal_piccj", "kind": "seal", "O": "Parchetul de pe lângă Înalta Curte de Casație și Justiție",
     "orgid": "VATRO-4441233", "CN": "PICCJ SIGILIU ELECTRONIC", "L": "București"},
    {"id": "pers_ptph_marin", "kind": "person", "GN": "Andreea-Ioana", "SN": "Marin",
     "CN": "MARIN ANDREEA-IOANA", "serial": "PNORO-2870125290068", "email": "andreea.marin@mpublic.ro"},
    {"id": "pers_ptph_georgescu", "kind": "person", "GN": "Tudor", "SN": "Georgescu",
     "CN": "GEORGESCU TUDOR", "serial": "PNORO-1750830290019"},
    {"id": "seal_pj_campina", "kind": "seal", "O": "Parchetul de pe lângă Judecătoria Câmpina",
     "orgid": "VATRO-4420270", "CN": "PJ CAMPINA - SIGILIU", "L": "Câmpina"},
    {"id": "seal_pj_sighet", "kind": "seal", "O": "Parchetul de pe lângă Judecătoria Sighetu Marmației",
     "orgid": "VATRO-4415592", "CN": "PARCHETUL JUDECATORIA SIGHETU MARMATIEI", "L": "Sighetu Marmației"},
    {"id": "seal_tb_bv", "kind": "seal", "O": "Tribunalul Brașov",
     "orgid": "VATRO-4384354", "CN": "TRIBUNALUL BRASOV", "L": "Brașov"},
    {"id": "pers_jud_ploiesti", "kind": "person", "GN": "Raluca-Maria", "SN": "Dumitrescu",
     "CN": "DUMITRESCU RALUCA-MARIA", "serial": "PNORO-2800419290024"},
    {"id": "seal_tb_mm", "kind": "seal", "O": "Tribunalul Maramureș",
     "orgid": "VATRO-3628214", "CN": "TRIBUNALUL MARAMURES", "L": "Baia Mare"},
]

IGPR = "Inspectoratul General al Poliției Române"
IGPF = "Inspectoratul General al Poliției de Frontieră"
DGPMB = "Direcția Generală de Poliție a Municipiului București"
DIICOT = "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"


def _pol(county, dom, n3, addr, ids, faxes, **kw):
    a = {"name": f"Inspectoratul de Poliție Județean {county}", "kind": "police", "parent": IGPR,
         "acronyms": [f"IPJ {county}"], "domains": [dom] if dom else [], "phone_numbers": [f"+40 {n3} 575 100"],
         "fax_numbers": faxes, "postal_addresses": [addr], "identities": ids}
    a.update(kw)
    return a


def _mp(name, n3, addr, ids, faxes=None, kind="prosecutor", dom="mpublic.ro", **kw):
    a = {"name": name, "kind": kind, "domains": [dom], "phone_numbers": [f"+40 {n3} 575 600" if kind == "prosecutor"
                                                                          else f"+40 {n3} 575 700"],
         "fax_numbers": faxes or [f"+40 {n3} 575 {610 if kind == 'prosecutor' else 710}"],
         "postal_addresses": [addr], "identities": ids}
    a.update(kw)
    return a


AUTHORITIES: list[dict] = [
    {"name": IGPR, "kind": "police", "aliases": ["Poliția Română"], "acronyms": ["IGPR"],
     "domains": ["politiaromana.ro"], "phone_numbers": ["+40 21 575 0100"], "fax_numbers": ["+40 21 575 0109"],
     "postal_addresses": ["Str. Mihai Vodă nr. 6, sector 5, București"], "identities": ["seal_igpr"]},
    _pol("Brașov", "bv.politiaromana.ro", "268", "Str. Nicolae Titulescu nr. 28, Brașov, județul Brașov",
         ["seal_ipj_bv"], ["+40 268 575 109", "+40 268 575 133"]),
    _pol("Maramureș", "mm.politiaromana.ro", "262", "Str. Gheorghe Șincai nr. 25, Baia Mare, județul Maramureș",
         ["seal_ipj_mm"], ["+40 262 575 109", "+40 262 575 144"]),
    _pol("Prahova", "ph.politiaromana.ro", "244", "Str. Văleni nr. 46, Ploiești, județul Prahova",
         ["pers_ph_stanciu", "pers_ph_radu", "pers_ph_ene", "pers_ph_vasilescu"], ["+40 244 575 109"]),
    {"name": DGPMB, "kind": "police", "parent": IGPR, "acronyms": ["DGPMB"], "aliases": ["Poliția Capitalei"],
     "domains": ["b.politiaromana.ro"], "phone_numbers": ["+40 21 575 0200"], "fax_numbers": ["+40 21 575 0209"],
     "postal_addresses": ["Calea Victoriei nr. 19, sector 3, București"], "identities": ["seal_dgpmb"]},
    {"name": "Direcția Generală de Poliție a Municipiului București – Secția 21 Poliție", "kind": "police",
     "parent": DGPMB, "acronyms": ["Secția 21 Poliție"], "domains": [], "phone_numbers": ["+40 21 575 0220"],
     "fax_numbers": ["+40 21 575 0221"], "postal_addresses": ["Str. Baba Novac nr. 15, sector 3, București"],
     "identities": []},
    {"name": IGPF, "kind": "police", "acronyms": ["IGPF"], "aliases": ["Poliția de Frontieră Română"],
     "domains": ["politiadefrontiera.ro"], "phone_numbers": ["+40 21 575 0300"], "fax_numbers": ["+40 21 575 0309"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 24, sector 1, București"], "identities": ["seal_igpf"]},
    {"name": "Inspectoratul Teritorial al Poliției de Frontieră Sighetu Marmației", "kind": "police",
     "parent": IGPF, "acronyms": ["ITPF Sighetu Marmației", "I.T.P.F. Sighetu Marmației"], "domains": [],
     "phone_numbers": ["+40 262 575 300"], "fax_numbers": ["+40 262 575 309"],
     "postal_addresses": ["Str. Avram Iancu nr. 2, Sighetu Marmației, județul Maramureș"], "identities": []},
    {"name": "Inspectoratul de Jandarmi Județean Brașov", "kind": "other", "acronyms": ["IJJ Brașov"],
     "domains": ["jandarmeriabrasov.ro"], "phone_numbers": ["+40 268 575 400"], "fax_numbers": ["+40 268 575 409"],
     "postal_addresses": ["Str. Zizinului nr. 104, Brașov, județul Brașov"], "identities": ["seal_ijj_bv"]},
    {"name": DIICOT, "kind": "prosecutor", "acronyms": ["DIICOT"], "domains": ["diicot.ro"],
     "phone_numbers": ["+40 21 575 0600"], "fax_numbers": ["+40 21 575 0609"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 12, sector 1, București"], "identities": ["seal_diicot"]},
    {"name": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul "
             "Teritorial Brașov", "kind": "prosecutor", "parent": DIICOT, "acronyms": ["DIICOT ST Brașov"],
     "domains": [], "phone_numbers": ["+40 268 575 600"], "fax_numbers": ["+40 268 575 609"],
     "postal_addresses": ["Bd. 15 Noiembrie nr. 45, Brașov, județul Brașov"], "identities": []},
    _mp("Parchetul de pe lângă Înalta Curte de Casație și Justiție", "21",
        "Bd. Libertății nr. 12-14, sector 5, București", ["seal_piccj"], faxes=["+40 21 575 0619"],
        acronyms=["PÎCCJ", "PICCJ"]),
    _mp("Parchetul de pe lângă Tribunalul Prahova", "244", "Str. Văleni nr. 44, Ploiești, județul Prahova",
        ["pers_ptph_marin", "pers_ptph_georgescu"], faxes=["+40 244 575 610", "+40 244 575 611"]),
    _mp("Parchetul de pe lângă Judecătoria Câmpina", "244", "Str. Griviței nr. 6, Câmpina, județul Prahova",
        ["seal_pj_campina"], faxes=["+40 244 575 620"], confirmed=False),
    _mp("Parchetul de pe lângă Judecătoria Sighetu Marmației", "262",
        "Str. Mihai Eminescu nr. 10, Sighetu Marmației, județul Maramureș", ["seal_pj_sighet"],
        faxes=["+40 262 575 610"]),
    _mp("Tribunalul Brașov", "268", "Bd. Eroilor nr. 5, Brașov, județul Brașov", ["seal_tb_bv"],
        kind="court", dom="just.ro"),
    _mp("Judecătoria Ploiești", "244", "Str. Văleni nr. 44, Ploiești, județul Prahova", ["pers_jud_ploiesti"],
        kind="court", dom="just.ro", faxes=["+40 244 575 720"]),
    _mp("Tribunalul Maramureș", "262", "Bd. Republicii nr. 2A, Baia Mare, județul Maramureș", ["seal_tb_mm"],
        kind="court", dom="just.ro"),
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
    return int.from_bytes(hashlib.sha256(("blind-round14/" + name).encode()).digest()[:15], "big") | (1 << 100)


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
             x509.PolicyInformation(ObjectIdentifier(policy), None),
             x509.PolicyInformation(ObjectIdentifier("1.3.6.1.4.1.99999.2.1"), [cps]),
         ]), critical=False)
         .add_extension(x509.UnrecognizedExtension(OID_QC_STATEMENTS, qc_statements(qctype)), critical=False))
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
    # the issuing CA's CRL of 07.12.2026 (what a signing tool with LTV embeds; nothing is fetched)
    revoked = [s for s in SIGNERS if s.get("revoked")]
    b = (x509.CertificateRevocationListBuilder().issuer_name(ca_name)
         .last_update(dt.datetime(2026, 12, 7, 6, 0, tzinfo=dt.UTC))
         .next_update(dt.datetime(2026, 12, 14, 6, 0, tzinfo=dt.UTC))
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
         .add_extension(x509.CRLNumber(1414), critical=False))
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
    lines = ["; blind round 14 - DNS answers for the product (REGISTRATURA_DNS_ZONE_FILE)",
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
    lines = ["# blind round 14 - the authority registry the product is run with (REGISTRATURA_CONFIG).",
             "# Top-level lists replace the shipped defaults: every authority of the mail half and of",
             "# the paper half is here. Written by bench/blind/round14/make_world.py (merging",
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


WORLD_README = """Trust world of blind round 14 (made by ../make_world.py; see ../README.md).

zone.txt        REGISTRATURA_DNS_ZONE_FILE: DKIM/SPF/DMARC TXT records, $TTL 3600 and a TTL on every line
policy.toml     REGISTRATURA_CONFIG: the authority registry (IPJ Brașov, Maramureș, Prahova and DGPMB with parent IGPR;
                DGPMB's Secția 21 Poliție (unit, paper only); IGPF and ITPF Sighetu Marmației (unit, paper only);
                IJJ Brașov (gendarmerie, kind "other"); DIICOT and its Brașov service (unit, paper only); the
                prosecutors' offices by the High Court, by Tribunalul Prahova, by Judecătoria Sighetu Marmației and by
                Judecătoria Câmpina (confirmed = false); Tribunalul Brașov, Judecătoria Ploiești, Tribunalul
                Maramureș) and our fax-to-e-mail gateway (unused)
roots/          REGISTRATURA_TRUST_ROOTS: only "Round14 Test Qualified Root CA"
pki/            test CAs (root, issuing CA), seals, four Prahova officers', two prosecutors' (one with an e-mail
                address) and a judge's certificates; issuing.crl.der (empty: nothing revoked)
keys/dkim/      DKIM private keys (test keys), <domain>.<selector>.pem
authorities.json, identities.json   the registry and the signers in plain JSON, for the generators

Test material only: fictional identifiers and +40 xx 575 ... numbers, documentation IP ranges.
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
