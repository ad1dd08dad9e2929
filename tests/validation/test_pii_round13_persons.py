"""PII round 13: person names in the notations of scanned forms, exports and chats (marks as in
``test_pii_cues.py``: ``[[P|...]]`` a person). Every marked span must be found as PERSON, nothing
unmarked may be flagged as one; the clinical look-alikes stay clean."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

PERSONS = {
    # a form's boxed fields rendered as brackets: the label names the bracketed value
    "bracketed-parts": "Фамилия [[[P|ЛЕБЕДЕВА]]]\nИмя [[[P|ОЛЬГА]]]  Отчество [[[P|ИГОРЕВНА]]]\nПол [Ж]",
    "bracketed-after-colon": "Фамилия: [[[P|Мельник]]]; Имя: [[[P|Роман]]]",
    "bracketed-full-name": "Ф.И.О. «[[P|Пак Ен Хи]]», дата рождения 01.02.1990",
    "bracketed-english": "Surname [[[P|TKACHENKO]]] Given names [[[P|ARINA]]]",
    # one-letter labels of a compact line
    "letter-labels": "Карта № 12\nФ: [[P|Сидоренко]]  И: [[P|Глеб]]  О: [[P|Аркадьевич]]\nДата рожд: 03/04/1971",
    "letter-labels-stops": "Ф. [[P|Комарова]], И. [[P|Ия]], О. [[P|Павловна]]",
    # short keys of a name's parts after a prefix saying whose name it is
    "prefixed-short-keys": "ПАЦ_ФАМ=[[P|ВОРОНИНА]] ПАЦ_ИМ=[[P|ЕВА]] ПАЦ_ОТЧ=[[P|СТЕПАНОВНА]] ДР=01.01.1950",
    "transliterated-short-keys": "[Person]\nFamil=[[P|Шестаков]]\nOtch=[[P|Ильич]]\n",
    # chat exports with the date and time written in other locales' ways
    "chat-iso-stamp": "[2024-03-12 09:15] [[P|Тамара]]: добрый день, запишите к педиатру",
    "chat-russian-at": "[12.03.2024 в 09:15] [[P|Ярослава]]: температура 38",
    "chat-stop-in-time": "[12.03.2024 09.15] [[P|Роксана]]: сыпь прошла",
    "chat-time-first": "[09:15, 12.03.2024] [[P|Василиса]]: сыпь прошла",
    "chat-hours-minutes": "[12.03.2024, 9 ч 15 мин] [[P|Светлана]]: спасибо",
    # European names with their diacritics, after a label or a cue
    "latin-umlaut-surname": "Surname / Фамилия: [[P|SCHRÖDER]]\nGiven names / Имя: [[P|JÜRGEN]]",
    "latin-accents-after-cue": "Пациентка: [[P|Łucja Żak]], гражданка Польши; переводчик [[P|José Peña]]",
    # who a work or study check-up is for, and who ran an analyser's result
    "worker-latin-name": "Осмотр (приказ 29н). Работник: [[P|Chen Wei]] (China). Годен.",
    "student-latin-caps": "Студентка [[P|NOWAK ANNA]] прошла осмотр.",
    # a surname alone on its line above (or below) the first name and patronymic
    "surname-line-above": "Учётная карта призывника № 7781\n[[P|ГРОМОВА]]\n[[P|Ульяна Тимуровна]]\nг.р. 02.03.2005",
    "surname-line-rare-name": "Учётная карта № 12\n[[P|ЛЕБЕДЕВ]]\n[[P|Светозар Лукич]]\n",
    "surname-line-ordinary-readings": "Учётная карта № 13\n[[P|ПЕСТОВ]]\n[[P|Милован Ермилович]]\nг.р. 1990",
    "surname-line-below": "Справка\n[[P|Ульяна Тимуровна]]\n[[P|Цой]]\nвыдана для предъявления по месту требования",
    # a heading or a label alone on the line above or below stays outside the name
    "heading-not-surname": "ЗАКЛЮЧЕНИЕ\n[[P|Иван Петрович]]\nЖалобы\nна боль в спине",
    # compound specialties and the pharmacy's staff before a bare surname
    "compound-specialty": "Консилиум: химиотерапевт [[P|Рябов]], нейрохирург [[P|Сычёв]], радиотерапевт [[P|Блинова]].",
    "pharmacist": "Выдал провизор [[P|Зуев]]; отпустила фармацевт [[P|Карпова]].",
    # a name label with whose name it is, then a dash or a colon
    "whose-name-label": "Со слов очевидца, фамилия пострадавшей — [[P|Белоусова]]. Имя ребёнка: [[P|Богдан]].",
    # a surname hyphenated at a line's end, with initials after it or a patient word before it
    "hyphenated-with-initials": "ВЫПИСКА из и/б № 12\nБольная [[P|Само-]]\n[[P|йлова Т.Р.]], 1950 г.р.",
    "hyphenated-after-cue": "Осмотрен пациент [[P|ВОРОНЦ-]]\n[[P|ОВ]], жалоб нет.",
    # a name label with a remark in brackets; a scan that lost the spaces between the name's words
    "label-with-remark": "Фамилия (по паспорту): [[P|Галка]]; ФИО (полностью): [[P|Зорина Вера Олеговна]]",
    "glued-words-after-label": "ФИО (распознано): [[P|ТихоноваАллаСергеевна]]; Врач: [[P|КоваленкоИ.П.]]",
    # a form printed as a table, its labels numbered as items
    "numbered-label-cell": "|1. Фамилия, имя, отчество|[[P|Шубина Олеся Романовна]]|\n|2. Пол| ж |",
    # a quoted CSV register pasted after a sentence that has commas of its own
    "csv-after-sentence-with-commas": ('Стул, диурез в норме. "ENP","FAM","IM","OT"\n'
                                       '"7700000000000001","[[P|Мухина]]","[[P|Ярослава]]","[[P|Глебовна]]"'),
    # abbreviated name-part labels, cells closed by the next label on the same line, " = " between key and value
    "abbreviated-part-labels": "ФАМ: [[P|ГАЛКА]] ИМЯ: [[P|ИЯ]] ОТЧ: [[P|ИЛЬИЧ]]\nФам.: [[P|Мельник]]  Имя: [[P|Роман]]",
    "spaced-equals": "Фамилия = [[P|Кузнец]]; Имя = [[P|Вера]]",
    # surnames made from a first name, whose plural reads as that name ("of the Nikons"), after a short first name
    "surname-from-first-name": "Звонит: это [[P|Валя Никонов]], перенесите приём. Был [[P|Женя Филиппов]].",
    "analyser-operator": "WBC 6.1 10^9/L\nHGB 131 g/L\nOperator: [[P|Kuznetsova]]\nValidated by: [[P|Orlov]]",
}

PERSONS_CLEAN = [
    # brackets after no name label, and name labels with no name in the bracket
    "Доза [5 мг] x 2 р/д; Диагноз [J06.9]; Палата [12]",
    "Фамилия [ХХХХХ]\nИмя [НЕТ]\nОтчество [ ]",
    # single letters that are no labels of a name
    "Ф: 12, И: 3; O: 2 л/мин",
    "Витамин D: 30 нг/мл; Ф. выдана; И. о. заведующего",
    # a drug route or a regime under a key ending like "им" (intramuscular), with no separator before it
    "dose_im=Цефтриаксон режим=Постельный",
    # a chat's sender that is a service, not a person
    "[12.03.2024 в 09:15] Администратор: ждём вас\n[12.03.2024 09.16] Регистратура: запись подтверждена",
    # a name label answered by no name; specialties before ordinary words
    "Фамилия врача: не указана. ФИО законного представителя — нет",
    "Рекомендована консультация: психотерапевт Очно, физиотерапевт Повторно через месяц.",
    "Отпущено фармацевтом Аптеки № 3.",
    # words hyphenated at a line's end that are no names
    "Назначена анти-\nбактериальная терапия; пациент Гипер-\nтоник со стажем. Консультация Кардио-\nлога.",
    # a remark in brackets after a word that is no name label; glued words that are no name
    "Анализ (повторно): Глюкоза 5,5 ммоль/л; Диагноз (предварительный): ГипертонияАД 150/90",
    # numbered items of a table that name no person
    "| 1. Диагноз | Гипертония |\n| 2. Лечение | Эналаприл |\n| 3. Исход | Выздоровление |",
    # a sentence with commas and a quoted list after it that is no header
    'Стул, диурез в норме. "Омез","Нольпаза","Фосфалюгель" по схеме\n"Утро","День","Вечер"',
    # labels answered by no name; values after " = " that are measurements
    "Имя: Пациент  Дата: 01.02.2020\nФамилия: Нет Имя: Нет\nАД = 120/80; ЧСС = 72; Отч.: нет",
    # an analyser's operator that is a device or a system account
    "Operator: Sysmex XN-1000\nValidated by: SYSTEM\nOperator: Admin",
    # time values in brackets in a lab line
    "Глюкоза [5.50] ммоль/л; время [9 ч] натощак",
]


@pytest.mark.parametrize("source", list(PERSONS.values()), ids=list(PERSONS))
def test_persons_of_round_13_notations_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan(text) if e.type == "PERSON"]
    check_planted(found, text, [s for s in spans if s[0] == "PERSON"])


@pytest.mark.parametrize("text", PERSONS_CLEAN)
def test_person_look_alikes_of_round_13_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


def test_a_first_names_plural_reading_does_not_make_a_surname_a_first_name() -> None:
    from medsyn_dataset.validation.pii.morph import WordClass, word_class

    for surname in ("Никонов", "Филиппов"):  # (also the genitive plural of "Никон", "Филипп")
        assert word_class(surname) & WordClass.SURNAME and not word_class(surname) & WordClass.NAME
        assert word_class(surname) & WordClass.NAME_READING  # (the reading stays: it is no ordinary word)
    assert word_class("Никон") & WordClass.NAME and word_class("Никиты") & WordClass.NAME  # (singular forms are names)
