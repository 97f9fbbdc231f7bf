#!/usr/bin/env python3
"""Blind round 15, mail half: writes ``mail/*.eml``, ``mail/truth.jsonl`` and ``mail/material.json``.

Written blind (see README.md). Uses ``mailkit.py`` (round 14's kit, copied as a tool), the paper kit
``paper/inkkit.py`` and the world made by ``make_world.py``. Deterministic headers, letters and numbers; CMS/PDF
signature bytes may differ between runs (signing times are fixed). The import/``item()``/``mid()``/``ip_of()``/
``send()``/``alt()``/``mixed()``/``sealed()``/``le_mail()``/``pages_sealed()`` header, ``ff()``, ``plain()``, ``amt()``
and ``main()`` are round 14's; every letter and item is new.
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
NUMBER_SEED = 20261541
SPLIT_SEED = 20261540


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
# helpers
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




def pages_sealed(pages: list[str], signer: str, created: dt.datetime, *, footer="", family="serif", title="",
                 creator="Microsoft® Word 2016", visible=False, box=(340, 40, 560, 100)) -> bytes:
    pdf = mk.letter_pdf_pages(pages, footer=footer, family=family, created=created, title=title, creator=creator)
    return mk.sign_pdf(pdf, signer, visible=visible, box=box,
                       at=(created + dt.timedelta(minutes=6)).astimezone(dt.timezone.utc))



def ff(kind: str, case: str | None = None, urgent: bool | None = None, **kw) -> dict:
    f = {"authority_kind": kind}
    if case:
        f["case_number"] = case
    if urgent is not None:
        f["urgent"] = urgent
    f.update(kw)
    return f


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


# =====================================================================
# GENUINE LAW ENFORCEMENT (12)
# =====================================================================

CJ_SIC = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ
C|Serviciul de Investigații Criminale
K|NESECRET
K|Cluj-Napoca, 26 noiembrie 2026
K|Nr. 2.417.903 – înregistrat la registratura I.P.J. Cluj
K|{okz}
K|{addr}
Stimați domni,
În cadrul Serviciului de Investigații Criminale al I.P.J. Cluj se efectuează cercetări în dosarul penal nr. 6610/P/2026, aflat în supravegherea Parchetului de pe lângă Judecătoria Cluj-Napoca, privind infracțiunea de înșelăciune prevăzută de art. 244 din Codul penal: mai multe persoane au achitat avansuri pentru biciclete electrice care nu au mai fost livrate.
Potrivit art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicităm, pentru utilizatorul cu numele de cont ardeleanu.bike și adresa de e-mail ebike.ardeleanu@gmail.com, după cum urmează:
L|– numele, prenumele și codul numeric personal declarate la înregistrare;
L|– adresele de livrare și de facturare;
L|– istoricul anunțurilor de vânzare publicate în intervalul 01.08.2026 – 25.11.2026;
L|– lista plăților primite prin platformă în același interval.
Informațiile vor fi comunicate exclusiv electronic, la adresa sic@cj.politiaromana.ro.
S|Comisar-șef de poliție
S|POP VASILE-DORIN
S|Șef Serviciu
"""


@item("le_gen", "law_enforcement")
def g_ipj_cj_sic_dash_list_html_only_cp1250():
    t = when(2026, 11, 27, 10, 3)
    pdf = sealed(CJ_SIC.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_ipj_cj", sent(t), title="2417903")
    html = html_page("<p>Bună ziua,</p><p>Atașat vă transmitem adresa I.P.J. Cluj – S.I.C. nr. 2.417.903 din "
                     "26.11.2026, semnată cu sigiliul electronic al inspectoratului.</p><p>Cu considerație,<br>"
                     "<b>Secretariat S.I.C.</b><br>I.P.J. Cluj</p>", charset="windows-1250")
    raw = le_mail("g1", frm=mk.addr("IPJ Cluj - Serviciul de Investigatii Criminale", "sic@cj.politiaromana.ro"),
                  addr="sic@cj.politiaromana.ro", subject="Adresa nr. 2417903 din 26.11.2026 (dosar 6610/P/2026)",
                  t=t, cover="", html_cover=html, pdf=pdf, pdf_name="2417903_SIC.pdf", charset="windows-1250",
                  extra=[ZIMBRA])
    f = le("police", authority="Inspectoratul de Poliție Județean Cluj", reference_number="2.417.903",
           reference_date="2026-11-26", case_number="6610/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "ardeleanu.bike"), sub("email", "ebike.ardeleanu@gmail.com")],
           requested_data=["numele, prenumele și codul numeric personal declarate la înregistrare",
                           "adresele de livrare și de facturare",
                           "istoricul anunțurilor de vânzare publicate în intervalul 01.08.2026 – 25.11.2026",
                           "lista plăților primite prin platformă în același interval"],
           period={"from": "2026-08-01", "to": "2026-11-25"}, response_channel="electronic",
           reply_to="sic@cj.politiaromana.ro", signatory="Comisar-șef de poliție Pop Vasile-Dorin")
    acc = {"authority": ["IPJ Cluj", "Inspectoratul de Poliție Județean Cluj - Serviciul de Investigații Criminale"],
           "reference_number": ["2417903"],
           "signatory": ["Șef Serviciu Comisar-șef de poliție Pop Vasile-Dorin", "Comisar-șef de poliție POP VASILE-DORIN"]}
    return raw, f, acc, ("IPJ Cluj SIC; date written out in words in the place line ('26 noiembrie 2026'), the number "
                         "on its own line followed by a dash and words; data introduced by 'după cum urmează' as DASH "
                         "lines; signatory block rank / NAME IN CAPITALS / function (function BELOW the name); "
                         "HTML-only Windows-1250 quoted-printable cover (Zimbra)"), {"pdf": [pdfw("seal_ipj_cj")]}


DEJ = """
C|INSPECTORATUL DE POLIŢIE JUDEŢEAN CLUJ
C|POLIŢIA MUNICIPIULUI DEJ
C|Biroul de Investigaţii Criminale
K|Nr. 118.266 din 30.11.2026
K|{okz}
K|{addr}
Ca urmare a solicitării dumneavoastră din data de 27.11.2026, prin care ne-aţi comunicat că cererea noastră transmisă fără semnătură electronică nu poate fi procesată, revenim cu prezenta adresă semnată.
Poliţia Municipiului Dej efectuează cercetări în dosarul penal nr. 2044/P/2026 privind infracţiunea de înşelăciune (art. 244 C.pen.), în care persoana vătămată Sabău Ionela a achitat suma de 3.100 lei pentru un tractor de grădină care nu a fost livrat.
În baza art. 170 alin. (2) lit. b) C.proc.pen., vă rugăm să ne comunicaţi, referitor la utilizatorul gradina_somes (telefon de contact 0740.118.552), următoarele date: datele de identificare ale titularului contului; numerele de telefon asociate contului; adresa IP de la care a fost creat contul nu este necesară.
Solicităm, de asemenea, detaliile comenzii nr. 3381045527 (data, suma, modalitatea de plată).
Răspunsul va fi transmis pe adresa de e-mail bic.dej@cj.politiaromana.ro.
S|ŞEFUL POLIŢIEI MUNICIPIULUI DEJ
S|Comisar de poliţie Rus Florin
"""


@item("le_gen", "law_enforcement")
def g_dej_cedilla_letter_reply_on_our_ack_iso88592():
    t = when(2026, 11, 30, 13, 21)
    pdf = sealed(DEJ.format(okz=mk.to_cedilla(OKZ_HDR), addr=OKZ_ADDR), "seal_ipj_cj", sent(t), title="118266 Dej")
    ours = mid("ack-dej", "okazii.ro")
    cover = ("Buna ziua,\n\nRevenim cu adresa semnata electronic (atasata).\n\nAg. sef adj. Muresan Claudiu\n"
             "Politia Municipiului Dej - B.I.C.\n\n"
             "-----Original Message-----\nFrom: Okazii - Departamentul Juridic <juridic@okazii.ro>\n"
             "Sent: Friday, November 27, 2026 4:12 PM\nSubject: Re: solicitare date utilizator gradina_somes\n\n"
             "> Stimate domn,\n> Am inregistrat mesajul dumneavoastra sub nr. REG-2026-004417.\n"
             "> Pentru a putea da curs cererii, va rugam sa ne transmiteti o adresa oficiala semnata\n"
             "> (semnatura electronica calificata sau sigiliul institutiei), cu numarul dosarului penal.\n"
             "> Departamentul Juridic - Okazii\n")
    body = mixed([mk.text(cover, charset="iso-8859-2", cte="8bit"), pdf_att(pdf, "adresa_118266.pdf")], "g2")
    raw = send("g2", frm=mk.addr("Politia Municipiului Dej - BIC", "bic.dej@cj.politiaromana.ro"),
               addr="bic.dej@cj.politiaromana.ro", to=[LEGAL],
               subject="RE: solicitare date utilizator gradina_somes", t=t, body=body,
               extra=[OUTLOOK, ("In-Reply-To", ours), ("References", ours)])
    f = le("police", authority="Poliţia Municipiului Dej", reference_number="118.266", reference_date="2026-11-30",
           case_number="2044/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "gradina_somes"), sub("phone", "+40740118552")], transactions=["3381045527"],
           response_channel="electronic", reply_to="bic.dej@cj.politiaromana.ro",
           signatory="Comisar de poliţie Rus Florin")
    acc = {"authority": ["Poliția Municipiului Dej", "Inspectoratul de Poliție Județean Cluj", "IPJ Cluj"],
           "reference_number": ["118266"], "signatory": ["Comisar de poliție Rus Florin"]}
    return raw, f, acc, ("Dej town police (a unit of IPJ Cluj not in the registry; IPJ Cluj's seal, its subdomain); "
                         "the letter typed with CEDILLA letters ş ţ; a REPLY ON TOP OF OUR OWN acknowledgement that "
                         "asked for a signed address (In-Reply-To, Outlook-style quote, our REG number); phone written "
                         "with dots 0740.118.552; data in ONE sentence separated by semicolons, one of them a "
                         "negative ('adresa IP ... nu este necesară', not a datum: requested_data unscored); ISO-8859-2 "
                         "8-bit cover without diacritics"), {"pdf": [pdfw("seal_ipj_cj")]}


TM_SIF = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ
C|Serviciul de Investigare a Fraudelor
K|Număr: 88.417/SIF          Data: 30.11.2026
K|Exemplar nr. 1
K|{okz}
K|{addr}
Subsemnatul, subcomisar de poliție Dragomir Sorin-Petru, ofițer de poliție judiciară în cadrul Serviciului de Investigare a Fraudelor, având în vedere actele dosarului penal nr. 15077/P/2026 al Parchetului de pe lângă Judecătoria Timișoara, privind infracțiunea de spălare a banilor (art. 49 din Legea nr. 129/2019), vă solicit, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, să comunicați următoarele, cu privire la contul de utilizator în care a fost declarat contul bancar RO92 BTRL 0350 1201 7733 2910 și numărul de telefon +40.723.118.904:
L|a) identitatea titularului contului de utilizator;
L|b) toate conturile de utilizator în care apare același cont bancar;
L|c) sumele încasate în contul bancar prin intermediul platformei, pe fiecare tranzacție;
L|d) adresele de e-mail de recuperare a parolei.
Răspunsul se transmite prin e-mail la adresa sif@tm.politiaromana.ro sau prin poștă, la sediul I.P.J. Timiș.
S|Ofițer specialist I
S|Subcomisar de poliție Dragomir Sorin-Petru
"""


@item("le_gen", "law_enforcement")
def g_ipj_tm_officer_cert_iban_first_person_labelled_line():
    t = when(2026, 12, 1, 8, 47)
    iban_ = mk.ro_iban("BTRL", "0350120177332910")
    assert iban_ == "RO92 BTRL 0350 1201 7733 2910", iban_
    pdf = mk.letter_pdf(TM_SIF.format(okz=OKZ_HDR, addr=OKZ_ADDR), created=sent(t), title="88417 SIF", family="sans")
    pdf = sign_at(pdf, "pers_tm_dragomir", sent(t) + dt.timedelta(minutes=5), visible=True,
                  reason="Semnez adresa nr. 88417/SIF", location="Timișoara")
    cover = ("Buna ziua,\natasat adresa nr. 88417/SIF/30.11.2026, semnata electronic.\n\nsubcom. Dragomir S.\n"
             "IPJ Timis - SIF\ntel. 0256 576 100 int. 20417\n")
    raw = le_mail("g3", frm=mk.addr("Dragomir Sorin-Petru", "sorin.dragomir@tm.politiaromana.ro"),
                  addr="sorin.dragomir@tm.politiaromana.ro", subject="adresa 88417 SIF", t=t, cover=cover, pdf=pdf,
                  pdf_name="88417.pdf", extra=[TB])
    f = le("police", authority="Inspectoratul de Poliție Județean Timiș", reference_number="88.417/SIF",
           reference_date="2026-11-30", case_number="15077/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("iban", iban_), sub("phone", "+40723118904")],
           requested_data=["identitatea titularului contului de utilizator",
                           "toate conturile de utilizator în care apare același cont bancar",
                           "sumele încasate în contul bancar prin intermediul platformei, pe fiecare tranzacție",
                           "adresele de e-mail de recuperare a parolei"],
           response_channel="both", signatory="Subcomisar de poliție Dragomir Sorin-Petru")
    acc = {"authority": ["IPJ Timiș", "Serviciul de Investigare a Fraudelor"],
           "reference_number": ["88417/SIF", "88.417", "88417"],
           "signatory": ["Ofițer specialist I Subcomisar de poliție Dragomir Sorin-Petru"]}
    return raw, f, acc, ("IPJ Timiș SIF; 'Subsemnatul ...' first-person letter of the officer, signed with his OWN "
                         "bound personal certificate (visible); number and date LABELLED on ONE line ('Număr: ... "
                         "Data: ...'); the user only by IBAN and a phone written +40.723.118.904 (no username); "
                         "answer by e-mail or post (both; reply_to unscored); plain cover from Thunderbird"), \
        {"pdf": [pdfw("pers_tm_dragomir")]}


NAVODARI = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA
C|POLIȚIA ORAȘULUI NĂVODARI
C|Compartimentul Investigații Criminale
2|Nr. 74.902 din 01.12.2026¦Năvodari
K|{okz}
Polița Orașului Năvodari instrumentează dosarul penal nr. 3318/P/2026, privind infracțiunea de înșelăciune, în care mai mulți cumpărători au plătit prin platforma dumneavoastră pentru locuri de cazare pe litoral care nu existau.
Plățile identificate până în prezent sunt următoarele:
X|Comanda¦Data¦Suma¦Anunț
X|5520374418¦14.07.2026¦1.450 lei¦Vila Delfinul 2 camere
X|5520912230¦02.08.2026¦2.100 lei¦Apartament 50 m de plajă
Conform art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rog să comunicați, privind vânzătorul litoral.relax.nvd:
L|1) datele de identificare și de contact ale titularului contului;
L|2) contul bancar în care au fost virate sumele aferente celor două comenzi;
L|3) alte comenzi plătite aceluiași vânzător în perioada 01.06.2026 – 30.09.2026.
Răspunsul se va transmite la adresa de e-mail navodari@ct.politiaromana.ro.
S|Șeful Poliției Orașului Năvodari
S|Comisar de poliție Iordache Marian
"""


@item("le_gen", "law_enforcement")
def g_navodari_orders_table_related_logo_visible_seal():
    t = when(2026, 12, 1, 15, 36)
    pdf = sealed(NAVODARI.format(okz=OKZ_HDR), "seal_ipj_ct", sent(t), visible=True, title="74902",
                 reason="Sigiliu electronic IPJ Constanța")
    from PIL import Image
    import io as _io
    logo = Image.new("RGB", (120, 40), (20, 40, 120))
    b = _io.BytesIO()
    logo.save(b, "PNG")
    html = html_page('<p><img src="cid:logo-pol@ct" alt="Politia Romana" width="120" height="40"></p>'
                     "<p>Bună ziua,</p><p>Vă transmitem adresa nr. 74.902 din 01.12.2026 a Poliției Orașului "
                     "Năvodari.</p><p>Cu stimă,<br>Secretariat<br>Poliția Orașului Năvodari</p>")
    img = mk.Part([("Content-Type", 'image/png; name="logo.png"'), ("Content-ID", "<logo-pol@ct>"),
                   ("Content-Disposition", 'inline; filename="logo.png"'), ("Content-Transfer-Encoding", "base64")],
                  mk._encode(b.getvalue(), "base64"))
    rel = mk.multipart("related", [mk.text(html, "html"), img], "g4rel")
    al = mk.multipart("alternative", [mk.text("Bună ziua,\n\nVă transmitem adresa nr. 74.902 din 01.12.2026 a "
                                              "Poliției Orașului Năvodari.\n\nCu stimă,\nSecretariat\n"), rel], "g4alt")
    body = mixed([al, pdf_att(pdf, "Adresa 74902.pdf")], "g4")
    raw = send("g4", frm=mk.addr("Politia Orasului Navodari", "navodari@ct.politiaromana.ro"),
               addr="navodari@ct.politiaromana.ro", to=[LEGAL], subject="Adresa 74902 / 01.12.2026", t=t, body=body,
               extra=[OUTLOOK])
    f = le("police", authority="Poliția Orașului Năvodari", reference_number="74.902", reference_date="2026-12-01",
           case_number="3318/P/2026", legal_basis=["art. 170 CPP"], subjects=[sub("username", "litoral.relax.nvd")],
           transactions=["5520374418", "5520912230"],
           requested_data=["datele de identificare și de contact ale titularului contului",
                           "contul bancar în care au fost virate sumele aferente celor două comenzi",
                           "alte comenzi plătite aceluiași vânzător în perioada 01.06.2026 – 30.09.2026"],
           period={"from": "2026-06-01", "to": "2026-09-30"}, response_channel="electronic",
           reply_to="navodari@ct.politiaromana.ro", signatory="Comisar de poliție Iordache Marian")
    acc = {"authority": ["Inspectoratul de Poliție Județean Constanța", "IPJ Constanța"],
           "reference_number": ["74902"]}
    return raw, f, acc, ("Năvodari town police (IPJ Constanța unit, not in the registry; IPJ Constanța's seal, "
                         "VISIBLE); number left / place right on one line; a TABLE of two orders with listing titles; "
                         "a typo in the body ('Polița'); numbered with parentheses 1) 2) 3); cover "
                         "multipart/alternative whose HTML is multipart/RELATED with an inline logo image"), \
        {"pdf": [pdfw("seal_ipj_ct")]}


DJ_SIC = """
C|ROMÂNIA
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ
C|SERVICIUL DE INVESTIGAȚII CRIMINALE
R|NESECRET
R|Craiova
R|Nr. 1.336.520 din 02 decembrie 2026
K|{okz}
K|{addr}
Domnule Director,
Vă aducem la cunoștință că I.P.J. Dolj – S.I.C. efectuează urmărirea penală în dosarul nr. 9127/P/2026, sub supravegherea Parchetului de pe lângă Tribunalul Dolj, cu privire la săvârșirea infracțiunii de înșelăciune (art. 244 alin. 2 C.pen.) prin anunțuri de vânzare a unor autoturisme inexistente.
Pentru clarificarea situației de fapt, în baza art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să dispuneți comunicarea următoarelor date privind utilizatorul cu ID 50218834, autor al anunțului https://www.okazii.ro/autoturisme/vw-passat-b8-2019-a5521907:
B|I. datele de înregistrare ale contului (nume, prenume, telefon, e-mail, data creării);
B|II. toate anunțurile publicate din acest cont;
B|III. mesajele de contact primite de la cumpărători prin formularul platformei nu sunt solicitate.
Datele vor fi predate pe suport optic (CD/DVD), prin curier, la sediul I.P.J. Dolj – S.I.C., str. Ion Maiorescu nr. 2, Craiova, jud. Dolj.
S|Cu deosebită considerație,
S|ȘEF SERVICIU
S|Comisar-șef de poliție Mitrache Costinel
"""


@item("le_gen", "law_enforcement")
def g_ipj_dj_user_id_listing_url_courier_cd():
    t = when(2026, 12, 2, 12, 18)
    pdf = sealed(DJ_SIC.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_ipj_dj", sent(t), title="1336520")
    cover = ("Stimate domn / Stimata doamna,\n\nAtasat regasiti adresa IPJ Dolj - SIC nr. 1.336.520/02.12.2026.\n\n"
             "Va multumim,\nSecretariat SIC\n")
    raw = le_mail("g5", frm=mk.addr("IPJ Dolj - SIC", "sic@dj.politiaromana.ro"), addr="sic@dj.politiaromana.ro",
                  subject="adresa 1336520 SIC Dolj", t=t, cover=cover, pdf=pdf, pdf_name="scan_1336520.pdf",
                  extra=[ROUNDCUBE])
    f = le("police", authority="Inspectoratul de Poliție Județean Dolj", reference_number="1.336.520",
           reference_date="2026-12-02", case_number="9127/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "50218834")],
           requested_data=["datele de înregistrare ale contului (nume, prenume, telefon, e-mail, data creării)",
                           "toate anunțurile publicate din acest cont"],
           response_channel="courier", reply_to="str. Ion Maiorescu nr. 2, Craiova, jud. Dolj",
           signatory="Comisar-șef de poliție Mitrache Costinel")
    acc = {"authority": ["IPJ Dolj", "Serviciul de Investigații Criminale"], "reference_number": ["1336520"]}
    return raw, f, acc, ("IPJ Dolj SIC; registration block right-aligned with the date in words and a leading zero "
                         "('02 decembrie 2026'); 'Domnule Director'; the user by USER ID and a LISTING URL; items in "
                         "Roman numerals I./II./III. as bold lines, the third a NEGATIVE (not asked: not a datum); "
                         "answer on CD/DVD by courier to the seat (reply_to the postal address)"), \
        {"pdf": [pdfw("seal_ipj_dj")]}


IS_SIC = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI
C|SERVICIUL DE INVESTIGAȚII CRIMINALE – Biroul Investigații Fraude
K|Nr. 402.118/B.I.F. din 03.12.2026
K|{okz}
În dosarul penal nr. 11893/P/2026 al Parchetului de pe lângă Judecătoria Iași, privind infracțiunea de înșelăciune (art. 244 C.pen.), s-a stabilit că făptuitorul a folosit contul de utilizator moldova_gadgets, înregistrat cu adresa de e-mail gadgets.moldova.is@outlook.com.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicităm să ne transmiteți, pentru perioada 01.10.2026 – 30.11.2026:
L|1. datele de identificare declarate de titularul contului;
L|2. tranzacțiile efectuate, cu datele cumpărătorilor;
L|3. modalitatea de încasare a sumelor (cont bancar, ramburs).
Răspunsul va fi transmis la adresa bif@is.politiaromana.ro.
S|p. ȘEF SERVICIU
S|Comisar de poliție Ungureanu Tudor
"""


@item("le_gen", "law_enforcement")
def g_ipj_is_colleague_forwards_inline_same_authority():
    t = when(2026, 12, 3, 16, 5)
    pdf = sealed(IS_SIC.format(okz=OKZ_HDR), "seal_ipj_is", sent(t), title="402118 BIF")
    cover = ("Bună ziua,\n\nVă retransmit adresa de mai jos, trimisă inițial din greșeală pe adresa de suport.\n\n"
             "Agent-șef principal Cojocaru Elena\nI.P.J. Iași – B.I.F.\n\n"
             "---------- Mesaj redirecționat ----------\n"
             "De la: Secretariat SIC <sic@is.politiaromana.ro>\nData: joi, 3 dec. 2026, 15:31\n"
             "Subiect: adresa 402118/BIF\nCătre: suport@okazii.ro\n\n"
             "Vă transmitem atașat adresa nr. 402.118/B.I.F. din 03.12.2026.\nSecretariat S.I.C. – I.P.J. Iași\n")
    raw = le_mail("g6", frm=mk.addr("Cojocaru Elena", "elena.cojocaru@is.politiaromana.ro"),
                  addr="elena.cojocaru@is.politiaromana.ro", subject="Fwd: adresa 402118/BIF", t=t, cover=cover,
                  pdf=pdf, pdf_name="402118_BIF.pdf", extra=[GMAIL_ANDROID])
    f = le("police", authority="Inspectoratul de Poliție Județean Iași", reference_number="402.118/B.I.F.",
           reference_date="2026-12-03", case_number="11893/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "moldova_gadgets"), sub("email", "gadgets.moldova.is@outlook.com")],
           requested_data=["datele de identificare declarate de titularul contului",
                           "tranzacțiile efectuate, cu datele cumpărătorilor",
                           "modalitatea de încasare a sumelor (cont bancar, ramburs)"],
           period={"from": "2026-10-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="bif@is.politiaromana.ro", signatory="Comisar de poliție Ungureanu Tudor")
    acc = {"authority": ["IPJ Iași", "Biroul Investigații Fraude", "Serviciul de Investigații Criminale"],
           "reference_number": ["402118/B.I.F.", "402.118", "402118/BIF"]}
    return raw, f, acc, ("IPJ Iași SIC/BIF; an officer of the SAME inspectorate forwards INLINE (Gmail-style "
                         "'Mesaj redirecționat' block) the secretariat's mail that went to our support mailbox, with "
                         "the sealed PDF attached; DKIM by the inspectorate's own domain; 'p. ȘEF SERVICIU'; the "
                         "answer address (bif@) differs from both senders"), {"pdf": [pdfw("seal_ipj_is")]}


DPT_L = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
C|DIRECȚIA DE POLIȚIE TRANSPORTURI
C|Serviciul Investigații Criminale
K|Nr. 613.207 din 27.11.2026, București
K|{okz}
Direcția de Poliție Transporturi efectuează cercetări în dosarul penal nr. 1409/P/2026 privind furturi din bagajele călătorilor în trenurile InterRegio pe relația București Nord – Suceava, bunurile sustrase (telefoane, tablete, căști) fiind ulterior oferite spre vânzare pe platforma dumneavoastră.
Unul dintre anunțuri a fost publicat de utilizatorul cu telefonul 0721 404 883.
Vă rugăm ca, în conformitate cu art. 170 alin. (2) lit. b) din Codul de procedură penală, să ne furnizați următoarele informații despre titularul acestui număr de telefon: identitatea declarată; celelalte anunțuri publicate în ultimele 90 de zile; adresele de livrare indicate cumpărătorilor.
Vă rugăm să răspundeți prin e-mail, la sic@dpt.politiaromana.ro.
S|Director adjunct,
S|Chestor de poliție Stoica Adrian-Marius
"""


@item("le_gen", "law_enforcement")
def g_dpt_transport_police_phone_only_semicolon_list():
    t = when(2026, 11, 28, 9, 12)
    pdf = sealed(DPT_L.format(okz=OKZ_HDR), "seal_dpt", sent(t), title="613207 DPT", family="sans")
    cover = "Buna ziua,\n\nVa rog sa gasiti atasat adresa noastra.\n\nDPT - SIC\n\nTrimis de pe iPhone\n"
    raw = le_mail("g7", frm=mk.addr("DPT SIC", "sic@dpt.politiaromana.ro"), addr="sic@dpt.politiaromana.ro",
                  subject="Adresa nr. 613207/27.11.2026", t=t, cover=cover, pdf=pdf, pdf_name="Scan 613207.pdf",
                  extra=[IPHONE])
    f = le("police", authority="Direcția de Poliție Transporturi", reference_number="613.207",
           reference_date="2026-11-27", case_number="1409/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("phone", "+40721404883")],
           requested_data=["identitatea declarată", "celelalte anunțuri publicate în ultimele 90 de zile",
                           "adresele de livrare indicate cumpărătorilor"],
           response_channel="electronic", reply_to="sic@dpt.politiaromana.ro",
           signatory="Chestor de poliție Stoica Adrian-Marius")
    acc = {"authority": ["DPT", "Poliția Transporturi", "Inspectoratul General al Poliției Române"],
           "reference_number": ["613207"], "signatory": ["Director adjunct Chestor de poliție Stoica Adrian-Marius"]}
    return raw, f, acc, ("the transport police directorate (registry entry under IGPR, its own subdomain and seal); "
                         "thefts from trains; the user ONLY by a phone number; the data after a colon separated by "
                         "semicolons in a sentence; place after the date on the number line; a chestor as deputy "
                         "director; 'Trimis de pe iPhone'"), {"pdf": [pdfw("seal_dpt")]}


IGPF_L = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ
C|Direcția Combaterea Criminalității Transfrontaliere
K|Nr. 5.118.640/D.C.C.T. din 30.11.2026
K|{okz}
K|{addr}
În dosarul penal nr. 702/P/2026 al Parchetului de pe lângă Tribunalul Timiș, privind contrabanda cu produse din tutun introduse în țară prin punctul de trecere a frontierei Stamora Moravița, au fost identificate anunțuri de vânzare publicate de utilizatorul tutun.banat22, având adresa de e-mail banat.tutun22@yahoo.com.
În baza art. 170 alin. (2) lit. b) C.p.p., vă solicităm informațiile de mai jos:
X|Nr. crt.¦Informații solicitate
X|1¦datele de identificare ale titularului contului
X|2¦lista anunțurilor publicate între 01.09.2026 și 29.11.2026
X|3¦comenzile plasate de cumpărători și adresele de livrare ale acestora
Răspunsul poate fi transmis electronic la dcct@politiadefrontiera.ro.
S|DIRECTOR
S|Comisar-șef de poliție Vlad Ovidiu
"""


@item("le_gen", "law_enforcement")
def g_igpf_requested_data_in_numbered_table():
    t = when(2026, 12, 1, 11, 27)
    pdf = sealed(IGPF_L.format(okz=OKZ_HDR, addr=OKZ_ADDR), "seal_igpf", sent(t), title="5118640")
    cover = ("Stimati domni,\n\nIn atasament: adresa IGPF - DCCT nr. 5.118.640 din 30.11.2026.\n\n"
             "Cu stima,\nDCCT - IGPF\n")
    raw = le_mail("g8", frm=mk.addr("IGPF - DCCT", "dcct@politiadefrontiera.ro"), addr="dcct@politiadefrontiera.ro",
                  subject="Adresa 5118640/DCCT", t=t, cover=cover, pdf=pdf, pdf_name="5118640.pdf", extra=[OUTLOOK])
    f = le("police", authority="Inspectoratul General al Poliției de Frontieră", reference_number="5.118.640/D.C.C.T.",
           reference_date="2026-11-30", case_number="702/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "tutun.banat22"), sub("email", "banat.tutun22@yahoo.com")],
           requested_data=["datele de identificare ale titularului contului",
                           "lista anunțurilor publicate între 01.09.2026 și 29.11.2026",
                           "comenzile plasate de cumpărători și adresele de livrare ale acestora"],
           period={"from": "2026-09-01", "to": "2026-11-29"}, response_channel="electronic",
           reply_to="dcct@politiadefrontiera.ro", signatory="Comisar-șef de poliție Vlad Ovidiu")
    acc = {"authority": ["IGPF", "Direcția Combaterea Criminalității Transfrontaliere"],
           "reference_number": ["5118640/D.C.C.T.", "5.118.640", "5118640"],
           "signatory": ["Director Comisar-șef de poliție Vlad Ovidiu"]}
    return raw, f, acc, ("IGPF's directorate; the requested data in a bordered TABLE 'Nr. crt. | Informații "
                         "solicitate' (one datum per row); 7-digit number with dots and the directorate's code"), \
        {"pdf": [pdfw("seal_igpf")]}


DIICOT_ORD = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|Serviciul de Combatere a Criminalității Informatice
K|Dosar nr. 388/D/P/2026
T|ORDONANȚĂ
C|din data de 01.12.2026
Procuror Niculescu Alina-Maria, din cadrul D.I.I.C.O.T. – Serviciul de Combatere a Criminalității Informatice,
Examinând actele dosarului penal nr. 388/D/P/2026, privind infracțiunile de constituire a unui grup infracțional organizat și fraudă informatică, săvârșite prin preluarea conturilor unor vânzători de pe platforma S.C. OKAZII ONLINE S.R.L.,
Constat că sunt îndeplinite condițiile art. 170 alin. (1) și alin. (2) lit. b) din Codul de procedură penală,
C|DISPUN:
S.C. OKAZII ONLINE S.R.L., cu sediul în {addr}, va comunica, în termen de 5 zile, cu privire la conturile de utilizator ionut.retro.shop și vintage_cluj_07:
L|1. datele de identificare ale titularilor;
L|2. istoricul modificărilor adresei de e-mail și ale numărului de telefon ale conturilor;
L|3. datele de plată asociate conturilor.
Datele se vor transmite pe adresa scci@diicot.ro.
S|PROCUROR,
S|Niculescu Alina-Maria
"""


@item("le_gen", "law_enforcement")
def g_diicot_ordonanta_dispun_two_accounts():
    t = when(2026, 12, 2, 9, 54)
    pdf = sealed(DIICOT_ORD.format(addr=OKZ_ADDR), "seal_diicot", sent(t), title="Ordonanta 388DP2026")
    cover = ("Bună ziua,\n\nVă comunicăm ordonanța din 01.12.2026, dosar nr. 388/D/P/2026, spre executare.\n\n"
             "Grefier Stanciu M.\nDIICOT – S.C.C.I.\n")
    raw = le_mail("g9", frm=mk.addr("DIICOT SCCI", "scci@diicot.ro"), addr="scci@diicot.ro",
                  subject="Ordonanta dosar 388/D/P/2026", t=t, cover=cover, pdf=pdf, pdf_name="ordonanta.pdf",
                  extra=[OUTLOOK])
    f = le("prosecutor", authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
           reference_date="2026-12-01", case_number="388/D/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "ionut.retro.shop"), sub("username", "vintage_cluj_07")],
           requested_data=["datele de identificare ale titularilor",
                           "istoricul modificărilor adresei de e-mail și ale numărului de telefon ale conturilor",
                           "datele de plată asociate conturilor"],
           response_channel="electronic", reply_to="scci@diicot.ro", signatory="Procuror Niculescu Alina-Maria")
    acc = {"authority": ["DIICOT", "DIICOT - Serviciul de Combatere a Criminalității Informatice"],
           "signatory": ["Niculescu Alina-Maria"]}
    return raw, f, acc, ("DIICOT ordonanță with 'Constat / DISPUN:', the case file as the only registration "
                         "(reference_number unscored), two usernames, a 5-day term; signatory 'PROCUROR,' over the "
                         "name"), {"pdf": [pdfw("seal_diicot")]}


DNA_L = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA NAȚIONALĂ ANTICORUPȚIE
C|Secția de combatere a infracțiunilor asimilate infracțiunilor de corupție
K|Nr. 2117/II/3/2026                                   București, 28.11.2026
K|{okz}
În dosarul nr. 301/P/2026, privind infracțiunea de abuz în serviciu cu obținerea unui folos necuvenit (art. 297 C.pen. raportat la art. 13² din Legea nr. 78/2000), sunt necesare date cu privire la utilizatorul care a publicat anunțuri folosind numărul de telefon 0752-903-117 și adresa de e-mail ofertant.auto.dna@gmail.com.
Față de acestea, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicităm:
L|• datele de identificare ale utilizatorului;
L|• lista tranzacțiilor încheiate în perioada 01.01.2026 – 27.11.2026;
L|• conturile bancare declarate pentru încasări.
Vă rugăm să transmiteți răspunsul electronic, pe adresa sccac@pna.ro.
S|Procuror șef secție adjunct
S|Bălan Cristian
"""


@item("le_gen", "law_enforcement")
def g_dna_cades_p7m_der_octet_stream():
    t = when(2026, 11, 30, 10, 41)
    pdf = mk.letter_pdf(DNA_L.format(okz=OKZ_HDR), created=sent(t), title="2117/II/3/2026")
    p7m = mk.cades(pdf, "seal_dna", detached=False,
                   signing_time=(sent(t) + dt.timedelta(minutes=4)).astimezone(dt.timezone.utc))
    cover = ("Bună ziua,\n\nAtașat: adresa nr. 2117/II/3/2026, semnată cu sigiliul electronic al D.N.A. "
             "(fișier .p7m).\n\nD.N.A. – Secția a II-a\n")
    body = mixed([mk.text(cover), mk.attachment(p7m, "adresa_2117.pdf.p7m", ctype="application/octet-stream")], "g10")
    raw = send("g10", frm=mk.addr("DNA - Sectia a II-a", "sccac@pna.ro"), addr="sccac@pna.ro", to=[LEGAL],
               subject="adresa 2117/II/3/2026", t=t, body=body, extra=[OUTLOOK])
    f = le("prosecutor", authority="Direcția Națională Anticorupție", reference_number="2117/II/3/2026",
           reference_date="2026-11-28", case_number="301/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("phone", "+40752903117"), sub("email", "ofertant.auto.dna@gmail.com")],
           requested_data=["datele de identificare ale utilizatorului",
                           "lista tranzacțiilor încheiate în perioada 01.01.2026 – 27.11.2026",
                           "conturile bancare declarate pentru încasări"],
           period={"from": "2026-01-01", "to": "2026-11-27"}, response_channel="electronic",
           reply_to="sccac@pna.ro", signatory="Procuror șef secție adjunct Bălan Cristian")
    acc = {"authority": ["DNA", "Direcția Națională Anticorupție - Secția de combatere a infracțiunilor asimilate "
                                "infracțiunilor de corupție"],
           "signatory": ["Bălan Cristian"]}
    return raw, f, acc, ("DNA; a CAdES ENVELOPING .p7m in DER labelled application/OCTET-STREAM (the PDF inside, "
                         "no PDF part); number with section/year codes '2117/II/3/2026', number and date on one line "
                         "with the place; a Law 78/2000 article (not a legal basis); bullets; phone 0752-903-117"), \
        {"pdf": [], "cades": [{"file": "adresa_2117.pdf.p7m", "signer": "seal_dna", "detached": False}]}


PTCJ = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL CLUJ
K|Dosar nr. 1877/P/2026
K|Nr. 1877/II/2/2026 din 02.12.2026
K|{okz}
K|{addr}
Stimate domn / Stimată doamnă,
Parchetul de pe lângă Tribunalul Cluj efectuează urmărirea penală în dosarul nr. 1877/P/2026, privind infracțiunea de fals informatic (art. 325 C.pen.), comisă prin publicarea unor anunțuri însoțite de documente de proprietate contrafăcute.
În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, dispun comunicarea, pentru utilizatorul înregistrat cu adresa de e-mail casa.fanatelor@yahoo.com, a următoarelor: datele declarate la crearea contului; anunțurile imobiliare publicate din acest cont; persoanele care au contactat utilizatorul prin platformă în legătură cu anunțul nr. 88107724.
Răspunsul se va transmite electronic, la adresa ioana.moldovan@mpublic.ro.
S|Procuror,
S|Moldovan Ioana-Corina
"""


@item("le_gen", "law_enforcement")
def g_ptcj_prosecutor_personal_cert_html_only():
    t = when(2026, 12, 2, 17, 48)
    pdf = mk.letter_pdf(PTCJ.format(okz=OKZ_HDR, addr=OKZ_ADDR), created=sent(t), title="1877/II/2/2026")
    pdf = sign_at(pdf, "pers_ptcj_moldovan", sent(t) + dt.timedelta(minutes=6), reason="Semnat", location="Cluj-Napoca")
    html = html_page("<div>Bună seara,</div><div><br></div><div>Vă transmit adresa în dosarul 1877/P/2026, "
                     "semnată electronic.</div><div><br></div><div>Procuror Ioana-Corina Moldovan<br>"
                     "Parchetul de pe lângă Tribunalul Cluj</div>")
    raw = le_mail("g11", frm=mk.addr("Moldovan Ioana-Corina", "ioana.moldovan@mpublic.ro"),
                  addr="ioana.moldovan@mpublic.ro", subject="Dosar 1877/P/2026 - solicitare date", t=t, cover="",
                  html_cover=html, pdf=pdf, pdf_name="1877_II_2_2026.pdf", extra=[OUTLOOK] + EXCHANGE)
    f = le("prosecutor", authority="Parchetul de pe lângă Tribunalul Cluj", reference_number="1877/II/2/2026",
           reference_date="2026-12-02", case_number="1877/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "casa.fanatelor@yahoo.com")],
           requested_data=["datele declarate la crearea contului", "anunțurile imobiliare publicate din acest cont",
                           "persoanele care au contactat utilizatorul prin platformă în legătură cu anunțul nr. "
                           "88107724"],
           response_channel="electronic", reply_to="ioana.moldovan@mpublic.ro",
           signatory="Procuror Moldovan Ioana-Corina")
    acc = {"signatory": ["Moldovan Ioana-Corina"]}
    return raw, f, acc, ("the Cluj tribunal's prosecutors' office; the prosecutor signs with her OWN bound personal "
                         "certificate (invisible); 'Dosar nr.' and the letter's own number on two lines; the only "
                         "user an e-mail address; a listing number in the last datum (not a transaction); Exchange "
                         "HTML-only cover, Wednesday evening"), {"pdf": [pdfw("pers_ptcj_moldovan")]}


JUD_IS = [
    "ROMÂNIA", "JUDECĂTORIA IAȘI", "SECȚIA PENALĂ", "Dosar nr. 18422/245/2026", "",
    "ÎNCHEIERE", "Ședința publică din data de 25.11.2026", "",
    "Instanța, deliberând asupra cererii de probatorii formulate",
    "de procuror în cauza privind pe inculpatul Lupu Cezar,",
    "trimis în judecată pentru înșelăciune (art. 244 C.pen.),",
    "în temeiul art. 170 alin. (2) lit. b) C.p.p.,",
    "",
    "DISPUNE:",
    "S.C. OKAZII ONLINE S.R.L. va comunica instanței, pentru",
    "utilizatorul cezar.lupu.is (e-mail lupu.cezar85@gmail.com):",
    "1. datele de identificare ale titularului contului;",
    "2. istoricul comenzilor din perioada 01.03.2026 - 30.06.2026.",
    "Răspunsul se transmite la adresa",
    "jud-iasi-penal@just.ro sau prin poștă.",
    "Termen: 14.01.2027.",
    "",
    "JUDECĂTOR,                 GREFIER,",
    "Ciobanu Mihaela-Roxana     Hrițcu Dana",
]


@item("le_gen", "law_enforcement")
def g_jud_iasi_scanned_incheiere_signed_by_judge():
    from PIL import Image, ImageDraw, ImageFont
    t = when(2026, 12, 1, 14, 2)
    W, H = 1654, 2339
    im = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", 44)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", 50)
    y = 150
    for ln in JUD_IS:
        ff_ = fb if ln in ("ÎNCHEIERE", "DISPUNE:", "JUDECĂTORIA IAȘI") else f
        d.text((170, y), ln, font=ff_, fill=25)
        y += 66
    im = im.rotate(0.6, fillcolor=250, resample=Image.BICUBIC)
    pdf = mk.image_pdf([im], creator="KONICA MINOLTA bizhub C258", created=sent(t))
    pdf = sign_at(pdf, "pers_jud_iasi", sent(t) + dt.timedelta(minutes=9), reason="Semnat", location="Iași")
    cover = ("Bună ziua,\nVă comunicăm încheierea din 25.11.2026 (dosar 18422/245/2026), scanată și semnată "
             "electronic de judecătorul cauzei.\nGrefier Hrițcu Dana\nJudecătoria Iași – Secția penală\n")
    raw = le_mail("g12", frm=mk.addr("Judecatoria Iasi - Sectia penala", "jud-iasi-penal@just.ro"),
                  addr="jud-iasi-penal@just.ro", subject="Comunicare incheiere dosar 18422/245/2026", t=t,
                  cover=cover, pdf=pdf, pdf_name="incheiere 25.11.2026.pdf", extra=[TB])
    f = le("court", authority="Judecătoria Iași", reference_date="2026-11-25", case_number="18422/245/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "cezar.lupu.is"), sub("email", "lupu.cezar85@gmail.com")],
           requested_data=["datele de identificare ale titularului contului",
                           "istoricul comenzilor din perioada 01.03.2026 - 30.06.2026"],
           period={"from": "2026-03-01", "to": "2026-06-30"}, response_channel="both",
           signatory="Judecător Ciobanu Mihaela-Roxana")
    acc = {"authority": ["Judecătoria Iași - Secția penală"], "signatory": ["Ciobanu Mihaela-Roxana"]}
    return raw, f, acc, ("Judecătoria Iași in trial: an IMAGE-ONLY SCAN of the paper încheiere (no text layer), "
                         "electronically signed by the judge's bound personal certificate: the signed content must be "
                         "read by OCR; court file number 18422/245/2026, no separate registration (reference_number "
                         "unscored); judge and clerk side by side; e-mail or post (both)"), \
        {"pdf": [pdfw("pers_jud_iasi")], "scan_text": "\n".join(JUD_IS)}


# =====================================================================
# FORGED / DEFECTIVE LAW ENFORCEMENT (9), new classes
# =====================================================================

PJTM_PRE = """
C|ROMÂNIA
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA TIMIȘOARA
K|Nr. 15322/P/2026
T|ORDONANȚĂ
C|02.12.2026
Procuror Bogdan Raluca, examinând actele dosarului penal nr. 15322/P/2026 privind infracțiunea de înșelăciune,
În temeiul art. 170 alin. (2) lit. b) C.p.p.,
C|DISPUN:
Comunicarea de către S.C. OKAZII ONLINE S.R.L. a datelor de identificare, a numerelor de telefon și a tuturor adreselor de livrare ale utilizatorilor banat_deals_tm și ghita.licitatii, în termen de 48 de ore.
Răspunsul se transmite la adresa pjtimisoara@mpublic.ro.
S|PROCUROR
S|Bogdan Raluca
"""


@item("le_forged", "law_enforcement")
def f_sealed_before_its_own_date():
    t = when(2026, 12, 3, 11, 7)
    pdf = mk.letter_pdf(PJTM_PRE, created=when(2026, 11, 20, 9, 2), title="15322P2026")
    pdf = sign_at(pdf, "seal_pj_tm", when(2026, 11, 20, 9, 14))
    cover = ("Bună ziua,\n\nVă transmitem ordonanța din 02.12.2026 în dosarul 15322/P/2026.\n\nGrefa Parchetului de "
             "pe lângă Judecătoria Timișoara\n")
    raw = le_mail("f1", frm=mk.addr("Parchetul Judecatoriei Timisoara", "pjtimisoara@mpublic.ro"),
                  addr="pjtimisoara@mpublic.ro", subject="Ordonanta 02.12.2026 - dosar 15322/P/2026", t=t,
                  cover=cover, pdf=pdf, pdf_name="ordonanta_15322.pdf", extra=[OUTLOOK])
    return raw, ff("prosecutor", "15322/P/2026", True), None, (
        "SEALED_BEFORE_ITS_OWN_DATE: the office's own mailbox and bound seal, but the seal's signing time is "
        "20.11.2026 09:14 while the ordonanță it covers bears the date 02.12.2026 (twelve days LATER) and was mailed on "
        "03.12.2026: a document cannot be sealed before the act is issued and dated; a sealed blank prepared in "
        "advance (and any seal-holding clerk's template) is not the prosecutor's order of 02.12; 48 h urgency"), \
        {"pdf": [pdfw("seal_pj_tm")], "signed_before": ["2026-11-20", "02.12.2026"]}


CT_FUT = """
C|MINISTERUL AFACERILOR INTERNE
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA
C|Serviciul de Investigații Criminale
K|Nr. 903.114 din 30.11.2026
K|{okz}
Serviciul de Investigații Criminale efectuează cercetări în dosarul penal nr. 2291/P/2027, privind infracțiunea de înșelăciune săvârșită prin vânzarea unor ambarcațiuni inexistente.
În baza art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor utilizatorului yacht.charter.ct.
Răspunsul se va transmite la sic@ct.politiaromana.ro.
S|ȘEF SERVICIU
S|Comisar-șef de poliție Ene Sebastian
"""


@item("le_forged", "law_enforcement")
def f_case_number_from_next_year():
    t = when(2026, 12, 1, 9, 40)
    pdf = sealed(CT_FUT.format(okz=OKZ_HDR), "seal_ipj_ct", sent(t), title="903114")
    cover = "Buna ziua,\nAtasat adresa 903114/30.11.2026.\nSIC - IPJ Constanta\n"
    raw = le_mail("f2", frm=mk.addr("IPJ Constanta - SIC", "sic@ct.politiaromana.ro"), addr="sic@ct.politiaromana.ro",
                  subject="adresa 903114", t=t, cover=cover, pdf=pdf, pdf_name="903114.pdf", extra=[OUTLOOK])
    return raw, ff("police", "2291/P/2027", False), None, (
        "CASE_NUMBER_FROM_NEXT_YEAR (DEFECTIVE): IPJ Constanța's mailbox and bound seal over a letter dated "
        "30.11.2026 that cites 'dosarul penal nr. 2291/P/2027': a prosecution file registered in a year that has not "
        "begun; no such case can exist (a typo at best): the case, the very ground of the request, is not stated "
        "(incomplete acceptable)"), {"pdf": [pdfw("seal_ipj_ct")], "future_case": "2291/P/2027"}


DIICOT_152 = """
C|PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE
C|DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM
C|Structura Centrală – Serviciul de Combatere a Criminalității Informatice
K|Dosar nr. 412/D/P/2026
T|ORDONANȚĂ
C|din 30.11.2026
Procuror Radu Claudiu-Ștefan,
Având în vedere încheierea nr. 744/UP din 27.11.2026 a judecătorului de drepturi și libertăți din cadrul Tribunalului București, prin care s-a încuviințat obținerea datelor privind traficul și localizarea, pe o durată de 30 de zile, exclusiv cu privire la contul de utilizator crypto.ardeal,
În temeiul art. 152 din Codul de procedură penală,
C|DISPUN:
S.C. OKAZII ONLINE S.R.L. va transmite, pentru conturile de utilizator crypto.ardeal, moneda.rapida și schimb.valutar.24, datele de trafic (adresele IP, data și ora fiecărei conectări, porturile sursă) și datele de identificare ale titularilor, pentru perioada 01.09.2026 – 29.11.2026.
Datele se transmit la adresa scci@diicot.ro.
S|PROCUROR
S|Radu Claudiu-Ștefan
"""


@item("le_forged", "law_enforcement")
def f_order_reaches_users_the_approval_excludes():
    t = when(2026, 12, 1, 13, 25)
    pdf = sealed(DIICOT_152, "seal_diicot", sent(t), title="Ordonanta 412DP2026")
    cover = "Bună ziua,\n\nVă comunicăm ordonanța din 30.11.2026 (dosar 412/D/P/2026).\n\nDIICOT – SCCI\n"
    raw = le_mail("f3", frm=mk.addr("DIICOT SCCI", "scci@diicot.ro"), addr="scci@diicot.ro",
                  subject="Ordonanta art. 152 - dosar 412/D/P/2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="ordonanta_412.pdf", extra=[OUTLOOK])
    return raw, ff("prosecutor", "412/D/P/2026", False, legal_basis=["art. 152 CPP"]), None, (
        "ORDER_REACHES_USERS_THE_APPROVAL_EXCLUDES: DIICOT's own mailbox and bound seal over an art. 152 ordonanță "
        "whose recital quotes the judge's approval as granted 'EXCLUSIV' for the account crypto.ardeal, while the "
        "operative part orders traffic data for that account AND two others (moneda.rapida, schimb.valutar.24): "
        "for the two, traffic data are asked with no judge's approval (art. 152 (1)); the order exceeds the "
        "approval it invokes"), {"pdf": [pdfw("seal_diicot")], "approval_scope": ["crypto.ardeal", "moneda.rapida"]}


DJ_MFT = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ
C|Serviciul de Combatere a Criminalității Organizate Craiova
K|Nr. 1.340.015 din 03.12.2026
K|{okz}
În dosarul penal nr. 9402/P/2026, privind infracțiunea de înșelăciune în formă continuată, în temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați datele de identificare și lista încasărilor utilizatorului oltenia.parts.
Răspunsul se transmite pe adresa de e-mail scco@dj.politiaromana.ro.
S|ȘEF SERVICIU
S|Comisar-șef de poliție Bădescu Laurențiu
"""


@item("le_forged", "law_enforcement")
def f_mail_followup_to_free_mail():
    t = when(2026, 12, 4, 17, 52)
    pdf = sealed(DJ_MFT.format(okz=OKZ_HDR), "seal_ipj_dj", when(2026, 12, 3, 10, 4), title="1340015")
    cover = ("Buna seara,\n\nAtasat adresa 1340015 din 03.12.2026.\nVa rugam ca raspunsul sa il trimiteti cu "
             "\"Raspunde listei\" / \"Reply to list\", astfel incat sa ajunga si la colegul din echipa comuna de "
             "ancheta.\n\nSCCO Craiova\n")
    body = mixed([mk.text(cover), pdf_att(pdf, "1340015.pdf")], "f4")
    raw = send("f4", frm=mk.addr("IPJ Dolj - SCCO", "scco@dj.politiaromana.ro"), addr="scco@dj.politiaromana.ro",
               to=[LEGAL], subject="Adresa 1340015 - dosar 9402/P/2026", t=t, body=body,
               extra=[("Mail-Followup-To", "scco.craiova.ancheta@gmail.com"), TB])
    return raw, ff("police", "9402/P/2026", False), None, (
        "MAIL_FOLLOWUP_TO_FREE_MAIL: IPJ Dolj's mailbox (valid DKIM) re-sends on a Friday evening a genuine sealed "
        "letter of 03.12.2026 whose own answer address is scco@dj.politiaromana.ro; a Mail-Followup-To header (NOT "
        "covered by the DKIM signature; no Reply-To) names a gmail address, and the cover asks to answer with 'Reply "
        "to list', which mail clients (Thunderbird, mutt) send to Mail-Followup-To: the answer is diverted to free "
        "mail through a header that reply checks looking only at Reply-To miss"), \
        {"pdf": [pdfw("seal_ipj_dj")], "unsigned_headers": ["mail-followup-to"]}


IS_CLOSED = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI
C|Poliția Municipiului Pașcani – Biroul de Investigații Criminale
K|Nr. 77.310 din 02.12.2026
K|{okz}
În dosarul penal nr. 4120/P/2025, privind infracțiunea de înșelăciune, în care prin ordonanța din 14.10.2026 a Parchetului de pe lângă Judecătoria Pașcani s-a dispus clasarea cauzei, persoana vătămată a formulat o nouă sesizare.
Pentru completarea verificărilor, în baza art. 170 alin. (2) lit. b) C.p.p., vă solicităm datele de identificare, numerele de telefon și adresele de livrare ale utilizatorului pascani.electro.
Răspunsul se transmite pe adresa bic.pascani@is.politiaromana.ro.
S|ȘEFUL BIROULUI
S|Inspector principal de poliție Amariei Costel
"""


@item("le_forged", "law_enforcement")
def f_case_already_closed_by_clasare():
    t = when(2026, 12, 2, 10, 30)
    pdf = sealed(IS_CLOSED.format(okz=OKZ_HDR), "seal_ipj_is", sent(t), title="77310")
    cover = "Buna ziua,\nAtasat adresa nr. 77310/02.12.2026.\nBIC Pascani\n"
    raw = le_mail("f5", frm=mk.addr("Politia Municipiului Pascani - BIC", "bic.pascani@is.politiaromana.ro"),
                  addr="bic.pascani@is.politiaromana.ro", subject="adresa 77310", t=t, cover=cover, pdf=pdf,
                  pdf_name="77310.pdf", extra=[OUTLOOK])
    return raw, ff("police", "4120/P/2025", False), None, (
        "CASE_ALREADY_CLOSED_BY_CLASARE: IPJ Iași's mailbox and bound seal; the letter itself says the prosecutor "
        "CLOSED the case (clasare, 14.10.2026) and the victim has only filed a new notice: no criminal prosecution "
        "is pending, so no production order may be given in it ('pentru completarea verificărilor' is no "
        "procedural act); art. 170 presupposes an ongoing case"), {"pdf": [pdfw("seal_ipj_is")], "closed": True}


MEDG = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MEDGIDIA
K|Nr. 2290/P/2026
T|ORDONANȚĂ
C|din 01.12.2026
Având în vedere actele dosarului penal nr. 2290/P/2026, privind infracțiunea de înșelăciune, și dispozițiile art. 170 alin. (2) lit. b) din Codul de procedură penală,
C|DISPUN:
S.C. OKAZII ONLINE S.R.L. va comunica datele de identificare, conturile bancare și istoricul tranzacțiilor utilizatorului dobrogea.cereale, pentru perioada 01.07.2026 – 30.11.2026.
Răspunsul se transmite la pjmedgidia@mpublic.ro.
S|Ofițer de poliție judiciară delegat,
S|Comisar de poliție Nistor Vasile
"""


@item("le_forged", "law_enforcement")
def f_police_officer_signs_prosecutors_ordonanta():
    t = when(2026, 12, 2, 8, 58)
    pdf = sealed(MEDG, "seal_pj_medgidia", sent(t), title="2290P2026")
    cover = "Bună ziua,\nVă comunicăm ordonanța din 01.12.2026 (dosar 2290/P/2026).\nRegistratura PJ Medgidia\n"
    raw = le_mail("f6", frm=mk.addr("Parchetul Judecatoriei Medgidia", "pjmedgidia@mpublic.ro"),
                  addr="pjmedgidia@mpublic.ro", subject="Ordonanta dosar 2290/P/2026", t=t, cover=cover, pdf=pdf,
                  pdf_name="ordonanta 2290.pdf", extra=[OUTLOOK])
    return raw, ff("prosecutor", "2290/P/2026", False), None, (
        "POLICE_OFFICER_SIGNS_PROSECUTORS_ORDONANTA: the Medgidia prosecutors' office mailbox and its bound seal "
        "over an ORDONANȚĂ of the prosecutors' office whose only signatory is a POLICE officer ('Comisar de poliție', "
        "'ofițer de poliție judiciară delegat'); no prosecutor is named: an act issued in the prosecutor's name "
        "must bear the name and signature of the one who orders (art. 170 (4)); a delegated officer acts under his "
        "own unit's name, not on the prosecutor's ordonanță"), {"pdf": [pdfw("seal_pj_medgidia")], "police_signs": True}


CAC = """
C|ROMÂNIA
C|CURTEA DE APEL CLUJ
C|SECȚIA PENALĂ ȘI DE MINORI
K|Dosar nr. 3310/33/2026
K|Nr. 22.914 din 01.12.2026
K|{okz}
Curtea de Apel Cluj, judecând apelul în dosarul nr. 3310/33/2026, a dispus prin încheierea de ședință din 30.11.2026, în temeiul art. 170 alin. (2) lit. b) C.p.p., comunicarea de către dumneavoastră a datelor de identificare și a istoricului comenzilor utilizatorului someseana.antik.
Vă rugăm să transmiteți datele la adresa cacluj-penal@just.ro.
S|Președinte complet,
S|Judecător Suciu Octavian
"""


@item("le_forged", "law_enforcement")
def f_seal_time_after_arrival():
    t = when(2026, 12, 2, 14, 10)
    pdf = mk.letter_pdf(CAC.format(okz=OKZ_HDR), created=when(2026, 12, 1, 12, 0), title="22914")
    pdf = sign_at(pdf, "seal_ca_cluj", when(2026, 12, 4, 9, 30))
    cover = "Bună ziua,\nVă comunicăm adresa nr. 22.914 din 01.12.2026.\nGrefa Secției penale\n"
    raw = le_mail("f7", frm=mk.addr("Curtea de Apel Cluj - Sectia penala", "cacluj-penal@just.ro"),
                  addr="cacluj-penal@just.ro", subject="Adresa 22914 - dosar 3310/33/2026", t=t, cover=cover,
                  pdf=pdf, pdf_name="adresa 22914.pdf", extra=[OUTLOOK])
    return raw, ff("court", "3310/33/2026", False), None, (
        "SEAL_TIME_AFTER_ARRIVAL: the court's mailbox and bound seal, but the PDF's signing time is 04.12.2026 "
        "09:30 while the mail carrying it was received on 02.12.2026 14:10: the signature claims to have been made "
        "two days after we received the signed file; either the mail's arrival or the signature's clock is false, "
        "and a seal applied after the fact cannot be the one the court sent"), \
        {"pdf": [pdfw("seal_ca_cluj")], "signed_after": "2026-12-04"}


TWO_A = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ
C|Serviciul de Combatere a Criminalității Informatice
K|Nr. 2.418.177 din 01.12.2026
K|{okz}
În dosarul penal nr. 6702/P/2026, privind infracțiunea de fraudă informatică, în temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați datele de identificare și istoricul autentificărilor reușite (data, ora) ale utilizatorului turda.phones.
Răspunsul se transmite pe adresa scci@cj.politiaromana.ro.
S|ȘEF SERVICIU
S|Comisar-șef de poliție Kovacs Levente
"""

TWO_B = """
C|INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ
C|Serviciul de Investigare a Fraudelor
K|Număr: 88.590/SIF          Data: 02.12.2026
K|{okz}
Subsemnatul, comisar de poliție Lazăr Cosmin, în dosarul penal nr. 15203/P/2026, în temeiul art. 170 alin. (2) lit. b) C.p.p., vă solicit datele de identificare ale utilizatorului lugoj.agro și comenzile acestuia din noiembrie 2026.
Răspunsul se transmite la sif@tm.politiaromana.ro.
S|Comisar de poliție Lazăr Cosmin
"""


@item("le_forged", "law_enforcement")
def f_two_originals_in_one_colleague_forward():
    ta = when(2026, 12, 1, 10, 12)
    pa = sealed(TWO_A.format(okz=OKZ_HDR), "seal_ipj_cj", sent(ta), title="2418177")
    ia = le_mail("f8a", frm=mk.addr("IPJ Cluj - SCCI", "scci@cj.politiaromana.ro"), addr="scci@cj.politiaromana.ro",
                 subject="adresa 2418177", t=ta, cover="Buna ziua,\natasat adresa 2418177.\nSCCI Cluj\n", pdf=pa,
                 pdf_name="2418177.pdf")
    ia = ia[ia.index(b"DKIM-Signature:"):]  # the original as its sender's MTA sent it (our MX lines off)
    tb = when(2026, 12, 2, 9, 3)
    pb = mk.letter_pdf(TWO_B.format(okz=OKZ_HDR), created=sent(tb), title="88590")
    pb = sign_at(pb, "pers_tm_lazar", sent(tb) + dt.timedelta(minutes=4))
    ib = le_mail("f8b", frm=mk.addr("Lazar Cosmin", "cosmin.lazar@tm.politiaromana.ro"),
                 addr="cosmin.lazar@tm.politiaromana.ro", subject="adresa 88590 SIF", t=tb,
                 cover="Buna ziua,\natasat adresa 88590/SIF.\ncom. Lazar C.\n", pdf=pb, pdf_name="88590.pdf")
    ib = ib[ib.index(b"DKIM-Signature:"):]
    t = when(2026, 12, 2, 11, 40)
    note = ("Salut,\n\nVă redirecționez două adrese de la poliție care au ajuns pe suport (IPJ Cluj și IPJ Timiș), "
            "ca atașamente.\n\nAndreea Pop\nAsistență Clienți – Okazii\n")
    body = mixed([mk.text(note), mk.rfc822(ia, "adresa 2418177.eml"), mk.rfc822(ib, "adresa 88590 SIF.eml")], "f8")
    raw = send("f8", frm=mk.addr("Andreea Pop", "andreea.pop@okazii.ro"), addr="andreea.pop@okazii.ro", to=[LEGAL],
               subject="Fw: doua adrese politie (Cluj, Timis)", t=t, body=body, extra=[OUTLOOK])
    return raw, ff("police", None, False), None, (
        "TWO_ORIGINALS_IN_ONE_COLLEAGUE_FORWARD (DEFECTIVE): our own colleague (our domain, our DKIM) forwards TWO "
        "genuine police mails as message/rfc822 attachments in one message (IPJ Cluj's sealed letter, IPJ Timiș's "
        "officer-signed letter; each original's DKIM still valid): the enclosure rule speaks for exactly ONE "
        "enclosed original; a single request cannot carry two authorities, two cases and two signers; each must be "
        "forwarded on its own (incomplete acceptable; case_number unscored: two cases)"), \
        {"pdf": [pdfw("seal_ipj_cj"), pdfw("pers_tm_lazar")],
         "inner_dkim": ["cj.politiaromana.ro", "tm.politiaromana.ro"]}


PTCJ_DEL = """
C|MINISTERUL PUBLIC
C|PARCHETUL DE PE LÂNGĂ TRIBUNALUL CLUJ
K|Dosar nr. 1902/P/2026
T|ORDONANȚĂ DE DELEGARE
C|din 01.12.2026
Procuror Moldovan Ioana-Corina,
Având în vedere că în dosarul nr. 1902/P/2026 este necesară efectuarea unor acte de urmărire penală, în temeiul art. 324 alin. (1) C.p.p.,
C|DISPUN:
Delegarea organelor de cercetare penală din cadrul I.P.J. Cluj – Serviciul de Combatere a Criminalității Informatice în vederea efectuării următoarelor acte: audierea persoanelor vătămate; identificarea utilizatorilor transilvania.licitatii și clujeanul_77 ai platformei Okazii, inclusiv prin solicitarea datelor prevăzute de art. 170 C.p.p.; întocmirea referatului cu propunere de soluționare.
Termen de efectuare: 60 de zile.
C|Către: I.P.J. Cluj – Serviciul de Combatere a Criminalității Informatice
S|PROCUROR
S|Moldovan Ioana-Corina
"""


@item("le_forged", "law_enforcement")
def f_delegation_order_to_police_sent_as_request():
    t = when(2026, 12, 3, 12, 33)
    pdf = mk.letter_pdf(PTCJ_DEL, created=sent(t), title="delegare 1902P2026")
    pdf = sign_at(pdf, "pers_ptcj_moldovan", sent(t) + dt.timedelta(minutes=3))
    cover = ("Bună ziua,\n\nÎn baza ordonanței de delegare atașate, vă rugăm să ne transmiteți datele de identificare, "
             "numerele de telefon și istoricul tranzacțiilor utilizatorilor transilvania.licitatii și clujeanul_77, "
             "pe adresa scci@cj.politiaromana.ro.\n\nProcuror Moldovan Ioana-Corina\n")
    raw = le_mail("f9", frm=mk.addr("Moldovan Ioana-Corina", "ioana.moldovan@mpublic.ro"),
                  addr="ioana.moldovan@mpublic.ro", subject="Dosar 1902/P/2026 - delegare", t=t, cover=cover, pdf=pdf,
                  pdf_name="ordonanta_delegare_1902.pdf", extra=[OUTLOOK])
    return raw, ff("prosecutor", "1902/P/2026", False), None, (
        "DELEGATION_ORDER_TO_POLICE_SENT_AS_REQUEST: the prosecutor's own mailbox and her bound certificate sign an "
        "ORDONANȚĂ DE DELEGARE addressed to IPJ Cluj (art. 324 CPP): it orders the POLICE to act and orders us "
        "nothing (no datum, no addressee, no term for us); only the UNSIGNED cover asks us for data and sends the "
        "answer to the police mailbox; the signed act is an internal delegation, not a production order"), \
        {"pdf": [pdfw("pers_ptcj_moldovan")], "delegation": True}


# =====================================================================
# COMPLAINTS (5)
# =====================================================================

@item("complaint", "complaint")
def c_paid_outside_platform_bank_transfer_bicycle_iso88592():
    t = when(2026, 11, 29, 20, 41)
    txt = ("Buna seara,\n\nAm gasit pe site anuntul vanzatorului velo_mures cu o bicicleta Cube Stereo, 4.200 lei. "
           "Vanzatorul mi-a scris ca e mai simplu sa-i fac transfer bancar direct, ca sa nu plateasca comisionul, si "
           "am platit pe 24.11.2026 in contul indicat de el. De atunci nu mai raspunde la telefon si anuntul a "
           "disparut.\nStiu ca nu am platit prin platforma, dar va rog sa-mi spuneti ce pot face si sa blocati "
           "contul, ca sa nu mai pateasca si altii.\n\nCu respect,\nŞerban Mihăiţă\ntel. 0733 219 804\n")
    raw = plain("c1", frm=mk.addr("Serban Mihaita", "mihaita.serban@yahoo.com", charset="iso-8859-2"),
                addr="mihaita.serban@yahoo.com", subject="Teapa bicicleta - am platit prin transfer", t=t,
                body_text=txt, to=[SECURITY], charset="iso-8859-2", cte="8bit", extra=[YAHOO_IOS])
    f = {"complainant": "Şerban Mihăiţă", "counterparty": "velo_mures", "amount": amt("4200.00"),
         "delivery_guarantee": False, "issue": "fraud_suspected", "contact": {"phone": "+40733219804"}}
    return raw, f, {"complainant": ["Șerban Mihăiță", "Serban Mihaita"], "issue": ["not_delivered", "no_answer"]}, (
        "payment OUTSIDE the platform by bank transfer (no Delivery Guarantee applies); no order number; "
        "ISO-8859-2 8-bit, the body without diacritics except the cedilla signature"), {"pdf": []}


@item("complaint", "complaint")
def c_grandmother_all_caps_no_punctuation_icloud():
    t = when(2026, 12, 1, 7, 12)
    txt = ("BUNA ZIUA AM COMANDAT UN FRIGIDER ARCTIC DE LA VANZATORUL ELECTRO_BANAT COMANDA 6617200931 AM PLATIT 1899 "
           "LEI CU CARDUL SI AM BIFAT GARANTIA DE LIVRARE AU TRECUT 3 SAPTAMANI SI NU A VENIT NIMIC LA TELEFON NU "
           "RASPUNDE NIMENI VA ROG SA MA AJUTATI SA IMI IAU BANII INAPOI\nCU STIMA GROZA ANA\n")
    raw = plain("c2", frm=mk.addr("Ana Groza", "ana.groza1951@icloud.com"), addr="ana.groza1951@icloud.com",
                subject="FRIGIDER NELIVRAT", t=t, body_text=txt, to=[SUPPORT], extra=[IPHONE])
    f = {"complainant": "GROZA ANA", "transaction_id": "6617200931", "counterparty": "ELECTRO_BANAT",
         "amount": amt("1899.00"), "delivery_guarantee": True, "issue": "not_delivered"}
    return raw, f, {"complainant": ["Groza Ana", "Ana Groza"], "counterparty": ["electro_banat"]}, (
        "an elderly buyer writes ALL IN CAPITALS with NO punctuation to the support mailbox; Delivery Guarantee "
        "ticked; amount without decimals or currency sign"), {"pdf": []}


@item("complaint", "complaint")
def c_seller_fake_payment_sms_link():
    t = when(2026, 12, 2, 19, 5)
    txt = ("Bună seara,\n\nSunt vânzător pe Okazii (cont: atelier.lemn.dej). Un cumpărător, contul mariusz_buy, m-a "
           "contactat pentru masa extensibilă (anunț 90155210, 2.650 lei) și mi-a trimis pe WhatsApp un link "
           "\"okazii-plata-sigura.com/incasare\" ca să „primesc banii”. Am introdus datele cardului și mi s-au "
           "retras 2.650 lei din cont în loc să primesc. Am blocat cardul și am depus plângere la Poliția Dej.\n\n"
           "Vă rog să blocați contul mariusz_buy și să verificați dacă a mai făcut asta.\n\nVasile Trif\n"
           "0745 602 391\n")
    raw = plain("c3", frm=mk.addr("Vasile Trif", "trif.vasile.dej@gmail.com"), addr="trif.vasile.dej@gmail.com",
                subject="Frauda - link fals de plata trimis de cumparator", t=t, body_text=txt, to=[SECURITY],
                extra=[GMAIL_ANDROID])
    f = {"complainant": "Vasile Trif", "counterparty": "mariusz_buy", "amount": amt("2650.00"),
         "issue": "fraud_suspected", "contact": {"phone": "+40745602391"}}
    return raw, f, None, ("a SELLER phished by a 'buyer' with a fake payment link (card data entered, money taken); "
                          "a listing number, no order; mentions a police complaint but is a complaint"), {"pdf": []}


@item("complaint", "complaint")
def c_reply_to_our_autoreply_still_not_delivered():
    t = when(2026, 12, 3, 8, 22)
    ours = mid("autoreply-c4", "okazii.ro")
    txt = ("Tot nu am primit nimic. Au trecut încă 5 zile. Vânzătorul (calor_home) a marcat comanda ca "
           "„expediată” dar AWB-ul nu există la curier.\n\nIrina Dobre\n\n"
           "În dată de 27.11.2026, la 18:03, Okazii Suport <suport@okazii.ro> a scris:\n"
           "> Bună ziua,\n> Am primit sesizarea dumneavoastră privind comanda 7702114580 (calorifer electric, 639,00 "
           "lei).\n> Vă rugăm să așteptați 5 zile lucrătoare pentru răspunsul vânzătorului.\n> Echipa Okazii\n")
    raw = plain("c4", frm=mk.addr("Irina Dobre", "irina.dobre@outlook.com"), addr="irina.dobre@outlook.com",
                subject="Re: Sesizare comanda 7702114580", t=t, body_text=txt, to=[SUPPORT],
                extra=[("In-Reply-To", ours), ("References", ours), OUTLOOK])
    f = {"complainant": "Irina Dobre", "transaction_id": "7702114580", "counterparty": "calor_home",
         "amount": amt("639.00"), "issue": "not_delivered"}
    return raw, f, None, ("a REPLY on top of our own acknowledgement: the order number and amount are only in OUR "
                          "quoted text; a fake AWB"), {"pdf": []}


@item("complaint", "complaint")
def c_html_only_two_orders_same_seller():
    t = when(2026, 12, 4, 13, 50)
    html = html_page("<p>Bună ziua,</p><p>Am plasat două comenzi la vânzătorul <b>jucarii_constanta</b> și nu am "
                     "primit niciuna:</p><table border='1' cellpadding='4'><tr><th>Comanda</th><th>Produs</th>"
                     "<th>Suma</th></tr><tr><td>8830041176</td><td>set LEGO 42145</td><td>489,90 lei</td></tr>"
                     "<tr><td>8830041290</td><td>păpușă Barbie</td><td>129,00 lei</td></tr></table><p>Am plătit cu "
                     "Garanția de Livrare. Vânzătorul nu mai răspunde din 25 noiembrie. Vă rog returnarea banilor."
                     "</p><p>Oana Pârvu<br>0766 014 552</p>")
    raw = plain("c5", frm=mk.addr("Oana Parvu", "oana.parvu@outlook.com"), addr="oana.parvu@outlook.com",
                subject="Doua comenzi nelivrate - jucarii_constanta", t=t, body_text="", html=html, html_only=True,
                to=[SECURITY], extra=[OUTLOOK])
    f = {"complainant": "Oana Pârvu", "counterparty": "jucarii_constanta", "delivery_guarantee": True,
         "issue": "not_delivered", "contact": {"phone": "+40766014552"}}
    return raw, f, {"issue": ["no_answer"]}, (
        "HTML-only complaint with a TABLE of two orders of the same seller (transaction_id and amount unscored: "
        "two of each)"), {"pdf": []}


# =====================================================================
# MEDIATIONS (5)
# =====================================================================

@item("mediation", "mediation")
def m_solid_wood_table_was_mdf():
    t = when(2026, 11, 28, 11, 9)
    txt = ("Bună ziua,\n\nAm cumpărat de la mobila-artizan-cluj (comanda 4410287735, 1.780 lei) o masă descrisă în "
           "anunț ca „lemn masiv de stejar”. Am primit-o ieri: blatul este din PAL/MDF furniruit, se vede clar pe "
           "muchie. Produsul nu corespunde descrierii.\nVânzătorul spune că „furnirul e tot stejar”. Nu vreau să "
           "returnez masa, propun o reducere de 600 lei. Vă rog să mediați.\n\nCătălin Moga\n")
    raw = plain("m1", frm=mk.addr("Catalin Moga", "catalin.moga@gmail.com"), addr="catalin.moga@gmail.com",
                subject="Disputa comanda 4410287735 - masa nu e lemn masiv", t=t, body_text=txt, to=[SECURITY],
                extra=[GMAIL_ANDROID])
    f = {"complainant": "Cătălin Moga", "transaction_id": "4410287735", "counterparty": "mobila-artizan-cluj",
         "amount": amt("1780.00"), "issue": "not_as_described"}
    return raw, f, None, "solid oak advertised, veneered board delivered; a partial refund proposed", {"pdf": []}


@item("mediation", "mediation")
def m_company_seller_proposes_discount_damaged_in_transport():
    t = when(2026, 11, 30, 9, 35)
    txt = ("Stimată echipă Okazii,\n\nVă scriem în calitate de vânzător (S.C. Mobila Artizan Cluj S.R.L., cont "
           "mobila-artizan-cluj) în legătură cu disputa deschisă de cumpărătorul vlad_haiduc pentru comanda "
           "4410301182 (dulap 3 uși, 2.450 lei). Dulapul a ajuns cu o ușă zgâriată, din cauza transportului.\n"
           "Propunem, ca soluție, o reducere de 30% (735 lei) sau înlocuirea ușii pe cheltuiala noastră în 10 zile. "
           "Vă rugăm să transmiteți propunerea cumpărătorului.\n\nCu stimă,\nRaluca Feier\nDepartament vânzări\n"
           "Mobila Artizan Cluj\n")
    raw = plain("m2", frm=mk.addr("Mobila Artizan Cluj - Vanzari", "vanzari@mobila-artizan-cluj.ro"),
                addr="vanzari@mobila-artizan-cluj.ro", subject="Propunere solutie - comanda 4410301182", t=t,
                body_text=txt, to=[SUPPORT], extra=[OUTLOOK])
    f = {"transaction_id": "4410301182", "counterparty": "vlad_haiduc", "amount": amt("2450.00"), "issue": "damaged"}
    return raw, f, None, ("the SELLER (a company, DKIM of its own domain) proposes a solution in a buyer's dispute; "
                          "complainant unscored (the company writes as respondent)"), {"pdf": []}


@item("mediation", "mediation")
def m_phone_case_wrong_model_windows1250():
    t = when(2026, 12, 1, 21, 14)
    txt = ("Buna seara,\n\nAm comandat husa pentru Samsung Galaxy S24 de la vanzatorul huse_oltenia, comanda "
           "9901127743, 59 lei. Am primit o husa pentru S23, nu intra telefonul. Vreau sa o schimb cu modelul corect, "
           "vanzatorul zice ca am gresit eu la comanda, dar in comanda scrie clar S24.\n\nMulțumesc,\nDenisa Țurcanu\n")
    raw = plain("m3", frm=mk.addr("Denisa Turcanu", "denisa.turcanu@yahoo.com"), addr="denisa.turcanu@yahoo.com",
                subject="Am primit alt model - comanda 9901127743", t=t, body_text=txt, to=[SUPPORT],
                charset="windows-1250", cte="quoted-printable", extra=[YAHOO_IOS])
    f = {"complainant": "Denisa Țurcanu", "transaction_id": "9901127743", "counterparty": "huse_oltenia",
         "amount": amt("59.00"), "issue": "wrong_item"}
    return raw, f, {"complainant": ["Denisa Ţurcanu"]}, "wrong model sent; exchange asked; Windows-1250 QP", {"pdf": []}


@item("mediation", "mediation")
def m_laptop_us_keyboard_not_ro():
    t = when(2026, 12, 2, 10, 2)
    txt = ("Bună ziua,\n\nComanda 3307719054 – laptop Lenovo ThinkPad T14, 3.150 lei, vânzător it_refurb_iasi. "
           "Anunțul spunea „tastatură RO, iluminată”; am primit tastatură US fără iluminare. Produsul nu corespunde "
           "descrierii. Propun fie înlocuirea tastaturii de către vânzător, fie returnarea laptopului cu "
           "rambursarea integrală. Vânzătorul a acceptat doar returul cu 15% reținere.\nVă rog să interveniți.\n\n"
           "Paul Cozma\n")
    raw = plain("m4", frm=mk.addr("Paul Cozma", "paul.cozma@outlook.com"), addr="paul.cozma@outlook.com",
                subject="Neconformitate laptop - cerere mediere", t=t, body_text=txt, to=[SECURITY], extra=[OUTLOOK])
    f = {"complainant": "Paul Cozma", "transaction_id": "3307719054", "counterparty": "it_refurb_iasi",
         "amount": amt("3150.00"), "issue": "not_as_described"}
    return raw, f, None, "keyboard layout and backlight differ from the listing; two resolutions", {"pdf": []}


@item("mediation", "mediation")
def m_tyres_one_older_dot_partial_refund():
    t = when(2026, 12, 4, 8, 44)
    txt = ("Salut,\n\nam cumparat 4 anvelope de iarna Michelin Alpin 6 de la anvelope.dolj (comanda 1150733906, "
           "1.960 lei). In anunt scria DOT 2025, dar una dintre ele are DOT 2021 (5 ani vechime). Nu sunt de acord "
           "sa raman cu ea. Propun ca vanzatorul sa-mi dea inapoi 200 lei sau sa inlocuiasca anvelopa. Va rog "
           "mediere.\n\nSorin Bratu\n")
    raw = plain("m5", frm=mk.addr("Sorin Bratu", "sorin.bratu77@gmail.com"), addr="sorin.bratu77@gmail.com",
                subject="mediere anvelope DOT diferit", t=t, body_text=txt, to=[SECURITY], extra=[GMAIL_ANDROID])
    f = {"complainant": "Sorin Bratu", "transaction_id": "1150733906", "counterparty": "anvelope.dolj",
         "amount": amt("1960.00"), "issue": "not_as_described"}
    return raw, f, None, "one tyre's DOT year older than listed; partial refund or replacement", {"pdf": []}


# =====================================================================
# SUPPORT (5)
# =====================================================================

@item("support", "support")
def s_change_phone_number_windows1250():
    t = when(2026, 11, 28, 18, 30)
    txt = ("Bună ziua,\n\nMi-am schimbat numărul de telefon și nu mai primesc codurile de confirmare pe cel vechi. "
           "Cum pot actualiza numărul în cont (utilizator: dana.stoica.tm)?\n\nMulțumesc,\nDana Stoica\n")
    raw = plain("s1", frm=mk.addr("Dana Stoica", "dana.stoica.tm@gmail.com"), addr="dana.stoica.tm@gmail.com",
                subject="Schimbare numar de telefon", t=t, body_text=txt, charset="windows-1250", cte="8bit")
    return raw, {"topic": "Schimbare numar de telefon"}, {"topic": ["schimbarea numărului de telefon din cont"]}, \
        "change the account's phone number; Windows-1250 8-bit", {"pdf": []}


@item("support", "support")
def s_accountant_efactura_xml():
    t = when(2026, 12, 1, 9, 15)
    txt = ("Bună ziua,\n\nSunt contabila firmei Lemn Nord SRL (CUI RO40117223), care vinde pe platformă prin contul "
           "lemn_nord. Pentru facturile de comision din octombrie și noiembrie 2026 avem nevoie de fișierele XML "
           "e-Factura, nu doar de PDF. Le puteți descărca din cont sau trebuie cerute?\n\nCu stimă,\n"
           "Mirela Apostu\nContabil Expert Iași\n")
    raw = plain("s2", frm=mk.addr("Mirela Apostu", "mirela@contabil-expert-iasi.ro"),
                addr="mirela@contabil-expert-iasi.ro", subject="Facturi comision - XML e-Factura", t=t,
                body_text=txt, extra=[OUTLOOK])
    return raw, {"topic": "Facturi comision - XML e-Factura"}, None, \
        "an accountant asks for e-Factura XML of commission invoices", {"pdf": []}


@item("support", "support")
def s_listing_removed_why():
    t = when(2026, 12, 2, 22, 40)
    txt = ("Salut! Mi-ati sters anuntul cu colectia de timbre (nr. 77410233) fara nicio explicatie. Ce regula am "
           "incalcat? Pot sa-l republic?\nFlorin, cont timbre_vechi_cj\n")
    raw = plain("s3", frm=mk.addr("Florin Rusu", "florin.rusu.cj@yahoo.com"), addr="florin.rusu.cj@yahoo.com",
                subject="De ce mi-ati sters anuntul?", t=t, body_text=txt, extra=[YAHOO_IOS])
    return raw, {"topic": "De ce mi-ati sters anuntul?"}, None, "a removed listing; which rule", {"pdf": []}


@item("support", "support")
def s_two_factor_sms_not_arriving_html():
    t = when(2026, 12, 3, 7, 58)
    html = html_page("<p>Bună dimineața,</p><p>Am activat autentificarea în doi pași, dar SMS-ul cu codul nu "
                     "ajunge (rețea Orange, număr 0752 ...). Am încercat de 5 ori. Există o altă metodă, de exemplu o "
                     "aplicație de autentificare?</p><p>Tudor Ilie</p>")
    raw = plain("s4", frm=mk.addr("Tudor Ilie", "tudor.ilie@icloud.com"), addr="tudor.ilie@icloud.com",
                subject="Cod 2FA nu ajunge", t=t, body_text="", html=html, html_only=True, extra=[APPLE])
    return raw, {"topic": "Cod 2FA nu ajunge"}, None, "two-factor SMS codes do not arrive; HTML-only", {"pdf": []}


@item("support", "support")
def s_english_expat_card_payment():
    t = when(2026, 12, 4, 16, 3)
    txt = ("Hello,\n\nI live in Timisoara and don't speak much Romanian. When I try to pay for an order with my "
           "Revolut card the checkout page says \"plata refuzata\". Is a foreign-issued card accepted, or should I "
           "use another payment method?\n\nThanks,\nMarco Bianchi\n")
    raw = plain("s5", frm=mk.addr("Marco Bianchi", "marco.bianchi.tm@gmail.com"), addr="marco.bianchi.tm@gmail.com",
                subject="Card payment refused", t=t, body_text=txt)
    return raw, {"topic": "Card payment refused"}, None, "in English: a foreign card refused at checkout", {"pdf": []}


# =====================================================================
# UNKNOWN (4)
# =====================================================================

@item("unknown", "unknown")
def u_integrity_agency_press_release_bulk():
    t = when(2026, 11, 27, 12, 0)
    txt = ("COMUNICAT DE PRESĂ\n\nAgenția Națională de Integritate (ANI) a constatat, în urma evaluării, existența "
           "unor diferențe nejustificate între averea dobândită și veniturile realizate de un fost funcționar public "
           "din județul Dolj. Dosarul a fost transmis Comisiei de cercetare a averilor de pe lângă Curtea de Apel "
           "Craiova, potrivit Legii nr. 176/2010.\n\nBiroul de presă ANI\n\n"
           "Primiți acest mesaj deoarece sunteți abonat la comunicatele ANI. Dezabonare: "
           "https://www.integritate.eu/dezabonare\n")
    raw = plain("u1", frm=mk.addr("ANI - Biroul de presa", "presa@integritate.eu"), addr="presa@integritate.eu",
                subject="Comunicat de presa - evaluare avere Dolj", t=t, body_text=txt, to=[LEGAL],
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.integritate.eu/dezabonare>")])
    return raw, {}, None, ("a press release of an authority in the registry (kind other), bulk, from its own domain "
                           "(valid DKIM): official, asks nothing: unknown"), {"pdf": []}


@item("unknown", "unknown")
def u_courier_tracking_notification_auto():
    t = when(2026, 12, 2, 6, 45)
    txt = ("Coletul cu AWB 7002118840031 a fost predat curierului.\nExpeditor: OKAZII ONLINE SRL\n"
           "Destinatar: Parchetul de pe langa Tribunalul Dolj\nLivrare estimata: 03.12.2026\n\n"
           "Acesta este un mesaj automat, va rugam nu raspundeti.\nCurier Rapid Oltenia\n")
    raw = plain("u2", frm=mk.addr("Curier Rapid Oltenia", "notificari@curier-rapid-oltenia.ro"),
                addr="notificari@curier-rapid-oltenia.ro", subject="AWB 7002118840031 - predat curierului", t=t,
                body_text=txt, to=[LEGAL], extra=[("Auto-Submitted", "auto-generated"),
                                                   ("X-Auto-Response-Suppress", "All")])
    return raw, {}, None, ("a courier's automatic tracking notice for OUR parcel to a prosecutors' office (names an "
                           "authority, asks nothing)"), {"pdf": [], "auto_submitted": True}


@item("unknown", "unknown")
def u_bounce_of_our_answer_to_police():
    t = when(2026, 12, 3, 14, 2)
    report = ("This is the mail system at host mx1.okazii.ro.\n\nI'm sorry to have to inform you that your message "
              "could not be delivered to one or more recipients.\n\n<sif.vechi@tm.politiaromana.ro>: host "
              "mx.tm.politiaromana.ro[192.0.2.163] said: 550 5.1.1 User unknown\n")
    dsn = ("Reporting-MTA: dns; mx1.okazii.ro\nArrival-Date: Thu, 3 Dec 2026 14:01:50 +0200\n\n"
           "Final-Recipient: rfc822; sif.vechi@tm.politiaromana.ro\nAction: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n")
    orig = ("From: Okazii - Departamentul Juridic <juridic@okazii.ro>\nTo: sif.vechi@tm.politiaromana.ro\n"
            "Subject: Raspuns adresa nr. 88.301/SIF\nDate: Thu, 3 Dec 2026 14:01:48 +0200\n")
    parts = [mk.text(report, cte="7bit"),
             mk.Part([("Content-Type", "message/delivery-status")], dsn),
             mk.Part([("Content-Type", "text/rfc822-headers")], orig)]
    b = mk.multipart("report", parts, "u3")
    b.headers[0] = ("Content-Type", b.headers[0][1].replace("multipart/report;", "multipart/report; "
                                                                                   "report-type=delivery-status;"))
    raw = send("u3", frm="MAILER-DAEMON@mx1.okazii.ro (Mail Delivery System)", addr="MAILER-DAEMON@mx1.okazii.ro",
               to=[LEGAL], subject="Undelivered Mail Returned to Sender", t=t, body=b, dkim=None, mail_from="",
               ip="198.51.100.5", helo="mx1.okazii.ro", extra=[("Auto-Submitted", "auto-replied")])
    return raw, {}, None, ("a bounce (DSN, multipart/report) of our own answer to a police address that no longer "
                           "exists; names a police case number; null sender"), {"pdf": [], "dkim": [],
                                                                                "auto_submitted": True}


@item("unknown", "unknown")
def u_lead_generation_spam_english():
    t = when(2026, 12, 4, 3, 17)
    html = html_page("<h2>Boost your marketplace sales 300%</h2><p>Dear Okazii team,</p><p>We provide verified B2B "
                     "leads and <b>1,000 five-star reviews</b> per month. Law-firm grade data, GDPR-friendly.</p>"
                     "<p><a href='https://promo-lead-engine.com/offer?id=okz'>Claim your free trial</a></p>")
    raw = plain("u4", frm=mk.addr("Lead Engine", "offers@promo-lead-engine.com"), addr="offers@promo-lead-engine.com",
                subject="Re: your data request", t=t, body_text="", html=html, html_only=True, to=[LEGAL])
    return raw, {}, None, ("English spam with a misleading 'Re: your data request' subject (a word close to an "
                           "official request), to the legal mailbox"), {"pdf": []}


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
