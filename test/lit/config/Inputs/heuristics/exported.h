__attribute__((visibility("default"))) int lib_init(void);
struct lib_state { char a; long b; char c; };
