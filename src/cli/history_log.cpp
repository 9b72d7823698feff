#include "history_log.hpp"

#include <backroutine/error.hpp>
#include <backroutine/runner/terminal.hpp>
#include <backroutine/store/stats.hpp>
#include <backroutine/util/text.hpp>

#include <ctime>
#include <filesystem>
#include <ostream>
#include <unistd.h>

namespace br::cli {
namespace {

std::filesystem::path history_path(Context& ctx) {
    return store::state_dir(ctx.env()) / "history.sqlite3";
}

// One line from `in`, without its end; nullopt at the end of input or on a signal.
std::optional<std::string> read_line(int in) {
    std::string line;
    char c = 0;
    for (;;) {
        const ssize_t got = ::read(in, &c, 1);
        if (got <= 0) {
            return line.empty() ? std::nullopt : std::optional(line);
        }
        if (c == '\n' || c == '\r') {
            return line;
        }
        if (line.size() < 64) {
            line += c;
        }
    }
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    return first == std::string::npos ? std::string() : text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

} // namespace

std::unique_ptr<store::History> open_history(Context& ctx) {
    try {
        return std::make_unique<store::History>(history_path(ctx));
    } catch (const Error& error) {
        ctx.err() << "backroutine: warning: " << error.what() << "; this run is not recorded\n";
        return nullptr;
    }
}

std::unique_ptr<store::History> existing_history(Context& ctx) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(history_path(ctx), error)) {
        return nullptr;
    }
    try {
        return std::make_unique<store::History>(history_path(ctx));
    } catch (const Error&) {
        return nullptr;
    }
}

std::string professional_advice(const store::History* history, std::optional<int> rating) {
    std::vector<store::SessionRecord> sessions;
    if (history != nullptr) {
        try {
            sessions = history->sessions();
        } catch (const Error&) { // advice from the rating alone
        }
    }
    return store::seek_help_advice(sessions, std::time(nullptr), store::local_days(), rating);
}

std::optional<int> ask_pain(int in, int out, const std::string& when) {
    std::string prompt = "Pain " + when + ", 0 (none) to 10 (worst)? Enter to skip: ";
    for (;;) {
        runner::write_all(out, prompt);
        const auto line = read_line(in);
        if (!line) {
            runner::write_all(out, "\n");
            return std::nullopt;
        }
        const std::string answer = trimmed(*line);
        if (answer.empty()) {
            return std::nullopt;
        }
        if (answer.find_first_not_of("0123456789") == std::string::npos && answer.size() <= 2 &&
            std::stoi(answer) <= 10) {
            return std::stoi(answer);
        }
        prompt = "Please answer with a number from 0 to 10, or press Enter to skip: ";
    }
}

EarlyEnd ask_early_end(int in, int out) {
    EarlyEnd answer;
    answer.pain = ask_pain(in, out, "now that you stopped");
    runner::write_all(out, "Did you stop because it hurt? y/N: ");
    const auto line = read_line(in);
    const std::string said = util::lower(trimmed(line.value_or("")));
    answer.hurt = said == "y" || said == "yes";
    if (!line) {
        runner::write_all(out, "\n");
    }
    return answer;
}

RunLog::RunLog(store::History* history, const model::Timeline& timeline, std::optional<int> pain_before,
               std::ostream& err)
    : m_history(history), m_err(err) {
    m_record.started_at = static_cast<std::int64_t>(std::time(nullptr));
    m_record.routine_id = timeline.id;
    m_record.routine_name = timeline.name;
    m_record.planned_seconds = timeline.total;
    m_record.steps_total = static_cast<int>(timeline.steps.size());
    m_record.pain_before = pain_before;
    write(true);
}

void RunLog::finish(const runner::Summary& summary, runner::Ending ending, std::optional<int> pain_after,
                    bool stopped_for_pain) {
    m_record.actual_seconds = summary.active_seconds;
    m_record.steps_done = summary.steps_done;
    m_record.steps_skipped = summary.steps_skipped;
    m_record.ending = ending == runner::Ending::output_closed ? "interrupted" : std::string(runner::name_of(ending));
    if (ending == runner::Ending::completed && summary.steps_done == 0 && summary.steps_skipped > 0) {
        m_record.ending = "skipped";
    }
    m_record.pain_after = pain_after;
    m_record.stopped_for_pain = stopped_for_pain;
    write(false);
}

void RunLog::write(bool first) {
    if (m_history == nullptr) {
        return;
    }
    try {
        if (first) {
            m_record.id = m_history->start(m_record);
        } else {
            m_history->finish(m_record);
        }
    } catch (const Error& error) {
        m_err << "backroutine: warning: " << error.what() << "; this run is not recorded\n";
        m_history = nullptr;
    }
}

} // namespace br::cli
