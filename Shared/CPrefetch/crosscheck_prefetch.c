// The prefetch hint is a static inline function of the header, inlined where Swift calls it;
// SwiftPM builds a C target only around at least one source file.
#include "crosscheck_prefetch.h"
