import {
  to = awscc_s3objectlambda_access_point.example
  id = "name"
}