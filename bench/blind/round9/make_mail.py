#!/usr/bin/env python3
"""Blind round 9, mail half: writes ``mail/*.eml``, ``mail/truth.jsonl`` and ``mail/material.json``.

Written blind (see README.md). Uses ``mailkit.py`` (round 8's kit, copied, with round 9 additions), the paper
kit ``paper/inkkit.py`` for the one scanned letter attached to a mail, and the world made by ``make_world.py``.
Deterministic headers, letters and numbers; CMS/PDF signature bytes may differ between runs (signing times are
fixed). The import/``item()``/``mid()``/``ip_of()`` header and ``main()`` are round 8's; everything else is new.
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


def item(group: str, category: str):
    def deco(fn):
        ITEMS.append((fn, group, category))
        return fn
    return deco


def mid(seed: str, domain: str) -> str:
    return f"<{hashlib.sha256(seed.encode()).hexdigest()[:22]}@{domain}>"


def ip_of(domain: str, i: int = 0) -> str:
    return mk.IDENT["dns"][domain]["ips"][i]


# ------------------------------------------------------------------ helpers (round 9)

def dom_of(address: str) -> str:
    return address.rsplit("@", 1)[1].rstrip(">").lower()


def send(seed: str, *, frm: str, addr: str, to: list[str], subject: str, t: dt.datetime, body: Part,
         dkim: str | None = "auto", helo: str | None = None, ip: str | None = None, mail_from: str | None = None,
         extra=None, reply_to=None, cc=None, subject_charset="utf-8", pre_dkim: str | None = None,
         dkim_header: bytes | None = None, msgid: str | None = None, sent_delay: int = 50) -> bytes:
    """``frm`` is the whole From header value, ``addr`` the envelope/real address."""
    d = dom_of(addr)
    msg = mk.build(seed=seed, frm=frm, to=to, subject=subject, date=t - dt.timedelta(seconds=sent_delay),
                   message_id=msgid or mid(seed, d), body=body, cc=cc, reply_to=reply_to, extra=extra,
                   subject_charset=subject_charset)
    if pre_dkim:
        msg = mk.dkim_sign(msg, pre_dkim, t - dt.timedelta(seconds=20)) + msg
    if dkim == "auto":
        dkim = d if d in mk.IDENT["dns"] else None
    ip = ip or (ip_of(d) if d in mk.IDENT["dns"] else "203.0.113.50")
    helo = helo or f"mail.{d}"
    return mk.deliver(msg, helo=helo, ip=ip, t=t, rcpt=to[0].split("<")[-1].rstrip(">"),
                      mail_from=addr if mail_from is None else mail_from, dkim_domain=dkim,
                      dkim_header=dkim_header, seed=seed)


def alt(plain: str, html: str, seed: str, charset="utf-8", cte="quoted-printable") -> Part:
    return mk.multipart("alternative", [mk.text(plain, charset=charset, cte=cte),
                                        mk.text(html, "html", charset=charset, cte=cte)], seed)


def mixed(children: list[Part], seed: str) -> Part:
    return mk.multipart("mixed", children, seed + "mx")


def html_page(inner: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{inner}</body></html>')


def le(kind: str, **kw) -> dict:
    f = {"authority_kind": kind}
    f.update(kw)
    f.setdefault("urgent", False)
    return f


def pdfw(signer: str, whole: bool = True, **kw) -> dict:
    d = {"signer": signer, "whole": whole}
    d.update(kw)
    return d


OKZ = "S.C. OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor"
OKZ_ADDR = "Str. Frunzei nr. 29, sector 2, București"
OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
TB = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2")
ZIMBRA = ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF133 (Win)/9.0.0_GA_4583)")
IPHONE = ("X-Mailer", "iPhone Mail (22B91)")
ROUNDCUBE = ("User-Agent", "Roundcube Webmail/1.6.9")
GMAIL_ANDROID = ("X-Mailer", "Gmail for Android")


# =====================================================================
# GENUINE LAW ENFORCEMENT (12)
# =====================================================================

MOTRU = """
2|ROMÂNIA\\nMINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL DE POLIȚIE JUDEȚEAN GORJ\\nPOLIȚIA MUNICIPIULUI MOTRU\\nBiroul de Investigații Criminale¦NESECRET\\nExemplar unic\\nMotru, 01.12.2026\\nNr. 318.442
K|Către: S.C. OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor
K|Str. Frunzei nr. 29, sector 2, București

În baza art. 170 din Codul de procedură penală, în dosarul penal nr. 2207/P/2026, aflat în lucru la Poliția Municipiului Motru – Biroul de Investigații Criminale, sub supravegherea Parchetului de pe lângă Judecătoria Motru, privind săvârșirea infracțiunii de înșelăciune prev. de art. 244 alin. (1) Cod penal, vă rugăm să ne comunicați, cu privire la utilizatorul „gorjeanu_vinde” (număr de telefon declarat 0744 912 307), următoarele:
L|- datele de identificare furnizate la crearea contului;
L|- adresele IP folosite la autentificare și datele de conectare;
L|- anunțurile publicate în perioada 01.10.2026 - 30.11.2026;
L|- tranzacțiile efectuate prin platformă în aceeași perioadă.

Răspunsul va fi transmis în format electronic, la adresa de e-mail bic.motru@gj.politiaromana.ro, cu mențiunea numărului de dosar.

S|ȘEFUL POLIȚIEI MUNICIPIULUI MOTRU
S|Comisar-șef de poliție
S|Vlăduțu Cornel-Ionuț
"""


@item("le_gen", "law_enforcement")
def g_motru_dashes():
    t = when(2026, 12, 1, 11, 47)
    pdf = mk.sign_pdf(mk.letter_pdf(MOTRU, created=t - dt.timedelta(hours=2), title="adresa OKAZII",
                                    author="bic.motru"), "seal_ipj_gj", at=t - dt.timedelta(minutes=30),
                      reason="Sigiliu electronic IPJ Gorj", location="Motru")
    cover = ("Bună ziua,\n\nVă transmitem atașat adresa nr. 318.442 din 01.12.2026, semnată electronic, "
             "privind un utilizator al platformei dumneavoastră.\nVă mulțumim.\n\n"
             "Cu stimă,\nAgent-șef principal Zăvoianu Marius\nBiroul de Investigații Criminale\n"
             "Poliția Municipiului Motru\ntel. 0253 569 100 int. 21 412\n")
    raw = send("g_motru", frm="BIC Motru <bic.motru@gj.politiaromana.ro>", addr="bic.motru@gj.politiaromana.ro",
               to=[LEGAL], subject="Adresa nr. 318442/01.12.2026", t=t,
               body=mixed([mk.text(cover, cte="quoted-printable"), mk.attachment(pdf, "adresa 318442 OKAZII.pdf")],
                          "g_motru"), extra=[OUTLOOK])
    fields = le("police", authority="Poliția Municipiului Motru", reference_number="318.442",
                reference_date="2026-12-01", case_number="2207/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "gorjeanu_vinde"}, {"kind": "phone", "value": "+40744912307"}],
                transactions=[],
                requested_data=["datele de identificare furnizate la crearea contului",
                                "adresele IP folosite la autentificare și datele de conectare",
                                "anunțurile publicate în perioada 01.10.2026 - 30.11.2026",
                                "tranzacțiile efectuate prin platformă în aceeași perioadă"],
                period={"from": "2026-10-01", "to": "2026-11-30"}, response_channel="electronic",
                reply_to="bic.motru@gj.politiaromana.ro",
                signatory="Comisar-șef de poliție Vlăduțu Cornel-Ionuț")
    accept = {"authority": ["Inspectoratul de Poliție Județean Gorj", "IPJ Gorj"], "reference_number": ["318442"]}
    return raw, fields, accept, ("municipal police under IPJ Gorj; IPJ Gorj's bound seal; Outlook cover; dashed "
                                 "list; username and a 07xx phone; the period is named in one datum"), \
        {"pdf": [pdfw("seal_ipj_gj")]}


OLT = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN OLT
C|Serviciul de Investigare a Criminalității Economice
R|Nr. 884.117 / 02.12.2026
R|Slatina

B|Către S.C. OKAZII ONLINE S.R.L. – Departamentul Juridic

Subsemnatul, comisar de poliție Bălașa Sorin-Marian, ofițer de poliție judiciară în cadrul Serviciului de Investigare a Criminalității Economice al I.P.J. Olt, efectuând acte de urmărire penală în dosarul penal nr. 1984/P/2026 al Parchetului de pe lângă Tribunalul Olt, în temeiul art. 170 alin. (1) din Codul de procedură penală, vă solicit să comunicați, pentru contul cu ID utilizator 30918825, înregistrat cu adresa de e-mail olt.agroutilaje@yahoo.com:
L|a) numele, prenumele, adresa și numărul de telefon declarate;
L|b) jurnalul autentificărilor, cu adresele IP și porturile sursă;
L|c) lista tranzacțiilor în care contul a fost vânzător, cu sumele încasate și conturile bancare indicate pentru plată.

Datele vor fi comunicate prin curier, pe suport optic, la sediul I.P.J. Olt – S.I.C.E., Str. Ana Ipătescu nr. 5, Slatina, județul Olt.

S|Ofițer de poliție judiciară,
S|Comisar de poliție
S|Bălașa Sorin-Marian
"""


@item("le_gen", "law_enforcement")
def g_olt_officer_pss():
    t = when(2026, 12, 2, 15, 8)
    pdf = mk.sign_pdf(mk.letter_pdf(OLT, family="sans", created=t - dt.timedelta(hours=3), author="SICE OT"),
                      "pers_ot_officer", at=t - dt.timedelta(minutes=44), pss=True, visible=True,
                      box=(330, 60, 560, 115), reason="Semnătură electronică calificată")
    cover = ("Buna ziua,\n\nAtasat gasiti adresa nr. 884117 din 02.12.2026 in dosarul penal nr. 1984/P/2026,\n"
             "semnata electronic calificat.\n\nCu respect,\ncms. Balasa Sorin\nSICE - IPJ Olt\n")
    raw = send("g_olt", frm="=?UTF-8?Q?B=C4=83la=C8=99a_Sorin-Marian?= <sorin.balasa@ot.politiaromana.ro>",
               addr="sorin.balasa@ot.politiaromana.ro", to=[LEGAL], subject="adresa 884117 - dosar 1984/P/2026",
               t=t, body=mixed([mk.text(cover, cte="7bit", charset="us-ascii", format_flowed=True),
                                mk.attachment(pdf, "884117.pdf")], "g_olt"), extra=[TB])
    fields = le("police", authority="Inspectoratul de Poliție Județean Olt", reference_number="884.117",
                reference_date="2026-12-02", case_number="1984/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "user_id", "value": "30918825"}, {"kind": "email", "value": "olt.agroutilaje@yahoo.com"}],
                transactions=[],
                requested_data=["numele, prenumele, adresa și numărul de telefon declarate",
                                "jurnalul autentificărilor, cu adresele IP și porturile sursă",
                                "lista tranzacțiilor în care contul a fost vânzător, cu sumele încasate și conturile bancare indicate pentru plată"],
                response_channel="courier", signatory="Comisar de poliție Bălașa Sorin-Marian")
    accept = {"authority": ["IPJ Olt"], "reference_number": ["884117"]}
    return raw, fields, accept, ("first-person letter of IPJ Olt's bound officer; his personal certificate, "
                                 "signature RSASSA-PSS, visible; lettered list; user id and e-mail; courier on "
                                 "optical media; Thunderbird flowed us-ascii cover"), \
        {"pdf": [pdfw("pers_ot_officer")], "pss": True}


SALONTA = """
2|MINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL DE POLIȚIE AL JUDEȚULUI BIHOR\\nPOLIȚIA MUNICIPIULUI SALONTA¦Nr. 247.390 din 30.11.2026\\nSalonta
T|Către OKAZII.RO

Poliția Municipiului Salonta efectuează cercetări în dosarul penal nr. 4120/P/2026, sub supravegherea Parchetului de pe lângă Judecătoria Salonta, cu privire la infracțiunea de înșelăciune, ca urmare a plângerii unei persoane care a achitat contravaloarea unor piese auto fără să le primească.

Pentru soluționarea cauzei, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorii din tabelul de mai jos, în perioada 01.09.2026 - 29.11.2026:
X|Nr. crt. ¦ Utilizator ¦ Telefon asociat
X|1 ¦ bihor.piese.auto ¦ 0752 330 918
X|2 ¦ tamas_l84 ¦ +36 30 412 7788
L|1. datele de identificare ale titularilor conturilor;
L|2. istoricul anunțurilor și al mesajelor schimbate între cei doi utilizatori;
L|3. adresele IP de la care au fost accesate conturile.

Vă rugăm să transmiteți răspunsul electronic, pe adresa investigatii.salonta@bh.politiaromana.ro.

S|ȘEFUL POLIȚIEI MUNICIPIULUI SALONTA
S|Comisar-șef de poliție
S|Horváth Zoltán
"""


@item("le_gen", "law_enforcement")
def g_salonta_ec_dual_dkim():
    t = when(2026, 11, 30, 13, 22)
    pdf = mk.sign_pdf(mk.letter_pdf(SALONTA, created=t - dt.timedelta(hours=4)), "seal_ipj_bh",
                      at=t - dt.timedelta(minutes=25))
    cover = ("Bună ziua,\nVă trimitem adresa în atașament.\nMulțumim\n\nTrimis de pe iPhone-ul meu")
    raw = send("g_salonta", frm="Investigatii Salonta <investigatii.salonta@bh.politiaromana.ro>",
               addr="investigatii.salonta@bh.politiaromana.ro", to=[LEGAL], subject="Adresa Politia Salonta",
               t=t, body=mixed([mk.text(cover, cte="quoted-printable"), mk.attachment(pdf, "Adresa_247390.pdf")],
                               "g_salonta"), extra=[IPHONE], pre_dkim="politiaromana.ro")
    fields = le("police", authority="Poliția Municipiului Salonta", reference_number="247.390",
                reference_date="2026-11-30", case_number="4120/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "bihor.piese.auto"}, {"kind": "phone", "value": "+40752330918"},
                          {"kind": "username", "value": "tamas_l84"}, {"kind": "phone", "value": "+36304127788"}],
                transactions=[],
                requested_data=["datele de identificare ale titularilor conturilor",
                                "istoricul anunțurilor și al mesajelor schimbate între cei doi utilizatori",
                                "adresele IP de la care au fost accesate conturile"],
                period={"from": "2026-09-01", "to": "2026-11-29"}, response_channel="electronic",
                reply_to="investigatii.salonta@bh.politiaromana.ro",
                signatory="Comisar-șef de poliție Horváth Zoltán")
    accept = {"authority": ["Inspectoratul de Poliție Județean Bihor", "IPJ Bihor"], "reference_number": ["247390"]}
    return raw, fields, accept, ("municipal police under IPJ Bihor; IPJ Bihor's seal on an ECDSA P-256 key; "
                                 "two DKIM signatures (the county's and the national relay's, both valid); "
                                 "heading says 'al Județului Bihor'; users in a table, a Hungarian phone; iPhone cover"), \
        {"pdf": [pdfw("seal_ipj_bh")]}


def odorhei_scan() -> tuple[bytes, str]:
    """The Odorheiu Secuiesc letter printed, signed in blue ballpoint, stamped, scanned at 200 dpi colour."""
    import inkkit as K
    rng = random.Random("g_odorhei_scan")
    p = K.Page(K.Style(family="serif", size=11.5), dpi=(200, 200))
    texts: list[str] = []

    def L(s, **kw):
        texts.append(s)
        p.line(s, **kw)

    def P(s, **kw):
        texts.append(s)
        p.para(s, **kw)
    p.cols(["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN HARGHITA",
            "POLIȚIA MUNICIPIULUI ODORHEIU SECUIESC"],
           ["NESECRET", "Odorheiu Secuiesc", "Nr. 96.204 din 02.12.2026"], size=10.5, kind_l="b")
    texts += ["INSPECTORATUL DE POLIȚIE JUDEȚEAN HARGHITA", "POLIȚIA MUNICIPIULUI ODORHEIU SECUIESC",
              "Nr. 96.204 din 02.12.2026"]
    p.space(6)
    L("Către: OKAZII.RO – Centrul de prevenire a fraudelor", x=60, kind="b")
    p.space(4)
    P("În dosarul penal nr. 3318/P/2026 al Parchetului de pe lângă Judecătoria Odorheiu Secuiesc, având ca "
      "obiect infracțiunea de înșelăciune, în baza art. 170 din Codul de procedură penală, vă rugăm să ne "
      "comunicați următoarele date privind utilizatorul szekely.kisallat, cont înregistrat cu adresa "
      "kovacs.erzsebet1971@gmail.com:")
    p.items(["datele de identificare ale titularului contului;",
             "adresele IP și data/ora accesărilor din ultimele 90 de zile;",
             "anunțurile active și cele închise, cu numele cumpărătorilor."], style="num")
    p.space(2)
    P("Răspunsul îl veți transmite electronic, pe adresa politia.odorhei@hr.politiaromana.ro.")
    texts += ["datele de identificare ale titularului contului;",
              "adresele IP și data/ora accesărilor din ultimele 90 de zile;",
              "anunțurile active și cele închise, cu numele cumpărătorilor."]
    p.space(8)
    p.sigblock(["ȘEFUL POLIȚIEI MUNICIPIULUI", "Comisar-șef de poliție", "Bíró Levente"], align="right")
    texts += ["Comisar-șef de poliție", "Bíró Levente"]
    x0, y0, x1, y1 = p.anchors["sig"]
    sig = K.signature(rng, "lasso", "ballpoint_blue", 44, 15, dpi=(200, 200))
    p.im = K.apply_ink(p.im, sig, *p.px((x0 + x1) / 2 + 3, y1 - 4))
    st = K.stamp(rng, "double", "ROMÂNIA * M.A.I. * INSPECTORATUL DE POLIȚIE JUDEȚEAN HARGHITA",
                 "ODORHEIU SECUIESC", center=("POLIȚIA", "MUNICIPIULUI"), color="blue", size_mm=36,
                 dpi=(200, 200), arms=False, rotate=-12)
    p.im = K.apply_ink(p.im, st, *p.px(x0 - 22, (y0 + y1) / 2 + 2))
    scan = K.scan_page(p.im, rng, skew=0.8)
    return mk.scan_jpeg_of_letter(scan, quality=58), "\n".join(texts)


@item("le_gen", "law_enforcement")
def g_odorhei_scan_attached():
    t = when(2026, 12, 2, 10, 36)
    jpg, txt = odorhei_scan()
    cover = ("Tisztelt Hölgyem/Uram,\nStimată doamnă/Stimate domn,\n\nVă transmitem adresa scanată, semnată și "
             "ștampilată, nr. 96.204 din 02.12.2026.\n\nCu stimă,\nBirou Investigații Criminale\n"
             "Poliția Municipiului Odorheiu Secuiesc\n")
    raw = send("g_odorhei", frm="Politia Odorheiu Secuiesc <politia.odorhei@hr.politiaromana.ro>",
               addr="politia.odorhei@hr.politiaromana.ro", to=[LEGAL], subject="adresa nr. 96204",
               t=t, body=mixed([mk.text(cover, charset="iso-8859-2", cte="quoted-printable"),
                                mk.attachment(jpg, "scan_96204.jpg", ctype="image/jpeg")], "g_odorhei"),
               extra=[("X-Mailer", "Microsoft Outlook 15.0")])
    fields = le("police", authority="Poliția Municipiului Odorheiu Secuiesc", reference_number="96.204",
                reference_date="2026-12-02", case_number="3318/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "szekely.kisallat"},
                          {"kind": "email", "value": "kovacs.erzsebet1971@gmail.com"}],
                transactions=[],
                requested_data=["datele de identificare ale titularului contului",
                                "adresele IP și data/ora accesărilor din ultimele 90 de zile",
                                "anunțurile active și cele închise, cu numele cumpărătorilor"],
                response_channel="electronic", reply_to="politia.odorhei@hr.politiaromana.ro",
                signatory="Comisar-șef de poliție Bíró Levente")
    accept = {"authority": ["Inspectoratul de Poliție Județean Harghita", "IPJ Harghita"],
              "reference_number": ["96204"]}
    return raw, fields, accept, ("municipal police under IPJ Harghita; NO electronic signature: a colour JPEG "
                                 "scan of the printed letter with a blue ballpoint signature and a blue double-ring "
                                 "stamp, attached to a mail DKIM-signed by hr.politiaromana.ro (README: a scan on "
                                 "a mail counts if its own OCR states every field); Hungarian+Romanian greeting, "
                                 "ISO-8859-2 cover"), \
        {"scan_text": txt, "pdf": []}


BRAILA = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BRĂILA
C|SERVICIUL DE INVESTIGAȚII CRIMINALE
K|Nr. 71552 din 03.XII.2026
K|Exemplar nr. 1

K|Către,
B|OKAZII ONLINE S.R.L.
K|Centrul de prevenire a fraudelor

Vă aducem la cunoștință că la nivelul Serviciului de Investigații Criminale se efectuează cercetări în dosarul penal nr. 5590/P/2025, privind infracțiunea de înșelăciune prin mijloace informatice.

Față de cele de mai sus, în conformitate cu prevederile art. 170 C.p.p., vă rugăm să ne puneți la dispoziție, pentru contul dunarea_auto_br (ID utilizator 7730142) și pentru tranzacțiile nr. 58120447 și nr. 58120991:
L|1. datele de identificare și de contact ale titularului contului;
L|2. detaliile celor două tranzacții (data, suma, modalitatea de plată, datele cumpărătorului);
L|3. corespondența purtată prin platformă în legătură cu cele două tranzacții.

Datele solicitate ne vor fi transmise pe suport optic (CD/DVD), prin curier, la sediul I.P.J. Brăila, Str. Griviței nr. 92, Brăila.

S|ȘEFUL SERVICIULUI
S|Comisar-șef de poliție
S|Ene Florentin
"""


@item("le_gen", "law_enforcement")
def g_braila_uppercase_iso():
    t = when(2026, 12, 3, 9, 12)
    pdf = mk.sign_pdf(mk.letter_pdf(BRAILA, created=t - dt.timedelta(hours=1)), "seal_ipj_br",
                      at=t - dt.timedelta(minutes=12))
    cover = ("Buna ziua,\n\nAlaturat va transmitem adresa IPJ Braila - SIC nr. 71552 din 03.12.2026.\n"
             "Va rugam sa confirmati primirea.\n\nCu stima,\nSecretariat SIC Brăila\n")
    raw = send("g_braila", frm="SIC BRAILA <SIC.BRAILA@BR.POLITIAROMANA.RO>", addr="SIC.BRAILA@BR.POLITIAROMANA.RO",
               to=["JURIDIC@OKAZII.RO"], subject="ADRESA IPJ BRAILA - SIC NR. 71552", t=t,
               body=mixed([mk.text(cover, charset="iso-8859-2", cte="8bit"), mk.attachment(pdf, "ADRESA_71552.PDF")],
                          "g_braila"), dkim="br.politiaromana.ro", helo="MAIL.BR.POLITIAROMANA.RO",
               extra=[("X-Mailer", "Microsoft Outlook 14.0")])
    fields = le("police", authority="Inspectoratul de Poliție Județean Brăila", reference_number="71552",
                reference_date="2026-12-03", case_number="5590/P/2025", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "dunarea_auto_br"}, {"kind": "user_id", "value": "7730142"}],
                transactions=["58120447", "58120991"],
                requested_data=["datele de identificare și de contact ale titularului contului",
                                "detaliile celor două tranzacții (data, suma, modalitatea de plată, datele cumpărătorului)",
                                "corespondența purtată prin platformă în legătură cu cele două tranzacții"],
                response_channel="courier", signatory="Comisar-șef de poliție Ene Florentin")
    accept = {"authority": ["IPJ Brăila"]}
    return raw, fields, accept, ("IPJ Brăila's own service; From address, To and helo in CAPITALS "
                                 "(domain case must not matter), DKIM d=br.politiaromana.ro whose key is published "
                                 "in 120-character strings; roman month (03.XII.2026); a 2025 case; two "
                                 "transactions; courier; ISO-8859-2 8bit cover"), \
        {"pdf": [pdfw("seal_ipj_br")]}


DIICOT_OR = """
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL ORADEA
K|Dosar nr. 1140/D/P/2026
K|Nr. 2318/II/2/2026
K|Oradea, 04.12.2026
B|URGENT – termen de răspuns 48 de ore

K|Către OKAZII ONLINE S.R.L.

În cauza penală cu numărul de mai sus, privind săvârșirea infracțiunilor de constituire a unui grup infracțional organizat și spălare a banilor, în temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați de urgență, pentru utilizatorul btc_oradea_rapid (e-mail crypto.bihor.exchange@proton.me, telefon 0771 402 655):
L|a. datele de identificare declarate și documentele încărcate pentru verificarea identității;
L|b. conturile bancare asociate contului de utilizator;
L|c. adresele IP ale ultimelor 50 de autentificări.

Răspunsul se va transmite în format electronic la adresa st.oradea@diicot.ro. Vă rugăm să nu încunoștințați utilizatorul despre prezenta solicitare.

S|Procuror șef serviciu,
S|Mureșan Ovidiu-Radu
"""


@item("le_gen", "law_enforcement")
def g_diicot_oradea_urgent():
    t = when(2026, 12, 4, 19, 42)
    pdf = mk.sign_pdf(mk.letter_pdf(DIICOT_OR, created=t - dt.timedelta(hours=1), family="serif"), "seal_diicot",
                      at=t - dt.timedelta(minutes=20), visible=True, box=(40, 50, 260, 110),
                      reason="Sigiliu DIICOT", location="Oradea")
    html = html_page("<p>Bună seara,</p><p>Vă transmitem adresa noastră nr. 2318/II/2/2026, <b>URGENT</b>. "
                     "Vă rugăm să confirmați primirea.</p><p>DIICOT – Serviciul Teritorial Oradea<br>"
                     "Grefier Pop Daniela</p>")
    raw = send("g_diicot", frm="DIICOT ST Oradea <st.oradea@diicot.ro>", addr="st.oradea@diicot.ro",
               to=[LEGAL], subject="URGENT - adresa DIICOT ST Oradea 2318/II/2/2026", t=t,
               body=mixed([mk.text(html, "html"), mk.attachment(pdf, "adresa DIICOT 2318.pdf")], "g_diicot"),
               extra=[ZIMBRA, ("Importance", "high")])
    fields = le("prosecutor", authority="DIICOT – Serviciul Teritorial Oradea", reference_number="2318/II/2/2026",
                reference_date="2026-12-04", case_number="1140/D/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "btc_oradea_rapid"},
                          {"kind": "email", "value": "crypto.bihor.exchange@proton.me"},
                          {"kind": "phone", "value": "+40771402655"}],
                transactions=[],
                requested_data=["datele de identificare declarate și documentele încărcate pentru verificarea identității",
                                "conturile bancare asociate contului de utilizator",
                                "adresele IP ale ultimelor 50 de autentificări"],
                response_channel="electronic", reply_to="st.oradea@diicot.ro",
                signatory="Procuror șef serviciu Mureșan Ovidiu-Radu", urgent=True)
    accept = {"authority": ["Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
                            "DIICOT", "Serviciul Teritorial Oradea"]}
    return raw, fields, accept, ("DIICOT territorial service; DIICOT's seal, visible bottom-left; urgent 48 h, "
                                 "Friday 19:42; HTML-only Zimbra cover; 'a.' lettered list; the user is a "
                                 "proton.me address (the subject of the request, not where to answer)"), \
        {"pdf": [pdfw("seal_diicot")]}


DNA_OR = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
C|SERVICIUL TERITORIAL ORADEA
K|Nr. 411/VIII-3/2026                                                                    01 decembrie 2026

B|Către S.C. OKAZII ONLINE S.R.L., București

În dosarul nr. 87/P/2026, având ca obiect infracțiuni de luare de mită și trafic de influență, în temeiul art. 170 din Codul de procedură penală, vă solicităm să comunicați următoarele informații cu privire la utilizatorul cu numele de utilizator lux_ceasuri_bh, care a indicat pentru încasări contul IBAN RO49 AAAA 1B31 0075 9384 0000:
L|1. datele de identificare și de contact ale titularului contului de utilizator;
L|2. toate tranzacțiile încheiate în calitate de vânzător în perioada 01.01.2026 - 30.11.2026, cu numele cumpărătorilor și sumele plătite;
L|3. conturile bancare indicate pentru încasarea sumelor.

Răspunsul poate fi transmis electronic, la adresa st.oradea@pna.ro, sau prin curier la sediul Serviciului Teritorial Oradea.

S|Procuror,
S|Crișan Adela
"""


@item("le_gen", "law_enforcement")
def g_dna_oradea_prosecutor():
    t = when(2026, 12, 1, 16, 3)
    pdf = mk.sign_pdf(mk.letter_pdf(DNA_OR, created=t - dt.timedelta(hours=2)), "pers_dna_or",
                      at=t - dt.timedelta(minutes=15))
    html = html_page("<div>Stimate domnule/doamnă,</div><div><br></div><div>Vă rugăm să dați curs adresei "
                     "atașate (nr. 411/VIII-3/2026).</div><div><br></div><div>Cu considerație,<br>Crișan Adela<br>"
                     "Procuror – DNA Serviciul Teritorial Oradea</div>")
    raw = send("g_dna", frm="=?UTF-8?B?" + base64.b64encode("Crișan Adela".encode()).decode() + "?= <adela.crisan@pna.ro>",
               addr="adela.crisan@pna.ro", to=[LEGAL], subject="Solicitare informatii - dosar 87/P/2026", t=t,
               body=mixed([mk.text(html, "html", cte="base64"), mk.attachment(pdf, "411_VIII-3_2026.pdf")], "g_dna"),
               extra=[OUTLOOK])
    fields = le("prosecutor", authority="Direcția Națională Anticorupție – Serviciul Teritorial Oradea",
                reference_number="411/VIII-3/2026", reference_date="2026-12-01", case_number="87/P/2026",
                legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "lux_ceasuri_bh"},
                          {"kind": "iban", "value": "RO49AAAA1B31007593840000"}],
                transactions=[],
                requested_data=["datele de identificare și de contact ale titularului contului de utilizator",
                                "toate tranzacțiile încheiate în calitate de vânzător în perioada 01.01.2026 - 30.11.2026, cu numele cumpărătorilor și sumele plătite",
                                "conturile bancare indicate pentru încasarea sumelor"],
                period={"from": "2026-01-01", "to": "2026-11-30"}, response_channel="both",
                signatory="Procuror Crișan Adela")
    accept = {"authority": ["Direcția Națională Anticorupție", "DNA", "DNA – Serviciul Teritorial Oradea",
                            "Serviciul Teritorial Oradea"]}
    return raw, fields, accept, ("DNA territorial service; the bound prosecutor's personal certificate; number "
                                 "and date in words on one line; IBAN of the user; e-mail or courier (reply_to "
                                 "unscored); HTML-only base64 Outlook cover"), \
        {"pdf": [pdfw("pers_dna_or")]}


PT_BH = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL BIHOR
X|Număr de înregistrare ¦ Data ¦ Dosar penal
X|8812/II/5/2026 ¦ 02 decembrie 2026 ¦ 612/P/2026

K|Către: OKAZII.RO – Departamentul Juridic
K|Referitor la: mesajul dumneavoastră nr. REG-2026-004471

Urmare a solicitării dumneavoastră de a primi o adresă oficială semnată, vă comunicăm că Parchetul de pe lângă Tribunalul Bihor efectuează urmărirea penală în dosarul nr. 612/P/2026, privind infracțiunea de fraudă informatică prev. de art. 249 Cod penal.

În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru contul cu ID 22054713, având numărul de telefon +40 745 118 260:
L|- datele de identificare ale titularului;
L|- istoricul modificărilor adresei de e-mail și ale numărului de telefon ale contului;
L|- adresele IP utilizate în perioada 15.10.2026 - 15.11.2026.

Răspunsul va fi transmis electronic la adresa pt.bihor@mpublic.ro.

S|Prim-procuror adjunct,
S|Tóth Ildikó
"""


@item("le_gen", "law_enforcement")
def g_pt_bihor_reply_thread():
    t = when(2026, 12, 2, 12, 18)
    pdf = mk.sign_pdf(mk.letter_pdf(PT_BH, created=t - dt.timedelta(hours=1), family="sans"), "seal_pt_bh",
                      at=t - dt.timedelta(minutes=9))
    plain = ("Buna ziua,\n\nRevenim cu adresa semnata electronic, conform solicitarii dvs.\n\n"
             "Cu stima,\nGrefa Parchetului de pe langa Tribunalul Bihor\n\n"
             "-----Mesaj original-----\nDe la: Registratura Okazii <registratura@okazii.ro>\n"
             "Trimis: 28 noiembrie 2026 10:02\nCatre: pt.bihor@mpublic.ro\n"
             "Subiect: [REG-2026-004471] Solicitare adresa oficiala semnata\n\n"
             "> Buna ziua,\n> Am primit mesajul dumneavoastra si l-am inregistrat cu numarul REG-2026-004471.\n"
             "> Pentru a da curs solicitarii, va rugam sa ne transmiteti o adresa oficiala semnata\n"
             "> (semnatura electronica calificata sau sigiliu), care sa cuprinda numarul dosarului,\n"
             "> utilizatorii vizati si datele solicitate.\n> Departamentul Juridic OKAZII\n")
    raw = send("g_ptbh", frm="Parchetul de pe langa Tribunalul Bihor <pt.bihor@mpublic.ro>",
               addr="pt.bihor@mpublic.ro", to=["Registratura Okazii <registratura@okazii.ro>"],
               subject="RE: [REG-2026-004471] Solicitare adresa oficiala semnata", t=t,
               body=mixed([mk.text(plain, cte="7bit", charset="us-ascii"), mk.attachment(pdf, "8812_II_5_2026.pdf")],
                          "g_ptbh"),
               extra=[OUTLOOK, ("In-Reply-To", "<ack.REG-2026-004471@okazii.ro>"),
                      ("References", "<b2c1f0e9a1@mpublic.ro> <ack.REG-2026-004471@okazii.ro>")])
    fields = le("prosecutor", authority="Parchetul de pe lângă Tribunalul Bihor", reference_number="8812/II/5/2026",
                reference_date="2026-12-02", case_number="612/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "user_id", "value": "22054713"}, {"kind": "phone", "value": "+40745118260"}],
                transactions=[],
                requested_data=["datele de identificare ale titularului",
                                "istoricul modificărilor adresei de e-mail și ale numărului de telefon ale contului",
                                "adresele IP utilizate în perioada 15.10.2026 - 15.11.2026"],
                period={"from": "2026-10-15", "to": "2026-11-15"}, response_channel="electronic",
                reply_to="pt.bihor@mpublic.ro", signatory="Prim-procuror adjunct Tóth Ildikó")
    return raw, fields, None, ("tribunal prosecutors' office; its bound seal; a reply in our thread (In-Reply-To "
                               "our acknowledgement, REG number in the subject, our text quoted); number, date and "
                               "case in a bordered table; date in words; the offence's penal-code article is no "
                               "legal basis"), \
        {"pdf": [pdfw("seal_pt_bh")]}


PJ_TGJ = """
C|R O M Â N I A
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA TÂRGU JIU
K|Nr. 4471/II-2/2026                                                          Târgu Jiu, 30.11.2026

B|Către OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor

Parchetul de pe lângă Judecătoria Târgu Jiu supraveghează urmărirea penală în dosarul nr. 3005/P/2026, privind infracțiunea de înșelăciune. Pentru aflarea adevărului, în temeiul art. 170 alin. (1) C.pr.pen., vă solicităm să ne comunicați, pentru perioada 01.06.2026 - 30.11.2026, cu privire la utilizatorul tg.jiu.telefoane și la contul înregistrat cu adresa de e-mail marian.dobritoiu84@yahoo.com:
L|i. datele de identificare ale titularilor celor două conturi;
L|ii. anunțurile publicate și tranzacțiile încheiate;
L|iii. mesajele schimbate prin platformă cu alți utilizatori.

Vă rugăm să transmiteți datele electronic, la adresa pj.targujiu@mpublic.ro.

S|Procuror,
S|Popescu-Motru Lucian
"""


@item("le_gen", "law_enforcement")
def g_pj_tgjiu_p7s_cp1250():
    t = when(2026, 11, 30, 14, 51)
    data = mk.letter_pdf(PJ_TGJ, created=t - dt.timedelta(hours=1), creator="Microsoft® Word pentru Microsoft 365")
    p7s = mk.cades(data, "pers_pj_tgjiu", detached=True, signing_time=t - dt.timedelta(minutes=6))
    cover = ("Bună ziua,\n\nVă transmitem adresa nr. 4471/II-2/2026, semnată electronic (fișierul .p7s atașat "
             "conține semnătura).\n\nCu stimă,\nPopescu-Motru Lucian\nprocuror\n")
    raw = send("g_pjtgj", frm="=?windows-1250?Q?Popescu-Motru_Lucian?= <lucian.popescu-motru@mpublic.ro>",
               addr="lucian.popescu-motru@mpublic.ro", to=[LEGAL], subject="Adresa 4471/II-2/2026", t=t,
               body=mixed([mk.text(cover, charset="windows-1250", cte="quoted-printable"),
                           mk.attachment(data, "adresa_4471.pdf"),
                           mk.attachment(p7s, "adresa_4471.pdf.p7s", ctype="application/pkcs7-signature")],
                          "g_pjtgj"), extra=[OUTLOOK])
    fields = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Târgu Jiu", reference_number="4471/II-2/2026",
                reference_date="2026-11-30", case_number="3005/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "tg.jiu.telefoane"},
                          {"kind": "email", "value": "marian.dobritoiu84@yahoo.com"}],
                transactions=[],
                requested_data=["datele de identificare ale titularilor celor două conturi",
                                "anunțurile publicate și tranzacțiile încheiate",
                                "mesajele schimbate prin platformă cu alți utilizatori"],
                period={"from": "2026-06-01", "to": "2026-11-30"}, response_channel="electronic",
                reply_to="pj.targujiu@mpublic.ro", signatory="Procuror Popescu-Motru Lucian")
    return raw, fields, None, ("district prosecutors' office; unsigned PDF + adresa_4471.pdf.p7s (CAdES "
                               "detached) by the bound prosecutor; roman list; Windows-1250 QP cover (cedilla "
                               "letters); spaced-out heading"), \
        {"pdf": [], "cades": [{"file": "adresa_4471.pdf.p7s", "signer": "pers_pj_tgjiu", "detached": True}]}


JUD_OR = """
C|ROMÂNIA
C|JUDECĂTORIA ORADEA
C|SECȚIA PENALĂ
K|Dosar nr. 14402/271/2026
K|Termen: 15.01.2027
K|Nr. ieșire 52.880 din 03.12.2026

K|Către: OKAZII ONLINE S.R.L., Str. Frunzei nr. 29, sector 2, București

Vă comunicăm că, prin încheierea de ședință din data de 27.11.2026, pronunțată în dosarul nr. 14402/271/2026, aflat în faza de judecată, instanța a dispus, în temeiul art. 170 din Codul de procedură penală, efectuarea unei adrese către dumneavoastră, pentru a comunica, cu privire la utilizatorul oradea_telefoane_gsm și la tranzacțiile nr. 60412278, nr. 60412301 și nr. 60419950:
L|1. datele de identificare ale vânzătorului și ale fiecărui cumpărător;
L|2. data și suma achitată pentru fiecare tranzacție;
L|3. reclamațiile înregistrate cu privire la aceste tranzacții și modul de soluționare.

Relațiile solicitate vor fi comunicate până la termenul de judecată, electronic, la adresa jud-oradea-penal@just.ro, cu mențiunea numărului de dosar.

S|Judecător,
S|Sabău Ioana-Cristina
"""


@item("le_gen", "law_enforcement")
def g_jud_oradea_trial_judge():
    t = when(2026, 12, 3, 11, 27)
    pdf = mk.sign_pdf(mk.letter_pdf(JUD_OR, created=t - dt.timedelta(hours=1)), "pers_jud_oradea",
                      at=t - dt.timedelta(minutes=40), visible=True, box=(340, 40, 560, 95))
    html = html_page("<p>Vă transmitem, atașat, adresa emisă în dosarul nr. 14402/271/2026.</p>"
                     "<p style='color:#888;font-size:9pt'>Acest mesaj a fost transmis din sistemul ECRIS. "
                     "Judecătoria Oradea - Secția penală - Registratură</p>", charset="windows-1250")
    raw = send("g_judor", frm="Judecatoria Oradea - Sectia penala <jud-oradea-penal@just.ro>",
               addr="jud-oradea-penal@just.ro", to=[LEGAL], subject="Dosar 14402/271/2026 - adresa", t=t,
               body=mixed([mk.text(html, "html", charset="windows-1250", cte="quoted-printable"),
                           mk.attachment(pdf, "adresa_14402_271_2026.pdf")], "g_judor"))
    fields = le("court", authority="Judecătoria Oradea", reference_number="52.880", reference_date="2026-12-03",
                case_number="14402/271/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "oradea_telefoane_gsm"}],
                transactions=["60412278", "60412301", "60419950"],
                requested_data=["datele de identificare ale vânzătorului și ale fiecărui cumpărător",
                                "data și suma achitată pentru fiecare tranzacție",
                                "reclamațiile înregistrate cu privire la aceste tranzacții și modul de soluționare"],
                response_channel="electronic", reply_to="jud-oradea-penal@just.ro",
                signatory="Judecător Sabău Ioana-Cristina")
    accept = {"reference_number": ["52880"]}
    return raw, fields, accept, ("district court in the trial phase; the bound judge's personal certificate, "
                                 "visible; court file number + 'Nr. ieșire' + a hearing date (the hearing date is "
                                 "not the letter's date); three transactions; HTML-only Windows-1250 cover"), \
        {"pdf": [pdfw("pers_jud_oradea")]}


TB_GJ = """
C|ROMÂNIA
C|TRIBUNALUL GORJ
C|SECȚIA PENALĂ
K|Dosar nr. 2210/95/2026 – camera preliminară
K|Nr. 19.331 din 02.12.2026

K|Către
B|OKAZII ONLINE S.R.L.
K|Str. Frunzei nr. 29, sector 2, București

În temeiul art. 170 din Codul de procedură penală, vă solicităm să comunicați acestei instanțe, în dosarul de mai sus, pentru contul de utilizator cu ID 12887401, istoricul tranzacțiilor efectuate în anul 2026, datele de identificare declarate de titularul contului și adresele IP înregistrate la fiecare tranzacție.

Răspunsul va fi înaintat prin curier, la registratura Tribunalului Gorj, Str. Tudor Vladimirescu nr. 15, Târgu Jiu.

2|Judecător de cameră preliminară,\\nDrăghici Mihaela¦Grefier,\\nCârstea Elena
"""


@item("le_gen", "law_enforcement")
def g_tribunal_gorj_forwarded():
    t = when(2026, 12, 2, 14, 40)
    pdf = mk.sign_pdf(mk.letter_pdf(TB_GJ, created=t - dt.timedelta(hours=3)), "seal_tb_gj",
                      at=t - dt.timedelta(hours=1))
    fwd = ("Buna ziua,\n\nRetransmitem adresa de mai jos, intrucat prima transmitere a revenit cu eroare.\n\n"
           "Registratura Tribunalului Gorj\n\n"
           "---------- Forwarded message ---------\nDe la: Sectia penala <tr-gorj-penal@just.ro>\n"
           "Data: 2 dec. 2026, 11:52\nSubiect: adresa dosar 2210/95/2026\n"
           "Catre: <legal@okazii.ro>\n\nVa transmitem adresa atasata.\n")
    raw = send("g_tbgj", frm="Registratura Tribunalul Gorj <tr-gorj-reg@just.ro>", addr="tr-gorj-reg@just.ro",
               to=[LEGAL], subject="Fwd: adresa dosar 2210/95/2026", t=t,
               body=mixed([mk.text(fwd, cte="quoted-printable"), mk.attachment(pdf, "adresa_19331.pdf")], "g_tbgj"),
               extra=[ROUNDCUBE])
    fields = le("court", authority="Tribunalul Gorj", reference_number="19.331", reference_date="2026-12-02",
                case_number="2210/95/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "user_id", "value": "12887401"}], transactions=[],
                response_channel="courier", signatory="Judecător de cameră preliminară Drăghici Mihaela")
    accept = {"reference_number": ["19331"], "signatory": ["Judecător Drăghici Mihaela", "Drăghici Mihaela"]}
    return raw, fields, accept, ("tribunal in the preliminary chamber; its bound seal; forwarded by the court's "
                                 "registry after a bounce (Roundcube); data asked in one prose sentence (requested_data "
                                 "unscored); judge and clerk side by side; courier"), \
        {"pdf": [pdfw("seal_tb_gj")]}


IGPR_DICE = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|Direcția de Investigare a Criminalității Economice
R|NESECRET
R|București, 03.12.2026
R|Nr. 1.204.877

B|Către OKAZII ONLINE S.R.L.

În dosarul penal nr. 455/P/2026 al Parchetului de pe lângă Înalta Curte de Casație și Justiție, delegat spre efectuarea actelor de urmărire penală Direcției de Investigare a Criminalității Economice, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorii de mai jos, datele de identificare declarate, numerele de telefon și adresele de e-mail asociate, precum și lista anunțurilor publicate în categoria „Electronice” în perioada 01.07.2026 - 30.11.2026.
X|Nr. ¦ Nume utilizator ¦ ID utilizator
X|1 ¦ depozit.outlet.ro ¦ 40117322
X|2 ¦ angro_telefoane_ct ¦ 40117390
X|3 ¦ mega.reduceri.buc ¦ 40122815
X|4 ¦ stoc_lichidare_if ¦ 40129903

Răspunsul va fi transmis pe adresa de e-mail dice@politiaromana.ro.

S|DIRECTOR
S|Chestor de poliție
S|Oprea Valentin
"""


@item("le_gen", "law_enforcement")
def g_igpr_dice_table():
    t = when(2026, 12, 3, 16, 15)
    pdf = mk.sign_pdf(mk.letter_pdf(IGPR_DICE, created=t - dt.timedelta(hours=2), family="sans", size=10.5),
                      "seal_igpr", at=t - dt.timedelta(minutes=50))
    plain = ("Buna ziua,\n\nVa rugam sa gasiti atasat adresa DICE nr. 1.204.877/03.12.2026.\n\nCu stima,\n"
             "Serviciul Fraude Informatice si Comert Electronic\nD.I.C.E. - I.G.P.R.\n")
    raw = send("g_dice", frm="DICE - IGPR <dice@politiaromana.ro>", addr="dice@politiaromana.ro", to=[LEGAL],
               subject="Adresa DICE 1204877", t=t,
               body=mixed([mk.text(plain, charset="us-ascii", cte="7bit"), mk.attachment(pdf, "DICE_1204877.pdf")],
                          "g_dice"), extra=[ZIMBRA])
    fields = le("police", authority="Inspectoratul General al Poliției Române", reference_number="1.204.877",
                reference_date="2026-12-03", case_number="455/P/2026", legal_basis=["art. 170 CPP"],
                subjects=[{"kind": "username", "value": "depozit.outlet.ro"}, {"kind": "user_id", "value": "40117322"},
                          {"kind": "username", "value": "angro_telefoane_ct"}, {"kind": "user_id", "value": "40117390"},
                          {"kind": "username", "value": "mega.reduceri.buc"}, {"kind": "user_id", "value": "40122815"},
                          {"kind": "username", "value": "stoc_lichidare_if"}, {"kind": "user_id", "value": "40129903"}],
                transactions=[], period={"from": "2026-07-01", "to": "2026-11-30"}, response_channel="electronic",
                reply_to="dice@politiaromana.ro", signatory="Chestor de poliție Oprea Valentin")
    accept = {"authority": ["Poliția Română", "IGPR", "Direcția de Investigare a Criminalității Economice"],
              "reference_number": ["1204877"]}
    return raw, fields, accept, ("national directorate of IGPR; IGPR's seal; four users in a table (username + "
                                 "id), a username that looks like a domain; data in one prose sentence "
                                 "(requested_data unscored); Zimbra"), \
        {"pdf": [pdfw("seal_igpr")]}


# =====================================================================
# FORGED OR DEFECTIVE (9) - one reason each, new classes
# =====================================================================

def ff(kind: str, case: str | None, urgent: bool | None = None) -> dict:
    f = {"authority_kind": kind}
    if case:
        f["case_number"] = case
    if urgent is not None:
        f["urgent"] = urgent
    return f


TB_GJ_OLD = """
C|ROMÂNIA
C|TRIBUNALUL GORJ
C|SECȚIA PENALĂ
K|Dosar nr. 1877/95/2026
K|Nr. 19.406 din 04.12.2026

K|Către OKAZII ONLINE S.R.L. – Departamentul Juridic

În temeiul art. 170 din Codul de procedură penală, în dosarul de mai sus, aflat pe rolul Tribunalului Gorj – Secția penală, vă solicităm să comunicați, pentru utilizatorul cu numele lemn_foc_gorj (ID 13002561):
L|1. datele de identificare ale titularului contului;
L|2. tranzacțiile încheiate în perioada 01.08.2026 - 30.11.2026;
L|3. datele de contact ale cumpărătorilor din aceste tranzacții.

Răspunsul va fi transmis electronic la adresa tr-gorj-penal@just.ro.

S|Judecător,
S|Drăghici Mihaela
"""


@item("le_forged", "law_enforcement")
def f_expired_issuing_ca():
    t = when(2026, 12, 4, 10, 5)
    pdf = mk.sign_pdf(mk.letter_pdf(TB_GJ_OLD, created=t - dt.timedelta(hours=2)), "seal_tb_gj_2024",
                      at=t - dt.timedelta(minutes=30))
    txt = "Buna ziua,\nVa transmitem adresa atasata in dosarul nr. 1877/95/2026.\nSectia penala - Tribunalul Gorj\n"
    raw = send("f_oldca", frm="Sectia penala <tr-gorj-penal@just.ro>", addr="tr-gorj-penal@just.ro", to=[LEGAL],
               subject="adresa dosar 1877/95/2026", t=t,
               body=mixed([mk.text(txt, charset="us-ascii", cte="7bit"), mk.attachment(pdf, "adresa_19406.pdf")],
                          "f_oldca"), extra=[ROUNDCUBE])
    return raw, ff("court", "1877/95/2026", False), None, (
        "DEFECTIVE - EXPIRED ISSUING CA: the tribunal's genuine mailbox (valid just.ro DKIM) and a complete letter, "
        "sealed with the tribunal's PREVIOUS seal (exact O and organizationIdentifier, itself valid until 2027) whose "
        "issuing CA 'Round9 Test Qualified Signing CA 2021' expired on 31.12.2025: no valid path today"), \
        {"pdf": [pdfw("seal_tb_gj_2024", trusted=False, chain_trusted=False)]}


PT_BH2 = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL BIHOR
K|Nr. 8907/II/5/2026 din 03.12.2026
K|Dosar penal nr. 701/P/2026

K|Către OKAZII.RO – Departamentul Juridic

În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorul cu ID 22190034 (e-mail oradea.gadgets.shop@gmail.com), datele de identificare ale titularului, adresele IP folosite între 01.11.2026 și 02.12.2026 și conturile bancare indicate pentru încasări.

Răspunsul va fi transmis electronic la adresa pt.bihor@mpublic.ro.

S|Procuror,
S|Moldovan Radu-Ștefan
"""


@item("le_forged", "law_enforcement")
def f_chain_missing_intermediate():
    t = when(2026, 12, 3, 13, 44)
    pdf = mk.sign_pdf(mk.letter_pdf(PT_BH2, created=t - dt.timedelta(hours=1), family="sans"), "seal_pt_bh",
                      at=t - dt.timedelta(minutes=5), no_chain=True)
    txt = "Buna ziua,\n\nVa transmitem adresa nr. 8907/II/5/2026.\n\nGrefa Parchetului de pe langa Tribunalul Bihor\n"
    raw = send("f_nochain", frm="Parchetul de pe langa Tribunalul Bihor <pt.bihor@mpublic.ro>",
               addr="pt.bihor@mpublic.ro", to=[LEGAL], subject="Adresa 8907/II/5/2026", t=t,
               body=mixed([mk.text(txt, charset="us-ascii", cte="7bit"), mk.attachment(pdf, "8907_II_5_2026.pdf")],
                          "f_nochain"), extra=[OUTLOOK])
    return raw, ff("prosecutor", "701/P/2026", False), None, (
        "DEFECTIVE - CHAIN WITHOUT ITS INTERMEDIATE: genuine mailbox and the bound seal, but the signing software "
        "embedded only the seal's certificate (no issuing CA) in the CMS; nothing is fetched (README), so no path "
        "to the pinned root can be built"), \
        {"pdf": [pdfw("seal_pt_bh", trusted=False, chain_trusted=False)], "cms_certs": 1}


CC_LETTER = """
C|CONSILIUL CONCURENȚEI
C|Direcția Servicii
K|Nr. RS-2291 / 01.12.2026

B|Către OKAZII ONLINE S.R.L.

În cadrul investigației declanșate prin Ordinul Președintelui Consiliului Concurenței nr. 611/2026 privind o posibilă înțelegere de preț între comercianții de echipamente de climatizare, în temeiul art. 34 din Legea concurenței nr. 21/1996, vă solicităm să ne transmiteți, în termen de 10 zile lucrătoare, pentru conturile de vânzător clima_expert_ro (ID 50211807) și frig.total.srl (ID 50219944):
L|a) prețurile afișate în anunțuri în perioada 01.01.2026 - 30.11.2026;
L|b) datele de identificare ale titularilor conturilor.

Informațiile vor fi transmise electronic la adresa investigatii@consiliulconcurentei.ro.

S|Director,
S|Stanciu Mirela
"""


@item("le_forged", "law_enforcement")
def f_unknown_critical_extension():
    t = when(2026, 12, 1, 15, 33)
    pdf = mk.sign_pdf(mk.letter_pdf(CC_LETTER, created=t - dt.timedelta(hours=2)), "seal_cc_critext",
                      at=t - dt.timedelta(minutes=14))
    html = html_page("<p>Stimate domn/Stimată doamnă,</p><p>Vă transmitem solicitarea de informații nr. "
                     "RS-2291/01.12.2026.</p><p>Direcția Servicii<br>Consiliul Concurenței</p>")
    raw = send("f_critext", frm="Consiliul Concurentei <investigatii@consiliulconcurentei.ro>",
               addr="investigatii@consiliulconcurentei.ro", to=[LEGAL], subject="Solicitare de informatii RS-2291",
               t=t, body=mixed([mk.text(html, "html"), mk.attachment(pdf, "RS-2291.pdf")], "f_critext"), extra=[OUTLOOK])
    return raw, ff("other", None, False), None, (
        "UNKNOWN CRITICAL EXTENSION: the Competition Council's genuine mailbox (valid DKIM); the PDF seal's "
        "certificate has the Council's exact O and organizationIdentifier and chains to the pinned root, but "
        "carries a private extension (1.3.6.1.4.1.99999.9.1) marked CRITICAL: RFC 5280 says a validator that does "
        "not know it must reject the certificate; no criminal case (competition law), kind other"), \
        {"pdf": [pdfw("seal_cc_critext", trusted=False, chain_trusted=False)]}


GJ_FAKE = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN GORJ
C|Serviciul de Investigații Criminale
K|Nr. 318.990 din 04.12.2026

B|Către OKAZII ONLINE S.R.L.

În dosarul penal nr. 2301/P/2026, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați URGENT, pentru utilizatorii gorj_auto_dezmembrari și mihaela.tg.jiu, datele de identificare, numerele de telefon, adresele IP și conturile bancare asociate.

Răspunsul se va transmite pe adresa de e-mail de la care ați primit prezenta.

S|ȘEFUL SERVICIULUI
S|Comisar-șef de poliție Stoica Dorin
"""


@item("le_forged", "law_enforcement")
def f_encoded_word_address():
    t = when(2026, 12, 5, 1, 58)
    pdf = mk.letter_pdf(GJ_FAKE, created=t - dt.timedelta(hours=1))
    shown = "sic@gj.politiaromana.ro"
    frm = "=?UTF-8?B?" + base64.b64encode(shown.encode()).decode() + "?= <sic.gorj.dosare@secure-relay-mail.net>"
    txt = ("Buna ziua,\n\nVa transmitem adresa IPJ Gorj - SIC nr. 318.990, cu caracter URGENT.\n"
           "Raspunsul se transmite la adresa de pe care ati primit mesajul.\n\nSIC - IPJ Gorj\n")
    raw = send("f_ew", frm=frm, addr="sic.gorj.dosare@secure-relay-mail.net", to=[LEGAL],
               subject="URGENT adresa IPJ Gorj 318990", t=t,
               body=mixed([mk.text(txt, charset="us-ascii", cte="7bit"), mk.attachment(pdf, "adresa_318990.pdf")],
                          "f_ew"))
    return raw, ff("police", "2301/P/2026", True), None, (
        "ENCODED-WORD ADDRESS IN THE DISPLAY NAME: From: =?UTF-8?B?...?= <sic.gorj.dosare@secure-relay-mail.net>, "
        "the encoded word decoding to 'sic@gj.politiaromana.ro' (a reader that decodes before parsing sees the police "
        "address); the real address is on a neutral relay domain whose own DKIM passes; unsigned PDF; 01:58"), \
        {"pdf": []}


BR_FUTURE = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN BRĂILA
C|SERVICIUL DE INVESTIGAȚII CRIMINALE
K|Nr. 2118 din 11.I.2027

K|Către,
B|OKAZII ONLINE S.R.L.

În dosarul penal nr. 6014/P/2026, în conformitate cu prevederile art. 170 C.p.p., vă rugăm să ne puneți la dispoziție, pentru contul braila_jante_anvelope (ID 7741809):
L|1. datele de identificare și de contact ale titularului contului;
L|2. tranzacțiile încheiate în perioada 01.10.2026 - 31.12.2026.

Datele solicitate ne vor fi transmise prin curier, la sediul I.P.J. Brăila.

S|ȘEFUL SERVICIULUI
S|Comisar-șef de poliție
S|Ene Florentin
"""


@item("le_forged", "law_enforcement")
def f_postdated_letter():
    t = when(2026, 12, 4, 8, 50)
    pdf = mk.sign_pdf(mk.letter_pdf(BR_FUTURE, created=t - dt.timedelta(hours=1)), "seal_ipj_br",
                      at=t - dt.timedelta(minutes=7))
    cover = "Buna ziua,\n\nAlaturat adresa IPJ Braila - SIC nr. 2118.\n\nSecretariat SIC Brăila\n"
    raw = send("f_future", frm="SIC BRAILA <sic.braila@br.politiaromana.ro>", addr="sic.braila@br.politiaromana.ro",
               to=[LEGAL], subject="ADRESA IPJ BRAILA - SIC NR. 2118", t=t,
               body=mixed([mk.text(cover, charset="iso-8859-2", cte="8bit"), mk.attachment(pdf, "ADRESA_2118.PDF")],
                          "f_future"), extra=[("X-Mailer", "Microsoft Outlook 14.0")])
    return raw, ff("police", "6014/P/2026", False), None, (
        "POST-DATED LETTER: IPJ Brăila's genuine mailbox and bound seal (signed 04.12.2026), but the letter is "
        "dated 11.I.2027 and asks for transactions up to 31.12.2026: a letter dated after it arrived (README "
        "content rule), prepared in advance - not a request that exists yet"), \
        {"pdf": [pdfw("seal_ipj_br")]}


OLT_USF = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN OLT
C|Serviciul de Investigare a Criminalității Economice
R|Nr. 884.560 / 04.12.2026

B|Către S.C. OKAZII ONLINE S.R.L. – Departamentul Juridic

În dosarul penal nr. 2077/P/2026, în temeiul art. 170 alin. (1) din Codul de procedură penală, vă solicit să comunicați, pentru conturile cu ID utilizator 30922410 și 30925118:
L|a) datele de identificare și documentele de identitate încărcate;
L|b) parolele (hash) și întrebările de siguranță ale conturilor;
L|c) jurnalul autentificărilor din ultimele 6 luni.

Datele vor fi comunicate electronic, la adresa de e-mail a expeditorului.

S|Ofițer de poliție judiciară,
S|Comisar de poliție
S|Bălașa Sorin-Marian
"""


@item("le_forged", "law_enforcement")
def f_usf_zeroed_signature():
    t = when(2026, 12, 4, 17, 26)
    signed = mk.sign_pdf(mk.letter_pdf(OLT_USF, family="sans", created=t - dt.timedelta(hours=1)), "pers_ot_officer",
                         at=t - dt.timedelta(minutes=10), visible=True, box=(330, 60, 560, 115), pss=True)
    pdf = mk.zero_signature_contents(signed)
    cover = "Buna ziua,\n\nAtasat adresa nr. 884560 din 04.12.2026, semnata electronic.\n\ncms. Balasa Sorin\nSICE - IPJ Olt\n"
    raw = send("f_usf", frm="=?UTF-8?Q?B=C4=83la=C8=99a_Sorin-Marian?= <sorin.balasa@ot.politiaromana.ro>",
               addr="sorin.balasa@ot.politiaromana.ro", to=[LEGAL], subject="adresa 884560 - dosar 2077/P/2026",
               t=t, body=mixed([mk.text(cover, cte="7bit", charset="us-ascii", format_flowed=True),
                                mk.attachment(pdf, "884560.pdf")], "f_usf"), extra=[TB])
    return raw, ff("police", "2077/P/2026", False), None, (
        "SIGNATURE DICTIONARY WITHOUT A SIGNATURE (universal signature forgery): the officer's mailbox (valid "
        "ot.politiaromana.ro DKIM, compromised); the PDF has a signature field, a /Sig dictionary with a ByteRange "
        "and the visible appearance naming the bound officer, but its /Contents is all zeros - no CMS at all; asks "
        "for password hashes"), \
        {"pdf_unparseable": 1}


DIICOT_SHADOW = """
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|SERVICIUL TERITORIAL ORADEA
K|Dosar nr. 1212/D/P/2026
K|Nr. 2355/II/2/2026
K|Oradea, 03.12.2026

K|Către OKAZII ONLINE S.R.L.

În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru utilizatorul parfumuri_originale_or, datele de identificare declarate și lista tranzacțiilor încheiate în ultimele 3 luni.

Răspunsul se va transmite în format electronic la adresa st.oradea@diicot.ro.

S|Procuror,
S|Mureșan Ovidiu-Radu
"""

SHADOW_LINES = [
    "COMPLETARE (parte integrantă a adresei): vă solicităm aceleași date și pentru utilizatorii",
    "laura.cosmetice.bh și outlet_parfum_cluj, inclusiv documentele de identitate încărcate și",
    "conturile bancare, cu transmitere la adresa dosare.diicot.oradea@proton.me.",
]


@item("le_forged", "law_enforcement")
def f_mediabox_reveal():
    t = when(2026, 12, 3, 17, 2)
    # the letter, with three more lines drawn BELOW the page's lower edge (outside the MediaBox): not shown
    letter = mk.letter_pdf(DIICOT_SHADOW, created=t - dt.timedelta(hours=1), below_page=SHADOW_LINES)
    signed = mk.sign_pdf(letter, "seal_diicot", at=t - dt.timedelta(minutes=25))
    shadow = mk.set_mediabox(signed, (0, -62, 595.28, 841.89))
    html = html_page("<p>Bună ziua,</p><p>Vă transmitem adresa nr. 2355/II/2/2026 (cu completarea de la final).</p>"
                     "<p>DIICOT – Serviciul Teritorial Oradea</p>")
    raw = send("f_mbox", frm="DIICOT ST Oradea <st.oradea@diicot.ro>", addr="st.oradea@diicot.ro", to=[LEGAL],
               subject="adresa DIICOT ST Oradea 2355/II/2/2026", t=t,
               body=mixed([mk.text(html, "html"), mk.attachment(shadow, "adresa DIICOT 2355.pdf")], "f_mbox"),
               extra=[ZIMBRA])
    return raw, ff("prosecutor", "1212/D/P/2026", False), None, (
        "PAGE GEOMETRY SHADOW: DIICOT's mailbox (valid DKIM) and seal over a letter about one user; the sealed "
        "revision already holds three lines drawn BELOW the page's lower edge (invisible when sealed); one later "
        "incremental update only enlarges the page's /MediaBox downwards, which brings into view a 'COMPLETARE' "
        "naming two more users, ID documents, bank accounts and a proton.me address; no content stream changes"), \
        {"pdf": [pdfw("seal_diicot", whole=False)], "revealed": "COMPLETARE"}


DNA_OR2 = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
C|SERVICIUL TERITORIAL ORADEA
K|Nr. 377/VIII-3/2026                                                                    20 noiembrie 2026

B|Către S.C. OKAZII ONLINE S.R.L., București

În dosarul nr. 98/P/2026, în temeiul art. 170 din Codul de procedură penală, vă solicităm să comunicați, cu privire la utilizatorul antichitati_crisana, datele de identificare ale titularului și tranzacțiile încheiate în anul 2026.

Răspunsul poate fi transmis electronic, la adresa st.oradea@pna.ro.

S|Procuror,
S|Crișan Adela
"""


@item("le_forged", "law_enforcement")
def f_cover_names_other_case():
    t = when(2026, 12, 4, 12, 12)
    pdf = mk.sign_pdf(mk.letter_pdf(DNA_OR2, created=when(2026, 11, 20, 9, 0)), "pers_dna_or",
                      at=when(2026, 11, 20, 9, 40))
    html = html_page("<div>Bună ziua,</div><div><br></div><div>În dosarul nr. <b>132/P/2026</b> al DNA – Serviciul "
                     "Teritorial Oradea vă rugăm să dați curs adresei atașate și pentru această cauză, cu aceleași "
                     "date privind utilizatorul antichitati_crisana.</div><div><br></div><div>Cu considerație,<br>"
                     "Crișan Adela<br>Procuror – DNA Serviciul Teritorial Oradea</div>")
    raw = send("f_othercase", frm="=?UTF-8?B?" + base64.b64encode("Crișan Adela".encode()).decode() + "?= <adela.crisan@pna.ro>",
               addr="adela.crisan@pna.ro", to=[LEGAL], subject="Dosar 132/P/2026 - solicitare date", t=t,
               body=mixed([mk.text(html, "html", cte="base64"), mk.attachment(pdf, "377_VIII-3_2026.pdf")], "f_othercase"),
               extra=[OUTLOOK])
    return raw, ff("prosecutor", "132/P/2026", False), {"case_number": ["98/P/2026"]}, (
        "COVER NAMES ANOTHER CASE: the bound prosecutor's mailbox (valid pna.ro DKIM) re-sends her genuinely "
        "signed letter of 20.11.2026 in case 98/P/2026, and the unsigned cover asks to apply it 'also' to case "
        "132/P/2026, which no signed text names (README content rule: the mail's own text names a case the signed "
        "letter does not)"), \
        {"pdf": [pdfw("pers_dna_or")]}


BH_COPY = """
2|MINISTERUL AFACERILOR INTERNE\\nINSPECTORATUL DE POLIȚIE AL JUDEȚULUI BIHOR\\nPOLIȚIA MUNICIPIULUI SALONTA¦Nr. 247.611 din 02.12.2026\\nSalonta
T|Către OKAZII.RO

În dosarul penal nr. 4188/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorul salonta_bicicleta (telefon 0740 221 983), datele de identificare ale titularului contului și adresele IP de la care a fost accesat contul în luna noiembrie 2026.

Vă rugăm să transmiteți răspunsul electronic, pe adresa investigatii.salonta@bh.politiaromana.ro.

S|ȘEFUL POLIȚIEI MUNICIPIULUI SALONTA
S|Comisar-șef de poliție
S|Horváth Zoltán
"""


@item("le_forged", "law_enforcement")
def f_dkim_duplicate_d_tag():
    t = when(2026, 12, 5, 9, 31)
    pdf = mk.sign_pdf(mk.letter_pdf(BH_COPY, created=when(2026, 12, 2, 9, 0)), "seal_ipj_bh",
                      at=when(2026, 12, 2, 9, 30))
    cover = "Bună ziua,\nVă trimitem adresa în atașament.\nMulțumim\n\nTrimis de pe iPhone-ul meu"
    msg = mk.build(seed="f_dupd", frm="Investigatii Salonta <investigatii.salonta@bh.politiaromana.ro>",
                   to=[LEGAL], subject="Adresa Politia Salonta", date=t - dt.timedelta(seconds=40),
                   message_id=mid("f_dupd", "bh.politiaromana.ro"),
                   body=mixed([mk.text(cover, cte="quoted-printable"), mk.attachment(pdf, "Adresa_247611.pdf")], "f_dupd"),
                   extra=[IPHONE])
    h = mk.dkim_sign_duplicate_d(msg, "ro-relay.eu", "bh.politiaromana.ro", t - dt.timedelta(seconds=30))
    raw = mk.deliver(msg, helo="mx.ro-relay.eu", ip=ip_of("ro-relay.eu"), t=t, rcpt=LEGAL,
                     mail_from="bounce-7781@ro-relay.eu", dkim_header=h, seed="f_dupd")
    return raw, ff("police", "4188/P/2026", False), None, (
        "DUPLICATED d= TAG: From investigatii.salonta@bh.politiaromana.ro, sent from a relay (ro-relay.eu); the "
        "only DKIM-Signature carries d=ro-relay.eu (whose key makes the RSA signature correct) AND a second "
        "d=bh.politiaromana.ro (RFC 6376 3.2: a duplicated tag makes the signature invalid; a reader taking the "
        "last d= would credit the police domain); the attached letter is an intact, genuinely sealed copy"), \
        {"pdf": [pdfw("seal_ipj_bh")], "dkim": [], "dup_tag": True}


# =====================================================================
# OTHER CATEGORIES (20): written as people write
# =====================================================================

def plain(seed, *, frm, addr, to, subject, t, body_text, charset="utf-8", cte="quoted-printable", extra=None,
          html=None, flowed=False, **kw) -> bytes:
    if html:
        body = alt(body_text, html, seed, charset=charset, cte=cte)
    else:
        body = mk.text(body_text, charset=charset, cte=cte, format_flowed=flowed)
    return send(seed, frm=frm, addr=addr, to=to, subject=subject, t=t, body=body, extra=extra, **kw)


@item("complaint", "complaint")
def c_tractor_pump_nodia():
    t = when(2026, 12, 2, 7, 12)
    txt = ("buna ziua\n\nam cumparat de la vanzatorul piese_tractor_ot o pompa de injectie pt U650, comanda "
           "71240388, am platit 3400 lei prin transfer in contul lui pe 18 noiembrie. mi-a zis ca o trimite a doua "
           "zi cu curierul si de atunci nimic, nu raspunde la telefon, pe mesaje ma tine cu \"maine\". acum a si "
           "sters anuntul\n\nce pot face? vreau banii inapoi, e aproape toata pensia de doua luni\n\n"
           "Stanciu Gheorghe\ncom. Vitomiresti, jud. Olt\ntel 0766 118 402\n")
    raw = plain("c_tractor", frm="Gheorghe Stanciu <stanciu.gheorghe58@yahoo.com>", addr="stanciu.gheorghe58@yahoo.com",
                to=[SECURITY], subject="pompa injectie", t=t, body_text=txt, charset="us-ascii", cte="7bit",
                extra=[("X-Mailer", "YahooMailAndroidMobile")])
    fields = {"complainant": "Stanciu Gheorghe", "transaction_id": "71240388", "counterparty": "piese_tractor_ot",
              "amount": {"value": "3400.00", "currency": "RON"}, "issue": "not_delivered",
              "contact": {"email": "stanciu.gheorghe58@yahoo.com", "phone": "+40766118402"}}
    return raw, fields, {"issue": ["no_answer"], "complainant": ["Gheorghe Stanciu"]}, (
        "pensioner paid by bank transfer, nothing sent, seller silent, listing deleted; no cue words, no "
        "diacritics, Yahoo Android"), {}


@item("complaint", "complaint")
def c_forwarded_payment_link():
    t = when(2026, 12, 3, 20, 41)
    txt = ("Va trimit mai jos ce am primit, cred ca e o teapa, am dat datele cardului si mi-au luat 780 lei!!!\n\n"
           "Trimis de pe Samsung Mobile\n\n"
           "-------- Mesaj original --------\n"
           "De la: Okazii Livrare <livrare.okazii@fancourier-notificari.ro>\n"
           "Data: 03.12.2026 19:02\n"
           "Catre: ralu.matei92@gmail.com\n"
           "Subiect: Comanda 71309554 - confirmati plata\n\n"
           "Stimata clienta, vanzatorul bebe_confort_br a expediat produsul \"carucior 3 in 1\". Pentru "
           "eliberarea coletului confirmati plata de 780,00 RON la linkul: https://okazii-livrare-sigura.top/pay/71309554\n")
    raw = plain("c_paylink", frm="Raluca Matei <ralu.matei92@gmail.com>", addr="ralu.matei92@gmail.com", to=[SUPPORT],
                subject="Fwd: Comanda 71309554 - confirmati plata", t=t, body_text=txt, extra=[GMAIL_ANDROID])
    fields = {"complainant": "Raluca Matei", "transaction_id": "71309554", "counterparty": "bebe_confort_br",
              "amount": {"value": "780.00", "currency": "RON"}, "issue": "fraud_suspected",
              "contact": {"email": "ralu.matei92@gmail.com"}}
    return raw, fields, None, ("a buyer forwards a fake 'confirm payment' courier mail (our brand, a look-alike "
                               "link) and says her card was charged; the quoted mail is the fraudster's"), {}


@item("complaint", "complaint")
def c_seller_chargeback_mixed_en():
    t = when(2026, 11, 30, 18, 5)
    txt = ("Hello / Buna ziua,\n\nI am a seller on your platform (user: oradea_vintage_cameras). On 12.11 I sold a "
           "Leica M6 to the user foto_pasionat_77, order 70988123, 6.200 lei paid by card through okazii. Package "
           "was delivered on 15.11 (AWB 2245009187, signed by him). Today my bank tells me he did a chargeback "
           "saying \"item not received\". He does not answer anymore.\n\nThis is clearly a scam, pls check his "
           "account, I have the signed AWB and photos of the package. I want the money back, not to lose both "
           "the camera and the money.\n\nMultumesc,\nTamás Kelemen\n0745 310 776\n")
    raw = plain("c_chargeback", frm="Kelemen Tamas <kelemen.tamas@contabil-oradea.ro>",
                addr="kelemen.tamas@contabil-oradea.ro", to=[SECURITY], subject="chargeback scam - order 70988123",
                t=t, body_text=txt, charset="utf-8", extra=[OUTLOOK])
    fields = {"complainant": "Tamás Kelemen", "transaction_id": "70988123", "counterparty": "foto_pasionat_77",
              "amount": {"value": "6200.00", "currency": "RON"}, "issue": "fraud_suspected",
              "contact": {"email": "kelemen.tamas@contabil-oradea.ro", "phone": "+40745310776"}}
    return raw, fields, {"issue": ["other", "no_answer"], "complainant": ["Kelemen Tamas", "oradea_vintage_cameras"]}, (
        "a SELLER in mixed English/Romanian: the buyer received the camera (signed AWB) and then charged back "
        "the card payment; thousands dot in 6.200 lei"), {}


@item("complaint", "complaint")
def c_reply_to_ack_guarantee():
    t = when(2026, 12, 4, 9, 55)
    txt = ("Buna ziua,\n\nrevin la mesajul de mai jos: intre timp vanzatorul (casa_gradina_gl) si-a sters contul "
           "cu totul. Am platit 1.150 lei pe comanda 71188406 cu Garantia de livrare si masa de gradina nu a "
           "venit. Va rog sa-mi returnati banii din garantie.\n\nMultumesc,\nIonela Dragomir\n\n"
           "On Mon, 1 Dec 2026 at 14:07, Registratura Okazii <registratura@okazii.ro> wrote:\n"
           "> Buna ziua,\n> Am primit mesajul dumneavoastra si l-am inregistrat cu numarul REG-2026-004390.\n"
           "> Departamentul de Securitate va analiza situatia si va contacta ambele parti.\n")
    raw = plain("c_ack", frm="Ionela Dragomir <ionela.dragomir@gmail.com>", addr="ionela.dragomir@gmail.com",
                to=["Registratura Okazii <registratura@okazii.ro>"],
                subject="Re: [REG-2026-004390] Am primit mesajul dumneavoastră: masa gradina", t=t, body_text=txt,
                extra=[("In-Reply-To", "<ack.REG-2026-004390@okazii.ro>"),
                       ("References", "<ack.REG-2026-004390@okazii.ro>")])
    fields = {"complainant": "Ionela Dragomir", "transaction_id": "71188406", "counterparty": "casa_gradina_gl",
              "amount": {"value": "1150.00", "currency": "RON"}, "delivery_guarantee": True,
              "issue": "not_delivered", "contact": {"email": "ionela.dragomir@gmail.com"}}
    return raw, fields, None, ("a follow-up in our thread (REG number, our acknowledgement quoted); paid with the "
                               "Delivery Guarantee, asks for the money back from it"), {}


@item("complaint", "complaint")
def c_furniture_company_fake_transfer():
    t = when(2026, 12, 1, 12, 30)
    html = html_page("<p>Bună ziua,</p><p>Suntem SC Mobila Brăila Design SRL, vânzător pe platformă (cont "
                     "<b>mobila_braila_design</b>). Pe 26.11.2026 utilizatorul <b>andrei_casa_noua</b> a cumpărat un "
                     "dormitor complet, comanda <b>71201177</b>, în valoare de 8.900 lei, și ne-a trimis pe mesaje o "
                     "„dovadă de plată” de la bancă. Am livrat marfa pe 28.11 cu transportul nostru. Banii nu au "
                     "intrat niciodată, banca ne confirmă că documentul este fals.</p><p>Vă rugăm să blocați "
                     "contul și să ne spuneți ce date ne puteți furniza pentru plângerea la poliție.</p>"
                     "<p>Cu stimă,<br>Ec. Neagu Cristina<br>Administrator<br>tel. 0239 611 204</p>")
    plain_t = ("Buna ziua,\n\nSuntem SC Mobila Braila Design SRL, vanzator pe platforma (cont mobila_braila_design). "
               "Pe 26.11.2026 utilizatorul andrei_casa_noua a cumparat un dormitor complet, comanda 71201177, in "
               "valoare de 8.900 lei, si ne-a trimis pe mesaje o \"dovada de plata\" de la banca. Am livrat marfa pe "
               "28.11 cu transportul nostru. Banii nu au intrat niciodata, banca ne confirma ca documentul este fals."
               "\n\nVa rugam sa blocati contul si sa ne spuneti ce date ne puteti furniza pentru plangerea la politie."
               "\n\nCu stima,\nEc. Neagu Cristina\nAdministrator\ntel. 0239 611 204\n")
    raw = plain("c_mobila", frm="Mobila Braila Design <office@mobila-braila.ro>", addr="office@mobila-braila.ro",
                to=[SECURITY], subject="Plata falsa comanda 71201177", t=t, body_text=plain_t, html=html,
                extra=[OUTLOOK])
    fields = {"transaction_id": "71201177", "counterparty": "andrei_casa_noua",
              "amount": {"value": "8900.00", "currency": "RON"}, "issue": "fraud_suspected",
              "contact": {"email": "office@mobila-braila.ro", "phone": "+40239611204"}}
    return raw, fields, None, ("a seller company deceived by a forged bank transfer receipt; asks what data it can "
                               "get for its police complaint (a complaint, not a law-enforcement request); "
                               "complainant unscored (company or its administrator)"), {}


@item("complaint", "complaint")
def c_mother_for_minor_son():
    t = when(2026, 12, 5, 22, 17)
    txt = ("Bună seara,\n\nVă scriu în numele fiului meu, Vlad (15 ani), care și-a făcut cont pe site cu adresa mea. "
           "A plătit 450 de lei din economiile lui pentru o consolă PS4, comanda 71377020, vânzătorul ps_gamer_il. "
           "Vânzătorul i-a cerut banii pe Revolut, „ca să meargă mai repede”, și de atunci nu a mai scris nimic.\n\n"
           "Vă rog frumos să vedeți ce se poate face, copilul e foarte supărat.\n\n"
           "Cu stimă,\nŞerbănescu Mariana\nSlobozia\n")
    raw = plain("c_mother", frm="=?iso-8859-2?Q?Mariana_=AAerb=E3nescu?= <mariana.serbanescu@yahoo.com>",
                addr="mariana.serbanescu@yahoo.com", to=[SUPPORT], subject="consola fiul meu", t=t,
                body_text=txt, charset="iso-8859-2", cte="quoted-printable")
    fields = {"complainant": "Șerbănescu Mariana", "transaction_id": "71377020", "counterparty": "ps_gamer_il",
              "amount": {"value": "450.00", "currency": "RON"}, "contact": {"email": "mariana.serbanescu@yahoo.com"}}
    return raw, fields, {"complainant": ["Mariana Șerbănescu", "Vlad"]}, (
        "a mother for her 15-year-old son; paid outside the platform on the seller's request, then silence; "
        "issue unscored (not delivered / fraud both right); ISO-8859-2 with cedilla letters"), {}


@item("mediation", "mediation")
def m_sofa_colour():
    t = when(2026, 12, 2, 19, 3)
    txt = ("Buna seara,\n\nAm primit ieri canapeaua extensibila de la mobila_confort_dj, comanda 71255012 "
           "(2.350 lei). In anunt scria si se vedea in poze culoarea gri antracit, a venit bej deschis. I-am scris "
           "vanzatorului, zice ca \"asa apare pe monitor\" si ca nu o ia inapoi.\n\n"
           "Eu as accepta sa o pastrez daca imi da inapoi 400 lei, altfel sa vina sa o ia pe banii lui si sa-mi "
           "returneze tot. Am poze cu ea langa eticheta.\n\nMultumesc,\nCosmin Pavel\n")
    raw = plain("m_sofa", frm="Cosmin Pavel <cosmin.pavel.ro@gmail.com>", addr="cosmin.pavel.ro@gmail.com",
                to=[SUPPORT], subject="canapea alta culoare", t=t, body_text=txt, charset="us-ascii", cte="7bit")
    fields = {"complainant": "Cosmin Pavel", "transaction_id": "71255012", "counterparty": "mobila_confort_dj",
              "amount": {"value": "2350.00", "currency": "RON"}, "issue": "not_as_described",
              "contact": {"email": "cosmin.pavel.ro@gmail.com"}}
    return raw, fields, None, ("colour differs from the listing; offers to keep it for 400 lei back or return "
                               "(proposed_resolution unscored: two alternatives)"), {}


@item("mediation", "mediation")
def m_drill_cracked_case():
    t = when(2026, 12, 1, 8, 44)
    txt = ("Buna ziua, am comandat o bormasina Bosch de la scule_pro_gj (comanda 71210093, 689 lei). Cutia a "
           "ajuns sparta si carcasa bormasinii e crapata pe o parte, mandrina se blocheaza. Vanzatorul zice ca e "
           "vina curierului si sa ma descurc cu ei. Eu vreau doar una noua in locul ei, nu-mi trebuie banii.\n"
           "Poze am atasat pe mesaje la vanzator.\nMultumesc, Ilie Marin\n\nSent from my iPhone")
    raw = plain("m_drill", frm="Ilie Marin <ilie.marin@icloud.com>", addr="ilie.marin@icloud.com", to=[SUPPORT],
                subject="bormasina", t=t, body_text=txt, charset="us-ascii", cte="7bit", extra=[IPHONE])
    fields = {"complainant": "Ilie Marin", "transaction_id": "71210093", "counterparty": "scule_pro_gj",
              "amount": {"value": "689.00", "currency": "RON"}, "issue": "damaged",
              "proposed_resolution": "una noua in locul ei", "contact": {"email": "ilie.marin@icloud.com"}}
    return raw, fields, {"proposed_resolution": ["vreau doar una noua in locul ei"]}, (
        "arrived broken; the seller blames the courier; the buyer wants a replacement, not money"), {}


@item("mediation", "mediation")
def m_wrong_tyre_size():
    t = when(2026, 12, 3, 13, 10)
    html = html_page("<div>Salut,</div><div>am luat 4 anvelope de iarnă de la <b>anvelope_iarna_br</b> (comanda "
                     "71290440, 1.480 lei). Am comandat 205/55 R16, pe factură scrie 205/55 R16, dar pe anvelope "
                     "scrie 195/65 R15. Nu intră pe mașina mea. Omul zice să i le trimit înapoi și îmi trimite altele, "
                     "dar transportul să-l plătesc eu. De ce să plătesc eu dacă el a greșit?</div><div><br></div>"
                     "<div>Radu</div><div>0721 556 093</div>")
    txt = ("Salut,\nam luat 4 anvelope de iarna de la anvelope_iarna_br (comanda 71290440, 1.480 lei). Am comandat "
           "205/55 R16, pe factura scrie 205/55 R16, dar pe anvelope scrie 195/65 R15. Nu intra pe masina mea. Omul "
           "zice sa i le trimit inapoi si imi trimite altele, dar transportul sa-l platesc eu. De ce sa platesc eu "
           "daca el a gresit?\n\nRadu\n0721 556 093\n")
    raw = plain("m_tyres", frm="radu.ionita.cj@outlook.com", addr="radu.ionita.cj@outlook.com", to=[SUPPORT],
                subject="Re: anvelope", t=t, body_text=txt, html=html, extra=[OUTLOOK])
    fields = {"transaction_id": "71290440", "counterparty": "anvelope_iarna_br",
              "amount": {"value": "1480.00", "currency": "RON"}, "issue": "wrong_item",
              "contact": {"email": "radu.ionita.cj@outlook.com", "phone": "+40721556093"}}
    return raw, fields, None, ("wrong size delivered; the dispute is only about who pays the return shipping; "
                               "HTML alternative from Outlook.com"), {}


@item("mediation", "mediation")
def m_return_refused_english():
    t = when(2026, 11, 30, 10, 22)
    txt = ("Hi,\n\nI bought a winter jacket from the seller moda_outlet_ct (order 71160287, 520 RON). It does not fit "
           "and I asked to return it within 14 days, unworn, with tags. The seller says \"no returns for "
           "promotional items\" but the listing says nothing like that.\n\nI would like to send it back and get a "
           "refund. Can you help?\n\nThanks,\nAnna Kowalska\n(living in Constanta, sorry I don't write Romanian)\n")
    raw = plain("m_return_en", frm="Anna Kowalska <anna.kowalska.pl@gmail.com>", addr="anna.kowalska.pl@gmail.com",
                to=[SUPPORT], subject="Return refused", t=t, body_text=txt, charset="us-ascii", cte="7bit")
    fields = {"complainant": "Anna Kowalska", "transaction_id": "71160287", "counterparty": "moda_outlet_ct",
              "amount": {"value": "520.00", "currency": "RON"}, "issue": "return_refused",
              "contact": {"email": "anna.kowalska.pl@gmail.com"}}
    return raw, fields, None, "English; a 14-day return refused for a 'promotional' item", {}


@item("mediation", "mediation")
def m_seller_watch_authenticity():
    t = when(2026, 12, 4, 16, 48)
    txt = ("Buna ziua,\n\nSunt vanzatorul ceasuri_colectie_bh. Cumparatorul time_lover_23 (comanda 71335560, "
           "1.900 lei, Seiko 5 Sports) sustine ca ceasul nu este original si vrea banii inapoi. Ceasul e original, "
           "am factura de la dealer. Ca sa nu ne certam propun sa-l iau inapoi si sa-i returnez banii dupa ce il "
           "verific, dar transportul dus-intors sa-l suporte el.\n\nAstept un raspuns de la dumneavoastra, "
           "nu vreau sa-mi strice ratingul pentru asa ceva.\n\nOrban Attila\n")
    raw = plain("m_watch", frm="Orban Attila <orban.attila@yahoo.com>", addr="orban.attila@yahoo.com", to=[SUPPORT],
                subject="comanda 71335560 - disputa ceas", t=t, body_text=txt, charset="us-ascii", cte="7bit")
    fields = {"transaction_id": "71335560", "amount": {"value": "1900.00", "currency": "RON"},
              "contact": {"email": "orban.attila@yahoo.com"}}
    return raw, fields, None, ("the SELLER starts the mediation (buyer says the watch is fake); complainant, "
                               "counterparty and issue unscored (who is who is the reading's choice)"), {}


@item("support", "support")
def s_new_phone_no_sms():
    t = when(2026, 12, 2, 6, 58)
    txt = ("Buna dimineata. Mi-am schimbat numarul de telefon si acum nu mai pot intra in cont ca imi cere codul "
           "prin SMS pe numarul vechi (0745 ...). Contul e pe adresa asta de mail, user florin_bc_89. Cum pot "
           "schimba numarul? Multumesc\n")
    raw = plain("s_sms", frm="Florin B <florin.b89@yahoo.com>", addr="florin.b89@yahoo.com", to=[SUPPORT],
                subject="nu pot intra in cont", t=t, body_text=txt, charset="us-ascii", cte="7bit",
                extra=[("X-Mailer", "YahooMailAndroidMobile")])
    return raw, {"contact": {"email": "florin.b89@yahoo.com"}}, None, "2FA code to an old number", {}


@item("support", "support")
def s_commission_invoice_company():
    t = when(2026, 12, 1, 10, 14)
    txt = ("Buna ziua,\n\nVa rog sa ne emiteti factura pentru comisioanele lunii noiembrie pe firma, nu pe "
           "persoana fizica:\nAGROMEC SLATINA SRL, CUI RO 1523360, J28/412/1991, Str. Primaverii 12, Slatina.\n"
           "Contul de vanzator: agromec_slatina.\n\nMultumesc,\nContabilitate - Popa Daniela\n")
    raw = plain("s_invoice", frm="Contabilitate Agromec <contabilitate@agromec-slatina.ro>",
                addr="contabilitate@agromec-slatina.ro", to=[SUPPORT], subject="factura comision noiembrie", t=t,
                body_text=txt, charset="us-ascii", cte="7bit", extra=[OUTLOOK])
    return raw, {"contact": {"email": "contabilitate@agromec-slatina.ro"}}, None, (
        "a company wants its commission invoice issued to the firm"), {}


@item("support", "support")
def s_how_to_report_listing():
    t = when(2026, 12, 3, 21, 29)
    txt = ("Buna seara, am vazut un anunt cu un iPhone 15 Pro la 1500 lei, omul vrea avans pe WhatsApp inainte sa "
           "trimita. Nu am cumparat nimic. Cum pot sa va semnalez anuntul? Nu gasesc butonul in aplicatie. Link: "
           "https://www.okazii.ro/iphone-15-pro-256gb-a412203317\n\nDaria\n")
    raw = plain("s_report", frm="Daria <daria.nedelcu@icloud.com>", addr="daria.nedelcu@icloud.com", to=[SUPPORT],
                subject="anunt suspect", t=t, body_text=txt, charset="us-ascii", cte="7bit", extra=[IPHONE])
    return raw, {"contact": {"email": "daria.nedelcu@icloud.com"}}, None, (
        "borderline: a suspicious listing seen, NOTHING bought, the question is how to report it in the app "
        "(support, not a complaint)"), {}


@item("support", "support")
def s_delete_account():
    t = when(2026, 12, 4, 11, 2)
    txt = ("Doresc stergerea definitiva a contului meu (user: crina_ct_shop) si a tuturor datelor mele. Nu mai "
           "folosesc platforma. Va rog confirmati cand e gata.\nCrina Munteanu\n")
    raw = plain("s_delete", frm="Crina Munteanu <crina.munteanu@proton.me>", addr="crina.munteanu@proton.me",
                to=[SUPPORT], subject="stergere cont", t=t, body_text=txt, charset="us-ascii", cte="7bit")
    return raw, {"contact": {"email": "crina.munteanu@proton.me"}}, None, "closing one's own account and erasure", {}


@item("support", "support")
def s_hungarian_shipping():
    t = when(2026, 12, 5, 14, 7)
    txt = ("Jó napot / Bună ziua,\n\nSzeretnék Magyarországra is szállítani. Pot trimite produse și în Ungaria prin "
           "platformă, cu Garanția de livrare, sau doar în România? Ce curier folosiți pentru străinătate?\n\n"
           "Köszönöm / Mulțumesc,\nSzabó Enikő\nmagazin: handmade_csik\n")
    raw = plain("s_hu", frm="=?UTF-8?Q?Szab=C3=B3_Enik=C5=91?= <szabo.eniko.csik@gmail.com>",
                addr="szabo.eniko.csik@gmail.com", to=[SUPPORT], subject="=?UTF-8?Q?sz=C3=A1ll=C3=ADt=C3=A1s_/_livrare_Ungaria?=",
                t=t, body_text=txt)
    return raw, {"contact": {"email": "szabo.eniko.csik@gmail.com"}}, None, (
        "Hungarian and Romanian mixed; a seller's question about shipping abroad (names the Delivery Guarantee "
        "without complaining)"), {}


@item("unknown", "unknown")
def u_courier_status_robot():
    t = when(2026, 12, 2, 4, 11)
    txt = ("Expedierea AWB 2251003377 a fost livrata.\nDestinatar: OKAZII ONLINE SRL\nData livrarii: 02.12.2026 "
           "03:58\nSemnat de: receptie\n\nAcest mesaj a fost generat automat, va rugam nu raspundeti.\n")
    raw = plain("u_courier", frm="Notificari curier <noreply@fancourier-notificari.ro>",
                addr="noreply@fancourier-notificari.ro", to=[SUPPORT], subject="AWB 2251003377 livrat", t=t,
                body_text=txt, charset="us-ascii", cte="7bit",
                extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], mail_from="")
    return raw, {}, None, "a courier's automatic delivery notification sent to our own address (robot)", {}


@item("unknown", "unknown")
def u_police_roundtable_invite():
    t = when(2026, 12, 1, 9, 30)
    txt = ("Stimați parteneri,\n\nInspectoratul de Poliție Județean Gorj – Compartimentul Analiza și Prevenirea "
           "Criminalității vă invită la masa rotundă „Fraudele în comerțul online – prevenire și cooperare”, care "
           "va avea loc în data de 16.12.2026, ora 10:00, la sediul Prefecturii Gorj.\n\nVă rugăm să ne confirmați "
           "participarea unui reprezentant până la data de 10.12.2026, la adresa prevenire@gj.politiaromana.ro.\n\n"
           "Cu stimă,\nComisar de poliție Dumitrescu Alina\nCompartimentul Analiza și Prevenirea Criminalității\n")
    raw = plain("u_roundtable", frm="Prevenire IPJ Gorj <prevenire@gj.politiaromana.ro>",
                addr="prevenire@gj.politiaromana.ro", to=[LEGAL], subject="Invitatie masa rotunda 16.12.2026", t=t,
                body_text=txt, extra=[OUTLOOK])
    return raw, {}, None, ("borderline: a genuine police mailbox (valid DKIM) invites us to a round table; asks "
                           "for no data, names no case: a person decides"), {}


@item("unknown", "unknown")
def u_investment_spam_ru():
    t = when(2026, 12, 3, 3, 17)
    txt = ("Dear partner!\n\nЗарабатывайте от 3000 EUR в неделю на криптовалюте! Our AI trading robot gives 40% "
           "monthly. Register now: http://quant-ai-profit.example/ro\n\nBest regards,\nInvestment Team\n")
    raw = plain("u_spam", frm="Investment Team <profit.team2026@mail.ru>", addr="profit.team2026@mail.ru",
                to=[LEGAL], subject="Pasive income 40% / Пассивный доход", t=t, body_text=txt)
    return raw, {}, None, "investment spam, English and Russian", {}


@item("unknown", "unknown")
def u_photo_only():
    t = when(2026, 12, 5, 17, 55)
    import inkkit as K
    from PIL import Image
    rng = random.Random("u_photo_only")
    p = K.Page(K.Style(family="sans", size=12), dpi=(60, 60))
    p.d.rectangle([0, 0, p.w, p.h], fill=(214, 196, 170))
    p.d.rectangle([p.w * 0.2, p.h * 0.3, p.w * 0.8, p.h * 0.6], fill=(90, 70, 60))
    img = K.phone_photo(p.im, rng, out_w=480, out_h=640)
    import io as _io
    b = _io.BytesIO()
    img.save(b, "JPEG", quality=55)
    body = mixed([mk.text("Buna ziua\n\nTrimis de pe Samsung Mobile\n"), mk.attachment(b.getvalue(), "IMG_20261205_175233.jpg",
                                                                                    ctype="image/jpeg")], "u_photo")
    raw = send("u_photo", frm="Vasile <vasile.t1961@gmail.com>", addr="vasile.t1961@gmail.com", to=[SUPPORT],
               subject="", t=t, body=body, extra=[GMAIL_ANDROID])
    return raw, {"contact": {"email": "vasile.t1961@gmail.com"}}, None, (
        "only 'Buna ziua' and a dark photo of a box on a table; no subject: nothing to go on"), {}


SPLIT_SEED = 20261340
NUMBER_SEED = 20261341


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
