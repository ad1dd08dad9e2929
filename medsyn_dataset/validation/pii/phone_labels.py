"""When the number after a record's label is a phone's: the words of a call, a phone's owner, a phone's grouping.

"Номер" and "пациент" label records and phones alike: "Контактный номер: 1234-5678", "Номер сиделки: 262-35-31", "тел.
заказчика 89484642877", "Пациент Крылова: 818-69-96" are phones. The record readers (:mod:`.record_numbers`,
:mod:`.numbered_values`, :mod:`.paper_values`) refuse a value when these words stand around its label or when it is
grouped as a phone; one place, so that they refuse the same.
"""

from __future__ import annotations

import re

# ("позвонить по номеру ...", "дозвонились по номеру ...": a call's or a message's number is a phone, as is a number
# grouped as one; the verb with any of its prefixes)
# ("позвоночник" is spelt with "по" + "звон" too: the spine is no call)
# (a messenger is reached at a phone number: "через мессенджер по номеру ...", "в вотсап на номер ...")
# a person (a relative, a carer, a neighbour) whose number "номер" names: a phone's owner, never a record's; so are
# the ends of a call or a message ("номер абонента", "номер получателя/отправителя", "номер входящего", "звонящего")
PHONE_OWNER_AFTER = re.compile(r"[ \t]+(?:сиделк|родственни|дочер|сын|матер|мам|от(?:ца|цу)|муж|жен|супруг|сосед|опекун|брат|сестр"
                           r"|внук|внучк|сопровожда|няни|патронажн"
                           r"|абонент|получател|отправител|входящ|исходящ|звонящ)[а-яё]*", re.IGNORECASE)
# ... and the owner as a whole word after a number, in any case ("8 912 345 67 89 (мать)", "..., дочь", "— сосед"): whose
# phone it is (review A r25, finding 9); whole words, so "мужской", "женской консультации" name no owner
PHONE_OWNER_WORD = (r"(?<![\w])(?i:сиделк\w*|родственни\w*|доч(?:ь|ер\w*)|сын(?:а|у|ом|е|овья)?|мать|матер\w*|мам(?:а|ы|е|у|ой)"
                    r"|от(?:ец|ца|цу|цом)|муж(?:а|у|ем|е)?|жен(?:а|ы|е|у|ой)|супруг\w*|сосед\w*|опекун\w*|брат(?:а|у|ом|е)?"
                    r"|сестр(?:а|ы|е|у|ой)|внук(?:а|у|ом|е)?|внучк\w*|сопровождающ\w*|няни|няня)(?![\w])")
CALL_WORDS = re.compile(r"(?<![\w])(?i:(?:пере|по|от|до|со|об|про)?звон(?!очн)\w*|связ\w*|тел\w*|смс|sms|whats\w*|viber|(?:на)?пиш\w*|пишите"
                   r"|мессендж\w*|messeng\w*|в[ао]тсап\w*|вайбер\w*"
                   r"|контакт\w*|внутренн\w*|рабоч\w*|городск\w*|личн\w*|резервн\w*|запасн\w*|дополнительн\w*|доп\.?)")
# a phone's word right before the noun makes the noun the phone's owner, whatever the noun ("тел. заказчика", "Телефон
# заявителя", as "Тел. пациента:", which :mod:`.record_numbers` refuses by the call words)
PHONE_WORD_BEFORE = re.compile(r"(?<![\w])(?i:тел(?:ефон\w*|\.)?|т/ф)[ \t]*$")
# (a town's number with its four- or five-digit area code is grouped as one too: "8-4012-01-55-55", "8 (34361) 2-17-40")
PHONE_GROUPS = re.compile(r"[78][ \t\-.]?\(?\d{3}\)?[ \t\-.]?\d{3}[ \t\-.]?\d{2}[ \t\-.]?\d{2}|[78][ \t\-.]\d{3}[ \t\-.]\d{3}[ \t\-.]\d{4}"
                          r"|[78][ \t\-.]\(?(?:\d{4}\)?[ \t\-.]?\d{2}|\d{5}\)?[ \t\-.]?\d)[ \t\-.]\d{2}[ \t\-.]\d{2}")
# the layout of a Russian town's seven-digit number, three digits, then two and two (:data:`.phones._LOCAL`)
TOWN_PHONE = re.compile(r"\d{3}-\d{2}-\d{2}")
