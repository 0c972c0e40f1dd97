import {
  to = awscc_s3_multi_region_access_point_policy.example
  id = "mrap_name"
}