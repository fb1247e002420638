int helper(void);
struct helper_state { char a; long b; char c; };
