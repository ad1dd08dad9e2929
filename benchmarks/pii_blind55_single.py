"""One-value families of blind split 55: the sentence or field a complaint, an insurer's act, a court request,
a consent form or a ВК protocol puts around a single value."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind55_gen import (
    addr,
    dt,
    enp,
    fio,
    inn,
    link,
    mail,
    mrn,
    old_policy,
    passport,
    snils,
    tel,
    town,
)
from benchmarks.pii_families import HELDOUT, Family


def _fio(*shapes: str):
    return lambda rng, fake, case: fio(rng, fake, case, shapes)


def _dt(*layouts: str, start: str = "-6y"):
    return lambda rng, fake, case: dt(rng, fake, layouts, start)


def _mrn(kind: str):
    return lambda rng, fake, case: mrn(rng, kind)


def _ocr(value: str, rng: random.Random) -> str:
    """A scanned copy: O for 0, l for 1, З for 3 in one place."""
    swaps = {"0": "О", "1": "l", "3": "З", "8": "В"}
    spots = [i for i, ch in enumerate(value) if ch in swaps]
    if not spots:
        return value
    i = rng.choice(spots)
    return value[:i] + swaps[value[i]] + value[i + 1 :]


def _place(rng: random.Random, fake: Any, case: str) -> str:
    t = town(fake, case)
    return rng.choice((t, f"г. {town(fake)}", f"с. {town(fake)} {rng.choice(('Бугульминского', 'Ишимбайского', 'Кизлярского', 'Мегино-Кангаласского'))} района",
                       f"пгт {town(fake)}"))


P = "PERSON"
D = "DATE_TIME"
L = "LOCATION"
M = "MEDICAL_RECORD_NUMBER"

SINGLE_FAMILIES: list[Family] = [
    # ----- PERSON
    Family("b55-complaint-from", P, HELDOUT,
           ("Главному врачу ГБУЗ «ГКБ № 4»\nот {gent}\n", "Жалоба\nЗаявитель: {}\n", "В адрес учреждения поступило обращение {gent} от ",
            "Обращение гр. {gent} рассмотрено, доводы частично подтвердились.", "я, {}, прошу разобраться"),
           _fio("F I O", "F I O", "F io", "^F I O", "F i o")),
    Family("b55-reply-greeting", P, HELDOUT,
           ("Уважаемый(ая) {}!\nНа Ваше обращение сообщаем следующее.", "Уважаемый(-ая) {}!", "Уважаемый(ая) {}, по результатам проверки",
            "Ответ направлен {datv} заказным письмом.", "Копия ответа — {datv}, адвокату заявителя."),
           _fio("I O", "I O", "F I O", "F io")),
    Family("b55-vk-members", P, HELDOUT,
           ("Председатель ВК: зам. гл. врача по КЭР {}", "Члены комиссии: зав. отделением {}", "Секретарь ВК — {}.",
            "Протокол подписали: {} (председатель)", "Докладчик: лечащий врач {}."),
           _fio("F io", "F i o", "io F", "F I O")),
    Family("b55-insurer-expert", P, HELDOUT,
           ("Эксперт качества медицинской помощи {} (код эксперта в реестре 0412)", "Специалист-эксперт: {}",
            "Экспертиза проведена {ablt}, врачом-терапевтом высшей категории.", "Акт составлен специалистом СМО {ablt}."),
           _fio("F io", "F I O", "io F")),
    Family("b55-consent-signer", P, HELDOUT,
           ("Я, {}, ознакомлен(а) с планом обследования", "Пациент (законный представитель): {} ______ /подпись/",
            "Согласие получено врачом {ablt} после беседы.", "Отказ от гемотрансфузии подписан {ablt} в присутствии",
            "Я, нижеподписавшийся {}, отказываюсь от госпитализации"),
           _fio("F I O", "F I O", "F io", "F i o")),
    Family("b55-representative", P, HELDOUT,
           ("действующий в интересах несовершеннолетнего {gent}", "от имени доверителя {gent} по доверенности",
            "Адвокат {} (ордер № 118) просит", "законный представитель — мать {}", "опекун {}, распоряжение органа опеки"),
           _fio("F I O", "F io", "I O F", "F I O")),
    Family("b55-court-police", P, HELDOUT,
           ("Судья {} направляет запрос", "Следователь СО ОМВД ст. лейтенант юстиции {} просит предоставить",
            "по уголовному делу в отношении {gent}", "по иску {gent} к ГБУЗ «ЦРБ»", "Ст. УУП {} (тел. дежурной части)"),
           _fio("F io", "F I O", "io F", "F i o")),
    Family("b55-incident-staff", P, HELDOUT,
           ("Нежелательное событие выявлено м/с {}", "Объяснительная от процедурной медсестры {gent}",
            "Ответственный за нарушение: {}, врач-анестезиолог", "Служебная проверка поручена {datv}.",
            "падение пациента {gent} в палате"),
           _fio("F io", "F I O", "F i o", "I F")),
    Family("b55-lowercase-hurry", P, HELDOUT,
           ("жалоба от пациентки {} по телефону горячей линии", "со слов {gent} грубость персонала",
            "звонила {} - недовольна записью", "передать {datv} ответ до пятницы"),
           lambda rng, fake, case: fio(rng, fake, case, ("F I O", "F I", "F")).lower()
           if rng.random() < 0.5 else fio(rng, fake, case, ("F I", "F io"))),
    # ----- DATE_TIME
    Family("b55-date-appeal", D, HELDOUT,
           ("Обращение от {} вх. № ", "На Ваше обращение от {} сообщаем", "Жалоба поступила {} по электронной почте.",
            "Дата регистрации обращения: {}"),
           _dt("dd.mm.yyyy", "dd.mm.yyyy г.", "d MG yyyy г.", "«dd» MG yyyy г.", "dd.mm.yy")),
    Family("b55-date-care-event", D, HELDOUT,
           ("Госпитализирован {} по экстренным показаниям.", "в период с {} находился на лечении",
            "оперирована {} (лапароскопическая холецистэктомия)", "Летальный исход наступил {}.",
            "выписан {} в удовлетворительном состоянии"),
           _dt("dd.mm.yyyy", "dd.mm.yyyy HH:MI", "dd.mm.yyyy в HH:MI", "d MG yyyy г.", "dd.mm.yy", "d MG yyyy года")),
    Family("b55-date-birth", D, HELDOUT,
           ("Застрахованное лицо, {} г.р.", "дата рождения: {}", "Пациент ({} года рождения)", "Д/р: {}", "родился(ась) {}"),
           _dt("dd.mm.yyyy", "yyyy", "dd.mm.yyyy", "d MG yyyy", "yyyy-mm-dd", start="-90y")),
    Family("b55-date-partial", D, HELDOUT,
           ("Наблюдается в поликлинике с {}.", "Лечился в стационаре в {}.", "Отказ от вакцинации оформлен {}.",
            "обращалась повторно {}"),
           _dt("MN yyyy г.", "mm.yyyy", "yyyy г.", "MG yyyy года", "dd.mm")),
    Family("b55-date-consent", D, HELDOUT,
           ("Дата подписания согласия: {}", "«__» ______ подпись; дата {}", "Согласие дано {} и действует до отзыва.",
            "Время и дата отказа: {}"),
           _dt("dd.mm.yyyy", "dd.mm.yyyy HH:MI", "HH:MI dd.mm.yyyy", "dd/mm/yyyy", "d.mm.yyyy")),
    Family("b55-date-expertise", D, HELDOUT,
           ("Период лечения: {}", "Дата оказания медпомощи {}", "Случай закончен {} (реестр за март)",
            "дата поступления в МО — {}"),
           _dt("dd.mm.yyyy", "yyyy-mm-dd", "dd.mm.yyyy HH:MI", "dd.mm.yy")),
    # ----- LOCATION
    Family("b55-address-complainant", L, HELDOUT,
           ("Адрес для ответа: {}", "проживающей по адресу: {}, ", "Почтовый адрес заявителя — {}\n", "адрес регистрации {};"),
           lambda rng, fake, case: addr(rng, fake)),
    Family("b55-place-case", L, HELDOUT,
           ("Доставлен бригадой СМП из {gent}.", "Проживает в {loct}, к участковому не прикреплен.",
            "Направлен на госпитализацию из ЦРБ {gent}.", "ранее лечилась в {loct}"),
           _place),
    Family("b55-address-ocr", L, HELDOUT,
           ("Адрес: {}", "Место жительства {}", "Зарегистрирован: {}."),
           lambda rng, fake, case: _ocr(addr(rng, fake), rng)),
    Family("b55-workplace", L, HELDOUT,
           ("Место работы: {}", "Работает по адресу {}, сторожем", "Адрес места работы — {}."),
           lambda rng, fake, case: rng.choice((f"г. {town(fake)}, {fake.street_title()} ул., {rng.randrange(1, 90)}",
                                               f"{town(fake)}, промзона «{fake.street_title()}», стр. {rng.randrange(1, 9)}",
                                               f"ул. {fake.street_title()}, {rng.randrange(1, 90)}, оф. {rng.randrange(1, 400)}"))),
    # ----- PHONE
    Family("b55-phone-complainant", "PHONE_NUMBER", HELDOUT,
           ("Контактный телефон заявителя: {}", "прошу перезвонить по номеру {}", "тел. для связи {} (сын)",
            "Номер, с которого звонили на горячую линию: {}"),
           lambda rng, fake, case: tel(rng)),
    Family("b55-phone-officials", "PHONE_NUMBER", HELDOUT,
           ("Исполнитель: тел. {}", "Справки по тел.: {}", "тел./факс {}", "Дежурная часть ОМВД: {}"),
           lambda rng, fake, case: tel(rng, mobile=False)),
    # ----- EMAIL, URL
    Family("b55-email", "EMAIL_ADDRESS", HELDOUT,
           ("Ответ прошу направить на электронную почту {}", "e-mail заявителя: {}", "эл. адрес: {};",
            "Копия направлена представителю на {}"),
           lambda rng, fake, case: mail(rng, fake)),
    Family("b55-url", "URL", HELDOUT,
           ("Фото выписки выложены по ссылке {}", "Страница заявителя: {}", "видеозапись приема доступна: {}",
            "отзыв опубликован по адресу {}"),
           lambda rng, fake, case: link(rng, fake)),
    # ----- RU_SNILS
    Family("b55-snils", "RU_SNILS", HELDOUT,
           ("СНИЛС застрахованного: {}", "страховой номер индивидуального лицевого счета {}", "снилс {}",
            "СНИЛС эксперта {}"),
           lambda rng, fake, case: snils(rng, ("XXX-XXX-XXX XX", "XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX XXX XXX XX"))),
    Family("b55-snils-ocr", "RU_SNILS", HELDOUT,
           ("CHИЛС: {}", "СНИЛС № {}", "Страх. свид. {}"),
           lambda rng, fake, case: snils(rng, ("XXX-XXX-XXX-XX", "XXX-XXX-XXXXX", "XXX.XXX.XXX XX", "XXX-XXX-XXX  XX"))),
    # ----- RU_INN
    Family("b55-inn", "RU_INN", HELDOUT,
           ("ИНН заявителя {}", "ИНН: {}", "(ИНН {})", "ИНН налогоплательщика (для налогового вычета): {}"),
           lambda rng, fake, case: inn(rng, 12)),
    Family("b55-inn-org", "RU_INN", HELDOUT,
           ("СМО ООО «Капитал МС», ИНН {}", "ИНН/КПП {}/770501001", "ИНН адвоката {}", "ИНН организации-работодателя: {}"),
           lambda rng, fake, case: inn(rng, rng.choice((10, 12)))),
    # ----- RU_PASSPORT
    Family("b55-passport-terse", "RU_PASSPORT", HELDOUT,
           ("(паспорт {})", "п/п {}", "Паспорт: {} выд. ТП УФМС", "документ: {} (паспорт РФ)", "ПАСПОРТ {}"),
           lambda rng, fake, case: passport(rng)),
    Family("b55-passport", "RU_PASSPORT", HELDOUT,
           ("паспорт {}, выдан ОУФМС", "Документ, удостоверяющий личность: паспорт РФ {}", "паспорт гражданина РФ серия и номер {}",
            "личность установлена по паспорту {}"),
           lambda rng, fake, case: passport(rng)),
    # ----- RU_OMS_POLICY
    Family("b55-enp", "RU_OMS_POLICY", HELDOUT,
           ("ЕНП {}", "Полис ОМС единого образца № {}", "номер полиса обязательного медицинского страхования {}",
            "полис {}, СМО «СОГАЗ-Мед»"),
           lambda rng, fake, case: enp(rng)),
    Family("b55-old-policy", "RU_OMS_POLICY", HELDOUT,
           ("Полис ОМС старого образца: {}", "полис серия {}", "Страховой полис {} (выдан до 2011 г.)"),
           lambda rng, fake, case: old_policy(rng)),
    # ----- MEDICAL_RECORD_NUMBER
    Family("b55-mrn-case-history", M, HELDOUT,
           ("Медицинская карта стационарного больного № {}", "копия истории болезни № {} на 48 листах", "ИБ №{}",
            "по карте стационарного больного {}"),
           _mrn("ib")),
    Family("b55-mrn-outpatient", M, HELDOUT,
           ("Медицинская карта пациента, получающего помощь в амбулаторных условиях, № {}", "амб. карта {}",
            "Ф. 025/у № {}", "карта № {} выдана на руки"),
           _mrn("amb")),
    Family("b55-mrn-eln", M, HELDOUT,
           ("ЭЛН № {}", "листок нетрудоспособности {} продлен ВК", "номер ЭЛН: {}", "б/л {} закрыт"),
           _mrn("eln")),
    Family("b55-mrn-emk", M, HELDOUT,
           ("ID пациента в МИС: {}", "Идентификатор ЭМК {}", "pid={}", "Номер пациента в РМИС {}"),
           _mrn("emk")),
    Family("b55-mrn-register", M, HELDOUT,
           ("номер записи в реестре счетов {}", "Акт МЭЭ № {}", "акт экспертизы качества № {}", "Номер случая (IDCASE) {}"),
           _mrn("act")),
    Family("b55-mrn-appeal-reg", M, HELDOUT,
           ("Обращение зарегистрировано за № {}", "вх. № {}", "ответ на обращение № {}", "номер талона обращения {}"),
           _mrn("ref")),
    Family("b55-mrn-foreign-doc", M, HELDOUT,
           ("Паспорт гражданина Республики Узбекистан {}", "национальный паспорт Таджикистана № {}",
            "паспорт иностранного гражданина: {}", "загранпаспорт {}"),
           _mrn("foreign")),
    Family("b55-mrn-birth-cert", M, HELDOUT,
           ("Свидетельство о рождении ребенка {}", "св-во о рожд. {}", "свидетельство о рождении: серия {}",
            "документ законного представителя — свидетельство о рождении {}"),
           _mrn("cert")),
    Family("b55-mrn-sample-rx", M, HELDOUT,
           ("при заборе крови пробирка со штрихкодом {} промаркирована неверно", "образец № {} утерян лабораторией",
            "направление на госпитализацию № {}", "рецепт на льготный препарат № {} не обеспечен аптекой"),
           lambda rng, fake, case: mrn(rng, rng.choice(("lab", "lab", "rx")))),
]
