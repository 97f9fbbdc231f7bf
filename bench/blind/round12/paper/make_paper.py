"""Blind round 12, paper half: scanned post and faxes, with ink truth and where the ink is.

Run:  .venv/bin/python bench/blind/round12/paper/make_paper.py
Writes the images, ``truth.jsonl`` and ``material.json`` (the text drawn on each page, for ../selfcheck.py).
The helpers (RecPage, Ctx, heading, addressee, e164, iban, fax, post, write_fax, write_post, main) are round 11's,
copied as tools (main() splits half dev / half blind; write_post gains a rotation by 90/180 degrees and a smaller
phone photo); the letter helpers, the letters and ITEMS are new. Deterministic (seed 20261250). The authorities and
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

SEED = 20261250
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


OKZ = "S.C. OKAZII ONLINE S.R.L. – Centrul de prevenire a fraudelor"


# ------------------------------------------------------------------ genuine (8)

def g_itpf_giurgiu_oval_fax(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ",
                "INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ GIURGIU", "Serviciul Investigații Criminale"],
            ["NESECRET", "Giurgiu"], kinds=["b", "b", "b", ""])
    p.line("Nr. 2.607.118 din 02.12.2026", kind="b")
    p.space(3)
    addressee(p, OUR)
    p.line("ADRESĂ", kind="b", align="center", size=13)
    p.space(2)
    body(p, ["Inspectoratul Teritorial al Poliției de Frontieră Giurgiu efectuează cercetări în dosarul penal "
             "nr. 1377/P/2026 al Parchetului de pe lângă Tribunalul Giurgiu, privind contrabanda cu țigări "
             "introduse în țară prin Punctul de Trecere a Frontierei Giurgiu și vândute prin anunțuri online.",
             "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, pentru utilizatorii "
             "tigari_vrac_gr și dunarea.shop (telefon 0742 660 318), următoarele:",
             ("let", ["datele de identificare ale titularilor conturilor;",
                      "anunțurile publicate și mesajele primite de la cumpărători;",
                      "adresele de livrare și modalitățile de plată folosite."]),
             "Perioada: 01.08.2026 – 30.11.2026. Răspunsul va fi transmis prin fax, la numărul 0246 573 309, "
             "sau prin curier, la sediul nostru din Șos. Portului nr. 1, Giurgiu."])
    p.space(8)
    p.sigblock(["ȘEF SERVICIU", "Comisar de poliție", "Marinescu Florin-Daniel"], name="sig")
    c.sign(p, "sig_last", "steep", "ballpoint_blue", w=44, h=15, dy=-7)
    c.stampit(p, "sig", dx=-62, dy=-2, kind="oval", top="INSPECTORATUL TERITORIAL AL POLIȚIEI DE FRONTIERĂ",
              bottom="GIURGIU", center=["ROMÂNIA", "I.T.P.F."], color="blue", size_mm=34, aspect=1.4, rotate=-8)
    f = le("police", authority="Inspectoratul Teritorial al Poliției de Frontieră Giurgiu", reference_number="2.607.118",
           reference_date="2026-12-02", case_number="1377/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "tigari_vrac_gr"), sub("username", "dunarea.shop"), sub("phone", "+40742660318")],
           requested_data=["datele de identificare ale titularilor conturilor",
                           "anunțurile publicate și mesajele primite de la cumpărători",
                           "adresele de livrare și modalitățile de plată folosite"],
           period={"from": "2026-08-01", "to": "2026-11-30"}, signatory="Comisar de poliție Marinescu Florin-Daniel")
    acc = {"authority": ["ITPF Giurgiu", "Inspectoratul General al Poliției de Frontieră"],
           "reference_number": ["2607118"]}
    return [p], f, acc, ("Border Police territorial inspectorate (registry unit of IGPF, paper only); an OVAL stamp "
                         "left of the block, rotated; answer by fax or courier (channel and reply_to unscored)")


def g_pj_mangalia_two_pages_ink_last(c: Ctx):
    st = K.Style(family="mono", size=10.5, lead=1.35, justify=False, indent=0)
    p1 = c.page(st)
    heading(p1, ["R O M Â N I A", "PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MANGALIA"], ["Dosar nr. 1502/P/2026"])
    p1.line("Nr. 1502/P/2026 din 03 decembrie 2026")
    p1.space(3)
    addressee(p1, OUR, x=90)
    body(p1, ["Procuror Cazacu Roxana-Elena, în dosarul penal nr. 1502/P/2026 privind infracțiunea de "
              "înșelăciune, în temeiul art. 170 alin. (1) C.p.p., solicită comunicarea datelor privind "
              "utilizatorii de mai jos, care au încasat avansuri pentru bărci cu motor inexistente:"])
    p1.table([["Nr.", "Utilizator", "ID", "Telefon"], ["1", "barci_2mai", "49017726", "0722 804 113"],
              ["2", "marina.olimp", "49118305", "+40 769 220 571"]], widths=[12, 48, 32, 52])
    p1.line("- continuare pe verso / pagina 2 -", align="center", size=9)
    p2 = c.page(st)
    p2.line("Dosar nr. 1502/P/2026 – pagina 2", size=9)
    p2.space(4)
    body(p2, ["Se solicită:",
              ("paren", ["datele de identificare ale titularilor conturilor;",
                         "tranzacțiile încheiate prin platformă și sumele încasate;",
                         "conturile bancare declarate pentru încasări."]),
              "Perioada: 01.06.2026 – 30.11.2026. Răspunsul va fi comunicat prin curier, la sediul parchetului."])
    p2.space(10)
    p2.sigblock(["PROCUROR,", "Cazacu Roxana-Elena"], name="sig", align="left")
    p2.line("L.S.", x=140)
    c.sign(p2, "sig_last", "lasso", "fountain_blue", w=48, h=17, dy=-8)
    c.stampit(p2, "sig", dx=62, dy=4, kind="double", top="PARCHETUL DE PE LÂNGĂ JUDECĂTORIA MANGALIA",
              center=["ROMÂNIA"], arms=True, color="blue", size_mm=40, rotate=12)
    f = le("prosecutor", authority="Parchetul de pe lângă Judecătoria Mangalia", reference_number="1502/P/2026",
           reference_date="2026-12-03", case_number="1502/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "barci_2mai"), sub("user_id", "49017726"), sub("phone", "+40722804113"),
                     sub("username", "marina.olimp"), sub("user_id", "49118305"), sub("phone", "+40769220571")],
           requested_data=["datele de identificare ale titularilor conturilor",
                           "tranzacțiile încheiate prin platformă și sumele încasate",
                           "conturile bancare declarate pentru încasări"],
           period={"from": "2026-06-01", "to": "2026-11-30"}, response_channel="courier",
           signatory="Procuror Cazacu Roxana-Elena")
    return [p1, p2], f, None, ("G3 standard fax, monospaced, 2 pages: users table on p. 1, data and ink only on p. 2 "
                               "(which repeats the case number); date half in words; 'L.S.' printed beside the stamp")


def g_jud_adjud_upside_down_scan(c: Ctx):
    p = c.page(K.Style(family="dserif", size=11))
    heading(p, ["ROMÂNIA", "JUDECĂTORIA ADJUD", "Secția civilă și penală"], ["Dosar nr. 2044/173/2026",
                                                                          "Termen: 17.12.2026"])
    p.line("Nr. 2044/173/2026 din 04.12.2026")
    p.space(2)
    addressee(p, OUR)
    body(p, ["Judecătoria Adjud, în dosarul penal nr. 2044/173/2026, aflat în faza de judecată, privind pe "
             "inculpatul Chiriac Vasile, trimis în judecată pentru înșelăciune, în temeiul art. 170 din Codul de "
             "procedură penală, vă solicită să comunicați instanței, pentru utilizatorul vinuri_panciu "
             "(e-mail vinuri.panciu@yahoo.com):",
             ("dash", ["datele de identificare ale utilizatorului;",
                       "lista tranzacțiilor încheiate în perioada 01.03.2026 – 31.10.2026;",
                       "reclamațiile formulate de cumpărători împotriva acestuia."]),
             "Relațiile vor fi transmise prin poștă sau prin curier, la sediul instanței, până la termenul de "
             "judecată."])
    p.space(8)
    p.sigblock(["JUDECĂTOR,", "Manolache Tudor"], name="sig", align="left", width_mm=70)
    p.y -= 12.5
    p.sigblock(["GREFIER,", "Ene Claudia"], name="clerk", align="right", width_mm=60)
    c.sign(p, "sig_last", "hook", "ballpoint_blue2", w=42, h=15, dy=-8)
    c.sign(p, "clerk_last", "initials", "ballpoint_black", w=22, h=11, dy=-7)
    c.stampit(p, "sig", dx=44, dy=8, kind="double", top="JUDECĂTORIA ADJUD", bottom="ROMÂNIA", arms=True,
              color="violet", size_mm=36, rotate=-20)
    f = le("court", authority="Judecătoria Adjud", reference_number="2044/173/2026", reference_date="2026-12-04",
           case_number="2044/173/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "vinuri_panciu"), sub("email", "vinuri.panciu@yahoo.com")],
           requested_data=["datele de identificare ale utilizatorului",
                           "lista tranzacțiilor încheiate în perioada 01.03.2026 – 31.10.2026",
                           "reclamațiile formulate de cumpărători împotriva acestuia"])
    return [p], f, None, ("colour JPEG scanned UPSIDE DOWN (rotated 180°); judge and clerk sign; violet stamp "
                          "between them; answer by post or courier (channel unscored)")


def g_mioveni_town_police_rotated_90(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ",
                "POLIȚIA ORAȘULUI MIOVENI"], ["Mioveni, 03.XII.2026", "Nr. 412.330"], kinds=["", "", "b", "b"])
    p.space(2)
    addressee(p, OUR)
    body(p, ["Poliția Orașului Mioveni efectuează cercetări în dosarul penal nr. 1188/P/2026 privind furtul unor "
             "piese auto din depozitul unei societăți din localitate, piese oferite ulterior spre vânzare pe "
             "platforma dumneavoastră.",
             "În temeiul art. 170 C.proc.pen., vă rugăm să ne comunicați, privind utilizatorul cu ID 50774102 și "
             "utilizatorul dacia_piese_ag, următoarele: datele de identificare ale titularilor; anunțurile "
             "publicate între 01.11.2026 și 02.12.2026; datele cumpărătorilor pieselor vândute.",
             "Răspunsul îl așteptăm pe adresa politia.mioveni@ag.politiaromana.ro."])
    p.space(20)
    p.sigblock(["ȘEFUL POLIȚIEI ORAȘULUI MIOVENI", "Comisar de poliție", "Stoica Marian-Ion"], name="sig")
    c.sign(p, "sig_last", "coil", "gel_violet", w=46, h=16, dy=-7)
    c.stampit(p, "sig", dx=-58, dy=0, kind="round", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ",
              bottom="ROMÂNIA", center=["POLIȚIA ORAȘULUI", "MIOVENI"], color="blue", size_mm=38, rotate=30)
    f = le("police", authority="Poliția Orașului Mioveni", reference_number="412.330", reference_date="2026-12-03",
           case_number="1188/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("user_id", "50774102"), sub("username", "dacia_piese_ag")],
           response_channel="electronic", reply_to="politia.mioveni@ag.politiaromana.ro",
           signatory="Comisar de poliție Stoica Marian-Ion")
    acc = {"authority": ["Inspectoratul de Poliție Județean Argeș", "IPJ Argeș"], "reference_number": ["412330"]}
    return [p], f, acc, ("town police under IPJ Argeș (not in the registry) by post; grey PNG scanned ROTATED 90° "
                         "(the page lies on its side); data asked in one sentence (unscored); 03.XII.2026")


def g_dga_cover_sheet_fax(c: Ctx):
    st = K.Style(family="serif", size=11.5)
    p1 = c.page(st)
    p1.line("MINISTERUL AFACERILOR INTERNE – DIRECȚIA GENERALĂ ANTICORUPȚIE", kind="b", align="center")
    p1.line("SERVICIUL JUDEȚEAN ANTICORUPȚIE TIMIȘ", kind="b", align="center")
    p1.space(10)
    p1.line("FORMULAR DE TRANSMITERE FAX", kind="b", align="center", size=16)
    p1.space(8)
    p1.table([["Către:", "S.C. OKAZII ONLINE S.R.L. – Departamentul Juridic"], ["Fax destinatar:", "021 310 4480"],
              ["De la:", "S.J.A. Timiș – Secretariat"], ["Fax expeditor:", "0256 573 409"],
              ["Data:", "04.12.2026"], ["Număr pagini (inclusiv aceasta):", "2"]], widths=[70, 95], header=False)
    p1.space(6)
    p1.para("Vă transmitem alăturat adresa nr. 3.411.877/TM din 04.12.2026. Originalul urmează prin poștă.")
    p2 = c.page(st)
    heading(p2, ["MINISTERUL AFACERILOR INTERNE", "DIRECȚIA GENERALĂ ANTICORUPȚIE",
                 "SERVICIUL JUDEȚEAN ANTICORUPȚIE TIMIȘ"], ["NESECRET", "Timișoara, 04.12.2026"])
    p2.line("Nr. 3.411.877/TM", kind="b")
    p2.space(2)
    addressee(p2, OUR)
    body(p2, ["În dosarul penal nr. 802/P/2026 al Direcției Naționale Anticorupție – Serviciul Teritorial "
              "Timișoara, în care S.J.A. Timiș a fost delegat să efectueze acte de urmărire penală, în temeiul "
              "art. 170 C.p.p., vă rugăm să ne comunicați, pentru utilizatorul inspector_auto_tm (telefon "
              "+40 756 118 902):",
              ("num", ["datele de identificare și de contact ale titularului contului;",
                       "tranzacțiile și plățile primite prin platformă;",
                       "adresele IP folosite, cu data și ora."]),
              "Perioada: 01.05.2026 – 30.11.2026. Răspunsul, prin curier, la sediul S.J.A. Timiș, "
              "Str. Popa Șapcă nr. 8, Timișoara."])
    p2.space(8)
    p2.sigblock(["ȘEFUL SERVICIULUI", "Comisar-șef de poliție", "Bălan Gheorghe-Florin"], name="sig")
    c.sign(p2, "sig_last", "bigloop", "ballpoint_blue", w=46, h=17, dy=-8)
    c.stampit(p2, "sig", dx=-60, dy=2, kind="double", top="DIRECȚIA GENERALĂ ANTICORUPȚIE",
              bottom="M.A.I.", center=["S.J.A.", "TIMIȘ"], color="blue", size_mm=37, rotate=-15)
    f = le("police", authority="Serviciul Județean Anticorupție Timiș", reference_number="3.411.877/TM",
           reference_date="2026-12-04", case_number="802/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "inspector_auto_tm"), sub("phone", "+40756118902")],
           requested_data=["datele de identificare și de contact ale titularului contului",
                           "tranzacțiile și plățile primite prin platformă", "adresele IP folosite, cu data și ora"],
           period={"from": "2026-05-01", "to": "2026-11-30"}, response_channel="courier",
           signatory="Comisar-șef de poliție Bălan Gheorghe-Florin")
    acc = {"authority": ["Direcția Generală Anticorupție", "DGA"], "authority_kind": ["other"],
           "reference_number": ["3411877/TM"]}
    return [p1, p2], f, acc, ("a fax COVER SHEET in front (page 1, no ink), the letter on page 2 with signature and "
                              "stamp; from DGA's registry fax of its Timiș service")


def g_tmf_brasov_low_res_photo(c: Ctx):
    p = c.page(K.Style(family="free", size=12))
    heading(p, ["ROMÂNIA", "TRIBUNALUL PENTRU MINORI ȘI FAMILIE BRAȘOV", "Secția penală"],
            ["Dosar nr. 3011/1371/2026"])
    p.line("Nr. 3011/1371/2026 din 02.12.2026")
    p.space(2)
    addressee(p, OUR)
    body(p, ["În dosarul penal nr. 3011/1371/2026, aflat pe rolul instanței, în temeiul art. 170 din Codul de "
             "procedură penală, vă solicităm să comunicați, pentru contul de utilizator asociat adresei "
             "rares.tm.2009@gmail.com:",
             ("letdot", ["datele de identificare declarate;", "istoricul autentificărilor (IP, data, ora);",
                         "mesajele trimise prin platformă către alți utilizatori."]),
             "Relațiile vor fi comunicate pe adresa de e-mail tmf-bv-penal@just.ro."])
    p.space(12)
    p.sigblock(["PREȘEDINTE COMPLET,", "Judecător Popovici Adela"], name="sig")
    c.stampit(p, "sig", dx=-8, dy=3, kind="round", top="TRIBUNALUL PENTRU MINORI ȘI FAMILIE BRAȘOV",
              center=["ROMÂNIA"], arms=True, color="darkblue", size_mm=40, rotate=-5)
    c.sign(p, "sig_last", "flourish", "fountain_blue", w=50, h=18, dy=-6, dx=6)
    f = le("court", authority="Tribunalul pentru Minori și Familie Brașov", reference_number="3011/1371/2026",
           reference_date="2026-12-02", case_number="3011/1371/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("email", "rares.tm.2009@gmail.com")],
           requested_data=["datele de identificare declarate", "istoricul autentificărilor (IP, data, ora)",
                           "mesajele trimise prin platformă către alți utilizatori"],
           response_channel="electronic", reply_to="tmf-bv-penal@just.ro", signatory="Judecător Popovici Adela")
    return [p], f, None, ("specialised court; a LOW-RESOLUTION phone photo (1000×1400); the stamp struck over the "
                          "judge's name, the signature drawn over the stamp")


def g_ipj_timis_sic_red_star_fax(c: Ctx):
    p = c.page(K.Style(family="dserif", size=11))
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ",
                "Serviciul de Investigații Criminale"], ["NESECRET", "Timișoara"])
    p.line("Nr. 118.903 din 02.12.2026", kind="b")
    p.space(2)
    addressee(p, OUR)
    body(p, ["În dosarul penal nr. 2987/P/2026 privind infracțiunea de înșelăciune prin vânzarea fictivă de "
             "bilete la evenimente sportive, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne "
             "comunicați pentru utilizatorul bilete_derby_tm (e-mail bilete.derby@gmail.com):",
             ("let", ["datele de identificare și numerele de telefon declarate;",
                      "anunțurile publicate, cu data și prețul;",
                      "tranzacțiile nr. 73012844 și nr. 73013190, cu datele cumpărătorilor."]),
             "Răspunsul va fi transmis electronic, la adresa sic@tm.politiaromana.ro."])
    p.space(8)
    p.sigblock(["ȘEF SERVICIU", "Comisar-șef de poliție", "Tănase Emil"], name="sig")
    c.sign(p, "sig_last", "zigzag", "felt_black", w=40, h=14, dy=-7)
    c.stampit(p, "sig", dx=-10, dy=-4, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ",
              bottom="ROMÂNIA", star=True, color="red", size_mm=36, rotate=8)
    f = le("police", authority="Inspectoratul de Poliție Județean Timiș", reference_number="118.903",
           reference_date="2026-12-02", case_number="2987/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "bilete_derby_tm"), sub("email", "bilete.derby@gmail.com")],
           transactions=["73012844", "73013190"],
           requested_data=["datele de identificare și numerele de telefon declarate",
                           "anunțurile publicate, cu data și prețul",
                           "tranzacțiile nr. 73012844 și nr. 73013190, cu datele cumpărătorilor"],
           response_channel="electronic", reply_to="sic@tm.politiaromana.ro",
           signatory="Comisar-șef de poliție Tănase Emil")
    acc = {"authority": ["IPJ Timiș"], "reference_number": ["118903"]}
    return [p], f, acc, ("dithered G3 fine fax; a RED double ring with a star struck right over the signature and "
                         "name; felt pen")


def g_pt_constanta_ls_fax(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    heading(p, ["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL CONSTANȚA"],
            ["Dosar nr. 9388/P/2026", "Nr. 9388/P/2026/a1", "din 04.12.2026"])
    p.space(2)
    addressee(p, OUR)
    p.line("ADRESĂ", kind="b", align="center")
    body(p, ["Vă aducem la cunoștință că Parchetul de pe lângă Tribunalul Constanța efectuează urmărirea penală în "
             "dosarul nr. 9388/P/2026, privind infracțiunea de spălare a banilor. În temeiul art. 170 din Codul de "
             "procedură penală, vă solicităm să ne comunicați următoarele date privind utilizatorul "
             "mamaia_rent_apart și contul bancar " + iban("INGB", "0001000112233445") + ":",
             ("roman", ["identitatea titularului contului de utilizator;",
                        "toate plățile încasate prin platformă, cu data, suma și plătitorul;",
                        "alte conturi de utilizator care folosesc același cont bancar."]),
             "Perioada: 01.01.2026 – 30.11.2026. Răspunsul va fi transmis prin curier, la sediul parchetului."])
    p.space(16)
    p.sigblock(["PROCUROR,", "Niculescu Andreea-Ioana"], name="sig")
    p.line("L.S.", x=60)
    c.sign(p, "sig_last", "wave", "rollerball_blue", w=44, h=15, dy=-8)
    c.stampit(p, (70, p.anchors["sig"][1] + 6), kind="double", top="PARCHETUL DE PE LÂNGĂ TRIBUNALUL CONSTANȚA",
              center=["ROMÂNIA"], arms=True, color="blue", size_mm=38, rotate=-28)
    f = le("prosecutor", authority="Parchetul de pe lângă Tribunalul Constanța", reference_number="9388/P/2026/a1",
           reference_date="2026-12-04", case_number="9388/P/2026", legal_basis=["art. 170 CPP"],
           subjects=[sub("username", "mamaia_rent_apart"), sub("iban", iban("INGB", "0001000112233445").replace(" ", ""))],
           requested_data=["identitatea titularului contului de utilizator",
                           "toate plățile încasate prin platformă, cu data, suma și plătitorul",
                           "alte conturi de utilizator care folosesc același cont bancar"],
           period={"from": "2026-01-01", "to": "2026-11-30"}, response_channel="courier",
           signatory="Procuror Niculescu Andreea-Ioana")
    return [p], f, None, ("G4 fine fax from the office's second registry number; 'L.S.' printed where the stamp is "
                          "struck over it; number with an '/a1' suffix; roman list; IBAN")


# ------------------------------------------------------------------ forged / defective (4)

def f_reused_registration_number(c: Ctx):
    p = c.page(K.Style(family="dserif", size=11))
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ",
                "Serviciul de Investigații Criminale"], ["NESECRET", "Timișoara"])
    p.line("Nr. 118.903 din 02.12.2026", kind="b")
    p.space(2)
    addressee(p, OUR)
    body(p, ["În dosarul penal nr. 2987/P/2026 privind infracțiunea de înșelăciune, în temeiul art. 170 din Codul "
             "de procedură penală, vă rugăm să ne comunicați pentru utilizatorii timis_phone_store, "
             "vali.gsm.tm și pentru titularul numărului 0733 902 117:",
             ("let", ["datele de identificare și copiile actelor de identitate încărcate;",
                      "adresele IP și dispozitivele folosite la autentificare;",
                      "conturile bancare și cardurile folosite la plăți."]),
             "Răspunsul va fi transmis electronic, la adresa sic@tm.politiaromana.ro."])
    p.space(8)
    p.sigblock(["ȘEF SERVICIU", "Comisar-șef de poliție", "Tănase Emil"], name="sig")
    c.sign(p, "sig_last", "upright", "ballpoint_blue", w=42, h=14, dy=-7)
    c.stampit(p, "sig", dx=-55, dy=0, kind="double", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN TIMIȘ",
              bottom="ROMÂNIA", star=True, color="blue", size_mm=36, rotate=-12)
    return [p], ff("police", "2987/P/2026"), None, (
        "FORGED (registration number reused): from IPJ Timiș's first registry fax, signed and stamped, it repeats the "
        "number, date, case and signatory of the genuine IPJ Timiș letter of this round (nr. 118.903 din 02.12.2026, "
        "dosar 2987/P/2026, sent from the other registry fax) but names other users and asks for ID copies and card "
        "data; another hand and another stamp colour: two letters cannot share one registration number")


def f_cover_sheet_ink_only(c: Ctx):
    st = K.Style(family="serif", size=11.5)
    p1 = c.page(st)
    p1.line("DIRECȚIA GENERALĂ ANTICORUPȚIE – SERVICIUL JUDEȚEAN ANTICORUPȚIE TIMIȘ", kind="b", align="center")
    p1.space(10)
    p1.line("BORDEROU DE EXPEDIERE", kind="b", align="center", size=15)
    p1.space(6)
    p1.table([["Nr. crt.", "Destinatar", "Document", "File"],
              ["1", "S.C. OKAZII ONLINE S.R.L.", "Adresa nr. 3.412.090/TM din 05.12.2026", "1"]],
             widths=[18, 55, 72, 15])
    p1.space(8)
    p1.sigblock(["Expediat,", "Agent-șef Roman Silvia"], name="exp", align="left")
    c.sign(p1, "exp_last", "initials", "ballpoint_blue", w=24, h=11, dy=-7)
    c.stampit(p1, "exp", dx=60, dy=-2, kind="rect2", top="S.J.A. TIMIȘ", rect_lines=("SECRETARIAT", "EXPEDIAT"),
              color="violet", size_mm=20, aspect=2.0, rotate=3)
    p2 = c.page(st)
    heading(p2, ["MINISTERUL AFACERILOR INTERNE", "DIRECȚIA GENERALĂ ANTICORUPȚIE",
                 "SERVICIUL JUDEȚEAN ANTICORUPȚIE TIMIȘ"], ["NESECRET", "Timișoara, 05.12.2026"])
    p2.line("Nr. 3.412.090/TM", kind="b")
    p2.space(2)
    addressee(p2, OUR)
    body(p2, ["În dosarul penal nr. 811/P/2026, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de "
              "identificare, adresele IP și tranzacțiile utilizatorilor vamal_import_tm și ana.cargo, pentru "
              "perioada 01.01.2026 – 04.12.2026.",
              "Răspunsul, prin curier, la sediul S.J.A. Timiș."])
    p2.space(8)
    p2.sigblock(["ȘEFUL SERVICIULUI", "Comisar-șef de poliție", "Bălan Gheorghe-Florin"], name="sig")
    return [p1, p2], ff("police", "811/P/2026"), None, (
        "DEFECTIVE (ink only on the cover sheet): by post, an image-only PDF whose page 1 is a dispatch slip "
        "(borderou) initialled and stamped by a registry clerk; the letter itself (page 2) carries neither "
        "signature nor stamp; incomplete expected (ask for the signed letter)")


def f_faxed_before_dated(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    heading(p, ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA",
                "Serviciul de Investigare a Criminalității Economice"], ["NESECRET", "Constanța"])
    p.line("Nr. 415.330/S3/2 din 07.12.2026", kind="b")
    p.space(2)
    addressee(p, OUR)
    body(p, ["În dosarul penal nr. 6021/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne "
             "comunicați, de urgență, datele de identificare, copiile actelor de identitate, adresele IP și parolele "
             "de acces ale utilizatorilor litoral_cazare și mamaia.vile, pentru perioada 01.05.2026 – 06.12.2026.",
             "Răspunsul va fi transmis prin fax, la numărul de pe care ați primit prezenta."])
    p.space(8)
    p.sigblock(["Șef serviciu,", "Comisar-șef de poliție", "DOBRE MARIAN"], name="sig")
    c.sign(p, "sig_last", "spiral", "ballpoint_blue", w=44, h=15, dy=-7)
    c.stampit(p, "sig", dx=-58, dy=0, kind="round", top="INSPECTORATUL DE POLIȚIE JUDEȚEAN CONSTANȚA",
              bottom="ROMÂNIA", arms=True, color="blue", size_mm=38, rotate=16)
    return [p], ff("police", "6021/P/2026", urgent=True), None, (
        "FORGED (faxed before it was dated): from IPJ Constanța's registry fax; the letter is dated 07.12.2026 but "
        "the sending machine's header line on the page reads 04-DEC-2026 18:12 (and the TIFF was received then): a "
        "letter cannot be sent three days before it was written; it asks for passwords and ID copies, answer by fax")


def f_dry_embossed_seal(c: Ctx):
    p = c.page(K.Style(family="dserif", size=11))
    heading(p, ["ROMÂNIA", "JUDECĂTORIA ADJUD"], ["Dosar nr. 2102/173/2026"])
    p.line("Nr. 2102/173/2026 din 03.12.2026")
    p.space(2)
    addressee(p, OUR)
    body(p, ["În dosarul penal nr. 2102/173/2026, în temeiul art. 170 din Codul de procedură penală, vă solicităm să "
             "comunicați instanței datele de identificare și tranzacțiile utilizatorului tractorist_vn din perioada "
             "01.01.2026 – 30.11.2026.",
             "Relațiile vor fi transmise prin poștă, la sediul instanței."])
    p.space(10)
    p.sigblock(["JUDECĂTOR,", "Manolache Tudor"], name="sig")
    c.sign(p, "sig_last", "hook", "ballpoint_black", w=42, h=15, dy=-8)
    dry_seal(c, p, "sig", dx=-60, dy=2, kind="double", top="JUDECĂTORIA ADJUD", bottom="ROMÂNIA", arms=True,
             color="black", size_mm=34, rotate=0)
    return [p], ff("court", "2102/173/2026"), None, (
        "DEFECTIVE (no ink stamp): signed in ink, but the seal is a DRY embossed impression (paper relief and a "
        "faint shadow, no ink): no stamp to examine on a scan; ink.stamp false; incomplete expected")


# ------------------------------------------------------------------ other (4)

def c_typed_complaint_pensioner(c: Ctx):
    p = c.page(K.Style(family="mono", size=11, justify=False, indent=0))
    p.line("Catre OKAZII ONLINE SRL", kind="b")
    p.line("Departamentul Securitate")
    p.space(6)
    p.line("RECLAMATIE", kind="b", align="center")
    p.space(3)
    body(p, ["Subsemnatul Ionita Gheorghe, din Medgidia, jud. Constanta, va aduc la cunostinta ca in data de "
             "20.11.2026 am comandat de pe site-ul dumneavoastra o drujba Stihl de la vanzatorul utilaje_dobrogea, "
             "comanda nr. 73190455, si am platit 1.150 lei cu ramburs. Coletul primit continea o caramida si niste "
             "ziare. Vanzatorul nu imi mai raspunde la telefon.",
             "Va rog sa imi returnati banii si sa luati masuri impotriva acestui vanzator. Am depus si plangere la "
             "Politia Medgidia.",
             "Telefon: 0741 220 907"])
    p.space(6)
    p.sigblock(["Cu respect,", "Ionita Gheorghe"], name="sig", align="right")
    c.sign(p, "sig_last", "upright", "ballpoint_blue", w=36, h=12, dy=-6)
    f = {"complainant": "Ionita Gheorghe", "transaction_id": "73190455", "counterparty": "utilaje_dobrogea",
         "amount": {"value": "1150.00", "currency": "RON"}, "issue": "fraud_suspected", "contact": {"phone": "+40741220907"}}
    return [p], f, None, "a pensioner's typed complaint by post (monospaced, no diacritics); a brick in the parcel"


def m_seller_company_mediation_fax(c: Ctx):
    p = c.page(K.Style(family="sans", size=11))
    p.line("CASA VERDE SHOP S.R.L.", kind="b")
    p.line("CUI RO41882051, J40/11822/2019, București", size=9)
    p.space(6)
    p.line("Către: Okazii – Departamentul Mediere", kind="b")
    p.line("Ref.: comanda 73399241 – cumpărător adriana_cj", kind="b")
    p.space(4)
    body(p, ["Referitor la disputa deschisă de cumpărătoarea comenzii 73399241 (set lenjerie, 279 lei), vă comunicăm "
             "că produsul a fost desigilat, ceea ce nu permite revânzarea. Propunem, pentru soluționarea amiabilă, "
             "returnarea produsului și rambursarea a 200 lei, diferența acoperind costul ambalajului și al "
             "transportului.",
             "Vă rugăm să transmiteți propunerea noastră cumpărătoarei."])
    p.space(6)
    p.sigblock(["Administrator,", "Vlad Oana"], name="sig", align="left")
    c.sign(p, "sig_last", "wave", "ballpoint_blue", w=34, h=12, dy=-6)
    c.stampit(p, "sig", dx=62, dy=0, kind="rect2", top="CASA VERDE SHOP S.R.L.", rect_lines=("BUCUREȘTI", "RO41882051"),
              color="blue", size_mm=18, aspect=2.3, rotate=-4)
    f = {"transaction_id": "73399241", "counterparty": "adriana_cj", "amount": {"value": "279.00", "currency": "RON"},
         "issue": "return_refused"}
    return [p], f, None, "the seller company answers a return dispute by fax with a counter-proposal; rectangular company stamp"


def u_toner_junk_fax(c: Ctx):
    p = c.page(K.Style(family="freesans", size=13))
    K.print_emblem(p, 40, 30, 22, kind="logo", text="TX")
    p.y = 50
    p.line("OFERTĂ SPECIALĂ DE SFÂRȘIT DE AN", kind="b", align="center", size=20)
    p.space(4)
    body(p, ["Cartușe toner compatibile pentru toate imprimantele: -40% până la 31 decembrie!",
             "Livrare gratuită în 24 de ore la comenzi peste 500 lei. Sunați acum: 0371 700 800.",
             "Pentru dezabonare de la faxurile noastre, trimiteți STOP la 0371 700 801."])
    return [p], {}, None, "junk fax advertising toner, a printed logo, no ink"


def u_job_application_post(c: Ctx):
    p = c.page(K.Style(family="serif", size=11.5))
    p.line("Andreea Muresan", kind="b")
    p.line("Str. Dacia nr. 14, Cluj-Napoca · andreea.muresan.cv@gmail.com · 0745 118 300", size=9.5)
    p.space(6)
    p.line("Către: Okazii – Centrul de prevenire a fraudelor", kind="b")
    p.line("Ref.: Scrisoare de intenție – Analist prevenire fraude")
    p.space(4)
    body(p, ["Stimată doamnă, stimate domn,",
             "Vă scriu pentru postul de analist în Centrul de prevenire a fraudelor. Am lucrat trei ani într-o bancă, "
             "la monitorizarea tranzacțiilor suspecte, colaborând cu Poliția și cu parchetele pentru răspunsurile la "
             "solicitările oficiale din dosarele penale.",
             "Atașez CV-ul și vă stau la dispoziție pentru un interviu."])
    p.space(6)
    p.sigblock(["Cu stimă,", "Andreea Mureșan"], name="sig", align="left")
    c.sign(p, "sig_last", "flourish", "gel_violet", w=40, h=13, dy=-6)
    return [p], {}, None, "a job application by post that speaks of police, prosecutors and criminal files"


# ------------------------------------------------------------------ channels and writers (round 11's, adapted)

def fax(tag, tagval, tsi, header, fine=True, comp="group4", dither=False):
    return {"channel": "fax", "fine": fine, "comp": comp, "tag": tag, "tagval": tagval, "tsi": tsi,
            "header": header, "dither": dither}


def post(fmt, dpi, color=True, skew=None, quality=None, rotate=0, photo_w=None):
    d = {"channel": "post", "fmt": fmt, "dpi": dpi, "color": color}
    if skew is not None:
        d["skew"] = skew
    if quality:
        d["quality"] = quality
    if rotate:
        d["rotate"] = rotate
    if photo_w:
        d["photo_w"] = photo_w
    return d


ITEMS = [
    (g_itpf_giurgiu_oval_fax, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 246 573 309", "+40 246 573 309", "02-DEC-2026 15:40  ITPF GIURGIU  +40 246 573 309  P.{p}")),
    (g_pj_mangalia_two_pages_ink_last, "le_gen", "law_enforcement", True, "verified",
     fax(269, "PARCHET MANGALIA 0241573612", "0241573612", "03/12/2026 12:06  0241573612  PJ MANGALIA  PAG {p}",
         fine=False, comp="group3")),
    (g_jud_adjud_upside_down_scan, "le_gen", "law_enforcement", True, "verified",
     post("jpg", 200, color=True, skew=0.5, quality=72, rotate=180)),
    (g_mioveni_town_police_rotated_90, "le_gen", "law_enforcement", True, "verified",
     post("png", 200, color=False, skew=-0.4, rotate=90)),
    (g_dga_cover_sheet_fax, "le_gen", "law_enforcement", True, "verified",
     fax(315, "SJA TIMIS +40256573409", "+40 256 573 409", "DEC-04-2026 14:02 SJA TIMIS 40256573409 P.{p}")),
    (g_tmf_brasov_low_res_photo, "le_gen", "law_enforcement", True, "verified", post("photo", 120, photo_w=1000)),
    (g_ipj_timis_sic_red_star_fax, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 256 573 140", "+40 256 573 140", "02-12-2026 16:21  IPJ TIMIS SIC  0256573140  P.{p}",
         fine=True, comp="group3", dither=True)),
    (g_pt_constanta_ls_fax, "le_gen", "law_enforcement", True, "verified",
     fax(270, "+40 241 573 611", "+40 241 573 611", "04-DEC-2026 11:05  PARCHET TB CONSTANTA  +40 241 573 611  P.{p}")),
    (f_reused_registration_number, "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 256 573 109", "+40 256 573 109", "02-DEC-2026 17:55  IPJ TIMIS  +40 256 573 109  P.{p}")),
    (f_cover_sheet_ink_only, "le_forged", "law_enforcement", False, "not_verified",
     post("pdf", 200, color=True, skew=-0.7)),
    (f_faxed_before_dated, "le_forged", "law_enforcement", False, "not_verified",
     fax(270, "+40 241 573 109", "+40 241 573 109", "04-DEC-2026 18:12  IPJ CONSTANTA  +40 241 573 109  P.{p}")),
    (f_dry_embossed_seal, "le_forged", "law_enforcement", False, "not_verified",
     post("jpg", 300, color=False, skew=0.4, quality=80)),
    (c_typed_complaint_pensioner, "complaint", "complaint", None, None,
     post("jpg", 200, color=False, skew=2.0, quality=70)),
    (m_seller_company_mediation_fax, "mediation", "mediation", None, None,
     fax(270, "+40 21 330 1188", "+40 21 330 1188", "07-12-2026 09:40  CASA VERDE SHOP  0213301188  P.{p}",
         fine=False, comp="group4")),
    (u_toner_junk_fax, "unknown", "unknown", None, None,
     fax(269, "TONERMAX", "", "06/12/2026 03:14  TONERMAX  PAG {p}", fine=False, comp="group3")),
    (u_job_application_post, "unknown", "unknown", None, None, post("png", 150, color=True)),
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
        if ch.get("rotate"):  # round 12: the page was put on the scanner on its side or upside down
            o = o.rotate(ch["rotate"], expand=True)
        outs.append(o)
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
                                 "rotate": ch.get("rotate", 0), "fax_header": ch.get("header")}
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
