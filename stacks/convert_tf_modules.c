/*
 * convert_tf_modules.c: a Terraform configuration's module blocks, for
 * stacks/convert_tf.c. A module of a local folder ("./net") is a call under
 * the stack's modules: (the folder converted on its own is the module's
 * stack), its inputs, count, for_each and depends_on carried; one of the
 * registry, git or a URL is left out, and each of its outputs referred to
 * is a variable standing for it. module.NAME.OUTPUT stays as written where
 * the module is called, in any position.
 */
#include <stdlib.h>
#include <string.h>

#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"

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
	if (!dc->module_call)
		tf_left_out(c, &blk->pos, "module \"%s\" left out: %s", dc->tf_name,
			 "its source is not a local folder (terraform init downloads it into "
			 ".terraform/modules: convert that folder and call it under modules:); "
			 "its outputs are variables standing for them");
}

void tf_convert_module(struct conv *c, struct decl *dc)
{
	json_t *m = json_object();
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		json_t *v = NULL;
		if (it->is_block) {
			tf_left_out(c, &it->pos, "%s block of a module call left out: %s", it->name,
				 "a module's inputs are attributes");
			continue;
		} else if (!strcmp(it->name, "depends_on")) {
			v = tf_depends_on(c, it);
		} else if (!strcmp(it->name, "providers") || !strcmp(it->name, "version")) {
			tf_left_out(c, &it->pos, "a module call's %s left out: %s", it->name,
				 !strcmp(it->name, "providers")
				 ? "a module uses the root stack's provider configurations"
				 : "a local folder has no version");
			continue;
		} else {
			v = tf_attr_value(c, it, NULL);
		}
		if (v)
			json_object_set_new(m, it->name, v);
	}
	const char *path = json_string_value(json_object_get(m, "source"));
	diag_warnf(c->d, &dc->item->pos, "module \"%s\" is called as a stack: convert its "
		   "folder too (terrace convert %s -out %s/stack.yaml)", dc->tf_name, path, path);
	json_object_set_new(tf_section(c, "modules"), dc->name, m);
}

