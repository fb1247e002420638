struct legacy_proto { char a; long b; char c; };
