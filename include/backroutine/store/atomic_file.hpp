#pragma once
#include <filesystem>
#include <string_view>

namespace br::store {

/// Writes `content` to `path` through a temporary file in the same directory
/// and a rename, so a failed write leaves no half file (and the old file, if
/// any, untouched). Throws br::Error saying what went wrong.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

} // namespace br::store
