/*
 * environment.c: the stack's environment a command works in (-env NAME,
 * else TERRACE_ENV; stacks/stack.h's environments: block): who the user is
 * (TERRACE_USER, else the caller's role session name when the aws
 * credentials are an assumed role's, else $USER), the workspace its state
 * is kept in (env.NAME in production, env.NAME.USER in development: a
 * '.' no workspace name may hold, so it never meets the default's, a
 * workspace's or another user's), what the snapshot records of it
 * ("environment": {name, mode, user}), and production's checks of the git
 * working tree before apply and destroy. Below cmd/context.c.
 */
#include "cmd/cli.h"
#include "plan/eval.h"
#include "provider/provider.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* The environment last selected, for show and plan's headers. */
static json_t *selected;

const char *env_requested(const struct cli_setup *o)
{
	if (o->env && *o->env)
		return o->env;
	const char *e = getenv("TERRACE_ENV");
	return e && *e ? e : NULL;
}

const json_t *env_selected(void)
{
	return selected;
}

/* The user as names and keys take it: lowercase letters and digits, any
 * run of other characters one '-', at most 24 characters. */
static char *user_slug(const char *raw)
{
	size_t n = strlen(raw);
	char *slug = xcalloc(n + 1, 1);
	size_t k = 0;
	for (const char *c = raw; *c && k < 24; c++) {
		char ch = *c;
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			slug[k++] = ch;
		else if (k && slug[k - 1] != '-')
			slug[k++] = '-';
	}
	while (k && slug[k - 1] == '-')
		k--;
	slug[k] = '\0';
	return slug;
}

/* The aws provider configuration "aws" (else the first of type aws) with
 * its expressions evaluated against the variables; NULL when the stack has
 * none or it needs what only resources give. */
static json_t *aws_config(const json_t *snapshot)
{
	const char *name;
	json_t *p, *found = json_object_get(json_object_get(snapshot, "providers"), "aws");
	if (!found)
		json_object_foreach(json_object_get(snapshot, "providers"), name, p) {
			const char *type = json_string_value(json_object_get(p, "type"));
			if (type && !strcmp(type, "aws")) {
				found = p;
				break;
			}
		}
	if (!found)
		return NULL;
	struct eval_scope sc = { snapshot, eval_no_resources, NULL };
	struct strbuf err = STRBUF_INIT;
	json_t *config = eval_value(&sc, json_object_get(found, "config"), NULL, &err);
	strbuf_release(&err);
	if (config && value_contains_unknown(config)) {
		json_decref(config);
		return NULL;
	}
	return config;
}

/*
 * The role session name of the caller the stack's aws provider is, when its
 * credentials are an assumed role's (sts GetCallerIdentity's arn
 * ...:assumed-role/ROLE/SESSION): *session NULL otherwise. -1 when asking
 * failed (err says why).
 */
static int role_session(const json_t *snapshot, char **session, struct strbuf *err)
{
	*session = NULL;
	json_t *config = snapshot ? aws_config(snapshot) : NULL;
	if (!config)
		return 0;
	const struct provider_type *pt = NULL;
	const struct lookup_type *lt = lookup_type_find("aws.caller_identity", &pt);
	void *client = NULL;
	json_t *out = NULL, *args = json_object();
	int rc = -1;
	if (!lt || !pt || pt->configure(config, &client, err) ||
	    lt->read(client, args, &out, err))
		goto done;
	const char *arn = json_string_value(json_object_get(out, "arn"));
	const char *role = arn ? strstr(arn, ":assumed-role/") : NULL;
	const char *slash = role ? strchr(role + strlen(":assumed-role/"), '/') : NULL;
	if (slash && slash[1])
		*session = xstrdup(slash + 1);
	rc = 0;
done:
	if (client)
		pt->close(client);
	json_decref(out);
	json_decref(args);
	json_decref(config);
	return rc;
}

/* The user of a development environment, as a slug; NULL after printing
 * why none could be had. */
static char *env_user(const char *env_name, const json_t *snapshot)
{
	const char *given = getenv("TERRACE_USER");
	char *raw = NULL;
	const char *from = "TERRACE_USER";
	if (given && *given) {
		raw = xstrdup(given);
	} else {
		struct strbuf err = STRBUF_INIT;
		if (role_session(snapshot, &raw, &err)) {
			ui_error("environment \"%s\": cannot tell who the development user is (the "
				 "aws caller's identity: %s): set TERRACE_USER", env_name, err.buf);
			strbuf_release(&err);
			return NULL;
		}
		strbuf_release(&err);
		from = "the role session name";
		if (!raw && getenv("USER") && *getenv("USER")) {
			raw = xstrdup(getenv("USER"));
			from = "USER";
		}
	}
	if (!raw) {
		ui_error("environment \"%s\": cannot tell who the development user is: set "
			 "TERRACE_USER", env_name);
		return NULL;
	}
	char *slug = user_slug(raw);
	if (!*slug) {
		ui_error("environment \"%s\": the user \"%s\" (from %s) has no letter or digit: set "
			 "TERRACE_USER", env_name, raw, from);
		free(slug);
		slug = NULL;
	}
	free(raw);
	return slug;
}

int env_apply(struct stack *s, const struct cli_setup *o, struct diags *d)
{
	const char *name = env_requested(o);
	return name ? stack_use_environment(s, name, d) : 0;
}

/* What role_session needs of the stack: its variables, locals and provider
 * configurations, as a snapshot has them. */
static json_t *settings_snapshot(const struct stack *s, const json_t *variables)
{
	json_t *providers = json_object(), *locals = json_object();
	for (size_t i = 0; i < s->n_providers; i++)
		json_object_set_new(providers, s->providers[i].name,
				    json_pack("{s:s, s:O}", "type", s->providers[i].type,
					      "config", s->providers[i].config));
	for (size_t i = 0; i < s->n_locals; i++)
		json_object_set_new(locals, s->locals[i].name,
				    json_pack("{s:O}", "value", s->locals[i].value));
	return json_pack("{s:O, s:[], s:o, s:o, s:s, s:s}", "variables", variables,
			 "sensitive_variables", "providers", providers, "locals", locals, "stack",
			 s->name ? s->name : "", "workspace", "default");
}

int env_workspace(const struct stack *s, const struct cli_setup *o, const json_t *variables,
		  char **workspace)
{
	*workspace = NULL;
	json_decref(selected);
	selected = NULL;
	const char *name = env_requested(o);
	if (!name)
		return 0;
	char *ws = ws_current(o->stack_path);
	if (!ws)
		return -1;
	if (!ws_is_default(ws)) {
		const char *variable;
		ui_error("environment \"%s\" and workspace \"%s\" are both selected: an environment "
			 "keeps its own state; select the default workspace (`terrace workspace "
			 "select default`, %s unset) or leave -env and TERRACE_ENV out", name, ws,
			 ws_override(&variable) ? variable : "TERRACE_WORKSPACE");
		free(ws);
		return -1;
	}
	free(ws);
	const json_t *env = json_object_get(s->environments, name);
	const char *mode = json_string_value(json_object_get(env, "mode"));
	bool development = mode && !strcmp(mode, "development");
	char *user = NULL;
	if (development) {
		json_t *snap = variables ? settings_snapshot(s, variables) : NULL;
		user = env_user(name, snap);
		json_decref(snap);
		if (!user)
			return -1;
	} else {
		/* Only shown: who runs it (names and state do not depend on it). */
		const char *who = getenv("TERRACE_USER");
		if (!who || !*who)
			who = getenv("USER");
		user = who && *who ? user_slug(who) : NULL;
		if (user && !*user) {
			free(user);
			user = NULL;
		}
	}
	selected = json_pack("{s:s, s:s}", "name", name, "mode", mode);
	if (user)
		json_object_set_new(selected, "user", json_string(user));
	if (json_object_get(env, "git_branch"))
		json_object_set(selected, "git_branch", json_object_get(env, "git_branch"));
	if (json_object_get(env, "git_tag"))
		json_object_set(selected, "git_tag", json_object_get(env, "git_tag"));
	*workspace = development ? xasprintf("env.%s.%s", name, user) : xasprintf("env.%s", name);
	free(user);
	return 0;
}

int env_state_workspace(const struct stack *settings, const struct cli_setup *o,
			char **workspace)
{
	*workspace = NULL;
	const char *name = env_requested(o);
	if (!name)
		return 0;
	const json_t *env = json_object_get(settings->environments, name);
	const char *mode = json_string_value(json_object_get(env, "mode"));
	const char *given = getenv("TERRACE_USER");
	if (!mode || strcmp(mode, "development") || (given && *given))
		return env_workspace(settings, o, NULL, workspace);
	/* The user may be the aws provider's role session: the provider's
	 * settings come from the whole stack and its variables. */
	struct stack *s = NULL;
	struct diags d = DIAGS_INIT;
	struct var_inputs in = { o->var_files.items, o->var_files.n, o->vars.items, o->vars.n,
				 true };
	json_t *vars = NULL, *sources = NULL;
	int rc = -1;
	const char **var_files = cli_var_files(o);
	int loaded = stack_load_except(o->stack_path ? o->stack_path : ".", var_files, &s, &d);
	free(var_files);
	/* With the newest results, their validation rules judged once the
	 * state says the deployment's (cmd/context.c ctx_match_state). */
	if (loaded || env_apply(s, o, &d) ||
	    stack_resolve_variables_as(s, &in, FUNC_NEWEST, &vars, &sources, NULL, &d))
		ui_diags(&d);
	else
		rc = env_workspace(s, o, vars, workspace);
	json_decref(vars);
	json_decref(sources);
	diags_free(&d);
	if (s)
		stack_free(s);
	return rc;
}

bool env_owns_backend(const struct stack *s, const char *workspace)
{
	const json_t *env = env_selected();
	return s && env && ws_is_environment(workspace) &&
	       json_object_get(json_object_get(s->environments,
					       json_string_value(json_object_get(env, "name"))),
			       "backend");
}

/* ---- production: the git working tree ---- */

/* Run git with args in dir; its output in out (trimmed), its exit status
 * returned (-1 when it could not run). */
static int git(const char *dir, const char *const *args, struct strbuf *out)
{
	int fds[2];
	if (pipe(fds) < 0)
		return -1;
	pid_t pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		const char *argv[16] = { "git", "-C", dir };
		size_t n = 3;
		for (size_t i = 0; args[i] && n < 15; i++)
			argv[n++] = args[i];
		argv[n] = NULL;
		dup2(fds[1], STDOUT_FILENO);
		int devnull = open("/dev/null", O_WRONLY);
		if (devnull >= 0)
			dup2(devnull, STDERR_FILENO);
		close(fds[0]);
		close(fds[1]);
		execvp("git", (char *const *)argv);
		_exit(127);
	}
	close(fds[1]);
	char buf[4096];
	ssize_t got;
	while ((got = read(fds[0], buf, sizeof(buf))) > 0)
		strbuf_add(out, buf, (size_t)got);
	close(fds[0]);
	int status;
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
		return -1;
	while (out->len && (out->buf[out->len - 1] == '\n' || out->buf[out->len - 1] == ' '))
		out->buf[--out->len] = '\0';
	return WEXITSTATUS(status);
}

/*
 * The branch variables of the CI services, in the order they are read: a
 * row counts only while its CI's marker variable is set (to `marker_value`
 * when one is given), so that a variable left in an environment by another
 * tool is not taken for the branch. A pull or merge request's source branch
 * comes before the branch the job was started for. `strip` is a prefix the
 * value may carry (refs/heads/). Each CI's documentation of its variables:
 * GitHub Actions "Variables reference", GitLab "Predefined CI/CD
 * variables", Bitbucket Pipelines "Variables and secrets", Azure Pipelines
 * "Predefined variables", CircleCI "Project values and variables", Jenkins
 * "Pipeline: Multibranch" (BRANCH_NAME, CHANGE_BRANCH, TAG_NAME), Buildkite
 * "Environment variables", Travis CI "Environment Variables", AWS CodeBuild
 * "Environment variables in build environments".
 */
struct ci_row {
	const char *marker, *marker_value;
	const char *variable;
	const char *strip;
};

static const struct ci_row ci_branches[] = {
	{ "GITHUB_ACTIONS", "true", "GITHUB_HEAD_REF", NULL },
	{ "GITHUB_ACTIONS", "true", "GITHUB_REF_NAME", NULL },
	{ "GITLAB_CI", "true", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", NULL },
	{ "GITLAB_CI", "true", "CI_COMMIT_BRANCH", NULL },
	{ "GITLAB_CI", "true", "CI_COMMIT_REF_NAME", NULL },
	{ "BITBUCKET_BUILD_NUMBER", NULL, "BITBUCKET_BRANCH", NULL },
	{ "TF_BUILD", "True", "SYSTEM_PULLREQUEST_SOURCEBRANCH", "refs/heads/" },
	{ "TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/heads/" },
	{ "CIRCLECI", "true", "CIRCLE_BRANCH", NULL },
	{ "JENKINS_URL", NULL, "CHANGE_BRANCH", NULL },
	{ "JENKINS_URL", NULL, "BRANCH_NAME", NULL },
	{ "BUILDKITE", "true", "BUILDKITE_BRANCH", NULL },
	{ "TRAVIS", "true", "TRAVIS_PULL_REQUEST_BRANCH", NULL },
	{ "TRAVIS", "true", "TRAVIS_BRANCH", NULL },
	{ "CODEBUILD_BUILD_ID", NULL, "CODEBUILD_WEBHOOK_HEAD_REF", "refs/heads/" },
};

/*
 * The tag a tag pipeline runs for, read before the branch rows: in one,
 * several CIs' branch variables hold the tag's name (GitLab's
 * CI_COMMIT_REF_NAME, GitHub's GITHUB_REF_NAME, Travis's TRAVIS_BRANCH,
 * Buildkite's BUILDKITE_BRANCH). Here `strip` is a prefix the value must
 * carry (refs/tags/, CodeBuild's tag/). GitHub says a tag by
 * GITHUB_REF_TYPE=tag, its name being GITHUB_REF_NAME (ci_tag_kinds).
 */
static const struct ci_row ci_tags[] = {
	{ "GITHUB_ACTIONS", "true", "GITHUB_REF_NAME", NULL },
	{ "GITLAB_CI", "true", "CI_COMMIT_TAG", NULL },
	{ "BITBUCKET_BUILD_NUMBER", NULL, "BITBUCKET_TAG", NULL },
	{ "TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/tags/" },
	{ "CIRCLECI", "true", "CIRCLE_TAG", NULL },
	{ "JENKINS_URL", NULL, "TAG_NAME", NULL },
	{ "BUILDKITE", "true", "BUILDKITE_TAG", NULL },
	{ "TRAVIS", "true", "TRAVIS_TAG", NULL },
	{ "CODEBUILD_BUILD_ID", NULL, "CODEBUILD_WEBHOOK_TRIGGER", "tag/" },
};

/* A tag row's variable that counts only beside another's value. */
static const struct {
	const char *variable, *kind, *kind_value;
} ci_tag_kinds[] = {
	{ "GITHUB_REF_NAME", "GITHUB_REF_TYPE", "tag" },
};

/* The repository's default branch, where the CI says it (GitHub does not:
 * docs/ci.md). */
static const struct ci_row ci_default_branches[] = {
	{ "GITLAB_CI", "true", "CI_DEFAULT_BRANCH", NULL },
	{ "BUILDKITE", "true", "BUILDKITE_PIPELINE_DEFAULT_BRANCH", NULL },
};

#define N_ROWS(a) (sizeof(a) / sizeof((a)[0]))

/* Whether a tag row's variable holds a tag here (GITHUB_REF_TYPE=tag). */
static bool tag_kind_holds(const char *variable)
{
	for (size_t i = 0; i < N_ROWS(ci_tag_kinds); i++) {
		if (strcmp(ci_tag_kinds[i].variable, variable))
			continue;
		const char *kind = getenv(ci_tag_kinds[i].kind);
		return kind && !strcmp(kind, ci_tag_kinds[i].kind_value);
	}
	return true;
}

/* The first of rows whose CI runs here and whose variable is set, its
 * strip taken off (must_strip: only a value that carries it counts); a new
 * string, *variable its name. */
static char *ci_read(const struct ci_row *rows, size_t n, bool must_strip, bool tags,
		     const char **variable)
{
	for (size_t i = 0; i < n; i++) {
		const struct ci_row *r = &rows[i];
		const char *marker = getenv(r->marker), *v = getenv(r->variable);
		if (!marker || !*marker || (r->marker_value && strcmp(marker, r->marker_value)))
			continue;
		if (!v || !*v || (tags && !tag_kind_holds(r->variable)))
			continue;
		size_t strip = r->strip ? strlen(r->strip) : 0;
		if (strip && !strncmp(v, r->strip, strip))
			v += strip;
		else if (strip && (must_strip || !strncmp(v, "refs/", 5)))
			continue; /* another kind of ref: a tag's, a pull request's */
		if (!*v)
			continue;
		*variable = r->variable;
		return xstrdup(v);
	}
	return NULL;
}

char *env_ci_ref(const char **variable, bool *tag)
{
	*variable = NULL;
	char *name = ci_read(ci_tags, N_ROWS(ci_tags), true, true, variable);
	*tag = name != NULL;
	return name ? name : ci_read(ci_branches, N_ROWS(ci_branches), false, false, variable);
}

char *env_ci_default_branch(const char **variable)
{
	*variable = NULL;
	return ci_read(ci_default_branches, N_ROWS(ci_default_branches), false, false, variable);
}

bool env_ref_admitted(const json_t *env, const char *ref, bool tag, const char *default_branch)
{
	const char *branch = json_string_value(json_object_get(env, "git_branch"));
	const char *pattern = json_string_value(json_object_get(env, "git_tag"));
	if (!branch && !pattern)
		return true;
	if (tag)
		return pattern && fnmatch(pattern, ref, 0) == 0;
	const char *want = branch ? branch : default_branch;
	return want && !strcmp(want, ref);
}

/* The tag HEAD is at (`git tag --points-at HEAD`) for a detached checkout
 * no CI variable names: the first matching pattern, else the first; a new
 * string, NULL when none. */
static char *head_tag(const char *folder, const char *pattern)
{
	static const char *const tags[] = { "tag", "--points-at", "HEAD", NULL };
	struct strbuf out = STRBUF_INIT;
	char *found = NULL, *first = NULL;
	if (git(folder, tags, &out) == 0) {
		for (char *line = out.buf, *end; line && *line && !found; line = end) {
			end = strchr(line, '\n');
			if (end)
				*end++ = '\0';
			if (!fnmatch(pattern, line, 0))
				found = xstrdup(line);
			else if (!first)
				first = xstrdup(line);
		}
	}
	strbuf_release(&out);
	if (found) {
		free(first);
		return found;
	}
	return first;
}

/*
 * Whether what this checkout runs for is a ref production environment env
 * admits (env_ref_admitted): its branch, else on a detached HEAD the CI's
 * tag or branch (env_ci_ref), else with git_tag the tag HEAD is at. 0 when
 * admitted, else -1 after saying why and what to do.
 */
static int check_ref(const char *folder, const json_t *env, const char *verb)
{
	const char *name = json_string_value(json_object_get(env, "name"));
	const char *branch_want = json_string_value(json_object_get(env, "git_branch"));
	const char *pattern = json_string_value(json_object_get(env, "git_tag"));
	static const char *const head[] = { "symbolic-ref", "--quiet", "--short", "HEAD", NULL };
	struct strbuf out = STRBUF_INIT;
	bool on_branch = git(folder, head, &out) == 0, tag = false, at_tag = false;
	const char *variable = NULL;
	char *ref = on_branch ? xstrdup(out.buf) : env_ci_ref(&variable, &tag);
	if (!ref && pattern && (ref = head_tag(folder, pattern))) {
		tag = at_tag = true;
		variable = "git tag --points-at HEAD";
	}
	/* A detached HEAD (CI's checkouts: GitLab's always, GitHub's of a
	 * pull request): what the CI says it runs for. */
	if (ref && !on_branch)
		ui_printf(stderr, "environment \"%s\": the working tree is on a detached HEAD; the %s "
			  "is \"%s\", from %s\n", name, tag ? "tag" : "branch", ref, variable);
	const char *default_variable = NULL;
	char *default_branch = !branch_want && pattern ? env_ci_default_branch(&default_variable)
						       : NULL;
	int rc = 0;
	if (ref && env_ref_admitted(env, ref, tag, default_branch))
		goto out;
	rc = -1;
	if (!ref && !pattern) {
		ui_error("%s -env %s refused: environment \"%s\" is applied from branch \"%s\" "
			 "(git_branch), and this working tree is on a detached HEAD with no CI branch "
			 "variable set (GITHUB_REF_NAME, CI_COMMIT_REF_NAME, BITBUCKET_BRANCH, ...). "
			 "Check out \"%s\", or give -allow-other-branch to %s from here anyway", verb,
			 name, name, branch_want, branch_want, verb);
		goto out;
	}
	/* what the environment admits, what this is, and what to do */
	const char *target = branch_want ? branch_want : default_branch;
	struct strbuf want = STRBUF_INIT, is = STRBUF_INIT, remedy = STRBUF_INIT;
	if (branch_want)
		strbuf_addf(&want, "branch \"%s\" (git_branch)", branch_want);
	else if (default_branch)
		strbuf_addf(&want, "the default branch \"%s\" (%s)", default_branch,
			    default_variable);
	if (pattern)
		strbuf_addf(&want, "%sa tag matching \"%s\" (git_tag)", want.len ? " or " : "",
			    pattern);
	if (!ref)
		strbuf_addf(&is, "working tree is on a detached HEAD with no tag and no CI branch "
			    "or tag variable set (GITHUB_REF_NAME, CI_COMMIT_REF_NAME, CI_COMMIT_TAG, "
			    "BITBUCKET_BRANCH, ...)");
	else if (on_branch)
		strbuf_addf(&is, "working tree is on \"%s\"", ref);
	else if (at_tag)
		strbuf_addf(&is, "working tree's HEAD is at tag \"%s\"", ref);
	else
		strbuf_addf(&is, "CI job runs for %s\"%s\" (%s)", tag ? "tag " : "", ref, variable);
	if (tag && !pattern)
		strbuf_addf(&remedy, "Add git_tag: PATTERN to the environment to %s from tags",
			    verb);
	else if (!target && (!ref || !tag))
		strbuf_addf(&remedy, "Switch to a tag matching \"%s\", or write git_branch: BRANCH "
			    "to %s from a branch (this job names no default branch: GitLab's "
			    "CI_DEFAULT_BRANCH, Buildkite's BUILDKITE_PIPELINE_DEFAULT_BRANCH)", pattern,
			    verb);
	else if (!target)
		strbuf_addf(&remedy, "Switch to a tag matching \"%s\"", pattern);
	else
		strbuf_addf(&remedy, "Switch to \"%s\"%s%s%s", target, pattern ? " or a tag matching \""
			    : "", pattern ? pattern : "", pattern ? "\"" : "");
	ui_error("%s -env %s refused: environment \"%s\" is applied from %s, and this %s. %s, or "
		 "give -allow-other-branch to %s from here anyway", verb, name, name, want.buf,
		 is.buf, remedy.buf, verb);
	strbuf_release(&want);
	strbuf_release(&is);
	strbuf_release(&remedy);
out:
	free(ref);
	free(default_branch);
	strbuf_release(&out);
	return rc;
}

int env_check_production(const struct cli_setup *o, const json_t *env, const char *verb,
			 bool allow_dirty, bool allow_other_branch)
{
	const char *mode = json_string_value(json_object_get(env, "mode"));
	if (!mode || strcmp(mode, "production"))
		return 0;
	const char *name = json_string_value(json_object_get(env, "name"));
	const char *dir = o->stack_path ? o->stack_path : ".";
	bool gated = json_object_get(env, "git_branch") || json_object_get(env, "git_tag");
	/* what a missing git leaves unchecked, each with its own flag */
	bool need_clean = !allow_dirty, need_branch = gated && !allow_other_branch;
	struct stat st;
	char *folder = stat(dir, &st) == 0 && !S_ISDIR(st.st_mode) ? ws_folder_of(dir)
								     : xstrdup(dir);
	struct strbuf out = STRBUF_INIT;
	int rc = 0;
	static const char *const inside[] = { "rev-parse", "--is-inside-work-tree", NULL };
	int status = git(folder, inside, &out);
	if ((status == 127 || status < 0) && (need_clean || need_branch)) {
		rc = ui_error("%s -env %s refused: environment \"%s\" is production, and git, which "
			      "checks that the stack is committed%s, could not be run; install git or "
			      "give %s%s%s", verb, name, name,
			      !gated ? "" : json_object_get(env, "git_tag") ? " and on its branch or tag"
									    : " and on its branch",
			      need_clean ? "-allow-dirty" : "",
			      need_clean && need_branch ? " and " : "",
			      need_branch ? "-allow-other-branch" : "");
		goto out;
	}
	if (status == 127 || status < 0)
		goto out;
	if (status != 0 || strcmp(out.buf, "true")) {
		ui_warn("environment \"%s\" is production, but the stack's folder %s is not in a git "
			"working tree: its files and branch cannot be checked", name, folder);
		goto out;
	}
	if (!allow_dirty) {
		/* What the stack is made of: every tracked file changed under
		 * its folder (job scripts, modules, the stack file itself), and
		 * stack files not yet added; not what terrace or the user's
		 * tools write beside them (state, plans, logs). */
		bool is_file = stat(dir, &st) == 0 && !S_ISDIR(st.st_mode);
		const char *slash = strrchr(dir, '/');
		const char *file = is_file ? (slash ? slash + 1 : dir) : NULL;
		const char *tracked[] = { "status", "--porcelain", "--untracked-files=no", "--",
					  is_file ? file : ".", NULL };
		const char *added[] = { "status", "--porcelain", "--untracked-files=all", "--",
					is_file ? file : "*.yaml", is_file ? NULL : "*.yml", NULL };
		strbuf_reset(&out);
		status = git(folder, tracked, &out);
		/* The second listing has the changed stack files the first
		 * has already: of it, the files not added ("?? ") only. */
		struct strbuf untracked = STRBUF_INIT;
		if (status == 0)
			status = git(folder, added, &untracked);
		for (char *line = untracked.buf, *end; status == 0 && line && *line; line = end) {
			end = strchr(line, '\n');
			if (end)
				*end++ = '\0';
			if (!strncmp(line, "?? ", 3))
				strbuf_addf(&out, "%s%s", out.len ? "\n" : "", line);
		}
		strbuf_release(&untracked);
		if (status != 0) {
			rc = ui_error("%s -env %s refused: `git status` failed in %s", verb, name,
				      folder);
			goto out;
		}
		if (out.len) {
			rc = ui_error("%s -env %s refused: environment \"%s\" is production and the "
				      "stack's files have changes that are not committed:\n%s\nCommit "
				      "them (what production runs is what the repository holds), or give "
				      "-allow-dirty to %s anyway", verb, name, name, out.buf, verb);
			goto out;
		}
	}
	if (need_branch)
		rc = check_ref(folder, env, verb);
out:
	strbuf_release(&out);
	free(folder);
	return rc ? -1 : 0;
}
