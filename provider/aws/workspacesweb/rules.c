/*
 * workspacesweb/rules.c: Amazon WorkSpaces Secure Browser's (CloudFormation's
 * WorkSpacesWeb: portals and their browser, network, user, data protection
 * and logging settings) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the
 * written rule on a user settings' localized strings, a JSON map of locales.
 * Its ledger: checks/words/workspaces-web.words.
 */
#include "provider/aws/checks/rules.h"
#include <stdio.h>
#include <string.h>

#define WEB "workspaces-web "
#define BRANDING "branding_configuration."
#define USER_SETTINGS "awscc.workspacesweb.user_settings"
#define SMALL_IMAGE_WORDS "Maximum 100 KB in JPEG, PNG, or ICO format."
#define SUBNET_ZONE(I) "subnet_ids[" #I "]->availability_zone"
#define TWO_ZONES_WORDS "At least two of these subnets must be in different availability zones."
/* An image sent inline is base64 (the registry's pattern: else an s3://
 * URI, whose object is not known before the call): 100 KB (102,400 bytes)
 * is 136,536 characters of it, 5 MB 6,990,508; a JPEG's begins "/9j/"
 * (FF D8 FF), a PNG's "iVBORw0KGgo", an ICO's "AAABAA" (00 00 01 00). */
#define INLINE(ATTR) WHEN(NOT_MATCHES(BRANDING ATTR, "^s3://"))
#define SMALL_IMAGE(ATTR) THEN(LEN_IN(BRANDING ATTR, 0, 136536), \
			       MATCHES(BRANDING ATTR, "^(/9j/|iVBORw0KGgo|AAABAA)"))

/* A locale's member `name` (of its strings), either spelling. */
static const json_t *member_of(const json_t *strings, const char *name)
{
	const char *key;
	const json_t *m;

	json_object_foreach((json_t *)strings, key, m)
		if (aws_doc_name_is(key, name))
			return m;
	return NULL;
}

/* A user settings' localized strings (a JSON map of locale to strings, the
 * registry's LocalizedBrandingStringMap): each locale's browser tab title
 * and welcome text, its contact link https:// or mailto: (the registry's
 * pattern takes http:// too). */
static int rule_workspacesweb_localized_strings(const json_t *v, const json_t *r,
						 struct strbuf *err)
{
	const json_t *branding = json_object_get(v, "branding_configuration");
	json_t *own;
	const json_t *map = aws_doc_json(json_object_get(branding, "localized_strings"), &own);
	const char *locale;
	const json_t *strings;

	(void)r;
	json_object_foreach(json_is_object(map) ? (json_t *)map : NULL, locale, strings) {
		static const char *const required[] = { "BrowserTabTitle", "WelcomeText" };
		const json_t *link = member_of(strings, "ContactLink");

		if (!json_is_object(strings))
			continue;
		for (size_t i = 0; i < 2; i++)
			if (!member_of(strings, required[i])) {
				strbuf_addf(err, BRANDING "localized_strings.%s: no %s: AWS says "
					    "\"Each locale must provide the required fields "
					    "browserTabTitle and welcomeText.\" (" WEB
					    "CreateUserSettings brandingConfigurationInput."
					    "localizedStrings)", locale, required[i]);
				json_decref(own);
				return -1;
			}
		if (json_is_string(link) && !strstr(json_string_value(link), "${") &&
		    strncmp(json_string_value(link), "https://", 8) &&
		    strncmp(json_string_value(link), "mailto:", 7)) {
			strbuf_addf(err, BRANDING "localized_strings.%s.ContactLink: \"%s\": AWS "
				    "says \"The URL must start with https:// or mailto:.\" (" WEB
				    "CreateUserSettings brandingConfigurationInput.localizedStrings."
				    "contactLink)", locale, json_string_value(link));
			json_decref(own);
			return -1;
		}
	}
	json_decref(own);
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_workspacesweb[] = {
	/* a user settings' branding: its images, its first branding */
	AWS_SAYS("workspacesweb.logo_image", USER_SETTINGS, AWS_CALL_ANY, INLINE("logo"),
		 SMALL_IMAGE("logo"), SMALL_IMAGE_WORDS,
		 WEB "CreateUserSettings brandingConfigurationInput.logo"),
	AWS_SAYS("workspacesweb.favicon_image", USER_SETTINGS, AWS_CALL_ANY, INLINE("favicon"),
		 SMALL_IMAGE("favicon"), SMALL_IMAGE_WORDS,
		 WEB "CreateUserSettings brandingConfigurationInput.favicon"),
	AWS_SAYS("workspacesweb.wallpaper_image", USER_SETTINGS, AWS_CALL_ANY,
		 INLINE("wallpaper"),
		 THEN(LEN_IN(BRANDING "wallpaper", 0, 6990508),
		      MATCHES(BRANDING "wallpaper", "^(/9j/|iVBORw0KGgo)")),
		 "Maximum 5 MB in JPEG or PNG format.",
		 WEB "CreateUserSettings brandingConfigurationInput.wallpaper"),
	AWS_SAYS("workspacesweb.first_branding_whole", USER_SETTINGS, AWS_CALL_UPDATE,
		 WHEN(SET("branding_configuration"), WAS(UNSET("branding_configuration"))),
		 THEN(SET(BRANDING "logo"), SET(BRANDING "favicon"),
		      SET(BRANDING "localized_strings"), SET(BRANDING "color_theme")),
		 "When updating user settings without an existing branding configuration, all "
		 "fields (logo, favicon, localized strings, and color theme) are required except "
		 "for wallpaper and terms of service.",
		 WEB "UpdateUserSettings brandingConfigurationInput"),
	RULE(USER_SETTINGS, "", rule_workspacesweb_localized_strings,
	     WEB "CreateUserSettings brandingConfigurationInput.localizedStrings"),
	/* a data protection settings' redaction patterns */
	AWS_SAYS("workspacesweb.pattern_built_in_or_custom",
		 "awscc.workspacesweb.data_protection_settings", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("inline_redaction_configuration.inline_redaction_patterns", ALWAYS,
			   THEN(ANY_OF(SET("built_in_pattern_id"), SET("custom_pattern"))))),
		 "Either a customPattern or builtInPatternId is required.",
		 WEB "CreateDataProtectionSettings inlineRedactionConfiguration."
		 "inlineRedactionPatterns.builtInPatternId"),
	/* a network settings' subnets (read across subnet_ids: the zone of
	 * each), never all in one zone: of two subnets, or of three, each
	 * written with its zone (a subnet without one is in the zone EC2 picks,
	 * not known before it is made) */
	AWS_SAYS("workspacesweb.two_subnets_two_zones", "awscc.workspacesweb.network_settings",
		 AWS_CALL_ANY,
		 WHEN(LEN_IN("subnet_ids", 2, 2), SET(SUBNET_ZONE(0)), SET(SUBNET_ZONE(1)),
		      SAME("subnet_ids[]->availability_zone", NULL)),
		 THEN(LEN_IN("subnet_ids", 0, 1)), TWO_ZONES_WORDS, WEB "CreateNetworkSettings subnetIds"),
	AWS_SAYS("workspacesweb.three_subnets_two_zones", "awscc.workspacesweb.network_settings",
		 AWS_CALL_ANY,
		 WHEN(LEN_IN("subnet_ids", 3, 3), SET(SUBNET_ZONE(0)), SET(SUBNET_ZONE(1)),
		      SET(SUBNET_ZONE(2)), SAME("subnet_ids[]->availability_zone", NULL)),
		 THEN(LEN_IN("subnet_ids", 0, 2)), TWO_ZONES_WORDS, WEB "CreateNetworkSettings subnetIds"),
	{ NULL },
};
