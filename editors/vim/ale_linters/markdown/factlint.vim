" factlint: figures in Markdown drafts checked against sourced facts (LSP linter, `factlint lsp`).
call factlint#ale#Define('markdown', 'markdown')
