"""Blind round 7, paper half: scanned post and faxes, with ink truth.

Run:  .venv/bin/python bench/blind/round7/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for ../selfcheck.py).
The helpers (RecPage, Ctx, heading, addressee, e164, write_fax, write_post, main) are round 6's, copied as
tools and adapted; the letters are new. Deterministic (seed 20261233). The authorities and their fax numbers
are the world's (../world/authorities.json).
"""
from __future__ import annotations

import io
import json
import os
import random
import sys
import time

from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import ImageFileDirectory_v2

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import inkkit as K  # noqa: E402

SEED = 20261233
OUR = ["Către", "OKAZII.RO – Centrul de prevenire a fraudelor", "Departamentul Juridic",
       "Str. Frunzei nr. 29, sector 2, București"]
OUR_NODIA = ["Catre", "OKAZII.RO - Centrul de prevenire a fraudelor", "Departamentul Juridic",
             "Str. Frunzei nr. 29, sector 2, Bucuresti"]


def iban(bank: str, acct: str) -> str:
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "RO00")
    ck = 98 - int(num) % 97
    s = f"RO{ck:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def compact(s):
    return s.replace(" ", "")


class RecPage(K.Page):
    """The kit's page, recording every string drawn (for the self-check of the truth)."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.texts: list[str] = []

    def line(self, s, *a, **kw):
        self.texts.append(s)
        return super().line(s, *a, **kw)

    def para(self, text, *a, **kw):
        self.texts.append(text)
        return super().para(text, *a, **kw)

    def table(self, rows, *a, **kw):
        for r in rows:
            self.texts.append(" ".join(str(c) for c in r))
        return super().table(rows, *a, **kw)

    def sigblock(self, lines, *a, **kw):
        self.texts += list(lines)
        return super().sigblock(lines, *a, **kw)


class Ctx:
    def __init__(self, rng, ch):
        self.rng = rng
        self.ch = ch
        self.sig = False
        self.stamp = False

    def page(self, style=None):
        st = style or K.Style()
        if self.ch["channel"] == "fax":
            return RecPage(st, dpi=(204, 196), width_px=1728)
        dpi = self.ch.get("dpi", 200)
        return RecPage(st, dpi=(dpi, dpi))

    def anchor_px(self, p, anchor, dx, dy):
        if isinstance(anchor, tuple) and len(anchor) == 2:
            return p.px(anchor[0] + dx, anchor[1] + dy)
        x0, y0, x1, y1 = p.anchors[anchor]
        return p.px((x0 + x1) / 2 + dx, (y0 + y1) / 2 + dy)

    def sign(self, p, anchor, hand, pen, w=46, h=16, dx=0.0, dy=0.0, img=None, slant=None):
        if img is None:
            img = K.signature(self.rng, hand, pen, w, h, dpi=(p.dx, p.dy), slant=slant)
        X, Y = self.anchor_px(p, anchor, dx, dy)
        p.im = K.apply_ink(p.im, img, X, Y)
        p.d = ImageDraw.Draw(p.im)
        self.sig = True
        return img

    def stampit(self, p, anchor, dx=0.0, dy=0.0, img=None, **kw):
        if img is None:
            img = K.stamp(self.rng, dpi=(p.dx, p.dy), **kw)
        X, Y = self.anchor_px(p, anchor, dx, dy)
        p.im = K.apply_ink(p.im, img, X, Y)
        p.d = ImageDraw.Draw(p.im)
        self.stamp = True
        return img


def heading(p, left, right=(), size=10.5, kinds=None, gap=3.0):
    kinds = kinds or ["b"] * len(left)
    p.cols(left, right, size=size, kind_l=kinds, gap=gap)


def addressee(p, lines=OUR, x=95.0, size=None):
    for i, s in enumerate(lines):
        p.line(s, size=size, kind="b" if i == 1 else "", x=x)
    p.space(4)


def e164(s):
    s = "".join(ch for ch in s if ch.isdigit() or ch == "+")
    if s.startswith("+"):
        return s
    if s.startswith("40"):
        return "+" + s
    if s.startswith("0"):
        return "+40" + s[1:]
    return s


# =====================================================================
# GENUINE LAW-ENFORCEMENT LETTERS (7)
# =====================================================================


def f_le(kind="police", **kw):
    f = {"authority_kind": kind, "urgent": kw.pop("urgent", False)}
    f.update(kw)
    return f


# =====================================================================
# GENUINE LAW-ENFORCEMENT LETTERS (7)
# =====================================================================

def g_zalau_police(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN SĂLAJ",
                "POLIȚIA MUNICIPIULUI ZALĂU", "Biroul de Investigații Criminale"],
            ["NESECRET", "Zalău, 01.12.2026", "Nr. 2.107.455"], kinds=["", "b", "b", "b", ""])
    addressee(p)
    rd = ["datele de identificare ale titularului contului", "adresele IP utilizate la autentificare, cu data și ora",
          "tranzacțiile în care utilizatorul a avut calitatea de vânzător",
          "mesajele schimbate cu cumpărătorul „mirela_sj”"]
    p.para("Biroul de Investigații Criminale al Poliției Municipiului Zalău efectuează cercetări în dosarul penal "
           "nr. 4471/P/2026, privind infracțiunea de înșelăciune săvârșită prin vânzarea online a unor anvelope "
           "care nu au mai fost livrate.")
    p.para("În conformitate cu prevederile art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, "
           "cu privire la utilizatorul „anvelope_sh_zalau”, înregistrat cu adresa de e-mail "
           "anvelope.zalau@gmail.com, următoarele:")
    p.items([r + ";" for r in rd[:-1]] + [rd[-1] + "."], style="num")
    p.para("Răspunsul va fi transmis pe adresa de e-mail bic.zalau@sj.politiaromana.ro sau prin fax la numărul "
           "0260 567 109.")
    p.space(8)
    p.sigblock(["Șef birou", "Comisar de poliție", "Matei Claudiu-Ioan"], name="sig")
    c.stampit(p, "sig", dx=-48, dy=2, kind="triple", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN SĂLAJ",
              bottom="ROMÂNIA", center=("POLIȚIA", "MUNICIPIULUI", "ZALĂU"), color="blue", size_mm=40, rotate=9)
    c.sign(p, "sig_last", "lasso", "ballpoint_blue", w=50, h=17, dy=-6)
    fields = f_le(authority="Poliția Municipiului Zalău", reference_number="2.107.455", reference_date="2026-12-01",
                  case_number="4471/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "anvelope_sh_zalau"},
                            {"kind": "email", "value": "anvelope.zalau@gmail.com"}],
                  requested_data=rd, response_channel="electronic", signatory="Comisar de poliție Matei Claudiu-Ioan")
    accept = {"authority": ["Inspectoratul de Poliție Județean Sălaj", "IPJ Sălaj"], "reference_number": ["2107455"],
              "response_channel": ["both"], "signatory": ["Șef birou Comisar de poliție Matei Claudiu-Ioan"]}
    return [p], fields, accept, ("municipal police under IPJ Sălaj; number, place and date in the right column; "
                                 "triple-ring stamp left of the block, a 'lasso' signature over the name; answer by "
                                 "e-mail or fax (electronic, both accepted)")


def g_pj_zalau_ordonanta(c: Ctx):
    p = c.page(K.Style(family="mono", size=10.5, justify=False, indent=0))
    for s in ["R O M Â N I A", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ZALĂU"]:
        p.line(s, kind="b", align="center")
    p.line("Dosar nr. 3890/P/2026", x=25)
    p.space(3)
    p.line("O R D O N A N Ț Ă", kind="b", align="center", size=13)
    p.line("Zalău, 3 decembrie 2026", align="center")
    p.space(3)
    p.para("Pop Delia-Maria, procuror în cadrul Parchetului de pe lângă Judecătoria Zalău,")
    p.para("Examinând actele de urmărire penală efectuate în dosarul nr. 3890/P/2026, privind infracțiunea de "
           "furt calificat, bunurile sustrase fiind oferite spre vânzare prin platforma OKAZII.RO de utilizatorul "
           "cu ID 61002284 și numărul de telefon 0756 220 841,")
    p.para("Având în vedere că identificarea persoanei care a publicat anunțurile este necesară aflării adevărului,")
    p.para("În temeiul art. 170 alin. (1) și (2) din Codul de procedură penală,")
    p.line("D I S P U N:", kind="b", align="center")
    rd = ["datele de identificare ale titularului contului", "anunțurile publicate începând cu 01.10.2026",
          "adresele IP de la care au fost publicate anunțurile", "datele de livrare ale bunurilor vândute"]
    p.para("Obligarea OKAZII.RO să comunice, în termen de 3 zile de la primire, următoarele date:")
    p.items([r + ";" for r in rd], style="letdot")
    p.para("Datele se vor transmite prin poștă, la sediul parchetului: Str. Kossuth Lajos nr. 2, Zalău.")
    p.space(6)
    p.sigblock(["PROCUROR,", "Pop Delia-Maria"], name="sig", align="left")
    c.stampit(p, "sig", dx=46, dy=0, kind="round", top="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ZALĂU",
              center=("★",), arms=True, color="violet", size_mm=37, rotate=-21)
    c.sign(p, "sig_last", "wave", "fountain_blue", w=42, h=16, dy=-7, dx=4)
    fields = f_le(kind="prosecutor", authority="Parchetul de pe lângă Judecătoria Zalău", reference_date="2026-12-03",
                  case_number="3890/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "user_id", "value": "61002284"}, {"kind": "phone", "value": "+40756220841"}],
                  requested_data=rd, response_channel="courier", signatory="Procuror Pop Delia-Maria")
    accept = {"reply_to": ["Str. Kossuth Lajos nr. 2, Zalău"]}
    return [p], fields, accept, ("a prosecutor's ordonanță in a monospaced font ('DISPUN'), no registration number "
                                 "of its own (reference_number not scored); round violet stamp with arms and a star; "
                                 "'wave' signature in fountain pen; answer by post")


def g_severin_police(c: Ctx):
    p = c.page(K.Style(family="sans", size=10.5))
    K.print_emblem(p, 30, 22, 16, color=(40, 40, 90))
    p.st.margin_l = 42
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN MEHEDINȚI",
                "POLIȚIA MUNICIPIULUI DROBETA-TURNU SEVERIN"], [], kinds=["", "b", "b"])
    p.st.margin_l = 25
    p.space(2)
    p.table([["Număr", "Data", "Dosar penal"], ["77.903", "02.12.2026", "1877/P/2026"]], widths=[35, 35, 45])
    addressee(p)
    rd = ["datele de identificare ale utilizatorilor", "istoricul conversațiilor dintre cei doi utilizatori",
          "detaliile tranzacției nr. 80412233", "adresele IP de la crearea conturilor"]
    p.para("Vă aducem la cunoștință că la nivelul Poliției Municipiului Drobeta-Turnu Severin se efectuează "
           "cercetări pentru infracțiunea de înșelăciune, în urma plângerii unui cumpărător care a achitat 950 lei "
           "pentru o bicicletă electrică nelivrată.")
    p.para("În temeiul art. 170 C.p.p., vă rugăm să ne transmiteți, privind utilizatorii „bike_severin” și "
           "„ionut.dts.94”, implicați în tranzacția nr. 80412233:")
    p.items([r + ";" for r in rd], style="dash")
    p.para("Răspunsul dumneavoastră îl așteptăm prin curier, la sediul nostru din Str. Traian nr. 137, "
           "Drobeta-Turnu Severin.")
    p.space(8)
    p.sigblock(["ȘEFUL POLIȚIEI MUNICIPIULUI", "Comisar-șef de poliție", "Cârstea Nicolae"], name="sig")
    c.stampit(p, "sig", dx=-6, dy=9, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN MEHEDINȚI",
              bottom="ROMÂNIA", center=("POLIȚIA", "MUN. DR.-TR. SEVERIN"), color="darkblue", size_mm=35, rotate=-4)
    c.sign(p, "sig_last", "upright", "gel_violet", w=40, h=14, dy=-3, dx=10)
    fields = f_le(authority="Poliția Municipiului Drobeta-Turnu Severin", reference_number="77.903",
                  reference_date="2026-12-02", case_number="1877/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "bike_severin"}, {"kind": "username", "value": "ionut.dts.94"}],
                  transactions=["80412233"], requested_data=rd, response_channel="courier",
                  signatory="Comisar-șef de poliție Cârstea Nicolae")
    accept = {"authority": ["Inspectoratul de Poliție Județean Mehedinți", "IPJ Mehedinți"],
              "reference_number": ["77903"], "reply_to": ["Str. Traian nr. 137, Drobeta-Turnu Severin"]}
    return [p], fields, accept, ("printed arms in the letterhead (not a stamp); number/date/case table; dashed "
                                 "list; dark-blue double-ring stamp over the block with a violet gel signature")


def g_tribunal_ilfov_2p(c: Ctx):
    st = K.Style(family="free", size=12)
    p1 = c.page(st)
    for s in ["ROMÂNIA", "TRIBUNALUL ILFOV", "SECȚIA PENALĂ"]:
        p1.line(s, kind="b")
    p1.line("Dosar nr. 2560/93/2026")
    p1.line("Nr. 20.114 din 04 decembrie 2026")
    p1.space(4)
    addressee(p1)
    rd = ["datele de identificare ale titularilor conturilor", "data creării fiecărui cont",
          "adresele IP folosite în perioada 01.07.2026 – 30.09.2026",
          "tranzacțiile nr. 70655102, 70655187 și 70661930, cu toate detaliile de plată",
          "numerele de telefon asociate conturilor"]
    p1.para("Tribunalul Ilfov – Secția penală, învestit cu judecarea cauzei penale privind pe inculpații "
            "Dragomir Lucian și Costache Emil, trimiși în judecată pentru înșelăciune în formă continuată, prin "
            "încheierea din 03.12.2026, a dispus, în temeiul art. 170 din Codul de procedură penală, solicitarea "
            "următoarelor date privind utilizatorii „lucian_dragomir_if” și „emil.costache.auto”:")
    p1.items([r + ";" for r in rd[:3]], style="roman")
    p1.line("– continuare pe verso –", align="center", size=9)
    p2 = c.page(st)
    p2.space(6)
    p2.items([r + ";" for r in rd[3:]], style="roman", start=4)
    p2.para("Răspunsul se va transmite până la termenul de judecată din 21.01.2027, prin poștă, la sediul "
            "instanței din Str. Concordiei nr. 2, sector 1, București.")
    p2.space(10)
    p2.cols(["PREȘEDINTE,", "Judecător Ursu Gabriela"], ["GREFIER,", "Avram Petrică"], kind_l=["b", ""], kind_r="")
    p2.mark("judge", 25, 80, 10)
    c.sign(p2, "judge", "flourish", "ballpoint_black", w=48, h=17, dx=-10, dy=-14)
    c.sign(p2, "judge", "initials", "ballpoint_blue2", w=30, h=14, dx=105, dy=-14)
    c.stampit(p2, "judge", dx=55, dy=14, kind="round", top="TRIBUNALUL ILFOV", bottom="ROMÂNIA", arms=True,
              color="blue", size_mm=36, rotate=17, faint=0.8)
    fields = f_le(kind="court", authority="Tribunalul Ilfov", reference_number="20.114", reference_date="2026-12-04",
                  case_number="2560/93/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "lucian_dragomir_if"},
                            {"kind": "username", "value": "emil.costache.auto"}],
                  transactions=["70655102", "70655187", "70661930"], requested_data=rd,
                  period={"from": "2026-07-01", "to": "2026-09-30"}, response_channel="courier")
    accept = {"reference_number": ["20114"], "authority": ["Tribunalul Ilfov – Secția penală"]}
    return [p1, p2], fields, accept, ("court in the trial phase, 2 pages: the roman list continues on page 2 where "
                                      "judge and clerk sign side by side over a faint round stamp with arms; "
                                      "signatory not scored (two signers); answer by post")


def g_dga_sja_mehedinti(c: Ctx):
    p = c.page(K.Style(family="dserif", size=11))
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "DIRECȚIA GENERALĂ ANTICORUPȚIE",
                "Serviciul Județean Anticorupție Mehedinți"], ["Nr. 3.611.020", "din 04.12.2026"])
    addressee(p)
    rd = ["datele de identificare ale titularului contului", "istoricul tranzacțiilor din anul 2026",
          "contul bancar declarat pentru încasări"]
    p.para("În cauza penală ce formează obiectul dosarului nr. 98/P/2026 al Direcției Naționale Anticorupție – "
           "Serviciul Teritorial Craiova, în care S.J.A. Mehedinți efectuează acte de cercetare penală delegate, "
           "vă rugăm ca, în temeiul art. 170 C.p.p., să ne comunicați, pentru utilizatorul „vamesu_mh” "
           "(e-mail vamesu.mh@yahoo.com), " + "; ".join(rd) + ".")
    p.para("Răspunsul va fi transmis prin e-mail, la sja.mehedinti@mai-dga.ro.")
    p.space(8)
    p.sigblock(["Șef serviciu", "Comisar de poliție Bărbulescu Dan"], name="sig")
    c.stampit(p, "sig", dx=-40, dy=4, kind="hex", top="DIRECȚIA GENERALĂ ANTICORUPȚIE",
              center=("S.J.A.", "MEHEDINȚI"), bottom="M.A.I.", color="blue", size_mm=30, aspect=1.2, rotate=5)
    c.sign(p, "sig_last", "steep", "felt_black", w=34, h=15, dy=-5, dx=22)
    fields = f_le(authority="Serviciul Județean Anticorupție Mehedinți", reference_number="3.611.020",
                  reference_date="2026-12-04", case_number="98/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "vamesu_mh"}, {"kind": "email", "value": "vamesu.mh@yahoo.com"}],
                  requested_data=rd, response_channel="electronic", reply_to="sja.mehedinti@mai-dga.ro",
                  signatory="Comisar de poliție Bărbulescu Dan")
    accept = {"authority": ["Direcția Generală Anticorupție", "DGA"], "reference_number": ["3611020"]}
    return [p], fields, accept, ("DGA county service, G4 at standard resolution (204x98) dithered; number and "
                                 "date on two lines right; data in one sentence (items separated by ';'); a "
                                 "HEXAGONAL stamp; felt-tip signature")


def g_jud_severin(c: Ctx):
    p = c.page(K.Style(family="serif", size=11))
    for s in ["ROMÂNIA", "JUDECĂTORIA DROBETA-TURNU SEVERIN", "Secția civilă și penală"]:
        p.line(s, kind="b", align="center")
    p.space(2)
    p.line("Dosar nr. 6011/225/2026          Nr. ieșire 8.712          Data: 30.11.2026", size=10)
    p.space(3)
    addressee(p, x=25)
    rd = ["datele de identificare ale utilizatorului „gradina_bunicii_mh”",
          "adresa de livrare folosită pentru comanda nr. 80299431", "numărul de telefon asociat contului"]
    p.para("În dosarul de mai sus, aflat în faza de cameră preliminară, judecătorul de cameră preliminară, în "
           "temeiul art. 170 din Codul de procedură penală, vă solicită:")
    p.items(rd, style="bullet")
    p.para("Răspunsul se va trimite prin poștă, la sediul instanței, Str. Traian nr. 89, Drobeta-Turnu Severin.")
    p.space(8)
    p.sigblock(["Judecător de cameră preliminară,", "Stoica Lavinia"], name="sig", align="left", width_mm=70)
    c.sign(p, "sig_last", "upright", "ballpoint_blue", w=40, h=13, dy=-6, dx=2)
    c.stampit(p, "sig", dx=75, dy=-2, kind="round", top="JUDECĂTORIA DROBETA-TURNU SEVERIN", bottom="★ ROMÂNIA ★",
              arms=True, color="red", size_mm=34, rotate=28)
    fields = f_le(kind="court", authority="Judecătoria Drobeta-Turnu Severin", reference_number="8.712",
                  reference_date="2026-11-30", case_number="6011/225/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "gradina_bunicii_mh"}], transactions=["80299431"],
                  requested_data=rd, response_channel="courier", signatory="Judecător de cameră preliminară Stoica Lavinia")
    accept = {"reference_number": ["8712"], "signatory": ["Stoica Lavinia"],
              "reply_to": ["Str. Traian nr. 89, Drobeta-Turnu Severin"]}
    return [p], fields, accept, ("preliminary-chamber judge; number, exit number and date on one line; bulleted "
                                 "list; signature block on the left, red round stamp with arms to its right; "
                                 "grey 16-level PNG at 150 dpi")


def g_adjud_police(c: Ctx):
    p = c.page(K.Style(family="freesans", size=11))
    heading(p, ["INSPECTORATUL DE POLITIE JUDETEAN VRANCEA", "POLITIA MUNICIPIULUI ADJUD",
                "Compartimentul Investigatii Criminale"], [])
    p.line("Nr. 19.336 din 05.12.2026", kind="b")
    addressee(p, lines=OUR_NODIA)
    rd = ["datele de identificare ale titularului contului", "lista cumparatorilor din ultimele 60 de zile",
          "adresele IP de conectare din aceeasi perioada"]
    p.para("In dosarul penal nr. 811/P/2026 se efectueaza cercetari pentru comercializarea unor telefoane mobile "
           "provenite din furt. In baza art. 170 Cod procedura penala, va rugam sa ne comunicati, referitor la "
           "utilizatorul cu numele telefoane_adjud si IBAN " + iban("RZBR", "0000060019337711") + ":")
    p.items(rd, style="paren")
    p.para("Raspunsul se va transmite prin e-mail la adjud@vn.politiaromana.ro.")
    p.space(8)
    p.sigblock(["Sef compartiment", "Inspector de politie", "Neagu Florentin"], name="sig")
    c.stampit(p, "sig", dx=-38, dy=-2, kind="oval", top="POLITIA MUNICIPIULUI ADJUD", bottom="VRANCEA",
              center=("I.P.J.",), color="violet", size_mm=26, aspect=1.5, rotate=-8)
    c.sign(p, "sig_last", "flourish", "ballpoint_blue2", w=46, h=16, dy=-4, dx=6)
    ib = compact(iban("RZBR", "0000060019337711"))
    fields = f_le(authority="Poliția Municipiului Adjud", reference_number="19.336", reference_date="2026-12-05",
                  case_number="811/P/2026", legal_basis=["art. 170 CPP"],
                  subjects=[{"kind": "username", "value": "telefoane_adjud"}, {"kind": "iban", "value": ib}],
                  requested_data=rd, response_channel="electronic", reply_to="adjud@vn.politiaromana.ro",
                  signatory="Inspector de poliție Neagu Florentin")
    accept = {"authority": ["Politia Municipiului Adjud", "Inspectoratul de Poliție Județean Vrancea", "IPJ Vrancea"],
              "reference_number": ["19336"], "signatory": ["Inspector de politie Neagu Florentin"]}
    return [p], fields, accept, ("no diacritics anywhere; IBAN subject; '1)' list; violet OVAL stamp; faxed from "
                                 "IPJ Vrancea's second registry number")


# =====================================================================
# FORGED / DEFECTIVE LAW-ENFORCEMENT LETTERS (5)
# =====================================================================

def f_plain_circle_ls(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["INSPECTORATUL DE POLIȚIE JUDEȚEAN SĂLAJ", "Serviciul de Investigații Criminale"],
            ["Nr. 2.108.019", "Zalău, 03.12.2026"])
    addressee(p)
    p.para("În dosarul penal nr. 4502/P/2026, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați de urgență, "
           "în 24 de ore, datele de identificare, adresele IP și conturile bancare ale utilizatorilor "
           "„sj_electrocasnice” și „florin.b.zalau”. Răspunsul se va transmite la adresa sic.salaj.dosare@gmail.com, "
           "căsuța oficială fiind în mentenanță.")
    p.space(8)
    p.sigblock(["Șef serviciu", "Comisar-șef de poliție Moldovan Radu"], name="sig")
    x0, y0, x1, y1 = p.anchors["sig"]
    # a plain double circle drawn with a ruler-compass in blue ink, "L.S." written in by hand: no stamp
    cx, cy = p.px(x0 - 20, (y0 + y1) / 2)
    r = 17 / 25.4 * p.dx
    ring = K.Image.new("RGBA", (int(2 * r + 20), int(2 * r + 20)), (40, 70, 185, 0))
    dd = K.ImageDraw.Draw(ring)
    for rr in (r, r - 9):
        dd.ellipse([10 + r - rr, 10 + r - rr, 10 + r + rr, 10 + r + rr], outline=(40, 70, 185, 210), width=3)
    p.im = K.apply_ink(p.im, ring, cx, cy)
    p.d = K.ImageDraw.Draw(p.im)
    K.handwriting(p, c.rng, ["L.S."], x0 - 27, (y0 + y1) / 2 - 4, size_pt=14, pen=(40, 70, 185))
    c.sign(p, "sig_last", "zigzag", "ballpoint_blue", w=42, h=14, dy=-6, dx=8)
    return [p], {"authority_kind": "police", "case_number": "4502/P/2026", "urgent": True}, None, (
        "FORGED: signed, but where the stamp should be there is only a plain double circle with 'L.S.' written "
        "in by hand (ink.stamp false); 24 h urgency and a gmail answer address")


def f_school_inspectorate_stamp(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, ["INSPECTORATUL DE POLIȚIE JUDEȚEAN SĂLAJ", "POLIȚIA ORAȘULUI ȘIMLEU SILVANIEI"],
            ["Nr. 40.277", "din 02.12.2026"])
    addressee(p)
    rd = ["datele de identificare ale titularului", "istoricul anunțurilor", "adresele IP de conectare"]
    p.para("În dosarul penal nr. 2219/P/2026, în baza art. 170 C.p.p., vă rugăm să ne transmiteți, pentru "
           "utilizatorul „simleu_auto_parts”, următoarele date:")
    p.items(rd, style="num")
    p.para("Răspunsul se va trimite la adresa simleu@sj.politiaromana.ro.")
    p.space(8)
    p.sigblock(["Șeful Poliției Orașului Șimleu Silvaniei", "Comisar de poliție Szabo Levente"], name="sig")
    c.stampit(p, "sig", dx=-42, dy=3, kind="double", top="INSPECTORATUL ȘCOLAR JUDEȚEAN SĂLAJ", bottom="ROMÂNIA",
              center=("ȘCOALA GIMNAZIALĂ", "NR. 2 ȘIMLEU"), color="blue", size_mm=36, rotate=12)
    c.sign(p, "sig_last", "coil", "ballpoint_blue", w=40, h=14, dy=-5)
    return [p], {"authority_kind": "police", "case_number": "2219/P/2026"}, None, (
        "FORGED: a town police letter sent from IPJ Sălaj's registry fax, signed, but the round stamp is the "
        "COUNTY SCHOOL INSPECTORATE's ('INSPECTORATUL ȘCOLAR JUDEȚEAN SĂLAJ', a school in the centre): another "
        "institution's seal whose first word is also 'Inspectoratul' and whose county matches")


def f_stamp_no_signature(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    for s in ["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ZALĂU"]:
        p.line(s, kind="b", align="center")
    p.line("Nr. 4.011/II/2/2026 din 04.12.2026", align="center")
    p.space(3)
    addressee(p)
    p.para("FOARTE URGENT. În dosarul penal nr. 3977/P/2026, în temeiul art. 170 C.p.p., vă solicităm comunicarea "
           "în cel mult 12 ore a datelor de identificare, a parolelor de acces și a istoricului de autentificare "
           "pentru utilizatorii „zalau_imobiliare” și „dana.crisan.sj”. Răspunsul la adresa pjzalau@mpublic.ro.")
    p.space(8)
    p.sigblock(["PROCUROR,", "p. Hossu Andrei", "L.S."], name="sig")
    c.stampit(p, "sig", dx=-30, dy=0, kind="round", top="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA ZALĂU",
              center=("★",), arms=True, color="violet", size_mm=37, rotate=40)
    return [p], {"authority_kind": "prosecutor", "case_number": "3977/P/2026", "urgent": True}, None, (
        "DEFECTIVE/FORGED: a stamp struck on 'L.S.' but NO signature ('p.' and a name, the line left empty); "
        "12-hour urgency and even passwords asked for")


def f_page2_other_letter(c: Ctx):
    st = K.Style(family="dserif", size=11)
    p1 = c.page(st)
    heading(p1, ["INSPECTORATUL DE POLIȚIE JUDEȚEAN MEHEDINȚI", "SERVICIUL DE INVESTIGAȚII CRIMINALE"],
            ["Nr. 301.702", "04.12.2026"])
    addressee(p1)
    p1.para("În dosarul penal nr. 2311/P/2026, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați, pentru "
            "utilizatorii „orsova_pescuit”, „mh.telefoane” și „gabi_strehaia”, datele de identificare, conturile "
            "bancare, adresele IP de conectare din 2026 și conversațiile purtate prin platformă.")
    p1.para("Răspunsul se va transmite la adresa indicată pe pagina următoare.")
    p2 = c.page(K.Style(family="serif", size=11.5))
    p2.space(10)
    p2.para("Răspunsul se va transmite la adresa sic@mh.politiaromana.ro. Vă mulțumim pentru colaborare.")
    p2.space(8)
    p2.sigblock(["Șef serviciu", "Inspector principal de poliție", "Ciucă Marian"], name="sig")
    c.stampit(p2, "sig", dx=-44, dy=0, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN MEHEDINȚI",
              bottom="ROMÂNIA", center=("S.I.C.",), color="blue", size_mm=36, rotate=-15)
    c.sign(p2, "sig_last", "wave", "ballpoint_blue", w=44, h=15, dy=-6)
    p2.y = 280
    p2.line("Nr. 288.902 din 14.08.2026 – dosar 1544/P/2026 – pagina 2 din 2", size=8, align="center")
    return [p1, p2], {"authority_kind": "police", "case_number": "2311/P/2026"}, None, (
        "FORGED: 2-page fax from IPJ Mehedinți's registry number; page 1 (three users, no ink) is new, page 2 - the "
        "only signed and stamped page, in another font - is the last page of an older letter (its footer: "
        "Nr. 288.902 din 14.08.2026, dosar 1544/P/2026)")


def f_unsigned_printout(c: Ctx):
    p = c.page(K.Style(family="sans", size=10))
    p.line("Printat din: Outlook Web App – juridic@okazii.ro        05.12.2026 08:44", size=8)
    p.hrule()
    p.line("De la: Tribunalul Ilfov - Sectia penala <tbif-penal@just.ro>", size=9)
    p.line("Subiect: Adresa dosar 2602/93/2026", size=9)
    p.space(4)
    for s in ["ROMÂNIA", "TRIBUNALUL ILFOV", "SECȚIA PENALĂ"]:
        p.line(s, kind="b")
    p.line("Dosar nr. 2602/93/2026 – Nr. 20.301 din 04.12.2026")
    p.space(3)
    p.para("În temeiul art. 170 C.p.p., instanța vă solicită datele de identificare și istoricul tranzacțiilor "
           "utilizatorului „voluntari_lux_cars”. Răspunsul se va trimite prin poștă, la sediul instanței.")
    p.space(6)
    p.sigblock(["Judecător,", "Ursu Gabriela"], name="sig")
    p.line("Pagina 1 din 1", size=8, align="center")
    return [p], {"authority_kind": "court", "case_number": "2602/93/2026"}, None, (
        "DEFECTIVE: a page with NO marks at all - a print-out of an e-mail (Outlook header and footer) posted to "
        "us, neither signature nor stamp; expected incomplete (ask for a signed address)")


# =====================================================================
# OTHER CATEGORIES (2)
# =====================================================================

def c_company_fax(c: Ctx):
    p = c.page(K.Style(family="lmono", size=10.5, justify=False, indent=0))
    p.line("S.C. ELECTRO SEVERIN S.R.L.  -  CUI RO31177402", kind="b")
    p.line("Drobeta-Turnu Severin, str. Crisan nr. 14, tel/fax 0252 311 870")
    p.hrule()
    p.line("Catre: OKAZII.RO - Departamentul de Securitate")
    p.line("Data: 04.12.2026")
    p.space(4)
    p.para("Am vandut prin platforma doua televizoare (comenzile 80377120 si 80377151, in total 4.180 lei) "
           "cumparatorului cu contul tv_deal_craiova. Coletele au fost ridicate de un curier trimis de el, iar "
           "banii nu au ajuns niciodata: 'confirmarea de plata' primita pe e-mail era falsa.")
    p.para("Va rugam sa blocati contul cumparatorului si sa ne ajutati sa recuperam marfa sau banii.")
    p.space(6)
    p.line("Administrator, Popescu Daniel")
    p.mark("sig", 25, 90, 6)
    c.sign(p, "sig", "initials", "ballpoint_black", w=30, h=12, dx=20, dy=6)
    fields = {"transaction_id": None, "counterparty": "tv_deal_craiova", "amount": {"value": "4180.00", "currency": "RON"},
              "issue": "fraud_suspected"}
    return [p], fields, {"transaction_id": ["80377120", "80377151"]}, (
        "a seller company's complaint by fax from its own number (in no registry): two orders taken by a "
        "courier of the buyer against a forged payment confirmation; signed, no stamp")


def u_blank_back(c: Ctx):
    p = c.page(K.Style(family="serif", size=11))
    # the back of a printed page: faint mirrored bleed-through of text, nothing written on this side
    ghost = K.Image.new("RGB", p.im.size, "white")
    gd = K.ImageDraw.Draw(ghost)
    f = K.font("serif", p.fpx(11))
    y = p.px(0, 40)[1]
    rng = c.rng
    while y < p.h * 0.7:
        w = rng.uniform(0.5, 0.85) * p.w
        gd.text((p.px(25, 0)[0], y), "x" * 5, font=f, fill="white")
        gd.rectangle([p.px(25, 0)[0], y + 6, p.px(25, 0)[0] + w, y + p.fpx(11) * 0.6], fill=(236, 236, 236))
        y += p.fpx(11) * 1.6
    p.im = ghost.transpose(K.Image.FLIP_LEFT_RIGHT)
    p.d = K.ImageDraw.Draw(p.im)
    return [p], {}, None, ("a page with no marks: the scanned blank back of a sheet, only a faint mirrored "
                           "bleed-through of lines of text")


ITEMS = [
    # fn, group, category, genuine, verdict, channel
    (g_zalau_police, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": True, "comp": "group4", "tag": 270, "tagval": "+40 260 567 109",
      "tsi": "+40 260 567 109", "header": "01-DEC-2026 15:07  IPJ SALAJ BIC ZALAU  +40 260 567 109  P.{p}"}),
    (g_pj_zalau_ordonanta, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": False, "comp": "group3", "dither": True, "tag": 269, "tagval": "PJ ZALAU 0260567610",
      "tsi": "0260567610", "header": "03.12.2026 11:42 FAX 0260 567 610  PARCHET JUD ZALAU  PAG {p}"}),
    (g_severin_police, "le_gen", "law_enforcement", True, "verified", {"channel": "post", "fmt": "jpg", "dpi": 200}),
    (g_tribunal_ilfov_2p, "le_gen", "law_enforcement", True, "verified",
     {"channel": "post", "fmt": "pdf", "dpi": 200, "color": False}),
    (g_dga_sja_mehedinti, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": False, "comp": "group4", "dither": True, "tag": 315, "tagval": "DGA SJA MH +40 252 567 509",
      "tsi": "+40 252 567 509", "header": "04/12/2026 13:20  +40 252 567 509  DGA SJA MEHEDINTI  {p}"}),
    (g_jud_severin, "le_gen", "law_enforcement", True, "verified",
     {"channel": "post", "fmt": "png", "dpi": 150, "color": False}),
    (g_adjud_police, "le_gen", "law_enforcement", True, "verified",
     {"channel": "fax", "fine": True, "comp": "group3", "tag": 270, "tagval": "+40237567160", "tsi": "+40237567160",
      "header": "DEC-05-2026 10:02 FROM POLITIA ADJUD 40237567160 TO 0213155500 P.{p}"}),
    (f_plain_circle_ls, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "post", "fmt": "jpg", "dpi": 200, "color": False}),
    (f_school_inspectorate_stamp, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "fax", "fine": True, "comp": "group4", "tag": 269, "tagval": "+40 260 567 121",
      "tsi": "+40 260 567 121", "header": "02.12.2026 17:31  POLITIA SIMLEU  +40 260 567 121  Pag {p}"}),
    (f_stamp_no_signature, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "post", "fmt": "pdf", "dpi": 150, "color": True}),
    (f_page2_other_letter, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "fax", "fine": False, "comp": "group3", "tag": 270, "tagval": "+40 252 567 130",
      "tsi": "+40 252 567 130", "header": "04-12-2026 21:48  IPJ MH SIC  +40 252 567 130  P.{p}"}),
    (f_unsigned_printout, "le_forged", "law_enforcement", False, "not_verified",
     {"channel": "post", "fmt": "png", "dpi": 150, "color": False}),
    (c_company_fax, "other", "complaint", None, None,
     {"channel": "fax", "fine": False, "comp": "group3", "tag": 270, "tagval": "0252 311 870", "tsi": "0252 311 870",
      "header": "04/12/2026 12:15  ELECTRO SEVERIN  0252311870  1/1"}),
    (u_blank_back, "other", "unknown", None, None, {"channel": "post", "fmt": "tif", "dpi": 150, "color": False}),
]


def write_fax(pages, path, ch, rng):
    frames = []
    n = len(pages)
    for i, im in enumerate(pages):
        hdr = ch["header"].replace("{p}", f"{i + 1}/{n}")
        frames.append(K.fax_page(im, rng, hdr, fine=ch["fine"], dither=ch.get("dither", False)))
    ifd = ImageFileDirectory_v2()
    ifd[ch["tag"]] = ch["tagval"]
    ifd[305] = "HylaFAX 7.0.6" if ch["comp"] == "group3" else "Fax server"
    dpi = (204, 196 if ch["fine"] else 98)
    frames[0].save(path, compression=ch["comp"], save_all=True, append_images=frames[1:], tiffinfo=ifd, dpi=dpi)
    return "tiff-" + ch["comp"] + f"-204x{dpi[1]}"


def write_post(pages, path, ch, rng):
    fmt = ch["fmt"]
    grey = not ch.get("color", True)
    outs = []
    for i, im in enumerate(pages):
        lossless = fmt == "png" or (fmt == "tif" and grey)
        o = K.scan_page(im, rng, grey=grey, fold=(i == 0 and fmt in ("jpg", "pdf")), holes=(fmt == "tif"),
                        noise=(0.0 if fmt == "png" and not grey else 0.5) if lossless else 1.8)
        if lossless and grey:
            o = o.convert("L").point(lambda v: min(255, (v + 8) // 16 * 17))
        outs.append(o)
    dpi = (ch["dpi"], ch["dpi"])
    if fmt == "jpg":
        outs[0].save(path, quality=66, dpi=dpi, optimize=True)
        return "jpeg-" + ("grey" if grey else "colour") + f"-{ch['dpi']}dpi"
    if fmt == "png":
        im = outs[0].convert("RGB").quantize(colors=32, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        im.save(path, dpi=dpi, optimize=True)
        return f"png-palette32-{ch['dpi']}dpi"
    if fmt == "tif":
        fr = [o.convert("L") for o in outs]
        fr[0].save(path, compression="tiff_adobe_deflate", save_all=True, append_images=fr[1:], dpi=dpi)
        return f"tiff-grey-deflate-{ch['dpi']}dpi"
    if fmt == "pdf":
        fr = []
        for o in outs:
            b = io.BytesIO()
            (o.convert("L") if grey else o).save(b, "JPEG", quality=50)
            fr.append(Image.open(io.BytesIO(b.getvalue())))
        fr[0].save(path, "PDF", save_all=True, append_images=fr[1:], resolution=float(ch["dpi"]), quality=55,
                   producer="Konica Minolta bizhub C258 (scan to folder)", creator="bizhub C258",
                   creationDate=time.strptime("20261205081500", "%Y%m%d%H%M%S"),
                   modDate=time.strptime("20261205081500", "%Y%m%d%H%M%S"))
        return "pdf-image-only-" + ("grey" if grey else "colour")
    raise ValueError(fmt)


def main():
    world = json.load(open(os.path.join(HERE, "..", "world", "authorities.json"), encoding="utf-8"))
    reg_fax = {e164(f): a["name"] for a in world for f in a["fax_numbers"]}
    master = random.Random(SEED)
    order = list(range(len(ITEMS)))
    master.shuffle(order)
    numbers = {idx: n + 1 for n, idx in enumerate(order)}
    groups = {}
    for i, it in enumerate(ITEMS):
        groups.setdefault(it[1], []).append(i)
    split = {}
    srng = random.Random(SEED + 1)
    for g, idxs in sorted(groups.items()):
        idxs = idxs[:]
        srng.shuffle(idxs)
        k = len(idxs) // 2 + (1 if len(idxs) % 2 and srng.random() < 0.5 else 0)
        for j, i in enumerate(idxs):
            split[i] = "dev" if j < k else "blind"
    for f in os.listdir(HERE):
        if f.startswith("p") and f[1:3].isdigit():
            os.remove(os.path.join(HERE, f))
    lines, material = [], {}
    for i, (fn, group, cat, genuine, verdict, ch) in enumerate(ITEMS):
        rng = random.Random(f"{SEED}-{fn.__name__}")
        c = Ctx(rng, ch)
        pages, fields, accept, notes = fn(c)
        for pg in pages:
            if pg.overflow:
                print("WARNING overflow", fn.__name__, file=sys.stderr)
        imgs = [pg.im for pg in pages]
        n = numbers[i]
        if ch["channel"] == "fax":
            name = f"p{n:02d}_fax.tif"
            fmt = write_fax(imgs, os.path.join(HERE, name), ch, rng)
        else:
            name = f"p{n:02d}_scan.{ch['fmt']}"
            fmt = write_post(imgs, os.path.join(HERE, name), ch, rng)
        fax_number = e164(ch["tsi"]) if ch["channel"] == "fax" and ch.get("tsi") else None
        if cat == "law_enforcement" and genuine:
            assert fax_number is None or fax_number in reg_fax, (fn.__name__, fax_number)
        rec = {"file": "paper/" + name, "split": split[i], "category": cat, "fields": fields}
        if accept:
            rec["accept"] = accept
        rec["genuine"] = genuine if cat == "law_enforcement" else None
        rec["expect_verdict"] = verdict if cat == "law_enforcement" else None
        if cat == "law_enforcement" and fax_number:
            notes += f"; sending number {fax_number}" + (f" is {reg_fax[fax_number]}'s registry fax"
                                                         if fax_number in reg_fax else " is in no registry")
        if cat == "law_enforcement" and genuine:
            notes += "; verified expected, with a call-back on a registry number (paper)"
        rec["notes"] = notes
        rec["item"] = fn.__name__
        rec["ink"] = {"signature": c.sig, "stamp": c.stamp}
        rec["channel"] = ch["channel"]
        rec["fax_number"] = fax_number
        rec["pages"] = len(imgs)
        rec["format"] = fmt
        lines.append((n, rec))
        material[rec["file"]] = {"text": "\n".join(t for pg in pages for t in pg.texts), "item": fn.__name__}
        print(f"{name:18s} {cat:16s} {group:9s} {split[i]:5s} pages={len(imgs)} {fmt} ink={c.sig},{c.stamp} "
              f"{os.path.getsize(os.path.join(HERE, name)) // 1024} KB")
    lines.sort(key=lambda t: t[0])
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for _, rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "material.json"), "w", encoding="utf-8") as f:
        json.dump(material, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
