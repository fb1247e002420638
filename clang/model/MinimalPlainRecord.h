// A record no rule can report, recognised from its fields' types before
// clang lays the record out.
#ifndef ALIGNLINT_MINIMAL_PLAIN_RECORD_H
#define ALIGNLINT_MINIMAL_PLAIN_RECORD_H

#include "MemberFlags.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

namespace alignlint {

/// True for a plain record (no bitfield, attribute, anonymous member,
/// atomic, lock, base or vptr) whose written order is already as small as
/// any order (al_written_order_is_minimal): field-order has nothing to say,
/// and the cache-line rules look only at what a plain record lacks. Most
/// records a TU sees are like this, many never used by the TU; laying out
/// and modelling each one was most of the plugin's cost in a build with
/// nothing to report. A wrong "true" could only hide a finding, never
/// produce a wrong fix.
bool isMinimalPlainRecord(clang::ASTContext &Ctx, const clang::RecordDecl *RD,
                          MemberFlags &Flags);

} // namespace alignlint

#endif
