/*
 * expr_func.c: the functions of ${...} expressions (see stacks/expr_func.h):
 * the one table — name, number of arguments, the kind of each, the kind
 * returned, the C function (in stacks/expr_func_*.c, by category) — and
 * the argument checks shared by load time and plan time.
 */
#include "stacks/expr_func.h"
#include "stacks/expr_func_lib.h"
#include "provider/base/diag.h"
#include "provider/provider.h"

#include <stdlib.h>
#include <string.h>

#define S FK_STRING
#define L FK_LIST
#define M FK_MAP
#define A FK_ANY
#define N FK_NUMBER
#define MANY FUNC_ANY_NUMBER

/* By name; docs/stack-language.md has a row for each (t0710 checks). */
static const struct expr_func funcs[] = {
	{ "abs", 1, 1, 1, { N }, N, fn_abs },
	{ "abspath", 1, 1, 1, { S }, S, fn_abspath },
	{ "alltrue", 1, 1, 1, { L }, A, fn_alltrue, FU_PARTS },
	{ "anytrue", 1, 1, 1, { L }, A, fn_anytrue, FU_PARTS },
	{ "base64decode", 1, 1, 1, { S }, S, fn_base64decode },
	{ "base64encode", 1, 1, 1, { S }, S, fn_base64encode },
	{ "base64sha256", 1, 1, 1, { S }, S, fn_base64sha256 },
	{ "base64sha512", 1, 1, 1, { S }, S, fn_base64sha512 },
	{ "basename", 1, 1, 1, { S }, S, fn_basename },
	/* can and try catch their arguments' errors: stacks/expr_eval.c evaluates
	 * them (EXPR_TRY) and never calls these rows; they are here to be
	 * known by name (the list of functions, "did you mean"). */
	{ "can", 1, 1, 1, { A }, A, NULL },
	{ "ceil", 1, 1, 1, { N }, N, fn_ceil },
	{ "chomp", 1, 1, 1, { S }, S, fn_chomp },
	{ "chunklist", 2, 2, 2, { L, N }, L, fn_chunklist, FU_PARTS },
	{ "cidrhost", 2, 2, 2, { S, N }, S, fn_cidrhost },
	{ "cidrnetmask", 1, 1, 1, { S }, S, fn_cidrnetmask },
	{ "cidrsubnet", 3, 3, 2, { S, N }, S, fn_cidrsubnet },
	{ "cidrsubnets", 1, MANY, 2, { S, N }, L, fn_cidrsubnets },
	{ "coalesce", 1, MANY, 1, { A }, A, fn_coalesce, FU_WHOLE },
	{ "coalescelist", 1, MANY, 1, { FK_LIST_OR_NULL }, L, fn_coalescelist, FU_WHOLE },
	{ "compact", 1, 1, 1, { L }, L, fn_compact },
	{ "concat", 1, MANY, 1, { L }, L, fn_concat, FU_PARTS },
	{ "contains", 2, 2, 2, { L, A }, A, fn_contains, FU_PARTS },
	{ "csvdecode", 1, 1, 1, { S }, L, fn_csvdecode },
	{ "dirname", 1, 1, 1, { S }, S, fn_dirname },
	{ "distinct", 1, 1, 1, { L }, L, fn_distinct },
	{ "element", 2, 2, 2, { L, N }, A, fn_element, FU_PARTS },
	{ "endswith", 2, 2, 1, { S }, A, fn_endswith },
	{ "file", 1, 1, 1, { S }, S, fn_file, FU_NONE, true },
	{ "filebase64", 1, 1, 1, { S }, S, fn_filebase64, FU_NONE, true },
	{ "filebase64sha256", 1, 1, 1, { S }, S, fn_filebase64sha256, FU_NONE, true },
	{ "filebase64sha512", 1, 1, 1, { S }, S, fn_filebase64sha512, FU_NONE, true },
	{ "fileexists", 1, 1, 1, { S }, A, fn_fileexists, FU_NONE, true },
	{ "filemd5", 1, 1, 1, { S }, S, fn_filemd5, FU_NONE, true },
	{ "fileset", 2, 2, 1, { S }, L, fn_fileset, FU_NONE, true },
	{ "filesha1", 1, 1, 1, { S }, S, fn_filesha1, FU_NONE, true },
	{ "filesha256", 1, 1, 1, { S }, S, fn_filesha256, FU_NONE, true },
	{ "filesha512", 1, 1, 1, { S }, S, fn_filesha512, FU_NONE, true },
	{ "flatten", 1, 1, 1, { L }, L, fn_flatten, FU_PARTS },
	{ "floor", 1, 1, 1, { N }, N, fn_floor },
	{ "format", 1, MANY, 2, { S, A }, S, fn_format },
	{ "formatdate", 2, 2, 1, { S }, S, fn_formatdate },
	{ "formatlist", 1, MANY, 2, { S, A }, L, fn_formatlist, FU_PARTS },
	{ "indent", 2, 2, 2, { N, S }, S, fn_indent },
	{ "index", 2, 2, 2, { L, A }, A, fn_index, FU_PARTS },
	{ "join", 2, 2, 2, { S, L }, S, fn_join },
	{ "jsondecode", 1, 1, 1, { S }, A, fn_jsondecode },
	{ "jsonencode", 1, 1, 1, { A }, S, fn_jsonencode },
	{ "keys", 1, 1, 1, { M }, L, fn_keys, FU_PARTS },
	{ "length", 1, 1, 1, { A }, A, fn_length, FU_PARTS },
	{ "log", 2, 2, 1, { N }, N, fn_log },
	{ "lookup", 2, 3, 3, { M, S, A }, A, fn_lookup, FU_WHOLE },
	{ "lower", 1, 1, 1, { S }, S, fn_lower },
	{ "matchkeys", 3, 3, 1, { L }, L, fn_matchkeys },
	{ "max", 1, MANY, 1, { N }, N, fn_max },
	{ "md5", 1, 1, 1, { S }, S, fn_md5 },
	{ "merge", 1, MANY, 1, { FK_MAP_OR_NULL }, M, fn_merge, FU_PARTS },
	{ "min", 1, MANY, 1, { N }, N, fn_min },
	{ "one", 1, 1, 1, { L }, A, fn_one, FU_PARTS },
	{ "parseint", 2, 2, 2, { S, N }, N, fn_parseint },
	{ "pathexpand", 1, 1, 1, { S }, S, fn_pathexpand },
	{ "pow", 2, 2, 1, { N }, N, fn_pow },
	{ "range", 1, 3, 1, { N }, L, fn_range },
	{ "regex", 2, 2, 1, { S }, A, fn_regex },
	{ "regexall", 2, 2, 1, { S }, L, fn_regexall },
	{ "replace", 3, 3, 1, { S }, S, fn_replace },
	{ "reverse", 1, 1, 1, { L }, L, fn_reverse, FU_PARTS },
	{ "rsadecrypt", 2, 2, 1, { S }, S, fn_rsadecrypt },
	{ "setintersection", 1, MANY, 1, { L }, L, fn_setintersection },
	{ "setproduct", 2, MANY, 1, { L }, L, fn_setproduct, FU_PARTS },
	{ "setsubtract", 2, 2, 1, { L }, L, fn_setsubtract },
	{ "setunion", 1, MANY, 1, { L }, L, fn_setunion },
	{ "sha1", 1, 1, 1, { S }, S, fn_sha1 },
	{ "sha256", 1, 1, 1, { S }, S, fn_sha256 },
	{ "sha512", 1, 1, 1, { S }, S, fn_sha512 },
	{ "signum", 1, 1, 1, { N }, N, fn_signum },
	{ "slice", 3, 3, 2, { L, N }, L, fn_slice, FU_PARTS },
	{ "sort", 1, 1, 1, { L }, L, fn_sort, FU_PARTS },
	{ "split", 2, 2, 1, { S }, L, fn_split },
	{ "startswith", 2, 2, 1, { S }, A, fn_startswith },
	{ "strcontains", 2, 2, 1, { S }, A, fn_strcontains },
	{ "strrev", 1, 1, 1, { S }, S, fn_strrev },
	{ "substr", 3, 3, 2, { S, N }, S, fn_substr },
	{ "sum", 1, 1, 1, { L }, N, fn_sum },
	{ "templatefile", 2, 2, 2, { S, M }, S, fn_templatefile, FU_PARTS, true },
	{ "templatestring", 2, 2, 2, { S, M }, S, fn_templatestring, FU_PARTS },
	{ "textdecodebase64", 2, 2, 1, { S }, S, fn_textdecodebase64 },
	{ "textencodebase64", 2, 2, 1, { S }, S, fn_textencodebase64 },
	{ "timeadd", 2, 2, 1, { S }, S, fn_timeadd },
	{ "timecmp", 2, 2, 1, { S }, N, fn_timecmp },
	{ "title", 1, 1, 1, { S }, S, fn_title },
	{ "tobool", 1, 1, 1, { A }, A, fn_tobool },
	{ "tolist", 1, 1, 1, { FK_LIST_OR_NULL }, L, fn_tolist, FU_PARTS },
	{ "tomap", 1, 1, 1, { M }, M, fn_tomap, FU_PARTS },
	{ "tonumber", 1, 1, 1, { A }, A, fn_tonumber },
	{ "toset", 1, 1, 1, { L }, L, fn_toset },
	{ "tostring", 1, 1, 1, { A }, S, fn_tostring },
	{ "transpose", 1, 1, 1, { M }, M, fn_transpose },
	{ "trim", 2, 2, 1, { S }, S, fn_trim },
	{ "trimprefix", 2, 2, 1, { S }, S, fn_trimprefix },
	{ "trimspace", 1, 1, 1, { S }, S, fn_trimspace },
	{ "trimsuffix", 2, 2, 1, { S }, S, fn_trimsuffix },
	{ "try", 1, MANY, 1, { A }, A, NULL },
	{ "upper", 1, 1, 1, { S }, S, fn_upper },
	{ "urlencode", 1, 1, 1, { S }, S, fn_urlencode },
	{ "uuidv5", 2, 2, 1, { S }, S, fn_uuidv5 },
	{ "values", 1, 1, 1, { M }, L, fn_values, FU_PARTS },
	{ "yamldecode", 1, 1, 1, { S }, A, fn_yamldecode },
	{ "yamlencode", 1, 1, 1, { A }, S, fn_yamlencode },
	{ "zipmap", 2, 2, 1, { L }, M, fn_zipmap, FU_PARTS },
};
#undef S
#undef L
#undef M
#undef A
#undef N
#undef MANY
#define N_FUNCS (sizeof(funcs) / sizeof(funcs[0]))

static int cmp_name(const void *key, const void *entry)
{
	return strcmp(key, ((const struct expr_func *)entry)->name);
}

/* The table is in strcmp order (test_expr_func checks the list the hint prints),
 * so a call's function is found by halving: every ${...} call of a large
 * stack is looked up when it is parsed. */
const struct expr_func *expr_func_find(const char *name)
{
	return bsearch(name, funcs, N_FUNCS, sizeof(funcs[0]), cmp_name);
}

void expr_func_unknown(const char *name, struct strbuf *err, struct strbuf *hint)
{
	const char *names[N_FUNCS];
	for (size_t i = 0; i < N_FUNCS; i++)
		names[i] = funcs[i].name;
	strbuf_addf(err, "unknown function \"%s\"", name);
	if (!hint)
		return;
	const char *close = diag_suggest(name, names, N_FUNCS);
	if (close) {
		strbuf_addf(hint, "did you mean \"%s\"?", close);
		return;
	}
	strbuf_addstr(hint, "the functions are");
	for (size_t i = 0; i < N_FUNCS; i++)
		strbuf_addf(hint, "%s %s", i ? "," : "", names[i]);
}

int expr_func_check_count(const struct expr_func *f, size_t n, struct strbuf *err)
{
	if (n >= f->min_args && (f->max_args == FUNC_ANY_NUMBER || n <= f->max_args))
		return 0;
	strbuf_addf(err, "%s takes ", f->name);
	if (f->max_args == FUNC_ANY_NUMBER)
		strbuf_addf(err, "at least %zu", f->min_args);
	else if (f->max_args == f->min_args)
		strbuf_addf(err, "%zu", f->min_args);
	else
		strbuf_addf(err, "%zu or %zu", f->min_args, f->max_args);
	size_t largest = f->max_args == FUNC_ANY_NUMBER ? f->min_args : f->max_args;
	strbuf_addf(err, " argument%s, got %zu", largest == 1 ? "" : "s", n);
	return -1;
}

static const char *kind_name(enum func_kind k)
{
	switch (k) {
	case FK_STRING: return "a string";
	case FK_LIST:
	case FK_LIST_OR_NULL: return "a list";
	case FK_MAP:
	case FK_MAP_OR_NULL: return "a map";
	case FK_NUMBER: return "a number";
	default: return "a value";
	}
}

int expr_func_check_arg(const struct expr_func *f, size_t i, const json_t *v, bool secret,
			struct strbuf *err)
{
	enum func_kind want = f->arg_kinds[i < f->n_kinds ? i : f->n_kinds - 1];
	bool ok;
	double d;
	switch (want) {
	case FK_STRING: ok = fn_is_scalar(v); break;
	case FK_LIST: ok = json_is_array(v); break;
	case FK_MAP: ok = json_is_object(v); break;
	case FK_MAP_OR_NULL: ok = json_is_object(v) || json_is_null(v); break;
	case FK_LIST_OR_NULL: ok = json_is_array(v) || json_is_null(v); break;
	/* "" stands, at load time, for text only evaluation will know. */
	case FK_NUMBER: ok = fn_number_of(v, &d) || (json_is_string(v) && !json_string_length(v));
		break;
	default: ok = true; break;
	}
	if (ok)
		return 0;
	/* At load time an argument that is not a literal stands as an empty
	 * sample of its kind ([] for a list written [var.a]): name the kind. */
	if ((json_is_array(v) && !json_array_size(v)) || (json_is_object(v) && !json_object_size(v)) ||
	    (json_is_string(v) && !json_string_length(v))) {
		strbuf_addf(err, "%s: argument %zu must be %s, got %s", f->name, i + 1, kind_name(want),
			    value_kind(v));
		return -1;
	}
	fn_bad_arg(err, f->name, i, kind_name(want), v, secret);
	return -1;
}
