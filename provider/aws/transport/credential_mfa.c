/*
 * credential_mfa.c: asks for the MFA code of a role's mfa_serial on the
 * controlling terminal. The AWS CLI has no variable or option for the code
 * (botocore calls getpass), so neither has terrace: without a terminal the
 * profile is refused. This is the one place under provider/ that talks to
 * the user, and only through /dev/tty, never stdout or stderr.
 */
#include "provider/aws/transport/credential_mfa.h"

#include <ctype.h>
#include <stdbool.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static void write_all(int fd, const char *s)
{
	size_t len = strlen(s);

	while (len) {
		ssize_t n = write(fd, s, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		s += n;
		len -= (size_t)n;
	}
}

/* One line from fd, at most size-1 bytes kept (the rest read and dropped). */
static int read_line(int fd, char *buf, size_t size)
{
	size_t len = 0;
	char ch;

	for (;;) {
		ssize_t n = read(fd, &ch, 1);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0 || ch == '\n' || ch == '\r')
			break;
		if (len + 1 < size)
			buf[len++] = ch;
	}
	buf[len] = '\0';
	return 0;
}

int aws_mfa_read_code(const char *profile, const char *serial, char code[7], struct strbuf *err)
{
	char line[64], prompt[512];
	struct termios saved, quiet;
	int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
	bool echo_off = false;
	size_t digits = 0;
	int rc;

	if (fd < 0) {
		strbuf_addf(err, "profile \"%s\" needs an MFA code for %s (mfa_serial) and there is"
			    " no terminal to ask on (%s): run terrace from a terminal, or put the"
			    " credentials of `aws sts assume-role --serial-number ... --token-code"
			    " ...` in the environment", profile, serial, strerror(errno));
		return -1;
	}
	if (tcgetattr(fd, &saved) == 0) {
		quiet = saved;
		quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHOE | ECHOK | ECHONL);
		echo_off = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
	}
	snprintf(prompt, sizeof(prompt), "Enter MFA code for %s: ", serial);
	write_all(fd, prompt);
	rc = read_line(fd, line, sizeof(line));
	if (echo_off)
		tcsetattr(fd, TCSAFLUSH, &saved);
	write_all(fd, "\n");
	close(fd);
	if (rc < 0) {
		strbuf_addf(err, "profile \"%s\": cannot read the MFA code from the terminal",
			    profile);
		return -1;
	}
	while (line[digits] && isdigit((unsigned char)line[digits]))
		digits++;
	if (digits != 6 || line[digits]) {
		strbuf_addf(err, "profile \"%s\": the MFA code for %s must be 6 digits", profile,
			    serial);
		memset(line, 0, sizeof(line));
		return -1;
	}
	memcpy(code, line, 7);
	memset(line, 0, sizeof(line));
	return 0;
}
