/*
 * kinds/lookup.c: the kinds of identifiers as data: which kinds an
 * attribute of a type takes or gives (kinds.gen.c for the written types,
 * cc_kinds_at for the awscc types), whether a literal is of a kind (its
 * pattern, compiled once), which resource of the stack a reference names,
 * and one walk over a resource's strings with the kinds each takes. Every
 * check of kinds (check.c, facts.c, by_sibling.c, associations.c,
 * kinds/reads.c, a service's rules) reads them here; nothing here judges.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/row.h"

static pcre2_code **compiled;
static pthread_once_t compile_once = PTHREAD_ONCE_INIT;

static void compile_patterns(void)
{
	size_t n = 0;

	while (aws_kinds[n].name)
		n++;
	compiled = calloc(n + 1, sizeof(*compiled));
	for (size_t i = 0; compiled && i < n; i++) {
		int rc;
		PCRE2_SIZE off;
		if (aws_kinds[i].pattern)
			compiled[i] = pcre2_compile((PCRE2_SPTR)aws_kinds[i].pattern,
						    PCRE2_ZERO_TERMINATED,
						    PCRE2_UTF | PCRE2_ANCHORED | PCRE2_DOLLAR_ENDONLY,
						    &rc, &off, NULL);
	}
}

bool aws_kind_literal_is(const struct aws_kind *k, const char *s)
{
	pthread_once(&compile_once, compile_patterns);
	const pcre2_code *re = compiled ? compiled[k - aws_kinds] : NULL;
	if (!re)
		return true;
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int rc = md ? pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL) : 0;
	pcre2_match_data_free(md);
	return rc != PCRE2_ERROR_NOMATCH;
}

/* The kinds by name and the written types' kind rows by type and
 * attribute, each sorted once, so that a name or a (type, attribute) is
 * found in log n: a plan of 20,000 resources asked 156,000 times, each a
 * walk of every kind or row (16 % of its instructions). */
static const struct aws_kind **kinds_by_name;
static size_t kinds_n;
static const struct aws_kind_attr **attrs_by_type;
static size_t attrs_n;
static pthread_once_t sort_once = PTHREAD_ONCE_INIT;

static int kind_order(const void *a, const void *b)
{
	return strcmp((*(const struct aws_kind *const *)a)->name,
		      (*(const struct aws_kind *const *)b)->name);
}

static int attr_order(const void *a, const void *b)
{
	const struct aws_kind_attr *x = *(const struct aws_kind_attr *const *)a;
	const struct aws_kind_attr *y = *(const struct aws_kind_attr *const *)b;
	int c = strcmp(x->type, y->type);
	if (!c)
		c = strcmp(x->attr, y->attr);
	return c ? c : (x > y) - (x < y); /* then the table's order */
}

static void sort_tables(void)
{
	while (aws_kinds[kinds_n].name)
		kinds_n++;
	while (aws_kind_attrs[attrs_n].type)
		attrs_n++;
	kinds_by_name = calloc(kinds_n + 1, sizeof(*kinds_by_name));
	attrs_by_type = calloc(attrs_n + 1, sizeof(*attrs_by_type));
	if (!kinds_by_name || !attrs_by_type) {
		free(kinds_by_name);
		free(attrs_by_type);
		kinds_by_name = NULL;
		attrs_by_type = NULL;
		kinds_n = attrs_n = 0;
		return;
	}
	for (size_t i = 0; i < kinds_n; i++)
		kinds_by_name[i] = &aws_kinds[i];
	for (size_t i = 0; i < attrs_n; i++)
		attrs_by_type[i] = &aws_kind_attrs[i];
	qsort(kinds_by_name, kinds_n, sizeof(*kinds_by_name), kind_order);
	qsort(attrs_by_type, attrs_n, sizeof(*attrs_by_type), attr_order);
}

const struct aws_kind *aws_kind_named(const char *name, size_t len)
{
	size_t lo = 0, hi;

	pthread_once(&sort_once, sort_tables);
	hi = kinds_n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *k = kinds_by_name[mid]->name;
		int c = strncmp(k, name, len);
		if (!c && k[len])
			c = 1; /* name is a prefix of k: k sorts after it */
		if (!c)
			return kinds_by_name[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The first row of attrs_by_type for (type, attr), or attrs_n. */
static size_t first_attr_row(const char *type, const char *attr)
{
	size_t lo = 0, hi;

	pthread_once(&sort_once, sort_tables);
	hi = attrs_n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(attrs_by_type[mid]->type, type);
		if (!c)
			c = strcmp(attrs_by_type[mid]->attr, attr);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool aws_kind_by_service(const struct aws_kind *k)
{
	size_t n = 0;

	while (aws_kinds_by_service[n])
		n++;
	return k && k->own_arn &&
	       bsearch(&k->name, aws_kinds_by_service, n, sizeof(*aws_kinds_by_service),
		       compare_names);
}

static void add_kind(struct aws_kinds *ks, const struct aws_kind *k)
{
	for (size_t i = 0; i < ks->n; i++)
		if (ks->k[i] == k)
			return;
	if (k && ks->n < AWS_MAX_KINDS)
		ks->k[ks->n++] = k;
}

bool aws_kinds_has(const struct aws_kinds *ks, const char *name)
{
	for (size_t i = 0; i < ks->n; i++)
		if (!strcmp(ks->k[i]->name, name))
			return true;
	return false;
}

struct aws_kinds aws_kinds_of(const char *type, const char *path, bool gives)
{
	struct aws_kinds ks = { { NULL }, 0 };
	const struct resource_type *rt = cc_type_find(type);

	if (rt && rt->family == TYPE_FAMILY_FROM_DATA) {
		const char *cfn = cc_cfn_type(type);
		const json_t *names = cc_kinds_at(type, path);
		size_t cfn_len = cfn ? strlen(cfn) : 0, i;
		json_t *name;
		json_array_foreach(names, i, name) {
			const char *s = json_string_value(name);
			bool own = cfn && s && !strncmp(s, cfn, cfn_len) && s[cfn_len] == '.';
			if (s && own == gives)
				add_kind(&ks, aws_kind_named(s, strlen(s)));
		}
		if (gives && cfn && ks.n != 1) {
			static const struct { const char *attr, *suffix; } own[] = {
				{ "arn", ".Arn" }, { "id", ".Id" }, { "name", ".Name" },
			};
			ks.n = 0;
			for (size_t o = 0; o < sizeof(own) / sizeof(*own); o++)
				if (!strcmp(path, own[o].attr)) {
					char full[160];
					int len = snprintf(full, sizeof(full), "%s%s", cfn, own[o].suffix);
					if (len > 0 && (size_t)len < sizeof(full))
						add_kind(&ks, aws_kind_named(full, (size_t)len));
				}
		}
		return ks;
	}
	for (size_t i = first_attr_row(type, path); i < attrs_n; i++) {
		const struct aws_kind_attr *a = attrs_by_type[i];
		if (strcmp(a->type, type) || strcmp(a->attr, path))
			break;
		if (a->gives != gives)
			continue;
		for (const char *p = a->kinds; *p;) {
			size_t len = strcspn(p, " ");
			add_kind(&ks, aws_kind_named(p, len));
			p += len + (p[len] == ' ');
		}
	}
	return ks;
}

/* The stack the checks across are judging (aws_kind_names_index): its
 * resources' indexes ordered by name (then index), so that a reference is
 * found in log n, not by a walk of every resource (a plan of 100,000 held
 * each reference's walk, 80 % of its time). Per thread: each check request
 * runs on one. */
static _Thread_local struct {
	const struct written_resource *rs;
	size_t n;
	size_t *by_name;
} names;

static int by_name_cmp(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = strcmp(names.rs[i].name, names.rs[j].name);
	return c ? c : (i > j) - (i < j);
}

void aws_kind_names_index(const struct written_resource *rs, size_t n)
{
	aws_kind_names_forget();
	names.rs = rs;
	names.n = n;
	names.by_name = xcalloc(n + 1, sizeof(*names.by_name));
	for (size_t i = 0; i < n; i++)
		names.by_name[i] = i;
	qsort(names.by_name, n, sizeof(*names.by_name), by_name_cmp);
}

void aws_kind_names_forget(void)
{
	free(names.by_name);
	names.by_name = NULL;
	names.rs = NULL;
	names.n = 0;
}

/* The first resource of rs named `name`: by the index when rs is the
 * indexed stack, else by a walk. */
static size_t resource_named(const struct written_resource *rs, size_t n, const char *name)
{
	if (names.by_name && rs == names.rs && n == names.n) {
		size_t lo = 0, hi = n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (strcmp(rs[names.by_name[mid]].name, name) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		return lo < n && !strcmp(rs[names.by_name[lo]].name, name) ? names.by_name[lo]
									    : WRITTEN_NONE;
	}
	for (size_t i = 0; i < n; i++)
		if (!strcmp(rs[i].name, name))
			return i;
	return WRITTEN_NONE;
}

size_t aws_kind_reference(const struct written_resource *rs, size_t n, const char *value,
			  char *attr, size_t attr_size)
{
	char name[256], a[64], rest;
	size_t len = strlen(value), at;

	if (len < 4 || strncmp(value, "${", 2) || value[len - 1] != '}' || attr_size < sizeof(a) ||
	    sscanf(value, "${%255[A-Za-z0-9_-].%63[a-z0-9_]}%c", name, a, &rest) != 2)
		return WRITTEN_NONE;
	at = resource_named(rs, n, name);
	if (at != WRITTEN_NONE)
		memcpy(attr, a, sizeof(a));
	return at;
}

/* ---- one walk over a resource's strings, for every user of the kinds ---- */

struct walk {
	const char *type;
	aws_kinds_visit_fn fn;
	void *ctx;
	struct strbuf path;  /* as kinds are looked up: "vpc_config.subnet_ids" */
	struct strbuf where; /* as a message names it: "vpc_config.subnet_ids[1]" */
};

static int walk_value(struct walk *w, const json_t *v)
{
	size_t at = w->path.len, where_at = w->where.len, i;
	const char *key;
	json_t *x;
	int rc = 0;

	if (json_is_string(v)) {
		struct aws_kinds takes = aws_kinds_of(w->type, w->path.buf, false);
		return takes.n ? w->fn(w->ctx, v, &takes, w->where.buf) : 0;
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, x) {
			strbuf_addf(&w->where, "[%zu]", i);
			rc = walk_value(w, x);
			strbuf_setlen(&w->where, where_at);
			if (rc)
				break;
		}
	} else if (json_is_object(v) && !value_not_known(v)) {
		json_object_foreach((json_t *)v, key, x) {
			if (value_key_not_known(key))
				continue;
			strbuf_addf(&w->path, "%s%s", at ? "." : "", key);
			strbuf_addf(&w->where, "%s%s", where_at ? "." : "", key);
			rc = walk_value(w, x);
			strbuf_setlen(&w->path, at);
			strbuf_setlen(&w->where, where_at);
			if (rc)
				break;
		}
	}
	return rc;
}

int aws_kinds_walk(const char *type, const json_t *v, aws_kinds_visit_fn fn, void *ctx)
{
	struct walk w = { type, fn, ctx, STRBUF_INIT, STRBUF_INIT };
	int rc = walk_value(&w, v);
	strbuf_release(&w.path);
	strbuf_release(&w.where);
	return rc;
}

size_t aws_arn_service_of(const json_t *v, char *out, size_t size)
{
	const char *kind = value_unknown_kind(v), *arn = value_known_string(v);
	const struct aws_kind *k = kind ? aws_kind_named(kind, strlen(kind)) : NULL;

	return aws_arn_service_in(k ? k->example : arn, out, size);
}

size_t aws_arn_service_in(const char *arn, char *out, size_t size)
{
	const char *service;
	size_t len;

	if (!arn || strncmp(arn, "arn:", 4) || strstr(arn, "${") ||
	    !(service = strchr(arn + 4, ':')))
		return 0;
	len = strcspn(++service, ":");
	if (!len || len >= size)
		return 0;
	memcpy(out, service, len);
	out[len] = '\0';
	return len;
}

const char *aws_cfn_type_of_any(const char *type)
{
	const struct resource_type *rt = cc_type_find(type);
	return rt && rt->family == TYPE_FAMILY_FROM_DATA ? cc_cfn_type(type) : aws_cfn_type_of(type);
}

bool aws_awscc_type_is(const char *type, const char *cfn_type)
{
	const struct resource_type *rt = cc_type_find(type);
	const char *cfn = rt && rt->family == TYPE_FAMILY_FROM_DATA ? cc_cfn_type(type) : NULL;
	return cfn && !strcmp(cfn, cfn_type);
}

bool aws_type_of_service(const char *type, const char *service)
{
	const char *cfn = aws_cfn_type_of_any(type);
	return cfn && !strncmp(cfn, service, strlen(service));
}
