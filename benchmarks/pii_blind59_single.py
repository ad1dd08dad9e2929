"""Blind split 59, single-value families: one value in a line of a case report, slide, logbook or e-mail."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind59_common import (
    birth_mk,
    date_mk,
    digits,
    email_value,
    enp_value,
    inn_value,
    new_person,
    passport_value,
    person_mk,
    phone_value,
    snils_value,
    street_addr,
    town,
    town_case,
    translit,
    village,
)
from benchmarks.pii_families import HELDOUT, Family


def _choice(*makers: Any) -> Any:
    return lambda rng, fake, case: rng.choice(makers)(rng, fake, case)


def _phone(*layouts: str, mobile: bool = True) -> Any:
    return lambda rng, fake, case: phone_value(rng, rng.choice(layouts), mobile)


def _email(rng: random.Random, fake: Any, case: str) -> str:
    return email_value(rng, new_person(fake, rng))


def _place(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((town_case(fake, case), "г. " + town_case(fake, case), "с. " + village(rng),
                       "пос. " + village(rng), "д. " + village(rng)))


def _addr_part(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((street_addr(fake, rng), f"г. {town(fake)}, {street_addr(fake, rng)}",
                       f"{fake.administrative_unit()}, {village(rng)}", f"{town(fake)}, мкр. {fake.street_title()}"))


def _url(rng: random.Random, fake: Any, case: str) -> str:
    p = new_person(fake, rng)
    return rng.choice((f"https://pacs.{fake.domain_name()}/viewer?StudyUID=1.2.643.5.1.13.{digits(rng, 8)}.{digits(rng, 6)}",
                       f"https://disk.yandex.ru/d/{fake.pystr(10, 14)}", f"vk.com/{translit(p.last)}{rng.randrange(80, 99)}",
                       f"https://cloud.mail.ru/public/{fake.pystr(4, 4)}/{fake.pystr(9, 9)}",
                       f"https://elibrary.ru/author_profile.asp?id={digits(rng, 6, True)}",
                       f"http://{translit(p.last)}-{translit(p.first)}.ru", f"t.me/dr_{translit(p.last)}",
                       f"https://teachingfile.{fake.domain_name()}/case/{digits(rng, 5, True)}"))


def _mrn(*layouts: str) -> Any:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        it = (str(rng.randrange(10)) for _ in range(40))
        out = rng.choice(layouts).replace("YY", str(rng.randrange(19, 26)))
        return "".join((str(rng.randrange(1, 10)) if ch == "N" else next(it)) if ch in "XN" else ch for ch in out)

    return make


def _snils(*layouts: str) -> Any:
    return lambda rng, fake, case: snils_value(rng, rng.choice(layouts))


def _inn(rng: random.Random, fake: Any, case: str) -> str:
    return inn_value(rng, 12 if rng.random() < 0.8 else 10)


def _enp(*layouts: str) -> Any:
    return lambda rng, fake, case: enp_value(rng, rng.choice(layouts))


def _oms_old(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((f"{digits(rng, 6, True)} {digits(rng, 8, True)}", f"серия {digits(rng, 4, True)} № {digits(rng, 8)}",
                       f"{rng.choice(('ВС', 'ЯЛ', 'РХ', 'МО'))} {digits(rng, 9, True)}"))


def _passport(*layouts: str) -> Any:
    return lambda rng, fake, case: passport_value(rng, rng.choice(layouts))


F = HELDOUT
FAMILIES: list[Family] = [
    # --- PERSON: authors, patients slipped into teaching text, teachers
    Family("b59-caption-patient", "PERSON", F,
           ("Рис. 3. МСКТ органов грудной клетки пац. {gent}, аксиальный срез.",
            "Рисунок 2 — Фото кожных покровов (пациент(ка) {}, с согласия).",
            "Fig. 1. Пац. {}, 54 года: рентгенограмма до операции.",
            "Слайд 7. Пациент {}: динамика через 6 мес."),
           person_mk("F io", "F", "F i_o", "ini", "FU")),
    Family("b59-logbook-patient", "PERSON", F,
           ("Курировал(а) {accs}, 67 лет, ИБС.", "Самостоятельно провела осмотр пац. {gent} под контролем.",
            "Присутствовал на операции у {gent} (лапароскопическая холецистэктомия).",
            "Перевязка: б-ной {} — рана чистая.", "Беседа с {ablt} о подготовке к ФКС."),
           person_mk("F", "F io", "F I O", "fl", "F i")),
    Family("b59-supervisor", "PERSON", F,
           ("Руководитель практики от МО: {}", "Подпись непосредственного руководителя ____ {}",
            "Отзыв составлен {ablt}, доцентом кафедры.", "Куратор ординатора — {}.",
            "Разбор провёл {}, к.м.н.", "Согласовано с {ablt} (зав. кафедрой)."),
           person_mk("F io", "io F", "F I O", "i_o F", "F i_o")),
    Family("b59-authors-line", "PERSON", F,
           ("Авторы: {} (ORCID не указан), Кафедра госпитальной терапии.",
            "Корреспондирующий автор: {}", "Благодарим {accs} за предоставленные снимки.",
            "Доклад {gent} признан лучшим на секции.", "Рецензент {} рекомендует доработку."),
           person_mk("F I O", "F i_o", "I O F", "F io", "I F")),
    Family("b59-relative", "PERSON", F,
           ("Анамнез собран со слов {gent} (родитель): болеет с 3 лет.", "Согласие на публикацию подписал законный представитель пациента — {}.",
            "Законный представитель — {}.", "Информация о смерти получена от {gent} (супруг(а))."),
           person_mk("F I O", "I O", "F io", "F I")),
    Family("b59-mm-case", "PERSON", F,
           ("Случай летального исхода: {}, 71 г., ОНМК.", "Разбор летального случая ({}) на ЛКК.",
            "ВСКРЫТИЕ: {}", "Умерш. {}, ист. б. указана в протоколе."),
           person_mk("F I O", "FU IU OU", "F io", "FU io")),
    # --- PHONE
    Family("b59-author-phone", "PHONE_NUMBER", F,
           ("Контактный телефон автора: {}", "Тел. для связи с автором {} (моб.)", "моб. {}, Viber/Telegram",
            "Ответственный за переписку: тел. {}."),
           _phone("+7 (AAA) BBB-CC-DD", "8-AAA-BBB-CC-DD", "+7AAABBBCCDD", "8 AAA BBB CC DD", "+7 AAA BBB-CC-DD")),
    Family("b59-student-phone", "PHONE_NUMBER", F,
           ("Студент(ка) гр. 412, тел.: {}", "Староста группы — {}", "Ординатор, сот. {}",
            "Телефон пациентки для катамнеза: {}."),
           _phone("8AAABBBCCDD", "8(AAA)BBB-CC-DD", "+7(AAA)BBB-CCDD", "8 AAA BBBCCDD", "+7 AAA BBB CC DD")),
    Family("b59-patient-phone", "PHONE_NUMBER", F,
           ("Для контрольного осмотра через год связаться: {} (мать).", "Телефон пациента {} — указать в согласии.",
            "дом. {}", "Катамнез по телефону {}: жалоб нет."),
           _phone("8 (AAA) BB-CC-DD", "8 (AAA) BBB-CC-DD", "BB-CC-DD", "+7 AAA BBB-CCDD", mobile=False)),
    # --- EMAIL
    Family("b59-email-author", "EMAIL_ADDRESS", F,
           ("Адрес для переписки: {}", "E-mail: {}", "✉ {}", "Автор для корреспонденции ({})",
            "Вопросы по кейсу присылайте на {}"),
           _email),
    Family("b59-email-student", "EMAIL_ADDRESS", F,
           ("Дневник отправлен на почту {} 15.06.", "почта: {}", "Презентацию скину на {}, проверьте.",
            "Reply-To: {}"),
           _email),
    Family("b59-email-reviewer", "EMAIL_ADDRESS", F,
           ("Рецензент (контакт редакции: {}) просит пояснить.", "<{}>", "mailto:{}", "адрес рецензента {};"),
           _email),
    # --- URL
    Family("b59-url-case", "URL", F,
           ("Исходные изображения: {}", "Ссылка на DICOM-архив случая: {}", "Видео операции: {} (доступ по ссылке)",
            "QR-код на постере ведёт на {}"),
           _url),
    Family("b59-url-author", "URL", F,
           ("Страница автора: {}", "Профиль: {}", "Подробнее о разборе — {}", "Материалы доклада: {}"), _url),
    Family("b59-url-extra", "URL", F,
           ("Фото пациента до лечения: {}.", "Архив снимков: {} пароль в личку", "См. {}"), _url),
    # --- DATE_TIME
    Family("b59-date-events", "DATE_TIME", F,
           ("Поступила в стационар {} в тяжёлом состоянии.", "Операция выполнена {}.", "Выписан {} на амбулаторное лечение.",
            "Смерть констатирована {}.", "Дата курации: {}"),
           date_mk("dd.mm.yyyy", "d MG yyyy г.", "dd.mm.yy", "dd.mm.yyyy в HH:MI", "HH:MI dd.mm.yyyy", "d.m.yyyy")),
    Family("b59-date-partial", "DATE_TIME", F,
           ("Впервые симптомы появились {}.", "Ухудшение — {}.", "Повторная госпитализация {}.",
            "Анамнез: ОИМ {}."),
           date_mk("в ML yyyy г.", "Mc yyyy", "MN yyyy", "mm.yyyy", "весной yyyy г.", "в yyyy году", "в конце MG yyyy")),
    Family("b59-date-birth", "DATE_TIME", F,
           ("Пациентка П., {} г.р., обратилась с жалобами.", "Больной К., {} года рождения.", "Д.р.: {}",
            "Мужчина ({} г. р.)", "Родилась {}."),
           birth_mk("yyyy", "dd.mm.yyyy", "yyyy", "d MG yyyy", "dd.mm.yy")),
    Family("b59-date-day", "DATE_TIME", F,
           ("На 3-и сутки после операции — лихорадка; осмотр {}.",
            "Дежурство {} с 8:00 до 8:00.", "Курация {}, палата 5.", "Ночь на {}: гипотония."),
           date_mk("d MG", "dd.mm", "d-го MG", "dd.mm.yyyy")),
    # --- LOCATION
    Family("b59-place-origin", "LOCATION", F,
           ("Пациентка из {gent}, доставлена санавиацией.", "Житель {gent}, работает механизатором.",
            "Проживает в {loct}, контакт с животными отрицает.", "Переведён из ЦРБ {gent}."),
           _place),
    Family("b59-place-birth", "LOCATION", F,
           ("Место рождения: {}.", "Уроженка {gent}.", "Родился в {loct}.", "Место работы: ферма, {}."),
           _place),
    Family("b59-address-part", "LOCATION", F,
           ("Адрес: {} (в статье не указывать!)", "прожив.: {}", "Место проживания пациента: {}",
            "Отравление произошло по адресу {}."),
           _addr_part),
    # --- identifiers
    Family("b59-snils", "RU_SNILS", F,
           ("СНИЛС пациента: {}", "Страх. номер ИЛС {}", "СНИЛС обучающегося {}", "снилс: {}"),
           _snils("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX")),
    Family("b59-snils-form", "RU_SNILS", F,
           ("Сведения об ординаторе: СНИЛС {}, гражданство РФ.", "№ СНИЛС {} (для зачисления)",
            "[СНИЛС] {}", "СНИЛС — {}."),
           _snils("XXX-XXX-XXX XX", "XXXXXXXXX XX", "XXX-XXX-XXXXX")),
    Family("b59-inn", "RU_INN", F,
           ("ИНН автора (для договора о гонораре): {}", "ИНН физ. лица {}", "инн {}", "ИНН рецензента: {}."),
           _inn),
    Family("b59-inn-form", "RU_INN", F,
           ("Реквизиты: ИНН {}, паспорт см. выше.", "ИНН: {} (самозанятый)", "ИНН пациента {}"),
           _inn),
    Family("b59-passport", "RU_PASSPORT", F,
           ("Паспорт: {}", "паспорт серия {}", "Документ, удостоверяющий личность: паспорт РФ {}",
            "Паспортные данные: {}, выдан ТП УФМС."),
           _passport("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX", "XX XX № XXXXXX")),
    Family("b59-passport-form", "RU_PASSPORT", F,
           ("Серия и номер паспорта {}", "(паспорт {})", "паспорт {} выдан отделом УФМС"),
           _passport("XXXXXXXXXX", "XX XX XXXXXX", "XXXX-XXXXXX")),
    Family("b59-oms", "RU_OMS_POLICY", F,
           ("Полис ОМС: {}", "ЕНП {}", "Полис {} (ТФОМС)", "полис омс {}"),
           _enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX")),
    Family("b59-oms-old", "RU_OMS_POLICY", F,
           ("Полис старого образца: {}", "Полис ОМС {} (старый)", "Страховой полис {}"),
           _choice(_oms_old, _enp("XXXXXXXXXXXXXXXX"))),
    Family("b59-oms-enp", "RU_OMS_POLICY", F,
           ("Единый номер полиса: {}", "ЕНП: {}.", "№ полиса {}"),
           _enp("XXXXXXXXXXXXXXXX", "XXXXXXXX XXXXXXXX")),
    # --- MEDICAL_RECORD_NUMBER
    Family("b59-mrn-caption", "MEDICAL_RECORD_NUMBER", F,
           ("Рис. 4. КТ, исследование № {}.", "Источник: архив отделения, и/б № {}.", "Слайд 12 | ИБ {} | кафедра хирургии",
            "(история болезни № {})"),
           _mrn("NXXXX/YY", "NXXXXX", "NXXX-YY", "ИБ-20YY-XXXXX")),
    Family("b59-mrn-logbook", "MEDICAL_RECORD_NUMBER", F,
           ("Курируемый больной: и.б. № {}.", "Амб. карта {}", "№ мед. карты стационарного больного {}",
            "МКСБ {}", "EMK ID: {}"),
           _mrn("NXXXXX", "NXXXX/YY", "NXXXXXXXX", "МК-NXXXXX", "20YY/NXXX")),
    Family("b59-mrn-dicom", "MEDICAL_RECORD_NUMBER", F,
           ("Accession Number: {}", "PatientID: {}", "Study ID {}", "Номер исследования в PACS: {}"),
           _mrn("NXXXXXXXX", "RXNXXXXXX", "CTNXXXXXX", "20YYNXXXXXX", "MR-NXXXXX")),
    Family("b59-mrn-other", "MEDICAL_RECORD_NUMBER", F,
           ("Протокол патологоанатомического вскрытия № {}.", "ЛН № {}", "Направление на госпитализацию № {}",
            "Биопсия № {} (гистология)", "Образец {}"),
           _mrn("NXX", "NXXXXXXXXXXX", "NXXXX/YY", "NXXXX-YY", "Б-NXXXX")),
]
