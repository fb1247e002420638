/* 24 bytes, 16 reordered: saves 8. */
#define SAVES_8(name) struct name { char a; long b; char c; }
/* 40 bytes, 24 reordered: saves 16. */
#define SAVES_16(name) struct name { char a; long b; char c; long d; char e; }
