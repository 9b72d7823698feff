#include "commands.hpp"

#include <backroutine/catalog/builtin.hpp>

#include <memory>

namespace br::cli {

void add_completion(CLI::App& app, Context& ctx) {
    auto shell = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("completion", "Print the completion script for bash, zsh or fish");
    cmd->add_option("shell", *shell, "bash, zsh or fish")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
    cmd->callback([&ctx, shell] {
        const std::string name = *shell == "bash"  ? "backroutine.bash"
                                 : *shell == "zsh" ? "_backroutine"
                                                   : "backroutine.fish";
        for (const auto& file : completion_files()) {
            if (file.path == name) {
                print(ctx, std::string(file.text));
            }
        }
    });
}

} // namespace br::cli
