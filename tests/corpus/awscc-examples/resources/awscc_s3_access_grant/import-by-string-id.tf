import {
  to = awscc_s3_access_grant.example
  id = "access_grant_id"
}