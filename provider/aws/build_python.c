/*
 * build_python.c: the build step of the AWS types that upload what is
 * built (build_attrs.h), and the `python` block of Lambda functions and
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
 * output beside them. pip's own configuration chooses the index;
 * PIP_NO_INDEX and PIP_FIND_LINKS from terrace's environment are passed
 * on as inputs (an offline wheelhouse), the index URLs are not (they may
 * hold credentials). --no-compile keeps .pyc files, which hold times, out.
 * The host's python3 is no input: what pip installs follows from the
 * runtime, the platform and the requirements (and `python3 --version`
 * through a pyenv shim costs most of a second at every plan).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "provider/aws/build_attrs.h"
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

/* Whether a source is a folder (a function's code, a layer's content). */
static bool is_folder(const json_t *source)
{
	struct stat st;

	return json_is_string(source) && stat(json_string_value(source), &st) == 0 &&
	       S_ISDIR(st.st_mode);
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
	const char *env_names[] = { "PIP_NO_INDEX", "PIP_FIND_LINKS" };
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
	if (value_is_set(source) && !is_folder(source)) {
		strbuf_addf(err, "%s: python: source must be a folder (its files are copied beside "
			    "the packages pip installs), not %s", type,
			    json_is_string(source) ? json_string_value(source) : "a value");
		return NULL;
	}
	env = json_object();
	build_text_sha256(req, key);
	out = xasprintf(WORK_DIR "/python-%.16s", key);
	target = kind == AWS_BUILD_LAYER ? xasprintf("%s/python", out) : xstrdup(out);
	for (size_t i = 0; i < sizeof(env_names) / sizeof(*env_names); i++) {
		const char *v = getenv(env_names[i]);

		if (v && *v)
			json_object_set_new(env, env_names[i], json_string(v));
	}
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
	}
	if (value_is_set(block) && value_contains_unknown(block)) {
		json_object_set_new(desired, "source", value_unknown());
		return 0;
	}
	return build_plan_desired(desired, type, kind == AWS_BUILD_FILE, NULL, err);
}
