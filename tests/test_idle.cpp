// The idle sources: the cascade's choice with fakes, X11 under Xvfb moved by
// xdotool, GNOME's IdleMonitor faked on a private session bus, Wayland's
// ext-idle-notify-v1 from a fake compositor (tests/fake_compositor.cpp).
#include "support/daemon.hpp"
#include "support/process.hpp"

#include <backroutine/idle/source.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <thread>
#include <unistd.h>

using br::idle::Candidate;
using br::idle::Source;

namespace {

class FixedSource final : public Source {
public:
    FixedSource(std::string name, std::optional<double> seconds) : m_name(std::move(name)), m_seconds(seconds) {}
    [[nodiscard]] std::string name() const override { return m_name; }
    std::optional<double> idle_seconds() override { return m_seconds; }

private:
    std::string m_name;
    std::optional<double> m_seconds;
};

Candidate absent(const std::string& name, const std::string& why) {
    return {name, [why](std::string& out) -> std::unique_ptr<Source> {
                out = why;
                return nullptr;
            }};
}

Candidate present(const std::string& name, std::optional<double> seconds) {
    return {name, [name, seconds](std::string&) { return std::make_unique<FixedSource>(name, seconds); }};
}

// A private X server on a free display number; empty when none could start.
struct Xserver {
    std::string display;
    std::unique_ptr<br::test::Daemon> daemon;
    Xserver() {
        for (int number = 90 + static_cast<int>(::getpid() % 50); number < 200; ++number) {
            const std::string name = ":" + std::to_string(number);
            if (::access(("/tmp/.X11-unix/X" + std::to_string(number)).c_str(), F_OK) == 0) {
                continue;
            }
            // -displayfd writes the display number once the server is ready.
            daemon = std::make_unique<br::test::Daemon>(
                "Xvfb",
                std::vector<std::string>{name, "-screen", "0", "320x240x24", "-nolisten", "tcp", "-displayfd", "1"});
            if (daemon->read_line() == std::to_string(number)) {
                display = name;
                return;
            }
        }
    }
};

// A private session bus with the fake IdleMonitor answering `idle_ms`.
struct FakeGnome : br::test::FakeService {
    explicit FakeGnome(int idle_ms) : FakeService(BR_FIXTURES "/idle/fake_mutter.py", {std::to_string(idle_ms)}) {}
};

// The fake compositor on a private XDG_RUNTIME_DIR, in `mode` (idle, active,
// no-notifier); `socket` is empty when it did not start.
struct FakeCompositor {
    br::test::TempDir runtime;
    std::string socket = "wayland-br-test";
    br::test::Daemon daemon;
    explicit FakeCompositor(const std::string& mode)
        : daemon(BR_FAKE_COMPOSITOR, {socket, mode}, {{"XDG_RUNTIME_DIR", runtime.path()}}) {
        if (daemon.read_line() != "ready") {
            socket.clear();
        }
    }
    [[nodiscard]] std::string path() const { return runtime.path() + "/" + socket; }
    // The environment of a Wayland session without GNOME or X11.
    [[nodiscard]] std::map<std::string, std::string> env() const {
        return {{"WAYLAND_DISPLAY", socket},
                {"XDG_RUNTIME_DIR", runtime.path()},
                {"DISPLAY", ""},
                {"DBUS_SESSION_BUS_ADDRESS", ""}};
    }
};

} // namespace

TEST_SUITE("idle") {
    TEST_CASE("the cascade takes the first source that answers and says why it passed the others over") {
        auto choice = br::idle::choose({absent("gnome", "no IdleMonitor"), present("x11", std::nullopt),
                                        present("logind", 3.0), present("later", 1.0)});
        REQUIRE(choice.source);
        CHECK(choice.source->name() == "logind");
        REQUIRE(choice.passed.size() == 2);
        CHECK(choice.passed[0].name == "gnome");
        CHECK(choice.passed[0].why == "no IdleMonitor");
        CHECK(choice.passed[1].why == "opened but gave no idle time");

        auto none = br::idle::choose({absent("gnome", "no bus"), absent("x11", "DISPLAY is not set")});
        CHECK_FALSE(none.source);
        CHECK(none.passed.size() == 2);
    }

    TEST_CASE("in a Wayland session Wayland is asked before X11 (XWayland sees only its own windows' input)") {
        const br::store::EnvLookup session = [](std::string_view name) -> std::optional<std::string> {
            if (name == "WAYLAND_DISPLAY") {
                return "wayland-0";
            }
            return name == "DISPLAY" ? std::optional<std::string>(":0") : std::nullopt;
        };
        std::vector<std::string> order;
        for (const auto& candidate : br::idle::desktop_candidates(session)) {
            order.push_back(candidate.name);
        }
        CHECK(order == std::vector<std::string>{"gnome", "wayland", "x11", "logind"});
    }

    TEST_CASE("without a desktop every source is passed over with its reason") {
        const br::store::EnvLookup empty = [](std::string_view) { return std::optional<std::string>(); };
        const auto candidates = br::idle::desktop_candidates(empty);
        REQUIRE(candidates.size() == 4);
        CHECK(candidates[0].name == "gnome");
        CHECK(candidates[1].name == "x11");
        CHECK(candidates[2].name == "wayland");
        CHECK(candidates[3].name == "logind");
        std::string why;
        CHECK_FALSE(candidates[0].open(why));
        CHECK(why == "no session bus (DBUS_SESSION_BUS_ADDRESS and XDG_RUNTIME_DIR unset)");
        CHECK_FALSE(candidates[1].open(why));
        CHECK(why == "DISPLAY is not set");
        CHECK_FALSE(candidates[2].open(why));
        CHECK(why == "WAYLAND_DISPLAY is not set");

        const br::store::EnvLookup no_runtime = [](std::string_view key) {
            return key == "WAYLAND_DISPLAY" ? std::optional<std::string>("wayland-0") : std::nullopt;
        };
        CHECK_FALSE(br::idle::desktop_candidates(no_runtime)[1].open(why)); // a Wayland session: Wayland first
        CHECK(why == "XDG_RUNTIME_DIR is not set (the Wayland socket is found there)");
    }

    TEST_CASE("X11: idle time grows under Xvfb and drops when xdotool moves the pointer") {
        Xserver x;
        REQUIRE_MESSAGE(!x.display.empty(), "Xvfb did not start (scripts/install-deps.sh --test installs xvfb)");
        std::string why;
        auto source = br::idle::open_x11(x.display, why);
        INFO(why);
        REQUIRE(source);
        CHECK(source->name() == "x11");
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        const auto before = source->idle_seconds();
        REQUIRE(before);
        CHECK(*before >= 0.3);
        const auto moved =
            br::test::run_process("/usr/bin/xdotool", {"mousemove", "17", "23"}, {{"DISPLAY", x.display}});
        REQUIRE(moved.code == 0);
        const auto after = source->idle_seconds();
        REQUIRE(after);
        CHECK(*after < *before);
        CHECK(*after < 0.2);
        // And through the program, choosing X11 when there is no GNOME.
        const auto shown = br::test::run_br({"idle", "--format", "json"}, {{"DISPLAY", x.display}});
        const auto json = nlohmann::json::parse(shown.out);
        CHECK(json["source"] == "x11");
        CHECK(json["idle_seconds"].get<double>() < 5.0);
        CHECK(json["passed_over"][0]["source"] == "gnome");
    }

    TEST_CASE("GNOME: the Mutter IdleMonitor on a private session bus is chosen first") {
        FakeGnome gnome(4200);
        REQUIRE_MESSAGE(!gnome.address.empty(), "no private bus (scripts/install-deps.sh --test installs dbus)");
        std::string why;
        auto source = br::idle::open_mutter(gnome.address, why);
        INFO(why);
        REQUIRE(source);
        CHECK(source->idle_seconds() == doctest::Approx(4.2));
        const auto shown = br::test::run_br({"idle", "--format", "json"},
                                            {{"DBUS_SESSION_BUS_ADDRESS", gnome.address}, {"DISPLAY", ":1"}});
        CHECK(shown.out == "{\"idle_seconds\":4.2,\"source\":\"gnome\"}\n");
        const auto text = br::test::run_br({"idle"}, {{"DBUS_SESSION_BUS_ADDRESS", gnome.address}});
        CHECK(text.out == "Idle for 4.2 s (source: gnome)\n");
        const auto doctor = br::test::run_br({"doctor"}, {{"DBUS_SESSION_BUS_ADDRESS", gnome.address}});
        CHECK(doctor.out.find("✓ idle time: gnome\n") != std::string::npos);
    }

    TEST_CASE("a bus without the IdleMonitor is passed over with the bus's reason") {
        br::test::Daemon bus("dbus-daemon", {"--session", "--nofork", "--print-address=1"});
        const std::string address = bus.read_line();
        REQUIRE(!address.empty());
        std::string why;
        CHECK_FALSE(br::idle::open_mutter(address, why));
        CHECK(why.find("no org.gnome.Mutter.IdleMonitor on the session bus") == 0);
        const auto doctor = br::test::run_br({"doctor"}, {{"DBUS_SESSION_BUS_ADDRESS", address}});
        CHECK(doctor.out.find("idle time: ") != std::string::npos);
        CHECK(doctor.out.find("passed over gnome: no org.gnome.Mutter.IdleMonitor") != std::string::npos);
    }

    TEST_CASE("Wayland: idle after idled, 0 while active and after resumed, nothing once the compositor is gone") {
        FakeCompositor idle("idle");
        REQUIRE_MESSAGE(!idle.socket.empty(), "the fake compositor did not start");
        std::string why;
        auto source = br::idle::open_wayland(idle.path(), why);
        INFO(why);
        REQUIRE(source);
        CHECK(source->name() == "wayland");
        const auto first = source->idle_seconds();
        REQUIRE(first);
        CHECK(*first >= 1.0); // the 1000 ms timeout, and the time since idled
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const auto later = source->idle_seconds();
        REQUIRE(later);
        CHECK(*later >= *first + 0.15);
        idle.daemon.stop();
        CHECK_FALSE(source->idle_seconds());

        FakeCompositor resume("resume"); // resumed 500 ms after idled
        REQUIRE(!resume.socket.empty());
        auto back = br::idle::open_wayland(resume.path(), why);
        REQUIRE(back);
        CHECK(back->idle_seconds() >= 1.0);
        auto seconds = back->idle_seconds();
        for (int wait = 0; wait < 100 && seconds && *seconds > 0.0; ++wait) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            seconds = back->idle_seconds();
        }
        CHECK(seconds == 0.0);

        FakeCompositor active("active");
        REQUIRE(!active.socket.empty());
        auto busy = br::idle::open_wayland(active.path(), why);
        REQUIRE(busy);
        CHECK(busy->idle_seconds() == 0.0);
    }

    TEST_CASE("Wayland: chosen through the program when there is neither GNOME nor X11") {
        FakeCompositor compositor("idle");
        REQUIRE(!compositor.socket.empty());
        const auto shown = br::test::run_br({"idle", "--format", "json"}, compositor.env());
        INFO(shown.out, shown.err);
        const auto json = nlohmann::json::parse(shown.out);
        CHECK(json["source"] == "wayland");
        CHECK(json["idle_seconds"].get<double>() >= 1.0);
        CHECK(json["passed_over"].size() == 1); // only gnome: Wayland comes before X11 in a Wayland session
        CHECK(shown.err.empty());
        const auto doctor = br::test::run_br({"doctor"}, compositor.env());
        CHECK(doctor.out.find("✓ idle time: wayland") != std::string::npos);
    }

    TEST_CASE("Wayland: a compositor without ext-idle-notify-v1 is passed over with the reason") {
        FakeCompositor compositor("no-notifier");
        REQUIRE(!compositor.socket.empty());
        std::string why;
        CHECK_FALSE(br::idle::open_wayland(compositor.path(), why));
        CHECK(why == "the compositor does not offer ext-idle-notify-v1");
        const auto shown = br::test::run_br({"idle", "--format", "json"}, compositor.env());
        const auto json = nlohmann::json::parse(shown.out);
        CHECK(json["source"] != "wayland");
        CHECK(json["passed_over"][1]["source"] == "wayland");
        CHECK(json["passed_over"][1]["why"] == "the compositor does not offer ext-idle-notify-v1");
        const auto doctor = br::test::run_br({"doctor"}, compositor.env());
        CHECK(doctor.out.find("wayland: the compositor does not offer ext-idle-notify-v1") != std::string::npos);
    }
}
