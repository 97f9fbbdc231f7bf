#!/usr/bin/env python3
"""Build the self-contained trust world of blind round 9.

Adapted (as a tool) from round 8's make_world.py, with a new world: a new root ("Round9 Test Qualified
Root CA", TSP "Oltenia-Crisana Trust Services Test SRL"), its current issuing CA and an OLDER issuing CA of
the same TSP that expired on 31 December 2025; new DKIM keys (some published as several quoted strings, two
selectors for the county inspectorates' national relay) and other authorities: the Romanian Police's general
inspectorate as the parent of the county inspectorates of Gorj, Olt, Bihor, Harghita, Brăila and Ialomița;
DIICOT; DNA; the prosecutors' offices by Tribunalul Bihor, Judecătoria Târgu Jiu, Judecătoria Slobozia and
Judecătoria Miercurea Ciuc; Judecătoria Oradea; Tribunalul Gorj; Judecătoria Slatina; the Competition Council;
the Romanian Customs Authority. IPJ Bihor's seal has an ECDSA P-256 key; IPJ Olt's officer signs with RSASSA-PSS.

Certificates no registry entry should accept for a signature made today: Tribunalul Gorj's previous seal (its
exact O and organizationIdentifier) issued by the expired issuing CA; a Competition Council seal (exact O and
organizationIdentifier, trusted issuing CA) carrying an unknown CRITICAL extension.

Writes, under ``world/`` next to this script: ``keys/dkim/``, ``zone.txt``, ``pki/``, ``roots/root.pem``,
``policy.toml``, ``authorities.json``, ``identities.json``.

Keys are generated once and kept; certificates are re-issued deterministically from them (fixed serials
and dates), so running the script twice changes nothing.
Test material only: documentation IP ranges, fictional +40 xx 569 … numbers, fictional identifiers.
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
    "politiaromana.ro": {"selector": "igpr9", "ips": ["192.0.2.10", "192.0.2.11"], "all": "-all",
                         "dmarc": "v=DMARC1; p=reject; adkim=r; aspf=r"},
    "gj.politiaromana.ro": {"selector": "gj2026", "ips": ["192.0.2.21", "192.0.2.10"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject; rua=mailto:dmarc@gj.politiaromana.ro"},
    "ot.politiaromana.ro": {"selector": "mail", "ips": ["192.0.2.31"], "all": "-all",
                            "dmarc": "v=DMARC1; p=quarantine"},
    "bh.politiaromana.ro": {"selector": "bh1", "ips": ["192.0.2.41", "192.0.2.10"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject"},
    "hr.politiaromana.ro": {"selector": "hrsel", "ips": ["192.0.2.51"], "all": "~all",
                            "dmarc": "v=DMARC1; p=none"},
    "br.politiaromana.ro": {"selector": "brk26", "ips": ["192.0.2.61"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject", "split": 120},
    "il.politiaromana.ro": {"selector": "il", "ips": ["192.0.2.71"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "diicot.ro": {"selector": "dct9", "ips": ["198.51.100.61"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "pna.ro": {"selector": "pna9", "ips": ["198.51.100.62"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "mpublic.ro": {"selector": "mp9", "ips": ["198.51.100.63", "198.51.100.64"], "all": "-all",
                   "dmarc": "v=DMARC1; p=reject", "split": 64},
    "just.ro": {"selector": "jr9", "ips": ["198.51.100.65", "198.51.100.66"], "all": "~all",
                "dmarc": "v=DMARC1; p=quarantine"},
    "consiliulconcurentei.ro": {"selector": "cc", "ips": ["198.51.100.67"], "all": "-all",
                                "dmarc": "v=DMARC1; p=reject"},
    "customs.ro": {"selector": "anv9", "ips": ["198.51.100.68"], "all": "-all", "dmarc": "v=DMARC1; p=quarantine"},
    # --- free mail ---
    "gmail.com": {"selector": "20230601", "ips": ["198.51.100.200", "198.51.100.201"], "all": "~all",
                  "dmarc": "v=DMARC1; p=none; sp=quarantine"},
    "yahoo.com": {"selector": "s2048", "ips": ["198.51.100.210"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    "outlook.com": {"selector": "selector1", "ips": ["198.51.100.220"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "icloud.com": {"selector": "1a1hai", "ips": ["198.51.100.225"], "all": "~all", "dmarc": "v=DMARC1; p=quarantine"},
    "proton.me": {"selector": "protonmail", "ips": ["198.51.100.230"], "all": "~all",
                  "dmarc": "v=DMARC1; p=quarantine"},
    "mail.ru": {"selector": "mail4", "ips": ["198.51.100.232"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    # --- us, companies, professionals, an attacker's neutral relay ---
    "okazii.ro": {"selector": "ok9", "ips": ["198.51.100.5"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "fax-in.okazii.ro": {"selector": "fx9", "ips": ["198.51.100.9"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "fancourier-notificari.ro": {"selector": "k1", "ips": ["198.51.100.240"], "all": "~all",
                                 "dmarc": "v=DMARC1; p=none"},
    "contabil-oradea.ro": {"selector": "x", "ips": ["198.51.100.241"], "all": "~all", "dmarc": None},
    "agromec-slatina.ro": {"selector": "default", "ips": ["198.51.100.242"], "all": "~all",
                           "dmarc": "v=DMARC1; p=none"},
    "mobila-braila.ro": {"selector": "s1", "ips": ["198.51.100.243"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "secure-relay-mail.net": {"selector": "r1", "ips": ["203.0.113.77"], "all": "~all",
                              "dmarc": "v=DMARC1; p=none"},
    "ro-relay.eu": {"selector": "mx", "ips": ["203.0.113.88"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
}

ROOT_NAME = "Round9 Test Qualified Root CA"
ISSUING_NAME = "Round9 Test Qualified Signing CA 2026"
OLD_ISSUING_NAME = "Round9 Test Qualified Signing CA 2021"
TSA_NAME = "Round9 Test Qualified Time-Stamping Unit"
TSP_ORG = "Oltenia-Crisana Trust Services Test SRL"
TSP_ORGID = "VATRO-99000009"
CPS = "https://ca.round9-test.example/cps"

SIGNERS: list[dict] = [
    {"id": "seal_igpr", "kind": "seal", "O": "Inspectoratul General al Poliției Române",
     "orgid": "VATRO-4267117", "CN": "IGPR - sigiliu calificat", "L": "București"},
    {"id": "seal_ipj_gj", "kind": "seal", "O": "Inspectoratul de Poliție Județean Gorj",
     "orgid": "VATRO-4342779", "CN": "IPJ GORJ", "L": "Târgu Jiu"},
    {"id": "seal_ipj_bh", "kind": "seal", "O": "Inspectoratul de Poliție Județean Bihor",
     "orgid": "VATRO-4261930", "CN": "IPJ Bihor sigiliu electronic", "L": "Oradea", "ec": True},
    {"id": "seal_ipj_hr", "kind": "seal", "O": "Inspectoratul de Poliție Județean Harghita",
     "orgid": "VATRO-4367560", "CN": "IPJ HARGHITA", "L": "Miercurea Ciuc"},
    {"id": "seal_ipj_br", "kind": "seal", "O": "Inspectoratul de Poliție Județean Brăila",
     "orgid": "VATRO-4339877", "CN": "IPJ Braila - sigiliu", "L": "Brăila"},
    {"id": "seal_diicot", "kind": "seal",
     "O": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "orgid": "VATRO-14840781", "CN": "DIICOT sigiliu calificat", "L": "București"},
    {"id": "seal_pt_bh", "kind": "seal", "O": "Parchetul de pe lângă Tribunalul Bihor",
     "orgid": "VATRO-4289613", "CN": "PARCHETUL DE PE LANGA TRIBUNALUL BIHOR", "L": "Oradea"},
    {"id": "seal_pj_mciuc", "kind": "seal", "O": "Parchetul de pe lângă Judecătoria Miercurea Ciuc",
     "orgid": "VATRO-4367544", "CN": "PARCHETUL JUDECATORIA MIERCUREA CIUC", "L": "Miercurea Ciuc"},
    {"id": "seal_tb_gj", "kind": "seal", "O": "Tribunalul Gorj", "orgid": "VATRO-4342701",
     "CN": "TRIBUNALUL GORJ", "L": "Târgu Jiu"},
    {"id": "seal_cc", "kind": "seal", "O": "Consiliul Concurenței", "orgid": "VATRO-9138540",
     "CN": "Consiliul Concurentei - sigiliu", "L": "București"},
    {"id": "seal_anv", "kind": "seal", "O": "Autoritatea Vamală Română", "orgid": "VATRO-4328085",
     "CN": "AVR sigiliu", "L": "București"},
    {"id": "pers_ot_officer", "kind": "person", "GN": "Sorin-Marian", "SN": "Bălașa",
     "CN": "BĂLAȘA SORIN-MARIAN", "serial": "PNORO-1830412280016"},
    {"id": "pers_dna_or", "kind": "person", "GN": "Adela", "SN": "Crișan", "CN": "CRIȘAN ADELA",
     "serial": "PNORO-2840919050033", "email": "adela.crisan@pna.ro"},
    {"id": "pers_pj_tgjiu", "kind": "person", "GN": "Lucian", "SN": "Popescu-Motru", "CN": "POPESCU-MOTRU LUCIAN",
     "serial": "PNORO-1790203180042"},
    {"id": "pers_jud_oradea", "kind": "person", "GN": "Ioana-Cristina", "SN": "Sabău", "CN": "SABĂU IOANA-CRISTINA",
     "serial": "PNORO-2810707050021"},
    # a Competition Council seal (exact O and orgid, trusted issuing CA) with an unknown CRITICAL extension
    {"id": "seal_cc_critext", "kind": "seal", "O": "Consiliul Concurenței", "orgid": "VATRO-9138540",
     "CN": "Consiliul Concurentei - sigiliu 2", "L": "București", "critical_ext": True},
]

# Tribunalul Gorj's previous seal, issued in 2024 by the TSP's OLD issuing CA (expired 2025-12-31)
OLD_ISSUED: list[dict] = [
    {"id": "seal_tb_gj_2024", "kind": "seal", "O": "Tribunalul Gorj", "orgid": "VATRO-4342701",
     "CN": "TRIBUNALUL GORJ", "L": "Târgu Jiu",
     "not_before": dt.datetime(2024, 2, 1, tzinfo=dt.UTC), "not_after": dt.datetime(2027, 1, 31, tzinfo=dt.UTC)},
]

IGPR = "Inspectoratul General al Poliției Române"


def _pol(county, acr, dom, n3, addr, ids, faxes, **kw):
    a = {"name": f"Inspectoratul de Poliție Județean {county}", "kind": "police", "parent": IGPR,
         "acronyms": [f"IPJ {county}"], "domains": [dom], "phone_numbers": [f"+40 {n3} 569 100"],
         "fax_numbers": faxes, "postal_addresses": [addr], "identities": ids}
    a.update(kw)
    return a


AUTHORITIES: list[dict] = [
    {"name": IGPR, "kind": "police", "aliases": ["Poliția Română"], "acronyms": ["IGPR"],
     "domains": ["politiaromana.ro"], "phone_numbers": ["+40 21 569 0100"], "fax_numbers": ["+40 21 569 0109"],
     "postal_addresses": ["Str. Mihai Vodă nr. 6, sector 5, București"], "identities": ["seal_igpr"]},
    _pol("Gorj", "GJ", "gj.politiaromana.ro", "253", "Str. Tudor Vladimirescu nr. 17, Târgu Jiu, județul Gorj",
         ["seal_ipj_gj"], ["+40 253 569 109", "+40 253 569 131"]),
    _pol("Olt", "OT", "ot.politiaromana.ro", "249", "Str. Ana Ipătescu nr. 5, Slatina, județul Olt",
         ["pers_ot_officer"], ["+40 249 569 109", "+40 249 569 122"]),
    _pol("Bihor", "BH", "bh.politiaromana.ro", "259", "Str. Dimitrie Cantemir nr. 7, Oradea, județul Bihor",
         ["seal_ipj_bh"], ["+40 259 569 109"]),
    _pol("Harghita", "HR", "hr.politiaromana.ro", "266", "Str. Florilor nr. 4, Miercurea Ciuc, județul Harghita",
         ["seal_ipj_hr"], ["+40 266 569 109", "+40 266 569 177"]),
    _pol("Brăila", "BR", "br.politiaromana.ro", "239", "Str. Griviței nr. 92, Brăila, județul Brăila",
         ["seal_ipj_br"], ["+40 239 569 109", "+40 239 569 140"]),
    _pol("Ialomița", "IL", "il.politiaromana.ro", "243", "Str. Lacului nr. 6, Slobozia, județul Ialomița",
         [], ["+40 243 569 109", "+40 243 569 155"]),
    {"name": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism", "kind": "prosecutor",
     "acronyms": ["DIICOT"], "domains": ["diicot.ro"], "phone_numbers": ["+40 21 569 0600"],
     "fax_numbers": ["+40 21 569 0609", "+40 259 569 609"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 12, sector 1, București"], "identities": ["seal_diicot"]},
    {"name": "Direcția Națională Anticorupție", "kind": "prosecutor", "acronyms": ["DNA"],
     "domains": ["pna.ro"], "phone_numbers": ["+40 21 569 0700"], "fax_numbers": ["+40 21 569 0709", "+40 259 569 709"],
     "postal_addresses": ["Str. Știrbei Vodă nr. 79-81, sector 1, București"], "identities": ["pers_dna_or"]},
    {"name": "Parchetul de pe lângă Tribunalul Bihor", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 259 569 600"], "fax_numbers": ["+40 259 569 610"],
     "postal_addresses": ["Str. Avram Iancu nr. 4, Oradea, județul Bihor"], "identities": ["seal_pt_bh"]},
    {"name": "Parchetul de pe lângă Judecătoria Târgu Jiu", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 253 569 600"], "fax_numbers": ["+40 253 569 610"],
     "postal_addresses": ["Str. Unirii nr. 1, Târgu Jiu, județul Gorj"], "identities": ["pers_pj_tgjiu"]},
    {"name": "Parchetul de pe lângă Judecătoria Slobozia", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 243 569 600"], "fax_numbers": ["+40 243 569 610"],
     "postal_addresses": ["Str. Matei Basarab nr. 14, Slobozia, județul Ialomița"], "identities": []},
    {"name": "Parchetul de pe lângă Judecătoria Miercurea Ciuc", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 266 569 600"], "fax_numbers": ["+40 266 569 610"],
     "postal_addresses": ["Str. Kossuth Lajos nr. 5, Miercurea Ciuc, județul Harghita"],
     "identities": ["seal_pj_mciuc"]},
    {"name": "Judecătoria Oradea", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 259 569 700"], "fax_numbers": ["+40 259 569 710"],
     "postal_addresses": ["Str. Avram Iancu nr. 4, Oradea, județul Bihor"], "identities": ["pers_jud_oradea"]},
    {"name": "Tribunalul Gorj", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 253 569 700"], "fax_numbers": ["+40 253 569 710"],
     "postal_addresses": ["Str. Tudor Vladimirescu nr. 15, Târgu Jiu, județul Gorj"], "identities": ["seal_tb_gj"]},
    {"name": "Judecătoria Slatina", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 249 569 700"], "fax_numbers": ["+40 249 569 710"],
     "postal_addresses": ["Str. Mihail Kogălniceanu nr. 1, Slatina, județul Olt"], "identities": []},
    {"name": "Consiliul Concurenței", "kind": "other",
     "domains": ["consiliulconcurentei.ro"], "phone_numbers": ["+40 21 569 0800"], "fax_numbers": ["+40 21 569 0809"],
     "postal_addresses": ["Piața Presei Libere nr. 1, sector 1, București"], "identities": ["seal_cc"]},
    {"name": "Autoritatea Vamală Română", "kind": "other", "aliases": ["Direcția Antifraudă Vamală"],
     "domains": ["customs.ro"], "phone_numbers": ["+40 21 569 0900"], "fax_numbers": ["+40 21 569 0909"],
     "postal_addresses": ["Str. Alexandru Ioan Cuza nr. 13, sector 1, București"], "identities": ["seal_anv"]},
]

# our own fax-to-e-mail gateway (README "Fax and post folders"); no item of this round comes through it
FAX_GATEWAYS = [{"from": "@fax-in.okazii.ro", "pattern": r"Fax primit de la (?P<number>\+?\d+)"}]

NOT_BEFORE = dt.datetime(2025, 9, 1, tzinfo=dt.UTC)
ROOT_NOT_BEFORE = dt.datetime(2020, 6, 1, tzinfo=dt.UTC)
NOT_AFTER_CA = dt.datetime(2041, 1, 1, tzinfo=dt.UTC)
NOT_AFTER_EE = dt.datetime(2028, 6, 30, tzinfo=dt.UTC)

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
    return int.from_bytes(hashlib.sha256(("blind-round9/" + name).encode()).digest()[:15], "big") | (1 << 100)


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
    # the TSP's previous issuing CA: 2021-01-01 .. 2025-12-31 (expired now)
    old_key = load_or_make_key(pki / "issuing2021.key.pem", 3072)
    old_name = ca_name_of(OLD_ISSUING_NAME, TSP_ORG, TSP_ORGID)
    old = make_ca(old_key, old_name, root_name, root_key, "issuing2021", 0,
                  dt.datetime(2025, 12, 31, 23, 59, 59, tzinfo=dt.UTC), dt.datetime(2021, 1, 1, tzinfo=dt.UTC))
    (pki / "root.cert.pem").write_bytes(root.public_bytes(pem))
    (pki / "issuing.cert.pem").write_bytes(ca.public_bytes(pem))
    (pki / "issuing2021.cert.pem").write_bytes(old.public_bytes(pem))
    (WORLD / "roots").mkdir(parents=True, exist_ok=True)
    (WORLD / "roots" / "root.pem").write_bytes(root.public_bytes(pem))
    out["root"], out["issuing"], out["issuing2021"] = ("pki/root.cert.pem", "pki/issuing.cert.pem",
                                                      "pki/issuing2021.cert.pem")

    for group, cakey, caname, chain, trusted in (
            (SIGNERS, ca_key, ca_name, ["pki/issuing.cert.pem"], True),
            (OLD_ISSUED, old_key, old_name, ["pki/issuing2021.cert.pem"], False)):
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
                "key_type": "ec-p256" if s.get("ec") else "rsa-2048",
            }
    return out


def txt_record(name: str, text: str, width: int = 250) -> str:
    chunks = [text[i:i + width] for i in range(0, len(text), width)]
    return f'{name}. 3600 IN TXT ' + " ".join(f'"{c}"' for c in chunks)


def make_dns() -> dict:
    lines = ["; blind round 9 - DNS answers for the product (REGISTRATURA_DNS_ZONE_FILE)",
             "; documentation IP ranges only; every name absolute", "$TTL 3600"]
    out: dict = {}
    for domain, d in MAIL_DOMAINS.items():
        key = load_or_make_key(WORLD / "keys" / "dkim" / f"{domain}.{d['selector']}.pem", 2048)
        pub = key.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
        lines.append(f"; --- {domain}")
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
    lines = ["# blind round 9 - the authority registry the product is run with (REGISTRATURA_CONFIG).",
             "# Top-level lists replace the shipped defaults: every authority of the mail half and of",
             "# the paper half is here. Written by bench/blind/round9/make_world.py (merging",
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
        lines.append("confirmed = true")
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


WORLD_README = """Trust world of blind round 9 (made by ../make_world.py; see ../README.md).

zone.txt        REGISTRATURA_DNS_ZONE_FILE: DKIM/SPF/DMARC TXT records, $TTL 3600 and a TTL on every line
                (some DKIM keys published as several quoted strings of 64 or 120 characters)
policy.toml     REGISTRATURA_CONFIG: the authority registry (county inspectorates with parent) and our
                fax-to-e-mail gateway ([[fax_gateways]], from "@fax-in.okazii.ro"; unused this round)
roots/          REGISTRATURA_TRUST_ROOTS: only "Round9 Test Qualified Root CA"
pki/            test CAs (current issuing CA, an issuing CA that expired 2025-12-31), seals (IPJ Bihor's on an
                ECDSA P-256 key), an officer's, two prosecutors' and a judge's certificates; and certificates no
                registry entry should accept today: Tribunalul Gorj's 2024 seal under the expired CA, a
                Competition Council seal with an unknown critical extension; and their keys
keys/dkim/      DKIM private keys (test keys), <domain>.<selector>.pem
authorities.json, identities.json   the registry and the signers in plain JSON, for the generators

Test material only: fictional identifiers and +40 xx 569 ... numbers, documentation IP ranges.
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
               "postal_addresses": a["postal_addresses"],
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
