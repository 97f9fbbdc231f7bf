#!/usr/bin/env python3
"""Write the mail half of blind round 6: ``mail/*.eml``, ``mail/truth.jsonl``, ``mail/material.json``.

Written without reading the product's code (see README.md). Uses ``mailkit.py`` (round 5's kit, copied
and extended) and the world made by ``make_world.py``. Deterministic: same letters, headers, numbers and
signing times every run (CMS and PDF signature bytes may differ).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "paper"))

import mailkit as mk  # noqa: E402
from mailkit import Part, addr, attachment, build, deliver, multipart, text, when  # noqa: E402

OUT = HERE / "mail"
LEGAL = "juridic@okazii.ro"
SUPPORT = "suport@okazii.ro"
SECURITY = "securitate@okazii.ro"
OKAZII = "OKAZII.RO – Centrul de prevenire a fraudelor, Departamentul juridic"
ITEMS: list = []


def item(group: str):
    def deco(fn):
        ITEMS.append((group, fn))
        return fn
    return deco


def mid(seed: str, domain: str) -> str:
    return f"<{hashlib.sha1(seed.encode()).hexdigest()[:20]}@{domain}>"


def outlook_mid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return f"<{h[:8]}{h[8:16]}.{h[16:20]}@{domain}>"


def thunderbird() -> list[tuple[str, str]]:
    return [("User-Agent", "Mozilla Thunderbird 128.5.0"), ("Content-Language", "ro")]


def outlook(seed: str) -> list[tuple[str, str]]:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return [("Thread-Topic", "adresa"), ("Thread-Index", "Ads" + h[:24] + "=="),
            ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "ro-RO"),
            ("X-Mailer", "Microsoft Outlook 16.0")]


def zimbra() -> list[tuple[str, str]]:
    return [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)"),
            ("Thread-Index", "AQHbRq7mX2xk0p3JkE2q9m1t8Zy0Vw==")]


def pdf_part(data: bytes, name: str) -> Part:
    return attachment(data, name, "application/pdf")


# ------------------------------------------------------------------ genuine law enforcement

@item("le_genuine")
def g_falticeni():
    t = when(2026, 12, 1, 10, 42)
    pdf = mk.letter_pdf("""
B|ROMÂNIA
B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA
B|POLIȚIA MUNICIPIULUI FĂLTICENI
s|Str. Republicii nr. 9, Fălticeni, jud. Suceava · tel. 0230 566 170 · pm.falticeni@sv.politiaromana.ro
K|Nesecret
R|Nr. 48317/PMF din 1 decembrie 2026
R|Exemplar unic
K|Către: OKAZII.RO – Centrul de prevenire a fraudelor, Departamentul juridic
T|ADRESĂ
Poliția Municipiului Fălticeni – Biroul de Investigații Criminale efectuează cercetări în dosarul penal nr. 3308/P/2026, aflat în supravegherea Parchetului de pe lângă Judecătoria Fălticeni, privind săvârșirea infracțiunii de înșelăciune prevăzute de art. 244 alin. (1) din Codul penal, în care persoana vătămată a achitat contravaloarea unui telefon mobil care nu a mai fost livrat.
În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, cu privire la contul de utilizator bucovina_deals, asociat adresei de e-mail cornel.hutanu77@gmail.com, următoarele:
L|1. datele de identificare ale titularului contului (nume, prenume, CNP, adresă)
L|2. adresele IP folosite la crearea contului și la ultimele 20 de autentificări
L|3. lista anunțurilor publicate în perioada 01.09.2026 – 30.11.2026
L|4. detaliile tranzacției nr. 61048832 (dată, sumă, cumpărător, modalitate de plată)
Răspunsul va fi transmis în format electronic la adresa pm.falticeni@sv.politiaromana.ro, cu mențiunea numărului de dosar.
S|Șef Poliție Municipiu
S|Comisar-șef de poliție
S|Ursachi Petru-Daniel
s|Întocmit: ag. şef adj. Crăciun M. – 1 ex.
""", created=t - dt.timedelta(hours=3), title="Adresa 48317", author="craciun.m")
    pdf = mk.sign_pdf(pdf, "seal_ipj_sv", reason="Semnat electronic - sigiliu calificat IPJ Suceava",
                      location="Suceava", at=t - dt.timedelta(hours=1))
    body = multipart("mixed", [text(
        "Bună ziua,\n\nVă transmitem alăturat adresa nr. 48317/PMF din 01.12.2026 (dosar penal nr. 3308/P/2026), "
        "semnată cu sigiliul electronic al IPJ Suceava.\n\nCu stimă,\nBiroul de Investigații Criminale\n"
        "Poliția Municipiului Fălticeni\n", format_flowed=True, cte="8bit"),
        pdf_part(pdf, "adresa_48317_PMF.pdf")], "g1")
    msg = build(seed="g1", frm=addr("Politia Municipiului Falticeni", "pm.falticeni@sv.politiaromana.ro"),
                to=[LEGAL], subject="Adresa nr. 48317/PMF - dosar 3308/P/2026", date=t,
                message_id=mid("g1", "sv.politiaromana.ro"), body=body, extra=thunderbird())
    raw = deliver(msg, helo="mail.sv.politiaromana.ro", ip="192.0.2.120", t=t + dt.timedelta(seconds=40),
                  rcpt=LEGAL, mail_from="pm.falticeni@sv.politiaromana.ro", dkim_domain="sv.politiaromana.ro", seed="g1")
    fields = {"authority": "Poliția Municipiului Fălticeni", "authority_kind": "police",
              "reference_number": "48317/PMF", "reference_date": "2026-12-01", "case_number": "3308/P/2026",
              "legal_basis": ["art. 170 CPP"],
              "subjects": [{"kind": "username", "value": "bucovina_deals"},
                           {"kind": "email", "value": "cornel.hutanu77@gmail.com"}],
              "transactions": ["61048832"],
              "requested_data": ["datele de identificare ale titularului contului (nume, prenume, CNP, adresă)",
                                 "adresele IP folosite la crearea contului și la ultimele 20 de autentificări",
                                 "lista anunțurilor publicate în perioada 01.09.2026 – 30.11.2026",
                                 "detaliile tranzacției nr. 61048832 (dată, sumă, cumpărător, modalitate de plată)"],
              "response_channel": "electronic", "reply_to": "pm.falticeni@sv.politiaromana.ro",
              "signatory": "Comisar-șef de poliție Ursachi Petru-Daniel", "urgent": False}
    accept = {"authority": ["Inspectoratul de Poliție Județean Suceava", "IPJ Suceava"],
              "reference_number": ["48317"],
              "signatory": ["Ursachi Petru-Daniel", "Șef Poliție Municipiu Comisar-șef de poliție Ursachi Petru-Daniel"]}
    return dict(raw=raw, fields=fields, accept=accept, genuine=True, expect="verified",
                notes="town police under IPJ Suceava (unit with parent IGPR); own-subdomain DKIM; PDF sealed by IPJ "
                      "Suceava's bound qualified seal; format=flowed 8bit body; number with a unit suffix; "
                      "'Nesecret' / 'Exemplar unic' marks; period named inside one datum",
                material={"dkim": ["sv.politiaromana.ro"], "pdf": [{"signer": "seal_ipj_sv", "whole": True}]})


@item("le_genuine")
def g_dolj():
    t = when(2026, 12, 2, 14, 7)
    iban = mk.ro_iban("BTRL", "RONCRT0619440201")
    pdf = mk.letter_pdf(f"""
2|MINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE\\nINSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ\\nServiciul de Investigare a Criminalității Economice ¦ Craiova, 02.12.2026\\nNr. 1.204.557\\nNeclasificat
K|
K|Către OKAZII.RO – Centrul de prevenire a fraudelor
K|În atenția Departamentului juridic
K|
K|Referitor la: dosarul penal nr. 5521/P/2026 al Parchetului de pe lângă Judecătoria Craiova
Stimate doamne și domni,
Serviciul de Investigare a Criminalității Economice din cadrul I.P.J. Dolj efectuează, sub supravegherea procurorului, cercetări pentru săvârșirea infracțiunilor de înșelăciune și fals informatic, constând în publicarea pe platforma dumneavoastră a unor anunțuri fictive de vânzare a unor piese auto, plata fiind încasată în contul {iban}.
Utilizatorii vizați sunt: utilizatorul cu ID 9087731 și titularul numărului de telefon 0751 204 339, folosit ca număr de contact în anunțuri. Tranzacțiile semnalate de persoanele vătămate sunt 70221984 și 70223410.
În baza dispozițiilor art. 170 C.proc.pen., vă solicităm să ne puneți la dispoziție, pentru perioada 1 iunie 2026 – 30 noiembrie 2026:
X|Nr. crt. ¦ Date solicitate
X|1 ¦ datele de înregistrare ale conturilor asociate ID-ului 9087731 și numărului 0751 204 339
X|2 ¦ jurnalele de conectare (IP, dată, oră, port sursă)
X|3 ¦ conturile bancare declarate pentru încasări
X|4 ¦ corespondența purtată prin platformă cu cumpărătorii tranzacțiilor 70221984 și 70223410
Vă rugăm să transmiteți răspunsul în format electronic, la adresa sice@dj.politiaromana.ro.
K|
K|Cu stimă,
S|Șef serviciu
S|Comisar de poliție Manea Mihai-Cristian
""", family="sans", created=t - dt.timedelta(hours=5), title="adresa OKAZII", author="MANEA Mihai")
    pdf = mk.sign_pdf(pdf, "pers_dj_manea", reason="Sunt autorul acestui document", location="Craiova",
                      visible=True, at=t - dt.timedelta(hours=2))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style></head>"
            "<body lang=\"RO\"><div class=\"WordSection1\"><p class=\"MsoNormal\">Bună ziua,</p>"
            "<p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Atașat vă transmit adresa I.P.J. Dolj nr. "
            "1.204.557 din 02.12.2026, emisă în dosarul penal nr. 5521/P/2026, semnată electronic.</p>"
            "<p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Cu stimă,</p>"
            "<p class=\"MsoNormal\"><b>Comisar de poliție Manea Mihai-Cristian</b></p>"
            "<p class=\"MsoNormal\">Șef Serviciul de Investigare a Criminalității Economice</p>"
            "<p class=\"MsoNormal\">I.P.J. Dolj | tel. 0251 566 200 int. 20417</p></div></body></html>")
    plain = ("Bună ziua,\n\nAtașat vă transmit adresa I.P.J. Dolj nr. 1.204.557 din 02.12.2026, emisă în dosarul "
             "penal nr. 5521/P/2026, semnată electronic.\n\nCu stimă,\nComisar de poliție Manea Mihai-Cristian\n"
             "Șef Serviciul de Investigare a Criminalității Economice\nI.P.J. Dolj | tel. 0251 566 200 int. 20417\n")
    alt = multipart("alternative", [text(plain, charset="windows-1250"),
                                    text(html, "html", charset="windows-1250")], "g2a")
    body = multipart("mixed", [alt, pdf_part(pdf, "Adresa 1204557 OKAZII.pdf")], "g2")
    msg = build(seed="g2", frm=addr("Manea Mihai-Cristian", "mihai.manea@dj.politiaromana.ro"), to=[LEGAL],
                subject="Adresa IPJ Dolj nr. 1.204.557 / 02.12.2026", date=t,
                message_id=outlook_mid("g2", "dj.politiaromana.ro"), body=body, extra=outlook("g2"),
                subject_charset="windows-1250")
    raw = deliver(msg, helo="smtp2.dj.politiaromana.ro", ip="192.0.2.131", t=t + dt.timedelta(seconds=11),
                  rcpt=LEGAL, mail_from="mihai.manea@dj.politiaromana.ro", dkim_domain="dj.politiaromana.ro", seed="g2")
    fields = {"authority": "Inspectoratul de Poliție Județean Dolj", "authority_kind": "police",
              "reference_number": "1204557", "reference_date": "2026-12-02", "case_number": "5521/P/2026",
              "legal_basis": ["art. 170 CPP"],
              "subjects": [{"kind": "user_id", "value": "9087731"}, {"kind": "phone", "value": "+40751204339"},
                           {"kind": "iban", "value": iban.replace(" ", "")}],
              "transactions": ["70221984", "70223410"],
              "requested_data": ["datele de înregistrare ale conturilor asociate ID-ului 9087731 și numărului 0751 204 339",
                                 "jurnalele de conectare (IP, dată, oră, port sursă)",
                                 "conturile bancare declarate pentru încasări",
                                 "corespondența purtată prin platformă cu cumpărătorii tranzacțiilor 70221984 și 70223410"],
              "period": {"from": "2026-06-01", "to": "2026-11-30"},
              "response_channel": "electronic", "reply_to": "sice@dj.politiaromana.ro",
              "signatory": "Comisar de poliție Manea Mihai-Cristian", "urgent": False}
    accept = {"reference_number": ["1.204.557"], "authority": ["IPJ Dolj", "I.P.J. Dolj"],
              "signatory": ["Șef serviciu Comisar de poliție Manea Mihai-Cristian", "Manea Mihai-Cristian"]}
    return dict(raw=raw, fields=fields, accept=accept, genuine=True, expect="verified",
                notes="IPJ Dolj (unit); officer's bound personal certificate, visible PDF signature; Outlook "
                      "multipart/alternative in Windows-1250 (cedilla letters in the mail, comma-below in the PDF); "
                      "two-column heading with number and date on the right; data in a two-column table; IBAN "
                      "named in prose is a subject",
                material={"dkim": ["dj.politiaromana.ro"], "pdf": [{"signer": "pers_dj_manea", "whole": True}]})


@item("le_genuine")
def g_sectia16():
    t = when(2026, 12, 3, 9, 18)
    pdf = mk.letter_pdf("""
C|DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI
C|POLIȚIA SECTORULUI 4 – SECȚIA 16 POLIȚIE
s|Șos. Olteniței nr. 176, sector 4, București
K|
K|Nr. 912404 / 03.12.2026
K|
K|Către: OKAZII.RO – Centrul de prevenire a fraudelor (Departamentul juridic)
K|
În cadrul dosarului penal nr. 12877/P/2026, înregistrat la Parchetul de pe lângă Judecătoria Sectorului 4, se efectuează cercetări sub aspectul săvârșirii infracțiunii de înșelăciune, ca urmare a plângerii formulate de numitul D.C., care a achitat 2.450 lei pentru o consolă de jocuri care nu i-a mai fost livrată.
Din verificări a rezultat că anunțul a fost publicat de utilizatorul gadgeturi_ieftine_b, care a comunicat cu partea vătămată de pe adresa andreea.vlad.shop@yahoo.com.
Având în vedere dispozițiile art. 170 din Codul de procedură penală, vă solicităm să ne comunicați:
L|a) datele de identificare furnizate la deschiderea contului gadgeturi_ieftine_b
L|b) numerele de telefon și adresele de e-mail asociate contului
L|c) adresele IP și datele/orele conectărilor din perioada 15.10.2026 – 02.12.2026
L|d) lista tranzacțiilor încheiate de acest utilizator în aceeași perioadă
Răspunsul poate fi comunicat prin curier la sediul secției sau în format electronic la adresa sectia16@b.politiaromana.ro.
K|
K|Agent-șef principal de poliție
K|Ioniță Alina
K|Ofițer de poliție judiciară, Biroul Investigații Criminale
""", created=t - dt.timedelta(days=1), title="Adresa Sectia 16", author="ionita.a", size=10.5)
    p7m = mk.cades(pdf, "pers_b_ionita", detached=False, signing_time=t - dt.timedelta(minutes=40))
    b64 = __import__("base64").encodebytes(p7m)
    body = multipart("mixed", [
        text("Buna ziua,\n\nAlaturat adresa nr. 912404/03.12.2026 in dosarul penal nr. 12877/P/2026, semnata cu "
             "semnatura electronica calificata (fisier .p7m).\n\nAg.sef pr. Ionita Alina\nSectia 16 Politie\n",
             charset="us-ascii", cte="7bit"),
        attachment(b64, "adresa_912404.pdf.p7m", "application/octet-stream")], "g3")
    msg = build(seed="g3", frm=addr("Sectia 16 Politie", "sectia16@b.politiaromana.ro"), to=[LEGAL],
                subject="adresa 912404 - dosar 12877/P/2026", date=t,
                message_id=mid("g3", "b.politiaromana.ro"), body=body, extra=zimbra())
    raw = deliver(msg, helo="mta.b.politiaromana.ro", ip="192.0.2.150", t=t + dt.timedelta(seconds=25),
                  rcpt=LEGAL, mail_from="sectia16@b.politiaromana.ro", dkim_domain="b.politiaromana.ro", seed="g3")
    fields = {"authority": "Secția 16 Poliție", "authority_kind": "police", "reference_number": "912404",
              "reference_date": "2026-12-03", "case_number": "12877/P/2026", "legal_basis": ["art. 170 CPP"],
              "subjects": [{"kind": "username", "value": "gadgeturi_ieftine_b"},
                           {"kind": "email", "value": "andreea.vlad.shop@yahoo.com"}],
              "requested_data": ["datele de identificare furnizate la deschiderea contului gadgeturi_ieftine_b",
                                 "numerele de telefon și adresele de e-mail asociate contului",
                                 "adresele IP și datele/orele conectărilor din perioada 15.10.2026 – 02.12.2026",
                                 "lista tranzacțiilor încheiate de acest utilizator în aceeași perioadă"],
              "period": {"from": "2026-10-15", "to": "2026-12-02"},
              "response_channel": "both", "signatory": "Agent-șef principal de poliție Ioniță Alina",
              "urgent": False}
    accept = {"authority": ["Direcția Generală de Poliție a Municipiului București", "DGPMB",
                            "Poliția Sectorului 4 – Secția 16 Poliție", "Poliția Sectorului 4"],
              "signatory": ["Ioniță Alina"]}
    return dict(raw=raw, fields=fields, accept=accept, genuine=True, expect="verified",
                notes="a precinct of the capital's directorate (DGPMB, unit with parent); CAdES enveloping .p7m "
                      "stored as BASE64 text (not DER) and labelled application/octet-stream; the PDF inside is "
                      "unsigned; officer's bound certificate; ASCII-only cover note; signatory on two lines above "
                      "her function",
                material={"dkim": ["b.politiaromana.ro"], "pdf": [],
                          "cades": [{"file": "adresa_912404.pdf.p7m", "signer": "pers_b_ionita", "detached": False}]})


@item("le_genuine")
def g_pjs3_smime():
    t = when(2026, 12, 2, 16, 55)
    letter = """PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 BUCUREȘTI
Dosar nr. 7714/P/2025
Nr. 4403/II/2/2026

Către OKAZII.RO – Centrul de prevenire a fraudelor, Departamentul juridic

ADRESĂ

Data: 02.12.2026

În dosarul penal nr. 7714/P/2025 se efectuează urmărirea penală pentru infracțiunea de
înșelăciune în formă continuată, comisă prin intermediul unor anunțuri de închiriere a unor
apartamente în regim hotelier, publicate pe platforma dumneavoastră.

În temeiul art. 170 alin. (1) din Codul de procedură penală, vă solicităm să ne transmiteți,
în termen de 5 zile lucrătoare, următoarele date privind utilizatorii regim_hotelier_unirii
și apartamente.centru.buc@gmail.com:

  - datele de identificare ale titularilor conturilor;
  - istoricul anunțurilor publicate și al modificărilor aduse acestora;
  - adresele IP de la care s-au efectuat autentificările în perioada 01.03.2025 - 30.11.2026;
  - sumele încasate prin platformă și conturile bancare în care au fost virate.

Răspunsul se va transmite electronic, semnat, la adresa elena.stan@mpublic.ro.

Procuror,
Stan Elena

(mesaj semnat electronic cu certificat calificat; adresa se află și în fișierul PDF atașat)
"""
    pdf = mk.letter_pdf("\n".join(("K|" + ln) if ln else "" for ln in letter.splitlines()), created=t,
                        title="4403/II/2/2026", author="Stan Elena")
    inner = multipart("mixed", [text(letter, cte="quoted-printable"), pdf_part(pdf, "adresa_4403_II_2_2026.pdf")],
                      "g4in")
    signed = mk.smime_signed(inner, "pers_pjs3_stan", "g4")
    msg = build(seed="g4", frm=addr("Stan Elena", "elena.stan@mpublic.ro"), to=[LEGAL],
                subject="Dosar 7714/P/2025 - solicitare date (semnat)", date=t,
                message_id=outlook_mid("g4", "mpublic.ro"), body=signed, extra=outlook("g4"))
    raw = deliver(msg, helo="mail1.mpublic.ro", ip="198.51.100.31", t=t + dt.timedelta(seconds=9), rcpt=LEGAL,
                  mail_from="elena.stan@mpublic.ro", dkim_domain="mpublic.ro", seed="g4")
    fields = {"authority": "Parchetul de pe lângă Judecătoria Sectorului 3 București", "authority_kind": "prosecutor",
              "reference_number": "4403/II/2/2026", "reference_date": "2026-12-02", "case_number": "7714/P/2025",
              "legal_basis": ["art. 170 CPP"],
              "subjects": [{"kind": "username", "value": "regim_hotelier_unirii"},
                           {"kind": "email", "value": "apartamente.centru.buc@gmail.com"}],
              "requested_data": ["datele de identificare ale titularilor conturilor",
                                 "istoricul anunțurilor publicate și al modificărilor aduse acestora",
                                 "adresele IP de la care s-au efectuat autentificările în perioada 01.03.2025 - 30.11.2026",
                                 "sumele încasate prin platformă și conturile bancare în care au fost virate"],
              "period": {"from": "2025-03-01", "to": "2026-11-30"},
              "response_channel": "electronic", "reply_to": "elena.stan@mpublic.ro",
              "signatory": "Procuror Stan Elena", "urgent": False}
    accept = {"signatory": ["Stan Elena"],
              "authority": ["Parchetul de pe lângă Judecătoria Sectorului 3", "Parchetul de pe lângă Judecătoria Sectorului 3 Bucuresti"]}
    return dict(raw=raw, fields=fields, accept=accept, genuine=True, expect="verified",
                notes="S/MIME multipart/signed by the prosecutor's bound qualified certificate (it names her "
                      "mpublic.ro address, the From); the whole request is the signed text, with an unsigned PDF "
                      "copy inside the signed entity; mpublic.ro DKIM; 'Dosar nr.' above 'Nr.' above the title, "
                      "date below it; a case of 2025 answered in 2026",
                material={"dkim": ["mpublic.ro"], "smime": "pers_pjs3_stan", "pdf": [], "signed_text": letter})


@item("le_genuine")
def g_ptis_p7s():
    t = when(2026, 12, 1, 8, 3)
    iban = mk.ro_iban("INGB", "0000999912674403")
    pdf = mk.letter_pdf(f"""
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL IAȘI
s|Str. Elena Doamna nr. 1A, Iași · registratura.ptis@mpublic.ro
K|
K|Nr. 2215/II/6/2026                                                                        Iași, 30.11.2026
K|
K|Către: OKAZII.RO – Centrul de prevenire a fraudelor
K|
Vă aducem la cunoștință că pe rolul Parchetului de pe lângă Tribunalul Iași se află dosarul penal nr. 488/P/2026, având ca obiect infracțiunile de înșelăciune și spălare a banilor, în legătură cu vânzarea, prin platforma dumneavoastră, a unor piese auto care nu au fost livrate niciodată cumpărătorilor.
Față de cele de mai sus, în temeiul art. 170 Cod procedură penală, vă rugăm să dispuneți comunicarea, pentru intervalul 01.01.2026 – 30.11.2026, a următoarelor informații privind utilizatorul moldova_auto_parts și contul bancar {iban}:
L|I. datele de identificare și de contact ale utilizatorului moldova_auto_parts
L|II. toate conturile de utilizator care au folosit ca mijloc de încasare contul {iban}
L|III. tranzacțiile finalizate și reclamațiile primite de la cumpărători
L|IV. adresele IP folosite la autentificare
Informațiile vor fi comunicate în format electronic la adresa registratura.ptis@mpublic.ro.
K|
S|PRIM-PROCUROR ADJUNCT,
S|Cazacu Bogdan
""", created=t - dt.timedelta(days=1), title="2215/II/6/2026", author="grefa")
    p7s = mk.cades(pdf, "seal_pt_is", detached=True, signing_time=t - dt.timedelta(minutes=20))
    body = multipart("mixed", [
        text("Buna ziua,\n\nVa transmitem adresa nr. 2215/II/6/2026 in dosarul nr. 488/P/2026, "
             "impreuna cu semnatura electronica (fisierul .p7s).\n\nCu stima,\nRegistratura Parchetului de pe "
             "langa Tribunalul Iasi\n", charset="iso-8859-2", cte="quoted-printable"),
        pdf_part(pdf, "2215_II_6_2026.pdf"),
        attachment(p7s, "2215_II_6_2026.pdf.p7s", "application/pkcs7-signature")], "g5")
    msg = build(seed="g5", frm=addr(mk.to_cedilla("Registratura PT Iași"), "registratura.ptis@mpublic.ro", "iso-8859-2"),
                to=[LEGAL], subject="Adresa 2215/II/6/2026 (dosar 488/P/2026)", date=t,
                message_id=mid("g5", "mpublic.ro"), body=body, extra=zimbra())
    raw = deliver(msg, helo="mail2.mpublic.ro", ip="198.51.100.32", t=t + dt.timedelta(seconds=14), rcpt=LEGAL,
                  mail_from="registratura.ptis@mpublic.ro", dkim_domain="mpublic.ro", seed="g5")
    fields = {"authority": "Parchetul de pe lângă Tribunalul Iași", "authority_kind": "prosecutor",
              "reference_number": "2215/II/6/2026", "reference_date": "2026-11-30", "case_number": "488/P/2026",
              "legal_basis": ["art. 170 CPP"],
              "subjects": [{"kind": "username", "value": "moldova_auto_parts"},
                           {"kind": "iban", "value": iban.replace(" ", "")}],
              "requested_data": ["datele de identificare și de contact ale utilizatorului moldova_auto_parts",
                                 f"toate conturile de utilizator care au folosit ca mijloc de încasare contul {iban}",
                                 "tranzacțiile finalizate și reclamațiile primite de la cumpărători",
                                 "adresele IP folosite la autentificare"],
              "period": {"from": "2026-01-01", "to": "2026-11-30"},
              "response_channel": "electronic", "reply_to": "registratura.ptis@mpublic.ro",
              "signatory": "Prim-procuror adjunct Cazacu Bogdan", "urgent": False}
    accept = {"signatory": ["Cazacu Bogdan"]}
    return dict(raw=raw, fields=fields, accept=accept, genuine=True, expect="verified",
                notes="CAdES detached .pdf.p7s beside the PDF, signed by the prosecutor's office's bound seal; "
                      "ISO-8859-2 quoted-printable cover note without diacritics, encoded-word display name; "
                      "number and place/date on one line; roman-numeral list",
                material={"dkim": ["mpublic.ro"], "pdf": [],
                          "cades": [{"file": "2215_II_6_2026.pdf.p7s", "signer": "seal_pt_is", "detached": True}]})


@item("le_genuine")
def g_diicot_cv():
    t = when(2026, 12, 4, 19, 51)
    pdf = mk.letter_pdf("""
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL CRAIOVA
K|
K|Dosar nr. 1877/D/P/2026
K|Nr. 9931/ST-CV/2026 din 04.12.2026
K|URGENT
K|
K|Către OKAZII.RO – Centrul de prevenire a fraudelor, Departamentul juridic
K|
Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul Teritorial Craiova efectuează urmărirea penală într-o cauză privind constituirea unui grup infracțional organizat care a obținut sume de bani de la utilizatorii platformei dumneavoastră prin linkuri false de plată „cu livrare prin curier”.
Având în vedere riscul ștergerii datelor, în temeiul art. 154 Cod procedură penală vă solicităm conservarea imediată a datelor informatice privind utilizatorii de mai jos, iar în temeiul art. 170 Cod procedură penală vă solicităm să ne comunicați, în termen de 48 de ore:
L|– datele de identificare și de contact ale conturilor care au folosit adresele livrare.rapida.ro@outlook.com și plata.securizata.colet@gmail.com sau numărul de telefon +40 729 118 604
L|– jurnalele de autentificare (IP, data și ora) din perioada 01.11.2026 – 04.12.2026
L|– mesajele trimise prin platformă de aceste conturi care conțin linkuri externe
Răspunsul se transmite electronic la adresa st.craiova@diicot.ro.
S|PROCUROR ȘEF SERVICIU,
S|Drăghici Valentin-Sorin
""", family="sans", created=t - dt.timedelta(hours=2), title="9931/ST-CV/2026", author="DIICOT ST Craiova",
        condensed=True)
    pdf = mk.sign_pdf(pdf, "seal_diicot", reason="Sigiliu electronic DIICOT", location="Craiova", visible=True,
                      box=(60, 40, 290, 95), at=t - dt.timedelta(minutes=55))
    html = ("<div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">"
            "<div>Buna seara,</div><div><br></div><div>Va transmitem atasat adresa DIICOT - ST Craiova nr. "
            "9931/ST-CV/2026 din 04.12.2026 (dosar nr. 1877/D/P/2026). <strong>Solicitarea are caracter urgent</strong>"
            " - termen 48 de ore.</div><div><br></div><div>Va rugam sa confirmati primirea.</div><div><br></div>"
            "<div>Cu stima,</div><div>Grefa DIICOT - Serviciul Teritorial Craiova</div></div>")
    body = multipart("mixed", [text(html, "html", cte="quoted-printable"),
                               pdf_part(pdf, "9931_ST-CV_2026.pdf")], "g6")
    msg = build(seed="g6", frm=addr("DIICOT ST Craiova", "st.craiova@diicot.ro"), to=[LEGAL],
                subject="URGENT - adresa 9931/ST-CV/2026 - conservare si comunicare date", date=t,
                message_id=mid("g6", "diicot.ro"), body=body, extra=zimbra())
    raw = deliver(msg, helo="mx.diicot.ro", ip="198.51.100.33", t=t + dt.timedelta(seconds=31), rcpt=LEGAL,
                  mail_from="st.craiova@diicot.ro", dkim_domain="diicot.ro", seed="g6")
    fields = {"authority": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul Teritorial Craiova",
              "authority_kind": "prosecutor", "reference_number": "9931/ST-CV/2026", "reference_date": "2026-12-04",
              "case_number": "1877/D/P/2026", "legal_basis": ["art. 154 CPP", "art. 170 CPP"],
              "subjects": [{"kind": "email", "value": "livrare.rapida.ro@outlook.com"},
                           {"kind": "email", "value": "plata.securizata.colet@gmail.com"},
                           {"kind": "phone", "value": "+40729118604"}],
              "requested_data": ["datele de identificare și de contact ale conturilor care au folosit adresele livrare.rapida.ro@outlook.com și plata.securizata.colet@gmail.com sau numărul de telefon +40 729 118 604",
                                 "jurnalele de autentificare (IP, data și ora) din perioada 01.11.2026 – 04.12.2026",
                                 "mesajele trimise prin platformă de aceste conturi care conțin linkuri externe"],
              "period": {"from": "2026-11-01", "to": "2026-12-04"},
              "response_channel": "electronic", "reply_to": "st.craiova@diicot.ro",
              "signatory": "Procuror șef serviciu Drăghici Valentin-Sorin", "urgent": True}
    accept = {"authority": ["Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
                            "DIICOT – Serviciul Teritorial Craiova", "DIICOT - ST Craiova", "DIICOT"],
              "signatory": ["Drăghici Valentin-Sorin"]}
    return dict(raw=raw, fields=fields, accept=accept, genuine=True, expect="verified",
                notes="DIICOT territorial service (not a registry entry of its own: the heading names DIICOT); "
                      "DIICOT's bound seal, visible, bottom left; urgent 48 h with preservation (art. 154) and "
                      "production (art. 170); HTML-only webmail cover without diacritics sent at 19:51; "
                      "condensed sans font; en-dash list",
                material={"dkim": ["diicot.ro"], "pdf": [{"signer": "seal_diicot", "whole": True}]})


@item("le_genuine")
def g_jud_craiova():
    t = when(2026, 12, 3, 12, 30)
    pdf = mk.letter_pdf("""
C|R O M Â N I A
C|JUDECĂTORIA CRAIOVA
C|SECȚIA PENALĂ
s|Str. Brestei nr. 12, Craiova · jud-craiova-penal@just.ro
K|
X|Dosar nr. ¦ Materia ¦ Stadiu procesual ¦ Termen
X|18244/215/2026 ¦ penal ¦ fond (judecată) ¦ 14.01.2027
K|Adresa nr. 18244/215/2026/a3 din 03.12.2026
K|
K|Către OKAZII.RO – Centrul de prevenire a fraudelor
K|
Vă comunicăm că, prin încheierea de ședință din 02.12.2026 pronunțată în dosarul de mai sus, având ca obiect infracțiunea de înșelăciune (inculpat P.G.), instanța a dispus, în temeiul art. 170 din Codul de procedură penală, solicitarea următoarelor date privind utilizatorul oltenia_telefoane (ID utilizator 4410982):
L|• numele, prenumele și datele de contact declarate la înregistrare;
L|• istoricul vânzărilor încheiate în perioada 01.02.2026 – 31.07.2026, cu numele cumpărătorilor;
L|• reclamațiile formulate împotriva utilizatorului și modul lor de soluționare.
Relațiile solicitate vor fi comunicate până la termenul de judecată, prin poștă sau curier la sediul instanței ori la adresa de e-mail jud-craiova-penal@just.ro, cu mențiunea numărului de dosar.
K|
K|JUDECĂTOR,                                                                   GREFIER,
K|Barbu Dragoș                                                                  Popa Ionela
""", created=t - dt.timedelta(hours=20), title="adresa", author="grefier")
    pdf = mk.sign_pdf(pdf, "pers_jcv_barbu", reason="Semnat", location="Judecatoria Craiova",
                      at=t - dt.timedelta(hours=1))
    body = multipart("mixed", [text(
        "Stimate domnule/doamnă,\r\n\r\nÎn dosarul nr. 18244/215/2026 (termen 14.01.2027) vă comunicăm adresa "
        "atașată, semnată electronic de judecătorul cauzei.\r\n\r\nGrefier Popa Ionela\r\nJudecătoria Craiova – "
        "Secția penală\r\n".replace("\r\n", "\n"), cte="base64"), pdf_part(pdf, "adresa_18244_215_2026.pdf")], "g7")
    msg = build(seed="g7", frm=addr("Judecătoria Craiova - Secția penală", "jud-craiova-penal@just.ro"), to=[LEGAL],
                subject="Dosar 18244/215/2026 - adresa catre OKAZII.RO", date=t,
                message_id=mid("g7", "just.ro"), body=body, extra=[("X-Mailer", "Microsoft Outlook 15.0"),
                                                                  ("Importance", "Normal")])
    raw = deliver(msg, helo="mail.just.ro", ip="198.51.100.35", t=t + dt.timedelta(seconds=22), rcpt=LEGAL,
                  mail_from="jud-craiova-penal@just.ro", dkim_domain="just.ro", seed="g7")
    fields = {"authority": "Judecătoria Craiova", "authority_kind": "court",
              "reference_number": "18244/215/2026/a3", "reference_date": "2026-12-03",
              "case_number": "18244/215/2026", "legal_basis": ["art. 170 CPP"],
              "subjects": [{"kind": "username", "value": "oltenia_telefoane"}, {"kind": "user_id", "value": "4410982"}],
              "requested_data": ["numele, prenumele și datele de contact declarate la înregistrare",
                                 "istoricul vânzărilor încheiate în perioada 01.02.2026 – 31.07.2026, cu numele cumpărătorilor",
                                 "reclamațiile formulate împotriva utilizatorului și modul lor de soluționare"],
              "period": {"from": "2026-02-01", "to": "2026-07-31"},
              "response_channel": "both", "signatory": "Judecător Barbu Dragoș", "urgent": False}
    accept = {"signatory": ["Barbu Dragoș"]}
    return dict(raw=raw, fields=fields, accept=accept, genuine=True, expect="verified",
                notes="district court, trial phase; the judge's bound personal certificate (invisible signature); "
                      "a case-header TABLE (dosar / materia / stadiu / termen) above the letter number; judge and "
                      "clerk side by side on one line; bullet list; base64 UTF-8 cover note; answer by post, "
                      "courier or e-mail",
                material={"dkim": ["just.ro"], "pdf": [{"signer": "pers_jcv_barbu", "whole": True}]})


@item("le_genuine")
def g_trib_suceava_reply():
    t = when(2026, 12, 4, 11, 2)
    pdf = mk.letter_pdf("""
B|TRIBUNALUL SUCEAVA
B|Secția penală
s|Str. Ștefan cel Mare nr. 62, Suceava
R|Adresa nr. 11.093 din 04.12.2026
R|Dosar nr. 3021/86/2026
K|
K|Către OKAZII.RO – Centrul de prevenire a fraudelor, Departamentul juridic
K|
Urmare a adresei noastre din 25.11.2026, transmisă nesemnată, și a răspunsului dumneavoastră prin care ați solicitat o adresă semnată, revenim cu prezenta.
În cauza penală nr. 3021/86/2026, aflată în procedura de cameră preliminară, în temeiul art. 170 C.p.p., vă solicităm să comunicați Tribunalului Suceava, pentru utilizatorii radauti_electro și rusu.marian.sv:
L|- datele de identificare (nume, prenume, CNP, adresă de domiciliu declarată);
L|- numerele de telefon verificate asociate conturilor;
L|- istoricul tranzacțiilor din perioada 01.05.2026 – 31.10.2026.
Răspunsul se comunică pe e-mail la adresa tr-suceava-penal@just.ro.
S|Președinte de complet,
S|judecător Munteanu Oana
""", family="serif", created=t - dt.timedelta(hours=2), title="11093", author="TR SV")
    pdf = mk.sign_pdf(pdf, "seal_tbsv", reason="Sigiliu electronic calificat", location="Suceava",
                      at=t - dt.timedelta(minutes=30))
    quoted = ("\n\n-----Original Message-----\nFrom: Registratura Okazii <registratura@okazii.ro>\n"
              "Sent: Wednesday, November 26, 2026 9:14 AM\nTo: tr-suceava-penal@just.ro\n"
              "Subject: [REG-2026-004117] Am primit mesajul dumneavoastră: Dosar 3021/86/2026\n\n"
              "Bună ziua,\n\nAm primit mesajul dumneavoastră din 25.11.2026 și l-am înregistrat cu numărul "
              "REG-2026-004117. Pentru a vă putea răspunde, vă rugăm să ne transmiteți o adresă oficială semnată.\n\n"
              "Registratura Okazii\n")
    plain = ("Bună ziua,\n\nRevenim cu adresa nr. 11.093 din 04.12.2026, semnată electronic cu sigiliul "
             "Tribunalului Suceava (dosar nr. 3021/86/2026).\n\nGrefier-șef secție,\nLazăr Daniela" + quoted)
    html = ("<html><body><p>Bună ziua,</p><p>Revenim cu adresa nr. 11.093 din 04.12.2026, semnată electronic cu "
            "sigiliul Tribunalului Suceava (dosar nr. 3021/86/2026).</p><p>Grefier-șef secție,<br>Lazăr Daniela</p>"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p><b>From:</b> "
            "Registratura Okazii &lt;registratura@okazii.ro&gt;<br><b>Sent:</b> Wednesday, November 26, 2026 9:14 AM"
            "<br><b>To:</b> tr-suceava-penal@just.ro<br><b>Subject:</b> [REG-2026-004117] Am primit mesajul "
            "dumneavoastră: Dosar 3021/86/2026</p></div><p>Bună ziua,</p><p>Am primit mesajul dumneavoastră din "
            "25.11.2026 și l-am înregistrat cu numărul REG-2026-004117. Pentru a vă putea răspunde, vă rugăm să ne "
            "transmiteți o adresă oficială semnată.</p><p>Registratura Okazii</p></body></html>")
    body = multipart("mixed", [multipart("alternative", [text(plain), text(html, "html")], "g8a"),
                               pdf_part(pdf, "Adresa 11093 - dosar 3021-86-2026.pdf")], "g8")
    msg = build(seed="g8", frm=addr("Tribunalul Suceava - Sectia penala", "tr-suceava-penal@just.ro"), to=[LEGAL],
                subject="RE: [REG-2026-004117] Am primit mesajul dumneavoastră: Dosar 3021/86/2026", date=t,
                message_id=outlook_mid("g8", "just.ro"), body=body,
                extra=outlook("g8") + [("In-Reply-To", "<ack-REG-2026-004117@okazii.ro>"),
                                       ("References", "<5c1a09e2b7@just.ro> <ack-REG-2026-004117@okazii.ro>")])
    raw = deliver(msg, helo="mail.just.ro", ip="198.51.100.36", t=t + dt.timedelta(seconds=17), rcpt=LEGAL,
                  mail_from="tr-suceava-penal@just.ro", dkim_domain="just.ro", seed="g8")
    fields = {"authority": "Tribunalul Suceava", "authority_kind": "court", "reference_number": "11093",
              "reference_date": "2026-12-04", "case_number": "3021/86/2026", "legal_basis": ["art. 170 CPP"],
              "subjects": [{"kind": "username", "value": "radauti_electro"},
                           {"kind": "username", "value": "rusu.marian.sv"}],
              "requested_data": ["datele de identificare (nume, prenume, CNP, adresă de domiciliu declarată)",
                                 "numerele de telefon verificate asociate conturilor",
                                 "istoricul tranzacțiilor din perioada 01.05.2026 – 31.10.2026"],
              "period": {"from": "2026-05-01", "to": "2026-10-31"},
              "response_channel": "electronic", "reply_to": "tr-suceava-penal@just.ro",
              "signatory": "Judecător Munteanu Oana", "urgent": False}
    accept = {"reference_number": ["11.093"], "signatory": ["Munteanu Oana", "Președinte de complet judecător Munteanu Oana"]}
    return dict(raw=raw, fields=fields, accept=accept, genuine=True, expect="verified",
                notes="a tribunal answering our acknowledgement (RE: [REG-…] subject, In-Reply-To our ack, Outlook "
                      "quote of it in plain and HTML); the tribunal's bound seal; preliminary chamber; a username "
                      "with a dot; number and case right-aligned; our ack asked for a signed address, this is it",
                material={"dkim": ["just.ro"], "pdf": [{"signer": "seal_tbsv", "whole": True}]})


def scanned_letter(seed: str, heading: list[str], right: list[str], paras: list, sig: list[str], *,
                   stamp_kw: dict, hand: str = "flourish", pen: str = "ballpoint_blue", grey: bool = True) -> tuple:
    """A one-page letter drawn with the paper kit, signed and stamped, scanned; returns (PIL image, text)."""
    import inkkit as ik
    rng = random.Random(seed)
    p = ik.Page(ik.Style(family="serif", size=11.5), dpi=(150, 150))
    p.cols(heading, right, size=11)
    p.space(4)
    txt = heading + right
    for kind, val in paras:
        if kind == "p":
            p.para(val)
            txt.append(val)
        elif kind == "c":
            p.line(val, kind="b", align="center", size=13)
            p.space(2)
            txt.append(val)
        elif kind == "k":
            p.line(val)
            txt.append(val)
        elif kind == "items":
            p.items(val, style="num")
            txt += val
    p.space(6)
    p.sigblock(sig, align="right", name="sig")
    txt += sig
    x0, y0, x1, y1 = p.anchors["sig"]
    sg = ik.signature(rng, hand, pen, 50, 18, dpi=(150, 150))
    cx, cy = p.px((x0 + x1) / 2 + 4, y1 - 5)
    p.im = ik.apply_ink(p.im, sg, cx, cy)
    st = ik.stamp(rng, dpi=(150, 150), **stamp_kw)
    sx, sy = p.px(x0 - 18, y0 + 8)
    p.im = ik.apply_ink(p.im, st, sx, sy)
    img = ik.scan_page(p.im, rng, grey=grey, skew=0.5)
    return img, "\n".join(txt)


@item("le_genuine")
def g_ijj_prahova_scan():
    t = when(2026, 12, 2, 11, 26)
    paras = [
        ("k", "Către: OKAZII.RO – Centrul de prevenire a fraudelor, Departamentul juridic"),
        ("c", "ADRESĂ"),
        ("p", "Inspectoratul de Jandarmi Județean Prahova efectuează, în baza delegării dispuse de Parchetul de pe "
              "lângă Judecătoria Ploiești, acte de cercetare penală în dosarul penal nr. 2212/P/2026, privind "
              "comercializarea fără drept a unor articole pirotehnice din categoria F4 prin anunțuri publicate pe "
              "platforma dumneavoastră."),
        ("p", "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, privind utilizatorul "
              "artificii_ploiesti_pro și numărul de telefon 0734 552 817 din anunțuri:"),
        ("items", ["datele de identificare ale titularului contului",
                   "anunțurile publicate și numărul de produse vândute în perioada 01.10.2026 – 30.11.2026",
                   "adresele de livrare indicate de cumpărători"]),
        ("p", "Răspunsul se va transmite la adresa de e-mail ijj.prahova@ph.jandarmeriaromana.ro."),
    ]
    img, txt = scanned_letter(
        "g9", ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL JANDARMERIEI ROMÂNE",
               "INSPECTORATUL DE JANDARMI JUDEȚEAN PRAHOVA", "Serviciul Ordine Publică"],
        ["Nr. 3.817.440", "Ploiești, 01.12.2026"], paras,
        ["INSPECTOR ȘEF", "Colonel", "Dobre Cătălin-Ionuț"],
        stamp_kw=dict(kind="double", top="INSPECTORATUL DE JANDARMI JUDEȚEAN PRAHOVA", bottom="ROMÂNIA",
                      center=("MAI",), color="blue", size_mm=36, arms=True, rotate=-12), hand="steep")
    pdf = mk.image_pdf([img], creator="Xerox WorkCentre 7845", created=t - dt.timedelta(hours=1), dpi=150)
    body = multipart("mixed", [text(
        "Buna ziua,\n\nVa transmitem, scanata, adresa I.J.J. Prahova nr. 3.817.440 din 01.12.2026, dosar penal "
        "nr. 2212/P/2026, semnata si stampilata. Originalul va fi expediat prin posta.\n\nCompartiment "
        "Secretariat\nI.J.J. Prahova\n", charset="us-ascii", cte="7bit"),
        pdf_part(pdf, "scan_adresa_3817440.pdf")], "g9")
    msg = build(seed="g9", frm=addr("IJJ Prahova - Secretariat", "ijj.prahova@ph.jandarmeriaromana.ro"), to=[LEGAL],
                subject="Adresa nr. 3.817.440 - dosar penal 2212/P/2026", date=t,
                message_id=mid("g9", "ph.jandarmeriaromana.ro"), body=body, extra=thunderbird())
    raw = deliver(msg, helo="mail.ph.jandarmeriaromana.ro", ip="192.0.2.160", t=t + dt.timedelta(seconds=19),
                  rcpt=LEGAL, mail_from="ijj.prahova@ph.jandarmeriaromana.ro",
                  dkim_domain="ph.jandarmeriaromana.ro", seed="g9")
    fields = {"authority": "Inspectoratul de Jandarmi Județean Prahova", "authority_kind": "police",
              "reference_number": "3817440", "reference_date": "2026-12-01", "case_number": "2212/P/2026",
              "legal_basis": ["art. 170 CPP"],
              "subjects": [{"kind": "username", "value": "artificii_ploiesti_pro"},
                           {"kind": "phone", "value": "+40734552817"}],
              "requested_data": ["datele de identificare ale titularului contului",
                                 "anunțurile publicate și numărul de produse vândute în perioada 01.10.2026 – 30.11.2026",
                                 "adresele de livrare indicate de cumpărători"],
              "period": {"from": "2026-10-01", "to": "2026-11-30"},
              "response_channel": "electronic", "reply_to": "ijj.prahova@ph.jandarmeriaromana.ro",
              "signatory": "Colonel Dobre Cătălin-Ionuț", "urgent": False}
    accept = {"reference_number": ["3.817.440"], "authority": ["IJJ Prahova", "Jandarmeria Prahova"],
              "signatory": ["Inspector șef Colonel Dobre Cătălin-Ionuț", "Dobre Cătălin-Ionuț"]}
    return dict(raw=raw, fields=fields, accept=accept, genuine=True, expect="verified",
                notes="gendarmerie (not police) acting under a prosecutor's delegation; the letter is an image-only "
                      "scanned PDF (150 dpi grey JPEG) with a handwritten signature and a double-ring stamp naming "
                      "the inspectorate, attached to a DKIM-signed mail from its listed domain: README's rule for a "
                      "scan attached to a mail (the scan states every field); call-back expected; 'Original by post'",
                material={"dkim": ["ph.jandarmeriaromana.ro"], "pdf": [], "scan_text": txt})


@item("le_genuine")
def g_anpc():
    t = when(2026, 12, 3, 15, 40)
    pdf = mk.letter_pdf("""
B|AUTORITATEA NAȚIONALĂ PENTRU PROTECȚIA CONSUMATORILOR
B|Comisariatul Regional pentru Protecția Consumatorilor Regiunea București-Ilfov
s|Bd. Aviatorilor nr. 72, sector 1, București · crpc.bucuresti@anpc.ro
K|
K|Nr. înregistrare: 6612/CRPC-B/2026
K|Data: 03.12.2026
K|Dosar nr. 44718/2026
K|
K|Către: OKAZII.RO – Centrul de prevenire a fraudelor, Departamentul juridic
K|
K|Subiect: solicitare de informații – petiții consumatori
Comisariatul Regional pentru Protecția Consumatorilor Regiunea București-Ilfov a primit un număr de 17 petiții ale consumatorilor privind vânzătorul care activează pe platforma dumneavoastră sub numele de utilizator tehno_reduceri_24 (ID utilizator 5520913), referitoare la nelivrarea produselor comandate și refuzul restituirii contravalorii acestora.
În temeiul art. 8 din Ordonanța Guvernului nr. 21/1992 privind protecția consumatorilor și al art. 26 din Ordonanța Guvernului nr. 2/2001, în vederea efectuării controlului, vă solicităm să ne comunicați, în termen de 10 zile:
L|1) denumirea, codul unic de înregistrare și sediul declarat ale vânzătorului tehno_reduceri_24;
L|2) lista comenzilor nelivrate înregistrate pentru acest vânzător între 01.08.2026 și 30.11.2026;
L|3) datele de contact (telefon, e-mail) declarate de vânzător.
Răspunsul se va transmite la adresa crpc.bucuresti@anpc.ro.
K|
K|Comisar-șef,
K|Niculescu Florentina
""", family="sans", created=t - dt.timedelta(hours=4), title="6612", author="CRPC BI")
    pdf = mk.sign_pdf(pdf, "seal_anpc", reason="Document semnat cu sigiliu electronic calificat",
                      location="Bucuresti", visible=True, at=t - dt.timedelta(hours=1))
    html = ("<html><body style=\"font-family:Calibri\"><p>Stimată doamnă / Stimate domn,</p><p>Vă transmitem, "
            "atașat, adresa C.R.P.C. Regiunea București-Ilfov nr. 6612/CRPC-B/2026 din 03.12.2026, semnată "
            "electronic.</p><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Număr"
            "</th><th>Data</th><th>Dosar</th></tr><tr><td>6612/CRPC-B/2026</td><td>03.12.2026</td><td>44718/2026"
            "</td></tr></table><p>Cu stimă,<br>Serviciul Control<br>ANPC – CRPC București-Ilfov</p></body></html>")
    body = multipart("mixed", [text(html, "html"), pdf_part(pdf, "ANPC_6612_CRPC-B_2026.pdf")], "g10")
    msg = build(seed="g10", frm=addr("CRPC Bucuresti-Ilfov", "crpc.bucuresti@anpc.ro"), to=[LEGAL],
                subject="Solicitare informatii - vanzator tehno_reduceri_24 (adresa 6612/CRPC-B/2026)", date=t,
                message_id=outlook_mid("g10", "anpc.ro"), body=body, extra=outlook("g10"))
    raw = deliver(msg, helo="mail.anpc.ro", ip="198.51.100.37", t=t + dt.timedelta(seconds=12), rcpt=LEGAL,
                  mail_from="crpc.bucuresti@anpc.ro", dkim_domain="anpc.ro", seed="g10")
    fields = {"authority": "Comisariatul Regional pentru Protecția Consumatorilor Regiunea București-Ilfov",
              "authority_kind": "other", "reference_number": "6612/CRPC-B/2026", "reference_date": "2026-12-03",
              "case_number": "44718/2026",
              "subjects": [{"kind": "username", "value": "tehno_reduceri_24"}, {"kind": "user_id", "value": "5520913"}],
              "requested_data": ["denumirea, codul unic de înregistrare și sediul declarat ale vânzătorului tehno_reduceri_24",
                                 "lista comenzilor nelivrate înregistrate pentru acest vânzător între 01.08.2026 și 30.11.2026",
                                 "datele de contact (telefon, e-mail) declarate de vânzător"],
              "period": {"from": "2026-08-01", "to": "2026-11-30"},
              "response_channel": "electronic", "reply_to": "crpc.bucuresti@anpc.ro",
              "signatory": "Comisar-șef Niculescu Florentina", "urgent": False}
    accept = {"authority": ["Autoritatea Națională pentru Protecția Consumatorilor", "ANPC"],
              "signatory": ["Niculescu Florentina"]}
    return dict(raw=raw, fields=fields, accept=accept, genuine=True, expect="verified",
                notes="consumer-protection authority (kind other), regional commissariat named under ANPC; ANPC's "
                      "bound seal, visible; legal basis is consumer law (O.G. 21/1992, O.G. 2/2001), not the "
                      "criminal procedure code: legal_basis left unscored; 'Dosar nr.' is an administrative file; "
                      "HTML-only cover with a number/date/file table",
                material={"dkim": ["anpc.ro"], "pdf": [{"signer": "seal_anpc", "whole": True}]})


# ------------------------------------------------------------------ forged or defective

def forged_fields(case: str | None, kind: str = "police") -> dict:
    f = {"authority_kind": kind}
    if case:
        f["case_number"] = case
    return f


@item("le_forged")
def f_colleague_enclosure():
    """Our own colleague's address spoofed from outside, enclosing a GENUINE, DKIM-signed but harmless mail of
    IPJ Neamț (a notice sent to the attacker himself); the demand sits in the forwarding note and an unsigned PDF."""
    t0 = when(2026, 11, 24, 13, 5)
    inner_body = text("Stimate domn,\n\nVă comunicăm că petiția dumneavoastră, înregistrată la I.P.J. Neamț sub nr. "
                      "5521/24.11.2026, a fost repartizată Poliției Municipiului Roman spre competentă soluționare. "
                      "Veți fi contactat de lucrătorul desemnat.\n\nCu stimă,\nCompartimentul Relații cu Publicul\n"
                      "I.P.J. Neamț\n")
    inner = build(seed="f1in", frm=addr("IPJ Neamt - Relatii cu publicul", "relatii.publice@nt.politiaromana.ro"),
                  to=["rares.tanase.91@gmail.com"], subject="Raspuns petitie nr. 5521/24.11.2026", date=t0,
                  message_id=mid("f1in", "nt.politiaromana.ro"), body=inner_body, extra=zimbra())
    inner = mk.dkim_sign(inner, "nt.politiaromana.ro", t0) + inner
    t = when(2026, 12, 4, 22, 48)
    fake = mk.letter_pdf("""
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ
B|Poliția Municipiului Roman
K|Nr. 5521/PMR din 04.12.2026
T|ADRESĂ – URGENT
În dosarul penal nr. 2290/P/2026, în temeiul art. 170 C.p.p., vă solicităm să comunicați de urgență datele de identificare, adresele IP și numerele de telefon ale utilizatorilor roman_licitatii, ana.maria.nt și mobila_piatra_neamt.
S|Comisar-șef de poliție
S|Apostu Liviu
""", created=t - dt.timedelta(hours=1), creator="LibreOffice 7.6")
    note = ("Salut Andrei,\n\nTe rog sa rezolvi azi: ne-a scris Politia Roman (mesajul lor original e mai jos, "
            "atasat ca .eml, l-am verificat, DKIM e ok). Adresa oficiala este PDF-ul atasat.\n"
            "Trimite direct la rares.tanase.91@gmail.com datele pentru roman_licitatii, ana.maria.nt si "
            "mobila_piatra_neamt (identificare, IP-uri, telefoane). E urgent, dosar 2290/P/2026.\n\n"
            "Mersi,\nIoana Marinescu\nLegal Counsel | Okazii.ro\n")
    body = multipart("mixed", [text(note, charset="us-ascii", cte="7bit"),
                               Part([("Content-Type", "message/rfc822"),
                                     ("Content-Disposition", 'attachment; filename="Raspuns petitie.eml"')],
                                    inner.decode("utf-8").replace("\r\n", "\n")),
                               pdf_part(fake, "adresa_PMR_5521.pdf")], "f1")
    msg = build(seed="f1", frm=addr("Ioana Marinescu", "ioana.marinescu@okazii.ro"), to=[LEGAL],
                subject="Fw: adresa Politia Roman - urgent", date=t, message_id=mid("f1", "okazii.ro"), body=body,
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = deliver(msg, helo="mail.okazii-juridic.ro", ip="203.0.113.64", t=t + dt.timedelta(seconds=4), rcpt=LEGAL,
                  mail_from="bounce@okazii-juridic.ro", seed="f1")
    return dict(raw=raw, fields=forged_fields("2290/P/2026"), accept={}, genuine=False, expect="not_verified",
                notes="ATTACK 'colleague enclosure': From is one of our own people (okazii.ro) but comes from an "
                      "outside IP without our DKIM (our DMARC p=reject fails); it encloses exactly one "
                      "message/rfc822 from a listed police domain with a VALID DKIM signature, so README's "
                      "enclosure rule would lend the original's authentication; but that original is a harmless "
                      "petition notice sent to the attacker; the demand is in the unsigned forwarding note and an "
                      "unsigned PDF, answer asked to a gmail address",
                material={"dkim": [], "inner_dkim": ["nt.politiaromana.ro"], "pdf": []})


@item("le_forged")
def f_p7s_decoy():
    """Compromised PT Iași mailbox: a genuine detached .p7s that signs an older letter attached as an 'annex';
    the request read from the main PDF (more users, more data) is signed by nothing."""
    t = when(2026, 12, 3, 7, 12)
    old = mk.letter_pdf("""
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL IAȘI
K|Nr. 1988/II/6/2026                                                                        Iași, 13.11.2026
K|Către: OKAZII.RO – Centrul de prevenire a fraudelor
În dosarul penal nr. 431/P/2026, în temeiul art. 170 Cod procedură penală, vă rugăm să comunicați datele de identificare ale utilizatorului pascani_agro_utilaje.
Informațiile vor fi comunicate în format electronic la adresa registratura.ptis@mpublic.ro.
S|PRIM-PROCUROR ADJUNCT,
S|Cazacu Bogdan
""", created=when(2026, 11, 12, 15, 0), title="1988/II/6/2026", author="grefa")
    p7s = mk.cades(old, "seal_pt_is", detached=True, signing_time=when(2026, 11, 13, 9, 30))
    new = mk.letter_pdf("""
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL IAȘI
K|Nr. 2291/II/6/2026                                                                        Iași, 02.12.2026
K|Către: OKAZII.RO – Centrul de prevenire a fraudelor
În continuarea adresei nr. 1988/II/6/2026 (anexată), în dosarul penal nr. 431/P/2026, în temeiul art. 170 Cod procedură penală, vă rugăm să comunicați, pentru utilizatorii pascani_agro_utilaje, tractoare.second.iasi și ciprian.lupu.agro@gmail.com:
L|I. datele de identificare și de contact
L|II. parolele criptate (hash) și întrebările de securitate ale conturilor
L|III. adresele IP folosite la autentificare și dispozitivele asociate
Informațiile vor fi comunicate în format electronic la adresa registratura.ptis@mpublic.ro.
S|PRIM-PROCUROR ADJUNCT,
S|Cazacu Bogdan
""", created=t - dt.timedelta(hours=1), title="2291/II/6/2026", author="grefa")
    body = multipart("mixed", [
        text("Buna ziua,\n\nVa transmitem adresa nr. 2291/II/6/2026 (dosar 431/P/2026), in continuarea adresei "
             "anexate. Semnatura electronica este in fisierul .p7s.\n\nRegistratura Parchetului de pe langa "
             "Tribunalul Iasi\n", charset="iso-8859-2"),
        pdf_part(new, "2291_II_6_2026.pdf"),
        pdf_part(old, "anexa_1988_II_6_2026.pdf"),
        attachment(p7s, "semnatura_adresa.p7s", "application/pkcs7-signature")], "f2")
    msg = build(seed="f2", frm=addr(mk.to_cedilla("Registratura PT Iași"), "registratura.ptis@mpublic.ro", "iso-8859-2"),
                to=[LEGAL], subject="Adresa 2291/II/6/2026 (dosar 431/P/2026)", date=t,
                message_id=mid("f2", "mpublic.ro"), body=body, extra=zimbra())
    raw = deliver(msg, helo="mail1.mpublic.ro", ip="198.51.100.31", t=t + dt.timedelta(seconds=8), rcpt=LEGAL,
                  mail_from="registratura.ptis@mpublic.ro", dkim_domain="mpublic.ro", seed="f2")
    return dict(raw=raw, fields=forged_fields("431/P/2026", "prosecutor"), accept={}, genuine=False,
                expect="not_verified",
                notes="ATTACK 'p7s decoy': compromised genuine mailbox (valid mpublic.ro DKIM); the .p7s is named after "
                      "no attached file, so the README's fallback matches it by digest to the ANNEX (an older, "
                      "genuinely sealed letter about one user); the main PDF that states the request (three users, "
                      "password hashes) is unsigned",
                material={"dkim": ["mpublic.ro"], "pdf": [],
                          "cades": [{"file": "semnatura_adresa.p7s", "signer": "seal_pt_is", "detached": True,
                                     "over": "anexa_1988_II_6_2026.pdf"}]})


@item("le_forged")
def f_embedded_after():
    """Compromised IPJ Suceava mailbox; a genuinely sealed letter about one user, then an incremental update that
    only adds an embedded file (paper-clip attachment inside the PDF) listing more users."""
    t = when(2026, 12, 2, 9, 40)
    pdf = mk.letter_pdf("""
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA
B|Serviciul de Investigații Criminale
R|Nr. 50.212 din 01.12.2026
K|Către: OKAZII.RO – Centrul de prevenire a fraudelor
În dosarul penal nr. 3390/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați datele de identificare și jurnalele de conectare ale utilizatorului suceava_lemne_foc, precum și ale utilizatorilor enumerați în fișierul anexat documentului.
Răspunsul va fi transmis în format electronic la adresa sic@sv.politiaromana.ro.
S|Șef serviciu
S|Comisar-șef de poliție Bejan Radu
""", created=t - dt.timedelta(days=1), title="50212")
    pdf = mk.sign_pdf(pdf, "seal_ipj_sv", reason="Sigiliu IPJ Suceava", location="Suceava", at=t - dt.timedelta(hours=20))
    csv = ("utilizator;email;observatii\nsuceava_lemne_foc;;\nlemne.bucovina.ieftin;;vanzator\n"
           "ionut.paval.sv@gmail.com;ionut.paval.sv@gmail.com;cumparator\nradauti_peleti;;vanzator\n").encode()
    pdf = mk.embed_file_after(pdf, "utilizatori_anexa.csv", csv, description="Anexa - lista utilizatori")
    body = multipart("mixed", [text(
        "Buna ziua,\n\nAtasat adresa nr. 50.212/01.12.2026. Lista completa a utilizatorilor se afla in fisierul "
        "atasat in interiorul PDF-ului (pictograma agrafa din Adobe Reader).\n\nSIC - IPJ Suceava\n",
        charset="us-ascii", cte="7bit"), pdf_part(pdf, "adresa_50212.pdf")], "f3")
    msg = build(seed="f3", frm=addr("SIC IPJ Suceava", "sic@sv.politiaromana.ro"), to=[LEGAL],
                subject="adresa 50.212 - dosar 3390/P/2026", date=t, message_id=mid("f3", "sv.politiaromana.ro"),
                body=body, extra=thunderbird())
    raw = deliver(msg, helo="mail.sv.politiaromana.ro", ip="192.0.2.120", t=t + dt.timedelta(seconds=13), rcpt=LEGAL,
                  mail_from="sic@sv.politiaromana.ro", dkim_domain="sv.politiaromana.ro", seed="f3")
    return dict(raw=raw, fields=forged_fields("3390/P/2026"), accept={}, genuine=False, expect="not_verified",
                notes="ATTACK 'embedded file after the seal': valid DKIM of the listed unit (compromised mailbox), the "
                      "bound seal intact over revision 1; revision 2 changes nothing on the page, it only adds an "
                      "EmbeddedFiles entry (a CSV of three more users) that the letter points to; not a bound "
                      "signature, so README says nothing else may be added",
                material={"dkim": ["sv.politiaromana.ro"], "pdf": [{"signer": "seal_ipj_sv", "whole": False}]})


@item("le_forged")
def f_appended_pdf():
    """Compromised IPJ Dolj mailbox: the officer's genuinely signed letter, and after its %%EOF a whole new PDF
    (its own xref, no /Prev) that a reader starting from the end shows instead."""
    t = when(2026, 12, 4, 8, 21)
    v1 = mk.letter_pdf("""
2|INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ\\nServiciul de Investigare a Criminalității Economice ¦ Craiova, 20.11.2026\\nNr. 1.198.020
K|Către OKAZII.RO – Centrul de prevenire a fraudelor
În dosarul penal nr. 5460/P/2026, în baza art. 170 C.proc.pen., vă solicităm datele de înregistrare ale utilizatorului cu ID 8811204.
Vă rugăm să transmiteți răspunsul la adresa sice@dj.politiaromana.ro.
S|Comisar de poliție Manea Mihai-Cristian
""", family="sans", created=when(2026, 11, 20, 10, 0))
    v1 = mk.sign_pdf(v1, "pers_dj_manea", reason="Sunt autorul acestui document", location="Craiova",
                     at=when(2026, 11, 20, 11, 0))
    v2 = mk.letter_pdf("""
2|INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ\\nServiciul de Investigare a Criminalității Economice ¦ Craiova, 03.12.2026\\nNr. 1.198.020
K|Către OKAZII.RO – Centrul de prevenire a fraudelor
În dosarul penal nr. 5460/P/2026, în baza art. 170 C.proc.pen., vă solicităm datele de înregistrare, adresele IP, numerele de telefon și conturile bancare ale utilizatorilor cu ID 8811204, 8811377 și 9002410, precum și conținutul mesajelor private ale acestora.
Vă rugăm să transmiteți răspunsul la adresa sice@dj.politiaromana.ro.
S|Comisar de poliție Manea Mihai-Cristian
""", family="sans", created=when(2026, 12, 3, 10, 0))
    pdf = mk.append_whole_pdf(v1, v2)
    body = multipart("mixed", [text("Buna ziua,\n\nRevin cu adresa semnata in dosarul 5460/P/2026.\n\nManea M.\n",
                                    charset="us-ascii", cte="7bit"), pdf_part(pdf, "Adresa 1198020.pdf")], "f4")
    msg = build(seed="f4", frm=addr("Manea Mihai-Cristian", "mihai.manea@dj.politiaromana.ro"), to=[LEGAL],
                subject="RE: Adresa IPJ Dolj nr. 1.198.020", date=t, message_id=outlook_mid("f4", "dj.politiaromana.ro"),
                body=body, extra=outlook("f4"))
    raw = deliver(msg, helo="smtp2.dj.politiaromana.ro", ip="192.0.2.131", t=t + dt.timedelta(seconds=6), rcpt=LEGAL,
                  mail_from="mihai.manea@dj.politiaromana.ro", dkim_domain="dj.politiaromana.ro", seed="f4")
    return dict(raw=raw, fields=forged_fields("5460/P/2026"), accept={}, genuine=False, expect="not_verified",
                notes="ATTACK 'second PDF appended after %%EOF': the bound officer's valid signature covers the first "
                      "document (one user id); a complete second PDF is appended with its own xref and trailer and "
                      "NO /Prev, offsets shifted, so a reader starting from the last startxref (PDFium) shows only "
                      "the new text (three users, private messages) and sees no signature; pyHanko following the "
                      "last trailer finds no signature either; the first part alone verifies",
                material={"dkim": ["dj.politiaromana.ro"], "pdf": [], "appended": {"signer": "pers_dj_manea"}})


@item("le_forged")
def f_lookalike_seal():
    """Compromised DGPMB mailbox; the PDF is sealed by a qualified seal from the same trusted CA whose O is the
    directorate's exact name but whose organizationIdentifier is another one."""
    t = when(2026, 12, 3, 17, 2)
    pdf = mk.letter_pdf("""
C|DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI
C|Serviciul de Investigare a Criminalității Economice
K|Nr. 4.402.118 din 03.12.2026
K|Către OKAZII.RO – Centrul de prevenire a fraudelor
În dosarul penal nr. 30122/P/2026 al Parchetului de pe lângă Tribunalul București, în temeiul art. 170 C.p.p., vă solicităm să ne transmiteți datele de identificare, numerele de telefon, adresele IP și istoricul tranzacțiilor utilizatorilor bucuresti_ceasuri_lux și lux.watches.ro@outlook.com.
Răspunsul se transmite la adresa sice@b.politiaromana.ro.
S|Șef serviciu, Comisar-șef de poliție Tudose Marian
""", created=t - dt.timedelta(hours=3))
    pdf = mk.sign_pdf(pdf, "seal_dgpmb_lookalike", reason="Sigiliu electronic DGPMB", location="Bucuresti",
                      at=t - dt.timedelta(hours=1))
    body = multipart("mixed", [text("Buna ziua,\n\nAtasat adresa DGPMB - SICE nr. 4.402.118, semnata cu sigiliul "
                                    "electronic al institutiei.\n\nSICE DGPMB\n", charset="us-ascii", cte="7bit"),
                               pdf_part(pdf, "DGPMB_4402118.pdf")], "f5")
    msg = build(seed="f5", frm=addr("SICE DGPMB", "sice@b.politiaromana.ro"), to=[LEGAL],
                subject="Adresa DGPMB 4.402.118 / dosar 30122/P/2026", date=t, message_id=mid("f5", "b.politiaromana.ro"),
                body=body, extra=zimbra())
    raw = deliver(msg, helo="mta.b.politiaromana.ro", ip="192.0.2.150", t=t + dt.timedelta(seconds=10), rcpt=LEGAL,
                  mail_from="sice@b.politiaromana.ro", dkim_domain="b.politiaromana.ro", seed="f5")
    return dict(raw=raw, fields=forged_fields("30122/P/2026"), accept={}, genuine=False, expect="not_verified",
                notes="ATTACK 'seal with the authority's O, another organizationIdentifier': DKIM of the listed "
                      "directorate (compromised mailbox); the PDF seal chains to the trusted root and its subject O is "
                      "exactly 'Direcția Generală de Poliție a Municipiului București', but its 2.5.4.97 is "
                      "VATRO-40117283 (a lax registration): the registry binds O AND identifier, and binds an "
                      "officer's certificate for DGPMB, not a seal",
                material={"dkim": ["b.politiaromana.ro"], "pdf": [{"signer": "seal_dgpmb_lookalike", "whole": True}]})


@item("le_forged")
def f_answer_redirect():
    """Compromised IPJ Neamț mailbox re-sending a genuine, recent, sealed letter; the unsigned mail text moves the
    answer to an outside mailbox."""
    t = when(2026, 12, 5, 6, 58)
    pdf = mk.letter_pdf("""
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ
B|POLIȚIA MUNICIPIULUI ROMAN
K|Nr. 71.905 din 27.11.2026
K|Către: OKAZII.RO – Centrul de prevenire a fraudelor, Departamentul juridic
În dosarul penal nr. 2254/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați datele de identificare, numărul de telefon și adresele IP de autentificare ale utilizatorului licitatii_roman_nt, pentru perioada 01.10.2026 – 26.11.2026.
Răspunsul va fi transmis la adresa politia.roman@nt.politiaromana.ro.
S|Șef Poliție Municipiu, Comisar-șef de poliție Apostu Liviu
""", created=when(2026, 11, 27, 9, 0))
    pdf = mk.sign_pdf(pdf, "seal_ipj_nt", reason="Sigiliu IPJ Neamt", location="Piatra Neamt",
                      at=when(2026, 11, 27, 10, 15))
    note = ("Buna dimineata,\n\nRevenim cu adresa nr. 71.905 din 27.11.2026 (dosar 2254/P/2026), la care nu am primit "
            "inca raspuns.\n\nIMPORTANT: din cauza unei migrari a serverului de e-mail al IPJ Neamt, adresa "
            "politia.roman@nt.politiaromana.ro nu mai primeste mesaje externe pana la 15.12.2026. Va rugam sa "
            "transmiteti raspunsul EXCLUSIV la adresa temporara politia.roman.nt@proton.me.\n\nCu stima,\n"
            "Politia Municipiului Roman\n")
    body = multipart("mixed", [text(note, charset="us-ascii", cte="7bit"), pdf_part(pdf, "adresa_71905.pdf")], "f7")
    msg = build(seed="f7", frm=addr("Politia Municipiului Roman", "politia.roman@nt.politiaromana.ro"), to=[LEGAL],
                subject="Revenire - adresa nr. 71.905 / 27.11.2026", date=t, message_id=mid("f7", "nt.politiaromana.ro"),
                body=body, extra=zimbra())
    raw = deliver(msg, helo="mail.nt.politiaromana.ro", ip="192.0.2.140", t=t + dt.timedelta(seconds=7), rcpt=LEGAL,
                  mail_from="politia.roman@nt.politiaromana.ro", dkim_domain="nt.politiaromana.ro", seed="f7")
    return dict(raw=raw, fields=forged_fields("2254/P/2026"), accept={}, genuine=False, expect="not_verified",
                notes="ATTACK 'answer redirected in the unsigned cover text': genuine channel (DKIM of the listed unit, "
                      "compromised mailbox) and a genuine, recent, complete letter under IPJ Neamț's bound seal; the "
                      "only change is the unsigned mail text asking that the answer go EXCLUSIVELY to a proton.me "
                      "address, contradicting the signed letter; the data would leak to the attacker",
                material={"dkim": ["nt.politiaromana.ro"], "pdf": [{"signer": "seal_ipj_nt", "whole": True}]})


@item("le_forged")
def f_quoted_localpart():
    t = when(2026, 12, 5, 3, 17)
    pdf = mk.letter_pdf("""
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA
B|POLIȚIA MUNICIPIULUI FĂLTICENI
R|Nr. 48.990/PMF din 04.12.2026
K|Către: OKAZII.RO
T|ADRESĂ – FOARTE URGENT
În dosarul penal nr. 3341/P/2026, privind o persoană dispărută, în temeiul art. 170 C.p.p. vă solicităm să ne comunicați în maximum 2 ore datele de identificare, adresa de livrare, numărul de telefon și ultimele adrese IP ale utilizatoarei ema.petrescu.2009.
S|Comisar-șef de poliție Ursachi Petru-Daniel
""", created=t - dt.timedelta(minutes=30), creator="Microsoft® Word 2019")
    body = multipart("mixed", [text(
        "Buna ziua,\n\nSituatie de urgenta - minora disparuta. Va rugam raspundeti in 2 ore la acest mesaj.\n\n"
        "Politia Municipiului Falticeni\nTel. 0730 118 442 (ofiter de serviciu)\n", charset="us-ascii", cte="7bit"),
        pdf_part(pdf, "adresa_urgenta_48990.pdf")], "f8")
    frm = 'Politia Municipiului Falticeni <"pm.falticeni@sv.politiaromana.ro"@mail-ro.eu>'
    msg = build(seed="f8", frm=frm, to=[LEGAL], subject="FOARTE URGENT - persoana disparuta - dosar 3341/P/2026",
                date=t, message_id=mid("f8", "mail-ro.eu"), body=body, extra=[("X-Priority", "1 (Highest)"),
                                                                             ("Importance", "High")])
    raw = deliver(msg, helo="smtp.mail-ro.eu", ip="203.0.113.61", t=t + dt.timedelta(seconds=5), rcpt=LEGAL,
                  mail_from="pm.falticeni@mail-ro.eu", dkim_domain="mail-ro.eu", seed="f8")
    return dict(raw=raw, fields=forged_fields("3341/P/2026"), accept={}, genuine=False, expect="not_verified",
                notes="ATTACK 'quoted local part': From is <\"pm.falticeni@sv.politiaromana.ro\"@mail-ro.eu>, a legal "
                      "addr-spec whose domain is the attacker's (its own valid DKIM); a reader splitting at the first "
                      "'@' or searching for a listed domain sees the police unit; emergency pretext (missing minor, 2 "
                      "hours) at 03:17, unsigned PDF",
                material={"dkim": ["mail-ro.eu"], "pdf": []})


@item("le_forged")
def f_newsletter_selector():
    t = when(2026, 12, 4, 10, 0)
    pdf = mk.letter_pdf("""
B|AUTORITATEA NAȚIONALĂ PENTRU PROTECȚIA CONSUMATORILOR
K|Nr. 7001/DGC/2026 din 04.12.2026
K|Dosar nr. 45120/2026
K|Către: OKAZII.RO – Centrul de prevenire a fraudelor
În vederea soluționării unor petiții, în temeiul O.G. nr. 21/1992, vă solicităm ca, în termen de 24 de ore, să ne transmiteți lista completă a vânzătorilor activi în categoria „Telefoane mobile”, cu nume, CNP/CUI, adresă, telefon și IBAN.
Răspunsul se transmite pe e-mail, la adresa indicată în mesaj.
S|Director general, Direcția Generală Control
""", created=t - dt.timedelta(hours=2), creator="Canva")
    html = ("<html><body><table width=\"600\" align=\"center\" style=\"font-family:Arial\"><tr><td>"
            "<img src=\"https://cdn.newsletter-platform.example/anpc/logo.png\" alt=\"ANPC\"></td></tr><tr><td>"
            "<h2>Solicitare urgentă de informații</h2><p>Stimate operator,</p><p>Vă transmitem atașat adresa ANPC nr. "
            "7001/DGC/2026. Răspunsul se transmite în 24 de ore la <a href=\"mailto:control.dgc.anpc@gmail.com\">"
            "control.dgc.anpc@gmail.com</a>.</p></td></tr><tr><td style=\"font-size:10px;color:#888\">Ați primit "
            "acest mesaj deoarece sunteți abonat la comunicările ANPC. <a href=\"https://anpc.newsletter-platform"
            ".example/u/8842\">Dezabonare</a></td></tr></table></body></html>")
    body = multipart("mixed", [text(html, "html"), pdf_part(pdf, "adresa_ANPC_7001.pdf")], "f9")
    msg = build(seed="f9", frm=addr("ANPC", "comunicare@anpc.ro"), to=[LEGAL],
                subject="Solicitare urgenta de informatii - adresa 7001/DGC/2026", date=t,
                message_id=mid("f9", "newsletter-platform.example"), body=body,
                extra=[("List-Unsubscribe", "<https://anpc.newsletter-platform.example/u/8842>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("Feedback-ID", "8842:campanie-1204:anpc:npx"), ("X-Mailer", "NewsletterPlatform/5.2")])
    raw = deliver(msg, helo="out-17.newsletter-platform.example", ip="203.0.113.70", t=t + dt.timedelta(seconds=3),
                  rcpt=LEGAL, mail_from="bounces+8842@newsletter-platform.example", dkim_domain="anpc.ro",
                  dkim_selector="nl2026", seed="f9")
    return dict(raw=raw, fields=forged_fields("45120/2026", "other"), accept={}, genuine=False,
                expect="not_verified",
                notes="ATTACK 'the authority's newsletter selector': DKIM d=anpc.ro with selector nl2026, a real key "
                      "ANPC published for its newsletter provider (the attacker has a login there), so DKIM passes "
                      "and aligns with a listed domain, from the provider's IP (SPF fails, DMARC passes by DKIM); "
                      "unsigned Canva PDF asking for every seller's data in 24 h, answer to a gmail address in the "
                      "HTML only",
                material={"dkim": ["anpc.ro"], "pdf": []})


@item("le_forged")
def f_officer_yahoo_smime():
    t = when(2026, 12, 5, 21, 34)
    letter = ("INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ\nServiciul de Investigare a Criminalității Economice\n"
              "Nr. 1.207.301 din 05.12.2026\n\nCătre OKAZII.RO – Centrul de prevenire a fraudelor\n\n"
              "În dosarul penal nr. 5521/P/2026, în baza art. 170 C.proc.pen., vă solicităm să ne comunicați "
              "datele de înregistrare și jurnalele de conectare ale utilizatorului cu ID 9087902.\n\n"
              "Vă rog să răspundeți la această adresă de e-mail, serverul instituției fiind indisponibil în "
              "weekend.\n\nComisar de poliție Manea Mihai-Cristian\n")
    inner = text(letter, cte="quoted-printable")
    signed = mk.smime_signed(inner, "pers_dj_manea", "f10")
    msg = build(seed="f10", frm=addr("Mihai Manea", "mihai.manea86@yahoo.com"), to=[LEGAL],
                subject="Adresa 1.207.301 - dosar 5521/P/2026", date=t, message_id=mid("f10", "mail.yahoo.com"),
                body=signed, extra=[("X-Mailer", "WebService/1.1.22941 YMailNorrin")])
    raw = deliver(msg, helo="sonic301-22.consmr.mail.ir2.yahoo.com", ip="198.51.100.210", t=t + dt.timedelta(seconds=2),
                  rcpt=LEGAL, mail_from="mihai.manea86@yahoo.com", dkim_domain="yahoo.com", seed="f10")
    return dict(raw=raw, fields=forged_fields("5521/P/2026"), accept={}, genuine=False, expect="not_verified",
                notes="DEFECTIVE 'real officer, free mail, bound S/MIME': the IPJ Dolj officer's genuine bound "
                      "certificate S/MIME-signs the request (valid, trusted), but the mail comes from his personal "
                      "yahoo.com address (yahoo's DKIM); the certificate names his dj.politiaromana.ro address, not "
                      "the From; free mail is never an authority channel",
                material={"dkim": ["yahoo.com"], "smime": "pers_dj_manea", "pdf": []})


@item("le_forged")
def f_csv_annex_users():
    t = when(2026, 12, 2, 13, 45)
    pdf = mk.letter_pdf("""
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ IAȘI
K|Nr. 8.410.233 din 02.12.2026
K|Către: OKAZII.RO – Centrul de prevenire a fraudelor
În dosarul penal nr. 904/P/2026, privind contrabanda cu țigarete comercializate prin anunțuri online, în temeiul art. 170 Cod procedură penală vă solicităm datele de identificare, numerele de telefon și adresele de livrare ale utilizatorilor menționați în Anexa nr. 1 (fișier tabelar transmis împreună cu prezenta).
Răspunsul se transmite la adresa itpf.iasi@iasi.politiadefrontiera.ro.
S|Inspector șef, Comisar-șef de poliție Rotaru Gheorghe
""", created=t - dt.timedelta(hours=3))
    pdf = mk.sign_pdf(pdf, "seal_itpf_is", reason="Sigiliu ITPF Iasi", location="Iasi", at=t - dt.timedelta(hours=1))
    csv = ("Nr;Utilizator;Email;Telefon\n1;tigari_ungheni_ieftin;;0745 901 332\n2;vama.deals.is;vama.deals.is@gmail.com;\n"
           "3;pachete_moldova;;0767 220 418\n").encode("utf-8")
    body = multipart("mixed", [text("Buna ziua,\n\nVa transmitem adresa nr. 8.410.233 si Anexa nr. 1.\n\nITPF Iasi - "
                                    "Serviciul Investigatii Criminale\n", charset="us-ascii", cte="7bit"),
                               pdf_part(pdf, "adresa_8410233.pdf"),
                               attachment(csv, "Anexa_1_utilizatori.csv", "text/csv")], "f11")
    msg = build(seed="f11", frm=addr("ITPF Iasi", "itpf.iasi@iasi.politiadefrontiera.ro"), to=[LEGAL],
                subject="Adresa 8.410.233 - dosar 904/P/2026 + anexa", date=t,
                message_id=mid("f11", "iasi.politiadefrontiera.ro"), body=body, extra=thunderbird())
    raw = deliver(msg, helo="mail.iasi.politiadefrontiera.ro", ip="192.0.2.171", t=t + dt.timedelta(seconds=9),
                  rcpt=LEGAL, mail_from="itpf.iasi@iasi.politiadefrontiera.ro",
                  dkim_domain="iasi.politiadefrontiera.ro", seed="f11")
    return dict(raw=raw, fields=forged_fields("904/P/2026"), accept={}, genuine=False, expect="not_verified",
                notes="DEFECTIVE 'users only in an unsigned annex': genuine channel (the border-police unit's own "
                      "DKIM) and its bound seal over a complete letter that names NO user: they are in an unsigned "
                      "CSV attached beside it; README: every user must be stated by the signed revision "
                      "(expected incomplete)",
                material={"dkim": ["iasi.politiadefrontiera.ro"], "pdf": [{"signer": "seal_itpf_is", "whole": True}]})


# ------------------------------------------------------------------ other categories

def plain_mail(seed, frm_name, frm_addr, to, subject, t, body, *, dkim_domain=None, ip, helo, extra=None,
               charset="utf-8", mail_from=None, message_id=None, cc=None, reply_to=None, dkim=True):
    dom = frm_addr.split("@")[1]
    msg = build(seed=seed, frm=addr(frm_name, frm_addr, charset) if frm_name else frm_addr, to=to, cc=cc,
                reply_to=reply_to, subject=subject, date=t, message_id=message_id or mid(seed, dom), body=body,
                extra=extra, subject_charset=charset)
    return deliver(msg, helo=helo, ip=ip, t=t + dt.timedelta(seconds=5), rcpt=to[0], mail_from=mail_from or frm_addr,
                   dkim_domain=(dkim_domain or dom) if dkim else None, seed=seed)


GMAIL = dict(ip="198.51.100.200", helo="mail-wr1-f51.google.com")
YAHOO_RO = dict(ip="198.51.100.211", helo="sonic314-20.consmr.mail.ir2.yahoo.com")
OUTLOOK = dict(ip="198.51.100.220", helo="EUR05-VI1-obe.outbound.protection.outlook.com")


@item("complaint")
def c_gmail_nodia():
    t = when(2026, 12, 1, 23, 12)
    b = text("Buna seara,\n\nam cumparat de la utilizatorul telefoane_ok_iasi un Samsung S23 folosit, comanda 58120447, "
             "si am platit 1.890 lei prin transfer bancar pe 18 noiembrie. De atunci nu am primit nimic, "
             "vanzatorul mi-a trimis un numar de AWB care nu exista la curier si acum nu mai raspunde la telefon.\n"
             "Vreau sa imi recuperez banii. Am facut si plangere la politie.\n\nMultumesc,\nCostin Ababei\n"
             "tel 0744 310 288\n", charset="us-ascii", cte="7bit")
    raw = plain_mail("c1", "Costin Ababei", "costin.ababei@gmail.com", [SECURITY], "nu am primit telefonul", t, b,
                     extra=[("X-Gm-Message-State", "AOJu0Yw8f2")], **GMAIL)
    f = {"complainant": "Costin Ababei", "transaction_id": "58120447", "counterparty": "telefoane_ok_iasi",
         "amount": {"value": "1890.00", "currency": "RON"}, "issue": "not_delivered",
         "contact": {"email": "costin.ababei@gmail.com", "phone": "+40744310288"}}
    return dict(raw=raw, fields=f, notes="gmail, no diacritics, fake AWB, lowercase subject; police complaint "
                                          "also filed (not a law-enforcement request)")


@item("complaint")
def c_english_fraud():
    t = when(2026, 12, 2, 8, 40)
    html = ("<html><body><p>Hello,</p><p>I would like to report a scam. I wanted to buy a Helios 44-2 lens from the "
            "seller <b>vintage_lens_ro</b> (order 58233019). The seller asked me to pay through a \"FAN Courier "
            "secure payment\" link sent on WhatsApp. I entered my card details and <b>EUR 340.00</b> were taken, "
            "then a second payment was attempted. The link was fanbox-plata-sigura.com, which is obviously not "
            "your site.</p><p>Please block this seller and tell me what I can do to get my money back.</p>"
            "<p>Kind regards,<br>Tomasz Wiśniewski<br>Kraków, Poland</p></body></html>")
    plain = ("Hello,\n\nI would like to report a scam. I wanted to buy a Helios 44-2 lens from the seller "
             "vintage_lens_ro (order 58233019). The seller asked me to pay through a \"FAN Courier secure payment\" "
             "link sent on WhatsApp. I entered my card details and EUR 340.00 were taken, then a second payment was "
             "attempted. The link was fanbox-plata-sigura.com, which is obviously not your site.\n\nPlease block "
             "this seller and tell me what I can do to get my money back.\n\nKind regards,\nTomasz Wiśniewski\n"
             "Kraków, Poland\n")
    b = multipart("alternative", [text(plain), text(html, "html")], "c2")
    raw = plain_mail("c2", "Tomasz Wiśniewski", "t.wisniewski@outlook.com", [SECURITY], "Scam - fake courier payment link",
                     t, b, extra=[("X-MS-Exchange-Organization-SCL", "1")], message_id=outlook_mid("c2", "outlook.com"),
                     **OUTLOOK)
    f = {"complainant": "Tomasz Wiśniewski", "transaction_id": "58233019", "counterparty": "vintage_lens_ro",
         "amount": {"value": "340.00", "currency": "EUR"}, "issue": "fraud_suspected",
         "contact": {"email": "t.wisniewski@outlook.com"}}
    return dict(raw=raw, fields=f, notes="English, Outlook multipart/alternative, fake courier payment link, EUR")


@item("complaint")
def c_seller_brick_cp1250():
    t = when(2026, 12, 3, 10, 5)
    b = text("Stimată echipă Okazii,\n\nSubscrisa SC Mobila Bucovina SRL, vânzător pe platformă (utilizator "
             "mobila_bucovina_srl), formulăm reclamație împotriva cumpărătorului andrei_k_1994 pentru comanda nr. "
             "58140390.\n\nCumpărătorul a achitat un laptop Lenovo ThinkPad la prețul de 4.299,00 lei, l-a primit, "
             "apoi a solicitat retur. În coletul returnat am găsit o cărămidă învelită în folie, nu laptopul. Am "
             "filmat deschiderea coletului.\n\nSolicităm blocarea contului cumpărătorului și să nu i se restituie "
             "suma.\n\nCu stimă,\nGavriliuc Elena – administrator\nSC Mobila Bucovina SRL, tel. 0230 511 902\n",
             charset="windows-1250", cte="quoted-printable")
    raw = plain_mail("c3", "Mobila Bucovina SRL", "office@mobila-bucovina.ro", [SECURITY],
                     "Reclamaţie cumpărător - retur fraudulos comanda 58140390", t, b, charset="windows-1250",
                     ip="198.51.100.244", helo="mail.mobila-bucovina.ro",
                     extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    f = {"complainant": "SC Mobila Bucovina SRL", "transaction_id": "58140390", "counterparty": "andrei_k_1994",
         "amount": {"value": "4299.00", "currency": "RON"}, "issue": "fraud_suspected",
         "contact": {"email": "office@mobila-bucovina.ro", "phone": "+40230511902"}}
    return dict(raw=raw, fields=f, accept={"complainant": ["Gavriliuc Elena", "mobila_bucovina_srl"]},
                notes="a seller company complains about a buyer (brick returned instead of a laptop); Windows-1250 "
                      "QP with cedilla letters, subject encoded in windows-1250")


@item("complaint")
def c_thread_no_answer():
    t = when(2026, 12, 4, 18, 22)
    b = text("Bună ziua,\n\nRevin la sesizarea mea: vânzătorul piese_auto_olt_ro nu mai răspunde deloc de 8 zile, nici "
             "la mesaje pe platformă, nici la telefon. Comanda 58099871, radiator pentru Logan, 615 lei. Vă rog să "
             "interveniți, altfel cer banii înapoi prin bancă.\n\nRadu Mihalache\n\n"
             "> Pe 27.11.2026 Registratura Okazii a scris:\n> Am primit mesajul dumneavoastră și l-am înregistrat cu "
             "numărul REG-2026-004031.\n> Un coleg din Departamentul de Securitate vă va contacta.\n",
             charset="iso-8859-2", cte="8bit")
    raw = plain_mail("c4", "Radu Mihalache", "radu.mihalache@yahoo.ro", [SECURITY],
                     "Re: [REG-2026-004031] Am primit mesajul dumneavoastra: comanda 58099871", t, b,
                     charset="iso-8859-2", extra=[("In-Reply-To", "<ack-REG-2026-004031@okazii.ro>"),
                                                  ("References", "<ack-REG-2026-004031@okazii.ro>")], **YAHOO_RO)
    f = {"complainant": "Radu Mihalache", "transaction_id": "58099871", "counterparty": "piese_auto_olt_ro",
         "amount": {"value": "615.00", "currency": "RON"}, "issue": "no_answer",
         "contact": {"email": "radu.mihalache@yahoo.ro"}}
    return dict(raw=raw, fields=f, notes="follow-up in our acknowledgement's thread; ISO-8859-2 8bit with cedilla "
                                          "letters; seller silent for 8 days")


@item("complaint")
def c_html_guarantee_table():
    t = when(2026, 12, 2, 14, 50)
    html = ("<html><body><div dir=\"ltr\">Bună ziua,<br><br>Am comandat o canapea extensibilă de la vânzătorul "
            "<b>casa_confort_deco</b>, comanda nr. <b>58177602</b>, cu Garanția de Livrare. Termenul de livrare a "
            "trecut de 12 zile și nu am primit nimic.<br><br><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
            "<tr><td>Data plății</td><td>Suma</td><td>Metoda</td></tr><tr><td>16.11.2026</td><td>2.340,00 lei</td>"
            "<td>card, prin platformă</td></tr></table><br>Vă rog să îmi returnați banii conform garanției.<br><br>"
            "Cu respect,<br>Larisa Ene<br>0722 904 117</div></body></html>")
    raw = plain_mail("c5", "Larisa Ene", "larisa_ene@yahoo.ro", [SECURITY], "Comanda 58177602 nelivrata", t,
                     text(html, "html", cte="quoted-printable"), **YAHOO_RO)
    f = {"complainant": "Larisa Ene", "transaction_id": "58177602", "counterparty": "casa_confort_deco",
         "amount": {"value": "2340.00", "currency": "RON"}, "delivery_guarantee": True, "issue": "not_delivered",
         "contact": {"email": "larisa_ene@yahoo.ro", "phone": "+40722904117"}}
    return dict(raw=raw, fields=f, notes="HTML-only webmail with a payment table; Delivery Guarantee named")


@item("complaint")
def c_forward_wife():
    t = when(2026, 12, 5, 9, 3)
    b = text("Buna ziua,\n\nva scriu in numele sotului meu, Florin Dumitrascu (cont florin_dmt), care nu are e-mail. "
             "Mai jos e conversatia cu vanzatorul. A platit 650 lei pentru o drujba Stihl, comanda 58201554, "
             "vanzatorul stihl_originale_md a confirmat plata si de 10 zile nu mai raspunde.\n\nGabriela Dumitrascu\n"
             "\n---------- Forwarded message ---------\nDe la: Florin D <florin.dmt.1978@gmail.com>\n"
             "Date: vin., 4 dec. 2026, 20:11\nSubject: conversatie vanzator\nTo: Gabriela <gabi.dumitrascu@gmail.com>\n\n"
             "[25.11 18:02] stihl_originale_md: am primit banii, trimit maine cu curierul\n"
             "[28.11 10:40] florin_dmt: cand trimiteti? nu am primit awb\n"
             "[01.12 09:15] florin_dmt: va rog raspundeti\n[03.12 21:30] florin_dmt: ???\n", charset="utf-8",
             cte="8bit")
    raw = plain_mail("c6", "Gabriela Dumitrascu", "gabi.dumitrascu@gmail.com", [SECURITY],
                     "Fwd: conversatie vanzator", t, b, **GMAIL)
    f = {"transaction_id": "58201554", "counterparty": "stihl_originale_md",
         "amount": {"value": "650.00", "currency": "RON"}, "issue": "no_answer",
         "contact": {"email": "gabi.dumitrascu@gmail.com"}}
    return dict(raw=raw, fields=f, accept={}, notes="a wife writes for her husband and forwards his chat log "
                                                    "(Gmail forward); complainant left unscored (who is it: she or he)")


@item("mediation")
def m_jacket_size():
    t = when(2026, 12, 1, 12, 0)
    b = text("Buna ziua,\n\nAm primit geaca de iarna comandata de la hainute_outlet (comanda 58110236, 389 lei). In "
             "anunt scria marimea L si lungime 74 cm; geaca primita are eticheta L dar masoara 66 cm, e clar alt "
             "model. Vanzatorul zice ca asa e marimea. Propun sa pastrez geaca daca imi da inapoi 150 lei, altfel "
             "vreau sa o returnez.\n\nAlexandra Pintilie\n", charset="us-ascii", cte="7bit")
    raw = plain_mail("m1", "Alexandra Pintilie", "alexandra.pintilie@gmail.com", [SECURITY],
                     "geaca nu corespunde descrierii", t, b, **GMAIL)
    f = {"complainant": "Alexandra Pintilie", "transaction_id": "58110236", "counterparty": "hainute_outlet",
         "amount": {"value": "389.00", "currency": "RON"}, "issue": "not_as_described",
         "proposed_resolution": "sa pastrez geaca daca imi da inapoi 150 lei",
         "contact": {"email": "alexandra.pintilie@gmail.com"}}
    return dict(raw=raw, fields=f, accept={"proposed_resolution": ["pastrez geaca daca imi da inapoi 150 lei"]},
                notes="measurements differ; partial refund proposed; no diacritics")


@item("mediation")
def m_mirror_photo():
    t = when(2026, 12, 2, 19, 45)
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (480, 360), (205, 200, 190))
    d = ImageDraw.Draw(im)
    d.rectangle((90, 40, 390, 320), outline=(120, 110, 100), width=12, fill=(170, 190, 200))
    for a, b2 in (((240, 180), (120, 60)), ((240, 180), (370, 90)), ((240, 180), (150, 300)), ((240, 180), (350, 300))):
        d.line((a, b2), fill=(60, 60, 60), width=2)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=60)
    b = multipart("mixed", [text(
        "Bună seara,\n\nOglinda decorativă cumpărată de la decor_rustic_vn (comanda 58166120, 520 lei) a ajuns "
        "spartă, coletul nu avea nicio protecție (poza atașată). Vânzătorul spune că e vina curierului. Aș vrea "
        "să primesc o oglindă nouă în locul celei sparte; dacă nu are, returnarea banilor. Puteți media?\n\n"
        "Sorina Vlad\n"), attachment(buf.getvalue(), "IMG_20261202_193512.jpg", "image/jpeg")], "m2")
    raw = plain_mail("m2", "Sorina Vlad", "sorina.vlad@outlook.com", [SECURITY], "Oglindă spartă la livrare", t, b,
                     message_id=outlook_mid("m2", "outlook.com"), **OUTLOOK)
    f = {"complainant": "Sorina Vlad", "transaction_id": "58166120", "counterparty": "decor_rustic_vn",
         "amount": {"value": "520.00", "currency": "RON"}, "issue": "damaged",
         "contact": {"email": "sorina.vlad@outlook.com"}}
    return dict(raw=raw, fields=f, notes="damaged in transport, photo attached, replacement or refund proposed")


@item("mediation")
def m_wrong_tyres():
    t = when(2026, 12, 3, 7, 31)
    b = text("Buna dimineata,\nam comandat 4 anvelope de iarna 205/55 R16 de la anvelope_second_dj, comanda 58151873, "
             "1.120 lei, si am primit 195/65 R15. Vanzatorul zice ca trimite diferenta de bani, dar eu vreau "
             "anvelopele comandate. Va rog sa ma ajutati sa ajungem la o intelegere: ori imi trimite marimea corecta "
             "si ii returnez ce am primit, ori imi da toti banii inapoi.\n\nMarius Preda\nCraiova\n",
             charset="us-ascii", cte="7bit", format_flowed=True)
    raw = plain_mail("m3", "Marius Preda", "marius.preda@contabil-expert.ro", [SECURITY], "anvelope gresite",
                     t, b, ip="198.51.100.246", helo="mail.contabil-expert.ro",
                     extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    f = {"complainant": "Marius Preda", "transaction_id": "58151873", "counterparty": "anvelope_second_dj",
         "amount": {"value": "1120.00", "currency": "RON"}, "issue": "wrong_item",
         "contact": {"email": "marius.preda@contabil-expert.ro"}}
    return dict(raw=raw, fields=f, notes="wrong item (tyre size), Roundcube format=flowed, the sender's work domain "
                                          "without DMARC")


@item("mediation")
def m_return_refused_html():
    t = when(2026, 12, 4, 16, 12)
    html = ("<html><body><p>Bună ziua,</p><p>Pe 22.11.2026 am primit un aspirator robot de la vânzătorul "
            "<i>robot_clean_shop</i> (comanda 58188412, 1.499 lei). În a 6-a zi am cerut retur, produsul fiind "
            "sigilat, dar vânzătorul refuză returul spunând că „produsele desigilate nu se returnează”, deși nu l-am "
            "desigilat.</p><p>Conform dreptului de retragere în 14 zile, vă rog să intermediați returul și "
            "rambursarea sumei integrale.</p><p>Cu stimă,<br>Cosmin Iordache</p></body></html>")
    raw = plain_mail("m4", "Cosmin Iordache", "cosmin.iordache87@gmail.com", [SECURITY],
                     "Retur refuzat - comanda 58188412", t, text(html, "html", charset="iso-8859-2"), **GMAIL)
    f = {"complainant": "Cosmin Iordache", "transaction_id": "58188412", "counterparty": "robot_clean_shop",
         "amount": {"value": "1499.00", "currency": "RON"}, "issue": "return_refused",
         "contact": {"email": "cosmin.iordache87@gmail.com"}}
    return dict(raw=raw, fields=f, notes="14-day return refused; HTML-only in ISO-8859-2 (cedilla, typographic "
                                          "quotes folded)")


@item("mediation")
def m_seller_english():
    t = when(2026, 12, 5, 11, 47)
    b = text("Hello,\n\nWe are the seller piese_auto_olt_ro (Piese Auto Olt SRL). The buyer mihai_ro_1985 bought a "
             "used alternator (order 58075530, 780 RON) and says after three weeks that it does not charge. We "
             "tested it before shipping (video available). We propose to refund 50% of the price, or to test the "
             "part again if he sends it back at his cost. We would like you to mediate between us.\n\n"
             "Best regards,\nOvidiu Stoica\nPiese Auto Olt SRL\n", charset="us-ascii", cte="7bit")
    raw = plain_mail("m5", "Piese Auto Olt", "vanzari@piese-auto-olt.ro", [SECURITY],
                     "Dispute with buyer - order 58075530", t, b, ip="198.51.100.247", helo="mail.piese-auto-olt.ro")
    f = {"transaction_id": "58075530", "counterparty": "mihai_ro_1985",
         "amount": {"value": "780.00", "currency": "RON"},
         "contact": {"email": "vanzari@piese-auto-olt.ro"}}
    return dict(raw=raw, fields=f, accept={}, notes="the SELLER asks for mediation, in English; issue and "
                                                    "complainant left unscored")


@item("support")
def s_shop_name():
    t = when(2026, 12, 1, 9, 12)
    b = text("Bună ziua,\n\nFirma noastră și-a schimbat denumirea din „Atelier Lemn Bucovina SRL” în „Mobila Bucovina "
             "SRL” (același CUI). Cum putem modifica denumirea afișată a magazinului și datele de pe facturile de "
             "comision? Trebuie să vă trimitem certificatul constatator?\n\nMulțumim,\nGavriliuc Elena\n")
    raw = plain_mail("s1", "Mobila Bucovina SRL", "office@mobila-bucovina.ro", [SUPPORT],
                     "Schimbare denumire firmă", t, b, ip="198.51.100.244", helo="mail.mobila-bucovina.ro")
    return dict(raw=raw, fields={"contact": {"email": "office@mobila-bucovina.ro"}},
                notes="company name change for the shop and invoices")


@item("support")
def s_sms_english():
    t = when(2026, 12, 2, 6, 15)
    b = text("Hi,\n\nI can't log in to my account (user: ana.k.travels). I enabled two-step verification last week "
             "and now the SMS code never arrives on my new UK number. How can I switch to the authenticator app or "
             "reset the second step?\n\nThanks,\nAna Kovacs\n", charset="us-ascii", cte="7bit")
    raw = plain_mail("s2", "Ana Kovacs", "ana.kovacs.travels@gmail.com", [SUPPORT], "2FA code not received", t, b,
                     **GMAIL)
    return dict(raw=raw, fields={"contact": {"email": "ana.kovacs.travels@gmail.com"}},
                notes="English, two-step verification SMS not received")


@item("support")
def s_commission_cp1250():
    t = when(2026, 12, 3, 13, 20)
    b = text("Bună ziua,\n\nCe comision plătesc pentru vânzările din categoria „Piese auto – Motor”? Pe pagina de "
             "tarife scrie 5%, dar pe ultima factură mi-ați calculat 7%. Se aplică un comision diferit peste 500 "
             "lei?\n\nMulțumesc,\nOvidiu Stoica\n", charset="windows-1250", cte="8bit")
    raw = plain_mail("s3", "Ovidiu Stoica", "vanzari@piese-auto-olt.ro", [SUPPORT], "Întrebare comision categorie", t,
                     b, charset="windows-1250", ip="198.51.100.247", helo="mail.piese-auto-olt.ro")
    return dict(raw=raw, fields={"contact": {"email": "vanzari@piese-auto-olt.ro"}},
                notes="commission question; Windows-1250 8bit, cedilla letters; the same sender asks for a "
                      "mediation elsewhere")


@item("support")
def s_gdpr_erasure():
    t = when(2026, 12, 4, 20, 5)
    b = text("Buna seara,\n\nVa rog sa imi stergeti contul radu.m.olt si toate datele personale, conform art. 17 din "
             "Regulamentul (UE) 2016/679. Nu mai folosesc platforma. Va rog sa imi confirmati in scris stergerea.\n\n"
             "Radu Mihalache\n", charset="us-ascii", cte="7bit")
    raw = plain_mail("s4", "Radu M", "radu.mihalache@yahoo.ro", [SUPPORT], "Stergere cont GDPR", t, b, **YAHOO_RO)
    return dict(raw=raw, fields={"contact": {"email": "radu.mihalache@yahoo.ro"}},
                notes="GDPR erasure request (art. 17), names a regulation article but is no official request")


@item("support")
def s_police_report_howto():
    t = when(2026, 12, 5, 10, 30)
    html = ("<html><body><p>Buna ziua,</p><p>Am vazut pe site un anunt cu un telefon la jumatate de pret si vanzatorul "
            "cere plata in avans pe un link. Nu am cumparat nimic. Cum pot semnala anuntul? Butonul "
            "„Raporteaza” nu apare pe telefon in aplicatie.</p><p>Multumesc,<br>Irina</p></body></html>")
    raw = plain_mail("s5", "Irina Matei", "irina.matei.bv@gmail.com", [SUPPORT], "cum raportez un anunt suspect",
                     t, text(html, "html"), **GMAIL)
    return dict(raw=raw, fields={"contact": {"email": "irina.matei.bv@gmail.com"}},
                notes="how to report a suspicious listing (nothing bought: a question, not a complaint)")


@item("unknown")
def u_delay_dsn():
    t = when(2026, 12, 3, 4, 0)
    human = text("This is the mail system at host mx1.okazii.ro.\n\n####################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################\n\nYour message could not be delivered for "
                 "4.0 hours. It will be retried until it is 5.0 days old.\n\n<cazuri@posta-client.example>: "
                 "connect to mx.posta-client.example[203.0.113.90]:25: Connection timed out\n", charset="us-ascii",
                 cte="7bit")
    status = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  "Reporting-MTA: dns; mx1.okazii.ro\nArrival-Date: Thu,  3 Dec 2026 00:00:02 +0200 (EET)\n\n"
                  "Final-Recipient: rfc822; cazuri@posta-client.example\nAction: delayed\nStatus: 4.4.1\n"
                  "Will-Retry-Until: Tue,  8 Dec 2026 00:00:02 +0200 (EET)\n")
    hdrs = Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                "From: Registratura Okazii <registratura@okazii.ro>\nTo: cazuri@posta-client.example\n"
                "Subject: [REG-2026-004188] Am primit mesajul dumneavoastra\n")
    rep = multipart("report", [human, status, hdrs], "u1")
    rep.headers[0] = ("Content-Type", rep.headers[0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))
    msg = build(seed="u1", frm="MAILER-DAEMON@mx1.okazii.ro (Mail Delivery System)", to=["registratura@okazii.ro"],
                subject="Delayed Mail (still being retried)", date=t, message_id=mid("u1", "mx1.okazii.ro"), body=rep,
                extra=[("Auto-Submitted", "auto-replied")])
    raw = deliver(msg, helo="mx1.okazii.ro", ip="198.51.100.5", t=t + dt.timedelta(seconds=1),
                  rcpt="registratura@okazii.ro", mail_from="", dkim_domain="okazii.ro", seed="u1")
    raw = raw.replace(b"Return-Path: <>\r\n", b"Return-Path: <>\r\n", 1)
    return dict(raw=raw, fields={}, notes="a DELAY notice (not a bounce) about our acknowledgement, Auto-Submitted",
                material={"dkim": ["okazii.ro"]})


@item("unknown")
def u_webinar_en():
    t = when(2026, 12, 2, 15, 0)
    html = ("<html><body><h1>Marketplace Trust &amp; Safety Summit 2027</h1><p>Join 40 speakers from Europe's top "
            "marketplaces in Vienna, 11–12 March 2027. Early-bird tickets until 20 December.</p><p><a "
            "href=\"https://events.example/tss27\">Register now</a></p><p style=\"font-size:9px\">You receive this "
            "email because your company attended one of our events. Unsubscribe.</p></body></html>")
    raw = plain_mail("u2", "TSS Events", "events@tss-summit.example", [SECURITY], "Speak or attend: Trust & Safety "
                     "Summit 2027", t, text(html, "html"), ip="203.0.113.120", helo="out.tss-summit.example",
                     dkim=False, extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:u@tss-summit.example>")])
    return dict(raw=raw, fields={}, notes="conference marketing in English, Precedence bulk, no DKIM",
                material={"dkim": []})


@item("unknown")
def u_calendar_invite():
    t = when(2026, 12, 3, 16, 40)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20261210T090000Z\nDTEND:20261210T100000Z\nSUMMARY:Integrare API curierat - "
           "status\nORGANIZER;CN=Bogdan Sava:mailto:bogdan.sava@fanbox-curier.ro\nUID:040000008200E00074C5B7101A82E008\n"
           "LOCATION:Microsoft Teams\nEND:VEVENT\nEND:VCALENDAR\n")
    b = multipart("alternative", [
        text("Salut,\n\nPropun un call joi despre integrarea API-ului de tracking.\n\nBogdan\n"),
        Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
              ("Content-Transfer-Encoding", "7bit")], ics)], "u3")
    raw = plain_mail("u3", "Bogdan Sava", "bogdan.sava@fanbox-curier.ro", [SECURITY], "Invitație: Integrare API "
                     "curierat - status", t, b, ip="198.51.100.245", helo="mail.fanbox-curier.ro",
                     message_id=outlook_mid("u3", "fanbox-curier.ro"))
    return dict(raw=raw, fields={}, notes="a partner's calendar invitation (text/calendar) sent to the security "
                                          "mailbox", material={"dkim": ["fanbox-curier.ro"]})


@item("unknown")
def u_read_receipt_police():
    t = when(2026, 12, 4, 9, 55)
    human = text("Mesajul\n\n   Către: sic@sv.politiaromana.ro\n   Subiect: RE: adresa nr. 50.011 - dosar 3102/P/2026\n"
                 "   Trimis: joi, 3 decembrie 2026 17:20\n\na fost citit joi, 4 decembrie 2026 09:55.\n")
    mdn = Part([("Content-Type", "message/disposition-notification")],
               "Reporting-UA: sv.politiaromana.ro; Zimbra 9.0.0\nFinal-Recipient: rfc822;sic@sv.politiaromana.ro\n"
               "Original-Message-ID: <answer-50011@okazii.ro>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    rep = multipart("report", [human, mdn], "u4")
    rep.headers[0] = ("Content-Type", rep.headers[0][1].replace("multipart/report;", "multipart/report; report-type=disposition-notification;"))
    raw = plain_mail("u4", "SIC IPJ Suceava", "sic@sv.politiaromana.ro", [LEGAL],
                     "Citit: RE: adresa nr. 50.011 - dosar 3102/P/2026", t, rep, ip="192.0.2.120",
                     helo="mail.sv.politiaromana.ro", extra=zimbra())
    return dict(raw=raw, fields={}, notes="a READ RECEIPT from a police mailbox about our answer: names a police unit, "
                                          "an address number and a criminal case, asks nothing",
                material={"dkim": ["sv.politiaromana.ro"]})


# ------------------------------------------------------------------ main

def main() -> None:
    OUT.mkdir(exist_ok=True)
    for p in OUT.glob("m*.eml"):
        p.unlink()
    groups: dict[str, list] = {}
    for g, fn in ITEMS:
        groups.setdefault(g, []).append(fn)
    split: dict[str, str] = {}
    rs = random.Random(20261218)
    for g, fns in groups.items():
        names = [f.__name__ for f in fns]
        dev = set(rs.sample(names, len(names) // 2 + (rs.random() < 0.5 if len(names) % 2 else 0)))
        for n in names:
            split[n] = "dev" if n in dev else "blind"
    order = [fn for _, fn in ITEMS]
    nums = list(range(1, len(order) + 1))
    random.Random(20261219).shuffle(nums)
    truth, material = [], {}
    cat_of = {"le_genuine": "law_enforcement", "le_forged": "law_enforcement"}
    for (g, fn), n in sorted(zip(ITEMS, nums), key=lambda x: x[1]):
        r = fn()
        fname = f"mail/m{n:02d}.eml"
        (HERE / fname).write_bytes(r["raw"])
        cat = cat_of.get(g, g)
        rec = {"file": fname, "split": split[fn.__name__], "category": cat, "fields": r["fields"],
               "accept": r.get("accept", {}), "genuine": r.get("genuine") if cat == "law_enforcement" else None,
               "expect_verdict": r.get("expect") if cat == "law_enforcement" else None,
               "notes": r["notes"], "item": fn.__name__}
        truth.append(rec)
        mat = dict(r.get("material") or {})
        if mat.get("dkim") is None:  # plain mail: signed by its From domain's outbound MTA
            mat["dkim"] = [_from_domain(r["raw"])]
        mat["item"] = fn.__name__
        mat["genuine"] = rec["genuine"]
        material[fname] = mat
    (OUT / "truth.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth), encoding="utf-8")
    (OUT / "material.json").write_text(json.dumps(material, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(truth)} mails written")


def _from_domain(raw: bytes) -> str:
    import re
    m = re.search(rb"^From:.*?@([A-Za-z0-9.-]+)>?\r\n", raw, re.M)
    return m.group(1).decode().lower()


if __name__ == "__main__":
    main()
