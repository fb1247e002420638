#include "TranslationUnitRecords.h"

#include "clang/AST/RecursiveASTVisitor.h"

namespace alignlint {

using namespace clang;

void TranslationUnitRecords::add(const TagDecl *Tag) {
  const auto *RD = dyn_cast<RecordDecl>(Tag);
  if (!RD || !RD->isCompleteDefinition() || RD->isImplicit())
    return;
  if (RD->isUnion())
    Unions.push_back(RD);
  else if (!RD->isAnonymousStructOrUnion())
    Records.push_back(RD);
}

namespace {

// Post-order: a record is visited after the records defined inside it, as
// Sema completes them.
class RecordCollector : public RecursiveASTVisitor<RecordCollector> {
public:
  explicit RecordCollector(TranslationUnitRecords &Out) : Out(Out) {}

  bool shouldTraversePostOrder() const { return true; }
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitRecordDecl(RecordDecl *RD) {
    Out.add(RD); // templated patterns too, as Sema announces them
    return true;
  }

private:
  TranslationUnitRecords &Out;
};

} // namespace

TranslationUnitRecords collectRecords(ASTContext &Ctx) {
  TranslationUnitRecords Found;
  RecordCollector(Found).TraverseDecl(Ctx.getTranslationUnitDecl());
  return Found;
}

} // namespace alignlint
