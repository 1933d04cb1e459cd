// The one C header Daftar reads: Debian's libcmark (package libcmark-dev, CommonMark 0.30).
#include <cmark.h>
