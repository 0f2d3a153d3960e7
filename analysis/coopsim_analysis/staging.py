"""Writing outputs so that nothing half-written is ever left: a file or folder is written under a
hidden temporary name beside its destination and renamed onto it only when complete."""
import contextlib
import os
import shutil
import tempfile

from .errors import InputError


def check_destination(path, force):
    """Refuses an existing destination unless ``force``, and a missing parent folder."""
    absolute = os.path.abspath(path)
    parent = os.path.dirname(absolute)
    if not os.path.isdir(parent):
        raise InputError(path, f"the folder {parent} does not exist")
    if os.path.lexists(absolute) and not force:
        raise InputError(path, "exists; use --force to replace it")
    return absolute


@contextlib.contextmanager
def staged_file(path, force=False, mode="w", encoding="utf-8"):
    """Yields a temporary file's handle; renames it onto ``path`` when the block ends without
    error, removes it otherwise. A folder at ``path`` is refused, even with ``force``."""
    if os.path.isdir(path):
        raise InputError(path, "is a folder; expected the path of a file")
    path = check_destination(path, force)
    handle, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.tmp-",
                                         dir=os.path.dirname(path))
    try:
        with os.fdopen(handle, mode, encoding=None if "b" in mode else encoding) as out:
            yield out
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def staged_folder(path, force=False):
    """Yields a temporary folder's path; puts it in place of ``path`` when the block ends without
    error (an existing folder is replaced only with ``force``), removes it otherwise."""
    path = check_destination(path, force)
    if os.path.exists(path) and not os.path.isdir(path):
        raise InputError(path, "exists and is not a folder")
    temporary = tempfile.mkdtemp(prefix=f".{os.path.basename(path)}.tmp-",
                                 dir=os.path.dirname(path))
    try:
        yield temporary
        os.chmod(temporary, 0o755)
        if os.path.exists(path):
            shutil.rmtree(path)
        os.replace(temporary, path)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
