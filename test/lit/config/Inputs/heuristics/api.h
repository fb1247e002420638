struct InfoV1 { char a; long b; char c; };
struct info_v2 { char a; long b; char c; };
struct sockaddr_ipv4 { char a; long b; char c; };
struct options { unsigned version; char a; long b; char c; };
struct sized { unsigned long cbSize; char a; long b; char c; };
