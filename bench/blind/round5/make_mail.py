#!/usr/bin/env python3
"""Write the mail half of blind round 5: mail/*.eml, mail/truth.jsonl, mail/material.json.

Written without reading the product's code. Deterministic (seeded numbering and split; fixed dates, ids,
boundaries and signing times). The bytes of signed PDFs and CMS blobs may still differ between runs (pyHanko
writes a fresh document /ID); what each item is stays the same. Run make_world.py first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from pathlib import Path

import mailkit as mk
from mailkit import Part, addr, attachment, multipart, text, when

HERE = Path(__file__).resolve().parent
OUT = HERE / "mail"
ITEMS: list = []


def item(fn):
    ITEMS.append(fn)
    return fn


def mid(seed: str, domain: str) -> str:
    return f"<{hashlib.sha1(('r5' + seed).encode()).hexdigest()[:22]}@{domain}>"


def ip_of(domain: str, i: int = 0) -> str:
    return mk.IDENT["dns"][domain]["ips"][i]


def send(*, seed: str, frm: str, frm_addr: str, to: list[str], subject: str, date: dt.datetime, body: Part,
         dkim_domain: str | None, helo: str, ip: str, cc: list[str] | None = None, reply_to: str | None = None,
         extra: list[tuple[str, str]] | None = None, mail_from: str | None = None, delay: int = 9,
         rdns: str | None = None, dkim_selector: str | None = None, sender_hops: list[str] | None = None,
         subject_charset: str = "utf-8", msgid_domain: str | None = None, dkim_headers=None,
         dkim_algo: bytes = b"rsa-sha256", message_id: str | None = None) -> bytes:
    raw = mk.build(seed=seed, frm=frm, to=to, cc=cc, subject=subject, date=date,
                   message_id=message_id or mid(seed, msgid_domain or frm_addr.split("@")[-1].strip(">")),
                   body=body, reply_to=reply_to, extra=extra, subject_charset=subject_charset)
    return mk.deliver(raw, helo=helo, ip=ip, t=date + dt.timedelta(seconds=delay),
                      rcpt=to[0].split("<")[-1].strip(">"),
                      mail_from=frm_addr if mail_from is None else mail_from, dkim_domain=dkim_domain, seed=seed,
                      rdns=rdns, dkim_selector=dkim_selector, sender_hops=sender_hops, dkim_headers=dkim_headers,
                      dkim_algo=dkim_algo)


def with_files(seed: str, body: Part, files: list[tuple[bytes, str, str]]) -> Part:
    """files: (data, filename, content type)"""
    return multipart("mixed", [body] + [attachment(d, n, ct) for d, n, ct in files], seed)


PDF = "application/pdf"
P7S = "application/pkcs7-signature"
P7M = "application/pkcs7-mime"
OCTET = "application/octet-stream"

LEGAL = "juridic@okazii.ro"
SUPPORT = "support@okazii.ro"
SECURITY = "securitate@okazii.ro"


def le(*, fields: dict, accept: dict | None = None, genuine: bool, notes: str, dkim: list[str],
       pdf: list[dict] | None = None, cades: list[dict] | None = None, smime: str | None = None, raw: bytes,
       expect: str | None = None) -> dict:
    mat = {"dkim": dkim, "pdf": pdf or []}
    if cades is not None:
        mat["cades"] = cades
    if smime:
        mat["smime"] = smime
    return {"raw": raw, "category": "law_enforcement", "fields": fields, "accept": accept or {},
            "genuine": genuine, "expect_verdict": expect or ("verified" if genuine else "not_verified"),
            "notes": notes, "material": mat}


def other(cat: str, *, fields: dict, notes: str, raw: bytes, dkim: list[str], accept: dict | None = None) -> dict:
    return {"raw": raw, "category": cat, "fields": fields, "accept": accept or {}, "genuine": None,
            "expect_verdict": None, "notes": notes, "material": {"dkim": dkim}}


def S(kind: str, value: str) -> dict:
    return {"kind": kind, "value": value}


def letter(markup: str, t: dt.datetime, **kw) -> bytes:
    return mk.letter_pdf(markup, created=t, **kw)


def plain_mail(seed, *, frm_name, frm_addr, to, subject, t, body, dkim=True, cc=None, extra=None,
               reply_to=None, subject_charset="utf-8", mail_from=None) -> bytes:
    domain = frm_addr.split("@")[1]
    info = mk.IDENT["dns"].get(domain)
    ip = info["ips"][0] if info else "203.0.113.200"
    return send(seed=seed, frm=addr(frm_name, frm_addr) if frm_name else frm_addr, frm_addr=frm_addr, to=to,
                subject=subject, date=t, body=body, dkim_domain=domain if (dkim and info) else None,
                helo=f"mail.{domain}", ip=ip, cc=cc, extra=extra, reply_to=reply_to,
                subject_charset=subject_charset, mail_from=mail_from)


OKAZII_BLOCK = """K|Către: OKAZII.RO S.R.L.
K|Centrul de prevenire a fraudelor - Departamentul juridic
K|juridic@okazii.ro"""


# ==========================================================================
# genuine law-enforcement requests
# ==========================================================================

@item
def g_alba_sebes_plain():
    t = when(2026, 12, 3, 10, 26)
    markup = f"""
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN ALBA
C|POLIȚIA MUNICIPIULUI SEBEȘ
C|Biroul de Investigații Criminale
K|Nr. 226.418 din 03.12.2026
K|Exemplar nr. 1/2

{OKAZII_BLOCK}

Biroul de Investigații Criminale al Poliției Municipiului Sebeș efectuează cercetări în dosarul penal nr. 1544/P/2026, aflat în supravegherea Parchetului de pe lângă Judecătoria Sebeș, sub aspectul săvârșirii infracțiunii de înșelăciune, prevăzută de art. 244 alin. (1) din Codul penal.
Din cercetări rezultă că, în perioada octombrie - noiembrie 2026, mai multe persoane au achitat prin transfer bancar contravaloarea unor cantități de lemne de foc oferite spre vânzare prin anunțul https://www.okazii.ro/lemne-de-foc-fag-uscat-a231877410, publicat de utilizatorul cu numele lemne_foc_sebes (ID utilizator 8841273), fără ca marfa să fie livrată. Tranzacțiile identificate până în prezent sunt cele cu nr. 72201845, 72203377 și 72210096.
În conformitate cu dispozițiile art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați:
L|1. datele de identificare și de contact ale utilizatorului;
L|2. lista anunțurilor publicate de utilizator începând cu 01.10.2026;
L|3. modalitatea de plată și contul bancar în care au fost încasate sumele;
L|4. jurnalul de autentificări (adrese IP, dată și oră) pentru perioada 01.10.2026 - 02.12.2026.
Informațiile pot fi transmise în format electronic, la adresa de e-mail bic.sebes@ab.politiaromana.ro.

S|ȘEF BIROU
S|Inspector principal de poliție
S|Todea Marius
"""
    pdf = letter(markup, t - dt.timedelta(hours=3), title="Adresa 226418", author="bic.sebes")
    pdf = mk.sign_pdf(pdf, "seal_ipj_ab", reason="Sigiliu electronic IPJ Alba", location="Sebeș",
                      at=t - dt.timedelta(minutes=40))
    body = text("Bună ziua,\n\nAlăturat vă înaintăm adresa nr. 226.418/03.12.2026 a Poliției Municipiului "
                "Sebeș, semnată electronic, cu rugămintea de a ne răspunde pe adresa de e-mail indicată.\n\n"
                "Cu stimă,\nBiroul de Investigații Criminale\nPoliția Municipiului Sebeș\n", cte="8bit")
    raw = send(seed="g1", frm=addr("BIC Sebes", "bic.sebes@ab.politiaromana.ro"),
               frm_addr="bic.sebes@ab.politiaromana.ro", to=[LEGAL], subject="adresa 226418 / dosar 1544/P/2026",
               date=t, body=with_files("g1", body, [(pdf, "adresa_226418.pdf", PDF)]),
               dkim_domain="ab.politiaromana.ro", helo="mail.ab.politiaromana.ro", ip=ip_of("ab.politiaromana.ro"))
    return le(raw=raw, genuine=True, dkim=["ab.politiaromana.ro"], pdf=[{"signer": "seal_ipj_ab", "whole": True}],
              notes="municipal police under IPJ Alba (heading names the inspectorate above it); IPJ Alba seal; "
                    "plain 8bit cover; 'Nr. 226.418 din 03.12.2026'; listing URL in the text (not a subject); "
                    "three transactions; the same case as the Sebeș prosecutor's ordonanță in this round",
              fields={"authority": "Poliția Municipiului Sebeș", "authority_kind": "police",
                      "reference_number": "226.418", "reference_date": "2026-12-03", "case_number": "1544/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "lemne_foc_sebes"), S("user_id", "8841273")],
                      "transactions": ["72201845", "72203377", "72210096"],
                      "requested_data": ["datele de identificare și de contact ale utilizatorului",
                                         "lista anunțurilor publicate de utilizator începând cu 01.10.2026",
                                         "modalitatea de plată și contul bancar în care au fost încasate sumele",
                                         "jurnalul de autentificări (adrese IP, dată și oră) pentru perioada 01.10.2026 - 02.12.2026"],
                      "period": {"from": "2026-10-01", "to": "2026-12-02"},
                      "response_channel": "electronic", "reply_to": "bic.sebes@ab.politiaromana.ro",
                      "signatory": "Inspector principal de poliție Todea Marius", "urgent": False},
              accept={"authority": ["Inspectoratul de Poliție Județean Alba", "IPJ Alba",
                                    "Poliția Municipiului Sebeș - Biroul de Investigații Criminale"],
                      "reference_number": ["226418"],
                      "signatory": ["Șef birou Inspector principal de poliție Todea Marius"]})


@item
def g_valcea_cyber_html_national_dkim():
    t = when(2026, 12, 4, 13, 52)
    markup = """
2|ROMÂNIA\\nMINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL DE POLIȚIE JUDEȚEAN VÂLCEA\\nServiciul de Combatere a Criminalității Informatice ¦ Nr. 9204/SCCI\\nRâmnicu Vâlcea, 04.12.2026\\nNESECRET

K|Către OKAZII.RO S.R.L. - Centrul de prevenire a fraudelor

Referitor la dosarul penal nr. 882/P/2026 al Parchetului de pe lângă Tribunalul Vâlcea, în care se efectuează cercetări pentru săvârșirea infracțiunilor de acces ilegal la un sistem informatic (art. 360 C.pen.) și fraudă informatică (art. 249 C.pen.), vă aducem la cunoștință că mai multe conturi de pe platforma dumneavoastră au fost preluate și folosite pentru publicarea unor anunțuri false de vânzare a telefoanelor mobile.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, solicităm transmiterea următoarelor date, pentru conturile de mai jos:
X|Nr. ¦ Identificator ¦ Tip
X|1 ¦ vlc_telefoane_ok ¦ nume de utilizator
X|2 ¦ telefoane.ok.valcea@gmail.com ¦ adresă de e-mail
X|3 ¦ 9930512 ¦ ID utilizator
K|- datele de înregistrare ale conturilor (nume, adresă de e-mail, număr de telefon, data creării);
K|- adresele IP folosite la crearea conturilor și la ultimele 50 de autentificări;
K|- modificările de adresă de e-mail, parolă sau număr de telefon operate în perioada 15.11.2026 - 03.12.2026.
Datele vor fi transmise atât electronic, la adresa scci@vl.politiaromana.ro, cât și pe suport optic, prin curier, la sediul I.P.J. Vâlcea.

K|Șef serviciu, comisar-șef de poliție Dinu Laurențiu
"""
    pdf = letter(markup, t - dt.timedelta(hours=2), family="sans", title="9204/SCCI", author="dinu.laurentiu")
    pdf = mk.sign_pdf(pdf, "pers_vl_dinu", reason="Am semnat", location="Râmnicu Vâlcea",
                      at=t - dt.timedelta(minutes=25))
    html = ("<html><body style=\"font-family:Calibri,sans-serif\"><p>Bună ziua,</p>"
            "<p>Vă transmitem adresa noastră nr. <b>9204/SCCI</b> din 04.12.2026 (fișier PDF semnat electronic "
            "cu certificat calificat).</p><p>Vă mulțumim,<br>S.C.C.I. &ndash; I.P.J. Vâlcea<br>"
            "tel. +40 21 559 0220</p></body></html>")
    raw = send(seed="g2", frm=addr("SCCI Valcea", "scci@vl.politiaromana.ro"), frm_addr="scci@vl.politiaromana.ro",
               to=[LEGAL], subject="Solicitare date cont - 9204/SCCI", date=t,
               body=with_files("g2", text(html, "html"), [(pdf, "9204_SCCI_okazii.pdf", PDF)]),
               dkim_domain="politiaromana.ro", helo="smtp.politiaromana.ro", ip=ip_of("politiaromana.ro"))
    return le(raw=raw, genuine=True, dkim=["politiaromana.ro"], pdf=[{"signer": "pers_vl_dinu", "whole": True}],
              notes="IPJ Vâlcea (registry unit, parent = IGPR) cyber-crime service; From vl.politiaromana.ro but "
                    "DKIM d=politiaromana.ro only: the national mail system, i.e. the parent's domain (README: "
                    "a unit's mailbox DKIM-signed by its parent's domain is aligned); officer's certificate; "
                    "HTML-only cover; users in a bordered table; data as dashed lines introduced by 'solicităm "
                    "transmiterea'; both electronic and courier",
              fields={"authority": "Inspectoratul de Poliție Județean Vâlcea", "authority_kind": "police",
                      "reference_number": "9204/SCCI", "reference_date": "2026-12-04", "case_number": "882/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "vlc_telefoane_ok"), S("email", "telefoane.ok.valcea@gmail.com"),
                                   S("user_id", "9930512")],
                      "transactions": [],
                      "requested_data": ["datele de înregistrare ale conturilor (nume, adresă de e-mail, număr de telefon, data creării)",
                                         "adresele IP folosite la crearea conturilor și la ultimele 50 de autentificări",
                                         "modificările de adresă de e-mail, parolă sau număr de telefon operate în perioada 15.11.2026 - 03.12.2026"],
                      "period": {"from": "2026-11-15", "to": "2026-12-03"},
                      "response_channel": "both", "signatory": "Comisar-șef de poliție Dinu Laurențiu",
                      "urgent": False},
              accept={"authority": ["IPJ Vâlcea", "Serviciul de Combatere a Criminalității Informatice"],
                      "signatory": ["Șef serviciu, comisar-șef de poliție Dinu Laurențiu"]})


@item
def g_buzau_rsarat_p7m_latin10():
    t = when(2026, 12, 2, 9, 41)
    markup = """
B|ROMÂNIA
B|MINISTERUL AFACERILOR INTERNE
B|INSPECTORATUL DE POLIȚIE JUDEȚEAN BUZĂU
B|POLIȚIA MUNICIPIULUI RÂMNICU SĂRAT
R|Nr. RS/3781 din 02.12.2026

K|Către OKAZII.RO S.R.L., Centrul de prevenire a fraudelor

Poliția Municipiului Râmnicu Sărat instrumentează dosarul penal nr. 2190/P/2026, înregistrat la Parchetul de pe lângă Judecătoria Râmnicu Sărat, privind infracțiunea de înșelăciune prevăzută de art. 244 din Codul penal. Persoana vătămată a achitat suma de 14.500 lei pentru un tractor de mici dimensiuni oferit spre vânzare pe platforma okazii.ro (tranzacția nr. 72340071), bun care nu a fost livrat.
Vânzătorul a folosit numărul de telefon 0752 318 664 și adresa de e-mail agro.vanzari.rs@yahoo.com.
Având în vedere dispozițiile art. 170 din Codul de procedură penală, vă solicităm comunicarea următoarelor informații.
B|Date solicitate:
L|• identitatea titularului contului asociat numărului de telefon și adresei de e-mail de mai sus;
L|• anunțurile publicate din cont și statusul acestora;
L|• conversațiile purtate prin sistemul de mesagerie al platformei în legătură cu tranzacția 72340071.
Răspunsul, pe suport de hârtie sau optic, va fi expediat prin curier la sediul Poliției Municipiului Râmnicu Sărat, Str. Nicolae Bălcescu nr. 9, Râmnicu Sărat, județul Buzău.

S|p. ȘEF POLIȚIE
S|Comisar de poliție
S|NEAGU VALENTIN
"""
    pdf = letter(markup, t - dt.timedelta(hours=1), title="RS 3781", author="politia.rs")
    p7m = mk.cades(pdf, "seal_ipj_bz", detached=False, signing_time=t - dt.timedelta(minutes=12))
    body = text("Bună ziua,\n\nVă transmitem adresa Poliției Municipiului Râmnicu Sărat nr. RS/3781 din "
                "02.12.2026, semnată electronic (fișier .p7m; se deschide cu aplicația de semnătură "
                "electronică).\n\nSecretariat\nPoliția Municipiului Râmnicu Sărat\n", charset="iso-8859-16")
    raw = send(seed="g3", frm=addr("Politia Municipiului Ramnicu Sarat", "secretariat.rs@bz.politiaromana.ro"),
               frm_addr="secretariat.rs@bz.politiaromana.ro", to=[LEGAL], subject="Adresa RS/3781",
               date=t, body=with_files("g3", body, [(p7m, "Adresa_RS_3781.pdf.p7m", P7M)]),
               dkim_domain="bz.politiaromana.ro", helo="zimbra.bz.politiaromana.ro", ip=ip_of("bz.politiaromana.ro"))
    return le(raw=raw, genuine=True, dkim=["bz.politiaromana.ro"], pdf=[],
              cades=[{"file": "Adresa_RS_3781.pdf.p7m", "signer": "seal_ipj_bz", "detached": False, "valid": True}],
              notes="CAdES item: the letter is a PDF enveloped in a .p7m (CAdES-BES, IPJ Buzău seal, "
                    "application/pkcs7-mime attachment), the PDF itself carries no signature; municipal police "
                    "under IPJ Buzău; ISO-8859-16 cover; 'Date solicitate:' label and bullets; courier to a postal "
                    "address",
              fields={"authority": "Poliția Municipiului Râmnicu Sărat", "authority_kind": "police",
                      "reference_number": "RS/3781", "reference_date": "2026-12-02", "case_number": "2190/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("phone", "+40752318664"), S("email", "agro.vanzari.rs@yahoo.com")],
                      "transactions": ["72340071"],
                      "requested_data": ["identitatea titularului contului asociat numărului de telefon și adresei de e-mail de mai sus",
                                         "anunțurile publicate din cont și statusul acestora",
                                         "conversațiile purtate prin sistemul de mesagerie al platformei în legătură cu tranzacția 72340071"],
                      "response_channel": "courier", "signatory": "Comisar de poliție Neagu Valentin",
                      "urgent": False},
              accept={"authority": ["Inspectoratul de Poliție Județean Buzău", "IPJ Buzău"],
                      "signatory": ["p. Șef poliție Comisar de poliție Neagu Valentin"]})


@item
def g_bistrita_beclean_internal_forward():
    t0 = when(2026, 12, 4, 8, 55)
    t = when(2026, 12, 4, 11, 3)
    iban = mk.ro_iban("RNCB", "0072001544330001")
    markup = f"""
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BISTRIȚA-NĂSĂUD
C|POLIȚIA ORAȘULUI BECLEAN
C|Compartimentul Investigații Criminale
K|Nr. 518944/04.12.2026

{OKAZII_BLOCK}

În dosarul penal nr. 877/P/2026 al Parchetului de pe lângă Judecătoria Beclean, privind infracțiunea de înșelăciune în formă continuată (art. 244 C.pen. cu aplicarea art. 35 alin. 1 C.pen.), s-a stabilit că sumele plătite de patru cumpărători pentru telefoane mobile nelivrate au fost virate în contul {iban}, deschis pe numele unei persoane care a folosit pe platforma dumneavoastră numărul de telefon +40 756 902 114.
Tranzacțiile în cauză sunt următoarele:
X|Nr. tranzacție ¦ Data ¦ Suma (lei)
X|72119004 ¦ 02.11.2026 ¦ 1.850
X|72124530 ¦ 05.11.2026 ¦ 2.100
X|72131877 ¦ 09.11.2026 ¦ 1.640
X|72140212 ¦ 14.11.2026 ¦ 2.390
Pentru lămurirea cauzei, în baza art. 170 alin. (2) din Codul de procedură penală, este necesar să ne furnizați:
L|a. datele de identificare ale utilizatorului care a primit plățile în contul IBAN de mai sus;
L|b. detaliile tranzacțiilor din tabel (data, suma, produsul, adresa de livrare);
L|c. eventualele sesizări ale altor cumpărători privind același utilizator.
Răspunsul se poate trimite electronic, la adresa beclean@bn.politiaromana.ro.

K|Agent-șef principal de poliție POP IOANA-MARIA
"""
    pdf = letter(markup, t0 - dt.timedelta(hours=1), title="518944", author="pop.ioana")
    pdf = mk.sign_pdf(pdf, "pers_bn_pop", reason="Semnat", location="Beclean", at=t0 - dt.timedelta(minutes=20))
    inner = ("Buna dimineata,\n\nVa rog sa trimiteti adresa atasata catre Okazii (juridic@okazii.ro), "
             "am semnat-o electronic.\n\nMultumesc,\nIoana Pop\n")
    b = ("Bună ziua,\n\nVă redirecționez solicitarea colegei noastre, agent-șef principal Pop Ioana-Maria, "
         "cu adresa semnată electronic.\n\nCu stimă,\nSecretariat - Poliția Orașului Beclean\n\n"
         "-------- Mesaj redirecționat --------\n"
         "Subiect: adresa Okazii 518944\n"
         "Data: Fri, 4 Dec 2026 08:55:12 +0200\n"
         "De la: Pop Ioana-Maria <ioana.pop@bn.politiaromana.ro>\n"
         "Către: secretariat.beclean@bn.politiaromana.ro\n\n" + inner)
    raw = send(seed="g4", frm=addr("Secretariat Politia Beclean", "secretariat.beclean@bn.politiaromana.ro"),
               frm_addr="secretariat.beclean@bn.politiaromana.ro", to=[LEGAL],
               subject="Fwd: adresa Okazii 518944", date=t,
               body=with_files("g4", text(b, format_flowed=True), [(pdf, "adresa_okazii_518944.pdf", PDF)]),
               dkim_domain="bn.politiaromana.ro", helo="mail.bn.politiaromana.ro", ip=ip_of("bn.politiaromana.ro"),
               extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.9.0")])
    return le(raw=raw, genuine=True, dkim=["bn.politiaromana.ro"], pdf=[{"signer": "pers_bn_pop", "whole": True}],
              notes="town police under IPJ Bistrița-Năsăud; the officer's signed letter forwarded inline by the "
                    "unit's secretariat (Thunderbird, format=flowed); officer's certificate; users by IBAN and "
                    "phone; four transactions in a bordered table; 'a.' list after 'este necesar să ne furnizați'",
              fields={"authority": "Poliția Orașului Beclean", "authority_kind": "police",
                      "reference_number": "518944", "reference_date": "2026-12-04", "case_number": "877/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("iban", iban.replace(" ", "")), S("phone", "+40756902114")],
                      "transactions": ["72119004", "72124530", "72131877", "72140212"],
                      "requested_data": ["datele de identificare ale utilizatorului care a primit plățile în contul IBAN de mai sus",
                                         "detaliile tranzacțiilor din tabel (data, suma, produsul, adresa de livrare)",
                                         "eventualele sesizări ale altor cumpărători privind același utilizator"],
                      "response_channel": "electronic", "reply_to": "beclean@bn.politiaromana.ro",
                      "signatory": "Agent-șef principal de poliție Pop Ioana-Maria", "urgent": False},
              accept={"authority": ["Inspectoratul de Poliție Județean Bistrița-Năsăud", "IPJ Bistrița-Năsăud",
                                    "Poliția Orașului Beclean - Compartimentul Investigații Criminale"]})


@item
def g_coast_guard_alternative():
    t = when(2026, 12, 3, 15, 17)
    markup = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|GARDA DE COASTĂ
C|Serviciul Investigații Criminale
R|Constanța, 03.12.2026
R|Nr. 440.217

K|Către: OKAZII.RO S.R.L. (Centrul de prevenire a fraudelor)

Garda de Coastă efectuează cercetări în dosarul penal nr. 3021/P/2026 al Parchetului de pe lângă Judecătoria Constanța, privind săvârșirea infracțiunii de contrabandă prevăzute de art. 270 din Legea nr. 86/2006 privind Codul vamal al României, constând în introducerea în țară, fără îndeplinirea formalităților vamale, a unor motoare de barcă ce au fost ulterior oferite spre vânzare prin intermediul platformei dumneavoastră de doi utilizatori, având ID utilizator 7719034 și ID utilizator 7720881.
În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne puneți la dispoziție: datele de identificare ale titularilor celor două conturi; lista anunțurilor publicate din aceste conturi în anul 2026; adresele de livrare și numerele de telefon folosite în tranzacțiile încheiate.
Răspunsul poate fi transmis electronic la adresa gc.sic@politiadefrontiera.ro.

S|Șef Serviciu Investigații Criminale
S|Comisar-șef de poliție Mitrea Costel
"""
    pdf = letter(markup, t - dt.timedelta(hours=4), title="440217", author="gc.sic")
    pdf = mk.sign_pdf(pdf, "seal_igpf", reason="Sigiliu IGPF", location="Constanța", at=t - dt.timedelta(hours=1))
    plain = ("Bună ziua,\n\nVă transmitem atașat adresa Gărzii de Coastă nr. 440.217 din 03.12.2026.\n\n"
             "Cu stimă,\nServiciul Investigații Criminale - Garda de Coastă\n")
    html = ("<div>Bună ziua,</div><div><br></div><div>Vă transmitem atașat adresa Gărzii de Coastă nr. 440.217 "
            "din 03.12.2026.</div><div><br></div><div>Cu stimă,<br>Serviciul Investigații Criminale - Garda de "
            "Coastă</div>")
    alt = multipart("alternative", [text(plain), text(html, "html")], "g5alt")
    raw = send(seed="g5", frm=addr("Garda de Coasta - SIC", "gc.sic@politiadefrontiera.ro"),
               frm_addr="gc.sic@politiadefrontiera.ro", to=[LEGAL], subject="Adresa nr. 440.217 / 03.12.2026",
               date=t, body=with_files("g5", alt, [(pdf, "GC_440217.pdf", PDF)]),
               dkim_domain="politiadefrontiera.ro", helo="mx.politiadefrontiera.ro",
               ip=ip_of("politiadefrontiera.ro"))
    return le(raw=raw, genuine=True, dkim=["politiadefrontiera.ro"], pdf=[{"signer": "seal_igpf", "whole": True}],
              notes="the Coast Guard, a unit of the border police not listed in the registry, heading names IGPF "
                    "above it; IGPF seal; multipart/alternative cover; offence under a special law (customs "
                    "code), CPP basis art. 170; users by two user ids; the data asked in one sentence separated by "
                    "semicolons; place and date above the number",
              fields={"authority": "Garda de Coastă", "authority_kind": "police",
                      "reference_number": "440.217", "reference_date": "2026-12-03", "case_number": "3021/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("user_id", "7719034"), S("user_id", "7720881")], "transactions": [],
                      "requested_data": ["datele de identificare ale titularilor celor două conturi",
                                         "lista anunțurilor publicate din aceste conturi în anul 2026",
                                         "adresele de livrare și numerele de telefon folosite în tranzacțiile încheiate"],
                      "response_channel": "electronic", "reply_to": "gc.sic@politiadefrontiera.ro",
                      "signatory": "Comisar-șef de poliție Mitrea Costel", "urgent": False},
              accept={"authority": ["Inspectoratul General al Poliției de Frontieră", "IGPF",
                                    "Poliția de Frontieră Română", "Garda de Coastă - Serviciul Investigații Criminale"],
                      "reference_number": ["440217"]})


def _sebes_ordonanta(users: list[str], data: list[str], t: dt.datetime) -> str:
    lines = "\n".join(f"L|- {d};" for d in data[:-1]) + f"\nL|- {data[-1]}."
    return f"""
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SEBEȘ
K|Nr. 1544/P/2026
T|ORDONANȚĂ
C|Sebeș, 02.12.2026

Procuror Rad Cornel din cadrul Parchetului de pe lângă Judecătoria Sebeș,
Examinând actele dosarului penal nr. 1544/P/2026, privind săvârșirea infracțiunii de înșelăciune (art. 244 alin. 1 C.pen.), în care cercetările sunt efectuate de Poliția Municipiului Sebeș,
Constatând că pentru identificarea făptuitorului sunt necesare date aflate în posesia OKAZII.RO S.R.L., referitoare la {users},
Văzând dispozițiile art. 170 alin. (2) lit. b) și alin. (4) din Codul de procedură penală,
C|DISPUN:
Art. 1. Obligarea OKAZII.RO S.R.L. să comunice, în termen de 5 zile de la primire, următoarele date:
{lines}
Art. 2. Datele se vor transmite în format electronic la adresa pjsebes@mpublic.ro, cu mențiunea numărului de dosar.

S|PROCUROR,
S|Rad Cornel
"""


@item
def g_sebes_ordonanta_p7s():
    t = when(2026, 12, 2, 12, 14)
    data = ["datele de identificare ale titularului contului",
            "adresele IP de la care au fost publicate anunțurile contului",
            "corespondența purtată prin platformă cu cumpărătorii"]
    markup = _sebes_ordonanta("utilizatorul lemne_foc_sebes, înregistrat cu adresa de e-mail "
                              "marcel.lemne.sebes@gmail.com", data, t)
    pdf = letter(markup, t - dt.timedelta(hours=2), title="Ordonanta 1544/P/2026", author="PJ Sebes")
    p7s = mk.cades(pdf, "pers_pjsbs_rad", detached=True, signing_time=t - dt.timedelta(minutes=30))
    body = text("Bună ziua,\n\nAtașat vă transmit ordonanța din 02.12.2026 emisă în dosarul nr. 1544/P/2026 "
                "și fișierul de semnătură electronică aferent (.p7s).\n\nProcuror Rad Cornel\n"
                "Parchetul de pe lângă Judecătoria Sebeș\n")
    raw = send(seed="g6", frm=addr("Rad Cornel", "cornel.rad@mpublic.ro"), frm_addr="cornel.rad@mpublic.ro",
               to=[LEGAL], subject="Ordonanta dosar 1544/P/2026", date=t,
               body=with_files("g6", body, [(pdf, "Ordonanta_1544_P_2026.pdf", PDF),
                                            (p7s, "Ordonanta_1544_P_2026.pdf.p7s", P7S)]),
               dkim_domain="mpublic.ro", helo="mail.mpublic.ro", ip=ip_of("mpublic.ro", 1))
    return le(raw=raw, genuine=True, dkim=["mpublic.ro"], pdf=[],
              cades=[{"file": "Ordonanta_1544_P_2026.pdf.p7s", "signer": "pers_pjsbs_rad", "detached": True,
                      "of": "Ordonanta_1544_P_2026.pdf", "valid": True}],
              notes="CAdES item: an unsigned PDF with a detached CAdES-BES signature beside it "
                    "(Ordonanta….pdf + Ordonanta….pdf.p7s, application/pkcs7-signature attachment, not "
                    "multipart/signed) by the bound prosecutor; a prosecutor's ordonanță whose number is the case "
                    "number; dashed list under 'Art. 1.'; the same case as the Sebeș police letter",
              fields={"authority": "Parchetul de pe lângă Judecătoria Sebeș", "authority_kind": "prosecutor",
                      "reference_number": "1544/P/2026", "reference_date": "2026-12-02",
                      "case_number": "1544/P/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "lemne_foc_sebes"), S("email", "marcel.lemne.sebes@gmail.com")],
                      "transactions": [], "requested_data": data,
                      "response_channel": "electronic", "reply_to": "pjsebes@mpublic.ro",
                      "signatory": "Procuror Rad Cornel", "urgent": False})


@item
def g_valcea_tribunal_art152_reply():
    t = when(2026, 12, 3, 9, 12)
    our_mid = "<ack-2026-004512.7f3a@okazii.ro>"
    markup = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL VÂLCEA
K|Dosar nr. 640/P/2026
K|Nr. 512/II/2/2026 din 02.12.2026
T|ORDONANȚĂ
T|privind identificarea utilizatorului unui punct de acces la un sistem informatic

Procurorul din cadrul Parchetului de pe lângă Tribunalul Vâlcea,
având în vedere încheierea nr. 311/2026 din 30.11.2026 a judecătorului de drepturi și libertăți din cadrul Tribunalului Vâlcea, prin care s-a încuviințat măsura,
în temeiul art. 152 din Codul de procedură penală,
C|DISPUNE:
OKAZII.RO S.R.L. va comunica de îndată, în condiții de confidențialitate:
L|1. identificarea utilizatorului care a accesat contul chirii_rmv_direct de la adresa IP 203.0.113.88 la data de 21.11.2026, între orele 14:02 și 14:19;
L|2. adresa de e-mail și numărul de telefon asociate contului chirii_rmv_direct.
Datele se comunică pe adresa de e-mail registratura.tbvl@mpublic.ro. Persoanele care colaborează cu organele de urmărire penală au obligația de a păstra secretul operațiunii efectuate.

S|PRIM-PROCUROR,
S|Mateescu Dan
"""
    pdf = letter(markup, t - dt.timedelta(days=1), title="Ordonanta 640/P/2026", author="registratura")
    pdf = mk.sign_pdf(pdf, "seal_ptvl", reason="Sigiliu electronic", location="Râmnicu Vâlcea",
                      at=t - dt.timedelta(hours=20))
    b = ("Bună ziua,\n\nRevenim la mesajul dumneavoastră: vă retransmitem ordonanța din dosarul nr. 640/P/2026, "
         "de această dată semnată electronic cu sigiliul instituției.\n\nRegistratura\nParchetul de pe lângă "
         "Tribunalul Vâlcea\n\n"
         "În data de lun., 30 nov. 2026, 16:41, Registratura Okazii <registratura@okazii.ro> a scris:\n"
         "> Bună ziua,\n>\n> Am primit mesajul dumneavoastră din 30.11.2026 și l-am înregistrat cu numărul\n"
         "> REG-2026-004512. Documentul atașat nu poartă o semnătură electronică; vă rugăm să ne transmiteți\n"
         "> o adresă oficială semnată.\n>\n> Registratura Okazii\n")
    raw = send(seed="g7", frm=addr("Registratura PT Valcea", "registratura.tbvl@mpublic.ro"),
               frm_addr="registratura.tbvl@mpublic.ro", to=["registratura@okazii.ro"],
               subject="Re: [REG-2026-004512] Am primit mesajul dumneavoastră: ordonanta 640/P/2026", date=t,
               body=with_files("g7", text(b, cte="base64"), [(pdf, "ordonanta_640P2026_semnata.pdf", PDF)]),
               dkim_domain="mpublic.ro", helo="mail.mpublic.ro", ip=ip_of("mpublic.ro"),
               extra=[("In-Reply-To", our_mid), ("References", our_mid)])
    return le(raw=raw, genuine=True, dkim=["mpublic.ro"], pdf=[{"signer": "seal_ptvl", "whole": True}],
              notes="a reply in our thread (our acknowledgement quoted, REG number in the subject, In-Reply-To) "
                    "resending the ordonanță signed this time; art. 152 identification of the user of an access "
                    "point with the judge's approval; registration number distinct from the case number; seal",
              fields={"authority": "Parchetul de pe lângă Tribunalul Vâlcea", "authority_kind": "prosecutor",
                      "reference_number": "512/II/2/2026", "reference_date": "2026-12-02",
                      "case_number": "640/P/2026", "legal_basis": ["art. 152 CPP"],
                      "subjects": [S("username", "chirii_rmv_direct")], "transactions": [],
                      "requested_data": ["identificarea utilizatorului care a accesat contul chirii_rmv_direct de la adresa IP 203.0.113.88 la data de 21.11.2026, între orele 14:02 și 14:19",
                                         "adresa de e-mail și numărul de telefon asociate contului chirii_rmv_direct"],
                      "response_channel": "electronic", "reply_to": "registratura.tbvl@mpublic.ro",
                      "signatory": "Prim-procuror Mateescu Dan"})


@item
def g_diicot_buzau_p7m_cp1250():
    t = when(2026, 12, 4, 17, 48)
    markup = """
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL PLOIEȘTI - BIROUL TERITORIAL BUZĂU
K|Nr. 7102/II-2/2026
K|Buzău, 04 decembrie 2026

K|Către OKAZII.RO S.R.L.

În dosarul penal nr. 318D/P/2026, privind săvârșirea infracțiunii de trafic de droguri de risc prevăzute de art. 2 din Legea nr. 143/2000, s-a stabilit că substanțe interzise au fost comercializate sub forma unor anunțuri de „plante aromatice" publicate de utilizatorul gradina_verde_bz, care a folosit adresa de e-mail green.garden.bz@proton.me și numărul de telefon 0771 204 336.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, solicităm transmiterea, în regim de urgență, în cel mult 48 de ore de la primire, a următoarelor date: (i) datele de identificare ale utilizatorului și toate datele de contact declarate; (ii) istoricul complet al anunțurilor, inclusiv al celor șterse; (iii) adresele de livrare folosite în tranzacțiile 72280114 și 72291650.
Vă rugăm să transmiteți datele exclusiv electronic, la adresa bt.buzau@diicot.ro, și să nu informați utilizatorul despre prezenta solicitare.

S|Procuror șef birou,
S|Iordache Sebastian
"""
    pdf = letter(markup, t - dt.timedelta(hours=2), family="sans", title="7102/II-2/2026", author="BT Buzau")
    p7m = mk.cades(pdf, "seal_diicot", detached=False, signing_time=t - dt.timedelta(minutes=50))
    b = mk.to_cedilla("Bună seara,\n\nVă transmitem solicitarea DIICOT - Biroul Teritorial Buzău nr. 7102/II-2/2026, "
                      "semnată electronic (fișier .p7m). Vă rugăm să confirmați primirea.\n\n"
                      "Grefier, DIICOT - BT Buzău\n")
    raw = send(seed="g8", frm=addr("DIICOT BT Buzau", "bt.buzau@diicot.ro"), frm_addr="bt.buzau@diicot.ro",
               to=[LEGAL], subject="URGENT - solicitare date 7102/II-2/2026", date=t,
               body=with_files("g8", text(b, charset="windows-1250"),
                               [(p7m, "solicitare_7102.pdf.p7m", OCTET)]),
               dkim_domain="diicot.ro", helo="mail.diicot.ro", ip=ip_of("diicot.ro"))
    return le(raw=raw, genuine=True, dkim=["diicot.ro"], pdf=[],
              cades=[{"file": "solicitare_7102.pdf.p7m", "signer": "seal_diicot", "detached": False, "valid": True}],
              notes="CAdES item: the letter is a PDF enveloped in a .p7m sent as application/octet-stream "
                    "(DIICOT seal); territorial office under a territorial service, heading names DIICOT; "
                    "Windows-1250 cover with cedilla letters; data in one sentence as (i)/(ii)/(iii); genuine "
                    "urgency (48 h) from a proven channel; Friday evening",
              fields={"authority": "DIICOT - Biroul Teritorial Buzău", "authority_kind": "prosecutor",
                      "reference_number": "7102/II-2/2026", "reference_date": "2026-12-04",
                      "case_number": "318D/P/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "gradina_verde_bz"), S("email", "green.garden.bz@proton.me"),
                                   S("phone", "+40771204336")],
                      "transactions": ["72280114", "72291650"],
                      "requested_data": ["datele de identificare ale utilizatorului și toate datele de contact declarate",
                                         "istoricul complet al anunțurilor, inclusiv al celor șterse",
                                         "adresele de livrare folosite în tranzacțiile 72280114 și 72291650"],
                      "response_channel": "electronic", "reply_to": "bt.buzau@diicot.ro",
                      "signatory": "Procuror șef birou Iordache Sebastian", "urgent": True},
              accept={"authority": ["Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
                                    "DIICOT", "Serviciul Teritorial Ploiești - Biroul Teritorial Buzău",
                                    "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism - Serviciul Teritorial Ploiești - Biroul Teritorial Buzău"]})


@item
def g_dna_alba_table_flowed():
    t = when(2026, 12, 4, 10, 4)
    iban = mk.ro_iban("BRDE", "010SV88130040100")
    markup = f"""
2|ROMÂNIA\\nPARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE\\nDIRECȚIA NAȚIONALĂ ANTICORUPȚIE\\nSERVICIUL TERITORIAL ALBA IULIA ¦ Nr. 1127/VIII-1/2026\\n04.12.2026

{OKAZII_BLOCK}

În cauza penală nr. 214/P/2026, privind săvârșirea infracțiunii de luare de mită (art. 289 C.pen.), este necesară verificarea vânzărilor de monede și obiecte de colecție efectuate prin platforma dumneavoastră de utilizatorul colectii_numismatice_ab, care a declarat pentru încasări contul {iban}.
În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați datele indicate în tabelul de mai jos, pentru perioada 01.01.2025 - 30.11.2026:
X|Nr. crt. ¦ Date solicitate
X|1 ¦ datele de identificare ale titularului contului
X|2 ¦ lista vânzărilor încheiate, cu prețul și cumpărătorul
X|3 ¦ conturile bancare declarate și modificările acestora
Datele vor fi predate pe suport optic, prin curier, la sediul Serviciului Teritorial Alba Iulia, Str. Decebal nr. 19, Alba Iulia.

K|Procuror,
K|Vlase Mirela
"""
    pdf = letter(markup, t - dt.timedelta(hours=1), title="1127/VIII-1/2026", author="vlase.mirela")
    pdf = mk.sign_pdf(pdf, "pers_dna_vlase", reason="Semnatura procuror", location="Alba Iulia",
                      at=t - dt.timedelta(minutes=15))
    b = ("Buna ziua,\n\nTransmit alaturat adresa DNA - Serviciul Teritorial Alba Iulia nr. 1127/VIII-1/2026, \n"
         "semnata electronic.\n\nProcuror Vlase Mirela\nDNA - ST Alba Iulia\n")
    raw = send(seed="g9", frm=addr("Vlase Mirela", "mirela.vlase@pna.ro"), frm_addr="mirela.vlase@pna.ro",
               to=[LEGAL], subject="Adresa", date=t,
               body=with_files("g9", text(b, charset="us-ascii", cte="7bit", format_flowed=True),
                               [(pdf, "adresa 1127.pdf", PDF)]),
               dkim_domain="pna.ro", helo="mail.pna.ro", ip=ip_of("pna.ro"),
               extra=[("User-Agent", "Mozilla Thunderbird 128.5.0")])
    return le(raw=raw, genuine=True, dkim=["pna.ro"], pdf=[{"signer": "pers_dna_vlase", "whole": True}],
              notes="DNA territorial service (heading names DNA); prosecutor's certificate; two-column heading "
                    "(number and date on the right, date without place); format=flowed US-ASCII cover with subject "
                    "'Adresa'; data in a two-column table; period stated before the table; courier",
              fields={"authority": "Direcția Națională Anticorupție - Serviciul Teritorial Alba Iulia",
                      "authority_kind": "prosecutor", "reference_number": "1127/VIII-1/2026",
                      "reference_date": "2026-12-04", "case_number": "214/P/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "colectii_numismatice_ab"), S("iban", iban.replace(" ", ""))],
                      "transactions": [],
                      "requested_data": ["datele de identificare ale titularului contului",
                                         "lista vânzărilor încheiate, cu prețul și cumpărătorul",
                                         "conturile bancare declarate și modificările acestora"],
                      "period": {"from": "2025-01-01", "to": "2026-11-30"},
                      "response_channel": "courier", "signatory": "Procuror Vlase Mirela", "urgent": False},
              accept={"authority": ["Direcția Națională Anticorupție", "DNA", "Serviciul Teritorial Alba Iulia",
                                    "DNA - Serviciul Teritorial Alba Iulia"]})


@item
def g_court_bistrita_alternative():
    t = when(2026, 12, 3, 14, 30)
    markup = """
B|ROMÂNIA
B|JUDECĂTORIA BISTRIȚA
B|SECȚIA PENALĂ
K|Dosar nr. 2417/190/2026
K|Termen: 15.01.2027
K|Data: 03.12.2026

K|Către: OKAZII.RO S.R.L., în calitate de deținător de date

Instanța, în ședința din 02.12.2026, analizând cererea de probatorii formulată în cauza privind pe inculpatul Sălăjan Vasile, trimis în judecată pentru săvârșirea infracțiunii de înșelăciune (art. 244 alin. 2 C.pen.), în temeiul art. 170 alin. (1) și (2) din Codul de procedură penală, dispune comunicarea următoarelor înscrisuri și date:
L|1) istoricul tranzacțiilor încheiate de utilizatorul cu ID 6620148 (auto_piese_bn) în perioada 01.03.2026 - 30.06.2026;
L|2) datele de identificare ale cumpărătorului din tranzacția nr. 71877002.
Înscrisurile vor fi comunicate prin poștă sau curier, la sediul instanței din Bistrița, str. Alba Iulia nr. 1, cu mențiunea numărului de dosar, până la termenul de judecată.

2|JUDECĂTOR,\\nGherman Sorin ¦ GREFIER,\\nMoldovan Raluca
"""
    pdf = letter(markup, t - dt.timedelta(hours=3), title="2417/190/2026 adresa", author="grefa penal")
    pdf = mk.sign_pdf(pdf, "pers_jbn_gherman", reason="Semnat", location="Bistrița", at=t - dt.timedelta(hours=1))
    plain = ("Stimate domn / Stimată doamnă,\n\nÎn dosarul nr. 2417/190/2026 al Judecătoriei Bistrița, vă comunicăm "
             "adresa atașată, semnată electronic de judecătorul cauzei.\n\nGrefier Moldovan Raluca\n"
             "Judecătoria Bistrița - Secția penală\n")
    html = plain.replace("\n\n", "</p><p>").replace("\n", "<br>")
    alt = multipart("alternative", [text(plain, charset="iso-8859-2", cte="quoted-printable"),
                                    text("<p>" + html + "</p>", "html", charset="iso-8859-2")], "g10alt")
    raw = send(seed="g10", frm=addr("Judecatoria Bistrita - Sectia penala", "jud-bistrita-penal@just.ro"),
               frm_addr="jud-bistrita-penal@just.ro", to=[LEGAL], subject="Dosar nr. 2417/190/2026 - adresa",
               date=t, body=with_files("g10", alt, [(pdf, "2417_190_2026_adresa.pdf", PDF)]),
               dkim_domain="just.ro", helo="mail.just.ro", ip=ip_of("just.ro", 1))
    return le(raw=raw, genuine=True, dkim=["just.ro"], pdf=[{"signer": "pers_jbn_gherman", "whole": True}],
              notes="district court in the trial phase (art. 170 applies to the court); no registration number "
                    "other than the court file number, which is the reference; labelled lines (Dosar, Termen, "
                    "Data); the judge signs, the clerk's name printed beside; ISO-8859-2 alternative cover sent "
                    "by the clerk; ')' list; post or courier",
              fields={"authority": "Judecătoria Bistrița", "authority_kind": "court",
                      "reference_number": "2417/190/2026", "reference_date": "2026-12-03",
                      "case_number": "2417/190/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("user_id", "6620148"), S("username", "auto_piese_bn")],
                      "transactions": ["71877002"],
                      "requested_data": ["istoricul tranzacțiilor încheiate de utilizatorul cu ID 6620148 (auto_piese_bn) în perioada 01.03.2026 - 30.06.2026",
                                         "datele de identificare ale cumpărătorului din tranzacția nr. 71877002"],
                      "period": {"from": "2026-03-01", "to": "2026-06-30"},
                      "response_channel": "courier", "signatory": "Judecător Gherman Sorin", "urgent": False},
              accept={"authority": ["Judecătoria Bistrița - Secția penală"], "signatory": ["Gherman Sorin"]})


@item
def g_tribunal_tulcea_visible_seal():
    t = when(2026, 12, 4, 12, 6)
    markup = """
C|ROMÂNIA
C|TRIBUNALUL TULCEA
C|Secția penală
K|Dosar nr. 1188/88/2026 (apel)
K|Nr. 1188/88/2026/a3 din 04.12.2026

K|Către OKAZII.RO S.R.L.
K|Centrul de prevenire a fraudelor

Tribunalul Tulcea judecă apelul declarat împotriva sentinței penale nr. 402/2026 a Judecătoriei Tulcea, în cauza privind infracțiunea de înșelăciune (art. 244 C.pen.). Pentru termenul din 20.01.2027, în temeiul art. 170 alin. (1) din Codul de procedură penală, vă rugăm să ne comunicați, cu privire la utilizatorul delta_pescuit_tl (adresa de e-mail delta.pescuit@yahoo.com):
L|1. istoricul complet al anunțurilor utilizatorului;
L|2. confirmarea plăților primite pentru tranzacțiile 71650233 și 71650871.
Răspunsul poate fi transmis electronic, la adresa tr-tulcea-penal@just.ro.

K|Președinte complet,
K|judecător Stoian Adriana
"""
    pdf = letter(markup, t - dt.timedelta(hours=2), title="1188/88/2026", author="tr tulcea")
    pdf = mk.sign_pdf(pdf, "seal_tbtl", reason="Sigiliu electronic Tribunalul Tulcea", location="Tulcea",
                      visible=True, box=(330, 60, 560, 120), at=t - dt.timedelta(minutes=35))
    b = ("Bună ziua,\n\nVă comunicăm adresa Tribunalului Tulcea din dosarul nr. 1188/88/2026.\n\n"
         "Compartimentul grefă - Secția penală\nTribunalul Tulcea\n")
    raw = send(seed="g11", frm=addr("Tribunalul Tulcea", "tr-tulcea-penal@just.ro"),
               frm_addr="tr-tulcea-penal@just.ro", to=[LEGAL], subject="Comunicare adresa dosar 1188/88/2026",
               date=t, body=with_files("g11", text(b, cte="base64"), [(pdf, "adresa_1188_88_2026.pdf", PDF)]),
               dkim_domain="just.ro", helo="mail.just.ro", ip=ip_of("just.ro"))
    return le(raw=raw, genuine=True, dkim=["just.ro"], pdf=[{"signer": "seal_tbtl", "whole": True}],
              notes="tribunal in appeal; visible seal appearance; UTF-8 base64 cover; the reference is the file "
                    "number with a suffix; signatory with function on one line and rank + name on the next",
              fields={"authority": "Tribunalul Tulcea", "authority_kind": "court",
                      "reference_number": "1188/88/2026/a3", "reference_date": "2026-12-04",
                      "case_number": "1188/88/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "delta_pescuit_tl"), S("email", "delta.pescuit@yahoo.com")],
                      "transactions": ["71650233", "71650871"],
                      "requested_data": ["istoricul complet al anunțurilor utilizatorului",
                                         "confirmarea plăților primite pentru tranzacțiile 71650233 și 71650871"],
                      "response_channel": "electronic", "reply_to": "tr-tulcea-penal@just.ro",
                      "signatory": "Judecător Stoian Adriana", "urgent": False},
              accept={"authority": ["Tribunalul Tulcea - Secția penală"],
                      "signatory": ["Președinte complet, judecător Stoian Adriana"]})


@item
def g_anaf_antifraud():
    t = when(2026, 12, 3, 11, 38)
    iban = mk.ro_iban("INGB", "0000999912870033")
    markup = f"""
2|AGENȚIA NAȚIONALĂ DE ADMINISTRARE FISCALĂ\\nDIRECȚIA GENERALĂ ANTIFRAUDĂ FISCALĂ\\nDirecția de Combatere a Fraudelor ¦ Nr. 4418/DCF din 03.12.2026

{OKAZII_BLOCK}

Inspectorii antifraudă din cadrul Direcției de Combatere a Fraudelor, delegați prin ordonanța procurorului în dosarul penal nr. 505/P/2026 al Parchetului de pe lângă Tribunalul Vâlcea, privind săvârșirea infracțiunii de evaziune fiscală (art. 9 din Legea nr. 241/2005), efectuează verificări asupra activității comerciale desfășurate prin platforma dumneavoastră de utilizatorul anvelope_discount_ro (societatea ROTAMAX DISTRIBUTION S.R.L., CUI 41882309), care a declarat pentru încasări contul {iban}.
În baza art. 170 din Codul de procedură penală, coroborat cu art. 61 din Legea nr. 207/2015 privind Codul de procedură fiscală, vă rugăm să ne comunicați:
L|1. situația vânzărilor realizate prin platformă de utilizatorul anvelope_discount_ro în perioada 01.01.2025 - 30.09.2026, pe luni, cu valoarea totală încasată;
L|2. datele de identificare și conturile bancare declarate de titularul contului;
L|3. facturile de comision emise de OKAZII.RO S.R.L. către acest utilizator.
Răspunsul se transmite electronic la adresa dcf.antifrauda@anaf.ro.

S|Director,
S|Mureșan Cristian
"""
    pdf = letter(markup, t - dt.timedelta(hours=5), title="4418/DCF", author="DGAF")
    pdf = mk.sign_pdf(pdf, "seal_anaf", reason="Sigiliu electronic ANAF", location="București",
                      at=t - dt.timedelta(hours=2))
    b = ("Stimată doamnă / Stimate domn,\n\nVă transmitem adresa DGAF - Direcția de Combatere a Fraudelor "
         "nr. 4418/DCF din 03.12.2026, semnată cu sigiliul electronic al ANAF.\n\nCu considerație,\n"
         "Direcția de Combatere a Fraudelor\n")
    raw = send(seed="g12", frm=addr("DGAF - Directia de Combatere a Fraudelor", "dcf.antifrauda@anaf.ro"),
               frm_addr="dcf.antifrauda@anaf.ro", to=[LEGAL], subject="Solicitare informatii - 4418/DCF",
               date=t, body=with_files("g12", text(b, charset="iso-8859-2"), [(pdf, "4418_DCF.pdf", PDF)]),
               dkim_domain="anaf.ro", helo="mail.anaf.ro", ip=ip_of("anaf.ro"))
    return le(raw=raw, genuine=True, dkim=["anaf.ro"], pdf=[{"signer": "seal_anaf", "whole": True}],
              notes="ANAF anti-fraud inspectors delegated by a prosecutor in a tax-evasion case; ANAF seal; "
                    "two-column heading; user by username and IBAN (the company and its CUI are not subjects); "
                    "legal_basis left unscored (art. 170 CPP together with art. 61 of the tax procedure code)",
              fields={"authority": "Direcția Generală Antifraudă Fiscală", "authority_kind": "other",
                      "reference_number": "4418/DCF", "reference_date": "2026-12-03", "case_number": "505/P/2026",
                      "subjects": [S("username", "anvelope_discount_ro"), S("iban", iban.replace(" ", ""))],
                      "transactions": [],
                      "requested_data": ["situația vânzărilor realizate prin platformă de utilizatorul anvelope_discount_ro în perioada 01.01.2025 - 30.09.2026, pe luni, cu valoarea totală încasată",
                                         "datele de identificare și conturile bancare declarate de titularul contului",
                                         "facturile de comision emise de OKAZII.RO S.R.L. către acest utilizator"],
                      "period": {"from": "2025-01-01", "to": "2026-09-30"},
                      "response_channel": "electronic", "reply_to": "dcf.antifrauda@anaf.ro",
                      "signatory": "Director Mureșan Cristian", "urgent": False},
              accept={"authority": ["Agenția Națională de Administrare Fiscală", "ANAF",
                                    "Direcția de Combatere a Fraudelor",
                                    "Direcția Generală Antifraudă Fiscală - Direcția de Combatere a Fraudelor"]})


@item
def g_border_joint_centre_english():
    t = when(2026, 12, 4, 10, 21)
    markup = """
C|ROMANIAN BORDER POLICE
C|Joint Contact Centre Giurgiu - Ruse
K|Ref. No. 2281/CCC/2026
K|Giurgiu, 4 December 2026

K|To: OKAZII.RO S.R.L., Fraud Prevention Centre, juridic@okazii.ro

Dear Sirs,
The Joint Contact Centre Giurgiu - Ruse assists the Romanian and Bulgarian authorities in criminal file no. 4471/P/2026 of the Prosecutor's Office attached to Giurgiu District Court, concerning the trafficking of stolen vehicle parts across the Danube bridge. The parts were offered on your platform by the user ruse_auto_parts, who registered the Bulgarian phone number +359 88 412 7730 and sold them in order 72311209.
Pursuant to Article 170 of the Romanian Code of Criminal Procedure, we kindly ask you to provide:
K|- the registration data of the account (name, e-mail address, phone number, date of creation);
K|- the IP addresses used to log in between 01.11.2026 and 04.12.2026;
K|- the delivery addresses used for order 72311209.
Please send your answer electronically to ccc.giurgiu@politiadefrontiera.ro.
Yours faithfully,

K|Head of the Joint Contact Centre
K|Chief Superintendent Aurel Dobre
"""
    pdf = letter(markup, t - dt.timedelta(hours=2), family="sans", title="2281/CCC/2026", author="CCC Giurgiu")
    pdf = mk.sign_pdf(pdf, "seal_igpf", reason="IGPF electronic seal", location="Giurgiu",
                      at=t - dt.timedelta(minutes=45))
    plain = ("Bună ziua,\n\nVă transmitem o solicitare a Centrului Comun de Contact Giurgiu - Ruse (în limba "
             "engleză, deoarece cauza este instrumentată împreună cu partea bulgară).\n\nCu stimă,\n"
             "Centrul Comun de Contact Giurgiu - Ruse\nPoliția de Frontieră Română\n")
    html = "<p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
    alt = multipart("alternative", [text(plain), text(html, "html")], "g13alt")
    raw = send(seed="g13", frm=addr("CCC Giurgiu-Ruse", "ccc.giurgiu@politiadefrontiera.ro"),
               frm_addr="ccc.giurgiu@politiadefrontiera.ro", to=[LEGAL],
               subject="Request for data - Ref. 2281/CCC/2026", date=t,
               body=with_files("g13", alt, [(pdf, "Request_2281_CCC_2026.pdf", PDF)]),
               dkim_domain="politiadefrontiera.ro", helo="mx.politiadefrontiera.ro",
               ip=ip_of("politiadefrontiera.ro"))
    return le(raw=raw, genuine=True, dkim=["politiadefrontiera.ro"], pdf=[{"signer": "seal_igpf", "whole": True}],
              notes="English letter of a Romanian-Bulgarian joint contact centre of the border police (IGPF seal), "
                    "Romanian cover; 'we kindly ask you to provide'; a Bulgarian phone number; authority left "
                    "unscored (written in English)",
              fields={"authority_kind": "police", "reference_number": "2281/CCC/2026",
                      "reference_date": "2026-12-04", "case_number": "4471/P/2026", "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("username", "ruse_auto_parts"), S("phone", "+359884127730")],
                      "transactions": ["72311209"],
                      "requested_data": ["the registration data of the account (name, e-mail address, phone number, date of creation)",
                                         "the IP addresses used to log in between 01.11.2026 and 04.12.2026",
                                         "the delivery addresses used for order 72311209"],
                      "period": {"from": "2026-11-01", "to": "2026-12-04"},
                      "response_channel": "electronic", "reply_to": "ccc.giurgiu@politiadefrontiera.ro",
                      "signatory": "Chief Superintendent Aurel Dobre", "urgent": False})


@item
def g_tulcea_babadag_no_diacritics():
    t = when(2026, 12, 4, 14, 47)
    markup = """
K|ROMANIA
K|MINISTERUL AFACERILOR INTERNE
K|INSPECTORATUL DE POLITIE JUDETEAN TULCEA
K|POLITIA ORASULUI BABADAG
K|Nr. 312.558 din 04/12/2026

K|Catre OKAZII.RO S.R.L.

Politia Orasului Babadag efectueaza cercetari in dosarul penal nr. 1902/P/2026 al Parchetului de pe langa Judecatoria Babadag, privind infractiunea de inselaciune prevazuta de art. 244 C.pen., in care persoana vatamata a platit un avans de 3.000 lei pentru o barca de pescuit care nu i-a mai fost predata. Vanzatorul a folosit adresa de e-mail costel.barca.delta@gmail.com si numarul de telefon 0740 551 208.
In temeiul art. 170 C.proc.pen., va rugam sa dispuneti comunicarea catre organul de cercetare penala a urmatoarelor informatii:
L|1) datele de identificare ale utilizatorului care a folosit adresa de e-mail si numarul de telefon de mai sus;
L|2) tranzactiile in care utilizatorul a avut calitatea de vanzator, cu datele cumparatorilor;
L|3) adresele IP de conectare in luna noiembrie 2026.
Raspunsul va fi transmis prin posta, la sediul Politiei Orasului Babadag, str. Republicii nr. 144, Babadag, jud. Tulcea.

K|p. Sef politie,
K|Subcomisar de politie Ene Florin
"""
    pdf = letter(markup, t - dt.timedelta(hours=1), family="sans", title="312558", author="babadag")
    pdf = mk.sign_pdf(pdf, "seal_ipj_tl", reason="Sigiliu IPJ Tulcea", location="Babadag",
                      at=t - dt.timedelta(minutes=20))
    b = ("Buna ziua,\n\nVa trimitem adresa Politiei Orasului Babadag nr. 312.558 din 04.12.2026, semnata "
         "electronic.\n\nPolitia Orasului Babadag\n")
    raw = send(seed="g14", frm=addr(None, "babadag@tl.politiaromana.ro"), frm_addr="babadag@tl.politiaromana.ro",
               to=[LEGAL], subject="adresa politie Babadag", date=t,
               body=with_files("g14", text(b, charset="windows-1250", cte="8bit"),
                               [(pdf, "Adresa 312558.pdf", PDF)]),
               dkim_domain="tl.politiaromana.ro", helo="mail.tl.politiaromana.ro", ip=ip_of("tl.politiaromana.ro"))
    return le(raw=raw, genuine=True, dkim=["tl.politiaromana.ro"], pdf=[{"signer": "seal_ipj_tl", "whole": True}],
              notes="town police under IPJ Tulcea; letter typed without diacritics; date 04/12/2026 with slashes; "
                    "'va rugam sa dispuneti comunicarea'; ')' list; answer by post (response_channel and reply_to "
                    "left unscored); 'p. Sef politie'",
              fields={"authority": "Politia Orasului Babadag", "authority_kind": "police",
                      "reference_number": "312.558", "reference_date": "2026-12-04", "case_number": "1902/P/2026",
                      "legal_basis": ["art. 170 CPP"],
                      "subjects": [S("email", "costel.barca.delta@gmail.com"), S("phone", "+40740551208")],
                      "transactions": [],
                      "requested_data": ["datele de identificare ale utilizatorului care a folosit adresa de e-mail si numarul de telefon de mai sus",
                                         "tranzactiile in care utilizatorul a avut calitatea de vanzator, cu datele cumparatorilor",
                                         "adresele IP de conectare in luna noiembrie 2026"],
                      "period": {"from": "2026-11-01", "to": "2026-11-30"},
                      "signatory": "Subcomisar de politie Ene Florin", "urgent": False},
              accept={"authority": ["Poliția Orașului Babadag", "Inspectoratul de Poliție Județean Tulcea",
                                    "IPJ Tulcea", "Inspectoratul de Politie Judetean Tulcea"],
                      "reference_number": ["312558"],
                      "signatory": ["p. Sef politie, Subcomisar de politie Ene Florin"]})


# ==========================================================================
# forged or defective law-enforcement requests
# ==========================================================================

def police_letter(heads: list[str], number: str, intro: str, ask: str, data: list[str], reply: str,
                  sig: list[str]) -> str:
    h = "\n".join(f"C|{x}" for x in heads)
    d = "\n".join(f"L|{i}. {x};" for i, x in enumerate(data, 1)).rstrip(";")
    s = "\n".join(f"S|{x}" for x in sig)
    return f"{h}\nK|{number}\n\n{OKAZII_BLOCK}\n\n{intro}\n{ask}\n{d}\n{reply}\n\n{s}\n"


def forged(fields_extra: dict | None = None, **kw) -> dict:
    return le(genuine=False, fields=dict({"authority_kind": "police"}, **(fields_extra or {})), **kw)


@item
def f_seal_of_a_on_letter_of_b():
    t = when(2026, 12, 3, 16, 2)
    markup = police_letter(
        ["PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE", "D.I.I.C.O.T. - BIROUL TERITORIAL TULCEA"],
        "Nr. 904/II-2/2026 din 03.12.2026",
        "În dosarul penal nr. 77D/P/2026, privind infracțiunea de constituire a unui grup infracțional organizat "
        "(art. 367 C.pen.), procurorul a dispus, prin ordonanță, obținerea de date de la furnizorii de servicii.",
        "În temeiul art. 170 C.proc.pen., vă solicităm să comunicați, pentru utilizatorul pescar_sulina "
        "(e-mail pescar.sulina@gmail.com) și utilizatorul cu ID 8120077:",
        ["datele de identificare, adresele IP și istoricul autentificărilor din ultimele 12 luni",
         "toate mesajele schimbate prin platformă", "conturile bancare declarate"],
        "Răspunsul se va transmite la adresa secretariat@tl.politiaromana.ro, care asigură legătura cu biroul.",
        ["PROCUROR,", "Dumitrescu Alin"])
    pdf = letter(markup, t - dt.timedelta(hours=2), title="904", author="secretariat")
    pdf = mk.sign_pdf(pdf, "seal_ipj_tl", reason="Sigiliu", location="Tulcea", at=t - dt.timedelta(hours=1))
    body = text("Bună ziua,\n\nVă transmitem solicitarea DIICOT - BT Tulcea, cu care colaborăm în cauză.\n\n"
                "Secretariat I.P.J. Tulcea\n")
    raw = send(seed="f1", frm=addr("Secretariat IPJ Tulcea", "secretariat@tl.politiaromana.ro"),
               frm_addr="secretariat@tl.politiaromana.ro", to=[LEGAL], subject="Solicitare DIICOT - 904/II-2/2026",
               date=t, body=with_files("f1", body, [(pdf, "solicitare_904.pdf", PDF)]),
               dkim_domain="tl.politiaromana.ro", helo="mail.tl.politiaromana.ro", ip=ip_of("tl.politiaromana.ro"))
    return forged(raw=raw, dkim=["tl.politiaromana.ro"], pdf=[{"signer": "seal_ipj_tl", "whole": True}],
                  fields_extra={"authority_kind": "prosecutor", "case_number": "77D/P/2026"},
                  notes="FORGED: a valid DKIM mail of IPJ Tulcea (compromised or insider) and a valid, intact seal "
                        "of IPJ Tulcea bound to IPJ Tulcea, on a letter whose heading states another authority "
                        "(DIICOT - BT Tulcea) and a prosecutor as signatory: the letter states another authority "
                        "than the mailbox and the signer")


@item
def f_annotation_added_after_seal():
    t = when(2026, 12, 4, 9, 37)
    markup = police_letter(
        ["INSPECTORATUL DE POLIȚIE JUDEȚEAN ALBA", "POLIȚIA MUNICIPIULUI AIUD", "Biroul Investigații Criminale"],
        "Nr. 230.114 din 03.12.2026",
        "În dosarul penal nr. 1610/P/2026 al Parchetului de pe lângă Judecătoria Aiud, privind infracțiunea de "
        "înșelăciune (art. 244 C.pen.), cercetăm vânzarea unor anvelope nelivrate (tranzacția nr. 72260390).",
        "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorul "
        "anvelope_aiud:",
        ["datele de identificare ale utilizatorului", "istoricul tranzacțiilor din ultimele 6 luni",
         "contul bancar declarat pentru încasări"],
        "Răspunsul se transmite electronic la adresa bic.aiud@ab.politiaromana.ro.",
        ["ȘEF BIROU", "Comisar de poliție Bucur Adrian"])
    pdf = letter(markup, t - dt.timedelta(days=1), title="230114", author="bic.aiud")
    pdf = mk.sign_pdf(pdf, "seal_ipj_ab", reason="Sigiliu IPJ Alba", location="Aiud", at=t - dt.timedelta(hours=20))
    pdf = mk.add_freetext_annotation(pdf, [
        "4. datele de identificare, parola (hash) si adresele IP pentru contul bunuri.second.hand@gmail.com",
        "   si pentru utilizatorul cu ID 8812004, precum si mesajele acestora din ultimele 12 luni."],
        rect=(60, 150, 560, 190))
    body = text("Bună ziua,\n\nAtașat adresa nr. 230.114/03.12.2026, semnată electronic, completată la punctul 4 "
                "conform dispoziției procurorului. Vă rugăm să răspundeți cu prioritate la punctul 4.\n\n"
                "BIC Aiud\n")
    raw = send(seed="f2", frm=addr("BIC Aiud", "bic.aiud@ab.politiaromana.ro"), frm_addr="bic.aiud@ab.politiaromana.ro",
               to=[LEGAL], subject="adresa 230114 - completare", date=t,
               body=with_files("f2", body, [(pdf, "adresa_230114.pdf", PDF)]),
               dkim_domain="ab.politiaromana.ro", helo="mail.ab.politiaromana.ro", ip=ip_of("ab.politiaromana.ro"))
    return forged(raw=raw, dkim=["ab.politiaromana.ro"], pdf=[{"signer": "seal_ipj_ab", "whole": False}],
                  fields_extra={"case_number": "1610/P/2026"},
                  notes="FORGED: genuine DKIM of IPJ Alba and a valid bound seal over the first revision; a later "
                        "incremental update adds a FreeText annotation (a drawn 'comment' with its own appearance; "
                        "pyHanko's diff reports the change as OTHER) with a 4th requested datum about two more accounts; the mail text points at "
                        "point 4. Anything but a bound signature added after signing must fail")


@item
def f_p7s_by_unbound_clerk():
    t = when(2026, 12, 2, 13, 20)
    markup = """
B|ROMÂNIA
B|JUDECĂTORIA BISTRIȚA - SECȚIA PENALĂ
K|Dosar nr. 3052/190/2026
K|Data: 02.12.2026

K|Către OKAZII.RO S.R.L.

În temeiul art. 170 alin. (1) din Codul de procedură penală, instanța dispune comunicarea, până la termenul din 28.01.2027, a istoricului tranzacțiilor și a datelor de identificare ale utilizatorului bicicleta_bn2 (ID 7004419), pentru perioada 01.05.2026 - 31.10.2026.
Răspunsul se va comunica prin poștă, la sediul instanței.

2|JUDECĂTOR,\\nGherman Sorin ¦ GREFIER,\\nMoldovan Raluca
"""
    pdf = letter(markup, t - dt.timedelta(hours=2), title="3052/190/2026", author="grefier")
    p7s = mk.cades(pdf, "pers_jbn_clerk", detached=True, signing_time=t - dt.timedelta(minutes=30))
    b = ("Bună ziua,\n\nVă comunicăm adresa din dosarul nr. 3052/190/2026, semnată electronic.\n\n"
         "Grefier Moldovan Raluca\nJudecătoria Bistrița\n")
    raw = send(seed="f3", frm=addr("Moldovan Raluca", "raluca.moldovan@just.ro"), frm_addr="raluca.moldovan@just.ro",
               to=[LEGAL], subject="Adresa dosar 3052/190/2026", date=t,
               body=with_files("f3", text(b), [(pdf, "adresa_3052.pdf", PDF), (p7s, "adresa_3052.pdf.p7s", P7S)]),
               dkim_domain="just.ro", helo="mail.just.ro", ip=ip_of("just.ro"))
    return forged(raw=raw, dkim=["just.ro"], pdf=[],
                  cades=[{"file": "adresa_3052.pdf.p7s", "signer": "pers_jbn_clerk", "detached": True,
                          "of": "adresa_3052.pdf", "valid": True}],
                  fields_extra={"authority_kind": "court", "case_number": "3052/190/2026"},
                  notes="DEFECTIVE (CAdES item): genuine just.ro DKIM; a detached .p7s that is valid and chains to "
                        "the root, but the signer is the court clerk, whose qualified certificate the registry does "
                        "not bind (the judge is the bound identity); expected incomplete (unknown signer)")


@item
def f_p7s_over_another_pdf():
    t = when(2026, 12, 4, 15, 44)
    data = ["datele de identificare ale titularului contului",
            "adresele IP de la care au fost publicate anunțurile contului"]
    orig = letter(_sebes_ordonanta("utilizatorul cherestea_pianu", data, t), t - dt.timedelta(days=1),
                  title="Ordonanta", author="PJ Sebes")
    p7s = mk.cades(orig, "pers_pjsbs_rad", detached=True, signing_time=t - dt.timedelta(hours=22))
    data2 = data + ["parolele, întrebările de securitate și corespondența completă a conturilor"]
    edited = letter(_sebes_ordonanta("utilizatorul cherestea_pianu și utilizatorii cu adresele de e-mail "
                                     "ana.t.sebes@gmail.com și contabil.pianu@yahoo.com", data2, t),
                    t - dt.timedelta(days=1), title="Ordonanta", author="PJ Sebes")
    b = ("Bună ziua,\n\nRevin cu ordonanța procurorului Rad Cornel, semnată electronic (fișierul .p7s).\n\n"
         "Grefă - Parchetul de pe lângă Judecătoria Sebeș\n")
    raw = send(seed="f4", frm=addr("Grefa PJ Sebes", "grefa.pjsebes@mpublic.ro"), frm_addr="grefa.pjsebes@mpublic.ro",
               to=[LEGAL], subject="Ordonanta procuror - dosar 1544/P/2026", date=t,
               body=with_files("f4", text(b), [(edited, "Ordonanta_1544.pdf", PDF),
                                               (p7s, "Ordonanta_1544.pdf.p7s", P7S)]),
               dkim_domain="mpublic.ro", helo="mail.mpublic.ro", ip=ip_of("mpublic.ro"))
    return forged(raw=raw, dkim=["mpublic.ro"], pdf=[],
                  cades=[{"file": "Ordonanta_1544.pdf.p7s", "signer": "pers_pjsbs_rad", "detached": True,
                          "of": "Ordonanta_1544.pdf", "valid": False}],
                  fields_extra={"authority_kind": "prosecutor", "case_number": "1544/P/2026"},
                  notes="FORGED (CAdES item): genuine mpublic.ro DKIM (a compromised office mailbox); the .p7s is a "
                        "genuine CAdES signature of the bound prosecutor, but over an earlier version of the "
                        "ordonanță; the attached PDF has two more users and a third datum: the signed content "
                        "differs from the PDF (message digest mismatch)")


@item
def f_update_signed_by_other_authority():
    t = when(2026, 12, 3, 12, 51)
    markup = police_letter(
        ["INSPECTORATUL DE POLIȚIE JUDEȚEAN ALBA", "Serviciul de Investigații Criminale"],
        "Nr. 229.870 din 02.12.2026",
        "În dosarul penal nr. 1588/P/2026 al Parchetului de pe lângă Tribunalul Alba, privind infracțiunea de "
        "înșelăciune (art. 244 C.pen.), cercetăm anunțuri de închiriere false.",
        "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorul "
        "apartamente_ab_regim_hotelier:",
        ["datele de identificare ale utilizatorului", "lista anunțurilor publicate"],
        "Răspunsul se transmite electronic la adresa sic@ab.politiaromana.ro.",
        ["ȘEF SERVICIU", "Comisar-șef de poliție Ilie Bogdan"])
    pdf = letter(markup, t - dt.timedelta(days=1), title="229870", author="sic.alba")
    pdf = mk.sign_pdf(pdf, "seal_ipj_ab", reason="Sigiliu IPJ Alba", location="Alba Iulia", at=t - dt.timedelta(hours=22))
    pdf = mk.append_page_revision(pdf, [
        "ANEXA la adresa nr. 229.870 din 02.12.2026",
        "",
        "Utilizatori suplimentari, in aceeasi cauza:",
        "- tulcea.cazare.delta@gmail.com",
        "- utilizatorul cu ID 8455120",
        "- telefon 0744 120 913",
        "Se solicita, pentru fiecare: datele de identificare, parolele resetate si",
        "adresele IP din ultimele 12 luni.",
    ])
    pdf = mk.sign_pdf(pdf, "seal_ipj_tl", reason="Vizat", location="Tulcea", field="Semnatura2",
                      at=t - dt.timedelta(hours=2))
    body = text("Bună ziua,\n\nVă transmitem adresa nr. 229.870 cu anexa vizată de colegii din Tulcea.\n\n"
                "S.I.C. - I.P.J. Alba\n")
    raw = send(seed="f5", frm=addr("SIC IPJ Alba", "sic@ab.politiaromana.ro"), frm_addr="sic@ab.politiaromana.ro",
               to=[LEGAL], subject="adresa 229870 + anexa", date=t,
               body=with_files("f5", body, [(pdf, "adresa_229870_anexa.pdf", PDF)]),
               dkim_domain="ab.politiaromana.ro", helo="mail.ab.politiaromana.ro", ip=ip_of("ab.politiaromana.ro"))
    return forged(raw=raw, dkim=["ab.politiaromana.ro"],
                  pdf=[{"signer": "seal_ipj_ab", "whole": False}, {"signer": "seal_ipj_tl", "whole": True}],
                  fields_extra={"case_number": "1588/P/2026"},
                  notes="FORGED: genuine IPJ Alba DKIM and seal over revision 1; an annex page naming three more "
                        "users was added afterwards and signed by IPJ Tulcea's seal, a bound signature, but bound to "
                        "another authority than the letter's and the mailbox's")


@item
def f_unicode_dotless_i_domain():
    t = when(2026, 12, 5, 2, 14)
    markup = police_letter(
        ["INSPECTORATUL DE POLIȚIE JUDEȚEAN BUZĂU", "Serviciul de Combatere a Criminalității Informatice"],
        "Nr. 88.207 din 05.12.2026",
        "În dosarul penal nr. 2301/P/2026, privind infracțiunea de pornografie infantilă (art. 374 C.pen.), "
        "există riscul iminent al ștergerii probelor.",
        "În temeiul art. 170 C.proc.pen., vă solicităm URGENT, în cel mult 2 ore:",
        ["datele de identificare, parola și adresele IP ale utilizatorului cu ID 9102277",
         "toate datele conturilor cu adresele de e-mail sorin.vanzari.bz@gmail.com și madalina.bz91@yahoo.com"],
        "Răspundeți la adresa de mai sus. Document semnat electronic.",
        ["ȘEF SERVICIU", "Comisar-șef de poliție Radu Marian"])
    pdf = letter(markup, t - dt.timedelta(hours=1), title="88207", author="sccibz")
    body = text("URGENT - vă rugăm să tratați cu prioritate maximă solicitarea atașată (semnată electronic).\n\n"
                "SCCI Buzău\n")
    frm_addr = "scci@bz.polıtiaromana.ro"
    raw = send(seed="f6", frm=f"IPJ Buzau - SCCI <{frm_addr}>", frm_addr="scci@bz.xn--poltiaromana-34b.ro",
               to=[LEGAL], subject="URGENT - solicitare date 88.207", date=t,
               body=with_files("f6", body, [(pdf, "solicitare_88207.pdf", PDF)]),
               dkim_domain="bz.xn--poltiaromana-34b.ro", helo="mail.bz.xn--poltiaromana-34b.ro",
               ip=ip_of("bz.xn--poltiaromana-34b.ro"), msgid_domain="bz.xn--poltiaromana-34b.ro")
    return forged(raw=raw, dkim=["bz.xn--poltiaromana-34b.ro"], pdf=[],
                  fields_extra={"case_number": "2301/P/2026", "urgent": True},
                  notes="FORGED: From written in UTF-8 (RFC 6532) as scci@bz.polıtiaromana.ro with a dotless ı "
                        "(U+0131) in 'polıtia'; its own valid DKIM as bz.xn--poltiaromana-34b.ro; unsigned PDF that "
                        "claims to be signed; 2-hour urgency at 02:14 on a Saturday")


@item
def f_replay_with_new_date():
    t_orig = when(2026, 7, 9, 10, 18)
    t = when(2026, 12, 3, 8, 47)
    markup = police_letter(
        ["INSPECTORATUL DE POLIȚIE JUDEȚEAN BISTRIȚA-NĂSĂUD", "POLIȚIA MUNICIPIULUI BISTRIȚA",
         "Secția 1 Poliție"],
        "Nr. 402.117 din 09.07.2026",
        "În dosarul penal nr. 1130/P/2026 al Parchetului de pe lângă Judecătoria Bistrița, privind infracțiunea de "
        "înșelăciune (art. 244 C.pen.), cercetăm vânzarea unor biciclete electrice nelivrate.",
        "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorul "
        "ebike_bistrita (e-mail ebike.bistrita@gmail.com):",
        ["datele de identificare ale utilizatorului", "tranzacțiile încheiate în anul 2026",
         "adresele IP de conectare"],
        "Răspunsul se transmite electronic la adresa sectia1.bistrita@bn.politiaromana.ro.",
        ["Agent-șef principal de poliție", "Pop Ioana-Maria"])
    pdf = letter(markup, t_orig - dt.timedelta(hours=2), title="402117", author="pop.ioana")
    pdf = mk.sign_pdf(pdf, "pers_bn_pop", reason="Semnat", location="Bistrița", at=t_orig - dt.timedelta(hours=1))
    body = text("Bună ziua,\n\nAtașat adresa nr. 402.117, semnată electronic.\n\nPop Ioana-Maria\n")
    hdrs = [b"from", b"to", b"subject", b"message-id", b"mime-version", b"content-type"]
    raw = mk.build(seed="f7", frm=addr("Pop Ioana-Maria", "sectia1.bistrita@bn.politiaromana.ro"),
                   to=[LEGAL], subject="adresa 402117", date=t_orig,
                   message_id=mid("f7", "bn.politiaromana.ro"),
                   body=with_files("f7", body, [(pdf, "adresa_402117.pdf", PDF)]))
    signed = mk.dkim_sign(raw, "bn.politiaromana.ro", t_orig, headers=hdrs) + raw
    # the replay: the same bytes, the Date header rewritten to now (not covered by h=)
    replayed = signed.replace(("Date: " + mk.rfc_date(t_orig)).encode(), ("Date: " + mk.rfc_date(t)).encode())
    assert replayed != signed
    ours = mk.mx_received("mail.bn.politiaromana.ro", "203.0.113.77", t + dt.timedelta(seconds=8), LEGAL,
                          rdns="vps-77.hosting-ieftin.example", seed="f7")
    raw = b"Return-Path: <sectia1.bistrita@bn.politiaromana.ro>\r\n" + ours.replace("\n", "\r\n").encode() + b"\r\n" + replayed
    return forged(raw=raw, dkim=["bn.politiaromana.ro"], pdf=[{"signer": "pers_bn_pop", "whole": True}],
                  fields_extra={"case_number": "1130/P/2026"},
                  notes="FORGED replay: a genuine July mail of IPJ Bistrița-Năsăud whose DKIM h= did not cover "
                        "Date (t= of July), re-sent in December from a foreign IP with the Date header rewritten; "
                        "DKIM and the bound officer's signature still pass, but the letter and its signature date "
                        "from 09.07.2026 (more than 90 days before arrival)")


@item
def f_relayed_through_other_authority():
    t = when(2026, 12, 4, 10, 9)
    markup = police_letter(
        ["INSPECTORATUL DE POLIȚIE JUDEȚEAN BUZĂU", "POLIȚIA ORAȘULUI NEHOIU"],
        "Nr. 61.442 din 03.12.2026",
        "În dosarul penal nr. 488/P/2026 al Parchetului de pe lângă Judecătoria Pătârlagele, privind infracțiunea "
        "de înșelăciune (art. 244 C.pen.), cercetăm vânzarea unor lemne de foc nelivrate (tranzacția nr. 72266118).",
        "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorul "
        "lemne_nehoiu_direct:",
        ["datele de identificare ale utilizatorului", "contul bancar declarat pentru încasări"],
        "Răspunsul se transmite electronic la adresa nehoiu@bz.politiaromana.ro.",
        ["ȘEF POLIȚIE", "Comisar de poliție Stan Gelu"])
    pdf = letter(markup, t - dt.timedelta(days=1), title="61442", author="nehoiu")
    pdf = mk.sign_pdf(pdf, "seal_ipj_bz", reason="Sigiliu IPJ Buzău", location="Nehoiu",
                      at=t - dt.timedelta(hours=18))
    body = text("Bună ziua,\n\nLa rugămintea colegilor de la Poliția Orașului Nehoiu, care au probleme cu serviciul "
                "de e-mail, vă înaintăm adresa lor nr. 61.442, semnată electronic.\n\nDispecerat I.P.J. Alba\n")
    raw = send(seed="f8", frm=addr("Dispecerat IPJ Alba", "dispecerat@ab.politiaromana.ro"),
               frm_addr="dispecerat@ab.politiaromana.ro", to=[LEGAL], subject="Fw: adresa Politia Nehoiu 61442",
               date=t, body=with_files("f8", body, [(pdf, "adresa_61442.pdf", PDF)]),
               dkim_domain="ab.politiaromana.ro", helo="mail.ab.politiaromana.ro", ip=ip_of("ab.politiaromana.ro"))
    return forged(raw=raw, dkim=["ab.politiaromana.ro"], pdf=[{"signer": "seal_ipj_bz", "whole": True}],
                  fields_extra={"case_number": "488/P/2026"},
                  notes="DEFECTIVE: a complete letter of a town police under IPJ Buzău with IPJ Buzău's valid bound "
                        "seal, but relayed by IPJ Alba's mailbox (valid DKIM of ab.politiaromana.ro): the channel "
                        "is another authority's than the letter's and the signer's")


@item
def f_obsolete_source_route_from():
    t = when(2026, 12, 3, 19, 33)
    markup = police_letter(
        ["INSPECTORATUL DE POLIȚIE JUDEȚEAN BUZĂU", "Serviciul de Combatere a Criminalității Informatice"],
        "Nr. 88.031 din 03.12.2026",
        "În dosarul penal nr. 2277/P/2026, privind infracțiunea de fraudă informatică (art. 249 C.pen.), "
        "cercetăm preluarea unor conturi de vânzători.",
        "În temeiul art. 170 C.proc.pen., vă rugăm să ne comunicați, pentru utilizatorii cu ID 7781203 și "
        "8034551:",
        ["datele de identificare și de contact", "adresele IP din ultimele 90 de zile",
         "ultimele modificări ale datelor de autentificare"],
        "Răspunsul se transmite la adresa de e-mail de la care a fost trimisă prezenta.",
        ["ȘEF SERVICIU", "Comisar-șef de poliție Radu Marian"])
    pdf = letter(markup, t - dt.timedelta(hours=1), title="88031", author="scci")
    body = text("Bună seara,\n\nVă transmitem solicitarea atașată.\n\nS.C.C.I. Buzău\n")
    frm = '"IPJ Buzau - SCCI" <@bz.politiaromana.ro:scci.buzau@bz-politia.net>'
    raw = send(seed="f9", frm=frm, frm_addr="scci.buzau@bz-politia.net", to=[LEGAL],
               subject="Solicitare date - 88.031", date=t,
               body=with_files("f9", body, [(pdf, "88031.pdf", PDF)]),
               dkim_domain="bz-politia.net", helo="mail.bz-politia.net", ip=ip_of("bz-politia.net"),
               msgid_domain="bz-politia.net")
    return forged(raw=raw, dkim=["bz-politia.net"], pdf=[], fields_extra={"case_number": "2277/P/2026"},
                  notes="FORGED: the From address uses the obsolete source-route syntax "
                        "<@bz.politiaromana.ro:scci.buzau@bz-politia.net>: a reader that takes the first domain "
                        "sees the inspectorate, the real mailbox is the attacker's bz-politia.net (its own valid "
                        "DKIM); unsigned PDF")


@item
def f_national_seal_on_county_letter():
    t = when(2026, 12, 2, 11, 16)
    markup = police_letter(
        ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN VÂLCEA", "POLIȚIA ORAȘULUI HOREZU"],
        "Nr. 77.305 din 02.12.2026",
        "În dosarul penal nr. 915/P/2026 al Parchetului de pe lângă Judecătoria Horezu, privind infracțiunea de "
        "înșelăciune (art. 244 C.pen.), cercetăm vânzarea unor obiecte de ceramică nelivrate (tranzacția nr. "
        "72239914).",
        "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorul "
        "ceramica_horezu_shop:",
        ["datele de identificare ale utilizatorului", "contul bancar declarat", "istoricul tranzacțiilor din 2026"],
        "Răspunsul se transmite electronic la adresa horezu@vl.politiaromana.ro.",
        ["ȘEF POLIȚIE", "Comisar de poliție Ciocan Remus"])
    pdf = letter(markup, t - dt.timedelta(hours=3), title="77305", author="horezu")
    pdf = mk.sign_pdf(pdf, "seal_igpr", reason="Sigiliu electronic", location="Horezu", at=t - dt.timedelta(hours=1))
    body = text("Bună ziua,\n\nVă transmitem adresa Poliției Orașului Horezu nr. 77.305, semnată electronic.\n\n"
                "Poliția Orașului Horezu\n")
    raw = send(seed="f10", frm=addr("Politia Orasului Horezu", "horezu@vl.politiaromana.ro"),
               frm_addr="horezu@vl.politiaromana.ro", to=[LEGAL], subject="adresa 77305", date=t,
               body=with_files("f10", body, [(pdf, "adresa_77305.pdf", PDF)]),
               dkim_domain="vl.politiaromana.ro", helo="smtp.politiaromana.ro", ip=ip_of("vl.politiaromana.ro"))
    return forged(raw=raw, dkim=["vl.politiaromana.ro"], pdf=[{"signer": "seal_igpr", "whole": True}],
                  fields_extra={"case_number": "915/P/2026"},
                  notes="DEFECTIVE: a town police under IPJ Vâlcea (a registry unit with parent IGPR), own-domain "
                        "DKIM, but the PDF is sealed with the national IGPR seal, bound to the parent entry only "
                        "(README: the national seal never verifies a county's letter)")


@item
def f_dkim_rsa_sha1_only():
    t = when(2026, 12, 4, 12, 40)
    markup = police_letter(
        ["INSPECTORATUL DE POLIȚIE JUDEȚEAN BISTRIȚA-NĂSĂUD", "POLIȚIA ORAȘULUI SÂNGEORZ-BĂI"],
        "Nr. 519.306 din 04.12.2026",
        "În dosarul penal nr. 640/P/2026 al Parchetului de pe lângă Judecătoria Năsăud, privind infracțiunea de "
        "înșelăciune (art. 244 C.pen.), cercetăm vânzarea unor apartamente de vacanță inexistente.",
        "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorul "
        "cazare_bai_sangeorz:",
        ["datele de identificare ale utilizatorului", "istoricul tranzacțiilor din anul 2026"],
        "Răspunsul se transmite electronic la adresa sangeorz@bn.politiaromana.ro.",
        ["Agent-șef principal de poliție", "Pop Ioana-Maria"])
    pdf = letter(markup, t - dt.timedelta(hours=2), title="519306", author="pop.ioana")
    pdf = mk.sign_pdf(pdf, "pers_bn_pop", reason="Semnat", location="Sângeorz-Băi", at=t - dt.timedelta(hours=1))
    body = text("Bună ziua,\n\nAtașat adresa nr. 519.306, semnată electronic.\n\nPoliția Orașului Sângeorz-Băi\n")
    raw = send(seed="f11", frm=addr("Politia Sangeorz-Bai", "sangeorz@bn.politiaromana.ro"),
               frm_addr="sangeorz@bn.politiaromana.ro", to=[LEGAL], subject="adresa 519306", date=t,
               body=with_files("f11", body, [(pdf, "adresa_519306.pdf", PDF)]),
               dkim_domain="bn.politiaromana.ro", dkim_algo=b"rsa-sha1", helo="mail.bn.politiaromana.ro",
               ip=ip_of("bn.politiaromana.ro"))
    return forged(raw=raw, dkim=["bn.politiaromana.ro"], pdf=[{"signer": "pers_bn_pop", "whole": True}],
                  fields_extra={"case_number": "640/P/2026"},
                  notes="DEFECTIVE: a complete letter with the bound officer's valid signature, but the mail's only "
                        "DKIM signature is a=rsa-sha1 (an old relay), which counts as none (README): the channel "
                        "is not authenticated; expected incomplete")


@item
def f_mailing_list_arc_claims():
    t = when(2026, 12, 3, 20, 5)
    pdf = mk.scan_pdf([
        "**INSPECTORATUL DE POLIȚIE JUDEȚEAN BUZĂU", "**POLIȚIA MUNICIPIULUI BUZĂU - SECȚIA 2", "",
        "Nr. 90.412 din 03.12.2026", "", "Către OKAZII.RO S.R.L.", "",
        "În dosarul penal nr. 2318/P/2026 (înșelăciune, art. 244 C.pen.), în baza",
        "art. 170 C.proc.pen., vă rugăm să ne comunicați datele de identificare,",
        "adresele IP și mesajele utilizatorilor telefoane_bz_outlet și",
        "outlet.telefoane.bz@gmail.com.", "",
        "Răspunsul se transmite la adresa grupului de lucru, de unde a fost trimisă.", "",
        "ȘEF SECȚIE", "Comisar de poliție Vasilescu Ion"],
        seed="f12", stamp_text=("POLIȚIA MUNICIPIULUI BUZĂU", "SECȚIA 2"), signer_name="Vasilescu Ion")
    body = text("Bună seara,\n\nVă transmitem, prin grupul de cooperare, adresa Secției 2 Buzău (scanată, "
                "semnată și ștampilată).\n\nSecția 2 Poliție Buzău\n")
    list_addr = "cooperare-platforme@grupuri-cooperare.net"
    arc = [("ARC-Seal", "i=1; a=rsa-sha256; d=grupuri-cooperare.net; s=lists; cv=none; t=1796407500;\n\tb=Qm9ndXMgQVJDIHNlYWw="),
           ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=grupuri-cooperare.net; s=lists;\n\th=from:to:subject:date; bh=Ym9ndXM=; b=Ym9ndXMgbWVzc2FnZSBzaWduYXR1cmU="),
           ("ARC-Authentication-Results", "i=1; mx.grupuri-cooperare.net;\n\tdkim=pass header.d=bz.politiaromana.ro header.s=zimbra26;\n\tspf=pass smtp.mailfrom=sectia2@bz.politiaromana.ro;\n\tdmarc=pass (p=REJECT) header.from=bz.politiaromana.ro"),
           ("X-Original-From", "Sectia 2 Politie Buzau <sectia2@bz.politiaromana.ro>"),
           ("List-Id", "Cooperare platforme online <cooperare-platforme.grupuri-cooperare.net>"),
           ("List-Post", f"<mailto:{list_addr}>"), ("Precedence", "list")]
    raw = send(seed="f12", frm=f"'Sectia 2 Politie Buzau' via Cooperare platforme <{list_addr}>",
               frm_addr=list_addr, to=[LEGAL], reply_to=list_addr, subject="[cooperare] Adresa 90.412 - Sectia 2 Buzau",
               date=t, body=with_files("f12", body, [(pdf, "adresa_90412_scan.pdf", PDF)]),
               dkim_domain="grupuri-cooperare.net", helo="mx.grupuri-cooperare.net",
               ip=ip_of("grupuri-cooperare.net"), extra=arc, mail_from="bounces+sectia2@grupuri-cooperare.net")
    return forged(raw=raw, dkim=["grupuri-cooperare.net"], pdf=[], fields_extra={"case_number": "2318/P/2026"},
                  notes="FORGED: a 'mailing list' rewrote From to its own address (valid DKIM of the list domain); "
                        "the police origin is only claimed by X-Original-From and by ARC headers the list wrote "
                        "itself (ARC-Authentication-Results dkim=pass header.d=bz.politiaromana.ro; the ARC seal is "
                        "not valid); the letter is an image-only scan with drawn stamp and signature")


@item
def f_screenshot_of_a_signature():
    t = when(2026, 12, 4, 16, 25)
    markup = police_letter(
        ["INSPECTORATUL DE POLIȚIE JUDEȚEAN BISTRIȚA-NĂSĂUD", "Serviciul de Investigare a Criminalității Economice"],
        "Nr. 519.588 din 04.12.2026",
        "În dosarul penal nr. 1207/P/2026, privind infracțiunea de spălare a banilor (art. 49 din Legea nr. "
        "129/2019), vă rugăm să ne comunicați, pentru utilizatorii cu adresele de e-mail "
        "florin.auto.bn@gmail.com și rebeca.shop.bn@yahoo.com:", "",
        ["datele de identificare", "toate conturile bancare declarate", "istoricul complet al tranzacțiilor"],
        "Răspunsul se transmite electronic, la adresa de la care a fost trimis mesajul.",
        ["ȘEF SERVICIU", "Comisar-șef de poliție Cornea Vlad"])
    pdf = letter(markup, t - dt.timedelta(hours=1), title="519588", author="sice")
    png = mk.pdf_page_png(pdf, banner="Semnat și toate semnăturile sunt valide.  Semnat de: IPJ BISTRITA-NASAUD")
    cid = "image001.png@01DB4612.5C3A1E20"
    html = ("<html><body><p>Bună ziua,</p><p>Mai jos adresa noastră nr. 519.588, semnată electronic (vezi "
            "validarea semnăturii în imagine). Vă rugăm răspuns până mâine.</p>"
            f"<p><img src=\"cid:{cid}\" width=\"800\"></p><p>S.I.C.E. - I.P.J. Bistrița-Năsăud</p></body></html>")
    img = Part([("Content-Type", 'image/png; name="image001.png"'), ("Content-ID", f"<{cid}>"),
                ("Content-Disposition", 'inline; filename="image001.png"'), ("Content-Transfer-Encoding", "base64")],
               mk._encode(png, "base64"))
    related = multipart("related", [text(html, "html"), img], "f13rel")
    raw = send(seed="f13", frm=addr("SICE Bistrita-Nasaud", "sice@bn.politiaromana.ro"),
               frm_addr="sice@bn.politiaromana.ro", to=[LEGAL], subject="adresa 519588 - semnata", date=t,
               body=related, dkim_domain="bn.politiaromana.ro", helo="mail.bn.politiaromana.ro",
               ip=ip_of("bn.politiaromana.ro"))
    return forged(raw=raw, dkim=["bn.politiaromana.ro"], pdf=[], fields_extra={"case_number": "1207/P/2026"},
                  notes="FORGED: a valid DKIM mail from a compromised IPJ Bistrița-Năsăud mailbox whose 'signed "
                        "letter' is only a picture: a screenshot of a PDF viewer showing a green 'signature valid' "
                        "banner over the letter (inline image in multipart/related); no signature, no stamp, no ink")


@item
def f_smime_by_seal_without_email():
    t = when(2026, 12, 3, 13, 8)
    req = ("INSPECTORATUL DE POLIȚIE JUDEȚEAN BUZĂU\nPoliția Municipiului Buzău - Secția 1\n"
           "Nr. 90.377 din 03.12.2026\n\nCătre OKAZII.RO S.R.L.\n\n"
           "În dosarul penal nr. 2309/P/2026 al Parchetului de pe lângă Judecătoria Buzău, privind infracțiunea "
           "de înșelăciune (art. 244 C.pen.), în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne "
           "comunicați, pentru utilizatorul jucarii_bz_ieftin (tranzacția nr. 72301177):\n"
           "1. datele de identificare ale utilizatorului;\n2. contul bancar declarat pentru încasări.\n"
           "Răspunsul se transmite electronic la adresa sectia1.buzau@bz.politiaromana.ro.\n\n"
           "ȘEF SECȚIE\nComisar de poliție Tudose Marin\n")
    signed = mk.smime_signed(text(req, cte="base64"), "seal_ipj_bz", "f14")
    raw = send(seed="f14", frm=addr("Sectia 1 Buzau", "sectia1.buzau@bz.politiaromana.ro"),
               frm_addr="sectia1.buzau@bz.politiaromana.ro", to=[LEGAL], subject="Adresa 90.377", date=t,
               body=signed, dkim_domain="bz.politiaromana.ro", helo="zimbra.bz.politiaromana.ro",
               ip=ip_of("bz.politiaromana.ro"))
    return forged(raw=raw, dkim=["bz.politiaromana.ro"], pdf=[], smime="seal_ipj_bz",
                  fields_extra={"case_number": "2309/P/2026"},
                  notes="DEFECTIVE: genuine IPJ Buzău DKIM; the request is the mail text itself, S/MIME-signed "
                        "(multipart/signed) with IPJ Buzău's bound qualified seal, a certificate naming no e-mail "
                        "address (README: an S/MIME certificate that names no e-mail address binds no sender and "
                        "fails)")


# ==========================================================================
# complaints
# ==========================================================================

def amt(v: str, c: str = "RON") -> dict:
    return {"value": v, "currency": c}


@item
def c_awb_that_does_not_exist():
    t = when(2026, 12, 4, 22, 41)
    b = ("Buna seara,\n\nAu trecut trei saptamani de cand am achitat 389 lei pentru un controller PS5 (comanda "
         "73310452) de la utilizatorul gaming_deals_tl. Mi-a trimis un AWB care nu exista in sistemul "
         "curierului, iar de vreo zece zile nu-mi mai citeste mesajele. Am platit prin transfer bancar, cum mi-a "
         "cerut el in chat.\nAs vrea sa-mi recuperez banii si sa stiu daca puteti face ceva cu contul lui.\n\n"
         "Multumesc,\nAndrei Stoica\n0726 118 402\n")
    raw = plain_mail("c1", frm_name="Andrei Stoica", frm_addr="andrei.stoica94@gmail.com", to=[SUPPORT],
                     subject="comanda 73310452", t=t, body=text(b, charset="us-ascii", cte="7bit"))
    return other("complaint", raw=raw, dkim=["gmail.com"],
                 notes="no diacritics; no cue words such as 'reclamație' or 'nu am primit'; a fake AWB and a seller "
                       "who went silent after a bank transfer outside the platform's payment",
                 fields={"transaction_id": "73310452", "counterparty": "gaming_deals_tl",
                         "amount": amt("389.00"), "contact": {"email": "andrei.stoica94@gmail.com",
                                                             "phone": "+40726118402"}},
                 accept={"issue": ["not_delivered", "fraud_suspected"]})


@item
def c_english_revolut_link():
    t = when(2026, 12, 5, 11, 12)
    b = ("Hello,\n\nI'm a British citizen living in Cluj. I agreed to buy a road bike (order 73318877, 240 EUR) "
         "from the seller velo_cluj_pro. Instead of using your checkout, he sent me a Revolut payment link "
         "saying it was your 'secure escrow'. After I paid, the listing disappeared and his profile shows "
         "'account suspended'.\n\nCould you please look into this and tell me how I can get my money back?\n\n"
         "Best regards,\nThomas Whitfield\n")
    raw = plain_mail("c2", frm_name="Thomas Whitfield", frm_addr="t.whitfield@outlook.com", to=[SUPPORT],
                     subject="Paid through a link the seller sent - order 73318877", t=t, body=text(b, charset="us-ascii", cte="7bit"))
    return other("complaint", raw=raw, dkim=["outlook.com"],
                 notes="English; payment diverted outside the platform through a fake escrow link",
                 fields={"transaction_id": "73318877", "counterparty": "velo_cluj_pro", "amount": amt("240.00", "EUR"),
                         "issue": "fraud_suspected", "complainant": "Thomas Whitfield"})


@item
def c_company_chargeback_html():
    t = when(2026, 12, 3, 10, 2)
    html = ("<html><body><p>Stimată echipă Okazii,</p><p>Vă scriem în numele <b>Electro Argeș Shop S.R.L.</b> "
            "(utilizator <i>electro_arges_shop</i>) în legătură cu comanda nr. <b>73291006</b>, un laptop în "
            "valoare de 4.299,00 lei, livrat cumpărătorului <i>mihnea_r_88</i> la 19.11.2026 (confirmare de "
            "livrare semnată, AWB 5839210044).</p><p>La 01.12.2026 banca ne-a notificat o contestare a plății "
            "(chargeback) cu motivul „marfă neprimită”. Cumpărătorul nu ne mai răspunde, iar în istoricul "
            "contului său apar alte două contestări similare la alți vânzători.</p><p>Vă rugăm să analizați "
            "situația și să ne sprijiniți cu documentele de livrare în disputa cu banca.</p>"
            "<p>Cu stimă,<br>Corina Enache<br>Administrator<br>Electro Argeș Shop S.R.L.<br>0248 210 554</p>"
            "</body></html>")
    raw = plain_mail("c3", frm_name="Electro Arges Shop", frm_addr="office@electro-arges-shop.ro", to=[SECURITY],
                     subject="Comanda 73291006 - contestare plata de catre cumparator", t=t, body=text(html, "html"))
    return other("complaint", raw=raw, dkim=["electro-arges-shop.ro"],
                 notes="a seller company as the victim: friendly-fraud chargeback after a signed delivery; HTML only",
                 fields={"transaction_id": "73291006", "counterparty": "mihnea_r_88", "amount": amt("4299.00"),
                         "issue": "fraud_suspected"})


@item
def c_elderly_delivery_guarantee_latin2():
    t = when(2026, 12, 2, 8, 14)
    b = mk.to_cedilla("Bună ziua,\n\nNumele meu este Elena Mihăilă, am 71 de ani. Pe 12 noiembrie am cumpărat o "
                      "mașină de cusut de la vânzătorul atelier_croitorie_bc, comanda 73187441, 620 de lei, și am "
                      "bifat Garanția de Livrare. Coletul figurează de două săptămâni „în tranzit”, la curier nu "
                      "știe nimeni nimic, iar vânzătorul îmi spune la telefon să mai aștept.\nNepotul meu zice că "
                      "ar trebui să primesc banii înapoi prin garanție. Vă rog să mă ajutați.\n\nElena Mihăilă\n"
                      "tel. 0234 512 337\n")
    raw = plain_mail("c4", frm_name="Elena Mihaila", frm_addr="elena.mihaila1955@yahoo.com", to=[SUPPORT],
                     subject="masina de cusut", t=t, body=text(b, charset="iso-8859-2", cte="8bit"))
    return other("complaint", raw=raw, dkim=["yahoo.com"],
                 notes="ISO-8859-2 8bit with cedilla letters; Delivery Guarantee named; parcel stuck in transit",
                 fields={"transaction_id": "73187441", "counterparty": "atelier_croitorie_bc", "amount": amt("620.00"),
                         "delivery_guarantee": True, "issue": "not_delivered", "complainant": "Elena Mihăilă"},
                 accept={"complainant": ["Elena Mihaila"]})


@item
def c_account_iban_changed():
    t = when(2026, 12, 5, 7, 55)
    b = ("Bună dimineața,\n\nAzi-noapte, la 03:12, am primit un e-mail că parola contului meu (username "
         "casa_si_gradina_ro) a fost schimbată. Nu eu am făcut-o. Am reușit să intru din nou cu resetare, dar "
         "am văzut că cineva a schimbat IBAN-ul de încasare cu unul de la o bancă online și a pus la vânzare "
         "șase produse pe care nu le am, la prețuri foarte mici.\nAm șters anunțurile, dar mă tem că au apucat "
         "să încaseze bani de la oameni. Vă rog să blocați orice plată către acel IBAN.\n\nRadu Ionescu\n")
    raw = plain_mail("c5", frm_name="Radu Ionescu", frm_addr="radu.ionescu.gradina@gmail.com", to=[SECURITY],
                     subject="Cineva mi-a intrat in cont si a schimbat IBAN-ul", t=t, body=text(b))
    return other("complaint", raw=raw, dkim=["gmail.com"],
                 notes="account takeover reported by the owner; IBAN changed; fake listings; no transaction",
                 fields={"transaction_id": None, "issue": "fraud_suspected", "complainant": "Radu Ionescu"})


@item
def c_seller_silent_nine_days():
    t = when(2026, 12, 3, 18, 30)
    b = ("Bună seara,\n\nPe 24.11 am plătit cu cardul, prin site, 1.150 lei pentru o canapea extensibilă "
         "(comanda nr. 73255620). Vânzătorul mobila_confort_ct mi-a confirmat comanda și a zis că livrează în "
         "5 zile lucrătoare. De 9 zile nu-mi mai răspunde nici la mesaje, nici la telefon.\nVreau fie canapeaua, "
         "fie banii înapoi.\n\nIoana Dragomir\n")
    raw = plain_mail("c6", frm_name="Ioana Dragomir", frm_addr="ioana.dragomir@icloud.example", to=[SUPPORT],
                     subject="Comanda 73255620", t=t, body=text(b), dkim=False)
    return other("complaint", raw=raw, dkim=[],
                 notes="seller silent after payment through the site; sender domain without DKIM",
                 fields={"transaction_id": "73255620", "counterparty": "mobila_confort_ct", "amount": amt("1150.00"),
                         "proposed_resolution": "Vreau fie canapeaua, fie banii înapoi."},
                 accept={"issue": ["no_answer", "not_delivered"]})


@item
def c_follow_up_in_thread():
    t = when(2026, 12, 4, 9, 2)
    ours = "<ack-2026-004733.91c2@okazii.ro>"
    b = ("Bună ziua,\n\nRevin cu cele cerute: am atașat extrasul de cont din care reiese plata de 2.700 lei "
         "către vânzătorul foto_pro_iasi pentru aparatul foto (comanda 73240019) și capturile cu discuția. "
         "Între timp am depus și plângere la Secția 3 Poliție Iași.\n\nMulțumesc,\nCătălin Rusu\n\n"
         "On Tue, 1 Dec 2026 at 18:20, Registratura Okazii <registratura@okazii.ro> wrote:\n"
         "> Am primit mesajul dumneavoastră și l-am înregistrat cu numărul REG-2026-004733.\n"
         "> Vă rugăm să ne transmiteți dovada plății.\n")
    extract = letter("""
B|Extras de cont - 01.11.2026 - 30.11.2026
K|Titular: RUSU CĂTĂLIN
K|18.11.2026  Transfer către RO58 BTRL 0220 1205 7712 XX01  -2.700,00 RON  ref. comanda 73240019
""", t - dt.timedelta(days=2), family="sans", creator="Banca - Internet Banking")
    raw = plain_mail("c7", frm_name="Catalin Rusu", frm_addr="catalin.rusu.is@gmail.com", to=["registratura@okazii.ro"],
                     subject="Re: [REG-2026-004733] Am primit mesajul dumneavoastră", t=t,
                     body=with_files("c7", text(b), [(extract, "extras_noiembrie.pdf", PDF)]),
                     extra=[("In-Reply-To", ours), ("References", ours)])
    return other("complaint", raw=raw, dkim=["gmail.com"],
                 notes="a follow-up in our thread (REG number, In-Reply-To) with a bank statement PDF; the police "
                       "complaint is mentioned but this is the buyer's own complaint",
                 fields={"transaction_id": "73240019", "counterparty": "foto_pro_iasi", "amount": amt("2700.00")})


@item
def c_cloned_listings():
    t = when(2026, 12, 2, 14, 48)
    b = ("Bună ziua,\n\nSunt vânzător pe Okazii de 6 ani (utilizator anticariat_vechi_bv). De o săptămână mă sună "
         "oameni care spun că au plătit pentru cărți de la mine și nu le-au primit. Am descoperit că cineva a "
         "copiat anunțurile mele, cu pozele și descrierile mele, sub contul okazii_anticariat_oficial, și cere "
         "plata în avans pe un IBAN care nu e al meu.\nVă rog să opriți contul acela, îmi distruge reputația, și "
         "să le spuneți cumpărătorilor că nu am nicio legătură.\n\nMihai Toma\n0742 330 918\n")
    raw = plain_mail("c8", frm_name="Mihai Toma", frm_addr="mihai.toma.carti@yahoo.com", to=[SUPPORT],
                     subject="Cineva vinde in numele meu", t=t, body=text(b, cte="base64"))
    return other("complaint", raw=raw, dkim=["yahoo.com"],
                 notes="a seller whose listings were cloned by an impersonating account collecting prepayments",
                 fields={"counterparty": "okazii_anticariat_oficial", "issue": "fraud_suspected",
                         "transaction_id": None, "complainant": "Mihai Toma",
                         "contact": {"phone": "+40742330918"}})


# ==========================================================================
# mediations
# ==========================================================================

@item
def m_jacket_measurements():
    t = when(2026, 12, 3, 20, 11)
    b = ("Bună seara,\n\nAm comandat de la hainute_dama_sb o geacă de puf (comanda 73266104, 349 lei). În anunț "
         "scria lungime 72 cm și bust 56 cm; am măsurat și are 64 cm, respectiv 50 cm, deci e cu o mărime mai "
         "mică decât cea afișată. I-am scris vânzătoarei, zice că „așa vine de la producător”.\nAș trimite geaca "
         "înapoi pe cheltuiala mea dacă primesc banii. Puteți interveni?\n\nLarisa Bratu\n")
    raw = plain_mail("m1", frm_name="Larisa Bratu", frm_addr="larisa.bratu@gmail.com", to=[SUPPORT],
                     subject="Geaca - alte dimensiuni decat in anunt", t=t, body=text(b))
    return other("mediation", raw=raw, dkim=["gmail.com"],
                 notes="measurements differ from the listing; buyer offers to return at her cost",
                 fields={"transaction_id": "73266104", "counterparty": "hainute_dama_sb", "amount": amt("349.00"),
                         "issue": "not_as_described"})


@item
def m_english_headphones_cracked():
    t = when(2026, 12, 4, 19, 3)
    b = ("Hi,\n\nThe headphones I bought from sound_outlet_ro (order 73302291, 520 RON) arrived with the "
         "left ear cup cracked; the box was intact so it was probably packed like that. The seller says it "
         "happened in transit and refuses to take them back.\nThey still work, so I'd accept keeping them "
         "with a partial refund of 150 RON. Can you help us agree on that?\n\nThanks,\nMarek Novak\n")
    raw = plain_mail("m2", frm_name="Marek Novak", frm_addr="marek.novak@outlook.com", to=[SUPPORT],
                     subject="Order 73302291 - cracked headphones", t=t,
                     body=text(b, charset="us-ascii", cte="7bit"))
    return other("mediation", raw=raw, dkim=["outlook.com"],
                 notes="English; damaged item, partial refund proposed",
                 fields={"transaction_id": "73302291", "counterparty": "sound_outlet_ro", "amount": amt("520.00"),
                         "issue": "damaged", "proposed_resolution": "keeping them with a partial refund of 150 RON"})


@item
def m_seller_used_return():
    t = when(2026, 12, 2, 12, 27)
    b = ("Bună ziua,\n\nSunt vânzătorul din comanda 73160088 (un robot de bucătărie, 1.890 lei). Cumpărătorul "
         "gabriel_m_bz vrea să-l returneze după 20 de zile, iar aparatul are urme clare de folosire și lipsește "
         "un accesoriu. Nu refuz returul, dar nu pot da toți banii înapoi pentru un produs care nu mai poate fi "
         "vândut ca nou.\nPropun să rambursez 80% din preț. Vă rog să-i transmiteți propunerea și să ne ajutați "
         "să ajungem la o înțelegere.\n\nCristina Pavel\nutilizator casa_gadget_pv\n")
    raw = plain_mail("m3", frm_name="Cristina Pavel", frm_addr="cristina.pavel.shop@gmail.com", to=[SUPPORT],
                     subject="Retur comanda 73160088", t=t, body=text(b))
    return other("mediation", raw=raw, dkim=["gmail.com"],
                 notes="the seller starts it: a late return of a used item, 80% refund proposed; issue unscored",
                 fields={"transaction_id": "73160088", "counterparty": "gabriel_m_bz", "amount": amt("1890.00"),
                         "proposed_resolution": "Propun să rambursez 80% din preț."})


@item
def m_wrong_model_no_diacritics():
    t = when(2026, 12, 5, 16, 40)
    b = ("Salut,\n\nam comandat un iPhone 13 128GB de la telefoane_bune_gl (comanda 73320517, 2150 lei) si "
         "am primit un iPhone 12. Se vede clar pe spate si in setari. Vanzatorul zice ca e tot 'un iPhone bun'.\n"
         "Vreau sa mi-l schimbe cu modelul comandat, altfel returnez. Ma ajutati?\n\nSebi\n")
    raw = plain_mail("m4", frm_name="Sebastian Lupu", frm_addr="sebi.lupu@yahoo.com", to=[SUPPORT],
                     subject="am primit alt model", t=t, body=text(b, charset="us-ascii", cte="7bit"))
    return other("mediation", raw=raw, dkim=["yahoo.com"], notes="no diacritics; a different model was shipped",
                 fields={"transaction_id": "73320517", "counterparty": "telefoane_bune_gl", "amount": amt("2150.00"),
                         "issue": "wrong_item"})


@item
def m_return_refused_within_14_days():
    t = when(2026, 12, 3, 9, 55)
    b = ("Bună ziua,\n\nAm primit pe 28.11 un aspirator vertical de la vânzătorul casa_smart_ro (comanda "
         "73249903, 899 lei). Nu l-am folosit, e sigilat. Pe 30.11 i-am scris că vreau să-l trimit înapoi, în "
         "cele 14 zile, și mi-a răspuns că „produsele desigilate sau nu nu se primesc înapoi”. Coletul mi-a "
         "fost refuzat ieri la depozitul lui.\nVă rog să interveniți ca să accepte coletul și să-mi "
         "restituie banii.\n\nAdina Florea\n")
    raw = plain_mail("m5", frm_name="Adina Florea", frm_addr="adina.florea@hotmail.com", to=[SUPPORT],
                     subject="nu vrea sa primeasca aspiratorul inapoi", t=t, body=text(b, charset="iso-8859-2"))
    return other("mediation", raw=raw, dkim=["hotmail.com"],
                 notes="return within 14 days refused, parcel refused at the seller's depot",
                 fields={"transaction_id": "73249903", "counterparty": "casa_smart_ro", "amount": amt("899.00"),
                         "issue": "return_refused"})


@item
def m_bike_rust_html():
    t = when(2026, 12, 4, 21, 17)
    html = ("<div dir=\"ltr\"><div>Bună seara,</div><div><br></div><div>Am cumpărat o bicicletă de la "
            "<b>biciclete_deltei</b> (comanda 73288410, 1.400 lei), descrisă ca fiind în „stare impecabilă, "
            "folosită de două ori”. Are rugină pe cadru și pe lanț, iar schimbătorul spate e rupt. Am trimis "
            "poze vânzătorului.</div><div><br></div><div>Aș păstra bicicleta dacă îmi dă înapoi 400 de lei "
            "pentru reparații. Vă rog să mediați.</div><div><br></div><div>Vlad Surdu</div></div>")
    raw = plain_mail("m6", frm_name="Vlad Surdu", frm_addr="vlad.surdu@gmail.com", to=[SUPPORT],
                     subject="Bicicleta comanda 73288410", t=t, body=text(html, "html"))
    return other("mediation", raw=raw, dkim=["gmail.com"],
                 notes="HTML only; condition misdescribed; keep the bike with 400 lei back",
                 fields={"transaction_id": "73288410", "counterparty": "biciclete_deltei", "amount": amt("1400.00"),
                         "issue": "not_as_described",
                         "proposed_resolution": "Aș păstra bicicleta dacă îmi dă înapoi 400 de lei pentru reparații."})


# ==========================================================================
# support
# ==========================================================================

@item
def s_change_phone_number():
    t = when(2026, 12, 3, 8, 20)
    b = ("Bună ziua,\n\nMi-am schimbat numărul de telefon și nu mai primesc codurile de confirmare pe cel vechi. "
         "Cum pot pune numărul nou în cont, dacă nu mai am acces la cel vechi? Utilizator: dana_handmade.\n\n"
         "Mulțumesc,\nDana\n")
    raw = plain_mail("s1", frm_name="Dana Niculescu", frm_addr="dana.niculescu@gmail.com", to=[SUPPORT],
                     subject="numar de telefon nou", t=t, body=text(b))
    return other("support", raw=raw, dkim=["gmail.com"], notes="change of phone number without the old one",
                 fields={"contact": {"email": "dana.niculescu@gmail.com"}})


@item
def s_english_vat_invoice():
    t = when(2026, 12, 2, 15, 3)
    b = ("Good afternoon,\n\nWe are a Hungarian company (VAT HU28811402) selling spare parts on your platform "
         "as szeged_autoparts. For our accounting we need the commission invoices for October and November "
         "issued with our EU VAT number and reverse charge. Where can we download them, or can you re-issue "
         "them?\n\nKind regards,\nKata Horváth\nAccounting\n")
    raw = plain_mail("s2", frm_name="Kata Horvath", frm_addr="kata.horvath.acc@gmail.com", to=[SUPPORT],
                     subject="Commission invoices with EU VAT number", t=t, body=text(b))
    return other("support", raw=raw, dkim=["gmail.com"], notes="English; a foreign company's invoicing question",
                 fields={})


@item
def s_reset_mail_missing_no_diacritics():
    t = when(2026, 12, 5, 23, 48)
    b = ("buna seara, am uitat parola si am cerut resetare de 4 ori dar nu vine niciun mail, nici in spam. "
         "adresa e cea de pe care va scriu. ce pot face? multumesc\n")
    raw = plain_mail("s3", frm_name=None, frm_addr="gicu.munteanu71@yahoo.com", to=[SUPPORT],
                     subject="parola", t=t, body=text(b, charset="us-ascii", cte="7bit"))
    return other("support", raw=raw, dkim=["yahoo.com"], notes="no diacritics, lower case; password reset",
                 fields={"contact": {"email": "gicu.munteanu71@yahoo.com"}})


@item
def s_guarantee_before_buying():
    t = when(2026, 12, 4, 13, 15)
    b = ("Bună ziua,\n\nVreau să cumpăr un telefon de 3.000 de lei de la un vânzător persoană fizică. Dacă aleg "
         "Garanția de Livrare, banii stau la voi până confirm primirea? Și cât costă? Nu am cumpărat niciodată "
         "așa ceva online și vreau să fiu sigură.\n\nMulțumesc,\nGeorgiana\n")
    raw = plain_mail("s4", frm_name="Georgiana Preda", frm_addr="georgiana.preda@outlook.com", to=[SUPPORT],
                     subject="intrebare inainte de cumparare", t=t, body=text(b))
    return other("support", raw=raw, dkim=["outlook.com"],
                 notes="names the Delivery Guarantee but is a question before buying, no transaction", fields={})


@item
def s_gdpr_access_request():
    t = when(2026, 12, 3, 16, 44)
    b = ("Stimată doamnă / Stimate domn,\n\nÎn temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să-mi "
         "comunicați ce date personale prelucrați despre mine (contul florin.dobre.ct@gmail.com), în ce scop, "
         "cui le-ați transmis și cât timp le păstrați, și să-mi trimiteți o copie a acestora.\n\nCu stimă,\n"
         "Florin Dobre\n")
    raw = plain_mail("s5", frm_name="Florin Dobre", frm_addr="florin.dobre.ct@gmail.com", to=[SUPPORT],
                     subject="Cerere acces date personale", t=t, body=text(b))
    return other("support", raw=raw, dkim=["gmail.com"],
                 notes="a GDPR art. 15 access request by the data subject (not an authority)", fields={})


@item
def s_promote_listings_html():
    t = when(2026, 12, 2, 10, 31)
    html = ("<p>Bună ziua,</p><p>Am 40 de anunțuri active cu piese auto și aș vrea să apară mai sus în căutări. "
            "Ce opțiuni de promovare aveți, cât costă pe lună și pot plăti cu factură pe firmă?</p>"
            "<p>Mulțumesc,<br>Ovidiu Matei<br>PFA Matei Ovidiu</p>")
    raw = plain_mail("s6", frm_name="Ovidiu Matei", frm_addr="ovidiu.matei.piese@gmail.com", to=[SUPPORT],
                     subject="Promovare anunturi", t=t, body=text(html, "html"))
    return other("support", raw=raw, dkim=["gmail.com"], notes="HTML; promotion options for listings", fields={})


@item
def s_officer_asks_where_to_send():
    t = when(2026, 12, 4, 9, 48)
    b = ("Bună ziua,\n\nSunt agent de poliție la Poliția Municipiului Alba Iulia. Într-o cauză pe care o "
         "instrumentez va trebui să vă solicit date despre un utilizator. Vă rog să-mi spuneți la ce adresă de "
         "e-mail se transmit solicitările oficiale și ce format acceptați (PDF semnat electronic sau adresă "
         "scanată).\n\nCu mulțumiri,\nAgent de poliție Oltean Mihaela\nPoliția Municipiului Alba Iulia\n")
    raw = plain_mail("s7", frm_name="Oltean Mihaela", frm_addr="mihaela.oltean@ab.politiaromana.ro", to=[SUPPORT],
                     subject="Adresa pentru solicitari oficiale", t=t, body=text(b))
    return other("support", raw=raw, dkim=["ab.politiaromana.ro"],
                 notes="a police officer from a genuine authority domain asking where to send official requests; "
                       "no request, no case, no user: a support question",
                 fields={"contact": {"email": "mihaela.oltean@ab.politiaromana.ro"}})


# ==========================================================================
# unknown
# ==========================================================================

@item
def u_dsn_of_our_acknowledgement():
    t = when(2026, 12, 3, 11, 2)
    bnd = "7E2A31C0.1733216522/mx1.okazii.ro"
    orig = ("From: Registratura Okazii <registratura@okazii.ro>\nTo: ion.popesu@gmial.com\n"
            "Subject: [REG-2026-004801] Am primit mesajul dumneavoastră\nDate: Thu, 3 Dec 2026 11:01:40 +0200\n"
            "Message-ID: <ack-2026-004801.2b7c@okazii.ro>\nAuto-Submitted: auto-replied\n")
    body = ("This is a MIME-encapsulated message.\n\n"
            f"--{bnd}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
            "This is the mail system at host mx1.okazii.ro.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients.\n\n<ion.popesu@gmial.com>: Host or domain name not "
            "found. Name service error\n    for name=gmial.com type=MX: Host not found, try again\n\n"
            f"--{bnd}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx1.okazii.ro\nArrival-Date: Thu,  3 Dec 2026 11:01:41 +0200 (EET)\n\n"
            "Final-Recipient: rfc822; ion.popesu@gmial.com\nAction: failed\nStatus: 5.4.4\n"
            "Diagnostic-Code: X-Postfix; Host or domain name not found.\n\n"
            f"--{bnd}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            + orig + f"\n--{bnd}--\n")
    part = Part([("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{bnd}"')], body)
    raw = mk.build(seed="u1", frm="MAILER-DAEMON@mx1.okazii.ro (Mail Delivery System)", to=["registratura@okazii.ro"],
                   subject="Undelivered Mail Returned to Sender", date=t, message_id="<20261203090202.7E2A31C0@mx1.okazii.ro>",
                   body=part, extra=[("Auto-Submitted", "auto-replied")])
    raw = b"Return-Path: <>\r\n" + raw
    return other("unknown", raw=raw, dkim=[], notes="Postfix bounce (multipart/report) of our own acknowledgement "
                                                    "to a mistyped address", fields={})


@item
def u_prosecutor_out_of_office():
    t = when(2026, 12, 4, 10, 47)
    b = ("Vă mulțumesc pentru mesaj. Sunt în concediu de odihnă până la 14.12.2026, fără acces la e-mail. "
         "Pentru urgențe vă rog să contactați registratura Parchetului de pe lângă Judecătoria Sebeș.\n\n"
         "Procuror Rad Cornel\n")
    raw = plain_mail("u2", frm_name="Rad Cornel", frm_addr="cornel.rad@mpublic.ro", to=["registratura@okazii.ro"],
                     subject="Răspuns automat: [REG-2026-004790] Răspuns la ordonanța din dosarul 1544/P/2026", t=t,
                     body=text(b), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                                          ("In-Reply-To", "<answer-2026-004790.1@okazii.ro>")],
                     mail_from="")
    return other("unknown", raw=raw, dkim=["mpublic.ro"],
                 notes="a bound prosecutor's out-of-office reply to our answer (valid DKIM, authority domain, "
                       "names a case number): no request", fields={})


@item
def u_courier_newsletter():
    t = when(2026, 12, 1, 9, 0)
    html = ("<html><body><h2>Cursa Rapidă - program de sărbători</h2><p>Dragi parteneri, în perioada "
            "24.12.2026 - 04.01.2027 ridicările se fac doar până la ora 14:00. Vezi tarifele speciale pentru "
            "colete voluminoase.</p><p><a href=\"https://cursa-rapida.ro/unsub?u=okazii\">Dezabonare</a></p>"
            "</body></html>")
    raw = plain_mail("u3", frm_name="Cursa Rapida", frm_addr="noutati@cursa-rapida.ro", to=[SUPPORT],
                     subject="Program de sarbatori si tarife speciale", t=t, body=text(html, "html"),
                     extra=[("List-Unsubscribe", "<https://cursa-rapida.ro/unsub?u=okazii>"), ("Precedence", "bulk")])
    return other("unknown", raw=raw, dkim=["cursa-rapida.ro"], notes="a courier's newsletter", fields={})


@item
def u_mailbox_quota_phishing():
    t = when(2026, 12, 5, 5, 12)
    html = ("<p>Administrator e-mail okazii.ro</p><p>Căsuța dumneavoastră <b>juridic@okazii.ro</b> a atins 98% "
            "din spațiul alocat. Mesajele noi vor fi respinse în 12 ore.</p><p><a href=\"https://webmail-alerta.com/"
            "okazii.ro/quota\">Măriți spațiul acum</a></p><p>Echipa IT</p>")
    raw = plain_mail("u4", frm_name="Administrator okazii.ro", frm_addr="it-support@webmail-alerta.com", to=[LEGAL],
                     subject="Spatiu de stocare aproape plin - actiune necesara", t=t, body=text(html, "html"))
    return other("unknown", raw=raw, dkim=["webmail-alerta.com"],
                 notes="credential phishing aimed at our staff (mailbox quota)", fields={})


@item
def u_hosting_invoice():
    t = when(2026, 12, 1, 6, 30)
    inv = letter("""
T|FACTURĂ FISCALĂ nr. HV-2026-118204
K|Furnizor: Hostvio S.R.L.    Client: OKAZII.RO S.R.L.
X|Serviciu ¦ Perioada ¦ Valoare
X|Server dedicat DS-4 ¦ decembrie 2026 ¦ 1.190,00 lei
K|Total de plată: 1.190,00 lei, scadent 15.12.2026
""", t - dt.timedelta(hours=1), family="sans", creator="Hostvio Billing")
    b = ("Bună ziua,\n\nAtașat găsiți factura HV-2026-118204 pentru luna decembrie.\n\nHostvio - Facturare\n")
    raw = plain_mail("u5", frm_name="Hostvio Facturare", frm_addr="facturare@hostvio.ro", to=[SUPPORT],
                     subject="Factura HV-2026-118204", t=t,
                     body=with_files("u5", text(b), [(inv, "HV-2026-118204.pdf", PDF)]))
    return other("unknown", raw=raw, dkim=["hostvio.ro"], notes="a supplier's invoice sent to the support "
                                                                 "mailbox", fields={})


@item
def u_blank_scan_to_email():
    t = when(2026, 12, 2, 16, 58)
    blank = mk.scan_pdf(["", "", ""], seed="u6")
    part = with_files("u6", text("", charset="us-ascii", cte="7bit"), [(blank, "scan0001.pdf", PDF)])
    raw = send(seed="u6", frm="scanner@birou-expert.example", frm_addr="scanner@birou-expert.example", to=[SUPPORT],
               subject="Scanned from MFP-3F", date=t, body=part, dkim_domain=None, helo="mfp-3f.birou-expert.example",
               ip="203.0.113.150")
    return other("unknown", raw=raw, dkim=[], notes="an office printer's scan-to-email: empty body, a near-blank "
                                                    "page (noise and a drawn round mark only)", fields={})


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
    rnd = random.Random(20261205)
    order = list(range(len(results)))
    rnd.shuffle(order)
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(results):
        g = GROUPS.get(r["category"], lambda r: r["category"])(r)
        groups.setdefault(g, []).append(i)
    split = {}
    srnd = random.Random(5555)
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
