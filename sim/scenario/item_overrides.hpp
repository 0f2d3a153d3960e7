#pragma once
// Overrides of single territories and donors, keyed by who they are rather than by their place
// in a list: `territory_overrides` by DANE code, `donor_overrides` by donor name. A merge patch
// replaces arrays wholesale, so a what-if that changes one municipality of the 1,122 read from a
// CSV, or one donor's budget path, says so here instead of restating the whole list. Each
// value is an RFC 7386 merge patch of the item it names; overrides from a base file and from the
// file that extends it merge like any other object.
#include <nlohmann/json.hpp>

#include "sim/scenario/provenance.hpp"

namespace coopsim::scenario {

// Applies and then removes `territory_overrides` and `donor_overrides` from `document` (which
// already holds every territory, the CSV's included). The patched members take the origin of
// the override, so a bad value in one is reported where it was written. Throws ScenarioError
// for an override that is not an object, names no item, or changes the identity it is keyed by.
void apply_item_overrides(nlohmann::json& document, Provenance& provenance);

}  // namespace coopsim::scenario
