"""Single-value families of the blind27 split: contacts and identifiers."""

from __future__ import annotations

from benchmarks.pii_blind27_values import email, inn, mrn, oms, passport, phone, snils, url
from benchmarks.pii_families import Family

S = "blind27"


def fam(name: str, kind: str, frames: tuple[str, ...], make) -> Family:
    return Family(f"b27_{name}", kind, S, frames, make)


OTHER_FAMILIES = [
    fam(
        "phone_mobile",
        "PHONE_NUMBER",
        (
            "Тел. для связи: {}",
            "Дочь просит звонить на {} в любое время.",
            "Контактный тел.{}, после 18:00.",
            "т. {} (жена)",
        ),
        phone("+7 (9xx)", "8-9xx", "89", "+79", "7 9xx sp", "8(9xx)", "+7-9xx", "8 9xx sp", "dotted"),
    ),
    fam(
        "phone_city",
        "PHONE_NUMBER",
        (
            "Домашний телефон {}.",
            "Звонить на работу: {}.",
            "Тел. дом. {}",
        ),
        phone("city", "city+7", "city-ext", "local"),
    ),
    fam(
        "phone_foreign",
        "PHONE_NUMBER",
        (
            "Родственники на родине, тел. {}.",
            "Связь с женой только по WhatsApp: {}.",
            "Тел. (Казахстан) {}",
        ),
        phone("kz", "uz", "kg", "tj", "by", "am", "az", "810"),
    ),
    fam(
        "email",
        "EMAIL_ADDRESS",
        (
            "Результаты просит отправить на почту {}.",
            "E-mail: {}",
            "эл. почта {} (дочь)",
            "Заключение направлено на {}.",
        ),
        email(),
    ),
    fam(
        "email_caps",
        "EMAIL_ADDRESS",
        (
            "Адрес эл.почты пациента: {}; согласие на рассылку есть.",
            "email {}",
        ),
        email(),
    ),
    fam(
        "url",
        "URL",
        (
            "Пациентка ведёт дневник давления в облаке: {}.",
            "Снимки КТ доступны по ссылке {}",
            "Страница в соцсети (по ней нашли родственников): {}.",
            "Ссылка на оплату: {}",
        ),
        url(),
    ),
    fam(
        "url_bare",
        "URL",
        (
            "Профиль {} указан матерью для связи.",
            "Видео приступа: {} (снято женой).",
        ),
        url(),
    ),
    fam(
        "snils",
        "RU_SNILS",
        (
            "СНИЛС {}.",
            "Страховой номер (СНИЛС): {}",
            "СНИСЛ {} — со слов.",
            "снилс:{}",
        ),
        snils("std", "plain", "spaces", "dashes", "dots", "nbsp", "pairs", "double"),
    ),
    fam(
        "snils_nolabel",
        "RU_SNILS",
        (
            "Предъявлены паспорт и страх. свид-во {}.",
            "Номер индивидуального лицевого счёта {}.",
            "ПФР/СФР: {}",
        ),
        snils("std", "plain", "underscore", "spaces"),
    ),
    fam(
        "inn",
        "RU_INN",
        (
            "ИНН {}.",
            "ИНН физ. лица: {}",
            "инн пациента {} (для налогового вычета)",
            "ИНН:{}",
        ),
        inn("plain", "4-6-2", "2-2-6-2", "dash", "triples", "10-2"),
    ),
    fam(
        "inn_deduction",
        "RU_INN",
        (
            "Справка об оплате мед. услуг выдана, ИНН налогоплательщика {}.",
            "Налогоплательщик (мать), ИНН {}",
        ),
        inn("plain", "4-6-2", "10-2"),
    ),
    fam(
        "oms",
        "RU_OMS_POLICY",
        (
            "Полис ОМС {}.",
            "ЕНП {}",
            "Полис: {} (АО «СОГАЗ-Мед»)",
            "п-с омс № {}",
        ),
        oms("plain", "4x4", "4x4-dash", "6-4-6", "2-14"),
    ),
    fam(
        "oms_old",
        "RU_OMS_POLICY",
        (
            "Полис старого образца: {}.",
            "Страховой полис серия и номер {}",
        ),
        oms("old", "old-series", "plain"),
    ),
    fam(
        "passport",
        "RU_PASSPORT",
        (
            "Паспорт {}.",
            "Паспорт гражданина РФ: {}",
            "пасп. {} выдан ОВД",
            "Документ, удостоверяющий личность: паспорт {}",
        ),
        passport("2-2-6", "4-6", "plain", "no", "no-tight", "dash", "nbsp", "N"),
    ),
    fam(
        "passport_nolabel",
        "RU_PASSPORT",
        (
            "Личность установлена по паспорту {}.",
            "ДУЛ: {}",
            "Паспортные данные: {}",
        ),
        passport("2-2-6", "4-6", "slash", "no"),
    ),
    fam(
        "mrn_history",
        "MEDICAL_RECORD_NUMBER",
        (
            "История болезни № {}.",
            "Медицинская карта стационарного больного №{}",
            "И/б {}",
            "№ ИБ: {}",
        ),
        mrn("n/yy", "yyyy-n", "letters", "dash-yy"),
    ),
    fam(
        "mrn_outpatient",
        "MEDICAL_RECORD_NUMBER",
        (
            "Амб. карта {}.",
            "Мед. карта пациента, получающего помощь в амбулаторных условиях, № {}",
            "Стоматологическая карта № {}",
            "а/к №{}",
        ),
        mrn("long", "slash-letter", "dental", "emk", "n/yy"),
    ),
    fam(
        "mrn_lab",
        "MEDICAL_RECORD_NUMBER",
        (
            "Образец № {} отправлен в лабораторию.",
            "Номер пробирки {}, штрихкод нечитаем.",
            "Биопсийный материал, рег. № {}",
        ),
        mrn("sample", "long", "N-dot"),
    ),
    fam(
        "mrn_imaging",
        "MEDICAL_RECORD_NUMBER",
        (
            "КТ ОГК, accession {}.",
            "Исследование № {} (PACS).",
            "МРТ выполнено, номер исследования {}",
        ),
        mrn("accession", "mis", "long"),
    ),
    fam(
        "mrn_docs",
        "MEDICAL_RECORD_NUMBER",
        (
            "Листок нетрудоспособности № {} открыт.",
            "ЭЛН {}",
            "Рецепт серии {} (льготный).",
            "Карта вызова СМП № {}",
        ),
        mrn("elnk", "recipe", "call", "elnk"),
    ),
    fam(
        "mrn_mis",
        "MEDICAL_RECORD_NUMBER",
        (
            "ID пациента в МИС: {}",
            "Номер ЭМК {}.",
            "Направление № {} на госпитализацию.",
        ),
        mrn("mis", "emk", "yyyy-n", "long"),
    ),
    fam(
        "mrn_protocols",
        "MEDICAL_RECORD_NUMBER",
        (
            "Протокол операции № {} — холецистэктомия.",
            "Талон на ВМП № {}",
            "Заключение ВК № {} от сегодняшнего дня.",
            "Справка ф. 086/у № {} выдана на руки.",
        ),
        mrn("vmp", "protocol", "dash-yy", "n/yy"),
    ),
    fam(
        "url_telemed",
        "URL",
        (
            "Телемедицинская консультация, ссылка для подключения: {}",
            "Родственники прислали выписку из-за рубежа: {}.",
            "Ссылка {} отправлена пациенту в SMS.",
        ),
        url(),
    ),
]
