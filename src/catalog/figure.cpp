#include <backroutine/catalog/fields.hpp>
#include <backroutine/catalog/figure.hpp>
#include <backroutine/util/text.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace br::catalog {
namespace {

constexpr std::size_t k_max_keyframes = 24;

std::string quoted(std::string_view text) {
    return "'" + util::sanitize(text) + "'";
}

template <typename E, std::size_t N>
std::optional<E> pick(std::string_view text, const std::array<E, N>& values) {
    for (E value : values) {
        if (model::name_of(value) == text) {
            return value;
        }
    }
    return std::nullopt;
}

constexpr std::array k_props = {model::PropKind::mat,     model::PropKind::chair,       model::PropKind::wall,
                                model::PropKind::doorway, model::PropKind::foam_roller, model::PropKind::ball,
                                model::PropKind::band,    model::PropKind::pillow};
constexpr std::array k_anchors = {model::Anchor::pelvis,         model::Anchor::lower_back, model::Anchor::upper_back,
                                  model::Anchor::neck,           model::Anchor::head,       model::Anchor::hands,
                                  model::Anchor::near_hand,      model::Anchor::far_hand,   model::Anchor::elbows,
                                  model::Anchor::knees,          model::Anchor::feet,       model::Anchor::mid_back,
                                  model::Anchor::shoulder_blades};

template <typename E, std::size_t N>
std::vector<std::string> names(const std::array<E, N>& values) {
    std::vector<std::string> out;
    for (E value : values) {
        out.emplace_back(model::name_of(value));
    }
    return out;
}

std::optional<model::Prop> read_prop(const YamlNode& node, Diagnostics& out) {
    const YamlNode* kind = &node;
    const YamlNode* at = nullptr;
    if (node.kind == YamlNode::Kind::map && node.entries.size() == 1) {
        kind = node.entries.front().first.get();
        at = node.entries.front().second.get();
    }
    if (kind->kind != YamlNode::Kind::scalar || (at != nullptr && at->kind != YamlNode::Kind::scalar)) {
        report(out, node, "a prop is a name (mat) or a name and the body point it touches ({wall: hands})");
        return std::nullopt;
    }
    auto prop_kind = pick(kind->value, k_props);
    if (!prop_kind) {
        report(out, *kind, "unknown prop " + quoted(kind->value) + util::did_you_mean(kind->value, names(k_props)));
        return std::nullopt;
    }
    model::Prop prop{*prop_kind, std::nullopt};
    if (at != nullptr) {
        prop.at = pick(at->value, k_anchors);
        if (!prop.at) {
            report(out, *at,
                   "unknown body point " + quoted(at->value) + util::did_you_mean(at->value, names(k_anchors)));
            return std::nullopt;
        }
    }
    return prop;
}

// The joints a key sets: `shoulder` both, `near_shoulder`/`left_shoulder` the left one, and so on.
std::vector<model::Joint> joints_of(std::string_view key) {
    std::vector<model::Joint> out;
    for (int i = 0; i < model::k_joint_count; ++i) {
        const auto joint = static_cast<model::Joint>(i);
        const auto& joint_info = model::info(joint);
        const bool left = i < static_cast<int>(model::Joint::right_shrug);
        const std::string name(joint_info.name);
        if (key == name || (joint_info.paired && (left ? (key == "near_" + name || key == "left_" + name)
                                                       : (key == "far_" + name || key == "right_" + name)))) {
            out.push_back(joint);
        }
    }
    return out;
}

std::vector<std::string> joint_names() {
    std::vector<std::string> out;
    for (int i = 0; i <= static_cast<int>(model::Joint::left_foot); ++i) {
        const auto& joint_info = model::info(static_cast<model::Joint>(i));
        out.emplace_back(joint_info.name);
        if (joint_info.paired) {
            for (const char* prefix : {"near_", "far_", "left_", "right_"}) {
                out.push_back(prefix + std::string(joint_info.name));
            }
        }
    }
    return out;
}

std::string fmt_range(const model::JointInfo& limits) {
    auto number = [](double v) { return std::to_string(static_cast<int>(v)); };
    return number(limits.min) + " to " + number(limits.max);
}

std::optional<double> read_angle(const YamlNode& node, std::string_view key, model::Joint joint, Diagnostics& out) {
    double value = 0;
    const auto& text = node.value;
    const auto* end = text.data() + text.size();
    const auto result = std::from_chars(text.data() + (text.starts_with('+') ? 1 : 0), end, value);
    if (node.kind != YamlNode::Kind::scalar || !node.plain || text.empty() || result.ec != std::errc{} ||
        result.ptr != end || !std::isfinite(value)) {
        report(out, node, quoted(key) + " must be an angle in degrees, such as 45 or -30");
        return std::nullopt;
    }
    const auto& limits = model::info(joint);
    if (value < limits.min || value > limits.max) {
        report(out, node,
               quoted(key) + " is " + util::sanitize(text) + " degrees, out of its range " + fmt_range(limits));
        return std::nullopt;
    }
    return value;
}

// One keyframe: joint angles, optionally `like` an earlier keyframe and changed from it.
std::optional<model::Pose> read_pose(const YamlNode& node, const std::vector<model::Keyframe>& earlier,
                                     Diagnostics& out) {
    if (!expect_map(node, "a keyframe", out)) {
        return std::nullopt;
    }
    const std::size_t before = out.size();
    model::Pose pose;
    std::vector<std::string> seen;
    for (const auto& [key, value] : node.entries) {
        const YamlNode& v = value ? *value : *key;
        if (key->kind != YamlNode::Kind::scalar) {
            report(out, *key, "a joint must be a plain name, not " + std::string(describe_kind(*key)));
            continue;
        }
        if (std::find(seen.begin(), seen.end(), key->value) != seen.end()) {
            report(out, *key, "duplicate joint " + quoted(key->value));
            continue;
        }
        seen.push_back(key->value);
        if (key->value == "like") {
            auto it = std::find_if(earlier.begin(), earlier.end(),
                                   [&v](const model::Keyframe& k) { return k.name == v.value; });
            if (v.kind != YamlNode::Kind::scalar || it == earlier.end()) {
                report(out, v, "'like' names an earlier keyframe, not " + quoted(v.value));
            } else if (&*key != &*node.entries.front().first) {
                report(out, *key, "'like' comes first in a keyframe, before the joints it changes");
            } else {
                pose = it->pose;
            }
            continue;
        }
        if (key->value == "rests_on") {
            pose.rests_on = v.kind == YamlNode::Kind::scalar ? pick(v.value, k_anchors) : std::nullopt;
            if (!pose.rests_on) {
                report(out, v,
                       "'rests_on' names the body point the roller, ball or pillow is under, not " + quoted(v.value) +
                           util::did_you_mean(v.value, names(k_anchors)));
            }
            continue;
        }
        const auto joints = joints_of(key->value);
        if (joints.empty()) {
            report(out, *key, "unknown joint " + quoted(key->value) + util::did_you_mean(key->value, joint_names()));
            continue;
        }
        if (auto angle = read_angle(v, key->value, joints.front(), out)) {
            for (auto joint : joints) {
                pose[joint] = *angle;
            }
        }
    }
    return out.size() == before ? std::optional(pose) : std::nullopt;
}

std::vector<model::Keyframe> read_keyframes(const YamlNode& node, Diagnostics& out) {
    std::vector<model::Keyframe> keyframes;
    if (!expect_map(node, "'keyframes'", out)) {
        return keyframes;
    }
    if (node.entries.empty() || node.entries.size() > k_max_keyframes) {
        report(out, node, "'keyframes' holds from 1 to " + std::to_string(k_max_keyframes) + " poses");
        return keyframes;
    }
    for (const auto& [key, value] : node.entries) {
        if (key->kind != YamlNode::Kind::scalar || key->value.empty()) {
            report(out, *key, "a keyframe's name must be plain text");
            continue;
        }
        const bool repeated = std::any_of(keyframes.begin(), keyframes.end(),
                                          [&name = key->value](const model::Keyframe& k) { return k.name == name; });
        if (repeated) {
            report(out, *key, "duplicate keyframe " + quoted(key->value));
            continue;
        }
        if (auto pose = read_pose(value ? *value : *key, keyframes, out)) {
            keyframes.push_back({key->value, *pose});
        }
    }
    return keyframes;
}

std::vector<model::Prop> read_props(const YamlNode* node, Diagnostics& out) {
    std::vector<model::Prop> props;
    if (node == nullptr) {
        return props;
    }
    if (node->kind != YamlNode::Kind::sequence) {
        report(out, *node, "'props' must be a list, such as [mat] or [chair, {band: feet}]");
        return props;
    }
    for (const auto& item : node->items) {
        if (auto prop = read_prop(*item, out)) {
            props.push_back(*prop);
        }
    }
    return props;
}

} // namespace

std::optional<model::Figure> read_figure(const YamlNode& node, const model::Dose& dose, Diagnostics& out) {
    if (!expect_map(node, "'figure'", out)) {
        return std::nullopt;
    }
    const std::size_t before = out.size();
    Fields fields(node, {"view", "props", "keyframes"}, "figure", out);
    fields.require({"keyframes"});
    model::Figure figure;
    if (const auto* value = fields.get("view")) {
        constexpr std::array views = {model::View::side, model::View::front, model::View::back, model::View::top};
        if (auto view = read_choice(*value, "view", names(views), out)) {
            figure.view = views.at(*view);
        }
    }
    figure.props = read_props(fields.get("props"), out);
    if (const auto* value = fields.get("keyframes")) {
        figure.keyframes = read_keyframes(*value, out);
        if (out.size() == before) {
            for (const auto& name : model::required_keyframes(dose)) {
                if (figure.find(name) == nullptr) {
                    report(out, *value, "the dose needs a keyframe " + quoted(name) + ", which the figure lacks");
                }
            }
        }
    }
    if (out.size() != before) {
        return std::nullopt;
    }
    return figure;
}

} // namespace br::catalog
