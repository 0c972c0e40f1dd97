import {
  to = awscc_s3_access_grant.example
  identity = {
    access_grant_id = "access_grant_id"
  }
}
