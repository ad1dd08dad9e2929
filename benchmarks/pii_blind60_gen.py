"""Value makers for blind split 60: names of the peoples of Russia and the CIS declined by hand, phones,
dates, places and checksummed identifiers typed the way busy clinic staff type them."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Maker
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# (male surnames, male names, female names, patronymic stems, patronymic style)
_PEOPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    "tatar": (("Хайруллин", "Гарипов", "Валиев", "Закиров", "Шарафутдинов", "Нуриев", "Сафиуллин", "Габдуллин",
               "Мухаметзянов", "Хабибуллин", "Гильмутдинов", "Зарипов"),
              ("Ринат", "Ильдар", "Рустем", "Айдар", "Марат", "Ильнур", "Радик", "Фарит", "Рамиль", "Наиль"),
              ("Гульнара", "Альфия", "Лейсан", "Резеда", "Гузель", "Наиля", "Венера", "Эльвира", "Ляйсан", "Дина"),
              ("Ринат", "Ильдар", "Рашит", "Фарит", "Хамит", "Равил", "Мансур", "Рифкат"), "ovich"),
    "bashkir": (("Юмагулов", "Кутлугильдин", "Ишмухаметов", "Байгужин", "Акбулатов", "Кильдияров", "Сагитов"),
                ("Азат", "Ирек", "Салават", "Айнур", "Урал", "Ильгиз"),
                ("Зульфия", "Айгуль", "Гульшат", "Альбина", "Миляуша", "Зиля"),
                ("Азат", "Флюр", "Ахмат", "Ирек", "Раис"), "ovich"),
    "dagestan": (("Магомедов", "Абдулаев", "Гаджиев", "Исмаилов", "Алиев", "Омаров", "Рамазанов", "Эльмурзаев",
                  "Гасанов", "Курбанов", "Абакаров"),
                 ("Магомед", "Ахмед", "Шамиль", "Рамазан", "Ислам", "Муса", "Арсен", "Хасан", "Гаджи", "Умар"),
                 ("Патимат", "Мадина", "Хадижат", "Зарема", "Асият", "Айшат", "Марьям", "Луиза", "Милана"),
                 ("Магомед", "Ахмед", "Абдула", "Гасан", "Омар", "Саид"), "ovich"),
    "chechen": (("Эльдарханов", "Масаев", "Хасбулатов", "Джабраилов", "Умаров", "Межидов", "Исаев", "Мусаев"),
                ("Ислам", "Адам", "Рамзан", "Аслан", "Хамзат", "Бислан", "Ибрагим"),
                ("Петимат", "Седа", "Хеда", "Малика", "Зарема", "Аминат", "Хава"),
                ("Ахмед", "Ваха", "Руслан", "Сайд", "Лема"), "ovich"),
    "yakut": (("Саввинов", "Местников", "Сивцев", "Старостин", "Винокуров", "Атласов", "Неустроев", "Кривошапкин"),
              ("Айаал", "Айсен", "Эрчим", "Ньургун", "Дьулустан", "Мичил", "Тускун"),
              ("Сардана", "Туяра", "Айыына", "Саина", "Нюргуяна", "Кюннэй", "Сайаана"),
              ("Иннокентий", "Гаврил", "Прокопий", "Семен", "Афанасий"), "ovich"),
    "buryat": (("Дашиев", "Цыденов", "Бадмаев", "Доржиев", "Намсараев", "Жамсуев", "Цыбиков", "Батуев", "Ринчинов"),
               ("Баир", "Булат", "Жаргал", "Баяр", "Солбон", "Аюр", "Чингис", "Тумэн"),
               ("Сэсэг", "Туяна", "Дарима", "Оюна", "Баярма", "Цыцыгма", "Арюна", "Сэлмэг"),
               ("Дашиевич", "Цыренович", "Бадмаевич", "Жамсоевич", "Баирович"), "ready"),
    "kazakh": (("Нурланов", "Сейткалиев", "Ахметов", "Жумабаев", "Тулегенов", "Искаков", "Байжанов", "Омаров"),
               ("Нурлан", "Ерлан", "Серик", "Асхат", "Даурен", "Бауыржан", "Айбек", "Канат"),
               ("Айгерим", "Динара", "Жанар", "Асель", "Гульмира", "Салтанат", "Мадина", "Алия"),
               ("Нурлан", "Серик", "Болат", "Кайрат", "Ержан"), "ovich"),
    "uzbek": (("Юсупов", "Рахимов", "Каримов", "Турсунов", "Усмонов", "Холматов", "Эргашев", "Абдуллаев", "Нурматов"),
              ("Бахтиёр", "Шухрат", "Улугбек", "Фаррух", "Дильшод", "Жасур", "Бобур", "Азиз", "Отабек"),
              ("Дильноза", "Гулноза", "Нилуфар", "Мохира", "Зарина", "Шахноза", "Феруза", "Камола"),
              ("Ботир", "Рустам", "Алишер", "Анвар", "Икром"), "ugli"),
    "tajik": (("Рахмонов", "Сафаров", "Назаров", "Шарипов", "Саидов", "Давлатов", "Мирзоев", "Хайдаров"),
              ("Фирдавс", "Джамшед", "Рустам", "Сухроб", "Фаридун", "Парвиз", "Шерзод"),
              ("Мехрангез", "Фарзона", "Шахло", "Нигина", "Тахмина", "Зебо", "Мадина"),
              ("Саид", "Давлат", "Назар", "Мирзо", "Шариф"), "ovich"),
    "kyrgyz": (("Токтогулов", "Жээнбеков", "Абдыкадыров", "Осмоналиев", "Турдубаев", "Сыдыков", "Мамытов"),
               ("Бакыт", "Алмаз", "Нурбек", "Чынгыз", "Эрмек", "Улан", "Азамат"),
               ("Айпери", "Бермет", "Жылдыз", "Нургуль", "Айжан", "Чолпон", "Гулзат"),
               ("Бакыт", "Алмаз", "Токтосун", "Асан"), "uulu"),
    "armenian": (("Саргсян", "Арутюнян", "Петросян", "Карапетян", "Аветисян", "Григорян", "Оганесян", "Манукян",
                  "Геворкян", "Мкртчян"),
                 ("Арам", "Ашот", "Гурген", "Тигран", "Артур", "Ваган", "Арсен", "Карен", "Саркис"),
                 ("Ануш", "Гаяне", "Лусине", "Кристине", "Армине", "Сусанна", "Нарине", "Астхик"),
                 ("Арам", "Ашот", "Гурген", "Самвел", "Ованес", "Размик"), "ovich"),
    "georgian": (("Беридзе", "Капанадзе", "Гелашвили", "Мамулашвили", "Цинцадзе", "Джапаридзе", "Ломидзе", "Чиковани"),
                 ("Леван", "Давид", "Зураб", "Нодар", "Гоча", "Реваз", "Тенгиз", "Гиви"),
                 ("Нино", "Тамара", "Кетеван", "Манана", "Натела", "Этери", "Тинатин"),
                 ("Зураб", "Нодар", "Тенгиз", "Реваз", "Гиви"), "ovich"),
    "azeri": (("Мамедов", "Гусейнов", "Алиев", "Гасанов", "Аббасов", "Керимов", "Джафаров", "Рзаев", "Бабаев"),
              ("Эльчин", "Рашад", "Фуад", "Ильхам", "Тофик", "Эмин", "Самир", "Вугар"),
              ("Севиндж", "Гюнай", "Лейла", "Айтен", "Нармин", "Ульвия", "Конуль", "Севда"),
              ("Ильхам", "Вагиф", "Эльдар", "Акиф", "Рафик", "Гусейн"), "ogly"),
    "ukrainian": (("Шевченко", "Коваленко", "Бондаренко", "Кравчук", "Ткачук", "Мельничук", "Савчук", "Гнатюк",
                   "Гончаренко", "Литвиненко", "Сидорук"),
                  ("Тарас", "Богдан", "Остап", "Николай", "Андрей", "Василий", "Олег"),
                  ("Оксана", "Олеся", "Ганна", "Галина", "Леся", "Наталья", "Ирина"),
                  ("Тарас", "Богдан", "Николай", "Петр", "Степан"), "ovich"),
    "belarusian": (("Лукашевич", "Бабкевич", "Климович", "Жук", "Ковалёв", "Ярошевич", "Мицкевич", "Стасевич"),
                   ("Алесь", "Янка", "Владимир", "Сергей", "Виталий"),
                   ("Алеся", "Ядвига", "Вероника", "Светлана", "Янина"),
                   ("Иван", "Михаил", "Павел", "Антон"), "ovich"),
    "korean": (("Ким", "Пак", "Цой", "Тен", "Хван", "Югай", "Хегай", "Шин"),
               ("Владимир", "Сергей", "Эдуард", "Виктор", "Роман", "Олег"),
               ("Светлана", "Елена", "Марина", "Людмила", "Инна", "Анжела"),
               ("Николай", "Георгий", "Валентин", "Иннокентий"), "ovich"),
}
_KINDS = tuple(_PEOPLES)
_HUSH = "гкхжшчщ"


def _patr_forms(stem: str, female: bool) -> str:
    if stem.endswith("ий"):
        base = stem[:-2] + "ьев"
    elif stem.endswith("й"):
        base = stem[:-1] + "ев"
    elif stem[-1] in "аоиужшчщц":
        base = stem + "ев"
    else:
        base = stem + "ов"
    return base + ("на" if female else "ич")


def decline_word(word: str, female: bool, case: str, kind: str = "Name") -> str:
    """Hand rules for names that pymorphy does not know (Айаал, Гульнара, Саргсян, Беридзе ...)."""
    if case == "nomn" or not word:
        return word
    low = word.lower()
    if kind == "Surn" and (low.endswith(("ов", "ев", "ёв", "ин", "ын")) and not female):
        return word + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}[case]
    if kind == "Surn" and low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return word[:-1] + ("у" if case == "accs" else "ой")
    if low.endswith(("ский", "цкий")):
        return word[:-2] + {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "им", "loct": "ом"}[case]
    if low.endswith(("ская", "цкая")):
        return word[:-2] + ("ую" if case == "accs" else "ой")
    if low.endswith(("ич", "ыч")) and kind == "Patr" and not female:
        return word + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ем", "loct": "е"}[case]
    if low.endswith(("ко", "дзе", "швили", "ых", "их", "о", "е", "и", "у", "ю", "э")) or (kind == "Surn" and low.endswith("ия")):
        return word
    if low.endswith("ия"):
        return word[:-1] + {"gent": "и", "datv": "и", "accs": "ю", "ablt": "ей", "loct": "и"}[case]
    if low.endswith("я"):
        return word[:-1] + {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}[case]
    if low.endswith("а"):
        hush = low[-2] in _HUSH
        ablt = "ей" if low[-2] in "жшчщц" else "ой"
        return word[:-1] + {"gent": "и" if hush else "ы", "datv": "е", "accs": "у", "ablt": ablt, "loct": "е"}[case]
    if female:
        return word  # Ануш, Сэсэг, Айгерим, Саргсян (f.), Ким (f.) do not decline
    if low.endswith("ий"):
        return word[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "и"}[case]
    if low.endswith("й"):
        return word[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}[case]
    if low.endswith("ь"):
        return word[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}[case]
    ablt = "ем" if low[-1] in "жшчщц" else "ом"
    return word + {"gent": "а", "datv": "у", "accs": "а", "ablt": ablt, "loct": "е"}[case]


def _female_surname(male: str, people: str) -> str:
    if people == "korean":
        return male
    if male.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return male + "а"
    if male.endswith("ский"):
        return male[:-2] + "ая"
    return male


def someone(rng: random.Random, fake: Any, sex: str = "") -> tuple[str, str, str, bool, str]:
    """(surname, first name, patronymic, female, people); Russian names come from Faker. sex: "f", "m" or ""."""
    female = sex == "f" if sex else rng.random() < 0.5
    if rng.random() < 0.3:
        if female:
            return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True, "russian"
        return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False, "russian"
    people = rng.choice(_KINDS)
    surs, males, females, stems, style = _PEOPLES[people]
    last = rng.choice(surs)
    last = _female_surname(last, people) if female else last
    first = rng.choice(females if female else males)
    stem = rng.choice(stems)
    if style == "ready":
        middle = stem[:-2] + "на" if female else stem
    elif style == "ogly" and rng.random() < 0.5:
        middle = stem + (" кызы" if female else " оглы")
    elif style == "ugli" and rng.random() < 0.4:
        middle = stem + (" кизи" if female else " угли")
    elif style == "uulu" and rng.random() < 0.4:
        middle = stem + (" кызы" if female else " уулу")
    elif people in ("tajik", "kyrgyz", "uzbek") and rng.random() < 0.15:
        middle = ""  # foreign passports often carry no patronymic
    else:
        middle = _patr_forms(stem, female)
    return last, first, middle, female, people


def decl(word: str, kind: str, female: bool, case: str, people: str) -> str:
    if people == "russian":
        return inflect_name(word, kind, female, case)
    if " " in word:  # "Ильхам оглы", "Ботир угли": only the marker stays, the name does not decline
        return word
    return decline_word(word, female, case, kind)


def render_name(rng: random.Random, fake: Any, case: str, shape: str, sex: str = "") -> str:
    last, first, middle, female, people = someone(rng, fake, sex)
    if not middle and ("O" in shape or "o" in shape):
        shape = {"F I O": "F I", "F io": "F i", "io F": "i F", "F i o": "F i", "I O": "I F", "I O F": "I F"}.get(shape, "F")
    parts = {"F": decl(last, "Surn", female, case, people), "I": decl(first, "Name", female, case, people),
             "O": decl(middle, "Patr", female, case, people)}
    out = []
    for tok in shape.split():
        if tok == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif tok == "i":
            out.append(f"{first[0]}.")
        elif tok == "o":
            out.append(f"{middle[0]}.")
        else:
            out.append(parts[tok])
    return " ".join(out)


def pers(*shapes: str, caps: float = 0.0, lower: float = 0.0, sex: str = "") -> Maker:
    """Shapes as in ``pii_families.person``; some values in CAPS or lower case."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        value = render_name(rng, fake, case, rng.choice(shapes), sex)
        roll = rng.random()
        if roll < caps:
            return value.upper()
        if roll < caps + lower:
            return value.lower()
        return value

    return make


# ----- digits ----------------------------------------------------------------------------------
def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def layout(rng: random.Random, pattern: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in pattern)


def phone_digits(rng: random.Random, city: bool = False) -> str:
    if city:
        code = rng.choice(("843", "347", "8722", "8712", "4112", "3012", "4212", "3852", "8352", "3412", "8672", "8662"))
    else:
        code = "9" + rng.choice(("0", "1", "2", "3", "5", "6", "7", "8", "9")) + d(rng, 1)
    return code + d(rng, 10 - len(code))


PHONE_STYLES = ("8XXXXXXXXXX", "+7XXXXXXXXXX", "8-XXX-XXX-XX-XX", "8 XXX XXX XX XX", "+7 (XXX) XXX-XX-XX",
                "8(XXX)XXX-XX-XX", "+7 XXX XXX-XX-XX", "8 XXX XXXXXXX", "+7-XXX-XXX-XXXX", "8XXX-XXX-XX-XX",
                "XXX XXX XX XX", "8 (XXX) XXXXXXX", "+7XXX XXX XX XX", "7XXXXXXXXXX")


def phone_any(*styles: str, city: float = 0.15) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        if rng.random() < city:
            code = rng.choice(("843", "347", "8722", "8712", "4112", "3012", "4212", "8352", "3412", "8672"))
            rest = d(rng, 10 - len(code))
            tail = f"{rest[:2]}-{rest[2:4]}-{rest[4:]}" if len(rest) == 6 else f"{rest[:3]}-{rest[3:5]}-{rest[5:]}"
            return rng.choice((f"8 ({code}) {tail}", f"8({code}){tail}", f"({code}) {tail}", f"8-{code}-{tail}"))
        pattern = rng.choice(styles or PHONE_STYLES)
        return layout(rng, pattern, phone_digits(rng)[-pattern.count("X"):] if pattern.count("X") < 10 else phone_digits(rng))

    return make


def snils_val(*pats: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return layout(rng, rng.choice(pats), body + snils_check_digits(body))

    return make


def inn_val(*pats: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        pat = rng.choice(pats)
        n = pat.count("X")
        region = rng.choice(("16", "02", "05", "20", "14", "03", "77", "50", "78", "21", "12", "18", "07", "09", "15"))
        prefix = region + d(rng, n - 4 if n == 12 else n - 3)
        return layout(rng, pat, prefix + inn_check_digits(prefix))

    return make


def enp(rng: random.Random) -> str:
    while True:
        body = rng.choice(("16", "02", "05", "20", "14", "03", "77", "50", "78")) + d(rng, 13)
        for c in "0123456789":
            if luhn_valid(body + c) and len(set(body + c)) > 1:
                return body + c


def oms_val(*pats: str) -> Maker:
    """Patterns with X take a valid ЕНП; "OLD" gives an old series + number policy."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        pat = rng.choice(pats)
        if pat == "OLD":
            return rng.choice((f"{rng.choice(('ХК', 'АБ', 'ЕАА', 'ВТ'))} {d(rng, 7)}", f"серия {d(rng, 4)} № {d(rng, 10)}",
                               f"{d(rng, 4)} {d(rng, 8)}"))
        return layout(rng, pat, enp(rng))

    return make


def passport_val(*pats: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        region = rng.choice(("92", "80", "82", "96", "98", "81", "97", "46", "45", "40", "83", "90", "91"))
        return layout(rng, rng.choice(pats), region + f"{rng.randrange(0, 25):02d}" + d(rng, 6))

    return make


def digits_val(*pats: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        pat = rng.choice(pats)
        out = "".join(str(rng.randrange(1, 10)) if ch == "N" else str(rng.randrange(10)) if ch == "X" else ch for ch in pat)
        return out.replace("YY", f"{rng.randrange(18, 26)}")

    return make


# ----- dates -------------------------------------------------------------------------------------
def date_val(*pats: str, birth: bool = False) -> Maker:
    """dd d mm m yyyy yy, MG genitive, ML locative, MN nominative, HH:MM time."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        day = fake.date_between(start_date="-95y" if birth else "-4y", end_date="-16y" if birth else "today")
        out = rng.choice(pats)
        m = day.month - 1
        for key, value in (("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"), ("dd", f"{day.day:02d}"),
                           ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[m]), ("ML", MONTHS_LOCT[m]),
                           ("MN", MONTHS_NOMN[m]), ("HH", f"{rng.randrange(0, 24):02d}"),
                           ("MM", f"{rng.randrange(0, 60):02d}"), ("d", f"{day.day}"), ("m", f"{day.month}")):
            out = out.replace(key, value)
        return out

    return make


# ----- places ------------------------------------------------------------------------------------
TOWNS = {"Казань": "Респ. Татарстан", "Уфа": "РБ", "Грозный": "ЧР", "Махачкала": "РД", "Якутск": "РС(Я)",
         "Улан-Удэ": "Респ. Бурятия", "Элиста": "Респ. Калмыкия", "Нальчик": "КБР", "Чебоксары": "Чувашия",
         "Йошкар-Ола": "Респ. Марий Эл", "Ижевск": "Удмуртия", "Саранск": "Респ. Мордовия", "Сыктывкар": "Респ. Коми",
         "Кызыл": "Респ. Тыва", "Абакан": "Респ. Хакасия", "Майкоп": "Респ. Адыгея", "Черкесск": "КЧР",
         "Владикавказ": "РСО-Алания", "Дербент": "РД", "Хасавюрт": "РД", "Набережные Челны": "РТ",
         "Альметьевск": "РТ", "Стерлитамак": "РБ", "Нерюнгри": "РС(Я)", "Гудермес": "ЧР", "Нефтекамск": "РБ",
         "Буйнакск": "РД", "Оренбург": "Оренбургская обл.", "Астрахань": "Астраханская обл.",
         "Тюмень": "Тюменская обл.", "Сургут": "ХМАО-Югра", "Омск": "Омская обл."}
VILLAGES = {"с. Бабаюрт": "РД", "с. Чурапча": "РС(Я)", "с. Кижинга": "Респ. Бурятия", "пгт Актюбинский": "РТ",
            "с. Ачхой-Мартан": "ЧР", "аул Хабез": "КЧР", "с. Аскино": "РБ", "д. Старые Киешки": "РБ",
            "с. Мухоршибирь": "Респ. Бурятия", "с. Намцы": "РС(Я)", "с. Карабудахкент": "РД",
            "пос. Агинское": "Забайкальский край", "с. Сунтар": "РС(Я)", "пгт Кугеси": "Чувашия", "с. Шали": "ЧР",
            "с. Урус-Мартан": "ЧР", "д. Ямакай": "РТ", "с. Ботлих": "РД"}
ABROAD = {"Ташкент": "Узбекистан", "Душанбе": "Таджикистан", "Бишкек": "Киргизия", "Алматы": "Казахстан",
          "Ереван": "Армения", "Баку": "Азербайджан", "Тбилиси": "Грузия", "Минск": "Беларусь",
          "Кишинёв": "Молдова", "Ош": "Киргизия", "Худжанд": "Таджикистан", "Самарканд": "Узбекистан",
          "Гянджа": "Азербайджан", "Гюмри": "Армения", "Шымкент": "Казахстан", "Наманган": "Узбекистан",
          "Куляб": "Таджикистан", "Джалал-Абад": "Киргизия"}
STREETS = ("Ленина", "Кирова", "Лермонтова", "Гагарина", "Комсомольская", "Ломоносова", "Победы", "Советская",
           "Садовая", "Юбилейная", "Пушкина", "Набережная", "Дзержинского", "Мира", "Школьная", "Молодежная",
           "40 лет Победы", "Чапаева", "Октябрьская", "Строителей")


def street(rng: random.Random, fake: Any) -> str:
    return rng.choice(STREETS) if rng.random() < 0.6 else fake.street_title()


def addr_val(*pats: str) -> Maker:
    """{T} town, {Tl} town locative, {Tg} genitive, {V} village, {A} abroad town, {C} its country, {S} street,
    {N} house, {Q} flat, {K} building, {P} postcode, {R} region of the town, {RV} region of the village."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        town = rng.choice(tuple(TOWNS))
        abroad = rng.choice(tuple(ABROAD))
        village = rng.choice(tuple(VILLAGES))
        fields = {"C": ABROAD[abroad], "RV": VILLAGES[village],
            "T": town, "Tl": " ".join(inflect_word(w, "loct", "Geox") for w in town.split()),
            "Tg": " ".join(inflect_word(w, "gent", "Geox") for w in town.split()),
            "V": village, "A": abroad, "Ac": " ".join(inflect_word(w, case, "Geox") for w in abroad.split()),
            "Tc": " ".join(inflect_word(w, case, "Geox") for w in town.split()), "Al": inflect_word(abroad, "loct", "Geox"),
            "S": street(rng, fake), "N": str(rng.randrange(1, 140)) + rng.choice(("", "", "", "а", "б", "/1")),
            "Q": str(rng.randrange(1, 320)), "K": str(rng.randrange(1, 5)), "P": f"{rng.randrange(360000, 678999)}",
            "R": TOWNS[town],
        }
        return rng.choice(pats).format(**fields)

    return make


# ----- e-mail and links --------------------------------------------------------------------------
_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"], strict=True))


def translit(word: str) -> str:
    return "".join(_TR.get(ch, ch) for ch in word.lower())


def email_val(caps: float = 0.05) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, _, _, _ = someone(rng, fake)
        lt, ft = translit(last).replace(" ", ""), translit(first)
        user = rng.choice((f"{lt}.{ft}", f"{ft}_{lt}", f"{lt}{rng.randrange(60, 100)}", f"{ft[0]}{lt}",
                           f"{ft}.{rng.randrange(1960, 2010)}", f"{lt}-{ft[0]}", fake.user_name()))
        dom = rng.choice(("mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru", "ya.ru",
                          "mail.kz", "yahoo.com", "icloud.com", "internet.ru"))
        value = f"{user}@{dom}"
        return value.upper() if rng.random() < caps else value

    return make


def url_val(*kinds: str) -> Maker:
    """Links to one person: social profiles, messenger handles, patient portal and PACS links."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, _, _, _ = someone(rng, fake)
        nick = rng.choice((translit(first) + "_" + translit(last), translit(last) + d(rng, 2), fake.user_name()))
        kind = rng.choice(kinds or ("vk", "ok", "tg", "lk", "pacs", "disk", "inst"))
        return {
            "vk": rng.choice((f"https://vk.com/id{d(rng, 9).lstrip('0')}", f"vk.com/{nick}")),
            "ok": f"ok.ru/profile/{rng.randrange(10**11, 10**12)}",
            "tg": rng.choice((f"t.me/{nick}", f"https://t.me/{nick}")),
            "lk": f"https://lk.{rng.choice(('rmis16', 'medportal05', 'emias', 'barsmed'))}.ru/patient/{d(rng, 8)}",
            "pacs": f"https://pacs.{rng.choice(('rkb', 'gkb7', 'crb'))}.ru/viewer?study={d(rng, 10)}",
            "disk": rng.choice((f"https://disk.yandex.ru/d/{fake.pystr(min_chars=14, max_chars=14)}",
                                f"https://cloud.mail.ru/public/{fake.pystr(min_chars=4, max_chars=4)}/{d(rng, 6)}")),
            "inst": f"instagram.com/{nick}",
        }[kind]

    return make
