"""Multi-value fragments of blind split 35: spa cards and vouchers, sports medicine, and the
medical checks for a driving or weapons licence, a job, migrants' work permits and the draft."""

from __future__ import annotations

from typing import Any

from benchmarks import pii_blind35_gen as g
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

PER, PH, DT, LOC, MRN = "PERSON", "PHONE_NUMBER", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER"


def spa_card_072(rng, fake) -> Planted:
    d = g.Doc()
    d.t(g.ocr(rng, "САНАТОРНО-КУРОРТНАЯ КАРТА (форма 072/у) № ", 0.05)).v(MRN, rng.choice((g.dg(rng, 6), f"{g.dg(rng, 3)}/{rng.randrange(20, 26)}")))
    d.t("\n1. Фамилия, имя, отчество: ").v(PER, g.name(rng, fake, ("F I O",), style=rng.choice(("", "up"))))
    d.t("\n2. Пол: " + rng.choice(("жен.", "муж.")) + "  3. Дата рождения: ").v(DT, g.born(rng, "dd.mm.yyyy", "d MG yyyy г."))
    d.t("\n4. Адрес регистрации по месту жительства: ").v(LOC, g.addr(rng, fake, *g.ADDR_FULL))
    d.t("\n5. Полис ОМС: ").v("RU_OMS_POLICY", g.enp(rng, "XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"))
    d.t("   СНИЛС: ").v("RU_SNILS", g.snils(rng))
    d.t("\n6. Номер справки для получения путёвки: ").v(MRN, g.dg(rng, 6)).t(" от ").v(DT, g.when(rng, "dd.mm.yyyy"))
    d.t("\nРекомендуемый курорт: " + rng.choice(g.SPA_TOWNS) + ", сезон лечения: любой.\nЛечащий врач ")
    d.v(PER, g.name(rng, fake, ("F io", "F i o"), style="")).t("  Тел. ").v(PH, g.landline(rng))
    return d.done()


def spa_return_coupon(rng, fake) -> Planted:
    d = g.Doc()
    d.t("ОБРАТНЫЙ ТАЛОН санаторно-курортной карты № ").v(MRN, g.dg(rng, 6))
    d.t("\nБольной(ая) ").v(PER, g.name(rng, fake, ("F I O", "F io"))).t(" находился(ась) в санатории «" + rng.choice(("Русь", "Жемчужина Кавказа", "Белокуриха", "Янган-Тау", "Шушенский")) + "»")
    start, end = g.period(rng, ("dd.mm.yyyy", "d MG", "dd.mm"), ("dd.mm.yyyy", "d MG yyyy г."), (12, 22))
    d.t("\nс ").v(DT, start).t(" по ").v(DT, end)
    d.t(" по путёвке № ").v(MRN, rng.choice((f"{g.dg(rng, 6)}", f"{g.dg(rng, 2)}-{g.dg(rng, 5)}")))
    d.t("\nПроведено лечение: нарзанные ванны №8, грязевые аппликации №6, ЛФК.\nВрач санатория: ").v(PER, g.name(rng, fake, ("F io",), style=""))
    return d.done()


def spa_booking_kv(rng, fake) -> Planted:
    d = g.Doc()
    pairs = [("guest", PER, g.name(rng, fake, ("F I O", "F I"), style="")), ("birth", DT, g.born(rng, "dd.mm.yyyy", "yyyy-mm-dd")),
             ("phone", PH, g.mob(rng)), ("email", "EMAIL_ADDRESS", g.email(rng, fake)),
             ("voucher", MRN, f"V-{g.dg(rng, 7)}"), ("arrival", DT, g.when(rng, "dd.mm.yyyy", "yyyy-mm-dd")),
             ("home_city", LOC, g.town(fake))]
    rng.shuffle(pairs)
    sep = rng.choice(("; ", "\n", " "))
    for i, (k, kind, v) in enumerate(pairs):
        d.t(("" if i == 0 else sep) + k + "=").v(kind, v)
    d.t(sep + "room=214" + sep + "diet=9")
    return d.done()


def sports_admission_list(rng, fake) -> Planted:
    d = g.Doc()
    d.t("ЗАЯВКА на участие в первенстве области по " + rng.choice(("самбо", "плаванию", "лёгкой атлетике", "волейболу")) + "\n")
    d.t("№ | ФИО | Дата рождения | Разряд | Виза врача\n")
    for i in range(rng.randrange(2, 5)):
        d.t(f"{i + 1} | ").v(PER, g.name(rng, fake, ("F I", "F I O"), style="")).t(" | ").v(DT, g.born(rng, "dd.mm.yyyy", "yyyy", lo=2004, hi=2014))
        d.t(" | " + rng.choice(("1 юн.", "КМС", "2", "б/р")) + " | допущен\n")
    d.t("Всего допущено к соревнованиям " + str(i + 1) + " человек. Врач ").v(PER, g.name(rng, fake, ("F io", "F I O"), style=""))
    d.t(" (ГАУЗ «Врачебно-физкультурный диспансер»), ").v(DT, g.when(rng, "dd.mm.yyyy"))
    return d.done()


def sports_umo(rng, fake) -> Planted:
    d = g.Doc()
    d.t("Углублённое медицинское обследование (УМО). Карта спортсмена № ").v(MRN, rng.choice((g.dg(rng, 5), f"ВФД-{g.dg(rng, 4)}")))
    d.t("\n").v(PER, g.name(rng, fake, ("F I O", "F I"))).t(", ").v(DT, g.born(rng, "dd.mm.yyyy", lo=1996, hi=2012))
    d.t(", вид спорта: " + rng.choice(("хоккей", "дзюдо", "биатлон", "бокс")) + ", тренер ").v(PER, g.name(rng, fake, ("F I O", "F io"), style=""))
    d.t("\nЭКГ, ЭхоКГ, велоэргометрия — без патологии. Допущен к тренировкам и соревнованиям до ")
    d.v(DT, g.when(rng, "dd.mm.yyyy", "MG yyyy г.")).t(".")
    if rng.random() < 0.6:
        d.t("\nУИН ГТО: ").v(MRN, f"{rng.randrange(18, 26)}-{rng.randrange(10, 90)}-{g.dg(rng, 7)}")
    return d.done()


def driver_certificate(rng, fake) -> Planted:
    d = g.Doc()
    d.t("Медицинское заключение о наличии (об отсутствии) у водителей транспортных средств (кандидатов в водители) "
        "медицинских противопоказаний\nСерия ").v(MRN, f"{g.dg(rng, 2)} № {g.dg(rng, 6)}" if rng.random() < 0.5 else f"{g.dg(rng, 4)} {g.dg(rng, 6)}")
    d.t("  Дата выдачи: ").v(DT, g.when(rng, "«dd» MG yyyy г.", "dd.mm.yyyy"))
    d.t("\n1. ").v(PER, g.name(rng, fake, ("F I O",), style=rng.choice(("", "up"))))
    d.t("\n2. Дата рождения: ").v(DT, g.born(rng, "dd.mm.yyyy", "d MG yyyy г.", lo=1950, hi=2007))
    d.t("\n3. Место регистрации: ").v(LOC, g.addr(rng, fake, *g.ADDR_FULL))
    if rng.random() < 0.5:
        d.t("\n4. Водительское удостоверение: ").v(MRN, g.lay(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX")), g.dg(rng, 10)))
        d.t(" (замена в связи с истечением срока)")
    d.t("\nМедицинские противопоказания отсутствуют. Категории: B, B1, C, М.\nПредседатель комиссии ")
    d.v(PER, g.name(rng, fake, ("F io", "io F"), style=""))
    return d.done()


def weapons_certificate(rng, fake) -> Planted:
    d = g.Doc()
    d.t(rng.choice(("МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ об отсутствии медицинских противопоказаний к владению оружием (ф. 002-О/у)\n",
                    "Мед. заключение на оружие, ф.002-О/у\n")))
    d.t("Серия ").v(MRN, f"{g.dg(rng, 2)} № {g.dg(rng, 6)}").t("\nВыдано: ").v(PER, g.name(rng, fake, ("F I O",), case="datv", style=""))
    d.t("\nДата рождения: ").v(DT, g.born(rng, "dd.mm.yyyy", lo=1950, hi=2004))
    d.t("\nДокумент: паспорт ").v("RU_PASSPORT", g.passport(rng, "XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX"))
    d.t("\nАдрес: ").v(LOC, g.addr(rng, fake, *g.ADDR_FULL))
    d.t("\nХТИ на наркотические средства: справка 003-О/у № ").v(MRN, f"{g.dg(rng, 3)}-{rng.randrange(20, 26)}")
    d.t(" от ").v(DT, g.when(rng, "dd.mm.yyyy")).t(" — не обнаружено.\nПсихиатр ").v(PER, g.name(rng, fake, ("F io",), style=""))
    d.t(", нарколог ").v(PER, g.name(rng, fake, ("F io",), style=""))
    return d.done()


def job_referral(rng, fake) -> Planted:
    d = g.Doc()
    d.t("НАПРАВЛЕНИЕ на предварительный медицинский осмотр (приказ 29н)\nФ.И.О. поступающего на работу: ")
    d.v(PER, g.name(rng, fake, ("F I O",), style=""))
    d.t("\nДата рождения: ").v(DT, g.born(rng, "dd.mm.yyyy", lo=1960, hi=2006))
    d.t("\nСНИЛС ").v("RU_SNILS", g.snils(rng, "XXX-XXX-XXX XX", "XXXXXXXXXXX")).t("   Полис ОМС ")
    d.v("RU_OMS_POLICY", g.enp(rng) if rng.random() < 0.8 else g.old_policy(rng))
    d.t("\nДолжность: " + rng.choice(("водитель погрузчика", "повар", "электромонтёр", "воспитатель")) + "; вредные факторы: п. 4.4, 18.2")
    d.t("\nЛичная медицинская книжка № ").v(MRN, f"{g.dg(rng, 2)}-{g.dg(rng, 7)}")
    d.t("\nОтветственный (отдел кадров): ").v(PER, g.name(rng, fake, ("F io", "I F"), style="")).t(", ").v(PH, g.mob(rng) if rng.random() < 0.5 else g.landline(rng))
    return d.done()


MIGRANTS = (("Жумабаев", "Нурлан", "Серикович", False), ("Турсунов", "Бахтиёр", "Алишерович", False),
            ("Эргашев", "Шерзод", "Улугбекович", False), ("Рахимов", "Фаррух", "Достонович", False),
            ("Мамытов", "Эрлан", "Асанович", False), ("Назаров", "Сухроб", "Джамшедович", False),
            ("Турсунова", "Нигора", "Бахтиёровна", True), ("Жумабаева", "Айгуль", "Нурлановна", True),
            ("Исмоилова", "Мехрибон", "Рустамовна", True), ("Абдыкадырова", "Айпери", "Бакытовна", True))


def migrant_exam(rng, fake) -> Planted:
    d = g.Doc()
    last, first, middle, female = rng.choice(MIGRANTS)
    tail = rng.choice(g.UZ_TAIL)[1 if female else 0]
    full = rng.choice((f"{last} {first} {middle}", f"{last.upper()} {first.upper()}", f"{g.translit(last).upper()} {g.translit(first).upper()}",
                       f"{first} {middle[:-4] if middle.endswith(('ович', 'овна')) else middle} {tail}"))
    d.t("Медицинское освидетельствование иностранного гражданина (патент)\nФИО: ").v(PER, full)
    d.t("\nГражданство: " + rng.choice(("Узбекистан", "Таджикистан", "Кыргызстан")) + "   Дата рождения: ").v(DT, g.born(rng, "dd.mm.yyyy", "yyyy-mm-dd", lo=1965, hi=2005))
    d.t("\nПаспорт иностранного гражданина: ").v(MRN, rng.choice((f"FA{g.dg(rng, 7)}", f"AC {g.dg(rng, 7)}", f"ID{g.dg(rng, 7)}", f"AN{g.dg(rng, 7)}")))
    if rng.random() < 0.5:
        d.t("\nИНН: ").v("RU_INN", g.inn12(rng))
    d.t("\nМиграционная карта: серия ").v(MRN, f"{g.dg(rng, 4)} № {g.dg(rng, 7)}")
    d.t("\nМесто пребывания: ").v(LOC, g.addr(rng, fake, *g.ADDR_FULL))
    d.t("\nФлюорография, ВИЧ, сифилис, наркология — отрицательно. Сертификат № ").v(MRN, f"{rng.randrange(10, 99)}-{g.dg(rng, 6)}")
    d.t("\nКонт. тел.: ").v(PH, g.mob(rng))
    return d.done()


def draft_exam_card(rng, fake) -> Planted:
    d = g.Doc()
    d.t(g.ocr(rng, "КАРТА МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ гражданина, подлежащего призыву на военную службу\n", 0.05))
    d.t("Военный комиссариат ").v(LOC, g.addr(rng, fake, "{Dg} района {r}", "г. {T} и {Dg} района", "{r}, г. {T}")).t("\n")
    d.t("Фамилия, имя, отчество ").v(PER, g.name(rng, fake, ("F I O",), cis=0.5, style=rng.choice(("", "up")), male=True))
    d.t("\nДата рождения ").v(DT, g.born(rng, "dd.mm.yyyy", "d MG yyyy г.", lo=1997, hi=2007))
    d.t("\nЛичный номер / удостоверение призывника ").v(MRN, rng.choice((f"АК {g.dg(rng, 7)}", f"ГП № {g.dg(rng, 7)}", f"АЕ{g.dg(rng, 7)}")))
    d.t("\nАдрес: ").v(LOC, g.addr(rng, fake, *g.ADDR_FULL)).t("\nТелефон: ").v(PH, g.mob(rng))
    d.t("\nХирург: годен. Окулист ").v(PER, g.name(rng, fake, ("F io",), style="")).t(": миопия слабой степени OU, Б-3.")
    d.t("\nИтоговое заключение от ").v(DT, g.when(rng, "dd.mm.yyyy", "«dd» MG yyyy г.")).t(": Б — годен с незначительными ограничениями.")
    return d.done()


def vvk_protocol_line(rng, fake) -> Planted:
    d = g.Doc()
    d.t("Протокол ВВК № ").v(MRN, f"{rng.randrange(1, 99)}/{rng.randrange(1, 800)}").t(" от ").v(DT, g.when(rng, "dd.mm.yyyy", "dd.mm.yy"))
    d.t(". Рассмотрено дело " + rng.choice(("рядового ", "сержанта ", "прапорщика ", "гражданина ")))
    d.v(PER, g.name(rng, fake, ("F I O", "F io"), case="gent", cis=0.4))
    d.t(", ").v(DT, g.born(rng, "yyyy", lo=1980, hi=2005)).t(" г.р., военный билет ").v(MRN, f"{rng.choice(('АВ', 'АС', 'АН'))} {g.dg(rng, 7)}")
    d.t(". Диагноз: хронический двусторонний гнойный мезотимпанит, тугоухость II ст. Категория «В». Председатель ").v(PER, g.name(rng, fake, ("F io", "io F"), style=""))
    return d.done()


def hl7_pid(rng, fake) -> Planted:
    d = g.Doc()
    d.t("MSH|^~\\&|MIS|OKB|LIS|LAB|").v(DT, g.when(rng, "yyyymmddhhnn")).t(f"||ORM^O01|{g.dg(rng, 8)}|P|2.5\rPID|1||")
    d.v(MRN, g.dg(rng, 8)).t("^^^MIS^MR||").v(PER, g.latin_name(rng, fake, "^") if rng.random() < 0.4 else
                                               "^".join(g.name(rng, fake, ("F I O",), style="").split()))
    d.t("||").v(DT, g.born(rng, "yyyymmdd")).t("|" + rng.choice(("M", "F")) + "|||")
    d.v(LOC, g.addr(rng, fake, "ул. {S}, д. {N}, кв. {Q}^^{T}^^{P}", "{S} {N}-{Q}^^{T}^{r}^{P}")).t("||").v(PH, g.mob(rng, "+79AABBBCCDD", "89AABBBCCDD"))
    d.t("|||||||").v("RU_SNILS", g.snils(rng, "XXXXXXXXXXX", "XXX-XXX-XXX XX"))
    d.t("\rOBR|1|").v(MRN, f"{g.dg(rng, 10)}").t("||CTI^ХТИ моча^L")
    return d.done()


def medcheck_fixed_width(rng, fake) -> Planted:
    d = g.Doc()
    d.t("РЕЕСТР ПРОШЕДШИХ ПЕРИОДИЧЕСКИЙ МЕДОСМОТР\n" + "ФИО".ljust(34) + "Д/Р".ljust(12) + "СНИЛС".ljust(16) + "ЗАКЛ\n")
    for _ in range(rng.randrange(2, 4)):
        n = g.name(rng, fake, ("F I O", "F io"), style="")
        b = g.born(rng, "dd.mm.yyyy", lo=1960, hi=2004)
        s = g.snils(rng, "XXX-XXX-XXX XX", "XXXXXXXXXXX")
        d.v(PER, n).t(" " * max(1, 34 - len(n))).v(DT, b).t("  ").v("RU_SNILS", s).t(" " * max(1, 16 - len(s)) + rng.choice(("годен", "год.", "не годен", "дообсл.")) + "\n")
    return d.done()


def _fam(name: str, make: Any) -> BlockFamily:
    return BlockFamily(f"b35-{name}", HELDOUT, make)


CHECK_BLOCKS: list[BlockFamily] = [
    _fam("spa-card-072", spa_card_072), _fam("spa-return-coupon", spa_return_coupon), _fam("spa-booking-kv", spa_booking_kv),
    _fam("sports-admission-list", sports_admission_list), _fam("sports-umo", sports_umo),
    _fam("driver-certificate-003v", driver_certificate), _fam("weapons-certificate-002o", weapons_certificate),
    _fam("job-referral-29n", job_referral), _fam("migrant-exam", migrant_exam), _fam("draft-exam-card", draft_exam_card),
    _fam("vvk-protocol", vvk_protocol_line), _fam("hl7-pid-orm", hl7_pid), _fam("medcheck-fixed-width", medcheck_fixed_width),
]
