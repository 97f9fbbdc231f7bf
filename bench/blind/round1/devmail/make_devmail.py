#!/usr/bin/env python3
"""Blind development mail for registratura (round 1).

Writes ~70 items (d001.eml ...) and truth.jsonl into this folder.
Deterministic: fixed dates, Message-IDs, MIME boundaries and PDF dates.
Uses only the standard library `email` package and fpdf2 (for a few PDFs).
Run:  /work/main/.venv/bin/python make_devmail.py
"""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TO_LEGAL = "juridic@okazii.ro"
TO_SUPPORT = "suport@okazii.ro"
TO_FRAUD = "fraude@okazii.ro"

ITEMS: list[dict] = []


def item(n, category, fields, notes, build):
    ITEMS.append({"n": n, "category": category, "fields": fields, "notes": notes, "build": build})


def headers(msg, frm, to, subject, date, n, extra=None):
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<devmail-{n:03d}.{abs(hash_str(subject)) % 999983}@blind.example>"
    msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 2**31
    return h


def fix_boundaries(msg, n):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"==devmail{n:03d}_part{i}==")


def plain(n, frm, to, subject, date, body, charset="utf-8", cte=None, extra=None):
    if charset.lower() == "iso-8859-2":  # Latin-2 has no typographic quotes or dashes
        body = body.translate({0x201E: '"', 0x201D: '"', 0x201C: '"', 0x2013: "-"})
    def b():
        m = EmailMessage()
        headers(m, frm, to, subject, date, n, extra)
        if cte:
            m.set_content(body, charset=charset, cte=cte)
        else:
            m.set_content(body, charset=charset)
        return m
    return b


def html(n, frm, to, subject, date, html_body, text=None, charset="utf-8", extra=None):
    def b():
        m = EmailMessage()
        headers(m, frm, to, subject, date, n, extra)
        if text is not None:
            m.set_content(text, charset=charset)
            m.add_alternative(html_body, subtype="html", charset=charset)
        else:
            m.set_content(html_body, subtype="html", charset=charset)
        return m
    return b


def make_pdf(lines, title="Adresa"):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2026, 11, 20, 9, 0, 0, tzinfo=timezone.utc))
    pdf.set_title(title)
    pdf.set_producer("Microsoft Word 2016")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(22, 18, 20)
    pdf.add_page()
    for ln in lines.split("\n"):
        style, align = "", "L"
        if ln.startswith("**"):
            style, ln = "B", ln[2:]
        if ln.startswith(">>"):
            align, ln = "R", ln[2:]
        elif ln.startswith("^^"):
            align, ln = "C", ln[2:]
        pdf.set_font("DejaVu", style, 10.5)
        if not ln.strip():
            pdf.ln(4)
            continue
        pdf.multi_cell(0, 5.2, ln, align=align, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def with_pdf(n, frm, to, subject, date, cover, pdf_text, pdf_name, charset="utf-8", extra=None):
    def b():
        m = EmailMessage()
        headers(m, frm, to, subject, date, n, extra)
        m.set_content(cover, charset=charset)
        m.add_attachment(make_pdf(pdf_text), maintype="application", subtype="pdf", filename=pdf_name)
        return m
    return b


def attach_bytes(builder, data, maintype, subtype, filename):
    def b():
        m = builder()
        payload = data() if callable(data) else data
        if not m.is_multipart():
            m.make_mixed()
        m.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
        return m
    return b


def forward(n, frm, to, subject, date, cover, inner_builder, charset="utf-8"):
    def b():
        m = EmailMessage()
        headers(m, frm, to, subject, date, n)
        m.set_content(cover, charset=charset)
        inner = inner_builder()
        m.add_attachment(inner)  # message/rfc822
        return m
    return b


def raw(n, text):
    """An item given as raw RFC 5322 text (for bounces etc.)."""
    def b():
        return text
    return b


def S(kind, value):
    return {"kind": kind, "value": value}


# ---------------------------------------------------------------------------
# LAW ENFORCEMENT
# ---------------------------------------------------------------------------

item(1, "law_enforcement", {
    "authority": "Inspectoratul de Poliție Județean Cluj",
    "authority_kind": "police",
    "reference_number": "123456",
    "reference_date": "2026-11-12",
    "case_number": "4521/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "ion_vanzator88")],
    "requested_data": [
        "datele de identificare furnizate la crearea contului (nume, prenume, adresă, număr de telefon, adresă de e-mail)",
        "adresele IP de la care s-a realizat accesarea contului, cu data și ora",
        "istoricul tranzacțiilor efectuate în calitate de vânzător",
        "anunțurile publicate de utilizator",
    ],
    "period": {"from": "2026-03-01", "to": "2026-06-30"},
    "response_channel": "electronic",
    "reply_to": "scci@cj.politiaromana.ro",
    "signatory": "Comisar-șef de poliție Mureșan Vasile",
    "urgent": False,
}, "plain UTF-8 with diacritics; classic IPJ letter, 'Nr. ... din dd.mm.yyyy', numbered list with parentheses inside items; function line 'Șef serviciu' above rank",
plain(1, "IPJ Cluj - SCCI <scci@cj.politiaromana.ro>", TO_LEGAL,
      "Adresa nr. 123456 din 12.11.2026 - solicitare date utilizator",
      "Thu, 12 Nov 2026 10:41:07 +0200", """ROMÂNIA
MINISTERUL AFACERILOR INTERNE
INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
Inspectoratul de Poliție Județean Cluj
Serviciul de Combatere a Criminalității Informatice

Nr. 123456 din 12.11.2026
Nesecret

Către: OKAZII.RO – Departamentul Juridic

Vă aducem la cunoștință că Serviciul de Combatere a Criminalității Informatice
din cadrul I.P.J. Cluj efectuează cercetări în dosarul penal nr. 4521/P/2026
al Parchetului de pe lângă Judecătoria Cluj-Napoca, privind săvârșirea
infracțiunii de înșelăciune prevăzută de art. 244 din Codul penal.

În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne puneți
la dispoziție, pentru utilizatorul cu numele de utilizator „ion_vanzator88”,
în perioada 01.03.2026 – 30.06.2026, următoarele:

1. datele de identificare furnizate la crearea contului (nume, prenume, adresă, număr de telefon, adresă de e-mail);
2. adresele IP de la care s-a realizat accesarea contului, cu data și ora;
3. istoricul tranzacțiilor efectuate în calitate de vânzător;
4. anunțurile publicate de utilizator.

Răspunsul va fi transmis în format electronic la adresa de e-mail
scci@cj.politiaromana.ro.

Vă mulțumim pentru colaborare.

Șef serviciu,
Comisar-șef de poliție
Mureșan Vasile
"""))

item(2, "law_enforcement", {
    "authority": "Directia Generala de Politie a Municipiului Bucuresti",
    "authority_kind": "police",
    "reference_number": "987.654",
    "reference_date": "2026-11-12",
    "case_number": "12873/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("email", "andrei.pop1990@yahoo.com"), S("phone", "+40722334455")],
    "transactions": ["70012345", "70012399"],
    "requested_data": [
        "datele de identificare ale titularului contului",
        "adresele IP de conectare",
        "modalitatea de plata folosita pentru cele doua comenzi",
        "datele de livrare (adresa, curier, AWB)",
    ],
    "response_channel": "electronic",
    "reply_to": "sectia14@b.politiaromana.ro",
    "signatory": "Inspector principal de politie Dumitrescu Alina",
    "urgent": False,
}, "no diacritics; 'Nr. 987.654/12 noiembrie 2026' (number with thousands dot, date after slash in words); Sectia 14 under DGPMB; email + phone 07xx form; two order numbers",
plain(2, "Sectia 14 Politie <sectia14@b.politiaromana.ro>", TO_LEGAL,
      "Solicitare informatii - dosar 12873/P/2026",
      "Thu, 12 Nov 2026 14:02:55 +0200", """ROMANIA
MINISTERUL AFACERILOR INTERNE
Directia Generala de Politie a Municipiului Bucuresti
Sectia 14 Politie
Biroul de Investigatii Criminale

Nr. 987.654/12 noiembrie 2026

Catre
OKAZII.RO

Subsemnata, inspector principal de politie Dumitrescu Alina, din cadrul Sectiei 14
Politie, avand in lucru dosarul penal nr. 12873/P/2026, in care se efectueaza
cercetari sub aspectul savarsirii infractiunii de inselaciune, in baza art. 170
Cod procedura penala va rugam sa ne comunicati, cu privire la utilizatorul
inregistrat cu adresa de e-mail andrei.pop1990@yahoo.com si numarul de telefon
0722 334 455, care a efectuat comenzile nr. 70012345 si 70012399:

- datele de identificare ale titularului contului;
- adresele IP de conectare;
- modalitatea de plata folosita pentru cele doua comenzi;
- datele de livrare (adresa, curier, AWB).

Raspunsul poate fi transmis pe adresa de e-mail sectia14@b.politiaromana.ro.

Cu stima,
Inspector principal de politie
Dumitrescu Alina
"""))

item(3, "law_enforcement", {
    "authority": "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 BUCUREȘTI",
    "authority_kind": "prosecutor",
    "reference_number": "3.456/P/2026",
    "reference_date": "2026-11-03",
    "case_number": "3.456/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("user_id", "4471203"), S("username", "maria.ionescu_77")],
    "requested_data": [
        "datele de identificare ale utilizatorului (nume, prenume, CNP, adresă)",
        "numărul de telefon și adresa de e-mail asociate contului",
        "istoricul tranzacțiilor",
    ],
    "response_channel": "courier",
    "signatory": "PROCUROR Stănescu Raluca",
    "urgent": False,
}, "prosecutor; registration number IS the case number 'Nr. 3.456/P/2026 din 03.XI.2026' (Roman-numeral month); ordinance of prosecutor; 'ID utilizator'; answer by post to the parchet's address (reply_to postal omitted: several plausible forms)",
plain(3, "Parchetul Judecatoria Sector 3 <pjs3@mpublic.ro>", TO_LEGAL,
      "Ordonanta - dosar 3456/P/2026",
      "Tue, 03 Nov 2026 12:20:00 +0200", """ROMÂNIA
PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 3 BUCUREȘTI

Dosar nr. 3.456/P/2026
Nr. 3.456/P/2026 din 03.XI.2026

ORDONANȚĂ
privind obligarea la predarea unor date informatice

Stănescu Raluca, procuror în cadrul Parchetului de pe lângă Judecătoria
Sectorului 3 București,

Având în vedere actele din dosarul penal nr. 3.456/P/2026, privind infracțiunea
de înșelăciune prev. de art. 244 alin. (1) C.pen.,

În temeiul art. 170 alin. (1) și (2) din Codul de procedură penală,

DISPUN:

Obligarea OKAZII.RO să predea organelor de urmărire penală, cu privire la
contul cu ID utilizator 4471203 (nume utilizator maria.ionescu_77):

a) datele de identificare ale utilizatorului (nume, prenume, CNP, adresă);
b) numărul de telefon și adresa de e-mail asociate contului;
c) istoricul tranzacțiilor.

Datele vor fi comunicate în scris, prin curier, la sediul Parchetului de pe
lângă Judecătoria Sectorului 3 București, Str. Ion Ghica nr. 5, sector 3,
în termen de 10 zile de la primire.

PROCUROR,
Stănescu Raluca
"""))

item(4, "law_enforcement", {
    "authority": "INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI",
    "authority_kind": "police",
    "reference_number": "IS-2026-045718",
    "reference_date": "2026-11-18",
    "case_number": "8812/P/2026",
    "legal_basis": ["art. 152 CPP", "art. 170 CPP"],
    "subjects": [S("username", "telefoane_iasi"), S("phone", "+40745112233")],
    "requested_data": [
        "numele, prenumele și CNP-ul titularului",
        "adresa de e-mail și numărul de telefon folosite la înregistrare",
        "jurnalul de autentificări (IP, dată, oră)",
    ],
    "response_channel": "electronic",
    "reply_to": "investigatii.criminale@is.politiaromana.ro",
    "signatory": "Comisar de poliție Rusu Cătălin",
    "urgent": True,
}, "'Nr. înregistrare:' and 'Data:' on separate labelled lines; URGENT + termen 48 de ore; bullet •; phone +40 with spaces; two articles",
plain(4, "Politia Iasi - Investigatii <investigatii.criminale@is.politiaromana.ro>", TO_LEGAL,
      "URGENT - solicitare date - dosar penal 8812/P/2026",
      "Wed, 18 Nov 2026 08:15:31 +0200", """INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI
Serviciul de Investigații Criminale

Nr. înregistrare: IS-2026-045718
Data: 18.11.2026
Operativ

URGENT

Către: OKAZII.RO – Centrul de prevenire a fraudelor

În legătură cu dosarul penal nr. 8812/P/2026, în care se efectuează cercetări
pentru înșelăciune, în temeiul art. 152 și art. 170 din Codul de procedură
penală, vă rugăm să ne furnizați, în regim de urgență (termen: 48 de ore),
pentru utilizatorul „telefoane_iasi”, cu numărul de telefon +40 745 112 233:

• numele, prenumele și CNP-ul titularului;
• adresa de e-mail și numărul de telefon folosite la înregistrare;
• jurnalul de autentificări (IP, dată, oră).

Răspunsul va fi transmis la adresa de e-mail
investigatii.criminale@is.politiaromana.ro.

Comisar de poliție
Rusu Cătălin
"""))

item(5, "law_enforcement", {
    "authority": "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM",
    "authority_kind": "prosecutor",
    "reference_number": "1287/D/P/2026",
    "reference_date": "2026-11-16",
    "case_number": "1287/D/P/2026",
    "legal_basis": ["art. 170 CPP", "art. 138 CPP"],
    "subjects": [S("username", "auto-piese-ieftine"), S("username", "gsm.deals.ro"), S("username", "lux_ceasuri2026")],
    "requested_data": [
        "datele de înregistrare ale conturilor",
        "adresele IP utilizate la crearea conturilor și la ultimele 50 de autentificări",
        "conturile bancare (IBAN) declarate pentru încasări",
        "lista anunțurilor publicate",
        "corespondența purtată prin sistemul de mesagerie al platformei",
    ],
    "period": {"from": "2026-01-01", "to": "2026-10-31"},
    "response_channel": "both",
    "signatory": "PROCUROR Constantinescu Mihai",
    "urgent": False,
}, "DIICOT Structura Centrală; text PDF attached to short cover mail; three usernames (hyphen, dots, underscore); response both electronic and courier on optical disc",
with_pdf(5, "DIICOT - Serviciul de Combatere a Criminalitatii Informatice <sccci@diicot.ro>", TO_LEGAL,
         "Adresa dosar 1287/D/P/2026", "Mon, 16 Nov 2026 16:45:12 +0200",
         """Bună ziua,

Vă transmitem atașat adresa nr. 1287/D/P/2026 din 16.11.2026.
Vă rugăm să confirmați primirea.

Cu stimă,
Grefa DIICOT - Serviciul de Combatere a Criminalității Informatice
""", """**^^ROMÂNIA
**^^MINISTERUL PUBLIC
**^^PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
**^^DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
^^Structura Centrală – Serviciul de Combatere a Criminalității Informatice

Dosar nr. 1287/D/P/2026
>>București, 16 noiembrie 2026
Nr. 1287/D/P/2026

Către: OKAZII.RO

În cauza penală nr. 1287/D/P/2026, aflată în curs de urmărire penală, privind
săvârșirea infracțiunilor de constituire a unui grup infracțional organizat și
înșelăciune, în conformitate cu dispozițiile art. 138 și art. 170 din Codul de
procedură penală, vă solicităm să ne comunicați, pentru conturile de utilizator
„auto-piese-ieftine”, „gsm.deals.ro” și „lux_ceasuri2026”, în perioada
01.01.2026 – 31.10.2026, următoarele informații:

1. datele de înregistrare ale conturilor;
2. adresele IP utilizate la crearea conturilor și la ultimele 50 de autentificări;
3. conturile bancare (IBAN) declarate pentru încasări;
4. lista anunțurilor publicate;
5. corespondența purtată prin sistemul de mesagerie al platformei.

Datele vor fi transmise atât în format electronic, la adresa sccci@diicot.ro,
cât și pe suport optic (CD/DVD), prin curier, la sediul DIICOT – Structura
Centrală, București, Bd. Libertății nr. 12-14, sector 5.

**PROCUROR,
Constantinescu Mihai
""", "Adresa_1287_D_P_2026.pdf"))

item(6, "law_enforcement", {
    "authority": "Inspectoratul de Politie Judetean Timis",
    "authority_kind": "police",
    "reference_number": "214590",
    "reference_date": "2026-11-09",
    "case_number": "6634/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("iban", "RO49AAAA1B31007593840000")],
    "transactions": ["81234560"],
    "requested_data": [
        "identitatea utilizatorului care a declarat contul IBAN RO49AAAA1B31007593840000",
        "numele de utilizator si adresa de e-mail ale acestuia",
        "detaliile tranzactiei nr. 81234560",
    ],
    "response_channel": "electronic",
    "reply_to": "bic.timisoara@tm.politiaromana.ro",
    "signatory": "Agent sef de politie Ilie Florin",
    "urgent": False,
}, "user known only by IBAN; cedilla-free no-diacritics text; the date top-right with city 'Timisoara, 09.11.2026'; list with a)",
plain(6, "BIC Timisoara <bic.timisoara@tm.politiaromana.ro>", TO_LEGAL,
      "adresa 214590", "Mon, 09 Nov 2026 11:11:11 +0200", """MINISTERUL AFACERILOR INTERNE
Inspectoratul de Politie Judetean Timis
Politia Municipiului Timisoara
                                                    Timisoara, 09.11.2026
Nr. 214590

Catre: OKAZII.RO

In cadrul dosarului penal nr. 6634/P/2026, inregistrat la Parchetul de pe
langa Judecatoria Timisoara, in care se fac cercetari pentru inselaciune,
in temeiul art. 170 C.p.p. va solicitam sa ne transmiteti:

a) identitatea utilizatorului care a declarat contul IBAN RO49AAAA1B31007593840000;
b) numele de utilizator si adresa de e-mail ale acestuia;
c) detaliile tranzactiei nr. 81234560.

Va rugam ca raspunsul sa fie transmis pe e-mail la bic.timisoara@tm.politiaromana.ro.

Cu deosebita consideratie,

Agent sef de politie
Ilie Florin
"""))

item(7, "law_enforcement", {
    "authority": "Inspectoratul de Poliţie Judeţean Constanţa",
    "authority_kind": "police",
    "reference_number": "76.221",
    "reference_date": "2026-11-20",
    "case_number": "2210/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "marinarul_ct"), S("email", "marinarul.ct@gmail.com")],
    "requested_data": [
        "datele de identificare ale titularului contului",
        "adresele IP şi data/ora conectărilor",
        "lista anunţurilor şi a tranzacţiilor finalizate",
    ],
    "response_channel": "electronic",
    "reply_to": "sic@ct.politiaromana.ro",
    "signatory": "Subcomisar de poliţie Neagu Ştefan",
    "urgent": False,
}, "ISO-8859-2 charset with cedilla ş ţ (the only ones Latin-2 has); number '76.221'; 'începând cu luna martie 2026' (open period, only start)",
plain(7, "=?iso-8859-2?q?Poli=FEia_Constan=FEa?= <sic@ct.politiaromana.ro>", TO_LEGAL,
      "Adresa nr. 76.221 din 20.11.2026", "Fri, 20 Nov 2026 09:30:00 +0200", """ROMÂNIA
MINISTERUL AFACERILOR INTERNE
Inspectoratul de Poliţie Judeţean Constanţa
Serviciul de Investigaţii Criminale

Nr. 76.221 din 20.11.2026

Către OKAZII.RO

Vă facem cunoscut că, în dosarul penal nr. 2210/P/2026, efectuăm cercetări faţă
de utilizatorul „marinarul_ct” (adresa de e-mail marinarul.ct@gmail.com),
bănuit de săvârşirea infracţiunii de înşelăciune.

Conform art. 170 din Codul de procedură penală, vă rugăm să ne comunicaţi,
începând cu luna martie 2026 şi până în prezent:

1. datele de identificare ale titularului contului;
2. adresele IP şi data/ora conectărilor;
3. lista anunţurilor şi a tranzacţiilor finalizate.

Răspunsul dumneavoastră îl aşteptăm la adresa sic@ct.politiaromana.ro.

Cu stimă,
Subcomisar de poliţie
Neagu Ştefan
""", charset="iso-8859-2", cte="quoted-printable"))
ITEMS[-1]["fields"]["period"] = {"from": "2026-03-01", "to": None}

item(8, "law_enforcement", {
    "authority": "JUDECĂTORIA SECTORULUI 1 BUCUREȘTI",
    "authority_kind": "court",
    "reference_number": "24518/299/2026",
    "reference_date": "2026-11-11",
    "case_number": "24518/299/2026",
    "subjects": [S("username", "electro_outlet")],
    "transactions": ["69911220"],
    "requested_data": [
        "datele de identificare ale vânzătorului",
        "istoricul comenzii nr. 69911220",
        "mesajele schimbate între cumpărător și vânzător referitoare la această comandă",
    ],
    "response_channel": "courier",
    "signatory": "Judecător Pavel Corina",
    "urgent": False,
}, "court (civil-looking case 'dosarul nr. 24518/299/2026' with court code 299) asking for data; no CPP article; 'Termen' for hearing; judge and clerk sign; reply by post to court registry",
plain(8, "Judecatoria Sectorului 1 Bucuresti <jud-sector1@just.ro>", TO_LEGAL,
      "Adresa - dosar nr. 24518/299/2026", "Wed, 11 Nov 2026 13:00:00 +0200", """ROMÂNIA
JUDECĂTORIA SECTORULUI 1 BUCUREȘTI
Secția penală
Bd. Regina Elisabeta nr. 53, sector 5, București

Dosarul nr. 24518/299/2026
Termen: 14.12.2026

Către
OKAZII.RO

Vă rugăm ca, până la termenul de judecată din 14.12.2026, să comunicați
instanței, în dosarul nr. 24518/299/2026, următoarele informații privind
utilizatorul „electro_outlet”:

- datele de identificare ale vânzătorului;
- istoricul comenzii nr. 69911220;
- mesajele schimbate între cumpărător și vânzător referitoare la această comandă.

Răspunsul se va comunica prin poștă sau curier la sediul instanței,
menționând numărul dosarului.

Judecător,                                    Grefier,
Pavel Corina                                  Sandu Elena
"""))
ITEMS[-1]["notes"] += "; reference_number taken to be the file number shown (the court writes no separate registration number): doubtful"
del ITEMS[-1]["fields"]["reference_number"]
ITEMS[-1]["fields"]["reference_date"] = "2026-11-11"

item(9, "law_enforcement", {
    "authority": "Parchetul de pe lângă Tribunalul Brașov",
    "authority_kind": "prosecutor",
    "reference_number": "1876/II/2/2026",
    "reference_date": "2026-11-17",
    "case_number": "951/P/2026",
    "legal_basis": ["art. 170 CPP", "art. 153 CPP"],
    "subjects": [S("user_id", "9930115"), S("user_id", "9930871")],
    "requested_data": [
        "datele de identificare ale titularilor conturilor",
        "metodele de plată asociate conturilor",
        "tranzacțiile efectuate",
        "adresele de livrare",
    ],
    "period": {"from": "2026-05-15", "to": "2026-09-15"},
    "response_channel": "electronic",
    "reply_to": "pt.brasov@mpublic.ro",
    "signatory": "Prim-procuror Marinescu Ovidiu",
    "urgent": False,
}, "HTML-only mail with a table for the heading; registry number differs from case number; two user ids; items in prose separated by semicolons",
html(9, "Parchetul de pe langa Tribunalul Brasov <pt.brasov@mpublic.ro>", TO_LEGAL,
     "Solicitare - dosar 951/P/2026", "Tue, 17 Nov 2026 15:22:40 +0200", """<html><body style="font-family:Times New Roman">
<table width="100%"><tr><td><b>ROMÂNIA<br>MINISTERUL PUBLIC<br>Parchetul de pe lângă Tribunalul Brașov</b></td>
<td align="right">Brașov, 17 noiembrie 2026<br>Nr. 1876/II/2/2026</td></tr></table>
<p>Către: <b>OKAZII.RO</b></p>
<p>În dosarul penal nr. 951/P/2026, în temeiul dispozițiilor art. 153 și art. 170 din Codul de procedură penală,
vă rugăm să ne comunicați, pentru conturile cu ID utilizator 9930115 și 9930871, în intervalul
15.05.2026&nbsp;&ndash;&nbsp;15.09.2026: datele de identificare ale titularilor conturilor; metodele de plată
asociate conturilor; tranzacțiile efectuate; adresele de livrare.</p>
<p>Vă rugăm să transmiteți răspunsul pe adresa de e-mail <a href="mailto:pt.brasov@mpublic.ro">pt.brasov@mpublic.ro</a>.</p>
<p>Prim-procuror,<br>Marinescu Ovidiu</p>
</body></html>"""))

item(10, "law_enforcement", {
    "authority": "Inspectoratul Teritorial al Poliției de Frontieră Giurgiu",
    "authority_kind": "police",
    "reference_number": "IPJ/5521",
    "reference_date": "2026-11-19",
    "case_number": "77/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "tigari_ieftine_gr"), S("phone", "+40766998877")],
    "transactions": ["75550001", "75550002", "75550017"],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "datele de livrare pentru comenzile nr. 75550001, 75550002 și 75550017",
        "contul bancar în care au fost încasate sumele",
    ],
    "response_channel": "electronic",
    "reply_to": "itpf.giurgiu@igpf.ro",
    "signatory": "Comisar-șef de poliție Barbu Daniel",
    "urgent": False,
}, "Border police (Poliția de Frontieră) — smuggling of cigarettes; three orders; phone with 0040 prefix",
plain(10, "ITPF Giurgiu <itpf.giurgiu@igpf.ro>", TO_LEGAL,
      "Adresă ITPF Giurgiu nr. IPJ/5521", "Thu, 19 Nov 2026 10:05:00 +0200", """ROMÂNIA
MINISTERUL AFACERILOR INTERNE
INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
Inspectoratul Teritorial al Poliției de Frontieră Giurgiu
Serviciul Teritorial de Poliție de Frontieră Giurgiu

Nr. IPJ/5521 din 19.11.2026
Exemplar unic

Către OKAZII.RO

În dosarul penal nr. 77/P/2026, privind infracțiunea de contrabandă prevăzută
de Legea nr. 86/2006 privind Codul vamal al României, în baza art. 170 C.proc.pen.,
vă solicităm următoarele informații despre utilizatorul „tigari_ieftine_gr”,
telefon 0040 766 998 877:

1) datele de identificare ale utilizatorului;
2) datele de livrare pentru comenzile nr. 75550001, 75550002 și 75550017;
3) contul bancar în care au fost încasate sumele.

Răspunsul se va transmite electronic la itpf.giurgiu@igpf.ro.

Șef serviciu
Comisar-șef de poliție
Barbu Daniel
"""))

item(11, "law_enforcement", {
    "authority": "PARCHETUL DE PE LANGA JUDECATORIA PLOIESTI",
    "authority_kind": "prosecutor",
    "reference_number": "5678/P/2026",
    "reference_date": "2026-11-23",
    "case_number": "5678/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "Bogdan.P"), S("email", "bogdanp_ph@outlook.com")],
    "transactions": ["80077123"],
    "requested_data": [
        "numele si prenumele",
        "CNP-ul",
        "adresa de domiciliu declarata",
        "numarul de telefon",
        "adresele IP",
    ],
    "response_channel": "electronic",
    "reply_to": "pj.ploiesti@mpublic.ro",
    "signatory": "Procuror Dragomir Ana-Maria",
    "urgent": False,
}, "prose requested-data list separated by commas and 'si' (split one datum each); username with capital letter and dot; typos ('utilizatorlui', 'comunicati-ne')",
plain(11, "PJ Ploiesti <pj.ploiesti@mpublic.ro>", TO_LEGAL,
      "dosar 5678/P/2026", "Mon, 23 Nov 2026 12:48:09 +0200", """PARCHETUL DE PE LANGA JUDECATORIA PLOIESTI

Nr. 5678/P/2026                                          23.11.2026

Catre OKAZII.RO - Departamentul Juridic

In dosarul penal nr. 5678/P/2026, avand ca obiect plangerea numitului Enache
Gheorghe pentru inselaciune (comanda nr. 80077123), in temeiul art. 170 Cod
procedura penala va rugam sa comunicati-ne, cu privire la utilizatorlui
Bogdan.P (e-mail bogdanp_ph@outlook.com), numele si prenumele, CNP-ul, adresa
de domiciliu declarata, numarul de telefon si adresele IP.

Raspunsul va fi transmis pe e-mail, la pj.ploiesti@mpublic.ro.

Procuror,
Dragomir Ana-Maria
"""))

item(12, "law_enforcement", {
    "authority": "Direcția Națională Anticorupție",
    "authority_kind": "prosecutor",
    "reference_number": "412/VIII/3/2026",
    "reference_date": "2026-11-24",
    "case_number": "233/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("email", "consultant.achizitii@gmail.com"), S("phone", "+40731000222")],
    "requested_data": [
        "datele de identificare ale titularului contului asociat adresei de e-mail consultant.achizitii@gmail.com",
        "anunțurile publicate din acest cont",
        "tranzacțiile în care contul a figurat ca vânzător sau cumpărător",
        "adresele IP de acces",
    ],
    "period": {"from": "2025-01-01", "to": "2026-11-24"},
    "response_channel": "both",
    "signatory": "Procuror șef serviciu Tudose Adrian",
    "urgent": False,
}, "DNA Serviciul Teritorial Cluj; PDF attachment; phone in +40 (0)731 form; period 'de la 01.01.2025 până la data prezentei'; answer both electronic and by courier",
with_pdf(12, "DNA ST Cluj <dna.cluj@pna.ro>", TO_LEGAL, "Adresa DNA", "Tue, 24 Nov 2026 17:02:00 +0200",
         "Buna ziua,\n\nVa transmitem in atasament adresa DNA - ST Cluj.\n\nGrefier\n", """**^^ROMÂNIA
**^^MINISTERUL PUBLIC
**^^Parchetul de pe lângă Înalta Curte de Casație și Justiție
**^^Direcția Națională Anticorupție
^^Serviciul Teritorial Cluj

>>Cluj-Napoca, 24 noiembrie 2026
Nr. 412/VIII/3/2026

Către: OKAZII.RO – Departamentul Juridic

În dosarul nr. 233/P/2026 al Serviciului Teritorial Cluj, având în vedere
dispozițiile art. 170 din Codul de procedură penală, vă solicităm să ne puneți
la dispoziție, pentru perioada de la 01.01.2025 până la data prezentei, cu privire
la adresa de e-mail consultant.achizitii@gmail.com și numărul de telefon
+40 (0)731 000 222:

1. datele de identificare ale titularului contului asociat adresei de e-mail consultant.achizitii@gmail.com;
2. anunțurile publicate din acest cont;
3. tranzacțiile în care contul a figurat ca vânzător sau cumpărător;
4. adresele IP de acces.

Informațiile vor fi transmise pe adresa de e-mail dna.cluj@pna.ro, iar
documentele în original, prin curier, la sediul Serviciului Teritorial Cluj,
Str. Dorobanților nr. 2-4, Cluj-Napoca.

**Procuror șef serviciu,
Tudose Adrian
""", "adresa_DNA_412.pdf"))

item(13, "law_enforcement", {
    "authority": "INSPECTORATUL DE POLIŢIE JUDEŢEAN BIHOR",
    "authority_kind": "police",
    "reference_number": "310.447",
    "reference_date": "2026-11-25",
    "case_number": "4410/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "vanzatorul_oradea")],
    "transactions": ["82010101"],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "adresele IP de conectare",
        "numărul de telefon asociat contului",
    ],
    "response_channel": "electronic",
    "reply_to": "politia.oradea@bh.politiaromana.ro",
    "signatory": "Agent de poliţie Kovács Zoltán",
    "urgent": False,
}, "Windows-1250 charset with cedilla ş/ţ; signatory with Hungarian name; HTML+plain alternative",
html(13, "Politia Municipiului Oradea <politia.oradea@bh.politiaromana.ro>", TO_LEGAL,
     "Adresa 310.447/25.11.2026", "Wed, 25 Nov 2026 10:10:10 +0200",
     """<html><body><p>INSPECTORATUL DE POLIŢIE JUDEŢEAN BIHOR<br>Poliţia Municipiului Oradea</p>
<p>Nr. 310.447 din 25.11.2026</p>
<p>Către OKAZII.RO</p>
<p>În dosarul penal nr. 4410/P/2026, în temeiul art. 170 Cod procedură penală, vă solicităm
să ne transmiteţi, cu privire la utilizatorul <b>vanzatorul_oradea</b>, implicat în tranzacţia nr. 82010101:</p>
<ul><li>datele de identificare ale utilizatorului;</li>
<li>adresele IP de conectare;</li>
<li>numărul de telefon asociat contului.</li></ul>
<p>Vă rugăm să transmiteţi răspunsul la adresa politia.oradea@bh.politiaromana.ro.</p>
<p>Agent de poliţie<br>Kovács Zoltán</p></body></html>""",
     text="""INSPECTORATUL DE POLIŢIE JUDEŢEAN BIHOR
Poliţia Municipiului Oradea

Nr. 310.447 din 25.11.2026

Către OKAZII.RO

În dosarul penal nr. 4410/P/2026, în temeiul art. 170 Cod procedură penală, vă solicităm
să ne transmiteţi, cu privire la utilizatorul vanzatorul_oradea, implicat în tranzacţia nr. 82010101:

 * datele de identificare ale utilizatorului;
 * adresele IP de conectare;
 * numărul de telefon asociat contului.

Vă rugăm să transmiteţi răspunsul la adresa politia.oradea@bh.politiaromana.ro.

Agent de poliţie
Kovács Zoltán
""", charset="windows-1250"))

item(14, "law_enforcement", {
    "authority": "Inspectoratul de Poliție Județean Suceava",
    "authority_kind": "police",
    "reference_number": "8890",
    "reference_date": "2026-11-26",
    "case_number": "1102/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "bucovina_market")],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "istoricul tranzacțiilor",
    ],
    "response_channel": "electronic",
    "reply_to": "sic@sv.politiaromana.ro",
    "signatory": "Inspector de poliție Cozma Irina",
    "urgent": False,
}, "a reply from the police quoting our previous answer ('> ...'); the new letter is on top; the quoted part mentions another dosar and user that must NOT be extracted",
plain(14, "SIC Suceava <sic@sv.politiaromana.ro>", TO_LEGAL,
      "Re: Raspuns adresa nr. 7701 - dosar 998/P/2026", "Thu, 26 Nov 2026 09:12:44 +0200", """Bună ziua,

Vă mulțumim pentru răspuns. Revenim cu o nouă solicitare:

IPJ Suceava – Serviciul de Investigații Criminale
Nr. 8890 din 26.11.2026

În dosarul penal nr. 1102/P/2026, în baza art. 170 CPP, vă rugăm să ne comunicați
datele de identificare ale utilizatorului „bucovina_market” și istoricul tranzacțiilor
acestuia. Răspunsul îl așteptăm pe aceeași adresă de e-mail, sic@sv.politiaromana.ro.

Inspector de poliție
Cozma Irina
Inspectoratul de Poliție Județean Suceava

On Mon, 23 Nov 2026 at 16:30, Juridic OKAZII <juridic@okazii.ro> wrote:
> Stimată doamnă inspector,
>
> Ca răspuns la adresa dumneavoastră nr. 7701 din 19.11.2026, dosar penal
> nr. 998/P/2026, vă transmitem atașat datele utilizatorului „radauti_phone”.
>
> Cu stimă,
> Departamentul Juridic OKAZII.RO
"""))

item(15, "law_enforcement", {
    "authority": "TRIBUNALUL CLUJ",
    "authority_kind": "court",
    "reference_date": "2026-11-10",
    "case_number": "3391/117/2026",
    "subjects": [S("username", "casa_verde_cluj"), S("email", "office@casaverde-cj.ro")],
    "requested_data": [
        "datele de identificare ale titularului contului",
        "lista tranzacțiilor încheiate prin platformă",
        "sumele încasate",
    ],
    "period": {"from": "2025-06-01", "to": "2026-05-31"},
    "response_channel": "courier",
    "signatory": "Judecător Rațiu Daniela",
    "urgent": False,
}, "court (Tribunalul Cluj, court code 117: 'dosarul nr. 3391/117/2026') — 'încheiere' extract; PDF attachment; date in words at top right; no separate registration number; reply by post to court",
with_pdf(15, "Tribunalul Cluj - Registratura <trcj-registratura@just.ro>", TO_LEGAL,
         "Comunicare adresa dosar 3391/117/2026", "Tue, 10 Nov 2026 14:30:00 +0200",
         "Stimate domn/Stimată doamnă,\n\nVă comunicăm atașat adresa emisă în dosarul nr. 3391/117/2026.\n\nRegistratura Tribunalului Cluj\n",
         """**ROMÂNIA
**TRIBUNALUL CLUJ
Secția penală
Calea Dorobanților nr. 2-4, Cluj-Napoca
>>Cluj-Napoca, 10 noiembrie 2026

Dosarul nr. 3391/117/2026

Către: OKAZII.RO

Prin încheierea din ședința publică din 05.11.2026, instanța a dispus
solicitarea către dumneavoastră a următoarelor informații privind utilizatorul
„casa_verde_cluj” (adresa de e-mail office@casaverde-cj.ro), pentru perioada
01.06.2025 – 31.05.2026:

   – datele de identificare ale titularului contului;
   – lista tranzacțiilor încheiate prin platformă;
   – sumele încasate.

Vă rugăm să comunicați informațiile în scris, prin curier, la sediul instanței,
cu mențiunea numărului de dosar.

**Judecător,
Rațiu Daniela
**Grefier,
Pop Lavinia
""", "adresa_3391_117_2026.pdf"))

item(16, "law_enforcement", {
    "authority": "Brigada de Combatere a Criminalității Organizate Craiova",
    "authority_kind": "police",
    "reference_number": "112.908",
    "reference_date": "2026-11-27",
    "case_number": "401/D/P/2026",
    "legal_basis": ["art. 152 CPP", "art. 170 CPP", "art. 7 Legea 506/2004"],
    "subjects": [S("phone", "+40751234567"), S("phone", "+40752000111"), S("username", "piese.auto.olt")],
    "requested_data": [
        "conturile de utilizator asociate numerelor de telefon",
        "datele de identificare ale titularilor",
        "adresele IP și porturile sursă folosite la autentificare",
        "datele de trafic păstrate conform Legii nr. 506/2004",
    ],
    "response_channel": "electronic",
    "reply_to": "bcco.craiova@politiaromana.ro",
    "signatory": "Comisar de poliție Enescu Radu",
    "urgent": True,
}, "BCCO in a DIICOT case; Legea 506/2004 art. 7; two phones in different forms (0751.234.567, +40-752-000-111); 'în regim de urgență'",
plain(16, "BCCO Craiova <bcco.craiova@politiaromana.ro>", TO_LEGAL,
      "Solicitare urgenta - 401/D/P/2026", "Fri, 27 Nov 2026 18:40:00 +0200", """MINISTERUL AFACERILOR INTERNE
INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
Direcția de Combatere a Criminalității Organizate
Brigada de Combatere a Criminalității Organizate Craiova

Nr. 112.908 din 27.11.2026
Nesecret

Către OKAZII.RO

În cauza penală nr. 401/D/P/2026 a DIICOT – Serviciul Teritorial Craiova, în
care ne-au fost delegate acte de urmărire penală, în temeiul art. 152 și
art. 170 C.proc.pen., precum și al art. 7 din Legea nr. 506/2004, vă solicităm
în regim de urgență să ne comunicați, pentru numerele de telefon 0751.234.567 și
+40-752-000-111, precum și pentru utilizatorul „piese.auto.olt”:

1. conturile de utilizator asociate numerelor de telefon;
2. datele de identificare ale titularilor;
3. adresele IP și porturile sursă folosite la autentificare;
4. datele de trafic păstrate conform Legii nr. 506/2004.

Răspunsul va fi transmis la adresa de e-mail bcco.craiova@politiaromana.ro.

Ofițer specialist,
Comisar de poliție
Enescu Radu
"""))

item(17, "law_enforcement", {
    "authority": "INSPECTORATUL DE POLIȚIE JUDEȚEAN BRĂILA",
    "authority_kind": "police",
    "reference_number": "56.012",
    "reference_date": "2026-11-30",
    "case_number": "2987/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "dunarea_shop")],
    "transactions": ["83300021"],
    "requested_data": [
        "datele personale ale utilizatorului",
        "istoricul comenzii",
    ],
    "response_channel": "electronic",
    "reply_to": "pm.braila@br.politiaromana.ro",
    "signatory": "Agent principal de poliție Tănase Mihaela",
    "urgent": False,
}, "forwarded message/rfc822: our own colleague forwards to the legal box the letter that arrived at support; the inner message carries the request",
forward(17, "Suport OKAZII <suport@okazii.ro>", TO_LEGAL, "Fw: adresa politie Braila", "Mon, 30 Nov 2026 11:02:00 +0200",
        "Salut,\n\nAm primit pe suport mesajul de mai jos de la Poliția Brăila, vi-l trimit vouă.\n\nMulțumesc,\nAndreea\nAsistență Clienți\n",
        plain(1017, "Politia Municipiului Braila <pm.braila@br.politiaromana.ro>", TO_SUPPORT,
              "Adresa 56.012", "Mon, 30 Nov 2026 09:14:00 +0200", """INSPECTORATUL DE POLIȚIE JUDEȚEAN BRĂILA
Poliția Municipiului Brăila
Biroul Investigații Criminale

Nr. 56.012 din 30.11.2026

Către OKAZII.RO

În dosarul penal nr. 2987/P/2026, având ca obiect infracțiunea de înșelăciune,
în temeiul art. 170 din Codul de procedură penală, vă solicităm să ne puneți
la dispoziție datele personale ale utilizatorului „dunarea_shop” și istoricul
comenzii nr. 83300021.

Răspunsul va fi transmis pe e-mail, la pm.braila@br.politiaromana.ro.

Agent principal de poliție
Tănase Mihaela
""")))

item(18, "law_enforcement", {
    "authority": "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA GALAȚI",
    "authority_kind": "prosecutor",
    "reference_number": "7345/P/2026",
    "reference_date": "2026-12-01",
    "case_number": "7345/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "galati_deals"), S("user_id", "10223344")],
    "requested_data": [
        "datele de identificare ale titularului contului",
        "adresele IP de la care s-a accesat contul",
        "numerele de telefon asociate",
    ],
    "period": {"from": "2026-07-01", "to": "2026-09-30"},
    "response_channel": "electronic",
    "reply_to": "pj.galati@mpublic.ro",
    "signatory": "PRIM-PROCUROR Cristea Lucian",
    "urgent": False,
}, "ordinance in PDF; period in words 'trimestrul III 2026' plus dates in brackets; 'cauza penală nr.'",
with_pdf(18, "PJ Galati <pj.galati@mpublic.ro>", TO_LEGAL, "Ordonanta art. 170", "Tue, 01 Dec 2026 10:00:00 +0200",
         "Atasat ordonanta.\n", """**^^ROMÂNIA
**^^PARCHETUL DE PE LÂNGĂ JUDECĂTORIA GALAȚI

Dosar nr. 7345/P/2026
Nr. 7345/P/2026 din 01 decembrie 2026

^^ORDONANȚĂ

Cristea Lucian, prim-procuror al Parchetului de pe lângă Judecătoria Galați,

examinând actele cauzei penale nr. 7345/P/2026,

în temeiul art. 170 din Codul de procedură penală,

DISPUN:

Obligarea OKAZII.RO să comunice, pentru utilizatorul „galati_deals” (ID utilizator
10223344), pentru trimestrul III 2026 (01.07.2026 – 30.09.2026):

a) datele de identificare ale titularului contului;
b) adresele IP de la care s-a accesat contul;
c) numerele de telefon asociate.

Răspunsul se va transmite electronic, la adresa pj.galati@mpublic.ro.

**PRIM-PROCUROR,
Cristea Lucian
""", "ordonanta_7345.pdf"))

item(19, "law_enforcement", {
    "authority": "Inspectoratul de Politie Judetean Prahova",
    "authority_kind": "police",
    "reference_number": "402117",
    "reference_date": "2026-11-13",
    "case_number": "9012/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "mihai_77"), S("username", "mihai_77_bis"), S("email", "m.stoica77@yahoo.ro")],
    "requested_data": [
        "datele de identificare",
        "adresele IP",
        "legaturile dintre cele doua conturi (acelasi dispozitiv, acelasi IP, aceleasi date de plata)",
    ],
    "response_channel": "electronic",
    "reply_to": "sccio.prahova@ph.politiaromana.ro",
    "signatory": "Subinspector de politie Stoica Dan",
    "urgent": False,
}, "all-lowercase sloppy mail with typos, no diacritics; 'Nr. 402117/13.11.2026' with slash-date; dash list",
plain(19, "sccio prahova <sccio.prahova@ph.politiaromana.ro>", TO_LEGAL,
      "solicitare", "Fri, 13 Nov 2026 15:55:00 +0200", """buna ziua,

IPJ Prahova - Inspectoratul de Politie Judetean Prahova
nr. 402117/13.11.2026

va rog frumos sa ne transmiteti in dos. penal nr. 9012/P/2026 (art. 170 cpp) pt
conturile mihai_77 si mihai_77_bis, ambele inregistrate pe adresa m.stoica77@yahoo.ro :
- datele de identificare
- adresele IP
- legaturile dintre cele doua conturi (acelasi dispozitiv, acelasi IP, aceleasi date de plata)

raspunsul pe mail la sccio.prahova@ph.politiaromana.ro

multumesc,
subinspector de politie Stoica Dan
"""))
ITEMS[-1]["fields"]["signatory"] = "subinspector de politie Stoica Dan"

item(20, "law_enforcement", {
    "authority": "DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI",
    "authority_kind": "police",
    "reference_number": "2.117.540",
    "reference_date": "2026-12-02",
    "case_number": "33019/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "iphone_sigilat_bucuresti"), S("phone", "+40769871234")],
    "transactions": ["84400990"],
    "requested_data": [
        "datele de identificare ale titularului contului",
        "adresele IP de la crearea contului și de la publicarea anunțului nr. 190224455",
        "datele de plată și de livrare pentru tranzacția nr. 84400990",
    ],
    "response_channel": "electronic",
    "reply_to": "fraude.online@b.politiaromana.ro",
    "signatory": "Comisar-șef de poliție Niculescu Gabriel",
    "urgent": True,
}, "DGPMB Serviciul de Investigare a Fraudelor; HTML with numbered <ol>; ad id mentioned (not a transaction); URGENT in subject and body",
html(20, "DGPMB - SIF <fraude.online@b.politiaromana.ro>", TO_LEGAL,
     "URGENT: solicitare date - dosar 33019/P/2026", "Wed, 02 Dec 2026 08:01:00 +0200", """<html><body>
<div style="text-align:center"><b>MINISTERUL AFACERILOR INTERNE<br>DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI<br>Serviciul de Investigare a Fraudelor</b></div>
<p>Nr. 2.117.540 din 02.12.2026</p>
<p><b>URGENT</b></p>
<p>Către: OKAZII.RO</p>
<p>În dosarul penal nr. 33019/P/2026, privind înșelăciunea săvârșită prin anunțul nr. 190224455
(„iPhone 16 Pro sigilat”), publicat de utilizatorul <i>iphone_sigilat_bucuresti</i> (telefon 0769 871 234),
în temeiul art. 170 Cod procedură penală, vă rugăm să ne comunicați de urgență:</p>
<ol>
<li>datele de identificare ale titularului contului;</li>
<li>adresele IP de la crearea contului și de la publicarea anunțului nr. 190224455;</li>
<li>datele de plată și de livrare pentru tranzacția nr. 84400990.</li>
</ol>
<p>Răspunsul va fi transmis la adresa de e-mail fraude.online@b.politiaromana.ro.</p>
<p>Șef serviciu<br>Comisar-șef de poliție<br>Niculescu Gabriel</p>
</body></html>"""))

item(21, "law_enforcement", {
    "authority": "INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ",
    "authority_kind": "police",
    "reference_number": "193.305",
    "reference_date": "2026-11-16",
    "case_number": "3310/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "arges_moto"), S("username", "motoshop.pitesti")],
    "transactions": ["79901234", "79901301"],
    "requested_data": [
        "datele de identificare ale utilizatorilor",
        "adresele IP de conectare",
        "modul de plată al comenzilor",
    ],
    "response_channel": "both",
    "signatory": "Inspector principal de poliție Voicu Marian",
    "urgent": False,
}, "PDF; 'Nr. 193.305 din 16.11.2026'; asks electronic answer AND the original on optical disc by courier to a postal address",
with_pdf(21, "IPJ Arges <sic@ag.politiaromana.ro>", TO_LEGAL, "Adresa IPJ Arges", "Mon, 16 Nov 2026 13:13:00 +0200",
         "Buna ziua,\nVa transmitem adresa atasata.\nIPJ Arges - SIC\n", """**INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ
Serviciul de Investigații Criminale
>>Pitești, 16.11.2026
Nr. 193.305 din 16.11.2026

Către OKAZII.RO

În dosarul penal nr. 3310/P/2026, în conformitate cu prevederile art. 170 din
Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorii
„arges_moto” și „motoshop.pitesti”, implicați în tranzacțiile nr. 79901234 și
nr. 79901301:

1. datele de identificare ale utilizatorilor;
2. adresele IP de conectare;
3. modul de plată al comenzilor.

Răspunsul va fi transmis electronic la adresa sic@ag.politiaromana.ro, iar datele
în format electronic, pe suport optic, prin curier la sediul I.P.J. Argeș din
Pitești, Str. Negru Vodă nr. 43.

**Inspector principal de poliție
Voicu Marian
""", "adresa_193305.pdf"))

item(22, "law_enforcement", {
    "authority": "PARCHETUL DE PE LANGA JUDECATORIA BUFTEA",
    "authority_kind": "prosecutor",
    "reference_number": "2219/P/2026",
    "reference_date": "2026-11-05",
    "case_number": "2219/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("email", "vanzari.rapide@protonmail.com")],
    "requested_data": [
        "datele de identificare ale titularului contului de utilizator",
        "adresele IP utilizate",
        "tranzactiile efectuate",
    ],
    "response_channel": "courier",
    "reply_to": "Parchetul de pe langa Judecatoria Buftea, Str. Stirbei Voda nr. 1, Buftea, jud. Ilfov",
    "signatory": "Procuror Iordache Silvia",
    "urgent": False,
}, "postal reply address in the closing paragraph; answer 'prin posta/curier'; no diacritics; 'Nr. 2219/P/2026 din 5 noiembrie 2026'",
plain(22, "PJ Buftea <pj.buftea@mpublic.ro>", TO_LEGAL, "adresa dosar 2219/P/2026",
      "Thu, 05 Nov 2026 10:00:00 +0200", """PARCHETUL DE PE LANGA JUDECATORIA BUFTEA
Nr. 2219/P/2026 din 5 noiembrie 2026

Catre OKAZII.RO

Va rugam ca, in temeiul art. 170 din Codul de procedura penala, in dosarul
nr. 2219/P/2026, sa ne comunicati datele de identificare ale titularului contului
de utilizator inregistrat cu adresa vanzari.rapide@protonmail.com, adresele IP
utilizate si tranzactiile efectuate.

Raspunsul va fi trimis prin curier, la adresa: Parchetul de pe langa Judecatoria
Buftea, Str. Stirbei Voda nr. 1, Buftea, jud. Ilfov.

Procuror,
Iordache Silvia
"""))

item(23, "law_enforcement", {
    "authority": "INSPECTORATUL DE POLIȚIE JUDEȚEAN MUREȘ",
    "authority_kind": "police",
    "reference_number": "601 288",
    "reference_date": "2026-11-21",
    "case_number": "5120/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "Targu.Mures.Electro")],
    "requested_data": [
        "datele de identificare",
        "numerele de telefon",
        "adresele de e-mail",
        "IBAN-urile declarate",
    ],
    "period": {"from": "2026-04-01", "to": "2026-11-21"},
    "response_channel": "electronic",
    "reply_to": "cibernetic@ms.politiaromana.ro",
    "signatory": "Comisar de poliție Szabó Erika",
    "urgent": False,
}, "number with space '601 288'; date as '21 nov. 2026'; 'din aprilie 2026 până în prezent' (to = letter date); requested data in prose with commas and 'și'",
plain(23, "IPJ Mures - Criminalitate informatica <cibernetic@ms.politiaromana.ro>", TO_LEGAL,
      "Solicitare IPJ Mures", "Sat, 21 Nov 2026 12:00:00 +0200", """INSPECTORATUL DE POLIȚIE JUDEȚEAN MUREȘ
Serviciul de Combatere a Criminalității Informatice
                                         Târgu Mureș, 21 nov. 2026
Nr. 601 288

În dosarul penal nr. 5120/P/2026, în baza art. 170 C.p.p., vă solicităm ca pentru
contul de utilizator cu numele Targu.Mures.Electro, din aprilie 2026 până în
prezent, să ne transmiteți datele de identificare, numerele de telefon, adresele
de e-mail și IBAN-urile declarate.

Răspunsul la cibernetic@ms.politiaromana.ro.

Comisar de poliție
Szabó Erika
"""))

item(24, "law_enforcement", {
    "authority": "Inspectoratul de Poliție Județean Dolj",
    "authority_kind": "police",
    "reference_number": "118540",
    "reference_date": "2026-11-28",
    "case_number": "14420/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("user_id", "5501987"), S("email", "dolj.auto@gmail.com"), S("phone", "+40721555666")],
    "requested_data": [
        "numele, prenumele și CNP-ul titularului contului",
        "adresa de domiciliu",
        "istoricul complet al tranzacțiilor",
    ],
    "response_channel": "electronic",
    "reply_to": "sic@dj.politiaromana.ro",
    "signatory": "Inspector de poliție Pârvu George",
    "urgent": False,
}, "list items that themselves contain commas and 'și' ('numele, prenumele și CNP-ul titularului contului' is ONE item); user id + email + phone",
plain(24, "IPJ Dolj SIC <sic@dj.politiaromana.ro>", TO_LEGAL, "Adresa nr. 118540",
      "Sat, 28 Nov 2026 08:30:00 +0200", """ROMÂNIA
MINISTERUL AFACERILOR INTERNE
Inspectoratul de Poliție Județean Dolj
Serviciul de Investigații Criminale
Nr. 118540 din 28.11.2026

Către: OKAZII.RO

În dosarul penal nr. 14420/P/2026, în conformitate cu art. 170 din Codul de
procedură penală, vă rugăm să ne furnizați, pentru contul cu ID utilizator
5501987 (e-mail dolj.auto@gmail.com, telefon 0721-555-666), următoarele:

1. numele, prenumele și CNP-ul titularului contului;
2. adresa de domiciliu;
3. istoricul complet al tranzacțiilor.

Răspunsul va fi transmis la adresa de e-mail sic@dj.politiaromana.ro.

Inspector de poliție
Pârvu George
"""))

item(25, "law_enforcement", {
    "authority": "Poliția Orașului Voluntari",
    "authority_kind": "police",
    "reference_number": "34.870",
    "reference_date": "2026-12-03",
    "case_number": "1750/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "canapele_voluntari")],
    "transactions": ["85012345"],
    "requested_data": [
        "identitatea vanzatorului",
        "datele de contact ale vanzatorului",
        "contul in care s-a facut plata",
    ],
    "response_channel": "electronic",
    "reply_to": "politia.voluntari@if.politiaromana.ro",
    "signatory": "Agent sef adjunct de politie Manole Cristian",
    "urgent": False,
}, "plain in ISO-8859-2 but without diacritics in body except header; small town police station; 'Operativ'",
plain(25, "Politia Voluntari <politia.voluntari@if.politiaromana.ro>", TO_LEGAL, "Adresa 34.870 / 03.12.2026",
      "Thu, 03 Dec 2026 14:14:00 +0200", """INSPECTORATUL DE POLITIE JUDETEAN ILFOV
Politia Orasului Voluntari
Nr. 34.870 din 03.12.2026
Operativ

Catre OKAZII.RO

Avand in vedere plangerea penala formulata de numitul Georgescu Ion, inregistrata
in dosarul penal nr. 1750/P/2026, referitoare la comanda nr. 85012345 (o canapea
extensibila platita si nelivrata), in temeiul art. 170 C.p.p. va rugam sa ne
comunicati identitatea vanzatorului canapele_voluntari, datele de contact ale
vanzatorului si contul in care s-a facut plata.

Raspunsul la adresa politia.voluntari@if.politiaromana.ro.

Agent sef adjunct de politie
Manole Cristian
""", charset="iso-8859-2"))
ITEMS[-1]["fields"]["authority"] = "INSPECTORATUL DE POLITIE JUDETEAN ILFOV"
ITEMS[-1]["notes"] = "small-town station under IPJ Ilfov (authority = the inspectorate in the heading's first line; the writing unit is Politia Orasului Voluntari); no diacritics; ISO-8859-2 charset; 'Operativ'"

item(26, "law_enforcement", {
    "authority": "INSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU",
    "authority_kind": "police",
    "reference_number": "77120",
    "reference_date": "2026-11-19",
    "case_number": "2890/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "sibiu_retro")],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "adresele IP",
    ],
    "response_channel": "electronic",
    "reply_to": "sic@sb.politiaromana.ro",
    "signatory": "Comisar-șef de poliție Roman Teodor",
    "urgent": False,
}, "multipart/alternative where the text part is a poor auto-conversion of the HTML; signature block with phone/fax of the service (NOT a subject)",
html(26, "IPJ Sibiu <sic@sb.politiaromana.ro>", TO_LEGAL, "Adresa nr. 77120 din 19.11.2026",
     "Thu, 19 Nov 2026 09:45:00 +0200", """<html><head><style>p{margin:0}</style></head><body>
<p><span style="font-size:12pt">INSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU</span></p>
<p>Serviciul de Investigații Criminale</p><p>&nbsp;</p>
<p>Nr. 77120 din 19.11.2026</p><p>&nbsp;</p>
<p>Stimate domn / Stimată doamnă,</p>
<p>În dosarul penal nr. 2890/P/2026, în temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați
datele de identificare ale utilizatorului <b>sibiu_retro</b> și adresele IP folosite de acesta.</p>
<p>Vă rugăm să răspundeți la adresa de e-mail sic@sb.politiaromana.ro.</p><p>&nbsp;</p>
<p>Cu stimă,</p><p>Comisar-șef de poliție</p><p>Roman Teodor</p>
<p style="color:gray;font-size:9pt">IPJ Sibiu, Str. Revoluției nr. 10, Sibiu | Tel. 0269 208 000 | Fax 0269 208 099</p>
</body></html>""", text="""INSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU Serviciul de Investigații Criminale Nr. 77120 din 19.11.2026 Stimate domn / Stimată doamnă, În dosarul penal nr. 2890/P/2026, în temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați datele de identificare ale utilizatorului sibiu_retro și adresele IP folosite de acesta. Vă rugăm să răspundeți la adresa de e-mail sic@sb.politiaromana.ro. Cu stimă, Comisar-șef de poliție Roman Teodor IPJ Sibiu, Str. Revoluției nr. 10, Sibiu | Tel. 0269 208 000 | Fax 0269 208 099
"""))

item(27, "law_enforcement", {
    "authority": "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 6 BUCUREȘTI",
    "authority_kind": "prosecutor",
    "reference_number": "18004/P/2026",
    "reference_date": "2026-11-26",
    "case_number": "18004/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "ana_maria.b"), S("username", "anamaria_b2")],
    "transactions": ["81110001", "81110002", "81110003", "81110004"],
    "requested_data": [
        "datele de identificare ale titularilor conturilor",
        "tranzacțiile nr. 81110001, 81110002, 81110003 și 81110004, cu toate detaliile (sume, date, metode de plată, adrese de livrare)",
        "corespondența dintre părți",
    ],
    "period": {"from": "2026-02-01", "to": "2026-08-31"},
    "response_channel": "electronic",
    "reply_to": "pjs6@mpublic.ro",
    "signatory": "Procuror Mocanu Elena",
    "urgent": False,
}, "PDF attached to a cover mail that itself repeats neither case nor users; four transactions listed inside one requested-data item; period 'februarie – august 2026'",
with_pdf(27, "PJS6 Registratura <pjs6@mpublic.ro>", TO_LEGAL, "Adresa", "Thu, 26 Nov 2026 16:16:16 +0200",
         "Buna ziua,\n\nAtasat va transmitem o adresa din partea Parchetului de pe langa Judecatoria Sectorului 6.\n\nCu stima,\nRegistratura\n", """**PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 6 BUCUREȘTI
>>Nr. 18004/P/2026
>>26.11.2026

Către: OKAZII.RO

În cauza penală nr. 18004/P/2026, în temeiul art. 170 alin. (1) din Codul de
procedură penală, vă solicităm să ne transmiteți, pentru conturile de utilizator
„ana_maria.b” și „anamaria_b2”, pentru perioada februarie – august 2026:

1. datele de identificare ale titularilor conturilor;
2. tranzacțiile nr. 81110001, 81110002, 81110003 și 81110004, cu toate detaliile (sume, date, metode de plată, adrese de livrare);
3. corespondența dintre părți.

Răspunsul va fi transmis la adresa de e-mail pjs6@mpublic.ro.

**Procuror,
Mocanu Elena
""", "adresa_18004_P_2026.pdf"))

item(28, "law_enforcement", {
    "authority": "INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI",
    "authority_kind": "police",
    "reference_number": "45.330",
    "reference_date": "2026-11-14",
    "case_number": "877/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "vs_agro")],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "adresele IP",
        "numărul de telefon",
    ],
    "response_channel": "electronic",
    "reply_to": "sic@vs.politiaromana.ro",
    "signatory": "Inspector de poliție Apostol Ionuț",
    "urgent": False,
}, "cover mail in plain text that summarises; the full letter follows in the body after a long separator and a legal disclaimer footer; signatory name with diacritics",
plain(28, "IPJ Vaslui <sic@vs.politiaromana.ro>", TO_LEGAL, "adresa nr 45.330",
      "Sat, 14 Nov 2026 10:20:00 +0200", """Bună ziua,

Mai jos regăsiți adresa noastră. Vă mulțumim.

--------------------------------------------------
INSPECTORATUL DE POLIȚIE JUDEȚEAN VASLUI
Serviciul de Investigații Criminale
Nr. 45.330 din 14.11.2026

Către: OKAZII.RO

Efectuăm cercetări în dosarul penal nr. 877/P/2026. Conform art. 170 Cod
procedură penală, vă rugăm să ne comunicați datele de identificare ale
utilizatorului vs_agro, adresele IP și numărul de telefon.

Răspunsul: pe e-mail la sic@vs.politiaromana.ro.

Inspector de poliție
Apostol Ionuț
--------------------------------------------------

Acest mesaj și eventualele atașamente pot conține informații confidențiale,
destinate exclusiv destinatarului. Dacă l-ați primit din greșeală, vă rugăm
să anunțați expeditorul și să îl ștergeți. Ministerul Afacerilor Interne.
"""))

item(29, "law_enforcement", {
    "authority": "INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU",
    "authority_kind": "police",
    "reference_number": "250.611",
    "reference_date": "2026-11-22",
    "case_number": "6021/P/2026",
    "legal_basis": ["art. 138 CPP", "art. 170 CPP"],
    "subjects": [S("username", "bacau_phones"), S("iban", "RO16BTRLRONCRT0123456701")],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "toate conturile de utilizator asociate IBAN-ului RO16BTRLRONCRT0123456701",
        "adresele IP",
    ],
    "response_channel": "electronic",
    "reply_to": "sic@bc.politiaromana.ro",
    "signatory": "Subcomisar de poliție Lazăr Oana",
    "urgent": False,
}, "IBAN written in groups with spaces in the body ('RO16 BTRL RONC RT01 2345 6701'), normalised without spaces in truth; art. 138 alin. (1) lit. k)",
plain(29, "IPJ Bacau SIC <sic@bc.politiaromana.ro>", TO_LEGAL, "Adresa 250.611",
      "Sun, 22 Nov 2026 19:00:00 +0200", """INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU
Serviciul de Investigații Criminale
Nr. 250.611 din 22.11.2026

Către OKAZII.RO

În dosarul penal nr. 6021/P/2026, în temeiul art. 138 alin. (1) lit. k) și
art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, cu privire
la utilizatorul „bacau_phones”, care a indicat pentru încasări contul IBAN
RO16 BTRL RONC RT01 2345 6701:

– datele de identificare ale utilizatorului;
– toate conturile de utilizator asociate IBAN-ului RO16BTRLRONCRT0123456701;
– adresele IP.

Răspunsul va fi transmis la adresa sic@bc.politiaromana.ro.

Subcomisar de poliție
Lazăr Oana
"""))

item(30, "law_enforcement", {
    "authority": "CURTEA DE APEL BUCUREȘTI",
    "authority_kind": "court",
    "reference_date": "2026-11-27",
    "case_number": "4410/2/2026",
    "subjects": [S("username", "lux_genti_originale")],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "anunțurile publicate în perioada ianuarie – iunie 2026",
        "tranzacțiile finalizate în aceeași perioadă",
    ],
    "period": {"from": "2026-01-01", "to": "2026-06-30"},
    "response_channel": "electronic",
    "reply_to": "cabuc-penal@just.ro",
    "signatory": "Judecător Florescu Adriana",
    "urgent": True,
}, "Court of Appeal (court code 2); deadline phrased as 'în termen de 3 zile' and 'de urgență' (urgent); no separate registration number",
plain(30, "Curtea de Apel Bucuresti - Sectia penala <cabuc-penal@just.ro>", TO_LEGAL,
      "Dosar nr. 4410/2/2026 - adresa", "Fri, 27 Nov 2026 11:30:00 +0200", """ROMÂNIA
CURTEA DE APEL BUCUREȘTI
SECȚIA I PENALĂ
Splaiul Independenței nr. 5, sector 4, București

Dosar nr. 4410/2/2026
27 noiembrie 2026

Către OKAZII.RO

Curtea vă solicită să comunicați de urgență, în termen de 3 zile de la primire,
în dosarul nr. 4410/2/2026, următoarele date privind utilizatorul
„lux_genti_originale”:

1. datele de identificare ale utilizatorului;
2. anunțurile publicate în perioada ianuarie – iunie 2026;
3. tranzacțiile finalizate în aceeași perioadă.

Răspunsul va fi transmis la adresa de e-mail cabuc-penal@just.ro.

Judecător,
Florescu Adriana

Grefier,
Matei Ioana
"""))

item(31, "law_enforcement", {
    "authority": "Parchetul de pe lângă Judecătoria Iași",
    "authority_kind": "prosecutor",
    "reference_number": "10554/P/2026",
    "reference_date": "2026-12-01",
    "case_number": "10554/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("phone", "+40744000999")],
    "requested_data": [
        "contul sau conturile de utilizator asociate numărului de telefon 0744.000.999",
        "datele de identificare ale titularului",
        "anunțurile active",
    ],
    "response_channel": "electronic",
    "reply_to": "pj.iasi@mpublic.ro",
    "signatory": "Procuror Munteanu Tudor",
    "urgent": False,
}, "forwarded inline (not as attachment): '---------- Forwarded message ---------' block from a colleague at the parchet; the letter is in the forwarded part; phone with dots",
plain(31, "Munteanu Tudor <tudor.munteanu@mpublic.ro>", TO_LEGAL, "Fwd: adresa 10554/P/2026",
      "Tue, 01 Dec 2026 15:00:00 +0200", """Revin cu adresa de mai jos, la care nu am primit încă confirmare de primire.

---------- Forwarded message ---------
From: Parchetul de pe lângă Judecătoria Iași <pj.iasi@mpublic.ro>
Date: Tue, 1 Dec 2026 at 09:02
Subject: adresa 10554/P/2026
To: <juridic@okazii.ro>

Parchetul de pe lângă Judecătoria Iași
Nr. 10554/P/2026 din 01.12.2026

Către OKAZII.RO

În temeiul art. 170 din Codul de procedură penală, în dosarul nr. 10554/P/2026,
vă solicităm să ne comunicați:
1. contul sau conturile de utilizator asociate numărului de telefon 0744.000.999;
2. datele de identificare ale titularului;
3. anunțurile active.

Răspunsul va fi transmis pe e-mail, la pj.iasi@mpublic.ro.

Procuror,
Munteanu Tudor
"""))

item(32, "law_enforcement", {
    "authority": "Inspectoratul de Poliție Județean Hunedoara",
    "authority_kind": "police",
    "reference_number": "HD/88123",
    "reference_date": "2026-11-30",
    "case_number": "3003/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "deva_lemne_foc"), S("email", "lemnedeva@yahoo.com"), S("phone", "+40254111222")],
    "transactions": ["84001122"],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "datele comenzii nr. 84001122",
        "adresele IP",
    ],
    "response_channel": "electronic",
    "reply_to": "sic@hd.politiaromana.ro",
    "signatory": "Comisar de poliție Oprea Lucia",
    "urgent": False,
}, "landline phone 0254 (not mobile) as subject's phone; registration 'HD/88123'; sent from politiaromana.ro with display name that differs",
plain(32, "\"Oprea Lucia\" <sic@hd.politiaromana.ro>", TO_LEGAL, "Adresa HD/88123 din 30.11.2026",
      "Mon, 30 Nov 2026 12:12:00 +0200", """INSPECTORATUL DE POLIȚIE JUDEȚEAN HUNEDOARA
Serviciul de Investigații Criminale

Nr. HD/88123 din 30.11.2026

În dosarul penal nr. 3003/P/2026, în baza art. 170 C.pr.pen., vă solicităm
să ne transmiteți, pentru utilizatorul deva_lemne_foc (lemnedeva@yahoo.com,
tel. 0254/111.222):

a) datele de identificare ale utilizatorului;
b) datele comenzii nr. 84001122;
c) adresele IP.

Răspuns la sic@hd.politiaromana.ro.

Comisar de poliție
Oprea Lucia
"""))
ITEMS[-1]["fields"]["authority"] = "INSPECTORATUL DE POLIȚIE JUDEȚEAN HUNEDOARA"

item(33, "law_enforcement", {
    "authority": "Inspectoratul de Politie Judetean Neamt",
    "authority_kind": "police",
    "reference_number": "301.220",
    "reference_date": "2026-11-18",
    "case_number": "4120/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "neamt_bijuterii")],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "tranzactiile efectuate",
    ],
    "response_channel": "electronic",
    "reply_to": "sic@nt.politiaromana.ro",
    "signatory": "Inspector principal de politie Ciobanu Radu",
    "urgent": False,
}, "forwarded as message/rfc822 by the IPJ secretariat; inner part ISO-8859-2 base64, no diacritics; date '18/11/2026'",
forward(33, "Secretariat IPJ Neamt <secretariat@nt.politiaromana.ro>", TO_LEGAL, "Fw: Adresa 301.220",
        "Wed, 18 Nov 2026 10:30:00 +0200", "Retransmitem adresa de mai jos, trimisa initial la o adresa gresita.\n\nSecretariat IPJ Neamt\n",
        plain(1033, "IPJ Neamt <sic@nt.politiaromana.ro>", "office@okazii.ro", "Adresa 301.220",
      "Wed, 18 Nov 2026 10:00:00 +0200", """Inspectoratul de Politie Judetean Neamt
Serviciul de Investigatii Criminale
Nr. 301.220 din 18/11/2026

Catre OKAZII.RO

Efectuam cercetari in dosarul penal nr. 4120/P/2026. In baza art. 170 C.p.p. va
solicitam sa ne comunicati datele de identificare ale utilizatorului neamt_bijuterii
si tranzactiile efectuate de acesta.

Raspunsul la sic@nt.politiaromana.ro.

Inspector principal de politie
Ciobanu Radu
""", charset="iso-8859-2", cte="base64")))

item(34, "law_enforcement", {
    "authority": "AGENȚIA NAȚIONALĂ DE ADMINISTRARE FISCALĂ",
    "authority_kind": "other",
    "reference_number": "A-DGAF 7712",
    "reference_date": "2026-11-25",
    "legal_basis": ["art. 61 Legea 207/2015"],
    "subjects": [S("username", "comert_online_srl"), S("username", "haine_la_kg")],
    "requested_data": [
        "datele de identificare ale titularilor conturilor",
        "numărul și valoarea tranzacțiilor încheiate",
        "conturile bancare declarate",
    ],
    "period": {"from": "2025-01-01", "to": "2025-12-31"},
    "response_channel": "electronic",
    "reply_to": "antifrauda.regiunea3@anaf.ro",
    "signatory": "Inspector antifraudă Grigore Dan",
    "urgent": False,
}, "tax authority (ANAF - Direcția Generală Antifraudă Fiscală), authority_kind other; legal basis from the Fiscal Procedure Code (Legea 207/2015), not CPP; no criminal case number; year 2025 as period",
plain(34, "ANAF DGAF <antifrauda.regiunea3@anaf.ro>", TO_LEGAL, "Solicitare informatii art. 61 Cod procedura fiscala",
      "Wed, 25 Nov 2026 13:00:00 +0200", """AGENȚIA NAȚIONALĂ DE ADMINISTRARE FISCALĂ
Direcția Generală Antifraudă Fiscală
Direcția Regională Antifraudă Fiscală 3

Nr. A-DGAF 7712 / 25.11.2026

Către OKAZII.RO

În temeiul art. 61 din Legea nr. 207/2015 privind Codul de procedură fiscală,
vă solicităm să ne comunicați, pentru utilizatorii „comert_online_srl” și
„haine_la_kg”, pentru anul 2025:

1. datele de identificare ale titularilor conturilor;
2. numărul și valoarea tranzacțiilor încheiate;
3. conturile bancare declarate.

Informațiile vor fi transmise la adresa antifrauda.regiunea3@anaf.ro.

Inspector antifraudă
Grigore Dan
"""))

item(35, "law_enforcement", {
    "authority": "Inspectoratul de Poliție Județean Cluj",
    "authority_kind": "police",
    "reference_number": "124877",
    "reference_date": "2026-12-03",
    "case_number": "4521/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "ion_vanzator88"), S("username", "ion.vanzator.88")],
    "requested_data": [
        "datele de identificare ale contului ion.vanzator.88",
        "eventualele legături cu contul ion_vanzator88 (IP, dispozitiv, date de plată)",
    ],
    "response_channel": "electronic",
    "reply_to": "scci@cj.politiaromana.ro",
    "signatory": "Comisar-șef de poliție Mureșan Vasile",
    "urgent": False,
}, "follow-up to d001 (same case, same user, new look-alike user); refers to the earlier letter 'nr. 123456 din 12.11.2026' which must not be taken as this letter's number",
plain(35, "IPJ Cluj - SCCI <scci@cj.politiaromana.ro>", TO_LEGAL, "Completare la adresa nr. 123456",
      "Thu, 03 Dec 2026 09:00:00 +0200", """Inspectoratul de Poliție Județean Cluj
Serviciul de Combatere a Criminalității Informatice

Nr. 124877 din 03.12.2026

Către: OKAZII.RO – Departamentul Juridic

Urmare a răspunsului dumneavoastră la adresa noastră nr. 123456 din 12.11.2026,
în același dosar penal nr. 4521/P/2026, în temeiul art. 170 C.p.p., vă rugăm să
ne comunicați și:

1. datele de identificare ale contului ion.vanzator.88;
2. eventualele legături cu contul ion_vanzator88 (IP, dispozitiv, date de plată).

Răspunsul va fi transmis în format electronic la scci@cj.politiaromana.ro.

Șef serviciu,
Comisar-șef de poliție
Mureșan Vasile
"""))

item(36, "law_enforcement", {
    "authority": "PARCHETUL DE PE LÂNGĂ TRIBUNALUL CONSTANȚA",
    "authority_kind": "prosecutor",
    "reference_number": "889/II/6/2026",
    "reference_date": "2026-11-29",
    "case_number": "1500/P/2025",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "litoral.rent"), S("email", "rezervari.litoral@gmail.com")],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "anunțurile de închiriere publicate",
        "sumele încasate prin platformă",
        "adresele IP",
    ],
    "period": {"from": "2025-05-01", "to": "2025-09-30"},
    "response_channel": "courier",
    "reply_to": "Parchetul de pe lângă Tribunalul Constanța, Str. Traian nr. 31, Constanța",
    "signatory": "Procuror Dobre Valentina",
    "urgent": False,
}, "PDF; case from previous year (1500/P/2025); period 'sezonul estival 2025 (01.05.2025 – 30.09.2025)'; answer by courier to postal address",
with_pdf(36, "Parchetul Tribunalul Constanta <ptct@mpublic.ro>", TO_LEGAL, "adresa nr. 889/II/6/2026",
         "Sun, 29 Nov 2026 12:00:00 +0200", "Buna ziua, va transmitem adresa in atasament.\n", """**PARCHETUL DE PE LÂNGĂ TRIBUNALUL CONSTANȚA
>>Constanța, 29.11.2026
Nr. 889/II/6/2026

Către: OKAZII.RO

În dosarul penal nr. 1500/P/2025, în temeiul art. 170 Cod procedură penală,
vă solicităm să ne comunicați, referitor la utilizatorul „litoral.rent”
(e-mail rezervari.litoral@gmail.com), pentru sezonul estival 2025
(01.05.2025 – 30.09.2025):

• datele de identificare ale utilizatorului;
• anunțurile de închiriere publicate;
• sumele încasate prin platformă;
• adresele IP.

Răspunsul va fi transmis prin curier, la adresa: Parchetul de pe lângă
Tribunalul Constanța, Str. Traian nr. 31, Constanța.

**Procuror,
Dobre Valentina
""", "adresa_889.pdf"))

item(37, "law_enforcement", {
    "authority": "Secția 2 Poliție Rurală Florești",
    "authority_kind": "police",
    "reference_number": "8.112",
    "reference_date": "2026-11-24",
    "case_number": "733/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "ferma_floresti")],
    "transactions": ["83990012"],
    "requested_data": [
        "datele de identificare ale vânzătorului",
        "telefonul și adresa de e-mail",
    ],
    "response_channel": "electronic",
    "reply_to": "sectia2rurala@cj.politiaromana.ro",
    "signatory": "Agent șef de poliție Pop Ioan",
    "urgent": False,
}, "very short letter from a rural police station; authority heading is the station only; 'Nr. 8.112/24.11.2026'",
plain(37, "Sectia 2 Politie Rurala Floresti <sectia2rurala@cj.politiaromana.ro>", TO_LEGAL, "adresa",
      "Tue, 24 Nov 2026 11:45:00 +0200", """Secția 2 Poliție Rurală Florești
Nr. 8.112/24.11.2026

Vă rugăm să ne comunicați în dosarul penal nr. 733/P/2026, conform art. 170 CPP,
datele de identificare ale vânzătorului ferma_floresti (comanda nr. 83990012),
telefonul și adresa de e-mail.

Răspuns la sectia2rurala@cj.politiaromana.ro

Agent șef de poliție
Pop Ioan
"""))

item(38, "law_enforcement", {
    "authority": "Inspectoratul de Poliție Județean Brașov",
    "authority_kind": "police",
    "reference_number": "402.551",
    "reference_date": "2026-12-02",
    "case_number": "7001/P/2026",
    "legal_basis": ["art. 170 CPP", "art. 154 CPP"],
    "subjects": [S("username", "brasov_ski_rent"), S("username", "skiuri.poiana")],
    "requested_data": [
        "conservarea imediată a datelor informatice privind conturile",
        "datele de identificare ale titularilor",
        "adresele IP",
    ],
    "response_channel": "electronic",
    "reply_to": "sccio@bv.politiaromana.ro",
    "signatory": "Comisar-șef de poliție Ardeleanu Victor",
    "urgent": True,
}, "asks for preservation (art. 154 CPP) + data; 'termen: 24 de ore'; HTML with inline CSS and <br> separated list; 'Exemplar unic'",
html(38, "IPJ Brasov - SCCO <sccio@bv.politiaromana.ro>", TO_LEGAL, "Adresa 402.551 - conservare date",
     "Wed, 02 Dec 2026 07:50:00 +0200", """<div>INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV<br>Serviciul de Combatere a Criminalității Organizate</div>
<div><br></div><div>Nr. 402.551 din 02.12.2026<br>Exemplar unic</div><div><br></div>
<div>Către OKAZII.RO</div><div><br></div>
<div>În dosarul penal nr. 7001/P/2026, în temeiul art. 154 și art. 170 din Codul de procedură penală,
vă solicităm, cu termen: 24 de ore, pentru conturile <b>brasov_ski_rent</b> și <b>skiuri.poiana</b>:<br>
1. conservarea imediată a datelor informatice privind conturile;<br>
2. datele de identificare ale titularilor;<br>
3. adresele IP.</div><div><br></div>
<div>Răspunsul va fi transmis la adresa de e-mail sccio@bv.politiaromana.ro.</div><div><br></div>
<div>Comisar-șef de poliție<br>Ardeleanu Victor</div>"""))
ITEMS[-1]["fields"]["authority"] = "INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV"

item(39, "law_enforcement", {
    "authority": "Parchetul de pe lângă Judecătoria Cluj-Napoca",
    "authority_kind": "prosecutor",
    "reference_number": "4521/P/2026",
    "reference_date": "2026-11-09",
    "case_number": "4521/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "ion_vanzator88")],
    "requested_data": [
        "datele de identificare ale utilizatorului ion_vanzator88",
        "adresele IP de la care a fost accesat contul",
        "tranzacțiile efectuate în perioada 01.03.2026 – 30.06.2026",
    ],
    "period": {"from": "2026-03-01", "to": "2026-06-30"},
    "response_channel": "electronic",
    "reply_to": "scci@cj.politiaromana.ro",
    "signatory": "Procuror Vlad Simona",
    "urgent": False,
}, "prosecutor's ordinance (PDF) in the same case as d001, sent by the police with a cover mail; answer goes to the police e-mail; the cover mail's sender is a police unit while the authority is the parchet",
with_pdf(39, "IPJ Cluj - SCCI <scci@cj.politiaromana.ro>", TO_LEGAL, "Ordonanta procuror - dosar 4521/P/2026",
         "Thu, 12 Nov 2026 10:45:00 +0200", """Bună ziua,

În completarea adresei noastre nr. 123456 din 12.11.2026, vă transmitem atașat
ordonanța procurorului emisă în temeiul art. 170 C.p.p. în dosarul 4521/P/2026.

Cu stimă,
SCCI - IPJ Cluj
""", """**^^ROMÂNIA
**^^PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CLUJ-NAPOCA

Dosar nr. 4521/P/2026
>>09.11.2026

^^ORDONANȚĂ

Vlad Simona, procuror în cadrul Parchetului de pe lângă Judecătoria Cluj-Napoca,

în temeiul art. 170 din Codul de procedură penală,

DISPUN:

Obligarea OKAZII.RO să comunice organelor de cercetare penală din cadrul
I.P.J. Cluj – S.C.C.I.:

1. datele de identificare ale utilizatorului ion_vanzator88;
2. adresele IP de la care a fost accesat contul;
3. tranzacțiile efectuate în perioada 01.03.2026 – 30.06.2026.

Datele vor fi transmise în format electronic la adresa scci@cj.politiaromana.ro.

**Procuror,
Vlad Simona
""", "ordonanta_4521_P_2026.pdf"))
ITEMS[-1]["fields"]["authority"] = "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CLUJ-NAPOCA"
del ITEMS[-1]["fields"]["reference_number"]
ITEMS[-1]["notes"] += "; no separate registration number on the ordinance (only 'Dosar nr.'); the cover mail cites police letter nr. 123456 (not this document's)"

item(40, "law_enforcement", {
    "authority": "Inspectoratul de Poliție Județean Galați",
    "authority_kind": "police",
    "reference_number": "66701",
    "reference_date": "2026-12-04",
    "case_number": "9900/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "subjects": [S("username", "gl_consola"), S("email", "gl.consola@yahoo.com"), S("phone", "+40740123123")],
    "transactions": ["86000101"],
    "requested_data": [
        "datele de identificare ale utilizatorului",
        "adresele IP",
        "detaliile tranzacției nr. 86000101",
    ],
    "response_channel": "electronic",
    "reply_to": "sic@gl.politiaromana.ro",
    "signatory": "Inspector de poliție Ene Marius",
    "urgent": False,
}, "English/Romanian mixed subject; mail with a Reply-To header equal to the authority's address; phone as '(+40) 740 123 123'",
plain(40, "IPJ Galati <sic@gl.politiaromana.ro>", TO_LEGAL, "Request / Solicitare date - 9900/P/2026",
      "Fri, 04 Dec 2026 08:00:00 +0200", """INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI
Serviciul de Investigații Criminale
Nr. 66701 din 04.12.2026

În dosarul penal nr. 9900/P/2026, în temeiul art. 170 din Codul de procedură
penală, vă rugăm să ne furnizați, pentru utilizatorul gl_consola
(gl.consola@yahoo.com, telefon (+40) 740 123 123):

1. datele de identificare ale utilizatorului;
2. adresele IP;
3. detaliile tranzacției nr. 86000101.

Răspunsul va fi transmis pe adresa sic@gl.politiaromana.ro.

Inspector de poliție
Ene Marius
""", extra={"Reply-To": "sic@gl.politiaromana.ro"}))
ITEMS[-1]["fields"]["authority"] = "INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI"


# ---------------------------------------------------------------------------
# SUPPORT
# ---------------------------------------------------------------------------

item(41, "support", {"topic": "account access", "contact": {"email": "radu.m.constantin@gmail.com"}},
     "cannot log in, worded without 'parolă'/'resetare'; Romanian with diacritics",
     plain(41, "Radu Constantin <radu.m.constantin@gmail.com>", TO_SUPPORT, "nu mă lasă să intru",
           "Sun, 29 Nov 2026 22:14:00 +0200", """Salutare,

De ieri seară tot încerc să intru pe site cu adresa mea și îmi zice că datele nu
se potrivesc, deși sunt 100% sigur că le scriu bine, le am notate. Am încercat și
de pe telefon și de pe laptop. Ce pot să fac? Am câteva anunțuri active și nu
vreau să le pierd.

Mersi,
Radu
"""))

item(42, "support", {"topic": "payouts to a foreign bank account", "contact": {"email": "s.rusu.md@mail.md"}},
     "English; asks whether payouts can go to a Moldovan bank account",
     plain(42, "Sergiu Rusu <s.rusu.md@mail.md>", TO_SUPPORT, "Selling from Chisinau",
           "Mon, 30 Nov 2026 08:20:00 +0200", """Hello,

I live in Chisinau and would like to list some furniture on your site for buyers
in Iasi. Is it possible to get the money into a Moldovan bank account (MDL or EUR),
or do I need a Romanian one? Also, are there extra fees in that case?

Thank you,
Sergiu
"""))

item(43, "support", {"topic": "invoice for commission on company details", "contact": {"email": "contabilitate@mobila-artizan.ro", "phone": "+40264555123"}},
     "company asks for invoice issued on its company details; mentions CUI; phone in signature",
     plain(43, "Contabilitate Mobila Artizan <contabilitate@mobila-artizan.ro>", TO_SUPPORT,
           "Factura comision octombrie", "Tue, 01 Dec 2026 10:30:00 +0200", """Bună ziua,

Pentru luna octombrie ni s-a emis documentul pentru comisioane pe numele
administratorului, nu pe firmă. Ne puteți reemite documentul pe
SC Mobila Artizan SRL, CUI RO31234567, sediul în Cluj-Napoca, Str. Fabricii nr. 9?
Contabilul nostru nu îl poate înregistra altfel.

Mulțumim,
Ioana Bercea
Contabilitate
tel. 0264 555 123
"""))

item(44, "support", {"topic": "shipping cost and who pays it", "contact": {"email": "gabi_tanase@yahoo.com"}},
     "no diacritics; shipping question (locker delivery)",
     plain(44, "gabi tanase <gabi_tanase@yahoo.com>", TO_SUPPORT, "transport",
           "Tue, 01 Dec 2026 21:05:00 +0200", """buna seara
vreau sa vand niste carti si nu inteleg cine plateste transportul, eu sau cel care
cumpara? si daca aleg livrare la locker cat costa un colet mic, sub 2 kg? trebuie
sa il impachetez eu?
multumesc
"""))

item(45, "support", {"topic": "listing removed (food supplements)", "contact": {"email": "vitalbio.shop@gmail.com"}},
     "asks why a listing was taken down; mentions listing id (not a transaction); polite irritation",
     plain(45, "VitalBio <vitalbio.shop@gmail.com>", TO_SUPPORT, "Anunt sters fara explicatie - 188776655",
           "Wed, 02 Dec 2026 09:40:00 +0200", """Bună ziua,

Anunțul meu nr. 188776655 (ceai de plante și capsule cu vitamina D) a dispărut de
pe site azi-dimineață. Nu am primit nicio explicație. Ce regulă am încălcat? Vând
produse avizate, am toate documentele. Dacă trebuie să modific ceva în text, vă
rog să-mi spuneți ce anume.

O zi bună,
Camelia Dinu
"""))

item(46, "support", {"topic": "change phone number on account", "contact": {"email": "florin.stan84@gmail.com"}},
     "'cum pot…' question; contains a phone number that is NOT a subject of anything",
     plain(46, "Florin Stan <florin.stan84@gmail.com>", TO_SUPPORT, "numar nou",
           "Wed, 02 Dec 2026 13:00:00 +0200", """Bună,

Cum pot să schimb numărul de telefon din cont? Am renunțat la 0722 111 000 și acum
am 0733 222 444. Când încerc să-l modific îmi cere un cod pe numărul vechi, pe care
nu-l mai am.

Florin
"""))
ITEMS[-1]["fields"]["contact"]["phone"] = "+40733222444"
ITEMS[-1]["notes"] += "; contact phone = the new number he now uses (doubtful)"

item(47, "support", {"topic": "delete account and personal data", "contact": {"email": "l.marinescu@outlook.com"}},
     "GDPR deletion request in plain words, no 'GDPR' keyword; mentions 'date personale'",
     plain(47, "Lavinia Marinescu <l.marinescu@outlook.com>", TO_SUPPORT, "nu mai vreau cont",
           "Thu, 03 Dec 2026 18:22:00 +0200", """Bună ziua,

Nu mai folosesc site-ul de doi ani și aș vrea să dispară tot ce ține de mine: contul,
anunțurile vechi, numărul de telefon, adresa. Se poate? Ce trebuie să fac ca să
fiu sigură că nu mai rămâne nimic din datele mele la voi?

Lavinia Marinescu
"""))

item(48, "support", {"topic": "charged twice for ad promotion", "contact": {"email": "cristi.auto.dej@gmail.com"}},
     "payment to the platform itself (promotion) charged twice — support, not a complaint against another user; amount given",
     plain(48, "Cristi <cristi.auto.dej@gmail.com>", TO_SUPPORT, "plata dubla promovare",
           "Thu, 03 Dec 2026 11:11:00 +0200", """Salut, am plătit promovarea pentru anunțul cu jantele (pachetul de 7 zile,
29,90 lei) și pe extras îmi apare suma de două ori, la 2 minute distanță. Pe site
apare o singură promovare. Cum recuperez banii pentru a doua plată?

Mersi, Cristi
"""))

item(49, "support", {"topic": "two-factor authentication", "contact": {"email": "tom.becker@posteo.de"}},
     "English, security setting question",
     html(49, "Tom Becker <tom.becker@posteo.de>", TO_SUPPORT, "2FA?",
          "Fri, 04 Dec 2026 07:30:00 +0100", """<p>Hi there,</p><p>Is there a way to turn on two-step login (an authenticator app, not SMS) for my account? I couldn't find it in the settings.</p><p>Cheers,<br>Tom</p>"""))

item(50, "support", {"topic": "listing view statistics", "contact": {"email": "marcel.vlad@yahoo.ro"}},
     "no diacritics, one sentence, typos",
     plain(50, "marcel vlad <marcel.vlad@yahoo.ro>", TO_SUPPORT, "(fara subiect)",
           "Fri, 04 Dec 2026 12:00:00 +0200", """unde pot vedea cate persoane au vazut anuntu meu? am cautat in contul meu si nu gasesc nicaeri
"""))

item(51, "support", {"topic": "how the Delivery Guarantee works before buying", "contact": {"email": "andreea.pavel@icloud.com"}},
     "ADVERSARIAL: names 'Garanția de Livrare' but is a question before buying (no transaction, no complaint); sent from iPhone",
     plain(51, "Andreea Pavel <andreea.pavel@icloud.com>", TO_SUPPORT, "Intrebare garantie",
           "Fri, 04 Dec 2026 16:45:00 +0200", """Bună,

Vreau să cumpăr o bicicletă de la un vânzător din alt oraș și nu l-am mai folosit
până acum. Dacă aleg plata cu Garanția de Livrare, banii ajung la el doar după ce
confirm că am primit bicicleta? Și cât timp am la dispoziție să verific coletul?

Mulțumesc!

Trimis de pe iPhone
"""))

item(52, "support", {"topic": "caller claiming to be police asked for account data", "contact": {"email": "dan.ghita55@gmail.com"}},
     "ADVERSARIAL: mentions 'poliție', 'dosar', 'date' but is a worried user's question, not an official request",
     plain(52, "Dan Ghita <dan.ghita55@gmail.com>", TO_SUPPORT, "m-a sunat cineva de la politie??",
           "Sat, 28 Nov 2026 10:00:00 +0200", """Buna ziua,

Azi m-a sunat un domn care a zis ca e de la Politie si ca am un dosar legat de un
anunt de pe site-ul vostru. Mi-a cerut sa-i spun codul primit prin SMS ca sa
"verifice contul". Nu i-am dat nimic. E normal asa ceva? Voi dati datele mele la
oricine suna? Ce ar trebui sa fac?

Dan Ghita
"""))


# ---------------------------------------------------------------------------
# UNKNOWN
# ---------------------------------------------------------------------------

item(53, "unknown", {}, "English SEO spam",
     html(53, "Kevin | RankBoost <kevin@rankboost-seo.net>", TO_SUPPORT, "Quick question about okazii.ro",
          "Mon, 23 Nov 2026 03:14:00 +0000", """<p>Hi team,</p><p>I was checking okazii.ro and noticed you're missing out on 12,000+ monthly searches because of 37 technical SEO issues. We helped 200+ marketplaces reach page 1 on Google.</p><p>Can I send you a free audit? Just reply "YES".</p><p>Best,<br>Kevin<br>RankBoost Digital</p><p style="font-size:8px">To stop receiving emails reply STOP.</p>""",
          extra={"List-Unsubscribe": "<mailto:unsub@rankboost-seo.net>"}))

item(54, "unknown", {}, "Romanian unsolicited service offer (office cleaning)",
     plain(54, "CleanPro Birouri <oferte@cleanpro-birouri.ro>", TO_LEGAL, "Ofertă servicii curățenie birouri",
           "Tue, 24 Nov 2026 09:00:00 +0200", """Stimată echipă,

Vă prezentăm oferta noastră de servicii profesionale de curățenie pentru birouri:
curățenie zilnică, spălare mochete, igienizare. Prețuri începând de la 4 lei/mp.
Pentru o ofertă personalizată, răspundeți la acest mesaj sau sunați la 0740 000 111.

Cu stimă,
Echipa CleanPro
"""))

CV_TEXT = """**CURRICULUM VITAE
**Elena Rădulescu
București | elena.radulescu.cv@gmail.com | 0755 123 987

**Educație
2022 – 2026  Facultatea de Drept, Universitatea din București

**Experiență
03.2026 – 08.2026  Stagiu, Inspectoratul de Poliție Județean Ilfov – evidența dosarelor
privind fraudele online (înșelăciuni cu anunțuri, plăți cu link fals)
2024 – 2025  Operator call-center, asistență clienți comerț online

**Competențe
Română (nativ), engleză (C1), franceză (B1); Excel, SQL de bază
"""


item(55, "unknown", {}, "ADVERSARIAL: job application for a 'fraud analyst' position with a CV PDF attached; mentions fraud, police internship, 'dosare'",
     attach_bytes(plain(55, "Elena Rădulescu <elena.radulescu.cv@gmail.com>", TO_FRAUD,
                        "Candidatură - Analist prevenire fraude", "Wed, 25 Nov 2026 20:10:00 +0200", """Bună ziua,

Vă scriu în legătură cu postul de Analist prevenire fraude. Am absolvit Facultatea
de Drept și am făcut un stagiu de șase luni la un Inspectorat de Poliție, unde am
lucrat la evidența dosarelor privind fraudele online. Atașez CV-ul meu.

Vă mulțumesc pentru timpul acordat,
Elena Rădulescu
0755 123 987
"""), lambda: make_pdf(CV_TEXT, "CV"), "application", "pdf", "CV_Elena_Radulescu.pdf"))

item(56, "unknown", {}, "newsletter (Precedence: bulk, List-Id, List-Unsubscribe) from a courier company",
     html(56, "FastCurier Noutăți <newsletter@fastcurier-news.ro>", TO_SUPPORT, "Noutăți decembrie: program de sărbători",
          "Tue, 01 Dec 2026 06:00:00 +0200", """<html><body><h1>Program de sărbători</h1><p>Dragi parteneri, în perioada 24.12 – 02.01 programul de ridicare a coletelor se modifică.</p><ul><li>24.12: ridicări până la ora 12</li><li>25–26.12: închis</li></ul><p><a href="https://fastcurier-news.ro/unsubscribe?u=8812">Dezabonare</a></p></body></html>""",
          text="Program de sărbători\n\nDragi parteneri, în perioada 24.12 – 02.01 programul de ridicare a coletelor se modifică.\n - 24.12: ridicări până la ora 12\n - 25–26.12: închis\n\nDezabonare: https://fastcurier-news.ro/unsubscribe?u=8812\n",
          extra={"Precedence": "bulk", "List-Id": "<noutati.fastcurier-news.ro>", "List-Unsubscribe": "<https://fastcurier-news.ro/unsubscribe?u=8812>"}))

item(59, "unknown", {}, "mis-sent personal mail",
     plain(59, "Mihaela Georgescu <mihaela.georgescu62@yahoo.com>", TO_SUPPORT, "poze de la botez",
           "Sun, 29 Nov 2026 20:00:00 +0200", """Draga Ioana,

Iti trimit mai jos linkul cu pozele de la botez, le-a pus Vlad pe drive. Sa-i arati
si lui tanti Maria, ca le tot cere. Duminica venim pe la voi pe la 1.

Te pup,
Mihaela
"""))

item(60, "unknown", {}, "vendor invoice notice sent to the legal mailbox (unsolicited commercial document, not a customer question)",
     plain(60, "Facturare HostRapid <facturi@hostrapid.ro>", TO_LEGAL, "Factura HR-2026-11873",
           "Tue, 01 Dec 2026 00:05:00 +0200", """Stimate client,

A fost emisă factura HR-2026-11873 în valoare de 1.190,00 RON pentru serviciile
de găzduire aferente lunii decembrie 2026. Scadența: 15.12.2026.
Factura poate fi descărcată din contul de client.

Acesta este un mesaj automat, vă rugăm să nu răspundeți.
HostRapid SRL
""", extra={"Auto-Submitted": "auto-generated"}))

item(61, "unknown", {}, "phishing-style spam ('mailbox will be suspended')",
     html(61, "Administrator Mail <admin@secure-mailbox-verify.com>", TO_LEGAL, "Contul dvs. de e-mail va fi suspendat",
          "Wed, 02 Dec 2026 02:02:00 +0000", """<p>Stimate utilizator juridic@okazii.ro,</p><p>Căsuța dvs. poștală a depășit limita de stocare. Pentru a evita suspendarea, <a href="http://secure-mailbox-verify.com/ro">verificați contul aici</a> în 24 de ore.</p><p>Echipa de administrare</p>"""))

item(62, "unknown", {}, "ADVERSARIAL: webinar invitation about handling authorities' data requests (mentions art. 170 CPP, parchete, DIICOT)",
     html(62, "LegalTech Academy <evenimente@legaltech-academy.ro>", TO_LEGAL,
          "Webinar: cum răspundeți cererilor autorităților (art. 170 CPP)", "Thu, 26 Nov 2026 10:00:00 +0200",
          """<p>Stimați colegi din departamentele juridice,</p><p>Vă invităm la webinarul <b>„Cererile autorităților către platformele online”</b>, 10 decembrie 2026, ora 11:00. Teme: ordonanța procurorului emisă în temeiul art. 170 CPP, cererile DIICOT și ale parchetelor, termene de răspuns, protecția datelor.</p><p>Participare: 290 lei + TVA. <a href="https://legaltech-academy.ro/inscriere">Înscriere</a></p><p>Echipa LegalTech Academy</p>""",
          extra={"Precedence": "bulk", "List-Unsubscribe": "<https://legaltech-academy.ro/unsub>"}))

item(57, "unknown", {}, "ADVERSARIAL: delivery-status bounce (multipart/report) of OUR answer to a police unit; the returned message quotes a dosar number, a user and art. 170 CPP",
     raw(57, """From: Mail Delivery System <MAILER-DAEMON@mx1.okazii.ro>
To: juridic@okazii.ro
Subject: Undelivered Mail Returned to Sender
Date: Fri, 27 Nov 2026 09:01:02 +0200
Message-ID: <devmail-057.bounce@mx1.okazii.ro>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="==devmail057_part1=="

--==devmail057_part1==
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.okazii.ro.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<sic@vs-politiaromana.ro>: Host or domain name not found. Name service error
    for name=vs-politiaromana.ro type=MX: Host not found

--==devmail057_part1==
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.okazii.ro
Arrival-Date: Fri, 27 Nov 2026 09:00:58 +0200

Final-Recipient: rfc822; sic@vs-politiaromana.ro
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.

--==devmail057_part1==
Content-Type: message/rfc822

From: Juridic OKAZII <juridic@okazii.ro>
To: sic@vs-politiaromana.ro
Subject: Re: adresa nr 45.330
Date: Fri, 27 Nov 2026 09:00:55 +0200
Message-ID: <answer-45330@okazii.ro>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Stimate domnule inspector,

Ca răspuns la adresa dumneavoastră nr. 45.330 din 14.11.2026, dosar penal
nr. 877/P/2026, emisă în temeiul art. 170 C.p.p., vă comunicăm că datele
utilizatorului vs_agro sunt cele din fișierul atașat.

Departamentul Juridic OKAZII.RO

--==devmail057_part1==--
"""))

item(58, "unknown", {}, "ADVERSARIAL: out-of-office auto-reply from a real police address (Auto-Submitted: auto-replied), mentions IPJ and urgencies",
     plain(58, "Apostol Ionut <sic@vs.politiaromana.ro>", TO_LEGAL, "Răspuns automat: Re: adresa nr 45.330",
           "Fri, 27 Nov 2026 09:05:00 +0200", """Vă mulțumesc pentru mesaj. Sunt în concediu de odihnă în perioada 25.11 – 11.12.2026,
cu acces limitat la e-mail. Pentru situații urgente vă rog să contactați
dispeceratul IPJ Vaslui la 0235 000 000.

Inspector de poliție Apostol Ionuț
""", extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "In-Reply-To": "<answer-45330@okazii.ro>"}))


# ---------------------------------------------------------------------------
# COMPLAINTS AND MEDIATIONS
# ---------------------------------------------------------------------------

item(63, "complaint", {
    "complainant": "Alexandru Nistor",
    "transaction_id": "84512077",
    "counterparty": "gadgeturi_bune",
    "amount": {"value": "1250.00", "currency": "RON"},
    "delivery_guarantee": True,
    "issue": "not_delivered",
    "proposed_resolution": "Vreau banii înapoi",
    "contact": {"email": "alex.nistor@gmail.com", "phone": "+40726300400"},
}, "not delivered, Garanția de Livrare named, amount '1.250 de lei' written with thousands dot",
plain(63, "Alexandru Nistor <alex.nistor@gmail.com>", TO_FRAUD, "nu mi-a venit laptopul",
      "Mon, 23 Nov 2026 19:30:00 +0200", """Bună seara,

Pe 9 noiembrie am cumpărat un laptop de la gadgeturi_bune, comanda 84512077, și am
plătit 1.250 de lei cu Garanția de Livrare. Mi-a zis că îl trimite a doua zi. Au
trecut două săptămâni, AWB-ul pe care mi l-a dat nu există pe site-ul curierului,
iar el nu mai răspunde nici la mesaje, nici la telefon.

Vreau banii înapoi. Ce pot face?

Alexandru Nistor
0726 300 400
"""))

item(64, "complaint", {
    "complainant": "Maria Popa",
    "counterparty": "mobila_direct_ro",
    "amount": {"value": "2300.00", "currency": "RON"},
    "issue": "fraud_suspected",
    "contact": {"email": "maria.popa.bv@yahoo.com"},
}, "fraud by a fake courier payment link on WhatsApp; says she went to the police (so a later police letter may link); no order number; no diacritics",
plain(64, "Maria Popa <maria.popa.bv@yahoo.com>", TO_FRAUD, "m-au furat",
      "Tue, 24 Nov 2026 08:10:00 +0200", """Buna ziua,

Am vrut sa cumpar un dulap de la mobila_direct_ro si vanzatorul mi-a zis sa vorbim
pe WhatsApp. Mi-a trimis un link "de la curier" ca sa platesc transportul si
asigurarea, am introdus datele cardului si mi-au luat 2.300 lei. Dupa aceea m-a
blocat. Cred ca e o teapa si nu sunt singura. Am fost si la politie, la sectia din
Brasov, si am depus plangere.

Va rog sa blocati contul asta ca sa nu mai pacaleasca si pe altii.

Maria Popa
"""))
ITEMS[-1]["fields"]["proposed_resolution"] = "Va rog sa blocati contul asta ca sa nu mai pacaleasca si pe altii."

item(65, "complaint", {
    "complainant": "bogdan_ct",
    "transaction_id": "85100223",
    "counterparty": "piese_pc_second",
    "amount": {"value": "480.00", "currency": "RON"},
    "issue": "no_answer",
    "contact": {"email": "bogdan.ct.92@gmail.com"},
}, "seller stopped answering after payment by bank transfer; no diacritics; complainant by username",
plain(65, "bogdan <bogdan.ct.92@gmail.com>", TO_FRAUD, "vanzator disparut",
      "Wed, 25 Nov 2026 23:59:00 +0200", """salut
sunt bogdan_ct, am platit 480 lei prin transfer pt o placa video la piese_pc_second
(comanda 85100223) acum 6 zile. de atunci nu mai raspunde deloc, nici pe chat nici la
telefon, anuntul e inca activ. ce se poate face? vreau fie placa fie banii
"""))
ITEMS[-1]["fields"]["proposed_resolution"] = "vreau fie placa fie banii"

item(66, "complaint", {
    "complainant": "Jonas Keller",
    "transaction_id": "85777001",
    "counterparty": "vintage_cameras_ro",
    "amount": {"value": "150.00", "currency": "EUR"},
    "issue": "not_delivered",
    "proposed_resolution": "Please refund me or make the seller ship the camera.",
    "contact": {"email": "jonas.keller@gmx.ch"},
}, "English complaint from abroad; amount in EUR written '€150'",
plain(66, "Jonas Keller <jonas.keller@gmx.ch>", TO_FRAUD, "Order never arrived",
      "Thu, 26 Nov 2026 14:00:00 +0100", """Hello,

I bought a Zenit camera from the seller vintage_cameras_ro (order 85777001) and paid
€150 on 2 November. It was supposed to ship to Switzerland within a week. Nothing
has arrived and the seller stopped replying after asking me for "customs fees".

Please refund me or make the seller ship the camera.

Jonas Keller
"""))

item(67, "mediation", {
    "complainant": "Ioana Sârbu",
    "transaction_id": "84999120",
    "counterparty": "telefoane.garantie",
    "amount": {"value": "1899.00", "currency": "RON"},
    "issue": "not_as_described",
    "proposed_resolution": "Propun să îmi returneze 300 de lei și păstrez telefonul",
    "contact": {"email": "ioana.sarbu@gmail.com"},
}, "phone described 'ca nou' arrived with a cracked back and 78% battery; proposes partial refund",
plain(67, "Ioana Sârbu <ioana.sarbu@gmail.com>", TO_FRAUD, "telefonul nu arată cum scria în anunț",
      "Fri, 27 Nov 2026 12:00:00 +0200", """Bună ziua,

Am primit ieri telefonul cumpărat de la telefoane.garantie (comanda 84999120, 1.899 lei).
În anunț scria „ca nou, fără zgârieturi, baterie 100%”. Are spatele fisurat în colț
și bateria la 78%. I-am scris vânzătorului, zice că așa l-a trimis și că e vina curierului.

Propun să îmi returneze 300 de lei și păstrez telefonul. Dacă nu e de acord, aș vrea
să-l trimit înapoi. Vă rog să mă ajutați să ne înțelegem.

Ioana Sârbu
"""))

item(68, "mediation", {
    "complainant": "Gheorghe Tudor",
    "transaction_id": "85040404",
    "counterparty": "electro_reduceri",
    "amount": {"value": "2450.00", "currency": "RON"},
    "issue": "damaged",
    "contact": {"email": "gheorghe.tudor1958@yahoo.com", "phone": "+40744987654"},
}, "TV arrived with a broken screen; elderly writer, no diacritics, long sentences; wants to return it",
plain(68, "Gheorghe Tudor <gheorghe.tudor1958@yahoo.com>", TO_FRAUD, "televizor spart",
      "Sat, 28 Nov 2026 10:30:00 +0200", """Stimati domni,

Subsemnatul Tudor Gheorghe va aduc la cunostinta ca televizorul comandat de la
electro_reduceri, comanda numarul 85040404, in valoare de 2450 lei, a sosit cu ecranul
spart, desi cutia parea intreaga, am facut poze la deschidere in fata curierului. Am
sunat vanzatorul, care spune ca el l-a trimis bun si sa ma inteleg cu firma de
curierat. Eu vreau sa il returnez si sa primesc banii inapoi.

Cu stima,
Tudor Gheorghe
tel. 0744987654
"""))
ITEMS[-1]["fields"]["proposed_resolution"] = "Eu vreau sa il returnez si sa primesc banii inapoi."

item(69, "mediation", {
    "complainant": "Diana Moldovan",
    "transaction_id": "85311009",
    "counterparty": "incaltaminte_outlet",
    "amount": {"value": "349.99", "currency": "RON"},
    "issue": "wrong_item",
    "proposed_resolution": "să îmi trimită mărimea corectă și să plătească el transportul",
    "contact": {"email": "diana.moldovan@gmail.com"},
}, "HTML mail; wrong size received (40 instead of 42); amount with decimal comma '349,99 lei'",
html(69, "Diana Moldovan <diana.moldovan@gmail.com>", TO_FRAUD, "Am primit alta marime",
     "Sun, 29 Nov 2026 17:20:00 +0200", """<div dir="ltr"><div>Bună ziua,</div><div><br></div><div>Am comandat de la incaltaminte_outlet ghete mărimea 42 (comanda nr. 85311009, 349,99 lei) și am primit mărimea 40, alt model. Vânzătorul zice că o să verifice dar nu mai revine de 4 zile.</div><div><br></div><div>Aș vrea să îmi trimită mărimea corectă și să plătească el transportul.</div><div><br></div><div>Diana Moldovan</div></div>"""))

item(70, "mediation", {
    "complainant": "Vlad Iliescu",
    "transaction_id": "84870555",
    "counterparty": "casa_si_gradina",
    "amount": {"value": "640.00", "currency": "RON"},
    "issue": "return_refused",
    "contact": {"email": "vlad.iliescu@protonmail.com"},
}, "return within 14 days refused by a professional seller; quotes the seller's reply; mentions ANPC (not an authority request)",
plain(70, "Vlad Iliescu <vlad.iliescu@protonmail.com>", TO_FRAUD, "Vânzătorul refuză returul",
      "Mon, 30 Nov 2026 09:00:00 +0200", """Bună ziua,

Am cumpărat o mașină de tuns iarba de la casa_si_gradina (firmă, are CUI în profil),
comanda 84870555, 640 lei. Am primit-o pe 20.11, nu am folosit-o, e în cutia sigilată,
și pe 23.11 am cerut retur. Vânzătorul mi-a scris:

> Nu acceptăm retururi la produsele din promoție.

Din câte știu am 14 zile să returnez. Vreau să returnez produsul și să primesc banii.
Dacă nu se rezolvă, mă adresez la ANPC.

Vlad Iliescu
"""))
ITEMS[-1]["fields"]["proposed_resolution"] = "Vreau să returnez produsul și să primesc banii."


# ---------------------------------------------------------------------------

def main():
    out = []
    for it in sorted(ITEMS, key=lambda x: x["n"]):
        name = f"d{it['n']:03d}.eml"
        m = it["build"]()
        if isinstance(m, str):
            data = m.encode("utf-8")
        else:
            fix_boundaries(m, it["n"])
            data = m.as_bytes(policy=policy.default)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        out.append({
            "file": f"devmail/{name}",
            "split": "dev",
            "category": it["category"],
            "fields": it["fields"],
            "genuine": None,
            "expect_verdict": None,
            "notes": it["notes"],
        })
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} items")


if __name__ == "__main__":
    main()
