#include "PositionJson.h"

namespace alignlint {
namespace lsp {

llvm::json::Value positionJson(TextPosition Position) {
  return llvm::json::Object{{"line", int64_t(Position.Line)},
                            {"character", int64_t(Position.Character)}};
}

llvm::json::Value rangeJson(TextPosition Begin, TextPosition End) {
  return llvm::json::Object{{"start", positionJson(Begin)},
                            {"end", positionJson(End)}};
}

} // namespace lsp
} // namespace alignlint
