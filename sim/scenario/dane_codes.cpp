#include "sim/scenario/dane_codes.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace coopsim::scenario::dane {

namespace {

// DIVIPOLA department codes, in code order.
constexpr std::array<std::pair<int, std::string_view>, 33> kDepartments{{
    {5, "Antioquia"},   {8, "Atlántico"},     {11, "Bogotá D.C."},
    {13, "Bolívar"},    {15, "Boyacá"},       {17, "Caldas"},
    {18, "Caquetá"},    {19, "Cauca"},        {20, "Cesar"},
    {23, "Córdoba"},    {25, "Cundinamarca"}, {27, "Chocó"},
    {41, "Huila"},      {44, "La Guajira"},   {47, "Magdalena"},
    {50, "Meta"},       {52, "Nariño"},       {54, "Norte de Santander"},
    {63, "Quindío"},    {66, "Risaralda"},    {68, "Santander"},
    {70, "Sucre"},      {73, "Tolima"},       {76, "Valle del Cauca"},
    {81, "Arauca"},     {85, "Casanare"},     {86, "Putumayo"},
    {88, "San Andrés"}, {91, "Amazonas"},     {94, "Guainía"},
    {95, "Guaviare"},   {97, "Vaupés"},       {99, "Vichada"},
}};

// The capital of each department is its municipality NN001, except Cundinamarca (25), whose
// capital is Bogotá D.C. (11001): 32 municipalities, in code order.
constexpr std::array<int, 32> kCapitals{
    5001,   // Medellín
    8001,   // Barranquilla
    11001,  // Bogotá D.C.
    13001,  // Cartagena
    15001,  // Tunja
    17001,  // Manizales
    18001,  // Florencia
    19001,  // Popayán
    20001,  // Valledupar
    23001,  // Montería
    27001,  // Quibdó
    41001,  // Neiva
    44001,  // Riohacha
    47001,  // Santa Marta
    50001,  // Villavicencio
    52001,  // Pasto
    54001,  // Cúcuta
    63001,  // Armenia
    66001,  // Pereira
    68001,  // Bucaramanga
    70001,  // Sincelejo
    73001,  // Ibagué
    76001,  // Cali
    81001,  // Arauca
    85001,  // Yopal
    86001,  // Mocoa
    88001,  // San Andrés
    91001,  // Leticia
    94001,  // Inírida
    95001,  // San José del Guaviare
    97001,  // Mitú
    99001,  // Puerto Carreño
};

// Law 617 of 2000, art. 2: the population a municipality must exceed for each category, from
// the special one down to 5; the rest are category 6.
constexpr std::array<std::pair<double, int>, 6> kCategoryFloors{{
    {500000, 0},
    {100000, 1},
    {50000, 2},
    {30000, 3},
    {20000, 4},
    {10000, 5},
}};

}  // namespace

std::optional<std::string_view> department_name(int code) {
    const auto it = std::find_if(kDepartments.begin(), kDepartments.end(),
                                 [&](const auto& department) { return department.first == code; });
    if (it == kDepartments.end()) return std::nullopt;
    return it->second;
}

bool is_departmental_capital(int municipal_code) {
    return std::binary_search(kCapitals.begin(), kCapitals.end(), municipal_code);
}

int category_by_population(double population) {
    for (const auto& [above, category] : kCategoryFloors) {
        if (population > above) return category;
    }
    return 6;
}

}  // namespace coopsim::scenario::dane
