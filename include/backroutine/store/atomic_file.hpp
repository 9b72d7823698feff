#pragma once
#include <filesystem>
#include <string_view>

namespace br::store {

/// Writes `content` to `path` through a temporary file in the same directory
/// and a rename, so a failed write leaves no half file (and the old file, if
/// any, untouched). A symbolic link is written through to the file it names;
/// a replaced file keeps its mode (and, for root, its owner); what is not a
/// regular file (a device, a FIFO, a directory) is refused. Throws br::Error
/// (exit 1) saying what went wrong.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

} // namespace br::store
