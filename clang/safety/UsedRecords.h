// Which records a translation unit uses, for the export's record views
// (docs/export-format.md): a TU that uses a header record must agree to its
// fix. One pass over the TU's own code, run only when fixes are exported.
#ifndef ALIGNLINT_USED_RECORDS_H
#define ALIGNLINT_USED_RECORDS_H

#include "clang/AST/ASTContext.h"

#include <set>

namespace alignlint {

/// The definitions of the records the TU uses outside system headers: whose
/// type it names (a variable, a parameter, a sizeof, a cast, a compound
/// literal), whose fields it accesses, or whose objects it refers to; and,
/// transitively, the records embedded in those by value. Not a use: a
/// record's own definition, a typedef, a prototype without a body, an
/// extern variable declaration without an initializer. Those are what
/// every TU that includes a header sees, used or not.
std::set<const clang::RecordDecl *> findUsedRecords(clang::ASTContext &Ctx);

} // namespace alignlint

#endif
