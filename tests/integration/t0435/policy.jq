# t0435/policy.jq: three checks written the way policy checks read
# Terraform's JSON plans (conftest/OPA-style deny rules, in jq): every
# created or updated aws_s3_bucket has an aws_s3_bucket_versioning with
# status Enabled, no aws_iam_policy allows every action, and buckets and
# policies carry an owner tag. Prints one "ADDRESS: finding" line each.
[ .resource_changes[] | select(.change.actions | index("create") or index("update")) ] as $rc
| [ $rc[] | select(.type == "aws_s3_bucket_versioning")
  | select(.change.after.versioning_configuration[0].status == "Enabled")
  | .change.after.bucket ] as $versioned
| [ $rc[] | select(.type == "aws_s3_bucket")
    | select(.change.after.bucket as $b | $versioned | index($b) | not)
    | "\(.address): bucket without versioning" ]
  + [ $rc[] | select(.type == "aws_iam_policy")
    | select([.change.after.policy | fromjson | .Statement[]
              | select(.Effect == "Allow" and (.Action == "*" or ((.Action | type) == "array" and (.Action | index("*")))))]
             | length > 0)
    | "\(.address): policy allows every action" ]
  + [ $rc[] | select(.type == "aws_s3_bucket" or .type == "aws_iam_policy")
    | select((.change.after.tags // {}) | has("owner") | not)
    | "\(.address): no owner tag" ]
  + [ $rc[] | select(.type == "aws_secretsmanager_secret_version")
    | select(.change.after_sensitive.secret_string != true)
    | "\(.address): secret string not marked sensitive" ]
| sort | .[]
