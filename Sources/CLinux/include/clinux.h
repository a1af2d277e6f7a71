#ifndef CLINUX_H
#define CLINUX_H
/* Linux interfaces the Glibc module does not export to Swift: signalfd (graceful shutdown as a pollable
   event in the inbox watcher). */
#include <sys/signalfd.h>
#include <signal.h>
#endif
