/*
 * rekognition/rules.c: Amazon Rekognition's (collections, projects, stream
 * processors) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are
 * made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), a stream
 * processor's settings and regions of interest. Its ledger:
 * checks/words/rekognition.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_rekognition[] = {
	/* the API's Settings takes a face search's or a connected home's; the
	 * registry's oneOf asks for a group of either, and lets a face search
	 * processor carry connected home settings too */
	AWS_SAYS("rekognition.one_settings", "awscc.rekognition.stream_processor", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EXACTLY_ONE_OF(SET("face_search_settings"), SET("connected_home_settings"))),
		 "Note that either FaceSearchSettings or ConnectedHomeSettings should be set. Not "
		 "both", "CloudFormation registry: AWS::Rekognition::StreamProcessor FaceSearchSettings"),
	/* the handler sends each bounding box and each polygon as one of
	 * CreateStreamProcessor's RegionsOfInterest */
	AWS_SAYS("rekognition.regions_of_interest_at_most_10", "awscc.rekognition.stream_processor",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_IN("bounding_box_regions_of_interest", "polygon_regions_of_interest", 0,
			       10)),
		 "You can specify up to 10 regions of interest, and each region has either a polygon "
		 "or a bounding box.", "rekognition CreateStreamProcessor RegionsOfInterest"),
	{ NULL },
};
