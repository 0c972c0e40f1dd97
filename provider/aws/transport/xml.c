/*
 * xml.c: the small XML layer of the AWS client (S3 and query-protocol
 * responses) on libxml2: parsing without network access or stderr noise,
 * element lookup by local name (AWS documents carry an xmlns), and escaping
 * for the request bodies terrace writes.
 */
#include "provider/aws/transport/xml.h"

#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init_once(void)
{
	xmlInitParser();
}

xmlDocPtr xml_parse(const char *body, size_t len, struct strbuf *err)
{
	xmlDocPtr doc;

	pthread_once(&xml_once, xml_init_once);
	if (!body || len == 0) {
		strbuf_addstr(err, "empty response body where XML was expected");
		return NULL;
	}
	if (len > INT_MAX) {
		strbuf_addf(err, "XML response of %zu bytes is too large", len);
		return NULL;
	}
	doc = xmlReadMemory(body, (int)len, NULL, NULL,
			    XML_PARSE_NONET | XML_PARSE_NOBLANKS |
			    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		const xmlError *e = xmlGetLastError();
		strbuf_addstr(err, "response is not valid XML");
		if (e && e->message) {
			size_t n = strlen(e->message);
			while (n && (e->message[n - 1] == '\n' || e->message[n - 1] == ' '))
				n--;
			strbuf_addf(err, " (line %d: %.*s)", e->line, (int)n, e->message);
		}
		return NULL;
	}
	if (!xmlDocGetRootElement(doc)) {
		xmlFreeDoc(doc);
		strbuf_addstr(err, "XML response has no root element");
		return NULL;
	}
	return doc;
}

static bool is_named(xmlNodePtr n, const char *name, size_t name_len)
{
	return n->type == XML_ELEMENT_NODE && n->name &&
	       strlen((const char *)n->name) == name_len &&
	       memcmp(n->name, name, name_len) == 0;
}

static xmlNodePtr first_child_named(xmlNodePtr node, const char *name, size_t name_len)
{
	for (xmlNodePtr c = node->children; c; c = c->next)
		if (is_named(c, name, name_len))
			return c;
	return NULL;
}

xmlNodePtr xml_child(xmlNodePtr node, const char *name)
{
	const char *seg = name;

	while (node && *seg) {
		const char *slash = strchr(seg, '/');
		size_t seg_len = slash ? (size_t)(slash - seg) : strlen(seg);

		if (seg_len)
			node = first_child_named(node, seg, seg_len);
		seg = slash ? slash + 1 : seg + seg_len;
	}
	return node;
}

xmlNodePtr xml_next_same(xmlNodePtr node)
{
	if (!node || !node->name)
		return NULL;
	for (xmlNodePtr n = node->next; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && n->name &&
		    strcmp((const char *)n->name, (const char *)node->name) == 0)
			return n;
	return NULL;
}

char *xml_child_text(xmlNodePtr node, const char *path)
{
	xmlNodePtr n = xml_child(node, path);
	xmlChar *content;
	char *text;

	if (!n)
		return NULL;
	content = xmlNodeGetContent(n);
	text = xstrdup(content ? (const char *)content : "");
	xmlFree(content);
	return text;
}

void xml_set_child_text(json_t *o, const char *key, xmlNodePtr node, const char *path)
{
	char *text = xml_child_text(node, path);

	if (text)
		json_object_set_new(o, key, json_string(text));
	free(text);
}

json_t *xml_child_integer(xmlNodePtr node, const char *path)
{
	char *text = xml_child_text(node, path);
	json_t *v = text ? json_integer(strtoll(text, NULL, 10)) : NULL;

	free(text);
	return v;
}

void xml_escape(struct strbuf *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': strbuf_addstr(out, "&amp;"); break;
		case '<': strbuf_addstr(out, "&lt;"); break;
		case '>': strbuf_addstr(out, "&gt;"); break;
		case '"': strbuf_addstr(out, "&quot;"); break;
		case '\'': strbuf_addstr(out, "&apos;"); break;
		case '\r': strbuf_addstr(out, "&#13;"); break;
		default: strbuf_addch(out, *s);
		}
	}
}
