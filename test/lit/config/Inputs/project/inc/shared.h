struct shared { char a; long b; char c; };
