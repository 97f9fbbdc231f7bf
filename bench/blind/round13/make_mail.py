#!/usr/bin/env python3
"""Blind round 13, mail half: writes ``mail/*.eml``, ``mail/truth.jsonl`` and ``mail/material.json``.

Written blind (see README.md). Uses ``mailkit.py`` (round 12's kit, copied unchanged as a tool), the paper kit
``paper/inkkit.py`` and the world made by ``make_world.py``. Deterministic headers, letters and numbers; CMS/PDF
signature bytes may differ between runs (signing times are fixed). The import/``item()``/``mid()``/``ip_of()``/
``send()``/``alt()``/``mixed()``/``sealed()`` header and ``main()`` are round 12's; every letter and item is new.
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
NUMBER_SEED = 20261341
SPLIT_SEED = 20261340


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
# helpers
# =====================================================================



def sent(t: dt.datetime) -> dt.datetime:
    """signing time a few minutes before the mail went out"""
    return t - dt.timedelta(minutes=23)


def le_mail(seed, *, frm, addr, subject, t, cover, pdf, pdf_name, extra=None, html_cover=None, charset="utf-8",
            cte="quoted-printable", cc=None, reply_to=None, att_ctype="application/pdf"):
    txt = mk.text(cover, charset=charset, cte=cte) if not html_cover else (
        alt(cover, html_cover, seed, charset=charset, cte=cte) if cover else
        mk.text(html_cover, "html", charset=charset, cte=cte))
    body = mixed([txt, mk.attachment(pdf, pdf_name, ctype=att_ctype)], seed)
    return send(seed, frm=frm, addr=addr, to=[LEGAL], subject=subject, t=t, body=body, extra=extra, cc=cc,
                reply_to=reply_to)


# =====================================================================
# GENUINE LAW ENFORCEMENT (11)
# =====================================================================

IS_SIC = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI
C|Serviciul de Investigații Criminale
R|NESECRET
K|Număr de înregistrare: 512.774
K|Data: 02.12.2026
K|Dosar penal: 3318/P/2026
K|Exemplar: 1/1
K|{okz}
K|{addr}
Stimată doamnă / Stimate domn,
Serviciul de Investigații Criminale din cadrul Inspectoratului de Poliție Județean Iași efectuează cercetări penale sub supravegherea Parchetului de pe lângă Judecătoria Iași, cu privire la săvârșirea infracțiunii de înșelăciune (art. 244 alin. 1 Cod penal): mai multe persoane au plătit în avans telefoane mobile care nu au mai fost livrate.
Având în vedere dispozițiile art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicităm ca, pentru utilizatorul ionut_gsm_is (adresa de e-mail ionut.gsm.iasi@gmail.com), să ne transmiteți:
L|1. datele de identificare furnizate la înregistrarea contului;
L|2. numerele de telefon asociate contului și datele de verificare a acestora;
L|3. lista anunțurilor publicate și a comenzilor primite;
L|4. jurnalul autentificărilor, cu adresele IP și ora exactă.
Perioada de interes este cuprinsă între 15 octombrie 2026 și 30 noiembrie 2026.
Răspunsul dumneavoastră îl așteptăm în format electronic, pe adresa sic@is.politiaromana.ro.
S|Șef serviciu
S|Comisar-șef de poliție
S|Onu Cătălin
s|Întocmit: ag. șef R.A. / 1 ex.
"""


@item("le_gen", "law_enforcement")
def g_ipj_iasi_labelled_registration_lines():
    t = when(2026, 12, 2, 10, 17)
    pdf = sealed(IS_SIC.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_ipj_is", sent(t), title="512774")
    cover = ("Bună ziua,\n\nAtașat găsiți adresa Serviciului de Investigații Criminale înregistrată sub nr. 512.774 "
             "din 02.12.2026.\nDocumentul este semnat cu sigiliul electronic al IPJ Iași.\n\n"
             "Secretariat SIC\nIPJ Iași\n")
    raw = le_mail("g1", frm=mk.addr("IPJ Iasi - Serviciul de Investigatii Criminale", "sic@is.politiaromana.ro"),
                  addr="sic@is.politiaromana.ro", subject="Adresa 512774 / 02.12.2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="adresa_512774.pdf", extra=[OUTLOOK])
    f = le("police", authority="Inspectoratul de Poliție Județean Iași", reference_number="512.774",
           reference_date="2026-12-02", case_number="3318/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "ionut_gsm_is"), sub("email", "ionut.gsm.iasi@gmail.com")],
           requested_data=["datele de identificare furnizate la înregistrarea contului",
                           "numerele de telefon asociate contului și datele de verificare a acestora",
                           "lista anunțurilor publicate și a comenzilor primite",
                           "jurnalul autentificărilor, cu adresele IP și ora exactă"],
           period={"from": "2026-10-15", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="sic@is.politiaromana.ro", signatory="Comisar-șef de poliție Onu Cătălin")
    acc = {"authority": ["IPJ Iași", "Serviciul de Investigații Criminale",
                         "Inspectoratul de Poliție Județean Iași - Serviciul de Investigații Criminale"],
           "reference_number": ["512774"], "signatory": ["Șef serviciu Comisar-șef de poliție Onu Cătălin"]}
    return raw, f, acc, ("IPJ Iași SIC; registration as LABELLED LINES (Număr de înregistrare / Data / Dosar penal); "
                         "period in words; numbered list; the day after the national holiday; seal"), \
        {"pdf": [pdfw("seal_ipj_is")]}


BH_SICE = """
R|Oradea
R|Exemplar unic
K|ROMÂNIA
K|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN BIHOR
K|Serviciul de Investigare a Criminalității Economice
K|Nr. 88.103 din 02.XII.2026

K|{okz}
K|{addr}
Subsemnatul, comisar de poliție Crișan Vlad-Ionuț, ofițer specialist în cadrul Serviciului de Investigare a Criminalității Economice Bihor, efectuez cercetări în dosarul penal nr. 6054/P/2026 al Parchetului de pe lângă Tribunalul Bihor, privind săvârșirea infracțiunilor de evaziune fiscală și spălare a banilor prin comercializarea online de anvelope fără documente de proveniență.
În baza art. 170 C.proc.pen., vă rog să dispuneți comunicarea, pentru utilizatorul cu ID 48120577, care folosește numărul de telefon 0040 755 214 907, și pentru comenzile nr. 70214455 și 70214482, a următoarelor informații:
L|– identitatea cumpărătorilor și a vânzătorului, așa cum figurează în evidențele platformei
L|– modalitatea de plată și contul bancar în care s-au încasat sumele
L|– adresele de livrare declarate pentru cele două comenzi
Informațiile vor fi predate prin curier, la adresa: Str. Dimitrie Cantemir nr. 4, Oradea, județul Bihor, în atenția subsemnatului.
S|Ofițer specialist,
S|Comisar de poliție
S|Crișan Vlad-Ionuț
"""


@item("le_gen", "law_enforcement")
def g_bihor_officer_roman_month_cp1250():
    t = when(2026, 12, 2, 15, 48)
    pdf = sealed(BH_SICE.format(okz=OKZ_HDR, addr=OKZ_ADDR), "pers_bh_crisan", sent(t), title="88103", family="sans")
    cover = ("Stimați colegi,\n\nTransmit alăturat adresa nr. 88.103 din 02.XII.2026, semnată electronic "
             "(semnătură calificată).\nVă mulțumesc,\ncom. Crișan Vlad-Ionuț\nS.I.C.E. Bihor\n")
    html = html_page("<p>Stimați colegi,</p><p>Transmit alăturat adresa nr. 88.103 din 02.XII.2026, semnată "
                     "electronic (semnătură calificată).</p><p>Vă mulțumesc,<br>com. Crișan Vlad-Ionuț<br>"
                     "S.I.C.E. Bihor</p>", "windows-1250")
    raw = le_mail("g2", frm=mk.addr("Crișan Vlad-Ionuț", "vlad.crisan@bh.politiaromana.ro", "windows-1250"),
                  addr="vlad.crisan@bh.politiaromana.ro", subject="adresa 88103 - dosar 6054/P/2026", t=t,
                  cover=cover, html_cover=html, charset="windows-1250", cte="quoted-printable", pdf=pdf,
                  pdf_name="88103.pdf", extra=[TB])
    f = le("police", authority="Inspectoratul de Poliție Județean Bihor", reference_number="88.103",
           reference_date="2026-12-02", case_number="6054/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "48120577"), sub("phone", "+40755214907")],
           transactions=["70214455", "70214482"],
           requested_data=["identitatea cumpărătorilor și a vânzătorului, așa cum figurează în evidențele platformei",
                           "modalitatea de plată și contul bancar în care s-au încasat sumele",
                           "adresele de livrare declarate pentru cele două comenzi"],
           response_channel="courier", reply_to="Str. Dimitrie Cantemir nr. 4, Oradea, județul Bihor",
           signatory="Comisar de poliție Crișan Vlad-Ionuț")
    acc = {"authority": ["IPJ Bihor", "Serviciul de Investigare a Criminalității Economice",
                         "Inspectoratul de Poliție Județean Bihor - Serviciul de Investigare a Criminalității Economice"],
           "reference_number": ["88103"]}
    return raw, f, acc, ("IPJ Bihor SICE; first-person letter of the bound officer (personal certificate); heading in "
                         "place and copy on the right above, number under the heading, 'din 02.XII.2026'; phone as 0040 …; user id; two orders; en-dash list without "
                         "final punctuation; courier to a postal address; Windows-1250 multipart/alternative"), \
        {"pdf": [pdfw("pers_bh_crisan")]}


IBAN_S12 = mk.ro_iban("BTRL", "0521101987654300")

DGPMB_S12 = """
K|ROMANIA
K|MINISTERUL AFACERILOR INTERNE
K|DIRECTIA GENERALA DE POLITIE A MUNICIPIULUI BUCURESTI
B|SECTIA 12 POLITIE
R|Bucuresti, 03 decembrie 2026
R|Nr. 4517/S12
K|Catre: S.C. OKAZII ONLINE S.R.L. - Centrul de prevenire a fraudelor
K|Str. Frunzei nr. 29, sector 2, Bucuresti
Sectia 12 Politie efectueaza cercetari in dosarul penal nr. 9021/P/2026, inregistrat la Parchetul de pe langa Judecatoria Sectorului 4 Bucuresti, cu privire la savarsirea infractiunii de inselaciune, in care persoana vatamata a achitat suma de 4.200 lei pentru un scuter electric, in contul IBAN {iban}, indicat de vanzatorul cu numele de utilizator vand.rapid.b6.
In temeiul art. 170 alin. 2 din Codul de procedura penala, va rugam sa ne comunicati urmatoarele:
L|• datele de identificare ale titularului contului vand.rapid.b6
L|• toate conturile de utilizator la care a fost declarat IBAN-ul de mai sus
L|• istoricul platilor primite prin platforma in ultimele 90 de zile
Raspunsul se va transmite prin e-mail la adresa sectia12@b.politiaromana.ro.
S|p. SEF SECTIE
S|Comisar de politie
S|Ene Valentin
"""


@item("le_gen", "law_enforcement")
def g_dgpmb_sectia12_no_diacritics_iban_html_only():
    t = when(2026, 12, 3, 13, 5)
    pdf = sealed(DGPMB_S12.format(iban=IBAN_S12), "seal_dgpmb", sent(t), title="4517 S12", family="sans")
    html = html_page("<div>Buna ziua,</div><div><br></div><div>Va transmitem adresa nr. 4517/S12 din 03.12.2026 "
                     "(atasament, semnat cu sigiliul DGPMB).</div><div><br></div><div>Sectia 12 Politie<br>"
                     "tel. 021 574 0200 int. 12044</div>")
    raw = le_mail("g3", frm=mk.addr("Sectia 12 Politie", "sectia12@b.politiaromana.ro"),
                  addr="sectia12@b.politiaromana.ro", subject="Adresa nr. 4517/S12", t=t, cover=None,
                  html_cover=html, cte="base64", pdf=pdf, pdf_name="Adresa 4517 S12.pdf", extra=[ZIMBRA])
    f = le("police", authority="Sectia 12 Politie", reference_number="4517/S12", reference_date="2026-12-03",
           case_number="9021/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "vand.rapid.b6"), sub("iban", IBAN_S12.replace(" ", ""))],
           requested_data=["datele de identificare ale titularului contului vand.rapid.b6",
                           "toate conturile de utilizator la care a fost declarat IBAN-ul de mai sus",
                           "istoricul platilor primite prin platforma in ultimele 90 de zile"],
           response_channel="electronic", reply_to="sectia12@b.politiaromana.ro",
           signatory="Comisar de politie Ene Valentin")
    acc = {"authority": ["Secția 12 Poliție", "Directia Generala de Politie a Municipiului Bucuresti",
                         "Direcția Generală de Poliție a Municipiului București", "DGPMB",
                         "Directia Generala de Politie a Municipiului Bucuresti - Sectia 12 Politie"],
           "reference_number": ["4517"], "signatory": ["p. Sef sectie Comisar de politie Ene Valentin",
                                                        "Comisar de poliție Ene Valentin"]}
    return raw, f, acc, ("DGPMB's Secția 12 (a sector section the registry does not list; DGPMB's mailbox and seal); "
                         "letter typed WITHOUT diacritics (fields as written); 'p. SEF SECTIE' over rank and name; "
                         "IBAN inside a sentence; bullet list; HTML-only base64 cover (Zimbra)"), \
        {"pdf": [pdfw("seal_dgpmb")]}


DIICOT_BH = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|Biroul Teritorial Bihor
R|Nr. 2231/II-2/2026
R|Oradea, 04 decembrie 2026
T|FOARTE URGENT
K|{okz}
Vă aducem la cunoștință că la nivelul D.I.I.C.O.T. – Biroul Teritorial Bihor se efectuează urmărirea penală în dosarul nr. 874D/P/2026, privind constituirea unui grup infracțional organizat și efectuarea de operațiuni financiare frauduloase, prin preluarea conturilor de vânzător ale unor utilizatori legitimi.
Întrucât există riscul ca persoanele cercetate să șteargă urmele activității, în temeiul art. 170 alin. (2) lit. a) și b) C.pr.pen. vă solicităm ca, în termen de 24 de ore de la primire, să ne comunicați cu privire la conturile atelier_piese_bh și daniel.horvath.1983@outlook.com, precum și la tranzacțiile 51880741, 51880790 și 51881002:
L|(i) datele de autentificare recente (data, ora, adresa IP, dispozitivul);
L|(ii) modificările aduse datelor de contact și contului bancar;
L|(iii) beneficiarii plăților aferente celor trei tranzacții.
S|Procuror șef birou,
S|Mureșan Daria
s|Răspunsul se transmite exclusiv pe adresa bt.bihor@diicot.ro. Tel. 0259 574 600.
"""


@item("le_gen", "law_enforcement")
def g_diicot_bt_bihor_urgent_iso88592():
    t = when(2026, 12, 4, 21, 52)
    pdf = sealed(DIICOT_BH.format(okz=OKZ_HDR), "seal_diicot", sent(t), title="2231/II-2/2026")
    cover = ("FOARTE URGENT\n\nVă rugăm să dați curs adresei atașate (nr. 2231/II-2/2026) în termen de 24 de ore.\n"
             "Răspunsul, exclusiv pe bt.bihor@diicot.ro.\n\nGrefier, D.I.I.C.O.T. - B.T. Bihor\n")
    raw = le_mail("g4", frm=mk.addr("DIICOT BT Bihor", "bt.bihor@diicot.ro"), addr="bt.bihor@diicot.ro",
                  subject="FOARTE URGENT - adresa 2231/II-2/2026", t=t, cover=cover, charset="iso-8859-2",
                  cte="quoted-printable", pdf=pdf, pdf_name="2231_II-2_2026.pdf",
                  extra=[("Importance", "high"), ("X-Priority", "1 (Highest)"), ROUNDCUBE])
    f = le("prosecutor", authority="Biroul Teritorial Bihor", reference_number="2231/II-2/2026",
           reference_date="2026-12-04", case_number="874D/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "atelier_piese_bh"), sub("email", "daniel.horvath.1983@outlook.com")],
           transactions=["51880741", "51880790", "51881002"],
           requested_data=["datele de autentificare recente (data, ora, adresa IP, dispozitivul)",
                           "modificările aduse datelor de contact și contului bancar",
                           "beneficiarii plăților aferente celor trei tranzacții"],
           response_channel="electronic", reply_to="bt.bihor@diicot.ro", signatory="Procuror șef birou Mureșan Daria",
           urgent=True)
    acc = {"authority": ["DIICOT - Biroul Teritorial Bihor", "DIICOT",
                         "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
                         "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism - Biroul Teritorial Bihor"],
           "signatory": ["Mureșan Daria"]}
    return raw, f, acc, ("DIICOT's Bihor office (unit not in the registry; DIICOT's mailbox and seal); GENUINELY urgent "
                         "(24 h), Friday 21:52; case number with a letter (874D/P/2026); (i)-(iii) list; reply address "
                         "only in the small print under the signature; ISO-8859-2 QP cover"), {"pdf": [pdfw("seal_diicot")]}


DNA_SCC = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|Parchetul de pe lângă Înalta Curte de Casație și Justiție
C|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
C|Secția de combatere a corupției
K|Dosar nr. 212/P/2026
K|Nr. 5.880/C/2026, București, cinci decembrie două mii douăzeci și șase
K|{okz}
T|Adresă
În cauza de mai sus, privind fapte de luare de mită săvârșite de un funcționar al unei primării, care ar fi primit foloase prin intermediul unor tranzacții fictive de vânzare a unor obiecte de colecție, vă solicităm, potrivit art. 170 din Codul de procedură penală, să ne puneți la dispoziție, pentru utilizatorii colectionar_vechi și ana.marginean.bv@yahoo.com:
L|A. datele de identificare și de contact;
L|B. toate anunțurile publicate și prețurile de vânzare;
L|C. identitatea cumpărătorilor și sumele plătite de aceștia.
Datele privesc perioada 1 ianuarie 2026 – 30 noiembrie 2026 și vor fi predate, pe suport optic, prin curier, la sediul Direcției Naționale Anticorupție din Str. Știrbei Vodă nr. 79-81, sector 1, București.
S|Procuror,
S|Vlad Cristina-Maria
"""


@item("le_gen", "law_enforcement")
def g_dna_date_in_words_cades_p7s():
    t = when(2026, 12, 5, 11, 26)
    pdf = mk.letter_pdf(DNA_SCC.format(okz=OKZ_HDR), created=sent(t), title="Adresa 5880/C/2026")
    p7s = mk.cades(pdf, "seal_dna", detached=True, signing_time=sent(t).astimezone(dt.timezone.utc))
    cover = ("Bună ziua,\n\nAtașat: adresa nr. 5.880/C/2026 (PDF) și semnătura electronică a acesteia (fișier .p7s).\n\n"
             "Secretariat – Secția de combatere a corupției\nDirecția Națională Anticorupție\n")
    body = mixed([mk.text(cover), mk.attachment(pdf, "adresa_5880_C_2026.pdf"),
                  mk.attachment(p7s, "adresa_5880_C_2026.pdf.p7s", ctype="application/pkcs7-signature")], "g5")
    raw = send("g5", frm=mk.addr("DNA - Sectia de combatere a coruptiei", "scc@pna.ro"), addr="scc@pna.ro",
               to=[LEGAL], subject="Adresa 5880/C/2026 (dosar 212/P/2026)", t=t, body=body, extra=[OUTLOOK])
    f = le("prosecutor", authority="Direcția Națională Anticorupție", reference_number="5.880/C/2026",
           reference_date="2026-12-05", case_number="212/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "colectionar_vechi"), sub("email", "ana.marginean.bv@yahoo.com")],
           requested_data=["datele de identificare și de contact", "toate anunțurile publicate și prețurile de vânzare",
                           "identitatea cumpărătorilor și sumele plătite de aceștia"],
           period={"from": "2026-01-01", "to": "2026-11-30"}, response_channel="courier",
           reply_to="Str. Știrbei Vodă nr. 79-81, sector 1, București", signatory="Procuror Vlad Cristina-Maria")
    acc = {"authority": ["DNA", "Direcția Națională Anticorupție - Secția de combatere a corupției",
                         "Secția de combatere a corupției"], "reference_number": ["5880/C/2026"]}
    return raw, f, acc, ("DNA central section; date WRITTEN IN WORDS ('cinci decembrie două mii douăzeci și șase'); "
                         "A./B./C. list; period in words; courier to the DNA's postal address; CAdES DETACHED .p7s by "
                         "the DNA seal beside an unsigned-looking PDF; a Saturday"), \
        {"cades": [{"file": "adresa_5880_C_2026.pdf.p7s", "signer": "seal_dna", "detached": True}]}


PCA_IS = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ CURTEA DE APEL IAȘI
C|Secția de urmărire penală și criminalistică
R|Nr. 1744/II/5/2026
R|Iași, 03.12.2026
K|{okz}
K|{addr}
Parchetul de pe lângă Curtea de Apel Iași efectuează urmărirea penală în dosarul nr. 402/P/2026, privind infracțiunea de fals informatic (art. 325 Cod penal) săvârșită prin publicarea de anunțuri cu acte de proprietate falsificate pentru autoturisme.
Potrivit art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorii auto_premium_iasi, moldova.cars și vanzari.rapide.is, datele următoare:
L|a. numele, adresa și datele de contact declarate;
L|b. copiile documentelor încărcate în anunțuri (facturi, cărți de identitate ale vehiculelor);
L|c. lista anunțurilor active și inactive.
Perioada vizată: 01.06.2026 – 30.11.2026.
Vă rugăm să transmiteți răspunsul pe adresa de e-mail registratura.pcaiasi@mpublic.ro.
S|PROCUROR GENERAL ADJUNCT,
S|Andrieș Gabriel
"""


@item("le_gen", "law_enforcement")
def g_pca_iasi_visible_seal_alternative_base64():
    t = when(2026, 12, 3, 9, 12)
    pdf = sealed(PCA_IS.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_pca_is", sent(t), visible=True,
                 reason="Semnat cu sigiliul electronic calificat", location="Iași", title="1744/II/5/2026",
                 box=(60, 40, 300, 100))
    plain_ = ("Stimată doamnă, stimate domn,\n\nVă transmitem adresa nr. 1744/II/5/2026 din 03.12.2026.\n\n"
              "Cu deosebită considerație,\nRegistratura Parchetului de pe lângă Curtea de Apel Iași\n")
    html = html_page("<p>Stimată doamnă, stimate domn,</p><p>Vă transmitem adresa nr. <b>1744/II/5/2026</b> din "
                     "03.12.2026.</p><p>Cu deosebită considerație,<br><i>Registratura Parchetului de pe lângă Curtea "
                     "de Apel Iași</i></p>")
    raw = le_mail("g6", frm=mk.addr("Registratura PCA Iași", "registratura.pcaiasi@mpublic.ro"),
                  addr="registratura.pcaiasi@mpublic.ro", subject="Adresa nr. 1744/II/5/2026", t=t, cover=plain_,
                  html_cover=html, cte="base64", pdf=pdf, pdf_name="1744-II-5-2026.pdf", extra=[OUTLOOK])
    f = le("prosecutor", authority="Parchetul de pe lângă Curtea de Apel Iași", reference_number="1744/II/5/2026",
           reference_date="2026-12-03", case_number="402/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "auto_premium_iasi"), sub("username", "moldova.cars"),
                     sub("username", "vanzari.rapide.is")],
           requested_data=["numele, adresa și datele de contact declarate",
                           "copiile documentelor încărcate în anunțuri (facturi, cărți de identitate ale vehiculelor)",
                           "lista anunțurilor active și inactive"],
           period={"from": "2026-06-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="registratura.pcaiasi@mpublic.ro", signatory="Procuror general adjunct Andrieș Gabriel")
    acc = {"authority": ["PCA Iași", "Parchetul de pe lângă Curtea de Apel Iași - Secția de urmărire penală și "
                         "criminalistică"], "signatory": ["Andrieș Gabriel"]}
    return raw, f, acc, ("appeal-court prosecutors' office; number with Roman numeral (1744/II/5/2026); three users; "
                         "'a.' list; VISIBLE seal appearance bottom-left; multipart/alternative, base64"), \
        {"pdf": [pdfw("seal_pca_is")]}


PJS2 = """
K|ROMANIA
K|MINISTERUL PUBLIC
K|PARCHETUL DE PE LANGA JUDECATORIA SECTORULUI 2 BUCURESTI
K|Nr. 19.842/2026 din 04.12.2026
K|Dosar nr. 7781/P/2026
K|Catre {okz}
Subsemnata, procuror Stoica Irina-Mihaela, in dosarul penal mai sus mentionat, avand ca obiect infractiunea de santaj (art. 207 Cod penal) savarsita prin mesaje trimise unei vanzatoare de pe platforma dumneavoastra, in temeiul art. 170 alin. (1) si (2) C.pr.pen., dispun comunicarea urmatoarelor date privind utilizatorul care foloseste adresa de e-mail s.andrei.b2@icloud.com si numarul de telefon +40 722 318 004:
L|- datele de identificare ale contului si data crearii acestuia
L|- adresele IP folosite la crearea contului si la ultimele 20 de autentificari
L|- anunturile la care utilizatorul a trimis mesaje in perioada 20.11.2026 - 03.12.2026
Raspunsul va fi trimis in format electronic, la adresa stoica.irina@mpublic.ro.
S|Procuror,
S|Stoica Irina-Mihaela
"""


@item("le_gen", "law_enforcement")
def g_pjs2_prosecutor_personal_no_diacritics():
    t = when(2026, 12, 4, 16, 40)
    pdf = sealed(PJS2.format(okz="S.C. OKAZII ONLINE S.R.L. - Centrul de prevenire a fraudelor"), "pers_pjs2",
                 sent(t), title="19842", creator="LibreOffice 7.6")
    cover = "Buna ziua,\n\nva transmit in atasament adresa nr. 19.842/2026, semnata electronic.\n\nProcuror Stoica Irina\n"
    raw = le_mail("g7", frm=mk.addr("Stoica Irina-Mihaela", "stoica.irina@mpublic.ro"),
                  addr="stoica.irina@mpublic.ro", subject="dosar 7781/P/2026", t=t, cover=cover, cte="base64",
                  pdf=pdf, pdf_name="adresa okazii.pdf", extra=[APPLE])
    f = le("prosecutor", authority="Parchetul de pe langa Judecatoria Sectorului 2 Bucuresti",
           reference_number="19.842/2026", reference_date="2026-12-04", case_number="7781/P/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "s.andrei.b2@icloud.com"), sub("phone", "+40722318004")],
           requested_data=["datele de identificare ale contului si data crearii acestuia",
                           "adresele IP folosite la crearea contului si la ultimele 20 de autentificari",
                           "anunturile la care utilizatorul a trimis mesaje in perioada 20.11.2026 - 03.12.2026"],
           response_channel="electronic", reply_to="stoica.irina@mpublic.ro", signatory="Procuror Stoica Irina-Mihaela")
    acc = {"authority": ["Parchetul de pe lângă Judecătoria Sectorului 2 București"],
           "reference_number": ["19842/2026"], "signatory": ["Stoica Irina-Mihaela"]}
    return raw, f, acc, ("a sector prosecutors' office; the prosecutor's own bound personal certificate; letter WITHOUT "
                         "diacritics; e-mail and a +40 phone with spaces; hyphen list; the period inside a data item "
                         "(period unscored); base64 cover, Apple Mail; file name with a space"), \
        {"pdf": [pdfw("pers_pjs2")]}


CA_SV = """
C|R O M Â N I A
C|CURTEA DE APEL SUCEAVA
C|Secția penală și pentru cauze cu minori
K|Dosar nr. 1187/86/2025
K|Nr. ieșire: 40.219 / 02.12.2026
K|Termen: 14.01.2027
K|{okz}
În vederea soluționării apelului declarat în cauza penală de mai sus, privind infracțiunea de înșelăciune în formă continuată, Curtea, în temeiul art. 170 din Codul de procedură penală, vă solicită să comunicați instanței, cu privire la contul vânzătorului bucovina_antic și la tranzacția nr. 33019822:
L|1) identitatea titularului contului și a beneficiarului plății;
L|2) corespondența purtată prin platformă între părți, în legătură cu tranzacția de mai sus;
L|3) istoricul reclamațiilor înregistrate împotriva contului.
Răspunsul se va transmite până la termenul de judecată, prin curier sau la adresa de e-mail ca-suceava-penal@just.ro, cu mențiunea numărului de dosar.
S|Președinte de complet,
S|Judecător Hrițcu Ana-Maria
"""


@item("le_gen", "law_enforcement")
def g_ca_suceava_appeal_cedilla_alternative():
    t = when(2026, 12, 2, 11, 33)
    pdf = sealed(CA_SV.format(okz=OKZ_HDR), "seal_ca_sv", sent(t), visible=True, reason="Sigiliu instanță",
                 location="Suceava", title="Dosar 1187/86/2025", box=(360, 30, 560, 90))
    cover = ("Stimate domn/Stimată doamnă,\n\nVă comunicăm adresa emisă în dosarul nr. 1187/86/2025 al Curții de "
             "Apel Suceava (nr. ieșire 40.219/02.12.2026).\n\nGrefier,\nSecția penală\n")
    html = html_page("<p>Stimate domn/Stimată doamnă,</p><p>Vă comunicăm adresa emisă în dosarul nr. "
                     "<b>1187/86/2025</b> al Curții de Apel Suceava (nr. ieșire 40.219/02.12.2026).</p>"
                     "<p>Grefier,<br>Secția penală</p>", "iso-8859-2")
    raw = le_mail("g8", frm=mk.addr("Curtea de Apel Suceava - Secția penală", "ca-suceava-penal@just.ro",
                                    "iso-8859-2"), addr="ca-suceava-penal@just.ro",
                  subject="Dosar 1187/86/2025 - adresa", t=t, cover=cover, html_cover=html, charset="iso-8859-2",
                  cte="quoted-printable", pdf=pdf, pdf_name="adresa_1187_86_2025.pdf", extra=[OUTLOOK])
    f = le("court", authority="Curtea de Apel Suceava", reference_number="40.219", reference_date="2026-12-02",
           case_number="1187/86/2025", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "bucovina_antic")], transactions=["33019822"],
           requested_data=["identitatea titularului contului și a beneficiarului plății",
                           "corespondența purtată prin platformă între părți, în legătură cu tranzacția de mai sus",
                           "istoricul reclamațiilor înregistrate împotriva contului"],
           signatory="Judecător Hrițcu Ana-Maria")
    acc = {"authority": ["Curtea de Apel Suceava - Secția penală și pentru cauze cu minori"],
           "reference_number": ["40219", "40.219 / 02.12.2026"],
           "signatory": ["Președinte de complet, Judecător Hrițcu Ana-Maria", "Hrițcu Ana-Maria"]}
    return raw, f, acc, ("court of appeal in the TRIAL (appeal) phase: a court may ask for correspondence under art. 170; "
                         "court file 1187/86/2025, 'Nr. ieșire' labelled with a slash date; next hearing 14.01.2027; "
                         "'1)' list; courier OR e-mail (response_channel and reply_to unscored); visible seal; "
                         "ISO-8859-2 (cedilla) multipart/alternative"), {"pdf": [pdfw("seal_ca_sv")]}


JUD_OR = """
C|ROMÂNIA
C|JUDECĂTORIA ORADEA
C|Secția penală
K|Dosar nr. 9912/271/2026
K|Nr. 9912/271/2026/a3 din 07.12.2026
K|{okz}
K|{addr}
Judecătoria Oradea, învestită cu judecarea cauzei penale privind pe inculpatul Szabó Levente, trimis în judecată pentru săvârșirea infracțiunii de înșelăciune (dosarul de urmărire penală nr. 2210/P/2026 al Parchetului de pe lângă Judecătoria Oradea), în temeiul art. 170 Cod procedură penală, dispune să comunicați instanței următoarele date privind utilizatorul cu ID 30218866 și numărul de telefon 0740.118.236:
L|• datele declarate la crearea contului;
L|• istoricul tranzacțiilor încheiate ca vânzător;
L|• reclamațiile primite de la cumpărători și modul lor de soluționare.
Datele se vor comunica în format electronic, la adresa jud-oradea-penal@just.ro.
S|Judecător,
S|Bogdan Lucian
"""


@item("le_gen", "law_enforcement")
def g_judecatoria_oradea_judge_html_only():
    t = when(2026, 12, 7, 8, 58)
    pdf = sealed(JUD_OR.format(okz=OKZ_HDR, addr=OKZ_ADDR), "pers_jud_oradea", sent(t), title="9912/271/2026/a3")
    html = html_page("<p>Bună ziua,</p><p>Vă transmitem adresa Judecătoriei Oradea în dosarul <b>9912/271/2026</b>, "
                     "semnată electronic de judecătorul cauzei.</p><p>Grefier Lazăr Diana</p>")
    raw = le_mail("g9", frm=mk.addr("Judecatoria Oradea - Sectia penala", "jud-oradea-penal@just.ro"),
                  addr="jud-oradea-penal@just.ro", subject="Dosar nr. 9912/271/2026", t=t, cover=None,
                  html_cover=html, pdf=pdf, pdf_name="adresa.pdf", extra=[OUTLOOK])
    f = le("court", authority="Judecătoria Oradea", reference_number="9912/271/2026/a3", reference_date="2026-12-07",
           case_number="9912/271/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "30218866"), sub("phone", "+40740118236")],
           requested_data=["datele declarate la crearea contului",
                           "istoricul tranzacțiilor încheiate ca vânzător",
                           "reclamațiile primite de la cumpărători și modul lor de soluționare"],
           response_channel="electronic", reply_to="jud-oradea-penal@just.ro", signatory="Judecător Bogdan Lucian")
    acc = {"authority": ["Judecătoria Oradea - Secția penală"], "case_number": ["2210/P/2026"],
           "signatory": ["Bogdan Lucian"]}
    return raw, f, acc, ("first-instance court, trial phase; the judge's bound personal certificate; court file and the "
                         "prosecution file both named (case_number is the court file; the /P/ file accepted); phone "
                         "written with dots (0740.118.236); user id; HTML-only cover; Monday 08:58"), \
        {"pdf": [pdfw("pers_jud_oradea")]}


SV_SICE = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA
C|SERVICIUL DE INVESTIGARE A CRIMINALITĂȚII ECONOMICE
R|Nr. S/110.562 din 03.12.2026
K|{okz}
În dosarul penal nr. 4876/P/2026 al Parchetului de pe lângă Tribunalul Suceava, privind comercializarea de produse contrafăcute (art. 90 din Legea nr. 8/1996), în temeiul art. 170 C.p.p., vă solicităm informații despre următorii utilizatori:
X|Nr. ¦ Identificator ¦ Tip
X|1 ¦ brandoutlet_sv ¦ nume utilizator
X|2 ¦ outlet.bucovina@gmail.com ¦ e-mail
X|3 ¦ 55102934 ¦ ID utilizator
Pentru fiecare dintre aceștia vă rugăm să ne comunicați:
L|I. datele de identificare și de facturare;
L|II. anunțurile cu produse de marcă publicate după 01.09.2026;
L|III. volumul vânzărilor realizate prin platformă.
Răspunsul se va trimite pe adresa sice@sv.politiaromana.ro.
S|Șef serviciu,
S|Comisar-șef de poliție Rusu Ovidiu
"""


@item("le_gen", "law_enforcement")
def g_ipj_suceava_forwarded_by_registry():
    t = when(2026, 12, 3, 14, 27)
    pdf = sealed(SV_SICE.format(okz=OKZ_HDR), "seal_ipj_sv", t - dt.timedelta(hours=3), title="S/110562")
    fwd = ("Bună ziua,\n\nvă redirecționăm mesajul de mai jos, cu adresa S.I.C.E. atașată.\n\n"
           "Registratura IPJ Suceava\n\n"
           "-------- Mesaj redirecționat --------\n"
           "Subiect: adresa S/110.562\n"
           "Data: Thu, 3 Dec 2026 11:02:40 +0200\n"
           "De la: SICE Suceava <sice@sv.politiaromana.ro>\n"
           "Către: registratura@sv.politiaromana.ro\n\n"
           "Vă rog să transmiteți la Okazii adresa atașată.\nMulțumesc,\nSICE\n")
    raw = le_mail("g10", frm=mk.addr("Registratura IPJ Suceava", "registratura@sv.politiaromana.ro"),
                  addr="registratura@sv.politiaromana.ro", subject="Fwd: adresa S/110.562", t=t, cover=fwd,
                  pdf=pdf, pdf_name="S110562.pdf", extra=[TB])
    f = le("police", authority="Inspectoratul de Poliție Județean Suceava", reference_number="S/110.562",
           reference_date="2026-12-03", case_number="4876/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "brandoutlet_sv"), sub("email", "outlet.bucovina@gmail.com"),
                     sub("user_id", "55102934")],
           requested_data=["datele de identificare și de facturare",
                           "anunțurile cu produse de marcă publicate după 01.09.2026",
                           "volumul vânzărilor realizate prin platformă"],
           response_channel="electronic", reply_to="sice@sv.politiaromana.ro",
           signatory="Comisar-șef de poliție Rusu Ovidiu")
    acc = {"authority": ["IPJ Suceava", "Serviciul de Investigare a Criminalității Economice"],
           "reference_number": ["S/110562", "110.562", "110562"]}
    return raw, f, acc, ("IPJ Suceava's REGISTRY mailbox forwards (inline, Thunderbird) the service's mail with the "
                         "sealed letter; users in a table with their kinds; Roman-numeral list; rank and name on one "
                         "line; the offence under a special law"), {"pdf": [pdfw("seal_ipj_sv")]}


IGPR_DIC = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|Direcția de Investigații Criminale
R|Nr. 3.100.447 din 04.12.2026
K|{okz}
K|{addr}
Direcția de Investigații Criminale efectuează cercetări în dosarul penal nr. 1306/P/2026 al Parchetului de pe lângă Tribunalul București, înregistrat în urma unei informări primite prin Europol, al cărei pasaj relevant îl redăm în original: "The seller using the handle nordic_watches_ro is suspected of selling stolen luxury watches to buyers in several Member States; payments are collected on Romanian accounts."
În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, cu privire la utilizatorul nordic_watches_ro:
L|i. identitatea declarată și documentele încărcate pentru verificarea contului;
L|ii. conturile bancare declarate pentru încasări;
L|iii. lista vânzărilor de ceasuri, cu cumpărătorul și țara de livrare.
Perioada de interes: 01.03.2026 – 30.11.2026. Răspunsul se transmite pe adresa dic@politiaromana.ro.
S|Director adjunct,
S|Chestor de poliție
S|Tănase Mihai-Cristian
"""


@item("le_gen", "law_enforcement")
def g_igpr_dic_english_quote():
    t = when(2026, 12, 4, 10, 4)
    pdf = sealed(IGPR_DIC.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_igpr", sent(t), title="3100447")
    cover = ("Stimată doamnă / Stimate domn,\n\nÎn atașament: adresa D.I.C. nr. 3.100.447 din 04.12.2026.\n\n"
             "--\nDirecția de Investigații Criminale\nInspectoratul General al Poliției Române\n"
             "This e-mail and any attachment are confidential.\n")
    raw = le_mail("g11", frm=mk.addr("IGPR - DIC", "dic@politiaromana.ro"), addr="dic@politiaromana.ro",
                  subject="Adresa nr. 3.100.447 din 04.12.2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="DIC_3100447.pdf", extra=[OUTLOOK] + EXCHANGE)
    f = le("police", authority="Inspectoratul General al Poliției Române", reference_number="3.100.447",
           reference_date="2026-12-04", case_number="1306/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "nordic_watches_ro")],
           requested_data=["identitatea declarată și documentele încărcate pentru verificarea contului",
                           "conturile bancare declarate pentru încasări",
                           "lista vânzărilor de ceasuri, cu cumpărătorul și țara de livrare"],
           period={"from": "2026-03-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="dic@politiaromana.ro", signatory="Chestor de poliție Tănase Mihai-Cristian")
    acc = {"authority": ["IGPR", "Direcția de Investigații Criminale",
                         "Inspectoratul General al Poliției Române - Direcția de Investigații Criminale"],
           "reference_number": ["3100447"],
           "signatory": ["Director adjunct Chestor de poliție Tănase Mihai-Cristian"]}
    return raw, f, acc, ("IGPR's criminal investigations directorate (national seal, national mailbox); an ENGLISH "
                         "passage quoted from a Europol notice inside the Romanian letter; 'i.' list; Exchange headers "
                         "and an English confidentiality footer"), {"pdf": [pdfw("seal_igpr")]}


# =====================================================================
# FORGED OR DEFECTIVE LAW ENFORCEMENT (8)
# =====================================================================

def ff(kind: str, case: str | None = None, urgent: bool | None = None) -> dict:
    f = {"authority_kind": kind}
    if case:
        f["case_number"] = case
    if urgent is not None:
        f["urgent"] = urgent
    return f


PCA_NTF = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ CURTEA DE APEL IAȘI
R|Nr. 1790/II/5/2026
R|Iași, 04.12.2026
K|{okz}
În dosarul nr. 455/P/2026, privind infracțiunea de acces ilegal la un sistem informatic, în temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorul depozit_electro_is:
L|a. datele de identificare și de contact ale titularului;
L|b. adresele IP folosite la autentificare în perioada 01.11.2026 – 03.12.2026.
Răspunsul se transmite pe adresa registratura.pcaiasi@mpublic.ro.
S|PROCUROR,
S|Chiriac Bogdan
"""


@item("le_forged", "law_enforcement")
def f_bound_seal_via_unlisted_subdomain():
    t = when(2026, 12, 4, 12, 31)
    pdf = sealed(PCA_NTF.format(okz=OKZ_HDR), "seal_pca_is", sent(t), title="1790/II/5/2026")
    cover = ("Acest mesaj a fost generat automat de platforma de notificări electronice a Ministerului Public.\n"
             "Document: adresa nr. 1790/II/5/2026 (Parchetul de pe lângă Curtea de Apel Iași)\n"
             "Vă rugăm să nu răspundeți la acest mesaj.\n")
    raw = le_mail("f1", frm=mk.addr("Notificari Ministerul Public", "registratura@notificari.mpublic.ro"),
                  addr="registratura@notificari.mpublic.ro", subject="[Notificare] Adresa 1790/II/5/2026", t=t,
                  cover=cover, pdf=pdf, pdf_name="1790-II-5-2026.pdf",
                  extra=[("X-Mailer", "NotifyHub 3.2"), ("Auto-Submitted", "auto-generated")])
    return raw, ff("prosecutor", "455/P/2026"), None, (
        "FORGED (bound_seal_via_unlisted_subdomain): the PCA Iași's own bound seal over a complete letter, sent from "
        "notificari.mpublic.ro, a SUBDOMAIN of the registry domain with its own valid DKIM (d=notificari.mpublic.ro), "
        "operated by a notification service; the registry lists mpublic.ro only, so the channel is no authority's"), \
        {"pdf": [pdfw("seal_pca_is")]}


IS_CONTENT = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI
C|Serviciul de Combatere a Criminalității Informatice
R|Nr. 514.020 din 04.12.2026
K|{okz}
K|{addr}
În dosarul penal nr. 3402/P/2026, privind infracțiunea de șantaj, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne transmiteți, pentru utilizatorii alexia.moda.iasi și cristi_iasi_94:
L|1. conținutul integral al mesajelor schimbate între cei doi utilizatori prin sistemul de mesagerie al platformei, inclusiv fotografiile atașate;
L|2. datele de trafic ale acestor mesaje (data, ora, adresa IP și dispozitivul expeditorului);
L|3. conținutul mesajelor șterse, dacă acestea mai pot fi recuperate.
Perioada: 01.10.2026 – 03.12.2026. Răspunsul se transmite pe adresa sccinf@is.politiaromana.ro.
S|Șef serviciu,
S|Comisar de poliție
S|Ciobanu Radu
"""


@item("le_forged", "law_enforcement")
def f_police_asks_message_content():
    t = when(2026, 12, 4, 14, 9)
    pdf = sealed(IS_CONTENT.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_ipj_is", sent(t), title="514020")
    cover = "Bună ziua,\n\nVă transmitem adresa nr. 514.020 din 04.12.2026.\n\nS.C.C.I. Iași\n"
    raw = le_mail("f2", frm=mk.addr("IPJ Iasi - SCCI", "sccinf@is.politiaromana.ro"),
                  addr="sccinf@is.politiaromana.ro", subject="Adresa 514.020", t=t, cover=cover, pdf=pdf,
                  pdf_name="adresa_514020.pdf", extra=[OUTLOOK])
    return raw, ff("police", "3402/P/2026"), None, (
        "FORGED (police_asks_message_content): IPJ Iași's genuine mailbox and bound seal, complete in form; but under "
        "art. 170 alone a police service asks for the CONTENT of private messages and their TRAFFIC data; art. 170(3) "
        "excludes traffic and content from the user data a production order reaches, and intercepting or obtaining "
        "communications needs a judge (art. 138-140; art. 152 with the JDL's approval): no police body may ask this"), \
        {"pdf": [pdfw("seal_ipj_is")]}


SV_31 = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA
C|Poliția Municipiului Fălticeni
K|Nr. 58.214 din 31.11.2026
K|{okz}
Poliția Municipiului Fălticeni efectuează cercetări în dosarul penal nr. 2207/P/2026, privind o înșelăciune prin vânzarea online a unor lemne de foc. În temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare și numerele de telefon ale utilizatorului lemne_falticeni, precum și tranzacțiile încheiate de acesta în luna noiembrie 2026.
Răspunsul se transmite pe adresa pm.falticeni@sv.politiaromana.ro.
S|Șef poliție municipală,
S|Comisar-șef de poliție Hurjui Marcel
"""


@item("le_forged", "law_enforcement")
def f_impossible_date_31_november():
    t = when(2026, 12, 2, 9, 41)
    pdf = sealed(SV_31.format(okz=OKZ_HDR), "seal_ipj_sv", sent(t), title="58214")
    cover = "Buna ziua,\nva trimitem adresa nr. 58.214.\nPolitia Municipiului Falticeni\n"
    raw = le_mail("f3", frm=mk.addr("Politia Municipiului Falticeni", "pm.falticeni@sv.politiaromana.ro"),
                  addr="pm.falticeni@sv.politiaromana.ro", subject="adresa 58214", t=t, cover=cover, pdf=pdf,
                  pdf_name="58214.pdf", extra=[TB])
    return raw, ff("police", "2207/P/2026"), None, (
        "DEFECTIVE (impossible_date_31_november): IPJ Suceava's mailbox and bound seal on a town police letter dated "
        "'31.11.2026', a day that does not exist: the letter has no valid date, so it cannot be registered or answered "
        "as it stands (not_verified; incomplete acceptable)"), {"pdf": [pdfw("seal_ipj_sv")]}


DGPMB_289 = """
C|DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI
C|Secția 5 Poliție
R|Nr. 2.870 din 03.12.2026
K|{okz}
Secția 5 Poliție a fost sesizată prin plângerea numitei Dobrescu Elena, înregistrată în dosarul penal nr. 9330/P/2026, cu privire la faptul că a achitat suma de 900 lei pentru un cărucior de copii care nu i-a mai fost livrat.
În temeiul art. 289 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorul bebe_shop_sector5:
L|– datele de identificare ale titularului contului;
L|– contul bancar în care au fost încasate plățile;
L|– adresele IP de la care s-a conectat în noiembrie 2026.
Răspunsul se transmite pe adresa sectia5@b.politiaromana.ro.
S|Șef secție,
S|Comisar de poliție Vasilescu Dan
"""


@item("le_forged", "law_enforcement")
def f_legal_basis_complaint_article():
    t = when(2026, 12, 3, 15, 22)
    pdf = sealed(DGPMB_289.format(okz=OKZ_HDR), "seal_dgpmb", sent(t), title="2870")
    html = html_page("<p>Buna ziua,</p><p>Atasat, adresa nr. 2.870 din 03.12.2026.</p><p>Sectia 5 Politie</p>")
    raw = le_mail("f4", frm=mk.addr("Sectia 5 Politie", "sectia5@b.politiaromana.ro"),
                  addr="sectia5@b.politiaromana.ro", subject="Adresa 2870", t=t, cover=None, html_cover=html,
                  pdf=pdf, pdf_name="adresa_2870.pdf", extra=[ZIMBRA])
    return raw, dict(ff("police", "9330/P/2026"), legal_basis=["art. 289 CPP"]), None, (
        "FORGED (legal_basis_complaint_article): DGPMB's mailbox and bound seal on a sector section's letter whose ONLY "
        "legal basis is art. 289 CPP, the article on how a victim's complaint is made (form, signature, mandate): it "
        "gives no power to order anyone to hand over data; a request with no power behind it"), \
        {"pdf": [pdfw("seal_dgpmb")]}


IBAN_SIGNED = mk.ro_iban("RNCB", "0082043511270001")
IBAN_COVER = mk.ro_iban("RNCB", "0082043511720001")

BH_IBAN = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BIHOR
C|Serviciul de Investigare a Criminalității Economice
R|Nr. 88.377 din 04.12.2026
K|{okz}
Subsemnatul, comisar de poliție Crișan Vlad-Ionuț, în dosarul penal nr. 6102/P/2026, în baza art. 170 C.proc.pen., vă rog să comunicați ce conturi de utilizator au declarat pentru încasări contul IBAN {iban} și datele de identificare ale titularilor acestora.
Răspunsul se transmite pe adresa vlad.crisan@bh.politiaromana.ro.
S|Comisar de poliție
S|Crișan Vlad-Ionuț
"""


@item("le_forged", "law_enforcement")
def f_cover_iban_differs_from_signed():
    t = when(2026, 12, 4, 11, 50)
    pdf = sealed(BH_IBAN.format(okz=OKZ_HDR, iban=IBAN_SIGNED), "pers_bh_crisan", sent(t), title="88377",
                 family="sans")
    cover = (f"Bună ziua,\n\nVă transmit adresa nr. 88.377 privind titularul contului IBAN {IBAN_COVER}.\n"
             "Vă rog să comunicați toate conturile de utilizator la care apare acest IBAN.\n\n"
             "com. Crișan Vlad-Ionuț\n")
    raw = le_mail("f5", frm=mk.addr("Crișan Vlad-Ionuț", "vlad.crisan@bh.politiaromana.ro"),
                  addr="vlad.crisan@bh.politiaromana.ro", subject=f"IBAN {IBAN_COVER.replace(' ', '')} - 6102/P/2026",
                  t=t, cover=cover, pdf=pdf, pdf_name="88377.pdf", extra=[TB])
    return raw, ff("police", "6102/P/2026"), None, (
        f"FORGED (cover_iban_differs_from_signed): the bound Bihor officer's mailbox and signature; the signed letter "
        f"asks about IBAN {IBAN_SIGNED}, the unsigned cover and Subject about {IBAN_COVER} (two digits swapped, its "
        f"check digits recomputed so that both are valid IBANs): an account the signed letter never names"), \
        {"pdf": [pdfw("pers_bh_crisan")], "iban_signed": IBAN_SIGNED, "iban_cover": IBAN_COVER}


CCPI_NOTE = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|Centrul de Cooperare Polițienească Internațională
R|Nr. 3.100.902 din 05.12.2026
K|{okz}
Vă transmitem alăturat, spre soluționare directă, solicitarea Poliției Naționale a Ungariei (Nemzeti Nyomozó Iroda) referitoare la un utilizator al platformei dumneavoastră, primită pe canalul de cooperare polițienească.
Vă rugăm să comunicați răspunsul direct autorității solicitante, la adresa indicată în solicitare.
S|Ofițer de serviciu,
S|Subcomisar de poliție Iordache Laura
"""

HU_REQ = """
B|NATIONAL BUREAU OF INVESTIGATION (NEMZETI NYOMOZÓ IRODA) – HUNGARY
K|Ref.: NNI/29010-4/2026
K|Budapest, 2 December 2026
T|REQUEST FOR INFORMATION
In the framework of a Hungarian criminal investigation into online fraud, we kindly ask the operator of okazii.ro to provide, for the user budapest_deals_ro (e-mail kovacs.deals@gmail.com):
L|- subscriber data and identity documents uploaded;
L|- login IP addresses since 1 September 2026;
L|- bank account numbers declared for payouts.
Please send the data directly to ilo-fraud@police.example.hu.
S|Liaison officer, Kovács Péter
"""


@item("le_forged", "law_enforcement")
def f_forwarded_foreign_request_no_romanian_act():
    t = when(2026, 12, 5, 10, 44)
    note = sealed(CCPI_NOTE.format(okz=OKZ_HDR), "seal_igpr", sent(t), title="3100902")
    foreign = mk.letter_pdf(HU_REQ, created=sent(t) - dt.timedelta(days=3), family="sans", title="NNI request",
                            creator="Microsoft® Word 2019")
    cover = ("Bună ziua,\n\nÎn atașament: nota CCPI nr. 3.100.902 și solicitarea autorității ungare.\n\n"
             "Centrul de Cooperare Polițienească Internațională\n")
    body = mixed([mk.text(cover), mk.attachment(note, "CCPI_3100902.pdf"),
                  mk.attachment(foreign, "NNI_29010-4-2026_request.pdf")], "f6")
    raw = send("f6", frm=mk.addr("IGPR - CCPI", "ccpi@politiaromana.ro"), addr="ccpi@politiaromana.ro", to=[LEGAL],
               subject="Solicitare NNI Ungaria - transmitere", t=t, body=body, extra=[OUTLOOK])
    return raw, ff("police"), None, (
        "FORGED (forwarded_foreign_request_no_romanian_act): IGPR's mailbox and bound seal, but the sealed Romanian note "
        "asks nothing itself, names no Romanian criminal case and no legal basis, and tells us to answer a foreign "
        "police force directly; the actual request (users, IPs, bank accounts) is the Hungarian bureau's UNSIGNED PDF "
        "with a foreign answer address: police cooperation channels do not replace a Romanian judicial act"), \
        {"pdf": [pdfw("seal_igpr")]}


DGPMB_TSA = """
C|DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI
C|Serviciul de Investigații Criminale
R|Nr. 1.330.184 din 04.12.2026
K|{okz}
În dosarul penal nr. 9517/P/2026 al Parchetului de pe lângă Tribunalul București, privind furtul și valorificarea online a unor biciclete, în temeiul art. 170 C.p.p. vă rugăm să ne comunicați, pentru utilizatorii bike_sector3 și velo.outlet.b, datele de identificare, numerele de telefon și adresele de ridicare a produselor declarate în anunțuri.
Răspunsul se transmite pe adresa sic@b.politiaromana.ro.
S|Șef serviciu,
S|Comisar-șef de poliție Marin Sorin
"""


@item("le_forged", "law_enforcement")
def f_timestamping_certificate_as_seal():
    t = when(2026, 12, 4, 13, 18)
    pdf = sealed(DGPMB_TSA.format(okz=OKZ_HDR), "tsa_dgpmb", sent(t), title="1330184")
    cover = "Bună ziua,\n\nAtașat, adresa nr. 1.330.184 din 04.12.2026.\n\nS.I.C. – D.G.P.M.B.\n"
    raw = le_mail("f7", frm=mk.addr("DGPMB - SIC", "sic@b.politiaromana.ro"), addr="sic@b.politiaromana.ro",
                  subject="Adresa 1.330.184", t=t, cover=cover, pdf=pdf, pdf_name="1330184.pdf", extra=[OUTLOOK])
    return raw, ff("police", "9517/P/2026"), None, (
        "FORGED (timestamping_certificate_as_seal): DGPMB's mailbox; the PDF is signed by a certificate of the trusted CA "
        "with DGPMB's exact O and organizationIdentifier (so it matches the registry binding) whose extended key usage is "
        "id-kp-timeStamping ONLY, marked critical: an internal time-stamping unit's key, not a seal for documents; "
        "whoever runs the time-stamp server can sign anything with it"), \
        {"pdf": [pdfw("tsa_dgpmb")], "eku_ts": True}


BH_POP = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BIHOR
C|Serviciul de Investigare a Criminalității Economice
R|Nr. 88.401 din 04.12.2026
K|{okz}
În dosarul penal nr. 6133/P/2026, privind o înșelăciune cu telefoane mobile, în temeiul art. 170 C.proc.pen., vă rugăm să comunicați datele de identificare, adresele de livrare și conturile bancare ale utilizatorilor gsm_oradea_center și telefoane.bh.
Răspunsul se transmite pe adresa vlad.crisan@bh.politiaromana.ro.
S|Ofițer specialist,
S|Comisar-șef de poliție
S|Crișan Vlad-Ionuț
"""


@item("le_forged", "law_enforcement")
def f_colleague_certificate_for_stated_signatory():
    t = when(2026, 12, 4, 17, 2)
    pdf = sealed(BH_POP.format(okz=OKZ_HDR), "pers_bh_pop", sent(t), title="88401", family="sans")
    cover = "Salut,\n\nadresa 88.401, semnată electronic.\n\nAdrian Pop\nS.I.C.E. Bihor\n"
    raw = le_mail("f8", frm=mk.addr("Pop Adrian-Mihai", "adrian.pop@bh.politiaromana.ro"),
                  addr="adrian.pop@bh.politiaromana.ro", subject="adresa 88401", t=t, cover=cover, pdf=pdf,
                  pdf_name="88401.pdf", extra=[TB])
    return raw, ff("police", "6133/P/2026"), None, (
        "FORGED (colleague_certificate_for_stated_signatory): IPJ Bihor's domain and a certificate the registry binds to "
        "IPJ Bihor, but it is officer POP Adrian-Mihai's personal certificate on a letter whose only stated signatory "
        "is Crișan Vlad-Ionuț (no 'p.', no delegation): a personal signature vouches for its holder only, so the "
        "stated signatory never signed it; the answer goes to Crișan's mailbox, not the sender's"), \
        {"pdf": [pdfw("pers_bh_pop")]}


# =====================================================================
# COMPLAINTS (5), MEDIATIONS (4), SUPPORT (4), UNKNOWN (4)
# =====================================================================

def plain(seed, *, frm, addr, subject, t, body_text, to=None, charset="utf-8", cte="quoted-printable", extra=None,
          dkim="auto", html=None, html_only=False, **kw):
    if html_only:
        body = mk.text(html, "html", charset=charset, cte=cte)
    else:
        body = alt(body_text, html, seed, charset=charset, cte=cte) if html else mk.text(body_text, charset=charset,
                                                                                         cte=cte)
    return send(seed, frm=frm, addr=addr, to=to or [SUPPORT], subject=subject, t=t, body=body, extra=extra, dkim=dkim,
                **kw)


def amt(v: str, cur: str = "RON") -> dict:
    return {"value": v, "currency": cur}


@item("complaint", "complaint")
def c_bank_transfer_phone_never_shipped():
    t = when(2026, 12, 3, 22, 14)
    txt = ("Bună seara,\n\nVă scriu pentru că am cumpărat pe 24 noiembrie un telefon Samsung Galaxy S24 de la "
           "utilizatorul mobile_deals_is, comanda nr. 71840233. Am plătit 2.350 lei prin transfer bancar, direct în "
           "contul indicat de vânzător, pentru că mi-a spus că așa ajunge mai repede.\n\nDe atunci nu am primit nici "
           "coletul, nici AWB-ul, iar vânzătorul nu mai răspunde la mesaje și nici la telefon. Cred că este o țeapă.\n"
           "Vă rog să blocați contul vânzătorului și să mă ajutați să îmi recuperez banii.\n\n"
           "Cu respect,\nAndreea Bălan\n0746 201 339\n")
    raw = plain("c1", frm=mk.addr("Andreea Bălan", "andreea.balan93@gmail.com"), addr="andreea.balan93@gmail.com",
                subject="Reclamație - telefon neprimit, comanda 71840233", t=t, body_text=txt, extra=[GMAIL_ANDROID])
    f = {"complainant": "Andreea Bălan", "transaction_id": "71840233", "counterparty": "mobile_deals_is",
         "amount": amt("2350.00"), "delivery_guarantee": False, "issue": "not_delivered",
         "contact": {"email": "andreea.balan93@gmail.com", "phone": "+40746201339"}}
    return raw, f, None, "paid by bank transfer outside the platform, nothing shipped, seller silent", {}


@item("complaint", "complaint")
def c_seller_fake_payment_proof_icloud():
    t = when(2026, 12, 4, 7, 55)
    txt = ("Bună ziua,\n\nsunt vânzător pe Okazii (cont: atelier_lemn_sv). Cumpărătorul lucian.p_88 a comandat o masă "
           "extensibilă (comanda 71912004, 1.480 lei) și mi-a trimis pe WhatsApp o „dovadă de plată” de la bancă. "
           "Am expediat masa, dar banii nu au intrat niciodată; banca mi-a confirmat că documentul e fals.\n"
           "Cumpărătorul și-a închis telefonul. Consider că este o fraudă și vă rog să verificați contul lui.\n\n"
           "Mulțumesc,\nSorin Hacman\n")
    raw = plain("c2", frm=mk.addr("Sorin Hacman", "sorin.hacman@icloud.com"), addr="sorin.hacman@icloud.com",
                subject="Plată falsă - comanda 71912004", t=t, body_text=txt, to=[SECURITY], extra=[IPHONE],
                cte="base64")
    f = {"complainant": "Sorin Hacman", "transaction_id": "71912004", "counterparty": "lucian.p_88",
         "amount": amt("1480.00"), "issue": "fraud_suspected", "contact": {"email": "sorin.hacman@icloud.com"}}
    return raw, f, {"complainant": ["atelier_lemn_sv"]}, ("a SELLER complains: forged payment proof, goods shipped; "
                                                          "typographic quotes; base64 UTF-8 from iPhone"), {}


@item("complaint", "complaint")
def c_lowercase_no_diacritics_securitate():
    t = when(2026, 12, 5, 23, 41)
    txt = ("buna seara\nam comandat o bicicleta de la vanzatorul cyclo_expert_b comanda 72004518 platita 1150 lei cu "
           "garantia de livrare, vanzatorul a zis ca a trimis dar awb-ul nu exista pe site-ul curierului si de 5 "
           "zile nu mai raspunde\nce pot face?? vreau banii inapoi\nmarius 0751 404 221\n")
    raw = plain("c3", frm="marius.t.1987@yahoo.com", addr="marius.t.1987@yahoo.com",
                subject="bicicleta neprimita", t=t, body_text=txt, to=[SECURITY], charset="us-ascii", cte="7bit",
                extra=[YAHOO_IOS])
    f = {"transaction_id": "72004518", "counterparty": "cyclo_expert_b", "amount": amt("1150.00"),
         "delivery_guarantee": True, "issue": "not_delivered",
         "contact": {"email": "marius.t.1987@yahoo.com", "phone": "+40751404221"}}
    return raw, f, None, ("all lower case, no diacritics, no punctuation; Delivery Guarantee named in lower case; fake AWB; "
                          "complainant only a first name (unscored)"), {}


@item("complaint", "complaint")
def c_lawyer_for_client_criminal_complaint_filed():
    t = when(2026, 12, 3, 11, 8)
    txt = ("Stimată doamnă, stimate domn,\n\nÎn calitate de avocat al domnului Ilie Tudorache, conform "
           "împuternicirii avocațiale atașate, vă aducem la cunoștință că clientul meu a achitat, la 12.11.2026, "
           "suma de 780 EUR pentru o remorcă auto cumpărată de la utilizatorul remorci_bihor_pro (tranzacția nr. "
           "71033452), bun care nu a fost livrat niciodată.\n\nClientul a depus plângere penală la Poliția Municipiului "
           "Oradea; organele de cercetare vă vor contacta separat. Prin prezenta formulăm reclamație și vă solicităm "
           "suspendarea contului vânzătorului și restituirea sumei prin procedurile platformei.\n\n"
           "Cu stimă,\nav. Roxana Filip\nBaroul Bihor\ntel. 0359 574 880\n")
    html = html_page("<p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>", "windows-1250")
    raw = plain("c4", frm=mk.addr("Av. Roxana Filip", "av.roxana.filip@gmail.com", "windows-1250"),
                addr="av.roxana.filip@gmail.com", subject="Reclamație – tranzacția 71033452 (client Ilie Tudorache)",
                t=t, body_text=txt, html=html, charset="windows-1250", cte="quoted-printable", extra=[OUTLOOK],
                subject_charset="windows-1250")
    f = {"complainant": "Ilie Tudorache", "transaction_id": "71033452", "counterparty": "remorci_bihor_pro",
         "amount": amt("780.00", "EUR"), "issue": "not_delivered", "contact": {"email": "av.roxana.filip@gmail.com"}}
    return raw, f, {"complainant": ["av. Roxana Filip", "Roxana Filip"]}, (
        "a LAWYER complains for a client; 'plângere penală' and 'organele de cercetare' are mentioned (not a law-"
        "enforcement request); EUR; Windows-1250 multipart/alternative with cedilla letters"), {}


@item("complaint", "complaint")
def c_forwarded_bank_sms_html_only():
    t = when(2026, 12, 6, 10, 2)
    html = html_page("<p>Buna ziua,</p><p>Va trimit mai jos SMS-ul de la banca. Am cumparat un aparat foto de la "
                     "<b>foto_pro_timis</b> (comanda <b>72110876</b>), am platit <b>3.600,00 lei</b> prin link-ul "
                     "trimis de vanzator pe chat, iar banii s-au dus in alt cont. Aparatul nu a venit. Ma tem ca "
                     "este frauda.</p><blockquote style='border-left:2px solid #999;padding-left:8px'>BT: Plata "
                     "3.600,00 RON la OKZ-PAY*SECURE a fost autorizata. 05.12.2026 19:44</blockquote><p>Va rog sa "
                     "verificati.<br>Mihaela Dragomir</p>")
    raw = plain("c5", frm=mk.addr("Mihaela Dragomir", "mihaela.dragomir@outlook.com"),
                addr="mihaela.dragomir@outlook.com", subject="FW: plata suspecta", t=t, body_text="", html=html,
                html_only=True, extra=[OUTLOOK])
    f = {"complainant": "Mihaela Dragomir", "transaction_id": "72110876", "counterparty": "foto_pro_timis",
         "amount": amt("3600.00"), "issue": "fraud_suspected", "contact": {"email": "mihaela.dragomir@outlook.com"}}
    return raw, f, None, "HTML-only; a forwarded bank SMS in a blockquote; fake payment link; amount '3.600,00 lei'", {}


@item("mediation", "mediation")
def m_laptop_battery_capacity_partial_refund():
    t = when(2026, 12, 2, 18, 30)
    txt = ("Bună ziua,\n\nAm cumpărat un laptop Lenovo ThinkPad T14 de la utilizatorul it_refurb_cj (comanda nr. "
           "71655020, 2.100 lei). În anunț scria „baterie 95% capacitate”, dar raportul din BIOS arată 61%. Restul "
           "este în regulă.\n\nNu vreau să returnez laptopul; propun ca vânzătorul să îmi restituie 300 lei din preț. "
           "I-am scris, dar nu am ajuns la o înțelegere, așa că vă rog să mediați.\n\nMulțumesc,\nCosmin Neagu\n")
    raw = plain("md1", frm=mk.addr("Cosmin Neagu", "cosmin.neagu@gmail.com"), addr="cosmin.neagu@gmail.com",
                subject="Neconformitate - comanda 71655020", t=t, body_text=txt, extra=[TB])
    f = {"complainant": "Cosmin Neagu", "transaction_id": "71655020", "counterparty": "it_refurb_cj",
         "amount": amt("2100.00"), "issue": "not_as_described", "contact": {"email": "cosmin.neagu@gmail.com"}}
    return raw, f, None, "battery capacity differs from the listing; partial refund proposed (unscored)", {}


@item("mediation", "mediation")
def m_company_seller_buyer_returned_broken():
    t = when(2026, 12, 4, 9, 15)
    txt = ("Stimată echipă Okazii,\n\nSC Mobila Nord SRL (cont vânzător mobila_nord_oradea) vă solicită medierea în "
           "disputa privind comanda 71580144 (dulap, 1.890 lei). Cumpărătorul, utilizatorul dana.costea, a returnat "
           "dulapul cu ușa spartă, deși la livrare procesul-verbal de recepție nu consemna nicio deteriorare.\n\n"
           "Propunem restituirea a 1.400 lei, diferența reprezentând costul ușii. Atașăm fotografiile.\n\n"
           "Cu stimă,\nDepartament vânzări online\nMobila Nord SRL, Oradea\ntel. 0259 574 771\n")
    raw = plain("md2", frm=mk.addr("Mobila Nord - vanzari online", "vanzari@mobila-nord-oradea.ro"),
                addr="vanzari@mobila-nord-oradea.ro", subject="Solicitare mediere comanda 71580144", t=t,
                body_text=txt, charset="iso-8859-2", cte="8bit", extra=[OUTLOOK])
    f = {"complainant": "Mobila Nord SRL", "transaction_id": "71580144", "counterparty": "dana.costea",
         "amount": amt("1890.00"), "issue": "damaged", "contact": {"email": "vanzari@mobila-nord-oradea.ro"}}
    return raw, f, {"complainant": ["SC Mobila Nord SRL", "mobila_nord_oradea"]}, (
        "the SELLER (a company) asks for mediation: item returned damaged; ISO-8859-2 8-bit with cedilla"), {}


@item("mediation", "mediation")
def m_shoes_wrong_size_html_cp1250():
    t = when(2026, 12, 5, 14, 48)
    html = html_page("<p>Bună ziua,</p><p>Am primit de la <b>shoes_outlet_b</b> pantofii comandați (comanda "
                     "72001977, 420 lei), dar sunt mărimea 42 în loc de 39, cât am comandat. Vânzătorul spune că "
                     "a trimis ce scria în comandă.</p><p>Vreau să îi schimb cu perechea corectă sau să primesc banii "
                     "înapoi. Vă rog să interveniți în această dispută.</p><p>Ioana Matei</p>", "windows-1250")
    raw = plain("md3", frm=mk.addr("Ioana Matei", "ioana.matei@yahoo.com"), addr="ioana.matei@yahoo.com",
                subject="Disputa comanda 72001977", t=t, body_text="", html=html, html_only=True,
                charset="windows-1250", cte="base64", extra=[YAHOO_IOS])
    f = {"complainant": "Ioana Matei", "transaction_id": "72001977", "counterparty": "shoes_outlet_b",
         "amount": amt("420.00"), "issue": "wrong_item", "contact": {"email": "ioana.matei@yahoo.com"}}
    return raw, f, None, "wrong size delivered; exchange or refund; HTML-only Windows-1250 base64", {}


@item("mediation", "mediation")
def m_return_refused_quoted_reply():
    t = when(2026, 12, 6, 12, 20)
    txt = ("Buna ziua,\n\nVanzatorul refuza sa primeasca returul pentru aspiratorul robot cumparat (comanda 71777310, "
           "899 lei), desi am cerut returnarea in a 6-a zi de la primire, cu produsul sigilat. Mai jos raspunsul lui.\n"
           "Propun sa trimit produsul inapoi prin curier pe cheltuiala mea si sa primesc banii.\n\nAlex Ionescu\n\n"
           "> De la: casa_smart_ro\n> Nu accept retur, produsul a fost desigilat. Nu mai insistati.\n")
    raw = plain("md4", frm=mk.addr("Alex Ionescu", "alex.ionescu.88@gmail.com"), addr="alex.ionescu.88@gmail.com",
                subject="Re: retur refuzat 71777310", t=t, body_text=txt, extra=[GMAIL_ANDROID])
    f = {"complainant": "Alex Ionescu", "transaction_id": "71777310", "counterparty": "casa_smart_ro",
         "amount": amt("899.00"), "issue": "return_refused", "contact": {"email": "alex.ionescu.88@gmail.com"}}
    return raw, f, None, "return within 14 days refused; the seller's answer quoted with '>'", {}


@item("support", "support")
def s_password_reset_mail_missing():
    t = when(2026, 12, 3, 8, 5)
    txt = ("Bună dimineața,\nam cerut de trei ori resetarea parolei, dar e-mailul nu ajunge (nici în Spam). Contul "
           "meu este pe adresa elena.v.popa@gmail.com. Mă puteți ajuta?\nMulțumesc,\nElena Popa\n")
    raw = plain("s1", frm=mk.addr("Elena Popa", "elena.v.popa@gmail.com"), addr="elena.v.popa@gmail.com",
                subject="Nu primesc mailul de resetare parola", t=t, body_text=txt, extra=[GMAIL_ANDROID])
    return raw, {"contact": {"email": "elena.v.popa@gmail.com"}}, None, "password reset mail not arriving", {}


@item("support", "support")
def s_gdpr_delete_account():
    t = when(2026, 12, 4, 19, 30)
    txt = ("Buna ziua,\n\nVa rog sa stergeti contul meu (utilizator: vlad_colectii) si toate datele mele personale, "
           "conform art. 17 din Regulamentul (UE) 2016/679. Nu mai folosesc platforma.\nVa rog sa imi confirmati.\n\n"
           "Vlad Munteanu\n")
    raw = plain("s2", frm=mk.addr("Vlad Munteanu", "vlad.munteanu@outlook.com"), addr="vlad.munteanu@outlook.com",
                subject="Cerere stergere cont (GDPR)", t=t, body_text=txt, charset="us-ascii", cte="7bit",
                extra=[OUTLOOK])
    return raw, {"contact": {"email": "vlad.munteanu@outlook.com"}}, None, (
        "a data-subject erasure request citing an article of a regulation (not a law-enforcement request)"), {}


@item("support", "support")
def s_delivery_guarantee_fee_question():
    t = when(2026, 12, 5, 16, 12)
    txt = ("Salut,\n\nvreau să vând un televizor și cumpărătorul îmi cere Garanția de Livrare. Cine plătește "
           "comisionul, eu sau el? Și în cât timp primesc banii după ce confirmă primirea?\n\nRadu\n"
           "Trimis de pe Samsung\n")
    raw = plain("s3", frm="radu.b.tv@yahoo.com", addr="radu.b.tv@yahoo.com", subject="intrebare garantie livrare",
                t=t, body_text=txt, extra=[SAMSUNG])
    return raw, {"contact": {"email": "radu.b.tv@yahoo.com"}}, None, (
        "a question ABOUT the Delivery Guarantee (no complaint, no transaction)"), {}


@item("support", "support")
def s_company_invoice_address_cp1250():
    t = when(2026, 12, 7, 9, 20)
    txt = ("Bună ziua,\n\nFirma noastră și-a mutat sediul social. Vă rugăm să actualizați adresa de facturare a "
           "contului tehno_depot_is: Str. Păcurari nr. 118, Iași, CUI RO30418876.\nFacturile din decembrie să fie "
           "emise pe noua adresă.\n\nCu stimă,\nContabilitate\n")
    raw = plain("s4", frm=mk.addr("Contabilitate Tehno Depot", "contabilitate.tehnodepot@gmail.com", "windows-1250"),
                addr="contabilitate.tehnodepot@gmail.com", subject="Actualizare adresă facturare", t=t,
                body_text=txt, charset="windows-1250", cte="quoted-printable", extra=[OUTLOOK],
                subject_charset="windows-1250")
    return raw, {"contact": {"email": "contabilitate.tehnodepot@gmail.com"}}, None, (
        "company billing address change; Windows-1250 QP"), {}


@item("unknown", "unknown")
def u_legal_webinar_about_police_requests():
    t = when(2026, 12, 2, 6, 0)
    txt = ("Webinar gratuit: „Cum răspundeți corect la adresele Poliției și ale Parchetului”\n\n"
           "Joi, 10 decembrie 2026, ora 11:00. Discutăm: art. 170 Cod procedură penală, termenele de răspuns, ce "
           "date puteți transmite fără ordonanță, cum recunoașteți o cerere falsă „urgentă”.\n\n"
           "Înscriere: https://webinar-juridic.ro/inscriere\nDezabonare: https://webinar-juridic.ro/unsub\n")
    raw = plain("u1", frm=mk.addr("Webinar Juridic", "noreply@webinar-juridic.ro"), addr="noreply@webinar-juridic.ro",
                subject="[Webinar] Adresele Poliției: ce răspundeți și ce nu", t=t, body_text=txt, to=[LEGAL],
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://webinar-juridic.ro/unsub>")])
    return raw, {}, None, "marketing for a legal webinar full of law-enforcement cues (art. 170, Poliția, Parchetul)", {}


@item("unknown", "unknown")
def u_bounce_of_our_acknowledgement():
    t = when(2026, 12, 4, 3, 12)
    human = mk.text("This is the mail system at host mx.postmaster-relay.net.\n\nI'm sorry to have to inform you that "
                    "your message could not be delivered to one or more recipients.\n\n<ionut.gsm.iasi@gmail.co>: "
                    "Host or domain name not found.\n")
    dsn = Part([("Content-Type", "message/delivery-status")],
               "Reporting-MTA: dns; mx.postmaster-relay.net\n\nFinal-Recipient: rfc822; ionut.gsm.iasi@gmail.co\n"
               "Action: failed\nStatus: 5.1.2\n")
    orig = Part([("Content-Type", "text/rfc822-headers")],
                "From: Okazii <confirmari@okazii.ro>\nTo: ionut.gsm.iasi@gmail.co\n"
                "Subject: Confirmare primire solicitare REG-2026-004411\n")
    b = "----=_dsn_" + hashlib.sha1(b"u2").hexdigest()[:16]
    body = Part([("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"')], "",
                [human, dsn, orig], b)
    raw = send("u2", frm=mk.addr("Mail Delivery System", "MAILER-DAEMON@postmaster-relay.net"),
               addr="MAILER-DAEMON@postmaster-relay.net", to=[LEGAL], subject="Undelivered Mail Returned to Sender",
               t=t, body=body, mail_from="", extra=[("Auto-Submitted", "auto-replied")])
    return raw, {}, None, "a bounce (multipart/report) of our own acknowledgement", {"report": True}


@item("unknown", "unknown")
def u_phishing_payment_confirmation():
    t = when(2026, 12, 5, 2, 37)
    html = html_page("<p>Stimate client,</p><p>Plata pentru produsul dvs. a fost <b>aprobată</b>. Pentru a primi "
                     "banii, confirmați datele cardului în 30 de minute:</p><p><a href='https://okazii-plati-sigure.com"
                     "/confirm?id=88121'>Primește banii</a></p><p>Echipa Okazii Plăți Sigure</p>")
    raw = plain("u3", frm=mk.addr("Okazii Plati", "plati@okazii-plati-sigure.com"),
                addr="plati@okazii-plati-sigure.com", subject="Ați primit o plată - confirmați datele", t=t,
                body_text="", html=html, html_only=True)
    return raw, {}, None, "phishing imitating our payment service (look-alike domain)", {}


@item("unknown", "unknown")
def u_read_receipt_from_police_domain():
    t = when(2026, 12, 3, 10, 40)
    human = mk.text("Mesajul dumneavoastră\n\n  Către: sic@is.politiaromana.ro\n  Subiect: Răspuns la adresa "
                    "512.774\n  Trimis: 03.12.2026 10:12\n\na fost citit la 03.12.2026 10:39.\n")
    mdn = Part([("Content-Type", "message/disposition-notification")],
               "Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;sic@is.politiaromana.ro\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n")
    b = "----=_mdn_" + hashlib.sha1(b"u4").hexdigest()[:16]
    body = Part([("Content-Type", f'multipart/report; report-type=disposition-notification;\n\tboundary="{b}"')], "",
                [human, mdn], b)
    raw = send("u4", frm=mk.addr("IPJ Iasi - Serviciul de Investigatii Criminale", "sic@is.politiaromana.ro"),
               addr="sic@is.politiaromana.ro", to=[LEGAL], subject="Citit: Răspuns la adresa 512.774", t=t,
               body=body, extra=[OUTLOOK])
    return raw, {}, None, ("an Outlook READ RECEIPT from a registered police mailbox (valid DKIM) for our answer: no "
                           "request"), {"report": True}

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
    for g in sorted(groups):  # half dev, half blind per group
        idxs = groups[g][:]
        srng.shuffle(idxs)
        k = round(len(idxs) * 0.5)
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
