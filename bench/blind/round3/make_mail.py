#!/usr/bin/env python3
"""Write the mail half of blind round 3: ``mail/*.eml``, ``mail/truth.jsonl``, ``mail/material.json``.

Written by a helper that had not read the product's code, tests, benchmarks or
history, from the domain description, the output contract, the public README
and the criminal-procedure excerpts. Letters are new (round 2's letters and
generator were not read); ``mailkit.py`` and ``make_world.py`` are round 2's
tools, adapted.

Run ``make_world.py`` first. Deterministic except PDF signature times.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import mailkit as mk
from mailkit import (Part, addr, attachment, build, deliver, hdr, letter_pdf, multipart, sign_pdf, text, when,
                     to_cedilla, strip_diacritics)

HERE = Path(__file__).resolve().parent
OUT = HERE / "mail"
IDENT = mk.IDENT

LEGAL = "legal@okazii.ro"
SUPPORT = "support@okazii.ro"
SECURITY = "securitate@okazii.ro"
COMPANY = "S.C. OKAZII ONLINE S.R.L."
COMPANY_ADDR = "Bd. Iuliu Maniu nr. 7, Corp A, etaj 4, sector 6, București"

ITEMS: list = []


def item(fn):
    ITEMS.append(fn)
    return fn


def ip_of(domain: str, i: int = 0) -> str:
    return IDENT["dns"][domain]["ips"][i]


def mailer_hop(host: str, ip: str, t, inner: str = "127.0.0.1") -> str:
    return (f"Received: from [{inner}] (localhost [{inner}])\n\tby {host} (Postfix) with ESMTPSA id "
            f"{mk.qid(host + str(t))[:10]}\n\tfor <{LEGAL}>; {mk.rfc_date(t)}")


def R(**kw) -> dict:
    """An item's result: eml bytes and its truth/material."""
    kw.setdefault("accept", {})
    kw.setdefault("fields", {})
    kw.setdefault("genuine", None)
    kw.setdefault("expect", None)
    kw.setdefault("material", {"dkim": []})
    return kw


def pdf_mat(signer: str, whole: bool = True, trusted: bool = True, **kw) -> dict:
    d = {"signer": signer, "whole": whole, "trusted": trusted}
    d.update(kw)
    return d


# ==========================================================================
# GENUINE law-enforcement requests (expect "verified")
# ==========================================================================

@item
def g_turda_bic_seal():
    t = when(2026, 11, 27, 14, 2)
    letter = """C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ
C|POLIȚIA MUNICIPIULUI TURDA
C|Biroul de Investigații Criminale
R|NESECRET
K|Nr. 418.207 din 27.11.2026
K|Exemplar unic

K|Către: S.C. OKAZII ONLINE S.R.L.
K|În atenția departamentului juridic
T|ADRESĂ
În cadrul dosarului penal nr. 2214/P/2026, aflat în lucru la Biroul de Investigații Criminale din cadrul Poliției Municipiului Turda, sub supravegherea Parchetului de pe lângă Judecătoria Turda, privind săvârșirea infracțiunii de înșelăciune prevăzută de art. 244 alin. (1) Cod penal, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, referitor la utilizatorul cu numele de utilizator „turda_gadgets” (adresa de e-mail înregistrată: sorin.gadgets91@yahoo.com), următoarele:
L|- datele de identificare furnizate la crearea contului;
L|- adresele IP de la care s-a accesat contul, cu data și ora;
L|- istoricul anunțurilor publicate în perioada 01.09.2026 – 25.11.2026;
L|- tranzacțiile încheiate în aceeași perioadă, cu datele cumpărătorilor.

Răspunsul poate fi transmis în format electronic, la adresa bic.turda@cj.politiaromana.ro, sau prin curier, la sediul Poliției Municipiului Turda din Str. Republicii nr. 31, Turda, județul Cluj.

S|Șef birou,
S|Comisar de poliție
S|BOLOG DANIEL-IOAN
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="Adresa 418207", author="bic.turda"), "seal_ipj_cj",
                   reason="Semnat electronic", location="Turda")
    body = multipart("mixed", [
        text("Bună ziua,\n\nVă transmitem atașat adresa nr. 418.207 din 27.11.2026 emisă în dosarul penal nr. "
             "2214/P/2026, semnată electronic cu sigiliul instituției.\n\nCu stimă,\nAg. șef adj. de poliție Pașca "
             "Ionuț\nBiroul de Investigații Criminale\nPoliția Municipiului Turda\nTel. +40 21 557 0210 int. 20417\n"),
        attachment(pdf, "Adresa_418207_Okazii.pdf")], seed="g1")
    msg = build(seed="g1", frm=addr("BIC Turda", "bic.turda@cj.politiaromana.ro"), to=[LEGAL],
                subject="Adresa nr. 418.207 din 27.11.2026 - dosar penal nr. 2214/P/2026", date=t,
                message_id="<0b1c4e2a9f7d4a53b1f0d2c9e8a71655@EXCH01.cj.politiaromana.ro>", body=body,
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtgWJ2kq3lVk1xTQpuY8yL6m0H2dQ=="),
                       ("Content-Language", "ro-RO")])
    raw = deliver(msg, helo="mail.cj.politiaromana.ro", ip=ip_of("cj.politiaromana.ro"), t=t.replace(minute=3),
                  rcpt=LEGAL, mail_from="bic.turda@cj.politiaromana.ro", dkim_domain="cj.politiaromana.ro", seed="g1")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Poliția Municipiului Turda", "authority_kind": "police",
                     "reference_number": "418.207", "reference_date": "2026-11-27", "case_number": "2214/P/2026",
                     "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "username", "value": "turda_gadgets"},
                                  {"kind": "email", "value": "sorin.gadgets91@yahoo.com"}],
                     "transactions": [],
                     "requested_data": ["datele de identificare furnizate la crearea contului",
                                        "adresele IP de la care s-a accesat contul, cu data și ora",
                                        "istoricul anunțurilor publicate în perioada 01.09.2026 – 25.11.2026",
                                        "tranzacțiile încheiate în aceeași perioadă, cu datele cumpărătorilor"],
                     "period": {"from": "2026-09-01", "to": "2026-11-25"},
                     "response_channel": "both",
                     "signatory": "Comisar de poliție Bolog Daniel-Ioan", "urgent": False},
             accept={"authority": ["Inspectoratul de Poliție Județean Cluj", "IPJ Cluj",
                                   "Inspectoratul de Poliție Județean Cluj - Poliția Municipiului Turda"],
                     "reference_number": ["418207"],
                     "signatory": ["Șef birou, Comisar de poliție Bolog Daniel-Ioan", "Bolog Daniel-Ioan"]},
             notes="IPJ Cluj's municipal police (Turda), registry seal of IPJ Cluj, DKIM cj.politiaromana.ro; "
                   "Outlook; the mail's own sign-off is a clerk's, the letter's signatory is the chief; either "
                   "channel offered (e-mail or courier)",
             material={"dkim": ["cj.politiaromana.ro"], "pdf": [pdf_mat("seal_ipj_cj")]})


@item
def g_timis_sice_officer():
    t = when(2026, 12, 1, 11, 47)
    iban = mk.ro_iban("BTRL", "03501205K44123XX")
    letter = f"""C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ
B|Serviciul de Investigare a Criminalității Economice
R|Timișoara
K|Nr. 305/SICE/2026 din 01.XII.2026

K|CĂTRE
K|{COMPANY}
K|{COMPANY_ADDR}

Stimate doamne, stimați domni,

Serviciul de Investigare a Criminalității Economice din cadrul I.P.J. Timiș efectuează cercetări în dosarul penal nr. 5870/P/2026, privind săvârșirea infracțiunii de înșelăciune prin intermediul platformelor de anunțuri online, faptă prevăzută de art. 244 Cod penal.

În temeiul art. 170 C.pr.pen., vă solicităm să ne comunicați datele de identificare ale titularului contului de utilizator asociat numărului de telefon 0744 123 908, conturile bancare declarate de acesta pentru încasări, precum și toate plățile primite prin intermediul platformei în contul IBAN {iban}, aferente comenzilor nr. 71200458 și 71200731.

Răspunsul dumneavoastră va fi transmis pe adresa de e-mail sice@tm.politiaromana.ro, cu mențiunea numărului de dosar.

S|Șef serviciu
S|Comisar-șef de poliție
S|DRAGOMIR LUCIAN
"""
    pdf = sign_pdf(letter_pdf(letter, family="sans", created=t, title="Solicitare date", author="SICE",
                              creator="LibreOffice 7.3"), "pers_tm_dragomir")
    body_text = to_cedilla("Bună ziua,\n\nAlăturat vă transmitem solicitarea Serviciului de Investigare a "
                           "Criminalității Economice nr. 305/SICE/2026, semnată electronic de șeful serviciului.\n\n"
                           "Vă mulțumim,\n\n--\nSubinspector de poliție Bălan Roxana\nS.I.C.E. - I.P.J. Timiș\n")
    body = multipart("mixed", [text(body_text, charset="iso-8859-2", cte="8bit"),
                               attachment(pdf, "305_SICE_2026_solicitare.pdf")], seed="g2")
    msg = build(seed="g2", frm=addr("Serviciul Investigare Criminalitate Economica", "sice@tm.politiaromana.ro"),
                to=[LEGAL], subject=to_cedilla("Solicitare date - dosar penal 5870/P/2026"), date=t,
                subject_charset="iso-8859-2",
                message_id="<5d1e6b2c-8a40-4f7e-b2d1-0c9ad2e4f311@tm.politiaromana.ro>", body=body,
                extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 "
                                      "Thunderbird/115.12.2"), ("Content-Language", "ro")])
    raw = deliver(msg, helo="smtp.tm.politiaromana.ro", ip=ip_of("tm.politiaromana.ro", 1), t=t.replace(minute=48),
                  rcpt=LEGAL, mail_from="sice@tm.politiaromana.ro", dkim_domain="tm.politiaromana.ro", seed="g2")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Inspectoratul de Poliție Județean Timiș", "authority_kind": "police",
                     "reference_number": "305/SICE/2026", "reference_date": "2026-12-01",
                     "case_number": "5870/P/2026", "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "phone", "value": "0744 123 908"}, {"kind": "iban", "value": iban}],
                     "transactions": ["71200458", "71200731"], "response_channel": "electronic",
                     "reply_to": "sice@tm.politiaromana.ro",
                     "signatory": "Comisar-șef de poliție Dragomir Lucian", "urgent": False},
             accept={"authority": ["IPJ Timiș", "I.P.J. Timiș",
                                   "Serviciul de Investigare a Criminalității Economice",
                                   "Inspectoratul de Poliție Județean Timiș - Serviciul de Investigare a "
                                   "Criminalității Economice"]},
             notes="officer's personal qualified certificate (bound to IPJ Timiș), invisible signature; "
                   "Thunderbird, ISO-8859-2 8bit body with cedilla letters; Roman-numeral month (01.XII.2026); "
                   "requested data in one prose sentence (requested_data left unscored); phone + IBAN",
             material={"dkim": ["tm.politiaromana.ro"], "pdf": [pdf_mat("pers_tm_dragomir")]})


@item
def g_constanta_sectia2_visible_html():
    t = when(2026, 12, 2, 9, 31)
    letter = f"""C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA
C|POLIȚIA MUNICIPIULUI CONSTANȚA – SECȚIA 2 POLIȚIE
K|Nr. 77.813 din 2 decembrie 2026

K|Către {COMPANY}
T|Solicitare de comunicare a unor date
Vă aducem la cunoștință că Secția 2 Poliție Constanța instrumentează dosarul penal nr. 9044/P/2026, în care se efectuează cercetări sub aspectul săvârșirii infracțiunii de înșelăciune, persoana vătămată reclamând că a achitat contravaloarea unui telefon mobil, anunțul nr. 1100457723, fără a primi produsul.

Față de cele de mai sus, în baza art. 170 alin. (1) din Codul de procedură penală, vă rugăm să ne comunicați, cu privire la utilizatorul având ID-ul 30557812:
L|1) numele, prenumele și datele de contact declarate în cont;
L|2) data creării contului și adresa IP de la înregistrare;
L|3) istoricul plăților încasate prin platformă.

Răspunsul va fi trimis prin poștă sau curier, la sediul Secției 2 Poliție, Str. Ștefan cel Mare nr. 59, Constanța.

S|p. Șef secție,
S|Inspector principal de poliție
S|NEAGU FLORIN
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="Adresa 77813", creator="Microsoft® Word 2019"),
                   "seal_ipj_ct", visible=True, reason="Sigiliu electronic IPJ Constanța", location="Constanța",
                   box=(320, 60, 560, 120))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"></head>"
            "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">Bun&#259; ziua,<br><br>"
            "V&#259; transmitem &#238;n ata&#351;ament adresa Sec&#355;iei 2 Poli&#355;ie Constan&#355;a "
            "nr. 77.813 din 02.12.2026 (dosar penal nr. 9044/P/2026).<br><br>Cu respect,<br>"
            "<b>Secretariat Sec&#355;ia 2 Poli&#355;ie</b><br>Poli&#355;ia Municipiului Constan&#355;a</div>"
            "</body></html>\n")
    body = multipart("mixed", [text(html, subtype="html", charset="windows-1250", cte="quoted-printable"),
                               attachment(pdf, "adresa 77813.pdf")], seed="g3")
    msg = build(seed="g3", frm=addr("Sectia 2 Politie Constanta", "sectia2.constanta@ct.politiaromana.ro"),
                to=[LEGAL], subject="adresa 77813 din 02.12.2026", date=t,
                message_id="<20261202073101.5F2A1C0E41@webmail.ct.politiaromana.ro>", body=body,
                extra=[("User-Agent", "Roundcube Webmail/1.6.6")])
    raw = deliver(msg, helo="webmail.ct.politiaromana.ro", ip=ip_of("ct.politiaromana.ro"), t=t.replace(minute=32),
                  rcpt=LEGAL, mail_from="sectia2.constanta@ct.politiaromana.ro", dkim_domain="ct.politiaromana.ro",
                  seed="g3")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Secția 2 Poliție Constanța", "authority_kind": "police",
                     "reference_number": "77.813", "reference_date": "2026-12-02", "case_number": "9044/P/2026",
                     "legal_basis": ["art. 170 CPP"], "subjects": [{"kind": "user_id", "value": "30557812"}],
                     "requested_data": ["numele, prenumele și datele de contact declarate în cont",
                                        "data creării contului și adresa IP de la înregistrare",
                                        "istoricul plăților încasate prin platformă"],
                     "response_channel": "courier", "signatory": "Inspector principal de poliție Neagu Florin",
                     "urgent": False},
             accept={"authority": ["Secția 2 Poliție", "Poliția Municipiului Constanța – Secția 2 Poliție",
                                   "Poliția Municipiului Constanța", "Inspectoratul de Poliție Județean Constanța",
                                   "IPJ Constanța"],
                     "reference_number": ["77813"],
                     "signatory": ["p. Șef secție, Inspector principal de poliție Neagu Florin"]},
             notes="IPJ Constanța seal with a visible signature appearance; HTML-only mail body in Windows-1250 "
                   "with numeric entities; signed 'p. Șef secție' (for the chief); an ad number that is not a "
                   "transaction; answer by post/courier",
             material={"dkim": ["ct.politiaromana.ro"], "pdf": [pdf_mat("seal_ipj_ct")]})


@item
def g_brasov_smime_text():
    t = when(2026, 11, 30, 16, 20)
    signed_text = """Inspectoratul de Poliție Județean Brașov
Serviciul de Investigații Criminale
Brașov, 30.11.2026

Către: S.C. OKAZII ONLINE S.R.L. – departamentul juridic

Stimați reprezentanți,

În dosarul penal nr. 3187/P/2026, înregistrat la Parchetul de pe lângă Judecătoria Brașov și delegat spre cercetare Serviciului de Investigații Criminale, se cercetează o faptă de șantaj săvârșită asupra unei persoane vătămate minore, prin intermediul mesageriei platformei dumneavoastră.

În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, în legătură cu contul „darius.vinde” (adresa de e-mail darius.vinde.bv@gmail.com):
 • datele de identificare ale titularului contului;
 • conversațiile purtate prin mesageria platformei cu utilizatorul „ale_bianca09”;
 • adresele IP și datele de conectare din ultimele 90 de zile.

Având în vedere că persoana vătămată este minoră, vă rugăm să tratați solicitarea cu celeritate. Răspunsul îl puteți transmite ca răspuns la acest mesaj.

Subcomisar de poliție
Stanciu Andrei-Mihai
Ref.: adresa nr. 211.904/2026
"""
    inner = text(signed_text, cte="quoted-printable")
    body = mk.smime_signed(inner, "pers_bv_stanciu", seed="g4")
    msg = build(seed="g4", frm=addr("Stanciu Andrei-Mihai", "andrei.stanciu@bv.politiaromana.ro"), to=[LEGAL],
                subject="Adresa nr. 211.904/2026 – dosar penal 3187/P/2026", date=t,
                message_id="<AM6PR03MB5170D3F2B41C0E9A6B84C2D1A1562@AM6PR03MB5170.eurprd03.prod.bv.politiaromana.ro>",
                body=body, extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ro-RO"),
                                  ("Importance", "high")])
    raw = deliver(msg, helo="exch.bv.politiaromana.ro", ip=ip_of("bv.politiaromana.ro"), t=t.replace(minute=21),
                  rcpt=LEGAL, mail_from="andrei.stanciu@bv.politiaromana.ro", dkim_domain="bv.politiaromana.ro",
                  seed="g4")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Inspectoratul de Poliție Județean Brașov", "authority_kind": "police",
                     "reference_number": "211.904/2026", "reference_date": "2026-11-30",
                     "case_number": "3187/P/2026", "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "username", "value": "darius.vinde"},
                                  {"kind": "email", "value": "darius.vinde.bv@gmail.com"}],
                     "requested_data": ["datele de identificare ale titularului contului",
                                        "conversațiile purtate prin mesageria platformei cu utilizatorul "
                                        "„ale_bianca09”",
                                        "adresele IP și datele de conectare din ultimele 90 de zile"],
                     "response_channel": "electronic", "reply_to": "andrei.stanciu@bv.politiaromana.ro",
                     "signatory": "Subcomisar de poliție Stanciu Andrei-Mihai", "urgent": True},
             accept={"authority": ["IPJ Brașov", "Serviciul de Investigații Criminale",
                                   "Inspectoratul de Poliție Județean Brașov - Serviciul de Investigații Criminale"],
                     "reference_number": ["211904/2026", "211.904"],
                     "subjects": [[{"kind": "username", "value": "darius.vinde"},
                                   {"kind": "email", "value": "darius.vinde.bv@gmail.com"},
                                   {"kind": "username", "value": "ale_bianca09"}]]},
             notes="S/MIME (Outlook) by the officer's bound certificate carrying his e-mail; the letter is the "
                   "signed text itself, no PDF; the registration number sits in the subject and in a 'Ref.:' line "
                   "at the end; bullet list with •; urgency asked (minor victim) from a proven channel; the victim's "
                   "username appears inside a requested item (not a subject of the request)",
             material={"dkim": ["bv.politiaromana.ro"], "smime": "pers_bv_stanciu"})


@item
def g_arges_campulung_reply_thread():
    t = when(2026, 12, 3, 10, 5)
    letter = """C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ
C|POLIȚIA MUNICIPIULUI CÂMPULUNG
K|Nr. 190.332/26.11.2026

K|Către,
K|S.C. OKAZII ONLINE S.R.L.
K|Departamentul Juridic

Prin prezenta, vă aducem la cunoștință că Poliția Municipiului Câmpulung efectuează cercetări în dosarul penal nr. 1408/P/2026, privind săvârșirea infracțiunii de înșelăciune prevăzută de art. 244 C.pen., comisă în luna octombrie 2026 prin vânzarea fictivă a unor piese auto.

În conformitate cu prevederile art. 170 C.proc.pen., vă rugăm să ne comunicați următoarele informații privind utilizatorul „auto_piese_cl”, care figurează cu numărul de telefon +40 723 456 019:
L|a) datele de identificare și de contact ale titularului contului;
L|b) detaliile tranzacției nr. 66120948 (sumă, dată, cumpărător, modalitate de plată);
L|c) alte conturi create de pe același număr de telefon.

Vă rugăm să transmiteți răspunsul la adresa de e-mail politia.campulung@ag.politiaromana.ro.

S|Șef poliție municipiu
S|Comisar-șef de poliție
S|TOMA GHEORGHE
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="Adresa 190332"), "seal_ipj_ag", reason="Sigiliu IPJ Argeș")
    body_txt = """Buna ziua,

Revenim cu adresa semnata electronic, conform solicitarii dumneavoastra.

Cu stima,
Politia Municipiului Campulung
Birou Investigatii Criminale

On 02.12.2026 15:41, Registratura Okazii wrote:
> Bună ziua,
>
> Am primit mesajul dumneavoastră din 27.11.2026 privind dosarul penal
> nr. 1408/P/2026 și l-am înregistrat cu numărul REG-2026-004417.
>
> Pentru a putea da curs solicitării, vă rugăm să ne transmiteți adresa
> oficială semnată (semnătură electronică calificată sau sigiliu
> electronic al instituției), care să cuprindă numărul de înregistrare,
> data, temeiul legal și datele solicitate.
>
> Cu stimă,
> Departamentul Juridic
> Okazii
"""
    body = multipart("mixed", [text(body_txt, charset="utf-8", cte="8bit", format_flowed=True),
                               attachment(pdf, "adresa_190332_semnata.pdf")], seed="g5")
    msg = build(seed="g5", frm=addr("Politia Municipiului Campulung", "politia.campulung@ag.politiaromana.ro"),
                to=[LEGAL], subject="Re: [REG-2026-004417] Solicitare adresă semnată – dosar 1408/P/2026", date=t,
                message_id="<7e6c1d0f93b2a1e4c5d8@webmail.ag.politiaromana.ro>", body=body,
                extra=[("In-Reply-To", "<reg-2026-004417.ack.3@okazii.ro>"),
                       ("References", "<a1f0c2e3@ag.politiaromana.ro> <reg-2026-004417.ack.3@okazii.ro>"),
                       ("User-Agent", "Roundcube Webmail/1.5.3")])
    raw = deliver(msg, helo="mail.ag.politiaromana.ro", ip=ip_of("ag.politiaromana.ro"), t=t.replace(minute=6),
                  rcpt=LEGAL, mail_from="politia.campulung@ag.politiaromana.ro", dkim_domain="ag.politiaromana.ro",
                  seed="g5")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Poliția Municipiului Câmpulung", "authority_kind": "police",
                     "reference_number": "190.332", "reference_date": "2026-11-26", "case_number": "1408/P/2026",
                     "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "username", "value": "auto_piese_cl"},
                                  {"kind": "phone", "value": "+40 723 456 019"}],
                     "transactions": ["66120948"],
                     "requested_data": ["datele de identificare și de contact ale titularului contului",
                                        "detaliile tranzacției nr. 66120948 (sumă, dată, cumpărător, modalitate de "
                                        "plată)",
                                        "alte conturi create de pe același număr de telefon"],
                     "response_channel": "electronic", "reply_to": "politia.campulung@ag.politiaromana.ro",
                     "signatory": "Comisar-șef de poliție Toma Gheorghe", "urgent": False},
             accept={"authority": ["Inspectoratul de Poliție Județean Argeș", "IPJ Argeș"],
                     "reference_number": ["190332", "190.332/26.11.2026"]},
             notes="a reply in a thread: our acknowledgement asking for a signed address is quoted (with our own "
                   "REG number), the signed letter (IPJ Argeș seal) now attached; number and date in one "
                   "'Nr. 190.332/26.11.2026' token; lettered list; body without diacritics, format=flowed",
             material={"dkim": ["ag.politiaromana.ro"], "pdf": [pdf_mat("seal_ipj_ag")]})


@item
def g_mures_forward_lotus():
    t0 = when(2026, 12, 1, 17, 55)
    t = when(2026, 12, 2, 10, 14)
    letter = """C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN MUREȘ
C|SERVICIUL DE INVESTIGAȚII CRIMINALE
K|Nr. 4.118/SIC/2026
K|Data: 01 decembrie 2026
K|Dosar penal nr. 7310/P/2026

K|Către: S.C. OKAZII ONLINE S.R.L.
K|În atenția: Departamentului Juridic / Centrul de prevenire a fraudelor

Subscrisa unitate de poliție efectuează cercetări într-o cauză privind infracțiunea de înșelăciune prin mijloace informatice, în care persoana vătămată Szilágyi Ildikó a achitat suma de 3.400 lei pentru un aparat foto care nu a mai fost livrat.

În baza art. 170 din Codul de procedură penală, vă solicităm:
L|1. datele de identificare ale utilizatorului care folosește adresa de e-mail erdelyi.lajos.foto@gmail.com;
L|2. lista anunțurilor publicate de acest utilizator între 1 august 2026 și 30 noiembrie 2026;
L|3. adresele IP folosite la autentificare în aceeași perioadă.

Răspunsul va fi transmis electronic, la adresa sic@ms.politiaromana.ro.

S|Ofițer specialist
S|Comisar de poliție
S|KOVÁCS LEVENTE
"""
    pdf = sign_pdf(letter_pdf(letter, created=t0, title="4118 SIC", creator="Microsoft® Word 2016"),
                   "pers_ms_kovacs")
    fwd = """Va rog sa preluati solicitarea de mai jos. Colegul Kovacs este in concediu pana pe 15.12,
pentru intrebari contactati Serviciul de Investigatii Criminale la numarul din registru.

Secretariat SIC
IPJ Mures
----- Forwarded by Secretariat SIC/IPJMS/POLITIA on 02.12.2026 10:13 -----

From:\tLevente Kovacs/IPJMS/POLITIA
To:\tlegal@okazii.ro
Date:\t01.12.2026 17:55
Subject:\tadresa 4118/SIC/2026 - dosar penal 7310/P/2026

Buna ziua,

Atasat gasiti adresa nr. 4118/SIC/2026, semnata electronic.

Cu stima,
Comisar de politie Kovacs Levente
(Mesajul initial nu a putut fi livrat din cauza unei erori a serverului; il retransmitem.)
"""
    body = multipart("mixed", [text(fwd, charset="iso-8859-2", cte="quoted-printable"),
                               attachment(pdf, "4118_SIC_2026.pdf")], seed="g6")
    msg = build(seed="g6", frm=addr("Secretariat SIC", "secretariat.sic@ms.politiaromana.ro"), to=[LEGAL],
                subject="Fw: adresa 4118/SIC/2026 - dosar penal 7310/P/2026", date=t,
                message_id="<OF8A21C4F3.77B2E0D1-ONC2258B4E.0031F2A1-C2258B4E.0031F6C2@ms.politiaromana.ro>",
                body=body, extra=[("X-Mailer", "Lotus Notes Release 9.0.1FP10 HF383 February 12, 2019"),
                                  ("X-MIMETrack", "Serialize by Router on NOTES01/IPJMS/POLITIA(Release 9.0.1FP10)"
                                                  " at 02.12.2026 10:14:02")])
    raw = deliver(msg, helo="notes01.ms.politiaromana.ro", ip=ip_of("ms.politiaromana.ro"), t=t.replace(minute=15),
                  rcpt=LEGAL, mail_from="secretariat.sic@ms.politiaromana.ro", dkim_domain="ms.politiaromana.ro",
                  seed="g6")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Inspectoratul de Poliție Județean Mureș", "authority_kind": "police",
                     "reference_number": "4.118/SIC/2026", "reference_date": "2026-12-01",
                     "case_number": "7310/P/2026", "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "email", "value": "erdelyi.lajos.foto@gmail.com"}],
                     "requested_data": ["datele de identificare ale utilizatorului care folosește adresa de e-mail "
                                        "erdelyi.lajos.foto@gmail.com",
                                        "lista anunțurilor publicate de acest utilizator între 1 august 2026 și "
                                        "30 noiembrie 2026",
                                        "adresele IP folosite la autentificare în aceeași perioadă"],
                     "period": {"from": "2026-08-01", "to": "2026-11-30"},
                     "response_channel": "electronic", "reply_to": "sic@ms.politiaromana.ro",
                     "signatory": "Comisar de poliție Kovács Levente", "urgent": False},
             accept={"authority": ["IPJ Mureș", "Serviciul de Investigații Criminale",
                                   "Inspectoratul de Poliție Județean Mureș - Serviciul de Investigații Criminale"],
                     "reference_number": ["4118/SIC/2026"]},
             notes="a forward by the secretariat of the same service (Lotus Notes style, inline header block, "
                   "ISO-8859-2 QP); the PDF is signed by the officer's bound certificate; the victim's name and the "
                   "amount are in the letter but are not subjects",
             material={"dkim": ["ms.politiaromana.ro"], "pdf": [pdf_mat("pers_ms_kovacs")]})


@item
def g_bucuresti_sectia21_cp1250():
    t = when(2026, 12, 3, 13, 40)
    letter = """C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI
C|SECȚIA 21 POLIȚIE
K|Număr de înregistrare: 1.204.557
K|Data: 03.12.2026
K|Dosar penal: 16622/P/2026

K|Către: S.C. OKAZII ONLINE S.R.L.
K|Sediul: Bd. Iuliu Maniu nr. 7, sector 6, București

Secția 21 Poliție efectuează cercetări într-un dosar privind săvârșirea infracțiunii de fals informatic și înșelăciune, în care au fost folosite, pentru încasarea unor avansuri, conturile a doi utilizatori ai platformei dumneavoastră.

În temeiul art. 170 Cod procedură penală, vă rugăm să ne puneți la dispoziție, pentru utilizatorii „electro_outlet_b6” și „mihaela.reduceri”, precum și pentru contul deschis pe numele Vasilescu Marian (CNP 1850412400387), în intervalul 15 octombrie 2026 – 30 noiembrie 2026:
K|datele de identificare declarate;
K|adresele IP de acces și dispozitivele folosite;
K|istoricul tranzacțiilor și al plăților primite.

Precizăm că răspunsul poate fi comunicat pe suport electronic, la adresa sectia21@b.politiaromana.ro.

S|Șef secție,
S|Inspector principal de poliție
S|ENACHE CRISTINA
"""
    pdf = sign_pdf(letter_pdf(letter, family="sans", created=t, title="Adresa", creator="Microsoft® Word 2013"),
                   "pers_b_enache")
    body_txt = to_cedilla("Bună ziua,\n\nVă înaintăm adresa Secției 21 Poliție nr. 1.204.557 din 03.12.2026, "
                          "semnată electronic.\n\nSecția 21 Poliție\nDirecția Generală de Poliție a Municipiului "
                          "București\n")
    body = multipart("mixed", [text(body_txt, charset="windows-1250", cte="8bit"),
                               attachment(pdf, "Adresă S21 1204557.pdf")], seed="g7")
    msg = build(seed="g7", frm=addr(to_cedilla("Secția 21 Poliție"), "sectia21@b.politiaromana.ro",
                                    charset="windows-1250"),
                to=[LEGAL], subject=to_cedilla("Adresă nr. 1.204.557"), subject_charset="windows-1250", date=t,
                message_id="<000601db6571$8a2b3c10$9e81b530$@b.politiaromana.ro>", body=body,
                extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdtlcYoqK2h1t3pVQy6Yx0nE8w3LbA==")])
    raw = deliver(msg, helo="mx.b.politiaromana.ro", ip=ip_of("b.politiaromana.ro", 1), t=t.replace(minute=41),
                  rcpt=LEGAL, mail_from="sectia21@b.politiaromana.ro", dkim_domain="b.politiaromana.ro", seed="g7")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Secția 21 Poliție", "authority_kind": "police",
                     "reference_number": "1.204.557", "reference_date": "2026-12-03", "case_number": "16622/P/2026",
                     "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "username", "value": "electro_outlet_b6"},
                                  {"kind": "username", "value": "mihaela.reduceri"}],
                     "requested_data": ["datele de identificare declarate",
                                        "adresele IP de acces și dispozitivele folosite",
                                        "istoricul tranzacțiilor și al plăților primite"],
                     "period": {"from": "2026-10-15", "to": "2026-11-30"},
                     "response_channel": "electronic", "reply_to": "sectia21@b.politiaromana.ro",
                     "signatory": "Inspector principal de poliție Enache Cristina", "urgent": False},
             accept={"authority": ["Direcția Generală de Poliție a Municipiului București", "DGPMB",
                                   "Poliția Capitalei", "Direcția Generală de Poliție a Municipiului București - "
                                   "Secția 21 Poliție"],
                     "reference_number": ["1204557"]},
             notes="Bucharest police section (DGPMB), officer's bound certificate; Windows-1250 8bit body and "
                   "encoded-word subject with cedilla letters; labelled registration lines; three persons: two "
                   "usernames and a name with CNP (no schema kind for a name+CNP, so not in subjects); list lines "
                   "without markers",
             material={"dkim": ["b.politiaromana.ro"], "pdf": [pdf_mat("pers_b_enache")]})


@item
def g_frontiera_oradea():
    t = when(2026, 12, 4, 8, 52)
    letter = """C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|Inspectoratul Teritorial al Poliției de Frontieră Oradea
C|Serviciul de Combatere a Infracționalității Transfrontaliere
K|Nr. 1.511.840/ITPF-OR din 04.12.2026
R|Exemplar nr. 1/2

K|CĂTRE: S.C. OKAZII ONLINE S.R.L.

Serviciul de Combatere a Infracționalității Transfrontaliere efectuează urmărirea penală în dosarul nr. 402/P/2026, sub conducerea Parchetului de pe lângă Tribunalul Bihor, cu privire la comercializarea prin anunțuri online a unor produse din tutun introduse ilegal în țară (contrabandă, art. 270 din Legea nr. 86/2006).

Având în vedere dispozițiile art. 170 C.p.p., vă solicităm să ne furnizați, pentru contul de utilizator „tigari_ieftine_bh” și pentru contul asociat adresei de e-mail contact.depozit.bh@yahoo.com:
L|a. datele de identificare și de contact declarate;
L|b. toate anunțurile publicate, inclusiv cele șterse, cu datele publicării;
L|c. mesajele primite de la cumpărători prin platformă.

Informațiile vor fi transmise pe e-mail, la adresa scit.oradea@politiadefrontiera.ro.

S|Șeful Serviciului de Combatere a Infracționalității Transfrontaliere
S|Comisar-șef de poliție
S|ARDELEAN VASILE
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="1511840"), "seal_igpf", reason="Sigiliu electronic IGPF")
    plain = ("Bună ziua,\n\nVă transmitem adresa nr. 1.511.840/ITPF-OR din 04.12.2026 (atașat, semnată "
             "electronic).\n\nCu stimă,\nITPF Oradea - S.C.I.T.\n")
    html = ("<div dir=\"ltr\"><p>Bună ziua,</p><p>Vă transmitem adresa nr. 1.511.840/ITPF-OR din 04.12.2026 "
            "(atașat, semnată electronic).</p><p>Cu stimă,<br>ITPF Oradea - S.C.I.T.</p></div>\n")
    body = multipart("mixed", [multipart("alternative", [text(plain), text(html, subtype="html")], seed="g8a"),
                               attachment(pdf, "1511840_ITPF-OR.pdf")], seed="g8")
    msg = build(seed="g8", frm=addr("SCIT ITPF Oradea", "scit.oradea@politiadefrontiera.ro"), to=[LEGAL],
                subject="Solicitare informatii - adresa 1.511.840/ITPF-OR", date=t,
                message_id="<1733295120.551.scit@politiadefrontiera.ro>", body=body,
                extra=[("X-Mailer", "Zimbra 8.8.15_GA_4481 (ZimbraWebClient - GC119 (Win)/8.8.15_GA_4481)")])
    raw = deliver(msg, helo="mta.politiadefrontiera.ro", ip=ip_of("politiadefrontiera.ro"), t=t.replace(minute=53),
                  rcpt=LEGAL, mail_from="scit.oradea@politiadefrontiera.ro", dkim_domain="politiadefrontiera.ro",
                  seed="g8")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Inspectoratul Teritorial al Poliției de Frontieră Oradea",
                     "authority_kind": "police", "reference_number": "1.511.840/ITPF-OR",
                     "reference_date": "2026-12-04", "case_number": "402/P/2026", "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "username", "value": "tigari_ieftine_bh"},
                                  {"kind": "email", "value": "contact.depozit.bh@yahoo.com"}],
                     "requested_data": ["datele de identificare și de contact declarate",
                                        "toate anunțurile publicate, inclusiv cele șterse, cu datele publicării",
                                        "mesajele primite de la cumpărători prin platformă"],
                     "response_channel": "electronic", "reply_to": "scit.oradea@politiadefrontiera.ro",
                     "signatory": "Comisar-șef de poliție Ardelean Vasile", "urgent": False},
             accept={"authority": ["Inspectoratul General al Poliției de Frontieră", "IGPF",
                                   "Poliția de Frontieră Română",
                                   "Serviciul de Combatere a Infracționalității Transfrontaliere"],
                     "reference_number": ["1511840/ITPF-OR", "1.511.840"]},
             notes="border police (IGPF seal, registry domain politiadefrontiera.ro), a territorial inspectorate "
                   "under it; the offence is under a special law (art. 270 of Law 86/2006), not a legal basis of "
                   "the request; Zimbra, multipart/alternative inside mixed",
             material={"dkim": ["politiadefrontiera.ro"], "pdf": [pdf_mat("seal_igpf")]})


@item
def g_igpr_ccpi_english():
    t = when(2026, 12, 2, 15, 12)
    letter = """C|ROMANIAN POLICE
C|GENERAL INSPECTORATE
C|International Police Cooperation Centre (CCPI)
C|Europol National Unit
K|Our ref.: 3.551.207/CCPI/2026
K|Your ref.: –
R|Bucharest, 2 December 2026

K|To: OKAZII ONLINE S.R.L., Legal Department
T|Request for subscriber and transaction data
Following a request received through the Europol SIENA channel from the Polish Police (Komenda Wojewódzka Policji we Wrocławiu), registered with the Romanian authorities in criminal case no. 1187/P/2026 of the Prosecutor's Office attached to the Bucharest Tribunal, and pursuant to Article 170 of the Romanian Code of Criminal Procedure, please provide the following in relation to the user "wroclaw_deals" (registered e-mail: pl.deals.wro@outlook.com) and to transactions no. 88431206 and 88431977:
L|• subscriber information (name, address, telephone number, date of registration);
L|• login IP addresses with timestamps (UTC) between 1 October 2026 and 30 November 2026;
L|• payment details of the two transactions, including the beneficiary account.

Please send your reply electronically to ccpi.europol@politiaromana.ro, quoting our reference.

S|Head of Unit
S|Chief Superintendent
S|Radu-Cristian IONESCU
"""
    pdf = sign_pdf(letter_pdf(letter, family="sans", created=t, title="Request 3551207"), "seal_igpr",
                   reason="Qualified electronic seal", location="Bucharest")
    body = multipart("mixed", [
        text("Dear Sir or Madam,\n\nPlease find attached our request ref. 3.551.207/CCPI/2026 (electronically "
             "sealed PDF).\n\nKind regards,\nEuropol National Unit\nInternational Police Cooperation Centre\n"
             "Romanian Police\n\nThis e-mail and any attachments are confidential and intended solely for the "
             "addressee.\n", charset="us-ascii", cte="7bit"),
        attachment(pdf, "CCPI_3551207_2026.pdf")], seed="g9")
    msg = build(seed="g9", frm=addr("CCPI Europol National Unit", "ccpi.europol@politiaromana.ro"), to=[LEGAL],
                subject="[SIENA] Request for data - ref. 3.551.207/CCPI/2026", date=t,
                message_id="<CCPI.3551207.20261202151200@politiaromana.ro>", body=body,
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])
    raw = deliver(msg, helo="mail.politiaromana.ro", ip=ip_of("politiaromana.ro", 1), t=t.replace(minute=13),
                  rcpt=LEGAL, mail_from="ccpi.europol@politiaromana.ro", dkim_domain="politiaromana.ro", seed="g9")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority_kind": "police", "reference_number": "3.551.207/CCPI/2026",
                     "reference_date": "2026-12-02", "case_number": "1187/P/2026", "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "username", "value": "wroclaw_deals"},
                                  {"kind": "email", "value": "pl.deals.wro@outlook.com"}],
                     "transactions": ["88431206", "88431977"],
                     "requested_data": ["subscriber information (name, address, telephone number, date of "
                                        "registration)",
                                        "login IP addresses with timestamps (UTC) between 1 October 2026 and "
                                        "30 November 2026",
                                        "payment details of the two transactions, including the beneficiary account"],
                     "response_channel": "electronic", "reply_to": "ccpi.europol@politiaromana.ro", "urgent": False},
             accept={"reference_number": ["3551207/CCPI/2026"]},
             notes="English letter of the Romanian police's international cooperation centre relaying a Polish "
                   "request, IGPR seal; the authority is written in English (left unscored); period stated inside "
                   "one requested item (1 Oct - 30 Nov 2026, not scored); signatory with given name first",
             material={"dkim": ["politiaromana.ro"], "pdf": [pdf_mat("seal_igpr")]})


@item
def g_pj_cluj_ordonanta_smime_alt():
    t = when(2026, 11, 30, 12, 25)
    phone = "0751 880 342"
    iban = mk.ro_iban("INGB", "0000999912345678")
    plain = f"""PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CLUJ-NAPOCA
Dosar nr. 6671/P/2026

ORDONANȚĂ
Anul 2026, luna noiembrie, ziua 30

Procuror Mureșan Ana-Maria, din cadrul Parchetului de pe lângă Judecătoria Cluj-Napoca,

Examinând actele dosarului penal nr. 6671/P/2026, privind săvârșirea infracțiunii de înșelăciune prevăzută de art. 244 alin. (1) și (2) Cod penal,

CONSTAT:
Persoana vătămată a plătit, prin platforma operată de S.C. OKAZII ONLINE S.R.L., suma de 2.150 lei pentru un laptop care nu a fost livrat. Vânzătorul a folosit numărul de telefon {phone} și a indicat pentru plată contul {iban}. Pentru identificarea făptuitorului sunt necesare datele deținute de operatorul platformei.

Față de cele de mai sus, în temeiul art. 170 din Codul de procedură penală,

DISPUN:
Art. 1. Obligarea S.C. OKAZII ONLINE S.R.L. să comunice, în termen de 5 zile de la primire:
a) identitatea utilizatorului (utilizatorilor) care a declarat în cont numărul de telefon {phone};
b) contul sau conturile de utilizator care au indicat pentru încasare contul {iban};
c) tranzacțiile efectuate de aceste conturi în perioada 01.10.2026 - 29.11.2026.
Art. 2. Datele se comunică pe cale electronică, la adresa anamaria.muresan@mpublic.ro.

PROCUROR,
Mureșan Ana-Maria
"""
    html = ("<html><body><div style=\"font-family:Times New Roman;font-size:12pt\">"
            + "".join(f"<p>{ln}</p>" if ln else "" for ln in plain.split("\n")) + "</div></body></html>\n")
    inner = multipart("alternative", [text(plain), text(html, subtype="html")], seed="g10in")
    body = mk.smime_signed(inner, "pers_pjcj_muresan", seed="g10")
    msg = build(seed="g10", frm=addr("Mureșan Ana-Maria", "anamaria.muresan@mpublic.ro"), to=[LEGAL],
                subject="Ordonanță dosar 6671/P/2026", date=t,
                message_id="<f31c0a9e-77d2-4b8e-9a1f-2c6d0e4b5a71@mpublic.ro>", body=body,
                extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
                       ("Content-Language", "ro")])
    raw = deliver(msg, helo="zimbra.mpublic.ro", ip=ip_of("mpublic.ro"), t=t.replace(minute=26), rcpt=LEGAL,
                  mail_from="anamaria.muresan@mpublic.ro", dkim_domain="mpublic.ro", seed="g10")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Parchetul de pe lângă Judecătoria Cluj-Napoca", "authority_kind": "prosecutor",
                     "reference_date": "2026-11-30", "case_number": "6671/P/2026", "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "phone", "value": phone}, {"kind": "iban", "value": iban}],
                     "requested_data": [f"identitatea utilizatorului (utilizatorilor) care a declarat în cont numărul "
                                        f"de telefon {phone}",
                                        f"contul sau conturile de utilizator care au indicat pentru încasare contul "
                                        f"{iban}",
                                        "tranzacțiile efectuate de aceste conturi în perioada 01.10.2026 - 29.11.2026"],
                     "period": {"from": "2026-10-01", "to": "2026-11-29"},
                     "response_channel": "electronic", "reply_to": "anamaria.muresan@mpublic.ro",
                     "signatory": "Procuror Mureșan Ana-Maria", "urgent": False},
             notes="a prosecutor's ordonanță (no registration number but the file's; date written 'Anul 2026, luna "
                   "noiembrie, ziua 30'), S/MIME by the bound prosecutor (Thunderbird) over multipart/alternative; "
                   "phone and IBAN as the users",
             material={"dkim": ["mpublic.ro"], "smime": "pers_pjcj_muresan"})


@item
def g_pt_timis_seal_roman():
    t = when(2026, 12, 3, 14, 18)
    letter = """C|R O M Â N I A
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL TIMIȘ
K|Nr. 842/P/2025
R|Timișoara, 03.XII.2026

K|Către
K|S.C. OKAZII ONLINE S.R.L.
K|– Departamentul juridic –

Parchetul de pe lângă Tribunalul Timiș efectuează urmărirea penală în dosarul cu numărul de mai sus, privind infracțiunile de spălare a banilor și înșelăciune în formă continuată, săvârșite prin intermediul unor conturi de vânzător ale platformei dumneavoastră.

În temeiul art. 170 C.proc.pen., vă solicităm ca, în termen de 10 zile, să comunicați următoarele date privind utilizatorii cu ID 20188745, 20188990 și 21034512, pentru perioada 01.01.2026 – 30.06.2026:
L|1. datele de identificare ale titularilor conturilor;
L|2. conturile bancare în care au fost virate sumele încasate;
L|3. istoricul complet al tranzacțiilor, în format electronic (xlsx sau csv).

Răspunsul se va transmite prin curier, la sediul parchetului din Str. Paris nr. 2A, Timișoara, pe suport optic, cu mențiunea „pentru dosarul nr. 842/P/2025”.

S|PRIM-PROCUROR ADJUNCT,
S|Lazăr Corina
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="842P2025", creator="Microsoft® Word 2016"), "seal_ptt",
                   reason="Sigiliu PT Timiș")
    txt = ("Stimate domnule/doamnă,\n\nAtașat vă transmitem adresa în dosarul nr. 842/P/2025, purtând sigiliul "
           "electronic al Parchetului de pe lângă Tribunalul Timiș.\n\nGrefa\nParchetul de pe lângă Tribunalul "
           "Timiș\n")
    body = multipart("mixed", [text(txt, cte="base64"), attachment(pdf, "adresa_842_P_2025.pdf")], seed="g11")
    msg = build(seed="g11", frm=addr("Grefa PT Timis", "grefa.pttm@mpublic.ro"), to=[LEGAL],
                subject="dosar 842/P/2025", date=t, message_id="<1049286753.88120.1764771480512@zimbra.mpublic.ro>",
                body=body, extra=[("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Win)/9.0.0)"),
                                  ("Thread-Topic", "dosar 842/P/2025")])
    raw = deliver(msg, helo="zimbra.mpublic.ro", ip=ip_of("mpublic.ro", 1), t=t.replace(minute=19), rcpt=LEGAL,
                  mail_from="grefa.pttm@mpublic.ro", dkim_domain="mpublic.ro", seed="g11")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Parchetul de pe lângă Tribunalul Timiș", "authority_kind": "prosecutor",
                     "reference_number": "842/P/2025", "reference_date": "2026-12-03", "case_number": "842/P/2025",
                     "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "user_id", "value": "20188745"}, {"kind": "user_id", "value": "20188990"},
                                  {"kind": "user_id", "value": "21034512"}],
                     "requested_data": ["datele de identificare ale titularilor conturilor",
                                        "conturile bancare în care au fost virate sumele încasate",
                                        "istoricul complet al tranzacțiilor, în format electronic (xlsx sau csv)"],
                     "period": {"from": "2026-01-01", "to": "2026-06-30"},
                     "response_channel": "courier", "signatory": "Prim-procuror adjunct Lazăr Corina",
                     "urgent": False},
             notes="prosecutors' office seal; the letter is registered under the file number (reference = case "
                   "'842/P/2025', a 2025 file), which the text names only as 'dosarul cu numărul de mai sus'; "
                   "Roman-numeral month; answer by courier on optical media; body base64; sent by the registry "
                   "clerk's mailbox",
             material={"dkim": ["mpublic.ro"], "pdf": [pdf_mat("seal_ptt")]})


@item
def g_pjs4_conservare_visible():
    t = when(2026, 12, 1, 9, 2)
    letter = """C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 4 BUCUREȘTI
K|Dosar nr. 3417/P/2026
K|Nr. înreg. 11.208/VIII-1/2026 din 1 decembrie 2026

K|Către: S.C. OKAZII ONLINE S.R.L.
K|Bd. Iuliu Maniu nr. 7, sector 6, București

În dosarul penal nr. 3417/P/2026 se efectuează urmărirea penală cu privire la săvârșirea infracțiunii de înșelăciune (art. 244 C.pen.) prin publicarea de anunțuri fictive de vânzare a unor telefoane mobile.

În baza art. 154 și art. 170 din Codul de procedură penală, vă solicităm:
L|– conservarea imediată, pe o perioadă de 60 de zile, a tuturor datelor informatice privind contul „vand_iphone_bucuresti” și numărul de telefon 0733.551.092;
L|– comunicarea datelor de identificare ale titularului contului;
L|– comunicarea adreselor IP utilizate la publicarea anunțurilor.

Datele vor fi transmise în format electronic, la adresa de e-mail a parchetului pjs4@mpublic.ro.

S|Procuror,
S|Georgescu Vlad
"""
    pdf = sign_pdf(letter_pdf(letter, family="sans", created=t, title="Adresa 11208", creator="Microsoft® Word 2019"),
                   "pers_pjs4_georgescu", visible=True, reason="Sunt autorul documentului", location="București",
                   box=(300, 50, 560, 110))
    txt = ("Bună dimineața,\n\nVă rugăm să dați curs adresei atașate (dosar 3417/P/2026). Documentul este semnat "
           "cu semnătură electronică calificată.\n\nCu stimă,\nGrefier Ilie Mădălina\nParchetul de pe lângă "
           "Judecătoria Sectorului 4 București\n")
    body = multipart("mixed", [text(txt, cte="base64"), attachment(pdf, "11208_VIII-1_2026.pdf")], seed="g12")
    msg = build(seed="g12", frm=addr("PJS4 Registratura", "pjs4@mpublic.ro"), to=[LEGAL],
                subject="Conservare date / dosar nr. 3417/P/2026", date=t,
                message_id="<VI1PR0902MB2413B8A7C1F0E5D9A3C@VI1PR0902MB2413.mpublic.ro>", body=body,
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes")])
    raw = deliver(msg, helo="zimbra.mpublic.ro", ip=ip_of("mpublic.ro"), t=t.replace(minute=3), rcpt=LEGAL,
                  mail_from="pjs4@mpublic.ro", dkim_domain="mpublic.ro", seed="g12")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Parchetul de pe lângă Judecătoria Sectorului 4 București",
                     "authority_kind": "prosecutor", "reference_number": "11.208/VIII-1/2026",
                     "reference_date": "2026-12-01", "case_number": "3417/P/2026",
                     "legal_basis": ["art. 154 CPP", "art. 170 CPP"],
                     "subjects": [{"kind": "username", "value": "vand_iphone_bucuresti"},
                                  {"kind": "phone", "value": "0733.551.092"}],
                     "requested_data": ["conservarea imediată, pe o perioadă de 60 de zile, a tuturor datelor "
                                        "informatice privind contul „vand_iphone_bucuresti” și numărul de telefon "
                                        "0733.551.092",
                                        "comunicarea datelor de identificare ale titularului contului",
                                        "comunicarea adreselor IP utilizate la publicarea anunțurilor"],
                     "response_channel": "electronic", "reply_to": "pjs4@mpublic.ro",
                     "signatory": "Procuror Georgescu Vlad", "urgent": False},
             accept={"reference_number": ["11208/VIII-1/2026"]},
             notes="preservation (art. 154) and production (art. 170) in one letter; prosecutor's bound certificate "
                   "with a visible appearance; 'Nr. înreg.' line with a register code; phone written with dots; "
                   "en-dash list",
             material={"dkim": ["mpublic.ro"], "pdf": [pdf_mat("pers_pjs4_georgescu")]})


@item
def g_diicot_bt_brasov_urgent():
    t = when(2026, 12, 4, 19, 47)
    letter = """C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL BRAȘOV
K|Nr. 2.903/II-6/2026
K|Brașov, 04.12.2026
R|URGENT

K|Către S.C. OKAZII ONLINE S.R.L.

În dosarul penal nr. 1077/D/P/2026 al D.I.I.C.O.T. – Serviciul Teritorial Brașov se efectuează urmărirea penală pentru constituirea unui grup infracțional organizat și trafic de droguri de risc, substanțele fiind oferite spre vânzare prin anunțuri mascate („suplimente”, „săruri de baie”) publicate pe platforma dumneavoastră.

În temeiul art. 170 C.pr.pen., vă solicităm să ne comunicați, în termen de 48 de ore, pentru conturile asociate adreselor de e-mail bath.salts.bv@proton.me, relaxbv2026@gmail.com și suplimente.naturale.ro@yahoo.com:
L|1. datele de identificare și numerele de telefon declarate;
L|2. adresele IP și datele de acces din ultimele 30 de zile;
L|3. lista anunțurilor active și a celor șterse;
L|4. datele cumpărătorilor care au comandat prin platformă produse de la aceste conturi.

Având în vedere riscul iminent pentru sănătatea persoanelor, vă rugăm să tratați solicitarea cu prioritate și să transmiteți răspunsul electronic, la adresa st.brasov@diicot.ro.

S|Procuror șef serviciu,
S|Cozma Adrian
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="2903/II-6/2026"), "seal_diicot",
                   reason="Sigiliu electronic DIICOT")
    plain = ("Buna seara,\n\nVa transmitem atasat adresa nr. 2.903/II-6/2026, cu caracter URGENT (termen 48 ore).\n"
             "Va rugam sa confirmati primirea.\n\nDIICOT - Serviciul Teritorial Brasov\n")
    html = ("<html><body><p>Buna seara,</p><p>Va transmitem atasat adresa nr. 2.903/II-6/2026, cu caracter "
            "<b>URGENT</b> (termen 48 ore).<br>Va rugam sa confirmati primirea.</p><p>DIICOT - Serviciul Teritorial "
            "Brasov</p></body></html>\n")
    body = multipart("mixed", [multipart("alternative", [text(plain, charset="us-ascii", cte="7bit"),
                                                         text(html, charset="us-ascii", subtype="html", cte="7bit")],
                                         seed="g13a"),
                               attachment(pdf, "DIICOT_ST_Brasov_2903.pdf")], seed="g13")
    msg = build(seed="g13", frm=addr("DIICOT ST Brasov", "st.brasov@diicot.ro"), to=[LEGAL],
                subject="URGENT - adresa nr. 2.903/II-6/2026 - dosar 1077/D/P/2026", date=t,
                message_id="<a7c3e9d1b5f24e08@mail.diicot.ro>", body=body,
                extra=[("X-Priority", "1 (Highest)"), ("Importance", "High"),
                       ("X-Mailer", "Microsoft Outlook 16.0")])
    raw = deliver(msg, helo="mail.diicot.ro", ip=ip_of("diicot.ro"), t=t.replace(minute=48), rcpt=LEGAL,
                  mail_from="st.brasov@diicot.ro", dkim_domain="diicot.ro", seed="g13")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism "
                                  "– Serviciul Teritorial Brașov",
                     "authority_kind": "prosecutor", "reference_number": "2.903/II-6/2026",
                     "reference_date": "2026-12-04", "case_number": "1077/D/P/2026", "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "email", "value": "bath.salts.bv@proton.me"},
                                  {"kind": "email", "value": "relaxbv2026@gmail.com"},
                                  {"kind": "email", "value": "suplimente.naturale.ro@yahoo.com"}],
                     "requested_data": ["datele de identificare și numerele de telefon declarate",
                                        "adresele IP și datele de acces din ultimele 30 de zile",
                                        "lista anunțurilor active și a celor șterse",
                                        "datele cumpărătorilor care au comandat prin platformă produse de la aceste "
                                        "conturi"],
                     "response_channel": "electronic", "reply_to": "st.brasov@diicot.ro",
                     "signatory": "Procuror șef serviciu Cozma Adrian", "urgent": True},
             accept={"authority": ["Serviciul Teritorial Brașov", "DIICOT – Serviciul Teritorial Brașov", "DIICOT",
                                   "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"],
                     "reference_number": ["2903/II-6/2026"]},
             notes="DIICOT territorial service (DIICOT seal), genuinely urgent (48 h, sent on a Friday evening), "
                   "DIICOT's '/D/P/' file number; heading names the parent prosecutor's office above DIICOT; "
                   "four numbered items, three e-mail addresses",
             material={"dkim": ["diicot.ro"], "pdf": [pdf_mat("seal_diicot")]})


@item
def g_dna_st_cluj_officer():
    t = when(2026, 11, 30, 10, 10)
    letter = """C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
C|SERVICIUL TERITORIAL CLUJ
K|Nr. 312/P/2026
K|29 noiembrie 2026

K|Către: S.C. OKAZII ONLINE S.R.L.
K|În atenția: Ofițerului pentru protecția datelor / Departamentului juridic

În cauza penală ce formează obiectul dosarului nr. 312/P/2026, privind infracțiuni de corupție săvârșite de funcționari ai unei instituții publice din județul Cluj, există suspiciunea că bunuri obținute ca mită au fost valorificate prin intermediul platformei dumneavoastră.

În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorul „colectionar_cluj” (ID utilizator 18220431), datele de identificare, lista anunțurilor publicate și a vânzărilor încheiate, cu prețurile și datele cumpărătorilor, precum și contul bancar declarat pentru încasări, pentru perioada 1 ianuarie 2025 – 28 noiembrie 2026.

Răspunsul va fi transmis fie electronic, la adresa horea.pop@pna.ro, fie prin curier, la sediul Serviciului Teritorial Cluj, Str. Republicii nr. 60, Cluj-Napoca.

S|PROCUROR,
S|Pop Horea
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="312P2026 ST Cluj"), "pers_dna_pop",
                   reason="Semnătură electronică calificată")
    txt = "Buna ziua,\n\nAtasat adresa in dosarul 312/P/2026.\n\nProcuror Pop Horea\nDNA - Serviciul Teritorial Cluj\n"
    body = multipart("mixed", [text(txt, charset="us-ascii", cte="7bit"), attachment(pdf, "adresa.pdf")], seed="g14")
    msg = build(seed="g14", frm=addr("Pop Horea", "horea.pop@pna.ro"), to=[LEGAL], subject="Adresa", date=t,
                message_id="<DB9PR01MB7354A2E0C5B1D7F3@DB9PR01MB7354.pna.ro>", body=body,
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = deliver(msg, helo="mail.pna.ro", ip=ip_of("pna.ro"), t=t.replace(minute=11), rcpt=LEGAL,
                  mail_from="horea.pop@pna.ro", dkim_domain="pna.ro", seed="g14")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Direcția Națională Anticorupție – Serviciul Teritorial Cluj",
                     "authority_kind": "prosecutor", "reference_number": "312/P/2026", "reference_date": "2026-11-29",
                     "case_number": "312/P/2026", "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "username", "value": "colectionar_cluj"},
                                  {"kind": "user_id", "value": "18220431"}],
                     "period": {"from": "2025-01-01", "to": "2026-11-28"},
                     "response_channel": "both", "signatory": "Procuror Pop Horea", "urgent": False},
             accept={"authority": ["Serviciul Teritorial Cluj", "DNA – Serviciul Teritorial Cluj", "DNA",
                                   "Direcția Națională Anticorupție"]},
             notes="DNA territorial service, prosecutor's bound certificate; subject just 'Adresa', date on its own "
                   "line in words; data asked in one prose sentence (requested_data unscored); username and user id "
                   "of the same account; either channel",
             material={"dkim": ["pna.ro"], "pdf": [pdf_mat("pers_dna_pop")]})


@item
def g_tribunal_cluj_ecris():
    t = when(2026, 12, 2, 11, 3)
    letter = """C|ROMÂNIA
C|TRIBUNALUL CLUJ
C|SECȚIA PENALĂ
K|Dosar nr. 5678/117/2026
K|Termen: 14.01.2027
R|Cluj-Napoca, 02.12.2026

K|Către: S.C. OKAZII ONLINE S.R.L., cu sediul în București, Bd. Iuliu Maniu nr. 7, sector 6

Vă facem cunoscut că, prin încheierea de ședință din data de 01.12.2026, pronunțată în dosarul penal nr. 5678/117/2026, aflat pe rolul Tribunalului Cluj – Secția penală, instanța a dispus, în temeiul art. 170 din Codul de procedură penală, să vi se solicite comunicarea, până la termenul din 14.01.2027, a următoarelor:
L|1. datele de identificare ale utilizatorului cu adresa de e-mail radu.licitatii@outlook.com;
L|2. istoricul tranzacțiilor nr. 55310877, 55311402 și 55319920, cu datele părților și sumele plătite;
L|3. corespondența purtată prin platformă între părțile acestor tranzacții.

Relațiile vor fi comunicate prin poștă sau curier la registratura Tribunalului Cluj, Calea Dorobanților nr. 2-4, Cluj-Napoca, cu mențiunea numărului de dosar.

S|Președinte complet,
S|Judecător Sabău Dorina
S|Grefier,
S|Rusu Alexandra
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="Adresa dosar 5678/117/2026", creator="ECRIS V"),
                   "seal_tbcj", reason="Tribunalul Cluj")
    txt = ("Acest mesaj a fost generat automat de aplicația ECRIS a Tribunalului Cluj.\n\n"
           "Dosar: 5678/117/2026\nObiect: comunicare adresă\nDestinatar: S.C. OKAZII ONLINE S.R.L.\n\n"
           "Documentul atașat este semnat electronic. Vă rugăm nu răspundeți la această adresă de e-mail; "
           "corespondența se transmite la registratura instanței.\n")
    body = multipart("mixed", [text(txt), attachment(pdf, "5678_117_2026_adresa.pdf")], seed="g15")
    msg = build(seed="g15", frm=addr("Tribunalul Cluj - Comunicari", "tbcj-comunicari@just.ro"), to=[LEGAL],
                subject="Comunicare act procedural - dosar 5678/117/2026", date=t,
                message_id="<ecris.117.5678.2026.20261202110300.4471@just.ro>", body=body,
                extra=[("X-Mailer", "ECRIS Comunicari 5.2"), ("Auto-Submitted", "auto-generated")])
    raw = deliver(msg, helo="smtp.just.ro", ip=ip_of("just.ro"), t=t.replace(minute=4), rcpt=LEGAL,
                  mail_from="tbcj-comunicari@just.ro", dkim_domain="just.ro", seed="g15")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Tribunalul Cluj", "authority_kind": "court", "reference_date": "2026-12-02",
                     "case_number": "5678/117/2026", "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "email", "value": "radu.licitatii@outlook.com"}],
                     "transactions": ["55310877", "55311402", "55319920"],
                     "requested_data": ["datele de identificare ale utilizatorului cu adresa de e-mail "
                                        "radu.licitatii@outlook.com",
                                        "istoricul tranzacțiilor nr. 55310877, 55311402 și 55319920, cu datele "
                                        "părților și sumele plătite",
                                        "corespondența purtată prin platformă între părțile acestor tranzacții"],
                     "response_channel": "courier", "signatory": "Judecător Sabău Dorina", "urgent": False},
             accept={"authority": ["Tribunalul Cluj – Secția penală", "Tribunalul Cluj - Secția penală"],
                     "signatory": ["Președinte complet, Judecător Sabău Dorina"]},
             notes="a court's communication from its case-management system (Auto-Submitted: auto-generated, "
                   "no-reply wording), court seal; court file number format N/117/YYYY; a hearing date (termen) "
                   "that is not the letter's date; judge and clerk both sign",
             material={"dkim": ["just.ro"], "pdf": [pdf_mat("seal_tbcj")]})


@item
def g_judecatoria_constanta_judge():
    t = when(2026, 11, 30, 15, 36)
    letter = """C|ROMÂNIA
C|JUDECĂTORIA CONSTANȚA
C|Secția penală – Camera preliminară
K|Dosar nr. 21456/212/2026
K|Emis la data de 30.11.2026

K|Către
K|S.C. OKAZII ONLINE S.R.L.

Judecătorul de cameră preliminară, în dosarul penal nr. 21456/212/2026, având în vedere cererea formulată de inculpat, dispune, în temeiul art. 170 C.proc.pen., comunicarea de către dumneavoastră a următoarelor date:
L|– confirmarea existenței contului de utilizator „marinela.ct” și a datei la care a fost creat;
L|– istoricul autentificărilor în contul „marinela.ct” în luna septembrie 2026;
L|– mesajele schimbate de acest cont cu utilizatorul „dobrogea_auto” între 1 și 30 septembrie 2026.

Răspunsul va fi comunicat prin poștă sau curier, la sediul instanței din Str. Traian nr. 31, Constanța, cu indicarea numărului de dosar.

S|Judecător de cameră preliminară,
S|Constantin Mirela
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="Adresa"), "pers_jdct_constantin")
    txt = to_cedilla("Bună ziua,\n\nVă comunicăm alăturat adresa emisă în dosarul nr. 21456/212/2026, semnată "
                     "electronic de judecătorul de cameră preliminară.\n\nGrefier,\nPopa Irina\nJudecătoria "
                     "Constanța\n")
    body = multipart("mixed", [text(txt, charset="iso-8859-2", cte="quoted-printable"),
                               attachment(pdf, "adresa_21456_212_2026.pdf")], seed="g16")
    msg = build(seed="g16", frm=addr("Judecatoria Constanta - Grefa", "jdct-penal@just.ro"), to=[LEGAL],
                subject="Dosar nr. 21456/212/2026", date=t, message_id="<5a0f1e8b.jdct@just.ro>", body=body,
                extra=[("User-Agent", "Microsoft-MacOutlook/16.78.23100802")])
    raw = deliver(msg, helo="smtp.just.ro", ip=ip_of("just.ro", 1), t=t.replace(minute=37), rcpt=LEGAL,
                  mail_from="jdct-penal@just.ro", dkim_domain="just.ro", seed="g16")
    return R(raw=raw, category="law_enforcement", genuine=True, expect="verified",
             fields={"authority": "Judecătoria Constanța", "authority_kind": "court", "reference_date": "2026-11-30",
                     "case_number": "21456/212/2026", "legal_basis": ["art. 170 CPP"],
                     "requested_data": ["confirmarea existenței contului de utilizator „marinela.ct” și a datei la "
                                        "care a fost creat",
                                        "istoricul autentificărilor în contul „marinela.ct” în luna septembrie 2026",
                                        "mesajele schimbate de acest cont cu utilizatorul „dobrogea_auto” între 1 și "
                                        "30 septembrie 2026"],
                     "response_channel": "courier",
                     "signatory": "Judecător de cameră preliminară Constantin Mirela", "urgent": False},
             accept={"authority": ["Judecătoria Constanța – Secția penală"]},
             notes="a judge of the preliminary chamber orders production at the defendant's request (bound judge's "
                   "certificate); 'Emis la data de'; two usernames, one of them only the counterpart of the "
                   "conversations (subjects left unscored); ISO-8859-2 QP body with cedilla letters; Mac Outlook",
             material={"dkim": ["just.ro"], "pdf": [pdf_mat("pers_jdct_constantin")]})


# ==========================================================================
# FORGED or DEFECTIVE law-enforcement requests (expect "not_verified")
# ==========================================================================

def simple_le_letter(head: list[str], nr: str, case: str, intro: str, items: list[str], reply: str,
                     sign: list[str], marker: str = "-") -> str:
    out = "\n".join(f"C|{h}" for h in head) + f"\nK|{nr}\n\nK|Către: {COMPANY}\n\n{intro}\n"
    out += "".join(f"L|{marker} {it};\n" if i < len(items) - 1 else f"L|{marker} {it}.\n" for i, it in enumerate(items))
    out += f"\n{reply}\n\n" + "\n".join(f"S|{s}" for s in sign) + "\n"
    return out


@item
def f_mures_signed_cover_unsigned_annex():
    t = when(2026, 12, 3, 9, 12)
    cover = """C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN MUREȘ
C|SERVICIUL DE INVESTIGAȚII CRIMINALE
K|Nr. 4.260/SIC/2026 din 02.12.2026

K|Către: S.C. OKAZII ONLINE S.R.L.
T|ADRESĂ DE ÎNAINTARE
Vă înaintăm, alăturat, solicitarea de comunicare a unor date formulată în dosarul penal nr. 7522/P/2026 (anexa, 1 filă), cu rugămintea de a da curs acesteia în cel mai scurt timp.

S|Ofițer specialist
S|Comisar de poliție
S|KOVÁCS LEVENTE
"""
    annex = simple_le_letter(
        ["ANEXĂ la adresa nr. 4.260/SIC/2026", "Dosar penal nr. 7522/P/2026"], "Solicitare de date",
        "7522/P/2026",
        "În baza art. 170 C.p.p. vă solicităm comunicarea următoarelor date privind utilizatorii „reghin_telefoane” "
        "și „sighisoara.outlet” (telefon 0765 300 118):",
        ["datele de identificare ale titularilor conturilor", "adresele IP de autentificare din ultimele 6 luni",
         "toate tranzacțiile încheiate și conturile bancare de încasare"],
        "Răspunsul se transmite la adresa sic@ms.politiaromana.ro.", ["Întocmit: Agent-șef Bara Sorin"])
    pdf1 = sign_pdf(letter_pdf(cover, created=t, title="Adresa inaintare 4260"), "pers_ms_kovacs")
    pdf2 = letter_pdf(annex, created=t, title="Anexa", creator="Microsoft® Word 2016")
    txt = ("Buna ziua,\n\nVa transmitem adresa de inaintare nr. 4260/SIC/2026 (semnata electronic) si anexa "
           "acesteia, solicitarea de date din dosarul penal nr. 7522/P/2026.\n\nSecretariat SIC\nIPJ Mures\n")
    body = multipart("mixed", [text(txt, charset="us-ascii", cte="7bit"),
                               attachment(pdf1, "4260_SIC_adresa_inaintare.pdf"),
                               attachment(pdf2, "4260_SIC_anexa_solicitare.pdf")], seed="f1")
    msg = build(seed="f1", frm=addr("Secretariat SIC", "secretariat.sic@ms.politiaromana.ro"), to=[LEGAL],
                subject="adresa 4260/SIC/2026 + anexa - dosar 7522/P/2026", date=t,
                message_id="<OF1C77A2B0.3E44F1D9-ONC2258B50.00321A88@ms.politiaromana.ro>", body=body,
                extra=[("X-Mailer", "Lotus Notes Release 9.0.1FP10 HF383 February 12, 2019")])
    raw = deliver(msg, helo="notes01.ms.politiaromana.ro", ip=ip_of("ms.politiaromana.ro"), t=t.replace(minute=13),
                  rcpt=LEGAL, mail_from="secretariat.sic@ms.politiaromana.ro", dkim_domain="ms.politiaromana.ro",
                  seed="f1")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority": "Inspectoratul de Poliție Județean Mureș", "authority_kind": "police",
                     "case_number": "7522/P/2026",
                     "subjects": [{"kind": "username", "value": "reghin_telefoane"},
                                  {"kind": "username", "value": "sighisoara.outlet"},
                                  {"kind": "phone", "value": "0765 300 118"}]},
             accept={"authority": ["IPJ Mureș", "Serviciul de Investigații Criminale"]},
             notes="DEFECTIVE (genuine channel): the officer's bound signature covers only a cover letter "
                   "('adresă de înaintare') that names the case but no user and no data; the request itself "
                   "(users, data) is a second, UNSIGNED PDF. The signed content does not state the request: expect "
                   "incomplete",
             material={"dkim": ["ms.politiaromana.ro"], "pdf": [pdf_mat("pers_ms_kovacs")]})


@item
def f_idn_cedilla_lookalike_private_cert():
    t = when(2026, 12, 4, 12, 30)
    dom = "cj.xn--poliiaromana-poc.ro"
    letter = simple_le_letter(
        ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ",
         "Serviciul de Investigare a Criminalității Economice"],
        "Nr. 421.930 din 04.12.2026", "3390/P/2026",
        "În dosarul penal nr. 3390/P/2026, în temeiul art. 170 C.p.p., vă solicităm să ne comunicați de urgență, "
        "pentru utilizatorii „cluj_iphone_store” și „bianca.shop.cj” (e-mail bianca.shop.cj@gmail.com):",
        ["numele, CNP-ul, adresa și telefonul declarate", "IBAN-urile folosite pentru încasări",
         "adresele IP din ultimele 12 luni"],
        f"Răspunsul se va transmite exclusiv electronic, la adresa secretariat@{dom}.",
        ["Șef serviciu", "Comisar-șef de poliție", "DOBRE MARIUS"])
    pdf = sign_pdf(letter_pdf(letter, created=t, title="Adresa"), "pers_private_dobre")
    txt = ("Bună ziua,\n\nVă transmitem adresa I.P.J. Cluj nr. 421.930 din 04.12.2026, semnată electronic "
           "calificat. Termen de răspuns: 24 de ore.\n\nCu stimă,\nSecretariat S.I.C.E.\nInspectoratul de Poliție "
           "Județean Cluj\n")
    body = multipart("mixed", [text(txt), attachment(pdf, "Adresa_421930.pdf")], seed="f2")
    msg = build(seed="f2", frm=addr("IPJ Cluj - Secretariat SICE", f"secretariat@{dom}"), to=[LEGAL],
                subject="Adresa nr. 421.930 - URGENT", date=t, message_id=f"<f2.421930.{t.timestamp():.0f}@{dom}>",
                body=body, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = deliver(msg, helo=f"mail.{dom}", ip=ip_of(dom), t=t.replace(minute=31), rcpt=LEGAL,
                  mail_from=f"secretariat@{dom}", dkim_domain=dom, seed="f2")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority_kind": "police", "case_number": "3390/P/2026",
                     "subjects": [{"kind": "username", "value": "cluj_iphone_store"},
                                  {"kind": "username", "value": "bianca.shop.cj"},
                                  {"kind": "email", "value": "bianca.shop.cj@gmail.com"}], "urgent": True},
             notes="FORGED: IDN look-alike 'cj.poliţiaromana.ro' (cedilla ţ, punycode cj.xn--poliiaromana-poc.ro) "
                   "with its own valid DKIM; the PDF is validly signed (trusted CA) by a private person's qualified "
                   "certificate, whose name is then printed as the signatory; urgent (24 h)",
             material={"dkim": [dom], "pdf": [pdf_mat("pers_private_dobre")]})


@item
def f_replay_added_replyto():
    t0 = when(2026, 11, 20, 10, 40)
    t = when(2026, 12, 4, 16, 2)
    letter = simple_le_letter(
        ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA",
         "SERVICIUL DE INVESTIGAȚII CRIMINALE"],
        "Nr. 76.201 din 20.11.2026", "8712/P/2026",
        "În dosarul penal nr. 8712/P/2026, în baza art. 170 C.p.p., vă solicităm comunicarea următoarelor date "
        "privind utilizatorul „mamaia_rent_a_car” (ID 29911044):",
        ["datele de identificare", "istoricul tranzacțiilor din perioada 01.06.2026 – 31.08.2026",
         "adresele IP de autentificare din aceeași perioadă"],
        "Răspunsul va fi transmis electronic, la adresa sic@ct.politiaromana.ro.",
        ["Șef serviciu", "Comisar-șef de poliție", "MOCANU SEBASTIAN"])
    pdf = sign_pdf(letter_pdf(letter, created=t0, title="Adresa 76201"), "seal_ipj_ct")
    txt = ("Bună ziua,\n\nAtașat adresa nr. 76.201 din 20.11.2026, semnată electronic.\n\nS.I.C. - I.P.J. "
           "Constanța\n")
    body = multipart("mixed", [text(txt), attachment(pdf, "adresa_76201.pdf")], seed="f3")
    msg = build(seed="f3", frm=addr("SIC IPJ Constanta", "sic@ct.politiaromana.ro"), to=[LEGAL],
                subject="Adresa nr. 76.201 din 20.11.2026", date=t0,
                message_id="<20261120084000.sic.76201@ct.politiaromana.ro>", body=body,
                extra=[("User-Agent", "Roundcube Webmail/1.6.6")])
    signed = mk.dkim_sign(msg, "ct.politiaromana.ro", t0) + msg
    # the replay: the attacker adds a Reply-To (not covered by h=) and re-sends the intact mail from elsewhere
    i = signed.index(b"\r\nSubject:")
    replayed = signed[:i] + b"\r\nReply-To: \"SIC IPJ Constanta\" <sic.ipj.constanta@gmail.com>" + signed[i:]
    top = (f"Return-Path: <bounce-7731@mail.gmail.com>\r\n" +
           mk.mx_received("mail-wr1-f41.google.com", ip_of("gmail.com", 1), t, LEGAL, seed="f3").replace("\n", "\r\n")
           + "\r\n").encode()
    raw = top + replayed
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority": "Inspectoratul de Poliție Județean Constanța", "authority_kind": "police",
                     "reference_number": "76.201", "reference_date": "2026-11-20", "case_number": "8712/P/2026",
                     "subjects": [{"kind": "username", "value": "mamaia_rent_a_car"},
                                  {"kind": "user_id", "value": "29911044"}]},
             accept={"authority": ["IPJ Constanța", "Serviciul de Investigații Criminale"],
                     "reference_number": ["76201"]},
             notes="FORGED (replay): a genuine, intact mail of 20.11 (valid DKIM of ct.politiaromana.ro, valid IPJ "
                   "Constanța seal) re-sent on 04.12 through gmail with a Reply-To header added to a gmail mailbox; "
                   "DKIM's h= did not cover Reply-To, so the signature still verifies; answering would go to the "
                   "attacker",
             material={"dkim": ["ct.politiaromana.ro"], "unsigned_headers": ["reply-to"],
                       "pdf": [pdf_mat("seal_ipj_ct")]})


@item
def f_esp_third_party_dkim():
    t = when(2026, 12, 2, 13, 13)
    esp = "sendfast-mail.net"
    letter = simple_le_letter(
        ["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL TIMIȘ"], "Nr. 1120/P/2026 din 02.12.2026",
        "1120/P/2026",
        "În dosarul penal nr. 1120/P/2026, în temeiul art. 170 C.proc.pen., vă solicităm să comunicați datele "
        "utilizatorilor cu e-mailurile timis.auto.dealer@gmail.com și anunturi.lugoj@yahoo.com:",
        ["date de identificare (nume, CNP, adresă)", "număr de telefon", "adresele IP și istoricul autentificărilor"],
        "Răspunsul se va trimite prin e-mail, ca răspuns la mesajul de transmitere.",
        ["PRIM-PROCUROR ADJUNCT,", "Lazăr Corina", "(semnat electronic)"])
    pdf = letter_pdf(letter, created=t, title="1120P2026")
    html = ("<html><body><table width=\"600\"><tr><td style=\"font-family:Arial\"><p>Stimați reprezentanți,</p>"
            "<p>Vă transmitem adresa Parchetului de pe lângă Tribunalul Timiș nr. 1120/P/2026, semnată "
            "electronic.</p><p>Registratura PT Timiș</p></td></tr></table>"
            f"<img src=\"https://trk.{esp}/o/8f2a91c.gif\" width=\"1\" height=\"1\"></body></html>\n")
    body = multipart("mixed", [text(html, subtype="html"), attachment(pdf, "1120_P_2026.pdf")], seed="f4")
    msg = build(seed="f4", frm=addr("Parchetul de pe lângă Tribunalul Timiș", "registratura.pttm@mpublic.ro"),
                to=[LEGAL], subject="Adresa nr. 1120/P/2026", date=t,
                message_id=f"<0100018c2f.8f2a91c.1120@{esp}>", body=body,
                extra=[("List-Unsubscribe", f"<https://{esp}/u/8f2a91c>"), ("X-SF-Campaign", "tx-2026-12-02-8f2a")])
    raw = deliver(msg, helo=f"o21.{esp}", ip=ip_of(esp), t=t.replace(minute=14), rcpt=LEGAL,
                  mail_from=f"bounces+8f2a91c@{esp}", dkim_domain=esp, seed="f4")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority": "Parchetul de pe lângă Tribunalul Timiș", "authority_kind": "prosecutor",
                     "case_number": "1120/P/2026",
                     "subjects": [{"kind": "email", "value": "timis.auto.dealer@gmail.com"},
                                  {"kind": "email", "value": "anunturi.lugoj@yahoo.com"}]},
             notes="FORGED: From the prosecutors' mpublic.ro, sent through a bulk-mail service whose own DKIM "
                   "(d=sendfast-mail.net) and SPF pass; nothing is aligned with mpublic.ro (p=reject); tracking "
                   "pixel and List-Unsubscribe; the PDF only says '(semnat electronic)', no signature",
             material={"dkim": [esp], "pdf": []})


@item
def f_namesake_cert_clerk_mailbox():
    t = when(2026, 12, 4, 10, 55)
    letter = """C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA CLUJ-NAPOCA
K|Dosar nr. 6904/P/2026
T|ORDONANȚĂ
K|Anul 2026, luna decembrie, ziua 4
Procuror Mureșan Ana-Maria, din cadrul Parchetului de pe lângă Judecătoria Cluj-Napoca, examinând actele dosarului penal nr. 6904/P/2026,
În temeiul art. 170 din Codul de procedură penală,
C|DISPUN:
Obligarea S.C. OKAZII ONLINE S.R.L. să comunice, de îndată, datele de identificare, numerele de telefon, adresele IP și istoricul complet al tranzacțiilor utilizatorilor „floresti_electro”, „andreea.vinde.cj” și „bogdan_cj_1990”.
Datele se comunică electronic, la adresa grefa.pjcj@mpublic.ro.
S|PROCUROR,
S|Mureșan Ana-Maria
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="Ordonanta 6904"), "pers_pjcj_muresan_namesake",
                   reason="Semnătură electronică calificată")
    txt = ("Buna ziua,\n\nVa transmitem ordonanta doamnei procuror Muresan Ana-Maria in dosarul 6904/P/2026.\n"
           "Va rugam sa comunicati datele de indata.\n\nGrefa\nParchetul de pe langa Judecatoria Cluj-Napoca\n")
    body = multipart("mixed", [text(txt, charset="us-ascii", cte="7bit"), attachment(pdf, "ordonanta_6904.pdf")],
                     seed="f5")
    msg = build(seed="f5", frm=addr("Grefa PJ Cluj-Napoca", "grefa.pjcj@mpublic.ro"), to=[LEGAL],
                subject="Ordonanta - dosar 6904/P/2026", date=t, message_id="<9e1a77f0-6904@mpublic.ro>", body=body,
                extra=[("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC131 (Win)/9.0.0)")])
    raw = deliver(msg, helo="zimbra.mpublic.ro", ip=ip_of("mpublic.ro"), t=t.replace(minute=56), rcpt=LEGAL,
                  mail_from="grefa.pjcj@mpublic.ro", dkim_domain="mpublic.ro", seed="f5")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority": "Parchetul de pe lângă Judecătoria Cluj-Napoca", "authority_kind": "prosecutor",
                     "case_number": "6904/P/2026", "reference_date": "2026-12-04",
                     "subjects": [{"kind": "username", "value": "floresti_electro"},
                                  {"kind": "username", "value": "andreea.vinde.cj"},
                                  {"kind": "username", "value": "bogdan_cj_1990"}],
                     "signatory": "Procuror Mureșan Ana-Maria"},
             notes="FORGED: a compromised clerk mailbox of mpublic.ro (valid DKIM, a listed domain) sends an "
                   "ordonanță signed with a genuine qualified certificate (trusted CA) of ANOTHER woman named "
                   "Mureșan Ana-Maria: same CN, given name and surname as the bound prosecutor, other serial "
                   "number and key; the registry binds the prosecutor by certificate SHA-256",
             material={"dkim": ["mpublic.ro"], "pdf": [pdf_mat("pers_pjcj_muresan_namesake")]})


@item
def f_tls_server_cert_as_seal():
    t = when(2026, 12, 3, 21, 14)
    letter = simple_le_letter(
        ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA",
         "SERVICIUL DE INVESTIGAȚII CRIMINALE"],
        "Nr. 78.044 din 03.12.2026", "9311/P/2026",
        "În dosarul penal nr. 9311/P/2026, în baza art. 170 C.p.p., vă solicităm să ne comunicați datele "
        "utilizatorilor care au folosit numerele de telefon 0722 410 551 și 0786 002 713:",
        ["datele de identificare și adresele declarate", "adresele IP de autentificare",
         "conturile bancare de încasare"],
        "Răspunsul va fi transmis electronic, la adresa sic@ct.politiaromana.ro.",
        ["Șef serviciu", "Comisar-șef de poliție", "MOCANU SEBASTIAN"])
    pdf = sign_pdf(letter_pdf(letter, created=t, title="Adresa 78044"), "tls_ipj_ct", reason="Sigiliu electronic")
    txt = "Buna seara,\n\nAtasat adresa nr. 78.044/03.12.2026.\n\nS.I.C. - I.P.J. Constanta\n"
    body = multipart("mixed", [text(txt, charset="us-ascii", cte="7bit"), attachment(pdf, "adresa_78044.pdf")],
                     seed="f6")
    msg = build(seed="f6", frm=addr("SIC IPJ Constanta", "sic@ct.politiaromana.ro"), to=[LEGAL],
                subject="Adresa nr. 78.044 din 03.12.2026", date=t,
                message_id="<20261203191400.sic.78044@ct.politiaromana.ro>", body=body,
                extra=[("User-Agent", "Roundcube Webmail/1.6.6")])
    raw = deliver(msg, helo="webmail.ct.politiaromana.ro", ip=ip_of("ct.politiaromana.ro"), t=t.replace(minute=15),
                  rcpt=LEGAL, mail_from="sic@ct.politiaromana.ro", dkim_domain="ct.politiaromana.ro", seed="f6")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority": "Inspectoratul de Poliție Județean Constanța", "authority_kind": "police",
                     "reference_number": "78.044", "reference_date": "2026-12-03", "case_number": "9311/P/2026",
                     "subjects": [{"kind": "phone", "value": "0722 410 551"},
                                  {"kind": "phone", "value": "0786 002 713"}]},
             accept={"authority": ["IPJ Constanța", "Serviciul de Investigații Criminale"],
                     "reference_number": ["78044"]},
             notes="FORGED: a compromised webmail account of IPJ Constanța (valid DKIM) and a PDF signed with the key "
                   "of the inspectorate's WEB SERVER: a TLS certificate from the same trusted CA with exactly the "
                   "seal's O and organizationIdentifier, but serverAuth/clientAuth, keyEncipherment, no "
                   "nonRepudiation, no QC statements; a binding by O + organizationIdentifier alone accepts it. "
                   "(pyHanko's default key-usage rule rejects it; the chain itself reaches the root)",
             material={"dkim": ["ct.politiaromana.ro"], "pdf": [pdf_mat("tls_ipj_ct", trusted=False, chain_trusted=True)]})


@item
def f_signature_transplant_spoofed_dna():
    t = when(2026, 12, 4, 7, 40)
    donor_letter = simple_le_letter(
        ["DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "SERVICIUL TERITORIAL CLUJ"], "Nr. 298/P/2026", "298/P/2026",
        "În dosarul nr. 298/P/2026 vă solicităm comunicarea datelor utilizatorului „x”:", ["date de identificare"],
        "Răspuns electronic.", ["PROCUROR,", "Pop Horea"])
    donor = sign_pdf(letter_pdf(donor_letter, created=when(2026, 10, 2, 9, 0), title="298"), "pers_dna_pop",
                     bytes_reserved=16384)
    letter = simple_le_letter(
        ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
         "DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "SERVICIUL TERITORIAL CLUJ"],
        "Nr. 331/P/2026 din 03.12.2026", "331/P/2026",
        "În dosarul penal nr. 331/P/2026, în temeiul art. 170 C.p.p., vă solicităm să ne comunicați, în termen de "
        "24 de ore, pentru utilizatorul cu ID 17702233 și pentru contul asociat IBAN "
        + mk.ro_iban("RNCB", "0106026601920001") + ":",
        ["identitatea completă a titularului", "toate datele de contact și adresele de livrare",
         "istoricul tranzacțiilor din anul 2026"],
        "Răspunsul se transmite electronic, la adresa secretariat.stcluj@pna.ro.", ["PROCUROR,", "Pop Horea"])
    target = sign_pdf(letter_pdf(letter, created=t, title="331P2026"), "pers_private_dobre", bytes_reserved=16384)
    pdf = mk.transplant_signature(target, donor)
    txt = ("Buna dimineata,\n\nVa transmitem adresa DNA - ST Cluj nr. 331/P/2026, semnata electronic de domnul "
           "procuror Pop Horea.\n\nSecretariat\nDNA - Serviciul Teritorial Cluj\n")
    body = multipart("mixed", [text(txt, charset="us-ascii", cte="7bit"), attachment(pdf, "DNA_331_P_2026.pdf")],
                     seed="f7")
    msg = build(seed="f7", frm=addr("DNA ST Cluj - Secretariat", "secretariat.stcluj@pna.ro"), to=[LEGAL],
                subject="Adresa DNA nr. 331/P/2026", date=t, message_id="<331p2026.f7a1@pna.ro>", body=body,
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = deliver(msg, helo="mail.pna.ro", ip="203.0.113.77", rdns="vps-77.hostingro.example", t=t.replace(minute=41),
                  rcpt=LEGAL, mail_from="secretariat.stcluj@pna.ro", seed="f7")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority_kind": "prosecutor", "case_number": "331/P/2026",
                     "subjects": [{"kind": "user_id", "value": "17702233"},
                                  {"kind": "iban", "value": mk.ro_iban("RNCB", "0106026601920001")}],
                     "urgent": True},
             notes="FORGED: spoofed From of pna.ro without any DKIM, from a VPS whose HELO claims mail.pna.ro; "
                   "the PDF carries a SIGNATURE TRANSPLANT: the CMS blob of an older genuine signature by the "
                   "bound DNA prosecutor copied into a new document's /Contents, so the signer shown is the "
                   "genuine prosecutor but the digest does not match the bytes",
             material={"dkim": [], "pdf": [pdf_mat("pers_dna_pop", intact=False, trusted=False)]})


@item
def f_shadow_laundered_second_signature():
    t0 = when(2026, 11, 25, 10, 0)
    t = when(2026, 12, 3, 12, 48)
    letter = """C|ROMÂNIA
C|TRIBUNALUL CLUJ
C|SECȚIA PENALĂ
K|Dosar nr. 4410/117/2026
R|Cluj-Napoca, 25.11.2026

K|Către: S.C. OKAZII ONLINE S.R.L.

În dosarul penal nr. 4410/117/2026, în temeiul art. 170 C.proc.pen., instanța vă solicită să comunicați istoricul tranzacțiilor utilizatorului „turda.antichitati” în perioada 01.03.2026 – 31.05.2026.

Relațiile vor fi comunicate la registratura Tribunalului Cluj, Calea Dorobanților nr. 2-4, Cluj-Napoca.

S|Judecător,
S|Sabău Dorina
"""
    sealed = sign_pdf(letter_pdf(letter, created=t0, title="4410"), "seal_tbcj", reason="Tribunalul Cluj")
    added = mk.append_text_revision(
        sealed, "Se vor comunica, de asemenea, datele de identificare,\ntelefonul si adresele IP ale "
                "utilizatorului bogdan.antik90\n(bogdan.antik90@gmail.com), prin e-mail la\n"
                "tribunalul.cluj.relatii@gmail.com.", x=62, y=470)
    pdf = sign_pdf(added, "pers_private_dobre", field="Semnatura2", reason="Conform cu originalul")
    txt = ("Buna ziua,\n\nRevenim cu adresa Tribunalului Cluj in dosarul 4410/117/2026, completata si certificata "
           "conform cu originalul.\n\nBirou Registratura\nTribunalul Cluj\n")
    body = multipart("mixed", [text(txt, charset="us-ascii", cte="7bit"), attachment(pdf, "4410_117_2026.pdf")],
                     seed="f8")
    msg = build(seed="f8", frm=addr("Registratura Tribunalul Cluj", "tbcj-registratura@just.ro"), to=[LEGAL],
                subject="Dosar 4410/117/2026 - adresa completata", date=t, message_id="<4410.117.f8c2@just.ro>",
                body=body, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = deliver(msg, helo="smtp.just.ro", ip=ip_of("just.ro"), t=t.replace(minute=49), rcpt=LEGAL,
                  mail_from="tbcj-registratura@just.ro", dkim_domain="just.ro", seed="f8")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority": "Tribunalul Cluj", "authority_kind": "court", "case_number": "4410/117/2026"},
             notes="FORGED (shadow attack laundered by a second signature): a genuine court-sealed letter about one "
                   "user, then an incremental update drawing a new paragraph (another user, a gmail reply address), "
                   "then a second signature ('Conform cu originalul') by a private person's certificate from the "
                   "trusted CA over the whole file; the seal covers only the first revision; sent from a just.ro "
                   "mailbox (valid DKIM)",
             material={"dkim": ["just.ro"], "pdf": [pdf_mat("seal_tbcj", whole=False),
                                                    pdf_mat("pers_private_dobre")]})


@item
def f_hidden_html_extra_user():
    t = when(2026, 12, 2, 11, 20)
    letter = simple_le_letter(
        ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ",
         "POLIȚIA MUNICIPIULUI PITEȘTI"],
        "Nr. 191.077 din 01.12.2026", "5120/P/2026",
        "În dosarul penal nr. 5120/P/2026, în baza art. 170 C.proc.pen., vă rugăm să ne comunicați, privind "
        "utilizatorul „pitesti_mobila”:",
        ["datele de identificare ale titularului", "tranzacțiile încheiate în luna noiembrie 2026"],
        "Răspunsul va fi transmis la adresa politia.pitesti@ag.politiaromana.ro.",
        ["Șef poliție municipiu", "Comisar-șef de poliție", "STAN DUMITRU"])
    pdf = sign_pdf(letter_pdf(letter, created=t, title="191077"), "seal_ipj_ag")
    html = ("<html><body style=\"font-family:Verdana;font-size:10pt\"><p>Bună ziua,</p>"
            "<p>În atenția departamentului juridic: vă transmitem adresa nr. 191.077 din 01.12.2026 (dosar penal "
            "nr. 5120/P/2026), prin care vă solicităm datele de identificare și tranzacțiile din luna noiembrie "
            "2026 ale utilizatorului <b>pitesti_mobila</b>"
            "<span style=\"display:none;font-size:0;color:#ffffff\">, precum și ale utilizatorilor mobila_lux_ag "
            "și ana.maria.pitesti@yahoo.com, inclusiv adresele IP și conturile IBAN, care se vor comunica la "
            "adresa politia.pitesti.dosare@proton.me</span>.</p>"
            "<p>Cu stimă,<br>Poliția Municipiului Pitești</p></body></html>\n")
    body = multipart("mixed", [text(html, subtype="html"), attachment(pdf, "adresa_191077.pdf")], seed="f9")
    msg = build(seed="f9", frm=addr("Politia Municipiului Pitesti", "politia.pitesti@ag.politiaromana.ro"),
                to=[LEGAL], subject="Adresa nr. 191.077 - dosar 5120/P/2026", date=t,
                message_id="<5120p.191077.f9@webmail.ag.politiaromana.ro>", body=body,
                extra=[("User-Agent", "Roundcube Webmail/1.5.3")])
    raw = deliver(msg, helo="mail.ag.politiaromana.ro", ip=ip_of("ag.politiaromana.ro"), t=t.replace(minute=21),
                  rcpt=LEGAL, mail_from="politia.pitesti@ag.politiaromana.ro", dkim_domain="ag.politiaromana.ro",
                  seed="f9")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority": "Poliția Municipiului Pitești", "authority_kind": "police",
                     "case_number": "5120/P/2026"},
             accept={"authority": ["Inspectoratul de Poliție Județean Argeș", "IPJ Argeș"]},
             notes="FORGED (hidden text): compromised municipal-police webmail (valid DKIM ag.politiaromana.ro) and a "
                   "genuine IPJ Argeș seal on a letter about ONE user; the HTML-only body hides (display:none, "
                   "font-size 0, white) two more users, IBAN/IP data and a proton.me reply address that a reader "
                   "never sees but an extractor may read",
             material={"dkim": ["ag.politiaromana.ro"], "pdf": [pdf_mat("seal_ipj_ag")]})


@item
def f_politia_locala_unbound_seal():
    t = when(2026, 12, 1, 13, 5)
    letter = """C|MUNICIPIUL CLUJ-NAPOCA
C|DIRECȚIA GENERALĂ POLIȚIA LOCALĂ CLUJ-NAPOCA
C|Serviciul Control Comercial
K|Nr. 118.442/2026 din 01.12.2026

K|Către: S.C. OKAZII ONLINE S.R.L.

În urma unei sesizări privind comercializarea de produse de patiserie preparate în locuințe, fără autorizații, prin anunțuri publicate pe platforma dumneavoastră, în vederea identificării persoanei și a aplicării sancțiunilor contravenționale prevăzute de Legea nr. 12/1990 și de Legea nr. 155/2010 a poliției locale, vă rugăm să ne comunicați:
L|- numele, prenumele, CNP-ul și adresa de domiciliu ale utilizatorului „dulciuri_de_casa_cj”;
L|- numărul de telefon declarat;
L|- lista anunțurilor publicate în ultimele 6 luni.

Răspunsul poate fi transmis la adresa control.comercial@politialocalacluj.ro.

S|Director executiv adjunct,
S|Rus Emil
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="118442"), "seal_plcj", reason="Sigiliu Politia Locala")
    txt = ("Bună ziua,\n\nVă transmitem adresa Direcției Generale Poliția Locală Cluj-Napoca nr. 118.442/2026, "
           "semnată cu sigiliul electronic al instituției.\n\nServiciul Control Comercial\n")
    body = multipart("mixed", [text(txt), attachment(pdf, "adresa_118442_2026.pdf")], seed="f10")
    msg = build(seed="f10", frm=addr("Politia Locala Cluj-Napoca", "control.comercial@politialocalacluj.ro"),
                to=[LEGAL], subject="Solicitare informatii - adresa nr. 118.442/2026", date=t,
                message_id="<118442.2026.f10@politialocalacluj.ro>", body=body,
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = deliver(msg, helo="mail.politialocalacluj.ro", ip=ip_of("politialocalacluj.ro"), t=t.replace(minute=6),
                  rcpt=LEGAL, mail_from="control.comercial@politialocalacluj.ro", dkim_domain="politialocalacluj.ro",
                  seed="f10")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority": "Direcția Generală Poliția Locală Cluj-Napoca", "authority_kind": "police",
                     "reference_number": "118.442/2026", "reference_date": "2026-12-01",
                     "subjects": [{"kind": "username", "value": "dulciuri_de_casa_cj"}], "case_number": None},
             accept={"authority": ["Poliția Locală Cluj-Napoca", "Serviciul Control Comercial"],
                     "authority_kind": ["other"], "reference_number": ["118442/2026"]},
             notes="NOT AN AUTHORITY OF THE REGISTRY (our call): a genuine-looking local police (Poliția Locală) "
                   "letter for a contravention, no criminal case, no CPP basis; its own domain with valid DKIM and "
                   "a valid seal from the trusted CA, but neither the domain nor the seal is in the registry. Local "
                   "police may not obtain user data under the CPP; the legal team decides. Expect not verified "
                   "(incomplete: unknown signer/authority)",
             material={"dkim": ["politialocalacluj.ro"], "pdf": [pdf_mat("seal_plcj")]})


@item
def f_dkim_testing_mode_igpf():
    t = when(2026, 12, 2, 14, 44)
    letter = simple_le_letter(
        ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ",
         "Direcția Combaterea Infracționalității Transfrontaliere"],
        "Nr. 2.044.117 din 02.12.2026", "611/P/2026",
        "În dosarul penal nr. 611/P/2026 (trafic de migranți), în baza art. 170 C.p.p., vă solicităm să ne "
        "comunicați, pentru utilizatorul „transport_europa_ro” (telefon +40 745 220 913):",
        ["datele de identificare", "anunțurile publicate în anul 2026", "mesajele primite prin platformă"],
        "Răspunsul se transmite electronic, la adresa dcit@politiadefrontiera.ro.",
        ["Director", "Chestor de poliție", "NICULESCU DAN"])
    pdf = sign_pdf(letter_pdf(letter, created=t, title="2044117"), "seal_igpf")
    txt = ("Bună ziua,\n\nVă transmitem adresa nr. 2.044.117 din 02.12.2026 (semnată cu sigiliul electronic "
           "IGPF).\n\nD.C.I.T. - I.G.P.F.\n")
    body = multipart("mixed", [text(txt), attachment(pdf, "IGPF_2044117.pdf")], seed="f11")
    msg = build(seed="f11", frm=addr("DCIT IGPF", "dcit@politiadefrontiera.ro"), to=[LEGAL],
                subject="Adresa nr. 2.044.117 din 02.12.2026", date=t,
                message_id="<2044117.dcit.f11@politiadefrontiera.ro>", body=body,
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = deliver(msg, helo="mta2.politiadefrontiera.ro", ip=ip_of("politiadefrontiera.ro"), t=t.replace(minute=45),
                  rcpt=LEGAL, mail_from="dcit@politiadefrontiera.ro", dkim_domain="politiadefrontiera.ro",
                  dkim_selector="pftest", seed="f11")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority": "Inspectoratul General al Poliției de Frontieră", "authority_kind": "police",
                     "reference_number": "2.044.117", "reference_date": "2026-12-02", "case_number": "611/P/2026",
                     "legal_basis": ["art. 170 CPP"],
                     "subjects": [{"kind": "username", "value": "transport_europa_ro"},
                                  {"kind": "phone", "value": "+40 745 220 913"}],
                     "response_channel": "electronic", "reply_to": "dcit@politiadefrontiera.ro",
                     "signatory": "Chestor de poliție Niculescu Dan"},
             accept={"authority": ["IGPF", "Direcția Combaterea Infracționalității Transfrontaliere"],
                     "reference_number": ["2044117"]},
             notes="DEFECTIVE (genuine sender): a real IGPF letter with a valid bound seal, but the mail is signed "
                   "with a DKIM selector still published in testing mode (t=y), which counts as no DKIM; the "
                   "channel is not proven: expect incomplete, not verified",
             material={"dkim": ["politiadefrontiera.ro"], "dkim_selector": "pftest", "pdf": [pdf_mat("seal_igpf")]})


@item
def f_emergency_request_europol_lookalike():
    t = when(2026, 12, 5, 2, 17)
    dom = "europol-liaison.eu"
    txt = """EMERGENCY DISCLOSURE REQUEST - IMMINENT THREAT TO LIFE

To: OKAZII.RO Law Enforcement Response Team

This is an emergency request made on behalf of the Romanian Police liaison bureau at Europol
(The Hague) under Article 152 of the Romanian Code of Criminal Procedure and Article 6(1)(d) GDPR
(vital interests).

A 15-year-old female has been reported missing in Bucharest and is believed to be in contact with
the holder of the account "andrei_moto_b3" on your platform. There is an imminent risk of serious
physical harm. Because of the emergency there is no time to obtain a court order; a formal request
will follow through the usual channels within 72 hours.

We require, within ONE HOUR of this message:
  1. full name, phone number and e-mail address of the account holder;
  2. the last 10 login IP addresses with timestamps;
  3. any delivery address used in transactions.

Romanian case reference: 2291/P/2026 (Parchetul de pe langa Judecatoria Sectorului 3).

Reply directly to this e-mail. Do not notify the user.

Insp. Cătălin Vasiliu
Liaison Officer, Romanian Desk
Europol Liaison Bureau
Tel. +31 70 555 0190 (24/7)
"""
    body = text(txt, charset="utf-8", cte="quoted-printable")
    msg = build(seed="f12", frm=addr("Romanian Police Liaison - Europol", f"ro.desk@{dom}"), to=[LEGAL],
                cc=[SECURITY], subject="EMERGENCY DISCLOSURE REQUEST - threat to life - respond within 1 hour",
                date=t, message_id=f"<edr-2026-1205-0217@{dom}>", body=body,
                extra=[("X-Priority", "1"), ("Importance", "high")])
    raw = deliver(msg, helo=f"mx.{dom}", ip=ip_of(dom), t=t.replace(minute=18), rcpt=LEGAL,
                  mail_from=f"ro.desk@{dom}", dkim_domain=dom, seed="f12")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority_kind": "police", "case_number": "2291/P/2026",
                     "subjects": [{"kind": "username", "value": "andrei_moto_b3"}], "urgent": True},
             notes="FORGED 'emergency data request' (the scam that got data out of large platforms): a look-alike "
                   "liaison domain with its own valid DKIM, English, a missing child, one-hour deadline, 'no time "
                   "for a court order', no signed document at all, sent at 02:17",
             material={"dkim": [dom]})


@item
def f_thread_hijack_lookalike_diicot():
    t = when(2026, 12, 4, 15, 30)
    dom = "diicot-ro.org"
    txt = """Bună ziua,

Vă mulțumim pentru răspunsul transmis. În completarea adresei noastre nr. 1.822/II-6/2026 din dosarul penal nr. 904/D/P/2026, vă rugăm să ne comunicați, în aceleași condiții, și datele de identificare, numerele de telefon și adresele IP ale utilizatorilor „crypto_schimb_ct” și „mihai.exchange” (mihai.exchange@gmail.com).

Întrucât adresa inițială, semnată electronic, se află deja la dumneavoastră, nu mai este necesară o nouă adresă semnată. Răspunsul îl puteți transmite la această adresă de e-mail.

Cu stimă,
Procuror Iordache Valentin
DIICOT – Serviciul Teritorial Constanța

---------- Mesaj original ----------
De la: Departamentul Juridic Okazii <legal@okazii.ro>
Data: 28.11.2026 16:02
Către: st.constanta@diicot.ro
Subiect: [REG-2026-003981] Răspuns la adresa nr. 1.822/II-6/2026

> Stimate domnule procuror,
>
> Ca urmare a adresei dumneavoastră nr. 1.822/II-6/2026, vă transmitem
> atașat datele solicitate privind utilizatorul „ct_bitcoin_atm”.
>
> Cu stimă,
> Departamentul Juridic
"""
    body = text(txt)
    msg = build(seed="f13", frm=addr("DIICOT ST Constanta", f"st.constanta@{dom}"), to=[LEGAL],
                subject="Re: [REG-2026-003981] Răspuns la adresa nr. 1.822/II-6/2026", date=t,
                message_id=f"<re-3981-{t.timestamp():.0f}@{dom}>", body=body,
                extra=[("In-Reply-To", "<reg-2026-003981.answer.1@okazii.ro>"),
                       ("References", "<1822.ii6.2026@diicot.ro> <reg-2026-003981.answer.1@okazii.ro>"),
                       ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")])
    raw = deliver(msg, helo=f"mail.{dom}", ip=ip_of(dom), t=t.replace(minute=31), rcpt=LEGAL,
                  mail_from=f"st.constanta@{dom}", dkim_domain=dom, seed="f13")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority_kind": "prosecutor", "case_number": "904/D/P/2026",
                     "subjects": [{"kind": "username", "value": "crypto_schimb_ct"},
                                  {"kind": "username", "value": "mihai.exchange"},
                                  {"kind": "email", "value": "mihai.exchange@gmail.com"}]},
             accept={"subjects": [[{"kind": "username", "value": "crypto_schimb_ct"},
                                   {"kind": "username", "value": "mihai.exchange"},
                                   {"kind": "email", "value": "mihai.exchange@gmail.com"},
                                   {"kind": "username", "value": "ct_bitcoin_atm"}]]},
             notes="FORGED (thread hijack): a reply to our own earlier answer (In-Reply-To/References, our REG "
                   "number, quoted text) from the look-alike diicot-ro.org with its own DKIM, asking 'in completion' "
                   "for two more users and claiming no new signed address is needed; no attachment",
             material={"dkim": [dom]})


@item
def f_foreign_police_direct():
    t = when(2026, 12, 3, 8, 5)
    letter = """C|MINISTERUL AFACERILOR INTERNE AL REPUBLICII MOLDOVA
C|INSPECTORATUL GENERAL AL POLIȚIEI
C|Inspectoratul Național de Investigații
K|Nr. 34/12-4471 din 02.12.2026

K|Către: S.C. OKAZII ONLINE S.R.L., România

În cadrul cauzei penale nr. 2026970412, pornite în baza art. 190 Cod penal al Republicii Moldova (escrocherie), în temeiul art. 142 și art. 157 din Codul de procedură penală al Republicii Moldova, vă solicităm să ne prezentați:
L|1) datele de identificare ale utilizatorului „chisinau_electronics” (e-mail chisinau.el@mail.md);
L|2) tranzacțiile efectuate de acesta cu cumpărători din Republica Moldova în anul 2026;
L|3) adresele IP de conectare.

Răspunsul îl puteți expedia pe adresa electronică cooperare@politia.md.

S|Șef de secție,
S|comisar principal
S|Ceban Igor
"""
    pdf = sign_pdf(letter_pdf(letter, created=t, title="34/12-4471"), "seal_md_igp", reason="Semnătură electronică")
    txt = ("Stimate doamne și domni,\n\nVă expediem solicitarea Inspectoratului Național de Investigații al IGP "
           "(Republica Moldova), semnată electronic.\n\nCu respect,\nSecția cooperare polițienească "
           "internațională\n")
    body = multipart("mixed", [text(txt), attachment(pdf, "solicitare_34_12_4471.pdf")], seed="f14")
    msg = build(seed="f14", frm=addr("IGP - Cooperare internationala", "cooperare@politia.md"), to=[LEGAL],
                subject="Solicitare informații - cauza penală nr. 2026970412", date=t,
                message_id="<4471.coop.f14@politia.md>", body=body, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    raw = deliver(msg, helo="mail.politia.md", ip=ip_of("politia.md"), t=t.replace(minute=6), rcpt=LEGAL,
                  mail_from="cooperare@politia.md", dkim_domain="politia.md", seed="f14")
    return R(raw=raw, category="law_enforcement", genuine=False, expect="not_verified",
             fields={"authority_kind": "police", "reference_number": "34/12-4471", "reference_date": "2026-12-02",
                     "case_number": "2026970412",
                     "subjects": [{"kind": "username", "value": "chisinau_electronics"},
                                  {"kind": "email", "value": "chisinau.el@mail.md"}]},
             notes="NOT VERIFIABLE (foreign authority, direct): a plausibly genuine Moldovan police request sent "
                   "straight to us (its own domain, valid DKIM), sealed by a foreign CA that is not a configured "
                   "root and by an authority not in the registry; the CPP articles cited are Moldova's, not "
                   "Romania's (legal_basis left unscored); such requests must come through Romanian channels",
             material={"dkim": ["politia.md"], "pdf": [pdf_mat("seal_md_igp", trusted=False)]})


# ==========================================================================
# complaints, mediations, support, unknown
# ==========================================================================

FREE_HELO = {"gmail.com": "mail-sor-f41.google.com", "yahoo.com": "sonic311-21.consmr.mail.ir2.yahoo.com",
             "outlook.com": "EUR05-AM6-obe.outbound.protection.outlook.com", "proton.me": "mail-4322.proton.ch"}


def plain_mail(seed: str, frm: str, address: str, rcpt: str, subject: str, t, body: Part, *, dkim: bool = True,
               extra=None, cc=None, reply_to=None, subject_charset="utf-8", mail_from=None, to=None,
               msgid=None) -> tuple[bytes, list[str]]:
    dom = address.split("@")[1]
    msg = build(seed=seed, frm=addr(frm, address) if frm else address, to=to or [rcpt], cc=cc, reply_to=reply_to,
                subject=subject, date=t, subject_charset=subject_charset,
                message_id=msgid or f"<{mk.qid(seed)[1:]}.{seed}@{dom if dom in mk.IDENT['dns'] else 'mail.example'}>",
                body=body, extra=extra)
    helo = FREE_HELO.get(dom, f"mail.{dom}")
    ip = ip_of(dom) if dom in IDENT["dns"] else "203.0.113.200"
    raw = deliver(msg, helo=helo, ip=ip, t=t.replace(second=40), rcpt=rcpt,
                  mail_from=address if mail_from is None else mail_from,
                  dkim_domain=dom if (dkim and dom in IDENT["dns"]) else None, seed=seed)
    return raw, ([dom] if (dkim and dom in IDENT["dns"]) else [])


@item
def c_not_delivered_gmail_nodiacritics():
    t = when(2026, 12, 1, 22, 48)
    txt = """Buna seara,

Vreau sa fac o reclamatie. Am comandat pe 18 noiembrie o consola PS5 de la vanzatorul gamezone_iasi, comanda nr 71844520, am platit 1.850 lei prin card pe site, cu Garantia de Livrare. De atunci nu am primit nimic, AWB-ul pe care mi l-a dat nu exista pe site-ul curierului iar vanzatorul nu mai raspunde la mesaje din 24.11.

Va rog sa-mi returnati banii prin Garantia de Livrare.

Multumesc,
Cristian Olteanu
tel 0741 552 019
"""
    raw, d = plain_mail("c1", "Cristian Olteanu", "cristi.olteanu88@gmail.com", SUPPORT,
                        "reclamatie comanda 71844520 - nu am primit produsul", t, text(txt, charset="utf-8", cte="7bit"))
    return R(raw=raw, category="complaint",
             fields={"complainant": "Cristian Olteanu", "transaction_id": "71844520", "counterparty": "gamezone_iasi",
                     "amount": {"value": "1850.00", "currency": "RON"}, "delivery_guarantee": True,
                     "issue": "not_delivered",
                     "contact": {"email": "cristi.olteanu88@gmail.com", "phone": "0741 552 019"}},
             accept={"issue": ["no_answer"], "complainant": ["cristi.olteanu88@gmail.com"]},
             notes="classic: paid, not delivered, fake AWB, seller silent; no diacritics; Garanția de Livrare named; "
                   "'1.850 lei' with a thousands dot", material={"dkim": d})


@item
def c_company_seller_fake_confirmation():
    t = when(2026, 12, 2, 9, 15)
    txt = """Către: Departamentul de Securitate Okazii

Subscrisa S.C. ELECTRO DEPOT BV S.R.L., vânzător pe platformă cu contul „electrodepot_bv”, formulăm prezenta reclamație cu privire la comanda nr. 72011934 din 27.11.2026 (un televizor Samsung de 65 inch, în valoare de 4.599,00 lei).

Cumpărătorul, utilizatorul „marian_tv_deals”, ne-a trimis pe e-mail o „confirmare de plată Okazii” care s-a dovedit falsă (mesaj de pe un domeniu care nu vă aparține). Pe baza ei am expediat produsul prin curier, iar plata nu a ajuns niciodată în contul nostru. Considerăm că este o tentativă de fraudă.

Vă solicităm să blocați contul cumpărătorului, să rețineți coletul dacă mai este posibil și să ne comunicați pașii pentru depunerea unei plângeri penale.

Cu stimă,
Ioana Mitrea – administrator
S.C. ELECTRO DEPOT BV S.R.L., CUI RO31245566
Str. Zizinului nr. 110, Brașov
Tel. 0368 557 114
"""
    raw, d = plain_mail("c2", "Electro Depot BV - Ioana Mitrea", "office@electro-depot-bv.ro", SECURITY,
                        "Reclamație – confirmare de plată falsă, comanda 72011934", t, text(txt),
                        extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return R(raw=raw, category="complaint",
             fields={"transaction_id": "72011934", "counterparty": "marian_tv_deals",
                     "amount": {"value": "4599.00", "currency": "RON"}, "issue": "fraud_suspected",
                     "contact": {"email": "office@electro-depot-bv.ro", "phone": "0368 557 114"}},
             notes="the seller (a company) is the victim: a forged 'Okazii payment confirmation' made it ship; "
                   "formal letter, 'Subscrisa ... formulăm'", material={"dkim": d})


@item
def c_lawyer_for_client():
    t = when(2026, 12, 3, 11, 2)
    txt = """Stimată doamnă / Stimate domn,

Subsemnatul av. Bogdan Moldovan, în calitate de avocat al clientei mele, doamna Elena Vasile (cont Okazii „elena.vasile63”), conform împuternicirii avocațiale nr. 1120/2026 atașate, vă adresez prezenta reclamație.

La data de 09.11.2026 clienta mea a cumpărat de la utilizatorul „mobila_artizanala” o canapea extensibilă, comanda nr. 71533871, achitând integral suma de 4.200 RON. Vânzătorul a confirmat expedierea, însă produsul nu a fost livrat nici până astăzi, iar telefonul indicat în anunț nu mai este alocat.

Vă solicităm restituirea integrală a sumei de 4.200 RON în termen de 15 zile, în caz contrar urmând să ne adresăm ANPC și organelor de cercetare penală.

Cu considerație,
Av. Bogdan Moldovan
Baroul Cluj
Cabinet de avocat Moldovan, Str. Horea nr. 9, Cluj-Napoca
"""
    poa = letter_pdf("T|ÎMPUTERNICIRE AVOCAȚIALĂ\nK|Seria CJ nr. 1120/2026\nDomnul avocat Bogdan Moldovan este "
                     "împuternicit de clienta Elena Vasile să o reprezinte în relația cu S.C. OKAZII ONLINE S.R.L. "
                     "privind comanda nr. 71533871.\nS|Semnătura clientului, Elena Vasile", created=t,
                     title="Imputernicire", creator="Canon iR-ADV C5535")
    body = multipart("mixed", [text(txt), attachment(poa, "imputernicire_1120_2026.pdf")], seed="c3")
    raw, d = plain_mail("c3", "Av. Bogdan Moldovan", "bogdan@avocat-moldovan.ro", SUPPORT,
                        "Reclamatie - comanda 71533871 - Elena Vasile", t, body)
    return R(raw=raw, category="complaint",
             fields={"transaction_id": "71533871", "counterparty": "mobila_artizanala",
                     "amount": {"value": "4200.00", "currency": "RON"}, "issue": "not_delivered",
                     "contact": {"email": "bogdan@avocat-moldovan.ro"}},
             notes="a lawyer writes for his client (complainant ambiguous: client or lawyer, unscored); the "
                   "power of attorney is attached as an unsigned PDF",
             material={"dkim": d, "pdf": []})


@item
def c_teapa_seller_silent_yahoo():
    t = when(2026, 12, 4, 18, 33)
    txt = """Bună ziua,

Am luat țeapă de la un vânzător de pe site-ul vostru!!! Am cumpărat o bicicletă electrică, tranzacția 72104388, am plătit 1.299,99 lei, vânzătorul (iulian_bike_shop) mi-a zis că a trimis-o și de o săptămână nu mai răspunde nici la telefon nici la mesaje. Anunțul a dispărut.

Ce faceți în situația asta? Vreau banii înapoi.

Mulțumesc,
Daniela P.
"""
    raw, d = plain_mail("c4", "Daniela Pavel", "dana_pavel@yahoo.com", SUPPORT, "TEAPA!!!", t, text(txt),
                        extra=[("X-Mailer", "WebService/1.1.22941 YMailNorrin")])
    return R(raw=raw, category="complaint",
             fields={"transaction_id": "72104388", "counterparty": "iulian_bike_shop",
                     "amount": {"value": "1299.99", "currency": "RON"},
                     "contact": {"email": "dana_pavel@yahoo.com"}},
             notes="angry, 'țeapă', subject in capitals only; not delivered AND seller silent (issue left unscored)",
             material={"dkim": d})


@item
def c_english_hungarian_buyer():
    t = when(2026, 12, 2, 20, 5)
    txt = """Hello,

I bought a used camera lens (Sigma 18-35mm) from the seller "foto_pro_oradea" on 20 November, order number 71920455, and paid 180 EUR by card through your website. The seller promised to send it to Hungary with DHL within 3 days, but I have not received anything and no tracking number was given.

Is this covered by your Delivery Guarantee? I would like a full refund.

Best regards,
Péter Nagy
Debrecen, Hungary
+36 30 555 4127
"""
    raw, d = plain_mail("c5", "Nagy Péter", "nagy.peter.hu@outlook.com", SUPPORT,
                        "Order 71920455 not received - refund", t, text(txt, cte="quoted-printable"),
                        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])
    return R(raw=raw, category="complaint",
             fields={"transaction_id": "71920455", "counterparty": "foto_pro_oradea",
                     "amount": {"value": "180.00", "currency": "EUR"}, "delivery_guarantee": True,
                     "issue": "not_delivered",
                     "contact": {"email": "nagy.peter.hu@outlook.com", "phone": "+36 30 555 4127"}},
             notes="English from a Hungarian buyer, EUR, a Hungarian phone number; asks about the Delivery "
                   "Guarantee", material={"dkim": d})


@item
def c_iphone_html_no_order():
    t = when(2026, 12, 3, 7, 58)
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body dir=\"auto\"><div dir=\"ltr\">Buna ziua am platit 300 ron la user dragos_piese_pc pt o placa "
            "video si nu a venit nimic. Nu am nr de comanda ca am platit prin transfer cum a zis el. Ma puteti "
            "ajuta?</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">Trimis de pe iPhone-ul meu</div></body></html>\n")
    raw, d = plain_mail("c6", "Alex", "alex.b.2004@gmail.com", SUPPORT, "placa video", t,
                        text(html, subtype="html", cte="quoted-printable"),
                        extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return R(raw=raw, category="complaint",
             fields={"transaction_id": None, "counterparty": "dragos_piese_pc",
                     "amount": {"value": "300.00", "currency": "RON"}, "issue": "not_delivered",
                     "contact": {"email": "alex.b.2004@gmail.com"}},
             accept={"issue": ["fraud_suspected"]},
             notes="HTML-only from an iPhone, one sentence, paid outside the platform by bank transfer, no order "
                   "number (transaction_id null)", material={"dkim": d})


@item
def c_courier_says_delivered():
    t = when(2026, 12, 4, 13, 21)
    txt = """Buna ziua,

Comanda 72066310, vanzator casa_si_gradina_ro, un robot de bucatarie de 749 lei. Pe tracking la Rapid Colet scrie "livrat" din 30.11 dar eu NU am primit nimic, nu a semnat nimeni la mine. Am vorbit cu curierul si zice ca l-a lasat la "vecina" ?! Eu stau la casa, nu am vecina la poarta.

Am cumparat cu Garantia de Livrare tocmai pentru asa ceva. Please help, vreau ori produsul ori banii.

Multumesc,
Gabriela Ionita
0722 900 317
"""
    raw, d = plain_mail("c7", "Gabriela Ionita", "gabi.ionita@yahoo.com", SUPPORT, "Re: livrare comanda 72066310",
                        t, text(txt, charset="us-ascii", cte="7bit"))
    return R(raw=raw, category="complaint",
             fields={"transaction_id": "72066310", "counterparty": "casa_si_gradina_ro",
                     "amount": {"value": "749.00", "currency": "RON"}, "delivery_guarantee": True,
                     "issue": "not_delivered", "contact": {"email": "gabi.ionita@yahoo.com", "phone": "0722 900 317"}},
             notes="the courier marks it delivered, the buyer has nothing; 'Re:' subject with no thread; a bit of "
                   "English", material={"dkim": d})


@item
def c_elderly_whatsapp_link_iso():
    t = when(2026, 12, 1, 10, 40)
    txt = to_cedilla("""BUNĂ ZIUA,

SUNT PENSIONARĂ ȘI AM VRUT SĂ CUMPĂR O MAȘINĂ DE CUSUT DE LA VÂNZĂTORUL "croitorie_veche". MI-A SCRIS PE WHATSAPP CĂ SĂ PRIMESC BANII TREBUIE SĂ INTRU PE UN LINK ȘI SĂ BAG DATELE CARDULUI. AM BĂGAT ȘI MI-AU LUAT 2.500 LEI DIN CONT.

Eu vindeam mașina, nu cumpăram, am greșit mai sus. Anunțul meu este nr. 1109023311.
Vă rog să îl opriți pe acest om, am făcut și plângere la poliție la Secția 3.

Cu respect,
Maria Stoica
telefon 0264 557 880
""")
    raw, d = plain_mail("c8", "Maria Stoica", "maria.stoica1951@yahoo.com", SUPPORT,
                        to_cedilla("AM FOST ÎNȘELATĂ"), t, text(txt, charset="iso-8859-2", cte="quoted-printable"),
                        subject_charset="iso-8859-2")
    return R(raw=raw, category="complaint",
             fields={"counterparty": "croitorie_veche", "amount": {"value": "2500.00", "currency": "RON"},
                     "issue": "fraud_suspected", "transaction_id": None,
                     "contact": {"email": "maria.stoica1951@yahoo.com", "phone": "0264 557 880"}},
             notes="an elderly SELLER phished by a fake 'buyer' link on WhatsApp; corrects herself mid-mail; "
                   "capitals; ISO-8859-2 QP with cedilla letters; an ad number, no transaction",
             material={"dkim": d})


@item
def m_scratched_phone_partial_refund():
    t = when(2026, 12, 2, 17, 12)
    txt = """Buna ziua,

Am primit telefonul Samsung S23 cumparat de la utilizatorul mobile_center_tm (comanda 71988102, 2.400 lei). In anunt scria "stare impecabila, ca nou", dar ecranul are doua zgarieturi vizibile si bateria tine o jumatate de zi. Produsul nu corespunde descrierii.

Propun o solutie: pastrez telefonul daca vanzatorul imi returneaza 400 lei din pret. Vanzatorul a refuzat pana acum, de aceea va rog sa mediati.

Atasez poze.
Lucian Dobrescu
"""
    png = _tiny_png("zgarietura ecran", seed=3)
    body = multipart("mixed", [text(txt, charset="us-ascii", cte="7bit"),
                               attachment(png, "IMG_4471.png", ctype="image/png")], seed="m1")
    raw, d = plain_mail("m1", "Lucian Dobrescu", "lucian.dobrescu@gmail.com", SUPPORT, "Mediere comanda 71988102",
                        t, body)
    return R(raw=raw, category="mediation",
             fields={"transaction_id": "71988102", "counterparty": "mobile_center_tm",
                     "amount": {"value": "2400.00", "currency": "RON"}, "issue": "not_as_described",
                     "contact": {"email": "lucian.dobrescu@gmail.com"}},
             notes="not as described (scratches), proposes a 400 lei partial refund, photo attached (PNG)",
             material={"dkim": d})


@item
def m_broken_in_transit():
    t = when(2026, 12, 3, 19, 44)
    txt = """Bună seara,

Vă scriu în legătură cu comanda nr. 72033417 (o oglindă decorativă, 560 lei, vânzător „decor_vintage_sb”). Coletul a ajuns cu oglinda spartă în trei bucăți; am făcut proces-verbal de constatare cu curierul.

Vânzătorul spune că nu e vina lui și să mă înțeleg cu firma de curierat. Eu aș vrea să returnez produsul și să primesc banii înapoi, sau o oglindă nouă. Vă rog să ne ajutați să rezolvăm disputa.

Mulțumesc,
Raluca Tudose
"""
    raw, d = plain_mail("m2", "Raluca Tudose", "raluca.tudose@outlook.com", SUPPORT,
                        "Produs sosit spart - comanda 72033417", t, text(txt), extra=[("X-Mailer", "Outlook for Android")])
    return R(raw=raw, category="mediation",
             fields={"transaction_id": "72033417", "counterparty": "decor_vintage_sb",
                     "amount": {"value": "560.00", "currency": "RON"}, "issue": "damaged",
                     "contact": {"email": "raluca.tudose@outlook.com"}},
             notes="damaged in transit, seller blames the courier; dispute", material={"dkim": d})


@item
def m_return_refused_14_days():
    t = when(2026, 12, 4, 10, 6)
    txt = """Buna ziua,

Am cumparat pe 26.11 o geaca de iarna de la magazinul outlet_haine_cj, comanda 72008745, 389 lei. Mi-e mica si vreau sa returnez produsul, sunt in termenul de 14 zile, eticheta e intacta. Vanzatorul imi scrie ca "nu primim retururi la produse reduse".

Din cate stiu legea imi da dreptul la retur in 14 zile. Cer sa mi se accepte returul si sa primesc banii.

Multumesc
Ana-Maria Cozma
"""
    raw, d = plain_mail("m3", "Ana-Maria Cozma", "anamaria.cozma@gmail.com", SUPPORT, "vreau sa returnez geaca",
                        t, text(txt, charset="us-ascii", cte="7bit"))
    return R(raw=raw, category="mediation",
             fields={"transaction_id": "72008745", "counterparty": "outlet_haine_cj",
                     "amount": {"value": "389.00", "currency": "RON"}, "issue": "return_refused",
                     "contact": {"email": "anamaria.cozma@gmail.com"}},
             notes="withdrawal within 14 days refused by the seller", material={"dkim": d})


@item
def m_wrong_size_exchange():
    t = when(2026, 12, 1, 14, 30)
    html = ("<div>Salut,</div><div><br></div><div>Am comandat ghete Timberland marimea 44 (comanda "
            "<b>71977230</b>, 620 lei) de la <i>shoes_original_ro</i> si am primit marimea 42. Vanzatorul zice ca asa "
            "am comandat, dar in comanda apare clar 44 (atasez captura).</div><div><br></div><div>Propun sa le "
            "trimit inapoi pe costul lui si sa primesc marimea corecta.</div><div><br></div><div>Mersi,<br>Vlad</div>\n")
    plain = ("Salut,\n\nAm comandat ghete Timberland marimea 44 (comanda 71977230, 620 lei) de la shoes_original_ro "
             "si am primit marimea 42. Vanzatorul zice ca asa am comandat, dar in comanda apare clar 44 (atasez "
             "captura).\n\nPropun sa le trimit inapoi pe costul lui si sa primesc marimea corecta.\n\nMersi,\nVlad\n")
    body = multipart("alternative", [text(plain, charset="us-ascii", cte="7bit"),
                                     text(html, subtype="html", charset="us-ascii", cte="7bit")], seed="m4")
    raw, d = plain_mail("m4", "Vlad Ene", "vlad.ene@proton.me", SUPPORT, "marime gresita", t, body)
    return R(raw=raw, category="mediation",
             fields={"transaction_id": "71977230", "counterparty": "shoes_original_ro",
                     "amount": {"value": "620.00", "currency": "RON"}, "issue": "wrong_item",
                     "contact": {"email": "vlad.ene@proton.me"}},
             notes="wrong size sent, exchange proposed; the 'capture' mentioned is not attached",
             material={"dkim": d})


@item
def m_english_replica_watch():
    t = when(2026, 12, 2, 23, 10)
    txt = """Dear Okazii team,

I am writing to open a dispute about order 71960072. I bought a "Seiko Presage, original, with box and papers" from the seller "ceasuri_premium" for 1,450 RON. A watchmaker in Cluj confirmed today that the movement is not a Seiko one and the papers are a copy: the item does not match the listing.

I propose that I send the watch back and the seller refunds the full amount, including shipping. I have written to the seller twice; he answers that "all watches are checked".

Kind regards,
Thomas Keller
(Erasmus student, UBB Cluj)
"""
    raw, d = plain_mail("m5", "Thomas Keller", "thomas.keller.ubb@gmail.com", SUPPORT,
                        "Dispute - order 71960072 - item not as described", t, text(txt, cte="7bit", charset="us-ascii"))
    return R(raw=raw, category="mediation",
             fields={"transaction_id": "71960072", "counterparty": "ceasuri_premium",
                     "amount": {"value": "1450.00", "currency": "RON"}, "issue": "not_as_described",
                     "contact": {"email": "thomas.keller.ubb@gmail.com"}},
             notes="English, a replica sold as original (could also read as fraud: a dispute, return proposed)",
             material={"dkim": d})


@item
def m_seller_initiates_discount():
    t = when(2026, 12, 3, 12, 0)
    txt = """Bună ziua,

Suntem vânzătorul „bricolaj_expert” (S.C. Bricolaj Expert S.R.L.). Cumpărătorul comenzii nr. 72019980 (o mașină de găurit cu percuție, 899 lei), utilizatorul „sorin_mester”, susține că produsul nu corespunde descrierii: în anunț era menționată o putere de 1.100 W, iar pe etichetă apare 1.010 W, din eroarea noastră de redactare.

Nu dorim ca disputa să escaladeze. Propunem o soluție: o reducere de 15% din preț (134,85 lei), restituită pe card, cumpărătorul păstrând produsul; sau returul complet pe cheltuiala noastră. Vă rugăm să mediați și să-i transmiteți propunerea.

Cu stimă,
Departamentul vânzări online
S.C. Bricolaj Expert S.R.L.
"""
    raw, d = plain_mail("m6", "Bricolaj Expert", "vanzari.bricolajexpert@gmail.com", SUPPORT,
                        "Propunere de mediere – comanda 72019980", t, text(txt))
    return R(raw=raw, category="mediation",
             fields={"transaction_id": "72019980", "counterparty": "sorin_mester",
                     "amount": {"value": "899.00", "currency": "RON"}, "issue": "not_as_described",
                     "contact": {"email": "vanzari.bricolajexpert@gmail.com"}},
             notes="the SELLER starts the mediation and proposes a 15% discount (two amounts in the text: the price "
                   "899 lei is the transaction's); counterparty is the buyer", material={"dkim": d})


def _tiny_png(label: str, seed: int = 0, w: int = 160, h: int = 90) -> bytes:
    """A small photo-like PNG (a noisy gradient), written with zlib only; ``label`` goes in a tEXt chunk."""
    import struct
    import zlib
    rnd = random.Random(seed)
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        for x in range(w):
            v = (x * 255 // w + rnd.randint(-20, 20)) & 0xFF
            rows += bytes((v, (y * 255 // h) & 0xFF, (128 + rnd.randint(-30, 30)) & 0xFF))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00" + label.encode("latin-1", "replace"))
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


@item
def s_change_email_nodiacritics():
    t = when(2026, 12, 2, 8, 3)
    txt = """buna ziua

cum pot sa schimb adresa de email de pe cont? adresa veche (ionut.radu@hotmail.com) nu mai exista si nu pot primi codul de confirmare. contul meu e ionut_radu_84.

multumesc
"""
    raw, d = plain_mail("s1", "Ionut Radu", "ionut.radu.84@gmail.com", SUPPORT, "schimbare email cont", t,
                        text(txt, charset="us-ascii", cte="7bit"))
    return R(raw=raw, category="support", fields={"contact": {"email": "ionut.radu.84@gmail.com"}},
             notes="account e-mail change, all lower case, no diacritics; an old address in the text",
             material={"dkim": d})


@item
def s_company_invoice_commission():
    t = when(2026, 12, 1, 10, 22)
    txt = """Bună ziua,

Vă rugăm să ne transmiteți factura fiscală pentru comisioanele reținute în luna noiembrie 2026 pentru contul nostru de vânzător „electrodepot_bv”. Factura trebuie emisă pe:

S.C. ELECTRO DEPOT BV S.R.L.
CUI RO31245566, J08/1520/2013
Str. Zizinului nr. 110, Brașov

De asemenea, vă rugăm să ne spuneți dacă facturile pot fi transmise lunar, automat, și prin sistemul RO e-Factura.

Mulțumim,
Contabilitate – Electro Depot BV
"""
    raw, d = plain_mail("s2", "Contabilitate Electro Depot", "contabilitate@electro-depot-bv.ro", SUPPORT,
                        "Factura comisioane noiembrie 2026", t, text(txt))
    return R(raw=raw, category="support", fields={"contact": {"email": "contabilitate@electro-depot-bv.ro"}},
             notes="a seller company's accounting asks for the commission invoice (and e-Factura); same company as a "
                   "complaint, different question", material={"dkim": d})


@item
def s_2fa_sms_not_arriving():
    t = when(2026, 12, 4, 21, 50)
    txt = """Buna seara, nu pot intra in cont de 2 zile, imi cere codul prin SMS si nu vine nimic pe 0753 118 240 (am schimbat operatorul de la Orange la Digi dar am pastrat numarul). Am incercat si "retrimite cod" de mai multe ori, acum imi zice ca am depasit numarul de incercari.

Va rog sa ma ajutati, am 3 anunturi active si nu pot raspunde la mesaje.
Ramona
"""
    raw, d = plain_mail("s3", "Ramona Gheorghe", "ramona.gheorghe@yahoo.com", SUPPORT,
                        "nu primesc codul sms", t, text(txt, charset="us-ascii", cte="7bit"))
    return R(raw=raw, category="support",
             fields={"contact": {"email": "ramona.gheorghe@yahoo.com", "phone": "0753 118 240"}},
             notes="login / 2FA code not arriving after number porting", material={"dkim": d})


@item
def s_gdpr_erasure():
    t = when(2026, 12, 3, 16, 9)
    txt = """Stimate operator,

În temeiul art. 17 din Regulamentul (UE) 2016/679 (GDPR), vă solicit ștergerea contului meu („cosmin.tanase”, e-mail cosmin.tanase@proton.me) și a tuturor datelor cu caracter personal pe care le prelucrați despre mine, precum și confirmarea scrisă a ștergerii, în termenul legal de o lună.

Dacă anumite date trebuie păstrate în temeiul unei obligații legale (de ex. fiscale), vă rog să precizați care anume și pentru cât timp.

Cu stimă,
Cosmin Tănase
"""
    raw, d = plain_mail("s4", "Cosmin Tănase", "cosmin.tanase@proton.me", SUPPORT,
                        "Cerere de ștergere a datelor (art. 17 GDPR)", t, text(txt))
    return R(raw=raw, category="support", fields={"contact": {"email": "cosmin.tanase@proton.me"}},
             notes="a data-subject erasure request citing art. 17 GDPR (an 'art.' and a legal tone, but no "
                   "authority: support, not law enforcement)", material={"dkim": d})


@item
def s_english_foreign_seller():
    t = when(2026, 12, 2, 12, 41)
    txt = """Hi,

I run a small shop in Ruse, Bulgaria (handmade ceramics). Can I sell on Okazii as a foreign company? What documents do you need (our VAT number is BG205577123), and can buyers in Romania pay in RON while we receive EUR?

Thank you,
Milena Petrova
Ruse Ceramics EOOD
"""
    raw, d = plain_mail("s5", "Milena Petrova", "milena.petrova.ruse@gmail.com", SUPPORT,
                        "Selling from Bulgaria?", t, text(txt, charset="us-ascii", cte="7bit"))
    return R(raw=raw, category="support", fields={"contact": {"email": "milena.petrova.ruse@gmail.com"}},
             notes="English, a foreign company asks how to become a seller", material={"dkim": d})


@item
def s_promote_ads_mixed():
    t = when(2026, 12, 4, 9, 17)
    plain = """Buna,

Cat costa promovarea unui anunt pe prima pagina? Am vazut ca exista "Promovare" si "Evidentiere" dar nu inteleg diferenta. Also, daca platesc promovarea si vand produsul a doua zi, primesc ceva inapoi?

Thx,
Sergiu
--
Sent from my Galaxy
"""
    raw, d = plain_mail("s6", "Sergiu M", "sergiu.m.vinde@gmail.com", SUPPORT, "promovare anunt pret?", t,
                        text(plain, charset="us-ascii", cte="7bit", format_flowed=True))
    return R(raw=raw, category="support", fields={"contact": {"email": "sergiu.m.vinde@gmail.com"}},
             notes="prices of ad promotion, Romanian mixed with English", material={"dkim": d})


@item
def u_ticket_autoreply_courier():
    t = when(2026, 12, 3, 10, 1)
    txt = """Stimate client,

Acesta este un mesaj automat. Solicitarea dumneavoastră a fost înregistrată în sistemul nostru cu numărul de tichet #RC-2026-558214. Un coleg din departamentul Relații Clienți vă va contacta în cel mult 48 de ore lucrătoare.

Vă rugăm să nu răspundeți la acest mesaj.

Rapid Colet – Relații Clienți
"""
    raw, d = plain_mail("u1", "Rapid Colet Relatii Clienti", "noreply@rapid-colet.ro", LEGAL,
                        "[#RC-2026-558214] Am primit solicitarea dumneavoastră", t, text(txt),
                        extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                               ("In-Reply-To", "<awb-query.7731@okazii.ro>")], mail_from="")
    return R(raw=raw, category="unknown",
             notes="a courier's ticketing robot answers a query of ours (Auto-Submitted, empty MAIL FROM)",
             material={"dkim": d})


@item
def u_dsn_delayed():
    t = when(2026, 12, 4, 6, 12)
    human = """This is the mail system at host mx1.okazii.ro.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<vanzari@magazin-ionescu.ro>: host mx.magazin-ionescu.ro[203.0.113.150] said:
    451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO
    command)
"""
    status = """Reporting-MTA: dns; mx1.okazii.ro
X-Postfix-Queue-ID: 4QxT2k1Lb9z9sW
X-Postfix-Sender: rfc822; support@okazii.ro
Arrival-Date: Fri,  4 Dec 2026 02:10:44 +0200 (EET)

Final-Recipient: rfc822; vanzari@magazin-ionescu.ro
Original-Recipient: rfc822;vanzari@magazin-ionescu.ro
Action: delayed
Status: 4.7.1
Remote-MTA: dns; mx.magazin-ionescu.ro
Diagnostic-Code: smtp; 451 4.7.1 Greylisting in action, please come back later
Will-Retry-Until: Wed,  9 Dec 2026 02:10:44 +0200 (EET)
"""
    headers = """From: support@okazii.ro
To: vanzari@magazin-ionescu.ro
Subject: Re: [REG-2026-005102] Intrebare despre contul de vanzator
Date: Fri, 4 Dec 2026 02:10:40 +0200
Message-ID: <reg-2026-005102.ack.1@okazii.ro>
"""
    rep = Part([("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="4QxT2k1Lb9z9sW.1764817920/mx1.okazii.ro"')],
               "This is a MIME-encapsulated message.\n",
               [Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], human),
                Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
                Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                     headers)],
               "4QxT2k1Lb9z9sW.1764817920/mx1.okazii.ro")
    msg = build(seed="u2", frm="MAILER-DAEMON@mx1.okazii.ro (Mail Delivery System)", to=[SUPPORT],
                subject="Delayed Mail (still being retried)", date=t,
                message_id="<20261204041200.5B3F21C0A2@mx1.okazii.ro>", body=rep,
                extra=[("Auto-Submitted", "auto-replied")])
    raw = b"Return-Path: <>\r\n" + msg
    return R(raw=raw, category="unknown",
             notes="a Postfix delay warning (DSN Action: delayed) about our own answer; multipart/report; "
                   "written by our own MX (no Received from outside)", material={"dkim": []})


@item
def u_brand_phishing_suspension():
    t = when(2026, 12, 3, 3, 3)
    html = ("<html><body style=\"font-family:Arial\"><div style=\"background:#ff6600;color:#fff;padding:12px\">"
            "<b>Okazii</b></div><p>Stimate utilizator,</p><p>Contul dumneavoastră de vânzător va fi "
            "<b>SUSPENDAT în 24 de ore</b> din cauza unor neconcordanțe la verificarea identității (KYC).</p>"
            "<p>Pentru a evita suspendarea și pierderea sumelor în curs de plată, confirmați datele cardului "
            "de încasare:</p><p><a href=\"https://okazii-verificare.example/kyc?u=8812\" style=\"background:#ff6600;"
            "color:#fff;padding:8px 16px\">Confirmă datele</a></p><p>Echipa Okazii<br>"
            "<small>Acest mesaj a fost trimis automat.</small></p></body></html>\n")
    raw, d = plain_mail("u3", "Okazii Securitate", "securitate-okazii@outlook.com", SUPPORT,
                        "Contul dvs. va fi suspendat - actiune necesara", t, text(html, subtype="html"),
                        to=["undisclosed-recipients:;"])
    return R(raw=raw, category="unknown",
             notes="phishing imitating our own brand (KYC suspension, card data link), from free mail, "
                   "undisclosed recipients; it landed in the support mailbox",
             material={"dkim": d})


@item
def u_seo_sales_pitch():
    t = when(2026, 12, 2, 11, 11)
    txt = """Hello Okazii team,

I came across okazii.ro and noticed a few issues that may be hurting your Google rankings (slow mobile load, 312 broken backlinks, missing schema markup).

We are a digital agency from Cluj and Bangalore and we help marketplaces grow organic traffic by 200% in 90 days. Would you be open to a 15-minute call next week? I can send a free audit.

Buna ziua, putem discuta si in romana :)

Best,
Rahul S. | Growth Consultant
If you don't want to hear from me again, just reply "no".
"""
    raw, d = plain_mail("u4", "Rahul S.", "rahul.growthseo@gmail.com", SUPPORT, "Quick question about okazii.ro",
                        t, text(txt, charset="us-ascii", cte="7bit"))
    return R(raw=raw, category="unknown", notes="a cold sales pitch (SEO agency), English with a line of Romanian",
             material={"dkim": d})


@item
def u_newsletter_deals():
    t = when(2026, 12, 4, 7, 0)
    dom = "info.oferte-zilnice.ro"
    html = ("<html><body><table width=\"100%\" bgcolor=\"#f4f4f4\"><tr><td align=\"center\">"
            "<table width=\"600\" bgcolor=\"#ffffff\"><tr><td><h1>Black Friday prelungit!</h1>"
            "<p>Până la -70% la electrocasnice, telefoane și jucării. Doar azi, transport gratuit la comenzile "
            "peste 99 lei.</p><p><a href=\"https://oferte-zilnice.example/bf\">Vezi ofertele</a></p>"
            "<p style=\"font-size:10px\">Primești acest mesaj pentru că te-ai abonat la newsletterul Oferte Zilnice. "
            "<a href=\"https://oferte-zilnice.example/dezabonare?e=support%40okazii.ro\">Dezabonare</a></p>"
            "</td></tr></table></td></tr></table></body></html>\n")
    plain = ("Black Friday prelungit!\n\nPână la -70% la electrocasnice, telefoane și jucării. Doar azi, transport "
             "gratuit la comenzile peste 99 lei.\n\nVezi ofertele: https://oferte-zilnice.example/bf\n\n"
             "Dezabonare: https://oferte-zilnice.example/dezabonare?e=support%40okazii.ro\n")
    body = multipart("alternative", [text(plain), text(html, subtype="html")], seed="u5")
    raw, d = plain_mail("u5", "Oferte Zilnice", f"newsletter@{dom}", SUPPORT,
                        "🔥 Black Friday prelungit: până la -70%", t, body,
                        extra=[("List-Unsubscribe", "<https://oferte-zilnice.example/dezabonare?e=support%40okazii.ro>"),
                               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                               ("List-Id", "Oferte Zilnice <newsletter.oferte-zilnice.ro>")],
                        mail_from=f"bounce-u5@{dom}")
    return R(raw=raw, category="unknown", notes="a retail newsletter (List-Unsubscribe, Precedence: bulk), emoji "
                                                "subject", material={"dkim": d})


@item
def u_calendar_invite():
    t = when(2026, 12, 3, 15, 0)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000009A1B2C3D
DTSTART;TZID=E. Europe Standard Time:20261209T110000
DTEND;TZID=E. Europe Standard Time:20261209T113000
SUMMARY:Sincronizare integrare API AWB - Rapid Colet / Okazii
ORGANIZER;CN=Irina Barbu:mailto:irina.barbu@rapid-colet.ro
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:support@okazii.ro
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""
    plain = ("Salut,\n\nPropun o scurtă sincronizare despre integrarea API pentru AWB-uri (erorile 502 de "
             "săptămâna trecută).\n\nIrina\n\n________________________________________________________________________"
             "________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n")
    body = multipart("alternative", [text(plain), Part([("Content-Type", 'text/calendar; charset="utf-8"; '
                                                                         'method=REQUEST'),
                                                        ("Content-Transfer-Encoding", "7bit")], ics)], seed="u6")
    raw, d = plain_mail("u6", "Irina Barbu", "irina.barbu@rapid-colet.ro", SUPPORT,
                        "Sincronizare integrare API AWB - Rapid Colet / Okazii", t, body,
                        extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return R(raw=raw, category="unknown",
             notes="a meeting invitation (text/calendar METHOD:REQUEST) from a courier partner about an API "
                   "integration: internal business, no customer request", material={"dkim": d})



# ==========================================================================
# assembly
# ==========================================================================

def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    results = []
    for fn in ITEMS:
        r = fn()
        r["item"] = fn.__name__
        results.append(r)
    rnd = random.Random(20261205)
    order = list(range(len(results)))
    rnd.shuffle(order)
    # split: half of each group dev, half blind (law enforcement: genuine and forged/defective apart)
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(results):
        g = r["category"] + ("" if r["category"] != "law_enforcement" else ("/g" if r["genuine"] else "/f"))
        groups.setdefault(g, []).append(i)
    split: dict[int, str] = {}
    srnd = random.Random(31337)
    for g, idx in sorted(groups.items()):
        idx = sorted(idx)
        srnd.shuffle(idx)
        half = len(idx) // 2 + (len(idx) % 2 if srnd.random() < 0.5 else 0)
        for k, i in enumerate(idx):
            split[i] = "dev" if k < half else "blind"
    truth_lines = []
    material = {}
    for n, i in enumerate(order, 1):
        r = results[i]
        fname = f"mail/m{n:03d}.eml"
        (HERE / fname).write_bytes(r["raw"])
        le = r["category"] == "law_enforcement"
        rec = {"file": fname, "split": split[i], "category": r["category"], "fields": r["fields"]}
        if r["accept"]:
            rec["accept"] = r["accept"]
        rec.update({"genuine": r["genuine"] if le else None, "expect_verdict": r["expect"] if le else None,
                    "notes": r["notes"], "item": r["item"]})
        truth_lines.append((n, json.dumps(rec, ensure_ascii=False)))
        m = dict(r["material"])
        m["item"] = r["item"]
        m["genuine"] = r["genuine"] if le else None
        material[fname] = m
    (OUT / "truth.jsonl").write_text("\n".join(line for _, line in sorted(truth_lines)) + "\n", encoding="utf-8")
    (OUT / "material.json").write_text(json.dumps(dict(sorted(material.items())), indent=1, ensure_ascii=False)
                                       + "\n", encoding="utf-8")
    print(f"{len(results)} mails written to {OUT}")


if __name__ == "__main__":
    main()
