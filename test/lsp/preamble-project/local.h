/* Found through the quoted include of the file's own folder. */
#define LOCAL_FLAG_T unsigned char
#define LOCAL_COUNT 3
