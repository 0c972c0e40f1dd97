/*
 * expr_func_collection.c: the functions of lists, sets and maps, as
 * Terraform's: lookup, merge, coalesce, coalescelist, concat, contains,
 * keys, values, length, element, slice, flatten, distinct, zipmap, index,
 * reverse, sort, compact, chunklist, the set functions (setunion,
 * setintersection, setsubtract, setproduct, toset: a set is a list in
 * Terraform's set order without duplicates, stacks/expr_func_util.c), tolist,
 * tomap, one, alltrue, anytrue, transpose and matchkeys.
 */
#include "stacks/expr_func_lib.h"
#include "stacks/expr_path.h"
#include "provider/provider.h"

#include <stdlib.h>
#include <string.h>

/* lookup(map, key, default): the key's value, else default. A map or key
 * not known yet makes it unknown; a default not known yet matters only
 * when the key is not there. */
json_t *fn_lookup(const struct func_args *a, struct strbuf *err)
{
	if (value_is_unknown(a->v[0]) || value_is_unknown(a->v[1]))
		return value_unknown();
	char *key = fn_text(a, 1);
	json_t *found = json_object_get(a->v[0], key);
	json_t *out = NULL;
	if (found)
		out = json_deep_copy(found);
	else if (a->n > 2)
		out = json_deep_copy(a->v[2]);
	else if (a->secret)
		strbuf_addstr(err, "lookup: the map has no such key and no default was given");
	else
		strbuf_addf(err, "lookup: the map has no key \"%s\" and no default was given", key);
	free(key);
	return out;
}

/* merge(maps...): one map with every key; a later map's value wins; a
 * null argument adds nothing. */
json_t *fn_merge(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	json_t *out = json_object();
	for (size_t i = 0; i < a->n; i++) {
		const char *key;
		json_t *v;
		json_object_foreach(a->v[i], key, v)
			json_object_set_new(out, key, json_deep_copy(v));
	}
	return out;
}

/* ---- coalesce, concat, contains, keys, values, length -------------------- */

/* coalesce(vals...): the first argument that is neither null nor "";
 * unknown when one not known yet comes before it (coalesce("a", x) is
 * "a", coalesce(x, "a") unknown, as Terraform's). */
json_t *fn_coalesce(const struct func_args *a, struct strbuf *err)
{
	for (size_t i = 0; i < a->n; i++) {
		const json_t *v = a->v[i];
		if (value_is_unknown(v))
			return value_unknown();
		if (json_is_null(v) || (json_is_string(v) && !json_string_length(v)))
			continue;
		return json_deep_copy(v);
	}
	strbuf_addstr(err, "coalesce: every argument is null or an empty string");
	return NULL;
}

/* concat(lists...): one list, the elements of each in order. */
json_t *fn_concat(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	json_t *out = json_array();
	for (size_t i = 0; i < a->n; i++) {
		size_t k;
		json_t *item;
		json_array_foreach(a->v[i], k, item)
			json_array_append_new(out, json_deep_copy(item));
	}
	return out;
}

/* contains(list, value): whether an element equals value, as Terraform's
 * == (FUNC_TERRAFORM_2): a number never equals text (contains([1, 2], "1")
 * is false). The editions before compare as those releases did: equal as
 * jansson's, or a number and a string of the same text (contains(["1"], 1)
 * is true). */
json_t *fn_contains(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	size_t k;
	json_t *item;
	bool unknown = value_contains_unknown(a->v[1]);
	bool by_text = a->edition != FUNC_TERRAFORM_2;
	json_array_foreach(a->v[0], k, item) {
		if (value_contains_unknown(item)) {
			unknown = true;
			continue;
		}
		if (by_text ? json_equal(item, a->v[1]) : fn_equal(item, a->v[1]))
			return json_true();
		if (by_text && fn_is_scalar(item) && fn_is_scalar(a->v[1]) &&
		    !json_is_boolean(item) && !json_is_boolean(a->v[1])) {
			struct strbuf x = STRBUF_INIT, y = STRBUF_INIT;
			expr_stringify(item, &x);
			expr_stringify(a->v[1], &y);
			bool same = !strcmp(x.buf, y.buf);
			strbuf_release(&x);
			strbuf_release(&y);
			if (same)
				return json_true();
		}
	}
	return unknown ? value_unknown() : json_false();
}


json_t *fn_keys(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	size_t n;
	const char **keys = value_sorted_keys(a->v[0], &n);
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(out, json_string(keys[i]));
	free(keys);
	return out;
}

json_t *fn_values(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	size_t n;
	const char **keys = value_sorted_keys(a->v[0], &n);
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(out, json_deep_copy(json_object_get(a->v[0], keys[i])));
	free(keys);
	return out;
}

/* length(list | map | string): elements, keys, or characters (grapheme
 * clusters, as Terraform: "👾🕹️" is 2). */
json_t *fn_length(const struct func_args *a, struct strbuf *err)
{
	const json_t *v = a->v[0];
	if (json_is_array(v))
		return json_integer((json_int_t)json_array_size(v));
	if (json_is_object(v))
		return json_integer((json_int_t)json_object_size(v));
	if (json_is_string(v)) {
		size_t chars;
		/* The earlier releases counted code points ("👾🕹️" is 3). */
		if (a->edition == FUNC_EARLIER)
			chars = fn_utf8_len(json_string_value(v), json_string_length(v));
		else
			free(fn_graphemes(json_string_value(v), &chars));
		return json_integer((json_int_t)chars);
	}
	strbuf_addf(err, "length: argument 1 must be a list, a map or a string, got %s",
		    value_kind(v));
	return NULL;
}

/* ---- element, slice, index, reverse ----------------------------------------- */

/* element(list, index): the element at index, wrapping around the end. */
json_t *fn_element(const struct func_args *a, struct strbuf *err)
{
	long long i;
	if (fn_whole(a, 1, "element", &i, err) < 0)
		return NULL;
	size_t n = json_array_size(a->v[0]);
	if (!n) {
		strbuf_addstr(err, "element: the list (argument 1) is empty");
		return NULL;
	}
	if (i < 0) {
		fn_bad_arg(err, "element", 1, "an index of 0 or more", a->v[1], a->secret);
		return NULL;
	}
	return json_deep_copy(json_array_get(a->v[0], (size_t)i % n));
}

/* slice(list, start, end): the elements from start up to (not including)
 * end. */
json_t *fn_slice(const struct func_args *a, struct strbuf *err)
{
	long long start, end;
	if (fn_whole(a, 1, "slice", &start, err) < 0 || fn_whole(a, 2, "slice", &end, err) < 0)
		return NULL;
	size_t n = json_array_size(a->v[0]);
	if (start < 0) {
		fn_bad_arg(err, "slice", 1, "an index of 0 or more", a->v[1], a->secret);
		return NULL;
	}
	if (end > (long long)n) {
		strbuf_addf(err, "slice: argument 3 (the end index) must not be greater than the "
			    "list's length (%zu), got %lld", n, end);
		return NULL;
	}
	if (start > end) {
		strbuf_addf(err, "slice: argument 2 (the start index, %lld) must not be greater than "
			    "the end index (%lld)", start, end);
		return NULL;
	}
	json_t *out = json_array();
	for (long long i = start; i < end; i++)
		json_array_append_new(out, json_deep_copy(json_array_get(a->v[0], (size_t)i)));
	return out;
}

/* index(list, value): the index of the first element equal to value;
 * unknown when an element before it may be equal once known (Terraform's
 * index(["a", x], "a") is 0, index([x, "a"], "a") unknown). */
json_t *fn_index(const struct func_args *a, struct strbuf *err)
{
	size_t i;
	json_t *item;
	json_array_foreach(a->v[0], i, item) {
		int eq = expr_equal_known(item, a->v[1]);
		if (eq < 0)
			return value_unknown();
		if (eq)
			return json_integer((json_int_t)i);
	}
	strbuf_addstr(err, "index: the list has no element ");
	fn_describe(err, a->v[1], a->secret);
	return NULL;
}

json_t *fn_reverse(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	json_t *out = json_array();
	for (size_t i = json_array_size(a->v[0]); i > 0; i--)
		json_array_append_new(out, json_deep_copy(json_array_get(a->v[0], i - 1)));
	return out;
}

/* ---- flatten, distinct, sort, compact, chunklist ------------------------------ */

/* -1 when an element to flatten is not known yet: it may be a list. */
static int flatten_into(json_t *out, const json_t *list)
{
	size_t i;
	json_t *item;
	json_array_foreach(list, i, item) {
		if (value_is_unknown(item))
			return -1;
		if (json_is_array(item)) {
			if (flatten_into(out, item) < 0)
				return -1;
		} else {
			json_array_append_new(out, json_deep_copy(item));
		}
	}
	return 0;
}

/* flatten(list): lists inside the list replaced by their elements, at any
 * depth; a map with parts not known yet is an element like any other, an
 * element not known yet makes it unknown (terrace does not know its kind). */
json_t *fn_flatten(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	json_t *out = json_array();
	if (flatten_into(out, a->v[0]) < 0) {
		json_decref(out);
		return value_unknown();
	}
	return out;
}

/* distinct(list): the first of each value, in order. */
json_t *fn_distinct(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	json_t *all = fn_unify(a->v[0], a->edition), *out = json_array();
	size_t i, k;
	json_t *item, *seen;
	json_array_foreach(all, i, item) {
		bool dup = false;
		json_array_foreach(out, k, seen)
			if (fn_equal(seen, item)) {
				dup = true;
				break;
			}
		if (!dup)
			json_array_append(out, item);
	}
	json_decref(all);
	return out;
}

static int cmp_strings(const void *x, const void *y)
{
	return strcmp(json_string_value(*(json_t *const *)x), json_string_value(*(json_t *const *)y));
}

/* sort(list): the elements as strings, in lexical (byte) order; with
 * elements not known yet, as many elements, none known (Terraform's). */
json_t *fn_sort(const struct func_args *a, struct strbuf *err)
{
	json_t *known = json_array();
	size_t i, unknown = 0;
	json_t *item;
	json_array_foreach(a->v[0], i, item) {
		if (value_is_unknown(item))
			unknown++;
		else
			json_array_append(known, item);
	}
	json_t *args[] = { known };
	struct func_args only_known = { args, 1, a->secret, a->eval, a->edition };
	json_t *strings = fn_strings(&only_known, 0, "sort", false, err);
	json_decref(known);
	if (!strings)
		return NULL;
	size_t n = json_array_size(strings);
	if (unknown) {
		json_decref(strings);
		json_t *out = json_array();
		for (i = 0; i < n + unknown; i++)
			json_array_append_new(out, value_unknown());
		return out;
	}
	json_t **items = xcalloc(n + 1, sizeof(*items));
	for (size_t i = 0; i < n; i++)
		items[i] = json_array_get(strings, i);
	qsort(items, n, sizeof(*items), cmp_strings);
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append(out, items[i]);
	free(items);
	json_decref(strings);
	return out;
}

/* compact(list): the strings of list without "" and null. */
json_t *fn_compact(const struct func_args *a, struct strbuf *err)
{
	json_t *strings = fn_strings(a, 0, "compact", true, err);
	if (!strings)
		return NULL;
	json_t *out = json_array();
	size_t i;
	json_t *item;
	json_array_foreach(strings, i, item)
		if (json_is_string(item) && json_string_length(item))
			json_array_append(out, item);
	json_decref(strings);
	return out;
}

/* chunklist(list, size): lists of size elements (the last may be
 * shorter); size 0 is one chunk of everything. */
json_t *fn_chunklist(const struct func_args *a, struct strbuf *err)
{
	long long size;
	if (fn_whole(a, 1, "chunklist", &size, err) < 0)
		return NULL;
	if (size < 0) {
		fn_bad_arg(err, "chunklist", 1, "a size of 0 or more", a->v[1], a->secret);
		return NULL;
	}
	size_t n = json_array_size(a->v[0]);
	json_t *out = json_array(), *chunk = NULL;
	for (size_t i = 0; i < n; i++) {
		if (!chunk || (size && json_array_size(chunk) == (size_t)size)) {
			chunk = json_array();
			json_array_append_new(out, chunk);
		}
		json_array_append_new(chunk, json_deep_copy(json_array_get(a->v[0], i)));
	}
	return out;
}

/* coalescelist(lists...): the first list that is not empty, nulls skipped
 * (a variable of list type left null: coalescelist(var.ids, ["*"]) is
 * ["*"], as Terraform's); unknown when a list not known yet comes before it. */
json_t *fn_coalescelist(const struct func_args *a, struct strbuf *err)
{
	for (size_t i = 0; i < a->n; i++)
		if (value_is_unknown(a->v[i]))
			return value_unknown();
		else if (json_array_size(a->v[i]))
			return json_deep_copy(a->v[i]);
	strbuf_addstr(err, "coalescelist: every argument is an empty list");
	return NULL;
}

/* ---- zipmap, transpose, matchkeys -------------------------------------------- */

/* zipmap(keys, values): a map of each key to the value at its index. */
json_t *fn_zipmap(const struct func_args *a, struct strbuf *err)
{
	if (value_contains_unknown(a->v[0]))
		return value_unknown(); /* a key known after apply */
	json_t *keys = fn_strings(a, 0, "zipmap", false, err);
	if (!keys)
		return NULL;
	size_t n = json_array_size(keys);
	if (n != json_array_size(a->v[1])) {
		strbuf_addf(err, "zipmap: %zu keys (argument 1) but %zu values (argument 2)", n,
			    json_array_size(a->v[1]));
		json_decref(keys);
		return NULL;
	}
	json_t *out = json_object();
	for (size_t i = 0; i < n; i++)
		json_object_set_new(out, json_string_value(json_array_get(keys, i)),
				    json_deep_copy(json_array_get(a->v[1], i)));
	json_decref(keys);
	return out;
}

/* transpose(map of lists of strings): each string to the keys that list
 * it, in key order. */
json_t *fn_transpose(const struct func_args *a, struct strbuf *err)
{
	size_t n;
	const char **keys = value_sorted_keys(a->v[0], &n);
	json_t *out = json_object();
	for (size_t i = 0; i < n; i++) {
		const json_t *list = json_object_get(a->v[0], keys[i]);
		size_t k;
		json_t *item;
		if (!json_is_array(list)) {
			strbuf_addf(err, "transpose: the value of \"%s\" must be a list of strings, got ",
				    keys[i]);
			fn_describe(err, list, a->secret);
			goto fail;
		}
		json_array_foreach(list, k, item) {
			if (!fn_is_scalar(item)) {
				strbuf_addf(err, "transpose: element %zu of \"%s\" must be a string, got ",
					    k, keys[i]);
				fn_describe(err, item, a->secret);
				goto fail;
			}
			struct strbuf sb = STRBUF_INIT;
			expr_stringify_as(item, a->edition, &sb);
			json_t *to = json_object_get(out, sb.buf);
			if (!to) {
				to = json_array();
				json_object_set_new(out, sb.buf, to);
			}
			json_array_append_new(to, json_string(keys[i]));
			strbuf_release(&sb);
		}
	}
	free(keys);
	return out;
fail:
	free(keys);
	json_decref(out);
	return NULL;
}

/* matchkeys(values, keys, searchset): the values whose key (same index) is
 * in searchset. */
json_t *fn_matchkeys(const struct func_args *a, struct strbuf *err)
{
	size_t n = json_array_size(a->v[0]);
	if (n != json_array_size(a->v[1])) {
		strbuf_addf(err, "matchkeys: %zu values (argument 1) but %zu keys (argument 2)", n,
			    json_array_size(a->v[1]));
		return NULL;
	}
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++) {
		size_t k;
		json_t *want;
		json_array_foreach(a->v[2], k, want)
			if (fn_equal(json_array_get(a->v[1], i), want)) {
				json_array_append_new(out, json_deep_copy(json_array_get(a->v[0], i)));
				break;
			}
	}
	return out;
}

/* ---- sets ------------------------------------------------------------------ */

static bool set_has(const json_t *set, const json_t *v)
{
	size_t i;
	json_t *item;
	json_array_foreach(set, i, item)
		if (fn_equal(item, v))
			return true;
	return false;
}

json_t *fn_setunion(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	json_t *all = json_array();
	for (size_t i = 0; i < a->n; i++)
		json_array_extend(all, a->v[i]);
	json_t *out = fn_set_of(all, a->edition);
	json_decref(all);
	return out;
}

/* The set of argument 0 keeping (or, for subtract, dropping) the elements
 * found in every other argument. */
static json_t *set_filter(const struct func_args *a, bool subtract)
{
	json_t *first = fn_set_of(a->v[0], a->edition), *out = json_array();
	json_t **others = xcalloc(a->n, sizeof(*others));
	for (size_t i = 1; i < a->n; i++)
		others[i] = fn_set_of(a->v[i], a->edition);
	size_t k;
	json_t *item;
	json_array_foreach(first, k, item) {
		bool everywhere = true;
		for (size_t i = 1; i < a->n && everywhere; i++)
			everywhere = set_has(others[i], item);
		if (everywhere != subtract)
			json_array_append(out, item);
	}
	for (size_t i = 1; i < a->n; i++)
		json_decref(others[i]);
	free(others);
	json_decref(first);
	return out;
}

json_t *fn_setintersection(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return set_filter(a, false);
}

json_t *fn_setsubtract(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return set_filter(a, true);
}

static void product_into(json_t *out, const struct func_args *a, size_t i, json_t *row)
{
	if (i == a->n) {
		json_array_append_new(out, json_deep_copy(row));
		return;
	}
	size_t k;
	json_t *item;
	json_array_foreach(a->v[i], k, item) {
		json_array_append(row, item);
		product_into(out, a, i + 1, row);
		json_array_remove(row, json_array_size(row) - 1);
	}
}

/* setproduct(lists...): every combination of one element of each, the
 * first list varying slowest. */
json_t *fn_setproduct(const struct func_args *a, struct strbuf *err)
{
	size_t total = 1;
	for (size_t i = 0; i < a->n; i++) {
		size_t n = json_array_size(a->v[i]);
		if (n && total > 100000 / n) {
			strbuf_addstr(err, "setproduct: more than 100000 combinations");
			return NULL;
		}
		total *= n;
	}
	json_t *out = json_array(), *row = json_array();
	product_into(out, a, 0, row);
	json_decref(row);
	return out;
}

json_t *fn_toset(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return fn_set_of(a->v[0], a->edition);
}

/* Whether the conversion of list's elements to one kind (fn_unify) is
 * known though some are not: when the known ones are text or null, an
 * unknown one converts to text too or fails; with a number among them,
 * whether it becomes text depends on the unknown ones. */
static bool unify_known(const json_t *list)
{
	size_t i;
	json_t *item;
	json_array_foreach(list, i, item)
		if (!value_is_unknown(item) && !json_is_string(item) && !json_is_null(item))
			return false;
	return true;
}

json_t *fn_tolist(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	if (json_is_null(a->v[0]))
		return json_null(); /* tolist(null) is a list's null, as Terraform's */
	if (value_contains_unknown(a->v[0]) && !unify_known(a->v[0]))
		return value_unknown();
	return fn_unify(a->v[0], a->edition);
}

/* tomap(map): the map with its values converted to one kind, as
 * Terraform's ({a = 1, b = "x"} has "1" and "x"). */
json_t *fn_tomap(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	size_t n;
	const char **keys = value_sorted_keys(a->v[0], &n);
	json_t *vals = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append(vals, json_object_get(a->v[0], keys[i]));
	if (value_contains_unknown(vals) && !unify_known(vals)) {
		json_decref(vals);
		free(keys);
		return value_unknown();
	}
	json_t *unified = fn_unify(vals, a->edition), *out = json_object();
	for (size_t i = 0; i < n; i++)
		json_object_set(out, keys[i], json_array_get(unified, i));
	json_decref(vals);
	json_decref(unified);
	free(keys);
	return out;
}

/* one(list): null for an empty list, the element of a one-element list. */
json_t *fn_one(const struct func_args *a, struct strbuf *err)
{
	size_t n = json_array_size(a->v[0]);
	if (n > 1) {
		fn_bad_arg(err, "one", 0, "a list of zero or one elements", a->v[0], a->secret);
		return NULL;
	}
	return n ? json_deep_copy(json_array_get(a->v[0], 0)) : json_null();
}

/* alltrue (all) or anytrue; NULL when an element is not a bool. An
 * element not known yet makes alltrue unknown unless a false one comes
 * before it, anytrue unless a true one is anywhere (cty's two loops). */
static json_t *all_or_any(const struct func_args *a, bool all)
{
	size_t i;
	json_t *item;
	bool result = all, unknown = false;
	json_array_foreach(a->v[0], i, item) {
		int truth = -1;
		if (value_is_unknown(item)) {
			if (all && result)
				return value_unknown();
			unknown = true;
			continue;
		}
		if (json_is_null(item)) /* as Terraform: null is not true */
			truth = 0;
		else if (json_is_boolean(item))
			truth = json_is_true(item);
		else if (json_is_string(item) && !strcmp(json_string_value(item), "true"))
			truth = 1;
		else if (json_is_string(item) && !strcmp(json_string_value(item), "false"))
			truth = 0;
		if (truth < 0)
			return NULL;
		if (all && !truth)
			result = false;
		if (!all && truth)
			result = true;
	}
	return unknown && result == all ? value_unknown() : json_boolean(result);
}

/* err names the element of argument 1 that is no bool (alltrue, anytrue);
 * NULL, the call's result. */
static json_t *not_bool(const struct func_args *a, const char *name, struct strbuf *err)
{
	size_t i;
	json_t *item;
	json_array_foreach(a->v[0], i, item)
		if (!json_is_boolean(item) && !json_is_null(item) &&
		    !(json_is_string(item) && (!strcmp(json_string_value(item), "true") ||
					       !strcmp(json_string_value(item), "false")))) {
			strbuf_addf(err, "%s: element %zu of argument 1 must be true or false, got ",
				    name, i);
			fn_describe(err, item, a->secret);
			break;
		}
	return NULL;
}

json_t *fn_alltrue(const struct func_args *a, struct strbuf *err)
{
	json_t *out = all_or_any(a, true);
	return out ? out : not_bool(a, "alltrue", err);
}

json_t *fn_anytrue(const struct func_args *a, struct strbuf *err)
{
	json_t *out = all_or_any(a, false);
	return out ? out : not_bool(a, "anytrue", err);
}
