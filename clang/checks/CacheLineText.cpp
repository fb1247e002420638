#include "CacheLineText.h"

#include "clang/AST/Attr.h"

namespace alignlint {

using namespace clang;

std::string quoted(const std::string &S) { return "'" + S + "'"; }

std::string linesText(uint64_t First, uint64_t Last) {
  if (First == Last)
    return "line " + std::to_string(First);
  return "lines " + std::to_string(First) + "-" + std::to_string(Last);
}

std::string lineBytes(uint64_t Line, uint64_t LineBytes) {
  return "bytes " + std::to_string(Line * LineBytes) + "-" +
         std::to_string((Line + 1) * LineBytes - 1);
}

const char *kindOf(const al_member &M) {
  if (M.flags & AL_MEMBER_ATOMIC)
    return "atomic";
  if (M.flags & AL_MEMBER_LOCK)
    return "lock";
  return "hot field";
}

std::vector<const FieldDecl *> fieldsOf(const RecordModel &Model) {
  std::vector<const FieldDecl *> Fields;
  for (const auto &Unit : Model.UnitFields)
    Fields.insert(Fields.end(), Unit.begin(), Unit.end());
  return Fields;
}

std::string memberLabel(const RecordModel &Model, size_t Member) {
  size_t First = 0;
  for (size_t U = 0; U < Model.UnitFields.size(); ++U) {
    const auto &Unit = Model.UnitFields[U];
    if (Member < First + Unit.size()) {
      llvm::StringRef Name = Unit[Member - First]->getName();
      return Name.empty() ? Model.unitLabel(U) : Name.str();
    }
    First += Unit.size();
  }
  return "";
}

std::string groupName(const FieldDecl *FD, llvm::StringRef Kind) {
  for (const auto *A : FD->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = A->getAnnotation();
    if (Text.consume_front("alignlint:") && Text.consume_front(Kind) &&
        Text.consume_front(":"))
      return Text.str();
  }
  return "";
}

} // namespace alignlint
