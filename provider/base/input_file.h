/*
 * input_file.h: the one place an input file is opened (a template, a .tf
 * file, -existing, a stack file, a -var-file, the file of a file() call, a
 * file fmt is given): only a regular file is read, or an anonymous pipe a
 * shell made with its writer (`-var-file <(sops -d vars.json)`). Anything
 * else is refused before a byte is read, and the refusal says what the
 * path is: a named FIFO would wait for a writer forever, a device may never
 * end, a folder is not a file's text, a symbolic link loop has no end to
 * follow.
 */
#ifndef TERRACE_INPUT_FILE_H
#define TERRACE_INPUT_FILE_H

struct strbuf;

/* A descriptor of path open for reading (close it), or -1 with *why the
 * reason in words: strerror's ("No such file or directory", errno left
 * ENOENT for the callers that take a missing file as empty), "a symbolic
 * link loop (ELOOP)", or what path is when it is no regular file ("a FIFO
 * (named pipe), not a regular file", "a folder, not a file"). *why is
 * static text: copy it before the next call. */
int input_file_open(const char *path, const char **why);

/* The reason of an open's or a stat's errno err in words, as *why above:
 * strerror's, a symbolic link loop named as one. */
const char *input_file_errno_text(int err);

/* Appends the whole of the regular file at path to sb; -1 with *why (as
 * input_file_open's, or the read's error) when it cannot be read. */
int input_file_read(const char *path, struct strbuf *sb, const char **why);

#endif
