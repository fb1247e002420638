#include "ReorderFix.h"

#include "ConstructorInitRewriter.h"
#include "FieldSlots.h"
#include "InitializerRewriter.h"
#include "OrderConstraints.h"
#include "RecordPermutation.h"

#include "clang/AST/DeclCXX.h"

#include <algorithm>

namespace alignlint {

using namespace clang;

/// Sorts the edits and drops exact duplicates (a template's text seen
/// twice); fails when two different edits overlap.
static bool normalizeFixes(std::vector<FixItHint> &Fixes,
                           const SourceManager &SM, SourceLocation &At) {
  auto Key = [&](const FixItHint &F) {
    return std::make_pair(SM.getFileID(F.RemoveRange.getBegin()),
                          SM.getFileOffset(F.RemoveRange.getBegin()));
  };
  std::stable_sort(
      Fixes.begin(), Fixes.end(),
      [&](const FixItHint &A, const FixItHint &B) { return Key(A) < Key(B); });
  std::vector<FixItHint> Out;
  for (const FixItHint &F : Fixes) {
    if (!Out.empty() &&
        SM.getFileID(Out.back().RemoveRange.getBegin()) == Key(F).first) {
      const FixItHint &Prev = Out.back();
      unsigned PrevEnd = SM.getFileOffset(Prev.RemoveRange.getEnd());
      if (Prev.RemoveRange.getBegin() == F.RemoveRange.getBegin() &&
          Prev.RemoveRange.getEnd() == F.RemoveRange.getEnd() &&
          Prev.CodeToInsert == F.CodeToInsert)
        continue;
      if (Key(F).second < PrevEnd) {
        At = F.RemoveRange.getBegin();
        return false;
      }
    }
    Out.push_back(F);
  }
  Fixes.swap(Out);
  return true;
}

/// The orders the TU's code needs: the optimizer keeps them (field-order,
/// hot-fields); this checks that the proposed order does. The record's own
/// orders (Model.Constraints) are checked by layoutChangeAllowed.
static FixOutcome keepsUseOrders(ASTContext &Ctx, const RecordModel &Model,
                                 const RecordPermutation &Perm,
                                 const RecordUses *Use) {
  return keepsOrders(useOrderConstraints(Ctx, Model, Use), Perm);
}

/// Code in this TU that depends on the order: rewrite what can be rewritten
/// exactly, refuse the whole fix otherwise (code that depends on the layout
/// is the caller's, through layoutChangeAllowed).
static FixOutcome followOrderDependentUses(ASTContext &Ctx,
                                           const RecordModel &Model,
                                           const RecordPermutation &Perm,
                                           const OrderDependentUses &Uses,
                                           std::vector<FixItHint> &Fixes) {
  const RecordUses *Use = Uses.find(Model.Record);
  FixOutcome Kept = keepsUseOrders(Ctx, Model, Perm, Use);
  if (!Kept)
    return Kept;
  if (!Use)
    return isa<CXXRecordDecl>(Model.Record)
               ? checkInitializersFollowable(Ctx, Perm, {})
               : FixOutcome::ok();
  if (Use->Unrewritable.Loc.isValid()) {
    std::string Via;
    SourceLocation Loc = Uses.userSite(Use->Unrewritable, Via);
    return Refusal::at(Loc, "this " + Use->Unrewritable.What +
                                (Via.empty() ? std::string()
                                             : " (in library function '" + Via +
                                                   "', called here)") +
                                " depends on the field order; alignlint "
                                "cannot rewrite it");
  }
  FixOutcome Followable =
      checkInitializersFollowable(Ctx, Perm, Use->Constructors);
  if (!Followable)
    return Followable;
  FixOutcome Constructors =
      rewriteConstructorInits(Ctx, Perm, Use->Constructors, Fixes);
  if (!Constructors)
    return Constructors;
  return rewriteInitializers(Ctx, Perm, Use->Lists, Fixes);
}

FixOutcome makeReorderFix(ASTContext &Ctx, const RecordModel &Model,
                          const size_t *Order, const UsesOnDemand &Uses,
                          FixClaims &Claims, std::vector<FixItHint> &Fixes) {
  FieldSlots Slots;
  FixOutcome Slotted = computeFieldSlots(Model, Ctx, Slots);
  if (!Slotted)
    return Slotted;
  std::vector<FixItHint> Edits;
  for (size_t Slot = 0; Slot < Slots.Ranges.size(); ++Slot)
    if (Order[Slot] != Slot)
      Edits.push_back(FixItHint::CreateReplacement(Slots.Ranges[Slot],
                                                   Slots.Texts[Order[Slot]]));
  RecordPermutation Perm(Model, Order);
  FixOutcome Followed =
      followOrderDependentUses(Ctx, Model, Perm, Uses(), Edits);
  if (!Followed)
    return Followed;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation At;
  if (!normalizeFixes(Edits, SM, At))
    return Refusal::at(At, "two rewrites of this code overlap");
  std::string Owner;
  if (Claims.overlaps(Edits, SM, At, Owner))
    return Refusal::at(At, "this code is also rewritten by the fix for '" +
                               Owner +
                               "'; apply that fix and run alignlint again");
  Claims.claim(Edits, SM, Model.DisplayName);
  Fixes.insert(Fixes.end(), Edits.begin(), Edits.end());
  return FixOutcome::ok();
}

std::string suggestedOrderNote(const RecordModel &Model, const size_t *Order) {
  // A record of hundreds of fields would make a line of kilobytes nobody
  // reads (and clang escapes it character by character): the fix-it and
  // the show-layout diagram carry the whole order.
  const size_t MaxListed = 32;
  size_t Listed = std::min(Model.Units.size(), MaxListed);
  std::string Note = "suggested order: ";
  for (size_t I = 0; I < Listed; ++I) {
    if (I)
      Note += ", ";
    Model.appendUnitLabel(Note, Order[I]);
  }
  if (Listed < Model.Units.size())
    Note += ", then " + std::to_string(Model.Units.size() - Listed) +
            " more (-fplugin-arg-alignlint-show-layout lists them all)";
  return Note;
}

} // namespace alignlint
