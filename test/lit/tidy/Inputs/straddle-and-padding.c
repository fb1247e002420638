/* A split lock (straddle, an error) and padding (field-order, a warning). */
#pragma pack(push, 4)
struct hdr {
  char pad[60];
  _Atomic long seq;
};
#pragma pack(pop)

struct padded {
  char a;
  long b;
  char c;
};
