struct internal { char a; long b; char c; };
