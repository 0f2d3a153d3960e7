"""A run file of ``coopsim run`` as tidy pandas tables (docs/ANALYSIS.md, "Tables of a run").

    run = open_run("caldono.h5")
    ty = run.territory_years()          # one row per (year, territory)
    ty.attrs["units"]["cooperation_received_cop"]   # 'COP'

Each table is read from the file the first time it is asked for and kept; every call returns a
new copy of it. The file is open only while a table is read.
"""
import numpy as np

from . import indicators, store, tables
from .errors import InputError

# Tables of a run, by the name the CSV export and docs/ANALYSIS.md give them.
TABLES = ("territory_years", "actor_years", "donor_years", "route_years", "national_years",
          "flows", "projects", "indicator_years")

STAGE_NAMES = {0: "none", 1: "exploring", 2: "formal"}


def open_run(path):
    """The run file at ``path``; InputError if it is missing, not a coopsim run file (a sweep
    file is refused with a pointer to open_sweep) or damaged."""
    return Run(path)


class Run(tables.TableSource):
    """One run: its scenario, seed and years, and its tables."""

    TABLES = TABLES

    def __init__(self, path):
        self.path = str(path)
        with store.open_h5(self.path) as f:
            if store.is_sweep(f):
                raise InputError(self.path, "is a sweep file (it has /runs and /design); "
                                            "open it with open_sweep")
            self.scenario = store.scenario_of(self.path, f)
            self.scenario_name = store.text_attribute(f, "scenario_name", "")
            self.seed = int(f.attrs["seed"]) if "seed" in f.attrs else None
            self.coopsim_version = store.text_attribute(f, "coopsim_version", "")
            self.git_commit = store.text_attribute(f, "git_commit", "")
            self.years = store.values(self.path, f, "years").astype(np.int64)
            for required in ("territories/dane_code", "territories/cooperation_received_cop"):
                store.dataset(self.path, f, required)

    def __repr__(self):
        return (f"Run({self.path!r}, scenario={self.scenario_name!r}, seed={self.seed}, "
                f"years={self.years[0]}-{self.years[-1]})")

    def _entities(self, group):
        return self._read(lambda f: tables.entity_table(self.path, f, group))

    def _entity_years(self, group):
        return self._read(lambda f: tables.entity_year_table(self.path, f, group, self.years))

    # ------------------------------------------------------------ entities, fixed attributes
    @tables.kept
    def territories(self):
        """One row per territory: dane_code, name, department, population, category, is_capital,
        rural_share, ethnic_share, budget_cop."""
        return self._entities("territories")

    @tables.kept
    def donors(self):
        """One row per donor: donor_id, name, type, presence."""
        return self._entities("donors")

    @tables.kept
    def actors(self):
        """One row per local actor: actor_id, dane_code, type, capacity, linked_donor."""
        return self._entities("actors")

    @tables.kept
    def routes(self):
        """One row per access route: route_id, name."""
        return self._entities("routes")

    # ------------------------------------------------------------ yearly tables
    @tables.kept
    def territory_years(self):
        """One row per (year, territory): year, dane_code, the territory's fixed attributes, every
        yearly variable of /territories, then stage_name and cooperation_per_inhabitant_cop."""
        frame = self._entity_years("territories")
        tables.require_columns(self.path, frame, "territories",
                               ("population", "category", "cooperation_received_cop", "stage"))
        frame["stage_name"] = frame["stage"].map(STAGE_NAMES)
        frame["cooperation_per_inhabitant_cop"] = (
            frame["cooperation_received_cop"] / frame["population"].where(frame["population"] > 0))
        frame.attrs["units"].update(stage_name="", cooperation_per_inhabitant_cop="COP/inhabitant")
        frame.attrs["descriptions"].update(
            stage_name="strategy stage at the end of the year: none, exploring or formal",
            cooperation_per_inhabitant_cop="cooperation disbursed to the territory this year per "
                                           "inhabitant")
        return frame

    @tables.kept
    def actor_years(self):
        """One row per (year, local actor): year, actor_id, dane_code, type, capacity,
        linked_donor, articulates, trust_in_government, empowerment, received_cop."""
        return self._entity_years("actors")

    @tables.kept
    def donor_years(self):
        """One row per (year, donor): year, donor_id, name, type, presence, budgets, what was
        disbursed (to territories, national), tranche_scale, partners, proposals, approvals."""
        return self._entity_years("donors")

    @tables.kept
    def route_years(self):
        """One row per (year, access route): year, route_id, name, proposals,
        regional_proposals, received_cop."""
        return self._entity_years("routes")

    @tables.kept
    def national_years(self):
        """One row per year: year, cop_per_usd (the exchange rate used), received_cop and
        received_usd (cooperation placed with national-level recipients)."""
        def build(f):
            table = tables.Table()
            table.add("year", self.years, "year", "simulated calendar year")
            table.add_dataset(self.path, f, "cop_per_usd")
            table.add_dataset(self.path, f, "national/received_cop")
            table.add_dataset(self.path, f, "national/received_usd")
            return table.frame()
        return self._read(build)

    # ------------------------------------------------------------ records
    @tables.kept
    def flows(self):
        """One row per flow (a donor's disbursement to a territory in a year through a route):
        flow_id, year, donor_id, donor, donor_type, dane_code, territory, route_id, route,
        amount_cop, amount_usd."""
        frame = self._entities("flows")
        return self._labelled(frame)

    @tables.kept
    def projects(self):
        """One row per approved project: project_id, donor_id, donor, donor_type, dane_code,
        territory, actor_id, route_id, route, carrier, regional, renewal, amount_usd,
        disbursed_usd, disbursed_cop, approved_year, start_year, duration_years, outcome."""
        frame = self._entities("projects")
        return self._labelled(frame)

    def _labelled(self, frame):
        """Names next to the ids of donors, territories and routes."""
        def names(table, group, columns):
            return tables.require_columns(self.path, table, group, columns, tables.FIXED)
        donors = names(self.donors(), "donors", ("name", "type"))
        territories = names(self.territories(), "territories", ("name",))
        routes = names(self.routes(), "routes", ("name",))
        after = lambda column: list(frame.columns).index(column) + 1  # noqa: E731
        frame = tables.with_labels(frame, "donor_id", donors,
                                   {"name": "donor", "type": "donor_type"}, after("donor_id"))
        frame = tables.with_labels(frame, "dane_code", territories, {"name": "territory"},
                                   after("dane_code"))
        return tables.with_labels(frame, "route_id", routes, {"name": "route"}, after("route_id"))

    # ------------------------------------------------------------ indicators
    @tables.kept
    def indicator_years(self):
        """One row per year with the indicators a sweep stores in /summaries (territories_cop,
        gini_territories, strategies, route_<route>_cop…), computed from this run's tables."""
        return indicators.from_run(self)
