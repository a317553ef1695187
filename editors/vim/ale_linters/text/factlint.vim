" factlint: figures in plain-text drafts checked against sourced facts (LSP linter, `factlint lsp`).
call factlint#ale#Define('text', 'plaintext')
