#!/usr/bin/env python3
"""Write the mail half of blind round 4: mail/*.eml, mail/truth.jsonl, mail/material.json.

Written without reading the product's code. Deterministic (seeded numbering and split; fixed dates, ids
and boundaries); only PDF signature times change between runs. Run make_world.py first.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import mailkit as mk
from mailkit import Part, addr, attachment, hdr, multipart, text, when

HERE = Path(__file__).resolve().parent
OUT = HERE / "mail"
ITEMS: list = []


def item(fn):
    ITEMS.append(fn)
    return fn


def mid(seed: str, domain: str) -> str:
    import hashlib
    return f"<{hashlib.sha1(seed.encode()).hexdigest()[:20]}@{domain}>"


def ip_of(domain: str, i: int = 0) -> str:
    return mk.IDENT["dns"][domain]["ips"][i]


def send(*, seed: str, frm: str, frm_addr: str, to: list[str], subject: str, date: dt.datetime, body: Part,
         dkim_domain: str | None, helo: str, ip: str, cc: list[str] | None = None, reply_to: str | None = None,
         extra: list[tuple[str, str]] | None = None, mail_from: str | None = None, delay: int = 7,
         rdns: str | None = None, dkim_selector: str | None = None, sender_hops: list[str] | None = None,
         subject_charset: str = "utf-8", msgid_domain: str | None = None) -> bytes:
    raw = mk.build(seed=seed, frm=frm, to=to, cc=cc, subject=subject, date=date,
                   message_id=mid(seed, msgid_domain or frm_addr.split("@")[-1].strip(">")), body=body,
                   reply_to=reply_to, extra=extra, subject_charset=subject_charset)
    return mk.deliver(raw, helo=helo, ip=ip, t=date + dt.timedelta(seconds=delay), rcpt=to[0].split("<")[-1].strip(">"),
                      mail_from=frm_addr if mail_from is None else mail_from, dkim_domain=dkim_domain, seed=seed,
                      rdns=rdns, dkim_selector=dkim_selector, sender_hops=sender_hops)


def with_pdf(seed: str, body: Part, pdfs: list[tuple[bytes, str]]) -> Part:
    return multipart("mixed", [body] + [attachment(d, n) for d, n in pdfs], seed)


OK_LEGAL = "juridic@okazii.ro"
OK_ADDR = "OKAZII.RO S.R.L. - Centrul de prevenire a fraudelor"


def le(*, fields: dict, accept: dict | None = None, genuine: bool, notes: str, dkim: list[str],
       pdf: list[dict] | None = None, raw: bytes) -> dict:
    return {"raw": raw, "category": "law_enforcement", "fields": fields, "accept": accept or {},
            "genuine": genuine, "expect_verdict": "verified" if genuine else "not_verified", "notes": notes,
            "material": {"dkim": dkim, "pdf": pdf or []}}


def other(cat: str, *, fields: dict, notes: str, raw: bytes, dkim: list[str], accept: dict | None = None) -> dict:
    return {"raw": raw, "category": cat, "fields": fields, "accept": accept or {}, "genuine": None,
            "expect_verdict": None, "notes": notes, "material": {"dkim": dkim}}


def S(kind: str, value: str) -> dict:
    return {"kind": kind, "value": value}


# ==========================================================================
# genuine law-enforcement requests
# ==========================================================================

@item
def g_ipj_sibiu_two_column():
    t = when(2026, 12, 3, 11, 42)
    markup = """
2|ROMÂNIA\\nMINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU\\nServiciul de Investigare a Criminalității Economice ¦ Nr. 318/A/2026 din 03.12.2026\\nExemplar unic\\nNESECRET

K|Către: OKAZII.RO S.R.L.
K|În atenția: Departamentului juridic / Centrul de prevenire a fraudelor
K|Adresa de e-mail: juridic@okazii.ro

Stimați domni,
Serviciul de Investigare a Criminalității Economice din cadrul I.P.J. Sibiu efectuează cercetări în dosarul penal nr. 2281/P/2026 al Parchetului de pe lângă Judecătoria Sibiu, privind săvârșirea infracțiunii de înșelăciune prevăzută de art. 244 Cod penal, constând în aceea că mai multe persoane vătămate au achitat contravaloarea unor bunuri anunțate spre vânzare pe platforma dumneavoastră, fără ca bunurile să fie livrate.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, cu privire la utilizatorul cu numele de utilizator vintage_sibiu_77, care a folosit adresa de e-mail crina.vlad77@yahoo.com, în legătură cu comenzile nr. 71120458 și 71120913, următoarele:
L|1. datele de identificare ale titularului contului (nume, prenume, adresă, telefon);
L|2. adresele IP și data/ora conectărilor la cont în perioada 01.09.2026 - 30.11.2026;
L|3. istoricul tranzacțiilor efectuate prin cont;
L|4. conturile bancare (IBAN) declarate pentru încasarea sumelor.
Răspunsul va fi transmis în format electronic, la adresa sicesb@sb.politiaromana.ro, cu mențiunea dosarului penal.
Vă mulțumim pentru colaborare.

S|ȘEF SERVICIU
S|Comisar-șef de poliție
S|MOGA ANDREI
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=2), title="Adresa 318/A/2026",
                        author="sice.sibiu")
    pdf = mk.sign_pdf(pdf, "seal_ipj_sb", reason="Semnat cu sigiliul electronic IPJ Sibiu", location="Sibiu")
    body = text("Bună ziua,\n\nVă transmitem alăturat adresa nr. 318/A/2026, semnată electronic, "
                "pentru soluționare.\n\nCu stimă,\nSecretariat S.I.C.E. - I.P.J. Sibiu\n"
                "Tel. +40 21 558 0210\n")
    raw = send(seed="g1", frm=addr("IPJ Sibiu - SICE", "sicesb@sb.politiaromana.ro"),
               frm_addr="sicesb@sb.politiaromana.ro", to=[OK_LEGAL], subject="Adresa nr. 318/A/2026 - dosar penal 2281/P/2026",
               date=t, body=with_pdf("g1", body, [(pdf, "Adresa_318_A_2026.pdf")]), dkim_domain="sb.politiaromana.ro",
               helo="mail.sb.politiaromana.ro", ip=ip_of("sb.politiaromana.ro"))
    return le(raw=raw, genuine=True, dkim=["sb.politiaromana.ro"],
              pdf=[{"signer": "seal_ipj_sb", "whole": True}],
              notes="IPJ Sibiu economic-crime service; two-column heading (institution left, number right); "
                    "seal; body is only a cover; numbered list; reply electronic to the service address",
              fields={"authority": "Inspectoratul de Poliție Județean Sibiu", "authority_kind": "police",
                      "reference_number": "318/A/2026", "reference_date": "2026-12-03",
                      "case_number": "2281/P/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "vintage_sibiu_77"), S("email", "crina.vlad77@yahoo.com")],
                      "transactions": ["71120458", "71120913"],
                      "requested_data": ["datele de identificare ale titularului contului (nume, prenume, adresă, telefon)",
                                         "adresele IP și data/ora conectărilor la cont în perioada 01.09.2026 - 30.11.2026",
                                         "istoricul tranzacțiilor efectuate prin cont",
                                         "conturile bancare (IBAN) declarate pentru încasarea sumelor"],
                      "period": {"from": "2026-09-01", "to": "2026-11-30"},
                      "response_channel": "electronic", "reply_to": "sicesb@sb.politiaromana.ro",
                      "signatory": "Comisar-șef de poliție Moga Andrei", "urgent": False},
              accept={"authority": ["IPJ Sibiu", "Serviciul de Investigare a Criminalității Economice",
                                    "Inspectoratul de Poliție Județean Sibiu - Serviciul de Investigare a Criminalității Economice"],
                      "signatory": ["Șef serviciu Comisar-șef de poliție Moga Andrei", "Comisar-șef de poliție MOGA ANDREI"]})


@item
def g_ipj_bacau_html_cp1250():
    t = when(2026, 12, 2, 15, 8)
    markup = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU
C|POLIȚIA MUNICIPIULUI ONEȘTI
C|Biroul Investigații Criminale
R|Nr. 45.781 / 02.12.2026

K|Către OKAZII.RO S.R.L. (Centrul de prevenire a fraudelor)

Prin prezenta, vă aducem la cunoștință că Poliția Municipiului Onești efectuează cercetări sub supravegherea Parchetului de pe lângă Judecătoria Onești în dosarul penal nr. 1907/P/2026, pentru infracțiunea de înșelăciune (art. 244 C.pen.), în care persoana vătămată Cozma Lavinia reclamă că a achitat 2.350 lei pentru o mașină de spălat care nu i-a mai fost livrată (comanda nr. 70994312).
Față de cele de mai sus, în baza art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorii care au folosit numerele de telefon +40 745 118 032 și 0733.219.507:
L|a) datele de identificare furnizate la înregistrarea conturilor;
L|b) anunțurile publicate și tranzacțiile încheiate;
L|c) mesajele schimbate prin platformă cu persoana vătămată.
Datele solicitate vor fi transmise pe suport optic, prin curier, la sediul Poliției Municipiului Onești, str. Tineretului nr. 4, Onești.

K|Comisar de poliție Ciobanu Cătălin, șef birou
"""
    pdf = mk.letter_pdf(markup, family="sans", created=t - dt.timedelta(hours=1), title="adresa okazii",
                        author="ciobanu.catalin")
    pdf = mk.sign_pdf(pdf, "pers_bc_ciobanu", reason="Semnez", location="Onești")
    html = mk.to_cedilla("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">"
                         "</head><body><p>Bună ziua,</p><p>Atașat vă transmit adresa noastră nr. 45.781 din 02.12.2026, "
                         "semnată electronic.</p><p>Cu respect,<br>Comisar de poliție Ciobanu Cătălin<br>"
                         "Biroul Investigații Criminale - Poliția Municipiului Onești</p></body></html>")
    body = text(html, "html", "windows-1250", "base64")
    raw = send(seed="g2", frm=addr("Ciobanu Cătălin", "catalin.ciobanu@bc.politiaromana.ro", "windows-1250"),
               frm_addr="catalin.ciobanu@bc.politiaromana.ro", to=[OK_LEGAL],
               subject=mk.to_cedilla("Solicitare date - Poliția Mun. Onești"), subject_charset="windows-1250", date=t,
               body=with_pdf("g2", body, [(pdf, "adresa 45781.pdf")]), dkim_domain="bc.politiaromana.ro",
               helo="owa.bc.politiaromana.ro", ip=ip_of("bc.politiaromana.ro", 1))
    return le(raw=raw, genuine=True, dkim=["bc.politiaromana.ro"],
              pdf=[{"signer": "pers_bc_ciobanu", "whole": True}],
              notes="municipal police under IPJ Bacău; officer's personal certificate; HTML-only body in "
                    "Windows-1250 base64 (cedilla letters); 'Nr. 45.781 / 02.12.2026'; users named only by "
                    "phone in two spellings; lettered list; courier",
              fields={"authority": "Poliția Municipiului Onești", "authority_kind": "police",
                      "reference_number": "45.781", "reference_date": "2026-12-02", "case_number": "1907/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("phone", "+40745118032"), S("phone", "+40733219507")],
                      "transactions": ["70994312"],
                      "requested_data": ["datele de identificare furnizate la înregistrarea conturilor",
                                         "anunțurile publicate și tranzacțiile încheiate",
                                         "mesajele schimbate prin platformă cu persoana vătămată"],
                      "response_channel": "courier", "signatory": "Comisar de poliție Ciobanu Cătălin",
                      "urgent": False},
              accept={"authority": ["Inspectoratul de Poliție Județean Bacău", "IPJ Bacău",
                                    "Poliția Municipiului Onești - Biroul Investigații Criminale"],
                      "reference_number": ["45781"],
                      "signatory": ["Comisar de poliție Ciobanu Cătălin, șef birou"]})


@item
def g_ipj_maramures_table_latin2():
    t = when(2026, 12, 2, 9, 15)
    iban = mk.ro_iban("BTRL", "0250120188274107")
    markup = mk.to_cedilla(f"""
B|ROMÂNIA
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ
B|POLIȚIA MUNICIPIULUI SIGHETU MARMAȚIEI
B|Serviciul de Investigații Criminale
K|Număr de înregistrare:
K|1187
K|Data: 2 decembrie 2026

K|Domnului Director al OKAZII.RO S.R.L.

În cauza penală ce formează obiectul dosarului nr. 3360/P/2026 al Parchetului de pe lângă Judecătoria Sighetu Marmației, privind infracțiunea de înșelăciune, s-a stabilit că sumele obținute de la persoanele vătămate au fost virate în contul IBAN {iban}, indicat de vânzătorul cu utilizatorul lemne_foc_maramu.
Potrivit art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne puneți la dispoziție, pentru intervalul 15 octombrie 2026 - 25 noiembrie 2026, următoarele date:
X|Nr. crt. ¦ Date solicitate
X|1 ¦ datele de identificare ale titularului contului lemne_foc_maramu
X|2 ¦ lista anunțurilor publicate și a comenzilor primite
X|3 ¦ adresele IP de la care s-a accesat contul
X|4 ¦ contul IBAN declarat și modificările acestuia
Răspunsul ne va fi transmis pe suport CD/DVD, prin curier, la sediul Poliției Municipiului Sighetu Marmației, str. Iuliu Maniu nr. 10.

S|Șef Poliție Municipiu
S|Comisar-șef de poliție
S|Pop Vasile-Ioan
""")
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=3), title="Adresa 1187")
    pdf = mk.sign_pdf(pdf, "seal_ipj_mm", reason="Sigiliu electronic", location="Baia Mare", visible=True,
                      field="Sigiliu", box=(360, 60, 560, 120))
    body = text(mk.to_cedilla("Stimate domn/doamnă,\n\nÎn anexă găsiți adresa Poliției Municipiului Sighetu "
                              "Marmației nr. 1187/02.12.2026.\n\nCu considerație,\nServiciul de Investigații "
                              "Criminale\n"), charset="iso-8859-2", cte="quoted-printable")
    raw = send(seed="g3", frm=addr("Politia Mun. Sighetu Marmatiei - SIC", "sic.sighet@mm.politiaromana.ro"),
               frm_addr="sic.sighet@mm.politiaromana.ro", to=[OK_LEGAL],
               subject=mk.to_cedilla("Adresă nr. 1187 din 02.12.2026"), subject_charset="iso-8859-2", date=t,
               body=with_pdf("g3", body, [(pdf, "1187.pdf")]), dkim_domain="mm.politiaromana.ro",
               helo="mail.mm.politiaromana.ro", ip=ip_of("mm.politiaromana.ro"))
    return le(raw=raw, genuine=True, dkim=["mm.politiaromana.ro"],
              pdf=[{"signer": "seal_ipj_mm", "whole": True}],
              notes="municipal police under IPJ Maramureș; 'Număr de înregistrare:' on its own line and the number "
                    "below; date '2 decembrie 2026'; requested data in a bordered table; IBAN; cedilla letters; "
                    "ISO-8859-2 QP; visible seal",
              fields={"authority": "Poliția Municipiului Sighetu Marmației", "authority_kind": "police",
                      "reference_number": "1187", "reference_date": "2026-12-02", "case_number": "3360/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("iban", iban.replace(" ", "")), S("username", "lemne_foc_maramu")],
                      "requested_data": ["datele de identificare ale titularului contului lemne_foc_maramu",
                                         "lista anunțurilor publicate și a comenzilor primite",
                                         "adresele IP de la care s-a accesat contul",
                                         "contul IBAN declarat și modificările acestuia"],
                      "period": {"from": "2026-10-15", "to": "2026-11-25"},
                      "response_channel": "courier", "signatory": "Comisar-șef de poliție Pop Vasile-Ioan",
                      "urgent": False},
              accept={"authority": ["Inspectoratul de Poliție Județean Maramureș", "IPJ Maramureș"],
                      "signatory": ["Șef Poliție Municipiu Comisar-șef de poliție Pop Vasile-Ioan"]})


@item
def g_ipj_hunedoara_ascii():
    t = when(2026, 12, 2, 13, 30)
    markup = """
K|ROMANIA
K|MINISTERUL AFACERILOR INTERNE
K|INSPECTORATUL DE POLITIE JUDETEAN HUNEDOARA
K|POLITIA ORASULUI HATEG - Compartimentul Investigatii Criminale
K|Nr. 2.406 din 02.XII.2026

K|CATRE,
K|OKAZII.RO S.R.L.
K|Departamentul juridic

Politia Orasului Hateg efectueaza cercetari in dosarul penal nr. 612/P/2026, inregistrat la Parchetul de pe langa Judecatoria Hateg, privind savarsirea infractiunii de inselaciune, fapta comisa prin intermediul anuntului https://www.okazii.ro/drujba-stihl-ms-250-a311982740 publicat pe platforma dumneavoastra.
In conformitate cu dispozitiile art. 170 alin. (1) si alin. (2) lit. b) C.p.p., va solicitam sa ne comunicati, referitor la utilizatorul cu ID 4471209 (numele de utilizator unelte_hateg), urmatoarele:
L|- datele de identificare si de contact ale titularului contului
L|- data crearii contului si adresa IP de la creare
L|- tranzactiile finalizate in legatura cu anuntul mentionat
Raspunsul il asteptam in format electronic, la adresa politia.hateg@hd.politiaromana.ro, iar ulterior in original, prin curier.

K|Agent-sef principal de politie
K|Oprea Daniela
"""
    pdf = mk.letter_pdf(markup, family="sans", created=t - dt.timedelta(minutes=50), title="adresa_2406",
                        creator="LibreOffice 7.5")
    pdf = mk.sign_pdf(pdf, "pers_hd_oprea", reason="Semnatura calificata", location="Hateg")
    body = text("Buna ziua,\n\nVa rugam sa gasiti atasat adresa noastra nr. 2406 din 02.12.2026.\n\n"
                "Agent-sef principal de politie Oprea Daniela\nPolitia Orasului Hateg\n", charset="us-ascii",
                cte="7bit")
    raw = send(seed="g4", frm=addr("Politia Hateg", "politia.hateg@hd.politiaromana.ro"),
               frm_addr="politia.hateg@hd.politiaromana.ro", to=[OK_LEGAL], subject="adresa 2406",
               date=t, body=with_pdf("g4", body, [(pdf, "adresa_2406.pdf")]), dkim_domain="hd.politiaromana.ro",
               helo="mail.hd.politiaromana.ro", ip=ip_of("hd.politiaromana.ro"))
    return le(raw=raw, genuine=True, dkim=["hd.politiaromana.ro"], pdf=[{"signer": "pers_hd_oprea", "whole": True}],
              notes="town police under IPJ Hunedoara; no diacritics anywhere; 'Nr. 2.406 din 02.XII.2026'; user "
                    "by id and username, listing URL; dash list; answer electronic then original by courier (both)",
              fields={"authority": "Politia Orasului Hateg", "authority_kind": "police",
                      "reference_number": "2.406", "reference_date": "2026-12-02", "case_number": "612/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("user_id", "4471209"), S("username", "unelte_hateg")],
                      "requested_data": ["datele de identificare si de contact ale titularului contului",
                                         "data crearii contului si adresa IP de la creare",
                                         "tranzactiile finalizate in legatura cu anuntul mentionat"],
                      "response_channel": "both", "reply_to": "politia.hateg@hd.politiaromana.ro",
                      "signatory": "Agent-sef principal de politie Oprea Daniela", "urgent": False},
              accept={"authority": ["Inspectoratul de Poliție Județean Hunedoara", "IPJ Hunedoara",
                                    "Poliția Orașului Hațeg", "Politia Orasului Hateg - Compartimentul Investigatii Criminale"],
                      "reference_number": ["2406"]})


@item
def g_ipj_neamt_internal_forward():
    t = when(2026, 12, 1, 16, 55)
    markup = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ
C|POLIȚIA MUNICIPIULUI ROMAN
K|Nr. 77.412/R din 01.12.2026
R|URGENT

K|Către: Okazii.ro - Centrul de prevenire a fraudelor
K|Adresă poștală: conform datelor de pe platformă

Subsemnatul, comisar de poliție Tănase Mihai, din cadrul Poliției Municipiului Roman, având în lucru dosarul penal nr. 5120/P/2026 al Parchetului de pe lângă Judecătoria Roman, privind infracțiunea de înșelăciune în formă continuată, vă solicit, în baza art. 170 alin. (2) lit. b) Cod procedură penală, să ne comunicați, cu privire la contul cu numele de utilizator electro_roman.ro și adresa de e-mail vanzari.electroroman@gmail.com, implicat în comenzile nr. 72001455, 72001876 și 72003020:
L|• datele de identificare ale titularului contului;
L|• numerele de telefon asociate contului;
L|• adresele IP utilizate la plasarea anunțurilor;
L|• sumele încasate prin platformă și conturile în care au fost virate.
Solicităm tratarea cu celeritate, întrucât persoanele cercetate urmează să părăsească țara la data de 08.12.2026.
Răspunsul se va transmite electronic, la adresa de e-mail de la care a fost expediată prezenta.

K|Comisar de poliție Tănase Mihai
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=4), title="77412")
    pdf = mk.sign_pdf(pdf, "seal_ipj_nt", reason="Sigiliu IPJ Neamț", location="Piatra Neamț")
    fwd = ("Vă transmitem solicitarea de mai jos, spre soluționare urgentă.\n\n"
           "Secretariat - Poliția Municipiului Roman\n\n"
           "-------- Mesaj redirecționat --------\n"
           "Subiect: adresa okazii\nData: Mon, 1 Dec 2026 14:10:03 +0200\n"
           "De la: Tanase Mihai <mihai.tanase@nt.politiaromana.ro>\n"
           "Către: secretariat.roman@nt.politiaromana.ro\n\n"
           "Te rog trimite adresa atașată la Okazii, juridic@okazii.ro.\nMulțumesc, Mihai\n")
    body = text(fwd, format_flowed=True)
    raw = send(seed="g5", frm=addr("Secretariat Politia Roman", "secretariat.roman@nt.politiaromana.ro"),
               frm_addr="secretariat.roman@nt.politiaromana.ro", to=[OK_LEGAL], cc=["mihai.tanase@nt.politiaromana.ro"],
               subject="Fwd: adresa okazii", date=t, body=with_pdf("g5", body, [(pdf, "77412_R.pdf")]),
               dkim_domain="nt.politiaromana.ro", helo="zimbra.nt.politiaromana.ro", ip=ip_of("nt.politiaromana.ro"),
               extra=[("User-Agent", "Zimbra/9.0.0_GA_4583 (ZimbraWebClient - FF120)")])
    return le(raw=raw, genuine=True, dkim=["nt.politiaromana.ro"], pdf=[{"signer": "seal_ipj_nt", "whole": True}],
              notes="municipal police under IPJ Neamț; internal forward by the secretariat of the same unit (Zimbra, "
                    "format=flowed); genuine urgency; bullet list; three orders; reply to the sending address",
              fields={"authority": "Poliția Municipiului Roman", "authority_kind": "police",
                      "reference_number": "77.412/R", "reference_date": "2026-12-01", "case_number": "5120/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "electro_roman.ro"), S("email", "vanzari.electroroman@gmail.com")],
                      "transactions": ["72001455", "72001876", "72003020"],
                      "requested_data": ["datele de identificare ale titularului contului",
                                         "numerele de telefon asociate contului",
                                         "adresele IP utilizate la plasarea anunțurilor",
                                         "sumele încasate prin platformă și conturile în care au fost virate"],
                      "response_channel": "electronic", "signatory": "Comisar de poliție Tănase Mihai", "urgent": True},
              accept={"authority": ["Inspectoratul de Poliție Județean Neamț", "IPJ Neamț"],
                      "reference_number": ["77412/R"]})


@item
def g_border_police_alternative():
    t = when(2026, 11, 30, 10, 4)
    markup = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ SIGHETU MARMAȚIEI
C|Serviciul Investigarea Criminalității Transfrontaliere
K|Nr. 5521 din 30.11.2026

K|Către OKAZII.RO S.R.L.

Inspectoratul Teritorial al Poliției de Frontieră Sighetu Marmației efectuează urmărirea penală în dosarul nr. 288/P/2026, sub supravegherea Parchetului de pe lângă Tribunalul Maramureș, pentru săvârșirea infracțiunii de contrabandă prevăzute de art. 270 alin. (3) din Legea nr. 86/2006 privind Codul vamal al României, constând în comercializarea pe platforma dumneavoastră a unor țigarete introduse ilegal în țară.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați datele de identificare, numerele de telefon, adresele de livrare și istoricul comenzilor pentru conturile cu numele de utilizator tigari_ieftine_mm și vama_ok_2026, pentru perioada 01.06.2026 - 30.11.2026.
Informațiile vor fi transmise în format electronic, la adresa itpf.sighet@politiadefrontiera.ro.

S|Inspector șef
S|Comisar-șef de poliție
S|Hotea Grigore
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=2), title="Adresa 5521")
    pdf = mk.sign_pdf(pdf, "seal_igpf", reason="Sigiliu IGPF", location="Sighetu Marmației")
    plain = ("Bună ziua,\n\nAtașat găsiți adresa ITPF Sighetu Marmației nr. 5521 din 30.11.2026.\n\n"
             "Cu stimă,\nSICT - ITPF Sighetu Marmației\n")
    html = ("<div dir=\"ltr\"><p>Bună ziua,</p><p>Atașat găsiți adresa <b>ITPF Sighetu Marmației nr. 5521 din "
            "30.11.2026</b>.</p><p>Cu stimă,<br>SICT - ITPF Sighetu Marmației</p></div>")
    alt = multipart("alternative", [text(plain), text(html, "html")], "g6alt")
    raw = send(seed="g6", frm=addr("ITPF Sighetu Marmatiei", "itpf.sighet@politiadefrontiera.ro"),
               frm_addr="itpf.sighet@politiadefrontiera.ro", to=[OK_LEGAL], subject="Adresa nr. 5521/30.11.2026",
               date=t, body=with_pdf("g6", alt, [(pdf, "ITPF_5521.pdf")]), dkim_domain="politiadefrontiera.ro",
               helo="mx.politiadefrontiera.ro", ip=ip_of("politiadefrontiera.ro"))
    return le(raw=raw, genuine=True, dkim=["politiadefrontiera.ro"], pdf=[{"signer": "seal_igpf", "whole": True}],
              notes="territorial border-police inspectorate (IGPF seal), smuggling under the customs code; data "
                    "asked in one prose sentence (requested_data not scored); multipart/alternative cover",
              fields={"authority": "Inspectoratul Teritorial al Poliției de Frontieră Sighetu Marmației",
                      "authority_kind": "police", "reference_number": "5521", "reference_date": "2026-11-30",
                      "case_number": "288/P/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "tigari_ieftine_mm"), S("username", "vama_ok_2026")],
                      "period": {"from": "2026-06-01", "to": "2026-11-30"}, "response_channel": "electronic",
                      "reply_to": "itpf.sighet@politiadefrontiera.ro",
                      "signatory": "Comisar-șef de poliție Hotea Grigore", "urgent": False},
              accept={"authority": ["Inspectoratul General al Poliției de Frontieră", "IGPF",
                                    "ITPF Sighetu Marmației"],
                      "signatory": ["Inspector șef Comisar-șef de poliție Hotea Grigore"]})


@item
def g_diicot_ordonanta():
    t = when(2026, 12, 4, 12, 20)
    iban = mk.ro_iban("INGB", "0001008199341120")
    markup = f"""
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|Serviciul Teritorial Alba Iulia - Biroul Teritorial Sibiu
K|Dosar nr. 1422/D/P/2026
K|Nr. 9034/II/2026 din 04.12.2026

T|ORDONANȚĂ
C|04.12.2026, Sibiu

Procuror Stoica Maria-Elena din cadrul D.I.I.C.O.T. - Biroul Teritorial Sibiu,
Examinând actele dosarului nr. 1422/D/P/2026, privind săvârșirea infracțiunilor de constituire a unui grup infracțional organizat (art. 367 C.pen.) și înșelăciune (art. 244 C.pen.),
K|CONSTAT:
Din probele administrate rezultă că membrii grupului au publicat pe platforma OKAZII.RO anunțuri fictive de vânzare a unor telefoane mobile, sumele fiind încasate în contul {iban}, asociat utilizatorului cu ID 5530182.
Față de acestea, în temeiul art. 170 alin. (2) lit. b) C.proc.pen.,
K|DISPUN:
Societatea OKAZII.RO S.R.L. va comunica D.I.I.C.O.T. - Biroul Teritorial Sibiu, referitor la utilizatorii cu ID 5530182 și 5530907:
L|a) datele de identificare și de contact ale titularilor conturilor;
L|b) adresele IP, data și ora fiecărei autentificări;
L|c) anunțurile publicate și tranzacțiile încheiate, cu sumele aferente.
Datele se vor transmite electronic, la adresa bt.sibiu@diicot.ro, în termen de 5 zile de la primire.

S|PROCUROR,
S|Stoica Maria-Elena
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=1), title="Ordonanta 1422/D/P/2026")
    pdf = mk.sign_pdf(pdf, "seal_diicot", reason="Sigiliu DIICOT", location="Sibiu")
    plain = ("Stimată doamnă / Stimate domn,\n\nVă comunicăm ordonanța din 04.12.2026 emisă în dosarul nr. "
             "1422/D/P/2026, pentru punere în executare.\n\nD.I.I.C.O.T. - Biroul Teritorial Sibiu\n")
    html = "<p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
    alt = multipart("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")], "g7alt")
    raw = send(seed="g7", frm=addr("DIICOT BT Sibiu", "bt.sibiu@diicot.ro"), frm_addr="bt.sibiu@diicot.ro",
               to=[OK_LEGAL], subject="Ordonanta dosar 1422/D/P/2026", date=t,
               body=with_pdf("g7", alt, [(pdf, "ordonanta_1422_D_P_2026.pdf")]), dkim_domain="diicot.ro",
               helo="mail.diicot.ro", ip=ip_of("diicot.ro"))
    return le(raw=raw, genuine=True, dkim=["diicot.ro"], pdf=[{"signer": "seal_diicot", "whole": True}],
              notes="DIICOT territorial office, an ordonanță ('CONSTAT' / 'DISPUN'); users by user id, IBAN in the "
                    "findings; lettered list; 5-day deadline; base64 multipart/alternative cover",
              fields={"authority": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism - Biroul Teritorial Sibiu",
                      "authority_kind": "prosecutor", "reference_number": "9034/II/2026",
                      "reference_date": "2026-12-04", "case_number": "1422/D/P/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("user_id", "5530182"), S("user_id", "5530907"), S("iban", iban.replace(" ", ""))],
                      "requested_data": ["datele de identificare și de contact ale titularilor conturilor",
                                         "adresele IP, data și ora fiecărei autentificări",
                                         "anunțurile publicate și tranzacțiile încheiate, cu sumele aferente"],
                      "response_channel": "electronic", "reply_to": "bt.sibiu@diicot.ro",
                      "signatory": "Procuror Stoica Maria-Elena", "urgent": False},
              accept={"authority": ["DIICOT - Biroul Teritorial Sibiu", "DIICOT",
                                    "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
                                    "DIICOT - Serviciul Teritorial Alba Iulia - Biroul Teritorial Sibiu"]})


@item
def g_dna_roman_numerals():
    t = when(2026, 12, 3, 17, 12)
    markup = """
K|ROMÂNIA
K|MINISTERUL PUBLIC
K|Parchetul de pe lângă Înalta Curte de Casație și Justiție
K|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
K|Serviciul Teritorial Bacău
K|Nr. 3318/C/2026                                   Bacău, 03 decembrie 2026

K|Către OKAZII.RO S.R.L.

În dosarul penal nr. 212/P/2026 al Direcției Naționale Anticorupție - Serviciul Teritorial Bacău, având ca obiect infracțiunea de luare de mită (art. 289 C.pen.), în care există indicii că foloase necuvenite au fost disimulate prin vânzări fictive pe platforma dumneavoastră, în temeiul art. 170 alin. (1) și (2) C.proc.pen., vă solicităm să ne transmiteți, pentru utilizatorul cu adresa de e-mail colectii.numismatice.bc@outlook.com și numărul de telefon +40 752 901 334:
L|I. datele de identificare ale titularului contului și datele de facturare;
L|II. lista completă a anunțurilor publicate, cu prețurile afișate;
L|III. tranzacțiile încheiate și identitatea cumpărătorilor.
Vă rugăm ca datele să fie predate pe suport optic, sigilat, prin curier, la sediul Serviciului Teritorial Bacău, str. Mărășești nr. 12.

S|Procuror
S|Lungu Tudor
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=2), title="3318/C/2026", size=10.5)
    pdf = mk.sign_pdf(pdf, "pers_dna_lungu", reason="Semnătură calificată", location="Bacău")
    body = text("Bună seara,\n\nVă transmit, atașat, adresa nr. 3318/C/2026.\n\nProcuror Lungu Tudor\n"
                "DNA - ST Bacău\n")
    raw = send(seed="g8", frm=addr("Lungu Tudor", "tudor.lungu@pna.ro"), frm_addr="tudor.lungu@pna.ro",
               to=[OK_LEGAL], subject="Solicitare date - dosar 212/P/2026", date=t,
               body=with_pdf("g8", body, [(pdf, "3318_C_2026.pdf")]), dkim_domain="pna.ro",
               helo="smtp.pna.ro", ip=ip_of("pna.ro"))
    return le(raw=raw, genuine=True, dkim=["pna.ro"], pdf=[{"signer": "pers_dna_lungu", "whole": True}],
              notes="DNA territorial service; number and place/date on one line; roman-numeral list; e-mail + "
                    "phone; courier on sealed optical media named in the closing paragraph",
              fields={"authority": "Direcția Națională Anticorupție - Serviciul Teritorial Bacău",
                      "authority_kind": "prosecutor", "reference_number": "3318/C/2026",
                      "reference_date": "2026-12-03", "case_number": "212/P/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("email", "colectii.numismatice.bc@outlook.com"), S("phone", "+40752901334")],
                      "requested_data": ["datele de identificare ale titularului contului și datele de facturare",
                                         "lista completă a anunțurilor publicate, cu prețurile afișate",
                                         "tranzacțiile încheiate și identitatea cumpărătorilor"],
                      "response_channel": "courier", "signatory": "Procuror Lungu Tudor", "urgent": False},
              accept={"authority": ["Direcția Națională Anticorupție", "DNA", "DNA - Serviciul Teritorial Bacău"]})


@item
def g_pj_sibiu_label_table():
    t = when(2026, 12, 4, 9, 41)
    markup = """
C|ROMÂNIA
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SIBIU
X|Număr de înregistrare ¦ Data ¦ Dosar penal
X|8127/II/5/2026 ¦ 04.12.2026 ¦ 4410/P/2025

K|Către: OKAZII.RO S.R.L., Centrul de prevenire a fraudelor

În cauza privind infracțiunile de înșelăciune și fals informatic (art. 244 și art. 325 C.pen.), aflată în faza de urmărire penală, în temeiul art. 170 alin. (2) lit. b) C.proc.pen., dispun comunicarea următoarelor date, pentru perioada 01.01.2026 - 30.06.2026, privind utilizatorul cu numele de utilizator sibiu.auto.parts, adresa de e-mail auto.parts.sibiu@gmail.com și telefonul 0741 602 119:
L|a. datele de identificare ale titularului contului;
L|b. istoricul modificărilor datelor de contact;
L|c. adresele IP de autentificare;
L|d. lista tranzacțiilor, cu numerele comenzilor și sumele.
Comunicarea se face în format electronic, la adresa pj-sibiu@mpublic.ro.

K|PROCUROR,
K|Barbu Radu-Ștefan
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(minutes=30), title="8127")
    pdf = mk.sign_pdf(pdf, "pers_pjsb_barbu", reason="Semnat", location="Sibiu")
    body = text(mk.to_cedilla("Bună ziua,\nAlăturat, adresa nr. 8127/II/5/2026 (dosar 4410/P/2025).\n"
                              "Grefa Parchetului de pe lângă Judecătoria Sibiu\n"), charset="iso-8859-2",
                cte="quoted-printable")
    raw = send(seed="g9", frm=addr("Parchetul Judecatoriei Sibiu", "pj-sibiu@mpublic.ro"), frm_addr="pj-sibiu@mpublic.ro",
               to=[OK_LEGAL], subject="8127/II/5/2026", date=t, body=with_pdf("g9", body, [(pdf, "8127.pdf")]),
               dkim_domain="mpublic.ro", helo="mail.mpublic.ro", ip=ip_of("mpublic.ro", 1))
    return le(raw=raw, genuine=True, dkim=["mpublic.ro"], pdf=[{"signer": "pers_pjsb_barbu", "whole": True}],
              notes="prosecutors' office by a district court; number, date and case in a labelled table; the case "
                    "is from 2025; username + e-mail + 07xx phone; lettered 'a.' list; period; ISO-8859-2 cover",
              fields={"authority": "Parchetul de pe lângă Judecătoria Sibiu", "authority_kind": "prosecutor",
                      "reference_number": "8127/II/5/2026", "reference_date": "2026-12-04",
                      "case_number": "4410/P/2025", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "sibiu.auto.parts"), S("email", "auto.parts.sibiu@gmail.com"),
                                   S("phone", "+40741602119")],
                      "requested_data": ["datele de identificare ale titularului contului",
                                         "istoricul modificărilor datelor de contact",
                                         "adresele IP de autentificare",
                                         "lista tranzacțiilor, cu numerele comenzilor și sumele"],
                      "period": {"from": "2026-01-01", "to": "2026-06-30"}, "response_channel": "electronic",
                      "reply_to": "pj-sibiu@mpublic.ro", "signatory": "Procuror Barbu Radu-Ștefan", "urgent": False})


@item
def g_pt_bacau_cp1250_preservation():
    t = when(2026, 11, 30, 14, 2)
    markup = """
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL BACĂU
C|Secția de urmărire penală și criminalistică
K|Nr. 1204/II-5/2026
K|Bacău, 30.11.2026

K|Către: Okazii.ro (OKAZII.RO S.R.L.)

Ref.: dosarul penal nr. 901/P/2026 - înșelăciune și spălare a banilor
În temeiul art. 154 și art. 170 din Codul de procedură penală, vă solicităm:
L|1) conservarea imediată, pe o durată de 60 de zile, a tuturor datelor informatice privind contul cu ID 6120445 și contul asociat numărului de telefon +40 768 330 912;
L|2) comunicarea datelor de identificare ale titularilor acestor conturi;
L|3) comunicarea adreselor IP și a jurnalelor de autentificare din perioada 01.08.2026 - 29.11.2026.
Răspunsul se transmite electronic, la adresa pt-bacau@mpublic.ro.

K|Procuror șef secție, Neagu Irina
"""
    pdf = mk.letter_pdf(markup, family="sans", created=t - dt.timedelta(hours=1), title="1204")
    pdf = mk.sign_pdf(pdf, "seal_ptbc", reason="Sigiliu", location="Bacău")
    plain = mk.to_cedilla("Bună ziua,\n\nVă transmitem adresa nr. 1204/II-5/2026 privind dosarul 901/P/2026.\n\n"
                          "Parchetul de pe lângă Tribunalul Bacău\n")
    html = ("<html><body style=\"font-family:Calibri\"><p>Bun&#259; ziua,</p><p>V&#259; transmitem adresa nr. "
            "1204/II-5/2026 privind dosarul 901/P/2026.</p><p>Parchetul de pe l&#226;ng&#259; Tribunalul "
            "Bac&#259;u</p></body></html>")
    alt = multipart("alternative", [text(plain, charset="windows-1250", cte="base64"),
                                    text(html, "html", charset="windows-1250", cte="base64")], "g10alt")
    raw = send(seed="g10", frm=addr("PT Bacau - Sectia UP", "pt-bacau@mpublic.ro"), frm_addr="pt-bacau@mpublic.ro",
               to=[OK_LEGAL], subject="Conservare si comunicare date - 901/P/2026", date=t,
               body=with_pdf("g10", alt, [(pdf, "1204_II-5_2026.pdf")]), dkim_domain="mpublic.ro",
               helo="mail.mpublic.ro", ip=ip_of("mpublic.ro"), extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return le(raw=raw, genuine=True, dkim=["mpublic.ro"], pdf=[{"signer": "seal_ptbc", "whole": True}],
              notes="tribunal prosecutors' office; preservation (art. 154) and production (art. 170); user id + "
                    "phone; 'Nr.' and 'Bacău, 30.11.2026' on two lines; Windows-1250 base64 alternative with HTML "
                    "entities; function and name on one line",
              fields={"authority": "Parchetul de pe lângă Tribunalul Bacău", "authority_kind": "prosecutor",
                      "reference_number": "1204/II-5/2026", "reference_date": "2026-11-30",
                      "case_number": "901/P/2026", "legal_basis": ["art. 154 CPP", "art. 170 CPP"],
                      "subjects": [S("user_id", "6120445"), S("phone", "+40768330912")],
                      "period": {"from": "2026-08-01", "to": "2026-11-29"}, "response_channel": "electronic",
                      "reply_to": "pt-bacau@mpublic.ro", "signatory": "Procuror șef secție Neagu Irina",
                      "urgent": False},
              accept={"signatory": ["Procuror șef secție, Neagu Irina", "Neagu Irina"]})


@item
def g_jud_deva_court():
    t = when(2026, 12, 3, 10, 27)
    markup = """
C|ROMÂNIA
C|JUDECĂTORIA DEVA
C|Secția penală
K|Dosar nr. 3812/221/2026
K|Termen: 14.01.2027
K|Nr. 3812/221/2026/c3 din 03.12.2026

K|Către OKAZII.RO S.R.L.

Instanța, în ședința din 02.12.2026, în cauza penală privind pe inculpatul Vlaicu Sorin, trimis în judecată pentru săvârșirea infracțiunii de înșelăciune (art. 244 alin. (1) și (2) C.pen.), a dispus, în temeiul art. 170 alin. (1) și (2) C.proc.pen., să vă solicite următoarele, cu privire la utilizatorul sorin_piese_deva, pentru comenzile nr. 69802211 și 69813407:
L|* datele de înregistrare ale contului;
L|* corespondența purtată prin platformă cu cumpărătorii;
L|* dovezile de plată aferente comenzilor.
Relațiile vor fi comunicate până la termenul din 14.01.2027, prin e-mail, la adresa jud-deva-penal@just.ro, cu mențiunea numărului de dosar.

S|Judecător,
S|Matei Oana
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=1), title="3812/221/2026")
    pdf = mk.sign_pdf(pdf, "pers_jdv_matei", reason="Semnat", location="Deva")
    body = text("Buna ziua,\n\nVa comunicam adresa atasata, emisa in dosarul nr. 3812/221/2026.\n\n"
                "Grefier, Secția penală\nJudecătoria Deva\n")
    raw = send(seed="g11", frm=addr("Judecatoria Deva - Penal", "jud-deva-penal@just.ro"),
               frm_addr="jud-deva-penal@just.ro", to=[OK_LEGAL], subject="Dosar 3812/221/2026 - adresa", date=t,
               body=with_pdf("g11", body, [(pdf, "3812_221_2026_adresa.pdf")]), dkim_domain="just.ro",
               helo="mail.just.ro", ip=ip_of("just.ro", 1))
    return le(raw=raw, genuine=True, dkim=["just.ro"], pdf=[{"signer": "pers_jdv_matei", "whole": True}],
              notes="district court in the trial phase (court file number, next hearing date as the deadline); "
                    "judge's certificate; asterisk list; two orders",
              fields={"authority": "Judecătoria Deva", "authority_kind": "court", "reference_date": "2026-12-03",
                      "case_number": "3812/221/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "sorin_piese_deva")], "transactions": ["69802211", "69813407"],
                      "requested_data": ["datele de înregistrare ale contului",
                                         "corespondența purtată prin platformă cu cumpărătorii",
                                         "dovezile de plată aferente comenzilor"],
                      "response_channel": "electronic", "reply_to": "jud-deva-penal@just.ro",
                      "signatory": "Judecător Matei Oana", "urgent": False},
              accept={"authority": ["Judecătoria Deva - Secția penală"]})


@item
def g_trib_maramures_incident_file():
    t = when(2026, 12, 4, 13, 3)
    markup = """
B|TRIBUNALUL MARAMUREȘ
B|Secția penală
K|Dosar nr. 1203/100/2026/a1 (cameră preliminară - contestație)
K|Nr. ieșire 19877 / 4.12.2026

K|Către: OKAZII.RO S.R.L. - Centrul de prevenire a fraudelor

Vă comunicăm că, prin încheierea din 03.12.2026, Tribunalul Maramureș a dispus, în temeiul art. 170 alin. (1) C.proc.pen., comunicarea de către societatea dumneavoastră a următoarelor date, cu privire la utilizatorii pescar_baia_mare și bm.second.hand@yahoo.com:
L|1. datele de identificare ale titularilor conturilor;
L|2. lista tranzacțiilor încheiate între cei doi utilizatori;
L|3. mesajele schimbate între aceștia prin platformă.
Datele se comunică prin curier, la sediul instanței din Baia Mare, Bd. Republicii nr. 2A, într-un plic sigilat, cu mențiunea numărului de dosar.

K|Președinte complet, judecător Iuga Marcela
K|Grefier, Rus Ileana
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=2), title="19877")
    pdf = mk.sign_pdf(pdf, "seal_tbmm", reason="Sigiliu electronic Tribunalul Maramures", location="Baia Mare")
    body = text("Stimați domni,\nÎn atașament: adresa nr. 19877 din 04.12.2026, dosar 1203/100/2026/a1.\n"
                "Grefa Secției penale\n")
    raw = send(seed="g12", frm=addr("Tribunalul Maramures - Grefa", "tribunalul-maramures-penal@just.ro"),
               frm_addr="tribunalul-maramures-penal@just.ro", to=[OK_LEGAL], subject="Comunicare - 1203/100/2026/a1",
               date=t, body=with_pdf("g12", body, [(pdf, "comunicare_19877.pdf")]), dkim_domain="just.ro",
               helo="mail.just.ro", ip=ip_of("just.ro"))
    return le(raw=raw, genuine=True, dkim=["just.ro"], pdf=[{"signer": "seal_tbmm", "whole": True}],
              notes="tribunal, an incident file ('/a1'); 'Nr. ieșire 19877 / 4.12.2026'; users by username and "
                    "e-mail; a presiding judge and a clerk named; courier in a sealed envelope",
              fields={"authority": "Tribunalul Maramureș", "authority_kind": "court", "reference_number": "19877",
                      "reference_date": "2026-12-04", "case_number": "1203/100/2026/a1",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "pescar_baia_mare"), S("email", "bm.second.hand@yahoo.com")],
                      "requested_data": ["datele de identificare ale titularilor conturilor",
                                         "lista tranzacțiilor încheiate între cei doi utilizatori",
                                         "mesajele schimbate între aceștia prin platformă"],
                      "response_channel": "courier", "urgent": False},
              accept={"case_number": ["1203/100/2026"], "authority": ["Tribunalul Maramureș - Secția penală"]})


@item
def g_igpr_europol_english():
    t = when(2026, 12, 1, 11, 50)
    markup = """
C|ROMANIA - MINISTRY OF INTERNAL AFFAIRS
C|GENERAL INSPECTORATE OF ROMANIAN POLICE
C|Europol National Unit
K|Ref. no. 3901/EUR/2026 of 01.12.2026

K|To: OKAZII.RO S.R.L. - Fraud Prevention Centre

Subject: request of the Austrian Federal Criminal Police Office (Bundeskriminalamt), SIENA ref. AT-2026-118842, executed in Romanian criminal file no. 901/P/2026 of the Prosecutor's Office attached to Bacau Tribunal
The Austrian authorities are investigating a series of frauds in which Austrian buyers paid for used agricultural machinery advertised on your platform and never received it. The Romanian prosecutor has authorised the collection of the data below under Article 170 of the Romanian Code of Criminal Procedure.
Please provide, for the user account registered with the e-mail address traktor.export.ro@gmail.com (username agro_export_ro):
L|1. the subscriber and identification data of the account holder;
L|2. the IP addresses and timestamps of logins between 01.09.2026 and 30.11.2026;
L|3. the listings published and the payments received.
Please send your reply electronically to unitatea.europol@politiaromana.ro, quoting our reference.

K|Chief Commissioner Dumitrescu Laurențiu
K|Head of the Europol National Unit
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=3), title="3901/EUR/2026")
    pdf = mk.sign_pdf(pdf, "seal_igpr", reason="Electronic seal IGPR", location="Bucharest")
    body = text("Bună ziua,\n\nVă transmitem atașat solicitarea Unității Naționale Europol nr. 3901/EUR/2026 "
                "(redactată în limba engleză, la cererea partenerilor austrieci), formulată în dosarul penal "
                "nr. 901/P/2026.\n\nCu stimă,\nUnitatea Națională Europol - IGPR\n")
    raw = send(seed="g13", frm=addr("Unitatea Nationala Europol", "unitatea.europol@politiaromana.ro"),
               frm_addr="unitatea.europol@politiaromana.ro", to=[OK_LEGAL],
               subject="Request 3901/EUR/2026 - AT-2026-118842", date=t,
               body=with_pdf("g13", body, [(pdf, "3901_EUR_2026.pdf")]), dkim_domain="politiaromana.ro",
               helo="mail.politiaromana.ro", ip=ip_of("politiaromana.ro"))
    return le(raw=raw, genuine=True, dkim=["politiaromana.ro"], pdf=[{"signer": "seal_igpr", "whole": True}],
              notes="IGPR's Europol unit relaying an Austrian request in English (letter in English, Romanian "
                    "cover); authority written in English (not scored); Romanian case file",
              fields={"authority_kind": "police", "reference_number": "3901/EUR/2026",
                      "reference_date": "2026-12-01", "case_number": "901/P/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("email", "traktor.export.ro@gmail.com"), S("username", "agro_export_ro")],
                      "requested_data": ["the subscriber and identification data of the account holder",
                                         "the IP addresses and timestamps of logins between 01.09.2026 and 30.11.2026",
                                         "the listings published and the payments received"],
                      "period": {"from": "2026-09-01", "to": "2026-11-30"}, "response_channel": "electronic",
                      "reply_to": "unitatea.europol@politiaromana.ro", "urgent": False})


@item
def g_ipj_satu_mare_long_annex():
    t = when(2026, 12, 2, 8, 35)
    rnd = random.Random("g14")
    orders = [str(70500000 + rnd.randrange(0, 2500000)) for _ in range(24)]
    iban = mk.ro_iban("RNCB", "0211003344556601")
    rows = []
    for i, o in enumerate(orders, 1):
        d = dt.date(2026, 9, 1) + dt.timedelta(days=rnd.randrange(0, 85))
        rows.append(f"X|{i} ¦ {o} ¦ {d.strftime('%d.%m.%Y')} ¦ {rnd.randrange(180, 4200)},00 lei ¦ "
                    f"{rnd.choice(['Satu Mare', 'Carei', 'Oradea', 'Zalău', 'Cluj-Napoca', 'Baia Mare'])}")
    annex = "\n".join(rows)
    markup = f"""
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN SATU MARE
C|POLIȚIA MUNICIPIULUI CAREI - Biroul de Investigații Economice
K|Nr. 401.226 din 02.12.2026

K|Către OKAZII.RO S.R.L.

Poliția Municipiului Carei efectuează cercetări în dosarul penal nr. 2077/P/2026 al Parchetului de pe lângă Judecătoria Carei, privind infracțiunea de înșelăciune, comisă de vânzătorul cu numele de utilizator piese_agricole_carei, care a încasat în contul {iban} sumele aferente comenzilor enumerate în anexa prezentei, fără a livra produsele.
În baza art. 170 alin. (2) lit. b) C.proc.pen., vă rugăm să ne comunicați:
L|1. datele de identificare ale titularului contului piese_agricole_carei;
L|2. pentru fiecare comandă din anexă: datele cumpărătorului, suma achitată și starea livrării;
L|3. adresele IP ale vânzătorului în perioada 01.09.2026 - 30.11.2026.
Răspunsul se va transmite electronic, la adresa bie.carei@sm.politiaromana.ro.

K|Comisar-șef de poliție Szilágyi Attila, șef birou

B|ANEXĂ - comenzile vizate (24)
X|Nr. ¦ Comanda ¦ Data ¦ Suma ¦ Localitatea cumpărătorului
{annex}
s|Anexa face parte integrantă din adresa nr. 401.226 din 02.12.2026.
"""
    pdf = mk.letter_pdf(markup, family="sans", created=t - dt.timedelta(hours=1), title="401226")
    pdf = mk.sign_pdf(pdf, "seal_ipj_sm", reason="Sigiliu IPJ Satu Mare", location="Carei")
    body = text("Buna ziua,\n\nTransmitem adresa nr. 401.226/02.12.2026, cu anexa (24 de comenzi).\n\n"
                "BIE - Politia Municipiului Carei\n", format_flowed=True)
    raw = send(seed="g14", frm=addr("BIE Carei", "bie.carei@sm.politiaromana.ro"), frm_addr="bie.carei@sm.politiaromana.ro",
               to=[OK_LEGAL], subject="adresa 401226 + anexa", date=t,
               body=with_pdf("g14", body, [(pdf, "401226_cu_anexa.pdf")]), dkim_domain="sm.politiaromana.ro",
               helo="mail.sm.politiaromana.ro", ip=ip_of("sm.politiaromana.ro"))
    return le(raw=raw, genuine=True, dkim=["sm.politiaromana.ro"], pdf=[{"signer": "seal_ipj_sm", "whole": True}],
              notes="municipal police under IPJ Satu Mare; a long annex table of 24 orders on the following page(s); "
                    "IBAN in the text; signatory and function on one line",
              fields={"authority": "Poliția Municipiului Carei", "authority_kind": "police",
                      "reference_number": "401.226", "reference_date": "2026-12-02", "case_number": "2077/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "piese_agricole_carei"), S("iban", iban.replace(" ", ""))],
                      "transactions": orders,
                      "requested_data": ["datele de identificare ale titularului contului piese_agricole_carei",
                                         "pentru fiecare comandă din anexă: datele cumpărătorului, suma achitată și starea livrării",
                                         "adresele IP ale vânzătorului în perioada 01.09.2026 - 30.11.2026"],
                      "period": {"from": "2026-09-01", "to": "2026-11-30"}, "response_channel": "electronic",
                      "reply_to": "bie.carei@sm.politiaromana.ro",
                      "signatory": "Comisar-șef de poliție Szilágyi Attila", "urgent": False},
              accept={"authority": ["Inspectoratul de Poliție Județean Satu Mare", "IPJ Satu Mare",
                                    "Poliția Municipiului Carei - Biroul de Investigații Economice"],
                      "reference_number": ["401226"]})


# ==========================================================================
# forged or defective law-enforcement requests
# ==========================================================================

def simple_letter(head: list[str], number: str, addressee: str, para: str, data: list[str], closing: str,
                  sign: list[str], created: dt.datetime, family: str = "serif") -> bytes:
    m = "\n".join("C|" + h for h in head) + f"\nK|{number}\n\nK|{addressee}\n\n{para}\n"
    m += "\n".join("L|" + d for d in data) + f"\n{closing}\n\n" + "\n".join("S|" + s for s in sign) + "\n"
    return mk.letter_pdf(m, created=created, family=family)


@item
def f_issuer_name_collision():
    t = when(2026, 12, 4, 18, 22)
    pdf = simple_letter(["INSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU", "Serviciul de Investigații Criminale"],
                        "Nr. 402/SIC/2026 din 04.12.2026", "Către OKAZII.RO S.R.L.",
                        "În dosarul penal nr. 3017/P/2026 al Parchetului de pe lângă Judecătoria Mediaș, în temeiul "
                        "art. 170 alin. (2) lit. b) C.proc.pen., vă solicităm să ne comunicați, pentru utilizatorii "
                        "ana.maria.sb@gmail.com și transilvania_deals, următoarele:",
                        ["1. datele de identificare și adresele de livrare;", "2. numerele de telefon și IBAN-urile "
                         "asociate;", "3. adresele IP din ultimele 90 de zile."],
                        "Răspunsul se transmite electronic, la adresa de la care a fost trimisă prezenta.",
                        ["Comisar de poliție", "Bratu Ovidiu"], t - dt.timedelta(hours=1))
    pdf = mk.sign_pdf(pdf, "seal_ipj_sb_rogue", reason="Sigiliu electronic IPJ Sibiu", location="Sibiu")
    body = text("Bună seara,\nVă transmitem adresa atașată, semnată cu sigiliul electronic al inspectoratului.\n"
                "SIC - IPJ Sibiu\n")
    raw = send(seed="f1", frm=addr("SIC IPJ Sibiu", "sic@sb.politiaromana.ro"), frm_addr="sic@sb.politiaromana.ro",
               to=[OK_LEGAL], subject="Adresa 402/SIC/2026", date=t, body=with_pdf("f1", body, [(pdf, "402_SIC.pdf")]),
               dkim_domain="sb.politiaromana.ro", helo="mail.sb.politiaromana.ro", ip=ip_of("sb.politiaromana.ro"))
    return le(raw=raw, genuine=False, dkim=["sb.politiaromana.ro"],
              pdf=[{"signer": "seal_ipj_sb_rogue", "whole": True, "trusted": False}],
              notes="FORGED: compromised IPJ Sibiu mailbox (valid DKIM); the seal carries IPJ Sibiu's exact O and "
                    "organizationIdentifier but was issued by an attacker CA whose issuing and root certificates "
                    "have exactly the names of the trusted ones (other keys), both embedded in the signature",
              fields={"case_number": "3017/P/2026",
                      "subjects": [S("email", "ana.maria.sb@gmail.com"), S("username", "transilvania_deals")]})


@item
def f_same_subject_other_key():
    t = when(2026, 12, 5, 7, 48)
    pdf = simple_letter(["INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU", "POLIȚIA MUNICIPIULUI ONEȘTI",
                         "Biroul Investigații Criminale"], "Nr. 45.990 / 05.12.2026", "Către OKAZII.RO S.R.L.",
                        "În dosarul penal nr. 1907/P/2026, în completarea adresei noastre nr. 45.781 / 02.12.2026, "
                        "în baza art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru "
                        "utilizatorul cu numărul de telefon 0722 514 090 și utilizatorul cu ID 5981230:",
                        ["a) datele de identificare și adresele de livrare;", "b) mesajele din platformă;",
                         "c) ultimele adrese IP de autentificare."],
                        "Datele se transmit electronic la adresa catalin.ciobanu@bc.politiaromana.ro.",
                        ["Comisar de poliție Ciobanu Cătălin, șef birou"], t - dt.timedelta(minutes=40), "sans")
    pdf = mk.sign_pdf(pdf, "pers_bc_ciobanu_twin", reason="Semnez", location="Onești")
    body = text("Bună dimineața,\nAtașat, completarea solicitării noastre.\nCiobanu Cătălin\n")
    raw = send(seed="f2", frm=addr("Ciobanu Catalin", "catalin.ciobanu@bc.politiaromana.ro"),
               frm_addr="catalin.ciobanu@bc.politiaromana.ro", to=[OK_LEGAL], subject="Completare adresa 45.781",
               date=t, body=with_pdf("f2", body, [(pdf, "completare.pdf")]), dkim_domain="bc.politiaromana.ro",
               helo="owa.bc.politiaromana.ro", ip=ip_of("bc.politiaromana.ro"))
    return le(raw=raw, genuine=False, dkim=["bc.politiaromana.ro"],
              pdf=[{"signer": "pers_bc_ciobanu_twin", "whole": True, "trusted": True}],
              notes="FORGED: compromised officer mailbox (valid DKIM); PDF signed by a second qualified certificate "
                    "from the trusted CA with exactly the bound officer's subject (same name and PNORO serial), "
                    "another key: the registry binds only the first certificate's SHA-256",
              fields={"case_number": "1907/P/2026",
                      "subjects": [S("phone", "+40722514090"), S("user_id", "5981230")]})


def _mm_targnet_letter(t):
    markup = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ
C|Serviciul de Investigare a Criminalității Economice
K|Nr. 93.117 din 24.11.2026

K|Către: TARGNET ONLINE S.R.L. (platforma targnet.ro)
K|Departamentul juridic

În dosarul penal nr. 3360/P/2026 al Parchetului de pe lângă Judecătoria Sighetu Marmației, în temeiul art. 170 alin. (2) lit. b) C.proc.pen., vă solicităm să ne comunicați, pentru utilizatorul cu adresa de e-mail lemne.maramures@gmail.com:
L|1. datele de identificare ale titularului contului;
L|2. anunțurile publicate și tranzacțiile încheiate;
L|3. adresele IP de autentificare.
Răspunsul se transmite electronic, la adresa sice@mm.politiaromana.ro.

S|Comisar-șef de poliție
S|Lazăr Dorin
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=1))
    return mk.sign_pdf(pdf, "seal_ipj_mm", reason="Sigiliu electronic", location="Baia Mare")


@item
def f_dkim_replay_other_platform():
    t0 = when(2026, 11, 24, 10, 12)
    pdf = _mm_targnet_letter(t0)
    body = text("Bună ziua,\nVă transmitem adresa nr. 93.117 din 24.11.2026.\nSICE - IPJ Maramureș\n")
    raw0 = mk.build(seed="f3", frm=addr("SICE IPJ Maramures", "sice@mm.politiaromana.ro"), to=["juridic@targnet.ro"],
                    subject="Adresa nr. 93.117", date=t0, message_id=mid("f3", "mm.politiaromana.ro"),
                    body=with_pdf("f3", body, [(pdf, "93117.pdf")]))
    signed = mk.dkim_sign(raw0, "mm.politiaromana.ro", t0) + raw0
    t = when(2026, 12, 5, 3, 40)
    ours = mk.mx_received("vps-21931.hosting-ieftin.example", "203.0.113.88", t, OK_LEGAL, seed="f3").replace("\n", "\r\n")
    raw = f"Return-Path: <bounce-7781@hosting-ieftin.example>\r\n{ours}\r\n".encode() + signed
    return le(raw=raw, genuine=False, dkim=["mm.politiaromana.ro"], pdf=[{"signer": "seal_ipj_mm", "whole": True}],
              notes="FORGED: an intact genuine mail of IPJ Maramureș to another marketplace (To: juridic@targnet.ro, "
                    "letter addressed to TARGNET ONLINE S.R.L.) replayed to us eleven days later from a VPS; DKIM "
                    "and seal still valid",
              fields={"case_number": "3360/P/2026", "subjects": [S("email", "lemne.maramures@gmail.com")]})


@item
def f_retired_dkim_selector():
    t = when(2026, 12, 5, 21, 5)
    pdf = simple_letter(["INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ", "Serviciul de Investigații Criminale"],
                        "Nr. 118.554 din 05.12.2026", "Către OKAZII.RO S.R.L.",
                        "În dosarul penal nr. 6021/P/2026, în baza art. 170 C.proc.pen., vă solicităm URGENT să ne "
                        "comunicați datele de identificare, numărul de telefon, adresa de livrare și adresele IP ale "
                        "utilizatorilor bijuterii_aur_nt și raluca.neamt@icloud.com.", [],
                        "Răspunsul electronic se transmite la adresa de mai jos în maximum 24 de ore.",
                        ["L.S.", "Comisar-șef de poliție", "Apostol Marian"], t - dt.timedelta(minutes=25))
    body = text("Buna seara,\nAtasat adresa urgenta. Raspundeti la sic.neamt@nt.politiaromana.ro.\nSIC Neamt\n")
    raw = send(seed="f4", frm=addr("SIC IPJ Neamt", "sic.neamt@nt.politiaromana.ro"),
               frm_addr="sic.neamt@nt.politiaromana.ro", to=[OK_LEGAL], subject="URGENT adresa 118.554", date=t,
               body=with_pdf("f4", body, [(pdf, "118554.pdf")]), dkim_domain="nt.politiaromana.ro",
               dkim_selector="nt2023", helo="mail.nt-relay.example", ip="203.0.113.92")
    return le(raw=raw, genuine=False, dkim=[],
              notes="FORGED: DKIM made with a leaked key of IPJ Neamț's retired selector (its DNS record now has "
                    "an empty p=, the key is revoked); unsigned PDF with 'L.S.'; urgent; sent from outside",
              fields={"case_number": "6021/P/2026",
                      "subjects": [S("username", "bijuterii_aur_nt"), S("email", "raluca.neamt@icloud.com")]})


@item
def f_quoted_local_part():
    t = when(2026, 12, 4, 20, 31)
    pdf = simple_letter(["INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ", "POLIȚIA MUNICIPIULUI PIATRA NEAMȚ"],
                        "Nr. 80.311 din 04.12.2026", "Către OKAZII.RO S.R.L.",
                        "În dosarul penal nr. 4471/P/2026, în temeiul art. 170 alin. (2) lit. b) C.proc.pen., vă "
                        "rugăm să ne comunicați datele de identificare, istoricul comenzilor și adresele IP pentru "
                        "utilizatorul cu ID 6022871 și pentru numărul de telefon +40 740 118 223.", [],
                        "Răspunsul se transmite electronic.", ["Semnat electronic", "Comisar de poliție Ungureanu Ilie"],
                        t - dt.timedelta(minutes=15), "sans")
    body = text("Buna seara,\n\nVa transmitem adresa atasata.\n\nPolitia Municipiului Piatra Neamt\n")
    frm = 'Politia Municipiului Piatra Neamt <"urmarire.penala@nt.politiaromana.ro"@mail-nt-politia.ro>'
    raw = send(seed="f5", frm=frm, frm_addr='"urmarire.penala@nt.politiaromana.ro"@mail-nt-politia.ro',
               mail_from="bounce@mail-nt-politia.ro", to=[OK_LEGAL], subject="Adresa nr. 80.311", date=t,
               body=with_pdf("f5", body, [(pdf, "80311.pdf")]), dkim_domain="mail-nt-politia.ro",
               helo="mail-nt-politia.ro", ip=ip_of("mail-nt-politia.ro"), msgid_domain="mail-nt-politia.ro")
    return le(raw=raw, genuine=False, dkim=["mail-nt-politia.ro"],
              notes="FORGED: From address with a quoted local part containing '@nt.politiaromana.ro' "
                    "(\"urmarire.penala@nt.politiaromana.ro\"@mail-nt-politia.ro): the real domain is the attacker's, "
                    "with its own DKIM; unsigned PDF printed 'Semnat electronic'",
              fields={"case_number": "4471/P/2026", "subjects": [S("user_id", "6022871"), S("phone", "+40740118223")]})


@item
def f_mime_two_boundaries():
    t = when(2026, 12, 3, 19, 2)
    genuine = simple_letter(["DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "Serviciul Teritorial Bacău"],
                            "Nr. 3290/C/2026 din 28.11.2026", "Către OKAZII.RO S.R.L.",
                            "În dosarul penal nr. 198/P/2026, în temeiul art. 170 alin. (2) lit. b) C.proc.pen., vă "
                            "solicităm să ne comunicați, pentru utilizatorul cu numele de utilizator "
                            "monede_vechi_bc, următoarele:",
                            ["1. datele de identificare ale titularului contului;", "2. tranzacțiile încheiate."],
                            "Răspunsul se predă prin curier.", ["Procuror", "Lungu Tudor"],
                            t - dt.timedelta(days=5))
    genuine = mk.sign_pdf(genuine, "pers_dna_lungu", reason="Semnătură calificată", location="Bacău")
    forged = simple_letter(["DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "Serviciul Teritorial Bacău"],
                           "Nr. 3290/C/2026 din 28.11.2026", "Către OKAZII.RO S.R.L.",
                           "În dosarul penal nr. 198/P/2026, în temeiul art. 170 alin. (2) lit. b) C.proc.pen., vă "
                           "solicităm să ne comunicați, pentru utilizatorii monede_vechi_bc, "
                           "andreea.colectii@gmail.com și +40 755 300 871, următoarele:",
                           ["1. datele de identificare ale titularilor conturilor;", "2. tranzacțiile încheiate;",
                            "3. parolele de acces resetate și adresele IP."],
                           "Răspunsul se transmite electronic, la adresa dna.bacau.dosare@gmail.com.",
                           ["Procuror", "Lungu Tudor"], t - dt.timedelta(days=5))
    note = text("Bună seara,\nRevin cu adresa nr. 3290/C/2026.\nProcuror Lungu Tudor\n")
    pa = multipart("mixed", [note, attachment(genuine, "3290_C_2026.pdf")], "f6-a")
    pb = multipart("mixed", [note, attachment(forged, "3290_C_2026.pdf")], "f6-b")
    ba, bb = pa.boundary, pb.boundary
    body_a = "".join(f"--{ba}\n" + c.render() for c in pa.children) + f"--{ba}--\n"
    body_b = "".join(f"--{bb}\n" + c.render() for c in pb.children) + f"--{bb}--\n"
    top = Part([("Content-Type", f'multipart/mixed; boundary="{ba}"; boundary="{bb}"')], body_a + "\n" + body_b)
    raw = send(seed="f6", frm=addr("Lungu Tudor", "tudor.lungu@pna.ro"), frm_addr="tudor.lungu@pna.ro",
               to=[OK_LEGAL], subject="Re: adresa 3290/C/2026", date=t, body=top, dkim_domain="pna.ro",
               helo="smtp.pna.ro", ip=ip_of("pna.ro"))
    return le(raw=raw, genuine=False, dkim=["pna.ro"],
              pdf=[{"signer": "pers_dna_lungu", "whole": True}],
              notes="FORGED: compromised prosecutor mailbox (valid DKIM); the top Content-Type names two boundary "
                    "parameters: read with the first, the mail carries a genuinely signed letter about one user; "
                    "read with the second, an unsigned look-alike adding two users, passwords and a gmail reply "
                    "address",
              fields={"case_number": "198/P/2026"})


@item
def f_fake_fax_gateway():
    t = when(2026, 12, 4, 22, 47)
    lines = ["**ROMÂNIA", "**INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU", "**POLIȚIA MUNICIPIULUI ONEȘTI",
             "Nr. 46.002 din 04.12.2026", "", "Către OKAZII.RO S.R.L.", "",
             "În dosarul penal nr. 1907/P/2026, în temeiul art. 170 C.proc.pen.,",
             "vă solicităm să ne comunicați de URGENȚĂ datele de identificare,",
             "adresele IP și IBAN-urile utilizatorilor cu numerele de telefon",
             "0744 390 221 și 0769 001 458, precum și adresa de e-mail asociată.",
             "", "Răspunsul se transmite la adresa de e-mail: politia.onesti.dosare@gmail.com",
             "", "Comisar de poliție", "Ciobanu Cătălin"]
    scan = mk.scan_pdf(lines, seed="f7", stamp_text=("POLITIA ROMANA - IPJ BACAU", "ONEȘTI"),
                       header_line="04/12/2026 22:41   +40234558112   IPJ BACAU       P.001/001")
    body = text("Ati primit un fax nou.\n\nDe la: +40234558112\nPagini: 1\nData: 04.12.2026 22:41\n\n"
                "Documentul este atasat in format PDF.\n-- \nFax Server OKAZII\n", charset="us-ascii", cte="7bit")
    raw = send(seed="f7", frm=addr("Fax Server", "fax@fax-okazii.ro"), frm_addr="fax@fax-okazii.ro", to=[OK_LEGAL],
               subject="Fax de la +40234558112 (1 pagina)", date=t,
               body=with_pdf("f7", body, [(scan, "fax_+40234558112_20261204_2241.pdf")]), dkim_domain="fax-okazii.ro",
               helo="gw.fax-okazii.ro", ip=ip_of("fax-okazii.ro"), extra=[("X-Mailer", "HylaFAX faxrcvd")])
    return le(raw=raw, genuine=False, dkim=["fax-okazii.ro"],
              notes="FORGED: imitates our fax-to-e-mail gateway (subject format of the configured gateway, a "
                    "registry fax number of IPJ Bacău) from a look-alike domain with its own DKIM; image-only scan "
                    "with a drawn stamp and signature; urgent; answer to gmail",
              fields={"case_number": "1907/P/2026",
                      "subjects": [S("phone", "+40744390221"), S("phone", "+40769001458")]})


@item
def f_scope_escalation():
    t = when(2026, 12, 3, 15, 36)
    markup = """
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA BAIA MARE
K|Dosar nr. 7702/P/2026
K|Nr. 7702/P/2026/4 din 03.12.2026
T|ORDONANȚĂ DE CONSERVARE A DATELOR INFORMATICE
Procuror Szabó Erika, având în vedere actele dosarului nr. 7702/P/2026 privind infracțiunea de înșelăciune, cu încuviințarea judecătorului de drepturi și libertăți din 02.12.2026, în temeiul art. 154 C.proc.pen.,
K|DISPUN:
Conservarea imediată, pe o durată de 90 de zile, a datelor informatice și a datelor de trafic privind contul cu numele de utilizator casa_veche_bm, deținute de OKAZII.RO S.R.L. Datele nu se comunică până la dispoziția ulterioară a procurorului.
S|Procuror,
S|Szabó Erika
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=2))
    pdf = mk.sign_pdf(pdf, "pers_pjbm_szabo", reason="Semnat", location="Baia Mare")
    body = text("Bună ziua,\n\nÎn baza ordonanței atașate, vă rugăm să ne transmiteți în cel mai scurt timp "
                "datele de identificare, adresele IP, mesajele și IBAN-urile pentru contul casa_veche_bm, precum "
                "și pentru contul asociat adresei maramures.antichitati@yahoo.com, din 01.01.2025 până în prezent.\n\n"
                "Grefier, Parchetul de pe lângă Judecătoria Baia Mare\n")
    raw = send(seed="f8", frm=addr("PJ Baia Mare", "pj-baiamare@mpublic.ro"), frm_addr="pj-baiamare@mpublic.ro",
               to=[OK_LEGAL], subject="Ordonanta 7702/P/2026", date=t,
               body=with_pdf("f8", body, [(pdf, "ordonanta_conservare.pdf")]), dkim_domain="mpublic.ro",
               helo="mail.mpublic.ro", ip=ip_of("mpublic.ro"))
    return le(raw=raw, genuine=False, dkim=["mpublic.ro"], pdf=[{"signer": "pers_pjbm_szabo", "whole": True}],
              notes="DEFECTIVE/FORGED: genuine signed ordonanță orders only preservation (art. 154) of one account "
                    "and says the data are not to be communicated; the unsigned mail text asks to hand over data "
                    "of that account and of a second one, for a longer period",
              fields={"case_number": "7702/P/2026"})


@item
def f_reply_address_diverted():
    t = when(2026, 12, 2, 12, 6)
    markup = """
2|INSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU\\nPoliția Municipiului Mediaș ¦ Nr. 51.880 din 02.12.2026
K|Către OKAZII.RO S.R.L.

În dosarul penal nr. 3017/P/2026 al Parchetului de pe lângă Judecătoria Mediaș, în temeiul art. 170 alin. (2) lit. b) C.proc.pen., vă solicităm să ne comunicați, pentru utilizatorul medias_telefoane, următoarele:
L|1. datele de identificare ale titularului contului;
L|2. tranzacțiile din perioada 01.10.2026 - 30.11.2026.
Răspunsul se va transmite prin curier, la sediul Poliției Municipiului Mediaș.
S|Comisar de poliție
S|Bratu Ovidiu
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=1))
    pdf = mk.sign_pdf(pdf, "seal_ipj_sb", reason="Sigiliu electronic IPJ Sibiu", location="Mediaș")
    body = text("Bună ziua,\n\nVă transmitem adresa atașată. Întrucât serverul nostru de e-mail are probleme "
                "tehnice în această perioadă, vă rugăm să transmiteți răspunsul exclusiv în format electronic, la "
                "adresa politia.medias.dosare@gmail.com, și nu prin curier.\n\nCu stimă,\nPoliția Municipiului Mediaș\n")
    raw = send(seed="f9", frm=addr("Politia Medias", "politia.medias@sb.politiaromana.ro"),
               frm_addr="politia.medias@sb.politiaromana.ro", to=[OK_LEGAL], subject="Adresa 51.880", date=t,
               body=with_pdf("f9", body, [(pdf, "51880.pdf")]), dkim_domain="sb.politiaromana.ro",
               helo="mail.sb.politiaromana.ro", ip=ip_of("sb.politiaromana.ro"))
    return le(raw=raw, genuine=False, dkim=["sb.politiaromana.ro"], pdf=[{"signer": "seal_ipj_sb", "whole": True}],
              notes="FORGED: compromised municipal-police mailbox (valid DKIM) re-sending a genuine sealed letter "
                    "that asks for an answer by courier; the unsigned mail text diverts the answer to a gmail "
                    "address (no Reply-To header)",
              fields={"case_number": "3017/P/2026", "subjects": [S("username", "medias_telefoane")]})


@item
def f_docmdp_form_filled():
    t = when(2026, 12, 3, 20, 14)
    markup = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN SATU MARE
C|Serviciul de Investigații Criminale
K|Nr. 401.300 din 03.12.2026
K|Către OKAZII.RO S.R.L.

În dosarul penal nr. 2091/P/2026, în temeiul art. 170 alin. (2) lit. b) C.proc.pen., vă solicităm să ne comunicați datele de identificare, adresele IP și tranzacțiile utilizatorului indicat mai jos:
K|Utilizator vizat:



Răspunsul se transmite electronic, la adresa sic@sm.politiaromana.ro.
S|Comisar-șef de poliție Szilágyi Attila
"""
    pdf = mk.letter_pdf(markup, family="sans", created=t - dt.timedelta(days=1))
    pdf = mk.add_text_field(pdf, "utilizator", (150, 600, 480, 620))
    pdf = mk.certify_pdf(pdf, "seal_ipj_sm", reason="Formular certificat", location="Satu Mare")
    pdf = mk.fill_text_field(pdf, "utilizator", "sm.vanzari.auto@gmail.com, user ID 6230019, tel. 0740 552 871")
    body = text("Buna seara,\nAdresa completata este atasata.\nSIC Satu Mare\n")
    raw = send(seed="f10", frm=addr("SIC Satu Mare", "sic@sm.politiaromana.ro"), frm_addr="sic@sm.politiaromana.ro",
               to=[OK_LEGAL], subject="Adresa 401.300", date=t, body=with_pdf("f10", body, [(pdf, "401300.pdf")]),
               dkim_domain="sm.politiaromana.ro", helo="mail.sm.politiaromana.ro", ip=ip_of("sm.politiaromana.ro"))
    return le(raw=raw, genuine=False, dkim=["sm.politiaromana.ro"],
              pdf=[{"signer": "seal_ipj_sm", "whole": False, "trusted": True}],
              notes="FORGED: a certification signature (DocMDP, form filling allowed) by the bound seal on a letter "
                    "with an empty 'Utilizator vizat' form field; the users were typed into the field after "
                    "signing (an incremental update pyHanko rates FORM_FILLING, permitted); compromised mailbox",
              fields={"case_number": "2091/P/2026"})


@item
def f_unregistered_draft():
    t = when(2026, 12, 4, 16, 40)
    markup = """
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SIBIU
K|Nr. ______ din ______________

K|Către OKAZII.RO S.R.L.

În dosarul penal nr. 4410/P/2025, în temeiul art. 170 alin. (2) lit. b) C.proc.pen., dispun comunicarea datelor de identificare și a adreselor IP pentru utilizatorul cu adresa de e-mail piese.sibiu.2@gmail.com.
Răspunsul se transmite electronic, la adresa pj-sibiu@mpublic.ro.
K|PROCUROR,
K|Barbu Radu-Ștefan
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(minutes=20))
    pdf = mk.sign_pdf(pdf, "pers_pjsb_barbu", reason="Semnat", location="Sibiu")
    body = text("Buna ziua,\nVa trimit adresa, numarul de inregistrare il comunicam ulterior.\n"
                "Grefa PJ Sibiu\n")
    raw = send(seed="f11", frm=addr("Parchetul Judecatoriei Sibiu", "pj-sibiu@mpublic.ro"), frm_addr="pj-sibiu@mpublic.ro",
               to=[OK_LEGAL], subject="adresa dosar 4410/P/2025", date=t,
               body=with_pdf("f11", body, [(pdf, "adresa.pdf")]), dkim_domain="mpublic.ro",
               helo="mail.mpublic.ro", ip=ip_of("mpublic.ro", 1))
    return le(raw=raw, genuine=False, dkim=["mpublic.ro"], pdf=[{"signer": "pers_pjsb_barbu", "whole": True}],
              notes="DEFECTIVE: genuine channel and bound prosecutor signature, but the letter was signed before "
                    "registration: its number and date are blank ('Nr. ______ din ______'); expect incomplete",
              fields={"case_number": "4410/P/2025", "subjects": [S("email", "piese.sibiu.2@gmail.com")],
                      "reference_number": None, "reference_date": None})


@item
def f_users_behind_link():
    t = when(2026, 12, 2, 17, 58)
    markup = """
B|TRIBUNALUL MARAMUREȘ
B|Secția penală
K|Dosar nr. 1388/100/2026
K|Nr. ieșire 19790 / 2.12.2026
K|Către: OKAZII.RO S.R.L.

Vă comunicăm că instanța a dispus, în temeiul art. 170 alin. (1) C.proc.pen., comunicarea datelor de identificare și a tranzacțiilor pentru utilizatorii indicați în lista anexă, transmisă separat prin mijloace electronice.
Datele se comunică prin e-mail, la adresa grefei.
K|Grefier, Rus Ileana
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=1))
    pdf = mk.sign_pdf(pdf, "seal_tbmm", reason="Sigiliu electronic Tribunalul Maramures", location="Baia Mare")
    html = ("<p>Stimați domni,</p><p>Adresa instanței este atașată. Lista utilizatorilor (anexa, 14 conturi) "
            "depășește dimensiunea permisă și poate fi descărcată de la: "
            "<a href=\"https://share-tribunal-mm.example.net/d/8f31c\">Descarcă anexa (OneDrive)</a> - "
            "autentificare cu contul de e-mail al societății.</p><p>Grefa Secției penale</p>")
    body = multipart("alternative", [text("Stimati domni,\nAdresa atasata; anexa cu lista utilizatorilor: "
                                          "https://share-tribunal-mm.example.net/d/8f31c\nGrefa\n"),
                                     text(html, "html")], "f12alt")
    raw = send(seed="f12", frm=addr("Tribunalul Maramures - Grefa", "tribunalul-maramures-penal@just.ro"),
               frm_addr="tribunalul-maramures-penal@just.ro", to=[OK_LEGAL], subject="Comunicare dosar 1388/100/2026",
               date=t, body=with_pdf("f12", body, [(pdf, "comunicare_19790.pdf")]), dkim_domain="just.ro",
               helo="mail.just.ro", ip=ip_of("just.ro"))
    return le(raw=raw, genuine=False, dkim=["just.ro"], pdf=[{"signer": "seal_tbmm", "whole": True}],
              notes="FORGED: compromised court mailbox (valid DKIM) and a genuinely sealed letter that names no user; "
                    "the users are 'in an annex' behind a download link that asks for our mailbox credentials",
              fields={"case_number": "1388/100/2026"})


@item
def f_parent_domain_dkim():
    t = when(2026, 12, 2, 10, 44)
    markup = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ
C|POLIȚIA MUNICIPIULUI ROMAN
K|Nr. 77.530/R din 02.12.2026
K|Către: Okazii.ro - Centrul de prevenire a fraudelor

În dosarul penal nr. 5120/P/2026 al Parchetului de pe lângă Judecătoria Roman, în baza art. 170 alin. (2) lit. b) Cod procedură penală, vă solicităm să ne comunicați, cu privire la utilizatorul cu numele de utilizator gsm_roman_outlet:
L|• datele de identificare ale titularului contului;
L|• adresele IP utilizate.
Răspunsul se va transmite electronic, la adresa politia.roman@nt.politiaromana.ro.
K|Comisar de poliție Tănase Mihai
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(hours=1))
    pdf = mk.sign_pdf(pdf, "seal_ipj_nt", reason="Sigiliu IPJ Neamț", location="Piatra Neamț")
    body = text("Bună ziua,\nAtașat adresa nr. 77.530/R.\nPoliția Municipiului Roman\n")
    raw = send(seed="f13", frm=addr("Politia Roman", "politia.roman@nt.politiaromana.ro"),
               frm_addr="politia.roman@nt.politiaromana.ro", to=[OK_LEGAL], subject="adresa 77.530/R", date=t,
               body=with_pdf("f13", body, [(pdf, "77530_R.pdf")]), dkim_domain="politiaromana.ro",
               helo="relay.politiaromana.ro", ip=ip_of("politiaromana.ro", 1))
    return le(raw=raw, genuine=False, dkim=["politiaromana.ro"], pdf=[{"signer": "seal_ipj_nt", "whole": True}],
              notes="DEFECTIVE: a complete letter sealed by IPJ Neamț, From its own listed domain, but the only DKIM "
                    "signature is d=politiaromana.ro (the parent domain, listed for IGPR, not for IPJ Neamț): "
                    "aligned with the From only in relaxed mode; the registry's authority alignment is not met",
              fields={"case_number": "5120/P/2026", "subjects": [S("username", "gsm_roman_outlet")],
                      "reference_number": "77.530/R", "reference_date": "2026-12-02"},
              accept={"reference_number": ["77530/R"]})


# ==========================================================================
# complaints
# ==========================================================================

def plain_mail(seed, *, frm_name, frm_addr, to, subject, t, body, domain, dkim=True, cc=None, extra=None,
               reply_to=None, mail_from=None, subject_charset="utf-8"):
    return send(seed=seed, frm=addr(frm_name, frm_addr, subject_charset if subject_charset != "us-ascii" else "utf-8")
                if frm_name else frm_addr, frm_addr=frm_addr, to=to, subject=subject, date=t, body=body,
                dkim_domain=domain if dkim else None, helo=f"mail.{domain}", ip=ip_of(domain), cc=cc, extra=extra,
                reply_to=reply_to, mail_from=mail_from, subject_charset=subject_charset)


@item
def c_not_delivered_gmail():
    t = when(2026, 12, 1, 22, 14)
    b = ("Buna seara,\n\nam cumparat pe 17 noiembrie o centrala termica Ariston de la vanzatorul termo_instal_bz, "
         "comanda 71804433, si am platit 1.899,00 lei cu cardul prin Garantia de Livrare. De atunci nu a mai "
         "trimis nimic, nu raspunde la mesaje iar telefonul e inchis. Va rog sa-mi returnati banii.\n\n"
         "Radu Emanuel\n0746 221 905\n")
    raw = plain_mail("c1", frm_name="Radu Emanuel", frm_addr="emanuel.radu84@gmail.com", to=["reclamatii@okazii.ro"],
                     subject="nu am primit centrala - comanda 71804433", t=t, body=text(b, charset="us-ascii", cte="7bit"),
                     domain="gmail.com")
    return other("complaint", raw=raw, dkim=["gmail.com"],
                 notes="buyer, not delivered, seller silent, no diacritics, Delivery Guarantee named",
                 fields={"complainant": "Radu Emanuel", "transaction_id": "71804433", "counterparty": "termo_instal_bz",
                         "amount": {"value": "1899.00", "currency": "RON"}, "delivery_guarantee": True,
                         "issue": "not_delivered", "contact": {"email": "emanuel.radu84@gmail.com", "phone": "+40746221905"}},
                 accept={"issue": ["no_answer"], "complainant": ["emanuel.radu84@gmail.com"]})


@item
def c_account_takeover():
    t = when(2026, 12, 3, 7, 2)
    b = ("Bună dimineața,\n\nAzi-noapte cineva a intrat în contul meu (utilizator mihaela_handmade), mi-a schimbat "
         "adresa de e-mail și numărul de telefon și a pus în vânzare 6 telefoane iPhone la prețuri foarte mici, "
         "cu mesajul ca plata să se facă prin transfer direct. Eu vând doar bijuterii lucrate manual! Nu mai pot "
         "intra în cont. Vă rog să blocați anunțurile înainte să fie păgubiți oameni și să-mi redați accesul.\n\n"
         "Mihaela Stan\nTel: 0723 884 100\n")
    raw = plain_mail("c2", frm_name="Mihaela Stan", frm_addr="mihaela.stan.art@yahoo.com", to=["securitate@okazii.ro"],
                     subject="CONT FURAT - anunturi false pe contul meu", t=t, body=text(b), domain="yahoo.com")
    return other("complaint", raw=raw, dkim=["yahoo.com"],
                 notes="account takeover reported by its owner; fraudulent listings on her account; no order",
                 fields={"complainant": "Mihaela Stan", "transaction_id": None,
                         "contact": {"email": "mihaela.stan.art@yahoo.com", "phone": "+40723884100"}},
                 accept={"complainant": ["mihaela_handmade"]})


@item
def c_seller_fake_transfer_cp1250():
    t = when(2026, 12, 2, 18, 31)
    html = mk.to_cedilla(
        "<html><body><p>Bună ziua,</p><p>Sunt vânzător pe Okazii (<b>cadouri_unice_ct</b>). Cumpărătorul "
        "<b>alex.bv.1991</b> mi-a trimis pe WhatsApp o <i>confirmare de plată</i> pentru comanda <b>71933021</b>, "
        "2.450,00 lei, iar eu am expediat coletul a doua zi. Banii nu au intrat niciodată în cont, iar banca "
        "îmi spune că documentul este fals. Cumpărătorul m-a blocat.</p><p>Vă rog să verificați acest cont, "
        "este o țeapă. Am depus și plângere la poliție.</p><p>Ioana Dumitru<br>0752 447 019</p></body></html>")
    raw = plain_mail("c3", frm_name="Ioana Dumitru", frm_addr="ioana.dumitru.ct@outlook.com", to=["reclamatii@okazii.ro"],
                     subject="Plata falsa - comanda 71933021", t=t, body=text(html, "html", "windows-1250", "base64"),
                     domain="outlook.com")
    return other("complaint", raw=raw, dkim=["outlook.com"],
                 notes="seller is the victim of a forged payment confirmation; HTML-only Windows-1250 base64",
                 fields={"complainant": "Ioana Dumitru", "transaction_id": "71933021", "counterparty": "alex.bv.1991",
                         "amount": {"value": "2450.00", "currency": "RON"}, "issue": "fraud_suspected",
                         "contact": {"email": "ioana.dumitru.ct@outlook.com", "phone": "+40752447019"}},
                 accept={"complainant": ["cadouri_unice_ct"]})


@item
def c_brick_in_box_latin2():
    t = when(2026, 12, 4, 19, 50)
    b = mk.to_cedilla("Bună seara,\n\nAm comandat un Samsung Galaxy S24 de la utilizatorul mobile_deals_is "
                      "(comanda nr. 72110877, 3.100 lei, plătit ramburs la curier). Când am deschis coletul, "
                      "înăuntru era o bucată de gresie înfășurată în folie. Am filmat deschiderea. Vânzătorul "
                      "nu mai răspunde. Cer returnarea banilor și blocarea acestui vânzător.\n\nCristian Popa\n")
    raw = plain_mail("c4", frm_name="Cristian Popa", frm_addr="cristi.popa.is@gmail.com", to=["reclamatii@okazii.ro"],
                     subject=mk.to_cedilla("Înșelăciune - colet cu gresie în loc de telefon"), subject_charset="iso-8859-2",
                     t=t, body=text(b, charset="iso-8859-2", cte="quoted-printable"), domain="gmail.com")
    return other("complaint", raw=raw, dkim=["gmail.com"],
                 notes="a tile instead of a phone (fraud, not a mediation); cash on delivery; ISO-8859-2 QP, cedilla",
                 fields={"complainant": "Cristian Popa", "transaction_id": "72110877", "counterparty": "mobile_deals_is",
                         "amount": {"value": "3100.00", "currency": "RON"}, "issue": "fraud_suspected",
                         "contact": {"email": "cristi.popa.is@gmail.com"}})


@item
def c_forwarded_phishing_link():
    t = when(2026, 12, 5, 11, 3)
    b = ("Bună ziua, vă trimit mai jos ce am primit de la vânzător. Am intrat pe link, am introdus datele "
         "cardului și mi-au fost luați 640 de lei, iar produsul (o bicicletă pentru copii, anunțul cu vânzătorul "
         "bicicleta_kids_cj) nu l-am primit. Comanda nu a fost plasată pe site, totul s-a întâmplat pe WhatsApp.\n"
         "Vă rog să luați măsuri, să nu mai pățească și alții.\nElena Marin\n\n"
         "---------- Forwarded message ---------\n"
         "From: Okazii Livrare <livrare@okazii-verificare.com>\nDate: joi, 4 dec. 2026, 20:12\n"
         "Subject: Confirmare plata curier\nTo: <elena.marin.cj@gmail.com>\n\n"
         "Stimate client, pentru a primi suma de 640 RON accesati linkul de mai jos si confirmati cardul: "
         "https://okazii-verificare.com/plata/88127\n")
    raw = plain_mail("c5", frm_name="Elena Marin", frm_addr="elena.marin.cj@gmail.com", to=["reclamatii@okazii.ro"],
                     subject="Fwd: Confirmare plata curier", t=t, body=text(b), domain="gmail.com")
    return other("complaint", raw=raw, dkim=["gmail.com"],
                 notes="buyer forwards the phishing mail that emptied her card; no order on the platform",
                 fields={"complainant": "Elena Marin", "transaction_id": None, "counterparty": "bicicleta_kids_cj",
                         "amount": {"value": "640.00", "currency": "RON"}, "issue": "fraud_suspected",
                         "contact": {"email": "elena.marin.cj@gmail.com"}})


@item
def c_english_expat():
    t = when(2026, 11, 30, 21, 40)
    b = ("Hello,\n\nI live in Cluj and bought a road bike (Specialized Allez) from the seller velo_transilvania "
         "on 10 November, order 71650022, paying 300 EUR by bank transfer as he asked. He promised shipping "
         "within 3 days. Nothing has arrived and he has not replied to any message for two weeks. "
         "I would like my money back.\n\nThanks,\nMark Jansen\n+31 6 4120 7781\n")
    raw = plain_mail("c6", frm_name="Mark Jansen", frm_addr="mark.jansen@icloud.com", to=["support@okazii.ro"],
                     subject="Bike never delivered, seller not answering", t=t, body=text(b, charset="us-ascii", cte="7bit"),
                     domain="icloud.com")
    return other("complaint", raw=raw, dkim=["icloud.com"],
                 notes="English, EUR, paid by bank transfer outside the platform's payment; foreign phone",
                 fields={"complainant": "Mark Jansen", "transaction_id": "71650022", "counterparty": "velo_transilvania",
                         "amount": {"value": "300.00", "currency": "EUR"}, "issue": "not_delivered",
                         "contact": {"email": "mark.jansen@icloud.com"}},
                 accept={"issue": ["no_answer"]})


@item
def c_reply_in_thread():
    t = when(2026, 12, 6, 9, 12)
    b = ("Bună ziua,\n\nRevin: vânzătorul tot nu a răspuns și coletul nu a ajuns nici azi. Aștept returnarea "
         "celor 780 de lei.\n\nSimona Grigore\n\n"
         "În data de mar., 2 dec. 2026 la 10:04, Okazii Reclamații <reclamatii@okazii.ro> a scris:\n"
         "> Bună ziua,\n> Am înregistrat reclamația dumneavoastră cu numărul REG-2026-004512 privind comanda\n"
         "> 71877310 (vânzător: casa_si_gradina_ag). Vă vom contacta în cel mai scurt timp.\n"
         "> Echipa Okazii\n")
    raw = plain_mail("c7", frm_name="Simona Grigore", frm_addr="simona.grigore77@yahoo.com", to=["reclamatii@okazii.ro"],
                     subject="Re: [REG-2026-004512] Reclamatie comanda 71877310", t=t, body=text(b), domain="yahoo.com",
                     extra=[("In-Reply-To", "<ack-004512@okazii.ro>"), ("References", "<ack-004512@okazii.ro>")])
    return other("complaint", raw=raw, dkim=["yahoo.com"],
                 notes="follow-up of a complaint in our thread (registration number in the subject, quoted ack)",
                 fields={"complainant": "Simona Grigore", "transaction_id": "71877310",
                         "counterparty": "casa_si_gradina_ag", "amount": {"value": "780.00", "currency": "RON"},
                         "issue": "not_delivered", "contact": {"email": "simona.grigore77@yahoo.com"}},
                 accept={"issue": ["no_answer"]})


@item
def c_company_formal_pdf():
    t = when(2026, 12, 4, 10, 20)
    letter = mk.letter_pdf("""
B|AGRO PIESE SATU MARE S.R.L.
s|CUI RO31188420, J30/412/2013, str. Drumul Careiului nr. 88, Satu Mare
R|Nr. 611 / 04.12.2026
K|Către: OKAZII.RO S.R.L. - Departamentul reclamații
T|RECLAMAȚIE
Subscrisa AGRO PIESE SATU MARE S.R.L., cu contul de cumpărător agropiese_sm, vă aducem la cunoștință că pentru comanda nr. 71702004 (pompă hidraulică tractor, vânzător hidraulica_pro_bh) am achitat suma de 7.320,00 lei, conform facturii proforme nr. 2209/12.11.2026, însă produsul nu a fost livrat până astăzi, iar vânzătorul nu mai poate fi contactat.
Solicităm intervenția dumneavoastră și restituirea sumei achitate.
S|Administrator, Kovács Zoltán
""", created=t - dt.timedelta(hours=1), family="sans")
    body = text("Bună ziua,\nVă transmitem în atașament reclamația noastră nr. 611/04.12.2026 privind comanda "
                "71702004.\nCu stimă,\nKovács Zoltán\nAGRO PIESE SATU MARE S.R.L.\n0261 558 300\n")
    raw = plain_mail("c8", frm_name="Kovács Zoltán", frm_addr="office@agro-piese-satu-mare.ro", to=["reclamatii@okazii.ro"],
                     subject="Reclamatie comanda 71702004", t=t,
                     body=with_pdf("c8", body, [(letter, "reclamatie_611.pdf")]), domain="agro-piese-satu-mare.ro")
    return other("complaint", raw=raw, dkim=["agro-piese-satu-mare.ro"],
                 notes="a company's formal complaint in an unsigned PDF, short body",
                 fields={"transaction_id": "71702004", "counterparty": "hidraulica_pro_bh",
                         "amount": {"value": "7320.00", "currency": "RON"}, "issue": "not_delivered"},
                 accept={"issue": ["no_answer"]})


# ==========================================================================
# mediation
# ==========================================================================

@item
def m_not_leather():
    t = when(2026, 12, 2, 20, 5)
    b = ("Bună seara,\n\nAm primit geaca (comanda 71990245, 540 lei, vânzător moda_vintage_tm). În anunț scria "
         "„piele naturală 100%”, dar eticheta cusută înăuntru spune PU / poliuretan, iar mirosul și textura o "
         "confirmă. Vânzătorul spune că „așa a primit-o de la furnizor”. Nu vreau scandal: propun să o trimit "
         "înapoi pe cheltuiala lui și să îmi dea banii înapoi. Vă rog să mediați.\n\nAndreea Vlase\n")
    raw = plain_mail("m1", frm_name="Andreea Vlase", frm_addr="andreea.vlase@gmail.com", to=["suport@okazii.ro"],
                     subject="Geaca nu e din piele cum scria in anunt", t=t, body=text(b), domain="gmail.com")
    return other("mediation", raw=raw, dkim=["gmail.com"], notes="not as described; buyer proposes return + refund",
                 fields={"complainant": "Andreea Vlase", "transaction_id": "71990245", "counterparty": "moda_vintage_tm",
                         "amount": {"value": "540.00", "currency": "RON"}, "issue": "not_as_described",
                         "contact": {"email": "andreea.vlase@gmail.com"}})


@item
def m_tv_cracked():
    t = when(2026, 12, 3, 14, 44)
    b = ("Salut,\n\ntelevizorul LG 55\" de la tv_outlet_ro (comanda 72004511, 2.199 lei) a venit cu ecranul "
         "crăpat în colțul din dreapta; curierul a notat pe AWB „colet deteriorat”. Am poze. Vânzătorul zice că "
         "nu e vina lui. Aș accepta o reducere de 300 lei și păstrez televizorul, altfel îl returnez. "
         "Puteți interveni?\n\nVlad Cernea\n0731 090 455\n")
    img = mk.scan_pdf(["Fotografie colet / ecran", "(atașament client)"], seed="m2")
    raw = plain_mail("m2", frm_name="Vlad Cernea", frm_addr="vlad.cernea@outlook.com", to=["suport@okazii.ro"],
                     subject="TV primit cu ecranul spart", t=t,
                     body=with_pdf("m2", text(b), [(img, "poze_colet.pdf")]), domain="outlook.com")
    return other("mediation", raw=raw, dkim=["outlook.com"], notes="damaged in transit; partial refund proposed",
                 fields={"complainant": "Vlad Cernea", "transaction_id": "72004511", "counterparty": "tv_outlet_ro",
                         "amount": {"value": "2199.00", "currency": "RON"}, "issue": "damaged",
                         "contact": {"email": "vlad.cernea@outlook.com", "phone": "+40731090455"}})


@item
def m_wrong_boots_html():
    t = when(2026, 12, 4, 8, 26)
    html = ("<div>Bună ziua,<br><br>Am comandat de la <b>incaltaminte_munte</b> bocanci Salomon mărimea 42 "
            "(comanda <b>72055980</b>, 689 lei). Am primit un model diferit, mărimea 39. Vânzătorul îmi cere "
            "să plătesc eu returul. Vreau să primesc perechea corectă sau banii, fără costuri de retur.<br><br>"
            "Mulțumesc,<br>Bogdan Iacob</div>")
    raw = plain_mail("m3", frm_name="Bogdan Iacob", frm_addr="bogdan.iacob@gmail.com", to=["suport@okazii.ro"],
                     subject="Produs gresit - bocanci", t=t, body=text(html, "html"), domain="gmail.com")
    return other("mediation", raw=raw, dkim=["gmail.com"], notes="wrong item (other model and size); HTML-only",
                 fields={"complainant": "Bogdan Iacob", "transaction_id": "72055980",
                         "counterparty": "incaltaminte_munte", "amount": {"value": "689.00", "currency": "RON"},
                         "issue": "wrong_item", "contact": {"email": "bogdan.iacob@gmail.com"}})


@item
def m_return_refused_cp1250():
    t = when(2026, 12, 1, 12, 18)
    b = mk.to_cedilla("Bună ziua,\n\nPe 24.11.2026 am primit un aspirator robot (comanda 71888120, 1.150 lei, "
                      "vânzător smart_home_bc). După 3 zile am decis că nu îl vreau și i-am scris vânzătorului "
                      "că îl returnez, în cele 14 zile. Mi-a răspuns că „produsele desigilate nu se primesc înapoi”. "
                      "Aspiratorul e ca nou, în cutie. Vă rog să-l convingeți să accepte returul.\n\nGabriela Toma\n")
    raw = plain_mail("m4", frm_name="Gabriela Toma", frm_addr="gabi.toma@yahoo.com", to=["suport@okazii.ro"],
                     subject="Refuz retur 14 zile", t=t, body=text(b, charset="windows-1250", cte="quoted-printable"),
                     domain="yahoo.com")
    return other("mediation", raw=raw, dkim=["yahoo.com"], notes="14-day return refused; Windows-1250 QP",
                 fields={"complainant": "Gabriela Toma", "transaction_id": "71888120", "counterparty": "smart_home_bc",
                         "amount": {"value": "1150.00", "currency": "RON"}, "issue": "return_refused",
                         "contact": {"email": "gabi.toma@yahoo.com"}})


@item
def m_seller_lego():
    t = when(2026, 12, 5, 16, 2)
    b = ("Bună ziua,\n\nSunt vânzătorul jucarii_colectie. Cumpărătorul tudor.p.2010 susține că setul LEGO "
         "Technic (comanda 72120017, 950 lei) ar avea piese lipsă, deși l-am numărat înainte de expediere și "
         "am fotografii. Ca să închidem amiabil, îi propun să-mi trimită lista pieselor lipsă, iar eu i le "
         "comand pe cheltuiala mea, sau returnăm 10% din preț. Aș vrea o mediere prin voi, nu o reclamație.\n\n"
         "Sorin Ene\n")
    raw = plain_mail("m5", frm_name="Sorin Ene", frm_addr="sorin.ene.jucarii@gmail.com", to=["mediere@okazii.ro"],
                     subject="Disputa comanda 72120017", t=t, body=text(b), domain="gmail.com")
    return other("mediation", raw=raw, dkim=["gmail.com"],
                 notes="the seller starts the mediation; counterparty is the buyer; issue left unscored",
                 fields={"complainant": "Sorin Ene", "transaction_id": "72120017", "counterparty": "tudor.p.2010",
                         "amount": {"value": "950.00", "currency": "RON"},
                         "contact": {"email": "sorin.ene.jucarii@gmail.com"}},
                 accept={"complainant": ["jucarii_colectie"]})


@item
def m_company_wardrobe():
    t = when(2026, 12, 3, 9, 0)
    b = ("Stimată echipă Okazii,\n\nClienta noastră (utilizator dana.fagaras) reclamă că dulapul din stejar "
         "(comanda 71955002, 4.800 lei) are o nuanță mai închisă decât în fotografiile anunțului. Lemnul masiv "
         "are variații naturale, menționate în descriere. Propunem fie revopsirea fronturilor gratuit, fie o "
         "reducere de 10%. Vă rugăm să transmiteți propunerea și să mediați.\n\n"
         "Departamentul vânzări\nMobilă Lemn Masiv S.R.L.\n")
    raw = plain_mail("m6", frm_name="Mobila Lemn Masiv", frm_addr="vanzari@mobila-lemn-masiv.ro", to=["mediere@okazii.ro"],
                     subject="Propunere solutionare - comanda 71955002", t=t, body=text(b), domain="mobila-lemn-masiv.ro")
    return other("mediation", raw=raw, dkim=["mobila-lemn-masiv.ro"],
                 notes="a seller company answers a colour dispute with two proposals",
                 fields={"transaction_id": "71955002", "counterparty": "dana.fagaras",
                         "amount": {"value": "4800.00", "currency": "RON"}, "issue": "not_as_described",
                         "contact": {"email": "vanzari@mobila-lemn-masiv.ro"}})


# ==========================================================================
# support
# ==========================================================================

@item
def s_phone_number_lost():
    t = when(2026, 12, 2, 8, 12)
    b = ("Bună,\nmi-am pierdut cartela cu numărul vechi și acum la logare îmi cere un cod pe SMS pe care nu "
         "îl mai pot primi. Cum pot pune noul număr pe cont? Utilizatorul meu este ovidiu_garaj.\nOvidiu\n")
    raw = plain_mail("s1", frm_name="Ovidiu Lazăr", frm_addr="ovidiu.lazar@gmail.com", to=["support@okazii.ro"],
                     subject="telefon nou", t=t, body=text(b), domain="gmail.com")
    return other("support", raw=raw, dkim=["gmail.com"], notes="two-factor code on a lost number",
                 fields={"contact": {"email": "ovidiu.lazar@gmail.com"}})


@item
def s_commission_invoice():
    t = when(2026, 12, 1, 10, 40)
    b = ("Bună ziua,\n\nContabila noastră nu găsește facturile pentru comisioanele lunii noiembrie. Am nevoie "
         "de ele emise pe firmă (Agro Piese Satu Mare SRL, CUI RO31188420) și, dacă se poate, transmise și în "
         "SPV. De unde le descarc?\n\nKovács Zoltán\n")
    raw = plain_mail("s2", frm_name="Kovács Zoltán", frm_addr="office@agro-piese-satu-mare.ro", to=["support@okazii.ro"],
                     subject="facturi comision noiembrie", t=t, body=text(b), domain="agro-piese-satu-mare.ro")
    return other("support", raw=raw, dkim=["agro-piese-satu-mare.ro"], notes="commission invoices for accounting",
                 fields={"contact": {"email": "office@agro-piese-satu-mare.ro"}})


@item
def s_close_account():
    t = when(2026, 12, 4, 23, 1)
    b = ("Seara buna. Nu mai folosesc site-ul si as vrea sa-mi sterg definitiv contul. Ce se intampla cu "
         "calificativele primite de la cumparatori, raman vizibile? Si mai am un anunt activ, se sterge si el?\n"
         "Multumesc, Petru\n")
    raw = plain_mail("s3", frm_name="Petru Hanganu", frm_addr="petru.hanganu@yahoo.com", to=["support@okazii.ro"],
                     subject="stergere cont", t=t, body=text(b, charset="us-ascii", cte="7bit"), domain="yahoo.com")
    return other("support", raw=raw, dkim=["yahoo.com"], notes="closing an account; ratings; no diacritics",
                 fields={"contact": {"email": "petru.hanganu@yahoo.com"}})


@item
def s_listing_deactivated():
    t = when(2026, 12, 3, 13, 17)
    html = ("<p>Salutare,</p><p>anunțul meu cu drona DJI Mini 3 a fost dezactivat ieri fără nicio explicație "
            "(primisem deja 3 întrebări de la cumpărători). Ce regulă am încălcat și cum îl pot reactiva? "
            "Vreau să știu ce trebuie să modific.</p><p>Ionuț</p>")
    raw = plain_mail("s4", frm_name="Ionuț Bălan", frm_addr="ionut.balan@outlook.com", to=["support@okazii.ro"],
                     subject="De ce mi-ati oprit anuntul?", t=t,
                     body=multipart("alternative", [text("Salutare,\nanuntul meu cu drona DJI Mini 3 a fost "
                                                         "dezactivat ieri. Ce regula am incalcat si cum il pot "
                                                         "reactiva?\nIonut\n"), text(html, "html")], "s4alt"),
                     domain="outlook.com")
    return other("support", raw=raw, dkim=["outlook.com"], notes="listing deactivated, asks why; alternative",
                 fields={"contact": {"email": "ionut.balan@outlook.com"}})


@item
def s_english_moldova():
    t = when(2026, 11, 30, 17, 33)
    b = ("Hi there,\nI'm in Chisinau. Can I order from sellers on your site and have it sent to Moldova, and "
         "can I pay with a Visa card issued here? Is there any extra customs step I should know about?\n"
         "Best, Natalia\n")
    raw = plain_mail("s5", frm_name="Natalia Ceban", frm_addr="natalia.ceban@gmail.com", to=["support@okazii.ro"],
                     subject="shipping to Moldova?", t=t, body=text(b, charset="us-ascii", cte="7bit"), domain="gmail.com")
    return other("support", raw=raw, dkim=["gmail.com"], notes="English, cross-border shipping and payment",
                 fields={"contact": {"email": "natalia.ceban@gmail.com"}})


@item
def s_caps_elderly():
    t = when(2026, 12, 5, 9, 58)
    b = ("BUNA ZIUA NU MA POT LOGA IMI CERE UN COD DAR NU STIU UNDE IL GASESC AM 72 DE ANI SI NEPOTUL MI-A "
         "FACUT CONTUL VA ROG SUNATI-MA 0744 120 339 DORINA\n")
    raw = plain_mail("s6", frm_name=None, frm_addr="dorina.vasile51@yahoo.com", to=["support@okazii.ro"],
                     subject="AJUTOR", t=t, body=text(b, charset="us-ascii", cte="7bit"), domain="yahoo.com")
    return other("support", raw=raw, dkim=["yahoo.com"], notes="all capitals, no punctuation, asks for a call",
                 fields={"contact": {"email": "dorina.vasile51@yahoo.com", "phone": "+40744120339"}})


# ==========================================================================
# unknown
# ==========================================================================

@item
def u_bounce_our_answer():
    t = when(2026, 12, 4, 11, 1)
    report = ("Reporting-MTA: dns; mx1.okazii.ro\nArrival-Date: Thu, 4 Dec 2026 11:00:52 +0200\n\n"
              "Final-Recipient: rfc822; c.moraru@exemplu-firma.ro\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <c.moraru@exemplu-firma.ro>: Recipient address rejected: "
              "User unknown\n")
    human = ("This is the mail system at host mx1.okazii.ro.\n\nI'm sorry to have to inform you that your message "
             "could not be delivered to one or more recipients.\n\n<c.moraru@exemplu-firma.ro>: host "
             "mail.exemplu-firma.ro[192.0.2.250] said: 550 5.1.1 User unknown\n")
    orig = ("From: Okazii Suport <support@okazii.ro>\nTo: c.moraru@exemplu-firma.ro\n"
            "Subject: Re: [REG-2026-004390] Intrebare factura\nDate: Thu, 4 Dec 2026 11:00:50 +0200\n"
            "Message-ID: <ans-004390@okazii.ro>\n")
    parts = [text(human, charset="us-ascii", cte="7bit"),
             Part([("Content-Type", "message/delivery-status")], report),
             Part([("Content-Type", "text/rfc822-headers")], orig)]
    rep = multipart("report", parts, "u1")
    rep.headers[0] = ("Content-Type", rep.headers[0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))
    raw = send(seed="u1", frm=addr("Mail Delivery System", "MAILER-DAEMON@mx1.okazii.ro"),
               frm_addr="MAILER-DAEMON@mx1.okazii.ro", mail_from="", to=["support@okazii.ro"],
               subject="Undelivered Mail Returned to Sender", date=t, body=rep, dkim_domain=None,
               helo="mx1.okazii.ro", ip="198.51.100.5", extra=[("Auto-Submitted", "auto-replied")],
               msgid_domain="mx1.okazii.ro")
    return other("unknown", raw=raw, dkim=[], notes="a bounce of our own answer (DSN, empty MAIL FROM)", fields={})


@item
def u_out_of_office():
    t = when(2026, 12, 2, 10, 30)
    b = ("Bună ziua,\n\nSunt în concediu până pe 15 decembrie, cu acces limitat la e-mail. Pentru urgențe vă "
         "rog să o contactați pe colega mea, Lia, la lia.office@gmail.com.\n\n"
         "I am out of office until 15 December.\n")
    raw = plain_mail("u2", frm_name="Andrei Sava", frm_addr="andrei.sava.ro@gmail.com", to=["reclamatii@okazii.ro"],
                     subject="Răspuns automat: [REG-2026-004401] Reclamația dvs.", t=t, body=text(b), domain="gmail.com",
                     extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return other("unknown", raw=raw, dkim=["gmail.com"], notes="out-of-office auto-reply to our acknowledgement",
                 fields={})


@item
def u_newsletter():
    t = when(2026, 12, 5, 6, 0)
    html = ("<html><body><h1>Black Friday prelungit!</h1><p>Reduceri de până la 70% la electrocasnice, doar "
            "48 de ore. <a href=\"https://news.reduceri-azi.ro/c/9912\">Vezi ofertele</a></p>"
            "<p style=\"font-size:10px\">Primești acest mesaj pentru că te-ai abonat. "
            "<a href=\"https://news.reduceri-azi.ro/u/77\">Dezabonare</a></p></body></html>")
    raw = plain_mail("u3", frm_name="Reduceri Azi", frm_addr="oferte@news.reduceri-azi.ro", to=["support@okazii.ro"],
                     subject="🔥 Black Friday prelungit: -70% doar 48h", t=t,
                     body=multipart("alternative", [text("Black Friday prelungit! Reduceri de pana la 70%. "
                                                         "https://news.reduceri-azi.ro/c/9912\n"), text(html, "html")],
                                    "u3alt"),
                     domain="news.reduceri-azi.ro",
                     extra=[("List-Unsubscribe", "<https://news.reduceri-azi.ro/u/77>"), ("Precedence", "bulk")])
    return other("unknown", raw=raw, dkim=["news.reduceri-azi.ro"], notes="retail newsletter", fields={})


@item
def u_job_application():
    t = when(2026, 12, 3, 21, 12)
    cv = mk.letter_pdf("""
T|CURRICULUM VITAE
B|Larisa Ungur
K|Cluj-Napoca | larisa.ungur@gmail.com
B|Experiență
K|2022-2026 - Analist antifraudă, bancă comercială (monitorizare tranzacții card)
B|Educație
K|Universitatea Babeș-Bolyai, Facultatea de Științe Economice
""", created=t - dt.timedelta(days=2), family="sans")
    b = ("Bună seara,\n\nAm văzut că echipa de prevenire a fraudelor se extinde și aș dori să aplic pentru un "
         "post de analist. Atașez CV-ul meu. Am lucrat patru ani în monitorizarea tranzacțiilor suspecte.\n\n"
         "Cu drag,\nLarisa Ungur\n")
    raw = plain_mail("u4", frm_name="Larisa Ungur", frm_addr="larisa.ungur@gmail.com", to=["juridic@okazii.ro"],
                     subject="Aplicare - analist fraudă", t=t, body=with_pdf("u4", text(b), [(cv, "CV_Larisa_Ungur.pdf")]),
                     domain="gmail.com")
    return other("unknown", raw=raw, dkim=["gmail.com"],
                 notes="job application with a CV, sent to the legal mailbox; mentions fraud", fields={})


@item
def u_phishing_brand():
    t = when(2026, 12, 4, 4, 17)
    html = ("<p>Stimate utilizator,</p><p>Contul dumneavoastră <b>Okazii</b> va fi suspendat în 24 de ore din "
            "cauza unei activități neobișnuite. Pentru a evita suspendarea, confirmați datele contului:</p>"
            "<p><a href=\"https://okazii-verificare.com/login?id=5512\">CONFIRMĂ CONTUL</a></p>"
            "<p>Echipa de Securitate Okazii</p>")
    raw = plain_mail("u5", frm_name="Okazii Securitate", frm_addr="securitate@okazii-verificare.com",
                     to=["support@okazii.ro"], subject="Contul dvs. va fi suspendat - actiune necesara", t=t,
                     body=text(html, "html"), domain="okazii-verificare.com")
    return other("unknown", raw=raw, dkim=["okazii-verificare.com"],
                 notes="phishing imitating our brand, sent to our own mailbox", fields={})


@item
def u_crypto_spam():
    t = when(2026, 12, 1, 2, 44)
    b = ("Dear Partner,\n\nOur AI trading platform delivers 18% monthly returns on USDT deposits. Limited "
         "partnership slots for e-commerce companies in Romania. Reply with your WhatsApp number and our "
         "manager will contact you.\n\nKind regards,\nInvestment Desk\n")
    raw = plain_mail("u6", frm_name="Investment Desk", frm_addr="desk.invest.2026@outlook.com", to=["juridic@okazii.ro"],
                     subject="Partnership offer - 18% monthly", t=t, body=text(b, charset="us-ascii", cte="7bit"),
                     domain="outlook.com")
    return other("unknown", raw=raw, dkim=["outlook.com"], notes="investment spam", fields={})


# ==========================================================================

GROUPS = {"law_enforcement": lambda r: "le_genuine" if r["genuine"] else "le_forged"}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    results = []
    for fn in ITEMS:
        r = fn()
        r["item"] = fn.__name__
        results.append(r)
    rnd = random.Random(20261204)
    order = list(range(len(results)))
    rnd.shuffle(order)
    # split: half of each group dev, half blind (seeded)
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(results):
        g = GROUPS.get(r["category"], lambda r: r["category"])(r)
        groups.setdefault(g, []).append(i)
    split = {}
    srnd = random.Random(4242)
    for g, idx in sorted(groups.items()):
        idx = list(idx)
        srnd.shuffle(idx)
        half = len(idx) // 2 + (len(idx) % 2 if srnd.random() < 0.5 else 0)
        for k, i in enumerate(idx):
            split[i] = "dev" if k < half else "blind"
    truth, material = [], {}
    for n, i in enumerate(order, 1):
        r = results[i]
        name = f"mail/m{n:02d}.eml"
        (HERE / name).write_bytes(r["raw"])
        rec = {"file": name, "split": split[i], "category": r["category"], "fields": r["fields"]}
        if r["accept"]:
            rec["accept"] = r["accept"]
        rec.update({"genuine": r["genuine"], "expect_verdict": r["expect_verdict"], "notes": r["notes"],
                    "item": r["item"]})
        truth.append(rec)
        material[name] = dict(r["material"], item=r["item"], genuine=r["genuine"])
    truth.sort(key=lambda x: x["file"])
    (OUT / "truth.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth), encoding="utf-8")
    (OUT / "material.json").write_text(json.dumps(dict(sorted(material.items())), indent=1, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    print(f"{len(results)} mails written to {OUT}")


if __name__ == "__main__":
    main()
