#!/usr/bin/env python3
"""Blind round 7, mail half: writes ``mail/*.eml``, ``mail/truth.jsonl`` and ``mail/material.json``.

Written blind (see README.md). Uses ``mailkit.py`` (round 6's kit, copied, with round 7 additions) and the
world made by ``make_world.py``. Deterministic headers, letters and numbers; CMS/PDF signature bytes may
differ between runs (signing times are fixed, RSA-PSS is not used, but pyHanko's writer ids vary).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import random
import sys
from pathlib import Path

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


def item(group: str, category: str):
    def deco(fn):
        ITEMS.append((fn, group, category))
        return fn
    return deco


def mid(seed: str, domain: str) -> str:
    return f"<{hashlib.sha1(seed.encode()).hexdigest()[:20]}@{domain}>"


def ip_of(domain: str, i: int = 0) -> str:
    return mk.IDENT["dns"][domain]["ips"][i]


def html(body: str, font: str = "Calibri, sans-serif") -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">{body}</div></body></html>')


def p(*paras: str) -> str:
    return "".join(f"<p>{x}</p>" for x in paras)


OUR_ADDR = "Către: OKAZII.RO – Centrul de prevenire a fraudelor, Departamentul Juridic, Str. Frunzei nr. 29, sector 2, București"


def send(seed, *, frm, frm_addr, to, subject, t, body, dkim_domain=None, helo=None, ip=None, reply_to=None,
         cc=None, extra=None, subject_charset="utf-8", mail_from=None, dkim_headers=None, sender_hops=None,
         msgid_domain=None, dkim_header=None):
    dom = frm_addr.split("@")[1]
    msg = mk.build(seed=seed, frm=frm, to=to, subject=subject, date=t, message_id=mid(seed, msgid_domain or dom),
                   body=body, cc=cc, reply_to=reply_to, extra=extra, subject_charset=subject_charset)
    ip = ip or (ip_of(dom) if dom in mk.IDENT["dns"] else "203.0.113.99")
    return mk.deliver(msg, helo=helo or f"mail.{dom}", ip=ip,
                      t=t + dt.timedelta(seconds=7), rcpt=to[0].split("<")[-1].rstrip(">"),
                      mail_from=frm_addr if mail_from is None else mail_from, dkim_domain=dkim_domain,
                      dkim_headers=dkim_headers, sender_hops=sender_hops, seed=seed, dkim_header=dkim_header)


def le_fields(**kw) -> dict:
    f = {"authority_kind": kw.pop("kind", "police"), "urgent": kw.pop("urgent", False)}
    f.update(kw)
    return f


def signed_letter(markup: str, signer: str, *, t: dt.datetime, title: str, family="serif", visible=False,
                  box=(330, 40, 560, 100), md="sha256", size=11.0, creator="Microsoft® Word 2016") -> tuple[bytes, bytes]:
    pdf = mk.letter_pdf(markup, family=family, created=t, title=title, creator=creator, size=size)
    return pdf, mk.sign_pdf(pdf, signer, visible=visible, box=box, at=t + dt.timedelta(minutes=40), md=md,
                            reason="Semnătură calificată" if signer.startswith("pers") else "Sigiliu electronic calificat")


def mail_pdf_item(seed, *, frm, frm_addr, subject, t, cover: Part, pdfs: list[tuple[bytes, str]], dkim_domain,
                  to=None, **kw) -> bytes:
    parts = [cover] + [mk.attachment(d, n) for d, n in pdfs]
    return send(seed, frm=frm, frm_addr=frm_addr, to=to or [LEGAL], subject=subject, t=t,
                body=mk.multipart("mixed", parts, seed), dkim_domain=dkim_domain, **kw)


# =====================================================================================================
# GENUINE LAW-ENFORCEMENT REQUESTS
# =====================================================================================================

@item("le_gen", "law_enforcement")
def g_arad_municipal():
    t = when(2026, 12, 2, 11, 48)
    rd = [
        "datele de identificare furnizate la crearea contului (nume, prenume, telefon, adresă)",
        "adresele IP și datele de conectare folosite la autentificare în perioada 01.09.2026 – 30.11.2026",
        "istoricul anunțurilor publicate de utilizator",
        "detaliile tranzacțiilor nr. 71102345 și nr. 71102388, inclusiv datele cumpărătorilor",
    ]
    markup = f"""K|ROMÂNIA
B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN ARAD
B|POLIȚIA MUNICIPIULUI ARAD
K|Biroul de Investigații Criminale
R|NESECRET
2|Nr. 412.077 din 02.12.2026¦Arad
K|Exemplar unic

K|{OUR_ADDR}

T|Stimată doamnă / Stimate domn,
Biroul de Investigații Criminale din cadrul Poliției Municipiului Arad efectuează cercetări în dosarul penal nr. 3318/P/2026, privind săvârșirea infracțiunii de înșelăciune prevăzute de art. 244 alin. (1) din Codul penal, în care persoana vătămată Pîrvu Lavinia a achitat contravaloarea unui telefon mobil care nu i-a fost livrat.
În temeiul art. 170 alin. (1) din Codul de procedură penală, vă solicităm să ne transmiteți, cu privire la utilizatorul platformei dumneavoastră înregistrat cu numele de utilizator „andrei_vinde_ieftin” și adresa de e-mail andrei.v1990@yahoo.com, următoarele:
L|1. {rd[0]};
L|2. {rd[1]};
L|3. {rd[2]};
L|4. {rd[3]}.
Răspunsul va fi transmis în format electronic la adresa bic.arad@ar.politiaromana.ro, cu mențiunea numărului nostru de înregistrare.
Vă mulțumim pentru colaborare.

S|Șef birou
S|Comisar-șef de poliție
S|Bălan Ovidiu
"""
    pdf, signed = signed_letter(markup, "seal_ipj_ar", t=t, title="Adresa 412077")
    plain = ("Bună ziua,\n\nVă transmitem atașat adresa nr. 412.077 din 02.12.2026 privind dosarul penal "
             "nr. 3318/P/2026, semnată electronic.\nVă rugăm să confirmați primirea.\n\nCu stimă,\n"
             "Agent șef adjunct de poliție Tudose Ramona\nBiroul de Investigații Criminale\n"
             "Poliția Municipiului Arad\nTel. 0257 567 100 int. 21411\n")
    htm = html(p("Bună ziua,", "Vă transmitem atașat adresa nr. 412.077 din 02.12.2026 privind dosarul penal "
                 "nr. 3318/P/2026, semnată electronic.<br>Vă rugăm să confirmați primirea.",
                 "Cu stimă,<br>Agent șef adjunct de poliție Tudose Ramona<br>Biroul de Investigații Criminale<br>"
                 "Poliția Municipiului Arad<br>Tel. 0257 567 100 int. 21411"))
    cover = mk.multipart("alternative", [mk.text(plain, charset="windows-1250"),
                                         mk.text(htm, "html", charset="windows-1250")], "g1alt")
    raw = mail_pdf_item("g1", frm=mk.addr("BIC Arad", "bic.arad@ar.politiaromana.ro"),
                        frm_addr="bic.arad@ar.politiaromana.ro", subject="Adresa nr. 412077 - dosar 3318/P/2026",
                        t=t, cover=cover, pdfs=[(signed, "Adresa_412077_OKAZII.pdf")],
                        dkim_domain="ar.politiaromana.ro",
                        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtkR2f0c1aBqQ==")])
    fields = le_fields(authority="Poliția Municipiului Arad", reference_number="412.077", reference_date="2026-12-02",
                       case_number="3318/P/2026", legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "username", "value": "andrei_vinde_ieftin"},
                                 {"kind": "email", "value": "andrei.v1990@yahoo.com"}],
                       transactions=["71102345", "71102388"], requested_data=rd,
                       period={"from": "2026-09-01", "to": "2026-11-30"}, response_channel="electronic",
                       reply_to="bic.arad@ar.politiaromana.ro", signatory="Comisar-șef de poliție Bălan Ovidiu")
    accept = {"authority": ["Inspectoratul de Poliție Județean Arad", "IPJ Arad"],
              "reference_number": ["412077"], "signatory": ["Șef birou Comisar-șef de poliție Bălan Ovidiu"]}
    notes = ("municipal police under IPJ Arad; IPJ Arad's bound seal; Outlook multipart/alternative in "
             "Windows-1250 QP (cedilla letters); numbered list; the offence's art. 244 C.pen. is not a legal basis")
    return raw, fields, accept, notes, {"dkim": ["ar.politiaromana.ro"],
                                        "pdf": [{"signer": "seal_ipj_ar", "whole": True}]}


@item("le_gen", "law_enforcement")
def g_vrancea_officer():
    t = when(2026, 12, 3, 9, 14)
    iban = mk.ro_iban("BTRL", "0390" + "1202" + "M87214XX")
    rd = ["datele de identificare ale titularului contului și datele de contact declarate",
          "lista tranzacțiilor efectuate prin cont în anul 2026, cu sumele și contrapărțile",
          "conturile bancare (IBAN) înregistrate pentru încasarea plăților",
          "adresele IP de la care s-au efectuat autentificările, cu data și ora"]
    markup = f"""B|ROMÂNIA
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN VRANCEA
B|Serviciul de Investigare a Criminalității Economice
K|Nr. 88.310/SICE din 03.XII.2026
K|Focșani

K|{OUR_ADDR}

Subsemnatul, comisar de poliție Radu Costel-Ionuț, din cadrul Serviciului de Investigare a Criminalității Economice al I.P.J. Vrancea, efectuez cercetări în dosarul penal nr. 1207/P/2026, având ca obiect infracțiunea de evaziune fiscală, privind vânzarea repetată, prin platforma dumneavoastră, a unor piese auto fără documente de proveniență.
Utilizatorul vizat este identificat prin ID-ul de utilizator 48211937, numărul de telefon 0744 318 207 și contul bancar {iban}.
Potrivit art. 170 din Codul de procedură penală, vă rugăm să dispuneți comunicarea următoarelor date:
L|a) {rd[0]};
L|b) {rd[1]};
L|c) {rd[2]};
L|d) {rd[3]}.
Răspunsul, împreună cu un suport optic, va fi trimis prin curier la sediul I.P.J. Vrancea, Str. Cuza Vodă nr. 58, Focșani, județul Vrancea, în atenția subsemnatului.

S|Ofițer de poliție judiciară
S|Comisar de poliție
S|Radu Costel-Ionuț
"""
    pdf, signed = signed_letter(markup, "pers_vn_radu", t=t, title="88310 SICE", visible=True)
    cover = mk.text("Buna ziua,\n\nVa transmitem adresa nr. 88.310/SICE din 03.XII.2026 (dosar 1207/P/2026),"
                    " semnată electronic cu certificat calificat.\nRăspunsul se trimite prin curier, conform "
                    "adresei.\n\nComisar de poliție Radu Costel-Ionuț\nI.P.J. Vrancea - S.I.C.E.\n",
                    charset="iso-8859-2", cte="8bit")
    raw = mail_pdf_item("g2", frm=mk.addr("Radu Costel-Ionuț", "costel.radu@vn.politiaromana.ro", "iso-8859-2"),
                        frm_addr="costel.radu@vn.politiaromana.ro", subject="Adresa 88310/SICE", t=t, cover=cover,
                        pdfs=[(signed, "adresa_88310_SICE.pdf")], dkim_domain="vn.politiaromana.ro",
                        extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.6.0")])
    fields = le_fields(authority="Inspectoratul de Poliție Județean Vrancea", reference_number="88.310/SICE",
                       reference_date="2026-12-03", case_number="1207/P/2026", legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "user_id", "value": "48211937"}, {"kind": "phone", "value": "+40744318207"},
                                 {"kind": "iban", "value": iban.replace(" ", "")}],
                       requested_data=rd, response_channel="courier",
                       reply_to="Str. Cuza Vodă nr. 58, Focșani, județul Vrancea",
                       signatory="Comisar de poliție Radu Costel-Ionuț")
    accept = {"authority": ["IPJ Vrancea"], "reference_number": ["88310/SICE", "88310", "88.310"],
              "reply_to": ["I.P.J. Vrancea, Str. Cuza Vodă nr. 58, Focșani, județul Vrancea"]}
    notes = ("first-person letter of the bound officer (personal certificate, visible signature); date "
             "03.XII.2026; user id + phone + IBAN; lettered list; answer by courier; ISO-8859-2 8bit cover")
    return raw, fields, accept, notes, {"dkim": ["vn.politiaromana.ro"],
                                        "pdf": [{"signer": "pers_vn_radu", "whole": True}]}


@item("le_gen", "law_enforcement")
def g_voluntari_p7m():
    t = when(2026, 12, 4, 13, 5)
    rd = ["numele, prenumele și datele de contact ale titularului contului",
          "data creării contului și adresa IP de la creare",
          "anunțurile active și cele închise în ultimele 6 luni",
          "mesajele schimbate prin platformă cu utilizatorul „dumitrescu_alex”"]
    markup = f"""C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN ILFOV
C|POLIȚIA ORAȘULUI VOLUNTARI
K|Număr de înregistrare: 2291/VL
K|Data: 4 decembrie 2026

K|{OUR_ADDR}

T|Solicitare de date
Poliția Orașului Voluntari desfășoară cercetări în dosarul nr. 5120/P/2026, privind o infracțiune de înșelăciune prin mijloace informatice, în care partea vătămată, utilizatorul „dumitrescu_alex”, a plătit 3.400 lei pentru un laptop care nu a mai fost expediat.
Față de cele de mai sus și în conformitate cu art. 170 din Legea nr. 135/2010 privind Codul de procedură penală, vă rugăm să ne furnizați, pentru contul cu numele de utilizator gsm_outlet_ilfov (e-mail cristi.gsm.voluntari@gmail.com):
L|• {rd[0]};
L|• {rd[1]};
L|• {rd[2]};
L|• {rd[3]}.
Datele vor fi transmise prin e-mail, la adresa politia.voluntari@if.politiaromana.ro.

S|Șeful Poliției Orașului Voluntari
S|Comisar de poliție Marin Daniel-Florin
"""
    pdf = mk.letter_pdf(markup, family="sans", created=t, title="Adresa 2291/VL", creator="LibreOffice 7.5")
    p7m = mk.cades(pdf, "seal_ipj_if", detached=False, signing_time=t + dt.timedelta(minutes=12))
    cover = mk.text("Buna ziua,\n\nAtasat adresa nr. 2291/VL din 04.12.2026, semnata cu sigiliul electronic al "
                    "IPJ Ilfov (fisier .p7m).\n\nPolitia Orasului Voluntari\nBiroul Investigatii Criminale\n",
                    charset="us-ascii", cte="7bit")
    att = mk.attachment(p7m, "adresa_2291_VL.pdf.p7m", ctype="application/pkcs7-mime; smime-type=signed-data")
    raw = send("g3", frm=mk.addr("Politia Orasului Voluntari", "politia.voluntari@if.politiaromana.ro"),
               frm_addr="politia.voluntari@if.politiaromana.ro", to=[LEGAL], subject="Adresa 2291/VL",
               t=t, body=mk.multipart("mixed", [cover, att], "g3"), dkim_domain="if.politiaromana.ro",
               extra=[("User-Agent", "Zimbra Webmail 9.0")])
    fields = le_fields(authority="Poliția Orașului Voluntari", reference_number="2291/VL", reference_date="2026-12-04",
                       case_number="5120/P/2026", legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "username", "value": "gsm_outlet_ilfov"},
                                 {"kind": "email", "value": "cristi.gsm.voluntari@gmail.com"}],
                       requested_data=rd, response_channel="electronic",
                       reply_to="politia.voluntari@if.politiaromana.ro",
                       signatory="Comisar de poliție Marin Daniel-Florin")
    accept = {"authority": ["Inspectoratul de Poliție Județean Ilfov", "IPJ Ilfov"],
              "signatory": ["Șeful Poliției Orașului Voluntari Comisar de poliție Marin Daniel-Florin"]}
    notes = ("town police under IPJ Ilfov; CAdES enveloping .pdf.p7m (DER) by IPJ Ilfov's bound seal, "
             "application/pkcs7-mime attachment; labelled number/date lines; bulleted list; the victim "
             "'dumitrescu_alex' is named but is not a subject of the request; ASCII cover")
    return raw, fields, accept, notes, {"dkim": ["if.politiaromana.ro"],
                                        "cades": [{"file": "adresa_2291_VL.pdf.p7m", "signer": "seal_ipj_if",
                                                   "detached": False}]}


@item("le_gen", "law_enforcement")
def g_mehedinti_html():
    t = when(2026, 12, 1, 16, 22)
    rd = ["datele de identificare ale titularilor conturilor",
          "istoricul conectărilor (IP, data, ora) în perioada 01.10.2026 – 30.11.2026",
          "datele tranzacției nr. 80331207 (produs, preț, modalitate de plată, adresă de livrare)",
          "corespondența purtată între cei doi utilizatori prin sistemul de mesagerie al platformei"]
    markup = f"""B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN MEHEDINȚI
B|SERVICIUL DE INVESTIGAȚII CRIMINALE
R|Nr. 301.554 din 01.12.2026
R|Drobeta-Turnu Severin

K|{OUR_ADDR}

În cadrul dosarului penal nr. 2204/P/2026, înregistrat la Parchetul de pe lângă Judecătoria Drobeta-Turnu Severin, se efectuează cercetări sub aspectul săvârșirii infracțiunii de înșelăciune, prejudiciul fiind de 1.870 lei.
Din verificări a rezultat că tranzacția nr. 80331207 a fost încheiată între conturile asociate adreselor severin.auto.piese@gmail.com (vânzător) și ionela.m.dts@yahoo.com (cumpărător).
În baza dispozițiilor art. 170 C.p.p., pentru soluționarea cauzei este necesar să ne puneți la dispoziție:
L|– {rd[0]};
L|– {rd[1]};
L|– {rd[2]};
L|– {rd[3]}.
Răspunsul poate fi transmis pe e-mail, la sic@mh.politiaromana.ro, sau prin poștă, la sediul I.P.J. Mehedinți, Str. Traian nr. 137, Drobeta-Turnu Severin.

S|Șef serviciu
S|Inspector principal de poliție
S|Ciucă Marian
"""
    pdf, signed = signed_letter(markup, "seal_ipj_mh", t=t, title="301554", visible=True, box=(60, 40, 290, 95))
    htm = html(p("Stimate domnule / stimată doamnă,",
                 "Vă înaintăm alăturat adresa I.P.J. Mehedinți – S.I.C. nr. 301.554 din 01.12.2026 (dosar penal "
                 "nr. 2204/P/2026), semnată cu sigiliul electronic al inspectoratului.",
                 "Cu considerație,<br><b>Serviciul de Investigații Criminale</b><br>I.P.J. Mehedinți"),
               font="Verdana, sans-serif")
    raw = mail_pdf_item("g4", frm=mk.addr("SIC Mehedinti", "sic@mh.politiaromana.ro"), frm_addr="sic@mh.politiaromana.ro",
                        subject="Adresă SIC nr. 301554/01.12.2026", t=t,
                        cover=mk.text(htm, "html", charset="utf-8", cte="base64"),
                        pdfs=[(signed, "301554.pdf")], dkim_domain="mh.politiaromana.ro")
    fields = le_fields(authority="Inspectoratul de Poliție Județean Mehedinți", reference_number="301.554",
                       reference_date="2026-12-01", case_number="2204/P/2026", legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "email", "value": "severin.auto.piese@gmail.com"},
                                 {"kind": "email", "value": "ionela.m.dts@yahoo.com"}],
                       transactions=["80331207"], requested_data=rd,
                       period={"from": "2026-10-01", "to": "2026-11-30"}, response_channel="both",
                       signatory="Inspector principal de poliție Ciucă Marian")
    accept = {"authority": ["IPJ Mehedinți", "Serviciul de Investigații Criminale"], "reference_number": ["301554"],
              "signatory": ["Șef serviciu Inspector principal de poliție Ciucă Marian"]}
    notes = ("IPJ Mehedinți's service; bound seal with a visible appearance bottom-left; HTML-only base64 "
             "cover; dashed list; e-mail or post (both)")
    return raw, fields, accept, notes, {"dkim": ["mh.politiaromana.ro"],
                                        "pdf": [{"signer": "seal_ipj_mh", "whole": True}]}


@item("le_gen", "law_enforcement")
def g_coast_guard():
    t = when(2026, 12, 2, 8, 37)
    rd = ["datele de înregistrare ale contului și datele de contact",
          "lista completă a anunțurilor publicate, cu fotografiile atașate",
          "tranzacțiile finalizate, cu datele cumpărătorilor și adresele de livrare",
          "adresele IP utilizate la publicarea anunțurilor"]
    markup = f"""2|MINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ\\nGARDA DE COASTĂ\\nServiciul Combaterea Criminalității¦NESECRET\\nConstanța, 02.12.2026\\nNr. 1.187.402

K|{OUR_ADDR}

Garda de Coastă efectuează, în baza delegării dispuse de procurorul din cadrul D.I.I.C.O.T. – Serviciul Teritorial Constanța, activități de cercetare penală în dosarul nr. 418/D/P/2026, privind contrabanda cu țigarete introduse în țară pe cale maritimă și comercializate, între altele, prin anunțuri publicate pe platforma dumneavoastră.
Conform art. 170 C.p.p., solicităm transmiterea, pentru utilizatorul „tigari_ieftine_ct”, care folosește numărul de telefon +40 723 551 090, a următoarelor date:
L|i. {rd[0]};
L|ii. {rd[1]};
L|iii. {rd[2]};
L|iv. {rd[3]}.
Răspunsul va fi transmis la adresa de e-mail dosare@gc.politiadefrontiera.ro.

S|Șeful Serviciului Combaterea Criminalității
S|Comisar-șef de poliție
S|Enache Viorel
"""
    pdf, signed = signed_letter(markup, "seal_gc", t=t, title="1187402", family="sans", size=10.5)
    plain = ("Bună dimineața,\n\nAlăturat vă transmitem adresa nr. 1.187.402/02.12.2026 a Gărzii de Coastă.\n"
             "Pentru clarificări: 0241 567 400, interior 1133.\n\n--\nGarda de Coastă\n"
             "Serviciul Combaterea Criminalității\n")
    htm = html(p("Bună dimineața,", "Alăturat vă transmitem adresa nr. 1.187.402/02.12.2026 a Gărzii de Coastă.",
                 "Pentru clarificări: 0241 567 400, interior 1133.",
                 "--<br>Garda de Coastă<br>Serviciul Combaterea Criminalității"))
    cover = mk.multipart("alternative", [mk.text(plain), mk.text(htm, "html")], "g5alt")
    raw = mail_pdf_item("g5", frm=mk.addr("Garda de Coastă - SCC", "scc@gc.politiadefrontiera.ro"),
                        frm_addr="scc@gc.politiadefrontiera.ro",
                        subject="Solicitare informații - dosar 418/D/P/2026", t=t, cover=cover,
                        pdfs=[(signed, "GC_1187402.pdf")], dkim_domain="gc.politiadefrontiera.ro")
    fields = le_fields(authority="Garda de Coastă", reference_number="1.187.402", reference_date="2026-12-02",
                       case_number="418/D/P/2026", legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "username", "value": "tigari_ieftine_ct"},
                                 {"kind": "phone", "value": "+40723551090"}],
                       requested_data=rd, response_channel="electronic", reply_to="dosare@gc.politiadefrontiera.ro",
                       signatory="Comisar-șef de poliție Enache Viorel")
    accept = {"authority": ["Inspectoratul General al Poliției de Frontieră", "IGPF"],
              "reference_number": ["1187402"],
              "signatory": ["Șeful Serviciului Combaterea Criminalității Comisar-șef de poliție Enache Viorel"]}
    notes = ("Coast Guard (a unit of IGPF in the registry) acting under a DIICOT delegation (D/P case); "
             "two-column heading with number, place and date on the right; roman list; own seal")
    return raw, fields, accept, notes, {"dkim": ["gc.politiadefrontiera.ro"],
                                        "pdf": [{"signer": "seal_gc", "whole": True}]}


@item("le_gen", "law_enforcement")
def g_dga_p7s():
    t = when(2026, 12, 3, 15, 2)
    rd = ["datele de identificare și de contact asociate contului",
          "istoricul tranzacțiilor din perioada 01.06.2026 – 30.11.2026",
          "documentele încărcate pentru verificarea identității",
          "adresele IP și dispozitivele folosite la autentificare"]
    markup = f"""B|MINISTERUL AFACERILOR INTERNE
B|DIRECȚIA GENERALĂ ANTICORUPȚIE
B|SERVICIUL JUDEȚEAN ANTICORUPȚIE VRANCEA
R|Nr. 3.604.117 din 03.12.2026

K|{OUR_ADDR}

Serviciul Județean Anticorupție Vrancea efectuează, în baza delegării procurorului, acte de cercetare penală în dosarul nr. 211/P/2026, privind infracțiunea de luare de mită, în care există indicii că foloase necuvenite au fost disimulate ca plăți pentru bunuri vândute prin platforma dumneavoastră.
În temeiul art. 170 alin. (1) C.p.p., vă rugăm să ne comunicați, pentru utilizatorul cu numele „mihai.ag.vn” și ID-ul 30718844:
L|a. {rd[0]};
L|b. {rd[1]};
L|c. {rd[2]};
L|d. {rd[3]}.
Datele se vor transmite în format electronic, la adresa sja.vrancea@mai-dga.ro.

S|Șef serviciu
S|Comisar-șef de poliție Pavel Gheorghiță
"""
    pdf = mk.letter_pdf(markup, created=t, title="3604117")
    p7s = mk.cades(pdf, "seal_dga", detached=True, signing_time=t + dt.timedelta(minutes=3))
    cover = mk.text("Bună ziua,\n\nVă transmitem adresa S.J.A. Vrancea nr. 3.604.117 din 03.12.2026 împreună cu "
                    "semnătura electronică (fișierul .p7s).\n\nCu stimă,\nSecretariat S.J.A. Vrancea\n",
                    charset="iso-8859-2", cte="quoted-printable")
    body = mk.multipart("mixed", [cover, mk.attachment(pdf, "adresa_3604117.pdf"),
                                  mk.attachment(p7s, "adresa_3604117.pdf.p7s", ctype="application/pkcs7-signature")],
                        "g6")
    raw = send("g6", frm=mk.addr("S.J.A. Vrancea", "sja.vrancea@mai-dga.ro"), frm_addr="sja.vrancea@mai-dga.ro",
               to=[LEGAL], subject="Adresa SJA Vrancea 3604117", t=t, body=body, dkim_domain="mai-dga.ro")
    fields = le_fields(authority="Serviciul Județean Anticorupție Vrancea", reference_number="3.604.117",
                       reference_date="2026-12-03", case_number="211/P/2026", legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "username", "value": "mihai.ag.vn"}, {"kind": "user_id", "value": "30718844"}],
                       requested_data=rd, period={"from": "2026-06-01", "to": "2026-11-30"},
                       response_channel="electronic", reply_to="sja.vrancea@mai-dga.ro",
                       signatory="Comisar-șef de poliție Pavel Gheorghiță")
    accept = {"authority": ["Direcția Generală Anticorupție", "DGA"], "reference_number": ["3604117"],
              "signatory": ["Șef serviciu Comisar-șef de poliție Pavel Gheorghiță"]}
    notes = ("DGA county service (the registry lists DGA); CAdES detached .pdf.p7s by DGA's bound seal beside "
             "the unsigned PDF; lettered 'a.' list; ISO-8859-2 QP cover")
    return raw, fields, accept, notes, {"dkim": ["mai-dga.ro"],
                                        "cades": [{"file": "adresa_3604117.pdf.p7s", "signer": "seal_dga",
                                                   "detached": True}], "pdf": []}


@item("le_gen", "law_enforcement")
def g_dna_ordonanta():
    t = when(2026, 12, 2, 17, 40)
    iban = mk.ro_iban("RNCB", "0179" + "1102" + "44730001")
    rd = ["datele de identificare ale titularului contului",
          "conturile bancare declarate pentru încasări",
          "istoricul complet al tranzacțiilor, cu sumele încasate",
          "adresele IP de conectare din perioada 01.03.2026 – 30.11.2026"]
    markup = f"""C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
C|SERVICIUL TERITORIAL TIMIȘOARA
K|Dosar nr. 144/P/2026

T|O R D O N A N Ț Ă
C|Anul 2026, luna decembrie, ziua 02
Toma Irina, procuror în cadrul Direcției Naționale Anticorupție – Serviciul Teritorial Timișoara,
Examinând actele dosarului penal nr. 144/P/2026, privind săvârșirea infracțiunii de trafic de influență, din care rezultă că sume de bani au fost încasate prin intermediul platformei OKAZII.RO, în contul utilizatorului „banat_antichitati” și în contul bancar {iban},
Având în vedere că datele deținute de operatorul platformei sunt necesare aflării adevărului,
În temeiul art. 170 și art. 146^1 din Codul de procedură penală,
C|D I S P U N:
Obligarea OKAZII.RO la comunicarea, în termen de 5 zile, a următoarelor date privind utilizatorul „banat_antichitati”:
L|1. {rd[0]};
L|2. {rd[1]};
L|3. {rd[2]};
L|4. {rd[3]}.
Datele vor fi comunicate pe adresa de e-mail st.timisoara@pna.ro.

S|PROCUROR,
S|Toma Irina
"""
    pdf, signed = signed_letter(markup, "pers_dna_toma", t=t, title="Ordonanta 144/P/2026")
    cover = mk.text("Buna seara,\n\nAtasat ordonanta din 02.12.2026 in dosarul nr. 144/P/2026, semnata "
                    "electronic de procuror.\n\nGrefier Muntean Adela\nDNA - Serviciul Teritorial Timisoara\n",
                    charset="us-ascii", cte="7bit", format_flowed=True)
    raw = mail_pdf_item("g7", frm=mk.addr("DNA ST Timisoara", "st.timisoara@pna.ro"), frm_addr="st.timisoara@pna.ro",
                        subject="Ordonanta dosar 144/P/2026", t=t, cover=cover,
                        pdfs=[(signed, "ordonanta_144P2026.pdf")], dkim_domain="pna.ro")
    fields = le_fields(kind="prosecutor", authority="Direcția Națională Anticorupție – Serviciul Teritorial Timișoara",
                       reference_date="2026-12-02", case_number="144/P/2026",
                       subjects=[{"kind": "username", "value": "banat_antichitati"},
                                 {"kind": "iban", "value": iban.replace(" ", "")}],
                       requested_data=rd, period={"from": "2026-03-01", "to": "2026-11-30"},
                       response_channel="electronic", reply_to="st.timisoara@pna.ro", signatory="Procuror Toma Irina")
    accept = {"authority": ["Direcția Națională Anticorupție", "DNA", "Serviciul Teritorial Timișoara",
                            "DNA – Serviciul Teritorial Timișoara"], "reference_number": ["144/P/2026"]}
    notes = ("DNA ordonanță signed with the bound prosecutor's personal certificate; 'Anul 2026, luna decembrie, "
             "ziua 02'; the ordonanță has no registration number of its own (reference_number not scored); "
             "legal basis art. 170 plus art. 146^1 written with a caret (not scored); US-ASCII flowed cover")
    return raw, fields, accept, notes, {"dkim": ["pna.ro"], "pdf": [{"signer": "pers_dna_toma", "whole": True}]}


@item("le_gen", "law_enforcement")
def g_pt_arad_reply():
    t = when(2026, 12, 4, 10, 26)
    rd = ["conservarea imediată a datelor informatice privind contul, pentru 60 de zile",
          "datele de identificare ale titularului",
          "jurnalele de autentificare (IP, dată, oră) din luna noiembrie 2026",
          "istoricul modificărilor adresei de e-mail și ale numărului de telefon"]
    markup = f"""C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL ARAD
K|Nr. 2077/II/2/2026
K|Arad, 04 decembrie 2026

K|{OUR_ADDR}

Urmare a solicitării dumneavoastră de a primi o adresă semnată, referitoare la cererea noastră telefonică din 03.12.2026, vă comunicăm că în dosarul penal nr. 870/P/2026 al Parchetului de pe lângă Tribunalul Arad se efectuează urmărire penală pentru infracțiunea de acces ilegal la un sistem informatic.
În temeiul art. 154 și art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, cu privire la contul asociat adresei de e-mail radu.c.arad@outlook.com și numărului de telefon 0733 402 981:
L|(1) {rd[0]};
L|(2) {rd[1]};
L|(3) {rd[2]};
L|(4) {rd[3]}.
Răspunsul se va trimite electronic, la adresa pt.arad@mpublic.ro.

S|Prim-procuror adjunct,
S|Vlad Corina
"""
    pdf, signed = signed_letter(markup, "seal_pt_ar", t=t, title="2077/II/2/2026")
    ack_id = "<ack-REG-2026-004417@okazii.ro>"
    quoted = ("\n\n-----Original Message-----\nFrom: Registratura Okazii <registratura@okazii.ro>\n"
              "Sent: Thursday, December 3, 2026 4:12 PM\nTo: pt.arad@mpublic.ro\n"
              "Subject: [REG-2026-004417] Am primit solicitarea dumneavoastră\n\n"
              "> Bună ziua,\n> Am primit mesajul dumneavoastră și l-am înregistrat cu numărul REG-2026-004417.\n"
              "> Pentru a putea răspunde, avem nevoie de o adresă oficială semnată.\n")
    plain = ("Bună ziua,\n\nConform solicitării, vă transmitem adresa oficială nr. 2077/II/2/2026, semnată cu "
             "sigiliul electronic al parchetului.\n\nCu stimă,\nGrefier Bocșan Diana\n"
             "Parchetul de pe lângă Tribunalul Arad" + quoted)
    htm = html(p("Bună ziua,", "Conform solicitării, vă transmitem adresa oficială nr. 2077/II/2/2026, semnată "
                 "cu sigiliul electronic al parchetului.", "Cu stimă,<br>Grefier Bocșan Diana<br>Parchetul de pe "
                 "lângă Tribunalul Arad")
               + "<div style='border-top:solid #E1E1E1 1pt'><b>From:</b> Registratura Okazii &lt;registratura@okazii.ro&gt;"
               "<br><b>Sent:</b> Thursday, December 3, 2026 4:12 PM<br><b>Subject:</b> [REG-2026-004417] Am primit "
               "solicitarea dumneavoastră</div><p>Bună ziua,<br>Am primit mesajul dumneavoastră și l-am înregistrat cu "
               "numărul REG-2026-004417.<br>Pentru a putea răspunde, avem nevoie de o adresă oficială semnată.</p>")
    cover = mk.multipart("alternative", [mk.text(plain), mk.text(htm, "html")], "g8alt")
    raw = mail_pdf_item("g8", frm=mk.addr("Parchetul Tribunalul Arad", "pt.arad@mpublic.ro"), frm_addr="pt.arad@mpublic.ro",
                        subject="RE: [REG-2026-004417] Am primit solicitarea dumneavoastră", t=t, cover=cover,
                        pdfs=[(signed, "2077_II_2_2026.pdf")], dkim_domain="mpublic.ro",
                        extra=[("In-Reply-To", ack_id), ("References", ack_id)])
    fields = le_fields(kind="prosecutor", authority="Parchetul de pe lângă Tribunalul Arad",
                       reference_number="2077/II/2/2026", reference_date="2026-12-04", case_number="870/P/2026",
                       legal_basis=["art. 154 CPP", "art. 170 CPP"],
                       subjects=[{"kind": "email", "value": "radu.c.arad@outlook.com"},
                                 {"kind": "phone", "value": "+40733402981"}],
                       requested_data=rd, response_channel="electronic", reply_to="pt.arad@mpublic.ro",
                       signatory="Prim-procuror adjunct Vlad Corina")
    accept = {"signatory": ["Vlad Corina"]}
    notes = ("reply in our thread (In-Reply-To our acknowledgement, REG number in the subject, quoted in plain "
             "and HTML) bringing the signed address we asked for; preservation + production (art. 154, 170); "
             "'(1)' list; the tribunal prosecutors' bound seal")
    return raw, fields, accept, notes, {"dkim": ["mpublic.ro"], "pdf": [{"signer": "seal_pt_ar", "whole": True}]}


@item("le_gen", "law_enforcement")
def g_pj_focsani_smime():
    t = when(2026, 12, 3, 12, 55)
    rd = ["datele de identificare ale persoanei care a creat contul",
          "numerele de telefon și adresele de e-mail asociate",
          "lista comenzilor plasate sau primite în perioada 15.08.2026 – 15.11.2026",
          "adresele IP utilizate pentru accesarea contului în aceeași perioadă"]
    body = f"""PARCHETUL DE PE LÂNGĂ JUDECĂTORIA FOCȘANI
Nr. 2.331/VIII/1/2026, Focșani, 03.12.2026

Către OKAZII.RO - Centrul de prevenire a fraudelor, Departamentul Juridic

În dosarul penal nr. 4410/P/2026, aflat în faza de urmărire penală, se
cercetează infracțiunea de furt, bicicletele sustrase fiind ulterior
oferite spre vânzare prin platforma dumneavoastră de utilizatorul
„vrancea_bike_shop”, cu numărul de telefon 0768 402 119.

Având în vedere dispozițiile art. 170 din Codul de procedură penală,
vă solicit comunicarea următoarelor informații:
1) {rd[0]};
2) {rd[1]};
3) {rd[2]};
4) {rd[3]}.

Răspunsul îl veți trimite electronic, la adresa silviu.dobre@mpublic.ro.

Prezentul mesaj este semnat electronic cu certificat calificat.

Procuror,
Dobre Silviu
"""
    inner = mk.text(body, charset="iso-8859-2", cte="quoted-printable")
    signed = mk.smime_signed(inner, "pers_pjfs_dobre", "g9")
    raw = send("g9", frm=mk.addr("Dobre Silviu", "silviu.dobre@mpublic.ro"), frm_addr="silviu.dobre@mpublic.ro",
               to=[LEGAL], subject="Solicitare date - dosar 4410/P/2026", t=t, body=signed, dkim_domain="mpublic.ro",
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    fields = le_fields(kind="prosecutor", authority="Parchetul de pe lângă Judecătoria Focșani",
                       reference_number="2.331/VIII/1/2026", reference_date="2026-12-03", case_number="4410/P/2026",
                       legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "username", "value": "vrancea_bike_shop"},
                                 {"kind": "phone", "value": "+40768402119"}],
                       requested_data=rd, period={"from": "2026-08-15", "to": "2026-11-15"},
                       response_channel="electronic", reply_to="silviu.dobre@mpublic.ro", signatory="Procuror Dobre Silviu")
    accept = {"reference_number": ["2331/VIII/1/2026"]}
    notes = ("S/MIME multipart/signed text by the bound prosecutor's certificate (his address in the certificate "
             "= From); ISO-8859-2 QP with cedilla letters; number, place and date on one line; '1)' list")
    return raw, fields, accept, notes, {"dkim": ["mpublic.ro"], "smime": "pers_pjfs_dobre", "signed_text": body}


@item("le_gen", "law_enforcement")
def g_tribunal_ilfov_forward():
    t = when(2026, 12, 4, 14, 18)
    rd = ["datele de identificare ale titularului contului „elena.vintage”",
          "istoricul vânzărilor realizate în perioada 01.01.2026 – 30.06.2026",
          "confirmările de livrare și adresele de expediere pentru aceste vânzări"]
    markup = f"""B|ROMÂNIA
B|TRIBUNALUL ILFOV
B|SECȚIA PENALĂ
X|Dosar nr. ¦ 2317/93/2026
X|Materia ¦ penal
X|Stadiul procesual ¦ fond
X|Termen ¦ 14.01.2027
K|Nr. ieșire 19.882 din 03.12.2026

K|{OUR_ADDR}

Vă comunicăm că, prin încheierea de ședință din data de 02.12.2026, pronunțată în dosarul de mai sus, instanța a dispus, în temeiul art. 170 C.p.p., să vă solicite comunicarea următoarelor date referitoare la utilizatorul „elena.vintage” (adresa de e-mail elena.vintage.shop@gmail.com):
L|a) {rd[0]};
L|b) {rd[1]};
L|c) {rd[2]}.
Răspunsul se va comunica pentru termenul din 14.01.2027, pe adresa de e-mail tbif-penal@just.ro sau prin poștă, la sediul instanței, cu mențiunea numărului de dosar.

S|Președinte complet,
S|Judecător Marinescu Adrian
S|Grefier,
S|Neagu Elisabeta
"""
    pdf, signed = signed_letter(markup, "seal_tb_if", t=t, title="Adresa 2317/93/2026", size=10.5)
    fwd = ("Buna ziua,\n\nVa redirectionam mai jos adresa instantei, cu documentul semnat atasat.\n\n"
           "Registratura Tribunalului Ilfov\n\n"
           "---------- Forwarded message ---------\nDe la: Neagu Elisabeta <elisabeta.neagu@just.ro>\n"
           "Date: joi, 3 dec. 2026, 16:02\nSubject: Adresa dosar 2317/93/2026\nTo: Registratura TBIF <tbif-registratura@just.ro>\n\n"
           "Va rog sa transmiteti catre OKAZII adresa din dosarul 2317/93/2026, termen 14.01.2027.\n\nGrefier Neagu E.\n")
    raw = mail_pdf_item("g10", frm=mk.addr("Registratura Tribunalul Ilfov", "tbif-registratura@just.ro"),
                        frm_addr="tbif-registratura@just.ro", subject="Fwd: Adresa dosar 2317/93/2026", t=t,
                        cover=mk.text(fwd, charset="utf-8", cte="quoted-printable"),
                        pdfs=[(signed, "adresa 2317-93-2026.pdf")], dkim_domain="just.ro")
    fields = le_fields(kind="court", authority="Tribunalul Ilfov", reference_number="19.882", reference_date="2026-12-03",
                       case_number="2317/93/2026", legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "username", "value": "elena.vintage"},
                                 {"kind": "email", "value": "elena.vintage.shop@gmail.com"}],
                       requested_data=rd, period={"from": "2026-01-01", "to": "2026-06-30"}, response_channel="both")
    accept = {"reference_number": ["19882"], "authority": ["Tribunalul Ilfov – Secția penală"]}
    notes = ("court letter in the trial phase: a bordered case table (dosar/materia/stadiu/termen), exit number "
             "line, a hearing date that is not the letter's date; tribunal's bound seal; judge and clerk "
             "(signatory not scored); forwarded by the court's registry (Gmail-style forward, ASCII text in "
             "UTF-8 QP); e-mail or post (both)")
    return raw, fields, accept, notes, {"dkim": ["just.ro"], "pdf": [{"signer": "seal_tb_if", "whole": True}]}


@item("le_gen", "law_enforcement")
def g_jud_severin_html():
    t = when(2026, 12, 2, 13, 33)
    rd = ["datele de identificare ale utilizatorului",
          "anunțurile publicate în perioada 01.05.2026 – 31.10.2026",
          "evaluările primite de la cumpărători în aceeași perioadă"]
    markup = f"""C|ROMÂNIA
C|JUDECĂTORIA DROBETA-TURNU SEVERIN
C|Secția civilă și penală
K|Dosar nr. 5408/225/2026
K|Nr. 5408/225/2026 din 02.12.2026

K|{OUR_ADDR}

Prin încheierea din 01.12.2026, pronunțată în dosarul nr. 5408/225/2026, având ca obiect infracțiunea de înșelăciune (inculpat Mitroi Gabriel), instanța, în temeiul art. 170 din Codul de procedură penală, a dispus solicitarea de la dumneavoastră a datelor de mai jos, privind utilizatorul „casa_si_gradina_mh”, cu numărul de telefon 0752 118 440:
X|Nr. ¦ Date solicitate
X|1 ¦ {rd[0]}
X|2 ¦ {rd[1]}
X|3 ¦ {rd[2]}
Răspunsul va fi trimis prin poștă, la sediul instanței din Str. Traian nr. 89, Drobeta-Turnu Severin, cu mențiunea numărului de dosar.

S|Judecător,
S|Stoica Lavinia
"""
    pdf, signed = signed_letter(markup, "pers_jdts_stoica", t=t, title="5408/225/2026", family="sans", size=10.5)
    htm = html(p("Bună ziua,", "Vă transmitem alăturat adresa din dosarul nr. 5408/225/2026, semnată electronic de "
                 "judecătorul cauzei.", "Cu stimă,<br>Compartimentul Registratură<br>Judecătoria Drobeta-Turnu Severin"),
               font="Times New Roman, serif")
    raw = mail_pdf_item("g11", frm=mk.addr("Judecătoria Drobeta-Turnu Severin", "jdtseverin@just.ro", "windows-1250"),
                        frm_addr="jdtseverin@just.ro", subject="Comunicare dosar 5408/225/2026", t=t,
                        cover=mk.text(htm, "html", charset="windows-1250", cte="quoted-printable"),
                        pdfs=[(signed, "comunicare_5408_225_2026.pdf")], dkim_domain="just.ro",
                        subject_charset="windows-1250")
    fields = le_fields(kind="court", authority="Judecătoria Drobeta-Turnu Severin", reference_number="5408/225/2026",
                       reference_date="2026-12-02", case_number="5408/225/2026", legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "username", "value": "casa_si_gradina_mh"},
                                 {"kind": "phone", "value": "+40752118440"}],
                       requested_data=rd, period={"from": "2026-05-01", "to": "2026-10-31"},
                       response_channel="courier", signatory="Judecător Stoica Lavinia")
    accept = {"reply_to": ["Str. Traian nr. 89, Drobeta-Turnu Severin"]}
    notes = ("district court in the trial phase, the judge's bound personal certificate; data in a two-column "
             "table; the court numbers its letter with the file number; answer by post (courier); HTML-only "
             "Windows-1250 QP cover with an encoded display name")
    return raw, fields, accept, notes, {"dkim": ["just.ro"], "pdf": [{"signer": "pers_jdts_stoica", "whole": True}]}


@item("le_gen", "law_enforcement")
def g_anaf_antifraud():
    t = when(2026, 12, 1, 10, 4)
    ib1 = mk.ro_iban("INGB", "0000" + "9999" + "04581203")
    ib2 = mk.ro_iban("BACX", "0000" + "0017" + "33058000")
    rd = ["datele de identificare ale titularului contului „lux_parfumuri_tm”",
          "toate tranzacțiile încasate în perioada 01.01.2026 – 30.11.2026, cu data, suma și cumpărătorul",
          "conturile IBAN în care s-au virat sumele încasate",
          "facturile de comision emise către acest utilizator"]
    markup = f"""B|AGENȚIA NAȚIONALĂ DE ADMINISTRARE FISCALĂ
B|DIRECȚIA GENERALĂ ANTIFRAUDĂ FISCALĂ
B|Direcția Regională Antifraudă Fiscală 4 Timișoara
R|Nr. DRAF4/77.219 din 01.12.2026

K|{OUR_ADDR}

Inspectorii antifraudă din cadrul Direcției Regionale Antifraudă Fiscală 4 Timișoara efectuează, în baza ordonanței de delegare emise de Parchetul de pe lângă Tribunalul Arad, acte de cercetare penală în dosarul nr. 655/P/2026, privind infracțiunea de evaziune fiscală.
În temeiul art. 170 din Codul de procedură penală, vă solicităm:
L|1. {rd[0]};
L|2. {rd[1]};
L|3. {rd[2]};
L|4. {rd[3]}.
Sunt vizate în special tranzacțiile nr. 60021456, 60021981 și 60023340, precum și conturile {ib1} și {ib2}, declarate de utilizator pentru încasări.
Vă rugăm să transmiteți răspunsul în format electronic, la adresa draf4.timisoara@anaf.ro.

S|Director executiv,
S|Iordache Sorin
"""
    pdf, signed = signed_letter(markup, "seal_anaf", t=t, title="DRAF4 77219")
    cover = mk.text("Stimate domnule/Stimată doamnă,\n\nAtașat regăsiți adresa nr. DRAF4/77.219 din 01.12.2026 "
                    "(dosar penal nr. 655/P/2026).\n\nCu stimă,\nInspector antifraudă Lazăr Monica\nD.R.A.F. 4 "
                    "Timișoara\n", charset="utf-8", cte="base64")
    raw = mail_pdf_item("g12", frm=mk.addr("Lazăr Monica", "monica.lazar@anaf.ro"), frm_addr="monica.lazar@anaf.ro",
                        subject="Adresa DRAF4/77219", t=t, cover=cover, pdfs=[(signed, "DRAF4_77219.pdf")],
                        dkim_domain="anaf.ro")
    fields = le_fields(kind="other", authority="Direcția Regională Antifraudă Fiscală 4 Timișoara",
                       reference_number="DRAF4/77.219", reference_date="2026-12-01", case_number="655/P/2026",
                       legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "username", "value": "lux_parfumuri_tm"},
                                 {"kind": "iban", "value": ib1.replace(" ", "")},
                                 {"kind": "iban", "value": ib2.replace(" ", "")}],
                       transactions=["60021456", "60021981", "60023340"], requested_data=rd,
                       period={"from": "2026-01-01", "to": "2026-11-30"}, response_channel="electronic",
                       reply_to="draf4.timisoara@anaf.ro", signatory="Director executiv Iordache Sorin")
    accept = {"authority": ["Agenția Națională de Administrare Fiscală", "ANAF", "Direcția Generală Antifraudă Fiscală"],
              "reference_number": ["DRAF4/77219", "77.219", "77219"]}
    notes = ("ANAF anti-fraud inspectors delegated by a prosecutor (kind other); ANAF's bound seal; three "
             "transactions and two IBANs named after the list; UTF-8 base64 cover")
    return raw, fields, accept, notes, {"dkim": ["anaf.ro"], "pdf": [{"signer": "seal_anaf", "whole": True}]}


def _fax_tiff(lines_fn, seed: str, header: str, tsi: str) -> tuple[bytes, str]:
    """A one-page G4 fine fax drawn with the paper kit; returns (tiff bytes, drawn text)."""
    import io
    import inkkit as K
    from PIL.TiffImagePlugin import ImageFileDirectory_v2
    rng = random.Random(seed)
    page = K.Page(K.Style(family="sans", size=11.0), dpi=(204, 196), width_px=1728)
    texts = lines_fn(page, rng, K)
    im = K.fax_page(page.im, rng, header, fine=True)
    ifd = ImageFileDirectory_v2()
    ifd[270] = tsi
    ifd[305] = "Fax gateway 3.2"
    buf = io.BytesIO()
    im.save(buf, "TIFF", compression="group4", tiffinfo=ifd, dpi=(204, 196))
    return buf.getvalue(), "\n".join(texts)


@item("le_gen", "law_enforcement")
def g_gateway_fax():
    t = when(2026, 12, 3, 10, 41)
    rd = ["datele de identificare ale utilizatorului",
          "numărul de telefon și adresa de e-mail confirmate",
          "tranzacțiile din ultimele 3 luni"]

    def draw(pg, rng, K):
        T = []
        def L(s, **kw):
            T.append(s)
            pg.line(s, **kw)
        def P(s, **kw):
            T.append(s)
            pg.para(s, **kw)
        pg.space(6)
        for s in ["ROMÂNIA", "INSPECTORATUL DE POLIȚIE JUDEȚEAN SĂLAJ", "POLIȚIA ORAȘULUI JIBOU",
                  "Compartimentul de Investigații Criminale"]:
            L(s, kind="b")
        pg.space(2)
        L("Nr. 61.208 din 02.12.2026", kind="")
        pg.space(3)
        L("Către OKAZII.RO – Centrul de prevenire a fraudelor, Departamentul Juridic", x=60)
        pg.space(4)
        P("În dosarul penal nr. 1519/P/2026 se efectuează cercetări pentru infracțiunea de înșelăciune, "
          "partea vătămată fiind cumpărătoarea unei drujbe plătite și nelivrate.")
        P("În temeiul art. 170 C.p.p., vă rugăm să ne comunicați, privind utilizatorul „unelte_jibou” "
          "(telefon 0747 210 336), următoarele date:")
        for i, r in enumerate(rd):
            T.append(r)
            pg._item(f"{i + 1}.", r + (";" if i < 2 else "."), None, pg.st.margin_l + 6, 0.6)
        P("Răspunsul va fi transmis la adresa de e-mail jibou@sj.politiaromana.ro sau prin fax la numărul "
          "0260 567 121.")
        pg.space(6)
        pg.sigblock(["Șeful Poliției Orașului Jibou", "Comisar de poliție", "Pop Vasile-Dorin"], name="sig")
        T += ["Șeful Poliției Orașului Jibou", "Comisar de poliție", "Pop Vasile-Dorin"]
        x0, y0, x1, y1 = pg.anchors["sig"]
        st = K.stamp(rng, "double", "INSPECTORATUL DE POLIȚIE JUDEȚEAN SĂLAJ", "ROMÂNIA",
                     center=("POLIȚIA", "ORAȘULUI", "JIBOU"), color="blue", size_mm=36, dpi=(pg.dx, pg.dy), rotate=-14)
        pg.im = K.apply_ink(pg.im, st, *pg.px(x0 - 8, (y0 + y1) / 2))
        sg = K.signature(rng, "coil", "ballpoint_blue", 44, 15, dpi=(pg.dx, pg.dy))
        pg.im = K.apply_ink(pg.im, sg, *pg.px((x0 + x1) / 2 + 4, y1 - 3))
        return T

    tif, drawn = _fax_tiff(draw, "g13", "02/12/2026 16:58  +40 260 567 121  POLITIA JIBOU        P.01/01",
                           "+40 260 567 121")
    gw = mk.text("Fax primit de la +40260567121 la 02.12.2026 16:58, 1 pagina.\nSemnal: 14400 bps, ECM.\n"
                 "Mesaj generat automat de gateway-ul fax OKAZII.\n", charset="us-ascii", cte="7bit")
    body = mk.multipart("mixed", [gw, mk.attachment(tif, "fax_20261202_1658.tif", ctype="image/tiff")], "g13")
    raw = send("g13", frm="Fax OKAZII <fax@faxmail.okazii.ro>", frm_addr="fax@faxmail.okazii.ro", to=[LEGAL],
               subject="Fax primit de la +40260567121 (1 pagina)", t=t, body=body, dkim_domain="faxmail.okazii.ro",
               extra=[("Auto-Submitted", "auto-generated")])
    fields = le_fields(authority="Poliția Orașului Jibou", reference_number="61.208", reference_date="2026-12-02",
                       case_number="1519/P/2026", legal_basis=["art. 170 CPP"],
                       subjects=[{"kind": "username", "value": "unelte_jibou"}, {"kind": "phone", "value": "+40747210336"}],
                       requested_data=rd, response_channel="electronic",
                       signatory="Comisar de poliție Pop Vasile-Dorin")
    accept = {"authority": ["Inspectoratul de Poliție Județean Sălaj", "IPJ Sălaj"], "reference_number": ["61208"],
              "response_channel": ["both"],
              "signatory": ["Șeful Poliției Orașului Jibou Comisar de poliție Pop Vasile-Dorin"]}
    notes = ("a fax of a town police under IPJ Sălaj, mailed by OUR fax-to-e-mail gateway (From @faxmail.okazii.ro, "
             "the [[fax_gateways]] entry, DKIM of faxmail.okazii.ro, number in the subject = IPJ Sălaj's registry "
             "fax +40260567121): paper; the gateway mail carries Auto-Submitted: auto-generated as gateways write it; handwritten signature and double-ring stamp on a G4 TIFF; answer by e-mail "
             "or fax (electronic, both accepted); verified expected with a call-back on a registry number (README: "
             "paper is verified only with its call-back)")
    return raw, fields, accept, notes, {"dkim": ["faxmail.okazii.ro"], "scan_text": drawn, "pdf": []}


# =====================================================================================================
# FORGED OR DEFECTIVE LAW-ENFORCEMENT REQUESTS (one reason each)
# =====================================================================================================

def forged_fields(kind="police", case=None, **kw):
    f = {"authority_kind": kind}
    if case:
        f["case_number"] = case
    f.update(kw)
    return f


@item("le_forged", "law_enforcement")
def f_ee_as_ca():
    t = when(2026, 12, 4, 18, 52)
    markup = f"""B|INSPECTORATUL DE POLIȚIE JUDEȚEAN ARAD
B|POLIȚIA ORAȘULUI LIPOVA
R|Nr. 90.412 din 04.12.2026

K|{OUR_ADDR}

În dosarul penal nr. 2950/P/2026, privind infracțiunea de șantaj, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați, pentru utilizatorii „lipova_imobiliare”, „cristina.b.arad” și „auto.mures.lipova”:
L|1. datele de identificare și de contact;
L|2. adresele IP de autentificare din ultimele 12 luni;
L|3. mesajele private trimise și primite prin platformă.
Răspunsul va fi transmis la adresa politia.lipova@ar.politiaromana.ro.

S|Șeful Poliției Orașului Lipova
S|Comisar de poliție Iancu Sebastian
"""
    pdf, signed = signed_letter(markup, "seal_ar_by_ee", t=t, title="90412")
    cover = mk.text("Buna seara,\n\nVa transmitem adresa nr. 90.412 semnata cu sigiliul electronic al IPJ Arad.\n"
                    "Politia Orasului Lipova\n", charset="us-ascii", cte="7bit")
    raw = mail_pdf_item("f1", frm=mk.addr("Politia Lipova", "politia.lipova@ar.politiaromana.ro"),
                        frm_addr="politia.lipova@ar.politiaromana.ro", subject="Adresa 90412", t=t, cover=cover,
                        pdfs=[(signed, "adresa_90412.pdf")], dkim_domain="ar.politiaromana.ro")
    notes = ("FORGED: compromised IPJ Arad mailbox (valid DKIM); the PDF 'seal' carries IPJ Arad's exact O and "
             "organizationIdentifier but was issued by a private person's END-ENTITY certificate (CA:FALSE, no "
             "keyCertSign) of the trusted CA, used as if it were a CA; a validator that follows names and "
             "signatures without basicConstraints reaches the trusted root")
    return raw, forged_fields(case="2950/P/2026"), {}, notes, {
        "dkim": ["ar.politiaromana.ro"], "pdf": [{"signer": "seal_ar_by_ee", "whole": True, "trusted": False,
                                                  "chain_trusted": False}]}


@item("le_forged", "law_enforcement")
def f_decoy_certificate():
    t = when(2026, 12, 3, 20, 11)
    markup = f"""B|ROMÂNIA
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN VRANCEA
B|Serviciul de Investigare a Criminalității Economice
K|Nr. 88.457/SICE din 03.XII.2026

K|{OUR_ADDR}

Subsemnatul, comisar de poliție Radu Costel-Ionuț, efectuez cercetări în dosarul penal nr. 1311/P/2026. În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru conturile cu ID-urile 50112873, 50112990 și 50234417:
L|a) datele de identificare și documentele de identitate încărcate;
L|b) conturile bancare înregistrate;
L|c) istoricul parolelor și al întrebărilor de securitate.
Răspunsul se va trimite prin e-mail la costel.radu@vn.politiaromana.ro, în termen de 24 de ore.

S|Comisar de poliție
S|Radu Costel-Ionuț
"""
    pdf = mk.letter_pdf(markup, created=t, title="88457 SICE")
    signed = mk.sign_pdf(pdf, "pers_private_nistor", at=t + dt.timedelta(minutes=5), bytes_reserved=20000,
                         reason="Semnătură calificată")
    decoy = mk.cms_decoy_first(signed, "pers_vn_radu")
    cover = mk.text("Buna seara,\n\nUrgent: adresa 88.457/SICE, semnata electronic.\n\nComisar de poliție Radu "
                    "Costel-Ionuț\n", charset="iso-8859-2", cte="8bit")
    raw = mail_pdf_item("f2", frm=mk.addr("Radu Costel-Ionuț", "costel.radu@vn.politiaromana.ro", "iso-8859-2"),
                        frm_addr="costel.radu@vn.politiaromana.ro", subject="Adresa 88457/SICE - urgent", t=t,
                        cover=cover, pdfs=[(decoy, "adresa_88457_SICE.pdf")], dkim_domain="vn.politiaromana.ro")
    notes = ("FORGED: compromised mailbox of the bound Vrancea officer (valid DKIM); the PDF is signed by a "
             "private person's qualified certificate (trusted CA, bound nowhere), and the bound officer's own "
             "certificate is placed FIRST in the signature's CMS certificate set (outside the signed bytes): the "
             "SignerInfo names the private person; a reader that takes the first certificate as the signer binds "
             "it to IPJ Vrancea")
    return raw, forged_fields(case="1311/P/2026", urgent=True), {}, notes, {
        "dkim": ["vn.politiaromana.ro"], "pdf": [{"signer": "pers_private_nistor", "whole": True}],
        "decoy_first": "pers_vn_radu"}


@item("le_forged", "law_enforcement")
def f_orgid_scheme():
    t = when(2026, 12, 2, 7, 45)
    markup = f"""B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN MEHEDINȚI
B|SERVICIUL DE COMBATERE A CRIMINALITĂȚII INFORMATICE
R|Nr. 301.611 din 02.12.2026

K|{OUR_ADDR}

În dosarul penal nr. 2290/P/2026, în baza art. 170 C.p.p., solicităm comunicarea datelor de identificare, a adreselor IP și a istoricului tranzacțiilor pentru utilizatorii cu adresele de e-mail cosmin.dts@gmail.com și ana.florea.mh@yahoo.com.
Răspunsul va fi transmis la adresa sccc@mh.politiaromana.ro.

S|Șef serviciu
S|Comisar de poliție Drăgan Ionel
"""
    pdf, signed = signed_letter(markup, "seal_mh_ntr", t=t, title="301611")
    raw = mail_pdf_item("f3", frm=mk.addr("SCCI Mehedinti", "sccc@mh.politiaromana.ro"), frm_addr="sccc@mh.politiaromana.ro",
                        subject="Adresa 301611", t=t, cover=mk.text("Atasat adresa nr. 301.611.\nSCCC Mehedinti\n",
                                                                    charset="us-ascii", cte="7bit"),
                        pdfs=[(signed, "301611.pdf")], dkim_domain="mh.politiaromana.ro")
    notes = ("FORGED: compromised IPJ Mehedinți mailbox (valid DKIM); seal from the trusted CA with IPJ Mehedinți's "
             "exact O and an organizationIdentifier with the registry's digits under another scheme "
             "(NTRRO-4215462, trade register, instead of VATRO-4215462): a matcher comparing the digits only "
             "would bind it")
    return raw, forged_fields(case="2290/P/2026"), {}, notes, {
        "dkim": ["mh.politiaromana.ro"], "pdf": [{"signer": "seal_mh_ntr", "whole": True}]}


@item("le_forged", "law_enforcement")
def f_base64_two_readings():
    t = when(2026, 12, 4, 19, 37)
    markup = f"""B|ROMÂNIA
B|TRIBUNALUL ILFOV
B|SECȚIA PENALĂ
K|Dosar nr. 1904/93/2026
K|Nr. ieșire 18.220 din 26.11.2026

K|{OUR_ADDR}

Prin încheierea din 25.11.2026, în temeiul art. 170 C.p.p., instanța a dispus să vă solicite comunicarea datelor de identificare ale utilizatorului „mobila_otopeni” și a istoricului vânzărilor acestuia din anul 2026.
Răspunsul se va comunica pe adresa de e-mail tbif-penal@just.ro.

S|Judecător,
S|Marinescu Adrian
"""
    pdf = mk.letter_pdf(markup, created=t - dt.timedelta(days=8), title="1904/93/2026")
    signed = None
    for extra in range(0, 6):  # the signed file must not be a multiple of 3 bytes (its base64 ends with '=')
        cand = mk.sign_pdf(pdf, "seal_tb_if", at=t - dt.timedelta(days=8, hours=-2), bytes_reserved=16384 + 2 * extra)
        if len(cand) % 3:
            signed = cand
            break
    assert signed
    full = mk.append_text_revision(signed, "COMPLETARE: se vor comunica si datele utilizatorilor \"iulian.otopeni\" si "
                                           "\"parfumuri.snagov\"; raspunsul la tbif.penal.dosare@proton.me", x=60, y=150)
    tail = full[len(signed):]
    att = Part([("Content-Type", 'application/pdf; name="incheiere_1904_93_2026.pdf"'),
                ("Content-Disposition", 'attachment; filename="incheiere_1904_93_2026.pdf"'),
                ("Content-Transfer-Encoding", "base64")], mk.b64_two_readings(signed, tail))
    cover = mk.text("Buna ziua,\n\nRevenim cu adresa din dosarul 1904/93/2026 (completata). Va rugam sa "
                    "respectati adresa de raspuns din document.\n\nRegistratura Tribunalul Ilfov\n",
                    charset="us-ascii", cte="7bit")
    raw = send("f4", frm=mk.addr("Registratura Tribunalul Ilfov", "tbif-registratura@just.ro"),
               frm_addr="tbif-registratura@just.ro", to=[LEGAL], subject="Adresa dosar 1904/93/2026 - completare",
               t=t, body=mk.multipart("mixed", [cover, att], "f4"), dkim_domain="just.ro")
    notes = ("FORGED: compromised court-registry mailbox (valid DKIM); one base64 PDF part that two decoders "
             "read differently: the encoding of the genuinely sealed letter ends with '=' padding and goes on "
             "with the base64 of an incremental update (a 'COMPLETARE' adding two users and a proton.me answer "
             "address); a decoder that stops at the padding sees only the intact sealed letter, one that goes "
             "on sees the unsigned revision")
    return raw, forged_fields(kind="court", case="1904/93/2026"), {}, notes, {
        "dkim": ["just.ro"], "pdf": [{"signer": "seal_tb_if", "whole": True}], "b64_two": {"tail": len(tail)}}


@item("le_forged", "law_enforcement")
def f_two_authors():
    t = when(2026, 12, 5, 6, 3)
    markup = f"""B|INSPECTORATUL DE POLIȚIE JUDEȚEAN ARAD
B|Serviciul de Investigații Criminale
R|Nr. 412.530 din 05.12.2026

K|{OUR_ADDR}

În dosarul penal nr. 3402/P/2026, conform art. 170 C.p.p., vă solicităm de urgență datele de identificare, adresele IP și tranzacțiile utilizatorilor „arad_electro” și „deea.shop.ro”. Răspunsul se va transmite la adresa dosare@arad-ipj.eu, unde funcționează temporar secretariatul serviciului.

S|Șef serviciu, Comisar-șef de poliție Sima Valentin
K|(semnat și ștampilat în original)
"""
    pdf = mk.letter_pdf(markup, created=t, title="412530")
    cover = mk.text("Buna dimineata,\n\nVa transmitem adresa urgenta nr. 412.530. Originalul semnat urmeaza prin "
                    "posta.\n\nSIC - IPJ Arad\n", charset="us-ascii", cte="7bit")
    frm = 'IPJ Arad - SIC <sic@ar.politiaromana.ro>, Secretariat <dosare@arad-ipj.eu>'
    raw = mail_pdf_item("f5", frm=frm, frm_addr="dosare@arad-ipj.eu", subject="URGENT adresa 412530", t=t,
                        cover=cover, pdfs=[(pdf, "adresa_412530.pdf")], dkim_domain="arad-ipj.eu",
                        helo="mx.arad-ipj.eu", extra=[("Sender", "Secretariat <dosare@arad-ipj.eu>")])
    notes = ("FORGED: one From header with TWO authors, the listed IPJ Arad address first and the attacker's "
             "look-alike domain second, with Sender: the attacker; DKIM and SPF pass for arad-ipj.eu only; "
             "unsigned PDF, urgent, answer to the look-alike domain")
    return raw, forged_fields(case="3402/P/2026", urgent=True), {}, notes, {"dkim": ["arad-ipj.eu"], "pdf": []}


@item("le_forged", "law_enforcement")
def f_sha1_seal():
    t = when(2026, 12, 2, 12, 12)
    rd = ["datele de identificare ale titularului", "adresele IP de autentificare din noiembrie 2026"]
    markup = f"""B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
B|Direcția de Investigații Criminale
R|Nr. 5.118.204 din 02.12.2026

K|{OUR_ADDR}

În dosarul penal nr. 77/P/2026 al Parchetului de pe lângă Tribunalul Ilfov, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați, pentru utilizatorul „rares_gamer07”:
L|1. {rd[0]};
L|2. {rd[1]}.
Răspunsul se va transmite la dic@politiaromana.ro.

S|Director adjunct
S|Chestor de poliție Olteanu Mircea
"""
    pdf, signed = signed_letter(markup, "seal_igpr", t=t, title="5118204", md="sha1")
    raw = mail_pdf_item("f6", frm=mk.addr("IGPR - DIC", "dic@politiaromana.ro"), frm_addr="dic@politiaromana.ro",
                        subject="Adresa 5118204", t=t,
                        cover=mk.text("Bună ziua,\n\nVă transmitem adresa nr. 5.118.204/02.12.2026.\n\nIGPR - DIC\n"),
                        pdfs=[(signed, "5118204.pdf")], dkim_domain="politiaromana.ro")
    notes = ("DEFECTIVE: a genuine IGPR channel, letter and bound seal, but the PDF signature's message digest is "
             "SHA-1 (a signature algorithm no longer acceptable for new qualified signatures; pyHanko's default "
             "policy does not trust it); expected not verified (incomplete or suspicious), a signed copy with "
             "SHA-256 to be asked for")
    return raw, forged_fields(case="77/P/2026"), {}, notes, {
        "dkim": ["politiaromana.ro"], "pdf": [{"signer": "seal_igpr", "whole": True, "trusted": False}], "md": "sha1"}


@item("le_forged", "law_enforcement")
def f_antivirus_footer():
    t = when(2026, 12, 3, 11, 20)
    markup = f"""B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
B|Direcția Combaterea Criminalității Transfrontaliere
R|Nr. 4.402.118 din 03.12.2026

K|{OUR_ADDR}

În dosarul penal nr. 530/P/2026, privind infracțiunea de trafic de migranți, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare, numerele de telefon și adresele IP asociate utilizatorului „transport_persoane_eu”, precum și anunțurile publicate de acesta în 2026.
Răspunsul va fi transmis la adresa dcct@politiadefrontiera.ro.

S|Director
S|Comisar-șef de poliție Stan Laurențiu
"""
    pdf, signed = signed_letter(markup, "seal_igpf", t=t, title="4402118")
    cover = mk.text("Bună ziua,\n\nAtașat adresa I.G.P.F. nr. 4.402.118 din 03.12.2026.\n\nCu stimă,\nD.C.C.T.\n",
                    charset="utf-8", cte="8bit")
    body = mk.multipart("mixed", [cover, mk.attachment(signed, "IGPF_4402118.pdf")], "f7")
    msg = mk.build(seed="f7", frm=mk.addr("IGPF - DCCT", "dcct@politiaromana.ro".replace("politiaromana", "politiadefrontiera")),
                   to=[LEGAL], subject="Adresa IGPF 4402118", date=t, message_id=mid("f7", "politiadefrontiera.ro"),
                   body=body)
    sig = mk.dkim_sign(msg, "politiadefrontiera.ro", t)
    # the sender's outbound antivirus gateway appends its banner to the text part AFTER the DKIM signature
    banner = ("\r\n-- \r\nAcest mesaj a fost verificat de ESET Mail Security pentru Linux.\r\n"
              "Mesaj fara virusi. www.eset.com\r\n")
    cut = msg.index(b"D.C.C.T.\r\n") + len(b"D.C.C.T.\r\n")
    msg2 = msg[:cut] + banner.encode() + msg[cut:]
    raw = mk.deliver(msg2, helo="mail.politiadefrontiera.ro", ip=ip_of("politiadefrontiera.ro"),
                     t=t + dt.timedelta(seconds=9), rcpt=LEGAL, mail_from="dcct@politiadefrontiera.ro",
                     dkim_header=sig, seed="f7")
    notes = ("DEFECTIVE: a genuine IGPF letter with IGPF's bound seal, but the sender's own antivirus gateway "
             "appended its banner to the text part after DKIM signed it: the body hash fails (DKIM fail, DMARC "
             "p=reject fails; SPF cannot be judged on a file); expected not verified (mail not authenticated)")
    return raw, forged_fields(case="530/P/2026"), {}, notes, {
        "dkim": [], "pdf": [{"signer": "seal_igpf", "whole": True}]}


@item("le_forged", "law_enforcement")
def f_unlisted_sibling_prosecutor():
    t = when(2026, 12, 2, 15, 47)
    markup = f"""C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL VRANCEA
K|Nr. 1.096/II/5/2026
K|Focșani, 02.12.2026

K|{OUR_ADDR}

În dosarul penal nr. 309/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorul „focsani_gold” (telefon 0721 608 442):
L|1. datele de identificare ale titularului contului;
L|2. tranzacțiile efectuate în 2026;
L|3. adresele IP de conectare din ultimele 6 luni.
Răspunsul va fi transmis la adresa ptvrancea@mpublic.ro.

S|Procuror șef secție,
S|Ghiță Andreea
"""
    pdf, signed = signed_letter(markup, "seal_ptvn_unlisted", t=t, title="1096/II/5/2026")
    raw = mail_pdf_item("f8", frm=mk.addr("Parchetul Tribunalul Vrancea", "ptvrancea@mpublic.ro"),
                        frm_addr="ptvrancea@mpublic.ro", subject="Adresa 1096/II/5/2026", t=t,
                        cover=mk.text("Bună ziua,\n\nVă transmitem adresa nr. 1.096/II/5/2026, semnată cu sigiliul "
                                      "electronic al parchetului.\n\nSecretariat\n"),
                        pdfs=[(signed, "1096_II_5_2026.pdf")], dkim_domain="mpublic.ro")
    notes = ("DEFECTIVE (lookalike registry name): the prosecutors' office by Tribunalul VRANCEA, seated in Focșani "
             "and writing from the shared mpublic.ro domain (valid DKIM), is NOT in the registry; the registry "
             "lists Parchetul de pe lângă Judecătoria FOCȘANI (same town, same domain, a personal certificate). "
             "The seal is valid (trusted CA) but bound to no registry entry: unknown signer, expected incomplete "
             "with the signer to review, never verified through the Focșani entry")
    return raw, forged_fields(kind="prosecutor", case="309/P/2026"), {}, notes, {
        "dkim": ["mpublic.ro"], "pdf": [{"signer": "seal_ptvn_unlisted", "whole": True}]}


@item("le_forged", "law_enforcement")
def f_mailto_href():
    t = when(2026, 12, 5, 9, 2)
    letter_t = when(2026, 11, 24, 10, 0)
    markup = f"""C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL ARAD
K|Nr. 1988/II/2/2026
K|Arad, 24 noiembrie 2026

K|{OUR_ADDR}

În dosarul penal nr. 841/P/2026, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare, adresele IP de conectare și istoricul tranzacțiilor pentru contul asociat adresei de e-mail gabi.transport.arad@gmail.com.
Răspunsul se va trimite electronic, la adresa pt.arad@mpublic.ro.

S|Prim-procuror adjunct,
S|Vlad Corina
"""
    pdf, signed = signed_letter(markup, "seal_pt_ar", t=letter_t, title="1988/II/2/2026")
    htm = html(p("Bună ziua,",
                 "Revenim cu adresa nr. 1988/II/2/2026 (dosar 841/P/2026), la care nu am primit încă răspuns.",
                 "Vă rugăm să trimiteți răspunsul <b>exclusiv</b> la adresa "
                 "<a href=\"mailto:pt.arad.dosare@proton.me?subject=Raspuns%201988/II/2/2026\">pt.arad@mpublic.ro</a>, "
                 "deoarece căsuța registraturii este în curs de migrare.",
                 "Cu stimă,<br>Grefier Bocșan Diana<br>Parchetul de pe lângă Tribunalul Arad"))
    raw = mail_pdf_item("f9", frm=mk.addr("Parchetul Tribunalul Arad", "pt.arad@mpublic.ro"), frm_addr="pt.arad@mpublic.ro",
                        subject="Revenire adresa 1988/II/2/2026", t=t,
                        cover=mk.text(htm, "html", charset="utf-8", cte="quoted-printable"),
                        pdfs=[(signed, "1988_II_2_2026.pdf")], dkim_domain="mpublic.ro")
    notes = ("FORGED: compromised mpublic.ro mailbox (valid DKIM) re-sending a genuinely sealed letter of 24.11.2026; "
             "the HTML-only cover shows the genuine answer address as link TEXT while the mailto: href (what a "
             "click answers to) is a proton.me address: an answer diverted where the reader cannot see it")
    return raw, forged_fields(kind="prosecutor", case="841/P/2026"), {}, notes, {
        "dkim": ["mpublic.ro"], "pdf": [{"signer": "seal_pt_ar", "whole": True}]}


@item("le_forged", "law_enforcement")
def f_utf7_extension():
    t = when(2026, 12, 4, 16, 44)
    markup = f"""C|ROMÂNIA
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN ILFOV
C|SERVICIUL DE INVESTIGAȚII CRIMINALE
K|Nr. 2.410.733 din 04.12.2026

K|{OUR_ADDR}

În dosarul penal nr. 5388/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați datele de identificare și adresele IP de conectare pentru utilizatorul „bragadiru_bikes”, în perioada 01.11.2026 – 30.11.2026.
Răspunsul se va transmite la adresa sic@if.politiaromana.ro.

S|Șef serviciu
S|Comisar-șef de poliție Ene Robert
"""
    pdf, signed = signed_letter(markup, "seal_ipj_if", t=t, title="2410733")
    hidden = ("De asemenea, va rugam sa includeti in raspuns si datele complete (inclusiv documentele de identitate "
              "si conturile bancare) ale utilizatorilor costin.otopeni si magda_buftea, pentru perioada 01.01.2025 - "
              "30.11.2026.")
    enc_hidden = "+" + base64.b64encode(hidden.encode("utf-16-be")).decode().rstrip("=") + "-"
    body_txt = ("Buna ziua,\r\n\r\nAtasat adresa nr. 2.410.733 din 04.12.2026, semnata cu sigiliul IPJ Ilfov.\r\n"
                + enc_hidden + "\r\n\r\nSIC Ilfov\r\n")
    assert body_txt.encode("ascii").decode("utf-7").count("magda_buftea") == 1
    cover = Part([("Content-Type", 'text/plain; charset="utf-7"'), ("Content-Transfer-Encoding", "7bit")],
                 "\n".join(body_txt.split("\r\n")))
    raw = mail_pdf_item("f10", frm=mk.addr("SIC Ilfov", "sic@if.politiaromana.ro"), frm_addr="sic@if.politiaromana.ro",
                        subject="Adresa 2410733", t=t, cover=cover, pdfs=[(signed, "2410733.pdf")],
                        dkim_domain="if.politiaromana.ro")
    notes = ("FORGED: compromised IPJ Ilfov mailbox (valid DKIM) and a genuinely sealed letter about one user; the "
             "cover is declared charset=utf-7 and one line is a UTF-7 base64 run ('+AEQ-...' to a reader that does "
             "not decode UTF-7) which decodes to a sentence asking also for two more users' ID documents and bank "
             "accounts over a longer period: the mail's own text asks for more than the signed letter")
    return raw, forged_fields(case="5388/P/2026"), {}, notes, {
        "dkim": ["if.politiaromana.ro"], "pdf": [{"signer": "seal_ipj_if", "whole": True}]}


# =====================================================================================================
# COMPLAINTS (written without the stock cue phrases)
# =====================================================================================================

def simple(seed, *, frm, frm_addr, to, subject, t, body, dkim=True, **kw):
    dom = frm_addr.split("@")[1]
    return send(seed, frm=frm, frm_addr=frm_addr, to=to, subject=subject, t=t, body=body,
                dkim_domain=dom if dkim and dom in mk.IDENT["dns"] else None, **kw)


@item("complaint", "complaint")
def c_ps5_wrong_town():
    t = when(2026, 12, 3, 22, 41)
    txt = ("buna seara\n\nam cumparat o consola ps5 de la userul gamezone_deals pe 24 noiembrie, comanda 71220954, "
           "am dat 2.150 lei prin transfer cum mi-a zis el\nmi-a trimis un awb de la curier si in tracking scrie "
           "livrat dar la o adresa din Bacau, eu stau in Pitesti!!\nl-am sunat de 6 ori, acum telefonul e inchis si "
           "anuntul a disparut\nce pot face? vreau banii inapoi\n\nMarius Ene\n0745 221 906\n")
    raw = simple("c1", frm=mk.addr("marius ene", "marius.ene.pitesti@gmail.com"), frm_addr="marius.ene.pitesti@gmail.com",
                 to=[SUPPORT], subject="comanda 71220954 ps5", t=t,
                 body=mk.text(txt, charset="utf-8", cte="7bit"))
    f = {"complainant": "Marius Ene", "transaction_id": "71220954", "counterparty": "gamezone_deals",
         "amount": {"value": "2150.00", "currency": "RON"}, "issue": "not_delivered",
         "contact": {"email": "marius.ene.pitesti@gmail.com", "phone": "+40745221906"}}
    return raw, f, {"issue": ["fraud_suspected"]}, ("buyer paid by bank transfer; tracking says delivered in "
                                                      "another town; seller unreachable; lowercase, no diacritics"), {}


@item("complaint", "complaint")
def c_fake_transfer_receipt():
    t = when(2026, 12, 2, 9, 58)
    txt = ("Bună ziua,\n\nSuntem SC Mobila Dunărea SRL, vânzător pe platformă din 2019. Pe 28.11.2026 am expediat "
           "o canapea extensibilă (comanda nr. 70998812, 3.480,00 lei) către cumpărătorul „alin.constructii”, după ce "
           "acesta ne-a trimis pe e-mail o dovadă de plată prin ordin de plată.\nBanca ne confirmă astăzi că suma nu "
           "a intrat niciodată, iar documentul primit este un fals. Cumpărătorul a blocat numărul nostru.\n"
           "Vă rugăm să suspendați contul acestuia și să ne spuneți ce acte vă trebuie ca să recuperăm marfa; am "
           "depus deja plângere la Poliția Municipiului Galați.\n\nCu stimă,\nIulia Stanciu\nadministrator\n"
           "SC Mobila Dunărea SRL\nTel. 0236 412 877\n")
    raw = simple("c2", frm=mk.addr("Mobila Dunărea", "office@mobila-dunarea.ro", "windows-1250"),
                 frm_addr="office@mobila-dunarea.ro", to=[SECURITY], subject="Plata falsa comanda 70998812", t=t,
                 body=mk.text(txt, charset="windows-1250", cte="quoted-printable"))
    f = {"transaction_id": "70998812", "counterparty": "alin.constructii",
         "amount": {"value": "3480.00", "currency": "RON"}, "issue": "fraud_suspected",
         "contact": {"email": "office@mobila-dunarea.ro"}}
    return raw, f, {}, "seller company deceived by a forged payment order; Windows-1250 QP, cedilla letters", {}


@item("complaint", "complaint")
def c_english_revolut():
    t = when(2026, 12, 4, 8, 16)
    txt = ("Hello,\n\nI am writing from Dublin. I wanted to buy a vintage Omega watch listed by the user "
           "ceasuri_retro_bv (listing 88120345). The seller told me that international orders cannot go through "
           "your checkout and asked me to pay EUR 340 to a Revolut account. I paid on 29 November and since then "
           "he has blocked me on WhatsApp and the listing is gone.\n\nI understand this was outside your platform, "
           "but I would like you to check this account so that other people are not cheated. I can send the "
           "payment confirmation.\n\nKind regards,\nSeán Gallagher\n+353 87 214 9930\n")
    raw = simple("c3", frm=mk.addr("Sean Gallagher", "sean.gallagher.ie@outlook.com"),
                 frm_addr="sean.gallagher.ie@outlook.com", to=[SUPPORT], subject="Seller took my money outside the site",
                 t=t, body=mk.text(txt, charset="utf-8", cte="quoted-printable"))
    f = {"complainant": "Seán Gallagher", "counterparty": "ceasuri_retro_bv", "amount": {"value": "340.00", "currency": "EUR"},
         "issue": "fraud_suspected", "contact": {"email": "sean.gallagher.ie@outlook.com", "phone": "+353872149930"}}
    return raw, f, {"complainant": ["Sean Gallagher"]}, ("English buyer paid off-platform (EUR); the listing number "
                                                         "is not a transaction (transaction_id not scored)"), {}


@item("complaint", "complaint")
def c_son_for_mother_html():
    t = when(2026, 12, 1, 19, 9)
    htm = html(p("Bună seara,",
                 "Scriu în numele mamei mele, doamna Elisabeta Crăciun (cont: eli.craciun52), care pe 19 noiembrie a "
                 "comandat un aparat de aer condiționat de la vânzătorul <b>clima_expert_ro</b>, comanda nr. 70877341, "
                 "1.299 lei, plătit cu cardul prin site, cu Garanția de Livrare.",
                 "Au trecut 12 zile. Aparatul nu a ajuns, iar vânzătorul nu a mai dat niciun semn: nu preia apelurile "
                 "și nu citește mesajele de pe platformă.",
                 "Vă rog să îi returnați banii mamei prin Garanția de Livrare. Mama are 74 de ani și nu folosește "
                 "e-mailul, de aceea vă scriu eu.",
                 "Mulțumesc,<br>Victor Crăciun<br>0722 910 455"), font="Georgia, serif")
    raw = simple("c4", frm=mk.addr("Victor Crăciun", "victor.craciun@yahoo.com", "iso-8859-2"),
                 frm_addr="victor.craciun@yahoo.com", to=[SECURITY], subject="Comanda 70877341 - aer conditionat",
                 t=t, body=mk.text(htm.replace('charset=utf-8', 'charset=iso-8859-2'), "html", charset="iso-8859-2",
                                   cte="quoted-printable"))
    f = {"transaction_id": "70877341", "counterparty": "clima_expert_ro", "amount": {"value": "1299.00", "currency": "RON"},
         "delivery_guarantee": True, "contact": {"email": "victor.craciun@yahoo.com", "phone": "+40722910455"}}
    return raw, f, {"complainant": ["Elisabeta Crăciun", "eli.craciun52", "Victor Crăciun"],
                    "issue": ["not_delivered", "no_answer"]}, ("son writes for his mother; Delivery Guarantee named; "
                                                                "HTML-only ISO-8859-2; issue ambiguous (accept both)"), {}


@item("complaint", "complaint")
def c_followup_thread():
    t = when(2026, 12, 5, 11, 30)
    txt = ("Buna ziua,\n\nRevin la mesajul inregistrat la dvs. cu nr. REG-2026-004391. Am aflat intre timp ca AWB-ul "
           "8800412291 trimis de vanzatorul tehno.outlet.iasi nu exista in sistemul curierului (am sunat la ei), deci "
           "coletul nici nu a plecat. Comanda era 71003315, 640 lei.\nAtasez captura de ecran cu conversatia.\n\n"
           "Radu Mihăilescu\n\n"
           "On Mon, 30 Nov 2026 at 18:02, Suport Okazii <suport@okazii.ro> wrote:\n"
           "> Buna ziua,\n> Am primit mesajul dumneavoastra si l-am inregistrat cu numarul REG-2026-004391.\n"
           "> Colegii de la Departamentul de Securitate va vor contacta.\n")
    png = mk.pdf_page_png(mk.letter_pdf("K|tehno.outlet.iasi: coletul a plecat, AWB 8800412291\nK|eu: unde e?\n",
                                        created=t), scale=0.6)
    body = mk.multipart("mixed", [mk.text(txt, charset="utf-8", cte="8bit"),
                                  mk.attachment(png, "conversatie.png", ctype="image/png")], "c5")
    raw = simple("c5", frm=mk.addr("Radu Mihăilescu", "radu.mihailescu88@gmail.com"), frm_addr="radu.mihailescu88@gmail.com",
                 to=[SUPPORT], subject="Re: [REG-2026-004391] Am primit mesajul dumneavoastra", t=t, body=body,
                 extra=[("In-Reply-To", "<ack-REG-2026-004391@okazii.ro>"),
                        ("References", "<ack-REG-2026-004391@okazii.ro>")])
    f = {"complainant": "Radu Mihăilescu", "transaction_id": "71003315", "counterparty": "tehno.outlet.iasi",
         "amount": {"value": "640.00", "currency": "RON"}, "contact": {"email": "radu.mihailescu88@gmail.com"}}
    return raw, f, {"issue": ["not_delivered", "fraud_suspected"]}, ("follow-up in our thread (REG number, "
                                                                      "In-Reply-To our ack), fake AWB, a PNG screenshot"), {}


@item("complaint", "complaint")
def c_account_takeover():
    t = when(2026, 12, 2, 6, 55)
    txt = ("Bună dimineața,\n\nAzi-noapte cineva a intrat în contul meu (utilizator: ana_handmade_cluj), a schimbat "
           "numărul de telefon și a publicat 14 anunțuri cu telefoane iPhone la prețuri foarte mici. Cel puțin doi "
           "oameni mi-au scris deja că au plătit avans. Eu nu vând telefoane, fac bijuterii lucrate manual!\n"
           "Vă rog să blocați urgent anunțurile și să-mi dați contul înapoi. Nu mai pot intra, parola a fost "
           "schimbată.\n\nAna Pop\nana.pop.handmade@gmail.com\n")
    raw = simple("c6", frm=mk.addr("Ana Pop", "ana.pop.handmade@gmail.com"), frm_addr="ana.pop.handmade@gmail.com",
                 to=[SECURITY], subject="Cont spart - anunturi false pe numele meu", t=t,
                 body=mk.text(txt, charset="utf-8", cte="base64"))
    f = {"complainant": "Ana Pop", "transaction_id": None, "issue": "fraud_suspected",
         "contact": {"email": "ana.pop.handmade@gmail.com"}}
    return raw, f, {"complainant": ["ana_handmade_cluj"]}, ("account takeover: fake listings in the owner's name; "
                                                            "no order number (transaction_id null)"), {}


# =====================================================================================================
# MEDIATIONS
# =====================================================================================================

@item("mediation", "mediation")
def m_battery_health():
    t = when(2026, 12, 2, 14, 3)
    txt = ("Bună ziua,\n\nAm cumpărat un iPhone 13 de la utilizatorul phone_corner_tm (comanda 71140022, 2.100 lei). "
           "În anunț scria „baterie 95%”, iar telefonul primit arată în setări 71%, iar după o zi de folosire se "
           "descarcă până la prânz.\nNu vreau să-l trimit înapoi, îmi place în rest. Vânzătorului i-am propus să-mi "
           "dea înapoi 300 de lei din preț, ca să pot schimba bateria, dar zice că „așa l-a primit”.\n"
           "Puteți interveni voi între noi? Am poze cu setările și cu anunțul.\n\nMulțumesc,\nBogdan Ilie\n")
    raw = simple("m1", frm=mk.addr("Bogdan Ilie", "bogdan.ilie.tm@gmail.com"), frm_addr="bogdan.ilie.tm@gmail.com",
                 to=[SUPPORT], subject="iPhone cu baterie mai slaba decat in anunt", t=t,
                 body=mk.text(txt, charset="utf-8", cte="quoted-printable"))
    f = {"complainant": "Bogdan Ilie", "transaction_id": "71140022", "counterparty": "phone_corner_tm",
         "amount": {"value": "2100.00", "currency": "RON"}, "issue": "not_as_described",
         "contact": {"email": "bogdan.ilie.tm@gmail.com"}}
    return raw, f, {}, "battery 71% instead of 95%; the buyer proposes 300 lei back and keeps the phone", {}


@item("mediation", "mediation")
def m_seller_other_item_returned():
    t = when(2026, 12, 3, 17, 26)
    txt = ("Buna ziua,\n\nVand unelte pe Okazii ca persoana fizica (cont: scule_ardeal). Cumparatorul 'marcel_d_77' a "
           "returnat in termenul de 14 zile bormasina Bosch din comanda 70955108 (489 lei), dar in cutie era o "
           "bormasina veche, alt model, cu carcasa crapata. Seria nu corespunde cu cea din factura mea.\n"
           "Nu ii dau banii pana nu se lamureste. As vrea ca cineva de la voi sa ne asculte pe amandoi si sa decida: "
           "eu propun sa-mi trimita bormasina buna si ii dau banii integral.\n\nOvidiu Kovacs\n0744 902 117\n")
    raw = simple("m2", frm=mk.addr("Ovidiu Kovacs", "ovidiu.kovacs@yahoo.com"), frm_addr="ovidiu.kovacs@yahoo.com",
                 to=[SUPPORT], subject="Retur cu alt produs in cutie - comanda 70955108", t=t,
                 body=mk.text(txt, charset="us-ascii", cte="7bit"))
    f = {"complainant": "Ovidiu Kovacs", "transaction_id": "70955108", "counterparty": "marcel_d_77",
         "amount": {"value": "489.00", "currency": "RON"}, "contact": {"email": "ovidiu.kovacs@yahoo.com",
                                                                       "phone": "+40744902117"}}
    return raw, f, {"complainant": ["scule_ardeal"]}, ("the SELLER asks for a decision: the return came with "
                                                       "another, broken drill; issue not scored"), {}


@item("mediation", "mediation")
def m_glass_table_cracked():
    t = when(2026, 12, 4, 12, 40)
    plain = ("Buna ziua,\n\nMasa de sticla comandata de la casa_deco_bucuresti (nr. comanda 71188430, 760 lei) a venit "
             "cu blatul crapat pe colt. Curierul a plecat inainte sa apuc sa deschid coletul.\nVanzatorul spune ca e "
             "vina curierului, curierul spune ca e a vanzatorului. Eu vreau fie alt blat, fie banii inapoi, nu ma "
             "intereseaza cine plateste.\n\nLaura Dinu\n")
    htm = html(p("Buna ziua,", "Masa de sticla comandata de la <b>casa_deco_bucuresti</b> (nr. comanda 71188430, 760 lei) "
                 "a venit cu blatul crapat pe colt. Curierul a plecat inainte sa apuc sa deschid coletul.",
                 "Vanzatorul spune ca e vina curierului, curierul spune ca e a vanzatorului. Eu vreau fie alt blat, fie "
                 "banii inapoi, nu ma intereseaza cine plateste.", "Laura Dinu"))
    raw = simple("m3", frm=mk.addr("Laura Dinu", "laura.dinu@outlook.com"), frm_addr="laura.dinu@outlook.com",
                 to=[SUPPORT], subject="Masa sosita sparta", t=t,
                 body=mk.multipart("alternative", [mk.text(plain), mk.text(htm, "html")], "m3"))
    f = {"complainant": "Laura Dinu", "transaction_id": "71188430", "counterparty": "casa_deco_bucuresti",
         "amount": {"value": "760.00", "currency": "RON"}, "issue": "damaged",
         "contact": {"email": "laura.dinu@outlook.com"}}
    return raw, f, {"proposed_resolution": ["fie alt blat, fie banii inapoi"]}, "damaged in transit; multipart/alternative", {}


@item("mediation", "mediation")
def m_english_shoes_return():
    t = when(2026, 12, 1, 21, 15)
    txt = ("Hi,\n\nI bought running shoes size 44 from the seller sport_outlet_cj (order 71055672, 415 RON). The box "
           "says 44 but they are clearly a 42 inside, I cannot wear them. I asked to return them within the 14 days "
           "and the seller refuses, saying the box shows the right size.\nI would accept either the correct size or "
           "a full refund after I send them back. Can you help us settle this?\n\nThanks,\nTomasz Nowak\n")
    raw = simple("m4", frm=mk.addr("Tomasz Nowak", "tomasz.nowak.pl@gmail.com"), frm_addr="tomasz.nowak.pl@gmail.com",
                 to=[SUPPORT], subject="Return refused - order 71055672", t=t,
                 body=mk.text(txt, charset="us-ascii", cte="7bit"))
    f = {"complainant": "Tomasz Nowak", "transaction_id": "71055672", "counterparty": "sport_outlet_cj",
         "amount": {"value": "415.00", "currency": "RON"}, "contact": {"email": "tomasz.nowak.pl@gmail.com"}}
    return raw, f, {"issue": ["return_refused", "wrong_item"]}, "English; wrong size inside the box and return refused", {}


@item("mediation", "mediation")
def m_sofa_colour_html():
    t = when(2026, 12, 3, 8, 50)
    htm = html(p("Bună ziua,",
                 "Canapeaua cumpărată de la <i>living_style_ploiesti</i> (comanda 70901187, 2.890,00 lei) a sosit în "
                 "culoarea gri-antracit, deși în anunț și în fotografii era bej deschis. Nu se potrivește deloc în "
                 "sufragerie.",
                 "Vânzătorul acceptă să o ia înapoi doar dacă plătesc eu transportul (350 lei). Propun să o returnez, "
                 "dar cu transportul suportat de vânzător, fiindcă greșeala e a lui.",
                 "Cu respect,<br>Cornelia Tănase<br>tel. 0766 531 208"), font="Arial")
    raw = simple("m5", frm=mk.addr("Cornelia Tănase", "cornelia.tanase@yahoo.com", "windows-1250"),
                 frm_addr="cornelia.tanase@yahoo.com", to=[SUPPORT], subject="Canapea de alta culoare",
                 t=t, body=mk.text(htm.replace("charset=utf-8", "charset=windows-1250"), "html",
                                   charset="windows-1250", cte="base64"))
    f = {"complainant": "Cornelia Tănase", "transaction_id": "70901187", "counterparty": "living_style_ploiesti",
         "amount": {"value": "2890.00", "currency": "RON"}, "issue": "not_as_described",
         "contact": {"email": "cornelia.tanase@yahoo.com", "phone": "+40766531208"}}
    return raw, f, {}, "colour differs from the listing; return with the seller paying transport; HTML-only Windows-1250 base64", {}


# =====================================================================================================
# SUPPORT
# =====================================================================================================

@item("support", "support")
def s_payout_iban():
    t = when(2026, 12, 2, 10, 12)
    txt = ("Bună ziua,\n\nAm închis contul de la bancă pe care primeam banii din vânzări și am deschis unul nou la altă "
           "bancă. De unde schimb contul în care îmi virați încasările? În pagina de setări văd doar adresa de "
           "livrare.\n\nMulțumesc,\nGeorgiana Matei (cont: gina_carti_vechi)\n")
    raw = simple("s1", frm=mk.addr("Georgiana Matei", "georgiana.matei@gmail.com"), frm_addr="georgiana.matei@gmail.com",
                 to=[SUPPORT], subject="Schimbare cont pentru încasări", t=t, body=mk.text(txt))
    return raw, {"contact": {"email": "georgiana.matei@gmail.com"}}, {}, "how to change the payout bank account", {}


@item("support", "support")
def s_ship_ireland():
    t = when(2026, 12, 4, 15, 31)
    txt = ("Hi there,\n\nI'm a Romanian living in Cork. Could sellers on your site ship to Ireland, or only inside "
           "Romania? And if yes, is the buyer protection still valid for international parcels?\n\nCheers,\nAndreea\n")
    raw = simple("s2", frm=mk.addr("Andreea Stoica", "andreea.stoica.cork@gmail.com"),
                 frm_addr="andreea.stoica.cork@gmail.com", to=[SUPPORT], subject="Shipping abroad?", t=t,
                 body=mk.text(txt, charset="us-ascii", cte="7bit"))
    return raw, {"contact": {"email": "andreea.stoica.cork@gmail.com"}}, {}, "English question about shipping abroad", {}


@item("support", "support")
def s_promotion_charged_twice():
    t = when(2026, 12, 3, 13, 47)
    txt = ("Buna ziua,\n\nPe 1 decembrie am promovat anuntul 88431207 (pachetul de 7 zile, 19,90 lei), iar pe card imi "
           "apar doua plati de cate 19,90 lei la cateva minute distanta. Anuntul apare promovat o singura data.\n"
           "Puteti verifica si returna a doua plata? Am nevoie si de factura pentru prima.\n\nElectro Severin SRL\n"
           "Daniel Popescu\n")
    raw = simple("s3", frm=mk.addr("Electro Severin", "contact@electro-severin.ro"), frm_addr="contact@electro-severin.ro",
                 to=[SUPPORT], subject="Plata dubla promovare", t=t,
                 body=mk.text(txt, charset="iso-8859-2", cte="8bit"))
    return raw, {"contact": {"email": "contact@electro-severin.ro"}}, {}, ("double charge for a promotion, an "
                                                                           "invoice; company domain without DMARC"), {}


@item("support", "support")
def s_locked_login():
    t = when(2026, 12, 5, 0, 48)
    txt = ("salut\nam gresit parola de mai multe ori si acum imi zice ca e blocat contul pt 24 ore. nu pot astepta "
           "am un colet de trimis maine dimineata si trebuie sa generez awb-ul din cont. se poate debloca mai "
           "repede?\nuser: flaviu_mtb\nmersi\n")
    raw = simple("s4", frm="flaviu_mtb <flaviu.mtb@yahoo.com>", frm_addr="flaviu.mtb@yahoo.com", to=[SUPPORT],
                 subject="cont blocat", t=t, body=mk.text(txt, charset="us-ascii", cte="7bit"))
    return raw, {"contact": {"email": "flaviu.mtb@yahoo.com"}}, {}, "account locked after failed logins; lowercase", {}


@item("support", "support")
def s_lawyer_review_removal():
    t = when(2026, 12, 1, 11, 5)
    txt = ("Stimată echipă,\n\nReprezint pe clientul meu, dl. Horia Lungu (utilizator „horia_lungu_antik”), în legătură "
           "cu o evaluare publicată pe profilul său care conține afirmații jignitoare și date personale (numărul de "
           "telefon al clientului).\nVă rog să ne comunicați procedura prin care se poate cere ștergerea unei "
           "evaluări și în cât timp se soluționează o astfel de cerere.\n\nCu stimă,\nAv. Irina Lungu\n"
           "Cabinet de avocat Lungu Irina, Baroul Cluj\n")
    raw = simple("s5", frm=mk.addr("Av. Irina Lungu", "office@cabinet-avocat-lungu.ro"),
                 frm_addr="office@cabinet-avocat-lungu.ro", to=[SUPPORT], subject="Procedura stergere evaluare", t=t,
                 body=mk.text(txt, charset="utf-8", cte="quoted-printable"))
    return raw, {"contact": {"email": "office@cabinet-avocat-lungu.ro"}}, {}, ("a lawyer asks how to have a review "
                                                                               "removed: a question, not a request for data"), {}


# =====================================================================================================
# UNKNOWN
# =====================================================================================================

@item("unknown", "unknown")
def u_bounce_of_our_ack():
    t = when(2026, 12, 2, 12, 1)
    human = ("This is the mail system at host mail.ar.politiaromana.ro.\n\nI'm sorry to have to inform you that your "
             "message could not\nbe delivered to one or more recipients.\n\n<bic.arad.vechi@ar.politiaromana.ro>: "
             "host 192.0.2.21[192.0.2.21] said: 550 5.1.1\n    <bic.arad.vechi@ar.politiaromana.ro>: Recipient "
             "address rejected: User unknown\n")
    status = ("Reporting-MTA: dns; mail.ar.politiaromana.ro\nArrival-Date: Wed, 2 Dec 2026 12:00:58 +0200 (EET)\n\n"
              "Final-Recipient: rfc822; bic.arad.vechi@ar.politiaromana.ro\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n")
    orig = ("From: Registratura Okazii <registratura@okazii.ro>\nTo: bic.arad.vechi@ar.politiaromana.ro\n"
            "Subject: [REG-2026-004402] Am primit solicitarea dumneavoastră\nAuto-Submitted: auto-replied\n"
            "Message-ID: <ack-REG-2026-004402@okazii.ro>\n")
    rep = Part([("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="DSN.4Rk2Q"')], "",
               [Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], human),
                Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
                Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                     orig)], "DSN.4Rk2Q")
    raw = send("u1", frm="MAILER-DAEMON@mail.ar.politiaromana.ro (Mail Delivery System)",
               frm_addr="MAILER-DAEMON@ar.politiaromana.ro", to=["registratura@okazii.ro"],
               subject="Undelivered Mail Returned to Sender", t=t, body=rep, mail_from="",
               extra=[("Auto-Submitted", "auto-replied")])
    raw = raw.replace(b"Return-Path: <>", b"Return-Path: <>")
    return raw, {}, {}, "a Postfix bounce of our own acknowledgement to a police address (names an authority, asks nothing)", {}


@item("unknown", "unknown")
def u_clerk_out_of_office():
    t = when(2026, 12, 4, 14, 19)
    txt = ("Bună ziua,\n\nSunt în concediu de odihnă în perioada 04.12.2026 – 18.12.2026. Pentru dosarele penale "
           "aflate pe rolul Secției penale (inclusiv dosarul nr. 2317/93/2026), vă rog să vă adresați registraturii "
           "Tribunalului Ilfov, la tbif-registratura@just.ro.\n\nNeagu Elisabeta\nGrefier, Tribunalul Ilfov\n")
    raw = send("u2", frm=mk.addr("Neagu Elisabeta", "elisabeta.neagu@just.ro"), frm_addr="elisabeta.neagu@just.ro",
               to=["registratura@okazii.ro"], subject="Răspuns automat: [REG-2026-004455] Am primit mesajul",
               t=t, body=mk.text(txt), dkim_domain="just.ro",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                      ("In-Reply-To", "<ack-REG-2026-004455@okazii.ro>")])
    return raw, {}, {}, "a court clerk's out-of-office (valid just.ro DKIM) naming a criminal case file; asks nothing", {}


@item("unknown", "unknown")
def u_phishing_staff():
    t = when(2026, 12, 3, 3, 12)
    htm = html(p("Stimate utilizator <b>juridic@okazii.ro</b>,",
                 "Parola contului dumneavoastră Microsoft 365 expiră astăzi. Pentru a evita blocarea căsuței poștale și "
                 "pierderea mesajelor de la autorități, confirmați parola curentă în 24 de ore:",
                 "<a href=\"https://okazii-securitate.com/m365/verify?u=juridic\" style=\"background:#0078d4;color:#fff;"
                 "padding:8px 16px\">Păstrează parola actuală</a>",
                 "Departamentul IT &amp; Securitate<br>OKAZII.RO"), font="Segoe UI")
    raw = simple("u3", frm=mk.addr("Securitate IT OKAZII", "it-support@okazii-securitate.com"),
                 frm_addr="it-support@okazii-securitate.com", to=[LEGAL], subject="Parola expiră azi - acțiune necesară",
                 t=t, body=mk.text(htm, "html", cte="base64"))
    return raw, {}, {}, "credential phishing aimed at the legal mailbox from a look-alike of our brand", {}


@item("unknown", "unknown")
def u_courier_newsletter():
    t = when(2026, 12, 1, 7, 30)
    plain = ("Colete Rapide - Noutati decembrie\n\nDe Sarbatori livram si sambata! Ridicarea din lockere este gratuita "
             "pana pe 24.12.2026.\nNou: plata ramburs cu cardul la curier.\n\nDezabonare: "
             "https://colete-rapide.ro/unsubscribe?id=88213\n")
    htm = html("<h2>De Sărbători livrăm și sâmbăta!</h2>" + p("Ridicarea din lockere este gratuită până pe 24.12.2026.",
                                                              "Nou: plata ramburs cu cardul la curier.",
                                                              "<small><a href='https://colete-rapide.ro/unsubscribe?id=88213'>"
                                                              "Dezabonare</a></small>"))
    raw = simple("u4", frm=mk.addr("Colete Rapide", "noutati@colete-rapide.ro"), frm_addr="noutati@colete-rapide.ro",
                 to=[SUPPORT], subject="Livrăm și sâmbăta în decembrie", t=t,
                 body=mk.multipart("alternative", [mk.text(plain, charset="us-ascii", cte="7bit"), mk.text(htm, "html")],
                                   "u4"),
                 extra=[("List-Unsubscribe", "<https://colete-rapide.ro/unsubscribe?id=88213>"),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return raw, {}, {}, "a courier's newsletter (List-Unsubscribe, Precedence: bulk)", {}


@item("unknown", "unknown")
def u_job_application():
    t = when(2026, 12, 2, 20, 17)
    cv = mk.letter_pdf("T|CURRICULUM VITAE\nB|Alexandra Nedelcu\nK|Consilier juridic, 4 ani experiență\n"
                       "K|Drept penal, protecția datelor (GDPR), răspunsuri la solicitări ale autorităților\n"
                       "K|Universitatea din București, Facultatea de Drept, 2020\n", created=t, title="CV")
    txt = ("Bună seara,\n\nVă scriu pentru postul de consilier juridic (protecția datelor și relația cu autoritățile), "
           "publicat pe site-ul dumneavoastră. Am lucrat 4 ani la un operator de telecomunicații, unde am pregătit "
           "răspunsuri la solicitările parchetelor și ale poliției în temeiul art. 170 C.p.p.\nAtașez CV-ul.\n\n"
           "Cu stimă,\nAlexandra Nedelcu\n0751 338 902\n")
    raw = simple("u5", frm=mk.addr("Alexandra Nedelcu", "alexandra.nedelcu@gmail.com"),
                 frm_addr="alexandra.nedelcu@gmail.com", to=[LEGAL], subject="Candidatura consilier juridic", t=t,
                 body=mk.multipart("mixed", [mk.text(txt), mk.attachment(cv, "CV_Alexandra_Nedelcu.pdf")], "u5"))
    return raw, {}, {}, ("a job application to the legal mailbox that cites art. 170 C.p.p. and 'parchete': "
                         "not a request"), {}


# =====================================================================================================

SPLIT_SEED = 20261231
NUMBER_SEED = 20261230


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
        le = cat == "law_enforcement"
        genuine = (group == "le_gen") if le else None
        rec = {"file": name, "split": split[i], "category": cat, "fields": fields}
        if accept:
            rec["accept"] = accept
        rec["genuine"] = genuine
        rec["expect_verdict"] = ("verified" if genuine else "not_verified") if le else None
        rec["notes"] = notes
        rec["item"] = fn.__name__
        truth.append((number[i], rec))
        w = dict(want)
        if "dkim" not in w:  # other categories: signed (if at all) by their own domain, meant to pass
            import re
            w["dkim"] = sorted({m.decode() for m in re.findall(rb"\bd=([A-Za-z0-9.-]+);", raw.split(b"\r\n\r\n")[0])})
        w["item"] = fn.__name__
        w["genuine"] = bool(genuine)
        material[name] = w
        print(f"{name} {fn.__name__:32s} {cat:16s} {split[i]:5s} {len(raw) // 1024:4d} KB")
    truth.sort(key=lambda x: x[0])
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as f:
        for _, rec in truth:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (OUT / "material.json").write_text(json.dumps(dict(sorted(material.items())), ensure_ascii=False, indent=1),
                                       encoding="utf-8")


if __name__ == "__main__":
    main()
