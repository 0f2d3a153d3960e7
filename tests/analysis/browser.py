"""Opens an HTML file in a headless browser, as a reader would, and reports what it saw.

Debian's Chromium is driven by Selenium (python3-selenium, chromium, chromium-driver; all in
setup.sh) through /usr/bin/chromedriver named explicitly, so Selenium never tries to download
a driver. Host names do not resolve inside the browser (--host-resolver-rules), so a page that
reaches for the network fails there instead of fetching anything, and the attempt is counted.

    from browser import render, skip_reason, network_references
    result = render(path)              # one browser for one page
    with Browser() as browser:         # one browser for several pages
        first, second = browser.render(a), browser.render(b)

``Result`` holds the page's title and <html lang>, every console entry, the requests made to
anything but files (``remote_urls``), and each chart: each element with a ``data-chart``
attribute (the report marks each chart's container with ``data-chart="<id>"``), with its
rendered size and how many SVG drawing elements it holds.

``network_references(html_text)`` is the static counterpart: every http://, https:// or
protocol-relative //host reference in an attribute that loads or links something, or in a CSS
url(...). A self-contained report has none.
"""
from __future__ import annotations

import dataclasses
import html.parser
import importlib.util
import os
import pathlib
import re
import tempfile
import time

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# What counts as drawing inside a chart: SVG shapes and text.
DRAWING_ELEMENTS = ("path", "rect", "circle", "line", "polyline", "polygon", "text")

# Schemes that never leave the machine.
_LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome:", "chrome-extension:",
                  "devtools:")


@dataclasses.dataclass(frozen=True)
class ConsoleEntry:
    level: str    # SEVERE (console.error, failed loads, uncaught exceptions), WARNING, INFO, ...
    message: str  # as Chromium writes it: "URL LINE:COLUMN \"text\"" for console calls
    source: str = ""  # console-api, javascript, network, ...


@dataclasses.dataclass(frozen=True)
class Chart:
    id: str        # the value of data-chart
    width: float   # of the element's bounding box, in CSS pixels
    height: float
    elements: int  # SVG drawing elements (DRAWING_ELEMENTS) inside it
    images: int    # <img> and <canvas> inside it (a chart drawn as a picture has elements 0)


@dataclasses.dataclass
class Result:
    title: str
    lang: str                    # <html lang>, "" when absent
    console: list[ConsoleEntry]  # everything the page logged, in order
    remote_urls: list[str]       # requests made to anything but file:, data:, blob:, ...
    resources: list[str]         # every URL the page requested after itself, files included
    charts: list[Chart]          # every [data-chart] element, in document order

    @property
    def network_requests(self) -> int:
        return len(self.remote_urls)

    @property
    def errors(self) -> list[ConsoleEntry]:
        """The console entries of level SEVERE: console.error, exceptions, failed loads."""
        return [entry for entry in self.console if entry.level == "SEVERE"]

    def chart(self, chart_id: str) -> Chart:
        for chart in self.charts:
            if chart.id == chart_id:
                return chart
        raise KeyError(f"no element with data-chart={chart_id!r}; "
                       f"charts: {[c.id for c in self.charts]}")


def skip_reason() -> str | None:
    """Why the browser cannot run here (for pytest.skip), or None when it can."""
    for program, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(program, os.X_OK):
            return f"no {program} (Debian package {package}; ./setup.sh installs it)"
    if importlib.util.find_spec("selenium") is None:
        return "no selenium module (Debian package python3-selenium; ./setup.sh installs it)"
    return None


# Gathers everything in the page in one call, so that a page still drawing cannot be seen half
# one way and half another.
_COLLECT = """
const drawing = arguments[0];
const charts = [];
for (const element of document.querySelectorAll('[data-chart]')) {
  const box = element.getBoundingClientRect();
  let elements = 0;
  for (const shape of element.querySelectorAll(drawing)) {
    if (shape instanceof SVGElement) elements += 1;
  }
  charts.push({id: element.getAttribute('data-chart'), width: box.width, height: box.height,
               elements: elements, images: element.querySelectorAll('img, canvas').length});
}
return {
  title: document.title,
  lang: document.documentElement.getAttribute('lang') || '',
  resources: performance.getEntriesByType('resource').map(entry => entry.name),
  charts: charts,
};
"""

# Resolves after two animation frames: whatever the page scheduled on load has drawn.
_TWO_FRAMES = """
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
"""


def _is_remote(url: str) -> bool:
    return bool(url) and not url.lower().startswith(_LOCAL_SCHEMES)


class Browser:
    """One headless Chromium, for rendering one or several pages; use it with `with`."""

    def __init__(self, width: int = 1280, height: int = 900, timeout: float = 60.0):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        reason = skip_reason()
        if reason:
            raise RuntimeError(f"cannot start the browser: {reason}")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", f"--window-size={width},{height}",
                         # No name resolves: a page that reaches out fails at once, offline.
                         "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                         "--no-first-run", "--no-default-browser-check",
                         "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--disable-extensions"):
            options.add_argument(argument)
        # browser: the console; performance: DevTools events, which see every request.
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.timeout = timeout
        # Chromium leaves folders behind in TMPDIR; give it one of ours, removed by close().
        self._scratch = tempfile.TemporaryDirectory(prefix="coopsim-browser-")
        environment = dict(os.environ, TMPDIR=self._scratch.name)
        try:
            self._driver = webdriver.Chrome(service=Service(CHROMEDRIVER, env=environment),
                                            options=options)
        except BaseException:
            self._scratch.cleanup()
            raise
        self._driver.set_page_load_timeout(timeout)
        self._driver.set_script_timeout(timeout)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._driver is not None:
            try:
                self._driver.quit()
            finally:
                self._driver = None
                self._scratch.cleanup()

    def render(self, html_path, settle: float = 5.0) -> Result:
        """Opens the file, waits until it is loaded and every chart has drawn something and
        stopped changing (at most `settle` seconds more: a chart left empty costs that wait),
        and returns what the page shows and did."""
        from selenium.webdriver.support.ui import WebDriverWait

        driver = self._driver
        path = pathlib.Path(html_path).resolve()
        if not path.is_file():
            raise FileNotFoundError(path)
        # Empty the logs of any earlier page.
        driver.get_log("browser")
        driver.get_log("performance")
        driver.get(path.as_uri())
        WebDriverWait(driver, self.timeout).until(
            lambda d: d.execute_script("return document.readyState") == "complete")
        driver.execute_async_script(_TWO_FRAMES)
        drawing = ", ".join(DRAWING_ELEMENTS)
        page = driver.execute_script(_COLLECT, drawing)
        # Charts drawn by script may come later: wait until every chart has something in it
        # and nothing changed between two looks, or `settle` seconds have passed.
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline:
            time.sleep(0.1)
            driver.execute_async_script(_TWO_FRAMES)
            again = driver.execute_script(_COLLECT, drawing)
            drawn = all(chart["elements"] or chart["images"] for chart in again["charts"])
            if drawn and again["charts"] == page["charts"]:
                break
            page = again

        console = [ConsoleEntry(level=str(entry.get("level", "")),
                                message=str(entry.get("message", "")),
                                source=str(entry.get("source", "")))
                   for entry in driver.get_log("browser")]
        # Resource Timing leaves out file: URLs and the DevTools log may miss a request that
        # never started; together they see every load.
        page_url = path.as_uri()
        resources = [url for url in _requested_urls(driver.get_log("performance"))
                     if url != page_url]
        resources += [url for url in page["resources"] if url not in resources]
        remote = [url for url in resources if _is_remote(url)]
        charts = [Chart(id=chart["id"], width=float(chart["width"]),
                        height=float(chart["height"]), elements=int(chart["elements"]),
                        images=int(chart["images"]))
                  for chart in page["charts"]]
        return Result(title=page["title"], lang=page["lang"], console=console,
                      remote_urls=remote, resources=resources, charts=charts)


def _requested_urls(performance_log) -> list[str]:
    """The URLs of the requests in Chromium's performance log (Network.requestWillBeSent)."""
    import json

    urls = []
    for entry in performance_log:
        try:
            message = json.loads(entry["message"])["message"]
        except (KeyError, TypeError, ValueError):
            continue
        if message.get("method") == "Network.requestWillBeSent":
            url = message.get("params", {}).get("request", {}).get("url", "")
            if url and url not in urls:
                urls.append(url)
    return urls


def render(html_path, settle: float = 5.0) -> Result:
    """Renders one page in a browser of its own (see Browser.render)."""
    with Browser() as browser:
        return browser.render(html_path, settle=settle)


# --- the static check ---------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Reference:
    tag: str        # the element ("style" for a url() in a <style> block)
    attribute: str  # the attribute, or "url()" for CSS
    url: str


# Attributes through which an element loads or links something.
_URL_ATTRIBUTES = {"src", "href", "xlink:href", "srcset", "poster", "data", "action",
                   "formaction", "background", "cite", "longdesc", "manifest", "ping"}
_REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)\s*((?:https?:)?//[^'")\s]+)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"""@import\s+(['"])\s*((?:https?:)?//[^'"\s]+)""", re.IGNORECASE)


class _ReferenceFinder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[Reference] = []
        self._in_style = False

    def _css(self, tag, text):
        for pattern in (_CSS_URL, _CSS_IMPORT):
            for match in pattern.finditer(text):
                self.found.append(Reference(tag, "url()", match.group(2)))

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            name = name.lower()
            if name == "style":
                self._css(tag, value)
            elif name in _URL_ATTRIBUTES:
                # srcset and ping hold several URLs.
                candidates = (re.split(r",\s*|\s+", value) if name in ("srcset", "ping")
                              else [value])
                for candidate in candidates:
                    if _REMOTE.match(candidate):
                        self.found.append(Reference(tag, name, candidate.strip()))
        if tag == "style":
            self._in_style = True

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        # Script text is not looked at: library code names URLs it never loads. Whatever a
        # script does fetch, render() counts.
        if self._in_style:
            self._css("style", data)


def network_references(html_text: str) -> list[Reference]:
    """Every reference to the network in the page's markup and CSS: an http://, https:// or
    //host URL in src, href (also xlink:href), srcset, poster, data, action, ... attributes,
    and in CSS url(...) or @import, in <style> blocks and style attributes. An empty list
    means the page loads nothing from, and links nothing to, the network."""
    finder = _ReferenceFinder()
    finder.feed(html_text)
    finder.close()
    return finder.found
