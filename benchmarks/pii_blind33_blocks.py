"""Short mixed fragments of blind split 33: a sentence or two of a note carrying two to five values,
and a few MIS exports (CSV, JSON, XML, HL7, key=value, fixed width) of the same kind of record.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind33_values import (
    enp,
    inn33,
    link,
    mail,
    name,
    passport,
    pattern,
    place,
    snils33,
    when,
)
from benchmarks.pii_families import BlockFamily, Maker, Planted, phone

H = "heldout"

_MOB = phone("+7 (AAA) BBB-CC-DD", "8 AAA BBB CC DD", "8AAABBBCCDD", "+7AAABBBCCDD", "8-AAA-BBB-CC-DD")
_ANYPHONE = phone("8 (AAA) BBB-CC-DD", "+7 AAA BBB-CC-DD", "8(AAA)BBBCCDD", codes="any")
_FIO = name("F I O", "F I O", "F io")
_SHORT = name("F io", "F i+o", "io F")
_BIRTH = when("{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yyyy}", "{d} {MG} {yyyy} г.", "{dd}.{mm}.{yy}", span="birth")
_EVENT = when("{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yy}", "{d} {MG} {yyyy} г.", "{dd}.{mm}.{yyyy}г.", span="recent")
_STAMP = when("{dd}.{mm}.{yyyy} {hh}:{nn}", "{dd}.{mm}.{yy} в {hh}:{nn}", "{dd}.{mm}.{yyyy}, {hh}:{nn}", span="recent")
_ADDR = place("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {S} ул., {N}-{Q}", "{R}, {D} р-н, с. {V}, ул. {S}, д. {N}",
              "ул. {S}, {N}, кв. {Q}")
_SNILS = snils33("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX")
_ENP = enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")
_INN = inn33("XXXXXXXXXXXX")
_PASS = passport("RR YY XXXXXX", "RRYY XXXXXX", "RRYY № XXXXXX")
_IB = pattern("{n5}", "{n4}/{yy}", "{n5}-{yy}", "{n6}")
_CALL = pattern("{n3}", "{n4}", "{n3}/{n2}")
_ELN = pattern("9{n8}{n3}", "{n12}")
_TUBE = pattern("{n10}", "{n8}", "{yy}-{n6}")
_REF = pattern("{n6}", "{n3}/{yy}", "{n4}-{n5}")
_BIRTHCERT = pattern("II-МЮ {n6}", "III-АГ {n6}", "I-ЖД {n6}", "IV-ИК {n6}")
_MISID = pattern("{n7}", "{n8}", "{n9}")
_CITY = place("{Tc}")


class _Text:
    """A fragment built piece by piece; values are recorded as gold spans."""

    def __init__(self, rng: random.Random, fake: Any) -> None:
        self.rng, self.fake, self.text, self.golds = rng, fake, "", []

    def t(self, piece: str) -> _Text:
        self.text += piece
        return self

    def v(self, kind: str, make: Maker, case: str = "nomn") -> _Text:
        value = make(self.rng, self.fake, case)
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def one(self, *options: str) -> _Text:
        return self.t(self.rng.choice(options))

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))


def _admission(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).one("Пациент(ка) ", "Пациент ", "Пац. ").v("PERSON", _FIO).t(", ").v("DATE_TIME", _BIRTH)
    b.one(" г.р., доставлен(а) бригадой СМП из ", ", доставлен(а) СМП из ").v("LOCATION", _CITY, "gent")
    return b.one(" с жалобами на давящие боли за грудиной.", " в 03:10, жалобы на одышку.").done()


def _relative_contact(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).one("Анамнез собран со слов родственника, ", "Со слов законного представителя ", "Сведения сообщил(а) — ")
    case = "nomn" if b.text.endswith("— ") else "gent"
    b.v("PERSON", name("F I O", "I O", "F I"), case)
    b.one(", тел. ", " (контактный телефон ", ", моб. ").v("PHONE_NUMBER", _MOB)
    return b.t(")." if "(контактный" in b.text else ".").done()


def _discharge(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).t("Выписывается ").v("DATE_TIME", _EVENT).t(" под наблюдение участкового терапевта ")
    b.v("PERSON", _SHORT, "gent").t(". Явка на приём ")
    return b.v("DATE_TIME", when("{dd}.{mm}.{yyyy}", "{d} {MG}", "{dd}.{mm}", span="future")).t(".").done()


def _sick_leave(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).one("Открыт ЭЛН № ", "Сформирован ЛН ", "ЭЛН ").v("MEDICAL_RECORD_NUMBER", _ELN)
    b.t(" с ").v("DATE_TIME", _EVENT).one(", СНИЛС ", "; снилс: ", " (СНИЛС ").v("RU_SNILS", _SNILS)
    return b.t(")." if b.text.count("(") else ".").done()


def _identity(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).one("Личность установлена по паспорту ", "Предъявлен паспорт ").v("RU_PASSPORT", _PASS)
    return b.one(", полис ОМС ", "; ЕНП ", ", полис ").v("RU_OMS_POLICY", _ENP).t(".").done()


def _lab(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).t("Забор крови ").v("DATE_TIME", _STAMP).one(", пробирка № ", ", штрихкод ")
    b.v("MEDICAL_RECORD_NUMBER", _TUBE).one(", м/с ", ", забор произвел(а) ").v("PERSON", _SHORT)
    return b.t(".").done()


def _contacts(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).one("Контакты пациента: ", "Для связи: ", "Связь: ").v("PHONE_NUMBER", _ANYPHONE)
    return b.one(", ", "; e-mail ", ", почта ").v("EMAIL_ADDRESS", mail).t(".").done()


def _death(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).t("Биологическая смерть констатирована ").v("DATE_TIME", _STAMP).t(" дежурным врачом ")
    b.v("PERSON", _SHORT, "ablt").one(". И/б № ", ". Карта стационарного больного ").v("MEDICAL_RECORD_NUMBER", _IB)
    return b.t(".").done()


def _referral(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).one("Выдано направление № ", "Направление ").v("MEDICAL_RECORD_NUMBER", _REF).t(" от ")
    b.v("DATE_TIME", _EVENT).one(" на консультацию к ", " к ").v("PERSON", _SHORT, "datv")
    return b.one(" (ОКБ).", ".").done()


def _tax(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).t("Справка об оплате медицинских услуг выдана налогоплательщику ").v("PERSON", _FIO, "datv")
    b.one(", ИНН ", " (ИНН ").v("RU_INN", _INN)
    return b.t(")." if b.text.count("(") else ".").done()


def _child(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).t("Ребёнок ").v("PERSON", name("F I O", "F I")).t(", д.р. ")
    b.v("DATE_TIME", when("{dd}.{mm}.{yyyy}", "{d} {MG} {yyyy} г.", span="recent"))
    b.one(", свидетельство о рождении ", ", св-во о рожд. ").v("MEDICAL_RECORD_NUMBER", _BIRTHCERT)
    return b.one(". Законный представитель — ", ". Законный представитель: ").v("PERSON", _FIO).t(".").done()


def _home(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).one("Проживает по адресу: ", "Адрес: ", "Живёт с семьёй, ").v("LOCATION", _ADDR)
    return b.one(", тел. ", ". Дом. телефон ", "; ").v("PHONE_NUMBER", _ANYPHONE).t(".").done()


# ----- exports ------------------------------------------------------------------------------
def _csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    b = _Text(rng, fake).t(sep.join(("id", "fio", "birth_date", "snils", "enp", "phone")) + "\n")
    for kind, make in (("MEDICAL_RECORD_NUMBER", _MISID), ("PERSON", _FIO), ("DATE_TIME", _BIRTH),
                       ("RU_SNILS", _SNILS), ("RU_OMS_POLICY", _ENP), ("PHONE_NUMBER", _MOB)):
        if kind != "MEDICAL_RECORD_NUMBER":
            b.t(sep)
        b.v(kind, make)
    return b.t("\n").done()


def _json(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).t('{"patient": {"emk_id": "').v("MEDICAL_RECORD_NUMBER", _MISID)
    b.t('", "name": "').v("PERSON", name("F I O")).t('", "birthDate": "')
    b.v("DATE_TIME", when("{yyyy}-{mm}-{dd}", span="birth")).t('", "address": "').v("LOCATION", _ADDR)
    return b.t('", "email": "').v("EMAIL_ADDRESS", mail).t('"}}').done()


def _xml(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).t("<Patient>\n  <FIO>").v("PERSON", name("F I O")).t("</FIO>\n  <BirthDate>")
    b.v("DATE_TIME", when("{yyyy}-{mm}-{dd}", "{dd}.{mm}.{yyyy}", span="birth")).t("</BirthDate>\n  <Passport>")
    b.v("RU_PASSPORT", passport("RRYY XXXXXX", "RR YY XXXXXX")).t("</Passport>\n  <INN>").v("RU_INN", _INN)
    return b.t("</INN>\n</Patient>").done()


def _hl7(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).t("MSH|^~\\&|MIS|LPU|LIS|LAB|||ADT^A01|")
    b.t(f"{rng.randrange(10000, 99999)}|P|2.5\rPID|1||").v("MEDICAL_RECORD_NUMBER", _MISID).t("^^^MIS^MR||")
    b.v("PERSON", lambda r, f, c: "^".join(name("F I O")(r, f, c).split())).t("||")
    b.v("DATE_TIME", when("{yyyy}{mm}{dd}", span="birth")).t(f"|{rng.choice('MF')}|||")
    b.v("LOCATION", place("ул. {S}, д. {N}^^{T}^^{P}^RUS", "{S} {N}-{Q}^^{T}^^{P}")).t("||")
    return b.v("PHONE_NUMBER", phone("8AAABBBCCDD", "+7AAABBBCCDD")).t("\r").done()


def _kv(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake).t("pid=").v("MEDICAL_RECORD_NUMBER", _MISID).t(" fio=")
    b.v("PERSON", name("F io+", "F io")).t(" dr=").v("DATE_TIME", when("{dd}.{mm}.{yyyy}", span="birth"))
    return b.t(" snils=").v("RU_SNILS", snils33("XXXXXXXXXXX")).t(" url=").v("URL", link).done()


def _fixed(rng: random.Random, fake: Any) -> Planted:
    b = _Text(rng, fake)
    for label, kind, make in (("ФИО", "PERSON", name("F I O")), ("Дата рожд.", "DATE_TIME", _BIRTH),
                              ("Полис ОМС", "RU_OMS_POLICY", _ENP), ("Адрес", "LOCATION", _ADDR)):
        b.t(f"{label:<14}").v(kind, make).t("\n")
    return b.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b33-mix-admission", H, _admission),
    BlockFamily("b33-mix-relative-contact", H, _relative_contact),
    BlockFamily("b33-mix-discharge-followup", H, _discharge),
    BlockFamily("b33-mix-sick-leave", H, _sick_leave),
    BlockFamily("b33-mix-identity-docs", H, _identity),
    BlockFamily("b33-mix-lab-sample", H, _lab),
    BlockFamily("b33-mix-contacts", H, _contacts),
    BlockFamily("b33-mix-death-record", H, _death),
    BlockFamily("b33-mix-referral", H, _referral),
    BlockFamily("b33-mix-tax-certificate", H, _tax),
    BlockFamily("b33-mix-child-docs", H, _child),
    BlockFamily("b33-mix-home-phone", H, _home),
    BlockFamily("b33-export-csv", H, _csv),
    BlockFamily("b33-export-json", H, _json),
    BlockFamily("b33-export-xml", H, _xml),
    BlockFamily("b33-export-hl7", H, _hl7),
    BlockFamily("b33-export-kv-fixed", H, lambda rng, fake: (_kv if rng.random() < 0.5 else _fixed)(rng, fake)),
]
