"""Single-value families of split 60, part 2: places, SNILS, INN, passports, OMS policies and record numbers."""

from __future__ import annotations

from benchmarks.pii_blind60_gen import addr_val, digits_val, inn_val, oms_val, passport_val, snils_val
from benchmarks.pii_families import HELDOUT, Family

L, S, INN, PS, OMS, M = "LOCATION", "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"

FAMILIES_B: list[Family] = [
    # ----- LOCATION
    Family("b60-addr-running", L, HELDOUT, (
        "Проживает по адресу {}, 3 этаж без лифта.",
        "Вызов на адрес: {}, подъезд 2, код домофона 45К.",
        "Прописан {}, фактически живет у дочери.",
        "Доставлен с улицы, найден около дома по {} в 2 ч ночи.",
        "адр {} (со слов соседей)"),
        addr_val("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, ул. {S} {N}-{Q}", "ул. {S}, д. {N}, кв. {Q}",
                 "{T} ул {S} д {N} кв {Q}", "{R}, {T}, {S} ул., {N}, кв. {Q}", "{P}, г. {T}, ул. {S}, {N}/{K}")),
    Family("b60-addr-village", L, HELDOUT, (
        "Жительница {}, доставлена санавиацией.",
        "Проживает: {}, до ЦРБ 40 км.",
        "Зарегистрирован {}, работает вахтой.",
        "Направлен ФАП {} с д-зом J18.9."),
        addr_val("{V}", "{RV}, {V}, ул. {S}, {N}", "{V}, ул. {S}, д. {N}", "{V} ул {S} {N}")),
    Family("b60-place-born-worked", L, HELDOUT, (
        "Родился в {loct}, в Россию переехал 5 лет назад.",
        "Уроженка {gent}, гражданка РФ.",
        "Прибыл из {gent} 2 недели назад, контакт с туберкулезными больными отрицает.",
        "Работает в {loct} на стройке, водитель.",
        "Место рождения — {}."),
        addr_val("{Ac}", "г. {A}", "{Ac}", "г. {A} ({C})", "{Tc}")),
    Family("b60-addr-labels-after", L, HELDOUT, (
        "{} — адрес регистрации совпадает с фактическим.",
        "{} (адрес проживания, частный дом, печное отопление).",
        "Эпид. окружение: {} — очаг, 4 контактных.",
        "{} - место вызова"),
        addr_val("г. {T}, ул. {S}, {N}-{Q}", "{T}, {S}, {N}, {Q}", "ул. {S}, {N}, кв. {Q}, г. {T}",
                 "{V}, {S} {N}", "{T}, мкр. {S}, д. {N} корп. {K}")),
    Family("b60-addr-split-line", L, HELDOUT, (
        "Адрес: {}\nтел. нет",
        "МЕСТО ЖИТЕЛЬСТВА: {}",
        "Фактический адрес {}; отопление есть"),
        addr_val("г. {T},\nул. {S}, д. {N}, кв. {Q}", "{R}, г. {T}, ул. {S},\nд. {N}", "{R}, {T}, {S} {N}",
                 "{P},\n{T}, {S}, {N}, кв. {Q}")),
    Family("b60-place-town-case", L, HELDOUT, (
        "Живет в {loct}, к нам приехал на консультацию.",
        "Проходил лечение в ЦРБ {gent}, выписан без улучшения.",
        "Переведен из {gent} санавиацией.",
        "С мужем проживает в {loct}, дети отдельно."),
        addr_val("{Tc}", "г. {T}", "{V}", "{Tc}")),
    # ----- RU_SNILS
    Family("b60-snils-running", S, HELDOUT, (
        "СНИЛС пациента {}, инвалидность 2 гр. бессрочно.",
        "Страх. свид. {} — копия в деле.",
        "снилс {} полис не предъявлен",
        "При выписке ЭЛН оформлен на СНИЛС {}.",
        "СНИЛС: {} (проверен в ФРЛ)"),
        snils_val("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX", "XXX-XXX-XXXXX")),
    Family("b60-snils-no-label", S, HELDOUT, (
        "{} — страховой номер ИЛС, уточнен по ЕГИСЗ.",
        "Льготник (ДЛО), {} , кат. 081.",
        "ИЛС {}",
        "(СНИЛС {}) 3 рецепта выписано"),
        snils_val("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX")),
    Family("b60-snils-hurried", S, HELDOUT, (
        "снилс{} нет паспорта",
        "СНИЛС- {}",
        "cнилс {} уточнить у родственников",
        "СНИЛС №{}"),
        snils_val("XXXXXXXXXXX", "XXX-XXX-XXX XX", "XXX XXX XXX-XX", "XXX-XXX-XXXXX")),
    # ----- RU_INN
    Family("b60-inn-running", INN, HELDOUT, (
        "ИНН пациента {} (для налогового вычета, справка выдана).",
        "Справка об оплате мед. услуг выдана, ИНН налогоплательщика {}.",
        "инн {} снилс не знает",
        "Самозанятая, ИНН {}, работает массажистом."),
        inn_val("XXXXXXXXXXXX")),
    Family("b60-inn-no-label", INN, HELDOUT, (
        "{} — ИНН плательщика (отец).",
        "Плательщик: мать, {}, оплата 3500 р.",
        "ИНН/КПП не указ., личный ИНН {}",
        "ИНН: {} ИП"),
        inn_val("XXXXXXXXXXXX", "XXXX XXXX XXXX", "XXXXXXXXXXXX")),
    Family("b60-inn-hurried", INN, HELDOUT, (
        "ИНН{}",
        "инн:{} ; тел нет",
        "Налоговый вычет: ИНН {}, сумма 12 400 руб., код услуги 01."),
        inn_val("XXXXXXXXXXXX", "XXXXXX XXXXXX")),
    Family("b60-inn-tax-certificate", INN, HELDOUT, (
        "Справка для ФНС (код 01) выдана, ИНН {} указан со слов.",
        "Просит указать в справке ИНН матери {}.",
        "Оплата лечения зубов: {} — ИНН пациента (12 знаков), сумма 18 200 р.",
        "инн пациента {}/снилс нет"),
        inn_val("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XX XX XXXXXX XX")),
    Family("b60-inn-forms", INN, HELDOUT, (
        "ИНН (при наличии): {}\nСНИЛС: отсутствует",
        "Сведения о налогоплательщике — ИНН {}, ФИО совпадает.",
        "ИНН физ. лица {}, проверено на сайте ФНС"),
        inn_val("XXXXXXXXXXXX")),
    # ----- RU_PASSPORT
    Family("b60-passport-running", PS, HELDOUT, (
        "Личность установлена по паспорту {}, выдан МВД по РД.",
        "Паспорт {} предъявлен, копия снята.",
        "пасп. {} выд. ОУФМС 2 года назад",
        "Документ, удостоверяющий личность: паспорт гражданина РФ {}."),
        passport_val("XX XX XXXXXX", "XXXX XXXXXX", "XXXX №XXXXXX", "XX XX №XXXXXX", "XXXXXXXXXX")),
    Family("b60-passport-split", PS, HELDOUT, (
        "Паспорт: серия {}, выдан Отделом УФМС.",
        "пасп {} (в сумке при поступлении, опись № 14)",
        "Паспорт РФ {}\nКод подразделения не указан"),
        passport_val("XXXX номер XXXXXX", "XX XX № XXXXXX", "XXXX, № XXXXXX", "XXXX-XXXXXX")),
    Family("b60-passport-no-label", PS, HELDOUT, (
        "{} — паспорт, прописка не совпадает с фактическим адресом.",
        "Личность по {} подтверждена.",
        "Док.: {} (паспорт)"),
        passport_val("XX XX XXXXXX", "XXXX XXXXXX", "XXXX №XXXXXX")),
    Family("b60-passport-caps-forms", PS, HELDOUT, (
        "ПАСПОРТ: {}\nВЫДАН: ОТДЕЛОМ УФМС РОССИИ",
        "Данные паспорта ({}) внесены в МИС.",
        "пасп.{} утерян, выдана справка ф. 2П"),
        passport_val("XX XX XXXXXX", "XXXX XXXXXX", "XXXXXXXXXX", "XX XX № XXXXXX")),
    Family("b60-passport-relative", PS, HELDOUT, (
        "Паспорт законного представителя {}, выдан 5 лет назад.",
        "Тело выдано сыну по паспорту {}.",
        "Согласие подписано опекуном (паспорт {}).",
        "Получатель справки: дочь, пасп. {}"),
        passport_val("XX XX XXXXXX", "XXXX XXXXXX", "XXXX №XXXXXX")),
    # ----- RU_OMS_POLICY
    Family("b60-oms-running", OMS, HELDOUT, (
        "Полис ОМС {}, СМО Капитал МС.",
        "Застрахован, ЕНП {}.",
        "полис {} не действ., направлен в СМО",
        "Госпитализация по ОМС, полис № {} (проверен по ЕРЗ)."),
        oms_val("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXXXXXXXXXXXXXX", "OLD")),
    Family("b60-oms-no-label", OMS, HELDOUT, (
        "{} — полис, страховая Согаз-Мед.",
        "Страх. {} (Ингосстрах-М), 1 кат.",
        "пол. {}",
        "ОМС{}"),
        oms_val("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX")),
    Family("b60-oms-old", OMS, HELDOUT, (
        "Полис старого образца {}, замена не произведена.",
        "Полис ОМС: {} (временное свидетельство)",
        "Полис {} без даты окончания."),
        oms_val("OLD", "XXXXXXXXXXXXXXXX")),
    # ----- MEDICAL_RECORD_NUMBER
    Family("b60-mrn-case-history", M, HELDOUT, (
        "История болезни № {}, отд. 3, палата 12.",
        "и/б {} нейрохир. отд.",
        "Мед. карта стац. больного {} передана в архив.",
        "ИБ№{} койка 4"),
        digits_val("NXXXX", "NXXXX/YY", "NXXX-YY", "NXXXXX", "YY-NXXXX")),
    Family("b60-mrn-outpatient", M, HELDOUT, (
        "Амб. карта {} уч. 14.",
        "Карта пациента № {} (форма 025/у), участок 7.",
        "а/к {} на руках у больного",
        "ЭМК {}, МИС БАРС.",
        "ID пациента в МИС: {}"),
        digits_val("NXXXX", "NXXXXX", "NXXXXXXXX", "NXXXX-YY", "NXXXXXXXXXXX")),
    Family("b60-mrn-lab-imaging", M, HELDOUT, (
        "Биоматериал № {} доставлен в КДЛ, гемолиз ++.",
        "Штрихкод пробирки {}, ОАК + БХ.",
        "КТ ОГК, accession {}, 1,25 мм.",
        "Гистология № {} — аденокарцинома G2.",
        "Посев мочи № {}: E. coli 10^5 КОЕ/мл."),
        digits_val("NXXXXXXXXX", "NXXXXXXX", "NXXXX/YY", "NXXXXXXXXXXX", "ГИ-NXXXX")),
    Family("b60-mrn-sick-leave", M, HELDOUT, (
        "Открыт ЭЛН № {} с 3 дня нетрудоспособности.",
        "ЭЛН {} закрыт, к труду.",
        "б/л {} продлен ВК, 2 раз",
        "ЛН №{} (продолжение), 14 дней"),
        digits_val("NXXXXXXXXXXX", "9XXXXXXXXXXX", "NXXXXXXXXXXX")),
    Family("b60-mrn-referral-recipe-call", M, HELDOUT, (
        "Направление на госпитализацию № {} (форма 057/у).",
        "Рецепт 148-1/у-88 серия {}, метформин 850 мг.",
        "Номер карты вызова СМП {}, бригада 12.",
        "Напр. на МСЭ № {} от поликлиники 2."),
        digits_val("NXXX-XXXXXX", "NX-YY NXXXXX", "NXXXX", "NXXX/YY")),
]
