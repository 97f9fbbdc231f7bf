#!/usr/bin/env python3
"""Write the mail half of blind round 1: ``mail/mNNN.eml`` and ``mail/truth.jsonl``.

Run after make_world.py (it reads world/identities.json and the keys):

    .venv/bin/python bench/blind/round1/make_mail.py

The letters were written from the domain description (DOMAIN.md), the output
contract (REQUEST_SCHEMA.md), the public README and knowledge of how Romanian
police, prosecutors, courts, citizens and companies write; never from the
product's code. Each item below is a function returning the message bytes and
its truth. File numbers are assigned by a seeded shuffle so that a file's
number says nothing about its category; the dev/blind split is a seeded
half-and-half choice within each category.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mailkit import (  # noqa: E402
    addr,
    append_text_revision,
    attachment,
    build,
    deliver,
    letter_pdf,
    multipart,
    ro_iban,
    sign_pdf,
    text,
    when,
)

HERE = Path(__file__).resolve().parent
MAIL = HERE / "mail"

ITEMS = []


def item(fn):
    ITEMS.append(fn)
    return fn


def truth(category, fields, *, genuine=None, expect=None, notes="", accept=None, letter=None):
    t = {"category": category, "fields": fields, "genuine": genuine, "expect_verdict": expect, "notes": notes}
    if accept:
        t["accept"] = accept
    if letter is not None:
        _check_as_written(fields, letter)
    return t


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("ş", "ș").replace("ţ", "ț").replace("Ş", "Ș").replace("Ţ", "Ț")
    return re.sub(r"\s+", " ", s).casefold()


def _check_as_written(fields, letter):
    """QA of the truth itself: what the schema says is 'as written' must be in the letter."""
    src = _fold(re.sub(r"^[A-Za-z]\|", "", letter, flags=re.M)).replace(",", "")
    for key in ("requested_data",):
        for it in fields.get(key) or []:
            assert _fold(it).replace(",", "") in src, f"{key} item not in letter: {it!r}"
    for tok in (fields.get("signatory") or "").replace(",", "").split():
        assert _fold(tok) in src, f"signatory word not in letter: {tok!r}"
    for key in ("case_number", "reference_number"):
        v = fields.get(key)
        if v:
            assert _fold(v).replace(",", "") in src, f"{key} not in letter: {v!r}"


TO_LEGAL = "legal@okazii.ro"
TO_SUPPORT = "support@okazii.ro"
TO_SESIZARI = "sesizari@okazii.ro"

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtXk2m1c9bQ4fVdR0a8m3v2o7yQ1A==")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)"),
          ("Thread-Topic", "adresa"), ("Thread-Index", "a8sJd3kQ2mC1p0V7Ww==")]
THUNDERBIRD = [("User-Agent", "Mozilla Thunderbird")]
GMAIL_UA: list = []


def internal_hop(frm_host, frm_ip, by_host, t, proto="ESMTPSA", seed=""):
    from mailkit import qid, rfc_date
    return (f"Received: from {frm_host} ({frm_host} [{frm_ip}])\n\tby {by_host} (Postfix) with {proto} id "
            f"{qid(seed + frm_host)};\n\t{rfc_date(t)}")


def exch_hop(src, dst, t):
    from mailkit import rfc_date
    return (f"Received: from {src} ({src.split('.')[0].upper()}) by\n {dst} with Microsoft SMTP Server\n"
            f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14;\n {rfc_date(t)}")


def gmail_hop(t, seed):
    import hashlib

    from mailkit import rfc_date
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return (f"Received: by 2002:a05:6402:{h % 9000 + 1000:x}::1 with SMTP id x{h % 10**9}-20020a05;\n"
            f"        {rfc_date(t)}")


# ===========================================================================
# LAW ENFORCEMENT - genuine
# ===========================================================================

@item
def le_g01_ipj_cluj_sice():
    t = when(2026, 11, 12, 11, 42, 17)
    letter = """\
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ
B|Serviciul de Investigare a Criminalității Economice
R|NESECRET
R|Cluj-Napoca
R|Nr. 387154 din 12.11.2026
R|Ex. unic

K|Către: OKAZII.RO S.R.L. – Departamentul Juridic
K|E-mail: legal@okazii.ro

Serviciul de Investigare a Criminalității Economice din cadrul Inspectoratului de Poliție Județean Cluj efectuează cercetări în dosarul penal nr. 8812/P/2026, aflat sub supravegherea Parchetului de pe lângă Judecătoria Cluj-Napoca, privind săvârșirea infracțiunii de înșelăciune, prev. de art. 244 alin. (1) din Codul penal.

În fapt, mai multe persoane vătămate au achiziționat prin intermediul platformei dumneavoastră telefoane mobile de la utilizatorul cu numele de cont „gsm_outlet_cluj”, achitând contravaloarea acestora, fără a primi produsele.

Având în vedere dispozițiile art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, cu privire la contul de utilizator „gsm_outlet_cluj”, următoarele:
L|1. datele de identificare ale titularului contului (nume, prenume, CNP/CUI, adresă);
L|2. adresa de e-mail și numărul de telefon asociate contului;
L|3. adresele IP utilizate la crearea contului și la ultimele 20 de autentificări, cu data și ora;
L|4. istoricul tranzacțiilor efectuate în perioada 01.09.2026 – 31.10.2026;
L|5. conturile bancare (IBAN) în care au fost încasate sumele.

Răspunsul dumneavoastră poate fi transmis în format electronic, la adresa de e-mail sice@cj.politiaromana.ro, cu mențiunea numărului de dosar.

Vă mulțumim pentru colaborare.

S|Șef serviciu,
S|Comisar-șef de poliție
S|RUSU DAN-MIHAI

s|Întocmit: inspector principal de poliție Pop Vasile, tel. 0264.555.301
s|Document semnat electronic cu sigiliu calificat."""
    pdf = letter_pdf(letter, created=when(2026, 11, 12, 10, 51), title="Adresa 387154", author="pop.vasile")
    pdf = sign_pdf(pdf, "seal_ipj_cj", reason="Sigiliu electronic calificat IPJ Cluj", location="Cluj-Napoca")
    cover = ("Bună ziua,\n\nVă transmitem atașat adresa nr. 387154 din 12.11.2026 a Serviciului de Investigare a "
             "Criminalității Economice, semnată electronic, prin care vă solicităm unele date în dosarul penal "
             "nr. 8812/P/2026.\n\nVă rugăm să confirmați primirea.\n\nCu stimă,\nSecretariat SICE\n"
             "Inspectoratul de Poliție Județean Cluj\n")
    body = multipart("mixed", [text(cover), attachment(pdf, "Adresa_387154_12.11.2026.pdf")], "g01")
    msg = build(seed="g01", frm=addr("IPJ Cluj - SICE", "sice@cj.politiaromana.ro"), to=[TO_LEGAL],
                subject="Adresa nr. 387154 din 12.11.2026 - solicitare date utilizator", date=when(2026, 11, 12, 11, 41, 55),
                message_id="<AM9P195MB1432A1C0E3D1F5C2B7A0B1C2D3E4@AM9P195MB1432.eurprd01.prod.cj.politiaromana.ro>",
                body=body, extra=OUTLOOK + [("Content-Language", "ro-RO")])
    eml = deliver(msg, helo="mail.cj.politiaromana.ro", ip="192.0.2.30", t=t, rcpt=TO_LEGAL,
                  mail_from="sice@cj.politiaromana.ro", dkim_domain="cj.politiaromana.ro", seed="g01",
                  sender_hops=[exch_hop("EXCH02.cj.politiaromana.ro", "mail.cj.politiaromana.ro", when(2026, 11, 12, 11, 41, 58))])
    fields = {
        "authority": "Inspectoratul de Poliție Județean Cluj", "authority_kind": "police",
        "reference_number": "387154", "reference_date": "2026-11-12", "case_number": "8812/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "gsm_outlet_cluj"}],
        "transactions": [],
        "requested_data": [
            "datele de identificare ale titularului contului (nume, prenume, CNP/CUI, adresă)",
            "adresa de e-mail și numărul de telefon asociate contului",
            "adresele IP utilizate la crearea contului și la ultimele 20 de autentificări, cu data și ora",
            "istoricul tranzacțiilor efectuate în perioada 01.09.2026 – 31.10.2026",
            "conturile bancare (IBAN) în care au fost încasate sumele",
        ],
        "period": {"from": "2026-09-01", "to": "2026-10-31"},
        "response_channel": "electronic", "reply_to": "sice@cj.politiaromana.ro",
        "signatory": "Comisar-șef de poliție RUSU DAN-MIHAI", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"signatory": ["Șef serviciu Comisar-șef de poliție RUSU DAN-MIHAI"]},
                      notes="county police, seal-signed PDF, numbered list; offence article art. 244 Cod penal is "
                            "not the legal basis; a second name (Întocmit: Pop Vasile) under the signature")


@item
def le_g02_dgpmb_sectia14():
    t = when(2026, 11, 17, 14, 8, 40)
    letter = """\
B|ROMANIA
B|MINISTERUL AFACERILOR INTERNE
B|DIRECTIA GENERALA DE POLITIE A MUNICIPIULUI BUCURESTI
B|POLITIA SECTORULUI 4
B|SECTIA 14 POLITIE
K|Compartimentul Investigatii Criminale
R|Nr. 214556 din 17.XI.2026
R|Bucuresti

K|CATRE,
K|OKAZII.RO S.R.L.

Prin prezenta va aducem la cunostinta ca Sectia 14 Politie efectueaza cercetari in dosarul penal nr. 11234/P/2026, privind savarsirea infractiunii de inselaciune, in care persoana vatamata Dumitrescu Elena a reclamat ca, dupa ce a achitat suma de 1.850 lei pentru un laptop comandat prin platforma dvs. (comanda nr. 310548877), nu a mai primit produsul, iar vanzatorul nu mai raspunde la telefon.

In temeiul art. 170 din Codul de procedura penala, va rugam sa ne comunicati, cu privire la utilizatorul care a folosit adresa de e-mail laptopuri.ieftine2026@gmail.com si numarul de telefon 0742 318 905, urmatoarele: datele de identificare, istoricul anunturilor publicate, adresele IP de la care s-a conectat in luna octombrie 2026 si modalitatea de incasare a sumei aferente comenzii mentionate.

Raspunsul va rugam sa il transmiteti prin curier sau prin posta, in plic inchis, la sediul Sectiei 14 Politie, Sos. Oltenitei nr. 150, sector 4, Bucuresti, cu mentiunea "in atentia Compartimentului Investigatii Criminale".

S|SEFUL SECTIEI 14 POLITIE
S|Comisar-sef de politie
S|ENE CRISTIAN"""
    pdf = letter_pdf(letter, family="sans", created=when(2026, 11, 17, 13, 30), title="adresa okazii",
                     author="ene.cristian")
    pdf = sign_pdf(pdf, "pers_dgpmb_ene", reason="Semnat", location="Bucuresti", visible=True)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body lang=\"RO\"><div class=\"WordSection1\"><p class=\"MsoNormal\">Buna ziua,<o:p></o:p></p>"
            "<p class=\"MsoNormal\">Va inaintam alaturat adresa noastra nr. 214556, semnata electronic.<o:p></o:p></p>"
            "<p class=\"MsoNormal\">Cu respect,<br>Compartimentul Investigatii Criminale<br>Sectia 14 Politie"
            "<br>DGPMB</p></div></body></html>")
    body = multipart("mixed", [text(html, "html", "utf-8", "quoted-printable"),
                               attachment(pdf, "adresa 214556 okazii.pdf")], "g02")
    msg = build(seed="g02", frm=addr("Sectia 14 Politie", "s14.judiciar@b.politiaromana.ro"), to=[TO_LEGAL],
                subject="solicitare informatii - dosar 11234/P/2026", date=when(2026, 11, 17, 14, 8, 21),
                message_id="<000601dc57a1$4b2c1e30$e1845a90$@b.politiaromana.ro>", body=body, extra=OUTLOOK)
    eml = deliver(msg, helo="smtp.b.politiaromana.ro", ip="192.0.2.20", t=t, rcpt=TO_LEGAL,
                  mail_from="s14.judiciar@b.politiaromana.ro", dkim_domain="b.politiaromana.ro", seed="g02")
    fields = {
        "authority": "SECTIA 14 POLITIE", "authority_kind": "police",
        "reference_number": "214556", "reference_date": "2026-11-17", "case_number": "11234/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "email", "value": "laptopuri.ieftine2026@gmail.com"},
                     {"kind": "phone", "value": "0742 318 905"}],
        "transactions": ["310548877"],
        "requested_data": ["datele de identificare", "istoricul anunturilor publicate",
                           "adresele IP de la care s-a conectat in luna octombrie 2026",
                           "modalitatea de incasare a sumei aferente comenzii mentionate"],
        "period": {"from": "2026-10-01", "to": "2026-10-31"},
        "response_channel": "courier",
        "signatory": "Comisar-sef de politie ENE CRISTIAN", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"authority": ["DIRECTIA GENERALA DE POLITIE A MUNICIPIULUI BUCURESTI",
                                            "POLITIA SECTORULUI 4",
                                            "Direcția Generală de Poliție a Municipiului București"]},
                      notes="police station, letter typed without diacritics, month as Roman numeral, prose list, "
                            "answer by courier/post, officer's personal certificate with a visible signature, "
                            "HTML-only cover")


@item
def le_g03_pjs3_ordonanta():
    t = when(2026, 11, 20, 16, 2, 11)
    iban = ro_iban("RNCB", "0082004593150001")
    letter = f"""\
B|ROMÂNIA
B|MINISTERUL PUBLIC
B|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 BUCUREȘTI
K|Dosar nr. 7719/P/2025
R|Nr. 2.381/II/2/2026

T|ORDONANȚĂ
C|de predare a datelor informatice
C|20 noiembrie 2026

Procuror Vasilescu Andreea, din cadrul Parchetului de pe lângă Judecătoria Sectorului 3 București,

Examinând actele dosarului penal nr. 7719/P/2025, privind pe suspectul ALEXE FLORIN-GABRIEL, cercetat pentru săvârșirea infracțiunii de fraudă informatică, prev. de art. 249 C.pen.,

T|CONSTAT:

În perioada martie – iunie 2025, suspectul a publicat pe platforma okazii.ro anunțuri de vânzare pentru console de jocuri, folosind contul de utilizator „alex.games.deals” și încasând sumele plătite de cumpărători în contul bancar {iban}, fără a livra produsele.

Datele deținute de furnizorul de servicii OKAZII.RO S.R.L. sunt necesare pentru stabilirea situației de fapt și identificarea tuturor persoanelor vătămate.

Față de cele de mai sus, în temeiul art. 170 alin. (1) și (2) lit. a) și b) C.pr.pen.,

T|DISPUN:

Obligarea OKAZII.RO S.R.L. să comunice, în termen de 5 zile de la primire, următoarele date privind contul „alex.games.deals” și contul bancar mai sus menționat:
L|a) datele de înregistrare ale contului și toate datele de contact declarate;
L|b) lista anunțurilor publicate și a tranzacțiilor finalizate, cu numele de utilizator ale cumpărătorilor;
L|c) jurnalele de conectare (adrese IP, dată, oră) pentru perioada 01.03.2025 – 30.06.2025;
L|d) orice alt cont de utilizator asociat aceluiași IBAN sau aceleiași adrese de e-mail.

Datele vor fi transmise pe suport electronic, la adresa registratura.pjs3@mpublic.ro, sau prin poștă, la sediul parchetului din str. Dr. Burghele nr. 2, sector 3, București.

Prezenta ordonanță se comunică OKAZII.RO S.R.L., care are obligația de a păstra confidențialitatea, potrivit art. 170 alin. (6) C.pr.pen.

S|PROCUROR,
S|Andreea Vasilescu"""
    pdf = letter_pdf(letter, created=when(2026, 11, 20, 12, 14), title="Ordonanta predare date",
                     author="PJS3", creator="LibreOffice 7.6", condensed=True)
    pdf = sign_pdf(pdf, "seal_pjs3", reason="Sigiliu calificat PJS3", location="București")
    plain = ("Bună ziua,\n\nÎn atașament vă transmitem ordonanța din data de 20.11.2026 emisă în dosarul "
             "nr. 7719/P/2025, spre conformare.\n\nRegistratura\nParchetul de pe lângă Judecătoria Sectorului 3 "
             "București\n")
    html = ("<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">"
            "<div>Bună ziua,</div><div><br></div><div>În atașament vă transmitem ordonanța din data de 20.11.2026 "
            "emisă în dosarul nr. 7719/P/2025, spre conformare.</div><div><br></div><div>Registratura<br>"
            "Parchetul de pe lângă Judecătoria Sectorului 3 București</div></div></body></html>")
    alt = multipart("alternative", [text(plain, cte="quoted-printable"), text(html, "html")], "g03a")
    body = multipart("mixed", [alt, attachment(pdf, "Ordonanță predare date 7719-P-2025.pdf")], "g03")
    msg = build(seed="g03", frm=addr("Registratura PJS3", "registratura.pjs3@mpublic.ro"), to=[TO_LEGAL],
                subject="Ordonanță dosar 7719/P/2025", date=when(2026, 11, 20, 16, 1, 49),
                message_id="<1428561092.4417.1763647309112.JavaMail.zimbra@mpublic.ro>", body=body, extra=ZIMBRA)
    eml = deliver(msg, helo="mta2.mpublic.ro", ip="198.51.100.11", t=t, rcpt=TO_LEGAL,
                  mail_from="registratura.pjs3@mpublic.ro", dkim_domain="mpublic.ro", seed="g03",
                  sender_hops=[internal_hop("zimbra-mbox3.mpublic.ro", "198.51.100.14", "mta2.mpublic.ro",
                                            when(2026, 11, 20, 16, 1, 50), "ESMTP", "g03")])
    fields = {
        "authority": "Parchetul de pe lângă Judecătoria Sectorului 3 București", "authority_kind": "prosecutor",
        "reference_number": "2.381/II/2/2026", "reference_date": "2026-11-20", "case_number": "7719/P/2025",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "alex.games.deals"}, {"kind": "iban", "value": iban}],
        "transactions": [],
        "requested_data": [
            "datele de înregistrare ale contului și toate datele de contact declarate",
            "lista anunțurilor publicate și a tranzacțiilor finalizate, cu numele de utilizator ale cumpărătorilor",
            "jurnalele de conectare (adrese IP, dată, oră) pentru perioada 01.03.2025 – 30.06.2025",
            "orice alt cont de utilizator asociat aceluiași IBAN sau aceleiași adrese de e-mail",
        ],
        "period": {"from": "2025-03-01", "to": "2025-06-30"},
        "response_channel": "both",
        "signatory": "Procuror Andreea Vasilescu", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"reference_number": ["2381/II/2/2026"]},
                      notes="prosecutor's ordonanță (CONSTAT/DISPUN), case from 2025, lettered list, IBAN as "
                            "subject, answer electronically or by post; offence art. 249 C.pen. is not the basis")


@item
def le_g04_diicot_timisoara():
    t = when(2026, 11, 23, 9, 17, 2)
    letter = """\
B|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
B|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
B|SERVICIUL TERITORIAL TIMIȘOARA
K|Dosar nr. 312D/P/2026
K|Nr. 5.114/II-5/2026
R|Timișoara, 23 noiembrie 2026

K|Către OKAZII.RO S.R.L. – Departamentul Juridic / Conformitate

În cauza penală ce formează obiectul dosarului nr. 312D/P/2026 al DIICOT – Serviciul Teritorial Timișoara, privind săvârșirea infracțiunilor de constituire a unui grup infracțional organizat și înșelăciune, prev. de art. 367 și art. 244 C.pen., în baza încheierii nr. 412/UP/2026 din 19.11.2026 a judecătorului de drepturi și libertăți din cadrul Tribunalului Timiș, pronunțată potrivit art. 152 C.p.p., precum și a art. 170 alin. (2) lit. b) C.p.p., vă solicităm să ne furnizați informațiile de mai jos cu privire la următorii utilizatori ai platformei:
L|– contul „tm_auto_piese” (ID utilizator 5520931);
L|– contul „piese.germania.direct”;
L|– contul asociat numărului de telefon +40 756 220 418,
precum și cu privire la tranzacțiile nr. 298871102, 298871455 și 301002397.

K|Informații solicitate:
L|■ identitatea titularilor conturilor și datele de contact furnizate la înregistrare;
L|■ adresele IP și identificatorii de dispozitiv utilizați pentru accesarea conturilor;
L|■ detaliile tranzacțiilor menționate (data, suma, cumpărătorul, modalitatea de plată);
L|■ conturile IBAN în care au fost virate sumele.

K|Perioada de interes: 15.05.2026 – 15.11.2026.

Datele vor fi comunicate exclusiv în format electronic, la adresa st.timisoara@diicot.ro, cu mențiunea „confidențial”.

S|Procuror șef serviciu,
S|Claudiu-Ștefan OPREA"""
    pdf = letter_pdf(letter, created=when(2026, 11, 23, 8, 40), title="5114", author="DIICOT ST Timisoara")
    pdf = sign_pdf(pdf, "seal_diicot", reason="Sigiliu electronic calificat DIICOT", location="Timișoara")
    cover = ("Bună ziua,\n\nVă transmitem ataşat adresa nr. 5.114/II-5/2026 în dosarul nr. 312D/P/2026, semnată "
             "electronic cu sigiliul calificat al instituţiei.\nVă rugăm să confirmaţi primirea.\n\n"
             "Cu deosebită consideraţie,\nSecretariat\nDIICOT - Serviciul Teritorial Timişoara\n")
    body = multipart("mixed", [text(cover, charset="iso-8859-2", cte="quoted-printable"),
                               attachment(pdf, "adresa_5114_II-5_2026.pdf")], "g04")
    msg = build(seed="g04", frm=addr("DIICOT ST Timişoara", "st.timisoara@diicot.ro", "iso-8859-2"),
                to=[TO_LEGAL], subject="Adresă DIICOT ST Timişoara - dosar 312D/P/2026",
                subject_charset="iso-8859-2", date=when(2026, 11, 23, 9, 16, 40),
                message_id="<5f3e2a91-77c1-4b1e-9d0a-2c8f61d4e0b3@diicot.ro>", body=body, extra=THUNDERBIRD)
    eml = deliver(msg, helo="mail.diicot.ro", ip="198.51.100.20", t=t, rcpt=TO_LEGAL,
                  mail_from="st.timisoara@diicot.ro", dkim_domain="diicot.ro", seed="g04")
    fields = {
        "authority": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
        "authority_kind": "prosecutor",
        "reference_number": "5.114/II-5/2026", "reference_date": "2026-11-23", "case_number": "312D/P/2026",
        "legal_basis": ["art. 152 CPP", "art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "tm_auto_piese"}, {"kind": "user_id", "value": "5520931"},
                     {"kind": "username", "value": "piese.germania.direct"},
                     {"kind": "phone", "value": "+40 756 220 418"}],
        "transactions": ["298871102", "298871455", "301002397"],
        "requested_data": [
            "identitatea titularilor conturilor și datele de contact furnizate la înregistrare",
            "adresele IP și identificatorii de dispozitiv utilizați pentru accesarea conturilor",
            "detaliile tranzacțiilor menționate (data, suma, cumpărătorul, modalitatea de plată)",
            "conturile IBAN în care au fost virate sumele",
        ],
        "period": {"from": "2026-05-15", "to": "2026-11-15"},
        "response_channel": "electronic", "reply_to": "st.timisoara@diicot.ro",
        "signatory": "Procuror șef serviciu Claudiu-Ștefan OPREA", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"authority": ["DIICOT – Serviciul Teritorial Timișoara", "Serviciul Teritorial Timișoara",
                                            "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și "
                                            "Terorism – Serviciul Teritorial Timișoara", "DIICOT"],
                              "reference_number": ["5114/II-5/2026"]},
                      notes="DIICOT territorial service, ISO-8859-2 cover with cedilla letters, several accounts "
                            "(username, user id, phone) and transactions, ■ bullets, period on its own line; "
                            "the judge's încheiere number 412/UP/2026 is a distractor")


@item
def le_g05_tribunal_cluj_incheiere():
    t = when(2026, 11, 16, 10, 3, 9)
    letter = """\
B|ROMÂNIA
B|TRIBUNALUL CLUJ
B|SECȚIA PENALĂ
K|Dosar nr. 3391/117/2026
s|Operator de date cu caracter personal nr. 3186

T|ÎNCHEIEREA PENALĂ NR. 418/DL/2026
C|Camera de consiliu din data de 13 noiembrie 2026
K|Judecător de drepturi și libertăți: Crișan Ioana
K|Grefier: Moldovan Daniela

Ministerul Public – Parchetul de pe lângă Tribunalul Cluj a fost reprezentat de procuror Hossu Adrian.

Pe rol se află soluționarea cererii formulate de Parchetul de pe lângă Tribunalul Cluj în dosarul nr. 2207/P/2026, privind încuviințarea solicitării de date de la furnizorul de servicii OKAZII.RO S.R.L., în temeiul art. 152 din Codul de procedură penală.

T|JUDECĂTORUL,

Deliberând asupra cererii, constată că există o suspiciune rezonabilă cu privire la săvârșirea unei infracțiuni de înșelăciune prin intermediul platformei okazii.ro și că datele solicitate constituie probe, fiind îndeplinite condițiile art. 152 alin. (1) C.p.p.

C|PENTRU ACESTE MOTIVE,
C|ÎN NUMELE LEGII
C|DISPUNE:

Admite cererea formulată de Parchetul de pe lângă Tribunalul Cluj.
Încuviințează ca OKAZII.RO S.R.L. să comunice organului de urmărire penală, în termen de 10 zile:
L|1) identificarea utilizatorului care a accesat contul cu adresa de e-mail mihai.b.1987@yahoo.com în data de 04.10.2026;
L|2) adresele IP și datele de conectare aferente contului în perioada 01.10.2026 – 10.10.2026;
L|3) numărul de telefon validat pentru contul respectiv.
Definitivă.
Pronunțată în camera de consiliu, azi, 13.11.2026.

S|JUDECĂTOR DE DREPTURI ȘI LIBERTĂȚI,                    GREFIER,
S|Ioana Crișan                                                Daniela Moldovan"""
    pdf = letter_pdf(letter, created=when(2026, 11, 13, 15, 20), title="Incheiere 418/DL/2026",
                     author="grefier", size=10.5)
    pdf = sign_pdf(pdf, "pers_judge_cj", reason="Semnătură electronică calificată", location="Cluj-Napoca")
    cover = ("Stimată doamnă / Stimate domn,\n\n"
             "Dosar nr.: 3391/117/2026\n"
             "Obiect: comunicare încheiere – art. 152 C.p.p.\n"
             "Termen de executare: 10 zile\n\n"
             "Vă comunicăm alăturat, spre executare, încheierea penală nr. 418/DL/2026 pronunțată de judecătorul "
             "de drepturi și libertăți în camera de consiliu din 13.11.2026, semnată electronic.\n\n"
             "Grefier,\nDaniela Moldovan\nTribunalul Cluj – Secția penală\n")
    body = multipart("mixed", [text(cover, cte="base64"), attachment(pdf, "Încheiere 418-DL-2026.pdf",
                                                                     style="encoded-word")], "g05")
    msg = build(seed="g05", frm=addr("Tribunalul Cluj - Secția penală", "tr-cluj-penal@just.ro"), to=[TO_LEGAL],
                subject="Comunicare încheiere - dosar 3391/117/2026", date=when(2026, 11, 16, 10, 2, 30),
                message_id="<DB8PR09MB3221F6A77C0E2E1B9D83A4C5B1E09@DB8PR09MB3221.just.ro>", body=body,
                extra=OUTLOOK)
    eml = deliver(msg, helo="mx-out1.just.ro", ip="198.51.100.41", t=t, rcpt=TO_LEGAL,
                  mail_from="tr-cluj-penal@just.ro", dkim_domain="just.ro", seed="g05",
                  sender_hops=[exch_hop("CJ-EXCH01.just.ro", "mx-out1.just.ro", when(2026, 11, 16, 10, 2, 33))])
    fields = {
        "authority": "Tribunalul Cluj", "authority_kind": "court",
        "reference_number": "418/DL/2026", "reference_date": "2026-11-13", "case_number": "3391/117/2026",
        "legal_basis": ["art. 152 CPP"],
        "subjects": [{"kind": "email", "value": "mihai.b.1987@yahoo.com"}],
        "transactions": [],
        "requested_data": [
            "identificarea utilizatorului care a accesat contul cu adresa de e-mail mihai.b.1987@yahoo.com în data de 04.10.2026",
            "adresele IP și datele de conectare aferente contului în perioada 01.10.2026 – 10.10.2026",
            "numărul de telefon validat pentru contul respectiv",
        ],
        "period": {"from": "2026-10-01", "to": "2026-10-10"},
        "signatory": "Judecător de drepturi și libertăți Ioana Crișan", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"case_number": ["2207/P/2026"],
                              "signatory": ["Ioana Crișan", "Judecător de drepturi și libertăți Crișan Ioana"]},
                      notes="court: judge's încheiere (camera de consiliu), signed with the judge's personal "
                            "certificate; court file number vs the prosecutor's file number (both accepted); "
                            "the data-protection operator number 3186 is a distractor; base64 cover; "
                            "attachment name as an encoded word")


@item
def le_g06_dna_brasov():
    t = when(2026, 11, 24, 13, 26, 45)
    letter = """\
B|ROMÂNIA
B|MINISTERUL PUBLIC
B|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
B|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
B|SERVICIUL TERITORIAL BRAȘOV

K|Nr. înregistrare: 1127/C/2026
K|Data: 24 noiembrie 2026
K|Dosar penal: 458/P/2026
K|Către: OKAZII.RO S.R.L.
K|Referitor la: solicitare de date – art. 170 alin. (2) C. proc. pen.

În dosarul penal menționat, ce are ca obiect săvârșirea infracțiunii de luare de mită, prev. de art. 289 C. pen. rap. la art. 6 din Legea nr. 78/2000, existând indicii că o parte din foloasele necuvenite au fost valorificate prin vânzarea de bunuri pe platforma dumneavoastră, vă solicităm ca, în baza art. 170 alin. (2) lit. b) C. proc. pen., să ne comunicați:
L|– datele de identificare și de contact ale titularului contului cu ID-ul 8830117;
L|– anunțurile publicate de acest cont în perioada 01.01.2026 – 24.11.2026, inclusiv cele șterse;
L|– mesajele schimbate prin sistemul de mesagerie al platformei cu utilizatorul „bijuterii_vintage_bv”.

Solicităm ca răspunsul să fie transmis prin curier, în plic sigilat, la sediul Serviciului Teritorial Brașov, B-dul 15 Noiembrie nr. 45, Brașov, cu mențiunea „Confidențial – dosar 458/P/2026”.

Vă atragem atenția asupra obligației de a păstra confidențialitatea solicitării.

S|Procuror,
S|Radu-Victor Ionescu"""
    pdf = letter_pdf(letter, family="sans", created=when(2026, 11, 24, 11, 2), title="Adresa 1127/C/2026",
                     author="DNA ST Brasov")
    pdf = sign_pdf(pdf, "seal_dna", reason="Sigiliu calificat DNA", location="Brașov")
    cover = ("Bună ziua,\n\nAlăturat vă transmitem adresa DNA - Serviciul Teritorial Brașov nr. 1127/C/2026, "
             "semnată cu sigiliul electronic calificat.\nOriginalul nu se mai transmite pe suport hârtie.\n\n"
             "Grefa ST Brașov\n")
    body = multipart("mixed", [text(cover, charset="utf-8", cte="8bit"), attachment(pdf, "1127-C-2026.pdf")], "g06")
    msg = build(seed="g06", frm=addr("DNA ST Brasov", "st.brasov@pna.ro"), to=[TO_LEGAL],
                subject="Adresa 1127/C/2026", date=when(2026, 11, 24, 13, 26, 10),
                message_id="<20261124112610.7C1A84E0B2@mail.pna.ro>", body=body,
                extra=[("Content-Language", "ro")])
    eml = deliver(msg, helo="mail.pna.ro", ip="198.51.100.30", t=t, rcpt=TO_LEGAL, mail_from="st.brasov@pna.ro",
                  dkim_domain="pna.ro", seed="g06")
    fields = {
        "authority": "Direcția Națională Anticorupție", "authority_kind": "prosecutor",
        "reference_number": "1127/C/2026", "reference_date": "2026-11-24", "case_number": "458/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "user_id", "value": "8830117"}, {"kind": "username", "value": "bijuterii_vintage_bv"}],
        "transactions": [],
        "requested_data": [
            "datele de identificare și de contact ale titularului contului cu ID-ul 8830117",
            "anunțurile publicate de acest cont în perioada 01.01.2026 – 24.11.2026, inclusiv cele șterse",
            "mesajele schimbate prin sistemul de mesagerie al platformei cu utilizatorul „bijuterii_vintage_bv”",
        ],
        "period": {"from": "2026-01-01", "to": "2026-11-24"},
        "response_channel": "courier",
        "signatory": "Procuror Radu-Victor Ionescu", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"authority": ["SERVICIUL TERITORIAL BRAȘOV",
                                            "Direcția Națională Anticorupție – Serviciul Teritorial Brașov", "DNA"]},
                      notes="DNA territorial service, labelled fields on separate lines, offence articles of the "
                            "penal code and Legea 78/2000 are not the basis, answer by courier, 8bit UTF-8 cover")


@item
def le_g07_ipj_constanta_mangalia():
    t = when(2026, 11, 19, 12, 55, 31)
    letter = """\
B|ROMÂNIA
B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIŢIE JUDEŢEAN CONSTANŢA
B|POLIŢIA MUNICIPIULUI MANGALIA
K|Biroul de Investigaţii Criminale
R|Nr. 88217 / 19.11.2026

K|Către,
K|OKAZII.RO S.R.L. — Departament Juridic

Poliţia Municipiului Mangalia efectuează cercetări în dosarul penal nr. 2291/P/2026, privind săvârşirea infracţiunii de înşelăciune, în care numitul Gheorghe Nicolae a reclamat faptul că a achitat suma de 6.500 lei pentru un motor de barcă Yamaha 40 CP, anunţat spre vânzare pe platforma dumneavoastră, fără ca bunul să îi fie predat.

Faţă de cele de mai sus, în conformitate cu prevederile art. 170 C.p.p., vă rugăm să ne puneţi la dispoziţie următoarele date:
L|- datele de identificare ale utilizatorului care a folosit numărul de telefon 0723.456.108 şi adresa de e-mail barci.motoare.ct@yahoo.com;
L|- adresele IP de creare şi de accesare a contului;
L|- tranzacţiile efectuate de acest utilizator în ultimele 6 luni;
L|- conversaţiile purtate de acest utilizator cu persoana vătămată.

Răspunsul poate fi comunicat pe e-mail, la adresa bic.mangalia@ct.politiaromana.ro, şi în original prin poştă, la adresa: str. Ştefan cel Mare nr. 22, Mangalia, jud. Constanţa.

S|ŞEFUL POLIŢIEI MUNICIPIULUI MANGALIA
S|Comisar-şef de poliţie
S|Iordache George-Cătălin"""
    pdf = letter_pdf(letter, created=when(2026, 11, 19, 12, 1), title="adresa okazii 88217", author="BIC Mangalia",
                     creator="Microsoft® Word 2010")
    pdf = sign_pdf(pdf, "seal_ipj_ct", reason="Sigiliu electronic IPJ Constanta", location="Constanta")
    cover = ("Bună ziua,\n\nVă trimitem în ataşament adresa Poliţiei Municipiului Mangalia nr. 88217/19.11.2026, "
             "cu rugămintea de a ne comunica datele solicitate.\n\nCu stimă,\nBiroul de Investigaţii Criminale\n"
             "Poliţia Municipiului Mangalia\n")
    body = multipart("mixed", [text(cover, charset="windows-1250", cte="quoted-printable"),
                               attachment(pdf, "adresa okazii 88217.pdf")], "g07")
    msg = build(seed="g07", frm=addr("Politia Mun. Mangalia - BIC", "bic.mangalia@ct.politiaromana.ro"),
                to=[TO_LEGAL], subject="Adresa nr. 88217/19.11.2026", date=when(2026, 11, 19, 12, 55, 2),
                message_id="<002b01dc5931$9aa8e3f0$cffaabd0$@ct.politiaromana.ro>", body=body, extra=OUTLOOK)
    eml = deliver(msg, helo="relay.ct.politiaromana.ro", ip="192.0.2.50", t=t, rcpt=TO_LEGAL,
                  mail_from="bic.mangalia@ct.politiaromana.ro", dkim_domain="ct.politiaromana.ro", seed="g07")
    fields = {
        "authority": "POLIŢIA MUNICIPIULUI MANGALIA", "authority_kind": "police",
        "reference_number": "88217", "reference_date": "2026-11-19", "case_number": "2291/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "phone", "value": "0723.456.108"}, {"kind": "email", "value": "barci.motoare.ct@yahoo.com"}],
        "transactions": [],
        "requested_data": [
            "datele de identificare ale utilizatorului care a folosit numărul de telefon 0723.456.108 şi adresa de e-mail barci.motoare.ct@yahoo.com",
            "adresele IP de creare şi de accesare a contului",
            "tranzacţiile efectuate de acest utilizator în ultimele 6 luni",
            "conversaţiile purtate de acest utilizator cu persoana vătămată",
        ],
        "response_channel": "both",
        "signatory": "Comisar-şef de poliţie Iordache George-Cătălin", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"authority": ["INSPECTORATUL DE POLIŢIE JUDEŢEAN CONSTANŢA"]},
                      notes="municipal police under a county inspectorate, old cedilla letters (ş ţ) in the PDF and "
                            "a Windows-1250 cover, phone written with dots, dash list, e-mail and post")


@item
def le_g08_igpr_ccpi_english():
    t = when(2026, 11, 27, 15, 40, 12)
    letter = """\
B|GENERAL INSPECTORATE OF ROMANIAN POLICE
B|International Police Cooperation Centre
B|Operational Cooperation Unit
R|Ref. no. 4120155
R|Bucharest, 27 November 2026

K|To: OKAZII.RO S.R.L., Legal Department
K|Subject: Request for data concerning a user of your platform

Dear Sir or Madam,

The International Police Cooperation Centre has received, through Europol channels, a request from the Police of the Republic of Moldova concerning a fraud committed via your platform. The facts are investigated in Romania in criminal file no. 1190/P/2026 of the Prosecutor's Office attached to the Bucharest Tribunal.

Pursuant to Article 170 of the Romanian Code of Criminal Procedure, we kindly ask you to provide the following information regarding the user account registered with the e-mail address cheap.phones.md@outlook.com:
L|(a) subscriber information (name, address, date of birth, contact details);
L|(b) IP addresses used for registration and for the last login;
L|(c) the list of orders placed or received by this account.

Please send your reply by e-mail to ccpi@politiaromana.ro, quoting our reference number.

Yours faithfully,

S|Head of Unit
S|Chief Police Commissioner
S|Adrian MARINESCU"""
    pdf = letter_pdf(letter, family="sans", created=when(2026, 11, 27, 15, 2), title="Ref 4120155",
                     author="CCPI")
    pdf = sign_pdf(pdf, "seal_igpr", reason="Qualified electronic seal", location="Bucharest")
    cover = ("Dear colleagues,\n\nPlease find attached our request ref. no. 4120155 of 27.11.2026, "
             "electronically sealed.\n\nKind regards,\nInternational Police Cooperation Centre\n"
             "Romanian Police\n\nThis e-mail and any attachments are confidential and intended solely for the "
             "addressee.\n")
    body = multipart("mixed", [text(cover, charset="us-ascii", cte="7bit"), attachment(pdf, "4120155.pdf")], "g08")
    msg = build(seed="g08", frm=addr("CCPI - Romanian Police", "ccpi@politiaromana.ro"), to=[TO_LEGAL],
                subject="Request for subscriber information - Ref. 4120155", date=when(2026, 11, 27, 15, 39, 50),
                message_id="<VI1PR0302MB2610E51F6A1AD0B3C7E2F0A1B2C3D@VI1PR0302MB2610.politiaromana.ro>",
                body=body, extra=OUTLOOK + [("Content-Language", "en-US")])
    eml = deliver(msg, helo="smtp1.politiaromana.ro", ip="192.0.2.10", t=t, rcpt=TO_LEGAL,
                  mail_from="ccpi@politiaromana.ro", dkim_domain="politiaromana.ro", seed="g08")
    fields = {
        "authority": "General Inspectorate of Romanian Police", "authority_kind": "police",
        "reference_number": "4120155", "reference_date": "2026-11-27", "case_number": "1190/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "email", "value": "cheap.phones.md@outlook.com"}],
        "transactions": [],
        "requested_data": [
            "subscriber information (name, address, date of birth, contact details)",
            "IP addresses used for registration and for the last login",
            "the list of orders placed or received by this account",
        ],
        "response_channel": "electronic", "reply_to": "ccpi@politiaromana.ro",
        "signatory": "Chief Police Commissioner Adrian MARINESCU", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"authority": ["Inspectoratul General al Poliției Române",
                                            "International Police Cooperation Centre"]},
                      notes="English-language request from the IGPR's international cooperation centre, "
                            "7bit ASCII cover")


@item
def le_g09_ipj_brasov_fagaras_lf():
    t = when(2026, 12, 3, 10, 12, 44)
    letter = """\
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV
C|POLIȚIA MUNICIPIULUI FĂGĂRAȘ
C|Biroul de Investigații Criminale
R|Nr. 340.218 din 3 decembrie 2026

K|Stimate domn / Stimată doamnă,

Vă aducem la cunoștință că Poliția Municipiului Făgăraș efectuează cercetări în dosarul penal nr. 918/P/2026, înregistrat la Parchetul de pe lângă Judecătoria Făgăraș, cu privire la săvârșirea infracțiunii de înșelăciune prevăzută de art. 244 Cod penal.

În cauză, persoana vătămată a achiziționat prin platforma okazii.ro o drujbă și o motocoasă (comenzile nr. 77120456 și nr. 77120981), achitând suma totală de 3.100 lei prin transfer bancar, însă produsele nu au fost livrate. Vânzătorul figurează în platformă cu ID-ul de utilizator 6604412.

Potrivit art. 170 alin. (2) lit. b) din Legea nr. 135/2010 privind Codul de procedură penală, vă rugăm să ne comunicați datele de identificare ale titularului contului cu ID-ul 6604412, datele de contact declarate, istoricul autentificărilor din luna noiembrie 2026, precum și detaliile celor două comenzi.

Răspunsul îl puteți transmite la adresa de e-mail bic.fagaras@bv.politiaromana.ro.

S|Șeful Biroului de Investigații Criminale
S|Subcomisar de poliție
S|Nagy Levente"""
    pdf = letter_pdf(letter, created=when(2026, 12, 3, 9, 30), title="adresa", author="nagy.levente")
    pdf = sign_pdf(pdf, "pers_ipjbv_nagy", reason="Semnat electronic", location="Făgăraș")
    plain_letter = re.sub(r"^[A-Za-z]\|", "", letter, flags=re.M)
    html_letter = "<html><body>" + "".join(
        f"<p>{ln}</p>" if ln.strip() else "" for ln in plain_letter.split("\n")) + "</body></html>"
    alt = multipart("alternative", [text(plain_letter, cte="quoted-printable"),
                                    text(html_letter, "html", cte="quoted-printable")], "g09a")
    body = multipart("mixed", [alt, attachment(pdf, "Adresa_340218.pdf")], "g09")
    msg = build(seed="g09", frm=addr("Nagy Levente", "nagy.levente@bv.politiaromana.ro"),
                to=[TO_LEGAL], subject="Dosar penal 918/P/2026 - solicitare date",
                date=when(2026, 12, 3, 10, 12, 20),
                message_id="<c7d1a0e2-51b9-4f0c-8a2e-3f4b9c1d7e66@bv.politiaromana.ro>", body=body,
                extra=THUNDERBIRD)
    eml = deliver(msg, helo="mail.bv.politiaromana.ro", ip="192.0.2.60", t=t, rcpt=TO_LEGAL,
                  mail_from="nagy.levente@bv.politiaromana.ro", dkim_domain="bv.politiaromana.ro", seed="g09")
    eml = eml.replace(b"\r\n", b"\n")  # stored by a local delivery agent (maildir): LF line ends
    fields = {
        "authority": "POLIȚIA MUNICIPIULUI FĂGĂRAȘ", "authority_kind": "police",
        "reference_number": "340.218", "reference_date": "2026-12-03", "case_number": "918/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "user_id", "value": "6604412"}],
        "transactions": ["77120456", "77120981"],
        "requested_data": ["datele de identificare ale titularului contului cu ID-ul 6604412",
                           "datele de contact declarate", "istoricul autentificărilor din luna noiembrie 2026",
                           "detaliile celor două comenzi"],
        "period": {"from": "2026-11-01", "to": "2026-11-30"},
        "response_channel": "electronic", "reply_to": "bic.fagaras@bv.politiaromana.ro",
        "signatory": "Subcomisar de poliție Nagy Levente", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"authority": ["INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV"],
                              "reference_number": ["340218"]},
                      notes="letter both as the mail body (plain + HTML) and as the signed PDF; month as a word; "
                            "user id; prose list with 'precum și'; the basis cited through Legea 135/2010; "
                            "the file is stored with LF line ends (a maildir copy): DKIM must still verify "
                            "after CRLF canonicalisation")


@item
def le_g10_ptcj_revenire_quoted():
    t = when(2026, 11, 26, 11, 5, 20)
    letter = """\
B|ROMÂNIA
B|MINISTERUL PUBLIC
B|PARCHETUL DE PE LÂNGĂ TRIBUNALUL CLUJ
K|Dosar nr. 805/P/2026
K|Nr. 2.117/II/2/2026
R|Cluj-Napoca, 26.11.2026

K|Către OKAZII.RO S.R.L.

Urmare a răspunsului dumneavoastră din 10.11.2026 la adresa noastră nr. 1.902/II/2/2026, în baza art. 170 C.p.p., vă solicităm să ne comunicați suplimentar, cu privire la utilizatorul „vintage_ceasuri” și la numărul de telefon 0731 200 567 indicat de dumneavoastră:
L|1. toate conturile de utilizator la care a fost asociat numărul de telefon 0731 200 567;
L|2. istoricul modificărilor datelor de contact ale contului „vintage_ceasuri”;
L|3. copia documentelor de identitate încărcate pentru verificarea contului, dacă există.

Răspunsul va fi transmis prin e-mail, la adresa ptcj.registratura@mpublic.ro.

S|PROCUROR,
S|Adrian Hossu"""
    pdf = letter_pdf(letter, created=when(2026, 11, 26, 10, 12), title="2117", author="PTCJ")
    pdf = sign_pdf(pdf, "seal_ptcj", reason="Sigiliu calificat", location="Cluj-Napoca")
    body_txt = """Bună ziua,

Vă mulțumim pentru răspuns. Revenim cu adresa nr. 2.117/II/2/2026 (atașată, semnată electronic), prin care vă solicităm câteva date suplimentare în același dosar.

Cu stimă,
Registratura
Parchetul de pe lângă Tribunalul Cluj

În data de mar., 10 nov. 2026 la 14:22, Departamentul Juridic Okazii <legal@okazii.ro> a scris:
> Stimată doamnă procuror,
>
> Ca urmare a adresei dumneavoastră nr. 1.902/II/2/2026 din 02.11.2026, privind dosarul nr. 805/P/2026, vă comunicăm că utilizatorul „vintage_ceasuri” a declarat la înregistrare numărul de telefon 0731 200 567 și adresa de e-mail indicată în anexă.
> Istoricul tranzacțiilor este atașat în format CSV.
>
> Cu stimă,
> Departamentul Juridic
> OKAZII.RO S.R.L.
"""
    body = multipart("mixed", [text(body_txt, cte="quoted-printable"), attachment(pdf, "2117-II-2-2026.pdf")], "g10")
    msg = build(seed="g10", frm=addr("Registratura PTCJ", "ptcj.registratura@mpublic.ro"), to=[TO_LEGAL],
                subject="Re: Răspuns adresa nr. 1902/II/2/2026 - dosar 805/P/2026",
                date=when(2026, 11, 26, 11, 4, 58),
                message_id="<884120733.1931.1764147898301.JavaMail.zimbra@mpublic.ro>", body=body,
                extra=ZIMBRA + [("In-Reply-To", "<legal-20261110142210.5521@okazii.ro>"),
                                ("References", "<ptcj-1902@mpublic.ro> <legal-20261110142210.5521@okazii.ro>")])
    eml = deliver(msg, helo="mta1.mpublic.ro", ip="198.51.100.10", t=t, rcpt=TO_LEGAL,
                  mail_from="ptcj.registratura@mpublic.ro", dkim_domain="mpublic.ro", seed="g10")
    fields = {
        "authority": "Parchetul de pe lângă Tribunalul Cluj", "authority_kind": "prosecutor",
        "reference_number": "2.117/II/2/2026", "reference_date": "2026-11-26", "case_number": "805/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "vintage_ceasuri"}, {"kind": "phone", "value": "0731 200 567"}],
        "transactions": [],
        "requested_data": [
            "toate conturile de utilizator la care a fost asociat numărul de telefon 0731 200 567",
            "istoricul modificărilor datelor de contact ale contului „vintage_ceasuri”",
            "copia documentelor de identitate încărcate pentru verificarea contului, dacă există",
        ],
        "response_channel": "electronic", "reply_to": "ptcj.registratura@mpublic.ro",
        "signatory": "Procuror Adrian Hossu", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"reference_number": ["2117/II/2/2026"]},
                      notes="a follow-up in a reply thread: our earlier answer is quoted with '>' and names the "
                            "earlier number 1.902/II/2/2026 and date 02.11.2026 (distractors)")


@item
def le_g11_dgpmb_forward():
    t = when(2026, 11, 25, 17, 48, 3)
    letter = """\
B|ROMÂNIA
B|MINISTERUL AFACERILOR INTERNE
B|DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI
K|Serviciul de Investigare a Fraudelor
R|Nr. 1.077.452 din 25 XI 2026
R|București

K|Către OKAZII.RO S.R.L.

Serviciul de Investigare a Fraudelor efectuează cercetări în dosarul penal nr. 6630/P/2026 al Parchetului de pe lângă Tribunalul București, privind săvârșirea infracțiunilor de înșelăciune și spălare a banilor.

În temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne transmiteți, pentru utilizatorii „cazane_termice_ro” și „depozit.centrale.buc” și pentru contul de e-mail centrale.termice.depozit@outlook.com:
L|a. datele de identificare și de contact ale titularilor;
L|b. lista tranzacțiilor încheiate în ultimele 12 luni, cu datele cumpărătorilor;
L|c. datele de plată (IBAN, procesator de plăți) folosite pentru încasări.

Răspunsul va fi transmis electronic, la adresa sif@b.politiaromana.ro.

S|Șef serviciu,
S|Comisar de poliție
S|Toma Alina-Maria"""
    pdf = letter_pdf(letter, created=when(2026, 11, 25, 16, 30), title="1077452", author="toma.alina")
    pdf = sign_pdf(pdf, "pers_dgpmb_toma", reason="Semnat", location="București")
    body_txt = """Bună seara,

Vă redirecționez mai jos solicitarea colegului meu, împreună cu adresa semnată electronic (atașată).

Mulțumesc,
Toma Alina-Maria
Serviciul de Investigare a Fraudelor - DGPMB

---------- Forwarded message ---------
De la: Iliescu Sorin <iliescu.sorin@b.politiaromana.ro>
Date: mie., 25 nov. 2026 la 15:02
Subject: adresa okazii dosar 6630/P/2026
To: Toma Alina-Maria <toma.alina@b.politiaromana.ro>


Doamna comisar,
vă rog să trimiteți dvs. adresa către Okazii, am pus în ea ambii utilizatori și adresa de e-mail.
Sorin
"""
    body = multipart("mixed", [text(body_txt), attachment(pdf, "adresa_1077452.pdf")], "g11")
    msg = build(seed="g11", frm=addr("Toma Alina-Maria", "toma.alina@b.politiaromana.ro"), to=[TO_LEGAL],
                subject="Fwd: adresa okazii dosar 6630/P/2026", date=when(2026, 11, 25, 17, 47, 40),
                message_id="<CAHx9a1+0b7QnZp4k2m=Wd8F3tR1v@b.politiaromana.ro>", body=body, extra=OUTLOOK)
    eml = deliver(msg, helo="smtp.b.politiaromana.ro", ip="192.0.2.20", t=t, rcpt=TO_LEGAL,
                  mail_from="toma.alina@b.politiaromana.ro", dkim_domain="b.politiaromana.ro", seed="g11")
    fields = {
        "authority": "DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI", "authority_kind": "police",
        "reference_number": "1.077.452", "reference_date": "2026-11-25", "case_number": "6630/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "cazane_termice_ro"},
                     {"kind": "username", "value": "depozit.centrale.buc"},
                     {"kind": "email", "value": "centrale.termice.depozit@outlook.com"}],
        "transactions": [],
        "requested_data": [
            "datele de identificare și de contact ale titularilor",
            "lista tranzacțiilor încheiate în ultimele 12 luni, cu datele cumpărătorilor",
            "datele de plată (IBAN, procesator de plăți) folosite pentru încasări",
        ],
        "response_channel": "electronic", "reply_to": "sif@b.politiaromana.ro",
        "signatory": "Comisar de poliție Toma Alina-Maria", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"reference_number": ["1077452"]},
                      notes="forwarded inside the police before reaching us (a colleague's note quoted under "
                            "'Forwarded message'); Roman-numeral month with spaces '25 XI 2026'")


@item
def le_g12_turda_urgent_form():
    t = when(2026, 11, 25, 8, 31, 50)
    letter = """\
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ
B|POLIȚIA MUNICIPIULUI TURDA
K|Biroul de Investigații Criminale
T|URGENT

K|Număr de înregistrare: 54331
K|Data: 25.11.2026
K|Dosar penal: 1772/P/2026
K|Temei legal: art. 170 alin. (2) lit. b) C.p.p.
K|Destinatar: OKAZII.RO S.R.L.
K|Utilizator vizat: andrei_turda_91 (e-mail: andrei.turda91@gmail.com)

K|Date solicitate:
L|1) numele, prenumele și adresa declarate de titularul contului;
L|2) numărul de telefon asociat;
L|3) ultimele 10 adrese IP de conectare, cu data și ora.

Motivul urgenței: persoana vătămată, minoră, a fost contactată de utilizatorul vizat prin mesageria platformei, existând indicii privind riscul unei întâlniri iminente.

Modalitate de răspuns: e-mail la bic.turda@cj.politiaromana.ro, în cel mai scurt timp (termen: 48 de ore).

S|Șeful Poliției Municipiului Turda
S|Comisar-șef de poliție
S|Bărbuț Ovidiu"""
    pdf = letter_pdf(letter, family="sans", created=when(2026, 11, 25, 8, 10), title="URGENT 54331",
                     author="BIC Turda")
    pdf = sign_pdf(pdf, "seal_ipj_cj", reason="Sigiliu electronic calificat IPJ Cluj", location="Turda")
    cover = ("URGENT\n\nBună dimineața,\n\nVă rugăm să tratați cu prioritate adresa atașată (nr. 54331 din "
             "25.11.2026, dosar penal 1772/P/2026). Pentru orice clarificare ne puteți contacta la dispeceratul "
             "IPJ Cluj.\n\nBIC Turda\n")
    body = multipart("mixed", [text(cover), attachment(pdf, "URGENT_54331.pdf")], "g12")
    msg = build(seed="g12", frm=addr("BIC Turda", "bic.turda@cj.politiaromana.ro"), to=[TO_LEGAL],
                subject="URGENT - adresa 54331 / dosar penal 1772/P/2026", date=when(2026, 11, 25, 8, 31, 22),
                message_id="<AS8PR09MB5210C1D2E3F4A5B6C7D8E9F0A1B2@AS8PR09MB5210.cj.politiaromana.ro>", body=body,
                extra=OUTLOOK + [("Importance", "high"), ("X-Priority", "1 (Highest)")])
    eml = deliver(msg, helo="mail2.cj.politiaromana.ro", ip="192.0.2.31", t=t, rcpt=TO_LEGAL,
                  mail_from="bic.turda@cj.politiaromana.ro", dkim_domain="cj.politiaromana.ro", seed="g12")
    fields = {
        "authority": "POLIȚIA MUNICIPIULUI TURDA", "authority_kind": "police",
        "reference_number": "54331", "reference_date": "2026-11-25", "case_number": "1772/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "andrei_turda_91"},
                     {"kind": "email", "value": "andrei.turda91@gmail.com"}],
        "transactions": [],
        "requested_data": ["numele, prenumele și adresa declarate de titularul contului",
                           "numărul de telefon asociat",
                           "ultimele 10 adrese IP de conectare, cu data și ora"],
        "response_channel": "electronic", "reply_to": "bic.turda@cj.politiaromana.ro",
        "signatory": "Comisar-șef de poliție Bărbuț Ovidiu", "urgent": True,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"authority": ["INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ"]},
                      notes="genuine URGENT request (minor at risk) from a proven channel with a sealed PDF: "
                            "verified, and urgent=true so the legal team calls back; form-like labelled lines")


@item
def le_g13_diicot_conservare():
    t = when(2026, 12, 1, 18, 20, 7)
    letter = """\
B|MINISTERUL PUBLIC
B|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
B|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
K|Serviciul de Combatere a Criminalității Informatice
K|Dosar nr. 1447D/P/2026
R|Nr. 7702/D/2026 din 01.12.2026

T|ORDONANȚĂ DE CONSERVARE A DATELOR INFORMATICE

Procurorul din cadrul D.I.I.C.O.T. – Serviciul de Combatere a Criminalității Informatice,

având în vedere încuviințarea prealabilă dată prin încheierea nr. 2210/2026 a judecătorului de drepturi și libertăți din cadrul Tribunalului București,

constatând că există pericolul pierderii sau modificării datelor informatice stocate de OKAZII.RO S.R.L. cu privire la conturile asociate adreselor de e-mail gadgets.outlet.eu@gmail.com și ro.deals.warehouse@gmail.com, precum și numărului de telefon 0770 119 832,

în temeiul art. 154 alin. (1) și (5) C.p.p.,

T|DISPUNE:

Conservarea imediată, pe o durată de 90 de zile, a următoarelor date, pentru perioada 1 august 2026 – 30 noiembrie 2026:
L|• datele de înregistrare ale conturilor;
L|• jurnalele de acces (adrese IP, porturi sursă, marcaje temporale);
L|• conținutul mesajelor schimbate prin platformă.

OKAZII.RO S.R.L. va confirma conservarea datelor prin e-mail, la adresa scci@diicot.ro, și va păstra confidențialitatea măsurii.

S|PROCUROR,
S|Oana-Luminița Dumitru"""
    pdf = letter_pdf(letter, created=when(2026, 12, 1, 17, 45), title="Ordonanta conservare 7702",
                     author="SCCI")
    pdf = sign_pdf(pdf, "seal_diicot", reason="Sigiliu electronic calificat DIICOT", location="București")
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Stimate partener,</p>
<p>Vă comunicăm, atașat, <b>ordonanța de conservare nr. 7702/D/2026</b> emisă în dosarul nr. 1447D/P/2026.</p>
<p>Vă rugăm să confirmați conservarea datelor la adresa <a href="mailto:scci@diicot.ro">scci@diicot.ro</a>.</p>
<p style="color:#555">DIICOT &ndash; Serviciul de Combatere a Criminalit&#259;&#539;ii Informatice</p>
</body></html>"""
    body = multipart("mixed", [text(html, "html", cte="base64"), attachment(pdf, "ordonanta_7702_D_2026.pdf")],
                     "g13")
    msg = build(seed="g13", frm=addr("DIICOT - SCCI", "scci@diicot.ro"), to=[TO_LEGAL],
                subject="Ordonanță de conservare - dosar 1447D/P/2026", date=when(2026, 12, 1, 18, 19, 41),
                message_id="<e1b54c0a-9d2f-4f31-b6c4-8a70d2e915aa@diicot.ro>", body=body, extra=THUNDERBIRD)
    eml = deliver(msg, helo="mail.diicot.ro", ip="198.51.100.20", t=t, rcpt=TO_LEGAL, mail_from="scci@diicot.ro",
                  dkim_domain="diicot.ro", seed="g13")
    fields = {
        "authority": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
        "authority_kind": "prosecutor",
        "reference_number": "7702/D/2026", "reference_date": "2026-12-01", "case_number": "1447D/P/2026",
        "legal_basis": ["art. 154 CPP"],
        "subjects": [{"kind": "email", "value": "gadgets.outlet.eu@gmail.com"},
                     {"kind": "email", "value": "ro.deals.warehouse@gmail.com"},
                     {"kind": "phone", "value": "0770 119 832"}],
        "transactions": [],
        "requested_data": ["datele de înregistrare ale conturilor",
                           "jurnalele de acces (adrese IP, porturi sursă, marcaje temporale)",
                           "conținutul mesajelor schimbate prin platformă"],
        "period": {"from": "2026-08-01", "to": "2026-11-30"},
        "response_channel": "electronic", "reply_to": "scci@diicot.ro",
        "signatory": "Procuror Oana-Luminița Dumitru",
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      accept={"authority": ["Serviciul de Combatere a Criminalității Informatice", "DIICOT",
                                            "D.I.I.C.O.T."]},
                      notes="data preservation order under art. 154 (not 170), period in words, HTML-only cover "
                            "in base64; 'urgent' left out of the truth (conservarea imediată is the law's wording)")


@item
def le_g14_pj_iasi_procuror_html():
    t = when(2026, 11, 30, 12, 44, 18)
    iban = ro_iban("BTRL", "02201205X1234500")
    letter = f"""\
B|ROMÂNIA
B|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA IAȘI
K|Dosar nr. 6102/P/2026
K|Nr. 9914/II/2/2026 din 30 noiembrie 2026

K|Către OKAZII.RO S.R.L.

Vă rog să îmi comunicați, în baza art. 170 Cod procedură penală, dacă în evidențele dumneavoastră figurează conturi de utilizator asociate contului bancar {iban} sau numărului de telefon +40 745 901 334 și, în caz afirmativ:
L|• numele de utilizator și data creării fiecărui cont;
L|• datele de identificare declarate;
L|• tranzacțiile în care aceste conturi au încasat sume de bani.

Răspunsul se va transmite prin e-mail la adresa mihai.apostu@mpublic.ro sau prin curier la sediul parchetului din Iași, str. Anastasie Panu nr. 25.

S|Procuror,
S|Mihai Apostu"""
    pdf = letter_pdf(letter, created=when(2026, 11, 30, 12, 20), title="9914", author="mihai.apostu")
    pdf = sign_pdf(pdf, "pers_proc_is", reason="Semnătură electronică calificată", location="Iași")
    plain_letter = re.sub(r"^[A-Za-z]\|", "", letter, flags=re.M)
    html = ("<html><head><style>p{margin:0 0 8px 0}</style></head><body><div dir=\"ltr\">"
            + "".join(f"<p>{ln.replace('•', '&bull;')}</p>" for ln in plain_letter.split("\n") if ln.strip())
            + "<p>--<br>Mihai Apostu<br>Procuror<br>Parchetul de pe lângă Judecătoria Iași</p></div></body></html>")
    body = multipart("mixed", [text(html, "html", cte="quoted-printable"), attachment(pdf, "adresa 9914.pdf")],
                     "g14")
    msg = build(seed="g14", frm=addr("Mihai Apostu", "mihai.apostu@mpublic.ro"), to=[TO_LEGAL],
                subject="Dosar nr. 6102/P/2026", date=when(2026, 11, 30, 12, 43, 55),
                message_id="<1910288311.7781.1764499435880.JavaMail.zimbra@mpublic.ro>", body=body, extra=ZIMBRA)
    eml = deliver(msg, helo="mta3.mpublic.ro", ip="198.51.100.12", t=t, rcpt=TO_LEGAL,
                  mail_from="mihai.apostu@mpublic.ro", dkim_domain="mpublic.ro", seed="g14")
    fields = {
        "authority": "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA IAȘI", "authority_kind": "prosecutor",
        "reference_number": "9914/II/2/2026", "reference_date": "2026-11-30", "case_number": "6102/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "iban", "value": iban}, {"kind": "phone", "value": "+40 745 901 334"}],
        "transactions": [],
        "requested_data": ["numele de utilizator și data creării fiecărui cont", "datele de identificare declarate",
                           "tranzacțiile în care aceste conturi au încasat sume de bani"],
        "response_channel": "both",
        "signatory": "Procuror Mihai Apostu", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=True, expect="verified", letter=letter,
                      notes="a prosecutor writing in the first person, signed with his personal certificate; the "
                            "letter is also the HTML-only body; IBAN and phone as subjects; e-mail or courier")


# ===========================================================================
# LAW ENFORCEMENT - forged or defective (must never be "verified")
# ===========================================================================

@item
def le_f01_spoofed_cj_no_dkim():
    t = when(2026, 11, 30, 22, 14, 5)
    letter = """ROMANIA
MINISTERUL AFACERILOR INTERNE
INSPECTORATUL DE POLITIE JUDETEAN CLUJ
Serviciul de Investigatii Criminale

Nr. 402117 din 30.11.2026

Catre OKAZII.RO

Va rugam sa ne comunicati DE URGENTA, in baza art. 170 C.p.p., in dosarul penal nr. 9120/P/2026, urmatoarele date privind utilizatorul "best_deals_cluj":
1. numele complet si CNP-ul titularului;
2. adresa de domiciliu;
3. numarul de telefon si adresa de e-mail;
4. datele cardurilor bancare salvate in cont.

Avand in vedere caracterul urgent al cauzei, va rugam sa raspundeti prin e-mail, in cel mai scurt timp, la aceasta adresa.

Sef serviciu,
Comisar-sef de politie
Mocanu Radu
"""
    msg = build(seed="f01", frm=addr("IPJ Cluj - Serviciul Investigatii Criminale", "sic@cj.politiaromana.ro"),
                to=[TO_LEGAL], subject="URGENT - solicitare date dosar 9120/P/2026",
                date=when(2026, 11, 30, 22, 13, 40), message_id="<20261130201340.18841.qmail@cj.politiaromana.ro>",
                body=text(letter, charset="us-ascii", cte="7bit"),
                extra=[("X-Priority", "1"), ("Importance", "High"),
                       ("Authentication-Results", "mx1.okazii.ro; dkim=pass header.d=cj.politiaromana.ro; "
                                                  "spf=pass smtp.mailfrom=cj.politiaromana.ro; "
                                                  "dmarc=pass header.from=cj.politiaromana.ro")])
    eml = deliver(msg, helo="mail.cj.politiaromana.ro", rdns="unknown", ip="203.0.113.45", t=t, rcpt=TO_LEGAL,
                  mail_from="sic@cj.politiaromana.ro", tls=False, seed="f01")
    fields = {
        "authority": "INSPECTORATUL DE POLITIE JUDETEAN CLUJ", "authority_kind": "police",
        "reference_number": "402117", "reference_date": "2026-11-30", "case_number": "9120/P/2026",
        "legal_basis": ["art. 170 CPP"], "subjects": [{"kind": "username", "value": "best_deals_cluj"}],
        "requested_data": ["numele complet si CNP-ul titularului", "adresa de domiciliu",
                           "numarul de telefon si adresa de e-mail", "datele cardurilor bancare salvate in cont"],
        "response_channel": "electronic", "signatory": "Comisar-sef de politie Mocanu Radu", "urgent": True,
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified", letter=letter,
                      notes="spoofed From of a listed county police domain, sent from an IP outside its SPF "
                            "(-all), no DKIM, no signed document, urgent; an Authentication-Results header "
                            "claiming dmarc=pass was written by the sender (below our Received line)")


@item
def le_f02_lookalike_selfsigned():
    t = when(2026, 11, 28, 9, 3, 55)
    letter = """\
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
K|Direcția de Investigare a Criminalității Economice
R|Nr. 500.221 din 27.11.2026

K|Către OKAZII.RO S.R.L.

În dosarul penal nr. 7781/P/2026, în temeiul art. 170 C.p.p., vă solicităm să ne comunicați, în termen de 24 de ore, datele de identificare, adresele IP și istoricul complet al tranzacțiilor pentru utilizatorii „ana.maria.shop” și „rares_electronics”.

Răspunsul se transmite exclusiv pe adresa de e-mail de la care a fost primită prezenta.

S|Director,
S|Chestor de poliție
S|Vlad Constantinescu"""
    pdf = letter_pdf(letter, created=when(2026, 11, 27, 23, 50), title="adresa", author="user")
    pdf = sign_pdf(pdf, "selfsigned_fake_igpr", reason="Sigiliu IGPR", location="București")
    cover = ("Bună ziua,\n\nAtașat regăsiți solicitarea IGPR - DICE nr. 500.221/27.11.2026, semnată cu sigiliul "
             "electronic al instituției. Termenul de răspuns este de 24 de ore.\n\nIGPR - DICE\n")
    body = multipart("mixed", [text(cover), attachment(pdf, "IGPR_DICE_500221.pdf")], "f02")
    msg = build(seed="f02", frm=addr("IGPR - Directia de Investigare a Criminalitatii Economice",
                                     "dice@politia-romana.ro"), to=[TO_LEGAL],
                subject="Solicitare IGPR - dosar 7781/P/2026 - termen 24h", date=when(2026, 11, 28, 9, 3, 30),
                message_id="<b71c0e94f2a84d@politia-romana.ro>", body=body)
    eml = deliver(msg, helo="mail.politia-romana.ro", ip="203.0.113.66", t=t, rcpt=TO_LEGAL,
                  mail_from="dice@politia-romana.ro", dkim_domain="politia-romana.ro", seed="f02")
    fields = {
        "authority": "INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE", "authority_kind": "police",
        "reference_number": "500.221", "reference_date": "2026-11-27", "case_number": "7781/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "ana.maria.shop"}, {"kind": "username", "value": "rares_electronics"}],
        "signatory": "Chestor de poliție Vlad Constantinescu", "response_channel": "electronic",
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified", letter=letter,
                      accept={"reference_number": ["500221"]},
                      notes="look-alike domain politia-romana.ro with its own valid DKIM/SPF/DMARC; the PDF is "
                            "signed with a self-signed certificate naming the IGPR (untrusted chain)")


@item
def le_f03_emergency_lookalike_subdomain():
    t = when(2026, 12, 2, 3, 41, 12)
    body_txt = """EMERGENCY DISCLOSURE REQUEST / CERERE DE DIVULGARE DE URGENTA

Directia Generala de Politie a Municipiului Bucuresti
Serviciul de Interventie Rapida - Dispecerat

Case / Dosar: 13007/P/2026
Request no. / Nr.: ER-2026-1187

This is an emergency request under article 170 of the Romanian Code of Criminal Procedure. There is an imminent threat to the life of a person (kidnapping). We cannot wait for a court order.

Va rugam sa ne transmiteti IMEDIAT, in cel mult 2 ore:
- numarul de telefon al utilizatorului "tudor.m.2004"
- adresa IP a ultimei conectari si locatia aproximativa
- adresa de livrare a ultimei comenzi

Reply to this e-mail only. Do not call the switchboard, the officer in charge is in the field.

Insp. pr. Dobrescu Marian
DGPMB - Dispecerat
"""
    msg = build(seed="f03", frm=addr("DGPMB Dispecerat", "dispecerat@politiaromana.ro.example.net"),
                to=[TO_LEGAL, TO_SUPPORT], subject="EMERGENCY DATA REQUEST - threat to life - 13007/P/2026",
                date=when(2026, 12, 2, 3, 40, 58), message_id="<ER-2026-1187.1764639658@politiaromana.ro.example.net>",
                body=text(body_txt, charset="us-ascii", cte="7bit"), extra=[("X-Priority", "1")])
    eml = deliver(msg, helo="mx.politiaromana.ro.example.net", ip="203.0.113.77", t=t, rcpt=TO_LEGAL,
                  mail_from="dispecerat@politiaromana.ro.example.net", dkim_domain="politiaromana.ro.example.net",
                  seed="f03")
    fields = {
        "case_number": "13007/P/2026", "legal_basis": ["art. 170 CPP"], "authority_kind": "police",
        "subjects": [{"kind": "username", "value": "tudor.m.2004"}],
        "requested_data": ['numarul de telefon al utilizatorului "tudor.m.2004"',
                           "adresa IP a ultimei conectari si locatia aproximativa",
                           "adresa de livrare a ultimei comenzi"],
        "response_channel": "electronic", "urgent": True,
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified", letter=body_txt,
                      notes="'emergency disclosure request' at 03:41 from politiaromana.ro.example.net (a "
                            "subdomain of example.net with valid DKIM), bilingual, no document, 'do not call'")


@item
def le_f04_gmail_policeman():
    t = when(2026, 11, 29, 19, 2, 8)
    body_txt = """Buna seara,

Ma numesc Popescu Catalin si sunt agent de politie la IPJ Cluj, Serviciul de Investigatii Criminale. Lucrez la un dosar de inselaciune (dosarul 5530/P/2026) si am nevoie urgent de datele utilizatorului "mihaela_vinde_tot": nume, telefon, adresa si IP-urile de logare din ultima luna.

Adresa oficiala o sa v-o trimitem si pe canalele oficiale, dar sistemul nostru de mail e cazut de doua zile, asa ca va rog sa-mi raspundeti direct pe aceasta adresa ca sa nu pierdem timp.

Multumesc frumos,
Ag. Popescu Catalin
IPJ Cluj
tel. 0751 220 904
"""
    msg = build(seed="f04", frm=addr("Catalin Popescu", "agent.popescu.ipjcluj@gmail.com"), to=[TO_SUPPORT],
                subject="Solicitare urgenta date utilizator - politia", date=when(2026, 11, 29, 19, 1, 50),
                message_id="<CAJ7pQxW3nN0kT1h9Yb2F=Lr8vD4mS6cE0u@mail.gmail.com>",
                body=multipart("alternative", [text(body_txt, charset="UTF-8", cte="7bit"),
                                               text("<div dir=\"ltr\">" + body_txt.replace("\n", "<br>") + "</div>",
                                                    "html", charset="UTF-8", cte="7bit")], "f04"))
    eml = deliver(msg, helo="mail-ej1-f53.google.com", ip="198.51.100.135", t=t, rcpt=TO_SUPPORT,
                  mail_from="agent.popescu.ipjcluj@gmail.com", dkim_domain="gmail.com", seed="f04",
                  sender_hops=[gmail_hop(when(2026, 11, 29, 19, 1, 51), "f04")])
    fields = {
        "case_number": "5530/P/2026", "authority_kind": "police",
        "subjects": [{"kind": "username", "value": "mihaela_vinde_tot"}],
        "response_channel": "electronic", "urgent": True,
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified",
                      notes="a 'policeman' on gmail.com (valid gmail DKIM), sent to the support mailbox, "
                            "asks to answer to the free-mail address because 'our mail server is down'")


@item
def le_f05_timis_unsigned_pdf():
    t = when(2026, 11, 18, 13, 37, 0)
    letter = """\
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ
C|Serviciul de Combatere a Criminalității Informatice
R|Nr. 612.904 din 18.11.2026

K|Către: OKAZII.RO S.R.L.

Serviciul de Combatere a Criminalității Informatice efectuează cercetări în dosarul penal nr. 4410/P/2026, privind săvârșirea infracțiunii de fraudă informatică.

Potrivit art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați, pentru contul de utilizator „tm.electro.deals” (ID 7102559):
L|1. datele de identificare ale titularului;
L|2. adresele IP de la care a fost accesat contul între 01.10.2026 și 15.11.2026;
L|3. modalitățile de plată folosite.

Răspunsul se va transmite la adresa sccit@tm.politiaromana.ro.

S|Șef serviciu,
S|Comisar-șef de poliție
S|Stoica Bogdan
S|(L.S.)"""
    pdf = letter_pdf(letter, created=when(2026, 11, 18, 13, 10), title="612904", author="stoica.bogdan")
    cover = "Bună ziua,\n\nVă transmitem adresa atașată.\n\nSCCI - IPJ Timiș\n"
    body = multipart("mixed", [text(cover), attachment(pdf, "612904.pdf")], "f05")
    msg = build(seed="f05", frm=addr("SCCI Timis", "sccit@tm.politiaromana.ro"), to=[TO_LEGAL],
                subject="Adresa 612904/18.11.2026", date=when(2026, 11, 18, 13, 36, 41),
                message_id="<f5c8a2d0-1e77-4c0a-b2a9-7d3e1f0c9a11@tm.politiaromana.ro>", body=body, extra=THUNDERBIRD)
    eml = deliver(msg, helo="mail.tm.politiaromana.ro", ip="192.0.2.40", t=t, rcpt=TO_LEGAL,
                  mail_from="sccit@tm.politiaromana.ro", dkim_domain="tm.politiaromana.ro", seed="f05")
    fields = {
        "authority": "INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ", "authority_kind": "police",
        "reference_number": "612.904", "reference_date": "2026-11-18", "case_number": "4410/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "tm.electro.deals"}, {"kind": "user_id", "value": "7102559"}],
        "requested_data": ["datele de identificare ale titularului",
                           "adresele IP de la care a fost accesat contul între 01.10.2026 și 15.11.2026",
                           "modalitățile de plată folosite"],
        "period": {"from": "2026-10-01", "to": "2026-11-15"},
        "response_channel": "electronic", "reply_to": "sccit@tm.politiaromana.ro",
        "signatory": "Comisar-șef de poliție Stoica Bogdan", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified", letter=letter,
                      accept={"reference_number": ["612904"]},
                      notes="defective, not forged: a genuine channel (listed domain, aligned DKIM) but the PDF "
                            "carries no signature at all, only '(L.S.)' printed; expected 'incomplete'")


@item
def le_f06_cj_private_person_signature():
    t = when(2026, 11, 27, 20, 55, 30)
    letter = """\
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ
K|Serviciul de Investigații Criminale
R|Nr. 391.660 din 27.11.2026

K|Către OKAZII.RO S.R.L.

În dosarul penal nr. 8950/P/2026, în temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați datele de identificare, numărul de telefon și adresa de livrare folosite de utilizatorul „elena.handmade.cj” în ultimele trei luni.

Răspunsul se va transmite la adresa sic@cj.politiaromana.ro.

S|Șef serviciu,
S|Comisar-șef de poliție
S|Mocanu Radu"""
    pdf = letter_pdf(letter, created=when(2026, 11, 27, 20, 30), title="391660", author="PC")
    pdf = sign_pdf(pdf, "pers_private_stanciu", reason="Semnat", location="Cluj-Napoca")
    cover = "Bună seara,\n\nVă rog să dați curs adresei atașate, semnată electronic.\n\nSIC - IPJ Cluj\n"
    body = multipart("mixed", [text(cover), attachment(pdf, "adresa_391660.pdf")], "f06")
    msg = build(seed="f06", frm=addr("SIC IPJ Cluj", "sic@cj.politiaromana.ro"), to=[TO_LEGAL],
                subject="Adresa 391660 - dosar 8950/P/2026", date=when(2026, 11, 27, 20, 55, 2),
                message_id="<AM9P195MB14329F0E1D2C3B4A5968778695A4@AM9P195MB1432.eurprd01.prod.cj.politiaromana.ro>",
                body=body, extra=OUTLOOK)
    eml = deliver(msg, helo="mail.cj.politiaromana.ro", ip="192.0.2.30", t=t, rcpt=TO_LEGAL,
                  mail_from="sic@cj.politiaromana.ro", dkim_domain="cj.politiaromana.ro", seed="f06")
    fields = {
        "authority": "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ", "authority_kind": "police",
        "reference_number": "391.660", "reference_date": "2026-11-27", "case_number": "8950/P/2026",
        "legal_basis": ["art. 170 CPP"], "subjects": [{"kind": "username", "value": "elena.handmade.cj"}],
        "response_channel": "electronic", "reply_to": "sic@cj.politiaromana.ro",
        "signatory": "Comisar-șef de poliție Mocanu Radu", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified", letter=letter,
                      accept={"reference_number": ["391660"]},
                      notes="compromised mailbox of a listed police domain (aligned DKIM passes); the PDF "
                            "signature is valid and chains to the trusted root, but the certificate is a PRIVATE "
                            "PERSON's (Stanciu Marian-Cosmin), not bound to any authority in signing_identities")


@item
def le_f07_unlisted_subdomain_unbound_officer():
    t = when(2026, 11, 26, 15, 12, 44)
    letter = """\
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN GIURGIU
K|Serviciul de Investigații Criminale
R|Nr. 77.140 din 26.11.2026

K|Către OKAZII.RO S.R.L.

În dosarul penal nr. 1203/P/2026, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor utilizatorului cu adresa de e-mail dunarea.auto.gr@yahoo.com.

Răspunsul se va transmite electronic, la adresa sic@gr.politiaromana.ro.

S|Șef serviciu,
S|Comisar de poliție
S|Dinu Florin"""
    pdf = letter_pdf(letter, created=when(2026, 11, 26, 14, 40), title="77140", author="dinu.florin")
    pdf = sign_pdf(pdf, "pers_ipjgr_dinu", reason="Semnat electronic", location="Giurgiu")
    cover = "Bună ziua,\n\nVă transmitem adresa nr. 77.140 din 26.11.2026, semnată electronic.\n\nSIC - IPJ Giurgiu\n"
    body = multipart("mixed", [text(cover), attachment(pdf, "77140.pdf")], "f07")
    msg = build(seed="f07", frm=addr("SIC IPJ Giurgiu", "sic@gr.politiaromana.ro"), to=[TO_LEGAL],
                subject="Adresa 77140 - dosar 1203/P/2026", date=when(2026, 11, 26, 15, 12, 20),
                message_id="<3a9d0c21-64e0-4f7b-a1f5-2b8e7c9d0f34@gr.politiaromana.ro>", body=body, extra=THUNDERBIRD)
    eml = deliver(msg, helo="mail.gr.politiaromana.ro", ip="192.0.2.70", t=t, rcpt=TO_LEGAL,
                  mail_from="sic@gr.politiaromana.ro", dkim_domain="gr.politiaromana.ro", seed="f07")
    fields = {
        "authority": "INSPECTORATUL DE POLIȚIE JUDEȚEAN GIURGIU", "authority_kind": "police",
        "reference_number": "77.140", "reference_date": "2026-11-26", "case_number": "1203/P/2026",
        "legal_basis": ["art. 170 CPP"], "subjects": [{"kind": "email", "value": "dunarea.auto.gr@yahoo.com"}],
        "response_channel": "electronic", "reply_to": "sic@gr.politiaromana.ro",
        "signatory": "Comisar de poliție Dinu Florin", "urgent": False,
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified", letter=letter,
                      accept={"reference_number": ["77140"]},
                      notes="DKIM by gr.politiaromana.ro, a subdomain the registry does not list (only "
                            "politiaromana.ro itself and five county subdomains are), and a PDF signed by an "
                            "officer certificate that is bound to no authority; the registry has no IPJ Giurgiu")


@item
def le_f08_spoofed_mpublic_replyto_yahoo():
    t = when(2026, 12, 1, 7, 58, 12)
    letter = """\
B|ROMÂNIA
B|MINISTERUL PUBLIC
B|PARCHETUL DE PE LÂNGĂ TRIBUNALUL BUCUREȘTI
K|Dosar nr. 3318/P/2026
R|Nr. 4.402/II/2/2026 din 30.11.2026

K|Către OKAZII.RO S.R.L.

În baza art. 170 C.p.p., vă solicităm să ne comunicați toate datele deținute cu privire la utilizatorii „auto.parts.bucuresti” și „gabriela_m_1990”: date de identificare, adrese de e-mail, numere de telefon, adrese IP, conturi bancare.

Răspunsul se transmite prin e-mail, în termen de 48 de ore.

S|Prim-procuror adjunct,
S|Teodorescu Mihaela"""
    pdf = letter_pdf(letter, created=when(2026, 11, 30, 21, 5), title="4402", author="Admin")
    cover = ("Bună ziua,\n\nVă transmitem adresa atașată. Vă rugăm să răspundeți la adresa de reply, "
             "căsuța instituțională fiind în mentenanță.\n\nRegistratura PTB\n")
    body = multipart("mixed", [text(cover), attachment(pdf, "adresa 4402.pdf")], "f08")
    msg = build(seed="f08", frm=addr("Registratura Parchetul de pe lângă Tribunalul București",
                                     "registratura.ptb@mpublic.ro"), to=[TO_LEGAL],
                reply_to="ptb.registratura@yahoo.com", subject="Adresa 4402/II/2/2026 - dosar 3318/P/2026",
                date=when(2026, 12, 1, 7, 57, 50), message_id="<1764568670.441@mpublic.ro>", body=body)
    eml = deliver(msg, helo="mpublic.ro", rdns="static-203-0-113-91.example.org", ip="203.0.113.91", t=t,
                  rcpt=TO_LEGAL, mail_from="registratura.ptb@mpublic.ro", seed="f08")
    fields = {
        "authority": "PARCHETUL DE PE LÂNGĂ TRIBUNALUL BUCUREȘTI", "authority_kind": "prosecutor",
        "reference_number": "4.402/II/2/2026", "reference_date": "2026-11-30", "case_number": "3318/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "auto.parts.bucuresti"},
                     {"kind": "username", "value": "gabriela_m_1990"}],
        "response_channel": "electronic", "signatory": "Prim-procuror adjunct Teodorescu Mihaela",
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified", letter=letter,
                      accept={"reference_number": ["4402/II/2/2026"]},
                      notes="From spoofs mpublic.ro (p=reject) from a foreign IP, no DKIM; Reply-To diverted to "
                            "yahoo.com; unsigned PDF")


@item
def le_f09_display_name_spoof_outlook():
    t = when(2026, 11, 21, 10, 30, 44)
    letter = """\
B|ROMÂNIA
B|MINISTERUL PUBLIC
B|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 BUCUREȘTI
K|Dosar nr. 6021/P/2026
R|Nr. 2.402/II/2/2026 din 21.11.2026

K|Către OKAZII.RO S.R.L.

În baza art. 170 alin. (2) lit. b) C.pr.pen., vă solicităm să ne comunicați datele de identificare și de contact, precum și adresele IP ale utilizatorului „cristi.phone.shop”.

Datele vor fi transmise pe suport electronic, la adresa de la care ați primit prezenta.

S|PROCUROR,
S|Andreea Vasilescu"""
    pdf = letter_pdf(letter, created=when(2026, 11, 21, 10, 0), title="ordonanta", author="PJS3",
                     creator="LibreOffice 7.6", condensed=True)
    pdf = sign_pdf(pdf, "pers_private_stanciu", reason="Semnătură calificată", location="București")
    cover = "Bună ziua,\n\nVă transmitem adresa atașată, semnată electronic calificat.\n\nRegistratura PJS3\n"
    body = multipart("mixed", [text(cover), attachment(pdf, "adresa_2402.pdf")], "f09")
    msg = build(seed="f09", frm='"registratura.pjs3@mpublic.ro" <registratura.pjs3.mpublic@outlook.com>',
                to=[TO_LEGAL], subject="Adresa 2.402/II/2/2026 - dosar 6021/P/2026", date=when(2026, 11, 21, 10, 30, 20),
                message_id="<PAXP193MB2123E0A1B2C3D4E5F60718293A4B@PAXP193MB2123.EURP193.PROD.OUTLOOK.COM>",
                body=body)
    eml = deliver(msg, helo="EUR05-AM6-obe.outbound.protection.outlook.com", ip="198.51.100.195", t=t,
                  rcpt=TO_LEGAL, mail_from="registratura.pjs3.mpublic@outlook.com", dkim_domain="outlook.com",
                  seed="f09")
    fields = {
        "authority": "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 BUCUREȘTI", "authority_kind": "prosecutor",
        "reference_number": "2.402/II/2/2026", "reference_date": "2026-11-21", "case_number": "6021/P/2026",
        "legal_basis": ["art. 170 CPP"], "subjects": [{"kind": "username", "value": "cristi.phone.shop"}],
        "response_channel": "electronic", "signatory": "Procuror Andreea Vasilescu",
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified", letter=letter,
                      accept={"reference_number": ["2402/II/2/2026"]},
                      notes="display-name spoofing: the display name is a real prosecutor's office address, the "
                            "address is outlook.com (valid DKIM); the PDF is validly signed by a private person's "
                            "qualified certificate")


@item
def le_f10_modified_after_signature():
    t = when(2026, 11, 29, 12, 0, 3)
    letter = """\
B|ROMÂNIA
B|MINISTERUL PUBLIC
B|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 BUCUREȘTI
K|Dosar nr. 5012/P/2026
R|Nr. 2.288/II/2/2026

T|ORDONANȚĂ
C|28 noiembrie 2026

Procuror Vasilescu Andreea, din cadrul Parchetului de pe lângă Judecătoria Sectorului 3 București, în temeiul art. 170 alin. (2) lit. b) C.pr.pen.,

T|DISPUN:

Obligarea OKAZII.RO S.R.L. să comunice datele de identificare și jurnalele de conectare ale utilizatorului „ion_bazar”.

Datele vor fi transmise pe suport electronic, la adresa registratura.pjs3@mpublic.ro.

S|PROCUROR,
S|Andreea Vasilescu"""
    pdf = letter_pdf(letter, created=when(2026, 11, 28, 11, 0), title="Ordonanta", author="PJS3",
                     creator="LibreOffice 7.6", condensed=True)
    pdf = sign_pdf(pdf, "seal_pjs3", reason="Sigiliu calificat PJS3", location="București")
    pdf = append_text_revision(pdf, "și ale utilizatorului „marius.trade.ro”, inclusiv datele cardurilor salvate.",
                               x=62, y=430)
    cover = ("Bună ziua,\n\nVă retransmitem ordonanța din dosarul nr. 5012/P/2026, completată: vă rugăm să "
             "comunicați datele utilizatorilor „ion_bazar” și „marius.trade.ro”.\n\nRegistratura PJS3\n")
    body = multipart("mixed", [text(cover), attachment(pdf, "Ordonanta 5012-P-2026 completata.pdf")], "f10")
    msg = build(seed="f10", frm=addr("Registratura PJS3", "registratura.pjs3@mpublic.ro"), to=[TO_LEGAL],
                subject="Ordonanță completată - dosar 5012/P/2026", date=when(2026, 11, 29, 11, 59, 40),
                message_id="<1502277310.5530.1764410380112.JavaMail.zimbra@mpublic.ro>", body=body, extra=ZIMBRA)
    eml = deliver(msg, helo="mta2.mpublic.ro", ip="198.51.100.11", t=t, rcpt=TO_LEGAL,
                  mail_from="registratura.pjs3@mpublic.ro", dkim_domain="mpublic.ro", seed="f10")
    fields = {
        "authority": "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 BUCUREȘTI", "authority_kind": "prosecutor",
        "reference_number": "2.288/II/2/2026", "reference_date": "2026-11-28", "case_number": "5012/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "ion_bazar"}, {"kind": "username", "value": "marius.trade.ro"}],
        "response_channel": "electronic", "reply_to": "registratura.pjs3@mpublic.ro",
        "signatory": "Procuror Andreea Vasilescu",
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified",
                      accept={"reference_number": ["2288/II/2/2026"]},
                      notes="genuine channel and a genuinely sealed PDF, but an incremental update AFTER the "
                            "signature adds a second user (marius.trade.ro) to page 1; that user is not in the "
                            "signed revision")


@item
def le_f11_replayed_old_signed_pdf():
    t = when(2026, 11, 30, 21, 40, 9)
    old_letter = """\
B|ROMANIA
B|MINISTERUL AFACERILOR INTERNE
B|DIRECTIA GENERALA DE POLITIE A MUNICIPIULUI BUCURESTI
B|SECTIA 14 POLITIE
R|Nr. 198221 din 14.IX.2026

K|CATRE OKAZII.RO S.R.L.

In dosarul penal nr. 8120/P/2026, in temeiul art. 170 C.p.p., va rugam sa ne comunicati datele de identificare ale utilizatorului telefoane.second.hand.

S|SEFUL SECTIEI 14 POLITIE
S|Comisar-sef de politie
S|ENE CRISTIAN"""
    pdf = letter_pdf(old_letter, family="sans", created=when(2026, 9, 14, 10, 0), title="adresa okazii",
                     author="ene.cristian")
    pdf = sign_pdf(pdf, "pers_dgpmb_ene", reason="Semnat", location="Bucuresti", visible=True)
    body_txt = """Buna seara,

Revenim cu o noua solicitare, Nr. 230117 din 30.11.2026, in dosarul penal nr. 12990/P/2026. In temeiul art. 170 C.p.p., va rugam sa ne comunicati urgent datele de identificare, adresele IP si datele de plata ale utilizatorului crypto_trader_ro si ale titularului adresei de e-mail btc.exchange.ro@protonmail.com.

Adresa semnata electronic este atasata (semnatura dvs. o puteti verifica in Adobe).

Raspundeti la aceasta adresa de e-mail.

Comisar-sef de politie ENE CRISTIAN
Sectia 14 Politie
"""
    body = multipart("mixed", [text(body_txt, charset="us-ascii", cte="7bit"), attachment(pdf, "adresa_semnata.pdf")],
                     "f11")
    msg = build(seed="f11", frm=addr("Sectia 14 Politie", "s14.judiciar@b.politiaromana.ro"), to=[TO_LEGAL],
                subject="solicitare urgenta - dosar 12990/P/2026", date=when(2026, 11, 30, 21, 39, 50),
                message_id="<000a01dc6212$77c0e2a0$6742a7e0$@b.politiaromana.ro>", body=body, extra=OUTLOOK)
    eml = deliver(msg, helo="smtp.b.politiaromana.ro", ip="192.0.2.20", t=t, rcpt=TO_LEGAL,
                  mail_from="s14.judiciar@b.politiaromana.ro", dkim_domain="b.politiaromana.ro", seed="f11")
    fields = {
        "authority_kind": "police",
        "reference_number": "230117", "reference_date": "2026-11-30", "case_number": "12990/P/2026",
        "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "crypto_trader_ro"},
                     {"kind": "email", "value": "btc.exchange.ro@protonmail.com"}],
        "response_channel": "electronic", "urgent": True,
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified",
                      notes="compromised (or careless) genuine mailbox: the request is in the unsigned body; the "
                            "attached, validly signed PDF is an older letter for another case (8120/P/2026) and "
                            "another user")


@item
def le_f12_copied_dkim_broken_body():
    t = when(2026, 12, 2, 16, 22, 51)

    def mk(user):
        letter = f"""Buna ziua,

Inspectoratul de Politie Judetean Cluj - Serviciul de Investigare a Criminalitatii Economice, in dosarul penal nr. 8812/P/2026, in temeiul art. 170 C.p.p., va roaga sa comunicati datele de identificare, adresa de e-mail, numarul de telefon si adresele IP ale utilizatorului "{user}".

Nr. 387990 din 02.12.2026

Raspunsul se transmite la sice@cj.politiaromana.ro.

Sef serviciu,
Comisar-sef de politie
RUSU DAN-MIHAI
"""
        return letter, build(seed="f12", frm=addr("IPJ Cluj - SICE", "sice@cj.politiaromana.ro"), to=[TO_LEGAL],
                             subject="Adresa nr. 387990 din 02.12.2026", date=when(2026, 12, 2, 16, 22, 20),
                             message_id="<AM9P195MB1432B7C6D5E4F3A2B1C0D9E8F7A6@AM9P195MB1432.eurprd01.prod.cj.politiaromana.ro>",
                             body=text(letter, charset="us-ascii", cte="7bit"), extra=OUTLOOK)

    from mailkit import dkim_sign
    _, original = mk("radu.vinde.masini")
    sig = dkim_sign(original, "cj.politiaromana.ro", when(2026, 12, 2, 16, 22, 25))
    letter, altered = mk("flavia_boutique_cj")
    eml = deliver(altered, helo="mail.cj.politiaromana.ro", rdns="unknown", ip="203.0.113.50", t=t, rcpt=TO_LEGAL,
                  mail_from="sice@cj.politiaromana.ro", dkim_header=sig, seed="f12")
    fields = {
        "authority_kind": "police", "reference_number": "387990", "reference_date": "2026-12-02",
        "case_number": "8812/P/2026", "legal_basis": ["art. 170 CPP"],
        "subjects": [{"kind": "username", "value": "flavia_boutique_cj"}],
        "response_channel": "electronic", "reply_to": "sice@cj.politiaromana.ro",
        "signatory": "Comisar-sef de politie RUSU DAN-MIHAI",
    }
    return eml, truth("law_enforcement", fields, genuine=False, expect="not_verified", letter=letter,
                      notes="a real DKIM-Signature of cj.politiaromana.ro copied over a body that was changed "
                            "(other user): body hash fails; sent from an IP outside the domain's SPF")


# ===========================================================================
# citizens, companies, robots
# ===========================================================================

HELO = {"gmail.com": "mail-ed1-f48.google.com", "yahoo.com": "sonic301-21.consmr.mail.ir2.yahoo.com",
        "outlook.com": "EUR03-DBA-obe.outbound.protection.outlook.com"}


def citizen(seed, *, frm, domain, to, subject, date, body, extra=None, dkim_ok=True, reply_to=None, cc=None,
            ip=None, helo=None, mail_from=None, sender_hops=None, lf=False, **kw):
    from mailkit import IDENT
    msg = build(seed=seed, frm=frm, to=to, subject=subject, date=date, message_id=kw.pop("message_id"),
                body=body, extra=extra, reply_to=reply_to, cc=cc, subject_charset=kw.pop("subject_charset", "utf-8"))
    ips = IDENT["dns"].get(domain, {}).get("ips", ["203.0.113.200"])
    env_from = mail_from if mail_from is not None else re.search(r"<?([^<>\s]+@[^<>\s]+)>?\s*$", frm).group(1)
    eml = deliver(msg, helo=helo or HELO.get(domain, f"mail.{domain}"), ip=ip or ips[0],
                  t=date + kw.pop("delay", __import__("datetime").timedelta(seconds=21)), rcpt=to[0],
                  mail_from=env_from, dkim_domain=domain if dkim_ok else None, seed=seed, sender_hops=sender_hops)
    return eml.replace(b"\r\n", b"\n") if lf else eml


def tiny_png(caption: str) -> bytes:
    import io as _io

    from PIL import Image, ImageDraw
    im = Image.new("RGB", (360, 60), "white")
    ImageDraw.Draw(im).text((10, 20), caption, fill="black")
    buf = _io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def amount(v, cur="RON"):
    return {"value": v, "currency": cur}


# ===========================================================================
# COMPLAINTS
# ===========================================================================

@item
def co01_nelivrat_fara_diacritice():
    body = """Buna ziua,

Va scriu pentru ca pe 28 octombrie am cumparat de pe okazii un telefon Samsung Galaxy S23 de la vanzatorul telefoane_ieftine_bv, comanda nr. 61234587, si am platit 2.350 lei cu cardul, cu Garantia de Livrare inclusa. Au trecut 3 saptamani si nu am primit nimic. Vanzatorul mi-a dat un numar de AWB care nu exista pe site-ul curierului, iar de o saptamana nu imi mai raspunde la mesaje.

Va rog sa imi returnati banii prin Garantia de Livrare.

Multumesc,
Andreea Ilie
0745 112 903
"""
    eml = citizen("co01", frm=addr("Andreea Ilie", "andreea.ilie.92@gmail.com"), domain="gmail.com",
                  to=[TO_SESIZARI], subject="reclamatie comanda 61234587 - produs nelivrat",
                  date=when(2026, 11, 18, 21, 7, 33), message_id="<CAF8kz1Qm2r0Pn9xT4b=S0eW7yU3vH6gLd1@mail.gmail.com>",
                  body=multipart("alternative", [text(body, charset="UTF-8", cte="7bit"),
                                                 text("<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div>",
                                                      "html", charset="UTF-8", cte="7bit")], "co01"),
                  sender_hops=[gmail_hop(when(2026, 11, 18, 21, 7, 34), "co01")])
    fields = {"complainant": "Andreea Ilie", "transaction_id": "61234587", "counterparty": "telefoane_ieftine_bv",
              "amount": amount("2350.00"), "delivery_guarantee": True, "issue": "not_delivered",
              "proposed_resolution": "Va rog sa imi returnati banii prin Garantia de Livrare",
              "contact": {"phone": "0745 112 903"}}
    return eml, truth("complaint", fields, accept={"complainant": ["andreea.ilie.92@gmail.com"],
                                                   "proposed_resolution": ["sa imi returnati banii prin Garantia de Livrare",
                                                                           "returnarea banilor"]},
                      notes="plain Romanian without diacritics, amount with a thousands dot, phone in the signature")


@item
def co02_teapa_html_yahoo_eur():
    html = """<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">
<div>Bună ziua,</div><div><br></div>
<div>Cred că am luat o țeapă și vreau să vă anunț ca să nu mai pățească și alții. Am găsit pe Okazii o bicicletă electrică Cube, vânzătorul <b>ebike_deals_eu</b>. Vânzătorul mi-a scris pe WhatsApp că bicicleta e în Germania și că e mai simplu să plătesc direct prin transfer bancar, „ca să nu mai plătim comisionul”.</div>
<div><br></div><div>Am trimis 800 EUR pe 12 noiembrie. De atunci telefonul e închis și anunțul a dispărut.</div>
<div><br></div><div>Vă rog să verificați contul acestui vânzător și să mă ajutați cu ce se poate. Am depus și plângere la poliție.</div>
<div><br></div><div>Mulțumesc,</div><div>Cristina Vasiliu</div></div></body></html>"""
    eml = citizen("co02", frm=addr("Cristina Vasiliu", "cristina_vasiliu@yahoo.com"), domain="yahoo.com",
                  to=[TO_SESIZARI], subject="țeapă bicicletă electrică", date=when(2026, 11, 20, 8, 44, 10),
                  message_id="<1882913044.4412871.1763621050221@mail.yahoo.com>",
                  body=text(html, "html", cte="quoted-printable"),
                  extra=[("X-Mailer", "WebService/1.1.24562 YMailNorrin")])
    fields = {"complainant": "Cristina Vasiliu", "counterparty": "ebike_deals_eu", "amount": amount("800.00", "EUR"),
              "delivery_guarantee": False, "issue": "fraud_suspected"}
    return eml, truth("complaint", fields, accept={"complainant": ["cristina_vasiliu@yahoo.com"]},
                      notes="HTML-only, payment outside the platform (so no Delivery Guarantee), EUR, no order "
                            "number; 'Am depus și plângere la poliție' must not make it law enforcement")


@item
def co03_cedila_vanzator_nu_raspunde():
    body = """Bună ziua,

Pe data de 14.11.2026 am plătit comanda nr. 58200113 (un aspirator robot Roborock, 460 lei, cu Garanţia de Livrare). De atunci comanda figurează "în curs de expediere", iar vânzătorul casa_smart_shop nu mai răspunde nici la mesajele de pe platformă, nici la telefon.

Vă rog să interveniţi. Dacă nu se poate livra, vreau anularea comenzii şi banii înapoi.

Cu stimă,
Ioana Ştefănescu
"""
    eml = citizen("co03", frm=addr("Ioana Ştefănescu", "ioana.stefanescu@outlook.com", "iso-8859-2"),
                  domain="outlook.com", to=[TO_SESIZARI], subject="Vânzătorul nu mai răspunde - comanda 58200113",
                  subject_charset="iso-8859-2", date=when(2026, 11, 26, 12, 15, 0),
                  message_id="<DU2P251MB0412A5B6C7D8E9F0A1B2C3D4E5F6@DU2P251MB0412.EURP251.PROD.OUTLOOK.COM>",
                  body=text(body, charset="iso-8859-2", cte="quoted-printable"))
    fields = {"complainant": "Ioana Ştefănescu", "transaction_id": "58200113", "counterparty": "casa_smart_shop",
              "amount": amount("460.00"), "delivery_guarantee": True, "issue": "no_answer"}
    return eml, truth("complaint", fields, accept={"complainant": ["ioana.stefanescu@outlook.com"],
                                                   "issue": ["not_delivered"]},
                      notes="ISO-8859-2 with cedilla letters (ş ţ) in body and encoded-word headers")


@item
def co04_reply_to_ticket_quoted():
    body = """Buna ziua,

Revin cu detaliile cerute. Comanda este 70311245, vanzatorul mobila_direct_ro, am platit 1.299,99 lei prin card pe 3 noiembrie pentru o comoda. Mi-au trimis AWB 1029384756, dar pe site-ul curierului scrie ca expeditia a fost anulata de expeditor. Pe 25 noiembrie tot nu am primit comoda.

Va atasez captura cu plata.

Mihai Radulescu

On Mon, Nov 24, 2026 at 10:12 AM Asistenta Clienti Okazii <suport@okazii.ro> wrote:
> Buna ziua,
>
> Va multumim pentru mesaj. Pentru a analiza reclamatia, va rugam sa ne comunicati numarul comenzii, numele de utilizator al vanzatorului si data platii. Daca ati achitat cu Garantia de Livrare, mentionati acest lucru.
>
> Cu stima,
> Echipa Okazii
"""
    png = tiny_png("Plata card 1.299,99 RON - OK")
    eml = citizen("co04", frm=addr("Mihai Radulescu", "mihai.radulescu77@gmail.com"), domain="gmail.com",
                  to=[TO_SUPPORT], subject="Re: [Ticket #482210] Reclamatie comanda",
                  date=when(2026, 11, 25, 18, 31, 2), message_id="<CAOq1m7+Xr3sd0v=Tn2Wb8Yp5Zc4Ae1Fg9h@mail.gmail.com>",
                  body=multipart("mixed", [text(body, charset="UTF-8", cte="7bit"),
                                           attachment(png, "plata.png", "image/png")], "co04"),
                  extra=[("In-Reply-To", "<ticket-482210-2@okazii.ro>"), ("References", "<ticket-482210-1@okazii.ro> <ticket-482210-2@okazii.ro>")])
    fields = {"complainant": "Mihai Radulescu", "transaction_id": "70311245", "counterparty": "mobila_direct_ro",
              "amount": amount("1299.99"), "issue": "not_delivered"}
    return eml, truth("complaint", fields, accept={"complainant": ["mihai.radulescu77@gmail.com"]},
                      notes="reply to our own ticket (quoted support text mentions the Delivery Guarantee, so "
                            "that key is left out); ticket number and AWB are not the order number; "
                            "amount 1.299,99 with decimal comma")


@item
def co05_seller_fake_payment():
    body = """Bună ziua,

Suntem Electrocasnice Vlad SRL și vindem pe Okazii sub utilizatorul electrocasnice_vlad.

Vă semnalăm o tentativă de fraudă: cumpărătorul cumparator_rapid77 a plasat comanda nr. 63377120 pentru o mașină de spălat Bosch, în valoare de 4.199 lei, apoi ne-a trimis pe e-mail o „confirmare de plată” de la bancă, evident falsificată (suma nu a intrat în cont), cerând să expediem urgent marfa la o altă adresă decât cea din comandă. Nu am expediat produsul.

Vă rugăm să verificați contul cumpărătorului și să-l suspendați, ca să nu mai păcălească și alți vânzători.

Cu stimă,
Vlad Pop
Administrator
Electrocasnice Vlad SRL
tel. 0264 440 118
"""
    eml = citizen("co05", frm=addr("Electrocasnice Vlad - Vanzari", "vanzari@electrocasnice-vlad.ro"),
                  domain="electrocasnice-vlad.ro", to=[TO_SESIZARI], subject="Reclamație - tentativă de fraudă comanda 63377120",
                  date=when(2026, 11, 21, 10, 2, 15), message_id="<8f1e0c2a-33b4-4d5f-9a60-1b7c8d9e0f21@electrocasnice-vlad.ro>",
                  body=text(body, cte="quoted-printable"), extra=THUNDERBIRD)
    fields = {"transaction_id": "63377120", "counterparty": "cumparator_rapid77", "amount": amount("4199.00"),
              "issue": "fraud_suspected", "contact": {"phone": "0264 440 118"}}
    return eml, truth("complaint", fields, accept={},
                      notes="the SELLER complains about a buyer (fake payment proof); complainant omitted "
                            "(company, its username and a person all plausible)")


@item
def co06_english_moldova():
    body = """Hello,

I live in Chisinau and bought a retro game console on okazii.ro from the seller retro_console_shop (order no. 64120098, 6 November 2026). I paid 480 lei by card and chose the Delivery Guarantee. The parcel never arrived and the seller does not reply any more.

Could you please look into it and refund me?

Best regards,
Victor Ciobanu
"""
    eml = citizen("co06", frm=addr("Victor Ciobanu", "victor.ciobanu.md@outlook.com"), domain="outlook.com",
                  to=[TO_SUPPORT], subject="Complaint - order 64120098 not delivered", date=when(2026, 11, 27, 9, 5, 40),
                  message_id="<AM7P190MB0611C3D4E5F6A7B8C9D0E1F2A3B4@AM7P190MB0611.EURP190.PROD.OUTLOOK.COM>",
                  body=text(body, charset="us-ascii", cte="7bit"))
    fields = {"complainant": "Victor Ciobanu", "transaction_id": "64120098", "counterparty": "retro_console_shop",
              "amount": amount("480.00"), "delivery_guarantee": True, "issue": "not_delivered"}
    return eml, truth("complaint", fields, accept={"complainant": ["victor.ciobanu.md@outlook.com"]},
                      notes="English complaint from abroad, Delivery Guarantee named in English")


@item
def co07_cp1250_two_orders():
    body = """Bună ziua,

Am făcut două comenzi de la acelaşi vânzător, outlet_incaltaminte: nr. 59001234 (ghete, 450 lei) şi nr. 59001290 (adidaşi, 270 lei), plătite pe 2 noiembrie. Nu am primit niciuna, deşi vânzătorul le-a marcat „expediate”. Curierul spune că nu are niciun colet pe numele meu.

Vă rog să verificaţi ce se întâmplă şi să îmi spuneţi ce pot face.

Mulţumesc,
Adrian Neagu
"""
    eml = citizen("co07", frm=addr("Adrian Neagu", "adrian.neagu@yahoo.com"), domain="yahoo.com", to=[TO_SESIZARI],
                  subject="Comenzi nelivrate", date=when(2026, 11, 24, 16, 50, 30),
                  message_id="<1101922776.223411.1763995830004@mail.yahoo.com>",
                  body=text(body, charset="windows-1250", cte="8bit"))
    fields = {"complainant": "Adrian Neagu", "counterparty": "outlet_incaltaminte", "issue": "not_delivered"}
    return eml, truth("complaint", fields, accept={"complainant": ["adrian.neagu@yahoo.com"]},
                      notes="Windows-1250 in 8bit, two orders with two amounts (transaction and amount left out)")


@item
def co08_avocat_labelled():
    body = """Stimată doamnă / Stimate domn,

Subsemnatul av. Dan Mureșan, în calitate de avocat al clientului meu, dl. Sorin Pavel (utilizator okazii: sorin.pavel.bv), formulez prezenta

RECLAMAȚIE

privind următoarea tranzacție:

Număr comandă: 71004522
Vânzător (utilizator): hifi_audio_premium
Valoare: 5.600,00 lei
Garanția de Livrare: da
Problema: produsul nu a fost livrat; vânzătorul și-a închis contul după încasarea banilor
Soluția solicitată: restituirea integrală a sumei de 5.600,00 lei

Vă rugăm să ne comunicați, în termen de 15 zile, modul de soluționare. Ne rezervăm dreptul de a formula plângere penală și de a ne adresa instanței.

Anexăm împuternicirea avocațială.

Cu considerație,
av. Dan Mureșan
Cabinet de Avocat Dan Mureșan, Baroul Brașov
"""
    pdf = letter_pdf("T|ÎMPUTERNICIRE AVOCAȚIALĂ\nSeria BV nr. 118402 / 2026\nClientul Sorin Pavel împuternicește "
                     "pe av. Dan Mureșan să îl reprezinte în relația cu OKAZII.RO S.R.L.",
                     created=when(2026, 11, 28, 9, 0), title="imputernicire")
    eml = citizen("co08", frm=addr("Cabinet Avocat Dan Mureșan", "office@avocat-muresan.ro"), domain="avocat-muresan.ro",
                  to=[TO_LEGAL], cc=[TO_SESIZARI], subject="Reclamație - comanda 71004522 - client Sorin Pavel",
                  date=when(2026, 11, 28, 9, 40, 2), message_id="<20261128074002.3F2A1C0B9D@avocat-muresan.ro>",
                  body=multipart("mixed", [text(body), attachment(pdf, "imputernicire.pdf")], "co08"))
    fields = {"complainant": "Sorin Pavel", "transaction_id": "71004522", "counterparty": "hifi_audio_premium",
              "amount": amount("5600.00"), "delivery_guarantee": True, "issue": "not_delivered",
              "proposed_resolution": "restituirea integrală a sumei de 5.600,00 lei"}
    return eml, truth("complaint", fields,
                      accept={"complainant": ["sorin.pavel.bv", "Dan Mureșan", "av. Dan Mureșan",
                                              "office@avocat-muresan.ro"],
                              "issue": ["fraud_suspected"]},
                      notes="a lawyer's formal complaint to the legal mailbox, labelled fields; legal wording "
                            "(Subsemnatul, plângere penală, instanță) must not make it law enforcement")


@item
def co09_phishing_link_typos():
    body = """buna ziua am fost inselata!!!

am pus anunt cu o canapea extensibila si m-a contactat un cumparator maria_cumparatoare22 care zice ca a platit deja prin okazii si ca trebuie sa intru pe un link sa primesc banii. mi-a trimis pe whatsapp linkul okazii-livrare-sigura.com/plata si acolo am bagat datele de la card ca sa "primesc" banii si in loc sa primesc mi-au luat 3.480,50 lei din cont!!!

am sunat la banca si mi-au blocat cardul. va rog frumos blocati-l pe omu asta si spuneti-mi daca pot sa-mi recuperez banii

Elena Marin
tel 0766 301 228
"""
    eml = citizen("co09", frm="elena.marin.1979@yahoo.com", domain="yahoo.com", to=[TO_SUPPORT],
                  subject="ajutor furt bani", date=when(2026, 11, 29, 23, 12, 48),
                  message_id="<99120448.8812041.1764450768120@mail.yahoo.com>",
                  body=text(body, charset="us-ascii", cte="7bit"), extra=[("X-Mailer", "YahooMailAndroidMobile")])
    fields = {"counterparty": "maria_cumparatoare22", "amount": amount("3480.50"), "issue": "fraud_suspected",
              "contact": {"phone": "0766 301 228"}}
    return eml, truth("complaint", fields, accept={},
                      notes="phishing of a seller through a fake payment link, lower case, typos; no order number")


@item
def co10_forward_father():
    body = """Buna ziua,

Va trimit mai jos mesajul tatalui meu, care nu se descurca cu e-mailul. Va rog sa ma contactati pe mine pe adresa aceasta sau la 0721 508 441.

Ana Oprea

---------- Forwarded message ---------
From: Vasile Oprea <vasile.oprea53@gmail.com>
Date: Wed, 2 Dec 2026 at 19:40
Subject: flexul
To: Ana Oprea <ana.oprea.cj@gmail.com>

Ana, uite ce am scris, trimite tu la okazii:
Am comandat un flex Makita de la scule_profesionale_ro, comanda 66700821, am dat 890 lei, au trecut 3 saptamani si nu a venit. Vanzatorul nu mai raspunde. Vreau banii inapoi.
Vasile Oprea
"""
    eml = citizen("co10", frm=addr("Ana Oprea", "ana.oprea.cj@gmail.com"), domain="gmail.com", to=[TO_SESIZARI],
                  subject="Fwd: flexul", date=when(2026, 12, 2, 20, 3, 11),
                  message_id="<CAM4nF0+ZpQ2wR7=xK1vYb9Tc3Hd8Ue6Lj5@mail.gmail.com>",
                  body=text(body, charset="UTF-8", cte="7bit"))
    fields = {"transaction_id": "66700821", "counterparty": "scule_profesionale_ro", "amount": amount("890.00"),
              "issue": "not_delivered", "contact": {"phone": "0721 508 441"}}
    return eml, truth("complaint", fields,
                      notes="a daughter forwards her father's complaint (who complains is ambiguous: left out)")


# ===========================================================================
# MEDIATION
# ===========================================================================

@item
def me01_telefon_nu_e_nou():
    body = """Bună ziua,

Am cumpărat de la mobile_zone_iasi un iPhone 14 Pro (comanda 60551237, 1.740 lei), descris în anunț ca „nou, sigilat, garanție 2 ani”. Telefonul a venit fără folie, cu 14 cicluri de încărcare și cu zgârieturi pe ramă, deci e clar folosit sau recondiționat. Produsul nu corespunde descrierii.

Vânzătorul zice că „așa vin din fabrică”. Vreau să returnez telefonul și să primesc banii înapoi; sunt de acord să-l trimit eu prin curier dacă vânzătorul plătește transportul.

Vă rog să mediați.

Răzvan Ciocan
"""
    eml = citizen("me01", frm=addr("Răzvan Ciocan", "razvan.ciocan@gmail.com"), domain="gmail.com", to=[TO_SESIZARI],
                  subject="Produs neconform - comanda 60551237", date=when(2026, 11, 19, 13, 22, 9),
                  message_id="<CAD3pG2+Lm8Qx1=Rz7Vn4Wt0Yb6Kc9Hs2Fa@mail.gmail.com>", body=text(body, charset="UTF-8",
                                                                                           cte="base64"))
    fields = {"complainant": "Răzvan Ciocan", "transaction_id": "60551237", "counterparty": "mobile_zone_iasi",
              "amount": amount("1740.00"), "issue": "not_as_described"}
    return eml, truth("mediation", fields, accept={"complainant": ["razvan.ciocan@gmail.com"]},
                      notes="not as described (used phone sold as new); base64 UTF-8 body")


@item
def me02_tv_spart():
    body = """Bună ziua,

Televizorul LG OLED 55" cumpărat de la vânzătorul tv_outlet_ro (tranzacția nr. 62019934, 2.100 lei) a ajuns cu ecranul crăpat în colțul din dreapta jos. Cutia era întreagă, deci probabil a fost ambalat prost. Am făcut poze la desfacere, în fața curierului, și le atașez.

Vânzătorul nu vrea să-l ia înapoi pentru că „transportul e riscul cumpărătorului”. Eu propun o soluție: păstrez televizorul (îl pot repara) dacă vânzătorul îmi returnează 300 de lei din preț.

Mulțumesc,
Liviu Dragomir
"""
    eml = citizen("me02", frm=addr("Liviu Dragomir", "liviu.dragomir@yahoo.com"), domain="yahoo.com",
                  to=[TO_SESIZARI], subject="dispută televizor deteriorat", date=when(2026, 11, 22, 17, 40, 55),
                  message_id="<77120995.5512045.1763826055001@mail.yahoo.com>",
                  body=multipart("mixed", [text(body), attachment(tiny_png("IMG_2231 ecran crapat"), "IMG_2231.png",
                                                                 "image/png")], "me02"))
    fields = {"complainant": "Liviu Dragomir", "transaction_id": "62019934", "counterparty": "tv_outlet_ro",
              "amount": amount("2100.00"), "issue": "damaged",
              "proposed_resolution": "păstrez televizorul (îl pot repara) dacă vânzătorul îmi returnează 300 de lei din preț"}
    return eml, truth("mediation", fields, accept={"complainant": ["liviu.dragomir@yahoo.com"],
                                                   "issue": ["return_refused"]},
                      notes="damaged in transit, buyer proposes a partial refund (two amounts: the price is the "
                            "transaction amount)")


@item
def me03_marime_gresita():
    body = """Buna ziua,

Am comandat ghete Timberland marimea 42 (comanda 65500213, 520 lei) de la vanzatorul shoes_factory_ro si am primit marimea 40. Pe eticheta cutiei scrie 42, dar pe talpa si pe limba gheatei scrie 40.

Nu vreau banii inapoi, as dori doar schimbarea cu marimea corecta. Vanzatorul nu mi-a raspuns inca, de aceea va scriu si dumneavoastra.

Multumesc,
Georgiana Lupu
"""
    eml = citizen("me03", frm=addr("Georgiana Lupu", "georgiana.lupu@outlook.com"), domain="outlook.com",
                  to=[TO_SUPPORT], subject="am primit alta marime", date=when(2026, 11, 23, 11, 5, 17),
                  message_id="<VI1P190MB0733D4E5F6A7B8C9D0E1F2A3B4C5@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM>",
                  body=text(body, charset="us-ascii", cte="7bit"))
    fields = {"complainant": "Georgiana Lupu", "transaction_id": "65500213", "counterparty": "shoes_factory_ro",
              "amount": amount("520.00"), "issue": "wrong_item",
              "proposed_resolution": "as dori doar schimbarea cu marimea corecta"}
    return eml, truth("mediation", fields, accept={"complainant": ["georgiana.lupu@outlook.com"],
                                                   "proposed_resolution": ["schimbarea cu marimea corecta"]},
                      notes="wrong item (size), exchange wanted, sent to support")


@item
def me04_retur_refuzat_oug():
    body = """Bună ziua,

Pe 16 noiembrie am cumpărat o geacă de iarnă de la magazinul fashion_depot_srl (comanda 67012230, 389 lei). Am primit-o pe 20 noiembrie, nu mi se potrivește și am cerut returul pe 23 noiembrie, în termenul de 14 zile prevăzut de OUG nr. 34/2014, art. 9.

Vânzătorul refuză returul, spunând că „produsele desigilate nu se returnează”, deși eticheta e încă pe geacă.

Vă rog să interveniți în această dispută. Propun să trimit geaca înapoi pe cheltuiala mea, iar vânzătorul să-mi restituie prețul.

Cu stimă,
Oana Pătrașcu
"""
    eml = citizen("me04", frm=addr("Oana Pătrașcu", "oana.patrascu@gmail.com"), domain="gmail.com", to=[TO_SESIZARI],
                  subject="Retur refuzat - comanda 67012230", date=when(2026, 11, 25, 20, 17, 3),
                  message_id="<CAE9xR4+Tn1Pq7=Wm3Kc8Vb2Zd5Hf0Ys6Gb@mail.gmail.com>",
                  body=text(body, charset="UTF-8", cte="quoted-printable"))
    fields = {"complainant": "Oana Pătrașcu", "transaction_id": "67012230", "counterparty": "fashion_depot_srl",
              "amount": amount("389.00"), "issue": "return_refused",
              "proposed_resolution": "Propun să trimit geaca înapoi pe cheltuiala mea, iar vânzătorul să-mi restituie prețul"}
    return eml, truth("mediation", fields,
                      accept={"complainant": ["oana.patrascu@gmail.com"],
                              "proposed_resolution": ["să trimit geaca înapoi pe cheltuiala mea, iar vânzătorul să-mi restituie prețul"]},
                      notes="return refused; cites 'OUG nr. 34/2014, art. 9' (not a law-enforcement basis)")


@item
def me05_seller_asks_mediation():
    body = """Bună ziua,

Sunt vânzătorul laptop_second_cj. Cumpărătorul andrei.p.2001 a primit laptopul Dell Latitude 7490 (comanda 68840017, 1.450 lei) și susține că nu corespunde descrierii din cauza unor zgârieturi pe capac. În anunț am scris clar „stare foarte bună, urme fine de utilizare pe capac” și am pus poze.

Cumpărătorul vrea să returneze laptopul. Ca să închidem amiabil, propun returnarea a 15% din preț (217,50 lei), iar cumpărătorul să păstreze laptopul. Dacă nu acceptă, sunt de acord cu returul, dar cu transportul plătit de el.

Vă rog să mediați disputa.

Cu stimă,
Cosmin Rus
"""
    eml = citizen("me05", frm=addr("Cosmin Rus", "cosmin.rus.cj@gmail.com"), domain="gmail.com", to=[TO_SESIZARI],
                  subject="Mediere - comanda 68840017", date=when(2026, 11, 27, 14, 9, 44),
                  message_id="<CAH1vW6+Bn4Ke9=Qz2Tx7Rm0Ly3Jp8Ud5Ns@mail.gmail.com>", body=text(body))
    fields = {"transaction_id": "68840017", "counterparty": "andrei.p.2001", "amount": amount("1450.00"),
              "issue": "not_as_described"}
    return eml, truth("mediation", fields, accept={},
                      notes="the seller asks for mediation; the buyer is the counterparty; two amounts (price "
                            "and proposed 15%)")


@item
def me06_baterie_html_alt():
    plain = """Buna ziua,

Laptopul MacBook Air M1 cumparat de la vanzatorul mac_store_timisoara (tranzactia 69100452, 2.900 lei) are sanatatea bateriei 61%, desi anuntul spunea "baterie peste 90%, 120 de cicluri". Am atasat captura din System Information: 847 de cicluri.

Produsul e neconform. Propun returul laptopului pe cheltuiala vanzatorului si restituirea integrala a pretului.

Multumesc,
Bianca Toader
"""
    html = ("<div>Buna ziua,</div><div><br></div><div>Laptopul MacBook Air M1 cumparat de la vanzatorul "
            "<b>mac_store_timisoara</b> (tranzactia 69100452, 2.900 lei) are sanatatea bateriei 61%, desi anuntul "
            "spunea &quot;baterie peste 90%, 120 de cicluri&quot;. Am atasat captura din System Information: 847 de "
            "cicluri.</div><div><br></div><div>Produsul e neconform. Propun returul laptopului pe cheltuiala "
            "vanzatorului si restituirea integrala a pretului.</div><div><br></div><div>Multumesc,<br>Bianca Toader"
            "</div>")
    eml = citizen("me06", frm=addr("Bianca Toader", "bianca.toader@outlook.com"), domain="outlook.com",
                  to=[TO_SESIZARI], subject="Neconformitate laptop - tranzactia 69100452",
                  date=when(2026, 11, 30, 10, 33, 21),
                  message_id="<PR3P190MB0922E5F6A7B8C9D0E1F2A3B4C5D6@PR3P190MB0922.EURP190.PROD.OUTLOOK.COM>",
                  body=multipart("alternative", [text(plain, charset="us-ascii", cte="7bit"),
                                                 text(html, "html", cte="quoted-printable")], "me06"))
    fields = {"complainant": "Bianca Toader", "transaction_id": "69100452", "counterparty": "mac_store_timisoara",
              "amount": amount("2900.00"), "issue": "not_as_described",
              "proposed_resolution": "Propun returul laptopului pe cheltuiala vanzatorului si restituirea integrala a pretului"}
    return eml, truth("mediation", fields,
                      accept={"complainant": ["bianca.toader@outlook.com"],
                              "proposed_resolution": ["returul laptopului pe cheltuiala vanzatorului si restituirea integrala a pretului"]},
                      notes="multipart/alternative, 'neconform', several numbers (61%, 90%, 847 cycles)")


@item
def me07_replici_cedila():
    body = """Bună ziua,

Am cumpărat de la sneakers_original_ro o pereche de Nike Air Jordan 1 (comanda 66012398, 890 lei), prezentaţi în anunţ drept "100% originali, cu factură". Am mers cu ei la un magazin autorizat şi mi s-a confirmat că sunt replici: cusăturile şi eticheta interioară nu corespund. Factura promisă nu a venit.

Produsul nu corespunde descrierii. Vreau să îi returnez şi să îmi primesc banii înapoi.

Ştefan Ionaşcu
"""
    eml = citizen("me07", frm=addr("Ştefan Ionaşcu", "stefan.ionascu@yahoo.com", "iso-8859-2"), domain="yahoo.com",
                  to=[TO_SESIZARI], subject="Adidaşi replici - comanda 66012398", subject_charset="iso-8859-2",
                  date=when(2026, 12, 1, 9, 12, 36), message_id="<552109871.3390122.1764573156009@mail.yahoo.com>",
                  body=text(body, charset="iso-8859-2", cte="8bit"))
    fields = {"complainant": "Ştefan Ionaşcu", "transaction_id": "66012398", "counterparty": "sneakers_original_ro",
              "amount": amount("890.00"), "issue": "not_as_described",
              "proposed_resolution": "Vreau să îi returnez şi să îmi primesc banii înapoi"}
    return eml, truth("mediation", fields,
                      accept={"complainant": ["stefan.ionascu@yahoo.com"],
                              "proposed_resolution": ["să îi returnez şi să îmi primesc banii înapoi"]},
                      notes="counterfeit sold as original: not as described (not 'fraud'); ISO-8859-2 8bit "
                            "with cedilla letters")


@item
def me08_reply_to_mediator():
    body = """Buna ziua,

Accept propunerea vanzatorului de a-mi returna 250 lei si pastrez obiectivul. Va rog sa inchideti disputa dupa ce primesc banii.

Sorina Dinu

-----Original Message-----
From: Mediere Okazii <mediere@okazii.ro>
Sent: Thursday, December 3, 2026 11:20 AM
To: sorina.dinu@gmail.com
Subject: Mediere disputa - tranzactia 69930114

Buna ziua,

In disputa privind tranzactia 69930114 (obiectiv Canon EF 50mm f/1.8, 690 lei), vanzatorul foto_pro_bucuresti recunoaste ca obiectivul are urme de ciuperca nementionate in anunt si propune returnarea a 250 lei, cumparatorul pastrand produsul, sau returul complet cu rambursarea integrala.

Va rugam sa ne comunicati optiunea dumneavoastra.

Echipa de mediere Okazii
"""
    eml = citizen("me08", frm=addr("Sorina Dinu", "sorina.dinu@gmail.com"), domain="gmail.com", to=["mediere@okazii.ro"],
                  subject="RE: Mediere disputa - tranzactia 69930114", date=when(2026, 12, 3, 12, 2, 47),
                  message_id="<CAK2zX8+Hv5Lm3=Pq9Wn1Ty6Rb4Ge7Jc0Da@mail.gmail.com>",
                  body=text(body, charset="us-ascii", cte="7bit"),
                  extra=[("In-Reply-To", "<mediere-69930114-3@okazii.ro>")])
    fields = {"complainant": "Sorina Dinu", "transaction_id": "69930114", "counterparty": "foto_pro_bucuresti",
              "amount": amount("690.00"), "issue": "not_as_described"}
    return eml, truth("mediation", fields, accept={"complainant": ["sorina.dinu@gmail.com"]},
                      notes="the buyer answers our mediator inside a quoted Outlook-style thread; the facts are in "
                            "the quoted part")


# ===========================================================================
# SUPPORT
# ===========================================================================

@item
def su01_reset_parola():
    body = """Bună ziua,

De ieri încerc să intru în cont și îmi spune că parola e greșită. Am apăsat pe „Am uitat parola” de trei ori, dar mailul de resetare nu vine, nici în Spam. Contul e pe adresa asta.

Puteți să-mi trimiteți linkul din nou sau să-mi spuneți ce altceva pot face?

Mulțumesc,
Doina Mihăilă
"""
    eml = citizen("su01", frm=addr("Doina Mihăilă", "doina.mihaila@yahoo.com"), domain="yahoo.com", to=[TO_SUPPORT],
                  subject="nu pot intra in cont", date=when(2026, 11, 30, 8, 2, 19),
                  message_id="<301928844.1120455.1764482539771@mail.yahoo.com>", body=text(body))
    return eml, truth("support", {}, notes="login problem, reset mail not arriving")


@item
def su02_telefon_pierdut_2fa():
    body = """Salut,

Mi-am pierdut telefonul și aveam verificarea în doi pași cu SMS pe numărul vechi. Acum am număr nou, 0758 223 901, dar nu mai pot confirma autentificarea. Ce acte trebuie să vă trimit ca să schimbați numărul în cont?

Bogdan Enache
user: bogdan_enache_tm
"""
    eml = citizen("su02", frm=addr("Bogdan Enache", "bogdan.enache.tm@gmail.com"), domain="gmail.com",
                  to=[TO_SUPPORT], subject="schimbare numar telefon verificare", date=when(2026, 12, 1, 13, 40, 2),
                  message_id="<CAB6yM3+Qw2Ez8=Ln5Xp1Vt9Kr4Hc7Ga0Ub@mail.gmail.com>", body=text(body, charset="UTF-8",
                                                                                              cte="8bit"))
    return eml, truth("support", {"contact": {"phone": "0758 223 901"}},
                      notes="2FA phone change; a phone and a username appear but nobody is 'concerned' by a request")


@item
def su03_factura_comisioane():
    body = """Bună ziua,

Suntem o firmă (Atelier Lemn Viu SRL, CUI RO41233018) și vindem pe Okazii. Pentru contabilitate avem nevoie de facturile pentru comisioanele reținute în octombrie și noiembrie 2026; în secțiunea „Facturi” din cont apare doar septembrie.

Ne puteți trimite facturile pe e-mail la contabilitate@atelierlemnviu.ro?

Mulțumim,
Irina Bălan
Atelier Lemn Viu SRL
"""
    eml = citizen("su03", frm=addr("Irina Bălan", "irina.balan.lemn@gmail.com"), domain="gmail.com", to=[TO_SUPPORT],
                  subject="Facturi comisioane oct-nov", date=when(2026, 12, 2, 9, 15, 50),
                  message_id="<CAG5tN2+Wd8Rk1=Zm4Yq7Bs0Pv3Lf6Jx9Ec@mail.gmail.com>", body=text(body))
    return eml, truth("support", {"contact": {"email": "contabilitate@atelierlemnviu.ro"}},
                      notes="invoices for commissions; the answer is wanted at another address than From")


@item
def su04_rambursare_comanda_anulata():
    body = """Buna ziua,

Am anulat ieri comanda 70022318 (vanzatorul nu mai avea produsul in stoc) si am vazut ca statusul e "rambursare initiata". In cate zile lucratoare ajung banii inapoi pe card? Am platit cu un card Revolut.

Multumesc,
Teodora
"""
    eml = citizen("su04", frm=addr("Teodora Sandu", "teodora.sandu@outlook.com"), domain="outlook.com", to=[TO_SUPPORT],
                  subject="Intrebare rambursare", date=when(2026, 11, 28, 15, 48, 10),
                  message_id="<GV1P190MB1822F6A7B8C9D0E1F2A3B4C5D6E7@GV1P190MB1822.EURP190.PROD.OUTLOOK.COM>",
                  body=text(body, charset="us-ascii", cte="7bit"))
    return eml, truth("support", {}, notes="refund timing after an order the seller cancelled: a question, "
                                          "nothing went wrong (not a complaint)")


@item
def su05_schimbare_easybox():
    body = """Bună seara! Am plasat o comandă acum o oră și am ales greșit lockerul (easybox Mall Vitan în loc de easybox Dristor 2). Comanda nu e încă expediată. Se mai poate schimba punctul de livrare din cont sau trebuie să-i scriu vânzătorului? Mersi!"""
    eml = citizen("su05", frm="vlad.t.98@gmail.com", domain="gmail.com", to=[TO_SUPPORT],
                  subject="schimbare locker", date=when(2026, 12, 3, 21, 30, 5),
                  message_id="<CAJ1sD7+Uk4Mz6=Ny8Rv2Qb5Tw0Xg3He9Fd@mail.gmail.com>",
                  body=text(body, charset="UTF-8", cte="base64", format_flowed=True))
    return eml, truth("support", {}, notes="shipping question, one paragraph, format=flowed base64")


@item
def su06_gdpr_stergere():
    body = """Stimată echipă Okazii,

Prin prezenta solicit ștergerea contului meu (utilizator: carmen_pitesti) și a datelor mele cu caracter personal, în temeiul art. 17 din Regulamentul (UE) 2016/679 (GDPR).

Vă rog să-mi confirmați în scris efectuarea ștergerii, la această adresă de e-mail.

Cu respect,
Carmen Georgescu
"""
    eml = citizen("su06", frm=addr("Carmen Georgescu", "carmen.georgescu.ag@yahoo.com"), domain="yahoo.com",
                  to=[TO_SUPPORT], subject="Cerere stergere cont - art. 17 GDPR", date=when(2026, 11, 26, 10, 0, 40),
                  message_id="<88120533.4401230.1764144040511@mail.yahoo.com>", body=text(body))
    return eml, truth("support", {}, notes="a GDPR erasure request by the user herself: 'art. 17', 'Prin prezenta', "
                                          "'solicit' are legal words but it is no authority's request")


@item
def su07_schimbare_iban_vanzator():
    iban = ro_iban("INGB", "0000999912345678")
    body = f"""Buna ziua,

Vand pe platforma ca PFA si mi-am mutat contul la alta banca. Noul IBAN este {iban} (ING). Unde il modific ca sa primesc banii din vanzari in noul cont? Vanzarile deja finalizate dar neplatite inca unde vor ajunge?

Multumesc,
Florin Matei
PFA Matei Florin
"""
    eml = citizen("su07", frm=addr("Florin Matei", "pfa.matei.florin@gmail.com"), domain="gmail.com", to=[TO_SUPPORT],
                  subject="modificare cont IBAN incasari", date=when(2026, 11, 24, 11, 11, 11),
                  message_id="<CAN8wQ1+Rm6Ty3=Lb7Xz0Kp4Vd9Jc2Hs5Ge@mail.gmail.com>",
                  body=text(body, charset="us-ascii", cte="7bit"))
    return eml, truth("support", {}, notes="a seller changing his payout IBAN (an IBAN that concerns nobody's "
                                          "request)")


@item
def su08_intrebare_garantie_livrare():
    body = """Bună ziua,

Vreau să cumpăr un laptop de 3.000 lei de la un vânzător persoană fizică. Garanția de Livrare acoperă toată suma sau există o limită? Și cât costă, se plătește procentual?

Întreb înainte să comand, ca să știu dacă merită.

Mulțumesc,
Paul Niculae
"""
    eml = citizen("su08", frm=addr("Paul Niculae", "paul.niculae@outlook.com"), domain="outlook.com",
                  to=[TO_SUPPORT], subject="Întrebare Garanția de Livrare", date=when(2026, 11, 27, 19, 20, 0),
                  message_id="<AS2P190MB1944A7B8C9D0E1F2A3B4C5D6E7F8@AS2P190MB1944.EURP190.PROD.OUTLOOK.COM>",
                  body=text(body, cte="quoted-printable"))
    return eml, truth("support", {}, notes="asks about the Delivery Guarantee BEFORE buying: support, not a complaint")


@item
def su09_english_shipping_abroad():
    body = """Hi,

I'm based in Sofia, Bulgaria. Can sellers on okazii.ro ship to Bulgaria, and can I pay with a Bulgarian Visa card? I couldn't find a country field when I created my account.

Thanks,
Nikolay Petrov
"""
    eml = citizen("su09", frm=addr("Nikolay Petrov", "n.petrov.sofia@gmail.com"), domain="gmail.com",
                  to=[TO_SUPPORT], subject="Shipping to Bulgaria?", date=when(2026, 11, 29, 14, 3, 31),
                  message_id="<CAP3qR5+Yn1Wx8=Mk6Tb2Zc9Ld4Hv7Ef0Gj@mail.gmail.com>",
                  body=text(body, charset="us-ascii", cte="7bit"))
    return eml, truth("support", {}, notes="English question about shipping abroad and card payment")


@item
def su10_promovare_anunturi_html():
    html = """<html><body><p>Bună ziua,</p>
<p>Am un magazin de piese auto second-hand (utilizator <b>dezmembrari_bacau</b>) și am atins limita de 200 de anunțuri active. Aș vrea să știu:</p>
<ol><li>cum pot mări limita de anunțuri;</li><li>cât costă promovarea unui anunț pe prima pagină a categoriei;</li><li>dacă pot importa anunțurile dintr-un fișier CSV.</li></ol>
<p>O zi bună,<br>Costel Bejan<br>tel. 0745 600 312</p></body></html>"""
    eml = citizen("su10", frm=addr("Dezmembrari Bacau", "dezmembrari.bacau@yahoo.com"), domain="yahoo.com",
                  to=[TO_SUPPORT], subject="limita anunturi si promovare", date=when(2026, 11, 25, 9, 55, 2),
                  message_id="<1199203341.5512034.1764057302118@mail.yahoo.com>",
                  body=text(html, "html", cte="quoted-printable"))
    return eml, truth("support", {"contact": {"phone": "0745 600 312"}},
                      notes="HTML-only with an ordered list of three questions (the list is not 'requested data')")


# ===========================================================================
# UNKNOWN (spam, robots, mail that is not for these teams)
# ===========================================================================

@item
def un01_seo_spam():
    body = """Hi there,

I was checking okazii.ro and noticed you are missing out on a lot of organic traffic. Our agency can get you to page #1 of Google for 500+ keywords in 90 days, guaranteed.

We have helped 1,200 marketplaces worldwide. Can I send you a free SEO audit? Just reply "YES".

Best,
Jessica Miller
Senior Growth Consultant
SEO Growth Agency

If you don't want to hear from me again, reply "unsubscribe".
"""
    eml = citizen("un01", frm=addr("Jessica Miller", "jessica@seo-growth-agency.example.com"),
                  domain="seo-growth-agency.example.com", to=[TO_SUPPORT], subject="Quick question about okazii.ro",
                  date=when(2026, 11, 26, 16, 4, 12), message_id="<0102018f7a3e9c2b-seo-growth@seo-growth-agency.example.com>",
                  body=text(body, charset="us-ascii", cte="7bit"))
    return eml, truth("unknown", {}, notes="cold SEO pitch in English")


@item
def un02_cerere_angajare_cv():
    body = """Bună ziua,

Mă numesc Alexandra Pop și aș dori să aplic pentru postul de Operator Suport Clienți anunțat pe site-ul dumneavoastră. Am 3 ani de experiență într-un call-center și vorbesc fluent engleza și franceza.

Atașez CV-ul meu. Vă mulțumesc pentru timpul acordat și aștept cu interes un răspuns.

Cu stimă,
Alexandra Pop
0747 310 992
"""
    cv = letter_pdf("T|CURRICULUM VITAE\nB|Alexandra Pop\nK|Cluj-Napoca · 0747 310 992 · alexandra.pop.cv@gmail.com\n\n"
                    "B|Experiență\nK|2023 – prezent: Operator call-center, TeleServ Cluj\nK|2021 – 2023: Casier, "
                    "Supermarket Central\n\nB|Educație\nK|Universitatea Babeș-Bolyai, Litere (engleză-franceză)",
                    family="sans", created=when(2026, 11, 20, 10, 0), title="CV Alexandra Pop", creator="Canva")
    eml = citizen("un02", frm=addr("Alexandra Pop", "alexandra.pop.cv@gmail.com"), domain="gmail.com",
                  to=[TO_SUPPORT], subject="Aplicare post Operator Suport Clienți", date=when(2026, 11, 20, 10, 42, 0),
                  message_id="<CAQ4rT9+Ws2Zk5=Nb8Xm1Vp3Lc6Hd0Ry7Fe@mail.gmail.com>",
                  body=multipart("mixed", [text(body), attachment(cv, "CV_Alexandra_Pop.pdf")], "un02"))
    return eml, truth("unknown", {}, notes="job application with a CV sent to the support mailbox")


@item
def un03_newsletter_curier():
    html = """<!DOCTYPE html><html><body style="margin:0;background:#f3f3f3"><table width="100%"><tr><td align="center">
<table width="600" style="background:#fff"><tr><td style="padding:24px;font-family:Arial">
<h1 style="color:#e30613">Black Friday vine cu volume record!</h1>
<p>Dragă partener,</p>
<p>Între 20 și 30 noiembrie estimăm volume de 3 ori mai mari. Predați coletele până la ora 14:00 pentru ridicare în aceeași zi și folosiți AWB-urile generate din contul de client.</p>
<p><a href="https://expresscurier.ro/blackfriday?utm_source=newsletter">Află programul extins</a></p>
<p style="font-size:11px;color:#888">Ați primit acest mesaj deoarece sunteți client ExpressCurier. <a href="https://expresscurier.ro/unsubscribe?u=8812">Dezabonare</a></p>
</td></tr></table></td></tr></table></body></html>"""
    plain = ("Black Friday vine cu volume record!\n\nDraga partener,\nIntre 20 si 30 noiembrie estimam volume de 3 ori "
             "mai mari. Predati coletele pana la ora 14:00.\n\nDezabonare: https://expresscurier.ro/unsubscribe?u=8812\n")
    eml = citizen("un03", frm=addr("ExpressCurier", "newsletter@expresscurier.ro"), domain="expresscurier.ro",
                  to=[TO_SUPPORT], subject="📦 Black Friday: programul de ridicare a coletelor",
                  date=when(2026, 11, 17, 7, 0, 0), message_id="<nl-20261117-8812.a91f@expresscurier.ro>",
                  mail_from="bounce-8812@expresscurier.ro",
                  body=multipart("alternative", [text(plain, charset="us-ascii", cte="7bit"),
                                                 text(html, "html", cte="quoted-printable")], "un03"),
                  extra=[("List-Unsubscribe", "<https://expresscurier.ro/unsubscribe?u=8812>, <mailto:unsubscribe@expresscurier.ro?subject=8812>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                         ("X-Campaign", "bf2026-partners")])
    return eml, truth("unknown", {}, notes="a courier's bulk newsletter (Precedence: bulk, List-Unsubscribe), "
                                          "emoji in an encoded-word subject")


@item
def un04_bounce_police_address():
    t = when(2026, 11, 13, 9, 2, 41)
    report = """This is the mail system at host mail.cj.politiaromana.ro.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<sice.arhiva@cj.politiaromana.ro>: host 192.0.2.35[192.0.2.35] said: 550 5.1.1
    <sice.arhiva@cj.politiaromana.ro>: Recipient address rejected: User unknown
    in local recipient table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mail.cj.politiaromana.ro
X-Postfix-Queue-ID: 4Cn2Rt0Yq8z1Pk
Arrival-Date: Fri, 13 Nov 2026 09:02:39 +0200 (EET)

Final-Recipient: rfc822; sice.arhiva@cj.politiaromana.ro
Original-Recipient: rfc822;sice.arhiva@cj.politiaromana.ro
Action: failed
Status: 5.1.1
Remote-MTA: dns; 192.0.2.35
Diagnostic-Code: smtp; 550 5.1.1 <sice.arhiva@cj.politiaromana.ro>: Recipient
    address rejected: User unknown in local recipient table
"""
    original = """From: Departamentul Juridic Okazii <legal@okazii.ro>
To: sice.arhiva@cj.politiaromana.ro
Subject: Raspuns la adresa nr. 387154 din 12.11.2026 - dosar penal nr. 8812/P/2026
Date: Fri, 13 Nov 2026 09:02:30 +0200
Message-ID: <legal-20261113090230.118@okazii.ro>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Ca urmare a adresei dumneavoastra nr. 387154 din 12.11.2026, va comunicam in anexa datele solicitate privind utilizatorul gsm_outlet_cluj.
"""
    from mailkit import Part
    rep = Part([("Content-Type", "multipart/report; report-type=delivery-status;\n\tboundary=\"4Cn2Rt0Yq8z1Pk.1763017361/mail.cj.politiaromana.ro\"")],
               "This is a MIME-encapsulated message.\n",
               [Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], report),
                Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
                Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original)],
               "4Cn2Rt0Yq8z1Pk.1763017361/mail.cj.politiaromana.ro")
    msg = build(seed="un04", frm="MAILER-DAEMON@mail.cj.politiaromana.ro (Mail Delivery System)", to=[TO_LEGAL],
                subject="Undelivered Mail Returned to Sender", date=t,
                message_id="<20261113070241.5D11C1E0F4@mail.cj.politiaromana.ro>", body=rep,
                extra=[("Auto-Submitted", "auto-replied")])
    eml = deliver(msg, helo="mail.cj.politiaromana.ro", ip="192.0.2.30", t=t, rcpt=TO_LEGAL, mail_from="",
                  seed="un04")
    return eml, truth("unknown", {}, notes="a bounce (DSN, MAIL FROM:<>) of OUR answer to the police; the "
                                          "returned message names an authority's letter, a case and a user")


@item
def un05_out_of_office_police():
    body = """Bună ziua,

Sunt în concediu de odihnă în perioada 30.11.2026 – 07.12.2026, cu acces limitat la e-mail.
Pentru situații urgente în dosarele Serviciului de Investigare a Criminalității Economice, vă rog să contactați secretariatul serviciului.

Cu stimă,
Pop Vasile
Inspector principal de poliție
IPJ Cluj – SICE
"""
    eml = citizen("un05", frm=addr("Pop Vasile", "pop.vasile@cj.politiaromana.ro"), domain="cj.politiaromana.ro",
                  to=[TO_LEGAL], subject="Răspuns automat: Răspuns la adresa nr. 387154 - dosar 8812/P/2026",
                  date=when(2026, 11, 30, 10, 14, 2), message_id="<auto-reply-ooo-5521@cj.politiaromana.ro>",
                  ip="192.0.2.30", helo="mail.cj.politiaromana.ro", body=text(body),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "pop.vasile@cj.politiaromana.ro"),
                         ("In-Reply-To", "<legal-20261130100900.201@okazii.ro>")])
    return eml, truth("unknown", {}, notes="an out-of-office auto-reply from a genuine police mailbox (aligned DKIM), "
                                          "subject names an official letter and a case; it asks for nothing")


@item
def un06_bank_fraud_awareness():
    html = """<html><body style="font-family:Verdana">
<h2>Atenție la fraudele online!</h2>
<p>Stimate client,</p>
<p>În ultima perioadă au crescut tentativele de fraudă prin care infractorii se dau drept cumpărători pe site-urile de anunțuri și vă trimit linkuri false de „încasare a banilor”. <b>Banca Carpatica nu vă va cere niciodată</b> codul CVV, parola sau codurile primite prin SMS.</p>
<p>Dacă ați fost victima unei țepe, sunați imediat la 021 555 9000 și depuneți plângere la poliție.</p>
<p>Echipa Banca Carpatica</p>
<p style="font-size:10px">Acest mesaj v-a fost transmis în calitate de client persoană juridică. Pentru dezabonare accesați setările din Internet Banking.</p>
</body></html>"""
    eml = citizen("un06", frm=addr("Banca Carpatica", "informare@bancacarpatica-demo.ro"), domain="bancacarpatica-demo.ro",
                  to=["contabilitate@okazii.ro"], subject="Atenție la fraudele online: cum vă protejați contul",
                  date=when(2026, 11, 23, 10, 0, 0), message_id="<campaign-7712-001@bancacarpatica-demo.ro>",
                  mail_from="bounces@bancacarpatica-demo.ro", body=text(html, "html", cte="base64"),
                  extra=[("Precedence", "bulk"), ("List-Id", "Informari clienti <informari.bancacarpatica-demo.ro>")])
    return eml, truth("unknown", {}, notes="a bank's fraud-awareness newsletter full of complaint words (fraudă, "
                                          "țeapă, plângere la poliție)")


@item
def un07_test_gibberish():
    body = "test\n\nasdf jkl; 123\n\n--\nTrimis de pe iPhone\n"
    eml = citizen("un07", frm="tudor.i@gmail.com", domain="gmail.com", to=[TO_SUPPORT], subject="test",
                  date=when(2026, 12, 3, 23, 58, 1), message_id="<2F1E0D9C-8B7A-4C6D-9E5F-0A1B2C3D4E5F@gmail.com>",
                  body=text(body, charset="us-ascii", cte="7bit"), extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return eml, truth("unknown", {}, notes="a test mail, gibberish")


@item
def un08_mailbox_phishing():
    html = """<html><body><table style="font-family:Segoe UI,Arial"><tr><td>
<p><b>Okazii IT Helpdesk</b></p>
<p>Dear support@okazii.ro,</p>
<p>Your mailbox has exceeded its storage limit (99.8% of 50 GB). Incoming messages for <b>support@okazii.ro</b> will be rejected within 24 hours.</p>
<p>Pentru a evita suspendarea, validați contul aici: <a href="http://203.0.113.140/owa/okazii.ro/validate">Validare cont</a></p>
<p>IT Service Desk &copy; 2026</p></td></tr></table></body></html>"""
    eml = citizen("un08", frm=addr("Okazii IT Helpdesk", "it-helpdesk@okazii-mail-security.example.com"),
                  domain="okazii-mail-security.example.com", to=[TO_SUPPORT],
                  subject="[Action Required] Mailbox quota exceeded - support@okazii.ro",
                  date=when(2026, 11, 21, 4, 12, 50), message_id="<20261121021250.AB12CD34EF@okazii-mail-security.example.com>",
                  ip="203.0.113.140", helo="okazii-mail-security.example.com", dkim_ok=False,
                  body=text(html, "html", cte="quoted-printable"))
    return eml, truth("unknown", {}, notes="credential phishing aimed at the support mailbox itself")


# ===========================================================================
# main
# ===========================================================================

def _pdf_texts(eml: bytes) -> list[str]:
    import email
    import email.policy

    import pypdfium2 as pdfium
    out = []
    m = email.message_from_bytes(eml, policy=email.policy.default)
    for part in m.walk():
        if part.get_content_type() == "application/pdf":
            doc = pdfium.PdfDocument(part.get_payload(decode=True))
            out.append("\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))))
    return out


def _squash(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", "", s).casefold()


def _qa_genuine(name: str, eml: bytes, t: dict) -> None:
    """Our own check that a genuine item's signed PDF states its case number and users."""
    texts = [_squash(x) for x in _pdf_texts(eml)]
    assert texts, f"{name}: genuine without a PDF"
    f = t["fields"]
    needles = [f["case_number"]] + [s["value"] for s in f.get("subjects", [])]
    for n in needles:
        assert any(_squash(n) in x for x in texts), f"{name}: {n!r} not in the PDF text"


def main() -> None:
    MAIL.mkdir(parents=True, exist_ok=True)
    for old in MAIL.glob("m*.eml"):
        old.unlink()
    built = []
    for fn in ITEMS:
        eml, t = fn()
        if t["genuine"]:
            _qa_genuine(fn.__name__, eml, t)
        built.append((fn.__name__, eml, t))
    rng = random.Random(20261204)
    order = list(range(len(built)))
    rng.shuffle(order)
    numbered = [None] * len(built)
    for pos, idx in enumerate(order):
        numbered[pos] = built[idx]
    # split: half of each category dev, half blind (seeded)
    split_rng = random.Random(1204)
    by_cat: dict[str, list[int]] = {}
    for pos, (_, _, t) in enumerate(numbered):
        by_cat.setdefault(t["category"], []).append(pos)
    split = {}
    for cat in sorted(by_cat):
        poss = by_cat[cat][:]
        split_rng.shuffle(poss)
        half = len(poss) // 2
        for i, p in enumerate(poss):
            split[p] = "dev" if i < half else "blind"
    lines = []
    for pos, (name, eml, t) in enumerate(numbered):
        fname = f"m{pos + 1:03d}.eml"
        (MAIL / fname).write_bytes(eml)
        rec = {"file": f"mail/{fname}", "split": split[pos], "category": t["category"], "fields": t["fields"],
               "genuine": t["genuine"], "expect_verdict": t["expect_verdict"], "notes": t["notes"], "item": name}
        if t.get("accept"):
            rec["accept"] = t["accept"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    (MAIL / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for _, _, t in numbered:
        counts[t["category"]] = counts.get(t["category"], 0) + 1
    print(f"{len(numbered)} messages written to {MAIL}: {counts}")


if __name__ == "__main__":
    main()
