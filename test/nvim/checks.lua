-- Runs inside Neovim after the README's setup has opened the draft (test/nvim/run.mjs): asks what a user would see
-- through Neovim's own LSP client and writes it to $POLICY_CITE_NVIM_OUT as JSON. Positions come from
-- $POLICY_CITE_NVIM_POSITIONS (UTF-16, as LSP counts).
local out = { steps = {} }
local positions = vim.fn.json_decode(vim.fn.readfile(os.getenv('POLICY_CITE_NVIM_POSITIONS')))
local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(out) }, os.getenv('POLICY_CITE_NVIM_OUT'))
  vim.cmd('qall!')
end

local function step(name, fn)
  local ok, err = pcall(fn)
  table.insert(out.steps, { name = name, ok = ok, err = ok and nil or tostring(err) })
  if not ok then finish() end
end

local function codes()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(list, d.code) end
  table.sort(list)
  return list
end

local client
step('attach', function()
  assert(vim.wait(20000, function() return #vim.lsp.buf_get_clients(bufnr) > 0 end, 50), 'no client attached')
  client = vim.lsp.buf_get_clients(bufnr)[next(vim.lsp.buf_get_clients(bufnr))]
  out.client = client.name
end)

step('diagnostics', function()
  assert(vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics')
  out.codes = codes()
end)

local function request(method, params)
  local res = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
  assert(res, method .. ': no answer')
  local _, r = next(res)
  assert(r and not r.err, method .. ': ' .. vim.inspect(r and r.err))
  return r.result
end

step('hover', function()
  local h = request('textDocument/hover', { textDocument = { uri = uri }, position = positions.hover })
  out.hover = h and h.contents and h.contents.value
end)

step('definition', function()
  local d = request('textDocument/definition', { textDocument = { uri = uri }, position = positions.definition })
  if d and d[1] then d = d[1] end
  out.definition = { uri = d.uri or d.targetUri, line = (d.range or d.targetSelectionRange).start.line }
end)

step('code action', function()
  -- what vim.lsp.buf.code_action() sends: the line's diagnostics, converted back to LSP by Neovim itself
  local line = positions.fix.line
  local diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, line)
  local actions = request('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = 0 } },
    context = { diagnostics = diagnostics, only = { 'quickfix' } },
  })
  assert(actions and actions[1], 'no code action')
  local action = actions[1]
  out.actionHadEdit = action.edit ~= nil
  if not action.edit then
    local r = client.request_sync('codeAction/resolve', action, 10000, bufnr)
    assert(r and not r.err, 'resolve: ' .. vim.inspect(r and r.err))
    action = r.result
  end
  local edits = action.edit.changes[uri]
  out.fix = { title = action.title, newText = edits[1].newText, range = edits[1].range }
end)

step('settings pushed', function()
  local before = #vim.diagnostic.get(bufnr)
  client.notify('workspace/didChangeConfiguration', {
    settings = { policyCite = { rules = { ['alias-undefined'] = 'off', ['doc-number-format'] = 'off' } } },
  })
  assert(vim.wait(20000, function() return #vim.diagnostic.get(bufnr) < before end, 50), 'the push changed nothing')
  out.codesAfterPush = codes()
end)

finish()
