"""Blind round 13, paper half: scanned post and faxes, with ink truth and where the ink is.

Run:  .venv/bin/python bench/blind/round13/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for ../selfcheck.py).
The helpers (RecPage, Ctx, heading, addressee, e164, iban, le, sub, ff, body, fax, post, write_fax, write_post, main)
are round 12's, copied as tools (write_post gains a shadow along one edge and a rectangle copied from one scanned page
onto another after scanning); the letters and ITEMS are new. Deterministic (seed 20261350). The authorities and their
fax numbers are the world's (../world/authorities.json).
"""
from __future__ import annotations

import io
import json
import os
import random
import sys
import time

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from PIL.TiffImagePlugin import ImageFileDirectory_v2

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import inkkit as K  # noqa: E402

SEED = 20261350
OUR = ["Către", "S.C. OKAZII ONLINE S.R.L.", "Centrul de prevenire a fraudelor – Departamentul Juridic",
       "Str. Frunzei nr. 29, sector 2, București"]
OUR_NODIA = ["Catre", "S.C. OKAZII ONLINE S.R.L. - Centrul de prevenire a fraudelor", "Departamentul Juridic",
             "Str. Frunzei nr. 29, sector 2, Bucuresti"]


def iban(bank: str, acct: str) -> str:
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "RO00")
    ck = 98 - int(num) % 97
    s = f"RO{ck:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


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
        self.where: list = []
        self.pages: list = []

    def page(self, style=None):
        st = style or K.Style()
        if self.ch["channel"] == "fax":
            pg = RecPage(st, dpi=(204, 196), width_px=1728)
        else:
            dpi = self.ch.get("dpi", 200)
            pg = RecPage(st, dpi=(dpi, dpi))
        self.pages.append(pg)
        return pg

    def anchor_px(self, p, anchor, dx, dy):
        if isinstance(anchor, tuple) and len(anchor) == 2:
            return p.px(anchor[0] + dx, anchor[1] + dy)
        x0, y0, x1, y1 = p.anchors[anchor]
        return p.px((x0 + x1) / 2 + dx, (y0 + y1) / 2 + dy)

    def _where(self, p, kind, img, X, Y, counts):
        """Round 11: where the mark lands, in mm from the page's top-left corner (before skew or wear)."""
        w_mm, h_mm = img.width / p.dx * 25.4, img.height / p.dy * 25.4
        x_mm, y_mm = X / p.dx * 25.4, Y / p.dy * 25.4
        self.where.append({"kind": kind, "page": self.pages.index(p) + 1 if p in self.pages else None,
                           "box_mm": [round(x_mm - w_mm / 2, 1), round(y_mm - h_mm / 2, 1),
                                      round(x_mm + w_mm / 2, 1), round(y_mm + h_mm / 2, 1)], "ink": counts})

    def sign(self, p, anchor, hand, pen, w=46, h=16, dx=0.0, dy=0.0, img=None, slant=None, counts=True):
        if img is None:
            img = K.signature(self.rng, hand, pen, w, h, dpi=(p.dx, p.dy), slant=slant)
        X, Y = self.anchor_px(p, anchor, dx, dy)
        p.im = K.apply_ink(p.im, img, X, Y)
        p.d = ImageDraw.Draw(p.im)
        self.sig = self.sig or counts
        self._where(p, "signature", img, X, Y, counts)
        return img

    def stampit(self, p, anchor, dx=0.0, dy=0.0, img=None, counts=True, **kw):
        if img is None:
            img = K.stamp(self.rng, dpi=(p.dx, p.dy), **kw)
        X, Y = self.anchor_px(p, anchor, dx, dy)
        p.im = K.apply_ink(p.im, img, X, Y)
        p.d = ImageDraw.Draw(p.im)
        self.stamp = self.stamp or counts
        self._where(p, "stamp", img, X, Y, counts)
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



# ------------------------------------------------------------------ page composer (round 11)




# ------------------------------------------------------------------ letter helpers (round 12, new)

def le(kind, **kw):
    f = {"authority_kind": kind}
    f.update(kw)
    f.setdefault("urgent", False)
    return f


def sub(kind, value):
    return {"kind": kind, "value": value}


def ff(kind, case=None, urgent=None):
    f = {"authority_kind": kind}
    if case:
        f["case_number"] = case
    if urgent is not None:
        f["urgent"] = urgent
    return f


def body(p, paras, size=None):
    for t in paras:
        if isinstance(t, tuple):  # (style, [items])
            p.items(t[1], style=t[0], size=size)
            p.space(1.0)
        else:
            p.para(t, size=size)


def dry_seal(c, p, anchor, dx=0.0, dy=0.0, **kw):
    """A DRY (embossed) seal: relief only, no ink: the paper raised and shadowed along the die's lines."""
    img = K.stamp(c.rng, dpi=(p.dx, p.dy), faint=1.0, **kw)
    a = np.asarray(img.getchannel("A"), np.float32) / 255.0
    sh = 3
    relief = np.zeros_like(a)
    relief[sh:, sh:] = a[:-sh, :-sh]
    relief = relief - a  # light on one side, shadow on the other
    X, Y = c.anchor_px(p, anchor, dx, dy)
    base = np.asarray(p.im, np.float32)
    x0, y0 = int(X - a.shape[1] / 2), int(Y - a.shape[0] / 2)
    reg = base[y0:y0 + a.shape[0], x0:x0 + a.shape[1]]
    reg *= (1 - 0.10 * relief[:reg.shape[0], :reg.shape[1], None])
    reg -= 6 * a[:reg.shape[0], :reg.shape[1], None]  # a faint grey where the paper was pressed
    p.im = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    p.d = ImageDraw.Draw(p.im)
    c._where(p, "stamp", img, X, Y, False)



# ------------------------------------------------------------------ genuine (8)

def g_radauti_g3_standard_arms_over_name(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA",
                "POLIȚIA MUNICIPIULUI RĂDĂUȚI"], ["NESECRET", "Exemplar nr. 1"])
    p.line("Nr. 61.330 din 03.12.2026", kind="b")
    p.space(3)
    addressee(p, OUR)
    p.line("A D R E S Ă", kind="b", align="center", size=13)
    p.space(2)
    body(p, ["Poliția Municipiului Rădăuți efectuează cercetări în dosarul penal nr. 1984/P/2026, privind săvârșirea "
             "infracțiunii de înșelăciune prin vânzarea online a unor lemne de foc neexistente.",
             "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, privitor la utilizatorul "
             "lemne.radauti (telefon 0755.902.114), următoarele:",
             ("num", ["identitatea și adresa declarate de titularul contului;",
                      "lista cumpărătorilor care au plătit avans în luna noiembrie 2026;",
                      "contul bancar indicat pentru plată."]),
             "Răspunsul va fi transmis prin curier, la sediul Poliției Municipiului Rădăuți, "
             "Str. Ștefan cel Mare nr. 41, Rădăuți."])
    p.space(8)
    p.sigblock(["ȘEFUL POLIȚIEI MUNICIPALE", "Comisar-șef de poliție", "Hlihor Dumitru"], name="sig")
    c.sign(p, "sig_last", "zigzag", "ballpoint_blue", w=42, h=14, dy=-5)
    c.stampit(p, "sig_last", dx=-8, dy=2, kind="double", top="ROMÂNIA * M.A.I. * I.P.J. SUCEAVA",
              bottom="POLIȚIA MUNICIPIULUI RĂDĂUȚI", arms=True, color="blue", size_mm=36, rotate=12)
    f = le("police", authority="Poliția Municipiului Rădăuți", reference_number="61.330", reference_date="2026-12-03",
           case_number="1984/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "lemne.radauti"), sub("phone", "+40755902114")],
           requested_data=["identitatea și adresa declarate de titularul contului",
                           "lista cumpărătorilor care au plătit avans în luna noiembrie 2026",
                           "contul bancar indicat pentru plată"],
           response_channel="courier", reply_to="Str. Ștefan cel Mare nr. 41, Rădăuți",
           signatory="Comisar-șef de poliție Hlihor Dumitru")
    acc = {"authority": ["Inspectoratul de Poliție Județean Suceava", "IPJ Suceava"], "reference_number": ["61330"]}
    return [p], f, acc, ("a town police of IPJ Suceava (unit not in the registry); G3 STANDARD resolution (98 lpi); "
                         "double-ring stamp with the coat of arms struck OVER the signatory's name, signature above; "
                         "phone with dots")


def g_dna_st_oradea_hex_stamp_long_flourish(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                "DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "SERVICIUL TERITORIAL ORADEA"], [], kinds=["b"] * 5)
    p.line("Dosar nr. 88/P/2026", kind="b")
    p.line("Nr. 1.412/C/2026 – Oradea, 04 decembrie 2026")
    p.space(3)
    addressee(p, OUR)
    body(p, ["Direcția Națională Anticorupție – Serviciul Teritorial Oradea efectuează urmărirea penală în cauza de mai "
             "sus, privind fapte de dare și luare de mită în legătură cu atribuirea unor contracte publice, în care "
             "foloasele ar fi fost disimulate prin vânzări fictive de obiecte de artă pe platforma dumneavoastră.",
             "În temeiul art. 170 Cod procedură penală, vă solicităm ca, pentru conturile art_bihoreana și "
             "galerie.crisana@gmail.com, să ne comunicați:",
             ("dash", ["datele de identificare ale titularilor;",
                       "tranzacțiile încheiate între cele două conturi;",
                       "sumele plătite și conturile bancare de încasare."]),
             "Perioada: 01.01.2026 – 30.11.2026. Datele vor fi transmise prin fax la numărul 0259 574 509 sau prin "
             "curier, la sediul serviciului."])
    p.space(10)
    p.sigblock(["Procuror șef serviciu,", "Pașca Horea"], name="sig", align="right")
    c.sign(p, "sig_last", "flourish", "fountain_blue", w=72, h=20, dy=-9, dx=-10)
    c.stampit(p, "sig", dx=-70, dy=0, kind="hex", top="ROMÂNIA",
              center=["D.N.A.", "SERV. TERITORIAL", "ORADEA"], color="blue", size_mm=30, aspect=1.25, rotate=-4)
    f = le("prosecutor", authority="Direcția Națională Anticorupție – Serviciul Teritorial Oradea",
           reference_number="1.412/C/2026", reference_date="2026-12-04", case_number="88/P/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "art_bihoreana"), sub("email", "galerie.crisana@gmail.com")],
           requested_data=["datele de identificare ale titularilor",
                           "tranzacțiile încheiate între cele două conturi",
                           "sumele plătite și conturile bancare de încasare"],
           period={"from": "2026-01-01", "to": "2026-11-30"}, signatory="Procuror șef serviciu Pașca Horea")
    acc = {"authority": ["DNA - Serviciul Teritorial Oradea", "Serviciul Teritorial Oradea", "DNA ST Oradea",
                         "Direcția Națională Anticorupție"], "reference_number": ["1412/C/2026"],
           "signatory": ["Pașca Horea"]}
    return [p], f, acc, ("DNA's Oradea territorial service (a registry UNIT with no domain, paper only); HEXAGONAL "
                         "stamp to the left of the block; a LONG fountain-pen flourish crossing the printed name; "
                         "fax or courier (channel unscored)")


def g_jud_oradea_pencil_partial_stamp_edge(c: Ctx):
    p = c.page(K.Style(family="serif", size=12, margin_r=14))
    heading(p, ["ROMÂNIA", "JUDECĂTORIA ORADEA", "SECȚIA PENALĂ"], ["Dosar nr. 10.244/271/2026", "Termen: 21.01.2027"])
    p.line("Nr. 10.244/271/2026/a1 din data de 02.12.2026")
    p.space(2)
    addressee(p, OUR)
    body(p, ["În cauza penală privind pe inculpatul Borbély Attila, trimis în judecată pentru înșelăciune, instanța, "
             "în temeiul art. 170 Cod procedură penală, vă solicită să comunicați următoarele, pentru contul de "
             "utilizator cu ID 29904170:",
             ("paren", ["istoricul anunțurilor publicate în anul 2026;",
                        "identitatea cumpărătorilor și sumele achitate;",
                        "corespondența prin platformă cu persoana vătămată Nagy Ilona."]),
             "Relațiile se vor comunica până la termenul de judecată, prin poștă, la sediul Judecătoriei Oradea, "
             "Piața Independenței nr. 20, Oradea."])
    p.space(9)
    p.sigblock(["Judecător,", "Bogdan Lucian"], name="sig", align="right", width_mm=60)
    c.sign(p, "sig_last", "initials", "pencil_grey", w=26, h=12, dy=-6, dx=4)
    X0, Y0, X1, Y1 = p.anchors["sig"]
    c.stampit(p, (203.0, (Y0 + Y1) / 2 + 2), kind="round", top="ROMÂNIA * JUDECĂTORIA ORADEA *", center=["JUDECĂTOR"],
              color="violet", size_mm=28, rotate=20)
    f = le("court", authority="Judecătoria Oradea", reference_number="10.244/271/2026/a1", reference_date="2026-12-02",
           case_number="10.244/271/2026", legal_basis=["art. 170 CPP"], subjects=[sub("user_id", "29904170")],
           requested_data=["istoricul anunțurilor publicate în anul 2026",
                           "identitatea cumpărătorilor și sumele achitate",
                           "corespondența prin platformă cu persoana vătămată Nagy Ilona"],
           reply_to="Piața Independenței nr. 20, Oradea", signatory="Judecător Bogdan Lucian")
    acc = {"case_number": ["10244/271/2026"], "reference_number": ["10244/271/2026/a1"],
           "signatory": ["Bogdan Lucian"], "reply_to": ["sediul Judecătoriei Oradea, Piața Independenței nr. 20, Oradea"]}
    return [p], f, acc, ("court letter scanned in colour at 300 dpi; a small initials-like PENCIL signature; a small "
                         "violet judge's stamp CUT BY THE RIGHT PAGE EDGE (about half on the page); answer by post (response_channel unscored: post is neither courier nor electronic)")


def g_pca_iasi_three_pages_ink_on_third(c: Ctx):
    pages = []
    foot = "Adresa nr. 1801/II/5/2026 din 04.12.2026 – Pagina {} din 3"
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ CURTEA DE APEL IAȘI",
                "Secția de urmărire penală și criminalistică"], ["Iași, 04.12.2026"])
    p.line("Nr. 1801/II/5/2026", kind="b")
    p.space(2)
    addressee(p, OUR)
    body(p, ["Parchetul de pe lângă Curtea de Apel Iași efectuează urmărirea penală în dosarul nr. 419/P/2026, privind "
             "o rețea care a vândut prin platforma dumneavoastră bilete false la evenimente sportive. Persoanele "
             "cercetate au folosit conturile de mai jos:"])
    p.table([["Nr.", "Utilizator", "Telefon declarat"], ["1", "bilete_meci_is", "0741 330 872"],
             ["2", "tickets.moldova", "0768 221 094"], ["3", "sport_pass_ro", "0733 512 660"]], [14, 60, 60])
    body(p, ["Pentru fiecare cont, datele solicitate sunt enumerate pe pagina următoare."])
    p.y = 280
    p.line(foot.format(1), size=9, align="center")
    pages.append(p)
    p2 = c.page(K.Style(family="serif", size=11.5))
    body(p2, ["În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați, pentru conturile "
              "enumerate la pagina 1:",
              ("let", ["datele de identificare ale titularilor și data creării conturilor;",
                       "toate anunțurile cu bilete publicate în perioada 01.08.2026 – 30.11.2026;",
                       "numele cumpărătorilor și sumele încasate;",
                       "adresele IP de la care au fost publicate anunțurile."])])
    p2.y = 280
    p2.line(foot.format(2), size=9, align="center")
    p3 = c.page(K.Style(family="serif", size=11.5))
    body(p3, ["Răspunsul se va transmite pe adresa de e-mail registratura.pcaiasi@mpublic.ro, cu mențiunea numărului "
              "de mai sus și a dosarului nr. 419/P/2026."])
    p3.space(14)
    p3.sigblock(["PROCUROR,", "Chiriac Bogdan"], name="sig", align="right")
    c.sign(p3, "sig_last", "bigloop", "gel_violet", w=40, h=15, dy=-7)
    c.stampit(p3, "sig", dx=-55, dy=6, kind="round", top="PARCHETUL DE PE LÂNGĂ CURTEA DE APEL IAȘI",
              bottom="ROMÂNIA", arms=True, color="blue", size_mm=38, rotate=-15)
    p3.y = 280
    p3.line(foot.format(3), size=9, align="center")
    f = le("prosecutor", authority="Parchetul de pe lângă Curtea de Apel Iași", reference_number="1801/II/5/2026",
           reference_date="2026-12-04", case_number="419/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "bilete_meci_is"), sub("username", "tickets.moldova"),
                     sub("username", "sport_pass_ro")],
           requested_data=["datele de identificare ale titularilor și data creării conturilor",
                           "toate anunțurile cu bilete publicate în perioada 01.08.2026 – 30.11.2026",
                           "numele cumpărătorilor și sumele încasate",
                           "adresele IP de la care au fost publicate anunțurile"],
           period={"from": "2026-08-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="registratura.pcaiasi@mpublic.ro", signatory="Procuror Chiriac Bogdan")
    acc = {"signatory": ["Chiriac Bogdan"],
           "subjects": [[sub("username", "bilete_meci_is"), sub("username", "tickets.moldova"),
                         sub("username", "sport_pass_ro"), sub("phone", "+40741330872"), sub("phone", "+40768221094"),
                         sub("phone", "+40733512660")]]}
    return [p, p2, p3], f, acc, (
        "3-page grey multi-page TIFF by post; users table on p. 1 (with each account's declared phone: subjects are the three accounts, the phones accepted with them), data on p. 2, signature and stamp ONLY ON PAGE 3 OF 3; "
        "every page's footer repeats number, date and 'Pagina N din 3'")


def g_sectia3_jpeg150_left_block_edge_shadow(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, ["DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI", "SECȚIA 3 POLIȚIE"], ["București"])
    p.line("Nr. 3.911/S3 din 04.12.2026", kind="b")
    p.space(2)
    addressee(p, OUR, x=100)
    body(p, ["Secția 3 Poliție cercetează, în dosarul penal nr. 9702/P/2026, o înșelăciune în care persoana vătămată "
             "a plătit 6.500 lei pentru un ceas de lux contrafăcut, vândut de utilizatorul luxury_time_b3 (e-mail "
             "luxurytime.b3@yahoo.com).",
             "În baza art. 170 C.p.p. vă rugăm să ne comunicați: datele de identificare ale titularului contului; "
             "conturile bancare declarate; celelalte conturi accesate de pe aceleași dispozitive."])
    body(p, ["Răspunsul – prin e-mail, la sectia3@b.politiaromana.ro."])
    p.space(8)
    p.sigblock(["Șef secție,", "Comisar de poliție", "Neagu Silviu"], name="sig", align="left", width_mm=70)
    c.sign(p, "sig_last", "hook", "rollerball_blue", w=40, h=13, dy=-6, dx=6)
    c.stampit(p, "sig", dx=58, dy=-2, kind="round", top="D.G.P.M.B. * SECȚIA 3 POLIȚIE *", center=["ROMÂNIA"],
              color="violet", size_mm=32, rotate=5, fade="left")
    f = le("police", authority="Secția 3 Poliție", reference_number="3.911/S3", reference_date="2026-12-04",
           case_number="9702/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "luxury_time_b3"), sub("email", "luxurytime.b3@yahoo.com")],
           response_channel="electronic", reply_to="sectia3@b.politiaromana.ro",
           signatory="Comisar de poliție Neagu Silviu")
    acc = {"authority": ["Direcția Generală de Poliție a Municipiului București", "DGPMB",
                         "Direcția Generală de Poliție a Municipiului București - Secția 3 Poliție"],
           "reference_number": ["3911/S3"]}
    return [p], f, acc, ("a DGPMB sector section (unit not in the registry); colour JPEG at 150 dpi with a dark SHADOW "
                         "along the left edge (book-scanner); signatory block and stamp on the LEFT; data in one "
                         "sentence separated by ';' (requested_data unscored); stamp fading to one side")


def g_ipj_iasi_pdf_rect_stamp_tiny_initials(c: Ctx):
    p = c.page(K.Style(family="dserif", size=11))
    heading(p, ["INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI",
                "Serviciul de Investigații Criminale"], ["Nesecret", "Iași, 02 decembrie 2026"])
    p.line("Număr de înregistrare: 512.901", kind="b")
    p.space(2)
    addressee(p, OUR)
    body(p, ["Referitor la dosarul penal nr. 3355/P/2026, privind furtul unor telefoane mobile valorificate apoi prin "
             "anunțuri online, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală vă solicităm "
             "comunicarea următoarelor date pentru utilizatorul cu adresa de e-mail telefoane.is.2026@gmail.com:",
             ("bullet", ["numele, prenumele și adresa declarate", "numerele de telefon asociate contului",
                         "anunțurile publicate în ultimele 60 de zile"]),
             "Răspunsul se va trimite prin e-mail, pe adresa sic@is.politiaromana.ro."])
    p.space(7)
    p.sigblock(["Șef serviciu", "Comisar-șef de poliție", "Onu Cătălin"], name="sig", align="right")
    c.sign(p, "sig_last", "initials", "fineliner_black", w=14, h=8, dy=-5, dx=22)
    c.stampit(p, "sig", dx=-62, dy=4, kind="rect2", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI",
              rect_lines=["SERVICIUL DE INVESTIGAȚII CRIMINALE", "* 2 *"], color="blue", size_mm=20, aspect=2.6,
              rotate=-2)
    f = le("police", authority="Inspectoratul de Poliție Județean Iași", reference_number="512.901",
           reference_date="2026-12-02", case_number="3355/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "telefoane.is.2026@gmail.com")],
           requested_data=["numele, prenumele și adresa declarate", "numerele de telefon asociate contului",
                           "anunțurile publicate în ultimele 60 de zile"],
           response_channel="electronic", reply_to="sic@is.politiaromana.ro", signatory="Comisar-șef de poliție Onu Cătălin")
    acc = {"authority": ["IPJ Iași", "Serviciul de Investigații Criminale"], "reference_number": ["512901"]}
    return [p], f, acc, ("image-only colour PDF by post; a RECTANGULAR double-frame stamp of the service; a VERY SMALL "
                         "initials-like fine-liner signature beside the name; bullets without final punctuation")


def g_ca_suceava_faint_stamp_fax(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    heading(p, ["R O M Â N I A", "CURTEA DE APEL SUCEAVA", "SECȚIA PENALĂ ȘI PENTRU CAUZE CU MINORI"], [])
    p.line("Dosar nr. 1190/86/2025", kind="b")
    p.line("Nr. ieșire 40.377 / 04.12.2026")
    p.space(3)
    addressee(p, OUR)
    body(p, ["Curtea, în apelul declarat în cauza de mai sus, în temeiul art. 170 din Codul de procedură penală, "
             "dispune comunicarea, pentru utilizatorul cu adresa de e-mail vasile.crainic@yahoo.com și pentru "
             "tranzacțiile nr. 30917746 și 30918015, a următoarelor:",
             ("num", ["identitatea cumpărătorului și a vânzătorului;",
                      "data și modalitatea plății fiecărei tranzacții;",
                      "starea livrării, conform evidențelor platformei."]),
             "Relațiile se vor transmite prin fax, la numărul 0230 574 710."])
    p.space(9)
    p.sigblock(["Președinte de complet,", "Judecător Hrițcu Ana-Maria"], name="sig", align="right")
    c.sign(p, "sig_last", "lasso", "gel_violet", w=46, h=15, dy=-8)
    c.stampit(p, "sig", dx=-60, dy=4, kind="round", top="ROMÂNIA * CURTEA DE APEL SUCEAVA *", arms=True,
              color="blue", size_mm=38, faint=0.55, rotate=-30)
    f = le("court", authority="Curtea de Apel Suceava", reference_number="40.377", reference_date="2026-12-04",
           case_number="1190/86/2025", legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "vasile.crainic@yahoo.com")], transactions=["30917746", "30918015"],
           requested_data=["identitatea cumpărătorului și a vânzătorului",
                           "data și modalitatea plății fiecărei tranzacții",
                           "starea livrării, conform evidențelor platformei"],
           signatory="Judecător Hrițcu Ana-Maria")
    acc = {"reference_number": ["40377"], "signatory": ["Președinte de complet, Judecător Hrițcu Ana-Maria"]}
    return [p], f, acc, ("court of appeal by G4 fine DITHERED fax; a FAINT stamp (little ink) left of the block; answer by fax "
                         "(response_channel unscored: the schema has no fax value)")


def g_bihor_png_ink_over_text(c: Ctx):
    p = c.page(K.Style(family="sans", size=11.5))
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN BIHOR",
                "Poliția Municipiului Salonta"], ["Salonta, 03.12.2026"])
    p.line("Nr. 201.774 / 03.12.2026", kind="b")
    p.space(3)
    addressee(p, OUR)
    body(p, ["În dosarul penal nr. 3071/P/2026, privind săvârșirea infracțiunii de înșelăciune, în temeiul art. 170 "
             "C.p.p., vă solicităm să ne comunicați, pentru utilizatorul agro_utilaje_salonta, înregistrat cu numărul "
             "de telefon 0040 744 615 302:",
             ("letdot", ["datele de identificare ale titularului;",
                         "anunțurile publicate pentru tractoare și remorci;",
                         "mesajele primite de la persoana vătămată Kiss Gabriella."]),
             "Răspunsul îl așteptăm prin curier, la sediul Poliției Municipiului Salonta, Str. Republicii nr. 8."])
    p.space(6)
    p.sigblock(["Șef poliție municipală", "Comisar de poliție", "Tóth Zoltán"], name="sig", align="right")
    c.sign(p, "sig_last", "ladder", "ballpoint_blue", w=52, h=22, dy=-14, dx=-6)
    c.stampit(p, "sig", dx=-48, dy=-14, kind="double", top="ROMÂNIA * I.P.J. BIHOR *",
              bottom="POLIȚIA MUNICIPIULUI SALONTA", arms=True, color="blue", size_mm=36, rotate=-6)
    f = le("police", authority="Poliția Municipiului Salonta", reference_number="201.774", reference_date="2026-12-03",
           case_number="3071/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "agro_utilaje_salonta"), sub("phone", "+40744615302")],
           requested_data=["datele de identificare ale titularului",
                           "anunțurile publicate pentru tractoare și remorci",
                           "mesajele primite de la persoana vătămată Kiss Gabriella"],
           response_channel="courier", reply_to="Str. Republicii nr. 8", signatory="Comisar de poliție Tóth Zoltán")
    acc = {"authority": ["Inspectoratul de Poliție Județean Bihor", "IPJ Bihor"], "reference_number": ["201774"],
           "reply_to": ["Poliția Municipiului Salonta, Str. Republicii nr. 8"]}
    return [p], f, acc, ("a Bihor town police (unit not in the registry); grey PNG; the signature runs UP INTO the last "
                         "printed paragraph and the stamp overlaps the block's first line; phone as 0040 …; "
                         "Hungarian names with accents")


# ------------------------------------------------------------------ forged / defective (4)

def f_same_ink_pasted_on_two_pages(c: Ctx):
    pages = []
    for i in range(2):
        p = c.page(K.Style(family="serif", size=11.5))
        if i == 0:
            heading(p, ["INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI", "Poliția Municipiului Pașcani"], ["Pașcani"])
            p.line("Nr. 77.045 din 04.12.2026", kind="b")
            p.space(2)
            addressee(p, OUR)
            body(p, ["În dosarul penal nr. 3390/P/2026, privind o înșelăciune cu anunțuri de închiriere, în temeiul "
                     "art. 170 C.p.p., vă solicităm datele următorilor utilizatori:",
                     ("num", ["casa_pascani_rent (telefon 0752 300 118);", "garsoniere.iasi.ieftin;",
                              "mara.rent.2026@gmail.com."])])
        else:
            body(p, ["Pentru fiecare utilizator: datele de identificare, copiile actelor de identitate încărcate, "
                     "parolele și întrebările de securitate ale contului, adresele IP și conturile bancare.",
                     "Răspunsul, URGENT, în 12 ore, pe adresa pascani.politie@gmail.com."])
        p.y = 238
        p.sigblock(["Șef poliție municipală,", "Comisar-șef de poliție", "Apostu Romeo"], name="sig", align="right")
        pages.append(p)
    # the forger signs and stamps page 1 ONCE after scanning, then copies that rectangle onto page 2
    p = pages[0]
    sig = K.signature(c.rng, "coil", "ballpoint_blue", 44, 15, dpi=(p.dx, p.dy))
    st = K.stamp(c.rng, dpi=(p.dx, p.dy), kind="double", top="ROMÂNIA * I.P.J. IAȘI *",
                 bottom="POLIȚIA MUNICIPIULUI PAȘCANI", arms=True, color="blue", size_mm=34, rotate=8)
    sx, sy = c.anchor_px(p, "sig_last", 0, -6)
    tx, ty = c.anchor_px(p, "sig", -48, 0)
    for pg in pages:
        c._where(pg, "signature", sig, sx, sy, True)
        c._where(pg, "stamp", st, tx, ty, True)
    c.sig = c.stamp = True
    x0, y0, x1, y1 = p.anchors["sig"]
    box = tuple(int(v) // 16 * 16 for v in (p.px(x0 - 75, 0)[0], p.px(0, y0 - 14)[1], p.px(x1 + 6, 0)[0],
                                              p.px(0, y1 + 12)[1]))  # on the JPEG's 16-px MCU grid
    c.ch["paste"] = {"src": 0, "dst": [1], "inks": [(st, tx, ty), (sig, sx, sy)], "box": box}
    f = ff("police", "3390/P/2026", urgent=True)
    return pages, f, None, (
        "FORGED (same_ink_pasted_on_two_pages): a 2-page colour scan whose signature and stamp were added DIGITALLY after "
        "scanning: page 2 carries a PIXEL-IDENTICAL copy of page 1's rectangle (ink, paper grain and printed block "
        "alike); no two strikes of a die or pen are identical; it also asks for passwords, 12 h, gmail answer")


def f_local_police_contravention(c: Ctx):
    p = c.page(K.Style(family="sans", size=11.5))
    heading(p, ["MUNICIPIUL IAȘI", "POLIȚIA LOCALĂ A MUNICIPIULUI IAȘI", "Serviciul Control Comercial"],
            ["Nr. 18.224 din 03.12.2026"])
    p.space(3)
    addressee(p, OUR)
    body(p, ["Poliția Locală a Municipiului Iași a constatat că utilizatorul platformei dumneavoastră cu numele "
             "fructe_de_padure_is comercializează produse alimentare fără autorizație de funcționare, faptă ce "
             "constituie contravenție potrivit Legii nr. 12/1990 și O.G. nr. 2/2001.",
             "În vederea întocmirii procesului-verbal de constatare a contravenției, vă solicităm să ne comunicați, în "
             "baza art. 170 din Codul de procedură penală, numele, CNP-ul, adresa de domiciliu și numărul de telefon "
             "ale titularului contului, precum și volumul vânzărilor din ultimele 6 luni.",
             "Răspunsul se va transmite prin fax la numărul 0232 574 909."])
    p.space(9)
    p.sigblock(["Director executiv,", "Ursu Costel"], name="sig")
    c.sign(p, "sig_last", "steep", "ballpoint_black", w=40, h=14, dy=-6)
    c.stampit(p, "sig", dx=-58, dy=2, kind="round", top="ROMÂNIA * MUNICIPIUL IAȘI *",
              bottom="POLIȚIA LOCALĂ", center=["IAȘI"], color="black", size_mm=34, rotate=-11)
    f = {"authority_kind": "other", "urgent": False}
    return [p], f, {"authority_kind": ["police"]}, (
        "FORGED (local_police_contravention): sent from the LOCAL POLICE's own registry fax, signed and stamped by it; "
        "the local police is no criminal prosecution body and there is no criminal case: it wants a seller's CNP and "
        "address for an administrative fine, invoking art. 170 CPP, which only criminal bodies and courts may use")


def f_username_whited_out_and_retyped(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    heading(p, ["INSPECTORATUL DE POLIȚIE JUDEȚEAN SUCEAVA", "Serviciul de Investigații Criminale"],
            ["Suceava, 04.12.2026"])
    p.line("Nr. S/111.208 din 04.12.2026", kind="b")
    p.space(3)
    addressee(p, OUR)
    body(p, ["În dosarul penal nr. 4920/P/2026, privind înșelăciunea unor cumpărători de telefoane mobile, în temeiul "
             "art. 170 C.p.p. vă solicităm datele de identificare, adresele IP și conturile bancare ale utilizatorului:"])
    xm, y0, _ = p.line("bucovina_gsm_sv", kind="b", x=60)
    body(p, ["Răspunsul se va transmite pe adresa sic@sv.politiaromana.ro."])
    p.space(9)
    p.sigblock(["Șef serviciu", "Comisar-șef de poliție", "Rusu Ovidiu"], name="sig")
    c.sign(p, "sig_last", "upright", "ballpoint_blue", w=42, h=14, dy=-6)
    c.stampit(p, "sig", dx=-60, dy=0, kind="round", top="ROMÂNIA * I.P.J. SUCEAVA *", center=["S.I.C."],
              color="blue", size_mm=34, rotate=14)
    # after signing: correction fluid over the username, another name typed over it with another machine
    line_h = 12 / 72 * 25.4 * 1.28
    yt = y0 - line_h
    a = p.px(xm - 2.0, yt - 1.2)
    b = p.px(xm + 48.0, yt + 6.2)
    p.d.rectangle([a, b], fill=(251, 250, 244), outline=(214, 212, 205))
    fm = K.font("mono", p.fpx(11))
    X, Y = p.px(xm + 0.6, yt + 0.9)
    p.d.text((X, Y), "vand_iphone_ieftin", font=fm, fill=(40, 40, 40))
    p.texts.append("vand_iphone_ieftin")
    f = ff("police", "4920/P/2026")
    return [p], f, None, (
        "FORGED (username_whited_out_and_retyped): a signed and stamped IPJ Suceava letter whose only user was covered "
        "with correction fluid and another username ('vand_iphone_ieftin') typed over it in another typeface, slightly "
        "off the line; an uninitialled correction of the key datum made after signing")


def f_faxed_from_other_authority_number(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["MINISTERUL PUBLIC", "DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "SERVICIUL TERITORIAL ORADEA"], [])
    p.line("Dosar nr. 91/P/2026   ·   Nr. 1.430/C/2026 din 05.12.2026", kind="b")
    p.space(3)
    addressee(p, OUR)
    body(p, ["În cauza de mai sus, în temeiul art. 170 C.p.p., vă solicităm să ne comunicați datele de identificare "
             "și istoricul tranzacțiilor utilizatorilor expert_licitatii_bh și achizitii.publice.or@gmail.com, pentru "
             "perioada 01.01.2026 – 30.11.2026.",
             "Datele vor fi transmise prin fax, la numărul de pe care ați primit prezenta."])
    p.space(9)
    p.sigblock(["Procuror,", "Lungu Denisa"], name="sig")
    c.sign(p, "sig_last", "wave", "ballpoint_blue", w=44, h=14, dy=-7)
    c.stampit(p, "sig", dx=-62, dy=0, kind="hex", top="ROMÂNIA",
              center=["D.N.A.", "SERV. TERITORIAL", "ORADEA"], color="blue", size_mm=30, aspect=1.25, rotate=6)
    f = ff("prosecutor", "91/P/2026")
    return [p], f, None, (
        "FORGED (faxed_from_other_authority_number): a complete, signed and stamped DNA Oradea letter sent from the "
        "registry fax number of ANOTHER authority in another county (IPJ Iași's second registry fax), asking for the "
        "answer 'to the number this was sent from'; DNA Oradea's own registry fax is +40 259 574 509")


# ------------------------------------------------------------------ other categories (4)

def c_typed_complaint_by_post(c: Ctx):
    p = c.page(K.Style(family="lmono", size=11, justify=False))
    p.line("Catre Okazii - Departamentul Securitate")
    p.line("Str. Frunzei nr. 29, sector 2, Bucuresti")
    p.space(6)
    p.line("RECLAMATIE", kind="b", align="center")
    p.space(3)
    body(p, ["Subsemnatul Gheorghe Irimia, din Botosani, str. Primaverii nr. 3, tel. 0231 574 388, va aduc la "
             "cunostinta ca am cumparat de la vanzatorul motosapa_agro o motosapa (comanda nr. 70991245), pe care am "
             "platit-o 1.650 lei cu Garantia de Livrare. Coletul a venit gol, cu o caramida in el.",
             "Vanzatorul nu raspunde. Va rog sa imi dati banii inapoi.", "Data: 01.12.2026"])
    p.space(6)
    p.sigblock(["Gheorghe Irimia"], name="sig", kinds=[""])
    c.sign(p, "sig", "upright", "ballpoint_blue", w=36, h=12, dy=8)
    f = {"complainant": "Gheorghe Irimia", "transaction_id": "70991245", "counterparty": "motosapa_agro",
         "amount": {"value": "1650.00", "currency": "RON"}, "delivery_guarantee": True, "issue": "fraud_suspected",
         "contact": {"phone": "+40231574388"}}
    return [p], f, {"issue": ["not_delivered", "other"]}, (
        "a typed (monospaced, no diacritics) complaint by post: an empty parcel with a brick; signed by the complainant")


def m_seller_company_fax_counter_offer(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    p.line("S.C. MOBILA NORD S.R.L.", kind="b")
    p.line("Oradea, Str. Fabricilor nr. 12 · CUI RO30112674 · tel. 0259 574 771")
    p.hrule()
    p.space(4)
    p.line("Către: Okazii – Departamentul Mediere", kind="b")
    p.space(3)
    body(p, ["Referitor la disputa privind comanda nr. 71580144 (cumpărător: dana.costea), vă comunicăm că acceptăm "
             "medierea. Dulapul a fost returnat cu ușa spartă; propunem restituirea sumei de 1.400 lei din 1.890 lei, "
             "sau înlocuirea ușii pe cheltuiala noastră și returnarea dulapului către cumpărătoare.",
             "Vă rugăm să transmiteți propunerea cumpărătoarei."])
    p.space(8)
    p.sigblock(["Administrator,", "Bara Ioan"], name="sig")
    c.sign(p, "sig_last", "hook", "ballpoint_blue", w=38, h=12, dy=-6, counts=True)
    c.stampit(p, "sig", dx=-55, kind="rect", top="S.C. MOBILA NORD S.R.L.", rect_lines=["ORADEA", "J05/1120/2015"],
              color="blue", size_mm=18, aspect=2.4, rotate=-3)
    f = {"complainant": "S.C. MOBILA NORD S.R.L.", "transaction_id": "71580144", "counterparty": "dana.costea",
         "amount": {"value": "1890.00", "currency": "RON"}, "issue": "damaged"}
    return [p], f, {"complainant": ["Mobila Nord SRL", "SC Mobila Nord SRL"]}, (
        "the seller company of m-mail 'mediation' answers by fax with two alternatives and its rectangular stamp")


def s_handwritten_phone_change_post(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    K.ruled_paper(p, step_mm=8.0)
    y = K.handwriting(p, c.rng, ["Stimată firmă Okazii,", "Vă rog să schimbați numărul de telefon",
                                 "din contul meu (maria.onofrei51@yahoo.com)", "cu numărul nou 0744 520 913.",
                                 "Pe cel vechi nu îl mai am. Nu știu",
                                 "să fac din calculator. Mulțumesc,", "Maria Onofrei, Vaslui"], 30, 36, size_pt=17)
    p.texts += ["maria.onofrei51@yahoo.com", "0744 520 913", "Maria Onofrei"]
    c.sign(p, (120, y + 6), "lasso", "ballpoint_blue", w=34, h=12)
    f = {"contact": {"email": "maria.onofrei51@yahoo.com"}}
    return [p], f, None, "a HANDWRITTEN letter on ruled paper by post: change of phone number (support)"


def u_courier_offer_fax(c: Ctx):
    p = c.page(K.Style(family="sans", size=12))
    p.line("OFERTĂ SPECIALĂ DECEMBRIE", kind="b", align="center", size=18)
    p.space(4)
    body(p, ["Curierat rapid Oradea – Budapesta – Viena, de la 19 lei/colet! Pentru magazinele online: ridicare de la "
             "sediu, ramburs în 24 h, etichete gratuite.",
             "Sunați acum: 0359 574 000. Pentru dezabonare de la faxuri trimiteți STOP la același număr."])
    return [p], {}, None, "a courier's advertising fax"


# ------------------------------------------------------------------ channels and writers (round 12's, adapted)

def fax(tag, tagval, tsi, header, fine=True, comp="group4", dither=False):
    return {"channel": "fax", "fine": fine, "comp": comp, "tag": tag, "tagval": tagval, "tsi": tsi,
            "header": header, "dither": dither}


def post(fmt, dpi, color=True, skew=None, quality=None, rotate=0, photo_w=None, shadow=None):
    d = {"channel": "post", "fmt": fmt, "dpi": dpi, "color": color}
    if skew is not None:
        d["skew"] = skew
    if quality:
        d["quality"] = quality
    if rotate:
        d["rotate"] = rotate
    if photo_w:
        d["photo_w"] = photo_w
    if shadow:
        d["shadow"] = shadow
    return d


ITEMS = [
    (g_radauti_g3_standard_arms_over_name, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 230 574 122", "+40 230 574 122", "03-DEC-2026 13:52  IPJ SUCEAVA  +40 230 574 122  P.{p}",
         fine=False, comp="group3")),
    (g_dna_st_oradea_hex_stamp_long_flourish, "le_gen", "law_enforcement", True, "verified",
     fax(269, "DNA ST ORADEA +40259574509", "+40 259 574 509", "04/12/2026 10:31  DNA ST ORADEA  0259574509  PAG {p}")),
    (g_jud_oradea_pencil_partial_stamp_edge, "le_gen", "law_enforcement", True, "verified",
     post("jpg", 300, color=True, skew=1.2, quality=70)),
    (g_pca_iasi_three_pages_ink_on_third, "le_gen", "law_enforcement", True, "verified",
     post("tif", 200, color=False, skew=-0.3)),
    (g_sectia3_jpeg150_left_block_edge_shadow, "le_gen", "law_enforcement", True, "verified",
     post("jpg", 150, color=True, skew=-1.0, quality=76, shadow="left")),
    (g_ipj_iasi_pdf_rect_stamp_tiny_initials, "le_gen", "law_enforcement", True, "verified",
     post("pdf", 200, color=True, skew=0.6)),
    (g_ca_suceava_faint_stamp_fax, "le_gen", "law_enforcement", True, "verified",
     fax(315, "CURTEA DE APEL SV 0230574710", "+40 230 574 710", "DEC-04-2026 15:10 C.A. SUCEAVA 40230574710 P.{p}",
         dither=True)),
    (g_bihor_png_ink_over_text, "le_gen", "law_enforcement", True, "verified",
     post("png", 200, color=False, skew=0.3)),
    (f_same_ink_pasted_on_two_pages, "le_forged", "law_enforcement", False, "not_verified",
     post("pdf", 200, color=True, skew=0.0)),
    (f_local_police_contravention, "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 232 574 909", "+40 232 574 909", "03-12-2026 12:05  POLITIA LOCALA IASI  0232574909  P.{p}",
         fine=True, comp="group3")),
    (f_username_whited_out_and_retyped, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 200, color=True, skew=-0.8, quality=80)),
    (f_faxed_from_other_authority_number, "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 232 574 131", "+40 232 574 131", "05-DEC-2026 19:47  IPJ IASI  +40 232 574 131  P.{p}")),
    (c_typed_complaint_by_post, "other", "complaint", None, None,
     post("jpg", 200, color=False, skew=2.2, quality=70)),
    (m_seller_company_fax_counter_offer, "other", "mediation", None, None,
     fax(270, "+40 259 574 771", "+40 259 574 771", "07-12-2026 08:44  MOBILA NORD  0259574771  P.{p}",
         fine=True, comp="group3", dither=True)),
    (s_handwritten_phone_change_post, "other", "support", None, None,
     post("jpg", 200, color=True, skew=-1.5, quality=72)),
    (u_courier_offer_fax, "other", "unknown", None, None,
     fax(269, "CURIER RAPID", "", "06/12/2026 02:50  CURIER RAPID  PAG {p}", fine=False, comp="group3")),
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
        lossless = fmt in ("png", "tif1", "tifbw") or (fmt == "tif" and grey)
        o = K.scan_page(im, rng, grey=grey, skew=ch.get("skew"), fold=(i == 0 and fmt in ("jpg", "pdf")),
                        holes=(fmt == "tif"), noise=(0.0 if fmt == "png" and not grey else 0.5) if lossless else 1.8)
        if lossless and grey and fmt not in ("tif1", "tifbw"):
            o = o.convert("L").point(lambda v: min(255, (v + 8) // 16 * 17))
        if ch.get("shadow") == "left":  # round 13: the page did not lie flat: a dark shadow along the left edge
            a = np.asarray(o, np.float32)
            w_ = a.shape[1]
            ramp = np.clip(np.arange(w_, dtype=np.float32) / (w_ * 0.07), 0, 1) ** 0.6
            a = a * (0.35 + 0.65 * ramp)[None, :, None] if a.ndim == 3 else a * (0.35 + 0.65 * ramp)[None, :]
            o = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        outs.append(o)
        if ch.get("rotate"):  # round 12: the page was put on the scanner on its side or upside down
            outs[-1] = o.rotate(ch["rotate"], expand=True)
    if ch.get("paste"):  # round 13: ink added digitally to the scanned page, then the rectangle copied elsewhere
        pz = ch["paste"]
        src = outs[pz["src"]].convert("RGB")
        for ink, X, Y in pz["inks"]:
            src = K.apply_ink(src, ink, X, Y)
        outs[pz["src"]] = src
        crop = src.crop(pz["box"])
        for d_ in pz["dst"]:
            o2 = outs[d_].convert("RGB")
            o2.paste(crop, pz["box"][:2])
            outs[d_] = o2
    dpi = (ch["dpi"], ch["dpi"])
    if fmt == "photo":  # round 11: a phone photo of the page lying on a table
        w_ = ch.get("photo_w", 1500)
        ph = K.phone_photo(pages[0], rng, out_w=w_, out_h=w_ * 4 // 3 + (w_ // 15), shade=0.5)
        ph.save(path, "JPEG", quality=72)
        return f"jpeg-phone-photo-{ph.width}x{ph.height}"
    if fmt == "tifbw":  # round 11: a bilevel scan (the mailroom's B/W preset), CCITT G4, not a fax
        bw = [o.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for o in outs]
        bw[0].save(path, compression="group4", save_all=True, append_images=bw[1:], dpi=dpi)
        return f"tiff-group4-bilevel-{ch['dpi']}dpi"
    if fmt == "tif":  # round 11: multi-page grey TIFF, deflate
        gs = [o.convert("L") for o in outs]
        gs[0].save(path, compression="tiff_adobe_deflate", save_all=True, append_images=gs[1:], dpi=dpi)
        return f"tiff-deflate-grey-{ch['dpi']}dpi"
    if fmt == "jpg":
        outs[0].save(path, quality=ch.get("quality", 75), dpi=dpi, optimize=True)
        return "jpeg-" + ("grey" if grey else "colour") + f"-{ch['dpi']}dpi"
    if fmt == "png":
        im = outs[0].convert("RGB").quantize(colors=32 if not grey else 16, method=Image.Quantize.FASTOCTREE,
                                             dither=Image.Dither.NONE)
        im.save(path, dpi=dpi, optimize=True)
        return f"png-palette{32 if not grey else 16}-{ch['dpi']}dpi"
    if fmt == "pdf":
        fr = []
        for o in outs:
            b = io.BytesIO()
            (o.convert("L") if grey else o).save(b, "JPEG", quality=55)
            fr.append(Image.open(io.BytesIO(b.getvalue())))
        fr[0].save(path, "PDF", save_all=True, append_images=fr[1:], resolution=float(ch["dpi"]), quality=55,
                   producer="Konica Minolta bizhub C300i (scan to folder)", creator="bizhub C300i",
                   creationDate=time.strptime("20261205101500", "%Y%m%d%H%M%S"),
                   modDate=time.strptime("20261205101500", "%Y%m%d%H%M%S"))
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
    for g, idxs in sorted(groups.items()):  # half dev, half blind per group
        idxs = idxs[:]
        srng.shuffle(idxs)
        k = round(len(idxs) * 0.5)
        for j, i in enumerate(idxs):
            split[i] = "dev" if j < k else "blind"
    for f in os.listdir(HERE):
        if f.startswith("p") and f[1:3].isdigit() and not f.endswith(".py"):
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
            kind_ = "photo" if ch["fmt"] == "photo" else "scan"
            ext = {"photo": "jpg", "tifbw": "tif"}.get(ch["fmt"], ch["fmt"])
            name = f"p{n:02d}_{kind_}.{ext}"
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
        rec["ink_where"] = c.where
        rec["channel"] = ch["channel"]
        rec["fax_number"] = fax_number
        rec["pages"] = len(imgs)
        rec["format"] = fmt
        lines.append((n, rec))
        material[rec["file"]] = {"text": "\n".join(t for pg in pages for t in pg.texts), "item": fn.__name__,
                                 "rotate": ch.get("rotate", 0), "fax_header": ch.get("header"),
                                 "paste_box": (ch.get("paste") or {}).get("box")}
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
