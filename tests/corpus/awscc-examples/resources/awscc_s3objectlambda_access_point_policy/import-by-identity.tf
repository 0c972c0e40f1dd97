import {
  to = awscc_s3objectlambda_access_point_policy.example
  identity = {
    object_lambda_access_point = "object_lambda_access_point"
  }
}
