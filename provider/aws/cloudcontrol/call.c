/*
 * call.c: Cloud Control API on the wire as every awscc layer calls it
 * (its json protocol's facts: services.def's row): a call with the error codes its caller
 * expects (cc_call; the listings' pages name aws_service_cloudcontrol), GetResource's
 * properties (cc_get_properties), and the tags property of a type's
 * schema (cc_tag_property). resource.c and match.c build on it.
 */
#include "provider/aws/cloudcontrol/cloudcontrol.h"

#include <stdlib.h>
#include <string.h>

#include "provider/aws/listing.h"
#include "provider/aws/transport/transport.h"

int cc_call(struct aws_client *c, const char *op, const json_t *in, const char *const *codes,
	    json_t **out, const char **code, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_cloudcontrol, op, in, codes, out, code,
				   attempts, err);
}

/* The tags property (its CloudFormation name) and whether it is a list of
 * {Key, Value} (else a map); NULL when the type has none terrace can
 * write a tag into. */
const char *cc_tag_property(const json_t *schema, bool *is_list)
{
	const char *attr = json_string_value(json_object_get(json_object_get(schema, "tagging"),
							     "property"));
	const json_t *p = attr ? json_object_get(json_object_get(schema, "properties"), attr) : NULL;
	const json_t *n = cc_node(schema, p);
	const char *type = json_string_value(json_object_get(n, "type"));

	*is_list = false;
	if (!n || !type)
		return NULL;
	if (!strcmp(type, "array")) {
		const json_t *item = cc_node(schema, json_object_get(n, "items"));
		const json_t *props = json_object_get(item, "properties");
		if (!json_object_get(props, "key") || !json_object_get(props, "value"))
			return NULL;
		*is_list = true;
	} else if (!strcmp(type, "object") && json_object_get(n, "map")) {
		*is_list = false;
	} else {
		return NULL;
	}
	return json_string_value(json_object_get(p, "name"));
}

/* GetResource of id: 0 with *props (parsed, a new object) or NULL when
 * it is not found; -1 with err set. */
int cc_get_properties(struct aws_client *c, const struct resource_type *rt, const char *id,
		      json_t **props, struct strbuf *err)
{
	static const char *const gone[] = { "ResourceNotFoundException", NULL };
	json_t *in = json_pack("{s:s, s:s}", "TypeName", cc_type_of(rt)->row->cfn_type, "Identifier", id);
	json_t *out = NULL;
	int rc = cc_call(c, "GetResource", in, gone, &out, NULL, NULL, err);
	const char *text;
	json_error_t jerr;

	json_decref(in);
	*props = NULL;
	if (rc == 1)
		return 0;
	if (rc) {
		strbuf_prefixf(err, "%s %s: ", rt->name, id);
		return -1;
	}
	text = value_get_string(value_get(out, "ResourceDescription"), "Properties");
	*props = text ? json_loads(text, 0, &jerr) : json_object();
	if (!json_is_object(*props)) {
		strbuf_addf(err, "%s %s: GetResource answered Properties that are no JSON object "
			    "(%s)", rt->name, id, text ? jerr.text : "");
		json_decref(*props);
		*props = NULL;
		rc = -1;
	}
	json_decref(out);
	return rc;
}
