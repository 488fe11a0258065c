function __beat_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __beat_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __beat_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __beat_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __beat_parse_tokens -S
    set -l unparsed_tokens (__beat_tokens -pc)
    switch $unparsed_tokens[1]
    case 'beat'
        __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'demo' 'headless' 'size=' 'keys=' 'h/help'
        switch $unparsed_tokens[1]
        case 'init'
            __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'demo' 'synthetic=' 'seed=' 'h/help'
        case 'check'
            __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'h/help'
        case 'officer'
            __beat_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'json' 'h/help'
            end
        case 'task'
            __beat_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'status=+' 'officer=' 'district=' 'plan=' 'overdue' 'json' 'h/help'
            case 'add'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'title=' 'assignee=' 'plan=' 'due=' 'priority=' 'description=' 'partner=+' 'json' 'h/help'
            case 'status'
                __beat_parse_subcommand 2 'data=' 'as=' 'lang=' 'reason=' 'h/help'
            case 'note'
                __beat_parse_subcommand 2 'data=' 'as=' 'lang=' 'h/help'
            end
        case 'contact'
            __beat_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'district=' 'officer=' 'category=' 'since=' 'json' 'h/help'
            case 'add'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'officer=' 'district=' 'channel=' 'category=' 'summary=' 'place=' 'resident=' 'resident-phone=' 'resident-email=' 'resident-address=' 'follow-up=' 'task=' 'time=' 'json' 'h/help'
            end
        case 'plan'
            __beat_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'district=' 'json' 'h/help'
            case 'evidence'
                __beat_parse_subcommand 1 'data=' 'as=' 'lang=' 'json' 'h/help'
            case 'evaluate'
                __beat_parse_subcommand 1 'data=' 'as=' 'lang=' 'outcome=' 'note=' 'day=' 'h/help'
            case 'next'
                __beat_parse_subcommand 1 'data=' 'as=' 'lang=' 'start=' 'end=' 'title=' 'reason=' 'outside-due=' 'h/help'
            end
        case 'meeting'
            __beat_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'team=' 'json' 'h/help'
            case 'show'
                __beat_parse_subcommand 1 'data=' 'as=' 'lang=' 'h/help'
            end
        case 'report'
            __beat_parse_subcommand 1 'data=' 'as=' 'lang=' 'district=' 'officer=' 'plan=' 'from=' 'to=' 'team=' 'since=' 'format=' 'width=' 'page-length=' 'o=' 'with-personal-data' 'h/help'
        case 'export'
            __beat_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'ics'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'officer=' 'events' 'o=' 'h/help'
            case 'csv'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'what=' 'with-personal-data' 'o=' 'h/help'
            case 'json'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'o=' 'h/help'
            end
        case 'compact'
            __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'h/help'
        case 'log'
            __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'since=' 'officer=' 'json' 'h/help'
        case 'privacy'
            __beat_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'purge'
                __beat_parse_subcommand 0 'data=' 'as=' 'lang=' 'older-than=' 'dry-run' 'h/help'
            case 'find'
                __beat_parse_subcommand 1 'data=' 'as=' 'lang=' 'json' 'h/help'
            end
        case 'backup'
            __beat_parse_subcommand 1 'data=' 'as=' 'lang=' 'h/help'
        case 'restore'
            __beat_parse_subcommand 1 'data=' 'as=' 'lang=' 'h/help'
        case 'copy'
            __beat_parse_subcommand 2 'data=' 'as=' 'lang=' 'h/help'
        case 'store'
            __beat_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __beat_parse_subcommand 1 'data=' 'as=' 'lang=' 'json' 'h/help'
            end
        case 'help'
            __beat_parse_subcommand -r 1 
        end
    end
end

function __beat_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __beat_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __beat_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __beat_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__beat_tokens -p)
    if test -z "$(__beat_tokens -t)"
        set -l index (count (__beat_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'beat' -f
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat" demo' -l 'demo' -d 'Use the demo pilot (Kalisz: Dobrzec and Widok), dated around today: `beat --demo` opens a scratch copy, `beat init --demo` creates it.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat" headless' -l 'headless' -d 'Run the interface on a virtual terminal and print the final screen (for tests, docs, bug reports).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat" size' -l 'size' -d 'With --headless: the virtual terminal\'s size, COLSxROWS.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat" keys' -l 'keys' -d 'With --headless: keys to press, e.g. "2s<Down><Enter>" (<Enter> <Esc> <Tab> <Up> <C-s> …).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'init' -d 'Create a store (never overwrites an existing one).'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'check' -d 'Load and validate the whole store: exit 0, or 65 with file:line:column: reason.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'officer' -d 'Officers.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'task' -d 'Tasks of the safety plans, and self-set tasks.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'contact' -d 'Contacts with residents.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'plan' -d 'Safety plans: evaluation and the next period.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'meeting' -d 'Coordination-team meetings.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'report' -d 'Printouts: progress, officer, plan, contacts, districts, letter, meeting, invitation.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'export' -d 'Export: a calendar, CSV, or the whole store as JSON.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'compact' -d 'Write a new snapshot and rotate the journal into history/.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'log' -d 'Show the journal (history and live) in plain words: who changed what, when.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'privacy' -d 'Residents\' personal data (RODO).'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'backup' -d 'Write a consistent copy of the store to FILE (a tar archive; safe while others write).'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'restore' -d 'Restore a backup FILE into the store (--data): a folder that is missing or empty, or a new PostgreSQL schema.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'copy' -d 'Copy the store FROM to TO (each a folder or postgresql://…?schema=NAME): checked, all or nothing; TO must hold no store.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'store' -d 'Stores on a PostgreSQL server.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat init" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat init" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat init" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat init" demo' -l 'demo' -d 'Use the demo pilot (Kalisz: Dobrzec and Widok), dated around today: `beat --demo` opens a scratch copy, `beat init --demo` creates it.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat init" synthetic' -l 'synthetic' -d 'Create a synthetic store for measuring speed: komenda (a whole city station, 300,000 contacts) or demo (the pilot\'s size).' -rfka 'komenda demo'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat init" seed' -l 'seed' -d 'The seed of the synthetic store\'s pseudo-random choices (same seed and day: the same store).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat check" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat check" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat check" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat officer" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat officer" -eq 1' -fa 'list' -d 'List officers.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat officer list" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat officer list" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat officer list" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat officer list" json' -l 'json' -d 'JSON output (keys: id, name, rank, badge, district, beat, phone, email, active).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat officer list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat task" -eq 1' -fa 'list' -d 'List tasks (all, unless filtered).'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat task" -eq 1' -fa 'add' -d 'Add a task.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat task" -eq 1' -fa 'status' -d 'Change a task\'s status (not-done and cancelled need --reason).'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat task" -eq 1' -fa 'note' -d 'Add a dated progress note to a task.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task list" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task list" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task list" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task list"' -l 'status' -d 'Only this status (repeatable; Polish names too).' -rfka 'open in-progress done not-done cancelled'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task list" officer' -l 'officer' -d 'Only tasks assigned to this officer.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task list" district' -l 'district' -d 'Only tasks in this district.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task list" plan' -l 'plan' -d 'Only tasks of this plan.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task list" overdue' -l 'overdue' -d 'Only overdue tasks.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task list" json' -l 'json' -d 'JSON output (keys: id, title, status, due, assignee, plan, district, priority, …).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" title' -l 'title' -d 'Title.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" assignee' -l 'assignee' -d 'The officer who does it.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" plan' -l 'plan' -d 'The safety plan it belongs to (none: a self-set task).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" due' -l 'due' -d 'Due day, YYYY-MM-DD.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" priority' -l 'priority' -d 'The priority (Polish names too).' -rfka 'low normal high'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" description' -l 'description' -d 'Description.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add"' -l 'partner' -d 'A team member involved (id; repeatable).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" json' -l 'json' -d 'Print the new task as JSON.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task status" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task status" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task status" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat task status" -eq 1' -fka 'open in-progress done not-done cancelled'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task status" reason' -l 'reason' -d 'Why (required for not-done and cancelled).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task note" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task note" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task note" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat task note" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat contact" -eq 1' -fa 'list' -d 'List contacts, newest first (all, unless filtered).'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat contact" -eq 1' -fa 'add' -d 'Log a contact with residents.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact list" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact list" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact list" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact list" district' -l 'district' -d 'Only this district.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact list" officer' -l 'officer' -d 'Only this officer\'s contacts.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact list" category' -l 'category' -d 'Only this category (id or Polish name).' -rfka 'vandalism wild-swimming illegal-dumping youth-groups poaching dangerous-water dangerous-entertainment illegal-logging illegal-racing wrong-parking unguarded-track-crossing unguarded-level-crossing bad-road-infrastructure destroying-greenery homeless-person quads-in-forest speeding public-drinking drugs stray-dogs grass-burning forest-animal-accidents animal-cruelty bad-traffic-organisation begging other'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact list" since' -l 'since' -d 'Only from this day on, YYYY-MM-DD.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact list" json' -l 'json' -d 'JSON output (keys: id, time, officer, district, channel, category, place, summary, resident, followUp, task).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" officer' -l 'officer' -d 'The officer (default: the one acting, --as).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" district' -l 'district' -d 'The district (default: the officer\'s).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" channel' -l 'channel' -d 'How the concern reached you (or the Polish name).' -rfka 'beat office-hours phone email letter community-meeting map-report'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" category' -l 'category' -d 'The concern\'s category: its id or Polish name; the catch-all is "inne".' -rfka 'vandalism wild-swimming illegal-dumping youth-groups poaching dangerous-water dangerous-entertainment illegal-logging illegal-racing wrong-parking unguarded-track-crossing unguarded-level-crossing bad-road-infrastructure destroying-greenery homeless-person quads-in-forest speeding public-drinking drugs stray-dogs grass-burning forest-animal-accidents animal-cruelty bad-traffic-organisation begging other'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" summary' -l 'summary' -d 'What it was about.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" place' -l 'place' -d 'Where.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" resident' -l 'resident' -d 'The resident\'s name (personal data).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" resident-phone' -l 'resident-phone' -d 'The resident\'s phone (personal data).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" resident-email' -l 'resident-email' -d 'The resident\'s e-mail (personal data).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" resident-address' -l 'resident-address' -d 'The resident\'s address (personal data).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" follow-up' -l 'follow-up' -d 'Day to get back to the resident, YYYY-MM-DD.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" task' -l 'task' -d 'A task this contact belongs to.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" time' -l 'time' -d 'When, YYYY-MM-DDTHH:MM:SS+HH:MM (default: now).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" json' -l 'json' -d 'Print the new contact as JSON.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat contact add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat plan" -eq 1' -fa 'list' -d 'List safety plans by district and start, with their progress.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat plan" -eq 1' -fa 'evidence' -d 'The figures for evaluating a plan: contacts in its category and district in its period against the same length before, and its tasks.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat plan" -eq 1' -fa 'evaluate' -d 'Close a plan with its evaluation; the evidence is printed first.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat plan" -eq 1' -fa 'next' -d 'Start the plan for the next period: the same diagnosis and goal, the unfinished tasks carried into it (the originals close as not done), in one step.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan list" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan list" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan list" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan list" district' -l 'district' -d 'Only this district\'s plans (id).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan list" json' -l 'json' -d 'JSON output (keys: id, district, title, start, end, status, category, tasksDone, tasksTotal, overdue, outcome).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evidence" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evidence" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evidence" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evidence" json' -l 'json' -d 'JSON output (keys: plan, category, district, from, to, beforeFrom, beforeTo, inCategory, inDistrict, tasksDone, tasksTotal).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evidence" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evaluate" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evaluate" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evaluate" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evaluate" outcome' -l 'outcome' -d 'What the plan achieved (Polish names too).' -rfka 'eliminated reduced not-achieved'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evaluate" note' -l 'note' -d 'The assessment: what the figures show and why.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evaluate" day' -l 'day' -d 'The day of the evaluation, YYYY-MM-DD (default: today).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan evaluate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan next" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan next" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan next" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan next" start' -l 'start' -d 'First day, YYYY-MM-DD (default: the day after the plan was closed, else after it ends).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan next" end' -l 'end' -d 'Last day, YYYY-MM-DD (default: six months from the start).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan next" title' -l 'title' -d 'Title (default: the plan\'s).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan next" reason' -l 'reason' -d 'Why the original tasks close (default: carried into the next period\'s plan).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan next" outside-due' -l 'outside-due' -d 'A carried task due outside the new period: its nearest day (nearest) or no due day (none); asked for when there is such a task.' -rfka 'nearest none'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat plan next" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat meeting" -eq 1' -fa 'list' -d 'List meetings, oldest first.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat meeting" -eq 1' -fa 'show' -d 'Show one meeting: who was there, the minutes, the decisions.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting list" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting list" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting list" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting list" team' -l 'team' -d 'Only this team\'s meetings (id).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting list" json' -l 'json' -d 'JSON output (keys: id, team, day, attendees, officers, minutes, decisions, next).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting show" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting show" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting show" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat meeting show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat report" -eq 1' -fka 'progress officer plan contacts districts letter meeting invitation'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" district' -l 'district' -d 'Only this district (id).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" officer' -l 'officer' -d 'The officer (id): whose worklist or letter; for contacts, only his contacts.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" plan' -l 'plan' -d 'The plan\'s number (plan; narrows progress).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" from' -l 'from' -d 'The period\'s first day, YYYY-MM-DD (default depends on the report).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" to' -l 'to' -d 'The period\'s last day, YYYY-MM-DD (default: today).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" team' -l 'team' -d 'The coordination team (id), for the meeting review and the invitation.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" since' -l 'since' -d 'The meeting review counts from the day after this one, YYYY-MM-DD (default: the team\'s last meeting).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" format' -l 'format' -d 'The form: plain text, Markdown, CSV or JSON.' -rfka 'text markdown csv json'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" width' -l 'width' -d 'Width of the text form in columns (20–1000).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" page-length' -l 'page-length' -d 'Lines per page of the text form; pages are separated by form feeds.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" o' -s 'o' -d 'Write to this file (atomically) instead of standard output.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" with-personal-data' -l 'with-personal-data' -d 'Include residents\' names and contact details (officer report).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat export" -eq 1' -fa 'ics' -d 'Open tasks with due days as an iCalendar file (VTODO; --events: all-day VEVENTs).'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat export" -eq 1' -fa 'csv' -d 'Tasks, contacts or plans as CSV (RFC 4180, UTF-8).'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat export" -eq 1' -fa 'json' -d 'The whole store as one JSON document (for backups and other tools; includes personal data).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export ics" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export ics" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export ics" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export ics" officer' -l 'officer' -d 'Only this officer\'s tasks.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export ics" events' -l 'events' -d 'All-day events on the due days instead of to-dos (for calendar apps that show no to-dos).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export ics" o' -s 'o' -d 'Write to this file (atomically) instead of standard output.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export ics" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export csv" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export csv" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export csv" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export csv" what' -l 'what' -d 'What to export.' -rfka 'tasks contacts plans'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export csv" with-personal-data' -l 'with-personal-data' -d 'Include residents\' names and contact details (contacts).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export csv" o' -s 'o' -d 'Write to this file (atomically) instead of standard output.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export csv" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export json" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export json" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export json" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export json" o' -s 'o' -d 'Write to this file (atomically) instead of standard output.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat export json" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat compact" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat compact" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat compact" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat compact" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat log" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat log" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat log" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat log" since' -l 'since' -d 'Only from this day on, YYYY-MM-DD.' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat log" officer' -l 'officer' -d 'Only changes made by this officer (id, as recorded).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat log" json' -l 'json' -d 'JSON output (keys: seq, at, by, change, text).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat log" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat privacy" -eq 1' -fa 'purge' -d 'Pseudonymise residents\' personal data in contacts older than the retention period, in the snapshot and the journal history.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat privacy" -eq 1' -fa 'find' -d 'List every record holding data that matches NAME (case and Polish letters ignored): an access request.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy purge" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy purge" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy purge" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy purge" older-than' -l 'older-than' -d 'The retention period: 24m (months), 2y (years), 90d (days).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy purge" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy purge" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy find" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy find" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy find" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy find" json' -l 'json' -d 'JSON output (keys: kind, id, place, fields, at, by).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat privacy find" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat backup" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat backup" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat backup" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat backup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat restore" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat restore" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat restore" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat restore" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat copy" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat copy" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat copy" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat copy" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat store" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'beat' -n '__beat_should_offer_completions_for_positional "beat store" -eq 1' -fa 'list' -d 'List the stores in the database URL names (postgresql://HOST/DB), one per schema.'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat store list" data' -l 'data' -d 'The store: a folder, or postgresql://[USER@]HOST[:PORT]/DB?schema=NAME (default: $BEAT_DATA, else $XDG_DATA_HOME/beat, else ~/.local/share/beat).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat store list" as' -l 'as' -d 'The officer acting, for the journal (default: $BEAT_OFFICER, else the saved choice).' -rfka ''
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat store list" lang' -l 'lang' -d 'Language of messages (default: from the locale; $BEAT_LANG).' -rfka 'pl en'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat store list" json' -l 'json' -d 'JSON output (keys: schema, id, seq, created, url).'
complete -c 'beat' -n '__beat_should_offer_completions_for_flags_or_options "beat store list" h help' -s 'h' -l 'help' -d 'Show help information.'
