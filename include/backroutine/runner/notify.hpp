#pragma once
#include <string>
#include <string_view>

namespace br::runner {

/// `text` with `&`, `<`, `>`, `"` and `'` as entities: notification servers
/// read the body as markup (<b>, <a href>, <img>), which catalog text must
/// never become.
std::string escape_markup(std::string_view text);

/// Shows a desktop notification with `notify-send` (started without a
/// shell, waited for briefly); returns what went wrong, or "" when it worked.
/// The body is escaped here.
std::string notify(const std::string& title, const std::string& body);

/// A notification that asks whether to start the break, with Start, Snooze
/// and Skip buttons (`notify-send --action`, which waits and prints the name
/// of the button pressed). The answer comes on fd() as one line, "start",
/// "snooze" or "skip"; its end without a line means the notification was
/// closed unanswered, or could not be shown (see failure()).
class NotificationQuestion {
public:
    NotificationQuestion(const std::string& title, const std::string& body);
    /// Takes the question back: notify-send closes its notification on
    /// SIGINT; it is reaped here.
    ~NotificationQuestion();
    NotificationQuestion(const NotificationQuestion&) = delete;
    NotificationQuestion& operator=(const NotificationQuestion&) = delete;

    /// The read end of notify-send's output; -1 when it could not start.
    [[nodiscard]] int fd() const { return m_fd; }
    /// What went wrong, once notify-send has ended ("" while it runs or
    /// when it worked): it could not start, or found no notification server.
    std::string failure();

private:
    bool reap(bool wait);
    bool reap_soon(); // reaped within a moment

    int m_pid = -1;
    int m_fd = -1;
    int m_status = -1; // notify-send's wait status once reaped
    std::string m_problem;
};

} // namespace br::runner
