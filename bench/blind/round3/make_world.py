#!/usr/bin/env python3
"""Build the self-contained trust world of blind round 3.

Adapted (as a tool) from round 2's make_world.py, with a new world: a new root
("Round3 Test Qualified Root CA"), new DKIM keys, other authorities (other
counties, the border police, other prosecutors' offices and courts), domains
and persons, a foreign CA, a TLS server certificate and a DKIM selector in
testing mode.

Writes, under ``world/`` next to this script:

* ``keys/dkim/<domain>.<selector>.pem``  DKIM private keys (RSA 2048)
* ``zone.txt``                           DKIM, SPF and DMARC TXT records (absolute names, TTLs)
* ``pki/*.key.pem``, ``pki/*.cert.pem``  root CA, issuing CA, signers; and a foreign CA
* ``roots/root.pem``                     the only trust root the product is given
* ``policy.toml``                        the authority registry the product runs with
                                          (merged with ``../paper/registry_additions.json`` when present)
* ``authorities.json``                   the registry in plain JSON, for the paper half
* ``identities.json``                    what make_mail.py and selfcheck.py need

Keys are generated once and kept; certificates are re-issued deterministically
from them (fixed serials and dates), so running the script twice changes
nothing (unless the paper half's additions changed). Test material only:
documentation IP ranges, fictional +40 21 557 … numbers, fictional identifiers.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID, ObjectIdentifier

HERE = Path(__file__).resolve().parent
WORLD = HERE / "world"
ADDITIONS = HERE / "paper" / "registry_additions.json"

# --------------------------------------------------------------------------
# DNS
# --------------------------------------------------------------------------

MAIL_DOMAINS: dict[str, dict] = {
    # --- authorities (in the registry) ---
    "politiaromana.ro": {"selector": "igpr26", "ips": ["192.0.2.11", "192.0.2.12"], "all": "-all",
                         "dmarc": "v=DMARC1; p=reject; adkim=r; aspf=r"},
    "cj.politiaromana.ro": {"selector": "cj2026", "ips": ["192.0.2.21"], "all": "-all",
                            "dmarc": "v=DMARC1; p=quarantine; adkim=s"},
    "tm.politiaromana.ro": {"selector": "mail", "ips": ["192.0.2.31", "192.0.2.32"], "all": "~all", "dmarc": None},
    "ct.politiaromana.ro": {"selector": "s1", "ips": ["192.0.2.41"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "bv.politiaromana.ro": {"selector": "exch2026", "ips": ["192.0.2.51"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject"},
    "ag.politiaromana.ro": {"selector": "default", "ips": ["192.0.2.61"], "all": "-all", "dmarc": None},
    "ms.politiaromana.ro": {"selector": "k2026", "ips": ["192.0.2.71"], "all": "-all",
                            "dmarc": "v=DMARC1; p=quarantine"},
    "b.politiaromana.ro": {"selector": "dgpmb26", "ips": ["192.0.2.81", "192.0.2.82"], "all": "-all",
                           "dmarc": "v=DMARC1; p=reject; sp=reject"},
    # the border police: a normal selector, and a second one still published in testing mode (t=y)
    "politiadefrontiera.ro": {"selector": "pf2026", "ips": ["192.0.2.91"], "all": "-all",
                              "dmarc": "v=DMARC1; p=none; rua=mailto:dmarc@politiadefrontiera.ro",
                              "extra_selectors": [{"selector": "pftest", "flags": "t=y; "}]},
    "mpublic.ro": {"selector": "zimbra26", "ips": ["198.51.100.21", "198.51.100.22"], "all": "-all",
                   "dmarc": "v=DMARC1; p=reject"},
    "diicot.ro": {"selector": "dx1", "ips": ["198.51.100.31"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "pna.ro": {"selector": "pna2026", "ips": ["198.51.100.41"], "all": "-all", "dmarc": "v=DMARC1; p=quarantine"},
    "just.ro": {"selector": "ecris", "ips": ["198.51.100.51", "198.51.100.52"], "all": "~all",
                "dmarc": "v=DMARC1; p=none"},
    "anaf.ro": {"selector": "dgaf", "ips": ["198.51.100.61"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    # --- real institutions that are NOT in the registry ---
    "politialocalacluj.ro": {"selector": "plc", "ips": ["198.51.100.71"], "all": "-all",
                             "dmarc": "v=DMARC1; p=none"},
    "politia.md": {"selector": "igp", "ips": ["198.51.100.81"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    # --- free mail ---
    "gmail.com": {"selector": "20230601", "ips": ["198.51.100.100", "198.51.100.101"], "all": "~all",
                  "dmarc": "v=DMARC1; p=none; sp=quarantine"},
    "yahoo.com": {"selector": "s2048", "ips": ["198.51.100.110"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    "outlook.com": {"selector": "selector1", "ips": ["198.51.100.120"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "proton.me": {"selector": "protonmail2", "ips": ["198.51.100.130"], "all": "~all",
                  "dmarc": "v=DMARC1; p=quarantine"},
    # --- companies, lawyers, newsletters, robots ---
    "rapid-colet.ro": {"selector": "rc", "ips": ["198.51.100.140"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "electro-depot-bv.ro": {"selector": "default", "ips": ["198.51.100.141"], "all": "~all", "dmarc": None},
    "avocat-moldovan.ro": {"selector": "mail", "ips": ["198.51.100.142"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "info.oferte-zilnice.ro": {"selector": "nl2", "ips": ["198.51.100.143"], "all": "~all",
                               "dmarc": "v=DMARC1; p=none"},
    "okazii.ro": {"selector": "ok1", "ips": ["198.51.100.5"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    # --- attackers ---
    "cj.xn--poliiaromana-poc.ro": {"selector": "mail", "ips": ["203.0.113.11"], "all": "-all",
                                   "dmarc": "v=DMARC1; p=none"},
    "sendfast-mail.net": {"selector": "sf1", "ips": ["203.0.113.21", "203.0.113.22"], "all": "~all",
                          "dmarc": None},
    "europol-liaison.eu": {"selector": "k1", "ips": ["203.0.113.31"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "diicot-ro.org": {"selector": "default", "ips": ["203.0.113.41"], "all": "-all", "dmarc": None},
}

# --------------------------------------------------------------------------
# PKI
# --------------------------------------------------------------------------

ROOT_NAME = "Round3 Test Qualified Root CA"
ISSUING_NAME = "Round3 Test Qualified Signing CA 2026"
TSP_ORG = "Transilvania Trust Services Test SRL"
FOREIGN_ROOT = "Moldova Test Public Key Infrastructure CA"   # not in roots/

SIGNERS: list[dict] = [
    # qualified seals of institutions (bound by O + organizationIdentifier)
    {"id": "seal_igpr", "kind": "seal", "O": "Inspectoratul General al Poliției Române",
     "orgid": "VATRO-4267117", "CN": "IGPR - Centrul de Cooperare Polițienească Internațională", "L": "București"},
    {"id": "seal_igpf", "kind": "seal", "O": "Inspectoratul General al Poliției de Frontieră",
     "orgid": "VATRO-4310092", "CN": "IGPF - sigiliu calificat", "L": "București"},
    {"id": "seal_ipj_cj", "kind": "seal", "O": "Inspectoratul de Poliție Județean Cluj",
     "orgid": "VATRO-4288306", "CN": "IPJ CLUJ", "L": "Cluj-Napoca"},
    {"id": "seal_ipj_ct", "kind": "seal", "O": "Inspectoratul de Poliție Județean Constanța",
     "orgid": "VATRO-4301550", "CN": "Inspectoratul de Poliție Județean Constanța", "L": "Constanța"},
    {"id": "seal_ipj_ag", "kind": "seal", "O": "Inspectoratul de Poliție Județean Argeș",
     "orgid": "VATRO-4122200", "CN": "IPJ ARGES", "L": "Pitești"},
    {"id": "seal_ptt", "kind": "seal", "O": "Parchetul de pe lângă Tribunalul Timiș",
     "orgid": "VATRO-4483021", "CN": "Parchetul de pe langa Tribunalul Timis", "L": "Timișoara"},
    {"id": "seal_diicot", "kind": "seal",
     "O": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "orgid": "VATRO-16391299", "CN": "DIICOT - Structura Centrala", "L": "București"},
    {"id": "seal_tbcj", "kind": "seal", "O": "Tribunalul Cluj", "orgid": "VATRO-4288551",
     "CN": "Tribunalul Cluj", "L": "Cluj-Napoca"},
    {"id": "seal_anaf", "kind": "seal", "O": "Agenția Națională de Administrare Fiscală",
     "orgid": "VATRO-8055001", "CN": "ANAF - Directia Generala Antifrauda Fiscala", "L": "București"},
    # officers, prosecutors, judges (bound by certificate SHA-256); some carry an e-mail (S/MIME)
    {"id": "pers_tm_dragomir", "kind": "person", "GN": "Lucian", "SN": "Dragomir", "CN": "DRAGOMIR LUCIAN",
     "serial": "PNORO-1800923350021"},
    {"id": "pers_bv_stanciu", "kind": "person", "GN": "Andrei-Mihai", "SN": "Stanciu",
     "CN": "STANCIU ANDREI-MIHAI", "serial": "PNORO-1880304080047", "email": "andrei.stanciu@bv.politiaromana.ro"},
    {"id": "pers_ms_kovacs", "kind": "person", "GN": "Levente", "SN": "Kovács", "CN": "KOVÁCS LEVENTE",
     "serial": "PNORO-1840612260019"},
    {"id": "pers_b_enache", "kind": "person", "GN": "Cristina", "SN": "Enache", "CN": "ENACHE CRISTINA",
     "serial": "PNORO-2890127440063"},
    {"id": "pers_pjcj_muresan", "kind": "person", "GN": "Ana-Maria", "SN": "Mureșan", "CN": "MUREȘAN ANA-MARIA",
     "serial": "PNORO-2830716120035", "email": "anamaria.muresan@mpublic.ro"},
    {"id": "pers_pjs4_georgescu", "kind": "person", "GN": "Vlad", "SN": "Georgescu", "CN": "GEORGESCU VLAD",
     "serial": "PNORO-1810219440112"},
    {"id": "pers_dna_pop", "kind": "person", "GN": "Horea", "SN": "Pop", "CN": "POP HOREA",
     "serial": "PNORO-1770830120058", "email": "horea.pop@pna.ro"},
    {"id": "pers_jdct_constantin", "kind": "person", "GN": "Mirela", "SN": "Constantin",
     "CN": "CONSTANTIN MIRELA", "serial": "PNORO-2850505130027"},
    # NOT bound anywhere
    {"id": "pers_pjcj_muresan_namesake", "kind": "person", "GN": "Ana-Maria", "SN": "Mureșan",
     "CN": "MUREȘAN ANA-MARIA", "serial": "PNORO-2950402120077"},   # another woman of the same name
    {"id": "pers_private_dobre", "kind": "person", "GN": "Marius", "SN": "Dobre", "CN": "DOBRE MARIUS",
     "serial": "PNORO-1910711400155"},
    {"id": "seal_plcj", "kind": "seal", "O": "Poliția Locală Cluj-Napoca", "orgid": "VATRO-25381234",
     "CN": "Politia Locala Cluj-Napoca", "L": "Cluj-Napoca"},
    # the web server certificate of IPJ Constanța's site: same O and organizationIdentifier as its seal,
    # issued by the trusted CA, but a TLS server certificate (serverAuth, keyEncipherment, no QC statements)
    {"id": "tls_ipj_ct", "kind": "tls", "O": "Inspectoratul de Poliție Județean Constanța",
     "orgid": "VATRO-4301550", "CN": "ct.politiaromana.ro", "L": "Constanța", "dns": ["ct.politiaromana.ro",
                                                                                       "www.ct.politiaromana.ro"]},
]

# issued by a foreign CA (does not chain to roots/root.pem)
FOREIGN_SIGNERS: list[dict] = [
    {"id": "seal_md_igp", "kind": "seal", "O": "Inspectoratul General al Poliției al Republicii Moldova",
     "orgid": "VATMD-1006601000178", "CN": "IGP MD", "L": "Chișinău", "C": "MD"},
]

# --------------------------------------------------------------------------
# the registry
# --------------------------------------------------------------------------

AUTHORITIES: list[dict] = [
    {"name": "Inspectoratul General al Poliției Române", "kind": "police",
     "aliases": ["Centrul de Cooperare Polițienească Internațională",
                 "General Inspectorate of Romanian Police", "International Police Cooperation Centre"],
     "acronyms": ["IGPR", "CCPI"],
     "domains": ["politiaromana.ro"], "phone_numbers": ["+40 21 557 0100"], "fax_numbers": ["+40 21 557 0109"],
     "postal_addresses": ["Str. Mihai Vodă nr. 6, sector 5, București"], "identities": ["seal_igpr"]},
    {"name": "Inspectoratul General al Poliției de Frontieră", "kind": "police", "acronyms": ["IGPF"],
     "aliases": ["Poliția de Frontieră Română"],
     "domains": ["politiadefrontiera.ro"], "phone_numbers": ["+40 21 557 0120"], "fax_numbers": ["+40 21 557 0129"],
     "postal_addresses": ["Str. Eduard Caranfil nr. 1-3, sector 1, București"], "identities": ["seal_igpf"]},
    {"name": "Inspectoratul de Poliție Județean Cluj", "kind": "police", "acronyms": ["IPJ Cluj"],
     "domains": ["cj.politiaromana.ro"], "phone_numbers": ["+40 21 557 0210"],
     "fax_numbers": ["+40 21 557 0219", "+40 264 557 102"],
     "postal_addresses": ["Str. Decebal nr. 26, Cluj-Napoca, județul Cluj"], "identities": ["seal_ipj_cj"]},
    {"name": "Inspectoratul de Poliție Județean Timiș", "kind": "police", "acronyms": ["IPJ Timiș"],
     "domains": ["tm.politiaromana.ro"], "phone_numbers": ["+40 21 557 0220"], "fax_numbers": ["+40 21 557 0229"],
     "postal_addresses": ["Str. Polonă nr. 6, Timișoara, județul Timiș"], "identities": ["pers_tm_dragomir"]},
    {"name": "Inspectoratul de Poliție Județean Constanța", "kind": "police", "acronyms": ["IPJ Constanța"],
     "domains": ["ct.politiaromana.ro"], "phone_numbers": ["+40 21 557 0230"],
     "fax_numbers": ["+40 21 557 0239", "+40 241 557 611"],
     "postal_addresses": ["Bd. Mamaia nr. 104, Constanța, județul Constanța"], "identities": ["seal_ipj_ct"]},
    {"name": "Inspectoratul de Poliție Județean Brașov", "kind": "police", "acronyms": ["IPJ Brașov"],
     "domains": ["bv.politiaromana.ro"], "phone_numbers": ["+40 21 557 0240"], "fax_numbers": ["+40 21 557 0249"],
     "postal_addresses": ["Str. Nicolae Titulescu nr. 28, Brașov, județul Brașov"],
     "identities": ["pers_bv_stanciu"]},
    {"name": "Inspectoratul de Poliție Județean Argeș", "kind": "police", "acronyms": ["IPJ Argeș"],
     "domains": ["ag.politiaromana.ro"], "phone_numbers": ["+40 21 557 0250"], "fax_numbers": ["+40 21 557 0259"],
     "postal_addresses": ["Str. Negru Vodă nr. 43, Pitești, județul Argeș"], "identities": ["seal_ipj_ag"]},
    {"name": "Inspectoratul de Poliție Județean Mureș", "kind": "police", "acronyms": ["IPJ Mureș"],
     "domains": ["ms.politiaromana.ro"], "phone_numbers": ["+40 21 557 0260"],
     "fax_numbers": ["+40 21 557 0269", "+40 265 557 430"],
     "postal_addresses": ["Str. Borsos Tamás nr. 17, Târgu Mureș, județul Mureș"], "identities": ["pers_ms_kovacs"]},
    {"name": "Direcția Generală de Poliție a Municipiului București", "kind": "police",
     "aliases": ["Poliția Capitalei"], "acronyms": ["DGPMB"],
     "domains": ["b.politiaromana.ro"], "phone_numbers": ["+40 21 557 0300"], "fax_numbers": ["+40 21 557 0309"],
     "postal_addresses": ["Calea Victoriei nr. 19, sector 3, București"], "identities": ["pers_b_enache"]},
    # prosecutors (all write from mpublic.ro)
    {"name": "Parchetul de pe lângă Judecătoria Cluj-Napoca", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 557 0400"], "fax_numbers": ["+40 21 557 0409"],
     "postal_addresses": ["Calea Dorobanților nr. 2-4, Cluj-Napoca, județul Cluj"],
     "identities": ["pers_pjcj_muresan"]},
    {"name": "Parchetul de pe lângă Tribunalul Timiș", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 557 0410"], "fax_numbers": ["+40 21 557 0419"],
     "postal_addresses": ["Str. Paris nr. 2A, Timișoara, județul Timiș"], "identities": ["seal_ptt"]},
    {"name": "Parchetul de pe lângă Judecătoria Sectorului 4 București", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 557 0420"], "fax_numbers": ["+40 21 557 0429"],
     "postal_addresses": ["Str. Danielopolu nr. 2-4, sector 4, București"], "identities": ["pers_pjs4_georgescu"]},
    {"name": "Parchetul de pe lângă Tribunalul Constanța", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 557 0430"],
     "fax_numbers": ["+40 21 557 0439", "+40 241 557 290"],
     "postal_addresses": ["Str. Traian nr. 31, Constanța, județul Constanța"], "identities": []},
    {"name": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "kind": "prosecutor", "acronyms": ["DIICOT"],
     "domains": ["diicot.ro"], "phone_numbers": ["+40 21 557 0500"],
     "fax_numbers": ["+40 21 557 0509", "+40 268 557 140"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 20, sector 1, București"], "identities": ["seal_diicot"]},
    {"name": "Direcția Națională Anticorupție", "kind": "prosecutor", "acronyms": ["DNA"],
     "domains": ["pna.ro"], "phone_numbers": ["+40 21 557 0510"], "fax_numbers": ["+40 21 557 0519"],
     "postal_addresses": ["Str. Știrbei Vodă nr. 79-81, sector 1, București"], "identities": ["pers_dna_pop"]},
    # courts (all write from just.ro)
    {"name": "Tribunalul Cluj", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 21 557 0600"], "fax_numbers": ["+40 21 557 0609"],
     "postal_addresses": ["Calea Dorobanților nr. 2-4, Cluj-Napoca, județul Cluj"], "identities": ["seal_tbcj"]},
    {"name": "Judecătoria Constanța", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 21 557 0610"],
     "fax_numbers": ["+40 21 557 0619", "+40 241 557 805"],
     "postal_addresses": ["Str. Traian nr. 31, Constanța, județul Constanța"], "identities": ["pers_jdct_constantin"]},
    # other
    {"name": "Agenția Națională de Administrare Fiscală", "kind": "other", "acronyms": ["ANAF"],
     "aliases": ["Direcția Generală Antifraudă Fiscală"],
     "domains": ["anaf.ro"], "phone_numbers": ["+40 21 557 0700"], "fax_numbers": ["+40 21 557 0709"],
     "postal_addresses": ["Str. Apolodor nr. 17, sector 5, București"], "identities": ["seal_anaf"]},
]

NOT_BEFORE = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
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


def load_or_make_key(path: Path, bits: int = 2048) -> rsa.RSAPrivateKey:
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        return key
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return key


def serial_for(name: str) -> int:
    return int.from_bytes(hashlib.sha256(("blind-round3/" + name).encode()).digest()[:15], "big") | (1 << 100)


def ski(key) -> x509.SubjectKeyIdentifier:
    return x509.SubjectKeyIdentifier.from_public_key(key.public_key())


def ca_name_of(cn: str, org: str, orgid: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "RO"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        x509.NameAttribute(OID_ORG_ID, orgid),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ])


def make_ca(key, name, issuer_name, issuer_key, serial_id, path_length, not_after):
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(issuer_name)
         .public_key(key.public_key()).serial_number(serial_for(serial_id))
         .not_valid_before(NOT_BEFORE).not_valid_after(not_after)
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
            x509.NameAttribute(OID_ORG_ID, s["orgid"]),
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
         .not_valid_before(NOT_BEFORE).not_valid_after(s.get("not_after", NOT_AFTER_EE))
         .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
         .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
         .add_extension(ski(key), critical=False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
         .add_extension(x509.CertificatePolicies([
             x509.PolicyInformation(ObjectIdentifier(policy), None),
             x509.PolicyInformation(ObjectIdentifier("1.3.6.1.4.1.99999.2.1"), [cps]),
         ]), critical=False)
         .add_extension(x509.UnrecognizedExtension(OID_QC_STATEMENTS, qc_statements(qctype)), critical=False))
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
    root_name = ca_name_of(ROOT_NAME, TSP_ORG, "VATRO-99000002")
    root = make_ca(root_key, root_name, root_name, root_key, "root", None, NOT_AFTER_CA)
    ca_key = load_or_make_key(pki / "issuing.key.pem", 3072)
    ca_name = ca_name_of(ISSUING_NAME, TSP_ORG, "VATRO-99000002")
    ca = make_ca(ca_key, ca_name, root_name, root_key, "issuing", 0, dt.datetime(2037, 1, 1, tzinfo=dt.UTC))
    (pki / "root.cert.pem").write_bytes(root.public_bytes(pem))
    (pki / "issuing.cert.pem").write_bytes(ca.public_bytes(pem))
    (WORLD / "roots").mkdir(parents=True, exist_ok=True)
    (WORLD / "roots" / "root.pem").write_bytes(root.public_bytes(pem))
    out["root"], out["issuing"] = "pki/root.cert.pem", "pki/issuing.cert.pem"

    # a foreign police CA (Republic of Moldova): real-looking, not in roots/
    fkey = load_or_make_key(pki / "foreign_ca.key.pem", 2048)
    fname = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "MD"),
                       x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Serviciul Tehnologia Informatiei Test"),
                       x509.NameAttribute(NameOID.COMMON_NAME, FOREIGN_ROOT)])
    fca = make_ca(fkey, fname, fname, fkey, "foreign_ca", 0, NOT_AFTER_CA)
    (pki / "foreign_ca.cert.pem").write_bytes(fca.public_bytes(pem))
    out["foreign_ca"] = "pki/foreign_ca.cert.pem"

    for group, cakey, caname, cps, chain in (
            (SIGNERS, ca_key, ca_name, "https://ca.round3-test.example/cps", "pki/issuing.cert.pem"),
            (FOREIGN_SIGNERS, fkey, fname, "https://pki.md-test.example/cps", "pki/foreign_ca.cert.pem")):
        for s in group:
            key = load_or_make_key(pki / f"{s['id']}.key.pem", 2048)
            cert = make_ee(s, key, caname, cakey, cps)
            (pki / f"{s['id']}.cert.pem").write_bytes(cert.public_bytes(pem))
            der = cert.public_bytes(serialization.Encoding.DER)
            out["signers"][s["id"]] = {
                "kind": s["kind"], "key": f"pki/{s['id']}.key.pem", "cert": f"pki/{s['id']}.cert.pem",
                "chain": [chain], "sha256": hashlib.sha256(der).hexdigest(),
                "subject": cert.subject.rfc4514_string(), "organization": s.get("O"),
                "organization_identifier": s.get("orgid"), "email": s.get("email"),
                "not_after": cert.not_valid_after_utc.isoformat(),
                "trusted_chain": group is SIGNERS,
            }
    return out


def txt_record(name: str, text: str) -> str:
    chunks = [text[i:i + 250] for i in range(0, len(text), 250)]
    return f'{name}. 3600 IN TXT ' + " ".join(f'"{c}"' for c in chunks)


def make_dns() -> dict:
    lines = ["; blind round 3 - DNS answers for the product (REGISTRATURA_DNS_ZONE_FILE)",
             "; documentation IP ranges only; every name absolute", "$TTL 3600"]
    out: dict = {}
    for domain, d in MAIL_DOMAINS.items():
        key = load_or_make_key(WORLD / "keys" / "dkim" / f"{domain}.{d['selector']}.pem", 2048)
        pub = key.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
        lines.append(f"; --- {domain}")
        lines.append(txt_record(f"{d['selector']}._domainkey.{domain}",
                                f"v=DKIM1; k=rsa; p={base64.b64encode(pub).decode()}"))
        lines.append(txt_record(domain, "v=spf1 " + " ".join(f"ip4:{ip}" for ip in d["ips"]) + f" {d['all']}"))
        if d.get("dmarc"):
            lines.append(txt_record(f"_dmarc.{domain}", d["dmarc"]))
        out[domain] = {"selector": d["selector"], "ips": d["ips"],
                       "key": f"keys/dkim/{domain}.{d['selector']}.pem", "selectors": {}}
        for ex in d.get("extra_selectors", []):
            k2 = load_or_make_key(WORLD / "keys" / "dkim" / f"{domain}.{ex['selector']}.pem", 2048)
            pub2 = k2.public_key().public_bytes(serialization.Encoding.DER,
                                                serialization.PublicFormat.SubjectPublicKeyInfo)
            lines.append(txt_record(f"{ex['selector']}._domainkey.{domain}",
                                    f"v=DKIM1; k=rsa; {ex['flags']}p={base64.b64encode(pub2).decode()}"))
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
    lines = ["# blind round 3 - the authority registry the product is run with (REGISTRATURA_CONFIG).",
             "# Top-level lists replace the shipped defaults: every authority of the mail half and of",
             "# the paper half is here. Written by bench/blind/round3/make_world.py (merging",
             "# paper/registry_additions.json); do not edit by hand.", ""]
    for a in auths:
        lines.append("[[authorities]]")
        lines.append(f"name = {toml_str(a['name'])}")
        lines.append(f"kind = {toml_str(a['kind'])}")
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
        lines.append("signing_identities = [\n  " + ",\n  ".join(ids) + ",\n]" if ids else "signing_identities = []")
        lines.append("")
    (WORLD / "policy.toml").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    WORLD.mkdir(parents=True, exist_ok=True)
    pki = make_pki()
    dns = make_dns()
    auths = merged_authorities()
    make_policy(pki, auths)
    public = [{"name": a["name"], "kind": a["kind"], "aliases": a.get("aliases", []),
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
