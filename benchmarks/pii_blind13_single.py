"""Single-value families of blind13: one value in a sentence a patient, relative or clerk writes."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind13_gen as g
from benchmarks import pii_blind13_ids as ids
from benchmarks.pii_families import HELDOUT, Family, Maker


def _name(*shapes: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        case, _, sex = case.partition("_")  # "{ablt_f}": the frame wants a woman's name
        male = {"m": True, "f": False}.get(sex)
        return g.name(rng, fake, case, rng.choice(shapes), male=male)

    return make


def _date(*layouts: str, born: bool = False) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        lay = rng.choice(layouts)
        return g.birth(rng, lay) if born else g.date(rng, lay)

    return make


def _addr(*layouts: str) -> Maker:
    return lambda rng, fake, case: g.address(rng, fake, rng.choice(layouts))


def _town(rng: random.Random, fake: Any, case: str) -> str:
    return g.town(fake)


def _phone(*layouts: str) -> Maker:
    return lambda rng, fake, case: g.phone(rng, rng.choice(layouts))


def _mrn(*kinds: str) -> Maker:
    return lambda rng, fake, case: ids.mrn(rng, rng.choice(kinds))


P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"

BLIND13_SINGLE: list[Family] = [
    # --- PERSON: whom patients complain about, thank, bring along
    Family(
        "b13_complaint_doctor_gent",
        P,
        HELDOUT,
        (
            "Прошу разобраться с поведением участкового терапевта {gent_m}, который отказал в выписке рецепта.",
            "Жалоба на действия медсестры процедурного кабинета {gent}.",
            "Считаю, что по вине врача {gent} мне поставили неверный диагноз.",
            "Прошу провести проверку в отношении заведующего отделением {gent}.",
        ),
        _name("F I O", "F IO", "F", "F I.O."),
    ),
    Family(
        "b13_thanks_datv",
        P,
        HELDOUT,
        (
            "Выражаю огромную благодарность доктору {datv} за внимательное отношение!",
            "Спасибо хирургу {datv} и всей бригаде, мама уже дома.",
            "Прошу объявить благодарность медсестре {datv}.",
            "Отдельное спасибо {datv} — всё объяснила понятно.",
        ),
        _name("F I O", "I O", "IO F", "F"),
    ),
    Family(
        "b13_relative_ablt",
        P,
        HELDOUT,
        (
            "На приём пришла в сопровождении дочери, {ablt_f}.",
            "Со слов пациента, проживает вдвоём с супругой {ablt_f}.",
            "Документы переданы вместе с сыном {ablt_m}.",
            "Договорились с опекуном {ablt} о госпитализации.",
        ),
        _name("F I O", "I O", "I F"),
    ),
    Family(
        "b13_about_loct",
        P,
        HELDOUT,
        (
            "Прошу предоставить сведения о моём отце {loct_m}.",
            "Сообщение о пациентке {loct_f} передано в поликлинику по месту жительства.",
            "Речь идёт о моей матери, {loct_f}, которая лежала в третьем отделении.",
        ),
        _name("F I O", "I F"),
    ),
    Family(
        "b13_caller_short",
        P,
        HELDOUT,
        (
            "Звонила дочь — {nomn_f}, просила перезвонить после обхода.",
            "В чате клиники написала {}: «Когда будут анализы?»",
            "Передано через соседку {}, ключи от квартиры у неё.",
            "Привет, это {}, мамина сиделка.",
        ),
        _name("dim", "I O", "I F", "dim"),
    ),
    Family(
        "b13_foreigner_latin",
        P,
        HELDOUT,
        (
            "Пациент — гражданин Узбекистана, по паспорту {}.",
            "Имя в страховом полисе ДМС: {}.",
            "Consent signed by {} (interpreter present).",
            "В латинской транскрипции: {}.",
        ),
        _name("lat"),
    ),
    Family(
        "b13_signer_initials",
        P,
        HELDOUT,
        (
            "Подпись ____________ /{}/",
            "Заявление принял: {}, регистратор.",
            "С условиями ознакомлен(а): {}",
            "Доверенное лицо: {}.",
        ),
        _name("IO F", "F IO", "F I.O.", "FCAPS I O"),
    ),
    # --- DATE_TIME
    Family(
        "b13_date_visit",
        D,
        HELDOUT,
        (
            "Записалась на приём к неврологу на {}, но приём отменили без предупреждения.",
            "Был на консультации {}, до сих пор нет заключения.",
            "Обращаюсь повторно, первое обращение было {}.",
            "Талон на МРТ выдали на {}.",
        ),
        _date("dmy", "words", "time", "abbr", "dmy2", "words_g"),
    ),
    Family(
        "b13_date_birth",
        D,
        HELDOUT,
        (
            "Прошу выдать копию медкарты моего сына, {} г.р.",
            "Дата рождения пациента: {}.",
            "Родилась {}, инвалид II группы.",
            "Ребёнок (д.р. {}) наблюдается у эндокринолога.",
        ),
        _date("dmy", "iso", "words", "slash", "dmy2", born=True),
    ),
    Family(
        "b13_date_partial",
        D,
        HELDOUT,
        (
            "Лежала в стационаре {}, выписана без улучшения.",
            "Последняя госпитализация — {}.",
            "Больничный был открыт {}.",
            "Санаторное лечение получал {}.",
        ),
        _date("range", "month", "daymonth", "roman"),
    ),
    Family(
        "b13_date_noisy",
        D,
        HELDOUT,
        (
            "Дата обращения {} (скан, плохо читается).",
            "Принято регистратором {}.",
            "Смс-напоминание: ваш приём {}.",
        ),
        _date("ocr", "time", "iso", "ocr"),
    ),
    # --- LOCATION
    Family(
        "b13_addr_residence",
        L,
        HELDOUT,
        (
            "Пациент проживает по адресу: {}.",
            "Прошу направить ответ на мой домашний адрес: {}.",
            "Адрес фактического проживания {}.",
            "Место регистрации — {}.",
        ),
        _addr("city", "index", "reverse", "litera", "mkr"),
    ),
    Family(
        "b13_addr_home_visit",
        L,
        HELDOUT,
        (
            "Вызов врача на дом по адресу {}, лежачая больная.",
            "Скорая не могла найти дом: {}.",
            "Проживает летом на даче: {}.",
        ),
        _addr("rural", "snt", "region", "short"),
    ),
    Family(
        "b13_town_bare",
        L,
        HELDOUT,
        (
            "Пациентка приехала из г. {} на консультацию.",
            "Прописан в г. {}, проживает у дочери.",
            "Житель г. {}, работает вахтовым методом.",
        ),
        _town,
    ),
    # --- PHONE_NUMBER
    Family(
        "b13_phone_callback",
        T,
        HELDOUT,
        (
            "Прошу перезвонить мне по номеру {} после 18 часов.",
            "Мой контактный телефон {}, звоните в любое время.",
            "Телефон дочери для связи: {}.",
            "Номер для SMS-уведомлений {}.",
        ),
        _phone("plus", "eight", "dash", "compact", "spaced"),
    ),
    Family(
        "b13_phone_other",
        T,
        HELDOUT,
        (
            "Рабочий телефон: {}.",
            "Звонить мужу, он в командировке: {} (WhatsApp).",
            "Телефон опекуна {}.",
        ),
        _phone("city", "ext", "foreign"),
    ),
    # --- EMAIL / URL
    Family(
        "b13_email_reply",
        "EMAIL_ADDRESS",
        HELDOUT,
        (
            "Ответ прошу направить на электронную почту {}.",
            "Результаты анализов пришлите, пожалуйста, на {}.",
            "e-mail: {}",
            "Моя почта {} — туда ничего не приходит.",
        ),
        lambda rng, fake, case: g.email(rng, fake),
    ),
    Family(
        "b13_url_link",
        "URL",
        HELDOUT,
        (
            "Снимки КТ выложила по ссылке {}.",
            "Моя страница, где я писала об этом: {}.",
            "Запись через сайт {} не работает уже неделю.",
            "Видео с приёма: {}",
        ),
        lambda rng, fake, case: g.url(rng, fake),
    ),
    # --- IDs
    Family(
        "b13_snils_portal",
        "RU_SNILS",
        HELDOUT,
        (
            "СНИЛС для входа на Госуслуги: {}.",
            "Мой страховой номер (СНИЛС) {}, прошу внести в карту.",
            "СНИЛС ребёнка {}.",
            "страх. свид-во {}",
        ),
        lambda rng, fake, case: ids.snils(rng),
    ),
    Family(
        "b13_inn_tax",
        "RU_INN",
        HELDOUT,
        (
            "ИНН налогоплательщика {} (для справки на вычет).",
            "Справку об оплате выдать на моё имя, ИНН {}.",
            "Мой ИНН: {}.",
            "ИНН пациента {}",
        ),
        lambda rng, fake, case: ids.inn12(rng),
    ),
    Family(
        "b13_oms_policy",
        "RU_OMS_POLICY",
        HELDOUT,
        (
            "Полис ОМС {}, страховая компания «СОГАЗ-Мед».",
            "Единый номер полиса {} — в регистратуре сказали, что он недействителен.",
            "номер полиса обязательного медстрахования: {}",
            "ЕНП {}.",
        ),
        lambda rng, fake, case: ids.enp(rng),
    ),
    Family(
        "b13_passport_prose",
        "RU_PASSPORT",
        HELDOUT,
        (
            "Паспорт {} выдан отделом УФМС, копию прилагаю.",
            "Данные паспорта: {}.",
            "Документ, удостоверяющий личность: паспорт РФ {}.",
            "пасп. {}",
        ),
        lambda rng, fake, case: ids.passport(rng),
    ),
    Family(
        "b13_mrn_case",
        "MEDICAL_RECORD_NUMBER",
        HELDOUT,
        (
            "Прошу выдать копию истории болезни № {}.",
            "Медицинская карта амбулаторного больного № {} утеряна в регистратуре.",
            "В выписке указан номер карты {}, он не совпадает с моим.",
            "Номер электронной медкарты: {}.",
        ),
        _mrn("ib", "amb", "emk"),
    ),
    Family(
        "b13_mrn_paper",
        "MEDICAL_RECORD_NUMBER",
        HELDOUT,
        (
            "Больничный лист № {} до сих пор не закрыт.",
            "Направление на госпитализацию № {} выдано с ошибкой.",
            "Рецепт № {} не принимают в аптеке.",
            "Номер заявки на анализ {}.",
            "Карта вызова СМП № {}.",
        ),
        _mrn("eln", "ref", "rx", "lab", "call"),
    ),
    # --- more labelled lines, as outside checkers append them to a note
    Family(
        "b13_witness_nomn",
        P,
        HELDOUT,
        (
            "Свидетель: {}.",
            "При разговоре присутствовала {nomn_f} (соседка по палате).",
            "Со слов мужа, {gent_m}, больная упала дома.",
            "Жалобу зарегистрировал(а) {} в журнале обращений.",
        ),
        _name("F I O", "F IO", "I O", "F"),
    ),
    Family(
        "b13_date_deadline",
        D,
        HELDOUT,
        (
            "Прошу дать письменный ответ до {}.",
            "Заявление от {}",
            "Дата подачи обращения на Госуслугах — {}.",
            "Срок действия доверенности — до {}.",
        ),
        _date("dmy", "words", "words_g", "iso", "abbr", "slash"),
    ),
    Family(
        "b13_snils_next_line",
        "RU_SNILS",
        HELDOUT,
        (
            "СНИЛС:\n{}",
            "Страховой номер индивидуального лицевого счёта\n{}",
            "СНИЛС заявителя (для ЕСИА): {}",
            "СНИЛСС {}",
        ),
        lambda rng, fake, case: ids.snils(rng),
    ),
    Family(
        "b13_passport_labels",
        "RU_PASSPORT",
        HELDOUT,
        (
            "Паспорт серия/номер: {}",
            "Паспорт гражданина РФ\n{}",
            "Паспортные данные представителя: {}, выдан ГУ МВД.",
            "паспорт: {}",
        ),
        lambda rng, fake, case: ids.passport(rng, rng.choice(("split", "plain", "sp"))),
    ),
    Family(
        "b13_mrn_portal",
        "MEDICAL_RECORD_NUMBER",
        HELDOUT,
        (
            "Номер записи в электронной регистратуре: {}.",
            "Номер направления в ЕМИАС {}, врач его не видит.",
            "Заключение МСЭ № {} прошу приложить к делу.",
            "Санаторно-курортная карта № {} выдана без подписи.",
            "Договор на платные услуги № {} прошу расторгнуть.",
        ),
        _mrn("ref", "mse", "san", "contract", "emk"),
    ),
    Family(
        "b13_inn_next_line",
        "RU_INN",
        HELDOUT,
        (
            "ИНН физ. лица:\n{}",
            "ИНН плательщика (если отличается от пациента): {}",
            "инн {} (для вычета за лечение зубов)",
        ),
        lambda rng, fake, case: ids.inn12(rng),
    ),
]
