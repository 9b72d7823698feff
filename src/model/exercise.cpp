#include <backroutine/model/exercise.hpp>
#include <backroutine/model/routine.hpp>

#include <algorithm>
#include <array>

namespace br::model {
namespace {

constexpr std::array<std::string_view, 5> k_categories{"warm-up", "stretch", "mobility", "strength", "release"};
constexpr std::array<std::string_view, 7> k_positions{"standing", "seated",     "quadruped", "prone",
                                                      "supine",   "side-lying", "kneeling"};
constexpr std::array<std::string_view, 8> k_equipment{"band", "foam-roller", "tennis-ball", "doorway",
                                                      "wall", "chair",       "mat",         "pillow"};
constexpr std::array<std::string_view, 3> k_efforts{"gentle", "moderate", "vigorous"};
constexpr std::array<std::string_view, 3> k_routine_intensities{"gentle", "standard", "full"};

template <typename E>
constexpr const auto& table();
template <>
constexpr const auto& table<Category>() {
    return k_categories;
}
template <>
constexpr const auto& table<Position>() {
    return k_positions;
}
template <>
constexpr const auto& table<Equipment>() {
    return k_equipment;
}
template <>
constexpr const auto& table<Effort>() {
    return k_efforts;
}
template <>
constexpr const auto& table<RoutineIntensity>() {
    return k_routine_intensities;
}

} // namespace

std::string_view name_of(Category value) {
    return k_categories.at(static_cast<std::size_t>(value));
}
std::string_view name_of(Position value) {
    return k_positions.at(static_cast<std::size_t>(value));
}
std::string_view name_of(Equipment value) {
    return k_equipment.at(static_cast<std::size_t>(value));
}
std::string_view name_of(Effort value) {
    return k_efforts.at(static_cast<std::size_t>(value));
}
std::string_view name_of(RoutineIntensity value) {
    return k_routine_intensities.at(static_cast<std::size_t>(value));
}

template <typename E>
std::vector<std::string> names_of() {
    std::vector<std::string> out;
    for (const auto name : table<E>()) {
        out.emplace_back(name);
    }
    return out;
}

template <typename E>
std::optional<E> parse_enum(std::string_view text) {
    const auto& names = table<E>();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

template std::vector<std::string> names_of<Category>();
template std::vector<std::string> names_of<Position>();
template std::vector<std::string> names_of<Equipment>();
template std::vector<std::string> names_of<Effort>();
template std::vector<std::string> names_of<RoutineIntensity>();
template std::optional<Category> parse_enum<Category>(std::string_view);
template std::optional<Position> parse_enum<Position>(std::string_view);
template std::optional<Equipment> parse_enum<Equipment>(std::string_view);
template std::optional<Effort> parse_enum<Effort>(std::string_view);
template std::optional<RoutineIntensity> parse_enum<RoutineIntensity>(std::string_view);

Parsed<std::vector<Equipment>> parse_equipment_list(std::string_view text) {
    std::vector<Equipment> items;
    if (text == "none") {
        return {items, {}};
    }
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        const std::string_view name = text.substr(start, end - start);
        const auto item = parse_enum<Equipment>(name);
        if (!item) {
            std::string all;
            for (const auto known : k_equipment) {
                all += (all.empty() ? "" : ", ") + std::string(known);
            }
            return {std::nullopt, "unknown equipment '" + std::string(name) +
                                      "' (use none, or a comma-separated list of: " + all + ")"};
        }
        items.push_back(*item);
        start = end + 1;
    }
    return {items, {}};
}

bool on_floor(Position position) {
    return position != Position::standing && position != Position::seated;
}

std::string_view plain_words(Position position) {
    static constexpr std::array<std::string_view, 7> k_words{
        "stand", "sit", "on all fours", "lie face down", "lie on your back", "lie on your side", "kneel"};
    return k_words.at(static_cast<std::size_t>(position));
}

bool needs_setting_up(Equipment equipment) {
    return equipment == Equipment::band || equipment == Equipment::foam_roller || equipment == Equipment::tennis_ball;
}

Pick pick_for(RoutineIntensity value) {
    switch (value) {
    case RoutineIntensity::gentle:
        return Pick::low;
    case RoutineIntensity::full:
        return Pick::high;
    case RoutineIntensity::standard:
        break;
    }
    return Pick::middle;
}

bool fits_kit(const Exercise& exercise, const std::vector<Equipment>& kit) {
    return std::all_of(exercise.equipment.begin(), exercise.equipment.end(), [&kit](Equipment item) {
        return item == Equipment::chair || item == Equipment::mat ||
               std::find(kit.begin(), kit.end(), item) != kit.end();
    });
}

} // namespace br::model
