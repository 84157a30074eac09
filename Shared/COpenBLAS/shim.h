#ifndef CROSSCHECK_COPENBLAS_SHIM_H
#define CROSSCHECK_COPENBLAS_SHIM_H
#include <cblas.h>
#endif
