/*
 * checks/words.c: the words rows (kind 'w', checks/row.h): what AWS's
 * documentation of a request member says ("This parameter is required when
 * the ClusterType parameter is specified as multi-node"), as conditions on
 * the resource's own values (within each element of a list too, between
 * two lists, against what the object has now) and its region, judged on
 * the request the row is about (a create, an update, any), each message
 * naming the attribute at fault (an element's by its index), quoting AWS's
 * sentence and naming its document. The ledger of which sentence each row
 * holds is checks/words/ (gen_words.py).
 */
#include "provider/aws/checks/words.h"

#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <stdint.h>
#include <strings.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/known_text.h"
#include "provider/aws/checks/rules.h"
#include "provider/base/text.h"

/* What a row is judged on: the resource's attributes, the object they go
 * to (NULL: none, a create), the region (NULL: not known yet). */
struct judging {
	const json_t *attrs, *prior;
	const char *region;
};

/* Where a condition's paths start: `at`, the resource's attributes or an
 * element of one of its lists, whose path from the resource is `prefix`
 * ("" or "global_secondary_index[1]."). */
struct place {
	const struct judging *j;
	const json_t *at;
	const char *prefix;
};

/* Where a path crosses a reference ("task_definition->network_mode": the
 * network mode of the task definition attribute task_definition names):
 * the stack's resources, while aws_words_check_across judges resource `self`
 * (its written configuration: an attribute's value, or an element's of a
 * list, "subnets[]->vpc_id", is what the stack writes there). A resource's
 * own judgement sees no other resource: there a path that crosses is not
 * known yet, and a row holding one is judged across the stack alone (run_stack.c).
 * One judgement at a time per thread. */
struct crossing {
	const struct written_resource *rs;
	size_t n, self;
};
static _Thread_local const struct crossing *crossing;

/* The attributes' schema of the resource judged (aws_words_judging), for
 * what a message never quotes: NULL, none known. */
static _Thread_local const struct attr_schema *judged_schema;

void aws_words_judging(const struct attr_schema *schema)
{
	judged_schema = schema;
}

/* The attributes of the resource of the stack that value v names (an
 * attribute's, or an element's of a list: "subnets[]->vpc_id"): by the
 * reference the stack writes (${td.arn}, whatever plan knows of its
 * value), or, for an ARN of an object made already, the resource whose
 * attribute has that value: as the stack writes them, with what plan knows
 * put in (written_resource's config; not what plan knows of the object, in
 * which what the stack leaves to the server is not known yet). NULL: none
 * of the stack's. */
static const json_t *crossed(const json_t *v)
{
	const struct crossing *x = crossing;
	const char *written = json_string_value(v);
	const char *arn = value_known_string(v);
	char attr[64];
	size_t k = written ? aws_kind_reference(x->rs, x->n, written, attr, sizeof(attr))
			   : WRITTEN_NONE;

	/* "${sub.vpc_id}", an attribute the named resource writes itself that
	 * names another object (it takes a kind): what it writes there names
	 * the resource ("${main.vpc_id}"), or none of the stack's (a literal);
	 * one that is the resource's own identity (${src.db_instance_identifier})
	 * names the resource itself */
	for (int hops = 0; k != WRITTEN_NONE && hops < 8; hops++) {
		const json_t *again = json_object_get(x->rs[k].config, attr);
		if (!again || !aws_kinds_of(x->rs[k].type, attr, false).n)
			break;
		written = json_string_value(again);
		k = written ? aws_kind_reference(x->rs, x->n, written, attr, sizeof(attr))
			    : WRITTEN_NONE;
		if (k == WRITTEN_NONE)
			return NULL;
	}

	for (size_t i = 0; k == WRITTEN_NONE && arn && !strncmp(arn, "arn:", 4) && i < x->n; i++) {
		const char *name;
		const json_t *e;
		json_object_foreach((json_t *)x->rs[i].known, name, e)
			if (i != x->self && json_is_string(e) && !strcmp(json_string_value(e), arn))
				k = i;
	}
	return k == WRITTEN_NONE || k == x->self ? NULL : x->rs[k].config;
}

/* The order of versions a and b, numbers joined by dots ("7.1" against
 * "7.1.0": the same; "6.2" against "7.0": older): -1, 0 or 1, compared up to
 * the first part that is no number in either ("6.x": the same as 6.2). */
static int version_order(const char *a, const char *b)
{
	while (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
		char *ea, *eb;
		unsigned long x = strtoul(a, &ea, 10), y = strtoul(b, &eb, 10);
		if (x != y)
			return x < y ? -1 : 1;
		if (*ea != '.' || *eb != '.')
			return 0;
		a = ea + 1;
		b = eb + 1;
	}
	return 0;
}

/* The value at path `path` of v (dotted, an element by its index:
 * "index[2].name"; "->" crosses a reference, struct crossing): NULL when
 * absent (or a block on the way is absent or null); *unknown when
 * something on the way (anything inside it too, when `deep`) is not known
 * yet. */
static const json_t *value_at(const json_t *v, const char *path, bool deep, bool *unknown)
{
	char key[128];

	while (v && *path) {
		size_t n = strcspn(path, ".[");
		const char *arrow = strstr(path, "->");
		if (arrow == path) { /* what the reference v names */
			if (json_is_null(v))
				return NULL;
			if (!crossing || !(v = crossed(v))) {
				*unknown = true;
				return NULL;
			}
			path += 2;
			continue;
		}
		if (arrow && (size_t)(arrow - path) < n)
			n = (size_t)(arrow - path);
		if (value_not_known(v)) {
			*unknown = true;
			return NULL;
		}
		if (n) {
			if (!json_is_object(v) || n >= sizeof(key))
				return NULL;
			memcpy(key, path, n);
			key[n] = '\0';
			v = json_object_get(v, key);
		} else if (*path == '[') { /* an element by its index */
			char *end;
			unsigned long i = strtoul(path + 1, &end, 10);
			if (path[1] < '0' || path[1] > '9' || *end != ']' || !json_is_array(v))
				return NULL;
			v = json_array_get(v, i);
			n = (size_t)(end + 1 - path);
		}
		if (!v || json_is_null(v))
			return NULL;
		path += n + (path[n] == '.');
	}
	if (v && (deep ? value_holds_not_known(v) : value_not_known(v)))
		*unknown = true;
	return v;
}

/* The value at path below p; a path beginning "/" is the resource's own,
 * from within an element ("/billing_mode"). */
static const json_t *value_here(const struct place *p, const char *path, bool *unknown)
{
	if (*path == '/')
		return value_at(p->j->attrs, path + 1, true, unknown);
	return value_at(p->at, path, true, unknown);
}

/* value_here, what is at the path itself judged by the caller: what is
 * inside it may be not known yet (a block, a list of unknown items). */
static const json_t *value_here_shallow(const struct place *p, const char *path, bool *unknown)
{
	if (*path == '/')
		return value_at(p->j->attrs, path + 1, false, unknown);
	return value_at(p->at, path, false, unknown);
}

/* Whether the attribute at path below p is set (value_set_ness): a block
 * holding an unknown value is set, as is what every made object has. */
static int set_here(const struct place *p, const char *path)
{
	bool unknown = false;
	const json_t *v = value_here_shallow(p, path, &unknown);

	if (!unknown || !v)
		return unknown ? -1 : v != NULL;
	return value_set_ness(v);
}

/* Each value at path below v, where "[]" takes each element of a list
 * ("global_secondary_index[].hash_key"), into found as {"at": its path
 * from the resource, "v": the value}; false when something on the way is
 * not known yet. */
static bool values_at(const json_t *v, const char *path, struct strbuf *at, json_t *found)
{
	const char *each = strstr(path, "[]");
	bool unknown = false;
	size_t len = at->len;
	const json_t *item;
	size_t i;

	if (!each) {
		v = value_at(v, path, false, &unknown);
		if (v && !unknown) {
			strbuf_addstr(at, path);
			json_array_append_new(found, json_pack("{s:s, s:O}", "at", at->buf, "v", v));
			strbuf_setlen(at, len);
		}
		return !unknown;
	}
	char *list = xstrndup(path, (size_t)(each - path));
	v = value_at(v, list, false, &unknown);
	if (!unknown && json_is_array(v))
		json_array_foreach(v, i, item) {
			strbuf_addf(at, "%s[%zu]", list, i);
			if (!each[2]) { /* the elements themselves */
				if (value_not_known(item))
					unknown = true;
				else
					json_array_append_new(found, json_pack("{s:s, s:O}", "at", at->buf,
									       "v", item));
			} else if (each[2] == '-') { /* "[]->": what each names */
				unknown |= !values_at(item, each + 2, at, found);
			} else {
				strbuf_addch(at, '.');
				unknown |= !values_at(item, each + 3, at, found);
			}
			strbuf_setlen(at, len);
		}
	free(list);
	return !unknown;
}

/* A scalar's text as the words of a row name it: "io1", "3", "true". */
static bool scalar_text(const json_t *v, char *buf, size_t size)
{
	if (json_is_string(v))
		snprintf(buf, size, "%s", json_string_value(v));
	else if (json_is_number(v))
		snprintf(buf, size, "%.15g", json_number_value(v));
	else if (json_is_boolean(v))
		snprintf(buf, size, "%s", json_is_true(v) ? "true" : "false");
	else
		return false;
	return true;
}

/* A number, or a number written as text ("100"). */
static bool number_of(const json_t *v, double *d)
{
	char *end = NULL;
	if (json_is_number(v)) {
		*d = json_number_value(v);
		return true;
	}
	if (!json_is_string(v) || !*json_string_value(v))
		return false;
	*d = strtod(json_string_value(v), &end);
	return !*end;
}

/* The text of the first match of ere in text into part (its first size
 * bytes); false when ere does not compile or does not match. */
static bool first_match(const char *text, const char *ere, char *part, size_t size)
{
	regex_t re;
	regmatch_t m[1];
	bool found;

	if (regcomp(&re, ere, REG_EXTENDED))
		return false;
	found = !regexec(&re, text, 1, m, 0);
	regfree(&re);
	if (found)
		snprintf(part, size, "%.*s", (int)(m[0].rm_eo - m[0].rm_so), text + m[0].rm_so);
	return found;
}

static bool one_of(const char *text, const char *const *words)
{
	for (; *words; words++)
		if (!strcmp(*words, text))
			return true;
	return false;
}

/* Whether a list has an item that is one of words (a scalar: is one). */
static bool has_one_of(const json_t *v, const char *const *words)
{
	char text[256];
	const json_t *item;
	size_t i;

	if (!json_is_array(v))
		return scalar_text(v, text, sizeof(text)) && one_of(text, words);
	json_array_foreach(v, i, item)
		if (scalar_text(item, text, sizeof(text)) && one_of(text, words))
			return true;
	return false;
}

static bool ends_with_one_of(const char *text, const char *const *words)
{
	size_t n = strlen(text);

	for (; *words; words++)
		if (strlen(*words) <= n && !strcmp(text + n - strlen(*words), *words))
			return true;
	return false;
}

/* Whether two values are the same (both absent counts). */
static bool same(const json_t *a, const json_t *b)
{
	return (!a && !b) || (a && b && json_equal(a, b));
}

/* Whether two values are the same, a number and its text alike (80, "80":
 * what AWS reads of either). */
static bool same_scalar(const json_t *a, const json_t *b)
{
	char ta[256], tb[256];

	if (json_equal(a, b))
		return true;
	return scalar_text(a, ta, sizeof(ta)) && scalar_text(b, tb, sizeof(tb)) && !strcmp(ta, tb);
}

/* An IPv4 address or CIDR block ("10.0.1.5", "10.0.1.0/24"): its first
 * address and prefix length (an address: 32); false for other text. */
static bool ipv4_block(const char *text, uint32_t *addr, int *bits)
{
	char buf[32], *slash, *end;
	struct in_addr a;

	if (strlen(text) >= sizeof(buf))
		return false;
	strcpy(buf, text);
	*bits = 32;
	if ((slash = strchr(buf, '/'))) {
		long n = strtol(slash + 1, &end, 10);
		if (slash[1] < '0' || slash[1] > '9' || *end || n > 32)
			return false;
		*bits = (int)n;
		*slash = '\0';
	}
	if (inet_pton(AF_INET, buf, &a) != 1)
		return false;
	*addr = ntohl(a.s_addr);
	return true;
}

/* Whether IPv4 text inner (an address or block) lies within block outer:
 * 1, 0, or -1 when either is not IPv4 text. */
static int ipv4_within(const char *inner, const char *outer)
{
	uint32_t a, b, mask;
	int abits, bbits;

	if (!ipv4_block(inner, &a, &abits) || !ipv4_block(outer, &b, &bbits))
		return -1;
	mask = bbits ? ~(uint32_t)0 << (32 - bbits) : 0;
	return abits >= bbits && (a & mask) == (b & mask);
}

/* A time window as AWS writes it: daily "hh24:mi-hh24:mi" (*period a
 * day) or weekly "ddd:hh24:mi-ddd:hh24:mi" (a week, from Monday): its start
 * and length in minutes, a window ending where it starts being none. */
struct window {
	int start, length, period;
};

static bool day_of(const char *text, int *day)
{
	static const char *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

	for (int i = 0; i < 7; i++)
		if (!strncasecmp(text, days[i], 3)) {
			*day = i;
			return true;
		}
	return false;
}

static bool window_of(const json_t *v, struct window *w)
{
	const char *text = json_is_string(v) ? json_string_value(v) : "";
	int d0 = 0, d1 = 0, h0, m0, h1, m1, n = 0;
	char tail;

	if (sscanf(text, "%2d:%2d-%2d:%2d%n%c", &h0, &m0, &h1, &m1, &n, &tail) == 4 &&
	    !text[n]) {
		w->period = 24 * 60;
	} else if (strlen(text) > 4 && day_of(text, &d0) && text[3] == ':' &&
		   sscanf(text + 4, "%2d:%2d-%n", &h0, &m0, &n) == 2 && n &&
		   day_of(text + 4 + n, &d1) && text[7 + n] == ':' &&
		   sscanf(text + 8 + n, "%2d:%2d%c", &h1, &m1, &tail) == 2) {
		w->period = 7 * 24 * 60;
	} else {
		return false;
	}
	if (h0 > 23 || h1 > 23 || m0 > 59 || m1 > 59 || h0 < 0 || h1 < 0 || m0 < 0 || m1 < 0)
		return false;
	w->start = d0 * 24 * 60 + h0 * 60 + m0;
	w->length = ((d1 * 24 * 60 + h1 * 60 + m1) - w->start + w->period) % w->period;
	return true;
}

/* Whether two windows share a minute, a daily one recurring each day of a
 * weekly one's week (a window's end is not in it). */
static bool windows_meet(const struct window *a, const struct window *b)
{
	int period = a->period > b->period ? a->period : b->period;

	for (int i = 0; i < period / a->period; i++)
		for (int k = 0; k < period / b->period; k++) {
			int a0 = a->start + i * a->period, b0 = b->start + k * b->period;
			if ((b0 - a0 + period) % period < a->length ||
			    (a0 - b0 + period) % period < b->length)
				return true;
		}
	return false;
}

/* Whether text names something of region `region`: an ARN whose region
 * field is it (or empty: a global one), a zone named after it ("us-east-1a",
 * a Local Zone "us-west-2-lax-1a"), an ECR image whose registry's host names
 * it ("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1"); other text (a
 * plain name, a zone id "use1-az1", another registry's image) tells no
 * region, and is. */
static bool of_region(const char *text, const char *region)
{
	size_t n = strlen(region);

	if (aws_ere_matches(text, "^[0-9]{12}\\.dkr\\.ecr(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com"
				  "(\\.cn)?(/|$)")) { /* ACCOUNT.dkr.ecr[-fips].REGION. */
		const char *at = strchr(strstr(text, ".ecr") + 1, '.') + 1;
		return !strncmp(at, region, n) && at[n] == '.';
	}
	if (!strncmp(text, "arn:", 4)) {
		const char *field = text;
		for (int i = 0; i < 3 && field; i++) /* arn:PARTITION:SERVICE:REGION: */
			if ((field = strchr(field, ':')))
				field++;
		if (!field)
			return true;
		return field[0] == ':' || (!strncmp(field, region, n) && field[n] == ':');
	}
	if (!aws_ere_matches(text, "^[a-z]{2}(-[a-z]+)+-[0-9]+(-[a-z]+-[0-9]+)?[a-z]$"))
		return true; /* not a zone's name */
	return !strncmp(text, region, n) &&
	       ((text[n] >= 'a' && text[n] <= 'z' && !text[n + 1]) || text[n] == '-');
}

static int holds(const struct place *p, const struct aws_cond *c, bool then);

/* Whether every condition of list cs holds at p: 1, 0 (at the first that
 * does not: *failed), or -1 when one cannot be told yet. */
static int all_hold(const struct place *p, const struct aws_cond *cs, bool then,
		    const struct aws_cond **failed)
{
	bool unknown = false;

	for (const struct aws_cond *c = cs; c && c->op != AWS_COND_END; c++) {
		int r = holds(p, c, then);
		if (!r) {
			if (failed)
				*failed = c;
			return 0;
		}
		unknown |= r < 0;
	}
	return unknown ? -1 : 1;
}

/* Element i of list (a block: its one element, i 0) of attr at p, its
 * path's prefix into prefix. */
static struct place element_place(const struct place *p, const char *attr, const json_t *list,
				  size_t i, struct strbuf *prefix)
{
	struct place e = { p->j, json_is_array(list) ? json_array_get(list, i) : list, NULL };

	strbuf_reset(prefix);
	strbuf_addstr(prefix, p->prefix);
	if (!*attr && json_is_array(list) && prefix->len) /* a list's element, itself a list */
		strbuf_setlen(prefix, prefix->len - 1); /* "resource_tags[0][1].", no "." */
	if (json_is_array(list))
		strbuf_addf(prefix, "%s[%zu].", attr, i);
	else
		strbuf_addf(prefix, "%s.", attr);
	e.prefix = prefix->buf;
	return e;
}

/* The elements of list (or block) attr at p: 0 when none. */
static size_t element_count(const json_t *list)
{
	return json_is_array(list) ? json_array_size(list) : json_is_object(list) ? 1 : 0;
}

/* EACH at one element: its premises (sub_when), then its requirements
 * (sub); 1 where the premises do not hold. */
static int element_holds(const struct place *e, const struct aws_cond *c, bool then)
{
	int r;

	if (value_not_known(e->at) && !crossing) /* across the stack, a reference's
						  * element is crossed ("->") */
		return -1;
	r = all_hold(e, c->sub_when, false, NULL);
	if (r <= 0)
		return r < 0 ? -1 : 1;
	return all_hold(e, c->sub, then, NULL);
}

/* EACH at p: every element's (none: as a value absent). */
static int each_holds(const struct place *p, const struct aws_cond *c, bool then)
{
	bool unknown = false;
	const json_t *list = value_at(p->at, c->attr, false, &unknown);
	struct strbuf prefix = STRBUF_INIT;
	size_t n = element_count(list);
	int r = 1;

	if (unknown)
		return -1;
	if (!n)
		return then;
	for (size_t i = 0; i < n && r; i++) {
		struct place e = element_place(p, c->attr, list, i, &prefix);
		int h = element_holds(&e, c, then);
		if (h <= 0)
			r = h;
	}
	strbuf_release(&prefix);
	return r;
}

/* SOME at p: an element where every condition of sub holds (each judged
 * as a premise: what is not sent holds nothing); no list: as a value
 * absent. */
static int some_holds(const struct place *p, const struct aws_cond *c, bool then)
{
	bool unknown = false;
	const json_t *list = value_at(p->at, c->attr, false, &unknown);
	struct strbuf prefix = STRBUF_INIT;
	size_t n = element_count(list);
	int r = 0;

	if (unknown)
		return -1;
	if (!n)
		return then;
	for (size_t i = 0; i < n && r < 1; i++) {
		struct place e = element_place(p, c->attr, list, i, &prefix);
		int h = value_not_known(e.at) ? -1 : all_hold(&e, c->sub, false, NULL);
		if (h)
			r = h;
	}
	strbuf_release(&prefix);
	return r;
}

/* The first value of attr's (its "[]" each element's) not among other's
 * values (from the resource; WAS_AMONG: from the object now, and on a
 * create none is judged): into *bad (a new reference; NULL: none); -1 when
 * one cannot be told yet. */
static int among(const struct place *p, const struct aws_cond *c, json_t **bad)
{
	const json_t *from = c->op == AWS_COND_WAS_AMONG ? p->j->prior : p->j->attrs;
	struct strbuf at = STRBUF_INIT;
	json_t *mine, *theirs, *m, *t;
	bool known;
	size_t i, k;
	int r = 1;

	*bad = NULL;
	if (!from)
		return 1; /* a create: nothing was there before */
	mine = json_array();
	theirs = json_array();
	strbuf_addstr(&at, p->prefix);
	known = values_at(p->at, c->attr, &at, mine);
	strbuf_reset(&at);
	if (!values_at(from, c->other, &at, theirs))
		r = -1; /* what it must be among is not known yet */
	json_array_foreach(mine, i, m) {
		bool found = false;
		if (r < 0)
			break;
		json_array_foreach(theirs, k, t)
			found |= same_scalar(json_object_get(m, "v"), json_object_get(t, "v"));
		if (!found) {
			*bad = json_incref(m);
			r = 0;
			break;
		}
	}
	if (r > 0 && !known)
		r = -1;
	json_decref(mine);
	json_decref(theirs);
	strbuf_release(&at);
	return r;
}

/* The number of items of the lists at attr's path (each element's, "[]")
 * and other's, in all; -1 when one is not known yet. */
static long count_items(const struct place *p, const struct aws_cond *c)
{
	struct strbuf at = STRBUF_INIT;
	json_t *found = json_array(), *f;
	bool known = values_at(p->at, c->attr, &at, found) &&
		     (!c->other || values_at(p->at, c->other, &at, found));
	long n = 0;
	size_t i;

	json_array_foreach(found, i, f) {
		const json_t *v = json_object_get(f, "v");
		if (value_holds_not_known(v))
			known = false;
		n += json_is_array(v) ? (long)json_array_size(v) : 1;
	}
	json_decref(found);
	strbuf_release(&at);
	return known ? n : -1;
}

/* The sum of the numbers at path ("[]": each element's) below p into
 * *sum: 1, 0 when there is none or one is no number, -1 when one is not
 * known yet. */
static int sum_numbers(const struct place *p, const char *path, double *sum)
{
	struct strbuf at = STRBUF_INIT;
	json_t *found = json_array(), *f;
	int r = values_at(p->at, path, &at, found) ? json_array_size(found) > 0 : -1;
	double d;
	size_t i;

	*sum = 0;
	json_array_foreach(found, i, f) {
		if (!number_of(json_object_get(f, "v"), &d)) {
			r = r < 0 ? r : 0;
			break;
		}
		*sum += d;
	}
	json_decref(found);
	strbuf_release(&at);
	return r;
}

/* The first number at path attr ("[]": each element's) below p that is not
 * less than other's: into *bad (a new reference; NULL: none, or other is
 * absent); -1 when one cannot be told yet. */
static int below(const struct place *p, const struct aws_cond *c, json_t **bad)
{
	struct strbuf at = STRBUF_INIT;
	json_t *found = json_array(), *f;
	bool unknown = false;
	const json_t *o = value_here(p, c->other, &unknown);
	double d, other;
	size_t i;
	int r;

	*bad = NULL;
	strbuf_addstr(&at, p->prefix);
	r = values_at(p->at, c->attr, &at, found) && !unknown ? 1 : -1;
	if (r > 0 && o && number_of(o, &other))
		json_array_foreach(found, i, f)
			if (number_of(json_object_get(f, "v"), &d) && d >= other) {
				*bad = json_incref(f);
				r = 0;
				break;
			}
	json_decref(found);
	strbuf_release(&at);
	return r;
}

/* The first value at path attr ("[]": each element's) below p that an
 * earlier one equals: into *bad (a new reference; NULL: none); -1 when one
 * cannot be told yet. */
static int unique(const struct place *p, const struct aws_cond *c, json_t **bad)
{
	struct strbuf at = STRBUF_INIT;
	json_t *found = json_array(), *f, *g;
	int r;

	strbuf_addstr(&at, p->prefix);
	r = values_at(p->at, c->attr, &at, found) ? 1 : -1;
	size_t i, k;

	strbuf_release(&at);
	*bad = NULL;
	json_array_foreach(found, i, f)
		for (k = 0; k < i && !*bad; k++) {
			g = json_array_get(found, k);
			if (json_equal(json_object_get(f, "v"), json_object_get(g, "v")))
				*bad = json_incref(f);
		}
	json_decref(found);
	return *bad ? 0 : r;
}

/* The first value at paths attr and other ("[]": each element's, "->"
 * what one names) below p that differs from the first of them: into *bad
 * (a new reference; NULL: none); -1 when one cannot be told yet and no two
 * known ones differ. */
static int all_same(const struct place *p, const struct aws_cond *c, json_t **bad)
{
	struct strbuf at = STRBUF_INIT;
	json_t *found = json_array(), *f;
	bool known;
	size_t i;

	strbuf_addstr(&at, p->prefix);
	known = values_at(p->at, c->attr, &at, found);
	strbuf_reset(&at);
	strbuf_addstr(&at, p->prefix);
	known &= !c->other || values_at(p->at, c->other, &at, found);
	strbuf_release(&at);
	*bad = NULL;
	json_array_foreach(found, i, f)
		if (i && !same_scalar(json_object_get(f, "v"),
				      json_object_get(json_array_get(found, 0), "v"))) {
			*bad = json_incref(f);
			json_object_set(*bad, "first",
					json_object_get(json_array_get(found, 0), "at"));
			json_object_set(*bad, "first_v",
					json_object_get(json_array_get(found, 0), "v"));
			break;
		}
	json_decref(found);
	return *bad ? 0 : known ? 1 : -1;
}

/* The elements of list attr at p where every condition of sub holds (each
 * judged as a premise): their number, -1 when one cannot be told yet. */
static long count_where(const struct place *p, const struct aws_cond *c)
{
	bool unknown = false;
	const json_t *list = value_at(p->at, c->attr, false, &unknown);
	struct strbuf prefix = STRBUF_INIT;
	size_t n = element_count(list);
	long count = 0;

	for (size_t i = 0; i < n && !unknown; i++) {
		struct place e = element_place(p, c->attr, list, i, &prefix);
		int h = value_not_known(e.at) ? -1 : all_hold(&e, c->sub, false, NULL);
		unknown |= h < 0;
		count += h > 0;
	}
	strbuf_release(&prefix);
	return unknown ? -1 : count;
}

/* Path attr below prefix into out: "index[1].name"; attr "" is the
 * element itself ("source_ids[1]": a list of scalars), "/attr" the
 * resource's own. */
static void add_path(struct strbuf *out, const char *prefix, const char *attr)
{
	size_t n = strlen(prefix);
	const char *arrow = strstr(attr, "->");

	if (arrow) { /* "task_definition->network_mode": "/..." from the resource */
		const char *from = attr + (*attr == '/');
		strbuf_addf(out, "the %s of what %s%.*s names", arrow + 2, *attr == '/' ? "" : prefix,
			    (int)(arrow - from), from);
	} else if (*attr == '/') /* the resource's own */
		strbuf_addstr(out, attr + 1);
	else if (!*attr && n && prefix[n - 1] == '.')
		strbuf_add(out, prefix, n - 1);
	else
		strbuf_addf(out, "%s%s", prefix, attr);
}

/* The object's value (prior's) at path below p (its prefix's place in
 * prior). */
static const json_t *prior_value(const struct place *p, const char *path, bool *unknown)
{
	struct strbuf full = STRBUF_INIT;
	const json_t *v;

	add_path(&full, p->prefix, path);
	v = value_at(p->j->prior, full.buf, true, unknown);
	strbuf_release(&full);
	return v;
}

/* Whether condition c holds at p: 1, 0, or -1 when it cannot be told yet
 * (a value not known, a region not known). A condition on a value (all but
 * SET, UNSET, REGION and the conditions of conditions) holds of a value it
 * cannot judge (absent, or not of its kind) as a requirement (`then`: what
 * is not sent breaks nothing), never as a premise (`when`: AWS's default is
 * not known here). */
static int holds(const struct place *p, const struct aws_cond *c, bool then)
{
	bool unknown = false;
	const json_t *v = NULL, *o;
	json_t *bad;
	char text[256];
	double d, other;
	int r, n;

	switch (c->op) {
	case AWS_COND_END:
		return 1;
	case AWS_COND_REGION:
		return p->j->region ? one_of(p->j->region, c->words) : -1;
	case AWS_COND_ANY_OF: /* at least one */
		r = 0;
		for (const struct aws_cond *s = c->sub; s->op != AWS_COND_END; s++) {
			int h = holds(p, s, then);
			if (h > 0)
				return 1;
			if (h < 0)
				r = -1;
		}
		return r;
	case AWS_COND_EXACTLY_ONE_OF: /* of what is sent: each as a premise */
		n = 0;
		r = 0;
		for (const struct aws_cond *s = c->sub; s->op != AWS_COND_END; s++) {
			int h = holds(p, s, false);
			n += h > 0;
			r |= h < 0;
		}
		return n > 1 ? 0 : r ? -1 : n == 1;
	case AWS_COND_EACH:
		return each_holds(p, c, then);
	case AWS_COND_WAS: /* the object's values now */
		if (!p->j->prior)
			return then;
		{
			struct strbuf where = STRBUF_INIT;
			struct place before = { p->j, NULL, p->prefix };
			strbuf_addstr(&where, p->prefix);
			if (where.len)
				strbuf_setlen(&where, where.len - 1); /* its trailing "." */
			before.at = value_at(p->j->prior, where.buf, false, &unknown);
			strbuf_release(&where);
			if (unknown)
				return -1;
			if (!before.at)
				return then;
			return all_hold(&before, c->sub, false, NULL);
		}
	case AWS_COND_AMONG:
	case AWS_COND_WAS_AMONG:
		r = among(p, c, &bad);
		json_decref(bad);
		return r;
	case AWS_COND_COUNT_IN: {
		long items = count_items(p, c);
		return items < 0 ? -1 : items >= c->min && items <= c->max;
	}
	case AWS_COND_SUM_IN:
		r = sum_numbers(p, c->attr, &d);
		return r <= 0 ? (r < 0 ? -1 : then) : d >= c->min && d <= c->max;
	case AWS_COND_UNIQUE:
		r = unique(p, c, &bad);
		json_decref(bad);
		return r;
	case AWS_COND_BELOW:
		r = below(p, c, &bad);
		json_decref(bad);
		return r;
	case AWS_COND_SOME:
		return some_holds(p, c, then);
	case AWS_COND_SAME:
		r = all_same(p, c, &bad);
		json_decref(bad);
		return r;
	case AWS_COND_COUNT_WHERE: {
		long items = count_where(p, c);
		return items < 0 ? -1 : items >= c->min && items <= c->max;
	}
	default:
		break;
	}
	if (c->op == AWS_COND_SET || c->op == AWS_COND_UNSET) {
		r = set_here(p, c->attr);
		return r < 0 ? -1 : r == (c->op == AWS_COND_SET);
	}
	if (c->op == AWS_COND_LEN_IN) { /* a list's length, whatever its items */
		v = value_here_shallow(p, c->attr, &unknown);
		if (!unknown && json_is_array(v))
			return json_array_size(v) >= c->min && json_array_size(v) <= c->max;
		unknown = false;
	}
	v = value_here(p, c->attr, &unknown);
	if (unknown)
		return v ? aws_known_text_holds(c, v) : -1;
	if (!v)
		return then;
	switch (c->op) {
	case AWS_COND_IS:
		return scalar_text(v, text, sizeof(text)) ? one_of(text, c->words) : then;
	case AWS_COND_IS_NOT:
		return scalar_text(v, text, sizeof(text)) ? !one_of(text, c->words) : then;
	case AWS_COND_IN:
		return number_of(v, &d) ? d >= c->min && d <= c->max : then;
	case AWS_COND_ABOVE:
		return number_of(v, &d) ? d > c->min : then;
	case AWS_COND_LEN_IN:
		if (!json_is_string(v) && !json_is_array(v))
			return then;
		d = json_is_string(v) ? (double)utf8_chars(json_string_value(v))
				      : (double)json_array_size(v);
		return d >= c->min && d <= c->max;
	case AWS_COND_AT_MOST:
	case AWS_COND_RATIO_IN:
		o = value_here(p, c->other, &unknown);
		if (unknown)
			return -1;
		if (!o || !number_of(v, &d) || !number_of(o, &other))
			return then;
		if (c->op == AWS_COND_AT_MOST)
			return d <= other;
		return other > 0 ? d >= c->min * other && d <= c->max * other : then;
	case AWS_COND_MULTIPLE:
		return number_of(v, &d) ? fmod(d, c->min) == 0 : then;
	case AWS_COND_WITHIN_CIDR:
		o = value_here(p, c->other, &unknown);
		if (unknown)
			return -1;
		if (!o || !json_is_string(v) || !json_is_string(o) ||
		    (r = ipv4_within(json_string_value(v), json_string_value(o))) < 0)
			return then;
		return r;
	case AWS_COND_IN_REGION:
		if (!json_is_string(v))
			return then;
		return p->j->region ? of_region(json_string_value(v), p->j->region) : -1;
	case AWS_COND_WINDOW_IN: {
		struct window w;
		return window_of(v, &w) ? w.length >= c->min && w.length <= c->max : then;
	}
	case AWS_COND_WINDOWS_APART: {
		struct window w, x;
		o = value_here(p, c->other, &unknown);
		if (unknown)
			return -1;
		return window_of(v, &w) && o && window_of(o, &x) ? !windows_meet(&w, &x) : then;
	}
	case AWS_COND_HAS:
		return has_one_of(v, c->words);
	case AWS_COND_ENDS_WITH:
		return json_is_string(v) ? ends_with_one_of(json_string_value(v), c->words) : then;
	case AWS_COND_MATCHES:
	case AWS_COND_NOT_MATCHES:
		if (json_is_string(v)) /* whole, however long */
			return aws_ere_matches(json_string_value(v), c->words[0]) ==
			       (c->op == AWS_COND_MATCHES);
		if (!scalar_text(v, text, sizeof(text)))
			return then;
		return aws_ere_matches(text, c->words[0]) == (c->op == AWS_COND_MATCHES);
	case AWS_COND_CHANGED_PART: { /* a part of the text, not the object's */
		char was[256];
		if (!p->j->prior)
			return then; /* a create changes nothing */
		o = prior_value(p, c->attr, &unknown);
		if (unknown)
			return -1;
		if (!o || !json_is_string(v) || !json_is_string(o) ||
		    !first_match(json_string_value(v), c->words[0], text, sizeof(text)) ||
		    !first_match(json_string_value(o), c->words[0], was, sizeof(was)))
			return then;
		return strcmp(text, was) != 0;
	}
	case AWS_COND_NOT_OLDER: /* what the object has: not known, or no newer */
		if (!p->j->prior)
			return 1;
		o = prior_value(p, c->attr, &unknown);
		if (unknown)
			return -1;
		if (!o || !json_is_string(v) || !json_is_string(o))
			return then;
		return version_order(json_string_value(v), json_string_value(o)) >= 0;
	case AWS_COND_UNCHANGED: /* what the object has: not known, or the same */
		if (!p->j->prior)
			return 1; /* a create changes nothing */
		o = prior_value(p, c->attr, &unknown);
		if (unknown)
			return -1;
		return !o || same(v, o);
	default:
		return then;
	}
}

static void add_words(struct strbuf *out, const char *const *words, const char *one,
		      const char *many)
{
	strbuf_addstr(out, words[1] ? many : one);
	for (const char *const *w = words; *w; w++)
		strbuf_addf(out, "%s\"%s\"", w == words ? "" : ", ", *w);
}

static void say_all(const struct place *p, const struct aws_cond *cs, bool must, const char *join,
		    struct strbuf *out);

/* Condition c at p as words: "storage_type is \"io1\"" (`must` false), or
 * what the attribute must be: "must be set" (`must` true, its attribute
 * said by the message's prefix unless `named`). */
static void say(const struct place *p, const struct aws_cond *c, bool must, bool named,
		struct strbuf *out)
{
	if ((!must || named) && c->attr && c->op != AWS_COND_EACH) {
		add_path(out, p->prefix, c->attr);
		strbuf_addch(out, ' ');
	}
	if ((!must || named) && c->op == AWS_COND_COUNT_IN && c->other)
		strbuf_addf(out, "and %s%s ", p->prefix, c->other);
	switch (c->op) {
	case AWS_COND_END:
		break;
	case AWS_COND_SET:
		strbuf_addstr(out, must ? "must be set" : "is set");
		break;
	case AWS_COND_UNSET:
		strbuf_addstr(out, must ? "must not be set" : "is not set");
		break;
	case AWS_COND_IS:
		add_words(out, c->words, must ? "must be " : "is ", must ? "must be one of " : "is one of ");
		break;
	case AWS_COND_IS_NOT:
		add_words(out, c->words, must ? "must not be " : "is not ",
			  must ? "must be none of " : "is none of ");
		break;
	case AWS_COND_IN:
		strbuf_addf(out, "%s %.15g to %.15g", must ? "must be" : "is", c->min, c->max);
		break;
	case AWS_COND_ABOVE:
		strbuf_addf(out, "%s more than %.15g", must ? "must be" : "is", c->min);
		break;
	case AWS_COND_LEN_IN:
		strbuf_addf(out, "%s %.15g to %.15g long", must ? "must be" : "is", c->min, c->max);
		break;
	case AWS_COND_AT_MOST:
		strbuf_addf(out, "%s at most ", must ? "must be" : "is");
		add_path(out, p->prefix, c->other);
		break;
	case AWS_COND_BELOW:
		strbuf_addf(out, "%s less than ", must ? "must be" : "is");
		add_path(out, p->prefix, c->other);
		break;
	case AWS_COND_RATIO_IN:
		strbuf_addf(out, "%s %.15g to %.15g times ", must ? "must be" : "is", c->min, c->max);
		add_path(out, p->prefix, c->other);
		break;
	case AWS_COND_MULTIPLE:
		strbuf_addf(out, "%s a multiple of %.15g", must ? "must be" : "is", c->min);
		break;
	case AWS_COND_IN_REGION:
		strbuf_addstr(out, must ? "must be of the provider's region" : "is of the provider's region");
		break;
	case AWS_COND_SUM_IN:
		strbuf_addf(out, "%s %.15g to %.15g in all", must ? "must sum to" : "sums to", c->min,
			    c->max);
		break;
	case AWS_COND_UNIQUE:
		strbuf_addf(out, "%s every other value at %s%s", must ? "must differ from" : "differs from",
			    p->prefix, c->attr);
		break;
	case AWS_COND_SOME: {
		struct strbuf each = STRBUF_INIT;
		struct place e = { p->j, NULL, NULL };
		strbuf_addf(&each, "%s%s[].", p->prefix, c->attr);
		e.prefix = each.buf;
		strbuf_addstr(out, must ? "must have an element where " : "has an element where ");
		say_all(&e, c->sub, false, " and ", out);
		strbuf_release(&each);
		break;
	}
	case AWS_COND_WITHIN_CIDR:
		strbuf_addf(out, "%s within ", must ? "must be" : "is");
		add_path(out, p->prefix, c->other);
		break;
	case AWS_COND_COUNT_WHERE: {
		struct strbuf each = STRBUF_INIT;
		struct place e = { p->j, NULL, NULL };
		strbuf_addf(&each, "%s%s[].", p->prefix, c->attr);
		e.prefix = each.buf;
		strbuf_addf(out, "%s %.15g to %.15g elements where ", must ? "must have" : "has", c->min,
			    c->max);
		say_all(&e, c->sub, false, " and ", out);
		strbuf_release(&each);
		break;
	}
	case AWS_COND_SAME:
		strbuf_addf(out, "%s the same as every other value at %s%s", must ? "must be" : "is",
			    p->prefix, c->attr);
		if (c->other)
			strbuf_addf(out, " and %s%s", p->prefix, c->other);
		break;
	case AWS_COND_WINDOW_IN:
		strbuf_addf(out, "%s a window of %.15g to %.15g minutes", must ? "must be" : "is", c->min,
			    c->max);
		break;
	case AWS_COND_WINDOWS_APART:
		strbuf_addf(out, "%s share no minute with ", must ? "must" : "does");
		add_path(out, p->prefix, c->other);
		break;
	case AWS_COND_REGION:
		add_words(out, c->words, must ? "must be " : "the region is ",
			  must ? "must be one of " : "the region is one of ");
		break;
	case AWS_COND_HAS:
		add_words(out, c->words, must ? "must include " : "includes ",
			  must ? "must include one of " : "includes one of ");
		break;
	case AWS_COND_ENDS_WITH:
		add_words(out, c->words, must ? "must end with " : "ends with ",
			  must ? "must end with one of " : "ends with one of ");
		break;
	case AWS_COND_MATCHES:
		add_words(out, c->words, must ? "must match " : "matches ", NULL);
		break;
	case AWS_COND_NOT_MATCHES:
		add_words(out, c->words, must ? "must not match " : "does not match ", NULL);
		break;
	case AWS_COND_AMONG:
		strbuf_addf(out, "%s one of %s's values", must ? "must be" : "is", c->other);
		break;
	case AWS_COND_WAS_AMONG:
		strbuf_addf(out, "%s one of %s's values the object has now", must ? "must be" : "is",
			    c->other);
		break;
	case AWS_COND_COUNT_IN:
		strbuf_addf(out, "%s %.15g to %.15g items in all", must ? "must have" : "have", c->min,
			    c->max);
		break;
	case AWS_COND_UNCHANGED:
		strbuf_addstr(out, must ? "must not change" : "does not change");
		break;
	case AWS_COND_NOT_OLDER:
		strbuf_addstr(out, must ? "must not be older than the object's"
				      : "is not older than the object's");
		break;
	case AWS_COND_CHANGED_PART:
		add_words(out, c->words, must ? "must change its part matching "
					      : "changes its part matching ",
			  NULL);
		strbuf_addstr(out, " from what the object has");
		break;
	case AWS_COND_ANY_OF:
		strbuf_addstr(out, must ? "one of these must hold: " : "");
		say_all(p, c->sub, must, " or ", out);
		break;
	case AWS_COND_EXACTLY_ONE_OF:
		strbuf_addstr(out, must ? "exactly one of these must hold: " : "exactly one of: ");
		say_all(p, c->sub, false, ", ", out);
		break;
	case AWS_COND_EACH:
		strbuf_addf(out, "each of %s%s", p->prefix, c->attr);
		if (c->sub_when && c->sub_when->op != AWS_COND_END) {
			strbuf_addstr(out, " where ");
			say_all(p, c->sub_when, false, " and ", out);
		}
		strbuf_addstr(out, must ? " must hold: " : " holds: ");
		say_all(p, c->sub, must, " and ", out);
		break;
	case AWS_COND_WAS:
		strbuf_addstr(out, must ? "the object's values now must be: " : "the object now has ");
		say_all(p, c->sub, false, " and ", out);
		break;
	}
}

/* A list of conditions as words, each naming its attribute. */
static void say_all(const struct place *p, const struct aws_cond *cs, bool must, const char *join,
		    struct strbuf *out)
{
	for (const struct aws_cond *c = cs; c && c->op != AWS_COND_END; c++) {
		if (c != cs)
			strbuf_addstr(out, join);
		say(p, c, must, true, out);
	}
}

/* Whether the attribute at path ("a.b[2].c") of the resource judged is
 * sensitive, or lies inside one that is (judged_schema): its value is
 * never shown. */
static bool sensitive_at(const struct place *p, const char *path)
{
	const struct attr_schema *attrs = judged_schema;
	char name[256];

	(void)p;
	while (attrs && *path) {
		size_t n = strcspn(path, ".[");
		const struct attr_schema *a;
		if (n >= sizeof(name))
			return false;
		memcpy(name, path, n);
		name[n] = '\0';
		if (!(a = schema_find(attrs, name)))
			return false;
		if (a->flags & ATTR_SENSITIVE)
			return true;
		attrs = a->nested;
		path += n;
		while (*path == '[')
			path += strcspn(path, "]") + (path[strcspn(path, "]")] == ']');
		path += *path == '.';
	}
	return false;
}

/* The value at path, for the message: "\"gp2\"", "3", "2 items";
 * "(sensitive value)" for a sensitive attribute's. */
static void say_json(const struct place *p, const char *path, const json_t *v,
		     struct strbuf *out)
{
	char text[256];

	if (!v)
		strbuf_addstr(out, "it is not set");
	else if (sensitive_at(p, path))
		strbuf_addstr(out, "(sensitive value)");
	else if (json_is_string(v))
		aws_constraint_quote(out, json_string_value(v));
	else if (scalar_text(v, text, sizeof(text)))
		strbuf_addstr(out, text);
	else if (json_is_array(v))
		strbuf_addf(out, "%zu items", json_array_size(v));
	else
		strbuf_addstr(out, "it is set");
}

/* The first attribute a condition names, below p, into at (for a
 * condition of conditions, its first's). */
static void first_attr(const struct place *p, const struct aws_cond *c, struct strbuf *at)
{
	if (c->op == AWS_COND_REGION)
		return;
	if ((c->op == AWS_COND_ANY_OF || c->op == AWS_COND_EXACTLY_ONE_OF || c->op == AWS_COND_WAS) &&
	    c->sub->op != AWS_COND_END) {
		first_attr(p, c->sub, at);
		return;
	}
	add_path(at, p->prefix, c->attr ? c->attr : "");
}

/* Why requirement c fails at p: "ATTR: VALUE, but it must ..." into err,
 * the path at fault (with an element's index) into at, and each premise of
 * the elements on the way into when (" when ... and ..."). */
static void explain(const struct place *p, const struct aws_cond *c, struct strbuf *err,
		    struct strbuf *at, struct strbuf *when)
{
	bool unknown = false;
	json_t *bad = NULL;

	if (c->op == AWS_COND_EACH) { /* the first element that fails */
		const json_t *list = value_at(p->at, c->attr, false, &unknown);
		struct strbuf prefix = STRBUF_INIT;
		size_t n = element_count(list);

		for (size_t i = 0; i < n; i++) {
			struct place e = element_place(p, c->attr, list, i, &prefix);
			const struct aws_cond *failed = NULL;
			if (element_holds(&e, c, true) != 0)
				continue;
			all_hold(&e, c->sub, true, &failed);
			explain(&e, failed, err, at, when);
			for (const struct aws_cond *w = c->sub_when; w && w->op != AWS_COND_END; w++) {
				strbuf_addstr(when, when->len ? " and " : " when ");
				say(&e, w, false, true, when);
			}
			break;
		}
		strbuf_release(&prefix);
		return;
	}
	if ((((c->op == AWS_COND_AMONG || c->op == AWS_COND_WAS_AMONG) && among(p, c, &bad) == 0) ||
	     (c->op == AWS_COND_UNIQUE && unique(p, c, &bad) == 0) ||
	     (c->op == AWS_COND_BELOW && below(p, c, &bad) == 0)) && bad) {
		strbuf_addstr(at, json_string_value(json_object_get(bad, "at")));
		strbuf_addf(err, "%s: ", at->buf);
		say_json(p, at->buf, json_object_get(bad, "v"), err);
		json_decref(bad);
		strbuf_addstr(err, ", but it ");
		say(p, c, true, false, err);
		return;
	}
	if (c->op == AWS_COND_WAS && c->sub->op == AWS_COND_AMONG && !*p->prefix && p->j->prior) {
		/* WAS(AMONG(...)): a value the object has now that the update
		 * leaves out ("must also include all of the subnet IDs
		 * previously associated") */
		struct place before = { p->j, p->j->prior, p->prefix };
		explain(&before, c->sub, err, at, when);
		strbuf_addstr(err, " sent (the object has it now)");
		return;
	}
	if (c->op == AWS_COND_SAME && all_same(p, c, &bad) == 0 && bad) {
		/* "subnets[1]->vpc_id->": the attribute at fault is subnets[1] */
		const char *where = json_string_value(json_object_get(bad, "at"));
		strbuf_add(at, where, strstr(where, "->") ? (size_t)(strstr(where, "->") - where)
							  : strlen(where));
		strbuf_addf(err, "%s: %s", at->buf, where);
		if (!json_is_object(json_object_get(bad, "v"))) { /* a scalar: say both */
			strbuf_addch(err, ' ');
			say_json(p, at->buf, json_object_get(bad, "v"), err);
		}
		strbuf_addf(err, " differs from %s", json_string_value(json_object_get(bad, "first")));
		if (!json_is_object(json_object_get(bad, "first_v"))) {
			strbuf_addch(err, ' ');
			say_json(p, at->buf, json_object_get(bad, "first_v"), err);
		}
		strbuf_addstr(err, ", but it ");
		json_decref(bad);
		say(p, c, true, false, err);
		return;
	}
	if (c->attr && *c->attr != '/' && strstr(c->attr, "->") && c->op != AWS_COND_SET &&
	    c->op != AWS_COND_UNSET) { /* "target_group_arn->target_type": at fault, the
					* attribute that names the resource */
		const char *arrow = strstr(c->attr, "->");
		strbuf_addf(at, "%s%.*s", p->prefix, (int)(arrow - c->attr), c->attr);
		if (arrow == c->attr && at->len && at->buf[at->len - 1] == '.')
			strbuf_setlen(at, at->len - 1); /* the element itself names it */
		strbuf_addf(err, "%s: the %s of what it names is ", at->buf, arrow + 2);
		say_json(p, at->buf, value_here(p, c->attr, &unknown), err);
		strbuf_addstr(err, ", but it ");
		say(p, c, true, false, err);
		return;
	}
	first_attr(p, c, at);
	if (c->op != AWS_COND_REGION)
		strbuf_addf(err, "%s: ", at->buf);
	if (c->op == AWS_COND_REGION) {
		strbuf_addf(err, "the region is \"%s\"", p->j->region);
	} else if (c->op == AWS_COND_SUM_IN) {
		double sum;
		sum_numbers(p, c->attr, &sum);
		strbuf_addf(err, "%.15g in all", sum);
	} else if (c->op == AWS_COND_COUNT_WHERE) {
		strbuf_addf(err, "%ld such elements", count_where(p, c));
	} else if (c->op == AWS_COND_COUNT_IN) {
		strbuf_addf(err, "%ld items in all", count_items(p, c));
		if (c->other)
			strbuf_addf(err, " with %s%s's", p->prefix, c->other);
	} else {
		say_json(p, at->buf, value_at(p->j->attrs, at->buf, false, &unknown), err);
	}
	strbuf_addstr(err, ", but ");
	switch (c->op) {
	case AWS_COND_ANY_OF:
	case AWS_COND_EXACTLY_ONE_OF:
	case AWS_COND_WAS:
		say(p, c, true, false, err);
		break;
	case AWS_COND_UNCHANGED:
		strbuf_addstr(err, "it must not change from what the object has, ");
		say_json(p, at->buf, prior_value(p, c->attr, &unknown), err);
		break;
	case AWS_COND_NOT_OLDER:
		strbuf_addstr(err, "it must not be older than what the object has, ");
		say_json(p, at->buf, prior_value(p, c->attr, &unknown), err);
		break;
	default:
		strbuf_addstr(err, "it ");
		say(p, c, true, false, err);
	}
}

int aws_words_check(const struct aws_check_row *row, const json_t *attrs, const json_t *prior,
		    const char *region, const char **attr, struct strbuf *err)
{
	struct judging j = { attrs, value_known_object(prior) ? prior : NULL, region };
	struct place top = { &j, attrs, "" };
	struct strbuf at = STRBUF_INIT, when = STRBUF_INIT;
	const struct aws_cond *failed = NULL;

	if (!value_known_object(attrs))
		return 0;
	if (all_hold(&top, row->when, false, NULL) != 1)
		return 0; /* not about this resource, or not known yet */
	if (all_hold(&top, row->then, true, &failed) != 0)
		return 0;
	explain(&top, failed, err, &at, &when);
	strbuf_addstr(err, when.buf);
	for (const struct aws_cond *w = row->when; w && w->op != AWS_COND_END; w++) {
		strbuf_addstr(err, w == row->when && !when.len ? " when " : " and ");
		say(&top, w, false, true, err);
	}
	strbuf_addf(err, ": AWS says \"%s\" (%s)", row->words, row->source);
	if (attr)
		*attr = text_kept(at.buf);
	strbuf_release(&at);
	strbuf_release(&when);
	return -1;
}

/* Whether the update sends what condition c judges anew (a value
 * differing from prior's). */
static bool sends_anew(const struct aws_cond *c, const json_t *attrs, const json_t *prior)
{
	bool unknown = false;

	switch (c->op) {
	case AWS_COND_END:
	case AWS_COND_REGION:
		return false;
	case AWS_COND_ANY_OF:
	case AWS_COND_EXACTLY_ONE_OF:
	case AWS_COND_WAS:
		for (const struct aws_cond *s = c->sub; s->op != AWS_COND_END; s++)
			if (sends_anew(s, attrs, prior))
				return true;
		return false;
	default: /* a path with "[]" ends its list's path there */
		if (!c->attr)
			return false;
		const char *attr = c->attr + (*c->attr == '/');
		char *path = xstrndup(attr, strcspn(attr, "["));
		bool anew = !same(value_at(attrs, path, false, &unknown),
				  value_at(prior, path, false, &unknown));
		free(path);
		return anew;
	}
}

bool aws_words_judged(const struct aws_check_row *row, const json_t *attrs, const json_t *prior)
{
	switch (row->call) {
	case AWS_CALL_ANY:
		return true;
	case AWS_CALL_CREATE:
		return !prior;
	case AWS_CALL_UPDATE: /* prior unknown: not known yet to be an update */
		if (!value_known_object(prior))
			return false;
		for (const struct aws_cond *c = row->then; c && c->op != AWS_COND_END; c++)
			if (sends_anew(c, attrs, prior))
				return true;
		/* a premise that is a change: judged when that value is sent anew */
		for (const struct aws_cond *c = row->when; c && c->op != AWS_COND_END; c++)
			if (c->op == AWS_COND_CHANGED_PART && sends_anew(c, attrs, prior))
				return true;
		return false;
	}
	return true;
}

/* Whether a condition of c (nested ones too) crosses a reference ("->"). */
static bool conds_cross(const struct aws_cond *c)
{
	for (; c && c->op != AWS_COND_END; c++)
		if ((c->attr && strstr(c->attr, "->")) || (c->other && strstr(c->other, "->")) ||
		    conds_cross(c->sub) || conds_cross(c->sub_when))
			return true;
	return false;
}

bool aws_words_crosses(const struct aws_check_row *row)
{
	return row->kind == 'w' && (conds_cross(row->when) || conds_cross(row->then));
}

int aws_words_check_across(const struct aws_check_row *row, const struct written_resource *rs,
			   size_t n, size_t at, const char **attr, struct strbuf *err)
{
	int rc;

	const struct attr_schema *was = judged_schema;

	crossing = &(struct crossing){ rs, n, at };
	judged_schema = rs[at].rtype ? rs[at].rtype->attrs : NULL;
	/* an update's object now (rs[at].prior): a premise of a row that holds of
	 * updates alone (WAS) reads it */
	rc = aws_words_check(row, rs[at].config, rs[at].prior, NULL, attr, err); /* crossed()'s reason */
	judged_schema = was;
	crossing = NULL;
	return rc;
}
