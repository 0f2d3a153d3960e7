#pragma once
// The local actors' columns (/actors/...), one row each, in the order of the file.
#include <tuple>

#include "sim/columns/derived_values.hpp"

namespace coopsim::columns::actors {

using agents::LocalActors;
using W = Written;

inline constexpr Derived dane_code{
    "/actors/dane_code",        Axis::actor, "", "DANE code of the actor's territory",
    &derived::actor_dane_codes, W::once};
inline constexpr Member type{"/actors/type",     "",      "actor type",
                             &LocalActors::type, W::once, Stored::name};
inline constexpr Member capacity{"/actors/capacity", "1", "the actor's own capacity [0,1]",
                                 &LocalActors::capacity, W::once};
inline constexpr Member linked_donor{"/actors/linked_donor", "",
                                     "donor index of the actor's own partner, -1 if none",
                                     &LocalActors::linked_donor, W::once};

inline constexpr Member articulates{"/actors/articulates", "1",
                                    "1 when the actor works through the committee this year",
                                    &LocalActors::articulates, W::yearly};
inline constexpr Member trust_in_government{"/actors/trust_in_government", "1",
                                            "trust in the local government [0,1]",
                                            &LocalActors::trust_in_government, W::yearly};
inline constexpr Member empowerment{"/actors/empowerment", "1",
                                    "empowerment from carrying the committee's work [0,1]",
                                    &LocalActors::empowerment, W::yearly};
inline constexpr Member received_cop{"/actors/received_cop", "COP",
                                     "cooperation reaching the actor this year",
                                     &LocalActors::received_cop, W::yearly};

inline constexpr std::tuple table{&dane_code,    &type,        &capacity,
                                  &linked_donor, &articulates, &trust_in_government,
                                  &empowerment,  &received_cop};

}  // namespace coopsim::columns::actors
