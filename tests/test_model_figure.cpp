// Figures: every built-in one parses, keeps its limb lengths, rests on the
// floor or a prop and mirrors; bad figure data gets positioned errors.
#include <backroutine/catalog/loader.hpp>
#include <backroutine/model/figure_geometry.hpp>
#include <backroutine/render/braille.hpp>
#include <backroutine/render/figure.hpp>
#include <backroutine/render/figure_motion.hpp>
#include <backroutine/util/text.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace br;

namespace {

double distance(const model::Vec3& a, const model::Vec3& b) {
    return std::hypot(a.x - b.x, a.y - b.y, a.z - b.z);
}

const std::string k_head = R"(exercises:
  - id: my-stretch
    name: My Stretch
    category: stretch
    targets: [chest]
    position: standing
    intensity: gentle
    why: Opens the chest.
    steps: [Stand tall., Reach back.]
)";

catalog::Loaded load_mine(const std::string& rest) {
    return catalog::load_layers({catalog::Layer{"test", {{"mine.yaml", k_head + rest}}}});
}

} // namespace

TEST_SUITE("model::figure") {
    TEST_CASE("every built-in exercise has a figure that keeps its shape and rests on something") {
        const auto loaded = catalog::load_layers({catalog::builtin_layer()});
        REQUIRE(loaded.diagnostics.empty());
        REQUIRE(loaded.catalog.exercises().size() >= 42);
        for (const auto& exercise : loaded.catalog.exercises()) {
            CAPTURE(exercise.id);
            REQUIRE(exercise.figure != nullptr);
            const auto& figure = *exercise.figure;
            for (const auto& name : model::required_keyframes(exercise.dose)) {
                CHECK(figure.find(name) != nullptr);
            }
            const std::size_t strokes = model::draw(figure, figure.keyframes.front().pose).strokes.size();
            for (const auto& key : figure.keyframes) {
                CAPTURE(key.name);
                const auto skeleton = model::forward_kinematics(key.pose);
                for (const auto& bone : model::bones()) {
                    CHECK(distance(skeleton[bone.from], skeleton[bone.to]) ==
                          doctest::Approx(bone.length).epsilon(1e-9));
                }
                const auto drawing = model::draw(figure, key.pose);
                CHECK(std::abs(drawing.lowest) < 1e-6); // touches the floor or its prop, goes through neither
                CHECK(drawing.strokes.size() == strokes);
                const auto mirrored = model::draw(figure, key.pose, true);
                REQUIRE(mirrored.strokes.size() == drawing.strokes.size());
                for (std::size_t i = 0; i < drawing.strokes.size(); ++i) {
                    CHECK(mirrored.strokes[i].a.x == doctest::Approx(-drawing.strokes[i].a.x));
                    CHECK(mirrored.strokes[i].b.y == doctest::Approx(drawing.strokes[i].b.y));
                }
            }
            const std::string svg = render::figure_svg_animated(figure, 320);
            CHECK(svg.starts_with("<?xml"));
            CHECK(svg.find("<script") == std::string::npos);
            CHECK((svg.find("<animate ") != std::string::npos) == (render::animation_keys(figure).size() > 1));
        }
    }

    TEST_CASE("poses a physiotherapist checks first: what rests on the floor, what lifts, where the hands go") {
        const auto loaded = catalog::load_layers({catalog::builtin_layer()});
        REQUIRE(loaded.diagnostics.empty());
        using P = model::BodyPoint;
        // The drawing of one keyframe, floor at y = 0; a side view faces +x, a front view shows the
        // figure's left on the right.
        auto drawn = [&](const char* id, const char* key) {
            const auto* exercise = loaded.catalog.find_exercise(id);
            REQUIRE(exercise != nullptr);
            REQUIRE(exercise->figure != nullptr);
            const auto* pose = exercise->figure->find(key);
            REQUIRE(pose != nullptr);
            return model::draw(*exercise->figure, *pose);
        };
        auto at = [](const model::Drawing& d, P p) { return d.points[static_cast<std::size_t>(p)]; };
        auto apart = [](model::Vec2 a, model::Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); };
        SUBCASE("bridge: feet and shoulders stay down while the hips lift") {
            const auto up = drawn("bridge-pose", "end");
            CHECK(at(up, P::left_ankle).y < 2);
            CHECK(at(up, P::left_toe).y < 2);
            CHECK(at(up, P::left_shoulder).y < 8);
            CHECK(at(up, P::pelvis).y > 25);
        }
        SUBCASE("camel: kneeling with the hips over the knees, the chest leaning back, hands on the lower back") {
            const auto back = drawn("camel-pose", "hold");
            CHECK(at(back, P::left_knee).y < 2);
            CHECK(std::abs(at(back, P::pelvis).x - at(back, P::left_knee).x) < 8);
            CHECK(at(back, P::neck).x < at(back, P::pelvis).x - 20);
            CHECK(apart(at(back, P::left_hand), at(back, P::spine1)) < 20);
        }
        SUBCASE("desk cat-cow: hands stay on the knees, the chest lifts forward, then rounds") {
            const auto cow = drawn("desk-cat-cow", "start");
            const auto cat = drawn("desk-cat-cow", "end");
            for (const auto* d : {&cow, &cat}) {
                CHECK(apart(at(*d, P::left_hand), at(*d, P::left_knee)) < 10);
            }
            CHECK(at(cow, P::neck).x >= at(cow, P::pelvis).x); // sitting tall, not leaning back on the chair
            CHECK(at(cat, P::head).y < at(cow, P::head).y - 10);
        }
        SUBCASE("thread the needle: the near arm lies across the mat, under and past the planted hand") {
            const auto threaded = drawn("thread-the-needle", "hold");
            CHECK(at(threaded, P::left_knee).y < 2);
            CHECK(at(threaded, P::right_knee).y < 2);
            CHECK(at(threaded, P::pelvis).y > 35); // hips stay over the knees
            CHECK(at(threaded, P::left_hand).y < 2);
            CHECK(at(threaded, P::left_elbow).y < 6);
            CHECK(at(threaded, P::right_hand).y < 2);
            CHECK(at(threaded, P::left_shoulder).y < 10);
            CHECK(at(threaded, P::head).y < model::k_head_radius + 2); // the temple rests on the mat
            // Seen from the head, the left hand has gone over to the figure's right, beyond the right hand.
            CHECK(at(threaded, P::left_hand).x < at(threaded, P::right_hand).x - 10);
            CHECK(at(threaded, P::right_elbow).y > 15); // the planted arm props the body up
        }
        SUBCASE("cobra: the hips stay on the floor while the chest lifts on bent arms") {
            const auto up = drawn("cobra-pose", "end");
            CHECK(at(up, P::pelvis).y < 3);
            CHECK(at(up, P::neck).y > 25); // the chest is off the mat
            CHECK(at(up, P::left_hand).y < 2);
        }
        SUBCASE("standing cat-cow: the palms stay on one spot of the wall while the back rounds") {
            const auto cow = drawn("standing-cat-cow", "start");
            const auto cat = drawn("standing-cat-cow", "end");
            auto from_feet = [&](const model::Drawing& d) {
                return model::Vec2{at(d, P::left_hand).x - at(d, P::left_toe).x, at(d, P::left_hand).y};
            };
            CHECK(apart(from_feet(cow), from_feet(cat)) < 6);
        }
        SUBCASE("quadruped rotation: the supporting hand stays planted on one spot") {
            const auto in = drawn("quadruped-thoracic-rotation", "start");
            const auto out = drawn("quadruped-thoracic-rotation", "end");
            for (const auto* d : {&in, &out}) {
                CHECK(at(*d, P::right_hand).y < 2);
                CHECK(at(*d, P::left_knee).y < 2);
            }
            CHECK(std::abs((at(in, P::right_hand).x - at(in, P::left_knee).x) -
                           (at(out, P::right_hand).x - at(out, P::left_knee).x)) < 6);
        }
        SUBCASE("knee to chest: the hands hold the knee; reverse warrior: both feet planted") {
            const auto hug = drawn("knee-to-chest", "hold");
            CHECK(apart(at(hug, P::left_hand), at(hug, P::left_knee)) < 15);
            const auto warrior = drawn("reverse-warrior", "hold");
            CHECK(at(warrior, P::left_ankle).y < 3);
            CHECK(at(warrior, P::right_ankle).y < 3);
        }
        SUBCASE("the foam roller goes up the back from one position to the next, the hips staying down") {
            // The roller's ring (the prop's, not the head's), measured from the pelvis along the back.
            auto roller_from_hips = [&](const char* key) {
                const auto d = drawn("thoracic-extension-foam-roller", key);
                const auto ring = std::find_if(d.rings.begin(), d.rings.end(),
                                               [](const model::Ring& r) { return r.ink == model::Ink::prop; });
                REQUIRE(ring != d.rings.end());
                CHECK(at(d, P::pelvis).y < 2);
                CHECK(d.lowest == doctest::Approx(0).epsilon(1e-6));
                return std::abs(ring->c.x - at(d, P::pelvis).x);
            };
            const double below = roller_from_hips("below the shoulder blades");
            const double middle = roller_from_hips("middle of the shoulder blades");
            const double top = roller_from_hips("top of the shoulder blades");
            CHECK(middle > below + 4);
            CHECK(top > middle + 4);
        }
        SUBCASE("child's pose: sitting back on the heels, forehead down") {
            const auto rest = drawn("childs-pose", "hold");
            CHECK(apart(at(rest, P::pelvis), at(rest, P::left_ankle)) < 20);
            CHECK(at(rest, P::head).y < model::k_head_radius + 3);
        }
    }

    TEST_CASE("interpolation runs joint by joint, and a mirrored pose mirrors") {
        model::Pose a, b;
        b[model::Joint::left_elbow] = 90;
        b[model::Joint::lean] = -40;
        const auto half = model::interpolate(a, b, 0.5);
        CHECK(half[model::Joint::left_elbow] == 45);
        CHECK(half[model::Joint::lean] == -20);
        CHECK(half[model::Joint::right_elbow] == 0);
        // A prop moves between poses, not during them: the pose moved to decides where it rests.
        b.rests_on = model::Anchor::mid_back;
        CHECK(model::interpolate(a, b, 0.1).rests_on == model::Anchor::mid_back);
        CHECK(model::interpolate(b, a, 0.9).rests_on == model::Anchor::mid_back);
        CHECK_FALSE(model::interpolate(a, a, 0.5).rests_on.has_value());
    }

    TEST_CASE("a figure is read with its view, props and keyframes") {
        const auto loaded = load_mine(R"(    dose: {reps: 5}
    figure:
      view: front
      props: [mat, {wall: near_hand}]
      keyframes:
        start: {shoulder_out: 10, near_elbow: 20}
        end: {like: start, far_elbow: 45.5}
)");
        REQUIRE(loaded.diagnostics.empty());
        const auto& figure = *loaded.catalog.find_exercise("my-stretch")->figure;
        CHECK(figure.view == model::View::front);
        REQUIRE(figure.props.size() == 2);
        CHECK(figure.props[1].at == model::Anchor::near_hand);
        const auto& end = figure.pose("end");
        CHECK(end[model::Joint::left_shoulder_out] == 10);
        CHECK(end[model::Joint::right_shoulder_out] == 10);
        CHECK(end[model::Joint::left_elbow] == 20);
        CHECK(end[model::Joint::right_elbow] == 45.5);
    }

    TEST_CASE("an exercise without a figure is valid") {
        const auto loaded = load_mine("    dose: {hold: 20s}\n");
        REQUIRE(loaded.diagnostics.empty());
        CHECK(loaded.catalog.find_exercise("my-stretch")->figure == nullptr);
    }

    TEST_CASE("bad figure data is reported where it is") {
        const auto loaded = load_mine(R"(    dose: {reps: 5, parts: ["Y", "T"]}
    figure:
      view: sideways
      props: [mat, trampoline, {wall: elbow}]
      keyframes:
        start: {sholder: 90, knee: 200, elbow: up}
        "Y": {like: nowhere}
        "T": {rests_on: knee}
)");
        CHECK(catalog::format_all(loaded.diagnostics) ==
              "mine.yaml:12:13: error: 'view' has an unknown value 'sideways' (one of: side, front, back, top)\n"
              "mine.yaml:13:20: error: unknown prop 'trampoline'\n"
              "mine.yaml:13:39: error: unknown body point 'elbow'; did you mean 'elbows'?\n"
              "mine.yaml:15:17: error: unknown joint 'sholder'; did you mean 'shoulder'?\n"
              "mine.yaml:15:36: error: 'knee' is 200 degrees, out of its range 0 to 165\n"
              "mine.yaml:15:48: error: 'elbow' must be an angle in degrees, such as 45 or -30\n"
              "mine.yaml:16:21: error: 'like' names an earlier keyframe, not 'nowhere'\n"
              "mine.yaml:17:25: error: 'rests_on' names the body point the roller, ball or pillow is under, not "
              "'knee'; did you mean 'knees'?\n");
    }

    TEST_CASE("a keyframe the dose needs but the figure lacks is an error") {
        const auto loaded = load_mine(R"(    dose: {reps: 5, parts: ["Y", "T"]}
    figure:
      keyframes:
        start: {}
        "Y": {shoulder: 180}
)");
        CHECK(catalog::format_all(loaded.diagnostics) ==
              "mine.yaml:13:9: error: the dose needs a keyframe 'T', which the figure lacks\n");
    }
}

TEST_SUITE("render::figure_motion") {
    TEST_CASE("reps move out at the tempo, stay still while the rep holds, and come back") {
        model::Figure figure;
        model::Pose end;
        end[model::Joint::spine] = 60;
        figure.keyframes = {{"start", {}}, {"end", end}};
        model::Segment reps;
        reps.kind = model::SegmentKind::reps;
        reps.rep_seconds = 6; // 2 s out, 2 s held, 2 s back
        reps.rep_hold = 2;
        CHECK(render::pose_at(figure, reps, 0) == model::Pose{});
        CHECK(render::pose_at(figure, reps, 1)[model::Joint::spine] == doctest::Approx(30));
        CHECK(render::pose_at(figure, reps, 2) == end);
        CHECK(render::pose_at(figure, reps, 3.5) == end);
        CHECK(render::pose_at(figure, reps, 5)[model::Joint::spine] == doctest::Approx(30));
        CHECK(render::pose_at(figure, reps, 6) == model::Pose{}); // the next rep starts where this one began
        model::Segment setup = reps;
        setup.kind = model::SegmentKind::setup;
        CHECK(render::pose_at(figure, setup, 3) == model::Pose{});
    }

    TEST_CASE("a hold shows its pose, mirrored on the right side — parts and positions their own") {
        model::Figure figure;
        model::Pose hold, y, middle;
        hold[model::Joint::twist] = -40;
        y[model::Joint::left_shoulder] = 180;
        middle[model::Joint::lean] = -80;
        figure.keyframes = {{"start", {}}, {"hold", hold}, {"Y", y}, {"middle", middle}};
        model::Segment segment;
        segment.kind = model::SegmentKind::hold;
        segment.side = model::Side::right;
        CHECK(render::pose_at(figure, segment, 10) == hold);
        CHECK(render::mirrored(segment));
        segment.kind = model::SegmentKind::reps;
        segment.rep_seconds = 4;
        segment.part = "Y";
        CHECK(render::target_key(figure, segment) == "Y");
        CHECK(render::pose_at(figure, segment, 2) == y);
        segment.part.clear();
        segment.position_label = "Position 2 of 3: middle";
        CHECK(render::target_key(figure, segment) == "middle");
        // Moving the roller to a position: the start pose, already resting where that position does.
        figure.keyframes.back().pose.rests_on = model::Anchor::shoulder_blades;
        segment.kind = model::SegmentKind::transition;
        const auto moving = render::pose_at(figure, segment, 1);
        CHECK(moving.angle == model::Pose{}.angle);
        CHECK(moving.rests_on == model::Anchor::shoulder_blades);
    }
}

TEST_SUITE("render::braille") {
    TEST_CASE("dots map to braille cells, two wide and four high") {
        render::BrailleCanvas canvas(2, 1);
        canvas.dot(0, 0);
        canvas.dot(1, 3);
        canvas.dot(9, 9); // off the canvas: ignored
        CHECK(canvas.cell(0, 0) == 0x81);
        CHECK(canvas.rows() == std::vector<std::string>{"\xE2\xA2\x81 "});
    }

    TEST_CASE("lines and circles land on the dots between their ends") {
        render::BrailleCanvas canvas(4, 2);
        canvas.line(0, 0, 7, 7);
        for (int i = 0; i < 8; ++i) {
            CHECK((canvas.cell(i / 2, i / 4) & 0xFF) != 0);
        }
        render::BrailleCanvas far(2, 2);
        far.line(-1e12, 3, 1e12, 3); // clipped, not stepped through
        CHECK(far.cell(0, 0) == 0xC0);
        CHECK(far.cell(1, 0) == 0xC0);
        render::BrailleCanvas ring(8, 4);
        ring.circle(8, 8, 6);
        CHECK(ring.cell(4, 2) == 0); // the middle stays empty
        CHECK(ring.cell(7, 2) != 0); // the rim at (14, 8)
        CHECK(ring.cell(4, 0) != 0); // and at (8, 2)
    }

    TEST_CASE("braille cells are shaded like the SVG's strokes: near bold, far and floor dim, props yellow") {
        render::BrailleCanvas canvas(4, 1);
        canvas.dot(0, 0, static_cast<std::uint8_t>(model::Ink::prop));
        canvas.dot(1, 0, static_cast<std::uint8_t>(model::Ink::near)); // the nearer ink wins the cell
        canvas.dot(2, 0, static_cast<std::uint8_t>(model::Ink::far));
        canvas.dot(6, 0, static_cast<std::uint8_t>(model::Ink::prop));
        CHECK(canvas.ink(0, 0) == static_cast<std::uint8_t>(model::Ink::near));
        CHECK(canvas.ink(1, 0) == static_cast<std::uint8_t>(model::Ink::far));
        CHECK(canvas.ink(2, 0) == render::BrailleCanvas::k_no_ink);
        CHECK(canvas.ink(3, 0) == static_cast<std::uint8_t>(model::Ink::prop));

        // A real figure: the chair of desk cat-cow is a prop, the body near, the far arm and leg far.
        const auto loaded = catalog::load_layers({catalog::builtin_layer()});
        const auto& figure = *loaded.catalog.find_exercise("desk-cat-cow")->figure;
        const auto picture =
            render::figure_braille(model::draw(figure, *figure.find("start")), model::bounds(figure, true), 20, 8);
        REQUIRE(picture.rows.size() == 8);
        REQUIRE(picture.inks.size() == 8);
        std::string coloured, emphasis, plain;
        for (std::size_t row = 0; row < picture.rows.size(); ++row) {
            CHECK(picture.inks[row].size() == 20);
            CHECK(util::display_width(picture.rows[row]) == 20);
            coloured += render::shaded_row(picture, row, true, true);
            emphasis += render::shaded_row(picture, row, false, true);
            plain += render::shaded_row(picture, row, false, false);
            CHECK(render::shaded_row(picture, row, false, false) == picture.rows[row]);
        }
        CHECK(coloured.find("\x1b[1m") != std::string::npos);  // the body
        CHECK(coloured.find("\x1b[33m") != std::string::npos); // the chair
        CHECK(coloured.find("\x1b[2m") != std::string::npos);  // the floor
        CHECK(emphasis.find("\x1b[1m") != std::string::npos);
        CHECK(emphasis.find("\x1b[33m") == std::string::npos); // NO_COLOR: bold and dim only
        CHECK(plain.find('\x1b') == std::string::npos);
        // Every run is closed, so a row can be rewritten from any run's start.
        std::size_t opened = 0, closed = 0;
        for (std::size_t at = coloured.find("\x1b["); at != std::string::npos; at = coloured.find("\x1b[", at + 1)) {
            (coloured.compare(at, 4, "\x1b[0m") == 0 ? closed : opened) += 1;
        }
        CHECK(opened == closed);
    }
}
