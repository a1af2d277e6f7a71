#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU; its UErrorCode clashes with Foundation's bundled ICU on a clean
   build. bibd never touches ICU fields, so the ICU part of libxml2's headers is switched off here. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer: Swift 6 refuses to touch it directly. */
static inline void cxml_free(void *p) { xmlFree(p); }

/* libxml2's error callbacks are variadic and cannot be written in Swift: these silence them. */
static void cxml_silent_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void cxml_silent_structured(void *ctx, xmlErrorPtr err) { (void)ctx; (void)err; }
static inline void cxml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, cxml_silent_generic);
    xmlSetStructuredErrorFunc(NULL, cxml_silent_structured);
    xmlThrDefSetGenericErrorFunc(NULL, cxml_silent_generic);
    xmlThrDefSetStructuredErrorFunc(NULL, cxml_silent_structured);
}
#endif
