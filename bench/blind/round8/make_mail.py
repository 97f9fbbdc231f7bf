#!/usr/bin/env python3
"""Blind round 8, mail half: writes ``mail/*.eml``, ``mail/truth.jsonl`` and ``mail/material.json``.

Written blind (see README.md). Uses ``mailkit.py`` (round 7's kit, copied, with round 8 additions) and the
world made by ``make_world.py``. Deterministic headers, letters and numbers; CMS/PDF signature bytes may
differ between runs (signing times are fixed).
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
import mailkit as mk  # noqa: E402
from mailkit import Part, when  # noqa: E402

logging.disable(logging.CRITICAL)
OUT = HERE / "mail"
LEGAL = "juridic@okazii.ro"
SUPPORT = "suport@okazii.ro"
SECURITY = "securitate@okazii.ro"
ITEMS: list[tuple] = []


def item(group: str, category: str):
    def deco(fn):
        ITEMS.append((fn, group, category))
        return fn
    return deco


def mid(seed: str, domain: str) -> str:
    return f"<{hashlib.sha256(seed.encode()).hexdigest()[:22]}@{domain}>"


def ip_of(domain: str, i: int = 0) -> str:
    return mk.IDENT["dns"][domain]["ips"][i]


def send(seed: str, *, frm: str, addr: str, to: list[str], subject: str, t: dt.datetime, body: Part,
         dkim: str | None = "auto", selector: str | None = None, helo: str | None = None, ip: str | None = None,
         reply_to: str | None = None, extra: list | None = None, cc: list | None = None, subject_charset="utf-8",
         hops: list[str] | None = None, mail_from: str | None = "auto", delay: int = 7, msgid_domain=None) -> bytes:
    dom = addr.split("@")[1]
    dk = dom if dkim == "auto" else dkim
    msg = mk.build(seed=seed, frm=frm, to=to, subject=subject, date=t, message_id=mid(seed, msgid_domain or dom),
                   body=body, cc=cc, reply_to=reply_to, extra=extra, subject_charset=subject_charset)
    ipaddr = ip or ip_of(dom)
    hl = helo or f"mail.{dom}"
    return mk.deliver(msg, helo=hl, ip=ipaddr, t=t + dt.timedelta(seconds=delay), rcpt=to[0],
                      mail_from=(addr if mail_from == "auto" else mail_from), dkim_domain=dk, dkim_selector=selector,
                      sender_hops=hops, seed=seed, dkim_time=t + dt.timedelta(seconds=2))


def html_doc(inner: str, head: str = "") -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">{head}</head>'
            f'<body>{inner}</body></html>')


def alt(plain: str, html: str, seed: str, charset="utf-8", cte="quoted-printable") -> Part:
    return mk.multipart("alternative", [mk.text(plain, "plain", charset, cte), mk.text(html, "html", charset, cte)],
                        seed)


def mixed(children: list[Part], seed: str) -> Part:
    return mk.multipart("mixed", children, seed + "mixed")


def le(kind, **kw):
    f = {"authority_kind": kind}
    f.update(kw)
    return f


def pdf_want(signer, whole=True, **kw):
    d = {"signer": signer, "whole": whole}
    d.update(kw)
    return d


OKAZII = "S.C. OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor"
OKAZII_ADDR = "Str. Frunzei nr. 29, sector 2, București"
TB = "User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1"
OUTLOOK = "X-Mailer", "Microsoft Outlook 16.0"
ZIMBRA = "X-Mailer", "Zimbra 8.8.15_GA_4652 (ZimbraWebClient - GC131 (Win)/8.8.15_GA_4652)"
APPLE = "X-Mailer", "Apple Mail (2.3826.200.121)"
NOTES = "X-Mailer", "IBM Notes Release 9.0.1FP10 HF197 January 21, 2020"


# =====================================================================
# GENUINE LAW-ENFORCEMENT REQUESTS (13)
# =====================================================================

@item("le_gen", "law_enforcement")
def g_moreni_listing_url():
    seed = "g_moreni"
    markup = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN DÂMBOVIȚA
C|POLIȚIA MUNICIPIULUI MORENI
S|Biroul de Investigații Criminale
R|NESECRET
R|Nr. 214.530 din 01.12.2026

K|Către: S.C. OKAZII ONLINE S.R.L.
K|În atenția: Departamentului Juridic – Centrul de prevenire a fraudelor
K|Str. Frunzei nr. 29, sector 2, București

Poliția Municipiului Moreni efectuează cercetări în dosarul penal nr. 3318/P/2026, sub supravegherea Parchetului de pe lângă Judecătoria Moreni, cu privire la săvârșirea infracțiunii de înșelăciune, prevăzută de art. 244 alin. (1) din Codul penal.
În fapt, la data de 14.10.2026, persoana vătămată Gheorghiu Lavinia a achitat prin transfer bancar suma de 2.150 lei pentru o mașină de spălat rufe oferită spre vânzare pe platforma dumneavoastră, prin anunțul publicat la adresa https://www.okazii.ro/masina-de-spalat-bosch-serie-6-a318845127, bun care nu a mai fost expediat. Anunțul a fost publicat din contul de utilizator „dorin_electro_mrn”, iar în discuțiile purtate cu persoana vătămată vânzătorul a folosit numărul de telefon 0040 736 412 905.
Având în vedere dispozițiile art. 170 din Codul de procedură penală, în vederea soluționării cauzei, vă rugăm să ne comunicați:
L|- datele de identificare ale titularului contului „dorin_electro_mrn”;
L|- adresele IP, datele și orele de conectare la cont;
L|- istoricul anunțurilor publicate din acest cont;
L|- conturile bancare declarate pentru încasarea plăților.
Datele sunt solicitate pentru perioada 01.08.2026 – 30.11.2026.
Răspunsul dumneavoastră va fi transmis în format electronic, la adresa pm.moreni@db.politiaromana.ro, cu mențiunea numărului de dosar.

S|p. ȘEFUL POLIȚIEI MUNICIPIULUI MORENI
S|Comisar de poliție
S|Tudose Marian
s|Red./Dact. ag. șef pr. I.S./2 ex.
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 1, 10, 12), title="Adresa Okazii 214530",
                        author="iscarlat")
    signed = mk.sign_pdf(pdf, "seal_ipj_db", reason="Sigiliu IPJ Dâmbovița", location="Târgoviște",
                         at=when(2026, 12, 1, 11, 3))
    body_txt = ("Bună ziua,\n\nVă transmitem alăturat adresa nr. 214.530 din 01.12.2026, în dosarul penal "
                "nr. 3318/P/2026.\nVă mulțumim.\n\n-- \nag. șef principal Scarlat Ionela\nBiroul de Investigații "
                "Criminale\nPoliția Municipiului Moreni\ntel. 0245 568 100 int. 21\n")
    body = mixed([mk.text(body_txt, cte="8bit", format_flowed=True),
                  mk.attachment(signed, "adresa_214530_Okazii.pdf")], seed)
    raw = send(seed, frm="Politia Municipiului Moreni <pm.moreni@db.politiaromana.ro>",
               addr="pm.moreni@db.politiaromana.ro", to=[LEGAL], subject="Adresa nr. 214530 - dosar 3318/P/2026",
               t=when(2026, 12, 1, 11, 20), body=body, extra=[TB])
    fields = le("police", authority="Poliția Municipiului Moreni", reference_number="214.530",
                reference_date="2026-12-01", case_number="3318/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "dorin_electro_mrn"},
                          {"kind": "phone", "value": "+40736412905"}],
                requested_data=["datele de identificare ale titularului contului „dorin_electro_mrn”",
                                "adresele IP, datele și orele de conectare la cont",
                                "istoricul anunțurilor publicate din acest cont",
                                "conturile bancare declarate pentru încasarea plăților"],
                period={"from": "2026-08-01", "to": "2026-11-30"}, response_channel="electronic",
                reply_to="pm.moreni@db.politiaromana.ro", signatory="Comisar de poliție Tudose Marian",
                urgent=False)
    accept = {"authority": ["Inspectoratul de Poliție Județean Dâmbovița", "IPJ Dâmbovița"],
              "reference_number": ["214530"], "signatory": ["p. Șeful Poliției Municipiului Moreni Comisar de poliție Tudose Marian", "Tudose Marian"]}
    notes = ("Poliția Municipiului Moreni (unit under IPJ Dâmbovița), sealed with IPJ Dâmbovița's bound seal "
             "(invisible); Thunderbird format=flowed 8bit cover; 'În atenția'; user named by username, a listing "
             "URL (not a subject) and a 0040 phone; dashed list; the chief signs with 'p.' (for); same case as "
             "the victim's complaint c_victim_linked")
    want = {"dkim": ["db.politiaromana.ro"], "pdf": [pdf_want("seal_ipj_db")]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_caras_sice_officer_table():
    seed = "g_cs_sice"
    markup = """
2|INSPECTORATUL DE POLIȚIE JUDEȚEAN\\nCARAȘ-SEVERIN\\nServiciul de Investigare a Criminalității Economice¦Nr. SICE-CS/4.417\\nReșița, 27.11.2026\\nExemplar nr. 1/2

K|Către OKAZII ONLINE S.R.L.
K|Departamentul Juridic
K|București, Str. Frunzei nr. 29, sector 2

Subsemnatul, comisar-șef de poliție Jurca Adrian-Nicolae, ofițer de poliție judiciară în cadrul I.P.J. Caraș-Severin – Serviciul de Investigare a Criminalității Economice, efectuez urmărirea penală în dosarul nr. 1207/P/2026 al Parchetului de pe lângă Tribunalul Caraș-Severin, privind infracțiunile de înșelăciune și spălare a banilor.
În baza art. 170 C.proc.pen., solicit să puneți la dispoziție, în termen de 10 zile de la primire, următoarele date privind utilizatorii de mai jos:
X|Utilizator ¦ Date solicitate ¦ Perioada
X|ID 30551872 (e-mail georgian.lupu77@yahoo.com) ¦ datele de înregistrare ale contului ¦ de la crearea contului până la zi
X|ID 30551872 (e-mail georgian.lupu77@yahoo.com) ¦ lista tranzacțiilor efectuate în calitate de vânzător ¦ 01.06.2026 – 25.11.2026
X|telefon +40 755 210 398 ¦ conturile de utilizator asociate acestui număr ¦ de la crearea contului până la zi
X|IBAN RO49 BTRL 0130 1205 K417 30XX ¦ conturile de utilizator care au declarat acest IBAN ¦ de la crearea contului până la zi
Tranzacțiile de interes identificate până în prezent sunt nr. 87712093 și nr. 87740511.
Datele vor fi transmise prin poștă electronică la adresa sice@cs.politiaromana.ro sau, dacă volumul nu permite, pe suport optic, prin curier, la sediul inspectoratului.

S|Ofițer de poliție judiciară,
S|Comisar-șef de poliție
S|JURCA ADRIAN-NICOLAE
"""
    iban = mk.ro_iban("BTRL", "01301205K4173011")
    markup = markup.replace("RO49 BTRL 0130 1205 K417 30XX", iban)
    pdf = mk.letter_pdf(markup, created=when(2026, 11, 27, 9, 40), family="sans", title="Adresa SICE 4417")
    signed = mk.sign_pdf(pdf, "pers_cs_officer", visible=True, box=(330, 60, 560, 120),
                         reason="Semnez acest document", location="Reșița", at=when(2026, 11, 27, 14, 2))
    plain = ("Buna ziua,\r\n\r\nAtasat gasiti adresa SICE-CS/4.417 din 27.11.2026 (dosar 1207/P/2026), semnata "
             "electronic.\r\n\r\nCu stima,\r\nCms. sef Jurca Adrian\r\nIPJ Caras-Severin - SICE\r\n").replace("\r\n", "\n")
    html = html_doc('<div class="WordSection1"><p class="MsoNormal">Bună ziua,<o:p></o:p></p><p class="MsoNormal">'
                    'Atașat găsiți adresa SICE-CS/4.417 din 27.11.2026 (dosar 1207/P/2026), semnată electronic.'
                    '<o:p></o:p></p><p class="MsoNormal">Cu stimă,<br>Cms. șef Jurca Adrian<br>IPJ Caraș-Severin – '
                    'SICE<o:p></o:p></p></div>')
    body = mixed([alt(plain, html, seed, charset="windows-1250"),
                  mk.attachment(signed, "Adresa SICE-CS 4417.pdf")], seed)
    raw = send(seed, frm=mk.addr("Jurca Adrian-Nicolae", "sice@cs.politiaromana.ro", "windows-1250"),
               addr="sice@cs.politiaromana.ro", to=[LEGAL], subject="Solicitare date - dosar 1207/P/2026",
               t=when(2026, 11, 27, 14, 15), body=body, extra=[OUTLOOK, ("Thread-Index", "AdtgQk7Lq2vR8s1xTpe1w3Zf0a9Bmw==")],
               subject_charset="windows-1250")
    fields = le("police", authority="Inspectoratul de Poliție Județean Caraș-Severin", reference_number="SICE-CS/4.417",
                reference_date="2026-11-27", case_number="1207/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "user_id", "value": "30551872"},
                          {"kind": "email", "value": "georgian.lupu77@yahoo.com"},
                          {"kind": "phone", "value": "+40755210398"},
                          {"kind": "iban", "value": iban.replace(" ", "")}],
                transactions=["87712093", "87740511"],
                requested_data=["datele de înregistrare ale contului",
                                "lista tranzacțiilor efectuate în calitate de vânzător",
                                "conturile de utilizator asociate acestui număr",
                                "conturile de utilizator care au declarat acest IBAN"],
                response_channel="both", signatory="Comisar-șef de poliție Jurca Adrian-Nicolae", urgent=False)
    accept = {"authority": ["IPJ Caraș-Severin", "Inspectoratul de Poliție Județean Caraș-Severin – Serviciul de Investigare a Criminalității Economice"],
              "reference_number": ["4.417", "4417", "SICE-CS/4417"], "response_channel": ["electronic"]}
    notes = ("IPJ Caraș-Severin SICE: first-person letter by the bound officer (personal certificate, visible "
             "signature); number with a service prefix in a right column; data asked in a three-column table "
             "(user / datum / period; periods differ per row, so `period` is not scored); user id + e-mail + phone "
             "+ IBAN; answer by e-mail or, if large, courier (both; electronic accepted); Outlook "
             "multipart/alternative in Windows-1250 QP with a cedilla display name")
    want = {"dkim": ["cs.politiaromana.ro"], "pdf": [pdf_want("pers_cs_officer")]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_intorsura_national_relay():
    seed = "g_intorsura"
    ph = "+40 744 908 216"
    markup = """
B|ROMÂNIA
B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN COVASNA
B|POLIȚIA ORAȘULUI ÎNTORSURA BUZĂULUI
K|Nr. 61.902/ÎB din 02.12.2026
K|Dosar penal nr. 870/P/2026

C|Către OKAZII ONLINE S.R.L., Centrul de prevenire a fraudelor

Stimate doamne și domni,
Avem în lucru dosarul penal nr. 870/P/2026, în care se efectuează cercetări sub aspectul săvârșirii infracțiunii de fraudă informatică (art. 249 Cod penal). Persoana vătămată, Bartha Zoltán, a cumpărat de pe platforma dumneavoastră un telefon mobil prin comanda nr. 91200786, plătind 3.100 lei, iar ulterior contul său a fost accesat de o terță persoană, care a modificat numărul de telefon al contului în 0744 908 216.
În temeiul art. 170 alin. (1) și (2) C.p.p., vă rugăm să ne furnizați, pentru intervalul 15.10.2026 – 01.12.2026:
L|1. jurnalul autentificărilor în contul utilizatorului „zoli_bartha” (data, ora, adresa IP, dispozitivul);
L|2. istoricul modificărilor datelor de contact ale contului „zoli_bartha”;
L|3. datele de identificare ale contului (conturilor) pe care este înregistrat numărul de telefon +40 744 908 216;
L|4. detaliile comenzii nr. 91200786.
Vă rugăm să transmiteți răspunsul prin e-mail la politia.intorsura@cv.politiaromana.ro.

S|ȘEFUL POLIȚIEI ORAȘULUI ÎNTORSURA BUZĂULUI
S|Inspector principal de poliție
S|Bálint Csaba
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 2, 8, 55), title="adresa okazii", size=10.5)
    signed = mk.sign_pdf(pdf, "seal_ipj_cv", reason="Sigiliu electronic IPJ Covasna", at=when(2026, 12, 2, 9, 30))
    txt = mk.strip_diacritics("Buna ziua,\n\nin atasament va trimitem adresa nr. 61.902/IB din 02.12.2026 "
                              "(dosar penal 870/P/2026).\n\nCu respect,\nPolitia Orasului Intorsura Buzaului\n"
                              "Compartimentul de investigatii criminale\n")
    body = mixed([mk.text(txt, charset="iso-8859-2", cte="quoted-printable"),
                  mk.attachment(signed, "61902_IB.pdf")], seed)
    raw = send(seed, frm="politia.intorsura@cv.politiaromana.ro", addr="politia.intorsura@cv.politiaromana.ro",
               to=[LEGAL], subject="adresa 61902/IB/2026", t=when(2026, 12, 2, 9, 48), body=body,
               dkim="politiaromana.ro", helo="relay2.politiaromana.ro", ip=ip_of("politiaromana.ro"),
               extra=[NOTES, ("X-MIMETrack", "Serialize by Router on RELAY2/POLITIA(Release 9.0.1FP10)")],
               hops=["Received: from cvmail01.cv.politiaromana.ro ([10.41.2.7])\n\tby relay2.politiaromana.ro "
                     "(Postfix) with ESMTP id 4QkD2n0V1Xz9sB\n\tfor <juridic@okazii.ro>; Wed, 2 Dec 2026 09:48:03 +0200"])
    fields = le("police", authority="Poliția Orașului Întorsura Buzăului", reference_number="61.902/ÎB",
                reference_date="2026-12-02", case_number="870/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "zoli_bartha"}, {"kind": "phone", "value": "+40744908216"}],
                transactions=["91200786"],
                requested_data=["jurnalul autentificărilor în contul utilizatorului „zoli_bartha” (data, ora, adresa IP, dispozitivul)",
                                "istoricul modificărilor datelor de contact ale contului „zoli_bartha”",
                                "datele de identificare ale contului (conturilor) pe care este înregistrat numărul de telefon +40 744 908 216",
                                "detaliile comenzii nr. 91200786"],
                period={"from": "2026-10-15", "to": "2026-12-01"}, response_channel="electronic",
                reply_to="politia.intorsura@cv.politiaromana.ro",
                signatory="Inspector principal de poliție Bálint Csaba", urgent=False)
    accept = {"authority": ["Inspectoratul de Poliție Județean Covasna", "IPJ Covasna"],
              "reference_number": ["61902/ÎB", "61.902", "61902"]}
    notes = ("Poliția Orașului Întorsura Buzăului (IPJ Covasna): the mail leaves through the NATIONAL relay and "
             "is DKIM-signed d=politiaromana.ro only (README: a unit's mailbox DKIM-signed by its parent's domain "
             "is aligned); IBM Notes plain text ISO-8859-2 QP without diacritics; letter sealed by IPJ Covasna; "
             "number/case on labelled lines at the left; the victim (Bartha Zoltán) is not a subject; the phone "
             "written 0744 in prose and +40 in the list; Hungarian-named signatory")
    del ph
    want = {"dkim": ["politiaromana.ro"], "pdf": [pdf_want("seal_ipj_cv")]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_vaslui_p7s_by_digest():
    seed = "g_vs_sic"
    markup = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI
C|Serviciul de Investigații Criminale
R|Nr. 1.118.204 din 30 noiembrie 2026
R|Vaslui

K|Destinatar: OKAZII ONLINE S.R.L. (platforma www.okazii.ro)
K|Adresa: Str. Frunzei nr. 29, sector 2, București

T|ADRESĂ

În dosarul penal nr. 4410/P/2026, aflat în lucru la Serviciul de Investigații Criminale și supravegheat de Parchetul de pe lângă Tribunalul Vaslui, se efectuează cercetări față de persoane neidentificate pentru săvârșirea infracțiunii de furt calificat (art. 228–229 Cod penal). Din probatoriul administrat rezultă că o parte dintre bunurile sustrase (scule electrice marca Makita și Hilti) au fost scoase la vânzare pe platforma administrată de societatea dumneavoastră.
Vă solicităm, în baza art. 170 din Codul de procedură penală, să ne comunicați, pentru perioada 20.09.2026 – 29.11.2026:
L|a) datele de identificare și de contact ale utilizatorilor „scule_pro_barlad” și „hilti.second.hand”;
L|b) anunțurile publicate de acești utilizatori, cu fotografiile atașate;
L|c) cumpărătorii bunurilor vândute de acești utilizatori și datele tranzacțiilor.
Comunicarea se va face prin e-mail, pe adresa sic@vs.politiaromana.ro.

S|Șeful Serviciului de Investigații Criminale
S|Comisar-șef de poliție
S|Roman Vasile-Cătălin
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 11, 30, 12, 0), title="Adresa 1118204")
    p7s = mk.cades(pdf, "seal_ipj_vs", detached=True, signing_time=when(2026, 11, 30, 12, 40).astimezone(dt.UTC))
    txt = ("Buna ziua,\n\nVa transmitem adresa nr. 1.118.204/30.11.2026 si semnatura electronica a acesteia "
           "(fisierul semnatura.p7s).\n\nSIC - IPJ Vaslui\n")
    body = mixed([mk.text(txt, charset="us-ascii", cte="7bit"),
                  mk.attachment(pdf, "adresa_okazii_1118204.pdf"),
                  mk.attachment(p7s, "semnatura.p7s", ctype="application/octet-stream")], seed)
    raw = send(seed, frm="IPJ Vaslui - SIC <sic@vs.politiaromana.ro>", addr="sic@vs.politiaromana.ro",
               to=[LEGAL], subject="Adresa 1118204 / dosar 4410/P/2026", t=when(2026, 11, 30, 12, 58), body=body,
               extra=[ZIMBRA])
    fields = le("police", authority="Inspectoratul de Poliție Județean Vaslui", reference_number="1.118.204",
                reference_date="2026-11-30", case_number="4410/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "scule_pro_barlad"},
                          {"kind": "username", "value": "hilti.second.hand"}],
                requested_data=["datele de identificare și de contact ale utilizatorilor „scule_pro_barlad” și „hilti.second.hand”",
                                "anunțurile publicate de acești utilizatori, cu fotografiile atașate",
                                "cumpărătorii bunurilor vândute de acești utilizatori și datele tranzacțiilor"],
                period={"from": "2026-09-20", "to": "2026-11-29"}, response_channel="electronic",
                reply_to="sic@vs.politiaromana.ro", signatory="Comisar-șef de poliție Roman Vasile-Cătălin",
                urgent=False)
    accept = {"reference_number": ["1118204"], "authority": ["IPJ Vaslui", "Inspectoratul de Poliție Județean Vaslui – Serviciul de Investigații Criminale"]}
    notes = ("IPJ Vaslui SIC: an unsigned PDF plus a CAdES detached signature named 'semnatura.p7s' "
             "(application/octet-stream): it names no file, its signed digest matches the attached PDF (README: "
             "'else the attached file its signed digest matches'); Zimbra ASCII cover; date in words; lettered list; "
             "two usernames in one datum")
    want = {"dkim": ["vs.politiaromana.ro"],
            "cades": [{"file": "semnatura.p7s", "signer": "seal_ipj_vs", "detached": True,
                       "over": "adresa_okazii_1118204.pdf"}]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_igpr_dcco_german_request():
    seed = "g_igpr_dcco"
    markup = """
C|ROMÂNIA – MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|Direcția de Combatere a Criminalității Organizate
C|Serviciul de Combatere a Criminalității Informatice
K|Nr. 3.407.221/DCCO/2026
K|București, 03.12.2026

K|Către: OKAZII ONLINE S.R.L. – Departamentul Juridic (legal@ / juridic@okazii.ro)

Referitor la: dosarul penal nr. 612/D/P/2026 al D.I.I.C.O.T. – Structura Centrală, în care lucrătorii Direcției de Combatere a Criminalității Organizate efectuează acte de urmărire penală în baza ordonanței de delegare din 20.11.2026.
Cauza are la origine o solicitare a Bundeskriminalamt (Germania), transmisă prin canalul Europol SIENA, privind o grupare care vinde pe platforme online din mai multe state autoturisme inexistente, încasând avansuri de la cumpărători. Redăm pasajul relevant din solicitarea autorităților germane: „The suspects used the seller accounts auto.import.de.ro and the phone number +49 1512 3340987 to advertise vehicles on okazii.ro”.
Pentru identificarea membrilor grupării, în temeiul art. 170 Cod procedură penală, vă solicităm să ne transmiteți:
L|• datele de înregistrare și de identificare ale contului auto.import.de.ro;
L|• conturile asociate numărului de telefon +49 1512 3340987;
L|• jurnalele de conectare (IP, dată, oră, port sursă) pentru aceste conturi;
L|• corespondența purtată prin platformă cu cumpărătorii, dacă este păstrată.
Intervalul de interes: 01.05.2026 – 02.12.2026.
Răspunsul se va transmite la adresa sccii@politiaromana.ro.

S|Șef serviciu
S|Comisar-șef de poliție
S|Anghelache Dragoș
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 3, 10, 30), family="sans", title="Solicitare DCCO")
    signed = mk.sign_pdf(pdf, "seal_igpr", reason="Sigiliu electronic calificat IGPR", at=when(2026, 12, 3, 15, 10))
    plain = ("Stimați colegi,\n\nVă transmitem adresa nr. 3.407.221/DCCO/2026, emisă ca urmare a unei solicitări a "
             "Bundeskriminalamt.\n\nKind regards / Cu stimă,\nSCCI – DCCO – IGPR\n")
    body = mixed([mk.text(plain, cte="base64"), mk.attachment(signed, "DCCO_3407221_okazii.pdf")], seed)
    raw = send(seed, frm="IGPR - DCCO - SCCI <sccii@politiaromana.ro>", addr="sccii@politiaromana.ro",
               to=[LEGAL], subject="DCCO 3407221 - solicitare date (cerere BKA)", t=when(2026, 12, 3, 15, 25),
               body=body, extra=[("X-Mailer", "Microsoft Exchange Server 2019")])
    fields = le("police", authority="Inspectoratul General al Poliției Române", reference_number="3.407.221/DCCO/2026",
                reference_date="2026-12-03", case_number="612/D/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "auto.import.de.ro"},
                          {"kind": "phone", "value": "+4915123340987"}],
                requested_data=["datele de înregistrare și de identificare ale contului auto.import.de.ro",
                                "conturile asociate numărului de telefon +49 1512 3340987",
                                "jurnalele de conectare (IP, dată, oră, port sursă) pentru aceste conturi",
                                "corespondența purtată prin platformă cu cumpărătorii, dacă este păstrată"],
                period={"from": "2026-05-01", "to": "2026-12-02"}, response_channel="electronic",
                reply_to="sccii@politiaromana.ro", signatory="Comisar-șef de poliție Anghelache Dragoș", urgent=False)
    accept = {"authority": ["IGPR", "Poliția Română", "Direcția de Combatere a Criminalității Organizate"],
              "reference_number": ["3.407.221", "3407221", "3407221/DCCO/2026"]}
    notes = ("IGPR's organised-crime directorate acting on a DIICOT delegation after a German BKA request via "
             "Europol SIENA: an English sentence quoted inside the Romanian letter; a username that looks like a "
             "domain name (auto.import.de.ro, a subject, not an address); a German phone; bullets; base64 UTF-8 "
             "cover from Exchange; IGPR seal")
    want = {"dkim": ["politiaromana.ro"], "pdf": [pdf_want("seal_igpr")]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_diicot_calarasi_urgent_apple():
    seed = "g_diicot_cl"
    markup = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL CONSTANȚA – BIROUL TERITORIAL CĂLĂRAȘI
K|Dosar nr. 289/D/P/2026
K|Nr. 1.604/II/3/2026                                                    Călărași, 04.12.2026

B|FOARTE URGENT

K|Către OKAZII ONLINE S.R.L. – în atenția Centrului de prevenire a fraudelor

În cauza penală nr. 289/D/P/2026, privind constituirea unui grup infracțional organizat și trafic de persoane, fapte prevăzute de art. 367 și art. 210 Cod penal, se impune identificarea de urgență a persoanelor care au publicat anunțuri de angajare fictive pe platforma dumneavoastră.
Față de stadiul cercetărilor și de riscul ca persoanele racolate să fie scoase din țară, vă rugăm ca, în temeiul art. 170 din Codul de procedură penală, să ne comunicați în cel mult 48 de ore de la primire:
L|1) datele de identificare ale utilizatorilor care au publicat anunțurile nr. a402211873 și a402219940, respectiv utilizatorii „joburi.italia.rapid” și „munca_afara_2026”;
L|2) adresele de e-mail și numerele de telefon declarate, inclusiv numărul 0731 550 662;
L|3) adresele IP de la care au fost publicate anunțurile și datele de conectare în perioada 01.11.2026 – 03.12.2026.
Precizăm că răspunsul se poate transmite pe adresa bt.calarasi@diicot.ro sau la numărul de fax 0242 568 609.

S|Procuror șef birou
S|Marinescu Alina-Teodora
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 4, 16, 0), condensed=True, title="289DP2026")
    signed = mk.sign_pdf(pdf, "seal_diicot", reason="DIICOT", visible=True, box=(40, 40, 260, 100),
                         at=when(2026, 12, 4, 16, 40))
    plain = "Vă rugăm să dați curs cu prioritate adresei atașate (termen 48 de ore).\n\nProcuror Marinescu Alina\nDIICOT – BT Călărași\n\nTrimis de pe iPad\n"
    html = html_doc('<div dir="ltr">Vă rugăm să dați curs cu prioritate adresei atașate (termen 48 de ore).'
                    '<br><br>Procuror Marinescu Alina<br>DIICOT – BT Călărași<br><br>Trimis de pe iPad</div>')
    body = mixed([alt(plain, html, seed), mk.attachment(signed, "Adresă 1604-II-3-2026.pdf", style="rfc2231")], seed)
    raw = send(seed, frm="DIICOT BT Calarasi <bt.calarasi@diicot.ro>", addr="bt.calarasi@diicot.ro", to=[LEGAL],
               subject="URGENT – dosar 289/D/P/2026", t=when(2026, 12, 4, 16, 52), body=body, extra=[APPLE])
    fields = le("prosecutor", authority="DIICOT – Biroul Teritorial Călărași", reference_number="1.604/II/3/2026",
                reference_date="2026-12-04", case_number="289/D/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "joburi.italia.rapid"},
                          {"kind": "username", "value": "munca_afara_2026"},
                          {"kind": "phone", "value": "+40731550662"}],
                period={"from": "2026-11-01", "to": "2026-12-03"}, response_channel="electronic",
                signatory="Procuror șef birou Marinescu Alina-Teodora", urgent=True)
    accept = {"authority": ["Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism", "DIICOT",
                            "DIICOT – Serviciul Teritorial Constanța – Biroul Teritorial Călărași"],
              "reference_number": ["1604/II/3/2026", "1.604", "1604"], "response_channel": ["both"]}
    notes = ("DIICOT – BT Călărași (under ST Constanța): 'FOARTE URGENT', 48 h, genuine urgency on an "
             "authenticated channel; number 'Nr. 1.604/II/3/2026' and the date on the same line; '1)' list whose "
             "data items name listing numbers and usernames together (requested_data not scored); answer by e-mail "
             "or fax (no courier: electronic; both accepted); visible seal bottom-left; Apple Mail from an iPad, "
             "RFC 2231 file name with diacritics")
    want = {"dkim": ["diicot.ro"], "pdf": [pdf_want("seal_diicot")]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_pca_ploiesti_prosecutor():
    seed = "g_pca_ph"
    markup = """
B|ROMÂNIA
B|MINISTERUL PUBLIC
B|PARCHETUL DE PE LÂNGĂ CURTEA DE APEL PLOIEȘTI
B|Secția de urmărire penală și criminalistică
R|Dosar nr. 77/P/2026
R|Nr. 412/II/2/2026 – 26.11.2026

K|Societății OKAZII ONLINE S.R.L., cu sediul în București, Str. Frunzei nr. 29, sector 2

Parchetul de pe lângă Curtea de Apel Ploiești efectuează urmărirea penală în dosarul nr. 77/P/2026, privind infracțiunea de luare de mită (art. 289 Cod penal), în care a fost dispusă punerea în mișcare a acțiunii penale.
Pentru lămurirea împrejurărilor cauzei, în conformitate cu prevederile art. 170 din Codul de procedură penală, solicităm să ne comunicați următoarele informații:
L|A. datele de identificare ale titularului contului cu adresa de e-mail cristian.oprea.ph@gmail.com;
L|B. istoricul vânzărilor realizate din acest cont între 01.01.2026 și 25.11.2026, cu indicarea cumpărătorilor și a sumelor încasate;
L|C. modalitățile de plată utilizate și conturile bancare în care au fost virate sumele.
Răspunsul va fi trimis prin curier, la sediul Parchetului de pe lângă Curtea de Apel Ploiești, Str. Văleni nr. 44, Ploiești, județul Prahova, în plic sigilat, cu mențiunea „În atenția procurorului de caz”.

S|Procuror,
S|Vlădescu Mihaela
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 11, 26, 9, 0), title="412-II-2-2026")
    signed = mk.sign_pdf(pdf, "pers_pca_ph", reason="Semnat electronic", location="Ploiești",
                         at=when(2026, 11, 26, 13, 14))
    plain = ("Bună ziua,\n\nAnexat vă transmitem adresa nr. 412/II/2/2026 privind dosarul 77/P/2026.\n\n"
             "Grefier Stan Roxana\nParchetul de pe lângă Curtea de Apel Ploiești\n\n"
             "-----------------------------------------------\nAcest mesaj și anexele sale sunt confidențiale "
             "și destinate exclusiv destinatarului. Ministerul Public – sistem de mesagerie electronică.\n")
    body = mixed([mk.text(plain, cte="quoted-printable"), mk.attachment(signed, "412_II_2_2026.pdf")], seed)
    raw = send(seed, frm="Grefa PCA Ploiesti <grefa.pcaph@mpublic.ro>", addr="grefa.pcaph@mpublic.ro", to=[LEGAL],
               subject="Adresa nr. 412/II/2/2026", t=when(2026, 11, 26, 13, 40), body=body,
               helo="gw2.mpublic.ro", extra=[("X-Mailer", "MP-Mailgate 4.2")])
    fields = le("prosecutor", authority="Parchetul de pe lângă Curtea de Apel Ploiești", reference_number="412/II/2/2026",
                reference_date="2026-11-26", case_number="77/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "email", "value": "cristian.oprea.ph@gmail.com"}],
                requested_data=["datele de identificare ale titularului contului cu adresa de e-mail cristian.oprea.ph@gmail.com",
                                "istoricul vânzărilor realizate din acest cont între 01.01.2026 și 25.11.2026, cu indicarea cumpărătorilor și a sumelor încasate",
                                "modalitățile de plată utilizate și conturile bancare în care au fost virate sumele"],
                response_channel="courier", signatory="Procuror Vlădescu Mihaela", urgent=False)
    accept = {"reference_number": ["412"]}
    notes = ("Parchetul de pe lângă Curtea de Apel Ploiești: sent by the registry clerk, signed by the bound "
             "prosecutor's personal certificate (invisible); number 'Nr. 412/II/2/2026 – 26.11.2026' on one line "
             "under the case; A./B./C. list; period only inside datum B (not scored); answer by courier in a "
             "sealed envelope; Ministerul Public gateway disclaimer in the cover")
    want = {"dkim": ["mpublic.ro"], "pdf": [pdf_want("pers_pca_ph")]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_pj_targoviste_words_date():
    seed = "g_pj_tgv"
    markup = """
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA TÂRGOVIȘTE
C|Târgoviște, Calea Domnească nr. 166, județul Dâmbovița
K|Operator de date cu caracter personal

K|Număr de înregistrare: 9.781/III/5/2026
K|Data: douăzeci și cinci noiembrie 2026 (25.11.2026)
K|Dosar: 5530/P/2025

K|Către: OKAZII ONLINE S.R.L., București

Vă aducem la cunoștință că, în dosarul penal nr. 5530/P/2025, aflat în faza de urmărire penală in personam, se impune administrarea unor probe privind activitatea inculpatului Dobre Florentin, care ar fi vândut prin platforma dumneavoastră piese auto provenite din furturi.
În vederea soluționării cauzei și în temeiul art. 170 C.p.p., solicităm să puneți la dispoziție:
L|i. toate conturile de utilizator create cu datele inculpatului sau cu numărul de telefon 0723 604 118;
L|ii. lista anunțurilor publicate din aceste conturi în anul 2026;
L|iii. datele de livrare (adrese, AWB-uri) ale comenzilor nr. 86600213, 86710452 și 86799030.
Informațiile vor fi transmise pe suport optic (CD/DVD), prin curier, la sediul parchetului.

S|Prim-procuror,
S|Ciobanu Emil-Sorin
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 11, 25, 11, 0), title="Adresa", size=11.5)
    signed = mk.sign_pdf(pdf, "seal_pj_tgv", reason="Sigiliu", at=when(2026, 11, 25, 12, 5))
    html = html_doc('<div style="font-family:Verdana;font-size:10pt">Bună ziua,<br><br>Vă rog să găsiți atașată '
                    'adresa nr. 9.781/III/5/2026.<br><br>Cu stimă,<br>Secretariat Parchetul de pe lângă Judecătoria '
                    'Târgoviște</div>')
    body = mixed([mk.text(html, "html", cte="base64"), mk.attachment(signed, "9781-III-5-2026.pdf")], seed)
    raw = send(seed, frm="Secretariat PJ Targoviste <pjtargoviste@mpublic.ro>", addr="pjtargoviste@mpublic.ro",
               to=[LEGAL], subject="Adresa 9781/III/5/2026", t=when(2026, 11, 25, 12, 30), body=body,
               helo="gw1.mpublic.ro", ip=ip_of("mpublic.ro", 1),
               extra=[("X-Mailer", "Roundcube Webmail/1.6.9")])
    fields = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Târgoviște", reference_number="9.781/III/5/2026",
                reference_date="2026-11-25", case_number="5530/P/2025", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "phone", "value": "+40723604118"}],
                transactions=["86600213", "86710452", "86799030"],
                requested_data=["toate conturile de utilizator create cu datele inculpatului sau cu numărul de telefon 0723 604 118",
                                "lista anunțurilor publicate din aceste conturi în anul 2026",
                                "datele de livrare (adrese, AWB-uri) ale comenzilor nr. 86600213, 86710452 și 86799030"],
                response_channel="courier", signatory="Prim-procuror Ciobanu Emil-Sorin", urgent=False)
    accept = {"reference_number": ["9781/III/5/2026", "9.781", "9781"]}
    notes = ("Parchetul de pe lângă Judecătoria Târgoviște, sealed: labelled lines (Număr de înregistrare / Data / "
             "Dosar), the date in words with the digits in brackets, a 2025 case, roman list, a defendant named "
             "(a person, not a user), phone as the only subject, three orders; answer on CD by courier; HTML-only "
             "base64 Roundcube cover")
    want = {"dkim": ["mpublic.ro"], "pdf": [pdf_want("seal_pj_tgv")]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_pt_covasna_platform_iso16():
    seed = "g_pt_cv"
    markup = """
2|MINISTERUL PUBLIC\\nPARCHETUL DE PE LÂNGĂ\\nTRIBUNALUL COVASNA¦Nr. 2.093/II-5/2026\\nSfântu Gheorghe, 01.12.2026

K|Către: OKAZII ONLINE S.R.L.
K|În atenția: Departamentul Juridic / Centrul de prevenire a fraudelor

În dosarul nr. 1466/P/2026 al Parchetului de pe lângă Tribunalul Covasna se efectuează urmărirea penală pentru infracțiunea de pornografie infantilă (art. 374 Cod penal), săvârșită prin intermediul mesajelor transmise utilizatorilor unei platforme de anunțuri.
Potrivit art. 170 alin. (1) Cod procedură penală, organul de urmărire penală poate dispune ca o persoană să comunice datele pe care le deține. Prin urmare, vă solicităm să ne comunicați, în legătură cu utilizatorul „tibi_cv_1988” (e-mail tiberiu.sz1988@outlook.com):
L|– datele de identificare furnizate la crearea contului;
L|– adresele IP și datele de conectare;
L|– mesajele transmise prin sistemul de mesagerie al platformei către alți utilizatori.
Perioada vizată: 01.07.2026 – 30.11.2026.
Datele vor fi încărcate pe platforma securizată de schimb de documente a parchetului, pe baza linkului care vă va fi comunicat telefonic, sau transmise la adresa pt.covasna@mpublic.ro.

S|Procuror,
S|Szabó Réka
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 1, 13, 30), title="2093-II-5-2026")
    signed = mk.sign_pdf(pdf, "seal_pt_cv", reason="Sigiliu electronic", at=when(2026, 12, 1, 14, 10))
    txt = ("Stimată doamnă, stimate domn,\n\nAnexat transmitem adresa noastră nr. 2.093/II-5/2026. Vă rugăm să "
           "confirmați primirea.\n\nParchetul de pe lângă Tribunalul Covasna\nSfântu Gheorghe\n")
    part = mk.Part([("Content-Type", 'text/plain; charset="iso-8859-16"'), ("Content-Transfer-Encoding", "quoted-printable")],
                   mk._encode(txt.encode("iso-8859-16"), "quoted-printable"))
    body = mixed([part, mk.attachment(signed, "adresa_2093.pdf")], seed)
    raw = send(seed, frm="=?iso-8859-16?q?Parchetul_de_pe_l=E2ng=E3_Tribunalul_Covasna?= <pt.covasna@mpublic.ro>",
               addr="pt.covasna@mpublic.ro", to=[LEGAL], subject="Adresa 2093/II-5/2026", t=when(2026, 12, 1, 14, 30),
               body=body, extra=[TB])
    fields = le("prosecutor", authority="Parchetul de pe lângă Tribunalul Covasna", reference_number="2.093/II-5/2026",
                reference_date="2026-12-01", case_number="1466/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "tibi_cv_1988"},
                          {"kind": "email", "value": "tiberiu.sz1988@outlook.com"}],
                requested_data=["datele de identificare furnizate la crearea contului",
                                "adresele IP și datele de conectare",
                                "mesajele transmise prin sistemul de mesagerie al platformei către alți utilizatori"],
                period={"from": "2026-07-01", "to": "2026-11-30"}, response_channel="electronic",
                signatory="Procuror Szabó Réka", urgent=False)
    accept = {"reference_number": ["2093/II-5/2026", "2.093", "2093"]}
    notes = ("Parchetul de pe lângă Tribunalul Covasna, sealed: number and place/date in the right column of a "
             "two-column heading; art. 170 paraphrased; en-dash list; answer by upload to the prosecutors' "
             "secure platform (link given by phone) or e-mail (electronic; reply_to not scored: two ways); "
             "ISO-8859-16 cover and an ISO-8859-16 encoded-word display name")
    want = {"dkim": ["mpublic.ro"], "pdf": [pdf_want("seal_pt_cv")]}
    return raw, fields, accept, notes, want


RESITA_TABLE = [("1", "4402817", "dana.m_shop"), ("2", "5519034", "vand_rapid_rs"), ("3", "6120447", "ovidiu.electro")]


def resita_letter(seed_t):
    rows = "\n".join(f"X|{a} ¦ {b} ¦ {c}" for a, b, c in RESITA_TABLE)
    markup = f"""
B|ROMÂNIA
B|JUDECĂTORIA REȘIȚA
B|Secția penală – Judecător de drepturi și libertăți
K|Dosar nr. 9031/290/2026
K|Nr. ieșire 18.406 / 02.12.2026

K|Către OKAZII ONLINE S.R.L. – Departamentul Juridic
K|Str. Frunzei nr. 29, sector 2, București

Prin încheierea din 01.12.2026, pronunțată în dosarul nr. 9031/290/2026, judecătorul de drepturi și libertăți a admis cererea Parchetului de pe lângă Judecătoria Reșița formulată în dosarul penal nr. 2210/P/2026 și a autorizat obținerea datelor de trafic și de localizare, în temeiul art. 152 din Codul de procedură penală.
În executarea încheierii, vă solicităm să comunicați, pentru perioada 01.09.2026 – 30.11.2026, pentru utilizatorii din tabelul de mai jos, următoarele date:
L|(1) adresele IP și porturile sursă ale fiecărei autentificări;
L|(2) identificatorii dispozitivelor folosite;
L|(3) datele de identificare ale titularilor conturilor.
{rows}
Răspunsul se va comunica prin e-mail la adresa jud-resita-penal@just.ro, cu mențiunea numărului de dosar.

S|Judecător de drepturi și libertăți,
S|Bogdănescu Cosmin
"""
    markup = markup.replace("X|1 ¦", "X|Nr. crt. ¦ ID utilizator ¦ Nume utilizator\nX|1 ¦", 1)
    pdf = mk.letter_pdf(markup, created=seed_t, family="sans", title="Adresa JDL 18406")
    return mk.sign_pdf(pdf, "pers_jrs_judge", visible=True, box=(340, 50, 560, 105), reason="Judecător",
                       at=seed_t + dt.timedelta(minutes=35))


@item("le_gen", "law_enforcement")
def g_resita_jdl_table():
    seed = "g_resita"
    signed = resita_letter(when(2026, 12, 2, 10, 5))
    html = html_doc('<p style="font-family:Arial;font-size:10pt">Stimate doamne/domni,</p><p style="font-family:'
                    'Arial;font-size:10pt">În atașament vă comunicăm adresa nr. 18.406/02.12.2026 emisă în dosarul '
                    '9031/290/2026 (JDL).</p><p style="font-family:Arial;font-size:10pt">Grefier,<br>Popa Daniela</p>'
                    ).replace("utf-8", "windows-1250")
    body = mixed([mk.text(html, "html", charset="windows-1250", cte="base64"),
                  mk.attachment(signed, "dosar 9031-290-2026 adresa.pdf")], seed)
    raw = send(seed, frm=mk.addr("Judecătoria Reșița - Secția penală", "jud-resita-penal@just.ro", "windows-1250"),
               addr="jud-resita-penal@just.ro", to=[LEGAL], subject="Comunicare - dosar 9031/290/2026",
               t=when(2026, 12, 2, 11, 0), body=body, subject_charset="windows-1250",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])
    fields = le("court", authority="Judecătoria Reșița", reference_number="18.406", reference_date="2026-12-02",
                case_number="9031/290/2026", legal_basis=["art. 152 CPP"],
                subjects=[{"kind": "user_id", "value": b} for _, b, _ in RESITA_TABLE] +
                         [{"kind": "username", "value": c} for _, _, c in RESITA_TABLE],
                requested_data=["adresele IP și porturile sursă ale fiecărei autentificări",
                                "identificatorii dispozitivelor folosite",
                                "datele de identificare ale titularilor conturilor"],
                period={"from": "2026-09-01", "to": "2026-11-30"}, response_channel="electronic",
                reply_to="jud-resita-penal@just.ro", signatory="Judecător de drepturi și libertăți Bogdănescu Cosmin",
                urgent=False)
    accept = {"reference_number": ["18406"], "case_number": ["2210/P/2026"]}
    notes = ("Judecătoria Reșița, judge of rights and liberties executing his own încheiere under art. 152 (traffic "
             "data): the judge's bound personal certificate, visible; exit number 'Nr. ieșire 18.406 / 02.12.2026'; "
             "court file 9031/290/2026 and the prosecutors' file 2210/P/2026 (accepted); '(1)' list then a "
             "numbered table of user ids and usernames; HTML-only Windows-1250 base64 cover, Importance: High "
             "(no urgency asked)")
    want = {"dkim": ["just.ro"], "pdf": [pdf_want("pers_jrs_judge")]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_tribunal_dambovita_forwarded():
    seed = "g_tb_db"
    markup = """
C|R O M Â N I A
C|TRIBUNALUL DÂMBOVIȚA
C|SECȚIA PENALĂ
K|Dosar nr. 3187/120/2026
K|Termen: 14.01.2027, C3
K|Nr. 27.115 din 03.12.2026

K|Către: OKAZII ONLINE S.R.L., Str. Frunzei nr. 29, sector 2, București

În vederea soluționării cauzei penale ce formează obiectul dosarului nr. 3187/120/2026, aflat pe rolul Tribunalului Dâmbovița – Secția penală, având ca obiect infracțiunea de înșelăciune în formă continuată (art. 244 Cod penal), instanța a dispus, la termenul din 02.12.2026, emiterea unei adrese către societatea dumneavoastră, în temeiul art. 170 raportat la art. 374 alin. (7) din Codul de procedură penală.
Vă rugăm să comunicați instanței:
L|1. dacă utilizatorul „laptop_gaming_tgv” (telefon 0766 102 559) a efectuat vânzări în perioada 01.02.2026 – 31.07.2026 și, în caz afirmativ, lista acestora;
L|2. datele de identificare declarate de acest utilizator;
L|3. sesizările (reclamațiile) primite de la cumpărători privind acest utilizator.
Răspunsul va fi comunicat cu cel puțin 5 zile înainte de termen, prin e-mail la tbdambovita-penal@just.ro sau prin poștă, la sediul instanței.

S|Președinte de complet,                                   Grefier,
S|judecător Ene Claudia                                   Vasile Ionuț
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 3, 9, 15), title="Adresa 27115")
    signed = mk.sign_pdf(pdf, "seal_tb_db", reason="Sigiliu instanță", at=when(2026, 12, 3, 10, 0))
    fwd = ("\n\n---------- Forwarded message ---------\nDe la: Tribunalul Dâmbovița - Secția penală "
           "<tbdambovita-penal@just.ro>\nDate: joi, 3 dec. 2026 la 10:05\nSubject: Adresa 27115 - dosar 3187/120/2026\n"
           "To: <registratura.tbdb@just.ro>\n\nVă rog să transmiteți adresa atașată către OKAZII (juridic@okazii.ro).\n")
    plain = "Bună ziua,\nvă transmitem adresa instanței, conform dispoziției completului C3." + fwd
    html = html_doc("<div>Bună ziua,<br>vă transmitem adresa instanței, conform dispoziției completului C3.</div>"
                    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message '
                    "---------<br>De la: Tribunalul Dâmbovița - Secția penală &lt;tbdambovita-penal@just.ro&gt;<br>"
                    "Date: joi, 3 dec. 2026 la 10:05<br>Subject: Adresa 27115 - dosar 3187/120/2026<br>To: "
                    "&lt;registratura.tbdb@just.ro&gt;<br></div><br>Vă rog să transmiteți adresa atașată către OKAZII "
                    "(juridic@okazii.ro).</div>")
    body = mixed([alt(plain, html, seed), mk.attachment(signed, "Adresa_27115.pdf")], seed)
    raw = send(seed, frm="Registratura Tribunalul Dambovita <registratura.tbdb@just.ro>",
               addr="registratura.tbdb@just.ro", to=[LEGAL], subject="Fwd: Adresa 27115 - dosar 3187/120/2026",
               t=when(2026, 12, 3, 10, 22), body=body, ip=ip_of("just.ro", 1))
    fields = le("court", authority="Tribunalul Dâmbovița", reference_number="27.115", reference_date="2026-12-03",
                case_number="3187/120/2026",
                subjects=[{"kind": "username", "value": "laptop_gaming_tgv"}, {"kind": "phone", "value": "+40766102559"}],
                response_channel="both", urgent=False)
    accept = {"reference_number": ["27115"], "authority": ["Tribunalul Dâmbovița – Secția penală"],
              "response_channel": ["electronic"]}
    notes = ("Tribunalul Dâmbovița, trial phase (art. 170 with art. 374(7); legal_basis not scored), sealed by the "
             "court; forwarded by the court's registry mailbox (Gmail-style forward in the same domain); case "
             "heading with 'Termen: 14.01.2027, C3'; datum 1 is a question with a period inside (requested_data and "
             "period not scored); judge and clerk on one line (signatory not scored); e-mail or post")
    want = {"dkim": ["just.ro"], "pdf": [pdf_want("seal_tb_db")]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_onpcsb_aml():
    seed = "g_onpcsb"
    ib1 = mk.ro_iban("INGB", "0000999912047731")
    ib2 = mk.ro_iban("BREL", "0002004188020100")
    markup = f"""
C|GUVERNUL ROMÂNIEI
C|OFICIUL NAȚIONAL DE PREVENIRE ȘI COMBATERE A SPĂLĂRII BANILOR
C|Direcția Analiză și Prelucrare Informații
R|Nr. 11/8.824/2026
R|București, 24.11.2026
R|SECRET DE SERVICIU – se va manipula conform Legii nr. 129/2019

K|Către OKAZII ONLINE S.R.L. – Ofițerul de conformitate / Departamentul Juridic

În exercitarea atribuțiilor prevăzute de Legea nr. 129/2019 pentru prevenirea și combaterea spălării banilor și finanțării terorismului, Oficiul analizează o serie de operațiuni suspecte care implică încasări repetate, din vânzări pe platforma dumneavoastră, în conturile {ib1} și {ib2}, urmate de retrageri în numerar.
Având în vedere art. 33 din Legea nr. 129/2019, vă solicităm să ne transmiteți, în termen de 7 zile lucrătoare:
L|1. identitatea utilizatorilor care au declarat aceste conturi bancare pentru încasări;
L|2. lista tranzacțiilor încasate în aceste conturi prin platformă, cu data, suma și contrapartida;
L|3. documentele de identificare încărcate de acești utilizatori pentru verificarea contului.
Perioada analizată: 01.01.2026 – 20.11.2026. Informațiile vor fi transmise exclusiv prin canalul securizat al Oficiului sau, în lipsa accesului, pe adresa dapi@onpcsb.ro.

S|Director,
S|Mocanu Petru-Alexandru
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 11, 24, 10, 0), family="sans", title="11/8824/2026")
    signed = mk.sign_pdf(pdf, "seal_onpcsb", reason="Sigiliu ONPCSB", at=when(2026, 11, 24, 11, 0))
    txt = "Vă transmitem solicitarea nr. 11/8.824/2026.\n\nONPCSB – Direcția Analiză și Prelucrare Informații\n"
    body = mixed([mk.text(txt), mk.attachment(signed, "ONPCSB_11_8824_2026.pdf")], seed)
    raw = send(seed, frm="ONPCSB - DAPI <dapi@onpcsb.ro>", addr="dapi@onpcsb.ro", to=[LEGAL],
               subject="Solicitare informatii nr. 11/8824/2026", t=when(2026, 11, 24, 11, 20), body=body,
               extra=[("Sensitivity", "Company-Confidential"), OUTLOOK])
    fields = le("other", authority="Oficiul Național de Prevenire și Combatere a Spălării Banilor",
                reference_number="11/8.824/2026", reference_date="2026-11-24",
                subjects=[{"kind": "iban", "value": ib1.replace(" ", "")}, {"kind": "iban", "value": ib2.replace(" ", "")}],
                requested_data=["identitatea utilizatorilor care au declarat aceste conturi bancare pentru încasări",
                                "lista tranzacțiilor încasate în aceste conturi prin platformă, cu data, suma și contrapartida",
                                "documentele de identificare încărcate de acești utilizatori pentru verificarea contului"],
                period={"from": "2026-01-01", "to": "2026-11-20"}, response_channel="electronic",
                signatory="Director Mocanu Petru-Alexandru", urgent=False)
    accept = {"authority": ["ONPCSB"], "reference_number": ["11/8824/2026", "8.824", "8824"]}
    notes = ("ONPCSB (the financial intelligence unit, kind other) under Law 129/2019 art. 33: no criminal case "
             "(case_number and legal_basis not scored), 'SECRET DE SERVICIU' marking, two IBANs as the only "
             "subjects, 7 working days; answer through the Office's secure channel or e-mail (electronic; reply_to "
             "not scored); sealed")
    want = {"dkim": ["onpcsb.ro"], "pdf": [pdf_want("seal_onpcsb")]}
    return raw, fields, accept, notes, want


@item("le_gen", "law_enforcement")
def g_dga_caras_cedilla():
    seed = "g_dga_cs"
    markup = """
C|MINISTERUL AFACERILOR INTERNE
C|DIRECȚIA GENERALĂ ANTICORUPȚIE
C|SERVICIUL JUDEȚEAN ANTICORUPȚIE CARAȘ-SEVERIN
K|Nr. 720.338/CS din 28.11.2026                              NESECRET

K|OKAZII ONLINE S.R.L.
K|în atenția: Centrul de prevenire a fraudelor – Departamentul Juridic

Serviciul Județean Anticorupție Caraș-Severin, în calitate de organ de cercetare penală al poliției judiciare, efectuează cercetări în dosarul nr. 318/P/2026 al Parchetului de pe lângă Tribunalul Caraș-Severin, privind săvârșirea de către un agent de poliție a infracțiunii de trafic de influență (art. 291 Cod penal), banii fiind încasați sub forma prețului unor bunuri vândute fictiv prin platforma dumneavoastră.
În temeiul art. 170 Cod procedură penală, vă rugăm să ne comunicați următoarele: datele de identificare ale utilizatorului cu ID-ul 27718304; tranzacțiile nr. 88012377 și 88012391, cu datele cumpărătorilor; adresa de livrare declarată pentru fiecare dintre aceste tranzacții.
Răspunsul va fi transmis prin e-mail la sja.caras@mai-dga.ro.

S|Șef serviciu,
S|Comisar-șef de poliție
S|Stanciu Laurențiu
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 11, 28, 9, 0), title="Adresa 720338")
    signed = mk.sign_pdf(pdf, "seal_dga", reason="Sigiliu DGA", at=when(2026, 11, 28, 9, 45))
    txt = mk.to_cedilla("Bună ziua,\n\nAtașat vă transmitem adresa Serviciului Județean Anticorupție Caraș-Severin "
                        "nr. 720.338/CS din 28.11.2026.\n\nCu stimă,\nsecretariat SJA Caraș-Severin\n")
    body = mixed([mk.Part([("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "8bit")],
                          txt.encode("utf-8").decode("latin-1")),
                  mk.attachment(signed, "720338_CS.pdf")], seed)
    raw = send(seed, frm="SJA Caras-Severin <sja.caras@mai-dga.ro>", addr="sja.caras@mai-dga.ro", to=[LEGAL],
               subject=mk.to_cedilla("Adresă SJA Caraș-Severin nr. 720338"), t=when(2026, 11, 28, 10, 2), body=body,
               extra=[ZIMBRA])
    fields = le("police", authority="Direcția Generală Anticorupție – Serviciul Județean Anticorupție Caraș-Severin",
                reference_number="720.338/CS", reference_date="2026-11-28", case_number="318/P/2026",
                legal_basis=["art. 170 CPP"], subjects=[{"kind": "user_id", "value": "27718304"}],
                transactions=["88012377", "88012391"], response_channel="electronic",
                reply_to="sja.caras@mai-dga.ro", signatory="Comisar-șef de poliție Stanciu Laurențiu", urgent=False)
    accept = {"authority": ["Direcția Generală Anticorupție", "DGA", "Serviciul Județean Anticorupție Caraș-Severin"],
              "reference_number": ["720.338", "720338", "720338/CS"]}
    notes = ("DGA – SJA Caraș-Severin, sealed by DGA: data asked in one prose sentence separated by semicolons "
             "(requested_data not scored); user id and two transactions; number and 'NESECRET' on one line; UTF-8 "
             "8bit cover written with the old cedilla letters (ş ţ), also in the Subject")
    want = {"dkim": ["mai-dga.ro"], "pdf": [pdf_want("seal_dga")]}
    return raw, fields, accept, notes, want


# =====================================================================
# FORGED OR DEFECTIVE (10): one reason each, new in this round
# =====================================================================

def f_fields(kind, case, urgent=None):
    f = {"authority_kind": kind, "case_number": case}
    if urgent is not None:
        f["urgent"] = urgent
    return f


TGS_HEAD = """
C|ROMÂNIA – MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN COVASNA
C|POLIȚIA MUNICIPIULUI TÂRGU SECUIESC
R|Nr. 40.277 din 03.12.2026
K|Către OKAZII ONLINE S.R.L., Departamentul Juridic

În dosarul penal nr. 1552/P/2026, privind infracțiunea de șantaj (art. 207 Cod penal), vă rugăm ca, în baza art. 170 C.p.p., să ne comunicați, pentru perioada 01.10.2026 – 02.12.2026:"""


@item("le_forged", "law_enforcement")
def f_ocr_layer_says_more():
    seed = "f_ocr_layer"
    visible = TGS_HEAD + """
L|1. datele de identificare ale utilizatorului „kiss.attila.tgs”;
L|2. adresele IP de conectare ale acestui utilizator.
Răspunsul se va transmite la pm.tgsecuiesc@cv.politiaromana.ro.

S|ȘEFUL POLIȚIEI MUNICIPIULUI TÂRGU SECUIESC
S|Comisar-șef de poliție Fodor Levente
"""
    vis_pdf = mk.letter_pdf(visible, created=when(2026, 12, 3, 8, 0))
    png = mk.pdf_page_png(vis_pdf, scale=1.6)
    hidden = [mk.strip_diacritics(x) if False else x for x in [
        "ROMÂNIA – MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN COVASNA",
        "POLIȚIA MUNICIPIULUI TÂRGU SECUIESC", "Nr. 40.277 din 03.12.2026",
        "Către OKAZII ONLINE S.R.L., Departamentul Juridic", "",
        "În dosarul penal nr. 1552/P/2026, privind infracțiunea de șantaj (art. 207 Cod penal), vă rugăm ca,",
        "în baza art. 170 C.p.p., să ne comunicați, pentru perioada 01.10.2026 – 02.12.2026:",
        "1. datele de identificare ale utilizatorilor „kiss.attila.tgs”, „bogdan_eladas” și erdelyi.piroska@gmail.com;",
        "2. adresele IP de conectare ale acestor utilizatori;",
        "3. copiile documentelor de identitate încărcate pentru verificarea conturilor.",
        "Răspunsul se va transmite la pm.tgsecuiesc@cv.politiaromana.ro.", "",
        "ȘEFUL POLIȚIEI MUNICIPIULUI TÂRGU SECUIESC", "Comisar-șef de poliție Fodor Levente"]]
    scan = mk.searchable_scan_pdf(png, hidden, created=when(2026, 12, 3, 8, 20))
    signed = mk.sign_pdf(scan, "seal_ipj_cv", reason="Sigiliu electronic IPJ Covasna", at=when(2026, 12, 3, 8, 31))
    txt = ("Bună ziua,\n\nVă rugăm să transmiteți datele pentru cei trei utilizatori menționați în adresa "
           "atașată (kiss.attila.tgs, bogdan_eladas, erdelyi.piroska@gmail.com), inclusiv copiile actelor de "
           "identitate.\n\nPoliția Municipiului Târgu Secuiesc\n")
    body = mixed([mk.text(txt), mk.attachment(signed, "scan_40277.pdf")], seed)
    raw = send(seed, frm="pm.tgsecuiesc@cv.politiaromana.ro", addr="pm.tgsecuiesc@cv.politiaromana.ro",
               to=[LEGAL], subject="adresa 40277", t=when(2026, 12, 3, 8, 50), body=body,
               extra=[("X-Mailer", "Zimbra 8.8.15_GA_4652 (ZimbraWebClient - FF128 (Linux)/8.8.15_GA_4652)")])
    notes = ("FORGED - searchable scan whose text layer says more than its image: IPJ Covasna's own mailbox "
             "(valid DKIM) and IPJ Covasna's bound seal, intact, over a scanner PDF whose page IMAGE (what a person "
             "sees) asks for one user (kiss.attila.tgs) and two data; the invisible OCR text layer (render mode 3, "
             "what a text extractor reads) names two more users, an e-mail and a third datum (ID documents); the "
             "cover asks for all three. Made by a compromised scanning workstation before the automatic seal. One "
             "reason: what the signed page shows is not what its text layer states")
    want = {"dkim": ["cv.politiaromana.ro"], "pdf": [pdf_want("seal_ipj_cv")],
            "hidden_text": ["bogdan_eladas", "erdelyi.piroska@gmail.com"]}
    return raw, f_fields("police", "1552/P/2026"), None, notes, want


@item("le_forged", "law_enforcement")
def f_pathlen_rogue_subca():
    seed = "f_pathlen"
    markup = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|Direcția Combaterea Migrației Ilegale și a Criminalității Transfrontaliere
R|Nr. 1.550.931 / 02.12.2026
K|Către OKAZII ONLINE S.R.L.

În dosarul penal nr. 905/P/2026, privind infracțiunea de trafic de migranți (art. 263 Cod penal), în baza art. 170 C.p.p., vă rugăm să comunicați datele de identificare, adresele IP și istoricul mesajelor utilizatorului „transport.italia.ieftin” pentru perioada 01.09.2026 – 01.12.2026.
Răspunsul la adresa dcmi@politiadefrontiera.ro.

S|Director,
S|Chestor de poliție Ilie Sorin-Mugurel
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 2, 9, 0), family="sans")
    signed = mk.sign_pdf(pdf, "seal_igpf_rogue", reason="Sigiliu IGPF", at=when(2026, 12, 2, 9, 20))
    body = mixed([mk.text("Vă transmitem adresa atașată, semnată cu sigiliul electronic al IGPF.\n\nDCMICT\n"),
                  mk.attachment(signed, "IGPF_1550931.pdf")], seed)
    raw = send(seed, frm="DCMICT IGPF <dcmi@politiadefrontiera.ro>", addr="dcmi@politiadefrontiera.ro", to=[LEGAL],
               subject="Adresa 1550931 - dosar 905/P/2026", t=when(2026, 12, 2, 9, 35), body=body)
    notes = ("FORGED - path-length violation: IGPF's mailbox (valid DKIM, compromised) sends a complete letter "
             "'sealed' with a certificate carrying IGPF's exact O and organizationIdentifier, issued by "
             "'Conformitate Digitala Test SRL - CA interna', a CA:TRUE certificate that the trusted issuing CA "
             "(pathLenConstraint 0) signed by mistake: every signature in the chain verifies up to the trusted "
             "root, but the path is longer than the issuing CA allows. One reason: an invalid certification path")
    want = {"dkim": ["politiadefrontiera.ro"], "pdf": [pdf_want("seal_igpf_rogue", trusted=False, chain_trusted=False)]}
    return raw, f_fields("police", "905/P/2026"), None, notes, want


@item("le_forged", "law_enforcement")
def f_weak_dkim_key():
    seed = "f_weak_dkim"
    markup = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI
C|POLIȚIA MUNICIPIULUI BÂRLAD
C|Biroul de Investigații Criminale
R|Nr. 88.402 din 01.12.2026
K|Către: OKAZII ONLINE S.R.L. – Departamentul Juridic, Str. Frunzei nr. 29, sector 2, București

În dosarul penal nr. 2781/P/2026, privind infracțiunea de înșelăciune (art. 244 Cod penal), în temeiul art. 170 C.p.p., vă rugăm să ne comunicați, pentru perioada 01.09.2026 – 30.11.2026:
L|1. datele de identificare ale utilizatorului „iulian_bd_telefoane”;
L|2. tranzacțiile încheiate de acesta ca vânzător;
L|3. adresele IP de conectare.
Răspunsul prin e-mail la pm.barlad@vs.politiaromana.ro.

S|ȘEFUL POLIȚIEI MUNICIPIULUI BÂRLAD
S|Comisar-șef de poliție Olaru Bogdan
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 1, 10, 0))
    signed = mk.sign_pdf(pdf, "seal_ipj_vs", reason="Sigiliu IPJ Vaslui", at=when(2026, 12, 1, 10, 30))
    body = mixed([mk.text("Buna ziua,\n\nAtasat adresa nr. 88.402/01.12.2026.\n\nPolitia Municipiului Barlad - BIC\n",
                          charset="us-ascii", cte="7bit"),
                  mk.attachment(signed, "88402.pdf")], seed)
    raw = send(seed, frm="pm.barlad@vs.politiaromana.ro", addr="pm.barlad@vs.politiaromana.ro", to=[LEGAL],
               subject="adresa 88402 BIC Barlad", t=when(2026, 12, 1, 10, 50), body=body, selector="vs2012",
               ip=ip_of("vs.politiaromana.ro", 1), helo="oldmail.vs.politiaromana.ro")
    notes = ("DEFECTIVE - weak DKIM key: a complete letter of Poliția Municipiului Bârlad with IPJ Vaslui's bound "
             "seal (valid), but the mail's only DKIM signature is made with the county's legacy selector vs2012, a "
             "768-bit RSA key still published in DNS (RFC 8301: keys under 1024 bits must not be considered valid; "
             "a key this size can be factored, so anybody may have signed). dkimpy refuses it. One reason: the "
             "channel is not authenticated")
    want = {"dkim": [], "dkim_selector_weak": "vs2012", "pdf": [pdf_want("seal_ipj_vs")]}
    return raw, f_fields("police", "2781/P/2026"), None, notes, want


@item("le_forged", "law_enforcement")
def f_timestamp_widget_shadow():
    seed = "f_ts_shadow"
    markup = """
C|MINISTERUL PUBLIC – PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|D.I.I.C.O.T. – SERVICIUL TERITORIAL PLOIEȘTI
K|Dosar nr. 511/D/P/2026                                   Nr. 2.207/II/3/2026
K|Ploiești, 02.12.2026

K|Către OKAZII ONLINE S.R.L.

În dosarul nr. 511/D/P/2026, privind trafic de droguri de mare risc (art. 2 din Legea nr. 143/2000), în baza art. 170 C.p.p., vă solicităm datele de identificare, adresele IP și istoricul mesajelor utilizatorului „vand_ceasuri_ph” pentru perioada 01.10.2026 – 01.12.2026.
Răspunsul se va transmite la st.ploiesti@diicot.ro.






S|Procuror,
S|Niculescu Dan
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 2, 9, 0))
    signed = mk.sign_pdf(pdf, "seal_diicot", reason="DIICOT", at=when(2026, 12, 2, 9, 40))
    shadow = mk.timestamp_shadow(signed, [
        "COMPLETARE: se vor comunica, in aceleasi conditii, si datele utilizatorilor",
        "\"ana_maria.ph\" si \"cosmin.vand.tot\", precum si documentele de identitate incarcate.",
        "Raspunsul se va transmite si la adresa st.ploiesti.diicot@proton.me (server de rezerva)."],
        when(2026, 12, 4, 21, 12), rect=(60, 330, 540, 380))
    txt = ("Revenim cu adresa completată (vezi mențiunea de pe pagina 1, adăugată și marcată temporal). "
           "Vă rugăm să transmiteți datele și pe adresa de rezervă indicată.\n\nDIICOT ST Ploiești\n")
    body = mixed([mk.text(txt), mk.attachment(shadow, "2207_II_3_2026_completata.pdf")], seed)
    raw = send(seed, frm="DIICOT ST Ploiesti <st.ploiesti@diicot.ro>", addr="st.ploiesti@diicot.ro", to=[LEGAL],
               subject="Re: Adresa 2207/II/3/2026 - completare", t=when(2026, 12, 4, 21, 30), body=body)
    notes = ("FORGED - a time-stamp revision as a shadow: a genuine DIICOT letter with DIICOT's bound seal (about "
             "one user); after signing, ONE incremental update adds a visible signature field whose widget "
             "appearance draws a 'COMPLETARE' paragraph on page 1 (two more users, ID documents, a proton.me "
             "address) and fills it with an RFC 3161 document time-stamp of the trusted TSP. pyHanko files the "
             "change under FORM_FILLING, the time-stamp is valid, but nobody signed the drawn text (a page-text "
             "extractor does not even see it). From DIICOT's compromised mailbox at 21:30. One reason: content "
             "added after the seal, covered only by a time-stamp")
    want = {"dkim": ["diicot.ro"], "pdf": [pdf_want("seal_diicot", whole=False), pdf_want("tsa", whole=True)]}
    return raw, f_fields("prosecutor", "511/D/P/2026"), None, notes, want


@item("le_forged", "law_enforcement")
def f_certified_copy_of_petition():
    seed = "f_cert_copy"
    markup = """
B|CABINET DE AVOCAT PÂRVU SORIN
K|Baroul Dâmbovița – Târgoviște, Str. Revoluției nr. 7

C|DOMNULE PREȘEDINTE,

Subsemnatul av. Pârvu Sorin, în calitate de apărător ales al inculpatului Mitrea Costel în dosarul nr. 4471/120/2026 al Tribunalului Dâmbovița – Secția penală, formulez prezenta
T|CERERE DE PROBATORIU
prin care solicit instanței să dispună, în temeiul art. 170 din Codul de procedură penală, ca societatea OKAZII ONLINE S.R.L. să comunice:
L|a) datele de identificare, adresa de livrare și numărul de telefon ale utilizatorului „mirela.d_shop”, persoana vătămată în cauză;
L|b) toate mesajele schimbate de acest utilizator prin platformă în perioada 01.03.2026 – 30.06.2026.
Răspunsul să fie comunicat și apărătorului, la adresa sorin.parvu.avocat@gmail.com.
K|Av. Pârvu Sorin

B|CONFORM CU ORIGINALUL
K|Tribunalul Dâmbovița – Secția penală, grefier Vasile Ionuț, 01.12.2026
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 1, 12, 0))
    signed = mk.sign_pdf(pdf, "seal_tb_db", reason="Conform cu originalul", at=when(2026, 12, 1, 12, 20))
    txt = ("Bună ziua,\n\nLa solicitarea apărătorului, vă comunicăm copia certificată a cererii depuse în dosarul "
           "4471/120/2026. Vă rugăm să dați curs.\n\nGrefa Secției penale\nTribunalul Dâmbovița\n")
    body = mixed([mk.text(txt), mk.attachment(signed, "copie_certificata_4471.pdf")], seed)
    raw = send(seed, frm="Grefa Sectia penala <tbdambovita-penal@just.ro>", addr="tbdambovita-penal@just.ro",
               to=[LEGAL], subject="Dosar 4471/120/2026 - comunicare", t=when(2026, 12, 1, 12, 40), body=body)
    notes = ("FORGED - a court-certified copy of a PARTY's petition presented as a request: the court's mailbox "
             "(valid just.ro DKIM) and the court's bound seal, intact, but the sealed document is a defence lawyer's "
             "'cerere de probatoriu' asking the court to order the disclosure (victim's address and messages, "
             "answer also to the lawyer's gmail), certified 'conform cu originalul' by a clerk. The court has not "
             "ordered anything; no authority asks us. One reason: the signed document is not the authority's request")
    return raw, f_fields("court", "4471/120/2026"), None, notes, {"dkim": ["just.ro"], "pdf": [pdf_want("seal_tb_db")]}


@item("le_forged", "law_enforcement")
def f_timestamp_only():
    seed = "f_ts_only"
    markup = """
B|MINISTERUL PUBLIC
B|PARCHETUL DE PE LÂNGĂ CURTEA DE APEL PLOIEȘTI
R|Nr. 431/II/2/2026 din 04.12.2026
K|Către OKAZII ONLINE S.R.L.

În dosarul nr. 77/P/2026, în completarea adresei nr. 412/II/2/2026, în baza art. 170 C.p.p., vă solicităm să comunicați datele de identificare și istoricul tranzacțiilor utilizatorilor „ana.oprea.ph” și „oprea_imobiliare” pentru perioada 01.01.2026 – 03.12.2026, precum și documentele de identitate încărcate de aceștia.
Răspunsul se transmite electronic, la grefa.pcaph@mpublic.ro.

S|Procuror,
S|Vlădescu Mihaela
S|(semnat electronic)
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 4, 9, 0))
    ts = mk.doc_timestamp(pdf, when(2026, 12, 4, 9, 14))
    txt = ("Bună ziua,\n\nÎn completarea adresei nr. 412/II/2/2026 vă transmitem adresa nr. 431/II/2/2026, semnată "
           "electronic (marcă temporală calificată).\n\nGrefier Stan Roxana\n")
    body = mixed([mk.text(txt), mk.attachment(ts, "431_II_2_2026.pdf")], seed)
    raw = send(seed, frm="Grefa PCA Ploiesti <grefa.pcaph@mpublic.ro>", addr="grefa.pcaph@mpublic.ro", to=[LEGAL],
               subject="Adresa nr. 431/II/2/2026 (completare)", t=when(2026, 12, 4, 9, 30), body=body,
               helo="gw2.mpublic.ro", extra=[("X-Mailer", "MP-Mailgate 4.2")])
    notes = ("FORGED - a time-stamp instead of a signature: the clerk's mpublic.ro mailbox (valid DKIM, "
             "compromised) sends a 'completion' of the genuine request g_pca_ploiesti_prosecutor (same case, more "
             "users, ID documents) whose PDF carries only an RFC 3161 document time-stamp (/DocTimeStamp) of the "
             "trusted TSP's time-stamping unit: valid, chaining to the root, covering the whole file, and proving "
             "only when the bytes existed; the printed '(semnat electronic)' is text. One reason: no signature by "
             "anybody, only a TSA token")
    want = {"dkim": ["mpublic.ro"], "pdf": [pdf_want("tsa")]}
    return raw, f_fields("prosecutor", "77/P/2026"), None, notes, want


@item("le_forged", "law_enforcement")
def f_double_o_subject():
    seed = "f_double_o"
    markup = """
C|OFICIUL NAȚIONAL DE PREVENIRE ȘI COMBATERE A SPĂLĂRII BANILOR
C|Direcția Analiză și Prelucrare Informații
R|Nr. 11/9.107/2026 – București, 03.12.2026
K|Către OKAZII ONLINE S.R.L. – Ofițerul de conformitate

În temeiul art. 33 din Legea nr. 129/2019, vă solicităm să transmiteți, în 3 zile lucrătoare, identitatea, documentele de identificare încărcate și lista tranzacțiilor utilizatorilor care au declarat pentru încasări conturile RO72 RZBR 0000 0600 1877 2210 și RO15 CECE B000 30RO N018 2290, pentru perioada 01.01.2026 – 02.12.2026.
Informațiile se transmit la adresa dapi@onpcsb.ro.

S|Director,
S|Mocanu Petru-Alexandru
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 3, 10, 0), family="sans")
    signed = mk.sign_pdf(pdf, "seal_aml_double_o", reason="Sigiliu", at=when(2026, 12, 3, 10, 15))
    body = mixed([mk.text("Vă transmitem solicitarea nr. 11/9.107/2026 (termen 3 zile lucrătoare).\n\nONPCSB – DAPI\n"),
                  mk.attachment(signed, "ONPCSB_11_9107_2026.pdf")], seed)
    raw = send(seed, frm="ONPCSB - DAPI <dapi@onpcsb.ro>", addr="dapi@onpcsb.ro", to=[LEGAL],
               subject="Solicitare informatii nr. 11/9107/2026", t=when(2026, 12, 3, 10, 30), body=body, extra=[OUTLOOK])
    notes = ("FORGED - attribute injection in the signer's subject: ONPCSB's mailbox (valid DKIM, compromised); "
             "the PDF is sealed by a qualified seal of a consulting company ('Expert AML Conformitate SRL', "
             "VATRO-38772291) from the trusted CA, whose subject ALSO carries, as second values, O = ONPCSB's exact "
             "name and organizationIdentifier = ONPCSB's VATRO-12189011 (a CA that copied the CSR's extra "
             "attributes). A reader taking any, or the last, O/orgid binds it to ONPCSB. One reason: the signer is "
             "the company, not ONPCSB")
    want = {"dkim": ["onpcsb.ro"], "pdf": [pdf_want("seal_aml_double_o")]}
    fields = {"authority_kind": "other"}
    return raw, fields, None, notes, want


@item("le_forged", "law_enforcement")
def f_seal_not_yet_valid():
    seed = "f_not_yet_valid"
    markup = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN DÂMBOVIȚA
C|POLIȚIA ORAȘULUI GĂEȘTI
C|Compartimentul de Investigații Criminale
K|Nr. 118.093 din 03.12.2026
K|Către OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor

Polița Orașului Găești efectuează cercetări în dosarul penal nr. 1903/P/2026, privind infracțiunea de înșelăciune (art. 244 Cod penal). În temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare ale utilizatorului „gaesti_moto_piese”, tranzacțiile efectuate de acesta și adresele IP de conectare, pentru perioada 01.10.2026 – 02.12.2026.
Răspunsul la adresa po.gaesti@db.politiaromana.ro.

S|ȘEFUL POLIȚIEI ORAȘULUI GĂEȘTI
S|Comisar de poliție Radu Florian
"""
    pdf = mk.letter_pdf(markup, created=when(2026, 12, 3, 11, 0))
    signed = mk.sign_pdf(pdf, "seal_ipj_db_2027", reason="Sigiliu IPJ Dâmbovița", at=when(2026, 12, 3, 11, 20))
    body = mixed([mk.text("Bună ziua,\nvă transmitem adresa nr. 118.093.\nPoliția Orașului Găești\n", cte="8bit",
                          format_flowed=True), mk.attachment(signed, "118093.pdf")], seed)
    raw = send(seed, frm="Politia Orasului Gaesti <po.gaesti@db.politiaromana.ro>", addr="po.gaesti@db.politiaromana.ro",
               to=[LEGAL], subject="Adresa 118093 / 1903/P/2026", t=when(2026, 12, 3, 11, 35), body=body, extra=[TB])
    notes = ("DEFECTIVE - certificate not yet valid: IPJ Dâmbovița's own channel (valid DKIM) and a complete letter "
             "sealed on 03.12.2026 with IPJ Dâmbovița's RENEWED seal (same O and organizationIdentifier as the bound "
             "one, so the registry binds it), whose validity begins on 01.01.2027: the signature was made before the "
             "certificate was valid (and, until 2027, is judged before it too). One reason: signer certificate "
             "outside its validity period at signing time")
    want = {"dkim": ["db.politiaromana.ro"], "pdf": [pdf_want("seal_ipj_db_2027", trusted=False)]}
    return raw, f_fields("police", "1903/P/2026"), None, notes, want


@item("le_forged", "law_enforcement")
def f_concatenated_user_id():
    seed = "f_concat"
    signed = resita_letter(when(2026, 12, 2, 10, 5))
    txt = ("Stimate doamne/domni,\n\nRevenim la adresa nr. 18.406/02.12.2026 (dosar 9031/290/2026): din eroare "
           "materială, în tabel ID-ul utilizatorului de la poziția 1 a fost redactat incomplet. ID-ul corect este "
           "14402817 (pozitia 1 din tabel) - vă rugăm să comunicați datele pentru acest ID.\n\n"
           "Grefier,\nPopa Daniela\n")
    body = mixed([mk.text(txt, cte="quoted-printable"), mk.attachment(signed, "dosar 9031-290-2026 adresa.pdf")], seed)
    raw = send(seed, frm="Judecatoria Resita - Sectia penala <jud-resita-penal@just.ro>",
               addr="jud-resita-penal@just.ro", to=[LEGAL], subject="RE: Comunicare - dosar 9031/290/2026 - eroare materiala",
               t=when(2026, 12, 4, 16, 5), body=body)
    notes = ("FORGED - a user that exists in the signed letter only as a concatenation: the judge's genuine signed "
             "letter (same PDF as g_resita_jdl_table, bound certificate) lists user ids in a numbered table ('1 | "
             "4402817 | …'); the compromised court mailbox (valid just.ro DKIM) 'corrects' the first id to "
             "14402817, another account. The signed text holds '1 4402817': compared without spacing it contains "
             "'14402817'. One reason: the cover asks for a user the letter does not name")
    want = {"dkim": ["just.ro"], "pdf": [pdf_want("pers_jrs_judge")]}
    return raw, f_fields("court", "9031/290/2026"), {"case_number": ["2210/P/2026"]}, notes, want


@item("le_forged", "law_enforcement")
def f_same_name_twin_attachment():
    seed = "f_twin"
    base = """
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
C|Serviciul Teritorial Brașov – Biroul Teritorial Sfântu Gheorghe
K|Dosar nr. 64/P/2026 – Nr. 1.377/2026 din 30.11.2026
K|Către OKAZII ONLINE S.R.L.

În dosarul nr. 64/P/2026, privind infracțiunea de luare de mită (art. 289 Cod penal), în temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare și lista vânzărilor utilizatorului {users} pentru perioada 01.01.2026 – 29.11.2026.
Răspunsul {answer}.

S|Procuror,
S|Kovács Enikő
"""
    good = base.format(users="„lakatos.auto.sg”",
                       answer="se va transmite prin curier, la sediul Biroului Teritorial Sfântu Gheorghe")
    bad = base.format(users="„lakatos.auto.sg”, precum și ale utilizatorilor „szabo_imobil” și „erika.sg.home”",
                      answer="se va transmite electronic, la adresa dna.sg.birou@proton.me")
    g = mk.letter_pdf(good, created=when(2026, 11, 30, 9, 0))
    b = mk.letter_pdf(bad, created=when(2026, 11, 30, 9, 0))
    p7s = mk.cades(g, "pers_dna_sg", detached=True, signing_time=when(2026, 11, 30, 9, 30).astimezone(dt.UTC))
    txt = "Vă transmitem adresa nr. 1.377/2026 și semnătura electronică.\n\nDNA – BT Sfântu Gheorghe\n"
    body = mixed([mk.text(txt), mk.attachment(g, "adresa.pdf"), mk.attachment(b, "adresa.pdf"),
                  mk.attachment(p7s, "adresa.pdf.p7s", ctype="application/pkcs7-signature")], seed)
    raw = send(seed, frm="DNA BT Sfantu Gheorghe <bt.sfantugheorghe@pna.ro>", addr="bt.sfantugheorghe@pna.ro",
               to=[LEGAL], subject="Adresa 1377/2026 - dosar 64/P/2026", t=when(2026, 12, 1, 8, 10), body=body)
    notes = ("FORGED - two attachments with the same name: DNA's mailbox (valid pna.ro DKIM, compromised) sends "
             "'adresa.pdf' twice and 'adresa.pdf.p7s', a CAdES detached signature by the bound DNA prosecutor. The "
             "signature matches the FIRST 'adresa.pdf' (one user, answer by courier); the SECOND, unsigned, same "
             "look, names two more users and an answer to proton.me: a mail client saving the files keeps the last "
             "one under that name. One reason: the .p7s 'signs the file of its name', and two files have it")
    want = {"dkim": ["pna.ro"], "twin": {"name": "adresa.pdf", "signer": "pers_dna_sg", "matches": [True, False]}}
    return raw, f_fields("prosecutor", "64/P/2026"), None, notes, want


# =====================================================================
# OTHER CATEGORIES (21)
# =====================================================================

def plain_mail(seed, *, frm, addr, to, subject, t, text_, charset="utf-8", cte="quoted-printable", extra=None,
               flowed=False, attach=None, dkim="auto", **kw):
    part = mk.text(text_, charset=charset, cte=cte, format_flowed=flowed)
    if attach:
        part = mixed([part] + attach, seed)
    return send(seed, frm=frm, addr=addr, to=to, subject=subject, t=t, body=part, extra=extra, dkim=dkim, **kw)


@item("complaint", "complaint")
def c_concert_tickets_gmail():
    seed = "c_tickets"
    t = ("buna ziua\n\nam cumparat de la utilizatorul bilete_concert_cluj 2 bilete la concertul din 28 noiembrie de "
         "la sala polivalenta, comanda 77120934, am platit 640 lei prin transfer cum mi-a zis el ca asa e mai "
         "rapid. biletele au venit pe mail ca pdf dar la intrare nu au mers, cei de la control au zis ca acelasi cod "
         "a fost scanat deja de altcineva cu o ora inainte. practic le-a vandut de mai multe ori\n"
         "i-am scris dupa concert si nu mai vede mesajele, numarul de telefon e inchis\n\n"
         "vreau banii inapoi si sa ii blocati contul ca sa nu mai pateasca si altii\n\nmultumesc\nalexandra\n")
    raw = plain_mail(seed, frm="Alexandra Pop <alexandra.pop.cj@gmail.com>", addr="alexandra.pop.cj@gmail.com",
                     to=[SECURITY], subject="bilete false", t=when(2026, 11, 29, 23, 41), text_=t, charset="us-ascii",
                     cte="7bit")
    fields = {"complainant": "alexandra.pop.cj@gmail.com", "transaction_id": "77120934",
              "counterparty": "bilete_concert_cluj", "amount": {"value": "640.00", "currency": "RON"},
              "issue": "fraud_suspected"}
    accept = {"complainant": ["Alexandra Pop", "alexandra"], "issue": ["other"]}
    notes = ("complaint: tickets sold several times (codes already scanned), paid by transfer outside the guarantee, "
             "the seller stopped reading messages; lowercase gmail without diacritics, no cue word 'reclamație'")
    return raw, fields, accept, notes, {}


@item("complaint", "complaint")
def c_seller_fake_courier_link():
    seed = "c_fake_courier"
    plain = ("Bună seara,\n\nVindeam pe site un cărucior Cybex (anunțul a405512078), preț 1.900 lei. Utilizatorul "
             "andreea_mami2024 mi-a scris că îl cumpără și că a plătit deja „prin curierul Okazii”, iar eu trebuie doar "
             "să confirm încasarea pe un link. Am intrat pe link, părea pagina voastră, mi-a cerut datele cardului ca "
             "să primesc banii. În 10 minute mi s-au retras de pe card 1.870 lei, în două tranzacții.\n\n"
             "Am sunat la bancă și au blocat cardul. Vă rog să verificați contul acestei persoane, mie mi-a șters "
             "conversația. Dacă puteți să mă ajutați cu ceva pentru bani.\n\nFlorina Dumitru\n07xx xxx 441\n\n"
             "Trimis de pe iPhone\n")
    html = html_doc('<div dir="auto">' + plain.replace("\n", "<br>") + "</div>")
    body = alt(plain, html, seed)
    raw = send(seed, frm="Florina Dumitru <florina.dumitru@icloud.com>", addr="florina.dumitru@icloud.com",
               to=[SUPPORT], subject="M-a furat prin link", t=when(2026, 12, 2, 21, 14), body=body, extra=[APPLE])
    fields = {"counterparty": "andreea_mami2024", "amount": {"value": "1870.00", "currency": "RON"},
              "issue": "fraud_suspected"}
    accept = {"amount": [{"value": "1900.00", "currency": "RON"}]}
    notes = ("complaint by a SELLER: fake 'courier payment' link sent by a buyer, card data stolen, 1.870 lei taken "
             "(listing price 1.900 accepted); no order number (a listing number only); Apple Mail from an iPhone")
    return raw, fields, accept, notes, {}


@item("complaint", "complaint")
def c_lawyer_for_client():
    seed = "c_lawyer"
    t = ("Stimate doamne și domni,\n\nSubsemnatul, av. Dobrescu Răzvan, în calitate de reprezentant convențional al "
         "domnului Marin Constantin (împuternicire avocațială nr. 1188/2026, atașată), vă aduc la cunoștință "
         "următoarele:\n\nLa 02.11.2026 clientul meu a comandat prin platforma dumneavoastră un laptop Lenovo Legion, "
         "comanda nr. 90412276, de la vânzătorul „laptopuri_garantie_db”, achitând suma de 4.299,00 lei prin "
         "plata online cu Garanția de Livrare. Produsul nu a fost livrat nici până astăzi; AWB-ul comunicat de "
         "vânzător nu există în sistemul curierului.\n\nÎn numele clientului, vă solicit:\n"
         "1. restituirea sumei de 4.299,00 lei în baza Garanției de Livrare;\n"
         "2. păstrarea tuturor datelor privind contul vânzătorului, în vederea formulării unei plângeri penale.\n\n"
         "Cu stimă,\nav. Dobrescu Răzvan\nCabinet de avocat, Baroul Dâmbovița\ntel. 0245 210 118\n")
    pdf = mk.letter_pdf("T|ÎMPUTERNICIRE AVOCAȚIALĂ nr. 1188/2026\nClientul Marin Constantin împuternicește pe av. "
                        "Dobrescu Răzvan să îl reprezinte în raport cu OKAZII ONLINE S.R.L.",
                        created=when(2026, 12, 1, 9, 0), creator="Microsoft® Word 2019")
    raw = plain_mail(seed, frm="Cabinet avocat Dobrescu <office@avocat-dobrescu.ro>", addr="office@avocat-dobrescu.ro",
                     to=[SECURITY], subject="Comanda 90412276 - nelivrare - client Marin Constantin",
                     t=when(2026, 12, 1, 10, 2), text_=t, attach=[mk.attachment(pdf, "imputernicire_1188.pdf")])
    fields = {"transaction_id": "90412276", "counterparty": "laptopuri_garantie_db",
              "amount": {"value": "4299.00", "currency": "RON"}, "delivery_guarantee": True, "issue": "not_delivered",
              "contact": {"email": "office@avocat-dobrescu.ro"}}
    accept = {"complainant": ["Marin Constantin", "av. Dobrescu Răzvan"]}
    notes = ("complaint written by a LAWYER for his client (a lawyer is no authority: this is the client's "
             "complaint, not law enforcement), power of attorney attached; Delivery Guarantee named; asks refund and "
             "data preservation; complainant not scored (client or lawyer)")
    return raw, fields, accept, notes, {}


@item("complaint", "complaint")
def c_company_pellets():
    seed = "c_pellets"
    t = mk.strip_diacritics(
        "Buna ziua,\n\nVa scriem in numele clientului nostru, SC Agroferm Bodoc SRL (CUI RO 30112876), pentru care "
        "tinem contabilitatea.\n\nLa 10.11.2026 societatea a comandat prin Okazii 2 paleti de peleti (comanda nr. "
        "88310457) de la vanzatorul peleti_premium_cv si a achitat factura proforma in valoare de 3.480,00 lei prin "
        "ordin de plata. Livrarea trebuia facuta in 5 zile lucratoare. Telefonul din anunt nu mai este alocat, iar "
        "anuntul a disparut de pe site.\n\nVa rugam sa ne spuneti ce putem face pentru recuperarea sumei si sa "
        "verificati acest vanzator.\n\nCu stima,\nIrina Benedek\nExpert Fisc CV - contabilitate\n")
    raw = plain_mail(seed, frm="Irina Benedek <irina@expert-fisc-cv.ro>", addr="irina@expert-fisc-cv.ro",
                     to=[SUPPORT], subject="Comanda 88310457 - marfa nelivrata", t=when(2026, 11, 27, 15, 5),
                     text_=t, charset="iso-8859-2", extra=[NOTES])
    fields = {"transaction_id": "88310457", "counterparty": "peleti_premium_cv",
              "amount": {"value": "3480.00", "currency": "RON"}, "issue": "not_delivered"}
    accept = {"complainant": ["SC Agroferm Bodoc SRL", "Irina Benedek"], "issue": ["no_answer"]}
    notes = "complaint by an accounting firm for a client company: paid pro-forma, goods never delivered, seller gone; ISO-8859-2, no diacritics, no DMARC at the sender"
    return raw, fields, accept, notes, {}


@item("complaint", "complaint")
def c_phone_blacklisted():
    seed = "c_blacklisted"
    t = ("Bună ziua,\n\nAm cumpărat un telefon Samsung S24 de la utilizatorul mobile_outlet_vs, comanda 91877302, cu "
         "2.350 lei. A venit repede, dar după două zile a apărut mesajul că dispozitivul este raportat ca furat și "
         "nu mai are semnal în nicio rețea. Vânzătorul a citit mesajele mele luni și de atunci nu mai scrie nimic.\n"
         "Mi s-a părut că totul e în regulă, avea multe calificative. Nu știu dacă pot să-l trimit înapoi sau ce "
         "trebuie să fac ca să-mi recuperez banii.\n\nVă mulțumesc,\nCostică Ungureanu\nBârlad\n")
    raw = plain_mail(seed, frm=mk.addr("Costică Ungureanu", "costica_u@yahoo.ro", "iso-8859-2"),
                     addr="costica_u@yahoo.ro", to=[SUPPORT], subject="telefon blocat dupa cumparare",
                     t=when(2026, 12, 3, 7, 55), text_=t, charset="iso-8859-2", cte="8bit")
    fields = {"transaction_id": "91877302", "counterparty": "mobile_outlet_vs",
              "amount": {"value": "2350.00", "currency": "RON"}}
    accept = {"complainant": ["Costică Ungureanu", "costica_u@yahoo.ro"]}
    notes = ("complaint: a phone sold while reported stolen (network-blocked), the seller silent since; issue "
             "unscored (fraud_suspected or no_answer); ISO-8859-2 8bit with cedilla letters")
    return raw, fields, accept, notes, {}


@item("complaint", "complaint")
def c_victim_linked():
    seed = "c_victim"
    html = html_doc('<div style="font-family:Segoe UI;font-size:11pt"><p>Bună ziua,</p><p>Vă scriu în legătură cu '
                    'mașina de spălat Bosch pe care am plătit-o în octombrie utilizatorului <b>dorin_electro_mrn</b> '
                    '(2.150 lei, prin transfer bancar, pe 14.10.2026). Nu am primit-o niciodată.</p><p>Am fost la '
                    'Poliția Moreni, am depus plângere și mi s-a spus că dosarul este 3318/P/2026 și că ei vă vor scrie '
                    'oficial. Eu vă scriu doar ca să știți și să vă rog să nu-l mai lăsați să publice anunțuri — '
                    'am văzut că are din nou trei mașini de spălat la vânzare.</p><p>Dacă se poate recupera ceva '
                    'din bani, vă rog să-mi spuneți.</p><p>Lavinia Gheorghiu<br>0722 318 004</p></div>')
    raw = send(seed, frm="Lavinia Gheorghiu <lavinia.gheorghiu@outlook.com>", addr="lavinia.gheorghiu@outlook.com",
               to=[SECURITY], subject="Masina de spalat neprimita - dosar la politie",
               t=when(2026, 11, 30, 18, 20), body=mk.text(html, "html", cte="quoted-printable"))
    fields = {"counterparty": "dorin_electro_mrn", "amount": {"value": "2150.00", "currency": "RON"},
              "issue": "not_delivered", "contact": {"phone": "+40722318004"}}
    accept = {"complainant": ["Lavinia Gheorghiu", "lavinia.gheorghiu@outlook.com"]}
    notes = ("complaint of the victim in g_moreni_listing_url's case (same seller, same case number 3318/P/2026): a "
             "citizen naming a police file is still a complaint; HTML-only from outlook.com; linking target")
    return raw, fields, accept, notes, {}


@item("mediation", "mediation")
def m_keyboard_layout():
    seed = "m_keyboard"
    t = ("Salut,\n\nAm primit laptopul Dell Latitude recondiționat (comanda 90218834, 2.100 lei) de la "
         "refurb_it_tm. Funcționează, dar în anunț scria clar „tastatură RO/UK iluminată” și am primit una US, "
         "fără iluminare. Pentru mine contează, scriu mult în română.\n\nI-am propus vânzătorului să-l păstrez dacă "
         "îmi dă înapoi 150 de lei, altfel îl returnez. Mi-a zis că „e aproape la fel”. Ne puteți ajuta să ajungem "
         "la o înțelegere?\n\nMulțumesc,\nTudor Enache\n")
    raw = plain_mail(seed, frm="Tudor Enache <tudor.enache91@gmail.com>", addr="tudor.enache91@gmail.com",
                     to=[SUPPORT], subject="Laptop - tastatura diferita de anunt", t=when(2026, 12, 1, 19, 12),
                     text_=t, cte="8bit", flowed=True, extra=[TB])
    fields = {"transaction_id": "90218834", "counterparty": "refurb_it_tm", "issue": "not_as_described",
              "proposed_resolution": "să-l păstrez dacă îmi dă înapoi 150 de lei"}
    accept = {"complainant": ["Tudor Enache", "tudor.enache91@gmail.com"],
              "proposed_resolution": ["păstrarea laptopului cu 150 de lei înapoi", "150 de lei înapoi"]}
    notes = "mediation: keyboard layout differs from the listing; the buyer proposes to keep it for 150 lei back; Thunderbird flowed"
    return raw, fields, accept, notes, {}


@item("mediation", "mediation")
def m_seller_rims_counteroffer():
    seed = "m_rims"
    t = ("Bună ziua,\n\nSuntem vânzătorul din comanda 89120045 (set jante aliaj R17, 1.600 lei). Cumpărătorul, "
         "razvan_bmw_e90, susține că o jantă are o zgârietură pe margine care nu apărea în poze. Pozele din anunț "
         "sunt făcute la lumină naturală și janta respectivă era acolo, dar acceptăm că se poate să nu se fi "
         "văzut.\n\nI-am oferit două variante: 10% din preț înapoi (160 lei) sau preluăm setul înapoi, cu "
         "transportul plătit de el. El cere 400 de lei. Vă rugăm să analizați și să ne spuneți o soluție "
         "corectă pentru ambele părți.\n\nMesajul lui, mai jos.\n\nPiese TGV SRL\nDepartament vânzări\n\n"
         "> Janta din dreapta fata are zgarietura de 3 cm, nu se vede in poze. Vreau 400 lei inapoi sau le trimit "
         "inapoi pe banii vostri.\n")
    raw = plain_mail(seed, frm="Piese TGV - Vanzari <vanzari@piese-tgv.ro>", addr="vanzari@piese-tgv.ro",
                     to=[SUPPORT], subject="Comanda 89120045 - diferend cumparator", t=when(2026, 12, 2, 10, 40),
                     text_=t, charset="windows-1250", extra=[OUTLOOK])
    fields = {"transaction_id": "89120045", "counterparty": "razvan_bmw_e90", "issue": "damaged"}
    accept = {"complainant": ["Piese TGV SRL", "vanzari@piese-tgv.ro"], "issue": ["not_as_described"]}
    notes = ("mediation started by the SELLER company mid-negotiation (10% or take back vs. 400 lei asked), the "
             "buyer's message quoted; Windows-1250 QP; proposed_resolution not scored (two offers)")
    return raw, fields, accept, notes, {}


@item("mediation", "mediation")
def m_pram_missing_adapters():
    seed = "m_pram"
    t = ("Buna ziua, am cumparat de la bebe_vaslui_shop un carucior 3 in 1 (comanda 91002318, 1.450 lei). In "
         "descriere scria ca include adaptoarele pentru scoica auto, in cutie nu erau. Vanzatorul zice ca le-a "
         "pus. Eu as vrea sa mi le trimita sau sa imi dea 200 lei ca sa le cumpar separat. Am poze cu tot ce a "
         "fost in cutie. Multumesc, Denisa\n")
    raw = plain_mail(seed, frm="Denisa Mocanu <denisa.mocanu@gmail.com>", addr="denisa.mocanu@gmail.com",
                     to=[SUPPORT], subject="lipsa adaptoare carucior", t=when(2026, 12, 4, 13, 2), text_=t,
                     charset="us-ascii", cte="7bit")
    fields = {"transaction_id": "91002318", "counterparty": "bebe_vaslui_shop", "issue": "not_as_described",
              "amount": {"value": "1450.00", "currency": "RON"}}
    accept = {"issue": ["wrong_item", "other"], "complainant": ["Denisa Mocanu", "Denisa"]}
    notes = "mediation: listed parts missing from the box; the buyer wants them sent or 200 lei; one line, no diacritics"
    return raw, fields, accept, notes, {}


@item("mediation", "mediation")
def m_jacket_return_refused():
    seed = "m_jacket"
    t = ("Bună ziua,\n\nPe 18.11.2026 am primit geaca de puf comandată (comanda 90877120, 489 lei). Nu mi s-a "
         "potrivit și, în a 5-a zi, am cerut returul, cum scrie în condițiile magazinului. Vânzătorul "
         "(outlet_geci_iasi) refuză, spune că geaca a fost „purtată și resigilată”. Etichetele sunt încă pe ea, "
         "am poze.\n\nSunt de acord să o trimit înapoi pe cheltuiala mea dacă îmi dă toți banii. Vă rog să "
         "interveniți.\n\nCu mulțumiri,\nMihaela Ciobotaru\n")
    raw = plain_mail(seed, frm=mk.addr("Mihaela Ciobotaru", "mihaela.ciobotaru@yahoo.com", "windows-1250"),
                     addr="mihaela.ciobotaru@yahoo.com", to=[SUPPORT], subject="retur refuzat geaca",
                     t=when(2026, 11, 26, 20, 30), text_=t, charset="windows-1250", cte="8bit", extra=[TB])
    fields = {"transaction_id": "90877120", "counterparty": "outlet_geci_iasi", "issue": "return_refused",
              "amount": {"value": "489.00", "currency": "RON"}}
    accept = {"complainant": ["Mihaela Ciobotaru", "mihaela.ciobotaru@yahoo.com"]}
    notes = "mediation: 14-day return refused as 'worn'; full refund on return proposed; Windows-1250 8bit Thunderbird"
    return raw, fields, accept, notes, {}


@item("mediation", "mediation")
def m_english_wrong_saddle():
    seed = "m_saddle"
    t = ("Hello,\n\nI ordered a Brooks B17 leather saddle (order 90655781) from the seller velo_parts_ro and "
         "received a Brooks C17 Cambium instead - a different model, not leather. The seller says both are "
         "'Brooks 17' so it is the same thing.\n\nI would be happy to exchange it for the correct one, I will "
         "send the C17 back as soon as the B17 is on its way. Could you help us settle this?\n\nBest regards,\n"
         "Jonas Weber\n")
    raw = plain_mail(seed, frm="Jonas Weber <jonas.weber@proton.me>", addr="jonas.weber@proton.me", to=[SUPPORT],
                     subject="Wrong saddle model received - order 90655781", t=when(2026, 11, 28, 9, 10), text_=t,
                     charset="us-ascii", cte="7bit")
    fields = {"transaction_id": "90655781", "counterparty": "velo_parts_ro", "issue": "wrong_item"}
    accept = {"complainant": ["Jonas Weber", "jonas.weber@proton.me"], "issue": ["not_as_described"]}
    notes = "mediation in English: another model received, exchange proposed"
    return raw, fields, accept, notes, {}


@item("support", "support")
def s_gdpr_own_export():
    seed = "s_gdpr"
    t = ("Bună ziua,\n\nÎn temeiul art. 15 și art. 20 din Regulamentul (UE) 2016/679, vă rog să-mi transmiteți o "
         "copie a tuturor datelor personale pe care le prelucrați despre mine (contul cu adresa "
         "radu.stoica.88@gmail.com): datele contului, istoricul comenzilor, mesajele, adresele IP înregistrate, "
         "într-un format structurat (CSV sau JSON).\n\nNu am nicio problemă cu vreo comandă, vreau doar să știu "
         "ce date aveți.\n\nMulțumesc,\nRadu Stoica\n")
    raw = plain_mail(seed, frm="Radu Stoica <radu.stoica.88@gmail.com>", addr="radu.stoica.88@gmail.com",
                     to=[SUPPORT], subject="Cerere GDPR - copie date personale", t=when(2026, 11, 30, 11, 5), text_=t)
    fields = {"contact": {"email": "radu.stoica.88@gmail.com"}}
    notes = ("support: a user's GDPR access/portability request for HIS OWN data (IP addresses, history): the same "
             "data words as an official request, but no authority and no third party")
    return raw, fields, None, notes, {}


@item("support", "support")
def s_invoice_wrong_cui():
    seed = "s_invoice"
    plain = ("Bună ziua,\n\nFactura de comision nr. OKZ-2026-0411873 din 30.11.2026 a fost emisă pe CUI RO 41177120, "
             "dar CUI-ul corect al societății noastre este RO 41177210 (cifre inversate). Vă rugăm să stornați "
             "factura și să emiteți una nouă pe datele corecte, pentru a o putea încărca în e-Factura.\n\n"
             "Cu stimă,\nGabriela Nistor\nBebe Vaslui SRL – contabilitate\n")
    html = html_doc('<div class="WordSection1">' + "".join(f'<p class="MsoNormal">{x}<o:p></o:p></p>'
                                                           for x in plain.split("\n\n")) + "</div>")
    raw = send(seed, frm="Contabilitate Bebe Vaslui <contabilitate@bebe-vaslui.ro>", addr="contabilitate@bebe-vaslui.ro",
               to=[SUPPORT], subject="Factura comision OKZ-2026-0411873 - CUI gresit", t=when(2026, 12, 2, 9, 20),
               body=alt(plain, html, seed, charset="windows-1250"), extra=[OUTLOOK])
    fields = {"contact": {"email": "contabilitate@bebe-vaslui.ro"}}
    notes = "support: a seller company asks for a commission invoice re-issued with the right tax id; Outlook Windows-1250"
    return raw, fields, None, notes, {}


@item("support", "support")
def s_police_data_question():
    seed = "s_police_q"
    t = ("Buna ziua,\n\nvreau sa cumpar o masina de pe site de la o persoana fizica si vanzatorul imi cere un "
         "avans de 1000 euro ca sa mi-o pastreze. Nu am platit nimic inca. Intrebarea mea: daca platesc si apoi "
         "dispare, voi ii dati datele lui politiei? Si mie, ca sa-l dau in judecata? Sau cum functioneaza? "
         "Exista vreo protectie pentru avans?\n\nMersi,\nSorin\n")
    raw = plain_mail(seed, frm="sorin.m <sorin.manole@yahoo.com>", addr="sorin.manole@yahoo.com", to=[SUPPORT],
                     subject="intrebare avans masina", t=when(2026, 12, 5, 8, 45), text_=t, charset="us-ascii",
                     cte="7bit")
    fields = {"contact": {"email": "sorin.manole@yahoo.com"}}
    notes = ("support: a buyer asks, before paying anything, whether police would get a seller's data and how an "
             "advance is protected; no harm yet (not a complaint), mentions the police")
    return raw, fields, None, notes, {}


@item("support", "support")
def s_deceased_father_account():
    seed = "s_deceased"
    t = ("Bună ziua,\n\nTatăl meu, Petrescu Nicolae, a decedat luna trecută. Avea cont pe Okazii "
         "(nicu.petrescu52@yahoo.com) cu câteva anunțuri active și un sold de încasat de aproximativ 300 lei. Aș "
         "vrea să știu ce acte trebuie să vă trimit ca să închideți contul și dacă suma poate fi virată "
         "moștenitorilor.\n\nVă mulțumesc,\nPetrescu Ana-Maria\n")
    raw = plain_mail(seed, frm="Ana-Maria Petrescu <anamaria.petrescu@gmail.com>", addr="anamaria.petrescu@gmail.com",
                     to=[SUPPORT], subject="Cont tata decedat", t=when(2026, 12, 3, 17, 0), text_=t, cte="base64")
    fields = {"contact": {"email": "anamaria.petrescu@gmail.com"}}
    notes = "support: closing a deceased father's account and paying out his balance; base64 UTF-8"
    return raw, fields, None, notes, {}


@item("support", "support")
def s_english_username_change():
    seed = "s_username"
    t = ("Hi there,\n\nI got married in October and my username still has my maiden name (ioana.preda.art). Is "
         "it possible to change it to ioana.hartmann.art without losing my reviews and my shop history? If not, "
         "can I at least change the display name?\n\nThanks a lot,\nIoana\n")
    raw = plain_mail(seed, frm="Ioana Hartmann <ioana.hartmann@outlook.com>", addr="ioana.hartmann@outlook.com",
                     to=[SUPPORT], subject="Change of username after marriage", t=when(2026, 11, 29, 12, 30), text_=t,
                     charset="us-ascii", cte="7bit")
    fields = {"contact": {"email": "ioana.hartmann@outlook.com"}}
    notes = "support in English: changing a username without losing reviews"
    return raw, fields, None, notes, {}


@item("unknown", "unknown")
def u_bailiff_garnishment():
    seed = "u_bailiff"
    pdf = mk.letter_pdf("""
B|BIROUL EXECUTORULUI JUDECĂTORESC STANCIU GEORGE
K|Circumscripția Curții de Apel Ploiești – Târgoviște, Bd. Independenței nr. 4
R|Dosar de executare nr. 1412/2026 – 30.11.2026
T|ADRESĂ DE ÎNFIINȚARE A POPRIRII
Către OKAZII ONLINE S.R.L., în calitate de terț poprit.
În temeiul art. 781 și urm. din Codul de procedură civilă, vă comunicăm înființarea popririi asupra sumelor pe care le datorați debitorului Tănase Marius-Cristian (CNP 1850713150021), utilizator al platformei, până la concurența sumei de 7.480 lei. Totodată, în baza art. 660 C.proc.civ., vă solicităm să ne comunicați datele de contact și conturile bancare declarate de debitor.
S|Executor judecătoresc,
S|Stanciu George
""", created=when(2026, 11, 30, 10, 0))
    t = ("Bună ziua,\n\nVă comunicăm alăturat adresa de înființare a popririi în dosarul de executare nr. 1412/2026 "
         "și vă rugăm să confirmați primirea.\n\nBEJ Stanciu George\n")
    raw = plain_mail(seed, frm="BEJ Stanciu George <office@bej-stanciu.ro>", addr="office@bej-stanciu.ro", to=[LEGAL],
                     subject="Poprire - dosar executare 1412/2026", t=when(2026, 11, 30, 10, 30), text_=t,
                     attach=[mk.attachment(pdf, "poprire_1412_2026.pdf")])
    notes = ("unknown (triage): a court bailiff's garnishment order on a seller's balance that also asks for the "
             "debtor's contact and bank data under the CIVIL procedure code; a bailiff is neither police, "
             "prosecutor nor court, and it is not a customer question: a person decides (legal team)")
    return raw, {}, None, notes, {}


@item("unknown", "unknown")
def u_efactura_robot_anaf():
    seed = "u_efactura"
    t = ("Stimate contribuabil,\n\nÎn Spațiul Privat Virtual (SPV) a fost depusă o factură electronică pentru "
         "CUI 40011223 (OKAZII ONLINE S.R.L.).\nIndex încărcare: 5119930877\nEmitent: CUI 41177210\n"
         "Data: 05.12.2026 07:12\n\nAcesta este un mesaj generat automat. Vă rugăm să nu răspundeți.\n\n"
         "Agenția Națională de Administrare Fiscală\n")
    raw = plain_mail(seed, frm="ANAF - notificari SPV <notificari.spv@anaf.ro>", addr="notificari.spv@anaf.ro",
                     to=["facturi@okazii.ro"], subject="Notificare e-Factura: factura primita", t=when(2026, 12, 5, 7, 13),
                     text_=t, extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
    notes = ("unknown: an automatic e-Factura notification from ANAF's own domain (an authority in the registry, "
             "valid DKIM): no request, a robot")
    return raw, {}, None, notes, {}


@item("unknown", "unknown")
def u_dmarc_aggregate_report():
    seed = "u_dmarc"
    import gzip
    import io as _io
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feedback><report_metadata><org_name>google.com</org_name>"
           "<email>noreply-dmarc-support@google.com</email><report_id>11827364550912837461</report_id><date_range>"
           "<begin>1764806400</begin><end>1764892799</end></date_range></report_metadata><policy_published>"
           "<domain>okazii.ro</domain><adkim>r</adkim><aspf>r</aspf><p>reject</p><sp>reject</sp><pct>100</pct>"
           "</policy_published><record><row><source_ip>198.51.100.5</source_ip><count>412</count><policy_evaluated>"
           "<disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers>"
           "<header_from>okazii.ro</header_from></identifiers><auth_results><dkim><domain>okazii.ro</domain>"
           "<result>pass</result></dkim><spf><domain>okazii.ro</domain><result>pass</result></spf></auth_results>"
           "</record></feedback>\n").encode()
    buf = _io.BytesIO()
    with gzip.GzipFile(filename="google.com!okazii.ro!1764806400!1764892799.xml", mode="wb", fileobj=buf, mtime=0) as g:
        g.write(xml)
    body = mixed([mk.text("This is an aggregate report from Google. See RFC 7489.\n", charset="us-ascii", cte="7bit"),
                  mk.attachment(buf.getvalue(), "google.com!okazii.ro!1764806400!1764892799.xml.gz",
                                ctype="application/gzip")], seed)
    raw = send(seed, frm="noreply-dmarc-support@google.com", addr="noreply-dmarc-support@google.com",
               to=["dmarc-rua@okazii.ro"], subject="Report domain: okazii.ro Submitter: google.com Report-ID: 11827364550912837461",
               t=when(2026, 12, 5, 3, 59), body=body, mail_from="")
    notes = "unknown: a DMARC aggregate report (gzip XML) about our own domain, empty envelope sender; a robot"
    return raw, {}, None, notes, {}


@item("unknown", "unknown")
def u_police_prevention_newsletter():
    seed = "u_newsletter"
    html = html_doc('<table width="600" align="center" style="font-family:Arial"><tr><td><h2>#NuDaClick – '
                    'Campania de prevenire a fraudelor online</h2><p>Poliția Română vă reamintește: nu plătiți '
                    'avansuri pentru produse văzute doar în poze, nu introduceți datele cardului pe linkuri primite '
                    'prin mesaje „de la curier” și verificați vânzătorul înainte de a cumpăra.</p><p>În luna '
                    'noiembrie, polițiștii au înregistrat peste 1.200 de plângeri privind înșelăciuni comise prin '
                    'platforme de anunțuri.</p><p style="font-size:9pt">Primiți acest mesaj deoarece sunteți abonat '
                    'la buletinul informativ al Poliției Române. <a href="https://www.politiaromana.ro/dezabonare?'
                    'id=88f1">Dezabonare</a></p></td></tr></table>')
    raw = send(seed, frm="Politia Romana - Prevenire <prevenire@politiaromana.ro>", addr="prevenire@politiaromana.ro",
               to=["comunicare@okazii.ro"], subject="#NuDaClick - buletin informativ decembrie 2026",
               t=when(2026, 12, 4, 12, 0), body=mk.text(html, "html", cte="quoted-printable"),
               extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.politiaromana.ro/dezabonare?id=88f1>"),
                      ("List-Id", "Buletin prevenire <prevenire.politiaromana.ro>")])
    notes = ("unknown: the police's prevention newsletter (bulk, List-Id) from the national police domain with valid "
             "DKIM: official sender, fraud words, no request")
    return raw, {}, None, notes, {}


@item("unknown", "unknown")
def u_misdirected_family():
    seed = "u_family"
    t = ("Dragă Cristina,\n\nîți trimit pozele de la botez, sunt multe, le-am pus și pe drive. Mama întreabă dacă "
         "veniți de Crăciun la Câmpina sau să vină ea la voi. Și nu uita de cozonaci, i-am promis doamnei "
         "Georgescu două bucăți.\n\nTe pupăm,\nMihai și Ilinca\n")
    raw = plain_mail(seed, frm="Mihai Constantinescu <mihai.constantinescu@gmail.com>",
                     addr="mihai.constantinescu@gmail.com", to=["cristina@okazii.ro"], subject="poze botez",
                     t=when(2026, 12, 5, 20, 10), text_=t)
    notes = "unknown: a family mail sent to a wrong address at our domain"
    return raw, {}, None, notes, {}


SPLIT_SEED = 20261240
NUMBER_SEED = 20261241


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
    for g in sorted(groups):
        idxs = groups[g][:]
        srng.shuffle(idxs)
        k = len(idxs) // 2 + (1 if len(idxs) % 2 and srng.random() < 0.5 else 0)
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
        print(f"{name} {fn.__name__:34s} {cat:16s} {split[i]:5s} {len(raw) // 1024:4d} KB")
    truth.sort(key=lambda x: x[0])
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as f:
        for _, rec in truth:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (OUT / "material.json").write_text(json.dumps(dict(sorted(material.items())), ensure_ascii=False, indent=1),
                                       encoding="utf-8")


if __name__ == "__main__":
    main()
