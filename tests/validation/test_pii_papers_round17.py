"""Papers whose numbers generalise across splits (issue #10, round 17): a case file opened on one person ("личное дело",
"выплатное дело", a court's or a criminal case), a police register's entry (КУСП), an export's voluntary policy and
sick leave keys, a staff list's personnel number, a driving licence's and a civil-status certificate's number in
other groupings after the paper's word, an emergency team's papers of one call, a notarial
act's blank and register entry, a table's voluntary policies, FHIR's
patient reference and identifier; a Russian travel passport and a health passport's grouped number; no OMS policy read across a TSV cell's tab; a
passport of another state named by its citizen, a republic or a '-стан'; a military ID.

Marks as in :mod:`support.pii_marks` (M record number, S SNILS, O OMS policy, I INN, T phone, P person, D date); look-alikes must stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a personal file: its owner between the noun and the sign, a short number after "№"
    "personal-file-owner": "Заключение опеки: личное дело подопечного № [[M|37]], решение принято.",
    "personal-file-dashed": "Ребёнок передан в семью, личное дело № [[M|14-08]].",
    # a pension payment file: with its series, after "Номер ... дела" with no sign
    "payment-file-series": "Получатель пенсии, выплатное дело № [[M|ПД-1120934]].",
    "payment-file-number-word": "Номер выплатного дела [[M|70412]] указан в запросе.",
    # a court's case: the index of proceedings, the number and the year; the case's unique identifier
    "court-case": "Экспертиза назначена в рамках дела [[M|2-4418/2025]] по иску о возмещении вреда.",
    "court-case-uid": "Запрос суда по делу [[M|50RS0021-01-2024-004512-77]] получен.",
    # a criminal case named by its kind, its number with no sign
    "criminal-case": "Уголовное дело [[M|3317]] возбуждено, пострадавший осмотрен.",
    "criminal-case-short": "Справка выдана по у/д № [[M|1204]] по запросу следователя.",
    # a police register's entry on a hospital's report
    "kusp-dashed": "Сообщение передано в полицию (КУСП-[[M|7781/312]]).",
    "kusp-sign": "Зарегистрировано в КУСП за № [[M|20418]], пострадавший госпитализирован.",
    # an export's key with a voluntary insurance's mark: the insurer's contract, no OMS policy (the ЕНП beside it is one)
    "json-dms-policy": '{"policy_dms": "[[M|04-118-220931]]", "enp": "[[O|7852363244314601]]"}',
    "json-dms-glued": '{"dmsPolicy": "[[M|113ДМС-2137258]]", "fio": "[[P|Орлова Анна Борисовна]]"}',
    # the social fund's exchange of electronic sick leaves: "LN_CODE" holds the sick leave's twelve digits
    "xml-sick-leave": "<ROW>\n  <LN_CODE>[[M|910667116814]]</LN_CODE>\n  <BIRTHDAY>[[D|1985-06-01]]</BIRTHDAY>\n</ROW>",
    # a staff list's personnel number column (form Т-2's "Табельный номер")
    "tsv-personnel-number": "таб_№\tФИО\tСНИЛС\n[[M|9498]]\t[[P|Крылова Ульяна Вячеславовна]]\t[[S|112-233-445 95]]\n",
    "table-personnel-number": "| Таб. № | Врач |\n| [[M|1204]] | [[P|Орлова А.Б.]] |",
    # a driving licence's number in other groupings after the licence's word
    "licence-latin-series": "Водительское удостоверение [[M|KZ4471209]] (Казахстан) предъявлено.",
    "licence-capitals-seven": "Предъявил ВУ [[M|ТК 4471209]], кат. B.",
    # a civil-status certificate after its word, whatever its series
    "birth-certificate-capitals": "Свидетельство о рождении [[M|КР 5512093]] выдано ЗАГС.",
    "birth-certificate-short": "св-во о рожд. [[M|4410 228193]], мать присутствует.",
    "death-certificate-series": "Медицинское свидетельство о смерти серия [[M|45 12 009184]] оформлено.",
    # an emergency team's papers of one call: the transfer sheet, the dispatcher's order (sign before or after)
    "transfer-sheet-station": "Доставлен в приёмное. Сопроводительный лист станции СМП № [[M|5518]].",
    "transfer-sheet-short": "Сопроводительный лист № [[M|612]] передан дежурному врачу.",
    "order-sign-before": "№ наряда [[M|4417-25]] Жалобы на боль в груди.",
    "order-air-ambulance": "Наряд санавиации № [[M|903]], транспортировка в ОКБ.",
    # a Russian passport for travel abroad: a record number, whatever is typed after its word, its name in full or cut
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "travel-passport-bilingual": "Загранпаспорт / Passport No: [[Pa|73 6067102]]\nДата взятия: [[D|12.03.2025]]",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "travel-passport-nine-digits": "загранпаспорт [[Pa|753519305]] (для выезда на лечение)",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "travel-passport-soviet-series": "Заграничный паспорт № [[Pa|II-МЮ 161623]]. Жалоб нет.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "travel-passport-short": "Предъявлен загран [[Pa|75 1234567]], виза есть.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "travel-passport-purpose": "Паспорт гражданина РФ для выезда за границу [[Pa|72 2728396]] предъявлен.",
    # a health passport's number in an identity passport's groups: the whole value
    "health-passport-grouped": "Паспорт здоровья № [[M|4509 123456]] выдан по месту работы.",
    # a notarial act: its blank's number (region, two capitals, seven digits) or its register entry's
    "notary-blank": "Представитель действует по доверенности [[M|50 АБ 1184420]], копия в деле.",
    "notary-register": "Доверенность [[M|77/112-н/77-2024-3-518]] удостоверена нотариусом.",
    "notary-register-sign": "Зарегистрировано в реестре: № [[M|23 АА 0091184]]",
    # a table's policy column under a title naming ДМС, or named so itself; a column naming ОМС keeps its type
    "table-voluntary-title": "Реестр услуг по ДМС\n№ | Полис | Застрахованный\n1 | [[M|MP191689244]] | [[P|Гурьев А.Б.]]",
    "table-voluntary-column": "| ФИО | Полис ОМС | Полис ДМС |\n| [[P|Орлова А.Б.]] | [[O|7852363244314601]] | [[M|04-118-220931]] |",
    # FHIR: a Reference to the patient's resource, a resource's business identifier
    "fhir-patient-reference": '{"subject": {"reference": "Patient/[[M|PID4410293]]", "display": "[[P|Орлова Анна]]"}}',
    "fhir-identifier": '{"resourceType": "Patient", "identifier": "[[M|771-2231-09]]", "birthDate": "[[D|1990-04-02]]"}',
    # a TSV row: a 12-digit INN, a tab, a phone opening with four digits are two cells, no 16-digit policy across the tab
    "tsv-inn-then-phone": "ФИО\tИНН\tТел.\n[[P|Костина О.Д.]]\t[[I|130361982903]]\t[[T|8900 199 81 42]]\n",
    "enp-grouped-spaces": "Полис ОМС [[O|7723 4411 9373 6232]] действителен.",
    # a passport the cue says another state issued: a citizen of it, a republic, a "-стан"; its value any shape
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "passport-state-citizen": "Паспорт гражданина Таджикистана [[Pa|40 № 1184209]] предъявлен.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "passport-state-stan": "Паспорт Казахстана [[Pa|12 4471209]], виза не требуется.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "passport-state-soviet-form": "Паспорт гражданина Армении [[Pa|II-АР 118420]] на руках.",
    "passport-russian-citizen": "Паспорт гражданина РФ [[Pa|45 10 123456]] выдан ОВД.",
    "passport-surname": "Паспорт Иванова [[Pa|45 10 123456]] выдан ОВД.",
    # a military ID: its series and number, or digits in a passport's grouping after its word
    "military-id": "Военный билет [[M|АН 1184209]] предъявлен в военкомат.",
    "military-id-digits": "Военный билет [[M|18 18 985892]], категория годности А.",
    "table-compulsory-plain": "Список пациентов\n| ФИО | Полис |\n| [[P|Орлова А.Б.]] | [[O|7852363244314601]] |",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_papers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # "дело" in prose: the matter, how things go, a count of sheets
    "Дело в том, что 3 дня назад появилась боль в колене.",
    "Дела идут лучше, 2 недели без приступов.",
    "В деле 150 листов, копии заверены.",
    "На деле 5 таблеток в сутки, а не 3.",
    # "ln" alone and "DMS" with no digits: a last name's key, a flag
    '{"ln": "нет", "dms": "да"}',
    # a certificate with a birth weight after it, a licence with no number
    "Свидетельство о рождении ребёнка предъявлено, вес при рождении 3500 г, рост 52 см.",
    "Водительский стаж 12 лет, водительское удостоверение не изъято.",
    # a power of attorney's purpose
    "Доверенность на получение документов выдана дочери, копия в деле.",
    # the police's patrol, a sheet's count
    "Вызван наряд полиции № 12, пациент возбуждён.",
    "Сопроводительный лист № 2 приложен.",
    # a trip abroad and its dates, a travel passport without its number
    "Загранкомандировка 14 дней, вернулся 12 дней назад; загранпаспорт оформляет.",
    # a military ID without its number
    "Военный билет на руках, годен к службе 2 года.",
    # a FHIR reference to an organisation, an identifier with no digits
    '{"reference": "Organization/12345", "identifier": "нет"}',
    # a column of tablets is no personnel number
    "| Препарат | Таблеток | Доза |\n| Метформин | 60 | 850 мг |",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
