# Reduce `clang -Xclang -ast-dump` output to one line per record/field/var/
# typedef with the alignlint annotate strings attached to *that* decl:
#   FIELD m2 [alignlint:contended:g]
#   RECORD struct s1 def [alignlint:ignore:field-order]
# Unnamed fields print as <unnamed> (e.g. `unsigned : 0`), the implicit field
# of a C11 anonymous struct/union member as <anon-member>; unnamed records as
# <anon>. Only decls from the main file matter; the tests name everything.
function depth(s,   i) { i = match(s, /[A-Za-z]/); return (i - 1) / 2 }
function clean(s) {
  gsub(/0x[0-9a-f]+/, "", s)
  gsub(/<<invalid sloc>>/, "", s)
  while (match(s, /<[^<>]*>/)) s = substr(s, 1, RSTART - 1) substr(s, RSTART + RLENGTH)
  sub(/^[^A-Za-z]*[A-Za-z]+ +/, "", s)            # node kind
  gsub(/(^| )(col|line):[0-9:]+/, " ", s)          # locations
  gsub(/(^| )[^ ']+:[0-9]+:[0-9]+/, " ", s)
  s = " " s " "
  while (match(s, / (prev|parent|implicit|referenced|used|invalid|mutable|static|callinit|cinit|constexpr|inline) /))
    s = substr(s, 1, RSTART) substr(s, RSTART + RLENGTH)
  gsub(/^ +| +$/, "", s); gsub(/  +/, " ", s)
  return s
}
{
  d = depth($0); line = $0
  k = substr(line, match(line, /[A-Za-z]/)); split(k, w, " "); kind = w[1]
  node[d] = ""
  if (kind == "AnnotateAttr") {
    p = node[d - 1]
    if (p != "" && match(line, /"alignlint:[^"]*"/))
      ann[p] = ann[p] (ann[p] == "" ? "" : " ") substr(line, RSTART + 1, RLENGTH - 2)
    next
  }
  if (kind !~ /^(RecordDecl|CXXRecordDecl|ClassTemplateSpecializationDecl|FieldDecl|VarDecl|TypedefDecl)$/) next
  implicit = (line ~ / implicit /)
  c = clean(line)
  if (kind == "FieldDecl") {
    if (c ~ /^'/) c = implicit ? "<anon-member>" : "<unnamed>"
    else sub(/ .*/, "", c)
    t = "FIELD " c
  } else if (kind == "VarDecl" || kind == "TypedefDecl") {
    if (implicit || c ~ /^(__|'|$)/) next     # builtin typedefs
    sub(/ .*/, "", c); t = (kind == "VarDecl" ? "VAR " : "TYPEDEF ") c
  } else {
    if (implicit) next            # C++ injected-class-name
    n = split(c, w, " ")
    if (w[1] !~ /^(struct|union|class)$/) next
    if (w[2] ~ /^__/) next        # builtin records (__va_list_tag, ...)
    tag = (n >= 2 && w[2] != "definition") ? w[2] : "<anon>"
    t = (kind == "ClassTemplateSpecializationDecl" ? "SPEC " : "RECORD ") w[1] " " tag (c ~ /definition$/ ? " def" : " decl")
  }
  id = ++nd; node[d] = id; text[id] = t
}
END { for (i = 1; i <= nd; i++) print text[i] " [" ann[i] "]" }
