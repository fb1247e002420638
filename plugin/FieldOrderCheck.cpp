#include "FieldOrderCheck.h"

#include "FieldSlots.h"
#include "FixExport.h"
#include "ProposedLayoutCheck.h"
#include "ConstructorInitRewriter.h"
#include "RecordPermutation.h"

#include "clang/AST/DeclCXX.h"

#include <algorithm>

#include <cstdlib>

namespace alignlint {

using namespace clang;

FieldOrderCheck::FieldOrderCheck(ASTContext &Ctx, const PluginOptions &Opts,
                                 DiagnosticSink &Sink, FixExport *Export,
                                 std::function<const OrderDependentUses &()> Uses)
    : Ctx(Ctx), Opts(Opts), Sink(Sink), Export(Export), Uses(std::move(Uses)) {}

static std::string plural(uint64_t N, const char *Word) {
  return std::to_string(N) + " " + Word + (N == 1 ? "" : "s");
}

static std::string savingMessage(const RecordModel &Model,
                                 const al_field_order_finding &Found,
                                 uint64_t ProposedBytes) {
  std::string Message = "'" + Model.DisplayName + "' is " +
                        std::to_string(Found.current_bytes) +
                        " bytes but could be " + std::to_string(ProposedBytes) +
                        ": reordering its fields removes " +
                        plural(Found.current_bytes - ProposedBytes, "byte") +
                        " of padding";
  if (Found.proposed_cache_lines < Found.current_cache_lines)
    Message += " and saves " +
               plural(Found.current_cache_lines - Found.proposed_cache_lines,
                      "cache line");
  return Message;
}

static std::string orderNote(const RecordModel &Model, const size_t *Order) {
  std::string Note = "suggested order: ";
  for (size_t I = 0; I < Model.Units.size(); ++I)
    Note += (I ? ", " : "") + Model.unitLabel(Order[I]);
  return Note;
}

bool FieldOrderCheck::check(const RecordModel &Model) {
  al_record View = Model.view();
  al_field_order_options Options = {Opts.MinSavedBytes, Opts.CacheLineBytes};
  al_field_order_finding Found;
  if (!al_rule_field_order(&View, &Options, &Found))
    return false;
  const size_t *Order = Found.plan.order;

  ProposedLayoutVerdict Verdict = checkProposedLayout(Ctx, Model, Order);
  uint64_t ProposedBytes =
      Verdict.Checked ? Verdict.ClangSizeBytes : Found.proposed_bytes;
  if (ProposedBytes + Opts.MinSavedBytes > Found.current_bytes) {
    al_plan_free(&Found.plan);    // clang does not confirm the saving
    return false;
  }
  Finding F;
  F.TheRule = Rule::FieldOrder;
  F.RecordLoc = Ctx.getSourceManager().getExpansionLoc(Model.Record->getLocation());
  F.Message = savingMessage(Model, Found, ProposedBytes);
  F.Notes.push_back({F.RecordLoc, orderNote(Model, Order)});
  if (Verdict.Checked && !Verdict.Agrees)
    refuse(Model, F, F.RecordLoc,
           "clang lays out the proposed order differently from alignlint's "
           "model (" + Verdict.Mismatch + ")");
  else
    addFixOrRefusal(Model, Order, F);
  if (Opts.ShowLayout)
    addLayoutNotes(Model, Order, F);
  Sink.report(F);
  al_plan_free(&Found.plan);
  return true;
}

void FieldOrderCheck::refuse(const RecordModel &Model, Finding &F,
                             SourceLocation Loc, const std::string &Reason) {
  F.Fixes.clear();
  F.Notes.push_back({Loc, "no fix-it: " + Reason});
  if (Export)
    Export->addVeto(F.RecordLoc, Model.DisplayName, Reason);
}

/// Sorts the edits and drops exact duplicates (a template's text seen
/// twice); fails when two different edits overlap.
static bool normalizeFixes(std::vector<FixItHint> &Fixes,
                           const SourceManager &SM, SourceLocation &At) {
  auto Key = [&](const FixItHint &F) {
    return std::make_pair(SM.getFileID(F.RemoveRange.getBegin()),
                          SM.getFileOffset(F.RemoveRange.getBegin()));
  };
  std::stable_sort(Fixes.begin(), Fixes.end(),
                   [&](const FixItHint &A, const FixItHint &B) {
                     return Key(A) < Key(B);
                   });
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

bool FieldOrderCheck::addFixOrRefusal(const RecordModel &Model,
                                      const size_t *Order, Finding &F) {
  FieldSlots Slots;
  SlotRefusal Refusal;
  if (!computeFieldSlots(Model, Ctx, Slots, Refusal)) {
    refuse(Model, F, Refusal.Loc, Refusal.Reason);
    return false;
  }
  std::vector<FixItHint> Fixes;
  for (size_t Slot = 0; Slot < Slots.Ranges.size(); ++Slot)
    if (Order[Slot] != Slot)
      Fixes.push_back(FixItHint::CreateReplacement(Slots.Ranges[Slot],
                                                   Slots.Texts[Order[Slot]]));

  // Code in this TU that depends on the order or the layout: rewrite what
  // can be rewritten exactly, refuse the whole fix otherwise.
  const OrderDependentUses &AllUses = Uses();
  RecordPermutation Perm(Model, Order);
  alignlint::Refusal Why;
  if (const RecordUses *Use = AllUses.find(Model.Record)) {
    if (Use->Unrewritable.Loc.isValid()) {
      refuse(Model, F, Use->Unrewritable.Loc,
             "this " + Use->Unrewritable.What +
                 " depends on the field order; alignlint cannot rewrite it");
      return false;
    }
    if (!layoutAllowsReorder(Use->Layout, Perm, Ctx, Why) ||
        !checkInitializationReads(Ctx, Perm, Use->Constructors, Why) ||
        !rewriteConstructorInits(Ctx, Perm, Use->Constructors, Fixes, Why) ||
        !rewriteInitializers(Ctx, Perm, Use->Lists, Fixes, Why)) {
      refuse(Model, F, Why.Loc, Why.Reason);
      return false;
    }
  } else if (const auto *CXX = dyn_cast<CXXRecordDecl>(Model.Record)) {
    if (!checkInitializationReads(Ctx, Perm, {}, Why)) {
      refuse(Model, F, Why.Loc, Why.Reason);
      return false;
    }
    (void)CXX;
  }
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation At;
  if (!normalizeFixes(Fixes, SM, At)) {
    refuse(Model, F, At, "two rewrites of this code overlap");
    return false;
  }
  std::string Owner;
  if (AllUses.overlapsClaimed(Fixes, SM, At, Owner)) {
    refuse(Model, F, At,
           "this code is also rewritten by the fix for '" + Owner +
               "'; apply that fix and run alignlint again");
    return false;
  }
  AllUses.claim(Fixes, SM, Model.DisplayName);
  F.Fixes.insert(F.Fixes.end(), Fixes.begin(), Fixes.end());
  return true;
}

void FieldOrderCheck::addLayoutNotes(const RecordModel &Model,
                                     const size_t *Order, Finding &F) {
  al_record View = Model.view();
  char *Current = al_layout_diagram(&View, nullptr, Opts.CacheLineBytes);
  char *Proposed = al_layout_diagram(&View, Order, Opts.CacheLineBytes);
  if (Current)
    F.Notes.push_back({F.RecordLoc, std::string("current layout:\n") + Current});
  if (Proposed)
    F.Notes.push_back({F.RecordLoc, std::string("proposed layout:\n") + Proposed});
  std::free(Current);
  std::free(Proposed);
}

} // namespace alignlint
