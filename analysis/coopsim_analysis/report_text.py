"""The report's own words in English and Spanish: headings, table headers, the names of the key
measures and the sentences of the plain-language reading. They join the one catalogue of
labels.py under the prefix ``report.`` (labels.text("report.reading", "es") is "Lectura"); the
figures' labels are there too. ``say(key, lang, **values)`` is labels.text for these keys."""
from . import labels

TEXT = {
    # page
    "title": {"en": "coopsim report", "es": "Informe de coopsim"},
    "generated": {"en": "Written {when} by coopsim report (analysis package {version}).",
                  "es": "Generado el {when} por coopsim report (paquete de análisis {version})."},
    "contents": {"en": "Contents", "es": "Contenido"},
    "print": {"en": "Print or save as PDF", "es": "Imprimir o guardar como PDF"},
    # sections
    "reading": {"en": "Reading", "es": "Lectura"},
    "scenarios": {"en": "Scenarios compared", "es": "Escenarios comparados"},
    "key_measures": {"en": "Key measures, {first}–{last}", "es": "Medidas clave, {first}–{last}"},
    "differences": {"en": "Differences from {base}", "es": "Diferencias con {base}"},
    "figures": {"en": "Figures", "es": "Figuras"},
    "method": {"en": "How to read these numbers", "es": "Cómo leer estas cifras"},
    # tables
    "scenario": {"en": "Scenario", "es": "Escenario"},
    "file": {"en": "File", "es": "Archivo"},
    "kind": {"en": "Kind", "es": "Tipo"},
    "runs": {"en": "Runs", "es": "Corridas"},
    "seed": {"en": "Seed", "es": "Semilla"},
    "years": {"en": "Years", "es": "Años"},
    "program": {"en": "Program", "es": "Programa"},
    "kind_run": {"en": "single run", "es": "corrida única"},
    "kind_sweep": {"en": "sweep", "es": "barrido"},
    "kind_sweep_points": {"en": "sweep of {points} design points × {replications} replications, "
                                "pooled",
                          "es": "barrido de {points} puntos de diseño × {replications} réplicas, "
                                "agrupados"},
    "measure": {"en": "Measure", "es": "Medida"},
    "unit": {"en": "Unit", "es": "Unidad"},
    "difference": {"en": "Difference", "es": "Diferencia"},
    "interval": {"en": "95 % interval", "es": "Intervalo del 95 %"},
    "relative": {"en": "Relative", "es": "Relativa"},
    "effect": {"en": "Effect size (g)", "es": "Tamaño del efecto (g)"},
    "no_interval": {"en": "—", "es": "—"},
    "band_note": {
        "en": "For a sweep: mean over its runs, with the 5th–95th percentiles of the runs in "
              "brackets.",
        "es": "Para un barrido: media de sus corridas, con los percentiles 5 y 95 de las "
              "corridas entre corchetes."},
    "single_run_note": {
        "en": "Both inputs are single runs: a difference between them mixes the scenario's "
              "effect with chance. Compare sweeps with replications (docs/EXPERIMENTS.md) to get "
              "intervals.",
        "es": "Ambas entradas son corridas únicas: su diferencia mezcla el efecto del escenario "
              "con el azar. Compare barridos con réplicas (docs/EXPERIMENTS.md) para obtener "
              "intervalos."},
    # key measures
    "m_territories_cop": {"en": "Cooperation to territories", "es": "Cooperación a los territorios"},
    "m_territories_usd": {"en": "Cooperation to territories (USD)",
                          "es": "Cooperación a los territorios (USD)"},
    "m_national_usd": {"en": "Cooperation to national recipients (USD)",
                       "es": "Cooperación a receptores nacionales (USD)"},
    "m_category_5_6_share": {"en": "Share to categories 5 and 6",
                             "es": "Participación de las categorías 5 y 6"},
    "m_gini_territories": {"en": "Gini across territories (yearly mean)",
                           "es": "Gini entre territorios (media anual)"},
    "m_strategies": {"en": "Territories with a strategy (last year)",
                     "es": "Territorios con estrategia (último año)"},
    "m_formal_strategies": {"en": "… of which formal", "es": "… de ellos formal"},
    "m_committees": {"en": "Territories with a committee (last year)",
                     "es": "Territorios con comité (último año)"},
    "m_proposals": {"en": "Proposals written", "es": "Propuestas formuladas"},
    "m_south_south_share": {"en": "Share through South-South cooperation",
                            "es": "Participación de la cooperación Sur-Sur"},
    "u_COP": {"en": "COP million", "es": "millones de COP"},
    "u_USD": {"en": "USD million", "es": "millones de USD"},
    "u_share": {"en": "%", "es": "%"},
    "u_count": {"en": "number", "es": "número"},
    "u_index": {"en": "index 0–1", "es": "índice 0–1"},
    # reading
    "r_amount": {
        "en": "In {scenario}, territories received {amount} of international cooperation in "
              "{first}–{last}; {small} of it went to municipalities of fiscal categories 5 and 6.",
        "es": "En {scenario}, los territorios recibieron {amount} de cooperación internacional "
              "en {first}–{last}; el {small} fue a municipios de categorías fiscales 5 y 6."},
    "r_amount_none": {
        "en": "In {scenario}, no international cooperation reached the territories in "
              "{first}–{last}.",
        "es": "En {scenario}, ninguna cooperación internacional llegó a los territorios en "
              "{first}–{last}."},
    "r_concentration": {
        "en": "Cooperation is {level}: the Gini coefficient across territories averages {gini} "
              "(0 would be an equal share for every territory, 1 everything to one).",
        "es": "La cooperación está {level}: el coeficiente de Gini entre territorios promedia "
              "{gini} (0 sería la misma cantidad para cada territorio, 1 todo para uno)."},
    "level_high": {"en": "very concentrated", "es": "muy concentrada"},
    "level_mid": {"en": "concentrated", "es": "concentrada"},
    "level_low": {"en": "moderately spread", "es": "moderadamente repartida"},
    "r_strategies": {
        "en": "At the end of {last}, territories with a strategy for international cooperation: "
              "{strategies} (formal: {formal}); with a cooperation committee: {committees}.",
        "es": "Al final de {last}, {strategies} territorios tenían una estrategia de cooperación "
              "internacional (formal: {formal}) y {committees} un comité de cooperación."},
    "r_mean_of_runs": {"en": " (Means of {runs} runs.)", "es": " (Medias de {runs} corridas.)"},
    "r_compare_clear": {
        "en": "{other} gives territories {change} cooperation than {base} ({relative}; 95 % "
              "interval {low} to {high}): a clear difference.",
        "es": "{other} da a los territorios {change} cooperación que {base} ({relative}; "
              "intervalo del 95 %: {low} a {high}): una diferencia clara."},
    "r_compare_unclear": {
        "en": "{other} and {base} give territories about the same cooperation ({relative}; 95 % "
              "interval {low} to {high} includes no difference).",
        "es": "{other} y {base} dan a los territorios una cooperación similar ({relative}; el "
              "intervalo del 95 %, de {low} a {high}, incluye la ausencia de diferencia)."},
    "r_compare_single": {
        "en": "{other} gives territories {relative} {change_word} cooperation than {base} "
              "(a single run on one side: no interval).",
        "es": "{other} da a los territorios {relative} {change_word} de cooperación que "
              "{base} (un lado es una corrida única: sin intervalo)."},
    "more": {"en": "more", "es": "más"},
    "less": {"en": "less", "es": "menos"},
    "more_word": {"en": "more", "es": "más"},
    "less_word": {"en": "less", "es": "menos"},
    "r_other_clear": {
        "en": "Other clear differences of {other}: {items}.",
        "es": "Otras diferencias claras de {other}: {items}."},
    "r_other_none": {
        "en": "No other measure of {other} differs clearly from {base}.",
        "es": "Ninguna otra medida de {other} difiere claramente de {base}."},
    # method
    "method_text": {
        "en": (
            "Each measure is computed per run over the period, from the yearly indicators coopsim "
            "records (docs/EXPERIMENTS.md, \"The sweep file\"; docs/ANALYSIS.md, \"Key "
            "measures\"). Amounts are nominal, in the currency shown.\n\nA sweep is an ensemble "
            "of runs of one scenario with different seeds (and, if its design varies factors, "
            "different values): its mean is shown with the 5th–95th percentiles of its "
            "runs.\n\nDifferences are the compared scenario's mean minus the base's. Their 95 % "
            "intervals are percentile bootstrap intervals (10,000 resamples of each ensemble, "
            "fixed seed, so the page is reproducible). A difference is called clear when its "
            "interval excludes zero. The effect size g is Hedges' standardised difference of "
            "means.\n\nEvery run can be repeated exactly: same scenario, seed and program give "
            "the same numbers on any number of threads."),
        "es": (
            "Cada medida se calcula para cada corrida sobre el periodo, a partir de los "
            "indicadores anuales que registra coopsim (docs/EXPERIMENTS.md, \"The sweep file\"; "
            "docs/ANALYSIS.md, \"Key measures\"). Los montos son nominales, en la moneda "
            "indicada.\n\nUn barrido es un conjunto de corridas de un escenario con distintas "
            "semillas (y, si su diseño varía factores, distintos valores): se muestra su media "
            "con los percentiles 5 y 95 de sus corridas.\n\nLas diferencias son la media del "
            "escenario comparado menos la del escenario base. Sus intervalos del 95 % son "
            "intervalos bootstrap de percentiles (10.000 remuestreos de cada conjunto, semilla "
            "fija, de modo que la página es reproducible). Una diferencia se llama clara cuando "
            "su intervalo excluye el cero. El tamaño del efecto g es la diferencia estandarizada "
            "de medias de Hedges.\n\nToda corrida puede repetirse exactamente: el mismo "
            "escenario, semilla y programa dan las mismas cifras con cualquier número de hilos."),
    },
}



labels.TEXTS.update({f"report.{key}": entry for key, entry in TEXT.items()})


def say(key, lang, **values):
    """The report text ``key`` in ``lang`` ('en' or 'es'), {placeholders} filled from ``values``."""
    return labels.text(f"report.{key}", lang, **values)
