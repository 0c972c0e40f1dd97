/*
 * xml.h: reading and writing the small XML documents of the S3 and
 * query-protocol APIs, on top of libxml2. Element lookups match local names
 * and ignore namespaces, since AWS responses carry an xmlns.
 */
#ifndef TERRACE_AWS_XML_H
#define TERRACE_AWS_XML_H

#include <jansson.h>
#include <libxml/tree.h>
#include <stddef.h>

#include "provider/base/strbuf.h"

/* Parse a response body; NULL (with err set) when it is not XML. Free with xmlFreeDoc. */
xmlDocPtr xml_parse(const char *body, size_t len, struct strbuf *err);
/* The first child element of node named `name` (local name), or NULL.
 * `name` may be a path "A/B/C". */
xmlNodePtr xml_child(xmlNodePtr node, const char *name);
/* Next sibling element with the same local name as node, or NULL. */
xmlNodePtr xml_next_same(xmlNodePtr node);
/* The text of a child element by path, as a new malloc'd string, or NULL. */
char *xml_child_text(xmlNodePtr node, const char *path);
/* o's member key set to the text of node's child at path, when it has one
 * (else o is left as it was). */
void xml_set_child_text(json_t *o, const char *key, xmlNodePtr node, const char *path);
/* The integer text of node's child at path as JSON (a new reference), or
 * NULL when it has none. */
json_t *xml_child_integer(xmlNodePtr node, const char *path);
/* Append text escaped for XML content/attribute values. */
void xml_escape(struct strbuf *out, const char *s);

#endif
