import {
  to = awscc_s3_access_point.example
  id = "name"
}