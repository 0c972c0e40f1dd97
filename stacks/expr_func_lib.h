/*
 * expr_func_lib.h: what the files of the function library share (inside
 * stacks/ only): the helpers of stacks/expr_func_util.c — an argument as
 * text or as a number with the error that names the function, the
 * argument and the value, Terraform's conversions of list elements, its set
 * order, digests and base64 — and the C function of every row of the table
 * in stacks/expr_func.c, by the file that holds it.
 *
 * Every fn_* follows struct expr_func's call: arguments borrowed, a new
 * reference returned, or NULL with err set ("NAME: ...").
 */
#ifndef TERRACE_EXPR_FUNC_LIB_H
#define TERRACE_EXPR_FUNC_LIB_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/base/strbuf.h"
#include "stacks/expr_func.h"

/* ---- stacks/expr_func_util.c ---------------------------------------------- */

/* A string, number or bool. */
bool fn_is_scalar(const json_t *v);
/* Argument i as text (a scalar: the kind check made sure); caller frees. */
char *fn_text(const struct func_args *a, size_t i);
/* Append v for a message: `"x"`, `3`, `["a","b"]` (long values cut), or
 * "a string (sensitive)" when secret. */
void fn_describe(struct strbuf *out, const json_t *v, bool secret);
/* err: `NAME: argument N must be WHAT, got VALUE` (VALUE by fn_describe). */
void fn_bad_arg(struct strbuf *err, const char *name, size_t i, const char *what,
		const json_t *v, bool secret);
/* The number v stands for (a number or a string that reads as one); false
 * when it is neither. */
bool fn_number_of(const json_t *v, double *out);
/* Argument i as a number, else -1 with fn_bad_arg's error. */
int fn_number(const struct func_args *a, size_t i, const char *name, double *out,
	      struct strbuf *err);
/* Argument i as a whole number, else -1 ("must be a whole number"). */
int fn_whole(const struct func_args *a, size_t i, const char *name, long long *out,
	     struct strbuf *err);
/* A number as JSON: an integer when whole and in range, else a real. */
json_t *fn_number_json(double d);
/* Text that reads as a number: an integer or a real; NULL when it does not. */
json_t *fn_number_from_text(const char *s);
/* A copy of list with Terraform's element conversion: when the elements
 * are strings, numbers and bools of more than one kind, all become strings
 * ([1, "a"] is ["1", "a"]); otherwise a plain copy. */
json_t *fn_unify(const json_t *list, enum func_edition edition);
/* A list's elements as strings (list(string)); NULL with err naming the
 * function, the argument and the element when one is a list or a map. */
json_t *fn_strings(const struct func_args *a, size_t i, const char *name, bool keep_null,
		   struct strbuf *err);
/* Terraform's set of list: converted as fn_unify, without duplicates, in
 * its order (strings by bytes, numbers by value, others as first seen). */
json_t *fn_set_of(const json_t *list, enum func_edition edition);
/* Equal as Terraform compares values (1 == 1.0). */
bool fn_equal(const json_t *x, const json_t *y);
/* Lower-case hex / standard base64 of data (new strings). */
json_t *fn_hex(const unsigned char *data, size_t len);
json_t *fn_base64(const unsigned char *data, size_t len);
/* The digest md ("md5", "sha1", "sha256", "sha512") of data into out
 * (at least 64 bytes); its length, or 0 when the digest failed. */
unsigned fn_digest(const char *md, const void *data, size_t len, unsigned char *out);
/* Where each character of s starts, as Terraform counts characters
 * (grapheme clusters: "e" and a combining accent, or an emoji and its
 * variation selector, are one), and the end: *n + 1 byte offsets; free. */
size_t *fn_graphemes(const char *s, size_t *n);
/* The UTF-8 code point count of s[0..len). */
size_t fn_utf8_len(const char *s, size_t len);
/* A new string of s[0..len), or NULL with err "NAME: the result is not
 * UTF-8 text" when it is not valid UTF-8. */
json_t *fn_string_checked(const char *s, size_t len, const char *name, struct strbuf *err);

/* ---- stacks/expr_func_string.c --------------------------------------------- */
json_t *fn_lower(const struct func_args *a, struct strbuf *err);
json_t *fn_upper(const struct func_args *a, struct strbuf *err);
json_t *fn_title(const struct func_args *a, struct strbuf *err);
json_t *fn_replace(const struct func_args *a, struct strbuf *err);
json_t *fn_regex(const struct func_args *a, struct strbuf *err);
json_t *fn_regexall(const struct func_args *a, struct strbuf *err);
json_t *fn_join(const struct func_args *a, struct strbuf *err);
json_t *fn_split(const struct func_args *a, struct strbuf *err);
json_t *fn_substr(const struct func_args *a, struct strbuf *err);
json_t *fn_trim(const struct func_args *a, struct strbuf *err);
json_t *fn_trimspace(const struct func_args *a, struct strbuf *err);
json_t *fn_trimprefix(const struct func_args *a, struct strbuf *err);
json_t *fn_trimsuffix(const struct func_args *a, struct strbuf *err);
json_t *fn_chomp(const struct func_args *a, struct strbuf *err);
json_t *fn_indent(const struct func_args *a, struct strbuf *err);
json_t *fn_startswith(const struct func_args *a, struct strbuf *err);
json_t *fn_endswith(const struct func_args *a, struct strbuf *err);
json_t *fn_strcontains(const struct func_args *a, struct strbuf *err);
json_t *fn_strrev(const struct func_args *a, struct strbuf *err);
json_t *fn_tostring(const struct func_args *a, struct strbuf *err);
json_t *fn_tobool(const struct func_args *a, struct strbuf *err);

/* ---- stacks/expr_func_format.c --------------------------------------------- */
json_t *fn_format(const struct func_args *a, struct strbuf *err);
json_t *fn_formatlist(const struct func_args *a, struct strbuf *err);

/* ---- stacks/expr_func_collection.c ----------------------------------------- */
json_t *fn_lookup(const struct func_args *a, struct strbuf *err);
json_t *fn_merge(const struct func_args *a, struct strbuf *err);
json_t *fn_coalesce(const struct func_args *a, struct strbuf *err);
json_t *fn_coalescelist(const struct func_args *a, struct strbuf *err);
json_t *fn_concat(const struct func_args *a, struct strbuf *err);
json_t *fn_contains(const struct func_args *a, struct strbuf *err);
json_t *fn_keys(const struct func_args *a, struct strbuf *err);
json_t *fn_values(const struct func_args *a, struct strbuf *err);
json_t *fn_length(const struct func_args *a, struct strbuf *err);
json_t *fn_element(const struct func_args *a, struct strbuf *err);
json_t *fn_slice(const struct func_args *a, struct strbuf *err);
json_t *fn_flatten(const struct func_args *a, struct strbuf *err);
json_t *fn_distinct(const struct func_args *a, struct strbuf *err);
json_t *fn_zipmap(const struct func_args *a, struct strbuf *err);
json_t *fn_index(const struct func_args *a, struct strbuf *err);
json_t *fn_reverse(const struct func_args *a, struct strbuf *err);
json_t *fn_sort(const struct func_args *a, struct strbuf *err);
json_t *fn_compact(const struct func_args *a, struct strbuf *err);
json_t *fn_chunklist(const struct func_args *a, struct strbuf *err);
json_t *fn_setunion(const struct func_args *a, struct strbuf *err);
json_t *fn_setintersection(const struct func_args *a, struct strbuf *err);
json_t *fn_setsubtract(const struct func_args *a, struct strbuf *err);
json_t *fn_setproduct(const struct func_args *a, struct strbuf *err);
json_t *fn_toset(const struct func_args *a, struct strbuf *err);
json_t *fn_tolist(const struct func_args *a, struct strbuf *err);
json_t *fn_tomap(const struct func_args *a, struct strbuf *err);
json_t *fn_one(const struct func_args *a, struct strbuf *err);
json_t *fn_alltrue(const struct func_args *a, struct strbuf *err);
json_t *fn_anytrue(const struct func_args *a, struct strbuf *err);
json_t *fn_transpose(const struct func_args *a, struct strbuf *err);
json_t *fn_matchkeys(const struct func_args *a, struct strbuf *err);

/* ---- stacks/expr_func_number.c --------------------------------------------- */
json_t *fn_min(const struct func_args *a, struct strbuf *err);
json_t *fn_max(const struct func_args *a, struct strbuf *err);
json_t *fn_sum(const struct func_args *a, struct strbuf *err);
json_t *fn_abs(const struct func_args *a, struct strbuf *err);
json_t *fn_ceil(const struct func_args *a, struct strbuf *err);
json_t *fn_floor(const struct func_args *a, struct strbuf *err);
json_t *fn_pow(const struct func_args *a, struct strbuf *err);
json_t *fn_log(const struct func_args *a, struct strbuf *err);
json_t *fn_signum(const struct func_args *a, struct strbuf *err);
json_t *fn_parseint(const struct func_args *a, struct strbuf *err);
json_t *fn_range(const struct func_args *a, struct strbuf *err);
json_t *fn_tonumber(const struct func_args *a, struct strbuf *err);

/* ---- stacks/expr_func_encoding.c ------------------------------------------- */
json_t *fn_jsonencode(const struct func_args *a, struct strbuf *err);
json_t *fn_jsondecode(const struct func_args *a, struct strbuf *err);
json_t *fn_yamlencode(const struct func_args *a, struct strbuf *err);
json_t *fn_yamldecode(const struct func_args *a, struct strbuf *err);
json_t *fn_base64encode(const struct func_args *a, struct strbuf *err);
json_t *fn_base64decode(const struct func_args *a, struct strbuf *err);
json_t *fn_textencodebase64(const struct func_args *a, struct strbuf *err);
json_t *fn_textdecodebase64(const struct func_args *a, struct strbuf *err);
json_t *fn_urlencode(const struct func_args *a, struct strbuf *err);
json_t *fn_csvdecode(const struct func_args *a, struct strbuf *err);
json_t *fn_md5(const struct func_args *a, struct strbuf *err);
json_t *fn_sha1(const struct func_args *a, struct strbuf *err);
json_t *fn_sha256(const struct func_args *a, struct strbuf *err);
json_t *fn_sha512(const struct func_args *a, struct strbuf *err);
json_t *fn_base64sha256(const struct func_args *a, struct strbuf *err);
json_t *fn_base64sha512(const struct func_args *a, struct strbuf *err);
json_t *fn_uuidv5(const struct func_args *a, struct strbuf *err);
json_t *fn_rsadecrypt(const struct func_args *a, struct strbuf *err);

/* ---- stacks/expr_func_file.c ----------------------------------------------- */
json_t *fn_file(const struct func_args *a, struct strbuf *err);
json_t *fn_filebase64(const struct func_args *a, struct strbuf *err);
json_t *fn_fileexists(const struct func_args *a, struct strbuf *err);
json_t *fn_fileset(const struct func_args *a, struct strbuf *err);
json_t *fn_filemd5(const struct func_args *a, struct strbuf *err);
json_t *fn_filesha1(const struct func_args *a, struct strbuf *err);
json_t *fn_filesha256(const struct func_args *a, struct strbuf *err);
json_t *fn_filesha512(const struct func_args *a, struct strbuf *err);
json_t *fn_filebase64sha256(const struct func_args *a, struct strbuf *err);
json_t *fn_filebase64sha512(const struct func_args *a, struct strbuf *err);
json_t *fn_templatefile(const struct func_args *a, struct strbuf *err);
json_t *fn_templatestring(const struct func_args *a, struct strbuf *err);
json_t *fn_basename(const struct func_args *a, struct strbuf *err);
json_t *fn_dirname(const struct func_args *a, struct strbuf *err);
json_t *fn_abspath(const struct func_args *a, struct strbuf *err);
json_t *fn_pathexpand(const struct func_args *a, struct strbuf *err);

/* ---- stacks/expr_func_network.c -------------------------------------------- */
json_t *fn_cidrhost(const struct func_args *a, struct strbuf *err);
json_t *fn_cidrnetmask(const struct func_args *a, struct strbuf *err);
json_t *fn_cidrsubnet(const struct func_args *a, struct strbuf *err);
json_t *fn_cidrsubnets(const struct func_args *a, struct strbuf *err);

/* ---- stacks/expr_func_time.c ----------------------------------------------- */
json_t *fn_timeadd(const struct func_args *a, struct strbuf *err);
json_t *fn_timecmp(const struct func_args *a, struct strbuf *err);
json_t *fn_formatdate(const struct func_args *a, struct strbuf *err);

#endif
