// remind --notify against a fake notification server on a private session
// bus: the buttons of the notification answer like the terminal's keys.
#include "support/daemon.hpp"
#include "support/process.hpp"
#include "support/pty.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include <sys/stat.h>

using br::test::run_br;

namespace {

// A private bus whose notification server answers every notification with `answer`.
struct FakeNotifications : br::test::FakeService {
    explicit FakeNotifications(const std::string& answer)
        : FakeService(BR_FIXTURES "/notify/fake_notifications.py", {answer}) {}
};

// One break, one minute at 600 times (due after 0.1 s), no terminal, as a
// systemd service runs it.
const std::vector<std::string> k_remind{"remind", "--notify", "--every", "1m",      "--once", "--speed",
                                        "600",    "--mode",   "fixed",   "--micro", "off"};

} // namespace

TEST_SUITE("cli::notify") {
    TEST_CASE("remind --notify asks with Start, Snooze and Skip — the button pressed answers the break") {
        for (const std::string answer : {"snooze", "skip", "close"}) {
            CAPTURE(answer);
            FakeNotifications server(answer);
            REQUIRE_MESSAGE(!server.address.empty(), "no private bus (scripts/install-deps.sh --test installs dbus)");
            br::test::TempDir home;
            const std::map<std::string, std::string> env{{"DBUS_SESSION_BUS_ADDRESS", server.address},
                                                         {"XDG_STATE_HOME", home.path() + "/state"}};
            const auto result = run_br(k_remind, env);
            INFO(result.err);
            CHECK(result.code == 0);
            CHECK(result.err.empty());
            const std::string shown = server.service->read_line();
            CHECK(shown == "notify|backroutine|Time for a desk break: Desk Break|start,Start,snooze,Snooze,skip,Skip");
            CHECK(result.out.find("] Time for a desk break: Desk Break\n") != std::string::npos);
            const auto history = nlohmann::json::parse(run_br({"stats", "--format", "json"}, env).out);
            if (answer == "snooze") {
                CHECK(result.out.find("] Snoozed.\n") != std::string::npos);
                CHECK(history["breaks_this_week"]["snoozed"] == 1);
            } else if (answer == "skip") {
                CHECK(result.out.find("] Skipped.\n") != std::string::npos);
                CHECK(history["breaks_this_week"]["skipped"] == 1);
            } else { // closed without a button: told, as a notification without buttons is
                CHECK(result.out.find("] Skipped.\n") == std::string::npos);
                CHECK(history["breaks_this_week"]["skipped"] == 0);
            }
        }
    }

    TEST_CASE("Start from the notification opens the break's routine in a new terminal window") {
        FakeNotifications server("start");
        REQUIRE_MESSAGE(!server.address.empty(), "no private bus (scripts/install-deps.sh --test installs dbus)");
        br::test::TempDir dir;
        const std::string opened = dir.path() + "/opened.txt";
        const std::string terminal =
            dir.write("bin/x-terminal-emulator",
                      "#!/bin/sh\necho \"$@\" > " + opened + ".part\nmv " + opened + ".part " + opened + "\n");
        chmod(terminal.c_str(), 0755);
        const auto result = run_br(k_remind, {{"DBUS_SESSION_BUS_ADDRESS", server.address},
                                              {"XDG_STATE_HOME", dir.path() + "/state"},
                                              {"PATH", dir.path() + "/bin:/usr/bin:/bin"}});
        INFO(result.err);
        CHECK(result.code == 0);
        CHECK(result.out.find("] Started.\n") != std::string::npos);
        std::string line;
        for (int i = 0; i < 100 && (line = br::test::read_text(opened)).empty(); ++i) {
            usleep(20'000);
        }
        CHECK(line.find("-e ") == 0);
        CHECK(line.find(" run desk-break\n") != std::string::npos);
        // No terminal to open: said, and the break counts as skipped.
        const std::string only = dir.path() + "/only-notify-send";
        std::filesystem::create_directories(only);
        std::filesystem::create_symlink("/usr/bin/notify-send", only + "/notify-send");
        const auto none = run_br(
            k_remind,
            {{"DBUS_SESSION_BUS_ADDRESS", server.address}, {"XDG_STATE_HOME", dir.path() + "/state"}, {"PATH", only}});
        CHECK(none.code == 0);
        CHECK(none.err.find("cannot open a terminal for the break: x-terminal-emulator") != std::string::npos);
        CHECK(none.out.find("] Skipped.\n") != std::string::npos);
    }

    TEST_CASE("answered at the terminal first, the notification is taken back") {
        FakeNotifications server("none"); // the notification stays up until closed
        REQUIRE_MESSAGE(!server.address.empty(), "no private bus (scripts/install-deps.sh --test installs dbus)");
        br::test::TempDir home;
        br::test::PtyProcess process(
            {"remind", "--notify", "--every", "1m", "--once", "--speed", "600", "--mode", "fixed", "--micro", "off"},
            {{"DBUS_SESSION_BUS_ADDRESS", server.address}, {"XDG_STATE_HOME", home.path() + "/state"}});
        REQUIRE(process.wait_for("Enter: start · s: snooze 5 min · x: skip > "));
        CHECK(server.service->read_line().find("notify|backroutine|Time for a desk break") == 0);
        process.send("x\r");
        CHECK(process.wait_exit() == 0);
        CHECK(server.service->read_line() == "closed");
        CHECK(process.output().find("Skipped.") != std::string::npos);
    }

    TEST_CASE("without a notification server it says so once and reminds in the output") {
        FakeNotifications server("none");
        REQUIRE_MESSAGE(!server.address.empty(), "no private bus (scripts/install-deps.sh --test installs dbus)");
        server.service->stop(); // the bus is up, nobody serves notifications
        const auto result = run_br(k_remind, {{"DBUS_SESSION_BUS_ADDRESS", server.address}});
        CHECK(result.code == 0);
        CHECK(result.out.find("] Time for a desk break: Desk Break\n") != std::string::npos);
        CHECK(result.err.find("backroutine: warning: notify-send failed") == 0);
    }
}
