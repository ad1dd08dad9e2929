"""blind19 blocks: speech-to-text dictations, chats, telemedicine, call-centre and dispatcher transcripts."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind19_gen as g
from benchmarks import pii_blind19_people as pp
from benchmarks.pii_blind19_gen import DT, EM, LOC, MRN, OMS, PH, PS, SN, URL, P, doc
from benchmarks.pii_families import MONTHS_GENT, Planted


def stt_admission(rng: random.Random, fake: Any) -> Planted:
    """A run-on dictated admission note: no punctuation, numbers partly in words."""
    p = pp.anyone(rng, fake)
    doctor = pp.russian(rng, fake)
    y, m, d = g.birth(rng)
    ay, am, ad = g.ymd(rng, 2025, 2026)
    return doc(
        "пациент ",
        (P, p.full()),
        " дата рождения ",
        (DT, f"{g.ordinal(d, 'ое')} {MONTHS_GENT[m - 1]} {g.year_words(y)} года"),
        " поступил ",
        (DT, f"{ad} {MONTHS_GENT[am - 1]} {ay}"),
        " в ",
        g.cardinal(rng.randint(5, 20)),
        " часов",
        " жалобы на давящие боли за грудиной иррадиация в левую руку принимал нитроглицерин две таблетки без эффекта",
        " живет по адресу ",
        (LOC, f"улица {fake.street_title()} дом {rng.randint(1, 99)} квартира {rng.randint(1, 200)}"),
        " телефон жены ",
        (PH, g.phone_words(g.mobile_digits(rng))),
        " осмотрен дежурным врачом ",
        (P, f"{doctor.L('ablt')} {doctor.F('ablt')} {doctor.M('ablt')}"),
        " давление сто шестьдесят на сто пульс девяносто два",
    )


def stt_discharge(rng: random.Random, fake: Any) -> Planted:
    """Dictated discharge with a few autocorrect artefacts and 'точка' read aloud."""
    p = pp.russian(rng, fake)
    y, m, d = g.ymd(rng, 2025, 2026)
    mrn = f"{rng.randint(100, 9999)} дробь {y % 100}"
    return doc(
        "выписной эпикриз точка история болезни номер ",
        (MRN, mrn),
        " точка ",
        (P, p.full("nomn")),
        " находился на лечении с ",
        (DT, f"{g.ordinal(d, 'ого')} {MONTHS_GENT[m - 1]}"),
        " по ",
        (
            DT,
            f"{g.ordinal(min(d + rng.randint(5, 12), 31), 'ое')} {MONTHS_GENT[m - 1]} {g.year_words(y)} года",
        ),
        " точка диагноз внебольничная пневмония справа код джей восемнадцать точка девять точка",
        " рекомендовано наблюдение у терапевта по месту жительства контрольная рентгенография через месяц",
        " лечащий врач ",
        (P, pp.russian(rng, fake).shape(rng)),
    )


def stt_child_visit(rng: random.Random, fake: Any) -> Planted:
    kid = pp.russian(rng, fake)
    mom = pp.russian(rng, fake, male=False)
    y, m, d = g.ymd(rng, 2016, 2024)
    return doc(
        "осмотр на дому ребенок ",
        (P, f"{kid.F()} {kid.L()}"),
        " ",
        (DT, f"{d} {MONTHS_GENT[m - 1]} {y}"),
        " года рождения мама ",
        (P, f"{mom.F()} {mom.M()}"),
        " говорит что температура с ночи до тридцати девяти",
        " адрес ",
        (LOC, f"{pp.town(fake)} {fake.street_title()} {rng.randint(1, 120)} {rng.randint(1, 300)}"),
        " полис ",
        (OMS, " ".join(g.enp(rng, "flat")[i : i + 4] for i in range(0, 16, 4))),
        " назначено ибупрофен по весу сто миллиграмм каждые восемь часов",
    )


def stt_numbers_words(rng: random.Random, fake: Any) -> Planted:
    """Identifiers dictated digit by digit or in groups."""
    s = g.snils_digits(rng)
    spoken_snils = " ".join(
        g.group_words(s[i : i + 3]) if i < 9 else g.group_words(s[9:]) for i in (0, 3, 6, 9)
    )
    p = pp.anyone(rng, fake)
    ser, num = g.passport(rng)
    return doc(
        "диктовка регистратора фамилия ",
        (P, p.L()),
        " имя ",
        (P, p.F()),
        *((" отчество ", (P, p.M())) if p.middle else ()),
        " снилс ",
        (SN, s if rng.random() < 0.5 else f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"),
        " повторяю снилс прописью ",
        (SN, spoken_snils),
        " паспорт серия ",
        (PS, f"{g.group_words(ser[:2])} {g.group_words(ser[2:])}"),
        " номер ",
        (PS, num),
        " телефон ",
        (PH, g.mobile(rng, "flat8")),
        " направление на мрт коленного сустава",
    )


def telemed_chat(rng: random.Random, fake: Any) -> Planted:
    pat = pp.anyone(rng, fake)
    doc_ = pp.russian(rng, fake)
    y, m, d = g.ymd(rng, 2025, 2026)
    t1, t2 = f"{rng.randint(8, 12)}:{rng.randint(10, 59)}", f"{rng.randint(13, 20)}:{rng.randint(10, 59)}"
    return doc(
        "Телемедицинская консультация (врач — пациент)\n",
        "[",
        (DT, f"{d:02d}.{m:02d}.{y} {t1}"),
        "] ",
        (P, f"{pat.F()} {pat.L()}"),
        ": Здравствуйте, у меня с позавчера болит горло, температура 37,8\n",
        "[",
        (DT, f"{d:02d}.{m:02d}.{y} {t2}"),
        "] Врач ",
        (P, f"{doc_.F()} {doc_.M()}"),
        ": Добрый день! Подключайтесь по ссылке ",
        (URL, f"https://tm.{rng.choice(('emias', 'k-vrachu', 'medlk'))}.ru/c/{g.dig(rng, 8)}"),
        ". Номер консультации ",
        (MRN, f"ТМК-{y}-{g.dig(rng, 6)}"),
        ".\n",
        "[",
        (DT, f"{d:02d}.{m:02d}.{y} {t2[:-1]}9"),
        "] ",
        (P, pat.F()),
        ": Спасибо, доктор! Мой номер на всякий ",
        (PH, g.mobile(rng)),
    )


def messenger_parent(rng: random.Random, fake: Any) -> Planted:
    mom = pp.anyone(rng, fake, male=False)
    kid = pp.diminutive(rng)
    nurse = pp.russian(rng, fake, male=False)
    _y, m, d = g.ymd(rng, 2025, 2026)
    by, bm, bd = g.ymd(rng, 2018, 2024)
    return doc(
        (P, mom.F()),
        ", ",
        (DT, f"{d:02d}.{m:02d}"),
        " в ",
        f"{rng.randint(7, 22)}:{rng.randint(10, 59)}",
        "\n",
        "Добрый вечер, это мама. Ребенок — ",
        (P, kid),
        ", ",
        (DT, f"{bd:02d}.{bm:02d}.{by % 100:02d}"),
        " г.р., нам нужна справка в бассейн\n",
        "Медсестра ",
        (P, f"{nurse.F()} {nurse.M()}"),
        ", ",
        (DT, f"{d:02d}.{m:02d}"),
        "\n",
        "Здравствуйте! Приходите в каб. 214 с 9:00 до 12:00, карта у нас под номером ",
        (MRN, f"{rng.randint(1, 9999)}-д"),
        ". Если что, пишите на ",
        (EM, g.org_email(rng, fake)),
    )


def whatsapp_export(rng: random.Random, fake: Any) -> Planted:
    """A messenger export: '26.11.2026, 10:14 - Name: text'."""
    a, b = pp.anyone(rng, fake), pp.russian(rng, fake)
    y, m, d = g.ymd(rng, 2025, 2026)
    rows = []
    for who, text in (
        (a.full(), "снимок прикрепляю"),
        (f"Др. {b.L()}", "Вижу перелом лучевой кости, приезжайте"),
        (a.full(), "адрес скинете?"),
    ):
        stamp = f"{d:02d}.{m:02d}.{y}, {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"
        rows.append((stamp, who, text))
    parts: list[Any] = []
    for stamp, who, text in rows:
        parts += [(DT, stamp), " - "]
        if who.startswith("Др. "):
            parts += ["Др. ", (P, who[4:])]
        else:
            parts += [(P, who)]
        parts += [": ", text, "\n"]
    parts += [
        (DT, f"{d:02d}.{m:02d}.{y}, 21:0{rng.randint(0, 9)}"),
        " - ",
        (P, a.full()),
        ": <Без медиафайлов> мой снилс ",
        (SN, g.snils(rng, "flat")),
    ]
    return doc(*parts)


def dispatcher_103(rng: random.Random, fake: Any) -> Planted:
    caller = pp.russian(rng, fake, male=False) if rng.random() < 0.5 else pp.migrant(rng, male=False)
    pat = pp.russian(rng, fake, male=True)
    return doc(
        "Диспетчер: Скорая, говорите.\n",
        "Абонент: Мужу плохо, задыхается! Это ",
        (P, caller.full() if rng.random() < 0.5 else caller.F()),
        ", жена.\n",
        "Диспетчер: Адрес?\n",
        "Абонент: ",
        (LOC, f"{fake.street_title()}, {rng.randint(1, 99)}, квартира {rng.randint(1, 200)}"),
        ", подъезд ",
        str(rng.randint(1, 8)),
        ", код домофона ",
        f"{rng.randint(1, 99)}В{rng.randint(1000, 9999)}",
        ".\n",
        "Диспетчер: ФИО больного, возраст?\n",
        "Абонент: ",
        (P, pat.L()),
        " ",
        (P, pat.F()),
        ", возраст ",
        str(rng.randint(40, 90)),
        ".\n",
        "Диспетчер: Номер для обратной связи?\n",
        "Абонент: ",
        (PH, g.mobile(rng, rng.choice(("eight", "flat8", "spaces")))),
        ".\n",
        "Диспетчер: Вызов принят, номер ",
        (MRN, f"{rng.randint(1, 3999)}"),
        ", бригада выезжает.",
    )


def call_center_record(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    op = pp.russian(rng, fake, male=False)
    _y, m, d = g.ymd(rng, 2026, 2026)
    by, bm, bd = g.birth(rng)
    return doc(
        "Единый колл-центр записи. Оператор ",
        (P, op.F()),
        ".\n",
        "— Назовите, пожалуйста, полис.\n— ",
        (OMS, g.enp(rng, rng.choice(("flat", "groups")))),
        ".\n",
        "— Фамилия, имя, дата рождения?\n— ",
        (P, p.L()),
        " ",
        (P, p.F()),
        ", ",
        (DT, f"{bd} {MONTHS_GENT[bm - 1]} {by}"),
        ".\n",
        "— Записываю вас к кардиологу на ",
        (DT, f"{d} {MONTHS_GENT[m - 1]}, {rng.randint(8, 18)}:{rng.choice(('00', '15', '30', '45'))}"),
        ", кабинет 312. Номер талона ",
        (MRN, f"{rng.choice(('КРД', 'TR', 'Т'))}-{g.dig(rng, 6)}"),
        ".\n",
        "— Смс придёт на ",
        (PH, g.mobile(rng)),
        "?\n— Да.",
    )


def voice_assistant_log(rng: random.Random, fake: Any) -> Planted:
    """A robot-call / voice assistant log with ASR output in lower case."""
    p = pp.russian(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "call_id=",
        (MRN, f"va-{g.dig(rng, 10)}"),
        " ts=",
        (
            DT,
            f"{y}-{m:02d}-{d:02d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        ),
        " ani=",
        (PH, f"7{g.mobile_digits(rng)[1:]}"),
        "\n",
        "bot: здравствуйте вы записаны к врачу подтвердите визит\n",
        "asr: да это ",
        (P, f"{p.L().lower()} {p.F().lower()}"),
        " я приду ",
        (DT, f"{g.ordinal(d, 'ого')} {MONTHS_GENT[m - 1]}"),
        " только поменяйте телефон на ",
        (PH, g.phone_words(g.mobile_digits(rng))),
        "\n",
        "intent=confirm slot_dose=none",
    )


def sms_reminders(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    _y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "SMS от GKB15: ",
        (P, f"{p.F()} {p.M()}".strip()),
        ", напоминаем о приеме ",
        (DT, f"{d:02d}.{m:02d}"),
        " в 10:30, каб. 105. Отмена: ",
        (PH, g.city_phone(rng)),
        " или ",
        (URL, f"https://gkb15.ru/o/{g.dig(rng, 7)}"),
        "\n",
        "SMS: Результат анализа № ",
        (MRN, f"{g.dig(rng, 9)}"),
        " готов. Лаборатория. Вопросы: ",
        (PH, "8-800-" + g.dig(rng, 3) + "-" + g.dig(rng, 2) + "-" + g.dig(rng, 2)),
    )


def interpreter_visit(rng: random.Random, fake: Any) -> Planted:
    pat = pp.migrant(rng, male=True)
    itp = pp.migrant(rng)
    y, m, d = g.ymd(rng, 2025, 2026)
    pser, pnum = g.passport(rng)
    return doc(
        "Прием через переводчика. Пациент ",
        (P, pat.full()),
        *((" (", (P, pat.latin), ")") if pat.latin else ()),
        ", прибыл ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        ", патент получает. Переводчик — ",
        (P, itp.shape(rng)),
        ", тел. ",
        (PH, g.foreign_phone(rng)),
        ".\nПроживает: ",
        (LOC, pp.address(rng, fake, rng.choice(("city", "micro")))),
        " (хостел).\nДокументы: вид на жительство не оформлен; полис ОМС отсутствует; паспорт гражданина РФ (получен в 2023 году) — ",
        (PS, f"{pser} {pnum}"),
        ".\nЖалобы на кашель более 3 недель, потливость ночью. Направлен на флюорографию.",
    )


def dictation_with_corrections(rng: random.Random, fake: Any) -> Planted:
    """Speech recogniser output with the doctor correcting herself."""
    p = pp.russian(rng, fake, male=False)
    _y, m, d = g.ymd(rng, 2026, 2026)
    wrong, right = (d + 1) % 28 + 1, d
    return doc(
        "пациентка ",
        (P, p.L()),
        " нет поправка ",
        (P, fake.last_name_female()),
        " ",
        (P, f"{p.F()} {p.M()}"),
        " явка ",
        (DT, f"{wrong} {MONTHS_GENT[m - 1]}"),
        " то есть ",
        (DT, f"{right} {MONTHS_GENT[m - 1]}"),
        " клинический анализ крови гемоглобин сто двенадцать",
        " контактный телефон ",
        (PH, g.mobile(rng, "flat")),
        " запятая перезвонить",
    )


BLOCKS = [
    stt_admission,
    stt_discharge,
    stt_child_visit,
    stt_numbers_words,
    telemed_chat,
    messenger_parent,
    whatsapp_export,
    dispatcher_103,
    call_center_record,
    voice_assistant_log,
    sms_reminders,
    interpreter_visit,
    dictation_with_corrections,
]
