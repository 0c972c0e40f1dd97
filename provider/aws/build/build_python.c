/*
 * build/build_python.c: the build step of the AWS types that upload what
 * is built (api.h), and the `python` block of Lambda functions and
 * layers: a requirements file installed by pip for the Lambda platform,
 * expressed as a build block so that it is hashed, cached and reported as
 * any build is (provider/build/build.h).
 *
 * The command is
 *   python3 -m pip install --disable-pip-version-check --no-compile
 *     --target OUT[/python] --platform manylinux2014_x86_64|_aarch64
 *     --only-binary=:all: --implementation cp --python-version X.Y -r FILE
 * with X.Y from the runtime ("python3.12"), the platform from the
 * function's `architectures` (a layer's `compatible_architectures`), a
 * layer's packages under python/, and the `source` folder (a function's
 * code; a layer's own content, its modules under python/) copied into the
 * output beside them. pip's own configuration chooses the index, from
 * the environment the build inherits. PIP_NO_INDEX is an input, in the
 * block's environment; the wheelhouse PIP_FIND_LINKS names (an offline
 * one) is an input by its content, "(find-links)" in input_digests: each
 * of its entries that is a local folder or file (a path, or a file://
 * URL) by its files' SHA-256, any other by its text. Its path is not,
 * and is kept out of the block and the state: the same wheels in another
 * folder (another laptop, a runner) are the same build. The index URLs
 * are no input (they may hold credentials). --no-compile keeps .pyc files,
 * which hold times, out.
 *
 * A block a release before wrote had PIP_FIND_LINKS in its environment,
 * so its key (and the source in the cache it names) held the path:
 * aws_build_upgrade_stored takes it for the block built now when nothing
 * else in it differs and the output has the same bytes, so that an
 * unchanged stack plans no change after upgrading.
 * The host's python3 is no input: what pip installs follows from the
 * runtime, the platform and the requirements (and `python3 --version`
 * through a pyenv shim costs most of a second at every plan).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "provider/aws/build/api.h"
#include "provider/provider.h"

#define WORK_DIR BUILD_CACHE_DIR "/work"

/* The Python version of a "pythonX.Y" runtime, or NULL. */
static const char *python_version(const json_t *runtime)
{
	const char *r = json_string_value(runtime);

	if (!r || strncmp(r, "python", 6) || !r[6] || !strchr(r + 6, '.'))
		return NULL;
	return r + 6;
}

/* The manylinux platform of an architecture list; NULL with err when it
 * does not name exactly one. */
static const char *platform_of(const json_t *architectures, const char *type, const char *attr,
			       struct strbuf *err)
{
	const char *arch = json_array_size(architectures) == 1
				   ? json_string_value(json_array_get(architectures, 0)) : NULL;

	if (!json_array_size(architectures) || (arch && !strcmp(arch, "x86_64")))
		return "manylinux2014_x86_64";
	if (arch && !strcmp(arch, "arm64"))
		return "manylinux2014_aarch64";
	strbuf_addf(err, "%s: python: %s must name one architecture (x86_64 or arm64): pip "
		    "installs the wheels of one", type, attr);
	return NULL;
}

/* The SHA-256 of the wheelhouses PIP_FIND_LINKS names (pip splits it at
 * white space), into out; false when it is not set. */
static bool find_links_sha256(char out[BUILD_SHA256_HEX], struct strbuf *err)
{
	const char *links = getenv("PIP_FIND_LINKS");
	struct strbuf parts = STRBUF_INIT;
	char *copy, *save = NULL;

	if (!links || !*links)
		return false;
	copy = xstrdup(links);
	for (char *e = strtok_r(copy, " \t\n", &save); e; e = strtok_r(NULL, " \t\n", &save)) {
		const char *path = !strncmp(e, "file://", 7) ? e + 7 : e;
		char sha[BUILD_SHA256_HEX];
		struct stat st;

		if (!strstr(path, "://") && stat(path, &st) == 0 &&
		    build_path_sha256(path, sha, err) == 0)
			strbuf_addf(&parts, "%s\n", sha);
		else
			strbuf_addf(&parts, "%s\n", e); /* a URL: the same text everywhere */
		strbuf_reset(err);
	}
	build_text_sha256(parts.buf ? parts.buf : "", out);
	strbuf_release(&parts);
	free(copy);
	return true;
}

/* The build block a python block stands for. */
static json_t *python_build_block(const json_t *desired, const char *type,
				  enum aws_build_kind kind, struct strbuf *err)
{
	const json_t *python = value_get(desired, "python");
	const char *req = json_string_value(value_get(python, "requirements"));
	const json_t *source = value_get(desired, "source");
	const json_t *runtime = kind == AWS_BUILD_LAYER
					? json_array_get(value_get(desired, "compatible_runtimes"), 0)
					: value_get(desired, "runtime");
	const char *version = python_version(runtime), *platform;
	const char *no_index = getenv("PIP_NO_INDEX");
	char key[BUILD_SHA256_HEX], *out, *target;
	json_t *block, *env, *inputs;

	if (!req || !*req) {
		strbuf_addf(err, "%s: python.requirements must name a requirements file", type);
		return NULL;
	}
	if (!version) {
		strbuf_addf(err, "%s: python: %s is not a Python runtime (\"python3.12\")", type,
			    kind == AWS_BUILD_LAYER ? "compatible_runtimes' first entry"
						    : "runtime");
		return NULL;
	}
	platform = kind == AWS_BUILD_LAYER
			   ? platform_of(value_get(desired, "compatible_architectures"), type,
					 "compatible_architectures", err)
			   : platform_of(value_get(desired, "architectures"), type, "architectures", err);
	if (!platform)
		return NULL;
	env = json_object();
	build_text_sha256(req, key);
	out = xasprintf(WORK_DIR "/python-%.16s", key);
	target = kind == AWS_BUILD_LAYER ? xasprintf("%s/python", out) : xstrdup(out);
	if (no_index && *no_index)
		json_object_set_new(env, "PIP_NO_INDEX", json_string(no_index));
	inputs = json_pack("[s]", req);
	if (json_is_string(source))
		json_array_append(inputs, (json_t *)source);
	block = json_pack("{s:[s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s,s], s:s, s:o, s:s, s:o}",
			  "command", "python3", "-m", "pip", "install",
			  "--disable-pip-version-check", "--no-compile", "--target", target,
			  "--platform", platform, "--only-binary=:all:", "--implementation", "cp",
			  "--python-version", version, "-r", req, "--root-user-action=ignore",
			  "dir", ".", "inputs", inputs, "output", out, "environment", env);
	if (json_is_string(source))
		json_object_set(block, "include", (json_t *)source);
	free(target);
	free(out);
	return block;
}

int aws_build_plan_desired(json_t *desired, const char *type, enum aws_build_kind kind,
			   struct strbuf *err)
{
	json_t *block = value_get(desired, "build"), *python = value_get(desired, "python");
	json_t *outside = NULL;
	char sha[BUILD_SHA256_HEX];
	int rc;

	if (value_is_set(python)) {
		static const char *const used[] = { "python", "source", "runtime", "architectures",
						    "compatible_runtimes",
						    "compatible_architectures" };
		bool unknown = false;

		for (size_t i = 0; i < sizeof(used) / sizeof(*used); i++)
			unknown = unknown || value_contains_unknown(value_get(desired, used[i]));
		if (unknown) {
			json_object_set_new(desired, "source", value_unknown());
			return 0;
		}
		if (!(block = python_build_block(desired, type, kind, err)))
			return -1;
		json_object_set_new(desired, "build", block);
		json_object_del(desired, "source");
		if (find_links_sha256(sha, err))
			outside = json_pack("{s:s}", "find-links", sha);
		else if (err->len)
			return -1;
	}
	if (value_is_set(block) && value_contains_unknown(block)) {
		json_object_set_new(desired, "source", value_unknown());
		return 0;
	}
	rc = build_plan_desired(desired, type, kind == AWS_BUILD_FILE, outside, NULL, err);
	json_decref(outside);
	return rc;
}

/* block without the members that follow from how the key is made. */
static json_t *without_key(const json_t *block)
{
	json_t *copy = json_deep_copy(block);

	json_object_del(copy, "environment");
	json_object_del(copy, "inputs_sha256");
	json_object_del(copy, "input_digests");
	return copy;
}

json_t *aws_build_upgrade_stored(const json_t *stored, const json_t *desired)
{
	const json_t *was = value_get(stored, "build"), *now = value_get(desired, "build");
	const json_t *env = json_object_get(was, "environment");
	json_t *a, *b, *now_env, *up = NULL;

	if (!json_is_string(json_object_get(env, "PIP_FIND_LINKS")) || !json_is_object(now) ||
	    !json_is_string(json_object_get(was, "output_sha256")))
		return NULL;
	/* The environment as the release before wrote it: PIP_FIND_LINKS
	 * beside what the block has now. */
	now_env = json_deep_copy(json_object_get(now, "environment"));
	if (!json_is_object(now_env)) {
		json_decref(now_env);
		now_env = json_object();
	}
	json_object_set(now_env, "PIP_FIND_LINKS", json_object_get(env, "PIP_FIND_LINKS"));
	a = without_key(now);
	b = without_key(was);
	if (value_equal(a, b) && json_equal(now_env, (json_t *)env)) {
		up = json_copy((json_t *)stored);
		json_object_set(up, "build", (json_t *)now);
		json_object_set(up, "source", json_object_get(desired, "source"));
	}
	json_decref(a);
	json_decref(b);
	json_decref(now_env);
	return up;
}
