"""PII that generalises (issue #10, round 14): polyclinic and digital-health notes typed in a hurry: values glued to
their words, signatures without spaces, papers numbered without a sign. Marks as in :mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a surname glued to its two initials: a hurried signature
    "glued-initials-doctor": "Осмотрен. Рекомендации даны. Терапевт [[P|ВолковаТ.Н.]], каб. 12.",
    "glued-initials-dative": "Результат сообщён [[P|ЗайцевуП.С.]] по телефону.",
    "glued-initials-sentence-end": "Кровь взяла [[P|ОрловаЕ.Д.]]. Без осложнений.",
    "glued-initials-spaced": "Подпись: [[P|КрыловаА. М.]] Дата не указана.",
    # a paper's number right after its noun: glued, after a space, after "#"
    "card-glued": "Обратилась впервые, амбулаторная карта[[M|55120/23]] заведена.",
    "card-glued-plain": "карта[[M|7741025]] передана в регистратуру",
    "prescription-glued": "Льготный рецепт[[M|61-18-220145]] выписан на 1 мес.",
    "certificate-space": "Дана справка [[M|Б-40917]] для бассейна, годна 3 мес.",
    "sick-leave-slash": "Открыт б/л [[M|910228834410]], явка через 5 дней.",
    "sick-leave-groups": "больничный лист [[M|910 228 834 410]] продлён",
    "ticket-hash": "Выдан талон #[[M|55012277]] к офтальмологу.",
    "referral-dashed": "Направление [[M|411-090-772]] на ЭхоКГ оформлено.",
    "telemedicine-code": "Онлайн-консультация [[M|ТМК40992817]] проведена, запись сохранена.",
    "vaccination-certificate": "Сертификат [[M|9912304488217]] отправлен в ЕПГУ.",
    # a period after a paper's word is the paper's dates, not its number
    "period-after-leave": "б/л продлён, нетрудоспособен [[D|11.02-19.02.2025]].",
    "visit-date-after-noun": "Повторная консультация [[D|12 11 2025]], затем [[D|3-IV-2026]].",
    # lower-case surnames after a hurried patient word, a form's "фио", a booking's "запись"
    "lower-after-pac": "Осмотрена. пац. [[P|белоусова]] жалоб не предъявляет.",
    "lower-after-fio": "фио [[P|самойлов]], вакцинация по графику",
    "lower-after-booking": "просит перенести запись [[P|веселовой]] на пятницу",
    # whom to call back, who is calling
    "call-back": "Перезвонить [[P|Анохиной]] по результатам анализов.",
    "caller": "| вызывает [[P|Ларионова]] | температура 39",
    # a comma-separated export's full date right after the comma
    "csv-date-after-comma": "fio,zapis\n[[P|Королев Олег Петрович]],[[D|14.05.2026 10:20]],каб 5",
    # a broken date with a two-digit year under an event word (as under a date's label)
    "event-comma-stop": "Ревакцинация от дифтерии [[D|14,09.23]], реакции нет.",
    "event-stray-space": "Выписан [[D|30. 10.21]] с улучшением.",
    "event-slash-stop": "ЭКГ [[D|07/12.24]]: ритм синусовый.",
    # OCR look-alike letters with a stray space, under an event word or a date's label
    "ocr-stray-space": "Сделана прививка [[D|1О. 03.25]] в поликлинике.",
    "ocr-issue-date": "Дата выдачи: [[D|О9. 11.2О]]",
    "ocr-glyph-year": "Вакцинирован [[D|11. О4.2б]], серия не читается.",
    # a month's name glued to its year, often short of its last letter
    "glued-year-genitive": "Последний осмотр [[D|12 февраля2025]] без особенностей.",
    "glued-year-typo": "ФГДС [[D|3 сентябр2024]], эрозий нет; явка [[D|9 ма2026]].",
    # a document's issue date with no year
    "issued-day-month": "Паспорт [[Pa|45 10 118204]], выдан [[D|17.06]] ОУФМС.",
    # an address after a delivery, a home visit or a hurried "адр", no markers and no capitals
    "delivery-keyword": "Оформлена доставка препаратов [[L|пос. заречный, ул. лесная, д. 3]]",
    "delivery-postcode": "доставить: [[L|390011, рязань, ул. гагарина 14-2]]",
    "delivery-words-house": "Доставка рецепта [[L|старый оскол лесная 8-41]]",
    "delivery-caps": "ДОСТАВКА ЛЕКАРСТВ [[L|Г. КУРСК, УЛ. САДОВАЯ, Д. 17]] Жалоб нет.",
    "home-visit": "Патронаж ребёнка — [[L|кимры заводская 15-7]], мать дома.",
    "hurried-address-label": "адр [[L|пр. мира 41-90, г. омск]] карта[[M|550912]] заведена",
    # three lower-case words and a house-flat after "Адрес"
    "address-lower-three-words": "Адрес: [[L|верхняя пышма уральская 12-5]]\nДомофон 12.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_hurried_values_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # counts, terms and items after a paper's noun: no number of five digits
    "Рецепт на 3 мес, справка 2 экз., направление 1 шт., талон 14 к хирургу, консультация 2 раза в год.",
    # a form's code, a dose with a unit, a decimal, a size
    "Справка 086/у выдана, рецепт 148-1/у-88 оформлен, бланк 107-1/у.",
    "Направление 10000 ЕД гепарина не выполнено; талон 12345,5; сертификат 12000 x 3.",
    # a visit's date after the noun, in any separator, the month in Roman numerals too
    "Консультация 07 05 2024, повторная консультация 6-II-2025, справка 12.03.2025.",
    # a phone's grouping after a paper's word
    "Справка 8 916 123-45-67 по телефону регистратуры.",
    # lower-case cue words before ordinary words
    "запись экг без изменений; пац. в сознании; фио врача не указано; запись на 12:00; запись продлена.",
    "Перезвонить Завтра утром. Позвонить Вечером.",
    # a lower-case word glued to capitals is no signature unless two initials follow
    "Снижение АДТ.к. отказалась; гемоглобинА1с 7,2%; мочаИ. без изменений.",
    # a lab value, an ICD code, a ward, times of taking a drug
    "Гемоглобин 128 г/л, МКБ I11.9, палата 412, приём в 08:00 и 20:00.",
]

CLEAN_PLACES = [
    # what a delivery or a visit is about: times, counts, ranges of days
    "Доставка лекарств курьером завтра; доставка с курьером 2-3 дня; доставка в аптеку 12-15 упаковок.",
    "Патронаж на дому 3 раза, доставка лекарств с 9 до 18, адр уточнить. Доставка препаратов 2-3 дня.",
    "Патронаж новорождённого 1-2 раза в неделю, доставлено 10-12 уп.",
]


@pytest.mark.parametrize("text", CLEAN_PLACES)
def test_errand_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "LOCATION"] == []


CLEAN_DATES = [
    # decimals and fractions without a date's word before them; a dose glued to a year-like number
    "Hb 12,4. 19 лет наблюдения; Гемоглобин 124/12.19; кальций 2,4. 12 ч.",
    "Принимает 5 мг2025 раз; 10 мл2019; 3 мес2020.",
    # what is issued: a dose or a volume after "выдан"
    "Выдано 2.5 л жидкости; выдана 1.5 таблетки; выдан 12.5 мг.",
    # a look-alike letter and a stray space with no date's word before
    "Вес 2О. 07.24 кг.",
]


@pytest.mark.parametrize("text", CLEAN_DATES)
def test_hurried_date_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "DATE_TIME"] == []


@pytest.mark.parametrize("text", CLEAN)
def test_hurried_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type in ("MEDICAL_RECORD_NUMBER", "PERSON")]
    assert found == []
