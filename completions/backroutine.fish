# fish completion for backroutine. Install as
# /usr/share/fish/vendor_completions.d/backroutine.fish (or: backroutine completion fish | source)

function __backroutine_ids
    backroutine --no-color list $argv[1] --format tsv 2>/dev/null | tail -n +2 | cut -f1
end

set -l commands list show search validate safety plan build run sheet history log stats remind idle status completion doctor help
complete -c backroutine -f
complete -c backroutine -l catalog -r -F -d 'Catalog file or directory'
complete -c backroutine -l no-color -d 'Never use colour'
complete -c backroutine -s q -l quiet -d 'Print only data and errors'
complete -c backroutine -l help -d 'Show help'
complete -c backroutine -l version -d 'Show the version'

complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a list -d 'List exercises or routines'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a show -d 'Show one exercise or routine'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a search -d 'Find exercises and routines'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a validate -d 'Check catalog or routine files'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a safety -d 'What to avoid, when to seek help'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a plan -d 'Show a routine timeline'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a build -d 'Make a routine from flags'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a run -d 'Play a routine'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a sheet -d 'Printable routine sheet'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a history -d 'Past sessions'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a help -d 'Help of the program or a command'
complete -c backroutine -n "__fish_seen_subcommand_from help" -a "$commands"
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a log -d 'Record a session done away from the computer'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a stats -d 'Streaks, targets, pain trend'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a remind -d 'Desk-break reminders'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a completion -d 'Print a completion script'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a idle -d 'Idle time and its source'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a status -d 'One line for a status bar'
complete -c backroutine -n "not __fish_seen_subcommand_from $commands" -a doctor -d 'Check optional parts and files'

complete -c backroutine -n "__fish_seen_subcommand_from list" -a "exercises routines"
complete -c backroutine -n "__fish_seen_subcommand_from list" -l category -x -a "warm-up stretch mobility strength release"
complete -c backroutine -n "__fish_seen_subcommand_from list build" -l position -x -a "standing seated quadruped prone supine side-lying kneeling"
complete -c backroutine -n "__fish_seen_subcommand_from list build" -l equipment -x -a "none band foam-roller tennis-ball doorway wall chair mat pillow"
complete -c backroutine -n "__fish_seen_subcommand_from list" -l target -x
complete -c backroutine -n "__fish_seen_subcommand_from list search" -l format -x -a "table json tsv"
complete -c backroutine -n "__fish_seen_subcommand_from show" -a "(__backroutine_ids exercises; __backroutine_ids routines)"
complete -c backroutine -n "__fish_seen_subcommand_from show" -l format -x -a "text json yaml svg"
complete -c backroutine -n "__fish_seen_subcommand_from show" -l figure -d 'Draw the figure even when piped'
complete -c backroutine -n "__fish_seen_subcommand_from show" -l pose -x -d 'Keyframe to draw still'
complete -c backroutine -n "__fish_seen_subcommand_from validate" -F
complete -c backroutine -n "__fish_seen_subcommand_from safety plan" -l format -x -a "text json"
complete -c backroutine -n "__fish_seen_subcommand_from plan run sheet" -a "(__backroutine_ids routines)" -F
complete -c backroutine -n "__fish_seen_subcommand_from plan run sheet" -l step -x -a "(__backroutine_ids exercises)"
complete -c backroutine -n "__fish_seen_subcommand_from plan run sheet build" -l intensity -x -a "gentle standard full"
complete -c backroutine -n "__fish_seen_subcommand_from plan run sheet build" -l acute -d 'Pain is acute'
complete -c backroutine -n "__fish_seen_subcommand_from build" -l minutes -x
complete -c backroutine -n "__fish_seen_subcommand_from build" -l focus -x -a "relief prevention mobility strength stretch release"
complete -c backroutine -n "__fish_seen_subcommand_from build" -l seed -x
complete -c backroutine -n "__fish_seen_subcommand_from build" -l name -x
complete -c backroutine -n "__fish_seen_subcommand_from run" -l no-bell -d 'No terminal bell'
complete -c backroutine -n "__fish_seen_subcommand_from run" -l voice -d 'Speak the cues'
complete -c backroutine -n "__fish_seen_subcommand_from run" -l events -x -a json
complete -c backroutine -n "__fish_seen_subcommand_from run" -l speed -x
complete -c backroutine -n "__fish_seen_subcommand_from run" -l no-log -d 'Do not record this run'
complete -c backroutine -n "__fish_seen_subcommand_from run" -l check-in -d 'Ask pain before and after'
complete -c backroutine -n "__fish_seen_subcommand_from run" -l pain-before -x
complete -c backroutine -n "__fish_seen_subcommand_from run" -l pain-after -x
complete -c backroutine -n "__fish_seen_subcommand_from sheet" -l format -x -a "text markdown html"
complete -c backroutine -n "__fish_seen_subcommand_from sheet" -s o -l output -r -F
complete -c backroutine -n "__fish_seen_subcommand_from sheet" -l week -d 'Add a tracking grid'
complete -c backroutine -n "__fish_seen_subcommand_from sheet" -l paper -x -a "a4 letter" -d 'Paper size'
complete -c backroutine -n "__fish_seen_subcommand_from history" -l since -x
complete -c backroutine -n "__fish_seen_subcommand_from history" -l until -x
complete -c backroutine -n "__fish_seen_subcommand_from history" -l routine -x -a "(__backroutine_ids routines)"
complete -c backroutine -n "__fish_seen_subcommand_from history" -s n -l last -x
complete -c backroutine -n "__fish_seen_subcommand_from history" -a delete -d 'Remove one session'
complete -c backroutine -n "__fish_seen_subcommand_from history" -s y -l yes
complete -c backroutine -n "__fish_seen_subcommand_from log" -l at -x
complete -c backroutine -n "__fish_seen_subcommand_from log" -l step -x
complete -c backroutine -n "__fish_seen_subcommand_from log" -l intensity -x -a "gentle standard full"
complete -c backroutine -n "__fish_seen_subcommand_from log" -l acute
complete -c backroutine -n "__fish_seen_subcommand_from log" -l pain-before -x
complete -c backroutine -n "__fish_seen_subcommand_from log" -l pain-after -x
complete -c backroutine -n "__fish_seen_subcommand_from history" -l format -x -a "table json csv"
complete -c backroutine -n "__fish_seen_subcommand_from stats" -l format -x -a "table json"
complete -c backroutine -n "__fish_seen_subcommand_from remind" -l every -x
complete -c backroutine -n "__fish_seen_subcommand_from remind" -l routine -x -a "(__backroutine_ids routines)"
complete -c backroutine -n "__fish_seen_subcommand_from remind" -l between -x
complete -c backroutine -n "__fish_seen_subcommand_from remind" -l notify -d 'Desktop notification'
complete -c backroutine -n "__fish_seen_subcommand_from remind" -l once -d 'Remind once and exit'
complete -c backroutine -n "__fish_seen_subcommand_from remind" -l speed -x -d 'Time passes faster'
complete -c backroutine -n "__fish_seen_subcommand_from remind" -l mode -x -a "active fixed"
complete -c backroutine -n "__fish_seen_subcommand_from remind" -l micro -x -a "off 20m 30m" -d 'Posture resets between breaks'
complete -c backroutine -n "__fish_seen_subcommand_from idle" -l format -x -a "text json"
complete -c backroutine -n "__fish_seen_subcommand_from status" -l format -x -a "text json waybar"
complete -c backroutine -n "__fish_seen_subcommand_from status" -l template -x -d 'Format string: %n %s %p %r %m %a %c %t'
complete -c backroutine -n "__fish_seen_subcommand_from remind" -a "pause resume"
complete -c backroutine -n "__fish_seen_subcommand_from completion" -a "bash zsh fish"
