/*
 * yaml_plain.h: the one rule of a plain scalar, for every place terrace
 * writes or suggests one (stacks/yaml_write.c's writer, stacks/yaml_hint.c's
 * hints): whether a string written without quotes reads back as itself.
 */
#ifndef TERRACE_YAML_PLAIN_H
#define TERRACE_YAML_PLAIN_H

#include <stdbool.h>
#include <stddef.h>

/* Where the scalar is written: after "KEY: ", as a map's key, or inside a
 * flow collection ("[a, b]", "{k: v}"), where ",[]{}" end it. */
enum yaml_plain_place { YAML_PLAIN_VALUE, YAML_PLAIN_KEY, YAML_PLAIN_IN_FLOW };

/* Whether s (n bytes), written plain at where, reads back as the string s:
 * libyaml's parser reads it as one plain scalar of exactly those bytes, and
 * no YAML 1.1 or 1.2 reader resolves it to anything but a string (yes, ON,
 * ~, 0x1F, 1e3, 2024-01-02 do; "a b", an ARN, "s3://b/k", "10.0.0.0/16" do
 * not). */
bool yaml_plain_reads_back(const char *s, size_t n, enum yaml_plain_place where);

#endif
