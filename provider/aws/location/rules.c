/*
 * location/rules.c: Amazon Location Service's (API keys, maps, place
 * indexes, route calculators, trackers, geofence collections) rows of the
 * one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/location.words.
 */
#include "provider/aws/checks/rules.h"

#define GEO "location "
#define ACTIONS "restrictions.allow_actions"
#define RESOURCES "restrictions.allow_resources"
#define ONE_ACTION_EACH "You must have at least one action for each type of resource."
/* a key's resources of one type (an ERE), its actions of that type */
#define RESOURCE_OF(ERE) WHEN(SOME(RESOURCES, MATCHES("", ERE)))
#define ACTION_OF(ERE) THEN(SOME(ACTIONS, MATCHES("", ERE)))

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_location[] = {
	/* an API key's expiry, actions and resources */
	AWS_SAYS("location.key_expiry", "awscc.location.api_key", AWS_CALL_CREATE,
		 WHEN(UNSET("expire_time")), THEN(SET("no_expiry"), IS("no_expiry", "true")),
		 "One of NoExpiry or ExpireTime must be set.", GEO "CreateKey ExpireTime"),
	AWS_SAYS("location.key_actions", "awscc.location.api_key", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(ACTIONS, ALWAYS,
			   THEN(IS("", "geo:GetMap*", "geo-maps:GetTile", "geo-maps:GetStaticMap",
				   "geo-maps:*", "geo:SearchPlaceIndexForText",
				   "geo:SearchPlaceIndexForPosition",
				   "geo:SearchPlaceIndexForSuggestions", "geo:GetPlace",
				   "geo-places:Geocode", "geo-places:ReverseGeocode",
				   "geo-places:SearchNearby", "geo-places:SearchText",
				   "geo-places:Autocomplete", "geo-places:Suggest",
				   "geo-places:GetPlace", "geo-places:*", "geo:CalculateRoute",
				   "geo:CalculateRouteMatrix", "geo-routes:CalculateRoutes",
				   "geo-routes:CalculateRouteMatrix", "geo-routes:CalculateIsolines",
				   "geo-routes:OptimizeWaypoints", "geo-routes:SnapToRoads",
				   "geo-routes:*")))),
		 "You must use these strings exactly.", GEO "CreateKey Restrictions.AllowActions"),
	AWS_SAYS("location.key_map_action", "awscc.location.api_key", AWS_CALL_ANY,
		 RESOURCE_OF(":map/|^arn:[^:]+:geo-maps:"), ACTION_OF("^geo:GetMap|^geo-maps:"),
		 ONE_ACTION_EACH, GEO "CreateKey Restrictions.AllowActions"),
	AWS_SAYS("location.key_place_action", "awscc.location.api_key", AWS_CALL_ANY,
		 RESOURCE_OF(":place-index/|^arn:[^:]+:geo-places:"),
		 ACTION_OF("^geo:(SearchPlaceIndex|GetPlace)|^geo-places:"),
		 ONE_ACTION_EACH, GEO "CreateKey Restrictions.AllowActions"),
	AWS_SAYS("location.key_route_action", "awscc.location.api_key", AWS_CALL_ANY,
		 RESOURCE_OF(":route-calculator/|^arn:[^:]+:geo-routes:"),
		 ACTION_OF("^geo:CalculateRoute|^geo-routes:"),
		 ONE_ACTION_EACH, GEO "CreateKey Restrictions.AllowActions"),
	AWS_SAYS("location.key_resource_arns", "awscc.location.api_key", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(RESOURCES, ALWAYS,
			   THEN(MATCHES("", "^arn:[^:]+:geo(-maps|-places|-routes)?:[^:]*:[^:]*:"
					    "[^ ]+$")))),
		 "The ARN must be the correct ARN for a map, place, or route ARN.",
		 GEO "CreateKey Restrictions.AllowResources"),
	AWS_SAYS("location.key_resources_region", "awscc.location.api_key", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(RESOURCES, ALWAYS, THEN(IN_REGION("")))),
		 "The resources must be in the same partition, region, and account-id as the key "
		 "that is being created.", GEO "CreateKey Restrictions.AllowResources"),
	/* tags: keys once each, at most 50 */
	AWS_SAYS("location.tag_keys_unique", "awscc.location.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "Each tag key must be unique and must have exactly one associated value.",
		 GEO "CreatePlaceIndex Tags"),
	AWS_SAYS("location.tags_50", "awscc.location.*", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("tags", 0, 50)), "Maximum 50 tags per resource.",
		 GEO "CreatePlaceIndex Tags"),
#define TAG_KEYS(TYPE) RULE("awscc.location." TYPE, "tags", rule_tag_list_keys, \
			    GEO "CreateMap Tags")
	TAG_KEYS("api_key"), TAG_KEYS("geofence_collection"), TAG_KEYS("map"),
	TAG_KEYS("place_index"), TAG_KEYS("route_calculator"), TAG_KEYS("tracker"),
#undef TAG_KEYS
	{ NULL },
};
