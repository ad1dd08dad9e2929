"""Blind split 39, single values (2): record numbers, phones, e-mails, links and the state
identifiers (СНИЛС, ИНН, passport, OMS policy), one per sentence or line of a clinical note, with
and without a label, glued to a word, in lower case, with the abbreviations typists use."""

from __future__ import annotations

from benchmarks.pii_blind39_vals import enp, inn, link, mail, num, passport, snils, tel
from benchmarks.pii_families import HELDOUT, Family

MRN = "MEDICAL_RECORD_NUMBER"

RECORDS: list[Family] = [
    Family("b39-mrn-case-history", MRN, HELDOUT, (
        "История болезни № {}",
        "И/Б №{}",
        "ИБ {} — переведён в кардиологию.",
        "Медицинская карта стационарного больного № {}",
        "{} — номер истории болезни, указывать при запросе выписки.",
        "и/б {}, тер. отд.",
        "Ист. бол. {}",
    ), num("####/Y", "######", "####-С", "## ###", "Y-#####", "#####/С", "#####")),
    Family("b39-mrn-outpatient", MRN, HELDOUT, (
        "Амб. карта № {}",
        "а/к {}",
        "Медицинская карта пациента, получающего помощь в амбулаторных условиях, № {}",
        "Номер карты {}",
        "уч. 7, карта {}",
        "Карта {} передана в регистратуру.",
    ), num("##-####", "#####", "А-####", "#####/Y", "Т-###-##", "######")),
    Family("b39-mrn-emk-mis", MRN, HELDOUT, (
        "ЭМК: {}",
        "ID пациента в МИС {}",
        "Идентификатор пациента {}",
        "Код пациента: {}",
        "Пациент найден в РМИС по идентификатору {}.",
        "patient_id={}",
        "{} (ИД ЕГИСЗ)",
    ), num("00######", "P#######", "МИС-#######", "#########", "######-##", "0000######")),
    Family("b39-mrn-lab-samples", MRN, HELDOUT, (
        "Проба № {}",
        "Штрих-код пробирки {}",
        "Образец {} — кровь венозная, ЭДТА.",
        "Гистологическое исследование № {}: умеренно дифференцированная аденокарцинома.",
        "Биоматериал доставлен в КДЛ, № заявки {}.",
        "Мазок на SARS-CoV-2 (пробирка {}) — отрицательно.",
        "Цитология №{} — NILM",
    ), num("##########", "##-####/Y", "Г-####/Y", "Y-######", "#########", "Ц ####")),
    Family("b39-mrn-referral-rx", MRN, HELDOUT, (
        "Направление № {} на плановую госпитализацию.",
        "Выписан льготный рецепт № {}.",
        "Рецепт на наркотический анальгетик, бланк 107/у-НП № {}",
        "Направление на МСЭ {}",
        "Талон на ВМП {} оформлен.",
        "По направлению {} из поликлиники.",
    ), num("######", "##-######", "Y##-#######", "####/Y", "##.####.#####.###", "00######")),
    Family("b39-mrn-eln-death", MRN, HELDOUT, (
        "ЭЛН № {}",
        "Листок нетрудоспособности {} продлён.",
        "Открыт больничный лист {}.",
        "Выдано медицинское свидетельство о смерти № {}",
        "Медицинское свидетельство о рождении {} выдано матери.",
        "лн {} закрыт, к труду",
    ), num("############", "### ### ### ###", "9###########", "## ######", "###-###-###-###", "Y ######")),
    Family("b39-mrn-foreign-docs", MRN, HELDOUT, (
        "Загранпаспорт {}",
        "Миграционная карта {}",
        "Свидетельство о рождении {}",
        "Водительское удостоверение {}",
        "Паспорт гражданина Республики Узбекистан {}",
        "Документ: вид на жительство {}",
        "Удостоверение личности РК №{}",
    ), num("## #######", "#### #######", "III-МЮ ######", "IV-РБ № ######", "## ## ######", "FA#######", "AB #######",
           "#########", "## ########")),
    Family("b39-mrn-smp-call", MRN, HELDOUT, (
        "Карта вызова СМП № {}",
        "Вызов № {} принят диспетчером.",
        "Сопроводительный лист СМП {}",
        "Карта вызова {} — доставлен в ЦРБ.",
        "№ вызова: {}",
    ), num("###", "####", "##-###", "#####/Y", "######")),
]

CONTACTS: list[Family] = [
    Family("b39-phone-mobile", "PHONE_NUMBER", HELDOUT, (
        "Тел.: {}",
        "конт.тел {}",
        "т.{}",
        "{} (дочь)",
        "Телефон родственников {}",
        "моб.{}, звонить после 18:00",
        "Контактный телефон пациента — {}.",
    ), tel("8-AAA-BBB-BB-BB", "8AAABBBBBBB", "+7 (AAA) BBB-BB-BB", "+7AAABBBBBBB", "8 AAA BBB BB BB",
           "8(AAA)BBB-BB-BB", "+7 AAA BBB-BB-BB")),
    Family("b39-phone-landline", "PHONE_NUMBER", HELDOUT, (
        "Дом. тел. {}",
        "раб. тел.: {}",
        "Телефон ФАП {}",
        "тел/факс {}",
        "{} — домашний, трубку берёт соседка.",
    ), tel("8 (AAAA) BB-BB-BB", "(AAA) BBB-BB-BB", "8(AAAA)BBBBBB", "BB-BB-BB", "BBB-BB-BB", "+7 (AAA) BBB BB BB",
           "8 AAA BBB-BB-BB", codes="city")),
    Family("b39-phone-prose", "PHONE_NUMBER", HELDOUT, (
        "Родственники информированы по телефону {}.",
        "О переводе сообщено жене по номеру {}",
        "При ухудшении состояния звонить {}.",
        "Со слов диспетчера, вызов поступил с номера {}.",
        "Результат ПЦР сообщить по тел {} (смс).",
    ), tel("+7 AAA BBB BB BB", "8 AAA BBB BBBB", "8-AAA-BBBBBBB", "+7(AAA)BBBBBBB", "8 (AAA) BBB-BB-BB", "8AAABBBBBBB")),
    Family("b39-phone-messy", "PHONE_NUMBER", HELDOUT, (
        "сот.{}",
        "тел {} (Viber)",
        "Телефон:{}",
        "ТЕЛ. {}",
        "Моб: {} WhatsApp",
        "{}",
    ), tel("8 AAA BBB BBBB", "+7 AAA BBBBBBB", "8-AAA-BBB BB BB", "+7(AAA)BBB-BBBB", "8AAA BBB BB BB", "+7-AAA-BBB-BB-BB",
           "8 (AAA)BBB-BB-BB", "+7 (AAA) BBB-BB BB")),
    Family("b39-email-prose", "EMAIL_ADDRESS", HELDOUT, (
        "Результаты анализов отправлены на e-mail {}",
        "Эл. почта: {}",
        "email:{}",
        "{} — почта пациента для связи.",
        "Заключение выслано на {} по просьбе дочери.",
    ), mail()),
    Family("b39-email-labels", "EMAIL_ADDRESS", HELDOUT, (
        "E-mail {}",
        "e-mail родственника: {}",
        "Почта {}",
        "адрес эл.почты {}",
        "Электронная почта для направления СЭМД: {}.",
    ), mail()),
    Family("b39-url-social", "URL", HELDOUT, (
        "Страница пациентки в соцсети: {}",
        "Ссылка на профиль: {}",
        "{} — личная страница (со слов дочери).",
        "Фото раны пациент прислал через {}",
        "Связь через мессенджер: {}",
    ), link()),
    Family("b39-url-results", "URL", HELDOUT, (
        "Результаты доступны по ссылке {}",
        "Ссылка на телемедицинскую консультацию: {}",
        "Личный кабинет: {}",
        "Запись МРТ загружена: {} (пароль выдан пациенту).",
        "См. {}",
    ), link()),
]

STATE_IDS: list[Family] = [
    Family("b39-snils-labelled", "RU_SNILS", HELDOUT, (
        "СНИЛС: {}",
        "СНИЛС {}",
        "Страховой номер индивидуального лицевого счёта {}",
        "снилс-{}",
        "СНИЛС пациента {}, полис при себе.",
    ), snils("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX", "XXX XXX XXX XX", "XXX-XXX-XXXXX")),
    Family("b39-snils-glued-ocr", "RU_SNILS", HELDOUT, (
        "СНИЛС{}",
        "CHИЛC {}",
        "снилс:{}",
        "Снилс №{}",
        "С Н И Л С {}",
    ), snils("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX XXX XXX-XX", "XXX-XXX-XXX  XX")),
    Family("b39-snils-prose", "RU_SNILS", HELDOUT, (
        "Данные для ИПРА: СНИЛС инвалида {}.",
        "Для оформления льготного рецепта предоставлен СНИЛС {}",
        "{} — СНИЛС (сверен с Госуслугами).",
        "Ребёнок зарегистрирован в системе ОПС, СНИЛС {}.",
    ), snils("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX")),
    Family("b39-inn-labelled", "RU_INN", HELDOUT, (
        "ИНН {}",
        "инн:{}",
        "ИНН пациента {}.",
        "Идентификационный номер налогоплательщика — {}",
        "{} (ИНН)",
    ), inn("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXX XXXX XXXX", "XXXXXXXXXX")),
    Family("b39-inn-prose", "RU_INN", HELDOUT, (
        "Справка об оплате медуслуг для налогового вычета выдана, ИНН налогоплательщика {}.",
        "Место работы: ИП, ИНН {}.",
        "Договор на платные услуги оформлен на ИНН {}",
        "ИНН работодателя {} (для ЭЛН).",
    ), inn("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXXXXXXXX")),
    Family("b39-passport-labelled", "RU_PASSPORT", HELDOUT, (
        "Паспорт {}",
        "Паспорт РФ: {}",
        "паспорт гражданина РФ серия {}",
        "Документ, удостоверяющий личность: паспорт {}",
        "Паспорт: серия и номер {}",
    ), passport("RR YY XXXXXX", "RRYY XXXXXX", "RRYY № XXXXXX", "RR YY №XXXXXX", "RRYYXXXXXX")),
    Family("b39-passport-prose", "RU_PASSPORT", HELDOUT, (
        "Личность установлена по паспорту {}.",
        "Со слов сопровождающего, паспорт {} утерян, установлен по копии.",
        "Согласие подписано, паспорт {} предъявлен.",
        "Предъявил паспорт {}, данные внесены в МИС.",
    ), passport("RR YY XXXXXX", "RRYY XXXXXX", "RRYY № XXXXXX")),
    Family("b39-passport-messy", "RU_PASSPORT", HELDOUT, (
        "пасп.{}",
        "Паспорт - {}",
        "ПАСПОРТ {}",
        "{} (паспорт)",
        "Док. уд. личн.: {}",
    ), passport("RR-YY XXXXXX", "RRYY№XXXXXX", "RR YY XXX XXX", "RR YY - XXXXXX", "RRYY-XXXXXX", "RR YY XXXXXX")),
    Family("b39-oms-enp", "RU_OMS_POLICY", HELDOUT, (
        "Полис ОМС {}",
        "ЕНП {}",
        "полис{}",
        "Полис ОМС (ЕНП): {}",
        "{} — полис ОМС",
    ), enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX", "XXXXXXXXXXXXXXXX")),
    Family("b39-oms-prose", "RU_OMS_POLICY", HELDOUT, (
        "Застрахован в АО «СОГАЗ-Мед», полис {}.",
        "Полис ОМС {} действителен, сверен по РС ЕРЗ.",
        "Оказание помощи по полису ОМС {}",
        "Единый номер полиса: {}",
    ), enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")),
    Family("b39-oms-old-policy", "RU_OMS_POLICY", HELDOUT, (
        "Полис ОМС старого образца {}",
        "Полис: {}",
        "ОМС {}",
        "Временное свидетельство {} (полис в изготовлении).",
    ), num("#### ########", "####-########", "ЕЖ ######", "ВС ### ### ###", "## ## ########", "АА ##########")),
]

SINGLE_B: list[Family] = RECORDS + CONTACTS + STATE_IDS
