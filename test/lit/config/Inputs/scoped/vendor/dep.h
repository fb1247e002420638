struct vendored { char a; long b; char c; };
