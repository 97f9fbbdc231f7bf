#!/usr/bin/env python3
"""Blind round 12, mail half: writes ``mail/*.eml``, ``mail/truth.jsonl`` and ``mail/material.json``.

Written blind (see README.md). Uses ``mailkit.py`` (round 11's kit, copied unchanged as a tool), the paper kit
``paper/inkkit.py`` and the world made by ``make_world.py``. Deterministic headers, letters and numbers; CMS/PDF
signature bytes may differ between runs (signing times are fixed). The import/``item()``/``mid()``/``ip_of()``/
``send()`` header and ``main()`` are round 11's (main() now splits half dev, half blind); every letter and every item
is new.
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
NUMBER_SEED = 20261241
SPLIT_SEED = 20261240


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

CT_SICE = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA
C|Serviciul de Investigare a Criminalității Economice
R|NESECRET
R|Constanța, 03.12.2026
K|Nr. 412.907/S3/2 din 03.12.2026
K|Exemplar nr. 1/2
K|{okz}
K|{addr}
T|ADRESĂ
Serviciul de Investigare a Criminalității Economice din cadrul I.P.J. Constanța efectuează cercetări în Dosarul penal nr. 5873/P/2026, aflat sub supravegherea Parchetului de pe lângă Judecătoria Constanța, privind săvârșirea infracțiunii de înșelăciune prevăzută de art. 244 din Codul penal, în care mai multe persoane vătămate au achitat avansuri pentru apartamente de vacanță în stațiunea Mamaia, oferite spre închiriere prin platforma dumneavoastră.
În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru contul de utilizator marinar_ct77, asociat adresei de e-mail bogdan.stan1989@yahoo.com și numărului de telefon 0744 318 905, următoarele:
L|a) datele de identificare ale titularului contului, inclusiv numele, adresa și CNP-ul declarate;
L|b) istoricul anunțurilor publicate și al tranzacțiilor, cu data, suma și datele contrapartidei;
L|c) adresele IP de la care s-a realizat autentificarea în cont, cu data și ora.
Datele solicitate privesc perioada 01.09.2026 – 02.12.2026.
Răspunsul va fi transmis în format electronic, la adresa de e-mail sice@ct.politiaromana.ro, menționând numărul de mai sus.
S|Șef serviciu,
S|Comisar-șef de poliție
S|DOBRE MARIAN
s|Red./Dact. D.M./2 ex. – document semnat cu sigiliul electronic calificat al I.P.J. Constanța
"""


@item("le_gen", "law_enforcement")
def g_constanta_sice_lettered_vacation_rentals():
    t = when(2026, 12, 3, 11, 42)
    pdf = sealed(CT_SICE.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_ipj_ct", sent(t), title="Adresa 412907")
    cover = ("Bună ziua,\n\nVă transmitem, atașat, adresa nr. 412.907/S3/2 din 03.12.2026 a Serviciului de "
             "Investigare a Criminalității Economice, semnată cu sigiliul electronic calificat al I.P.J. Constanța.\n\n"
             "Cu stimă,\nSecretariat S.I.C.E.\nI.P.J. Constanța\nTel. 0241 573 100, int. 20412\n")
    raw = le_mail("g1", frm=mk.addr("IPJ Constanța - SICE", "sice@ct.politiaromana.ro"),
                  addr="sice@ct.politiaromana.ro", subject="Adresa nr. 412.907/S3/2 - dosar penal 5873/P/2026",
                  t=t, cover=cover, pdf=pdf, pdf_name="Adresa_412907_S3_2.pdf", extra=[OUTLOOK])
    f = le("police", authority="Inspectoratul de Poliție Județean Constanța", reference_number="412.907/S3/2",
           reference_date="2026-12-03", case_number="5873/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "marinar_ct77"), sub("email", "bogdan.stan1989@yahoo.com"),
                     sub("phone", "+40744318905")],
           requested_data=["datele de identificare ale titularului contului, inclusiv numele, adresa și CNP-ul declarate",
                           "istoricul anunțurilor publicate și al tranzacțiilor, cu data, suma și datele contrapartidei",
                           "adresele IP de la care s-a realizat autentificarea în cont, cu data și ora"],
           period={"from": "2026-09-01", "to": "2026-12-02"}, response_channel="electronic",
           reply_to="sice@ct.politiaromana.ro", signatory="Comisar-șef de poliție Dobre Marian")
    acc = {"authority": ["IPJ Constanța", "Inspectoratul de Poliție Județean Constanța - Serviciul de Investigare a "
                         "Criminalității Economice", "Serviciul de Investigare a Criminalității Economice"],
           "reference_number": ["412907/S3/2"], "signatory": ["Șef serviciu Comisar-șef de poliție Dobre Marian"]}
    return raw, f, acc, ("IPJ Constanța SICE; number with series and slashes (412.907/S3/2); items a)-c) carry commas "
                         "and 'și' inside; users as username, e-mail and 07xx phone; seal"), {"pdf": [pdfw("seal_ipj_ct")]}


SRPT = """
B|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
B|DIRECȚIA DE POLIȚIE TRANSPORTURI
B|SERVICIUL REGIONAL DE POLIȚIE TRANSPORTURI BRAȘOV
K|Nr. 2.118.340/DPT/SRPT-BV din 2 decembrie 2026
R|Brașov, 2 decembrie 2026
K|{okz}
Stimate doamne, stimați domni,
Serviciul Regional de Poliție Transporturi Brașov efectuează, sub supravegherea Parchetului de pe lângă Judecătoria Brașov, cercetări în dosarul penal nr. 1904/P/2026, privind sustragerea unor componente din cupru (cabluri și contacte electrice) de la instalațiile feroviare din stația Brașov Triaj, componente ce au fost ulterior oferite spre vânzare prin platforma administrată de societatea dumneavoastră.
În baza dispozițiilor art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru conturile de mai jos:
X|Nr. ¦ Nume utilizator ¦ ID utilizator ¦ Telefon declarat
X|1 ¦ feroviar_bv ¦ 50817734 ¦ +40 722 640 118
X|2 ¦ piese_cfr_2026 ¦ 51022918 ¦ 0368 401 227
L|1. datele de identificare și de contact ale titularilor;
L|2. lista anunțurilor publicate, cu titlul, prețul și fotografiile acestora;
L|3. modalitățile de plată și de livrare alese în fiecare tranzacție.
Perioada vizată: 15.10.2026 – 01.12.2026.
Vă rugăm să transmiteți răspunsul prin e-mail, la adresa srpt.brasov@politiaromana.ro.
S|ȘEF SERVICIU
S|Comisar de poliție
S|Oprea Cătălin-Ionuț
"""


@item("le_gen", "law_enforcement")
def g_srpt_brasov_railway_copper_table():
    t = when(2026, 12, 3, 9, 18)
    pdf = sealed(SRPT.format(okz=OKZ_HDR), "seal_igpr", sent(t), family="sans", title="SRPT BV")
    cover = ("Buna ziua,\n\nAtasat va transmitem adresa SRPT Brasov nr. 2.118.340 din 02.12.2026.\n\n"
             "Ag. sef pr. Nistor Ilie\nSRPT Brasov - Politia Transporturi\n")
    raw = le_mail("g2", frm=mk.addr("SRPT Brasov", "srpt.brasov@politiaromana.ro"),
                  addr="srpt.brasov@politiaromana.ro", subject="adresa Politia Transporturi Brasov",
                  t=t, cover=cover, pdf=pdf, pdf_name="adresa SRPT BV.pdf", extra=[TB])
    f = le("police", authority="Serviciul Regional de Poliție Transporturi Brașov", reference_number="2.118.340/DPT/SRPT-BV",
           reference_date="2026-12-02", case_number="1904/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "feroviar_bv"), sub("user_id", "50817734"), sub("phone", "+40722640118"),
                     sub("username", "piese_cfr_2026"), sub("user_id", "51022918"), sub("phone", "+40368401227")],
           requested_data=["datele de identificare și de contact ale titularilor",
                           "lista anunțurilor publicate, cu titlul, prețul și fotografiile acestora",
                           "modalitățile de plată și de livrare alese în fiecare tranzacție"],
           period={"from": "2026-10-15", "to": "2026-12-01"}, response_channel="electronic",
           reply_to="srpt.brasov@politiaromana.ro", signatory="Comisar de poliție Oprea Cătălin-Ionuț")
    acc = {"authority": ["Inspectoratul General al Poliției Române", "Direcția de Poliție Transporturi",
                         "Poliția Transporturi Brașov"], "reference_number": ["2118340/DPT/SRPT-BV", "2.118.340"]}
    return raw, f, acc, ("Poliția Transporturi (a regional service of IGPR's transport police directorate, no registry "
                         "entry of its own) writes from a politiaromana.ro mailbox with IGPR's seal; date in words; users "
                         "in a table (username, id, +40 and 0368 phones)"), {"pdf": [pdfw("seal_igpr")]}


PJ_MG = """
C|ROMÂNIA
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MANGALIA
K|Dosar nr. 1466/P/2026
K|Nr. 1466/P/2026 din 01.XII.2026
K|{okz}
Procuror Cazacu Roxana-Elena, din cadrul Parchetului de pe lângă Judecătoria Mangalia, având în vedere cercetările efectuate în dosarul penal nr. 1466/P/2026, privind infracțiunea de fraudă informatică (art. 249 Cod penal), în temeiul art. 170 alin. (1) și (2) din Codul de procedură penală,
C|SOLICITĂ
comunicarea următoarelor date privind utilizatorul cu ID 48211093, care a încasat plăți în contul IBAN {iban}:
L|a) datele de identificare ale utilizatorului;
L|b) conturile bancare asociate contului de utilizator și plățile primite prin platformă;
L|c) mesajele schimbate prin platformă în legătură cu tranzacția nr. 7730114802.
Răspunsul va fi comunicat prin curier, pe suport de hârtie, la sediul Parchetului de pe lângă Judecătoria Mangalia, Str. Ștefan cel Mare nr. 16, Mangalia, județul Constanța.
S|PROCUROR,
S|Cazacu Roxana-Elena
"""


@item("le_gen", "law_enforcement")
def g_pj_mangalia_roman_month_courier_iso88592():
    t = when(2026, 12, 3, 14, 5)
    iban = mk.ro_iban("BTRL", "RONCRT0631559801")
    pdf = sealed(PJ_MG.format(okz=OKZ_HDR, iban=iban), "pers_pj_mangalia", sent(t), title="1466P2026")
    cover = ("Stimată doamnă, stimate domn,\n\nAlăturat vă transmitem adresa în dosarul nr. 1466/P/2026, "
             "semnată electronic de procurorul de caz.\n\nGrefa Parchetului de pe lângă Judecătoria Mangalia\n")
    raw = le_mail("g3", frm=mk.addr("Parchetul Judecatoria Mangalia", "pj.mangalia@mpublic.ro"),
                  addr="pj.mangalia@mpublic.ro", subject="Dosar 1466/P/2026 - solicitare date", t=t, cover=cover,
                  pdf=pdf, pdf_name="1466_P_2026_adresa.pdf", charset="iso-8859-2", cte="8bit")
    f = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Mangalia", reference_number="1466/P/2026",
           reference_date="2026-12-01", case_number="1466/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "48211093"), sub("iban", iban.replace(" ", ""))], transactions=["7730114802"],
           requested_data=["datele de identificare ale utilizatorului",
                           "conturile bancare asociate contului de utilizator și plățile primite prin platformă",
                           "mesajele schimbate prin platformă în legătură cu tranzacția nr. 7730114802"],
           response_channel="courier", signatory="Procuror Cazacu Roxana-Elena")
    return raw, f, None, ("small-town prosecutor's office; 01.XII.2026 (Roman month); reference = case number; user id "
                          "and IBAN; answer by courier to the office's address (reply_to left unscored); the prosecutor's "
                          "bound personal certificate; ISO-8859-2 8-bit cover"), {"pdf": [pdfw("pers_pj_mangalia")]}


TMF = """
C|ROMÂNIA
C|TRIBUNALUL PENTRU MINORI ȘI FAMILIE BRAȘOV
C|SECȚIA PENALĂ
2|Dosar nr. 2875/1371/2026¦Termen: 16.12.2026\\nNr. 2875/1371/2026 din 03.12.2026
K|{okz}
Vă aducem la cunoștință că pe rolul Tribunalului pentru Minori și Familie Brașov se află dosarul nr. 2875/1371/2026, având ca obiect infracțiunile de corupere sexuală a minorilor și de racolare a minorilor în scopuri sexuale, aflat în faza de judecată.
Prin încheierea de ședință din 02.12.2026, instanța a dispus, în temeiul art. 170 din Codul de procedură penală, solicitarea următoarelor date privind contul de utilizator înregistrat cu adresa de e-mail darius.k.rx@gmail.com și numele de utilizator colectionar_bv:
L|– datele de identificare declarate la crearea contului și la ultima modificare a acestora;
L|– adresele IP și datele de autentificare (data, ora, dispozitivul) din perioada 01.06.2026 – 30.11.2026;
L|– conversațiile purtate prin mesageria platformei cu utilizatori minori sau cu conturi create de aceștia.
Datele vor fi comunicate până la termenul de judecată din 16.12.2026, pe adresa de e-mail tmf-bv-penal@just.ro.
2|PREȘEDINTE COMPLET,\\nJudecător Popovici Adela¦GREFIER,\\nIordache Mihai
"""


@item("le_gen", "law_enforcement")
def g_tribunal_minori_brasov_trial():
    t = when(2026, 12, 4, 10, 31)
    pdf = sealed(TMF.format(okz=OKZ_HDR), "seal_tmf_bv", sent(t), title="Adresa 2875/1371/2026", visible=True)
    html = html_page("<p>Bună ziua,</p><p>Vă comunicăm adresa Tribunalului pentru Minori și Familie Brașov în dosarul "
                     "nr. 2875/1371/2026, cu termen la 16.12.2026.</p><p>Grefa Secției penale<br>Tribunalul pentru Minori "
                     "și Familie Brașov</p>")
    raw = le_mail("g4", frm=mk.addr("Tribunalul pentru Minori si Familie Brasov - Sectia penala", "tmf-bv-penal@just.ro"),
                  addr="tmf-bv-penal@just.ro", subject="Comunicare adresa dosar 2875/1371/2026", t=t, cover="",
                  html_cover=html, pdf=pdf, pdf_name="adresa_2875_1371_2026.pdf", extra=[ROUNDCUBE])
    f = le("court", authority="Tribunalul pentru Minori și Familie Brașov", reference_number="2875/1371/2026",
           reference_date="2026-12-03", case_number="2875/1371/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "darius.k.rx@gmail.com"), sub("username", "colectionar_bv")],
           requested_data=["datele de identificare declarate la crearea contului și la ultima modificare a acestora",
                           "adresele IP și datele de autentificare (data, ora, dispozitivul) din perioada 01.06.2026 – 30.11.2026",
                           "conversațiile purtate prin mesageria platformei cu utilizatori minori sau cu conturi create de aceștia"],
           response_channel="electronic", reply_to="tmf-bv-penal@just.ro")
    return raw, f, None, ("specialised court (minors and family), trial phase, court case number with the court's code; "
                          "judge and clerk named side by side (signatory left unscored); visible seal; HTML-only cover"), \
        {"pdf": [pdfw("seal_tmf_bv")]}


DGA = """
C|MINISTERUL AFACERILOR INTERNE
C|DIRECȚIA GENERALĂ ANTICORUPȚIE
C|SERVICIUL JUDEȚEAN ANTICORUPȚIE TIMIȘ
R|NESECRET
K|Nr. 3.411.502/TM
K|Timișoara, 04.12.2026
K|{okz}
K|În atenția: Departamentul Juridic
Serviciul Județean Anticorupție Timiș, în calitate de organ de cercetare penală delegat prin ordonanța procurorului din 20.11.2026, efectuează acte de urmărire penală în dosarul penal nr. 744/P/2026 al Direcției Naționale Anticorupție – Serviciul Teritorial Timișoara, privind săvârșirea infracțiunilor de luare de mită și trafic de influență.
În temeiul art. 170 Cod procedură penală, vă rugăm să ne comunicați, cu privire la utilizatorul agent_vama_tm (telefon +40 745 902 331, e-mail vamesu.tm@yahoo.ro):
L|1. datele de identificare, adresa de livrare și numărul de telefon declarate;
L|2. anunțurile publicate și tranzacțiile încheiate, cu sumele și modalitățile de plată;
L|3. conturile de utilizator legate de același dispozitiv sau de aceeași adresă IP.
Datele se referă la intervalul 01.01.2026 – 30.11.2026.
Răspunsul, pe suport de hârtie sau pe suport optic, va fi transmis prin curier la sediul nostru: Str. Popa Șapcă nr. 8, Timișoara, județul Timiș.
S|ȘEFUL SERVICIULUI
S|Comisar-șef de poliție
S|Bălan Gheorghe-Florin
"""


@item("le_gen", "law_enforcement")
def g_dga_sja_timis_delegated_courier():
    t = when(2026, 12, 4, 13, 2)
    pdf = sealed(DGA.format(okz=OKZ_HDR), "seal_dga", sent(t), title="3411502")
    cover = ("Bună ziua,\n\nVă transmitem alăturat adresa S.J.A. Timiș nr. 3.411.502/TM din 04.12.2026.\n"
             "Răspunsul se va expedia prin curier, la adresa din conținutul adresei.\n\nS.J.A. Timiș\n")
    raw = le_mail("g5", frm=mk.addr("SJA Timis", "sja.timis@dga.mai.gov.ro"), addr="sja.timis@dga.mai.gov.ro",
                  subject="Adresa 3.411.502/TM", t=t, cover=cover, pdf=pdf, pdf_name="adresa.pdf", extra=[OUTLOOK])
    f = le("police", authority="Serviciul Județean Anticorupție Timiș", reference_number="3.411.502/TM",
           reference_date="2026-12-04", case_number="744/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "agent_vama_tm"), sub("phone", "+40745902331"), sub("email", "vamesu.tm@yahoo.ro")],
           requested_data=["datele de identificare, adresa de livrare și numărul de telefon declarate",
                           "anunțurile publicate și tranzacțiile încheiate, cu sumele și modalitățile de plată",
                           "conturile de utilizator legate de același dispozitiv sau de aceeași adresă IP"],
           period={"from": "2026-01-01", "to": "2026-11-30"}, response_channel="courier",
           reply_to="Str. Popa Șapcă nr. 8, Timișoara, județul Timiș",
           signatory="Comisar-șef de poliție Bălan Gheorghe-Florin")
    acc = {"authority": ["Direcția Generală Anticorupție", "DGA", "DGA - Serviciul Județean Anticorupție Timiș"],
           "authority_kind": ["other"], "reference_number": ["3411502/TM"],
           "reply_to": ["Str. Popa Șapcă nr. 8, Timișoara"]}
    return raw, f, acc, ("MAI's anticorruption directorate, a county service not in the registry, delegated by a DNA "
                         "prosecutor (DNA's case number); answer by courier to a postal address; DGA's seal"), \
        {"pdf": [pdfw("seal_dga")]}


JB = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ
C|POLIȚIA ORAȘULUI JIMBOLIA
C|Compartimentul de Investigații Criminale
K|Nr. 77.120 din 03.12.2026
K|{okz}
Subscrisa, Poliția Orașului Jimbolia, efectuăm cercetări în dosarul penal nr. 2210/P/2026 privind infracțiunea de înșelăciune, în care persoana vătămată Kiss Ernő a achitat contravaloarea a două comenzi (nr. 61554210 și nr. 61554377) pentru piese auto care nu au fost livrate niciodată.
Față de cele de mai sus, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați, privind utilizatorul auto_parts_jb (e-mail jimbolia.auto.parts@gmail.com):
L|a) datele de identificare ale titularului contului;
L|b) detaliile celor două comenzi (data, suma, adresa de livrare și metoda de plată);
L|c) alte reclamații primite împotriva acestui utilizator.
Răspunsul dumneavoastră îl așteptăm pe adresa de e-mail politia.jimbolia@tm.politiaromana.ro.
S|ȘEFUL POLIȚIEI ORAȘULUI JIMBOLIA
S|Comisar de poliție
S|Vlad Octavian
"""


@item("le_gen", "law_enforcement")
def g_jimbolia_town_police_html_only():
    t = when(2026, 12, 3, 16, 48)
    pdf = sealed(JB.format(okz=OKZ_HDR), "seal_ipj_tm", sent(t), title="77120")
    html = html_page("<div>Buna ziua,</div><div><br></div><div>Va rugam sa gasiti atasata adresa nr. 77.120 "
                     "din 03.12.2026, in dosarul penal nr. 2210/P/2026.</div><div><br></div><div>Cu stima,<br>"
                     "<b>Politia Orasului Jimbolia</b><br>Compartimentul de Investigatii Criminale</div>")
    raw = le_mail("g6", frm=mk.addr("Politia Orasului Jimbolia", "politia.jimbolia@tm.politiaromana.ro"),
                  addr="politia.jimbolia@tm.politiaromana.ro", subject="Adresa nr. 77120/03.12.2026", t=t, cover="",
                  html_cover=html, pdf=pdf, pdf_name="Adresa 77120.pdf", extra=[ZIMBRA], cte="base64")
    f = le("police", authority="Poliția Orașului Jimbolia", reference_number="77.120", reference_date="2026-12-03",
           case_number="2210/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "auto_parts_jb"), sub("email", "jimbolia.auto.parts@gmail.com")],
           transactions=["61554210", "61554377"],
           requested_data=["datele de identificare ale titularului contului",
                           "detaliile celor două comenzi (data, suma, adresa de livrare și metoda de plată)",
                           "alte reclamații primite împotriva acestui utilizator"],
           response_channel="electronic", reply_to="politia.jimbolia@tm.politiaromana.ro",
           signatory="Comisar de poliție Vlad Octavian")
    acc = {"authority": ["Inspectoratul de Poliție Județean Timiș", "IPJ Timiș"], "reference_number": ["77120"]}
    return raw, f, acc, ("town police not in the registry, IPJ Timiș's mailbox domain and seal (how county units sign); "
                         "two order numbers; Zimbra HTML-only base64 cover"), {"pdf": [pdfw("seal_ipj_tm")]}


IGPF = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|Serviciul de Investigații Criminale
R|Nr. 1.902.448 din 3.XII.2026
R|București
K|{okz}
În cadrul dosarului penal nr. 512/P/2026, instrumentat sub coordonarea Parchetului de pe lângă Tribunalul Giurgiu, se efectuează cercetări privind introducerea în țară și comercializarea unor autoturisme cu numere de identificare modificate, oferite spre vânzare prin anunțuri publicate pe platforma dumneavoastră de la numerele de telefon +40 731 207 664, 0766 413 092 și 0040 752 118 340.
Potrivit art. 170 din Codul de procedură penală, vă solicităm:
L|i. identitatea titularilor conturilor în care au fost declarate aceste numere de telefon;
L|ii. anunțurile publicate de aceste conturi, inclusiv cele șterse, cu seria de șasiu indicată;
L|iii. adresele IP de la care au fost publicate anunțurile.
Informațiile solicitate vizează perioada 01.03.2026 – 30.11.2026 și vor fi transmise la adresa de e-mail sic@politiadefrontiera.ro.
S|ȘEF SERVICIU
S|Comisar-șef de poliție
S|Munteanu Radu-Ștefan
"""


@item("le_gen", "law_enforcement")
def g_igpf_three_phone_forms():
    t = when(2026, 12, 4, 8, 57)
    pdf = sealed(IGPF.format(okz=OKZ_HDR), "seal_igpf", sent(t), title="1902448")
    cover = "Buna ziua,\nAtasat adresa IGPF - SIC nr. 1.902.448 din 03.12.2026.\nO zi buna,\nSIC - IGPF\n"
    raw = le_mail("g7", frm=mk.addr("IGPF - Serviciul de Investigatii Criminale", "sic@politiadefrontiera.ro"),
                  addr="sic@politiadefrontiera.ro", subject="IGPF - solicitare informatii", t=t, cover=cover,
                  pdf=pdf, pdf_name="IGPF_SIC_1902448.pdf", extra=[OUTLOOK])
    f = le("police", authority="Inspectoratul General al Poliției de Frontieră", reference_number="1.902.448",
           reference_date="2026-12-03", case_number="512/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("phone", "+40731207664"), sub("phone", "+40766413092"), sub("phone", "+40752118340")],
           requested_data=["identitatea titularilor conturilor în care au fost declarate aceste numere de telefon",
                           "anunțurile publicate de aceste conturi, inclusiv cele șterse, cu seria de șasiu indicată",
                           "adresele IP de la care au fost publicate anunțurile"],
           period={"from": "2026-03-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="sic@politiadefrontiera.ro", signatory="Comisar-șef de poliție Munteanu Radu-Ștefan")
    acc = {"reference_number": ["1902448"], "authority": ["IGPF", "Poliția de Frontieră Română"]}
    return raw, f, acc, ("Border Police; 3.XII.2026; users only as three phones written +40 …, 07… and 0040 …; roman "
                         "i.-iii. list"), {"pdf": [pdfw("seal_igpf")]}


ADJ = """
C|ROMÂNIA
C|JUDECĂTORIA ADJUD
C|Str. Republicii nr. 20, Adjud, județul Vrancea
K|Dosar nr. 1930/173/2026
K|Nr. 1930/173/2026 din 02.12.2026
K|{okz}
Judecătoria Adjud, învestită cu soluționarea cauzei penale ce formează obiectul dosarului nr. 1930/173/2026, privind pe inculpatul Lungu Costel, trimis în judecată pentru săvârșirea infracțiunii de înșelăciune, vă solicită, în temeiul art. 170 din Codul de procedură penală, să comunicați instanței, pentru utilizatorul vrancea_lemne și contul bancar {iban}:
L|1. datele de identificare ale titularului contului;
L|2. anunțurile de vânzare a lemnului de foc publicate între 01.08.2026 și 31.10.2026;
L|3. tranzacțiile încheiate și sumele încasate în același interval.
Relațiile vor fi comunicate pe adresa de e-mail jud-adjud@just.ro, cu mențiunea numărului de dosar.
S|JUDECĂTOR,
S|Manolache Tudor
"""


@item("le_gen", "law_enforcement")
def g_judecatoria_adjud_cp1250_alternative():
    t = when(2026, 12, 3, 12, 20)
    iban = mk.ro_iban("CECE", "B00030RON5541290")
    pdf = sealed(ADJ.format(okz=OKZ_HDR, iban=iban), "pers_jud_adjud", sent(t), title="1930/173/2026")
    plain_ = ("Bună ziua,\n\nVă comunicăm alăturat adresa instanței în dosarul nr. 1930/173/2026.\n\n"
              "Grefa Judecătoriei Adjud\n")
    html = html_page("<p>Bună ziua,</p><p>Vă comunicăm alăturat adresa instanței în dosarul nr. 1930/173/2026.</p>"
                     "<p>Grefa Judecătoriei Adjud</p>", charset="windows-1250")
    raw = le_mail("g8", frm=mk.addr("Judecătoria Adjud", "jud-adjud@just.ro", charset="windows-1250"),
                  addr="jud-adjud@just.ro", subject="Dosar 1930/173/2026 - adresa", t=t, cover=plain_,
                  html_cover=html, pdf=pdf, pdf_name="adresa_1930_173_2026.pdf", charset="windows-1250",
                  extra=[OUTLOOK])
    f = le("court", authority="Judecătoria Adjud", reference_number="1930/173/2026", reference_date="2026-12-02",
           case_number="1930/173/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "vrancea_lemne"), sub("iban", iban.replace(" ", ""))],
           requested_data=["datele de identificare ale titularului contului",
                           "anunțurile de vânzare a lemnului de foc publicate între 01.08.2026 și 31.10.2026",
                           "tranzacțiile încheiate și sumele încasate în același interval"],
           response_channel="electronic", reply_to="jud-adjud@just.ro", signatory="Judecător Manolache Tudor")
    return raw, f, None, ("small-town court, trial phase; judge's bound personal certificate; Windows-1250 "
                          "multipart/alternative cover; IBAN"), {"pdf": [pdfw("pers_jud_adjud")]}


DIICOT_CT = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL CONSTANȚA
K|Dosar nr. 318D/P/2026
K|Nr. 2.331/II/2/2026 din 04.12.2026
B|URGENT – termen de răspuns: 48 de ore
K|{okz}
În cauza penală ce formează obiectul dosarului nr. 318D/P/2026, privind constituirea unui grup infracțional organizat și înșelăciunea în formă continuată (vânzarea fictivă de telefoane mobile), în temeiul art. 170 C.proc.pen., vă solicităm să ne comunicați, de urgență, pentru utilizatorii iphone_deals_cta și gsm.outlet.ro, precum și pentru contul asociat adresei sorin.vlase88@outlook.com:
L|– datele de identificare, numerele de telefon și adresele de e-mail declarate;
L|– datele tranzacțiilor nr. 88120456, nr. 88120733 și nr. 88131902, inclusiv contul în care s-a încasat plata;
L|– adresele IP folosite la autentificare, cu data și ora.
Perioada: 01.10.2026 – 03.12.2026.
Răspunsul va fi transmis electronic, la adresa st.constanta@diicot.ro.
S|PROCUROR,
S|Zamfir Alexandru
"""


@item("le_gen", "law_enforcement")
def g_diicot_st_constanta_urgent_48h():
    t = when(2026, 12, 4, 17, 36)
    pdf = sealed(DIICOT_CT.format(okz=OKZ_HDR), "seal_diicot", sent(t), title="2331/II/2/2026")
    cover = ("Bună seara,\n\nVă transmitem adresa DIICOT - ST Constanța nr. 2.331/II/2/2026, cu termen de răspuns "
             "de 48 de ore.\n\nGrefier Marin Ionela\n")
    raw = le_mail("g9", frm=mk.addr("DIICOT - ST Constanta", "st.constanta@diicot.ro"), addr="st.constanta@diicot.ro",
                  subject="URGENT - dosar 318D/P/2026", t=t, cover=cover, pdf=pdf, pdf_name="2331_II_2_2026.pdf",
                  extra=[TB])
    f = le("prosecutor", authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
           reference_number="2.331/II/2/2026", reference_date="2026-12-04", case_number="318D/P/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "iphone_deals_cta"), sub("username", "gsm.outlet.ro"),
                     sub("email", "sorin.vlase88@outlook.com")],
           transactions=["88120456", "88120733", "88131902"],
           requested_data=["datele de identificare, numerele de telefon și adresele de e-mail declarate",
                           "datele tranzacțiilor nr. 88120456, nr. 88120733 și nr. 88131902, inclusiv contul în care s-a încasat plata",
                           "adresele IP folosite la autentificare, cu data și ora"],
           period={"from": "2026-10-01", "to": "2026-12-03"}, response_channel="electronic",
           reply_to="st.constanta@diicot.ro", signatory="Procuror Zamfir Alexandru", urgent=True)
    acc = {"authority": ["DIICOT", "DIICOT - Serviciul Teritorial Constanța", "Serviciul Teritorial Constanța"],
           "reference_number": ["2331/II/2/2026"]}
    return raw, f, acc, ("DIICOT territorial service, genuinely urgent (48 h) from a proven channel; a username "
                         "that looks like a domain (gsm.outlet.ro); three transactions; sent Friday 17:36"), \
        {"pdf": [pdfw("seal_diicot")]}


AG = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ
C|SERVICIUL DE INVESTIGARE A CRIMINALITĂȚII ECONOMICE
K|Nr. 98.114 din 04.XII.2026
K|{okz}
În dosarul penal nr. 3907/P/2026, având ca obiect infracțiunea de înșelăciune săvârșită prin anunțuri de vânzare a unor utilaje agricole, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne puneți la dispoziție următoarele date, pentru utilizatorul cu ID 50211874 (e-mail tractoare.arges@gmail.com, telefon 0751 220 489):
X|Nr. ¦ Date solicitate
X|1 ¦ datele de identificare ale utilizatorului
X|2 ¦ istoricul conectărilor (IP, data și ora)
X|3 ¦ tranzacțiile și plățile efectuate prin platformă
Perioada de referință este 01.07.2026 – 30.11.2026. Răspunsul se va transmite pe e-mail, la adresa sice@ag.politiaromana.ro.
S|Șef serviciu,
S|Comisar de poliție
S|Bădescu Sorin-Mădălin
"""


@item("le_gen", "law_enforcement")
def g_arges_sice_officer_cades_p7m():
    t = when(2026, 12, 7, 9, 4)
    pdf = mk.letter_pdf(AG.format(okz=OKZ_HDR), created=sent(t), title="98114", family="sans")
    p7m = mk.cades(pdf, "pers_ag_officer", detached=False, signing_time=sent(t).astimezone(dt.timezone.utc))
    cover = ("Bună ziua,\n\nVă transmitem adresa nr. 98.114 din 04.12.2026, semnată electronic (fișier .p7m).\n\n"
             "Comisar de poliție Bădescu Sorin-Mădălin\nS.I.C.E. - I.P.J. Argeș\n")
    raw = le_mail("g10", frm=mk.addr("Badescu Sorin-Madalin", "sice@ag.politiaromana.ro"),
                  addr="sice@ag.politiaromana.ro", subject="Adresa 98114 - dosar 3907/P/2026", t=t, cover=cover,
                  pdf=p7m, pdf_name="adresa_98114.pdf.p7m", att_ctype="application/pkcs7-mime", extra=[OUTLOOK])
    f = le("police", authority="Inspectoratul de Poliție Județean Argeș", reference_number="98.114",
           reference_date="2026-12-04", case_number="3907/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "50211874"), sub("email", "tractoare.arges@gmail.com"), sub("phone", "+40751220489")],
           requested_data=["datele de identificare ale utilizatorului", "istoricul conectărilor (IP, data și ora)",
                           "tranzacțiile și plățile efectuate prin platformă"],
           period={"from": "2026-07-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="sice@ag.politiaromana.ro", signatory="Comisar de poliție Bădescu Sorin-Mădălin")
    acc = {"authority": ["IPJ Argeș"], "reference_number": ["98114"]}
    return raw, f, acc, ("CAdES enveloping .p7m (the signed PDF is inside) by the bound officer; 04.XII.2026; requested "
                         "data in a two-column table; Monday morning"), \
        {"pdf": [], "cades": [{"file": "adresa_98114.pdf.p7m", "signer": "pers_ag_officer", "detached": False}]}


PT_CT_1 = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL CONSTANȚA
C|Secția de urmărire penală
K|Dosar nr. 9025/P/2025
K|Nr. 9025/P/2025 din 02.12.2026
K|{okz}
K|{addr}
Parchetul de pe lângă Tribunalul Constanța efectuează urmărirea penală în dosarul nr. 9025/P/2025, privind săvârșirea infracțiunilor de spălare a banilor și înșelăciune, constând în încasarea, prin intermediul unor conturi de tip „money mule”, a sumelor plătite de cumpărători pentru bunuri inexistente.
În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorul dobrogea_market (cont bancar declarat {iban}) și pentru tranzacțiile nr. 40177215, nr. 40177389, nr. 40178004 și nr. 40190566:
L|a) datele de identificare ale utilizatorului;
L|b) pentru fiecare tranzacție: data, suma, cumpărătorul și contul în care s-au virat banii;
"""
PT_CT_2 = """
L|c) adresele IP și dispozitivele folosite la autentificare;
L|d) orice alt cont de utilizator care a declarat același cont bancar.
Datele privesc perioada 01.05.2025 – 30.11.2026.
Vă rugăm ca răspunsul să fie transmis pe suport de hârtie, prin curier, la sediul Parchetului de pe lângă Tribunalul Constanța din Str. Traian nr. 31, Constanța, cu mențiunea „în atenția procurorului de caz, dosar nr. 9025/P/2025”.
S|PROCUROR,
S|Niculescu Andreea-Ioana
"""


@item("le_gen", "law_enforcement")
def g_pt_constanta_two_pages_postal_reply():
    t = when(2026, 12, 3, 15, 27)
    iban = mk.ro_iban("RNCB", "0147159288430001")
    pdf = mk.letter_pdf_pages([PT_CT_1.format(okz=OKZ_HDR, addr=OKZ_ADDR, iban=iban), PT_CT_2],
                              footer="Pagina {p} din {n}", created=sent(t), title="9025/P/2025")
    pdf = mk.sign_pdf(pdf, "seal_pt_ct", at=sent(t).astimezone(dt.timezone.utc) + dt.timedelta(minutes=6))
    cover = ("Stimate domn, stimată doamnă,\n\nAlăturat vă transmitem adresa nr. 9025/P/2025 din 02.12.2026 "
             "(2 pagini), semnată cu sigiliul electronic al parchetului.\nVă rugăm să transmiteți răspunsul prin "
             "curier, la sediul nostru din Str. Traian nr. 31, Constanța.\n\nRegistratura\n"
             "Parchetul de pe lângă Tribunalul Constanța\n")
    raw = le_mail("g11", frm=mk.addr("Registratura PT Constanta", "registratura.ptct@mpublic.ro"),
                  addr="registratura.ptct@mpublic.ro", subject="Adresa dosar 9025/P/2025", t=t, cover=cover,
                  pdf=pdf, pdf_name="9025_P_2025.pdf", extra=[OUTLOOK])
    f = le("prosecutor", authority="Parchetul de pe lângă Tribunalul Constanța", reference_number="9025/P/2025",
           reference_date="2026-12-02", case_number="9025/P/2025", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "dobrogea_market"), sub("iban", iban.replace(" ", ""))],
           transactions=["40177215", "40177389", "40178004", "40190566"],
           requested_data=["datele de identificare ale utilizatorului",
                           "pentru fiecare tranzacție: data, suma, cumpărătorul și contul în care s-au virat banii",
                           "adresele IP și dispozitivele folosite la autentificare",
                           "orice alt cont de utilizator care a declarat același cont bancar"],
           period={"from": "2025-05-01", "to": "2026-11-30"}, response_channel="courier",
           reply_to="Str. Traian nr. 31, Constanța", signatory="Procuror Niculescu Andreea-Ioana")
    acc = {"reply_to": ["Parchetul de pe lângă Tribunalul Constanța, Str. Traian nr. 31, Constanța"]}
    return raw, f, acc, ("2 pages 'Pagina 1 din 2', lettered list across the page break; 2025 case; four "
                         "transactions; the answer goes by courier to a postal address named in the closing paragraph; "
                         "seal"), {"pdf": [pdfw("seal_pt_ct")], "pages": 2}


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


ANPC = """
C|AUTORITATEA NAȚIONALĂ PENTRU PROTECȚIA CONSUMATORILOR
C|Direcția Control și Supraveghere Piață
K|Nr. 7.812/DCSP din 03.12.2026
K|{okz}
Autoritatea Națională pentru Protecția Consumatorilor a formulat plângerea penală înregistrată sub nr. 1188/P/2026 la Parchetul de pe lângă Judecătoria Sectorului 1 București, privind comercializarea prin platforma dumneavoastră a unor produse cosmetice contrafăcute.
În vederea completării probatoriului din dosarul penal nr. 1188/P/2026, în temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorii beauty_outlet_ro și parfumuri.originale:
L|1. datele de identificare, inclusiv copiile actelor de identitate încărcate;
L|2. adresele IP de autentificare;
L|3. datele cardurilor folosite la plata promovărilor.
Răspunsul va fi transmis pe adresa de e-mail control@anpc.ro.
S|DIRECTOR,
S|Stan Cornel
"""


@item("le_forged", "law_enforcement")
def f_anpc_seal_no_criminal_power():
    t = when(2026, 12, 4, 11, 15)
    pdf = sealed(ANPC.format(okz=OKZ_HDR), "seal_anpc", sent(t), title="7812")
    cover = "Buna ziua,\nVa transmitem adresa ANPC nr. 7.812/DCSP.\nANPC - DCSP\n"
    raw = le_mail("f1", frm=mk.addr("ANPC - Control", "control@anpc.ro"), addr="control@anpc.ro",
                  subject="Adresa ANPC nr. 7812/DCSP - dosar penal 1188/P/2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="ANPC_7812.pdf")
    return raw, ff("other", "1188/P/2026"), None, (
        "FORGED (no power): ANPC's own mailbox (valid DKIM) and ANPC's own bound seal, but ANPC is no criminal "
        "prosecution body: as the complainant in a criminal case it cannot order the handing over of data under "
        "art. 170 CPP (only the prosecutor, the police under the prosecutor, or the court can); it asks for ID "
        "copies, IPs and card data; not_verified expected"), {"pdf": [pdfw("seal_anpc")]}


LUGOJ = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|POLIȚIA MUNICIPIULUI LUGOJ
C|Biroul de Investigații Criminale
K|Nr. 204.377 din 03.12.2026
K|{okz}
În dosarul penal nr. 3341/P/2026 privind infracțiunea de înșelăciune, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare, adresele IP și conturile bancare ale utilizatorilor banat_tools și lugoj.deals, precum și ale titularului numărului de telefon 0747 551 208.
Răspunsul va fi transmis pe adresa de e-mail de pe care ați primit prezenta.
S|ȘEFUL BIROULUI
S|Comisar de poliție
S|Drăgan Liviu
"""


@item("le_forged", "law_enforcement")
def f_town_unit_of_other_county():
    t = when(2026, 12, 3, 19, 52)
    pdf = sealed(LUGOJ.format(okz=OKZ_HDR), "seal_ipj_ct", sent(t), title="204377")
    cover = "Buna seara,\nAtasat adresa Politiei Municipiului Lugoj.\nBIC Lugoj\n"
    raw = le_mail("f2", frm=mk.addr("Politia Municipiului Lugoj - BIC", "bic@ct.politiaromana.ro"),
                  addr="bic@ct.politiaromana.ro", subject="Adresa Politia Lugoj", t=t, cover=cover, pdf=pdf,
                  pdf_name="adresa_lugoj.pdf")
    return raw, ff("police", "3341/P/2026"), None, (
        "FORGED (sibling-unit confusion): the heading names only Poliția Municipiului Lugoj (no county): a unit of "
        "IPJ Timiș not in the registry; the mail comes from IPJ Constanța's domain (valid DKIM) and the PDF carries "
        "IPJ Constanța's bound seal: a county inspectorate's mailbox and seal cannot speak for a town police of "
        "another county (a compromised Constanța mailbox with access to its seal); not_verified expected"), \
        {"pdf": [pdfw("seal_ipj_ct")]}


IGPF_H = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|Direcția Combaterea Infracționalității Transfrontaliere
R|Nr. 1.903.015 din 04.12.2026
K|{okz}
În dosarul penal nr. 618/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați datele de identificare, istoricul tranzacțiilor și adresele IP ale utilizatorilor dunarea_trade și sebi.import, pentru perioada 01.06.2026 – 03.12.2026.
Răspunsul se va transmite exclusiv electronic, la adresa dcit@politiadefrontierа.ro, gestionată de ofițerul de caz.
S|DIRECTOR
S|Chestor de poliție
S|Ionescu Valentin
"""


@item("le_forged", "law_enforcement")
def f_sealed_reply_to_homoglyph_domain():
    t = when(2026, 12, 4, 15, 40)
    pdf = sealed(IGPF_H.format(okz=OKZ_HDR), "seal_igpf", sent(t), title="1903015")
    cover = "Buna ziua,\nAtasat adresa DCIT nr. 1.903.015.\nDCIT - IGPF\n"
    raw = le_mail("f3", frm=mk.addr("IGPF - DCIT", "dcit@politiadefrontiera.ro"), addr="dcit@politiadefrontiera.ro",
                  subject="Adresa 1903015", t=t, cover=cover, pdf=pdf, pdf_name="adresa_1903015.pdf")
    return raw, ff("police", "618/P/2026"), None, (
        "FORGED (homoglyph inside the signed letter): IGPF's mailbox (valid DKIM) and IGPF's bound seal; the answer "
        "address in the sealed text is dcit@politiadefrontier\\u0430.ro whose last 'a' is CYRILLIC (U+0430): a "
        "look-alike domain that is no authority's (an insider with the seal, or a stolen seal device); "
        "not_verified expected"), {"pdf": [pdfw("seal_igpf")],
                                    "homoglyph": "dcit@politiadefrontier\u0430.ro"}


TM_PET = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ
C|Serviciul de Investigații Criminale
K|Nr. 118.442 din 04.12.2026
K|{okz}
Ca urmare a petiției înregistrate la I.P.J. Timiș sub nr. 118.442/2026, formulată de numitul Petrescu Dan, prin care acesta reclamă faptul că nu a primit produsul achiziționat de la utilizatorul tm_gadgets, în vederea efectuării verificărilor prealabile, vă rugăm să ne comunicați datele de identificare ale utilizatorului tm_gadgets și istoricul tranzacțiilor acestuia din ultimele 6 luni.
Răspunsul poate fi transmis pe adresa sic@tm.politiaromana.ro.
S|ȘEF SERVICIU
S|Comisar-șef de poliție
S|Tănase Emil
"""


@item("le_forged", "law_enforcement")
def f_petition_check_no_criminal_case():
    t = when(2026, 12, 4, 12, 11)
    pdf = sealed(TM_PET.format(okz=OKZ_HDR), "seal_ipj_tm", sent(t), title="118442")
    cover = "Buna ziua,\nVa transmitem adresa nr. 118.442 din 04.12.2026.\nSIC - IPJ Timis\n"
    raw = le_mail("f4", frm=mk.addr("IPJ Timis - SIC", "sic@tm.politiaromana.ro"), addr="sic@tm.politiaromana.ro",
                  subject="Solicitare date - petitie 118442/2026", t=t, cover=cover, pdf=pdf, pdf_name="118442.pdf")
    return raw, ff("police"), None, (
        "DEFECTIVE (no criminal case): genuine IPJ Timiș mailbox and seal, but the letter asks for data to check a "
        "petition (verificări prealabile), with no dosar penal number and no legal basis: no criminal proceedings, "
        "so no art. 170 CPP order; incomplete expected (ask for the case number and legal basis)"), \
        {"pdf": [pdfw("seal_ipj_tm")]}


PJ_MG_SELF = """
C|ROMÂNIA
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MANGALIA
K|Dosar nr. 2291/P/2026
K|Nr. 2291/P/2026 din 03.12.2026
K|{okz}
Procuror Cazacu Roxana-Elena, din cadrul Parchetului de pe lângă Judecătoria Mangalia, având în vedere plângerea penală formulată de persoana vătămată Cazacu Roxana-Elena, cu domiciliul în Mangalia, care a achitat suma de 4.800 lei utilizatorului litoral_mobila pentru o canapea nelivrată (tranzacția nr. 7730552910), în temeiul art. 170 din Codul de procedură penală,
C|SOLICITĂ
L|a) datele de identificare ale utilizatorului litoral_mobila;
L|b) adresa de livrare și numerele de telefon declarate de acesta.
Răspunsul se va transmite pe adresa de e-mail pj.mangalia@mpublic.ro.
S|PROCUROR,
S|Cazacu Roxana-Elena
"""


@item("le_forged", "law_enforcement")
def f_prosecutor_is_injured_party():
    t = when(2026, 12, 4, 9, 49)
    pdf = sealed(PJ_MG_SELF.format(okz=OKZ_HDR), "pers_pj_mangalia", sent(t), title="2291P2026")
    cover = "Buna ziua,\nVa transmit adresa in dosarul 2291/P/2026.\nProcuror Cazacu Roxana-Elena\n"
    raw = le_mail("f5", frm=mk.addr("Cazacu Roxana-Elena", "pj.mangalia@mpublic.ro"), addr="pj.mangalia@mpublic.ro",
                  subject="Dosar 2291/P/2026", t=t, cover=cover, pdf=pdf, pdf_name="2291_P_2026.pdf",
                  charset="iso-8859-2", cte="quoted-printable")
    return raw, ff("prosecutor", "2291/P/2026"), None, (
        "FORGED (no power: private use of office): the prosecutor's own bound certificate and her office's mailbox "
        "(valid DKIM), but the injured party of the case is the signing prosecutor herself (same name, a sofa "
        "she bought and did not receive): a prosecutor cannot act in her own case (incompatibility, art. 64 CPP); "
        "this is a private dispute dressed as an official request; not_verified expected"), \
        {"pdf": [pdfw("pers_pj_mangalia")]}


PT_CT_OLD = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL CONSTANȚA
K|Dosar nr. 8410/P/2026
K|Nr. 8410/P/2026 din 01.12.2026
K|{okz}
În dosarul penal nr. 8410/P/2026, în temeiul art. 170 din Codul de procedură penală, vă solicităm datele de identificare, istoricul tranzacțiilor și adresele IP ale utilizatorului port_electronics_cta, pentru perioada 01.08.2026 – 30.11.2026.
Răspunsul va fi transmis electronic, la adresa registratura.ptct@mpublic.ro.
S|PROCUROR,
S|Voicu Mădălina
"""


@item("le_forged", "law_enforcement")
def f_reply_all_cc_free_mail():
    t = when(2026, 12, 5, 10, 3)
    pdf = sealed(PT_CT_OLD.format(okz=OKZ_HDR), "seal_pt_ct", when(2026, 12, 1, 12, 10), title="8410/P/2026")
    cover = ("Bună ziua,\n\nRevenim cu adresa nr. 8410/P/2026 din 01.12.2026, atașată.\n"
             "Vă rugăm să răspundeți folosind opțiunea „Răspunde tuturor” (Reply All), astfel încât răspunsul să "
             "ajungă și la colegul care instrumentează dosarul, aflat în teren și trecut în copie.\n\n"
             "Registratura\nParchetul de pe lângă Tribunalul Constanța\n")
    raw = le_mail("f6", frm=mk.addr("Registratura PT Constanta", "registratura.ptct@mpublic.ro"),
                  addr="registratura.ptct@mpublic.ro", subject="Revenire - adresa 8410/P/2026", t=t, cover=cover,
                  pdf=pdf, pdf_name="8410_P_2026.pdf", cc=["dosare.ptct.constanta@gmail.com"], extra=[OUTLOOK])
    return raw, ff("prosecutor", "8410/P/2026"), None, (
        "FORGED (answer diverted through Cc): the office's registry mailbox (valid DKIM) re-sends its genuine sealed "
        "letter of 01.12.2026, but with a free-mail address in Cc and a cover asking us to 'Reply All' (no Reply-To "
        "is set, the letter's own answer address is the office's); a Saturday; not_verified expected"), \
        {"pdf": [pdfw("seal_pt_ct")], "cc": "dosare.ptct.constanta@gmail.com"}


DIICOT_BULK = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL CONSTANȚA
K|Dosar nr. 344D/P/2026
K|Nr. 2.402/II/2/2026 din 04.12.2026
K|{okz}
În dosarul nr. 344D/P/2026, în temeiul art. 170 C.proc.pen., vă solicităm să ne comunicați datele de identificare, numerele de telefon și adresele IP ale tuturor utilizatorilor care au publicat, în perioada 01.09.2026 – 30.11.2026, anunțuri pentru telefoane iPhone 16 Pro la un preț mai mic de 1.500 lei, în județele Constanța și Tulcea.
Răspunsul va fi transmis electronic, la adresa st.constanta@diicot.ro.
S|PROCUROR,
S|Zamfir Alexandru
"""


@item("le_forged", "law_enforcement")
def f_bulk_category_no_users():
    t = when(2026, 12, 4, 16, 10)
    pdf = sealed(DIICOT_BULK.format(okz=OKZ_HDR), "seal_diicot", sent(t), title="2402/II/2/2026")
    cover = "Buna ziua,\nVa transmitem adresa nr. 2.402/II/2/2026.\nGrefier Marin Ionela\n"
    raw = le_mail("f7", frm=mk.addr("DIICOT - ST Constanta", "st.constanta@diicot.ro"), addr="st.constanta@diicot.ro",
                  subject="Adresa dosar 344D/P/2026", t=t, cover=cover, pdf=pdf, pdf_name="2402.pdf", extra=[TB])
    return raw, ff("prosecutor", "344D/P/2026"), None, (
        "DEFECTIVE (no users named): DIICOT's mailbox and seal, complete in form, but it asks for every user who "
        "published a kind of listing in two counties: a fishing request naming no user, account or transaction; "
        "incomplete expected (a person decides; ask which users)"), {"pdf": [pdfw("seal_diicot")]}


AG_NOCASE = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ
C|SERVICIUL DE INVESTIGARE A CRIMINALITĂȚII ECONOMICE
K|Nr. 98.377 din 07.12.2026
K|{okz}
În dosarul penal menționat în subiect, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor utilizatorului cu ID 50388120, pentru perioada 01.10.2026 – 30.11.2026.
Răspunsul se va transmite pe e-mail, la adresa sice@ag.politiaromana.ro.
S|Șef serviciu,
S|Comisar de poliție
S|Bădescu Sorin-Mădălin
"""


@item("le_forged", "law_enforcement")
def f_case_number_only_in_filename():
    t = when(2026, 12, 7, 10, 22)
    pdf = sealed(AG_NOCASE.format(okz=OKZ_HDR), "pers_ag_officer", sent(t), title="98377")
    cover = "Buna ziua,\nAtasat adresa 98.377.\nBadescu Sorin-Madalin\n"
    raw = le_mail("f8", frm=mk.addr("Badescu Sorin-Madalin", "sice@ag.politiaromana.ro"),
                  addr="sice@ag.politiaromana.ro", subject="Adresa 98377 - dosar penal nr. 4410/P/2026", t=t,
                  cover=cover, pdf=pdf, pdf_name="Adresa_98377_dosar_4410_P_2026.pdf", extra=[OUTLOOK])
    return raw, ff("police"), None, (
        "DEFECTIVE (case only outside the signed text): the bound officer's signature and IPJ Argeș's mailbox, but "
        "the signed letter says only 'the case named in the subject': the case number 4410/P/2026 is in the mail's "
        "Subject and the attachment's file name, neither signed; incomplete expected"), \
        {"pdf": [pdfw("pers_ag_officer")], "case_unsigned": "4410/P/2026"}


# =====================================================================
# COMPLAINTS (5)
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
def c_courier_link_no_diacritics():
    t = when(2026, 12, 4, 22, 17)
    b = ("buna seara\n\nam vandut o bicicleta pe site (anuntul cu bicicleta Cube, comanda 73390125) si cumparatorul "
         "razvan_bk92 mi-a zis ca plateste prin curier si mi-a trimis un link pe whatsapp sa imi introduc datele de la "
         "card ca sa primesc banii. am pus datele si mi-au luat 2.350 lei din cont in loc sa primesc. cred ca e o "
         "frauda, omul nu mai raspunde la mesaje.\n\nvreau sa blocati contul lui si sa ma ajutati sa recuperez banii, "
         "am fost si la politie.\n\nMarian Toma\n0723 118 406\n")
    raw = plain("c1", frm=mk.addr("Marian Toma", "marian.toma71@yahoo.com"), addr="marian.toma71@yahoo.com",
                subject="teapa cu link de plata", t=t, body_text=b, extra=[YAHOO_IOS])
    f = {"complainant": "Marian Toma", "transaction_id": "73390125", "counterparty": "razvan_bk92",
         "amount": amt("2350.00"), "issue": "fraud_suspected",
         "contact": {"email": "marian.toma71@yahoo.com", "phone": "+40723118406"}}
    return raw, f, None, "seller phished with a fake courier payment link; no diacritics, lower case", {}


@item("complaint", "complaint")
def c_cedilla_cp1250_not_delivered_guarantee():
    t = when(2026, 12, 3, 8, 2)
    b = ("Bună ziua,\n\nAm comandat în data de 18.11.2026 o maşină de spălat vase Bosch de la vânzătorul "
         "electro_depozit_sv (comanda nr. 73102288), în valoare de 1.899,00 lei, cu Garanţia de Livrare. Au trecut "
         "mai mult de două săptămâni, coletul nu a ajuns, iar numărul AWB primit nu există pe site-ul curierului.\n\n"
         "Vă rog să activaţi Garanţia de Livrare şi să-mi returnaţi banii.\n\nCu stimă,\nElisabeta Munteanu\n"
         "Suceava\n")
    raw = plain("c2", frm=mk.addr("Elisabeta Munteanu", "eli.munteanu@gmail.com", charset="windows-1250"),
                addr="eli.munteanu@gmail.com", subject="Reclamaţie - comanda 73102288 nelivrată", t=t, body_text=b,
                charset="windows-1250", cte="quoted-printable", extra=[OUTLOOK])
    f = {"complainant": "Elisabeta Munteanu", "transaction_id": "73102288", "counterparty": "electro_depozit_sv",
         "amount": amt("1899.00"), "delivery_guarantee": True, "issue": "not_delivered",
         "contact": {"email": "eli.munteanu@gmail.com"}}
    return raw, f, None, "Windows-1250 with cedilla letters; Garanția de Livrare named; fake AWB", {}


@item("complaint", "complaint")
def c_html_only_typos_seller_silent():
    t = when(2026, 12, 5, 13, 44)
    html = html_page("<p>Buna ziua ,</p><p>Va scriu deoarece am platit 640 lei pt o consola PS4 de la "
                     "utilizatoru <b>gameshop_iasi</b> , comnada 73411902. dupa ce am platit nu mi-a mai raspuns "
                     "deloc , nici la telefon nici la mesaje , de 9 zile . Anuntu inca e activ !!</p>"
                     "<p>Va rog sa verificati si sa ma ajutati ca nu stiu ce sa mai fac</p><p>Alexandru P.</p>")
    raw = plain("c3", frm=mk.addr("Alex P", "alex.pavel.2004@gmail.com"), addr="alex.pavel.2004@gmail.com",
                subject="vanzatorul nu mai raspunde", t=t, body_text="", html=html, html_only=True,
                extra=[GMAIL_ANDROID])
    f = {"transaction_id": "73411902", "counterparty": "gameshop_iasi", "amount": amt("640.00"),
         "issue": "no_answer", "contact": {"email": "alex.pavel.2004@gmail.com"}}
    return raw, f, None, "HTML-only, typos ('comnada', 'utilizatoru'), spaces before commas; seller silent", {}


@item("complaint", "complaint")
def c_forwarded_thread_with_seller():
    t = when(2026, 12, 6, 19, 5)
    b = ("Buna ziua,\nva trimit mai jos discutia cu vanzatorul. Am platit 3.100 lei prin transfer bancar pentru un "
         "laptop Lenovo Legion (comanda 73288014) si dupa ce a primit banii m-a blocat. Cer returnarea banilor si "
         "suspendarea contului.\nMultumesc,\nCristina Dobre\n\n"
         "---------- Forwarded message ---------\n"
         "From: tech_second_hand <mesaje@okazii.ro>\nDate: joi, 3 dec. 2026, 21:40\nSubject: Re: Laptop Lenovo\n"
         "To: Cristina Dobre <cristina.dobre.84@gmail.com>\n\n"
         "> Am primit banii, il trimit luni dimineata prin curier.\n>\n"
         "> > Buna seara, am facut transferul de 3.100 lei, va rog confirmati.\n")
    raw = plain("c4", frm=mk.addr("Cristina Dobre", "cristina.dobre.84@gmail.com"),
                addr="cristina.dobre.84@gmail.com", subject="Fwd: Re: Laptop Lenovo", t=t, body_text=b)
    f = {"complainant": "Cristina Dobre", "transaction_id": "73288014", "counterparty": "tech_second_hand",
         "amount": amt("3100.00"), "contact": {"email": "cristina.dobre.84@gmail.com"}}
    return raw, f, None, "forwarded thread with the seller quoted below; paid by transfer, then blocked", {}


@item("complaint", "complaint")
def c_company_counterfeit_iso88592():
    t = when(2026, 12, 7, 8, 40)
    b = ("Stimată echipă,\n\nSocietatea TEHNOMAR CONSTANȚA S.R.L. a achiziționat de la vânzătorul "
         "scule_pro_import un lot de 10 rotopercutoare „Makita” (comanda nr. 73455120, 4.250,00 lei, plată prin "
         "ordin de plată). La recepție am constatat că produsele sunt contrafăcute: lipsesc seriile, ambalajele sunt "
         "copiate, iar producătorul ne-a confirmat că nu sunt originale.\n\nConsiderăm că este vorba de o fraudă și "
         "vă rugăm să suspendați contul vânzătorului și să ne sprijiniți în recuperarea sumei.\n\n"
         "Cu stimă,\nIonela Gheorghe\nDepartament Achiziții\nTEHNOMAR CONSTANȚA S.R.L.\nTel. 0241 690 214\n")
    raw = plain("c5", frm=mk.addr("Ionela Gheorghe", "achizitii@tehnomar-constanta.ro", charset="iso-8859-2"),
                addr="achizitii@tehnomar-constanta.ro", subject="Reclamatie comanda 73455120 - produse contrafacute",
                t=t, body_text=b, charset="iso-8859-2", cte="8bit", extra=[OUTLOOK])
    f = {"transaction_id": "73455120", "counterparty": "scule_pro_import", "amount": amt("4250.00"),
         "issue": "fraud_suspected", "contact": {"email": "achizitii@tehnomar-constanta.ro", "phone": "+40241690214"}}
    return raw, f, {"complainant": ["TEHNOMAR CONSTANȚA S.R.L.", "Ionela Gheorghe"]}, \
        "company buyer, counterfeit goods; ISO-8859-2 8-bit", {}


# =====================================================================
# MEDIATIONS (5)
# =====================================================================

@item("mediation", "mediation")
def m_jacket_colour_size_return():
    t = when(2026, 12, 3, 18, 22)
    b = ("Buna ziua,\n\nAm cumparat o geaca de iarna de la utilizatorul moda_urbana_cj (comanda 73201446, 389 lei). "
         "In anunt scria marimea M si culoarea bleumarin, am primit o geaca neagra marimea S. Vanzatorul spune ca "
         "diferenta e \"din poze\" si nu accepta retur.\n\nPropun sa returnez geaca pe cheltuiala mea si sa primesc "
         "inapoi cei 389 lei. Va rog sa mediati.\n\nLaura Stan\n")
    raw = plain("md1", frm=mk.addr("Laura Stan", "laura.stan@outlook.com"), addr="laura.stan@outlook.com",
                subject="geaca nu corespunde", t=t, body_text=b)
    f = {"transaction_id": "73201446", "counterparty": "moda_urbana_cj", "amount": amt("389.00"),
         "issue": "not_as_described", "contact": {"email": "laura.stan@outlook.com"}}
    return raw, f, None, "colour and size differ from the listing; buyer proposes return for refund", {}


@item("mediation", "mediation")
def m_seller_proposes_discount_damaged():
    t = when(2026, 12, 4, 9, 30)
    b = ("Bună ziua,\n\nSunt vânzătorul din comanda 73155802 (oglindă decorativă, 520 lei). Cumpărătorul "
         "ana_home_decor spune că oglinda a ajuns cu rama ciobită și cere banii înapoi integral. Am ambalat-o în "
         "folie cu bule și carton dublu, am poze. Nu vreau să ajungem la dispută: îi propun o reducere de 30% "
         "(156 lei) și să păstreze oglinda.\n\nVă rog să-i transmiteți propunerea.\n\nMihai Rusu (mobila_rusu)\n")
    raw = plain("md2", frm=mk.addr("Mihai Rusu", "mihai.rusu.mobila@gmail.com"), addr="mihai.rusu.mobila@gmail.com",
                subject="Propunere pentru comanda 73155802", t=t, body_text=b)
    f = {"transaction_id": "73155802", "counterparty": "ana_home_decor", "amount": amt("520.00"), "issue": "damaged",
         "contact": {"email": "mihai.rusu.mobila@gmail.com"}}
    return raw, f, None, "the SELLER writes; damaged frame; proposes a 30% discount", {}


@item("mediation", "mediation")
def m_laptop_other_cpu_html():
    t = when(2026, 12, 5, 11, 12)
    html = html_page("<p>Bună ziua,</p><p>Anunțul utilizatorului <i>pc_garage_bv</i> pentru laptopul Dell Latitude "
                     "(comanda 73377019, 2.150 lei) menționa procesor Intel Core i7 și 16 GB RAM. Laptopul primit are "
                     "i5 și 8 GB. Vânzătorul mi-a propus să îmi dea 150 lei înapoi, dar diferența de preț este mult "
                     "mai mare.</p><p>Solicit fie returnarea laptopului cu rambursarea integrală, fie o reducere de "
                     "600 lei. Vă rog să analizați disputa.</p><p>Cu respect,<br>Bogdan Ilie</p>")
    raw = plain("md3", frm=mk.addr("Bogdan Ilie", "bogdan.ilie@yahoo.ro"), addr="bogdan.ilie@yahoo.ro",
                subject="Laptop cu alta configuratie decat in anunt", t=t, body_text="", html=html, html_only=True)
    f = {"transaction_id": "73377019", "counterparty": "pc_garage_bv", "amount": amt("2150.00"),
         "issue": "not_as_described", "contact": {"email": "bogdan.ilie@yahoo.ro"}}
    return raw, f, None, "HTML-only; specification differs; two alternatives proposed (resolution unscored)", {}


@item("mediation", "mediation")
def m_wrong_model_cp1250():
    t = when(2026, 12, 6, 10, 55)
    b = ("Bună ziua,\n\nAm comandat de la casa_verde_shop un robot de bucătărie Tefal model QB813 (comanda 73420677, "
         "1.349 lei) şi am primit modelul QB516, mai vechi şi mai ieftin. Vânzătorul susţine că e „echivalent”.\n"
         "Vreau să îl schimbe cu modelul comandat; dacă nu are, să îl returnez şi să primesc banii.\n\n"
         "Cu stimă,\nGabriela Tudose\n")
    raw = plain("md4", frm=mk.addr("Gabriela Tudose", "gabi.tudose@gmail.com", charset="windows-1250"),
                addr="gabi.tudose@gmail.com", subject="Produs greşit primit - comanda 73420677", t=t, body_text=b,
                charset="windows-1250", cte="8bit")
    f = {"transaction_id": "73420677", "counterparty": "casa_verde_shop", "amount": amt("1349.00"),
         "issue": "wrong_item", "contact": {"email": "gabi.tudose@gmail.com"}}
    return raw, f, None, "wrong model sent; Windows-1250 8-bit with cedillas", {}


@item("mediation", "mediation")
def m_company_seller_refuses_return():
    t = when(2026, 12, 7, 12, 8)
    b = ("Bună ziua,\n\nÎn data de 28.11.2026 am primit de la CASA VERDE SHOP S.R.L. (utilizator casa_verde_shop) "
         "un set de lenjerie (comanda 73399241, 279 lei). Pe 30.11 am cerut returul, în termenul de 14 zile, "
         "produsul fiind sigilat. Firma refuză returul spunând că „produsele textile nu se returnează”.\n\n"
         "Vă rog să interveniți în această dispută: vreau să returnez produsul și să primesc contravaloarea.\n\n"
         "Adriana Cojocaru\n0765 330 912\n")
    raw = plain("md5", frm=mk.addr("Adriana Cojocaru", "adriana.cojocaru@gmail.com"), addr="adriana.cojocaru@gmail.com",
                subject="Retur refuzat", t=t, body_text=b)
    f = {"transaction_id": "73399241", "counterparty": "casa_verde_shop", "amount": amt("279.00"),
         "issue": "return_refused", "contact": {"email": "adriana.cojocaru@gmail.com", "phone": "+40765330912"}}
    return raw, f, None, "return within 14 days refused by a company seller", {}


# =====================================================================
# SUPPORT (4): no obvious cue phrases
# =====================================================================

@item("support", "support")
def s_lost_sim_phone_change():
    t = when(2026, 12, 5, 7, 58)
    b = ("Buna dimineata,\nmi s-a furat telefonul saptamana trecuta si am acum alt numar. Pe cont am tot numarul "
         "vechi si codurile de confirmare ajung acolo. Cum fac sa il schimb daca nu mai am acces la el?\nMersi,\n"
         "Dorin\n")
    raw = plain("s1", frm=mk.addr("Dorin Matei", "dorin.matei@yahoo.com"), addr="dorin.matei@yahoo.com",
                subject="numar nou", t=t, body_text=b)
    return raw, {"contact": {"email": "dorin.matei@yahoo.com"}}, None, "change of phone number without the old SIM", {}


@item("support", "support")
def s_company_invoice_promotion_cui():
    t = when(2026, 12, 3, 10, 14)
    b = ("Bună ziua,\n\nPentru promovarea anunțurilor din noiembrie am primit factura pe numele meu, persoană fizică. "
         "Contabila are nevoie de factură pe firmă, cu CUI RO41882051 (CASA VERDE SHOP S.R.L.). Se poate reemite?\n\n"
         "Mulțumesc,\nOana Vlad\n")
    raw = plain("s2", frm=mk.addr("Oana Vlad", "contact@casa-verde-shop.ro"), addr="contact@casa-verde-shop.ro",
                subject="factura noiembrie", t=t, body_text=b)
    return raw, {"contact": {"email": "contact@casa-verde-shop.ro"}}, None, \
        "a seller asks to re-issue our invoice on her company", {}


@item("support", "support")
def s_several_pieces_one_listing():
    t = when(2026, 12, 6, 16, 3)
    b = ("Salut, am 40 de bucati din acelasi model de husa de telefon. Trebuie sa fac 40 de anunturi sau exista o "
         "varianta cu stoc? Si daca cineva cumpara 3 bucati cum se calculeaza transportul?\n")
    raw = plain("s3", frm=mk.addr(None, "huse.accesorii.gl@gmail.com"), addr="huse.accesorii.gl@gmail.com",
                subject="intrebare", t=t, body_text=b, extra=[SAMSUNG])
    return raw, {"contact": {"email": "huse.accesorii.gl@gmail.com"}}, None, "stock per listing; no greeting, no name", {}


@item("support", "support")
def s_login_blocked_abroad():
    t = when(2026, 12, 4, 23, 41)
    b = ("Bună seara,\n\nSunt în Spania pentru câteva luni și de ieri nu mai pot intra în cont: după parolă îmi "
         "apare un mesaj că accesul a fost restricționat temporar. Parola e cea corectă. Ce trebuie să fac?\n\n"
         "Nicoleta Pop\n+34 611 208 449\n")
    raw = plain("s4", frm=mk.addr("Nicoleta Pop", "nicoleta.pop@hotmail.com"), addr="nicoleta.pop@hotmail.com",
                subject="nu ma pot loga", t=t, body_text=b, dkim=None, ip="198.51.100.221")
    return raw, {"contact": {"email": "nicoleta.pop@hotmail.com"}}, None, \
        "login restricted while abroad (a +34 number); not DKIM-signed (hotmail.com is not in this world's zone)", \
        {"dkim": []}


# =====================================================================
# UNKNOWN (4)
# =====================================================================

@item("unknown", "unknown")
def u_courier_newsletter():
    t = when(2026, 12, 3, 6, 0)
    html = html_page("<h2>Curier Express – noutăți de sezon</h2><p>Livrări în 24h în toată țara până pe 23 decembrie! "
                     "Program extins în weekend și puncte noi de ridicare.</p><p>Ai primit acest mesaj deoarece ești "
                     "partener Curier Express. <a href='https://curier-express-news.ro/dezabonare'>Dezabonare</a></p>")
    raw = plain("u1", frm=mk.addr("Curier Express", "noutati@curier-express-news.ro"),
                addr="noutati@curier-express-news.ro", subject="Livrari de sarbatori - program extins", t=t,
                body_text="Curier Express - livrari in 24h pana pe 23 decembrie. Dezabonare: "
                          "https://curier-express-news.ro/dezabonare", html=html,
                extra=[("List-Unsubscribe", "<https://curier-express-news.ro/dezabonare>"), ("Precedence", "bulk")])
    return raw, {}, None, "courier's bulk newsletter", {}


@item("unknown", "unknown")
def u_police_officer_out_of_office():
    t = when(2026, 12, 4, 13, 3)
    b = ("Bună ziua,\n\nSunt în concediu de odihnă în perioada 04.12.2026 – 14.12.2026, fără acces la e-mail.\n"
         "Pentru dosarele penale aflate în lucru vă rog să vă adresați secretariatului SJA Timiș, "
         "sja.timis@dga.mai.gov.ro.\n\nComisar-șef de poliție Bălan Gheorghe-Florin\n")
    raw = plain("u2", frm=mk.addr("Balan Gheorghe-Florin", "gheorghe.balan@dga.mai.gov.ro"),
                addr="gheorghe.balan@dga.mai.gov.ro", subject="Răspuns automat: [REG-2026-004127] Am primit mesajul "
                "dumneavoastră", t=t, body_text=b, to=["registratura@okazii.ro"],
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("In-Reply-To", "<ack-4127@okazii.ro>")])
    return raw, {}, None, ("an officer's out-of-office reply to our acknowledgement: an authority's domain, valid DKIM, "
                           "'dosarele penale', Auto-Submitted"), {"auto_submitted": True}


@item("unknown", "unknown")
def u_hosting_invoice():
    t = when(2026, 12, 1, 4, 12)
    pdf = mk.letter_pdf("T|FACTURĂ FISCALĂ nr. CHF-2026-118834\nK|Furnizor: CloudHost Facturi S.R.L.\n"
                        "K|Client: OKAZII ONLINE S.R.L.\nX|Produs ¦ Cantitate ¦ Valoare\nX|Server dedicat DX-12 ¦ 1 ¦ "
                        "2.380,00 lei\nK|Total de plată: 2.380,00 lei, scadent 15.12.2026", created=t, creator="Invoicer")
    body = mixed([mk.text("Stimate client,\nAtasat gasiti factura CHF-2026-118834 pentru luna decembrie.\n"
                          "Echipa CloudHost\n"), mk.attachment(pdf, "CHF-2026-118834.pdf")], "u3")
    raw = send("u3", frm=mk.addr("CloudHost Facturare", "facturi@cloudhost-facturi.ro"),
               addr="facturi@cloudhost-facturi.ro", to=[SUPPORT], subject="Factura CHF-2026-118834", t=t, body=body)
    return raw, {}, None, "a supplier's invoice sent to the support mailbox", {"pdf": []}


@item("unknown", "unknown")
def u_phishing_account_suspended():
    t = when(2026, 12, 6, 3, 27)
    html = html_page("<p>Stimate utilizator,</p><p>Contul dumneavoastră Okazii va fi <b>suspendat în 24 de ore</b> "
                     "din cauza unor activități suspecte. Pentru a evita suspendarea, confirmați-vă datele aici: "
                     "<a href='https://okazii-verificare.com/login'>Verificare cont</a></p><p>Echipa Securitate Okazii</p>")
    raw = plain("u4", frm=mk.addr("Okazii Securitate", "securitate@okazii-verificare.com"),
                addr="securitate@okazii-verificare.com", subject="Contul dvs. va fi suspendat", t=t, body_text="",
                html=html, html_only=True)
    return raw, {}, None, "phishing imitating us, sent to our support mailbox", {}
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
