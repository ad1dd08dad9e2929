"""The names pass skips its staff-title test where no title word starts nearby (``name_triggers.STAFF_STEMS``, read off
the cue index); that gate is exact only while every alternative of ``name_triggers._STAFF_TITLE`` opens with one of
those stems. A title added to the pattern and not to the stems would be skipped silently: this test fails first."""

from medsyn_dataset.validation.pii import name_triggers


def _top_level_alternatives(body: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in body:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _literal_prefix(alternative: str) -> str:
    """The characters every match of ``alternative`` opens with (escapes resolved, stops at the first operator)."""
    prefix, i = "", 0
    while i < len(alternative):
        char = alternative[i]
        if char == "\\" and i + 1 < len(alternative) and alternative[i + 1] in ".-/":
            if alternative[i + 2 : i + 3] in ("?", "*", "{"):
                break  # (this character is optional)
            prefix, i = prefix + alternative[i + 1], i + 2
            continue
        if char in "\\([?*+{":
            break
        if i + 1 < len(alternative) and alternative[i + 1] in "?*{":
            break  # (this character is optional)
        prefix, i = prefix + char, i + 1
    return prefix


def _expand_leading_class(alternative: str) -> list[str]:
    """An alternative opening with a character class of plain letters, once per letter; any other as it is."""
    if not alternative.startswith("["):
        return [alternative]
    close = alternative.index("]")
    letters = alternative[1:close]
    assert letters.isalpha(), alternative
    return [letter + alternative[close + 1 :] for letter in letters]


def _titles_without_a_stem(pattern: str, stems: tuple[str, ...]) -> list[str]:
    body = pattern[pattern.index(r"(?:^|[^\w])(?:") + len(r"(?:^|[^\w])(?:") : pattern.rindex(r")[ \t]+$")]
    alternatives = _top_level_alternatives(body)
    assert len(alternatives) > 20
    missing = []
    for alternative in alternatives:
        for expanded in _expand_leading_class(alternative):  # ("[кд]\\.\\s?м..." is "к.м.н." and "д.м.н.")
            prefix = _literal_prefix(expanded).lower()
            if not prefix or not prefix.startswith(stems):
                missing.append(expanded)
    return missing


def test_every_staff_title_opens_with_a_stem_of_the_gate() -> None:
    assert _titles_without_a_stem(name_triggers._STAFF_TITLE.pattern, name_triggers.STAFF_STEMS) == []


def test_a_title_the_stems_lack_is_reported() -> None:
    pattern = name_triggers._STAFF_TITLE.pattern.replace(r"|медсестр\w*", r"|медсестр\w*|хирург\w*|зав\.?х")
    assert _titles_without_a_stem(pattern, name_triggers.STAFF_STEMS) == [r"хирург\w*"]
    assert _titles_without_a_stem(
        name_triggers._STAFF_TITLE.pattern, ("врач",)
    )  # (a short list of stems is caught)


def test_a_stem_dropped_from_the_gate_is_reported() -> None:
    without_d = tuple(stem for stem in name_triggers.STAFF_STEMS if stem != "д.")
    assert _titles_without_a_stem(name_triggers._STAFF_TITLE.pattern, without_d) == [r"д\.\s?м\.\s?н\."]
