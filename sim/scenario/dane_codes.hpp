#pragma once
// Facts of Colombia's territorial division that a municipal table often leaves out, for the
// importer (territory_import.hpp): DANE's department codes and names (DIVIPOLA), the
// departmental capitals, and the fiscal categories of Law 617 of 2000.
#include <optional>
#include <string_view>

namespace coopsim::scenario::dane {

// The department digits of a municipal code: 19137 (Caldono) -> 19 (Cauca).
constexpr int department_of(int municipal_code) {
    return municipal_code / 1000;
}

// The name of department `code` (5 -> "Antioquia", 11 -> "Bogotá D.C."), or nullopt for a code
// that DANE does not use. The 32 departments and Bogotá D.C., 33 codes in all.
std::optional<std::string_view> department_name(int code);

// Whether municipality `municipal_code` is the capital of its department, or Bogotá D.C. (which
// is also Cundinamarca's capital).
bool is_departmental_capital(int municipal_code);

// The fiscal category that population alone gives under Law 617 of 2000 (art. 2): 0 (special)
// above 500,000 inhabitants; 1 from 100,001 to 500,000; 2 from 50,001; 3 from 30,001; 4 from
// 20,001; 5 from 10,001; 6 up to 10,000. The law also bounds current revenue, which municipal
// tables rarely hold, so this is the category by population only.
int category_by_population(double population);

}  // namespace coopsim::scenario::dane
