import {
  to = awscc_s3objectlambda_access_point_policy.example
  id = "object_lambda_access_point"
}