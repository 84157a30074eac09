#ifndef CROSSCHECK_CZEROMQ_SHIM_H
#define CROSSCHECK_CZEROMQ_SHIM_H
#include <zmq.h>
#endif
