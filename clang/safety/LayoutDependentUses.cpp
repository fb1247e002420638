#include "LayoutDependentUses.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

#include <set>

namespace alignlint {

using namespace clang;

const RecordDecl *structOf(QualType T) {
  const RecordType *RT = T.isNull() ? nullptr : T->getAs<RecordType>();
  if (!RT || RT->getDecl()->isUnion())
    return nullptr;
  return cast<RecordDecl>(RT->getDecl()->getCanonicalDecl());
}

namespace {

const RecordDecl *parentOf(const FieldDecl *FD) {
  return FD->getParent()->isUnion()
             ? nullptr
             : cast<RecordDecl>(FD->getParent()->getCanonicalDecl());
}

/// Records whose field offsets an expression computes with offsetof.
void offsetofRecords(const Stmt *S, std::set<const RecordDecl *> &Out) {
  if (!S)
    return;
  if (const auto *OOE = dyn_cast<OffsetOfExpr>(S)) {
    for (unsigned I = 0; I < OOE->getNumComponents(); ++I) {
      const OffsetOfNode &N = OOE->getComponent(I);
      if (N.getKind() == OffsetOfNode::Field)
        if (const RecordDecl *RD = parentOf(N.getField()))
          Out.insert(RD);
    }
    return;
  }
  for (const Stmt *Child : S->children())
    offsetofRecords(Child, Out);
}

/// The record and field whose address E is (`&r.f`, `&p->f`, an array
/// field decaying), or null.
const RecordDecl *fieldAddress(const Expr *E, const FieldDecl *&Field) {
  E = E->IgnoreParenCasts();
  const Expr *Member = nullptr;
  if (const auto *U = dyn_cast<UnaryOperator>(E)) {
    if (U->getOpcode() == UO_AddrOf)
      Member = U->getSubExpr()->IgnoreParens();
  } else if (E->getType()->isArrayType() || isa<MemberExpr>(E)) {
    Member = E;
  }
  const auto *ME = dyn_cast_or_null<MemberExpr>(Member);
  if (!ME || (isa<MemberExpr>(E) && !ME->getType()->isArrayType()))
    return nullptr;
  Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
  return Field ? parentOf(Field) : nullptr;
}

/// Whether S takes the size of a field of RD other than Except, or of RD.
bool sizesOtherField(const Stmt *S, const RecordDecl *RD,
                     const FieldDecl *Except) {
  if (!S)
    return false;
  if (const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(S))
    if (U->getKind() == UETT_SizeOf && !U->isArgumentType())
      if (const auto *ME =
              dyn_cast<MemberExpr>(U->getArgumentExpr()->IgnoreParens()))
        if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
          if (FD != Except && parentOf(FD) == RD)
            return true;
  for (const Stmt *Child : S->children())
    if (sizesOtherField(Child, RD, Except))
      return true;
  return false;
}

/// Records whose size an expression takes (`sizeof(struct R)`, `sizeof r`).
void sizeofRecords(const Stmt *S, std::set<const RecordDecl *> &Out) {
  if (!S)
    return;
  if (const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(S))
    if (U->getKind() == UETT_SizeOf)
      if (const RecordDecl *RD = structOf(U->getTypeOfArgument()))
        Out.insert(RD);
  for (const Stmt *Child : S->children())
    sizeofRecords(Child, Out);
}

/// A reference into the callee's identifier: no copy, as this runs on every
/// call in the TU.
StringRef calleeName(const CallExpr *CE) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return "";
  StringRef Name = FD->getName();
  if (Name.consume_front("__builtin_"))
    Name.consume_front("__");        // __builtin___memcpy_chk
  Name.consume_back("_chk");
  return Name;
}

bool isOneOf(StringRef Name, std::initializer_list<StringRef> Set) {
  for (StringRef S : Set)
    if (Name == S)
      return true;
  return false;
}

bool isByteType(QualType T) {
  T = T.getCanonicalType().getUnqualifiedType();
  if (T->isVoidType() || T->isCharType())
    return true;
  if (const auto *ET = T->getAs<EnumType>())   // std::byte
    return ET->getDecl()->getName() == "byte" &&
           ET->getDecl()->getDeclContext()->isStdNamespace();
  return false;
}

} // namespace

void LayoutUseDetector::binaryOperator(const BinaryOperator *BO) {
  if (BO->getOpcode() != BO_Sub)
    return;
  std::set<const RecordDecl *> Left, Right;
  offsetofRecords(BO->getLHS(), Left);
  offsetofRecords(BO->getRHS(), Right);
  for (const RecordDecl *RD : Left)
    if (Right.count(RD))
      Note(RD, BO->getOperatorLoc(),
           "subtracts two offsetof of the record: the distance between "
           "fields changes when they move");
  const FieldDecl *FA = nullptr, *FB = nullptr;
  const RecordDecl *A = fieldAddress(BO->getLHS(), FA);
  const RecordDecl *B = fieldAddress(BO->getRHS(), FB);
  if (A && A == B && FA != FB)
    Note(A, BO->getOperatorLoc(),
         "subtracts the addresses of two fields: the distance between "
         "fields changes when they move");
}

void LayoutUseDetector::call(const CallExpr *CE) {
  StringRef Name = calleeName(CE);
  if (Name.empty())
    return;
  unsigned Args = CE->getNumArgs();
  if (isOneOf(Name, {"memset", "memcpy", "memmove", "memcmp"}) && Args == 3) {
    const Expr *Size = CE->getArg(2);
    std::set<const RecordDecl *> Offsets;
    offsetofRecords(Size, Offsets);
    for (unsigned I = 0; I < 2; ++I) {
      const FieldDecl *FD = nullptr;
      const RecordDecl *RD = fieldAddress(CE->getArg(I), FD);
      if (RD && (Offsets.count(RD) || sizesOtherField(Size, RD, FD)))
        Note(RD, CE->getBeginLoc(),
             "passes " + Name.str() + " a span that starts at field '" +
                 FD->getName().str() +
                 "' and is sized from other fields: the span covers other "
                 "fields when they move");
    }
    return;
  }
  if (!isOneOf(Name, {"fwrite", "fread", "fwrite_unlocked", "fread_unlocked",
                      "write", "read", "pwrite", "pread", "pwrite64",
                      "pread64", "send", "recv", "sendto", "recvfrom"}))
    return;
  std::set<const RecordDecl *> Records;
  for (const Expr *Arg : CE->arguments()) {
    QualType T = Arg->IgnoreParenCasts()->getType();
    QualType Pointee = T->isPointerType() ? T->getPointeeType()
                       : T->isArrayType()
                           ? QualType(T->getPointeeOrArrayElementType(), 0)
                           : QualType();
    if (const RecordDecl *RD = structOf(Pointee))
      Records.insert(RD);
    sizeofRecords(Arg, Records);
  }
  for (const RecordDecl *RD : Records)
    Note(RD, CE->getBeginLoc(),
         "moves the record's raw bytes with " + Name.str() +
             ": a file or wire format fixes its layout");
}

void LayoutUseDetector::staticAssert(const Expr *Cond, SourceLocation Loc) {
  std::set<const RecordDecl *> Offsets, Sizes;
  offsetofRecords(Cond, Offsets);
  sizeofRecords(Cond, Sizes);
  for (const RecordDecl *RD : Offsets)
    Note(RD, Loc, "asserts on offsetof in the record: the fields' offsets "
                  "change when they move");
  for (const RecordDecl *RD : Sizes)
    if (!Offsets.count(RD))
      Note(RD, Loc, "asserts on sizeof of the record: the fix changes its "
                    "size");
}

void LayoutUseDetector::cast(const CastExpr *CE) {
  // Most casts in a TU are not to a pointer, or neither a bit cast nor
  // applied to a call (the mmap case below): rule them out cheaply first.
  QualType To = CE->getType();
  if (!To->isPointerType() || CE->getCastKind() == CK_FunctionToPointerDecay ||
      (CE->getCastKind() != CK_BitCast &&
       !isa<CallExpr>(CE->getSubExpr()->IgnoreParenCasts())))
    return;
  QualType From = CE->getSubExpr()->getType();
  if (!From->isPointerType())
    return;
  QualType ToPointee = To->getPointeeType().getCanonicalType().getUnqualifiedType();
  QualType FromPointee =
      From->getPointeeType().getCanonicalType().getUnqualifiedType();
  const RecordDecl *Target = structOf(ToPointee);
  if (Target) {
    const auto *Call = dyn_cast<CallExpr>(CE->getSubExpr()->IgnoreParenCasts());
    StringRef Name = Call ? calleeName(Call) : "";
    if (Name == "mmap" || Name == "mmap64") {
      Note(Target, CE->getBeginLoc(),
           "reads mmap'ed memory as the record: a file format fixes its "
           "layout");
      return;
    }
  }
  if (CE->getCastKind() != CK_BitCast || ToPointee == FromPointee ||
      isByteType(ToPointee) || isByteType(FromPointee))
    return;
  SourceLocation Loc = CE->getBeginLoc();
  if (isa<ImplicitCastExpr>(CE))
    Loc = CE->getSubExpr()->getBeginLoc();
  if (Target)
    Cast(Target, Loc, FromPointee);
  if (const RecordDecl *Source = structOf(FromPointee))
    Cast(Source, Loc, ToPointee);
}

bool layoutAllowsReorder(const LayoutFacts &Facts, const RecordPermutation &P,
                         ASTContext &Ctx, Refusal &Why) {
  if (Facts.Loc.isValid())
    return Why.set(Facts.Loc, "this code " + Facts.What);
  const FieldDecl *First = P.Model.UnitFields.empty()
                               ? nullptr
                               : P.Model.UnitFields[0].front();
  const RecordDecl *Self = cast<RecordDecl>(P.Model.Record->getCanonicalDecl());
  for (const RecordPointerCast &C : Facts.Casts) {
    bool IsFirstFieldType =
        First && Ctx.hasSameUnqualifiedType(First->getType(), C.Other);
    if (IsFirstFieldType && P.Order[0] == 0 && !P.Model.HasBasesOrVPtr)
      continue;     // the first field stays at offset 0
    if (const RecordType *RT = C.Other->getAs<RecordType>()) {
      const RecordDecl *Outer = RT->getDecl()->getDefinition();
      if (Outer && !Outer->field_empty() &&
          structOf(Outer->field_begin()->getType()) == Self)
        continue;   // this record is the first member ("base") of Outer
    }
    std::string Other = C.Other.getAsString(Ctx.getPrintingPolicy());
    return Why.set(C.Loc,
                   "this cast between '" + P.Model.DisplayName + " *' and '" +
                       Other + " *' " +
                       (IsFirstFieldType
                            ? "relies on the first field staying first"
                            : "reads the record through another type, which "
                              "depends on where its fields sit"));
  }
  return true;
}

} // namespace alignlint
