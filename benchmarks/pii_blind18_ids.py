"""blind18 single-value families (phones, e-mail, URL, SNILS, INN, passport, OMS, record numbers):
one value in a short complaint-style note, one format variant per family."""

from __future__ import annotations

from benchmarks.pii_blind18_gen import email, inn_digits, oms, passport, phones, snils
from benchmarks.pii_blind18_names import latin, person_parts
from benchmarks.pii_families import Family

S = "blind18"


def _mrn(*forms):
    def make(rng, fake, case):
        y = rng.randint(2015, 2026)
        n = rng.randint(1, 99999)
        values = {
            "ib_slash": f"{n}/{y % 100:02d}",
            "ib_dash": f"{y}-{n:05d}",
            "amb": f"А-{n:06d}",
            "emk": f"ЭМК{rng.randint(10**7, 10**8 - 1)}",
            "mis": f"{rng.choice(('MIS', 'МИС', 'PID'))}:{rng.randint(10**6, 10**9)}",
            "acc": f"ACC{y}{n:06d}",
            "lab": f"{rng.randint(10**9, 10**10 - 1)}",
            "stom": f"С-{n}/{y}",
            "cc_call": f"{rng.randint(1, 9999)}-{y % 100:02d}/{rng.randint(1, 31):02d}",
            "eln": f"9{rng.randint(10**10, 10**11 - 1)}",
            "napr": f"{rng.choice(('НП', 'Н', '0'))}{rng.randint(10**5, 10**7)}",
            "recipe": f"{rng.choice(('77', '16', '02'))}-{rng.randint(10, 99)}-{rng.randint(10**6, 10**7 - 1)}",
            "lower": f"иб-{n}-{y}",
            "hash": f"#{n:06d}",
        }
        return values[rng.choice(forms)]

    return make


def _inn(fmt):
    def make(rng, fake, case):
        s = inn_digits(rng)
        return {
            "plain": s,
            "sp": f"{s[:4]} {s[4:10]} {s[10:]}",
            "dash": f"{s[:2]}-{s[2:4]}-{s[4:10]}-{s[10:]}",
            "pairs": " ".join(s[i : i + 3] for i in range(0, 12, 3)),
        }[fmt]

    return make


def _url(rng, fake, case):
    return rng.choice(
        (
            f"https://gosuslugi.ru/{rng.randint(10**6, 10**7)}/",
            f"https://vk.com/id{rng.randint(10**5, 10**9)}",
            f"t.me/{latin(person_parts(rng, fake)[0]).lower()}{rng.randint(1, 99)}",
            f"https://ok.ru/profile/{rng.randint(10**9, 10**12)}",
            f"www.{latin(person_parts(rng, fake)[0]).lower()}-family.ru",
            f"https://dzen.ru/id/{rng.randint(10**6, 10**8)}",
        )
    )


ID_FAMILIES: list[Family] = [
    # --- PHONE -----------------------------------------------------------------------------------
    Family(
        "b18_phone_mobile_label",
        "PHONE_NUMBER",
        S,
        (
            "Жалобы на давящую боль в груди. Тел.: {}.",
            "Конт. тел. {} (дочь). Жалобы на слабость.",
            "Моб. {} — звонить после 18:00.",
        ),
        phones("plus", "eight", "bare", "plus_flat", "brackets8"),
    ),
    Family(
        "b18_phone_city_ext",
        "PHONE_NUMBER",
        S,
        (
            "Место работы — школа № 12, раб. тел. {}. Жалобы на осиплость голоса.",
            "Домашний телефон {}, жалобы на боли в суставах.",
        ),
        phones("city", "city_plus", "ext"),
    ),
    Family(
        "b18_phone_foreign",
        "PHONE_NUMBER",
        S,
        (
            "Гражданин другой страны, номер родственников на родине: {}. Жалобы на боль в животе.",
            "Связь с женой по WhatsApp {}, жалобы на лихорадку.",
        ),
        phones("kz", "uz", "tj", "kg", "am", "de"),
    ),
    Family(
        "b18_phone_odd",
        "PHONE_NUMBER",
        S,
        ("{} — номер для связи, жалобы на кашель 2 нед.", "Жалобы на зуд. Перезвонить на {}"),
        phones("dots", "sp", "eight"),
    ),
    # --- EMAIL / URL -----------------------------------------------------------------------------
    Family(
        "b18_email_label",
        "EMAIL_ADDRESS",
        S,
        (
            "Результаты анализов направить на e-mail: {}. Жалоб нет.",
            "Эл. почта {} , жалобы на сыпь.",
            "Жалобы на бессонницу. Почта для связи — {}",
        ),
        lambda rng, fake, case: email(rng, fake),
    ),
    Family(
        "b18_email_parens",
        "EMAIL_ADDRESS",
        S,
        (
            "Пациентка просит прислать выписку ({}), жалобы на боли внизу живота.",
            "Контакт матери: <{}>. Ребёнок кашляет 3 дня.",
        ),
        lambda rng, fake, case: email(rng, fake).upper() if rng.random() < 0.2 else email(rng, fake),
    ),
    Family(
        "b18_email_caps_start",
        "EMAIL_ADDRESS",
        S,
        ("{} — адрес для протоколов. Боли в пояснице.", "Обращение пришло с {}, жалобы на головокружение."),
        lambda rng, fake, case: email(rng, fake),
    ),
    Family(
        "b18_url_social",
        "URL",
        S,
        (
            "Связь с родственниками через страницу {}. Жалобы на головную боль.",
            "Фото сыпи прислала по ссылке {} , жалобы на зуд.",
            "Профиль пациента: {}",
        ),
        _url,
    ),
    Family(
        "b18_url_quoted",
        "URL",
        S,
        (
            "Мать ведёт блог о ребёнке («{}»), просит не публиковать фото.",
            'Запись на приём через личную ссылку "{}".',
        ),
        _url,
    ),
    Family(
        "b18_url_bare",
        "URL",
        S,
        ("{} — личная страница пациента, жалоб нет.", "Сын указал сайт {} для связи."),
        _url,
    ),
    # --- SNILS -----------------------------------------------------------------------------------
    Family(
        "b18_snils_std",
        "RU_SNILS",
        S,
        (
            "СНИЛС: {}. Жалобы на кашель.",
            "Страх. свид. {} Жалобы на боль в колене.",
            "Жалобы на слабость. СНИЛС пациента — {}",
        ),
        lambda rng, fake, case: snils(rng.choice(("std", "dash")), rng),
    ),
    Family(
        "b18_snils_odd",
        "RU_SNILS",
        S,
        (
            "снилс {} , жалобы на изжогу.",
            "Жалобы на онемение пальцев. Номер СНИЛС {}.",
            "{} (СНИЛС). Жалобы на отёки.",
        ),
        lambda rng, fake, case: snils(rng.choice(("plain", "space", "dots", "slash")), rng),
    ),
    Family(
        "b18_snils_misspelt",
        "RU_SNILS",
        S,
        (
            "СНИЛЗ {}, жалобы на боль в горле.",
            "Страховой номер инд. лицевого счёта: {}",
            "Снилс.: {} Жалоб нет.",
        ),
        lambda rng, fake, case: snils(rng.choice(("std", "plain", "dash")), rng),
    ),
    # --- INN -------------------------------------------------------------------------------------
    Family(
        "b18_inn_label",
        "RU_INN",
        S,
        (
            "ИНН {}. Жалобы на зубную боль.",
            "ИНН физ. лица: {}, жалобы на сыпь.",
            "Жалобы на боль в пояснице. ИНН пациента — {}",
        ),
        _inn("plain"),
    ),
    Family(
        "b18_inn_grouped",
        "RU_INN",
        S,
        (
            "Для налогового вычета: ИНН налогоплательщика {}. Лечение кариеса 36 зуба.",
            "{} — ИНН (справка об оплате мед. услуг).",
        ),
        lambda rng, fake, case: _inn(rng.choice(("sp", "dash", "pairs")))(rng, fake, case),
    ),
    Family(
        "b18_inn_words",
        "RU_INN",
        S,
        (
            "Плательщик (мать), её индивидуальный номер налогоплательщика {}, оплатила МРТ.",
            "инн {} жалобы на боль в плече",
        ),
        _inn("plain"),
    ),
    # --- PASSPORT --------------------------------------------------------------------------------
    Family(
        "b18_passport_label",
        "RU_PASSPORT",
        S,
        (
            "Паспорт {}. Жалобы на боль в животе.",
            "Паспорт РФ: {}, выдан МВД. Жалобы на кашель.",
            "Жалобы на головную боль. Паспорт серия и номер {}",
        ),
        lambda rng, fake, case: passport(rng.choice(("sp", "joined")), rng),
    ),
    Family(
        "b18_passport_odd",
        "RU_PASSPORT",
        S,
        (
            "Документ, удостоверяющий личность: {}. Жалобы на одышку.",
            "пасп. {} жалобы на зуд",
            "{} (паспорт) — жалобы на травму стопы.",
        ),
        lambda rng, fake, case: passport(rng.choice(("plain", "dash", "sp")), rng),
    ),
    Family(
        "b18_passport_words",
        "RU_PASSPORT",
        S,
        (
            "Личность установлена по паспорту {}, доставлен без сознания.",
            "Предъявила паспорт гражданина РФ {}; жалобы на тошноту.",
        ),
        lambda rng, fake, case: passport("sp", rng),
    ),
    # --- OMS -------------------------------------------------------------------------------------
    Family(
        "b18_oms_enp",
        "RU_OMS_POLICY",
        S,
        (
            "Полис ОМС {}. Жалобы на боль в горле.",
            "ЕНП: {}, жалобы на кашель.",
            "Жалобы на головокружение. Полис — {}",
        ),
        lambda rng, fake, case: oms(rng.choice(("plain", "4x4")), rng),
    ),
    Family(
        "b18_oms_odd",
        "RU_OMS_POLICY",
        S,
        (
            "Полис обязательного мед. страхования № {}. Боль в спине.",
            "ОМС {} (полис единого образца)",
            "{} — номер полиса, жалобы на сыпь.",
        ),
        lambda rng, fake, case: oms(rng.choice(("dash4", "plain", "4x4")), rng),
    ),
    Family(
        "b18_oms_old",
        "RU_OMS_POLICY",
        S,
        ("Полис старого образца: {}. Жалобы на отёки.", "Страховой полис {}, жалобы на насморк."),
        lambda rng, fake, case: oms("old", rng),
    ),
    # --- MRN -------------------------------------------------------------------------------------
    Family(
        "b18_mrn_history",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "И/б № {}. Жалобы на боль в правой подвздошной области.",
            "История болезни {}, жалобы на рвоту.",
            "Жалобы на одышку. Номер медкарты стационарного больного: {}",
        ),
        _mrn("ib_slash", "ib_dash", "lower"),
    ),
    Family(
        "b18_mrn_outpatient",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Амб. карта {}. Жалобы на боли в суставах.",
            "Мед. карта амбулаторного пациента № {}, форма 025/у.",
            "Стом. карта {} — жалобы на боль в 46 зубе.",
        ),
        _mrn("amb", "emk", "stom", "hash"),
    ),
    Family(
        "b18_mrn_system",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Идентификатор в МИС: {}. Жалобы на кашель.",
            "Номер пробы {} (ОАК, СРБ).",
            "Исследование КТ, accession {}.",
        ),
        _mrn("mis", "acc", "lab"),
    ),
    Family(
        "b18_mrn_documents",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Открыт ЭЛН № {}. Жалобы на боль в горле, t 38,0.",
            "Направление на госпитализацию {} (форма 057/у-04).",
            "Рецепт {} на инсулин, 148-1/у-88.",
            "Карта вызова СМП {}, жалобы на боль в груди.",
        ),
        _mrn("eln", "napr", "recipe", "cc_call"),
    ),
    Family(
        "b18_mrn_value_first",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "{} — номер истории болезни. Жалобы на боль в эпигастрии, рвота.",
            "Жалобы на сыпь на туловище.\nИБ\n{}",
            "Жалобы на отёки голеней. (Медкарта {})",
            "Заключение ВК {} от врачебной комиссии, продлён ЛН.",
        ),
        _mrn("ib_slash", "hash", "emk", "lower", "amb"),
    ),
    Family(
        "b18_url_telemed",
        "URL",
        S,
        (
            "Телеконсультация, ссылка для пациента: {} (жалобы на кашель).",
            "Личный кабинет пациента: {}",
            "Жалобы на головную боль. Видеозапись приступа по ссылке {}.",
        ),
        lambda rng, fake, case: rng.choice(
            (
                f"https://telemed.doctor.ru/room?patient={rng.randint(10**5, 10**8)}&t={rng.randint(1000, 9999)}",
                f"https://disk.yandex.ru/i/{latin(person_parts(rng, fake)[0]).lower()}{rng.randint(10, 99)}",
                f"https://lk.gosuslugi.ru/profile/{rng.randint(10**7, 10**9)}",
                f"http://www.youtube.com/@{latin(person_parts(rng, fake)[1]).lower()}_{rng.randint(1, 999)}",
            )
        ),
    ),
]
