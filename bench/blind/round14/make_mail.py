#!/usr/bin/env python3
"""Blind round 14, mail half: writes ``mail/*.eml``, ``mail/truth.jsonl`` and ``mail/material.json``.

Written blind (see README.md). Uses ``mailkit.py`` (round 13's kit, copied as a tool, plus a sub-item markup code),
the paper kit ``paper/inkkit.py`` and the world made by ``make_world.py``. Deterministic headers, letters and numbers;
CMS/PDF signature bytes may differ between runs (signing times are fixed). The import/``item()``/``mid()``/``ip_of()``/
``send()``/``alt()``/``mixed()``/``sealed()``/``le_mail()`` header, ``ff()``, ``plain()``, ``amt()`` and ``main()`` are
round 13's; every letter and item is new.
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
NUMBER_SEED = 20261441
SPLIT_SEED = 20261440


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




def pages_sealed(pages: list[str], signer: str, created: dt.datetime, *, footer="", family="serif", title="",
                 creator="Microsoft® Word 2016", visible=False, box=(340, 40, 560, 100)) -> bytes:
    pdf = mk.letter_pdf_pages(pages, footer=footer, family=family, created=created, title=title, creator=creator)
    return mk.sign_pdf(pdf, signer, visible=visible, box=box,
                       at=(created + dt.timedelta(minutes=6)).astimezone(dt.timezone.utc))


# =====================================================================
# GENUINE LAW ENFORCEMENT (12)
# =====================================================================

BV_SIC_P1 = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV
C|SERVICIUL DE INVESTIGAȚII CRIMINALE
2|NESECRET¦Brașov
K|Nr. 339.818/S.I.C. din 02.12.2026
K|Ex. unic
K|{okz}
K|{addr}
Stimate domn / Stimată doamnă,
Serviciul de Investigații Criminale din cadrul I.P.J. Brașov efectuează cercetări în dosarul penal nr. 4127/P/2026, aflat sub supravegherea Parchetului de pe lângă Judecătoria Brașov, privind săvârșirea infracțiunii de înșelăciune, prevăzută de art. 244 alin. (1) din Codul penal, constând în vânzarea online a unor piese auto care nu au mai fost livrate cumpărătorilor.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, cu privire la contul de utilizator vlad.bv.auto, înregistrat cu adresa de e-mail vlad.autopiese@yahoo.com și numărul de telefon 0040-744-215-309, următoarele informații:
L|1. datele de identificare ale titularului contului:
M|a) numele și prenumele, precum și data nașterii, dacă au fost declarate;
M|b) adresa de domiciliu și adresele de livrare folosite;
M|c) numerele de telefon și adresele de e-mail asociate contului;
L|2. data creării contului;
L|3. lista anunțurilor publicate în perioada 01.09.2026 – 30.11.2026, cu titlul, prețul și data publicării;
"""

BV_SIC_P2 = """
K|I.P.J. Brașov – S.I.C. – continuare la adresa nr. 339.818/S.I.C. din 02.12.2026
L|4. tranzacțiile încheiate prin platformă în aceeași perioadă, cu:
M|a) numărul comenzii, data și suma plătită;
M|b) datele de identificare ale cumpărătorului;
L|5. conturile bancare (IBAN) indicate pentru încasarea plăților.
Vă rugăm ca informațiile să fie transmise în format electronic, la adresa de e-mail sic@bv.politiaromana.ro, cu mențiunea numărului și a datei prezentei adrese.
Vă mulțumim pentru colaborare.
S|ȘEF SERVICIU
S|Comisar-șef de poliție
S|Bârsan Adrian-Gheorghe
s|Red./Dact. C.M. – 1 ex.
"""


@item("le_gen", "law_enforcement")
def g_ipj_bv_sic_list_across_page_break_subitems():
    t = when(2026, 12, 2, 11, 42)
    pdf = pages_sealed([BV_SIC_P1.format(okz=OKZ_HDR, addr=OKZ_ADDR), BV_SIC_P2], "seal_ipj_bv", sent(t),
                       footer="Pagina {p} din {n}", title="339818 SIC")
    cover = ("Bună ziua,\n\nVă transmitem atașat adresa nr. 339.818/S.I.C. din 02.12.2026 (2 pagini), semnată cu "
             "sigiliul electronic al I.P.J. Brașov.\n\nCu stimă,\nSecretariat S.I.C.\nI.P.J. Brașov\n"
             "Tel. 0268 575 100\n")
    raw = le_mail("g1", frm=mk.addr("IPJ Brasov - SIC", "sic@bv.politiaromana.ro"), addr="sic@bv.politiaromana.ro",
                  subject="Adresa nr. 339818/SIC/02.12.2026 - dosar 4127/P/2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="Adresa 339818 SIC.pdf", extra=[OUTLOOK])
    top = ["datele de identificare ale titularului contului", "data creării contului",
           "lista anunțurilor publicate în perioada 01.09.2026 – 30.11.2026, cu titlul, prețul și data publicării",
           "tranzacțiile încheiate prin platformă în aceeași perioadă",
           "conturile bancare (IBAN) indicate pentru încasarea plăților"]
    leaves = ["numele și prenumele, precum și data nașterii, dacă au fost declarate",
              "adresa de domiciliu și adresele de livrare folosite",
              "numerele de telefon și adresele de e-mail asociate contului", "data creării contului",
              "lista anunțurilor publicate în perioada 01.09.2026 – 30.11.2026, cu titlul, prețul și data publicării",
              "numărul comenzii, data și suma plătită", "datele de identificare ale cumpărătorului",
              "conturile bancare (IBAN) indicate pentru încasarea plăților"]
    f = le("police", authority="Inspectoratul de Poliție Județean Brașov", reference_number="339.818/S.I.C.",
           reference_date="2026-12-02", case_number="4127/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "vlad.bv.auto"), sub("email", "vlad.autopiese@yahoo.com"),
                     sub("phone", "+40744215309")],
           requested_data=top, period={"from": "2026-09-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="sic@bv.politiaromana.ro", signatory="Comisar-șef de poliție Bârsan Adrian-Gheorghe")
    acc = {"authority": ["IPJ Brașov", "Serviciul de Investigații Criminale",
                         "Inspectoratul de Poliție Județean Brașov - Serviciul de Investigații Criminale"],
           "reference_number": ["339818/S.I.C.", "339.818", "339818", "339.818/SIC"],
           "requested_data": [leaves], "signatory": ["Șef serviciu Comisar-șef de poliție Bârsan Adrian-Gheorghe"]}
    return raw, f, acc, ("IPJ Brașov SIC; 2-page PDF, the numbered list with LETTERED SUB-ITEMS runs across the page "
                         "break (page 2 opens with a continuation line); number with a slash and the service's code; "
                         "phone as 0040-744-…; requested_data scored as the five top items (leaf sub-items accepted)"), \
        {"pdf": [pdfw("seal_ipj_bv")], "pages": 2}


FAGARAS = """
K|ROMANIA
K|MINISTERUL AFACERILOR INTERNE
K|INSPECTORATUL DE POLITIE JUDETEAN BRASOV
B|POLITIA MUNICIPIULUI FAGARAS
K|Biroul de Investigatii Criminale
R|Nr. 88412 din 03.12.2026
K|Catre: S.C. OKAZII ONLINE S.R.L. - Departamentul Juridic
K|Str. Frunzei nr. 29, sector 2, Bucuresti
T|ADRESA
Politia Municipiului Fagaras - Biroul de Investigatii Criminale efectueaza cercetari in dosarul penal nr. 1822/P/2026 al Parchetului de pe langa Judecatoria Fagaras, privind infractiunea de inselaciune savarsita in legatura cu vanzarea unui tractor agricol prin intermediul platformei dumneavoastra.
Anuntul in cauza este https://www.okazii.ro/tractoare-agricole/tractor-u650-stare-buna-a281734099 si a fost publicat de utilizatorul cu ID utilizator 5512093.
In baza art. 170 alin. 2 lit. b C.p.p., va rugam sa ne comunicati:
L|- datele de identificare ale utilizatorului;
L|- numarul de telefon confirmat la inregistrare;
L|- istoricul comenzilor primite pentru anuntul mentionat;
L|- modalitatea de plata aleasa de cumparatori.
Raspunsul il asteptam prin posta sau curier, la sediul Politiei Municipiului Fagaras, str. Tudor Vladimirescu nr. 12, Fagaras, jud. Brasov.
S|SEF BIROU
S|Inspector principal de politie
S|Moldovan Radu
"""


@item("le_gen", "law_enforcement")
def g_fagaras_no_diacritics_user_id_listing_cp1250():
    t = when(2026, 12, 3, 9, 26)
    pdf = sealed(FAGARAS, "seal_ipj_bv", sent(t), family="sans", title="adresa 88412")
    cover = ("Bună ziua,\n\nAlăturat vă transmitem adresa Poliției Municipiului Făgăraș nr. 88412 din 03.12.2026, "
             "semnată electronic.\nVă mulțumim.\n\nBiroul de Investigații Criminale Făgăraș\n")
    raw = le_mail("g2", frm=mk.addr("Poliția Municipiului Făgăraș - BIC", "bic.fagaras@bv.politiaromana.ro",
                                    "windows-1250"),
                  addr="bic.fagaras@bv.politiaromana.ro", subject="Adresă nr. 88412 - Poliția Făgăraș", t=t,
                  cover=cover, pdf=pdf, pdf_name="88412.pdf", charset="windows-1250", cte="8bit", extra=[TB])
    f = le("police", authority="Politia Municipiului Fagaras", reference_number="88412", reference_date="2026-12-03",
           case_number="1822/P/2026", legal_basis=["art. 170 CPP"], subjects=[sub("user_id", "5512093")],
           requested_data=["datele de identificare ale utilizatorului", "numarul de telefon confirmat la inregistrare",
                           "istoricul comenzilor primite pentru anuntul mentionat",
                           "modalitatea de plata aleasa de cumparatori"],
           response_channel="courier",
           reply_to="str. Tudor Vladimirescu nr. 12, Fagaras, jud. Brasov",
           signatory="Inspector principal de politie Moldovan Radu")
    acc = {"authority": ["Poliția Municipiului Făgăraș", "Inspectoratul de Poliție Județean Brașov", "IPJ Brașov",
                         "Politia Municipiului Fagaras - Biroul de Investigatii Criminale"],
           "reply_to": ["sediul Politiei Municipiului Fagaras, str. Tudor Vladimirescu nr. 12, Fagaras, jud. Brasov"]}
    return raw, f, acc, ("a town police of IPJ Brașov (unit not in the registry), IPJ Brașov's mailbox and seal; "
                         "letter typed WITHOUT DIACRITICS in a sans font; the user named only by a numeric user id "
                         "and a listing URL; dash list; answer by post/courier; Windows-1250 8-bit cover with "
                         "cedilla letters; Thunderbird"), {"pdf": [pdfw("seal_ipj_bv")]}


BAIA_MARE = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ
C|POLIȚIA MUNICIPIULUI BAIA MARE – SECȚIA 2 POLIȚIE
R|Nr. 241.306 din 03.12.2026
R|Baia Mare
K|{okz}
T|Adresă
Secția 2 Poliție Baia Mare instrumentează dosarul penal nr. 6315/P/2026, privind săvârșirea infracțiunii de înșelăciune prin vânzarea online a unor drone care nu au fost livrate.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați datele de mai jos referitoare la utilizatorul identificat prin:
X|Nr.¦Tip identificator¦Valoare
X|1¦nume de utilizator¦maramures_drone
X|2¦adresă de e-mail¦drone.mm.shop@outlook.com
X|3¦telefon¦+40 752 118 604
și la comenzile nr. 1187420931, 1187421774 și 1189003512, plasate de persoanele vătămate:
L|a) datele de identificare ale titularului contului;
L|b) detaliile celor trei comenzi (data, suma, metoda de plată, adresa de livrare);
L|c) numele titularului și IBAN-ul contului bancar în care s-au încasat sumele.
Răspunsul va fi transmis electronic, pe adresa sectia2.baiamare@mm.politiaromana.ro.
S|ȘEF SECȚIE
S|Comisar de poliție
S|Pop-Bud Ioana
"""


@item("le_gen", "law_enforcement")
def g_baia_mare_s2_users_table_three_orders_html_only():
    t = when(2026, 12, 3, 14, 3)
    pdf = sealed(BAIA_MARE.format(okz=OKZ_HDR), "seal_ipj_mm", sent(t), title="241306")
    html = html_page("<p>Bună ziua,</p><p>Atașat găsiți adresa nr. 241.306/03.12.2026 a Secției 2 Poliție Baia Mare "
                     "(dosar penal 6315/P/2026).</p><p>Cu respect,<br>Secția 2 Poliție Baia Mare<br>"
                     "IPJ Maramureș</p>")
    raw = le_mail("g3", frm=mk.addr("Sectia 2 Politie Baia Mare", "sectia2.baiamare@mm.politiaromana.ro"),
                  addr="sectia2.baiamare@mm.politiaromana.ro", subject="Adresa 241306 din 03.12.2026", t=t,
                  cover="", html_cover=html, pdf=pdf, pdf_name="adresa_241306.pdf", cte="base64", extra=[ZIMBRA])
    f = le("police", authority="Poliția Municipiului Baia Mare – Secția 2 Poliție", reference_number="241.306",
           reference_date="2026-12-03", case_number="6315/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "maramures_drone"), sub("email", "drone.mm.shop@outlook.com"),
                     sub("phone", "+40752118604")],
           transactions=["1187420931", "1187421774", "1189003512"],
           requested_data=["datele de identificare ale titularului contului",
                           "detaliile celor trei comenzi (data, suma, metoda de plată, adresa de livrare)",
                           "numele titularului și IBAN-ul contului bancar în care s-au încasat sumele"],
           response_channel="electronic", reply_to="sectia2.baiamare@mm.politiaromana.ro",
           signatory="Comisar de poliție Pop-Bud Ioana")
    acc = {"authority": ["Secția 2 Poliție Baia Mare", "Poliția Municipiului Baia Mare",
                         "Inspectoratul de Poliție Județean Maramureș", "IPJ Maramureș"],
           "reference_number": ["241306"]}
    return raw, f, acc, ("a section of the Baia Mare town police (IPJ Maramureș unit, not in the registry), IPJ "
                         "Maramureș's mailbox and seal; the users in a TABLE naming each identifier's kind; three "
                         "orders inside a sentence; lettered list; HTML-only base64 Zimbra cover"), \
        {"pdf": [pdfw("seal_ipj_mm")]}


BAICOI = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA
C|POLIȚIA ORAȘULUI BĂICOI
R|Nr. 412.077/B din 27.11.2026
K|{okz}
K|{addr}
Subsemnatul, comisar de poliție Vasilescu Ionuț-Sorin, șeful Poliției Orașului Băicoi, efectuând cercetări în dosarul nr. 2290/P/2026 al Parchetului de pe lângă Judecătoria Câmpina, privind infracțiunea de înșelăciune (art. 244 Cod penal) săvârșită prin vânzarea online a unor lemne de foc plătite în avans și nelivrate,
având în vedere că suma de 3.600 lei a fost virată de persoana vătămată în contul bancar RO80 BTRL 0290 1202 3714 6811, comunicat în anunț, iar vânzătorul a folosit numărul de telefon 0735 402 918,
în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rog să-mi comunicați:
L|1. identitatea utilizatorului care a indicat acest cont bancar pentru încasarea plăților;
L|2. anunțurile în care contul bancar a fost comunicat cumpărătorilor;
L|3. numărul de telefon și adresa de e-mail ale contului.
Răspunsul poate fi transmis pe adresa de e-mail politia.baicoi@ph.politiaromana.ro.
S|Șeful Poliției Orașului Băicoi
S|Comisar de poliție
S|Vasilescu Ionuț-Sorin
"""


@item("le_gen", "law_enforcement")
def g_baicoi_chief_personal_certificate_first_person_iban():
    t = when(2026, 11, 27, 18, 37)
    iban_ = "RO80 BTRL 0290 1202 3714 6811"
    pdf = sealed(BAICOI.format(okz=OKZ_HDR, addr=OKZ_ADDR), "pers_ph_vasilescu", sent(t), title="412077",
                 visible=True, box=(330, 60, 560, 110))
    cover = ("Bună seara,\n\nVă transmit adresa nr. 412.077/B din 27.11.2026, semnată cu semnătura mea electronică "
             "calificată.\n\nCom. Vasilescu Ionuț-Sorin\nȘeful Poliției Orașului Băicoi\n")
    raw = le_mail("g4", frm=mk.addr("Vasilescu Ionut-Sorin", "ionut.vasilescu@ph.politiaromana.ro"),
                  addr="ionut.vasilescu@ph.politiaromana.ro", subject="Adresa 412077/B - dosar 2290/P/2026",
                  t=t, cover=cover, pdf=pdf, pdf_name="adresa 412077 B.pdf", extra=[OUTLOOK])
    f = le("police", authority="Poliția Orașului Băicoi", reference_number="412.077/B", reference_date="2026-11-27",
           case_number="2290/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("iban", iban_), sub("phone", "+40735402918")],
           requested_data=["identitatea utilizatorului care a indicat acest cont bancar pentru încasarea plăților",
                           "anunțurile în care contul bancar a fost comunicat cumpărătorilor",
                           "numărul de telefon și adresa de e-mail ale contului"],
           response_channel="electronic", reply_to="politia.baicoi@ph.politiaromana.ro",
           signatory="Comisar de poliție Vasilescu Ionuț-Sorin")
    acc = {"authority": ["Inspectoratul de Poliție Județean Prahova", "IPJ Prahova"],
           "reference_number": ["412077/B", "412.077", "412077"],
           "signatory": ["Șeful Poliției Orașului Băicoi Comisar de poliție Vasilescu Ionuț-Sorin"]}
    assert iban_ == mk.ro_iban("BTRL", "0290120237146811")
    return raw, f, acc, ("a town police of IPJ Prahova (unit not in the registry); a FIRST-PERSON letter "
                         "(\"Subsemnatul… vă rog să-mi comunicați\") signed with the chief's own personal certificate, "
                         "which the registry binds to IPJ Prahova (visible signature); IBAN and phone inside the "
                         "recitals; sent from his personal mailbox at the IPJ's domain on a Friday evening"), \
        {"pdf": [pdfw("pers_ph_vasilescu")]}


PH_SICE_P = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA
C|Serviciul de Investigare a Criminalității Economice
2|Nr. 704.551/SICE¦Ploiești, 02/12/2026
K|{okz}
Stimată doamnă, stimate domn,
În dosarul penal nr. 388/P/2026, aflat în lucru la Parchetul de pe lângă Tribunalul Prahova și delegat spre cercetare Serviciului de Investigare a Criminalității Economice prin ordonanța de delegare din 19.10.2026, se cercetează vânzarea, prin anunțuri publicate pe platforma dumneavoastră, a unor bijuterii prezentate drept aur de 24 de karate, care s-au dovedit a fi din alamă placată.
Vă rugăm ca, în baza art. 170 alin. (2) lit. b) din Codul de procedură penală, să ne comunicați, pentru contul aur_ploiesti_24k, înregistrat cu adresa bijuterii.ph@gmail.com: (1) datele de identificare declarate de titularul contului; (2) numărul anunțurilor publicate și prețurile solicitate în anul 2026; (3) datele de facturare și conturile bancare folosite pentru încasare.
Informațiile pot fi transmise pe adresa de e-mail sice@ph.politiaromana.ro.
Cu stimă,
S|p. ȘEF SERVICIU
S|Comisar de poliție
S|Radu Elena-Luminița
"""


@item("le_gen", "law_enforcement")
def g_prahova_sice_deputy_p_inline_numbered_prose():
    t = when(2026, 12, 2, 15, 58)
    pdf = sealed(PH_SICE_P.format(okz=OKZ_HDR), "pers_ph_radu", sent(t), title="704551 SICE")
    cover = ("Bună ziua,\n\nVă transmitem adresa S.I.C.E. nr. 704.551 din 02.12.2026 (dosar 388/P/2026), semnată "
             "electronic de doamna comisar Radu Elena-Luminița, pentru șeful serviciului.\n\nS.I.C.E. Prahova\n")
    raw = le_mail("g5", frm=mk.addr("SICE Prahova", "sice@ph.politiaromana.ro"), addr="sice@ph.politiaromana.ro",
                  subject="Solicitare date - dosar 388/P/2026 (adresa 704551)", t=t, cover=cover, pdf=pdf,
                  pdf_name="704551_SICE.pdf", extra=[OUTLOOK])
    f = le("police", authority="Inspectoratul de Poliție Județean Prahova", reference_number="704.551/SICE",
           reference_date="2026-12-02", case_number="388/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "aur_ploiesti_24k"), sub("email", "bijuterii.ph@gmail.com")],
           requested_data=["datele de identificare declarate de titularul contului",
                           "numărul anunțurilor publicate și prețurile solicitate în anul 2026",
                           "datele de facturare și conturile bancare folosite pentru încasare"],
           response_channel="electronic", reply_to="sice@ph.politiaromana.ro",
           signatory="Comisar de poliție Radu Elena-Luminița")
    acc = {"authority": ["IPJ Prahova", "Serviciul de Investigare a Criminalității Economice",
                         "Inspectoratul de Poliție Județean Prahova - Serviciul de Investigare a Criminalității Economice"],
           "reference_number": ["704551/SICE", "704.551", "704551"],
           "signatory": ["p. Șef serviciu Comisar de poliție Radu Elena-Luminița"]}
    return raw, f, acc, ("IPJ Prahova SICE; a DEPUTY signs \"p. ȘEF SERVICIU\" with her OWN bound personal "
                         "certificate and her own name under the block; the data asked for numbered (1)-(3) INSIDE one "
                         "paragraph; date with slashes 02/12/2026; delegation by the prosecutors' office named"), \
        {"pdf": [pdfw("pers_ph_radu")]}


IGPF_L = """
K|ROMANIA
K|MINISTERUL AFACERILOR INTERNE
K|INSPECTORATUL GENERAL AL POLITIEI DE FRONTIERA
B|Serviciul de Investigare a Criminalitatii Transfrontaliere
R|NESECRET
R|Nr. 3.115.720 din 03.12.2026
K|Catre S.C. OKAZII ONLINE S.R.L.
K|Centrul de prevenire a fraudelor - Departamentul Juridic
Serviciul de Investigare a Criminalitatii Transfrontaliere din cadrul I.G.P.F. efectueaza cercetari in dosarul penal nr. 512/P/2026 al Parchetului de pe langa Tribunalul Maramures, privind infractiunea de contrabanda (art. 270 din Legea nr. 86/2006 privind Codul vamal al Romaniei), prin comercializarea online de tigarete introduse ilegal in tara.
In temeiul art. 170 alin. (2) lit. b) C.p.p., va rugam sa ne comunicati, pentru utilizatorul tigari_ieftine_sm (telefon 0040 745 903 227) si pentru comenzile nr. 2209871144, 2209875530, 2210004417 si 2210019986, efectuate in perioada 01.10.2026 - 30.11.2026:
L|1. datele de identificare ale titularului contului;
L|2. adresele de livrare declarate pentru comenzile enumerate;
L|3. sumele incasate si modalitatea de plata;
L|4. numerele de telefon folosite pentru confirmarea comenzilor.
Raspunsul poate fi transmis prin curier, la sediul I.G.P.F., Str. Ion Campineanu nr. 24, sector 1, Bucuresti, sau electronic, la adresa sict@politiadefrontiera.ro.
S|SEF SERVICIU
S|Comisar-sef de politie
S|Munteanu Florin-Adrian
"""


@item("le_gen", "law_enforcement")
def g_igpf_ascii_letter_cades_p7m_four_orders():
    t = when(2026, 12, 3, 10, 51)
    pdf = mk.letter_pdf(IGPF_L, family="sans", created=sent(t), title="3115720", creator="LibreOffice 7.6")
    p7m = mk.cades(pdf, "seal_igpf", detached=False, signing_time=sent(t).astimezone(dt.timezone.utc))
    cover = ("Buna ziua,\n\nAtasat transmitem adresa nr. 3.115.720 din 03.12.2026, semnata cu sigiliul electronic "
             "al IGPF (fisier .p7m, se deschide cu aplicatia furnizorului de semnatura).\n\nS.I.C.T. - I.G.P.F.\n")
    body = mixed([mk.text(cover, charset="us-ascii", cte="7bit"),
                  mk.attachment(p7m, "adresa_3115720.pdf.p7m", ctype="application/pkcs7-mime")], "g6")
    raw = send("g6", frm=mk.addr("IGPF - SICT", "sict@politiadefrontiera.ro"), addr="sict@politiadefrontiera.ro",
               to=[LEGAL], subject="Adresa 3115720 / 03.12.2026", t=t, body=body, extra=[OUTLOOK])
    f = le("police", authority="Inspectoratul General al Politiei de Frontiera", reference_number="3.115.720",
           reference_date="2026-12-03", case_number="512/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "tigari_ieftine_sm"), sub("phone", "+40745903227")],
           transactions=["2209871144", "2209875530", "2210004417", "2210019986"],
           requested_data=["datele de identificare ale titularului contului",
                           "adresele de livrare declarate pentru comenzile enumerate",
                           "sumele incasate si modalitatea de plata",
                           "numerele de telefon folosite pentru confirmarea comenzilor"],
           period={"from": "2026-10-01", "to": "2026-11-30"}, response_channel="both",
           signatory="Comisar-sef de politie Munteanu Florin-Adrian")
    acc = {"authority": ["Inspectoratul General al Poliției de Frontieră", "IGPF",
                         "Serviciul de Investigare a Criminalitatii Transfrontaliere"],
           "reference_number": ["3115720"]}
    return raw, f, acc, ("Border Police (IGPF) letter typed in ASCII (no diacritics); four orders and a period; "
                         "answer by courier or e-mail (reply_to unscored); the PDF arrives inside a CAdES ENVELOPING "
                         "`.p7m` labelled application/pkcs7-mime (its content is a PDF, not a MIME entity); "
                         "an offence of another law named beside art. 170"), \
        {"cades": [{"file": "adresa_3115720.pdf.p7m", "signer": "seal_igpf", "detached": False}]}


DIICOT_ORD = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|Secția de combatere a criminalității informatice
K|Dosar nr. 611/D/P/2026
T|O R D O N A N Ț Ă
C|03 decembrie 2026
Lazăr Cosmin-Andrei, procuror în cadrul D.I.I.C.O.T. – Secția de combatere a criminalității informatice,
Examinând actele dosarului penal nr. 611/D/P/2026, privind infracțiunile de acces ilegal la un sistem informatic și fraudă informatică (art. 360 și art. 249 Cod penal), constat că, la data de 24.11.2026, ora 14:32:10 (ora României), de la adresa IP 203.0.113.77 s-a accesat platforma S.C. OKAZII ONLINE S.R.L., fiind modificate datele de plată ale contului crypto_wallet_ro, asociat adresei btc.exchange.ro@proton.me.
Prin încheierea nr. 2211/UP/2026 din 27.11.2026 a judecătorului de drepturi și libertăți din cadrul Tribunalului București a fost aprobată măsura prevăzută de art. 152 din Codul de procedură penală.
Față de acestea, în temeiul art. 152 alin. (1) și (2) din Codul de procedură penală,
C|D I S P U N:
Furnizorul de servicii S.C. OKAZII ONLINE S.R.L. va comunica de îndată, în condiții de confidențialitate, în cel mult 48 de ore de la primire:
L|1. identificarea utilizatorului care a accesat platforma de la adresa IP 203.0.113.77 la data de 24.11.2026, ora 14:32:10;
L|2. adresele IP și momentele autentificărilor în contul crypto_wallet_ro în perioada 01.11.2026 – 30.11.2026;
L|3. datele de identificare și de contact ale titularului contului crypto_wallet_ro.
Datele se transmit pe adresa de e-mail sccinf@diicot.ro. Furnizorul are obligația de a păstra secretul operațiunii (art. 152 alin. (4) C.p.p.).
S|PROCUROR,
S|Lazăr Cosmin-Andrei
"""


@item("le_gen", "law_enforcement")
def g_diicot_art152_ordonanta_jdl_approval_urgent_48h():
    t = when(2026, 12, 3, 17, 5)
    pdf = sealed(DIICOT_ORD, "seal_diicot", sent(t), title="Ordonanta 611/D/P/2026", visible=True,
                 box=(60, 40, 280, 95))
    cover = ("Stimați colegi,\n\nVă comunicăm ordonanța din 03.12.2026 în dosarul nr. 611/D/P/2026, emisă în baza "
             "art. 152 C.p.p. cu aprobarea judecătorului de drepturi și libertăți.\nTermen: 48 de ore.\n\n"
             "DIICOT - Secția de combatere a criminalității informatice\n")
    raw = le_mail("g7", frm=mk.addr("DIICOT - SCCI", "sccinf@diicot.ro"), addr="sccinf@diicot.ro",
                  subject="URGENT - Ordonanta art. 152 CPP - dosar 611/D/P/2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="ordonanta_611DP2026.pdf", extra=[OUTLOOK, ("Importance", "high")])
    f = le("prosecutor",
           authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
           reference_date="2026-12-03", case_number="611/D/P/2026", legal_basis=["art. 152 CPP"],
           subjects=[sub("username", "crypto_wallet_ro"), sub("email", "btc.exchange.ro@proton.me")],
           requested_data=["identificarea utilizatorului care a accesat platforma de la adresa IP 203.0.113.77 la data "
                           "de 24.11.2026, ora 14:32:10",
                           "adresele IP și momentele autentificărilor în contul crypto_wallet_ro în perioada "
                           "01.11.2026 – 30.11.2026",
                           "datele de identificare și de contact ale titularului contului crypto_wallet_ro"],
           period={"from": "2026-11-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="sccinf@diicot.ro", signatory="Procuror Lazăr Cosmin-Andrei", urgent=True)
    acc = {"authority": ["DIICOT", "DIICOT - Secția de combatere a criminalității informatice"]}
    return raw, f, acc, ("a DIICOT prosecutor's ORDONANȚĂ (constat / dispun) under art. 152 with the JDL's approval "
                         "(încheiere of 27.11.2026, before the order) — traffic and identification data are lawful "
                         "here; genuinely urgent (48 h); the registration is the case file only (no separate number: "
                         "reference_number unscored); visible seal bottom-left; an IP address (documentation range) as "
                         "an identifier inside the data asked for"), {"pdf": [pdfw("seal_diicot")]}


PICCJ_P1 = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|Secția de urmărire penală și criminalistică
C|Serviciul de cooperare judiciară internațională în materie penală
K|Dosar nr. 1934/II-5/2026
T|ORDONANȚĂ
C|02.12.2026
Nistor Alina-Georgiana, procuror în cadrul Parchetului de pe lângă Înalta Curte de Casație și Justiție,
Având în vedere ordinul european de anchetă emis la 12.11.2026 de Parchetul din Viena (Staatsanwaltschaft Wien, ref. 31 St 214/26k), recunoscut prin ordonanța din 30.11.2026, în cauza privind o fraudă prin vânzarea online de echipamente electronice către cumpărători din Austria;
în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală și al dispozițiilor Legii nr. 302/2004 privind cooperarea judiciară internațională în materie penală, Titlul VII (ordinul european de anchetă),
C|DISPUN:
S.C. OKAZII ONLINE S.R.L. va comunica, pentru contul wien.electronics (ID utilizator 7720145, e-mail office.wien.elektro@gmx.at), pentru perioada 01.06.2026 – 31.10.2026:
L|a) datele de identificare și de contact ale titularului contului;
L|b) istoricul tranzacțiilor încheiate de cont cu cumpărători din Austria;
L|c) conturile bancare și instrumentele de plată asociate contului.
Datele vor fi transmise electronic, la adresa cooperare.internationala@mpublic.ro, în vederea transmiterii lor autorității emitente. Extrasul din ordinul european de anchetă este redat în anexă, în limba engleză.
S|PROCUROR,
S|Nistor Alina-Georgiana
"""

PICCJ_P2 = """
B|ANEXĂ la ordonanța din 02.12.2026, dosar nr. 1934/II-5/2026
K|Extract from the European Investigation Order (Section C – investigative measures requested)
K|Issuing authority: Staatsanwaltschaft Wien, ref. 31 St 214/26k, 12.11.2026
The issuing authority requests the executing State to obtain from the online marketplace operated by OKAZII ONLINE S.R.L. (Romania) the subscriber information of the account "wien.electronics" (user ID 7720145, e-mail office.wien.elektro@gmx.at), the list of sales to buyers with a delivery address in Austria between 1 June 2026 and 31 October 2026, and the bank accounts and payment instruments linked to the account.
Suspected offence: commercial fraud (§ 146, § 148 StGB). Eleven buyers paid in advance for laptops and mobile phones that were never delivered; the total loss is EUR 14,870.
The executing authority is requested to keep the request confidential.
"""


@item("le_gen", "law_enforcement")
def g_piccj_executes_eio_english_annex():
    t = when(2026, 12, 2, 13, 20)
    pdf = pages_sealed([PICCJ_P1, PICCJ_P2], "seal_piccj", sent(t), footer="{p}/{n}", title="1934/II-5/2026")
    plain_ = ("Bună ziua,\n\nVă transmitem ordonanța din 02.12.2026 (dosar nr. 1934/II-5/2026), emisă în executarea "
              "unui ordin european de anchetă, împreună cu anexa în limba engleză.\n\nServiciul de cooperare "
              "judiciară internațională în materie penală\nP.Î.C.C.J.\n")
    html = html_page("<p>Bună ziua,</p><p>Vă transmitem ordonanța din 02.12.2026 (dosar nr. <b>1934/II-5/2026</b>), "
                     "emisă în executarea unui ordin european de anchetă, împreună cu anexa în limba engleză.</p>"
                     "<p>Serviciul de cooperare judiciară internațională în materie penală<br>P.Î.C.C.J.</p>")
    raw = le_mail("g8", frm=mk.addr("PICCJ - Cooperare internationala", "cooperare.internationala@mpublic.ro"),
                  addr="cooperare.internationala@mpublic.ro", subject="OEA Austria - ordonanta 1934/II-5/2026",
                  t=t, cover=plain_, html_cover=html, pdf=pdf, pdf_name="ordonanta_1934_II-5_2026.pdf",
                  cte="base64", extra=[OUTLOOK])
    f = le("prosecutor", authority="Parchetul de pe lângă Înalta Curte de Casație și Justiție",
           reference_date="2026-12-02", case_number="1934/II-5/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "wien.electronics"), sub("user_id", "7720145"),
                     sub("email", "office.wien.elektro@gmx.at")],
           requested_data=["datele de identificare și de contact ale titularului contului",
                           "istoricul tranzacțiilor încheiate de cont cu cumpărători din Austria",
                           "conturile bancare și instrumentele de plată asociate contului"],
           period={"from": "2026-06-01", "to": "2026-10-31"}, response_channel="electronic",
           reply_to="cooperare.internationala@mpublic.ro", signatory="Procuror Nistor Alina-Georgiana")
    acc = {"authority": ["PÎCCJ", "Parchetul de pe lângă Înalta Curte de Casație și Justiție - Secția de urmărire "
                                  "penală și criminalistică"]}
    return raw, f, acc, ("the High Court's prosecutors EXECUTING a European Investigation Order from Vienna: a "
                         "Romanian ordonanță (art. 170 + Law 302/2004) with an ANNEX page in ENGLISH quoting the EIO "
                         "(same account, a foreign e-mail); the foreign StGB articles are no legal basis; "
                         "reference_number unscored (case file only); multipart/alternative base64"), \
        {"pdf": [pdfw("seal_piccj")], "pages": 2}


PTPH_SMIME = """PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA
Nr. 1877/II/2/2026                                   Ploiești, 04.12.2026

Către S.C. OKAZII ONLINE S.R.L. – Departamentul Juridic

În dosarul penal nr. 388/P/2026 al Parchetului de pe lângă Tribunalul Prahova, privind infracțiunea de înșelăciune prin vânzarea online de bijuterii contrafăcute, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicit să comunicați:

1. datele de identificare ale titularului contului giuvaer.vintage (telefon +40 721 004 558);
2. lista comenzilor în care contul giuvaer.vintage a fost cumpărător de la contul aur_ploiesti_24k;
3. conturile bancare din care s-au efectuat plățile.

Răspunsul se va transmite pe adresa andreea.marin@mpublic.ro.

Procuror,
Marin Andreea-Ioana

(mesaj semnat cu semnătură electronică calificată; adresa este atașată și în format PDF)
"""


@item("le_gen", "law_enforcement")
def g_ptph_prosecutor_smime_same_case_as_police():
    t = when(2026, 12, 4, 10, 12)
    pdf_ = mk.letter_pdf("\n".join(("K|" + ln) if ln.strip() else "" for ln in PTPH_SMIME.splitlines()),
                         created=sent(t), title="1877/II/2/2026")
    inner = mixed([mk.text(PTPH_SMIME), mk.attachment(pdf_, "adresa_1877_II_2_2026.pdf")], "g9in")
    body = mk.smime_signed(inner, "pers_ptph_marin", "g9")
    raw = send("g9", frm=mk.addr("Marin Andreea-Ioana", "andreea.marin@mpublic.ro"), addr="andreea.marin@mpublic.ro",
               to=[LEGAL], subject="Adresa nr. 1877/II/2/2026 - dosar 388/P/2026", t=t, body=body, extra=[TB])
    f = le("prosecutor", authority="Parchetul de pe lângă Tribunalul Prahova", reference_number="1877/II/2/2026",
           reference_date="2026-12-04", case_number="388/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "giuvaer.vintage"), sub("phone", "+40721004558"),
                     sub("username", "aur_ploiesti_24k")],
           requested_data=["datele de identificare ale titularului contului giuvaer.vintage (telefon +40 721 004 558)",
                           "lista comenzilor în care contul giuvaer.vintage a fost cumpărător de la contul "
                           "aur_ploiesti_24k",
                           "conturile bancare din care s-au efectuat plățile"],
           response_channel="electronic", reply_to="andreea.marin@mpublic.ro",
           signatory="Procuror Marin Andreea-Ioana")
    acc = {"subjects": [[sub("username", "giuvaer.vintage"), sub("phone", "+40721004558")]],
           "requested_data": [["datele de identificare ale titularului contului giuvaer.vintage",
                               "lista comenzilor în care contul giuvaer.vintage a fost cumpărător de la contul "
                               "aur_ploiesti_24k", "conturile bancare din care s-au efectuat plățile"]]}
    return raw, f, acc, ("the prosecutor of the case the police letter of IPJ Prahova SICE (this round) works in writes herself: the "
                         "whole request is the text of an S/MIME multipart/signed entity (her bound personal "
                         "certificate names exactly the From address) with an unsigned-PDF copy inside the signed "
                         "entity; Thunderbird"), {"smime": "pers_ptph_marin", "signed_text": PTPH_SMIME}


TB_BV = """
C|ROMÂNIA
C|TRIBUNALUL BRAȘOV
C|SECȚIA PENALĂ
2|Dosar nr. 2217/62/2026¦Înregistrare nr. 41556 din 27 noiembrie 2026
K|Complet C3 – fond
K|Termen: 15 ianuarie 2027
K|Către: S.C. OKAZII ONLINE S.R.L., {addr}
T|ADRESĂ
Vă facem cunoscut că, prin încheierea de ședință din 26.11.2026, pronunțată în dosarul de mai sus, având ca obiect infracțiunea de înșelăciune (art. 244 Cod penal), instanța a dispus, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, comunicarea de către societatea dumneavoastră, cu privire la contul tickete_concerte_bv (adresa de e-mail ticketsbv@gmail.com), a următoarelor:
L|1. datele de identificare ale titularului contului;
L|2. lista biletelor la spectacole vândute prin cont în perioada 01.05.2026 – 31.08.2026, cu prețul și cumpărătorul;
L|3. sumele încasate și conturile în care au fost virate.
Relațiile solicitate se vor comunica până la termenul din 15.01.2027, prin poștă, la Tribunalul Brașov – Secția penală, Bd. Eroilor nr. 5, Brașov, sau pe adresa de e-mail tr-brasov-penal@just.ro, cu mențiunea numărului de dosar.
2|PREȘEDINTE DE COMPLET,¦GREFIER,
2|Judecător Ciobanu Laurențiu¦Neagu Diana
"""


@item("le_gen", "law_enforcement")
def g_tribunal_brasov_trial_court_order_visible_seal():
    t = when(2026, 11, 27, 12, 47)
    pdf = sealed(TB_BV.format(addr=OKZ_ADDR), "seal_tb_bv", sent(t), title="2217/62/2026", visible=True,
                 box=(230, 60, 400, 120))
    cover = ("Bună ziua,\n\nÎn dosarul nr. 2217/62/2026 al Tribunalului Brașov – Secția penală, vă comunicăm adresa "
             "nr. 41556/27.11.2026.\n\nGrefa Secției penale\nTribunalul Brașov\n")
    raw = le_mail("g10", frm=mk.addr("Tribunalul Brasov - Sectia penala", "tr-brasov-penal@just.ro"),
                  addr="tr-brasov-penal@just.ro", subject="Dosar 2217/62/2026 - adresa", t=t, cover=cover, pdf=pdf,
                  pdf_name="2217_62_2026_adresa.pdf", charset="iso-8859-2", extra=[ROUNDCUBE])
    f = le("court", authority="Tribunalul Brașov", reference_number="41556", reference_date="2026-11-27",
           case_number="2217/62/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "tickete_concerte_bv"), sub("email", "ticketsbv@gmail.com")],
           requested_data=["datele de identificare ale titularului contului",
                           "lista biletelor la spectacole vândute prin cont în perioada 01.05.2026 – 31.08.2026, cu "
                           "prețul și cumpărătorul",
                           "sumele încasate și conturile în care au fost virate"],
           period={"from": "2026-05-01", "to": "2026-08-31"}, response_channel="both",
           signatory="Judecător Ciobanu Laurențiu")
    acc = {"authority": ["Tribunalul Brașov - Secția penală"],
           "signatory": ["Președinte de complet Judecător Ciobanu Laurențiu"]}
    return raw, f, acc, ("a TRIAL court (Tribunalul Brașov, criminal section) communicates its order of the hearing "
                         "(art. 170 reaches a court); court file number and a separate registration number on one "
                         "line, date in words; judge and clerk side by side; deadline = the next hearing in January "
                         "2027 (no urgency); post or e-mail (reply_to unscored); visible seal; ISO-8859-2 cover"), \
        {"pdf": [pdfw("seal_tb_bv")]}


JUD_PH = """
C|ROMÂNIA
C|JUDECĂTORIA PLOIEȘTI
C|Secția penală – Complet C7
R|Nr. 58.903 din 04.12.2026
K|Dosar nr. 14210/281/2026
K|Către S.C. OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor
Judecătoria Ploiești, învestită cu judecarea cauzei penale privind pe inculpatul N.C., trimis în judecată pentru săvârșirea infracțiunii de înșelăciune, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicită să comunicați, cu privire la utilizatorul telefoane_ploiesti_ok, care a folosit numărul de telefon 0744 / 902 113:
L|– datele de identificare ale titularului contului;
L|– anunțurile publicate pentru telefoane mobile în perioada 01.03.2026 – 30.06.2026;
L|– confirmarea numărului de telefon asociat contului.
Răspunsul se va transmite pe adresa de e-mail jud-ploiesti-penal@just.ro, cu indicarea numărului de dosar.
S|Judecător,
S|Dumitrescu Raluca-Maria
"""


@item("le_gen", "law_enforcement")
def g_judecatoria_ploiesti_judge_p7s_html_only():
    t = when(2026, 12, 4, 8, 49)
    pdf = mk.letter_pdf(JUD_PH, created=sent(t), title="58903")
    p7s = mk.cades(pdf, "pers_jud_ploiesti", detached=True, signing_time=sent(t).astimezone(dt.timezone.utc))
    html = html_page("<div>Bună dimineața,</div><div><br></div><div>Vă comunicăm adresa nr. 58.903/04.12.2026 în "
                     "dosarul nr. 14210/281/2026, semnată electronic (semnătura în fișierul .p7s).</div><div><br>"
                     "</div><div>Grefa penală – Judecătoria Ploiești</div>")
    body = mixed([mk.text(html, "html", cte="base64"), mk.attachment(pdf, "adresa_58903.pdf"),
                  mk.attachment(p7s, "adresa_58903.pdf.p7s", ctype="application/pkcs7-signature")], "g11")
    raw = send("g11", frm=mk.addr("Judecatoria Ploiesti - Grefa penala", "jud-ploiesti-penal@just.ro"),
               addr="jud-ploiesti-penal@just.ro", to=[LEGAL], subject="Dosar 14210/281/2026", t=t, body=body,
               extra=[ROUNDCUBE])
    f = le("court", authority="Judecătoria Ploiești", reference_number="58.903", reference_date="2026-12-04",
           case_number="14210/281/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "telefoane_ploiesti_ok"), sub("phone", "+40744902113")],
           requested_data=["datele de identificare ale titularului contului",
                           "anunțurile publicate pentru telefoane mobile în perioada 01.03.2026 – 30.06.2026",
                           "confirmarea numărului de telefon asociat contului"],
           period={"from": "2026-03-01", "to": "2026-06-30"}, response_channel="electronic",
           reply_to="jud-ploiesti-penal@just.ro", signatory="Judecător Dumitrescu Raluca-Maria")
    acc = {"reference_number": ["58903"], "authority": ["Judecătoria Ploiești - Secția penală"]}
    return raw, f, acc, ("a first-instance court in trial, the judge's bound personal certificate in a CAdES "
                         "DETACHED `.p7s` beside the PDF; phone written \"0744 / 902 113\"; en-dash list; HTML-only "
                         "base64 cover; a Friday, 08:49"), \
        {"cades": [{"file": "adresa_58903.pdf.p7s", "signer": "pers_jud_ploiesti", "detached": True}]}


IGPR_DCCO = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|Direcția de Combatere a Criminalității Organizate
R|Nr. 5.118.220 din 02.12.2026
R|București
K|{okz}
K|{addr}
Direcția de Combatere a Criminalității Organizate efectuează cercetări în dosarul penal nr. 77/D/P/2026 al D.I.I.C.O.T. – Serviciul Teritorial Brașov, privind constituirea unui grup infracțional organizat care comercializează online piese auto provenite din furturi.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, pentru conturile piese_auto_import și import.piese.bv, precum și pentru contul asociat adresei importpiese@outlook.com:
L|1. datele de identificare ale titularilor conturilor;
L|2. adresele de livrare utilizate;
L|3. legăturile dintre conturi (telefon, e-mail sau cont bancar comun).
Răspunsul va fi transmis pe adresa de e-mail dcco@politiaromana.ro.
S|p. DIRECTOR
S|Comisar-șef de poliție
S|Oprea Valentin
"""


@item("le_gen", "law_enforcement")
def g_igpr_dcco_enclosed_by_our_support_colleague():
    t0 = when(2026, 12, 2, 16, 22)
    pdf = sealed(IGPR_DCCO.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_igpr", sent(t0), title="5118220")
    cover = ("Bună ziua,\n\nVă transmitem atașat adresa D.C.C.O. nr. 5.118.220 din 02.12.2026.\n\nD.C.C.O. - "
             "I.G.P.R.\n")
    inner = send("g12in", frm=mk.addr("IGPR - DCCO", "dcco@politiaromana.ro"), addr="dcco@politiaromana.ro",
                 to=[SUPPORT], subject="Adresa DCCO 5118220", t=t0,
                 body=mixed([mk.text(cover), mk.attachment(pdf, "DCCO_5118220.pdf")], "g12in"), extra=[OUTLOOK])
    t = when(2026, 12, 3, 9, 10)
    note = ("Salut,\n\nAdresa de mai jos a venit ieri pe suport@ (IGPR - DCCO). O redirecționez ca atașament, cu "
            "originalul neatins.\n\nAndrei Costache\nDepartamentul de Asistență Clienți\n")
    body = mixed([mk.text(note), mk.rfc822(inner, "Adresa DCCO 5118220.eml")], "g12")
    raw = send("g12", frm=mk.addr("Andrei Costache", "andrei.costache@okazii.ro"), addr="andrei.costache@okazii.ro",
               to=[LEGAL], subject="Fw: Adresa DCCO 5118220", t=t, body=body, extra=[OUTLOOK])
    f = le("police", authority="Inspectoratul General al Poliției Române", reference_number="5.118.220",
           reference_date="2026-12-02", case_number="77/D/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "piese_auto_import"), sub("username", "import.piese.bv"),
                     sub("email", "importpiese@outlook.com")],
           requested_data=["datele de identificare ale titularilor conturilor", "adresele de livrare utilizate",
                           "legăturile dintre conturi (telefon, e-mail sau cont bancar comun)"],
           response_channel="electronic", reply_to="dcco@politiaromana.ro",
           signatory="Comisar-șef de poliție Oprea Valentin")
    acc = {"authority": ["IGPR", "Direcția de Combatere a Criminalității Organizate",
                         "Inspectoratul General al Poliției Române - Direcția de Combatere a Criminalității Organizate"],
           "reference_number": ["5118220"], "signatory": ["p. Director Comisar-șef de poliție Oprea Valentin"]}
    return raw, f, acc, ("IGPR's organised-crime directorate wrote to the SUPPORT mailbox; one of our own people "
                         "forwards it AS AN ATTACHMENT (message/rfc822, original intact: its own DKIM by "
                         "politiaromana.ro and the sealed PDF) from okazii.ro with our DKIM: judged on the enclosed "
                         "original (README enclosure rule); case of a DIICOT territorial service named in the letter; "
                         "\"p. DIRECTOR\""), {"pdf": [pdfw("seal_igpr")], "inner_dkim": ["politiaromana.ro"]}


# =====================================================================
# FORGED OR DEFECTIVE LAW ENFORCEMENT (9)
# =====================================================================

def ff(kind: str, case: str | None = None, urgent: bool | None = None, **kw) -> dict:
    f = {"authority_kind": kind}
    if case:
        f["case_number"] = case
    if urgent is not None:
        f["urgent"] = urgent
    f.update(kw)
    return f


BV_152 = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV
C|Serviciul de Combatere a Criminalității Informatice
R|Nr. 339.990/S.C.C.I. din 03.12.2026
K|{okz}
K|{addr}
Serviciul de Combatere a Criminalității Informatice efectuează cercetări în dosarul penal nr. 4450/P/2026, privind săvârșirea infracțiunii de fraudă informatică (art. 249 Cod penal), constând în preluarea frauduloasă a unor conturi de utilizator ale platformei dumneavoastră și folosirea lor pentru vânzări fictive.
În temeiul art. 152 din Codul de procedură penală, vă solicităm:
L|1. identificarea utilizatorilor care au accesat platforma de la adresele IP 198.51.100.144 (26.11.2026, ora 21:14) și 198.51.100.187 (27.11.2026, ora 07:52);
L|2. jurnalul conexiunilor conturilor ana.maria.bv și transilvania_deals (adrese IP, date, ore și porturi sursă) pentru perioada 15.11.2026 – 28.11.2026;
L|3. datele de identificare ale titularilor celor două conturi.
Răspunsul se va transmite pe adresa de e-mail scci@bv.politiaromana.ro.
S|ȘEF SERVICIU
S|Comisar-șef de poliție
S|Toma Gelu
"""


@item("le_forged", "law_enforcement")
def f_police_invokes_art152_alone():
    t = when(2026, 12, 3, 12, 16)
    pdf = sealed(BV_152.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_ipj_bv", sent(t), title="339990 SCCI")
    cover = ("Bună ziua,\n\nVă transmitem adresa S.C.C.I. nr. 339.990 din 03.12.2026, emisă în temeiul art. 152 "
             "C.p.p.\n\nS.C.C.I. - I.P.J. Brașov\n")
    raw = le_mail("f1", frm=mk.addr("IPJ Brasov - SCCI", "scci@bv.politiaromana.ro"), addr="scci@bv.politiaromana.ro",
                  subject="Adresa 339990 - art. 152 CPP - dosar 4450/P/2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="adresa_339990.pdf", extra=[OUTLOOK])
    return raw, ff("police", "4450/P/2026", False, legal_basis=["art. 152 CPP"]), None, (
        "POLICE_INVOKES_ART_152_ALONE: IPJ Brașov's own mailbox and bound seal, complete in form, but a POLICE service "
        "asks under art. 152 CPP (identification of the users behind IP addresses, connection logs with ports) on "
        "its own: art. 152 is a measure ordered only by the PROSECUTOR, by ordonanță, with the prior approval of the "
        "judge of rights and liberties (art. 152 (1)-(2)); the letter names neither (no prosecutor's ordonanță, no "
        "încheiere); citing the right article does not lend the police the power"), \
        {"pdf": [pdfw("seal_ipj_bv")], "art152_police": True}


PH_MONITOR = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA
C|Serviciul de Investigare a Criminalității Economice
2|Nr. 704.612/SICE¦Ploiești, 03.12.2026
K|{okz}
În dosarul penal nr. 391/P/2026, privind evaziunea fiscală și înșelăciunea săvârșite prin comerț online nedeclarat, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicităm ca, începând cu data primirii prezentei și până la data de 03.02.2027, să ne comunicați zilnic, în timp real, cu privire la contul electro_outlet_ph:
L|1. anunțurile nou publicate și modificările de preț;
L|2. comenzile noi primite, cu datele cumpărătorilor;
L|3. orice modificare a datelor de contact sau de plată ale contului.
Informațiile se vor transmite în fiecare zi, până la ora 10:00, pe adresa sice@ph.politiaromana.ro, fără ca titularul contului să fie informat.
S|ȘEF SERVICIU
S|Comisar-șef de poliție
S|Stanciu Marius-Cristian
"""


@item("le_forged", "law_enforcement")
def f_ongoing_realtime_monitoring_under_art170():
    t = when(2026, 12, 3, 16, 40)
    pdf = sealed(PH_MONITOR.format(okz=OKZ_HDR), "pers_ph_stanciu", sent(t), title="704612 SICE")
    cover = ("Bună ziua,\n\nVă transmitem adresa nr. 704.612/SICE din 03.12.2026. Vă rugăm să confirmați "
             "primirea și persoana de contact pentru transmiterea zilnică.\n\nComisar-șef Stanciu Marius-Cristian\n"
             "Șef S.I.C.E. Prahova\n")
    raw = le_mail("f2", frm=mk.addr("Stanciu Marius-Cristian", "marius.stanciu@ph.politiaromana.ro"),
                  addr="marius.stanciu@ph.politiaromana.ro", subject="Adresa 704612/SICE - dosar 391/P/2026", t=t,
                  cover=cover, pdf=pdf, pdf_name="704612_SICE.pdf", extra=[OUTLOOK])
    return raw, ff("police", "391/P/2026", False, legal_basis=["art. 170 CPP"]), None, (
        "ONGOING_REALTIME_MONITORING_UNDER_ART_170: the bound chief of IPJ Prahova's SICE, his own mailbox and "
        "certificate; the letter asks to be told DAILY, 'în timp real', for two months ahead, of every new listing, order and change of the account, without telling the user: that is "
        "surveillance of FUTURE activity (art. 138 and following: a warrant of the judge of rights and liberties), "
        "not the production of data already held (art. 170 covers data 'aflate în posesia sau sub controlul său')"), \
        {"pdf": [pdfw("pers_ph_stanciu")], "monitoring": "03.02.2027"}


PH_DRAFTER = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA
C|Serviciul de Investigare a Criminalității Economice
2|Nr. 704.598/SICE¦Ploiești, 02.12.2026
K|{okz}
K|{addr}
În dosarul penal nr. 402/P/2026 al Parchetului de pe lângă Judecătoria Ploiești, privind infracțiunea de înșelăciune săvârșită prin vânzarea online a unor anvelope inexistente, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, pentru contul anvelope_ieftine_ph (telefon 0722 318 640):
L|a) datele de identificare ale titularului contului;
L|b) comenzile primite în luna noiembrie 2026;
L|c) conturile bancare indicate cumpărătorilor.
Răspunsul va fi transmis pe adresa de e-mail bogdan.ene@ph.politiaromana.ro.
S|ȘEF SERVICIU
S|Comisar-șef de poliție
S|Stanciu Marius-Cristian
s|Întocmit: insp. pr. Ene Bogdan / 2 ex.
"""


@item("le_forged", "law_enforcement")
def f_drafter_signs_for_the_chief():
    t = when(2026, 12, 2, 18, 2)
    pdf = sealed(PH_DRAFTER.format(okz=OKZ_HDR, addr=OKZ_ADDR), "pers_ph_ene", sent(t), title="704598 SICE")
    cover = ("Bună seara,\n\nAtașat adresa nr. 704.598/SICE, semnată electronic.\n\nInsp. pr. Ene Bogdan\nS.I.C.E. "
             "Prahova\n")
    raw = le_mail("f3", frm=mk.addr("Ene Bogdan", "bogdan.ene@ph.politiaromana.ro"),
                  addr="bogdan.ene@ph.politiaromana.ro", subject="Adresa 704598/SICE", t=t, cover=cover, pdf=pdf,
                  pdf_name="704598.pdf", extra=[OUTLOOK])
    return raw, ff("police", "402/P/2026", False), None, (
        "DRAFTER_SIGNS_FOR_THE_CHIEF: IPJ Prahova's domain; the PDF is signed with inspector ENE's personal "
        "certificate (bound to IPJ Prahova), but the letter's only signatory is the chief, comisar-șef STANCIU, with "
        "no 'p.' and no delegation; Ene appears only in the drafting line 'Întocmit: insp. pr. Ene Bogdan' — he is "
        "NAMED in what he signed, yet he is not the one who orders (art. 170 (4): the name and signature of the "
        "person who orders); the answer goes to Ene's own mailbox"), \
        {"pdf": [pdfw("pers_ph_ene")], "drafter": ["Ene Bogdan", "Stanciu Marius-Cristian"]}


PTPH_LATE = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA
K|Dosar nr. 455/P/2026
T|O R D O N A N Ț Ă
C|27.11.2026
Georgescu Tudor, procuror în cadrul Parchetului de pe lângă Tribunalul Prahova,
Examinând actele dosarului penal nr. 455/P/2026, privind infracțiunea de șantaj (art. 207 Cod penal) săvârșită prin mesaje transmise de pe un cont al platformei S.C. OKAZII ONLINE S.R.L.,
Având în vedere încheierea nr. 318/UP din 04.12.2026 a judecătorului de drepturi și libertăți din cadrul Tribunalului Prahova, prin care s-a aprobat măsura,
în temeiul art. 152 alin. (1) și (2) din Codul de procedură penală,
C|DISPUN:
S.C. OKAZII ONLINE S.R.L. va comunica de îndată:
L|1. identificarea utilizatorului contului ploiesti.rent.auto și a adreselor IP de la care acesta a fost accesat în perioada 20.11.2026 – 26.11.2026;
L|2. datele de identificare ale titularului contului.
Datele se transmit pe adresa de e-mail tudor.georgescu@mpublic.ro.
S|PROCUROR,
S|Georgescu Tudor
"""


@item("le_forged", "law_enforcement")
def f_jdl_approval_dated_after_the_order():
    t = when(2026, 12, 2, 9, 41)
    pdf = sealed(PTPH_LATE, "pers_ptph_georgescu", when(2026, 11, 27, 15, 30), title="Ordonanta 455/P/2026")
    cover = ("Bună ziua,\n\nVă comunic ordonanța din 27.11.2026 în dosarul nr. 455/P/2026 (art. 152 C.p.p.), cu "
             "rugămintea de a răspunde de îndată.\n\nProcuror Georgescu Tudor\nParchetul de pe lângă Tribunalul "
             "Prahova\n")
    raw = le_mail("f4", frm=mk.addr("Georgescu Tudor", "tudor.georgescu@mpublic.ro"),
                  addr="tudor.georgescu@mpublic.ro", subject="Ordonanta art. 152 - dosar 455/P/2026", t=t,
                  cover=cover, pdf=pdf, pdf_name="ordonanta_455_P_2026.pdf", extra=[OUTLOOK])
    return raw, ff("prosecutor", "455/P/2026", False, legal_basis=["art. 152 CPP"]), None, (
        "JDL_APPROVAL_DATED_AFTER_THE_ORDER: the bound prosecutor of the Prahova tribunal's office, his own mailbox "
        "and certificate; an ordonanță under art. 152 dated 27.11.2026 (signed that day) relies on the judge's "
        "approval 'încheierea nr. 318/UP din 04.12.2026' — a week AFTER the order was signed and two days after "
        "the mail reached us (02.12.2026): at arrival the approval the measure needs did not exist; an order "
        "prepared with the approval's number and date filled in ahead"), \
        {"pdf": [pdfw("pers_ptph_georgescu")], "approval_after": ["27.11.2026", "04.12.2026"]}


IGPF_UPLOAD = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|Direcția Poliției de Frontieră – Serviciul Investigații Criminale
R|Nr. 3.116.044 din 04.12.2026
K|{okz}
Inspectoratul General al Poliției de Frontieră efectuează cercetări în dosarul penal nr. 640/P/2026 al Parchetului de pe lângă Tribunalul Maramureș, privind traficul de migranți organizat prin anunțuri de „transport persoane” publicate pe platforma dumneavoastră.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, pentru conturile transport_europa_sm și curse.ukraina.eu:
L|1. datele de identificare ale titularilor;
L|2. numerele de telefon și adresele de e-mail asociate;
L|3. anunțurile publicate în ultimele 6 luni.
Având în vedere caracterul sensibil al datelor, acestea vor fi încărcate exclusiv pe platforma securizată de transfer a instituției, la adresa https://transfer.politiadefrontiera-ro.eu/u/7QK2-PF91, parola de acces urmând a vă fi comunicată telefonic de ofițerul de caz. Nu transmiteți datele prin e-mail sau prin poștă.
S|ȘEF SERVICIU
S|Comisar-șef de poliție
S|Iordache Sebastian
"""


@item("le_forged", "law_enforcement")
def f_answer_only_by_upload_link_lookalike():
    t = when(2026, 12, 4, 11, 33)
    pdf = sealed(IGPF_UPLOAD.format(okz=OKZ_HDR), "seal_igpf", sent(t), title="3116044")
    cover = ("Bună ziua,\n\nVă transmitem adresa nr. 3.116.044 din 04.12.2026. Pentru transferul datelor folosiți "
             "exclusiv platforma indicată în adresă.\n\nS.I.C. - I.G.P.F.\n")
    raw = le_mail("f5", frm=mk.addr("IGPF - SIC", "sic.dpf@politiadefrontiera.ro"),
                  addr="sic.dpf@politiadefrontiera.ro", subject="Adresa 3116044 - dosar 640/P/2026", t=t,
                  cover=cover, pdf=pdf, pdf_name="adresa_3116044.pdf", extra=[OUTLOOK])
    return raw, ff("police", "640/P/2026", False), None, (
        "ANSWER_ONLY_BY_UPLOAD_LINK_LOOKALIKE: IGPF's mailbox and bound seal over a complete letter whose ONLY answer "
        "channel is an upload link on 'transfer.politiadefrontiera-ro.eu' (a look-alike of the registry domain "
        "politiadefrontiera.ro, outside any registry), with a password 'to be phoned'; e-mail and post are "
        "forbidden; no answer address at a registry domain exists to check: the data would go to whoever holds "
        "the look-alike domain"), {"pdf": [pdfw("seal_igpf")], "upload_url": "transfer.politiadefrontiera-ro.eu"}


CAMPINA = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CÂMPINA
R|Nr. 1140/P/2026 – adresa nr. 2.388 din 03.12.2026
K|{okz}
K|{addr}
În dosarul penal nr. 1140/P/2026, privind infracțiunea de înșelăciune (art. 244 Cod penal) săvârșită prin vânzarea online a unui autoturism cu documente false, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicităm să ne comunicați, pentru contul auto.campina.vanzari:
L|1. datele de identificare ale titularului;
L|2. anunțurile publicate pentru autoturisme în anul 2026;
L|3. conturile bancare indicate cumpărătorilor pentru plată.
Răspunsul se va transmite pe adresa pj.campina@mpublic.ro.
S|PRIM-PROCUROR,
S|Niculescu Viorel
"""


@item("le_forged", "law_enforcement")
def f_unconfirmed_registry_entry():
    t = when(2026, 12, 3, 13, 7)
    pdf = sealed(CAMPINA.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_pj_campina", sent(t), title="2388")
    cover = ("Bună ziua,\n\nVă transmitem adresa nr. 2.388 din 03.12.2026 în dosarul 1140/P/2026.\n\nGrefa "
             "Parchetului de pe lângă Judecătoria Câmpina\n")
    raw = le_mail("f6", frm=mk.addr("Parchetul Judecatoria Campina", "pj.campina@mpublic.ro"),
                  addr="pj.campina@mpublic.ro", subject="Adresa 2388 / dosar 1140/P/2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="adresa_2388.pdf", extra=[OUTLOOK])
    return raw, ff("prosecutor", "1140/P/2026", False), None, (
        "UNCONFIRMED_REGISTRY_ENTRY (DEFECTIVE): a complete, correctly sealed letter of the prosecutors' office by "
        "Judecătoria Câmpina from the shared mpublic.ro (valid DKIM); the registry lists this office and binds its "
        "seal, but the entry carries confirmed = false (added, not yet confirmed by the legal team): nothing should "
        "verify against an identity nobody has confirmed (`incomplete` acceptable)"), \
        {"pdf": [pdfw("seal_pj_campina")], "unconfirmed": "Parchetul de pe lângă Judecătoria Câmpina"}


MM_THREAD = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ
C|Serviciul de Investigații Criminale
R|Nr. 241.777 din 04.12.2026
K|{okz}
Referitor la solicitarea dumneavoastră de a primi o adresă oficială semnată, vă comunicăm că Serviciul de Investigații Criminale efectuează cercetări în dosarul penal nr. 6402/P/2026.
În temeiul art. 170 din Codul de procedură penală, vă rugăm să dați curs solicitării noastre transmise prin e-mail la data de 24.11.2026, cu privire la utilizatorii și datele menționate în acel mesaj.
Răspunsul se va transmite pe adresa sic@mm.politiaromana.ro.
S|ȘEF SERVICIU
S|Comisar-șef de poliție
S|Hotea Gavril
"""


@item("le_forged", "law_enforcement")
def f_users_only_in_the_quoted_thread():
    t = when(2026, 12, 4, 9, 4)
    pdf = sealed(MM_THREAD.format(okz=OKZ_HDR), "seal_ipj_mm", sent(t), title="241777")
    cover = (
        "Bună ziua,\n\nRevenim cu adresa semnată, conform solicitării dumneavoastră.\n\nS.I.C. - I.P.J. Maramureș\n\n"
        "-----Original Message-----\nFrom: Juridic Okazii <juridic@okazii.ro>\nSent: Wednesday, November 25, 2026 "
        "10:14 AM\nTo: sic@mm.politiaromana.ro\nSubject: RE: Solicitare date utilizatori\n\nBună ziua,\nPentru a "
        "putea da curs solicitării, vă rugăm să ne transmiteți o adresă oficială semnată.\nEchipa juridică Okazii\n\n"
        "-----Original Message-----\nFrom: SIC IPJ Maramures <sic@mm.politiaromana.ro>\nSent: Tuesday, November 24, "
        "2026 3:47 PM\nTo: juridic@okazii.ro\nSubject: Solicitare date utilizatori\n\nBună ziua,\nÎn dosarul penal "
        "6402/P/2026 vă rugăm să ne comunicați, pentru utilizatorii lapusna_lemne, vanzator.mm.2026 și "
        "lemne.foc.mm@yahoo.com: datele de identificare, numerele de telefon, adresele IP de la ultimele "
        "autentificări și conturile bancare.\nMulțumim,\nSIC Maramureș\n")
    raw = le_mail("f7", frm=mk.addr("SIC IPJ Maramures", "sic@mm.politiaromana.ro"), addr="sic@mm.politiaromana.ro",
                  subject="RE: Solicitare date utilizatori", t=t, cover=cover, pdf=pdf,
                  pdf_name="adresa_241777.pdf",
                  extra=[OUTLOOK, ("In-Reply-To", "<9c2f11a0b7e4d3a1c8f2e6@okazii.ro>"),
                         ("References", "<5d1e77b2a9c4f0e3b6d8a1@mm.politiaromana.ro> "
                                        "<9c2f11a0b7e4d3a1c8f2e6@okazii.ro>")])
    return raw, ff("police", "6402/P/2026", False), None, (
        "USERS_ONLY_IN_THE_QUOTED_THREAD (DEFECTIVE): IPJ Maramureș's mailbox and bound seal; the sealed letter names "
        "the case and art. 170 but NO user and NO datum: it asks us to act on 'our request sent by e-mail on "
        "24.11.2026', which is only QUOTED, unsigned, below the cover (three users, IP logs, bank accounts); the "
        "signature vouches for a pointer, not for what it points at (`incomplete` expected: a signed address naming "
        "the users and data)"), {"pdf": [pdfw("seal_ipj_mm")], "thread_users": ["lapusna_lemne", "vanzator.mm.2026"]}


TB_REJECT = """
C|ROMÂNIA
C|TRIBUNALUL BRAȘOV
C|SECȚIA PENALĂ – JUDECĂTOR DE DREPTURI ȘI LIBERTĂȚI
K|Dosar nr. 611/UP/2026
T|ÎNCHEIERE
C|Camera de consiliu din 02.12.2026
K|Judecător de drepturi și libertăți: Sârbu Mihaela
K|Grefier: Pavel Corina
Pe rol se află soluționarea cererii formulate de D.I.I.C.O.T. – Serviciul Teritorial Brașov în dosarul penal nr. 412/D/P/2026, prin care se solicită aprobarea măsurii prevăzute de art. 152 din Codul de procedură penală, constând în obligarea S.C. OKAZII ONLINE S.R.L. să comunice identitatea utilizatorilor conturilor bv_crypto_otc și schimb.valutar.bv, adresele IP ale autentificărilor acestora în perioada 01.09.2026 – 30.11.2026 și conturile bancare asociate.
JUDECĂTORUL, deliberând asupra cererii, constată că aceasta nu cuprinde motivarea îndeplinirii condițiilor prevăzute de art. 152 alin. (1) C.p.p.: nu se indică nicio dată concretă din care să rezulte o suspiciune rezonabilă cu privire la săvârșirea unei infracțiuni de către titularii conturilor, iar perioada solicitată nu este justificată.
C|PENTRU ACESTE MOTIVE,
C|ÎN NUMELE LEGII
C|DISPUNE:
Respinge, ca neîntemeiată, cererea formulată de D.I.I.C.O.T. – Serviciul Teritorial Brașov în dosarul nr. 412/D/P/2026.
Definitivă. Pronunțată în camera de consiliu, azi, 02.12.2026.
2|JUDECĂTOR DE DREPTURI ȘI LIBERTĂȚI,¦GREFIER,
2|Sârbu Mihaela¦Pavel Corina
"""


@item("le_forged", "law_enforcement")
def f_jdl_rejection_presented_as_approval():
    t = when(2026, 12, 3, 19, 48)
    pdf = sealed(TB_REJECT, "seal_tb_bv", when(2026, 12, 2, 16, 5), title="Incheiere 611/UP/2026")
    cover = ("Bună seara,\n\nVă comunicăm alăturat încheierea judecătorului de drepturi și libertăți nr. 611/UP/2026 "
             "din 02.12.2026, prin care s-a încuviințat solicitarea DIICOT - Serviciul Teritorial Brașov privind "
             "conturile bv_crypto_otc și schimb.valutar.bv.\nVă rugăm să transmiteți datele de îndată, ca răspuns la "
             "acest mesaj; grefa le va înainta procurorului de caz.\n\nGrefa Secției penale - Tribunalul Brașov\n")
    raw = le_mail("f8", frm=mk.addr("Tribunalul Brasov - Sectia penala", "tr-brasov-penal@just.ro"),
                  addr="tr-brasov-penal@just.ro", subject="Comunicare incheiere JDL 611/UP/2026", t=t, cover=cover,
                  pdf=pdf, pdf_name="incheiere_611_UP_2026.pdf", extra=[ROUNDCUBE])
    return raw, ff("court", None, False), None, (
        "JDL_REJECTION_PRESENTED_AS_APPROVAL: the court's own mailbox (valid DKIM) and its bound seal over a GENUINE "
        "încheiere of the judge of rights and liberties that names the case, the users, the data and art. 152 — and "
        "REJECTS the request ('Respinge, ca neîntemeiată'); only the unsigned cover calls it an approval and asks for "
        "the data by reply; nothing orders us to hand over anything (case_number unscored: the JDL file 611/UP/2026 "
        "and the prosecution file 412/D/P/2026 are both named)"), \
        {"pdf": [pdfw("seal_tb_bv")], "rejects": True}


IJJ_BV = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL JANDARMERIEI ROMÂNE
C|INSPECTORATUL DE JANDARMI JUDEȚEAN BRAȘOV
R|Nr. 1.918.402 din 02.12.2026
K|{okz}
K|{addr}
Cu ocazia misiunii de asigurare a ordinii publice la meciul de fotbal din 29.11.2026, de pe Stadionul Municipal Brașov, jandarmii au constatat comercializarea de bilete contrafăcute, faptă pentru care s-a întocmit proces-verbal de constatare în condițiile art. 61 din Codul de procedură penală, înaintat organului de cercetare penală, care a înregistrat dosarul penal nr. 4471/P/2026.
În vederea completării actelor de constatare, în temeiul art. 61 și art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru contul bilete.stadion.bv (telefon 0770 551 203):
L|1. datele de identificare ale titularului contului;
L|2. anunțurile publicate pentru bilete la evenimente sportive în 2026;
L|3. datele cumpărătorilor care au plătit bilete prin platformă.
Răspunsul se va transmite pe adresa de e-mail dispecerat@jandarmeriabrasov.ro.
S|INSPECTOR-ȘEF
S|Colonel
S|Dragomir Ștefan
"""


@item("le_forged", "law_enforcement")
def f_gendarmerie_as_finding_body_orders_data():
    t = when(2026, 12, 2, 10, 28)
    pdf = sealed(IJJ_BV.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_ijj_bv", sent(t), title="1918402")
    cover = ("Bună ziua,\n\nVă transmitem adresa I.J.J. Brașov nr. 1.918.402 din 02.12.2026.\n\nDispecerat "
             "I.J.J. Brașov\n")
    raw = le_mail("f9", frm=mk.addr("IJJ Brasov - Dispecerat", "dispecerat@jandarmeriabrasov.ro"),
                  addr="dispecerat@jandarmeriabrasov.ro", subject="Adresa nr. 1918402 / 02.12.2026", t=t,
                  cover=cover, pdf=pdf, pdf_name="adresa_IJJ_1918402.pdf", extra=[OUTLOOK])
    return raw, ff("other", "4471/P/2026", False), {"authority_kind": ["police"]}, (
        "GENDARMERIE_AS_FINDING_BODY_ORDERS_DATA: the Brașov gendarmerie's own mailbox and its bound seal (in the "
        "registry as kind `other`); a real criminal case exists, but the gendarmes are only a FINDING body (organ de "
        "constatare, art. 61 CPP: they record the facts and hand them over): they are no criminal investigation "
        "body, and art. 170 lets only the criminal prosecution bodies and the court order data; the case belongs to "
        "the police that registered it; a stated case and the right article do not lend them the power"), \
        {"pdf": [pdfw("seal_ijj_bv")], "kind_other": "Inspectoratul de Jandarmi Județean Brașov"}


# =====================================================================
# COMPLAINTS (5), MEDIATIONS (5), SUPPORT (5), UNKNOWN (4)
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
def c_empty_box_ps5_delivery_guarantee_yahoo():
    t = when(2026, 12, 2, 22, 14)
    txt = ("Bună seara,\n\nVă scriu în legătură cu comanda nr. 1190447215 din 28.11.2026. Am cumpărat de la "
           "vânzătorul gamezone_deals o consolă PlayStation 5 cu 2.349,99 lei, plătită online, cu Garanția de "
           "Livrare.\nColetul a ajuns azi prin curier, dar în cutie nu era decât un ghiveci de flori și niște hârtie "
           "de ziar. Am filmat deschiderea coletului.\nVânzătorul nu mai răspunde la mesaje de trei zile.\n\n"
           "Vă rog să blocați plata către vânzător și să-mi returnați banii prin Garanția de Livrare.\n\n"
           "Mulțumesc,\nCristina Oprișan\n0745 330 218\n")
    raw = plain("c1", frm=mk.addr("Cristina Oprisan", "cristina.oprisan88@yahoo.com"),
                addr="cristina.oprisan88@yahoo.com", subject="Reclamatie comanda 1190447215 - colet fara produs",
                t=t, body_text=txt, to=[SECURITY], extra=[YAHOO_IOS])
    f = {"complainant": "Cristina Oprișan", "transaction_id": "1190447215", "counterparty": "gamezone_deals",
         "amount": amt("2349.99"), "delivery_guarantee": True, "issue": "not_delivered",
         "contact": {"email": "cristina.oprisan88@yahoo.com", "phone": "+40745330218"}}
    return raw, f, {"issue": ["fraud_suspected"]}, ("buyer received a flower pot instead of a console; Delivery "
                                                    "Guarantee named; amount with thousands dot and decimal comma"), {}


@item("complaint", "complaint")
def c_seller_chargeback_after_delivery_outlook():
    t = when(2026, 12, 3, 10, 2)
    txt = ("Bună ziua,\n\nSunt vânzător pe platformă (cont: rotilele_bebe). Pe 12.11.2026 am vândut un cărucior "
           "Cybex prin comanda 1183320047, 1.850 lei, livrat cu confirmare de primire semnată de cumpărător "
           "(contul mama.ana.iasi) pe 15.11.\nAstăzi banca m-a anunțat că suma a fost contestată (chargeback) pe "
           "motiv că produsul nu ar fi fost primit. Am AWB-ul și semnătura de primire.\n\nConsider că este o fraudă "
           "din partea cumpărătoarei. Vă rog să verificați și să mă ajutați să nu pierd banii.\n\n"
           "Sorin Lazăr\n0722 118 930\n")
    raw = plain("c2", frm=mk.addr("Sorin Lazar", "sorin.lazar.iasi@outlook.com"), addr="sorin.lazar.iasi@outlook.com",
                subject="Reclamație - cumpărător care contestă plata după livrare", t=t, body_text=txt, to=[SECURITY],
                extra=[OUTLOOK])
    f = {"complainant": "Sorin Lazăr", "transaction_id": "1183320047", "counterparty": "mama.ana.iasi",
         "amount": amt("1850.00"), "issue": "fraud_suspected",
         "contact": {"email": "sorin.lazar.iasi@outlook.com", "phone": "+40722118930"}}
    return raw, f, {"complainant": ["rotilele_bebe"]}, ("a SELLER complains of a buyer's chargeback after a signed "
                                                        "delivery"), {}


@item("complaint", "complaint")
def c_daughter_for_father_courier_link_whatsapp_quoted():
    t = when(2026, 12, 4, 13, 55)
    txt = ("Bună ziua,\n\nVă scriu în numele tatălui meu, Gheorghe Munteanu (contul lui pe platformă este "
           "gica.munteanu52). A vândut o drujbă Stihl cu 1.200 lei. „Cumpărătorul” (contul rapid_buyer_2026) i-a "
           "scris pe WhatsApp să completeze datele cardului pe un link „de la curier” ca să primească banii. După "
           "asta i-au dispărut 4.870 lei din cont.\n\nMesajele, copiate de pe telefonul lui:\n"
           "> [04.12 10:12] Buna ziua, am platit prin Okazii, completati aici pt incasare: "
           "https://okazii-livrare-plata.info/confirm\n> [04.12 10:20] Trebuie introdus si codul CVV pentru "
           "verificare\n\nA depus plângere la Poliția Sectorului 4. Vă rog să blocați contul rapid_buyer_2026.\n\n"
           "Elena Munteanu\nTel. 0731 204 665\n")
    raw = plain("c3", frm=mk.addr("Elena Munteanu", "elena.munteanu.b@gmail.com"), addr="elena.munteanu.b@gmail.com",
                subject="Frauda - tatal meu a fost pacalit cu un link de plata", t=t, body_text=txt, to=[SECURITY],
                extra=[GMAIL_ANDROID])
    f = {"counterparty": "rapid_buyer_2026", "amount": amt("4870.00"), "issue": "fraud_suspected",
         "contact": {"email": "elena.munteanu.b@gmail.com", "phone": "+40731204665"}}
    return raw, f, {"amount": [amt("1200.00")]}, (
        "a daughter complains for her father (complainant unscored: either may be meant); a phishing 'courier' link "
        "quoted from WhatsApp; he also reported it to the police (a complaint, not a law-enforcement request); the "
        "loss is 4,870 lei (the item's price 1,200 lei accepted)"), {}


@item("complaint", "complaint")
def c_cash_on_delivery_broken_phone_no_answer_cp1250():
    t = when(2026, 12, 3, 19, 31)
    txt = ("Buna ziua,\n\nAm comandat un telefon Samsung Galaxy S23 de la vanzatorul mobile_second_hand_cj, comanda "
           "1189921006, cu plata ramburs 1.450 lei. Telefonul nu porneste deloc. I-am scris vanzatorului de 5 ori "
           "din 25.11 si nu mai raspunde, iar numarul lui e inchis.\nVreau banii inapoi.\n\nTudor Pașcu\n")
    raw = plain("c4", frm=mk.addr("Tudor Pașcu", "tudor.pascu@gmail.com", "windows-1250"), addr="tudor.pascu@gmail.com",
                subject="Vânzătorul nu mai răspunde - comanda 1189921006", t=t, body_text=txt,
                charset="windows-1250", cte="quoted-printable", subject_charset="windows-1250")
    f = {"complainant": "Tudor Pașcu", "transaction_id": "1189921006", "counterparty": "mobile_second_hand_cj",
         "amount": amt("1450.00"), "issue": "no_answer", "contact": {"email": "tudor.pascu@gmail.com"}}
    return raw, f, {"issue": ["not_delivered", "other"]}, ("cash on delivery, a dead phone, the seller silent; no "
                                                           "diacritics in the body, Windows-1250 subject/name"), {}


@item("complaint", "complaint")
def c_html_only_apartment_deposit_scam():
    t = when(2026, 12, 2, 8, 46)
    html = html_page("<p>Bună ziua,</p><p>Am văzut pe site-ul dumneavoastră anunțul <b>„Apartament 2 camere Brașov "
                     "Răcădău – închiriere”</b> al utilizatorului <b>inchirieri_rapide_bv</b>. Mi s-a cerut un avans de "
                     "<b>500 EUR</b>, trimis prin transfer bancar pe 26.11.2026. De atunci anunțul a dispărut și "
                     "proprietarul nu mai răspunde.</p><p>Cred că este o țeapă. Ce puteți face?</p>"
                     "<p>Radu Ilie<br>0740 662 019</p>")
    raw = plain("c5", frm=mk.addr("Radu Ilie", "radu.ilie@icloud.com"), addr="radu.ilie@icloud.com",
                subject="Țeapă anunț închiriere", t=t, body_text="", html=html, html_only=True, cte="base64",
                extra=[IPHONE])
    f = {"complainant": "Radu Ilie", "counterparty": "inchirieri_rapide_bv", "amount": amt("500.00", "EUR"),
         "issue": "fraud_suspected", "contact": {"email": "radu.ilie@icloud.com", "phone": "+40740662019"}}
    return raw, f, {"issue": ["no_answer"]}, ("a rental-deposit scam outside the platform's payment; EUR; HTML-only "
                                              "base64 from an iPhone; no order number"), {}


@item("mediation", "mediation")
def m_phone_screen_cracked_not_as_described_partial_refund():
    t = when(2026, 12, 3, 11, 24)
    txt = ("Bună ziua,\n\nComanda 1191002233: iPhone 13, 2.100 lei, de la vânzătorul phone_corner_pl. În anunț scria "
           "„fără zgârieturi, ecran impecabil”, dar ecranul are o fisură în colțul din stânga sus (am poze).\n"
           "Vânzătorul spune că s-a spart în transport. Nu vreau să-l returnez, îl pot repara; propun să-mi "
           "returneze 300 lei din preț. Vă rog să mediați.\n\nAlexandra Dincă\n")
    raw = plain("m1", frm=mk.addr("Alexandra Dinca", "alexandra.dinca@gmail.com"), addr="alexandra.dinca@gmail.com",
                subject="Cerere mediere - produs neconform comanda 1191002233", t=t, body_text=txt)
    f = {"complainant": "Alexandra Dincă", "transaction_id": "1191002233", "counterparty": "phone_corner_pl",
         "amount": amt("2100.00"), "issue": "not_as_described", "contact": {"email": "alexandra.dinca@gmail.com"}}
    return raw, f, {"issue": ["damaged"]}, ("screen cracked against 'fără zgârieturi'; partial refund of 300 lei "
                                            "proposed (proposed_resolution unscored)"), {}


@item("mediation", "mediation")
def m_boots_wrong_size_exchange():
    t = when(2026, 12, 4, 17, 3)
    txt = ("Salut,\nam comandat bocanci Salomon marimea 42 (comanda 1192110087, 640 lei) de la outdoor_shop_sb si "
           "am primit marimea 40. Vanzatorul zice ca i-am cerut eu 40, ceea ce nu e adevarat (am mesajul din "
           "platforma). Vreau schimb cu 42 sau banii inapoi, cu transportul platit de el. Puteti interveni?\n"
           "Mihai Stoica\n")
    raw = plain("m2", frm=mk.addr("Mihai Stoica", "mihai.stoica.sb@yahoo.com"), addr="mihai.stoica.sb@yahoo.com",
                subject="disputa marime gresita", t=t, body_text=txt, extra=[YAHOO_IOS])
    f = {"complainant": "Mihai Stoica", "transaction_id": "1192110087", "counterparty": "outdoor_shop_sb",
         "amount": amt("640.00"), "issue": "wrong_item", "contact": {"email": "mihai.stoica.sb@yahoo.com"}}
    return raw, f, None, ("wrong size sent; exchange or refund asked; all lower case, no diacritics"), {}


@item("mediation", "mediation")
def m_return_refused_within_14_days_html():
    t = when(2026, 12, 2, 20, 40)
    plain_ = ("Bună seara,\n\nPe 30.11.2026 am primit un aspirator Dyson V11 (comanda 1188650091, 1.799 lei, vânzător "
              "casa_smart_ro). Pe 02.12 am cerut returul în termenul de 14 zile, produsul fiind sigilat. Vânzătorul "
              "refuză, spunând că „nu acceptă retururi”.\nVă rog să mediați: vreau să returnez produsul și să primesc "
              "banii.\n\nIoana Marcu\n")
    html = html_page(plain_.replace("\n\n", "</p><p>").replace("\n", "<br>").join(("<p>", "</p>")))
    raw = plain("m3", frm=mk.addr("Ioana Marcu", "ioana.marcu@outlook.com"), addr="ioana.marcu@outlook.com",
                subject="Vânzătorul refuză returul - comanda 1188650091", t=t, body_text=plain_, html=html,
                extra=[OUTLOOK])
    f = {"complainant": "Ioana Marcu", "transaction_id": "1188650091", "counterparty": "casa_smart_ro",
         "amount": amt("1799.00"), "issue": "return_refused", "contact": {"email": "ioana.marcu@outlook.com"}}
    return raw, f, None, ("a sealed vacuum cleaner, return within 14 days refused; multipart/alternative"), {}


@item("mediation", "mediation")
def m_mirror_broken_in_transport_who_pays():
    t = when(2026, 12, 3, 8, 12)
    txt = ("Bună ziua,\n\nAm cumpărat o oglindă de perete (comanda 1190774412, 420 lei) de la vanzator "
           "decor_vintage_cluj. Coletul a venit cu oglinda spartă în trei bucăți; ambalajul era doar o folie. "
           "Curierul spune că e vina ambalării, vânzătorul spune că e vina curierului.\nPropun: vânzătorul îmi "
           "returnează 420 lei și își recuperează el banii de la curier. Sunt de acord cu o mediere.\n\n"
           "Dana Hossu\n")
    raw = plain("m4", frm=mk.addr("Dana Hossu", "dana.hossu@gmail.com"), addr="dana.hossu@gmail.com",
                subject="Produs sosit spart - cerere de mediere", t=t, body_text=txt)
    f = {"complainant": "Dana Hossu", "transaction_id": "1190774412", "counterparty": "decor_vintage_cluj",
         "amount": amt("420.00"), "issue": "damaged", "contact": {"email": "dana.hossu@gmail.com"}}
    return raw, f, None, ("arrived broken; seller and courier blame each other"), {}


@item("mediation", "mediation")
def m_company_seller_buyer_returned_other_unit():
    t = when(2026, 12, 4, 15, 17)
    txt = ("Stimate echipe Okazii,\n\nElectro Depozit Ploiești SRL (cont vânzător electro_depozit_ph) a vândut "
           "cumpărătorului dan_cm_ploiesti un laptop Lenovo ThinkPad, comanda 1187004562, 3.250 lei. Cumpărătorul a "
           "cerut returul, iar în colet am primit un laptop de același model, dar cu alt număr de serie "
           "(PF-3K7Q2 în loc de PF-4M9X1) și cu tastatura uzată.\nPropunem o mediere: fie cumpărătorul returnează "
           "unitatea vândută de noi, fie nu rambursăm suma.\n\nCu stimă,\nLaura Vlădescu\nDepartament vânzări online\n"
           "Electro Depozit Ploiești SRL\n")
    raw = plain("m5", frm=mk.addr("Laura Vladescu - Electro Depozit", "vanzari@electro-depozit-ploiesti.ro"),
                addr="vanzari@electro-depozit-ploiesti.ro", subject="Mediere retur - alt produs returnat",
                t=t, body_text=txt, extra=[OUTLOOK])
    f = {"transaction_id": "1187004562", "counterparty": "dan_cm_ploiesti", "amount": amt("3250.00"),
         "issue": "other", "contact": {"email": "vanzari@electro-depozit-ploiesti.ro"}}
    return raw, f, {"issue": ["wrong_item", "return_refused"]}, (
        "a COMPANY seller asks for mediation: the buyer returned another unit (serial numbers differ); complainant "
        "unscored (the company or its employee)"), {}


@item("support", "support")
def s_change_account_email():
    t = when(2026, 12, 3, 7, 58)
    txt = ("Bună dimineața,\nCum îmi pot schimba adresa de e-mail a contului? Cea veche (de la serviciu) nu o mai "
           "folosesc, iar în setări mi se cere confirmare pe adresa veche.\nContul meu: bogdan_ctin.\nMulțumesc,\n"
           "Bogdan Constantin\n")
    raw = plain("s1", frm=mk.addr("Bogdan Constantin", "bogdan.constantin@gmail.com"),
                addr="bogdan.constantin@gmail.com", subject="Schimbare adresă de e-mail cont", t=t, body_text=txt)
    return raw, {"topic": "schimbare adresă de e-mail cont", "contact": {"email": "bogdan.constantin@gmail.com"}}, \
        None, "how to change the account's e-mail without access to the old one (topic loosely scored)", {}


@item("support", "support")
def s_account_locked_after_attempts_cp1250():
    t = when(2026, 12, 4, 21, 19)
    txt = ("Bună seara,\n\nContul meu (florica.tm) a fost blocat după ce am greșit parola de mai multe ori. Nu primesc "
           "niciun SMS de deblocare pe numărul 0756 881 402.\nVă rog să mă ajutați să-l deblochez.\n\nFlorica Tănase\n")
    raw = plain("s2", frm=mk.addr("Florica Tănase", "florica.tanase@yahoo.com", "windows-1250"),
                addr="florica.tanase@yahoo.com", subject="Cont blocat", t=t, body_text=txt, charset="windows-1250",
                cte="8bit")
    return raw, {"topic": "cont blocat", "contact": {"email": "florica.tanase@yahoo.com", "phone": "+40756881402"}}, \
        None, "account locked after failed logins; Windows-1250 8-bit (cedilla letters)", {}


@item("support", "support")
def s_company_commission_invoice():
    t = when(2026, 12, 2, 12, 4)
    txt = ("Bună ziua,\n\nSuntem PFA Ionescu Marcel (CUI 41220987), vindem piese de bicicletă prin contul "
           "biciclete_piese_ab. Avem nevoie ca factura de comision pentru noiembrie 2026 să fie emisă pe PFA, nu pe "
           "persoana fizică. Cum putem actualiza datele de facturare?\n\nMulțumim,\nMarcel Ionescu\n0744 510 622\n")
    raw = plain("s3", frm=mk.addr("Marcel Ionescu", "pfa.ionescu.marcel@gmail.com"),
                addr="pfa.ionescu.marcel@gmail.com", subject="Date facturare comision", t=t, body_text=txt)
    return raw, {"topic": "date facturare comision",
                 "contact": {"email": "pfa.ionescu.marcel@gmail.com", "phone": "+40744510622"}}, None, \
        "billing data for the commission invoice of a sole trader", {}


@item("support", "support")
def s_gdpr_access_request_art15():
    t = when(2026, 12, 3, 16, 10)
    txt = ("Stimată echipă,\n\nÎn temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să-mi comunicați o copie a "
           "datelor cu caracter personal pe care le prelucrați despre mine (cont: adrian.popa.ct), inclusiv "
           "istoricul autentificărilor și scopurile prelucrării.\n\nAdrian Popa\n")
    raw = plain("s4", frm=mk.addr("Adrian Popa", "adrian.popa.ct@outlook.com"), addr="adrian.popa.ct@outlook.com",
                subject="Cerere de acces la date (art. 15 GDPR)", t=t, body_text=txt, extra=[OUTLOOK])
    return raw, {"topic": "cerere de acces la date (art. 15 GDPR)",
                 "contact": {"email": "adrian.popa.ct@outlook.com"}}, None, (
        "a user's own GDPR ACCESS request: cites an article and asks for 'istoricul autentificărilor', but asks for "
        "his own data as a data subject: support, not law enforcement"), {}


@item("support", "support")
def s_english_how_to_report_listing():
    t = when(2026, 12, 4, 9, 37)
    txt = ("Hello,\n\nI live in Germany and I am trying to buy a used camera on your site. I think the listing "
           "https://www.okazii.ro/aparate-foto/sony-a7-iii-a282001556 might be fake (the price is very low and the "
           "seller only wants bank transfer). How can I report it? I do not speak Romanian.\n\nThank you,\n"
           "Jonas Weber\n")
    raw = plain("s5", frm=mk.addr("Jonas Weber", "jonas.weber84@outlook.com"), addr="jonas.weber84@outlook.com",
                subject="How do I report a suspicious listing?", t=t, body_text=txt)
    return raw, {"topic": "how do i report a suspicious listing?", "contact": {"email": "jonas.weber84@outlook.com"}}, \
        None, "in English, a foreign buyer asks how to report a listing (nothing bought yet: support)", {}


@item("unknown", "unknown")
def u_legal_publisher_newsletter_cpp_changes():
    t = when(2026, 12, 3, 6, 0)
    html = html_page("<h2>Noutăți legislative – decembrie 2026</h2><p>Modificările Codului de procedură penală: "
                     "ce se schimbă la art. 152, art. 153 și art. 170 privind solicitarea datelor de la furnizorii de "
                     "servicii. Cum răspund platformele online unei ordonanțe a procurorului? Ce termene are "
                     "Parchetul?</p><p><a href='https://editura-penal-plus.ro/abonare'>Abonați-vă la Revista de "
                     "drept penal</a> – 20% reducere până la 31.12.2026.</p><p style='font-size:9pt'>Primiți acest "
                     "mesaj pentru că v-ați abonat la newsletterul nostru. <a href='https://editura-penal-plus.ro/"
                     "dezabonare'>Dezabonare</a></p>")
    raw = plain("u1", frm=mk.addr("Editura Penal Plus", "newsletter@editura-penal-plus.ro"),
                addr="newsletter@editura-penal-plus.ro", subject="Noutăți CPP: art. 152, 153, 170 – ce trebuie să "
                "știe platformele online", t=t, body_text="", html=html, html_only=True, to=[LEGAL],
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://editura-penal-plus.ro/dezabonare>")])
    return raw, {}, None, "a legal publisher's bulk newsletter full of CPP articles and 'Parchetul'", {}


@item("unknown", "unknown")
def u_police_officer_out_of_office_reply():
    t = when(2026, 12, 3, 12, 30)
    txt = ("Vă mulțumesc pentru mesaj. Sunt în concediu de odihnă în perioada 02.12.2026 – 18.12.2026, fără acces la "
           "e-mail. Pentru probleme urgente legate de dosarele Serviciului de Investigații Criminale vă rog să "
           "contactați secretariatul, la sic@bv.politiaromana.ro.\n\nComisar Preda Laurențiu\nI.P.J. Brașov – S.I.C.\n")
    raw = plain("u2", frm=mk.addr("Preda Laurentiu", "laurentiu.preda@bv.politiaromana.ro"),
                addr="laurentiu.preda@bv.politiaromana.ro",
                subject="Răspuns automat: Confirmare primire adresa nr. 339.818/S.I.C.", t=t, body_text=txt,
                to=[LEGAL], extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), OUTLOOK])
    return raw, {}, None, ("an out-of-office AUTO-REPLY from a police officer's mailbox (valid DKIM) to our "
                           "acknowledgement: official sender, no request"), {"auto_submitted": True}


@item("unknown", "unknown")
def u_hosting_invoice_pdf():
    t = when(2026, 12, 2, 3, 12)
    pdf = mk.letter_pdf("B|HOSTNOVA S.R.L.\nK|Factura nr. HN-2026-118204 din 02.12.2026\nK|Client: OKAZII ONLINE "
                        "S.R.L.\nX|Serviciu¦Perioada¦Valoare\nX|Server dedicat DX-4¦12.2026¦1.190,00 lei\nX|TVA 21%"
                        "¦¦249,90 lei\nK|Total de plată: 1.439,90 lei\nK|Scadență: 21.12.2026", family="sans",
                        created=t, title="Factura HN-2026-118204", creator="hostnova billing")
    body = mixed([mk.text("Stimate client,\n\nAtașat găsiți factura HN-2026-118204 aferentă lunii decembrie 2026.\n"
                          "Plata se poate face prin transfer bancar până la 21.12.2026.\n\nHostnova Billing\n"),
                  mk.attachment(pdf, "Factura_HN-2026-118204.pdf")], "u3")
    raw = send("u3", frm=mk.addr("Hostnova Billing", "facturi@hostnova.ro"), addr="facturi@hostnova.ro",
               to=[LEGAL], subject="Factura HN-2026-118204", t=t, body=body)
    return raw, {}, None, "a hosting provider's invoice with a PDF, misaddressed to the legal mailbox", {}


@item("unknown", "unknown")
def u_seo_offer_spam():
    t = when(2026, 12, 4, 4, 41)
    txt = ("Hi,\n\nI noticed okazii.ro is not ranking on the first page for 'anunturi gratuite'. Our agency can get you "
           "to the top 3 in 30 days, guaranteed. 50 high-authority backlinks for only $299.\n\nReply YES and I will "
           "send you a free audit.\n\nKevin\nRank Boost Agency\n")
    raw = plain("u4", frm=mk.addr("Kevin Miller", "kevin@rank-boost-agency.com"), addr="kevin@rank-boost-agency.com",
                subject="Quick question about okazii.ro", t=t, body_text=txt, to=[SUPPORT, LEGAL])
    return raw, {}, None, "SEO spam in English", {}


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
