#pragma once
#include <backroutine/model/dose.hpp>
#include <backroutine/model/figure.hpp>
#include <backroutine/model/quantity.hpp>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace br::model {

enum class Category { warm_up, stretch, mobility, strength, release };
enum class Position { standing, seated, quadruped, prone, supine, side_lying, kneeling };
enum class Equipment { band, foam_roller, tennis_ball, doorway, wall, chair, mat, pillow };
enum class Effort { gentle, moderate, vigorous };

/// Catalog spelling of each enumerator (kebab-case), for parsing and output.
std::string_view name_of(Category value);
std::string_view name_of(Position value);
std::string_view name_of(Equipment value);
std::string_view name_of(Effort value);

/// Every catalog spelling of an enum, in declaration order.
template <typename E>
std::vector<std::string> names_of();

/// The enumerator spelled `text`, if any.
template <typename E>
std::optional<E> parse_enum(std::string_view text);

/// Parses `none` or a comma-separated list of equipment names (`band,wall`).
Parsed<std::vector<Equipment>> parse_equipment_list(std::string_view text);

/// True for positions on the floor (getting there from standing takes longer).
bool on_floor(Position position);

/// A position in plain words for a person to read or hear: "on all fours", "lie face down".
std::string_view plain_words(Position position);

/// True for equipment that takes setting up before an exercise: a band to
/// anchor, a roller or a ball to fetch and place.
bool needs_setting_up(Equipment equipment);

/// Where a catalog entry came from: file and 1-based line.
struct Origin {
    std::string file;
    int line = 0;
    int column = 0;
    friend bool operator==(const Origin&, const Origin&) = default;
};

/// One exercise of the catalog.
struct Exercise {
    std::string id;
    std::string name;
    std::vector<std::string> aliases;
    std::string variant_of;
    Category category = Category::stretch;
    std::vector<std::string> targets;
    std::vector<Position> positions; // first is the usual one
    std::vector<Equipment> equipment;
    Effort intensity = Effort::gentle;
    bool overhead = false;
    std::string why;
    std::vector<std::string> steps;
    Dose dose;
    std::vector<std::string> cues;
    std::vector<std::string> phases; // names of one rep's phases (`[lift, hold, lower]`); empty = the default
    std::vector<std::string> cautions;
    std::vector<std::string> variations; // alternatives, progressions, other doses
    std::vector<std::string> sources;
    std::shared_ptr<const Figure> figure; // none: the exercise is shown without a picture; shared, never changed
    Origin origin;

    [[nodiscard]] Position position() const { return positions.empty() ? Position::standing : positions.front(); }
};

/// True when `exercise` needs nothing beyond `kit`; a chair and a mat are
/// assumed to be at hand (what `--equipment` means to `list` and `build`).
bool fits_kit(const Exercise& exercise, const std::vector<Equipment>& kit);

} // namespace br::model
