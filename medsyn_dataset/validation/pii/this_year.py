"""Today's year: the one reference of every rule whose bound moves with the calendar (a two-digit year still to come,
the last year an event may have, a passport blank's last printing year, the oldest year Safe Harbor keeps).

Read at call time (``this_year.YEAR``), never copied into a module's constant, so that a test pins it in one place and
the scanner's output on a text does not move with the clock under it (review A r23, finding 13).
"""

from __future__ import annotations

import datetime

#: the year the scanner takes for today's
YEAR = datetime.date.today().year
