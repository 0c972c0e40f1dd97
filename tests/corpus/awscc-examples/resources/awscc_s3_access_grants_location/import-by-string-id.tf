import {
  to = awscc_s3_access_grants_location.example
  id = "access_grants_location_id"
}