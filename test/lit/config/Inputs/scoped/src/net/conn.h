struct conn { char a; long b; char c; };
