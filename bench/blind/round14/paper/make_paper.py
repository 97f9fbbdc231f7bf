"""Blind round 14, paper half: scanned post and faxes, with ink truth and where the ink is.

Run:  .venv/bin/python bench/blind/round14/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for ../selfcheck.py).
The helpers (RecPage, Ctx, heading, addressee, e164, iban, le, sub, ff, body, fax, post, write_fax, write_post, main)
are round 13's, copied as tools (write_fax takes a speckle level; write_post a dark or light tone; the pasted-rectangle
and edge-shadow options are gone); new helpers: hand (handwritten text that is no signature), reg_box (a rectangular
registration stamp filled by hand) and envelope (the envelope scanned as page 1). The letters and ITEMS are new.
Deterministic (seed 20261450). The authorities and their fax numbers are the world's (../world/authorities.json).
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

SEED = 20261450
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


# ------------------------------------------------------------------ genuine (12)

def g_sighet_police_g3_standard_handfilled_reg_box(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ",
                "POLIȚIA MUNICIPIULUI SIGHETU MARMAȚIEI"], [])
    reg_box(c, p, 128, 18, ["I.P.J. MARAMUREȘ", "POLIȚIA MUN. SIGHETU MARMAȚIEI"], "48.213", "03.12.2026",
            color="violet", pen="ballpoint_blue", w=66, h=24)
    p.space(8)
    addressee(p, OUR)
    p.line("A D R E S Ă", kind="b", align="center", size=13)
    p.space(2)
    body(p, ["Poliția Municipiului Sighetu Marmației efectuează cercetări în dosarul penal nr. 2741/P/2026, "
             "privind săvârșirea infracțiunii de înșelăciune, constând în încasarea unor avansuri pentru lemne de "
             "foc care nu au fost livrate.",
             "În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, "
             "pentru utilizatorul lemne_sighet, care a folosit numărul de telefon 0762 118 905:",
             ("num", ["datele de identificare ale titularului contului;",
                      "anunțurile publicate în perioada 01.10.2026 – 30.11.2026;",
                      "conturile bancare comunicate cumpărătorilor pentru plata avansului."]),
             "Răspunsul va fi transmis pe adresa de e-mail politia.sighet@mm.politiaromana.ro, cu mențiunea "
             "numărului de înregistrare de mai sus."])
    p.space(9)
    p.sigblock(["ȘEFUL POLIȚIEI MUNICIPIULUI", "Comisar-șef de poliție", "Berinde Vasile"], name="sig")
    c.sign(p, "sig_last", "flourish", "ballpoint_blue", w=52, h=17, dx=4, dy=-3)
    c.stampit(p, "sig", dx=-42, dy=3, kind="double", top="ROMÂNIA * MINISTERUL AFACERILOR INTERNE * I.P.J. MARAMUREȘ",
              bottom="SIGHETU MARMAȚIEI", arms=True, color="blue", size_mm=38, rotate=-8)
    f = le("police", authority="Poliția Municipiului Sighetu Marmației", reference_number="48.213",
           reference_date="2026-12-03", case_number="2741/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "lemne_sighet"), sub("phone", "+40762118905")],
           requested_data=["datele de identificare ale titularului contului",
                           "anunțurile publicate în perioada 01.10.2026 – 30.11.2026",
                           "conturile bancare comunicate cumpărătorilor pentru plata avansului"],
           period={"from": "2026-10-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="politia.sighet@mm.politiaromana.ro", signatory="Comisar-șef de poliție Berinde Vasile")
    acc = {"authority": ["Inspectoratul de Poliție Județean Maramureș", "IPJ Maramureș"], "reference_number": ["48213"]}
    return [p], f, acc, ("a town police of IPJ Maramureș (unit not in the registry); G3 STANDARD fax (98 lpi); its "
                         "number and date exist ONLY as HANDWRITING inside a violet rectangular registration stamp "
                         "(\"Nr. înregistrare … / Data …\"); a long flourish crossing the typed name; a blue double "
                         "ring with the arms left of the block, ring text with abbreviations")


def g_itpf_sighet_oval_g4_orders_table_iban(c: Ctx):
    p = c.page(K.Style(family="sans", size=11, margin_l=22))
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ",
                "INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ", "SIGHETU MARMAȚIEI"],
            ["NESECRET", "Sighetu Marmației", "Nr. 907.144/S.I.C.T.", "din 02.12.2026"], size=10)
    p.space(3)
    addressee(p, OUR, x=92)
    body(p, ["În dosarul penal nr. 233/P/2026 al Parchetului de pe lângă Tribunalul Maramureș, privind "
             "infracțiunea de contrabandă cu țigarete, I.T.P.F. Sighetu Marmației a identificat următoarele comenzi "
             "plasate prin platforma dumneavoastră, achitate în contul RO76 BTRL 0250 1202 9115 4409:"])
    p.table([["Nr. comandă", "Data", "Suma (lei)"], ["2208114590", "02.11.2026", "1.180,00"],
             ["2208559013", "09.11.2026", "2.450,00"], ["2209004127", "21.11.2026", "960,00"]], [48, 40, 40], x=40)
    body(p, ["În baza art. 170 alin. (2) lit. b) C.p.p., vă rugăm să ne comunicați, cu privire la vânzătorul "
             "ukr_transport_sm și la comenzile de mai sus:",
             ("let", ["datele de identificare ale titularului contului de vânzător;",
                      "adresele de livrare și datele cumpărătorilor;",
                      "istoricul încasărilor în contul bancar menționat."]),
             "Răspunsul se va transmite prin poștă sau curier, la sediul I.T.P.F. Sighetu Marmației, Str. Avram "
             "Iancu nr. 2, Sighetu Marmației, jud. Maramureș."])
    p.space(8)
    p.sigblock(["INSPECTOR ȘEF", "Comisar-șef de poliție", "Mihali Gheorghe"], name="sig")
    c.sign(p, "sig_last", "steep", "ballpoint_black", w=38, h=18, dy=-6)
    c.stampit(p, "sig", dx=-48, dy=0, kind="oval", top="POLIȚIA DE FRONTIERĂ ROMÂNĂ",
              bottom="I.T.P.F. SIGHETU MARMAȚIEI", center=["M.A.I."], color="violet", size_mm=30, aspect=1.45,
              rotate=4)
    iban_ = "RO76 BTRL 0250 1202 9115 4409"
    assert iban_ == iban("BTRL", "0250120291154409"), iban("BTRL", "0250120291154409")
    f = le("police", authority="Inspectoratul Teritorial al Poliției de Frontieră Sighetu Marmației",
           reference_number="907.144/S.I.C.T.", reference_date="2026-12-02", case_number="233/P/2026",
           legal_basis=["art. 170 CPP"], subjects=[sub("username", "ukr_transport_sm"), sub("iban", iban_)],
           transactions=["2208114590", "2208559013", "2209004127"],
           requested_data=["datele de identificare ale titularului contului de vânzător",
                           "adresele de livrare și datele cumpărătorilor",
                           "istoricul încasărilor în contul bancar menționat"],
           response_channel="courier",
           reply_to="Str. Avram Iancu nr. 2, Sighetu Marmației, jud. Maramureș",
           signatory="Comisar-șef de poliție Mihali Gheorghe")
    acc = {"authority": ["ITPF Sighetu Marmației", "I.T.P.F. Sighetu Marmației",
                         "Inspectoratul General al Poliției de Frontieră"],
           "reference_number": ["907144/S.I.C.T.", "907.144", "907144"]}
    return [p], f, acc, ("a Border Police territorial inspectorate (a registry UNIT with no domain, its own fax); G4 "
                         "fine; number and date in the right column over two lines; three orders in a TABLE with "
                         "amounts; an IBAN in a sentence; a violet OVAL stamp left of the block; a steep black hand")


def g_diicot_st_brasov_ordonanta_two_pages_red_star(c: Ctx):
    st = K.Style(family="dserif", size=11, margin_l=24)
    p = c.page(st)
    for s in ["MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
              "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR", "DE CRIMINALITATE ORGANIZATĂ ȘI TERORISM",
              "SERVICIUL TERITORIAL BRAȘOV"]:
        p.line(s, kind="b", align="center", size=10)
    p.space(3)
    p.line("Dosar nr. 412/D/P/2026", kind="b")
    p.space(2)
    p.line("O R D O N A N Ț Ă", kind="b", align="center", size=13)
    p.line("04 decembrie 2026", align="center")
    p.space(3)
    body(p, ["Cîmpeanu Radu-Ștefan, procuror în cadrul D.I.I.C.O.T. – Serviciul Teritorial Brașov,",
             "Examinând actele dosarului penal nr. 412/D/P/2026, privind infracțiunile de constituire a unui grup "
             "infracțional organizat și spălare a banilor, constat că activitatea suspecților s-a desfășurat și prin "
             "conturile bv_crypto_otc și schimb.valutar.bv ale platformei S.C. OKAZII ONLINE S.R.L., prin care s-au "
             "oferit servicii de schimb valutar și de monedă virtuală fără autorizare.",
             "Întrucât sunt necesare doar date referitoare la utilizatori, altele decât datele de trafic sau de "
             "conținut, în temeiul art. 170 alin. (2) lit. b) și alin. (3) din Codul de procedură penală,"])
    p.line("D I S P U N:", kind="b", align="center")
    p.space(1.5)
    body(p, ["S.C. OKAZII ONLINE S.R.L. va comunica, în termen de 5 zile de la primire:"])
    p.items(["datele de identificare ale titularilor conturilor bv_crypto_otc și schimb.valutar.bv:"], style="num")
    p.items(["nume, prenume și data nașterii, dacă au fost declarate;", "adresele de domiciliu și de livrare;"],
            style="let", x=st.margin_l + 14)
    p.items(["numerele de telefon și adresele de e-mail asociate conturilor;"], style="num", start=2)
    p.y = 281
    p.line("1/2", align="center", size=9)
    q = c.page(st)
    q.line("Dosar nr. 412/D/P/2026 – ordonanța din 04.12.2026 (continuare)", size=9, kind="i")
    q.space(3)
    q.items(["datele de facturare și instrumentele de plată asociate conturilor (conturi bancare, ultimele 4 cifre "
             "ale cardurilor);", "data creării conturilor."], style="num", start=3)
    q.space(1)
    body(q, ["Datele se transmit electronic, la adresa st.brasov@diicot.ro, sau prin curier, la sediul Serviciului "
             "Teritorial Brașov, Bd. 15 Noiembrie nr. 45, Brașov, în condiții de confidențialitate.",
             "Prezenta ordonanță se comunică S.C. OKAZII ONLINE S.R.L."])
    q.space(10)
    q.sigblock(["PROCUROR,", "Cîmpeanu Radu-Ștefan"], name="sig")
    c.sign(q, "sig_last", "lasso", "fountain_blue", w=50, h=20, dx=-2, dy=-9)
    c.stampit(q, "sig", dx=-48, dy=2, kind="round", top="MINISTERUL PUBLIC * D.I.I.C.O.T.", star=True,
              center=["SERVICIUL", "TERITORIAL", "BRAȘOV"], color="red", size_mm=36, rotate=-14)
    q.y = 281
    q.line("2/2", align="center", size=9)
    f = le("prosecutor",
           authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – "
                     "Serviciul Teritorial Brașov",
           reference_date="2026-12-04", case_number="412/D/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "bv_crypto_otc"), sub("username", "schimb.valutar.bv")],
           requested_data=["datele de identificare ale titularilor conturilor bv_crypto_otc și schimb.valutar.bv",
                           "numerele de telefon și adresele de e-mail asociate conturilor",
                           "datele de facturare și instrumentele de plată asociate conturilor (conturi bancare, "
                           "ultimele 4 cifre ale cardurilor)", "data creării conturilor"],
           response_channel="both", signatory="Procuror Cîmpeanu Radu-Ștefan")
    acc = {"authority": ["DIICOT - Serviciul Teritorial Brașov", "DIICOT ST Brașov", "Serviciul Teritorial Brașov",
                         "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"]}
    return [p, q], f, acc, (
        "DIICOT's Brașov service (registry unit, paper only); a 2-page colour ordonanță by post; the numbered list "
        "with lettered sub-items runs ACROSS THE PAGE BREAK; ink (a fountain-pen lasso and a RED round stamp with a "
        "star) on page 2 ONLY; \"1/2\", \"2/2\"; subscriber data only, after the judge refused traffic data in the "
        "same case (the sealed rejection in this round's mail); e-mail or courier (reply_to unscored); "
        "reference_number unscored (case file only)")


def g_tribunal_brasov_certified_extract_clerk_png300(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5, margin_l=24))
    heading(p, ["ROMÂNIA", "TRIBUNALUL BRAȘOV", "SECȚIA PENALĂ"], ["Dosar nr. 2306/62/2026",
                                                                "Comunicare nr. 41.601 din 27.11.2026"], size=11)
    p.space(2)
    addressee(p, OUR, x=100)
    p.line("EXTRAS", kind="b", align="center", size=13)
    p.line("din încheierea de ședință din data de 25 noiembrie 2026", align="center")
    p.space(3)
    body(p, ["Tribunalul, în cauza penală privind pe inculpații C.R. și M.T., trimiși în judecată pentru săvârșirea "
             "infracțiunilor de înșelăciune și fals informatic, în temeiul art. 170 alin. (2) lit. b) din Codul de "
             "procedură penală,"])
    p.line("DISPUNE:", kind="b", align="center")
    p.space(1)
    body(p, ["Obligă S.C. OKAZII ONLINE S.R.L. să comunice instanței, până la termenul din 20.01.2027, cu privire la "
             "contul rent_car_poiana (adresa de e-mail rentcar.poiana@yahoo.com):",
             ("paren", ["datele de identificare ale titularului contului și data înregistrării;",
                        "anunțurile de închiriere auto publicate în perioada 01.06.2026 – 30.09.2026;",
                        "plățile primite prin platformă și conturile în care au fost virate."]),
             "Relațiile se vor comunica prin poștă, la sediul Tribunalului Brașov, Bd. Eroilor nr. 5, Brașov, cu "
             "mențiunea numărului de dosar."])
    p.space(3)
    p.cols(["PREȘEDINTE,", "(ss) Judecător Avram Sorina"], ["GREFIER,", "(ss) Neagu Diana"], size=11,
           kind_l=["b", ""], kind_r="")
    p.space(8)
    p.sigblock(["Pentru conformitate,", "Grefier,", "Neagu Diana"], name="sig", align="right")
    c.sign(p, "sig_last", "wave", "ballpoint_blue2", w=40, h=14, dy=-6)
    c.stampit(p, "sig", dx=-44, dy=4, kind="double", top="ROMÂNIA * TRIBUNALUL BRAȘOV", bottom="SECȚIA PENALĂ",
              arms=True, color="blue", size_mm=36, rotate=20)
    f = le("court", authority="Tribunalul Brașov", reference_number="41.601", reference_date="2026-11-27",
           case_number="2306/62/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "rent_car_poiana"), sub("email", "rentcar.poiana@yahoo.com")],
           requested_data=["datele de identificare ale titularului contului și data înregistrării",
                           "anunțurile de închiriere auto publicate în perioada 01.06.2026 – 30.09.2026",
                           "plățile primite prin platformă și conturile în care au fost virate"],
           period={"from": "2026-06-01", "to": "2026-09-30"}, response_channel="courier",
           reply_to="Bd. Eroilor nr. 5, Brașov", signatory="Judecător Avram Sorina")
    acc = {"authority": ["Tribunalul Brașov - Secția penală"], "reference_number": ["41601"],
           "signatory": ["Grefier Neagu Diana"], "reference_date": ["2026-11-25"]}
    return [p], f, acc, ("a trial court's order communicated the way courts do: an EXTRACT of the hearing's încheiere "
                         "with \"(ss)\" typed for judge and clerk, certified \"Pentru conformitate\" by the CLERK, whose "
                         "ink signature and the court's stamp are the marks; grey PNG at 300 dpi; the order is the "
                         "judge's (the clerk's name accepted as signatory)")


def g_jud_ploiesti_phone_photo_red_stamp_over_signature(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    p.line("ROMÂNIA", kind="b", align="center")
    p.line("JUDECĂTORIA PLOIEȘTI", kind="b", align="center")
    p.line("SECȚIA PENALĂ", kind="b", align="center")
    p.space(3)
    p.line("Dosar nr. 9981/281/2026", kind="b")
    p.line("Nr. 59.122 din 03.12.2026")
    p.space(3)
    addressee(p, OUR, x=90)
    body(p, ["Vă comunicăm că, în dosarul de mai sus, aflat în faza de judecată, instanța a dispus, în temeiul "
             "art. 170 alin. (2) lit. b) din Codul de procedură penală, să ne comunicați, cu privire la titularul "
             "numărului de telefon +40 (0)726 441 902, folosit ca număr de contact în anunțurile contului "
             "case_vacanta_valea_prahovei, următoarele:",
             ("dash", ["identitatea titularului contului și adresa declarată;",
                       "anunțurile de închiriere publicate în anul 2026 și datele publicării;",
                       "sumele plătite prin platformă de persoanele vătămate."]),
             "Răspunsul se va transmite pe adresa de e-mail jud-ploiesti-penal@just.ro."])
    p.space(10)
    p.sigblock(["JUDECĂTOR,", "Dumitrescu Raluca-Maria"], name="sig")
    c.sign(p, "sig_last", "bigloop", "ballpoint_blue", w=44, h=18, dy=-8)
    c.stampit(p, "sig_last", dx=-4, dy=-4, kind="double", top="ROMÂNIA * JUDECĂTORIA PLOIEȘTI", bottom="PENAL",
              arms=True, color="red", size_mm=34, rotate=-25)
    f = le("court", authority="Judecătoria Ploiești", reference_number="59.122", reference_date="2026-12-03",
           case_number="9981/281/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("phone", "+40726441902"), sub("username", "case_vacanta_valea_prahovei")],
           requested_data=["identitatea titularului contului și adresa declarată",
                           "anunțurile de închiriere publicate în anul 2026 și datele publicării",
                           "sumele plătite prin platformă de persoanele vătămate"],
           response_channel="electronic", reply_to="jud-ploiesti-penal@just.ro",
           signatory="Judecător Dumitrescu Raluca-Maria")
    acc = {"reference_number": ["59122"], "authority": ["Judecătoria Ploiești - Secția penală"]}
    return [p], f, acc, ("a court letter PHOTOGRAPHED by phone on a table (perspective, shade); phone written "
                         "+40 (0)726 441 902; a RED double ring struck right over the signature and the name; "
                         "en-dash list")


def g_ptph_deputy_p_prim_procuror_oval_ls_g3_dithered(c: Ctx):
    p = c.page(K.Style(family="mono", size=11, margin_l=22, justify=False))
    for s in ["R O M Â N I A", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA"]:
        p.line(s, kind="b")
    p.line("Nr. 2104/II/2/2026                 Ploiești, 03.12.2026")
    p.space(4)
    addressee(p, OUR, x=70)
    p.line("ADRESĂ", kind="b", align="center")
    p.space(2)
    body(p, ["În dosarul penal nr. 517/P/2026, privind infracțiunea de înșelăciune în formă continuată "
             "(vânzarea online de autoturisme cu kilometraj modificat), în temeiul art. 170 alin. (2) lit. b) "
             "din Codul de procedură penală, vă solicităm să comunicați, pentru contul asociat adresei "
             "rares.auto.ph@gmail.com și pentru contul bancar RO36 INGB 0000 9999 0418 5522 indicat în anunțuri:",
             ("letdot", ["datele de identificare ale titularului contului;",
                         "lista autoturismelor vândute prin platformă în anul 2026;",
                         "cumpărătorii care au plătit avans prin platformă."]),
             "Răspunsul se va transmite pe adresa de e-mail ptph@mpublic.ro."], size=11)
    p.space(6)
    p.sigblock(["p. PRIM-PROCUROR,", "Prim-procuror adjunct", "Ilie Sorin"], name="sig")
    p.line("L.S.", x=48, size=11)
    c.sign(p, "sig_last", "hook", "ballpoint_blue", w=54, h=21, dx=4, dy=-9)
    c.stampit(p, "sig", dx=-58, dy=6, kind="oval", top="MINISTERUL PUBLIC * PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA",
              center=["PLOIEȘTI"], color="violet", size_mm=30, aspect=1.5, rotate=-6)
    iban_ = "RO36 INGB 0000 9999 0418 5522"
    assert iban_ == iban("INGB", "0000999904185522"), iban("INGB", "0000999904185522")
    f = le("prosecutor", authority="Parchetul de pe lângă Tribunalul Prahova", reference_number="2104/II/2/2026",
           reference_date="2026-12-03", case_number="517/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "rares.auto.ph@gmail.com"), sub("iban", iban_)],
           requested_data=["datele de identificare ale titularului contului",
                           "lista autoturismelor vândute prin platformă în anul 2026",
                           "cumpărătorii care au plătit avans prin platformă"],
           response_channel="electronic", reply_to="ptph@mpublic.ro", signatory="Prim-procuror adjunct Ilie Sorin")
    acc = {"signatory": ["p. Prim-procuror Prim-procuror adjunct Ilie Sorin", "Ilie Sorin"]}
    return [p], f, acc, ("a tribunal's prosecutors' office, monospaced letter, DITHERED G3 fine fax from its SECOND "
                         "registry fax; the DEPUTY signs \"p. PRIM-PROCUROR\"; \"L.S.\" printed at the left and the "
                         "violet OVAL stamp struck near it; an e-mail and an IBAN as the identifiers")


def g_campina_no_diacritics_rotated_270_black_ring(c: Ctx):
    p = c.page(K.Style(family="sans", size=11.5))
    heading(p, ["ROMANIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLITIE JUDETEAN PRAHOVA",
                "POLITIA MUNICIPIULUI CAMPINA"], ["Nr. 312.904", "din 02.12.2026"], size=10.5)
    p.space(3)
    addressee(p, OUR_NODIA, x=92)
    p.line("ADRESA", kind="b", align="center")
    p.space(2)
    body(p, ["Politia Municipiului Campina efectueaza cercetari in dosarul penal nr. 1187/P/2026 al Parchetului de "
             "pe langa Judecatoria Campina, privind infractiunea de inselaciune savarsita prin vanzarea online a unor "
             "centrale termice.",
             "Persoanele vatamate au achitat avansuri in contul RO35 RNCB 0105 0007 3319 0001, indicat de "
             "utilizatorul termo_instal_campina.",
             "In temeiul art. 170 alin. 2 lit. b C.p.p., va rugam sa ne comunicati:",
             ("num", ["datele de identificare ale titularului contului termo_instal_campina;",
                      "anunturile publicate in perioada 01.08.2026 - 30.11.2026;",
                      "comenzile si platile primite in aceeasi perioada."]),
             "Raspunsul va fi transmis electronic, pe adresa politia.campina@ph.politiaromana.ro."])
    p.space(8)
    p.sigblock(["SEF POLITIE", "Comisar-sef de politie", "Diaconu Marian"], name="sig")
    c.sign(p, "sig_last", "coil", "rollerball_blue", w=44, h=16, dy=-7)
    c.stampit(p, "sig", dx=46, dy=-2, kind="double", top="ROMANIA * M.A.I. * I.P.J. PRAHOVA",
              bottom="POLITIA MUN. CAMPINA", arms=True, color="black", size_mm=35, rotate=30)
    iban_ = "RO35 RNCB 0105 0007 3319 0001"
    assert iban_ == iban("RNCB", "0105000733190001"), iban("RNCB", "0105000733190001")
    f = le("police", authority="Politia Municipiului Campina", reference_number="312.904",
           reference_date="2026-12-02", case_number="1187/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("iban", iban_), sub("username", "termo_instal_campina")],
           requested_data=["datele de identificare ale titularului contului termo_instal_campina",
                           "anunturile publicate in perioada 01.08.2026 - 30.11.2026",
                           "comenzile si platile primite in aceeasi perioada"],
           period={"from": "2026-08-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="politia.campina@ph.politiaromana.ro", signatory="Comisar-sef de politie Diaconu Marian")
    acc = {"authority": ["Poliția Municipiului Câmpina", "Inspectoratul de Poliție Județean Prahova", "IPJ Prahova"],
           "reference_number": ["312904"]}
    return [p], f, acc, ("a town police of IPJ Prahova (unit not in the registry); typed WITHOUT diacritics; colour "
                         "JPEG scanned ON ITS SIDE (rotated 270°, landscape); a BLACK double ring with arms struck to "
                         "the right of the name; rollerball coil; IBAN in a sentence")


def g_sectia21_unit_g4_speckle_stamp_off_bottom_initials(c: Ctx):
    p = c.page(K.Style(family="serif", size=12, margin_t=22))
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI",
                "SECȚIA 21 POLIȚIE"], ["Nr. 702.118", "04.12.2026"], size=10.5)
    p.space(6)
    addressee(p, OUR, x=95)
    p.space(4)
    body(p, ["Secția 21 Poliție efectuează cercetări în dosarul penal nr. 8812/P/2026, privind furtul unor ceasuri "
             "de colecție valorificate ulterior prin anunțuri publicate pe platforma dumneavoastră.",
             "În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, pentru "
             "contul vintage_watches_b3 (telefon (0724) 551 380):",
             ("bullet", ["datele de identificare și de contact ale titularului;",
                         "anunțurile publicate pentru ceasuri în perioada 15.10.2026 – 28.11.2026;",
                         "datele cumpărătorilor care au plătit prin platformă."]),
             "Răspunsul se va transmite pe adresa de e-mail sectia21@b.politiaromana.ro."])
    p.y = 255
    p.sigblock(["ȘEF SECȚIE", "Comisar de poliție", "Neacșu Octavian"], name="sig")
    c.sign(p, "sig_last", "initials", "felt_black", w=20, h=13, dx=-26, dy=-5)
    c.stampit(p, "sig", dx=-5, dy=24, kind="double", top="D.G.P.M.B. * SECȚIA 21 POLIȚIE",
              bottom="BUCUREȘTI", arms=True, color="blue", size_mm=36, rotate=-3)
    f = le("police", authority="Secția 21 Poliție", reference_number="702.118", reference_date="2026-12-04",
           case_number="8812/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "vintage_watches_b3"), sub("phone", "+40724551380")],
           requested_data=["datele de identificare și de contact ale titularului",
                           "anunțurile publicate pentru ceasuri în perioada 15.10.2026 – 28.11.2026",
                           "datele cumpărătorilor care au plătit prin platformă"],
           period={"from": "2026-10-15", "to": "2026-11-28"}, response_channel="electronic",
           reply_to="sectia21@b.politiaromana.ro", signatory="Comisar de poliție Neacșu Octavian")
    acc = {"authority": ["Direcția Generală de Poliție a Municipiului București – Secția 21 Poliție",
                         "DGPMB - Secția 21 Poliție", "Direcția Generală de Poliție a Municipiului București",
                         "DGPMB"], "reference_number": ["702118"]}
    return [p], f, acc, ("a SECTOR POLICE STATION that is a registry unit of its own (DGPMB's Secția 21, no domain, "
                         "its own fax); G4 fine with heavy SPECKLE; the block sits low so the stamp runs OFF THE "
                         "BOTTOM EDGE; short felt-tip INITIALS left of the name; phone as (0724) 551 380; bullets")


def g_ipj_bv_sice_three_pages_ink_every_page(c: Ctx):
    st = K.Style(family="serif", size=11.5, margin_l=24)
    p = c.page(st)
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV",
                "Serviciul de Investigare a Criminalității Economice"], ["NESECRET", "Exemplar unic"], size=10.5)
    p.line("Nr. 340.112/SICE din 03.12.2026", kind="b")
    p.space(3)
    addressee(p, OUR, x=95)
    body(p, ["Serviciul de Investigare a Criminalității Economice din cadrul I.P.J. Brașov efectuează cercetări în "
             "dosarul penal nr. 4533/P/2026, aflat sub supravegherea Parchetului de pe lângă Tribunalul Brașov, "
             "privind evaziunea fiscală săvârșită prin vânzarea online, nedeclarată, a unor produse electronice de "
             "către o rețea de persoane care au folosit mai multe conturi ale platformei dumneavoastră.",
             "Conturile vizate sunt: electro_bv_outlet, gadget.depot.bv, telefoane.garantie.bv și "
             "smart.home.brasov.",
             "În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați datele "
             "din tabelul de mai jos, pentru fiecare dintre conturile enumerate:"])
    p.table([["Nr.", "Date solicitate", "Perioada"],
             ["1", "datele de identificare ale titularului contului", "—"],
             ["2", "numărul de anunțuri publicate și valoarea totală a vânzărilor", "01.01.2026 – 30.11.2026"]],
            [12, 98, 48])
    body(p, ["Precizăm că datele solicitate la punctele 3 și 4 din tabel (pagina următoare) privesc aceeași "
             "perioadă. Vă rugăm ca, în măsura în care anumite date nu sunt disponibile, să precizați acest lucru "
             "în răspuns, pentru fiecare cont în parte, iar datele să fie transmise într-un format care permite "
             "prelucrarea lor (tabel), cu mențiunea contului la care se referă.",
             "Informațiile au caracter confidențial și vor fi folosite exclusiv în cauza penală menționată, potrivit "
             "art. 170 alin. (6) din Codul de procedură penală."])
    p.y = 262
    p.mark("init1", 140, 170, 8)
    c.sign(p, "init1", "initials", "ballpoint_blue", w=16, h=10, dx=10)
    c.stampit(p, "init1", dx=-12, dy=4, kind="round", top="ROMÂNIA * M.A.I. * I.P.J. BRAȘOV",
              center=["S.I.C.E."], color="blue", size_mm=30, rotate=8, faint=0.9)
    p.y = 282
    p.line("Pagina 1 din 3", align="center", size=9)
    q = c.page(st)
    q.line("I.P.J. Brașov – S.I.C.E. – adresa nr. 340.112/SICE din 03.12.2026 (continuare)", size=9)
    q.space(3)
    q.table([["Nr.", "Date solicitate", "Perioada"],
             ["3", "conturile bancare în care au fost încasate plățile", "01.01.2026 – 30.11.2026"],
             ["4", "adresele de expediere declarate", "01.01.2026 – 30.11.2026"]], [12, 98, 48])
    body(q, ["Vă rugăm să precizați și dacă cele patru conturi au în comun numere de telefon, adrese de e-mail sau "
             "dispozitive de autentificare declarate."])
    q.y = 262
    q.mark("init2", 140, 170, 8)
    c.sign(q, "init2", "initials", "ballpoint_blue", w=16, h=10, dx=10)
    c.stampit(q, "init2", dx=-12, dy=4, kind="round", top="ROMÂNIA * M.A.I. * I.P.J. BRAȘOV",
              center=["S.I.C.E."], color="blue", size_mm=30, rotate=-11, faint=0.8)
    q.y = 282
    q.line("Pagina 2 din 3", align="center", size=9)
    r = c.page(st)
    r.line("I.P.J. Brașov – S.I.C.E. – adresa nr. 340.112/SICE din 03.12.2026 (continuare)", size=9)
    r.space(4)
    body(r, ["Răspunsul va fi transmis în format electronic, pe adresa de e-mail sice@bv.politiaromana.ro, cu "
             "mențiunea numărului și a datei prezentei adrese.", "Vă mulțumim pentru sprijin."])
    r.space(10)
    r.sigblock(["ȘEF SERVICIU", "Comisar-șef de poliție", "Lungu Cornel"], name="sig")
    c.sign(r, "sig_last", "upright", "ballpoint_blue", w=46, h=16, dy=-7)
    c.stampit(r, "sig", dx=-46, dy=4, kind="round", top="ROMÂNIA * M.A.I. * I.P.J. BRAȘOV", center=["S.I.C.E."],
              color="blue", size_mm=30, rotate=5)
    r.y = 282
    r.line("Pagina 3 din 3", align="center", size=9)
    f = le("police", authority="Inspectoratul de Poliție Județean Brașov", reference_number="340.112/SICE",
           reference_date="2026-12-03", case_number="4533/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", u) for u in ("electro_bv_outlet", "gadget.depot.bv", "telefoane.garantie.bv",
                                                  "smart.home.brasov")],
           requested_data=["datele de identificare ale titularului contului",
                           "numărul de anunțuri publicate și valoarea totală a vânzărilor",
                           "conturile bancare în care au fost încasate plățile", "adresele de expediere declarate"],
           period={"from": "2026-01-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="sice@bv.politiaromana.ro", signatory="Comisar-șef de poliție Lungu Cornel")
    acc = {"authority": ["IPJ Brașov", "Serviciul de Investigare a Criminalității Economice"],
           "reference_number": ["340112/SICE", "340.112", "340112"]}
    return [p, q, r], f, acc, (
        "IPJ Brașov SICE; a 3-page grey image-only PDF; the data in a TABLE (number / datum / period) continued on "
        "page 2; INK ON EVERY PAGE: initials and the service's stamp on pages 1 and 2, the full signature and stamp "
        "on page 3; a fifth question in prose on page 2 (not a datum of the table, unscored)")


def g_pj_sighet_bilevel_300_dark_cedilla(c: Ctx):
    p = c.page(K.Style(family="free", size=12.5))
    ced = lambda s: s.translate(str.maketrans("șȘțȚ", "şŞţŢ"))  # noqa: E731
    for s in ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SIGHETU MARMAŢIEI"]:
        p.line(s, kind="b", align="center", size=11.5)
    p.space(3)
    p.cols(["Dosar nr. 1307/P/2026"], ["Nr. 4.211 din 02.12.2026"], size=11.5, kind_l=["b"])
    p.space(3)
    addressee(p, [ced(x) for x in OUR], x=90)
    body(p, [ced(x) if isinstance(x, str) else (x[0], [ced(y) for y in x[1]]) for x in [
        "În dosarul penal nr. 1307/P/2026, privind infracţiunea de înşelăciune săvârşită prin vânzarea online a "
        "unor animale de companie inexistente, în temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, "
        "vă solicităm să ne comunicaţi, pentru contul catei_rasa_maramures (e-mail catei.rasa.mm@gmail.com):",
        ("num", ["datele de identificare ale titularului contului;",
                 "anunţurile publicate în perioada 01.09.2026 – 30.11.2026;",
                 "datele de plată folosite pentru încasarea avansurilor."]),
        "Răspunsul va fi transmis electronic, pe adresa pj.sighet@mpublic.ro."]])
    p.space(9)
    p.sigblock(["PRIM-PROCUROR,", "Cozma Ileana"], name="sig")
    c.sign(p, "sig_last", "spiral", "fountain_blue", w=44, h=17, dy=-8)
    c.stampit(p, "sig", dx=-50, dy=2, kind="round", top="MINISTERUL PUBLIC * PARCHETUL DE PE LANGA JUDECATORIA",
              center=["SIGHETU", "MARMATIEI"], color="black", size_mm=36, rotate=-4, single=True)
    f = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Sighetu Marmaţiei", reference_number="4.211",
           reference_date="2026-12-02", case_number="1307/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "catei_rasa_maramures"), sub("email", "catei.rasa.mm@gmail.com")],
           requested_data=["datele de identificare ale titularului contului",
                           "anunţurile publicate în perioada 01.09.2026 – 30.11.2026",
                           "datele de plată folosite pentru încasarea avansurilor"],
           period={"from": "2026-09-01", "to": "2026-11-30"}, response_channel="electronic",
           reply_to="pj.sighet@mpublic.ro", signatory="Prim-procuror Cozma Ileana")
    acc = {"reference_number": ["4211"]}
    return [p], f, acc, ("a small-town prosecutors' office by post, scanned by the mailroom's B/W preset: BILEVEL G4 "
                         "TIFF at 300 dpi from a DARK scan (thick strokes, grey paper dropped to black specks); typed "
                         "with the OLD CEDILLA letters (ş ţ); a black single ring without arms and without diacritics "
                         "on the die; fountain-pen spiral")


def g_tribunal_mm_light_scan_annex_half_inked(c: Ctx):
    st = K.Style(family="serif", size=12)
    p = c.page(st)
    heading(p, ["ROMÂNIA", "TRIBUNALUL MARAMUREȘ", "SECȚIA PENALĂ"], ["Dosar nr. 3390/100/2026",
                                                                    "Nr. 18.207 din 03.12.2026"], size=11)
    p.space(3)
    addressee(p, OUR, x=95)
    body(p, ["Tribunalul Maramureș, învestit cu judecarea cauzei penale privind infracțiunea de evaziune fiscală "
             "săvârșită prin comerț online cu material lemnos, în temeiul art. 170 alin. (2) lit. b) din Codul de "
             "procedură penală, vă solicită să comunicați, cu privire la contul mm_lemn_export și la tranzacțiile "
             "enumerate în anexa la prezenta adresă:",
             ("num", ["datele de identificare ale titularului contului;",
                      "detaliile tranzacțiilor enumerate în anexă (data, suma, cumpărătorul);",
                      "conturile bancare în care s-au încasat sumele."]),
             "Răspunsul se va transmite prin poștă, la sediul Tribunalului Maramureș, Bd. Republicii nr. 2A, Baia "
             "Mare, cu mențiunea numărului de dosar."])
    p.space(8)
    p.sigblock(["JUDECĂTOR,", "Pop Cristian-Dorel"], name="sig")
    c.sign(p, "sig_last", "ladder", "ballpoint_black", w=46, h=16, dy=-8)
    c.stampit(p, "sig", dx=-50, dy=3, kind="double", top="ROMÂNIA * TRIBUNALUL MARAMUREȘ", bottom="BAIA MARE",
              arms=True, color="blue", size_mm=36, rotate=11, faint=0.55, partial="left")
    q = c.page(st)
    q.line("ANEXĂ la adresa nr. 18.207 din 03.12.2026 – dosar nr. 3390/100/2026", kind="b")
    q.space(4)
    orders = ["3301884012", "3301990457", "3302104468", "3302211739", "3302305521"]
    q.table([["Nr. crt.", "Număr tranzacție", "Data"]] + [[str(i + 1), o, d] for i, (o, d) in enumerate(zip(
        orders, ["04.08.2026", "19.08.2026", "02.09.2026", "23.09.2026", "11.10.2026"]))], [22, 60, 40], x=45)
    q.space(6)
    q.mark("ann", 120, 170, 8)
    c.sign(q, "ann", "initials", "ballpoint_black", w=15, h=9, dx=14)
    c.stampit(q, "ann", dx=-12, dy=6, kind="double", top="ROMÂNIA * TRIBUNALUL MARAMUREȘ", bottom="BAIA MARE",
              arms=True, color="blue", size_mm=36, rotate=-7, faint=0.5)
    f = le("court", authority="Tribunalul Maramureș", reference_number="18.207", reference_date="2026-12-03",
           case_number="3390/100/2026", legal_basis=["art. 170 CPP"], subjects=[sub("username", "mm_lemn_export")],
           transactions=orders,
           requested_data=["datele de identificare ale titularului contului",
                           "detaliile tranzacțiilor enumerate în anexă (data, suma, cumpărătorul)",
                           "conturile bancare în care s-au încasat sumele"],
           response_channel="courier", reply_to="Bd. Republicii nr. 2A, Baia Mare",
           signatory="Judecător Pop Cristian-Dorel")
    acc = {"reference_number": ["18207"], "authority": ["Tribunalul Maramureș - Secția penală"]}
    return [p, q], f, acc, ("a trial court; a LIGHT (washed-out) colour PDF of 2 pages; the transactions only in the "
                            "ANNEX page (a table), which is initialled and stamped too; the stamp on page 1 is FAINT "
                            "and HALF-INKED (its left side did not print); black ballpoint 'ladder' hand")


def g_ipj_mm_sic_envelope_first_grey_tiff(c: Ctx):
    e = c.page(K.Style(family="sans", size=10))
    envelope(c, e, sender=["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE",
                           "INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ",
                           "Str. Gheorghe Șincai nr. 25, 430311 Baia Mare"],
             to=["Către", "S.C. OKAZII ONLINE S.R.L.", "Departamentul Juridic", "Str. Frunzei nr. 29, sector 2",
                 "021551 București"], postmark=("BAIA MARE 1", "02.12.26", "★"), registered="RR 118 402 337 RO")
    p = c.page(K.Style(family="serif", size=12))
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ",
                "Serviciul de Investigații Criminale"], ["Nr. 241.590", "din 27.11.2026"], size=10.5)
    p.space(4)
    addressee(p, OUR, x=95)
    body(p, ["Serviciul de Investigații Criminale efectuează cercetări în dosarul penal nr. 6498/P/2026, privind "
             "vânzarea online a unor bunuri furate din locuințe de vacanță din zona Mara – Cosău.",
             "În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, pentru "
             "utilizatorul antichitati_maramures (e-mail antic.mm@yahoo.com):",
             ("num", ["datele de identificare ale titularului contului;",
                      "anunțurile publicate începând cu 01.07.2026;",
                      "datele cumpărătorilor obiectelor vândute."]),
             "Răspunsul va fi transmis electronic, pe adresa sic@mm.politiaromana.ro."])
    p.space(9)
    p.sigblock(["ȘEF SERVICIU", "Comisar-șef de poliție", "Hotea Gavril"], name="sig")
    c.sign(p, "sig_last", "zigzag", "gel_violet", w=46, h=14, dy=-6)
    c.stampit(p, "sig", dx=-46, dy=2, kind="double", top="ROMÂNIA * M.A.I. * I.P.J. MARAMUREȘ",
              bottom="S.I.C.", arms=True, color="blue", size_mm=36, rotate=-18)
    f = le("police", authority="Inspectoratul de Poliție Județean Maramureș", reference_number="241.590",
           reference_date="2026-11-27", case_number="6498/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "antichitati_maramures"), sub("email", "antic.mm@yahoo.com")],
           requested_data=["datele de identificare ale titularului contului",
                           "anunțurile publicate începând cu 01.07.2026", "datele cumpărătorilor obiectelor vândute"],
           response_channel="electronic", reply_to="sic@mm.politiaromana.ro",
           signatory="Comisar-șef de poliție Hotea Gavril")
    acc = {"authority": ["IPJ Maramureș", "Serviciul de Investigații Criminale"], "reference_number": ["241590"]}
    return [e, p], f, acc, ("IPJ Maramureș SIC by registered post: the mailroom scanned the official ENVELOPE as "
                            "page 1 (printed sender, a registered-mail label, the post office's date stamp — an ink "
                            "stamp that is not the authority's), the letter on page 2 (signature and stamp); a 2-page "
                            "grey TIFF; violet gel pen")


# ------------------------------------------------------------------ forged / defective (6)

def f_bailiff_arms_stamp_civil_enforcement(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    K.print_emblem(p, 105, 20, 16, color=(70, 70, 70))
    p.y = 31
    for s in ["ROMÂNIA", "BIROUL EXECUTORULUI JUDECĂTORESC TOMA DAN-ALEXANDRU",
              "Circumscripția Curții de Apel Brașov", "Str. Mureșenilor nr. 9, Brașov"]:
        p.line(s, kind="b" if s.isupper() else "", align="center", size=11)
    p.space(3)
    p.cols(["Dosar de executare nr. 412/2026"], ["Brașov, 02.12.2026"], size=11, kind_l=["b"])
    p.space(2)
    addressee(p, OUR, x=92)
    p.line("ADRESĂ DE ÎNFIINȚARE A POPRIRII ȘI SOLICITARE DE INFORMAȚII", kind="b", align="center", size=11.5)
    p.space(2)
    body(p, ["Subsemnatul, Toma Dan-Alexandru, executor judecătoresc, în dosarul de executare silită nr. 412/2026, "
             "privind pe debitorul Dobre Alexandru-Ionuț, utilizator al platformei dumneavoastră sub numele "
             "dan.alex.vanzari, în baza titlului executoriu reprezentat de sentința civilă nr. 2218/2026 a "
             "Judecătoriei Brașov,",
             "în temeiul art. 660 și art. 781 din Codul de procedură civilă, vă solicit ca, în termen de 5 zile, să "
             "ne comunicați:",
             ("num", ["datele de identificare și adresa actuală a debitorului;",
                      "sumele încasate de debitor prin platformă în anul 2026;",
                      "conturile bancare în care i-au fost virate sumele."]),
             "Vă atragem atenția că refuzul de a comunica informațiile se sancționează potrivit legii. Răspunsul "
             "se va transmite la sediul biroului sau pe adresa de e-mail bej.toma.brasov@gmail.com."])
    p.space(8)
    p.sigblock(["EXECUTOR JUDECĂTORESC,", "Toma Dan-Alexandru"], name="sig")
    c.sign(p, "sig_last", "hook", "ballpoint_blue", w=44, h=15, dy=-7)
    c.stampit(p, "sig", dx=-48, dy=4, kind="double", top="ROMÂNIA * EXECUTOR JUDECĂTORESC * TOMA DAN-ALEXANDRU",
              bottom="BRAȘOV", arms=True, color="blue", size_mm=36, rotate=-12)
    f = {"authority_kind": "other", "urgent": False}
    return [p], f, None, (
        "BAILIFF_WITH_ARMS_STAMP: a court BAILIFF's (executor judecătoresc) letter by post, signed, with a round "
        "stamp bearing the coat of arms (bailiffs really use one): it looks like an official request, but it is "
        "CIVIL enforcement under the Code of CIVIL procedure (art. 660, garnishment art. 781): no criminal case, no "
        "CPP article, no prosecution body, no registry entry, answer to a gmail address; whatever civil duty exists, "
        "it is no verified law-enforcement request")


def f_gendarmerie_die_on_town_police_letter(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN BRAȘOV",
                "POLIȚIA ORAȘULUI RÂȘNOV"], ["Nr. 58.330", "din 03.12.2026"])
    p.space(4)
    addressee(p, OUR)
    p.line("A D R E S Ă", kind="b", align="center", size=13)
    p.space(2)
    body(p, ["Poliția Orașului Râșnov efectuează cercetări în dosarul penal nr. 3007/P/2026, privind infracțiunea "
             "de înșelăciune săvârșită prin vânzarea online a unor cazări fictive la Poiana Brașov.",
             "În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, pentru "
             "utilizatorii cazare.poiana.lux și vile_rasnov_2026:",
             ("num", ["datele de identificare ale titularilor;", "numerele de telefon și adresele de e-mail;",
                      "plățile primite prin platformă în ultimele 3 luni."]),
             "Răspunsul va fi transmis pe adresa de e-mail politia.rasnov@bv.politiaromana.ro."])
    p.space(9)
    p.sigblock(["ȘEFUL POLIȚIEI ORAȘULUI RÂȘNOV", "Comisar de poliție", "Grecu Adrian"], name="sig")
    c.sign(p, "sig_last", "bigloop", "ballpoint_blue", w=44, h=16, dy=-7)
    c.stampit(p, "sig", dx=-46, dy=3, kind="double",
              top="ROMÂNIA * M.A.I. * INSPECTORATUL DE JANDARMI JUDEȚEAN BRAȘOV", bottom="JANDARMERIA",
              arms=True, color="blue", size_mm=38, rotate=6)
    return [p], ff("police", "3007/P/2026", False), None, (
        "SIBLING_INSPECTORATE_DIE: a complete Râșnov town-police letter (IPJ Brașov unit) sent from IPJ Brașov's "
        "second registry fax, signed, but the stamp's ring reads 'INSPECTORATUL DE JANDARMI JUDEȚEAN BRAȘOV' with "
        "'JANDARMERIA' below: the die of ANOTHER institution of the same ministry and county (the gendarmerie, itself "
        "in the registry as kind `other`), whose name differs from the police inspectorate's by one word; a seal "
        "that is not the letter's")


def f_registry_and_secrecy_stamps_no_seal(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ",
                "POLIȚIA MUNICIPIULUI BAIA MARE – SECȚIA 4 POLIȚIE"], [])
    c.stampit(p, (170, 18), kind="rect", top="NESECRET", color="red", size_mm=9, aspect=3.2, rotate=-2)
    reg_box(c, p, 126, 30, ["I.P.J. MARAMUREȘ", "REGISTRATURĂ – IEȘIRE"], "241.812", "03.12.2026", color="violet",
            pen="ballpoint_blue", w=66, h=24, label_nr="Nr.")
    p.space(20)
    addressee(p, OUR)
    p.line("ADRESĂ", kind="b", align="center")
    p.space(2)
    body(p, ["Secția 4 Poliție Baia Mare efectuează cercetări în dosarul penal nr. 6522/P/2026, privind înșelăciunea "
             "săvârșită prin vânzarea online a unor anvelope de iarnă nelivrate.",
             "În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, pentru "
             "contul anvelope_iarna_bm (telefon 0741 220 615):",
             ("num", ["datele de identificare ale titularului;", "comenzile primite în noiembrie 2026;",
                      "conturile bancare indicate cumpărătorilor."]),
             "Răspunsul se va transmite pe adresa sectia4.baiamare@mm.politiaromana.ro."])
    p.space(9)
    p.sigblock(["ȘEF SECȚIE", "Comisar de poliție", "Ardelean Sorin"], name="sig")
    c.sign(p, "sig_last", "wave", "ballpoint_blue", w=44, h=15, dy=-7)
    return [p], ff("police", "6522/P/2026", False), None, (
        "REGISTRY_AND_SECRECY_STAMPS_NO_SEAL (DEFECTIVE): a Baia Mare section's letter from IPJ Maramureș's first "
        "registry fax, signed, carrying TWO rubber stamps — a red 'NESECRET' classification stamp and the violet "
        "outgoing-REGISTRY box filled by hand — but NO seal of the institution (no round stamp): administrative "
        "stamps mark a document's class and number, they authenticate nothing (`ink.stamp` is true: they are "
        "stamps; `incomplete` acceptable)")


def f_user_handwritten_into_blank_of_form(c: Ctx):
    p = c.page(K.Style(family="sans", size=11.5))
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN PRAHOVA",
                "POLIȚIA ORAȘULUI VĂLENII DE MUNTE"], ["Nr. 77.409", "din 03.12.2026"], size=10.5)
    p.space(4)
    addressee(p, OUR, x=92)
    p.line("ADRESĂ", kind="b", align="center")
    p.space(2)
    body(p, ["Poliția Orașului Vălenii de Munte efectuează cercetări în dosarul penal nr. 901/P/2026, privind "
             "săvârșirea infracțiunii de înșelăciune prin vânzări online.",
             "În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, cu "
             "privire la utilizatorul:"])
    y1 = p.y
    p.line("_" * 36 + "  (nume de utilizator / e-mail / telefon)", x=35, size=10.5)
    p.space(2)
    y2 = p.y
    p.line("pentru perioada: " + "_" * 30, x=35, size=10.5)
    p.space(3)
    body(p, [("num", ["datele de identificare ale titularului contului și adresele de livrare;",
                      "numerele de telefon și adresele de e-mail asociate;",
                      "conturile bancare și cardurile folosite pentru plăți."]),
             "Răspunsul va fi transmis pe adresa de e-mail politia.valenii@ph.politiaromana.ro."])
    hand(p, c.rng, ["flavia.shop.vm / 0731 557 208"], 38, y1 - 2.6, size=12.5, pen="ballpoint_black")
    hand(p, c.rng, ["01.06 – 28.11.2026"], 70, y2 - 2.6, size=12.5, pen="ballpoint_black")
    p.space(9)
    p.sigblock(["ȘEF POLIȚIE", "Comisar de poliție", "Olteanu Costel"], name="sig")
    c.sign(p, "sig_last", "flourish", "ballpoint_blue", w=48, h=16, dy=-7)
    c.stampit(p, "sig", dx=-46, dy=3, kind="double", top="ROMÂNIA * M.A.I. * I.P.J. PRAHOVA",
              bottom="POLIȚIA OR. VĂLENII DE MUNTE", arms=True, color="violet", size_mm=36, rotate=-9)
    return [p], ff("police", "901/P/2026", False), None, (
        "USER_HANDWRITTEN_INTO_BLANK_OF_FORM: a typed, signed and stamped letter of a Prahova town police (a "
        "printed form) whose KEY DATA — the user ('flavia.shop.vm / 0731 557 208') and the period — are written BY "
        "HAND, in BLACK ballpoint, into blank lines, while the signature is in BLUE: a pre-signed form filled in "
        "afterwards by someone else, with no initials and no mention of the additions; nothing on the page ties the "
        "handwritten user to the signer")


def f_efax_service_number_answer_to_sender(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    for s in ["R O M Â N I A", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA"]:
        p.line(s, kind="b", align="center")
    p.space(3)
    p.line("Nr. 2151/II/2/2026 din 02.12.2026", kind="b")
    p.space(3)
    addressee(p, OUR)
    p.line("URGENT", kind="b", align="center", size=13)
    p.space(2)
    body(p, ["În dosarul penal nr. 530/P/2026, privind infracțiunea de lipsire de libertate, în temeiul art. 170 "
             "alin. (2) lit. b) din Codul de procedură penală, vă solicităm să comunicați de îndată, în cel mult 24 "
             "de ore, pentru contul garsoniera_ploiesti_nonstop (telefon 0755 019 334):",
             ("num", ["datele de identificare și adresele declarate ale titularului;",
                      "adresele de livrare folosite în ultimele 30 de zile;",
                      "toate numerele de telefon asociate contului."]),
             "Având în vedere urgența, răspunsul se transmite pe fax, la numărul de pe care a fost primită prezenta "
             "adresă: +40 31 860 4417."])
    p.space(8)
    p.sigblock(["PROCUROR,", "Georgescu Tudor"], name="sig")
    c.sign(p, "sig_last", "zigzag", "ballpoint_blue", w=42, h=14, dy=-6)
    c.stampit(p, "sig", dx=-46, dy=2, kind="round", top="MINISTERUL PUBLIC * PARCHETUL DE PE LÂNGĂ TRIBUNALUL PRAHOVA",
              center=["PLOIEȘTI"], color="blue", size_mm=34, rotate=14)
    return [p], ff("prosecutor", "530/P/2026", True), None, (
        "EFAX_SERVICE_NUMBER_ANSWER_TO_SENDER: a signed and stamped 'urgent, 24 h' letter of the Prahova tribunal's "
        "prosecutors' office, faxed from +40 31 860 4417, an online fax-to-e-mail SERVICE's number (the header "
        "line and the TIFF tag both say eFax), which belongs to no authority of the registry (the office's registry "
        "faxes are +40 244 575 610/611); the answer is asked 'to the number this was received from': the only "
        "channel named is one nobody can tie to the office")


def f_private_envelope_other_city_po_box(c: Ctx):
    e = c.page(K.Style(family="sans", size=10))
    envelope(c, e, sender_hand=["Exp. Pop Marian", "Str. Progresului 14", "Cluj-Napoca"],
             to_hand=["OKAZII ONLINE SRL", "Dep. Juridic", "Str. Frunzei 29, sect. 2", "Bucuresti"],
             postmark=("CLUJ-NAPOCA 9", "02.12.26", "10"), postage=True, hand_pen="ballpoint_blue")
    p = c.page(K.Style(family="serif", size=12))
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ",
                "POLIȚIA ORAȘULUI BORȘA"], ["Nr. 31.772", "din 28.11.2026"])
    p.space(4)
    addressee(p, OUR)
    p.line("ADRESĂ", kind="b", align="center")
    p.space(2)
    body(p, ["Poliția Orașului Borșa efectuează cercetări în dosarul penal nr. 712/P/2026, privind înșelăciunea "
             "săvârșită prin închirierea online a unor cabane inexistente în stațiunea Borșa.",
             "În temeiul art. 170 alin. (2) lit. b) din Codul de procedură penală, vă rugăm să ne comunicați, pentru "
             "conturile cabane_borsa_lux, prislop.chalet și pentru adresa de e-mail cabane.borsa@gmail.com:",
             ("num", ["datele de identificare ale titularilor;", "datele de plată (conturi bancare, carduri);",
                      "toate adresele de e-mail și numerele de telefon asociate."]),
             "Răspunsul se va transmite prin poștă, la adresa de corespondență a anchetatorului de caz: Căsuța "
             "poștală nr. 17, Oficiul Poștal Cluj-Napoca 9."])
    p.space(8)
    p.sigblock(["ȘEF POLIȚIE", "Comisar de poliție", "Bledea Ioan"], name="sig")
    c.sign(p, "sig_last", "lasso", "ballpoint_blue", w=46, h=17, dy=-7)
    c.stampit(p, "sig", dx=-46, dy=3, kind="double", top="ROMÂNIA * M.A.I. * I.P.J. MARAMUREȘ",
              bottom="POLIȚIA OR. BORȘA", arms=True, color="blue", size_mm=36, rotate=16)
    return [e, p], ff("police", "712/P/2026", False), None, (
        "PRIVATE_ENVELOPE_OTHER_CITY_PO_BOX: by post, the mailroom scanned the ENVELOPE too: HANDWRITTEN, from a "
        "private sender ('Exp. Pop Marian, Cluj-Napoca'), an ordinary postage stamp and the CLUJ-NAPOCA post "
        "office's date stamp — while the letter inside, signed and stamped, claims a Maramureș town police 200 km "
        "away and asks the answer by post to a P.O. BOX in Cluj-Napoca, not to the police's address; authorities "
        "post in printed envelopes from their own town, registered")


# ------------------------------------------------------------------ other categories (6)

def c_handwritten_block_capitals_squared_photo(c: Ctx):
    p = c.page(K.Style(family="sans", size=12))
    K.ruled_paper(p, squares=True, margin=False, color=(175, 190, 215))
    lines = ["CATRE OKAZII - RECLAMATIE", "", "SUBSEMNATA IORDACHE MARIA, DIN PITESTI,", "AM CUMPARAT DE LA",
             "VANZATORUL  covoare_persane_ag  UN", "COVOR DE 1.100 LEI (COMANDA 1189557310),", "PLATIT CU CARDUL, CU "
             "GARANTIA DE LIVRARE.", "NU AM PRIMIT NIMIC DE 3 SAPTAMANI SI", "VANZATORUL NU RASPUNDE LA TELEFON.",
             "VA ROG SA-MI DATI BANII INAPOI.", "", "TEL. 0748 203 114", "", "05.12.2026"]
    hand(p, c.rng, lines, 16, 26, size=15, pen="ballpoint_blue", fam="freesans", line_mm=10.0)
    p.y = 26 + 10 * len(lines) + 4
    p.mark("sig", 110, 170, 8)
    c.sign(p, "sig", "upright", "ballpoint_blue", w=40, h=14)
    f = {"complainant": "Iordache Maria", "transaction_id": "1189557310", "counterparty": "covoare_persane_ag",
         "amount": {"value": "1100.00", "currency": "RON"}, "delivery_guarantee": True, "issue": "not_delivered",
         "contact": {"phone": "+40748203114"}}
    return [p], f, {"issue": ["no_answer"]}, ("a handwritten complaint in BLOCK CAPITALS on squared paper, "
                                              "photographed by phone; signed, no stamp; Delivery Guarantee")


def c_company_buyer_fax_rect_stamp(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    p.line("S.C. BIROTICA CENTER BRAȘOV S.R.L.", kind="b")
    p.line("CUI RO 30114872 – Str. Lungă nr. 120, Brașov – tel./fax 0268 411 902")
    p.hrule()
    p.space(4)
    addressee(p, ["Către", "OKAZII ONLINE S.R.L.", "Centrul de prevenire a fraudelor"], x=100)
    p.line("RECLAMAȚIE", kind="b", align="center")
    p.space(2)
    body(p, ["Societatea noastră a comandat, prin platforma dumneavoastră, 20 de scaune de birou de la vânzătorul "
             "mobilier_office_depot (comanda 1190012875), în valoare de 7.980 lei, achitată integral prin transfer "
             "bancar la solicitarea vânzătorului, în afara plății online.",
             "Marfa nu a fost livrată nici după 30 de zile, vânzătorul nu mai răspunde, iar firma indicată pe factura "
             "proformă nu există. Considerăm că este o fraudă și vă rugăm să blocați contul vânzătorului și să ne "
             "sprijiniți în recuperarea sumei. Am depus și plângere la poliție."])
    p.space(8)
    p.sigblock(["Administrator,", "Oancea Liviu"], name="sig")
    c.sign(p, "sig_last", "hook", "ballpoint_blue", w=38, h=14, dy=-6)
    c.stampit(p, "sig", dx=-50, dy=0, kind="rect2", top="BIROTICA CENTER BRAȘOV S.R.L.",
              rect_lines=["J08/1744/2012", "CUI RO30114872"], color="blue", size_mm=16, aspect=2.6, rotate=-3)
    f = {"complainant": "S.C. BIROTICA CENTER BRAȘOV S.R.L.", "transaction_id": "1190012875",
         "counterparty": "mobilier_office_depot", "amount": {"value": "7980.00", "currency": "RON"},
         "issue": "fraud_suspected", "contact": {"phone": "+40268411902"}}
    return [p], f, {"issue": ["not_delivered"], "complainant": ["Birotica Center Brașov", "Oancea Liviu"]}, (
        "a company complains by fax about payment outside the platform; rectangular company stamp and signature "
        "(a stamp does not make an official request); it mentions its police complaint")


def m_typed_sofa_colour_mediation_grey_jpeg(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    p.line("Gabriela Nistor", x=130)
    p.line("Str. Lalelelor nr. 7, Buzău", x=130)
    p.line("tel. 0767 330 548", x=130)
    p.space(8)
    p.line("Către OKAZII ONLINE S.R.L. – Departamentul de Securitate", kind="b")
    p.space(6)
    body(p, ["Vă scriu în legătură cu comanda nr. 1188331907, o canapea extensibilă cumpărată cu 2.650 lei de la "
             "vânzătorul mobila_confort_bz. În anunț canapeaua era de culoare gri deschis, cu tapițerie din stofă; am "
             "primit o canapea maro, din piele ecologică, cu o zgârietură pe lateral.",
             "Vânzătorul refuză să o ia înapoi, spunând că transportul ar costa prea mult. Vă rog să mediați disputa. "
             "Propun fie ca vânzătorul să ridice canapeaua pe cheltuiala lui și să-mi returneze banii, fie să-mi "
             "returneze 700 lei, iar eu să o păstrez.", "Vă mulțumesc."])
    p.space(6)
    p.line("Buzău, 29.11.2026")
    p.space(2)
    p.sigblock(["Gabriela Nistor"], name="sig", align="right")
    c.sign(p, "sig", "wave", "ballpoint_blue", w=36, h=12, dy=-7)
    f = {"complainant": "Gabriela Nistor", "transaction_id": "1188331907", "counterparty": "mobila_confort_bz",
         "amount": {"value": "2650.00", "currency": "RON"}, "issue": "not_as_described",
         "contact": {"phone": "+40767330548"}}
    return [p], f, {"issue": ["wrong_item", "damaged"]}, ("a typed mediation letter by post: colour and material "
                                                          "differ from the listing; two resolutions proposed")


def s_unsigned_typed_account_closure_no_marks(c: Ctx):
    p = c.page(K.Style(family="sans", size=12))
    p.line("Către Okazii – Asistență clienți", kind="b")
    p.space(8)
    body(p, ["Bună ziua,",
             "Vă rog să-mi închideți contul de utilizator marin.vasile.55, înregistrat cu adresa "
             "marin.vasile55@yahoo.com, și să ștergeți datele mele personale. Nu mai folosesc platforma și nu am "
             "niciun anunț activ sau vreo comandă în curs.",
             "Vă trimit cererea prin poștă pentru că nu mai am acces la adresa de e-mail.",
             "Marin Vasile, Str. Independenței nr. 44, Galați, tel. 0236 411 725"])
    f = {"topic": "închidere cont și ștergerea datelor", "contact": {"phone": "+40236411725",
                                                                    "email": "marin.vasile55@yahoo.com"}}
    return [p], f, None, ("a typed letter with NO MARKS AT ALL (no signature, no stamp): a user asks by post to close "
                          "his account (support; topic loosely scored)")


def u_monitorul_oficial_subscription_fax(c: Ctx):
    p = c.page(K.Style(family="sans", size=13))
    p.line("OFERTĂ SPECIALĂ 2027", kind="b", align="center", size=20)
    p.space(6)
    body(p, ["Abonament la colecția MONITORUL OFICIAL – Partea I, în format electronic, cu acces la legislația "
             "consolidată: Codul penal, Codul de procedură penală, legislația privind comerțul electronic.",
             "Preț special pentru firme: 890 lei + TVA / an (în loc de 1.290 lei).",
             "Comandați acum la 0800 000 000 sau trimiteți formularul completat pe fax. Oferta este valabilă până la "
             "31.12.2026."])
    p.space(6)
    p.table([["Firma", ""], ["CUI", ""], ["Persoana de contact", ""], ["Telefon / e-mail", ""]], [60, 90])
    p.space(4)
    p.line("Dacă nu doriți să mai primiți oferte pe fax, sunați la 0800 000 001.", size=9)
    return [p], {}, None, "a subscription advertisement by fax that quotes the criminal procedure code; no ink"


def s_company_invoice_correction_stamped_letter(c: Ctx):
    p = c.page(K.Style(family="serif", size=12))
    K.print_emblem(p, 32, 22, 14, color=(30, 90, 150), kind="logo", text="AG")
    p.y = 16
    p.line("AGROMEC TUTOVA S.R.L.", kind="b", x=45)
    p.line("Bârlad, Str. Republicii nr. 210 – CUI RO 18009345 – J37/512/2005", x=45, size=10)
    p.space(12)
    p.line("Nr. 1.403 / 27.11.2026", kind="b")
    p.space(3)
    addressee(p, ["Către", "OKAZII ONLINE S.R.L.", "Departamentul Financiar – Facturare"], x=100)
    body(p, ["Vă rugăm să corectați factura de comision nr. OKZ-2026-1148120 din 24.11.2026, emisă pe numele "
             "administratorului nostru în loc de societate. Datele corecte de facturare sunt: AGROMEC TUTOVA S.R.L., "
             "CUI RO18009345, J37/512/2005, sediul în Bârlad, Str. Republicii nr. 210.",
             "Contul nostru de vânzător pe platformă este agromec_tutova. Vă mulțumim."])
    p.space(8)
    p.sigblock(["Director economic,", "Ec. Zaharia Elena"], name="sig")
    c.sign(p, "sig_last", "upright", "ballpoint_blue", w=38, h=13, dy=-6)
    c.stampit(p, "sig", dx=-46, dy=2, kind="round", top="AGROMEC TUTOVA S.R.L. * BÂRLAD", center=["J37/512/2005"],
              color="blue", size_mm=32, rotate=-8, single=True)
    f = {"topic": "corectare factură de comision"}
    return [p], f, None, ("a company's signed and STAMPED letter asking to correct a commission invoice: a stamp "
                          "and a number do not make it official (support; topic loosely scored)")


# ------------------------------------------------------------------ channels and writers (round 13's, adapted)

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
    (g_sighet_police_g3_standard_handfilled_reg_box, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 262 575 144", "+40 262 575 144", "04-DEC-2026 10:22  IPJ MARAMURES  +40 262 575 144  P.{p}",
         fine=False, comp="group3")),
    (g_itpf_sighet_oval_g4_orders_table_iban, "le_gen", "law_enforcement", True, "verified",
     fax(269, "ITPF SIGHET +40262575309", "+40 262 575 309",
         "02/12/2026 14:05  ITPF SIGHETU MARMATIEI  0262575309  PAG {p}")),
    (g_diicot_st_brasov_ordonanta_two_pages_red_star, "le_gen", "law_enforcement", True, "verified",
     post("pdf", 200, color=True, skew=0.7)),
    (g_tribunal_brasov_certified_extract_clerk_png300, "le_gen", "law_enforcement", True, "verified",
     post("png", 300, color=False, skew=-0.4)),
    (g_jud_ploiesti_phone_photo_red_stamp_over_signature, "le_gen", "law_enforcement", True, "verified",
     post("photo", 200, photo_w=1400)),
    (g_ptph_deputy_p_prim_procuror_oval_ls_g3_dithered, "le_gen", "law_enforcement", True, "verified",
     fax(315, "PARCHET TB PRAHOVA 0244575611", "+40 244 575 611", "DEC-03-2026 16:40 PT PRAHOVA 40244575611 P.{p}",
         fine=True, comp="group3", dither=True)),
    (g_campina_no_diacritics_rotated_270_black_ring, "le_gen", "law_enforcement", True, "verified",
     post("jpg", 200, color=True, skew=2.8, quality=58, rotate=270)),
    (g_sectia21_unit_g4_speckle_stamp_off_bottom_initials, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 21 575 0221", "+40 21 575 0221", "04-12-2026 11:58  SECTIA 21 POLITIE  +40215750221  P.{p}",
         noise=0.004)),
    (g_ipj_bv_sice_three_pages_ink_every_page, "le_gen", "law_enforcement", True, "verified",
     post("pdf", 200, color=False, skew=-1.2)),
    (g_pj_sighet_bilevel_300_dark_cedilla, "le_gen", "law_enforcement", True, "verified",
     post("tifbw", 300, color=False, skew=0.9, tone="dark")),
    (g_tribunal_mm_light_scan_annex_half_inked, "le_gen", "law_enforcement", True, "verified",
     post("pdf", 200, color=True, skew=-3.4, tone="light")),
    (g_ipj_mm_sic_envelope_first_grey_tiff, "le_gen", "law_enforcement", True, "verified",
     post("tif", 200, color=False, skew=1.6)),
    (f_bailiff_arms_stamp_civil_enforcement, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 200, color=True, skew=-0.6, quality=60)),
    (f_gendarmerie_die_on_town_police_letter, "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 268 575 133", "+40 268 575 133", "03-DEC-2026 09:17  IPJ BRASOV  +40 268 575 133  P.{p}")),
    (f_registry_and_secrecy_stamps_no_seal, "le_forged", "law_enforcement", False, "not_verified",
     fax(269, "IPJ MM 0262575109", "+40 262 575 109", "03/12/2026 13:30  IPJ MARAMURES  0262575109  PAG {p}",
         comp="group3")),
    (f_user_handwritten_into_blank_of_form, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 200, color=True, skew=1.1, quality=62)),
    (f_efax_service_number_answer_to_sender, "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "eFax.ro +40318604417", "+40 31 860 4417", "02-DEC-2026 21:14  FROM: +40318604417  eFax.ro  P.{p}",
         fine=False, comp="group4")),
    (f_private_envelope_other_city_po_box, "le_forged", "law_enforcement", False, "not_verified",
     post("pdf", 200, color=True, skew=-0.9)),
    (c_handwritten_block_capitals_squared_photo, "other", "complaint", None, None,
     post("photo", 200, photo_w=1300)),
    (c_company_buyer_fax_rect_stamp, "other", "complaint", None, None,
     fax(270, "+40 268 411 902", "+40 268 411 902", "05-12-2026 08:05  BIROTICA CENTER  0268411902  P.{p}",
         comp="group3")),
    (m_typed_sofa_colour_mediation_grey_jpeg, "other", "mediation", None, None,
     post("jpg", 200, color=False, skew=-2.1, quality=58)),
    (s_unsigned_typed_account_closure_no_marks, "other", "support", None, None,
     post("png", 200, color=False, skew=0.2)),
    (u_monitorul_oficial_subscription_fax, "other", "unknown", None, None,
     fax(269, "MO ABONAMENTE", "", "05/12/2026 03:12  MO ABONAMENTE  PAG {p}", fine=False, comp="group3")),
    (s_company_invoice_correction_stamped_letter, "other", "support", None, None,
     post("jpg", 200, color=True, skew=1.4, quality=58)),
]


def write_fax(pages, path, ch, rng):
    frames = []
    n = len(pages)
    for i, im in enumerate(pages):
        hdr = ch["header"].replace("{p}", f"{i + 1}/{n}")
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
                                 "tone": ch.get("tone"), "envelope": fn.__name__.endswith(("envelope_first_grey_tiff", "po_box")),
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
