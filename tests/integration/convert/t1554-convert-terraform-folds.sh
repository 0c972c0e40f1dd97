#!/usr/bin/env bash
# t1554-convert-terraform-folds: a configuration whose bucket, role, secret
# and queue are split over several Terraform resources (versioning,
# encryption, public access block, lifecycle, a policy naming the bucket's
# ARN through an aws_iam_policy_document; an inline policy and an
# attachment; a secret's version; a queue policy naming the queue's ARN),
# converted by terrace convert (stacks/convert_tf_types.c folds them into
# their owner), applies on moto: each object has what the split resources
# gave it, and the stack plans no change after.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

HERE=$TEST_HERE/t1554

test_expect_success 'the configuration converts with nothing left out and applies on moto' '
	mkdir stack &&
	terrace convert "$HERE" >stack/main.yaml 2>err &&
	test_empty err &&
	write_stack stack/provider.yaml &&
	(cd stack && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed."
'

test_expect_success 'each owner has what its split resources gave it' '
	s3 s3api get-bucket-versioning --bucket t1554-logs --query Status --output text >v &&
	test_line v Enabled &&
	s3 s3api get-bucket-encryption --bucket t1554-logs >enc &&
	test_contains enc AES256 &&
	s3 s3api get-public-access-block --bucket t1554-logs >pab &&
	test_contains pab "\"RestrictPublicBuckets\": true" &&
	s3 s3api get-bucket-lifecycle-configuration --bucket t1554-logs >life &&
	test_contains life "\"Days\": 30" &&
	s3 s3api get-bucket-policy --bucket t1554-logs --query Policy --output text >policy &&
	test_contains policy "arn:aws:s3:::t1554-logs/*" &&
	s3 iam list-role-policies --role-name t1554-app --query "PolicyNames[0]" --output text >inline &&
	test_line inline write &&
	s3 iam list-attached-role-policies --role-name t1554-app \
		--query "AttachedPolicies[0].PolicyName" --output text >attached &&
	test_line attached t1554-read &&
	s3 secretsmanager get-secret-value --secret-id t1554-token --query SecretString \
		--output text >secret &&
	test_line secret s3cret &&
	s3 sqs get-queue-attributes --queue-url "$(s3 sqs get-queue-url --queue-name t1554-jobs \
		--query QueueUrl --output text)" --attribute-names Policy >qp &&
	test_contains qp "t1554-jobs"
'

test_expect_success 'and plans no change' '
	(cd stack && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_done
