/*
 * convert_tf_modules.c: a Terraform configuration's module blocks, for
 * stacks/convert_tf.c. A module of a local folder ("./net") is a call under
 * the stack's modules: (the folder converted on its own is the module's
 * stack), its inputs, count, for_each and depends_on carried; one of the
 * registry, git or a URL is such a call of the folder `terraform init`
 * put it in (.terraform/modules/modules.json names it), else left out,
 * and each of its outputs referred to is a variable standing for it.
 * module.NAME.OUTPUT stays as written where the module is called, in any
 * position.
 */
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "provider/base/input_file.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"

/* The folder `terraform init` put module blk in, by the configuration's
 * .terraform/modules/modules.json (its "Modules": {"Key": NAME, "Dir":
 * ".terraform/modules/NAME"}, Dir from the configuration's folder; a
 * module a module calls has the key "PARENT.NAME" there, which a module's
 * folder converted on its own does not name), as the source the stack
 * writes ("./.terraform/modules/NAME"); NULL when none names it or the
 * folder is not there. Caller frees. */
static char *init_folder(const struct hcl_item *blk)
{
	char *file = xstrdup(blk->pos.file ? blk->pos.file : ".");
	char *config = xstrdup(blk->pos.file ? dirname(file) : ".");
	free(file);
	char *list = xasprintf("%s/.terraform/modules/modules.json", config);
	struct strbuf text = STRBUF_INIT;
	const char *why;
	json_t *doc = input_file_read(list, &text, &why) < 0 ? NULL
		      : json_loadb(text.buf, text.len, 0, NULL);
	strbuf_release(&text);
	free(list);
	char *found = NULL;
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(doc, "Modules"), i, m) {
		const char *key = json_string_value(json_object_get(m, "Key"));
		const char *dir = json_string_value(json_object_get(m, "Dir"));
		if (!key || !dir || strcmp(key, blk->labels[0]) || dir[0] == '/' || !*dir)
			continue;
		char *at = xasprintf("%s/%s", config, dir);
		struct stat st;
		if (!stat(at, &st) && S_ISDIR(st.st_mode))
			found = !strncmp(dir, "./", 2) ? xstrdup(dir) : xasprintf("./%s", dir);
		free(at);
		break;
	}
	json_decref(doc);
	free(config);
	return found;
}

/* module "x" { source = "./net" ... }: a call of the module's folder
 * where the source is a local path (the folder, converted on its own, is
 * the module's stack); a module of the registry, git or a URL is left out,
 * and its outputs referred to become stand-in variables. */
void tf_declare_module(struct conv *c, const struct hcl_item *blk)
{
	if (blk->n_labels != 1) {
		tf_left_out(c, &blk->pos, "%s block left out: %s", blk->name,
			 "it takes one label, its name");
		return;
	}
	c->decls = xrealloc(c->decls, (c->n_decls + 1) * sizeof(*c->decls));
	struct decl *dc = &c->decls[c->n_decls++];
	memset(dc, 0, sizeof(*dc));
	dc->kind = D_MODULE;
	dc->item = blk;
	dc->tf_type = "module";
	dc->tf_name = blk->labels[0];
	dc->name = xstrdup(blk->labels[0]);
	const struct hcl_item *src = hcl_attr(blk->body, "source");
	const char *path = src && src->expr && src->expr->kind == EXPR_LITERAL
			   ? json_string_value(src->expr->literal) : NULL;
	dc->module_call = path && (!strncmp(path, "./", 2) || !strncmp(path, "../", 3));
	char *fetched = dc->module_call ? NULL : init_folder(blk);
	dc->module_call = dc->module_call || fetched;
	free(fetched);
	if (!dc->module_call)
		tf_left_out(c, &blk->pos, "module \"%s\" left out: %s", dc->tf_name,
			 "its source is not a local folder (terraform init downloads it into "
			 ".terraform/modules: convert that folder and call it under modules:); "
			 "its outputs are variables standing for them");
}

void tf_convert_module(struct conv *c, struct decl *dc)
{
	json_t *m = json_object();
	const struct hcl_item *src = hcl_attr(dc->item->body, "source");
	const char *written = src && src->expr && src->expr->kind == EXPR_LITERAL
			      ? json_string_value(src->expr->literal) : NULL;
	char *fetched = written && (!strncmp(written, "./", 2) || !strncmp(written, "../", 3))
			? NULL : init_folder(dc->item);
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		json_t *v = NULL;
		if (it->is_block) {
			tf_left_out(c, &it->pos, "%s block of a module call left out: %s", it->name,
				 "a module's inputs are attributes");
			continue;
		} else if (!strcmp(it->name, "depends_on")) {
			v = tf_depends_on(c, it);
		} else if (!strcmp(it->name, "version") && fetched) {
			continue; /* the version terraform init fetched is the folder */
		} else if (!strcmp(it->name, "providers")) {
			v = tf_module_providers(c, it); /* {aws = aws.west}: {aws: west} */
		} else if (!strcmp(it->name, "version")) {
			tf_left_out(c, &it->pos, "a module call's %s left out: %s", it->name,
				 "a local folder has no version");
			continue;
		} else if (!strcmp(it->name, "source") && fetched) {
			v = json_string(fetched);
		} else {
			v = tf_attr_value(c, it, NULL);
		}
		if (v)
			json_object_set_new(m, it->name, v);
	}
	if (fetched)
		diag_warnf(c->d, &dc->item->pos, "module \"%s\" (source \"%s\") is the folder "
			   "terraform init fetched it into, %s (.terraform/modules/modules.json)",
			   dc->tf_name, written ? written : "", fetched);
	const char *path = json_string_value(json_object_get(m, "source"));
	diag_warnf(c->d, &dc->item->pos, "module \"%s\" is called as a stack: convert its "
		   "folder too (terrace convert %s -out %s/stack.yaml)", dc->tf_name, path, path);
	free(fetched);
	json_object_set_new(tf_section(c, "modules"), dc->name, m);
}

