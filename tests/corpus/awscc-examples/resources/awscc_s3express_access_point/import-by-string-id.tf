import {
  to = awscc_s3express_access_point.example
  id = "name"
}