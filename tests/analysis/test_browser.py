"""The headless-browser harness (browser.py) itself, on small pages written here."""
import pytest

import browser

REASON = browser.skip_reason()


@pytest.fixture(scope="module")
def chromium():
    if REASON:
        pytest.skip(REASON)
    with browser.Browser() as opened:
        yield opened


def page(tmp_path, body, head="", name="page.html", lang="es"):
    path = tmp_path / name
    path.write_text(f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
                    f"<title>Página de prueba</title>{head}</head><body>{body}</body></html>\n",
                    encoding="utf-8")
    return path


SVG_CHART = """
<div data-chart="received" style="width: 400px">
  <svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">
    <rect x="10" y="50" width="30" height="150" fill="steelblue"/>
    <rect x="50" y="20" width="30" height="180" fill="steelblue"/>
    <path d="M 0 200 L 400 200" stroke="black"/>
    <text x="10" y="15">COP</text>
  </svg>
</div>
<div data-chart="empty" style="width: 300px; height: 100px"></div>
"""


def test_finds_an_inline_svg_chart_with_its_size_and_drawing(chromium, tmp_path):
    # settle: "empty" never draws, so render would wait the whole time for it.
    result = chromium.render(page(tmp_path, SVG_CHART), settle=0.5)
    assert [chart.id for chart in result.charts] == ["received", "empty"]
    received = result.chart("received")
    assert received.width == pytest.approx(400)
    assert received.height > 190
    assert received.elements == 4
    empty = result.chart("empty")
    assert (empty.width, empty.height, empty.elements, empty.images) == (300, 100, 0, 0)
    assert result.title == "Página de prueba"
    assert result.lang == "es"
    assert result.errors == []
    assert result.network_requests == 0
    assert browser.network_references(page(tmp_path, SVG_CHART).read_text()) == []


def test_waits_for_a_chart_drawn_after_load(chromium, tmp_path):
    script = """<script>
    window.addEventListener('load', () => setTimeout(() => {
      document.querySelector('[data-chart]').innerHTML =
        '<svg width="200" height="100"><circle cx="50" cy="50" r="40"/>' +
        '<polyline points="0,0 10,10"/><line x1="0" y1="0" x2="5" y2="5"/></svg>';
    }, 400));
    </script>"""
    result = chromium.render(page(tmp_path, '<div data-chart="late"></div>' + script))
    late = result.chart("late")
    assert late.elements == 3
    assert late.height > 0


def test_reports_console_errors(chromium, tmp_path):
    body = "<script>console.log('hello'); console.error('x');</script>"
    result = chromium.render(page(tmp_path, body))
    assert len(result.errors) == 1
    assert '"x"' in result.errors[0].message
    assert any('"hello"' in entry.message and entry.level == "INFO"
               for entry in result.console)


def test_reports_uncaught_exceptions(chromium, tmp_path):
    result = chromium.render(page(tmp_path, "<script>undefinedFunction();</script>"))
    assert any("undefinedFunction" in entry.message for entry in result.errors)


def test_counts_requests_to_the_network(chromium, tmp_path):
    body = '<img src="http://example.invalid/x.png" alt="">'
    result = chromium.render(page(tmp_path, body))
    assert result.network_requests >= 1
    assert "http://example.invalid/x.png" in result.remote_urls


def test_files_and_data_urls_are_not_network(chromium, tmp_path):
    (tmp_path / "style.css").write_text("body { color: black; }\n", encoding="utf-8")
    pixel = ("data:image/gif;base64,"
             "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
    result = chromium.render(page(tmp_path, f'<img src="{pixel}" alt="">',
                                  head='<link rel="stylesheet" href="style.css">'))
    assert result.network_requests == 0
    assert [url for url in result.resources if not url.startswith("data:")] == [
        (tmp_path / "style.css").as_uri()]


def test_render_opens_its_own_browser(tmp_path):
    if REASON:
        pytest.skip(REASON)
    result = browser.render(page(tmp_path, SVG_CHART, lang="en"), settle=0.5)
    assert result.lang == "en"
    assert len(result.charts) == 2


@pytest.mark.parametrize("markup, url", [
    ('<img src="http://example.invalid/x.png">', "http://example.invalid/x.png"),
    ('<script src="https://cdn.plot.ly/plotly.min.js"></script>',
     "https://cdn.plot.ly/plotly.min.js"),
    ('<link rel="stylesheet" href="//fonts.example.com/a.css">', "//fonts.example.com/a.css"),
    ('<a href="HTTPS://doi.org/10.1/x">doi</a>', "HTTPS://doi.org/10.1/x"),
    ('<svg><image xlink:href="http://example.invalid/i.png"/></svg>',
     "http://example.invalid/i.png"),
    ('<img srcset="a.png 1x, https://example.invalid/b.png 2x">',
     "https://example.invalid/b.png"),
    ('<div style="background: url(\'https://example.invalid/bg.png\')"></div>',
     "https://example.invalid/bg.png"),
    ('<style>@font-face { src: url(//example.invalid/f.woff2); }</style>',
     "//example.invalid/f.woff2"),
    ('<style>@import "https://example.invalid/s.css";</style>', "https://example.invalid/s.css"),
])
def test_network_references_finds_each_kind(markup, url):
    found = browser.network_references(f"<html><body>{markup}</body></html>")
    assert [reference.url for reference in found] == [url]


def test_network_references_ignores_local_and_script_text():
    text = """<html lang="es"><head><style>.a { background: url(data:image/png;base64,AAAA); }
    </style></head><body>
    <svg xmlns="http://www.w3.org/2000/svg"><use href="#marker"/></svg>
    <img src="data:image/png;base64,AAAA"><a href="#tabla-1">tabla</a><a href="figures/a.svg">a</a>
    <script>const link = "https://plotly.com/"; const img = '<img src="http://x.invalid/">';</script>
    </body></html>"""
    assert browser.network_references(text) == []
