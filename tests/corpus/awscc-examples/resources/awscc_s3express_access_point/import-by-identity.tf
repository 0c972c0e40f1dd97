import {
  to = awscc_s3express_access_point.example
  identity = {
    name = "name"
  }
}
