"""Russian language helpers that every stage may use; this package imports no stage.

:mod:`.grammar`: counted nouns, lists joined with "и", the patient in words with the right gender
agreement (prompt templates, the template composer, the instruction-tuning config).
:mod:`.morphology`: the one pymorphy3 analyser of the process (PII names, label lemmas); its
dictionaries ship in the ``pymorphy3-dicts-ru`` wheel, nothing is downloaded.
"""
