"""Document builder for the blind8 blocks: a template with §key§ slots, each slot plain text or a gold value."""

from __future__ import annotations

import random
import re
from typing import Any

from benchmarks import pii_blind8_gen as gen
from benchmarks import pii_blind8_ids as ids
from benchmarks.pii_families import Planted

_SLOT = re.compile(r"(§\w+§)")

HOSPITALS = (
    "ГБУЗ «Городская клиническая больница № 7»",
    "ГАУЗ «Областная детская клиническая больница»",
    "ОГБУЗ «Центральная районная больница»",
    "ГБУЗ ТО «Областная больница № 3»",
    "ФГБУ «НМИЦ кардиологии» Минздрава России",
    "ГБУЗ «НИИ СП им. Н.В. Склифосовского ДЗМ»",
    "КГБУЗ «Краевая клиническая больница»",
    "ГБУЗ «Городская поликлиника № 12»",
)


def tpl(template: str, **vals: Any) -> Planted:
    text, golds = "", []
    for piece in _SLOT.split(template):
        if len(piece) > 2 and piece[0] == "§" and piece[-1] == "§":
            val = vals[piece[1:-1]]
            if isinstance(val, tuple):
                kind, s = val
                golds.append((kind, len(text), len(text) + len(s)))
                text += s
            else:
                text += str(val)
        else:
            text += piece
    return Planted(text, golds)


class G:
    """Gold-value factory bound to one rng and faker."""

    def __init__(self, rng: random.Random, fake: Any) -> None:
        self.rng, self.fake = rng, fake

    def c(self, *options: Any) -> Any:
        return self.rng.choice(options)

    def name(self, *shapes: str, case: str = "nomn", female: bool | None = None) -> tuple[str, str]:
        return "PERSON", gen.name_shape(self.rng, self.fake, self.c(*shapes), case, female)

    def person_parts(self, female: bool | None = None) -> tuple[str, str, str, bool]:
        return gen.raw_person(self.rng, self.fake, female)

    def date(self, *layouts: str, lo: int = 1940, hi: int = 2026) -> tuple[str, str]:
        return "DATE_TIME", gen.date_str(self.rng, self.c(*layouts), lo, hi)

    def dob(self, *layouts: str) -> tuple[str, str]:
        return self.date(*(layouts or ("dmy",)), lo=1932, hi=2020)

    def phone(self, *layouts: str) -> tuple[str, str]:
        return "PHONE_NUMBER", gen.phone_str(self.rng, self.c(*layouts))

    def email(self) -> tuple[str, str]:
        return "EMAIL_ADDRESS", gen.email()(self.rng, self.fake, "nomn")

    def url(self) -> tuple[str, str]:
        return "URL", gen.url()(self.rng, self.fake, "nomn")

    def addr(self, *layouts: str) -> tuple[str, str]:
        return "LOCATION", gen.address_str(self.rng, self.fake, self.c(*layouts))

    def town(self) -> tuple[str, str]:
        return "LOCATION", gen.town(self.fake)

    def snils(self, *layouts: str) -> tuple[str, str]:
        return "RU_SNILS", ids.snils(*(layouts or ("dash",)))(self.rng, self.fake, "nomn")

    def inn(self, *layouts: str) -> tuple[str, str]:
        return "RU_INN", ids.inn(*(layouts or ("flat",)))(self.rng, self.fake, "nomn")

    def oms(self, *layouts: str) -> tuple[str, str]:
        return "RU_OMS_POLICY", ids.oms(*(layouts or ("flat",)))(self.rng, self.fake, "nomn")

    def passport(self, *layouts: str) -> tuple[str, str]:
        return "RU_PASSPORT", ids.passport(*(layouts or ("sp",)))(self.rng, self.fake, "nomn")

    def pass_parts(self) -> tuple[tuple[str, str], tuple[str, str]]:
        s = f"{self.rng.randint(1, 99):02d}{self.rng.randint(0, 24):02d}"
        s = self.c(s, f"{s[:2]} {s[2:]}")
        return ("RU_PASSPORT", s), ("RU_PASSPORT", str(self.rng.randint(100000, 999999)))

    def mrn(self, *layouts: str) -> tuple[str, str]:
        return "MEDICAL_RECORD_NUMBER", ids.mrn(*layouts)(self.rng, self.fake, "nomn")

    def raw(self, kind: str, value: str) -> tuple[str, str]:
        return kind, value

    # --- look-alikes (never gold) ---
    def hospital(self) -> str:
        return self.c(*HOSPITALS)

    def org_ids(self) -> str:
        r = self.rng
        return (
            f"ИНН {r.randint(1, 9)}{gen.D(r, 9)} КПП {gen.D(r, 9)} ОГРН 1{gen.D(r, 12)}, "
            f"лицензия № Л041-{gen.D(r, 5)}-{r.randint(10, 99)}/{gen.D(r, 8)}"
        )

    def icd(self) -> str:
        return self.c("I21.4", "J18.1", "K35.8", "S72.0", "I63.5", "E11.9", "N10", "K80.1", "J45.0", "I11.9")

    def ward(self) -> str:
        return f"палата № {self.rng.randint(101, 640)}"

    def dose(self) -> str:
        return self.c(
            "эноксапарин 0,4 мл п/к 2 р/д",
            "амлодипин 5 мг 1 р/д в 08:00",
            "омепразол 20 мг 2 раза",
            "цефтриаксон 2,0 г в/в 1 р/сут",
            "метформин 1000 мг 2 р/д",
            "бисопролол 2,5 мг утром",
        )

    def labs(self) -> str:
        r = self.rng
        return (
            f"Hb {r.randint(85, 160)} г/л, L {r.randint(3, 19)},{r.randint(0, 9)}×10⁹/л, "
            f"глюкоза {r.randint(3, 14)},{r.randint(0, 9)} ммоль/л, креатинин {r.randint(55, 410)} мкмоль/л"
        )

    def year(self) -> str:
        return str(self.rng.randint(1975, 2023))
