"""The one error the analysis tools raise for wrong input.

Every message names the file and, where there is one, the object or field inside it, then what
was expected: ``run.h5: /territories/stage: missing (expected a coopsim run file, format 1.x)``.
The command line turns it into exit code 2 (docs/ANALYSIS.md, "Errors").
"""


class InputError(Exception):
    """A file or argument given by the user is missing, unreadable or not what was expected."""

    def __init__(self, path, message, field=None):
        self.path = str(path)
        self.field = field
        where = f"{self.path}: {field}" if field else self.path
        super().__init__(f"{where}: {message}")
