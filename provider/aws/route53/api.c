/*
 * route53/api.c: Route 53's calls and record sets, shared by record.c and
 * record_group.c (api.h). Route 53 is a global rest-xml API (signed for
 * us-east-1, transport/endpoints.c): ChangeResourceRecordSets takes a
 * ChangeBatch document and answers a change id, which GetChange reports
 * PENDING until every Route 53 name server has it (INSYNC);
 * ListResourceRecordSets lists a zone's record sets from a name, type and
 * set identifier on, in its order, which is how one record set is read.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/route53/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"


const struct attr_schema route53_alias_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the DNS name of what the alias points to, e.g. "
			 "${lb.dns_name} or d111111abcdef8.cloudfront.net" },
	{ .name = "zone_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the hosted zone id of what it points to (a load balancer's "
			 "canonical zone, Z2FDTNDATAQYW2 for CloudFront, or this zone's id)" },
	{ .name = "evaluate_target_health", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "answer only while the target is healthy", .default_json = "false" },
	{ .name = NULL },
};

/* When a change is on every name server: "changes generally propagate to all
 * Route 53 name servers within 60 seconds"
 * (https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetChange.html);
 * waited five times that. */
static const struct aws_poll route53_change_poll = { .timeout_s = 300.0, .interval_s = 2.0 };

const char *route53_zone_path_id(const char *zone)
{
	static const char prefix[] = "/hostedzone/";

	if (zone && !strncmp(zone, prefix, sizeof(prefix) - 1))
		return zone + sizeof(prefix) - 1;
	return zone ? zone : "";
}

char *route53_name_normal(const char *name)
{
	struct strbuf out = STRBUF_INIT;

	for (const char *p = name ? name : ""; *p; p++) {
		if (!strncmp(p, "\\052", 4)) {
			strbuf_addch(&out, '*');
			p += 3;
		} else {
			strbuf_addch(&out, (char)tolower((unsigned char)*p));
		}
	}
	if (out.len > 1 && out.buf[out.len - 1] == '.')
		strbuf_setlen(&out, out.len - 1);
	return strbuf_detach(&out);
}

char *route53_record_key(const json_t *record)
{
	char *name = route53_name_normal(value_get_string(record, "name"));
	const char *type = value_get_string(record, "record_type");
	const char *set = value_get_string(record, "set_identifier");
	char *key = xasprintf("%s %s%s%s", name, type ? type : "", set ? " " : "", set ? set : "");

	free(name);
	return key;
}

/* ---- the ChangeBatch document ---- */

static void element(struct strbuf *out, const char *name, const char *text)
{
	strbuf_addf(out, "<%s>", name);
	xml_escape(out, text);
	strbuf_addf(out, "</%s>", name);
}

static void number_element(struct strbuf *out, const char *name, const json_t *v)
{
	if (json_is_number(v))
		strbuf_addf(out, "<%s>%lld</%s>", name, (long long)json_number_value(v), name);
}

/* A ResourceRecordSet, its members in the order of the API's schema. */
static void record_xml(struct strbuf *out, const json_t *r)
{
	const json_t *alias = value_get(r, "alias"), *v;
	const char *s;
	size_t i;

	strbuf_addstr(out, "<ResourceRecordSet>");
	element(out, "Name", value_get_string(r, "name"));
	element(out, "Type", value_get_string(r, "record_type"));
	if ((s = value_get_string(r, "set_identifier")))
		element(out, "SetIdentifier", s);
	number_element(out, "Weight", value_get(r, "weight"));
	if ((s = value_get_string(r, "failover")))
		element(out, "Failover", s);
	number_element(out, "TTL", value_get(r, "ttl"));
	if (json_array_size(value_get(r, "records"))) {
		strbuf_addstr(out, "<ResourceRecords>");
		json_array_foreach(value_get(r, "records"), i, v) {
			strbuf_addstr(out, "<ResourceRecord>");
			element(out, "Value", json_string_value(v));
			strbuf_addstr(out, "</ResourceRecord>");
		}
		strbuf_addstr(out, "</ResourceRecords>");
	}
	if (json_is_object(alias)) {
		strbuf_addstr(out, "<AliasTarget>");
		element(out, "HostedZoneId", route53_zone_path_id(value_get_string(alias, "zone_id")));
		element(out, "DNSName", value_get_string(alias, "name"));
		element(out, "EvaluateTargetHealth",
			json_is_true(value_get(alias, "evaluate_target_health")) ? "true" : "false");
		strbuf_addstr(out, "</AliasTarget>");
	}
	if ((s = value_get_string(r, "health_check_id")))
		element(out, "HealthCheckId", s);
	strbuf_addstr(out, "</ResourceRecordSet>");
}

char *route53_change_batch_xml(const struct route53_change *changes, size_t n)
{
	struct strbuf out = STRBUF_INIT;

	strbuf_addstr(&out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			    "<ChangeResourceRecordSetsRequest "
			    "xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">"
			    "<ChangeBatch><Changes>");
	for (size_t i = 0; i < n; i++) {
		strbuf_addstr(&out, "<Change>");
		element(&out, "Action", changes[i].action);
		record_xml(&out, changes[i].record);
		strbuf_addstr(&out, "</Change>");
	}
	strbuf_addstr(&out, "</Changes></ChangeBatch></ChangeResourceRecordSetsRequest>");
	return strbuf_detach(&out);
}

/* ---- calls ---- */

int route53_send(struct aws_client *c, const char *operation, const char *method,
			const char *path, const char *query, const char *body,
			struct aws_response *resp, xmlDocPtr *doc, struct strbuf *err)
{
	static const struct aws_header xml_type = { "Content-Type", "application/xml" };
	struct aws_request req = {
		.service = aws_service_route53.signing_name, .operation = operation,
		.method = method, .path = path, .query = query,
		.headers = body ? &xml_type : NULL, .n_headers = body ? 1 : 0,
		.body = body, .body_len = body ? strlen(body) : 0,
	};

	if (doc)
		*doc = NULL;
	if (aws_send(c, &req, resp, err))
		return -1;
	if (doc && !(*doc = xml_parse(resp->body, resp->body_len, err))) {
		strbuf_prefixf(err, "route53 %s: ", operation);
		return -1;
	}
	return 0;
}

struct change_wait {
	struct aws_client *c;
	const char *path;
};

/* GetChange: done once the change is INSYNC. */
static int change_insync(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct change_wait *w = ctx;
	struct aws_response resp;
	xmlDocPtr doc;
	char *state;
	int rc = route53_send(w->c, "GetChange", "GET", w->path, NULL, NULL, &resp, &doc, err);

	aws_response_free(&resp);
	if (rc)
		return -1;
	state = xml_child_text(xmlDocGetRootElement(doc), "ChangeInfo/Status");
	strbuf_addstr(status, state ? state : "(no status)");
	rc = state && !strcmp(state, "INSYNC");
	free(state);
	xmlFreeDoc(doc);
	return rc;
}

int route53_change(struct aws_client *c, const char *zone, const struct route53_change *changes,
		   size_t n, char **exists, int *attempts, struct strbuf *err)
{
	char *body = route53_change_batch_xml(changes, n);
	char *path = xasprintf(ROUTE53_API_PATH "/hostedzone/%s/rrset/", route53_zone_path_id(zone));
	struct aws_response resp;
	xmlDocPtr doc;
	char *id = NULL;
	int rc = route53_send(c, "ChangeResourceRecordSets", "POST", path, NULL, body, &resp, &doc,
			      err);

	*exists = NULL;
	if (attempts)
		*attempts = resp.attempts;
	if (rc && aws_error_code_in(resp.error_code, (const char *const[]){ "InvalidChangeBatch",
									     NULL }) &&
	    resp.error_message && strstr(resp.error_message, "but it already exists")) {
		strbuf_reset(err);
		*exists = xasprintf("route53 ChangeResourceRecordSets: InvalidChangeBatch: %s",
				    resp.error_message);
		rc = 1;
	}
	aws_response_free(&resp);
	free(body);
	free(path);
	if (rc)
		return rc;
	id = xml_child_text(xmlDocGetRootElement(doc), "ChangeInfo/Id");
	xmlFreeDoc(doc);
	if (!id) {
		strbuf_addf(err, "route53 ChangeResourceRecordSets: the answer names no change "
			    "(zone %s)", zone);
		return -1;
	}
	{
		struct change_wait w = { c, NULL };
		char *what = xasprintf("Route 53 change %s to be INSYNC", id);

		w.path = xasprintf(ROUTE53_API_PATH "/change/%s",
				   !strncmp(id, "/change/", 8) ? id + 8 : id);
		rc = aws_wait(what, route53_change_poll.timeout_s, route53_change_poll.interval_s,
			      change_insync, &w, err);
		free((char *)w.path);
		free(what);
	}
	free(id);
	return rc ? -1 : 0;
}

/* ---- reading a record set ---- */

/* The stack's spelling of a name when it means Route 53's, else Route 53's
 * made normal (route53_name_normal). */
static json_t *name_as_written(const char *answered, const char *written)
{
	char *a = route53_name_normal(answered), *w = route53_name_normal(written);
	json_t *out = written && !strcmp(a, w) ? json_string(written) : json_string(a);

	free(a);
	free(w);
	return out;
}

/* The values of a ResourceRecords, in `like`'s order when they are the same
 * values (Route 53 keeps no order of its own that a stack must follow). */
static json_t *values_of(xmlNodePtr rrs, const json_t *like)
{
	json_t *got = json_array(), *v;
	size_t i, matched = 0;

	for (xmlNodePtr r = xml_child(rrs, "ResourceRecord"); r; r = xml_next_same(r)) {
		char *text = xml_child_text(r, "Value");

		json_array_append_new(got, json_string(text ? text : ""));
		free(text);
	}
	if (json_array_size(like) != json_array_size(got))
		return got;
	json_array_foreach(like, i, v) {
		size_t j;
		json_t *g;

		json_array_foreach(got, j, g)
			if (json_equal(g, v)) {
				matched++;
				break;
			}
	}
	if (matched == json_array_size(got)) {
		json_decref(got);
		return json_deep_copy(like);
	}
	return got;
}

/* A ResourceRecordSet element as route53_record_attrs name its members. */
static json_t *record_of(xmlNodePtr rs, const json_t *like)
{
	json_t *o = json_object(), *v;
	xmlNodePtr node;
	char *name = xml_child_text(rs, "Name");

	json_object_set_new(o, "name", name_as_written(name, value_get_string(like, "name")));
	free(name);
	xml_set_child_text(o, "record_type", rs, "Type");
	xml_set_child_text(o, "set_identifier", rs, "SetIdentifier");
	if ((v = xml_child_integer(rs, "TTL")))
		json_object_set_new(o, "ttl", v);
	if ((node = xml_child(rs, "ResourceRecords")))
		json_object_set_new(o, "records", values_of(node, value_get(like, "records")));
	if ((node = xml_child(rs, "AliasTarget"))) {
		json_t *alias = json_object();
		const json_t *was = value_get(like, "alias");
		char *dns = xml_child_text(node, "DNSName"), *zone, *eval;

		json_object_set_new(alias, "name",
				    name_as_written(dns, value_get_string(was, "name")));
		zone = xml_child_text(node, "HostedZoneId");
		json_object_set_new(alias, "zone_id",
				    zone && value_get_string(was, "zone_id") &&
					    !strcmp(route53_zone_path_id(value_get_string(was, "zone_id")), zone)
				    ? json_string(value_get_string(was, "zone_id"))
				    : json_string(zone ? zone : ""));
		eval = xml_child_text(node, "EvaluateTargetHealth");
		json_object_set_new(alias, "evaluate_target_health",
				    json_boolean(eval && !strcmp(eval, "true")));
		json_object_set_new(o, "alias", alias);
		free(dns);
		free(zone);
		free(eval);
	}
	if ((v = xml_child_integer(rs, "Weight")))
		json_object_set_new(o, "weight", v);
	xml_set_child_text(o, "failover", rs, "Failover");
	xml_set_child_text(o, "health_check_id", rs, "HealthCheckId");
	return o;
}

/* The query of a ListResourceRecordSets from NAME TYPE [IDENTIFIER] on. Real
 * Route 53 answers that record set first when it is there; a page of 100
 * also holds it where a server does not take the identifier (moto). */
static char *list_query(const char *name, const char *type, const char *set_identifier)
{
	struct strbuf q = STRBUF_INIT;

	strbuf_addstr(&q, "maxitems=100&name=");
	sigv4_uri_encode(&q, name, strlen(name), false);
	strbuf_addstr(&q, "&type=");
	sigv4_uri_encode(&q, type, strlen(type), false);
	if (set_identifier) {
		strbuf_addstr(&q, "&identifier=");
		sigv4_uri_encode(&q, set_identifier, strlen(set_identifier), false);
	}
	return strbuf_detach(&q);
}

int route53_find(struct aws_client *c, const char *zone, const char *name, const char *type,
		 const char *set_identifier, const json_t *like, json_t **out,
		 struct strbuf *err)
{
	static const char *const zone_gone[] = { "NoSuchHostedZone", NULL };
	char *path = xasprintf(ROUTE53_API_PATH "/hostedzone/%s/rrset", route53_zone_path_id(zone));
	char *query = list_query(name, type, set_identifier);
	char *want = route53_name_normal(name);
	struct aws_response resp;
	xmlDocPtr doc;
	int rc = route53_send(c, "ListResourceRecordSets", "GET", path, query, NULL, &resp, &doc,
			      err);

	*out = NULL;
	if (rc && aws_error_code_in(resp.error_code, zone_gone)) {
		strbuf_reset(err);
		rc = 0;
		doc = NULL;
	}
	aws_response_free(&resp);
	free(path);
	free(query);
	for (xmlNodePtr rs = doc ? xml_child(xmlDocGetRootElement(doc),
					     "ResourceRecordSets/ResourceRecordSet")
				 : NULL;
	     rs && !*out; rs = xml_next_same(rs)) {
		char *n = xml_child_text(rs, "Name"), *t = xml_child_text(rs, "Type");
		char *s = xml_child_text(rs, "SetIdentifier"), *nn = route53_name_normal(n);

		if (!strcmp(nn, want) && t && !strcmp(t, type) &&
		    (set_identifier ? s && !strcmp(s, set_identifier) : !s))
			*out = record_of(rs, like);
		free(n);
		free(t);
		free(s);
		free(nn);
	}
	if (doc)
		xmlFreeDoc(doc);
	free(want);
	return rc ? -1 : 0;
}

/* ---- what the stack asks for ---- */

static const char *const record_members[] = {
	"name", "record_type", "set_identifier", "ttl", "records", "alias", "weight", "failover",
	"health_check_id", NULL,
};

json_t *route53_record_want(const json_t *desired)
{
	json_t *want = json_object();

	for (size_t i = 0; record_members[i]; i++) {
		const json_t *v = value_get(desired, record_members[i]);

		if (!value_is_set(v))
			continue;
		if (!strcmp(record_members[i], "alias"))
			json_object_set_new(want, "alias", aws_with_defaults(route53_alias_attrs, v));
		else
			json_object_set(want, record_members[i], (json_t *)v);
	}
	return want;
}

bool route53_record_matches(const json_t *have, const json_t *want)
{
	for (size_t i = 0; record_members[i]; i++) {
		const json_t *h = value_get(have, record_members[i]);
		const json_t *w = value_get(want, record_members[i]);

		if (!value_is_set(w) && !value_is_set(h))
			continue;
		if (!value_is_set(w) || !value_is_set(h) || !value_equal(h, w))
			return false;
	}
	return true;
}
