"""Words that name some number other than a patient's record: a ward, a bed, a team, a phone, a policy, a regulation.

A record's noun phrase ("Номер карты", "№ справки") may not cross them: "палата № 5", "Код ОКПО 01234567", "приказ № 203н"
number something else. :mod:`.record_numbers` stops its window at them, :mod:`.numbered_papers` and
:mod:`.document_numbers` refuse a document's noun with one of them between it and its sign; one list, so that every
reader of a record's label refuses the same words.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.organisation_codes import ORGANISATION_CODES

# words that name some other number: the window may not cross them (short stems are spelt out in their
# forms: "тел\w*" would stop at "телемедицинской", "дн\w*" at "дневного", "мес\w*" at "местной")
OTHER_NUMBER = re.compile(
    r"(?<![\w])(?:палат\w*|койк\w*|бригад\w*|участ\w*|подстанц\w*|кабинет\w*|этаж\w*|корпус\w*|отделени\w*|тел(?:ефон\w*)?"
    r"|полис\w*|паспорт\w*|снилс|инн|омс|енп|пфр|сфр|опс|гпс|сери[яи]|(?<!на[ \t])дом(?:а|у|е|ом)?|кв|квартир\w*|рецепт\w*|направлени\w*|лист\w*|свидетельств\w*"
    # (the pension fund's, ПФР, since 2023 the social fund's, СФР, certificate is the SNILS: "Страховое свидетельство ПФР №";
    # so is the pension insurance's, ОПС (ГПС before 2002): "Страховое свидетельство ОПС №"; a post office's ОПС numbers no
    # patient either)
    # (a home visit, "вызов врача на дом", "помощь на дому", names no house: "на" + "дом" is where the doctor goes)
    # (a request's purpose names no number of its own: "Номер заявки на анализ 438-657382", "направление для анализа")
    # (a regulation's number is no patient's: "согласно приказу № 203н", "постановление № 1006", "лицензия № ЛО-77-01")
    r"|приказ\w*|постановлени\w*|распоряжени\w*|лицензи\w*|гост|санпин"
    # (an organisation's registration and classifier codes are no one's record: "Код ОКПО 01234567", :mod:`.organisation_codes`)
    rf"|{ORGANISATION_CODES}"
    r"|подраздел\w*|звон\w*|домашн\w*|мобильн\w*|моб|сотов\w*|связ\w*|факс\w*|(?<!на[ \t])(?<!для[ \t])анализ\w*|диагноз\w*|мкб|возраст\w*|рост(?:а|ом|е)?|вес(?:а|ом|е|у)?|стаж\w*|дн(?:ей|я|и)?|мес(?:яц\w*)?|лет|год(?:а|у|ом|ы|ов)?)(?![\w])",
    re.IGNORECASE,
)
