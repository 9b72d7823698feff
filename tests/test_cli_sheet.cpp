// sheet as a user runs it: to a file, and printed to PDF by headless Chromium.
#include "support/process.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

using br::test::run_br;
using br::test::run_process;

namespace {

// Prints `html` to PDF on `paper` (A4 or Letter) with headless Chromium.
std::string print_pdf(const br::test::TempDir& dir, const std::string& html, const std::string& paper) {
    std::string page = html;
    page.replace(page.find("</style>"), 8, "@page { size: " + paper + "; }</style>");
    const std::string input = dir.write("sheet-" + paper + ".html", page);
    const std::string pdf = dir.path() + "/sheet-" + paper + ".pdf";
    const auto result = run_process("/usr/bin/chromium",
                                    {"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                     "--user-data-dir=" + dir.path() + "/profile", "--no-pdf-header-footer",
                                     "--print-to-pdf=" + pdf, "file://" + input},
                                    {{"HOME", dir.path()}});
    INFO(result.err);
    REQUIRE(std::filesystem::exists(pdf));
    return pdf;
}

// The PDF's text in reading order with every run of white space made one space,
// so a name wrapped onto two lines in its column still reads whole.
std::string words_of(const std::string& pdf) {
    std::string out;
    for (const char c : run_process("/usr/bin/pdftotext", {pdf, "-"}).out) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
        if (!space) {
            out += c;
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
    }
    return out;
}

int pages_of(const std::string& pdf) {
    const auto info = run_process("/usr/bin/pdfinfo", {pdf});
    const auto at = info.out.find("Pages:");
    REQUIRE(at != std::string::npos);
    return std::stoi(info.out.substr(at + 6));
}

} // namespace

TEST_SUITE("cli::sheet") {
    TEST_CASE("-o writes the file, a failed write leaves nothing behind") {
        br::test::TempDir dir;
        const std::string file = dir.path() + "/qr.html";
        const auto result = run_br({"sheet", "quick-relief", "--format", "html", "-o", file});
        CHECK(result.code == 0);
        CHECK(br::test::read_text(file).starts_with("<!DOCTYPE html>"));
        // Replacing an existing file works the same way.
        CHECK(run_br({"sheet", "prevention", "--format", "html", "-o", file}).code == 0);
        CHECK(br::test::read_text(file).find("<h1>Prevention</h1>") != std::string::npos);

        const std::string locked = dir.path() + "/locked";
        std::filesystem::create_directory(locked);
        chmod(locked.c_str(), 0555);
        const auto denied = run_br({"sheet", "quick-relief", "-o", locked + "/qr.txt"});
        if (geteuid() != 0) { // root may write anywhere
            CHECK(denied.code == 1);
            CHECK(denied.err.starts_with("backroutine: error: cannot write '" + locked + "/qr.txt': "));
            CHECK(std::filesystem::is_empty(locked));
        }
        const auto missing = run_br({"sheet", "quick-relief", "-o", dir.path() + "/no/such/dir/qr.txt"});
        CHECK(missing.code == 1);
        CHECK(missing.err ==
              "backroutine: error: cannot write '" + dir.path() + "/no/such/dir/qr.txt': No such file or directory\n");
    }

    TEST_CASE("-o keeps a private file's mode, writes through a symlink, refuses what is not a regular file") {
        br::test::TempDir dir;
        const std::string private_file = dir.write("private.txt", "old\n");
        chmod(private_file.c_str(), 0600);
        const bool root = geteuid() == 0;
        if (root) { // root replacing another user's file gives it back to them
            REQUIRE(chown(private_file.c_str(), 65534, 65534) == 0);
        }
        REQUIRE(run_br({"sheet", "quick-relief", "-o", private_file}).code == 0);
        struct stat status {};
        REQUIRE(stat(private_file.c_str(), &status) == 0);
        CHECK((status.st_mode & 07777) == 0600);
        CHECK(status.st_uid == (root ? 65534 : geteuid()));
        CHECK(br::test::read_text(private_file).find("Quick Relief") != std::string::npos);

        const std::string target = dir.write("real/sheet.txt", "old\n");
        const std::string link = dir.path() + "/link.txt";
        std::filesystem::create_symlink("real/sheet.txt", link);
        REQUIRE(run_br({"sheet", "quick-relief", "-o", link}).code == 0);
        CHECK(std::filesystem::is_symlink(link));
        CHECK(br::test::read_text(target).find("Quick Relief") != std::string::npos);
        const std::string dangling = dir.path() + "/dangling.txt";
        std::filesystem::create_symlink("real/new.txt", dangling);
        REQUIRE(run_br({"sheet", "quick-relief", "-o", dangling}).code == 0);
        CHECK(std::filesystem::is_symlink(dangling));
        CHECK(std::filesystem::is_regular_file(dir.path() + "/real/new.txt"));

        // A FIFO stands for a device node here: /dev/null itself is not put at risk in a test.
        const std::string fifo = dir.path() + "/fifo";
        REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
        const std::string fifo_link = dir.path() + "/fifo-link";
        std::filesystem::create_symlink(fifo, fifo_link);
        for (const std::string& refused : {fifo, fifo_link, dir.path() + "/real"}) {
            CAPTURE(refused);
            const auto result = run_br({"sheet", "quick-relief", "-o", refused});
            CHECK(result.code == 1);
            CHECK(result.err == "backroutine: error: cannot write '" + refused + "': it is not a regular file\n");
        }
        CHECK(std::filesystem::is_fifo(fifo));
        CHECK(std::filesystem::is_directory(dir.path() + "/real"));
    }

    TEST_CASE("sheets take every routine reference and the plan's options") {
        CHECK(run_br({"sheet", "--step", "cat-cow:10", "--step", "thread-the-needle:30s/side"})
                  .out.find("Thread the Needle — 30 s each side") != std::string::npos);
        const auto acute = run_br({"sheet", "comprehensive", "--acute"});
        CHECK(acute.out.find("Left out for acute pain: ") != std::string::npos);
        CHECK(acute.out.find("Wall Slides —") == std::string::npos);
        const auto built = run_br({"build", "--minutes", "10", "--seed", "3"}).out;
        CHECK(run_br({"sheet", "-", "--format", "markdown"}, {}, built).out.starts_with("# 10-minute prevention"));
    }

    TEST_CASE("--paper and the locale choose the page size — the week follows the frequency") {
        auto html = [](std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
            args.insert(args.begin(), {"sheet", "--format", "html", "--week"});
            return run_br(args, std::move(env)).out;
        };
        CHECK(html({"quick-relief"}, {{"LANG", "de_DE.UTF-8"}}).find("size: A4;") != std::string::npos);
        CHECK(html({"quick-relief"}, {{"LANG", "en_US.UTF-8"}}).find("size: letter;") != std::string::npos);
        CHECK(html({"quick-relief", "--paper", "a4"}, {{"LC_PAPER", "en_CA.UTF-8"}}).find("size: A4;") !=
              std::string::npos);
        CHECK(run_br({"sheet", "quick-relief", "--paper", "legal"}).code == 2);
        const std::string three = html({"comprehensive"});
        CHECK(three.find("<th>Session 3</th>") != std::string::npos);
        CHECK(three.find("<th>Session 4</th>") == std::string::npos);
        CHECK(three.find("Pain before (0-10)") != std::string::npos);
        CHECK(html({"desk-break"}).find("Breaks taken (a mark each)") != std::string::npos);
        CHECK(html({"prevention"}).find("<th>Sun</th>") != std::string::npos);
    }

    TEST_CASE("the HTML sheet prints well: quick relief with its week on one page, nothing cut") {
        br::test::TempDir dir;
        const std::string html = run_br({"sheet", "quick-relief", "--format", "html", "--week"}).out;
        for (const std::string paper : {"A4", "Letter"}) {
            CAPTURE(paper);
            const std::string pdf = print_pdf(dir, html, paper);
            CHECK(pages_of(pdf) == 1);
            const std::string text = words_of(pdf);
            for (const std::string step :
                 {"Cat-Cow", "Child's Pose", "Thread the Needle", "Tennis Ball Release", "Shoulder Blade Squeeze",
                  "Neck Stretch", "See a professional if", "From: FemalePosture.com — Exercises for Upper Back Pain"}) {
                CAPTURE(step);
                CHECK(text.find(step) != std::string::npos);
            }
        }
        // Comprehensive with its week takes at most two A4 pages, each with its number; every step appears whole.
        const std::string long_html = run_br({"sheet", "comprehensive", "--format", "html", "--week"}).out;
        const std::string pdf = print_pdf(dir, long_html, "A4");
        CHECK(pages_of(pdf) <= 2);
        const std::string text = words_of(pdf);
        CHECK(text.find("page 1 of " + std::to_string(pages_of(pdf))) != std::string::npos);
        for (const std::string step :
             {"Neck Rolls", "Band Rows", "Face Pulls", "Prone Y-T-W", "Foam Roller Upper Back"}) {
            CAPTURE(step);
            CHECK(text.find(step) != std::string::npos);
        }
    }
}
