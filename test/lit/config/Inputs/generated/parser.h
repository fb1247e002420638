/* A Bison parser, made by GNU Bison 3.8.2.  */
struct yy_parser { char a; long b; char c; };
