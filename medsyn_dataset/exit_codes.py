"""Exit codes of every ``medsyn`` command: one table, the same meaning everywhere (README: "Exit codes").

=====  ==========================================================================================
code   meaning
=====  ==========================================================================================
0      done
1      bad input, a refused output path, a failed check (config, endpoint probe): one line naming
       the file/key; nothing was written
2      command-line usage error (unknown option, missing argument): printed by the parser
3      incomplete: some generation tasks failed after retries, or have no answer in the ingested
       batch results (``generate``, ``batch ingest``, ``release``); what succeeded is kept, rerun
       the same command to retry the rest
4      not releasable: the validation gate failed (``release``, ``validate --strict``)
5      stopped at the budget: the next request could pass ``--budget`` (``generate``, ``release``);
       what was made is kept, rerun with a higher ``--budget`` to continue
6      built but not published: ``release --publish``/``--repo-id`` wrote the release folder, then
       uploading it failed; publish it later with ``medsyn publish``
130    interrupted (Ctrl-C / SIGTERM); finished work was kept, rerun to resume
=====  ==========================================================================================
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2  # click's own code for usage errors; listed so that no command reuses it
EXIT_INCOMPLETE = 3
EXIT_NOT_RELEASABLE = 4
EXIT_BUDGET = 5
EXIT_NOT_PUBLISHED = 6
EXIT_INTERRUPTED = 130
