/*
 * kinds/reads.c: how plan reads what a literal of each kind names: the
 * tables built from the rows of reads.def (a READ row a call, a NO_READ
 * row why there is none; check_reads.py holds them to botocore's models),
 * and their one reader, the shared table's READ row (aws_read_kinds,
 * checks/tables.c), which checks/reads.c runs at plan
 * (the aws provider's check hook, CHECK_READS; `plan -refresh=false` skips it, as every
 * read):
 *   - what a literal of a kind of identifier names (kinds/api.h): each kind
 *     AWS's data names has a row of kinds/reads.def, a call that takes the
 *     value and the answer that means "none" (an error code, an empty
 *     list), or why there is no read; one generic reader below sends it by
 *     the service's protocol (ec2, query, json, rest-json, S3's rest-xml),
 *     once per client, kind and value in a run. A literal is read only in
 *     the client's region and account: an ARN of another region or account
 *     is not read (it is that account's to say, and the client's
 *     credentials are not its). A value the resource sent already, or one
 *     not known yet, is not read; an answer that cannot tell (no permission
 *     to read, a call the server does not know, another code) passes, and
 *     AWS judges it at apply. TERRACE_AWS_READ_LITERALS=0 turns these
 *     reads off (the suite's stacks name what moto lacks);
 *   - the VPC of a literal subnet or security group id, and a subnet's zone
 *     (aws_kind_read_place), which kinds/facts.c holds to facts.def's rules
 *     (one VPC a block, one subnet a zone), by the same calls.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/transport/transport.h"
#include "provider/base/log.h"
#include "provider/provider.h"

/* ---- what a literal of a kind names: the rows of kinds/reads.def ---- */

#define AS_IS AWS_READ_AS_IS
#define NAME_PART AWS_READ_NAME_PART
const struct aws_kind_read aws_kind_reads[] = {
#define READ(kind, label, service, request, operation, member, form, shape, extra,             \
	     none_codes, none_list, skip, action, source)                                    \
	{ kind, action, label " " operation, &aws_service_##service, request, operation,       \
	  member, form, shape, extra, none_codes, none_list, skip, source },
#define NO_READ(kind, why)
#include "provider/aws/checks/kinds/reads.def"
#undef READ
#undef NO_READ
	{ NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL },
};

const struct aws_kind_no_read aws_kind_no_reads[] = {
#define READ(kind, label, service, request, operation, member, form, shape, extra,             \
	     none_codes, none_list, skip, action, source)
#define NO_READ(kind, why) { kind, why },
#include "provider/aws/checks/kinds/reads.def"
#undef READ
#undef NO_READ
	{ NULL, NULL },
};
#undef AS_IS
#undef NAME_PART


/* The rows themselves (aws_kind_reads[], aws_kind_no_reads[]), built from
 * kinds/reads.def. */

/* What row r sends of value: the value, or an ARN's name (after the last
 * '/' of its resource part, else the last ':'). A new string. */
static char *read_input(const struct aws_kind_read *r, const char *value)
{
	const char *slash = strrchr(value, '/'), *colon = strrchr(value, ':');

	if (r->form == AWS_READ_AS_IS || strncmp(value, "arn:", 4))
		return xstrdup(value);
	return xstrdup(slash ? slash + 1 : colon ? colon + 1 : value);
}

#define READ_MAX_CODES 6

/* r->none_codes split into codes (NULL-terminated), in buf. */
static void split_codes(const char *list, char *buf, size_t size, const char **codes)
{
	size_t n = 0;
	char *save = NULL;

	snprintf(buf, size, "%s", list ? list : "");
	for (char *t = strtok_r(buf, " ", &save); t && n < READ_MAX_CODES; t = strtok_r(NULL, " ", &save))
		codes[n++] = t;
	codes[n] = NULL;
}

/* none_list's PATH and, after '=', FIELD (or "") in path and field. */
static void split_list(const char *none_list, char *path, size_t psize, char *field, size_t fsize)
{
	const char *eq = strchr(none_list, '=');
	size_t len = eq ? (size_t)(eq - none_list) : strlen(none_list);

	snprintf(path, psize, "%.*s", (int)len, none_list);
	snprintf(field, fsize, "%s", eq ? eq + 1 : "");
}

/* Of an XML answer: 1 when the list at none_list has an item (whose field
 * is value), else 0; -1 when the answer has no such list at all. */
static int xml_list_has(xmlDocPtr doc, const char *none_list, const char *value)
{
	char path[128], field[64], *slash;
	xmlNodePtr item;

	split_list(none_list, path, sizeof(path), field, sizeof(field));
	slash = strrchr(path, '/');
	if (slash) {
		*slash = '\0';
		if (!xml_child(xmlDocGetRootElement(doc), path))
			return -1;
		*slash = '/';
	}
	for (item = xml_child(xmlDocGetRootElement(doc), path); item; item = xml_next_same(item)) {
		char *have = *field ? xml_child_text(item, field) : NULL;
		bool match = !*field || (have && !strcmp(have, value));
		free(have);
		if (match)
			return 1;
	}
	return 0;
}

/* Of a JSON answer: as xml_list_has; -1 when no item matched on a page
 * that has more (nextToken, NextToken): it cannot tell. */
static int json_list_has(const json_t *out, const char *none_list, const char *value)
{
	char path[128], field[64];
	size_t i;
	json_t *item;

	split_list(none_list, path, sizeof(path), field, sizeof(field));
	if (!json_is_array(json_object_get(out, path)))
		return -1;
	json_array_foreach(json_object_get(out, path), i, item) {
		const char *have = json_string_value(json_object_get(item, field));
		if (!*field || (have && !strcmp(have, value)))
			return 1;
	}
	if (json_is_string(json_object_get(out, "nextToken")) ||
	    json_is_string(json_object_get(out, "NextToken")))
		return -1;
	return 0;
}

/* EC2 and the query protocol: member=input and the row's extra. */
static json_t *query_params(const struct aws_kind_read *r, const char *input)
{
	json_t *p = json_pack("{s:s}", r->member, input);
	const char *eq = r->extra ? strchr(r->extra, '=') : NULL;

	if (eq) {
		char name[64];
		snprintf(name, sizeof(name), "%.*s", (int)(eq - r->extra), r->extra);
		json_object_set_new(p, name, json_string(eq + 1));
	}
	return p;
}

/* The request line of a REST row, "GET /2015-03-31/functions/{FunctionName}",
 * with its label given input (encoded whole) and its method in method. */
static char *rest_path(const struct aws_kind_read *r, const char *input, char *method,
		       size_t msize)
{
	const char *sp = r->request ? strchr(r->request, ' ') : NULL, *open, *close;
	struct strbuf path = STRBUF_INIT;

	snprintf(method, msize, "%.*s", sp ? (int)(sp - r->request) : 0, r->request ? r->request : "");
	open = sp ? strchr(sp + 1, '{') : NULL;
	close = open ? strchr(open, '}') : NULL;
	if (!sp || !open || !close)
		return NULL;
	strbuf_add(&path, sp + 1, (size_t)(open - sp - 1));
	sigv4_uri_encode(&path, input, strlen(input), false);
	strbuf_addstr(&path, close + 1);
	return strbuf_detach(&path);
}

/* One call of row r for input: 0 it answered (*doc or *out filled), 1 a
 * none code, -1 it cannot tell (why in err). */
static int read_call(struct aws_client *c, const struct aws_kind_read *r, const char *input,
		     const char *const *codes, xmlDocPtr *doc, json_t **out, struct strbuf *err)
{
	const struct aws_service *svc = r->service;
	enum aws_protocol protocol = aws_service_protocol(svc);
	char method[8];
	int rc = -1;

	if (aws_protocol_is_query(protocol)) {
		json_t *p = query_params(r, input);
		rc = aws_query_call_xml(c, svc, r->operation, p, NULL, codes, doc, NULL, NULL, err);
		json_decref(p);
	} else if (protocol == AWS_PROTOCOL_JSON) {
		json_t *p = json_pack("{s:s}", r->member, input);
		rc = aws_json_call_codes(c, svc, r->operation, p, codes, out, NULL, NULL, err);
		json_decref(p);
	} else if (protocol == AWS_PROTOCOL_REST_JSON) {
		char *path = rest_path(r, input, method, sizeof(method));
		if (path)
			rc = aws_rest_json_call_encoded(c, svc, r->operation, method, path,
							NULL, NULL, codes, out, NULL, NULL, err);
		free(path);
	} else {
		/* S3's HeadBucket, the one rest-xml row: the bucket is addressed */
		struct aws_request req = { .operation = r->operation, .method = "HEAD",
					   .bucket = input, .path = "/" };
		struct aws_response resp;
		rc = s3_call(c, &req, codes, &resp, err);
		aws_response_free(&resp);
	}
	return rc;
}

static int read_row(struct aws_client *c, const struct aws_kind_read *r, const char *value)
{
	char buf[160];
	const char *codes[READ_MAX_CODES + 1];
	char *input = read_input(r, value);
	struct strbuf why = STRBUF_INIT;
	xmlDocPtr doc = NULL;
	json_t *out = NULL;
	int rc, found;

	split_codes(r->none_codes, buf, sizeof(buf), codes);
	rc = read_call(c, r, input, codes, &doc, &out, &why);
	if (rc == 1)
		found = 0;
	else if (rc < 0)
		found = -1;
	else if (!r->none_list)
		found = 1;
	else if (aws_protocol_is_query(aws_service_protocol(r->service)))
		found = xml_list_has(doc, r->none_list, input);
	else
		found = json_list_has(out, r->none_list, input);
	if (found < 0)
		log_debugf("%s not checked at plan (%s): %s", value, r->call,
			   why.len ? why.buf : "the answer's list has more pages");
	xmlFreeDoc(doc);
	json_decref(out);
	strbuf_release(&why);
	free(input);
	return found;
}

/* What the run read already: one answer per client, kind and value. */
struct read_memo {
	struct read_memo *next;
	const struct aws_client *c;
	const char *kind;
	char *value;
	int found;
};
static struct read_memo *memos;
static pthread_mutex_t memos_lock = PTHREAD_MUTEX_INITIALIZER;

static bool recalled(const struct aws_client *c, const char *kind, const char *value, int *found)
{
	bool have = false;

	pthread_mutex_lock(&memos_lock);
	for (struct read_memo *m = memos; m && !have; m = m->next)
		if (m->c == aws_client_shared(c) && !strcmp(m->kind, kind) && !strcmp(m->value, value)) {
			*found = m->found;
			have = true;
		}
	pthread_mutex_unlock(&memos_lock);
	return have;
}

static void remember(const struct aws_client *c, const char *kind, const char *value, int found)
{
	struct read_memo *m = xcalloc(1, sizeof(*m));

	m->c = aws_client_shared(c);
	m->kind = kind;
	m->value = xstrdup(value);
	m->found = found;
	pthread_mutex_lock(&memos_lock);
	m->next = memos;
	memos = m;
	pthread_mutex_unlock(&memos_lock);
}

void aws_kind_reads_forget(const struct aws_client *c)
{
	pthread_mutex_lock(&memos_lock);
	for (struct read_memo **m = &memos; *m;) {
		struct read_memo *gone = *m;
		if (gone->c != c) {
			m = &gone->next;
			continue;
		}
		*m = gone->next;
		free(gone->value);
		free(gone);
	}
	pthread_mutex_unlock(&memos_lock);
}

/* Each row's shape, compiled once. */
static pcre2_code **shapes;
static pthread_once_t shapes_once = PTHREAD_ONCE_INIT;

static void compile_shapes(void)
{
	size_t n = 0;

	while (aws_kind_reads[n].kind)
		n++;
	shapes = xcalloc(n + 1, sizeof(*shapes));
	for (size_t i = 0; i < n; i++) {
		int rc;
		PCRE2_SIZE off;
		if (aws_kind_reads[i].shape)
			shapes[i] = pcre2_compile((PCRE2_SPTR)aws_kind_reads[i].shape,
						  PCRE2_ZERO_TERMINATED, PCRE2_UTF, &rc, &off, NULL);
	}
}

/* Whether value is of row r's shape (a row without one takes any). */
static bool of_shape(const struct aws_kind_read *r, const char *value)
{
	pcre2_match_data *md;
	int rc;

	if (!r->shape)
		return true;
	pthread_once(&shapes_once, compile_shapes);
	if (!shapes[r - aws_kind_reads])
		return false;
	md = pcre2_match_data_create(1, NULL);
	rc = md ? pcre2_match(shapes[r - aws_kind_reads], (PCRE2_SPTR)value, strlen(value), 0, 0,
			      md, NULL) : -1;
	pcre2_match_data_free(md);
	return rc >= 0;
}

int aws_kind_read_exists(struct aws_client *c, const struct aws_kind_read *r, const char *value)
{
	int found;

	if (r->skip && strstr(value, r->skip))
		return 1;
	if (!of_shape(r, value))
		return -1;
	if (recalled(c, r->kind, value, &found))
		return found;
	found = read_row(c, r, value);
	remember(c, r->kind, value, found);
	return found;
}

/* The VPC a subnet or security group is of, and a subnet's zone, by the
 * call that says it exists: 1 with the ids, 0 when the answer cannot tell. */
int aws_kind_read_place(struct aws_client *c, const char *kind, const char *value, char *vpc,
			size_t vpc_size, char *zone, size_t zone_size)
{
	bool subnet = !strcmp(kind, "AWS::EC2::Subnet.Id");
	json_t *p = json_pack("{s:s}", subnet ? "SubnetId.1" : "GroupId.1", value);
	struct strbuf why = STRBUF_INIT;
	xmlDocPtr doc = NULL;
	char *id = NULL, *az = NULL;

	if (!aws_query_call_xml(c, &aws_service_ec2, subnet ? "DescribeSubnets"
							    : "DescribeSecurityGroups",
				p, NULL, NULL, &doc, NULL, NULL, &why)) {
		xmlNodePtr root = xmlDocGetRootElement(doc);
		id = xml_child_text(root, subnet ? "subnetSet/item/vpcId"
						 : "securityGroupInfo/item/vpcId");
		if (subnet)
			az = xml_child_text(root, "subnetSet/item/availabilityZone");
	} else {
		log_debugf("the VPC of %s not read at plan: %s", value, why.buf);
	}
	snprintf(vpc, vpc_size, "%s", id ? id : "");
	snprintf(zone, zone_size, "%s", az ? az : "");
	int found = (id && *id) || (az && *az);
	free(id);
	free(az);
	xmlFreeDoc(doc);
	strbuf_release(&why);
	json_decref(p);
	return found;
}

bool aws_kind_reads_on(void)
{
	const char *on = getenv("TERRACE_AWS_READ_LITERALS");
	return !on || (strcmp(on, "0") && strcmp(on, "false"));
}

/* Whether an ARN is of another region or account than the client's (then
 * it is not read): a value that is no ARN is of the client's. */
static bool elsewhere(struct aws_client *c, const char *value)
{
	char region[64] = "", account[16] = "";
	if (strncmp(value, "arn:", 4))
		return false;
	if (sscanf(value, "arn:%*[^:]:%*[^:]:%63[^:]:%15[^:]:", region, account) != 2 &&
	    sscanf(value, "arn:%*[^:]:%*[^:]::%15[^:]:", account) != 1)
		return true;
	const char *mine = aws_client_region(c);
	if (*region && mine && strcmp(region, mine))
		return true;
	char *own = NULL;
	struct strbuf err = STRBUF_INIT;
	bool other = !aws_client_account_id(c, &own, &err) && strcmp(own, account);
	free(own);
	strbuf_release(&err);
	return other;
}

/* Whether string s is anywhere in v. */
static bool holds(const json_t *v, const char *s)
{
	const char *k;
	size_t i;
	json_t *x;
	if (json_is_string(v))
		return !strcmp(json_string_value(v), s);
	if (json_is_array(v)) {
		json_array_foreach(v, i, x)
			if (holds(x, s))
				return true;
	} else if (json_is_object(v)) {
		json_object_foreach((json_t *)v, k, x)
			if (holds(x, s))
				return true;
	}
	return false;
}

struct reading {
	struct aws_client *c;
	const json_t *prior;
	struct strbuf *err;
};

/* aws_kinds_walk's visit: 0, or -1 with err when the value names what AWS
 * says it does not have: every kind the value may be of (its pattern
 * matches) has a read, and each says none. A kind with no read, or a read
 * that finds it or cannot tell, passes it (an instance's security_groups
 * take a group's id or name: an id that exists is not refused as a name). */
static int read_kind(void *ctx, const json_t *v, const struct aws_kinds *ks, const char *where)
{
	struct reading *r = ctx;
	const char *s = json_string_value(v);
	const struct aws_kind *none = NULL;
	const struct aws_kind_read *by = NULL;

	if (value_not_known(v) || holds(r->prior, s) || elsewhere(r->c, s))
		return 0;
	for (size_t k = 0; k < ks->n; k++) {
		const struct aws_kind_read *kr = aws_kind_reads;

		if (!aws_kind_literal_is(ks->k[k], s))
			continue;
		while (kr->kind && strcmp(kr->kind, ks->k[k]->name))
			kr++;
		if (kr->kind && !of_shape(kr, s))
			continue; /* what the call takes it is not: not of this kind
				   * (an ARN where a role's name is taken too) */
		if (!kr->kind || aws_kind_read_exists(r->c, kr, s) != 0)
			return 0;
		if (!none) {
			none = ks->k[k];
			by = kr;
		}
	}
	if (!none)
		return 0;
	strbuf_addf(r->err, "%s: \"%s\" is %s that AWS does not have (%s says none): name one "
		    "that exists, or make it in the stack", where, s, none->words, by->call);
	return -1;
}

int aws_read_kinds(void *client, const struct aws_check_row *row, const char *type,
		   const json_t *prior, const json_t *desired, const char **attr, struct strbuf *err)
{
	struct reading reading = { client, prior, err };

	(void)row;
	if (!aws_kind_reads_on() || !aws_kinds_walk(type, desired, read_kind, &reading))
		return 0;
	if (attr)
		*attr = NULL;
	return -1;
}

