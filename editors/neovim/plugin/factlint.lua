-- Optional zero-code setup: `vim.g.factlint = { facts = { 'facts/energie.json' }, language = 'fr' }` in init.lua (or
-- `let g:factlint = {}` in init.vim) before plugins load starts factlint for Markdown and text buffers. Without it,
-- call require('factlint').setup({...}) yourself.
if vim.g.loaded_factlint then
  return
end
vim.g.loaded_factlint = true

if type(vim.g.factlint) == 'table' then
  require('factlint').setup(vim.g.factlint)
end
