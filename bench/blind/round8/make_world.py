#!/usr/bin/env python3
"""Build the self-contained trust world of blind round 8.

Adapted (as a tool) from round 7's make_world.py, with a new world: a new root ("Round8 Test Qualified
Root CA", TSP "Muntenia Trust Services Test SRL", issuing CA with pathLenConstraint 0), a time-stamping
authority of the same TSP, new DKIM keys and other authorities (the Romanian Police's general inspectorate as
the parent of the county inspectorates of Dâmbovița, Caraș-Severin, Covasna, Teleorman and Vaslui; the border
police; the MAI anti-corruption directorate; DIICOT; DNA; the prosecutors' offices by Curtea de Apel Ploiești,
Judecătoria Târgoviște, Judecătoria Alexandria and Tribunalul Covasna; Judecătoria Reșița; Tribunalul
Dâmbovița; the national anti-money-laundering office ONPCSB; ANAF), and certificates that no registry entry
should accept: a "seal" with IGPF's exact O and organizationIdentifier issued by a subordinate CA that the
issuing CA (pathLen 0) may not have; a consulting company's seal whose subject carries, after its own O and
organizationIdentifier, ONPCSB's O and organizationIdentifier as second values; IPJ Dâmbovița's renewed seal
valid only from 1 January 2027. IPJ Vaslui also publishes a legacy 768-bit DKIM key (selector vs2012).

Writes, under ``world/`` next to this script: ``keys/dkim/``, ``zone.txt``, ``pki/``, ``roots/root.pem``,
``policy.toml``, ``authorities.json``, ``identities.json``.

Keys are generated once and kept; certificates are re-issued deterministically from them (fixed serials
and dates), so running the script twice changes nothing.
Test material only: documentation IP ranges, fictional +40 xx 568 … numbers, fictional identifiers.
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
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID, ObjectIdentifier

HERE = Path(__file__).resolve().parent
WORLD = HERE / "world"
ADDITIONS = HERE / "paper" / "registry_additions.json"

MAIL_DOMAINS: dict[str, dict] = {
    # --- authorities (in the registry) ---
    "politiaromana.ro": {"selector": "igpr8", "ips": ["192.0.2.110", "192.0.2.111"], "all": "-all",
                         "dmarc": "v=DMARC1; p=reject; adkim=r; aspf=r"},
    "db.politiaromana.ro": {"selector": "db26", "ips": ["192.0.2.121"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject; rua=mailto:dmarc@db.politiaromana.ro"},
    "cs.politiaromana.ro": {"selector": "mail2026", "ips": ["192.0.2.131", "192.0.2.132"], "all": "~all",
                            "dmarc": "v=DMARC1; p=quarantine"},
    # Covasna's own server signs with cvk1; mail leaving by the national relays is signed d=politiaromana.ro
    "cv.politiaromana.ro": {"selector": "cvk1", "ips": ["192.0.2.141", "192.0.2.110"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject"},
    "tr.politiaromana.ro": {"selector": "tr", "ips": ["192.0.2.151"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "vs.politiaromana.ro": {"selector": "vs8", "ips": ["192.0.2.161", "192.0.2.162"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject",
                            # the county's old relay still signs with its 2012 key: 768 bits (RFC 8301: never valid)
                            "extra_selectors": [{"selector": "vs2012", "bits": 768}]},
    "politiadefrontiera.ro": {"selector": "pf8", "ips": ["192.0.2.171"], "all": "-all",
                              "dmarc": "v=DMARC1; p=reject"},
    "mai-dga.ro": {"selector": "dga8", "ips": ["192.0.2.181"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "diicot.ro": {"selector": "dc8", "ips": ["198.51.100.61"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "pna.ro": {"selector": "pna8", "ips": ["198.51.100.62"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "mpublic.ro": {"selector": "mp8", "ips": ["198.51.100.63", "198.51.100.64"], "all": "-all",
                   "dmarc": "v=DMARC1; p=reject"},
    "just.ro": {"selector": "jr8", "ips": ["198.51.100.65", "198.51.100.66"], "all": "~all",
                "dmarc": "v=DMARC1; p=none"},
    "onpcsb.ro": {"selector": "onp", "ips": ["198.51.100.67"], "all": "-all", "dmarc": "v=DMARC1; p=quarantine"},
    "anaf.ro": {"selector": "anaf8", "ips": ["198.51.100.68", "198.51.100.69"], "all": "-all",
                "dmarc": "v=DMARC1; p=quarantine"},
    # --- free mail ---
    "gmail.com": {"selector": "20230601", "ips": ["198.51.100.200", "198.51.100.201"], "all": "~all",
                  "dmarc": "v=DMARC1; p=none; sp=quarantine"},
    "yahoo.com": {"selector": "s2048", "ips": ["198.51.100.210"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    "yahoo.ro": {"selector": "s2048", "ips": ["198.51.100.211"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    "outlook.com": {"selector": "selector1", "ips": ["198.51.100.220"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "icloud.com": {"selector": "1a1hai", "ips": ["198.51.100.225"], "all": "~all", "dmarc": "v=DMARC1; p=quarantine"},
    "proton.me": {"selector": "protonmail", "ips": ["198.51.100.230"], "all": "~all",
                  "dmarc": "v=DMARC1; p=quarantine"},
    "google.com": {"selector": "20230601", "ips": ["198.51.100.235"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    # --- us, companies, professionals ---
    "okazii.ro": {"selector": "ok8", "ips": ["198.51.100.5"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "fax-in.okazii.ro": {"selector": "fx8", "ips": ["198.51.100.9"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "bej-stanciu.ro": {"selector": "default", "ips": ["198.51.100.240"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "avocat-dobrescu.ro": {"selector": "x", "ips": ["198.51.100.241"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "expert-fisc-cv.ro": {"selector": "mail", "ips": ["198.51.100.242"], "all": "~all", "dmarc": None},
    "piese-tgv.ro": {"selector": "s1", "ips": ["198.51.100.243"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "bebe-vaslui.ro": {"selector": "k1", "ips": ["198.51.100.244"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
}

ROOT_NAME = "Round8 Test Qualified Root CA"
ISSUING_NAME = "Round8 Test Qualified Signing CA 2026"
TSA_NAME = "Round8 Test Qualified Time-Stamping Unit 1"
TSP_ORG = "Muntenia Trust Services Test SRL"
TSP_ORGID = "VATRO-99000008"
CPS = "https://ca.round8-test.example/cps"

SIGNERS: list[dict] = [
    {"id": "seal_igpr", "kind": "seal", "O": "Inspectoratul General al Poliției Române",
     "orgid": "VATRO-4267117", "CN": "IGPR sigiliu electronic calificat", "L": "București"},
    {"id": "seal_ipj_db", "kind": "seal", "O": "Inspectoratul de Poliție Județean Dâmbovița",
     "orgid": "VATRO-4279979", "CN": "IPJ DAMBOVITA", "L": "Târgoviște"},
    {"id": "seal_ipj_cv", "kind": "seal", "O": "Inspectoratul de Poliție Județean Covasna",
     "orgid": "VATRO-4404605", "CN": "IPJ Covasna - sigiliu", "L": "Sfântu Gheorghe"},
    {"id": "seal_ipj_vs", "kind": "seal", "O": "Inspectoratul de Poliție Județean Vaslui",
     "orgid": "VATRO-4446011", "CN": "IPJ VASLUI", "L": "Vaslui"},
    {"id": "seal_igpf", "kind": "seal", "O": "Inspectoratul General al Poliției de Frontieră",
     "orgid": "VATRO-4310677", "CN": "IGPF sigiliu", "L": "București"},
    {"id": "seal_dga", "kind": "seal", "O": "Direcția Generală Anticorupție",
     "orgid": "VATRO-18004277", "CN": "DGA - sigiliu calificat", "L": "București"},
    {"id": "seal_diicot", "kind": "seal",
     "O": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "orgid": "VATRO-14840781", "CN": "DIICOT - sigiliu", "L": "București"},
    {"id": "seal_pj_tgv", "kind": "seal", "O": "Parchetul de pe lângă Judecătoria Târgoviște",
     "orgid": "VATRO-4279600", "CN": "PARCHETUL DE PE LANGA JUDECATORIA TARGOVISTE", "L": "Târgoviște"},
    {"id": "seal_pt_cv", "kind": "seal", "O": "Parchetul de pe lângă Tribunalul Covasna",
     "orgid": "VATRO-4404630", "CN": "PARCHETUL DE PE LANGA TRIBUNALUL COVASNA", "L": "Sfântu Gheorghe"},
    {"id": "seal_tb_db", "kind": "seal", "O": "Tribunalul Dâmbovița", "orgid": "VATRO-4279588",
     "CN": "TRIBUNALUL DAMBOVITA", "L": "Târgoviște"},
    {"id": "seal_onpcsb", "kind": "seal",
     "O": "Oficiul Național de Prevenire și Combatere a Spălării Banilor", "orgid": "VATRO-12189011",
     "CN": "ONPCSB sigiliu", "L": "București"},
    {"id": "seal_anaf", "kind": "seal", "O": "Agenția Națională de Administrare Fiscală",
     "orgid": "VATRO-17477864", "CN": "ANAF sigiliu", "L": "București"},
    {"id": "pers_cs_officer", "kind": "person", "GN": "Adrian-Nicolae", "SN": "Jurca",
     "CN": "JURCA ADRIAN-NICOLAE", "serial": "PNORO-1850611110034"},
    {"id": "pers_pca_ph", "kind": "person", "GN": "Mihaela", "SN": "Vlădescu", "CN": "VLĂDESCU MIHAELA",
     "serial": "PNORO-2780303290027", "email": "mihaela.vladescu@mpublic.ro"},
    {"id": "pers_jrs_judge", "kind": "person", "GN": "Cosmin", "SN": "Bogdănescu", "CN": "BOGDĂNESCU COSMIN",
     "serial": "PNORO-1820917110051"},
    {"id": "pers_dna_sg", "kind": "person", "GN": "Enikő", "SN": "Kovács", "CN": "KOVÁCS ENIKŐ",
     "serial": "PNORO-2860122140019"},
    # IPJ Dâmbovița's renewed seal, issued early: valid only from 1 January 2027 (same O and orgid)
    {"id": "seal_ipj_db_2027", "kind": "seal", "O": "Inspectoratul de Poliție Județean Dâmbovița",
     "orgid": "VATRO-4279979", "CN": "IPJ DAMBOVITA 2027", "L": "Târgoviște",
     "not_before": dt.datetime(2027, 1, 1, tzinfo=dt.UTC), "not_after": dt.datetime(2029, 12, 31, tzinfo=dt.UTC)},
    # a consulting company's seal; its subject carries ONPCSB's O and orgid as SECOND values (attribute injection)
    {"id": "seal_aml_double_o", "kind": "seal", "O": "Expert AML Conformitate SRL", "orgid": "VATRO-38772291",
     "O2": "Oficiul Național de Prevenire și Combatere a Spălării Banilor", "orgid2": "VATRO-12189011",
     "CN": "Expert AML Conformitate - sigiliu", "L": "București"},
]

# a subordinate CA (CA:TRUE) issued by the issuing CA although the issuing CA's pathLenConstraint is 0
ROGUE_CA = {"id": "rogue_subca", "CN": "Conformitate Digitala Test SRL - CA interna", "O": "Conformitate Digitala Test SRL",
            "orgid": "VATRO-40998812"}
ROGUE_ISSUED: list[dict] = [
    {"id": "seal_igpf_rogue", "kind": "seal", "O": "Inspectoratul General al Poliției de Frontieră",
     "orgid": "VATRO-4310677", "CN": "IGPF sigiliu", "L": "București"},
]

IGPR = "Inspectoratul General al Poliției Române"

AUTHORITIES: list[dict] = [
    {"name": IGPR, "kind": "police", "aliases": ["Poliția Română"], "acronyms": ["IGPR"],
     "domains": ["politiaromana.ro"], "phone_numbers": ["+40 21 568 0100"], "fax_numbers": ["+40 21 568 0109"],
     "postal_addresses": ["Str. Mihai Vodă nr. 6, sector 5, București"], "identities": ["seal_igpr"]},
    {"name": "Inspectoratul de Poliție Județean Dâmbovița", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Dâmbovița"], "domains": ["db.politiaromana.ro"], "phone_numbers": ["+40 245 568 100"],
     "fax_numbers": ["+40 245 568 109"],
     "postal_addresses": ["Str. Locotenent Stancu Ion nr. 2, Târgoviște, județul Dâmbovița"],
     "identities": ["seal_ipj_db"]},
    {"name": "Inspectoratul de Poliție Județean Caraș-Severin", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Caraș-Severin"], "domains": ["cs.politiaromana.ro"], "phone_numbers": ["+40 255 568 100"],
     "fax_numbers": ["+40 255 568 109"],
     "postal_addresses": ["Str. Traian Lalescu nr. 2, Reșița, județul Caraș-Severin"],
     "identities": ["pers_cs_officer"]},
    {"name": "Inspectoratul de Poliție Județean Covasna", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Covasna"], "domains": ["cv.politiaromana.ro"], "phone_numbers": ["+40 267 568 100"],
     "fax_numbers": ["+40 267 568 109"],
     "postal_addresses": ["Str. Kós Károly nr. 13, Sfântu Gheorghe, județul Covasna"], "identities": ["seal_ipj_cv"]},
    {"name": "Inspectoratul de Poliție Județean Teleorman", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Teleorman"], "domains": ["tr.politiaromana.ro"], "phone_numbers": ["+40 247 568 100"],
     "fax_numbers": ["+40 247 568 109", "+40 247 568 144"],
     "postal_addresses": ["Str. Dunării nr. 200, Alexandria, județul Teleorman"], "identities": []},
    {"name": "Inspectoratul de Poliție Județean Vaslui", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Vaslui"], "domains": ["vs.politiaromana.ro"], "phone_numbers": ["+40 235 568 100"],
     "fax_numbers": ["+40 235 568 109", "+40 235 568 133"],
     "postal_addresses": ["Str. Ștefan cel Mare nr. 79, Vaslui, județul Vaslui"], "identities": ["seal_ipj_vs"]},
    {"name": "Inspectoratul General al Poliției de Frontieră", "kind": "police", "acronyms": ["IGPF"],
     "aliases": ["Poliția de Frontieră Română"],
     "domains": ["politiadefrontiera.ro"], "phone_numbers": ["+40 21 568 0400"],
     "fax_numbers": ["+40 21 568 0409", "+40 247 568 409"],
     "postal_addresses": ["Str. Eduard Caranfil nr. 1-3, sector 1, București"], "identities": ["seal_igpf"]},
    {"name": "Direcția Generală Anticorupție", "kind": "police", "acronyms": ["DGA"],
     "aliases": ["Direcția Generală Anticorupție din M.A.I."],
     "domains": ["mai-dga.ro"], "phone_numbers": ["+40 21 568 0500"], "fax_numbers": ["+40 21 568 0509"],
     "postal_addresses": ["Str. Eforie nr. 3-5, sector 5, București"], "identities": ["seal_dga"]},
    {"name": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism", "kind": "prosecutor",
     "acronyms": ["DIICOT"], "domains": ["diicot.ro"], "phone_numbers": ["+40 21 568 0600"],
     "fax_numbers": ["+40 21 568 0609", "+40 255 568 609"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 12, sector 1, București"], "identities": ["seal_diicot"]},
    {"name": "Direcția Națională Anticorupție", "kind": "prosecutor", "acronyms": ["DNA"],
     "domains": ["pna.ro"], "phone_numbers": ["+40 21 568 0700"], "fax_numbers": ["+40 21 568 0709"],
     "postal_addresses": ["Str. Știrbei Vodă nr. 79-81, sector 1, București"], "identities": ["pers_dna_sg"]},
    {"name": "Parchetul de pe lângă Curtea de Apel Ploiești", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 244 568 600"], "fax_numbers": ["+40 244 568 610"],
     "postal_addresses": ["Str. Văleni nr. 44, Ploiești, județul Prahova"], "identities": ["pers_pca_ph"]},
    {"name": "Parchetul de pe lângă Judecătoria Târgoviște", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 245 568 600"], "fax_numbers": ["+40 245 568 610"],
     "postal_addresses": ["Str. Calea Domnească nr. 166, Târgoviște, județul Dâmbovița"],
     "identities": ["seal_pj_tgv"]},
    {"name": "Parchetul de pe lângă Judecătoria Alexandria", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 247 568 600"], "fax_numbers": ["+40 247 568 610"],
     "postal_addresses": ["Str. Libertății nr. 125, Alexandria, județul Teleorman"], "identities": []},
    {"name": "Parchetul de pe lângă Tribunalul Covasna", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 267 568 600"], "fax_numbers": ["+40 267 568 610"],
     "postal_addresses": ["Str. Kós Károly nr. 16, Sfântu Gheorghe, județul Covasna"], "identities": ["seal_pt_cv"]},
    {"name": "Judecătoria Reșița", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 255 568 700"], "fax_numbers": ["+40 255 568 710"],
     "postal_addresses": ["Str. Horea nr. 2A, Reșița, județul Caraș-Severin"], "identities": ["pers_jrs_judge"]},
    {"name": "Tribunalul Dâmbovița", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 245 568 700"], "fax_numbers": ["+40 245 568 710"],
     "postal_addresses": ["Str. Calea Domnească nr. 166, Târgoviște, județul Dâmbovița"], "identities": ["seal_tb_db"]},
    {"name": "Oficiul Național de Prevenire și Combatere a Spălării Banilor", "kind": "other", "acronyms": ["ONPCSB"],
     "domains": ["onpcsb.ro"], "phone_numbers": ["+40 21 568 0800"], "fax_numbers": ["+40 21 568 0809"],
     "postal_addresses": ["Bd. Unirii nr. 2, sector 4, București"], "identities": ["seal_onpcsb"]},
    {"name": "Agenția Națională de Administrare Fiscală", "kind": "other", "acronyms": ["ANAF"],
     "aliases": ["Direcția Generală Antifraudă Fiscală"],
     "domains": ["anaf.ro"], "phone_numbers": ["+40 21 568 0900"], "fax_numbers": ["+40 21 568 0909"],
     "postal_addresses": ["Str. Apolodor nr. 17, sector 5, București"], "identities": ["seal_anaf"]},
]

# our own fax-to-e-mail gateway (README "Fax and post folders"); no item of this round comes through it
FAX_GATEWAYS = [{"from": "@fax-in.okazii.ro", "pattern": r"Fax receptionat de la (?P<number>\+?\d+)"}]

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
    return int.from_bytes(hashlib.sha256(("blind-round8/" + name).encode()).digest()[:15], "big") | (1 << 100)


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
    root = make_ca(root_key, root_name, root_name, root_key, "root", None, NOT_AFTER_CA)
    ca_key = load_or_make_key(pki / "issuing.key.pem", 3072)
    ca_name = ca_name_of(ISSUING_NAME, TSP_ORG, TSP_ORGID)
    ca = make_ca(ca_key, ca_name, root_name, root_key, "issuing", 0, dt.datetime(2037, 1, 1, tzinfo=dt.UTC))
    (pki / "root.cert.pem").write_bytes(root.public_bytes(pem))
    (pki / "issuing.cert.pem").write_bytes(ca.public_bytes(pem))
    (WORLD / "roots").mkdir(parents=True, exist_ok=True)
    (WORLD / "roots" / "root.pem").write_bytes(root.public_bytes(pem))
    out["root"], out["issuing"] = "pki/root.cert.pem", "pki/issuing.cert.pem"

    for group, cakey, caname, cps, chain in (
            (SIGNERS, ca_key, ca_name, CPS, ["pki/issuing.cert.pem"]),):
        for s in group:
            key = load_or_make_key(pki / f"{s['id']}.key.pem", 2048)
            cert = make_ee(s, key, caname, cakey, cps)
            (pki / f"{s['id']}.cert.pem").write_bytes(cert.public_bytes(pem))
            der = cert.public_bytes(serialization.Encoding.DER)
            out["signers"][s["id"]] = {
                "kind": s["kind"], "key": f"pki/{s['id']}.key.pem", "cert": f"pki/{s['id']}.cert.pem",
                "chain": chain, "sha256": hashlib.sha256(der).hexdigest(),
                "subject": cert.subject.rfc4514_string(), "organization": s.get("O"),
                "organization_identifier": s.get("orgid"), "email": s.get("email"),
                "not_after": cert.not_valid_after_utc.isoformat(),
                "trusted_chain": group is SIGNERS,
            }
    # the TSP's time-stamping unit (EKU timeStamping, critical)
    tsa_key = load_or_make_key(pki / "tsa.key.pem", 2048)
    tsa = (x509.CertificateBuilder().subject_name(ca_name_of(TSA_NAME, TSP_ORG, TSP_ORGID)).issuer_name(ca_name)
           .public_key(tsa_key.public_key()).serial_number(serial_for("tsa"))
           .not_valid_before(NOT_BEFORE).not_valid_after(dt.datetime(2031, 1, 1, tzinfo=dt.UTC))
           .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
           .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
           .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
           .add_extension(ski(tsa_key), critical=False)
           .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
           .sign(ca_key, hashes.SHA256()))
    (pki / "tsa.cert.pem").write_bytes(tsa.public_bytes(pem))
    out["tsa"] = {"key": "pki/tsa.key.pem", "cert": "pki/tsa.cert.pem", "chain": ["pki/issuing.cert.pem"],
                  "sha256": hashlib.sha256(tsa.public_bytes(serialization.Encoding.DER)).hexdigest(),
                  "subject": tsa.subject.rfc4514_string()}
    # a subordinate CA the issuing CA (pathLenConstraint 0) had no right to issue, and the seal it issued
    rk = load_or_make_key(pki / f"{ROGUE_CA['id']}.key.pem", 2048)
    rname = ca_name_of(ROGUE_CA["CN"], ROGUE_CA["O"], ROGUE_CA["orgid"])
    rogue = (x509.CertificateBuilder().subject_name(rname).issuer_name(ca_name)
             .public_key(rk.public_key()).serial_number(serial_for(ROGUE_CA["id"]))
             .not_valid_before(NOT_BEFORE).not_valid_after(dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
             .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
             .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
             .add_extension(ski(rk), critical=False)
             .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
             .sign(ca_key, hashes.SHA256()))
    (pki / f"{ROGUE_CA['id']}.cert.pem").write_bytes(rogue.public_bytes(pem))
    out["rogue_subca"] = {"cert": f"pki/{ROGUE_CA['id']}.cert.pem", "subject": rogue.subject.rfc4514_string()}
    for s in ROGUE_ISSUED:
        key = load_or_make_key(pki / f"{s['id']}.key.pem", 2048)
        cert = make_ee(s, key, rname, rk, CPS)
        (pki / f"{s['id']}.cert.pem").write_bytes(cert.public_bytes(pem))
        der = cert.public_bytes(serialization.Encoding.DER)
        out["signers"][s["id"]] = {
            "kind": s["kind"], "key": f"pki/{s['id']}.key.pem", "cert": f"pki/{s['id']}.cert.pem",
            "chain": [f"pki/{ROGUE_CA['id']}.cert.pem", "pki/issuing.cert.pem"],
            "sha256": hashlib.sha256(der).hexdigest(),
            "subject": cert.subject.rfc4514_string(), "organization": s.get("O"),
            "organization_identifier": s.get("orgid"), "email": None,
            "not_after": cert.not_valid_after_utc.isoformat(), "trusted_chain": False,
            "issued_by": ROGUE_CA["id"],
        }
    return out


def txt_record(name: str, text: str) -> str:
    chunks = [text[i:i + 250] for i in range(0, len(text), 250)]
    return f'{name}. 3600 IN TXT ' + " ".join(f'"{c}"' for c in chunks)


def make_dns() -> dict:
    lines = ["; blind round 7 - DNS answers for the product (REGISTRATURA_DNS_ZONE_FILE)",
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
    lines = ["# blind round 8 - the authority registry the product is run with (REGISTRATURA_CONFIG).",
             "# Top-level lists replace the shipped defaults: every authority of the mail half and of",
             "# the paper half is here. Written by bench/blind/round8/make_world.py (merging",
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


WORLD_README = """Trust world of blind round 8 (made by ../make_world.py; see ../README.md).

zone.txt        REGISTRATURA_DNS_ZONE_FILE: DKIM/SPF/DMARC TXT records, $TTL 3600 and a TTL on every line
                (vs.politiaromana.ro also publishes a legacy 768-bit key, selector vs2012)
policy.toml     REGISTRATURA_CONFIG: the authority registry (units with parent) and our fax-to-e-mail
                gateway ([[fax_gateways]], from "@fax-in.okazii.ro")
roots/          REGISTRATURA_TRUST_ROOTS: only "Round8 Test Qualified Root CA"
pki/            test CA (issuing CA with pathLenConstraint 0), the TSP's time-stamping unit, seals, an officer's,
                two prosecutors' and a judge's certificates; and certificates no registry entry should accept:
                a subordinate CA the issuing CA could not issue with IGPF's look-alike seal under it, a company
                seal carrying ONPCSB's O and organizationIdentifier as second subject values, IPJ Dambovita's
                renewed seal valid only from 2027-01-01; and their keys
keys/dkim/      DKIM private keys (test keys), <domain>.<selector>.pem
authorities.json, identities.json   the registry and the signers in plain JSON, for the generators

Test material only: fictional identifiers and +40 xx 568 ... numbers, documentation IP ranges.
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
