/* A record in a header both files include. */
struct shared { char a; double d; char b; };
