"""Blind round 15, paper half: scanned post and faxes, with ink truth and where the ink is.

Run:  .venv/bin/python bench/blind/round15/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for ../selfcheck.py).
The helpers (RecPage, Ctx, heading, addressee, e164, iban, le, sub, ff, body, hand, reg_box, envelope, fax, post,
write_fax, write_post, main) are round 14's, copied as tools (write_fax may take one header line per page; main
records each page's fax header). The letters and ITEMS are new. Deterministic (seed 20261550). The authorities and
their fax numbers are the world's (../world/authorities.json).
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

SEED = 20261550
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
        self.rings: list = []  # round 14: what each stamp's die says (for the self-check)

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
            self.rings.append(" | ".join(x for x in [kw.get("top", ""), kw.get("bottom", ""), *kw.get("center", ()),
                                                     *kw.get("rect_lines", ())] if x))
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



# ------------------------------------------------------------------ round 14 helpers (new)

def hand(p, rng, lines, x, y, size=13, pen="ballpoint_blue", fam="free-i", line_mm=7.0):
    """Handwritten text (not a signature): recorded in the page's texts, drawn with the kit's hand."""
    p.texts += list(lines)
    p.__dict__.setdefault("hand", []).extend(lines)
    K.handwriting(p, rng, lines, x, y, size_pt=size, pen=K.PENS[pen][0], line_mm=line_mm, fam=fam)


def reg_box(c, p, x_mm, y_mm, head, number, date, color="violet", pen="ballpoint_blue", w=66.0, h=25.0, rotate=-1.5,
            counts=True, faint=1.0, label_nr="Nr. înregistrare", label_date="Data"):
    """A rectangular registration stamp ("Nr. înregistrare …… / Data ……") struck at (x_mm, y_mm) = its top-left
    corner, then filled by hand. head: the stamp's first lines (institution)."""
    lines = list(head[1:]) + [f"{label_nr} ____________", f"{label_date} ____________"]
    img = K.stamp(c.rng, "rect", head[0], rect_lines=lines, color=color, size_mm=h, aspect=w / h,
                  dpi=(p.dx, p.dy), rotate=rotate, faint=faint)
    c.stampit(p, (x_mm + w / 2, y_mm + h / 2), img=img, counts=counts)
    c.rings.append(" | ".join([*head, label_nr, label_date]))
    n = len(head) + 2
    row = h / n
    hand(p, c.rng, [number], x_mm + w * 0.50, y_mm + row * (n - 2) + 1.4 - row * 0.35, size=12, pen=pen)
    hand(p, c.rng, [date], x_mm + w * 0.40, y_mm + row * (n - 1) + 1.4 - row * 0.35, size=12, pen=pen)


def envelope(c, p, *, sender=(), sender_hand=(), to=(), to_hand=(), postmark=("", ""), registered="",
             postage=False, hand_pen="ballpoint_blue", box=(12.0, 14.0, 174.0, 128.0), window=False):
    """Page 1 of a post scan: the ENVELOPE (C6, 162 x 114 mm) lying on the scanner glass, the lid's grey around."""
    p.d.rectangle([0, 0, p.w, p.h], fill=(206, 206, 202))
    x0, y0, x1, y1 = box
    p.d.rectangle([*p.px(x0, y0), *p.px(x1, y1)], fill=(247, 244, 235), outline=(170, 168, 160), width=2)
    for i in range(5):  # the flap's shadow seen through the paper
        p.d.line([p.px(x0 + 2, y0 + 40 + i * 0.3), p.px(x1 - 2, y0 + 40 + i * 0.3)], fill=(238, 235, 226))
    st_y = p.y
    if sender:
        p.y = y0 + 5
        for i, s in enumerate(sender):
            p.line(s, size=7.5, kind="b" if i < len(sender) - 1 else "", x=x0 + 5)
    if sender_hand:
        hand(p, c.rng, list(sender_hand), x0 + 5, y0 + 6, size=11, pen=hand_pen, line_mm=5.6)
    if to:
        p.y = y0 + 62
        for i, s in enumerate(to):
            p.line(s, size=10, kind="b" if i == 1 else "", x=x0 + 62)
    if to_hand:
        hand(p, c.rng, list(to_hand), x0 + 58, y0 + 60, size=14, pen=hand_pen, line_mm=8.0)
    if postage:  # a printed postage stamp (not ink)
        a, b = p.px(x1 - 30, y0 + 5), p.px(x1 - 8, y0 + 31)
        p.d.rectangle([*a, *b], fill=(96, 150, 196), outline=(250, 250, 250), width=5)
        p.d.ellipse([*p.px(x1 - 25, y0 + 10), *p.px(x1 - 13, y0 + 22)], fill=(235, 200, 70))
        p.d.text(p.px(x1 - 28, y0 + 25), "ROMÂNIA 5,50 L", font=K.font("sans-b", p.fpx(5)), fill=(255, 255, 255))
    if registered:  # the post office's printed label for a registered letter (not ink)
        a, b = p.px(x0 + 6, y0 + 40), p.px(x0 + 56, y0 + 58)
        p.d.rectangle([*a, *b], fill=(255, 255, 255), outline=(0, 0, 0), width=3)
        p.d.text(p.px(x0 + 8, y0 + 41), "R", font=K.font("sans-b", p.fpx(22)), fill=(0, 0, 0))
        p.d.text(p.px(x0 + 18, y0 + 42), "RECOMANDAT", font=K.font("sans-b", p.fpx(7)), fill=(0, 0, 0))
        xx = x0 + 18
        r = random.Random(registered)
        while xx < x0 + 54:
            wmm = r.choice((0.3, 0.3, 0.6, 0.9))
            p.d.rectangle([*p.px(xx, y0 + 46), *p.px(xx + wmm, y0 + 53)], fill=(0, 0, 0))
            xx += wmm + r.choice((0.3, 0.5, 0.7))
        p.d.text(p.px(x0 + 18, y0 + 53.5), registered, font=K.font("sans", p.fpx(6.5)), fill=(0, 0, 0))
        p.texts.append("RECOMANDAT " + registered)
    if postmark[0]:
        c.stampit(p, (x1 - (30 if postage else 40), y0 + 22), kind="round", top=postmark[0], center=list(postmark[1:]), color="black",
                  size_mm=25, single=True, rotate=c.rng.uniform(-20, 20), faint=0.85)
        p.texts += [postmark[0]] + list(postmark[1:])
    p.y = st_y
    del window



def amt(v, cur="RON"):
    return {"value": v, "currency": cur}


# ------------------------------------------------------------------ genuine (12)

MAI = "MINISTERUL AFACERILOR INTERNE"


def g_ipj_cj_sic_g4_fine_blue_arms_ring(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ", "Serviciul de Investigații Criminale"],
            ["NESECRET", "Cluj-Napoca", "Nr. 2.418.460", "din 03.12.2026"], size=10)
    p.space(2)
    addressee(p, OUR, x=90)
    body(p, ["În dosarul penal nr. 6815/P/2026, aflat în supravegherea Parchetului de pe lângă Judecătoria "
             "Cluj-Napoca, privind infracțiunea de înșelăciune (art. 244 C.pen.), se fac cercetări cu privire la "
             "vânzarea unor bilete false la concerte prin anunțuri publicate pe platforma dumneavoastră.",
             "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați, privind utilizatorul "
             "bilete.untold.cj (telefon 0757 330 912):",
             ("num", ["datele de identificare ale titularului contului;",
                      "lista anunțurilor publicate în perioada 01.07.2026 – 30.11.2026;",
                      "cumpărătorii care au plătit prin platformă și sumele achitate."]),
             "Răspunsul se va transmite prin fax, la numărul 0264 576 133, sau prin poștă, la sediul I.P.J. Cluj."])
    p.space(6)
    p.sigblock(["ȘEF SERVICIU", "Comisar-șef de poliție", "Pop Vasile-Dorin"], name="sig")
    c.sign(p, "sig_last", "flourish", "ballpoint_blue", w=44, h=17, dy=-6)
    c.stampit(p, "sig", dx=-52, dy=2, kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ", arms=True, color="blue", size_mm=36, rotate=-8)
    f = le("police", authority="Inspectoratul de Poliție Județean Cluj", reference_number="2.418.460",
           reference_date="2026-12-03", case_number="6815/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "bilete.untold.cj"), sub("phone", "+40757330912")],
           requested_data=["datele de identificare ale titularului contului",
                           "lista anunțurilor publicate în perioada 01.07.2026 – 30.11.2026",
                           "cumpărătorii care au plătit prin platformă și sumele achitate"],
           period={"from": "2026-07-01", "to": "2026-11-30"}, response_channel="courier",
           signatory="Comisar-șef de poliție Pop Vasile-Dorin")
    acc = {"authority": ["IPJ Cluj"], "reference_number": ["2418460"], "response_channel": ["both"]}
    return [p], f, acc, ("IPJ Cluj SIC by G4 fine fax from its second registry number; number over two lines in "
                         "the right column; answer by fax or post (courier; both accepted); blue double ring with "
                         "arms; flourish in ballpoint")


def g_diicot_st_cluj_ordonanta_two_pages_teal_star(c: Ctx):
    st = K.Style(family="dserif", size=11)
    p1 = c.page(st)
    heading(p1, ["PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                 "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE", "CRIMINALITATE ORGANIZATĂ ȘI TERORISM",
                 "SERVICIUL TERITORIAL CLUJ"], [], size=10)
    p1.line("Dosar nr. 211/D/P/2026", kind="b")
    p1.space(2)
    p1.line("ORDONANȚĂ", size=14, kind="b", align="center")
    p1.line("Cluj-Napoca, 30 noiembrie 2026", align="center")
    p1.space(3)
    body(p1, ["Procuror Crișan Andrei-Mihai, din cadrul D.I.I.C.O.T. – Serviciul Teritorial Cluj,",
              "Examinând actele dosarului penal nr. 211/D/P/2026, privind infracțiunile de constituire a unui grup "
              "infracțional organizat (art. 367 C.pen.) și înșelăciune (art. 244 C.pen.), constat că membrii grupului "
              "au folosit conturi de vânzător ale platformei S.C. OKAZII ONLINE S.R.L. pentru a încasa avansuri "
              "pentru utilaje agricole inexistente.",
              "Pentru aceste motive, în temeiul art. 170 alin. (1) și (2) lit. b) din Codul de procedură penală,"])
    p1.line("DISPUN:", kind="b", align="center")
    body(p1, ["S.C. OKAZII ONLINE S.R.L. va comunica, în termen de 10 zile, cu privire la conturile agro.utilaje.ro "
              "și tractoare_second_cj:"])
    p2 = c.page(st)
    p2.line("Dosar nr. 211/D/P/2026 – pagina 2", size=9)
    p2.space(3)
    body(p2, [("letdot", ["datele de identificare ale titularilor;",
                          "adresele IP de la care au fost create conturile nu sunt solicitate;",
                          "conturile bancare în care au fost încasate avansurile;",
                          "corespondența purtată prin platformă cu cumpărătorii nu este solicitată."]),
              "Datele vor fi predate la sediul D.I.I.C.O.T. – S.T. Cluj, Calea Dorobanților nr. 2, Cluj-Napoca, "
              "prin curier."])
    p2.space(8)
    p2.sigblock(["PROCUROR", "Crișan Andrei-Mihai"], name="sig", align="left")
    c.sign(p2, "sig_last", "lasso", "fountain_blue", w=46, h=18, dy=-7)
    c.stampit(p2, "sig", dx=58, dy=0, kind="round", top="MINISTERUL PUBLIC • D.I.I.C.O.T.",
              bottom="SERVICIUL TERITORIAL CLUJ", star=True, color="teal", size_mm=34, rotate=12)
    f = le("prosecutor",
           authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul "
                     "Teritorial Cluj", reference_date="2026-11-30", case_number="211/D/P/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "agro.utilaje.ro"), sub("username", "tractoare_second_cj")],
           requested_data=["datele de identificare ale titularilor",
                           "conturile bancare în care au fost încasate avansurile"],
           response_channel="courier", reply_to="Calea Dorobanților nr. 2, Cluj-Napoca",
           signatory="Procuror Crișan Andrei-Mihai")
    acc = {"authority": ["DIICOT - Serviciul Teritorial Cluj", "DIICOT ST Cluj",
                         "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"]}
    return [p1, p2], f, acc, ("DIICOT's Cluj service (a registry unit, paper only); 2-page colour PDF ordonanță; the "
                              "lettered list (a. b. c. d.) on page 2 holds two NEGATIVES ('nu sunt solicitate', not "
                              "data); ink on page 2 only; TEAL ring with a star; fountain-pen lasso")


def g_dna_st_craiova_g3_dithered_triple_ring(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, ["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ", "ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                "DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "Serviciul Teritorial Craiova"], [], size=10)
    p.line("Nr. 411/P/2026 – 1.207", kind="b")
    p.line("Craiova, 01.12.2026")
    p.space(3)
    addressee(p, OUR, x=88)
    body(p, ["În dosarul nr. 411/P/2026, privind infracțiunea de luare de mită (art. 289 C.pen.), vă solicităm, "
             "potrivit art. 170 alin. (2) lit. b) C.p.p., comunicarea datelor de identificare și a tranzacțiilor "
             "din anul 2026 ale utilizatorului cu adresa de e-mail vama.calafat.ofertant@gmail.com.",
             "Răspunsul se va transmite prin poștă, la Serviciul Teritorial Craiova, str. Brestei nr. 12, Craiova."])
    p.space(8)
    p.sigblock(["Procuror șef serviciu", "Tudorache Emil"], name="sig")
    c.sign(p, "sig_last", "hook", "rollerball_blue", w=40, h=15, dy=-6)
    c.stampit(p, "sig", dx=-50, dy=-2, kind="triple", top="MINISTERUL PUBLIC • DIRECȚIA NAȚIONALĂ ANTICORUPȚIE",
              bottom="SERVICIUL TERITORIAL CRAIOVA", center=["D.N.A."], color="blue", size_mm=38, rotate=-20)
    f = le("prosecutor", authority="Direcția Națională Anticorupție – Serviciul Teritorial Craiova",
           reference_number="1.207", reference_date="2026-12-01", case_number="411/P/2026",
           legal_basis=["art. 170 CPP"], subjects=[sub("email", "vama.calafat.ofertant@gmail.com")],
           response_channel="courier", reply_to="str. Brestei nr. 12, Craiova",
           signatory="Procuror șef serviciu Tudorache Emil")
    acc = {"authority": ["DNA - Serviciul Teritorial Craiova", "DNA ST Craiova", "Direcția Națională Anticorupție"],
           "reference_number": ["411/P/2026 – 1.207", "1207"], "signatory": ["Tudorache Emil"]}
    return [p], f, acc, ("DNA's Craiova service (a registry unit, paper only) by DITHERED G3 fine fax; the "
                         "registration line 'case – number' ('Nr. 411/P/2026 – 1.207'); data in one sentence; a "
                         "TRIPLE ring; rollerball hook")


def g_srpt_constanta_g4_standard_beaded_navy(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    heading(p, [MAI, "INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE", "DIRECȚIA DE POLIȚIE TRANSPORTURI",
                "SECȚIA REGIONALĂ DE POLIȚIE TRANSPORTURI CONSTANȚA"], [], size=10)
    p.line("Nr. 31.506 / 02.12.2026", kind="b", align="right")
    p.space(3)
    addressee(p, OUR, x=90)
    body(p, ["Secția Regională de Poliție Transporturi Constanța efectuează cercetări în dosarul penal nr. "
             "877/P/2026 privind furtul unor bunuri din containere în Portul Constanța.",
             "În baza art. 170 alin. (2) lit. b) C.p.p., solicităm datele de identificare și anunțurile publicate "
             "de utilizatorul port.marfa.ct, precum și datele de livrare ale comenzii nr. 6103358817.",
             "Vă rugăm să transmiteți răspunsul prin fax, la numărul 0241 576 409."])
    p.space(8)
    p.sigblock(["Șef secție", "Comisar de poliție Mocanu Radu"], name="sig")
    c.sign(p, "sig_last", "ladder", "ballpoint_black", w=40, h=15, dy=-6)
    c.stampit(p, "sig", dx=-50, dy=4, kind="double", top="POLIȚIA ROMÂNĂ • POLIȚIA TRANSPORTURI",
              bottom="S.R.P.T. CONSTANȚA", beaded=True, center=["M.A.I."], color="navy", size_mm=34, rotate=5)
    f = le("police", authority="Secția Regională de Poliție Transporturi Constanța", reference_number="31.506",
           reference_date="2026-12-02", case_number="877/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "port.marfa.ct")], transactions=["6103358817"],
           response_channel="courier", signatory="Comisar de poliție Mocanu Radu")
    acc = {"authority": ["Direcția de Poliție Transporturi – Secția Regională de Poliție Transporturi Constanța",
                         "SRPT Constanța", "Direcția de Poliție Transporturi"], "reference_number": ["31506"],
           "response_channel": ["electronic", None]}
    return [p], f, acc, ("the transport police's regional section (registry unit, paper only, its own fax) by G4 at "
                         "98 lines; number and date joined by a slash; a BEADED navy ring; answer by fax "
                         "(response_channel courier, fax being no e-mail: 'electronic'/null accepted)")


def g_itpf_timisoara_grey_jpeg_rotated_90_oval(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, [MAI, "INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ",
                "INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ TIMIȘOARA"],
            ["Timișoara", "Nr. 118.027/SIC", "02.12.2026"], size=9.5)
    p.space(3)
    addressee(p, OUR, x=90)
    body(p, ["I.T.P.F. Timișoara efectuează cercetări în dosarul penal nr. 1055/P/2026 privind traficul de migranți "
             "(art. 263 C.pen.), în care anunțuri de „transport persoane Serbia – Austria” au fost publicate pe "
             "platforma dumneavoastră.",
             "Conform art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rog să ne transmiteți, pentru "
             "utilizatorii transport.vest.tm și cu telefonul +381 64 220 7718:",
             ("dash", ["datele de identificare și de contact;", "anunțurile publicate după 01.06.2026;",
                       "mesajele de tip „cerere de ofertă” primite prin platformă nu sunt solicitate."]),
             "Răspunsul se va transmite prin poștă la sediul I.T.P.F. Timișoara, Str. Gării nr. 6."])
    p.space(8)
    p.sigblock(["INSPECTOR ȘEF", "Comisar-șef de poliție Jurca Daniel"], name="sig")
    c.sign(p, "sig_last", "bigloop", "gel_violet", w=40, h=16, dy=-6)
    c.stampit(p, "sig", dx=-55, dy=0, kind="oval", top="POLIȚIA DE FRONTIERĂ ROMÂNĂ", bottom="I.T.P.F. TIMIȘOARA",
              center=["M.A.I."], color="violet", size_mm=28, aspect=1.5, rotate=-3)
    f = le("police", authority="Inspectoratul Teritorial al Poliției de Frontieră Timișoara",
           reference_number="118.027/SIC", reference_date="2026-12-02", case_number="1055/P/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "transport.vest.tm"), sub("phone", "+381642207718")],
           requested_data=["datele de identificare și de contact", "anunțurile publicate după 01.06.2026"],
           response_channel="courier", reply_to="Str. Gării nr. 6", signatory="Comisar-șef de poliție Jurca Daniel")
    acc = {"authority": ["ITPF Timișoara", "I.T.P.F. Timișoara", "Inspectoratul General al Poliției de Frontieră"],
           "reference_number": ["118027/SIC", "118.027"]}
    return [p], f, acc, ("ITPF Timișoara (registry unit, paper only) by post; grey JPEG scanned ON ITS SIDE (rotated "
                         "90°); a SERBIAN phone number (+381); dash list with a negative third item; violet oval")


def g_pj_medgidia_g3_typewriter_violet_single(c: Ctx):
    p = c.page(K.Style(family="mono", size=11, justify=False))
    p.line("ROMÂNIA", kind="b")
    p.line("PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MEDGIDIA", kind="b")
    p.line("Nr. 2407/P/2026", kind="b")
    p.line("Medgidia, 03.12.2026")
    p.space(3)
    addressee(p, OUR, x=80)
    body(p, ["Procuror Dinu Mirela, în dosarul penal nr. 2407/P/2026 privind infracțiunea de înșelăciune, în "
             "temeiul art. 170 alin. (2) lit. b) C.p.p., dispune comunicarea următoarelor date privind utilizatorul "
             "cereale.dobrogea.md:",
             ("paren", ["datele de identificare ale titularului;", "comenzile încasate în luna noiembrie 2026;",
                        "contul bancar folosit pentru încasări."]),
             "Răspunsul se transmite prin fax la 0241 576 630."])
    p.space(8)
    p.sigblock(["PROCUROR,", "Dinu Mirela"], name="sig")
    c.sign(p, "sig_last", "upright", "ballpoint_blue2", w=36, h=13, dy=-6)
    c.stampit(p, "sig", dx=-46, dy=0, kind="round", top="MINISTERUL PUBLIC • ROMÂNIA",
              bottom="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MEDGIDIA", single=True, arms=True, color="violet",
              size_mm=36, rotate=17)
    f = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Medgidia", reference_date="2026-12-03",
           case_number="2407/P/2026", legal_basis=["art. 170 CPP"], subjects=[sub("username", "cereale.dobrogea.md")],
           requested_data=["datele de identificare ale titularului", "comenzile încasate în luna noiembrie 2026",
                           "contul bancar folosit pentru încasări"],
           response_channel="courier", signatory="Procuror Dinu Mirela")
    acc = {"signatory": ["Dinu Mirela"], "response_channel": ["electronic", None]}
    return [p], f, acc, ("the Medgidia prosecutors' office by G3 fine fax from its registry number; typewriter "
                         "(monospaced) letter, the case file as the only number; data 1) 2) 3); a SINGLE violet ring "
                         "with arms; answer by fax")


def g_pca_craiova_colour_pdf_red_ring_deputy(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ CURTEA DE APEL CRAIOVA",
                "Secția de urmărire penală"], ["Nr. 907/II-2/2026", "Craiova, 01.12.2026"], size=10)
    p.space(3)
    addressee(p, OUR, x=92)
    body(p, ["Parchetul de pe lângă Curtea de Apel Craiova efectuează urmărirea penală în dosarul nr. 143/P/2026, "
             "privind infracțiunea de trafic de influență (art. 291 C.pen.), comisă prin promisiuni de „rezolvare” a "
             "unor dosare, oferite contra cost prin anunțuri pe platforma dumneavoastră.",
             "În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă solicităm datele de "
             "identificare, numerele de telefon și adresele de e-mail asociate utilizatorilor consultanta.juridica.dj "
             "și avocat_rapid_craiova, precum și plățile primite de aceștia în perioada 01.01.2026 – 30.11.2026.",
             "Răspunsul se transmite prin poștă, la sediul parchetului, str. Brestei nr. 12, Craiova."])
    p.space(8)
    p.sigblock(["p. PROCUROR GENERAL", "Procuror șef secție", "Voicu Gabriela"], name="sig")
    c.sign(p, "sig_last", "wave", "ballpoint_blue", w=42, h=15, dy=-6)
    c.stampit(p, "sig", dx=-55, dy=0, kind="double", top="ROMÂNIA • MINISTERUL PUBLIC",
              bottom="PARCHETUL DE PE LÂNGĂ CURTEA DE APEL CRAIOVA", arms=True, color="red", size_mm=38, rotate=-30)
    f = le("prosecutor", authority="Parchetul de pe lângă Curtea de Apel Craiova", reference_number="907/II-2/2026",
           reference_date="2026-12-01", case_number="143/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "consultanta.juridica.dj"), sub("username", "avocat_rapid_craiova")],
           period={"from": "2026-01-01", "to": "2026-11-30"}, response_channel="courier",
           reply_to="str. Brestei nr. 12, Craiova", signatory="Procuror șef secție Voicu Gabriela")
    acc = {"authority": ["PCA Craiova"], "signatory": ["Voicu Gabriela", "p. Procuror general Procuror șef secție Voicu "
                                                                       "Gabriela"]}
    return [p], f, acc, ("the Craiova court of appeal's prosecutors' office; colour image-only PDF; 'p. PROCUROR "
                         "GENERAL' over a section head; data and period in one sentence; a RED double ring with arms "
                         "struck at -30°")


def g_tribunal_dolj_png300_judge_and_clerk_black(c: Ctx):
    p = c.page(K.Style(family="dserif", size=11))
    heading(p, ["ROMÂNIA", "TRIBUNALUL DOLJ", "SECȚIA PENALĂ"], ["Dosar nr. 6021/63/2026", "Nr. 41.117 din 02.12.2026"],
            size=10)
    p.space(3)
    addressee(p, OUR, x=90)
    body(p, ["Vă comunicăm că, prin încheierea de ședință din data de 01.12.2026, pronunțată în dosarul nr. "
             "6021/63/2026, având ca obiect infracțiunea de înșelăciune, instanța a dispus, în temeiul art. 170 "
             "alin. (2) lit. b) C.p.p., să ne comunicați:",
             ("num", ["datele de identificare ale utilizatorului cu ID 60077123;",
                      "istoricul comenzilor plasate de acesta în anul 2026."]),
             "Răspunsul se transmite la sediul instanței, str. Brestei nr. 12, Craiova, până la termenul din "
             "20.01.2027."])
    p.space(6)
    y0 = p.y
    p.sigblock(["PREȘEDINTE,", "Judecător Negrea Sabina"], name="sj", align="left")
    p.y = y0
    p.sigblock(["GREFIER,", "Oprea Luminița"], name="sg", align="right")
    c.sign(p, "sj_last", "spiral", "ballpoint_blue", w=36, h=14, dy=-6)
    c.sign(p, "sg_last", "initials", "ballpoint_black", w=22, h=12, dy=-6)
    c.stampit(p, "sj", dx=40, dy=14, kind="double", top="ROMÂNIA • TRIBUNALUL DOLJ", bottom="CRAIOVA", arms=True,
              color="black", size_mm=34, rotate=8)
    f = le("court", authority="Tribunalul Dolj", reference_number="41.117", reference_date="2026-12-02",
           case_number="6021/63/2026", legal_basis=["art. 170 CPP"], subjects=[sub("user_id", "60077123")],
           requested_data=["datele de identificare ale utilizatorului cu ID 60077123",
                           "istoricul comenzilor plasate de acesta în anul 2026"],
           response_channel="courier", reply_to="str. Brestei nr. 12, Craiova",
           signatory="Judecător Negrea Sabina")
    acc = {"reference_number": ["41117"], "signatory": ["Negrea Sabina", "Președinte Judecător Negrea Sabina"]}
    return [p], f, acc, ("Tribunalul Dolj in trial; grey PNG at 300 dpi; court file and registration on two lines; "
                         "judge and clerk sign SIDE BY SIDE; a BLACK double ring between them; user by numeric id")


def g_ca_cluj_two_page_tiff_faint_stamp_p2(c: Ctx):
    st = K.Style(family="serif", size=11.5)
    p1 = c.page(st)
    heading(p1, ["ROMÂNIA", "CURTEA DE APEL CLUJ", "SECȚIA PENALĂ ȘI DE MINORI"],
            ["Dosar nr. 3402/33/2026", "Nr. 23.118/02.12.2026"], size=10)
    p1.space(3)
    addressee(p1, OUR, x=90)
    body(p1, ["Curtea de Apel Cluj, soluționând apelul declarat în dosarul nr. 3402/33/2026 (inculpat Mărginean "
              "Dorel, infracțiunea de înșelăciune), a dispus prin încheierea din 01.12.2026, în temeiul art. 170 "
              "alin. (2) lit. b) C.p.p., comunicarea următoarelor date privind utilizatorii dorel.auto.cj și "
              "marginean.piese:",
              ("roman", ["datele de identificare ale titularilor;", "anunțurile publicate în anul 2025;"])])
    p2 = c.page(st)
    p2.line("Dosar nr. 3402/33/2026 – pag. 2/2", size=9)
    p2.space(2)
    body(p2, [("roman", ["plățile primite prin platformă în anul 2025."]),
              "Datele se comunică prin poștă, la registratura Curții de Apel Cluj, Calea Dorobanților nr. 2-4."])
    p2.space(8)
    p2.sigblock(["Președinte complet,", "Judecător Suciu Octavian"], name="sig")
    c.sign(p2, "sig_last", "steep", "fineliner_black", w=38, h=16, dy=-6)
    c.stampit(p2, "sig", dx=-52, dy=0, kind="double", top="ROMÂNIA • CURTEA DE APEL CLUJ", bottom="CLUJ-NAPOCA",
              arms=True, color="blue", size_mm=36, faint=0.55, rotate=-12)
    f = le("court", authority="Curtea de Apel Cluj", reference_number="23.118", reference_date="2026-12-02",
           case_number="3402/33/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "dorel.auto.cj"), sub("username", "marginean.piese")],
           requested_data=["datele de identificare ale titularilor", "anunțurile publicate în anul 2025",
                           "plățile primite prin platformă în anul 2025"],
           response_channel="courier", reply_to="Calea Dorobanților nr. 2-4",
           signatory="Judecător Suciu Octavian")
    acc = {"reference_number": ["23118"], "signatory": ["Suciu Octavian"]}
    return [p1, p2], f, acc, ("the Cluj court of appeal; 2-page grey TIFF; number and date joined by a slash; a "
                              "Roman-numeral list RUNNING ONTO PAGE 2 (iii. restarts as 'i.' there: numbering is "
                              "the typist's); a FAINT stamp on page 2 only")


def g_bailesti_phone_photo_band_stamp(c: Ctx):
    p = c.page(K.Style(family="sans", size=12))
    heading(p, ["INSPECTORATUL DE POLIȚIE JUDEȚEAN DOLJ", "POLIȚIA MUNICIPIULUI BĂILEȘTI"],
            ["Nr. 55.390", "Data: 04.12.2026"], size=11)
    p.space(3)
    addressee(p, OUR, x=85)
    body(p, ["Poliția Municipiului Băilești cercetează, în dosarul penal nr. 1312/P/2026, o înșelăciune cu "
             "cereale vândute online și nelivrate.",
             "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați identitatea și adresa "
             "titularului contului de utilizator cu adresa de e-mail fermier.bailesti@yahoo.com.",
             "Răspunsul la adresa de e-mail bailesti@dj.politiaromana.ro."])
    p.space(10)
    p.sigblock(["Șeful Poliției Municipiului Băilești", "Comisar de poliție Firu Ionel"], name="sig")
    c.sign(p, "sig_last", "zigzag", "felt_black", w=40, h=15, dy=-6)
    c.stampit(p, "sig", dx=-48, dy=-3, kind="round", top="POLIȚIA ROMÂNĂ • I.P.J. DOLJ",
              bottom="POLIȚIA MUN. BĂILEȘTI", band="BĂILEȘTI", color="blue", size_mm=32, rotate=24)
    f = le("police", authority="Poliția Municipiului Băilești", reference_number="55.390",
           reference_date="2026-12-04", case_number="1312/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "fermier.bailesti@yahoo.com")],
           requested_data=["identitatea și adresa titularului contului de utilizator"],
           response_channel="electronic", reply_to="bailesti@dj.politiaromana.ro",
           signatory="Comisar de poliție Firu Ionel")
    acc = {"authority": ["Inspectoratul de Poliție Județean Dolj", "IPJ Dolj"], "reference_number": ["55390"],
           "requested_data": [["identitatea și adresa titularului contului de utilizator cu adresa de e-mail "
                               "fermier.bailesti@yahoo.com"]]}
    return [p], f, acc, ("Băilești town police (IPJ Dolj unit, not in the registry) as a PHONE PHOTO; labelled date; "
                         "a round stamp with a horizontal BAND; black felt-tip zigzag")


def g_harlau_low_res_150_jpeg_fountain(c: Ctx):
    p = c.page(K.Style(family="serif", size=12.5))
    heading(p, ["ROMÂNIA", MAI, "I.P.J. IAȘI – POLIȚIA ORAȘULUI HÂRLĂU"], ["Nr. 20.614 din 03.XII.2026"], size=11)
    p.space(3)
    addressee(p, OUR_NODIA, x=85)
    body(p, ["Poliția Orașului Hârlău efectuează cercetări în dosarul penal nr. 701/P/2026 (înșelăciune). În baza "
             "art. 170 alin. (2) lit. b) C.p.p., solicităm datele de identificare ale utilizatorului "
             "harlau.lemne.foc și tranzacția nr. 2207119936.",
             "Răspunsul la sediul nostru, str. Ștefan cel Mare nr. 5, Hârlău, prin poștă."])
    p.space(10)
    p.sigblock(["Șef Poliție Oraș", "Inspector principal de poliție Bejan Vlad"], name="sig")
    c.sign(p, "sig_last", "coil", "fountain_blue", w=44, h=16, dy=-6)
    c.stampit(p, "sig", dx=-52, dy=2, kind="round", top="POLIȚIA ROMÂNĂ • POLIȚIA ORAȘULUI HÂRLĂU",
              bottom="JUD. IAȘI", center=["M.A.I."], inner_ring="I.P.J. IAȘI", color="darkblue", size_mm=35,
              rotate=-4)
    f = le("police", authority="Poliția Orașului Hârlău", reference_number="20.614", reference_date="2026-12-03",
           case_number="701/P/2026", legal_basis=["art. 170 CPP"], subjects=[sub("username", "harlau.lemne.foc")],
           transactions=["2207119936"], response_channel="courier", reply_to="str. Ștefan cel Mare nr. 5, Hârlău",
           signatory="Inspector principal de poliție Bejan Vlad")
    acc = {"authority": ["I.P.J. IAȘI – POLIȚIA ORAȘULUI HÂRLĂU", "Inspectoratul de Poliție Județean Iași",
                         "IPJ Iași"], "reference_number": ["20614"]}
    return [p], f, acc, ("Hârlău town police (IPJ Iași unit); colour JPEG at LOW resolution (150 dpi); Roman-numeral "
                         "month '03.XII.2026'; our address without diacritics; a ring with a SECOND ring of text inside")


def g_pj_timisoara_g4_coil_violet_inner_ring(c: Ctx):
    p = c.page(K.Style(family="dsans", size=10.5))
    heading(p, ["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA TIMIȘOARA"], [], size=10)
    p.table([["Dosar nr.", "Nr. ieșire", "Data"], ["16010/P/2026", "16010/II/2", "04.12.2026"]], [45, 45, 40], x=110)
    p.space(2)
    addressee(p, OUR, x=92)
    body(p, ["În dosarul penal nr. 16010/P/2026, privind infracțiunea de șantaj (art. 207 C.pen.), în temeiul art. "
             "170 alin. (2) lit. b) C.p.p., dispun comunicarea datelor de identificare, a adreselor de e-mail și a "
             "numerelor de telefon asociate contului de utilizator cu numărul de telefon 0799 412 006.",
             "Răspunsul se transmite prin fax, la 0256 576 620, sau prin poștă."])
    p.space(8)
    p.sigblock(["Procuror,", "Bogdan Raluca"], name="sig")
    c.sign(p, "sig_last", "coil", "ballpoint_blue", w=34, h=14, dy=-6)
    c.stampit(p, "sig", dx=-45, dy=0, kind="double", top="MINISTERUL PUBLIC • ROMÂNIA",
              bottom="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA TIMIȘOARA", star=True, color="violet", size_mm=36, rotate=35)
    f = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Timișoara", reference_number="16010/II/2",
           reference_date="2026-12-04", case_number="16010/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("phone", "+40799412006")], response_channel="courier", signatory="Procuror Bogdan Raluca")
    acc = {"signatory": ["Bogdan Raluca"]}
    return [p], f, acc, ("the Timișoara prosecutors' office by G4 fine fax; case, outgoing number and date in a "
                         "small TABLE at the right; the user only by phone; violet double ring with a star, struck at "
                         "35°")


# ------------------------------------------------------------------ forged / defective (6), new classes

def f_ink_on_drafter_line_chief_unsigned(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, [MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ", "Serviciul de Investigare a Fraudelor"],
            ["Nr. 88.702/SIF", "din 04.12.2026"], size=10)
    p.space(3)
    addressee(p, OUR, x=90)
    body(p, ["În dosarul penal nr. 15430/P/2026, privind infracțiunea de înșelăciune, în temeiul art. 170 alin. (2) "
             "lit. b) C.p.p., vă rugăm să ne comunicați datele de identificare, numerele de telefon și "
             "conturile bancare ale utilizatorilor banat.imobiliare și chirii.tm.rapid.",
             "Răspunsul se transmite prin fax, la numărul de la care a fost primită prezenta."])
    p.space(8)
    p.sigblock(["ȘEF SERVICIU", "Comisar-șef de poliție Andrei Valentin"], name="sig")
    p.space(14)
    p.line("Întocmit: agent-șef principal Gavra Nicolae", size=9, anchor="drafter")
    c.sign(p, "drafter", "zigzag", "ballpoint_blue", w=30, h=11, dx=42, dy=-1)
    c.stampit(p, "sig", dx=0, dy=4, kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ", arms=True, color="blue", size_mm=34, rotate=-6)
    return [p], ff("police", "15430/P/2026", False), None, (
        "INK_ON_DRAFTER_LINE_CHIEF_UNSIGNED: a complete IPJ Timiș letter from its registry fax, stamped over the "
        "chief's block, but the ONLY handwritten signature is beside the small 'Întocmit: agent-șef principal ...' "
        "line at the foot (the clerk who typed it); the chief who orders (the stated signatory) has NOT signed: a "
        "signature and a stamp are on the page, yet the letter is unsigned by the one it names (art. 170 (4)); "
        "answer to the sending fax")


def f_moldovan_police_die_on_romanian_letter(c: Ctx):
    p = c.page(K.Style(family="sans", size=11.5))
    heading(p, ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN IAȘI", "Poliția Municipiului Pașcani"],
            ["Nr. 77.512", "03.12.2026"], size=10)
    p.space(3)
    addressee(p, OUR, x=90)
    body(p, ["În dosarul penal nr. 4388/P/2026, privind infracțiunea de înșelăciune, în temeiul art. 170 alin. (2) "
             "lit. b) C.p.p., vă rugăm să ne comunicați datele de identificare, numerele de telefon și copiile "
             "actelor de identitate încărcate de utilizatorul prut.auto.import.",
             "Răspunsul se transmite la adresa de e-mail pascani.cercetari@gmail.com."])
    p.space(8)
    p.sigblock(["ȘEFUL POLIȚIEI MUNICIPIULUI", "Comisar de poliție Onu Radu"], name="sig")
    c.sign(p, "sig_last", "hook", "ballpoint_blue", w=38, h=15, dy=-6)
    c.stampit(p, "sig", dx=-50, dy=0, kind="double", top="REPUBLICA MOLDOVA • MINISTERUL AFACERILOR INTERNE",
              bottom="INSPECTORATUL GENERAL AL POLIȚIEI", arms=True, color="blue", size_mm=36, rotate=10)
    return [p], ff("police", "4388/P/2026", False), None, (
        "MOLDOVAN_POLICE_DIE_ON_ROMANIAN_LETTER: a Pașcani town-police letter (IPJ Iași) by post whose round stamp "
        "reads 'REPUBLICA MOLDOVA • MINISTERUL AFACERILOR INTERNE / INSPECTORATUL GENERAL AL POLIȚIEI': the die of "
        "the Moldovan police, word for word like a Romanian die (same ministry name, same language) but of another "
        "state; ID copies asked; answer to gmail")


def f_pages_from_two_fax_machines(c: Ctx):
    st = K.Style(family="serif", size=11.5)
    p1 = c.page(st)
    heading(p1, [MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA", "Serviciul de Investigații Criminale"],
            ["Nr. 903.560", "din 04.12.2026"], size=10)
    p1.space(3)
    addressee(p1, OUR, x=90)
    body(p1, ["În dosarul penal nr. 2298/P/2026, privind infracțiunea de înșelăciune, în temeiul art. 170 alin. (2) "
              "lit. b) C.p.p., vă rugăm să ne comunicați, de urgență, în 12 ore:",
              ("num", ["datele de identificare ale utilizatorilor mare.neagra.charter și delta.boats.ct;",
                       "parolele (hash) și adresele IP de autentificare;",
                       "cardurile bancare salvate în conturi."])])
    p1.line("Pagina 1 din 2", size=9, align="center")
    p2 = c.page(st)
    body(p2, ["Răspunsul se transmite prin fax, la numărul de la care a fost primită prezenta.",
              "Vă mulțumim pentru colaborare."])
    p2.space(8)
    p2.sigblock(["ȘEF SERVICIU", "Comisar-șef de poliție Ene Sebastian"], name="sig")
    c.sign(p2, "sig_last", "steep", "ballpoint_blue", w=38, h=15, dy=-6)
    c.stampit(p2, "sig", dx=-50, dy=0, kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA", arms=True, color="blue", size_mm=35, rotate=3)
    p2.line("Pagina 2 din 2", size=9, align="center")
    return [p1, p2], ff("police", "2298/P/2026", True), None, (
        "PAGES_FROM_TWO_FAX_MACHINES: a 2-page fax whose TIFF tag and page-2 header line name IPJ Constanța's "
        "registry fax (+40 241 576 144), but the header printed on PAGE 1 (the page with the users and the data: "
        "password hashes, IPs, saved cards, 12 h) is a MOBILE number's fax app ('FAX APP +40 722 618 404'): the "
        "pages were sent by two machines; the signed and stamped page 2 asks nothing itself")


def f_answer_to_parcel_locker(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ", "Serviciul de Combatere a Criminalității "
                "Informatice"], ["NESECRET", "Nr. 2.418.901", "din 04.12.2026"], size=10)
    p.space(3)
    addressee(p, OUR, x=90)
    body(p, ["În dosarul penal nr. 6902/P/2026, privind infracțiunea de fraudă informatică, în temeiul art. 170 "
             "alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor "
             "utilizatorilor cluj.gaming.zone și retro.console.cj.",
             "Având în vedere volumul datelor, acestea vor fi predate pe suport USB, prin curier, în lockerul "
             "easybox „Cluj-Napoca – Mărăști Kaufland”, compartimentul nr. 4411, cod de ridicare 608 213, de unde "
             "vor fi ridicate de lucrătorul desemnat."])
    p.space(8)
    p.sigblock(["ȘEF SERVICIU", "Comisar-șef de poliție Kovacs Levente"], name="sig")
    c.sign(p, "sig_last", "bigloop", "ballpoint_blue", w=40, h=15, dy=-6)
    c.stampit(p, "sig", dx=-50, dy=0, kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ", arms=True, color="blue", size_mm=36, rotate=-15)
    return [p], ff("police", "6902/P/2026", False), None, (
        "ANSWER_TO_PARCEL_LOCKER: a signed and stamped IPJ Cluj letter from its first registry fax whose only answer "
        "channel is a courier delivery into a public PARCEL LOCKER (easybox, compartment and pick-up code in the "
        "letter) 'to be collected by the designated worker': not the authority's seat, nor any address of the "
        "registry; whoever holds the code takes the data")


def f_jdl_approval_box_left_empty(c: Ctx):
    p = c.page(K.Style(family="dserif", size=11))
    heading(p, ["PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE", "D.I.I.C.O.T. – SERVICIUL TERITORIAL CLUJ"],
            [], size=10)
    p.line("Dosar nr. 230/D/P/2026", kind="b")
    p.line("ORDONANȚĂ", size=14, kind="b", align="center")
    p.line("din 02.12.2026", align="center")
    p.space(2)
    body(p, ["Procuror Crișan Andrei-Mihai, în dosarul penal nr. 230/D/P/2026 privind infracțiunea de trafic de "
             "droguri de risc (art. 2 din Legea nr. 143/2000), în temeiul art. 152 și art. 154 C.p.p.,"])
    p.line("DISPUN:", kind="b", align="center")
    body(p, ["Conservarea imediată, pe o durată de 90 de zile, și transmiterea către D.I.I.C.O.T. – S.T. Cluj a "
             "datelor de trafic (adrese IP, date și ore ale conectărilor) și a datelor de identificare ale "
             "utilizatorilor cluj.plante.rare și green.garden.cj.",
             "Prezenta ordonanță se pune în executare după încuviințarea judecătorului de drepturi și libertăți, "
             "prin mențiune scrisă pe ordonanță (art. 154 alin. 3 C.p.p.)."])
    p.space(6)
    p.sigblock(["PROCUROR", "Crișan Andrei-Mihai"], name="sig", align="left")
    c.sign(p, "sig_last", "lasso", "fountain_blue", w=40, h=15, dy=-6)
    c.stampit(p, "sig", dx=55, dy=0, kind="round", top="MINISTERUL PUBLIC • D.I.I.C.O.T.",
              bottom="SERVICIUL TERITORIAL CLUJ", star=True, color="teal", size_mm=34, rotate=-8)
    p.space(8)
    y = p.y
    p.box(110, y, 190, y + 34)
    p.y = y + 2
    for s in ("ÎNCUVIINȚAT", "Judecător de drepturi și libertăți", "Numele: ______________________",
              "Data: ________  Semnătura: ________"):
        p.line(s, size=9, x=113)
    return [p], ff("prosecutor", "230/D/P/2026", False), None, (
        "JDL_APPROVAL_BOX_LEFT_EMPTY: a DIICOT Cluj ordonanță (signed and stamped by the prosecutor) asking traffic "
        "data under art. 152/154 that itself says it is executed only after the judge's written approval ON the "
        "ordonanță; the printed 'ÎNCUVIINȚAT – Judecător de drepturi și libertăți' box is EMPTY (no name, date, "
        "signature or court stamp): the approval it needs is not there")


def f_stamp_only_on_blank_back(c: Ctx):
    p1 = c.page(K.Style(family="serif", size=11.5))
    heading(p1, ["ROMÂNIA", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MEDGIDIA"], ["Nr. 2455/P/2026", "04.12.2026"],
            size=10)
    p1.space(3)
    addressee(p1, OUR, x=90)
    body(p1, ["În dosarul penal nr. 2455/P/2026, privind infracțiunea de înșelăciune, în temeiul art. 170 alin. (2) "
              "lit. b) C.p.p., dispun comunicarea datelor de identificare și a contului bancar ale utilizatorului "
              "litoral.auto.medgidia.",
              "Răspunsul prin poștă, la sediul parchetului."])
    p1.space(8)
    p1.sigblock(["PROCUROR", "Dinu Mirela"], name="sig")
    c.sign(p1, "sig_last", "upright", "ballpoint_blue2", w=34, h=13, dy=-6)
    p2 = c.page(K.Style(family="serif", size=11.5))
    p2.y = 150
    p2.mark("mid", 60, 150, h=10)
    c.stampit(p2, "mid", kind="round", top="MINISTERUL PUBLIC • ROMÂNIA",
              bottom="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MEDGIDIA", single=True, arms=True, color="violet",
              size_mm=36, rotate=-25)
    return [p1, p2], ff("prosecutor", "2455/P/2026", False), None, (
        "STAMP_ONLY_ON_BLANK_BACK (DEFECTIVE): a 2-page post scan: page 1 is the letter, signed in ink but NOT "
        "stamped; page 2 is the sheet's BLANK BACK carrying only the office's stamp, struck on no text: the letter "
        "page has no seal (incomplete acceptable)")


# ------------------------------------------------------------------ other categories (6)

def c_handwritten_lined_notebook_photo(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    K.ruled_paper(p, step_mm=8.0)
    lines = ["Către Okazii – reclamație", "Subsemnata Lungu Maria din Galați, tel. 0744 905 316,",
             "am cumpărat un aparat de aer condiționat de la", "vânzătorul clima_expert_gl, comanda 5590221843,",
             "am plătit 2.190 lei cu Garanția de Livrare. Nu am", "primit nimic în 3 săptămâni, vânzătorul nu",
             "răspunde. Vă rog să-mi dați banii înapoi.", "Lungu Maria   02.12.2026"]
    hand(p, c.rng, lines, 22, 30, size=15, pen="ballpoint_blue", line_mm=8.0)
    c.sign(p, (150, 95), "upright", "ballpoint_blue", w=30, h=11)
    f = {"complainant": "Lungu Maria", "transaction_id": "5590221843", "counterparty": "clima_expert_gl",
         "amount": amt("2190.00"), "delivery_guarantee": True, "issue": "not_delivered",
         "contact": {"phone": "+40744905316"}}
    return [p], f, {"issue": ["no_answer"]}, "a handwritten complaint on LINED notebook paper, phone photo, signed"


def c_company_fax_buyer_chargeback_rect_stamp(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, ["S.C. AGRO LUGOJ S.R.L.", "CUI RO30991204, J35/2210/2012", "Lugoj, str. Timișorii nr. 88"],
            ["Lugoj, 03.12.2026"], size=10)
    p.space(3)
    addressee(p, OUR, x=90)
    body(p, ["RECLAMAȚIE",
             "Subscrisa, S.C. Agro Lugoj S.R.L., vânzător pe platformă (cont agro_lugoj_srl), vă sesizăm că "
             "cumpărătorul fermier.vest a ridicat la 18.11.2026 o motosapă (comanda 6620918340, 4.350 lei), cu "
             "semnătură de primire, iar apoi a contestat plata la bancă, susținând că nu a primit produsul.",
             "Considerăm că este o fraudă și vă rugăm să suspendați contul cumpărătorului și să ne sprijiniți în "
             "disputa cu banca. Anexăm dovada de livrare."])
    p.space(6)
    p.sigblock(["Administrator", "Bogdan Ciprian"], name="sig")
    c.sign(p, "sig_last", "hook", "ballpoint_black", w=34, h=13, dy=-6)
    c.stampit(p, "sig", dx=-50, dy=0, kind="rect", top="S.C. AGRO LUGOJ S.R.L.", rect_lines=["CUI RO30991204", "LUGOJ"],
              color="blue", size_mm=18, aspect=2.4, rotate=2)
    f = {"complainant": "S.C. Agro Lugoj S.R.L.", "transaction_id": "6620918340", "counterparty": "fermier.vest",
         "amount": amt("4350.00"), "issue": "fraud_suspected"}
    return [p], f, {"complainant": ["Agro Lugoj", "agro_lugoj_srl", "Bogdan Ciprian"]}, (
        "a company SELLER complains by fax of a buyer's chargeback after a signed delivery; rectangular company "
        "stamp and signature (a stamp does not make an official request)")


def m_typed_ring_wrong_size_grey_jpeg(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    p.line("Ilinca Surdu, Craiova, str. Calea București nr. 41", size=10)
    p.space(4)
    addressee(p, OUR, x=90)
    body(p, ["Subiect: dispută comanda 7015520938",
             "Am comandat de la vânzătorul bijuterii.oltenia un inel de argint mărimea 54 (comanda 7015520938, "
             "289 lei). Am primit un inel mărimea 50, deși pe etichetă scrie 54. Vânzătorul refuză schimbul și "
             "spune că „mărimile diferă de la producător”.",
             "Propun ca vânzătorul să trimită inelul în mărimea corectă, iar eu să-l returnez pe acesta pe cheltuiala "
             "lui. Vă rog să mediați."])
    p.space(6)
    p.sigblock(["Ilinca Surdu"], name="sig")
    c.sign(p, "sig_last", "wave", "gel_violet", w=30, h=12, dy=-6)
    f = {"complainant": "Ilinca Surdu", "transaction_id": "7015520938", "counterparty": "bijuterii.oltenia",
         "amount": amt("289.00"), "issue": "wrong_item"}
    return [p], f, {"issue": ["not_as_described"]}, "a typed mediation letter by post, signed, grey JPEG"


def s_pensioner_how_to_create_account_typed(c: Ctx):
    p = c.page(K.Style(family="mono", size=11, justify=False))
    p.line("Stan Gheorghe, Medgidia, tel. 0241 811 204")
    p.space(4)
    addressee(p, OUR_NODIA, x=80)
    body(p, ["Stimate domnule,",
             "Am 78 de ani si nepotul meu mi-a spus ca pot vinde pe Okazii colectia mea de monede. Nu am e-mail. "
             "Va rog sa-mi trimiteti prin posta o brosura sau sa-mi spuneti daca pot deschide un cont doar cu numarul "
             "de telefon fix.",
             "Cu respect,"])
    p.sigblock(["Stan Gheorghe"], name="sig", align="left")
    c.sign(p, "sig_last", "ladder", "ballpoint_blue", w=30, h=12, dy=-6)
    return [p], {"topic": "deschiderea unui cont fără e-mail"}, None, (
        "a pensioner asks by post how to open an account without e-mail (typewriter, no diacritics, signed); "
        "topic as a paraphrase (scorers may read it loosely)")


def s_law_office_terms_version_request(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["CABINET DE AVOCAT ȚĂRANU ALEXANDRU", "Baroul Cluj", "Cluj-Napoca, str. Moților nr. 12"],
            ["Cluj-Napoca, 01.12.2026", "Nr. 318"], size=10)
    p.space(3)
    addressee(p, OUR, x=90)
    body(p, ["Stimate domnule / Stimată doamnă,",
             "În calitate de avocat al clientului meu, vânzător pe platformă, vă rog să-mi comunicați textul "
             "Termenilor și condițiilor de utilizare și al Politicii de comisioane, în versiunile în vigoare la data "
             "de 15.03.2026, necesare într-un litigiu comercial.",
             "Nu solicit date personale ale vreunui utilizator. Răspunsul poate fi transmis la "
             "av.taranu@gmail.com."])
    p.space(6)
    p.sigblock(["Av. Țăranu Alexandru"], name="sig")
    c.sign(p, "sig_last", "flourish", "fountain_blue", w=38, h=14, dy=-6)
    c.stampit(p, "sig", dx=-48, dy=0, kind="round", top="CABINET DE AVOCAT ȚĂRANU ALEXANDRU",
              bottom="BAROUL CLUJ", single=True, color="blue", size_mm=30, rotate=6)
    return [p], {"topic": "versiunea Termenilor și condițiilor în vigoare la 15.03.2026"}, None, (
        "a lawyer asks for the terms and fee policy in force on a past date (no user data): support; signed and "
        "stamped by a law office (round stamp of a private professional)")


def u_shredding_company_flyer(c: Ctx):
    p = c.page(K.Style(family="sans", size=13))
    p.space(10)
    p.line("DOCUSHRED VEST", size=26, kind="b", align="center")
    p.line("Distrugere certificată de documente – GDPR", size=14, align="center")
    p.space(8)
    body(p, ["Arhive, dosare, suporturi de date: colectăm de la sediul dumneavoastră și emitem certificat de "
             "distrugere în 24 de ore.",
             "Ofertă pentru departamentele juridice: 20% reducere la primul transport.",
             "Sunați acum: 0356 401 990 • www.docushred-vest.ro"])
    K.print_emblem(p, 105, 200, 40, color=(30, 120, 60), kind="logo", text="DV")
    return [p], {}, None, "a printed advertising flyer of a shredding company, by post; a printed logo (no ink)"


def fax(tag, tagval, tsi, header, fine=True, comp="group4", dither=False, noise=None):
    d = {"channel": "fax", "fine": fine, "comp": comp, "tag": tag, "tagval": tagval, "tsi": tsi,
         "header": header, "dither": dither}
    if noise:
        d["noise"] = noise
    return d


def post(fmt, dpi, color=True, skew=None, quality=None, rotate=0, photo_w=None, shadow=None, tone=None):
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
    if tone:
        d["tone"] = tone
    return d

ITEMS = [
    (g_ipj_cj_sic_g4_fine_blue_arms_ring, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 264 576 133", "+40 264 576 133", "03-DEC-2026 12:41  IPJ CLUJ SIC  +40 264 576 133  P.{p}")),
    (g_diicot_st_cluj_ordonanta_two_pages_teal_star, "le_gen", "law_enforcement", True, "verified",
     post("pdf", 200, color=True, skew=-0.8)),
    (g_dna_st_craiova_g3_dithered_triple_ring, "le_gen", "law_enforcement", True, "verified",
     fax(315, "DNA ST CRAIOVA 0251576709", "+40 251 576 709", "DEC-01-2026 15:02 DNA ST CRAIOVA 40251576709 P.{p}",
         fine=True, comp="group3", dither=True)),
    (g_srpt_constanta_g4_standard_beaded_navy, "le_gen", "law_enforcement", True, "verified",
     fax(269, "SRPT CONSTANTA +40241576409", "+40 241 576 409",
         "02/12/2026 10:17  SRPT CONSTANTA  0241576409  PAG {p}", fine=False, comp="group4")),
    (g_itpf_timisoara_grey_jpeg_rotated_90_oval, "le_gen", "law_enforcement", True, "verified",
     post("jpg", 200, color=False, skew=1.3, quality=60, rotate=90)),
    (g_pj_medgidia_g3_typewriter_violet_single, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 241 576 630", "+40 241 576 630", "03-12-2026 13:55  PJ MEDGIDIA  +40241576630  P.{p}",
         fine=True, comp="group3")),
    (g_pca_craiova_colour_pdf_red_ring_deputy, "le_gen", "law_enforcement", True, "verified",
     post("pdf", 200, color=True, skew=0.5)),
    (g_tribunal_dolj_png300_judge_and_clerk_black, "le_gen", "law_enforcement", True, "verified",
     post("png", 300, color=False, skew=-0.6)),
    (g_ca_cluj_two_page_tiff_faint_stamp_p2, "le_gen", "law_enforcement", True, "verified",
     post("tif", 200, color=False, skew=0.9)),
    (g_bailesti_phone_photo_band_stamp, "le_gen", "law_enforcement", True, "verified",
     post("photo", 200, photo_w=1450)),
    (g_harlau_low_res_150_jpeg_fountain, "le_gen", "law_enforcement", True, "verified",
     post("jpg", 150, color=True, skew=-1.9, quality=55)),
    (g_pj_timisoara_g4_coil_violet_inner_ring, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 256 576 620", "+40 256 576 620", "04-DEC-2026 09:36  PJ TIMISOARA  +40 256 576 620  P.{p}",
         noise=0.002)),
    (f_ink_on_drafter_line_chief_unsigned, "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 256 576 109", "+40 256 576 109", "04-DEC-2026 16:20  IPJ TIMIS  +40 256 576 109  P.{p}")),
    (f_moldovan_police_die_on_romanian_letter, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 200, color=True, skew=0.8, quality=62)),
    (f_pages_from_two_fax_machines, "le_forged", "law_enforcement", False, "not_verified",
     dict(fax(270, "+40 241 576 144", "+40 241 576 144", ""),
          headers=["04-DEC-2026 22:51  FAX APP  +40 722 618 404  P.{p}",
                   "04-DEC-2026 22:58  IPJ CONSTANTA  +40 241 576 144  P.{p}"])),
    (f_answer_to_parcel_locker, "le_forged", "law_enforcement", False, "not_verified",
     fax(269, "IPJ CLUJ 0264576109", "+40 264 576 109", "04/12/2026 11:05  IPJ CLUJ  0264576109  PAG {p}",
         comp="group3")),
    (f_jdl_approval_box_left_empty, "le_forged", "law_enforcement", False, "not_verified",
     post("pdf", 200, color=True, skew=-0.4)),
    (f_stamp_only_on_blank_back, "le_forged", "law_enforcement", False, "not_verified",
     post("tif", 200, color=False, skew=0.6)),
    (c_handwritten_lined_notebook_photo, "other", "complaint", None, None, post("photo", 200, photo_w=1300)),
    (c_company_fax_buyer_chargeback_rect_stamp, "other", "complaint", None, None,
     fax(270, "+40 256 351 880", "+40 256 351 880", "03-12-2026 14:12  AGRO LUGOJ  0256351880  P.{p}",
         comp="group3")),
    (m_typed_ring_wrong_size_grey_jpeg, "other", "mediation", None, None,
     post("jpg", 200, color=False, skew=-1.4, quality=58)),
    (s_pensioner_how_to_create_account_typed, "other", "support", None, None,
     post("png", 200, color=False, skew=0.3)),
    (s_law_office_terms_version_request, "other", "support", None, None,
     post("jpg", 200, color=True, skew=1.0, quality=60)),
    (u_shredding_company_flyer, "other", "unknown", None, None, post("jpg", 200, color=True, skew=-0.5, quality=60)),
]

def write_fax(pages, path, ch, rng):
    frames = []
    n = len(pages)
    for i, im in enumerate(pages):
        hdr = (ch["headers"][i] if ch.get("headers") else ch["header"]).replace("{p}", f"{i + 1}/{n}")
        frames.append(K.fax_page(im, rng, hdr, fine=ch["fine"], dither=ch.get("dither", False),
                                 noise=ch.get("noise", 0.0006)))
    ifd = ImageFileDirectory_v2()
    ifd[ch["tag"]] = ch["tagval"]
    ifd[305] = "HylaFAX 7.0.6" if ch["comp"] == "group3" else "Fax server"
    dpi = (204, 196 if ch["fine"] else 98)
    frames[0].save(path, compression=ch["comp"], save_all=True, append_images=frames[1:], tiffinfo=ifd, dpi=dpi)
    return "tiff-" + ch["comp"] + f"-204x{dpi[1]}"


def _tone(o, tone):
    """Round 14: a DARK scan (grey paper, heavier strokes) or a LIGHT, washed-out one."""
    if not tone:
        return o
    a = np.asarray(o, np.float32)
    if tone == "dark":  # grey paper, heavier strokes, corners falling to black; a little sensor noise
        a = (a - 72) * 0.96 + np.random.default_rng(1450).normal(0, 7, a.shape[:2])[(...,) + (None,) * (a.ndim - 2)]
    elif tone == "light":
        a = 255 - (255 - a) * 0.5
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def write_post(pages, path, ch, rng):
    fmt = ch["fmt"]
    grey = not ch.get("color", True)
    outs = []
    for i, im in enumerate(pages):
        lossless = fmt in ("png", "tif1", "tifbw") or (fmt == "tif" and grey)
        o = K.scan_page(im, rng, grey=grey, skew=ch.get("skew"), fold=(i == 0 and fmt in ("jpg", "pdf")),
                        holes=(fmt == "tif"), noise=(0.0 if fmt == "png" and not grey else 0.5) if lossless else 1.2)
        o = _tone(o, ch.get("tone"))
        if lossless and grey and fmt not in ("tif1", "tifbw"):
            o = o.convert("L").point(lambda v: min(255, (v + 8) // 16 * 17))
        outs.append(o)
        if ch.get("rotate"):  # round 12: the page was put on the scanner on its side or upside down
            outs[-1] = o.rotate(ch["rotate"], expand=True)
    dpi = (ch["dpi"], ch["dpi"])
    if fmt == "photo":  # round 11: a phone photo of the page lying on a table
        w_ = ch.get("photo_w", 1500)
        ph = K.phone_photo(pages[0], rng, out_w=w_, out_h=w_ * 4 // 3 + (w_ // 15), shade=0.5)
        ph.save(path, "JPEG", quality=66)
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
            (o.convert("L") if grey else o).save(b, "JPEG", quality=50)
            fr.append(Image.open(io.BytesIO(b.getvalue())))
        fr[0].save(path, "PDF", save_all=True, append_images=fr[1:], resolution=float(ch["dpi"]), quality=50,
                   producer="RICOH IM C3000 (Scan to Folder)", creator="RICOH IM C3000",
                   creationDate=time.strptime("20261210091500", "%Y%m%d%H%M%S"),
                   modDate=time.strptime("20261210091500", "%Y%m%d%H%M%S"))
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
                                 "fax_headers": ch.get("headers"),
                                 "tone": ch.get("tone"), "envelope": False,
                                 "rings": c.rings, "handwritten": [h for pg in pages for h in getattr(pg, "hand", [])]}
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
