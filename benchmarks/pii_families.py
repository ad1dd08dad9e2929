"""Format families for the PII benchmark: how a note may carry each kind of PII.

A family is a set of frames (the sentence or field around the value, with the grammatical case
the slot takes) and a set of value formats. Families are split in two:

* ``tune``: the only ones looked at while writing and adjusting the recognizers;
* ``heldout``: written (and committed) before the recognizers were changed, and never used to
  adjust them. They differ from the tuning families in frames, grammatical cases, separators,
  component order and field layout, so their recall says how the scanner does on formats it
  was not shaped on.

Values are made here (Faker ``ru_RU`` for names, towns and streets; checksummed identifiers from
:mod:`~medsyn_dataset.validation.pii.checksums`), never taken from the notes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from medsyn_dataset.validation.pii.checksums import inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

Maker = Callable[[random.Random, Any, str], str]  # (rng, faker, case) -> value

MONTHS_NOMN = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
               "ноябрь", "декабрь")
MONTHS_GENT = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
               "ноября", "декабря")
MONTHS_LOCT = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
               "ноябре", "декабре")
MONTHS_ABBR = ("янв.", "фев.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек.")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass(frozen=True)
class Family:
    name: str
    type: str
    split: str  # "tune" or "heldout"
    frames: tuple[str, ...]  # "{}" or "{gent}" etc. marks the value and the case it takes
    make: Maker
    # (frame, type) for frames that name a paper of another type than the family's (one family may name several papers)
    frame_types: tuple[tuple[str, str], ...] = ()

    def type_of(self, frame: str) -> str:
        """The gold type of a value planted in ``frame``: the paper its frame names decides, not the family alone."""
        return dict(self.frame_types).get(frame, self.type)


@dataclass(frozen=True)
class Planted:
    text: str
    golds: list[tuple[str, int, int]]  # (type, start, end) inside text


def fill(frame: str, rng: random.Random, fake: Any, make: Maker, kind: str) -> Planted:
    """Put one value into ``frame``; the case comes from the slot ("{ablt}"), nominative by default."""
    start = frame.index("{")
    stop = frame.index("}", start)
    case = frame[start + 1 : stop] or "nomn"
    value = make(rng, fake, case)
    after = frame[stop + 1 :]
    if value.endswith(".") and after.startswith("."):
        after = after[1:]  # "... 2019 г." ends the sentence with one full stop
    text = frame[:start] + value + after
    return Planted(text, [(kind, start, start + len(value))])


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----- people --------------------------------------------------------------------------------
def _person(fake: Any, rng: random.Random) -> tuple[str, str, str, bool]:
    female = rng.random() < 0.5
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def person(*shapes: str) -> Maker:
    """Shapes: F surname, I first name, O patronymic, i/o initials ("F io" = "Петрова М.И.",
    "F i o" = "Петрова М. И.", "io F", "I F", "F I O", "I O", "F I", "F", "i F" ...)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, middle, female = _person(fake, rng)
        parts = {
            "F": inflect_name(last, "Surn", female, case),
            "I": inflect_name(first, "Name", female, case),
            "O": inflect_name(middle, "Patr", female, case),
        }
        out = []
        for token in rng.choice(shapes).split():
            if token == "io":
                out.append(f"{first[0]}.{middle[0]}.")
            elif token == "i o":
                out.append(f"{first[0]}. {middle[0]}.")
            elif token == "i":
                out.append(f"{first[0]}.")
            elif token == "o":
                out.append(f"{middle[0]}.")
            else:
                out.append(parts[token])
        return " ".join(out)

    return make


# ----- phones --------------------------------------------------------------------------------
_CITY_CODES = ("495", "499", "812", "343", "383", "846", "861", "863", "342", "351", "391", "473", "831", "843", "347")
_CITY_CODES_4 = ("3822", "3452", "4012", "8142", "4842", "3412", "4722", "8182", "3952", "4232", "8552")


def phone(*layouts: str, codes: str = "mobile") -> Maker:
    """Layouts use A (area code digit), B/C/D (subscriber digits), "+7"/"8" literally."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n_area = layout.count("A")
        if n_area == 4:
            area = rng.choice(_CITY_CODES_4)
        elif codes == "mobile":
            area = "9" + _d(rng, 2)
        elif codes == "city":
            area = rng.choice(_CITY_CODES)
        else:
            area = str(rng.randrange(3, 10)) + _d(rng, 2)
        digits = iter(area + _d(rng, 12))
        return "".join(next(digits) if ch in "ABCD" else ch for ch in layout)

    return make


# ----- dates ---------------------------------------------------------------------------------
def date(*layouts: str) -> Maker:
    """Layouts: dd/d day, mm/m month digits, MG genitive month, MN nominative, ML locative, MA
    abbreviated, MR roman, yyyy/yy year."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        born = fake.date_between(start_date="-90y", end_date="today")
        layout = rng.choice(layouts)
        month = born.month - 1
        out = layout
        for key, value in (
            ("yyyy", f"{born.year}"), ("yy", f"{born.year % 100:02d}"), ("dd", f"{born.day:02d}"),
            ("mm", f"{born.month:02d}"), ("MG", MONTHS_GENT[month]), ("MN", MONTHS_NOMN[month]),
            ("ML", MONTHS_LOCT[month]), ("MA", MONTHS_ABBR[month]), ("MR", ROMAN[month]),
            ("Mc", MONTHS_NOMN[month].capitalize()), ("d", f"{born.day}"), ("m", f"{born.month}"),
        ):
            out = out.replace(key, value)
        return out

    return make


# ----- places --------------------------------------------------------------------------------
def _town(fake: Any) -> str:
    name = fake.city_name()
    return name.split(" (")[0]


def _street(fake: Any) -> str:
    return fake.street_title()


def _region(fake: Any, rng: random.Random, full: bool) -> str:
    region = fake.administrative_unit()
    if full:
        region = region.replace(" обл.", " область").replace("респ. ", "Республика ")
    return region


def address(*layouts: str) -> Maker:
    """Layouts with fields: {P} postcode, {R} region (abbr.), {RF} region (full word), {T} town,
    {Tl} town in the locative, {Tg} town in the genitive, {Tc} town in the slot's case, {S} street
    name, {N} house, {K} building, {Q} flat, {V} a village name, {D} district adjective."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        town = _town(fake)
        village = _town(fake)
        district = rng.choice(("Ивановский", "Заречный", "Октябрьский", "Ленинский", "Кировский", "Советский",
                               "Приволжский", "Красногорский", "Солнечногорский", "Березовский"))
        fields = {
            "P": f"{rng.randrange(101000, 692999)}",
            "R": _region(fake, rng, False),
            "RF": _region(fake, rng, True),
            "T": town,
            "Tl": inflect_word(town, "loct", "Geox"),
            "Tg": inflect_word(town, "gent", "Geox"),
            "Tc": " ".join(inflect_word(word, case, "Geox") for word in town.split()),  # in the slot's case
            "S": _street(fake),
            "N": str(rng.randrange(1, 180)) + rng.choice(("", "", "", "а", "/2")),
            "K": str(rng.randrange(1, 6)),
            "Q": str(rng.randrange(1, 400)),
            "V": village,
            "D": district,
            "Dg": district[:-2] + "ого",
        }
        return rng.choice(layouts).format(**fields)

    return make


# ----- identifiers ---------------------------------------------------------------------------
def snils(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        digits = iter(body + snils_check_digits(body))
        return "".join(next(digits) if ch == "X" else ch for ch in rng.choice(layouts))

    return make


def inn(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, n - 3 if n == 10 else n - 4)
        digits = iter(prefix + inn_check_digits(prefix))
        return "".join(next(digits) if ch == "X" else ch for ch in layout)

    return make


def digits_layout(*layouts: str, first_nonzero: bool = True) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        out: list[str] = []
        for ch in rng.choice(layouts):
            if ch == "X":
                out.append(str(rng.randrange(1 if first_nonzero and not out else 0, 10)))
            else:
                out.append(ch)
        return "".join(out)

    return make


def email() -> Maker:
    return lambda rng, fake, case: rng.choice((fake.email(), fake.free_email(), fake.company_email()))


def url() -> Maker:
    return lambda rng, fake, case: rng.choice((fake.url(), fake.uri(), "www." + fake.domain_name()))


# ----- multi-field layouts -------------------------------------------------------------------
@dataclass(frozen=True)
class Field:
    label: str  # text before the value
    type: str
    make: Maker


def block(fields: tuple[Field, ...], separator: str, end: str = "") -> Callable[[random.Random, Any], Planted]:
    """Several labelled fields in one run ("ФИО: ...\\nДата рождения: ...\\nАдрес: ...")."""

    def make(rng: random.Random, fake: Any) -> Planted:
        text, golds = "", []
        for i, field in enumerate(fields):
            if i:
                text += separator
            text += field.label
            value = field.make(rng, fake, "nomn")
            golds.append((field.type, len(text), len(text) + len(value)))
            text += value
        return Planted(text + end, golds)

    return make


@dataclass(frozen=True)
class BlockFamily:
    name: str
    split: str
    make: Callable[[random.Random, Any], Planted]


# =============================================================================================
# Tuning families: the recognizers may be adjusted on these.
# =============================================================================================
TUNE = "tune"
HELDOUT = "heldout"

FAMILIES: list[Family] = [
    # --- PERSON
    Family("person-labelled", "PERSON", TUNE, ("Пациент: {}.", "ФИО: {}.", "Имя пациента: {}."),
           person("F I O", "I F", "F io")),
    Family("person-doctor-nomn", "PERSON", TUNE, ("Лечащий врач: {}.", "Врач {}", "Заключение подписал {}."),
           person("F io", "io F", "F I O")),
    Family("person-oblique-tune", "PERSON", TUNE,
           ("Осмотрен {ablt} в приемном покое.", "Направлена к {datv} на консультацию.", "Со слов {gent}, боли давно."),
           person("F I O", "I F", "F io")),
    Family("person-relative-tune", "PERSON", TUNE, ("Сопровождает мать, {}.", "Со слов дочери ({gent}) ухудшение вчера."),
           person("F I O", "I O", "I F")),
    # --- PHONE
    Family("phone-mobile-tune", "PHONE_NUMBER", TUNE, ("Телефон: {}.", "Контактный телефон {}.", "Моб. {}"),
           phone("+7 (AAA) BBB-CC-DD", "8 (AAA) BBB-CC-DD", "+7AAABBBCCDD", "8-AAA-BBB-CC-DD", "+7 AAA BBB CC DD")),
    Family("phone-any-code-tune", "PHONE_NUMBER", TUNE, ("Связь с родственниками по номеру {}.", "тел. {}"),
           phone("+7 (AAA) BBB-CC-DD", "8 AAA BBB CC DD", "+7 AAA BBB-CCDD", "8AAABBBCCDD", codes="any")),
    # --- DATE
    Family("date-numeric-tune", "DATE_TIME", TUNE, ("Дата рождения: {}.", "Поступил {}.", "Осмотр от {}."),
           date("dd.mm.yyyy", "dd/mm/yyyy", "yyyy-mm-dd", "dd.mm.yy")),
    Family("date-words-tune", "DATE_TIME", TUNE, ("Родилась {}.", "Госпитализирован {} в экстренном порядке."),
           date("d MG yyyy", "d MG yyyy г.", "dd MG yyyy года")),
    Family("date-partial-tune", "DATE_TIME", TUNE, ("Операция {}.", "Последняя госпитализация — {}."),
           date("в ML yyyy г.", "mm.yyyy", "MN yyyy", "в ML yyyy года")),
    # --- LOCATION
    Family("address-full-tune", "LOCATION", TUNE, ("Адрес: {}.", "Проживает по адресу: {}.", "Место жительства: {}."),
           address("{P}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "г. {T}, ул. {S}, д. {N}", "{R}, г. {T}, ул. {S}, д. {N}, кв. {Q}")),
    Family("address-faker-tune", "LOCATION", TUNE, ("Адрес: {}.", "Проживает по адресу {}."),
           lambda rng, fake, case: rng.choice((fake.address(), f"{fake.city()}, {fake.street_address()}"))),
    Family("place-preposition-tune", "LOCATION", TUNE, ("Живёт в {loct}.", "Пациентка приехала из {gent}.", "Проживает в {loct}."),
           address("г. {T}", "{Tc}")),
    # added after the first tuning round (the held-out families stay as committed)
    Family("date-more-tune", "DATE_TIME", TUNE, ("Дата операции: {}.", "Заболела {}.", "Последний визит {}"),
           date("dd.mm.yyyyг", "d MG yyyyг.", "d-е MG yyyy", "dd MA yyyy г.", "dd.mm.yyyy года", "yyyy.mm.dd")),
    Family("date-partial-more-tune", "DATE_TIME", TUNE, ("Наблюдается с {}.", "Выписан {} без осложнений.", "ФГДС: {}."),
           date("MG yyyy г.", "mm.yyyy г.", "Mc yyyy", "MA yyyy", "mm-yyyy")),
    Family("date-birth-tune", "DATE_TIME", TUNE, ("Д/р {}", "Год рождения: {}", "Женщина, {} г. рождения."),
           date("yyyy")),
    Family("address-reversed-tune", "LOCATION", TUNE, ("Адрес пациента: {}", "проживает по адресу {}, со слов соседей"),
           address("ул. {S}, д. {N}, кв. {Q}, {T}", "{S} пер., д. {N}, г. {T}", "{T}, {S} ул., д. {N}", "{S} б-р, {N}, {T}, {P}")),
    Family("address-regional-tune", "LOCATION", TUNE, ("Место жительства - {}.", "Зарегистрирован: {}"),
           address("{RF}, {D} р-н, д. {V}", "{R}, {T}, ул. {S}, {N}", "{R}, {D} район, село {V}, {S} ул., {N}")),
    Family("address-nodots-tune", "LOCATION", TUNE, ("Адрес {}", "Адрес фактического проживания: {}"),
           address("{T} ул {S} {N} кв {Q}", "г {T}, ул {S}, д {N}", "{P} г {T} пр-кт {S} д {N} кв {Q}")),
    # --- identifiers
    Family("snils-tune", "RU_SNILS", TUNE, ("СНИЛС: {}.", "СНИЛС {}."), snils("XXX-XXX-XXX XX", "XXXXXXXXXXX")),
    Family("inn-tune", "RU_INN", TUNE, ("ИНН: {}.", "ИНН {}."), inn("XXXXXXXXXXXX", "XXXXXXXXXX")),
    Family("passport-tune", "RU_PASSPORT", TUNE, ("Паспорт {}.", "Паспорт: {}, выдан ОВД."),
           digits_layout("XX XX XXXXXX", "XXXX XXXXXX")),
    Family("oms-tune", "RU_OMS_POLICY", TUNE, ("Полис ОМС: {}.", "Полис ОМС № {}."),
           digits_layout("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")),
    Family("mrn-tune", "MEDICAL_RECORD_NUMBER", TUNE, ("История болезни № {}.", "Амб. карта № {}."),
           digits_layout("XXXXX", "XXXX/XX")),
    Family("email-tune", "EMAIL_ADDRESS", TUNE, ("E-mail: {}.", "Результаты направлены на почту {}."), email()),
    Family("url-tune", "URL", TUNE, ("Запись на прием: {}.", "Подробнее на сайте {}"), url()),
]
BLOCKS: list[BlockFamily] = [
    BlockFamily("inline-fields-tune", TUNE, block((
        Field("Пациентка ", "PERSON", person("F I O", "F io")),
        Field("д.р. ", "DATE_TIME", date("dd.mm.yyyy")),
        Field("адрес: ", "LOCATION", address("г. {T}, ул. {S}, д. {N}")),
        Field("тел. ", "PHONE_NUMBER", phone("+7 (AAA) BBB-CC-DD", "8-AAA-BBB-CC-DD")),
    ), ", ", ".")),
]

# =============================================================================================
# Held-out families: written before the recognizers were changed; never used to adjust them.
# Other frames, grammatical cases, separators, component orders and field layouts.
# =============================================================================================
HELDOUT_FAMILIES: list[Family] = [
    # --- PERSON: oblique cases, initials on either side, relatives and doctors
    Family("person-oblique-heldout", "PERSON", HELDOUT,
           ("Консультирована {ablt}, рекомендовано МРТ.", "Передано {datv} для дальнейшего наблюдения.",
            "Со слов пациентки {gent}, болеет около года.", "Рецепт выписан на имя {gent}.",
            "Беседа проведена с {ablt}."),
           person("F I O", "F i o", "i o F", "I O F", "F I")),
    Family("person-relative-heldout", "PERSON", HELDOUT,
           ("со слов матери, {gent}, ребенок болен 3 дня.", "Жена пациента ({}) сообщила о потере сознания.",
            "Отец — {}, 52 года, здоров.", "Анамнез собран со слов сына {gent}.", "Законный представитель: {}"),
           person("F I O", "I O", "F I", "F io")),
    Family("person-doctor-heldout", "PERSON", HELDOUT,
           ("Осмотрена совместно с зав. отделением {ablt}.", "врач {} (подпись)", "Консультация невролога {gent}: без патологии.",
            "Дежурный терапевт {}", "Медсестра: {}."),
           person("F io", "io F", "F i o", "I O F")),
    # --- PHONE: other separators, landlines with city codes, extensions, no country code
    Family("phone-landline-heldout", "PHONE_NUMBER", HELDOUT,
           ("Дом. тел.: {}", "Телефон для справок {} (регистратура).", "При ухудшении звонить {}."),
           phone("8 (AAAA) BB-CC-DD", "8(AAAA)BBCCDD", "+7 (AAA) BBB CC DD", "8 AAA BBB-CC-DD", "(AAA) BBB-CC-DD",
                 codes="city")),
    Family("phone-ext-heldout", "PHONE_NUMBER", HELDOUT,
           ("Рабочий: {}.", "Контакты: {}, после 18:00.", "Тел. родственников — {}"),
           phone("+7 AAA BBB-CC-DD доб. 123", "+7(AAA)BBBCCDD", "8 AAA BBBCCDD", "+7-AAA-BBB-CC-DD", "8 (AAA) BBB CC DD",
                 "+7 (AAA) BBB-CCDD", "8AAABBBCCDD", codes="any")),
    Family("phone-mobile-heldout", "PHONE_NUMBER", HELDOUT,
           ("мобильный {}", "WhatsApp {}", "номер дочери: {}."),
           phone("+7 AAA-BBB-CC-DD", "+7 AAA BBB CCDD", "8-AAA-BBBCCDD", "+7 (AAA)BBB-CC-DD", "8.AAA.BBB.CC.DD")),
    # --- DATE: other separators, words, partial dates, "г."/"года", roman months
    Family("date-numeric-heldout", "DATE_TIME", HELDOUT,
           ("Д.р.: {}", "дата рожд. {}", "Выписана {}, рекомендовано наблюдение.", "Больничный лист с {} по настоящее время."),
           date("dd-mm-yyyy", "d.m.yyyy", "dd.mm.yyyyг.", "dd.mm.yyyy г.", "dd.MR.yyyy", "d/m/yy")),
    Family("date-words-heldout", "DATE_TIME", HELDOUT,
           ("Дата рождения — {}.", "Впервые обратилась {} с жалобами.", "Травма получена {} на работе."),
           date("d MG yyyy года", "d-го MG yyyy г.", "dd MA yyyy", "d MGyyyy", "d MG, yyyy")),
    Family("date-partial-heldout", "DATE_TIME", HELDOUT,
           ("Болеет с {}.", "Последнее обострение: {}.", "Перенесла пневмонию {}.", "Обследовалась {} в ЦРБ."),
           date("MG yyyy года", "mm/yyyy", "Mc yyyy г.", "в ML yyyyг.", "mm.yy г.")),
    Family("date-year-of-birth-heldout", "DATE_TIME", HELDOUT,
           ("Пациент, {} г.р., поступил планово.", "Мужчина {} года рождения."), date("yyyy")),
    Family("date-day-month-heldout", "DATE_TIME", HELDOUT,
           ("Явка на прием {} в 10:00.", "Дата рождения: {}", "Ухудшение {}, вызвал СМП."),
           date("d MG", "dd.mm", "d-го числа")),
    # --- LOCATION: regional addresses, other orders, keywords after names, no dots, full words
    Family("address-regional-heldout", "LOCATION", HELDOUT,
           ("Зарегистрирована по адресу {}, работает продавцом.", "адрес регистрации — {}", "Прописан: {}"),
           address("{R}, {D} р-н, с. {V}, ул. {S}, д. {N}", "{RF}, {D} район, пос. {V}, ул. {S}, д. {N}, кв. {Q}",
                   "{P}, {R}, г. {T}, мкр. {S}, д. {N} корп. {K}, кв. {Q}", "{R}, д. {V}, д. {N}")),
    Family("address-reversed-heldout", "LOCATION", HELDOUT,
           ("Фактически проживает: {}; со слов.", "место проживания {} (со слов)", "Доставлена СМП с адреса: {}."),
           address("ул. {S}, д. {N}, корп. {K}, кв. {Q}, г. {T}, {P}", "{S} ул., {N}-{Q}, {T}", "пр-т {S}, {N}, кв. {Q}, {T}",
                   "ул. {S}, д. {N}, стр. {K}, г. {T}, {R}")),
    Family("address-plain-heldout", "LOCATION", HELDOUT,
           ("адрес: {}", "Место регистрации - {}", "Адрес проживания {}\n"),
           address("г {T} ул {S} д {N} кв {Q}", "город {T}, улица {S}, дом {N}, квартира {Q}", "{P} {T} {S} {N}-{Q}",
                   "{T}, пер. {S}, {N}", "Россия, {P}, {RF}, {T}, наб. {S}, {N}")),
    Family("place-case-heldout", "LOCATION", HELDOUT,
           ("Родом из {}.", "Постоянно проживает в {}, работает учителем.", "Направлен из ЦРБ {}."),
           address("{Tg}", "пгт {V}", "{Tl}", "с. {V} {Dg} р-на", "г. {Tg}")),
    # --- identifiers
    Family("snils-heldout", "RU_SNILS", HELDOUT, ("Страховой номер (СНИЛС) {}", "снилс - {}", "СНИЛС пациента: {}."),
           snils("XXX-XXX-XXX-XX", "XXX XXX XXX XX", "XXX-XXX-XXX XX")),
    Family("inn-heldout", "RU_INN", HELDOUT, ("Идентификационный номер налогоплательщика {}", "инн {}; место работы не указано"),
           inn("XXXXXXXXXXXX", "XXXXXXXXXX")),
    Family("passport-heldout", "RU_PASSPORT", HELDOUT, ("Документ: паспорт РФ {}", "Паспорт гражданина РФ: серия {}"),
           digits_layout("XX XX XXXXXX", "XXXX № XXXXXX", "XXXX XXXXXX")),
    Family("oms-heldout", "RU_OMS_POLICY", HELDOUT, ("Единый номер полиса {}", "Страховой полис: {}", "ОМС {}"),
           digits_layout("XXXX XXXX XXXX XXXX", "XXXXXXXXXXXXXXXX", "XXXX-XXXX-XXXX-XXXX")),
    Family("mrn-heldout", "MEDICAL_RECORD_NUMBER", HELDOUT, ("Медицинская карта № {}", "№ истории болезни {}", "И/б № {}"),
           digits_layout("XXXXXX", "XXXX-XX", "XXX/XX")),
    Family("email-heldout", "EMAIL_ADDRESS", HELDOUT, ("Почта для связи - {}", "пишите на {} по вопросам записи"), email()),
    Family("url-heldout", "URL", HELDOUT, ("См. рекомендации: {}", "Онлайн-запись {} доступна."), url()),
]
HELDOUT_BLOCKS: list[BlockFamily] = [
    BlockFamily("header-lines-heldout", HELDOUT, block((
        Field("Ф.И.О.: ", "PERSON", person("F I O")),
        Field("Дата рожд.: ", "DATE_TIME", date("dd.mm.yyyy", "d MG yyyy г.")),
        Field("Адрес регистрации: ", "LOCATION", address("{R}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {S} ул., {N}")),
        Field("Моб. тел.: ", "PHONE_NUMBER", phone("8 AAA BBB CC DD", "+7AAABBBCCDD", codes="any")),
        Field("СНИЛС: ", "RU_SNILS", snils("XXX-XXX-XXX XX")),
    ), "\n", "\n")),
    BlockFamily("semicolon-fields-heldout", HELDOUT, block((
        Field("пац. ", "PERSON", person("F io", "F I O")),
        Field("дата рождения ", "DATE_TIME", date("dd.mm.yy", "d MG yyyy")),
        Field("прож.: ", "LOCATION", address("{T}, ул. {S} {N}-{Q}", "пос. {V}, ул. {S}, д. {N}")),
        Field("конт. тел. ", "PHONE_NUMBER", phone("8(AAA)BBB-CC-DD", "+7 AAA BBB-CC-DD", codes="any")),
    ), "; ", ".")),
]

ALL_FAMILIES: list[Family] = FAMILIES + HELDOUT_FAMILIES
ALL_BLOCKS: list[BlockFamily] = BLOCKS + HELDOUT_BLOCKS
