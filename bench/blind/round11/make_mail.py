#!/usr/bin/env python3
"""Blind round 11, mail half: writes ``mail/*.eml``, ``mail/truth.jsonl`` and ``mail/material.json``.

Written blind (see README.md). Uses ``mailkit.py`` (round 10's kit, copied, with round 11 additions), the paper
kit ``paper/inkkit.py`` (for a phone photo attached to a mail) and the world made by ``make_world.py``.
Deterministic headers, letters and numbers; CMS/PDF/OpenPGP signature bytes may differ between runs (signing times
are fixed). The import/``item()``/``mid()``/``ip_of()``/``send()`` header and ``main()`` are round 10's; every
letter and every item is new.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import random
import re
import sys
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "paper"))
import mailkit as mk  # noqa: E402
from mailkit import Part, when  # noqa: E402

logging.disable(logging.CRITICAL)
OUT = HERE / "mail"
LEGAL = "juridic@okazii.ro"
SUPPORT = "suport@okazii.ro"
SECURITY = "securitate@okazii.ro"
ITEMS: list[tuple] = []
NUMBER_SEED = 20261141
SPLIT_SEED = 20261140


def item(group: str, category: str):
    def deco(fn):
        ITEMS.append((fn, group, category))
        return fn
    return deco


def mid(seed: str, domain: str) -> str:
    return f"<{hashlib.sha256(seed.encode()).hexdigest()[:22]}@{domain}>"


def ip_of(domain: str, i: int = 0) -> str:
    return mk.IDENT["dns"][domain]["ips"][i]


def dom_of(address: str) -> str:
    return address.rsplit("@", 1)[1].rstrip(">").lower()


def send(seed: str, *, frm: str, addr: str, to: list[str], subject: str, t: dt.datetime, body: Part,
         dkim: str | None = "auto", helo: str | None = None, ip: str | None = None, mail_from: str | None = None,
         extra=None, reply_to=None, cc=None, subject_charset="utf-8", dkim_selector: str | None = None,
         msgid: str | None = None, sent_delay: int = 50) -> bytes:
    """``frm`` is the whole From header value, ``addr`` the envelope/real address."""
    d = dom_of(addr)
    msg = mk.build(seed=seed, frm=frm, to=to, subject=subject, date=t - dt.timedelta(seconds=sent_delay),
                   message_id=msgid or mid(seed, d), body=body, cc=cc, reply_to=reply_to, extra=extra,
                   subject_charset=subject_charset)
    if dkim == "auto":
        dkim = d if d in mk.IDENT["dns"] else None
    ip = ip or (ip_of(d) if d in mk.IDENT["dns"] else "203.0.113.50")
    helo = helo or f"mail.{d}"
    return mk.deliver(msg, helo=helo, ip=ip, t=t, rcpt=to[0].split("<")[-1].rstrip(">"),
                      mail_from=addr if mail_from is None else mail_from, dkim_domain=dkim,
                      dkim_selector=dkim_selector, seed=seed)


def alt(plain: str, html: str, seed: str, charset="utf-8", cte="quoted-printable") -> Part:
    return mk.multipart("alternative", [mk.text(plain, charset=charset, cte=cte),
                                        mk.text(html, "html", charset=charset, cte=cte)], seed)


def mixed(children: list[Part], seed: str) -> Part:
    return mk.multipart("mixed", children, seed + "mx")


def html_page(inner: str, charset: str = "utf-8", style: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'{style}</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{inner}</body></html>')


def le(kind: str, **kw) -> dict:
    f = {"authority_kind": kind}
    f.update(kw)
    f.setdefault("urgent", False)
    return f


def pdfw(signer: str, whole: bool = True, **kw) -> dict:
    d = {"signer": signer, "whole": whole}
    d.update(kw)
    return d


def sealed(markup: str, signer: str, created: dt.datetime, *, family="serif", visible=False, reason="",
           location="", title="", creator="Microsoft® Word 2016", box=(340, 40, 560, 100)) -> bytes:
    pdf = mk.letter_pdf(markup, family=family, created=created, title=title, creator=creator)
    return mk.sign_pdf(pdf, signer, reason=reason, location=location, visible=visible, box=box,
                       at=(created + dt.timedelta(minutes=7)).astimezone(dt.timezone.utc))


def sub(kind: str, value: str) -> dict:
    return {"kind": kind, "value": value}


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
TB = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")
ZIMBRA = ("X-Mailer", "Zimbra 10.0.8_GA_4612 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4612)")
APPLE = ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")
IPHONE = ("X-Mailer", "iPhone Mail (22C152)")
ROUNDCUBE = ("User-Agent", "Roundcube Webmail/1.6.10")
GMAIL_ANDROID = ("X-Mailer", "Gmail for Android")
SAMSUNG = ("X-Mailer", "Samsung Email 6.1.97.2")
YAHOO_IOS = ("X-Mailer", "YahooMailIosMobile Raven/59122 CFNetwork/1568.300.101 Darwin/24.2.0")
OKZ_HDR = "Către: S.C. OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor, Departamentul Juridic"
OKZ_ADDR = "Str. Frunzei nr. 29, sector 2, București"

import inkkit as K  # noqa: E402

CRL = (mk.WORLD / "pki" / "issuing.crl.der").read_bytes()
EXCHANGE = [("X-MS-Exchange-Organization-AuthSource", "VI1PR09MB4431.eurprd09.prod.outlook.com"),
            ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""), ("Thread-Index", "AdtkA7Qm2M1xZk0PTsC8l3U9bQ2w1A=="),
            ("Content-Language", "ro-RO")]


def pdf_att(data: bytes, name: str) -> Part:
    return mk.attachment(data, name)


def sign_at(pdf: bytes, signer: str, at: dt.datetime, **kw) -> bytes:
    return mk.sign_pdf(pdf, signer, at=at.astimezone(dt.timezone.utc), **kw)


# =====================================================================
# GENUINE LAW ENFORCEMENT (12)
# =====================================================================

IS_SICE = """
2|ROMÂNIA\\nMINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE\\nINSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI\\nServiciul de Investigare a Criminalității Economice¦NESECRET\\nExemplar unic\\nIași, 02.12.2026\\nNr. 1.284.337 din 02.12.2026
K|Str. Anastasie Panu nr. 1, Iași | Tel. 0232 572 100 | e-mail: sice@is.politiaromana.ro

R|Către: S.C. OKAZII ONLINE S.R.L.
R|Centrul de prevenire a fraudelor – Departamentul Juridic
R|Str. Frunzei nr. 29, sector 2, București

Subsemnatul, ofițer de poliție judiciară din cadrul Serviciului de Investigare a Criminalității Economice al I.P.J. Iași, efectuez cercetări în dosarul penal nr. 8841/P/2026, privind săvârșirea infracțiunii de înșelăciune prevăzută de art. 244 alin. (1) C.pen., sesizată de numitul B.C.A. din municipiul Pașcani.
În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorii de mai jos:
X|Nr.¦Utilizator¦Adresă e-mail declarată
X|1¦vanzator_iasi_2026¦marian.tudose.is@yahoo.com
X|2¦dacia_piese_noi¦
L|1. datele de identificare furnizate la înregistrarea conturilor;
L|2. adresele IP și data/ora autentificărilor din perioada 01.09.2026 – 30.11.2026;
L|3. istoricul anunțurilor publicate și al tranzacțiilor încheiate în aceeași perioadă;
L|4. modalitățile de plată și conturile bancare asociate.
Răspunsul va fi transmis în format electronic la adresa sice@is.politiaromana.ro, cu mențiunea numărului de dosar.

S|ȘEF SERVICIU
S|Comisar-șef de poliție
S|GRIGORAȘ MIHAI-CRISTIAN
"""


@item("le_gen", "law_enforcement")
def g_iasi_sice_two_column_table():
    t = when(2026, 12, 2, 11, 47)
    pdf = sign_at(mk.letter_pdf(IS_SICE, created=t - dt.timedelta(minutes=40), title="Adresa 1284337"),
                  "seal_ipj_is", t - dt.timedelta(minutes=25), reason="Sigiliu IPJ Iași")
    body = mixed([mk.text("Bună ziua,\n\nVă transmitem alăturat adresa nr. 1.284.337 din 02.12.2026 (dosar penal "
                          "8841/P/2026), semnată cu sigiliul electronic al I.P.J. Iași.\n\nCu stimă,\nSecretariat SICE\n"
                          "I.P.J. Iași\n"), pdf_att(pdf, "Adresa_1284337_OKAZII.pdf")], "g1")
    raw = send("g1", frm=mk.addr("IPJ Iasi - SICE", "sice@is.politiaromana.ro"), addr="sice@is.politiaromana.ro",
               to=[LEGAL], subject="Adresa nr. 1.284.337 / dosar 8841/P/2026", t=t, body=body, extra=[OUTLOOK])
    fields = le("police", authority="Inspectoratul de Poliție Județean Iași", reference_number="1.284.337",
                reference_date="2026-12-02", case_number="8841/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[sub("username", "vanzator_iasi_2026"), sub("email", "marian.tudose.is@yahoo.com"),
                          sub("username", "dacia_piese_noi")],
                requested_data=["datele de identificare furnizate la înregistrarea conturilor",
                                "adresele IP și data/ora autentificărilor din perioada 01.09.2026 – 30.11.2026",
                                "istoricul anunțurilor publicate și al tranzacțiilor încheiate în aceeași perioadă",
                                "modalitățile de plată și conturile bancare asociate"],
                period={"from": "2026-09-01", "to": "2026-11-30"}, response_channel="electronic",
                reply_to="sice@is.politiaromana.ro", signatory="Comisar-șef de poliție Grigoraș Mihai-Cristian")
    accept = {"authority": ["IPJ Iași", "Serviciul de Investigare a Criminalității Economice",
                            "Inspectoratul de Poliție Județean Iași – Serviciul de Investigare a Criminalității Economice"],
              "reference_number": ["1284337"]}
    return raw, fields, accept, ("two-column heading (NESECRET, number and date on the right), users in a table "
                                 "(the second without e-mail), numbered data; IPJ Iași seal"), {"pdf": [pdfw("seal_ipj_is")]}


PASCANI = """
B|ROMÂNIA
B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI
B|POLIȚIA MUNICIPIULUI PAȘCANI
B|Biroul de Investigații Criminale
K|Nr. 214.905 din 03.12.2026

R|Către S.C. OKAZII ONLINE S.R.L., București

T|ADRESĂ
În lucrare se află dosarul penal nr. 2214/P/2026, în care se efectuează cercetări față de persoane necunoscute sub aspectul săvârșirii infracțiunii de înșelăciune, prejudiciul fiind de 2.350 lei. Partea vătămată a achitat contravaloarea unui telefon mobil prin tranzacția nr. 77120453, bunul nefiind livrat.
În baza art. 170 C.proc.pen., vă rugăm să ne puneți la dispoziție, cu privire la contul cu ID utilizator 30418862:
L|a) numele, prenumele, adresa și numărul de telefon declarate de titularul contului;
L|b) detaliile tranzacției nr. 77120453, inclusiv contul bancar în care s-a efectuat plata;
L|c) adresele IP de la care a fost accesat contul în luna noiembrie 2026.
Vă rugăm să transmiteți răspunsul la adresa de e-mail pm.pascani@is.politiaromana.ro.

S|ȘEF BIROU
S|Comisar de poliție APOSTU CIPRIAN
"""


@item("le_gen", "law_enforcement")
def g_pascani_parent_domain_dkim():
    t = when(2026, 12, 3, 9, 12)
    pdf = sign_at(mk.letter_pdf(PASCANI, family="sans", created=t - dt.timedelta(hours=1), title="adresa okazii"),
                  "seal_ipj_is", t - dt.timedelta(minutes=30), visible=True, box=(330, 60, 560, 115))
    txt = ("Buna ziua,\n\nAtasat va transmitem adresa Politiei Municipiului Pascani nr. 214.905 din 03.12.2026.\n"
           "Va multumim.\n\nBiroul de Investigatii Criminale\nPolitia Municipiului Pascani\ntel. 0232 572 100 int. "
           "31410\n")
    body = mixed([mk.text(txt, charset="us-ascii", cte="7bit", format_flowed=True), pdf_att(pdf, "adresa okazii.pdf")],
                 "g2")
    raw = send("g2", frm=mk.addr("Politia Municipiului Pascani", "pm.pascani@is.politiaromana.ro"),
               addr="pm.pascani@is.politiaromana.ro", to=[LEGAL], subject="adresa dosar 2214/P/2026", t=t, body=body,
               dkim="politiaromana.ro", ip="192.0.2.10", helo="mta2.politiaromana.ro", extra=[TB])
    fields = le("police", authority="Poliția Municipiului Pașcani", reference_number="214.905",
                reference_date="2026-12-03", case_number="2214/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[sub("user_id", "30418862")], transactions=["77120453"],
                requested_data=["numele, prenumele, adresa și numărul de telefon declarate de titularul contului",
                                "detaliile tranzacției nr. 77120453, inclusiv contul bancar în care s-a efectuat plata",
                                "adresele IP de la care a fost accesat contul în luna noiembrie 2026"],
                response_channel="electronic", reply_to="pm.pascani@is.politiaromana.ro",
                signatory="Comisar de poliție Apostu Ciprian")
    accept = {"authority": ["Inspectoratul de Poliție Județean Iași", "IPJ Iași"], "reference_number": ["214905"]}
    return raw, fields, accept, ("a town police unit under IPJ Iași (not in the registry), IPJ Iași's seal (visible); "
                                 "the mail comes through the national mail system: DKIM d=politiaromana.ro (the "
                                 "parent's listed domain) for From @is.politiaromana.ro; us-ascii format=flowed cover"), \
        {"pdf": [pdfw("seal_ipj_is")]}


BC_P1 = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU
C|Serviciul de Combatere a Criminalității Organizate
K|Nr. 88.017/SCCO din 03.12.2026

K|Către: S.C. OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor, Str. Frunzei nr. 29, sector 2, București

Vă facem cunoscut că Serviciul de Combatere a Criminalității Organizate Bacău efectuează, sub supravegherea Parchetului de pe lângă Tribunalul Bacău, urmărirea penală în dosarul nr. 1702/P/2026, privind o grupare care comercializează pe platforma dumneavoastră bunuri obținute din furturi.
Având în vedere dispozițiile art. 170 din Codul de procedură penală, vă solicităm să ne comunicați datele aflate în evidența dumneavoastră cu privire la următorii utilizatori:
L|– contul cu adresa de e-mail lucian.bordea77@gmail.com;
L|– contul asociat numărului de telefon 0745 218 903;
L|– contul cu numele de utilizator scule_makita_bc.
"""
BC_P2 = """
K|(continuare la adresa nr. 88.017/SCCO din 03.12.2026)

Datele solicitate, pentru perioada 01.06.2026 – 30.11.2026, sunt:
L|1. datele de identificare și de contact ale titularilor;
L|2. lista anunțurilor publicate, cu data publicării și prețul;
L|3. tranzacțiile încheiate și datele cumpărătorilor;
L|4. jurnalele de conectare (adresă IP, dată, oră).
Răspunsul se va transmite pe cale electronică, la adresa scco@bc.politiaromana.ro.
Vă mulțumim pentru sprijin.

S|p. INSPECTOR ȘEF,
S|Comisar de poliție
S|LUPU BOGDAN-COSTEL
"""


@item("le_gen", "law_enforcement")
def g_bacau_officer_two_pages_p_chief():
    t = when(2026, 12, 3, 14, 26)
    pdf = mk.letter_pdf_pages([BC_P1, BC_P2], footer="Pagina {p} din {n}", created=t - dt.timedelta(hours=2),
                              title="88017 SCCO", creator="Microsoft® Word 2016")
    pdf = sign_at(pdf, "pers_bc_officer", t - dt.timedelta(minutes=14), reason="Semnez acest document",
                  location="Bacău")
    html = html_page("<p>Bună ziua,</p><p>Vă transmitem adresa nr. 88.017/SCCO din 03.12.2026, semnată electronic "
                     "(2 pagini).</p><p>Comisar de poliție Lupu Bogdan-Costel<br>SCCO Bacău</p>")
    body = mixed([mk.text(html, "html", cte="base64"), pdf_att(pdf, "88017_SCCO.pdf")], "g3")
    raw = send("g3", frm=mk.addr("SCCO Bacău", "scco@bc.politiaromana.ro"), addr="scco@bc.politiaromana.ro",
               to=[LEGAL], subject="Adresa 88.017/SCCO - solicitare date", t=t, body=body, extra=[ZIMBRA])
    fields = le("police", authority="Inspectoratul de Poliție Județean Bacău", reference_number="88.017/SCCO",
                reference_date="2026-12-03", case_number="1702/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[sub("email", "lucian.bordea77@gmail.com"), sub("phone", "+40745218903"),
                          sub("username", "scule_makita_bc")],
                requested_data=["datele de identificare și de contact ale titularilor",
                                "lista anunțurilor publicate, cu data publicării și prețul",
                                "tranzacțiile încheiate și datele cumpărătorilor",
                                "jurnalele de conectare (adresă IP, dată, oră)"],
                period={"from": "2026-06-01", "to": "2026-11-30"}, response_channel="electronic",
                reply_to="scco@bc.politiaromana.ro", signatory="Comisar de poliție Lupu Bogdan-Costel")
    accept = {"authority": ["IPJ Bacău", "Serviciul de Combatere a Criminalității Organizate"],
              "reference_number": ["88017/SCCO", "88017"],
              "signatory": ["p. Inspector șef Comisar de poliție Lupu Bogdan-Costel"]}
    return raw, fields, accept, ("two pages with 'Pagina 1 din 2' footers, users on page 1, data on page 2; signed "
                                 "'p. Inspector șef' by the officer whose certificate the registry binds; HTML-only "
                                 "cover in base64 (Zimbra)"), {"pdf": [pdfw("pers_bc_officer")], "pages": 2}


PH_SIC = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA
C|SERVICIUL DE INVESTIGAȚII CRIMINALE
s|Ploiești, str. Vasile Lupu nr. 67 * tel. 0244 572 100 * fax 0244 572 109
K|Nr. 402.618 din 04 decembrie 2026
K|Dosar penal nr. 5127/P/2026

K|Către
B|S.C. OKAZII ONLINE S.R.L.
K|Str. Frunzei nr. 29, sector 2, București

Prin prezenta, în temeiul art. 170 alin. (1) C.proc.pen., în vederea soluționării dosarului penal nr. 5127/P/2026, având ca obiect infracțiunea de înșelăciune prin mijloace informatice, vă solicităm să ne comunicați, pentru utilizatorul cu numele de utilizator rulota_prahova și pentru contul asociat adresei de e-mail costel.rulote@outlook.com, informațiile din tabelul de mai jos:
X|Nr. crt.¦Date solicitate
X|1¦date de identificare ale titularului contului
X|2¦conturile bancare sau cardurile folosite pentru plăți
X|3¦corespondența purtată prin sistemul de mesaje al platformei
Perioada vizată: 15.10.2026 – 03.12.2026.
Vă rugăm ca răspunsul să fie transmis prin curier, la sediul I.P.J. Prahova – Serviciul de Investigații Criminale, Str. Vasile Lupu nr. 67, Ploiești.

S|Șeful Serviciului de Investigații Criminale
S|Comisar-șef de poliție
S|NEAGU FLORIN-OCTAVIAN
"""


@item("le_gen", "law_enforcement")
def g_prahova_pades_lt_dss():
    t = when(2026, 12, 4, 10, 3)
    pdf = sign_at(mk.letter_pdf(PH_SIC, created=t - dt.timedelta(hours=1), title="402618"), "seal_ipj_ph",
                  t - dt.timedelta(minutes=20))
    pdf = mk.add_dss_crl(pdf, CRL, ["pki/issuing.cert.pem", "pki/root.cert.pem"])
    html = html_page("<div>Stimate domnule / stimată doamnă,</div><div><br></div><div>Vă înaintăm adresa nr. 402.618 "
                     "din 04.12.2026, semnată cu sigiliu electronic calificat (format PAdES cu informații de "
                     "validare pe termen lung).</div><div><br></div><div>I.P.J. Prahova &ndash; S.I.C.</div>")
    body = mixed([alt("Stimate domnule / stimata doamna,\n\nVa inaintam adresa nr. 402.618 din 04.12.2026, semnata cu "
                      "sigiliu electronic calificat (format PAdES cu informatii de validare pe termen lung).\n\n"
                      "I.P.J. Prahova - S.I.C.\n", html, "g4"), pdf_att(pdf, "402618.pdf")], "g4")
    raw = send("g4", frm=mk.addr("IPJ Prahova - Serviciul de Investigatii Criminale", "sic@ph.politiaromana.ro"),
               addr="sic@ph.politiaromana.ro", to=[LEGAL], subject="Adresa nr. 402.618/04.12.2026", t=t, body=body,
               extra=[OUTLOOK])
    fields = le("police", authority="Inspectoratul de Poliție Județean Prahova", reference_number="402.618",
                reference_date="2026-12-04", case_number="5127/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[sub("username", "rulota_prahova"), sub("email", "costel.rulote@outlook.com")],
                requested_data=["date de identificare ale titularului contului",
                                "conturile bancare sau cardurile folosite pentru plăți",
                                "corespondența purtată prin sistemul de mesaje al platformei"],
                period={"from": "2026-10-15", "to": "2026-12-03"}, response_channel="courier",
                signatory="Comisar-șef de poliție Neagu Florin-Octavian")
    accept = {"authority": ["IPJ Prahova", "Serviciul de Investigații Criminale"], "reference_number": ["402618"]}
    return raw, fields, accept, ("PAdES-LT: after the seal, the signing tool added a /DSS (chain and the CA's CRL of "
                                 "02.12.2026, which does not list this seal) in an incremental update - validation "
                                 "data, no content, no signature; data in a table; courier answer (reply_to not "
                                 "scored)"), {"pdf": [pdfw("seal_ipj_ph", whole=False)], "dss_crl": "not_revoked"}


SM_SIC = """
B|POLIȚIA ROMÂNĂ
B|INSPECTORATUL DE POLIȚIE AL JUDEȚULUI SATU MARE
K|Serviciul de Investigații Criminale – Compartimentul Criminalitate Informatică
K|Nr. 77.412 / 04.12.2026

C|Către OKAZII ONLINE S.R.L.

În cauza penală nr. 3390/P/2026, înregistrată la Parchetul de pe lângă Judecătoria Satu Mare, cercetăm o serie de fapte de înșelăciune comise prin anunțuri fictive de vânzare a unor autoturisme.
Conform art. 170 din Codul de procedură penală, vă rugăm să ne comunicați numele titularilor, adresele de e-mail și numerele de telefon asociate, precum și istoricul autentificărilor, pentru conturile următoare:
L|• auto_import_hu (utilizator);
L|• kovacs.attila.sm@gmail.com (e-mail);
L|• 0761 447 302 (telefon).
Datele solicitate vor fi comunicate electronic, pe adresa sic@sm.politiaromana.ro.

S|ȘEF SERVICIU
S|Comisar-șef de poliție SZABÓ LEVENTE
"""


@item("le_gen", "law_enforcement")
def g_satu_mare_hosted_cname_selector():
    t = when(2026, 12, 4, 13, 38)
    pdf = sign_at(mk.letter_pdf(SM_SIC, created=t - dt.timedelta(minutes=55), title="77412"), "seal_ipj_sm",
                  t - dt.timedelta(minutes=12))
    html = html_page('<p class="MsoNormal">Bună ziua,</p><p class="MsoNormal">Vă transmitem în atașament adresa '
                     'IPJ Satu Mare nr. 77.412 din 04.12.2026.</p><p class="MsoNormal">Cu respect,<br>Compartimentul '
                     'Criminalitate Informatică</p>')
    body = mixed([alt("Bună ziua,\n\nVă transmitem în atașament adresa IPJ Satu Mare nr. 77.412 din 04.12.2026.\n\n"
                      "Cu respect,\nCompartimentul Criminalitate Informatică\n", html, "g5"),
                  pdf_att(pdf, "Adresa 77412.pdf")], "g5")
    raw = send("g5", frm=mk.addr("SIC Satu Mare", "sic@sm.politiaromana.ro"), addr="sic@sm.politiaromana.ro",
               to=[LEGAL], subject="Adresa IPJ Satu Mare nr. 77.412", t=t, body=body, extra=EXCHANGE + [OUTLOOK],
               helo="EUR05-VI1-obe.outbound.protection.outlook.com", ip="192.0.2.52")
    fields = le("police", authority="Inspectoratul de Poliție al Județului Satu Mare", reference_number="77.412",
                reference_date="2026-12-04", case_number="3390/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[sub("username", "auto_import_hu"), sub("email", "kovacs.attila.sm@gmail.com"),
                          sub("phone", "+40761447302")],
                response_channel="electronic", reply_to="sic@sm.politiaromana.ro",
                signatory="Comisar-șef de poliție Szabó Levente")
    accept = {"authority": ["Inspectoratul de Poliție Județean Satu Mare", "IPJ Satu Mare"],
              "reference_number": ["77412"]}
    return raw, fields, accept, ("hosted mail (Exchange Online headers, outbound.protection HELO from a listed SPF "
                                 "IP); DKIM selector1 whose key is published through a CNAME into the provider's "
                                 "zone; heading uses the older 'al Județului' form; data asked in one sentence "
                                 "(requested_data not scored)"), {"pdf": [pdfw("seal_ipj_sm")]}


IGPF = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|Direcția de Investigare a Criminalității Transfrontaliere
K|Nr. 3.118.406 din 03.12.2026                                                   URGENT

K|Către: S.C. OKAZII ONLINE S.R.L. – Departamentul Juridic

În dosarul penal nr. 611/P/2026 al Parchetului de pe lângă Curtea de Apel Iași, în care I.G.P.F. – D.I.C.T. efectuează acte de cercetare penală delegate, se investighează comercializarea online a unor permise de conducere și cărți de identitate contrafăcute (art. 320 C.pen.).
În baza art. 170 C.proc.pen., vă rugăm ca, în termen de 48 de ore, având în vedere riscul dispariției probelor, să ne comunicați pentru utilizatorul acte.rapide.eu și pentru contul cu e-mail docs.europa24@proton.me:
L|i. datele de înregistrare (nume, telefon, e-mail, adresă IP la creare);
L|ii. anunțurile publicate, inclusiv cele șterse;
L|iii. mesajele schimbate cu alți utilizatori.
Răspunsul va fi trimis la adresa dict@politiadefrontiera.ro.

S|DIRECTOR
S|Comisar-șef de poliție TĂNASE GEORGE-DORIN
"""


@item("le_gen", "law_enforcement")
def g_igpf_renewed_seal_48h():
    t = when(2026, 12, 3, 17, 52)
    pdf = sign_at(mk.letter_pdf(IGPF, family="sans", created=t - dt.timedelta(hours=1), title="3118406"),
                  "seal_igpf", t - dt.timedelta(minutes=18), reason="Sigiliu electronic IGPF")
    body = mixed([mk.text("Bună seara,\n\nVă transmitem adresa nr. 3.118.406/03.12.2026 (termen 48 de ore).\n"
                          "Vă rugăm să confirmați primirea.\n\nD.I.C.T. – I.G.P.F.\n", cte="8bit"),
                  pdf_att(pdf, "IGPF_3118406.pdf")], "g6")
    raw = send("g6", frm=mk.addr("IGPF - DICT", "dict@politiadefrontiera.ro"), addr="dict@politiadefrontiera.ro",
               to=[LEGAL], subject="URGENT - adresa IGPF nr. 3.118.406", t=t, body=body, extra=[OUTLOOK])
    fields = le("police", authority="Inspectoratul General al Poliției de Frontieră", reference_number="3.118.406",
                reference_date="2026-12-03", case_number="611/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[sub("username", "acte.rapide.eu"), sub("email", "docs.europa24@proton.me")],
                requested_data=["datele de înregistrare (nume, telefon, e-mail, adresă IP la creare)",
                                "anunțurile publicate, inclusiv cele șterse",
                                "mesajele schimbate cu alți utilizatori"],
                response_channel="electronic", reply_to="dict@politiadefrontiera.ro",
                signatory="Comisar-șef de poliție Tănase George-Dorin", urgent=True)
    accept = {"authority": ["IGPF", "Direcția de Investigare a Criminalității Transfrontaliere"],
              "reference_number": ["3118406"]}
    return raw, fields, accept, ("Border Police (not Poliția Română), sealed with IGPF's NEW seal (valid from "
                                 "26.11.2026; the previous one was revoked), 48-hour deadline in the letter, roman-"
                                 "numeral list; 8-bit UTF-8 cover"), {"pdf": [pdfw("seal_igpf")]}


DIICOT_IS = """
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL IAȘI
K|Dosar nr. 412D/P/2026
K|Nr. 412D/P/2026 din 03.12.2026

K|Către S.C. OKAZII ONLINE S.R.L., Str. Frunzei nr. 29, sector 2, București

Stimată doamnă / Stimate domn,
Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul Teritorial Iași efectuează urmărirea penală în dosarul nr. 412D/P/2026, privind infracțiunile de constituire a unui grup infracțional organizat și trafic de droguri de risc.
Potrivit art. 170 alin. (1) și (2) din Codul de procedură penală, vă solicităm să ne comunicați următoarele date privind utilizatorul cu ID 55190327 și utilizatorul cu numele gradina_verde_is:
L|– datele de identificare și de contact înregistrate;
L|– adresele de livrare folosite în tranzacții;
L|– numerele de telefon folosite pentru confirmarea contului;
L|– istoricul plăților primite, cu indicarea conturilor bancare.
Răspunsul se va transmite prin poștă electronică la adresa st.iasi@diicot.ro.

S|PROCUROR ȘEF SERVICIU,
S|VASILIU ANDREEA-IOANA
"""


@item("le_gen", "law_enforcement")
def g_diicot_st_iasi_roundcube_html():
    t = when(2026, 12, 3, 15, 4)
    pdf = sign_at(mk.letter_pdf(DIICOT_IS, created=t - dt.timedelta(minutes=50), title="412D-P-2026"),
                  "seal_diicot", t - dt.timedelta(minutes=9), visible=True, box=(60, 40, 290, 95))
    html = html_page("<p>Bună ziua,</p><p>Atașat găsiți adresa D.I.I.C.O.T. – S.T. Iași în dosarul nr. "
                     "412D/P/2026.</p><p>--<br>Grefier-șef<br>D.I.I.C.O.T. – Serviciul Teritorial Iași</p>")
    body = mixed([mk.text(html, "html"), pdf_att(pdf, "adresa_412D_P_2026.pdf")], "g7")
    raw = send("g7", frm=mk.addr("DIICOT ST Iasi", "st.iasi@diicot.ro"), addr="st.iasi@diicot.ro", to=[LEGAL],
               subject="Adresa dosar 412D/P/2026", t=t, body=body, extra=[ROUNDCUBE])
    fields = le("prosecutor", authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și "
                                        "Terorism – Serviciul Teritorial Iași",
                reference_number="412D/P/2026", reference_date="2026-12-03", case_number="412D/P/2026",
                legal_basis=["art. 170 CPP"],
                subjects=[sub("user_id", "55190327"), sub("username", "gradina_verde_is")],
                requested_data=["datele de identificare și de contact înregistrate",
                                "adresele de livrare folosite în tranzacții",
                                "numerele de telefon folosite pentru confirmarea contului",
                                "istoricul plăților primite, cu indicarea conturilor bancare"],
                response_channel="electronic", reply_to="st.iasi@diicot.ro",
                signatory="Procuror șef serviciu Vasiliu Andreea-Ioana")
    accept = {"authority": ["DIICOT", "DIICOT – Serviciul Teritorial Iași", "Serviciul Teritorial Iași",
                            "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"]}
    return raw, fields, accept, ("DIICOT heading under PÎCCJ, territorial service; number = case number; the seal's "
                                 "visible box at the bottom left; HTML-only Roundcube cover"), {"pdf": [pdfw("seal_diicot")]}


PCA_IS = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ CURTEA DE APEL IAȘI
C|Secția de urmărire penală
K|Nr. 1187/II/2/2026                                                       Iași, 2 decembrie 2026

K|Către: S.C. OKAZII ONLINE S.R.L. – Departamentul Juridic, Str. Frunzei nr. 29, sector 2, București

În dosarul nr. 903/P/2025, privind infracțiunea de luare de mită prevăzută de art. 289 C.pen., în temeiul art. 170 C.proc.pen., vă solicităm să ne transmiteți datele pe care le dețineți despre utilizatorul ceasuri_lux_iasi, care a primit plăți în contul IBAN RO95 BTRL 0220 1205 7712 3401, după cum urmează:
L|(1) identitatea declarată a titularului contului;
L|(2) toate tranzacțiile în care utilizatorul a fost vânzător, în perioada 01.01.2025 – 30.11.2026;
L|(3) numele cumpărătorilor și sumele achitate.
Răspunsul, însoțit de un suport de date, va fi trimis prin curier la sediul Parchetului de pe lângă Curtea de Apel Iași, Str. Elena Doamna nr. 1A, Iași.

S|Procuror,
S|HUȚANU CONSTANTIN
"""


@item("le_gen", "law_enforcement")
def g_pca_iasi_cades_detached():
    t = when(2026, 12, 2, 16, 10)
    pdf = mk.letter_pdf(PCA_IS, created=t - dt.timedelta(hours=3), title="1187-II-2-2026")
    p7s = mk.cades(pdf, "seal_pca_is", detached=True,
                   signing_time=(t - dt.timedelta(minutes=30)).astimezone(dt.timezone.utc))
    body = mixed([mk.text("Bună ziua,\n\nAlăturat, adresa nr. 1187/II/2/2026 și fișierul de semnătură "
                          "(.p7s, sigiliu calificat).\n\nGrefier,\nParchetul de pe lângă Curtea de Apel Iași\n"),
                  pdf_att(pdf, "adresa_1187.pdf"),
                  mk.attachment(p7s, "adresa_1187.pdf.p7s", ctype="application/pkcs7-signature")], "g8")
    raw = send("g8", frm=mk.addr("Parchetul de pe langa Curtea de Apel Iasi", "pca.iasi@mpublic.ro"),
               addr="pca.iasi@mpublic.ro", to=[LEGAL], subject="Adresa nr. 1187/II/2/2026", t=t, body=body,
               extra=[OUTLOOK])
    iban_ = "RO95 BTRL 0220 1205 7712 3401"
    fields = le("prosecutor", authority="Parchetul de pe lângă Curtea de Apel Iași", reference_number="1187/II/2/2026",
                reference_date="2026-12-02", case_number="903/P/2025", legal_basis=["art. 170 CPP"],
                subjects=[sub("username", "ceasuri_lux_iasi"), sub("iban", "RO95BTRL0220120577123401")],
                requested_data=["identitatea declarată a titularului contului",
                                "toate tranzacțiile în care utilizatorul a fost vânzător, în perioada 01.01.2025 – 30.11.2026",
                                "numele cumpărătorilor și sumele achitate"],
                period={"from": "2025-01-01", "to": "2026-11-30"}, response_channel="courier",
                signatory="Procuror Huțanu Constantin")
    del iban_
    return raw, fields, None, ("CAdES detached: the PDF itself is unsigned, adresa_1187.pdf.p7s beside it (seal); a "
                               "2025 case; the IBAN printed with an X check group is left out of subjects; courier "
                               "answer"), {"pdf": [], "cades": [{"file": "adresa_1187.pdf.p7s", "signer": "seal_pca_is",
                                                                 "detached": True}]}


PT_PH = """
C|ROMÂNIA
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA
K|Nr. 2977/P/2026
K|Operator date cu caracter personal nr. 4233

T|ORDONANȚĂ
C|din 02.12.2026
K|Procuror Stoica Alina-Georgiana, din cadrul Parchetului de pe lângă Tribunalul Prahova,
K|examinând actele dosarului nr. 2977/P/2026, privind infracțiunea de șantaj (art. 207 C.pen.),
K|văzând încheierea nr. 311/UP din 01.12.2026 a judecătorului de drepturi și libertăți din cadrul Tribunalului Prahova,
C|DISPUN:
Obligarea S.C. OKAZII ONLINE S.R.L. ca, în temeiul art. 152 alin. (1) și art. 170 C.proc.pen., să comunice, pentru intervalul 10.11.2026 – 01.12.2026, cu privire la contul asociat numărului de telefon 0722 905 114 și la contul cu adresa de e-mail dianaa.lux@yahoo.com:
L|a. datele de trafic privind autentificările (adresă IP, port sursă, dată și oră);
L|b. datele de identificare ale titularilor;
L|c. mesajele trimise prin platformă către utilizatorul anca_ph_vinde.
Datele vor fi transmise pe suport electronic, la adresa de e-mail pt.prahova@mpublic.ro, în termen de 3 zile.

S|PROCUROR,
S|STOICA ALINA-GEORGIANA
"""


@item("le_gen", "law_enforcement")
def g_pt_prahova_ordinance_art152():
    t = when(2026, 12, 2, 12, 58)
    pdf = sign_at(mk.letter_pdf(PT_PH, created=t - dt.timedelta(hours=2), title="ordonanta 2977"), "pers_pt_ph",
                  t - dt.timedelta(minutes=35), visible=True, reason="Semnat de procuror", location="Ploiești")
    body = mixed([mk.text("Bună ziua,\n\nVă comunicăm ordonanța din 02.12.2026 emisă în dosarul nr. 2977/P/2026.\n\n"
                          "Secretariat\nParchetul de pe lângă Tribunalul Prahova\n", charset="iso-8859-2",
                          cte="quoted-printable"), pdf_att(pdf, "ordonanta_2977_P_2026.pdf")], "g9")
    raw = send("g9", frm=mk.addr("Parchetul de pe langa Tribunalul Prahova", "pt.prahova@mpublic.ro"),
               addr="pt.prahova@mpublic.ro", to=[LEGAL], subject="Ordonanta dosar 2977/P/2026", t=t, body=body,
               extra=[TB])
    fields = le("prosecutor", authority="Parchetul de pe lângă Tribunalul Prahova", reference_number="2977/P/2026",
                reference_date="2026-12-02", case_number="2977/P/2026", legal_basis=["art. 152 CPP", "art. 170 CPP"],
                requested_data=["datele de trafic privind autentificările (adresă IP, port sursă, dată și oră)",
                                "datele de identificare ale titularilor",
                                "mesajele trimise prin platformă către utilizatorul anca_ph_vinde"],
                period={"from": "2026-11-10", "to": "2026-12-01"}, response_channel="electronic",
                reply_to="pt.prahova@mpublic.ro", signatory="Procuror Stoica Alina-Georgiana")
    return raw, fields, None, ("an ORDONANȚĂ with DISPUN, art. 152 CPP after a judge's authorisation (the 'încheiere' "
                               "is cited, not attached) and art. 170; the third user (anca_ph_vinde) is the message "
                               "recipient, named inside a datum (so subjects are not scored); prosecutor's bound certificate, visible; ISO-8859-2 "
                               "cover"), {"pdf": [pdfw("pers_pt_ph")]}


TB_IS = """
B|ROMÂNIA
B|TRIBUNALUL IAȘI
B|SECȚIA PENALĂ
K|Dosar nr. 6230/99/2026
K|Termen: 14.01.2027, complet C7
R|Nr. 6230/99/2026 din 02.12.2026

C|Către S.C. OKAZII ONLINE S.R.L. – Str. Frunzei nr. 29, sector 2, București

Vă aducem la cunoștință că pe rolul Tribunalului Iași – Secția penală se află cauza penală nr. 6230/99/2026, având ca obiect infracțiunile de înșelăciune și fals informatic, inculpat fiind numitul M.V.
În temeiul art. 170 din Codul de procedură penală, instanța a dispus, la termenul din 25.11.2026, să se solicite societății dumneavoastră comunicarea următoarelor informații despre contul cu numele de utilizator telefoane_ieftine_99 și contul cu ID 21887904:
L|1. data creării conturilor și datele declarate la înregistrare;
L|2. lista tranzacțiilor derulate între 01.03.2026 și 31.07.2026;
L|3. reclamațiile formulate de cumpărători împotriva acestor conturi.
Vă rugăm să trimiteți răspunsul, până la termenul din 14.01.2027, pe adresa de e-mail tr-iasi-penal@just.ro.

2|PREȘEDINTE COMPLET,\\nJudecător COJOCARU DAN¦GREFIER,\\nPINTILIE MARIANA
"""


@item("le_gen", "law_enforcement")
def g_tribunal_iasi_trial_hearing():
    t = when(2026, 12, 2, 9, 21)
    pdf = sign_at(mk.letter_pdf(TB_IS, created=t - dt.timedelta(hours=18), title="6230-99-2026 adresa"),
                  "seal_tb_is", t - dt.timedelta(minutes=15))
    html = html_page("<p>Bună ziua,</p><p>În dosarul nr. 6230/99/2026 (termen 14.01.2027) vă comunicăm adresa "
                     "atașată, semnată cu sigiliul electronic al instanței.</p><p>Grefier,<br>Tribunalul Iași – "
                     "Secția penală</p>", charset="iso-8859-2")
    body = mixed([mk.text(html, "html", charset="iso-8859-2"), pdf_att(pdf, "6230_99_2026.pdf")], "g10")
    raw = send("g10", frm=mk.addr("Tribunalul Iasi - Sectia penala", "tr-iasi-penal@just.ro"),
               addr="tr-iasi-penal@just.ro", to=[LEGAL], subject="Dosar 6230/99/2026 - adresa", t=t, body=body,
               extra=[("X-Mailer", "ECRIS Mail 4.2")])
    fields = le("court", authority="Tribunalul Iași", reference_number="6230/99/2026", reference_date="2026-12-02",
                case_number="6230/99/2026", legal_basis=["art. 170 CPP"],
                subjects=[sub("username", "telefoane_ieftine_99"), sub("user_id", "21887904")],
                requested_data=["data creării conturilor și datele declarate la înregistrare",
                                "lista tranzacțiilor derulate între 01.03.2026 și 31.07.2026",
                                "reclamațiile formulate de cumpărători împotriva acestor conturi"],
                period={"from": "2026-03-01", "to": "2026-07-31"}, response_channel="electronic",
                reply_to="tr-iasi-penal@just.ro", signatory="Judecător Cojocaru Dan")
    accept = {"authority": ["Tribunalul Iași – Secția penală"],
              "signatory": ["Președinte complet Judecător Cojocaru Dan"]}
    return raw, fields, accept, ("a court in the trial phase: court-style case number (6230/99/2026) that is also the "
                                 "letter's number, a hearing date (termen) later than the letter, judge and clerk side "
                                 "by side; the court's seal; ISO-8859-2 HTML cover"), {"pdf": [pdfw("seal_tb_is")]}


JUD_PH = """
C|R O M Â N I A
C|JUDECĂTORIA PLOIEȘTI
C|Secția penală
K|Dosar nr. 14422/281/2026
K|Nr. ieșire 31.904 / 03.12.2026

K|Către S.C. OKAZII ONLINE S.R.L., București, Str. Frunzei nr. 29, sector 2

În cauza penală având ca obiect infracțiunea de înșelăciune (art. 244 C.pen.), aflată în faza de judecată, vă rugăm ca, în temeiul art. 170 C.proc.pen., să comunicați instanței:
L|– identitatea titularului contului cu e-mail sorin.lemnaru81@gmail.com;
L|– numărul de telefon confirmat al contului;
L|– anunțurile publicate de acest cont în perioada 01.02.2026 – 31.05.2026.
Relațiile se vor comunica la adresa de e-mail jud-ploiesti-penal@just.ro, cu mențiunea numărului de dosar.

2|JUDECĂTOR,\\nDUMITRESCU RADU-MIHAI¦GREFIER,\\nNISTOR ELENA
"""


@item("le_gen", "law_enforcement")
def g_judecatoria_ploiesti_judge_and_clerk():
    t = when(2026, 12, 3, 11, 15)
    pdf = mk.letter_pdf(JUD_PH, created=t - dt.timedelta(hours=20), title="14422/281/2026")
    pdf = sign_at(pdf, "pers_jud_ph", t - dt.timedelta(hours=2), visible=True, field="Judecator",
                  box=(60, 60, 260, 110))
    pdf = sign_at(pdf, "pers_jud_ph_clerk", t - dt.timedelta(minutes=40), visible=True, field="Grefier",
                  box=(330, 60, 540, 110))
    body = mixed([mk.text("Stimați domni,\n\nÎn dosarul nr. 14422/281/2026 vă comunicăm adresa semnată electronic de "
                          "judecător și grefier.\n\nCompartiment arhivă – registratură\nJudecătoria Ploiești\n"),
                  pdf_att(pdf, "adresa_14422_281_2026.pdf")], "g11")
    raw = send("g11", frm=mk.addr("Judecatoria Ploiesti", "jud-ploiesti-penal@just.ro"),
               addr="jud-ploiesti-penal@just.ro", to=[LEGAL], subject="adresa dosar 14422/281/2026", t=t, body=body,
               extra=[OUTLOOK])
    fields = le("court", authority="Judecătoria Ploiești", reference_number="31.904", reference_date="2026-12-03",
                case_number="14422/281/2026", legal_basis=["art. 170 CPP"],
                subjects=[sub("email", "sorin.lemnaru81@gmail.com")],
                requested_data=["identitatea titularului contului cu e-mail sorin.lemnaru81@gmail.com",
                                "numărul de telefon confirmat al contului",
                                "anunțurile publicate de acest cont în perioada 01.02.2026 – 31.05.2026"],
                period={"from": "2026-02-01", "to": "2026-05-31"}, response_channel="electronic",
                reply_to="jud-ploiesti-penal@just.ro", signatory="Judecător Dumitrescu Radu-Mihai")
    accept = {"reference_number": ["31904"], "authority": ["Judecătoria Ploiești – Secția penală"]}
    return raw, fields, accept, ("two visible signatures in two revisions: the judge's, then the clerk's; the "
                                 "registry binds BOTH certificates to the court; 'Nr. ieșire' registration line "
                                 "beside the case number"), \
        {"pdf": [pdfw("pers_jud_ph", whole=False), pdfw("pers_jud_ph_clerk")]}


IGPR_DCCO = """
2|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE\\nDirecția de Combatere a Criminalității Organizate\\nServiciul de Combatere a Criminalității Informatice¦Nesecret\\nBucurești\\nNr. 2.906.115/SCCI\\nData: 04.12.2026
K|Către: S.C. OKAZII ONLINE S.R.L. | În atenția: Departamentul Juridic

Obiect: solicitare de date în dosarul penal nr. 1488/D/P/2026 al D.I.I.C.O.T. – Structura Centrală, în care S.C.C.I. efectuează acte de cercetare penală delegate.
În conformitate cu art. 170 C.proc.pen., vă rugăm să ne puneți la dispoziție informațiile de mai jos pentru conturile enumerate în tabel, utilizate într-o schemă de tip „phishing” care imită pagina de plată a platformei:
X|ID cont¦Utilizator¦Observații
X|40771236¦plata_sigura_okz¦cont creat la 12.11.2026
X|40771590¦curier_livrare_rapida¦cont creat la 12.11.2026
X|40802214¦suport.okazii.verificare¦cont creat la 14.11.2026
Date solicitate: (A) datele de înregistrare și adresele IP de creare; (B) dispozitivele și adresele IP folosite la autentificări; (C) mesajele trimise altor utilizatori care conțin legături externe.
Răspunsul va fi transmis la adresa de e-mail scci@politiaromana.ro.

S|ȘEF SERVICIU,
S|Comisar-șef de poliție
S|MARINESCU ADRIAN-PAUL
"""


@item("le_gen", "law_enforcement")
def g_igpr_scci_three_accounts_cp1250():
    t = when(2026, 12, 4, 8, 41)
    pdf = sign_at(mk.letter_pdf(IGPR_DCCO, created=t - dt.timedelta(minutes=70), title="2906115"), "seal_igpr",
                  t - dt.timedelta(minutes=22))
    plain = ("Bună dimineața,\n\nVă transmitem adresa IGPR – DCCO – SCCI nr. 2.906.115 din 04.12.2026.\n"
             "Conturile vizate sunt folosite în prezent pentru a înșela utilizatori ai platformei.\n\nCu stimă,\n"
             "S.C.C.I. – I.G.P.R.\n")
    html = html_page("<p>Bună dimineața,</p><p>Vă transmitem adresa IGPR – DCCO – SCCI nr. 2.906.115 din 04.12.2026."
                     "<br>Conturile vizate sunt folosite în prezent pentru a înșela utilizatori ai platformei.</p>"
                     "<p>Cu stimă,<br>S.C.C.I. – I.G.P.R.</p>", charset="windows-1250")
    body = mixed([alt(plain, html, "g12", charset="windows-1250"), pdf_att(pdf, "IGPR_SCCI_2906115.pdf")], "g12")
    raw = send("g12", frm=mk.addr("IGPR - SCCI", "scci@politiaromana.ro", charset="windows-1250"),
               addr="scci@politiaromana.ro", to=[LEGAL], cc=[SECURITY], subject="Adresa IGPR nr. 2.906.115/SCCI",
               t=t, body=body, extra=[OUTLOOK])
    fields = le("police", authority="Inspectoratul General al Poliției Române", reference_number="2.906.115/SCCI",
                reference_date="2026-12-04", case_number="1488/D/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[sub("user_id", "40771236"), sub("user_id", "40771590"), sub("user_id", "40802214"),
                          sub("username", "plata_sigura_okz"), sub("username", "curier_livrare_rapida"),
                          sub("username", "suport.okazii.verificare")],
                response_channel="electronic", reply_to="scci@politiaromana.ro",
                signatory="Comisar-șef de poliție Marinescu Adrian-Paul")
    accept = {"authority": ["IGPR", "Direcția de Combatere a Criminalității Organizate",
                            "Serviciul de Combatere a Criminalității Informatice"],
              "reference_number": ["2906115/SCCI", "2906115"]}
    return raw, fields, accept, ("national inspectorate's directorate acting on a DIICOT case (1488/D/P/2026: the "
                                 "case belongs to another authority); three accounts in a table with id and "
                                 "username; data (A)-(C) in one paragraph (requested_data not scored); Windows-1250 "
                                 "alternative, Cc to our security desk"), {"pdf": [pdfw("seal_igpr")]}


# =====================================================================
# FORGED OR DEFECTIVE LAW ENFORCEMENT (9)
# =====================================================================

def ff(kind: str, case: str | None, urgent: bool | None = None) -> dict:
    f = {"authority_kind": kind}
    if case:
        f["case_number"] = case
    if urgent is not None:
        f["urgent"] = urgent
    return f


IGPF_STOLEN = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|Direcția de Investigare a Criminalității Transfrontaliere
K|Nr. 3.120.077 din 04.12.2026                                          FOARTE URGENT

K|Către: S.C. OKAZII ONLINE S.R.L. – Departamentul Juridic

În dosarul penal nr. 640/P/2026, privind traficul de migranți, în baza art. 170 C.proc.pen., vă solicităm să ne comunicați în cel mult 12 ore, pentru utilizatorii transport_ue_ieftin, ionut.rdl@gmail.com și telefonul 0753 118 420:
L|1. datele de identificare și copiile documentelor de identitate încărcate;
L|2. adresele IP și dispozitivele folosite în ultimele 90 de zile;
L|3. datele cardurilor și conturile bancare asociate.
Răspunsul va fi trimis la adresa dict@politiadefrontiera.ro.

S|DIRECTOR
S|Comisar-șef de poliție TĂNASE GEORGE-DORIN
"""


@item("le_forged", "law_enforcement")
def f_revoked_seal_crl_in_dss():
    t = when(2026, 12, 4, 23, 6)
    pdf = sign_at(mk.letter_pdf(IGPF_STOLEN, family="sans", created=t - dt.timedelta(minutes=40), title="3120077"),
                  "seal_igpf_2024", t - dt.timedelta(minutes=15))
    pdf = mk.add_dss_crl(pdf, CRL, ["pki/issuing.cert.pem", "pki/root.cert.pem"])
    body = mixed([mk.text("Bună seara,\n\nVă rugăm să tratați cu prioritate adresa atașată (termen 12 ore).\n\n"
                          "D.I.C.T. – I.G.P.F.\n"), pdf_att(pdf, "IGPF_3120077.pdf")], "f1")
    raw = send("f1", frm=mk.addr("IGPF - DICT", "dict@politiadefrontiera.ro"), addr="dict@politiadefrontiera.ro",
               to=[LEGAL], subject="FOARTE URGENT - adresa IGPF nr. 3.120.077", t=t, body=body, extra=[OUTLOOK])
    return raw, ff("police", "640/P/2026", True), None, (
        "IGPF's mailbox (valid DKIM) and a complete letter sealed with IGPF's PREVIOUS seal: exact O and "
        "organizationIdentifier, within its validity dates, chaining to the trusted root, but REVOKED on 25.11.2026 "
        "for key compromise; the CRL that says so is inside the PDF itself (its /DSS, added by the signing tool), so "
        "no fetching is needed to see it; 12 hours, ID copies and card data, 23:06 on a Friday"), \
        {"pdf": [pdfw("seal_igpf_2024", whole=False)], "dss_crl": "revoked"}


IS_NEW = """
2|ROMÂNIA\\nMINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI\\nServiciul de Investigații Criminale¦Iași, 27.11.2026\\nNr. 1.279.901 din 27.11.2026
K|Către: S.C. OKAZII ONLINE S.R.L., Str. Frunzei nr. 29, sector 2, București

În dosarul penal nr. 9012/P/2026, în temeiul art. 170 C.proc.pen., vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor utilizatorului catalin.rusu93, pentru perioada 01.10.2026 – 26.11.2026.
Răspunsul se va transmite electronic, la adresa sic@is.politiaromana.ro.

S|ȘEF SERVICIU
S|Comisar-șef de poliție ANDRIEȘ PETRU
"""
IS_OLD_ANNEX = """
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI – Serviciul de Investigații Criminale
T|ANEXĂ la adresa nr. 1.198.204 din 08.09.2026
K|Dosar penal nr. 5530/P/2026
K|Destinatar: S.C. VINDE RAPID ONLINE S.R.L.

C|Lista utilizatorilor vizați
X|Nr.¦Utilizator¦Telefon
X|1¦bijuterii_aur_18k¦0741 993 120
X|2¦mihaela.ornamente¦0762 140 885

S|ȘEF SERVICIU
S|Comisar-șef de poliție ANDRIEȘ PETRU
"""


@item("le_forged", "law_enforcement")
def f_two_genuine_seals_spliced():
    t = when(2026, 12, 3, 19, 44)
    letter = sign_at(mk.letter_pdf(IS_NEW, created=when(2026, 11, 27, 10, 5), title="1279901"), "seal_ipj_is",
                     when(2026, 11, 27, 10, 30))
    annex = sign_at(mk.letter_pdf(IS_OLD_ANNEX, created=when(2026, 9, 8, 9, 0), title="anexa 1198204"),
                    "seal_ipj_is", when(2026, 9, 8, 9, 20))
    txt = ("Bună seara,\n\nRevenim la adresa nr. 1.279.901 din 27.11.2026 (dosar 9012/P/2026). Din eroare nu a fost "
           "atașată anexa cu ceilalți utilizatori vizați, pe care o transmitem acum, semnată electronic.\n"
           "Vă rugăm să comunicați datele pentru utilizatorul din adresă și pentru cei doi utilizatori din anexă, "
           "până luni, 07.12.2026.\n\nServiciul de Investigații Criminale\nI.P.J. Iași\n")
    body = mixed([mk.text(txt), pdf_att(letter, "Adresa_1279901.pdf"), pdf_att(annex, "Anexa_utilizatori.pdf")], "f2")
    raw = send("f2", frm=mk.addr("IPJ Iasi - SIC", "sic@is.politiaromana.ro"), addr="sic@is.politiaromana.ro",
               to=[LEGAL], subject="RE: Adresa nr. 1.279.901 - anexa", t=t, body=body, extra=[OUTLOOK])
    return raw, ff("police", "9012/P/2026"), None, (
        "IPJ Iași's mailbox (valid DKIM, compromised) sends TWO genuinely sealed PDFs: a current letter about one "
        "user (case 9012/P/2026) and an ANNEX sealed on 08.09.2026 in another case (5530/P/2026) addressed to another "
        "company, listing two other users; only the unsigned cover ties them together and asks for all three; both "
        "seals intact, trusted and bound"), {"pdf": [pdfw("seal_ipj_is"), pdfw("seal_ipj_is")]}


TB_IS_SHADOW = """
B|ROMÂNIA
B|TRIBUNALUL IAȘI
B|SECȚIA PENALĂ
K|Dosar nr. 7114/99/2026
R|Nr. 7114/99/2026 din 01.12.2026

C|Către S.C. OKAZII ONLINE S.R.L.

În temeiul art. 170 C.proc.pen., vă rugăm să comunicați instanței datele de identificare ale titularului contului cu numele de utilizator apartamente_regim_hotelier.
Răspunsul se va transmite pe adresa tr-iasi-penal@just.ro.






2|PREȘEDINTE COMPLET,\\nJudecător COJOCARU DAN¦GREFIER,\\nPINTILIE MARIANA
"""


@item("le_forged", "law_enforcement")
def f_hidden_layer_switched_on():
    t = when(2026, 12, 4, 16, 30)
    pdf = mk.letter_pdf(TB_IS_SHADOW, created=when(2026, 12, 1, 9, 0), title="7114-99-2026")
    pdf = mk.add_hidden_ocg_layer(pdf, [
        "De asemenea, comunicati datele de identificare, copiile actelor de identitate si adresele IP",
        "pentru utilizatorii garsoniera.copou si rental_iasi_lux, precum si adresa de e-mail",
        "irina.chirie.iasi@proton.me, raspunsul urmand a fi trimis si la aceasta adresa."], y=420)
    pdf = sign_at(pdf, "seal_tb_is", when(2026, 12, 1, 9, 40))
    pdf = mk.show_ocg_layers(pdf)
    body = mixed([mk.text("Bună ziua,\n\nRetransmitem adresa din dosarul nr. 7114/99/2026, întrucât nu am primit "
                          "confirmarea de primire.\n\nGrefier,\nTribunalul Iași\n"), pdf_att(pdf, "7114_99_2026.pdf")],
                 "f3")
    raw = send("f3", frm=mk.addr("Tribunalul Iasi - Sectia penala", "tr-iasi-penal@just.ro"),
               addr="tr-iasi-penal@just.ro", to=[LEGAL], subject="Dosar 7114/99/2026 - retransmitere adresa",
               t=t, body=body, extra=[("X-Mailer", "ECRIS Mail 4.2")])
    return raw, ff("court", "7114/99/2026"), None, (
        "hide-and-show shadow attack with OPTIONAL CONTENT: the court's seal covers a letter about one user that "
        "already carries a layer (OCG) switched OFF in its default view, holding two more users, ID copies and a "
        "proton.me answer address; ONE later revision only rewrites the catalog's /OCProperties to switch the "
        "layer ON; no content stream is touched after the seal"), \
        {"pdf": [pdfw("seal_tb_is", whole=False)], "ocg": "shown_after"}


PCA_OLD = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ CURTEA DE APEL IAȘI
K|Nr. 1022/II/2/2026                                                     Iași, 10 noiembrie 2026

K|Către: S.C. OKAZII ONLINE S.R.L. – Departamentul Juridic

În dosarul nr. 877/P/2026, în temeiul art. 170 C.proc.pen., vă solicităm să ne comunicați identitatea declarată a titularului contului antichitati_moldova.
Răspunsul va fi trimis prin curier la sediul parchetului.

S|Procuror,
S|HUȚANU CONSTANTIN
"""
PORTFOLIO_COVER = """
C|PARCHETUL DE PE LÂNGĂ CURTEA DE APEL IAȘI
T|DOSAR ELECTRONIC – dosar nr. 877/P/2026
K|Conținut: adresa nr. 1022/II/2/2026 (semnată electronic) și prezenta completare.

B|Completare:
În continuarea adresei semnate, care se află atașată în acest dosar electronic, vă rugăm să comunicați aceleași date și pentru utilizatorii mobila_veche_iasi și cristi.restaurari@gmail.com, precum și parolele (hash) și adresele IP ale tuturor celor trei conturi.
Răspunsul va fi transmis electronic, la adresa pca.iasi.dosare@gmail.com, până la data de 07.12.2026.
"""


@item("le_forged", "law_enforcement")
def f_portfolio_wrapping_sealed_letter():
    t = when(2026, 12, 4, 12, 2)
    inner = sign_at(mk.letter_pdf(PCA_OLD, created=when(2026, 11, 10, 11, 0), title="1022-II-2-2026"),
                    "seal_pca_is", when(2026, 11, 10, 11, 30))
    cover = mk.letter_pdf(PORTFOLIO_COVER, created=t - dt.timedelta(minutes=30), title="Dosar electronic 877/P/2026",
                          creator="Adobe Acrobat Pro (64-bit) 24.4")
    pf = mk.portfolio(cover, [("adresa_1022_semnata.pdf", inner, "Adresa nr. 1022/II/2/2026 - semnată")])
    body = mixed([mk.text("Bună ziua,\n\nAtașat dosarul electronic (portofoliu PDF) în cauza 877/P/2026; adresa "
                          "semnată se află în interiorul portofoliului.\n\nParchetul de pe lângă Curtea de Apel Iași\n"),
                  pdf_att(pf, "dosar_electronic_877_P_2026.pdf")], "f4")
    raw = send("f4", frm=mk.addr("Parchetul de pe langa Curtea de Apel Iasi", "pca.iasi@mpublic.ro"),
               addr="pca.iasi@mpublic.ro", to=[LEGAL], subject="Dosar electronic 877/P/2026", t=t, body=body,
               extra=[OUTLOOK])
    return raw, ff("prosecutor", "877/P/2026"), None, (
        "the prosecutors' mailbox (valid DKIM, compromised) sends an UNSIGNED PDF portfolio (/Collection) whose "
        "cover page asks for two more users, password hashes and an answer to gmail; the genuinely sealed letter of "
        "10.11.2026 (one user, courier answer) is only an embedded file inside it"), \
        {"pdf": [], "portfolio_inner": "seal_pca_is"}


JUD_PH_FAKE = """
C|R O M Â N I A
C|JUDECĂTORIA PLOIEȘTI
C|Compartimentul registratură
K|Dosar nr. 15037/281/2026
K|Nr. 32.118 / 04.12.2026

K|Către S.C. OKAZII ONLINE S.R.L.

În temeiul art. 170 C.proc.pen., vă rugăm să comunicați, în termen de 12 ore, datele de identificare, numerele de telefon și adresele IP ale utilizatorilor vanzari_ph_2026 și andreea.popa.ph@yahoo.com.
Răspunsul se va transmite la această adresă de e-mail.

S|JUDECĂTOR,
S|DUMITRESCU RADU-MIHAI
"""


@item("le_forged", "law_enforcement")
def f_smime_certificate_via_hijacked_mailbox():
    t = when(2026, 12, 5, 7, 48)
    pdf = mk.letter_pdf(JUD_PH_FAKE, created=t - dt.timedelta(minutes=25), title="32118")
    inner = mixed([mk.text("Bună dimineața,\n\nVă transmitem adresa nr. 32.118/04.12.2026 în dosarul "
                           "15037/281/2026. Mesajul este semnat digital (S/MIME, certificat calificat).\n\n"
                           "Registratura Judecătoriei Ploiești\n"), pdf_att(pdf, "adresa_32118.pdf")], "f5in")
    body = mk.smime_signed(inner, "pers_mule_just", "f5")
    raw = send("f5", frm=mk.addr("Registratura Judecatoria Ploiesti", "registratura.jud-ploiesti@just.ro"),
               addr="registratura.jud-ploiesti@just.ro", to=[LEGAL], subject="Adresa 32.118 - URGENT 12 ore", t=t,
               body=body, extra=[TB])
    return raw, ff("court", "15037/281/2026", True), None, (
        "the court registry's mailbox (valid just.ro DKIM, hijacked); the mail is S/MIME-signed by a qualified "
        "certificate that chains to the trusted root and names exactly the From address - issued on 30.11.2026 to a "
        "private person after the CA's e-mail check was answered from the hijacked mailbox; the registry binds the "
        "court's judge and clerk, not this certificate; the PDF inside is unsigned; Saturday 07:48, 12 hours"), \
        {"smime": "pers_mule_just", "pdf": []}


BC_FWD = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU
C|Serviciul de Combatere a Criminalității Organizate
K|Nr. 87.655/SCCO din 30.11.2026

K|Către: S.C. OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor

În dosarul nr. 1650/P/2026, în baza art. 170 C.proc.pen., vă rugăm să ne comunicați datele de identificare și tranzacțiile din perioada 01.10.2026 – 29.11.2026 ale utilizatorului anvelope_iarna_bc.
Răspunsul se va transmite electronic, la adresa scco@bc.politiaromana.ro.

S|p. INSPECTOR ȘEF,
S|Comisar de poliție
S|LUPU BOGDAN-COSTEL
"""


@item("le_forged", "law_enforcement")
def f_inline_forward_by_colleague():
    t = when(2026, 12, 2, 9, 5)
    pdf = sign_at(mk.letter_pdf(BC_FWD, created=when(2026, 11, 30, 14, 20), title="87655"), "pers_bc_officer",
                  when(2026, 11, 30, 14, 51))
    txt = ("Salut,\n\nvă trimit adresa de mai jos, a venit pe adresa mea personală de serviciu (poliția o avea de la "
           "un dosar mai vechi). PDF-ul semnat e atașat.\n\nMihai Stan\nDepartamentul de Securitate\n\n"
           "-----Original Message-----\nFrom: SCCO Bacău <scco@bc.politiaromana.ro>\n"
           "Sent: Monday, November 30, 2026 3:02 PM\nTo: Stan Mihai <m.stan@okazii.ro>\n"
           "Subject: Adresa 87.655/SCCO\n\nBună ziua,\n\nVă transmitem adresa nr. 87.655/SCCO din 30.11.2026, "
           "semnată electronic.\n\nComisar de poliție Lupu Bogdan-Costel\nSCCO Bacău\n")
    body = mixed([mk.text(txt), pdf_att(pdf, "87655_SCCO.pdf")], "f6")
    raw = send("f6", frm=mk.addr("Stan Mihai", "m.stan@okazii.ro"), addr="m.stan@okazii.ro", to=[LEGAL],
               subject="FW: Adresa 87.655/SCCO", t=t, body=body, extra=[OUTLOOK] + EXCHANGE[:2])
    return raw, ff("police", "1650/P/2026"), None, (
        "DEFECTIVE, not an attack: a genuine IPJ Bacău letter signed by the officer the registry binds, forwarded "
        "INLINE (not as an attachment) by one of our own people: the police mail's DKIM is gone, the channel is our "
        "own domain; the signed PDF is intact and complete (not verified: ask the authority to send it to the legal "
        "mailbox, or forward as attachment)"), {"pdf": [pdfw("pers_bc_officer")]}


CAMPINA = """
B|ROMÂNIA
B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA
B|POLIȚIA MUNICIPIULUI CÂMPINA
K|Nr. 118.402 din 04.12.2026

C|Către S.C. OKAZII ONLINE S.R.L.

T|URGENT
În dosarul penal nr. 4471/P/2026, privind dispariția minorei M.A., în temeiul art. 170 C.proc.pen., vă rugăm să ne comunicați în cel mult 6 ore datele de identificare, numerele de telefon, adresele IP și locațiile de livrare ale utilizatorilor haine_copii_campina și bogdan.taxi.campina@yahoo.com.
Pentru operativitate, răspunsul va fi trimis și pe adresa campina.politie.urgente@gmail.com.

S|ȘEF POLIȚIE,
S|Comisar de poliție DOBRE MARIUS
"""


@item("le_forged", "law_enforcement")
def f_word_letter_vector_seal_pasted_signature():
    import io as _io
    import random as _r
    t = when(2026, 12, 4, 21, 33)
    sig = K.signature(_r.Random("campina"), "zigzag", "ballpoint_blue", 44, 15, dpi=(200, 200))
    b = _io.BytesIO()
    sig.save(b, "PNG")
    pdf = mk.vector_seal_letter(CAMPINA, created=t - dt.timedelta(minutes=20),
                                seal_top="INSPECTORATUL DE POLITIE JUDETEAN PRAHOVA", seal_bottom="CAMPINA",
                                seal_center=["ROMANIA", "POLITIA", "MUNICIPIULUI"], sig_png=b.getvalue(),
                                seal_xy=(132, 200), sig_xy=(116, 192))
    body = mixed([mk.text("URGENT\n\nVă rugăm să tratați cu prioritate adresa atașată (minoră dispărută).\n\n"
                          "Poliția Municipiului Câmpina\n"), pdf_att(pdf, "adresa_urgenta_118402.pdf")], "f7")
    raw = send("f7", frm=mk.addr("Politia Municipiului Campina", "pm.campina@ph.politiaromana.ro"),
               addr="pm.campina@ph.politiaromana.ro", to=[LEGAL], subject="URGENT - minora disparuta - adresa 118.402",
               t=t, body=body, extra=[OUTLOOK])
    return raw, ff("police", "4471/P/2026", True), None, (
        "a town police mailbox under IPJ Prahova (valid DKIM, compromised) sends a born-digital Word letter whose "
        "'stamp' is VECTOR graphics (flat colour, perfect circles, ring text in the text layer) and whose "
        "'signature' is a pasted PNG image; no electronic signature, no ink; missing-minor pretext, 6 hours, a "
        "gmail copy address, 21:33 on a Friday"), {"pdf": []}


def _bacau_photo() -> tuple[bytes, str]:
    import io as _io
    import random as _r
    rng = _r.Random("f8-photo")
    p = K.Page(K.Style(family="serif", size=11.5), dpi=(150, 150))
    texts = []
    for ln in ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU",
               "Serviciul de Combatere a Criminalității Organizate"]:
        p.line(ln, kind="b", align="center")
        texts.append(ln)
    p.space(3)
    for ln in ["Nr. 88.301/SCCO din 04.12.2026", "Către: S.C. OKAZII ONLINE S.R.L."]:
        p.line(ln)
        texts.append(ln)
    p.space(4)
    para = ("În dosarul penal nr. 1733/P/2026, în temeiul art. 170 C.proc.pen., vă solicităm datele de identificare, "
            "copiile actelor de identitate, adresele IP și conturile bancare ale utilizatorilor electro_bc_outlet și "
            "vasile.gheorghita@yahoo.com, pentru perioada 01.08.2026 – 03.12.2026. Răspunsul se va transmite "
            "electronic, la adresa de pe care ați primit prezenta.")
    p.para(para)
    texts.append(para)
    p.space(10)
    p.sigblock(["INSPECTOR ȘEF,", "Comisar-șef de poliție", "ENE VALENTIN"], name="sig")
    texts += ["INSPECTOR ȘEF,", "Comisar-șef de poliție", "ENE VALENTIN"]
    x0, y0, x1, y1 = p.anchors["sig"]
    sig = K.signature(rng, "flourish", "ballpoint_blue", 42, 15, dpi=(150, 150))
    X, Y = p.px((x0 + x1) / 2, y1 - 6)
    p.im = K.apply_ink(p.im, sig, X, Y)
    st = K.stamp(rng, "double", "INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI", "ROMÂNIA", arms=True, color="blue",
                 size_mm=36, dpi=(150, 150), rotate=-8)
    X, Y = p.px(x0 - 12, (y0 + y1) / 2)
    p.im = K.apply_ink(p.im, st, X, Y)
    photo = K.phone_photo(p.im, rng, out_w=1200, out_h=1600, shade=0.45)
    b = _io.BytesIO()
    photo.save(b, "JPEG", quality=72)
    return b.getvalue(), "\n".join(texts)


@item("le_forged", "law_enforcement")
def f_photo_edited_heading_other_county_stamp():
    t = when(2026, 12, 4, 18, 12)
    jpg, text_ = _bacau_photo()
    body = mixed([mk.text("Buna seara,\n\nVa trimitem poza adresei semnate si stampilate (scannerul nu "
                          "functioneaza). Originalul urmeaza prin posta.\n\nSCCO Bacau\n", charset="us-ascii",
                          cte="7bit"), mk.attachment(jpg, "IMG_20261204_180455.jpg", ctype="image/jpeg")], "f8")
    raw = send("f8", frm=mk.addr("SCCO Bacau", "scco@bc.politiaromana.ro"), addr="scco@bc.politiaromana.ro",
               to=[LEGAL], subject="adresa 88.301/SCCO", t=t, body=body, extra=[GMAIL_ANDROID])
    return raw, ff("police", "1733/P/2026"), None, (
        "IPJ Bacău's mailbox (valid DKIM, compromised) attaches a phone PHOTO of a letter headed IPJ Bacău, signed, "
        "with a round stamp whose ring reads INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI: a Vaslui letter whose heading "
        "and body were edited, keeping the other county's ink; ID copies and bank accounts; the answer to the "
        "sending mailbox"), {"pdf": [], "scan_text_drawn": text_}


HD_SIC = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN HUNEDOARA
C|Serviciul de Investigații Criminale
K|Nr. 602.114 din 03.12.2026

K|Către S.C. OKAZII ONLINE S.R.L.

În dosarul penal nr. 2841/P/2026, în baza art. 170 C.proc.pen., vă rugăm să ne comunicați datele de identificare și adresele IP ale utilizatorului lemne_foc_deva, pentru perioada 01.11.2026 – 02.12.2026.
Răspunsul se va transmite electronic, la adresa sic@hd.politiaromana.ro.

S|ȘEF SERVICIU
S|Comisar-șef de poliție IRIMIE DANIEL
"""


@item("le_forged", "law_enforcement")
def f_openpgp_signed_only():
    t = when(2026, 12, 3, 12, 40)
    pdf = mk.letter_pdf(HD_SIC, created=t - dt.timedelta(hours=1), title="602114")
    inner = mixed([mk.text("Bună ziua,\n\nAtașat adresa nr. 602.114 din 03.12.2026. Mesajul este semnat cu cheia "
                           "OpenPGP a serviciului (amprenta se poate verifica telefonic).\n\nSIC Hunedoara\n"),
                   pdf_att(pdf, "adresa_602114.pdf")], "f9in")
    body = mk.pgp_signed(inner, "SIC Hunedoara <sic@hd.politiaromana.ro>", "f9")
    raw = send("f9", frm=mk.addr("SIC Hunedoara", "sic@hd.politiaromana.ro"), addr="sic@hd.politiaromana.ro",
               to=[LEGAL], subject="Adresa 602.114 / dosar 2841/P/2026", t=t, body=body, extra=[TB])
    return raw, ff("police", "2841/P/2026"), None, (
        "DEFECTIVE, not an attack: IPJ Hunedoara's genuine mailbox (valid DKIM) and a complete but UNSIGNED PDF; "
        "the whole mail is OpenPGP/MIME-signed (multipart/signed, application/pgp-signature) with a key that is no "
        "qualified certificate and that the registry cannot bind (IPJ Hunedoara binds no electronic identity); "
        "incomplete expected"), {"pdf": [], "pgp_pub": body.pubkey.decode("ascii")}


# =====================================================================
# COMPLAINTS (6), MEDIATIONS (5), SUPPORT (5), UNKNOWN (4)
# =====================================================================

def plain(seed, *, frm, addr, subject, t, body_text, to=None, charset="utf-8", cte="quoted-printable", extra=None,
          dkim="auto", html=None, **kw):
    body = alt(body_text, html, seed, charset=charset, cte=cte) if html else mk.text(body_text, charset=charset, cte=cte)
    return send(seed, frm=frm, addr=addr, to=to or [SUPPORT], subject=subject, t=t, body=body, extra=extra, dkim=dkim,
                **kw)


@item("complaint", "complaint")
def c_phone_no_diacritics_money_gone():
    t = when(2026, 12, 3, 23, 41)
    txt = ("buna seara\nam dat 780 lei pe o bicicleta de la userul velo_sport_bv , comanda 91204417 , i-am "
           "trimis banii prin transfer bancar cum mi-a zis el ca asa e mai repede\nde 10 zile nimic, nici bicicleta "
           "nici bani, la telefon nu mai raspunde iar pe chat imi da seen\nvreau banii inapoi va rog frumos ca "
           "sunt student si nu imi permit\nRadu\n\nTrimis de pe iPhone\n")
    raw = plain("c1", frm="radu.ilie2004@gmail.com",
                addr="radu.ilie2004@gmail.com", subject="bicicleta", t=t, body_text=txt, extra=[IPHONE])
    fields = {"transaction_id": "91204417", "counterparty": "velo_sport_bv",
              "amount": {"value": "780.00", "currency": "RON"}, "issue": "not_delivered",
              "proposed_resolution": "vreau banii inapoi", "contact": {"email": "radu.ilie2004@gmail.com"}}
    return raw, fields, None, "phone-written, no diacritics, no cue words like 'reclamație'; paid outside the platform by transfer", {}


@item("complaint", "complaint")
def c_grandson_writes_for_grandmother_fake_courier_sms():
    t = when(2026, 12, 2, 18, 5)
    html = html_page("<div>Bună ziua,</div><div>Vă scriu în numele bunicii mele, Elena Moraru (cont <b>elena.moraru"
                     "1951</b>), care a vândut pe site o mașină de cusut Singer cu 450 lei. Cumpărătorul "
                     "<b>ana_maria_cumpar</b> i-a trimis pe WhatsApp un link „de la curier” unde a introdus datele "
                     "cardului, ca să „primească banii”. I s-au retras 2.300 de lei de pe card.</div><div>A făcut "
                     "deja plângere la Poliția Bacău. Vă rog să blocați contul cumpărătorului și să ne spuneți ce "
                     "putem face. Anunțul are numărul 77310288.</div><div><br></div><div>Mulțumesc,<br>Andrei "
                     "Moraru<br>0744 512 093</div>")
    plain_ = re_text(html)
    raw = plain("c2", frm=mk.addr("Andrei Moraru", "andrei.moraru88@yahoo.com"), addr="andrei.moraru88@yahoo.com",
                subject="Bunica mea a fost înșelată", t=t, body_text=plain_, html=html, extra=[YAHOO_IOS])
    fields = {"counterparty": "ana_maria_cumpar", "amount": {"value": "2300.00", "currency": "RON"},
              "issue": "fraud_suspected", "contact": {"email": "andrei.moraru88@yahoo.com", "phone": "+40744512093"}}
    return raw, fields, None, ("written by a grandson for a seller (the victim is the SELLER): fake courier link, "
                               "card details stolen; police complaint already filed (not a police request)"), {}


def re_text(html: str) -> str:
    t = re.sub(r"</div>|<br>", "\n", html)
    t = re.sub(r"<[^>]+>", "", t)
    return re.sub(r"\n{3,}", "\n\n", t).strip() + "\n"


@item("complaint", "complaint")
def c_satu_mare_mixed_hungarian_guarantee():
    t = when(2026, 12, 4, 10, 17)
    txt = ("Jó napot / Buna ziua,\n\nAm comandat o drujba Stihl MS 250 de la vanzatorul erdo_gep_sm, comanda nr. "
           "90877125, 1.150 lei, platita prin platforma cu Garantia de Livrare. Coletul a venit gol, doar o cutie cu "
           "hartie. Vanzatorul zice ca el a trimis-o si ca e vina curierului, dar curierul a cantarit coletul la "
           "predare: 1,2 kg. O drujba are 5 kg.\n\nCer returnarea banilor din Garantia de Livrare.\n\nKovács Zoltán\n"
           "Carei, jud. Satu Mare\ntel 0753 400 271\n")
    raw = plain("c3", frm=mk.addr("Kovács Zoltán", "kovacs.zoltan.carei@gmail.com"),
                addr="kovacs.zoltan.carei@gmail.com", subject="colet gol / üres csomag - comanda 90877125", t=t,
                body_text=txt, to=[SECURITY])
    fields = {"complainant": "Kovács Zoltán", "transaction_id": "90877125", "counterparty": "erdo_gep_sm",
              "amount": {"value": "1150.00", "currency": "RON"}, "delivery_guarantee": True,
              "proposed_resolution": "returnarea banilor din Garantia de Livrare",
              "contact": {"email": "kovacs.zoltan.carei@gmail.com", "phone": "+40753400271"}}
    return raw, fields, None, ("Hungarian greeting and subject, an empty parcel (weight 1.2 kg vs 5 kg): the seller "
                               "blames the courier; Delivery Guarantee named; issue left unscored (empty box: not "
                               "delivered or fraud)"), {}


@item("complaint", "complaint")
def c_anpc_forwarded_petition():
    t = when(2026, 12, 2, 13, 30)
    txt = ("Către: OKAZII ONLINE S.R.L.\n\nAutoritatea Națională pentru Protecția Consumatorilor vă transmite, spre "
           "soluționare, petiția înregistrată sub nr. 48.117/26.11.2026, formulată de doamna Lungu Cristina "
           "(cristina.lungu@outlook.com), cu privire la comanda nr. 90455302, în valoare de 639,99 lei, "
           "achitată vânzătorului casa_smart_deals și nelivrată.\nPetenta solicită restituirea sumei achitate.\n"
           "Vă rugăm să comunicați răspunsul direct petentei, cu informarea A.N.P.C. în termen de 30 de zile.\n\n"
           "Compartimentul Petiții\nA.N.P.C.\n\n-- Mesaj generat de sistemul de gestionare a petițiilor. --\n")
    raw = plain("c4", frm=mk.addr("ANPC - Petitii", "petitii@anpc.ro"), addr="petitii@anpc.ro",
                subject="Petitia nr. 48.117/26.11.2026 - redirectionare", t=t, body_text=txt)
    fields = {"complainant": "Lungu Cristina", "transaction_id": "90455302", "counterparty": "casa_smart_deals",
              "amount": {"value": "639.99", "currency": "RON"}, "issue": "not_delivered",
              "proposed_resolution": "restituirea sumei achitate"}
    return raw, fields, {"complainant": ["Cristina Lungu", "cristina.lungu@outlook.com"]}, (
        "the consumer authority's petition system forwards a buyer's complaint to us for resolution (an authority, "
        "but no law-enforcement request: no case, no data asked for)"), {}


@item("complaint", "complaint")
def c_fake_perfume_seller_gone_cp1250():
    t = when(2026, 12, 5, 11, 2)
    txt = ("Bună ziua,\n\nAm cumpărat de la utilizatorul parfumuri_originale_ro un parfum Chanel Coco "
           "Mademoiselle 100 ml, tranzacția 90611845, 420 lei. Am primit o sticlă care miroase a alcool, cu "
           "ambalajul scris greșit („Chanell”). Am scris vânzătorului, apoi am văzut că și-a șters anunțurile și nu "
           "mai are cont. Cred că e o țeapă organizată, pe grupul de Facebook mai sunt 5 persoane păcălite la fel.\n"
           "Aș vrea să-mi recuperez banii și să opriți omul ăsta.\n\nSimona Vlad\n")
    raw = plain("c5", frm=mk.addr("Simona Vlad", "simona.vlad@hotmail.com", charset="windows-1250"),
                addr="simona.vlad@hotmail.com", subject="Parfum fals – tranzacția 90611845", t=t, body_text=txt,
                charset="windows-1250", extra=[OUTLOOK])
    fields = {"complainant": "Simona Vlad", "transaction_id": "90611845", "counterparty": "parfumuri_originale_ro",
              "amount": {"value": "420.00", "currency": "RON"}, "issue": "fraud_suspected",
              "contact": {"email": "simona.vlad@hotmail.com"}}
    return raw, fields, None, "counterfeit perfume, seller's account deleted; Windows-1250 with cedilla letters", {}


@item("complaint", "complaint")
def c_company_buyer_reply_to_our_ack():
    t = when(2026, 12, 3, 9, 55)
    txt = ("Bună ziua,\n\nRevin la sesizarea noastră din 27.11 (nu am primit niciun răspuns în afară de mesajul "
           "automat). Pe scurt: AGROTRADE BIHOR S.R.L. a plătit 6.800 lei pentru o motopompă de la "
           "irigatii_profesionale, comanda 90398871. Am primit o factură falsă (CUI inexistent) și nicio marfă. "
           "Vânzătorul a închis telefonul.\nVă rugăm să ne confirmați ce măsuri ați luat și să ne puneți la "
           "dispoziție datele vânzătorului pentru plângerea penală.\n\nCu stimă,\nIoana Mureșan\nAdministrator\n"
           "AGROTRADE BIHOR S.R.L.\n\n> La 27.11.2026, Okazii Suport <suport@okazii.ro> a scris:\n> Am primit "
           "mesajul dumneavoastră și l-am înregistrat.\n")
    raw = plain("c6", frm=mk.addr("Ioana Muresan", "office@agrotrade-bihor.ro"), addr="office@agrotrade-bihor.ro",
                subject="Re: Am primit mesajul dumneavoastră - comanda 90398871", t=t, body_text=txt,
                extra=[("In-Reply-To", "<ack-90398871.20261127@okazii.ro>"), OUTLOOK])
    fields = {"transaction_id": "90398871", "counterparty": "irigatii_profesionale",
              "amount": {"value": "6800.00", "currency": "RON"}, "issue": "not_delivered",
              "contact": {"email": "office@agrotrade-bihor.ro"}}
    return raw, fields, None, ("a company buyer replies to our automatic acknowledgement: fake invoice, no goods; asks "
                               "for the seller's data for a criminal complaint (a private party, not an authority)"), {}


@item("mediation", "mediation")
def m_seller_proposes_half_refund():
    t = when(2026, 12, 2, 20, 14)
    txt = ("Buna seara,\nsunt vanzatorul in comanda 90701452 (canapea extensibila, 1.900 lei). Cumparatoarea "
           "dana_b_cluj zice ca nuanta e mai inchisa decat in poze si ca are o zgarietura pe brat. Eu am pozat-o la "
           "lumina zilei, dar accept ca se poate sa arate diferit. Nu vreau sa o iau inapoi din Cluj, transportul "
           "costa cat jumatate din canapea.\nPropun sa ii dau inapoi 350 lei si ramane canapeaua la ea. Ea vrea "
           "900. Va rog sa ne ajutati sa ajungem la o intelegere.\nVlad, mobila_second_hand_ab\n")
    raw = plain("m1", frm="vlad.crisan.ab@gmail.com", addr="vlad.crisan.ab@gmail.com",
                subject="canapea comanda 90701452 - nu ne intelegem", t=t, body_text=txt, extra=[GMAIL_ANDROID])
    fields = {"transaction_id": "90701452", "counterparty": "dana_b_cluj",
              "amount": {"value": "1900.00", "currency": "RON"}, "issue": "not_as_described",
              "proposed_resolution": "sa ii dau inapoi 350 lei si ramane canapeaua la ea"}
    return raw, fields, None, "the SELLER asks for mediation and proposes a partial refund; no cue word 'mediere'", {}


@item("mediation", "mediation")
def m_boots_wrong_size_exchange():
    t = when(2026, 12, 4, 8, 20)
    txt = ("Bună ziua,\n\nAm comandat bocanci Salomon mărimea 42 (tranzacția 90866003, 510 lei) de la "
           "outdoor_gear_is. Pe cutie scrie 42, dar în interior eticheta e 40 și chiar îmi sunt mici. Vânzătorul îmi "
           "spune că „așa vin de la fabrică”. Aș vrea să mi-i schimbe cu mărimea corectă, pe cheltuiala lui.\n\n"
           "Mulțumesc,\nCorina Bălan\n")
    raw = plain("m2", frm=mk.addr("Corina Bălan", "corina.balan@yahoo.ro"), addr="corina.balan@yahoo.ro",
                subject="Bocanci marime gresita", t=t, body_text=txt, cte="base64")
    fields = {"complainant": "Corina Bălan", "transaction_id": "90866003", "counterparty": "outdoor_gear_is",
              "amount": {"value": "510.00", "currency": "RON"}, "issue": "wrong_item",
              "proposed_resolution": "să mi-i schimbe cu mărimea corectă, pe cheltuiala lui"}
    return raw, fields, None, "wrong size inside a right-size box; exchange asked; base64 UTF-8 body", {}


@item("mediation", "mediation")
def m_phone_scratched_like_new():
    t = when(2026, 12, 3, 16, 48)
    txt = ("salut, telefonul samsung s23 luat de la gsm_shop_deva (comanda 90790561, 2.150 lei) scria in anunt "
           "\"ca nou, fara zgarieturi\". are ecranul zgariat pe toata partea de jos si bateria tine 4 ore. am pozele "
           "atasate. fie imi da 500 lei inapoi fie il trimit inapoi si vreau toti banii\n")
    body = mixed([mk.text(txt), mk.attachment(b"\xff\xd8\xff\xe0" + b"\x00" * 600 + b"\xff\xd9", "IMG_4471.jpg",
                                              ctype="image/jpeg")], "m3")
    raw = send("m3", frm="gabi.tm.2001@gmail.com", addr="gabi.tm.2001@gmail.com", to=[SUPPORT],
               subject="telefon zgariat", t=t, body=body, extra=[GMAIL_ANDROID])
    fields = {"transaction_id": "90790561", "counterparty": "gsm_shop_deva",
              "amount": {"value": "2150.00", "currency": "RON"}, "issue": "not_as_described"}
    return raw, fields, None, ("'ca nou' listing vs scratched screen; two alternative resolutions (not scored); a "
                               "photo attachment"), {}


@item("mediation", "mediation")
def m_guitar_neck_broken_in_transit():
    t = when(2026, 12, 4, 14, 9)
    html = html_page("<p>Bună ziua,</p><p>Chitara electrică Fender Squier (comanda <b>90812277</b>, 1.340 lei, "
                     "vânzător <b>rock_instruments_ph</b>) a ajuns cu gâtul rupt. Cutia era îndoită, curierul a "
                     "refuzat să facă proces-verbal. Vânzătorul spune că el a ambalat-o bine și că e treaba "
                     "curierului; curierul spune că e treaba vânzătorului.</p><p>Eu vreau doar o chitară întreagă sau "
                     "banii înapoi. Vă rog să decideți voi între ei.</p><p>Mulțumesc,<br>Tudor Enache</p>")
    raw = plain("m4", frm=mk.addr("Tudor Enache", "tudor.enache@outlook.com"), addr="tudor.enache@outlook.com",
                subject="Chitară sosită ruptă - comanda 90812277", t=t, body_text=re_text(html.replace("<p>", "").replace("</p>", "\n")),
                html=html, extra=[OUTLOOK])
    fields = {"complainant": "Tudor Enache", "transaction_id": "90812277", "counterparty": "rock_instruments_ph",
              "amount": {"value": "1340.00", "currency": "RON"}, "issue": "damaged"}
    return raw, fields, None, "damaged in transit, seller and courier blame each other; HTML alternative", {}


@item("mediation", "mediation")
def m_return_refused_company_seller_iso88592():
    t = when(2026, 12, 2, 10, 44)
    txt = ("Bună ziua,\n\nAm cumpărat de la MOBILA ARTIZAN S.R.L. (utilizator mobila_artizan) un dulap, comanda "
           "90522190, 2.480 lei, livrat pe 24.11. L-am desfăcut și nu încape în nișă (am măsurat eu greșit). Vreau să-l returnez în cele 14 zile, dar firma îmi "
           "răspunde că „nu acceptăm retur la produse asamblate”.\nVă rog să interveniți, vreau returul și "
           "banii înapoi.\n\nLiviu Constantin\n")
    raw = plain("m5", frm=mk.addr("Liviu Constantin", "liviu.constantin@gmail.com"), addr="liviu.constantin@gmail.com",
                subject="Retur refuzat - dulap 90522190", t=t, body_text=txt, charset="iso-8859-2", cte="8bit",
                extra=[TB])
    fields = {"complainant": "Liviu Constantin", "transaction_id": "90522190", "counterparty": "mobila_artizan",
              "amount": {"value": "2480.00", "currency": "RON"}, "issue": "return_refused",
              "proposed_resolution": "vreau returul și banii înapoi"}
    return raw, fields, None, "return within 14 days refused by a company seller; ISO-8859-2 8-bit", {}


@item("support", "support")
def s_sms_code_never_arrives():
    t = when(2026, 12, 4, 7, 12)
    txt = ("Buna dimineata\nde ieri cand incerc sa intru in cont imi cere codul primit prin SMS dar nu primesc nimic, "
           "am asteptat si o ora. Am Orange, numarul e acelasi ca la inregistrare. Am incercat si de pe laptop si de "
           "pe telefon.\nCe pot sa fac?\nMultumesc, Petru\n")
    raw = plain("s1", frm=mk.addr("Petru Sandu", "petru.sandu67@yahoo.com"), addr="petru.sandu67@yahoo.com",
                subject="nu vine codul", t=t, body_text=txt)
    return raw, {"contact": {"email": "petru.sandu67@yahoo.com"}}, None, \
        "login code by SMS never arrives; no support cue word", {}


@item("support", "support")
def s_gdpr_access_request_own_data():
    t = when(2026, 12, 2, 15, 33)
    txt = ("Stimate domnule / Stimată doamnă,\n\nÎn temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să îmi "
           "comunicați ce date personale prelucrați despre mine în legătură cu contul cu adresa "
           "mirela.dobos@gmail.com (utilizator mirela_dobos), în ce scop și cui le-ați transmis în ultimii doi ani, "
           "inclusiv dacă le-ați transmis vreunei autorități.\n\nCu stimă,\nMirela Doboș\n")
    raw = plain("s2", frm=mk.addr("Mirela Doboș", "mirela.dobos@gmail.com"), addr="mirela.dobos@gmail.com",
                subject="Cerere de acces la date (art. 15 GDPR)", t=t, body_text=txt)
    return raw, {"contact": {"email": "mirela.dobos@gmail.com"}}, None, (
        "a user's data-access request under the GDPR: legal words (art. 15, Regulament, autorități) but a user "
        "asking about her own data: support, not law enforcement"), {}


@item("support", "support")
def s_company_wants_listing_feed():
    t = when(2026, 12, 3, 11, 6)
    html = html_page("<p>Hello,</p><p>We are a furniture retailer with about 1,800 products. Is there a way to upload "
                     "and update our listings automatically (XML feed or an API) instead of one by one? We already "
                     "have a business account: <i>mobila_artizan</i>.</p><p>Best regards,<br>Sorin Pop<br>"
                     "E-commerce, MOBILA ARTIZAN S.R.L.</p>")
    raw = plain("s3", frm=mk.addr("Sorin Pop", "ecommerce@mobila-artizan.ro"), addr="ecommerce@mobila-artizan.ro",
                subject="Bulk upload of listings", t=t, body_text=re_text(html.replace("</p>", "\n")), html=html)
    return raw, {"contact": {"email": "ecommerce@mobila-artizan.ro"}}, None, "English, a company asks about an XML feed / API", {}


@item("support", "support")
def s_charged_twice_for_promotion():
    t = when(2026, 12, 4, 19, 57)
    txt = ("Buna seara,\n\nAzi am platit promovarea anuntului meu (apartament 2 camere Ploiesti, anunt 77412903) "
           "pachetul de 7 zile, 39 lei. In extras apar doua plati a cate 39 lei la 19:31 si 19:32. Puteti sa-mi "
           "returnati una?\n\nMultumesc,\nLaura Ene\n0721 330 915\n")
    raw = plain("s4", frm=mk.addr("Laura Ene", "laura.ene.ph@gmail.com"), addr="laura.ene.ph@gmail.com",
                subject="plata dubla promovare", t=t, body_text=txt)
    return raw, {"contact": {"email": "laura.ene.ph@gmail.com", "phone": "+40721330915"}}, None, (
        "charged twice by US for a listing promotion: a billing question (money, 'returnati', but no transaction "
        "with another user)"), {}


@item("support", "support")
def s_change_name_after_marriage():
    t = when(2026, 12, 5, 10, 26)
    txt = ("Bună ziua,\nM-am căsătorit și mi-am schimbat numele din Ionescu în Rădulescu. Cum pot modifica numele "
           "afișat în cont și pe facturi? Utilizatorul meu este andreea_ionescu90.\nMulțumesc!\nAndreea\n")
    raw = plain("s5", frm=mk.addr("Andreea Rădulescu", "andreea.ionescu90@yahoo.ro"), addr="andreea.ionescu90@yahoo.ro",
                subject="Schimbare nume", t=t, body_text=txt, extra=[YAHOO_IOS])
    return raw, {"contact": {"email": "andreea.ionescu90@yahoo.ro"}}, None, "name change after marriage", {}


@item("unknown", "unknown")
def u_courier_newsletter():
    t = when(2026, 12, 3, 6, 0)
    html = html_page("<table width='600'><tr><td><h2>Programul sărbătorilor de iarnă</h2><p>Dragi parteneri, vă "
                     "informăm că în perioada 24.12.2026 – 04.01.2027 ridicările de colete se fac doar până la ora "
                     "14:00. Pentru livrări cu Garanția de Livrare a marketplace-urilor partenere, termenul se "
                     "prelungește cu 2 zile lucrătoare.</p><p><a href='https://curier-rapid-news.ro/u/8812'>"
                     "Dezabonare</a></p></td></tr></table>")
    raw = plain("u1", frm=mk.addr("Curier Rapid", "noutati@curier-rapid-news.ro"), addr="bounce-8812@curier-rapid-news.ro",
                subject="Programul de sărbători 2026", t=t, body_text=re_text(html.replace("</p>", "\n")), html=html,
                extra=[("List-Unsubscribe", "<https://curier-rapid-news.ro/u/8812>"), ("Precedence", "bulk")],
                helo="mta.curier-rapid-news.ro")
    return raw, {}, None, "a courier's bulk newsletter naming the Delivery Guarantee", {}


@item("unknown", "unknown")
def u_job_application_fraud_analyst():
    t = when(2026, 12, 2, 22, 15)
    txt = ("Bună seara,\n\nVă trimit CV-ul meu pentru postul de Analist prevenire fraude publicat pe site-ul "
           "dumneavoastră. Am lucrat 3 ani în departamentul de investigații al unei bănci, unde am analizat "
           "tranzacții suspecte și am colaborat cu poliția pentru dosare penale.\n\nCu stimă,\nOana Chiriac\n")
    body = mixed([mk.text(txt), mk.attachment(mk.letter_pdf("T|CURRICULUM VITAE\nB|Oana Chiriac\nAnalist "
                                                            "fraude, 3 ani experiență bancară.", created=t),
                                              "CV_Oana_Chiriac.pdf")], "u2")
    raw = send("u2", frm=mk.addr("Oana Chiriac", "oana.chiriac@gmail.com"), addr="oana.chiriac@gmail.com",
               to=[SUPPORT], subject="Aplicare - Analist prevenire fraude", t=t, body=body)
    return raw, {}, None, "job application with a CV, mentions fraud, police and criminal cases", {}


@item("unknown", "unknown")
def u_bounce_of_our_acknowledgement():
    t = when(2026, 12, 4, 9, 2)
    orig = ("From: Registratura Okazii <registratura@okazii.ro>\nTo: cristi.vanzari77@yahoo.ro\n"
            "Subject: [REG-2026-004211] Am primit mesajul dumneavoastră\nDate: Fri, 04 Dec 2026 09:01:40 +0200\n"
            "Message-ID: <ack-4211@okazii.ro>\nAuto-Submitted: auto-replied\n\nBună ziua,\n\nAm primit mesajul "
            "dumneavoastră și l-am înregistrat cu numărul REG-2026-004211.\n")
    human = ("This is the mail system at host mta4.yahoo.ro.\n\nI'm sorry to have to inform you that your message "
             "could not be delivered to one or more recipients.\n\n<cristi.vanzari77@yahoo.ro>: host "
             "mx.yahoo.ro said: 550 5.1.1 user unknown\n")
    dsn = ("Reporting-MTA: dns; mta4.yahoo.ro\nArrival-Date: Fri, 04 Dec 2026 09:01:41 +0200\n\n"
           "Final-Recipient: rfc822; cristi.vanzari77@yahoo.ro\nAction: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n")
    parts = [mk.text(human, charset="us-ascii", cte="7bit"),
             Part([("Content-Type", "message/delivery-status")], dsn),
             Part([("Content-Type", "text/rfc822-headers")], orig.split("\n\n")[0] + "\n")]
    b = "----=_DSN_" + hashlib.sha1(b"u3").hexdigest()[:16]
    body = Part([("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"')],
                "This is a MIME-encapsulated message.", parts, b)
    raw = send("u3", frm=mk.addr("Mail Delivery System", "MAILER-DAEMON@mta4.yahoo.ro"),
               addr="MAILER-DAEMON@mta4.yahoo.ro", to=["registratura@okazii.ro"],
               subject="Undelivered Mail Returned to Sender", t=t, body=body, mail_from="", dkim="yahoo.ro",
               ip="198.51.100.211", helo="mta4.yahoo.ro", extra=[("Auto-Submitted", "auto-replied")])
    return raw, {}, None, "a DSN bouncing our own acknowledgement (null sender)", {"report": True}


@item("unknown", "unknown")
def u_seo_backlink_offer():
    t = when(2026, 12, 5, 3, 40)
    txt = ("Hi Okazii team,\n\nI noticed your fraud-prevention page ranks on page 2 for \"online marketplace safety "
           "Romania\". We can get you 40 high-authority backlinks (DA 50+) in 30 days, guaranteed, for $299.\n\n"
           "Reply YES and I'll send a free audit.\n\nCheers,\nKevin | LinkGrowth Agency\n")
    raw = plain("u4", frm=mk.addr("Kevin Moore", "kevin@linkgrowth-agency.com"), addr="kevin@linkgrowth-agency.com",
                subject="Quick question about okazii.ro", t=t, body_text=txt, to=[SECURITY])
    return raw, {}, None, "English SEO spam to the security desk", {}
def main() -> None:
    OUT.mkdir(exist_ok=True)
    for f in OUT.glob("m*.eml"):
        f.unlink()
    order = list(range(len(ITEMS)))
    random.Random(NUMBER_SEED).shuffle(order)
    number = {idx: n + 1 for n, idx in enumerate(order)}
    groups: dict[str, list[int]] = {}
    for i, (_, g, _) in enumerate(ITEMS):
        groups.setdefault(g, []).append(i)
    split: dict[int, str] = {}
    srng = random.Random(SPLIT_SEED)
    for g in sorted(groups):  # about 40% dev, 60% blind per group
        idxs = groups[g][:]
        srng.shuffle(idxs)
        k = round(len(idxs) * 0.4)
        for j, i in enumerate(idxs):
            split[i] = "dev" if j < k else "blind"
    truth, material = [], {}
    for i, (fn, group, cat) in enumerate(ITEMS):
        raw, fields, accept, notes, want = fn()
        name = f"mail/m{number[i]:02d}.eml"
        (HERE / name).write_bytes(raw)
        le_ = cat == "law_enforcement"
        genuine = (group == "le_gen") if le_ else None
        rec = {"file": name, "split": split[i], "category": cat, "fields": fields}
        if accept:
            rec["accept"] = accept
        rec["genuine"] = genuine
        rec["expect_verdict"] = ("verified" if genuine else "not_verified") if le_ else None
        rec["notes"] = notes
        rec["item"] = fn.__name__
        truth.append((number[i], rec))
        w = dict(want)
        if "dkim" not in w:
            w["dkim"] = sorted({m.decode() for m in re.findall(rb"\bd=([A-Za-z0-9.-]+);", raw.split(b"\r\n\r\n")[0])})
        w["item"] = fn.__name__
        w["genuine"] = bool(genuine)
        material[name] = w
        print(f"{name} {fn.__name__:38s} {cat:16s} {split[i]:5s} {len(raw) // 1024:4d} KB")
    truth.sort(key=lambda x: x[0])
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as f:
        for _, rec in truth:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (OUT / "material.json").write_text(json.dumps(dict(sorted(material.items())), ensure_ascii=False, indent=1),
                                       encoding="utf-8")


if __name__ == "__main__":
    main()
