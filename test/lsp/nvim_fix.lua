-- Neovim's own LSP client with alignlint-clangd: open the file named by
-- $ALIGNLINT_FILE, wait for alignlint's diagnostic, apply its quick-fix,
-- write the file. Exits non-zero (cquit) when a step fails.
local function fail(why)
  io.stderr:write('nvim_fix.lua: ' .. why .. '\n')
  vim.cmd('cquit 1')
end

local file = os.getenv('ALIGNLINT_FILE')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local client_id = vim.lsp.start_client({
  cmd = {os.getenv('ALIGNLINT_SERVER'), '--clangd=' .. os.getenv('ALIGNLINT_CLANGD')},
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client_id then
  fail('the server did not start')
end
vim.lsp.buf_attach_client(0, client_id)

local finding
local arrived = vim.wait(60000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.source == 'alignlint' then
      finding = d
      return true
    end
  end
  return false
end, 50)
if not arrived then
  fail('no alignlint diagnostic')
end

local range = {
  start = {line = finding.lnum, character = finding.col},
  ['end'] = {line = finding.end_lnum, character = finding.end_col},
}
local answers = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
  textDocument = vim.lsp.util.make_text_document_params(),
  range = range,
  context = {diagnostics = {}},
}, 30000)
local applied = false
for _, answer in pairs(answers or {}) do
  for _, action in ipairs(answer.result or {}) do
    if action.kind == 'quickfix' and action.edit and
        action.title:match('^Reorder fields') then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      applied = true
    end
  end
end
if not applied then
  fail('no quick-fix offered')
end
vim.cmd('write')
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
