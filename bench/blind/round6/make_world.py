#!/usr/bin/env python3
"""Build the self-contained trust world of blind round 6.

Adapted (as a tool) from round 5's make_world.py, with a new world: a new root ("Round6 Test Qualified
Root CA", TSP "Moldova Trust Services Test SRL"), new DKIM keys, other authorities (the Romanian Police's
general inspectorate as the parent of the county inspectorates of Suceava, Dolj and Neamț and of the
capital's directorate; the gendarmerie of Prahova; the border police with its Iași territorial
inspectorate as a unit; prosecutors' offices by Judecătoria Sectorului 3, Tribunalul Iași and Judecătoria
Roman; DIICOT; Judecătoria Craiova; Tribunalul Suceava; ANPC), two certificates from the same trusted CA
that no registry entry binds (a seal with the capital directorate's O but another organizationIdentifier,
and a private person's), a DKIM selector of ANPC's newsletter provider, and our fax-to-e-mail gateway.

Writes, under ``world/`` next to this script: ``keys/dkim/``, ``zone.txt``, ``pki/``, ``roots/root.pem``,
``policy.toml``, ``authorities.json``, ``identities.json``.

Keys are generated once and kept; certificates are re-issued deterministically from them (fixed serials
and dates), so running the script twice changes nothing.
Test material only: documentation IP ranges, fictional +40 xx 566 … numbers, fictional identifiers.
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

MAIL_DOMAINS: dict[str, dict] = {
    # --- authorities (in the registry) ---
    "politiaromana.ro": {"selector": "igpr6", "ips": ["192.0.2.110", "192.0.2.111"], "all": "-all",
                         "dmarc": "v=DMARC1; p=reject; adkim=r; aspf=r"},
    "sv.politiaromana.ro": {"selector": "sv2026", "ips": ["192.0.2.120"], "all": "-all",
                            "dmarc": "v=DMARC1; p=quarantine; rua=mailto:dmarc@sv.politiaromana.ro"},
    "dj.politiaromana.ro": {"selector": "mail", "ips": ["192.0.2.130", "192.0.2.131"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject; adkim=s"},
    "nt.politiaromana.ro": {"selector": "nt1", "ips": ["192.0.2.140"], "all": "~all",
                            "dmarc": "v=DMARC1; p=none"},
    "b.politiaromana.ro": {"selector": "dgpmb", "ips": ["192.0.2.150"], "all": "-all",
                           "dmarc": "v=DMARC1; p=reject"},
    "ph.jandarmeriaromana.ro": {"selector": "ijjph", "ips": ["192.0.2.160"], "all": "-all",
                                "dmarc": "v=DMARC1; p=quarantine"},
    "politiadefrontiera.ro": {"selector": "igpf6", "ips": ["192.0.2.170"], "all": "-all",
                              "dmarc": "v=DMARC1; p=reject"},
    "iasi.politiadefrontiera.ro": {"selector": "itpf", "ips": ["192.0.2.171"], "all": "-all",
                                   "dmarc": "v=DMARC1; p=reject"},
    "mpublic.ro": {"selector": "mp6", "ips": ["198.51.100.31", "198.51.100.32"], "all": "-all",
                   "dmarc": "v=DMARC1; p=reject"},
    "diicot.ro": {"selector": "dx6", "ips": ["198.51.100.33"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "just.ro": {"selector": "jr6", "ips": ["198.51.100.35", "198.51.100.36"], "all": "~all",
                "dmarc": "v=DMARC1; p=none"},
    # ANPC: its own selector, and the newsletter provider's selector (a key ANPC published for it)
    "anpc.ro": {"selector": "anpc", "ips": ["198.51.100.37"], "all": "-all", "dmarc": "v=DMARC1; p=quarantine",
                "extra_selectors": [{"selector": "nl2026"}]},
    # --- free mail ---
    "gmail.com": {"selector": "20230601", "ips": ["198.51.100.200", "198.51.100.201"], "all": "~all",
                  "dmarc": "v=DMARC1; p=none; sp=quarantine"},
    "yahoo.com": {"selector": "s2048", "ips": ["198.51.100.210"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    "outlook.com": {"selector": "selector1", "ips": ["198.51.100.220"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "yahoo.ro": {"selector": "s1024", "ips": ["198.51.100.211"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    # --- us, companies, robots ---
    "okazii.ro": {"selector": "ok6", "ips": ["198.51.100.5"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "efax.okazii.ro": {"selector": "efx", "ips": ["198.51.100.7"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "mobila-bucovina.ro": {"selector": "default", "ips": ["198.51.100.244"], "all": "~all",
                           "dmarc": "v=DMARC1; p=none"},
    "fanbox-curier.ro": {"selector": "fb", "ips": ["198.51.100.245"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "contabil-expert.ro": {"selector": "x", "ips": ["198.51.100.246"], "all": "~all", "dmarc": None},
    "piese-auto-olt.ro": {"selector": "mail", "ips": ["198.51.100.247"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    # --- attackers ---
    "mail-ro.eu": {"selector": "m1", "ips": ["203.0.113.61"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "sv-politiaromana.ro": {"selector": "k", "ips": ["203.0.113.62"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "anpc-gov.ro": {"selector": "s", "ips": ["203.0.113.63"], "all": "~all", "dmarc": None},
    "okazii-juridic.ro": {"selector": "j", "ips": ["203.0.113.64"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
}

ROOT_NAME = "Round6 Test Qualified Root CA"
ISSUING_NAME = "Round6 Test Qualified Signing CA 2026"
TSP_ORG = "Moldova Trust Services Test SRL"
TSP_ORGID = "VATRO-99000006"
CPS = "https://ca.round6-test.example/cps"

SIGNERS: list[dict] = [
    {"id": "seal_igpr", "kind": "seal", "O": "Inspectoratul General al Poliției Române",
     "orgid": "VATRO-4267166", "CN": "IGPR sigiliu", "L": "București"},
    {"id": "seal_ipj_sv", "kind": "seal", "O": "Inspectoratul de Poliție Județean Suceava",
     "orgid": "VATRO-4244611", "CN": "IPJ SUCEAVA", "L": "Suceava"},
    {"id": "seal_ipj_nt", "kind": "seal", "O": "Inspectoratul de Poliție Județean Neamț",
     "orgid": "VATRO-4210385", "CN": "IPJ Neamt - sigiliu calificat", "L": "Piatra Neamț"},
    {"id": "seal_ijj_ph", "kind": "seal", "O": "Inspectoratul de Jandarmi Județean Prahova",
     "orgid": "VATRO-4376029", "CN": "IJJ PRAHOVA", "L": "Ploiești"},
    {"id": "seal_igpf", "kind": "seal", "O": "Inspectoratul General al Poliției de Frontieră",
     "orgid": "VATRO-4310606", "CN": "IGPF sigiliu", "L": "București"},
    {"id": "seal_itpf_is", "kind": "seal", "O": "Inspectoratul Teritorial al Poliției de Frontieră Iași",
     "orgid": "VATRO-4541272", "CN": "ITPF IASI", "L": "Iași"},
    {"id": "seal_pt_is", "kind": "seal", "O": "Parchetul de pe lângă Tribunalul Iași",
     "orgid": "VATRO-4541116", "CN": "Parchetul de pe langa Tribunalul Iasi", "L": "Iași"},
    {"id": "seal_diicot", "kind": "seal",
     "O": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "orgid": "VATRO-16391366", "CN": "DIICOT", "L": "București"},
    {"id": "seal_tbsv", "kind": "seal", "O": "Tribunalul Suceava", "orgid": "VATRO-4244670",
     "CN": "TRIBUNALUL SUCEAVA", "L": "Suceava"},
    {"id": "seal_anpc", "kind": "seal", "O": "Autoritatea Națională pentru Protecția Consumatorilor",
     "orgid": "VATRO-14567098", "CN": "ANPC - sigiliu electronic", "L": "București"},
    {"id": "pers_dj_manea", "kind": "person", "GN": "Mihai-Cristian", "SN": "Manea", "CN": "MANEA MIHAI-CRISTIAN",
     "serial": "PNORO-1860512160034", "email": "mihai.manea@dj.politiaromana.ro"},
    {"id": "pers_b_ionita", "kind": "person", "GN": "Alina", "SN": "Ioniță", "CN": "IONIȚĂ ALINA",
     "serial": "PNORO-2880901400061"},
    {"id": "pers_pjs3_stan", "kind": "person", "GN": "Elena", "SN": "Stan", "CN": "STAN ELENA",
     "serial": "PNORO-2800317400029", "email": "elena.stan@mpublic.ro"},
    {"id": "pers_jcv_barbu", "kind": "person", "GN": "Dragoș", "SN": "Barbu", "CN": "BARBU DRAGOȘ",
     "serial": "PNORO-1750126160047"},
    # NOT bound anywhere (same trusted CA): a seal carrying DGPMB's name with another organizationIdentifier
    # (a lax registration), and a private person's qualified certificate
    {"id": "seal_dgpmb_lookalike", "kind": "seal", "O": "Direcția Generală de Poliție a Municipiului București",
     "orgid": "VATRO-40117283", "CN": "DGPMB", "L": "București"},
    {"id": "pers_private_ciobanu", "kind": "person", "GN": "Vasile", "SN": "Ciobanu", "CN": "CIOBANU VASILE",
     "serial": "PNORO-1690804330015"},
]

ATTACKER_SIGNERS: list[dict] = []

IGPR = "Inspectoratul General al Poliției Române"
IGPF = "Inspectoratul General al Poliției de Frontieră"

AUTHORITIES: list[dict] = [
    {"name": IGPR, "kind": "police", "aliases": ["Poliția Română"], "acronyms": ["IGPR"],
     "domains": ["politiaromana.ro"], "phone_numbers": ["+40 21 566 0100"], "fax_numbers": ["+40 21 566 0109"],
     "postal_addresses": ["Str. Mihai Vodă nr. 6, sector 5, București"], "identities": ["seal_igpr"]},
    {"name": "Inspectoratul de Poliție Județean Suceava", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Suceava"], "domains": ["sv.politiaromana.ro"], "phone_numbers": ["+40 230 566 100"],
     "fax_numbers": ["+40 230 566 109", "+40 230 566 150"],
     "postal_addresses": ["Str. Nicolae Bălcescu nr. 17, Suceava, județul Suceava"], "identities": ["seal_ipj_sv"]},
    {"name": "Inspectoratul de Poliție Județean Dolj", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Dolj"], "domains": ["dj.politiaromana.ro"], "phone_numbers": ["+40 251 566 200"],
     "fax_numbers": ["+40 251 566 209"], "postal_addresses": ["Str. Nicolae Titulescu nr. 1, Craiova, județul Dolj"],
     "identities": ["pers_dj_manea"]},
    {"name": "Inspectoratul de Poliție Județean Neamț", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Neamț"], "domains": ["nt.politiaromana.ro"], "phone_numbers": ["+40 233 566 100"],
     "fax_numbers": ["+40 233 566 121", "+40 233 566 140"],
     "postal_addresses": ["Bd. Decebal nr. 5, Piatra Neamț, județul Neamț"], "identities": ["seal_ipj_nt"]},
    {"name": "Direcția Generală de Poliție a Municipiului București", "kind": "police", "parent": IGPR,
     "acronyms": ["DGPMB"], "domains": ["b.politiaromana.ro"], "phone_numbers": ["+40 21 566 0200"],
     "fax_numbers": ["+40 21 566 0209"], "postal_addresses": ["Str. Ștefan cel Mare nr. 13-15, sector 2, București"],
     "identities": ["pers_b_ionita"]},
    {"name": "Inspectoratul de Jandarmi Județean Prahova", "kind": "police", "acronyms": ["IJJ Prahova"],
     "aliases": ["Jandarmeria Prahova"],
     "domains": ["ph.jandarmeriaromana.ro"], "phone_numbers": ["+40 244 566 200"], "fax_numbers": ["+40 244 566 210"],
     "postal_addresses": ["Str. Mihai Bravu nr. 231, Ploiești, județul Prahova"], "identities": ["seal_ijj_ph"]},
    {"name": IGPF, "kind": "police", "acronyms": ["IGPF"], "aliases": ["Poliția de Frontieră Română"],
     "domains": ["politiadefrontiera.ro"], "phone_numbers": ["+40 21 566 0300"], "fax_numbers": ["+40 21 566 0309"],
     "postal_addresses": ["Str. Eduard Caranfil nr. 1-3, sector 1, București"], "identities": ["seal_igpf"]},
    {"name": "Inspectoratul Teritorial al Poliției de Frontieră Iași", "kind": "police", "parent": IGPF,
     "acronyms": ["ITPF Iași"], "domains": ["iasi.politiadefrontiera.ro"], "phone_numbers": ["+40 232 566 300"],
     "fax_numbers": ["+40 232 566 309"], "postal_addresses": ["Str. Vasile Lupu nr. 91, Iași, județul Iași"],
     "identities": ["seal_itpf_is"]},
    {"name": "Parchetul de pe lângă Judecătoria Sectorului 3 București", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 21 566 0400"], "fax_numbers": ["+40 21 566 0409"],
     "postal_addresses": ["Str. Ion Ionescu de la Brad nr. 8, sector 3, București"], "identities": ["pers_pjs3_stan"]},
    {"name": "Parchetul de pe lângă Tribunalul Iași", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 232 566 400"], "fax_numbers": ["+40 232 566 410"],
     "postal_addresses": ["Str. Elena Doamna nr. 1A, Iași, județul Iași"], "identities": ["seal_pt_is"]},
    {"name": "Parchetul de pe lângă Judecătoria Roman", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 233 566 400"], "fax_numbers": ["+40 233 566 450"],
     "postal_addresses": ["Str. Ștefan cel Mare nr. 258, Roman, județul Neamț"], "identities": []},
    {"name": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
     "kind": "prosecutor", "acronyms": ["DIICOT"],
     "domains": ["diicot.ro"], "phone_numbers": ["+40 21 566 0500"], "fax_numbers": ["+40 21 566 0509"],
     "postal_addresses": ["Str. Ion Câmpineanu nr. 20, sector 1, București"], "identities": ["seal_diicot"]},
    {"name": "Judecătoria Craiova", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 251 566 500"], "fax_numbers": ["+40 251 566 510"],
     "postal_addresses": ["Str. Brestei nr. 12, Craiova, județul Dolj"], "identities": ["pers_jcv_barbu"]},
    {"name": "Tribunalul Suceava", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 230 566 600"], "fax_numbers": ["+40 230 566 610"],
     "postal_addresses": ["Str. Ștefan cel Mare nr. 62, Suceava, județul Suceava"], "identities": ["seal_tbsv"]},
    {"name": "Autoritatea Națională pentru Protecția Consumatorilor", "kind": "other", "acronyms": ["ANPC"],
     "domains": ["anpc.ro"], "phone_numbers": ["+40 21 566 0700"], "fax_numbers": ["+40 21 566 0709"],
     "postal_addresses": ["Bd. Aviatorilor nr. 72, sector 1, București"], "identities": ["seal_anpc"]},
]

# our own fax-to-e-mail gateway (README "Fax and post folders")
FAX_GATEWAYS = [{"from": "@efax.okazii.ro", "pattern": r"Fax de la (?P<number>\+?\d+)"}]

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
    return int.from_bytes(hashlib.sha256(("blind-round6/" + name).encode()).digest()[:15], "big") | (1 << 100)


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
    return out


def txt_record(name: str, text: str) -> str:
    chunks = [text[i:i + 250] for i in range(0, len(text), 250)]
    return f'{name}. 3600 IN TXT ' + " ".join(f'"{c}"' for c in chunks)


def make_dns() -> dict:
    lines = ["; blind round 6 - DNS answers for the product (REGISTRATURA_DNS_ZONE_FILE)",
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
    lines = ["# blind round 6 - the authority registry the product is run with (REGISTRATURA_CONFIG).",
             "# Top-level lists replace the shipped defaults: every authority of the mail half and of",
             "# the paper half is here. Written by bench/blind/round6/make_world.py (merging",
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


WORLD_README = """Trust world of blind round 6 (made by ../make_world.py; see ../README.md).

zone.txt        REGISTRATURA_DNS_ZONE_FILE: DKIM/SPF/DMARC TXT records, $TTL 3600 and a TTL on every line
policy.toml     REGISTRATURA_CONFIG: the authority registry (units with parent) and our fax-to-e-mail
                gateway ([[fax_gateways]], from "@efax.okazii.ro")
roots/          REGISTRATURA_TRUST_ROOTS: only "Round6 Test Qualified Root CA"
pki/            test CA, seals, officers', a prosecutor's and a judge's certificates, two unbound
                certificates of the same CA, and their keys
keys/dkim/      DKIM private keys (test keys), <domain>.<selector>.pem
authorities.json, identities.json   the registry and the signers in plain JSON, for the generators

Test material only: fictional identifiers and +40 xx 566 ... numbers, documentation IP ranges.
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
