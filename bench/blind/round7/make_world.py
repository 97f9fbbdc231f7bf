#!/usr/bin/env python3
"""Build the self-contained trust world of blind round 7.

Adapted (as a tool) from round 6's make_world.py, with a new world: a new root ("Round7 Test Qualified
Root CA", TSP "Crisana Trust Services Test SRL"), new DKIM keys and other authorities (the Romanian
Police's general inspectorate as the parent of the county inspectorates of Arad, Vrancea, Ilfov, Mehedinți
and Sălaj; the border police with its Coast Guard as a unit; the MAI anti-corruption directorate (DGA);
DNA; prosecutors' offices by Tribunalul Arad, Judecătoria Focșani and Judecătoria Zalău; Tribunalul Ilfov;
Judecătoria Drobeta-Turnu Severin; ANAF's anti-fraud directorate), and certificates of the same trusted CA
that no registry entry binds: a private person's, the seal of an institution the registry does not list
(Parchetul de pe lângă Tribunalul Vrancea), a seal with IPJ Mehedinți's exact O whose organizationIdentifier
has the registry's digits under another scheme (NTRRO- instead of VATRO-), and a "seal" with IPJ Arad's exact
O and organizationIdentifier issued by the private person's END-ENTITY certificate (CA:FALSE) acting as a CA.

Writes, under ``world/`` next to this script: ``keys/dkim/``, ``zone.txt``, ``pki/``, ``roots/root.pem``,
``policy.toml``, ``authorities.json``, ``identities.json``.

Keys are generated once and kept; certificates are re-issued deterministically from them (fixed serials
and dates), so running the script twice changes nothing.
Test material only: documentation IP ranges, fictional +40 xx 567 … numbers, fictional identifiers.
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
    "politiaromana.ro": {"selector": "igpr7", "ips": ["192.0.2.10", "192.0.2.11"], "all": "-all",
                         "dmarc": "v=DMARC1; p=reject; adkim=r; aspf=r"},
    "ar.politiaromana.ro": {"selector": "ar2026", "ips": ["192.0.2.21"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject; rua=mailto:dmarc@ar.politiaromana.ro"},
    "vn.politiaromana.ro": {"selector": "mail", "ips": ["192.0.2.31", "192.0.2.32"], "all": "~all",
                            "dmarc": "v=DMARC1; p=quarantine; adkim=s"},
    "if.politiaromana.ro": {"selector": "ipjif", "ips": ["192.0.2.41"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject"},
    "mh.politiaromana.ro": {"selector": "mh1", "ips": ["192.0.2.51"], "all": "-all",
                            "dmarc": "v=DMARC1; p=none"},
    "sj.politiaromana.ro": {"selector": "sj", "ips": ["192.0.2.61"], "all": "-all",
                            "dmarc": "v=DMARC1; p=reject"},
    "politiadefrontiera.ro": {"selector": "pf7", "ips": ["192.0.2.71"], "all": "-all",
                              "dmarc": "v=DMARC1; p=reject"},
    "gc.politiadefrontiera.ro": {"selector": "gc", "ips": ["192.0.2.72"], "all": "-all",
                                 "dmarc": "v=DMARC1; p=quarantine"},
    "mai-dga.ro": {"selector": "dga", "ips": ["192.0.2.81"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "pna.ro": {"selector": "pna7", "ips": ["198.51.100.41"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "mpublic.ro": {"selector": "mp7", "ips": ["198.51.100.42", "198.51.100.43"], "all": "-all",
                   "dmarc": "v=DMARC1; p=reject"},
    "just.ro": {"selector": "jr7", "ips": ["198.51.100.45", "198.51.100.46"], "all": "~all",
                "dmarc": "v=DMARC1; p=none"},
    "anaf.ro": {"selector": "anaf", "ips": ["198.51.100.47"], "all": "-all", "dmarc": "v=DMARC1; p=quarantine"},
    # --- free mail ---
    "gmail.com": {"selector": "20230601", "ips": ["198.51.100.200", "198.51.100.201"], "all": "~all",
                  "dmarc": "v=DMARC1; p=none; sp=quarantine"},
    "yahoo.com": {"selector": "s2048", "ips": ["198.51.100.210"], "all": "~all", "dmarc": "v=DMARC1; p=reject"},
    "outlook.com": {"selector": "selector1", "ips": ["198.51.100.220"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "proton.me": {"selector": "protonmail", "ips": ["198.51.100.230"], "all": "~all",
                  "dmarc": "v=DMARC1; p=quarantine"},
    # --- us, companies, robots ---
    "okazii.ro": {"selector": "ok7", "ips": ["198.51.100.5"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "faxmail.okazii.ro": {"selector": "fx7", "ips": ["198.51.100.8"], "all": "-all", "dmarc": "v=DMARC1; p=reject"},
    "colete-rapide.ro": {"selector": "news", "ips": ["198.51.100.240"], "all": "~all", "dmarc": "v=DMARC1; p=none"},
    "mobila-dunarea.ro": {"selector": "default", "ips": ["198.51.100.241"], "all": "~all",
                          "dmarc": "v=DMARC1; p=none"},
    "electro-severin.ro": {"selector": "mail", "ips": ["198.51.100.242"], "all": "~all", "dmarc": None},
    "cabinet-avocat-lungu.ro": {"selector": "x", "ips": ["198.51.100.243"], "all": "~all",
                                "dmarc": "v=DMARC1; p=none"},
    # --- attackers ---
    "arad-ipj.eu": {"selector": "s1", "ips": ["203.0.113.71"], "all": "-all", "dmarc": "v=DMARC1; p=none"},
    "okazii-securitate.com": {"selector": "k", "ips": ["203.0.113.72"], "all": "~all", "dmarc": None},
    "bulk-mailer.biz": {"selector": "m", "ips": ["203.0.113.73"], "all": "~all", "dmarc": None},
}

ROOT_NAME = "Round7 Test Qualified Root CA"
ISSUING_NAME = "Round7 Test Qualified Signing CA 2026"
TSP_ORG = "Crisana Trust Services Test SRL"
TSP_ORGID = "VATRO-99000007"
CPS = "https://ca.round7-test.example/cps"

SIGNERS: list[dict] = [
    {"id": "seal_igpr", "kind": "seal", "O": "Inspectoratul General al Poliției Române",
     "orgid": "VATRO-4267117", "CN": "IGPR - sigiliu electronic", "L": "București"},
    {"id": "seal_ipj_ar", "kind": "seal", "O": "Inspectoratul de Poliție Județean Arad",
     "orgid": "VATRO-3519810", "CN": "IPJ ARAD", "L": "Arad"},
    {"id": "seal_ipj_if", "kind": "seal", "O": "Inspectoratul de Poliție Județean Ilfov",
     "orgid": "VATRO-4420787", "CN": "IPJ Ilfov sigiliu calificat", "L": "București"},
    {"id": "seal_ipj_mh", "kind": "seal", "O": "Inspectoratul de Poliție Județean Mehedinți",
     "orgid": "VATRO-4215462", "CN": "IPJ MEHEDINTI", "L": "Drobeta-Turnu Severin"},
    {"id": "seal_igpf", "kind": "seal", "O": "Inspectoratul General al Poliției de Frontieră",
     "orgid": "VATRO-4310677", "CN": "IGPF sigiliu", "L": "București"},
    {"id": "seal_gc", "kind": "seal", "O": "Garda de Coastă",
     "orgid": "VATRO-16271650", "CN": "GARDA DE COASTA", "L": "Constanța"},
    {"id": "seal_dga", "kind": "seal", "O": "Direcția Generală Anticorupție",
     "orgid": "VATRO-18004277", "CN": "DGA - sigiliu", "L": "București"},
    {"id": "seal_pt_ar", "kind": "seal", "O": "Parchetul de pe lângă Tribunalul Arad",
     "orgid": "VATRO-3519666", "CN": "PARCHETUL DE PE LANGA TRIBUNALUL ARAD", "L": "Arad"},
    {"id": "seal_tb_if", "kind": "seal", "O": "Tribunalul Ilfov", "orgid": "VATRO-4420655",
     "CN": "TRIBUNALUL ILFOV", "L": "București"},
    {"id": "seal_anaf", "kind": "seal", "O": "Agenția Națională de Administrare Fiscală",
     "orgid": "VATRO-17477864", "CN": "ANAF - DGAF sigiliu", "L": "București"},
    {"id": "pers_vn_radu", "kind": "person", "GN": "Costel-Ionuț", "SN": "Radu", "CN": "RADU COSTEL-IONUȚ",
     "serial": "PNORO-1830419390021"},
    {"id": "pers_dna_toma", "kind": "person", "GN": "Irina", "SN": "Toma", "CN": "TOMA IRINA",
     "serial": "PNORO-2790612350048"},
    {"id": "pers_pjfs_dobre", "kind": "person", "GN": "Silviu", "SN": "Dobre", "CN": "DOBRE SILVIU",
     "serial": "PNORO-1810227390013", "email": "silviu.dobre@mpublic.ro"},
    {"id": "pers_jdts_stoica", "kind": "person", "GN": "Lavinia", "SN": "Stoica", "CN": "STOICA LAVINIA",
     "serial": "PNORO-2840905250037"},
    # NOT bound anywhere (same trusted CA)
    {"id": "pers_private_nistor", "kind": "person", "GN": "Florin", "SN": "Nistor", "CN": "NISTOR FLORIN",
     "serial": "PNORO-1900114020056"},
    {"id": "seal_ptvn_unlisted", "kind": "seal", "O": "Parchetul de pe lângă Tribunalul Vrancea",
     "orgid": "VATRO-4404931", "CN": "PARCHETUL DE PE LANGA TRIBUNALUL VRANCEA", "L": "Focșani"},
    {"id": "seal_mh_ntr", "kind": "seal", "O": "Inspectoratul de Poliție Județean Mehedinți",
     "orgid": "NTRRO-4215462", "CN": "IPJ MEHEDINTI", "L": "Drobeta-Turnu Severin"},
]

# issued by the private person's end-entity certificate (CA:FALSE), as if it were a CA: a chain that a
# validator checking only signatures and names would follow up to the trusted root
EE_ISSUED: list[dict] = [
    {"id": "seal_ar_by_ee", "kind": "seal", "O": "Inspectoratul de Poliție Județean Arad",
     "orgid": "VATRO-3519810", "CN": "IPJ ARAD", "L": "Arad", "issuer": "pers_private_nistor"},
]

ATTACKER_SIGNERS: list[dict] = []

IGPR = "Inspectoratul General al Poliției Române"
IGPF = "Inspectoratul General al Poliției de Frontieră"

AUTHORITIES: list[dict] = [
    {"name": IGPR, "kind": "police", "aliases": ["Poliția Română"], "acronyms": ["IGPR"],
     "domains": ["politiaromana.ro"], "phone_numbers": ["+40 21 567 0100"], "fax_numbers": ["+40 21 567 0109"],
     "postal_addresses": ["Str. Mihai Vodă nr. 6, sector 5, București"], "identities": ["seal_igpr"]},
    {"name": "Inspectoratul de Poliție Județean Arad", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Arad"], "domains": ["ar.politiaromana.ro"], "phone_numbers": ["+40 257 567 100"],
     "fax_numbers": ["+40 257 567 109"],
     "postal_addresses": ["Bd. Decebal nr. 20, Arad, județul Arad"], "identities": ["seal_ipj_ar"]},
    {"name": "Inspectoratul de Poliție Județean Vrancea", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Vrancea"], "domains": ["vn.politiaromana.ro"], "phone_numbers": ["+40 237 567 100"],
     "fax_numbers": ["+40 237 567 109", "+40 237 567 160"],
     "postal_addresses": ["Str. Cuza Vodă nr. 58, Focșani, județul Vrancea"], "identities": ["pers_vn_radu"]},
    {"name": "Inspectoratul de Poliție Județean Ilfov", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Ilfov"], "domains": ["if.politiaromana.ro"], "phone_numbers": ["+40 21 567 0300"],
     "fax_numbers": ["+40 21 567 0309"],
     "postal_addresses": ["Str. Ștefan cel Mare nr. 3, Voluntari, județul Ilfov"], "identities": ["seal_ipj_if"]},
    {"name": "Inspectoratul de Poliție Județean Mehedinți", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Mehedinți"], "domains": ["mh.politiaromana.ro"], "phone_numbers": ["+40 252 567 100"],
     "fax_numbers": ["+40 252 567 109", "+40 252 567 130"],
     "postal_addresses": ["Str. Traian nr. 137, Drobeta-Turnu Severin, județul Mehedinți"],
     "identities": ["seal_ipj_mh"]},
    {"name": "Inspectoratul de Poliție Județean Sălaj", "kind": "police", "parent": IGPR,
     "acronyms": ["IPJ Sălaj"], "domains": ["sj.politiaromana.ro"], "phone_numbers": ["+40 260 567 100"],
     "fax_numbers": ["+40 260 567 109", "+40 260 567 121"],
     "postal_addresses": ["Str. Corneliu Coposu nr. 81, Zalău, județul Sălaj"], "identities": []},
    {"name": IGPF, "kind": "police", "acronyms": ["IGPF"], "aliases": ["Poliția de Frontieră Română"],
     "domains": ["politiadefrontiera.ro"], "phone_numbers": ["+40 21 567 0400"], "fax_numbers": ["+40 21 567 0409"],
     "postal_addresses": ["Str. Eduard Caranfil nr. 1-3, sector 1, București"], "identities": ["seal_igpf"]},
    {"name": "Garda de Coastă", "kind": "police", "parent": IGPF, "aliases": ["Garda de Coastă Constanța"],
     "domains": ["gc.politiadefrontiera.ro"], "phone_numbers": ["+40 241 567 400"],
     "fax_numbers": ["+40 241 567 409"], "postal_addresses": ["Str. Ion Ionescu de la Brad nr. 11, Constanța"],
     "identities": ["seal_gc"]},
    {"name": "Direcția Generală Anticorupție", "kind": "police", "acronyms": ["DGA"],
     "aliases": ["Direcția Generală Anticorupție din M.A.I."],
     "domains": ["mai-dga.ro"], "phone_numbers": ["+40 21 567 0500"], "fax_numbers": ["+40 21 567 0509",
                                                                                     "+40 252 567 509"],
     "postal_addresses": ["Str. Eforie nr. 3-5, sector 5, București"], "identities": ["seal_dga"]},
    {"name": "Direcția Națională Anticorupție", "kind": "prosecutor", "acronyms": ["DNA"],
     "domains": ["pna.ro"], "phone_numbers": ["+40 21 567 0600"], "fax_numbers": ["+40 21 567 0609"],
     "postal_addresses": ["Str. Știrbei Vodă nr. 79-81, sector 1, București"], "identities": ["pers_dna_toma"]},
    {"name": "Parchetul de pe lângă Tribunalul Arad", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 257 567 600"], "fax_numbers": ["+40 257 567 610"],
     "postal_addresses": ["Bd. Vasile Milea nr. 2, Arad, județul Arad"], "identities": ["seal_pt_ar"]},
    {"name": "Parchetul de pe lângă Judecătoria Focșani", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 237 567 600"], "fax_numbers": ["+40 237 567 610"],
     "postal_addresses": ["Str. Cuza Vodă nr. 1, Focșani, județul Vrancea"], "identities": ["pers_pjfs_dobre"]},
    {"name": "Parchetul de pe lângă Judecătoria Zalău", "kind": "prosecutor",
     "domains": ["mpublic.ro"], "phone_numbers": ["+40 260 567 600"], "fax_numbers": ["+40 260 567 610"],
     "postal_addresses": ["Str. Kossuth Lajos nr. 2, Zalău, județul Sălaj"], "identities": []},
    {"name": "Tribunalul Ilfov", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 21 567 0700"], "fax_numbers": ["+40 21 567 0710"],
     "postal_addresses": ["Str. Concordiei nr. 2, sector 1, București"], "identities": ["seal_tb_if"]},
    {"name": "Judecătoria Drobeta-Turnu Severin", "kind": "court",
     "domains": ["just.ro"], "phone_numbers": ["+40 252 567 700"], "fax_numbers": ["+40 252 567 710"],
     "postal_addresses": ["Str. Traian nr. 89, Drobeta-Turnu Severin, județul Mehedinți"],
     "identities": ["pers_jdts_stoica"]},
    {"name": "Agenția Națională de Administrare Fiscală", "kind": "other", "acronyms": ["ANAF"],
     "aliases": ["Direcția Generală Antifraudă Fiscală"],
     "domains": ["anaf.ro"], "phone_numbers": ["+40 21 567 0800"], "fax_numbers": ["+40 21 567 0809"],
     "postal_addresses": ["Str. Apolodor nr. 17, sector 5, București"], "identities": ["seal_anaf"]},
]

# our own fax-to-e-mail gateway (README "Fax and post folders")
FAX_GATEWAYS = [{"from": "@faxmail.okazii.ro", "pattern": r"Fax primit de la (?P<number>\+?\d+)"}]

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
    return int.from_bytes(hashlib.sha256(("blind-round7/" + name).encode()).digest()[:15], "big") | (1 << 100)


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
    # "seals" issued by an end-entity certificate (CA:FALSE) as if it were a CA
    for s in EE_ISSUED:
        iss = out["signers"][s["issuer"]]
        iss_cert = x509.load_pem_x509_certificate((WORLD / iss["cert"]).read_bytes())
        iss_key = serialization.load_pem_private_key((WORLD / iss["key"]).read_bytes(), password=None)
        key = load_or_make_key(pki / f"{s['id']}.key.pem", 2048)
        cert = make_ee(s, key, iss_cert.subject, iss_key, CPS)
        (pki / f"{s['id']}.cert.pem").write_bytes(cert.public_bytes(pem))
        der = cert.public_bytes(serialization.Encoding.DER)
        out["signers"][s["id"]] = {
            "kind": s["kind"], "key": f"pki/{s['id']}.key.pem", "cert": f"pki/{s['id']}.cert.pem",
            "chain": [iss["cert"], "pki/issuing.cert.pem"], "sha256": hashlib.sha256(der).hexdigest(),
            "subject": cert.subject.rfc4514_string(), "organization": s.get("O"),
            "organization_identifier": s.get("orgid"), "email": None,
            "not_after": cert.not_valid_after_utc.isoformat(), "trusted_chain": False,
            "issued_by_end_entity": s["issuer"],
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
    lines = ["# blind round 7 - the authority registry the product is run with (REGISTRATURA_CONFIG).",
             "# Top-level lists replace the shipped defaults: every authority of the mail half and of",
             "# the paper half is here. Written by bench/blind/round7/make_world.py (merging",
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


WORLD_README = """Trust world of blind round 7 (made by ../make_world.py; see ../README.md).

zone.txt        REGISTRATURA_DNS_ZONE_FILE: DKIM/SPF/DMARC TXT records, $TTL 3600 and a TTL on every line
policy.toml     REGISTRATURA_CONFIG: the authority registry (units with parent) and our fax-to-e-mail
                gateway ([[fax_gateways]], from "@faxmail.okazii.ro")
roots/          REGISTRATURA_TRUST_ROOTS: only "Round7 Test Qualified Root CA"
pki/            test CA, seals, an officer's, two prosecutors' and a judge's certificates, unbound
                certificates of the same CA (a private person, an unlisted prosecutors' office, a seal
                with IPJ Mehedinti's O under an NTRRO- identifier), a "seal" issued by the private
                person's end-entity certificate, and their keys
keys/dkim/      DKIM private keys (test keys), <domain>.<selector>.pem
authorities.json, identities.json   the registry and the signers in plain JSON, for the generators

Test material only: fictional identifiers and +40 xx 567 ... numbers, documentation IP ranges.
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
