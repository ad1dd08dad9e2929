"""Surnames of foreign patients and migrants in Russian transcription, which pymorphy3 lacks or reads as words.

Records in Russia name patients, migrant workers and staff from South Asia (students and workers from India,
Nepal, Bangladesh, Sri Lanka), West and East Africa, the Arab world, Turkey and the English-, German-, French-,
Spanish- and Italian-speaking world in Cyrillic. Their surnames form a small closed class per community (a few
dozen cover most bearers: Sharma, Singh, Kumar, Patel ~15 % of India's; Smith, Johnson, Williams ~3 % of the
English-speaking world's, and so on). pymorphy3 knows few of them, and some as Russian words: "Шарма" is the
genitive of "шарм", "Патель" a word of its own, "Холл" a hall, "Бейкер" nothing but a word. A chain then splits
at them ("Шарма А." read as a word and an initial) and the person goes unread.

This is a gazetteer, as :mod:`.name_given_world` is for first names and :mod:`.name_east_asian` for East Asian
surnames: a listed word (or one of its case forms: "Пателя", "Кэмпбеллом", "Шарме") that the dictionary does not
read as a name is a surname; where the dictionary knows it as an ordinary word it is an ambiguous one, a name
only beside initials, a first name, or after a cue, as "Вера" is (:mod:`.name_classes`). Short words that are
common Russian words in running text ("Ба", "Бело", "Туре", "Кокс", "Бос") are left out.
"""

from __future__ import annotations

from functools import lru_cache

SURNAMES: frozenset[str] = frozenset(
    """
    шарма сингх кумар патель гупта рао редди шах хан чаудхари чоудхури дас мехта джоши верма ядав мишра пандей
    трипатхи айер наир менон пиллаи бхат капур малхотра чопра агарвал сиддики ахмад хуссейн рахман бегум сен гош
    банерджи чаттерджи мукерджи наик тхапа гурунг шрестха перера фернандо
    окафор оконкво адейеми оладипо диалло траоре кейта диоп ндиайе мбеки мутомбо кабонго мванги очиенг камара
    сиссе кулибали бангура асанте менса боатенг обиора нванко адебайо сесай конате сангаре фофана
    смит джонсон уильямс браун джонс миллер дэвис уилсон тейлор андерсон томпсон уайт кэмпбелл мюллер шмидт шнайдер
    фишер вебер майер вагнер беккер шульц гарсия мартинес лопес гонсалес родригес перес санчес росси руссо коломбо
    дюбуа дюран бернар лефевр ковальски новак хоффман робинсон кларк льюис уокер холл бейкер адамс нельсон скотт
    морган белл мерфи бейли купер ричардсон ховард уорд тёрнер тернер эванс коллинз стюарт паркер эдвардс хьюз келли
    уолш
    йылмаз кая демир шахин челик озтюрк айдын арслан доган кылыч озкан чакыр
    хаддад наджар мансур халил аббас фарах насер салех хамдан юсеф махмуд
    """.split()
)
# how a listed surname declines: a consonant stem takes the masculine endings ("Пателя", "Кэмпбеллом"), one in -а/-я
# the feminine ones ("Шармы", "Шарме")
_CONSONANT_CASES = ("а", "я", "у", "ю", "ом", "ем", "е")
_VOWEL_CASES = ("ы", "и", "е", "у", "ю", "ой", "ей")
_VOWELS = frozenset("аеёиоуыэюя")


@lru_cache(maxsize=20_000)
def is_surname(word: str) -> bool:
    """A listed surname ("Шарма", "Кэмпбелл") or one of its case forms ("Кэмпбелла", "Шарме")."""
    lower = word.lower()
    if lower in SURNAMES:
        return True
    for ending in _CONSONANT_CASES:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) > 2 and stem[-1] not in _VOWELS and stem in SURNAMES:
            return True  # (a stem in a vowel does not decline so: "Россия" is no case of "Росси")
    for ending in _VOWEL_CASES:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            stem = lower[: -len(ending)]
            if stem + "а" in SURNAMES or stem + "я" in SURNAMES:
                return True
    return False
