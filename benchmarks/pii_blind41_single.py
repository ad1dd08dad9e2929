"""One-value families of blind split 41: lines from prescriptions, pharmacy journals, DMS letters,
contracts, tax certificates, complaints, lawyers' requests and consents."""

from __future__ import annotations

from benchmarks import pii_blind41_gen as g
from benchmarks.pii_families import HELDOUT, MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Family

H = HELDOUT


def _f(name: str, kind: str, frames: tuple[str, ...], make) -> Family:
    return Family(f"b41-{name}", kind, H, frames, make)


def _dt(span: str, *styles: str):
    return lambda rng, fake, case: g.dt(rng, fake, span, styles)


def _partial(rng, fake, case: str) -> str:
    w = fake.date_between(start_date="-7y", end_date="today")
    m = w.month - 1
    if case == "gent":
        return rng.choice((f"{MONTHS_GENT[m]} {w.year} г.", f"{MONTHS_GENT[m]} {w.year} года", f"{w.year} г.",
                           f"{w.month:02d}.{w.year}"))
    if case == "loct":
        return rng.choice((f"{MONTHS_LOCT[m]} {w.year} г.", f"{MONTHS_LOCT[m]} {w.year}", f"{w.year} году",
                           f"{w.year}г."))
    return rng.choice((f"{MONTHS_NOMN[m]} {w.year}", f"{MONTHS_NOMN[m].capitalize()} {w.year} г.", f"{w.month:02d}.{w.year}",
                       f"{MONTHS_ABBR[m]} {w.year}", f"{w.year}-{w.month:02d}"))


SINGLE: list[Family] = [
    # --- PERSON
    _f("rx-patient-datv", "PERSON",
       ("Рецепт выписан {datv} на 30 дней.", "Выдано {datv} (льготная категория 081).",
        "Рецептурный бланк 107-1/у выдан {datv}, повторно не выписывать.", "Отпущено {datv} по рецепту МО."),
       g.person_m("F I O", "F io", "F i o", "F I")),
    _f("pharmacy-received-ablt", "PERSON",
       ("Препарат получен {ablt} по доверенности.", "Получено {ablt}, подпись имеется.",
        "Лекарство получено законным представителем — {ablt}.", "отпуск произведён; получила {}"),
       g.person_m("F I O", "F io", "I O F", "F")),
    _f("complaint-from-gent", "PERSON",
       ("Жалоба от {gent} зарегистрирована в журнале обращений.", "По обращению {gent} проведена служебная проверка.",
        "Рассмотрев заявление гр. {gent}, сообщаем следующее.", "в ответ на претензию {gent} от пациента"),
       g.person_m("F I O", "F io", "F i o")),
    _f("court-about-loct", "PERSON",
       ("Прошу предоставить сведения о {loct}, находившемся на лечении.", "Запрос касается медицинской документации о {loct}.",
        "Копии документов о {loct} направлены в суд.", "сведения о {loct} составляют врачебную тайну"),
       g.person_m("F I O", "F io")),
    _f("proxy-accs", "PERSON",
       ("Доверенность на получение лекарств выдана на {accs}.", "Уполномочиваю {accs} получать рецепты от моего имени.",
        "Разрешаю сообщать сведения о моем здоровье: {}.", "Доверяю {datv} получать результаты анализов."),
       g.person_m("F I O", "I O F", "F I O")),
    _f("doctor-signature", "PERSON",
       ("Врач ___________ /{}/", "Подпись и печать врача: {}", "Выписал(а): врач-терапевт участковый {}",
        "Рецепт выписан врачом {ablt}.", "Провизор {} (отпустил)", "Зав. аптекой ________ {}"),
       g.person_m("F io", "io F", "F i o", "F I O")),
    _f("person-caps-lower", "PERSON",
       ("ФИО ПАЦИЕНТА: {}", "пациент {} на приеме, рецепт продлён", "ПОЛУЧАТЕЛЬ — {}", "ф.и.о. {}"),
       g.person_m("FU IOU", "f Il Ol", "FU i o", "F I O")),
    _f("consent-refusal-ins", "PERSON",
       ("Я, {}, отказываюсь от госпитализации.", "Я, {}, даю информированное добровольное согласие.",
        "Я, нижеподписавшийся(-аяся) {}, ознакомлен(а) с условиями.", "Мною, {ablt}, получена копия договора."),
       g.person_m("F I O", "F I O", "F io")),
    # --- DATE_TIME
    _f("rx-issue-date", "DATE_TIME",
       ("Дата выписки рецепта: {}", "Рецепт от {}; срок действия 30 дней.", "«Дата выписки» {}",
        "выписан {} на льготных условиях", "Дата оформления: {}"),
       _dt("recent", "num", "quoted", "quoted2", "short", "numg", "words")),
    _f("dispense-date", "DATE_TIME",
       ("Дата отпуска {}", "Отпущено {} провизором.", "Обслужен (отсрочка) {}", "Рецепт поставлен на отсроченное обслуживание {}",
        "Дата обращения в аптеку: {}"),
       lambda rng, fake, case: rng.choice((g.dt(rng, fake, "recent", ("num", "short", "iso", "numgg")),
                                           g.dtime(rng, fake, ("a", "c"))))),
    _f("birth-on-blank", "DATE_TIME",
       ("Дата рождения {}", "Д/р: {}", "ДАТА РОЖДЕНИЯ: {}", "дата рожд. {}", "Число, месяц, год рождения: {}"),
       _dt("birth", "num", "short", "words", "numg", "slash")),
    _f("contract-date", "DATE_TIME",
       ("Договор на оказание платных медицинских услуг от {}", "Услуги оказаны в период с {} по настоящее время.",
        "Гарантийное письмо действительно до {}", "Претензия поступила {}", "Срок оплаты — не позднее {}"),
       _dt("recent", "quoted", "wordsg", "numg", "words", "num")),
    _f("partial-date", "DATE_TIME",
       ("Оплата лечения произведена в {loct}.", "Получает инсулин в льготном порядке с {gent}.", "Отказ от набора соцуслуг с {gent}",
        "Период лечения: {}", "Лечение у ортодонта в {loct}", "Последняя выдача: {}"),
       _partial),
    # --- LOCATION
    _f("patient-address", "LOCATION",
       ("Адрес места жительства: {}", "Адрес пациента (заполняется при доставке): {}", "Зарегистрирован по адресу {}",
        "Адрес регистрации заказчика: {}", "проживающий(ая) по адресу: {}"),
       lambda rng, fake, case: g.addr(rng, fake)),
    _f("town-case", "LOCATION",
       ("Льготник прикреплён к аптеке в {loct}.", "Лекарство доставлено курьером из {gent}.",
        "Пациентка переехала в {accs}, рецепты не получает.", "Обращение поступило из {gent}."),
       lambda rng, fake, case: g.addr(rng, fake, "town_case", case)),
    _f("address-rural", "LOCATION",
       ("Адрес доставки лекарственных препаратов: {}", "Место жительства: {}", "адрес: {}"),
       lambda rng, fake, case: g.addr(rng, fake, rng.choice(("rural", "mkr", "caps", "nodots")))),
    # --- PHONE
    _f("phone-patient", "PHONE_NUMBER",
       ("Контактный телефон пациента: {}", "тел. для уведомления о поступлении препарата {}", "Телефон заказчика {}",
        "т. {} (дочь)", "Звонить по номеру {} после 17:00"),
       lambda rng, fake, case: g.phone(rng)),
    _f("phone-landline", "PHONE_NUMBER",
       ("Дом. тел. {}", "Факс: {}", "тел./факс {}", "Телефон: {} (домашний)"),
       lambda rng, fake, case: g.phone(rng, ("8 (AAAA) BB-CC-DD", "(AAA) BBB-CC-DD", "8-AAA-BBB-CC-DD", "BB-CC-DD",
                                             "+7 (AAA) BBB CC DD"))),
    # --- EMAIL / URL
    _f("email", "EMAIL_ADDRESS",
       ("Ответ на обращение прошу направить на e-mail: {}", "эл. почта заявителя {}", "Email: {}",
        "Чек направлен на адрес {}", "адрес электронной почты для справки в ФНС — {}"),
       lambda rng, fake, case: g.email(rng, fake)),
    _f("url", "URL",
       ("Проверить рецепт можно по ссылке {}", "Скан согласия: {}", "Ссылка на документ: {}",
        "Статус заявки ДМС: {}", "QR-код ведёт на {}"),
       lambda rng, fake, case: g.url(rng, fake)),
    # --- identifiers
    _f("snils-rx", "RU_SNILS",
       ("СНИЛС {}", "Страховой номер индивидуального лицевого счёта: {}", "снилс: {}", "СНИЛС получателя — {}",
        "№ СНИЛС {}"),
       lambda rng, fake, case: g.snils(rng)),
    _f("inn-taxpayer", "RU_INN",
       ("ИНН налогоплательщика {}", "ИНН пациента: {}", "инн {}", "ИНН заказчика (при наличии) {}",
        "ИНН физ. лица: {}"),
       lambda rng, fake, case: g.inn(rng, rng.choice(("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXX XXXXXX XX", "XX XX XXXXXX XX")))),
    _f("passport", "RU_PASSPORT",
       ("Паспорт: серия и номер {}", "документ, удостоверяющий личность: паспорт {}",
        "Паспорт гражданина РФ {}, выдан ГУ МВД", "паспорт {} выдан отделом УФМС", "Серия, номер паспорта: {}"),
       lambda rng, fake, case: g.passport(rng)),
    _f("oms", "RU_OMS_POLICY",
       ("Полис ОМС {}", "Номер полиса обязательного медицинского страхования: {}", "ЕНП {}", "полис {}",
        "Полис ОМС (серия, номер): {}"),
       lambda rng, fake, case: g.enp(rng) if rng.random() < 0.8 else g.oms_old(rng)),
    _f("rx-number", "MEDICAL_RECORD_NUMBER",
       ("Рецепт № {}", "Номер рецепта {}", "Рецепт серия 45-24 № {}", "по рецепту №{} отпущено 2 уп.",
        "РЕЦЕПТ N {}"),
       lambda rng, fake, case: g.rx_number(rng)),
    _f("card-number", "MEDICAL_RECORD_NUMBER",
       ("№ медицинской карты пациента, получающего помощь амбулаторно: {}", "Амб. карта {}", "Мед. карта №{}",
        "номер истории болезни {}", "№ карты {}"),
       lambda rng, fake, case: g.card(rng)),
    _f("eln", "MEDICAL_RECORD_NUMBER",
       ("ЭЛН № {}", "Листок нетрудоспособности {}", "Номер ЭЛН: {}", "л/н {} закрыт", "продлён ЛН {}"),
       lambda rng, fake, case: g.eln(rng)),
    _f("dms-policy", "MEDICAL_RECORD_NUMBER",
       ("Полис ДМС № {}", "Номер полиса добровольного медицинского страхования {}", "ДМС {}",
        "Застрахованный по договору ДМС, полис {}"),
       lambda rng, fake, case: g.dms_policy(rng)),
    _f("contract-number", "MEDICAL_RECORD_NUMBER",
       ("Договор № {} на оказание платных медицинских услуг", "Гарантийное письмо № {}", "Справка об оплате № {}",
        "Обращение зарегистрировано за № {}", "по договору {}"),
       lambda rng, fake, case: g.doc_no(rng)),
    _f("court-case", "MEDICAL_RECORD_NUMBER",
       ("по гражданскому делу № {}", "В производстве суда находится дело № {}", "Дело №{} по иску о возмещении вреда",
        "(дело {})"),
       lambda rng, fake, case: g.court_case(rng)),
    _f("foreign-ids", "MEDICAL_RECORD_NUMBER",
       ("Миграционная карта {}", "Паспорт иностранного гражданина {}", "Вид на жительство № {}",
        "Свидетельство о рождении {}", "Водительское удостоверение {}"),
       lambda rng, fake, case: rng.choice((f"{rng.randrange(10, 99)} {g.d(rng, 2)} {g.d(rng, 7)}",
                                           f"AA{g.d(rng, 7)}", f"FA{g.d(rng, 7)}", f"82{g.d(rng, 2)} {g.d(rng, 7)}",
                                           f"II-АК {g.d(rng, 6)}", f"{g.d(rng, 2)} {g.d(rng, 2)} {g.d(rng, 6)}"))),
    _f("lab-sample", "MEDICAL_RECORD_NUMBER",
       ("Направление на анализ № {}", "Штрихкод пробирки {}", "№ образца {}", "Заявка ЛИС {}"),
       lambda rng, fake, case: g.lab_id(rng)),
]
