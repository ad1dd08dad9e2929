"""PII that generalises (issue #10, round 18): personal names where their cue or shape was not read.

* whom a maternity record is about: the newborn, the woman in labour and after it ("Новорожденный ДОРОНИН, родился
  ...", "Роженица Эргашева", "Новорождённая Майя —");
* a lower-case name after the hyphen's contraction of the patient words ("пац-ка иванова жалоб нет") or after a
  kin word ("дочь гущина майя (8995...)", "звонили родственники зайцев амвросий", "Дочь анна (...)"), with its
  initials as hasty notes write them ("пац-ка абрамов МУ", "пац-ка иванова о к", "дочь шилова л э");
* a full name's parts in slots of their own: a first name and patronymic on the line under the surname
  ("КОРНИЛОВ\nТИТ ЕРМИЛОВИЧ"), the surname on the line before them ("ЦЫДЕНОВА\nАЛСУ НУРЛАНОВНА"), an unknown first
  name on its line before the patronymic's ("Титов\nЛадимир\nВладиславович"), three parts between slashes
  ("КАРПОВ / ЕЛИЗАР / АВГУСТОВИЧ");
* a chat's speaker with a role in brackets ("[13.04.22, 16:45] Лора (координатор): ...") or behind a stamp in
  brackets mid-line, where a chat was pasted into running text ("... в носоглотке [8:49] Остромир: здравствуйте");
* a surname by its ending only beside an unknown word that reads as a first name ("Жумабеков Дилшод",
  "Лордкипанидзе Кетеван", "Мохира Тошматова");
* a lone surname in the oblique case its preposition governs: a man's ("С Крыловым беседа проведена", "при Русакове",
  "о Рахмонове", "к Ильину"), and a woman's after "с" ("конфликт с Субботиной": no village's "с." without its stop);
* who writes a message, and whom a parent's message is about ("написала Маша: ...", "мама пишет: Лена третий день
  кашляет", "Мама пишет в чате: «Катя опять температурит»");
* a person after a word an eponym follows: a surname and a first name in a register's order ("ученик 6 «В» класса
  Шилов Иван"), and a staff word that only starts like one ("с инструктором-методистом Ситниковым Кондратием");
* a name's two spellings, Cyrillic and the passport's Latin, in the orders not read before: the Latin first with the
  Cyrillic in brackets, the Cyrillic first before a slash, the Latin before a slash found too, word for word with a
  name's word that is also an ordinary one ("LI NA / Ли На"), "ia" for "я" ("Диалло Амаду (AMADU DIALLO)");
* a message's addressee where the message opens, before a vocative's comma, a name the dictionary does not know
  ("«Айтал, ждём вас на донацию»", "SMS 8999...: Стоян Белов, напоминаем о приёме").
Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


def _persons(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "PERSON"]


@pytest.mark.parametrize("source", [
    "Новорожденный [[P|ДОРОНИН]], родился в срок, масса 3400 г.",
    "Новорожденный [[P|Цыренова]], крик громкий.",
    "Новорождённая [[P|Майя]] — 3390 г / 51 см, Апгар 8-9.",
    "Роженица [[P|Эргашева]] поступила в родзал.",
    "ВЫПИСНОЙ ЭПИКРИЗ\nРодильница [[P|Орехова]], 31 год, выписана домой.",
])
def test_the_subject_of_a_maternity_record_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "Новорожденный мальчик, вес 3400 г.",
    "Новорождённая девочка. Оценка по шкале Апгар 8-9.",
    "Новорожденный ЗДОРОВ, крик громкий.",
    "Новорожденный Доношенный, крик громкий.",
    "Роженица Активна, жалоб нет.",
])
def test_a_maternity_record_s_other_words_are_no_name(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []


@pytest.mark.parametrize("source", [
    "пац-ка [[P|иванова]] жалоб нет",
    "актив на дом. пац-ка [[P|вишнякова]] ECOG 3",
    "пац-ка [[P|абрамов МУ]] жалоб нет",
    "пац-ка [[P|иванова о к]] жалоб не предъявляет",
    "пац-т [[P|кудаков а.р.]] жалоб не предъявляет",
    "звонили родственники [[P|зайцев амвросий]] боли в надплечье",
    "Боли 6-7 б по ВАШ. Дочь [[P|исмаилова нино]] (+7914 982 53 54) просит оформить",
    "Дочь [[P|анна]] (89560048057) просит оформить",
    "иррадиация в н/конечности. дочь [[P|шилова л э]] в курсе диагноза",
    "сын: [[P|петров]] звонил вечером",
])
def test_a_lower_case_name_after_a_patient_or_kin_word_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "сын здоров, дочь замужем",
    "у матери диабет, у отца гипертония",
    "дочь работает, сын учится",
    "мать умерла от инсульта, отец жив",
    "родственники извещены, мать присутствовала",
    "жена навещает ежедневно",
    "пац-т в сознании, пац-ка в палате",
    "женщина 45 лет, материал взят",
    "мать больна туберкулезом, брат здоров",
])
def test_kin_and_patient_words_before_ordinary_words_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []


def test_a_measure_after_the_surname_is_no_initials(scanner: PiiScanner) -> None:
    text = "пац-ка иванова АД 150/90"
    assert _persons(scanner, text) == ["иванова"]


@pytest.mark.parametrize("source", [
    "СВИДЕТЕЛЬСТВО О СМЕРТИ\nГражданин(ка) [[P|КОРНИЛОВ]]\n[[P|ТИТ ЕРМИЛОВИЧ]]\nдата рождения 29.01.1962",
    "СВИДЕТЕЛЬСТВО О СМЕРТИ\nГражданин(ка) [[P|ЦЫДЕНОВА]]\n[[P|АЛСУ НУРЛАНОВНА]]\nдата рождения 29.01.1962",
    "Ф.И.О. [[P|Титов]]\n[[P|Ладимир]]\n[[P|Владиславович]]\nДата и место рождения",
    "Клиент: [[P|КАРПОВ]] / [[P|ЕЛИЗАР]] / [[P|АВГУСТОВИЧ]]\nПол: М",
    "Клиент: [[P|Шарапова]] / [[P|Ирина]] / [[P|Георгиевна]]\nПол: Ж",
])
def test_a_name_s_parts_in_slots_of_their_own_are_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "ОАК / ОАМ / ЭКГ в норме",
    "Диагноз: ИБС / Гипертония / Стенокардия",
    "Назначено: Эналаприл / Бисопролол / Аторвастатин",
    "Осмотр\nЖалобы\nНет",
    "Анамнез\nЖалобы на боли\nОбъективно",
])
def test_slotted_words_that_are_no_name_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []


@pytest.mark.parametrize("source", [
    "Фамилия [[P|ИВАНОВА]]\nИмя [[P|МАРИЯ]]\nОтчество [[P|ДМИТРИЕВНА]]\nДата рождения",
    "Фамилия [[P|Иванова]]\nИмя [[P|Мария]]\nОтчество [[P|Дмитриевна]]\nДата рождения",
])
def test_a_label_on_the_line_under_a_name_is_no_part_of_it(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("source", [
    "Скрин переписки:\n[13.04.22, 16:45] [[P|Лора]] (координатор): Здравствуйте, пришлите скан паспорта",
    "Скрин переписки:\n[10.11.25, 20:17] [[P|Пров]] (координатор): Отправьте скан",
    "эпизодически скопление слизи в носоглотке [8:49] [[P|Остромир]]: здравствуйте, температура 38",
])
def test_a_chat_speaker_with_a_role_or_mid_line_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "Прием окончен, пациент отпущен домой [12:40] Врач: рекомендации даны",
    "Анализы сданы в лабораторию [08:15] Регистратура (приём): запись подтверждена",
    "Контроль АД через 2 часа [10:00] Давление: 130/90",
])
def test_a_mid_line_stamp_before_an_ordinary_word_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []


@pytest.mark.parametrize("source", [
    "Повторный приём. [[P|Жумабеков Дилшод]] явился в сопровождении дяди",
    "Осмотр [[P|Лордкипанидзе Кетеван]] в палате № 412",
    "Юный лыжник [[P|Мохира Тошматова]] (ДЮСШ), жалоб нет.",
    "выполнена под контролем [[P|Синклитикией Лыткиной]], осложнений нет.",
])
def test_a_surname_by_its_ending_beside_a_first_name_reading_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "Рекомендован Солкосерил Гель на ночь",
    "Наблюдается в клинике Медси Ясенево",
    "Лечился в санатории Увильды Курорт",
])
def test_two_capitalised_words_without_a_surname_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []


@pytest.mark.parametrize("source", [
    "С [[P|Хабибуллиным]] беседа проведена по телефону.",
    "Со слов — конфликт с [[P|Козловым]], во дворе дома.",
    "Сведения о [[P|Рахмонове]] переданы в ФСС через ЕГИСЗ.",
    "При [[P|Сафарове]] находилась дочь, помогала.",
    "внесены в журнал при [[P|Русакове]], дежурном учителе.",
    "«Ходила к [[P|Ильину]] на УЗИ щитовидки, всё быстро.",
    "консультация проведена совместно с [[P|Турдубаевой]] диагноз не изменен",
])
def test_a_lone_surname_in_the_case_its_preposition_governs_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "Пробка перед Садовым кольцом, поехали с Садовым кольцом",
    "Проживает в с. Ивановка, приехал с Садовой улицы",
    "Лечение по Ильину, операция по Илизарову",
    "Живёт в Иванове, работает в Ростове",
])
def test_places_and_methods_after_prepositions_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []


@pytest.mark.parametrize("source", [
    "В чате клиники написала [[P|Светлана]]: «Когда будут анализы?»",
    "заложенность носа. мама пишет: [[P|Лена]] третий день кашляет",
    "В чате мама пишет: «[[P|Света]] не спит ночь, температура 38,5»",
    "Мама пишет в чате: «[[P|Катя]] опять температурит, 38,5».",
])
def test_a_name_after_a_verb_of_writing_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "мама пишет: Температура 38, Кашель сухой",
    "Пациент пишет: Прошу выписать рецепт",
    "Невролог написал: Рекомендовано МРТ",
    "написала Заявление на отпуск",
])
def test_a_message_s_ordinary_first_word_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []


@pytest.mark.parametrize("source", [
    "ученик 6 «В» класса [[P|Шилов Иван]] упал на перемене в спортзале",
    "ученица 6 «В» класса [[P|Пономарева Василиса]] упала на перемене",
    "Занятия в зале с инструктором-методистом [[P|Ситниковым Кондратием]]. Слабость",
])
def test_a_person_after_an_eponym_s_cue_word_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "синдром Стивенса Джонсона в анамнезе",
    "болезнь Шарко Мари Тута, 1 тип",
    "синдром Вольфа Паркинсона Уайта на ЭКГ",
    "симптом Александра Грефе",
    "болезнь Иценко Кушинга, по Нечипоренко без патологии",
    "лечение по методу Илизарова",
])
def test_eponyms_of_two_surnames_or_a_first_name_first_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []


@pytest.mark.parametrize("source", [
    "Иностранный гражданин. Name: [[P|KULAKOV LYUBOSMYSL]] ([[P|Кулаков Любосмысл]])\nDate of birth: 13.04.2019",
    "Ф.И.О. / Name: [[P|Маслов Мина]] / [[P|MASLOV MINA]]\nДата рождения",
    "Сертификат о прививках\n[[P|LAPIN BUDIMIR]] / [[P|Лапин Будимир Ермолаевич]]\nДата",
    "姓名 / ФИО: [[P|LI NA]] / [[P|Ли На]]\nДата",
    "Студент мед. университета [[P|Диалло Амаду]] ([[P|AMADU DIALLO]]), полис ДМС",
])
def test_a_name_s_two_spellings_are_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "Диагноз: Диабет Тип / Diabetes Type 2",
    "Диагноз: Стафилококк / Staphylococcus Aureus",
    "Отделение: Кардиология / Cardiology Department",
    "Препарат: Ксарелто / Xarelto Bayer",
    "Назначен Кетопрофен (Ketoprofen Retard) по 1 таб",
    "Возбудитель Staphylococcus Aureus (Золотистый Стафилококк)",
])
def test_bilingual_terms_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []


@pytest.mark.parametrize("source", [
    "15.09.2025 08:21 | 8(948)4917450 | «[[P|Айтал]], ждём вас на донацию 11.09»",
    "SMS 89992971498: [[P|Стоян Белов]], напоминаем о приёме завтра",
])
def test_a_message_s_addressee_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "Уважаемые пациенты! Поликлиника, напоминаем о приёме",
    "«Внимание, напоминаем о вакцинации»",
    "ОРВИ, сообщаем о карантине",
    "«Клиника Здоровье, приглашаем вас»",
])
def test_a_message_s_ordinary_opening_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []
