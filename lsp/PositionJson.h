// Positions and ranges of a text as the Language Server Protocol writes
// them ({"line", "character"}, {"start", "end"}).
#ifndef ALIGNLINT_LSP_POSITIONJSON_H
#define ALIGNLINT_LSP_POSITIONJSON_H

#include "DocumentText.h"

#include "llvm/Support/JSON.h"

namespace alignlint {
namespace lsp {

llvm::json::Value positionJson(TextPosition Position);
llvm::json::Value rangeJson(TextPosition Begin, TextPosition End);

} // namespace lsp
} // namespace alignlint

#endif
