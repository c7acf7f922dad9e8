# bash completion for veil-cli (installed to /usr/share/bash-completion/completions/veil-cli)
_veil_cli()
{
    # Plain bash (the bash-completion package is not needed).
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} cword=$COMP_CWORD
    local -a words=("${COMP_WORDS[@]}")
    local commands="info render make-demo keygen deid explain ocr template project review export pacs --help --version"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
    fi
    local command=${words[1]}
    case $command in
    project | pacs)
        if [[ $cword -eq 2 ]]; then
            local actions="create add status audit optout safelist reidentify lookup merge"
            [[ $command == pacs ]] && actions="echo find get store"
            COMPREPLY=($(compgen -W "$actions" -- "$cur"))
            return
        fi
        ;;
    esac
    case $prev in
    --status)
        COMPREPLY=($(compgen -W "approved flagged rejected unreviewed" -- "$cur"))
        return
        ;;
    --licence)
        COMPREPLY=($(compgen -W "dua cc-by-4.0 cc-by-nc-4.0 none" -- "$cur"))
        return
        ;;
    --frame | --window | --id | --wait | --shard | --shard-count | --comment | --reason | --recipient | --purpose | \
        --agreement | --mask | --add | --remove | --send)
        return
        ;;
    esac
    if [[ $cur == -* ]]; then # the command's own options, from its --help: they never drift
        local options
        options=$("${words[0]}" "$command" --help 2>/dev/null | grep -oE '^ +(-[a-zA-Z], )?--[a-z-]+' |
            grep -oE -- '--[a-z-]+' | grep -v -- '--help-all')
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -F _veil_cli veil-cli
