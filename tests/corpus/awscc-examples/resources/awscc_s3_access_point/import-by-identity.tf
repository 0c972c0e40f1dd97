import {
  to = awscc_s3_access_point.example
  identity = {
    name = "name"
  }
}
