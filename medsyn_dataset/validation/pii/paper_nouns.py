"""Nouns of papers that several readers name alike, written once.

A medical conclusion ("мед. заключение серии 4672 170065"), a death certificate by its abbreviation, МСС (медицинское
свидетельство о смерти, "МСС серия 61 653198"), and a military ID, военный билет or "в/б" ("в/б серии АВ 7511317"), each
have a series and a number. Three readers name them: :mod:`.document_numbers` reads the value after the noun (its word
index needs the stems), :mod:`.document_typing` gives a passport-shaped value after the noun to that paper, and
:mod:`.other_papers` reads a military ID's series and number. Each builds its pattern from these pieces: the stems
without their endings, each reader adding the endings and bounds its own pattern reads.

The regulations and the papers of care that a number or a year belongs to rather than the patient ("приказ № 203н",
"по протоколу № 12", "рекомендации ESC 2019 г.") are one list here too, in named groups; each reader takes the groups
its job needs (:data:`ACTED_BY`, :data:`NUMBERED_ACTS`, :data:`DATED_PAPERS`), so a word added to a group reaches
every reader of it (round 19 review A, finding 13: three hand lists had drifted apart). And the labels of a record's
or a code's value (:data:`IDENTIFIER_WORDS`) are written once for :mod:`.record_numbers`, which reads the value after
them, and :mod:`.event_years`, which reads no year there.
"""

from __future__ import annotations

#: the words right after "паспорт" that make it no person's paper (read case-insensitively): a vaccination's, a health
#: or an allergy's passport, a device's, an implant's, a drug's ("паспорт вакцинации", "паспорт здоровья", "паспорт
#: аллергика", "паспорт ЭКС", "паспорт изделия", "паспорт препарата"); one list for :mod:`.document_typing`,
#: :mod:`.id_fields`, :mod:`.named_after` and :mod:`.declared_passports` (review C r21, findings 6 and 9)
NOT_PERSONS_PASSPORT = (r"(?:вакцин|привив|здоров|аллерг|издели|экс(?!\w)|кардиостимулятор|имплант|препарат|аппарат"
                        r"|прибор|оборудовани|техническ)")
#: ... and the adjective before it that makes it a thing's, a device's, a building's or a vehicle's ("технический паспорт",
#: "тех. паспорт", "техпаспорт"; review C r21, finding 6): read right before the word "паспорт"; "тех" after a
#: preposition is the pronoun, "у тех паспорт" (review A r22, finding 6)
_PREPOSITIONS = ("у", "из", "от", "для", "до", "без", "с", "со", "к", "на", "о", "об", "по", "за", "при", "про", "среди",
                 "кроме")
NOT_PERSONS_PASSPORT_BEFORE = (r"(?:техническ\w*|"
                               + "".join(rf"(?<!\b{word}[ \t])" for word in _PREPOSITIONS) + r"тех\.?)[ \t]*")
#: a conclusion, "заключение" (:mod:`.document_typing` takes only a medical one: "заключение договора" is a contract's)
CONCLUSION = "заключени"
#: the medical conclusion's glued form, "медзаключение"
CONCLUSION_GLUED = "мед" + CONCLUSION
#: the abbreviations: a death certificate's, a military ID's
ABBREVIATIONS = ("мсс", "в/б")
#: a military ID's two words, "военный билет": the adjective's stem and the noun
MILITARY_ADJECTIVE = "военн"
MILITARY_NOUN = "билет"
#: the military ID in any case, both words with any ending (as :mod:`.document_typing` and :mod:`.other_papers` read it)
MILITARY_ID = rf"{MILITARY_ADJECTIVE}\w*[ \t]+{MILITARY_NOUN}\w*"
#: the stems a word index looks these nouns up by
STEMS = (CONCLUSION, CONCLUSION_GLUED, *ABBREVIATIONS, MILITARY_ADJECTIVE)

# Each word below is a pattern of the word from its start with the endings it takes; a short word or an abbreviation
# that stands inside common words carries its own bounds ("указ" is in "указано", "гост" in "Гостомысл", "сп" in "спина",
# "воз" in "перевоз"; "законный", "закончилась" hold "закон"), so a reader may search these inside the text (:mod:`.event_years` does: "клинрекомендации") or
# after its own bound.
#: a legal act, a sanitary rule, a state standard, a building code, a federal law; and the ICD, which Russia took in by
#: an order (Минздрав России, приказ от 27.05.1997 № 170): "приказ № 203н", "ФЗ № 323-ФЗ", "ГОСТ Р 52600-2006", "МКБ-10"
LEGAL_ACTS = (r"приказ\w*", r"закон(?![нч])\w*", r"постановлени\w*", r"распоряжени\w*",
              r"(?<![а-яёa-z])указ(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яёa-z])", r"санпин\w*",
              r"(?<![а-яёa-z])гост(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яёa-z])", r"(?<![а-яёa-z])снип\w*",
              r"(?<![а-яёa-z])фз(?![а-яёa-z])", r"(?<![а-яёa-z])мкб\w*")
#: a code of rules' abbreviation (СП, свод правил), which notes also write for an ambulance (скорая помощь, "Вызов СП в
#: 2019 г."): read only in the clause of a number sign, never before a year
SHORT_ACTS = (r"(?<![а-яёa-z])сп(?![а-яёa-z])",)
#: a legal representative ("законный представитель"): the numbers in their clause are their papers' (a court's decision
#: that appoints them, "решение суда № 2-1234/2024"; a guardianship's act), not the patient's; no law and no year's paper
LEGAL_STANDING = (r"законн\w*",)
#: a paper of care a clinic works by: a standard, a protocol, a regulation, a method, a guideline, a consensus, criteria
CARE_STANDARDS = (r"стандарт\w*", r"протокол\w*", r"регламент\w*", r"методи[кч]\w*", r"рекомендац\w*", r"руководств\w*",
                  r"консенсус\w*", r"критери\w*")
#: a classification or a scale, and an edition of a paper: "МКБ-10 пересмотра 1989 г.", "в редакции 2016 г.", "версия"
CLASSIFICATIONS = (r"классификац\w*", r"шкал\w*", r"пересмотр\w*", r"редакц\w*", r"(?<![а-яё])верси\w*")
#: a paper published or approved: a letter of a ministry, an edition, a convention, a strategy, a programme
PUBLISHED = (r"письм\w*", r"издани\w*", r"конвенц\w*", r"стратеги\w*", r"программ\w*", r"утвержд[её]н\w*")
#: who issues guidelines, by the abbreviation a note cites them with: "(ВОЗ, 2015)", "ESC 2019", "GOLD 2023"
ISSUERS = tuple(rf"(?<![а-яёa-z]){name}(?![а-яёa-z])" for name in (
    "воз", "who", "esc", "aha", "acc", "ada", "gold", "gina", "kdigo", "eular", "acr", "nccn", "ers", "ats", "ифк"))
#: a plan of treatment one acts by ("по схеме № 3"): no regulation, but a number after "по схеме" is the plan's
TREATMENT_PLANS = (r"схем\w*",)
#: the one list: every regulation's, guideline's and plan's word
REGULATION_WORDS = (LEGAL_ACTS + SHORT_ACTS + LEGAL_STANDING + CARE_STANDARDS + CLASSIFICATIONS + PUBLISHED + ISSUERS
                    + TREATMENT_PLANS)
#: what "по" or "согласно" cites before a number that is then its number, not the patient's ("по протоколу № 12",
#: "согласно приказу № 203н"): :mod:`.id_features`
ACTED_BY = "|".join(LEGAL_ACTS + CARE_STANDARDS + TREATMENT_PLANS)
#: the acts whose numbers follow "№" anywhere in a sentence ("Приказ МЗ РФ от 12.03.2020 № 203н"): :mod:`.numbered_values`
NUMBERED_ACTS = "|".join(LEGAL_ACTS + SHORT_ACTS + LEGAL_STANDING)
#: the papers whose year a year before or after their word is ("приказ ... от 2012 г.", "рекомендации ESC 2019 г."):
#: :mod:`.event_years`
DATED_PAPERS = "|".join(LEGAL_ACTS + CARE_STANDARDS + CLASSIFICATIONS + PUBLISHED + ISSUERS)

#: the labels of a record's or a code's number, read as a word's start: a register's entry, an identifier, a cipher, a
#: code, a barcode, an order, a request ("Рег. номер пациента 12345", "Шифр: 2019"): :mod:`.record_numbers` reads the
#: value after them, :mod:`.event_years` reads no year there
CODE_WORDS = ("рег", "реестр", "идентификатор", "id", "шифр", "код", "штрих", "заказ", "заявк")
#: a voucher's word (a sanatorium's, "Путёвка: П-695537"; and a "курсовка", the voucher for a resort's treatment without
#: its board, issued to one person as a путёвка is: "Курсовка № 18127"): :mod:`.record_numbers` reads its number; a year
#: after it is the stay's ("Последняя санаторная путёвка — 2005"), so :mod:`.event_years` reads that year
VOUCHER_WORDS = ("путёвк", "путевк", "курсовк")
IDENTIFIER_WORDS = CODE_WORDS + VOUCHER_WORDS

# A patient's record by its abbreviation: и/б or и.б. (история болезни, the case history), и/р (история родов, a
# delivery's), м/к (медицинская карта), а/к (амбулаторная карта), к/в (карта вызова, an ambulance call's card, form
# 110/у, as "КВ" is in capitals: "к/в 429576 адр ул ...", blind57), spaces or a dot for the slash as hands write them
# ("и / б", "и.б."). Each names the record whose number follows it, so a value right after one is that record's
# number: :mod:`.record_numbers` reads it as a strong noun, :mod:`.id_tagger_vetoes` never refuses it as a year.
#: the abbreviations, a pattern read case-insensitively (no bounds: each reader adds its own)
RECORD_ABBREVIATIONS = r"и[ \t]?[./][ \t]?[бр]\.?|м/к|а/к|к/в"
#: "история" cut to "ист." with its complement cut or not ("ист. б.", "ист. бол.", "ист. болезни", "ист. родов")
RECORD_HISTORY_CUT = r"ист\.(?:[ \t]*(?:б(?:ол)?\.|болезни|родов))?"

# A pathologist's specimens carry the registration number of the case (Минздрав России, приказ от 24.03.2016 № 179н,
# "Правила проведения патолого-анатомических исследований": the material is registered and each paraffin block and
# glass slide is marked with that number): "Парафиновый блок Г-76360-25", "блок 373946-23, стекло 25378/19-1",
# "Стеклопрепараты 0131-22/1-4", "Блоки: 86107-20 (A3)", "ИГХ 1975-25", "Цитология 78426-4/26" (tuning splits blind37 and
# blind47, two authors). These words also stand in clinical prose ("АВ-блок 2 ст.", "блокада", "стекловидное тело",
# "цитология без атипии"), so :mod:`.record_numbers` reads after them only a specimen's code, five digits and more with
# a dash, a slash or a letter (or a barcode's eight), as after "проба".
#: the nouns, each a pattern of the whole word in its forms (an immunohistochemical study by its abbreviation, "ИГХ")
HISTOLOGY_SPECIMENS = (r"блок(?:и|а|у|ом|е|ов|ам|ами|ах)?|стекл(?:о|а|у|ом|е|ам|ами|ах)|(?:стекло|микро|гисто)препарат\w*"
                       r"|игх|(?:цито|гисто)логи(?:я|и|ю|ей)")
#: where they start, for a word index
HISTOLOGY_ANCHORS = ("блок", "стекл", "микропрепарат", "гистопрепарат", "игх", "цитолог", "гистолог")
