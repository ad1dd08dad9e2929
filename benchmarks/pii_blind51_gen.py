"""Value makers for blind split 51: names of the peoples of Russia and the CIS, hurried spellings,
valid ЕНП and old OMS policies, passports, and the many numbers of a patient's papers."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_NOMN, Maker, date, person
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name

# (surname male, surname female, first male, first female, patronymic m, patronymic f) per people
_PEOPLES = {
    "tatar": (("Галиев", "Хабибуллин", "Сафиуллин", "Закиров", "Гарипов", "Мухаметшин", "Нуриев"),
              ("Ринат", "Ильдар", "Айдар", "Рустем", "Марат", "Фарит"),
              ("Гульнара", "Алсу", "Резеда", "Ляйсан", "Гузель", "Лилия"),
              ("Рашитович", "Ильдусович", "Фаритович", "Наилевич", "Рифкатович"),
              ("Рашитовна", "Ильдусовна", "Фаритовна", "Наилевна", "Рифкатовна")),
    "bashkir": (("Юлдашев", "Ишмухаметов", "Кутлугильдин", "Байрамгулов", "Аминев"),
                ("Азат", "Ильшат", "Салават", "Урал", "Айрат"),
                ("Зульфия", "Айгуль", "Гульшат", "Альфия", "Лейсан"),
                ("Азатович", "Салаватович", "Уралович", "Миннигалиевич"),
                ("Азатовна", "Салаватовна", "Ураловна", "Миннигалиевна")),
    "chechen": (("Дудаев", "Мусаев", "Арсанукаев", "Хасбулатов", "Эльмурзаев"),
                ("Ислам", "Руслан", "Магомед", "Зелимхан", "Адам"),
                ("Марьям", "Хава", "Зарема", "Аминат", "Седа"),
                ("Ахмедович", "Русланович", "Саидович", "Умарович"),
                ("Ахмедовна", "Руслановна", "Саидовна", "Умаровна")),
    "yakut": (("Саввинов", "Неустроев", "Охлопков", "Эверстов", "Винокуров"),
              ("Айсен", "Ньургун", "Эрхан", "Дьулустан", "Мичил"),
              ("Сардана", "Туйаара", "Айыына", "Саргылана", "Нюргуяна"),
              ("Петрович", "Егорович", "Иннокентьевич", "Гаврильевич"),
              ("Петровна", "Егоровна", "Иннокентьевна", "Гаврильевна")),
    "buryat": (("Цыбиков", "Дашиев", "Бадмаев", "Жамсаранов", "Доржиев"),
               ("Баир", "Жаргал", "Бато", "Чингис", "Аюр"),
               ("Туяна", "Дарима", "Сэсэг", "Баирма", "Оюна"),
               ("Доржиевич", "Бадмаевич", "Цыренович", "Баирович"),
               ("Доржиевна", "Бадмаевна", "Цыреновна", "Баировна")),
    "uzbek": (("Каримов", "Юсупов", "Рахимов", "Абдуллаев", "Турсунов", "Норматов"),
              ("Шерзод", "Бахтиёр", "Улугбек", "Фаррух", "Жасур"),
              ("Дилноза", "Гулнора", "Малика", "Нигора", "Шахноза"),
              ("Алишерович", "Бахромович", "Рустамович", "Тахирович"),
              ("Алишеровна", "Бахромовна", "Рустамовна", "Тахировна")),
    "tajik": (("Рахмонов", "Шарипов", "Назаров", "Саидов", "Давлатов"),
              ("Фирдавс", "Манучехр", "Сомон", "Парвиз", "Джамшед"),
              ("Мадина", "Нилуфар", "Тахмина", "Зарина", "Парвина"),
              ("Саидович", "Назарович", "Курбонович", "Файзуллоевич"),
              ("Саидовна", "Назаровна", "Курбоновна", "Файзуллоевна")),
    "kazakh": (("Нурланов", "Жумабаев", "Сейткалиев", "Байжанов", "Ахметов"),
               ("Ерлан", "Нурсултан", "Данияр", "Асхат", "Бауыржан"),
               ("Айгерим", "Динара", "Жанар", "Асель", "Гульмира"),
               ("Ерланович", "Серикович", "Маратович", "Кайратович"),
               ("Ерлановна", "Сериковна", "Маратовна", "Кайратовна")),
    "armenian": (("Саркисян", "Петросян", "Аветисян", "Григорян", "Оганесян", "Мкртчян"),
                 ("Арам", "Гагик", "Тигран", "Ашот", "Вардан"),
                 ("Анаит", "Гаянэ", "Лусине", "Нарине", "Ануш"),
                 ("Араратович", "Гагикович", "Самвелович", "Левонович"),
                 ("Араратовна", "Гагиковна", "Самвеловна", "Левоновна")),
    "georgian": (("Беридзе", "Гелашвили", "Кварацхелия", "Чиковани", "Джапаридзе"),
                 ("Гиорги", "Давид", "Леван", "Зураб", "Нодар"),
                 ("Нино", "Тамара", "Кетеван", "Манана", "Эка"),
                 ("Гурамович", "Зурабович", "Нодарович", "Отарович"),
                 ("Гурамовна", "Зурабовна", "Нодаровна", "Отаровна")),
    "azeri": (("Мамедов", "Гасанов", "Алиев", "Гусейнов", "Керимов"),
              ("Эльчин", "Рауф", "Намик", "Фуад", "Эльвин"),
              ("Севиндж", "Айтен", "Гюнай", "Лейла", "Нармин"),
              ("Рафикович", "Ильхамович", "Таирович", "Вагифович"),
              ("Рафиковна", "Ильхамовна", "Таировна", "Вагифовна")),
}


def _fem_surname(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ин", "ёв")):
        return surname + "а"
    return surname  # -ян, -дзе, -швили, -ия, -ани stay as they are


def ethnic_name(rng: random.Random, sex: str = "") -> tuple[str, str, str, bool]:
    surnames, males, females, patr_m, patr_f = _PEOPLES[rng.choice(sorted(_PEOPLES))]
    female = sex == "f" or (sex != "m" and rng.random() < 0.5)
    last = rng.choice(surnames)
    if female:
        return _fem_surname(last), rng.choice(females), rng.choice(patr_f), True
    return last, rng.choice(males), rng.choice(patr_m), False


def any_name(rng: random.Random, fake: Any) -> tuple[str, str, str, bool]:
    if rng.random() < 0.35:
        return ethnic_name(rng)
    if rng.random() < 0.5:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def name(*shapes: str, lower: float = 0.0, ethnic: float = 0.35, sex: str = "") -> Maker:
    """Like :func:`person`, with names of many peoples; ``lower`` is how often it is typed in lowercase,
    ``sex`` "f" or "m" when the frame says who it is (a mother, a husband)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        if rng.random() < ethnic:
            last, first, middle, female = ethnic_name(rng, sex)
        elif sex == "f" or (sex != "m" and rng.random() < 0.5):
            last, first, middle, female = (fake.last_name_female(), fake.first_name_female(),
                                           fake.middle_name_female(), True)
        else:
            last, first, middle, female = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False
        parts = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
                 "O": inflect_name(middle, "Patr", female, case)}
        out = []
        for token in rng.choice(shapes).split():
            if token == "io":
                out.append(f"{first[0]}.{middle[0]}.")
            elif token == "i":
                out.append(f"{first[0]}.")
            elif token == "o":
                out.append(f"{middle[0]}.")
            elif token == "FU":
                out.append(parts["F"].upper())
            else:
                out.append(parts[token])
        text = " ".join(out)
        if rng.random() < lower:
            text = text.lower()
        return text

    return make


def typo_name() -> Maker:
    """A surname and initials typed in a hurry: a doubled or swapped letter, no space after a dot."""
    base = person("F io", "F i o", "F I O", "F I")

    def make(rng: random.Random, fake: Any, case: str) -> str:
        text = base(rng, fake, case)
        head, _, tail = text.partition(" ")
        if len(head) > 4:
            i = rng.randrange(1, len(head) - 2)
            head = rng.choice((head[:i] + head[i + 1] + head[i] + head[i + 2:], head[:i] + head[i] + head[i:]))
        return f"{head} {tail}" if tail else head

    return make


# ----- identifiers ---------------------------------------------------------------------------
def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _put(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def enp_digits(rng: random.Random) -> str:
    body = rng.choice(("77", "50", "78", "02", "16", "66", "54", "61", "23", "34", "91")) + _d(rng, 13)
    for check in "0123456789":
        if enp_valid(body + check):
            return body + check
    raise AssertionError("no check digit")


def enp(*layouts: str) -> Maker:
    return lambda rng, fake, case: _put(rng.choice(layouts), enp_digits(rng))


def oms_old() -> Maker:
    """Old (pre-2011) policies: a series and a number, printed many ways."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        series = rng.choice((_d(rng, 4), rng.choice(("ЕАА", "ВС", "АБ", "РТ", "КМ", "ЯНА")), rng.choice(("77", "50", "52"))
                             + _d(rng, 2)))
        number = _d(rng, rng.choice((6, 7, 8, 10)))
        return rng.choice((f"{series} {number}", f"{series} № {number}", f"{series}-{number}", f"{series}№{number}"))

    return make


def snils_v(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return _put(rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn_v(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, 7 if n == 10 else 8)
        return _put(layout, prefix + inn_check_digits(prefix))

    return make


def passport(*layouts: str) -> Maker:
    """Series (region code + year of the blank) and number."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        series = f"{rng.randrange(1, 99):02d}{rng.choice(('03', '05', '08', '10', '12', '14', '16', '18', '19', '20', '21', '22', '23'))}"
        return _put(rng.choice(layouts), series + f"{rng.randrange(100000, 999999)}")

    return make


def nums(*layouts: str) -> Maker:
    """X any digit, N a non-zero digit, Y a recent year, L a capital Cyrillic letter, everything else literal."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out = []
        for ch in rng.choice(layouts):
            if ch == "X":
                out.append(str(rng.randrange(10)))
            elif ch == "N":
                out.append(str(rng.randrange(1, 10)))
            elif ch == "Y":
                out.append(str(rng.randrange(2016, 2026)))
            elif ch == "L":
                out.append(rng.choice("АБВГДЕКМНПРСТ"))
            else:
                out.append(ch)
        return "".join(out)

    return make


# ----- dates and contacts ---------------------------------------------------------------------
def when(*layouts: str) -> Maker:
    """Dates with an optional time: layouts of :func:`date` plus HH:MM (a time glued to the date)."""
    base = date(*layouts)

    def make(rng: random.Random, fake: Any, case: str) -> str:
        text = base(rng, fake, case)
        return (text.replace("HH", f"{rng.randrange(0, 24):02d}").replace("MI", f"{rng.randrange(0, 60):02d}"))

    return make


def recent(*layouts: str) -> Maker:
    """A date in the last few years (visits, admissions): d, dd, m, mm, MG, MN, yyyy, yy, HH, MI."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        day = fake.date_between(start_date="-6y", end_date="today")
        out = rng.choice(layouts)
        for key, value in (("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"), ("dd", f"{day.day:02d}"),
                           ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[day.month - 1]),
                           ("MN", MONTHS_NOMN[day.month - 1]), ("HH", f"{rng.randrange(0, 24):02d}"),
                           ("MI", f"{rng.randrange(0, 60):02d}"), ("d", f"{day.day}"), ("m", f"{day.month}")):
            out = out.replace(key, value)
        return out

    return make


_TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
                           "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                           "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                           "щ": "sch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": ""})


def mail() -> Maker:
    """Personal mailboxes built from a name, as people really make them, and a few clinic ones."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, _, _ = any_name(rng, fake)
        last_l, first_l = last.lower().translate(_TRANSLIT), first.lower().translate(_TRANSLIT)
        domain = rng.choice(("mail.ru", "yandex.ru", "ya.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru"))
        user = rng.choice((f"{last_l}.{first_l[0]}", f"{first_l}{_d(rng, 2)}", f"{last_l}{rng.randrange(60, 100)}",
                           f"{first_l}_{last_l}", f"{last_l[:5]}-{first_l[:3]}"))
        if rng.random() < 0.2:
            return fake.free_email()
        return f"{user}@{domain}"

    return make


def link() -> Maker:
    """Links that point at one patient: shared results, personal pages, telemedicine rooms."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        host = rng.choice(("lab-invitro.ru", "helix.ru", "gemotest.ru", "kdl.ru", "med" + _d(rng, 2) + ".ru",
                           "disk.yandex.ru", "cloud.mail.ru", "vk.com", "t.me", "telemed.zdrav" + _d(rng, 2) + ".ru"))
        path = rng.choice((f"/results/{_d(rng, 9)}", f"/d/{fake.pystr(min_chars=10, max_chars=14)}",
                           f"/public/{fake.pystr(min_chars=4, max_chars=6)}/{fake.pystr(min_chars=6, max_chars=8)}",
                           f"/id{_d(rng, 9)}", f"/{fake.user_name()}", f"/room/{_d(rng, 6)}?pin={_d(rng, 4)}"))
        scheme = rng.choice(("https://", "https://", "http://", ""))
        return f"{scheme}{host}{path}"

    return make
