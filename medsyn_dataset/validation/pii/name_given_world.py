"""First names of Russia's non-Slavic peoples and of foreign patients, which pymorphy3's dictionary lacks.

Records in Russia name patients of Central Asian (Uzbek, Tajik, Kyrgyz, Kazakh, Turkmen), Caucasian
(Azerbaijani, Chechen, Dagestani, Armenian, Georgian), Volga-Ural (Tatar, Bashkir), Siberian (Yakut, Buryat,
Tuvan, Kalmyk) and foreign origin (India, Africa, the Arab world) in Cyrillic. The dictionary knows few of
these names, so a chain reads them as unknown words, and "Исмоилова Нигора" (a surname by its ending and an
unknown word) scored as weakly as "Иванова Ремиссия" would. This is a gazetteer (a word list, like the
cities of :mod:`.gazetteer`): a listed word the dictionary does NOT know reads as a first name, in its
nominative or any case form ("Нигоре", "Айаалом"), and as surely as a first name the dictionary knows (so
"Каримов Фаррух" is a surname and a first name). A listed word the dictionary knows keeps the dictionary's
reading ("Резеда" is a plant, "Алмаз" a stone: a name only beside other name words or after a cue).
"""

from __future__ import annotations

from functools import lru_cache

GIVEN_NAMES: frozenset[str] = frozenset(
    """
    нигора гулчехра мохинур дилноза дилноз дилфуза садбарг шахноза зарина нодира феруза гулнора гульнора мафтуна
    севара ситора мадина мехрона мехринисо зулфия зульфия гулбахор умида хуршида мунира барно малика шахло
    юлдуз ойгул нилуфар дильбар гульнара гулноза мавлюда муаттар шоира парвина тахмина манижа фарангис
    шерзод шерзода жасур отабек бахтиёр улугбек фаррух азиз азизбек рустам шухрат даврон ильхом акмал жахонгир
    санжар сардор достон бобур хуршид фарход фарход комрон исломжон мухаммад умед умеда фирдавс сухроб сорбон
    далер бехруз икром нурлан нурсултан ерлан ержан айдос айгерим айгуль айжан асель жансая дана динара
    айпери бермет нургуль жибек чолпон азамат эрмек нурбек улан бакыт кубаныч мирлан алмаз таалай канат
    арслан мердан бегенч огулджан айна ширин
    лейсан резеда гузель гульшат ильшат ильдар ильнур ильназ айрат рамиль ринат фарит радик рафаэль ралиф
    алсу айсылу ляйсан зульфира гульфия гузаль рамиля ильмира айдар тимерхан салават фанис ирек ленар
    туяра сардана айталина нюргуяна нюргун айаал эрчим айсен арчын кюннэй туйаара сайаана саргылана
    дьулустан айхал мичил уйгуна айыына эрэл
    дарима саяна туяна аюр баир баяр батор бато жаргал цырен цыцыгма сэсэг сэсэгма бальжит долгор
    эрдэни баярма оюна чингис
    айдын эльчин эльнур тофик рагим самир лейла севиль гюнай нигяр айтен фидан ульвия гюльнара
    хадижат патимат мадина хеда зарема луиза аминат заира салман ислам магомед шамиль рамазан
    ахмед хасан хусейн умар абдулла абдурахман гаджи гусейн мурад джамал
    ашот гаяне ануш арусяк карине нарек тигран гоар нино тамуна натия георги гиорги леван
    прия ранджит раджеш аниша амит сунил дипак радха лакшми анил викрам арджун санджай ниша кавита
    ананд рахул аджай виджай ашок прадип суреш рамеш махеш ганеш дипика пуджа анджали сунита рохит нихил
    чиди чинеду нгози оби эмека аделе кваме абена акоса фатума амина джамиль
    сяомин сяоли сяоюй
    """.split()
)
# how a first name of this kind declines: feminine "-а/-я" and masculine consonant stems (nominative first)
_FEMININE_CASES = ("ы", "и", "е", "у", "ю", "ой", "ей", "ою")
_MASCULINE_CASES = ("а", "я", "у", "ю", "ом", "ем", "е")


@lru_cache(maxsize=20_000)
def is_given_name(word: str) -> bool:
    """A listed first name ("Нигора", "Айаал") or one of its case forms ("Нигоре", "Айаалом", "Туяры")."""
    lower = word.lower()
    if lower in GIVEN_NAMES:
        return True
    for ending in _FEMININE_CASES:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            stem = lower[: -len(ending)]
            if stem + "а" in GIVEN_NAMES or stem + "я" in GIVEN_NAMES:
                return True
    for ending in _MASCULINE_CASES:
        if lower.endswith(ending) and len(lower) > len(ending) + 2 and lower[: -len(ending)] in GIVEN_NAMES:
            return True
    return False
