# bash completion for backroutine                         -*- shell-script -*-
# Install: /usr/share/bash-completion/completions/backroutine
# (or: source <(backroutine completion bash))

_backroutine_ids() {
    # Exercise or routine ids from the catalog the user has.
    backroutine --no-color list "$1" --format tsv 2>/dev/null | tail -n +2 | cut -f1
}

_backroutine() {
    local cur prev words cword
    _init_completion || return

    local commands="list show search validate safety plan build run sheet history log stats remind idle status completion doctor help"
    local global="--catalog --no-color --quiet -q --help --version"
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case "${words[i]}" in
            --catalog) ((i++)) ;;
            -*) ;;
            *) command="${words[i]}"; break ;;
        esac
    done

    case "$prev" in
        --catalog|-o|--output) _filedir; return ;;
        --format)
            case "$command" in
                list|search) COMPREPLY=($(compgen -W "table json tsv" -- "$cur")) ;;
                show) COMPREPLY=($(compgen -W "text json yaml svg" -- "$cur")) ;;
                plan|safety|idle) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
                status) COMPREPLY=($(compgen -W "text json waybar" -- "$cur")) ;;
                sheet) COMPREPLY=($(compgen -W "text markdown html" -- "$cur")) ;;
                history) COMPREPLY=($(compgen -W "table json csv" -- "$cur")) ;;
                stats) COMPREPLY=($(compgen -W "table json" -- "$cur")) ;;
            esac
            return ;;
        --category) COMPREPLY=($(compgen -W "warm-up stretch mobility strength release" -- "$cur")); return ;;
        --position) COMPREPLY=($(compgen -W "standing seated quadruped prone supine side-lying kneeling" -- "$cur")); return ;;
        --equipment) COMPREPLY=($(compgen -W "none band foam-roller tennis-ball doorway wall chair mat pillow" -- "$cur")); return ;;
        --intensity) COMPREPLY=($(compgen -W "gentle standard full" -- "$cur")); return ;;
        --mode) COMPREPLY=($(compgen -W "active fixed" -- "$cur")); return ;;
        --micro) COMPREPLY=($(compgen -W "off 20m 30m" -- "$cur")); return ;;
        --focus) COMPREPLY=($(compgen -W "relief prevention mobility strength stretch release" -- "$cur")); return ;;
        --events) COMPREPLY=($(compgen -W "json" -- "$cur")); return ;;
        --step) COMPREPLY=($(compgen -W "$(_backroutine_ids exercises)" -- "$cur")); return ;;
        --routine) COMPREPLY=($(compgen -W "$(_backroutine_ids routines)" -- "$cur")); return ;;
        --target|--minutes|--seed|--name|--speed|--pain-before|--pain-after|--every|--between|--since|--until|--at|--last|-n) return ;;
    esac

    if [[ -z "$command" ]]; then
        COMPREPLY=($(compgen -W "$commands $global" -- "$cur"))
        return
    fi

    local options=""
    case "$command" in
        list) options="--category --position --equipment --target --format" ;;
        show) options="--format --figure --pose" ;;
        search) options="--format" ;;
        validate) options="" ;;
        safety) options="--format" ;;
        plan) options="--step --intensity --acute --format" ;;
        build) options="--minutes --focus --equipment --position --acute --intensity --seed --name" ;;
        run) options="--step --intensity --acute --no-bell --voice --events --speed --no-log --check-in --pain-before --pain-after" ;;
        sheet) options="--step --intensity --acute --format --output -o --week --paper" ;;
        history) options="--since --until --routine --last -n --format delete" ;;
        log) options="--step --intensity --acute --at --pain-before --pain-after" ;;
        stats) options="--format" ;;
        remind) options="--every --routine --between --notify --once --mode --micro --speed" ;;
        idle) options="--format" ;;
        status) options="--format --template" ;;
        completion) options="" ;;
        doctor) options="" ;;
        help) options="" ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$options $global" -- "$cur"))
        return
    fi
    case "$command" in
        list) COMPREPLY=($(compgen -W "exercises routines" -- "$cur")) ;;
        show) COMPREPLY=($(compgen -W "$(_backroutine_ids exercises) $(_backroutine_ids routines)" -- "$cur")) ;;
        history) COMPREPLY=($(compgen -W "delete" -- "$cur")) ;;
        plan|run|sheet|log) COMPREPLY=($(compgen -W "$(_backroutine_ids routines) -" -- "$cur")); _filedir yaml ;;
        validate) _filedir '@(yaml|yml)' ;;
        completion) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
        help) COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
        remind) COMPREPLY=($(compgen -W "pause resume" -- "$cur")) ;;
    esac
}
complete -F _backroutine backroutine
