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

} // namespace br::runner
