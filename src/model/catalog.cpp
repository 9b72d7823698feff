#include <backroutine/model/catalog.hpp>

#include <algorithm>

namespace br::model {
namespace {

template <typename T>
void put_into(std::vector<T>& items, std::unordered_map<std::string, std::size_t>& index, T item) {
    const auto found = index.find(item.id);
    if (found != index.end()) {
        items[found->second] = std::move(item);
        return;
    }
    index.emplace(item.id, items.size());
    items.push_back(std::move(item));
}

template <typename T>
const T* find_in(const std::vector<T>& items, const std::unordered_map<std::string, std::size_t>& index,
                 std::string_view id) {
    const auto found = index.find(std::string(id));
    return found == index.end() ? nullptr : &items[found->second];
}
template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const auto& item : items) {
        out.push_back(item.id);
    }
    return out;
}

} // namespace

void Catalog::reserve(std::size_t exercises, std::size_t routines) {
    m_exercises.reserve(exercises);
    m_exercise_index.reserve(exercises);
    m_routines.reserve(routines);
    m_routine_index.reserve(routines);
}
void Catalog::put(Exercise exercise) {
    put_into(m_exercises, m_exercise_index, std::move(exercise));
}
void Catalog::put(Routine routine) {
    put_into(m_routines, m_routine_index, std::move(routine));
}
const Exercise* Catalog::find_exercise(std::string_view id) const {
    return find_in(m_exercises, m_exercise_index, id);
}
const Routine* Catalog::find_routine(std::string_view id) const {
    return find_in(m_routines, m_routine_index, id);
}
void Catalog::put(Source source) {
    const auto same =
        std::find_if(m_sources.begin(), m_sources.end(), [&](const Source& s) { return s.id == source.id; });
    if (same != m_sources.end()) {
        *same = std::move(source);
    } else {
        m_sources.push_back(std::move(source));
    }
}
const Source* Catalog::find_source(std::string_view id) const {
    const auto found = std::find_if(m_sources.begin(), m_sources.end(), [&](const Source& s) { return s.id == id; });
    return found == m_sources.end() ? nullptr : &*found;
}
std::string Catalog::source_name(std::string_view id) const {
    const Source* found = find_source(id);
    if (found == nullptr) {
        return std::string(id);
    }
    return found->publisher.empty() ? found->title : found->publisher + " — " + found->title;
}
std::vector<std::string> Catalog::source_names(const std::vector<std::string>& ids) const {
    std::vector<std::string> names;
    for (const auto& id : ids) {
        auto name = source_name(id);
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(std::move(name));
        }
    }
    return names;
}
std::vector<std::string> Catalog::exercise_ids() const {
    return ids_of(m_exercises);
}
std::vector<std::string> Catalog::routine_ids() const {
    return ids_of(m_routines);
}

} // namespace br::model

namespace br::model {

std::string safety_reminder(const Safety& safety) {
    return safety.reminder.empty() ? "Stop any exercise that increases your pain." : safety.reminder;
}

} // namespace br::model
