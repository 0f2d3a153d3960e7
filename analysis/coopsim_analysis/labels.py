"""Every text a reader sees in the figures and reports, in English and Spanish.

    from coopsim_analysis import labels
    labels.text("axis.year", "es")                          # 'Año'
    labels.text("legend.gini", "en", label="Base", gini="0.93")
    labels.indicator_name("route_ngo_cop", "es")            # 'Cooperación por la ruta ONG'

The catalogue ``TEXTS`` is a plain dict, key -> {"en": ..., "es": ...}; a text may hold
``str.format`` fields (``{label}``), filled from the keyword arguments of ``text``. To add
texts, add entries to TEXTS (``labels.TEXTS.update({...})`` or in this file); ``check()``
says whether every entry has both languages. Keys are dotted, by family: ``indicator.*``,
``route.*``, ``donor_type.*``, ``category.*``, ``stage.*``, ``unit.*``, ``axis.*``,
``title.*``, ``legend.*``, ``caption.*`` (one per figure of figures.FIGURES), ``survival.*``.
"""

LANGUAGES = ("en", "es")

# The access routes (Table 1 of Nivia-Ruiz 2012; docs/MODEL.md §2.8), donor types
# (docs/MODEL.md §2.3) and stages in the order the model declares them; figures use these orders.
ROUTES = ("official_national_agency", "official_open_call", "decentralised_open_call", "ngo",
          "twinning", "networks", "south_south")
DONOR_TYPES = ("bilateral_agency", "bilateral_embassy", "multilateral", "decentralised",
               "international_ngo", "private_foundation", "south_south")
STAGES = ("none", "exploring", "formal")
CATEGORIES = (0, 1, 2, 3, 4, 5, 6)

TEXTS = {
    # ------------------------------------------------------------ indicators (/summaries)
    "indicator.territories_cop": {"en": "Cooperation to territories",
                                  "es": "Cooperación a los territorios"},
    "indicator.territories_usd": {"en": "Cooperation to territories",
                                  "es": "Cooperación a los territorios"},
    "indicator.national_usd": {"en": "Cooperation to national-level recipients",
                               "es": "Cooperación a receptores del nivel nacional"},
    "indicator.disbursed_usd": {"en": "Disbursed by donors",
                                "es": "Desembolsos de los cooperantes"},
    "indicator.gini_territories": {"en": "Gini of cooperation over territories",
                                   "es": "Gini de la cooperación entre territorios"},
    "indicator.category_5_6_share": {"en": "Share of categories 5 and 6",
                                     "es": "Participación de las categorías 5 y 6"},
    "indicator.strategies": {"en": "Territories with a strategy",
                             "es": "Territorios con estrategia"},
    "indicator.formal_strategies": {"en": "Territories with a formal strategy",
                                    "es": "Territorios con estrategia formal"},
    "indicator.committees": {"en": "Territories with a cooperation committee",
                             "es": "Territorios con comité de cooperación"},
    "indicator.proposals": {"en": "Proposals written", "es": "Propuestas formuladas"},
    "indicator.active_projects": {"en": "Projects disbursing",
                                  "es": "Proyectos en desembolso"},
    "indicator.route": {"en": "Cooperation via {route}", "es": "Cooperación por la ruta {route}"},

    # ------------------------------------------------------------ access routes
    "route.official_national_agency": {"en": "Official via APC", "es": "Oficial vía APC"},
    "route.official_open_call": {"en": "Official open call", "es": "Convocatoria oficial"},
    "route.decentralised_open_call": {"en": "Decentralised open call",
                                      "es": "Convocatoria descentralizada"},
    "route.ngo": {"en": "NGO", "es": "ONG"},
    "route.twinning": {"en": "Twinning", "es": "Hermanamiento"},
    "route.networks": {"en": "Networks", "es": "Redes"},
    "route.south_south": {"en": "South-South", "es": "Sur-Sur"},

    # ------------------------------------------------------------ donor types
    "donor_type.bilateral_agency": {"en": "Bilateral agency", "es": "Agencia bilateral"},
    "donor_type.bilateral_embassy": {"en": "Bilateral embassy", "es": "Embajada bilateral"},
    "donor_type.multilateral": {"en": "Multilateral", "es": "Multilateral"},
    "donor_type.decentralised": {"en": "Decentralised", "es": "Descentralizada"},
    "donor_type.international_ngo": {"en": "International NGO", "es": "ONG internacional"},
    "donor_type.private_foundation": {"en": "Private foundation", "es": "Fundación privada"},
    "donor_type.south_south": {"en": "South-South", "es": "Sur-Sur"},

    # ------------------------------------------------------------ fiscal categories (Law 617)
    "category.0": {"en": "Special", "es": "Especial"},
    "category.1": {"en": "Category 1", "es": "Categoría 1"},
    "category.2": {"en": "Category 2", "es": "Categoría 2"},
    "category.3": {"en": "Category 3", "es": "Categoría 3"},
    "category.4": {"en": "Category 4", "es": "Categoría 4"},
    "category.5": {"en": "Category 5", "es": "Categoría 5"},
    "category.6": {"en": "Category 6", "es": "Categoría 6"},
    "category_short.0": {"en": "Special", "es": "Especial"},
    "category_short.1": {"en": "1", "es": "1"},
    "category_short.2": {"en": "2", "es": "2"},
    "category_short.3": {"en": "3", "es": "3"},
    "category_short.4": {"en": "4", "es": "4"},
    "category_short.5": {"en": "5", "es": "5"},
    "category_short.6": {"en": "6", "es": "6"},

    # ------------------------------------------------------------ strategy stages
    "stage.none": {"en": "None", "es": "Ninguna"},
    "stage.exploring": {"en": "Exploring", "es": "Exploratoria"},
    "stage.formal": {"en": "Formal", "es": "Formal"},

    # ------------------------------------------------------------ units
    "unit.cop": {"en": "COP", "es": "COP"},
    "unit.cop_millions": {"en": "COP millions", "es": "millones de COP"},
    "unit.cop_billions": {"en": "COP billions", "es": "miles de millones de COP"},
    "unit.usd": {"en": "USD", "es": "USD"},
    "unit.usd_millions": {"en": "USD millions", "es": "millones de USD"},
    "unit.usd_billions": {"en": "USD billions", "es": "miles de millones de USD"},
    "unit.per_year": {"en": "{unit} per year", "es": "{unit} al año"},
    "unit.cop_per_inhabitant_year": {"en": "COP per inhabitant per year",
                                     "es": "COP por habitante al año"},
    "unit.territories": {"en": "territories", "es": "territorios"},
    "unit.proposals": {"en": "proposals", "es": "propuestas"},
    "unit.projects": {"en": "projects", "es": "proyectos"},
    "unit.index": {"en": "index 0–1", "es": "índice 0–1"},
    "unit.share": {"en": "share", "es": "proporción"},

    # ------------------------------------------------------------ axis labels
    "axis.year": {"en": "Year", "es": "Año"},
    "axis.with_unit": {"en": "{name} ({unit})", "es": "{name} ({unit})"},
    "axis.territory_share": {"en": "Cumulative share of territories, least receiving first",
                             "es": "Proporción acumulada de territorios, de menor a mayor "
                                   "recepción"},
    "axis.cooperation_share": {"en": "Cumulative share of cooperation received",
                               "es": "Proporción acumulada de la cooperación recibida"},
    "axis.fiscal_category": {"en": "Fiscal category (Law 617 of 2000)",
                             "es": "Categoría fiscal (Ley 617 de 2000)"},
    "axis.cooperation_per_inhabitant": {"en": "Cooperation received (COP per inhabitant "
                                              "per year)",
                                        "es": "Cooperación recibida (COP por habitante al año)"},
    "axis.mean_articulation": {"en": "Mean articulation of local actors (share, 0–1)",
                               "es": "Articulación media de los actores locales (proporción, "
                                     "0–1)"},
    "axis.cooperation_to_territories": {"en": "Cooperation to territories ({unit})",
                                        "es": "Cooperación a los territorios ({unit})"},
    "axis.disbursed": {"en": "Disbursed ({unit})", "es": "Desembolsado ({unit})"},
    "axis.share_surviving": {"en": "Still with a strategy after the change (%)",
                             "es": "Aún con estrategia tras el cambio (%)"},
    "axis.strategy_before": {"en": "Situation the year before the change of government",
                             "es": "Situación el año anterior al cambio de gobierno"},

    # ------------------------------------------------------------ figure titles
    "title.key_trajectories": {"en": "Key indicators by year",
                               "es": "Indicadores clave por año"},
    "title.lorenz": {"en": "Concentration of cooperation over territories, {first}–{last}",
                     "es": "Concentración de la cooperación entre territorios, {first}–{last}"},
    "title.per_inhabitant": {"en": "Cooperation per inhabitant by fiscal category",
                             "es": "Cooperación por habitante según categoría fiscal"},
    "title.flows_by_route": {"en": "Cooperation to territories by access route",
                             "es": "Cooperación a los territorios por vía de acceso"},
    "title.flows_by_donor_type": {"en": "Disbursements by donor type",
                                  "es": "Desembolsos por tipo de cooperante"},
    "title.articulation": {"en": "Articulation and cooperation received, by territory",
                           "es": "Articulación y cooperación recibida, por territorio"},
    "title.survival": {"en": "Strategies surviving a change of government",
                       "es": "Estrategias que sobreviven a un cambio de gobierno"},

    # ------------------------------------------------------------ legends and notes
    "legend.median": {"en": "{label}: median of {n} runs", "es": "{label}: mediana de {n} "
                                                               "simulaciones"},
    "legend.band_90": {"en": "5–95 % of runs", "es": "5–95 % de las simulaciones"},
    "legend.band_50": {"en": "25–75 % of runs", "es": "25–75 % de las simulaciones"},
    "legend.equality": {"en": "Perfect equality", "es": "Igualdad perfecta"},
    "legend.gini": {"en": "{label} (Gini {gini})", "es": "{label} (Gini {gini})"},
    "legend.run_of": {"en": "{label}, run {run}", "es": "{label}, simulación {run}"},
    "legend.mean_of_runs": {"en": "{label}, mean of {n} runs",
                            "es": "{label}, media de {n} simulaciones"},
    "legend.pooled_runs": {"en": "{label}, {n} runs pooled",
                           "es": "{label}, {n} simulaciones agregadas"},
    "legend.binned_median": {"en": "Median by articulation bin",
                             "es": "Mediana por intervalo de articulación"},
    "legend.fiscal_category": {"en": "Fiscal category", "es": "Categoría fiscal"},
    "legend.route": {"en": "Access route", "es": "Vía de acceso"},
    "legend.donor_type": {"en": "Donor type", "es": "Tipo de cooperante"},
    "legend.interval": {"en": "whiskers: 95 % Wilson interval; numbers: changes of "
                              "government",
                        "es": "bigotes: intervalo de Wilson al 95 %; números: cambios de "
                              "gobierno"},
    "legend.survived": {"en": "light: still with a strategy",
                        "es": "claro: aún con estrategia"},
    "legend.kept_stage": {"en": "dark: stage kept", "es": "oscuro: conservó la etapa"},
    "legend.n": {"en": "n = {n}", "es": "n = {n}"},

    # ------------------------------------------------------------ figure captions
    "caption.trajectories": {
        "en": "Cooperation disbursed to territories each year. A single run is a line; for a "
              "sweep the line is the median of its runs and the shaded bands hold the middle "
              "50 % and 90 % of the runs.",
        "es": "Cooperación desembolsada a los territorios cada año. Una simulación es una "
              "línea; en un barrido la línea es la mediana de sus simulaciones y las bandas "
              "sombreadas contienen el 50 % y el 90 % centrales de las simulaciones."},
    "caption.key_trajectories": {
        "en": "Four indicators by year: cooperation to territories, its Gini coefficient over "
              "territories, territories with a strategy and territories with a municipal "
              "cooperation committee. Lines are single runs or the median of a sweep's runs, "
              "with bands holding the middle 50 % and 90 % of the runs.",
        "es": "Cuatro indicadores por año: la cooperación a los territorios, su coeficiente de "
              "Gini entre territorios, los territorios con estrategia y los territorios con "
              "comité municipal de cooperación. Las líneas son simulaciones únicas o la "
              "mediana de las simulaciones de un barrido, con bandas que contienen el 50 % y "
              "el 90 % centrales de las simulaciones."},
    "caption.lorenz": {
        "en": "Lorenz curve of the cooperation each territory received over the period, "
              "territories sorted from the least to the most receiving. The further the curve "
              "lies from the diagonal, the more concentrated the cooperation; the legend gives "
              "the Gini coefficient. A sweep is shown by its first kept run.",
        "es": "Curva de Lorenz de la cooperación que recibió cada territorio en el periodo, con "
              "los territorios ordenados de menor a mayor recepción. Cuanto más se aleja la "
              "curva de la diagonal, más concentrada está la cooperación; la leyenda da el "
              "coeficiente de Gini. Un barrido se muestra con su primera simulación guardada."},
    "caption.per_inhabitant_by_category": {
        "en": "Cooperation received per inhabitant and year by fiscal category (Law 617 of "
              "2000; category 6 holds the smallest municipalities with the lowest own revenue). "
              "A sweep shows the mean of its kept runs.",
        "es": "Cooperación recibida por habitante y año según categoría fiscal (Ley 617 de "
              "2000; la categoría 6 reúne a los municipios más pequeños y de menores ingresos "
              "propios). Un barrido muestra la media de sus simulaciones guardadas."},
    "caption.flows_by_route": {
        "en": "Cooperation to territories each year by access route (Table 1 of Nivia-Ruiz, "
              "2012). A sweep shows the mean of its runs.",
        "es": "Cooperación a los territorios cada año por vía de acceso (tabla 1 de "
              "Nivia-Ruiz, 2012). Un barrido muestra la media de sus simulaciones."},
    "caption.flows_by_donor_type": {
        "en": "What donors disbursed each year, to territories and to national-level "
              "recipients, by type of donor. A sweep shows the mean of its kept runs.",
        "es": "Lo que desembolsaron los cooperantes cada año, a los territorios y a receptores "
              "del nivel nacional, por tipo de cooperante. Un barrido muestra la media de sus "
              "simulaciones guardadas."},
    "caption.articulation_vs_cooperation": {
        "en": "Each point is a territory: the mean share of its local actors' capacity that "
              "works through the cooperation committee, against the cooperation it received "
              "per inhabitant and year (logarithmic scale, zero at the bottom). The black line "
              "joins the medians of groups of territories with similar articulation. A sweep "
              "is shown by its first kept run.",
        "es": "Cada punto es un territorio: la proporción media de la capacidad de sus actores "
              "locales que trabaja a través del comité de cooperación, frente a la cooperación "
              "que recibió por habitante y año (escala logarítmica, el cero abajo). La línea "
              "negra une las medianas de grupos de territorios con articulación parecida. Un "
              "barrido se muestra con su primera simulación guardada."},
    "caption.strategy_survival": {
        "en": "Of the territories that had a strategy when a new local government took office, "
              "the share that still had one at the end of that year (light bar, with its 95 % "
              "interval and the number of cases) and the share that also kept its stage "
              "(dark), by the stage and by whether a cooperation committee existed the year "
              "before. A sweep pools its kept runs.",
        "es": "De los territorios que tenían una estrategia cuando asumió un nuevo gobierno "
              "local, la proporción que aún la tenía al final de ese año (barra clara, con su "
              "intervalo al 95 % y el número de casos) y la que además conservó su etapa "
              "(oscura), según la etapa y según si existía un comité de cooperación el año "
              "anterior. Un barrido agrega sus simulaciones guardadas."},

    # ------------------------------------------------------------ strategy survival groups
    "survival.all": {"en": "All", "es": "Todas"},
    "survival.exploring": {"en": "Exploring", "es": "Exploratoria"},
    "survival.formal": {"en": "Formal", "es": "Formal"},
    "survival.no_committee": {"en": "Without committee", "es": "Sin comité"},
    "survival.committee": {"en": "With committee", "es": "Con comité"},
}


def language(lang):
    """``lang`` when it is one of LANGUAGES; ValueError otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; languages are {', '.join(LANGUAGES)}")
    return lang


def text(key, lang="en", **fields):
    """The text ``key`` in ``lang`` ("en" or "es"), with ``{fields}`` filled from the keyword
    arguments when any are given. KeyError (naming the key) for an unknown key, ValueError for an
    unknown language."""
    language(lang)
    try:
        entry = TEXTS[key]
    except KeyError:
        raise KeyError(f"no text {key!r} in coopsim_analysis.labels.TEXTS") from None
    value = entry[lang]
    return value.format(**fields) if fields else value


def has(key):
    """Whether the catalogue has the text ``key``."""
    return key in TEXTS


def _named(family, value, lang):
    """The catalogue's name of ``value`` in ``family``, or the raw value (underscores as spaces)
    for a value the catalogue does not know (a route or type added to the model later)."""
    language(lang)
    key = f"{family}.{value}"
    return text(key, lang) if key in TEXTS else str(value).replace("_", " ")


def route_name(route, lang="en"):
    """Name of an access route as written in the files (``/routes/name``)."""
    return _named("route", route, lang)


def donor_type_name(donor_type, lang="en"):
    """Name of a donor type as written in the files (``/donors/type``)."""
    return _named("donor_type", donor_type, lang)


def category_name(category, lang="en", short=False):
    """Name of a fiscal category 0 (special) … 6; ``short``: "Special", "1" … "6"."""
    return _named("category_short" if short else "category", int(category), lang)


def stage_name(stage, lang="en"):
    """Name of a strategy stage, given as 0/1/2 or none/exploring/formal."""
    if not isinstance(stage, str):
        stage = STAGES[int(stage)]
    return _named("stage", stage, lang)


def indicator_name(indicator, lang="en"):
    """Name of a yearly indicator of /summaries, route_<route>_cop included."""
    if indicator.startswith("route_") and indicator.endswith("_cop"):
        return text("indicator.route", lang, route=route_name(indicator[6:-4], lang))
    return _named("indicator", indicator, lang)


def check():
    """Entries that lack a language or hold an empty text (an empty list when all is well)."""
    return [key for key, entry in TEXTS.items()
            if not all(isinstance(entry.get(lang), str) and entry[lang] for lang in LANGUAGES)]
