"""The letters of round 3's paper half, one function each: the page(s), the
ink on them, how they travel (out) and their truth."""
from __future__ import annotations

import numpy as np

import penstamp as ps
from sheet import H, W, Letter

OKAZII = ["Către", "OKAZII.RO – Centrul de prevenire a fraudelor", "Departamentul Juridic",
          "Str. Memorandumului nr. 28, Cluj-Napoca"]
OKAZII_NODIA = ["Catre", "OKAZII.RO - Centrul de prevenire a fraudelor", "Departamentul Juridic",
                "Str. Memorandumului nr. 28, Cluj-Napoca"]


# ------------------------------------------------------------------ ink
def sign(L, rng, key="sig", pen="ballpoint", style="mixed", colour="ballpoint_blue", width=300,
         dx=0, dy=-30, page=None, x=None, y=None):
    a = L.anchors[key]
    alpha = ps.render_signature(rng, width, pen, style)
    px = (a["cx"] + dx - alpha.shape[1] / 2) if x is None else x
    py = (a["top"] + dy) if y is None else y
    L.put_ink(a["page"] if page is None else page, alpha, px, py, colour)


def sign_name(L, rng, text, key="sig", colour="navy", height=36, dx=0, dy=0):
    a = L.anchors[key]
    alpha = ps.render_written_name(rng, text, height)
    L.put_ink(a["page"], alpha, a["cx"] + dx - alpha.shape[1] / 2, a["bottom"] + dy, colour)


def stamp(L, rng, spec, colour, key="sig", dx=0, dy=0, rotate=None, fade=0.0, double=False,
          pressure=0.95, page=None, cx=None, cy=None, bleed=0.6, dry=0.15):
    m = ps.stamp_mask(rng, spec)
    rot = rng.uniform(-25, 25) if rotate is None else rotate
    alpha = ps.ink_impression(rng, m, rotate=rot, pressure=pressure, fade=fade,
                              fade_dir=rng.uniform(0, 6.28), double=double, bleed=bleed, dry=dry)
    a = L.anchors.get(key, {"page": 0, "cx": W / 2, "top": H / 2})
    x = (a["cx"] + dx) if cx is None else cx
    y = (a["top"] + dy) if cy is None else cy
    L.put_ink(a["page"] if page is None else page, alpha, x - alpha.shape[1] / 2, y - alpha.shape[0] / 2, colour)


def pasted_stamp(L, rng, spec, key="sig", dx=0, dy=0, rotate=7.0):
    """A stamp photocopied, cut out and glued on: grey halftone dots on a
    scrap of paper whose edge throws a thin shadow."""
    m = ps.stamp_mask(rng, spec)
    imp = ps.ink_impression(rng, m, rotate=0, pressure=0.95)
    dots = ps.halftone_copy(rng, imp, cell=4)
    h, w = dots.shape
    pad = 6
    scrap = np.zeros((h + 2 * pad, w + 2 * pad), np.float32)
    scrap[pad:-pad, pad:-pad] = 0.06  # the scrap is a little greyer than the page
    scrap[pad:-pad, pad:-pad] = np.maximum(scrap[pad:-pad, pad:-pad], dots * 0.8)
    shadow = np.zeros_like(scrap)
    shadow[-pad:, 3:] = 0.45
    shadow[3:, -pad:] = 0.45
    from PIL import Image
    combo = np.maximum(scrap, shadow)
    im = Image.fromarray((combo * 255).astype(np.uint8)).rotate(rotate, resample=Image.BICUBIC, expand=True)
    alpha = np.asarray(im, dtype=np.float32) / 255.0
    a = L.anchors[key]
    L.put_ink(a["page"], alpha, a["cx"] + dx - alpha.shape[1] / 2, a["top"] + dy - alpha.shape[0] / 2,
              (0.25, 0.25, 0.25))


def subj(kind, value):
    return {"kind": kind, "value": value}


def fax_header(date, number, name):
    return f"{date}  DE LA: {number}  {name}"


# =========================================================== LAW ENFORCEMENT
def le_valcea_dragasani_fax(rng):
    L = Letter(rng, family="times", size=31, page_numbers=True)
    L.twocol(["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN VÂLCEA",
              "POLIȚIA MUNICIPIULUI DRĂGĂȘANI", "Biroul de Investigații Criminale"],
             ["NESECRET", "Drăgășani", "Nr. 318.442 din 27.11.2026", "Ex. nr. 1"], size=28)
    L.gap(50)
    L.lines(OKAZII, x=700)
    L.gap(40)
    L.para("Stimată doamnă / Stimate domn,", indent=False)
    L.para("Biroul de Investigații Criminale din cadrul Poliției Municipiului Drăgășani efectuează "
           "cercetări în dosarul penal nr. 2417/P/2026, înregistrat la Parchetul de pe lângă Judecătoria "
           "Drăgășani, privind săvârșirea infracțiunii de înșelăciune prevăzută de art. 244 alin. (1) din "
           "Codul penal, reclamată de numitul Stoica Florin, care a achitat suma de 2.350 lei pentru un "
           "set de jante auto ce nu i-a mai fost livrat.")
    L.para("Din verificările efectuate a rezultat că anunțul a fost publicat pe platforma dumneavoastră "
           "de utilizatorul „moto_piese_dragasani”, care a comunicat cumpărătorului și numărul de telefon "
           "0745 312 908.")
    L.para("Având în vedere dispozițiile art. 170 din Codul de procedură penală, vă rugăm să ne "
           "comunicați, pentru perioada 01.08.2026 – 15.11.2026, următoarele:")
    L.items(["datele de identificare declarate la crearea contului (nume, prenume, adresă, CNP dacă există);",
             "adresele de e-mail și numerele de telefon asociate contului;",
             "adresele IP de la care s-a accesat contul, cu data și ora fiecărei conectări;",
             "lista anunțurilor publicate și a tranzacțiilor încheiate în perioada menționată."],
            marker="{n}.")
    L.para("Răspunsul poate fi transmis electronic, la adresa bic.dragasani@vl.politiaromana.ro, sau prin "
           "curier, la sediul unității noastre din str. Gib Mihăescu nr. 12, Drăgășani.")
    L.pagebreak()
    L.para("Menționăm că datele solicitate sunt necesare exclusiv pentru soluționarea dosarului penal "
           "sus-menționat și vor fi tratate cu respectarea legislației privind protecția datelor cu "
           "caracter personal.")
    L.para("Vă mulțumim pentru colaborare.", indent=True)
    L.gap(30)
    L.sig(["Șef birou", "Comisar de poliție", "Dobrescu Mihai-Cristian"], align="right", space_after=60)
    L.lines(["Întocmit: ag. șef adj. Ilie R.", "Tel. 0250 557 140"], size=22)
    sign(L, rng, pen="ballpoint", style="loopy", width=330, dy=20, dx=-30)
    stamp(L, rng, dict(shape="round", size_px=330, top="INSPECTORATUL DE POLIȚIE JUDEȚEAN VÂLCEA",
                       bottom="POLIȚIA MUN. DRĂGĂȘANI", centre="arms", rings=2, text_scale=0.14),
          "blue", dx=-240, dy=70, rotate=-14)
    fax = "+40 250 557 131"
    return dict(group="le_genuine", letter=L,
                out=dict(kind="fax", mode="fine", compression="group4", tsi=fax, skew=0.6,
                         header=fax_header("27/11/2026 14:06", fax, "IPJ VL POL MUN DRAGASANI")),
                truth=dict(category="law_enforcement", channel="fax", fax_number=fax, genuine=True,
                           expect_verdict="verified", registry_authority="Inspectoratul de Poliție Județean Vâlcea",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Poliția Municipiului Drăgășani", "authority_kind": "police",
                                   "reference_number": "318.442", "reference_date": "2026-11-27",
                                   "case_number": "2417/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "moto_piese_dragasani"), subj("phone", "+40745312908")],
                                   "requested_data": [
                                       "datele de identificare declarate la crearea contului (nume, prenume, adresă, CNP dacă există)",
                                       "adresele de e-mail și numerele de telefon asociate contului",
                                       "adresele IP de la care s-a accesat contul, cu data și ora fiecărei conectări",
                                       "lista anunțurilor publicate și a tranzacțiilor încheiate în perioada menționată"],
                                   "period": {"from": "2026-08-01", "to": "2026-11-15"},
                                   "response_channel": "both",
                                   "signatory": "Șef birou Comisar de poliție Dobrescu Mihai-Cristian", "urgent": False},
                           accept={"authority": ["Inspectoratul de Poliție Județean Vâlcea", "IPJ Vâlcea",
                                                 "Poliția Municipiului Drăgășani - Biroul de Investigații Criminale"],
                                   "reference_number": ["318442"],
                                   "signatory": ["Comisar de poliție Dobrescu Mihai-Cristian", "Dobrescu Mihai-Cristian"]},
                           notes="2-page G4 fax 204x196 from IPJ Vâlcea's registry fax number; signature and round "
                                 "stamp (blue on paper, black after the fax) on page 2 only, stamp overlapping the "
                                 "printed rank/name and the signature; a contact officer's phone in small print is "
                                 "not a subject; both electronic and courier answer offered."))


def le_sibiu_ordonanta_post(rng):
    L = Letter(rng, family="freeserif", size=32)
    L.twocol(["ROMÂNIA", "MINISTERUL PUBLIC", "PARCHETUL DE PE LÂNGĂ", "JUDECĂTORIA SIBIU"],
             ["Dosar nr. 5120/P/2026", "Nr. 4417/II/2/2026"], size=30)
    L.gap(60)
    L.title("ORDONANȚĂ", size=40, spaced=True)
    L.lines(["24.XI.2026"], align="center")
    L.gap(20)
    L.para("Ana-Maria Roșca, procuror în cadrul Parchetului de pe lângă Judecătoria Sibiu,")
    L.para("Examinând actele dosarului penal cu numărul de mai sus, privind săvârșirea infracțiunii de "
           "fraudă informatică prevăzută de art. 249 din Codul penal, în care persoana vătămată Ciobanu "
           "Ioana a reclamat că a plătit contravaloarea unui laptop comandat pe platforma OKAZII.RO "
           "(comanda nr. 61204877), fără ca produsul să îi fie livrat,")
    L.title("CONSTAT:", size=32)
    L.para("Din actele dosarului rezultă că vânzătorul a folosit contul cu ID 20844751, înregistrat cu "
           "adresa de e-mail elena.vasilescu84@yahoo.com. Pentru identificarea făptuitorului este necesară "
           "obținerea de la operatorul platformei a unor date și înscrisuri aflate în posesia acestuia.")
    L.para("Față de cele de mai sus, în temeiul art. 170 alin. (1) din Codul de procedură penală,")
    L.title("DISPUN:", size=32)
    L.para("Obligarea S.C. OKAZII S.R.L. să comunice, în termen de 10 zile de la primire, datele de "
           "identificare ale utilizatorului, adresele IP de conectare și istoricul tranzacțiilor aferente "
           "contului sus-menționat, pentru perioada 1 septembrie 2026 – 20 noiembrie 2026.")
    L.para("Răspunsul se va transmite prin poștă sau curier la sediul Parchetului de pe lângă Judecătoria "
           "Sibiu, str. Dealului nr. 3, Sibiu, cu mențiunea numărului de dosar.")
    L.gap(40)
    L.sig(["PROCUROR,", "Ana-Maria Roșca"], align="right", space_after=40)
    L.anchor("ls", x=420)
    L.lines(["L.S."], x=380)
    sign(L, rng, pen="fountain", style="angular", colour="navy", width=260, dy=55, dx=10)
    stamp(L, rng, dict(shape="oval", size_px=360, aspect=0.7, ring="ROMÂNIA * MINISTERUL PUBLIC * PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SIBIU * ",
                       centre="arms", rings=2, text_scale=0.16),
          "violet", key="ls", dx=90, dy=-40, rotate=-31, fade=0.55)
    return dict(group="le_genuine", letter=L,
                out=dict(kind="jpeg", grey=False, skew=-0.7, quality=68),
                truth=dict(category="law_enforcement", channel="post", genuine=True, expect_verdict="verified",
                           registry_authority="Parchetul de pe lângă Judecătoria Sibiu",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Parchetul de pe lângă Judecătoria Sibiu", "authority_kind": "prosecutor",
                                   "reference_number": "4417/II/2/2026", "reference_date": "2026-11-24",
                                   "case_number": "5120/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("user_id", "20844751"), subj("email", "elena.vasilescu84@yahoo.com")],
                                   "transactions": ["61204877"],
                                   "requested_data": ["datele de identificare ale utilizatorului", "adresele IP de conectare",
                                                      "istoricul tranzacțiilor aferente contului sus-menționat"],
                                   "period": {"from": "2026-09-01", "to": "2026-11-20"},
                                   "response_channel": "courier",
                                   "signatory": "Procuror Ana-Maria Roșca", "urgent": False},
                           accept={"reference_number": ["5120/P/2026"],
                                   "requested_data": [["datele de identificare ale utilizatorului", "adresele IP de conectare", "istoricul tranzacțiilor"]]},
                           notes="Prosecutor's ordonanță (ORDONANȚĂ spaced out, date in Roman-numeral month on its own "
                                 "line, CONSTAT / DISPUN), colour flatbed JPEG by post; violet OVAL stamp with the ring "
                                 "text all around, rotated ~30°, one side faded, left of the signature over the 'L.S.' "
                                 "mark (off-centre); fountain-pen signature in dark blue above the name; data asked in "
                                 "one prose sentence; the art. 249 of the penal code is the offence, not a legal basis."))


def le_mures_court_pdf(rng):
    L = Letter(rng, family="dejaserif", size=29, page_numbers=True, footer="Str. Justiției nr. 1, Târgu Mureș · Tel. 0265 557 500 · Fax 0265 557 520")
    L.lines(["ROMÂNIA", "JUDECĂTORIA TÂRGU MUREȘ", "SECȚIA PENALĂ", "Judecătorul de drepturi și libertăți"], bold=True)
    L.gap(10)
    L.lines(["Dosar nr. 6684/320/2026", "Nr. ieșire 21.907 / 03.12.2026"], x=1000)
    L.gap(40)
    L.lines(["Către: S.C. OKAZII S.R.L. (OKAZII.RO)", "în atenția Departamentului Juridic"], x=170)
    L.gap(30)
    L.title("ADRESĂ")
    L.para("Vă comunicăm alăturat, în extras, încheierea nr. 1187 din 2 decembrie 2026 pronunțată în "
           "camera preliminară de judecătorul de drepturi și libertăți în dosarul nr. 6684/320/2026, prin "
           "care, în temeiul art. 152 din Codul de procedură penală, s-a admis cererea Parchetului de pe "
           "lângă Judecătoria Târgu Mureș formulată în dosarul penal nr. 1290/P/2026 și s-a autorizat "
           "obținerea de la furnizorul dumneavoastră a datelor de mai jos.")
    L.para("Datele privesc utilizatorul cu numele de utilizator ardeal_gsm și numărul de telefon "
           "+40 765 220 193, pentru intervalul 01.06.2026 – 31.10.2026, după cum urmează:")
    L.items(["datele de identificare ale titularului contului;",
             "adresele IP și datele de conectare (data, ora, fusul orar);",
             "numerele de telefon și adresele de e-mail folosite pentru recuperarea parolei;",
             "mesajele schimbate prin platformă cu cumpărătorii, în format electronic."],
            marker="{a})")
    L.para("Datele vor fi predate pe suport electronic, prin curier, la registratura instanței, în termen "
           "de 5 zile de la primirea prezentei, cu mențiunea numărului de dosar.")
    L.pagebreak()
    L.para("Vă aducem la cunoștință că, potrivit art. 152 alin. (4) CPP, sunteți obligați să păstrați "
           "confidențialitatea cererii și a datelor transmise.")
    L.gap(60)
    y0 = L.y
    L.sig(["JUDECĂTOR,", "Sorina Kovács"], align="left", key="judge", space_after=0)
    L.y = y0
    L.sig(["GREFIER,", "Teodora Moldovan"], align="right", key="clerk", space_after=140)
    L.para("Anexă: extras din încheierea nr. 1187/02.12.2026 (1 filă).", indent=False, size=24)
    sign(L, rng, key="judge", pen="fine", style="loopy", colour="gel_black", width=280, dy=75)
    sign(L, rng, key="clerk", pen="ballpoint", style="initials", colour="ballpoint_blue", width=150, dy=70)
    stamp(L, rng, dict(shape="round", size_px=320, top="ROMÂNIA * JUDECĂTORIA", bottom="TÂRGU MUREȘ",
                       centre="arms", rings=3, text_scale=0.15),
          "red", key="judge", dx=200, dy=60, rotate=8, double=True)
    return dict(group="le_genuine", letter=L,
                out=dict(kind="pdf", grey=False, quality=55, scale=0.9),
                truth=dict(category="law_enforcement", channel="post", genuine=True, expect_verdict="verified",
                           registry_authority="Judecătoria Târgu Mureș",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Judecătoria Târgu Mureș", "authority_kind": "court",
                                   "reference_number": "21.907", "reference_date": "2026-12-03",
                                   "case_number": "6684/320/2026", "legal_basis": ["art. 152 CPP"],
                                   "subjects": [subj("username", "ardeal_gsm"), subj("phone", "+40765220193")],
                                   "requested_data": ["datele de identificare ale titularului contului",
                                                      "adresele IP și datele de conectare (data, ora, fusul orar)",
                                                      "numerele de telefon și adresele de e-mail folosite pentru recuperarea parolei",
                                                      "mesajele schimbate prin platformă cu cumpărătorii, în format electronic"],
                                   "period": {"from": "2026-06-01", "to": "2026-10-31"},
                                   "response_channel": "courier", "urgent": False},
                           accept={"authority": ["Judecătoria Târgu Mureș - Secția penală"],
                                   "reference_number": ["21907"],
                                   "case_number": ["1290/P/2026"], "response_channel": ["both"]},
                           notes="A court's address communicating a JDL încheiere (art. 152 CPP), image-only PDF of 2 "
                                 "colour pages; page 2 holds one paragraph, judge (left) and clerk (right) signing, a "
                                 "RED triple-ring stamp with a double strike over the judge's name; the clerk signs with "
                                 "short initials; 'Nr. ieșire 21.907 / 03.12.2026'; court file 6684/320/2026 beside the "
                                 "prosecutor's 1290/P/2026 (either accepted as case); signatory left out (two signers); "
                                 "the footer carries the court's own phone and fax."))


def le_diicot_constanta_fax(rng):
    L = Letter(rng, family="arial", size=30)
    L.lines(["MINISTERUL PUBLIC", "PARCHETUL DE PE LANGA INALTA CURTE DE CASATIE SI JUSTITIE",
             "DIRECTIA DE INVESTIGARE A INFRACTIUNILOR DE", "CRIMINALITATE ORGANIZATA SI TERORISM",
             "SERVICIUL TERITORIAL CONSTANTA"], bold=True, size=27)
    L.gap(20)
    L.lines(["Nr. 9931/II-5/2026 din 02.12.2026"], align="right")
    L.gap(30)
    L.lines(OKAZII_NODIA, x=170)
    L.gap(30)
    L.para("In dosarul penal nr. 1208/D/P/2026, aflat in curs de urmarire penala la DIICOT - Serviciul "
           "Teritorial Constanta, avand ca obiect savarsirea infractiunilor de constituire a unui grup "
           "infractional organizat si inselaciune, in temeiul art. 170 C.proc.pen., va solicitam sa ne "
           "comunicati datele de identificare ale titularilor conturilor de utilizator constanta_deals si "
           "litoral.outlet, istoricul tranzactiilor efectuate de acestia intre 1 iulie 2026 si 30 noiembrie "
           "2026 si conturile bancare inregistrate pentru incasarea platilor, inclusiv contul "
           "RO66RNCB0082044718390001.")
    L.para("De asemenea, va rugam sa precizati daca alti utilizatori au folosit aceleasi conturi bancare "
           "sau aceleasi adrese IP.")
    L.para("Raspunsul va fi transmis pe adresa de e-mail st.constanta@diicot.ro, cu mentiunea numarului "
           "de dosar.")
    L.gap(40)
    L.sig(["Procuror sef serviciu,", "Radu-Ionut Zamfir"], align="center", space_after=150)
    sign(L, rng, pen="marker", style="angular", colour="black", width=300, dy=30, dx=60)
    stamp(L, rng, dict(shape="round", size_px=300, ring="ROMANIA * MINISTERUL PUBLIC * D.I.I.C.O.T. * S.T. CONSTANTA * ",
                       centre="text", centre_lines=["DIICOT", "*"], rings=3, text_scale=0.15, font="sans"),
          "black", dx=-260, dy=70, rotate=22)
    fax = "+40 241 557 630"
    return dict(group="le_genuine", letter=L,
                out=dict(kind="fax", mode="standard", compression="group3", tsi=fax, skew=-0.9, noise=0.08,
                         header="FROM : DIICOT ST CONSTANTA    FAX NO. : " + fax.replace(" ", "") + "    02 Dec. 2026 11:48AM", page_label="P{i}"),
                truth=dict(category="law_enforcement", channel="fax", fax_number=fax, genuine=True, expect_verdict="verified",
                           registry_authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul Teritorial Constanța",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "DIICOT - Serviciul Teritorial Constanta", "authority_kind": "prosecutor",
                                   "reference_number": "9931/II-5/2026", "reference_date": "2026-12-02",
                                   "case_number": "1208/D/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "constanta_deals"), subj("username", "litoral.outlet"),
                                                subj("iban", "RO66RNCB0082044718390001")],
                                   "period": {"from": "2026-07-01", "to": "2026-11-30"},
                                   "response_channel": "electronic", "reply_to": "st.constanta@diicot.ro",
                                   "signatory": "Procuror sef serviciu Radu-Ionut Zamfir", "urgent": False},
                           accept={"authority": ["Directia de Investigare a Infractiunilor de Criminalitate Organizata si Terorism - Serviciul Teritorial Constanta",
                                                 "DIICOT - Serviciul Teritorial Constanța", "DIICOT Serviciul Teritorial Constanta"],
                                   "signatory": ["Procuror șef serviciu Radu-Ionuț Zamfir", "Radu-Ionut Zamfir"]},
                           notes="Standard-resolution G3 fax (204x98) with no diacritics anywhere; DIICOT's directorate "
                                 "name broken over two heading lines; one long prose paragraph naming two usernames and "
                                 "an IBAN; black triple-ring stamp with ring text all around, left of a thick black "
                                 "marker signature set across the signatory's name; a follow-up question (other users "
                                 "on the same accounts) that is not a listed datum."))


def le_maramures_phone(rng):
    L = Letter(rng, family="narrow", size=33)
    L.lines(["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ",
             "Serviciul de Investigare a Criminalității Economice"], bold=True)
    L.gap(20)
    L.lines(["Nr. 144.390/SICE/2026", "Data: 30 noiembrie 2026", "Baia Mare"], x=1130)
    L.gap(40)
    L.lines(["CĂTRE,", "S.C. OKAZII S.R.L.", "Cluj-Napoca"], x=170, bold=False)
    L.gap(30)
    L.para("Vă aducem la cunoștință că pe rolul Serviciului de Investigare a Criminalității Economice din "
           "cadrul I.P.J. Maramureș se află dosarul penal nr. 3376/P/2026 al Parchetului de pe lângă "
           "Tribunalul Maramureș, în care se efectuează cercetări sub aspectul săvârșirii infracțiunii de "
           "evaziune fiscală.")
    L.para("În baza art. 170 C.p.p., vă solicităm să ne puneți la dispoziție, referitor la utilizatorul "
           "lapusneanu_auto (adresa de e-mail auto.piese.mm@gmail.com):")
    L.items(["date de identificare ale utilizatorului",
             "numărul total de produse vândute și valoarea acestora",
             "detaliile tranzacțiilor nr. 77120945 și nr. 77121388",
             "contul bancar în care au fost încasate sumele"], marker="–", indent=50, hang=40)
    L.para("pentru perioada 1 ianuarie 2026 – 31 octombrie 2026.", indent=False)
    L.para("Răspunsul îl puteți transmite prin e-mail la sice@mm.politiaromana.ro.")
    L.gap(30)
    L.sig(["ȘEF SERVICIU", "Comisar-șef de poliție", "POP GAVRIL"], align="right", space_after=80)
    sign(L, rng, pen="ballpoint", style="initials", colour="ballpoint_blue", width=200, dy=-50, dx=-20)
    stamp(L, rng, dict(shape="round", size_px=310, top="INSPECTORATUL DE POLIȚIE", bottom="JUDEȚEAN MARAMUREȘ",
                       centre="text", centre_lines=["ROMÂNIA", "M.A.I."], rings=2, text_scale=0.15),
          "blue", dx=130, dy=90, rotate=27, fade=0.7, pressure=0.75)
    return dict(group="le_genuine", letter=L,
                out=dict(kind="photo", quality=72, args=dict(tilt=0.07, rot=-2.6)),
                truth=dict(category="law_enforcement", channel="post", genuine=True, expect_verdict="verified",
                           registry_authority="Inspectoratul de Poliție Județean Maramureș",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Inspectoratul de Poliție Județean Maramureș", "authority_kind": "police",
                                   "reference_number": "144.390/SICE/2026", "reference_date": "2026-11-30",
                                   "case_number": "3376/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "lapusneanu_auto"), subj("email", "auto.piese.mm@gmail.com")],
                                   "transactions": ["77120945", "77121388"],
                                   "requested_data": ["date de identificare ale utilizatorului",
                                                      "numărul total de produse vândute și valoarea acestora",
                                                      "detaliile tranzacțiilor nr. 77120945 și nr. 77121388",
                                                      "contul bancar în care au fost încasate sumele"],
                                   "period": {"from": "2026-01-01", "to": "2026-10-31"},
                                   "response_channel": "electronic", "reply_to": "sice@mm.politiaromana.ro",
                                   "signatory": "Șef serviciu Comisar-șef de poliție Pop Gavril", "urgent": False},
                           accept={"authority": ["IPJ Maramureș - Serviciul de Investigare a Criminalității Economice",
                                                 "Serviciul de Investigare a Criminalității Economice"],
                                   "reference_number": ["144390/SICE/2026", "144.390"],
                                   "signatory": ["Comisar-șef de poliție Pop Gavril", "POP GAVRIL"]},
                           notes="Phone photo (JPEG) of a letter on a wooden table: keystone perspective, rotation, "
                                 "the phone's shadow, vignette, warm cast. Number and date on separate labelled lines "
                                 "('Data: 30 noiembrie 2026'); dashed list; the period on the line after the list. "
                                 "Signature is short blue initials ABOVE the function line; blue stamp rotated ~27°, "
                                 "weakly inked and faded on one side, below-left of the name."))


def le_buzau_fax_3p(rng):
    L = Letter(rng, family="times", size=32, page_numbers=True)
    L.lines(["R O M Â N I A", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL BUZĂU"], align="center", bold=True)
    L.gap(20)
    L.lines(["Nr. 3.310/VIII-1/2026 din 1 decembrie 2026"], align="center")
    L.gap(50)
    L.lines(["CĂTRE", "OKAZII.RO", "Centrul de prevenire a fraudelor"], x=170)
    L.gap(40)
    L.para("Parchetul de pe lângă Tribunalul Buzău efectuează urmărirea penală în dosarul nr. 842/P/2025, "
           "privind infracțiunile de înșelăciune (art. 244 C.pen.) și spălare a banilor, comise în perioada "
           "2025–2026 prin intermediul mai multor platforme de anunțuri online.")
    L.para("În cursul cercetărilor s-a stabilit că unul dintre conturile folosite este cel cu numele de "
           "utilizator buzau_electro (ID utilizator 31190457), la care figurează numărul de telefon "
           "0722 418 006. Un număr de 37 de persoane vătămate au declarat că au achitat bunuri electronice "
           "(telefoane mobile, console de jocuri) care nu le-au fost livrate.")
    L.para("Pentru stabilirea întinderii prejudiciului și identificarea tuturor persoanelor implicate, în "
           "temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați:")
    L.items(["datele de identificare furnizate la înregistrarea contului;",
             "toate numerele de telefon și adresele de e-mail folosite de-a lungul timpului;",
             "istoricul complet al anunțurilor publicate, cu prețurile afișate;",
             "lista tranzacțiilor, cu datele de identificare ale cumpărătorilor;",
             "reclamațiile primite de la cumpărători și răspunsurile date acestora;",
             "adresele IP de autentificare."],
            marker="{a})")
    L.para("Datele sunt solicitate pentru intervalul 1 martie 2025 – 30 noiembrie 2026.")
    L.pagebreak()
    L.para("Având în vedere volumul datelor, vă rugăm ca acestea să fie transmise în format electronic "
           "(fișiere .xlsx sau .csv), pe un suport de stocare predat prin curier la sediul Parchetului de pe "
           "lângă Tribunalul Buzău, B-dul Nicolae Bălcescu nr. 2, Buzău.")
    L.para("Persoana de contact: grefier Andreea Marin, telefon 0238 557 415.")
    L.pagebreak()
    L.gap(40)
    L.para("Vă mulțumim pentru sprijinul acordat.", indent=True)
    L.gap(60)
    L.sig(["PROCUROR,", "Lucian-Viorel Grigore"], align="right", space_after=60)
    sign(L, rng, pen="felt", style="mixed", colour="navy", width=360, dy=10, dx=-40)
    stamp(L, rng, dict(shape="round", size_px=300, top="PARCHETUL DE PE LÂNGĂ", bottom="TRIBUNALUL BUZĂU",
                       centre="arms", rings=2, text_scale=0.15),
          "violet", dx=-150, dy=-40, rotate=-6)
    fax = "+40 238 557 412"
    return dict(group="le_genuine", letter=L,
                out=dict(kind="fax", mode="200x100", compression="group3", tsi=fax, skew=0.4, threshold=0.6,
                         header="PT BUZAU        TEL/FAX " + fax.replace("+40 ", "0040") + "   01.12.2026 16:20", page_label="PAG. {i}/{n}"),
                truth=dict(category="law_enforcement", channel="fax", fax_number=fax, genuine=True, expect_verdict="verified",
                           registry_authority="Parchetul de pe lângă Tribunalul Buzău",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Parchetul de pe lângă Tribunalul Buzău", "authority_kind": "prosecutor",
                                   "reference_number": "3.310/VIII-1/2026", "reference_date": "2026-12-01",
                                   "case_number": "842/P/2025", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "buzau_electro"), subj("user_id", "31190457"), subj("phone", "+40722418006")],
                                   "requested_data": ["datele de identificare furnizate la înregistrarea contului",
                                                      "toate numerele de telefon și adresele de e-mail folosite de-a lungul timpului",
                                                      "istoricul complet al anunțurilor publicate, cu prețurile afișate",
                                                      "lista tranzacțiilor, cu datele de identificare ale cumpărătorilor",
                                                      "reclamațiile primite de la cumpărători și răspunsurile date acestora",
                                                      "adresele IP de autentificare"],
                                   "period": {"from": "2025-03-01", "to": "2026-11-30"},
                                   "response_channel": "courier",
                                   "signatory": "Procuror Lucian-Viorel Grigore", "urgent": False},
                           accept={"reference_number": ["3310/VIII-1/2026"], "response_channel": ["both"]},
                           notes="Three-page G3 fax at 200x100 dpi; page 3 carries only the thanks, the signature "
                                 "(felt pen) and a violet stamp (black after the fax) partly over the thanks line "
                                 "ABOVE the signatory block; a year span '2025–2026' and a second 2025 date "
                                 "that is not the period; contact clerk's phone is not a subject."))


def le_hunedoara_petrosani_tiff(rng):
    L = Letter(rng, family="freesans", size=30, page_numbers=True)
    L.lines(["IPJ HUNEDOARA", "POLIȚIA MUNICIPIULUI PETROȘANI", "Serviciul de Investigații Criminale"], bold=True, size=30)
    L.lines(["Nr. 207 519 din 25 XI 2026"], x=170, size=28)
    L.gap(60)
    L.title("Către OKAZII.RO")
    L.para("În lucrare avem dosarul penal nr. 1844/P/2026 privind infracțiunea de înșelăciune, în care "
           "persoana vătămată Bălan Victoria a reclamat că a plătit, prin transfer bancar, suma de 4.100 lei "
           "pentru un scuter electric oferit spre vânzare pe site-ul dumneavoastră.")
    L.para("Vânzătorul a purtat discuțiile de pe adresa de e-mail scutere.jiu@outlook.com și de pe numărul "
           "de telefon 0040 731 662 045.")
    L.para("În conformitate cu art. 170 Cod procedură penală, vă rugăm să ne furnizați:")
    L.items(["identitatea utilizatorului care a folosit adresa de e-mail și numărul de telefon de mai sus;",
             "anunțurile publicate de acesta în ultimele 6 luni;",
             "adresele IP folosite la publicarea anunțurilor;",
             "eventualele reclamații ale altor cumpărători."], marker="•", indent=40, hang=40)
    L.para("Vă rugăm să transmiteți răspunsul prin poștă, la sediul Poliției Municipiului Petroșani, "
           "str. 1 Decembrie 1918 nr. 90, Petroșani, jud. Hunedoara.")
    L.pagebreak()
    L.gap(40)
    L.para("Cu stimă,", indent=False)
    L.gap(40)
    L.sig(["Comisar de poliție", "Ștefan Bogdan Lupu", "Șef Serviciu"], align="left", space_after=100)
    sign(L, rng, pen="ballpoint", style="loopy", colour="ballpoint_blue", width=290, dy=-20, dx=330)
    stamp(L, rng, dict(shape="round", size_px=340, top="IPJ HUNEDOARA * POLIȚIA MUN.", bottom="PETROȘANI",
                       centre="star", rings=2, text_scale=0.14),
          "blue", dx=560, dy=60, rotate=40, double=True)
    return dict(group="le_genuine", letter=L,
                out=dict(kind="tiff", grey=True, scale=0.75, compression="jpeg"),
                truth=dict(category="law_enforcement", channel="post", genuine=True, expect_verdict="verified",
                           registry_authority="Inspectoratul de Poliție Județean Hunedoara",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Poliția Municipiului Petroșani", "authority_kind": "police",
                                   "reference_number": "207 519", "reference_date": "2026-11-25",
                                   "case_number": "1844/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("email", "scutere.jiu@outlook.com"), subj("phone", "+40731662045")],
                                   "requested_data": ["identitatea utilizatorului care a folosit adresa de e-mail și numărul de telefon de mai sus",
                                                      "anunțurile publicate de acesta în ultimele 6 luni",
                                                      "adresele IP folosite la publicarea anunțurilor",
                                                      "eventualele reclamații ale altor cumpărători"],
                                   "response_channel": "courier",
                                   "signatory": "Comisar de poliție Ștefan Bogdan Lupu", "urgent": False},
                           accept={"authority": ["IPJ Hunedoara", "Inspectoratul de Poliție Județean Hunedoara",
                                                 "Poliția Municipiului Petroșani - Serviciul de Investigații Criminale"],
                                   "reference_number": ["207519"],
                                   "signatory": ["Șef Serviciu Comisar de poliție Ștefan Bogdan Lupu", "Ștefan Bogdan Lupu"]},
                           notes="Two-page greyscale multi-page TIFF (JPEG-compressed, 150 dpi) by post; 'Nr. 207 519 din "
                                 "25 XI 2026' with a space as thousands separator and a Roman month without dots; the "
                                 "heading starts with the acronym 'IPJ'; page 2 is only 'Cu stimă,' and a LEFT-aligned "
                                 "signatory block; the signature is to the RIGHT of the block (not over it) and the blue "
                                 "stamp (double strike, rotated 40°) further right, away from any anchor; phone written "
                                 "'0040 731 662 045'; period only relative ('ultimele 6 luni'): not in the truth; answer "
                                 "by post (scored as courier)."))


def le_arges_fax(rng):
    L = Letter(rng, family="arial", size=30)
    L.lines(["INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ", "SERVICIUL DE INVESTIGAȚII CRIMINALE"], bold=True)
    L.gap(10)
    L.lines(["Număr de înregistrare: 88.106/S/2026, data 28.11.2026"], size=28)
    L.gap(40)
    L.lines(["Destinatar: OKAZII.RO (S.C. OKAZII S.R.L.) – Cluj-Napoca"])
    L.gap(30)
    L.para("Subsemnatul, comisar-șef de poliție Nistor Adrian, șef al Serviciului de Investigații Criminale "
           "din cadrul I.P.J. Argeș, în dosarul penal nr. 9016/P/2026 al Parchetului de pe lângă Judecătoria "
           "Pitești, în temeiul art. 170 alin. (1) din Codul de procedură penală, vă solicit comunicarea "
           "datelor de identificare și a istoricului de conectări (IP, dată, oră) pentru utilizatorul cu "
           "ID 40071329, precum și a tranzacției nr. 80012764 încheiate de acesta în data de 14.10.2026.")
    L.para("Răspunsul se va trimite la adresa de e-mail sic@ag.politiaromana.ro.")
    L.gap(40)
    L.sig(["Șef serviciu", "Comisar-șef de poliție", "Nistor Adrian"], align="right", space_after=150)
    sign(L, rng, pen="ballpoint", style="angular", colour="black", width=260, dy=40)
    stamp(L, rng, dict(shape="round", size_px=300, top="MINISTERUL AFACERILOR INTERNE", bottom="I.P.J. ARGEȘ",
                       centre="arms", rings=2, text_scale=0.14),
          "blue", dx=-300, dy=120, rotate=-40)
    fax = "+40 248 557 940"
    return dict(group="le_genuine", letter=L,
                out=dict(kind="fax", mode="fine", compression="group4", tsi=fax, skew=-1.2,
                         header=fax_header("28/11/2026 09:31", fax, "IPJ ARGES SIC")),
                truth=dict(category="law_enforcement", channel="fax", fax_number=fax, genuine=True, expect_verdict="verified",
                           registry_authority="Inspectoratul de Poliție Județean Argeș",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Inspectoratul de Poliție Județean Argeș", "authority_kind": "police",
                                   "reference_number": "88.106/S/2026", "reference_date": "2026-11-28",
                                   "case_number": "9016/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("user_id", "40071329")],
                                   "transactions": ["80012764"],
                                   "response_channel": "electronic", "reply_to": "sic@ag.politiaromana.ro",
                                   "signatory": "Șef serviciu Comisar-șef de poliție Nistor Adrian", "urgent": False},
                           accept={"authority": ["IPJ Argeș - Serviciul de Investigații Criminale", "Serviciul de Investigații Criminale"],
                                   "reference_number": ["88106/S/2026"],
                                   "signatory": ["Comisar-șef de poliție Nistor Adrian", "Nistor Adrian"]},
                           notes="Genuine, complete, signed and stamped G4 fax (skewed 1.2°) from a fax number the "
                                 "registry lists for IPJ Argeș (its call-back phone comes from the world's own Argeș "
                                 "entry). 'Număr de înregistrare: … , data …' labelled line; the letter is written in the first "
                                 "person ('Subsemnatul … vă solicit'); the transaction date is not a period."))


def le_olt_no_callback_fax(rng):
    L = Letter(rng, family="freesans", size=31)
    L.lines(["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE AL JUDEȚULUI OLT",
             "POLIȚIA MUNICIPIULUI CARACAL", "Biroul de Investigații Criminale"], align="center", bold=True, size=28)
    L.gap(20)
    L.twocol(["Nr. 55.219"], ["Caracal, 02.12.2026"], bold_left=False)
    L.gap(40)
    L.lines(["Domnului Director,", "OKAZII.RO – Centrul de prevenire a fraudelor"], x=170)
    L.gap(30)
    L.para("Vă informăm că Biroul de Investigații Criminale al Poliției Municipiului Caracal efectuează "
           "cercetări în dosarul penal nr. 1733/P/2026 al Parchetului de pe lângă Judecătoria Caracal, privind "
           "o înșelăciune prin vânzarea online a unor piese agricole inexistente.")
    L.para("În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, cu privire la "
           "utilizatorul tractor_piese_olt (telefon 0757 557 202):")
    L.items(["numele, prenumele și adresa declarate la înregistrare;",
             "adresele IP de la care a fost accesat contul în luna noiembrie 2026;",
             "tranzacțiile încheiate prin platformă în anul 2026."], marker="{n})")
    L.para("Răspunsul îl puteți transmite prin fax, la numărul 0249 557 061, sau prin curier.")
    L.gap(30)
    L.sig(["Șef Birou Investigații Criminale", "Inspector principal de poliție", "Dumitrașcu Florentina"],
          align="right", space_after=140)
    sign(L, rng, pen="felt", style="loopy", colour="ballpoint_blue", width=300, dy=60, dx=-20)
    stamp(L, rng, dict(shape="round", size_px=300, top="ROMÂNIA * M.A.I. * I.P.J. OLT", bottom="POLIȚIA MUN. CARACAL",
                       centre="arms", rings=2, text_scale=0.14),
          "violet", dx=-330, dy=120, rotate=33, fade=0.2)
    fax = "+40 249 557 061"
    return dict(group="le_special", letter=L,
                out=dict(kind="fax", mode="standard", compression="group4", tsi=fax, skew=0.9,
                         header="02/12 2026 10:02 FAX " + fax.replace(" ", "") + " POL MUN CARACAL", page_label="#{i}"),
                truth=dict(category="law_enforcement", channel="fax", fax_number=fax, genuine=True, expect_verdict=None,
                           registry_authority="Inspectoratul de Poliție Județean Olt",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Poliția Municipiului Caracal", "authority_kind": "police",
                                   "reference_number": "55.219", "reference_date": "2026-12-02",
                                   "case_number": "1733/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "tractor_piese_olt"), subj("phone", "+40757557202")],
                                   "requested_data": ["numele, prenumele și adresa declarate la înregistrare",
                                                      "adresele IP de la care a fost accesat contul în luna noiembrie 2026",
                                                      "tranzacțiile încheiate prin platformă în anul 2026"],
                                   "signatory": "Șef Birou Investigații Criminale Inspector principal de poliție Dumitrașcu Florentina",
                                   "urgent": False},
                           accept={"authority": ["Inspectoratul de Poliție al Județului Olt", "Inspectoratul de Poliție Județean Olt", "IPJ Olt"],
                                   "reference_number": ["55219"],
                                   "signatory": ["Inspector principal de poliție Dumitrașcu Florentina", "Dumitrașcu Florentina"]},
                           notes="Genuine, complete, signed and stamped G4 fax at STANDARD resolution (204x98) from the "
                                 "fax number registry_additions.json gives IPJ Olt, but the registry has NO phone "
                                 "number for IPJ Olt (no call-back number): expect_verdict is null, not scored (a paper "
                                 "request must be called back on a registry number; whether it can still be "
                                 "'verified' is the product's policy). If the world was built without this addition, "
                                 "IPJ Olt is unknown and 'not verified' is right. The letter offers answer by fax (its "
                                 "own number, not a subject) or courier; the heading says 'Inspectoratul de Poliție al "
                                 "Județului Olt' (the older form); number and place/date on one line in two columns; "
                                 "a month and a year named inside the list are not a period."))


def le_covasna_unregistered_fax(rng):
    L = Letter(rng, family="times", size=31)
    L.twocol(["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN COVASNA",
              "POLIȚIA ORAȘULUI COVASNA"], ["Nr. 41.772", "din 26.11.2026"], size=28)
    L.gap(50)
    L.lines(OKAZII, x=720)
    L.gap(40)
    L.para("Poliția Orașului Covasna efectuează cercetări în dosarul penal nr. 611/P/2026, înregistrat la "
           "Parchetul de pe lângă Judecătoria Târgu Secuiesc, privind săvârșirea infracțiunii de înșelăciune.")
    L.para("În temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de identificare și numerele de "
           "telefon asociate contului de utilizator „szekely_lemne”, precum și istoricul comenzilor "
           "nr. 59940112 și nr. 59940587.")
    L.para("Răspunsul va fi transmis prin curier la sediul Poliției Orașului Covasna, str. Gării nr. 4.")
    L.gap(40)
    L.sig(["Șeful Poliției Orașului Covasna", "Inspector principal de poliție", "Kelemen Zoltán"],
          align="right", space_after=150)
    sign(L, rng, pen="ballpoint", style="loopy", colour="ballpoint_blue", width=280, dy=60)
    stamp(L, rng, dict(shape="round", size_px=310, top="IPJ COVASNA", bottom="POLIȚIA ORAȘULUI COVASNA",
                       centre="arms", rings=2, text_scale=0.15),
          "blue", dx=-280, dy=90, rotate=12)
    fax = "+40 267 557 077"
    return dict(group="le_special", letter=L,
                out=dict(kind="fax", mode="fine", compression="group4", tsi=fax, skew=0.3,
                         header=fax_header("26/11/2026 12:02", fax, "POLITIA COVASNA")),
                truth=dict(category="law_enforcement", channel="fax", fax_number=fax, genuine=True,
                           expect_verdict="not_verified",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Poliția Orașului Covasna", "authority_kind": "police",
                                   "reference_number": "41.772", "reference_date": "2026-11-26",
                                   "case_number": "611/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "szekely_lemne")],
                                   "transactions": ["59940112", "59940587"],
                                   "response_channel": "courier",
                                   "signatory": "Inspector principal de poliție Kelemen Zoltán", "urgent": False},
                           accept={"authority": ["Inspectoratul de Poliție Județean Covasna", "IPJ Covasna"],
                                   "reference_number": ["41772"],
                                   "signatory": ["Șeful Poliției Orașului Covasna Inspector principal de poliție Kelemen Zoltán", "Kelemen Zoltán"]},
                           notes="A genuine-looking, signed and stamped fax from an authority that is NOT in the registry "
                                 "(IPJ Covasna is absent from registry_additions.json; its fax number is nobody's): "
                                 "marked genuine but expected not_verified (an unknown authority cannot be called back "
                                 "on a registry number). Number and date split over two lines in the right column."))


# -------------------------------------------------- forged or defective
def f_valcea_wrong_ring(rng):
    L = Letter(rng, family="freeserif", size=31)
    L.lines(["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN VÂLCEA",
             "Serviciul de Investigații Criminale"], align="center", bold=True, size=29)
    L.gap(20)
    L.lines(["Nr. 320.017 din 02.12.2026"], align="center")
    L.gap(40)
    L.lines(OKAZII, x=170)
    L.gap(30)
    L.para("În legătură cu dosarul penal nr. 2955/P/2026 al Parchetului de pe lângă Judecătoria Râmnicu "
           "Vâlcea, în temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați datele de "
           "identificare, adresele IP și istoricul tranzacțiilor utilizatorului cu adresa de e-mail "
           "olt.bijuterii@gmail.com și numărul de telefon 0754 200 871, pentru perioada 01.05.2026 – 30.11.2026.")
    L.para("Răspunsul va fi transmis prin e-mail la adresa sic@vl.politiaromana.ro.")
    L.gap(30)
    L.sig(["Șef serviciu,", "Comisar-șef de poliție", "Ionescu Marian"], align="right", space_after=150)
    sign(L, rng, pen="ballpoint", style="mixed", colour="ballpoint_blue", width=300, dy=50, dx=20)
    stamp(L, rng, dict(shape="round", size_px=320, top="ASOCIAȚIA DE PROPRIETARI NR. 27", bottom="RÂMNICU VÂLCEA",
                       centre="text", centre_lines=["BL. A4", "*"], rings=2, text_scale=0.14),
          "blue", dx=-260, dy=80, rotate=-9)
    return dict(group="le_forged", letter=L,
                out=dict(kind="jpeg", grey=False, skew=0.5, quality=66),
                truth=dict(category="law_enforcement", channel="post", genuine=False, expect_verdict="not_verified",
                           registry_authority="Inspectoratul de Poliție Județean Vâlcea",
                           defect="stamp of another institution (a tenants' association) on a police letter",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Inspectoratul de Poliție Județean Vâlcea", "authority_kind": "police",
                                   "reference_number": "320.017", "reference_date": "2026-12-02",
                                   "case_number": "2955/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("email", "olt.bijuterii@gmail.com"), subj("phone", "+40754200871")],
                                   "period": {"from": "2026-05-01", "to": "2026-11-30"},
                                   "response_channel": "electronic", "reply_to": "sic@vl.politiaromana.ro",
                                   "signatory": "Șef serviciu Comisar-șef de poliție Ionescu Marian"},
                           accept={"authority": ["IPJ Vâlcea - Serviciul de Investigații Criminale", "Serviciul de Investigații Criminale"],
                                   "reference_number": ["320017"],
                                   "signatory": ["Comisar-șef de poliție Ionescu Marian", "Ionescu Marian"]},
                           notes="FORGED: a complete police letter whose round blue stamp reads 'ASOCIAȚIA DE PROPRIETARI "
                                 "NR. 27 * RÂMNICU VÂLCEA' (a block of flats' tenants' association) with 'BL. A4' in the "
                                 "centre. It is a real stamp impression (ink.stamp true) of the wrong institution; "
                                 "the town name in the ring matches the county. Colour JPEG by post."))


def f_sibiu_blank_circle_pdf(rng):
    L = Letter(rng, family="times", size=31)
    L.lines(["PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SIBIU"], bold=True)
    L.lines(["Dosar nr. 5377/P/2026", "Nr. 4502/II/2/2026 din 03.XII.2026"])
    L.gap(50)
    L.lines(["Către S.C. OKAZII S.R.L."], x=800)
    L.gap(30)
    L.para("Vă solicităm ca, în baza art. 170 Cod procedură penală, să ne transmiteți de urgență datele de "
           "identificare, numărul de telefon și adresele IP pentru utilizatorul sibiu_rent_a_car, precum și "
           "contul bancar (IBAN) declarat de acesta pentru încasări.")
    L.para("Răspunsul se va transmite prin e-mail, la adresa pj.sibiu.registratura@gmail.com, în cel mult 24 "
           "de ore.")
    L.gap(40)
    L.sig(["Prim-procuror,", "Cătălin Oprea"], align="right", space_after=160)
    sign(L, rng, pen="fine", style="loopy", colour="gel_black", width=240, dy=50)
    stamp(L, rng, dict(shape="round", size_px=300, rings=2, centre="blank", top="", bottom="", text_scale=0.15),
          "violet", dx=-220, dy=60, rotate=0)
    return dict(group="le_forged", letter=L,
                out=dict(kind="pdf", grey=False, quality=55),
                truth=dict(category="law_enforcement", channel="post", genuine=False, expect_verdict="not_verified",
                           registry_authority="Parchetul de pe lângă Judecătoria Sibiu",
                           defect="a plain double circle in violet ink instead of a stamp; urgent; answer to gmail",
                           ink={"signature": True, "stamp": False},
                           fields={"authority": "Parchetul de pe lângă Judecătoria Sibiu", "authority_kind": "prosecutor",
                                   "reference_number": "4502/II/2/2026", "reference_date": "2026-12-03",
                                   "case_number": "5377/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "sibiu_rent_a_car")],
                                   "response_channel": "electronic", "reply_to": "pj.sibiu.registratura@gmail.com",
                                   "signatory": "Prim-procuror Cătălin Oprea", "urgent": True},
                           accept={"signatory": ["Cătălin Oprea"]},
                           notes="FORGED: the 'stamp' is two concentric violet circles with nothing inside (no ring text, no "
                                 "emblem): ink.stamp false. Also urgent (24 hours) and the answer goes to a gmail "
                                 "address. Image-only PDF, one page."))


def f_buzau_other_signature_page(rng):
    L = Letter(rng, family="times", size=32, page_numbers=False)
    L.lines(["R O M Â N I A", "PARCHETUL DE PE LÂNGĂ TRIBUNALUL BUZĂU"], align="center", bold=True)
    L.gap(20)
    L.lines(["Nr. 3.402/VIII-1/2026 din 3 decembrie 2026"], align="center")
    L.gap(50)
    L.lines(["CĂTRE", "OKAZII.RO"], x=170)
    L.gap(40)
    L.para("În dosarul penal nr. 918/P/2026, în temeiul art. 170 din Codul de procedură penală, vă solicităm "
           "să ne comunicați datele de identificare, adresele de e-mail, numerele de telefon și istoricul "
           "tranzacțiilor pentru următorii utilizatori:")
    L.items(["rares.vintage (e-mail rares.vintage.bz@gmail.com);", "colectii_ramnic;",
             "utilizatorul cu ID 30551902."], marker="{n})")
    L.para("Răspunsul se va transmite la adresa de e-mail pt.buzau.date@gmail.com, în termen de 48 de ore.")
    L.pagebreak()
    # page 2: from another, older letter (March 2025, another case)
    L.para("… precum și orice alte date relevante privind contul dumneavoastră de client nr. 22/2025, în "
           "vederea soluționării dosarului nr. 207/P/2025.", indent=False)
    L.para("Vă mulțumim pentru colaborare.")
    L.gap(40)
    L.sig(["PROCUROR,", "Lucian-Viorel Grigore"], align="right", space_after=60)
    L.lines(["2/2            Nr. 1.102/VIII-1/2025 din 14.03.2025"], x=170, size=22)
    sign(L, rng, pen="felt", style="mixed", colour="navy", width=340, dy=10, dx=-30)
    stamp(L, rng, dict(shape="round", size_px=300, top="PARCHETUL DE PE LÂNGĂ", bottom="TRIBUNALUL BUZĂU",
                       centre="arms", rings=2, text_scale=0.15),
          "violet", dx=-170, dy=20, rotate=14)
    fax = "+40 238 557 412"
    return dict(group="le_forged", letter=L,
                out=dict(kind="fax", mode="fine", compression="group4", tsi=fax, skew=0.8,
                         header=fax_header("03.12.2026 19:55", fax, "PT BUZAU")),
                truth=dict(category="law_enforcement", channel="fax", fax_number=fax, genuine=False, expect_verdict="not_verified",
                           registry_authority="Parchetul de pe lângă Tribunalul Buzău",
                           defect="page 2 (signature and stamp) belongs to another, older letter (nr. 1.102/VIII-1/2025 din 14.03.2025, case 207/P/2025); answer to gmail within 48 hours",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Parchetul de pe lângă Tribunalul Buzău", "authority_kind": "prosecutor",
                                   "reference_number": "3.402/VIII-1/2026", "reference_date": "2026-12-03",
                                   "case_number": "918/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "rares.vintage"), subj("email", "rares.vintage.bz@gmail.com"),
                                                subj("username", "colectii_ramnic"), subj("user_id", "30551902")],
                                   "reply_to": "pt.buzau.date@gmail.com", "response_channel": "electronic"},
                           accept={"reference_number": ["3402/VIII-1/2026"]},
                           notes="FORGED: a 2-page G4 fax from the genuine registry number of the Buzău prosecutors (a "
                                 "fax number is only a claim). Page 1 is a new request with no signature; page 2 is "
                                 "the last page of another letter (its footer: 'Nr. 1.102/VIII-1/2025 din 14.03.2025', "
                                 "text about case 207/P/2025) and alone carries the genuine-looking signature and stamp. "
                                 "Answer to a gmail address within 48 hours."))


def f_diicot_pasted_stamp(rng):
    L = Letter(rng, family="arial", size=30)
    L.lines(["D.I.I.C.O.T. – SERVICIUL TERITORIAL CONSTANȚA"], bold=True)
    L.lines(["Nr. 10.114/II-5/2026 din 04.12.2026"])
    L.gap(50)
    L.lines(["Către OKAZII.RO – Departamentul Juridic"], x=600)
    L.gap(30)
    L.para("În dosarul nr. 1377/D/P/2026, în temeiul art. 170 C.p.p., vă solicităm să ne comunicați "
           "datele de identificare și istoricul complet al conectărilor pentru utilizatorii mamaia_gadgets, "
           "port_tomis_shop și pentru titularul contului bancar RO72BTRL0130120245780001.")
    L.para("Răspunsul se va transmite electronic, la adresa diicot.constanta.dosare@outlook.com.")
    L.gap(40)
    L.sig(["Procuror,", "Irina Stanciu"], align="right", space_after=180)
    sign(L, rng, pen="ballpoint", style="mixed", colour="ballpoint_blue", width=260, dy=55)
    pasted_stamp(L, rng, dict(shape="round", size_px=300, ring="ROMANIA * MINISTERUL PUBLIC * D.I.I.C.O.T. * S.T. CONSTANTA * ",
                              centre="text", centre_lines=["DIICOT", "*"], rings=3, text_scale=0.15, font="sans"),
                 dx=-260, dy=70, rotate=6.5)
    return dict(group="le_forged", letter=L,
                out=dict(kind="jpeg", grey=False, skew=-0.4, quality=70),
                truth=dict(category="law_enforcement", channel="post", genuine=False, expect_verdict="not_verified",
                           registry_authority="Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism – Serviciul Teritorial Constanța",
                           defect="the stamp is a photocopy (grey halftone dots) cut out and glued on crooked; answer to an outlook.com address",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "D.I.I.C.O.T. - Serviciul Teritorial Constanța", "authority_kind": "prosecutor",
                                   "reference_number": "10.114/II-5/2026", "reference_date": "2026-12-04",
                                   "case_number": "1377/D/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "mamaia_gadgets"), subj("username", "port_tomis_shop"),
                                                subj("iban", "RO72BTRL0130120245780001")],
                                   "response_channel": "electronic", "reply_to": "diicot.constanta.dosare@outlook.com",
                                   "signatory": "Procuror Irina Stanciu"},
                           accept={"authority": ["DIICOT - Serviciul Teritorial Constanța", "DIICOT – Serviciul Teritorial Constanța"],
                                   "reference_number": ["10114/II-5/2026"], "signatory": ["Irina Stanciu"]},
                           notes="FORGED: colour scan where the signature is blue ballpoint but the 'stamp' is a grey "
                                 "halftone photocopy of DIICOT's stamp on a glued scrap of paper (edge shadow, rotated "
                                 "6.5°): a stamp image is there (ink.stamp true) but no ink; the answer goes to an "
                                 "outlook.com address."))


def f_hunedoara_no_stamp(rng):
    L = Letter(rng, family="freesans", size=30)
    L.lines(["INSPECTORATUL DE POLIȚIE JUDEȚEAN HUNEDOARA", "Serviciul de Investigare a Criminalității Economice"], bold=True)
    L.gap(10)
    L.lines(["Nr. 211.870 din 30.11.2026"], align="right")
    L.gap(40)
    L.lines(OKAZII, x=170)
    L.gap(30)
    L.para("Vă rugăm ca, în baza art. 170 C.p.p. și în legătură cu dosarul penal nr. 2290/P/2026, să ne "
           "comunicați datele de identificare și istoricul tranzacțiilor utilizatorului deva_comert2020 "
           "pentru perioada 01.01.2026 – 30.11.2026.")
    L.para("Răspunsul va fi transmis prin curier la sediul I.P.J. Hunedoara, str. 1 Decembrie 1918 nr. 26, Deva.")
    L.gap(40)
    L.sig(["Șef serviciu", "Comisar de poliție", "Vlad Sorin-Emil"], align="right", space_after=40)
    L.lines(["L.S."], x=260)
    sign(L, rng, pen="ballpoint", style="loopy", colour="black", width=300, dy=50, dx=10)
    return dict(group="le_forged", letter=L,
                out=dict(kind="png", grey=True, colours=16, skew=0.3),
                truth=dict(category="law_enforcement", channel="post", genuine=False, expect_verdict="not_verified",
                           registry_authority="Inspectoratul de Poliție Județean Hunedoara",
                           defect="no stamp: 'L.S.' printed, signature only",
                           ink={"signature": True, "stamp": False},
                           fields={"authority": "Inspectoratul de Poliție Județean Hunedoara", "authority_kind": "police",
                                   "reference_number": "211.870", "reference_date": "2026-11-30",
                                   "case_number": "2290/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "deva_comert2020")],
                                   "period": {"from": "2026-01-01", "to": "2026-11-30"},
                                   "response_channel": "courier",
                                   "signatory": "Șef serviciu Comisar de poliție Vlad Sorin-Emil", "urgent": False},
                           accept={"authority": ["IPJ Hunedoara - Serviciul de Investigare a Criminalității Economice"],
                                   "reference_number": ["211870"],
                                   "signatory": ["Comisar de poliție Vlad Sorin-Emil", "Vlad Sorin-Emil"]},
                           notes="DEFECTIVE: signed (black ballpoint) but NOT stamped; 'L.S.' printed where the stamp "
                                 "should be. Greyscale PNG (16 grey levels). Expected incomplete (not verified)."))


def f_maramures_unknown_fax(rng):
    L = Letter(rng, family="narrow", size=33)
    L.lines(["MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ",
             "Serviciul de Investigare a Criminalității Economice"], bold=True)
    L.gap(20)
    L.lines(["Nr. 145.002/SICE/2026", "Data: 04.12.2026"], x=1130)
    L.gap(30)
    L.title("URGENT – TERMEN 24 DE ORE")
    L.lines(["CĂTRE,", "OKAZII.RO"], x=170)
    L.gap(20)
    L.para("În dosarul penal nr. 3391/P/2026, în temeiul art. 170 C.p.p., vă solicităm să ne comunicați "
           "URGENT datele de identificare, numerele de telefon, adresele de livrare și IBAN-urile asociate "
           "utilizatorilor sighet_antik și maramures_lemn, pentru perioada 01.01.2025 – 04.12.2026.")
    L.para("Întrucât este vorba de o cauză cu arestați, răspunsul va fi transmis exclusiv pe adresa de e-mail "
           "sice.maramures.urgent@gmail.com, serverul instituției fiind în mentenanță.")
    L.gap(30)
    L.sig(["ȘEF SERVICIU", "Comisar-șef de poliție", "POP GAVRIL"], align="right", space_after=120)
    sign(L, rng, pen="ballpoint", style="initials", colour="ballpoint_blue", width=210, dy=-40, dx=-10)
    stamp(L, rng, dict(shape="round", size_px=310, top="INSPECTORATUL DE POLIȚIE", bottom="JUDEȚEAN MARAMUREȘ",
                       centre="text", centre_lines=["ROMÂNIA", "M.A.I."], rings=2, text_scale=0.15),
          "blue", dx=-200, dy=90, rotate=-18)
    fax = "+40 372 557 919"
    return dict(group="le_forged", letter=L,
                out=dict(kind="fax", mode="fine", compression="group4", tsi=fax, skew=-0.5,
                         header=fax_header("04/12/2026 22:41", fax, "IPJ MM SICE")),
                truth=dict(category="law_enforcement", channel="fax", fax_number=fax, genuine=False, expect_verdict="not_verified",
                           registry_authority="Inspectoratul de Poliție Județean Maramureș",
                           defect="fax from a number in no registry (+40 372 557 919) though the letter names IPJ Maramureș; urgent; gmail reply address",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Inspectoratul de Poliție Județean Maramureș", "authority_kind": "police",
                                   "reference_number": "145.002/SICE/2026", "reference_date": "2026-12-04",
                                   "case_number": "3391/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "sighet_antik"), subj("username", "maramures_lemn")],
                                   "period": {"from": "2025-01-01", "to": "2026-12-04"},
                                   "response_channel": "electronic", "reply_to": "sice.maramures.urgent@gmail.com",
                                   "signatory": "Șef serviciu Comisar-șef de poliție Pop Gavril", "urgent": True},
                           accept={"authority": ["IPJ Maramureș - Serviciul de Investigare a Criminalității Economice"],
                                   "reference_number": ["145002/SICE/2026"],
                                   "signatory": ["Comisar-șef de poliție Pop Gavril", "POP GAVRIL"]},
                           notes="FORGED: imitates the genuine IPJ Maramureș letter (same layout, signatory, stamp text) "
                                 "but is faxed at 22:41 from +40 372 557 919, a number in no registry (TIFF "
                                 "ImageDescription and header line); 'URGENT – TERMEN 24 DE ORE', answer only to a "
                                 "gmail address 'because the server is down'."))


def f_valcea_unsigned_copy(rng):
    L = Letter(rng, family="times", size=31)
    L.twocol(["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", "INSPECTORATUL DE POLIȚIE JUDEȚEAN VÂLCEA",
              "POLIȚIA MUNICIPIULUI DRĂGĂȘANI"], ["NESECRET", "Nr. 318.977 din 03.12.2026"], size=28)
    L.gap(50)
    L.lines(OKAZII, x=700)
    L.gap(40)
    L.para("În dosarul penal nr. 2502/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rugăm să "
           "ne comunicați datele de identificare și adresele IP ale utilizatorului „vinuri_dragasani”, precum "
           "și datele tranzacției nr. 66302158.")
    L.para("Răspunsul poate fi transmis electronic, la adresa bic.dragasani@vl.politiaromana.ro.")
    L.gap(40)
    L.sig(["Șef birou", "Comisar de poliție", "Dobrescu Mihai-Cristian"], align="right", space_after=100)
    L.lines(["L.S."], x=300)
    return dict(group="le_forged", letter=L,
                out=dict(kind="png", grey=True, copy=True, colours=None, scale=0.8),
                truth=dict(category="law_enforcement", channel="post", genuine=False, expect_verdict="not_verified",
                           registry_authority="Inspectoratul de Poliție Județean Vâlcea",
                           defect="neither signed nor stamped (an unsigned photocopy)",
                           ink={"signature": False, "stamp": False},
                           fields={"authority": "Poliția Municipiului Drăgășani", "authority_kind": "police",
                                   "reference_number": "318.977", "reference_date": "2026-12-03",
                                   "case_number": "2502/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "vinuri_dragasani")],
                                   "transactions": ["66302158"],
                                   "response_channel": "electronic", "reply_to": "bic.dragasani@vl.politiaromana.ro",
                                   "signatory": "Șef birou Comisar de poliție Dobrescu Mihai-Cristian"},
                           accept={"authority": ["Inspectoratul de Poliție Județean Vâlcea", "IPJ Vâlcea"],
                                   "reference_number": ["318977"],
                                   "signatory": ["Comisar de poliție Dobrescu Mihai-Cristian", "Dobrescu Mihai-Cristian"]},
                           notes="NO MARKS: a photocopy (grey, contrasty, toner specks) of a police letter with the "
                                 "printed signatory block and 'L.S.' but neither signature nor stamp. Expected "
                                 "incomplete. One of the four no-ink pages (precision)."))


# ================================================================ COMPLAINTS
def c_handwritten_ruled_photo(rng):
    L = Letter(rng, family="hand", size=34, paper="ruled", hand=True, text_colour=(25, 45, 150),
               margin=(220, 150, 120, 150))
    L.lines(["Iasi, 28.11.2026"], align="right")
    L.lines(["Catre OKAZII.RO"], x=600)
    L.lines(["Reclamatie"], x=620)
    L.para("Subsemnata Munteanu Ileana, utilizator okazii ileana.munteanu58, va scriu deoarece am comandat "
           "un telefon Samsung Galaxy A55 de la vanzatorul telefoane_ieftine_ro, comanda nr. 55823107, si "
           "am platit 1.450 lei prin card, cu Garantia de Livrare.", justify=False)
    L.para("Au trecut trei saptamani si nu am primit produsul. Vanzatorul nu mai raspunde la telefon si nici "
           "la mesaje.", justify=False)
    L.para("Va rog sa imi returnati banii. Telefonul meu este 0741 559 302.", justify=False)
    L.gap(10)
    L.sig(["Cu respect,", "Munteanu Ileana"], align="right", space_after=80)
    sign(L, rng, pen="ballpoint", style="loopy", colour="ballpoint_blue", width=230, dy=130)
    return dict(group="complaint", letter=L,
                out=dict(kind="photo", quality=70, args=dict(tilt=0.05, rot=1.8, table=(0.75, 0.74, 0.72))),
                truth=dict(category="complaint", channel="post", ink={"signature": True, "stamp": False},
                           fields={"complainant": "Munteanu Ileana", "transaction_id": "55823107",
                                   "counterparty": "telefoane_ieftine_ro",
                                   "amount": {"value": "1450.00", "currency": "RON"},
                                   "delivery_guarantee": True, "issue": "not_delivered",
                                   "contact": {"phone": "+40741559302"}},
                           accept={"complainant": ["ileana.munteanu58"]},
                           notes="Handwriting-like letter in blue on ruled paper, no diacritics, phone photo; signed "
                                 "under the name. Amount '1.450 lei'."))


def c_typed_fraud_scan(rng):
    L = Letter(rng, family="dejaserif", size=29)
    L.lines(["Popa Andrei-Nicolae", "Str. Zorilor nr. 7, ap. 12, Craiova", "tel. 0769 334 120",
             "e-mail: andrei.popa.cv@yahoo.com"], size=27)
    L.gap(40)
    L.lines(["Către OKAZII.RO – Departamentul de Securitate"], x=500)
    L.gap(30)
    L.title("RECLAMAȚIE")
    L.para("Subsemnatul Popa Andrei-Nicolae, cu contul de utilizator andrei_popa_cv, vă sesizez cu privire la "
           "o tentativă de fraudă. Am dorit să cumpăr o bicicletă electrică de la utilizatorul andrei.m.shop "
           "(anunț din 20.11.2026, comanda nr. 58110364), la prețul de 780,00 RON.")
    L.para("Vânzătorul mi-a cerut să plătesc în afara platformei, printr-un link primit pe WhatsApp, care imita "
           "pagina de plată OKAZII. După plată, suma a fost retrasă de pe card, iar vânzătorul a închis "
           "conversația. Consider că este o țeapă și că și alți cumpărători pot fi păcăliți.")
    L.para("Vă rog să blocați contul vânzătorului și să mă ajutați să îmi recuperez banii. Am depus plângere "
           "și la Poliția Municipiului Craiova.")
    L.gap(30)
    L.lines(["Data: 29.11.2026"], x=170)
    L.sig(["Semnătura,"], align="right", space_after=120)
    sign(L, rng, pen="ballpoint", style="mixed", colour="ballpoint_blue", width=260, dy=40)
    return dict(group="complaint", letter=L,
                out=dict(kind="jpeg", grey=False, skew=0.9, quality=65, scale=0.85),
                truth=dict(category="complaint", channel="post", ink={"signature": True, "stamp": False},
                           fields={"complainant": "Popa Andrei-Nicolae", "transaction_id": "58110364",
                                   "counterparty": "andrei.m.shop",
                                   "amount": {"value": "780.00", "currency": "RON"},
                                   "issue": "fraud_suspected",
                                   "contact": {"email": "andrei.popa.cv@yahoo.com", "phone": "+40769334120"}},
                           accept={"complainant": ["andrei_popa_cv"]},
                           notes="Typed complaint, colour scan at 170 dpi; the complainant's username is close to the "
                                 "seller's name (andrei_popa_cv vs andrei.m.shop); mentions a police complaint (not a "
                                 "law-enforcement request); signed beside 'Semnătura,'."))


def c_company_fax_stamp(rng):
    L = Letter(rng, family="arial", size=30)
    L.lines(["S.C. DELTA BIROTICA S.R.L.", "J40/11872/2019 · CUI RO41223870", "Șos. Pantelimon nr. 255, București",
             "Tel./fax 021 557 3390 · office@deltabirotica.ro"], size=26)
    L.gap(30)
    L.lines(["Nr. 512 / 02.12.2026"], align="right")
    L.gap(20)
    L.lines(["Către OKAZII.RO", "Departamentul de Securitate"], x=900)
    L.gap(30)
    L.lines(["Ref.: reclamație – comanda nr. 60077231"], bold=True)
    L.gap(10)
    L.para("Societatea noastră a achiziționat de la vânzătorul print_depot_ro 12 cartușe de toner, comanda "
           "nr. 60077231 din 12.11.2026, în valoare totală de 3.200,00 lei, achitată integral prin platformă.")
    L.para("Deși termenul de livrare a expirat pe 19.11.2026, marfa nu a sosit, iar vânzătorul nu mai "
           "răspunde la e-mailuri și telefoane de peste două săptămâni.")
    L.para("Vă solicităm să interveniți și, dacă vânzătorul nu livrează în 5 zile, să ne rambursați suma "
           "plătită.")
    L.gap(30)
    L.sig(["Administrator,", "Niculescu Dan"], align="left", space_after=150)
    sign(L, rng, pen="ballpoint", style="angular", colour="ballpoint_blue", width=240, dy=60)
    stamp(L, rng, dict(shape="round", size_px=280, top="S.C. DELTA BIROTICA S.R.L.", bottom="BUCUREȘTI",
                       centre="text", centre_lines=["J40/11872/2019"], rings=2, text_scale=0.15, centre_scale=0.18),
          "blue", dx=220, dy=80, rotate=4)
    fax = "+40 21 557 3390"
    return dict(group="complaint", letter=L,
                out=dict(kind="fax", mode="fine", compression="group4", tsi=fax, skew=0.7,
                         header=fax_header("02/12/2026 10:15", fax, "DELTA BIROTICA")),
                truth=dict(category="complaint", channel="fax", fax_number=fax, ink={"signature": True, "stamp": True},
                           fields={"complainant": "S.C. DELTA BIROTICA S.R.L.", "transaction_id": "60077231",
                                   "counterparty": "print_depot_ro",
                                   "amount": {"value": "3200.00", "currency": "RON"},
                                   "issue": "not_delivered",
                                   "contact": {"email": "office@deltabirotica.ro"}},
                           accept={"complainant": ["Delta Birotica S.R.L.", "Niculescu Dan"],
                                   "issue": ["no_answer"]},
                           notes="A company's complaint by fax (G4 fine), signed by its administrator and stamped with "
                                 "the company's round stamp: a stamp and a signature on a non-official letter. Letter "
                                 "number 'Nr. 512 / 02.12.2026' is not a law-enforcement reference."))


def c_handwritten_squared_png(rng):
    L = Letter(rng, family="handserif", size=38, paper="squared", hand=True, text_colour=(20, 20, 60),
               margin=(160, 180, 140, 150), line=1.5)
    L.lines(["Domnule Director,"], x=300)
    L.gap(20)
    L.para("Ma numesc Dumitrescu Gheorghe, am 71 de ani si locuiesc in Focsani. Nepotul meu mi-a facut cont "
           "pe okazii (gheorghe.dumitrescu1955) si am cumparat o drujba de la cineva cu numele lemne_vrancea. "
           "Comanda este 57234419. Am dat 260 lei si drujba nu a mai venit de o luna.", justify=False)
    L.para("Omul nu raspunde la telefon. Va rog frumos sa ma ajutati sa primesc banii inapoi, ca sunt "
           "pensionar.", justify=False)
    L.para("Telefon 0237 557 611.", justify=False)
    L.gap(30)
    L.sig(["Dumitrescu Gheorghe"], align="right", space_after=20)
    sign_name(L, rng, "Dumitrescu", colour="black", height=34, dy=10)
    return dict(group="complaint", letter=L,
                out=dict(kind="png", grey=True, colours=16, skew=-1.1, scale=0.8),
                truth=dict(category="complaint", channel="post", ink={"signature": True, "stamp": False},
                           fields={"complainant": "Dumitrescu Gheorghe", "transaction_id": "57234419",
                                   "counterparty": "lemne_vrancea",
                                   "amount": {"value": "260.00", "currency": "RON"},
                                   "issue": "not_delivered"},
                           accept={"complainant": ["gheorghe.dumitrescu1955"], "issue": ["no_answer"]},
                           notes="Handwriting-like letter on squared paper, grey PNG (16 levels, 160 dpi); an elderly "
                                 "buyer writes 'Domnule Director'; the signature is the surname written legibly "
                                 "(italic hand) under the printed-looking name; a landline number."))


def c_web_form_printout_pdf(rng):
    L = Letter(rng, family="arial", size=27, footer="https://www.okazii.ro/ajutor/reclamatii · pagina 1 din 1 · tipărit 01.12.2026 18:42")
    L.lines(["OKAZII.RO – Formular de reclamație (confirmare)"], bold=True, size=34)
    L.gap(30)
    for k, v in [("Nume reclamant", "Ene Cristina"), ("Utilizator", "cristina_ene_bv"),
                 ("E-mail", "cristina.ene@gmail.com"), ("Telefon", "0722 905 118"),
                 ("Număr comandă", "59100842"), ("Vânzător", "brasov_fashion_outlet"),
                 ("Sumă plătită", "389,90 lei"), ("Garanția de Livrare", "Da"),
                 ("Tip problemă", "Produsul nu a fost livrat")]:
        L.lines([f"{k}:"], x=170, bold=True)
        L.y -= L.lh()
        L.lines([v], x=620)
    L.gap(30)
    L.lines(["Descrierea problemei:"], bold=True)
    L.para("Am comandat o geacă de iarnă pe 10.11.2026. Vânzătorul a marcat comanda ca expediată, dar "
           "numărul AWB dat nu există la curier. Nu am primit nimic și vânzătorul nu mai răspunde.", indent=False)
    L.lines(["Soluția dorită:"], bold=True)
    L.para("Rambursarea integrală a sumei prin Garanția de Livrare.", indent=False)
    return dict(group="complaint", letter=L,
                out=dict(kind="pdf", grey=True, quality=50, scale=0.8),
                truth=dict(category="complaint", channel="post", ink={"signature": False, "stamp": False},
                           fields={"complainant": "Ene Cristina", "transaction_id": "59100842",
                                   "counterparty": "brasov_fashion_outlet",
                                   "amount": {"value": "389.90", "currency": "RON"},
                                   "delivery_guarantee": True, "issue": "not_delivered",
                                   "proposed_resolution": "Rambursarea integrală a sumei prin Garanția de Livrare",
                                   "contact": {"email": "cristina.ene@gmail.com", "phone": "+40722905118"}},
                           accept={"complainant": ["cristina_ene_bv"]},
                           notes="NO MARKS: a printout of the web complaint form, label/value layout, scanned to a grey "
                                 "image PDF; no signature, no stamp. One of the four no-ink pages."))


def c_lawyer_stamp_pdf(rng):
    L = Letter(rng, family="times", size=31)
    L.lines(["CABINET DE AVOCAT TUDOSE RALUCA", "Baroul Constanța", "Str. Traian nr. 41, Constanța",
             "Tel. 0741 557 208 · av.tudose@gmail.com"], size=27)
    L.gap(40)
    L.lines(["Constanța, 30 noiembrie 2026"], align="right")
    L.gap(20)
    L.lines(["Către OKAZII.RO", "Departamentul de Securitate / Reclamații"], x=170)
    L.gap(30)
    L.title("RECLAMAȚIE")
    L.para("Subsemnata av. Tudose Raluca, în calitate de avocat al clientului meu, domnul Radu Costel "
           "(utilizator radu_costel_ct), conform împuternicirii avocațiale anexate, formulez prezenta "
           "reclamație privind comanda nr. 60488215 din 02.11.2026, în valoare de 5.600 lei, având ca "
           "obiect un aparat foto vândut de utilizatorul foto_pro_dobrogea.")
    L.para("Vânzătorul a trimis un colet ce conținea o cărămidă în locul aparatului foto, ceea ce constituie "
           "o fraudă evidentă. Clientul meu a depus plângere penală.")
    L.para("Solicităm suspendarea contului vânzătorului, păstrarea tuturor datelor privind tranzacția și "
           "restituirea sumei de 5.600 lei.")
    L.gap(30)
    L.sig(["Av. Tudose Raluca"], align="right", space_after=150)
    sign(L, rng, pen="fine", style="loopy", colour="gel_black", width=250, dy=-40)
    stamp(L, rng, dict(shape="round", size_px=270, top="AVOCAT TUDOSE RALUCA", bottom="BAROUL CONSTANȚA",
                       centre="text", centre_lines=["UNBR"], rings=1, text_scale=0.16),
          "blue", dx=-80, dy=40, rotate=-20, fade=0.4)
    return dict(group="complaint", letter=L,
                out=dict(kind="pdf", grey=False, quality=55, scale=0.9),
                truth=dict(category="complaint", channel="post", ink={"signature": True, "stamp": True},
                           fields={"complainant": "Radu Costel", "transaction_id": "60488215",
                                   "counterparty": "foto_pro_dobrogea",
                                   "amount": {"value": "5600.00", "currency": "RON"},
                                   "issue": "fraud_suspected"},
                           accept={"complainant": ["radu_costel_ct", "Tudose Raluca", "av. Tudose Raluca"]},
                           notes="A lawyer's complaint for her client, colour image PDF; signed and stamped with a "
                                 "single-ring lawyer's stamp over the signature: stamp and signature on a complaint, "
                                 "not an official request."))


# ================================================================ MEDIATION
def m_handwritten_photo(rng):
    L = Letter(rng, family="hand", size=34, paper="plain", hand=True, text_colour=(20, 30, 110),
               margin=(180, 180, 160, 150))
    L.lines(["Catre OKAZII - mediere"], x=180)
    L.gap(20)
    L.para("Buna ziua. Am cumparat de la vanzatorul gsm_center_pitesti un iPhone 13 descris ca avand 256 GB, "
           "comanda 61002290, pret 2.100 lei. Telefonul primit are doar 128 GB si bateria la 79%, desi in "
           "anunt scria 92%. Produsul nu corespunde descrierii.", justify=False)
    L.para("Vanzatorul zice ca nu primeste telefonul inapoi. Propun o solutie: returnez telefonul si primesc "
           "banii inapoi, sau imi da diferenta de 600 lei.", justify=False)
    L.para("Toma Bogdan, utilizator bogdan_toma92, tel. 0756 118 447", justify=False)
    L.sig([""], align="right", space_after=60)
    sign(L, rng, pen="marker", style="mixed", colour="black", width=280, dy=-10)
    return dict(group="mediation", letter=L,
                out=dict(kind="photo", quality=70, args=dict(tilt=0.04, rot=-1.4, table=(0.35, 0.36, 0.40))),
                truth=dict(category="mediation", channel="post", ink={"signature": True, "stamp": False},
                           fields={"complainant": "Toma Bogdan", "transaction_id": "61002290",
                                   "counterparty": "gsm_center_pitesti",
                                   "amount": {"value": "2100.00", "currency": "RON"},
                                   "issue": "not_as_described",
                                   "contact": {"phone": "+40756118447"}},
                           accept={"complainant": ["bogdan_toma92"]},
                           notes="Handwriting-like note photographed on a dark table; the signature is a thick black "
                                 "marker scribble with no 'Semnătura' anchor; two amounts (2.100 paid, 600 difference)."))


def m_seller_company_fax(rng):
    L = Letter(rng, family="freesans", size=30)
    L.lines(["MOBILA LUX DESIGN S.R.L.", "Bistrița, str. Industriei nr. 9", "CUI 38455120"], bold=True, size=28)
    L.gap(30)
    L.lines(["Bistrița, 03.12.2026"], align="right")
    L.lines(["Către: OKAZII.RO – Serviciul Mediere dispute"], x=170)
    L.gap(30)
    L.para("Subscrisa MOBILA LUX DESIGN S.R.L., vânzător pe platformă cu contul mobila_lux_design, vă "
           "sesizăm o dispută cu cumpărătorul ionut.cretu88 privind comanda nr. 59877610 (o canapea extensibilă, "
           "1.890 lei).")
    L.para("Cumpărătorul susține că produsul a ajuns deteriorat (tapițerie ruptă pe o latură) și cere "
           "returnarea integrală. Noi considerăm că deteriorarea s-a produs la transport. Propunem o soluție "
           "amiabilă: înlocuirea husei pe cheltuiala noastră sau o reducere de 400 lei, fără returnarea canapelei.")
    L.para("Vă rugăm să mediați disputa și să ne comunicați poziția cumpărătorului.")
    L.gap(30)
    L.sig(["Director vânzări", "Pop Diana"], align="right", space_after=150)
    sign(L, rng, pen="ballpoint", style="loopy", colour="ballpoint_blue", width=260, dy=40, dx=-20)
    stamp(L, rng, dict(shape="oval", size_px=330, aspect=0.6, top="MOBILA LUX DESIGN S.R.L.", bottom="BISTRIȚA",
                       centre="text", centre_lines=["CUI 38455120"], rings=2, text_scale=0.2, centre_scale=0.3),
          "red", dx=-250, dy=60, rotate=-3)
    fax = "+40 263 557 019"
    return dict(group="mediation", letter=L,
                out=dict(kind="fax", mode="standard", compression="group3", tsi=fax, skew=0.2,
                         header=fax_header("03-12-2026 08:57", fax, "MOBILA LUX")),
                truth=dict(category="mediation", channel="fax", fax_number=fax, ink={"signature": True, "stamp": True},
                           fields={"complainant": "MOBILA LUX DESIGN S.R.L.", "transaction_id": "59877610",
                                   "counterparty": "ionut.cretu88",
                                   "amount": {"value": "1890.00", "currency": "RON"},
                                   "issue": "damaged"},
                           accept={"complainant": ["mobila_lux_design", "Pop Diana"]},
                           notes="Mediation started by the SELLER (a company), faxed at standard resolution; red OVAL "
                                 "company stamp (patchy after the fax threshold) and a blue signature."))


def m_typed_no_marks_png(rng):
    L = Letter(rng, family="courier", size=30)
    L.lines(["Vasile Marius", "marius.vasile@outlook.com", "0733 557 920"], size=28)
    L.gap(40)
    L.lines(["Subiect: disputa comanda 60900315 - produs gresit"], bold=True)
    L.gap(20)
    L.para("Buna ziua,", indent=False)
    L.para("Am comandat de la utilizatorul sneakers_outlet_iasi o pereche de pantofi sport marimea 44 "
           "(comanda 60900315, 449 lei) si am primit marimea 42, alt model. Vreau sa returnez produsul si sa "
           "primesc produsul corect sau banii inapoi. Vanzatorul imi spune sa il trimit pe cheltuiala mea.",
           indent=False, justify=False)
    L.para("Va rog sa faceti o mediere intre noi.", indent=False)
    L.para("Multumesc,", indent=False)
    L.lines(["Vasile Marius"])
    return dict(group="mediation", letter=L,
                out=dict(kind="png", grey=True, colours=8, skew=0.2),
                truth=dict(category="mediation", channel="post", ink={"signature": False, "stamp": False},
                           fields={"complainant": "Vasile Marius", "transaction_id": "60900315",
                                   "counterparty": "sneakers_outlet_iasi",
                                   "amount": {"value": "449.00", "currency": "RON"},
                                   "issue": "wrong_item",
                                   "contact": {"email": "marius.vasile@outlook.com", "phone": "+40733557920"}},
                           notes="NO MARKS: a typed (monospace) printout without diacritics, grey PNG with 8 levels; "
                                 "neither signed nor stamped. One of the four no-ink pages."))


def m_typed_signed_grey(rng):
    L = Letter(rng, family="times", size=31)
    L.lines(["Cluj-Napoca, 1 decembrie 2026"], align="right")
    L.gap(30)
    L.lines(["Către OKAZII.RO – Mediere"], x=170)
    L.gap(20)
    L.lines(["Subiect: produs neconform – comanda nr. 60712094"], bold=True)
    L.gap(10)
    L.para("Subsemnata Szabo Erika (utilizator erika_szabo_cj) am cumpărat de la vânzătorul casa_verde_cluj o "
           "mașină de spălat vase „nouă, sigilată”, la prețul de 1.749,99 lei. Produsul primit este desigilat, "
           "cu urme de folosire și fără certificat de garanție, deci nu corespunde descrierii din anunț.")
    L.para("Vânzătorul refuză returnarea. Propun ca vânzătorul să îmi restituie 50% din preț, iar eu să "
           "păstrez produsul; în caz contrar, doresc returnarea și restituirea integrală.")
    L.gap(30)
    L.sig(["Szabo Erika"], align="right", space_after=120)
    sign(L, rng, pen="marker", style="loopy", colour="black", width=300, dy=-90, dx=20)
    return dict(group="mediation", letter=L,
                out=dict(kind="jpeg", grey=True, skew=-0.6, quality=60, scale=0.8),
                truth=dict(category="mediation", channel="post", ink={"signature": True, "stamp": False},
                           fields={"complainant": "Szabo Erika", "transaction_id": "60712094",
                                   "counterparty": "casa_verde_cluj",
                                   "amount": {"value": "1749.99", "currency": "RON"},
                                   "issue": "not_as_described"},
                           accept={"complainant": ["erika_szabo_cj"], "issue": ["return_refused"]},
                           notes="Typed mediation request, greyscale JPEG at 160 dpi; black marker signature drawn "
                                 "OVER the printed name."))


# ================================================================== UNKNOWN
def u_toner_advert_fax(rng):
    L = Letter(rng, family="arial", size=30)
    L.page.d.ellipse([170, 140, 330, 300], outline=(0, 0, 0), width=10)
    L.page.d.text((205, 190), "TP", font=__import__("sheet").font(L.bold, 56), fill=(0, 0, 0))
    L.lines(["TONER PLUS DISTRIBUTION"], x=360, bold=True, size=44)
    L.lines(["Consumabile pentru birou · livrare în 24h în toată țara"], x=360, size=26)
    L.gap(80)
    L.title("OFERTĂ SPECIALĂ DE IARNĂ – DECEMBRIE 2026", size=40)
    L.para("Stimați parteneri, vă oferim cartușe toner compatibile pentru imprimante HP, Canon, Brother și "
           "Samsung cu până la 45% reducere față de originale. Garanție 12 luni, returnare gratuită.", indent=False)
    L.items(["Toner compatibil HP 59A – 219 lei + TVA", "Toner compatibil Brother TN-2420 – 89 lei + TVA",
             "Hârtie copiator A4, 80 g/mp, cutie 5 topuri – 119 lei + TVA",
             "Cilindru Canon 051 – 149 lei + TVA"], marker="►", indent=30, hang=50)
    L.para("Comenzi: 0800 557 557 (gratuit) sau comenzi@tonerplus.example.ro. Pentru a nu mai primi oferte "
           "prin fax, sunați la 0800 557 558.", indent=False)
    fax = "+40 31 557 0101"
    return dict(group="unknown", letter=L,
                out=dict(kind="fax", mode="fine", compression="group4", tsi=fax, skew=0.0,
                         header=fax_header("05/12/2026 03:10", fax, "TONERPLUS")),
                truth=dict(category="unknown", channel="fax", fax_number=fax, ink={"signature": False, "stamp": False},
                           fields={},
                           notes="NO MARKS: an advertising fax; its printed round logo (a thick circle with 'TP') is "
                                 "not a stamp. One of the four no-ink pages."))


def u_clinic_triangle_stamp(rng):
    L = Letter(rng, family="freesans", size=30)
    L.lines(["CLINICA MEDSAN VITAL S.R.L.", "Ambulatoriu de specialitate", "Brașov, str. Lungă nr. 140"], bold=True, size=28)
    L.gap(40)
    L.lines(["Nr. 1877 / 27.11.2026"], x=170)
    L.gap(30)
    L.lines(["Către OKAZII.RO"], x=700)
    L.gap(30)
    L.title("ÎNȘTIINȚARE")
    L.para("Vă aducem la cunoștință că, începând cu data de 1 ianuarie 2027, sediul clinicii noastre se mută "
           "la adresa: Brașov, B-dul Griviței nr. 62. Vă rugăm să actualizați datele de facturare ale contului "
           "nostru de cumpărător (medsan_vital) în evidențele dumneavoastră.")
    L.para("Datele de contact (telefon 0268 557 440, e-mail contabilitate@medsanvital.example.ro) rămân "
           "neschimbate.")
    L.gap(40)
    L.sig(["Director medical,", "Dr. Pătrașcu Laura"], align="right", space_after=150)
    sign(L, rng, pen="fine", style="mixed", colour="ballpoint_blue", width=260, dy=55)
    stamp(L, rng, dict(shape="triangle", size_px=300, sides=["CLINICA MEDSAN VITAL", "BRAȘOV", "SRL"],
                       centre="text", centre_lines=["MEDIC"], rings=1, text_scale=0.11, centre_scale=0.35),
          "red", dx=-280, dy=80, rotate=10)
    return dict(group="unknown", letter=L,
                out=dict(kind="jpeg", grey=False, skew=0.3, quality=66, scale=0.85),
                truth=dict(category="unknown", channel="post", ink={"signature": True, "stamp": True},
                           fields={},
                           accept={"category": ["support"]},
                           notes="A clinic's notice of a change of address (an administrative letter: unknown, a person "
                                 "decides; support also acceptable): TRIANGULAR red stamp with text along the sides, "
                                 "blue signature."))


def u_town_hall_invitation(rng):
    L = Letter(rng, family="dejaserif", size=29)
    L.lines(["ROMÂNIA", "JUDEȚUL NEAMȚ", "PRIMĂRIA COMUNEI ALEXANDRU CEL BUN"], align="center", bold=True)
    L.gap(20)
    L.lines(["Nr. 9.214 din 25.11.2026"], align="center")
    L.gap(40)
    L.lines(["Către OKAZII.RO"], x=170)
    L.gap(30)
    L.title("INVITAȚIE")
    L.para("Primăria Comunei Alexandru cel Bun organizează, în perioada 18–20 decembrie 2026, „Târgul de "
           "Crăciun al meșteșugarilor”. Dorim să îi sprijinim pe producătorii locali să își vândă produsele și "
           "online și vă invităm să susțineți, în ziua de 19 decembrie, o scurtă prezentare despre vânzarea pe "
           "platforma dumneavoastră.")
    L.para("Vă rugăm să ne confirmați participarea la telefon 0233 557 212 sau prin e-mail la "
           "primaria@alexandrucelbun.example.ro.")
    L.gap(40)
    y0 = L.y
    L.sig(["PRIMAR,", "Ciubotaru Vasile"], align="left", key="mayor", space_after=0)
    L.y = y0
    L.sig(["SECRETAR GENERAL,", "Olaru Maria"], align="right", key="secretary", space_after=150)
    sign(L, rng, key="mayor", pen="felt", style="mixed", colour="navy", width=280, dy=30)
    sign(L, rng, key="secretary", pen="ballpoint", style="initials", colour="ballpoint_blue", width=140, dy=55)
    stamp(L, rng, dict(shape="round", size_px=330, top="JUDEȚUL NEAMȚ * PRIMĂRIA COMUNEI", bottom="ALEXANDRU CEL BUN",
                       centre="arms", rings=3, text_scale=0.13),
          "blue", key="mayor", dx=200, dy=40, rotate=-35, fade=0.5)
    return dict(group="unknown", letter=L,
                out=dict(kind="jpeg", grey=False, skew=-0.8, quality=64, scale=0.85),
                truth=dict(category="unknown", channel="post", ink={"signature": True, "stamp": True},
                           fields={},
                           notes="An official letter of a public authority (a town hall) with number, two signatures "
                                 "and a round stamp, but no request for data: an invitation (unknown, not "
                                 "law_enforcement)."))


def u_courier_receipt(rng):
    L = Letter(rng, family="narrow", size=29)
    L.lines(["RAPID CURIER EXPRES S.R.L."], bold=True, size=36)
    L.lines(["PROCES-VERBAL DE PREDARE-PRIMIRE / RETUR"], bold=True)
    L.gap(20)
    for k, v in [("AWB", "RC 4471 0092 118"), ("Expeditor", "OKAZII.RO – depozit Cluj"),
                 ("Destinatar", "Marinescu Paul, Galați"), ("Conținut", "colet 2,4 kg – documente"),
                 ("Motiv retur", "destinatar mutat, adresă incompletă"), ("Data", "02.12.2026")]:
        L.lines([f"{k}: {v}"], x=200)
    L.gap(30)
    L.para("Subsemnații, curier și reprezentant expeditor, am constatat returnarea coletului în starea în care a "
           "fost predat, fără urme de deteriorare.", indent=False)
    L.gap(30)
    y0 = L.y
    L.sig(["Curier,", "Neagu I."], align="left", key="courier", space_after=0)
    L.y = y0
    L.sig(["Primit,", "(semnătura și ștampila)"], align="right", key="recv", space_after=150)
    stamp(L, rng, dict(shape="rect", size_px=380, aspect=0.42, lines=["RAPID CURIER EXPRES", "PUNCT DE LUCRU CLUJ", "RETUR 02 DEC 2026"],
                       rings=2, font="mono"),
          "violet", key="recv", dx=-40, dy=110, rotate=-5)
    return dict(group="unknown", letter=L,
                out=dict(kind="png", grey=False, colours=32, skew=0.6, scale=0.75),
                truth=dict(category="unknown", channel="post", ink={"signature": False, "stamp": True},
                           fields={},
                           notes="A courier's return receipt: a RECTANGULAR violet date stamp with three lines of text "
                                 "over '(semnătura și ștampila)', and NO signature anywhere (stamp only); colour PNG "
                                 "with a 32-colour palette."))


def le_neamt_dga_fax200(rng):
    L = Letter(rng, family="freeserif", size=31)
    L.lines(["MINISTERUL AFACERILOR INTERNE", "DIRECȚIA GENERALĂ ANTICORUPȚIE",
             "SERVICIUL JUDEȚEAN ANTICORUPȚIE NEAMȚ"], bold=True, size=29)
    L.gap(10)
    L.boxed(["Nr. 2.716/SJA-NT", "din 01.12.2026"], x=1180, width=300, size=27)
    L.gap(20)
    L.lines(["Către:", "OKAZII.RO – Centrul de prevenire a fraudelor", "Cluj-Napoca"], x=170)
    L.gap(30)
    L.lines(["Referitor la: solicitare de date – dosar penal nr. 455/P/2026"], bold=True)
    L.gap(10)
    L.para("Serviciul Județean Anticorupție Neamț efectuează, sub coordonarea Parchetului de pe lângă "
           "Tribunalul Neamț, acte de cercetare penală în dosarul nr. 455/P/2026, privind săvârșirea "
           "infracțiunilor de luare de mită și trafic de influență.")
    L.para("În temeiul art. 170 alin. (1) din Codul de procedură penală, vă rugăm să ne transmiteți, pentru "
           "utilizatorul cu adresa de e-mail cornel.agachi.pn@yahoo.com și numărul de telefon +40 744 557 318, "
           "următoarele date, aferente intervalului 01.03.2026 – 30.09.2026:")
    L.items(["datele de identificare ale titularului contului", "adresele de livrare folosite",
             "tranzacțiile în care utilizatorul a fost cumpărător sau vânzător",
             "modalitățile de plată utilizate (card, transfer, ramburs)"], marker="{R}.", indent=50, hang=70)
    L.para("Datele pot fi transmise electronic, la adresa sja.neamt@mai-dga.ro.")
    L.gap(30)
    L.sig(["Șef serviciu", "Subcomisar de poliție", "Agafiței Ovidiu"], align="center", space_after=150)
    sign(L, rng, pen="fountain", style="loopy", colour="navy", width=320, dy=40, dx=150)
    stamp(L, rng, dict(shape="round", size_px=320, top="DIRECȚIA GENERALĂ ANTICORUPȚIE", bottom="S.J.A. NEAMȚ",
                       centre="star", rings=2, text_scale=0.14),
          "red", dx=-330, dy=110, rotate=-48, dry=0.3)
    fax = "+40 233 557 740"
    return dict(group="le_genuine", letter=L,
                out=dict(kind="fax", mode="200x200", compression="group4", tsi=fax, skew=1.4, threshold=0.62,
                         header="Dec-01-2026 13:37  SJA NEAMT  " + fax, page_label="Pg {i}/{n}"),
                truth=dict(category="law_enforcement", channel="fax", fax_number=fax, genuine=True, expect_verdict="verified",
                           registry_authority="Direcția Generală Anticorupție – Serviciul Județean Anticorupție Neamț",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Serviciul Județean Anticorupție Neamț", "authority_kind": "police",
                                   "reference_number": "2.716/SJA-NT", "reference_date": "2026-12-01",
                                   "case_number": "455/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("email", "cornel.agachi.pn@yahoo.com"), subj("phone", "+40744557318")],
                                   "requested_data": ["datele de identificare ale titularului contului",
                                                      "adresele de livrare folosite",
                                                      "tranzacțiile în care utilizatorul a fost cumpărător sau vânzător",
                                                      "modalitățile de plată utilizate (card, transfer, ramburs)"],
                                   "period": {"from": "2026-03-01", "to": "2026-09-30"},
                                   "response_channel": "electronic", "reply_to": "sja.neamt@mai-dga.ro",
                                   "signatory": "Șef serviciu Subcomisar de poliție Agafiței Ovidiu", "urgent": False},
                           accept={"authority": ["Direcția Generală Anticorupție – Serviciul Județean Anticorupție Neamț",
                                                 "Direcția Generală Anticorupție", "DGA - SJA Neamț"],
                                   "reference_number": ["2716/SJA-NT"],
                                   "signatory": ["Subcomisar de poliție Agafiței Ovidiu", "Agafiței Ovidiu"]},
                           notes="G4 fax at 200x200 dpi, skewed 1.4°; the anti-corruption directorate of the ministry "
                                 "(kind police); number and date in a framed box on the right; Roman-numeral list "
                                 "(I.–IV.); a RED stamp with many dry spots, rotated ~48°, which the fax threshold "
                                 "breaks into patches, under a fountain-pen signature to its right; centred signatory "
                                 "block."))


def f_mures_cross_fax(rng):
    L = Letter(rng, family="dejaserif", size=29)
    L.lines(["ROMÂNIA", "JUDECĂTORIA TÂRGU MUREȘ", "SECȚIA PENALĂ"], bold=True)
    L.gap(10)
    L.lines(["Dosar nr. 7012/320/2026", "Nr. ieșire 22.140 / 04.12.2026"], x=1000)
    L.gap(40)
    L.lines(["Către: S.C. OKAZII S.R.L. (OKAZII.RO)"], x=170)
    L.gap(30)
    L.title("ADRESĂ")
    L.para("În temeiul art. 152 din Codul de procedură penală și al încheierii judecătorului de drepturi și "
           "libertăți din 3 decembrie 2026, vă solicităm comunicarea datelor de identificare, a adreselor IP "
           "și a istoricului tranzacțiilor pentru utilizatorii mures_ceasuri și reghin_auto_parts, pentru "
           "intervalul 01.01.2026 – 30.11.2026.")
    L.para("Având în vedere urgența, datele vor fi transmise în aceeași zi pe adresa de e-mail "
           "grefa.penal.tgmures@gmail.com.")
    L.gap(40)
    L.sig(["JUDECĂTOR,", "Sorina Kovács"], align="right", space_after=150)
    sign(L, rng, pen="fine", style="loopy", colour="gel_black", width=280, dy=60)
    stamp(L, rng, dict(shape="round", size_px=320, top="ROMÂNIA * JUDECĂTORIA", bottom="TÂRGU MUREȘ",
                       centre="arms", rings=3, text_scale=0.15),
          "red", dx=-230, dy=60, rotate=-11)
    fax = "+40 254 557 850"
    return dict(group="le_forged", letter=L,
                out=dict(kind="fax", mode="fine", compression="group3", tsi=fax, skew=-0.3,
                         header=fax_header("04/12/2026 17:12", fax, "JUDECATORIA TG MURES")),
                truth=dict(category="law_enforcement", channel="fax", fax_number=fax, genuine=False, expect_verdict="not_verified",
                           registry_authority="Judecătoria Târgu Mureș",
                           defect="a court letter faxed from the registry number of another authority (IPJ Hunedoara's +40 254 557 850) whose header line names the court; urgent, answer to gmail",
                           ink={"signature": True, "stamp": True},
                           fields={"authority": "Judecătoria Târgu Mureș", "authority_kind": "court",
                                   "reference_number": "22.140", "reference_date": "2026-12-04",
                                   "case_number": "7012/320/2026", "legal_basis": ["art. 152 CPP"],
                                   "subjects": [subj("username", "mures_ceasuri"), subj("username", "reghin_auto_parts")],
                                   "period": {"from": "2026-01-01", "to": "2026-11-30"},
                                   "response_channel": "electronic", "reply_to": "grefa.penal.tgmures@gmail.com",
                                   "signatory": "Judecător Sorina Kovács", "urgent": True},
                           accept={"reference_number": ["22140"], "signatory": ["Sorina Kovács"]},
                           notes="FORGED: imitates the court's genuine layout, judge and red stamp, but the fax comes from "
                                 "IPJ Hunedoara's registry number (TIFF ImageDescription), while the header line text "
                                 "claims 'JUDECATORIA TG MURES'; same-day urgency, answer to a gmail address. G3 fine."))


def f_neamt_stamped_unsigned(rng):
    L = Letter(rng, family="dejaserif", size=29)
    L.lines(["MINISTERUL AFACERILOR INTERNE", "DIRECȚIA GENERALĂ ANTICORUPȚIE",
             "SERVICIUL JUDEȚEAN ANTICORUPȚIE NEAMȚ"], bold=True, size=28)
    L.gap(10)
    L.lines(["Nr. 2.781/SJA-NT din 04.12.2026"], align="right")
    L.gap(40)
    L.lines(["Către OKAZII.RO"], x=170)
    L.gap(30)
    L.para("În dosarul penal nr. 471/P/2026, în temeiul art. 170 C.p.p., vă rugăm să ne comunicați datele de "
           "identificare, adresele de livrare și istoricul tranzacțiilor utilizatorului roman_ceramica_nt, "
           "pentru perioada 01.06.2026 – 30.11.2026.")
    L.para("Răspunsul va fi transmis electronic, la adresa sja.neamt@mai-dga.ro.")
    L.gap(40)
    L.sig(["Șef serviciu", "Subcomisar de poliție", "Agafiței Ovidiu"], align="right", space_after=40)
    L.anchor("ls", x=400)
    L.lines(["L.S."], x=370)
    stamp(L, rng, dict(shape="round", size_px=320, top="DIRECȚIA GENERALĂ ANTICORUPȚIE", bottom="S.J.A. NEAMȚ",
                       centre="star", rings=2, text_scale=0.14),
          "blue", key="ls", dx=40, dy=-10, rotate=21)
    return dict(group="le_forged", letter=L,
                out=dict(kind="pdf", grey=True, quality=55, scale=0.9),
                truth=dict(category="law_enforcement", channel="post", genuine=False, expect_verdict="not_verified",
                           registry_authority="Direcția Generală Anticorupție – Serviciul Județean Anticorupție Neamț",
                           defect="stamped but not signed",
                           ink={"signature": False, "stamp": True},
                           fields={"authority": "Serviciul Județean Anticorupție Neamț", "authority_kind": "police",
                                   "reference_number": "2.781/SJA-NT", "reference_date": "2026-12-04",
                                   "case_number": "471/P/2026", "legal_basis": ["art. 170 CPP"],
                                   "subjects": [subj("username", "roman_ceramica_nt")],
                                   "period": {"from": "2026-06-01", "to": "2026-11-30"},
                                   "response_channel": "electronic", "reply_to": "sja.neamt@mai-dga.ro",
                                   "signatory": "Șef serviciu Subcomisar de poliție Agafiței Ovidiu", "urgent": False},
                           accept={"authority": ["Direcția Generală Anticorupție – Serviciul Județean Anticorupție Neamț",
                                                 "Direcția Generală Anticorupție", "DGA - SJA Neamț"],
                                   "reference_number": ["2781/SJA-NT"],
                                   "signatory": ["Subcomisar de poliție Agafiței Ovidiu", "Agafiței Ovidiu"]},
                           notes="DEFECTIVE: the stamp is there (blue, on 'L.S.', left) but nobody signed above the "
                                 "printed name. Greyscale image PDF by post. Expected incomplete."))


ITEMS = [
    le_valcea_dragasani_fax, le_sibiu_ordonanta_post, le_mures_court_pdf, le_diicot_constanta_fax,
    le_maramures_phone, le_buzau_fax_3p, le_hunedoara_petrosani_tiff,
    le_neamt_dga_fax200, le_arges_fax, le_olt_no_callback_fax, le_covasna_unregistered_fax,
    f_valcea_wrong_ring, f_sibiu_blank_circle_pdf, f_buzau_other_signature_page, f_diicot_pasted_stamp,
    f_hunedoara_no_stamp, f_maramures_unknown_fax, f_valcea_unsigned_copy, f_mures_cross_fax,
    f_neamt_stamped_unsigned,
    c_handwritten_ruled_photo, c_typed_fraud_scan, c_company_fax_stamp, c_handwritten_squared_png,
    c_web_form_printout_pdf, c_lawyer_stamp_pdf,
    m_handwritten_photo, m_seller_company_fax, m_typed_no_marks_png, m_typed_signed_grey,
    u_toner_advert_fax, u_clinic_triangle_stamp, u_town_hall_invitation, u_courier_receipt,
]
