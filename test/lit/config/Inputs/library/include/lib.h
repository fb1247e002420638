struct lib_handle { char a; long b; char c; };
