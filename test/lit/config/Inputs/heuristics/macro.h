#define MYLIB_API extern
MYLIB_API int mylib_open(void);
struct mylib_file { char a; long b; char c; };
