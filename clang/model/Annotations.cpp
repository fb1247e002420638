#include "Annotations.h"

#include "clang/AST/Attr.h"

namespace alignlint {

using namespace clang;

static bool annotationIgnores(llvm::StringRef Text, Rule R) {
  if (!Text.consume_front("alignlint:ignore:"))
    return false;
  return Text == "all" || Text == ruleName(R);
}

bool ignoresRule(const Decl *D, Rule R) {
  for (const auto *A : D->specific_attrs<AnnotateAttr>())
    if (annotationIgnores(A->getAnnotation(), R))
      return true;
  return false;
}

unsigned cacheLineIgnoreFlags(const Decl *D) {
  unsigned Flags = 0;
  if (!D->hasAttrs())
    return Flags;
  if (ignoresRule(D, Rule::HotFields))
    Flags |= AL_MEMBER_IGNORE_HOT_FIELDS;
  if (ignoresRule(D, Rule::Contended))
    Flags |= AL_MEMBER_IGNORE_CONTENDED;
  if (ignoresRule(D, Rule::FalseSharing))
    Flags |= AL_MEMBER_IGNORE_FALSE_SHARING;
  if (ignoresRule(D, Rule::Straddle))
    Flags |= AL_MEMBER_IGNORE_STRADDLE;
  return Flags;
}

std::string annotationGroupName(const FieldDecl *FD, llvm::StringRef Kind) {
  for (const auto *A : FD->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = A->getAnnotation();
    if (Text.consume_front("alignlint:") && Text.consume_front(Kind) &&
        Text.consume_front(":"))
      return Text.str();
  }
  return "";
}

int AnnotationGroups::groupOf(std::vector<std::string> &Names,
                              const std::string &N) {
  for (size_t I = 0; I < Names.size(); ++I)
    if (Names[I] == N)
      return int(I);
  Names.push_back(N);
  return int(Names.size() - 1);
}

void AnnotationGroups::apply(const FieldDecl *FD, al_member &M) {
  for (const auto *A : FD->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = A->getAnnotation();
    if (!Text.consume_front("alignlint:"))
      continue;
    if (Text == "hot")
      M.hot_group = groupOf(HotNames, "");
    else if (Text.consume_front("hot:"))
      M.hot_group = groupOf(HotNames, Text.str());
    else if (Text == "contended") // each unnamed member is its own group
      M.contended_group = groupOf(
          ContendedNames, "\x01" + std::to_string(NextAnonymousContended++));
    else if (Text.consume_front("contended:"))
      M.contended_group = groupOf(ContendedNames, Text.str());
  }
}

} // namespace alignlint
