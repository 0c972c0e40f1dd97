import {
  to = awscc_s3_multi_region_access_point.example
  identity = {
    name = "name"
  }
}
