"""blind18 single-value families (people, dates, places): one value put into a short complaint-style
note, the way an outside checker plants it (labelled field or natural sentence), one format variant per family."""

from __future__ import annotations

from benchmarks.pii_blind18_gen import dates
from benchmarks.pii_blind18_names import DIMINUTIVES, latin, person, person_parts
from benchmarks.pii_blind18_places import addresses, region
from benchmarks.pii_families import Family

S = "blind18"


def _dimin(rng, fake, case):
    return rng.choice(DIMINUTIVES)


def _latin_name(rng, fake, case):
    last, first, _, _ = person_parts(rng, fake)
    return rng.choice(
        (
            f"{latin(last).upper()} {latin(first).upper()}",
            f"{latin(first)} {latin(last)}",
            f"{latin(last)}, {latin(first)}",
        )
    )


FAMILIES: list[Family] = [
    # --- PERSON ----------------------------------------------------------------------------------
    Family(
        "b18_person_gent_complaint",
        "PERSON",
        S,
        (
            "Жалобы со слов {gent} на головокружение и шум в ушах, АД 150/95.",
            "Со слов {gent}: кашель третью неделю, мокрота слизистая.",
            "Анамнез собран со слов родственника, {gent}, пациентка дезориентирована.",
        ),
        person("F I O", "F io", "I O F"),
    ),
    Family(
        "b18_person_datv",
        "PERSON",
        S,
        (
            "Боли в правом подреберье после жирной пищи. {datv} рекомендовано УЗИ ОБП.",
            "Отёки стоп к вечеру. Рекомендовано {datv} ограничить соль до 5 г/сут.",
            "Назначено {datv}: омепразол 20 мг 2 р/д 14 дней.",
        ),
        person("F I O", "F i o", "F io"),
    ),
    Family(
        "b18_person_ablt",
        "PERSON",
        S,
        (
            "Осмотрен совместно с заведующим отделением {ablt}, показаний к операции нет.",
            "Консультирован {ablt}, дан совет по питанию. Глюкоза 6,9 ммоль/л.",
            "Беседа проведена с мужем {ablt}, согласие на ФГДС получено.",
        ),
        person("F I O", "F io", "I O"),
    ),
    Family(
        "b18_person_loct",
        "PERSON",
        S,
        (
            "Жалобы на сердцебиение. Сведения о {loct} внесены в регистр ХСН.",
            "В карте о {loct} отмечено: аллергия на пенициллин.",
        ),
        person("F I O", "I O F"),
    ),
    Family(
        "b18_person_initials_first",
        "PERSON",
        S,
        (
            "Температура 38,4, озноб. Осмотр дежурного врача {}, назначен парацетамол 500 мг.",
            "{} — жалобы на боль в горле, налёт на миндалинах.",
            "Принял пациента: {}.",
        ),
        person("io F", "i o F", "i o F"),
    ),
    Family(
        "b18_person_surname_caps",
        "PERSON",
        S,
        (
            "{}, 67 л. Жалобы на одышку при ходьбе, ЧДД 22.",
            "Пациент {} доставлен СМП, жалобы на боль за грудиной 40 минут.",
        ),
        person("FF I O", "FF io", "FF"),
    ),
    Family(
        "b18_person_diminutive",
        "PERSON",
        S,
        (
            "Мама говорит, что {} (так зовут ребёнка) с утра не ест, температура 37,8.",
            "Сосед (со слов, зовут {}) вызвал скорую в 03:10.",
            "Ребёнок откликается на имя {}, контакт затруднён.",
        ),
        _dimin,
    ),
    Family(
        "b18_person_latin",
        "PERSON",
        S,
        (
            "Иностранный гражданин, в паспорте: {}. Жалобы на боль в животе, рвота 2 раза.",
            "Patient name: {}. Жалобы на кашель, лихорадку до 39.",
            "Турист ({}), жалобы на укус клеща в области голени.",
        ),
        _latin_name,
    ),
    Family(
        "b18_person_nurse_after",
        "PERSON",
        S,
        (
            "Инъекция цефтриаксона 1 г в/м выполнена, м/с {}.",
            "Повязка сменена, рана чистая. Перевязку выполнил(а) {}.",
        ),
        person("F i", "F io", "I"),
    ),
    Family(
        "b18_person_in_parens",
        "PERSON",
        S,
        (
            "Доставлена родственником ({}) с жалобами на слабость в левой руке.",
            "Отказ от госпитализации подписан законным представителем («{}»).",
        ),
        person("F I O", "F I"),
    ),
    # --- DATE_TIME -------------------------------------------------------------------------------
    Family(
        "b18_date_birth_label",
        "DATE_TIME",
        S,
        (
            "Д.р.: {}. Жалобы на боли в коленных суставах.",
            "Дата рожд. {} Жалобы на слабость.",
            "Жалобы на изжогу. Год и дата рождения — {}.",
        ),
        dates("dmy", "dmy2", "slash", "dash", lo=1935, hi=2020),
    ),
    Family(
        "b18_date_words",
        "DATE_TIME",
        S,
        (
            "Заболела остро {}, когда появился озноб и боль в пояснице.",
            "Ухудшение с {}, принимает ибупрофен 400 мг.",
            "Последняя менструация {}.",
        ),
        dates("words", "words_nog", "short", "dm", lo=2022),
    ),
    Family(
        "b18_date_roman",
        "DATE_TIME",
        S,
        ("Выписан {} в удовлетворительном состоянии.", "Госпитализирован {}, ОАК без особенностей."),
        dates("roman", "roman_sp", lo=2015),
    ),
    Family(
        "b18_date_with_time",
        "DATE_TIME",
        S,
        (
            "Поступил {} с жалобами на рвоту «кофейной гущей».",
            "Боль в животе началась {}, до этого самочувствие хорошее.",
            "Смерть констатирована {}.",
        ),
        dates("dmy_time", "dmy_v", "time_dmy", "iso_t", lo=2020),
    ),
    Family(
        "b18_date_month_year",
        "DATE_TIME",
        S,
        (
            "Операция (холецистэктомия) в {}, осложнений не было.",
            "Последняя ФЛГ — {}, без патологии.",
            "Вакцинирован против гриппа: {}",
        ),
        dates("my", "my_num", lo=2010),
    ),
    Family(
        "b18_date_ocr_noise",
        "DATE_TIME",
        S,
        (
            "Скан направления: дата выдачи {} , жалобы на боли в спине.",
            "Дата забора {} (копия плохого качества). Глюкоза 5,4.",
        ),
        dates("dmy_ocr", "dmy_typo", "dmy_dbl", lo=2018),
    ),
    Family(
        "b18_date_iso_end",
        "DATE_TIME",
        S,
        (
            "Жалобы на зуд кожи, высыпания на предплечьях. Дата осмотра: {}",
            "Кашель, насморк, t 37,2. Явка {}",
        ),
        dates("iso", "compact", "space"),
    ),
    Family(
        "b18_date_foreign",
        "DATE_TIME",
        S,
        (
            "Привит за рубежом, в сертификате дата: {}. Жалоб нет.",
            "В выписке из клиники Германии дата операции {} (аппендэктомия).",
        ),
        dates("us", "en", lo=2000),
    ),
    # --- LOCATION --------------------------------------------------------------------------------
    Family(
        "b18_loc_full_label",
        "LOCATION",
        S,
        (
            "Адрес проживания: {}. Жалобы на боль в ухе.",
            "Место жительства — {}. Жалобы на одышку.",
            "Жалобы на головную боль. Адрес: {}",
        ),
        addresses("full", "idx_last", "town"),
    ),
    Family(
        "b18_loc_rural",
        "LOCATION",
        S,
        (
            "Проживает: {}, до ЦРБ 40 км. Жалобы на кашель с мокротой.",
            "Доставлен из {} попутным транспортом, жалобы на травму кисти.",
        ),
        addresses("rural", "snt"),
    ),
    Family(
        "b18_loc_reversed_mkr",
        "LOCATION",
        S,
        (
            "Вызов на дом ({}), жалобы на температуру 39,1.",
            "Фактический адрес {} — лифта нет, 5 этаж. Жалобы на одышку.",
        ),
        addresses("reversed", "mkr", "district"),
    ),
    Family(
        "b18_loc_town_only",
        "LOCATION",
        S,
        (
            "Приехал из г. {} на обследование, жалобы на боль в эпигастрии.",
            "Прописка: г. {}, работает водителем. Жалобы на боль в спине.",
            "Жалобы на боли в суставах. Место рождения: {}",
        ),
        lambda rng, fake, case: region(rng)[rng.choice((1, 1, 2))],
    ),
    Family(
        "b18_loc_lowercase",
        "LOCATION",
        S,
        ("адрес со слов {}. жалобы на тошноту.", "живет {} , жалуется на кашель"),
        addresses("lower", "no_g", "bare_street"),
    ),
    Family(
        "b18_loc_foreign_latin",
        "LOCATION",
        S,
        (
            "Постоянно проживает за рубежом: {}. Жалобы на диарею после поездки.",
            "Адрес по месту прописки на родине ({}), в РФ — без регистрации. Жалобы на кашель.",
            "Home address: {}. Жалобы на боль в ухе.",
        ),
        lambda rng, fake, case: rng.choice(
            (
                f"Узбекистан, г. {rng.choice(('Самарканд', 'Андижан', 'Наманган'))}, махалля "
                f"{rng.choice(('Боғишамол', 'Навруз', 'Дўстлик'))}, д. {rng.randint(1, 90)}",
                f"Таджикистан, {rng.choice(('Хатлонская обл.', 'Согдийская обл.'))}, кишлак "
                f"{rng.choice(('Шахринав', 'Гулистон', 'Вахдат'))}",
                f"Kyrgyzstan, Osh, {rng.choice(('Lenin', 'Kurmanjan Datka', 'Masaliev'))} st. {rng.randint(1, 200)}",
                f"Hauptstraße {rng.randint(1, 120)}, {rng.randint(10000, 99999)} "
                f"{rng.choice(('Berlin', 'Hannover', 'Köln'))}",
            )
        ),
    ),
]
