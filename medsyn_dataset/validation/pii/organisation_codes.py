"""An organisation's registration and classifier codes: the one list of the words that name them.

ОГРН (ОГРНИП for a sole trader) is the state register's number of a legal entity, КПП the tax office's reason code
of its registration, БИК its bank's identifier, and ОКПО, ОКАТО, ОКТМО, ОКВЭД, ОКОПФ, ОКФС, ОКОГУ its codes in the
all-Russian classifiers (of enterprises, of territories, of municipalities, of activities, of legal forms, of forms of
property, of state bodies). A clinic's, an insurer's or a pharmacy's letterhead prints them ("Код ОКПО 01234567",
"ОГРН 1027700132195"); none identifies a person, so a number after them is no record number, whatever word stands
before ("код", "№"). (An organisation's ten-digit INN is told from a person's by :mod:`.document_typing`.)
"""

from __future__ import annotations

#: the words (lower case, a pattern's alternatives; case-insensitive where used) that name an organisation's code
ORGANISATION_CODES = r"огрн\w*|кпп|бик|окпо|окато|октмо|оквэд\w*|окопф|окфс|окогу"
