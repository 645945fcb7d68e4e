#ifndef ZHENGCE_CLIBXML2_SHIM_H
#define ZHENGCE_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* libxml2 built with ICU pulls <unicode/ucnv.h> into encoding.h, which clashes with
   Foundation's own ICU in any Swift module importing both. We never touch the ICU
   converter fields, so leave the ICU headers out. */
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function-pointer variable, which Swift 6 rejects as shared mutable state.
static inline void zc_xmlFree(void *p) { xmlFree(p); }

/// A variadic no-op error handler (Swift cannot define a C variadic function).
static void zc_xml_noop(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

/// A structured no-op error handler.
static void zc_xml_noop_structured(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

/// Silences libxml2's error output on the calling thread and on threads started later.
/// libxml2 2.9 keeps these handlers per thread, so call it on every thread that parses.
static inline void zc_xml_silence(void) {
  xmlSetGenericErrorFunc(NULL, zc_xml_noop);
  xmlThrDefSetGenericErrorFunc(NULL, zc_xml_noop);
  xmlSetStructuredErrorFunc(NULL, zc_xml_noop_structured);
  xmlThrDefSetStructuredErrorFunc(NULL, zc_xml_noop_structured);
}

#endif
