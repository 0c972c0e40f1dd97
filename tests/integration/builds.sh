# tests/integration/builds.sh: what the build tests (t0550-t0557) share.
#
#   build_bucket_stack   stack.yaml with the variable `bucket` and the bucket
#                        (force_destroy) that their artifacts go to; the
#                        caller appends the rest of `resources:`

# build_bucket_stack: stack.yaml up to the bucket, the last line of
# `resources:` so far.
build_bucket_stack () {
	write_stack stack.yaml '  bucket: {type: string}'
	cat >>stack.yaml <<-YAML
	resources:
	  bucket:
	    type: aws.s3.bucket
	    name: \${var.bucket}
	    force_destroy: true
	YAML
}
