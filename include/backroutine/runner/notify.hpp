#pragma once
#include <string>

namespace br::runner {

/// Shows a desktop notification with `notify-send` (started without a
/// shell, waited for briefly); returns what went wrong, or "" when it worked.
std::string notify(const std::string& title, const std::string& body);

} // namespace br::runner
