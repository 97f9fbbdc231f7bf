"""Blind round 4, paper half: faxes, post scans and phone photos with ink truth.

Deterministic: the same seed writes the same pixels (PDF files carry no
creation date). Run from anywhere:

    .venv/bin/python bench/blind/round4/paper/make_paper.py

Writes paper/*.tif|jpg|png|pdf, paper/truth.jsonl and paper/registry_additions.json.
"""
from __future__ import annotations

import json
import pathlib
import random
import sys

sys.dont_write_bytecode = True

import numpy as np
from PIL import Image

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from authorities_table import AUTHORITIES  # noqa: E402
from paperkit import (Page, add_noise, coffee_stain, fax_page, fold_shadow, hand_lines,  # noqa: E402
                      phone_photo, punch_holes, put_signature, put_stamp, ruled_paper,
                      scanner_light, skew, staple)

SEED = 20261204
OKAZII = ["Către", ("OKAZII.RO – Centrul de prevenire a fraudelor", True), "În atenția Departamentului Juridic",
          "Bd. Dimitrie Pompeiu nr. 9–9A, sector 2, București"]
OKAZII_NODIA = ["Catre", ("OKAZII.RO - Centrul de prevenire a fraudelor", True), "In atentia Departamentului Juridic",
                "Bd. Dimitrie Pompeiu nr. 9-9A, sector 2, Bucuresti"]


def block_left(p, lines, pt=None, lead=1.22):
    for e in lines:
        s, b = (e, False) if isinstance(e, str) else e
        p.line(s, pt=pt, bold=b, lead=lead)


def center_sig(p, key="sig_last", dy_mm=0):
    x0, y0, x1, y1 = p.anchors[key]
    return (x0 + x1) // 2, (y0 + y1) // 2 + p.mm(dy_mm)


# =========================================================================== genuine law enforcement
def g_pascani(rng):
    """IPJ Iași / Poliția Municipiului Pașcani: 2-page fax, signature over the typed name."""
    p1 = Page(family="serif", pt=11.5)
    p1.columns([("ROMÂNIA", True), "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE",
                ("INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI", True), ("POLIȚIA MUNICIPIULUI PAȘCANI", True),
                "Biroul de Investigații Criminale"],
               [("NESECRET", True), "Pașcani", "Nr. 314.662 din 28.11.2026", "Exemplar nr. 1/2"], pt=10.5)
    p1.gap(8)
    block_left(p1, OKAZII)
    p1.gap(8)
    p1.line("ADRESĂ", pt=13, bold=True, align="center")
    p1.gap(3)
    p1.para("Poliția Municipiului Pașcani – Biroul de Investigații Criminale efectuează cercetări în dosarul penal "
            "nr. 2219/P/2026 al Parchetului de pe lângă Judecătoria Pașcani, privind săvârșirea infracțiunii de "
            "înșelăciune, prev. de art. 244 alin. (1) C.pen., constând în aceea că, în perioada septembrie – "
            "noiembrie 2026, mai multe persoane au achitat contravaloarea unor undițe și mulinete scoase la "
            "vânzare pe platforma dumneavoastră, fără ca bunurile să fie livrate.")
    p1.para("În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați următoarele date "
            "privind utilizatorul cu numele de utilizator „mihai_pescarul77”, care a folosit adresa de e-mail "
            "mihai.pescaru77@yahoo.com:")
    p1.items(["datele de identificare furnizate la înregistrarea contului;",
              "adresele IP de la care s-a conectat contul în perioada 01.09.2026 – 30.11.2026;",
              "istoricul anunțurilor publicate și al tranzacțiilor încheiate;",
              "numerele de telefon asociate contului."], style="num")
    p1.footer("1/2")
    p2 = Page(family="serif", pt=11.5)
    p2.line("Nr. 314.662 din 28.11.2026 – pagina 2", pt=9, align="right")
    p2.gap(6)
    p2.para("Vă rugăm să transmiteți răspunsul exclusiv în format electronic, la adresa de e-mail "
            "bic.pascani@is.politiaromana.ro, menționând numărul și data prezentei adrese.")
    p2.para("Persoana de contact: agent-șef adjunct de poliție Rusu Dănuț, telefon 0232 555 100, interior 2741.")
    p2.gap(14)
    p2.sigblock(["ȘEFUL POLIȚIEI MUNICIPIULUI PAȘCANI", "Comisar-șef de poliție", ("BUZDUGAN Vasile-Cătălin", True)],
                align="right", width_mm=95)
    cx, cy = center_sig(p2)
    put_signature(p2, rng, "loops", "blue", cx + p2.mm(3), cy - p2.mm(2), width_mm=46)
    put_stamp(p2, rng, cx - p2.mm(30), cy + p2.mm(4), "stampblue", double=True, rot=-12,
              outer="ROMÂNIA • MINISTERUL AFACERILOR INTERNE • INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI",
              inner="POLIȚIA MUN. PAȘCANI", diameter_mm=38)
    p2.y = p2.H - p2.mm(40)
    p2.line("Întocmit: agent-șef adj. Rusu D. / 2 ex.", pt=8)
    p2.footer("2/2")
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Poliția Municipiului Pașcani", "authority_kind": "police",
                "reference_number": "314662", "reference_date": "2026-11-28", "case_number": "2219/P/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "mihai_pescarul77"},
                             {"kind": "email", "value": "mihai.pescaru77@yahoo.com"}],
                "requested_data": ["datele de identificare furnizate la înregistrarea contului",
                                   "adresele IP de la care s-a conectat contul în perioada 01.09.2026 – 30.11.2026",
                                   "istoricul anunțurilor publicate și al tranzacțiilor încheiate",
                                   "numerele de telefon asociate contului"],
                "period": {"from": "2026-09-01", "to": "2026-11-30"},
                "response_channel": "electronic",
                "signatory": "Comisar-șef de poliție Buzdugan Vasile-Cătălin", "urgent": False},
        accept={"authority": ["Inspectoratul de Poliție Județean Iași", "IPJ Iași"],
                "reference_number": ["314.662"]},
        ink={"signature": True, "stamp": True},
        notes="genuine; 2-page G4 fax 204x196 from a registry number (TSI in ImageDescription); "
              "signature drawn over the typed name, double-ring stamp on page 2; '1/2' page numbers")
    return [p1, p2], dict(kind="fax", lines=196, comp="group4",
                          tags={270: "+40 232 555 101"}, machine="POL MUN PASCANI",
                          hdr="{d} 09:14  +40 232 555 101   POL MUN PASCANI      P.{i:03d}/{n:03d}",
                          date="01/12/2026", skew=0.4), truth


def g_dolj(rng):
    """IPJ Dolj – SICE: G3 fax at 204×98, users in a table, data lettered, stamp rotated."""
    p = Page(family="sans", pt=10.5, margins=(22, 16, 18, 16))
    p.line("ROMÂNIA", bold=True, align="center")
    p.line("MINISTERUL AFACERILOR INTERNE", align="center")
    p.line("INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ", bold=True, align="center")
    p.line("Serviciul de Investigare a Criminalității Economice", align="center")
    p.hrule()
    p.columns(["Nr. 118402 din 03.12.2026", "Craiova"], ["NESECRET", "Exemplar unic"], split=0.6, right_align="right")
    p.gap(5)
    p.para("Către: OKAZII.RO – Departamentul Juridic", indent_mm=0, bold=True)
    p.para("Ref.: dosarul penal nr. 4471/P/2026 al Parchetului de pe lângă Judecătoria Craiova", indent_mm=0)
    p.gap(2)
    p.para("În baza art. 170 alin. (1) C.p.p., în cadrul cercetărilor efectuate în dosarul penal sus-menționat, "
           "privind infracțiunile de înșelăciune și spălare a banilor, vă solicităm să ne comunicați, pentru "
           "conturile de utilizator de mai jos:")
    p.table([["Nr. crt.", "Nume utilizator", "Adresă e-mail", "Telefon"],
             ["1", "gsm_oltenia", "gsm.oltenia.shop@gmail.com", "0745 118 902"],
             ["2", "andreea.vinde2026", "andreea.vinde2026@yahoo.ro", "0761 330 457"]],
            [0.1, 0.28, 0.38, 0.24])
    p.para("următoarele informații:", indent_mm=0)
    p.items(["datele de înregistrare ale conturilor (nume, prenume, CNP, adresă);",
             "istoricul anunțurilor publicate;",
             "tranzacțiile efectuate și sumele încasate;",
             "conturile bancare (IBAN) declarate pentru încasări."], style="alpha")
    p.para("Informațiile vor fi transmise prin curier, pe suport optic, la sediul I.P.J. Dolj – S.I.C.E., "
           "str. Ion Maiorescu nr. 2, Craiova.", indent_mm=0)
    p.gap(10)
    p.sigblock(["ȘEF SERVICIU", "Comisar-șef de poliție", ("ENACHE Marius", True)], align="center", width_mm=80)
    cx, cy = center_sig(p)
    put_signature(p, rng, "zigzag", "black", cx + p.mm(2), cy + p.mm(1), width_mm=40)
    put_stamp(p, rng, cx + p.mm(42), cy - p.mm(6), "stampblue", rot=24, diameter_mm=35,
              outer="MINISTERUL AFACERILOR INTERNE • INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ", center="arms")
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Inspectoratul de Poliție Județean Dolj", "authority_kind": "police",
                "reference_number": "118402", "reference_date": "2026-12-03", "case_number": "4471/P/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "gsm_oltenia"},
                             {"kind": "email", "value": "gsm.oltenia.shop@gmail.com"},
                             {"kind": "phone", "value": "0745 118 902"},
                             {"kind": "username", "value": "andreea.vinde2026"},
                             {"kind": "email", "value": "andreea.vinde2026@yahoo.ro"},
                             {"kind": "phone", "value": "0761 330 457"}],
                "requested_data": ["datele de înregistrare ale conturilor (nume, prenume, CNP, adresă)",
                                   "istoricul anunțurilor publicate",
                                   "tranzacțiile efectuate și sumele încasate",
                                   "conturile bancare (IBAN) declarate pentru încasări"],
                "response_channel": "courier",
                "signatory": "Comisar-șef de poliție Enache Marius", "urgent": False},
        accept={"authority": ["IPJ Dolj", "Serviciul de Investigare a Criminalității Economice",
                              "Inspectoratul de Poliție Județean Dolj – Serviciul de Investigare a Criminalității Economice"]},
        ink={"signature": True, "stamp": True},
        notes="genuine; G3 fax at 204x98 (low resolution), users in a table (username, e-mail, phone), "
              "data as a)-d), stamp rotated 24 degrees beside the signature")
    return [p], dict(kind="fax", lines=98, comp="group3", tags={270: "40251555201", 305: "HylaFAX 7.0.6"},
                     hdr="DEC-03-2026 10:42 FROM:IPJ DOLJ SICE    ID:0251555201   PAGE {i}/{n}",
                     date="", skew=-0.7), truth


def g_sibiu(rng):
    """IPJ Sibiu – SCCI, colour post JPEG: initials signature left of the name, violet stamp half faded, coffee."""
    p = Page(family="dvserif", pt=10.5, margins=(24, 15, 20, 15))
    p.columns([("MINISTERUL AFACERILOR INTERNE", True), ("INSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU", True),
               "Serviciul de Combatere a Criminalității Informatice", "Str. Revoluției nr. 1–3, Sibiu",
               "Tel. 0269 555 300 / Fax 0269 555 301"],
              [("NESECRET", True), "Nr. 98771 din 27 noiembrie 2026"], pt=9.5, split=0.62)
    p.gap(7)
    block_left(p, ["Către", ("OKAZII.RO", True), "Centrul de prevenire a fraudelor – Departamentul Juridic"])
    p.gap(6)
    p.para("Vă aducem la cunoștință că la nivelul Serviciului de Combatere a Criminalității Informatice se "
           "efectuează cercetări sub aspectul săvârșirii infracțiunii de fraudă informatică, prev. de art. 249 "
           "C.pen., în dosarul penal nr. 1187/P/2026 al Parchetului de pe lângă Tribunalul Sibiu.")
    p.para("În conformitate cu dispozițiile art. 170 C.proc.pen., vă solicităm să ne furnizați, cu privire la "
           "utilizatorul cu ID 50418833, care a indicat pentru încasarea sumelor contul IBAN "
           "RO49 BTRL RONC RT05 7812 3401, următoarele:")
    p.items(["datele de identificare ale titularului contului;",
             "istoricul conectărilor (adresă IP, dată, oră);",
             "corespondența purtată prin sistemul de mesagerie al platformei cu cumpărătorii;",
             "lista anunțurilor active la data prezentei."], style="dash")
    p.para("Răspunsul poate fi transmis fie electronic, la adresa scci@sb.politiaromana.ro, fie prin poștă, la "
           "sediul nostru.")
    p.gap(12)
    p.sigblock(["Șeful Serviciului de Combatere a Criminalității Informatice", "Comisar de poliție",
                ("MOLDOVAN Ioana", True)], align="right", width_mm=105)
    x0, y0, x1, y1 = p.anchors["sig"]
    put_signature(p, rng, "initials", "blue2", x0 - p.mm(6), y1 - p.mm(4), width_mm=36, rot=6)
    put_stamp(p, rng, (x0 + x1) // 2 + p.mm(10), y1 + p.mm(10), "stampviolet", partial=200, diameter_mm=37,
              outer="ROMÂNIA • MINISTERUL AFACERILOR INTERNE • I.P.J. SIBIU", inner="S.C.C.I.", center="arms",
              rot=8)
    img = coffee_stain(p.img, rng, p.W * 0.78, p.H * 0.2, p.mm(34))
    p.img = img
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Inspectoratul de Poliție Județean Sibiu", "authority_kind": "police",
                "reference_number": "98771", "reference_date": "2026-11-27", "case_number": "1187/P/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "user_id", "value": "50418833"},
                             {"kind": "iban", "value": "RO49BTRLRONCRT0578123401"}],
                "requested_data": ["datele de identificare ale titularului contului",
                                   "istoricul conectărilor (adresă IP, dată, oră)",
                                   "corespondența purtată prin sistemul de mesagerie al platformei cu cumpărătorii",
                                   "lista anunțurilor active la data prezentei"],
                "response_channel": "both",
                "signatory": "Comisar de poliție Moldovan Ioana", "urgent": False},
        accept={"authority": ["IPJ Sibiu", "Serviciul de Combatere a Criminalității Informatice"]},
        ink={"signature": True, "stamp": True},
        notes="genuine; colour post scan JPEG; user id + IBAN; dash list; blue initials-and-line signature "
              "left of the signatory block, violet stamp fading on one side below it, coffee ring at the top")
    return [p], dict(kind="jpeg", quality=62, wear=["light", "noise"]), truth


def g_dgpmb(rng):
    """DGPMB Secția 9: 3-page fax; signature and stamp on the last page alone."""
    pages = []
    p1 = Page(family="serif", pt=11.5)
    p1.columns([("DIRECȚIA GENERALĂ DE POLIȚIE A", True), ("MUNICIPIULUI BUCUREȘTI", True),
                ("SECȚIA 9 POLIȚIE", True), "Biroul Investigații Criminale"],
               [("NESECRET", True), "Exemplar unic", "Nr. 1.204.557", "din 30.11.2026"], split=0.6, right_align="right")
    p1.gap(10)
    p1.line("Către OKAZII.RO – Departamentul Juridic", bold=True)
    p1.gap(6)
    p1.para("Secția 9 Poliție efectuează cercetări în dosarul penal nr. 31488/P/2026 al Parchetului de pe lângă "
            "Judecătoria Sectorului 2 București, în care se fac cercetări față de autor necunoscut sub aspectul "
            "săvârșirii infracțiunii de înșelăciune prev. de art. 244 C.pen.")
    p1.para("În fapt, persoana vătămată a reclamat că în data de 12.10.2026 a achitat suma de 4.800 lei pentru "
            "două telefoane mobile, în baza tranzacțiilor nr. 70312458 și nr. 70312991 încheiate pe platforma "
            "dumneavoastră cu utilizatorul „bogdan.iphone.deals”, fără a primi bunurile. Utilizatorul a "
            "comunicat persoanei vătămate numărul de telefon +40 731 004 219 și adresa de e-mail "
            "bogdan.deals@gmail.com.")
    p1.para("Pentru identificarea autorului și administrarea probatoriului este necesară obținerea unor date "
            "aflate în posesia dumneavoastră, detaliate în continuare.")
    p1.footer("Pagina 1/3")
    p2 = Page(family="serif", pt=11.5)
    p2.line("Nr. 1.204.557 din 30.11.2026", pt=9, align="right")
    p2.gap(6)
    p2.para("Având în vedere dispozițiile art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, cu "
            "privire la contul de utilizator „bogdan.iphone.deals”:")
    p2.items(["datele de identificare ale titularului contului;",
              "adresele IP și datele de conectare;",
              "mesajele schimbate cu persoana vătămată în legătură cu cele două tranzacții;",
              "modalitatea de plată și conturile bancare utilizate."], style="roman")
    p2.para("Datele vor fi predate pe suport optic, prin curier, la sediul Secției 9 Poliție din "
            "Str. Vatra Luminoasă nr. 32, sector 2, București, în atenția agentului de poliție Manole Irina.")
    p2.footer("Pagina 2/3")
    p3 = Page(family="serif", pt=11.5)
    p3.line("Nr. 1.204.557 din 30.11.2026", pt=9, align="right")
    p3.gap(8)
    p3.para("Vă mulțumim pentru colaborare.")
    p3.gap(20)
    p3.sigblock(["ȘEF SECȚIA 9 POLIȚIE", "Comisar-șef de poliție", ("NEDELCU Adrian-Florin", True)], align="center")
    cx, cy = center_sig(p3)
    put_signature(p3, rng, "cursive", "black", cx, cy - p3.mm(9), width_mm=44)
    put_stamp(p3, rng, cx - p3.mm(48), cy - p3.mm(5), "stampblue", diameter_mm=36, rot=-5,
              outer="DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI", inner="SECȚIA 9 POLIȚIE", center="arms")
    p3.footer("Pagina 3/3")
    pages = [p1, p2, p3]
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Secția 9 Poliție", "authority_kind": "police",
                "reference_number": "1204557", "reference_date": "2026-11-30", "case_number": "31488/P/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "bogdan.iphone.deals"},
                             {"kind": "phone", "value": "+40 731 004 219"},
                             {"kind": "email", "value": "bogdan.deals@gmail.com"}],
                "transactions": ["70312458", "70312991"],
                "requested_data": ["datele de identificare ale titularului contului",
                                   "adresele IP și datele de conectare",
                                   "mesajele schimbate cu persoana vătămată în legătură cu cele două tranzacții",
                                   "modalitatea de plată și conturile bancare utilizate"],
                "response_channel": "courier",
                "signatory": "Comisar-șef de poliție Nedelcu Adrian-Florin", "urgent": False},
        accept={"authority": ["Direcția Generală de Poliție a Municipiului București", "DGPMB",
                              "Direcția Generală de Poliție a Municipiului București – Secția 9 Poliție"],
                "reference_number": ["1.204.557"]},
        ink={"signature": True, "stamp": True},
        notes="genuine; 3-page G4 fax (DocumentName + Artist tags); facts on page 1, data (I.-IV.) on page 2, "
              "signature and stamp alone on page 3; registration number split over two heading lines")
    return pages, dict(kind="fax", lines=196, comp="group4",
                       tags={269: "fax from +40215556409", 315: "DGPMB S9"},
                       hdr="30.11.2026 16:51   021 555 6409   DGPMB SECTIA 9      Pag. {i:02d}", skew=0.9), truth


def g_pj_iasi(rng):
    """Parchetul de pe lângă Judecătoria Iași: ordonanță, image-only PDF, 2 pages, faint partial blue stamp."""
    p1 = Page(family="free", pt=12)
    p1.line("ROMÂNIA", bold=True, align="center")
    p1.line("MINISTERUL PUBLIC", align="center")
    p1.line("PARCHETUL DE PE LÂNGĂ JUDECĂTORIA IAȘI", bold=True, align="center")
    p1.gap(2)
    p1.columns(["Dosar nr. 7812/P/2026"], ["Operator de date cu caracter personal nr. 2994"], split=0.45, right_align="right", pt=9.5)
    p1.gap(6)
    p1.line("O R D O N A N Ț Ă", pt=15, bold=True, align="center")
    p1.line("Nr. 7812/P/2026 din 01.12.2026", align="center")
    p1.gap(2)
    p1.line("Anul 2026, luna decembrie, ziua 01", italic=True)
    p1.line("LUPAȘCU ELENA-RALUCA – procuror în cadrul Parchetului de pe lângă Judecătoria Iași,")
    p1.gap(2)
    p1.line("Examinând actele dosarului penal nr. 7812/P/2026,", italic=True)
    p1.line("CONSTAT:", bold=True, align="center")
    p1.para("Prin plângerea înregistrată la data de 04.11.2026, persoana vătămată Ciobanu Teodor a sesizat că a "
            "achitat suma de 2.300 lei pentru o colecție de monede vechi, anunțată pe platforma okazii.ro de "
            "utilizatorul „antikvariat_iasi” (ID utilizator 30994417), monedele primite fiind falsificate.")
    p1.para("Pentru lămurirea împrejurărilor cauzei este necesară obținerea datelor deținute de operatorul "
            "platformei, sens în care, în temeiul art. 170 alin. (1) și (2) C.proc.pen.,")
    p1.line("D I S P U N:", bold=True, align="center")
    p1.items(["Obligarea OKAZII.RO să comunice organului de urmărire penală, în termen de 5 zile de la "
              "primire, următoarele date privind utilizatorul „antikvariat_iasi” (ID utilizator 30994417):"],
             style="num")
    p1.footer("1/2")
    p2 = Page(family="free", pt=12)
    p2.gap(4)
    p2.items(["datele de identificare declarate la înregistrare (nume, adresă, telefon, e-mail);",
              "lista tranzacțiilor încheiate în perioada 01.06.2026 – 30.11.2026, cu sumele aferente;",
              "adresele IP utilizate la autentificare în aceeași perioadă."], style="alpha", indent_mm=18)
    p2.items(["Datele vor fi comunicate în format electronic la adresa pjiasi@mpublic.ro sau pe suport optic "
              "la sediul parchetului.", "Prezenta ordonanță se comunică OKAZII.RO."], style="num", start=2)
    p2.gap(16)
    p2.sigblock(["PROCUROR,", ("Lupașcu Elena-Raluca", True)], align="right", width_mm=70)
    cx, cy = center_sig(p2)
    put_signature(p2, rng, "loops", "black", cx - p2.mm(6), cy + p2.mm(9), width_mm=40)
    put_stamp(p2, rng, cx - p2.mm(40), cy + p2.mm(8), "stampblue", diameter_mm=38, rot=15, faint=0.55, partial=320,
              outer="ROMÂNIA • MINISTERUL PUBLIC • PARCHETUL DE PE LÂNGĂ JUDECĂTORIA IAȘI", center="arms")
    p2.footer("2/2")
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Parchetul de pe lângă Judecătoria Iași", "authority_kind": "prosecutor",
                "reference_number": "7812/P/2026", "reference_date": "2026-12-01", "case_number": "7812/P/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "antikvariat_iasi"},
                             {"kind": "user_id", "value": "30994417"}],
                "requested_data": ["datele de identificare declarate la înregistrare (nume, adresă, telefon, e-mail)",
                                   "lista tranzacțiilor încheiate în perioada 01.06.2026 – 30.11.2026, cu sumele aferente",
                                   "adresele IP utilizate la autentificare în aceeași perioadă"],
                "period": {"from": "2026-06-01", "to": "2026-11-30"},
                "response_channel": "both",
                "signatory": "Procuror Lupașcu Elena-Raluca", "urgent": False},
        accept={"signatory": ["Lupașcu Elena-Raluca", "procuror Lupașcu Elena-Raluca"]},
        ink={"signature": True, "stamp": True},
        notes="genuine; ordonanță as an image-only colour PDF by post; registration number = case number "
              "(7812/P/2026); the data are sub-items a)-c) of point 1 of the DISPUN, carried over to page 2; "
              "faint blue stamp fading on one side; 'Operator de date cu caracter personal nr.' line")
    return [p1, p2], dict(kind="pdf", mode="RGB", quality=55, wear=["light", "noise", "skew"]), truth


def g_pt_bihor(rng):
    """Parchetul de pe lângă Tribunalul Bihor: G3 fax 204×196; black double-struck stamp; data inline (i)…(iii)."""
    p = Page(family="serif", pt=11.5)
    p.line("MINISTERUL PUBLIC", bold=True)
    p.line("PARCHETUL DE PE LÂNGĂ TRIBUNALUL BIHOR", bold=True)
    p.line("Str. Parcul Traian nr. 10, Oradea • Tel. 0259 555 121 • Fax 0259 555 120", pt=9)
    p.line("Operator date cu caracter personal nr. 4811", pt=9)
    p.hrule()
    p.line("Nr. 1554/VIII-1/2026", bold=True)
    p.line("Oradea, 02 decembrie 2026")
    p.gap(6)
    p.line("Către,", x=p.mm(110))
    p.line("OKAZII.RO", bold=True, x=p.mm(110))
    p.line("– Centrul de prevenire a fraudelor –", x=p.mm(110))
    p.gap(8)
    p.para("În dosarul penal nr. 412/P/2025, aflat în faza urmăririi penale, privind infracțiunea de "
           "înșelăciune prev. de art. 244 alin. (2) C.pen., în temeiul art. 170 C.pr.pen. vă rugăm să ne "
           "comunicați, cu privire la utilizatorul care a folosit numărul de telefon 0770 551 208 și adresa de "
           "e-mail sandu.valentin.or@yahoo.com: (i) datele de identificare ale contului; (ii) anunțurile "
           "publicate începând cu 01.01.2025; (iii) datele de conectare (IP, dată și oră) aferente "
           "acestor anunțuri.")
    p.para("Răspunsul va fi înaintat în format electronic la adresa ptbihor@mpublic.ro.")
    p.gap(14)
    p.sigblock(["Prim-procuror,", ("Tudor Cristian-Ovidiu", True)], align="left", width_mm=70, x_mm=110)
    cx, cy = center_sig(p)
    put_signature(p, rng, "scrawl", "blue", cx, cy + p.mm(8), width_mm=38)
    put_stamp(p, rng, cx - p.mm(42), cy + p.mm(12), "stampblack", diameter_mm=36, dotted=True, double_strike=True,
              outer="ROMÂNIA • MINISTERUL PUBLIC • PARCHETUL DE PE LÂNGĂ TRIBUNALUL BIHOR", center="arms", rot=-20)
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Parchetul de pe lângă Tribunalul Bihor", "authority_kind": "prosecutor",
                "reference_number": "1554/VIII-1/2026", "reference_date": "2026-12-02", "case_number": "412/P/2025",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "phone", "value": "0770 551 208"},
                             {"kind": "email", "value": "sandu.valentin.or@yahoo.com"}],
                "requested_data": ["datele de identificare ale contului",
                                   "anunțurile publicate începând cu 01.01.2025",
                                   "datele de conectare (IP, dată și oră) aferente acestor anunțuri"],
                "response_channel": "electronic",
                "signatory": "Prim-procuror Tudor Cristian-Ovidiu", "urgent": False},
        ink={"signature": True, "stamp": True},
        notes="genuine; G3 fax 204x196; case of the previous year (412/P/2025); data listed inline as (i)-(iii) "
              "inside one sentence; date written 'Oradea, 02 decembrie 2026'; black double-struck dotted-ring stamp")
    return [p], dict(kind="fax", lines=196, comp="group3", tags={270: "+40259555120", 269: "PT BIHOR"},
                     hdr="02/12/2026 11:03 FAX 0259 555 120   PARCHET TB BIHOR   #0412 P.{i:03d}", skew=-0.3,
                     dither=True), truth


def g_pj_galati(rng):
    """Parchetul de pe lângă Judecătoria Galați: G4 fax 204×98, 2 pages, ink bottom-left."""
    p1 = Page(family="sans", pt=11)
    p1.columns([("PARCHETUL DE PE LÂNGĂ JUDECĂTORIA GALAȚI", True), "Galați, str. Brăilei nr. 153",
                "tel. 0236 555 331, fax 0236 555 330"], ["Nr. 3140/II/2/2026", "Data: 25.11.2026"], split=0.6,
               right_align="right")
    p1.gap(10)
    p1.line("Stimate doamne, stimați domni,", italic=True)
    p1.gap(2)
    p1.para("Parchetul de pe lângă Judecătoria Galați instrumentează dosarul penal nr. 6023/P/2026, având ca "
            "obiect infracțiunea de înșelăciune prev. de art. 244 C.pen., săvârșită în legătură cu vânzarea unor "
            "piese auto prin intermediul platformei okazii.ro.")
    p1.para("În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne puneți la dispoziție, pentru "
            "utilizatorii „dunarea_shop” și „galati.auto.parts” și pentru tranzacția nr. 80155512:")
    p1.items(["datele de identificare ale titularilor conturilor", "istoricul plăților aferente tranzacției",
              "adresele de livrare indicate de cumpărător", "conversațiile purtate prin platformă între cei doi "
              "utilizatori"], style="bullet")
    p1.footer("pag. 1 din 2")
    p2 = Page(family="sans", pt=11)
    p2.gap(4)
    p2.para("Datele solicitate urmează a fi transmise prin curier, în plic sigilat, la sediul Parchetului de pe "
            "lângă Judecătoria Galați, cu mențiunea „în atenția procurorului de caz – dosar nr. 6023/P/2026”.")
    p2.gap(6)
    p2.line("Cu stimă,")
    p2.gap(4)
    p2.line("Procuror șef secție,")
    p2.line("Arhip Daniela", bold=True, name="name")
    x0, y0, x1, y1 = p2.anchors["name"]
    put_signature(p2, rng, "initials", "black", p2.mm(48), p2.H - p2.mm(52), width_mm=38)
    put_stamp(p2, rng, p2.mm(50), p2.H - p2.mm(70), "stampblue", diameter_mm=35, rot=40, partial=90,
              outer="MINISTERUL PUBLIC • PARCHETUL DE PE LÂNGĂ JUDECĂTORIA GALAȚI", center="arms")
    p2.footer("pag. 2 din 2")
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Parchetul de pe lângă Judecătoria Galați", "authority_kind": "prosecutor",
                "reference_number": "3140/II/2/2026", "reference_date": "2026-11-25", "case_number": "6023/P/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "dunarea_shop"},
                             {"kind": "username", "value": "galati.auto.parts"}],
                "transactions": ["80155512"],
                "requested_data": ["datele de identificare ale titularilor conturilor",
                                   "istoricul plăților aferente tranzacției",
                                   "adresele de livrare indicate de cumpărător",
                                   "conversațiile purtate prin platformă între cei doi utilizatori"],
                "response_channel": "courier",
                "signatory": "Procuror șef secție Arhip Daniela", "urgent": False},
        ink={"signature": True, "stamp": True},
        notes="genuine; G4 fax at 204x98; bulleted data without closing punctuation; the signature and stamp "
              "are at the bottom-left of page 2, far below the typed name; 'Data:' labelled date")
    return [p1, p2], dict(kind="fax", lines=98, comp="group4", tags={315: "+40 236 555 330"},
                          hdr="25-11-2026 13:27  PARCHET JUD GALATI  0236555330  P{i}/{n}", skew=0.5), truth


def g_diicot(rng):
    """DIICOT – ST Craiova: urgent, 48 hours; post multi-page TIFF colour; violet pen, blue double-ring stamp."""
    p1 = Page(family="serif", pt=11.5)
    p1.line("R O M Â N I A", bold=True, align="center")
    p1.line("MINISTERUL PUBLIC", align="center")
    p1.line("PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE", align="center", pt=10)
    p1.line("DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM", bold=True,
            align="center", pt=10)
    p1.line("SERVICIUL TERITORIAL CRAIOVA", bold=True, align="center")
    p1.hrule()
    p1.columns(["Dosar nr. 412D/P/2026", "Nr. 6604/II/5/2026 din 04.12.2026"], [("URGENT", True), "NESECRET"],
               split=0.6, right_align="right")
    p1.gap(6)
    block_left(p1, OKAZII)
    p1.gap(6)
    p1.para("Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul "
            "Teritorial Craiova efectuează urmărirea penală în dosarul nr. 412D/P/2026, privind constituirea "
            "unui grup infracțional organizat și spălarea banilor proveniți din vânzări fictive de "
            "echipamente electronice.")
    p1.para("Față de riscul disipării sumelor, vă rugăm ca, în termen de 48 de ore de la primirea prezentei, "
            "în baza art. 170 C.pr.pen., să ne comunicați, pentru conturile „crypto_ardei” și „vlad.olt”, "
            "precum și pentru orice cont care a folosit contul bancar RO66 INGB 0000 9999 1234 5678:")
    p1.items(["datele de identificare și de contact ale titularilor;",
              "toate tranzacțiile încheiate, cu date, sume și contrapărți;",
              "adresele IP și identificatorii dispozitivelor folosite la autentificare;",
              "conturile bancare declarate pentru încasări."], style="bullet")
    p1.footer("1/2")
    p2 = Page(family="serif", pt=11.5)
    p2.para("Răspunsul va fi transmis exclusiv prin curier, cu confirmare de primire, la sediul Serviciului "
            "Teritorial Craiova din str. Brestei nr. 12, Craiova. Pentru lămuriri: tel. 0251 555 641.")
    p2.para("Vă aducem la cunoștință că, potrivit art. 170 alin. (2) C.pr.pen., persoana căreia i s-a cerut "
            "predarea datelor este obligată să le predea.")
    p2.gap(16)
    p2.sigblock(["PROCUROR ȘEF SERVICIU,", ("Drăgulescu Remus", True)], align="center", width_mm=80)
    cx, cy = center_sig(p2)
    put_signature(p2, rng, "cursive", "violet", cx + p2.mm(6), cy + p2.mm(8), width_mm=42)
    put_stamp(p2, rng, cx + p2.mm(36), cy + p2.mm(4), "stampblue", double=True, diameter_mm=40, rot=-30,
              outer="MINISTERUL PUBLIC • D.I.I.C.O.T. • SERVICIUL TERITORIAL CRAIOVA", inner="JUDEȚUL DOLJ",
              center="arms")
    p2.footer("2/2")
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul Teritorial Craiova",
                "authority_kind": "prosecutor",
                "reference_number": "6604/II/5/2026", "reference_date": "2026-12-04", "case_number": "412D/P/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "crypto_ardei"},
                             {"kind": "username", "value": "vlad.olt"},
                             {"kind": "iban", "value": "RO66INGB0000999912345678"}],
                "requested_data": ["datele de identificare și de contact ale titularilor",
                                   "toate tranzacțiile încheiate, cu date, sume și contrapărți",
                                   "adresele IP și identificatorii dispozitivelor folosite la autentificare",
                                   "conturile bancare declarate pentru încasări"],
                "response_channel": "courier",
                "signatory": "Procuror șef serviciu Drăgulescu Remus", "urgent": True},
        accept={"authority": ["DIICOT – Serviciul Teritorial Craiova", "DIICOT - Serviciul Teritorial Craiova",
                              "Serviciul Teritorial Craiova", "DIICOT",
                              "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"]},
        ink={"signature": True, "stamp": True},
        notes="genuine, urgent (48 hours); 2-page colour TIFF from the mailroom (deflate); heading names the "
              "parent institutions; violet signature, blue double-ring stamp rotated -30 degrees; stapled corner")
    return [p1, p2], dict(kind="tiff_post", mode="RGB", wear=["light", "staple", "noise"]), truth


def g_tb_suceava(rng):
    """Tribunalul Suceava, secția penală: PNG grayscale, judge + clerk sign, oval-free round stamp with ROMÂNIA."""
    p = Page(family="serif", pt=11.5)
    p.columns([("R O M Â N I A", True), ("TRIBUNALUL SUCEAVA", True), "SECȚIA PENALĂ",
               "Str. Ștefan cel Mare nr. 62, Suceava"],
              ["Dosar nr. 2871/86/2026", "Termen: 14 ianuarie 2027", "Nr. ieșire 41.227 / 03.12.2026"],
              split=0.55, right_align="right")
    p.gap(10)
    p.line("Către OKAZII.RO", bold=True, align="center")
    p.line("(Centrul de prevenire a fraudelor)", align="center")
    p.gap(8)
    p.para("Vă facem cunoscut că, prin încheierea de ședință din data de 02.12.2026, pronunțată în dosarul cu "
           "numărul de mai sus, având ca obiect infracțiunea de înșelăciune (art. 244 C.pen.), instanța a "
           "dispus, în temeiul art. 170 C.proc.pen., solicitarea către dumneavoastră a următoarelor date "
           "privind utilizatorul „bucovina_antiques”, e-mail bucovina.antiques@gmail.com:")
    p.items(["identitatea titularului contului și data creării acestuia", "lista tranzacțiilor cu inculpatul "
             "Hrițcu Andrei-Cosmin, ID utilizator 41177302", "corespondența dintre cei doi utilizatori"],
            style="numdash")
    p.para("Relațiile vor fi comunicate până la termenul de judecată, prin poștă sau la adresa de e-mail "
           "tribunalul-suceava@just.ro, cu mențiunea numărului de dosar.")
    p.gap(12)
    p.columns([("PREȘEDINTE,", True), "judecător Ursache Lenuța"], [("GREFIER,", True), "Dănilă Cornelia"],
              split=0.5)
    y = p.y
    put_signature(p, rng, "loops", "blue", p.mm(58), y + p.mm(6), width_mm=38)
    put_signature(p, rng, "zigzag", "blue", p.mm(150), y + p.mm(5), width_mm=30)
    put_stamp(p, rng, p.mm(100), y + p.mm(16), "stampblue", diameter_mm=38,
              outer="ROMÂNIA • TRIBUNALUL SUCEAVA • JUDEȚUL SUCEAVA", center="text",
              center_text=("ROMÂNIA", "SECȚIA PENALĂ"), rot=6)
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Tribunalul Suceava", "authority_kind": "court",
                "reference_number": "41227", "reference_date": "2026-12-03", "case_number": "2871/86/2026",
                "legal_basis": ["art. 170 CPP"],
                "requested_data": ["identitatea titularului contului și data creării acestuia",
                                   "lista tranzacțiilor cu inculpatul Hrițcu Andrei-Cosmin, ID utilizator 41177302",
                                   "corespondența dintre cei doi utilizatori"],
                "signatory": "judecător Ursache Lenuța", "urgent": False},
        accept={"authority": ["Tribunalul Suceava – Secția penală"], "reference_number": ["41.227"],
                "signatory": ["Președinte judecător Ursache Lenuța", "Ursache Lenuța"]},
        ink={"signature": True, "stamp": True},
        notes="genuine; court letter as a grayscale PNG; court file number 2871/86/2026 and an exit number "
              "'Nr. ieșire 41.227 / 03.12.2026'; two signatures (judge and clerk) and a stamp between them; "
              "subjects left unscored (one user is the defendant's counterparty by user id)")
    return [p], dict(kind="png", mode="L", wear=["light", "noise", "skew", "fold"]), truth


def g_buftea(rng):
    """Judecătoria Buftea: 2-page G4 fax; stamp over the text."""
    p1 = Page(family="narrow", pt=12)
    p1.line("ROMÂNIA", bold=True)
    p1.line("JUDECĂTORIA BUFTEA", bold=True)
    p1.line("Secția penală – Camera preliminară", pt=10)
    p1.line("Buftea, str. Studiourilor nr. 7, jud. Ilfov", pt=10)
    p1.gap(4)
    p1.line("Dosar nr. 10442/94/2026", bold=True, align="right")
    p1.line("Adresa nr. 10442/94/2026 din 02.12.2026", align="right")
    p1.gap(8)
    p1.line("CĂTRE: OKAZII.RO", bold=True)
    p1.gap(4)
    p1.para("În vederea soluționării cauzei penale ce formează obiectul dosarului nr. 10442/94/2026, privind "
            "pe inculpatul Mitroi Ștefan, trimis în judecată pentru săvârșirea infracțiunii de înșelăciune, "
            "în temeiul art. 170 alin. (1) din Codul de procedură penală, vă solicităm să comunicați "
            "instanței:")
    p1.items(["data creării contului de utilizator „stefan_ilfov_bikes” și datele declarate la înregistrare;",
              "numărul de telefon și adresa de e-mail asociate contului;",
              "lista anunțurilor de vânzare a unor biciclete publicate în perioada 01.03.2026 – 31.07.2026."],
             style="paren")
    p1.footer("1/2", align="right")
    p2 = Page(family="narrow", pt=12)
    p2.para("Relațiile solicitate vor fi comunicate prin poștă, la adresa instanței, sau prin e-mail la "
            "adresa jud-buftea@just.ro, cu indicarea numărului de dosar.")
    p2.para("Termenul pentru comunicarea relațiilor este de 10 zile de la primirea prezentei adrese.")
    p2.gap(14)
    p2.sigblock([("JUDECĂTOR,", True), "Stoica Laurențiu"], align="left", width_mm=60)
    p2.sigblock([("GREFIER,", True), "Ene Mirela"], align="right", width_mm=60, name="sig2")
    x0, y0, x1, y1 = p2.anchors["sig"]
    put_signature(p2, rng, "initials", "blue", (x0 + x1) // 2, y1 + p2.mm(4), width_mm=34)
    put_stamp(p2, rng, p2.W // 2 - p2.mm(10), p2.mm(30), "stampblue", diameter_mm=36, rot=-70,
              outer="ROMÂNIA • JUDECĂTORIA BUFTEA • JUDEȚUL ILFOV", center="arms", partial=10)
    p2.footer("2/2", align="right")
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Judecătoria Buftea", "authority_kind": "court",
                "reference_number": "10442/94/2026", "reference_date": "2026-12-02", "case_number": "10442/94/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "stefan_ilfov_bikes"}],
                "requested_data": ["data creării contului de utilizator „stefan_ilfov_bikes” și datele declarate la înregistrare",
                                   "numărul de telefon și adresa de e-mail asociate contului",
                                   "lista anunțurilor de vânzare a unor biciclete publicate în perioada 01.03.2026 – 31.07.2026"],
                "period": {"from": "2026-03-01", "to": "2026-07-31"},
                "response_channel": "both",
                "signatory": "Judecător Stoica Laurențiu", "urgent": False},
        ink={"signature": True, "stamp": True},
        notes="genuine; 2-page G4 fax; the court stamps the top of page 2 over the text (rotated -70 degrees), "
              "far from the judge's block; only the judge signs (the clerk's line stays unsigned)")
    return [p1, p2], dict(kind="fax", lines=196, comp="group4", tags={270: "JUDECATORIA BUFTEA +40215556720"},
                          hdr="  02 DEC 2026  14:55     JUDECATORIA BUFTEA       +40 21 555 6720    p.{i}",
                          skew=-1.2), truth


def g_braila(rng):
    """IPJ Brăila – Secția 2: phone photo of the letter; roman-numeral month."""
    p = Page(family="serif", pt=12)
    p.line("MINISTERUL AFACERILOR INTERNE", align="center", pt=10)
    p.line("INSPECTORATUL DE POLIȚIE JUDEȚEAN BRĂILA", bold=True, align="center")
    p.line("POLIȚIA MUNICIPIULUI BRĂILA – SECȚIA 2 POLIȚIE", bold=True, align="center")
    p.gap(3)
    p.columns(["Nr. 604.118 din 01.XII.2026"], ["NESECRET"], split=0.6, right_align="right")
    p.gap(8)
    block_left(p, OKAZII[:3])
    p.gap(6)
    p.para("Secția 2 Poliție Brăila efectuează cercetări în dosarul penal nr. 9052/P/2026, privind infracțiunea "
           "de înșelăciune, în care persoana vătămată a achitat suma de 1.150 lei pentru o centrală termică "
           "anunțată de utilizatorul „braila_second_hand”, în baza tranzacției nr. 81120045, bunul nefiind "
           "livrat.")
    p.para("În temeiul art. 170 C.pr.pen. vă rugăm să ne comunicați datele de identificare ale titularului "
           "contului „braila_second_hand”, numărul de telefon și adresa de e-mail asociate, precum și "
           "adresele IP de conectare din luna octombrie 2026.")
    p.para("Răspunsul îl puteți trimite pe adresa de e-mail sectia2.braila@br.politiaromana.ro.")
    p.gap(12)
    p.sigblock(["Șef Secția 2 Poliție", "Subcomisar de poliție", ("CHIRILĂ Nicoleta", True)], align="right")
    cx, cy = center_sig(p)
    put_signature(p, rng, "loops", "blue2", cx + p.mm(12), cy - p.mm(3), width_mm=40, rot=-8)
    put_stamp(p, rng, cx - p.mm(26), cy + p.mm(14), "stampviolet", diameter_mm=36, rot=12,
              outer="ROMÂNIA • M.A.I. • INSPECTORATUL DE POLIȚIE JUDEȚEAN BRĂILA", inner="SECȚIA 2 POLIȚIE",
              center="arms")
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Secția 2 Poliție Brăila", "authority_kind": "police",
                "reference_number": "604118", "reference_date": "2026-12-01", "case_number": "9052/P/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "braila_second_hand"}],
                "transactions": ["81120045"],
                "response_channel": "electronic",
                "signatory": "Subcomisar de poliție Chirilă Nicoleta", "urgent": False},
        accept={"authority": ["Poliția Municipiului Brăila – Secția 2 Poliție", "Poliția Municipiului Brăila",
                              "Inspectoratul de Poliție Județean Brăila", "IPJ Brăila",
                              "Poliția Municipiului Brăila - Secția 2 Poliție"],
                "reference_number": ["604.118"]},
        ink={"signature": True, "stamp": True},
        notes="genuine; phone photo (perspective, shading) handed to the mailroom; date '01.XII.2026'; data "
              "asked in one prose sentence (requested_data left unscored)")
    return [p], dict(kind="jpeg", quality=60, phone=True), truth


def g_prahova(rng):
    """IPJ Prahova – BCCI: no diacritics, G4 fax, skew + streaks; red stamp (black in the fax)."""
    p = Page(family="freesans", pt=11)
    p.line("INSPECTORATUL GENERAL AL POLITIEI ROMANE", pt=10)
    p.line("INSPECTORATUL DE POLITIE JUDETEAN PRAHOVA", bold=True)
    p.line("Biroul Combatere a Criminalitatii Informatice", pt=10)
    p.line("Ploiesti, str. Valeni nr. 110", pt=10)
    p.gap(3)
    p.columns(["Nr. 220158 din 04.12.2026"], ["NESECRET", "Ex. 1"], split=0.6, right_align="right")
    p.gap(6)
    block_left(p, OKAZII_NODIA[:2])
    p.gap(6)
    p.para("Subsemnatul, inspector principal de politie Vlad Sorin, din cadrul Biroului Combatere a "
           "Criminalitatii Informatice al I.P.J. Prahova, in dosarul penal nr. 6120/P/2026 al Parchetului de pe "
           "langa Judecatoria Ploiesti, in temeiul art. 170 C.p.p., va rog sa comunicati urmatoarele date cu "
           "privire la utilizatorul care foloseste adresa de e-mail office.ploiesti.deals@outlook.com si "
           "numarul de telefon 0722 401 118:")
    p.items(["nume utilizator si date de identificare;", "tranzactiile efectuate in anul 2026;",
             "IP-urile de creare a contului si de ultima accesare."], style="numdash")
    p.para("Va rugam ca raspunsul sa fie transmis prin e-mail la bcci.ph@ph.politiaromana.ro.")
    p.gap(12)
    p.sigblock(["Sef birou", "Inspector principal de politie", ("VLAD Sorin", True)], align="right")
    cx, cy = center_sig(p)
    put_signature(p, rng, "initials", "blue", cx, cy + p.mm(10), width_mm=36)
    put_stamp(p, rng, cx - p.mm(40), cy + p.mm(2), "stampred", diameter_mm=34, rot=5, double_strike=False,
              outer="INSPECTORATUL DE POLITIE JUDETEAN PRAHOVA • B.C.C.I.", center="text", center_text=("ROMANIA", "2"))
    truth = dict(
        category="law_enforcement", genuine=True, expect_verdict="verified",
        fields={"authority": "Inspectoratul de Politie Judetean Prahova", "authority_kind": "police",
                "reference_number": "220158", "reference_date": "2026-12-04", "case_number": "6120/P/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "email", "value": "office.ploiesti.deals@outlook.com"},
                             {"kind": "phone", "value": "0722 401 118"}],
                "requested_data": ["nume utilizator si date de identificare",
                                   "tranzactiile efectuate in anul 2026",
                                   "IP-urile de creare a contului si de ultima accesare"],
                "response_channel": "electronic",
                "signatory": "Inspector principal de politie Vlad Sorin", "urgent": False},
        accept={"authority": ["Inspectoratul de Poliție Județean Prahova", "IPJ Prahova",
                              "Biroul Combatere a Criminalitatii Informatice"]},
        ink={"signature": True, "stamp": True},
        notes="genuine; no diacritics anywhere; the officer writes in the first person ('Subsemnatul'); G4 fax, "
              "skewed with streaks; a red stamp (a black dithered blot on the fax) with a number '2' in the centre")
    return [p], dict(kind="fax", lines=196, comp="group4", tags={270: "+40 244 555 180", 315: "IPJ PH BCCI"},
                     hdr="04/12/2026 08:31  +40 244 555 180  IPJ PH BCCI   P.{i:03d}/{n:03d}", skew=1.6,
                     streaks=4), truth


# =========================================================================== forged / defective
def f_sector7(rng):
    """A prosecutor's office of a court that does not exist (Bucharest has six sectors)."""
    p = Page(family="serif", pt=11.5)
    p.line("ROMÂNIA", bold=True, align="center")
    p.line("MINISTERUL PUBLIC", align="center")
    p.line("PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 7 BUCUREȘTI", bold=True, align="center")
    p.hrule()
    p.columns(["Nr. 5519/P/2026", "din 03.12.2026"], [("URGENT", True)], split=0.6, right_align="right")
    p.gap(6)
    block_left(p, OKAZII[:2])
    p.gap(6)
    p.para("În dosarul penal nr. 5519/P/2026, privind infracțiunea de șantaj, în temeiul art. 170 C.proc.pen., "
           "vă solicităm să ne comunicați de urgență, în cel mult 24 de ore, datele de identificare, adresa de "
           "domiciliu, numărul de telefon și adresele IP ale utilizatorului „elena.popa.handmade”, precum și "
           "datele de livrare ale comenzilor primite de acesta în ultimele 6 luni.")
    p.para("Răspunsul se va transmite la numărul de fax 021 555 7700 sau pe adresa parchet.s7@mpublic.ro.")
    p.gap(14)
    p.sigblock(["PROCUROR,", ("Niculescu Tudor", True)], align="right", width_mm=70)
    cx, cy = center_sig(p)
    put_signature(p, rng, "cursive", "blue", cx, cy + p.mm(8), width_mm=40)
    put_stamp(p, rng, cx - p.mm(38), cy + p.mm(6), "stampblue", diameter_mm=36, rot=-8,
              outer="ROMÂNIA • MINISTERUL PUBLIC • PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SECTORULUI 7", center="arms")
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        fields={"authority": "Parchetul de pe lângă Judecătoria Sectorului 7 București", "authority_kind": "prosecutor",
                "case_number": "5519/P/2026", "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "elena.popa.handmade"}], "urgent": True},
        ink={"signature": True, "stamp": True},
        notes="FORGED: non-existent institution (Bucharest has courts for sectors 1-6 only); signed and stamped, "
              "24 hours, faxed from a number in no registry entry (TSI in Artist); registration number = case "
              "number, so any 'number' looks consistent")
    return [p], dict(kind="fax", lines=196, comp="group4", tags={315: "+40215557700"},
                     hdr="03/12/2026 18:47  +40215557700           P.{i:02d}", skew=0.2), truth


def f_frankenstein(rng):
    """Page 1 of one letter (unsigned) + page 2 of another letter (signed and stamped), same institution."""
    p1 = Page(family="serif", pt=11.5)
    p1.columns([("ROMÂNIA", True), "MINISTERUL AFACERILOR INTERNE", ("INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI", True),
                "Serviciul de Investigații Criminale"],
               [("NESECRET", True), "Iași", "Nr. 320.118 din 02.12.2026"], pt=10.5)
    p1.gap(8)
    block_left(p1, OKAZII)
    p1.gap(6)
    p1.para("Serviciul de Investigații Criminale efectuează cercetări în dosarul penal nr. 3301/P/2026 privind "
            "infracțiunea de înșelăciune. În temeiul art. 170 C.proc.pen. vă rugăm să ne comunicați, pentru "
            "utilizatorii „iasi_gaming_store”, „roxana.m.vinde” și pentru titularul adresei de e-mail "
            "r.manolache.91@gmail.com:")
    p1.items(["datele de identificare complete, inclusiv CNP și adresa de domiciliu;",
              "adresele de livrare ale tuturor comenzilor;",
              "conturile bancare și cardurile utilizate;",
              "istoricul complet al conectărilor."], style="num")
    p1.para("Răspunsul va fi transmis pe adresa de e-mail indicată la pagina 2.")
    p1.footer("1/2")
    p2 = Page(family="dvserif", pt=10.5)
    p2.line("Nr. 301.077 din 14.10.2026 – pag. 2/2", pt=9, align="right")
    p2.gap(6)
    p2.para("…în dosarul penal nr. 1450/P/2026, datele vor fi transmise pe suport optic, prin curier, la sediul "
            "Serviciului de Investigații Criminale din str. Vasile Lupu nr. 136, Iași.")
    p2.para("Vă mulțumim pentru sprijinul acordat.")
    p2.gap(14)
    p2.sigblock(["ȘEFUL SERVICIULUI DE INVESTIGAȚII CRIMINALE", "Comisar-șef de poliție",
                 ("APOSTOL Ciprian", True)], align="right", width_mm=100)
    cx, cy = center_sig(p2)
    put_signature(p2, rng, "zigzag", "blue", cx, cy + p2.mm(8), width_mm=40)
    put_stamp(p2, rng, cx - p2.mm(36), cy + p2.mm(10), "stampblue", double=True, diameter_mm=37, rot=18,
              outer="ROMÂNIA • MINISTERUL AFACERILOR INTERNE • INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI",
              inner="S.I.C.", center="arms")
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        fields={"authority": "Inspectoratul de Poliție Județean Iași", "authority_kind": "police",
                "subjects": [{"kind": "username", "value": "iasi_gaming_store"},
                             {"kind": "username", "value": "roxana.m.vinde"},
                             {"kind": "email", "value": "r.manolache.91@gmail.com"}]},
        accept={"authority": ["IPJ Iași", "Serviciul de Investigații Criminale"]},
        ink={"signature": True, "stamp": True},
        notes="FORGED (spliced pages): page 1 (Nr. 320.118 din 02.12.2026, dosar 3301/P/2026, three users, unsigned) "
              "and page 2 of ANOTHER letter (its own header 'Nr. 301.077 din 14.10.2026 – pag. 2/2', dosar "
              "1450/P/2026, other font) carrying the genuine-looking signature and stamp; page 1 says the reply "
              "address is on page 2, which names none; sent from IPJ Iași's registry fax number")
    return [p1, p2], dict(kind="fax", lines=196, comp="group4", tags={270: "+40 232 555 102"},
                          hdr="{d} 17:02  +40 232 555 102   IPJ IASI SIC        P.{i:03d}/{n:03d}",
                          date="02/12/2026", skew=-0.6), truth


def f_transcript(rng):
    """A typed 'copy' of a court letter: (ss) and L.S. instead of ink."""
    p = Page(family="mono", pt=10.5, margins=(25, 20, 20, 20))
    p.line("COPIE", bold=True, align="right")
    p.gap(4)
    for s in ["R O M A N I A", "TRIBUNALUL SUCEAVA", "SECTIA PENALA", "", "Dosar nr. 2930/86/2026",
              "Nr. iesire 41.502 / 04.12.2026"]:
        p.line(s, bold=s.startswith("TRIB"))
    p.gap(6)
    p.line("Catre OKAZII.RO")
    p.gap(4)
    p.para("Va facem cunoscut ca prin incheierea din 03.12.2026 instanta a dispus, in temeiul art. 170 "
           "C.proc.pen., solicitarea urmatoarelor date privind utilizatorii \"suceava_phone_shop\" si "
           "\"andrei.b.sv\": datele de identificare, adresele de livrare, numerele de telefon si adresele "
           "IP de conectare, pentru perioada 01.01.2026 - 30.11.2026.", justify=False, indent_mm=0)
    p.para("Relatiile vor fi comunicate de indata la adresa de e-mail grefa.penal.sv@gmail.com, avand in "
           "vedere termenul apropiat.", justify=False, indent_mm=0)
    p.gap(8)
    p.line("PRESEDINTE,                           GREFIER,")
    p.line("(ss) indescifrabil                    (ss) indescifrabil")
    p.gap(4)
    p.line("L.S.")
    p.gap(10)
    p.line("Pentru conformitate,")
    p.line("Popescu M.")
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        fields={"authority": "Tribunalul Suceava", "authority_kind": "court", "case_number": "2930/86/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "suceava_phone_shop"},
                             {"kind": "username", "value": "andrei.b.sv"}],
                "period": {"from": "2026-01-01", "to": "2026-11-30"}},
        ink={"signature": False, "stamp": False},
        notes="FORGED/DEFECTIVE: a typewritten 'COPIE' of a court letter - '(ss) indescifrabil' and 'L.S.' stand "
              "where the signatures and the seal would be, 'Pentru conformitate' by nobody with a function; no "
              "ink at all; answer asked at a gmail address; by post as an image-only PDF (grayscale)")
    return [p], dict(kind="pdf", mode="L", quality=60, wear=["noise", "skew", "holes"]), truth


def f_foreign_stamp(rng):
    """IPJ Sibiu letterhead, but the round stamp is the local police's (not a criminal-investigation body)."""
    p = Page(family="serif", pt=11.5)
    p.columns([("MINISTERUL AFACERILOR INTERNE", True), ("INSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU", True),
               ("POLIȚIA MUNICIPIULUI MEDIAȘ", True), "Compartimentul Investigații Criminale"],
              [("NESECRET", True), "Nr. 77.305", "din 30.11.2026"], pt=10.5)
    p.gap(8)
    block_left(p, OKAZII[:3])
    p.gap(6)
    p.para("În legătură cu dosarul penal nr. 2644/P/2026, aflat în lucru la Poliția Municipiului Mediaș, în "
           "temeiul art. 170 C.proc.pen., vă rugăm să ne transmiteți datele de identificare, numerele de "
           "telefon, adresele de livrare și conturile bancare ale utilizatorilor „medias_electro” și "
           "„ana_maria_vinde”, precum și istoricul complet al tranzacțiilor acestora.")
    p.para("Vă rugăm să transmiteți răspunsul prin e-mail la adresa investigatii.medias@gmail.com, întrucât "
           "adresa oficială a unității este în mentenanță.")
    p.gap(14)
    p.sigblock(["Șef Poliția Municipiului Mediaș", "Comisar-șef de poliție", ("DOBRE Ovidiu", True)], align="right")
    cx, cy = center_sig(p)
    put_signature(p, rng, "loops", "blue", cx - p.mm(5), cy + p.mm(9), width_mm=42)
    put_stamp(p, rng, cx - p.mm(42), cy + p.mm(8), "stampblue", diameter_mm=36, rot=-14,
              outer="ROMÂNIA • JUDEȚUL SIBIU • POLIȚIA LOCALĂ MEDIAȘ", inner="DISPECERAT", center="arms")
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        fields={"authority": "Poliția Municipiului Mediaș", "authority_kind": "police",
                "case_number": "2644/P/2026", "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "medias_electro"},
                             {"kind": "username", "value": "ana_maria_vinde"}]},
        accept={"authority": ["Inspectoratul de Poliție Județean Sibiu", "IPJ Sibiu"]},
        ink={"signature": True, "stamp": True},
        notes="FORGED: IPJ Sibiu / Poliția Municipiului Mediaș letterhead, but the round stamp reads 'POLIȚIA "
              "LOCALĂ MEDIAȘ – DISPECERAT' (local police, another institution); answer diverted to a gmail "
              "address 'because the official address is under maintenance'; by post, colour PDF")
    return [p], dict(kind="pdf", mode="RGB", quality=55, wear=["light", "noise", "fold"]), truth


def f_diverted(rng):
    """DIICOT ST Craiova letterhead, faxed from a mobile number, reply to proton.me, 'do not call us'."""
    p = Page(family="serif", pt=11.5)
    p.line("MINISTERUL PUBLIC", align="center")
    p.line("DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM", bold=True,
           align="center", pt=10)
    p.line("SERVICIUL TERITORIAL CRAIOVA", bold=True, align="center")
    p.hrule()
    p.columns(["Nr. 6690/II/5/2026 din 05.12.2026", "Dosar nr. 430D/P/2026"], [("STRICT CONFIDENȚIAL", True), "URGENT"],
              split=0.6, right_align="right")
    p.gap(6)
    block_left(p, OKAZII[:2])
    p.gap(6)
    p.para("În dosarul nr. 430D/P/2026, privind o grupare care operează conturi false de vânzători, în temeiul "
           "art. 170 C.pr.pen., vă solicităm în regim de urgență, în maximum 12 ore, datele de identificare, "
           "adresele de livrare, numerele de telefon și conturile bancare ale utilizatorilor "
           "„craiova_outlet”, „daniela.s.92” și „oltenia_bikes_shop”.")
    p.para("Dată fiind natura confidențială a anchetei, vă rugăm să NU contactați telefonic sediul "
           "Serviciului Teritorial și să transmiteți datele exclusiv la adresa securizată "
           "st.craiova.diicot@proton.me. Pentru orice lămurire: procuror Ionescu, tel. 0751 220 934.")
    p.gap(12)
    p.sigblock(["PROCUROR,", ("Ionescu Alin-Gabriel", True)], align="right", width_mm=70)
    cx, cy = center_sig(p)
    put_signature(p, rng, "scrawl", "violet", cx, cy + p.mm(7), width_mm=38)
    put_stamp(p, rng, cx - p.mm(40), cy + p.mm(5), "stampblue", double=True, diameter_mm=38, rot=20,
              outer="MINISTERUL PUBLIC • D.I.I.C.O.T. • SERVICIUL TERITORIAL CRAIOVA", inner="JUDEȚUL DOLJ",
              center="arms")
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        fields={"authority_kind": "prosecutor", "case_number": "430D/P/2026", "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "craiova_outlet"},
                             {"kind": "username", "value": "daniela.s.92"},
                             {"kind": "username", "value": "oltenia_bikes_shop"}],
                "urgent": True},
        ink={"signature": True, "stamp": True},
        notes="FORGED: DIICOT ST Craiova letterhead with signature and stamp, but faxed from a Romanian MOBILE "
              "number (TSI +40751220934 'DIICOT CRAIOVA' in DocumentName), 12 hours, reply only to a proton.me "
              "address, 'do NOT call the office', a mobile 'prosecutor' number; call-back on the registry "
              "number is the defence")
    return [p], dict(kind="fax", lines=196, comp="group4", tags={269: "DIICOT CRAIOVA +40751220934"},
                     hdr="05/12/2026 22:18  DIICOT CRAIOVA  +40751220934   P.{i:02d}/{n:02d}", skew=0.3), truth


def f_esig_printout(rng):
    """A printout of an electronically signed letter, faxed: no ink, only 'semnat electronic'."""
    p = Page(family="sans", pt=11)
    p.columns([("PARCHETUL DE PE LÂNGĂ JUDECĂTORIA GALAȚI", True), "Galați, str. Brăilei nr. 153"],
              ["Nr. 3377/II/2/2026", "Data: 04.12.2026"], split=0.6, right_align="right")
    p.gap(10)
    p.line("Către OKAZII.RO", bold=True)
    p.gap(4)
    p.para("În dosarul penal nr. 6190/P/2026, privind infracțiunea de înșelăciune, în temeiul art. 170 "
           "C.proc.pen., vă solicităm datele de identificare, numerele de telefon și istoricul tranzacțiilor "
           "utilizatorului „tecuci_agro_utilaje” (ID utilizator 51300928), pentru perioada 01.08.2026 – "
           "30.11.2026.")
    p.para("Răspunsul va fi transmis prin curier la sediul parchetului.")
    p.gap(10)
    p.line("Procuror,", x=p.mm(120))
    p.line("Arhip Daniela", bold=True, x=p.mm(120))
    p.gap(4)
    p.box_text(["Document semnat electronic cu semnătură electronică calificată",
                "Semnat de: ARHIP DANIELA", "Data: 2026.12.04 10:12:55 +02'00'",
                "Certificat emis de: Transilvania Trust Qualified CA"], pt=8.5, x_mm=110, w_mm=85, bold_first=True)
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        fields={"authority": "Parchetul de pe lângă Judecătoria Galați", "authority_kind": "prosecutor",
                "reference_number": "3377/II/2/2026", "reference_date": "2026-12-04", "case_number": "6190/P/2026",
                "legal_basis": ["art. 170 CPP"],
                "subjects": [{"kind": "username", "value": "tecuci_agro_utilaje"},
                             {"kind": "user_id", "value": "51300928"}],
                "period": {"from": "2026-08-01", "to": "2026-11-30"},
                "response_channel": "courier", "signatory": "Procuror Arhip Daniela"},
        ink={"signature": False, "stamp": False},
        notes="DEFECTIVE: a printout of an electronically signed PDF, faxed from the office's registry number - "
              "a printed 'semnat electronic' box proves nothing on paper and there is neither handwritten "
              "signature nor stamp (incomplete expected: ask for the signed PDF or a signed and stamped address)")
    return [p], dict(kind="fax", lines=98, comp="group3", tags={270: "+40236555330"},
                     hdr="04-12-2026 10:31  PARCHET JUD GALATI  0236555330  P{i}/{n}", skew=0.2), truth


def f_phantom_directorate(rng):
    """A national 'directorate' that does not exist, with signature and stamp; photographed letter by post."""
    p = Page(family="dvserif", pt=10.5)
    p.line("ROMÂNIA", bold=True, align="center")
    p.line("MINISTERUL AFACERILOR INTERNE", align="center")
    p.line("DIRECȚIA NAȚIONALĂ PENTRU COMBATEREA CRIMINALITĂȚII INFORMATICE", bold=True, align="center")
    p.line("Serviciul Platforme Online și Comerț Electronic", align="center", pt=9.5)
    p.hrule()
    p.columns(["Nr. DNCCI/88412 din 01.12.2026"], ["NESECRET"], split=0.6, right_align="right")
    p.gap(6)
    block_left(p, OKAZII[:2])
    p.gap(6)
    p.para("Direcția Națională pentru Combaterea Criminalității Informatice, în calitate de organ de cercetare "
           "penală cu competență națională, desfășoară o verificare în dosarul penal nr. 12/P/2026 privind "
           "fraude informatice comise prin platforme de anunțuri.")
    p.para("În temeiul art. 170 și art. 152 C.proc.pen. și al Legii nr. 161/2003, vă solicităm ca în termen de 24 "
           "de ore să ne transmiteți, pentru utilizatorii de mai jos, datele complete de identificare, "
           "documentele de identitate încărcate, adresele de livrare, IBAN-urile și parolele criptate:")
    p.items(["„ionela_crafts” – ionela.crafts@yahoo.com", "„auto_piese_rapid”", "„bebe_haine_sh”",
             "„mirela.d.timisoara”", "„cluj_telefoane_noi”"], style="num")
    p.para("Datele se vor încărca în arhivă ZIP pe platforma securizată indicată de ofițerul de caz, "
           "tel. 0742 009 113.")
    p.gap(10)
    p.sigblock(["DIRECTOR", "Chestor de poliție", ("MARINESCU Radu-Ștefan", True)], align="right")
    cx, cy = center_sig(p)
    put_signature(p, rng, "cursive", "blue", cx + p.mm(4), cy - p.mm(2), width_mm=46)
    put_stamp(p, rng, cx - p.mm(44), cy + p.mm(4), "stampblue", double=True, diameter_mm=40, rot=-3,
              outer="ROMÂNIA • M.A.I. • DIRECȚIA NAȚIONALĂ PENTRU COMBATEREA CRIMINALITĂȚII INFORMATICE",
              inner="DNCCI", center="arms")
    truth = dict(
        category="law_enforcement", genuine=False, expect_verdict="not_verified",
        fields={"authority": "Direcția Națională pentru Combaterea Criminalității Informatice",
                "authority_kind": "police", "case_number": "12/P/2026",
                "legal_basis": ["art. 170 CPP", "art. 152 CPP"],
                "subjects": [{"kind": "username", "value": "ionela_crafts"},
                             {"kind": "email", "value": "ionela.crafts@yahoo.com"},
                             {"kind": "username", "value": "auto_piese_rapid"},
                             {"kind": "username", "value": "bebe_haine_sh"},
                             {"kind": "username", "value": "mirela.d.timisoara"},
                             {"kind": "username", "value": "cluj_telefoane_noi"}],
                "urgent": True},
        ink={"signature": True, "stamp": True},
        notes="FORGED: a plausible-sounding national directorate that does not exist (and is in no registry), "
              "double-ring stamp and signature of a 'chestor'; asks for ID documents and hashed passwords of five "
              "users in 24 hours via an upload link from a mobile number; colour JPEG scan by post")
    return [p], dict(kind="jpeg", quality=58, wear=["light", "noise", "holes"]), truth


# =========================================================================== complaints
def c_handwritten_sewing(rng):
    p = Page(family="hand", pt=14, bg=(250, 250, 244))
    ruled_paper(p, squared=True)
    p.y = p.mm(18)
    hand_lines(p, rng, [
        "                                     Bacău, 29 noiembrie 2026",
        "Către Okazii.ro",
        "       RECLAMAȚIE",
        "Subsemnata Ionescu Maria, din Bacău, str. Mioriței nr. 7,",
        "vă scriu pentru că am comandat o mașină de cusut Singer",
        "de la vânzătorul atelier_retro_bc, comanda nr. 66120457,",
        "și am plătit 480 lei cu Garanția de Livrare pe 10 noiembrie.",
        "Nu am primit produsul nici până azi, iar vânzătorul",
        "nu-mi mai răspunde la telefon.",
        "Vă rog să-mi dați banii înapoi.",
        "Telefonul meu este 0744 512 903.",
        "                    Cu respect,",
        "                         Ionescu Maria",
    ], color="blue", pt=14, x_mm=16, lead=1.62)
    put_signature(p, rng, "cursive", "blue", p.mm(150), p.y + p.mm(4), width_mm=34)
    truth = dict(category="complaint",
                 fields={"complainant": "Ionescu Maria", "transaction_id": "66120457",
                         "counterparty": "atelier_retro_bc", "amount": {"value": "480.00", "currency": "RON"},
                         "delivery_guarantee": True, "issue": "not_delivered",
                         "contact": {"phone": "0744 512 903"}},
                 accept={"issue": ["no_answer"]},
                 ink={"signature": True, "stamp": False},
                 notes="handwritten-looking complaint in blue ink on squared paper, phone photo; paid with "
                       "Garanția de Livrare, not delivered, seller silent")
    return [p], dict(kind="jpeg", quality=60, phone=True), truth


def c_fraud_iban(rng):
    p = Page(family="sans", pt=11)
    block_left(p, ["Dragoș Mihăilescu", "Str. Fabricii nr. 21, ap. 4, Cluj-Napoca", "tel. 0740 228 615",
                   "e-mail: dragos.mihailescu@gmail.com"])
    p.gap(8)
    p.line("Către OKAZII.RO – Departamentul de Securitate", align="right")
    p.line("Cluj-Napoca, 26.11.2026", align="right")
    p.gap(8)
    p.line("Subiect: Reclamație – suspiciune de fraudă, comanda nr. 67004412", bold=True)
    p.gap(4)
    p.para("Bună ziua,")
    p.para("Pe 18 noiembrie 2026 am cumpărat de pe platformă un telefon Samsung Galaxy S24 de la vânzătorul "
           "„telefoane_ieftine_ro”, comanda nr. 67004412, la prețul de 2.350,00 lei. După plasarea comenzii, "
           "vânzătorul mi-a scris pe WhatsApp că „sistemul de plată Okazii are probleme” și m-a rugat să "
           "achit prin transfer bancar în contul RO12 BACX 0000 0022 4455 6601. Am plătit, iar de atunci "
           "anunțul a dispărut, contul vânzătorului nu mai apare și telefonul nu răspunde.")
    p.para("Consider că am fost victima unei fraude. Vă rog să blocați contul vânzătorului, să păstrați datele "
           "acestuia pentru poliție (am depus plângere la Secția 3 Cluj-Napoca) și să mă ajutați să-mi "
           "recuperez banii.")
    p.gap(6)
    p.line("Cu stimă,")
    p.line("Dragoș Mihăilescu")
    put_signature(p, rng, "initials", "black", p.mm(60), p.y + p.mm(6), width_mm=36)
    truth = dict(category="complaint",
                 fields={"complainant": "Dragoș Mihăilescu", "transaction_id": "67004412",
                         "counterparty": "telefoane_ieftine_ro", "amount": {"value": "2350.00", "currency": "RON"},
                         "issue": "fraud_suspected",
                         "contact": {"email": "dragos.mihailescu@gmail.com", "phone": "0740 228 615"}},
                 ink={"signature": True, "stamp": False},
                 notes="typed complaint by post, image-only PDF; payment diverted outside the platform to an IBAN; "
                       "mentions a police complaint but is not a police request")
    return [p], dict(kind="pdf", mode="L", quality=60, wear=["noise", "skew"]), truth


def c_company(rng):
    p = Page(family="serif", pt=11.5)
    p.line("S.C. CASA NOUĂ CONSTRUCT S.R.L.", bold=True)
    p.line("J40/8812/2018 • CUI RO 39118820", pt=9)
    p.line("Șos. Giurgiului nr. 120, sector 4, București • office@casanouaconstruct.ro • 021 555 9034", pt=9)
    p.hrule()
    p.line("Nr. 212 / 01.12.2026")
    p.gap(6)
    p.line("Către: Okazii.ro – Departamentul de Securitate")
    p.gap(6)
    p.line("RECLAMAȚIE", bold=True, align="center", pt=13)
    p.gap(4)
    p.para("Societatea noastră a achiziționat prin platforma Okazii, în data de 06.11.2026, un lot de 120 mp "
           "gresie porțelanată de la vânzătorul „depozit_gresie_ct”, tranzacția nr. 68840213, în valoare de "
           "6.480,00 lei, achitată integral prin card.")
    p.para("Termenul de livrare anunțat era de 5 zile lucrătoare. Marfa nu a fost livrată, iar vânzătorul nu "
           "mai răspunde nici la mesajele din platformă, nici la telefon, din data de 14.11.2026.")
    p.para("Vă solicităm să interveniți pe lângă vânzător și, în lipsa unui răspuns, să dispuneți restituirea "
           "integrală a sumei achitate.")
    p.gap(8)
    p.sigblock(["Administrator,", ("Stan Florentina", True)], align="left", width_mm=70)
    cx, cy = center_sig(p)
    put_signature(p, rng, "loops", "blue", cx + p.mm(6), cy + p.mm(9), width_mm=38)
    put_stamp(p, rng, cx + p.mm(55), cy + p.mm(6), "stampblue", shape="rect", diameter_mm=30, rot=-4, double=True,
              rect_lines=[("S.C. CASA NOUĂ CONSTRUCT S.R.L.", 0.17), ("J40/8812/2018", 0.14), ("CUI RO 39118820", 0.14),
                          ("BUCUREȘTI", 0.14)])
    truth = dict(category="complaint",
                 fields={"complainant": "S.C. CASA NOUĂ CONSTRUCT S.R.L.", "transaction_id": "68840213",
                         "counterparty": "depozit_gresie_ct", "amount": {"value": "6480.00", "currency": "RON"},
                         "contact": {"email": "office@casanouaconstruct.ro"}},
                 accept={"complainant": ["Casa Nouă Construct S.R.L.", "Casa Nouă Construct SRL", "Stan Florentina"]},
                 ink={"signature": True, "stamp": True},
                 notes="company complaint with a rectangular company stamp and signature (ink on a non-official "
                       "letter); not delivered and seller silent (issue left unscored: both fit); colour PDF")
    return [p], dict(kind="pdf", mode="RGB", quality=50, wear=["light", "noise"]), truth


def c_empty_box(rng):
    p = Page(family="freesans", pt=11.5)
    p.line("Reclamatie - colet gol", bold=True, pt=13)
    p.gap(6)
    p.para("Buna ziua, ma numesc Sorin Gheorghiu si locuiesc in Timisoara. Pe 20.11.2026 am cumparat un "
           "smartwatch de la vanzatorul gadgeturi.smart, comanda 68211930, pret 899 lei, platit ramburs "
           "la curier. Cand am deschis coletul acasa am gasit in cutie doar o bucata de carton si un sapun. "
           "Am facut poze si am pastrat ambalajul.", indent_mm=0)
    p.para("Vanzatorul spune ca el a trimis ceasul si ca nu e problema lui. Cred ca e o teapa, mai multi "
           "cumparatori au scris recenzii la fel. Va rog sa verificati vanzatorul si sa-mi returnati banii.",
           indent_mm=0)
    p.para("Telefon 0756 210 448. Multumesc.", indent_mm=0)
    p.gap(6)
    p.line("Sorin Gheorghiu, 27.11.2026")
    put_signature(p, rng, "zigzag", "pencil", p.mm(70), p.y + p.mm(8), width_mm=34, pencil=True, pen_mm=0.35)
    truth = dict(category="complaint",
                 fields={"complainant": "Sorin Gheorghiu", "transaction_id": "68211930",
                         "counterparty": "gadgeturi.smart", "amount": {"value": "899.00", "currency": "RON"},
                         "contact": {"phone": "0756 210 448"}},
                 accept={},
                 ink={"signature": True, "stamp": False},
                 notes="no diacritics; empty parcel paid cash on delivery; signed in grey pencil (faint); "
                       "issue left unscored (fraud_suspected or other)")
    return [p], dict(kind="jpeg", quality=55, wear=["light", "noise", "skew", "fold"]), truth


def c_handwritten_cedilla(rng):
    p = Page(family="hand", pt=14, bg=(252, 251, 246))
    ruled_paper(p, squared=False)
    p.y = p.mm(14)
    hand_lines(p, rng, [
        "Către Okazii",
        "Reclamaţie",
        "Am fost ţeapă! Pe 15.11.2026 am plătit 320 lei prin",
        "transfer pentru un lănţişor de argint de la bijuterii_argint_sb,",
        "comanda 67512004. Garanţia de Livrare nu am folosit-o,",
        "vânzătorul a zis că aşa e mai repede.",
        "De atunci nu mai răspunde la niciun mesaj.",
        "Vă rog să-l opriţi să nu mai păcălească şi pe alţii",
        "şi să mă ajutaţi să-mi recuperez banii.",
        "Elena Vasilache, Sibiu, elena.vasilache@yahoo.com",
    ], color="violet", pt=14, x_mm=22, lead=1.7)
    put_signature(p, rng, "loops", "violet", p.mm(140), p.y + p.mm(2), width_mm=32)
    truth = dict(category="complaint",
                 fields={"complainant": "Elena Vasilache", "transaction_id": "67512004",
                         "counterparty": "bijuterii_argint_sb", "amount": {"value": "320.00", "currency": "RON"},
                         "delivery_guarantee": False, "issue": "no_answer",
                         "contact": {"email": "elena.vasilache@yahoo.com"}},
                 accept={"issue": ["fraud_suspected", "not_delivered"]},
                 ink={"signature": True, "stamp": False},
                 notes="handwritten-looking, violet ink on ruled paper, cedilla ş ţ; 'Garanţia de Livrare nu am "
                       "folosit-o' (delivery_guarantee false); PNG")
    return [p], dict(kind="png", mode="RGB", wear=["light"]), truth


# =========================================================================== mediation
def m_laptop(rng):
    p = Page(family="serif", pt=12)
    p.line("Cristian Pop – cumpărător", bold=True)
    p.line("Oradea, 02.12.2026")
    p.gap(6)
    p.line("Către Okazii.ro – Mediere dispute", bold=True)
    p.gap(6)
    p.para("Vă scriu în legătură cu comanda nr. 69001287, un laptop Lenovo ThinkPad cumpărat cu 1.799 lei de "
           "la vânzătorul „laptopuri_refurbish”. Anunțul spunea „baterie nouă, stare impecabilă”, dar "
           "bateria ține 40 de minute (sănătate 41% în BIOS) și carcasa are o fisură sub tastatură.")
    p.para("Produsul nu corespunde descrierii. Nu vreau să-l returnez, îmi convine modelul, așa că propun o "
           "soluție: vânzătorul să-mi returneze 300 lei din preț, cât costă o baterie nouă. Vânzătorul a "
           "refuzat în mesaje și vă rog să mediați.")
    p.para("Contact: cristian.pop.or@gmail.com")
    p.gap(6)
    p.line("Cristian Pop", x=p.mm(130))
    put_signature(p, rng, "scrawl", "black", p.mm(150), p.y + p.mm(6), width_mm=30)
    truth = dict(category="mediation",
                 fields={"complainant": "Cristian Pop", "transaction_id": "69001287",
                         "counterparty": "laptopuri_refurbish", "amount": {"value": "1799.00", "currency": "RON"},
                         "issue": "not_as_described", "contact": {"email": "cristian.pop.or@gmail.com"}},
                 ink={"signature": True, "stamp": False},
                 notes="mediation: not as described, partial refund of 300 lei proposed; phone photo of a typed letter")
    return [p], dict(kind="jpeg", quality=60, phone=True), truth


def m_vase(rng):
    p1 = Page(family="dvserif", pt=11)
    p1.line("Cerere de mediere", bold=True, pt=14, align="center")
    p1.gap(6)
    p1.para("Subsemnata Oana Dumitrescu, cumpărătoare, vă rog să mediați disputa cu vânzătorul "
            "„ceramica_horezu_art” privind comanda nr. 69455120 (o vază de ceramică de Horezu, 640 lei).")
    p1.para("Coletul a ajuns pe 28.11.2026 cu cutia strivită, iar vaza era spartă în trei bucăți. Am refuzat să "
            "semnez de primire fără mențiuni și am scris pe AWB „colet deteriorat”. Vânzătorul spune că e vina "
            "curierului și nu vrea să facă nimic.")
    p1.para("Propun returnarea produsului și rambursarea integrală a sumei de 640 lei. Atașez pozele (pagina 2).")
    p1.para("Telefon: 0733 615 202.")
    p1.gap(6)
    p1.line("Oana Dumitrescu, Brașov, 30.11.2026", x=p1.mm(90))
    put_signature(p1, rng, "loops", "blue", p1.mm(150), p1.y + p1.mm(8), width_mm=34)
    p2 = Page(family="dvserif", pt=10)
    for i, (x, y) in enumerate([(25, 30), (110, 30), (25, 140)]):
        x0, y0 = p2.mm(x), p2.mm(y)
        arr = np.asarray(p2.img, dtype=np.float32)
        ph = (rng.random((10, 8)) * 120 + 70).astype(np.uint8)
        sub = Image.fromarray(ph).resize((p2.mm(78), p2.mm(100)), Image.BICUBIC)
        p2.img.paste(Image.merge("RGB", [sub] * 3), (x0, y0))
        p2.d.rectangle((x0, y0, x0 + p2.mm(78), y0 + p2.mm(100)), outline=(0, 0, 0), width=2)
        p2.y = y0 + p2.mm(102)
        p2.line(f"Foto {i + 1} – vaza spartă / cutia strivită", x=x0, pt=9)
    truth = dict(category="mediation",
                 fields={"complainant": "Oana Dumitrescu", "transaction_id": "69455120",
                         "counterparty": "ceramica_horezu_art", "amount": {"value": "640.00", "currency": "RON"},
                         "issue": "damaged", "contact": {"phone": "0733 615 202"}},
                 ink={"signature": True, "stamp": False},
                 notes="mediation: damaged in transit, full refund against return proposed; 2-page grayscale TIFF, "
                       "page 2 only photos")
    return [p1, p2], dict(kind="tiff_post", mode="L", wear=["noise"]), truth


def m_return(rng):
    p = Page(family="serif", pt=12)
    p.line("Andrei Stoica", bold=True)
    p.line("str. Lalelelor nr. 3, Constanța · andrei.stoica88@yahoo.com")
    p.gap(8)
    p.line("Okazii.ro – Soluționarea disputelor", align="right")
    p.line("Constanța, 03.12.2026", align="right")
    p.gap(8)
    p.line("Ref.: retur refuzat – comanda nr. 70011345", bold=True)
    p.gap(4)
    p.para("Am cumpărat de la vânzătorul „fashion_depot_ct” o geacă de iarnă (259,90 lei), primită pe "
           "24.11.2026. Pe 26.11.2026, în termenul legal de 14 zile, am cerut returul: geaca nu a fost purtată "
           "și are etichetele. Vânzătorul refuză returul spunând că „produsele de la reduceri nu se "
           "returnează”.")
    p.para("Vreau să returnez produsul și să primesc banii înapoi, conform dreptului de retragere. Vă rog să "
           "mediați această dispută.")
    p.gap(8)
    p.line("Cu mulțumiri,", x=p.mm(120))
    p.line("Andrei Stoica", x=p.mm(120))
    put_signature(p, rng, "initials", "blue2", p.mm(145), p.y + p.mm(8), width_mm=30)
    truth = dict(category="mediation",
                 fields={"complainant": "Andrei Stoica", "transaction_id": "70011345",
                         "counterparty": "fashion_depot_ct", "amount": {"value": "259.90", "currency": "RON"},
                         "issue": "return_refused", "contact": {"email": "andrei.stoica88@yahoo.com"}},
                 ink={"signature": True, "stamp": False},
                 notes="mediation: 14-day return refused for a sale item; colour PDF by post, punched holes")
    return [p], dict(kind="pdf", mode="RGB", quality=50, wear=["light", "noise", "holes"]), truth


# =========================================================================== support
def s_phone_change(rng):
    p = Page(family="serif", pt=12)
    p.line("Către Okazii.ro – Asistență Clienți")
    p.gap(8)
    p.line("Cerere de modificare a numărului de telefon al contului", bold=True)
    p.gap(4)
    p.para("Subsemnatul Victor Munteanu, titularul contului „victor_munteanu_ct” (e-mail "
           "victor.munteanu@outlook.com), vă rog să înlocuiți numărul de telefon asociat contului, 0722 118 300, "
           "pe care nu îl mai am (abonament reziliat), cu numărul 0754 903 117.")
    p.para("Nu pot primi codul de confirmare prin SMS pe numărul vechi, de aceea vă trimit cererea prin poștă, "
           "împreună cu o copie a actului de identitate. Vă rog să-mi spuneți dacă mai este nevoie de alte "
           "documente.")
    p.gap(6)
    p.line("Victor Munteanu, 28.11.2026", x=p.mm(110))
    put_signature(p, rng, "zigzag", "blue", p.mm(150), p.y + p.mm(6), width_mm=30)
    truth = dict(category="support",
                 fields={"contact": {"email": "victor.munteanu@outlook.com"}},
                 ink={"signature": True, "stamp": False},
                 notes="support: change of the account's phone number by post (no SMS code); PNG colour")
    return [p], dict(kind="png", mode="RGB", wear=["light", "noise", "skew"]), truth


def s_company_fax(rng):
    p = Page(family="sans", pt=11)
    p.line("AUTO DACIA PIESE S.R.L. (fostă MOTOR EXPRES S.R.L.)", bold=True)
    p.line("CUI 40228117 • Pitești, str. Depozitelor nr. 14 • tel./fax 0248 555 902", pt=9)
    p.hrule()
    p.line("FAX către: OKAZII.RO – Asistență vânzători", bold=True)
    p.line("Pagini: 1 • Data: 03.12.2026")
    p.gap(6)
    p.para("Bună ziua, societatea noastră vinde pe Okazii cu contul „motor_expres_pitesti”. De la 1 decembrie "
           "ne-am schimbat denumirea în AUTO DACIA PIESE S.R.L. și sediul social (certificatul ONRC este "
           "anexat). Cum actualizăm datele firmei în cont, ca facturile de comision să apară pe noua denumire? "
           "Se pierd recenziile dacă schimbăm și numele contului?", indent_mm=0)
    p.para("Ne puteți răspunde pe e-mail la contabilitate@autodaciapiese.ro. Mulțumim.", indent_mm=0)
    p.gap(8)
    p.sigblock(["Administrator", "Bratu Gheorghe"], align="left", width_mm=60)
    cx, cy = center_sig(p)
    put_signature(p, rng, "cursive", "blue", cx, cy + p.mm(8), width_mm=32)
    put_stamp(p, rng, cx + p.mm(55), cy + p.mm(6), "stampblue", shape="oval", diameter_mm=28,
              outer="AUTO DACIA PIESE S.R.L. • PITEȘTI", center="text", center_text=("CUI", "40228117"), sep="•")
    truth = dict(category="support",
                 fields={"contact": {"email": "contabilitate@autodaciapiese.ro"}},
                 ink={"signature": True, "stamp": True},
                 notes="support by fax: a seller company's change of name and seat, how to update the account; "
                       "oval company stamp (ink on a non-official fax); TSI of a number in no registry")
    return [p], dict(kind="fax", lines=98, comp="group4", tags={270: "0248555902"},
                     hdr="03/12/2026 12:10  0248555902  MOTOR EXPRES       P.01", skew=-0.4), truth


# =========================================================================== unknown
def u_toner_flyer(rng):
    p = Page(family="freesans", pt=13, bg=(255, 255, 255))
    p.d.rectangle((0, 0, p.W, p.mm(45)), fill=(200, 30, 45))
    p.y = p.mm(10)
    p.line("TONER EXPRES", pt=34, bold=True, align="center", fill=(255, 255, 255))
    p.line("Cartușe și tonere pentru birou – livrare în 24h", pt=14, align="center", fill=(255, 255, 255))
    p.gap(14)
    p.line("OFERTĂ SPECIALĂ DE CRĂCIUN", pt=22, bold=True, align="center", fill=(200, 30, 45))
    p.gap(6)
    p.table([["Produs", "Preț", "Preț Crăciun"],
             ["Toner compatibil HP 85A", "89 lei", "59 lei"],
             ["Cartuș fax Panasonic KX-FA52", "45 lei", "29 lei"],
             ["Hârtie copiator A4, 5 topuri", "119 lei", "95 lei"],
             ["Cilindru Brother DR-2400", "210 lei", "169 lei"]], [0.5, 0.25, 0.25], pt=13)
    p.para("Comandați până la 20 decembrie și primiți GRATUIT un pix cu logo. Plata la livrare sau prin OP. "
           "Reducerile nu se cumulează. Stoc limitat!", indent_mm=0, pt=13)
    p.gap(6)
    p.line("Sunați acum: 0371 555 880 • comenzi@tonerexpres.ro", pt=15, bold=True, align="center")
    p.line("Dacă nu mai doriți să primiți oferte, scrieți-ne.", pt=9, align="center")
    truth = dict(category="unknown", fields={}, ink={"signature": False, "stamp": False},
                 notes="advertising flyer for toner and fax cartridges that came with the post; PNG colour")
    return [p], dict(kind="png", mode="RGB", wear=[]), truth


def u_summons(rng):
    p = Page(family="serif", pt=11.5)
    p.columns([("ROMÂNIA", True), ("JUDECĂTORIA SECTORULUI 3 BUCUREȘTI", True), "Secția civilă",
               "Str. Ion Nistor nr. 4, sector 3"], ["Dosar nr. 18220/301/2026", "Materia: civil",
                                                      "Stadiul: fond", "Complet: C17"], split=0.58)
    p.gap(8)
    p.line("CITAȚIE", pt=16, bold=True, align="center")
    p.line("emisă la 24.11.2026", align="center")
    p.gap(6)
    p.para("Numitul POPOVICI GHEORGHE, cu domiciliul în București, sector 2, Bd. Dimitrie Pompeiu nr. 9, "
           "bl. A, ap. 14, este chemat la această instanță, camera 112, în ziua de 15 ianuarie 2027, ora 09:00, "
           "în calitate de pârât, în proces cu Asociația de Proprietari Bloc A, în calitate de reclamantă, "
           "pentru pretenții (cote de întreținere restante).")
    p.para("Pârâtul are obligația de a depune întâmpinare în termen de 25 de zile de la comunicarea cererii de "
           "chemare în judecată. Neprezentarea părții citate nu împiedică judecarea cauzei.")
    p.gap(10)
    p.sigblock(["Grefier,", ("Ivan Simona", True)], align="right", width_mm=60)
    cx, cy = center_sig(p)
    put_signature(p, rng, "initials", "black", cx, cy + p.mm(8), width_mm=30)
    put_stamp(p, rng, cx - p.mm(40), cy + p.mm(4), "stampblue", diameter_mm=34, rot=25,
              outer="ROMÂNIA • JUDECĂTORIA SECTORULUI 3 BUCUREȘTI", center="arms")
    p.y = p.H - p.mm(55)
    p.box_text(["Mențiune curier: destinatar necunoscut la adresă; lăsat la recepția clădirii (Okazii)."], pt=9,
               w_mm=140)
    truth = dict(category="unknown", fields={}, ink={"signature": True, "stamp": True},
                 notes="a civil court summons for a private person (maintenance arrears) delivered to our building "
                       "by mistake: a court, a stamp, a signature, a case number - but no request to us; "
                       "image-only PDF (grayscale)")
    return [p], dict(kind="pdf", mode="L", quality=60, wear=["noise", "skew", "fold"]), truth


ITEMS = [g_pascani, g_dolj, g_sibiu, g_dgpmb, g_pj_iasi, g_pt_bihor, g_pj_galati, g_diicot, g_tb_suceava,
         g_buftea, g_braila, g_prahova,
         f_sector7, f_frankenstein, f_transcript, f_foreign_stamp, f_diverted, f_esig_printout,
         f_phantom_directorate,
         c_handwritten_sewing, c_fraud_iban, c_company, c_empty_box, c_handwritten_cedilla,
         m_laptop, m_vase, m_return, s_phone_change, s_company_fax, u_toner_flyer, u_summons]


# =========================================================================== output
def wear_scan(img, rng, wear, dpi=200):
    if "light" in wear:
        img = scanner_light(img, rng)
    if "fold" in wear:
        img = fold_shadow(img, int(img.size[1] * rng.uniform(0.32, 0.36)), strength=0.16)
        img = fold_shadow(img, int(img.size[1] * rng.uniform(0.64, 0.68)), strength=0.1)
    if "holes" in wear:
        img = punch_holes(img, dpi)
    if "staple" in wear:
        img = staple(img, dpi)
    if "skew" in wear:
        img = skew(img, float(rng.uniform(-1.4, 1.4)), fill=(235, 235, 232))
    if "noise" in wear:
        img = add_noise(img, rng, 2.5)
    return img


def write_item(path: pathlib.Path, pages, spec, rng):
    kind = spec["kind"]
    imgs = [p.img for p in pages]
    if kind == "fax":
        n = len(imgs)
        frames = []
        for i, im in enumerate(imgs, 1):
            hdr = spec["hdr"].format(i=i, n=n, d=spec.get("date", ""))
            frames.append(fax_page(im, rng, lines=spec["lines"], header=hdr, streaks=spec.get("streaks", 1),
                                   dither=spec.get("dither", False), skew_deg=spec.get("skew", 0.0)))
        tags = dict(spec["tags"])
        frames[0].save(path, compression=spec["comp"], dpi=(204, spec["lines"]), tiffinfo=tags,
                       save_all=True, append_images=frames[1:])
    elif kind == "jpeg":
        im = imgs[0]
        if spec.get("phone"):
            im = phone_photo(im, rng)
        else:
            im = wear_scan(im, rng, spec.get("wear", []))
        im.save(path, "JPEG", quality=spec.get("quality", 60), dpi=(200, 200), optimize=True)
    elif kind == "png":
        im = wear_scan(imgs[0], rng, [w for w in spec.get("wear", []) if w != "noise"])
        if spec.get("mode") == "L":
            im = im.convert("L").point(lambda v: (v // 16) * 17)      # a 4-bit grey scanner
        else:
            im = im.convert("P", palette=Image.ADAPTIVE, colors=48)
        im.save(path, "PNG", dpi=(200, 200), optimize=True)
    elif kind == "tiff_post":
        frames = [wear_scan(im, rng, [w for w in spec.get("wear", []) if w != "noise"]) for im in imgs]
        if spec.get("mode") == "L":
            frames = [f.convert("L").point(lambda v: (v // 16) * 17) for f in frames]
            frames[0].save(path, compression="tiff_adobe_deflate", dpi=(200, 200), save_all=True,
                           append_images=frames[1:])
        else:
            frames = [f.convert("P", palette=Image.ADAPTIVE, colors=32) for f in frames]
            frames[0].save(path, compression="tiff_adobe_deflate", dpi=(200, 200), save_all=True,
                           append_images=frames[1:])
    elif kind == "pdf":
        frames = [wear_scan(im, rng, spec.get("wear", [])) for im in imgs]
        if spec.get("mode") == "L":
            frames = [f.convert("L") for f in frames]
        import datetime
        when = datetime.datetime(2026, 12, 4, 8, 30).timetuple()
        frames[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=frames[1:],
                       quality=spec.get("quality", 55), creationDate=when, modDate=when,
                       producer="Mailroom scanner", title=path.stem)
    else:
        raise ValueError(kind)
    return len(imgs)


EXT = {"fax": "tif", "jpeg": "jpg", "png": "png", "tiff_post": "tif", "pdf": "pdf"}


def main():
    out = HERE
    (out / "registry_additions.json").write_text(json.dumps(AUTHORITIES, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
    for old in list(out.glob("p[0-9][0-9]_*")):
        old.unlink()
    order = list(range(len(ITEMS)))
    random.Random(SEED).shuffle(order)          # file numbers say nothing about the category
    # split: half of each group dev, half blind, by a seeded choice
    groups: dict = {}
    built = []
    for idx, fn in enumerate(ITEMS):
        rng = np.random.default_rng(SEED + idx * 7919)
        pages, spec, truth = fn(rng)
        built.append((idx, fn, pages, spec, truth, rng))
        g = truth["category"] + ("" if truth.get("genuine") is None else ("+" if truth["genuine"] else "-"))
        groups.setdefault(g, []).append(idx)
    split = {}
    srng = random.Random(SEED + 1)
    for g in sorted(groups):
        ids = groups[g][:]
        srng.shuffle(ids)
        half = len(ids) // 2 + (srng.random() < 0.5 if len(ids) % 2 else 0)
        for k, i in enumerate(ids):
            split[i] = "dev" if k < half else "blind"
    lines = []
    for idx, fn, pages, spec, truth, rng in sorted(built, key=lambda b: order.index(b[0])):
        num = order.index(idx) + 1
        channel = "fax" if spec["kind"] == "fax" else "post"
        tag = {"fax": "fax", "jpeg": "photo" if spec.get("phone") else "scan"}.get(spec["kind"], "scan")
        name = f"p{num:02d}_{tag}.{EXT[spec['kind']]}"
        n_pages = write_item(out / name, pages, spec, rng)
        rec = {"file": f"paper/{name}", "split": split[idx], "category": truth["category"],
               "fields": truth.get("fields", {})}
        if truth.get("accept"):
            rec["accept"] = truth["accept"]
        rec["genuine"] = truth.get("genuine")
        rec["expect_verdict"] = truth.get("expect_verdict")
        rec["ink"] = truth["ink"]
        rec["channel"] = channel
        if channel == "fax":
            rec["fax_number"] = _fax_number(spec["tags"])
        rec["pages"] = n_pages
        rec["format"] = (f"tiff-{spec['comp']}-204x{spec['lines']}" if spec["kind"] == "fax" else
                         {"jpeg": "jpeg", "png": "png", "tiff_post": "tiff-multipage",
                          "pdf": "pdf-image-only"}[spec["kind"]])
        rec["notes"] = truth["notes"]
        rec["item"] = fn.__name__
        lines.append(json.dumps(rec, ensure_ascii=False))
    (out / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} items")


def _fax_number(tags):
    import re
    for k in (270, 269, 315):
        if k in tags:
            m = re.search(r"\+?\d[\d ]{7,}\d", tags[k])
            if m:
                digits = re.sub(r"\D", "", m.group(0))
                return "+" + digits if not digits.startswith("0") else "+4" + digits
    return None


if __name__ == "__main__":
    main()
