"""Official requests from police, prosecutors and courts: many ways of writing one letter."""

from __future__ import annotations

import random

from tests.eval.letter import Chooser, Letter
from tests.eval.vocab import (
    CITIES,
    JUDETE,
    date_forms,
    email_of,
    iban,
    person,
    phone,
    pick,
    username,
)

RANKS_POLICE = [
    "Comisar-șef de poliție",
    "Comisar de poliție",
    "Inspector principal de poliție",
    "Subcomisar de poliție",
    "Agent-șef de poliție",
]
RANKS_PROSECUTOR = ["Prim-procuror", "Procuror", "Procuror-șef"]

REQUESTED = [
    ("datele de identificare ale titularului contului", "datele de identificare"),
    ("istoricul tranzacțiilor efectuate", "istoricul tranzacțiilor"),
    ("adresele IP de la care s-a conectat utilizatorul", "adresele IP"),
    ("numerele de telefon asociate contului", "numerele de telefon"),
    ("adresele de e-mail asociate contului", "adresele de e-mail"),
    ("conturile bancare (IBAN) folosite la plăți", "conturile bancare"),
    ("anunțurile publicate de utilizator", "anunțurile publicate"),
    ("corespondența purtată prin platformă", "corespondența"),
    ("data creării contului", "data creării contului"),
]

INTRO = [
    "În baza {basis}, în dosarul penal nr. {case}, vă rugăm să ne comunicați următoarele date:",
    "Prin prezenta, în temeiul {basis}, vă solicităm ca, în cauza penală ce formează obiectul dosarului nr. {case}, să ne comunicați:",
    "Subscrisa efectuează cercetări penale în dosarul nr. {case} sub aspectul săvârșirii {offence}. În conformitate cu {basis}, vă rugăm să ne puneți la dispoziție:",
    "Avem în lucru dosarul penal nr. {case}, privind {offence}. Potrivit {basis}, vă rugăm să ne transmiteți:",
    "În vederea soluționării dosarului {case}, în temeiul {basis}, vă solicităm să ne furnizați următoarele informații:",
    "Organul de cercetare penală desfășoară urmărirea penală în dosarul nr. {case} ({offence}). Conform {basis}, vă rugăm să ne comunicați:",
    "Referitor la dosarul penal nr. {case}, instrumentat de unitatea noastră, și având în vedere {basis}, vă rugăm să ne trimiteți:",
    "Pentru lămurirea împrejurărilor cauzei din dosarul nr. {case}, în care se fac cercetări pentru {offence}, în temeiul {basis} vă solicităm:",
]
OFFENCES = [
    "infracțiunii de înșelăciune prevăzută de art. 244 C.pen.",
    "infracțiunii de fraudă informatică (art. 249 Cod penal)",
    "înșelăciune",
    "infracțiunii de înșelăciune, faptă prevăzută de art. 244 alin. (1) din Codul penal",
    "comiterii unei infracțiuni de înșelăciune în comerțul online",
]
BASES = [
    ("art. 170 C.p.p.", "art. 170 CPP"),
    ("art. 170 alin. (1) din Codul de procedură penală", "art. 170 CPP"),
    ("art. 152 NCPP", "art. 152 CPP"),
    ("dispozițiile art. 170 C.proc.pen.", "art. 170 CPP"),
    ("art. 152 alin. (1) din Codul de procedură penală", "art. 152 CPP"),
    ("art. 142 Cod procedură penală", "art. 142 CPP"),
    ("prevederile art. 170 CPP", "art. 170 CPP"),
]
ABOUT = [
    "cu privire la utilizatorul {user}",
    "referitoare la contul cu numele de utilizator {user}",
    "privind persoana care a folosit contul {user}",
    "aferente utilizatorului înregistrat ca {user}",
    "pentru titularul contului de utilizator {user}",
]
EXTRA_SUBJECT = [
    "care a folosit adresa de e-mail {email}",
    "înregistrat cu numărul de telefon {phone}",
    "asociat adresei de e-mail {email} și numărului de telefon {phone}",
]
TXN = [
    "în legătură cu tranzacția nr. {txn}",
    "inclusiv pentru comanda nr. {txn}",
    "mai ales cu privire la tranzacția {txn}",
    "în special tranzacția cu numărul {txn}",
]
PERIOD = [
    "pentru perioada {a} - {b}",
    "în intervalul {a} – {b}",
    "din perioada {a} până la {b}",
    "începând cu data de {a} până la data de {b}",
    "între {a} și {b}",
]
CHANNEL = {
    "electronic": [
        "Răspunsul poate fi transmis electronic la adresa {mail}.",
        "Vă rugăm să transmiteți datele în format electronic, pe adresa de e-mail {mail}.",
        "Datele solicitate pot fi comunicate prin e-mail la {mail}.",
        "Informațiile vor fi trimise pe cale electronică, la adresa {mail}.",
    ],
    "courier": [
        "Răspunsul va fi trimis prin curier la sediul nostru din {addr}.",
        "Vă rugăm ca documentele să fie expediate prin curier, la adresa {addr}.",
        "Datele vor fi transmise cu poșta sau prin curier la sediul unității, {addr}.",
        "Răspunsul în scris se va trimite prin curierat la {addr}.",
    ],
    "both": [
        "Răspunsul poate fi transmis electronic la {mail} și, în original, prin curier la {addr}.",
        "Vă rugăm să trimiteți datele atât prin e-mail ({mail}), cât și prin curier la {addr}.",
        "Comunicați-ne datele pe e-mail la {mail}, iar originalul prin poștă/curier la {addr}.",
    ],
}
URGENT = [
    "Având în vedere caracterul urgent al cauzei, vă rugăm să ne răspundeți cu celeritate.",
    "Solicitarea are caracter URGENT.",
    "Vă rugăm să tratați prezenta cu urgență.",
    "Precizăm că cererea este urgentă, existând riscul disipării prejudiciului.",
]
CLOSING = [
    "Vă mulțumim pentru colaborare.",
    "Cu stimă,",
    "Cu considerație,",
    "Menționăm că datele vor fi folosite exclusiv în scopul cauzei penale.",
    "Vă mulțumim.",
]
ADDRESSEE = [
    "Către: OKAZII S.R.L. - Centrul de prevenire a fraudelor",
    "CĂTRE\nOkazii S.R.L.\nDepartamentul juridic",
    "Către: Okazii - Departamentul Juridic",
    "Domnului Director al societății Okazii S.R.L.",
    "Către: S.C. OKAZII S.R.L., Serviciul Juridic",
]


def _authority(rnd: random.Random, c: Chooser) -> tuple[list[str], list[str], str, str, str]:
    """(letterhead lines, accepted names, kind, city, mail domain)."""
    judet = pick(rnd, JUDETE)
    city = CITIES[judet]
    kind = rnd.choices(
        ["ipj", "pm", "dgpmb", "parchet", "parchet_trib", "diicot", "court"], [5, 2, 2, 4, 2, 2, 1]
    )[0]
    if kind == "ipj":
        name = f"Inspectoratul de Poliție Județean {judet}"
        head = [
            "ROMÂNIA",
            "MINISTERUL AFACERILOR INTERNE",
            name.upper() if rnd.random() < 0.6 else name,
            c(
                [
                    "Serviciul de Investigare a Criminalității Economice",
                    "Serviciul de Investigații Criminale",
                    "Biroul de Combatere a Criminalității Informatice",
                ]
            ),
        ]
        return head, [name], "police", city, "politiaromana.ro"
    if kind == "pm":
        name = f"Poliția Municipiului {city}"
        return (
            ["ROMÂNIA", f"IPJ {judet.upper()}", name.upper()],
            [name, f"IPJ {judet}"],
            "police",
            city,
            "politiaromana.ro",
        )
    if kind == "dgpmb":
        name = "Direcția Generală de Poliție a Municipiului București"
        return (
            ["ROMÂNIA", "MINISTERUL AFACERILOR INTERNE", name.upper()],
            [name, "DGPMB"],
            "police",
            "București",
            "politiaromana.ro",
        )
    if kind == "parchet":
        sector = rnd.randrange(1, 7)
        court = pick(rnd, [f"Judecătoria {city}", f"Judecătoria Sectorului {sector} București"])
        name = f"Parchetul de pe lângă {court}"
        return (
            ["ROMÂNIA", "MINISTERUL PUBLIC", name.upper()],
            [name],
            "prosecutor",
            city,
            "mpublic.ro",
        )
    if kind == "parchet_trib":
        name = f"Parchetul de pe lângă Tribunalul {judet}"
        return ["MINISTERUL PUBLIC", name], [name], "prosecutor", city, "mpublic.ro"
    if kind == "diicot":
        long = "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"
        return (
            [
                "PARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE",
                long.upper(),
                f"Serviciul Teritorial {city}",
            ],
            [
                long,
                "DIICOT",
                f"DIICOT Serviciul Teritorial {city}",
                f"{long} Serviciul Teritorial {city}",
                "Parchetul de pe lângă Înalta Curte de Casație și Justiție",
            ],
            "prosecutor",
            city,
            "diicot.ro",
        )
    name = f"Tribunalul {judet}"
    return ["ROMÂNIA", name.upper(), "Secția penală"], [name], "court", city, "just.ro"


def law_letter(rnd: random.Random, held_out: bool, english: bool = False) -> Letter:
    c = Chooser(rnd, held_out)
    head, names, kind, city, domain = _authority(rnd, c)
    year = 2026
    ref = str(rnd.randrange(1000, 999_999))
    ref_written = f"{int(ref):,}".replace(",", ".") if len(ref) > 3 and rnd.random() < 0.4 else ref
    rm, rd = rnd.randrange(9, 12), rnd.randrange(1, 28)
    ref_date = date_forms(rnd, year, rm, rd, held_out)
    case = (
        f"{rnd.randrange(10, 9999)}/{'D/' if 'DIICOT' in names else ''}P/{year - rnd.randrange(2)}"
    )
    if kind == "court":
        case = f"{rnd.randrange(100, 9999)}/{rnd.randrange(100, 330)}/{year}"
    basis_w, basis_t = pick(rnd, BASES)
    offence = c(OFFENCES)
    g, f = person(rnd)
    user = username(rnd, g)
    subjects = [{"kind": "username", "value": user}]
    about = c(ABOUT).format(user=user)
    mail_s, (phone_w, phone_d) = email_of(rnd, g, f), phone(rnd)
    if rnd.random() < 0.6:
        extra = c(EXTRA_SUBJECT)
        about += ", " + extra.format(email=mail_s, phone=phone_w)
        if "{email}" in extra:
            subjects.append({"kind": "email", "value": mail_s})
        if "{phone}" in extra:
            subjects.append({"kind": "phone", "value": phone_d})
    if rnd.random() < 0.2:
        ib_w, ib_t = iban(rnd)
        about += f", care a primit plăți în contul {ib_w}"
        subjects.append({"kind": "iban", "value": ib_t})
    txns: list[str] = []
    if rnd.random() < 0.6:
        txns = [str(rnd.randrange(10_000_000, 99_999_999))]
        about += ", " + c(TXN).format(txn=txns[0])
    items = rnd.sample(REQUESTED, rnd.randrange(2, 5))
    period = None
    if rnd.random() < 0.65:
        pm = rnd.randrange(1, 8)
        a = date_forms(rnd, year, pm, 1, held_out)
        b = date_forms(rnd, year, pm + 2, 28, held_out)
        period = {"from": f"{year}-{pm:02d}-01", "to": f"{year}-{pm + 2:02d}-28"}
        about += ", " + c(PERIOD).format(a=a, b=b)
    channel = rnd.choices(["electronic", "courier", "both", None], [5, 3, 2, 1])[0]
    street = f"Str. {pick(rnd, ['Libertății', 'Unirii', 'Eroilor', 'Republicii', 'Mihai Viteazu'])} nr. {rnd.randrange(1, 80)}, {city}"
    local = pick(rnd, ["secretariat", "registratura", "cabinet", "politia", "sic", "judiciar"])
    answer_mail = f"{local}.{city.split()[0].split('-')[0].lower().replace('ș', 's').replace('ț', 't').replace('ă', 'a').replace('â', 'a').replace('î', 'i')}@{domain}"
    urgent = rnd.random() < 0.25
    rank = pick(
        rnd,
        RANKS_POLICE
        if kind == "police"
        else (RANKS_PROSECUTOR if kind == "prosecutor" else ["Judecător", "Președinte"]),
    )
    sg, sf = person(rnd)
    sign_name = pick(rnd, [f"{sf} {sg}", f"{sg} {sf}", f"{sf.upper()} {sg}"])

    ref_line = c(
        [
            f"Nr. {ref_written} din {ref_date}",
            f"Nr. {ref_written} / {ref_date}",
            f"Număr de înregistrare: {ref_written}\nData: {ref_date}",
            f"{city}, {ref_date}\nNr. {ref_written}",
            f"Nr. înreg. {ref_written} din data de {ref_date}",
        ]
    )
    blocks: list[tuple[str, str]] = [("head", "\n".join(head))]
    if rnd.random() < 0.5:
        blocks.append(
            (
                "head",
                f"{street}\nTel.: 02{rnd.randrange(10, 69)} {rnd.randrange(100, 999)} {rnd.randrange(100, 999)} | Fax: 02{rnd.randrange(10, 69)} {rnd.randrange(100, 999)} {rnd.randrange(100, 999)}",
            )
        )
    blocks.append(("right", ref_line))
    blocks.append(("body", c(ADDRESSEE)))
    if rnd.random() < 0.5:
        blocks.append(
            (
                "title",
                c(["ADRESĂ", "Adresă oficială", "SOLICITARE DATE", "Către operatorul platformei"]),
            )
        )
    intro = c(INTRO).format(basis=basis_w, case=case, offence=offence)
    blocks.append(
        ("body", c(["Stimate domn / Stimată doamnă,", "Domnule Director,", "Bună ziua,", ""]))
    )
    blocks.append(("body", intro))
    bullet = pick(rnd, ["- ", "• ", "{n}. ", "{a}) "])
    lines = []
    for n, (item, _) in enumerate(items):
        lines.append(
            bullet.format(n=n + 1, a="abcdefgh"[n]) + item + (";" if n < len(items) - 1 else "")
        )
    blocks.append(("body", "\n".join(lines)))
    blocks.append(("body", f"{about[0].upper()}{about[1:]}."))
    if channel:
        blocks.append(("body", c(CHANNEL[channel]).format(mail=answer_mail, addr=street)))
    if urgent:
        blocks.append(("body", c(URGENT)))
    blocks.append(("body", c(CLOSING)))
    sign = pick(
        rnd,
        [
            f"{rank},\n{sign_name}",
            f"{rank}\n{sign_name}",
            f"{c(['Șef serviciu', 'Șef birou', 'Conducătorul unității'])},\n{rank} {sign_name}",
        ],
    )
    blocks.append(("sign", sign))
    truth = {
        "authority": names,
        "authority_kind": kind,
        "reference_number": ref,
        "reference_date": f"{year}-{rm:02d}-{rd:02d}",
        "case_number": case,
        "legal_basis": [basis_t],
        "subjects": subjects,
        "transactions": txns,
        "requested_data": [key for _, key in items],
        "period": period,
        "response_channel": channel,
        "signatory": f"{sg} {sf}",
        "urgent": urgent,
    }
    subject = c(
        [
            f"Adresă nr. {ref_written} - dosar {case}",
            f"Solicitare date utilizator - dosar penal {case}",
            f"Adresa {ref_written}/{ref_date}",
            "Cerere de informații",
            f"Dosar {case} - solicitare",
        ]
    )
    return Letter(
        "law_enforcement",
        subject,
        blocks,
        truth,
        f"{rank} {sign_name}",
        answer_mail,
        pick(rnd, ["legal@okazii.ro", "juridic@okazii.ro"]),
        official=True,
    )
