"""Blind round 16, paper half: scanned post and faxes, with ink truth and where the ink is.

Run:  .venv/bin/python bench/blind/round16/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for ../selfcheck.py).
The helpers (RecPage, Ctx, heading, addressee, e164, iban, le, sub, ff, body, hand, reg_box, envelope, fax, post,
write_fax, write_post, main) are round 15's, copied as tools (round 16: write_fax may relay a page that was faxed
once already, its first header kept under the second; Ctx records the pens and a sticky note's box). The letters
and ITEMS are new. Deterministic (seed 20261650). The authorities and
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

SEED = 20261650
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
        self.pens: list = []  # round 16: the pen of each signature
        self.extra: dict = {}  # round 16: e.g. a sticky note's box (for the self-check)

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
        self.pens.append(pen)
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
MP = "MINISTERUL PUBLIC"
PICCJ = "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE"


def g_ipj_ag_g3_standard_overinked_blue_arms(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ", "Serviciul de Investigații Criminale"],
            ["NESECRET", "Pitești, 02.12.2026", "Nr. 412.508", "Exemplar nr. 1"], size=10)
    p.space(2)
    addressee(p, OUR, x=92)
    body(p, ["Vă facem cunoscut că Serviciul de Investigații Criminale al I.P.J. Argeș efectuează cercetări în "
             "dosarul penal nr. 3377/P/2026, aflat în supravegherea Parchetului de pe lângă Judecătoria Pitești, "
             "pentru săvârșirea infracțiunii de înșelăciune (art. 244 C.pen.), constând în vânzarea, prin platforma "
             "dumneavoastră, a unor drujbe și motocoase care nu au mai fost livrate cumpărătorilor.",
             "În baza art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați, pentru utilizatorul care "
             "folosește adresa de e-mail unelte.gradina.ag@gmail.com și numărul de telefon +40 744 019 332:",
             ("num", ["datele de identificare ale titularului contului;",
                      "anunțurile publicate în perioada 01.10.2026 – 01.12.2026;",
                      "lista cumpărătorilor și sumele încasate de la aceștia."]),
             "Răspunsul îl veți transmite prin e-mail, la adresa sic@ag.politiaromana.ro."])
    p.space(6)
    p.sigblock(["ȘEFUL SERVICIULUI", "Comisar-șef de poliție", "Dinu Marius-Constantin"], name="sig")
    c.sign(p, "sig_last", "upright", "ballpoint_blue", w=44, h=16, dy=-7)
    c.stampit(p, "sig", dx=-50, dy=3, kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="I.P.J. ARGEȘ", center=["INSPECTORATUL", "DE POLIȚIE"], arms=True, color="blue", size_mm=37,
              rotate=12, faint=1.35)
    f = le("police", authority="Inspectoratul de Poliție Județean Argeș", reference_number="412.508",
           reference_date="2026-12-02", case_number="3377/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "unelte.gradina.ag@gmail.com"), sub("phone", "+40744019332")],
           requested_data=["datele de identificare ale titularului contului",
                           "anunțurile publicate în perioada 01.10.2026 – 01.12.2026",
                           "lista cumpărătorilor și sumele încasate de la aceștia"],
           period={"from": "2026-10-01", "to": "2026-12-01"}, response_channel="electronic",
           reply_to="sic@ag.politiaromana.ro", signatory="Comisar-șef de poliție Dinu Marius-Constantin")
    acc = {"authority": ["IPJ Argeș"], "reference_number": ["412508"],
           "signatory": ["Șeful Serviciului Comisar-șef de poliție Dinu Marius-Constantin"]}
    return [p], f, acc, ("IPJ Argeș SIC by G3 STANDARD (98 lpi) fax from its second registry number; 'Exemplar nr. 1' "
                         "under the number; user by e-mail and a +40 phone with spaces; blue double ring with arms, "
                         "OVERINKED (spread, darker) and rotated 12°, the ring's bottom abbreviated 'I.P.J. ARGEȘ'")


def g_buhusi_town_police_colour_jpeg_violet_single_smeared(c: Ctx):
    p = c.page(K.Style(family="dserif", size=11))
    heading(p, ["INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU", "POLIȚIA ORAȘULUI BUHUȘI",
                "Compartimentul de Investigații Criminale"], ["Buhuși, 01.12.2026", "Nr. 61.204"], size=10,
            kinds=["b", "b", ""])
    p.space(2)
    addressee(p, OUR, x=90)
    body(p, ["În dosarul penal nr. 1988/P/2026 al Parchetului de pe lângă Judecătoria Buhuși se efectuează "
             "cercetări pentru înșelăciune (art. 244 C.pen.): persoana vătămată a achitat prin platforma "
             "dumneavoastră suma de 1.700 lei pentru o canapea extensibilă care nu i-a fost livrată. Vânzătorul "
             "figurează pe platformă cu ID utilizator 60218833 și a indicat numărul de telefon fix 0234/262.118.",
             "Conform art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați numele și adresa titularului "
             "contului, data înregistrării contului și comenzile primite în luna noiembrie 2026.",
             "Răspunsul se va trimite prin poștă, pe adresa: Poliția Orașului Buhuși, str. Libertății nr. 3, "
             "județul Bacău."])
    p.space(8)
    p.sigblock(["ȘEFUL POLIȚIEI ORAȘULUI BUHUȘI", "Comisar de poliție", "Moraru Daniel"], name="sig")
    c.sign(p, "sig_last", "lasso", "gel_violet", w=48, h=18, dy=-8, dx=4)
    c.stampit(p, "sig", dx=-56, dy=-1, kind="round", single=True, top="MINISTERUL AFACERILOR INTERNE • I.P.J. BACĂU",
              center=["POLIȚIA", "ORAȘULUI", "BUHUȘI"], color="violet", size_mm=34, rotate=-6, smear=0.03)
    f = le("police", authority="Poliția Orașului Buhuși", reference_number="61.204", reference_date="2026-12-01",
           case_number="1988/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "60218833"), sub("phone", "+40234262118")],
           requested_data=["numele și adresa titularului contului", "data înregistrării contului",
                           "comenzile primite în luna noiembrie 2026"],
           response_channel="courier", signatory="Comisar de poliție Moraru Daniel")
    acc = {"authority": ["Inspectoratul de Poliție Județean Bacău", "IPJ Bacău"], "reference_number": ["61204"]}
    return [p], f, acc, ("a town police (Buhuși, not in the registry) under IPJ Bacău, by post: colour JPEG; a "
                         "landline written '0234/262.118' with a slash; the data asked for in one sentence; a "
                         "SINGLE violet ring, SMEARED (the stamp slid); a lasso signature in violet gel; answer by "
                         "post (courier); period 'luna noiembrie' unscored")


def g_ipj_ms_two_page_grey_pdf_orders_table_faded_stamp(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN MUREȘ", "Serviciul de Investigații Criminale"],
            ["NESECRET", "Nr. 2.089.566", "din 04.12.2026", "Târgu Mureș"], size=10)
    p.space(3)
    addressee(p, OUR, x=92)
    body(p, ["În dosarul penal nr. 1511/P/2026, aflat în supravegherea Parchetului de pe lângă Judecătoria Târgu "
             "Mureș, se efectuează cercetări pentru înșelăciune (art. 244 C.pen.): cumpărătorii din comenzile "
             "enumerate în tabelul de la pagina 2 au plătit prin platformă anvelope de iarnă pe care vânzătorul "
             "„anvelope.iarna.ms” nu le-a livrat.",
             "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă solicităm:",
             ("let", ["datele de identificare ale vânzătorului;",
                      "datele de identificare ale cumpărătorilor din comenzile din tabel;",
                      "situația plăților aferente acestor comenzi (sume, date, conturi de încasare)."])])
    p.y = 280
    p.line("Pagina 1 din 2", size=8.5, align="center")
    p2 = c.page(K.Style(family="serif", size=11.5))
    p2.line("Continuare la adresa nr. 2.089.566 din 04.12.2026", size=9, kind="i")
    p2.space(4)
    p2.line("Comenzile vizate:", kind="b")
    p2.table([["Nr.", "Comanda", "Data", "Suma"], ["1", "77015523", "03.11.2026", "1.240 lei"],
              ["2", "77016890", "05.11.2026", "980 lei"], ["3", "77019347", "09.11.2026", "1.610 lei"]],
             [14, 40, 36, 36])
    p2.space(3)
    body(p2, ["Răspunsul va fi transmis prin e-mail, la adresa sic@ms.politiaromana.ro, cu mențiunea numărului "
              "prezentei adrese."])
    p2.space(10)
    p2.sigblock(["Șef serviciu", "Comisar-șef de poliție", "Szabó Levente"], name="sig")
    c.sign(p2, "sig_last", "ladder", "fineliner_black", w=42, h=15, dy=-7)
    c.stampit(p2, "sig", dx=-48, dy=2, kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="I.P.J. MUREȘ", arms=True, color="blue", size_mm=36, rotate=-15, fade="left")
    p2.y = 280
    p2.line("Pagina 2 din 2", size=8.5, align="center")
    f = le("police", authority="Inspectoratul de Poliție Județean Mureș", reference_number="2.089.566",
           reference_date="2026-12-04", case_number="1511/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "anvelope.iarna.ms")],
           transactions=["77015523", "77016890", "77019347"],
           requested_data=["datele de identificare ale vânzătorului",
                           "datele de identificare ale cumpărătorilor din comenzile din tabel",
                           "situația plăților aferente acestor comenzi (sume, date, conturi de încasare)"],
           response_channel="electronic", reply_to="sic@ms.politiaromana.ro",
           signatory="Comisar-șef de poliție Szabó Levente")
    acc = {"authority": ["IPJ Mureș"], "reference_number": ["2089566"]}
    return [p, p2], f, acc, ("IPJ Mureș, 2-page GREY image PDF by post: the number and the date on two lines; the "
                             "data asked for as a lettered list on page 1, the ORDERS (transactions) in a table on "
                             "page 2 with the signature; a stamp FADING to the left (rocked); a fine-liner "
                             "'ladder' signature")


def g_medias_registered_unit_g4_fine_numbered_stamp(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, [MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN SIBIU", "POLIȚIA MUNICIPIULUI MEDIAȘ",
                "Biroul de Investigații Criminale"], ["Mediaș", "30.11.2026", "Nr. 174.020"], size=10)
    p.space(3)
    addressee(p, OUR, x=90)
    body(p, ["Biroul de Investigații Criminale al Poliției Municipiului Mediaș efectuează cercetări în dosarul "
             "penal nr. 3099/P/2026 al Parchetului de pe lângă Judecătoria Mediaș, privind efectuarea de operațiuni "
             "financiare în mod fraudulos (art. 250 C.pen.): titularul unui card bancar a constatat plăți pe "
             "platforma okazii.ro pe care nu le-a efectuat, iar comenzile au fost plasate de utilizatorul care "
             "folosește adresa de e-mail mediasmarket2026@outlook.com.",
             "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne transmiteți:",
             ("dash", ["contul (conturile) de utilizator asociate adresei de e-mail de mai sus;",
                       "comenzile plătite cu cardul terminat în 4471 în perioada 10.11.2026 – 28.11.2026, cu "
                       "adresele de livrare;",
                       "datele de contact declarate de cumpărător."]),
             "Răspunsul se va transmite prin poștă, la sediul Poliției Municipiului Mediaș, str. Mihai Viteazu nr. 16, "
             "județul Sibiu."])
    p.space(6)
    p.sigblock(["ȘEFUL POLIȚIEI MUNICIPIULUI MEDIAȘ", "Comisar-șef de poliție", "Cândea Ioan-Aurel"], name="sig")
    c.sign(p, "sig_last", "hook", "felt_black", w=44, h=16, dy=-7)
    c.stampit(p, "sig", dx=-52, dy=0, kind="double", top="ROMÂNIA • M.A.I. • I.P.J. SIBIU",
              bottom="POLIȚIA MUN. MEDIAȘ", center=["3"], color="blue", size_mm=35, rotate=4)
    f = le("police", authority="Poliția Municipiului Mediaș", reference_number="174.020", reference_date="2026-11-30",
           case_number="3099/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "mediasmarket2026@outlook.com")],
           requested_data=["contul (conturile) de utilizator asociate adresei de e-mail de mai sus",
                           "comenzile plătite cu cardul terminat în 4471 în perioada 10.11.2026 – 28.11.2026, cu "
                           "adresele de livrare",
                           "datele de contact declarate de cumpărător"],
           period={"from": "2026-11-10", "to": "2026-11-28"}, response_channel="courier",
           signatory="Comisar-șef de poliție Cândea Ioan-Aurel")
    acc = {"authority": ["Inspectoratul de Poliție Județean Sibiu", "Poliția Mediaș"], "reference_number": ["174020"]}
    return [p], f, acc, ("Poliția Municipiului Mediaș, a REGISTERED unit (parent IPJ Sibiu, paper only) faxing from "
                         "its own registry number, G4 fine, sans-serif; place, date and number each on its own line; "
                         "dash list; a numbered stamp (the die's holder number '3' in the centre); answer by post")


def g_ipj_gl_bilevel_g4_300dpi_chief_and_drafter_initials(c: Ctx):
    p = c.page(K.Style(family="free", size=12))
    heading(p, ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI",
                "Serviciul de Investigare a Criminalității Economice"], ["NESECRET", "Nr. 624.101", "Galați, 02.12.2026"],
            size=10.5)
    p.space(3)
    addressee(p, OUR, x=92)
    body(p, ["În dosarul penal nr. 6033/P/2026 al Parchetului de pe lângă Tribunalul Galați se efectuează "
             "cercetări pentru punerea în circulație de produse contrafăcute (suplimente alimentare) și pentru "
             "înșelăciune. Produsele au fost vândute prin conturile cu ID utilizator 51122093 și ID utilizator "
             "51122107.",
             "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați, pentru fiecare cont:",
             ("paren", ["datele de identificare și de contact;",
                        "istoricul vânzărilor din perioada 01.07.2026 – 30.11.2026;",
                        "conturile bancare declarate pentru încasări."]),
             "Răspunsul va fi trimis prin e-mail, la adresa sice@gl.politiaromana.ro."])
    p.space(6)
    p.sigblock(["Șef serviciu", "Comisar-șef de poliție", "Lupu Gabriel"], name="sig")
    c.sign(p, "sig_last", "bigloop", "ballpoint_blue", w=44, h=16, dy=-7)
    c.stampit(p, "sig", dx=-50, dy=2, kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="I.P.J. GALAȚI", arms=True, color="blue", size_mm=36, rotate=21, partial="right")
    p.space(10)
    p.line("Întocmit: insp. Rusu D.", size=8.5, anchor="drafter")
    c.sign(p, "drafter", "initials", "ballpoint_blue", w=14, h=7, dx=30, dy=-1)
    f = le("police", authority="Inspectoratul de Poliție Județean Galați", reference_number="624.101",
           reference_date="2026-12-02", case_number="6033/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "51122093"), sub("user_id", "51122107")],
           requested_data=["datele de identificare și de contact",
                           "istoricul vânzărilor din perioada 01.07.2026 – 30.11.2026",
                           "conturile bancare declarate pentru încasări"],
           period={"from": "2026-07-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="sice@gl.politiaromana.ro", signatory="Comisar-șef de poliție Lupu Gabriel")
    acc = {"authority": ["IPJ Galați"], "reference_number": ["624101"]}
    return [p], f, acc, ("IPJ Galați SICE by post, the mailroom's BILEVEL preset (CCITT G4 TIFF at 300 dpi, not a "
                         "fax); two users by id; items '1)'; the chief signs and the drafter INITIALS the 'Întocmit' "
                         "line too; a stamp struck with uneven pressure (right side missing)")


def g_beius_two_page_colour_pdf_initials_p1_serif_ring(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    heading(p, ["INSPECTORATUL DE POLIȚIE JUDEȚEAN BIHOR", "POLIȚIA ORAȘULUI BEIUȘ"],
            ["Beiuș, 03.12.2026", "Nr. 40.917"], size=10.5)
    p.space(4)
    addressee(p, OUR, x=90)
    body(p, ["Poliția Orașului Beiuș efectuează cercetări în dosarul penal nr. 2204/P/2026 al Parchetului de pe lângă "
             "Judecătoria Beiuș, privind o înșelăciune (art. 244 C.pen.) cu pui de câine „de rasă”: mai multe "
             "persoane au achitat avansuri pentru cățeii oferiți de utilizatorul „catei.rasa.beius”, telefon "
             "0755-118-230, fără să îi primească.",
             "Având în vedere prevederile art. 170 alin. (2) lit. b) C.p.p., vă solicităm să ne comunicați:",
             ("num", ["datele de identificare ale titularului contului;",
                      "anunțurile publicate în perioada 01.09.2026 – 02.12.2026;"])])
    p.y = 276
    p.line("1/2", size=9, align="right", anchor="p1foot")
    c.sign(p, (176, 271), "initials", "fountain_blue", w=13, h=7)
    p2 = c.page(K.Style(family="serif", size=12))
    p2.space(6)
    p2.items(["plățile primite prin platformă în aceeași perioadă;",
              "numerele de telefon și adresele de e-mail asociate contului."], style="num", start=3)
    p2.space(2)
    body(p2, ["Răspunsul va fi transmis prin e-mail, la adresa politia.beius@bh.politiaromana.ro."])
    p2.space(12)
    p2.sigblock(["ȘEFUL POLIȚIEI ORAȘULUI BEIUȘ", "Subcomisar de poliție", "Ardelean Cosmin"], name="sig")
    c.sign(p2, "sig_last", "flourish", "fountain_blue", w=48, h=18, dy=-8)
    c.stampit(p2, "sig", dx=-52, dy=4, kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="POLIȚIA ORAȘULUI BEIUȘ", arms=True, color="navy", size_mm=36, rotate=-3, ring_font="dserif-b")
    p2.y = 276
    p2.line("2/2", size=9, align="right")
    f = le("police", authority="Poliția Orașului Beiuș", reference_number="40.917", reference_date="2026-12-03",
           case_number="2204/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "catei.rasa.beius"), sub("phone", "+40755118230")],
           requested_data=["datele de identificare ale titularului contului",
                           "anunțurile publicate în perioada 01.09.2026 – 02.12.2026",
                           "plățile primite prin platformă în aceeași perioadă",
                           "numerele de telefon și adresele de e-mail asociate contului"],
           period={"from": "2026-09-01", "to": "2026-12-02"}, response_channel="electronic",
           reply_to="politia.beius@bh.politiaromana.ro", signatory="Subcomisar de poliție Ardelean Cosmin")
    acc = {"authority": ["Inspectoratul de Poliție Județean Bihor", "IPJ Bihor"], "reference_number": ["40917"]}
    return [p, p2], f, acc, ("a town police (Beiuș, not in the registry) under IPJ Bihor: 2-page COLOUR image PDF; "
                             "the numbered list continues on page 2 (items 3-4); page 1 carries the signer's "
                             "INITIALS in the corner ('1/2'), page 2 the signature and a NAVY stamp whose ring is set "
                             "in a SERIF face; fountain pen; a puppy scam; phone '0755-118-230'")


def g_itpf_galati_g3_fine_dithered_dashed_ring_ukrainian_phone(c: Ctx):
    p = c.page(K.Style(family="serif", size=11))
    heading(p, [MAI, "INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ",
                "INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ GALAȚI", "Serviciul Investigații Criminale"],
            ["NESECRET", "Nr. 7.412.055", "Galați, 01.12.2026"], size=9.5)
    p.space(3)
    addressee(p, OUR, x=92)
    body(p, ["I.T.P.F. Galați efectuează cercetări în dosarul penal nr. 4460/P/2026 al Parchetului de pe lângă "
             "Tribunalul Galați, pentru contrabandă (art. 270 din Legea nr. 86/2006): telefoane mobile și tablete "
             "introduse în țară fără documente vamale sunt vândute prin anunțuri publicate de utilizatorul "
             "„gadgeturi.reni.gl”, care indică pentru contact numărul ucrainean +380 67 214 5583.",
             "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați:",
             ("dash", ["datele de identificare ale titularului contului;",
                       "anunțurile publicate de acesta în perioada 01.06.2026 – 30.11.2026;",
                       "datele cumpărătorilor și valoarea tranzacțiilor."]),
             "Răspunsul va fi transmis prin e-mail, la adresa itpf.galati@politiadefrontiera.ro."])
    p.space(6)
    p.sigblock(["Șeful Serviciului Investigații Criminale", "Comisar-șef de poliție", "Popa Lucian"], name="sig")
    c.sign(p, "sig_last", "coil", "ballpoint_black", w=46, h=16, dy=-7)
    c.stampit(p, "sig", dx=-54, dy=2, kind="double", top="POLIȚIA DE FRONTIERĂ ROMÂNĂ", bottom="I.T.P.F. GALAȚI",
              arms=True, dashed=True, color="blue", size_mm=36, rotate=-9)
    f = le("police", authority="Inspectoratul Teritorial al Poliției de Frontieră Galați", reference_number="7.412.055",
           reference_date="2026-12-01", case_number="4460/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "gadgeturi.reni.gl"), sub("phone", "+380672145583")],
           requested_data=["datele de identificare ale titularului contului",
                           "anunțurile publicate de acesta în perioada 01.06.2026 – 30.11.2026",
                           "datele cumpărătorilor și valoarea tranzacțiilor"],
           period={"from": "2026-06-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="itpf.galati@politiadefrontiera.ro", signatory="Comisar-șef de poliție Popa Lucian")
    acc = {"authority": ["ITPF Galați", "I.T.P.F. Galați"], "reference_number": ["7412055"]}
    return [p], f, acc, ("ITPF Galați, a registered border-police unit with no domain, faxing from its own number: G3 "
                         "FINE, DITHERED; a UKRAINIAN phone '+380 67 214 5583'; the answer to the parent's domain; "
                         "a stamp with a DASHED outer ring and arms")


def g_diicot_st_bacau_fax_cover_sheet_then_ordonanta(c: Ctx):
    p = c.page(K.Style(family="sans", size=12))
    p.space(10)
    p.line("F A X", size=30, kind="b", align="center")
    p.space(8)
    p.table([["Către:", "OKAZII ONLINE S.R.L. – Departamentul Juridic"],
             ["De la:", "D.I.I.C.O.T. – Serviciul Teritorial Bacău"],
             ["Fax expeditor:", "0234 577 609"],
             ["Data:", "02.12.2026"],
             ["Nr. pagini (inclusiv aceasta):", "3"],
             ["Referitor:", "Ordonanță – dosar nr. 418/D/P/2026"]], [62, 104], header=False, size=11.5)
    p.space(10)
    p.para("CONFIDENȚIAL. Documentul transmis este destinat exclusiv destinatarului. Dacă l-ați primit din eroare, "
           "vă rugăm să ne anunțați la numărul de mai sus și să îl distrugeți.", size=10, indent=0)
    q = c.page(K.Style(family="serif", size=11.5))
    heading(q, ["ROMÂNIA", MP, PICCJ, "D.I.I.C.O.T. – SERVICIUL TERITORIAL BACĂU"], ["Dosar nr. 418/D/P/2026"],
            size=9.5)
    q.space(2)
    q.line("ORDONANȚĂ", size=15, kind="b", align="center")
    q.line("02 decembrie 2026", align="center")
    q.space(3)
    body(q, ["Lazăr Bogdan-Vasile, procuror în cadrul D.I.I.C.O.T. – Serviciul Teritorial Bacău,",
             "Examinând actele dosarului penal nr. 418/D/P/2026, privind infracțiunea de trafic de droguri de risc "
             "(art. 2 din Legea nr. 143/2000),"])
    q.line("CONSTAT:", kind="b", align="center")
    body(q, ["Din datele obținute până în prezent rezultă că, sub aparența vânzării de „semințe de colecție”, "
             "utilizatorul „seminte.colectie.bc”, înregistrat cu adresa de e-mail seminte.colectie@proton.me, "
             "comercializează prin platforma okazii.ro semințe de cannabis, iar cumpărătorii primesc coletele prin "
             "curier.",
             "Pentru identificarea persoanelor implicate sunt necesare datele deținute de societatea care "
             "administrează platforma."])
    r = c.page(K.Style(family="serif", size=11.5))
    r.space(4)
    body(r, ["Pentru aceste motive, în temeiul art. 170 alin. (2) lit. b) C.pr.pen.,"])
    r.line("DISPUN:", kind="b", align="center")
    body(r, ["1. S.C. OKAZII ONLINE S.R.L. va comunica, în termen de 3 zile de la primire:"])
    r.items(["datele de identificare ale utilizatorului;",
             "comenzile primite și adresele de livrare ale cumpărătorilor, din perioada 01.06.2026 – 01.12.2026;",
             "modalitatea de încasare a plăților."], style="let", x=38)
    body(r, ["2. Datele vor fi transmise prin poștă, cu confirmare de primire, la sediul D.I.I.C.O.T. – Serviciul "
             "Teritorial Bacău, str. Mărășești nr. 4, județul Bacău."])
    r.space(8)
    r.sigblock(["PROCUROR,", "Lazăr Bogdan-Vasile"], name="sig")
    c.sign(r, "sig_last", "steep", "rollerball_blue", w=40, h=16, dy=-8)
    c.stampit(r, "sig", dx=-50, dy=0, kind="double", top="MINISTERUL PUBLIC • P.Î.C.C.J.",
              bottom="D.I.I.C.O.T. – S.T. BACĂU", arms=True, color="blue", size_mm=36, rotate=-18)
    f = le("prosecutor",
           authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul "
                     "Teritorial Bacău",
           reference_date="2026-12-02", case_number="418/D/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "seminte.colectie.bc"), sub("email", "seminte.colectie@proton.me")],
           requested_data=["datele de identificare ale utilizatorului",
                           "comenzile primite și adresele de livrare ale cumpărătorilor, din perioada 01.06.2026 – "
                           "01.12.2026",
                           "modalitatea de încasare a plăților"],
           period={"from": "2026-06-01", "to": "2026-12-01"}, response_channel="courier",
           signatory="Procuror Lazăr Bogdan-Vasile")
    acc = {"authority": ["D.I.I.C.O.T. – Serviciul Teritorial Bacău", "DIICOT – Serviciul Teritorial Bacău",
                         "DIICOT ST Bacău"]}
    return [p, q, r], f, acc, ("DIICOT's Bacău service (a registered unit, paper only) by G4 fine fax from its own "
                               "number: page 1 a FAX COVER SHEET (table, no ink, '3 pages including this one'), "
                               "pages 2-3 an art. 170 ordonanță 'CONSTAT / DISPUN' signed and stamped on page 3; no "
                               "registration number (unscored); a user by username and a proton.me e-mail")


def g_dna_st_tgmures_grey_png_big_skew_upside_down_stamp(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", MP, "Parchetul de pe lângă Înalta Curte de Casație și Justiție",
                "DIRECȚIA NAȚIONALĂ ANTICORUPȚIE", "Serviciul Teritorial Târgu Mureș"],
            ["Nr. 302/II/3/2026", "Târgu Mureș, 30.11.2026"], size=10, kinds=["b", "b", "", "b", "b"])
    p.space(3)
    addressee(p, OUR, x=92)
    body(p, ["În dosarul nr. 77/P/2026 al Direcției Naționale Anticorupție – Serviciul Teritorial Târgu Mureș se "
             "efectuează urmărirea penală pentru luare de mită (art. 289 C.pen.): un funcționar public ar fi primit, "
             "ca foloase necuvenite, bunuri cumpărate prin platforma dumneavoastră de utilizatorul „cadouri.tgm.2026” "
             "(adresă de e-mail cadouri.tgm2026@yahoo.com).",
             "În temeiul art. 170 alin. (2) lit. b) C.pr.pen., vă rugăm să ne comunicați:",
             ("letdot", ["datele de identificare ale titularului;",
                         "comenzile plasate în perioada 01.03.2026 – 31.10.2026 și adresele de livrare;",
                         "instrumentele de plată folosite."]),
             "Răspunsul va fi transmis prin poștă, la sediul D.N.A. – Serviciul Teritorial Târgu Mureș."])
    p.space(8)
    p.sigblock(["Procuror șef serviciu,", "Bartha Zoltán"], name="sig")
    c.sign(p, "sig_last", "bigloop", "rollerball_blue", w=44, h=17, dy=-8)
    c.stampit(p, "sig", dx=-50, dy=1, kind="double", top="MINISTERUL PUBLIC • DIRECȚIA NAȚIONALĂ ANTICORUPȚIE",
              bottom="S.T. TÂRGU MUREȘ", arms=True, color="violet", size_mm=36, rotate=172)
    f = le("prosecutor", authority="Direcția Națională Anticorupție – Serviciul Teritorial Târgu Mureș",
           reference_number="302/II/3/2026", reference_date="2026-11-30", case_number="77/P/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "cadouri.tgm.2026"), sub("email", "cadouri.tgm2026@yahoo.com")],
           requested_data=["datele de identificare ale titularului",
                           "comenzile plasate în perioada 01.03.2026 – 31.10.2026 și adresele de livrare",
                           "instrumentele de plată folosite"],
           period={"from": "2026-03-01", "to": "2026-10-31"}, response_channel="courier",
           signatory="Procuror șef serviciu Bartha Zoltán")
    acc = {"authority": ["DNA – Serviciul Teritorial Târgu Mureș", "DNA ST Târgu Mureș",
                         "Direcția Națională Anticorupție"]}
    return [p], f, acc, ("DNA's Târgu Mureș service (registered unit, paper only) by post: GREY PNG at 300 dpi "
                         "scanned with a LARGE skew (-2.6°); 'a.' 'b.' 'c.' items; a violet stamp struck UPSIDE DOWN "
                         "(172°); a Hungarian name with á; answer by post")


def g_ca_bacau_png_colour_judge_and_clerk_stamp_between(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", "CURTEA DE APEL BACĂU", "SECȚIA PENALĂ ȘI PENTRU CAUZE CU MINORI"],
            ["Dosar nr. 1450/32/2026", "Termen: 16.12.2026", "Bacău, 02.12.2026"], size=10)
    p.space(4)
    addressee(p, OUR, x=92)
    body(p, ["Vă aducem la cunoștință că, în apelul declarat de inculpat împotriva sentinței penale nr. 311/2026 a "
             "Tribunalului Bacău (înșelăciune, art. 244 C.pen.), Curtea a dispus, prin încheierea din 01.12.2026, "
             "în temeiul art. 170 alin. (2) lit. b) C.pr.pen., să vă solicite, cu privire la contul „telefoane.bc.shop” "
             "(ID utilizator 33017712):",
             ("roman", ["datele de identificare ale titularului contului;",
                        "istoricul tranzacțiilor contului între 01.01.2025 și 31.12.2025."]),
             "Relațiile vor fi comunicate până la termenul din 16.12.2026, prin poștă sau la adresa de e-mail "
             "ca-bacau-penal@just.ro, cu mențiunea numărului de dosar."])
    p.space(8)
    y0 = p.y
    p.line("PREȘEDINTE,", kind="b", x=30, advance=False)
    p.line("GREFIER,", kind="b", x=150)
    p.line("Judecător Grigore Mirela", x=30, advance=False, anchor="judge")
    p.line("Vasilache Ana", x=150, anchor="clerk")
    c.sign(p, "judge", "spiral", "ballpoint_blue2", w=42, h=15, dy=10, dx=-4)
    c.sign(p, "clerk", "initials", "ballpoint_black", w=22, h=11, dy=10)
    c.stampit(p, (104, y0 + 16), kind="double", top="ROMÂNIA • CURTEA DE APEL BACĂU", bottom="SECȚIA PENALĂ",
              arms=True, color="blue", size_mm=34, rotate=7)
    f = le("court", authority="Curtea de Apel Bacău", reference_date="2026-12-02", case_number="1450/32/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "telefoane.bc.shop"), sub("user_id", "33017712")],
           requested_data=["datele de identificare ale titularului contului",
                           "istoricul tranzacțiilor contului între 01.01.2025 și 31.12.2025"],
           period={"from": "2025-01-01", "to": "2025-12-31"}, response_channel="both",
           signatory="Judecător Grigore Mirela")
    acc = {"authority": ["Curtea de Apel Bacău - Secția penală și pentru cauze cu minori"],
           "signatory": ["Președinte Judecător Grigore Mirela"]}
    return [p], f, acc, ("Curtea de Apel Bacău, an appeal: the court's address after its încheiere (art. 170 by the "
                         "court); case, hearing term and date stacked right; lower-case ROMAN items; the president "
                         "and the clerk sign on the same line, the court's stamp between them; colour palette PNG; "
                         "a period of LAST year; answer by post or e-mail (both)")


def g_pca_tgmures_g3_standard_monospace_double_struck(c: Ctx):
    p = c.page(K.Style(family="mono", size=11, justify=False, indent=0))
    p.line(MP, kind="b")
    p.line("PARCHETUL DE PE LÂNGĂ CURTEA DE APEL TÂRGU MUREȘ", kind="b")
    p.line("Secția de urmărire penală și criminalistică")
    p.space(2)
    p.line("Nr. 1120/II/2/2026 din 03.12.2026")
    p.space(4)
    for ln in ["Către: OKAZII ONLINE S.R.L.", "       Centrul de prevenire a fraudelor - Dep. Juridic",
               "       Str. Frunzei nr. 29, sector 2, București"]:
        p.line(ln)
    p.space(4)
    body(p, ["În dosarul penal nr. 205/P/2026 al Parchetului de pe lângă Curtea de Apel Târgu Mureș, privind "
             "infracțiunea de înșelăciune în formă continuată, cu bilete la concerte vândute de mai multe ori "
             "prin platforma dumneavoastră, în temeiul art. 170 alin. (2) lit. b) C.pr.pen. vă solicităm să ne "
             "comunicați, pentru utilizatorul „bilete.concert.ms” (telefon 0740 600 212):",
             ("num", ["datele de identificare ale titularului contului;",
                      "lista biletelor vândute în perioada 01.05.2026 – 30.11.2026 și cumpărătorii acestora."]),
             "Răspunsul va fi transmis prin e-mail, la adresa pca.tgmures@mpublic.ro."])
    p.space(8)
    p.sigblock(["PROCUROR,", "Farcaș Dan-Horea"], name="sig", align="left", width_mm=70)
    c.sign(p, "sig_last", "steep", "ballpoint_black", w=40, h=16, dy=-8)
    c.stampit(p, "sig", dx=45, dy=0, kind="double", top="MINISTERUL PUBLIC • PARCHETUL DE PE LÂNGĂ",
              bottom="CURTEA DE APEL TÂRGU MUREȘ", arms=True, color="violet", size_mm=37, rotate=-4,
              double_strike=True)
    f = le("prosecutor", authority="Parchetul de pe lângă Curtea de Apel Târgu Mureș",
           reference_number="1120/II/2/2026", reference_date="2026-12-03", case_number="205/P/2026",
           legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "bilete.concert.ms"), sub("phone", "+40740600212")],
           requested_data=["datele de identificare ale titularului contului",
                           "lista biletelor vândute în perioada 01.05.2026 – 30.11.2026 și cumpărătorii acestora"],
           period={"from": "2026-05-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="pca.tgmures@mpublic.ro", signatory="Procuror Farcaș Dan-Horea")
    acc = {"authority": ["PCA Târgu Mureș"], "reference_number": ["1120"]}
    return [p], f, acc, ("the Târgu Mureș court of appeal's prosecutors' office by G3 STANDARD fax from its registry "
                         "number: a MONOSPACED typewriter layout, ragged right, the address block indented by "
                         "spaces; the signature block on the LEFT with the stamp to its right, struck TWICE")


def g_pj_bacau_colour_jpeg_300_deputy_chief_track_ring(c: Ctx):
    p = c.page(K.Style(family="dserif", size=11))
    heading(p, ["ROMÂNIA", MP, "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA BACĂU"],
            ["Nr. 6021/II/2/2026", "Bacău, 01.12.2026"], size=10)
    p.space(4)
    addressee(p, OUR, x=92)
    body(p, ["În dosarul penal nr. 7702/P/2026 al Parchetului de pe lângă Judecătoria Bacău, privind infracțiunea de "
             "înșelăciune, în completarea cererii formulate de organul de cercetare penală, în temeiul art. 170 "
             "alin. (2) lit. b) C.pr.pen., vă rugăm să ne comunicați, pentru utilizatorul cu ID 58213377:",
             ("bullet", ["copiile documentelor de identitate încărcate la verificarea contului;",
                         "datele de facturare declarate."]),
             "Documentele vor fi transmise prin poștă, la sediul Parchetului de pe lângă Judecătoria Bacău, str. "
             "Ștefan cel Mare nr. 4, în plic sigilat."])
    p.space(8)
    p.sigblock(["Prim-procuror adjunct,", "Pavel Mihaela"], name="sig")
    c.sign(p, "sig_last", "wave", "ballpoint_blue2", w=42, h=16, dy=-8)
    c.stampit(p, "sig", dx=-50, dy=2, kind="double", top="MINISTERUL PUBLIC • PARCHETUL DE PE LÂNGĂ",
              bottom="JUDECĂTORIA BACĂU", arms=True, color="violet", size_mm=36, rotate=9, ring_track=0.25)
    f = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Bacău", reference_number="6021/II/2/2026",
           reference_date="2026-12-01", case_number="7702/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "58213377")],
           requested_data=["copiile documentelor de identitate încărcate la verificarea contului",
                           "datele de facturare declarate"],
           response_channel="courier", signatory="Prim-procuror adjunct Pavel Mihaela")
    acc = {"authority": ["PJ Bacău"], "reference_number": ["6021"]}
    return [p], f, acc, ("PJ Bacău by post, colour JPEG at 300 dpi on yellowish paper; the same case and user id as a "
                         "police mail of this round (the prosecutor completes the police's request); '•' bullets; "
                         "signed by the DEPUTY chief prosecutor (prim-procuror adjunct); a violet ring with LETTER-"
                         "SPACED text; answer by post in a sealed envelope")


# ------------------------------------------------------------------ forged / defective (6)

def sticky_note(c, p, x, y, w=66.0, h=64.0):
    """A yellow removable note stuck on the page (paper, not ink): its box in mm is kept for the self-check."""
    p.d.rectangle([*p.px(x + 1.4, y + 1.8), *p.px(x + w + 1.4, y + h + 1.8)], fill=(196, 196, 190))
    p.d.rectangle([*p.px(x, y), *p.px(x + w, y + h)], fill=(252, 238, 126))
    p.d.rectangle([*p.px(x, y), *p.px(x + w, y + 11)], fill=(246, 229, 108))
    c.extra["note_box"] = [x, y, x + w, y + h]


def f_ink_on_a_sticky_note(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN BIHOR", "Serviciul de Investigații Criminale"],
            ["NESECRET", "Nr. 3.562.040", "Oradea, 03.12.2026"], size=10)
    p.space(3)
    addressee(p, OUR, x=92)
    body(p, ["În dosarul penal nr. 9120/P/2026 al Parchetului de pe lângă Judecătoria Oradea se efectuează cercetări "
             "pentru înșelăciune (art. 244 C.pen.) privind vânzarea unor console de jocuri care nu au fost livrate.",
             "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați, pentru utilizatorul cu ID "
             "47730219, datele de identificare, adresele de livrare folosite și plățile primite în perioada "
             "01.10.2026 – 02.12.2026.",
             "Răspunsul va fi transmis prin e-mail, la adresa sic@bh.politiaromana.ro."])
    p.space(6)
    p.sigblock(["Șef serviciu", "Comisar-șef de poliție", "Crișan Vlad"], name="sig")
    y = p.anchors["sig"][3] + 3  # stuck just under the (unsigned) signature block
    sticky_note(c, p, 118, y)
    hand(p, c.rng, ["Aprobat,"], 124, y + 14, size=14, pen="ballpoint_blue")
    c.sign(p, (154, y + 34), "flourish", "ballpoint_blue", w=40, h=15)
    c.stampit(p, (147, y + 45), kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE", bottom="I.P.J. BIHOR",
              arms=True, color="blue", size_mm=30, rotate=-11)
    f = ff("police", "9120/P/2026", urgent=False)
    return [p], f, None, ("ink_on_a_sticky_note: a complete IPJ Bihor letter by post whose signature block carries NO "
                          "ink; a yellow removable NOTE stuck over the block bears 'Aprobat,', a signature and the "
                          "stamp: the ink is on a piece of paper that can be peeled off one letter and stuck on "
                          "another, nothing on the letter itself is signed or stamped")


def f_fax_relayed_from_a_phone_fax_app(c: Ctx):
    p = c.page(K.Style(family="serif", size=11))
    heading(p, ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN BACĂU", "Serviciul de Investigații Criminale"],
            ["NESECRET", "Nr. 1.135.420", "Bacău, 03.12.2026"], size=10)
    p.space(3)
    addressee(p, OUR, x=92)
    body(p, ["În dosarul penal nr. 7955/P/2026 al Parchetului de pe lângă Judecătoria Bacău se efectuează cercetări "
             "pentru înșelăciune (art. 244 C.pen.) privind vânzarea de bijuterii din aur contrafăcute de către "
             "utilizatorul „bijuterii.aur.bc”.",
             "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați:",
             ("num", ["datele de identificare ale titularului contului și copia actului de identitate;",
                      "adresele de livrare și datele cumpărătorilor din perioada 01.09.2026 – 02.12.2026;",
                      "conturile bancare în care au fost încasate plățile."]),
             "Răspunsul va fi transmis prin e-mail, la adresa sic@bc.politiaromana.ro."])
    p.space(6)
    p.sigblock(["ȘEF SERVICIU", "Comisar-șef de poliție", "Tănase Ovidiu-Mihai"], name="sig")
    c.sign(p, "sig_last", "zigzag", "ballpoint_blue", w=44, h=15, dy=-7)
    c.stampit(p, "sig", dx=-50, dy=2, kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="I.P.J. BACĂU", arms=True, color="blue", size_mm=36, rotate=5)
    f = ff("police", "7955/P/2026", urgent=False)
    return [p], f, None, ("fax_relayed_from_a_phone_fax_app: the TIFF tag and the TOP header line name IPJ Bacău's "
                          "second registry fax, but right under it every page carries the header of an EARLIER "
                          "transmission from a mobile fax app (+40 771 305 662, the evening before): the registry's "
                          "machine only passed on a page that a private number had sent; signature and stamp are a "
                          "fax of a fax")


def f_prosecutor_orders_after_indictment(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", MP, "PARCHETUL DE PE LÂNGĂ TRIBUNALUL GALAȚI"], ["Dosar nr. 2480/P/2026"], size=10)
    p.space(2)
    p.line("ORDONANȚĂ", size=15, kind="b", align="center")
    p.line("Galați, 01.12.2026", align="center")
    p.space(3)
    body(p, ["Chiriac Mădălina, procuror în cadrul Parchetului de pe lângă Tribunalul Galați,",
             "Având în vedere că, prin rechizitoriul din 14.10.2026 emis în dosarul nr. 2480/P/2026, s-a dispus "
             "trimiterea în judecată a inculpatului Munteanu Vasile pentru săvârșirea infracțiunii de înșelăciune "
             "(art. 244 C.pen.), cauza fiind înregistrată pe rolul Tribunalului Galați sub nr. 3390/121/2026, și că "
             "este necesară completarea probatoriului cu privire la vânzările efectuate de inculpat prin contul "
             "„utilaje.agricole.gl”,",
             "În temeiul art. 170 alin. (2) lit. b) C.pr.pen.,"])
    p.line("DISPUN:", kind="b", align="center")
    body(p, ["S.C. OKAZII ONLINE S.R.L. va comunica, pentru contul „utilaje.agricole.gl”, datele de identificare ale "
             "titularului, lista vânzărilor din perioada 01.01.2026 – 30.11.2026 și datele cumpărătorilor, prin "
             "e-mail, la adresa pt.galati@mpublic.ro."])
    p.space(8)
    p.sigblock(["PROCUROR,", "Chiriac Mădălina"], name="sig")
    c.sign(p, "sig_last", "wave", "ballpoint_blue", w=40, h=15, dy=-8)
    c.stampit(p, "sig", dx=-50, dy=1, kind="double", top="MINISTERUL PUBLIC • PARCHETUL DE PE LÂNGĂ",
              bottom="TRIBUNALUL GALAȚI", arms=True, color="blue", size_mm=36, rotate=14)
    f = ff("prosecutor", "2480/P/2026", urgent=False)
    return [p], f, None, ("prosecutor_orders_after_indictment: from the Galați prosecutors' office's registry fax, "
                          "signed and stamped, an art. 170 ordonanță in a case the same ordonanță says was already "
                          "SENT TO COURT by indictment (rechizitoriu of 14.10.2026, on the tribunal's roll): once the "
                          "case is before the court, evidence is ordered by the court, not by the prosecutor "
                          "(art. 170 alin. (1): 'instanța de judecată'); only the law shows it")


def f_ridicare_after_the_preservation_term_expired(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", MP, "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SIBIU"], ["Dosar nr. 3980/P/2026"], size=10)
    p.space(2)
    p.line("ORDONANȚĂ", size=15, kind="b", align="center")
    p.line("Sibiu, 01.12.2026", align="center")
    p.space(3)
    body(p, ["Oprea Silvia, procuror în cadrul Parchetului de pe lângă Judecătoria Sibiu,",
             "Examinând actele dosarului penal nr. 3980/P/2026, privind infracțiunea de acces ilegal la un sistem "
             "informatic (art. 360 C.pen.),",
             "Constatând că, prin ordonanța din 10.08.2026, încuviințată de judecătorul de drepturi și libertăți din "
             "cadrul Judecătoriei Sibiu prin încheierea nr. 514/UP din 11.08.2026, s-a dispus conservarea imediată, "
             "pe o durată de 90 de zile, a datelor informatice privind contul „gaming.accounts.sb” deținute de "
             "S.C. OKAZII ONLINE S.R.L., măsură care nu a fost prelungită,",
             "În temeiul art. 154 alin. (7) C.pr.pen.,"])
    p.line("DISPUN:", kind="b", align="center")
    body(p, ["Ridicarea datelor conservate privind contul „gaming.accounts.sb”: datele de identificare ale "
             "titularului și istoricul tranzacțiilor din perioada 01.05.2026 – 10.08.2026, care vor fi predate pe "
             "suport optic, prin poștă, la sediul Parchetului de pe lângă Judecătoria Sibiu."])
    p.space(8)
    p.sigblock(["PROCUROR,", "Oprea Silvia"], name="sig")
    c.sign(p, "sig_last", "hook", "ballpoint_blue2", w=40, h=15, dy=-8)
    c.stampit(p, "sig", dx=-50, dy=1, kind="double", top="MINISTERUL PUBLIC • PARCHETUL DE PE LÂNGĂ",
              bottom="JUDECĂTORIA SIBIU", arms=True, color="violet", size_mm=36, rotate=-7)
    f = ff("prosecutor", "3980/P/2026", urgent=False)
    return [p], f, None, ("ridicare_after_the_preservation_term_expired: a signed and stamped PJ Sibiu ordonanță of "
                          "01.12.2026 ordering the 'ridicare' (art. 154 alin. (7)) of data preserved for 90 days from "
                          "10.08.2026 and never extended: the term ended about 08.11.2026 and art. 154 alin. (7) "
                          "allows the ridicare only within it; the preservation has lapsed and the order stands on "
                          "nothing (a production order would need its own basis); by post, grey JPEG")


def f_english_language_die(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ", "Serviciul de Investigații Criminale"],
            ["NESECRET", "Nr. 412.611", "Pitești, 03.12.2026"], size=10)
    p.space(3)
    addressee(p, OUR, x=92)
    body(p, ["În dosarul penal nr. 3451/P/2026 al Parchetului de pe lângă Judecătoria Pitești se efectuează "
             "cercetări pentru înșelăciune (art. 244 C.pen.) privind vânzarea unor camere de supraveghere care nu "
             "au fost livrate.",
             "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați, pentru utilizatorul cu adresa "
             "de e-mail camere.supraveghere.ag@gmail.com:",
             ("num", ["datele de identificare ale titularului contului;",
                      "comenzile primite în perioada 01.10.2026 – 02.12.2026 și plățile încasate."]),
             "Răspunsul va fi transmis prin e-mail, la adresa sic@ag.politiaromana.ro."])
    p.space(6)
    p.sigblock(["ȘEFUL SERVICIULUI", "Comisar-șef de poliție", "Dinu Marius-Constantin"], name="sig")
    c.sign(p, "sig_last", "upright", "ballpoint_blue", w=44, h=16, dy=-7)
    c.stampit(p, "sig", dx=-50, dy=3, kind="double", top="ROMANIAN POLICE • MINISTRY OF INTERNAL AFFAIRS",
              bottom="ARGES COUNTY POLICE", arms=True, color="blue", size_mm=37, rotate=10)
    f = ff("police", "3451/P/2026", urgent=False)
    return [p], f, None, ("english_language_die: a complete IPJ Argeș letter by post, signed, stamped with a round "
                          "die with arms whose ring reads in ENGLISH 'ROMANIAN POLICE • MINISTRY OF INTERNAL "
                          "AFFAIRS / ARGES COUNTY POLICE': Romanian public authorities' seals are in Romanian; a die "
                          "ordered from a stamp shop by someone who has seen police badges, not a seal")


def f_signed_in_pencil(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", MAI, "INSPECTORATUL DE POLIȚIE JUDEȚEAN GALAȚI", "Serviciul de Investigații Criminale"],
            ["NESECRET", "Nr. 624.388", "Galați, 04.12.2026"], size=10)
    p.space(3)
    addressee(p, OUR, x=92)
    body(p, ["În dosarul penal nr. 6188/P/2026 al Parchetului de pe lângă Judecătoria Galați se efectuează cercetări "
             "pentru înșelăciune (art. 244 C.pen.) privind vânzarea unor bilete de tren și de autocar false.",
             "În temeiul art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați, pentru utilizatorul "
             "„bilete.autocar.gl” (telefon 0758 003 417), datele de identificare ale titularului și tranzacțiile din "
             "perioada 01.11.2026 – 03.12.2026.",
             "Răspunsul va fi transmis prin e-mail, la adresa sic@gl.politiaromana.ro."])
    p.space(6)
    p.sigblock(["Șef serviciu,", "comisar-șef de poliție", "Grigoraș Cătălin"], name="sig")
    c.sign(p, "sig_last", "flourish", "pencil_grey", w=44, h=16, dy=-7)
    c.stampit(p, "sig", dx=-50, dy=2, kind="double", top="ROMÂNIA • MINISTERUL AFACERILOR INTERNE",
              bottom="I.P.J. GALAȚI", arms=True, color="blue", size_mm=36, rotate=-12)
    f = ff("police", "6188/P/2026", urgent=False)
    return [p], f, None, ("signed_in_pencil (DEFECTIVE): a complete IPJ Galați letter by post, stamped, whose only "
                          "signature is in GRAPHITE PENCIL (grey, grainy, erasable): a draft initialled for approval, "
                          "not a signed original; 'ink.signature' is true (a handwritten signature is drawn) but it is "
                          "no ink; 'incomplete' is a reasonable verdict")


# ------------------------------------------------------------------ other (6)

def c_handwritten_squared_paper_money_order_page2(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    K.ruled_paper(p, squares=True, color=(175, 200, 220), margin=False)
    lines = ["Stimată firmă Okazii,", "Subsemnata Popescu Maria din Vaslui vă scriu pentru",
             "că am cumpărat o mașină de cusut veche de la", "vânzătorul croitorie_veche, comanda 77288910,",
             "și am plătit 420 lei prin mandat poștal pe 16 noiembrie.", "Nu am primit nimic până azi, vânzătorul",
             "nu mai răspunde la telefon. Vă rog să mă ajutați", "să-mi recuperez banii. Vă trimit și chitanța.",
             "Cu respect, Popescu Maria, tel. 0735 221 904"]
    hand(p, c.rng, lines, 18, 34, size=15, pen="ballpoint_blue", line_mm=10.0)
    c.sign(p, (150, 132), "initials", "ballpoint_blue", w=28, h=12)
    q = c.page(K.Style(family="sans", size=10))
    q.space(20)
    q.box(20, 30, 190, 120)
    q.y = 34
    q.line("POȘTA ROMÂNĂ – MANDAT POȘTAL – RECIPISĂ DE DEPUNERE", kind="b", x=26)
    q.line("Nr. mandat: MP 0042 7781 305", x=26)
    q.line("Suma: 420,00 lei (patrusutedouăzeci lei)", x=26)
    q.line("Destinatar: Iacob Florin, Bârlad, jud. Vaslui", x=26)
    q.line("Expeditor: Popescu Maria, Vaslui", x=26)
    q.line("Data depunerii: 16.11.2026   Oficiul poștal Vaslui 1", x=26)
    c.stampit(q, (160, 95), kind="round", single=True, top="POȘTA ROMÂNĂ • VASLUI 1", center=["16 NOV 2026"],
              color="black", size_mm=28, rotate=-14, faint=0.8)
    f = {"complainant": "Popescu Maria", "transaction_id": "77288910", "counterparty": "croitorie_veche",
         "amount": amt("420.00"), "issue": "not_delivered", "contact": {"phone": "+40735221904"}}
    return [p, q], f, {"issue": ["no_answer"]}, ("a pensioner's HANDWRITTEN complaint on SQUARED paper, 2-page grey "
                                                 "TIFF: page 2 the post office's money-order receipt with its date "
                                                 "stamp (a stamp, not an authority's); not_delivered")


def c_our_printed_complaint_form_filled_by_hand(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    print_emblem(p, 30, 22, 14, color=(230, 120, 20), kind="logo", text="OK")
    p.y = 16
    p.line("OKAZII – FORMULAR DE RECLAMAȚIE", size=15, kind="b", x=45)
    p.line("Se completează de cumpărător și se trimite prin poștă sau prin e-mail", size=9, x=45)
    p.space(10)
    fields_ = [("Nume și prenume:", 42), ("Utilizator Okazii:", 58), ("Număr comandă:", 74), ("Vânzător:", 90),
               ("Suma plătită:", 106), ("Telefon:", 122)]
    for lab, y in fields_:
        p.y = y
        p.line(lab, kind="b", x=22)
        p.d.line([p.px(70, y + 5), p.px(188, y + 5)], fill=(120, 120, 120), width=2)
    p.y = 140
    p.line("Problema (bifați):", kind="b", x=22)
    for i, opt in enumerate(["[  ] Produsul nu a fost livrat", "[  ] Produsul nu corespunde descrierii",
                             "[  ] Produs deteriorat", "[  ] Altă problemă"]):
        p.y = 150 + i * 9
        p.line(opt, x=28)
    p.y = 190
    p.line("Am ales Garanția de Livrare:   [  ] DA    [  ] NU", x=22)
    p.y = 204
    p.line("Descriere:", kind="b", x=22)
    vals = ["Dobre Ionel", "ionel.dobre.57", "77355021", "scule.profi.ro", "890 lei", "0749 312 506"]
    for (lab, y), v in zip(fields_, vals):
        hand(p, c.rng, [v], 74, y - 2, size=14, pen="ballpoint_blue")
    hand(p, c.rng, ["X"], 30.0, 150.4, size=15, pen="ballpoint_blue")
    hand(p, c.rng, ["X"], 75.6, 190.4, size=15, pen="ballpoint_blue")
    hand(p, c.rng, ["Am plătit pe 12.11 o bormașină și un set de chei,", "nu am primit coletul, vânzătorul nu răspunde."],
         24, 212, size=13, pen="ballpoint_blue", line_mm=8.0)
    p.y = 240
    p.line("Data: 02.12.2026", x=22)
    p.line("Semnătura:", x=120)
    c.sign(p, (160, 250), "upright", "ballpoint_blue", w=36, h=13)
    f = {"complainant": "Dobre Ionel", "transaction_id": "77355021", "counterparty": "scule.profi.ro",
         "amount": amt("890.00"), "delivery_guarantee": True, "issue": "not_delivered",
         "contact": {"phone": "+40749312506"}}
    return [p], f, {"complainant": ["ionel.dobre.57"]}, ("our own printed complaint FORM filled in BY HAND "
                                                          "(fields, ticked boxes, Delivery Guarantee 'DA'), signed, "
                                                          "colour JPEG by post; not_delivered")


def m_typed_letter_with_photo_page(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    p.line("Neagu Bianca", x=22)
    p.line("Str. Florilor nr. 12, Craiova", x=22)
    p.line("bianca.neagu@yahoo.com", x=22)
    p.space(8)
    p.line("Către Okazii – Departamentul de mediere", kind="b", x=22)
    p.space(6)
    body(p, ["Subiect: comanda 77290318 – set de vase ceramice deteriorat",
             "Pe 25.11.2026 am primit setul de farfurii pictate de la vânzătorul ceramica.horezu.art, plătit cu 360 "
             "de lei. Două dintre cele șase farfurii au marginile ciobite, așa cum se vede în fotografiile de pe "
             "pagina a doua. Vânzătorul susține că au fost ambalate corect.",
             "Propun o soluție: vânzătorul să îmi returneze 120 de lei pentru cele două farfurii ciobite, iar eu "
             "păstrez setul. Dacă nu este de acord, vă rog să mediați returul întregului set.",
             "Vă mulțumesc."])
    p.space(6)
    p.line("Bianca Neagu", x=130, anchor="signame")
    c.sign(p, "signame", "lasso", "gel_violet", w=34, h=13, dy=-9)
    q = c.page(K.Style(family="sans", size=10))
    q.line("Anexă – fotografii (comanda 77290318)", kind="b", x=22)
    rng = random.Random("photos16")
    for i, (x, y) in enumerate([(22, 30), (112, 30), (22, 130), (112, 130)]):
        a, b = q.px(x, y), q.px(x + 80, y + 90)
        q.d.rectangle([*a, *b], fill=(200 + rng.randrange(30), 190 + rng.randrange(30), 170))
        cx, cy = q.px(x + 40, y + 45)
        r = q.px(32, 0)[0]
        q.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(235, 232, 225), outline=(40, 70, 150), width=6)
        if i % 2 == 0:
            q.d.polygon([(cx + r * 0.6, cy - r * 0.8), (cx + r * 0.95, cy - r * 0.4), (cx + r * 0.7, cy - r * 0.5)],
                        fill=(150, 140, 120))
    f = {"complainant": "Neagu Bianca", "transaction_id": "77290318", "counterparty": "ceramica.horezu.art",
         "amount": amt("360.00"), "issue": "damaged", "contact": {"email": "bianca.neagu@yahoo.com"}}
    return [p, q], f, {"complainant": ["Bianca Neagu"]}, ("a typed mediation letter, 2-page colour PDF: page 2 a "
                                                          "sheet of printed photos; chipped plates, a partial "
                                                          "refund proposed; damaged")


def s_notary_asks_heirs_procedure_round_arms_stamp(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["BIROUL INDIVIDUAL NOTARIAL", "BĂLAN CORINA – NOTAR PUBLIC", "Pitești, str. Armand Călinescu nr. 21"],
            ["Nr. 1.804", "01.12.2026"], size=10)
    p.space(4)
    addressee(p, OUR, x=92)
    body(p, ["În procedura succesorală nr. 214/2026, privind pe defunctul Stan Gheorghe, decedat la 03.09.2026, "
             "moștenitorii ne-au informat că acesta avea un cont de utilizator pe platforma dumneavoastră.",
             "Vă rugăm să ne comunicați procedura prin care moștenitorii pot solicita închiderea contului și ce "
             "documente sunt necesare în acest scop (certificat de moștenitor, act de identitate etc.). Nu solicităm "
             "date despre activitatea contului."])
    p.space(8)
    p.sigblock(["Notar public,", "Bălan Corina"], name="sig")
    c.sign(p, "sig_last", "spiral", "fountain_blue", w=40, h=15, dy=-8)
    c.stampit(p, "sig", dx=-50, dy=1, kind="double", top="ROMÂNIA • UNIUNEA NAȚIONALĂ A NOTARILOR PUBLICI",
              bottom="PITEȘTI", center=["NOTAR PUBLIC", "BĂLAN CORINA"], arms=True, color="blue", size_mm=34,
              rotate=6)
    f = {}
    return [p], f, None, ("a NOTARY asks how heirs can close a deceased user's account: a round stamp WITH ARMS and a "
                          "signature on an official-looking letter with a number, but no authority's request and no "
                          "data asked for (support)")


def s_postcard_photo_how_do_i_get_paid(c: Ctx):
    p = c.page(K.Style(family="serif", size=11))
    p.d.rectangle([0, 0, p.w, p.h], fill=(214, 206, 190))
    x0, y0, x1, y1 = 20, 70, 190, 190
    p.d.rectangle([*p.px(x0, y0), *p.px(x1, y1)], fill=(246, 242, 230), outline=(170, 160, 140), width=3)
    p.d.line([p.px(108, y0 + 10), p.px(108, y1 - 10)], fill=(150, 140, 120), width=3)
    p.d.rectangle([*p.px(x1 - 28, y0 + 6), *p.px(x1 - 8, y0 + 30)], fill=(190, 80, 70))
    p.y = y0 + 4
    p.line("CARTE POȘTALĂ", size=9, kind="b", x=x0 + 6)
    lines = ["Stimată firmă Okazii,", "am vândut pe site un", "aparat de radio vechi.", "Cum primesc banii?",
             "Nu am card la bancă.", "Cu respect,", "Tănăsescu Ion", "Rm. Vâlcea"]
    hand(p, c.rng, lines, x0 + 6, y0 + 14, size=13, pen="ballpoint_black", line_mm=11.0)
    for i, ln in enumerate(["OKAZII ONLINE S.R.L.", "Str. Frunzei nr. 29", "sector 2, București"]):
        hand(p, c.rng, [ln], 114, y0 + 60 + i * 12, size=12, pen="ballpoint_black")
    c.stampit(p, (x1 - 30, y0 + 26), kind="round", single=True, top="RÂMNICU VÂLCEA 1", center=["27.11.2026"],
              color="black", size_mm=24, rotate=18, faint=0.8)
    f = {}
    return [p], f, None, ("a handwritten POSTCARD (phone photo of the card on the mailroom's desk) from an elderly "
                          "seller asking how he gets paid without a bank card; the post office's date stamp")


def u_courier_greeting_card_printed_with_ink_signature(c: Ctx):
    p = c.page(K.Style(family="serif", size=13))
    p.d.rectangle([*p.px(15, 15), *p.px(195, 282)], outline=(160, 30, 40), width=8)
    rng = random.Random("flakes")
    for _ in range(60):
        x, y = rng.uniform(25, 185), rng.uniform(25, 90)
        r = p.px(rng.uniform(0.8, 2.2), 0)[0]
        X, Y = p.px(x, y)
        p.d.ellipse([X - r, Y - r, X + r, Y + r], fill=(170, 190, 220))
    p.y = 100
    p.line("Sărbători fericite!", size=30, kind="b", align="center", color=(160, 30, 40))
    p.space(6)
    p.para("Echipa Curier Rapid Carpați vă mulțumește pentru colaborarea din 2026 și vă urează un Crăciun liniștit "
           "și un An Nou cu sănătate și succes!", size=14, indent=0, justify=False, x=35, right=35)
    p.space(12)
    p.line("Cu prietenie,", align="center")
    p.line("Adina Mureșan, account manager", align="center", anchor="am")
    c.sign(p, "am", "bigloop", "gel_violet", w=40, h=15, dy=-14, dx=22)
    return [p], {}, None, ("a courier company's printed Christmas card with an account manager's INK signature: "
                           "ink, no stamp, nothing asked (unknown)")


def print_emblem(*a, **kw):
    return K.print_emblem(*a, **kw)


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
    (g_ipj_ag_g3_standard_overinked_blue_arms, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 248 577 131", "+40 248 577 131", "02-DEC-2026 11:26  IPJ ARGES SIC  +40 248 577 131  P.{p}",
         fine=False, comp="group3")),
    (g_buhusi_town_police_colour_jpeg_violet_single_smeared, "le_gen", "law_enforcement", True, "verified",
     post("jpg", 200, color=True, skew=0.7, quality=64)),
    (g_ipj_ms_two_page_grey_pdf_orders_table_faded_stamp, "le_gen", "law_enforcement", True, "verified",
     post("pdf", 200, color=False, skew=-0.5)),
    (g_medias_registered_unit_g4_fine_numbered_stamp, "le_gen", "law_enforcement", True, "verified",
     fax(269, "POLITIA MEDIAS 0269577309", "+40 269 577 309", "30/11/2026 14:08  POLITIA MEDIAS  0269577309  PAG {p}",
         fine=True, comp="group4")),
    (g_ipj_gl_bilevel_g4_300dpi_chief_and_drafter_initials, "le_gen", "law_enforcement", True, "verified",
     post("tifbw", 300, color=False, skew=0.4)),
    (g_beius_two_page_colour_pdf_initials_p1_serif_ring, "le_gen", "law_enforcement", True, "verified",
     post("pdf", 200, color=True, skew=0.9)),
    (g_itpf_galati_g3_fine_dithered_dashed_ring_ukrainian_phone, "le_gen", "law_enforcement", True, "verified",
     fax(315, "ITPF GALATI +40236577309", "+40 236 577 309", "DEC-01-2026 10:44 ITPF GALATI 40236577309 P.{p}",
         fine=True, comp="group3", dither=True)),
    (g_diicot_st_bacau_fax_cover_sheet_then_ordonanta, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 234 577 609", "+40 234 577 609", "02-DEC-2026 16:51  DIICOT ST BACAU  +40 234 577 609  P.{p}")),
    (g_dna_st_tgmures_grey_png_big_skew_upside_down_stamp, "le_gen", "law_enforcement", True, "verified",
     post("png", 300, color=False, skew=-2.6)),
    (g_ca_bacau_png_colour_judge_and_clerk_stamp_between, "le_gen", "law_enforcement", True, "verified",
     post("png", 200, color=True, skew=0.3)),
    (g_pca_tgmures_g3_standard_monospace_double_struck, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 265 577 610", "+40 265 577 610", "03-12-2026 12:17  PCA TG MURES  +40265577610  P.{p}",
         fine=False, comp="group3")),
    (g_pj_bacau_colour_jpeg_300_deputy_chief_track_ring, "le_gen", "law_enforcement", True, "verified",
     post("jpg", 300, color=True, skew=-1.1, quality=66, tone="yellow")),
    (f_ink_on_a_sticky_note, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 200, color=True, skew=0.6, quality=64)),
    (f_fax_relayed_from_a_phone_fax_app, "le_forged", "law_enforcement", False, "not_verified",
     dict(fax(270, "+40 234 577 142", "+40 234 577 142", "04-DEC-2026 08:02  IPJ BACAU REG  +40 234 577 142  P.{p}",
              comp="group3"),
          relay_headers=["03/12/2026 21:14  FaxFree App  +40 771 305 662  Pg {p}"])),
    (f_prosecutor_orders_after_indictment, "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 236 577 610", "+40 236 577 610", "01-DEC-2026 15:33  PT GALATI  +40 236 577 610  P.{p}")),
    (f_ridicare_after_the_preservation_term_expired, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 200, color=False, skew=-0.9, quality=60)),
    (f_english_language_die, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 200, color=True, skew=0.4, quality=65)),
    (f_signed_in_pencil, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 200, color=True, skew=-0.6, quality=66)),
    (c_handwritten_squared_paper_money_order_page2, "other", "complaint", None, None,
     post("tif", 200, color=False, skew=0.8)),
    (c_our_printed_complaint_form_filled_by_hand, "other", "complaint", None, None,
     post("jpg", 200, color=True, skew=-0.7, quality=62)),
    (m_typed_letter_with_photo_page, "other", "mediation", None, None, post("pdf", 200, color=True, skew=0.5)),
    (s_notary_asks_heirs_procedure_round_arms_stamp, "other", "support", None, None,
     post("jpg", 200, color=True, skew=0.9, quality=63)),
    (s_postcard_photo_how_do_i_get_paid, "other", "support", None, None, post("photo", 200, photo_w=1400)),
    (u_courier_greeting_card_printed_with_ink_signature, "other", "unknown", None, None,
     post("jpg", 200, color=True, skew=-0.3, quality=62)),
]

def write_fax(pages, path, ch, rng):
    frames = []
    n = len(pages)
    for i, im in enumerate(pages):
        hdr = (ch["headers"][i] if ch.get("headers") else ch["header"]).replace("{p}", f"{i + 1}/{n}")
        if ch.get("relay_headers"):  # round 16: the page was faxed once already; its first header stays under ours
            inner = ch["relay_headers"][i % len(ch["relay_headers"])].replace("{p}", f"{i + 1}/{n}")
            first = K.fax_page(im, rng, inner, fine=True, noise=0.0009, threshold=140)
            g = Image.new("L", first.size, 255)
            g.paste(first.convert("L").crop((0, 0, first.width, first.height - 46)), (0, 46))
            im = g.convert("RGB")
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
    elif tone == "yellow" and a.ndim == 3:  # round 16: yellowish office paper
        a = a * np.array([1.0, 0.975, 0.88], np.float32)
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
    srng = random.Random(SEED + 1)  # round 16: 20261651
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
                                 "fax_headers": ch.get("headers"), "relay_headers": ch.get("relay_headers"),
                                 "pens": c.pens, "extra": c.extra,
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
