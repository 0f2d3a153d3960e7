"""Numbers written the way each language reads them: 1,234.5 in English, 1.234,5 in Spanish
(the convention of DANE and the Colombian press)."""
import math


def number(value, lang, decimals=0):
    """``value`` with thousands separators and ``decimals`` decimals; '—' for NaN or None."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    text = f"{round(float(value), decimals) + 0.0:,.{decimals}f}"   # + 0.0: no "-0"
    if lang == "es":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text.replace("-", "−")


def percent(share, lang, decimals=1, signed=False):
    """A share (0.25) as a percentage ('25.0 %'); signed adds '+' to positive values."""
    if share is None or not math.isfinite(share):
        return "—"
    text = number(100.0 * share, lang, decimals)
    if signed and share > 0:
        text = "+" + text
    return f"{text} %"


def millions(value, lang, decimals=1):
    """An amount in millions of its unit."""
    if value is None or not math.isfinite(value):
        return "—"
    return number(value / 1e6, lang, decimals)


def signed(text, value):
    return "+" + text if value is not None and math.isfinite(value) and value > 0 else text
