-- factlint for Neovim: starts `factlint lsp` for Markdown and text buffers.
--
--   require('factlint').setup({
--     cmd = { 'factlint', 'lsp' },          -- the server command
--     facts = { 'facts/energy.json' },      -- extra fact bases (relative to the project root)
--     language = 'fr',                      -- 'fr', 'en' or 'auto'
--     filetypes = { 'markdown', 'text' },   -- buffers to check
--   })
--
-- Neovim 0.8 and later use vim.lsp.start (one client per project root, reused across buffers);
-- Neovim 0.7 falls back to vim.lsp.start_client + vim.lsp.buf_attach_client.

local M = {}

local defaults = {
  cmd = { 'factlint', 'lsp' },
  facts = nil,
  language = nil,
  filetypes = { 'markdown', 'text' },
  root_markers = { '.factlint.json', '.git' },
  -- Anything else the server should receive in initializationOptions, merged over facts/language.
  init_options = nil,
  on_attach = nil,
  capabilities = nil,
  autostart = true,
}

M.config = vim.deepcopy(defaults)

-- Clients started on Neovim 0.7, by project root.
local clients_by_root = {}

local function is_dir(path)
  local stat = vim.loop.fs_stat(path)
  return stat ~= nil and stat.type == 'directory'
end

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

local function parent(path)
  local up = vim.fn.fnamemodify(path, ':h')
  if up == path then
    return nil
  end
  return up
end

--- The project root of a buffer: the nearest folder holding one of `root_markers`, else the file's folder,
--- else the current directory.
function M.root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr or 0)
  local start
  if name == '' then
    start = vim.loop.cwd()
  else
    start = vim.fn.fnamemodify(name, ':p:h')
  end
  local dir = start
  while dir do
    for _, marker in ipairs(M.config.root_markers or {}) do
      if exists(dir .. '/' .. marker) then
        return dir
      end
    end
    dir = parent(dir)
  end
  if is_dir(start) then
    return start
  end
  return vim.loop.cwd()
end

--- What the server reads from initializationOptions (and workspace/didChangeConfiguration):
--- `facts` (list of paths) and `language` ("fr", "en", "auto").
function M.init_options()
  local options = {}
  if M.config.facts ~= nil then
    local facts = M.config.facts
    if type(facts) == 'string' then
      facts = { facts }
    end
    options.facts = facts
  end
  if M.config.language ~= nil then
    options.language = M.config.language
  end
  return vim.tbl_extend('force', options, M.config.init_options or {})
end

local function client_config(root)
  return {
    name = 'factlint',
    cmd = M.config.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    init_options = M.init_options(),
    capabilities = M.config.capabilities or vim.lsp.protocol.make_client_capabilities(),
    on_attach = M.config.on_attach,
  }
end

local function alive(id)
  local client = id and vim.lsp.get_client_by_id(id)
  return client ~= nil and not client.is_stopped()
end

--- Starts (or reuses) the factlint client for a buffer and attaches it. Returns the client id.
function M.start(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.fn.executable(M.config.cmd[1]) ~= 1 then
    vim.notify_once(
      'factlint: `' .. M.config.cmd[1] .. '` is not executable; see editors/neovim/README.md',
      vim.log.levels.WARN
    )
    return nil
  end
  local root = M.root_dir(bufnr)
  if vim.lsp.start then
    -- Neovim 0.8+: vim.lsp.start reuses a running client with the same name and root.
    return vim.lsp.start(client_config(root), { bufnr = bufnr })
  end
  -- Neovim 0.7.
  local id = clients_by_root[root]
  if not alive(id) then
    id = vim.lsp.start_client(client_config(root))
    clients_by_root[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- The running factlint clients.
function M.clients()
  local found = {}
  for _, client in pairs(vim.lsp.get_active_clients()) do
    if client.name == 'factlint' then
      table.insert(found, client)
    end
  end
  return found
end

--- Asks every factlint client to reload its fact bases and recheck open drafts.
function M.reload()
  for _, client in ipairs(M.clients()) do
    client.notify('workspace/didChangeConfiguration', { settings = { factlint = M.init_options() } })
  end
end

function M.setup(opts)
  if vim.fn.has('nvim-0.7') ~= 1 then
    vim.notify('factlint needs Neovim 0.7 or later', vim.log.levels.ERROR)
    return
  end
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  if type(M.config.cmd) == 'string' then
    M.config.cmd = { M.config.cmd, 'lsp' }
  end
  local group = vim.api.nvim_create_augroup('factlint', { clear = true })
  if M.config.autostart then
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = M.config.filetypes,
      callback = function(args)
        M.start(args.buf)
      end,
      desc = 'Start factlint lsp',
    })
    -- Buffers already open when setup runs.
    for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.config.filetypes, vim.bo[bufnr].filetype) then
        M.start(bufnr)
      end
    end
  end
  vim.api.nvim_create_user_command('FactlintReload', M.reload, { desc = 'Reload factlint fact bases' })
  vim.api.nvim_create_user_command('FactlintStart', function()
    M.start(0)
  end, { desc = 'Start factlint for this buffer' })
end

return M
