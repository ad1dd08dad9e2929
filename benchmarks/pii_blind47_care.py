"""Multi-value fragments of blind split 47, palliative side: referrals, hospice admission, home visiting
logs, opioid prescriptions and their registers, relatives' contact sheets, death at home, MIS exports."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind47_boards import _dt, _loc, _mrn, _oms, _p, _snils
from benchmarks.pii_blind47_values import (
    addr,
    born,
    compose,
    d,
    ids,
    inn_v,
    mail,
    name,
    oms_v,
    parts,
    passport_v,
    snils_v,
    tel,
    when,
)
from benchmarks.pii_families import BlockFamily, Planted

H = "heldout"
_MOB = ("+7 (AAA) XXX-XX-XX", "8 AAA XXX XX XX", "8AAAXXXXXXX", "+7AAAXXXXXXX", "8-AAA-XXX-XX-XX", "+7 AAA XXX-XXXX")


def _tel(rng, fake, *layouts):
    return "PHONE_NUMBER", tel(*(layouts or _MOB))(rng, fake, "nomn")


def _pass(rng, fake, *layouts):
    return "RU_PASSPORT", passport_v(*(layouts or ("XXXX XXXXXX", "XX XX XXXXXX", "XXXX № XXXXXX")))(rng, fake, "nomn")


def _relative(rng: random.Random, fake: Any, frame: str) -> list[Any]:
    """The frame's "{}" becomes a relative's name whose sex fits the relation word put in "{rel}"."""
    rel, sex = rng.choice((("дочь", "f"), ("сын", "m"), ("супруга", "f"), ("внучка", "f"), ("брат", "m")))
    before, after = frame.replace("{rel}", rel).split("{}")
    return [before, _p(rng, fake, "F I O", "I O", sex=sex), after]


def palliative_referral(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "Заключение врачебной комиссии о наличии медицинских показаний для оказания паллиативной медицинской помощи № ",
        _mrn(rng, fake, "NXX", "NXXX/Y", "ВК-NXXX"), " от ", _dt(rng, fake, "dd.mm.yyyy", "d MG yyyy г."), "\n",
        "Пациент: ", _p(rng, fake, "F I O"), ", дата рождения ", _dt(rng, fake, "dd.mm.yyyy", birth=True), "\n",
        "Адрес: ", _loc(rng, fake, "г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {D} р-н, с. {V}, ул. {S}, {N}",
                        "{T}, {S} ул., {N}-{Q}"), "\n",
        "СНИЛС ", _snils(rng, fake), "; полис ОМС ", _oms(rng, fake), "\n",
        "Диагноз: C25.0 Рак головки поджелудочной железы IV ст., хронический болевой синдром.\n",
        *_relative(rng, fake, "Контактное лицо: {} ({rel}), тел. "), _tel(rng, fake), "\nПредседатель ВК ", _p(rng, fake, "F io", "io F"),
    )


def hospice_admission(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "Хоспис. Поступил(а) ", _dt(rng, fake, "dd.mm.yyyy в HH:MM", "dd.mm.yyyy HH:MM", "d MG yyyy г."), " в плановом порядке.\n",
        "ФИО: ", _p(rng, fake, "F I O", upper=0.2), "  Паспорт: ", _pass(rng, fake), "\n",
        "Доставлен из дома (", _loc(rng, fake, "ул. {S}, {N}, кв. {Q}", "г. {T}, {S} ул., д. {N}", "пос. {V}, д. {N}"),
        ") бригадой СМП.\nИ/б № ", _mrn(rng, fake, "NXX/Y", "NXXX", "П-NXXX"), "\n",
        "Представитель: ", _p(rng, fake, "F I O", "F io"), ", тел. ", _tel(rng, fake), ", e-mail ",
        ("EMAIL_ADDRESS", mail(rng, fake)),
    )


def visit_log_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t", "|"))
    pieces: list[Any] = [sep.join(("дата", "время", "пациент", "адрес", "м/с", "телефон", "ВАШ")) + "\n"]
    for _ in range(rng.randrange(2, 4)):
        pieces += [_dt(rng, fake, "dd.mm.yyyy", "yyyy-mm-dd", "dd.mm.yy"), sep, f"{rng.randrange(8, 19):02d}:{rng.choice(('00', '30'))}",
                   sep, _p(rng, fake, "F io", "F I O", "F i"), sep,
                   _loc(rng, fake, "ул. {S} {N}-{Q}", "{S} {N} кв {Q}", "ул.{S} д.{N} кв.{Q}"), sep,
                   _p(rng, fake, "F", "F i"), sep, _tel(rng, fake, "8AAAXXXXXXX", "+7AAAXXXXXXX", "8 AAA XXX XX XX"), sep,
                   str(rng.randrange(2, 9)), "\n"]
    return compose(*pieces)


def visit_note(rng: random.Random, fake: Any) -> Planted:
    return compose(
        _dt(rng, fake, "dd.mm", "dd.mm.yy", "d MG"), " выезд на дом к ", _p(rng, fake, "F I O", "F io", case="datv"),
        " (", _loc(rng, fake, "{T}, ул. {S}, {N}-{Q}", "с. {V}, {S} ул., {N}"), "). Встретила дочь ",
        _p(rng, fake, "I O", "I", sex="f"), ". Боль 6/10, увеличена доза ТТС фентанила до 50 мкг/ч. ",
        "Следующий визит ", _dt(rng, fake, "dd.mm", "d MG"), ". Тел. дочери ", _tel(rng, fake), ". М/с ",
        _p(rng, fake, "F io", "F"),
    )


def rx_107_form(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "РЕЦЕПТ (форма № 107/у-НП)   Серия ", _mrn(rng, fake, "XX № XXXXXXX", "XXXX № XXXXXX"), "\n",
        "Дата выписки: ", _dt(rng, fake, "dd.mm.yyyy", "d MG yyyy г."), "\n",
        "Ф.И.О. пациента: ", _p(rng, fake, "F I O"), "\n",
        "Дата рождения: ", _dt(rng, fake, "dd.mm.yyyy", birth=True), "\n",
        "СНИЛС: ", _snils(rng, fake), "   № мед. карты: ", _mrn(rng, fake, "NXXXX", "NXXXX/Y"), "\n",
        "Адрес места жительства: ", _loc(rng, fake, "г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, г. {T}, {S} ул., {N}-{Q}"), "\n",
        "Rp.: Sol. Morphini hydrochloridi 1% - 1 ml\nD.t.d. N 20 in amp.\nФ.И.О. врача: ",
        _p(rng, fake, "F I O", "F io"), "\nРуководитель МО: ", _p(rng, fake, "F io", "io F"),
    )


def opioid_register(rng: random.Random, fake: Any) -> Planted:
    pieces: list[Any] = ["Журнал учёта рецептурных бланков 107/у-НП\n№ | серия и номер | дата | ФИО пациента | препарат | врач\n"]
    for _ in range(rng.randrange(2, 5)):
        pieces += [f"{rng.randrange(10, 400)} | ", _mrn(rng, fake, "XX XXXXXXX", "XX-XXXXXXX", "XXXX XXXXXX"), " | ",
                   _dt(rng, fake, "dd.mm.yy", "dd.mm.yyyy"), " | ", _p(rng, fake, "F io", "F I O", lower=0.1), " | ",
                   rng.choice(("морфин 10 мг/мл", "трамадол 50 мг", "фентанил ТТС 25 мкг/ч", "тапентадол 100 мг")),
                   " | ", _p(rng, fake, "F", "F io"), "\n"]
    return compose(*pieces)


def relatives_sheet(rng: random.Random, fake: Any) -> Planted:
    pieces: list[Any] = ["ЛИСТ КОНТАКТОВ РОДСТВЕННИКОВ\nПациент: ", _p(rng, fake, "F I O"), " (палата 4)\n"]
    for rel in rng.sample(("дочь", "сын", "жена", "муж", "сестра", "брат", "внук", "сноха"), rng.randrange(2, 4)):
        sex = "f" if rel in ("дочь", "жена", "сестра", "сноха") else "m"
        pieces += [f"{rel.capitalize()} — ", _p(rng, fake, "F I O", "I O", "F I", sex=sex), ", ", _tel(rng, fake)]
        if rng.random() < 0.5:
            pieces += [", ", ("EMAIL_ADDRESS", mail(rng, fake))]
        pieces.append("\n")
    pieces += ["Сообщать о смерти в любое время суток: ", rng.choice(("да", "только дочери")), "."]
    return compose(*pieces)


def death_at_home(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "Актив на дом. Констатация смерти.\nУмерший(ая): ", _p(rng, fake, "F I O"), ", ",
        _dt(rng, fake, "dd.mm.yyyy", "yyyy", birth=True), rng.choice((" г.р.", "")), "\nАдрес: ",
        _loc(rng, fake, "{T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {D} р-н, д. {V}, ул. {S}, {N}"),
        "\nДата/время смерти (со слов): ", _dt(rng, fake, "dd.mm.yyyy HH:MM", "dd.mm.yyyy около HH ч."),
        "\nВрач прибыл ", _dt(rng, fake, "dd.mm.yyyy в HH:MM", "HH:MM dd.mm.yy"),
        ". Трупные пятна, окоченение. Наблюдался в ОД с диагнозом C18.7.\nМСС серия ",
        _mrn(rng, fake, "XX № XXXXXX", "XXX XXXXXXXX"), " выдано ", _p(rng, fake, "F I O", case="datv"),
        " (паспорт ", _pass(rng, fake), ").\nВрач ", _p(rng, fake, "F io"),
    )


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, female = parts(rng, fake)
    nm = "^".join((last.upper(), first.upper(), middle.upper()))
    ts = when("yyyymmddHHMM")(rng, fake, "nomn")
    street, town = fake.street_title(), fake.city_name().split(" (")[0]
    loc = f"ул. {street}, д. {rng.randrange(1, 90)}^^{town}^^{rng.randrange(101000, 692999)}^RUS"
    return compose(
        "MSH|^~\\&|MIS|ONKO|HOSPICE|PMP|", ("DATE_TIME", ts), "||ADT^A01|", f"{d(rng, 8)}|P|2.5\r",
        "PID|1||", _mrn(rng, fake, "NXXXXXXX", "NXXXXX^^^ONKO^MR"), "^^^MR~", _snils(rng, fake), "^^^SNILS||",
        ("PERSON", nm), "||", ("DATE_TIME", born("yyyymmdd")(rng, fake, "nomn")), "|", "F" if female else "M", "|||",
        ("LOCATION", loc), "||", _tel(rng, fake, "8AAAXXXXXXX", "+7AAAXXXXXXX"), "\r",
        "PV1|1|I|PAL^12^1||||", ("PERSON", f"{fake.last_name_female().upper()}^{fake.first_name_female().upper()}"), "\r",
    )


def registry_xml(rng: random.Random, fake: Any) -> Planted:
    ind = rng.choice(("", "  "))
    nl = "\n" if ind else ""
    pieces: list[Any] = ["<Notice form=\"090u\">", nl]
    for tag, kind, maker in (("FIO", "PERSON", name("F I O", upper=0.3)), ("BirthDate", "DATE_TIME", born("yyyy-mm-dd", "dd.mm.yyyy")),
                             ("Snils", "RU_SNILS", snils_v("XXXXXXXXXXX", "XXX-XXX-XXX XX")),
                             ("Inn", "RU_INN", inn_v("XXXXXXXXXXXX")),
                             ("Address", "LOCATION", addr("{R}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "{P}, {T}, {S}, {N}")),
                             ("DiagDate", "DATE_TIME", when("yyyy-mm-dd")),
                             ("RegNumber", "MEDICAL_RECORD_NUMBER", ids("NXXXXXXX", "Y-NXXXXX"))):
        pieces += [f"{ind}<{tag}>", (kind, maker(rng, fake, "nomn")), f"</{tag}>", nl]
    pieces += [f"{ind}<Mkb>C61</Mkb>", nl, "</Notice>"]
    return compose(*pieces)


def mis_kv_log(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "[", ("DATE_TIME", when("yyyy-mm-dd HH:MM:00")(rng, fake, "nomn")), "] event=PALLIATIVE_ENROLL patient_id=",
        _mrn(rng, fake, "NXXXXXXX", "EMK-NXXXXXX"), " fio=\"", _p(rng, fake, "F I O", "F io"), "\" enp=",
        ("RU_OMS_POLICY", oms_v("XXXXXXXXXXXXXXXX")(rng, fake, "nomn")), " snils=", _snils(rng, fake), " phone=",
        _tel(rng, fake, "+7AAAXXXXXXX", "8AAAXXXXXXX"), " status=OK",
    )


def ocr_consent(rng: random.Random, fake: Any) -> Planted:
    ocr = str.maketrans({"о": "0", "З": "3", "б": "6", "l": "1"}) if rng.random() < 0.5 else str.maketrans({})
    fio = name("F I O")(rng, fake, "nomn")
    return compose(
        "ИНФ0РМИР0ВАННОЕ ДОБР0В0ЛЬНОЕ С0ГЛАСИЕ\nЯ, ", ("PERSON", fio.translate(ocr)), " ,\n",
        "паспорт: серия, номер ", _pass(rng, fake, "XX XX XXXXXX", "XXXX XXXXXX", "XXXX  XXXXXX"),
        " выдан ", ("DATE_TIME", when("dd.mm.yyyy")(rng, fake, "nomn")), " ,\nзарегистрирован(а) по адресу: ",
        _loc(rng, fake, "г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T} ул.{S} д.{N} кв.{Q}"), "\n",
        "даю согласие на обработку персональных данных и оказание паллиативной помощи моему отцу\n",
        _p(rng, fake, "F I O", case="datv", sex="m"), " , ", _dt(rng, fake, "dd.mm.yyyy", birth=True), " г.р.\n",
        "Подпись ____________  Дата ", _dt(rng, fake, "dd.mm.yyyy", "«dd» MG yyyy г."),
    )


def eln_block(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "ЛН: ЭЛН № ", _mrn(rng, fake, "9XXXXXXXXXXX", "NXXXXXXXXXXX"), " открыт ", _dt(rng, fake, "dd.mm.yyyy"),
        ", продлён ВК до ", _dt(rng, fake, "dd.mm.yyyy", "dd.mm"), ". Работающий: ", _p(rng, fake, "F I O", "F io"),
        ", ИНН ", ("RU_INN", inn_v("XXXXXXXXXXXX")(rng, fake, "nomn")), ", СНИЛС ", _snils(rng, fake),
        ". Работодатель: ООО «Техстрой», ИНН ", ("RU_INN", inn_v("XXXXXXXXXX")(rng, fake, "nomn")), ".",
    )


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "Направление на МСЭ (ф. 088/у)\n3. ", _p(rng, fake, "F I O"), "\n4. Дата рождения: ",
        _dt(rng, fake, "dd.mm.yyyy", birth=True), "\n6. Гражданство: РФ\n8. Адрес: ",
        _loc(rng, fake, "{P}, {R}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {D} район, с. {V}, {S}, {N}"),
        "\n10. Паспорт: ", _pass(rng, fake), "\n11. СНИЛС: ", _snils(rng, fake), "\n12. ИНН: ",
        ("RU_INN", inn_v("XXXXXXXXXXXX", "XXXX XXXX XXXX")(rng, fake, "nomn")),
        "\n13. Телефон: ", _tel(rng, fake), "\n14. Эл. почта: ", ("EMAIL_ADDRESS", mail(rng, fake)),
    )


def migrant_patient(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "Пациент — гражданин Республики ", rng.choice(("Узбекистан", "Таджикистан", "Кыргызстан")), ", ",
        _p(rng, fake, "F I", "F I O", sex="m"), ", ", _dt(rng, fake, "dd.mm.yyyy", birth=True),
        " г.р. Нац. паспорт ", _mrn(rng, fake, "FAXXXXXXX", "ANXXXXXXX", "ACXXXXXXX"),
        ", миграционная карта ", _mrn(rng, fake, "XXXX XXXXXXX", "XXXXXXXXXXX"),
        ". Полис ОМС отсутствует, помощь оказана в экстренной форме. Адрес пребывания: ",
        _loc(rng, fake, "г. {T}, ул. {S}, д. {N}", "{T}, {S}, {N}-{Q}"), ". Тел. брата ", _tel(rng, fake), ".",
    )


def call_card(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "Карта вызова СМП № ", _mrn(rng, fake, "NXXX", "NXXXX/Y", "NXXXXXX"), "  Принят: ",
        _dt(rng, fake, "dd.mm.yyyy HH:MM", "HH:MM dd.mm"), "\nВызывающий: ", rng.choice(("жена", "дочь", "сосед")),
        ", тел. ", _tel(rng, fake), "\nАдрес вызова: ", _loc(rng, fake, "ул. {S}, д. {N}, кв. {Q}, под. 3, эт. 5",
                                                              "{T}, {S} {N}-{Q}", "пер. {S}, {N}"),
        "\nБольной: ", _p(rng, fake, "F I O", "F I"), ", ", str(rng.randrange(45, 90)), " лет\n",
        "Повод: онкобольной, некупируемая боль. Введено: морфин 1% 1,0 п/к. Обслужил фельдшер ",
        _p(rng, fake, "F io"),
    )


CARE_BLOCKS: list[BlockFamily] = [
    BlockFamily("b47-palliative-vk-referral", H, palliative_referral),
    BlockFamily("b47-hospice-admission", H, hospice_admission),
    BlockFamily("b47-visit-log-csv", H, visit_log_csv),
    BlockFamily("b47-visit-note", H, visit_note),
    BlockFamily("b47-rx-107-form", H, rx_107_form),
    BlockFamily("b47-opioid-register", H, opioid_register),
    BlockFamily("b47-relatives-sheet", H, relatives_sheet),
    BlockFamily("b47-death-at-home", H, death_at_home),
    BlockFamily("b47-hl7-adt", H, hl7_adt),
    BlockFamily("b47-registry-xml", H, registry_xml),
    BlockFamily("b47-mis-kv-log", H, mis_kv_log),
    BlockFamily("b47-ocr-consent", H, ocr_consent),
    BlockFamily("b47-eln-inn", H, eln_block),
    BlockFamily("b47-mse-referral", H, mse_referral),
    BlockFamily("b47-migrant-patient", H, migrant_patient),
    BlockFamily("b47-smp-call-card", H, call_card),
]
