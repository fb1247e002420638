/* Stands in for a system header: never reported, never rewritten. */
struct sys_record { char a; long b; char c; };
