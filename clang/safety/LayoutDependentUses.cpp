#include "LayoutDependentUses.h"
#include "Compat.h"

#include "RecordModelBuilder.h"
#include "UnionOverlays.h"

#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

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

/// Records whose size an expression takes (`sizeof(struct R)`, `sizeof r`,
/// `sizeof array_of_r`).
void sizeofRecords(const Stmt *S, std::set<const RecordDecl *> &Out) {
  if (!S)
    return;
  if (const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(S))
    if (U->getKind() == UETT_SizeOf)
      if (const RecordDecl *RD = structOf(
              QualType(U->getTypeOfArgument()->getBaseElementTypeUnsafe(), 0)))
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
    Name.consume_front("__"); // __builtin___memcpy_chk
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
  if (const auto *ET = T->getAs<EnumType>()) // std::byte
    return ET->getDecl()->getName() == "byte" &&
           ET->getDecl()->getDeclContext()->isStdNamespace();
  return false;
}

/// The type an argument points to (canonical, unqualified): its pointee, or
/// its element type for an array, looking through conversions (`(void *)p`).
QualType pointeeOf(const Expr *E) {
  QualType T = E->IgnoreParenCasts()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  else if (T->isArrayType())
    T = QualType(T->getPointeeOrArrayElementType(), 0);
  else
    return QualType();
  return T.getCanonicalType().getUnqualifiedType();
}

/// A function that reads or writes bytes through its pointer parameters:
/// which parameters point at objects, which one is the byte count.
struct ByteFunction {
  const char *Name;
  int Object0, Object1; // -1: none
  int Size;
  bool Compares;
};

const ByteFunction ByteFunctions[] = {
    {"memcpy", 0, 1, 2, false},
    {"memmove", 0, 1, 2, false},
    {"mempcpy", 0, 1, 2, false},
    {"bcopy", 0, 1, 2, false},
    {"memset", 0, -1, 2, false},
    {"bzero", 0, -1, 1, false},
    {"explicit_bzero", 0, -1, 1, false},
    {"memcmp", 0, 1, 2, true},
    {"bcmp", 0, 1, 2, true},
};

const ByteFunction *findByteFunction(StringRef Name, unsigned Args) {
  for (const ByteFunction &F : ByteFunctions)
    if (Name == F.Name && Args == unsigned(F.Size + 1))
      return &F;
  return nullptr;
}

/// sizeof(RD) in bytes, or 0 when RD has no complete, valid layout.
uint64_t recordSize(ASTContext &Ctx, const RecordDecl *RD) {
  const RecordDecl *Def = RD->getDefinition();
  if (!Def || Def->isInvalidDecl() || Def->isDependentType())
    return 0;
  return Ctx.getTypeSizeInChars(compat::recordTypeOf(Ctx, Def)).getQuantity();
}

/// An integer the expression evaluates to, when it is a constant.
bool constantValue(const Expr *E, ASTContext &Ctx, int64_t &Value) {
  if (E->isValueDependent() || E->isTypeDependent())
    return false;
  Expr::EvalResult Result;
  if (!E->EvaluateAsInt(Result, Ctx) ||
      Result.Val.getInt().getActiveBits() > 63)
    return false;
  Value = Result.Val.getInt().getExtValue();
  return true;
}

/// Whether S converts a pointer to an integer (`(uintptr_t)p - offsetof(...)`
/// computes an address from the program's own objects).
bool convertsPointerToInteger(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *CE = dyn_cast<CastExpr>(S))
    if (CE->getCastKind() == CK_PointerToIntegral)
      return true;
  for (const Stmt *Child : S->children())
    if (convertsPointerToInteger(Child))
      return true;
  return false;
}

/// The last field of RD's definition, or null.
const FieldDecl *lastField(const RecordDecl *RD) {
  const RecordDecl *Def = RD->getDefinition();
  const FieldDecl *Last = nullptr;
  if (Def)
    for (const FieldDecl *FD : Def->fields())
      Last = FD;
  return Last;
}

/// The record whose end an operand of `+` is: `sizeof(R)`, `sizeof *p`, or
/// `offsetof(R, m)` of R's last member m.
const RecordDecl *recordEndIn(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(E))
    return U->getKind() == UETT_SizeOf ? structOf(U->getTypeOfArgument())
                                       : nullptr;
  const auto *OOE = dyn_cast<OffsetOfExpr>(E);
  if (!OOE || OOE->getNumComponents() != 1 ||
      OOE->getComponent(0).getKind() != OffsetOfNode::Field)
    return nullptr;
  const FieldDecl *FD = OOE->getComponent(0).getField();
  const RecordDecl *RD = parentOf(FD);
  return RD && lastField(RD) == FD ? RD : nullptr;
}

const char *const RawMemorySources[] = {
    "mmap", "mmap64", "mremap", "shmat", "MapViewOfFile", "MapViewOfFileEx"};

bool isRawMemorySource(StringRef Name) {
  for (const char *Source : RawMemorySources)
    if (Name == Source)
      return true;
  return false;
}

} // namespace

void LayoutUseDetector::binaryOperator(const BinaryOperator *BO) {
  if (BO->getOpcode() == BO_Add)
    return overAllocation(BO);
  if (BO->isRelationalOp()) {
    orderedByBytes(BO->getLHS(), BO->getOperatorLoc());
    orderedByBytes(BO->getRHS(), BO->getOperatorLoc());
    return;
  }
  if (BO->getOpcode() != BO_Sub)
    return;
  std::set<const RecordDecl *> Left, Right;
  offsetofRecords(BO->getLHS(), Left);
  offsetofRecords(BO->getRHS(), Right);
  for (const RecordDecl *RD : Left)
    if (Right.count(RD))
      Note(RD, BO->getOperatorLoc(), LayoutTie::Positions,
           "subtracts two offsetof of the record: the distance between "
           "fields changes when they move");
  const FieldDecl *FA = nullptr, *FB = nullptr;
  const RecordDecl *A = fieldAddress(BO->getLHS(), FA);
  const RecordDecl *B = fieldAddress(BO->getRHS(), FB);
  if (A && A == B && FA != FB)
    Note(A, BO->getOperatorLoc(), LayoutTie::Positions,
         "subtracts the addresses of two fields: the distance between "
         "fields changes when they move");
}

/// `sizeof(struct T) + n`, `offsetof(struct T, last) + n`: the object gets
/// more memory than its size, which its last member grows into (the
/// "struct hack"), and so does the last member's own last member.
void LayoutUseDetector::overAllocation(const BinaryOperator *BO) {
  const RecordDecl *RD = recordEndIn(BO->getLHS());
  if (!RD)
    RD = recordEndIn(BO->getRHS());
  noteTail(RD, BO->getOperatorLoc());
}

void LayoutUseDetector::noteTail(const RecordDecl *RD, SourceLocation Loc) {
  for (int Depth = 0; RD && Depth < 8; ++Depth) {
    Note(RD, Loc, LayoutTie::Tail,
         "sizes memory past the end of '" + recordDisplayName(RD) +
             "', which its last member grows into");
    const FieldDecl *Last = lastField(RD);
    RD = Last ? storedRecord(Last->getType()) : nullptr;
  }
}

namespace {

/// A call that allocates memory: the C allocators, a function declared
/// with __attribute__((alloc_size)), or a wrapper named for what it does
/// (xmalloc, xcalloc, git's xmallocz, g_malloc, ...).
bool isAllocationCall(const CallExpr *CE, StringRef Name) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (FD && FD->hasAttr<AllocSizeAttr>())
    return true;
  return Name.contains_insensitive("alloc");
}

/// A helper that multiplies sizes (st_mult, size_mul): sizeof(R) among its
/// arguments sizes an array of R, not memory past one R.
bool multipliesSizes(StringRef Name) {
  return Name.contains_insensitive("mul");
}

} // namespace

/// `xmalloc(st_add3(sizeof(*x), len, 1))`: the size of an allocation adds
/// the end of a record to other terms through a helper call (an overflow
/// checking add, a function a macro expands to). Nested helpers count too.
void LayoutUseDetector::overAllocationThroughHelper(const Expr *Size) {
  const auto *Helper = dyn_cast<CallExpr>(Size->IgnoreParenImpCasts());
  if (!Helper || Helper->getNumArgs() < 2 ||
      multipliesSizes(calleeName(Helper)))
    return;
  for (const Expr *Arg : Helper->arguments()) {
    noteTail(recordEndIn(Arg), Arg->getBeginLoc());
    overAllocationThroughHelper(Arg);
  }
}

void LayoutUseDetector::call(const CallExpr *CE) {
  StringRef Name = calleeName(CE);
  if (Name.empty() || CE->isInstantiationDependent())
    return;
  if (findByteFunction(Name, CE->getNumArgs()))
    return byteFunction(CE, Name);
  if (isAllocationCall(CE, Name)) {
    for (const Expr *Size : CE->arguments())
      overAllocationThroughHelper(Size);
    return;
  }
  if (Name == "dump_struct" && CE->getNumArgs() >= 1) {
    if (const RecordDecl *RD = structOf(pointeeOf(CE->getArg(0))))
      Note(RD, CE->getBeginLoc(), LayoutTie::Order,
           "prints the record's fields in declaration order with "
           "__builtin_dump_struct");
    return;
  }
  if (Name == "bit_cast" && CE->getNumArgs() == 1 &&
      CE->getDirectCallee()->isInStdNamespace())
    return bitCast(CE->getBeginLoc(), CE->getArg(0)->getType(), CE->getType(),
                   "std::bit_cast");
  if (!isOneOf(Name, {"fwrite", "fread", "fwrite_unlocked", "fread_unlocked",
                      "write", "read", "pwrite", "pread", "pwrite64", "pread64",
                      "send", "recv", "sendto", "recvfrom"}))
    return;
  std::set<const RecordDecl *> Records;
  for (const Expr *Arg : CE->arguments()) {
    if (const RecordDecl *RD = structOf(pointeeOf(Arg)))
      Records.insert(RD);
    sizeofRecords(Arg, Records);
  }
  for (const RecordDecl *RD : Records)
    Note(RD, CE->getBeginLoc(), LayoutTie::Positions,
         "moves the record's raw bytes with " + Name.str() +
             ": a file or wire format fixes its layout");
}

/// memcpy, memset, memcmp and the like, by what their pointer and size
/// arguments cover: whole objects of one type are safe; a span from a field
/// or from the start that is not whole records, and bytes copied or compared
/// between different types, tie positions.
void LayoutUseDetector::byteFunction(const CallExpr *CE, StringRef Name) {
  const ByteFunction &F = *findByteFunction(Name, CE->getNumArgs());
  const Expr *Size = CE->getArg(F.Size);
  QualType Pointee[2];
  int Objects[2] = {F.Object0, F.Object1};
  for (int I = 0; I < 2; ++I) {
    if (Objects[I] < 0)
      continue;
    const Expr *Arg = CE->getArg(Objects[I]);
    spanFromField(CE, Name, Arg, Size);
    Pointee[I] = pointeeOf(Arg);
    if (const RecordDecl *RD = structOf(Pointee[I]))
      spanFromStart(CE, Name, RD, Size);
  }
  if (!Pointee[0].isNull() && !Pointee[1].isNull() && !isByteType(Pointee[0]) &&
      !isByteType(Pointee[1]))
    bitCast(CE->getBeginLoc(), Pointee[1], Pointee[0], Name);
}

void LayoutUseDetector::spanFromField(const CallExpr *CE, StringRef Name,
                                      const Expr *Pointer, const Expr *Size) {
  const FieldDecl *FD = nullptr;
  const RecordDecl *RD = fieldAddress(Pointer, FD);
  if (!RD)
    return;
  std::set<const RecordDecl *> Offsets;
  offsetofRecords(Size, Offsets);
  if (Offsets.count(RD) || sizesOtherField(Size, RD, FD))
    Note(RD, CE->getBeginLoc(), LayoutTie::Positions,
         "passes " + Name.str() + " a span that starts at field '" +
             FD->getName().str() +
             "' and is sized from other fields: the span covers other "
             "fields when they move");
}

/// A span from the record's start: whole records when the size is a
/// multiple of sizeof(R) written with sizeof(R); a prefix when it is sized
/// from offsetof or from fields, or a count of bytes that does not follow
/// the record's size. A size alignlint cannot evaluate (a variable) is
/// taken as whole records.
void LayoutUseDetector::spanFromStart(const CallExpr *CE, StringRef Name,
                                      const RecordDecl *RD, const Expr *Size) {
  std::set<const RecordDecl *> Offsets, Sizes;
  offsetofRecords(Size, Offsets);
  if (Offsets.count(RD) || sizesOtherField(Size, RD, nullptr))
    return Note(RD, CE->getBeginLoc(), LayoutTie::Positions,
                "passes " + Name.str() +
                    " a byte range from the start of the record to a field: "
                    "it covers other fields when they move");
  int64_t Bytes = 0;
  uint64_t RecordBytes = recordSize(Ctx, RD);
  if (!RecordBytes || !constantValue(Size, Ctx, Bytes))
    return;
  sizeofRecords(Size, Sizes);
  if (Bytes > 0 && (!Sizes.count(RD) || Bytes % RecordBytes != 0))
    Note(RD, CE->getBeginLoc(), LayoutTie::Positions,
         "passes " + Name.str() + " " + std::to_string(Bytes) +
             " bytes of the record, a count that is not written as whole "
             "records: it covers other fields when they move");
}

/// The same bytes read as two different types (std::bit_cast, memcpy
/// between objects of different types): which bytes are which field's
/// depends on where the fields sit.
void LayoutUseDetector::bitCast(SourceLocation Loc, QualType From, QualType To,
                                StringRef How) {
  From = From.getCanonicalType().getUnqualifiedType();
  To = To.getCanonicalType().getUnqualifiedType();
  if (From == To)
    return;
  for (QualType T : {From, To})
    if (const RecordDecl *RD = structOf(T))
      Note(RD, Loc, LayoutTie::Positions,
           "copies the bytes between '" +
               From.getAsString(Ctx.getPrintingPolicy()) + "' and '" +
               To.getAsString(Ctx.getPrintingPolicy()) + "' with " + How.str() +
               ": which bytes hold which field depends on where "
               "the fields sit");
}

/// memcmp's result used as an order (compared with < or >, returned by a
/// comparator) sorts records by their bytes, in field-position order;
/// compared with == or != 0 it is an equality test, which is safe.
void LayoutUseDetector::orderedByBytes(const Expr *E, SourceLocation Loc) {
  const auto *Call = dyn_cast<CallExpr>(E->IgnoreParenImpCasts());
  if (!Call || calleeName(Call) != "memcmp" || Call->getNumArgs() != 3)
    return;
  // A comparator's arguments are `const void *`: the size names the record.
  std::set<const RecordDecl *> Records;
  for (unsigned I = 0; I < 2; ++I)
    if (const RecordDecl *RD = structOf(pointeeOf(Call->getArg(I))))
      Records.insert(RD);
  sizeofRecords(Call->getArg(2), Records);
  for (const RecordDecl *RD : Records)
    Note(RD, Loc, LayoutTie::Positions,
         "orders records by their bytes with memcmp: the order follows "
         "where the fields sit");
}

void LayoutUseDetector::returnStmt(const ReturnStmt *RS) {
  const Expr *Value = RS->getRetValue();
  if (!Value)
    return;
  const auto *ToBool = dyn_cast<ImplicitCastExpr>(Value->IgnoreParens());
  if (ToBool && ToBool->getCastKind() == CK_IntegralToBoolean)
    return; // `return memcmp(...)` from a bool function: equality
  orderedByBytes(Value, RS->getReturnLoc());
}

void LayoutUseDetector::staticAssert(const Expr *Cond, SourceLocation Loc) {
  std::set<const RecordDecl *> Offsets, Sizes;
  offsetofRecords(Cond, Offsets);
  sizeofRecords(Cond, Sizes);
  for (const RecordDecl *RD : Offsets)
    Note(RD, Loc, LayoutTie::Positions,
         "asserts on offsetof in the record: the fields' offsets change when "
         "they move");
  for (const RecordDecl *RD : Sizes)
    if (!Offsets.count(RD))
      Note(RD, Loc, LayoutTie::Size,
           "asserts on sizeof of the record: the fix changes its size");
}

/// A pointer to the record made from an integer (an address outside the
/// program's objects: device registers, memory another program shares), or
/// from memory mapped or shared from outside (mmap, shmat).
void LayoutUseDetector::pointerFromElsewhere(const CastExpr *CE,
                                             const RecordDecl *Target) {
  const Expr *Source = CE->getSubExpr()->IgnoreParenCasts();
  if (const auto *Call = dyn_cast<CallExpr>(Source)) {
    StringRef Name = calleeName(Call);
    if (isRawMemorySource(Name))
      Note(Target, CE->getBeginLoc(), LayoutTie::Positions,
           "reads memory from " + Name.str() +
               " as the record: a file, or another program sharing the "
               "memory, fixes its layout");
    return;
  }
  if (!Source->getType()->isIntegerType() || convertsPointerToInteger(Source))
    return;
  // Addresses in the first page are sentinels (`(struct R *)-1`), not
  // memory anything is read from.
  int64_t Address = 0;
  if (constantValue(Source, Ctx, Address) && Address > -4096 && Address < 4096)
    return;
  Note(Target, CE->getBeginLoc(), LayoutTie::Positions,
       "converts an integer to a pointer to the record: memory at a fixed "
       "address (device registers, memory shared with another program) "
       "fixes its layout");
}

void LayoutUseDetector::cast(const CastExpr *CE) {
  if (const auto *Bits = dyn_cast<BuiltinBitCastExpr>(CE)) {
    // std::bit_cast's own body is in a system header: its call is seen.
    if (!Ctx.getSourceManager().isInSystemHeader(Bits->getBeginLoc()))
      bitCast(Bits->getBeginLoc(), Bits->getSubExpr()->getType(),
              Bits->getType(), "__builtin_bit_cast");
    return;
  }
  // Most casts in a TU are not to a pointer, or neither a bit cast, an
  // integer conversion nor applied to a call (mmap): rule them out cheaply.
  QualType To = CE->getType();
  CastKind Kind = CE->getCastKind();
  if (!To->isPointerType() || Kind == CK_FunctionToPointerDecay ||
      (Kind != CK_BitCast && Kind != CK_IntegralToPointer &&
       !isa<CallExpr>(CE->getSubExpr()->IgnoreParenCasts())))
    return;
  QualType ToPointee =
      To->getPointeeType().getCanonicalType().getUnqualifiedType();
  const RecordDecl *Target = structOf(ToPointee);
  QualType From = CE->getSubExpr()->getType();
  if (Kind == CK_IntegralToPointer) {
    if (Target)
      pointerFromElsewhere(CE, Target);
    return;
  }
  if (!From->isPointerType())
    return;
  QualType FromPointee =
      From->getPointeeType().getCanonicalType().getUnqualifiedType();
  if (Target && isByteType(FromPointee))
    pointerFromElsewhere(CE, Target);
  if (Kind != CK_BitCast)
    return;
  // `(struct any *)(void *)n`: the conversion through bytes ends at the
  // type the pointer had before it.
  if (Target && isByteType(FromPointee))
    FromPointee = pointeeOf(CE->getSubExpr());
  if (FromPointee.isNull() || ToPointee == FromPointee ||
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

} // namespace alignlint
