"""PII round 13: persons in children's, school, social and dictated records (marks as in ``test_pii_cues.py``:
``[[P|...]]`` a person). Every marked span must be found with its type, nothing unmarked may be flagged; the
clinical look-alikes at the end stay clean."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

PERSONS = {
    # an eponym's cue word ("класс", "точка", "тип") before a full name or a surname with initials: a person
    "class-then-surname-initials": "Справка: учащийся 9 «В» класса [[P|Гришин Е.О.]] допущен к сдаче норм ГТО.",
    "dictated-stop-then-full-name": "диагноз запятая точка [[P|Лаврова Нина Семёновна]] выписана домой",
    # a teacher, trainer, operator, applicant, insured person, pupil, tourist, greeting
    "speech-therapist": "Заключение подписали: педагог-психолог [[P|Кравцова]], учитель-дефектолог [[P|Зимин]].",
    "trainer": "Допуск к соревнованиям подтверждает тренер [[P|Шамсутдинов]].",
    "operator": "Линия 122. Оператор [[P|Ангелина]]. Ваш вопрос?",
    "greeting": "Добрый день, [[P|Зульфия]]! Результаты готовы.",
    "hello": "Здравствуйте, [[P|Айгерим]]!\nВаш приём перенесён.",
    "insured": "Гарантируем оплату услуг, оказанных застрахованной [[P|Бекмуратовой Айжан]], по договору.",
    "tourist": "Туристка [[P|Ингрид Ларсен]] обратилась с ожогом.",
    # a relative's name in brackets after the kinship word, an unknown word
    "kin-bracket": "Результат отправлен папе ([[P|Нурлану]]) по СМС.",
    "kin-bracket-sister": "Со слов тёти ([[P|Гульнары]]) ребёнок не лихорадил.",
    # a bilingual form's label, then its translation
    "bilingual-label": "Фамилия / Фамилия: [[P|Гарифуллина]]  Имя / Исем: [[P|Гузель]]\n",
    # a Latin-script name right after a word for a child, a pupil, a student, a tourist, a foreigner
    "latin-after-child": "Осмотрен ребёнок [[P|Lucas Moreau]] (гражданин Бельгии), прививки по календарю страны.",
    "latin-after-foreign-patient": "Пациентка-иностранка [[P|OKAFOR GRACE]], переводчик не нужен.",
    "latin-after-english-student": "Pupil [[P|Emma Lindqvist]] was seen today.",
    # a speech transcript: the caller names themself after "это" / "зовут", in lower case, either order
    "self-named-surname-first": "оператор слушаю\nабонент: алло это [[P|гаврилова зинаида]] хочу перенести приём",
    # a first name of a non-Slavic people the dictionary lacks, beside a surname, in any case
    "uzbek-given-name": "Список группы: [[P|Рахимова Феруза]], 2019 г.р.; осмотрена с мамой.",
    "yakut-given-name-declined": "Справку выдать на руки [[P|Сардане Егоровой]] лично.",
    # messenger layouts without brackets: the Android export line, a chat's header line "sender, day в time"
    "android-export": "Переписка:\n05.11.2025, 18:40 - [[P|Латыпова Альбина]]: анализы готовы?\n05.11.2025, 18:45 - [[P|Альбина]]: спасибо",
    "chat-header": "Чат с пациентом\n[[P|Гульшат Р.]], 07.10 в 21:03\nДобрый вечер, у дочки сыпь",
    # a name's parts one to a line under its labelled first part
    "name-parts-on-lines": "Получатель: [[P|Галиева]]\n[[P|Альфия]]\n[[P|Ринатовна]]\nСНИЛС получателя: нет",
    "name-parts-on-lines-listed-given": "Законный представитель: [[P|Сафарова]]\n[[P|Мохинур]]\n—\nТелефон: нет",
    # a relative's apposition, a name addressed before a polite imperative, a letter's closing, a document's subject
    "kin-apposition": "Звонит: Это [[P|Эльвира]], дочь. Просит перезвонить.",
    "vocative-imperative": "— [[P|Оксана]], подождите, пожалуйста, на линии.",
    "letter-closing": "Ответ направлен.\nС уважением, [[P|Гарипова Лилия]]\nзав. регистратурой",
    "mail-subject-document": "Тема: справка [[P|Сафиной]]\n\nДобрый день!",
    # a patronymic in an XML export's <Middle> element, a representative's key in JSON
    "xml-middle": "<Family>[[P|Юсупов]]</Family><Given>[[P|Тимур]]</Given><Middle>[[P|Ильдарович]]</Middle>",
    "json-representative": '{"representative": "[[P|Мусина Алсу]]", "phone": null}',
    "self-named-name-first": "здравствуйте меня зовут [[P|тимур хабибуллин]] я по поводу справки",
}

PERSONS_CLEAN = [
    "Анализ мочи по Нечипоренко: лейкоциты 2000 в мл; точка Боткина безболезненна.",
    "ГКБ им. С.П. Боткина, корпус 2. Больница имени Николая Ивановича Пирогова.",
    "Функциональный класс NYHA II, класс Киллип I.",
    "Классификация по А.В. Покровскому: стадия IIб.",
    "Консультация эндокринолога (Редуксин отменён), витамин D 2000 МЕ.",
    "Добрый день! Прошу выслать выписку. Здравствуйте, Коллеги.",
    "Оператор ЭВМ, стаж 12 лет. Учитель по профессии, инвалидность III группы.",
    "Ребенок принимает Nurofen Forte; Student Health Service; класс Child-Pugh B.",
    "это связано с приемом препарата это норма это белых кровяных телец меня зовут на перевязку",
    "Бассейн Оби, Амур; диета Севара не назначалась; гель Дана-форте 2 раза в день.",
    "Приём назначен на пятницу, 12.03 в 09:15\nКабинет 5. Регистратура, 12.03 в 09:20\nзаписано",
    "05.11.2025, 18:40 - Анализы: готовы\n05.11.2025, 18:45 - Общий анализ крови: норма",
    "Врач: без замечаний\nДиагноз\nГипертония\nВера\nОАК",
    "Нурофен, примите по 1 таб. Мезим, запивайте водой. Выписка МСЭ. Справка Минздрава.",
    "Тренер: не рекомендованы нагрузки 2 недели. Ученик 5 класса, физкультура — подготовительная группа.",
]


@pytest.mark.parametrize("source", PERSONS.values(), ids=PERSONS.keys())
def test_persons_of_round_13_conventions_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan(text) if e.type == "PERSON"], text, [s for s in spans if s[0] == "PERSON"])


@pytest.mark.parametrize("text", PERSONS_CLEAN)
def test_person_look_alikes_of_round_13_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


def test_listed_given_names_decline_and_stay_apart_from_words() -> None:
    from medsyn_dataset.validation.pii.name_given_world import is_given_name

    assert is_given_name("Нигора") and is_given_name("Нигоре") and is_given_name("Айаалом") and is_given_name("ТУЯРЫ")
    assert not is_given_name("Нига") and not is_given_name("Айа") and not is_given_name("Оформление")
