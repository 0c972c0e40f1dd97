/*
 * convert_tf_package.c: terraform-aws-lambda's package builder in `terrace
 * convert -from terraform`. The module builds its function's zip with
 * data "external" running `python3 package.py prepare` (its query:
 * source_path, runtime, artifacts_dir...) and a null_resource running
 * `package.py build`; the function takes the zip's name,
 * data.external.X.result.filename. terrace zips a function's or layer's
 * `source` itself and pip-installs a `python` block's requirements, so the
 * data source becomes a local holding, per instance, what package.py would
 * put in the zip as terrace's packaging has it:
 *
 *   source        the folder or file source_path names (a string, or a
 *                 list of strings and {path = ...} maps; of several the
 *                 first, which the precondition then refuses), else null
 *   requirements  the requirements file package.py would pip-install: a
 *                 string path's requirements.txt with a python runtime, a
 *                 map's pip_requirements (true: its path's requirements.txt)
 *   not_carried   what package.py would do that terrace's packaging does
 *                 not: commands, patterns, prefix_in_zip, poetry, uv and
 *                 npm installs, more (or less) than one path
 *
 * result.filename is that local's source (convert_tf_refs.c). Once the
 * stack is converted, a function whose source reaches the local (through
 * the module's locals) gets python: {requirements} when it has one, and
 * every function and layer whose source is a package gets a precondition
 * that fails the plan, naming what is not carried, rather than uploading
 * another package than Terraform's: a layer's requirements are among them
 * (package.py installs them at the zip's root, terrace's python block under
 * python/); such a function's source_code_hash, the hash of the zip
 * package.py built, is dropped: terrace hashes what it zips (code_sha256).
 * The aws_s3_object uploading result.filename (store_on_s3) is
 * left out: terrace's aws.s3.object uploads a file, it does not zip a
 * folder; the functions and layers get a precondition that fails while it
 * would exist (its count not 0). source_path is read as package.py reads
 * its query: text opening with ", [ or { is JSON.
 */
#include <ctype.h>
#include <string.h>

#include "provider/provider.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"

/* The member key of an HCL object expression (NULL: none). */
static const struct expr_node *map_member(const struct expr_node *map, const char *key)
{
	if (!map || map->kind != EXPR_MAP)
		return NULL;
	for (size_t i = 0; i + 1 < map->n_args; i += 2) {
		const struct expr_node *k = map->args[i];
		if (k->kind == EXPR_LITERAL && json_is_string(k->literal) &&
		    !strcmp(json_string_value(k->literal), key))
			return map->args[i + 1];
	}
	return NULL;
}

/* Whether n is a string, or a template, whose text ends with suffix. */
static bool text_ends_with(const struct expr_node *n, const char *suffix)
{
	if (n && n->kind == EXPR_TEMPLATE && n->n_args)
		n = n->args[n->n_args - 1];
	if (!n || n->kind != EXPR_LITERAL || !json_is_string(n->literal))
		return false;
	const char *s = json_string_value(n->literal);
	size_t len = strlen(s), sl = strlen(suffix);
	return len >= sl && !strcmp(s + len - sl, suffix);
}

bool tf_is_lambda_package(const struct hcl_item *blk)
{
	const struct hcl_item *program = hcl_attr(blk->body, "program");
	const struct hcl_item *query = hcl_attr(blk->body, "query");
	bool script = false, prepare = false;
	if (!program || !program->expr || program->expr->kind != EXPR_LIST || !query ||
	    !query->expr || hcl_attr(blk->body, "for_each"))
		return false;
	/* [python, "${path.module}/package.py", "prepare"] */
	for (size_t i = 0; i < program->expr->n_args; i++) {
		const struct expr_node *a = program->expr->args[i];
		bool literal = a->kind == EXPR_LITERAL && json_is_string(a->literal);
		if (!script)
			script = text_ends_with(a, "/package.py") ||
				 (literal && !strcmp(json_string_value(a->literal), "package.py"));
		else
			prepare = prepare ||
				  (literal && !strcmp(json_string_value(a->literal), "prepare"));
	}
	return prepare && map_member(query->expr, "source_path") &&
	       map_member(query->expr, "runtime") && map_member(query->expr, "artifacts_dir");
}

static char *local_name(const struct decl *dc)
{
	return xasprintf(TF_PACKAGE_LOCAL, dc->name);
}

/* text with each @NAME@ of the pairs (NULL-ended) replaced by its value. */
static void substitute(struct strbuf *out, const char *text, const char *const *pairs)
{
	for (const char *p = text; *p;) {
		bool done = false;
		for (size_t i = 0; *p == '@' && pairs[i]; i += 2) {
			size_t n = strlen(pairs[i]);
			if (!strncmp(p, pairs[i], n)) {
				strbuf_addstr(out, pairs[i + 1]);
				p += n;
				done = true;
				break;
			}
		}
		if (!done)
			strbuf_addch(out, *p++);
	}
}

/* One instance's package: @SP@ the query's source_path, @RT@ its runtime
 * (each an expression's text), as package.py's BuildPlanManager.plan reads
 * them. Names bound by one-element for expressions stand for the steps. */
static const char package_expr[] =
	"[for package_sp in [@SP@] : "
	"[for package_d in [contains([\"\\\"\", \"[\", \"{\"], substr(package_sp, 0, 1)) ? "
	"try(jsondecode(package_sp), package_sp) : package_sp] : "
	"[for package_claims in [can(tostring(package_d)) ? [package_d] : package_d] : "
	"[for package_paths in [compact([for pc in package_claims : "
	"can(tostring(pc)) ? pc : try(pc.path, null)])] : "
	"[for package_reqs in [compact(flatten([for pc in package_claims : can(tostring(pc)) ? "
	"(@PY(@RT@)@ && try(fileexists(\"${trimsuffix(pc, \"/\")}/requirements.txt\"), false) ? "
	"[\"${trimsuffix(pc, \"/\")}/requirements.txt\"] : []) : "
	"(@PY(try(pc.runtime, @RT@))@ && @T(\"pip_requirements\")@ && !@T(\"commands\")@ ? "
	"[try(tobool(pc.pip_requirements), false) ? "
	"\"${trimsuffix(pc.path, \"/\")}/requirements.txt\" : pc.pip_requirements] : [])]))] : "
	"{source = length(package_paths) > 0 ? package_paths[0] : null, "
	"requirements = length(package_reqs) == 1 ? package_reqs[0] : null, "
	"not_carried = concat(flatten([for pc in package_claims : can(tostring(pc)) ? concat("
	"@PY(@RT@)@ && (try(fileexists(\"${trimsuffix(pc, \"/\")}/uv.lock\"), false) || "
	"try(length(regexall(\"(?m)^(\\\\[tool\\\\.uv\\\\]|build-backend.*(poetry|uv))\", "
	"file(\"${trimsuffix(pc, \"/\")}/pyproject.toml\"))) > 0, false)) ? "
	"[\"${pc}: a poetry or uv install\"] : [], "
	"@NODE(@RT@)@ && try(fileexists(\"${trimsuffix(pc, \"/\")}/package.json\"), false) ? "
	"[\"${pc}: npm install\"] : []) : "
	"[for k in concat([\"commands\", \"patterns\", \"prefix_in_zip\"], "
	"@PY(try(pc.runtime, @RT@))@ ? [\"poetry_install\", \"uv_install\"] : [], "
	"@NODE(try(pc.runtime, @RT@))@ ? [\"npm_requirements\", \"npm_package_json\"] : []) : "
	"\"${try(pc.path, \"\")}: ${k}\" if @T(k)@]]), "
	"length(package_paths) == 1 ? [] : "
	"[\"${length(package_paths)} paths (the conversion carries one folder or file)\"], "
	"length(package_reqs) > 1 ? [\"${length(package_reqs)} requirements files\"] : [], "
	"length(package_reqs) == 1 && length(package_paths) == 1 && "
	"try(fileexists(package_paths[0]), false) ? [\"pip requirements beside a file "
	"(terrace's python block copies a folder beside the packages)\"] : [])}"
	"][0]][0]][0]][0]][0]";

/* The expression's macros, expanded first (they hold @RT@). */
static void expand_macros(struct strbuf *out, const char *text)
{
	for (const char *p = text; *p;) {
		const char *end;
		if (!strncmp(p, "@PY(", 4) || !strncmp(p, "@NODE(", 6) || !strncmp(p, "@T(", 3)) {
			const char *open = strchr(p, '(');
			end = strstr(open, ")@");
			char *arg = xstrndup(open + 1, (size_t)(end - open - 1));
			if (p[1] == 'P')
				strbuf_addf(out, "try(startswith(%s, \"python\"), false)", arg);
			else if (p[1] == 'N')
				strbuf_addf(out, "try(startswith(%s, \"nodejs\"), false)", arg);
			else
				strbuf_addf(out, "(try(pc[%s], null) != null && try(pc[%s], null) != false "
					    "&& try(length(pc[%s]), 1) > 0)", arg, arg, arg);
			free(arg);
			p = end + 2;
		} else {
			strbuf_addch(out, *p++);
		}
	}
}

void tf_convert_package(struct conv *c, const struct decl *dc)
{
	const struct hcl_item *query = hcl_attr(dc->item->body, "query");
	const struct hcl_item *count = hcl_attr(dc->item->body, "count");
	bool had = c->count_bound;
	c->count_bound = count != NULL;
	char *sp = tf_node_text(c, query, map_member(query->expr, "source_path"));
	char *rt = sp ? tf_node_text(c, query, map_member(query->expr, "runtime")) : NULL;
	char *n = rt && count ? tf_attr_text(c, count) : NULL;
	c->count_bound = had;
	if (rt && (n || !count)) {
		struct strbuf macros = STRBUF_INIT, one = STRBUF_INIT, v = STRBUF_INIT;
		char *sp_p = xasprintf("(%s)", sp), *rt_p = xasprintf("(%s)", rt);
		const char *const pairs[] = { "@SP@", sp_p, "@RT@", rt_p, NULL };
		expand_macros(&macros, package_expr);
		substitute(&one, macros.buf, pairs);
		if (count)
			strbuf_addf(&v, "${[for count_index in range(%s) : %s]}", n, one.buf);
		else
			strbuf_addf(&v, "${%s}", one.buf);
		char *name = local_name(dc);
		json_object_set_new(tf_section(c, "locals"), name, json_string(v.buf));
		free(name);
		free(sp_p);
		free(rt_p);
		strbuf_release(&macros);
		strbuf_release(&one);
		strbuf_release(&v);
	}
	tf_left_out(c, &dc->item->pos, "data \"external\" \"%s\" (terraform-aws-lambda's "
		    "package.py) carried as terrace's own packaging, its result.filename the folder "
		    "or file source_path names (a function's python block: the requirements "
		    "package.py would pip-install); %s", dc->tf_name,
		    "left out: its docker build (terrace's pip installs binary wheels for the "
		    "platform here), artifacts_dir and the zip's name; commands, patterns, "
		    "prefix_in_zip, poetry, uv and npm installs, more than one path, a layer's "
		    "requirements and an upload to S3 (store_on_s3) fail the plan with a "
		    "precondition naming them (docs/convert.md)");
	free(sp);
	free(rt);
	free(n);
}

/* Whether text names local.name, itself or through the stack's locals
 * (depth: how many more locals to follow). */
static bool reaches(struct conv *c, const char *text, const char *name, int depth)
{
	for (const char *p = strstr(text, "local."); p; p = strstr(p + 1, "local.")) {
		if (p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '.'))
			continue;
		const char *id = p + 6;
		size_t len = strspn(id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				    "0123456789_-");
		if (len == strlen(name) && !strncmp(id, name, len))
			return true;
		if (depth <= 0)
			continue;
		char *local = xstrndup(id, len);
		json_t *v = json_object_get(json_object_get(c->out, "locals"), local);
		free(local);
		char *dumped = v ? json_dumps(v, JSON_ENCODE_ANY) : NULL;
		bool yes = dumped && reaches(c, dumped, name, depth - 1);
		free(dumped);
		if (yes)
			return true;
	}
	return false;
}

void tf_add_precondition(json_t *res, const char *condition, const char *message)
{
	json_t *life = json_object_get(res, "lifecycle");
	if (!life)
		json_object_set_new(res, "lifecycle", life = json_object());
	json_t *rules = json_object_get(life, "precondition");
	if (!rules)
		json_object_set_new(life, "precondition", rules = json_array());
	json_array_append_new(rules, json_pack("{s:s,s:s}", "condition", condition,
					       "error_message", message));
}

/* The package builder whose result.filename an aws_s3_object uploads
 * (its source that reference), or NULL. */
static const struct decl *uploaded_package(struct conv *c, const struct decl *dc)
{
	const struct hcl_item *source = hcl_attr(dc->item->body, "source");
	if (dc->kind != D_RESOURCE || strcmp(dc->tf_type, "aws_s3_object") || !source ||
	    !source->expr || source->expr->kind != EXPR_REF ||
	    strcmp(source->expr->ref.root, "data.external") || !source->expr->ref.path)
		return NULL;
	const char *path = source->expr->ref.path;
	size_t n = tf_first_step(path);
	const char *tail = path + n;
	if (*tail == '[')
		tail = strchr(tail, ']') ? strchr(tail, ']') + 1 : tail;
	if (strcmp(tail, ".result.filename"))
		return NULL;
	char *name = xstrndup(path, n);
	const struct decl *pkg = tf_find_decl(c, D_DATA, "external", name);
	free(name);
	return pkg && pkg->lambda_package ? pkg : NULL;
}

void tf_package_objects(struct conv *c)
{
	for (size_t i = 0; i < c->n_decls; i++) {
		struct decl *dc = &c->decls[i];
		if (!dc->rt || !uploaded_package(c, dc))
			continue;
		dc->rt = NULL;
		tf_left_out(c, &dc->item->pos, "resource \"aws_s3_object\" \"%s\" left out: %s",
			    dc->tf_name, "it uploads the zip terraform-aws-lambda's package.py builds "
			    "(store_on_s3), and terrace's aws.s3.object uploads a file, it does not "
			    "zip a folder: a function or layer that would take its package from it "
			    "fails the plan with a precondition saying so");
	}
}

/* res, of type type, whose source is (or may be) the package of a
 * builder (its instances as a list, list); objects: the count of each
 * object left out that would upload it (NULL-ended, "true" for one
 * without count). */
static void take_package(json_t *res, const char *type, const char *list, const char *src,
			 char **objects)
{
	bool layer = !strcmp(type, "aws.lambda.layer_version");
	char *cond = xasprintf("${alltrue([for package_p in %s : length(package_p.not_carried) == 0"
			       "%s if package_p.source == %s])}", list,
			       layer ? " && package_p.requirements == null" : "", src);
	char *msg = xasprintf("terrace's packaging of terraform-aws-lambda's source_path (its "
			      "package.py, converted) does not carry: ${join(\"; \", flatten([for "
			      "package_p in %s : concat(package_p.not_carried%s) if package_p.source"
			      " == %s]))}", list,
			      layer ? ", package_p.requirements != null ? [\"${package_p."
				      "requirements}: a layer's requirements (package.py installs "
				      "them at the zip's root, terrace's python block under python/)\"]"
				      " : []" : "", src);
	if (!layer && !json_object_get(res, "python")) {
		char *py = xasprintf("${try(one([for package_p in %s : {requirements = "
				     "package_p.requirements} if %s != null && package_p."
				     "source == %s && package_p.requirements != null]), null)}",
				     list, src, src);
		json_object_set_new(res, "python", json_string(py));
		free(py);
	}
	tf_add_precondition(res, cond, msg);
	free(cond);
	free(msg);
	/* The module's source_code_hash hashes the zip package.py built
	 * (filebase64sha256 of result.filename once fileexists finds it):
	 * terrace's source is the folder or file it zips itself, whose hash
	 * is the function's code_sha256, and fileexists() of a folder fails
	 * the plan; source_code_hash asks for new code of S3 only. */
	json_object_del(res, "source_code_hash");
	for (size_t i = 0; objects[i]; i++) {
		cond = xasprintf("${!(%s)}", objects[i]);
		tf_add_precondition(res, cond, "terraform-aws-lambda's store_on_s3 is not carried: "
				 "the module uploads its package to S3 (aws_s3_object) for the "
				 "function or layer to take from there, and terrace's aws.s3.object "
				 "uploads a file, it does not build the package: let the function "
				 "or layer take the package itself (store_on_s3 = false)");
		free(cond);
	}
}

void tf_package_consumers(struct conv *c)
{
	static const char *const types[] = { "aws.lambda.function", "aws.lambda.layer_version" };
	json_t *resources = json_object_get(c->out, "resources");
	for (size_t i = 0; i < c->n_decls; i++) {
		const struct decl *dc = &c->decls[i];
		if (!dc->lambda_package)
			continue;
		char *name = local_name(dc);
		if (!json_object_get(json_object_get(c->out, "locals"), name)) {
			free(name);
			continue;
		}
		char *list = hcl_attr(dc->item->body, "count") ? xasprintf("local.%s", name)
							       : xasprintf("[local.%s]", name);
		/* the objects left out that would upload it: whether each exists */
		char **objects = xcalloc(c->n_decls + 1, sizeof(*objects));
		size_t n_objects = 0;
		for (size_t k = 0; k < c->n_decls; k++) {
			const struct hcl_item *count = hcl_attr(c->decls[k].item->body, "count");
			if (uploaded_package(c, &c->decls[k]) != dc)
				continue;
			char *n = count ? tf_attr_text(c, count) : NULL;
			objects[n_objects++] = !count ? xstrdup("true")
					       : n ? xasprintf("(%s) > 0", n) : xstrdup("true");
			free(n);
		}
		const char *key;
		json_t *res;
		json_object_foreach(resources, key, res) {
			const char *type = json_string_value(json_object_get(res, "type"));
			json_t *source = json_object_get(res, "source");
			bool taken = false;
			for (size_t t = 0; type && t < sizeof(types) / sizeof(types[0]); t++)
				taken = taken || !strcmp(type, types[t]);
			if (!taken || !json_is_string(source) ||
			    !reaches(c, json_string_value(source), name, 8))
				continue;
			struct strbuf src = STRBUF_INIT;
			tf_add_expression(&src, source);
			take_package(res, type, list, src.buf, objects);
			strbuf_release(&src);
		}
		for (size_t k = 0; k < n_objects; k++)
			free(objects[k]);
		free(objects);
		free(list);
		free(name);
	}
}
