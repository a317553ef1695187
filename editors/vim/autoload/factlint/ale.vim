" factlint for Vim through ALE: shared definition of the LSP linter for Markdown and text.
"
" Settings (global g:ale_factlint_* or per buffer b:ale_factlint_*):
"   g:ale_factlint_executable  the factlint binary (default 'factlint')
"   g:ale_factlint_options     initializationOptions sent to the server, e.g.
"                              {'facts': ['facts/energie.json'], 'language': 'fr'}

call ale#Set('factlint_executable', 'factlint')
call ale#Set('factlint_options', {})

" The project root: the folder of the nearest .factlint.json, else of the nearest .git, else the draft's folder.
function! factlint#ale#ProjectRoot(buffer) abort
    let l:config = ale#path#FindNearestFile(a:buffer, '.factlint.json')
    if !empty(l:config)
        return fnamemodify(l:config, ':h')
    endif
    let l:git = ale#path#FindNearestDirectory(a:buffer, '.git')
    if !empty(l:git)
        return fnamemodify(l:git, ':h:h')
    endif
    return expand('#' . a:buffer . ':p:h')
endfunction

function! factlint#ale#Define(filetype, language_id) abort
    call ale#linter#Define(a:filetype, {
    \   'name': 'factlint',
    \   'lsp': 'stdio',
    \   'executable': {buffer -> ale#Var(buffer, 'factlint_executable')},
    \   'command': '%e lsp',
    \   'project_root': function('factlint#ale#ProjectRoot'),
    \   'language': a:language_id,
    \   'initialization_options': {buffer -> ale#Var(buffer, 'factlint_options')},
    \})
endfunction
