struct user_record { char a; long b; char c; };
